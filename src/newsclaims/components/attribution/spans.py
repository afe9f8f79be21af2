"""The character spans of an attribution's parts once its cue is known: the content (the
cue's complement, or the clause it comments on, cut at breaks and coordinated cues), and the
medium and the cited sources ("told AFP", "citing officials")."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..paragraphs import is_paragraph_break
from .cues import Lexicons, QuoteIndex, lexicons, subject

CONTENT_DEPS = ("ccomp", "xcomp", "dobj", "oprd", "acomp", "attr", "prep", "dative", "advcl", "npadvmod", "pcomp")


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


def trim_tokens(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token range without edge punctuation, quote marks and leading connectives."""
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].lower_ in ("and", "but", "that")
                           and doc[start].dep_ in ("cc", "mark")):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


def np_span(tok: Token) -> tuple[int, int]:
    """A speaker noun phrase: the token's subtree, cut at a clause that follows it."""
    lo, hi = tok.left_edge.i, tok.right_edge.i + 1
    doc = tok.doc
    s, e = trim_tokens(doc, lo, hi)
    return s, e


def char_range(doc: Doc, s: int, e: int) -> tuple[int, int] | None:
    if e <= s:
        return None
    return doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)


def according_to(tok: Token) -> tuple[Token | None, tuple[int, int]]:
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


def medium_and_via(cue: Token, lex: Lexicons) -> tuple[str | None, str | None, set[int]]:
    """``medium`` ("told AFP", "in a statement") and ``via`` ("citing X") attached to a cue."""
    medium = via = None
    used: set[int] = set()
    doc = cue.doc
    for c in cue.children:
        if c.dep_ in ("dative", "dobj") and cue.lemma_.lower() in ("tell", "say") and c.i > cue.i:
            if c.ent_type_ in ("ORG", "WORK_OF_ART", "PERSON") and _has_propn(c) or _quoted_name(c):
                if c.ent_type_ != "PERSON":
                    s, e = trim_tokens(doc, c.left_edge.i, c.right_edge.i + 1)
                    medium = doc[s:e].text
                used.update(range(c.left_edge.i, c.right_edge.i + 1))
        elif c.dep_ == "prep" and c.lower_ in ("in", "on", "during", "at", "to") and c.i > cue.i:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and (pobj.lemma_.lower() in lex.media or pobj.lower_ in lex.media):
                inner = next((g for g in pobj.children if g.dep_ in ("acl", "ccomp", "relcl")
                              and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)), None)
                end = inner.left_edge.i if inner is not None else pobj.right_edge.i + 1
                s, e = trim_tokens(doc, pobj.left_edge.i, end)
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
                s, e = trim_tokens(doc, obj.left_edge.i, end)
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


def content_for_verb(cue: Token, used: set[int], qidx: QuoteIndex) -> list[tuple[int, int]]:
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


def cut_at_break(doc: Doc, cue: Token, lo: int, hi: int, qidx: list[int]) -> int:
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


def coordinated_content(doc: Doc, cue: Token, lo: int, hi: int, cue_set: set[int], lex: Lexicons) -> int:
    """Carry a content on through conjuncts the parser hung on the cue instead of on the
    content: "wants to triple X, | grow Y and create Z", "said he was ready, | but would not
    be part of ...". A conjunct with a subject of its own, or that is a cue itself, is not."""
    if lo < cue.i or not any(c.dep_ in ("ccomp", "xcomp") and lo <= c.i < hi for c in cue.children):
        return hi  # an object ("promised a veto | and ...") is not coordinated with the next act
    for c in cue.children:
        if c.dep_ not in ("conj", "dep") or c.i < hi or c.i in cue_set or c.lemma_.lower() in lex.cues or subject(c) is not None:
            continue
        if c.pos_ not in ("VERB", "AUX") or any(not (t.is_punct or t.dep_ == "cc") for t in doc[hi:c.left_edge.i]):
            break
        hi = c.right_edge.i + 1
    return hi


def cut_coordinated_cue(doc: Doc, cue: Token, lo: int, hi: int, cue_set: set[int]) -> int:
    """End a content before a coordinated speech verb of the same speaker: "said it was opposed
    to the test | and warned North Korea ..." is two attributions, not one (a coordinated act,
    "he rated contestants and talked about ...", stays in)."""
    if lo < cue.i:
        return hi
    for k in range(lo + 1, hi):
        t = doc[k]
        if t.i in cue_set and t.dep_ == "conj" and lo <= t.head.i < k and subject(t) is None \
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


def is_outlet(tok: Token) -> bool:
    return tok.ent_type_ == "ORG" or tok.lemma_.lower() in ("report", "newspaper", "paper", "outlet")
