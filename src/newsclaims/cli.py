"""The ``newsclaims`` command: extract a corpus to files, or show an article's tables."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd


def _cmd_extract(args: argparse.Namespace) -> int:
    from .api import _write_frame, extract_corpus
    from .article import read_corpus

    if args.chunk_size:
        return _extract_parts(args)
    corpus = read_corpus(args.corpus)
    res = extract_corpus(corpus, n_process=args.n_process, batch_size=args.batch_size,
                         progress=not args.quiet)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, df in res.frames().items():
        _write_frame(df, out / f"{name}.{args.format}", args.format)
    print(f"{res!r} -> {out}/", file=sys.stderr)
    return 0 if res.errors.empty else 1


def _extract_parts(args: argparse.Namespace) -> int:
    """``--chunk-size N``: stream the corpus into ``<out>/<table>/part-*.<format>`` files."""
    from .api import write_corpus
    from .article import _read_jsonl, read_corpus

    src = Path(args.corpus)
    # A JSONL corpus is read lazily, line by line: memory does not grow with its size.
    corpus = _read_jsonl(src, "utf-8") if src.is_file() and src.suffix == ".jsonl" else read_corpus(src)
    counts = write_corpus(corpus, args.out, format=args.format, chunk_size=args.chunk_size,
                          n_process=args.n_process, batch_size=args.batch_size, progress=not args.quiet)
    print(f"{counts['articles']} articles, {counts['errors']} errors in {counts['parts']} parts -> "
          f"{args.out}/<table>/part-*.{args.format}", file=sys.stderr)
    return 0 if counts["errors"] == 0 else 1


def _read_table(path: Path) -> pd.DataFrame:
    """A table written by ``extract``: one file, or a folder of parts."""
    if path.is_dir():
        parts = sorted(path.glob("part-*"))
        if parts and parts[0].suffix == ".csv":
            return pd.concat([pd.read_csv(p) for p in parts], ignore_index=True)
        return pd.read_parquet(path)
    return pd.read_parquet(path) if path.suffix == ".parquet" else pd.read_csv(path)


def _cmd_show(args: argparse.Namespace) -> int:
    path = Path(args.file)
    with pd.option_context("display.max_rows", args.max_rows, "display.max_columns", None,
                           "display.width", 200, "display.max_colwidth", 60):
        if path.suffix in (".parquet", ".csv") or (path.is_dir() and any(path.glob("part-*"))):
            print(_read_table(path))
            return 0
        from .api import extract_corpus
        from .article import read_corpus

        res = extract_corpus(read_corpus(path))
        print(repr(res))
        tables = {"compare": res.compare()} if args.layer == "compare" else res.frames()
        for name, df in tables.items():
            if args.layer and name != args.layer:
                continue
            print(f"\n== {name} ({len(df)} rows)")
            print(df.drop(columns=["doc_id"]) if len(res.articles) == 1 and "doc_id" in df else df)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="newsclaims", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract a corpus (folder of .txt or .jsonl) to files")
    ex.add_argument("corpus")
    ex.add_argument("--out", required=True)
    ex.add_argument("--format", choices=("parquet", "csv", "jsonl"), default="parquet")
    ex.add_argument("--n-process", type=int, default=1)
    ex.add_argument("--batch-size", type=int, default=64)
    ex.add_argument("--chunk-size", type=int, default=0, metavar="N",
                    help="stream: write every N articles as <out>/<table>/part-NNNNN.<format> "
                         "(memory stays flat however large the corpus)")
    ex.add_argument("--quiet", action="store_true", help="no progress bar")
    ex.set_defaults(func=_cmd_extract)
    sh = sub.add_parser("show", help="print the tables of an article (.txt/.jsonl) or an output file or folder")
    sh.add_argument("file")
    sh.add_argument("--layer", choices=("entities", "dates", "quantities", "attributions", "claims", "compare"),
                    help="one table only; 'compare' lines the articles' claims up side by side")
    sh.add_argument("--max-rows", type=int, default=60)
    sh.set_defaults(func=_cmd_show)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())
