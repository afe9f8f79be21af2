"""The word lists numbers are read with, and the state shared while reading one Doc."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ... import resources
from ...numbers.words import DOZEN, ONES, SCALES, TENS


@dataclass(frozen=True)
class Lexicon:
    """The word lists of ``models/quantities/`` that numbers are read with."""

    before: dict        # qualifier words before a number ("more than") -> bound kind
    after: dict         # qualifier words after it ("or more")
    cur_prefix: dict    # currency symbols and codes before a number -> unit name
    cur_words: dict     # currency words after it ("yen", "U.S. dollars")
    currencies: frozenset
    percent: dict
    measure_words: frozenset
    unit_names: dict    # units quantulum3 lacks
    vague: frozenset    # "dozens", "hundreds"
    vague_of: set       # "tens of thousands"
    multipliers: dict   # "halved" -> 0.5
    label_nouns: frozenset
    vague_scale_before: frozenset  # "a few hundred", "several thousand"
    street_words: frozenset
    triggers: frozenset  # words that can start a quantity (the cheap first pass)

    @classmethod
    def load(cls, qualifiers: str, units: str, amounts: str) -> Lexicon:
        q = resources.load_json(qualifiers)
        u = resources.load_json(units)
        a = resources.load_json(amounts)
        cur_prefix = {k.lower(): v for k, v in u["currency_prefix"].items()}
        cur_words = {tuple(k.split()): v for k, v in u["currency_words"].items()}
        vague = frozenset(a["vague"])
        multipliers = dict(a["multipliers"])
        return cls(
            before={tuple(k.split()): v for k, v in q["before"].items()},
            after={tuple(k.split()): v for k, v in q["after"].items()},
            cur_prefix=cur_prefix,
            cur_words=cur_words,
            currencies=frozenset(v.lower() for v in (*cur_prefix.values(), *cur_words.values())),
            percent={tuple(k.split()): v for k, v in u["percent"].items()},
            measure_words=frozenset(u["measure_words"]) | frozenset(u.get("unit_names", {})),
            unit_names=dict(u.get("unit_names", {})),
            vague=vague,
            vague_of={tuple(k.split()) for k in a["vague_of"]},
            multipliers=multipliers,
            label_nouns=frozenset(a.get("label_nouns", ())),
            vague_scale_before=frozenset(a.get("vague_scale_before", ())),
            street_words=frozenset(a.get("street_words", ())),
            triggers=(frozenset(ONES) | frozenset(TENS) | frozenset(SCALES) | frozenset(DOZEN) | vague
                      | frozenset(multipliers) | {"half", "a", "an", "twice", "thrice", "tens"}),
        )

    def is_unit_word(self, tok: Token) -> bool:
        low = tok.lower_
        return (low in self.measure_words or (low,) in self.cur_words or (low,) in self.percent
                or low in ("percent", "%"))


@dataclass
class Scan:
    """What the readers share while reading one Doc (made anew for each, so the component
    itself holds no per-Doc state)."""

    lex: Lexicon
    use_quantulum: bool
    text: str                                        # the Doc's text, built once
    taken: set[int] = field(default_factory=set)     # tokens of every candidate
    head: Token | None = None                        # head noun of the last counted phrase
