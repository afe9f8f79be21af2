"""The ``newsclaims_quantities`` component: candidates, their readings and what they count."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...numbers import apply_qualifier, range_reading
from .candidates import Candidate, find_candidates
from .counted import counted_phrase
from .lexicon import Lexicon, Scan

SPANS_KEY = "quantities"

if not Span.has_extension("quantity"):
    # A dict of plain values (msgpack-safe): value, low, high, approx, unit, counted, kind.
    Span.set_extension("quantity", default=None)


class QuantitiesComponent:
    """Finds the quantities of a Doc and stores them as spans in ``doc.spans[spans_key]`` with
    their reading in ``span._.quantity``; tokens of ``doc.spans[dates_key]`` are left out."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        spans_key: str = SPANS_KEY,
        dates_key: str = "dates",
        qualifiers: str = "quantities/qualifiers.json",
        units: str = "quantities/units.json",
        amounts: str = "quantities/amounts.json",
        use_quantulum: bool = True,
    ):
        self.name = name
        self.spans_key = spans_key
        self.dates_key = dates_key
        self.use_quantulum = use_quantulum
        self.lex = Lexicon.load(qualifiers, units, amounts)

    def __call__(self, doc: Doc) -> Doc:
        blocked: set[int] = set()
        for s in doc.spans.get(self.dates_key, []):
            blocked.update(range(s.start, s.end))
        scan = Scan(self.lex, self.use_quantulum, doc.text)  # the text built once: Doc.text joins every token
        cands = find_candidates(scan, doc, blocked)
        spans: list[Span] = []
        previous: list[tuple[Candidate, str | None]] = []
        scan.taken = {k for c in cands for k in range(c.start, c.end)}
        for prev_c, c in zip([None] + cands[:-1], cands):
            if prev_c is not None and prev_c.sort == "age" and c.sort == "count" and not c.measure \
                    and all(t.lower_ in ("and", ",", "or") for t in doc[prev_c.end:c.start]) and c.start > prev_c.end:
                c.sort, c.unit = "age", "year"
            scan.head = None
            change = _change_of(doc, prev_c, c)
            if change is not None:  # "141.65 yen, off 0.45": the change of the figure just before
                c.unit, c.measure = change.unit, change.measure
                counted = previous[-1][1]
            else:
                counted = counted_phrase(scan, doc, c, previous)
            if scan.head is not None and (scan.head.tag_ in ("NNS", "NNPS") or scan.head.lower_ in ("people", "police")):
                c.extras["plural"] = True
            elif scan.head is None and counted and any(pc.extras.get("plural") and pcounted == counted
                                                         for pc, pcounted in previous):
                c.extras["plural"] = True
            previous.append((c, counted))
            span = Span(doc, c.start, c.end, label=c.sort.upper())
            if c.is_range:
                reading = range_reading(c.low, c.high)
            else:
                reading = apply_qualifier(c.value, c.kind, vague=c.vague)
            info = {**{k: _round(v) for k, v in reading.items()}, "unit": c.unit, "counted": counted,
                    "kind": c.sort}  # count | fraction | multiplier | vague | age
            if c.char_start is not None or c.char_end is not None:
                cs = c.char_start if c.char_start is not None else span.start_char
                ce = c.char_end if c.char_end is not None else span.end_char
                info.update({"text": scan.text[cs:ce], "start_char": cs, "end_char": ce})
            span._.quantity = info
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


def _change_of(doc: Doc, prev: Candidate | None, c: Candidate) -> Candidate | None:
    """Market-report style "2596.72, off 17.01" / "215.86, up 0.19": the bare second number is
    the change of the first and shares its unit and what it measures."""
    if prev is None or c.measure or c.sort != "count" or c.kind is not None or c.start - prev.end != 2:
        return None
    if doc[prev.end].text != "," or doc[c.start - 1].lower_ not in ("off", "up", "down"):
        return None
    return prev


def _round(v):
    """Fractions to four decimals ("one-third" -> 0.3333), everything else to 10 significant digits."""
    if isinstance(v, float):
        return round(v, 4) if abs(v) < 1 else float(f"{v:.10g}")
    return v


@Language.factory(
    "newsclaims_quantities",
    default_config={"spans_key": SPANS_KEY, "dates_key": "dates", "qualifiers": "quantities/qualifiers.json",
                    "units": "quantities/units.json", "amounts": "quantities/amounts.json", "use_quantulum": True},
)
def make_quantities(nlp: Language, name: str, spans_key: str, dates_key: str, qualifiers: str, units: str,
                    amounts: str, use_quantulum: bool) -> QuantitiesComponent:
    return QuantitiesComponent(nlp, name, spans_key=spans_key, dates_key=dates_key, qualifiers=qualifiers,
                               units=units, amounts=amounts, use_quantulum=use_quantulum)


def rows(doc: Doc, spans_key: str = SPANS_KEY) -> list[dict]:
    """One plain dict per quantity (the quantities frame, before typing)."""
    return [
        {"text": s.text, "start_char": s.start_char, "end_char": s.end_char, **(s._.quantity or {})}
        for s in doc.spans.get(spans_key, [])
    ]
