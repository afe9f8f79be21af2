"""``newsclaims_attribution``: who said what, to whom, citing whom.

How it works, in one pass over the parsed Doc:

1. Quotation marks are paired on the raw text (:mod:`newsclaims.quotes`), so multi-paragraph
   and unbalanced quotes are handled before any syntax.
2. Cue candidates (verbs, "according to", "reportedly", a few nouns) are scored by a small
   logistic model over syntactic features (``models/attribution/cue_model.json``, trained by
   ``scripts/train_attribution.py`` on PolNeAR train); without the model, the lexicon decides.
3. Each cue yields content (its clausal complement, or the clause it comments on), a speaker
   (its subject, passive agent, or the object of "according to") and, when present, a medium
   ("told AFP", "in a statement") and the sources an outlet cites ("citing officials").
4. Quotes no cue claimed: signed with a dash ('"..." ― Name'), or inheriting the speaker of
   the attribution just before them when they stand as sentences of their own (a quote split
   by its cue, a quote that continues a paragraph later); "NAME: ..." lines (transcripts).
   Following the annotation guide, negated statements ("did not confirm"), "declined to
   comment", sourceless hedges ("is expected to", "appears to") and relays ("according to
   AFP" after a speaker's cue: the medium) are not attributions of their own.
5. Pronouns and descriptions ("he", "the spokesman") resolve to the nearest compatible named
   speaker; ``speaker_canonical`` comes from the entities layer's clusters.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import resources
from ..quotes import Quote, find_quotes, paragraphs, strip_marks
from .paragraphs import is_paragraph_break

SPANS_KEY = "attributions"  # one span per attribution: its content
ENTITIES_KEY = "entities"
MODEL_FILE = "attribution/cue_model.json"

if not Span.has_extension("attribution"):
    # A dict of plain values (msgpack-safe): speaker, speaker_start_char, speaker_end_char,
    # speaker_canonical, cue, cue_start_char, cue_end_char, direct, medium, via.
    Span.set_extension("attribution", default=None)

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
CONTENT_DEPS = ("ccomp", "xcomp", "dobj", "oprd", "acomp", "attr", "prep", "dative", "advcl", "npadvmod", "pcomp")
FIRST_PERSON = {"i", "we", "me", "us"}
MIN_QUOTE_WORDS = 4
# '"..." ― Name' (a quote signed with a dash) and 'NAME: ...' (transcripts, headlines)
_DASH_SIGNATURE = re.compile(r"[ \t\u00a0]*(?:―|—|–|--)[ \t\u00a0]*([A-Z](?:(?<= [A-Z])\.|[^\n.,;:!?()\u201c\u201d\"]){1,60})")
_SPEAKER_LINE = re.compile(r"[\"“]?([A-Z][A-Za-z.'’\- ]{1,40}?):[ \t]+(?=\S)")


# --------------------------------------------------------------------------- resources

@dataclass(frozen=True)
class Lexicons:
    cues: frozenset
    nouns: frozenset
    media: frozenset
    hedges: frozenset
    silence: frozenset
    not_speakers: frozenset
    hedge_verbs: frozenset
    person_nouns: frozenset
    org_nouns: frozenset
    person_pronouns: frozenset
    group_pronouns: frozenset
    adjunct_preps: frozenset
    occasions: frozenset


@lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    """The cue, medium and description word lists under models/attribution/."""
    desc = resources.load_json("attribution/descriptions.json")
    rules = resources.load_json("attribution/content_rules.json")
    return Lexicons(
        cues=resources.load_lexicon("attribution/cues.txt"),
        nouns=resources.load_lexicon("attribution/cue_nouns.txt"),
        media=resources.load_lexicon("attribution/media.txt"),
        hedges=resources.load_lexicon("attribution/hedges.txt"),
        silence=frozenset(desc["silence"]),
        not_speakers=frozenset(desc["not_speakers"]),
        hedge_verbs=frozenset(desc["hedge_verbs"]),
        person_nouns=frozenset(desc["person"]),
        org_nouns=frozenset(desc["org"]),
        person_pronouns=frozenset(desc["person_pronouns"]),
        group_pronouns=frozenset(desc["group_pronouns"]),
        adjunct_preps=frozenset(rules["adjunct_preps"]),
        occasions=frozenset(rules["occasions"]),
    )


@lru_cache(maxsize=1)
def cue_model() -> dict | None:
    """The trained cue scorer ({"bias", "threshold", "weights"}), or None when not shipped."""
    try:
        return resources.load_json(MODEL_FILE)
    except FileNotFoundError:
        return None


# --------------------------------------------------------------------------- features

class QuoteIndex(list):
    """For each token, the index of the quote whose inner text holds it, else -1.

    ``sent_quotes[i]`` is the set of quotes that occur in token ``i``'s sentence (computed
    once per Doc: ``Token.sent`` is slow when called per token); ``para[i]`` is the number of
    token ``i``'s paragraph (blank-line separated).
    """

    sent_quotes: list[frozenset]
    para: list[int]

    def para_start(self, i: int) -> int:
        """The first token of token ``i``'s paragraph."""
        while i > 0 and self.para[i - 1] == self.para[i]:
            i -= 1
        return i


def quote_index(doc: Doc, quotes: list[Quote]) -> QuoteIndex:
    idx = QuoteIndex([-1] * len(doc))
    # paragraph number of each token: the parser sometimes runs a sentence (and a dependency)
    # across a blank line, which features and content search must not follow
    para, p = [], 0
    for t in doc:
        para.append(p)
        if is_paragraph_break(t):
            p += 1
    idx.para = para
    for qi, q in enumerate(quotes):
        span = doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
        if span is None:
            continue
        for i in range(span.start, span.end):
            if idx[i] == -1:
                idx[i] = qi
    sentq: list[frozenset] = [frozenset()] * len(doc)
    if quotes:
        for sent in doc.sents:
            qs = frozenset(idx[i] for i in range(sent.start, sent.end) if idx[i] >= 0)
            if qs:
                for i in range(sent.start, sent.end):
                    sentq[i] = qs
    idx.sent_quotes = sentq
    return idx


def is_candidate(tok: Token, lex: Lexicons) -> bool:
    """Tokens that may be a cue: verbs, "according", hedging adverbs, cue nouns."""
    low = tok.lower_
    if low == "according":
        return True
    if low in lex.hedges:
        return True
    if tok.pos_ == "VERB":
        return True
    if tok.pos_ == "AUX" and tok.dep_ == "ROOT":
        return True
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.nouns:
        return True
    return False


def _subject(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ in SUBJECTS:
            return c
    return None


def cue_features(tok: Token, qidx: QuoteIndex, lex: Lexicons) -> list[str]:
    """Sparse string features of a cue candidate (shared by training and prediction)."""
    lemma = tok.lemma_.lower()
    low = tok.lower_
    para = qidx.para
    children = [c for c in tok.children if para[c.i] == para[tok.i]]
    head = tok.head if para[tok.head.i] == para[tok.i] else tok
    dep = tok.dep_ if head.i != tok.i or tok.head.i == tok.i else "ROOT"
    deps = sorted({c.dep_ for c in children})
    feats = ["b", f"L={lemma}", f"W={low}", f"T={tok.tag_}", f"D={dep}", f"LD={lemma}|{dep}",
             f"LT={lemma}|{tok.tag_}", f"HP={head.pos_}|{dep}"]
    if dep in ("xcomp", "conj", "advcl", "ccomp"):
        feats.append(f"HL={head.lemma_.lower()}|{dep}")
    if lemma in lex.cues:
        feats.append("LEX")
        feats.append(f"LEXD={dep}")
    for d in deps:
        if d in ("ccomp", "xcomp", "dobj", "nsubj", "nsubjpass", "agent", "dative", "prep", "advcl",
                 "oprd", "acomp", "attr", "neg", "mark", "aux", "auxpass", "prt", "advmod", "relcl", "acl"):
            feats.append(f"C={d}")
            feats.append(f"LC={lemma}|{d}")
    frame = "+".join(d for d in deps if d in ("ccomp", "xcomp", "dobj", "prep", "oprd", "acomp"))
    feats.append(f"F={frame}")
    feats.append(f"LF={lemma}|{frame}")
    for c in children:
        if c.dep_ == "prep":
            feats.append(f"LP={lemma}|{c.lower_}")
        elif c.dep_ == "prt":
            feats.append(f"LPRT={lemma}|{c.lower_}")
        elif c.dep_ == "mark":
            feats.append(f"M={c.lower_}")
    subj = next((c for c in children if c.dep_ in SUBJECTS), None)
    if subj is not None:
        kind = subj.ent_type_ or subj.pos_
        feats.append(f"S={kind}")
        feats.append(f"LS={lemma}|{kind}")
        if subj.lower_ in FIRST_PERSON:
            feats.append("S1")
    else:
        feats.append("S=none")
    inq = qidx[tok.i] >= 0
    feats.append(f"Q={int(inq)}")
    if inq:
        feats.append(f"LQ={lemma}")
    if qidx.sent_quotes[tok.i] - {qidx[tok.i]}:
        feats.append("QS")
        feats.append(f"LQS={lemma}")
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.text in (":", ",") and nxt.i + 1 < len(tok.doc) and qidx[nxt.i + 1] >= 0:
        feats.append("QNEXT")
    if "neg" in deps:
        feats.append(f"NEG={lemma}")
    doc = tok.doc
    prev = doc[tok.i - 1].lower_ if tok.i > 0 else "<s>"
    feats.append(f"P1={prev}")
    feats.append(f"N1={nxt.lower_ if nxt is not None else '</s>'}")
    feats.append(f"LN1={lemma}|{nxt.lower_ if nxt is not None else '</s>'}")
    for c in children:
        if c.dep_ in ("dobj", "dative", "attr", "oprd"):
            feats.append(f"LO={lemma}|{c.ent_type_ or c.pos_}")
        elif c.dep_ in ("ccomp", "xcomp"):
            feats.append(f"LX={lemma}|{c.dep_}|{c.lemma_.lower()}")
    if subj is not None:
        feats.append(f"SL={subj.lemma_.lower()}")
    return feats


def score(feats: Iterable[str], model: dict) -> float:
    w = model["weights"]
    z = sum(w.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


# --------------------------------------------------------------------------- spans

@dataclass
class Found:
    """One attribution before it becomes a span (char offsets)."""

    content: tuple[int, int]
    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None
    direct: bool = False
    medium: str | None = None
    via: str | None = None
    speaker_tok: int | None = None        # token index of the speaker's head
    cue_tok: int | None = None
    extras: dict = field(default_factory=dict)


def _trim_tokens(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token range without edge punctuation, quote marks and leading connectives."""
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].lower_ in ("and", "but", "that")
                           and doc[start].dep_ in ("cc", "mark")):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


def _np_span(tok: Token) -> tuple[int, int]:
    """A speaker noun phrase: the token's subtree, cut at a clause that follows it."""
    lo, hi = tok.left_edge.i, tok.right_edge.i + 1
    doc = tok.doc
    s, e = _trim_tokens(doc, lo, hi)
    return s, e


def _char_range(doc: Doc, s: int, e: int) -> tuple[int, int] | None:
    if e <= s:
        return None
    return doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)


def _according_to(tok: Token) -> tuple[Token | None, tuple[int, int]]:
    """Speaker head and token range of an "according to X" phrase."""
    doc = tok.doc
    to = None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "to":
            to = c
    if to is None and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
        to = doc[tok.i + 1]
    pobj = None
    if to is not None:
        pobj = next((c for c in to.children if c.dep_ in ("pobj", "pcomp")), None)
    end = max(tok.right_edge.i, to.right_edge.i if to is not None else tok.i) + 1
    return pobj, (tok.left_edge.i, end)


def _free_clause(used: set[int], clause: Token) -> None:
    """A that-clause inside a medium or via phrase is the cue's content, not part of the phrase:
    release its tokens and mark its head (as ``-1 - i``) for the content search."""
    used.difference_update(range(clause.left_edge.i, clause.right_edge.i + 1))
    used.add(-1 - clause.i)


def _medium_and_via(cue: Token, lex: Lexicons) -> tuple[str | None, str | None, set[int]]:
    """``medium`` ("told AFP", "in a statement") and ``via`` ("citing X") attached to a cue."""
    medium = via = None
    used: set[int] = set()
    doc = cue.doc
    for c in cue.children:
        if c.dep_ in ("dative", "dobj") and cue.lemma_.lower() in ("tell", "say") and c.i > cue.i:
            if c.ent_type_ in ("ORG", "WORK_OF_ART", "PERSON") and _has_propn(c) or _quoted_name(c):
                if c.ent_type_ != "PERSON":
                    s, e = _trim_tokens(doc, c.left_edge.i, c.right_edge.i + 1)
                    medium = doc[s:e].text
                used.update(range(c.left_edge.i, c.right_edge.i + 1))
        elif c.dep_ == "prep" and c.lower_ in ("in", "on", "during", "at", "to") and c.i > cue.i:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and (pobj.lemma_.lower() in lex.media or pobj.lower_ in lex.media):
                inner = next((g for g in pobj.children if g.dep_ in ("acl", "ccomp", "relcl")
                              and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)), None)
                end = inner.left_edge.i if inner is not None else pobj.right_edge.i + 1
                s, e = _trim_tokens(doc, pobj.left_edge.i, end)
                medium = doc[s:e].text
                used.update(range(c.left_edge.i, c.right_edge.i + 1))
                if inner is not None:  # "said in a statement that ...": the that-clause is the content
                    _free_clause(used, inner)
            elif c.lower_ == "to" and pobj is not None and pobj.ent_type_ == "ORG":
                medium = doc[pobj.left_edge.i:pobj.right_edge.i + 1].text
                used.update(range(c.left_edge.i, c.right_edge.i + 1))
        elif c.dep_ in ("advcl", "acl", "prep", "conj", "xcomp") and c.lower_ in ("citing", "quoting"):
            obj = next((g for g in c.children if g.dep_ in ("dobj", "pobj")), None)
            inner = next((g for g in c.children if g.dep_ == "ccomp" and g.i > c.i), None)
            if obj is not None:
                end = obj.right_edge.i + 1
                that = next((g for g in obj.subtree if g.dep_ == "mark" and g.lower_ == "that"
                             and g.head.pos_ in ("VERB", "AUX") and g.i > obj.i), None)
                if that is not None and inner is None:
                    # "citing a commander ..., that troops withdrew": the that-clause is the report
                    end, inner = that.i, that.head
                s, e = _trim_tokens(doc, obj.left_edge.i, end)
                via = doc[s:e].text
            used.update(range(c.left_edge.i, c.right_edge.i + 1))
            if inner is not None:  # "X reported, citing Y, that ...": the that-clause is X's content
                _free_clause(used, inner)
        elif c.dep_ in ("advcl", "prep") and c.lower_ in ("according", "reported", "as"):
            # "X said, according to AFP" / "as reported by AFP": a relaying outlet
            agent = None
            for g in c.subtree:
                if g.dep_ == "pobj" and g.head.lower_ in ("to", "by"):
                    agent = g
                    break
            if agent is not None:
                medium = doc[agent.left_edge.i:agent.right_edge.i + 1].text
                used.update(range(c.left_edge.i, c.right_edge.i + 1))
    return medium, via, used


def _has_propn(tok: Token) -> bool:
    return any(t.pos_ == "PROPN" for t in tok.subtree)


def _quoted_name(tok: Token) -> bool:
    return tok.doc[tok.left_edge.i].text in "“\"" and _has_propn(tok)


def _content_for_verb(cue: Token, used: set[int], qidx: QuoteIndex) -> list[tuple[int, int]]:
    """Token ranges of what a verb cue reports (two when the cue interrupts its content).

    Ranges stay inside the cue's sentence, except after a colon ("He added: ...") where the
    content runs to the end of the paragraph.
    """
    doc = cue.doc
    sent = cue.sent
    colon = _colon_after(cue, used)
    if colon is not None:
        end = colon + 1
        while end < len(doc) and not ("\n" in doc[end].text and doc[end].is_space):
            end += 1
        if end > colon + 1:
            return [(colon + 1, end)]
    ranges = _raw_content(cue, used, qidx)
    out = []
    pstart = qidx.para_start(cue.i)
    pend = cue.i
    while pend < sent.end and not is_paragraph_break(doc[pend]):
        pend += 1
    for lo, hi in ranges:
        # a content stays in its paragraph (the parser sometimes joins a headline to the next
        # paragraph; a single line break may fall mid-sentence), and before the cue in its
        # sentence; after the cue it may run past the sentence end (the parser sometimes ends
        # a sentence too early: "the 13th | Amendment")
        lo = max(lo, sent.start, pstart)
        hi = min(hi, pend) if pend < sent.end else hi
        if hi > sent.end:
            k = sent.end
            while k < hi and not (doc[k].is_space and "\n" in doc[k].text):
                k += 1
            hi = k
        if lo > cue.i and hi > lo:
            hi = _run_on(doc, sent, hi)
        if hi > lo:
            out.append((lo, hi))
    return out


TERMINALS = frozenset(".!?;:…")


def _run_on(doc: Doc, sent: Span, hi: int) -> int:
    """Carry a content that stops where the parser cut a sentence mid-clause ("she felt the
    13th | Amendment was ...") on through the next sentence of the same paragraph.

    A sentence is cut mid-clause when its last word is followed by no terminal mark (a comma
    or a closing quote after a comma does not end a sentence). When the next sentence is a
    trailing cue ('... loop-hole," she said.'), only its complement is taken.
    """
    for _ in range(2):
        if any(not (t.is_punct or t.is_space) for t in doc[hi:sent.end]):
            return hi
        last = sent.end - 1
        while last > sent.start and (doc[last].is_space or doc[last].is_quote or doc[last].text in ")]"):
            last -= 1
        if doc[last].text in TERMINALS or doc[last].text.endswith(".") and doc[last].is_punct:
            return hi
        if sent.end >= len(doc) or any("\n" in doc[i].text for i in range(last, sent.end)):
            return hi
        nxt = doc[sent.end].sent
        if nxt.start != sent.end or doc[nxt.start].is_space:
            return hi
        end = nxt.end
        root = nxt.root
        comp = [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i]
        if comp and root.pos_ == "VERB" and root.lemma_.lower() in lexicons().cues:
            end = comp[-1].right_edge.i + 1
        while end > nxt.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if end <= nxt.start:
            return hi
        hi, sent = end, nxt
    return hi


def _colon_after(cue: Token, used: set[int]) -> int | None:
    """Index of a colon right after the cue (and its medium/addressee): "He added:"."""
    doc = cue.doc
    i = cue.i + 1
    while i < len(doc) and i - cue.i < 8 and (i in used or doc[i].dep_ in ("prt", "advmod", "npadvmod")
                                               or doc[i].head.i in used):
        i += 1
    if i < len(doc) and doc[i].text == ":" and not any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children):
        return i
    return None


def _raw_content(cue: Token, used: set[int], qidx: QuoteIndex) -> list[tuple[int, int]]:
    para = qidx.para
    kids = [c for c in cue.children if c.i not in used and para[c.i] == para[cue.i]]
    ccomp = [c for c in kids if c.dep_ == "ccomp"]
    ccomp += [cue.doc[-1 - k] for k in used if k < 0]
    if ccomp:
        # prefer the complement after the cue; an inverted quote ("..., he said") puts it first
        after = [c for c in ccomp if c.i > cue.i and c.right_edge.i - c.left_edge.i >= 2]
        before = [c for c in ccomp if c.i < cue.i]
        if after and before and qidx[after[0].i] >= 0 and qidx[before[-1].i] >= 0:
            # a quote split by its cue: "A," he said, "B." -> one content per side
            return [(before[-1].left_edge.i, before[-1].right_edge.i + 1), (after[0].left_edge.i, after[0].right_edge.i + 1)]
        c = after[0] if after else max(ccomp, key=lambda c: c.right_edge.i - c.left_edge.i)
        lo, hi = c.left_edge.i, c.right_edge.i + 1
        for nxt in after[1:]:
            # the parser splits one complement in two ("said X had respect and Y | was ..."):
            # adjacent complements, with at most a comma or conjunction between, are one content
            if nxt.left_edge.i >= hi and all(t.is_punct or t.dep_ == "cc" for t in cue.doc[hi:nxt.left_edge.i]):
                hi = nxt.right_edge.i + 1
        if c.i > cue.i:
            hi = _cut_trailing(cue.doc, lo, hi, ("advcl",), gerund_only=True)
        return [(lo, hi)]
    passive_subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    right = [c for c in kids if c.i > cue.i and c.dep_ in CONTENT_DEPS and not _is_time(c) and not _is_adjunct(c)
             and not (passive_subj is not None and c.dep_ == "prep")]
    xcomp = [c for c in kids if c.dep_ == "xcomp"]
    if xcomp and not right:
        right = xcomp
    # "rejected that argument | in a ruling released Thursday": a when/where/how phrase after
    # the object is not what was said
    while len(right) > 1 and _occasion_phrase(right[-1]) \
            and any(c.dep_ in ("dobj", "xcomp", "ccomp", "oprd", "dative") for c in right[:-1]):
        right = right[:-1]
    if right:
        lo = min(c.left_edge.i for c in right)
        hi = max(c.right_edge.i for c in right) + 1
        return [(lo, _cut_trailing(cue.doc, lo, hi))]
    if passive_subj is not None:
        # "a curfew was announced" / "Clinton has been endorsed by X": what the passive subject names
        return [(passive_subj.left_edge.i, passive_subj.right_edge.i + 1)]
    # "People like Scott, he said.": a fragment the parser hung before the cue
    before = [c for c in kids if c.i < cue.i and c.dep_ in ("dep", "npadvmod", "dobj", "attr", "intj", "oprd")
              and any(cue.doc[k].text == "," for k in range(c.right_edge.i + 1, cue.i))]
    if before and cue.head.i == cue.i:
        c = before[0]
        return [(c.left_edge.i, c.right_edge.i + 1)]
    # parenthetical cue: "..., he said." / "X, he said, did Y" -> the clause it interrupts
    head = cue.head
    if cue.dep_ in ("parataxis", "advcl", "ccomp", "conj") and head.i != cue.i and para[head.i] == para[cue.i] and not (
            cue.dep_ == "advcl" and any(c.dep_ == "mark" for c in cue.children)):
        lo, hi = head.left_edge.i, head.right_edge.i + 1
        clo, chi = cue.left_edge.i, cue.right_edge.i + 1
        pieces = [(lo, clo), (chi, hi)]
        return [(a, b) for a, b in pieces if b - a > 0 and any(not cue.doc[i].is_punct for i in range(a, b))]
    return []


BREAKS = frozenset(("—", "–", "--", "-", "―", ";"))


def _cut_at_break(doc: Doc, cue: Token, lo: int, hi: int, qidx: list[int]) -> int:
    """End a content at a semicolon outside quotes (a new statement follows), and an object
    content at a lone dash (the writer's aside: "dismissed Estonia as being in the 'suburbs' |
    — a metaphor for ..."); in a reported clause a dash is the speaker's own."""
    if lo < cue.i:
        return hi
    clausal = any(c.dep_ in ("ccomp", "xcomp") and lo <= c.i < hi for c in cue.children)
    dashes = [k for k in range(lo + 2, hi) if doc[k].text in BREAKS and doc[k].text != ";" and qidx[k] < 0
              and (doc[k].text != "-" or doc[k - 1].whitespace_)]
    for k in range(lo + 2, hi):
        if qidx[k] >= 0:
            continue
        if doc[k].text == ";" or not clausal and dashes == [k]:
            return k
    return hi


def _coordinated_content(doc: Doc, cue: Token, lo: int, hi: int, cue_set: set[int], lex: Lexicons) -> int:
    """Carry a content on through conjuncts the parser hung on the cue instead of on the
    content: "wants to triple X, | grow Y and create Z", "said he was ready, | but would not
    be part of ...". A conjunct with a subject of its own, or that is a cue itself, is not."""
    if lo < cue.i or not any(c.dep_ in ("ccomp", "xcomp") and lo <= c.i < hi for c in cue.children):
        return hi  # an object ("promised a veto | and ...") is not coordinated with the next act
    for c in cue.children:
        if c.dep_ not in ("conj", "dep") or c.i < hi or c.i in cue_set or c.lemma_.lower() in lex.cues or _subject(c) is not None:
            continue
        if c.pos_ not in ("VERB", "AUX") or any(not (t.is_punct or t.dep_ == "cc") for t in doc[hi:c.left_edge.i]):
            break
        hi = c.right_edge.i + 1
    return hi


def _cut_coordinated_cue(doc: Doc, cue: Token, lo: int, hi: int, cue_set: set[int]) -> int:
    """End a content before a coordinated speech verb of the same speaker: "said it was opposed
    to the test | and warned North Korea ..." is two attributions, not one (a coordinated act,
    "he rated contestants and talked about ...", stays in)."""
    if lo < cue.i:
        return hi
    for k in range(lo + 1, hi):
        t = doc[k]
        if t.i in cue_set and t.dep_ == "conj" and lo <= t.head.i < k and _subject(t) is None \
                and t.lemma_.lower() in lexicons().cues:
            end = t.left_edge.i
            while end > lo and (doc[end - 1].dep_ == "cc" or doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
            if end > lo:
                return end
    return hi


def _occasion_phrase(prep: Token) -> bool:
    """ "in a ruling released Thursday", "at last week's forum", ", in large part": a phrase on
    when, where or on what occasion something was said."""
    lex = lexicons()
    if prep.dep_ != "prep" or prep.lower_ not in lex.adjunct_preps:
        return False
    if prep.i > 0 and prep.doc[prep.i - 1].text == ",":
        return True
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return False
    lemma = pobj.lemma_.lower()
    return lemma in lex.occasions or lemma in lex.media or pobj.ent_type_ in ("DATE", "TIME")


def _cut_trailing(doc: Doc, lo: int, hi: int,
                  deps: tuple[str, ...] = ("relcl", "appos", "advcl", "acl", "npadvmod"), gerund_only: bool = False) -> int:
    """Drop a trailing ", who ..." / ", adding ..." / ", the latest ..." aside from a content."""
    for i in range(lo + 1, hi - 1):
        if doc[i].text == "," and doc[i + 1].dep_ not in ("cc", "conj", "punct"):
            nxt = doc[i + 1]
            holder = nxt
            while holder.head.i != holder.i and holder.head.left_edge.i >= i + 1:
                holder = holder.head
            if holder.dep_ in deps and holder.left_edge.i >= i + 1 and holder.right_edge.i >= hi - 2 \
                    and (not gerund_only or holder.tag_ == "VBG"):
                return i
    return hi


def _is_adjunct(tok: Token) -> bool:
    """A clause hung on the cue that is not what was said: "as ...", "after ...", "while ..."."""
    if tok.dep_ == "advcl":
        return any(c.dep_ == "mark" for c in tok.children) or tok.tag_ == "VBG"
    return False


def _is_time(tok: Token) -> bool:
    return tok.ent_type_ in ("DATE", "TIME") and tok.dep_ in ("npadvmod", "prep", "pobj") or (
        tok.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in tok.children if g.dep_ == "pobj"))


def _inverted_speaker(cue: Token) -> Token | None:
    """'"...," said David Brock, who heads ... Correct the Record': the parser made the speaker
    after a quote-closing cue the subject of a complement it invented; that subject."""
    doc = cue.doc
    if _subject(cue) is not None or cue.tag_ == "VBG" or cue.i == 0 or not doc[cue.i - 1].is_quote:
        return None
    for c in cue.children:
        subj = _subject(c) if c.dep_ == "ccomp" and c.i > cue.i else None
        if subj is not None and subj.left_edge.i == cue.i + 1:
            return subj
    return None


def _outside_subject(tok: Token, qidx: list[int]) -> Token | None:
    """The cue's subject, skipping a word of a quote the cue stands outside of: the parser reads
    '"... Full panic mode," said Leslie Wimes' with "mode" as a second subject of "said"."""
    subjects = [c for c in tok.children if c.dep_ in SUBJECTS]
    outside = [c for c in subjects if qidx[c.i] < 0 or qidx[c.i] == qidx[tok.i]]
    return outside[0] if outside else (subjects[0] if subjects else None)


def _speaker_for(cue: Token, qidx: QuoteIndex) -> Token | None:
    """The head token of the speaker: subject, passive agent, or the subject higher up."""
    doc = cue.doc
    inverted = _inverted_speaker(cue)
    if inverted is not None:
        return inverted
    tok = cue
    for _ in range(4):
        if tok.lemma_.lower() == "quote":
            quoted = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            if quoted is not None:
                return quoted  # "X was quoted (by Y) as saying": X speaks
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        if agent is not None:
            pobj = next((g for g in agent.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if tok.i == cue.i:
            subj = _outside_subject(tok, qidx)
            subj = subj if subj is not None and subj.dep_ in ("nsubj", "nsubjpass") else None
        if subj is not None:
            if subj.dep_ == "nsubjpass" and tok.i == cue.i and cue.lemma_.lower() != "quote":
                return None  # "a curfew was announced": no source named
            return subj
        if (tok.dep_ in ("xcomp", "conj", "advcl", "pcomp") or (tok.dep_ == "prep" and tok.i != cue.i)) \
                and tok.head.i != tok.i and qidx.para[tok.i] == qidx.para[tok.head.i]:
            tok = tok.head
            continue
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
            return tok.head
        break
    return None


# --------------------------------------------------------------------------- the component

class AttributionComponent:
    def __init__(self, nlp: Language, name: str, spans_key: str = SPANS_KEY, threshold: float | None = None,
                 use_model: bool = True, min_quote_words: int = MIN_QUOTE_WORDS):
        self.name = name
        self.spans_key = spans_key
        self.threshold = threshold
        self.use_model = use_model
        self.min_quote_words = min_quote_words

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        try:
            found = extract(doc, threshold=self.threshold, use_model=self.use_model,
                            min_quote_words=self.min_quote_words, text=text)
        except Exception:  # pragma: no cover - never take the pipeline down on odd text
            found = []
        spans = []
        for f in found:
            span = doc.char_span(f.content[0], f.content[1], alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            a = {
                "speaker": text[f.speaker[0]:f.speaker[1]] if f.speaker else None,
                "speaker_start_char": f.speaker[0] if f.speaker else None,
                "speaker_end_char": f.speaker[1] if f.speaker else None,
                "speaker_canonical": f.extras.get("canonical"),
                "cue": text[f.cue[0]:f.cue[1]] if f.cue else None,
                "cue_start_char": f.cue[0] if f.cue else None,
                "cue_end_char": f.cue[1] if f.cue else None,
                "direct": bool(f.direct),
                "medium": f.medium,
                "via": f.via,
            }
            if (span.start_char, span.end_char) != f.content:
                a["content"] = text[f.content[0]:f.content[1]]
                a["content_start_char"], a["content_end_char"] = f.content
            span._.attribution = a
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


def extract(doc: Doc, threshold: float | None = None, use_model: bool = True,
            min_quote_words: int = MIN_QUOTE_WORDS, text: str | None = None) -> list[Found]:
    """All attributions of a parsed Doc, in text order."""
    lex = lexicons()
    model = cue_model() if use_model else None
    thr = threshold if threshold is not None else (model or {}).get("threshold", 0.5)
    text = doc.text if text is None else text
    quotes = find_quotes(text)
    qidx = quote_index(doc, quotes)
    found: list[Found] = []
    claimed_quotes: set[int] = set()
    cue_tokens = []
    for tok in doc:
        if not is_candidate(tok, lex):
            continue
        if model is not None:
            p = score(cue_features(tok, qidx, lex), model)
            if p < thr and not _owned_report(tok, lex):
                continue
        elif not (tok.lemma_.lower() in lex.cues or tok.lower_ == "according" or tok.lower_ in lex.hedges):
            continue
        cue_tokens.append(tok)
    cue_tokens, relayed = _relays(cue_tokens, qidx, lex)
    cue_set = {t.i for t in cue_tokens}
    for tok in cue_tokens:
        found.extend(_attribution_for_cue(tok, qidx, quotes, lex, cue_set, text))
    for f in found:
        if f.cue_tok in relayed and f.medium is None:
            f.medium = relayed[f.cue_tok]
        _drop_trailing_according(doc, text, f)
    found = _apply_quotes(doc, text, found, quotes, qidx, claimed_quotes)
    found.extend(_signed_quotes(doc, text, quotes, claimed_quotes, lex))
    found.extend(_speaker_lines(doc, text, found, lex))
    found.extend(_uncued_quotes(doc, text, found, quotes, qidx, claimed_quotes, min_quote_words))
    found.sort(key=lambda f: f.content)
    found = _dedupe(found)
    _resolve_speakers(doc, text, found, lex)
    return found


def _drop_trailing_according(doc: Doc, text: str, f: Found) -> None:
    """"... must spend more, according to Reuters" -> the relay phrase is not part of the content."""
    k = text.rfind("according to", f.content[0], f.content[1])
    if k <= f.content[0]:
        return
    span = doc.char_span(k, k + len("according"), alignment_mode="expand")
    if span is None or span[0].right_edge.idx + len(span[0].right_edge.text) < f.content[1] - 1:
        return  # the phrase does not reach the end of the content
    end = k
    while end > f.content[0] and (text[end - 1].isspace() or text[end - 1] in ",;—–-"):
        end -= 1
    if end > f.content[0]:
        f.content = (f.content[0], end)


def _relays(cue_tokens: list[Token], qidx: QuoteIndex, lex: Lexicons) -> tuple[list[Token], dict[int, str]]:
    """Drop cues that only relay or qualify another cue, keeping what they say about it.

    "Peskov said, according to AFP" / "as reported by AFP" -> AFP is the medium of "said";
    "citing officials" is the via of its head cue; "refused to comment" and "according to"
    inside someone's quote are no attribution of their own.
    """
    keep: list[Token] = []
    relayed: dict[int, str] = {}
    verbs = [t for t in cue_tokens if t.pos_ in ("VERB", "AUX") and t.lower_ not in ("citing", "quoting")]
    for tok in cue_tokens:
        low = tok.lower_
        lemma = tok.lemma_.lower()
        if low == "according":
            if qidx[tok.i] >= 0:
                continue
            host = _relay_host(tok, verbs)
            if host is not None:
                pobj, _ = _according_to(tok)
                if pobj is not None:
                    relayed[host.i] = tok.doc[pobj.left_edge.i:pobj.right_edge.i + 1].text
                if all(t.i != host.i for t in cue_tokens):
                    keep.append(host)
                continue
        elif low in ("citing", "quoting") and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "NOUN", "PROPN"):
            continue
        elif any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) and \
                any(c.dep_ == "agent" for c in tok.children) and tok.head.i != tok.i:
            continue  # "as reported by AFP": medium of the head cue (see _medium_and_via)
        elif _not_a_statement(tok, lex, qidx):
            continue
        elif lemma in ("refuse", "decline") and any(
                c.dep_ == "xcomp" and c.lemma_.lower() in lex.silence for c in tok.children):
            continue
        elif lemma == "quote" and any(c.dep_ == "nsubjpass" for c in tok.children):
            # "X was quoted by Interfax as saying ...": the saying is X's, Interfax the medium
            say = next((t for t in tok.subtree if t.lemma_.lower() == "say" and t.i > tok.i), None)
            if say is not None:
                agent = next((c for c in tok.children if c.dep_ == "agent"), None)
                pobj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
                if pobj is not None:
                    relayed[say.i] = tok.doc[pobj.left_edge.i:pobj.right_edge.i + 1].text
                if all(t.i != say.i for t in cue_tokens):
                    keep.append(say)
                continue
        keep.append(tok)
    return keep, relayed


def _not_a_statement(tok: Token, lex: Lexicons, qidx: list[int]) -> bool:
    """Cues the annotation guide excludes: negated ("did not confirm", "neither X nor Y said"),
    sourceless hedges ("appears to", "is expected to", "is believed to").

    A "not" inside a quote the cue stands outside of negates the quote, not the cue: the
    parser hangs '"Probably not," she said' on "said"."""
    children = list(tok.children)
    if any(c.dep_ == "neg" and (qidx[c.i] < 0 or qidx[c.i] == qidx[tok.i]) for c in children):
        return True
    subj = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and any(c.dep_ in ("preconj", "det") and c.lower_ in ("neither", "no") for c in subj.children):
        return True
    lemma = tok.lemma_.lower()
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children)
    if lemma in lex.hedge_verbs and (passive or lemma in ("appear", "seem")) \
            and any(c.dep_ == "xcomp" for c in children) and not any(c.dep_ == "agent" for c in children):
        return True
    return False


def _relay_host(tok: Token, verbs: list[Token]) -> Token | None:
    """The reporting verb with a subject in the same sentence that an "according to" phrase relays."""
    root = tok
    while root.head.i != root.i:
        root = root.head
    lo, hi = root.left_edge.i, root.right_edge.i
    best = None
    for v in root.doc[lo:hi + 1]:
        if v.pos_ == "VERB" and v.i != tok.i and any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            if v.lemma_.lower() in ("say", "tell", "add", "state", "claim", "estimate", "announce", "report", "write",
                                    "note", "warn", "explain", "confirm", "stress", "insist", "believe"):
                if best is None or abs(v.i - tok.i) < abs(best.i - tok.i):
                    best = v
    return best


def _attribution_for_cue(tok: Token, qidx: list[int], quotes: list[Quote], lex: Lexicons,
                         cue_set: set[int], text: str) -> list[Found]:
    doc = tok.doc
    low = tok.lower_
    if low == "according":
        pobj, (plo, phi) = _according_to(tok)
        head = tok.head
        # "X said, according to AFP": the outlet relays a cue, it is the medium there
        if head.i in cue_set and head.i != tok.i:
            return []
        clause = head
        while clause.dep_ in ("prep", "pobj", "pcomp", "conj") and clause.head.i != clause.i:
            clause = clause.head
        lo, hi = clause.left_edge.i, clause.right_edge.i + 1
        if clause.dep_ != "ROOT" and clause.pos_ not in ("VERB", "AUX"):
            lo, hi = tok.sent.start, tok.sent.end
        # content = the clause minus the according-to phrase
        if plo <= lo:
            lo = max(lo, phi)
        elif phi >= hi - 1 or all(doc[i].is_punct for i in range(phi, hi)):
            hi = plo
        else:
            hi = plo
        s, e = _trim_tokens(doc, lo, hi)
        content = _char_range(doc, s, e)
        if content is None:
            return []
        speaker = None
        if pobj is not None:
            ss, se = _np_span(pobj)
            if plo <= clause.left_edge.i and _subject(clause) is None:
                # "According to X, the Y was ..." parsed with "the Y" inside X: cut at the comma
                comma = next((i for i in range(pobj.i, se) if doc[i].text == ","), None)
                if comma is not None:
                    se = comma
                    cs, ce = _trim_tokens(doc, comma + 1, hi)
                    content = _char_range(doc, cs, ce) or content
            speaker = _char_range(doc, ss, se)
        cue_end = tok.i + 2 if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to" else tok.i + 1
        return [Found(content, _char_range(doc, tok.i, cue_end), speaker,
                      speaker_tok=pobj.i if pobj is not None else None, cue_tok=tok.i)]
    if low in lex.hedges:
        head = tok.head
        lo, hi = head.left_edge.i, head.right_edge.i + 1
        s, e = _trim_tokens(doc, lo, hi)
        content = _char_range(doc, s, e)
        if content is None:
            return []
        return [Found(content, _char_range(doc, tok.i, tok.i + 1), None, cue_tok=tok.i)]
    # self-attribution inside one's own quote ("we believe that ...") is not separate
    if qidx[tok.i] >= 0:
        subj = _subject(tok)
        if subj is not None and subj.lower_ in FIRST_PERSON:
            return []
    if tok.pos_ == "NOUN":
        return _noun_attribution(tok)
    medium, via, used = _medium_and_via(tok, lex)
    contents: list[tuple[tuple[int, int], bool]] = []
    qb = _quote_before(tok, quotes, qidx, text)
    # '"...," said David Brock, who heads ...': a complement that holds the speaker after a cue
    # closing a quote is the parser's misreading of the speaker phrase
    ranges = [] if qb is not None and (_inverted_speaker(tok) is not None or not any(
        c.dep_ == "ccomp" and c.i > tok.i for c in tok.children)) else _content_for_verb(tok, used, qidx)
    ranges = [(lo, _cut_at_break(doc, tok, lo, hi, qidx)) for lo, hi in ranges]
    ranges = [(lo, _cut_coordinated_cue(doc, tok, lo, _coordinated_content(doc, tok, lo, hi, cue_set, lex), cue_set))
              for lo, hi in ranges]
    if qb is not None and not ranges:
        contents.append(((qb.inner_start, qb.inner_end), True))
    for rng in ranges:
        s, e = _trim_tokens(doc, *rng)
        content = _char_range(doc, s, e)
        if content is not None:
            contents.append((content, False))
    if not contents:
        # a cue that introduces a quote after it ("X said:" / "X told AFP: '...'")
        q = _quote_after(tok, quotes, qidx)
        if q is None:
            return []
        contents.append(((q.inner_start, q.inner_end), True))
    spk = _speaker_for(tok, qidx)
    speaker = None
    if spk is not None:
        ss, se = _np_span(spk)
        if ss < tok.i and qidx.para[ss] != qidx.para[tok.i]:
            # "12:15 p.m. || Donald Trump says ...": the parser joined a timestamp or a headline
            # to the paragraph; the speaker is what stands in the cue's own paragraph
            ss, se = _trim_tokens(doc, max(ss, qidx.para_start(tok.i)), min(se, tok.i))
            spk = doc[se - 1] if se > ss else None
        if spk is not None:
            speaker = _char_range(doc, ss, se)
    cue_toks = [tok]
    prt = [c for c in tok.children if c.dep_ == "prt"]
    cue_toks.extend(prt)
    cue_rng = (min(t.idx for t in cue_toks), max(t.idx + len(t.text) for t in cue_toks))
    out = []
    for content, direct in contents:
        v = via
        if v is None and spk is not None and _is_outlet(spk):
            v = _according_inside(doc, content)
        out.append(Found(content, cue_rng, speaker, direct=direct, medium=medium, via=v,
                         speaker_tok=spk.i if spk is not None else None, cue_tok=tok.i))
    return out


def _owned_report(tok: Token, lex: Lexicons) -> bool:
    """A cue noun with an owner and a that-clause ("a Reuters report that ...") is always a cue."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex.nouns:
        return False
    kids = list(tok.children)
    has_clause = any(c.dep_ in ("acl", "ccomp", "relcl", "appos") and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in kids)
    has_owner = any(c.dep_ == "poss" or c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_) for c in kids)
    return has_clause and has_owner


def _noun_attribution(tok: Token) -> list[Found]:
    """"the ministry's statement that ...", "a New York Times report that ...": noun cues."""
    doc = tok.doc
    clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl", "appos")
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None:
        return []
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None:
        owner = next((c for c in tok.children if c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_)), None)
    s, e = _trim_tokens(doc, clause.left_edge.i, clause.right_edge.i + 1)
    content = _char_range(doc, s, e)
    if content is None:
        return []
    speaker = None
    if owner is not None:
        ss, se = _trim_tokens(doc, owner.left_edge.i, owner.right_edge.i + 1)
        if se > ss and doc[se - 1].tag_ == "POS":
            se -= 1
        speaker = _char_range(doc, ss, se)
    return [Found(content, _char_range(doc, tok.i, tok.i + 1), speaker,
                  speaker_tok=owner.i if owner is not None else None, cue_tok=tok.i)]


def _is_outlet(tok: Token) -> bool:
    return tok.ent_type_ == "ORG" or tok.lemma_.lower() in ("report", "newspaper", "paper", "outlet")


def _according_inside(doc: Doc, content: tuple[int, int]) -> str | None:
    """Sources an outlet's report names with "according to X" inside its content."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None:
        return None
    for t in span:
        if t.lower_ == "according":
            pobj, _ = _according_to(t)
            if pobj is not None:
                s, e = _np_span(pobj)
                return doc[s:e].text
    return None


def _quote_after(tok: Token, quotes: list[Quote], qidx: list[int]) -> Quote | None:
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


def _quote_before(tok: Token, quotes: list[Quote], qidx: QuoteIndex, text: str) -> Quote | None:
    """The quote a cue closes: '"...," the spokesman said' (only the speaker between them)."""
    doc = tok.doc
    lo = max(0, tok.i - 12)
    for i in range(tok.i - 1, lo - 1, -1):
        if qidx[i] >= 0:
            q = quotes[qidx[i]]
            gap = doc[i + 1:tok.i]
            if any(t.text in (".", "?", "!", ";") or "\n" in t.text for t in gap if qidx[t.i] < 0):
                return None
            subj = _outside_subject(tok, qidx)
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


def _apply_quotes(doc: Doc, text: str, found: list[Found], quotes: list[Quote], qidx: list[int],
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


def _uncued_quotes(doc: Doc, text: str, found: list[Found], quotes: list[Quote], qidx: list[int],
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


def _signed_quotes(doc: Doc, text: str, quotes: list[Quote], claimed: set[int], lex: Lexicons) -> list[Found]:
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


def _speaker_lines(doc: Doc, text: str, found: list[Found], lex: Lexicons) -> list[Found]:
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


def _dedupe(found: list[Found]) -> list[Found]:
    """Keep one attribution per content span (the first cue wins)."""
    seen: set[tuple[int, int]] = set()
    out = []
    for f in found:
        if f.content in seen:
            continue
        seen.add(f.content)
        out.append(f)
    return out


# --------------------------------------------------------------------------- speakers

def _entity_spans(doc: Doc) -> list[Span]:
    if ENTITIES_KEY in doc.spans:
        return list(doc.spans[ENTITIES_KEY])
    return list(doc.ents)


def _canonical_of(ent: Span) -> str:
    c = getattr(ent._, "canonical", None) if Span.has_extension("canonical") else None
    return c or ent.text


def _resolve_speakers(doc: Doc, text: str, found: list[Found], lex: Lexicons) -> None:
    """speaker_canonical: the entity cluster name; pronouns and descriptions to the nearest named speaker."""
    ents = _entity_spans(doc)
    history: list[tuple[int, str, str]] = []  # (char offset, canonical, kind PERSON/GROUP)
    for f in sorted(found, key=lambda f: f.speaker[0] if f.speaker else f.content[0]):
        if not f.speaker:
            f.extras["canonical"] = None
            continue
        s, e = f.speaker
        sp = doc.char_span(s, e, alignment_mode="expand")
        if sp is None or len(sp) == 0:
            f.extras["canonical"] = text[s:e]
            continue
        root = sp.root
        over = [x for x in ents if x.start < sp.end and sp.start < x.end]
        named = _pick_entity(sp, root, over)
        if named is not None:
            canon = _canonical_of(named)
            kind = "PERSON" if named.label_ == "PERSON" else "GROUP"
            f.extras["canonical"] = canon
            history.append((s, canon, kind))
            continue
        low = root.lower_
        lemma = root.lemma_.lower()
        has_det = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these", "those", "its", "his", "her")
                      for c in root.children)
        want = None
        if low in lex.person_pronouns:
            want = "PERSON"
        elif low in lex.group_pronouns:
            want = "ANY"
        elif has_det and len(sp) <= 4 and lemma in lex.person_nouns:
            want = "PERSON"
        elif has_det and len(sp) <= 4 and lemma in lex.org_nouns:
            want = "GROUP"
        canon = None
        if low in ("who", "which", "that") and root.head.dep_ == "relcl":
            ante = root.head.head
            canon = doc[ante.left_edge.i:ante.i + 1].text
        elif want is not None:
            canon = _nearest(history, s, want) or _nearest_entity(ents, s, want)
        if canon is None:
            canon = text[s:e]
        else:
            history.append((s, canon, want if want != "ANY" else "GROUP"))
        f.extras["canonical"] = canon


def _pick_entity(sp: Span, root: Token, over: list[Span]) -> Span | None:
    """The entity that names the speaker: a person in the phrase, else the one holding its head."""
    persons = [x for x in over if x.label_ == "PERSON"]
    for x in persons:
        if x.start <= root.i < x.end or x.root.head.i == root.i or root.head.i == x.root.i:
            return x
    for x in over:
        if x.start <= root.i < x.end and x.label_ in ("ORG", "GPE", "NORP", "PERSON", "FAC", "LOC"):
            return x
    if persons and len(persons) == 1:
        return persons[0]
    return None


def _nearest(history: list[tuple[int, str, str]], before: int, want: str) -> str | None:
    for off, canon, kind in reversed(history):
        if off >= before:
            continue
        if want == "ANY" or kind == want:
            return canon
    return None


def _nearest_entity(ents: list[Span], before: int, want: str) -> str | None:
    labels = ("PERSON",) if want == "PERSON" else ("ORG", "GPE", "NORP", "PERSON")
    best = None
    for x in ents:
        if x.start_char < before and x.label_ in labels:
            best = x
    return _canonical_of(best) if best is not None else None


@Language.factory(
    "newsclaims_attribution",
    default_config={"spans_key": SPANS_KEY, "threshold": None, "use_model": True, "min_quote_words": MIN_QUOTE_WORDS},
)
def make_attribution(nlp: Language, name: str, spans_key: str, threshold: float | None, use_model: bool,
                     min_quote_words: int) -> AttributionComponent:
    return AttributionComponent(nlp, name, spans_key=spans_key, threshold=threshold, use_model=use_model,
                                min_quote_words=min_quote_words)


def rows(doc: Doc, spans_key: str = SPANS_KEY) -> list[dict]:
    """One plain dict per attribution (the attributions frame, before typing)."""
    out = []
    for s in doc.spans.get(spans_key, []):
        a = dict(s._.attribution or {})
        row = {**a, "content": s.text, "content_start_char": s.start_char, "content_end_char": s.end_char}
        for k in ("content", "content_start_char", "content_end_char"):
            if k in a:
                row[k] = a[k]
        out.append(row)
    return out
