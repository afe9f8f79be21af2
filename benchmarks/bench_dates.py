"""Speed of the dates layer relative to the bare spaCy model, in one run.

    python benchmarks/bench_dates.py [GOLD.jsonl] [--repeat N]

Runs the bare base model (tagger/parser/ner...) over the texts, then the newsclaims_dates
component (and the dateline component it reads from) over the same processed Docs, and
prints both times and their ratio. The issue's target: the dates layer adds at most 20%.
Default texts: ../shared/benchmarks/tempeval3/train.jsonl (TempEval-3 train, ~86k words).
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import spacy

from newsclaims.pipeline import read_config

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks" / "tempeval3" / "train.jsonl"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", default=str(DEFAULT))
    ap.add_argument("--repeat", type=int, default=1, help="repeat the dates pass (best time kept)")
    args = ap.parse_args(argv)
    records = [json.loads(line) for line in open(args.gold, encoding="utf-8") if line.strip()]
    texts = [r["text"] for r in records]
    cfg = read_config()
    nlp = spacy.load(cfg["nlp"]["base_model"])
    words = sum(len(t.split()) for t in texts)

    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    bare = time.perf_counter() - t0

    for name in ("newsclaims_dateline", "newsclaims_dates"):
        settings = dict(cfg["components"][name])
        nlp.add_pipe(settings.pop("factory"), name=name, config=settings)
    dateline, dates = nlp.get_pipe("newsclaims_dateline"), nlp.get_pipe("newsclaims_dates")
    for doc, rec in zip(docs, records):
        doc._.published = rec.get("published")
    best = float("inf")
    n_spans = 0
    for _ in range(max(1, args.repeat)):
        t0 = time.perf_counter()
        for doc in docs:
            dates(dateline(doc))
        best = min(best, time.perf_counter() - t0)
        n_spans = sum(len(d.spans["dates"]) for d in docs)
    print(f"texts={len(texts)} words={words} timexes={n_spans}")
    print(f"bare spaCy ({cfg['nlp']['base_model']}): {bare:.2f}s   dateline+dates: {best:.2f}s")
    print(f"ratio dates/bare = {best / bare:.3f}  (target <= 0.20)")


if __name__ == "__main__":
    main()
