"""Table-driven tests of the pure number functions (no spaCy)."""
from __future__ import annotations

import math

import pytest

from newsclaims.numbers import (
    apply_qualifier,
    combine,
    fraction_value,
    is_number_word,
    is_ordinal,
    parse_numeral,
    range_reading,
    words_to_number,
)


@pytest.mark.parametrize("text, value", [
    ("11,000", 11000), ("1,234,567", 1234567), ("1.5", 1.5), (".5", 0.5), ("2596.72", 2596.72),
    ("3.2bn", 3.2e9), ("5m", 5e6), ("10k", 1e4), ("1/3", 1 / 3), ("3/4", 0.75), ("0.0100", 0.01),
    ("73rd", None), ("1st", None), ("abc", None), ("12xyz", None), ("", None), ("1/0", None),
])
def test_parse_numeral(text, value):
    got = parse_numeral(text)
    if value is None:
        assert got is None
    else:
        assert math.isclose(got, value, rel_tol=1e-9)


@pytest.mark.parametrize("words, value", [
    (["one"], 1), (["Eight"], 8), (["twenty", "six"], 26), (["twenty-six"], 26),
    (["a", "hundred", "thirty", "million"], 130e6), (["three", "thousand"], 3000),
    (["eight", "hundred"], 800), (["one", "hundred", "and", "five"], 105),
    (["three", "thousand", "two", "hundred"], 3200), (["1.5", "million"], 1.5e6),
    (["2.5", "billion"], 2.5e9), (["a", "dozen"], 12), (["two", "dozen"], 24), (["six", "million"], 6e6),
    (["one", "five", "thousand"], 15000), (["one", "-", "third"], 1 / 3), (["two", "-", "thirds"], 2 / 3),
    (["three", "quarters"], 0.75), (["a", "quarter"], 0.25), (["half"], 0.5), (["a", "half"], 0.5),
    (["two", "and", "a", "half"], 2.5), (["50", "mln"], 50e6), (["seventy", "million"], 70e6),
    (["one", "point", "six", "billion"], 1.6e9), (["two", "point", "five"], 2.5), (["half", "a", "million"], 5e5),
    (["point"], None),     (["ten", "five"], None), (["dozens"], None), (["million", "million"], None), (["and"], None),
    (["twenty", "thirty"], None), ([], None),
])
def test_words_to_number(words, value):
    got = words_to_number(words)
    if value is None:
        assert got is None
    else:
        assert math.isclose(got, value, rel_tol=1e-9)


@pytest.mark.parametrize("word, value", [
    ("half", 0.5), ("one-third", 1 / 3), ("two-thirds", 2 / 3), ("three-quarters", 0.75),
    ("one-fifth", 0.2), ("third", 1 / 3), ("seven", None), ("halved", None),
])
def test_fraction_value(word, value):
    got = fraction_value(word)
    assert (got is None) if value is None else math.isclose(got, value)


@pytest.mark.parametrize("word, ordinal", [
    ("first", True), ("73rd", True), ("2nd", True), ("twenty-first", True), ("third", True),
    ("one", False), ("11,000", False), ("half", False), ("thirds", False),
])
def test_is_ordinal(word, ordinal):
    assert is_ordinal(word) is ordinal


@pytest.mark.parametrize("word, yes", [
    ("one", True), ("Twelve", True), ("ninety", True), ("million", True), ("dozen", True),
    ("first", False), ("half", False), ("many", False), ("several", False), ("a", False),
])
def test_is_number_word(word, yes):
    assert is_number_word(word) is yes


@pytest.mark.parametrize("value, kind, vague, expected", [
    (11000, "approx", False, (11000, None, None, True)),          # around 11,000
    (10000, "min", False, (10000, 10000, None, False)),           # more than 10,000
    (0.5, "near_max", False, (0.5, None, 0.5, True)),             # nearly half
    (5e6, "max", False, (5e6, None, 5e6, False)),                 # up to $5 million
    (70, "max", False, (70, None, 70, False)),                    # within 70
    (100, "near_min", False, (100, 100, None, True)),             # just over 100
    (22, None, False, (22, None, None, False)),                   # 22
    (None, None, True, (None, None, None, True)),                 # dozens
    (None, "approx", True, (None, None, None, True)),             # some dozens
])
def test_apply_qualifier(value, kind, vague, expected):
    r = apply_qualifier(value, kind, vague=vague)
    assert (r["value"], r["low"], r["high"], r["approx"]) == expected


@pytest.mark.parametrize("low, high, expected", [
    (150, 175, (None, 150, 175)), (55, 35, (None, 35, 55)), (10, None, (None, 10, None)),
])
def test_range_reading(low, high, expected):
    r = range_reading(low, high)
    assert (r["value"], r["low"], r["high"]) == expected and r["approx"] is False


@pytest.mark.parametrize("before, after, kind", [
    ("approx", None, "approx"), (None, "min", "min"), ("approx", "min", "near_min"),
    ("approx", "max", "near_max"), ("min", "approx", "min"), (None, None, None),
])
def test_combine(before, after, kind):
    assert combine(before, after) == kind
