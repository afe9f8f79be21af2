"""Small pure functions on the values claims are compared by: quantity kinds and ranges,
duration lengths, calendar intervals and "last seen" windows, outlets from sources and URLs."""
from __future__ import annotations

import math
import re
from typing import Any
from urllib.parse import urlparse

import pandas as pd

# Days per TIMEX3 duration unit, for durations that are not whole months or years.
_UNIT_DAYS = {"D": 1.0, "W": 7.0, "M": 30.4375, "Y": 365.25, "DE": 3652.5, "CE": 36525.0}


def quantity_kind(value: float | None, low: float | None, high: float | None, unit: str | None,
                  text: str = "") -> str:
    """'share' for fractions and percentages, 'count' for plain numbers, else 'measure:<unit>'."""
    unit = (unit or "dimensionless").lower()
    nums = [x for x in (value, low, high) if x is not None and not isnan(x)]
    if unit in ("percentage", "percent"):
        return "share"
    if unit != "dimensionless":
        return f"measure:{unit}"
    if nums and all(0 < x < 1 for x in nums):  # 'one soldier' (1.0) is a count, 'half' a share
        return "share"
    return "count"


def isnan(x: Any) -> bool:
    """Missing in any of pandas' spellings (None, NaN, NA, NaT); False for containers."""
    try:
        return x is None or bool(pd.isna(x))
    except (TypeError, ValueError):
        return False


def value_range(value: float | None, low: float | None, high: float | None, approx: bool | None,
                tolerance: float = 0.1) -> tuple[float, float] | None:
    """The interval a reported number stands for.

    Exact values are points; approximate ones ('about 11,000') are +/- ``tolerance``
    (relative); a lower bound without an upper one ('more than 10,000') is open above;
    an upper bound on an approximate value ('nearly half') reaches ``tolerance`` below it.
    """
    value, low, high = (None if isnan(x) else float(x) for x in (value, low, high))
    approx = bool(approx) if not isnan(approx) else False
    if value is None and low is None and high is None:
        return None
    if low is not None and high is not None:
        return (min(low, high), max(low, high))
    if low is not None:
        return (low, math.inf)
    if high is not None:
        if approx or value is not None:
            return (high * (1 - tolerance), high)
        return (0.0, high)
    if approx:
        return (value * (1 - tolerance), value * (1 + tolerance))
    return (value, value)


def ranges_overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


_DURATION_PART = re.compile(r"([0-9]+(?:\.[0-9]+)?)(DE|CE|Y|M|W|D)")


def duration_days(value: str | None) -> float | None:
    """Days in a TIMEX3 duration ('P3W' -> 21, 'P1Y6M' -> 547.9); None for vague ('PXW') or
    clock durations."""
    if not value or not value.startswith("P") or "T" in value:
        return None
    body = value[1:]
    parts = _DURATION_PART.findall(body)
    if not parts or "".join(n + u for n, u in parts) != body:
        return None
    return sum(float(n) * _UNIT_DAYS[u] for n, u in parts)


def calendar_interval(date: dict, anchor: Any) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """Where a date mention puts its event on the calendar (inclusive), or None.

    - a DURATION is a span ending at the anchor ('not seen for three weeks'), or starting
      there when the clause looks forward ('within two months', 'will ... for a year');
    - a DATE after 'since' runs from its start to the anchor;
    - any other DATE/TIME is its own interval.
    """
    anchor = None if isnan(anchor) or anchor is None else pd.Timestamp(anchor)
    prep = (date.get("prep") or "").lower()
    if date.get("type") == "DURATION":
        days = duration_days(date.get("value"))
        if days is None or anchor is None:
            return None
        span = _duration_offset(date.get("value"), days)
        if date.get("forward"):
            return (anchor, anchor + span)
        return (anchor - span, anchor)
    start, end = date.get("start_date"), date.get("end_date")
    if start is None or isnan(start):
        return None
    start = pd.Timestamp(start)
    end = pd.Timestamp(end) if end is not None and not isnan(end) else start
    if prep == "since" and anchor is not None and anchor >= start:
        return (start, anchor)
    return (start, end)


def last_seen_window(date: dict, anchor: Any, tolerance: float = 0.1,
                     ) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """When something last happened, as an interval: what 'last seen' claims are compared on.

    'not seen for about three weeks' (anchor 2025-01-31) -> 3 weeks before, +/- ``tolerance``
    when approximate; 'since mid-January' and 'three weeks ago' -> the date's own interval.
    """
    if date.get("type") != "DURATION":
        whole = calendar_interval({**date, "prep": None}, anchor)
        return whole
    days = duration_days(date.get("value"))
    if days is None or isnan(anchor) or anchor is None:
        return None
    anchor = pd.Timestamp(anchor)
    approx = date.get("mod") in ("APPROX", "MORE_THAN", "LESS_THAN") or \
        any(w in (date.get("text") or "").lower().split() for w in ("about", "around", "approximately", "roughly", "some", "nearly", "almost", "over", "more", "less"))
    slack = days * tolerance if approx else 0.0
    return (anchor - pd.Timedelta(days=round(days + slack)), anchor - pd.Timedelta(days=round(days - slack)))


def _duration_offset(value: str, days: float) -> pd.DateOffset | pd.Timedelta:
    body = value[1:]
    if body[:-1].isdigit() and body[-1] in "MY":
        n = int(body[:-1])
        return pd.DateOffset(months=n) if body[-1] == "M" else pd.DateOffset(years=n)
    return pd.Timedelta(days=round(days))


def outlet_of(source: str | None, url: str | None) -> str | None:
    """The outlet: the article's source, else its URL's host without 'www.'."""
    if source:
        return source
    if url:
        host = urlparse(url if "//" in url else f"//{url}").hostname or ""
        return host[4:] if host.startswith("www.") else (host or None)
    return None


def plain(x: Any) -> Any:
    """A msgpack/JSON/parquet-friendly scalar: NA -> None, Timestamps -> ISO dates."""
    if isnan(x) or x is pd.NaT:
        return None
    if isinstance(x, pd.Timestamp):
        return x.date().isoformat()
    if hasattr(x, "item"):
        return x.item()
    return x
