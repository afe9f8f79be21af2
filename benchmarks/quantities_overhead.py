"""CPU cost of the quantities component relative to the bare spaCy parse (target: <= 20%).

    python benchmarks/quantities_overhead.py [--words 30000] [--data PATH]

Parses the first articles of the data file (gold-format JSONL) with the bare model, then
runs only ``newsclaims_quantities`` over the parsed Docs; CPU seconds (process time), so the
figure holds on a shared machine. quantulum3 is loaded before timing (a one-off cost).
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "benchmarks" / "attribution" / "polnear_train.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=30_000)
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args()

    import newsclaims

    nlp = newsclaims.load()
    texts, n = [], 0
    with args.data.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                texts.append(json.loads(line)["text"])
                n += len(texts[-1].split())
                if n >= args.words:
                    break
    base = [p for p in nlp.pipe_names if not p.startswith("newsclaims_")]
    quantities = nlp.get_pipe("newsclaims_quantities")
    nlp("warm-up: about 5 km and $3 million")
    t = time.process_time()
    with nlp.select_pipes(enable=base):
        docs = list(nlp.pipe(texts))
    bare = time.process_time() - t
    t = time.process_time()
    found = sum(len(quantities(d).spans["quantities"]) for d in docs)
    q = time.process_time() - t
    print(f"words={n} docs={len(docs)} quantities={found} bare_cpu={bare:.2f}s "
          f"quantities_cpu={q:.2f}s overhead={100 * q / bare:.1f}% ({n / q:,.0f} words/s)")


if __name__ == "__main__":
    main()
