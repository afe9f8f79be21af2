"""``newsclaims_entities``: named entities with one canonical name per real-world entity.

First version: spaCy's named entities (numeric and temporal labels left to the dates
and quantities layers), each its own cluster.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

NAMED_LABELS = ("PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE")
SPANS_KEY = "entities"

for _name in ("canonical", "entity_id"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


class EntitiesComponent:
    def __init__(self, nlp: Language, name: str, spans_key: str = SPANS_KEY):
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        spans = [Span(doc, e.start, e.end, label=e.label_) for e in doc.ents if e.label_ in NAMED_LABELS]
        for span in spans:
            span._.canonical = span.text
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory("newsclaims_entities", default_config={"spans_key": SPANS_KEY})
def make_entities(nlp: Language, name: str, spans_key: str) -> EntitiesComponent:
    return EntitiesComponent(nlp, name, spans_key=spans_key)


def rows(doc: Doc, spans_key: str = SPANS_KEY) -> list[dict]:
    """One plain dict per entity mention (the entities frame, before typing)."""
    return [
        {
            "text": s.text,
            "label": s.label_,
            "start_char": s.start_char,
            "end_char": s.end_char,
            "canonical": s._.canonical,
            "entity_id": s._.entity_id,
        }
        for s in doc.spans.get(spans_key, [])
    ]
