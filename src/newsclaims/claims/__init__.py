"""Claims: the layers joined per statement; the same claim compared across articles.

``build_claims(doc)`` turns one processed Doc (and its typed frames) into one row per
statement: every attribution, plus every factual sentence the outlet states in its own
voice. Each row carries the article (doc_id, outlet, published), who said it, the
sentence, and the quantities, dates and entities inside it, each quantity and date
annotated with *what* it is about (the counted noun, the event it dates) read off the
parse, so that ``compare`` can work on the table alone, without the Docs.

``compare(claims)`` groups comparable items across articles and flags disagreements.
How items are judged comparable, and why:

- quantities: the same kind of measure (a count, a share, a measure in one unit) of the
  same kind of thing: the counted noun's head, mapped through the concept sets in
  ``models/claims/synonyms.json`` (troops / soldiers / forces / personnel ...). Counts of
  one kind are split where their magnitudes differ by more than ``max_ratio``.
- dates: the same kind of happening (the predicate the date modifies, through the same
  concept sets: arrive / arrival / deploy ...) to the same kind of participant. A date in
  a negated "for/since" clause ("not seen for three weeks", "no combat since mid-January")
  or after "the last ..." dates the *last occurrence* of something; those are compared on
  one calendar as intervals ending at the article's anchor.
- statements: similar content, as the cosine of idf-weighted keyword sets (content lemmas,
  synonyms folded to their concept), clustered with average linkage.

Why read the parse for numbers and dates rather than compare whole sentences: in a corpus
about one event every sentence is about "North Korean troops", so sentence similarity
(lexical or neural) cannot tell the arrival's date from the last sighting's; the predicate
and its subject can. Why no neural sentence embeddings for statements: the packaged
MiniLM models need PyTorch (gigabytes in every CI run and install) while idf-weighted
keywords with the concept sets already group the same statement across outlets on the
corpus; it is also fast, deterministic and explainable (the ``topic`` shows the words).

Modules: ``concepts`` (the concept sets), ``values`` (pure helpers on values), ``build``
(claims of one Doc) and ``comparison`` (across articles).
"""
from __future__ import annotations

from .build import CLAIM_COLUMNS, build_claims, concat_claims, typed_claims
from .comparison import COMPARE_COLUMNS, compare, corpus_anchor
from .concepts import concept, counted_head
from .values import (
           calendar_interval,
           duration_days,
           last_seen_window,
           outlet_of,
           quantity_kind,
           ranges_overlap,
           value_range,
)

__all__ = ["CLAIM_COLUMNS", "COMPARE_COLUMNS", "build_claims", "calendar_interval", "compare", "concat_claims",
           "concept", "corpus_anchor", "counted_head", "duration_days", "last_seen_window", "outlet_of",
           "quantity_kind", "ranges_overlap", "typed_claims", "value_range"]
