"""Unit names: our lexicon first, then quantulum3 on the short candidate span (never the
whole article), and the kind of a unit (money, percentage, physical) for sharing a measure."""
from __future__ import annotations

import warnings
from functools import lru_cache

from .lexicon import Scan


def unit_kind(scan: Scan, unit: str) -> str:
    """money / percentage / physical / dimensionless / year: which quantities may share
    what they measure ("$163 million, or $4.06 a share")."""
    u = unit.lower()
    if u.startswith("percentage"):
        return "percentage"
    if u in scan.lex.currencies:
        return "money"
    return "physical" if u not in ("dimensionless", "year") else u


def unit_of(scan: Scan, text: str) -> str:
    """quantulum3's name for the unit of a short span; our lexicon for the units it lacks."""
    name = _quantulum_unit(text) if scan.use_quantulum else "dimensionless"
    if name in ("dimensionless", "unk"):
        words = text.lower().replace("-", " ").split()
        own = scan.lex.unit_names.get(words[-1]) if words else None
        if own:
            return ("square " if "square" in words else "cubic " if "cubic" in words else "") + own
        return "dimensionless"
    return name


@lru_cache(maxsize=4096)
def _quantulum_unit(text: str) -> str:
    """quantulum3's unit name for a short candidate span (never the whole article)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        try:
            found = parser.parse(text)
        except Exception:  # quantulum3 raises on odd input; a unit is optional
            return "dimensionless"
    for q in found:
        name = q.unit.name
        if name and name not in ("dimensionless", "unk"):
            return name
    return "dimensionless"
