"""From a scored cue to an attribution, and the passes that keep only statements:
relays ("according to AFP" after a speaker's cue is the medium), negations, hedges, owned
reports and duplicates."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ...quotes import Quote
from .cues import FIRST_PERSON, Lexicons, QuoteIndex, subject
from .quoted import quote_after, quote_before
from .spans import (
    Found,
    according_to,
    char_range,
    content_for_verb,
    coordinated_content,
    cut_at_break,
    cut_coordinated_cue,
    is_outlet,
    medium_and_via,
    np_span,
    trim_tokens,
)
from .speakers import inverted_speaker, speaker_for


def drop_trailing_according(doc: Doc, text: str, f: Found) -> None:
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


def relays(cue_tokens: list[Token], qidx: QuoteIndex, lex: Lexicons) -> tuple[list[Token], dict[int, str]]:
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
                pobj, _ = according_to(tok)
                if pobj is not None:
                    relayed[host.i] = tok.doc[pobj.left_edge.i:pobj.right_edge.i + 1].text
                if all(t.i != host.i for t in cue_tokens):
                    keep.append(host)
                continue
        elif low in ("citing", "quoting") and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "NOUN", "PROPN"):
            continue
        elif any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) and \
                any(c.dep_ == "agent" for c in tok.children) and tok.head.i != tok.i:
            continue  # "as reported by AFP": medium of the head cue (see medium_and_via)
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


def attribution_for_cue(tok: Token, qidx: list[int], quotes: list[Quote], lex: Lexicons,
                         cue_set: set[int], text: str) -> list[Found]:
    doc = tok.doc
    low = tok.lower_
    if low == "according":
        pobj, (plo, phi) = according_to(tok)
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
        s, e = trim_tokens(doc, lo, hi)
        content = char_range(doc, s, e)
        if content is None:
            return []
        speaker = None
        if pobj is not None:
            ss, se = np_span(pobj)
            if plo <= clause.left_edge.i and subject(clause) is None:
                # "According to X, the Y was ..." parsed with "the Y" inside X: cut at the comma
                comma = next((i for i in range(pobj.i, se) if doc[i].text == ","), None)
                if comma is not None:
                    se = comma
                    cs, ce = trim_tokens(doc, comma + 1, hi)
                    content = char_range(doc, cs, ce) or content
            speaker = char_range(doc, ss, se)
        cue_end = tok.i + 2 if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to" else tok.i + 1
        return [Found(content, char_range(doc, tok.i, cue_end), speaker,
                      speaker_tok=pobj.i if pobj is not None else None, cue_tok=tok.i)]
    if low in lex.hedges:
        head = tok.head
        lo, hi = head.left_edge.i, head.right_edge.i + 1
        s, e = trim_tokens(doc, lo, hi)
        content = char_range(doc, s, e)
        if content is None:
            return []
        return [Found(content, char_range(doc, tok.i, tok.i + 1), None, cue_tok=tok.i)]
    # self-attribution inside one's own quote ("we believe that ...") is not separate
    if qidx[tok.i] >= 0:
        subj = subject(tok)
        if subj is not None and subj.lower_ in FIRST_PERSON:
            return []
    if tok.pos_ == "NOUN":
        return _noun_attribution(tok)
    medium, via, used = medium_and_via(tok, lex)
    contents: list[tuple[tuple[int, int], bool]] = []
    qb = quote_before(tok, quotes, qidx, text)
    # '"...," said David Brock, who heads ...': a complement that holds the speaker after a cue
    # closing a quote is the parser's misreading of the speaker phrase
    ranges = [] if qb is not None and (inverted_speaker(tok) is not None or not any(
        c.dep_ == "ccomp" and c.i > tok.i for c in tok.children)) else content_for_verb(tok, used, qidx)
    ranges = [(lo, cut_at_break(doc, tok, lo, hi, qidx)) for lo, hi in ranges]
    ranges = [(lo, cut_coordinated_cue(doc, tok, lo, coordinated_content(doc, tok, lo, hi, cue_set, lex), cue_set))
              for lo, hi in ranges]
    if qb is not None and not ranges:
        contents.append(((qb.inner_start, qb.inner_end), True))
    for rng in ranges:
        s, e = trim_tokens(doc, *rng)
        content = char_range(doc, s, e)
        if content is not None:
            contents.append((content, False))
    if not contents:
        # a cue that introduces a quote after it ("X said:" / "X told AFP: '...'")
        q = quote_after(tok, quotes, qidx)
        if q is None:
            return []
        contents.append(((q.inner_start, q.inner_end), True))
    spk = speaker_for(tok, qidx)
    speaker = None
    if spk is not None:
        ss, se = np_span(spk)
        if ss < tok.i and qidx.para[ss] != qidx.para[tok.i]:
            # "12:15 p.m. || Donald Trump says ...": the parser joined a timestamp or a headline
            # to the paragraph; the speaker is what stands in the cue's own paragraph
            ss, se = trim_tokens(doc, max(ss, qidx.para_start(tok.i)), min(se, tok.i))
            spk = doc[se - 1] if se > ss else None
        if spk is not None:
            speaker = char_range(doc, ss, se)
    cue_toks = [tok]
    prt = [c for c in tok.children if c.dep_ == "prt"]
    cue_toks.extend(prt)
    cue_rng = (min(t.idx for t in cue_toks), max(t.idx + len(t.text) for t in cue_toks))
    out = []
    for content, direct in contents:
        v = via
        if v is None and spk is not None and is_outlet(spk):
            v = _according_inside(doc, content)
        out.append(Found(content, cue_rng, speaker, direct=direct, medium=medium, via=v,
                         speaker_tok=spk.i if spk is not None else None, cue_tok=tok.i))
    return out


def owned_report(tok: Token, lex: Lexicons) -> bool:
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
    s, e = trim_tokens(doc, clause.left_edge.i, clause.right_edge.i + 1)
    content = char_range(doc, s, e)
    if content is None:
        return []
    speaker = None
    if owner is not None:
        ss, se = trim_tokens(doc, owner.left_edge.i, owner.right_edge.i + 1)
        if se > ss and doc[se - 1].tag_ == "POS":
            se -= 1
        speaker = char_range(doc, ss, se)
    return [Found(content, char_range(doc, tok.i, tok.i + 1), speaker,
                  speaker_tok=owner.i if owner is not None else None, cue_tok=tok.i)]


def _according_inside(doc: Doc, content: tuple[int, int]) -> str | None:
    """Sources an outlet's report names with "according to X" inside its content."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None:
        return None
    for t in span:
        if t.lower_ == "according":
            pobj, _ = according_to(t)
            if pobj is not None:
                s, e = np_span(pobj)
                return doc[s:e].text
    return None


def dedupe(found: list[Found]) -> list[Found]:
    """Keep one attribution per content span (the first cue wins)."""
    seen: set[tuple[int, int]] = set()
    out = []
    for f in found:
        if f.content in seen:
            continue
        seen.add(f.content)
        out.append(f)
    return out
