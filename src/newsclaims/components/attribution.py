"""``newsclaims_attribution``: who said what, to whom, citing whom.

First version: the component is registered and stores an (empty) span group; the
extraction rules come next.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

SPANS_KEY = "attributions"  # one span per attribution: its content

if not Span.has_extension("attribution"):
    # A dict of plain values (msgpack-safe): speaker, speaker_start_char, speaker_end_char,
    # speaker_canonical, cue, cue_start_char, cue_end_char, direct, medium, via.
    Span.set_extension("attribution", default=None)


class AttributionComponent:
    def __init__(self, nlp: Language, name: str, spans_key: str = SPANS_KEY):
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[self.spans_key] = []
        return doc


@Language.factory("newsclaims_attribution", default_config={"spans_key": SPANS_KEY})
def make_attribution(nlp: Language, name: str, spans_key: str) -> AttributionComponent:
    return AttributionComponent(nlp, name, spans_key=spans_key)


def rows(doc: Doc, spans_key: str = SPANS_KEY) -> list[dict]:
    """One plain dict per attribution (the attributions frame, before typing)."""
    out = []
    for s in doc.spans.get(spans_key, []):
        a = dict(s._.attribution or {})
        out.append({**a, "content": s.text, "content_start_char": s.start_char, "content_end_char": s.end_char})
    return out
