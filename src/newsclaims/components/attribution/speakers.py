"""Speakers: the cue's subject or agent, then pronouns and descriptions ("he", "the
spokesman") resolved to the nearest compatible named speaker, with ``speaker_canonical`` taken
from the entities layer's clusters."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .cues import SUBJECTS, Lexicons, QuoteIndex, subject
from .spans import Found

ENTITIES_KEY = "entities"


def inverted_speaker(cue: Token) -> Token | None:
    """'"...," said David Brock, who heads ... Correct the Record': the parser made the speaker
    after a quote-closing cue the subject of a complement it invented; that subject."""
    doc = cue.doc
    if subject(cue) is not None or cue.tag_ == "VBG" or cue.i == 0 or not doc[cue.i - 1].is_quote:
        return None
    for c in cue.children:
        subj = subject(c) if c.dep_ == "ccomp" and c.i > cue.i else None
        if subj is not None and subj.left_edge.i == cue.i + 1:
            return subj
    return None


def outside_subject(tok: Token, qidx: list[int]) -> Token | None:
    """The cue's subject, skipping a word of a quote the cue stands outside of: the parser reads
    '"... Full panic mode," said Leslie Wimes' with "mode" as a second subject of "said"."""
    subjects = [c for c in tok.children if c.dep_ in SUBJECTS]
    outside = [c for c in subjects if qidx[c.i] < 0 or qidx[c.i] == qidx[tok.i]]
    return outside[0] if outside else (subjects[0] if subjects else None)


def speaker_for(cue: Token, qidx: QuoteIndex) -> Token | None:
    """The head token of the speaker: subject, passive agent, or the subject higher up."""
    inverted = inverted_speaker(cue)
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
            subj = outside_subject(tok, qidx)
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


def _entity_spans(doc: Doc) -> list[Span]:
    if ENTITIES_KEY in doc.spans:
        return list(doc.spans[ENTITIES_KEY])
    return list(doc.ents)


def _canonical_of(ent: Span) -> str:
    c = getattr(ent._, "canonical", None) if Span.has_extension("canonical") else None
    return c or ent.text


def resolve_speakers(doc: Doc, text: str, found: list[Found], lex: Lexicons) -> None:
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
