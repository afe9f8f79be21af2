"""The story's reference time: what "the next day", "that year" or "the quarter" count from.

``Story`` follows the dates of an article in order, so that an anaphor is resolved against the
last date the story moved to rather than against the publication date.
"""
from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from ...timex import calendar as C
from ...timex import grammar
from .candidates import PAREN_OPEN, RANGE_TO, across_midnight
from .filters import MONEY
from .forms import is_clock_today, range_end, time_on_day
from .lines import LINE_END, blog_heads, line_start, opens_line, whole_line
from .tense import (CLOCK_WORDS, DEADLINE_NOUNS, NOMINAL_DEPS, REPORT_LEMMAS, after_report_verb, clause_tense,
                    compared_with, first_verb, governors, in_simple_past, in_since_clause, lean, nonrestrictive,
                    past_perfect, period_bound, present_perfect, saying_day_end, under_will, verb_of)
from .words import words

# "the year"/"the day" right after a date names that date ("in 2010, the year ...")
_APPOSED = {"the year": "Y", "the day": "D", "the month": "M"}
# the ordinals of a day of an event ("the third day", "the 12th day")
DAY_ORDINALS = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|opening|closing|"
                r"\d+(?:st|nd|rd|th))")
_ORDINAL_DAY = re.compile(rf"the {DAY_ORDINALS} day", re.IGNORECASE)
_APPOSITION = re.compile(r"\s*,?\s*(?:(?:which|that)\s+)?(?:is|was|will be|would be)?\s*", re.IGNORECASE)
_LATER = re.compile(r"\s+(?:later|afterwards?|after that)\b", re.IGNORECASE)
_BETWEEN_AND = re.compile(r"\bbetween\s+\S+(?:\s+\S+)?\s+and\s+$", re.IGNORECASE)
_AND_OR = re.compile(r"\s*,?\s*(?:and|or|&)\s*", re.IGNORECASE)
# the words between two days of a list: "Monday and Tuesday", "on Monday, a public holiday, and on Tuesday"
_DAY_LIST = re.compile(r"(?:,\s+(?:a|an|the)\s[^,.;]{1,40})?\s*,?\s*(?:and|or|&)\s*(?:on\s+)?", re.IGNORECASE)
_DATE_THEN_TIME = re.compile(r"\s*,?\s*(?:at\s+)?", re.IGNORECASE)
_WHEN_ON_DAY = re.compile(r",\s+when\b[^.;!?]*", re.IGNORECASE)  # "since Tuesday, when funding lapsed at"


_EDGE_QUARTER = re.compile(r" of (\d{4})\b")
_VOTE_NOUNS = words("vote_nouns")  # "the April 23 primary": a vote whose day "Election Day" may mean
_APPOSED_DAY = re.compile(r"\s*(?:later|earlier|after that)?\s*,?\s*(?:on\s+|an?\s+)?", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'”’]*\s+[\"“‘]?[A-Z]")


class Story:
    """What a text has told so far, which the expressions after it lean on: the last expression
    (``prev``: its end, the weekday it named (1-7) or None, its day form), the last date named (``ref``:
    its first day, whether absolute, its granularity; ``ref_end``: where it ends; ``ref_scene``:
    whether it opened its sentence; ``ref_modifies``: whether it modified a noun), the day the
    paragraph tells of (``story_day``), the quarter last named in an earnings report (``ctx``) and
    the first one it reports on (``reported``)."""

    def __init__(self, anchor: str | None, text: str) -> None:
        self.anchor, self.text = anchor, text
        self.ctx: tuple[int | None, int, int] | None = None
        self.ctx_fiscal = False  # the story's quarter is a company's own (no calendar interval, no calendar order)
        self.reported: tuple[int | None, int, int] | None = None
        self.ref: tuple[str, bool, str | None] | None = None
        self.ref_end: int | None = None
        self.prev: tuple[int, int | None, dict | None] | None = None
        self.counted_back: tuple[int, int] | None = None  # (end, years) of the last "a year ago"/"last year"
        self.passing_year: tuple[int, str] | None = None  # (end, year) of the last year named in passing
        self.story_day: tuple[int, dict, str] | None = None  # (its end, its form, its date)
        self.ahead_day: tuple[int, dict, str] | None = None  # the same, of the last day named after the writing
        self.day_end: int | None = None  # where the last expression with a day's value ends
        self.ref_scene = self.ref_modifies = False
        self.ref_frame = True  # a year modifying a noun that frames the time of its clause ("in his 2008 campaign")
        # the reference a year naming a thing ("the 2004 influx") replaced, for a month anaphor after it
        self.ref_before_modifier: tuple[str, bool, str | None] | None = None
        self.ref_aside = False  # whether it was told in passing ("Hadi, who came to power in 2012,")
        self.ref_passing = False  # whether it is what "since" counts from, a period's bound, a deadline
        self.now_turn: int | None = None  # where a sentence last opened on "Today"/"Now": back to the present
        self.ref_basis = False  # whether it was a basis of comparison ("up 10.2% from February 2012")
        # the last date named of a year other than the writing's, which "that year" points back to
        self.other_year_ref: tuple[str, bool, str | None] | None = None
        self.decade: str | None = None  # the first day of the last decade named ("the 1950s")
        self.ref_verb: int | None = None
        self.ref_possessive = False  # whether it was a possessive ("Last year's breakout app")
        self.wd_ahead: int | None = None  # the sentence (its first char) whose last weekday lay ahead
        self.months: dict[int, tuple[int, int]] = {}  # month -> the year it was last named with, and where
        # (month, day) -> the year the text itself gave that day ("9 October last year"), and whether absolutely
        self.days: dict[tuple[int, int], tuple[int, bool]] = {}
        self.evening: str | None = None  # the day whose evening (from 6 p.m.) a clock time last told of
        self.vote_day: tuple[int, str] | None = None  # (end, date) of "the April 23 primary" named last
        self.clock: tuple[int, str, str] | None = None  # (end, "HH:MM", date) of the last dated clock time
        self.day_heading: int | None = None  # the end of the story's day when it heads lines of its own
        self.year_heading: tuple[int, int] | None = None  # (end, year) of a year heading a timeline's lines
        self.page_time: str | None = None  # "HH:MM" of the latest stamp of the writing day ("Updated 9:48 a.m.")

    def relate(self, form: dict, span: Span, c: grammar.Candidate) -> dict:
        """Read a form against the expression just before it: the end of a range, a clock time
        on the day named or told of, a date in apposition."""
        prev, ref = self.prev, self.ref
        between = self.text[prev[0]:c.start] if prev else ""
        if prev and prev[1] and form.get("k") == "wd" and not form.get("rel") and (
                (prev[1] != form["w"] and (
                    RANGE_TO.fullmatch(between) or _BETWEEN_AND.search(self.text, max(0, c.start - 80), c.start)
                    or (_DAY_LIST.fullmatch(between) and prev[2] and prev[2].get("w", 8) < form["w"])))
                or (span.doc.has_annotation("DEP") and saying_day_end(span) == prev[0])):
            # "Tuesday through Thursday", "between Monday and Wednesday", "closed on Monday and
            # Tuesday" (a list in the week's order), "said Thursday that members would rally
            # Wednesday": the second day is the first such day after the first ("late Friday or
            # early Saturday": each keeps its part)
            form = {"k": "ana", "u": "D", "n": 1, "g": "D", "w": form["w"], "t": form["t"], "tod": form.get("tod"),
                    "mod": form.get("mod")}
        if prev and ref and self.ref_end == prev[0] and form.get("k") == "date" and "yoff" not in form \
                and not form.get("rel") and ref[2] == ("D" if form.get("d") else "M") \
                and (RANGE_TO.fullmatch(between)
                     or (_AND_OR.fullmatch(between) and not form.get("d")
                         and (form["m"] == int(ref[0][5:7]) % 12 + 1 or form["m"] > int(ref[0][5:7])))
                     or (_AND_OR.fullmatch(between) and _BETWEEN_AND.search(self.text, max(0, c.start - 80), c.start))):
            # "from October through December", "April 1 to July 15", "between Dec. 1 and March 31":
            # a range ends after it starts; so does the second of two months in a row ("ads
            # reserved in December and January") or in the calendar's order ("most likely in
            # September or December")
            form = range_end(form, dt.date.fromisoformat(ref[0]))
        if prev and ref and self.ref_end == prev[0] and form.get("k") == "hol" and form.get("y") is None \
                and "yoff" not in form and ref[2] == "D" and RANGE_TO.fullmatch(between):
            # "from the second Sunday in March to the first Sunday in November": the end's year is
            # the first on or after the start, kept as years from the anchor when the start was
            start = dt.date.fromisoformat(ref[0])
            day = C.holiday(form["rule"], start.year)
            year = start.year + (day is not None and day < start)
            form = {**form, "y": year} if ref[1] or self.anchor is None \
                else {**form, "yoff": year - int(self.anchor[:4])}
        if prev and self.clock and self.clock[0] == prev[0] and is_clock_today(form) and RANGE_TO.fullmatch(between) \
                and _overnight(self.clock[1], form["tod"]):
            # "a curfew from 9 p.m. to 6 a.m.": a range that ends before it starts ends the next day
            form = _next_day_clock(form, self.clock[2])
        elif prev and self.clock and self.clock[0] == prev[0] and is_clock_today(form) \
                and PAREN_OPEN.fullmatch(between):
            # "erupted at around 2:00 am (0200 GMT)": the same moment, on the clock time's day (or the
            # one beside it, when the clocks are more than twelve hours apart)
            day = {"k": "abs", "v": self.clock[2], "t": "DATE"}
            form = time_on_day(across_midnight(day, form["tod"], self.clock[1]), form)
        elif prev and prev[2] and is_clock_today(form) and (_DATE_THEN_TIME.fullmatch(between)
                                                           or _WHEN_ON_DAY.fullmatch(between)):
            # "03/19/2013 10:12 am", "March 20 at 3 p.m.", "since Tuesday, when funding lapsed at
            # 12:01 a.m.": the clock time is on that day
            form = time_on_day(prev[2], form)
        elif self._clock_of_day_ahead(form, span, c):
            # "will meet Benedict on Saturday, the Vatican said on Friday. He will arrive at about
            # noon": a clock time told ahead is on the day ahead just named, not on the day of telling
            form = time_on_day(self.ahead_day[1], form)
        elif self._after_page_stamp(form, span, c):
            # "Last updated: 9:48 a.m. ET ... 11:20 p.m. ET", "Polls closed at 8 p.m.": a time past
            # the page's last stamp that the page tells of as done is of the night before
            form = {**form, "n": -1}
        elif self.story_day and (is_clock_today(form) or (c.pattern == "date_podpart" and form.get("k") == "shift")) \
                and self._within_story_day_reach(span, c) and not self._ahead_of_story_day(span) \
                and not self._story_day_ahead(span) \
                and (not _time_stamp(self.text, c) or self.day_heading == self.story_day[0]):
            # "He was shot on Oct. 23 ... at 10 p.m.", "Monday night ... by late afternoon": a
            # bare clock time or part of day is on the day the story is telling of
            if self._past_midnight(form):
                # "began at 10 p.m. Saturday ... the shooting happened around 1 a.m.": the next day's
                form = _next_day_clock(form, self.story_day[2])
            else:
                form = time_on_day(self.story_day[1], form)
        unit = _APPOSED.get(span.text.lower()) or ("D" if _ORDINAL_DAY.fullmatch(span.text) else None)
        if prev and ref and unit and _APPOSITION.fullmatch(between) and self.ref_end == prev[0]:
            # "in 2010, the year the court ruled", "2016 will be the year", "today is the eighth
            # day of Desert Shield", "Thursday was the first day for nominations": the date just named
            form = {"k": "ana", "u": unit, "n": 0, "g": unit, "t": "DATE"}
        elif unit == "D" and span.root.dep_ == "attr" and span.root.head.tag_ == "VBZ" and any(
                c.dep_ == "nsubj" and c.lower_ in ("it", "this", "today") for c in span.root.head.children):
            form = {"k": "shift", "u": "D", "n": 0, "g": "D", "t": "DATE"}  # "It's the second day of an offensive"
        return form

    def _after_page_stamp(self, form: dict, span: Span, c: grammar.Candidate) -> bool:
        """Whether a bare clock time of the writing day is later than the page's own stamp of that
        day, as an entry's stamp or in a past clause: then it cannot be of that day yet."""
        if not (self.page_time and is_clock_today(form) and self.page_time < form["tod"] < "24:00") \
                or (self.story_day and self.story_day[2] != self.anchor[:10]):
            return False  # (a story of another day sets its clock times on that day)
        return _time_stamp(self.text, c) or (span.doc.has_annotation("DEP") and clause_tense(span) < 0)

    def _told_of_the_story(self, form: dict, span: Span, c: grammar.Candidate) -> bool:
        """Whether "the year", "the end of the decade" or "the fall", in a past clause of the
        paragraph that last named a date at least two years before the writing, is of that date's
        time (not the writing's, as "this year" is)."""
        ref = self.ref
        if not (ref and self.anchor and ref[2] in ("D", "M", "Y", None)
                and int(ref[0][:4]) <= int(self.anchor[:4]) - 2) \
                or self.ref_end is None or "\n\n" in self.text[self.ref_end:c.start] \
                or not span.doc.has_annotation("DEP") or self.ref_aside:
            return False
        if form.get("k") == "season":
            # (not "the summer of last year": counted from the writing)
            told = not form.get("rel") and form.get("y") is None and "yoff" not in form and span[0].lower_ == "the"
        else:
            told = form.get("k") == "shift" and form.get("n") == 0 and form.get("u") == form.get("g") \
                and form.get("u") in ("Y", "DE") and _THE_UNIT.fullmatch(span.text) is not None
        if not told:
            return False
        tense = clause_tense(span)
        # (not a present perfect: "have improved dramatically in the year"; an unparsed clause
        # of a past sentence counts: "By the end of the year he was nearly broke")
        if tense < 0:
            verb = first_verb(span.root)
            return not present_perfect(verb)
        # (not a present sentence with a past clause in it: "Taiwan expects the jets it ordered
        # in 2019 to arrive by the end of the year")
        return tense == 0 and any(t.tag_ == "VBD" for t in span.sent) and span.sent.root.tag_ not in ("VBZ", "VBP") \
            and not any(t.lower_ in ("will", "'ll", "shall") for t in span.sent)

    def _ahead_of_story_day(self, span: Span) -> bool:
        """ "Net income for the quarter ended Feb. 28 ... The company will hold a conference call
        at 5 p.m.", "rallied on Sunday. Obama is to meet Abbas at 11:30 a.m.": a clause told ahead
        does not go back to a day gone by."""
        if not self.anchor or self.story_day[2] >= self.anchor[:10] or not span.doc.has_annotation("DEP"):
            return False
        return under_will(span) or clause_tense(span) > 0

    def _within_story_day_reach(self, span: Span, c: grammar.Candidate) -> bool:
        """Whether the story's day still holds at ``c``: in its paragraph or the next (news
        paragraphs are a sentence or two), or up to three on in a past-tense clause when no other
        day was named since, the story's day a day gone by ("jailed at Southwark crown court on
        Friday. ... the sentence was read out at 11.15am", two paragraphs on)."""
        breaks = self.text.count("\n\n", self.story_day[0], c.start)
        if breaks <= 1:
            return True
        return breaks <= 3 and self.story_day[0] == self.day_end and self.anchor is not None \
            and self.story_day[2] < self.anchor[:10] and span.doc.has_annotation("DEP") and clause_tense(span) < 0

    def _clock_of_day_ahead(self, form: dict, span: Span, c: grammar.Candidate) -> bool:
        """Whether a bare clock time in a clause told ahead belongs to the last day named ahead
        of the writing, within the week and in the same paragraph or the next, the story's day
        being no later than the writing (a day of telling or a day gone by). A clock time is told
        for a day that near: after "a special airing on May 23", "on tonight's show at 9 p.m." is today's."""
        if not (self.ahead_day and self.anchor and is_clock_today(form) and span.doc.has_annotation("DEP")):
            return False
        if self.story_day and self.story_day[2] > self.anchor[:10]:
            return False  # the story's day is itself ahead: the branch after this one
        return self._days_from_anchor(self.ahead_day[2]) <= 7 and not _time_stamp(self.text, c) \
            and self.text.count("\n\n", self.ahead_day[0], c.start) <= 1 \
            and (under_will(span) or clause_tense(span) > 0)

    def _story_day_ahead(self, span: Span) -> bool:
        """ "Lai won the election on Saturday. He will take office on May 20. Voting closed at 4
        p.m.": a clause told in the past does not go forward to a day still to come."""
        if not self.anchor or self.story_day[2] <= self.anchor[:10] or not span.doc.has_annotation("DEP"):
            return False
        # (or a past participle's: "Marsh wrote in an order issued at about 11 a.m.")
        return in_simple_past(span) or (clause_tense(span) < 0 and not present_perfect(first_verb(span.root)))

    def anchored(self, form: dict, span: Span, c: grammar.Candidate) -> dict:
        """Point comparisons and anaphors at what the text has named: the quarter reported on,
        the period "a year earlier" compares with, the date "the next day" counts from."""
        form = self._in_quarter_context(form, span)
        form = self._in_year_context(form, span, c)
        if form.get("k") == "wd" and form.get("tense") == 0 and not form.get("rel") and span.doc.has_annotation("SENT_START") \
                and self.wd_ahead == span.sent.start_char:
            # "speaks on Wednesday and testifies on Thursday": a day in a series after one ahead
            form = {**form, "tense": 1}
        ref = self.ref
        if form.get("k") == "hol" and form.get("rule") == "ELECTION" and form.get("y") is None and self.vote_day \
                and self.anchor and c.start - self.vote_day[0] < 1500:
            # "register for the April 23 primary ... Polls will be open on Election Day": that vote's day
            days = self._days_from_anchor(self.vote_day[1])
            return {"k": "ana", "u": "D", "n": 0, "g": "D", "t": form.get("t", "DATE"), "tod": form.get("tod"),
                    "mod": form.get("mod"), "refdays": days, "named": True}
        unit = form.get("u")
        width, noun = {"Y": (4, "the year"), "M": (7, "the month")}.get(unit, (0, ""))
        if form.get("k") == "shift" and width and (form.get("n"), form.get("g")) == (0, unit) \
                and span.text.lower().endswith(noun) and ref and ref[2] == unit \
                and ref[0][:width] != (self.anchor or "")[:width] \
                and self.ref_end is not None and not _SENTENCE_END.search(self.text, self.ref_end, c.start) \
                and not self.ref_aside and span.doc.has_annotation("DEP") and clause_tense(span) < 0:
            # "rose 27% in 2021, notching 70 record closes over the year", "fell in January, to 2.66
            # billion barrels at the end of the month": that year, that month
            return self._with_reference({"k": "ana", "u": unit, "n": 0, "g": unit, "t": "DATE", "mod": form.get("mod")})
        if self._told_of_the_story(form, span, c):
            # "drilled his first well in 1951. By the end of the year he was broke", "arrived in
            # May 1975. By the fall he had enrolled": the year (decade, season) of a past story
            if form.get("k") == "season":
                return self._with_reference({"k": "ana", "u": "Y", "n": 0, "g": "Y", "t": "DATE", "s": form["s"],
                                             "mod": form.get("mod")})
            return self._with_reference({"k": "ana", "u": form["u"], "n": 0, "g": form["u"], "t": "DATE",
                                         "mod": form.get("mod")})
        if form.get("k") == "wd" and not form.get("rel") and self._apposed_to_ref(form, c):
            # "Two days later, on Sunday evening, ...": the day the story just moved to
            return self._with_reference({"k": "ana", "u": "D", "n": 0, "g": "D", "t": form.get("t", "DATE"),
                                         "tod": form.get("tod"), "mod": form.get("mod")})
        if form.get("k") == "wd" and not form.get("rel") and (form.get("tense") or 0) < 0 \
                and self._after_old_day_in_sentence(form, span):
            # "On the night of April 18, they led police on a chase that ended at 12:45 a.m.
            # Friday": the Friday after that day, not the last one before the writing (counted from
            # that day even when a week or year was named since: "on May 6, two weeks ago, and ended it Friday")
            day = (self.story_day[2], self.story_day[1].get("k") == "abs", "D")
            return self._with_reference({"k": "ana", "u": "D", "n": 1, "g": "D", "w": form["w"],
                                         "t": form.get("t", "DATE"), "tod": form.get("tod"), "mod": form.get("mod")},
                                        day)
        if form.get("k") == "wd" and not form.get("rel") and (form.get("tense") or 0) < 0 \
                and self._before_story_day(span, form["w"]):
            # "contained the blaze on Saturday. It had broken out on Tuesday": the Tuesday before that Saturday
            form = {"k": "ana", "u": "D", "n": -1, "g": "D", "w": form["w"], "t": form.get("t", "DATE"),
                    "tod": form.get("tod"), "mod": form.get("mod")}
        if form.get("k") == "shift" and form.get("cmp") and ref and ref[2] in ("Q", "M", "D", "Y") \
                and self.ref_end == (self.prev[0] if self.prev else None) and "\n" not in self.text[self.ref_end:c.start] \
                and (not span.doc.has_annotation("SENT_START") or span.sent.start_char < self.ref_end) \
                and not self.text[:self.ref_end].endswith("ago") and not self.ref_basis:
            # "rose 2.9% in December from a year earlier", "carried 39 million in 2012, up from a
            # year earlier": the month (day, year) just named, a year before; a comparison is no new
            # time for the story, so ``ref`` stays (nor is one a basis of comparison: "down from a
            # month ago and a year ago", "up 10.2% from February 2012 ... from a year earlier")
            # (a "period" a day closes is the year to that day: "through Sunday, 4% ahead of the same
            # period last year")
            grain = "Y" if ref[2] == "D" and any(t.lower_ == "period" for t in span) else ref[2]
            form = {"k": "ana", "u": "Y", "n": -1, "g": grain, "t": "DATE", "mod": form.get("mod"), "cmp": True}
        elif form.get("k") == "shift" and form.get("cmp") and form.get("u") == "Y" and ref and ref[1] \
                and self.anchor and ref[0][:4] != self.anchor[:4] and _opens_sentence(span) \
                and span[-1].lower_ in ("earlier", "before"):
            # "Morsi took office in June 2012. A year earlier, protesters had toppled Mubarak": a
            # step back in a story of another year, like "Two years earlier", not a comparison
            form = {"k": "ana", "u": "Y", "n": form["n"], "g": "Y", "t": "DATE", "mod": form.get("mod")}
        if form.get("k") == "ana" and (form.get("u"), form.get("g"), form.get("n")) == ("Y", "Y", -1) \
                and "ref" not in form and self.counted_back and self.prev and self.counted_back[0] == self.prev[0] \
                and not _SENTENCE_END.search(self.text, self.counted_back[0], c.start):
            # "212 a year ago, up from 174 the year before": a year before that one
            return {"k": "shift", "u": "Y", "n": self.counted_back[1] - 1, "g": "Y", "t": "DATE", "mod": form.get("mod")}
        named = self.months.get(form.get("m"))
        if named and ref and self.ref_end is not None and self.ref_end > named[1] and int(ref[0][:4]) != named[0]:
            named = None  # "elected in December 1998 ... a coup in April 2002 and a strike that began that December"
        if form.get("k") == "ana" and "tense" in form and (self.ref is None or named):
            # "that November": the one named before ("until October 2015 ... in that October
            # speech"), else, with no year told, the month as the clause places it
            month = {"k": "date", "m": form["m"], "t": "DATE", "mod": form.get("mod"), "tense": form["tense"]}
            return {**month, "y": named[0]} if named else month
        if c.form.get("k") == "ana" and form.get("k") == "ana" and ref and self.anchor and ref[0] > self.anchor[:10] \
                and _compared_amount(span):
            return form  # "a cut at the Sept. 16-17 meeting, up from 75% a day earlier": a day before now
        if form.get("k") == "ana" and form.get("g") == "WE" and not form.get("n") and span[0].lower_ == "that" \
                and ref and ref[1] and ref[2] in ("M", "Y") and self.anchor and ref[0][:4] != self.anchor[:4] \
                and self._at_most_a_sentence_on(c.start):
            form = {**form, "refg": "Y", "ref": ref[0]}  # "in July 2011 ... that weekend": a weekend of 2011, unsaid
        elif form.get("k") == "ana" and form.get("u") == "D" and (self._aside_since_story_day(c) or (
                self.ref_passing and form.get("tod") and not form.get("n") and self.story_day
                and self.text.count("\n\n", self.story_day[0], c.start) <= 1)):
            # "voted on Wednesday in the first election since apartheid ended 30 years ago. Counting
            # continued through the night": the night of the day told of, not of the year in passing
            # (nor of a day "since" counts from: "killed since an offensive was launched on March 5,
            # the police chief told reporters in the afternoon")
            days = self._days_from_anchor(self.story_day[2])
            form = {**form, "refdays": days}
        elif form.get("k") == "ana" and "ref" not in form and not (c.form.get("k") == "ana" and (
                self._across_the_anchor(span) or self._will_after_past(span))):
            # (a clock time already set on the night after a day, "at 23:15 ... 2019 ... at 04:55",
            # keeps that day)
            if form.get("u") == "DE" and self.decade and form.get("n"):
                # "spent the 1950s in New York and the following decade in Paris"
                form = self._with_reference(form, (self.decade, True, "DE"))
            elif form.get("u") == "Y" and form.get("n") == 0 and any(t.lower_ == "that" for t in span) \
                    and ref and self.anchor and ref[0][:4] == self.anchor[:4] and self.other_year_ref:
                # "a plan first proposed 11 years ago, after talks late last month ... in March of
                # that year": the year named before, as news says "this year" of its own
                form = self._with_reference(form, self.other_year_ref)
            elif form.get("u") == "Y" and not form.get("n") and self.passing_year \
                    and (self.ref_end is None or _SENTENCE_END.search(self.text, self.ref_end, self.passing_year[0])) \
                    and len(_SENTENCE_END.findall(self.text, self.passing_year[0], c.start)) <= 1:
                # "talks since 2010. When Greece received its first rescue in May of that year": a
                # year named in passing, this sentence or the one before
                form = self._with_reference(form, (f"{self.passing_year[1]}-01-01", True, "Y"))
            elif self.ref is None and form.get("w") and form.get("u") == "D" and not form.get("n") \
                    and span.doc.has_annotation("DEP"):
                # "the bar had closed that Friday", with no day named before: the Friday the
                # clause's tense points to
                form = lean({"k": "wd", "w": form["w"], "t": form.get("t", "DATE"), "tod": form.get("tod"),
                             "mod": form.get("mod"), "rel": None, "tense": None}, span, span)
            else:
                form = self._with_reference(form)
        if form.get("k") == "ana" and form.get("u") == "D" and (form.get("n") or 0) > 0 \
                and "ref" not in form and "refdays" not in form and "refg" not in form \
                and span.doc.has_annotation("DEP") and clause_tense(span) < 0:
            # "He was released the next morning", with no day named before (or only a year naming a
            # thing: "Last year's program ... apologized the following day"): not tomorrow, but unsaid
            form = {**form, "needs_ref": True}
        return form

    @staticmethod
    def _counted_from_now(span: Span) -> bool:
        """Whether a month's clause counts from the time of writing: a present perfect above it
        ("He left office in January 2011. She has raised $400,000 since entering the race in
        December") or a saying, which news dates by when it was said ("He won in January 2010. He
        said in February that he would not run"), or an anniversary, which falls years after what it
        marks ("began in March 2011 and marked its second anniversary on 15 March")."""
        verb = first_verb(span.root)
        return after_report_verb(span) or any(present_perfect(span.doc[i]) for i in governors(verb)) \
            or any(t.lemma_ == "anniversary" for t in verb.children)

    def _at_most_a_sentence_on(self, at: int) -> bool:
        """Whether ``at`` is in the sentence of the last date told or the next one (the scan stops
        at the second sentence end, however far back that date was)."""
        ends = _SENTENCE_END.finditer(self.text, self.ref_end or 0, at)
        return next(ends, None) is None or next(ends, None) is None

    def _aside_since_story_day(self, c: grammar.Candidate) -> bool:
        """Whether the last date named is a month or year in passing (not opening its sentence)
        later in the sentence of the day the story tells of, in this paragraph or the one before."""
        return bool(self.ref and self.ref[2] in ("M", "Y") and not self.ref_scene and self.story_day
                    and self.anchor and self.story_day[0] < (self.ref_end or 0)
                    and not _SENTENCE_END.search(self.text, self.story_day[0], self.ref_end)
                    and self.text.count("\n\n", self.story_day[0], c.start) <= 1)

    def _apposed_to_ref(self, form: dict, c: grammar.Candidate) -> bool:
        """Whether a weekday stands right after the day the story just moved to and names it
        ("Two days later, on Sunday evening": the weekday must agree with that day)."""
        if not (self.ref and self.ref[2] == "D" and self.prev and self.ref_end == self.prev[0]):
            return False
        if not _APPOSED_DAY.fullmatch(self.text, self.ref_end, c.start):
            return False
        return dt.date.fromisoformat(self.ref[0]).isoweekday() == form["w"]

    def _past_midnight(self, form: dict) -> bool:
        """An early-morning clock time told after an evening one on the story's day; up to 9 a.m.
        after a late one ("departed at 11:35 p.m. Tuesday and was due to land at 6:10 a.m.")."""
        hour = re.fullmatch(r"(\d{2}):\d{2}", str(form.get("tod")))
        if not hour or self.evening != self.story_day[2]:
            return False
        late = self.clock is not None and self.clock[2] == self.story_day[2] and int(self.clock[1][:2]) >= 21
        return int(hour[1]) < (9 if late else 6)

    def _after_old_day_in_sentence(self, form: dict, span: Span) -> bool:
        """Whether a weekday told in the past follows, in its own sentence, a day named with its
        month more than a week before the writing, and falls within the six days after it."""
        day = self.story_day
        if not (day and self.anchor and day[1].get("k") in ("abs", "date") and span.doc.has_annotation("DEP")
                and day[0] >= span.sent.start_char and self._days_from_anchor(day[2]) < -7):
            return False
        # (not a range's end, "from May 13 through Sunday"; nor a saying's day, "the AP reported
        # Friday"; nor a day naming a thing, "Saturday's debate"; nor one after "but")
        before = span.doc[span.start - 1].lower_ if span.start else ""
        if RANGE_TO.fullmatch(self.text[day[0]:span.start_char]) or before in ("through", "until", "till", "to") \
                or after_report_verb(span) or span.root.dep_ in NOMINAL_DEPS:
            return False
        verb = first_verb(span.root)
        if verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in verb.head.children):
            return False  # "left a start on March 17 but threw 85 pitches Wednesday": a turn to now
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_ in _PUBLISHING:
            return False  # "according to an analysis published Saturday": the source's own day, of the writing's week
        old = span.doc.char_span(day[0] - 1, day[0], alignment_mode="expand")
        old_verb = first_verb(old.root) if old is not None else None
        while old_verb is not None and old_verb.dep_ in ("xcomp", "advcl", "conj") \
                and old_verb.head.pos_ in ("VERB", "AUX"):
            old_verb = old_verb.head  # ("furloughed starting Oct. 1": the clause of "furloughed")
        if old_verb is not None and old_verb.i not in governors(verb) and (
                old_verb.dep_ in ("relcl", "acl") or verb.dep_ == "acl"):
            # "workers who were furloughed starting Oct. 1 returned Thursday", "its high of 134, set on
            # July 10, 1913, by Monday", "enrolled on Oct. 1, documents released Thursday show": the
            # day of a clause on a noun
            return False
        return (form["w"] - dt.date.fromisoformat(day[2]).isoweekday()) % 7 != 0

    def _before_story_day(self, span: Span, weekday: int) -> bool:
        """A weekday in a past-perfect clause after a day of the past week the story told of:
        earlier than that day. Not the day a state ran up to ("Until Friday, the department had
        declined", "By Thursday afternoon, she had accepted"), nor that day itself ("landed on
        Thursday. The plane had been due at 2:45 p.m. on Thursday")."""
        ref = self.ref
        if not (ref and ref[2] == "D" and self.anchor and span.doc.has_annotation("DEP")) \
                or dt.date.fromisoformat(ref[0]).isoweekday() == weekday:
            return False
        gap = (dt.date.fromisoformat(self.anchor[:10]) - dt.date.fromisoformat(ref[0])).days
        before = span.doc[span.start - 1].lower_ if span.start else ""
        # (not "voted Wednesday night. The Senate had approved it earlier Wednesday": that day; nor a
        # past perfect that a saying shifted back: "Monday was shortened ... said his car had felt
        # loose in Wednesday's session")
        verb = first_verb(span.root)
        return 0 < gap < 7 and before not in _UP_TO | {"earlier", "later"} and past_perfect(verb) \
            and not (verb.dep_ == "ccomp" and verb.head.lemma_ in REPORT_LEMMAS)

    def _will_after_past(self, span: Span) -> bool:
        """ "fell by 1,500 in February. Osborne will deliver his budget later in the day": a
        clause under "will" does not count its day from a time gone by."""
        if self.ref is None or self.anchor is None or self.ref[0] >= self.anchor[:10] \
                or not span.doc.has_annotation("DEP"):
            return False
        return under_will(span)

    def _across_the_anchor(self, span: Span) -> bool:
        """Whether the last date named lies ahead of the time of writing while the clause of an
        anaphor (not the end of a range) is told in the past: "debated earlier in the evening",
        after a sentence on the Feb. 9 primary still to come, is not that evening; nor is "a day
        earlier, six protesters were arrested" the day before next Tuesday's rally."""
        if self.ref is None or self.anchor is None or not span.doc.has_annotation("DEP"):
            return False
        return self.ref[0] > self.anchor[:10] and clause_tense(span) < 0

    def advance(self, form: dict, timex: dict, span: Span, end: int, on_next_day: bool = False) -> None:
        """Take in the expression just resolved. A date becomes the story's reference unless it is
        a comparison, a bound named in passing ("its worst day since September 2022", "until
        2028") or a clock time whose day comes next ("at 2 a.m. the next day": the day counts
        from the story's date, not from the time); "four days later" moves the story on."""
        value = timex["value"] or ""
        if form.get("k") == "abs" and self.anchor and value[:11] == self.anchor[:10] + "T" \
                and re.fullmatch(r"\d{2}:\d{2}", value[11:]) and _UPDATED.search(
                    self.text, line_start(self.text, span.start_char), span.start_char):
            # the page's last update, "Last updated: Nov. 6, 2024 at 9:48 a.m. ET" (a first
            # publication's stamp may be followed by later updates in the text)
            self.page_time = max(self.page_time or "", value[11:])
        if value == "PRESENT_REF" and span[0].is_sent_start and span.text.lower() in ("today", "now"):
            self.now_turn = end  # "Today she is the chairwoman": the story is back in the present
        grain = C.granularity(value)
        month = re.match(r"(\d{4})-(\d{2})\b", value)
        if month and form.get("k") in ("abs", "date"):
            self.months[int(month[2])] = (int(month[1]), end)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) and (form.get("k") == "abs" or (
                form.get("k") == "date" and "yoff" in form)):
            self.days[(int(value[5:7]), int(value[8:10]))] = (int(value[:4]), form.get("k") == "abs")
        # (but "since June 27, 2012, when Barclays paid ...": a day the text goes on to tell of)
        background = span.start > 0 and span.doc[span.start - 1].lower_ in ("since", "until", "till") \
            and not _WHEN_ON_DAY.match(self.text, end)
        # "Johnson's 1964 Civil Rights Act", "Hillary 2008": a year naming a thing is no time of the story
        background = background or (span.root.dep_ in ("compound", "nmod", "nummod") and span.root.head.pos_ == "PROPN"
                                    and grain != "D")  # but "the Aug. 30 Senate primary ... on the same day" is one
        background = background or bool(form.get("event"))  # "the Sept. 11 attacks": history, not the story's day
        # "the mid-1990s": an era, no date for "during the month" to count from, but one for "the
        # following decade"
        if re.fullmatch(r"\d{3}", value):
            self.decade = f"{value}0-01-01"
        background = background or re.fullmatch(r"\d{2,3}", value) is not None
        background = background or (form.get("k") == "ana" and _compared_amount(span))
        # "Easter fell on March 31, eight days earlier than in 2012, pulling shopping into the month":
        # what is compared with is no time of the story
        background = background or "than" in (t.lower_ for t in span.doc[max(0, span.start - 2):span.start])
        # "the ferry sank on Saturday, officials said Wednesday. It went down at 3:10 p.m.": the story
        # stays on the day its main clause told of, not the day of the telling (but "made a stop at
        # the club, where 49 were killed June 12, the AP reported Friday. Earlier in the day": Friday)
        background = background or (span.doc.has_annotation("DEP") and self.ref_end is not None
                                    and self.ref_end >= span.sent.start_char and self.ref_verb is not None
                                    and span.doc[self.ref_verb].dep_ != "relcl" and after_report_verb(span))
        # "over the past year": a trailing window, no year for the story to go on in
        background = background or (len(span) == 3 and span[0].lower_ == "the" and span[1].lower_ in ("past", "last")
                                    and span[2].lower_ == "year")
        if background and form.get("k") == "abs" and re.fullmatch(r"\d{4}", value):
            # still the year "that year" points back to, when no date of the story is in its
            # sentence: "talks since 2010. When Greece received its first rescue in May of that
            # year", "The 2013 storm Haiyan, which killed 6,000 in November of that year" (not "in
            # 1968, when Nixon exploited Johnson's 1964 Civil Rights Act ... that year")
            self.passing_year = (end, value)
        # a fiscal year has no calendar interval, but "that year" after it is its year ("by fiscal
        # 2015, which begins in April of that year")
        fiscal_year = form.get("fiscal") and re.fullmatch(r"\d{4}", value)
        start = timex["start_date"] or (f"{value}-01-01" if fiscal_year else None)
        if start and timex["type"] in ("DATE", "TIME") and not form.get("cmp") and not background \
                and not on_next_day:
            # (a day given its year by the story, "On April 9", counts as absolute: the year goes on)
            absolute = form.get("k") == "abs" or "ref" in form \
                or (form.get("k") in ("date", "season") and form.get("y") is not None)
            modifies = span.root.dep_ in NOMINAL_DEPS | {"nummod"} and span.root.head.pos_ in ("NOUN", "PROPN")
            if modifies and grain == "Y":
                # "joined the EU in January 2007, wary of a repeat of the 2004 influx. The following
                # month": a month anaphor still counts from the date before the year naming a thing
                self.ref_before_modifier = self.ref_before_modifier or self.ref
            else:
                self.ref_before_modifier = None
            self.ref = (start, absolute, grain)
            if self.anchor and start[:4] != self.anchor[:4]:
                self.other_year_ref = self.ref
            self.ref_end = end
            # a date that opens its sentence ("In 2008, ...", "But in 2012, ...", "Eight years ago,
            # ...") sets the scene for what the paragraph tells next
            self.ref_modifies = modifies
            # a year naming a thing frames a time only as the time of an event the clause is in
            # ("Obama, in his 2008 campaign, lost ... between early March and June"; not "held a
            # trial over the 2021 maps in May")
            noun = span.root.head
            self.ref_frame = not modifies or (noun.dep_ == "pobj" and noun.head.lower_ in _FRAME_PREPS)
            # (not a year that names a thing: "The 2011 agreements gave ...")
            verb = verb_of(span)
            # (nor a participle telling of the subject: "Founded in 2007, the company makes ...")
            described = verb is not None and span.doc[verb].tag_ == "VBN" and span.doc[verb].dep_ in ("advcl", "acl") \
                and span.doc[verb].i == span.sent.start
            self.ref_scene = span.doc.has_annotation("SENT_START") and span.start - span.sent.start <= 2 \
                and not (self.ref_modifies and grain == "Y") and not described
            # so does a year that dates the events a sentence opens on ("The events of 1989 moved
            # with astonishing speed", "The crisis of 2008 hit hard")
            self.ref_scene = self.ref_scene or (grain == "Y" and _dates_the_subject(span))
            self.ref_verb = None if _describes_a_noun(span) else verb
            self.ref_possessive = span.root.dep_ == "poss"  # "Last year's breakout app": the noun's time
            # told in passing: in a clause about someone named or set off by commas ("the last
            # shutdown, which stretched into January 1996, ... closed its centers on Oct. 1"), or as
            # a basis of comparison ("compared with 1.3 percent in February 2012. The storm struck Feb. 8")
            about_named = verb is not None and span.doc[verb].dep_ == "relcl" and (
                span.doc[verb].head.pos_ == "PROPN" or nonrestrictive(span.doc[verb]))
            self.ref_basis = form.get("k") == "abs" and compared_with(span)
            self.ref_aside = about_named or self.ref_basis
        elif timex["type"] == "DURATION" and self.ref and self.ref[2] in ("D", "M", "Y") \
                and _LATER.match(self.text, end):
            step = re.fullmatch(r"P(\d+)([DWMY])", value)
            if step and (self.ref[2] == "D") == (step[2] in "DW") and (self.ref[2] != "Y" or step[2] == "Y"):
                # "Four days later, ...", "A year later he opened a club": the story is now that far on
                n, first = int(step[1]), dt.date.fromisoformat(self.ref[0])
                if step[2] in "DW":
                    start = first + dt.timedelta(days=n * (7 if step[2] == "W" else 1))
                else:
                    start = C.add_months(first, n * (12 if step[2] == "Y" else 1))
                self.ref = (start.isoformat(), self.ref[1], self.ref[2])
                self.ref_end = end
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) and span.root.dep_ in NOMINAL_DEPS \
                and span.root.head.lemma_.lower() in _VOTE_NOUNS:
            self.vote_day = (end, value)  # "the April 23 primary", "Tuesday's runoff"
        if re.fullmatch(r"(\d{4}|XXXX)-Q[1-4]", value) and not form.get("ctx") \
                and (form.get("yoff") or 0) >= 0 and form.get("rel") != "last" \
                and not (self.ctx and span.doc.has_annotation("DEP") and compared_with(span)):
            # (not a quarter compared with: "up from 10.4 percent in the second quarter of 2012")
            self.ctx = (int(value[:4]) if value[0].isdigit() else None, int(value[-1]), end)
            self.ctx_fiscal = bool(form.get("fiscal"))
            if self.reported is None and self.anchor and value[0].isdigit() \
                    and (self.ctx_fiscal or (int(value[:4]), int(value[-1])) <= self._anchor_quarter()):
                # a quarter begun by the time of writing, or a company's own (no calendar order):
                # not a forecast
                self.reported = self.ctx
        edge_quarter = _EDGE_QUARTER.match(self.text, end) if value == "P3M" else None
        if edge_quarter and span[0].lower_ == "the" and len(span) > 1 and span[1].lower_ in ("first", "last", "final"):
            # "during the last three months of 2015": the quarter a later "the same period" means
            self.ctx = (int(edge_quarter[1]), 1 if span[1].lower_ == "first" else 4, end)
            self.ctx_fiscal = False
        if form.get("k") == "wd" and span.doc.has_annotation("SENT_START"):
            ahead = bool(timex["start_date"]) and self.anchor is not None and timex["start_date"] > self.anchor[:10]
            self.wd_ahead = span.sent.start_char if ahead else None
        clock = re.fullmatch(r"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}|EV|NI)", value)
        self.clock = (end, clock[2], clock[1]) if clock and clock[2][0].isdigit() else None
        if clock:  # "at 10 p.m.", "Monday evening", "last night", "overnight": an evening a small hour follows
            named = form.get("k") in ("wd", "date", "abs") or (form.get("k") == "shift" and clock[2] == "NI")
            evening = (clock[2] in ("EV", "NI") and named) or (clock[2][0].isdigit() and int(clock[2][:2]) >= 18)
            self.evening = clock[1] if evening else None
        day_valued = bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value))
        if re.match(r"\d{4}-\d{2}-\d{2}", value):
            self.day_end = end
        named_day = form.get("k") in ("abs", "date", "wd", "hol") or bool(form.get("named")) \
            or (form.get("k") == "shift" and form.get("g") == "D")  # ("today", "Fifty years ago today")
        on_weekday = dt.date.fromisoformat(value[:10]).isoweekday() if re.match(
            r"\d{4}-\d{2}-\d{2}(?:T|$)", value) and (form.get("k") == "wd" or form.get("w")) else None
        self.prev = (end, on_weekday,  # a weekday, or a clock time on one ("from 6 a.m. Saturday until ...")
                     form if day_valued and named_day and timex["type"] == "DATE" else None)
        back = form.get("k") == "shift" and form.get("u") == form.get("g") == "Y" and (form.get("n") or 0) < 0
        self.counted_back = (end, form["n"]) if back else None
        # "stocks rose Wednesday. The index had slipped Tuesday": a flashback in the past perfect to
        # a day of the last fortnight leaves the story on its later day (though "the following day"
        # counts from it); one further back ("had spent the evening at a bar on Aug. 17, 1990")
        # opens a scene of its own
        clause_verb = first_verb(span.root) if span.doc.has_annotation("DEP") else None
        flashback = self.story_day is not None and clause_verb is not None and day_valued \
            and 0 < (dt.date.fromisoformat(self.story_day[2]) - dt.date.fromisoformat(value[:10])).days <= 14 \
            and past_perfect(clause_verb)
        # nor does a day told in passing on a noun ("The shutdown, which began Oct. 1, cost ...")
        # or a period's last day ("For the three months ended May 4, ...") or what "since" counts
        # from ("since he took office on March 20. ... by late afternoon"), or a deadline's day
        # ("raced to secure a bailout before a Monday deadline. Ministers were due to meet at 6
        # p.m."); a weekday set against the writing's week is a day ahead, not the story's
        # ("rejected the levy last Tuesday. ... told reporters at about 2 a.m."; "will hand out
        # detectors next Saturday from 10 a.m.")
        in_passing = clause_verb is not None and (nonrestrictive(clause_verb) or period_bound(span)
                                                  or in_since_clause(span)) \
            or (span.root.dep_ in NOMINAL_DEPS and span.root.head.lemma_ in DEADLINE_NOUNS)
        self.ref_passing = in_passing and self.ref_end == end
        set_against = form.get("k") == "wd" and form.get("rel") in ("last", "next")
        if self.prev[2] and not background and not flashback and not in_passing:
            if not set_against:
                self.story_day = (end, self.prev[2], value[:10])
            if self.anchor and value[:10] > self.anchor[:10]:
                self.ahead_day = (end, self.prev[2], value[:10])
        elif not day_valued and timex["type"] == "TIME" and re.match(r"\d{4}-\d{2}-\d{2}T", value) and (
                form.get("k") in ("abs", "date", "wd") or (form.get("k") == "shift" and form.get("g") == "D")):
            # "Monday night", "9 p.m. Tuesday", "on tonight's show at 9 p.m.": the day they fall on
            day = {"k": "abs", "v": value[:10], "t": "DATE"} if form["k"] == "abs" else \
                {**form, "t": "DATE", "tod": None, "mod": None}
            self.story_day = (end, day, value[:10])
        if whole_line(self.text, span.start_char, end):
            # a timeline's heading: "Tuesday, October 29, 7:36am" over its entries; "2022" over "Feb. 24 - ..."
            if self.story_day and self.story_day[0] == end:
                self.day_heading = end
            if re.fullmatch(r"\d{4}", value):
                self.year_heading = (end, int(value))

    def _with_reference(self, form: dict, ref: tuple[str, bool, str | None] | None = None) -> dict:
        """Point an anaphoric expression at the last date mentioned before it (or at ``ref``),
        absolutely when that date was absolute, else as days from the anchor. A day anaphor after
        a month or a year gets that month or year with the day unknown (2010-03-XX)."""
        if ref is None and form["u"] == "M" and self.ref_modifies and self.ref_before_modifier \
                and self.ref and self.ref[2] == "Y" and self.ref_before_modifier[2] in ("M", "D"):
            ref = self.ref_before_modifier  # "in January 2007 ... the 2004 influx. The following month": February 2007
        ref = ref or self.ref
        if ref is None:
            return form
        start, absolute, grain = ref
        if form.get("tally") and (grain in ("M", "Y") or (self.anchor and self._days_from_anchor(start) < -7)):
            return form  # "near its record of October 2007. For the week, the S&P 500 was up": this week
        # ("last week ... the previous week": the one before it; but "this final week" is the writing's)
        if form["u"] == "W" and grain != "D" and not (grain == "W" and form.get("n")):
            if grain not in ("M", "Y") or (grain == "M" and not form.get("n") and (
                    form.get("g") != "W" or not absolute or self.anchor is None or start[:4] == self.anchor[:4])):
                return form  # "throughout the week" after "in July": not the week of July 1
            # "in 2014 ... that same week", "in August 2011 ... The following week", "In March 1970
            # ... Later that week": a week of that year
            form = {**form, "refg": "Y"}
        if form["u"] == "D" and (grain is None or (form.get("w") and grain in ("M", "Y")) or grain == "Y") \
                and self.story_day \
                and self.anchor and self.ref_end is not None and "\n\n" not in self.text[self.story_day[0]:self.ref_end]:
            # "died Wednesday night ... had been inspected this spring ... the next morning": a day
            # counts from the last day told of, not from a season named since in passing (a season
            # in a paragraph of its own is the scene: "last fall in New York ... that night"); nor
            # can a year pin a weekday ("on Sunday, March 16, 2008 ... above $170 in early 2007 and
            # closed at $30 on the previous Friday"; "on August 6, 1945 ... had bought the piano in 1931.
            # He lost his hearing that day")
            if self.story_day[1].get("k") == "abs":
                return {**form, "ref": self.story_day[2]}
            days = self._days_from_anchor(self.story_day[2])
            return {**form, "refdays": days}
        if form["u"] == "D" and grain != "D":
            if grain not in ("M", "Y") or (grain == "Y" and self.ref_modifies):
                return form  # not "the 2016 election year ... That night": a year naming a thing
            # "in March ... later that day": a day of that month, which one the text does not say
            form = {**form, "refg": grain}
        if form["u"] == "M" and grain in ("Q", "H") and not form.get("n"):
            return form  # "the pace of the fourth quarter ... its gains for the month": not the quarter's first
        if form["u"] == "M" and grain in ("Q", "H") and form["n"] > 0:
            # "a loss for the third quarter of 2011, and the following month": after the quarter's last month
            start = C.add_months(dt.date.fromisoformat(start), 2 if grain == "Q" else 5).isoformat()
        if form["u"] == "M" and grain == "Y" and not form.get("n") and not form.get("m"):
            form = {**form, "refg": grain}  # "in 2012 ... that month": a month of 2012, unsaid
        if (form.get("s") or form.get("beside")) and form.get("n"):
            form = {**form, "refgrain": grain}  # "in 2009 ... the following spring": after the whole year
        if absolute:
            return {**form, "ref": start}
        if self.anchor is None:
            return form
        days = self._days_from_anchor(start)
        return {**form, "refdays": days}

    def _in_year_context(self, form: dict, span: Span, c: grammar.Candidate) -> dict:
        """A month, season or holiday without a year, not told as ahead, after a sentence of its
        paragraph opened with another year ("In 2008, Obama's campaign began airing ads in
        mid-September"), or a later day of the year of a full date just told, in a past narrative
        ("On March 2, 2015, ... On March 25"): that year's. The year stays absolute when it was
        named so, else it is kept as years from the anchor. A quarter goes on in the year of a date
        of its own sentence ("on July 29, 2010, a day before the company reported second-quarter
        results")."""
        if form.get("k") == "quarter" and form.get("q") and form.get("y") is None and "yoff" not in form \
                and (form.get("tense") or 0) < 0 and self.ref and self.ref[1] and self.anchor \
                and self.ref[0][:4] != self.anchor[:4] and not self.ref_modifies and not self.ref_aside \
                and span.doc.has_annotation("SENT_START") and self.ref_end is not None \
                and self.ref_end >= span.sent.start_char:
            return {**form, "y": int(self.ref[0][:4])}
        told = self.days.get((form.get("m"), form.get("d"))) if form.get("k") == "date" and form.get("d") else None
        if told and form.get("y") is None and "yoff" not in form and not form.get("rel") and self.anchor:
            # "arrested on 9 October last year ... In March 2011 ... On 9 October, the court heard": the
            # day named before, not a day of the story's year
            return {**form, "y": told[0]} if told[1] else {**form, "yoff": told[0] - int(self.anchor[:4])}
        if form.get("k") == "date" and form.get("y") is None and "yoff" not in form and not form.get("rel") \
                and self.year_heading and self.year_heading[0] < c.start \
                and "\n\n" not in self.text[self.year_heading[0]:c.start] \
                and opens_line(self.text, c.start):
            return {**form, "y": self.year_heading[1]}  # "2024\nJuly 31 - The first jets arrive."
        if form.get("k") not in ("date", "season", "hol") or form.get("y") is not None or "yoff" in form \
                or form.get("rel") or (form.get("tense") or 0) > 0 or self.ref is None or self.anchor is None:
            return form
        start, absolute, grain = self.ref
        year = int(start[:4])
        if year == int(self.anchor[:4]) or not span.doc.has_annotation("SENT_START") \
                or (self.now_turn is not None and self.ref_end is not None and self.now_turn > self.ref_end):
            return form
        if year > int(self.anchor[:4]) and (form.get("tense") or 0) < 0:
            return form  # "2 per cent in 2013, higher than it forecast in November": no past in a year to come
        if form.get("wd") and form.get("d") and C.weekday_of(year, form["m"], form["d"]) != form["wd"]:
            return form  # "the mayor from 1990 to 1998, died Tuesday, March 5": not a Tuesday in 1998
        # (a month goes on only from a month of the sentence or the one before, not from one that names
        # a thing: "the August 1988 cease-fire ... invasion of Kuwait on Aug. 2")
        # (a season goes on from a month of its year, "in June and burned through a summer of
        # record drought", and a month from that season: "By the end of July")
        season_end = C.SEASON_MONTHS[form["s"]][1] % 12 or 12 if form.get("k") == "season" else None
        # (a month before in a flashback, told in the past perfect, is of that year too: "raided on
        # Feb. 4, 2011. Inspectors had visited in January")
        own_verb = first_verb(span.root) if span.doc.has_annotation("DEP") else None
        # (the perfect may be the verb the date's own one completes: "had begun dismantling it in May")
        flashback = form.get("k") == "date" and own_verb is not None and (
            past_perfect(own_verb) or (own_verb.dep_ == "xcomp" and past_perfect(own_verb.head)))
        if (grain == "D" or (grain in ("M", None) and not self.ref_modifies)) and absolute \
                and form.get("k") in ("date", "season") and not self.ref_aside \
                and ((season_end or form.get("m", 0)) >= int(start[5:7]) or flashback) \
                and (form.get("tense") or 0) < 0 \
                and self.text.count("\n\n", self.ref_end, c.start) <= (1 if form.get("d") else 0) \
                and not self._counted_from_now(span) and (grain == "D" or self._at_most_a_sentence_on(c.start)):
            # "On March 2, 2015, ... On March 25, Platte River ...", "In 2009, the virus emerged in
            # April. The first shots were given in October": the story's year goes on (not "... its
            # record of October 9, 2007. The Nikkei has jumped since mid-November"); a bare month
            # not across a paragraph ("capped in July 2010.\n\nBP agreed in November": a new matter)
            return {**form, "y": year}
        if grain != "Y" or RANGE_TO.fullmatch(self.text[self.ref_end:c.start]):
            return form  # (nor is "lived there from 1994 until November" a November of 1994)
        verb = verb_of(span)
        same_clause = (form.get("tense") or 0) < 0 and self.ref_verb is not None and verb is not None \
            and not self.ref_possessive and self.ref_frame \
            and self.ref_verb in governors(span.doc[verb])
        in_when = verb is not None and _when_of_year(span.doc[verb], start[:4])
        if not (self.ref_scene or same_clause or in_when) or "\n\n" in self.text[self.ref_end:c.start] \
                or present_perfect(first_verb(span.root)):
            # not "a program approved in 1987 ... had purchased shares through Sept. 29"; but "Obama,
            # in his 2008 campaign, lost more contests than he won between early March and June":
            # one verb's time, or that of a clause below it; and a present perfect counts from now
            # ("Two years ago, Congress ordered it. The agency has won delays, most recently in October")
            return form
        return {**form, "y": year} if absolute else {**form, "yoff": year - int(self.anchor[:4])}

    def _in_quarter_context(self, form: dict, span: Span) -> dict:
        """Earnings reports compare a quarter with "a year earlier": the same quarter of the year
        before (TimeML: 1988-Q3), and "the quarter"/"the 1988 period" mean the quarter reported on.
        Applies only near a quarter mention, in a sentence with money or percentages; the rewritten
        form stays anchor-relative so ``resolve_dates`` can still re-anchor it."""
        if self.ctx is None or span.start_char - self.ctx[2] > 1500:
            return form
        year, q, _ = self.ctx
        base = year - int(self.anchor[:4]) if self.anchor and year is not None else 0

        def story_quarter(n: int, **year_of) -> dict:  # the story's quarter (or one near it), fiscal if it is
            return {"k": "quarter", "q": n, **year_of, "t": "DATE", "mod": form.get("mod"), "ctx": True,
                    "fiscal": self.ctx_fiscal}

        k = form.get("k")
        if k == "shift" and form.get("prev"):  # "the previous quarter": the one before that reported on
            return story_quarter(q - 1 or 4, yoff=base - (q == 1))
        year_back = k == "shift" and bool(form.get("cmp"))
        the_quarter = (k == "shift" and form.get("g") == "Q" and form.get("n") in (0, -1) and not form.get("cur")
                       and not (form.get("n") == -1 and not form.get("latest") and self._quarter_running(year, q))) or (
            k == "quarter" and form.get("q") is None and not form.get("yoff"))
        # "the 1988 period", "the same quarter of 2012": the quarter reported on, in that year
        period_of_year = k == "abs" and re.fullmatch(r"\d{4}", str(form.get("v"))) and (
            span[-1].lower_ == "period" or (len(span) > 3 and span[1].lower_ in ("same", "corresponding", "comparable")
                                            and span[2].lower_ in ("quarter", "period")))
        if k == "shift" and form.get("u") == "Y" and form.get("g") == "Y" and form.get("n") == 0 and base < 0 \
                and span[0].lower_ == "the" and year is not None and not any(t.lower_ in ("this", "current") for t in span) \
                and not self._told_as_now(span) and not (span.start > 0 and span.doc[span.start - 1].lower_ == "since"):
            # "the fourth quarter of 2024 ... For the full year", written in January 2025: that year
            # (but "by the end of this year" is the writing's year whatever was reported, and so is
            # "the year" of a present clause: "now expects earnings of $6 for the year"; nor does a
            # quarter ahead, "may recover by the first quarter of 2014", make "the year" 2014; nor is a
            # gain "since the start of the year" counted in a year before the writing's)
            return {**form, "n": base, "ctx": True}
        # (with none reported yet, the quarter its sentence just named: "will ship 72 million in the
        # second quarter, up from 50 million in the same quarter last year")
        told = self.reported or (self.ctx if span.doc.has_annotation("SENT_START")
                                 and self.ctx[2] > span.sent.start_char else None)
        if k == "quarter" and form.get("q") is None and form.get("yoff") and form.get("y") is None and told:
            # "the year-ago quarter", "the same quarter last year": the story's quarter (the first
            # one reported, not a forecast or an aside named since), years back
            year, q, _ = told
            base = year - int(self.anchor[:4]) if self.anchor and year is not None else 0
            return {"k": "quarter", "q": q, "yoff": base + form["yoff"], "t": "DATE", "mod": form.get("mod"),
                    "ctx": True, "fiscal": self.ctx_fiscal and told == self.ctx}
        if not (year_back or the_quarter or period_of_year):
            return form
        sent = span.sent.text if span.doc.has_annotation("SENT_START") else span.text
        if year_back and not MONEY.search(sent):
            return form
        if year_back and self.ref and (self.ref[2] == "M" or (
                self.ref[2] == "D" and not self.ref_passing and self.ctx[2] < span.sent.start_char)) \
                and self.ref_end is not None \
                and self.ref_end > self.ctx[2] and span.doc.has_annotation("SENT_START") \
                and self.ref_end > span.sent.start_char:
            # "its June traffic rose 1.9 percent from a year ago", "stood at 6.89% on Thursday,
            # compared with 6.64% a year ago": the month or day just named (not the day a period
            # ends: "the quarter ended Sept. 30 ... a year earlier")
            return form
        if period_of_year:
            return {**story_quarter(q, y=int(form["v"])), "mod": None}
        return story_quarter(q, yoff=base - (1 if year_back else 0))

    def _days_from_anchor(self, day: str) -> int:
        """Days from the time of writing to ``day`` (an ISO date), as anaphors' ``refdays`` keep them."""
        return (dt.date.fromisoformat(day[:10]) - dt.date.fromisoformat(self.anchor[:10])).days

    @staticmethod
    def _told_as_now(span: Span) -> bool:
        """Whether a clause is told as of the writing: not in the past, or in a present perfect
        ("Shares have gained 12 percent since the start of the year")."""
        if not span.doc.has_annotation("DEP"):
            return False
        if clause_tense(span) >= 0:
            return True
        verb = first_verb(span.root)
        return present_perfect(verb)

    def _anchor_quarter(self) -> tuple[int, int]:
        """The (year, quarter) of the time of writing."""
        day = dt.date.fromisoformat(self.anchor[:10])
        return day.year, C.quarter_of(day)

    def _quarter_running(self, year: int | None, q: int) -> bool:
        """Whether the story's quarter has not ended by the writing ("expects revenue to decline
        this quarter"): "last quarter" is then the one before it, not the one reported on. A
        company's own quarter ("its fiscal third quarter") is not in the calendar's order: reported on."""
        if self.anchor is None or year is None or self.ctx_fiscal:
            return False
        return (year, q) >= self._anchor_quarter()


# "the year", "the end of the decade": a unit of the story's time, not of the writing's
_THE_UNIT = re.compile(r"(?:the (?:end|start|beginning|middle|close|rest|remainder) of )?the (?:year|decade)",
                       re.IGNORECASE)
# words before a day that make it the end of a state the past perfect tells of ("until Friday")
_UP_TO = frozenset({"until", "till", "by", "to", "of", "before", "since"})


_FRAME_PREPS = frozenset({"in", "during", "throughout"})
_PUBLISHING = words("result_verbs")  # "an analysis published Saturday": a source's own day
_STAMP_AFTER = re.compile(r"\s*[:—–-]")
_ENTRY_GAP = re.compile(r"(?: {2,}|\t)\S")  # "12:05 pm  Trump lands at Ben Gurion": a live blog's entry head
_UPDATED = re.compile(r"\bupdated\b", re.IGNORECASE)
_STAMP_WORDS = re.compile(r"\s*(?:last )?(?:updated|published|posted|modified)(?: at| on)?:? ?", re.IGNORECASE)
_ZONE_END = re.compile(r"\b[A-Z]{2,4}\Z")  # "ET", "GMT"


def _time_stamp(text: str, c: grammar.Candidate) -> bool:
    """A clock time that is a line of its own ("3:05 p.m. CDT", over a live blog's entry), opens
    one set off by a colon or dash ("9:30 a.m. ET: The president spoke") or follows "Updated at":
    a page's stamp, of the writing day, whatever the entry before told of. (A timeline of a day
    gone by, "11:00 am – Police receive 911 calls", gives no zone and runs forward; a live
    blog's heads without a zone run back, newest first.)"""
    if _STAMP_WORDS.fullmatch(text, line_start(text, c.start), c.start):
        return True  # "Updated at 17.05 BST", "Last updated: 9:26 p.m."
    if not opens_line(text, c.start):
        return False
    return LINE_END.match(text, c.end) is not None or _ENTRY_GAP.match(text, c.end) is not None or (
        _STAMP_AFTER.match(text, c.end) is not None and (_ZONE_END.search(text, c.start, c.end) is not None
                                                         or line_start(text, c.start) in blog_heads(text)))


def _next_day_clock(clock: dict, day: str) -> dict:
    """A clock time on the day after ``day`` (an ISO date)."""
    return {"k": "ana", "u": "D", "n": 1, "g": "D", "t": "TIME", "tod": clock["tod"], "mod": clock.get("mod"), "ref": day}


def _overnight(start: str, end: str) -> bool:
    """Whether a range of clock times from an evening hour ("21:00") to a morning one ("06:00")
    runs past midnight."""
    return int(start[:2]) >= 12 and int(end[:2]) < 12


def _describes_a_noun(span: Span) -> bool:
    """Whether a date sits in an apposition or a reduced relative clause ("Platt, the parks
    director from 1978 to 1996, died Sept. 3", "a 1965 graduate"): it tells of the person or
    thing, not of the time of the clause above."""
    tok = span.root
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        if tok.dep_ in ("appos", "acl"):
            return True
        tok = tok.head
    return tok.dep_ in ("appos", "acl") and tok.head.pos_ in ("NOUN", "PROPN")


def _dates_the_subject(span: Span) -> bool:
    """Whether a date follows "of" on the subject of its sentence's main verb ("The events of
    1989 moved with astonishing speed")."""
    if not span.doc.has_annotation("DEP"):
        return False
    of = span.root.head
    noun = of.head
    return span.root.dep_ == "pobj" and of.lower_ == "of" and noun.dep_ in ("nsubj", "nsubjpass") \
        and noun.head.dep_ == "ROOT" and noun.i - span.sent.start <= 2


def _when_of_year(verb: Token, year: str) -> bool:
    """Whether ``verb`` is in a "when" clause on ``year`` ("came in 1997, when workers stayed off
    the job in September", "in 2009, when the pandemic caught everyone off guard and vaccine
    didn't arrive until mid-October"): a time within that year."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "relcl" and verb.head.text == year and any(c.lower_ == "when" for c in verb.children)


def _compared_amount(span: Span) -> bool:
    """"The euro rose to $1.1175 from $1.1074 the day before": the day an amount is compared
    with, which the next such comparison counts from no more than this one did."""
    before = span.doc[max(0, span.start - 6):span.start]
    froms = [t.i for t in before if t.lower_ == "from"]
    # (an amount, not a clock time: "closed from 6 a.m. that day")
    return bool(froms) and any(t.like_num and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in CLOCK_WORDS)
                               for t in span.doc[froms[-1] + 1:span.start])


def _opens_sentence(span: Span) -> bool:
    """Whether an expression opens its sentence and is set off by a comma ("A year earlier, ...",
    "But a year earlier, ..."): a scene setter, not a term of comparison."""
    doc = span.doc
    if not doc.has_annotation("SENT_START") or span.end >= len(doc) or doc[span.end].text != ",":
        return False
    first = span.sent.start
    return span.start == first or (span.start == first + 1 and doc[first].lower_ in ("but", "and", "yet"))
