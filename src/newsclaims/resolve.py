"""Re-normalize a dates frame against publication dates learned downstream.

Each row of ``res.dates`` keeps its expression's anchor-free form in ``relative`` (JSON,
see ``newsclaims.timex.normalize``), so re-anchoring needs no re-parse: the same pure
``resolve`` that the spaCy component uses is applied to each row with the new anchor.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd

from . import frames as F
from .timex import normalize

_RECOMPUTED = ("type", "value", "mod", "start_date", "end_date", "anchor", "resolved")


def _as_date(x: Any) -> dt.date | None:
    if x is None or (not isinstance(x, str) and pd.isna(x)):
        return None
    if isinstance(x, str):
        return None if not x.strip() else pd.Timestamp(x).date()
    if isinstance(x, pd.Timestamp):
        return x.date()
    if isinstance(x, dt.datetime):
        return x.date()
    if isinstance(x, dt.date):
        return x
    return pd.Timestamp(x).date()


def resolve_dates(dates: pd.DataFrame, published: Any) -> pd.DataFrame:
    """Recompute value, mod, interval, anchor and resolved from each row's ``relative`` form.

    ``published`` is one date for every row (date, datetime, Timestamp, ISO string or None)
    or a per-row Series aligned on ``dates``'s index (e.g. after a merge with article
    metadata); a missing date leaves that row's relative expressions unresolved. Rows
    without a ``relative`` form are returned unchanged. Returns a new typed frame.
    """
    if "relative" not in dates.columns:
        raise ValueError("resolve_dates needs the dates frame's 'relative' column")
    if isinstance(published, pd.Series):
        anchors = published.reindex(dates.index).map(_as_date)
    else:
        one = _as_date(published)
        anchors = pd.Series([one] * len(dates), index=dates.index, dtype=object)
    out = dates.copy()
    records = out.to_dict("records")
    for rec, anchor in zip(records, anchors.tolist()):
        rel = rec.get("relative")
        if rel is None or (not isinstance(rel, str) and pd.isna(rel)) or not str(rel).strip():
            continue
        got = normalize.resolve(normalize.from_json(str(rel)), anchor)
        for key in _RECOMPUTED:
            rec[key] = got[key]
    return F.typed("dates", records).set_axis(dates.index)
