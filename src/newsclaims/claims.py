"""Claims: the layers joined per statement; comparison across articles.

Pure pandas on the typed frames: nothing here touches spaCy.
"""
from __future__ import annotations

import pandas as pd

CLAIM_COLUMNS: dict[str, object] = {
    "doc_id": "string", "sent_id": "Int64", "start_char": "Int64", "end_char": "Int64",
    "speaker": "string", "speaker_canonical": "string", "medium": "string", "via": "string",
    "direct": "boolean", "content": "string", "quantities": "object", "dates": "object",
}


def _within(frame: pd.DataFrame, doc_id: str, start: int, end: int) -> pd.DataFrame:
    inside = (frame["doc_id"] == doc_id) & (frame["start_char"] >= start) & (frame["end_char"] <= end)
    return frame[inside.fillna(False)]


def build_claims(frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per attribution with the quantities and dates its content holds."""
    att, qty, dts = frames["attributions"], frames["quantities"], frames["dates"]
    rows = []
    for a in att.itertuples(index=False):
        start, end = a.content_start_char, a.content_end_char
        if pd.isna(start) or pd.isna(end):
            continue
        q = _within(qty, a.doc_id, start, end)
        d = _within(dts, a.doc_id, start, end)
        rows.append({
            "doc_id": a.doc_id, "sent_id": a.sent_id, "start_char": start, "end_char": end,
            "speaker": a.speaker, "speaker_canonical": a.speaker_canonical, "medium": a.medium,
            "via": a.via, "direct": a.direct, "content": a.content,
            "quantities": q["text"].tolist(), "dates": d["value"].tolist(),
        })
    df = pd.DataFrame.from_records(rows, columns=list(CLAIM_COLUMNS))
    return df.astype(CLAIM_COLUMNS)
