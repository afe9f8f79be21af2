"""Find temporal expressions in text and turn each into an anchor-free *form*.

The grammar lives in ``models/dates/patterns.txt`` (regexes with lexicon macros); this module
compiles it, scans a text once per pattern (C-speed regex, no per-token Python loop), keeps
the longest non-overlapping matches and builds a form for each: a small JSON-safe dict that
``newsclaims.timex.normalize.resolve`` turns into a TIMEX3 value and interval once an anchor
(publication date) is known. Forms whose direction depends on tense carry ``"tense": None``
for the caller (the spaCy component) to fill from the parse.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, NamedTuple

from .. import resources
from .calendar import full_year
from .numbers import compound_duration, duration_value, lexicon, parse_number, unit_code

Form = dict


@dataclass
class Candidate:
    start: int
    end: int
    pattern: str
    form: Form
    priority: int = 0


def _esc(ch: str) -> str:
    return "['’]" if ch == "'" else (" " if ch == " " else re.escape(ch))  # typographic apostrophes too


def _alt(words) -> str:
    """A regex alternation of lexicon entries, as a character trie (one branch per shared
    prefix, so the scan does not retry every word at every position); longer words win."""
    trie: dict = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [_esc(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return "(?:" + emit(trie) + ")"


def _abbrev_alt(names: dict, min_full: int = 5) -> str:
    full = [w for w in names if len(w) >= min_full or w in ("may", "june", "july")]
    abbr = [w for w in names if w not in full]
    parts = [re.escape(w) for w in sorted(full, key=len, reverse=True)]
    parts += [re.escape(w) + r"\.?" for w in sorted(abbr, key=len, reverse=True)]
    return "(?:" + "|".join(parts) + ")"


def _lexicon_macros() -> dict[str, str]:
    lx = lexicon()
    units = list(lx["units"])
    unit_forms = units + [u + "s" for u in units if not u.endswith("ies") and u != "centuries"]
    unit_forms += ["centuries", "millennia", "yrs", "hrs", "mins", "secs"]
    numwords = [w for w in lx["number_words"]
                if w not in ("a", "an", "another", "a couple of", "a couple", "a dozen", "half")]
    return {
        "MONTH": _abbrev_alt(lx["months"]),
        "WEEKDAY": _alt([w for w in lx["weekdays"] if len(w) > 5]),
        "SEASON": _alt(lx["seasons"]),
        "POD": _alt([p for p in lx["parts_of_day"] if p not in ("tonight", "noon", "midday", "overnight")]),
        "UNIT": _alt(unit_forms),
        "UNIT1": _alt(units),
        "NUMWORD": _alt(numwords),
        "ORDW": _alt([o for o in lx["ordinals"] if not o[0].isdigit()]),
        "DMOD": _alt(lx["duration_mods"]),
        "REF": _alt(lx["refs"]),
        "SETW": _alt(lx["sets"]),
        "HOLIDAY": _alt(lx["holidays"]),
    }


_MACRO = re.compile(r"<<([A-Z0-9_]+)>>")


def _typographic(regex: str) -> str:
    """Let every literal apostrophe of a pattern match a typographic one too ("o’clock",
    "’90s"), except inside a character class, which lists its own."""
    out, depth, escaped = [], 0, False
    for ch in regex:
        if escaped:
            out.append(ch)
            escaped = False
            continue
        if ch == "\\":
            escaped = True
        elif ch == "[":
            depth += 1
        elif ch == "]" and depth:
            depth -= 1
        out.append("['’]" if ch == "'" and not depth else ch)
    return "".join(out)


def _expand(regex: str, macros: dict[str, str]) -> str:
    for _ in range(5):
        new = _MACRO.sub(lambda m: macros[m.group(1)], regex)
        if new == regex:
            break
        regex = new
    return regex


class Compiled(NamedTuple):
    """One pattern of the grammar. ``folded``, when the pattern has no case-sensitive part,
    is the same pattern without IGNORECASE, to run over the lower-cased text: Python's
    ``re`` matches that several times faster."""

    name: str
    regex: re.Pattern
    folded: re.Pattern | None


def _case_free(rx: str) -> bool:
    """Whether ``rx`` matches alike on lower-cased text: no ``(?-i:...)`` group and no capital
    letter of its own (escapes such as ``\\S`` and group names aside)."""
    return "(?-i" not in rx and not re.search("[A-Z]", re.sub(r"\\.|\(\?P<\w+>|\(\?P=\w+\)", "", rx))


@lru_cache(maxsize=1)
def compiled() -> tuple[Compiled, ...]:
    """The grammar's patterns, compiled once per process, in priority order."""
    macros = _lexicon_macros()
    pats: list[Compiled] = []
    with resources.path("dates/patterns.txt").open(encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line.startswith("@"):
                name, _, rx = line[1:].partition("=")
                macros[name.strip()] = _expand(rx.strip(), macros)
                continue
            if line.startswith("?"):  # needles, see ``needles``
                continue
            name, _, rx = line.partition(":")
            body = _typographic(_expand(rx.strip(), macros))
            # not inside "1,000-year"; but "the 1970s-era catcher" holds "the 1970s"
            full = r"(?<![\w/-])(?<!\d,)(?:" + body + r")(?![\w]|[-/](?!(?:era|style|vintage)\b)\w)"
            folded = re.compile(full) if _case_free(full) else None
            pats.append(Compiled(name.strip(), re.compile(full, re.IGNORECASE), folded))
    return tuple(pats)


@lru_cache(maxsize=1)
def needles() -> dict[str, tuple[str, ...]]:
    """Patterns that can only match where one of a few plain strings occurs ("?name = a|b" lines
    of the grammar): a text without any of them skips that pattern's scan (a C-speed ``in``)."""
    out: dict[str, tuple[str, ...]] = {}
    with resources.path("dates/patterns.txt").open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("?"):
                name, _, words = line[1:].partition("=")
                out[name.strip()] = tuple(w for w in words.strip().split("|") if w)
    return out


# --------------------------------------------------------------------------- helpers


def _num(x: str | None) -> float | None:
    return parse_number(x) if x else None


def _month(word: str) -> int:
    return lexicon()["months"][word.lower().rstrip(".")]


def _weekday(word: str) -> int:
    return lexicon()["weekdays"][word.lower().rstrip(".").rstrip("s")]


def _fiscal(form: Form, words: str | None) -> Form:
    """Mark a year said to be fiscal (``words`` the words before it: "the fiscal year", "the
    end of the fiscal year", "the current financial year", "the 2014 budget year"): its months are
    the company's (or the state's), so it gets no calendar interval."""
    return {**form, "fiscal": True} if re.search(r"fiscal|financial|budget", (words or "").lower()) else form


def _part_mod(part: str | None) -> str | None:
    if not part:
        return None
    p = part.lower().strip().rstrip("-")
    if p in ("earlier", "later"):
        return None
    pm = lexicon()["part_mods"]
    if p in pm:
        return pm[p]
    if "half" in p:
        return "START" if "first" in p else "END"
    for key in ("beginning", "start", "early"):
        if key in p:
            return "START"
    for key in ("middle", "mid"):
        if key in p:
            return "MID"
    for key in ("end", "late", "close", "latter"):
        if key in p:
            return "END"
    return None


def _dmod(m: str | None) -> str | None:
    return lexicon()["duration_mods"].get(m.lower()) if m else None


def _day(s: str) -> int:
    return int(re.sub(r"\D", "", s))


def _pod(word: str | None) -> str | None:
    return lexicon()["parts_of_day"].get(word.lower()) if word else None


def _hm(h: str, mi: str | None, ap: str | None) -> str:
    hour = int(h)
    if ap:
        pm = ap.lower().startswith("p")
        hour = (hour % 12) + (12 if pm else 0)
    return f"{hour:02d}:{int(mi or 0):02d}"


_REL_N = {"the next": 1, "this": 0, "current": 0, "the current": 0, "that": 0, "the same": 0, "same": 0, "that same": 0,
          "last": -1, "previous": -1, "the previous": -1, "prior": -1, "the prior": -1,
          "this past": -1, "the latest": -1, "the past": -1, "the last": -1, "the most recent": -1, "latest": -1, "past": -1,
          "next": 1, "following": 1, "the following": 1, "this coming": 1, "coming": 1, "the coming": 1,
          "upcoming": 1, "the upcoming": 1}
_ANAPHORIC = {"the previous", "the prior", "the following", "the same", "that same", "that", "previous", "prior",
              "following"}
_GRAN = {"week": "W", "month": "M", "year": "Y", "quarter": "Q", "decade": "DE", "century": "CE",
         "weekend": "WE", "period": "Q", "season": "SE", "half": "H"}


def _rel(rel: str | None) -> str | None:
    """Normalize a relative determiner to last/next/this."""
    if not rel:
        return None
    n = _REL_N.get(rel.lower())
    return None if n is None else {-1: "last", 0: "this", 1: "next"}[n]


def _abs(value: str, type_: str = "DATE", mod: str | None = None, **extra) -> Form:
    return {"k": "abs", "v": value, "t": type_, "mod": mod, **extra}


def _cap_ok(text: str) -> bool:
    return text[:1].isupper()


# --------------------------------------------------------------------------- builders
# Each builder gets the match's groups (and the matched text) and returns a form or None
# (None = not a temporal expression after all).

def _valid(year: int | None, month: int, day: int | None) -> bool:
    """A real calendar day ("Feb. 30" and "2025-02-29" are not); year-less days may be Feb. 29."""
    if day is None:
        return 1 <= month <= 12
    try:
        dt.date(year if year is not None else 2000, month, day)
    except ValueError:
        return False
    return True


def b_date(g: dict, text: str, name: str) -> Form | None:
    if name in ("date_iso", "date_us", "date_eu") and not _valid(
            int(g["y"]) if len(g["y"]) == 4 else None, int(g["m"]), int(g["d"])):
        return None
    if name == "date_iso":
        v = f"{g['y']}-{g['m']}-{g['d']}"
        return _abs(v + ("T" + g["hm"] if g.get("hm") else ""), "TIME" if g.get("hm") else "DATE")
    if name == "date_eu":  # "12.02.2013": day first
        return _abs(f"{int(g['y']):04d}-{int(g['m']):02d}-{int(g['d']):02d}")
    if name in ("date_us", "date_uk"):  # "03/14/2013"; "31/01/2025" when the day cannot be a month
        y = full_year(int(g["y"]))
        return _abs(f"{y:04d}-{int(g['m']):02d}-{int(g['d']):02d}")
    if name in ("date_mdy", "date_dmy", "date_my"):
        mw = g["month"]
        if not (_cap_ok(mw) or text.isupper()):
            return None
        m = _month(mw)
        day = _day(g["day"]) if g.get("day") else None
        year = int(g["year"]) if g.get("year") else (full_year(int(g["yy"])) if g.get("yy") else None)
        if not _valid(year, m, day):
            return None
        # "early Monday, Aug. 5": the weekday's part is the date's
        mod = _part_mod(g.get("part") or g.get("parth") or g.get("parth2") or g.get("wpart"))
        # (a bare "May" or "March" needs words around it that make it a month: "said that March Rubio
        # was" is a name; "in May that year" has them)
        if day is None and year is None and not (g.get("rel") or mod or g.get("yrel") or g.get("yana")):
            bare = mw.lower().rstrip(".")
            if len(bare) <= 4 and bare not in ("may", "june", "july"):
                return None  # a bare abbreviation ("Mar", "Dec") is too ambiguous
            if bare in ("may", "march"):
                return {"k": "date", "m": m, "t": "DATE", "needs_context": True, "tense": None}
        if day is not None:
            # a day keeps only its weekday's part ("early Monday, Aug. 5") or an "around"
            dmod = _part_mod(g.get("wpart")) or ("APPROX" if g.get("approx") else None)
            if year is not None:
                return _abs(f"{year:04d}-{m:02d}-{day:02d}", mod=dmod)
            if g.get("yrel"):  # "29 January this year"
                return {"k": "date", "m": m, "d": day, "t": "DATE", "mod": dmod, "yoff": _REL_N[g["yrel"].lower()]}
            if g.get("yana"):  # "On April 24 of that year": a day of the year the story is at
                return {"k": "ana", "u": "Y", "n": _REL_N[g["yana"].lower()], "g": "D", "t": "DATE", "mod": dmod,
                        "m": m, "d": day}
            form = {"k": "date", "m": m, "d": day, "t": "DATE", "mod": dmod, "tense": None}
            if g.get("rel"):  # "since last Oct. 26": the one before the writing
                form["rel"] = _rel(g["rel"])
            if g.get("wd"):  # "Friday, Jan. 5": the year in which that day is a Friday
                form["wd"] = _weekday(g["wd"])
            return form
        if year is not None:
            return _abs(f"{year:04d}-{m:02d}", mod=mod)
        if g.get("yrel"):  # "June last year"
            return {"k": "date", "m": m, "t": "DATE", "mod": mod, "yoff": _REL_N[g["yrel"].lower()]}
        if (g.get("rel") or "").lower() in _ANAPHORIC - {"that", "the same"}:
            # "took effect the following January": the first January after the time told of
            return {"k": "ana", "u": "Y", "n": _REL_N[g["rel"].lower()], "g": "M", "t": "DATE", "mod": mod, "m": m,
                    "beside": True}
        if g.get("yana") or g.get("that"):
            # "in January of that year", "that November": a month of the year the story is at
            n = _REL_N[g["yana"].lower()] if g.get("yana") else 0
            form = {"k": "ana", "u": "Y", "n": n, "g": "M", "t": "DATE", "mod": mod, "m": m}
            return {**form, "tense": None} if g.get("that") else form  # read as a plain month without a story
        return {"k": "date", "m": m, "t": "DATE", "mod": mod, "rel": _rel(g.get("rel")), "tense": None}
    if name == "date_yy":  # "in '08": a year by its last two digits
        return _abs(str(full_year(int(g["yy"]))))
    if name == "date_prepost":  # "post-2008", "pre-1990": the year, from its edge on
        return _abs(g["year"], mod="AFTER" if g["pp"].lower() == "post" else "BEFORE")
    if name == "date_year":
        mod = _part_mod(g.get("part") or g.get("parth") or g.get("parth2"))
        # a hedged year ("around 2002") may still be a count ("around 2000 troops")
        fiscal = (g.get("pre") or "").lower() in ("fiscal year", "fiscal", "the fiscal year", "fy")
        return _abs(g["year"], mod=mod or ("APPROX" if g.get("approx") else None), year_only=not (g.get("pre") or mod),
                    **({"fiscal": True} if fiscal else {}))
    if name in ("date_mdrange", "date_dmrange"):  # "March 3 and 4", "1-3 February": one DATE per day
        d1, d2 = _day(g["day"]), _day(g["day2"])
        if not _cap_ok(g["month"]) or d2 <= d1:
            return None
        pair = []
        for d in (d1, d2):
            form = b_date({"month": g["month"], "day": str(d), "year": g.get("year")}, text, "date_mdy")
            if form is None:
                return None
            pair.append(form)
        return {"k": "pair", "forms": pair}
    if name == "date_mdmrange":  # "March 30-April 4": one DATE per day, the year for both
        m1, m2 = _month(g["month"]), _month(g["month2"])
        year = g.get("year")
        first_year = str(int(year) - 1) if year and m1 > m2 else year  # "Dec. 28-Jan. 3, 2016"
        pair = [b_date({"month": g["month"], "day": g["day"], "year": first_year}, text, "date_mdy"),
                b_date({"month": g["month2"], "day": g["day2"], "year": year}, text, "date_mdy")]
        return {"k": "pair", "forms": pair, "cut": ("day", "month2")} if all(pair) else None
    if name == "date_mquarter":  # "the September quarter": the calendar quarter ending that month
        if not _cap_ok(g["month"]):
            return None
        return {"k": "quarter", "q": _month(g["month"]) // 3, "t": "DATE", "tense": None}
    if name == "date_mmrange":  # "July-September": two months, two expressions (SCHEMA.md)
        if not (_cap_ok(g["m1"]) and _cap_ok(g["m2"])):
            return None
        pair = [b_date({"month": g[k], "year": g.get("year"), "pre": "in"}, text, "date_my") for k in ("m1", "m2")]
        return {"k": "pair", "forms": pair, "cut": ("m1", "m2")} if all(pair) else None
    if name == "date_yrange":  # "2005-2013": two years, two expressions (see ``scan``)
        y1, y2 = int(g["y1"]), int(g["y2"])
        if y2 < 100:  # "1950-53": the second year shares the first's century
            y2 += y1 - y1 % 100
        return {"k": "range", "y1": y1, "y2": y2} if y1 < y2 else None
    if name == "date_spelled":
        cent, rest = g["cent"].lower(), (g.get("rest") or "").lower()
        if cent != "two thousand" and not rest:
            return None
        base = {"nineteen": 1900, "eighteen": 1800}.get(cent, 2000)
        words = rest.replace("hundred", "").replace("and", "").replace("oh", "").split()
        n = int(_num(" ".join(words)) or 0) if words else 0
        return _abs(f"{base + n:04d}", year_only=not rest)  # a bare "two thousand" may count
    if name == "date_mspelled":  # "January nineteen ninety-seven", "the winter of nineteen ninety-four"
        year = b_date({"cent": g["cent"], "rest": g.get("rest")}, text, "date_spelled")
        if year is None or year.get("year_only"):
            return None
        y = year["v"]
        if g.get("season"):
            return _abs(f"{y}-{lexicon()['seasons'][g['season'].lower()]}")
        return b_date({"month": g["month"], "day": g.get("day"), "year": y}, text, "date_mdy" if g.get("day") else "date_my")
    if name == "date_fy":  # "FY2013", "FY 14", "the 2013 fiscal year"
        y = int(g.get("year") or g.get("year2") or 0) or full_year(int(g["yy"]))
        return _abs(f"{y:04d}", fiscal=True)
    if name == "date_mmq":  # "the January-March quarter": a calendar quarter named by its months
        m1, m2 = _month(g["m1"]), _month(g["m2"])
        if not (_cap_ok(g["m1"]) and m1 % 3 == 1 and m2 == m1 + 2):
            return None
        q = (m1 + 2) // 3
        if g.get("year"):
            return _abs(f"{int(g['year']):04d}-Q{q}")
        return {"k": "quarter", "q": q, "t": "DATE", "tense": None}
    if name == "date_dom":  # "on the 15th": that day of the month the story is in
        return {"k": "dom", "d": _day(g["day"]), "t": "DATE", "tense": None}
    if name in ("date_ordw", "date_mordw"):  # "the first of April", "April first"
        n = lexicon()["ordinals"].get(g["ord"].lower())
        if not n or n > 31:
            return None
        return b_date({**g, "day": str(n)}, text, "date_mdy")  # (with a weekday before: "Sunday, March eighth")
    if name == "date_nthweek" and not g.get("month"):  # "the last week of the year", "the first week of 2015"
        if g["ord"].lower() not in ("first", "last", "final"):
            return None
        first = g["ord"].lower() == "first"  # the ISO weeks holding Jan. 4 and Dec. 28
        inner = b_date({"month": "January" if first else "December", "day": "4" if first else "28",
                        "year": g.get("year2"), "yrel": g.get("yrel")}, text, "date_mdy")
        # "of the year" is the one the tense allows, like "the third quarter of the year"
        return {"k": "edge", "edge": "week", "inner": inner, "t": "DATE", "tense": inner.get("tense", 0)} if inner else None
    if g.get("unit") == "weekend" and name == "date_nthweek":
        # "the first weekend of November": the weekend of its first (second, ...) Saturday
        n = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(g["ord"].lower(), -1)
        inner = b_date({"month": g["month"], "year": g.get("year")}, text, "date_my")
        if inner is None:
            return None
        tense = inner.get("tense", 0)
        nth = {"k": "edge", "edge": "nth", "w": 6, "nth": n, "inner": inner, "t": "DATE", "tense": tense}
        return {"k": "edge", "edge": "weekend", "inner": nth, "t": "DATE", "tense": tense}
    if name in ("date_weekof", "date_nthweek"):  # "the week of March 6": the ISO week holding that day
        # "the first week of March": the week holding the middle of its first seven days; "the
        # last week of October": of its last seven (Oct. 28); "the weekend of May 4": the weekend by it
        last = {2: "25", 4: "27", 6: "27", 9: "27", 11: "27"}.get(_month(g["month"]), "28")
        day = g["day"] if name == "date_weekof" else \
            {"first": "4", "second": "11", "third": "18", "fourth": "25"}.get(g["ord"].lower(), last)
        inner = b_date({"month": g["month"], "day": day, "year": g.get("year")}, text, "date_mdy")
        if inner is None:
            return None
        edge = "weekend" if (g.get("unit") or "").lower() == "weekend" else "week"
        return {"k": "edge", "edge": edge, "inner": inner, "t": "DATE", "tense": inner.get("tense", 0)}
    if name == "date_edge":  # "the last day of the month", "the first day of next year"
        if g.get("month"):
            inner = b_date({"month": g["month"], "year": g.get("year")}, text, "date_my")
        elif g.get("oyear"):  # "the first day of 2026"
            inner = _abs(g["oyear"])
        else:
            rel, unit = g["inner"].lower().split()
            gran = {"month": "M", "year": "Y"}[unit]
            inner = {"k": "shift", "u": gran, "n": {"the": 0, "this": 0, "next": 1, "last": -1}[rel], "g": gran,
                     "t": "DATE"}
        if inner is None:
            return None
        return {"k": "edge", "edge": "first" if g["edge"].lower() == "first" else "last", "inner": inner,
                "t": "DATE", "tense": inner.get("tense", 0)}
    if name == "date_decade":
        d = g["dec"]
        dec = "19" + d[1] if d[0] in "'’‘" else "19" + d[0] if len(d) == 2 else d[:3]  # "'90s", "the 90's"
        if d.endswith("00") and d < "2000":
            dec = d[:2]  # "the 1800s": the century (the 2000s are mostly the decade)
        return _abs(dec, mod=_part_mod(g.get("part") or g.get("half")))
    if name == "date_decw":
        tens = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}[g["decw"].lower()]
        return _abs(f"19{tens}", mod=_part_mod(g.get("part") or g.get("half")))
    if name == "date_century":
        o = g["ord"].lower()
        n = lexicon()["ordinals"].get(o) or int(re.sub(r"\D", "", o) or 0)
        if not n:
            return None
        half = (g.get("half") or "").lower()
        if "decade" in half:  # "the first decade of the 21st century": the 2000s
            return _abs(f"{n - 1:02d}{0 if 'first' in half else 9}")
        era = "BC" if g.get("bce") else ""  # "the third century B.C." is BC02, as the 3rd AD is 02
        return _abs(f"{era}{n - 1:02d}", mod=_part_mod(g.get("part") or g.get("half")))
    if name == "date_era":
        year = int((g.get("ady") or g.get("eray")).replace(",", ""))
        return _abs(f"BC{year:04d}" if g.get("bce") else f"{year:04d}")
    if name == "date_hol":
        key = g["hol"].lower().replace("’", "'")
        if not (_cap_ok(g["hol"]) or key in lexicon()["holidays_any_case"]):
            return None
        rule = lexicon()["holidays"][key]
        # "Christmas 2015", "the 1988 Super Tuesday", "Thanksgiving night 2011"
        year = int(g.get("year") or g.get("ypre") or g.get("podyear") or 0) or None
        tod = _pod(g.get("pod"))  # "Christmas morning": a part of that day, a TIME
        form = {"k": "hol", "rule": rule, "y": year, "t": "TIME" if tod else "DATE", "tod": tod,
                "rel": _rel(g.get("rel")), "tense": None}
        if g.get("approx"):  # "around Thanksgiving"
            form["mod"] = "APPROX"
        if g.get("hunit"):  # "Memorial Day weekend", "Easter week": the week or weekend of that day
            form["around"] = "WE" if g["hunit"].lower() == "weekend" else "W"
        if g.get("yrel"):  # "Inauguration Day next year"
            form["yoff"] = {"next": 1, "last": -1, "this": 0}[g["yrel"].lower()]
        return form
    if name == "date_nthwd":  # "the last Friday in August", "the first Monday of September 2016"
        if not ((g.get("mrel") or _cap_ok(g["month"])) and g["wd"][0].isupper()):
            return None
        n = {"first": "1", "second": "2", "third": "3", "fourth": "4", "last": "L", "final": "L"}[g["ord"].lower()]
        if g.get("mrel"):  # "the first Friday of next month": that weekday of the month counted from the anchor
            month = {"k": "shift", "u": "M", "n": _REL_N[g["mrel"].lower()], "g": "M", "t": "DATE"}
            return {"k": "edge", "edge": "nth", "w": _weekday(g["wd"]), "nth": -1 if n == "L" else int(n),
                    "inner": month, "t": "DATE"}
        code = "MOTUWETHFRSASU"[2 * _weekday(g["wd"]) - 2:2 * _weekday(g["wd"])]
        return {"k": "hol", "rule": f"{_month(g['month']):02d}-{code}{n}", "t": "DATE", "tense": None,
                "y": int(g["year"]) if g.get("year") else None}
    if name == "date_season":
        sw = g["season"].lower()
        code = lexicon()["seasons"][sw]
        if (g.get("rel") or "").lower() == "that" or g.get("yana"):  # "That summer", "the spring of that year"
            return {"k": "ana", "u": "Y", "n": 0, "g": "Y", "t": "DATE", "s": code, "mod": _part_mod(g.get("part"))}
        if (g.get("rel") or "").lower() in _ANAPHORIC - {"that", "the same"}:
            # "the following spring", "the previous summer": the first after (the last before) the time told of
            return {"k": "ana", "u": "Y", "n": _REL_N[g["rel"].lower()], "g": "Y", "t": "DATE", "s": code,
                    "mod": _part_mod(g.get("part"))}
        # "winter 2024-25", "the 2024-25 winter": a season spanning two years is the first's
        year = int(g.get("year") or g.get("ypre") or 0) or None
        if g.get("yy"):  # "the summer of '98"
            year = full_year(int(g["yy"]))
        mod = _part_mod(g.get("part") or g.get("parth") or g.get("mid"))  # ("midsummer")
        rel = _rel(g.get("rel"))
        if g.get("yrel"):  # "the spring of last year": that year's, counted from the anchor
            return {"k": "season", "s": code, "t": "DATE", "mod": mod, "yoff": _REL_N[g["yrel"].lower()]}
        if sw in ("fall", "spring") and year is None and rel is None and mod is None:
            return {"k": "season", "s": code, "t": "DATE", "tense": None, "needs_context": True}
        if year is not None:
            return _abs(f"{year:04d}-{code}", mod=mod)
        return {"k": "season", "s": code, "t": "DATE", "mod": mod, "rel": rel, "tense": None}
    return None


def b_day(g: dict, text: str, name: str) -> Form | None:
    if name == "date_onepod":  # "One evening in the 1960s, ...", "on a recent afternoon": some day's part
        return _abs(f"XXXX-XX-XXT{_pod(g['pod'])}", "TIME")
    if name == "date_wd":
        if not _cap_ok(g["wd"]):
            return None
        # "Wednesday night": a part of that day, a TIME valued like "this morning" (...TNI)
        mod = _part_mod(g.get("part") or g.get("ppart"))
        tod = _pod(g.get("pod"))
        if (g.get("rel") or "").lower() == "that":  # "That Friday": the Friday of the week told of
            return {"k": "ana", "u": "D", "n": 0, "g": "D", "w": _weekday(g["wd"]), "t": "TIME" if tod else "DATE",
                    "tod": tod, "mod": mod}
        return {"k": "wd", "w": _weekday(g["wd"]), "t": "TIME" if tod else "DATE", "tod": tod,
                "mod": mod, "rel": _rel(g.get("rel")), "tense": None}
    if name == "date_wkoff":
        wd = g.get("wd") or g.get("wd2") or g["wd3"]
        if not _cap_ok(wd):
            return None
        ago = (g.get("dir") or "").lower() == "ago" or bool(g.get("nth"))
        weeks = {"two": 2, "three": 3, "four": 4}.get((g.get("n") or "").lower(), 1)
        if g.get("nth"):  # "two Sundays ago": the last one, and one more week back
            weeks = {"two": 1, "three": 2, "four": 3}[g["nth"].lower()]
        # (firm: the coming Friday even six days off, as "a week from Friday" is said to count past it)
        day = {"k": "wd", "w": _weekday(wd), "t": "DATE", "tense": -1 if ago else 1, "firm": True}
        return {"k": "edge", "edge": "after", "days": 7 * weeks * (-1 if ago else 1), "inner": day, "t": "DATE",
                "tense": day["tense"]}
    if name == "date_wdweek":  # "Thursday next week": that week's Thursday
        if not _cap_ok(g["wd"]):
            return None
        return {"k": "wd", "w": _weekday(g["wd"]), "t": "DATE", "rel": "this",
                "wk": {"last": -1, "this": 0, "next": 1}[g["wk"].lower()], "tense": None}
    if name == "date_day":
        d = g["day"].lower()
        n = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
             "the day before yesterday": -2, "the day after tomorrow": 2}[d]
        tod = _pod(g.get("pod")) or ("NI" if d == "tonight" else None)  # "tonight" is a TIME, like "last night"
        return {"k": "shift", "u": "D", "n": n, "g": "D", "t": "TIME" if tod else "DATE", "tod": tod,
                "mod": _part_mod(g.get("part"))}
    if name == "date_pod":
        rel = g["rel"].lower()
        pod = _pod(g["pod"])
        day = rel.split()[-1]  # "late last night": last night, its end
        n = -1 if day == "yesterday" or (day == "last" and pod in ("NI", "EV")) else (1 if day == "tomorrow" else 0)
        mod = "START" if rel.startswith("early") else "END" if rel.startswith("late") else None
        return {"k": "shift", "u": "D", "n": n, "g": "D", "t": "TIME", "tod": pod, "mod": mod}
    if name == "date_podpart":  # "mid-afternoon", "late evening": that part of the day written about
        mod = _part_mod(g["part"])
        if g.get("wd"):  # "mid-afternoon yesterday", "late morning Friday"
            form = _day_form(g, _pod(g["pod"]))
            form["mod"] = mod
            return form
        return {"k": "shift", "u": "D", "n": 0, "g": "D", "t": "TIME", "tod": _pod(g["pod"]), "mod": mod}
    if name == "date_overnight":
        if g.get("wd"):  # "overnight Tuesday"
            if g["wd"][0].islower() and g["wd"].lower() in lexicon()["weekdays"]:
                return None
            return _day_form(g, "NI")
        return {"k": "shift", "u": "D", "n": 0, "g": "D", "t": "TIME", "tod": "NI"}
    return None


def _day_form(g: dict, tod: str) -> Form:
    """The day a clock time sits on: a weekday, today/yesterday/tomorrow, a month-day, or the anchor."""
    wd = (g.get("wd") or "").lower()
    if g.get("wm"):  # "2 a.m. Sunday, Nov. 5": the date, in the year its weekday agrees with
        return {"k": "date", "m": _month(g["wm"]), "d": _day(g["wmd"]), "wd": _weekday(wd.split()[0]), "t": "TIME",
                "tod": tod, "tense": None}
    if " " in wd and wd.split()[0] in lexicon()["weekdays"]:  # "8:30 Tuesday evening"
        return {"k": "wd", "w": _weekday(wd.split()[0]), "t": "TIME", "tod": tod, "tense": None}
    if " " in wd and wd.split()[0] in ("next", "last", "this") and wd.split()[1] in lexicon()["weekdays"]:
        # "2:30 p.m. next Tuesday"
        return {"k": "wd", "w": _weekday(wd.split()[1]), "t": "TIME", "tod": tod, "rel": wd.split()[0], "tense": None}
    if " " in wd:  # "6:15 this morning", "9 p.m. last night": named, not the story's day
        first = wd.split()[0]
        n = {"yesterday": -1, "last": -1, "tomorrow": 1}.get(first, 0)
        return {"k": "shift", "u": "D", "n": n, "g": "D", "t": "TIME", "tod": tod, "said": True}
    if g.get("month") and g.get("day"):
        return {"k": "date", "m": _month(g["month"]), "d": _day(g["day"]), "t": "TIME", "tod": tod, "tense": None}
    if wd in ("today", "tonight", "yesterday", "tomorrow"):
        n = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[wd]
        return {"k": "shift", "u": "D", "n": n, "g": "D", "t": "TIME", "tod": tod, "said": True}
    if wd:
        return {"k": "wd", "w": _weekday(wd), "t": "TIME", "tod": tod, "tense": None}
    return {"k": "shift", "u": "D", "n": 0, "g": "D", "t": "TIME", "tod": tod}


def _day_part(wd: str | None) -> str | None:
    """The part of the day a day phrase ends on ("this afternoon", "Tuesday night", "tonight")."""
    last = (wd or "").lower().split()[-1:] or [""]
    return "NI" if last[0] == "tonight" else _pod(last[0]) if last[0] in lexicon()["parts_of_day"] else None


def _oclock(h: str, pod: str | None) -> str:
    """"4 in the morning" -> 04:00, "8 in the evening" -> 20:00, "11 at night" -> 23:00."""
    hour = int(h) if h.isdigit() else int(lexicon()["number_words"][h.lower()])
    if pod in ("AF", "EV") or (pod == "NI" and hour >= 6):
        hour = hour % 12 + 12
    elif pod in ("MO", "NI") and hour == 12:
        hour = 0
    return f"{hour:02d}:00"


def _stamp(g: dict) -> Form | None:
    """A date and the clock time on it, as a web page stamps its writing ("June 12, 2024 6:42 PM
    EDT"): one instant. A dotted clock needs a.m./p.m. or a zone to be one ("2024 11.05 GMT", not
    "2024 6.5")."""
    if (g["sep"] == "." and not (g.get("ap") or g.get("tz"))) or (g.get("ap") and not 1 <= int(g["h"]) <= 12):
        return None
    mw = g.get("month") or g.get("month2")
    hm = _hm(g["h"], g["mi"], g.get("ap"))
    if mw and not _cap_ok(mw):
        return None
    if mw and not (g.get("year") or g.get("year2")):  # "Update June 13th, 4:05 AM ET:": the year to find
        return {"k": "date", "m": _month(mw), "d": _day(g["day"]), "t": "TIME", "tod": hm, "tense": None}
    if mw:
        y, m, d = int(g.get("year") or g["year2"]), _month(mw), _day(g.get("day") or g["day2"])
    else:  # "2024-06-26 09:12", "2024.08.30 | 12:05", "10/01/2025 05:17 AM", "21.06.2024 18:42"
        y, m, d = (int(g[f"{k}{n}"]) for n in ("", "2", "3") if g.get(f"y{n}") for k in "ymd")
    if not _valid(y, m, d):
        return None
    return _abs(f"{y:04d}-{m:02d}-{d:02d}T{hm}", "TIME")


def b_time(g: dict, text: str, name: str) -> Form | None:
    if name in ("time_stamp", "time_tstamp"):
        return _stamp(g)
    if name == "time_word":
        hm = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[g["word"].lower()]
    elif name == "time_oclock":
        pod = _pod(g.get("pod") or g.get("pod2")) or ("NI" if g.get("night") or g.get("night2") else None) \
            or _day_part(g.get("wd"))
        hm = _oclock(g["h"], pod)[:3] + f"{int(g.get('mi') or 0):02d}"
    elif name == "time_rstart":  # "from 11 to 2 p.m.": a start later on the clock face is the other half-day's
        ap = g["ap"].lower()
        if int(g["h"]) % 12 > int(g["h2"]) % 12:
            ap = "am" if ap.startswith("p") else "pm"
        hm = _hm(g["h"], g.get("mi"), ap)
    else:
        if name == "time_wclock":  # spoken: "six-fifteen a.m." is 6:15, "seven oh-five p.m." 7:05
            mw = (g.get("mw") or "").lower().removeprefix("oh-")
            g = {**g, "h": str(int(_num(g["hw"]))), "mi": f"{int(_num(mw)):02d}" if mw else None}
        hm = _hm(g["h"], g.get("mi"), g.get("ap"))
        if not g.get("ap") and 1 <= int(g["h"]) < 12:  # "at 10:30 tonight", "8:30 Tuesday evening", "tonight at 8:30"
            hm = _oclock(g["h"], _day_part(g.get("wd")) or ("NI" if g.get("eve") is not None else None))[:3] + hm[3:]
    if g.get("wd0") and not g.get("wd"):
        g = {**g, "wd": g["wd0"]}  # a timeline's entry head: "Saturday, 7:40 p.m.: A tornado touches down"
    form = _day_form(g, hm)
    if g.get("mod"):
        form["mod"] = "APPROX"
    return form


def b_rel(g: dict, text: str, name: str) -> Form | None:
    if name == "rel_partof":  # "the last week of the race": a week of an event, which one unsaid
        return _abs({"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX",
                     "decade": "XXX"}[g["unit"].lower()])
    if name == "ago_season":  # "two summers ago": the summer before last
        n = _num(g["num"])
        if not n or n != int(n):
            return None
        code = lexicon()["seasons"][g["season"].lower()[:-1]]
        return {"k": "season", "s": code, "t": "DATE", "rel": "last", "back": int(n) - 1}
    if name == "rel_twoaway":  # "the week before last", "the month after next"
        gran = _GRAN[g["unit"].lower()]
        n = -2 if g["ba"].lower().startswith("before") else 2
        return {"k": "shift", "u": "W" if gran == "WE" else gran, "n": n, "g": gran, "t": "DATE", "mod": None}
    if name == "rel_same":
        # "the same period in 2014": that year; "the same month last year", "the corresponding
        # quarter a year earlier": the period just named (or reported on), a year back
        if g.get("year"):
            return _abs(g["year"])
        if g["unit"].lower() == "quarter":
            return {"k": "quarter", "q": None, "yoff": -1, "t": "DATE", "mod": None}
        return {"k": "shift", "u": "Y", "n": -1, "g": "Y", "t": "DATE", "mod": None, "cmp": True}
    if name == "rel_midunit":  # "mid-decade": "the middle of this decade"
        return b_rel({"part": "the middle of", "rel": "this", "unit": g.get("unit") or g["unit2"]}, text, "rel_unit")
    if name == "rel_unit":
        rel = g["rel"].lower()
        unit = g["unit"].lower()
        gran = _GRAN[unit]
        part = _part_mod(g.get("part"))
        mod = part or ("APPROX" if g.get("orso") else None)  # "the next year or so"
        cut = {"earlier": "before", "later": "after"}.get((g.get("earl") or "").lower())
        if "year-" in rel or rel.endswith("prior-year") or "comparable" in rel:  # "the year-ago quarter"
            if unit in ("quarter", "period"):
                return {"k": "quarter", "q": None, "yoff": -1, "t": "DATE", "mod": mod}
            return {"k": "shift", "u": "Y", "n": -1, "g": "Y", "t": "DATE", "mod": mod, "cmp": True}
        n = _REL_N.get(rel)
        if n is None:
            return None
        if rel in ("the past", "the next") and unit in ("decade", "century") and not part:
            # "over the past decade": the ten years up to now ("the last decade" may be the 1980s)
            return _abs(duration_value(1, unit), "DURATION", mod=mod)
        if rel in _ANAPHORIC and (unit in ("week", "weekend", "month", "year", "decade")
                                  or (unit == "quarter" and n > 0)):
            # "the following year", "that month", "the same weekend", "the following quarter":
            # counted from the date the story is at ("the previous quarter" is the one before that
            # reported on: story)
            return {"k": "ana", "u": "W" if gran == "WE" else gran, "n": n, "g": gran, "t": "DATE", "mod": mod}
        if unit == "season" and rel in _ANAPHORIC:
            # "His 1966 team went undefeated. That season, ...": a (sports) season of the year told of
            return {"k": "ana", "u": "Y", "n": n, "g": "Y", "t": "DATE", "mod": mod}
        if unit == "season":
            return {"k": "abs", "v": "PRESENT_REF" if n == 0 else ("PAST_REF" if n < 0 else "FUTURE_REF"),
                    "t": "DATE"}
        form = {"k": "shift", "u": "W" if gran == "WE" else ("M" if gran == "SE" else gran), "n": n,
                "g": gran, "t": "DATE", "mod": mod, "cut": cut}
        if rel in ("current", "the current") and gran == "Q":
            form["cur"] = True  # the anchor's own quarter, not the one the story reports on
        if rel in _ANAPHORIC and n < 0 and gran == "Q":
            form["prev"] = True  # "the previous quarter": before the one reported on, if any
        if rel in ("this past", "the past", "the last") and gran == "W":
            form["ending"] = True  # written at the weekend, the week now ending (normalize)
        return _fiscal(form, g.get("fiscal"))
    if name in ("rel_ofthe", "rel_yearend"):
        part, unit = g["part"].lower(), g["unit"].lower()
        if unit in ("end", "start"):
            part, unit = unit, part
        if part == "the turn of":
            return None
        gran = _GRAN.get(unit)
        if gran is None:
            return None
        form = {"k": "shift", "u": gran, "n": 0, "g": gran, "t": "DATE", "mod": _part_mod(part)}
        if gran == "Y" and form["mod"] == "END":
            # "had a bigger cash balance at year's end" in January, "sold shares at the end of the
            # year" in March: the year just ended
            form["tense"] = None
            if g["unit"].lower() == "end" and "-" in text:  # "by year-end": its last day (TimeBank 2 of 2)
                return {"k": "edge", "edge": "last", "inner": form, "t": "DATE", "tense": None}
        return _fiscal(form, g.get("fiscal"))
    if name == "date_weekend":
        return {"k": "weekend", "t": "DATE", "rel": _rel(g["rel"]), "tense": None}
    if name == "rel_theyear":
        if g.get("ended") is not None and (g.get("adj") or "").strip() != "full":
            return _abs("P1Y", "DURATION")
        return _fiscal({"k": "shift", "u": "Y", "n": 0, "g": "Y", "t": "DATE"}, g.get("adj"))
    if name == "rel_theweek":
        return {"k": "ana", "u": "W", "n": 0, "g": "W", "t": "DATE"}
    if name == "rel_ana":
        rel, unit = g["rel"].lower(), g["unit"].lower()
        n = {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1, "the prior": -1}.get(rel, 0)
        tod = _pod(unit) if unit != "day" else None
        return {"k": "ana", "u": "D", "n": n, "g": "D", "t": "TIME" if tod else "DATE", "tod": tod,
                "mod": _part_mod(g.get("earl")),  # "late that night": END ("later that day": none)
                "needs_ref": rel in ("the same", "that same", "that") or None}
    if name in ("rel_daybefore", "rel_dayevent"):
        # "the day before"; "the day after his death" (the event's day unknown: counted from
        # the story's date, never from the day of publication)
        unit = g["unit"].lower()
        tod = _pod(unit)  # "the night before", "the morning after the debate"
        gran = {"week": "W", "month": "M", "year": "Y"}.get(unit, "D")
        return {"k": "ana", "u": gran, "n": -1 if g["ba"].lower() == "before" else 1, "g": gran,
                "t": "TIME" if tod else "DATE", "tod": tod, "needs_ref": name == "rel_dayevent" or None}
    if name in ("rel_inthe", "rel_podbare"):  # "later in the day", "earlier in the week": the story's own day/week
        unit = g["unit"].lower()
        if unit in lexicon()["parts_of_day"]:  # "earlier in the evening": a part of the story's day
            return {"k": "ana", "u": "D", "n": 0, "g": "D", "t": "TIME", "tod": lexicon()["parts_of_day"][unit]}
        gran = {"day": "D", "week": "W", "month": "M", "year": "Y"}[unit]
        return {"k": "ana", "u": gran, "n": 0, "g": gran, "t": "DATE"}
    if name == "rel_anawd":  # "the previous Friday": the Friday before the story's day
        if not _cap_ok(g["wd"]):
            return None
        n = 1 if g["rel"].lower() in ("the following", "the next") else -1
        return {"k": "ana", "u": "D", "n": n, "g": "D", "w": _weekday(g["wd"]), "t": "DATE"}
    if name == "rel_midweek":  # "by midweek": the middle of the writing week
        return {"k": "shift", "u": "W", "n": 0, "g": "W", "t": "DATE", "mod": "MID"}
    if name == "rel_newyear":  # the year about to begin, or just begun (normalize)
        return {"k": "shift", "u": "Y", "n": 0, "g": "Y", "t": "DATE", "newyear": True}
    if name == "rel_yearago":
        return {"k": "shift", "u": "Y", "n": -1, "g": "Y", "t": "DATE", "cmp": True}
    if name == "ago_shift":
        frac = (g.get("frac") or "").lower()
        n = (0.25 if "quarter" in frac else 0.5) if frac else _num(g["num"])
        unit = g["unit"]
        code = unit_code(unit)
        direction = -1 if g["dir"].strip().lower() in ("ago", "back", "earlier", "prior", "before now") else 1
        # "three or four months ago": the nearer reading, approximately
        mod = _dmod(g.get("mod")) or ("APPROX" if g.get("orso") or g.get("num2") else None)
        if n is None:
            return _abs("PAST_REF" if direction < 0 else "FUTURE_REF", mod=mod)
        if code in ("S", "M") and unit.lower().startswith(("sec", "min")) or code == "H":
            if g["dir"].strip().lower() != "ago":
                return None  # "four minutes earlier" than a moment told of: the duration alone
            return {"k": "shift", "u": "D", "n": 0, "g": "D", "t": "TIME", "mod": mod}
        # ("three weekends ago": a weekend; ahead, which weekend depends on the day of writing)
        gran = {"DE": "Y", "CE": "Y", "ML": "Y", "WE": "WE" if direction < 0 else "W"}.get(code, code)
        if g["dir"].strip().lower() == "from today":
            gran = "D"  # "a week from today": counted from a day, to a day
        n = n * lexicon()["unit_multiplier"].get(unit.lower().rstrip("s"), 1)  # "a fortnight ago"
        n = int(n) if float(n).is_integer() else n
        form = {"k": "shift", "u": "W" if code == "WE" else code, "n": direction * n, "g": gran, "t": "DATE",
                "mod": mod}
        if g.get("this"):  # "Thirty years ago tonight", "a week ago today": the anchor's day (week, ...) back then
            grain, tod = _THIS_UNIT[g["this"].lower()]
            if _COARSER.get(code, 0) <= _COARSER[grain]:
                return None
            return {**form, "g": grain, "t": "TIME" if tod else "DATE", "tod": tod}
        if code == "Y" and n == 1 and direction < 0:
            form["cmp"] = True  # "a year earlier": in earnings reports, the same quarter a year before
        elif g["dir"].strip().lower() in ("earlier", "prior"):
            # "a month earlier": before the time the story is at, not before the writing ("ago")
            form["k"] = "ana"
        return form
    if name == "ago_vague":  # "years ago", "a long time ago"; "years from now"
        return _abs("FUTURE_REF" if g["dir"].lower() == "from now" else "PAST_REF")
    return None


# the anchor's own unit after an "ago", with the part of the day it names
_THIS_UNIT = {"this week": ("W", None), "this weekend": ("WE", None), "this month": ("M", None),
              "today": ("D", None), "tonight": ("D", "NI"), "this morning": ("D", "MO"),
              "this afternoon": ("D", "AF"), "this evening": ("D", "EV")}
_COARSER = {"D": 0, "W": 1, "WE": 1, "M": 2, "Q": 3, "Y": 4, "DE": 5, "CE": 6}

_QORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
         "final": 4, "last": 4}


def b_quarter(g: dict, text: str, name: str) -> Form | None:
    if name == "date_qpair":
        return {"k": "quarter", "q": _QORD[(g.get("ord") or g["ord2"]).lower()], "t": "DATE", "tense": None,
                "fiscal": False}
    if name == "date_q":
        q = g["q"].upper()
        y = g.get("year")
        if y:
            year = int(y) if not y.startswith("'") else full_year(int(y[1:]))
            return _abs(f"{year:04d}-{q[0]}{q[1]}")
        if q[0] == "H":
            return {"k": "half", "h": int(q[1]), "t": "DATE", "tense": None}
        return {"k": "quarter", "q": int(q[1]), "t": "DATE", "tense": None}
    unit = g["unit"].lower()
    ordw = (g.get("ord") or "").lower()
    rel = (g.get("rel") or "").lower()
    rel2 = (g.get("rel2") or "").lower()
    # ("the second calendar quarter of 2013" is no company's)
    fiscal = any("fiscal" in (g.get(key) or "").lower() for key in ("fiscal1", "fiscal2", "yearpre", "year"))
    if unit == "half" and not ordw:
        if rel in ("last", "first"):
            ordw, rel = ("second" if rel == "last" else "first"), ""
        else:
            return None
    if not ordw and not rel and not rel2 and not g.get("the") and not g.get("yearpre") and not g.get("year"):
        return None  # a bare "quarter" (a fraction, a district)
    if ordw == "last" and not (g.get("year") or g.get("yearpre")):
        rel, ordw = "last", ""
    elif rel == "last" and not ordw and g.get("year"):  # "the last quarter of 2023": its fourth
        rel, ordw = "", "last"
    q = _QORD.get(ordw)
    if unit == "half":
        q = 1 if ordw in ("first", "1st") else 2
    yexpr = (g.get("year") or g.get("yearpre") or "").lower().replace("fiscal", "").strip()
    form: Form = {"k": "half" if unit == "half" else "quarter", "t": "DATE", "fiscal": fiscal}
    if unit == "half":
        form["h"] = q
    else:
        form["q"] = q
    m = re.search(r"\d{4}", yexpr)
    if m:
        form["y"] = int(m.group())
    elif yexpr and yexpr != "the year":  # "of the year" is whichever the tense allows (below)
        form["yoff"] = {"this year": 0, "the fiscal year": 0, "last year": -1,
                        "next year": 1, "the year before": -1, "a year ago": -1,
                        "a year earlier": -1}.get(yexpr, 0)
    if "year-" in rel or "year-" in rel2 or rel in ("comparable", "year-before"):
        form["yoff"] = form.get("yoff", 0) - 1
        if q is None:
            form["q"] = None
    elif q is None and "y" not in form:
        n = {"this": 0, "current": 0, "next": 1, "coming": 1, "same": 0}.get(rel, -1)
        form.update({"k": "shift", "u": "Q" if unit == "quarter" else "H", "n": n,
                     "g": "Q" if unit == "quarter" else "H"})
        if rel == "current":
            form["cur"] = True  # the quarter the anchor is in ("this quarter's loss" is the one reported on)
        elif not rel and unit == "quarter":
            form["latest"] = True  # "the quarter": the last one ended, or the one ending (normalize)
        if unit == "half":
            form["u"], form["n"] = "M", 6 * n
    else:
        form["tense"] = None
        if rel in ("last", "previous", "prior", "past", "latest"):
            form["rel"] = "last"
        elif rel in ("next", "coming"):
            form["rel"] = "next"
    if g.get("part"):  # "the end of the third quarter"
        form["mod"] = _part_mod(g["part"])
    return form


def b_dur(g: dict, text: str, name: str) -> Form | None:
    mod = _dmod(g.get("mod"))
    if name == "dur_lifetime":
        v = {"a lifetime": "PXY", "a while": "PXX", "the long term": "FUTURE_REF", "the short term": "FUTURE_REF",
             "the medium term": "FUTURE_REF", "a short time": "PXD", "some time": "PXM",
             "the past day": "P1D"}[g["word"].lower()]  # ("over the past day": its 24 hours)
        return _abs(v, "DATE" if v.endswith("REF") else "DURATION")
    if name == "dur_compound":  # "five hours and 29 minutes", "2 hours, 4 minutes and 45 seconds"
        parts = [(_num(g[f"n{i}"]), g[f"u{i}"]) for i in (1, 2, 3) if g.get(f"n{i}")]
        value = compound_duration(parts)
        return _abs(value, "DURATION", mod=mod) if value else None
    if name == "dur_half":  # "a year and a half", "the past decade and a half", "two hours and a half"
        one = g["num"].lower() in ("a", "an") or g["num"].lower().startswith("the ")
        n = 1 if one else _num(g["num"])
        return _abs(duration_value(n + 0.5, g["unit"]), "DURATION", mod=mod) if n is not None else None
    if name == "dur_frac":  # "a quarter-century", "half a decade", "a half hour"
        n = 0.25 if g["frac"].lower() == "quarter" else 0.5
        if g["frac"].lower() == "quarter" and g["unit"].lower() not in ("century", "hour"):
            return None  # "a quarter year" is rarely written; "quarter" alone is a fraction or a quarter
        return _abs(duration_value(n, g["unit"]), "DURATION", mod=mod)
    if name == "dur_long1":  # "weeklong", "yearlong", "decade-long", "a nearly week-long manhunt"
        return _abs(duration_value(1, g["unit"]), "DURATION", mod=mod)
    if name == "dur_long":  # "months-long", "decades-long"
        return _abs(duration_value(None, g["unit"]), "DURATION")
    if name == "dur_fortnight":
        return _abs(duration_value(1, "fortnight"), "DURATION")
    if name == "dur_the":  # "over the years", "in the weeks before the vote", "in the decade since the war" (P10Y)
        if g.get("one"):
            return _abs(duration_value(1, g["one"]), "DURATION")
        return _abs(duration_value(None, g.get("unit") or g["unit2"]), "DURATION")
    if name == "dur_vague":
        q = (g.get("q") or "").lower()
        unit = g["unit"].lower()
        if q == "the" and not g.get("ahead"):
            return None
        if q == "recent" and unit in ("years", "decades"):
            return _abs("PAST_REF")
        if unit == "decades" and not q:
            return _abs("PXDE", "DURATION", mod=mod)
        return _abs(duration_value(None, unit), "DURATION", mod=mod)
    num = g["num"]
    unit = g["unit"]
    if unit.lower() in ("second", "seconds") and num.lower() in ("a", "an"):
        return None
    if unit.lower() in ("weekend",) and num.lower() in ("a", "an"):
        return None
    n = _num(num)
    if n is None and " and " in num.lower() and "half" not in num.lower():
        return None  # "two and three years": two numbers, read as a range (dur_range)
    orso = (g.get("orso") or "").strip().lower()
    if orso == "or so":
        mod = mod or "APPROX"
    elif orso in ("or more", "or longer") or g.get("ormore"):  # "two years or more", "two or more years", "35-plus hours"
        mod = mod or "EQUAL_OR_MORE"
    if name == "dur_range":
        n2 = _num(g["num2"])
        if n is not None and n2 is not None and n2 <= n:
            return None  # "one hundred and five years" is no range
        mod = mod or None
    return _abs(duration_value(n, unit), "DURATION", mod=mod)


def b_ref(g: dict, text: str, name: str) -> Form | None:
    if name == "ref_at":  # "at present", "at the moment": the preposition stays outside
        return _abs("PRESENT_REF")
    return _abs(lexicon()["refs"][g["ref"].lower().replace("’", "'")])


def b_set(g: dict, text: str, name: str) -> Form | None:
    if g.get("mod"):  # "about once a month", "roughly every three years"
        form = b_set({**g, "mod": None}, text, name)
        return {**form, "mod": "APPROX"} if form else None
    if name == "set_wdpod":  # "Tuesday nights": every Tuesday night
        if not _cap_ok(g["wd"]):
            return None
        return _abs(f"XXXX-WXX-{_weekday(g['wd'])}T{_pod(g['pod'][:-1])}", "SET")
    if name == "set_word":
        return _abs(lexicon()["sets"][g["set"].lower()], "SET")
    if name == "set_wds":
        if g["wd"].lower() == "weekends":
            return _abs("XXXX-WXX-WE", "SET")
        if not _cap_ok(g["wd"]):
            return None
        return _abs(f"XXXX-WXX-{_weekday(g['wd'])}", "SET")
    if name == "set_every":
        u = g["unit"]
        lu = u.lower().rstrip(".")
        lx = lexicon()
        if lu in lx["parts_of_day"] and lu not in ("tonight", "overnight"):  # "every night", "each morning"
            return _abs(f"XXXX-XX-XXT{lx['parts_of_day'][lu]}", "SET")
        if lu == "weekend":
            return _abs("XXXX-WXX-WE", "SET")
        if lu in lx["weekdays"]:
            if not _cap_ok(u):
                return None
            tod = _pod(g.get("pod"))  # "every Sunday afternoon"
            return _abs(f"XXXX-WXX-{lx['weekdays'][lu]}" + (f"T{tod}" if tod else ""), "SET")
        if g.get("pod"):
            return None
        if lu in lx["months"]:
            if not _cap_ok(u):
                return None  # "where each may thrive"
            day = f"-{_day(g['day']):02d}" if g.get("day") else ""  # "Every Sept. 11"
            return _abs(f"XXXX-{lx['months'][lu]:02d}{day}", "SET")
        if lu in lx["seasons"]:
            return _abs(f"XXXX-{lx['seasons'][lu]}", "SET")
        if lu in lx["holidays"]:  # "every Christmas Eve": its day each year; "every Easter": once a year
            rule = lx["holidays"][lu]
            return _abs(f"XXXX-{rule}" if re.fullmatch(r"\d{2}-\d{2}", rule) else "P1Y", "SET")
        n = _num(g.get("num")) if g.get("num") else 1
        if n is None:  # "every few years"
            return _abs(duration_value(None, u), "SET")
        step = lx["ordinals"][g["ord"].lower()] if g.get("ord") else 2 if g.get("other") else 1  # "every third day"
        return _abs(duration_value(n * step, u), "SET")
    if name == "set_nthwd":  # "the first Monday of each month": as often as the month comes round
        return _abs(duration_value(1, g["unit"]), "SET")
    if name == "set_dom":  # "on the 15th of each month": that day of every month
        return _abs(f"XXXX-XX-{_day(g['day']):02d}", "SET")
    if name == "set_month":  # "late June each year"
        return _abs(f"XXXX-{_month(g['month']):02d}", "SET", mod=_part_mod(g.get("part")))
    if name in ("set_times", "set_rate", "set_freq"):  # "twice a week", "three days a week"
        return _abs(duration_value(1, g["unit"]), "SET")
    return None


BUILDERS: dict[str, Callable[[dict, str, str], Form | None]] = {
    **dict.fromkeys(("date_century", "date_decade", "date_era", "date_decw", "date_dmrange", "date_dmy",
                     "date_dom", "date_edge", "date_eu", "date_fy", "date_hol", "date_iso", "date_nthwd",
                     "date_mdmrange", "date_prepost", "date_mdrange", "date_mdy", "date_mmq", "date_mmrange",
                     "date_mordw", "date_mquarter", "date_mspelled", "date_my", "date_nthweek", "date_ordw",
                     "date_season", "date_spelled", "date_uk", "date_us", "date_weekof", "date_year", "date_yy",
                     "date_yrange"), b_date),
    **dict.fromkeys(("date_day", "date_onepod", "date_overnight", "date_pod", "date_podpart", "date_wd",
                     "date_wdweek", "date_wkoff"), b_day),
    **dict.fromkeys(("time_24", "time_at", "time_clock", "time_line", "time_mil", "time_oclock", "time_rstart",
                     "time_stamp", "time_tstamp", "time_wclock", "time_word"),
                    b_time),
    **dict.fromkeys(("ago_season", "ago_shift", "ago_vague", "date_weekend", "rel_ana", "rel_anawd",
                     "rel_daybefore", "rel_dayevent", "rel_inthe", "rel_midunit", "rel_midweek", "rel_newyear",
                     "rel_ofthe", "rel_partof", "rel_podbare", "rel_same", "rel_theweek", "rel_theyear",
                     "rel_twoaway", "rel_unit", "rel_yearago", "rel_yearend"), b_rel),
    **dict.fromkeys(("date_q", "date_qpair", "date_quarter"), b_quarter),
    **dict.fromkeys(("dur_compound", "dur_fortnight", "dur_frac", "dur_half", "dur_lifetime", "dur_long",
                     "dur_long1", "dur_num", "dur_range", "dur_span", "dur_the", "dur_vague"), b_dur),
    **dict.fromkeys(("ref_at", "ref_word"), b_ref),
    **dict.fromkeys(("set_dom", "set_every", "set_freq", "set_month", "set_nthwd", "set_rate", "set_times", "set_wdpod",
                     "set_wds", "set_word"), b_set),
}


# no-break, figure, thin and narrow spaces ("more than\u00a0200 years") read as plain spaces
_ODD_SPACES = re.compile("[\u00a0\u2007\u2009\u200a\u202f]")


def scan(text: str) -> list[Candidate]:
    """All pattern matches in ``text`` (overlapping; see ``select``)."""
    text = _ODD_SPACES.sub(" ", text)  # one character for one: offsets stay the text's
    out: list[Candidate] = []
    lower = text.lower()
    if len(lower) != len(text):  # a rare letter whose lower case is longer: no folded scans
        lower = None
    plain = (lower or text.lower()).replace("’", "'")
    need = needles()
    for prio, (name, regex, folded) in enumerate(compiled()):
        if name in need and not any(w in plain for w in need[name]):
            continue
        build = BUILDERS[name]
        on_lower = bool(folded and lower)
        for m in (folded.finditer(lower) if on_lower else regex.finditer(text)):
            whole = text[m.start():m.end()]
            # a match on the lower-cased text takes its groups from the text, in their own case
            gd = {k: None if m.start(k) < 0 else text[m.start(k):m.end(k)] for k in m.re.groupindex} \
                if on_lower else m.groupdict()
            try:
                form = build(gd, whole, name)
            except (KeyError, ValueError):
                form = None
            if form is None:
                continue
            if form.get("k") == "range":  # a year range is two DATEs, one per year
                out.append(Candidate(m.start("y1"), m.end("y1"), name, _abs(str(form["y1"])), prio))
                out.append(Candidate(m.start("y2"), m.end("y2"), name, _abs(str(form["y2"])), prio))
                continue
            if form.get("k") == "pair":  # "March 3 and 4": the month-day, then the bare day
                first, second = form["forms"]
                end1, start2 = form.get("cut", ("day", "day2"))
                # ahead of a plain "April 24" of the same extent: this one knows the year
                out.append(Candidate(m.start(), m.end(end1), name, first, -1))
                out.append(Candidate(m.start(start2), m.end(), name, second, -1))
                continue
            start = m.start()
            if name == "dur_num" and gd.get("num", "").lower() in ("a", "an") and whole.lower().endswith("-long"):
                start = m.start("num") + len(gd["num"]) + 1  # "a year-long inquiry": the adjective only
            if name == "date_century" and whole.lower().startswith("the ") and re.search(r"-centur", whole, re.I):
                start = m.start() + 4  # "the 19th-century building": the adjective only
            if name == "dur_frac" and gd.get("art") and gd.get("sep") == "-" and not gd.get("mod"):
                start = m.start("frac")  # "a half-hour program": the adjective only
            if gd.get("skip"):  # a leading word the pattern needs but TimeML leaves outside ("at present")
                start = m.end("skip")
            if gd.get("the") and gd.get("unit") and re.search(r"\w-" + re.escape(gd["unit"]), whole, re.I):
                start = m.start("the") + len(gd["the"]) + 1  # "the 14-day period": the adjective only
            if name == "dur_num" and not gd.get("unit", "").lower().endswith("s") and gd.get("num", "").lower() not in \
                    ("a", "an", "one") and (gd.get("the") or gd.get("rel")):
                # "the 95 minute rant", "Ohio's remaining 29-day period": an adjective, determiners outside
                start = m.start("num")
            out.append(Candidate(start, m.end(), name, form, prio))
    return out


def select(cands: list[Candidate]) -> list[Candidate]:
    """Longest non-overlapping candidates (ties: earlier pattern), in text order."""
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.priority, c.start)):
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        chosen.append(c)
        taken.append((c.start, c.end))
    return sorted(chosen, key=lambda c: c.start)


def find(text: str) -> list[Candidate]:
    """The temporal expressions of ``text``: candidates with anchor-free forms."""
    return select(scan(text))
