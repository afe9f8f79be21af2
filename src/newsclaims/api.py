"""The public entry points: ``extract``, ``extract_corpus`` and their results."""
from __future__ import annotations

import datetime as dt
import json
from functools import cached_property
from pathlib import Path
from typing import Any, Iterable, Iterator

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from . import chunking
from . import frames as F
from .article import Article, check_text, coerce_published, read_corpus  # noqa: F401
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
    for res in chunking.pipe(nlp, _articles(articles), _prepare, n_process=n_process, batch_size=batch_size):
        yield Extraction(res) if isinstance(res, Doc) else res


def extract_corpus(articles: Iterable[Any], *, nlp: Language | None = None, n_process: int = 1,
                   batch_size: int = 64, progress: bool = False, keep_docs: bool = False) -> CorpusExtraction:
    """Extract every article of a corpus into one set of stacked frames.

    ``articles`` holds Articles, strings or dicts (e.g. from ``read_corpus``). Doc ids must
    be unique. An article that cannot be processed becomes a row of ``.errors``.
    """
    items = list(articles)
    ids = [a.doc_id if isinstance(a, Article) else a.get("doc_id") if isinstance(a, dict) else None
           for a in items]
    seen: set = set()
    dupes = sorted({i for i in ids if i is not None and (i in seen or seen.add(i))})
    if dupes:
        raise InputError("articles", f"duplicate doc_id values: {dupes[:5]}")
    tables: dict[str, list[pd.DataFrame]] = {layer: [] for layer in F.LAYERS}
    meta, errors, docs, claims = [], [], [], []
    stream = iter_extract(items, nlp=nlp, n_process=n_process, batch_size=batch_size)
    if progress:
        from tqdm.auto import tqdm

        stream = tqdm(stream, total=len(items), desc="newsclaims", unit="article")
    for res in stream:
        if isinstance(res, Exception):
            errors.append({"doc_id": getattr(res, "doc_id", None), "error": type(res).__name__,
                           "message": str(res)})
            continue
        for layer in F.LAYERS:
            tables[layer].append(getattr(res, layer))
        claims.append(res.claims)  # per article, while its Doc (sentences, parse) is at hand
        d = res.doc
        meta.append({"doc_id": d._.doc_id, "source": d._.source, "url": d._.url,
                     "published": d._.published, "published_from": d._.published_from,
                     "words": sum(not t.is_punct and not t.is_space for t in d)})
        if keep_docs:
            docs.append(d)
    return CorpusExtraction(
        {layer: F.concat(layer, fs) for layer, fs in tables.items()},
        pd.DataFrame.from_records(meta, columns=list(ARTICLE_COLUMNS)).astype(ARTICLE_COLUMNS),
        pd.DataFrame.from_records(errors, columns=list(ERROR_COLUMNS)).astype(ERROR_COLUMNS),
        docs if keep_docs else None,
        claims=concat_claims(claims),
    )
