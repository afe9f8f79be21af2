"""The ``newsclaims_attribution`` component: cues, content and speakers in one pass."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...quotes import find_quotes
from .cues import cue_features, cue_model, is_candidate, lexicons, quote_index, score
from .quoted import apply_quotes, signed_quotes, speaker_lines, uncued_quotes
from .reports import attribution_for_cue, dedupe, drop_trailing_according, owned_report, relays
from .spans import Found
from .speakers import resolve_speakers

SPANS_KEY = "attributions"  # one span per attribution: its content

if not Span.has_extension("attribution"):
    # A dict of plain values (msgpack-safe): speaker, speaker_start_char, speaker_end_char,
    # speaker_canonical, cue, cue_start_char, cue_end_char, direct, medium, via.
    Span.set_extension("attribution", default=None)
MIN_QUOTE_WORDS = 4


class AttributionComponent:
    def __init__(self, nlp: Language, name: str, spans_key: str = SPANS_KEY, threshold: float | None = None,
                 use_model: bool = True, min_quote_words: int = MIN_QUOTE_WORDS):
        self.name = name
        self.spans_key = spans_key
        self.threshold = threshold
        self.use_model = use_model
        self.min_quote_words = min_quote_words

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        try:
            found = extract(doc, threshold=self.threshold, use_model=self.use_model,
                            min_quote_words=self.min_quote_words, text=text)
        except Exception:  # pragma: no cover - never take the pipeline down on odd text
            found = []
        spans = []
        for f in found:
            span = doc.char_span(f.content[0], f.content[1], alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            a = {
                "speaker": text[f.speaker[0]:f.speaker[1]] if f.speaker else None,
                "speaker_start_char": f.speaker[0] if f.speaker else None,
                "speaker_end_char": f.speaker[1] if f.speaker else None,
                "speaker_canonical": f.extras.get("canonical"),
                "cue": text[f.cue[0]:f.cue[1]] if f.cue else None,
                "cue_start_char": f.cue[0] if f.cue else None,
                "cue_end_char": f.cue[1] if f.cue else None,
                "direct": bool(f.direct),
                "medium": f.medium,
                "via": f.via,
            }
            if (span.start_char, span.end_char) != f.content:
                a["content"] = text[f.content[0]:f.content[1]]
                a["content_start_char"], a["content_end_char"] = f.content
            span._.attribution = a
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


def extract(doc: Doc, threshold: float | None = None, use_model: bool = True,
            min_quote_words: int = MIN_QUOTE_WORDS, text: str | None = None) -> list[Found]:
    """All attributions of a parsed Doc, in text order."""
    lex = lexicons()
    model = cue_model() if use_model else None
    thr = threshold if threshold is not None else (model or {}).get("threshold", 0.5)
    text = doc.text if text is None else text
    quotes = find_quotes(text)
    qidx = quote_index(doc, quotes)
    found: list[Found] = []
    claimed_quotes: set[int] = set()
    cue_tokens = []
    for tok in doc:
        if not is_candidate(tok, lex):
            continue
        if model is not None:
            p = score(cue_features(tok, qidx, lex), model)
            if p < thr and not owned_report(tok, lex):
                continue
        elif not (tok.lemma_.lower() in lex.cues or tok.lower_ == "according" or tok.lower_ in lex.hedges):
            continue
        cue_tokens.append(tok)
    cue_tokens, relayed = relays(cue_tokens, qidx, lex)
    cue_set = {t.i for t in cue_tokens}
    for tok in cue_tokens:
        found.extend(attribution_for_cue(tok, qidx, quotes, lex, cue_set, text))
    for f in found:
        if f.cue_tok in relayed and f.medium is None:
            f.medium = relayed[f.cue_tok]
        drop_trailing_according(doc, text, f)
    found = apply_quotes(doc, text, found, quotes, qidx, claimed_quotes)
    found.extend(signed_quotes(doc, text, quotes, claimed_quotes, lex))
    found.extend(speaker_lines(doc, text, found, lex))
    found.extend(uncued_quotes(doc, text, found, quotes, qidx, claimed_quotes, min_quote_words))
    found.sort(key=lambda f: f.content)
    found = dedupe(found)
    resolve_speakers(doc, text, found, lex)
    return found


@Language.factory(
    "newsclaims_attribution",
    default_config={"spans_key": SPANS_KEY, "threshold": None, "use_model": True, "min_quote_words": MIN_QUOTE_WORDS},
)
def make_attribution(nlp: Language, name: str, spans_key: str, threshold: float | None, use_model: bool,
                     min_quote_words: int) -> AttributionComponent:
    return AttributionComponent(nlp, name, spans_key=spans_key, threshold=threshold, use_model=use_model,
                                min_quote_words=min_quote_words)


def rows(doc: Doc, spans_key: str = SPANS_KEY) -> list[dict]:
    """One plain dict per attribution (the attributions frame, before typing)."""
    out = []
    for s in doc.spans.get(spans_key, []):
        a = dict(s._.attribution or {})
        row = {**a, "content": s.text, "content_start_char": s.start_char, "content_end_char": s.end_char}
        for k in ("content", "content_start_char", "content_end_char"):
            if k in a:
                row[k] = a[k]
        out.append(row)
    return out
