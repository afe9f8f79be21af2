"""The same claim as each article reports it: comparable items grouped across articles, and
their disagreements flagged."""
from __future__ import annotations

import math
from typing import Any, Iterable

import pandas as pd

from .concepts import lexicon
from .values import calendar_interval, isnan, last_seen_window, plain, quantity_kind, ranges_overlap, value_range

COMPARE_COLUMNS: dict[str, object] = {
    "group": "string", "kind": "string", "topic": "string", "doc_id": "string",
    "outlet": "string", "published": "datetime64[ns]", "speaker": "string", "attributed": "boolean",
    "value": "Float64", "low": "Float64", "high": "Float64", "approx": "boolean", "unit": "string",
    "start": "datetime64[ns]", "end": "datetime64[ns]", "timex": "string",
    "text": "string", "claim": "string", "conflict": "boolean", "note": "string", "claim_id": "string",
}


def _speaker(row: Any) -> str | None:
    return plain(row.speaker_canonical) or plain(row.speaker)


def _once(claims: pd.DataFrame, column: str) -> Iterable[tuple[Any, dict]]:
    """Each mention once, with the first statement that holds it (overlapping attributions
    of one sentence, such as a quote and its relay, share their numbers and dates)."""
    seen: set = set()
    ordered = claims.assign(_who=claims["speaker"].isna()).sort_values(["_who"], kind="stable")
    for c in ordered.itertuples(index=False):
        for item in c._asdict()[column] or []:
            key = (c.doc_id, item.get("start_char"), item.get("end_char"))
            if key not in seen:
                seen.add(key)
                yield c, item


def _quantity_rows(claims: pd.DataFrame) -> list[dict]:
    out = []
    for c, q in _once(claims, "quantities"):
        if value_range(q.get("value"), q.get("low"), q.get("high"), q.get("approx")) is None:
            continue
        kind = quantity_kind(q.get("value"), q.get("low"), q.get("high"), q.get("unit"), q.get("text", ""))
        factor = 0.01 if (q.get("unit") or "").lower() in ("percentage", "percent") else 1.0
        scaled = {k: (None if q.get(k) is None else q[k] * factor) for k in ("value", "low", "high")}
        out.append({"kind": kind, "about": q.get("about"), "doc_id": c.doc_id, "outlet": plain(c.outlet),
                    "published": c.published, "speaker": _speaker(c), **scaled,
                    "approx": q.get("approx"), "unit": q.get("unit"), "text": q.get("text"),
                    "claim": c.content, "claim_id": c.claim_id, "attributed": plain(c.attributed)})
    return out


def _magnitude_split(items: list[dict], max_ratio: float) -> list[list[dict]]:
    """Split counts into runs whose neighbouring magnitudes differ by at most ``max_ratio``."""
    def rep(it: dict) -> float:
        lo, hi = value_range(it["value"], it["low"], it["high"], it["approx"])
        return lo if math.isinf(hi) else (lo + hi) / 2 if lo > 0 else max(hi, 1e-9)

    ordered = sorted(items, key=rep)
    runs: list[list[dict]] = []
    for it in ordered:
        if runs and rep(it) <= max(rep(runs[-1][-1]), 1e-9) * max_ratio:
            runs[-1].append(it)
        else:
            runs.append([it])
    return runs


def _reanchor(date: dict, anchor: pd.Timestamp) -> dict:
    """A date of an undated article, resolved against a borrowed anchor from its relative form."""
    rel = date.get("relative")
    if date.get("resolved") or not rel:
        return date
    from ..timex import normalize

    try:
        got = normalize.resolve(normalize.from_json(str(rel)), anchor.date())
    except Exception:  # noqa: BLE001 - an unreadable relative form leaves the date as it was
        return date
    return {**date, **{k: got.get(k) for k in ("type", "value", "mod", "start_date", "end_date", "resolved")}}


def corpus_anchor(claims: pd.DataFrame) -> pd.Timestamp | None:
    """The median publication date of the articles that have one."""
    dates = claims.drop_duplicates("doc_id")["published"].dropna()
    return None if dates.empty else pd.Timestamp(dates.sort_values().iloc[(len(dates) - 1) // 2])


def _date_rows(claims: pd.DataFrame, borrowed: pd.Timestamp | None = None) -> list[dict]:
    out = []
    for c, d in _once(claims, "dates"):
        if not d.get("event") and not d.get("frame"):
            continue
        anchor = d.get("anchor") or (None if isnan(c.published) else c.published)
        anchor_note = None
        if anchor is None and borrowed is not None:
            new = _reanchor(d, borrowed)
            if new is not d or d.get("type") == "DURATION" or (d.get("prep") or "").lower() == "since":
                anchor_note = f"article date unknown: read against {borrowed.date()}, the corpus's median date"
            d, anchor = new, borrowed
        interval = calendar_interval(d, anchor)
        out.append({"event": d.get("event"), "frame": d.get("frame"), "about": d.get("about"),
                    "window": last_seen_window(d, anchor) if d.get("frame") == "last" else interval,
                    "doc_id": c.doc_id, "outlet": plain(c.outlet), "published": c.published,
                    "speaker": _speaker(c), "start": interval[0] if interval else None,
                    "end": interval[1] if interval else None, "timex": d.get("value"),
                    "text": d.get("text"), "claim": c.content, "type": d.get("type"),
                    "forward": bool(d.get("forward")), "claim_id": c.claim_id, "anchor_note": anchor_note,
                    "attributed": plain(c.attributed)})
    return out


def _date_key_groups(items: list[dict]) -> list[tuple[str, list[dict]]]:
    """Items dating the same kind of event to the same kind of participant (a missing
    participant matches any), joined transitively."""
    reporting = set(lexicon()["reporting_events"])

    def key(it: dict) -> str | None:
        if it["frame"] == "last":
            return "last seen / last occurred"
        if not it["event"] or it["event"] in reporting:  # when something was *said* is no claim
            return None
        return f"expected {it['event']}" if it["forward"] else it["event"]

    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(items):
        for j in range(i + 1, len(items)):
            b = items[j]
            if key(a) and key(a) == key(b) and (a["about"] is None or b["about"] is None or a["about"] == b["about"]):
                parent[find(i)] = find(j)
    groups: dict[int, list[dict]] = {}
    for i, it in enumerate(items):
        groups.setdefault(find(i), []).append(it)
    out = []
    for members in groups.values():
        abouts = sorted({m["about"] for m in members if m["about"]})
        out.append((f"{key(members[0])}: {', '.join(abouts) or '?'}", members))
    return out


def _statement_groups(claims: pd.DataFrame, threshold: float) -> list[tuple[str, list[dict]]]:
    """Statements about the same thing across articles: average-link clustering on the
    cosine of idf-weighted keyword sets (``keywords``), merging while the best pair of
    clusters is at least ``threshold`` similar. Words every statement shares ('North',
    'Korean') weigh little; rarer shared ones ('withdraw', 'loss', 'Kursk') decide."""
    said = {}
    for c in claims[claims["attributed"].fillna(False)].itertuples(index=False):
        said.setdefault(c.doc_id, []).append((c.start_char, c.end_char))
    docs = [(c, set(c.keywords or [])) for c in claims.itertuples(index=False)
            if c.attributed or not any(a < c.end_char and c.start_char < b for a, b in said.get(c.doc_id, []))]
    docs = [(c, k) for c, k in docs if len(k) >= 3]  # (an own-voice row around a quote only carries its numbers)
    if len(docs) < 2:
        return []
    import numpy as np

    vocab = {w: i for i, w in enumerate(sorted({w for _, k in docs for w in k}))}
    n = len(docs)
    x = np.zeros((n, len(vocab)))
    for row, (_, k) in enumerate(docs):
        x[row, [vocab[w] for w in k]] = 1.0
    df = x.sum(axis=0)
    idf_vec = np.log((1 + n) / (1 + df)) + 1.0
    x *= idf_vec
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    sums = x @ x.T  # sum of pairwise similarities between clusters (singletons first)
    np.fill_diagonal(sums, 0.0)
    size = np.ones(n)
    alive = np.ones(n, dtype=bool)
    members_of = {i: [i] for i in range(n)}
    while alive.sum() > 1:
        avg = sums / np.outer(size, size)
        avg[~alive, :] = -1.0
        avg[:, ~alive] = -1.0
        np.fill_diagonal(avg, -1.0)
        a, b = np.unravel_index(np.argmax(avg), avg.shape)
        if avg[a, b] < threshold:
            break
        sums[a, :] += sums[b, :]
        sums[:, a] += sums[:, b]
        sums[a, a] = 0.0
        size[a] += size[b]
        alive[b] = False
        members_of[a] += members_of.pop(b)
    clusters = list(members_of.values())
    idf = {w: idf_vec[i] for w, i in vocab.items()}
    vecs = [k for _, k in docs]
    out = []
    for members in clusters:
        if len(members) < 2:
            continue
        count: dict[str, int] = {}
        for i in members:
            for w in vecs[i]:
                count[w] = count.get(w, 0) + 1
        common = [w for w, k in count.items() if k >= max(2, len(members) / 2)] or list(count)
        top = sorted(common, key=lambda w: (-idf[w] * count[w], w))[:4]
        rows = []
        for i in members:
            c = docs[i][0]
            rows.append({"doc_id": c.doc_id, "outlet": plain(c.outlet), "published": c.published,
                         "speaker": _speaker(c), "text": c.content, "claim": c.sentence,
                         "claim_id": c.claim_id, "conflict": False, "note": None,
                         "attributed": plain(c.attributed)})
        out.append((" ".join(top), rows))
    return out


def _flag_quantities(members: list[dict], tolerance: float) -> None:
    ranges = [value_range(m["value"], m["low"], m["high"], m["approx"], tolerance) for m in members]
    for m, r in zip(members, ranges):
        clash = [o for o, s in zip(members, ranges)
                 if o is not m and o["doc_id"] != m["doc_id"] and not ranges_overlap(r, s)]
        m["conflict"] = bool(clash)
        m["note"] = ("does not overlap " + "; ".join(f"{o['text']} ({o['outlet'] or o['doc_id']})" for o in clash)
                     if clash else None)


def _flag_dates(members: list[dict]) -> None:
    for m in members:
        clash, years = [], []
        if m["window"] is not None:
            for o in members:
                if o is m or o["window"] is None or o["doc_id"] == m["doc_id"]:
                    continue
                (a0, a1), (b0, b1) = m["window"], o["window"]
                if not (a0 <= b1 and b0 <= a1):
                    clash.append(o)
                    if m["start"].year != o["start"].year and m["end"].year != o["end"].year:
                        years.append(o)
        m["conflict"] = bool(clash)
        if years:
            m["note"] = "placed in a different year than " + "; ".join(
                f"{o['text']} = {o['timex']} ({o['outlet'] or o['doc_id']})" for o in years)
        elif clash:
            what = "last occurred at another time than " if m.get("frame") == "last" else "interval does not overlap "
            m["note"] = what + "; ".join(
                f"{o['text']} ({o['outlet'] or o['doc_id']})" for o in clash)
        else:
            m["note"] = None
        if m.get("anchor_note"):
            m["note"] = "; ".join(x for x in (m["note"], m["anchor_note"]) if x)


def compare(claims: pd.DataFrame, *, min_docs: int = 2, tolerance: float = 0.1,
            max_ratio: float = 3.0, statements: bool = True, similarity: float = 0.3,
            borrow_anchor: bool = True) -> pd.DataFrame:
    """Comparable claims across articles, one row per reported number or date.

    Groups (``group``, ``kind``, ``topic``) hold items from at least ``min_docs`` articles:
    counts or shares of the same kind of thing (quantities) and dates of the same kind of
    event (dates, placed on one calendar as ``start``/``end``). ``conflict`` marks an item
    that disagrees with another article's item of the group (ranges, with ``tolerance``
    around approximate numbers, or intervals that do not overlap); ``note`` says with what.
    With ``statements`` it also groups statements of similar content (``kind`` 'statement',
    cosine of idf-weighted keywords at least ``similarity``; ``text`` is the statement).
    With ``borrow_anchor``, the relative dates of an article without a publication date are
    read against the corpus's median publication date *in this comparison only* (the
    frames keep them unresolved), and ``note`` says so.
    """
    out: list[dict] = []
    n = 0
    qrows = _quantity_rows(claims)
    by_topic: dict[tuple, list[dict]] = {}
    for r in qrows:
        if r["about"]:
            by_topic.setdefault((r["kind"], r["about"]), []).append(r)
    candidates: list[tuple[str, str, list[dict]]] = []
    for (kind, about), members in by_topic.items():
        runs = _magnitude_split(members, max_ratio) if kind != "share" else [members]
        for run in runs:
            candidates.append(("quantity", f"{kind.replace('measure:', '')} of {about}", run))
    borrowed = corpus_anchor(claims) if borrow_anchor else None
    for topic, members in _date_key_groups(_date_rows(claims, borrowed)):
        candidates.append(("date", topic, members))
    if statements:
        for topic, members in _statement_groups(claims, similarity):
            candidates.append(("statement", topic, members))
    counters = {"quantity": 0, "date": 0, "statement": 0}
    for kind, topic, members in candidates:
        if len({m["doc_id"] for m in members}) < min_docs:
            continue
        counters[kind] += 1
        n = counters[kind]
        if kind == "quantity":
            _flag_quantities(members, tolerance)
        elif kind == "date":
            _flag_dates(members)
        for m in members:
            out.append({**m, "group": f"{kind[0].upper()}{n}", "kind": kind, "topic": topic})
    df = pd.DataFrame.from_records(out, columns=list(COMPARE_COLUMNS)) if out else \
        pd.DataFrame(columns=list(COMPARE_COLUMNS))
    for col, dtype in COMPARE_COLUMNS.items():
        if dtype == "datetime64[ns]":
            df[col] = pd.to_datetime(df[col], errors="coerce").astype(dtype)
        else:
            df[col] = df[col].astype(object).where(df[col].notna(), None).astype(dtype)
    order = df["group"].str[1:].astype("Int64") if len(df) else df["group"]
    kinds = df["kind"].map({"quantity": 0, "date": 1, "statement": 2})
    return (df.assign(_kind=kinds, _order=order)
            .sort_values(["_kind", "_order", "start", "value", "doc_id"], kind="stable")
            .drop(columns=["_kind", "_order"]).reset_index(drop=True))
