"""The ``newsclaims_dates`` component: candidates in, resolved TIMEX3 spans out."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...timex import grammar, normalize
from .candidates import (
    coordinated_sets,
    evening_clocks,
    own_extent,
    times_on_following_day,
    with_dateline,
    with_entities,
)
from .filters import has_context, idiom_spans, is_count, not_a_timex
from .passes import (
    holiday_in_year,
    next_to_date,
    ordinal_day_named,
    period_ended,
    quoted_deixis,
    range_start_year,
    same_day_years,
    same_event_days,
    same_month_years,
    shared_ago,
    weekdays_in_named_week,
    weekdays_of_week,
)
from .reading import read_in_context
from .story import Story
from .tense import lean, midnight_in_past, this_week

SPANS_KEY = "dates"

if not Span.has_extension("timex"):
    # A dict of plain values (msgpack-safe): type, value, mod, start_date, end_date,
    # anchor, resolved, relative (+ start_char/end_char of the expression).
    Span.set_extension("timex", default=None)

# a range from midnight to an hour of the morning
_MORNING_AFTER = re.compile(r"\s*(?:through|thru|to|until|till|-|–)\s*(?:[1-9]|1[01])(?::\d\d)?\s*a\.?m\b",
                            re.IGNORECASE)


class DatesComponent:
    """Finds the temporal expressions of a Doc and stores them, resolved against
    ``doc._.published``, as spans in ``doc.spans[spans_key]`` with their TIMEX3 in ``span._.timex``.

    ``use_ents`` adds spaCy's DATE/TIME entities as candidates; ``use_tense`` reads the
    direction of year-less dates from the parse (without it they lean to the past).
    """

    def __init__(self, nlp: Language, name: str, spans_key: str = SPANS_KEY, use_ents: bool = True,
                 use_tense: bool = True):
        self.name = name
        self.spans_key = spans_key
        self.use_ents = use_ents
        self.use_tense = use_tense
        grammar.compiled()  # compile once, at load time

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        cands = grammar.find(text)
        cands = with_dateline(doc, cands, text)
        if self.use_ents and doc.ents:
            cands = with_entities(doc, cands)
        cands = times_on_following_day(text, evening_clocks(text, coordinated_sets(text, cands)))
        idioms = idiom_spans(text)
        if idioms:
            cands = [c for c in cands if not any(s < c.end and c.start < e for s, e in idioms)]
        anchor = doc._.published
        spans: list[Span] = []
        last_end = -1
        story = Story(anchor, text)
        parsed = self.use_tense and doc.has_annotation("DEP")
        for c in cands:
            form = dict(c.form)
            if form.get("year_only") and is_count(doc, c.start, c.end):
                continue
            if form.pop("needs_context", False) and not has_context(doc, c.start, c.end):
                continue
            form.pop("year_only", None)
            span = doc.char_span(c.start, c.end, alignment_mode="expand")
            if span is None or span.start < last_end:
                continue
            if not_a_timex(c.pattern, span, parsed, story.ctx is not None):
                continue
            owned = own_extent(span, form, parsed, c.start)
            if owned is None:
                continue
            span, form, start = owned
            c = grammar.Candidate(start, c.end, c.pattern, form, c.priority)
            form = read_in_context(form, span, c.pattern, parsed)
            form = story.relate(form, span, c)
            if parsed:
                form = this_week(midnight_in_past(form, span, c.pattern), span)
            if form.get("tod") == "24:00" and _MORNING_AFTER.match(text, c.end):
                form = {**form, "tod": "00:00"}  # "a curfew from midnight to 6 a.m.": the midnight that opens the day
            day_at = form.pop("day_at", None)
            day = doc.char_span(*day_at, alignment_mode="expand") if day_at else span
            if "tense" in form and form.get("tense") is None and parsed:
                # a clock time on a named day takes the direction of the day's own clause
                form = lean(form, span, day)
            elif form.get("k") == "edge" and "tense" in form["inner"] and form["inner"]["tense"] is None and parsed:
                form = {**form, "inner": lean(form["inner"], span, day)}  # so does the day next to it
            form = story.anchored(form, span, c)
            timex = normalize.resolve(form, anchor)
            story.advance(form, timex, span, c.end, on_next_day=day_at is not None)
            timex["relative"] = normalize.to_json(form)
            timex["start_char"], timex["end_char"] = c.start, c.end
            span = Span(doc, span.start, span.end, label=timex["type"])
            span._.timex = timex
            spans.append(span)
            last_end = span.end
        shared_ago(doc, spans, anchor, text)
        ordinal_day_named(doc, spans, anchor, text)
        next_to_date(doc, spans, anchor, text)
        period_ended(doc, spans, anchor, text)
        holiday_in_year(doc, spans, anchor, text)
        weekdays_of_week(doc, spans, anchor, text)
        range_start_year(doc, spans, anchor, text)
        if anchor and parsed:
            same_event_days(spans, anchor)
            weekdays_in_named_week(spans, anchor)
            same_month_years(spans, anchor)
            same_day_years(spans, anchor)
            quoted_deixis(doc, spans, anchor, text)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory("newsclaims_dates", default_config={"spans_key": SPANS_KEY, "use_ents": True,
                                                       "use_tense": True})
def make_dates(nlp: Language, name: str, spans_key: str, use_ents: bool, use_tense: bool) -> DatesComponent:
    return DatesComponent(nlp, name, spans_key=spans_key, use_ents=use_ents, use_tense=use_tense)


def rows(doc: Doc, spans_key: str = SPANS_KEY) -> list[dict]:
    """One plain dict per temporal expression (the dates frame, before typing)."""
    out = []
    text = doc.text  # built anew on every access: once per Doc, not once per row
    for s in doc.spans.get(spans_key, []):
        t = dict(s._.timex or {})
        start, end = t.pop("start_char", s.start_char), t.pop("end_char", s.end_char)
        out.append({"text": text[start:end], "start_char": start, "end_char": end, **t})
    return out
