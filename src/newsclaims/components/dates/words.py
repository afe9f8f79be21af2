"""The word lists of ``models/dates/context.json`` that the dates modules read the parse with."""
from __future__ import annotations

from ... import resources


def words(key: str) -> frozenset[str]:
    """One word list of models/dates/context.json."""
    return frozenset(resources.load_json("dates/context.json")[key])
