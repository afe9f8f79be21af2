"""``newsclaims_quantities``: numbers with their value, bounds, unit and what they count.

First version: spaCy's CARDINAL/QUANTITY/PERCENT/MONEY entities, not yet normalized.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

SPANS_KEY = "quantities"

if not Span.has_extension("quantity"):
    # A dict of plain values (msgpack-safe): value, low, high, approx, unit, counted.
    Span.set_extension("quantity", default=None)


class QuantitiesComponent:
    def __init__(self, nlp: Language, name: str, spans_key: str = SPANS_KEY):
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        labels = ("CARDINAL", "QUANTITY", "PERCENT", "MONEY")
        spans = [Span(doc, e.start, e.end, label=e.label_) for e in doc.ents if e.label_ in labels]
        for span in spans:
            span._.quantity = {"value": None, "low": None, "high": None, "approx": False,
                               "unit": None, "counted": None}
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory("newsclaims_quantities", default_config={"spans_key": SPANS_KEY})
def make_quantities(nlp: Language, name: str, spans_key: str) -> QuantitiesComponent:
    return QuantitiesComponent(nlp, name, spans_key=spans_key)


def rows(doc: Doc, spans_key: str = SPANS_KEY) -> list[dict]:
    """One plain dict per quantity (the quantities frame, before typing)."""
    return [
        {"text": s.text, "start_char": s.start_char, "end_char": s.end_char, **(s._.quantity or {})}
        for s in doc.spans.get(spans_key, [])
    ]
