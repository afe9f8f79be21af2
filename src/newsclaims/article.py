"""Articles (text + metadata) and the corpus readers."""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Iterator

from .errors import InputError

# Publication dates outside this range are almost certainly parsing accidents.
EARLIEST_PUBLISHED = dt.date(1800, 1, 1)
LATEST_PUBLISHED = dt.date(2200, 12, 31)

METADATA_FILES = ("metadata.jsonl", "metadata.csv")


_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# Words people pass as a "date" that only make sense against another date.
_RELATIVE_WORDS = frozenset({"today", "yesterday", "tomorrow", "now", "last week", "this week", "recently"})


def coerce_published(value: Any, argument: str = "published") -> dt.date | None:
    """A publication date from a date, datetime, pandas Timestamp, numpy datetime64 or ISO string.

    Missing values (None, NaN, NaT, an empty string) give ``None``. A timezone-aware
    datetime is accepted and reduced to the calendar date *in its own timezone*: an
    article stamped 23:30-05:00 was written on that local day, and its "today" means
    that day, not the UTC one. Anything else, or a date outside 1800-2200 (almost
    certainly a parsing accident), raises ``InputError`` naming ``argument``.
    """
    if _is_missing(value):
        return None
    if type(value).__name__ == "datetime64":  # numpy scalar, without importing numpy here
        import pandas as pd

        value = pd.Timestamp(value)
    if hasattr(value, "to_pydatetime") and isinstance(value, dt.datetime):  # pandas Timestamp
        value = value.to_pydatetime()
    if isinstance(value, dt.datetime):
        day = value.date()  # aware or naive: the date as the stamp states it
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, str):
        day = _parse_iso(value.strip(), argument)
    elif isinstance(value, (bool, int, float)):
        raise InputError(
            argument,
            f"expected a date, datetime, pandas Timestamp or ISO string, got {type(value).__name__} "
            f"{value!r}; a Unix timestamp must be converted first, e.g. pd.to_datetime(x, unit='s')",
        )
    else:
        raise InputError(
            argument,
            f"expected a date, datetime, pandas Timestamp or ISO string, got {type(value).__name__}",
        )
    if not EARLIEST_PUBLISHED <= day <= LATEST_PUBLISHED:
        raise InputError(
            argument,
            f"{day.isoformat()} is outside the plausible range "
            f"{EARLIEST_PUBLISHED.isoformat()}..{LATEST_PUBLISHED.isoformat()}",
        )
    return day


def _is_missing(value: Any) -> bool:
    """None, NaN, pandas NaT/NA, or a blank string: no date was given."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, float):
        return value != value
    try:
        import pandas as pd

        return value is pd.NaT or value is pd.NA
    except ImportError:  # pragma: no cover - pandas is a dependency
        return False


def _parse_iso(text: str, argument: str) -> dt.date:
    """An ISO 8601 date or datetime string -> its calendar date (in its own timezone)."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00")).date()
    except ValueError:
        pass
    reason = ""
    m = _ISO_DAY.match(text)
    if m:
        try:
            dt.date(*map(int, m.groups()))
        except ValueError as err:
            reason = f" ({err})"
    if text.lower() in _RELATIVE_WORDS:
        reason = " (a relative word needs an anchor: pass the date it refers to)"
    raise InputError(argument, f"expected an ISO date such as '2025-01-31', got {text!r}{reason}")


def check_text(text: Any, argument: str = "text") -> str:
    """The text itself, or an ``InputError`` that says what was wrong with it.

    Empty, whitespace-only, markup-laden or non-English text is valid (it just yields
    little); only what is not text at all is refused.
    """
    if text is None:
        raise InputError(argument, "expected a str, a spaCy Doc or an Article, got None")
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise InputError(argument, f"got {type(text).__name__}; {_decode_hint(bytes(text))}")
    if isinstance(text, float) and text != text:
        raise InputError(argument, "expected a str, got a missing value (NaN)")
    if not isinstance(text, str):
        raise InputError(argument, f"expected a str, a spaCy Doc or an Article, got {type(text).__name__}")
    text = str(text)  # a str subclass (numpy.str_, ...) becomes a plain str
    bad = _LONE_SURROGATE.search(text)
    if bad:
        raise InputError(
            argument,
            f"contains a lone surrogate {bad.group()!r} at character {bad.start()}, which is not "
            "valid Unicode (bytes decoded with errors='surrogateescape'?); decode with "
            "errors='replace' instead",
        )
    return text


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _decode_hint(data: bytes) -> str:
    """Which decode call would work on these bytes."""
    try:
        data.decode("utf-8")
        return "decode them first, e.g. data.decode('utf-8')"
    except UnicodeDecodeError:
        return ("decode them first; they are not valid UTF-8, so use their charset "
                "(e.g. data.decode('cp1252')) or data.decode('utf-8', errors='replace')")


@dataclass
class Article:
    """One news article: its text and what is known about it."""

    text: str
    doc_id: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None
    title: str | None = None
    meta: dict = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.text = check_text(self.text)
        self.published = coerce_published(self.published)
        if self.doc_id is not None:
            self.doc_id = str(self.doc_id)

    def __repr__(self) -> str:
        head = " ".join(self.text[:60].split())
        pub = self.published.isoformat() if self.published else None
        return (f"Article(doc_id={self.doc_id!r}, source={self.source!r}, published={pub!r}, "
                f"words={len(self.text.split())}, text={head!r}...)")

    @classmethod
    def from_html(cls, html: str | bytes, url: str | None = None, *, doc_id: str | None = None) -> "Article":
        """From an HTML page: body by trafilatura, publication date by htmldate (both
        optional: ``pip install 'newsclaims[html]'``). See ``newsclaims.inputs``."""
        from .inputs import article_from_html

        return article_from_html(html, url, doc_id=doc_id)

    @classmethod
    def from_dict(cls, record: dict, default_id: str | None = None) -> "Article":
        """From a dict such as a gold-format JSONL line (``published_hint`` is not used)."""
        known = {"text", "doc_id", "source", "url", "published", "title"}
        published = record.get("published")
        return cls(
            text=record.get("text"),
            doc_id=record.get("doc_id", default_id),
            source=record.get("source"),
            url=record.get("url"),
            published=published,
            title=record.get("title"),
            meta={k: v for k, v in record.items() if k not in known},
        )


def read_corpus(path: str | Path, *, encoding: str = "utf-8") -> list[Article]:
    """Read articles from a folder of ``.txt`` files or a ``.jsonl`` file.

    A folder may hold ``metadata.jsonl`` (or ``metadata.csv``) with one record per
    article: ``file`` (the .txt name), and any of ``doc_id``, ``source``, ``url``,
    ``published``, ``title``. Articles are returned sorted by file name.
    """
    p = Path(path)
    if not p.exists():
        raise InputError("path", f"{p} does not exist")
    if p.is_file():
        if p.suffix == ".jsonl":
            return list(_read_jsonl(p, encoding))
        if p.suffix == ".txt":
            return [Article(p.read_text(encoding=encoding), doc_id=p.stem)]
        raise InputError("path", f"expected a folder, a .jsonl or a .txt file, got {p.name}")
    meta = _read_metadata(p, encoding)
    articles = []
    for f in sorted(p.glob("*.txt")):
        record = dict(meta.get(f.name, {}))
        record.pop("file", None)
        record["text"] = f.read_text(encoding=encoding)
        articles.append(Article.from_dict(record, default_id=f.stem))
    return articles


def _read_jsonl(p: Path, encoding: str) -> Iterator[Article]:
    with p.open(encoding=encoding) as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                yield Article.from_dict(json.loads(line), default_id=f"{p.stem}-{n}")


def _read_metadata(folder: Path, encoding: str) -> dict[str, dict]:
    for name in METADATA_FILES:
        f = folder / name
        if not f.is_file():
            continue
        if name.endswith(".jsonl"):
            with f.open(encoding=encoding) as fh:
                records: Iterable[dict] = [json.loads(line) for line in fh if line.strip()]
        else:
            with f.open(encoding=encoding, newline="") as fh:
                records = [{k: (v or None) for k, v in row.items()} for row in csv.DictReader(fh)]
        return {r["file"]: r for r in records}
    return {}


def with_defaults(article: Article, **defaults: Any) -> Article:
    """A copy of ``article`` with missing fields filled from ``defaults``."""
    fill = {k: v for k, v in defaults.items() if v is not None and getattr(article, k) is None}
    return replace(article, **fill) if fill else article
