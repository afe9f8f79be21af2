"""Quotation-mark pairing (pure text, no spaCy): table-driven."""
from __future__ import annotations

import pytest

from newsclaims.quotes import find_quotes, paragraphs, strip_marks


def inner(text: str) -> list[str]:
    return [text[q.inner_start:q.inner_end] for q in find_quotes(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # straight and curly double marks
        ('He said "we will win," and left.', ["we will win,"]),
        ("He said “we will win,” and left.", ["we will win,"]),
        # a quote split by its cue: two quoted spans
        ("“My hope,” he said, “is that it ends soon.”", ["My hope,", "is that it ends soon."]),
        ('"First part," she said. "Second part."', ["First part,", "Second part."]),
        # single curly quotes pair only at a word start, apostrophes are left alone
        ("the so-called ‘buffer zone’ near Kursk", ["buffer zone"]),
        ("Russia’s army and Ukraine’s forces", []),
        # straight single quotes are too often apostrophes: ignored
        ("It's 'fine', he said", []),
        # a quoted name in a sentence
        ('a callsign "Puls," that troops left', ["Puls,"]),
        # no marks at all
        ("Nothing quoted here.", []),
        ("", []),
    ],
)
def test_pairs(text, expected):
    assert inner(text) == expected


def test_multi_paragraph_quote_is_one_span():
    text = "The Times reports:\n\n“First paragraph of the quote.\n\n“Second paragraph ends it.”\n\nAfter."
    quotes = find_quotes(text)
    assert len(quotes) == 1
    q = quotes[0]
    assert q.paragraphs == 2 and q.closed
    assert text[q.inner_start:q.inner_end].startswith("First paragraph")
    assert text[q.inner_start:q.inner_end].endswith("ends it.")


def test_three_paragraph_quote():
    text = '"One.\n\n"Two.\n\n"Three," he said.'
    (q,) = find_quotes(text)
    assert q.paragraphs == 3
    assert text[q.inner_start:q.inner_end] == 'One.\n\n"Two.\n\n"Three,'


@pytest.mark.parametrize(
    "text, expected",
    [
        # never closed, next paragraph does not re-open: the quote ends with its paragraph
        ("“Unclosed quote here\n\nPlain paragraph.", ["Unclosed quote here"]),
        # unclosed at the very end of the text
        ('He said "this never ends', ["this never ends"]),
        # a stray closing mark is ignored
        ("Oddly” placed mark", []),
        # two openers before a closer: the first opener wins, nothing crashes
        ("“One “two” three", ["One “two"]),
        # lone mark
        ('"', []),
    ],
)
def test_unbalanced_never_crash(text, expected):
    assert inner(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a\n\nb", [(0, 1), (3, 4)]),
        ("a\nb", [(0, 1), (2, 3)]),
        ("\n\n  \nx", [(5, 6)]),
        ("", []),
    ],
)
def test_paragraphs(text, expected):
    assert paragraphs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“We won,”", "We won"),
        ('"Fine."', 'Fine.'),
        ("  plain text;  ", "plain text"),
        ("‘x’", "x"),
    ],
)
def test_strip_marks(text, expected):
    s, e = strip_marks(text, 0, len(text))
    assert text[s:e] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # two apostrophes as a double mark (newspaper archives), and the TeX-style opener
        ("He called it ''total nonsense,'' and left.", ["total nonsense,"]),
        ("``We are ready,'' she said.", ["We are ready,"]),
        # a possessive plural before a word is not a quote
        ("the students' union and the teachers' pay", []),
    ],
)
def test_double_apostrophe_marks(text, expected):
    assert inner(text) == expected


def test_closing_mark_typed_as_opener():
    # reader responses typed with a closing mark at both ends
    text = "\u201dFear. I am truly afraid he will win.\u201d \u2015 Edwin Monroy"
    assert inner(text) == ["Fear. I am truly afraid he will win."]
