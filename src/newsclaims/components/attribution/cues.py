"""Which tokens are cues of attribution, and how sure: the lexicons, the quote index the
features read, the syntactic features and the small logistic model over them
(``models/attribution/cue_model.json``, trained by ``scripts/train_attribution.py``)."""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from spacy.tokens import Doc, Token

from ... import resources
from ...quotes import Quote
from ..paragraphs import is_paragraph_break

MODEL_FILE = "attribution/cue_model.json"

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
FIRST_PERSON = {"i", "we", "me", "us"}


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


def subject(tok: Token) -> Token | None:
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
