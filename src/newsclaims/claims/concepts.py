"""Concept sets (``models/claims/synonyms.json``): the words that name one kind of thing or
happening across outlets (troops / soldiers / forces; arrive / arrival / deploy)."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from .. import resources

SYNONYMS_FILE = "claims/synonyms.json"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    raw = resources.load_json(SYNONYMS_FILE)
    index = {}
    for family in ("counted", "events"):
        index[family] = {w.lower(): concept for concept, words in raw[family].items() for w in words}
    return {**raw, **{f"{k}_index": v for k, v in index.items()},
            "generic": frozenset(w.lower() for w in raw["generic_heads"])}


def concept(word: str | None, family: str = "counted") -> str | None:
    """The concept a word belongs to ('soldiers' -> 'troops'), or the word itself, lower-cased."""
    if not word:
        return None
    w = word.lower().strip()
    return lexicon()[f"{family}_index"].get(w, w)


def known(word: str, family: str) -> bool:
    return word.lower() in lexicon()[f"{family}_index"]


def generic(word: str) -> bool:
    return word.lower() in lexicon()["generic"]


def counted_head(counted: str | None) -> str | None:
    """The head noun of a 'counted' phrase: 'the number of North Korean troops' -> 'troops'."""
    if not counted or not counted.strip():
        return None
    parts = [p.split() for p in f" {counted.lower()} ".split(" of ") if p.split()]
    if not parts:
        return None
    head = parts[0][-1].strip(".,;:'\"()")
    if generic(head) and len(parts) > 1:
        return parts[1][-1].strip(".,;:'\"()") if len(parts) == 2 else counted_head(" of ".join(" ".join(p) for p in parts[1:]))
    return head
