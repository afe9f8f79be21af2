"""Checks that every row of every frame is possible: offsets, intervals, TIMEX3 values, bounds.

A row that breaks one of these is a bug in whatever produced it, never a property of
the input, so the property tests (and anyone auditing a large run) call ``check`` on
each result and expect an empty list. Pure pandas on the typed frames; no spaCy.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Mapping

import pandas as pd

# Layers whose every row is a mention: its offsets are required, not optional.
MENTION_LAYERS = ("entities", "dates", "quantities")
# (offset prefix, column holding the text those offsets must slice out, or None)
SPAN_PREFIXES = (("", "text"), ("speaker_", "speaker"), ("cue_", "cue"), ("content_", "content"))

# TIMEX3 values (TimeML): calendar points with X for unknown digits, weeks, quarters,
# halves, seasons, times of day, durations, and the three vague references.
_N = r"(?:\d+(?:\.\d+)?|X+)"
_DATE = (
    r"(?:BC)?[0-9X]{2,4}"                            # century "19", decade "199", year "2025", "XXXX", "BC0044"
    r"(?:-(?:"
    r"(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\d|3[01]|XX))?"  # month, day
    r"|W(?:0[1-9]|[1-4]\d|5[0-3]|XX)(?:-(?:[1-7]|X|WE))?"    # ISO week, weekday or weekend
    r"|WE"                                                   # "XXXX-WE"-style weekend sets
    r"|Q[1-4X]|H[12X]|SP|SU|FA|WI"                           # quarter, half, season
    r"))?"
)
_TIME = r"T(?:(?:[01]\d|2[0-4]|XX)(?::[0-5X][0-9X](?::[0-5X][0-9X](?:\.\d+)?)?)?|MO|MI|AF|EV|NI|DT)"
_ZONE = r"(?:Z|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)?"
_DURATION = (
    rf"P(?:(?=[0-9X])(?:{_N}(?:Y|M|W|D|Q|H|DE|CE|ML|L|C|E))+(?:T(?:{_N}[HMS])+)?"
    rf"|T(?:{_N}[HMS])+)"
)
TIMEX3_VALUE = re.compile(
    rf"(?:PAST_REF|PRESENT_REF|FUTURE_REF|{_DURATION}|{_DATE}(?:{_TIME}{_ZONE})?|{_TIME}{_ZONE})"
)


def is_timex_value(value: str) -> bool:
    """Whether ``value`` is a well-formed TIMEX3 value ("2025-01-31", "2024-FA", "P3W", "PAST_REF"...)."""
    return isinstance(value, str) and TIMEX3_VALUE.fullmatch(value) is not None


@dataclass(frozen=True)
class Violation:
    """One impossible cell: which frame, which row, which rule, and what was found."""

    layer: str
    row: int
    doc_id: str | None
    rule: str
    detail: str

    def __str__(self) -> str:
        return f"{self.layer}[{self.row}] doc_id={self.doc_id!r}: {self.rule}: {self.detail}"


def check(result: Any) -> list[Violation]:
    """The violations in an ``Extraction`` (or a ``CorpusExtraction`` kept with ``keep_docs``)."""
    docs = [result.doc] if hasattr(result, "doc") else list(result.docs or [])
    if not docs and hasattr(result, "articles") and len(result.articles):
        raise ValueError("a CorpusExtraction needs keep_docs=True to be checked against its texts")
    texts = {d._.doc_id: d.text for d in docs}
    return check_frames(result.frames(), texts)


def check_frames(frames: Mapping[str, pd.DataFrame], texts: Mapping[str | None, str]) -> list[Violation]:
    """The violations in a set of frames, given the text of every document they cite by doc_id."""
    out: list[Violation] = []
    for layer, df in frames.items():
        if layer == "errors" or "doc_id" not in df.columns:  # failed articles have no text
            continue
        records = df.to_dict("records")
        for i, row in enumerate(records):
            out.extend(_check_row(layer, i, row, texts))
    return out


def _set(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return False
    try:
        return not pd.isna(value)
    except (TypeError, ValueError):  # lists and other containers are "set"
        return True


def _check_row(layer: str, i: int, row: dict, texts: Mapping[str | None, str]) -> list[Violation]:
    doc_id = row.get("doc_id") if _set(row.get("doc_id")) else None
    found: list[Violation] = []

    def bad(rule: str, detail: str) -> None:
        found.append(Violation(layer, i, doc_id, rule, detail))

    if doc_id not in texts:
        bad("doc_id", f"no document with doc_id {doc_id!r}")
        return found
    text = texts[doc_id]
    for prefix, text_col in SPAN_PREFIXES:
        s_col, e_col = f"{prefix}start_char", f"{prefix}end_char"
        if s_col not in row or e_col not in row:
            continue
        start, end = row[s_col], row[e_col]
        if not _set(start) and not _set(end):
            if layer in MENTION_LAYERS and prefix == "":
                bad("offsets", "a mention without start_char/end_char")
            elif text_col in row and prefix and _set(row[text_col]) and layer == "attributions" \
                    and prefix == "content_":
                bad("offsets", f"{text_col} {row[text_col]!r} without offsets")
            continue
        if not (_set(start) and _set(end)):
            bad("offsets", f"{s_col}={start!r} but {e_col}={end!r}")
            continue
        start, end = int(start), int(end)
        if not 0 <= start < end <= len(text):
            bad("offsets", f"{s_col}..{e_col} = {start}..{end} is not a non-empty span of a "
                           f"{len(text)}-character document")
            continue
        if text_col in row and _set(row[text_col]) and text[start:end] != row[text_col]:
            bad("text", f"text[{start}:{end}] is {text[start:end]!r}, the row says {row[text_col]!r}")
    if layer == "dates":
        _check_date(row, bad)
    if layer == "quantities":
        _check_bounds(row, bad)
    return found


def _check_date(row: dict, bad) -> None:
    start, end = row.get("start_date"), row.get("end_date")
    if _set(start) and _set(end) and pd.Timestamp(start) > pd.Timestamp(end):
        bad("interval", f"start_date {start} is after end_date {end}")
    value = row.get("value")
    if _set(value) and not is_timex_value(value):
        bad("timex", f"value {value!r} is not a TIMEX3 value")


def _check_bounds(row: dict, bad) -> None:
    nums = {k: float(row[k]) for k in ("low", "value", "high") if _set(row.get(k))}
    for k, v in nums.items():
        if not math.isfinite(v):
            bad("bounds", f"{k} is {v}")
            return
    order = [k for k in ("low", "value", "high") if k in nums]
    for a, b in zip(order, order[1:]):
        if nums[a] > nums[b]:
            bad("bounds", f"{a} {nums[a]} > {b} {nums[b]}")
