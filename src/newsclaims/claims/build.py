"""One row per statement of an article: every attribution, plus every factual sentence the
outlet states in its own voice, with the quantities, dates and entities inside it and what
each quantity and date is about, read off the parse."""
from __future__ import annotations

import bisect
from typing import Any, Iterable

import pandas as pd
from spacy.tokens import Doc, Span, Token

from .concepts import concept, counted_head, generic, known, lexicon
from .values import isnan, outlet_of, plain

CLAIM_COLUMNS: dict[str, object] = {
    "doc_id": "string", "claim_id": "string", "outlet": "string", "published": "datetime64[ns]",
    "sent_id": "Int64", "start_char": "Int64", "end_char": "Int64", "attributed": "boolean",
    "speaker": "string", "speaker_canonical": "string", "cue": "string", "medium": "string",
    "via": "string", "direct": "boolean", "content": "string", "sentence": "string",
    "quantities": "object", "dates": "object", "entities": "object", "keywords": "object",
}


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
        if of and (generic(noun.lower_) or known(noun.lower_, "events") or known(noun.lemma_, "events")
                   or not (known(noun.lower_, "counted") or known(noun.lemma_, "counted"))):
            noun = of[0]
            continue
        break
    return noun


def _counted_concept_of(tok: Token | None) -> str | None:
    if tok is None or tok.pos_ == "PRON":
        return None
    for form in (tok.lower_, tok.lemma_.lower()):
        if known(form, "counted"):
            return concept(form)
    return tok.lemma_.lower() if tok.pos_ in ("NOUN", "PROPN") and not generic(tok.lower_) else None


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
        if tok.pos_ == "NOUN" and (known(tok.lower_, "events") or known(tok.lemma_, "events")):
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
    lex = lexicon()
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
                            if t.pos_ == "NOUN" and (known(t.lower_, "events") or known(t.lemma_, "events"))), None)
        pred_word, subj = (nominal, _what(nominal)) if nominal is not None else (pred, subj)
    else:
        pred_word, subj = pred, _what(subj)
    event = concept(pred_word.lower_, "events") if known(pred_word.lower_, "events") else \
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
    if head and not generic(head):
        return concept(head)
    root = span.root
    cands: list[Token | None] = []
    if root.dep_ in ("nummod", "quantmod", "amod", "compound", "det") and root.head.pos_ in ("NOUN", "PROPN"):
        cands.append(_what(root.head))
    cands.append(_what(root))
    if root.pos_ == "VERB":  # 'the number of troops halved'
        cands.append(_what(_subject(root)))
    for cand in cands:
        if cand is None or cand.i in range(span.start, span.end) or generic(cand.lower_):
            continue
        c = _counted_concept_of(cand)
        if c:
            return c
    sent = span.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for tok in reversed(doc[start:span.start]):
        if tok.pos_ in ("NOUN", "PROPN") and known(tok.lower_, "counted"):
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
    from .. import frames as F  # frames imports the components; keep claims importable alone

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
        if isnan(a.content_start_char) or isnan(a.content_end_char):
            continue
        start, end = int(a.content_start_char), int(a.content_end_char)
        idx = sent_range(start, end)
        covered.update(idx)
        for i in idx:
            contents_in.setdefault(i, []).append((start, end))
        if not isnan(a.cue_start_char):
            covered.update(sent_range(int(a.cue_start_char), int(a.cue_end_char)))
        sentence = text[sents[idx[0]].start_char:sents[idx[-1]].end_char] if idx else a.content
        pieces.append({"start_char": start, "end_char": end, "attributed": True,
                       "speaker": plain(a.speaker), "speaker_canonical": plain(a.speaker_canonical),
                       "cue": plain(a.cue), "medium": plain(a.medium), "via": plain(a.via),
                       "direct": plain(a.direct), "content": a.content, "sentence": sentence})
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
            "entities": sorted({plain(e.canonical) or e.text for e in _inside(ents, start, end)}),
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
        if known(word, "counted") or known(lemma, "counted"):
            out.add(concept(word if known(word, "counted") else lemma))
        elif known(word, "events") or known(lemma, "events"):
            out.add(concept(word if known(word, "events") else lemma, "events"))
        else:
            out.add(lemma)
    return sorted(out)


def _bisect(starts: list[int], char: int) -> int:
    return bisect.bisect_right(starts, char) - 1


def _records(frame: pd.DataFrame) -> tuple[list, list[int]]:
    """A frame's rows with offsets, as tuples sorted by start, and their starts: read once
    per Doc, then looked up by bisection (a pandas mask per statement cost more than the parse)."""
    rows = sorted((r for r in frame.itertuples(index=False) if not (isnan(r.start_char) or isnan(r.end_char))),
                  key=lambda r: r.start_char)
    return rows, [int(r.start_char) for r in rows]


def _inside(records: tuple[list, list[int]], start: int, end: int) -> list:
    rows, starts = records
    lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    return [r for r in rows[lo:hi] if r.end_char <= end]


def _quantity_item(doc: Doc, q: Any) -> dict:
    span = _span(doc, q.start_char, q.end_char) if doc.has_annotation("DEP") else None
    about = _quantity_about(doc, span, plain(q.counted)) if span is not None else concept(counted_head(plain(q.counted)))
    return {"text": q.text, "start_char": int(q.start_char), "end_char": int(q.end_char),
            "value": plain(q.value), "low": plain(q.low), "high": plain(q.high),
            "approx": plain(q.approx), "unit": plain(q.unit), "counted": plain(q.counted),
            "about": about}


def _date_item(doc: Doc, d: Any) -> dict:
    span = _span(doc, d.start_char, d.end_char) if doc.has_annotation("DEP") else None  # no parse: no event
    if span is not None:
        span = Span(doc, span.start, span.end, label=str(plain(d.type) or "DATE"))
    event = _event_of(doc, span) if span is not None else {}
    return {"text": d.text, "start_char": int(d.start_char), "end_char": int(d.end_char),
            "type": plain(d.type), "value": plain(d.value), "mod": plain(d.mod),
            "start_date": plain(d.start_date), "end_date": plain(d.end_date),
            "anchor": plain(d.anchor), "resolved": plain(d.resolved), "relative": plain(d.relative), **event}


def typed_claims(rows: Iterable[dict]) -> pd.DataFrame:
    """Claim rows -> a frame with exactly CLAIM_COLUMNS and their dtypes."""
    df = pd.DataFrame.from_records(list(rows), columns=list(CLAIM_COLUMNS))
    for col, dtype in CLAIM_COLUMNS.items():
        if dtype == "object":
            df[col] = df[col].astype(object)
        elif dtype == "datetime64[ns]":
            from ..frames import cast_column  # frames imports the components; import late

            df[col] = cast_column(df[col], dtype)
        elif dtype == "string":
            df[col] = df[col].astype(object).where(df[col].notna(), None).astype(dtype)
        else:
            df[col] = df[col].astype(object).where(df[col].notna(), None).astype(dtype)
    return df.reset_index(drop=True)


def concat_claims(frames: Iterable[pd.DataFrame]) -> pd.DataFrame:
    frames = [f for f in frames if len(f)]
    return typed_claims([]) if not frames else typed_claims(pd.concat(frames, ignore_index=True).to_dict("records"))
