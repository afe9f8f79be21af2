"""Claims: the layers joined per statement; the same claim compared across articles.

``build_claims(doc)`` turns one processed Doc (and its typed frames) into one row per
statement: every attribution, plus every factual sentence the outlet states in its own
voice. Each row carries the article (doc_id, outlet, published), who said it, the
sentence, and the quantities, dates and entities inside it, each quantity and date
annotated with *what* it is about (the counted noun, the event it dates) read off the
parse, so that ``compare`` can work on the table alone, without the Docs.

``compare(claims)`` groups comparable items across articles and flags disagreements.
How items are judged comparable, and why:

- quantities: the same kind of measure (a count, a share, a measure in one unit) of the
  same kind of thing: the counted noun's head, mapped through the concept sets in
  ``models/claims/synonyms.json`` (troops / soldiers / forces / personnel ...). Counts of
  one kind are split where their magnitudes differ by more than ``max_ratio``.
- dates: the same kind of happening (the predicate the date modifies, through the same
  concept sets: arrive / arrival / deploy ...) to the same kind of participant. A date in
  a negated "for/since" clause ("not seen for three weeks", "no combat since mid-January")
  or after "the last ..." dates the *last occurrence* of something; those are compared on
  one calendar as intervals ending at the article's anchor.
- statements: similar content, as the cosine of idf-weighted keyword sets (content lemmas,
  synonyms folded to their concept), clustered with average linkage.

Why read the parse for numbers and dates rather than compare whole sentences: in a corpus
about one event every sentence is about "North Korean troops", so sentence similarity
(lexical or neural) cannot tell the arrival's date from the last sighting's; the predicate
and its subject can. Why no neural sentence embeddings for statements: the packaged
MiniLM models need PyTorch (gigabytes in every CI run and install) while idf-weighted
keywords with the concept sets already group the same statement across outlets on the
corpus; it is also fast, deterministic and explainable (the ``topic`` shows the words).
"""
from __future__ import annotations

import bisect
import math
import re
from functools import lru_cache
from typing import Any, Iterable
from urllib.parse import urlparse

import pandas as pd
from spacy.tokens import Doc, Span, Token

from . import resources

SYNONYMS_FILE = "claims/synonyms.json"

CLAIM_COLUMNS: dict[str, object] = {
    "doc_id": "string", "claim_id": "string", "outlet": "string", "published": "datetime64[ns]",
    "sent_id": "Int64", "start_char": "Int64", "end_char": "Int64", "attributed": "boolean",
    "speaker": "string", "speaker_canonical": "string", "cue": "string", "medium": "string",
    "via": "string", "direct": "boolean", "content": "string", "sentence": "string",
    "quantities": "object", "dates": "object", "entities": "object", "keywords": "object",
}

COMPARE_COLUMNS: dict[str, object] = {
    "group": "string", "kind": "string", "topic": "string", "doc_id": "string",
    "outlet": "string", "published": "datetime64[ns]", "speaker": "string", "attributed": "boolean",
    "value": "Float64", "low": "Float64", "high": "Float64", "approx": "boolean", "unit": "string",
    "start": "datetime64[ns]", "end": "datetime64[ns]", "timex": "string",
    "text": "string", "claim": "string", "conflict": "boolean", "note": "string", "claim_id": "string",
}

# Days per TIMEX3 duration unit, for durations that are not whole months or years.
_UNIT_DAYS = {"D": 1.0, "W": 7.0, "M": 30.4375, "Y": 365.25, "DE": 3652.5, "CE": 36525.0}


# ---------------------------------------------------------------------------------------
# concept sets (data file)
# ---------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _lexicon() -> dict[str, Any]:
    raw = resources.load_json(SYNONYMS_FILE)
    index = {}
    for family in ("counted", "events"):
        index[family] = {w.lower(): concept for concept, words in raw[family].items() for w in words}
    return {**raw, **{f"{k}_index": v for k, v in index.items()},
            "generic": frozenset(w.lower() for w in raw["generic_heads"])}


def concept(word: str | None, family: str = "counted") -> str | None:
    """The concept a word belongs to ('soldiers' -> 'troops'), or the word itself, lower-cased."""
    if not word:
        return None
    w = word.lower().strip()
    return _lexicon()[f"{family}_index"].get(w, w)


def _known(word: str, family: str) -> bool:
    return word.lower() in _lexicon()[f"{family}_index"]


def _generic(word: str) -> bool:
    return word.lower() in _lexicon()["generic"]


# ---------------------------------------------------------------------------------------
# pure helpers (table-tested)
# ---------------------------------------------------------------------------------------

def counted_head(counted: str | None) -> str | None:
    """The head noun of a 'counted' phrase: 'the number of North Korean troops' -> 'troops'."""
    if not counted or not counted.strip():
        return None
    parts = [p.split() for p in f" {counted.lower()} ".split(" of ") if p.split()]
    if not parts:
        return None
    head = parts[0][-1].strip(".,;:'\"()")
    if _generic(head) and len(parts) > 1:
        return parts[1][-1].strip(".,;:'\"()") if len(parts) == 2 else counted_head(" of ".join(" ".join(p) for p in parts[1:]))
    return head


def quantity_kind(value: float | None, low: float | None, high: float | None, unit: str | None,
                  text: str = "") -> str:
    """'share' for fractions and percentages, 'count' for plain numbers, else 'measure:<unit>'."""
    unit = (unit or "dimensionless").lower()
    nums = [x for x in (value, low, high) if x is not None and not _isnan(x)]
    if unit in ("percentage", "percent"):
        return "share"
    if unit != "dimensionless":
        return f"measure:{unit}"
    if nums and all(0 < x < 1 for x in nums):  # 'one soldier' (1.0) is a count, 'half' a share
        return "share"
    return "count"


def _isnan(x: Any) -> bool:
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
    value, low, high = (None if _isnan(x) else float(x) for x in (value, low, high))
    approx = bool(approx) if not _isnan(approx) else False
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
    anchor = None if _isnan(anchor) or anchor is None else pd.Timestamp(anchor)
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
    if start is None or _isnan(start):
        return None
    start = pd.Timestamp(start)
    end = pd.Timestamp(end) if end is not None and not _isnan(end) else start
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
    if days is None or _isnan(anchor) or anchor is None:
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


# ---------------------------------------------------------------------------------------
# Doc -> claims
# ---------------------------------------------------------------------------------------

def outlet_of(source: str | None, url: str | None) -> str | None:
    """The outlet: the article's source, else its URL's host without 'www.'."""
    if source:
        return source
    if url:
        host = urlparse(url if "//" in url else f"//{url}").hostname or ""
        return host[4:] if host.startswith("www.") else (host or None)
    return None


def _plain(x: Any) -> Any:
    """A msgpack/JSON/parquet-friendly scalar: NA -> None, Timestamps -> ISO dates."""
    if _isnan(x) or x is pd.NaT:
        return None
    if isinstance(x, pd.Timestamp):
        return x.date().isoformat()
    if hasattr(x, "item"):
        return x.item()
    return x


def _span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(int(start), int(end), alignment_mode="expand")


def _subject(tok: Token) -> Token | None:
    """Who or what the predicate is about: its subject, or the noun a participle modifies."""
    for child in tok.children:
        if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return child
    if tok.dep_ in ("acl", "relcl", "amod") and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    if tok.pos_ == "NOUN":  # a nominal predicate: 'the arrival of troops'
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objs = [g for g in child.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0]
    if tok.dep_ in ("xcomp", "conj") and tok.head.i != tok.i:
        return _subject(tok.head)
    return None


def _what(noun: Token | None) -> Token | None:
    """Through generic heads to what they are of: 'the presence of troops' -> troops."""
    seen = 0
    while noun is not None and seen < 4:
        seen += 1
        of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
        if of and (_generic(noun.lower_) or _known(noun.lower_, "events") or _known(noun.lemma_, "events")
                   or not (_known(noun.lower_, "counted") or _known(noun.lemma_, "counted"))):
            noun = of[0]
            continue
        break
    return noun


def _counted_concept_of(tok: Token | None) -> str | None:
    if tok is None or tok.pos_ == "PRON":
        return None
    for form in (tok.lower_, tok.lemma_.lower()):
        if _known(form, "counted"):
            return concept(form)
    return tok.lemma_.lower() if tok.pos_ in ("NOUN", "PROPN") and not _generic(tok.lower_) else None


def _negated(tok: Token) -> bool:
    nodes = [tok, *[c for c in tok.children if c.dep_ in ("aux", "auxpass")]]
    if any(c.dep_ == "neg" for n in nodes for c in n.children):
        return True
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "attr", "dobj")), None)
    return subj is not None and any(c.lower_ in ("no", "none") and c.dep_ == "det" for c in subj.children)


def _predicate(span: Span) -> Token | None:
    """The verb (or event noun) a date or number hangs from."""
    tok = span.root
    for _ in range(12):
        if tok.head is tok:
            return tok if tok.i not in range(span.start, span.end) else None
        tok = tok.head
        if tok.i in range(span.start, span.end) or tok.pos_ == "ADP":
            continue
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.pos_ == "NOUN" and (_known(tok.lower_, "events") or _known(tok.lemma_, "events")):
            return tok
    return None


def _through_hedges(pred: Token, hedges: set[str]) -> Token:
    """'it appears that troops have not fought since ...': the clause a hedge or report
    verb governs (or, misparsed, is an adverbial of) says what happened."""
    if pred.lemma_.lower() not in hedges:
        return pred
    cands = [c for c in pred.children if c.dep_ in ("ccomp", "xcomp", "conj")]
    if pred.dep_ in ("advcl", "parataxis") and pred.head is not pred:
        cands.append(pred.head)
    for want in (_negated, lambda t: any(c.dep_ in ("aux", "auxpass") for c in t.children)):
        for c in cands:
            if c.pos_ in ("VERB", "AUX") and want(c):
                return c
    return cands[0] if cands else pred


def _event_of(doc: Doc, span: Span) -> dict:
    """What a date mention dates: predicate concept, participant concept, and the frame."""
    lex = _lexicon()
    if len(span) > 1 and span[0].pos_ in ("ADP", "SCONJ"):  # a layer that kept 'since' inside
        prep_tok, span = span[0], Span(doc, span.start + 1, span.end, label=span.label_)
    else:
        prep_tok = doc[span.start - 1] if span.start > 0 else None
    prep = prep_tok.lower_ if prep_tok is not None and prep_tok.pos_ in ("ADP", "SCONJ") else None
    pred = _predicate(span)
    if pred is None:
        return {"prep": prep, "event": None, "about": None, "frame": None, "forward": False}
    pred = _through_hedges(pred, set(lex["hedge_verbs"]))
    subj = _subject(pred)
    if pred.lemma_.lower() == "be":  # 'the last sighting ... was three weeks ago', 'there has been no presence'
        nominal = subj
        if nominal is None or nominal.dep_ == "expl" or any(c.dep_ == "expl" for c in pred.children):
            nominal = next((c for c in pred.children if c.dep_ == "attr"), None)
        if nominal is None:  # a misparsed subject: the nearest event noun before the copula
            nominal = next((t for t in reversed(doc[pred.sent.start:pred.i])
                            if t.pos_ == "NOUN" and (_known(t.lower_, "events") or _known(t.lemma_, "events"))), None)
        pred_word, subj = (nominal, _what(nominal)) if nominal is not None else (pred, subj)
    else:
        pred_word, subj = pred, _what(subj)
    event = concept(pred_word.lower_, "events") if _known(pred_word.lower_, "events") else \
        concept(pred_word.lemma_.lower(), "events")
    # 'the last sighting', 'were last seen': when something happened for the last time
    last = any(c.lower_ in lex["last_markers"] for c in pred_word.children if c.dep_ in ("amod", "advmod"))
    negated = _negated(pred)
    until_now = prep in ("since", "for", "over")
    is_duration = span.label_ == "DURATION"
    frame = "last" if (negated and (until_now or is_duration)) or (last and not is_duration) else None
    # 'could arrive within two months', 'are expected to arrive in March': the verb's own
    # auxiliaries, or the verb that governs it, look ahead (not any word of the sentence)
    markers = {c.lower_ for c in pred.children if c.dep_ in ("aux", "auxpass")}
    if pred.dep_ == "xcomp":
        markers |= {pred.head.lemma_.lower(), pred.head.lower_}
    forward = prep in lex["forward_preps"] or bool(markers & set(lex["future_markers"]))
    return {"prep": prep, "event": event, "about": _counted_concept_of(subj), "frame": frame,
            "forward": forward}


def _quantity_about(doc: Doc, span: Span, counted: str | None) -> str | None:
    """The concept a number counts: from the layer's 'counted' phrase, else from the parse,
    else the nearest concept-bearing noun before it (same or previous sentence)."""
    head = counted_head(counted)
    if head and not _generic(head):
        return concept(head)
    root = span.root
    cands: list[Token | None] = []
    if root.dep_ in ("nummod", "quantmod", "amod", "compound", "det") and root.head.pos_ in ("NOUN", "PROPN"):
        cands.append(_what(root.head))
    cands.append(_what(root))
    if root.pos_ == "VERB":  # 'the number of troops halved'
        cands.append(_what(_subject(root)))
    for cand in cands:
        if cand is None or cand.i in range(span.start, span.end) or _generic(cand.lower_):
            continue
        c = _counted_concept_of(cand)
        if c:
            return c
    sent = span.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for tok in reversed(doc[start:span.start]):
        if tok.pos_ in ("NOUN", "PROPN") and _known(tok.lower_, "counted"):
            return concept(tok.lower_)
    return None


def _sentences(doc: Doc) -> list[Span]:
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return list(doc.sents)
    return [doc[:]] if len(doc) else []


def _factual(sent: Span) -> bool:
    """A declarative sentence with a verb, long enough to state something."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    text = sent.text.strip()
    return (len(words) >= 4 and not text.endswith("?") and not text.startswith("#")
            and any(t.pos_ in ("VERB", "AUX") for t in sent))


def build_claims(doc: Doc, frames: dict[str, pd.DataFrame] | None = None) -> pd.DataFrame:
    """One row per statement of one processed Doc: its attributions, then the factual
    sentences outside any attribution (the outlet's own voice), in text order."""
    from . import frames as F  # frames imports the components; keep claims importable alone

    frames = frames or {layer: F.frame(layer, doc) for layer in F.LAYERS}
    att = frames["attributions"]
    sents = _sentences(doc)
    starts = [s.start_char for s in sents]
    outlet = outlet_of(doc._.source, doc._.url)
    doc_id = doc._.doc_id
    text = doc.text  # built anew on every access: once per Doc
    pieces: list[dict] = []
    covered: set[int] = set()
    # the contents overlapping each sentence: only those can hold a number or date of it
    # (looking through every content of the article made long articles quadratic)
    contents_in: dict[int, list[tuple[int, int]]] = {}

    def sent_range(start: int, end: int) -> list[int]:
        i = max(0, _bisect(starts, start))
        out = []
        while i < len(sents) and sents[i].start_char < end:
            if sents[i].end_char > start:
                out.append(i)
            i += 1
        return out

    for a in att.itertuples(index=False):
        if _isnan(a.content_start_char) or _isnan(a.content_end_char):
            continue
        start, end = int(a.content_start_char), int(a.content_end_char)
        idx = sent_range(start, end)
        covered.update(idx)
        for i in idx:
            contents_in.setdefault(i, []).append((start, end))
        if not _isnan(a.cue_start_char):
            covered.update(sent_range(int(a.cue_start_char), int(a.cue_end_char)))
        sentence = text[sents[idx[0]].start_char:sents[idx[-1]].end_char] if idx else a.content
        pieces.append({"start_char": start, "end_char": end, "attributed": True,
                       "speaker": _plain(a.speaker), "speaker_canonical": _plain(a.speaker_canonical),
                       "cue": _plain(a.cue), "medium": _plain(a.medium), "via": _plain(a.via),
                       "direct": _plain(a.direct), "content": a.content, "sentence": sentence})
    qty, dts, ents = (_records(frames[layer]) for layer in ("quantities", "dates", "entities"))
    for i, s in enumerate(sents):
        contents = contents_in.get(i, [])
        if i in covered:
            # the outlet's own words around a quote ('... arrived in November, officials said that ...')
            left = [x for f in (qty, dts) for x in _inside(f, s.start_char, s.end_char)
                    if not any(a <= x.start_char and x.end_char <= b for a, b in contents)]
            if not left:
                continue
        elif not _factual(s):
            continue
        pieces.append({"start_char": s.start_char, "end_char": s.end_char, "attributed": False,
                       "content": s.text, "sentence": s.text, "_outside": contents})
    pieces.sort(key=lambda p: (p["start_char"], p["end_char"]))
    rows = []
    for n, p in enumerate(pieces):
        start, end = p["start_char"], p["end_char"]
        skip = p.pop("_outside", None) or []

        def own(items: list) -> list:  # drop what a quote in the same sentence already holds
            return [x for x in items if not any(a <= x.start_char and x.end_char <= b for a, b in skip)]

        rows.append({
            **p, "doc_id": doc_id, "claim_id": f"{doc_id}#{n}", "outlet": outlet,
            "published": doc._.published, "sent_id": max(0, _bisect(starts, start)),
            "quantities": [_quantity_item(doc, q) for q in own(_inside(qty, start, end))],
            "dates": [_date_item(doc, d) for d in own(_inside(dts, start, end))],
            "entities": sorted({_plain(e.canonical) or e.text for e in _inside(ents, start, end)}),
            "keywords": _keywords(doc, start, end,
                                  [(x.start_char, x.end_char) for f in (qty, dts) for x in _inside(f, start, end)]),
        })
    return typed_claims(rows)


def _keywords(doc: Doc, start: int, end: int, skip: list[tuple[int, int]]) -> list[str]:
    """What a statement is about, for comparing statements: its content words' lemmas,
    synonyms folded to their concept ('soldiers' -> 'troops', 'sighting' -> 'seen'),
    numbers and dates left out (they are compared on their own)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    out = set()
    for t in span:
        if t.is_stop or not t.is_alpha or len(t) < 3 or t.pos_ not in ("NOUN", "PROPN", "VERB", "ADJ"):
            continue
        if any(a <= t.idx < b for a, b in skip):
            continue
        lemma = t.lemma_.lower()
        word = t.lower_
        if _known(word, "counted") or _known(lemma, "counted"):
            out.add(concept(word if _known(word, "counted") else lemma))
        elif _known(word, "events") or _known(lemma, "events"):
            out.add(concept(word if _known(word, "events") else lemma, "events"))
        else:
            out.add(lemma)
    return sorted(out)


def _bisect(starts: list[int], char: int) -> int:
    return bisect.bisect_right(starts, char) - 1


def _records(frame: pd.DataFrame) -> tuple[list, list[int]]:
    """A frame's rows with offsets, as tuples sorted by start, and their starts: read once
    per Doc, then looked up by bisection (a pandas mask per statement cost more than the parse)."""
    rows = sorted((r for r in frame.itertuples(index=False) if not (_isnan(r.start_char) or _isnan(r.end_char))),
                  key=lambda r: r.start_char)
    return rows, [int(r.start_char) for r in rows]


def _inside(records: tuple[list, list[int]], start: int, end: int) -> list:
    rows, starts = records
    lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    return [r for r in rows[lo:hi] if r.end_char <= end]


def _quantity_item(doc: Doc, q: Any) -> dict:
    span = _span(doc, q.start_char, q.end_char) if doc.has_annotation("DEP") else None
    about = _quantity_about(doc, span, _plain(q.counted)) if span is not None else concept(counted_head(_plain(q.counted)))
    return {"text": q.text, "start_char": int(q.start_char), "end_char": int(q.end_char),
            "value": _plain(q.value), "low": _plain(q.low), "high": _plain(q.high),
            "approx": _plain(q.approx), "unit": _plain(q.unit), "counted": _plain(q.counted),
            "about": about}


def _date_item(doc: Doc, d: Any) -> dict:
    span = _span(doc, d.start_char, d.end_char) if doc.has_annotation("DEP") else None  # no parse: no event
    if span is not None:
        span = Span(doc, span.start, span.end, label=str(_plain(d.type) or "DATE"))
    event = _event_of(doc, span) if span is not None else {}
    return {"text": d.text, "start_char": int(d.start_char), "end_char": int(d.end_char),
            "type": _plain(d.type), "value": _plain(d.value), "mod": _plain(d.mod),
            "start_date": _plain(d.start_date), "end_date": _plain(d.end_date),
            "anchor": _plain(d.anchor), "resolved": _plain(d.resolved), "relative": _plain(d.relative), **event}


def typed_claims(rows: Iterable[dict]) -> pd.DataFrame:
    """Claim rows -> a frame with exactly CLAIM_COLUMNS and their dtypes."""
    df = pd.DataFrame.from_records(list(rows), columns=list(CLAIM_COLUMNS))
    for col, dtype in CLAIM_COLUMNS.items():
        if dtype == "object":
            df[col] = df[col].astype(object)
        elif dtype == "datetime64[ns]":
            from .frames import cast_column  # frames imports the components; import late

            df[col] = cast_column(df[col], dtype)
        elif dtype == "string":
            df[col] = df[col].astype(object).where(df[col].notna(), None).astype(dtype)
        else:
            df[col] = df[col].astype(object).where(df[col].notna(), None).astype(dtype)
    return df.reset_index(drop=True)


def concat_claims(frames: Iterable[pd.DataFrame]) -> pd.DataFrame:
    frames = [f for f in frames if len(f)]
    return typed_claims([]) if not frames else typed_claims(pd.concat(frames, ignore_index=True).to_dict("records"))


# ---------------------------------------------------------------------------------------
# compare across articles
# ---------------------------------------------------------------------------------------

def _speaker(row: Any) -> str | None:
    return _plain(row.speaker_canonical) or _plain(row.speaker)


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
        out.append({"kind": kind, "about": q.get("about"), "doc_id": c.doc_id, "outlet": _plain(c.outlet),
                    "published": c.published, "speaker": _speaker(c), **scaled,
                    "approx": q.get("approx"), "unit": q.get("unit"), "text": q.get("text"),
                    "claim": c.content, "claim_id": c.claim_id, "attributed": _plain(c.attributed)})
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
    from .timex import normalize

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
        anchor = d.get("anchor") or (None if _isnan(c.published) else c.published)
        anchor_note = None
        if anchor is None and borrowed is not None:
            new = _reanchor(d, borrowed)
            if new is not d or d.get("type") == "DURATION" or (d.get("prep") or "").lower() == "since":
                anchor_note = f"article date unknown: read against {borrowed.date()}, the corpus's median date"
            d, anchor = new, borrowed
        interval = calendar_interval(d, anchor)
        out.append({"event": d.get("event"), "frame": d.get("frame"), "about": d.get("about"),
                    "window": last_seen_window(d, anchor) if d.get("frame") == "last" else interval,
                    "doc_id": c.doc_id, "outlet": _plain(c.outlet), "published": c.published,
                    "speaker": _speaker(c), "start": interval[0] if interval else None,
                    "end": interval[1] if interval else None, "timex": d.get("value"),
                    "text": d.get("text"), "claim": c.content, "type": d.get("type"),
                    "forward": bool(d.get("forward")), "claim_id": c.claim_id, "anchor_note": anchor_note,
                    "attributed": _plain(c.attributed)})
    return out


def _date_key_groups(items: list[dict]) -> list[tuple[str, list[dict]]]:
    """Items dating the same kind of event to the same kind of participant (a missing
    participant matches any), joined transitively."""
    reporting = set(_lexicon()["reporting_events"])

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
            rows.append({"doc_id": c.doc_id, "outlet": _plain(c.outlet), "published": c.published,
                         "speaker": _speaker(c), "text": c.content, "claim": c.sentence,
                         "claim_id": c.claim_id, "conflict": False, "note": None,
                         "attributed": _plain(c.attributed)})
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
