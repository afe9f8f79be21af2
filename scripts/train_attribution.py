#!/usr/bin/env python3
"""Train the attribution cue scorer (models/attribution/cue_model.json) on PolNeAR train.

The model is a logistic regression over the sparse features of
``newsclaims.components.attribution.cue_features``: for every cue candidate (a verb,
"according", "reportedly", a cue noun) it learns whether PolNeAR annotators marked it as
the cue of an attribution. Only PolNeAR **train** is used; no text is stored in the model,
only feature weights (lemma and syntax-frame names).

    .venv/bin/python scripts/train_attribution.py ../shared/benchmarks/attribution/polnear_train.jsonl \
        [--docbin /tmp/train.spacy] [--out models/attribution/cue_model.json]

``--docbin`` reuses parses saved with spaCy's DocBin (same order as the JSONL) to save time.
Texts are parsed by the newsclaims pipeline up to the attribution component (``--base-model``).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
import spacy
from spacy.tokens import DocBin

from newsclaims.components.attribution import cue_features, is_candidate, lexicons, quote_index
from newsclaims.quotes import find_quotes


def parsed_docs(records: list[dict], docbin: str | None, base_model: str):
    """Parses of the training texts. By default the newsclaims pipeline up to (not including)
    the attribution component, so that features see the same tokens, entities and parses as
    at prediction time."""
    if docbin and Path(docbin).exists():
        nlp = spacy.blank("en")
        return list(DocBin().from_disk(docbin).get_docs(nlp.vocab))
    if base_model == "newsclaims":
        import newsclaims

        nlp = newsclaims.load()
        with nlp.select_pipes(disable=["newsclaims_attribution"]):
            docs = list(nlp.pipe((r["text"] for r in records), batch_size=16))
    else:
        nlp = spacy.load(base_model)
        docs = list(nlp.pipe((r["text"] for r in records), batch_size=16))
    if docbin:
        db = DocBin(store_user_data=False)
        for d in docs:
            db.add(d)
        db.to_disk(docbin)
    return docs


def examples(records: list[dict], docs) -> tuple[list[list[str]], list[int]]:
    """Features and 0/1 labels of every cue candidate: 1 for the highest candidate in a gold cue."""
    lex = lexicons()
    X, y = [], []
    for rec, doc in zip(records, docs):
        qidx = quote_index(doc, find_quotes(doc.text))
        positives: set[int] = set()
        for a in rec.get("attributions") or []:
            if a.get("cue_start") is None:
                continue
            span = doc.char_span(a["cue_start"], a["cue_end"], alignment_mode="expand")
            if span is None:
                continue
            cands = [t for t in span if is_candidate(t, lex)]
            if cands:
                positives.add(min(cands, key=lambda t: (_depth(t), t.i)).i)
        for tok in doc:
            if is_candidate(tok, lex):
                X.append(cue_features(tok, qidx, lex))
                y.append(int(tok.i in positives))
    return X, y


def _depth(tok) -> int:
    d = 0
    while tok.head.i != tok.i and d < 50:
        tok = tok.head
        d += 1
    return d


def train(X: list[list[str]], y: list[int], min_count: int = 2, l2: float = 1e-5, epochs: int = 300,
          lr: float = 0.5) -> dict[str, float]:
    """Full-batch logistic regression with AdaGrad on sparse binary features."""
    counts = Counter(f for feats in X for f in set(feats))
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}
    rows, cols = [], []
    for r, feats in enumerate(X):
        for f in set(feats):
            j = vocab.get(f)
            if j is not None:
                rows.append(r)
                cols.append(j)
    rows_a, cols_a = np.asarray(rows), np.asarray(cols)
    target = np.asarray(y, dtype=float)
    w = np.zeros(len(vocab))
    hist = np.full(len(vocab), 1e-8)
    n = len(y)
    for ep in range(epochs):
        z = np.bincount(rows_a, weights=w[cols_a], minlength=n)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        g = np.bincount(cols_a, weights=(p - target)[rows_a], minlength=len(vocab)) / n + l2 * w
        hist += g * g
        w -= lr * g / np.sqrt(hist)
        if ep % 50 == 0 or ep == epochs - 1:
            loss = -np.mean(target * np.log(p + 1e-12) + (1 - target) * np.log(1 - p + 1e-12))
            print(f"epoch {ep} loss {loss:.4f}", file=sys.stderr)
    inv = {i: f for f, i in vocab.items()}
    return {inv[i]: round(float(v), 4) for i, v in enumerate(w) if abs(v) >= 1e-3}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("train", help="polnear_train.jsonl")
    ap.add_argument("--docbin", default=None)
    ap.add_argument("--out", default="models/attribution/cue_model.json")
    ap.add_argument("--base-model", default="newsclaims",
                    help="'newsclaims' (the pipeline before attribution) or a spaCy model name")
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--epochs", type=int, default=300)
    args = ap.parse_args(argv)
    t = time.time()
    with open(args.train, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    docs = parsed_docs(records, args.docbin, args.base_model)
    X, y = examples(records, docs)
    print(f"{len(y)} candidates, {sum(y)} cues ({time.time() - t:.0f}s)", file=sys.stderr)
    weights = train(X, y, epochs=args.epochs)
    model = {
        "_doc": "Cue scorer for newsclaims_attribution: logistic regression weights over sparse syntactic "
                "features (scripts/train_attribution.py, trained on PolNeAR train).",
        "threshold": args.threshold,
        "weights": dict(sorted(weights.items())),
    }
    Path(args.out).write_text(json.dumps(model, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(weights)} weights -> {args.out} ({time.time() - t:.0f}s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
