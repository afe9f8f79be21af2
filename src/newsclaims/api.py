"""The public entry points: ``extract``, ``extract_corpus`` and their results."""
from __future__ import annotations

import datetime as dt
import json
import os
from functools import cached_property
from pathlib import Path
from typing import Any, Iterable, Iterator

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from . import chunking, parallel
from . import frames as F
from .article import Article, check_text, coerce_published, read_corpus  # noqa: F401
from .components.entities import link_ids
from .claims import build_claims, compare, concat_claims
from .errors import InputError
from .pipeline import COMPONENT_NAMES, default_pipeline

ERROR_COLUMNS = {"doc_id": "string", "error": "string", "message": "string"}
ARTICLE_COLUMNS = {"doc_id": "string", "source": "string", "url": "string",
                   "published": "datetime64[ns]", "published_from": "string", "words": "Int64"}


class _Tables:
    """What every result offers: its frames, and ways to write them out."""

    def frames(self) -> dict[str, pd.DataFrame]:
        return {layer: getattr(self, layer) for layer in (*F.LAYERS, "claims")}

    def to_parquet(self, directory: str | Path) -> list[Path]:
        """Write one ``<layer>.parquet`` per frame (needs pyarrow)."""
        return self._write(directory, "parquet")

    def to_csv(self, directory: str | Path) -> list[Path]:
        """Write one ``<layer>.csv`` per frame."""
        return self._write(directory, "csv")

    def to_json(self) -> str:
        """All frames as one JSON object of record lists (ISO dates, nulls as null)."""
        return json.dumps({name: json.loads(df.to_json(orient="records", date_format="iso"))
                           for name, df in self.frames().items()})

    def _write(self, directory: str | Path, fmt: str) -> list[Path]:
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name, df in self.frames().items():
            path = out / f"{name}.{fmt}"
            _write_frame(df, path, fmt)
            written.append(path)
        return written


def _write_frame(df: pd.DataFrame, path: Path, fmt: str) -> None:
    if fmt == "parquet":
        df.to_parquet(path, index=False)
    elif fmt == "csv":
        df.to_csv(path, index=False)
    elif fmt == "jsonl":
        df.to_json(path, orient="records", lines=True, date_format="iso")
    else:
        raise InputError("format", f"expected 'parquet', 'csv' or 'jsonl', got {fmt!r}")


class Extraction(_Tables):
    """The tables newsclaims extracted from one article, and its spaCy Doc."""

    def __init__(self, doc: Doc):
        self.doc = doc

    @property
    def doc_id(self) -> str | None:
        return self.doc._.doc_id

    @property
    def published(self) -> dt.date | None:
        return dt.date.fromisoformat(self.doc._.published) if self.doc._.published else None

    @cached_property
    def entities(self) -> pd.DataFrame:
        return F.frame("entities", self.doc)

    @cached_property
    def dates(self) -> pd.DataFrame:
        return F.frame("dates", self.doc)

    @cached_property
    def quantities(self) -> pd.DataFrame:
        return F.frame("quantities", self.doc)

    @cached_property
    def attributions(self) -> pd.DataFrame:
        return F.frame("attributions", self.doc)

    @cached_property
    def claims(self) -> pd.DataFrame:
        return build_claims(self.doc, self.frames_without_claims())

    def frames_without_claims(self) -> dict[str, pd.DataFrame]:
        return {layer: getattr(self, layer) for layer in F.LAYERS}

    def __repr__(self) -> str:
        counts = ", ".join(f"{len(F.ROWS[layer](self.doc))} {layer}" for layer in F.LAYERS)
        pub = self.doc._.published
        origin = f" ({self.doc._.published_from})" if pub else ""
        return (f"<Extraction doc_id={self.doc_id!r} published={pub}{origin} "
                f"words={len(self.doc)}: {counts}>")


class CorpusExtraction(_Tables):
    """The tables of many articles, stacked; failed articles are rows of ``errors``."""

    def __init__(self, tables: dict[str, pd.DataFrame], articles: pd.DataFrame, errors: pd.DataFrame,
                 docs: list[Doc] | None = None, claims: pd.DataFrame | None = None):
        for layer in F.LAYERS:
            setattr(self, layer, tables[layer])
        self.articles = articles
        self.errors = errors
        self.docs = docs
        self._claims = claims

    @cached_property
    def claims(self) -> pd.DataFrame:
        if self._claims is not None:
            return self._claims
        return concat_claims(build_claims(d) for d in self.docs or [])

    def compare(self, **options: Any) -> pd.DataFrame:
        """The same claim as each article reports it (see ``newsclaims.claims.compare``)."""
        return compare(self.claims, **options)

    def frames(self) -> dict[str, pd.DataFrame]:
        return {**super().frames(), "articles": self.articles, "errors": self.errors}

    def __repr__(self) -> str:
        counts = ", ".join(f"{len(getattr(self, layer))} {layer}" for layer in F.LAYERS)
        return f"<CorpusExtraction {len(self.articles)} articles, {len(self.errors)} errors: {counts}>"


def _as_article(obj: Any, published: Any = None, doc_id: Any = None) -> Article:
    if isinstance(obj, Article):
        art = obj
    else:
        art = Article(check_text(obj))
    pub = coerce_published(published) if published is not None else art.published
    return Article(art.text, doc_id=str(doc_id) if doc_id is not None else art.doc_id,
                   source=art.source, url=art.url, published=pub, title=art.title, meta=art.meta)


def _prepare(nlp: Language, art: Article) -> Doc:
    """A tokenized Doc carrying the article's metadata, ready for the pipeline."""
    doc = nlp.make_doc(art.text)
    doc._.doc_id = art.doc_id
    doc._.source = art.source
    doc._.url = art.url
    if art.published is not None:
        doc._.published = art.published.isoformat()
        doc._.published_from = "argument"
    return doc


def _finish_doc(nlp: Language, doc: Doc, published: Any, doc_id: Any) -> Doc:
    """Run what a Doc from elsewhere still needs: the whole pipeline, or our components only."""
    if doc_id is not None:
        doc._.doc_id = str(doc_id)
    if published is not None:
        doc._.published = coerce_published(published).isoformat()
        doc._.published_from = "argument"
    if not doc.has_annotation("DEP"):
        if doc.vocab is nlp.vocab:
            return nlp(doc)
        fresh = _prepare(nlp, Article(doc.text, doc_id=doc._.doc_id))
        fresh.user_data.update({k: v for k, v in doc.user_data.items() if k[0] == "._."})
        return nlp(fresh)
    for name in COMPONENT_NAMES:
        if name in nlp.pipe_names:
            doc = nlp.get_pipe(name)(doc)
    return doc


def extract(obj: str | Doc | Article, published: Any = None, doc_id: Any = None, *,
            nlp: Language | None = None) -> Extraction:
    """Extract entities, dates, quantities and attributions from one article.

    ``obj`` is a ``str``, a spaCy ``Doc`` (processed or not, by this or another pipeline)
    or an ``Article``. ``published`` (date, datetime, Timestamp or ISO string) overrides the
    article's own metadata and dateline; without any, relative dates stay unresolved.
    """
    nlp = nlp or default_pipeline()
    if isinstance(obj, Doc):
        return Extraction(_finish_doc(nlp, obj, published, doc_id))
    art = _as_article(obj, published, doc_id)
    return Extraction(chunking.process(nlp, art, _prepare))  # long texts go in pieces


def _corpus(articles: Any) -> Iterable[Any]:
    """The articles of a corpus argument: the path of a folder or a ``.jsonl`` file reads as
    ``read_corpus(path)``; any other string is refused, as iterating it would make an
    "article" of every character."""
    if isinstance(articles, (str, os.PathLike)):
        if Path(articles).exists():
            return read_corpus(articles)
        raise InputError("articles", f"expected articles or the path of a folder or .jsonl file, got the string "
                                     f"{str(articles)[:60]!r} (for one text use extract())")
    return articles


def _articles(items: Iterable[Any]) -> Iterator[Article | Exception]:
    for n, item in enumerate(items):
        try:
            if isinstance(item, dict):
                art = Article.from_dict(item)
            else:
                art = _as_article(item)
            yield art if art.doc_id is not None else _as_article(art, doc_id=f"doc-{n}")
        except InputError as err:
            err.doc_id = item.get("doc_id", f"doc-{n}") if isinstance(item, dict) else f"doc-{n}"
            yield err


def iter_extract(articles: Iterable[Any], *, nlp: Language | None = None, n_process: int = 1,
                 batch_size: int = 64) -> Iterator[Extraction | Exception]:
    """Extract article by article, streaming: yields an ``Extraction`` per article, in order,
    or the exception that article raised (``InputError`` or any pipeline failure, with its
    ``doc_id``); one failing article never costs another."""
    nlp = nlp or default_pipeline()
    for res in chunking.pipe(nlp, _articles(_corpus(articles)), _prepare, n_process=n_process, batch_size=batch_size):
        yield Extraction(res) if isinstance(res, Doc) else res


def extract_corpus(articles: Iterable[Any], *, nlp: Language | None = None, n_process: int = 1,
                   batch_size: int = 64, progress: bool = False, keep_docs: bool = False) -> CorpusExtraction:
    """Extract every article of a corpus into one set of stacked frames.

    ``articles`` holds Articles, strings or dicts (e.g. from ``read_corpus``), or is the path
    of a folder of ``.txt`` files or of a ``.jsonl`` file. Doc ids must
    be unique. An article that cannot be processed becomes a row of ``.errors``. With
    ``n_process > 1`` the articles are processed in that many worker processes, each
    holding the pipeline once; the frames come out in input order and are the same as
    with one process. Only the frames are kept (``keep_docs=True`` keeps the Docs too, at
    the cost of memory); for corpora larger than memory use ``write_corpus``.
    """
    items = list(_corpus(articles))
    ids = [a.doc_id if isinstance(a, Article) else a.get("doc_id") if isinstance(a, dict) else None
           for a in items]
    seen: set = set()
    dupes = sorted({i for i in ids if i is not None and (i in seen or seen.add(i))})
    if dupes:
        raise InputError("articles", f"duplicate doc_id values: {dupes[:5]}")
    nlp = nlp or default_pipeline()
    docs: list[Doc] = []
    parts = (_doc_parts(nlp, items, n_process, batch_size, docs) if keep_docs
             else iter_parts(items, nlp=nlp, n_process=n_process, batch_size=batch_size))
    collected: dict[str, list[pd.DataFrame]] = {name: [] for name in PART_TABLES}
    for part in _progress(parts, len(items), progress):
        for name, df in part.items():
            collected[name].append(df)
    tables = _stack(collected)
    _link_entity_ids(tables["entities"], docs)
    return CorpusExtraction({layer: tables[layer] for layer in F.LAYERS}, tables["articles"],
                            tables["errors"], docs if keep_docs else None, claims=tables["claims"])


def write_corpus(articles: Iterable[Any], out: str | Path, *, format: str = "parquet",
                 chunk_size: int = 1000, nlp: Language | None = None, n_process: int = 1,
                 batch_size: int = 64, progress: bool = False) -> dict[str, int]:
    """Extract a corpus of any size to files, chunk by chunk, so memory stays flat.

    Every ``chunk_size`` articles (rounded up to whole batches), each table (the four layers, ``claims``, ``articles``,
    ``errors``) is written as ``out/<table>/part-00000.<format>``, ``part-00001``... in
    input order; a folder of parts reads back as one table (``pd.read_parquet(out /
    "dates")``, ``dask.dataframe.read_parquet``). ``articles`` may be any iterable,
    e.g. a generator over a huge JSONL file: it is consumed lazily. A repeated doc_id
    becomes an error row. Entity ids are those of each article: linking them across the
    corpus (as ``extract_corpus`` does) needs every part, so do it on the entities table
    read back. Returns the number of rows written per table, and of parts.
    """
    if format not in ("parquet", "csv", "jsonl"):
        raise InputError("format", f"expected 'parquet', 'csv' or 'jsonl', got {format!r}")
    if chunk_size < 1:
        raise InputError("chunk_size", f"expected a positive number of articles, got {chunk_size!r}")
    root = Path(out)
    counts = {name: 0 for name in PART_TABLES}
    n_parts = 0
    buffered: dict[str, list[pd.DataFrame]] = {name: [] for name in PART_TABLES}

    def flush() -> None:
        nonlocal n_parts
        for name, df in _stack(buffered).items():
            folder = root / name
            folder.mkdir(parents=True, exist_ok=True)
            _write_frame(df, folder / f"part-{n_parts:05d}.{format}", format)
            counts[name] += len(df)
            buffered[name].clear()
        n_parts += 1

    pending = 0
    articles = _corpus(articles)
    total = len(articles) if hasattr(articles, "__len__") else None
    stream = iter_parts(articles, nlp=nlp, n_process=n_process, batch_size=min(batch_size, chunk_size),
                        unique_ids=True)
    for part in _progress(stream, total, progress):
        for name, df in part.items():
            buffered[name].append(df)
        pending += len(part["articles"]) + len(part["errors"])
        if pending >= chunk_size:
            flush()
            pending = 0
    if pending or not n_parts:
        flush()
    return {**counts, "parts": n_parts}


# The tables of one part of a corpus, in the order they are written.
PART_TABLES = (*F.LAYERS, "claims", "articles", "errors")

# A unit of work holds at most this many characters (and ``batch_size`` articles), so that
# the units handed to worker processes are small and even: little idle time at the end.
TASK_CHARS = 50_000


def iter_parts(articles: Iterable[Any], *, nlp: Language | None = None, n_process: int = 1,
               batch_size: int = 64, unique_ids: bool = False) -> Iterator[dict[str, pd.DataFrame]]:
    """The corpus as a stream of parts: each a dict of typed frames (``PART_TABLES``) for a
    few consecutive articles, in input order. Nothing but the current parts is held, so
    this runs over corpora of any size; ``n_process > 1`` (or -1 for every core) spreads the
    parts over worker processes, each holding the pipeline once (see ``parallel``)."""
    nlp = nlp or default_pipeline()
    tasks = _tasks(_corpus(articles), batch_size, unique_ids)
    if n_process < 0:
        n_process = os.cpu_count() or 1
    if n_process <= 1:
        return (_extract_task(nlp, task) for task in tasks)
    return parallel.imap_ordered(_extract_task, nlp, tasks, n_process)


def _tasks(articles: Iterable[Any], batch_size: int, unique_ids: bool) -> Iterator[list[Article | dict]]:
    """Articles in small batches; one that failed validation is already its error row."""
    seen: set[str] = set()
    batch: list[Article | dict] = []
    chars = 0
    for item in _articles(articles):
        if isinstance(item, Exception):
            item = _error_row(item)
        elif unique_ids and item.doc_id in seen:
            item = _error_row(InputError("doc_id", f"duplicate doc_id {item.doc_id!r}"), item.doc_id)
        else:
            if unique_ids:
                seen.add(item.doc_id)
            chars += len(item.text)
        batch.append(item)
        if len(batch) >= max(1, batch_size) or chars >= TASK_CHARS:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def _extract_task(nlp: Language, batch: list[Article | dict]) -> dict[str, pd.DataFrame]:
    """The frames of a batch of articles: the unit of work of the corpus modes and of
    ``newsclaims.dask`` (Articles in, typed frames out, Docs dropped)."""
    arts = [x for x in batch if isinstance(x, Article)]
    docs = iter(chunking.pipe(nlp, arts, _prepare, batch_size=max(1, len(arts))))
    return _part([next(docs) if isinstance(x, Article) else x for x in batch])


def _doc_parts(nlp: Language, items: list[Any], n_process: int, batch_size: int,
               keep: list[Doc]) -> Iterator[dict[str, pd.DataFrame]]:
    """Parts built in this process from Docs (which ``keep`` collects), for ``keep_docs``."""
    results: list[Doc | Exception] = []
    for res in chunking.pipe(nlp, _articles(items), _prepare, n_process=n_process, batch_size=batch_size):
        results.append(res)
        if isinstance(res, Doc):
            keep.append(res)
        if len(results) >= max(1, batch_size):
            yield _part(results)
            results = []
    if results:
        yield _part(results)


def _part(results: list[Doc | Exception | dict]) -> dict[str, pd.DataFrame]:
    """Typed frames of consecutive articles' results (a Doc, an exception or an error row).

    Rows of all Docs are typed together (once per layer, not per article); claims are
    built per Doc, on its slice of those frames, while its parse is at hand."""
    rows: dict[str, list[dict]] = {layer: [] for layer in F.LAYERS}
    done: list[tuple[Doc, dict[str, tuple[int, int]]]] = []
    meta, errors = [], []
    for res in results:
        if isinstance(res, dict):
            errors.append(res)
        elif isinstance(res, Exception):
            errors.append(_error_row(res))
        else:
            try:  # a layer that fails on this article loses this article only
                per_layer = {layer: F.layer_rows(layer, res) for layer in F.LAYERS}
            except Exception as err:  # noqa: BLE001 - becomes the article's error row
                errors.append(_error_row(err, res._.doc_id))
                continue
            bounds = {}
            for layer, layer_rows in per_layer.items():
                bounds[layer] = (len(rows[layer]), len(rows[layer]) + len(layer_rows))
                rows[layer].extend(layer_rows)
            done.append((res, bounds))
            meta.append(_article_row(res))
    tables = {layer: F.typed(layer, rows[layer]) for layer in F.LAYERS}
    claims = []
    for doc, bounds in done:
        try:
            claims.append(build_claims(doc, {layer: tables[layer].iloc[a:b] for layer, (a, b) in bounds.items()}))
        except Exception as err:  # noqa: BLE001 - its layers stand; the claims failure is reported
            errors.append(_error_row(err, doc._.doc_id))
    return {**tables, "claims": concat_claims(claims),
            "articles": _records(meta, ARTICLE_COLUMNS), "errors": _records(errors, ERROR_COLUMNS)}


def _article_row(doc: Doc) -> dict:
    return {"doc_id": doc._.doc_id, "source": doc._.source, "url": doc._.url,
            "published": doc._.published, "published_from": doc._.published_from,
            "words": sum(not t.is_punct and not t.is_space for t in doc)}


def _error_row(err: Exception, doc_id: str | None = None) -> dict:
    return {"doc_id": doc_id if doc_id is not None else getattr(err, "doc_id", None),
            "error": type(err).__name__, "message": str(err)}


def _records(rows: list[dict], columns: dict[str, str]) -> pd.DataFrame:
    return pd.DataFrame.from_records(rows, columns=list(columns)).astype(columns)


def _link_entity_ids(entities: pd.DataFrame, docs: list[Doc]) -> None:
    """One ``entity_id`` per real-world entity across the corpus (``entities.link_ids``)."""
    if not len(entities):
        return
    plain = entities[["entity_id", "label", "canonical"]].astype(object)
    mapping = link_ids((i, str(lab), c) for i, lab, c in plain.where(plain.notna(), None).itertuples(index=False))
    if mapping:
        entities["entity_id"] = entities["entity_id"].replace(mapping)
        for doc in docs:
            for span in doc.spans.get("entities", []):
                span._.entity_id = mapping.get(span._.entity_id, span._.entity_id)


def _stack(parts: dict[str, list[pd.DataFrame]]) -> dict[str, pd.DataFrame]:
    """Each table's parts as one frame, dtypes kept (also when there are no rows)."""
    out = {layer: F.concat(layer, parts[layer]) for layer in F.LAYERS}
    out["claims"] = concat_claims(parts["claims"])
    for name, columns in (("articles", ARTICLE_COLUMNS), ("errors", ERROR_COLUMNS)):
        frames = [f for f in parts[name] if len(f)]
        out[name] = pd.concat(frames, ignore_index=True) if frames else _records([], columns)
    return out


def _progress(parts: Iterable[dict[str, pd.DataFrame]], total: int | None,
              show: bool) -> Iterator[dict[str, pd.DataFrame]]:
    if not show:
        yield from parts
        return
    from tqdm.auto import tqdm

    with tqdm(total=total, desc="newsclaims", unit="article") as bar:
        for part in parts:
            bar.update(len(part["articles"]) + len(part["errors"]))
            yield part
