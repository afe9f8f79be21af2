"""Number words and TIMEX3 duration values ("two and a half months" -> P2.5M)."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import resources


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """The dates lexicon (models/dates/lexicon.json)."""
    return resources.load_json("dates/lexicon.json")


_SPLIT = re.compile(r"[\s\-]+")


def parse_number(text: str) -> float | None:
    """A cardinal written in digits or words; None when vague ("several", "a few") or unknown.

    >>> parse_number("twenty-four"), parse_number("two and a half"), parse_number("1,000")
    (24.0, 2.5, 1000.0)
    """
    words = lexicon()["number_words"]
    t = text.lower().strip().replace(",", "").replace("½", " 1/2").replace("-1/2", " 1/2").replace("  ", " ")
    if not t:
        return None
    try:
        return float(t)
    except ValueError:
        pass
    if t.endswith(" 1/2") and t[:-4].strip().isdigit():
        return float(t[:-4]) + 0.5
    if t in words:
        return float(words[t])
    if t in lexicon()["vague_numbers"]:
        return None
    t = t.replace(" of", "")
    half = 0.0
    for suffix in (" and a half", "-and-a-half", "-and-a half", " and a-half", " and one half"):
        if t.endswith(suffix):
            t, half = t[: -len(suffix)], 0.5
            break
    if t.startswith("half a") or t in ("half", "a half"):
        return 0.5
    total, current = 0.0, 0.0
    seen = False
    for w in _SPLIT.split(t):
        if w in ("and", ""):
            continue
        if w in ("a", "an") and not seen:
            current = 1.0
            seen = True
            continue
        try:
            n = float(w)
        except ValueError:
            if w not in words:
                return None
            n = float(words[w])
        seen = True
        if n == 100:
            current = (current or 1) * 100
        elif n >= 1000:
            total += (current or 1) * n
            current = 0
        else:
            if current % 100 and not (current % 10 == 0 and n < 10):
                return None  # "two and three" is two numbers ("between two and three years")
            current += n
    if not seen:
        return None
    return total + current + half


def format_number(n: float) -> str:
    """2.0 -> "2", 2.5 -> "2.5" (TIMEX3 duration quantities)."""
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def unit_code(word: str) -> str | None:
    """"weeks" -> "W", "hours" -> "H" (see ``is_time_unit``), None if not a unit."""
    units = lexicon()["units"]
    w = word.lower().rstrip(".")
    if w in units:
        return units[w]
    if w.endswith("ies") and w[:-3] + "y" in units:
        return units[w[:-3] + "y"]
    if w.endswith("s") and w[:-1] in units:
        return units[w[:-1]]
    return None


def is_time_unit(word: str) -> bool:
    w = word.lower().rstrip(".")
    tu = lexicon()["time_units"]
    return w in tu or (w.endswith("s") and w[:-1] in tu)


_COMPOUND_ORDER = ("Y", "M", "W", "D", "TH", "TM", "TS")


def compound_duration(parts: list[tuple[float | None, str]]) -> str | None:
    """One TIMEX3 duration for counted units written largest first: [(5, "hours"), (29,
    "minutes")] -> PT5H29M, [(2, "years"), (3, "months")] -> P2Y3M. None when a count is
    vague or the units repeat or run the wrong way ("three weeks and two days" is fine, "two
    days and three weeks" is no single length)."""
    seen: dict[str, float] = {}
    for n, word in parts:
        code = unit_code(word)
        if n is None or code is None or code in ("Q", "WE"):
            return None
        if code in ("DE", "CE", "ML"):
            n, code = n * {"DE": 10, "CE": 100, "ML": 1000}[code], "Y"
        key = ("T" if is_time_unit(word) else "") + code
        if key in seen:
            return None
        seen[key] = n * lexicon()["unit_multiplier"].get(word.lower().rstrip("s"), 1)
    keys = list(seen)
    if keys != [k for k in _COMPOUND_ORDER if k in seen]:
        return None
    date = "".join(f"{format_number(seen[k])}{k}" for k in keys if not k.startswith("T"))
    time = "".join(f"{format_number(seen[k])}{k[1]}" for k in keys if k.startswith("T"))
    return "P" + date + ("T" + time if time else "")


def duration_value(n: float | None, word: str) -> str:
    """TIMEX3 duration for ``n`` units named by ``word``: P3W, PT5H, P2.5M, P2Y6M, PXY, PXDE.

    Weekends are P2D.
    """
    code = unit_code(word)
    if code is None:
        raise ValueError(f"not a time unit: {word!r}")
    mult = lexicon()["unit_multiplier"].get(word.lower().rstrip("s"), 1)
    if code == "WE":
        return "P2D" if n in (None, 1) else f"P{format_number(2 * n)}D"
    prefix = "PT" if is_time_unit(word) else "P"
    if n is None:
        return f"{prefix}X{code}"
    if code in ("DE", "CE", "ML"):  # counted decades and centuries are written in years (P20Y)
        n, code = n * {"DE": 10, "CE": 100, "ML": 1000}[code], "Y"
    n = n * mult
    if prefix == "PT" and not float(n).is_integer() and code in ("H", "M"):
        # clock units split rather than take a fraction: 5 1/2 hours = PT5H30M, 1.5 minutes = PT1M30S
        whole, rest = int(n), round((n - int(n)) * 60)
        sub = "M" if code == "H" else "S"
        return f"PT{whole}{code}{rest}{sub}" if whole else f"PT{rest}{sub}"
    if code == "Y" and not float(n).is_integer() and float(n * 12).is_integer():
        # TimeML writes a year and a half as P1Y6M (TE3 train: "2 1/2 years" P2Y6M; months keep the
        # fraction: P2.5M, as SCHEMA.md)
        whole, months = int(n), int(round((n - int(n)) * 12))
        return f"P{whole}Y{months}M" if whole else f"P{months}M"
    return f"{prefix}{format_number(n)}{code}"
