"""``newsclaims_dates``: temporal expressions, normalized to TIMEX3 against ``doc._.published``.

Candidates come from the rule grammar (``models/dates/patterns.txt``, scanned with compiled
regexes over the whole text: no per-token Python loop) and, for what the grammar does not
know, from spaCy's DATE/TIME entities: absolute dates dateparser can read, and phrases headed
by a time unit ("the weeks", "an additional year", "the morning"). Standard forms never
depend on the entities (``tests/test_dates_forms.py`` passes with ``use_ents=False``).
The parse then supplies what text alone cannot: the tense of the clause (the direction
of "Friday" or a bare "August"), and whether a four-digit number is a year or a count.
Normalization is pure (``newsclaims.timex``); each span keeps its anchor-free form in
``relative`` so that ``newsclaims.resolve_dates`` can re-anchor it downstream.

Modules: ``tense`` (direction from the parse), ``filters`` (is it a timex at all),
``candidates`` (entity candidates and extents), ``reading`` (a form in its sentence),
``story`` (the reference time of anaphors), ``passes`` (document-level rewrites) and
``component`` (the pipeline component that runs them in that order).
"""
from __future__ import annotations

from .component import SPANS_KEY, DatesComponent, make_dates, rows
from .tense import clause_tense, direction

__all__ = ["SPANS_KEY", "DatesComponent", "clause_tense", "direction", "make_dates", "rows"]
