"""The doors in: a pandas DataFrame of articles, and HTML pages.

``extract_frame`` is for the data scientist who already has a table of articles;
``article_from_html`` (``Article.from_html``) is for scraped pages: trafilatura finds the
article body and its metadata, htmldate the publication date. Both extractors are optional
dependencies (``pip install newsclaims[html]``), imported only when a page is read.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd

from .article import Article
from .errors import InputError

if TYPE_CHECKING:  # api imports article, article calls back here: no import cycle at run time
    from spacy.language import Language

    from .api import CorpusExtraction

HTML_EXTRA = "pip install 'newsclaims[html]'  (trafilatura, htmldate)"


def _column(df: pd.DataFrame, name: str | None, argument: str) -> pd.Series | None:
    if name is None:
        return None
    if name not in df.columns:
        raise InputError(argument, f"no column {name!r} in the DataFrame (columns: {list(df.columns)[:10]})")
    return df[name]


def frame_articles(df: pd.DataFrame, *, text: str = "text", published: str | None = "published",
                   doc_id: str | None = None, source: str | None = None, url: str | None = None,
                   title: str | None = None) -> list[dict]:
    """The rows of an articles table as records for ``extract_corpus`` (one per row).

    ``doc_id`` names the id column; without it the index gives the ids. A ``published``
    column that is absent is allowed only when left at its default name.
    """
    if not isinstance(df, pd.DataFrame):
        raise InputError("df", f"expected a pandas DataFrame, got {type(df).__name__}")
    if published == "published" and published not in df.columns:
        published = None
    cols = {"text": text, "published": published, "doc_id": doc_id, "source": source, "url": url, "title": title}
    series = {key: _column(df, name, key) for key, name in cols.items()}
    ids = series["doc_id"] if series["doc_id"] is not None else pd.Series(df.index, index=df.index)
    records = []
    for pos in range(len(df)):
        rec: dict[str, Any] = {"doc_id": str(ids.iloc[pos])}
        for key in ("text", "published", "source", "url", "title"):
            col = series[key]
            if col is not None:
                value = col.iloc[pos]
                rec[key] = None if (not isinstance(value, str) and pd.isna(value)) else value
        records.append(rec)
    return records


def extract_frame(df: pd.DataFrame, text: str = "text", published: str | None = "published", *,
                  doc_id: str | None = None, source: str | None = None, url: str | None = None,
                  title: str | None = None, nlp: "Language | None" = None, n_process: int = 1,
                  batch_size: int = 64, progress: bool = False) -> "CorpusExtraction":
    """Extract every article of a DataFrame: ``extract_frame(df, text="body", published="date")``.

    Column arguments name the columns that hold each field; ``published`` values may be
    dates, datetimes, Timestamps or ISO strings (missing ones stay unresolved). A row that
    cannot be processed (empty body, bad date) becomes a row of ``.errors``.
    """
    from .api import extract_corpus

    records = frame_articles(df, text=text, published=published, doc_id=doc_id, source=source,
                             url=url, title=title)
    return extract_corpus(records, nlp=nlp, n_process=n_process, batch_size=batch_size, progress=progress)


def _require(module: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as err:
        raise ImportError(f"Article.from_html needs {module}: {HTML_EXTRA}") from err


def article_from_html(html: str | bytes, url: str | None = None, *, doc_id: str | None = None) -> Article:
    """An Article from an HTML page: body and title by trafilatura, date by htmldate.

    The publication date is htmldate's *original* date (not a later update); when it finds
    none, trafilatura's metadata date is used; when neither does, it stays None (relative
    dates then stay unresolved). The site name (or the URL's host) becomes ``source``.
    """
    if isinstance(html, (bytes, bytearray)):
        html = bytes(html).decode("utf-8", errors="replace")
    if not isinstance(html, str) or not html.strip():
        raise InputError("html", "expected the HTML of a page as a non-empty str")
    trafilatura = _require("trafilatura")
    htmldate = _require("htmldate")
    body = trafilatura.extract(html, url=url, include_comments=False, include_tables=False,
                               favor_precision=True)
    if not body or not body.strip():
        raise InputError("html", "no article text found in the page")
    meta = trafilatura.extract_metadata(html, default_url=url)
    published = htmldate.find_date(html, url=url, original_date=True, outputformat="%Y-%m-%d",
                                   extensive_search=True)
    if not published and meta is not None and getattr(meta, "date", None):
        published = meta.date
    from .claims import outlet_of

    title = getattr(meta, "title", None) if meta is not None else None
    first, _, rest = body.strip().partition("\n")
    if title and rest.strip() and first.strip() == title.strip():  # the headline is kept as the title
        body = rest.strip()
    site = getattr(meta, "sitename", None) if meta is not None else None
    page_url = url or (getattr(meta, "url", None) if meta is not None else None)
    return Article(text=body, doc_id=doc_id, source=site or outlet_of(None, page_url), url=page_url,
                   published=published, title=title,
                   meta={"published_from": "html" if published else None})
