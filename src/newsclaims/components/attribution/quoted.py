"""Quotes no cue claimed: a quote split by its cue, one that continues a paragraph later,
quotes signed with a dash ('"..." ― Name') and "NAME: ..." lines (transcripts)."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ...quotes import Quote, paragraphs, strip_marks
from .cues import Lexicons, QuoteIndex
from .spans import Found
from .speakers import outside_subject

# '"..." ― Name' (a quote signed with a dash) and 'NAME: ...' (transcripts, headlines)
_DASH_SIGNATURE = re.compile(r"[ \t\u00a0]*(?:―|—|–|--)[ \t\u00a0]*([A-Z](?:(?<= [A-Z])\.|[^\n.,;:!?()\u201c\u201d\"]){1,60})")
_SPEAKER_LINE = re.compile(r"[\"“]?([A-Z][A-Za-z.'’\- ]{1,40}?):[ \t]+(?=\S)")


def quote_after(tok: Token, quotes: list[Quote], qidx: list[int]) -> Quote | None:
    """The quote right after a cue ("said:" / "said,") within a few tokens, if any."""
    doc = tok.doc
    for i in range(tok.i + 1, min(len(doc), tok.i + 8)):
        if qidx[i] >= 0:
            q = quotes[qidx[i]]
            between = doc[tok.i + 1:i].text if q.start - tok.idx < 80 else "x."
            if len(between) < 60 and "." not in between.replace("U.S.", ""):
                return q
            return None
    return None


def quote_before(tok: Token, quotes: list[Quote], qidx: QuoteIndex, text: str) -> Quote | None:
    """The quote a cue closes: '"...," the spokesman said' (only the speaker between them)."""
    doc = tok.doc
    lo = max(0, tok.i - 12)
    for i in range(tok.i - 1, lo - 1, -1):
        if qidx[i] >= 0:
            q = quotes[qidx[i]]
            gap = doc[i + 1:tok.i]
            if any(t.text in (".", "?", "!", ";") or "\n" in t.text for t in gap if qidx[t.i] < 0):
                return None
            subj = outside_subject(tok, qidx)
            if subj is not None and (subj.i < i or qidx[subj.i] == qidx[i]):
                return None
            # only the speaker, the cue's own modifiers and punctuation may stand between:
            # 'A cashier who "steals $20s" is held accountable, Warren said' quotes a phrase
            own = set(range(subj.left_edge.i, subj.right_edge.i + 1)) if subj is not None else set()
            if any(qidx[t.i] < 0 and not (t.is_punct or t.is_space or t.i in own or t.head.i == tok.i
                                          and t.dep_ in ("aux", "advmod", "npadvmod", "punct", "prt"))
                   for t in gap):
                return None
            if q.inner_end - q.inner_start < 12:  # a quoted name or word, not a statement
                return None
            if text[q.inner_end - 1] == "." and not text[q.inner_start:q.inner_end].endswith("..."):
                return None  # '"... soon." The soldier noted': the quote closed its own sentence
            return q
    return None


def apply_quotes(doc: Doc, text: str, found: list[Found], quotes: list[Quote], qidx: list[int],
                  claimed: set[int]) -> list[Found]:
    """A content that starts inside a quote is that quote (direct speech): widen it to the marks."""
    for f in found:
        s, e = f.content
        tok = doc.char_span(s, e, alignment_mode="expand")
        if tok is None or len(tok) == 0:
            continue
        qi = qidx[tok.start]
        if qi < 0:
            # content preceded directly by an opening mark
            continue
        q = quotes[qi]
        if q.inner_start <= s < q.inner_end and (e <= q.end + 2 or _speaker_between(text, q, f)):
            if f.cue and q.start <= f.cue[0] < q.end:
                continue
            if e > q.end + 2 and f.speaker is None:
                # '"Yes, I support Cruz," Brent Bozell III, founder of ..., tells Breitbart': the
                # parser hung the speaker phrase inside the quote's clause
                f.speaker = strip_marks(text, q.end, f.cue[0])
                f.speaker_tok = None
            f.content = strip_marks(text, q.inner_start, q.inner_end)
            f.direct = True
            claimed.add(qi)
    # quotes fully inside an indirect content are part of it (mixed quotes)
    for f in found:
        for qi, q in enumerate(quotes):
            if f.content[0] <= q.start and q.end <= f.content[1] + 1:
                claimed.add(qi)
    return found


def _speaker_between(text: str, q: Quote, f: Found) -> bool:
    """A content that runs from a quote's start past its end up to the cue, with only a short
    name phrase between the quote and the cue: '"...," Name, title, tells X'."""
    if f.cue is None or not (q.end <= f.cue[0] and f.content[1] <= f.cue[0] + 1):
        return False
    between = text[q.end:f.cue[0]].strip(" ,\u00a0")
    return 0 < len(between) < 120 and between[:1].isupper() and not any(ch in between for ch in ".?!\n\"“”")


def uncued_quotes(doc: Doc, text: str, found: list[Found], quotes: list[Quote], qidx: list[int],
                   claimed: set[int], min_words: int) -> list[Found]:
    """Quotes that no cue claimed: inherit speaker and cue of the nearest preceding direct quote."""
    out: list[Found] = []
    anchors = sorted(found, key=lambda f: f.content[0])
    for qi, q in enumerate(quotes):
        if qi in claimed:
            continue
        words = len(text[q.inner_start:q.inner_end].split())
        if words < min_words:
            continue
        # only a quote that stands as a sentence of its own, not a phrase quoted inside one,
        # or the second half of a quote split by its cue ('"A," he said, "and B."')
        k = q.start - 1
        while k >= 0 and text[k] in " \t\u00a0":
            k -= 1
        continued = k >= 0 and text[k] == "," and _split_by_cue(text, found, q)
        if k >= 0 and text[k] not in "\n.?!:;—–-)]" and not continued:
            continue
        # inside an existing content (nested quote) -> skip
        if any(f.content[0] <= q.inner_start and q.inner_end <= f.content[1] for f in found + out):
            continue
        prev = None
        for f in anchors + out:
            if f.content[1] <= q.start and (prev is None or f.content[1] > prev.content[1]):
                prev = f
        if prev is None:
            continue
        gap = text[prev.content[1]:q.start]
        # continue only nearby: the same or the next paragraph, nothing else quoted in between
        if gap.count("\n\n") > 1 or len(gap) > 400:
            continue
        if not prev.direct and ("\n" in gap or len(gap) > 200):
            continue
        content = strip_marks(text, q.inner_start, q.inner_end)
        if content[1] <= content[0]:
            continue
        out.append(Found(content, prev.cue, prev.speaker, direct=True, medium=prev.medium, via=prev.via,
                         speaker_tok=prev.speaker_tok, cue_tok=prev.cue_tok))
        claimed.add(qi)
    return out


def _split_by_cue(text: str, found: list[Found], q: Quote) -> bool:
    """Whether quote ``q`` follows a direct quote and its cue in the same sentence:
    '"A," he said, "and B."' (only the cue and its speaker stand between)."""
    for f in found:
        if not f.direct or f.cue is None or not f.content[1] <= f.cue[0] < q.start:
            continue
        gap = text[f.content[1]:q.start]
        if len(gap) < 80 and not any(ch in gap for ch in ".?!\n;"):
            return True
    return False


def signed_quotes(doc: Doc, text: str, quotes: list[Quote], claimed: set[int], lex: Lexicons) -> list[Found]:
    """Quotes signed with a dash and a name: '“...” ― Krystal Correa' (reader responses, epigraphs)."""
    out = []
    for qi, q in enumerate(quotes):
        if qi in claimed:
            continue
        m = _DASH_SIGNATURE.match(text, q.end)
        if m is None:
            continue
        name_s, name_e = m.start(1), m.end(1)
        while name_e > name_s and text[name_e - 1].isspace():
            name_e -= 1
        if len(text[name_s:name_e].split()) > 6:
            continue
        content = strip_marks(text, q.inner_start, q.inner_end)
        if content[1] <= content[0]:
            continue
        dash = text.index(m.group(0).strip()[0], m.start())
        out.append(Found(content, (dash, dash + 1), (name_s, name_e), direct=True))
        claimed.add(qi)
    return out


def speaker_lines(doc: Doc, text: str, found: list[Found], lex: Lexicons) -> list[Found]:
    """'PENCE: Well, look, ...' / 'Pence: Flowers won't attend' -> the paragraph is the speaker's."""
    out = []
    for n, (ps, pe) in enumerate(paragraphs(text)):
        m = _SPEAKER_LINE.match(text, ps)
        if m is None:
            continue
        name_s, name_e = m.start(1), m.end(1)
        name = text[name_s:name_e]
        if name.lower() in lex.not_speakers or len(name.split()) > 4:
            continue
        span = doc.char_span(name_s, name_e, alignment_mode="expand")
        if span is None:
            continue
        if n == 0 and _headline_source(span, name):
            pass  # "Poll: Clinton and Trump in dead heat", "Sanders: Clinton needs to ..."
        elif not all(t.pos_ == "PROPN" or t.is_upper or t.is_punct for t in span):
            continue
        elif not (name.isupper() or any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in span)):
            continue
        content = strip_marks(text, m.end(), pe)
        if content[1] - content[0] < 3 or any(f.content[0] <= content[0] < f.content[1] for f in found):
            continue
        out.append(Found(content, (name_e, name_e + 1), (name_s, name_e),
                         direct=text[ps] in "\"“" or text[m.end()] in "\"“"))
    return out


def _headline_source(span: Span, name: str) -> bool:
    """A headline's "Source: claim" prefix: a short capitalized name or noun phrase without a
    verb; a lone word in capitals is a label ("EXCLUSIVE:", "BOOM:"), not a source."""
    if name.isupper() and len(name.split()) == 1 and len(name) > 3:
        return False
    if not name[:1].isupper() or any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    return all(t.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "PUNCT") for t in span)
