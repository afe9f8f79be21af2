"""``newsclaims_dateline``: the article's metadata and publication date on the Doc.

Every relative date in an article is resolved against its publication date, so this
component runs first. The date comes, in order of trust, from what the caller set on
``doc._.published`` (the ``published`` argument or the Article's metadata) or from a
dateline near the top of the text ("date 2025-01-31", "2025.01.31", "February 04, 2025").
When none is found it stays ``None``: relative dates are then left unresolved, never
anchored on today.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import resources

# Doc-level metadata. Values are plain strings so that Docs survive Doc.to_bytes()
# (and so nlp.pipe(n_process>1)).
for _name in ("doc_id", "source", "url", "published", "published_from"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
if not Doc.has_extension("dateline"):
    Doc.set_extension("dateline", default=None)  # [start_char, end_char] of the dateline's date


@dataclass(frozen=True)
class Dateline:
    date: dt.date
    start_char: int
    end_char: int


@lru_cache(maxsize=1)
def _compiled() -> tuple[list[tuple[re.Pattern, tuple[str, ...]]], re.Pattern]:
    spec = resources.load_json("dateline/patterns.json")
    prefix = spec["prefix"]
    pats = [
        (re.compile(r"^[ \t#*_>]*" + prefix + p["regex"], re.IGNORECASE | re.MULTILINE), tuple(p["formats"]))
        for p in spec["patterns"]
    ]
    return pats, re.compile(r"(?<=\d)(st|nd|rd|th)\b", re.IGNORECASE)


_MONTH_WORD = re.compile(r"\b([A-Za-z]{3})[A-Za-z]*\.?")


def _parse(date_text: str, formats: tuple[str, ...], ordinal: re.Pattern) -> dt.date | None:
    cleaned = _MONTH_WORD.sub(r"\1", ordinal.sub("", date_text).replace(",", " "))
    cleaned = " ".join(cleaned.split())
    low, high = resources.load_json("dateline/patterns.json")["plausible_years"]
    for fmt in formats:
        try:
            day = dt.datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
        return day if low <= day.year <= high else None  # "0001-01-01" is no dateline
    return None


def find_dateline(text: str, search_chars: int = 400) -> Dateline | None:
    """The first date standing at the start of a line within the first ``search_chars``."""
    head = text[:search_chars]
    patterns, ordinal = _compiled()
    best: Dateline | None = None
    for regex, formats in patterns:
        for m in regex.finditer(head):
            day = _parse(m.group("date"), formats, ordinal)
            if day is not None and (best is None or m.start("date") < best.start_char):
                best = Dateline(day, m.start("date"), m.end("date"))
                break
    return best


def _head(doc: Doc, chars: int) -> str:
    """The first ``chars`` characters of the text, from the tokens that cover them only
    (``Doc.text`` joins every token of a long article)."""
    end = 0
    for tok in doc:
        if tok.idx >= chars:
            break
        end = tok.i + 1
    return doc[:end].text_with_ws[:chars]


class DatelineComponent:
    """Fills ``doc._.published`` (ISO date string) and ``doc._.published_from``."""

    def __init__(self, nlp: Language, name: str, search_chars: int = 400, use_dateline: bool = True):
        self.name = name
        self.search_chars = search_chars
        self.use_dateline = use_dateline

    def __call__(self, doc: Doc) -> Doc:
        found = find_dateline(_head(doc, self.search_chars), self.search_chars) if self.use_dateline else None
        if found is not None:
            doc._.dateline = [found.start_char, found.end_char]
        if doc._.published is not None:
            doc._.published_from = doc._.published_from or "argument"
        elif found is not None:
            doc._.published = found.date.isoformat()
            doc._.published_from = "dateline"
        return doc


@Language.factory(
    "newsclaims_dateline",
    default_config={"search_chars": 400, "use_dateline": True},
)
def make_dateline(nlp: Language, name: str, search_chars: int, use_dateline: bool) -> DatelineComponent:
    return DatelineComponent(nlp, name, search_chars=search_chars, use_dateline=use_dateline)
