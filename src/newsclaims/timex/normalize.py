"""Anchor an anchor-free form (see ``grammar``) to a publication date: TIMEX3 value + interval.

``resolve(form, anchor)`` is the one place that does this, both inside the spaCy component
and in ``newsclaims.resolve_dates`` (which re-anchors a frame's ``relative`` column), so a
date re-normalized downstream comes out exactly as if the article had been parsed with that
publication date.

Direction: ``rel`` ("last"/"next"/"this") from the expression wins; otherwise ``tense``
(-1 past, 0 unknown/present, +1 future) from the clause; past picks the latest candidate
on or before the anchor, future the earliest on or after, unknown the nearest.
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Any, Callable

from . import calendar as C


def to_json(form: dict) -> str:
    """The ``relative`` column: a compact, stable JSON text of the form."""
    return json.dumps({k: v for k, v in form.items() if v is not None}, separators=(",", ":"),
                      sort_keys=True)


def from_json(text: str) -> dict:
    return json.loads(text)


def _loosely(candidates: list[tuple[str, C.Interval]], anchor: dt.date, tense: int | None,
             slack_days: int) -> list[tuple[str, C.Interval]]:
    """The readings a tense allows, with some slack: "had been set to expire Nov. 6" (past
    tense, published Nov. 2) is this year's Nov. 6. A tense of -2 (on a simple past verb) or 2
    (under "will") allows none. The nearest of what is left is then chosen."""
    slack = dt.timedelta(days=0 if tense in (-2, 2) else slack_days)
    if tense is not None and tense < 0:
        return [c for c in candidates if c[1][0] <= anchor + slack] or candidates
    if tense is not None and tense > 0:
        return [c for c in candidates if c[1][1] >= anchor - slack] or candidates
    return candidates


def _pick(candidates: list[tuple[str, C.Interval]], anchor: dt.date, rel: str | None,
          tense: int | None, lean: float = 2) -> tuple[str, C.Interval] | None:
    """Choose among readings of a year-less expression (one per candidate year/week). Without
    a tense the nearest wins, a future reading counting ``lean`` times its distance."""
    if not candidates:
        return None
    if rel == "last":
        before = [c for c in candidates if c[1][1] < anchor]
        return max(before, key=lambda c: c[1][0]) if before else None
    if rel == "next":
        after = [c for c in candidates if c[1][0] > anchor]
        return min(after, key=lambda c: c[1][0]) if after else None
    if rel == "this":
        holding = [c for c in candidates if c[1][0] <= anchor <= c[1][1]]
        if holding:
            return holding[0]
        same = [c for c in candidates if c[1][0].year == anchor.year]
        if same and tense is not None and tense > 0 and same[0][1][1] < anchor:
            ahead = [c for c in candidates if c[1][0] > anchor]  # "I'll go this January", said in August
            return min(ahead, key=lambda c: c[1][0]) if ahead else same[0]
        return same[0] if same else None
    if tense is not None and tense < 0:
        past = [c for c in candidates if c[1][0] <= anchor]
        return max(past, key=lambda c: c[1][0]) if past else None
    if tense is not None and tense > 0:
        fut = [c for c in candidates if c[1][1] >= anchor]
        return min(fut, key=lambda c: c[1][0]) if fut else None

    def distance(c: tuple[str, C.Interval]) -> tuple[int, int]:
        lo, hi = c[1]
        if lo <= anchor <= hi:
            return 0, 0
        # news reports what happened: a future reading must be twice as near to win
        gap = lean * (lo - anchor).days if lo > anchor else (anchor - hi).days
        return gap, 1 if lo > anchor else 0  # (a float gap: ties still go to the past)

    return min(candidates, key=distance)


_LEANS = {"even": 1.0, "ahead": 0.6, "told": 0.3}


def _lean(form: dict, tense: int | None) -> float:
    """How much farther than a past reading a future one may lie and still win: twice (news tells
    what happened), even when the context leaves both sides open (``near="even"``), or nearly
    twice as far for a scheduled event a present clause looks to (``near="ahead"``: "the
    November election" in April is the coming one, in January the one just held), or three
    times as far for the future of a saying (``near="told"``: "said the chamber would reconvene
    on Tuesday", written Thursday, is the coming Tuesday; written Wednesday, yesterday)."""
    return _LEANS.get(form.get("near"), 2.0) if not tense else 2.0


def _given_year(form: dict, anchor: dt.date) -> int | None:
    """The year a form names: absolute ("y") or counted from the anchor ("yoff", "last year")."""
    if form.get("y") is not None:
        return form["y"]
    return anchor.year + form["yoff"] if "yoff" in form else None


def _year_candidates(anchor: dt.date, make: Callable[[int], tuple[str, C.Interval] | None]):
    out = []
    # two years back: "last winter" written in February is the winter that began 14 months ago
    for y in (anchor.year - 2, anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            c = make(y)
        except ValueError:
            c = None
        if c:
            out.append(c)
    return out


def _symbolic(form: dict) -> str:
    k = form["k"]
    if k == "date":
        return f"XXXX-{form['m']:02d}" + (f"-{form['d']:02d}" if form.get("d") else "")
    if k == "wd":
        return f"XXXX-WXX-{form['w']}"
    if k == "weekend":
        return "XXXX-WXX-WE"
    if k == "season":
        return f"XXXX-{form['s']}"
    if k == "quarter":
        return f"XXXX-Q{form['q']}" if form.get("q") else "XXXX-QX"
    if k == "half":
        return f"XXXX-H{form['h']}" if form.get("h") else "XXXX-HX"
    if k == "hol":
        return "XXXX-XX-XX"
    if k == "shift":
        return C.UNRESOLVED.get(form.get("g", "D"), "XXXX-XX-XX")
    if k == "dom":
        return f"XXXX-XX-{form['d']:02d}"
    if k == "edge":
        return "XXXX-XX-XX"
    if k == "vague":  # a time the grammar cannot place ("the eighth day", "the first week")
        if form.get("t") == "TIME":  # a part of day named is added after ("XXXX-XX-XXTNI")
            return "XXXX-XX-XX" if form.get("tod") else "XXXX-XX-XXTXX:XX"
        return C.UNRESOLVED.get(form.get("g", "D"), "XXXX-XX-XX")
    return form.get("v") or "XXXX"


def _quarter_value(y: int, q: int) -> tuple[str, C.Interval]:
    v = f"{y:04d}-Q{q}"
    return v, C.value_interval(v)


def _shift_count(form: dict, anchor: dt.date) -> int | float:
    """How many units a shift form moves from ``anchor``: its count, except where the words
    depend on the time of writing:
    - "this past week", "the past week" on a Saturday or Sunday is the week now ending;
    - "this week" looking ahead ("will meet this week") on a Sunday is the one from Monday;
    - "this weekend" told in the past from Monday to Thursday is the one before it (on a
      Friday the weekend ahead is the one meant);
    - "year's end" told in the past is last year's until December;
    - "the new year" written from October on is the coming one;
    - "the quarter" written in a quarter's last three days is that one ("Gold ended the quarter
      up 8 percent", on Sept. 30), not the one before."""
    if form.get("ending") and anchor.isoweekday() >= 6:
        return 0
    if form.get("ahead") and anchor.isoweekday() == 7:
        return 1
    if form.get("behind") and anchor.isoweekday() < 5:
        return -1
    if (form.get("tense") or 0) < 0 and form["g"] == "Y" and form.get("mod") == "END" and form["n"] == 0 \
            and anchor.month < 12:
        return -1  # a year's end told in the past, before December: the year just ended
    if form.get("newyear") and anchor.month >= 7:  # ("back in the new year", in September: the next)
        return 1
    if form.get("latest") and (C.value_interval(C.value_at(anchor, "Q"))[1] - anchor).days < 3:
        return 0
    return form["n"]


def _resolve_value(form: dict, anchor: dt.date) -> tuple[str, C.Interval | None] | None:
    """The value (and interval before mod/cut) of a relative form at ``anchor``."""
    k, rel, tense = form["k"], form.get("rel"), form.get("tense")
    if k == "edge":  # the first/last day of a month or year
        inner = dict(form["inner"])
        if "tense" in inner and inner["tense"] is None:
            inner["tense"] = tense
        if inner["k"] == "abs":
            iv = C.value_interval(inner["v"])
        else:
            got = _resolve_value(inner, anchor)
            iv = got[1] if got else None
        if not iv:
            return None
        if form["edge"] in ("week", "weekend"):
            v = C.value_at(iv[0], "W") if form["edge"] == "week" else C.week_around(iv[0], weekend=True)
            return v, C.value_interval(v)
        if form["edge"] == "nth":  # "the last Thursday of last month"
            d = C.nth_weekday(iv[0].year, iv[0].month, form["w"], form["nth"])
            return d.isoformat(), (d, d)
        if form["edge"] == "after":  # "a week from Friday": days counted on from the inner day
            d = iv[0] + dt.timedelta(days=form["days"])
            return d.isoformat(), (d, d)
        d = iv[0] if form["edge"] == "first" else iv[1]
        return d.isoformat(), (d, d)
    if k == "dom":  # "on the 15th": that day in the anchor's month or the one next to it
        cands = []
        for off in (-1, 0, 1):
            first = C.add_months(anchor.replace(day=1), off)
            if form["d"] <= C.last_day(first.year, first.month):
                d = first.replace(day=form["d"])
                cands.append((d.isoformat(), (d, d)))
        return _pick(cands, anchor, None, tense if tense else None)
    if k == "shift":
        d = C.shift(anchor, _shift_count(form, anchor), form["u"])
        v = C.value_at(d, form["g"])
        return v, C.value_interval(v)
    if k == "date":
        m, day = form["m"], form.get("d")

        def make(y: int):
            if day:
                d = dt.date(y, m, day)
                return d.isoformat(), (d, d)
            v = f"{y:04d}-{m:02d}"
            return v, C.value_interval(v, form.get("mod"))  # "late February": Feb. 21-28, which a past tense must have begun
        if _given_year(form, anchor):  # "June last year"; "In 2008, ... in mid-September"
            return make(_given_year(form, anchor))
        if day and form.get("wd"):  # "Friday, Jan. 5": the nearest year in which it is a Friday
            fits = [y for y in (anchor.year - 1, anchor.year, anchor.year + 1) if C.weekday_of(y, m, day) == form["wd"]]
            if fits:
                return make(min(fits, key=lambda y: abs((dt.date(y, m, day) - anchor).days)))
        cands = _year_candidates(anchor, make)
        if rel is None:
            # (a month a past verb tells of has begun: "By mid-January, a case had been
            # confirmed", written Dec. 31, is of the January gone by)
            slack = 60 if day else 0 if form.get("begun") else 15
            if form.get("bound"):  # "until mid-March", told in the past: whether the month has begun counts
                kept = {v for v, _ in _loosely([(v, C.value_interval(v)) for v, _ in cands], anchor, tense, slack)}
                return _pick([c for c in cands if c[0] in kept], anchor, None, None, lean=_lean(form, tense))
            return _pick(_loosely(cands, anchor, tense, slack), anchor, None, None, lean=_lean(form, tense))
        if rel == "last" and not day and C.add_months(anchor.replace(day=1), -1).month == m:
            # "last February" written in March is not the month just ended (that is "last month")
            # but the February a year before it
            return make(anchor.year - 1 if m < anchor.month else anchor.year - 2)
        return _pick(cands, anchor, rel, tense)
    if k == "wd":
        if rel == "this":  # "this Thursday": the one in the anchor's own (ISO) week, unless
            # the tense looks the other way ("hopes to win this Tuesday" written on a Friday)
            d = anchor + dt.timedelta(days=form["w"] - anchor.isoweekday() + 7 * form.get("wk", 0))
            if "wk" in form:  # "Thursday next week": the week is named, whatever the tense
                return d.isoformat(), (d, d)
            if tense and tense * (d - anchor).days < 0:
                d += dt.timedelta(days=7 if tense > 0 else -7)
            return d.isoformat(), (d, d)
        cands = []
        for off in range(-7, 8):
            d = anchor + dt.timedelta(days=off)
            if d.isoweekday() == form["w"]:
                cands.append((d.isoformat(), (d, d)))
        if rel is None and tense is not None and tense > 0:
            # "will speak Friday" in a Friday paper is that day: news names a weekday a week out
            # as "next Friday" or with its date
            cands = [c for c in cands if c[1][0] >= anchor] or cands
        if rel is None and not tense and form.get("near"):  # a scheduled event's day: the nearer one
            # ("even": a reported plan's day, which leans to neither side of the writing)
            return _pick(cands, anchor, None, None, lean=_lean(form, tense))
        if rel == "next":  # "next Thursday" written on a Wednesday is not tomorrow but the week after
            d = next(c[1][0] for c in cands if c[1][0] > anchor)
            d += dt.timedelta(days=7 if (d - anchor).days == 1 else 0)
            return d.isoformat(), (d, d)
        if rel == "last":  # and "last Wednesday" written on a Thursday is the week before, not yesterday
            d = max(c[1][0] for c in cands if c[1][0] < anchor)
            d -= dt.timedelta(days=7 if (anchor - d).days == 1 else 0)
            return d.isoformat(), (d, d)
        # without a tense, news reports what happened: the weekday on or before the anchor
        got = _pick(cands, anchor, rel, tense if tense else -1)
        if got and rel is None and (tense or 0) >= 0 and not form.get("firm") and abs((got[1][0] - anchor).days) == 6:
            # a bare "Thursday" six days off is "next Thursday" or "last Thursday" in news; told
            # with neither a firm past nor a firm future ("will meet on Thursday"), it is the day
            # before or after the writing
            d = got[1][0] + dt.timedelta(days=7 if got[1][0] < anchor else -7)
            return d.isoformat(), (d, d)
        return got
    if k == "weekend":
        if rel == "this":  # "this holiday weekend": the weekend of the anchor's own week
            sat = anchor + dt.timedelta(days=6 - anchor.isoweekday())
            return C.iso_week(sat) + "-WE", (sat, sat + dt.timedelta(days=1))
        cands = []
        for off in range(-13, 14):
            d = anchor + dt.timedelta(days=off)
            if d.isoweekday() == 6:
                cands.append((C.iso_week(d) + "-WE", (d, d + dt.timedelta(days=1))))
        if rel is None and not tense and form.get("near"):  # "said snow was possible over the weekend"
            return _pick(cands, anchor, None, None, lean=1)
        if tense and tense > 0 and form.get("ahead") and anchor.isoweekday() == 7:
            cands = [c for c in cands if c[1][0] > anchor]  # "could stretch into the weekend", on a Sunday: the next
        return _pick(cands, anchor, rel, tense if tense else -1)
    if k == "season":
        def make(y: int):
            v = f"{y:04d}-{form['s']}"
            return v, C.value_interval(v)
        if _given_year(form, anchor):
            return make(_given_year(form, anchor))
        cands = _year_candidates(anchor, make)
        if rel == "this" and not any(c[1][0] <= anchor <= c[1][1] for c in cands):
            # "this fall" written in March is the anchor year's fall (TimeBank: 4 of 4); "this
            # winter" in spring is the one just ended, in autumn the one ahead
            y = anchor.year - 1 if form["s"] == "WI" and anchor.month <= 5 else anchor.year
            if tense and tense > 0 and make(y)[1][1] < anchor:
                y += 1  # "are expecting their second child this summer", written in December
            return make(y)
        got = _pick(cands, anchor, rel, tense, lean=_lean(form, tense))
        if got and form.get("back"):  # "two summers ago": the last one, and one more back
            return make(int(got[0][:4]) - form["back"])
        return got
    if k == "hol":
        def make(y: int):
            d = C.holiday(form["rule"], y)
            if d and form.get("around"):
                v = C.week_around(d, weekend=form["around"] == "WE")
                return v, C.value_interval(v)
            return (d.isoformat(), (d, d)) if d else None
        if _given_year(form, anchor):
            return make(_given_year(form, anchor))
        cands = [c for c in _year_candidates(anchor, make) if c]
        if rel is None:  # "the debate was held the Saturday before Christmas" (Dec. 23): this one
            return _pick(_loosely(cands, anchor, tense, 15), anchor, None, None, lean=_lean(form, tense))
        return _pick(cands, anchor, rel, tense)
    if k in ("quarter", "half"):
        n = form.get("q") if k == "quarter" else form.get("h")
        letter = "Q" if k == "quarter" else "H"
        if n is None:  # "the quarter", "the year-ago quarter": the last completed quarter
            last = C.shift(anchor, -1, "Q")
            y = form["y"] if form.get("y") is not None else last.year + form.get("yoff", 0)
            n = C.quarter_of(last)
            v = f"{y:04d}-Q{n}"
            return v, C.value_interval(v)
        if _given_year(form, anchor):
            v = f"{_given_year(form, anchor):04d}-{letter}{n}"
            return v, C.value_interval(v)

        def make(y: int):
            v = f"{y:04d}-{letter}{n}"
            return v, C.value_interval(v)
        # a quarter or half named without a year is the anchor year's unless "last"/"next" says,
        # or a past tense rules out one that has not begun ("earned ... in the fourth quarter", March)
        if rel is None and form.get("fiscal"):
            # "its fiscal third quarter, which ended Feb. 28": a company's quarter, named (as
            # news and TimeBank do) by the year of the writing, whatever the calendar says
            return make(anchor.year)
        cands = _year_candidates(anchor, make)
        if rel is None and tense is not None and tense < 0:
            return _pick(cands, anchor, None, -1)
        if rel is None and form.get("near"):
            return _pick(cands, anchor, None, None, lean=_lean(form, None))  # the nearer, ahead or behind
        before = C.shift(anchor, -1, "Q")
        if rel is None and tense is not None and tense > 0 \
                and make(anchor.year)[1][1] < dt.date(before.year, 3 * C.quarter_of(before) - 2, 1):
            # "will cut jobs in the first quarter", said in December, "could pick up in the
            # January-March quarter", said in August: next year's; not the quarter just ended,
            # whose results may still be to come
            return make(anchor.year + 1)
        last = C.shift(anchor, -1, "Q")
        if rel is None and (tense is None or tense <= 0) and k == "quarter" and n == C.quarter_of(last) \
                and last.year < anchor.year:
            # "kicked off the fourth-quarter reporting season", "fourth-quarter GDP", in January:
            # the quarter just ended, not one nine months ahead
            return make(last.year)
        return _pick(cands, anchor, rel or "this", None)
    return None


def _with_tod(value: str, tod: str | None) -> str:
    if not tod:
        return value
    if len(value) == 10 and value[4] == "-" and value[7] == "-":
        return f"{value}T{tod}"
    if value.startswith("XXXX-XX-XX") or value.startswith("XXXX-WXX-"):
        return f"{value}T{tod}"
    return value


# what a coarser reference leaves unsaid of a finer unit: (unit, reference granularity) -> suffix
_UNKNOWN_PART = {("D", "M"): "-XX", ("D", "Y"): "-XX-XX", ("W", "Y"): "-WXX", ("M", "Y"): "-XX"}


def _period_beside(base: dt.date, grain: str, part: str, n: int) -> str:
    """The first such season or month (``part``: "SP", "01") after (``n`` > 0) or the last before
    the period at ``base``: "in 2009 ... the following spring" is 2010-SP, "in January 2009 ... the
    following spring" 2009-SP, "in March 2021 ... the following January" 2022-01."""
    lo, hi = C.value_interval(C.value_at(base, grain))
    years = [f"{y:04d}-{part}" for y in range(base.year - 2, base.year + 3)]
    if n > 0:
        return next(v for v in years if C.value_interval(v)[0] > hi)
    return next(v for v in reversed(years) if C.value_interval(v)[1] < lo)


def _resolve_anaphor(form: dict, anchor: dt.date | None, out: dict[str, Any]) -> dict[str, Any]:
    """"the following day", "that year": counted from the story's reference date, given as an
    absolute ``ref`` (from an absolute date earlier in the text) or as ``refdays`` from the anchor.
    A form that ``needs_ref`` ("the day after his death") is not counted from the anchor itself."""
    if form.get("ref"):
        base = dt.date.fromisoformat(form["ref"])
    elif anchor is not None and ("refdays" in form or not form.get("needs_ref")):
        base = anchor + dt.timedelta(days=form.get("refdays", 0))
        if "refdays" not in form and form.get("ahead") and anchor.isoweekday() == 7:
            base += dt.timedelta(days=1)  # "will spend much of the week on it", on a Sunday: the week from Monday
        out["anchor"] = anchor.isoformat()
    else:
        out["value"] = f"XXXX-{form['m']:02d}" + (f"-{form['d']:02d}" if form.get("d") else "") if form.get("m") else \
            _with_tod(C.UNRESOLVED.get(form["g"], "XXXX-XX-XX"), form.get("tod"))
        return out
    if form.get("refg"):  # a day (week, month) of a month or year the text names: which one unknown
        coarse = C.value_at(base, form["refg"])
        value = coarse + _UNKNOWN_PART[form["u"], form["refg"]]
        out["value"] = value + (f"T{form['tod']}" if form.get("tod") else "")
        out["resolved"] = True  # no interval: SCHEMA.md gives none to values with X
        return out
    if form.get("w") and form["n"] == 0:  # "That Friday": the Friday of the base day's week
        value = (base + dt.timedelta(days=form["w"] - base.isoweekday())).isoformat()
    elif form.get("s") and form["n"]:  # "the following spring": the first after the period told of
        value = _period_beside(base, form.get("refgrain") or "D", form["s"], form["n"])
    elif form.get("beside"):  # "the following January": likewise
        value = _period_beside(base, form.get("refgrain") or "D", f"{form['m']:02d}", form["n"])
    elif form.get("s"):  # "That summer": the season of the base day's year
        value = f"{base.year:04d}-{form['s']}"
    elif form.get("m"):  # "January of that year", "April 24 of that year": of the base day's year (or one off)
        value = f"{base.year + form['n']:04d}-{form['m']:02d}" + (f"-{form['d']:02d}" if form.get("d") else "")
    elif form.get("w"):  # "the previous Friday": the nearest such weekday before/after the base day
        step = 1 if form["n"] > 0 else -1
        d = base + dt.timedelta(days=step)
        while d.isoweekday() != form["w"]:
            d += dt.timedelta(days=step)
        value = d.isoformat()
    elif form["g"] == "WE" and form["n"] == 1 and base.isoweekday() < 6:
        value = C.value_at(base, "WE")  # "ends April 17, and the playoffs begin the following weekend": that week's
    else:
        value = C.value_at(C.shift(base, form["n"], form["u"]), form["g"])
    out["value"] = _with_tod(value, form.get("tod"))
    out["resolved"] = True
    iv = C.value_interval(value, out["mod"])
    if iv:
        out["start_date"], out["end_date"] = iv[0].isoformat(), iv[1].isoformat()
    return out


_YEARS_PER = {"Y": 1, "DE": 10, "CE": 100}


def resolve(form: dict, anchor: dt.date | str | None) -> dict[str, Any]:
    """TIMEX3 attributes of ``form`` at ``anchor`` (date, ISO string or None).

    Returns type, value, mod, start_date, end_date (ISO strings or None), anchor (ISO of the
    date used, None when the expression needed none) and resolved. A time beyond the calendar
    Python can count ("11,700 years ago") keeps its year, BC if need be, and no interval.
    """
    if isinstance(anchor, str):
        anchor = dt.date.fromisoformat(anchor[:10])
    try:
        return _resolve(form, anchor)
    except (ValueError, OverflowError):
        out = {"type": form.get("t", "DATE"), "value": _symbolic(form), "mod": form.get("mod"), "start_date": None,
               "end_date": None, "anchor": None, "resolved": False}
        if anchor is not None and form.get("k") == "shift" and form.get("u") in _YEARS_PER:
            year = anchor.year + round(form.get("n", 0) * _YEARS_PER[form["u"]])
            out.update(value=f"{year:04d}" if year > 0 else f"BC{1 - year:04d}", anchor=anchor.isoformat(),
                       resolved=True)
        return out


def _resolve(form: dict, anchor: dt.date | None) -> dict[str, Any]:
    k = form["k"]
    type_ = form.get("t", "DATE")
    mod = form.get("mod")
    out: dict[str, Any] = {"type": type_, "value": None, "mod": mod, "start_date": None,
                           "end_date": None, "anchor": None, "resolved": False}
    if k == "abs" or (k in ("quarter", "half") and form.get("y") is not None
                      and (form.get("q") or form.get("h"))):
        if k == "abs":
            value = form["v"]
        else:
            value = f"{form['y']:04d}-{'Q' if k == 'quarter' else 'H'}{form.get('q') or form.get('h')}"
        out["value"] = value
        out["resolved"] = True
        if type_ in ("DATE", "TIME") and not form.get("fiscal"):  # a fiscal period's months are the company's
            iv = C.value_interval(value, mod)
            if iv:
                out["start_date"], out["end_date"] = iv[0].isoformat(), iv[1].isoformat()
        return out
    if k == "ana":
        return _resolve_anaphor(form, anchor, out)
    if k == "edge" and form["inner"]["k"] == "abs" and anchor is None:
        anchor = dt.date(1, 1, 1)  # an absolute month/year needs no anchor; the value is absolute
        got = _resolve_value(form, anchor)
        if got:
            out.update(value=got[0], resolved=True, start_date=got[1][0].isoformat(), end_date=got[1][1].isoformat())
            return out
    if anchor is None or k == "vague":
        out["value"] = _with_tod(_symbolic(form), form.get("tod"))
        return out
    got = _resolve_value(form, anchor)
    if got is None:
        out["value"] = _with_tod(_symbolic(form), form.get("tod"))
        return out
    value, _ = got
    out["value"] = _with_tod(value, form.get("tod"))
    out["anchor"] = anchor.isoformat()
    out["resolved"] = True
    if form.get("fiscal"):
        return out
    iv = C.value_interval(value, mod)
    if iv is not None:
        lo, hi = iv
        cut = form.get("cut")
        if cut == "before" and lo < anchor:
            hi = min(hi, anchor - dt.timedelta(days=1))
        elif cut == "after" and hi > anchor:
            lo = max(lo, anchor + dt.timedelta(days=1))
        out["start_date"], out["end_date"] = lo.isoformat(), hi.isoformat()
    return out
