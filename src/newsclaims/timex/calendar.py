"""Calendar arithmetic for TIMEX3 values: shifts, ISO weeks, seasons, quarters, intervals.

Pure functions over ``datetime.date``; no spaCy, no pandas. Intervals are inclusive
``(start, end)`` pairs of dates, following the newsclaims annotation guide (SCHEMA.md):
part-of-month early/mid/late = days 1-10 / 11-20 / 21-end, meteorological seasons
(winter = Dec of the value's year .. Feb of the next), ISO weeks Monday..Sunday.
"""
from __future__ import annotations

import calendar as _cal
import datetime as dt
import re

from .numbers import lexicon

Interval = tuple[dt.date, dt.date]

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
SEASON_ORDER = ("WI", "SP", "SU", "FA")  # WI of year Y starts in December of Y


def last_day(year: int, month: int) -> int:
    return _cal.monthrange(year, month)[1]


def full_year(y: int) -> int:
    """A year written with two digits ("'98", "FY14", "3/4/13") in full: 50-99 are the 1900s,
    00-49 the 2000s (news of either century, pivoting where neither is more likely)."""
    if y > 99:
        return y
    return 1900 + y if y >= 50 else 2000 + y


def add_months(d: dt.date, n: int) -> dt.date:
    """``d`` moved by ``n`` calendar months, the day clipped to the month's length."""
    m0 = d.year * 12 + (d.month - 1) + n
    y, m = divmod(m0, 12)
    return dt.date(y, m + 1, min(d.day, last_day(y, m + 1)))


def add_years(d: dt.date, n: int) -> dt.date:
    return add_months(d, 12 * n)


def shift(d: dt.date, n: float, unit: str) -> dt.date:
    """``d`` moved by ``n`` units (D, W, M, Q, Y, DE, CE, WE=week; H/T units move by whole days)."""
    if unit in ("D",):
        return d + dt.timedelta(days=round(n))
    if unit in ("W", "WE"):
        return d + dt.timedelta(days=round(7 * n))
    if unit == "M":
        return add_months(d, round(n))
    if unit == "Q":
        return add_months(d, round(3 * n))
    if unit == "Y":
        return add_months(d, round(12 * n))
    if unit == "DE":
        return add_months(d, round(120 * n))
    if unit == "CE":
        return add_months(d, round(1200 * n))
    if unit == "H":
        return d + dt.timedelta(days=int(n // 24))
    return d


def iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def week_around(d: dt.date, weekend: bool = False) -> str:
    """The ISO week of a day ("Easter week"), or the weekend nearest it ("Memorial Day weekend",
    a Monday: the one before; "Thanksgiving weekend", a Thursday: the one after)."""
    if not weekend:
        return iso_week(d)
    wd = d.isoweekday()
    saturday = d + dt.timedelta(days=6 - wd if wd >= 3 else -(wd + 1))
    return iso_week(saturday) + "-WE"


def quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def season_of(d: dt.date) -> tuple[int, str]:
    """(value year, season code) of the meteorological season holding ``d``."""
    m = d.month
    if m == 12:
        return d.year, "WI"
    if m <= 2:
        return d.year - 1, "WI"
    return d.year, ("SP", "SU", "FA")[(m - 3) // 3]


def value_at(d: dt.date, gran: str) -> str:
    """The TIMEX3 value of the period of granularity ``gran`` that holds ``d``."""
    if gran == "D":
        return d.isoformat()
    if gran == "W":
        return iso_week(d)
    if gran == "WE":
        return iso_week(d) + "-WE"
    if gran == "M":
        return f"{d.year:04d}-{d.month:02d}"
    if gran == "Q":
        return f"{d.year:04d}-Q{quarter_of(d)}"
    if gran == "H":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if gran == "SE":
        y, s = season_of(d)
        return f"{y:04d}-{s}"
    if gran == "Y":
        return f"{d.year:04d}"
    if gran == "DE":
        return f"{d.year // 10:03d}"
    if gran == "CE":
        return f"{d.year // 100:02d}"
    raise ValueError(f"unknown granularity {gran!r}")


UNRESOLVED = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "Q": "XXXX-QX",
              "H": "XXXX-HX", "SE": "XXXX-XX", "Y": "XXXX", "DE": "XXX", "CE": "XX"}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})(-WE)?$")
_WEEKDAY = re.compile(r"^(\d{4})-W(\d{1,2})-([1-7])(?:T.*)?$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_DECADE = re.compile(r"^(\d{3})X?$")
_CENTURY = re.compile(r"^(\d{2})(?:XX)?$")


def month_interval(year: int, month: int, mod: str | None = None) -> Interval:
    """The month, narrowed for START/MID/END (days 1-10, 11-20, 21-end)."""
    end = last_day(year, month)
    lo, hi = {"START": (1, 10), "MID": (11, 20), "END": (21, end)}.get(mod or "", (1, end))
    return dt.date(year, month, lo), dt.date(year, month, hi)


def season_interval(year: int, code: str) -> Interval:
    a, b = SEASON_MONTHS[code]
    if code == "WI":
        return dt.date(year, 12, 1), dt.date(year + 1, 2, last_day(year + 1, 2))
    return dt.date(year, a, 1), dt.date(year, b, last_day(year, b))


def week_interval(year: int, week: int) -> Interval:
    monday = dt.date.fromisocalendar(year, week, 1)
    return monday, monday + dt.timedelta(days=6)


def granularity(value: str) -> str | None:
    """"D", "W", "M", "Q" or "Y" for a day (or a time on a day), ISO week, month, quarter or year
    value, else None."""
    if _DAY.match(value):
        return "D"
    if re.fullmatch(r"\d{4}-W\d{2}", value):
        return "W"
    if _MONTH.match(value):
        return "M"
    if re.match(r"^\d{4}-Q[1-4]$", value):
        return "Q"
    return "Y" if _YEAR.match(value) else None


def value_interval(value: str | None, mod: str | None = None) -> Interval | None:
    """The inclusive calendar interval a TIMEX3 DATE/TIME value denotes, or None.

    Only month values are narrowed by ``mod``; values with X, durations, sets and
    ``*_REF`` have no interval.
    """
    if not value:
        return None
    try:
        if m := _DAY.match(value):
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _MONTH.match(value):
            return month_interval(int(m[1]), int(m[2]), mod)
        if m := _YEAR.match(value):
            y = int(m[1])
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        if m := _WEEKDAY.match(value):
            d = dt.date.fromisocalendar(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _WEEK.match(value):
            lo, hi = week_interval(int(m[1]), int(m[2]))
            return (lo + dt.timedelta(days=5), hi) if m[3] else (lo, hi)
        if m := _SEASON.match(value):
            return season_interval(int(m[1]), m[2])
        if m := _QUARTER.match(value):
            y, q = int(m[1]), int(m[2])
            return dt.date(y, 3 * q - 2, 1), dt.date(y, 3 * q, last_day(y, 3 * q))
        if m := _HALF.match(value):
            y, h = int(m[1]), int(m[2])
            return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if h == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31))
        if m := _DECADE.match(value):
            y = int(m[1]) * 10
            return dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
        if m := _CENTURY.match(value):
            y = int(m[1]) * 100
            return dt.date(y, 1, 1), dt.date(y + 99, 12, 31)
    except ValueError:
        return None
    return None


def weekday_of(year: int, month: int, day: int) -> int | None:
    """The ISO weekday (1=Mon) of a day, or None when the year has no such day (Feb. 29)."""
    try:
        return dt.date(year, month, day).isoweekday()
    except ValueError:
        return None


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th ISO ``weekday`` (1=Mon) of a month; n=-1 is the last one."""
    if n > 0:
        first = dt.date(year, month, 1)
        delta = (weekday - first.isoweekday()) % 7
        return first + dt.timedelta(days=delta + 7 * (n - 1))
    last = dt.date(year, month, last_day(year, month))
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def orthodox_easter(year: int) -> dt.date:
    """Orthodox Easter Sunday: the Julian computus (Meeus), moved onto the Gregorian calendar
    (13 days ahead from 1900 to 2099, one less per century before)."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    gap = year // 100 - year // 400 - 2
    return dt.date(year, month, day + 1) + dt.timedelta(days=gap)


def lunar_new_year(year: int) -> dt.date | None:
    """The Chinese New Year's day of a year in the lexicon's table, else None."""
    md = lexicon()["lunar_new_year"].get(str(year))
    return dt.date(year, int(md[:2]), int(md[3:])) if md else None


_WD_CODES = {"MO": 1, "TU": 2, "WE": 3, "TH": 4, "FR": 5, "SA": 6, "SU": 7}


def holiday(rule: str, year: int) -> dt.date | None:
    """The date of a holiday rule in a year: "12-25", "11-TH4" (4th Thursday), "05-MOL" (last
    Monday), "EASTER", "EASTER-2", "OEASTER" (Orthodox), "LUNAR" (Chinese New Year, when the
    lexicon's table has the year: None otherwise)."""
    if rule.startswith("EASTER"):
        off = int(rule[6:] or 0)  # "EASTER-2" (Good Friday), "EASTER+1" (Easter Monday)
        return easter(year) + dt.timedelta(days=off)
    if rule == "OEASTER":
        return orthodox_easter(year)
    if rule.startswith("LUNAR"):  # "LUNAR-1": the eve
        day = lunar_new_year(year)
        return day + dt.timedelta(days=int(rule[5:] or 0)) if day else None
    if rule == "ELECTION":  # US Election Day: the Tuesday after the first Monday of November
        return nth_weekday(year, 11, 1, 1) + dt.timedelta(days=1)
    month, rest = rule.split("-", 1)
    if rest.isdigit():
        return dt.date(year, int(month), int(rest))
    rest, _, plus = rest.partition("+")  # "11-TH4+1": the day after the 4th Thursday (Black Friday)
    wd, n = _WD_CODES[rest[:2]], rest[2:]
    return nth_weekday(year, int(month), wd, -1 if n == "L" else int(n)) + dt.timedelta(days=int(plus or 0))
