"""``newsclaims_quantities``: numbers with their value, bounds, unit and what they count.

Candidates come from the parse (numerals, number words, fractions, multipliers, vague
amounts); tokens owned by the dates layer, ordinals, names, clock times, phone numbers,
list numbering and URLs are left out. Values and bounds come from the pure
``newsclaims.numbers`` functions, units from our currency/percent lexicon or quantulum3 run
on the small candidate span, and ``counted`` from the dependency parse.

Modules: ``lexicon`` (word lists, per-Doc state), ``candidates``, ``units``, ``counted`` and
``component``, which runs them in that order.
"""
from __future__ import annotations

from .component import SPANS_KEY, QuantitiesComponent, make_quantities, rows

__all__ = ["SPANS_KEY", "QuantitiesComponent", "make_quantities", "rows"]
