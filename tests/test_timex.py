"""Table-driven tests of the pure temporal logic (newsclaims.timex): no spaCy involved."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from newsclaims.timex import calendar as C
from newsclaims.timex import find, resolve
from newsclaims.timex.numbers import compound_duration, duration_value, parse_number

D = dt.date


@pytest.mark.parametrize("value, mod, expected", [
    ("2025-01-31", None, ("2025-01-31", "2025-01-31")),
    ("2025-01-31T14:00", None, ("2025-01-31", "2025-01-31")),
    ("2024-08", None, ("2024-08-01", "2024-08-31")),
    ("2024-02", None, ("2024-02-01", "2024-02-29")),          # leap year
    ("2025-01", "START", ("2025-01-01", "2025-01-10")),
    ("2025-01", "MID", ("2025-01-11", "2025-01-20")),
    ("2025-01", "END", ("2025-01-21", "2025-01-31")),
    ("2023-02", "END", ("2023-02-21", "2023-02-28")),
    ("2024", None, ("2024-01-01", "2024-12-31")),
    ("2025-W02", None, ("2025-01-06", "2025-01-12")),
    ("2020-W53", None, ("2020-12-28", "2021-01-03")),         # ISO week across the new year
    ("2025-W04-WE", None, ("2025-01-25", "2025-01-26")),
    ("2024-FA", None, ("2024-09-01", "2024-11-30")),
    ("2024-WI", None, ("2024-12-01", "2025-02-28")),          # meteorological winter spans the new year
    ("2023-WI", None, ("2023-12-01", "2024-02-29")),
    ("2024-SU", None, ("2024-06-01", "2024-08-31")),
    ("1989-Q3", None, ("1989-07-01", "1989-09-30")),
    ("1989-H2", None, ("1989-07-01", "1989-12-31")),
    ("199", None, ("1990-01-01", "1999-12-31")),
    ("19", None, ("1900-01-01", "1999-12-31")),
])
def test_value_interval(value, mod, expected):
    lo, hi = C.value_interval(value, mod)
    assert (lo.isoformat(), hi.isoformat()) == expected


@pytest.mark.parametrize("value", ["P3W", "PXDE", "PAST_REF", "PRESENT_REF", "XXXX-08", "XXXX-WXX-5", "", None])
def test_no_interval_for_durations_refs_and_unresolved(value):
    assert C.value_interval(value) is None


@pytest.mark.parametrize("day, gran, expected", [
    (D(2025, 1, 10), "W", "2025-W02"),
    (D(2024, 12, 30), "W", "2025-W01"),
    (D(2025, 1, 10), "M", "2025-01"),
    (D(2025, 1, 10), "Q", "2025-Q1"),
    (D(2025, 11, 10), "Q", "2025-Q4"),
    (D(2025, 1, 10), "SE", "2024-WI"),
    (D(2025, 3, 1), "SE", "2025-SP"),
    (D(1995, 6, 1), "DE", "199"),
    (D(1995, 6, 1), "CE", "19"),
    (D(2025, 1, 10), "Y", "2025"),
])
def test_value_at(day, gran, expected):
    assert C.value_at(day, gran) == expected


@pytest.mark.parametrize("day, n, unit, expected", [
    (D(2025, 1, 31), -3, "W", D(2025, 1, 10)),
    (D(2025, 3, 31), -1, "M", D(2025, 2, 28)),            # clipped to the month's length
    (D(2024, 2, 29), 1, "Y", D(2025, 2, 28)),
    (D(2025, 1, 31), -1, "Q", D(2024, 10, 31)),
    (D(2025, 1, 31), -1, "D", D(2025, 1, 30)),
    (D(2025, 1, 31), -1, "DE", D(2015, 1, 31)),
])
def test_shift(day, n, unit, expected):
    assert C.shift(day, n, unit) == expected


@pytest.mark.parametrize("rule, year, expected", [
    ("12-25", 2024, D(2024, 12, 25)),
    ("11-TH4", 2024, D(2024, 11, 28)),                     # Thanksgiving
    ("05-MOL", 2025, D(2025, 5, 26)),                      # Memorial Day: last Monday of May
    ("09-MO1", 2025, D(2025, 9, 1)),                       # Labor Day
    ("EASTER", 2024, D(2024, 3, 31)),
    ("EASTER", 2025, D(2025, 4, 20)),
    ("EASTER-2", 2025, D(2025, 4, 18)),                    # Good Friday
    ("EASTER+1", 2013, D(2013, 4, 1)),                     # Easter Monday
    ("ELECTION", 2012, D(2012, 11, 6)),                    # US Election Day
    ("ELECTION", 2016, D(2016, 11, 8)),
    ("11-TH4+1", 2012, D(2012, 11, 23)),                   # Black Friday
    ("05-SU2", 2013, D(2013, 5, 12)),                      # Mother's Day
    ("OEASTER", 2024, D(2024, 5, 5)),                      # Orthodox Easter, five weeks after the Western
    ("OEASTER", 2025, D(2025, 4, 20)),                     # the same Sunday as the Western
    ("OEASTER", 2023, D(2023, 4, 16)),
    ("LUNAR", 2024, D(2024, 2, 10)),                       # Chinese New Year
    ("LUNAR-1", 2023, D(2023, 1, 21)),                     # its eve
    ("LUNAR", 1990, None),                                 # a year the table does not hold
])
def test_holidays(rule, year, expected):
    assert C.holiday(rule, year) == expected


@pytest.mark.parametrize("year, month, day, expected", [
    (2024, 1, 5, 5),      # a Friday
    (2025, 1, 5, 7),      # a Sunday
    (2024, 2, 29, 4),
    (2025, 2, 29, None),  # no such day
])
def test_weekday_of(year, month, day, expected):
    assert C.weekday_of(year, month, day) == expected


@pytest.mark.parametrize("day, weekend, expected", [
    (D(2016, 5, 30), True, "2016-W21-WE"),    # a Monday (Memorial Day): the weekend before
    (D(2016, 5, 31), True, "2016-W21-WE"),    # a Tuesday: still the one before
    (D(2016, 6, 1), True, "2016-W22-WE"),     # a Wednesday: the one after
    (D(2015, 11, 26), True, "2015-W48-WE"),   # a Thursday (Thanksgiving): the one after
    (D(2016, 3, 27), True, "2016-W12-WE"),    # a Sunday (Easter): its own
    (D(2016, 3, 26), True, "2016-W12-WE"),    # a Saturday: its own
    (D(2000, 4, 23), False, "2000-W16"),      # "Easter week": the ISO week
    (D(2020, 12, 31), False, "2020-W53"),
])
def test_week_around(day, weekend, expected):
    assert C.week_around(day, weekend=weekend) == expected


@pytest.mark.parametrize("text, expected", [
    ("three", 3), ("twenty-four", 24), ("twenty four", 24), ("two and a half", 2.5), ("a", 1),
    ("1,000", 1000), ("2.5", 2.5), ("a couple of", 2), ("one hundred", 100), ("a hundred", 100),
    ("two thousand", 2000), ("several", None), ("a few", None),
    ("one hundred and five", 105), ("two and three", None),  # the latter is two numbers
    ("5 1/2", 5.5), ("3-1/2", 3.5), ("4½", 4.5),  # (wire style: "a 3-1/2-year high")
])
def test_parse_number(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("n, unit, expected", [
    (3, "weeks", "P3W"), (3, "months", "P3M"), (2.5, "months", "P2.5M"), (1000, "days", "P1000D"),
    (5, "hours", "PT5H"), (1, "minute", "PT1M"), (None, "decades", "PXDE"), (None, "years", "PXY"),
    (3, "year", "P3Y"), (2, "fortnights", "P4W"), (1, "weekend", "P2D"), (2, "centuries", "P200Y"), (2, "decades", "P20Y"), (2.5, "years", "P2Y6M"), (0.5, "years", "P6M"),
])
def test_duration_value(n, unit, expected):
    assert duration_value(n, unit) == expected


@pytest.mark.parametrize("parts, expected", [
    ([(5, "hours"), (29, "minutes")], "PT5H29M"),
    ([(2, "hours"), (4, "minutes"), (45, "seconds")], "PT2H4M45S"),
    ([(2, "years"), (3, "months")], "P2Y3M"),
    ([(1, "week"), (2, "days"), (3, "hours")], "P1W2DT3H"),
    ([(2, "decades"), (5, "years")], None),        # years twice
    ([(2, "days"), (3, "weeks")], None),           # smaller unit first
    ([(None, "hours"), (20, "minutes")], None),    # a vague count
])
def test_compound_duration(parts, expected):
    assert compound_duration(parts) == expected


def _one(text: str, anchor: str | None, tense: int | None = None) -> dict:
    """The TIMEX3 of the single expression the grammar finds in ``text``."""
    cands = find(text)
    assert len(cands) == 1, [(text[c.start:c.end], c.pattern) for c in cands]
    form = dict(cands[0].form)
    if "tense" in form:
        form["tense"] = tense
    out = resolve(form, anchor)
    out["text"] = text[cands[0].start:cands[0].end]
    return out


@pytest.mark.parametrize("text, anchor, tense, span, type_, value, mod, start, end", [
    ("It was approximately three weeks ago.", "2025-01-31", None, "approximately three weeks ago",
     "DATE", "2025-W02", "APPROX", "2025-01-06", "2025-01-12"),
    ("She spoke last week.", "2025-01-31", None, "last week", "DATE", "2025-W04", None, "2025-01-20", "2025-01-26"),
    ("It happened last month.", "2025-02-04", None, "last month", "DATE", "2025-01", None, "2025-01-01", "2025-01-31"),
    ("They came last fall.", "2025-01-27", None, "last fall", "DATE", "2024-FA", None, "2024-09-01", "2024-11-30"),
    ("Quiet since mid-January.", "2025-02-04", -1, "mid-January", "DATE", "2025-01", "MID", "2025-01-11", "2025-01-20"),
    ("launched in early August 2024.", None, None, "early August 2024", "DATE", "2024-08", "START", "2024-08-01", "2024-08-10"),
    ("announced at the end of January that", "2025-01-31", -1, "the end of January", "DATE", "2025-01", "END",
     "2025-01-21", "2025-01-31"),
    ("It started earlier this month.", "2025-01-15", None, "earlier this month", "DATE", "2025-01", None,
     "2025-01-01", "2025-01-14"),
    ("It began late last year.", "2025-01-15", None, "late last year", "DATE", "2024", "END", "2024-01-01", "2024-12-31"),
    ("The shells fired daily.", "2025-01-31", None, "daily", "SET", "P1D", None, None, None),
    ("not seen for over three weeks.", "2025-01-31", None, "over three weeks", "DURATION", "P3W", "MORE_THAN", None, None),
    ("the nearly three-year war", "2025-01-31", None, "nearly three-year", "DURATION", "P3Y", "LESS_THAN", None, None),
    ("after two and a half months", "2025-01-31", None, "two and a half months", "DURATION", "P2.5M", None, None, None),
    ("fighting for decades", "2025-01-31", None, "decades", "DURATION", "PXDE", None, None, None),
    ("in just three months, numbers fell", "2025-01-31", None, "three months", "DURATION", "P3M", None, None, None),
    ("will be back soon.", "2025-01-31", None, "soon", "DATE", "FUTURE_REF", None, None, None),
    ("Results for the third quarter", "1989-10-26", None, "the third quarter", "DATE", "1989-Q3", None,
     "1989-07-01", "1989-09-30"),
    ("Published 2025.01.31 in Kyiv", None, None, "2025.01.31", "DATE", "2025-01-31", None, "2025-01-31", "2025-01-31"),
    ("By AFP February 04, 2025 in Seoul", None, None, "February 04, 2025", "DATE", "2025-02-04", None,
     "2025-02-04", "2025-02-04"),
    ("told the paper on Jan. 27 as troops", "2025-01-28", -1, "Jan. 27", "DATE", "2025-01-27", None,
     "2025-01-27", "2025-01-27"),
    ("troops massed in the 1990s", None, None, "the 1990s", "DATE", "199", None, "1990-01-01", "1999-12-31"),
    ("at 10:35 a.m. Wednesday", "2025-01-31", -1, "10:35 a.m. Wednesday", "TIME", "2025-01-29T10:35", None,
     "2025-01-29", "2025-01-29"),
    ("It closed in two thousand eight.", None, None, "two thousand eight", "DATE", "2008", None,
     "2008-01-01", "2008-12-31"),
    ("It closed in two thousand and nine.", None, None, "two thousand and nine", "DATE", "2009", None,
     "2009-01-01", "2009-12-31"),
    ("It happened at 4 in the morning.", "2013-03-20", None, "4 in the morning", "TIME", "2013-03-20T04:00", None,
     "2013-03-20", "2013-03-20"),
    ("It ended at 11 at night.", "2013-03-20", None, "11 at night", "TIME", "2013-03-20T23:00", None,
     "2013-03-20", "2013-03-20"),
    ("By mid-afternoon, shops closed.", "2013-03-20", None, "mid-afternoon", "TIME", "2013-03-20TAF", "MID",
     "2013-03-20", "2013-03-20"),
    ("The bar is open Tuesday nights.", "2013-03-20", None, "Tuesday nights", "SET", "XXXX-WXX-2TNI", None,
     None, None),
    ("They voted Friday morning.", "2013-03-20", -1, "Friday morning", "TIME", "2013-03-15TMO", None,
     "2013-03-15", "2013-03-15"),
    ("They voted Saturday night.", "2013-03-20", -1, "Saturday night", "TIME", "2013-03-16TNI", None,
     "2013-03-16", "2013-03-16"),
])
def test_grammar_and_resolution(text, anchor, tense, span, type_, value, mod, start, end):
    got = _one(text, anchor, tense)
    assert (got["text"], got["type"], got["value"], got["mod"], got["start_date"], got["end_date"]) == (
        span, type_, value, mod, start, end)


@pytest.mark.parametrize("text, anchor, tense, value", [
    ("They met on Friday.", "2025-01-31", -1, "2025-01-31"),      # the anchor itself is a Friday
    ("They met on Friday.", "2025-02-04", -1, "2025-01-31"),
    ("They will meet on Friday.", "2025-02-04", 1, "2025-02-07"),
    ("They met on Tuesday.", "2025-02-04", -1, "2025-02-04"),
    ("The offensive began in August.", "2025-02-04", -1, "2024-08"),
    ("The summit will be held in August.", "2025-02-04", 1, "2025-08"),
    ("It was cold in December.", "2025-02-04", -1, "2024-12"),
    ("The offer expires Nov. 6.", "1989-11-02", 0, "1989-11-06"),
    ("It was signed Dec. 15.", "2025-01-10", -1, "2024-12-15"),
    ("They fought in summer.", "2025-01-31", -1, "2024-SU"),
    # "this <weekday>": the anchor's own week, unless the tense looks the other way
    ("They meet this Tuesday.", "2016-03-04", 0, "2016-03-01"),
    ("They will meet this Tuesday.", "2016-03-04", 1, "2016-03-08"),
    ("They met this Saturday.", "2016-03-04", -1, "2016-02-27"),
    ("They will meet this Saturday.", "2016-03-04", 1, "2016-03-05"),
    # no tense: the nearer reading, a future one only when it is less than half as far
    ("worth $100 million in October", "1998-01-08", 0, "1997-10"),
    ("to acquire the bank in January", "1989-11-02", 0, "1990-01"),
    ("from $29.75 in March", "1989-10-30", 0, "1989-03"),
])
def test_direction_from_tense(text, anchor, tense, value):
    assert _one(text, anchor, tense)["value"] == value


@pytest.mark.parametrize("text, value", [
    ("They met on Friday.", "XXXX-WXX-5"),
    ("It happened last month.", "XXXX-XX"),
    ("It was approximately three weeks ago.", "XXXX-WXX"),
    ("since mid-January", "XXXX-01"),
    ("They came last fall.", "XXXX-FA"),
])
def test_no_anchor_keeps_relative_symbolic(text, value):
    got = _one(text, None, -1)
    assert got["value"] == value and got["resolved"] is False
    assert got["start_date"] is None and got["anchor"] is None


@pytest.mark.parametrize("text", [
    "Some 2000 troops were deployed.", "He said it may be true.", "Prices fall when supply grows.",
    "A 43-year-old man was arrested.", "The third of the troops left.",
    "Filed on 2/30/2025.", "No such day as Feb. 30 or 2025-02-29.",
])
def test_not_temporal(text):
    # a bare year or an ambiguous word ("fall", "May") is only proposed, flagged for the
    # component to check against the parse; nothing else may come out of these sentences
    sure = [text[c.start:c.end] for c in find(text)
            if not c.form.get("needs_context") and not c.form.get("year_only")]
    assert sure == []


def test_forms_are_json_round_trippable():
    for c in find("Last week, on Friday, about three weeks ago, in August and since mid-January 2025"):
        assert json.loads(json.dumps(c.form)) == c.form


@pytest.mark.parametrize("text, expected", [
    ("losses from 2005-2013 widened", [("2005", "2005"), ("2013", "2013")]),
    ("between 1990 to 1995", [("1990", "1990"), ("1995", "1995")]),
    ("He left the day before.", [("the day before", "2013-03-19")]),
    ("He left the day after, and", [("the day after", "2013-03-21")]),
    ("later in the day before returning home", []),                  # "before" a clause: not a date
    ("the summit on April 24 and 25, 1999", [("April 24", "1999-04-24"), ("25, 1999", "1999-04-25")]),
    ("open 24 hours a day", [("24 hours", "PT24H"), ("a day", "P1D")]),
])
def test_ranges_and_day_anaphors(text, expected):
    got = [(text[c.start:c.end], resolve(c.form, "2013-03-20")["value"]) for c in find(text)]
    assert got == expected


@pytest.mark.parametrize("written, year", [(98, 1998), (50, 1950), (49, 2049), (0, 2000), (13, 2013),
                                            (1989, 1989), (2025, 2025)])
def test_full_year_of_two_digits(written, year):
    assert C.full_year(written) == year


@pytest.mark.parametrize("value, grain", [
    ("2010-03-05", "D"), ("2016-07-18TNI", "D"), ("2016-07-18T21:00", "D"), ("2010-03", "M"), ("2010", "Y"),
    ("2016-Q3", "Q"), ("2016-W12", "W"), ("2016-W12-WE", None), ("2016-SU", None), ("PAST_REF", None), ("2010-03-XX", None),
])
def test_granularity(value, grain):
    assert C.granularity(value) == grain


@pytest.mark.parametrize("n, unit, expected", [
    (-3000, "Y", "BC0976"),       # 1 BC is the year before 1 AD: no year 0
    (-11700, "Y", "BC9676"),
    (-25, "CE", "BC0476"),
    (10000, "Y", "12025"),
    (-2024, "Y", "0001"),         # still on Python's calendar
])
def test_years_beyond_the_calendar_keep_their_year(n, unit, expected):
    """ "3,000 years ago" lies before the first year ``datetime`` can hold: the value is still
    the year (BC if need be), with no interval, instead of an error that loses the article."""
    out = resolve({"k": "shift", "u": unit, "n": n, "g": "Y", "t": "DATE"}, D(2025, 2, 4))
    assert out["value"] == expected
    assert out["resolved"]
    assert out["start_date"] is None or expected == "0001"


@pytest.mark.parametrize("text, expected", [
    ("Talks in Ankara ended March 3, 2024.", "March 3, 2024"),
    # "İ" lower-cases to two characters: the scan falls back to IGNORECASE and keeps the offsets
    ("Talks in İstanbul ended March 3, 2024.", "March 3, 2024"),
    ("TALKS ENDED MARCH 3, 2024.", "MARCH 3, 2024"),
])
def test_scan_offsets_in_the_texts_own_case(text, expected):
    """The grammar matches most patterns over the lower-cased text; spans and groups are the text's."""
    found = [text[c.start:c.end] for c in find(text)]
    assert expected in found, found
