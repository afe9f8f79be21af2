"""Numerals and number words -> floats ("11,000", "1.5 million", "twenty-six", "one-third").

Pure string code (no spaCy): the quantities component hands over the words of a candidate
and gets back a value, or ``None`` when the words do not spell one number.
"""
from __future__ import annotations

import re
from typing import Iterable, Sequence

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    # newswire abbreviations written as separate words
    "mln": 1e6, "mn": 1e6, "bln": 1e9, "bn": 1e9, "tn": 1e12, "trln": 1e12,
}
# suffixes glued to a numeral ("3.2bn", "5m", "10k")
SUFFIX_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "bln": 1e9,
                 "tn": 1e12, "trn": 1e12}
DOZEN = {"dozen": 12, "score": 20}
# denominators: "one-third", "two thirds", "a quarter", "three-quarters", "half"
FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}
ORDINALS = frozenset({
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
    "seventieth", "eightieth", "ninetieth", "hundredth", "thousandth", "millionth", "billionth", "last",
})

NUMERAL_RE = re.compile(
    r"^(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?P<suf>[a-z]{1,3})?$", re.I
)
SLASH_FRACTION_RE = re.compile(r"^(?P<a>\d+)/(?P<b>\d+)$")
ORDINAL_NUMERAL_RE = re.compile(r"^\d+(?:st|nd|rd|th)$", re.I)


def parse_numeral(text: str) -> float | None:
    """A written numeral: "11,000" -> 11000, "1.5" -> 1.5, "3.2bn" -> 3.2e9, "1/3" -> 0.3333.

    Returns None for ordinals ("73rd") and anything that is not one numeral.
    """
    t = text.strip()
    if not t or ORDINAL_NUMERAL_RE.match(t):
        return None
    m = SLASH_FRACTION_RE.match(t)
    if m:
        b = int(m["b"])
        return int(m["a"]) / b if b else None
    m = NUMERAL_RE.match(t)
    if not m:
        return None
    value = float(m["num"].replace(",", ""))
    suf = (m["suf"] or "").lower()
    if suf:
        if suf not in SUFFIX_SCALES:
            return None
        value *= SUFFIX_SCALES[suf]
    return value


def is_number_word(word: str) -> bool:
    """True for words that can be part of a spelled-out number (not fractions or ordinals)."""
    w = word.lower()
    return w in ONES or w in TENS or w in SCALES or w in DOZEN


def _split(words: Iterable[str]) -> list[str]:
    out: list[str] = []
    for w in words:
        for part in re.split(r"[-\u2010\u2011\u2013]", w.lower()):
            if part:
                out.append(part)
    return out


def words_to_number(words: Sequence[str]) -> float | None:
    """The value of a sequence of number words and numerals, or None if it is not one number.

    Handles "twenty six", "a hundred thirty million", "1.5 million", "three thousand",
    "one-third", "two and a half", "a dozen", and digit-by-digit readouts ("one five
    thousand" = 15,000, as air-traffic and broadcast transcripts say altitudes).
    """
    toks = [t for t in _split(words) if t not in ("and", ",")]
    if not toks:
        return None
    if "point" in toks:  # spoken decimals: "one point six billion"
        k = toks.index("point")
        digits = []
        j = k + 1
        while j < len(toks) and toks[j] in ONES and ONES[toks[j]] < 10:
            digits.append(str(ONES[toks[j]]))
            j += 1
        whole = words_to_number(toks[:k]) if k else 0.0
        if whole is None or not digits:
            return None
        value = whole + float("0." + "".join(digits))
        rest = toks[j:]
        if not rest:
            return value
        scale = words_to_number(["one", *rest])
        return None if scale is None else value * scale
    # fractions: "<numerator> <denominator>" / "a half" / "half"
    if len(toks) >= 3 and toks[0] == "half" and toks[1] in ("a", "an"):
        rest = words_to_number(toks[1:])  # "half a million"
        return None if rest is None else rest / 2
    if toks[-1] in FRACTIONS:
        denom = FRACTIONS[toks[-1]]
        head = toks[:-1]
        if not head or head in (["a"], ["an"]):
            return 1 / denom
        if len(head) >= 2 and head[-1] in ("a", "an"):
            whole = words_to_number(head[:-1])  # "two and a half" -> 2 + 1/2
            return None if whole is None else whole + 1 / denom
        numer = words_to_number(head)
        return None if numer is None else numer / denom
    total = 0.0
    current: float | None = None
    prev_kind = ""
    for tok in toks:
        if tok in ("a", "an"):
            if current is not None:
                return None
            current, prev_kind = 1.0, "a"
            continue
        num = parse_numeral(tok)
        if num is not None:
            if current is not None and prev_kind != "a":
                return None
            current, prev_kind = num, "numeral"
        elif tok in ONES:
            v = ONES[tok]
            if current is None or prev_kind == "a":
                current = float(v)
            elif prev_kind == "tens" and v < 10:
                current += v
            elif prev_kind == "hundred":
                current += v
            elif prev_kind == "digit" and v < 10:
                current = current * 10 + v  # "one five" read digit by digit
            else:
                return None
            prev_kind = "digit" if v < 10 and prev_kind in ("", "a", "digit") else "ones"
        elif tok in TENS:
            if current is None or prev_kind == "a":
                current = float(TENS[tok])
            elif prev_kind == "hundred":
                current += TENS[tok]
            else:
                return None
            prev_kind = "tens"
        elif tok in DOZEN:
            current = (current if current is not None else 1.0) * DOZEN[tok]
            prev_kind = "dozen"
        elif tok == "hundred":
            current = (current if current is not None else 1.0) * 100
            prev_kind = "hundred"
        elif tok in SCALES:
            scale = SCALES[tok]
            if current is None:
                if total:
                    total *= scale
                    continue
                return None
            total += current * scale
            current, prev_kind = None, "scale"
        else:
            return None
    value = total + (current or 0.0)
    return value


def fraction_value(word: str) -> float | None:
    """ "half" -> 0.5, "one-third" -> 0.3333, "two-thirds" -> 0.6667 (None when not a fraction)."""
    toks = _split([word])
    if not toks or toks[-1] not in FRACTIONS:
        return None
    return words_to_number(toks)


def is_ordinal(word: str) -> bool:
    """ "first", "73rd", "twenty-first" are ordinals (never quantities)."""
    w = word.lower()
    if ORDINAL_NUMERAL_RE.match(w):
        return True
    last = _split([w])[-1] if _split([w]) else w
    return w in ORDINALS or (last in ORDINALS and last not in FRACTIONS)


# Words after which a four-digit number from 1800 to 2099 is a year whatever follows it
# ("in 1918 people marched", "the 2019 elections"); the quantities and dates layers both
# ask whether such a number is a year or a count, and must answer alike.
YEAR_LEADERS = frozenset({"in", "since", "by", "until", "till", "from", "of", "before", "after", "during",
                          "through", "to", "circa", "c.", "ca.", "the", "this", "that", "its", "their",
                          "his", "her", "our", "'s", "’s"})
