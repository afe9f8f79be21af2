"""Run the pipeline so that every article gives exactly one Doc or one exception.

Two things stand between a corpus and that promise:

- an article longer than ``nlp.max_length`` (spaCy refuses it, since the parser's memory
  grows with the text): it is cut at paragraph breaks into pieces of at most
  ``chunk_chars(nlp)`` characters, each piece is processed, and the pieces are joined
  back with ``Doc.from_docs`` so that every offset points into the original text;
- an article on which some component raises: ``nlp.pipe`` would abort the whole stream,
  so the stream is restarted after it and the article is retried alone, which gives the
  exception that belongs to that article and to no other.
"""
from __future__ import annotations

import datetime as dt
import re
import warnings
from collections import deque
from dataclasses import replace
from typing import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .article import Article

Prepare = Callable[[Language, Article], Doc]

# Pieces of a long text stay well below spaCy's own limit: the parser and NER need
# about 1 GB per 100,000 characters of a single Doc.
MAX_CHUNK_CHARS = 100_000

_PARAGRAPH = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE = re.compile(r"\n\s*")
_SENTENCE = re.compile(r"[.!?][\"'”’)\]]*\s+")
_SPACE = re.compile(r"\s+")


def chunk_chars(nlp: Language) -> int:
    """How long one piece of a too-long text may be."""
    return max(1, min(nlp.max_length, MAX_CHUNK_CHARS))


def is_long(nlp: Language, text: str) -> bool:
    """Whether spaCy would refuse ``text`` as one Doc."""
    return len(text) > nlp.max_length


def split_points(text: str, limit: int) -> list[tuple[int, int]]:
    """Cut ``text`` into contiguous ``(start, end)`` pieces of at most ``limit`` characters.

    Cuts fall after a paragraph break if the window holds one, else after a line break,
    a sentence end or a space, and only as a last resort inside a word. Whitespace stays
    with the piece before the cut, so the pieces concatenate back to ``text`` exactly.
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    pieces: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = _last_cut(window)
        if cut is None or cut == 0:
            cut = limit
            if text[start + cut - 1] == "\r" and text[start + cut:start + cut + 1] == "\n" and cut > 1:
                cut -= 1  # keep a CRLF together
        pieces.append((start, start + cut))
        start += cut
    pieces.append((start, len(text)))
    return [p for p in pieces if p[0] < p[1]] or [(0, len(text))]


def _last_cut(window: str) -> int | None:
    """The end of the last good break in ``window``: the strongest kind of break found in
    its second half (so pieces stay long), else the last break of any kind."""
    half = len(window) // 2
    patterns = (_PARAGRAPH, _LINE, _SENTENCE, _SPACE)
    ends = {p: [m.end() for m in p.finditer(window)] for p in patterns}
    for p in patterns:
        good = [e for e in ends[p] if e >= half]
        if good:
            return good[-1]
    anywhere = [e for p in patterns for e in ends[p][-1:]]
    return max(anywhere) if anywhere else None


def process(nlp: Language, art: Article, prepare: Prepare) -> Doc:
    """The processed Doc of one article, long or not (exceptions propagate)."""
    if is_long(nlp, art.text):
        return process_long(nlp, art, prepare)
    return nlp(prepare(nlp, art))


def process_long(nlp: Language, art: Article, prepare: Prepare, batch_size: int = 8) -> Doc:
    """Process a text longer than ``nlp.max_length`` piece by piece, as one Doc.

    The first piece is processed first, so that the publication date it finds (argument,
    metadata or dateline) anchors the dates of every later piece too.
    """
    bounds = split_points(art.text, chunk_chars(nlp))
    first = nlp(prepare(nlp, replace(art, text=art.text[slice(*bounds[0])])))
    published = dt.date.fromisoformat(first._.published) if first._.published else None
    rest = []
    for a, b in bounds[1:]:
        doc = prepare(nlp, replace(art, text=art.text[a:b], published=published))
        doc._.published_from = first._.published_from
        rest.append(doc)
    docs = [first, *nlp.pipe(rest, batch_size=batch_size)]
    for doc, (a, _) in zip(docs, bounds):
        _shift_offsets(doc, a)
    with warnings.catch_warnings():  # W101: doc-level values are restored just below
        warnings.filterwarnings("ignore", message=r"\[W101\]")
        whole = Doc.from_docs(docs, ensure_whitespace=False)
    # Doc-level values (doc_id, published, dateline...) are those of the first piece.
    for key, value in first.user_data.items():
        if isinstance(key, tuple) and len(key) == 4 and key[0] == "._." and key[2] is None:
            whole.user_data[key] = value
    if whole.text != art.text:  # pragma: no cover - split_points guarantees it
        raise AssertionError("the pieces of a long text did not join back to the text")
    return whole


def _shift_offsets(doc: Doc, by: int) -> None:
    """Move the character offsets stored *inside* span extension values (e.g. an
    attribution's ``speaker_start_char``) from the piece into the whole text;
    ``Doc.from_docs`` moves the spans themselves, not what their values say."""
    if by:
        for key, value in doc.user_data.items():
            if isinstance(key, tuple) and len(key) == 4 and key[0] == "._." and key[2] is not None:
                doc.user_data[key] = _shifted(value, by)


def _shifted(value, by: int):
    if isinstance(value, dict):
        return {k: (v + by if _is_offset(k, v) else _shifted(v, by)) for k, v in value.items()}
    if isinstance(value, list):
        return [_shifted(v, by) for v in value]
    return value


def _is_offset(key, value) -> bool:
    return (isinstance(key, str) and key.endswith(("start_char", "end_char"))
            and isinstance(value, int) and not isinstance(value, bool))


def pipe(nlp: Language, articles: Iterable[Article | Exception], prepare: Prepare, *,
         n_process: int = 1, batch_size: int = 64) -> Iterator[Doc | Exception]:
    """One processed Doc, or the exception it raised, per article, in input order.

    Items that are already exceptions (articles that failed validation) pass through in
    their place. Short articles stream through ``nlp.pipe`` (batched, ``n_process``);
    long ones are processed in pieces in this process. When ``nlp.pipe`` raises, the
    first unfinished article is retried alone (its own exception, if any, becomes its
    result) and the stream restarts after it, so one bad article costs no other.
    """
    source = iter(articles)
    backlog: deque = deque()   # articles to feed again after a restart, before ``source``
    pending: deque = deque()   # [kind, item] pulled from the input but not yet yielded

    def feed() -> Iterator[Doc]:
        while True:
            item = backlog.popleft() if backlog else next(source, _END)
            if item is _END:
                return
            if isinstance(item, BaseException):
                pending.append(["done", item])
            elif is_long(nlp, item.text):
                pending.append(["long", item])
            else:
                try:
                    doc = prepare(nlp, item)
                except Exception as err:  # noqa: BLE001 - becomes this article's result
                    pending.append(["done", _tagged(err, item)])
                    continue
                pending.append(["short", item])
                yield doc

    def settle_head() -> Iterator[Doc | Exception]:
        while pending and pending[0][0] != "short":
            kind, item = pending.popleft()
            yield _attempt(nlp, item, prepare) if kind == "long" else item

    stream = nlp.pipe(feed(), n_process=n_process, batch_size=batch_size)
    while True:
        try:
            doc = next(stream)
        except StopIteration:
            yield from settle_head()
            return
        except Exception:  # noqa: BLE001 - some article in the batch broke the stream
            yield from settle_head()
            if not pending:  # pragma: no cover - the failure was not an article's
                raise
            _, suspect = pending.popleft()
            later = [item for _, item in pending]
            pending.clear()
            backlog.extendleft(reversed(later))
            yield _attempt(nlp, suspect, prepare)
            stream = nlp.pipe(feed(), n_process=n_process, batch_size=batch_size)
            continue
        yield from settle_head()
        pending.popleft()
        yield doc


def _attempt(nlp: Language, art: Article, prepare: Prepare) -> Doc | Exception:
    try:
        return process(nlp, art, prepare)
    except Exception as err:  # noqa: BLE001 - the article's result is its exception
        return _tagged(err, art)


def _tagged(err: Exception, art: Article) -> Exception:
    """The exception, marked with the doc_id of the article that raised it (for error rows)."""
    if getattr(err, "doc_id", None) is None:
        try:
            err.doc_id = art.doc_id
        except AttributeError:  # pragma: no cover - exceptions with __slots__
            pass
    return err


_END = object()
