"""``newsclaims_dates``: temporal expressions, normalized to TIMEX3 against ``doc._.published``.

First version: spaCy's DATE/TIME entities as spans, not yet normalized.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

SPANS_KEY = "dates"

if not Span.has_extension("timex"):
    # A dict of plain values (msgpack-safe): type, value, mod, start_date, end_date,
    # anchor, resolved, relative.
    Span.set_extension("timex", default=None)


class DatesComponent:
    def __init__(self, nlp: Language, name: str, spans_key: str = SPANS_KEY):
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        spans = [Span(doc, e.start, e.end, label=e.label_) for e in doc.ents if e.label_ in ("DATE", "TIME")]
        for span in spans:
            span._.timex = {"type": span.label_, "value": None, "mod": None, "start_date": None,
                            "end_date": None, "anchor": doc._.published, "resolved": False, "relative": None}
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory("newsclaims_dates", default_config={"spans_key": SPANS_KEY})
def make_dates(nlp: Language, name: str, spans_key: str) -> DatesComponent:
    return DatesComponent(nlp, name, spans_key=spans_key)


def rows(doc: Doc, spans_key: str = SPANS_KEY) -> list[dict]:
    """One plain dict per temporal expression (the dates frame, before typing)."""
    return [
        {"text": s.text, "start_char": s.start_char, "end_char": s.end_char, **(s._.timex or {})}
        for s in doc.spans.get(spans_key, [])
    ]
