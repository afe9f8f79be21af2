"""newsclaims on Dask: a dask DataFrame of articles in, dask DataFrames of each table out.

>>> import dask.dataframe as dd, newsclaims.dask
>>> articles = dd.read_parquet("s3://bucket/articles/")     # columns: doc_id, text, published, ...
>>> res = newsclaims.dask.extract(articles)
>>> res.to_parquet("s3://bucket/claims/")                  # every table, one pass over the articles
>>> frames = res.compute()                                 # or: a dict of pandas DataFrames

Each partition is one unit of work: its articles go through the same code as
``newsclaims.extract_corpus`` (batched ``nlp.pipe``, one error row per failing article)
and come out as typed pandas frames. The spaCy pipeline is loaded once per worker
process and cached there (``worker_pipeline``), never per partition or per task. The
output frames' columns and dtypes are known in advance (``newsclaims.frames.SCHEMAS``),
so nothing is computed to learn them. The lazy frames hold per-article entity ids;
``compute()`` links them across the corpus, as ``extract_corpus`` does.

Input columns: ``text`` (required), ``doc_id`` (else the index is used: keep it unique),
and optionally ``published``, ``source``, ``url``, ``title``.
"""
from __future__ import annotations

import json
import threading
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Mapping

import dask
import dask.dataframe as dd
import pandas as pd
from spacy.language import Language

from . import api
from . import frames as F
from .claims import concat_claims
from .errors import InputError
from .pipeline import load

ARTICLE_FIELDS = ("doc_id", "text", "published", "source", "url", "title")

_LOAD_LOCK = threading.Lock()
# One nlp must not run in two threads at once (a dask worker may run several tasks at once).
_RUN_LOCK = threading.Lock()
_PIPELINES: dict[str, Language] = {}
# What this process did: how many pipelines it loaded and how many partitions it ran
# (read by the tests through ``Client.run(stats)``).
_STATS = {"loads": 0, "partitions": 0}


def worker_pipeline(config: Mapping[str, Any] | None = None) -> Language:
    """The pipeline of this process for ``config``: loaded on first use, then reused by
    every partition this worker runs."""
    key = json.dumps(dict(config or {}), sort_keys=True, default=str)
    with _LOAD_LOCK:
        nlp = _PIPELINES.get(key)
        if nlp is None:
            nlp = _PIPELINES[key] = load(config)
            _STATS["loads"] += 1
        return nlp


def stats() -> dict[str, int]:
    """Pipelines loaded and partitions processed by this process."""
    return dict(_STATS)


def meta(table: str) -> pd.DataFrame:
    """The empty, typed frame that describes ``table`` (a layer, claims, articles or errors)."""
    if table in F.LAYERS:
        return F.empty(table)
    if table == "claims":
        return concat_claims([])
    if table == "articles":
        return api._records([], api.ARTICLE_COLUMNS)
    if table == "errors":
        return api._records([], api.ERROR_COLUMNS)
    raise InputError("table", f"expected one of {api.PART_TABLES}, got {table!r}")


def _plain(value: Any) -> Any:
    """None for pandas' missing values, so that Articles see a missing field as missing."""
    try:
        return None if pd.isna(value) else value
    except (TypeError, ValueError):  # lists, arrays: not a scalar
        return value


def _records(part: pd.DataFrame) -> list[dict]:
    if "text" not in part.columns:
        raise InputError("articles", "the dask DataFrame needs a 'text' column")
    cols = [c for c in ARTICLE_FIELDS if c in part.columns]
    records = [{c: _plain(v) for c, v in zip(cols, row)} for row in part[cols].itertuples(index=False)]
    if "doc_id" not in part.columns:
        for record, idx in zip(records, part.index):
            record["doc_id"] = str(idx)
    return records


def extract_partition(part: pd.DataFrame, config: Mapping[str, Any] | None = None,
                      batch_size: int = 64) -> dict[str, pd.DataFrame]:
    """Every table of one partition of articles, with exactly the columns of ``meta``."""
    nlp = worker_pipeline(config)
    with _RUN_LOCK:
        parts = list(api.iter_parts(_records(part), nlp=nlp, batch_size=batch_size))
        _STATS["partitions"] += 1
    collected = {name: [p[name] for p in parts] for name in api.PART_TABLES}
    tables = api._stack(collected)
    out = {}
    for name, df in tables.items():
        want = meta(name)
        out[name] = df.reindex(columns=want.columns).astype(want.dtypes.to_dict())
    return out


@dataclass
class DaskExtraction:
    """The tables of a dask corpus, lazily. Compute them together (``compute``,
    ``persist``, ``to_parquet``): each partition of articles is then processed once."""

    entities: dd.DataFrame
    dates: dd.DataFrame
    quantities: dd.DataFrame
    attributions: dd.DataFrame
    claims: dd.DataFrame
    articles: dd.DataFrame
    errors: dd.DataFrame

    def frames(self) -> dict[str, dd.DataFrame]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def compute(self, **kwargs: Any) -> dict[str, pd.DataFrame]:
        """Every table as a pandas DataFrame, in one pass over the articles, with entity
        ids linked across the whole corpus as ``extract_corpus`` does."""
        names = list(self.frames())
        out = dict(zip(names, dask.compute(*self.frames().values(), **kwargs)))
        api._link_entity_ids(out["entities"], [])
        return out

    def persist(self, **kwargs: Any) -> "DaskExtraction":
        """The same tables held in (cluster) memory, computed in one pass."""
        return DaskExtraction(*dask.persist(*self.frames().values(), **kwargs))

    def to_parquet(self, path: str | Path, **kwargs: Any) -> None:
        """Write every table to ``<path>/<table>/`` (a Parquet dataset), in one pass.

        Entity ids stay per article here (linking them needs the whole corpus): link them
        afterwards with ``newsclaims.api._link_entity_ids`` on the entities table."""
        root = str(path).rstrip("/")
        writes = [df.to_parquet(f"{root}/{name}", compute=False, write_index=False, **kwargs)
                  for name, df in self.frames().items()]
        dask.compute(*writes)


def extract(articles: dd.DataFrame, *, config: Mapping[str, Any] | None = None,
            batch_size: int = 64) -> DaskExtraction:
    """Extract a dask DataFrame of articles (one row per article) into dask DataFrames.

    ``config`` overrides pipeline settings as in ``newsclaims.load``; each worker loads the
    pipeline once for it. The output has one partition per input partition, rows in input
    order; an article that fails becomes a row of ``errors``.
    """
    if not isinstance(articles, dd.DataFrame):
        raise InputError("articles", f"expected a dask DataFrame, got {type(articles).__name__}")
    if "text" not in articles.columns:
        raise InputError("articles", "the dask DataFrame needs a 'text' column")
    run = dask.delayed(extract_partition, pure=True)
    results = [run(part, config, batch_size) for part in articles.to_delayed()]
    # Dask would turn object columns into strings: claims' lists of quantities, dates and
    # entities must stay Python lists, as in extract_corpus.
    with dask.config.set({"dataframe.convert-string": False}):
        tables = {name: dd.from_delayed([r[name] for r in results], meta=meta(name), verify_meta=False)
                  for name in api.PART_TABLES}
    return DaskExtraction(**tables)
