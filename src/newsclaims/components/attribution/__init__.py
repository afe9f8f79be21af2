"""``newsclaims_attribution``: who said what, to whom, citing whom.

How it works, in one pass over the parsed Doc:

1. Quotation marks are paired on the raw text (:mod:`newsclaims.quotes`), so multi-paragraph
   and unbalanced quotes are handled before any syntax.
2. Cue candidates (verbs, "according to", "reportedly", a few nouns) are scored by a small
   logistic model over syntactic features (``models/attribution/cue_model.json``, trained by
   ``scripts/train_attribution.py`` on PolNeAR train); without the model, the lexicon decides.
3. Each cue yields content (its clausal complement, or the clause it comments on), a speaker
   (its subject, passive agent, or the object of "according to") and, when present, a medium
   ("told AFP", "in a statement") and the sources an outlet cites ("citing officials").
4. Quotes no cue claimed: signed with a dash ('"..." ― Name'), or inheriting the speaker of
   the attribution just before them when they stand as sentences of their own (a quote split
   by its cue, a quote that continues a paragraph later); "NAME: ..." lines (transcripts).
   Following the annotation guide, negated statements ("did not confirm"), "declined to
   comment", sourceless hedges ("is expected to", "appears to") and relays ("according to
   AFP" after a speaker's cue: the medium) are not attributions of their own.
5. Pronouns and descriptions ("he", "the spokesman") resolve to the nearest compatible named
   speaker; ``speaker_canonical`` comes from the entities layer's clusters.

Modules, in the order the component runs them: ``cues``, ``spans``, ``speakers``, ``reports``,
``quoted``, then ``component``.
"""
from __future__ import annotations

from .component import SPANS_KEY, AttributionComponent, extract, make_attribution, rows
from .cues import cue_features, is_candidate, lexicons, quote_index

__all__ = ["SPANS_KEY", "AttributionComponent", "cue_features", "extract", "is_candidate", "lexicons",
           "make_attribution", "quote_index", "rows"]
