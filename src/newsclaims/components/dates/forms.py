"""Small pure rewrites of grammar forms (the anchor-free dicts of ``newsclaims.timex``)."""
from __future__ import annotations

import datetime as dt
import re


def range_end(form: dict, start: dt.date) -> dict:
    """The end of a date range ("through December", "to July 15") as an anaphor counted from the
    range's start: the first such month or day on or after it."""
    try:
        end = dt.date(start.year, form["m"], form.get("d") or 1)
        if end < start.replace(day=1 if not form.get("d") else start.day):
            end = end.replace(year=start.year + 1)
    except ValueError:  # February 29 of a common year
        return form
    if form.get("d"):  # (a clock time on the end day stays one: "until midnight on Monday 1 April")
        return {"k": "ana", "u": "D", "n": (end - start).days, "g": "D", "t": form.get("t", "DATE"),
                "tod": form.get("tod")}
    months = (end.year - start.year) * 12 + end.month - start.month
    return {"k": "ana", "u": "M", "n": months, "g": "M", "t": "DATE", "mod": form.get("mod")}


def is_clock_today(form: dict) -> bool:
    """A clock time with no day of its own ("at 10 a.m."): of the writing day unless a day stands beside it."""
    return (form.get("k") == "shift" and form.get("n") == 0 and form.get("t") == "TIME" and not form.get("said")
            and bool(_CLOCK.fullmatch(str(form.get("tod")))))


def time_on_day(day: dict, clock: dict) -> dict:
    """The form of a clock time set on the day named beside it: that day's form, as a TIME."""
    if day.get("k") == "abs":
        return {"k": "abs", "v": f"{day['v']}T{clock['tod']}", "t": "TIME", "mod": clock.get("mod")}
    return {**day, "t": "TIME", "tod": clock["tod"], "mod": clock.get("mod")}


_CLOCK = re.compile(r"\d{2}:\d{2}")
