"""Qualifiers -> value, bounds and the approx flag ("more than 10,000" -> low 10000).

The kinds come from ``models/quantities/qualifiers.json``; this module only knows what each
kind implies, so the lexicon can grow without code changes.
"""
from __future__ import annotations

from typing import TypedDict

KINDS = ("approx", "min", "max", "near_max", "near_min", "range_start")


class Reading(TypedDict):
    value: float | None
    low: float | None
    high: float | None
    approx: bool


def apply_qualifier(value: float | None, kind: str | None, vague: bool = False) -> Reading:
    """The reading of a number under a qualifier kind (None = unqualified).

    "nearly half" (near_max) -> value 0.5, high 0.5, approx; "over 10,000" (min) -> low
    10000; "up to $5 million" (max) -> high 5e6; vague amounts ("dozens") are approximate
    and have no point value.
    """
    approx = vague or kind in ("approx", "near_max", "near_min")
    low = high = None
    if value is not None:
        if kind in ("min", "near_min"):
            low = value
        elif kind in ("max", "near_max"):
            high = value
    return {"value": None if vague else value, "low": low, "high": high, "approx": approx}


def range_reading(low: float | None, high: float | None, approx: bool = False) -> Reading:
    """ "between $35 and $55", "150 to 175", "10-15": no point value, both bounds."""
    if low is not None and high is not None and low > high:
        low, high = high, low
    return {"value": None, "low": low, "high": high, "approx": approx}


def combine(before: str | None, after: str | None) -> str | None:
    """One kind from a qualifier before and one after the number ("about 500 or more")."""
    if before and after:
        if before == "approx" and after == "min":
            return "near_min"
        if before == "approx" and after == "max":
            return "near_max"
        return before
    return before or after
