"""Doc -> typed pandas DataFrames: the one place where pandas meets spaCy.

Each component exposes ``rows(doc) -> list[dict]`` (plain values, no pandas); this
module adds ``doc_id`` and ``sent_id`` and casts every column to its declared dtype, so a
frame has the same columns and dtypes whether it holds a thousand rows or none.
"""
from __future__ import annotations

import bisect
from typing import Callable, Iterable

import pandas as pd
from spacy.tokens import Doc

from .components import attribution, dates, entities, quantities

ENTITY_LABELS = pd.CategoricalDtype(list(entities.NAMED_LABELS))
TIMEX_TYPES = pd.CategoricalDtype(["DATE", "TIME", "DURATION", "SET"])
TIMEX_MODS = pd.CategoricalDtype(
    ["BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN",
     "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END", "APPROX"]
)
STR, INT, FLOAT, BOOL, TIME = "string", "Int64", "Float64", "boolean", "datetime64[ns]"
# a timex's days: second resolution reaches any year, so "the 13th century" keeps its interval
DAY = "datetime64[s]"

_HEAD = {"doc_id": STR}
_OFFSETS = {"start_char": INT, "end_char": INT, "sent_id": INT}

SCHEMAS: dict[str, dict[str, object]] = {
    "entities": {**_HEAD, "text": STR, "label": ENTITY_LABELS, **_OFFSETS,
                 "canonical": STR, "entity_id": STR, "country": STR},
    "dates": {**_HEAD, "text": STR, **_OFFSETS, "type": TIMEX_TYPES, "value": STR, "mod": TIMEX_MODS,
              "start_date": DAY, "end_date": DAY, "anchor": TIME, "resolved": BOOL, "relative": STR},
    "quantities": {**_HEAD, "text": STR, **_OFFSETS, "value": FLOAT, "low": FLOAT, "high": FLOAT,
                   "approx": BOOL, "unit": STR, "counted": STR, "kind": STR},
    "attributions": {**_HEAD, "speaker": STR, "speaker_start_char": INT, "speaker_end_char": INT,
                     "speaker_canonical": STR, "cue": STR, "cue_start_char": INT, "cue_end_char": INT,
                     "content": STR, "content_start_char": INT, "content_end_char": INT,
                     "start_char": INT, "end_char": INT, "sent_id": INT,
                     "direct": BOOL, "medium": STR, "via": STR},
}
LAYERS = tuple(SCHEMAS)

ROWS: dict[str, Callable[[Doc], list[dict]]] = {
    "entities": entities.rows,
    "dates": dates.rows,
    "quantities": quantities.rows,
    "attributions": attribution.rows,
}


def empty(layer: str) -> pd.DataFrame:
    """A frame with the layer's columns and dtypes and no rows."""
    return typed(layer, [])


def typed(layer: str, rows: list[dict]) -> pd.DataFrame:
    """Rows (dicts) -> a DataFrame with exactly the layer's schema first, extras after."""
    schema = SCHEMAS[layer]
    df = pd.DataFrame.from_records(rows) if rows else pd.DataFrame()
    for col in schema:
        if col not in df.columns:
            df[col] = pd.Series([None] * len(df), dtype="object")
    extras = [c for c in df.columns if c not in schema]
    df = df[list(schema) + extras]
    for col, dtype in schema.items():
        df[col] = cast_column(df[col], dtype)
    return df.reset_index(drop=True)


def cast_column(col: pd.Series, dtype: object) -> pd.Series:
    if dtype in (TIME, DAY):
        stamps = pd.to_datetime(col, errors="coerce", format="ISO8601")
        try:
            return stamps.astype(dtype)
        except (pd.errors.OutOfBoundsDatetime, OverflowError):
            # Days outside pandas' nanosecond range (1677..2262) become NaT, not a crash.
            return stamps.where((stamps >= pd.Timestamp.min) & (stamps <= pd.Timestamp.max)).astype(dtype)
    if dtype in (INT, FLOAT):
        return pd.to_numeric(col, errors="coerce").astype(dtype)
    if dtype == STR:
        return col.astype("object").where(col.notna(), None).astype(STR)
    return col.astype(dtype)


def sentence_index(doc: Doc) -> Callable[[int | None], int | None]:
    """Maps a character offset to the index of the sentence that holds it."""
    if not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return lambda _: None
    starts = [s.start_char for s in doc.sents]
    return lambda char: None if char is None else max(0, bisect.bisect_right(starts, char) - 1)


def frame(layer: str, doc: Doc, doc_id: str | None = None) -> pd.DataFrame:
    """The typed frame of one layer of one processed Doc."""
    return typed(layer, layer_rows(layer, doc, doc_id))


def layer_rows(layer: str, doc: Doc, doc_id: str | None = None) -> list[dict]:
    """One layer's rows of one Doc with ``doc_id`` and ``sent_id`` filled in, untyped:
    corpus mode stacks many Docs' rows and types them once (pandas costs per call)."""
    rows = ROWS[layer](doc)
    sent_of = sentence_index(doc)
    did = doc_id if doc_id is not None else doc._.doc_id
    for row in rows:
        row["doc_id"] = did
        start = row.get("start_char", row.get("content_start_char"))
        row.setdefault("start_char", start)
        row.setdefault("end_char", row.get("content_end_char"))
        row["sent_id"] = sent_of(start)
    return rows


def concat(layer: str, frames: Iterable[pd.DataFrame]) -> pd.DataFrame:
    """Stack frames of one layer, keeping the declared dtypes (also when there are none)."""
    frames = [f for f in frames if len(f)]
    if not frames:
        return empty(layer)
    out = pd.concat(frames, ignore_index=True)
    for col, dtype in SCHEMAS[layer].items():
        out[col] = cast_column(out[col], dtype)
    return out
