"""Pure temporal logic for the dates layer (no spaCy, no pandas).

- ``calendar``: shifts, ISO weeks, seasons, quarters, TIMEX3 value -> inclusive interval
- ``numbers``: number words, TIMEX3 duration values (P3W, P2.5M, PXDE)
- ``grammar``: the pattern grammar (models/dates/patterns.txt) -> candidates with anchor-free forms
- ``normalize``: form + anchor -> TIMEX3 type, value, mod, interval
"""
from __future__ import annotations

from .calendar import value_interval
from .grammar import Candidate, find
from .normalize import from_json, resolve, to_json

__all__ = ["Candidate", "find", "from_json", "resolve", "to_json", "value_interval"]
