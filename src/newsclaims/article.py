"""Articles (text + metadata) and the corpus readers."""
from __future__ import annotations

import csv
import datetime as dt
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Iterator

from .errors import InputError

# Publication dates outside this range are almost certainly parsing accidents.
EARLIEST_PUBLISHED = dt.date(1800, 1, 1)
LATEST_PUBLISHED = dt.date(2200, 12, 31)

METADATA_FILES = ("metadata.jsonl", "metadata.csv")


def coerce_published(value: Any, argument: str = "published") -> dt.date | None:
    """A publication date from a date, datetime, pandas Timestamp or ISO string.

    Timezone-aware datetimes are converted to UTC before the date is taken. Anything
    else, or a date outside 1800-2200, raises ``InputError``.
    """
    if value is None:
        return None
    try:
        import pandas as pd

        if value is pd.NaT or (isinstance(value, float) and value != value):
            return None
        if isinstance(value, pd.Timestamp):
            value = value.to_pydatetime()
    except ImportError:  # pragma: no cover - pandas is a dependency
        pass
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.timezone.utc)
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, str):
        text = value.strip()
        try:
            day = dt.date.fromisoformat(text[:10]) if len(text) >= 10 else dt.date.fromisoformat(text)
            if len(text) > 10:
                parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
                if parsed.tzinfo is not None:
                    parsed = parsed.astimezone(dt.timezone.utc)
                day = parsed.date()
        except ValueError:
            raise InputError(
                argument, f"expected an ISO date such as '2025-01-31', got {value!r}"
            ) from None
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


def check_text(text: Any, argument: str = "text") -> str:
    """The text itself, or an ``InputError`` that says what was wrong with it."""
    if text is None:
        raise InputError(argument, "expected a str, a spaCy Doc or an Article, got None")
    if isinstance(text, (bytes, bytearray)):
        raise InputError(argument, "got bytes; decode them first, e.g. data.decode('utf-8')")
    if not isinstance(text, str):
        raise InputError(argument, f"expected a str, a spaCy Doc or an Article, got {type(text).__name__}")
    return text


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
