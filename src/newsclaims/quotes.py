"""Pair quotation marks into quoted spans (pure text logic, no spaCy).

News text mixes straight and curly marks, quotes that run over several paragraphs (a
paragraph opens a quote without closing it and the next paragraph re-opens it), and plain
mistakes (a mark that is never closed). :func:`find_quotes` never raises on any of these: an
unclosed quote ends at the end of its paragraph, a stray closing mark is ignored.
Single curly quotes are paired only when they cannot be apostrophes (an opening ``‘`` at a
word start); straight single quotes are left alone (too often apostrophes).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = "“«„"
CLOSERS = "”»"
STRAIGHT = '"'
SINGLE_OPEN, SINGLE_CLOSE = "‘", "’"
ALL_MARKS = OPENERS + CLOSERS + STRAIGHT + SINGLE_OPEN + SINGLE_CLOSE + "'"

_PARAGRAPH = re.compile(r"\n\s*\n|\n")


@dataclass(frozen=True)
class Quote:
    """A quoted span: ``start``/``end`` include the marks, ``inner_*`` exclude them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool = True        # False when the paragraph ended before a closing mark
    paragraphs: int = 1        # > 1 for a quote continued over several paragraphs


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line-separated block of ``text``."""
    out, pos = [], 0
    for m in _PARAGRAPH.finditer(text):
        if text[pos:m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text)))
    return out


def _marks_in(text: str, start: int, end: int) -> list[tuple[int, str, int]]:
    """(offset, 'open'|'close'|'sopen'|'sclose', width) for the marks of one paragraph.

    Straight marks are disambiguated by their neighbours; two apostrophes ``''`` (and the
    TeX-style opener ``````) count as one double mark, as some newspapers' archives print them.
    """
    out: list[tuple[int, str, int]] = []
    inside_double = False
    inside_single = False
    i = start
    while i < end:
        ch = text[i]
        pair = text[i:i + 2]
        if pair == "``":
            out.append((i, "open", 2))
            inside_double = True
            i += 2
            continue
        if pair == "''" and (i + 2 >= end or text[i + 2] != "'"):
            kind = _straight_kind(text, i, i + 2, start, end, inside_double)
            out.append((i, kind, 2))
            inside_double = kind == "open"
            i += 2
            continue
        if ch in OPENERS:
            out.append((i, "open", 1))
            inside_double = True
        elif ch in CLOSERS:
            # a closing mark that opens a paragraph or follows a space before a word, with no
            # quote open, is a mistyped opener ('”Fear. I am truly afraid ...”')
            before = text[i - 1] if i > start else " "
            after = text[i + 1] if i + 1 < end else " "
            kind = "open" if not inside_double and before.isspace() and not after.isspace() else "close"
            out.append((i, kind, 1))
            inside_double = kind == "open"
        elif ch == STRAIGHT:
            kind = _straight_kind(text, i, i + 1, start, end, inside_double)
            out.append((i, kind, 1))
            inside_double = kind == "open"
        elif ch == SINGLE_OPEN:
            before = text[i - 1] if i > start else " "
            if not before.isalnum():
                out.append((i, "sopen", 1))
                inside_single = True
        elif ch == SINGLE_CLOSE and inside_single:
            after = text[i + 1] if i + 1 < end else " "
            if not after.isalpha():
                out.append((i, "sclose", 1))
                inside_single = False
        i += 1
    return out


def _straight_kind(text: str, i: int, j: int, start: int, end: int, inside: bool) -> str:
    """'open' or 'close' for a straight double mark spanning text[i:j]."""
    before = text[i - 1] if i > start else " "
    after = text[j] if j < end else " "
    if (before.isspace() or before in "([{—–-/") and not after.isspace():
        return "close" if inside and after in ".,;:!?)" else "open"
    if (after.isspace() or after in ".,;:!?)]}—–-/") and not before.isspace():
        return "close"
    return "close" if inside else "open"


def _pair(marks: list[tuple[int, str, int]]) -> tuple[list[tuple[int, int, int, int]], tuple[int, int] | None]:
    """Pair one paragraph's marks: closed (open, open width, close, close width) and an unclosed opener."""
    pairs: list[tuple[int, int, int, int]] = []
    open_double: tuple[int, int] | None = None
    open_single: int | None = None
    for i, kind, width in marks:
        if kind == "open":
            if open_double is None:
                open_double = (i, width)
            # a second opener before any closer: keep the first (nested or stray mark)
        elif kind == "close":
            if open_double is not None:
                pairs.append((open_double[0], open_double[1], i, width))
                open_double = None
                open_single = None
        elif kind == "sopen":
            if open_single is None:
                open_single = i
        elif kind == "sclose":
            if open_single is not None and open_double is None:
                pairs.append((open_single, 1, i, 1))
            open_single = None
    return pairs, open_double


def _inner(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink (start, end) past whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quotes(text: str) -> list[Quote]:
    """All quoted spans of ``text`` in order, multi-paragraph quotes merged into one."""
    quotes: list[Quote] = []
    carry: tuple[int, int, int, int] | None = None  # (opener, width, paragraphs so far, end of last one)
    for pstart, pend in paragraphs(text):
        marks = _marks_in(text, pstart, pend)
        lead = pstart + (len(text[pstart:pend]) - len(text[pstart:pend].lstrip()))
        if carry is not None:
            opener, owidth, count, last_end = carry
            carry = None
            if marks and marks[0][0] == lead and marks[0][1] == "open":
                # the quote continues: this paragraph re-opens it
                rest = marks[1:]
                close = next((k for k, m in enumerate(rest) if m[1] == "close"), None)
                if close is None:
                    carry = (opener, owidth, count + 1, pend)
                    continue
                end, cwidth = rest[close][0], rest[close][2]
                s, e = _inner(text, opener + owidth, end)
                quotes.append(Quote(opener, end + cwidth, s, e, True, count + 1))
                marks = rest[close + 1:]
            else:
                _close_carried(text, quotes, opener, owidth, count, last_end)
        pairs, unclosed = _pair(marks)
        for o, ow, c, cw in pairs:
            s, e = _inner(text, o + ow, c)
            if e > s:
                quotes.append(Quote(o, c + cw, s, e))
        if unclosed is not None:
            carry = (unclosed[0], unclosed[1], 1, pend)
    if carry is not None:
        _close_carried(text, quotes, *carry)
    return sorted(quotes, key=lambda q: (q.start, -q.end))


def _close_carried(text: str, quotes: list[Quote], opener: int, width: int, count: int, last_end: int) -> None:
    """A quote never closed ends with the last paragraph it ran through (unbalanced text)."""
    s, e = _inner(text, opener + width, last_end)
    if e > s:
        quotes.append(Quote(opener, last_end, s, e, False, count))


def strip_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink (start, end) past whitespace, quotation marks and trailing , ; : so content has none."""
    edge = ALL_MARKS + " \t\n\r"
    while start < end and text[start] in edge:
        start += 1
    while end > start and text[end - 1] in edge + ",;:":
        end -= 1
    return start, end
