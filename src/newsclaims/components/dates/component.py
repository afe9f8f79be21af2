"""The ``newsclaims_dates`` component: candidates in, resolved TIMEX3 spans out."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...timex import grammar, normalize
from .candidates import dateparser_form, own_extent, times_on_following_day, unit_phrase_form, vague_form
from .filters import counts_in_a_row, has_context, idiom_spans, is_count, not_a_timex, temporal_words
from .passes import (
    ago_this_unit,
    next_to_date,
    quoted_deixis,
    range_start_year,
    same_day_years,
    same_event_days,
    same_month_years,
    shared_ago,
)
from .reading import read_in_context
from .story import Story
from .tense import (
    aim_of_past_bid,
    clause_tense,
    dates_scheduled_event,
    direction,
    firm_future,
    in_present_clause,
    reports_results,
    scheduled_present,
)
from .words import words

SPANS_KEY = "dates"

if not Span.has_extension("timex"):
    # A dict of plain values (msgpack-safe): type, value, mod, start_date, end_date,
    # anchor, resolved, relative (+ start_char/end_char of the expression).
    Span.set_extension("timex", default=None)

# a range from midnight to an hour of the morning
_MORNING_AFTER = re.compile(r"\s*(?:through|thru|to|until|till|-|–)\s*(?:[1-9]|1[01])(?::\d\d)?\s*a\.?m\b",
                            re.IGNORECASE)
# a deadline's prepositions: "by the end of the year" told in the past is still ahead
_DEADLINE_PREPS = words("deadline_preps")
_ENT_CUES = words("ent_cues")
# "the third straight month", "the first time": a count of periods, not a time
_NOT_TIMEX_WORDS = words("not_timex_words")
_LEADING_PREPS = words("leading_preps")


class DatesComponent:
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
        cands = self._add_dateline(doc, cands)
        if self.use_ents and doc.ents:
            cands = self._add_entities(doc, cands)
        cands = times_on_following_day(text, cands)
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
            if form.get("k") == "shift" and form.get("n") == 0 and parsed and (form.get("tod") == "24:00" or (
                    form.get("tod") == "NI" and c.pattern == "date_overnight")) and clause_tense(span) < 0:
                # "explosions were heard after midnight": the midnight that began the day;
                # "drones struck overnight": the night that ended on it
                form = {**form, "tod": "00:00"} if form["tod"] == "24:00" else {**form, "n": -1}
            elif form.get("tod") == "24:00" and _MORNING_AFTER.match(text, c.end):
                form = {**form, "tod": "00:00"}  # "a curfew from midnight to 6 a.m.": the midnight that opens the day
            if form.get("k") == "shift" and form.get("u") == "W" and form.get("n") == 0 and parsed:
                side = direction(span) if form.get("g") in ("W", "WE") else 0
                if side >= 0 and form["g"] == "W" and form.get("cut") != "before":
                    # "will meet this week", "is not available this week", written on a Sunday:
                    # the week from Monday, as only a past tense looks back on the week now ending
                    form["ahead"] = True
                elif side < 0 and form["g"] == "WE":
                    form["behind"] = True  # "this weekend the candidates debated", on a Wednesday: the last one
            day_at = form.pop("day_at", None)
            if "tense" in form and form.get("tense") is None and parsed:
                day = doc.char_span(*day_at, alignment_mode="expand") if day_at else span
                form["tense"] = direction(day, holiday=form.get("k") == "hol")
                if form.get("k") == "shift" and span.start > 0 and doc[span.start - 1].lower_ in _DEADLINE_PREPS:
                    form["tense"] = 0  # "a goal of ... by the end of the year", told in the past: still ahead
                if form["tense"] == 0 and form.get("k") in ("wd", "date") and scheduled_present(day):
                    form["tense"] = 1  # "the summit opens Friday", "the rule takes effect Dec. 1"
                elif form["tense"] == 0 and form.get("k") == "wd" and dates_scheduled_event(day):
                    # "Tuesday's primary", "the election on Tuesday": the nearer one; with even odds
                    # in a present clause ("who needs a win in Tuesday's primary")
                    form["near"] = "even" if in_present_clause(day) else True
                elif form["tense"] == 0 and form.get("k") == "wd" and aim_of_past_bid(day):
                    form["near"] = "even"  # "planned to leave on Thursday": the nearer, either side
                elif form["tense"] == 0 and (form.get("k") == "season" or form.get("k") == "date" and not form.get("d")) \
                        and (in_present_clause(day) or dates_scheduled_event(day)):
                    # "Republicans have 24 seats up in November", "the fall campaign": no past lean;
                    # "shift focus toward the November election": the coming one unless far off
                    form["near"] = "ahead" if dates_scheduled_event(day) and clause_tense(day) >= 0 else "even"
                if form["tense"] > 0 and form.get("k") == "wd" and firm_future(day):
                    form["firm"] = True  # "Lynch will appear before the committee on Tuesday"
                if form["tense"] > 0 and form.get("k") == "quarter" and reports_results(span):
                    form["tense"] = -1  # "will report fourth-quarter results" in February: the one ended
            form = story.anchored(form, span, c)
            timex = normalize.resolve(form, anchor)
            story.advance(form, timex, span, c.end, on_next_day=day_at is not None)
            timex["relative"] = normalize.to_json(form)
            timex["start_char"], timex["end_char"] = c.start, c.end
            span = Span(doc, span.start, span.end, label=timex["type"])
            span._.timex = timex
            spans.append(span)
            last_end = span.end
        shared_ago(doc, spans, anchor)
        next_to_date(doc, spans, anchor)
        ago_this_unit(doc, spans, anchor)
        range_start_year(doc, spans, anchor)
        if anchor and parsed:
            same_event_days(spans, anchor)
            same_month_years(spans, anchor)
            same_day_years(spans, anchor)
            quoted_deixis(doc, spans, anchor)
        doc.spans[self.spans_key] = spans
        return doc

    @staticmethod
    def _add_entities(doc: Doc, cands: list[grammar.Candidate]) -> list[grammar.Candidate]:
        """spaCy DATE/TIME entities the grammar missed ("the eighth day", "the nineties"), when they
        hold a temporal word: absolute ones via dateparser, the rest kept with a symbolic value."""
        extra = []
        for ent in doc.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            s, e = ent.start_char, ent.end_char
            if any(c.start < e and s < c.end for c in cands):
                continue
            words = {t.lower_ for t in ent}
            if not words & temporal_words() or ent[-1].lower_ in ("old", "annual") or words & _NOT_TIMEX_WORDS:
                continue
            while ent and ent[0].lower_ in _LEADING_PREPS:
                ent = ent[1:]
            if not ent:
                continue
            while len(ent) > 1 and ent[-1].pos_ in ("ADP", "PUNCT", "CCONJ"):
                ent = ent[:-1]  # "the night of", "the week following"
            form = dateparser_form(ent.text)
            if form is None and not words & _ENT_CUES:
                form = unit_phrase_form(ent)
                if form is None:
                    continue
            if form is None:
                # ordinal days ("the eighth day"), spelled decades ("the nineties"): clearly a time
                if counts_in_a_row(ent):
                    continue
                form = vague_form(ent)
            extra.append(grammar.Candidate(ent.start_char, ent.end_char, "spacy_ent", form))
        return sorted(cands + extra, key=lambda c: c.start) if extra else cands

    @staticmethod
    def _add_dateline(doc: Doc, cands: list[grammar.Candidate]) -> list[grammar.Candidate]:
        """The dateline's date is a DATE even when the grammar missed it."""
        line = doc._.dateline
        if not line:
            return cands
        s, e = line
        if any(c.start < e and s < c.end for c in cands):
            return cands
        try:
            from ..dateline import find_dateline

            found = find_dateline(doc.text[: e + 1], search_chars=e + 1)
        except Exception:  # pragma: no cover - defensive
            found = None
        if found is None:
            return cands
        form = {"k": "abs", "v": found.date.isoformat(), "t": "DATE"}
        return sorted(cands + [grammar.Candidate(s, e, "dateline", form)], key=lambda c: c.start)


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
