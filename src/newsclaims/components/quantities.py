"""``newsclaims_quantities``: numbers with their value, bounds, unit and what they count.

Candidates come from the parse (numerals, number words, fractions, multipliers, vague
amounts); tokens owned by the dates layer, ordinals, names, clock times, phone numbers,
list numbering and URLs are left out. Values and bounds come from the pure
``newsclaims.numbers`` functions, units from our currency/percent lexicon or quantulum3 run
on the small candidate span, and ``counted`` from the dependency parse.
"""
from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import resources
from ..numbers import (
    FRACTIONS,
    YEAR_LEADERS,
    apply_qualifier,
    combine,
    is_number_word,
    is_ordinal,
    parse_numeral,
    range_reading,
    words_to_number,
)
from ..numbers.words import DOZEN, ONES, SCALES, TENS

SPANS_KEY = "quantities"

if not Span.has_extension("quantity"):
    # A dict of plain values (msgpack-safe): value, low, high, approx, unit, counted, kind.
    Span.set_extension("quantity", default=None)

# a numeral token, possibly with a glued currency, scale, percent sign or hyphenated tail
_TOKEN_RE = re.compile(
    r"^(?P<cur>US\$|C\$|A\$|HK\$|NZ\$|R\$|[$€£¥₹₽₩₴])?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"(?P<suf>bn|mn|mln|bln|tn|m|k|b)?(?P<pct>%|pc|pct)?"
    r"(?:(?P<dash>[-–])(?P<tail>.+))?$",
    re.I,
)
_TAIL_NUM_RE = re.compile(r"^(?P<cur>US\$|[$€£¥])?(?P<num>\d[\d,]*(?:\.\d+)?)(?P<suf>bn|m|k)?(?P<pct>%)?$", re.I)
_SLASH_RE = re.compile(r"^\d+/\d+$")
_PHONE_RE = re.compile(r"^\(?\d{3}\)?[-.\s]?\d{3}[-.\s]\d{4}$|^\d{3}-\d{4}$")
_CLOCK_NEXT = frozenset({"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "utc", "est", "edt", "pst", "pdt",
                         "cet", "bst", "o'clock", "hrs", "hours"})
_NAMED = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART",
                    "LAW", "LANGUAGE"})
_NAME_FIRST = frozenset({"EVENT", "WORK_OF_ART", "LAW", "FAC", "PRODUCT"})
_PRONOUNS = frozenset({"they", "them", "their", "theirs", "it", "its", "these", "those", "which", "who",
                       "that", "we", "our", "us"})
_COUNT_NOUNS = frozenset({"number", "numbers", "total", "count", "ranks", "strength", "tally", "toll",
                          "figure", "figures", "contingent", "size"})
_SUBJ = ("nsubj", "nsubjpass", "csubj")
_OBJ = ("dobj", "obj")
_PREMOD = frozenset({"compound", "amod", "nmod", "poss", "case", "npadvmod"})


@dataclass
class Candidate:
    start: int                      # token span [start, end)
    end: int
    core: list[int]                 # token indices of the number itself
    value: float | None = None
    kind: str | None = None         # qualifier kind (numbers.bounds.KINDS)
    vague: bool = False
    unit: str = "dimensionless"
    measure: bool = False           # has a unit / currency / percent
    sort: str = "count"             # count | fraction | multiplier | vague | age | noun
    low: float | None = None
    high: float | None = None
    is_range: bool = False
    char_start: int | None = None   # when the span is not token-aligned ("98.6%-owned")
    char_end: int | None = None
    noun: int | None = None         # hyphen-glued counted noun ("seven-member")
    extras: dict = field(default_factory=dict)

@dataclass(frozen=True)
class Lexicon:
    """The word lists of ``models/quantities/`` that numbers are read with."""

    before: dict        # qualifier words before a number ("more than") -> bound kind
    after: dict         # qualifier words after it ("or more")
    cur_prefix: dict    # currency symbols and codes before a number -> unit name
    cur_words: dict     # currency words after it ("yen", "U.S. dollars")
    currencies: frozenset
    percent: dict
    measure_words: frozenset
    unit_names: dict    # units quantulum3 lacks
    vague: frozenset    # "dozens", "hundreds"
    vague_of: set       # "tens of thousands"
    multipliers: dict   # "halved" -> 0.5
    label_nouns: frozenset
    vague_scale_before: frozenset  # "a few hundred", "several thousand"
    street_words: frozenset
    triggers: frozenset  # words that can start a quantity (the cheap first pass)

    @classmethod
    def load(cls, qualifiers: str, units: str, amounts: str) -> Lexicon:
        q = resources.load_json(qualifiers)
        u = resources.load_json(units)
        a = resources.load_json(amounts)
        cur_prefix = {k.lower(): v for k, v in u["currency_prefix"].items()}
        cur_words = {tuple(k.split()): v for k, v in u["currency_words"].items()}
        vague = frozenset(a["vague"])
        multipliers = dict(a["multipliers"])
        return cls(
            before={tuple(k.split()): v for k, v in q["before"].items()},
            after={tuple(k.split()): v for k, v in q["after"].items()},
            cur_prefix=cur_prefix,
            cur_words=cur_words,
            currencies=frozenset(v.lower() for v in (*cur_prefix.values(), *cur_words.values())),
            percent={tuple(k.split()): v for k, v in u["percent"].items()},
            measure_words=frozenset(u["measure_words"]) | frozenset(u.get("unit_names", {})),
            unit_names=dict(u.get("unit_names", {})),
            vague=vague,
            vague_of={tuple(k.split()) for k in a["vague_of"]},
            multipliers=multipliers,
            label_nouns=frozenset(a.get("label_nouns", ())),
            vague_scale_before=frozenset(a.get("vague_scale_before", ())),
            street_words=frozenset(a.get("street_words", ())),
            triggers=(frozenset(ONES) | frozenset(TENS) | frozenset(SCALES) | frozenset(DOZEN) | vague
                      | frozenset(multipliers) | {"half", "a", "an", "twice", "thrice", "tens"}),
        )

    def is_unit_word(self, tok: Token) -> bool:
        low = tok.lower_
        return (low in self.measure_words or (low,) in self.cur_words or (low,) in self.percent
                or low in ("percent", "%"))


@dataclass
class Scan:
    """What the readers share while reading one Doc (made anew for each, so the component
    itself holds no per-Doc state)."""

    lex: Lexicon
    use_quantulum: bool
    text: str                                        # the Doc's text, built once
    taken: set[int] = field(default_factory=set)     # tokens of every candidate
    head: Token | None = None                        # head noun of the last counted phrase


class QuantitiesComponent:
    """Finds the quantities of a Doc and stores them as spans in ``doc.spans[spans_key]`` with
    their reading in ``span._.quantity``; tokens of ``doc.spans[dates_key]`` are left out."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        spans_key: str = SPANS_KEY,
        dates_key: str = "dates",
        qualifiers: str = "quantities/qualifiers.json",
        units: str = "quantities/units.json",
        amounts: str = "quantities/amounts.json",
        use_quantulum: bool = True,
    ):
        self.name = name
        self.spans_key = spans_key
        self.dates_key = dates_key
        self.use_quantulum = use_quantulum
        self.lex = Lexicon.load(qualifiers, units, amounts)

    def __call__(self, doc: Doc) -> Doc:
        blocked: set[int] = set()
        for s in doc.spans.get(self.dates_key, []):
            blocked.update(range(s.start, s.end))
        scan = Scan(self.lex, self.use_quantulum, doc.text)  # the text built once: Doc.text joins every token
        cands = _candidates(scan, doc, blocked)
        spans: list[Span] = []
        previous: list[tuple[Candidate, str | None]] = []
        scan.taken = {k for c in cands for k in range(c.start, c.end)}
        for prev_c, c in zip([None] + cands[:-1], cands):
            if prev_c is not None and prev_c.sort == "age" and c.sort == "count" and not c.measure \
                    and all(t.lower_ in ("and", ",", "or") for t in doc[prev_c.end:c.start]) and c.start > prev_c.end:
                c.sort, c.unit = "age", "year"
            scan.head = None
            change = _change_of(doc, prev_c, c)
            if change is not None:  # "141.65 yen, off 0.45": the change of the figure just before
                c.unit, c.measure = change.unit, change.measure
                counted = previous[-1][1]
            else:
                counted = _counted(scan, doc, c, previous)
            if scan.head is not None and (scan.head.tag_ in ("NNS", "NNPS") or scan.head.lower_ in ("people", "police")):
                c.extras["plural"] = True
            elif scan.head is None and counted and any(pc.extras.get("plural") and pcounted == counted
                                                         for pc, pcounted in previous):
                c.extras["plural"] = True
            previous.append((c, counted))
            span = Span(doc, c.start, c.end, label=c.sort.upper())
            if c.is_range:
                reading = range_reading(c.low, c.high)
            else:
                reading = apply_qualifier(c.value, c.kind, vague=c.vague)
            info = {**{k: _round(v) for k, v in reading.items()}, "unit": c.unit, "counted": counted,
                    "kind": c.sort}  # count | fraction | multiplier | vague | age
            if c.char_start is not None or c.char_end is not None:
                cs = c.char_start if c.char_start is not None else span.start_char
                ce = c.char_end if c.char_end is not None else span.end_char
                info.update({"text": scan.text[cs:ce], "start_char": cs, "end_char": ce})
            span._.quantity = info
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


def _candidates(scan: Scan, doc: Doc, blocked: set[int]) -> list[Candidate]:
    out: list[Candidate] = []
    # a cheap first pass: only tokens that can start a quantity are looked at closely
    starts = [t.i for t in doc if t.lower_ in scan.lex.triggers or any(ch.isdigit() for ch in t.text[:4])]
    pos, i = 0, 0
    while pos < len(starts):
        if starts[pos] < i:
            pos += 1
            continue
        i = starts[pos]
        c = _candidate_at(scan, doc, i)
        if c is None:
            i += 1
            continue
        if _excluded(scan, doc, c, blocked):
            i = max(c.core) + 1
            continue
        if out and c.start < out[-1].end:  # a qualifier never reaches into the previous quantity
            c.start = min(out[-1].end, c.core[0])
        out.append(c)
        i = c.end
    return out


def _candidate_at(scan: Scan, doc: Doc, i: int) -> Candidate | None:
    tok = doc[i]
    low = tok.lower_
    n = len(doc)
    # vague amounts: "dozens", "tens of thousands"
    if low in scan.lex.vague or (low == "tens" and i + 2 < n and doc[i + 1].lower_ == "of"):
        end = i + 1
        if i + 2 < n and (low, doc[i + 1].lower_, doc[i + 2].lower_) in scan.lex.vague_of:
            end = i + 3
        elif low == "tens":
            return None
        if tok.pos_ not in ("NOUN", "NUM", "PROPN"):
            return None
        c = Candidate(i, end, list(range(i, end)), vague=True, sort="vague")
        return _extend_left(scan, doc, c)
    # multiplicative change: "halved", "doubling", "twofold"
    if low in scan.lex.multipliers:
        if low.endswith("fold") or tok.pos_ in ("VERB", "AUX") or (low in ("halved", "doubled", "tripled")):
            c = Candidate(i, i + 1, [i], value=float(scan.lex.multipliers[low]), sort="multiplier")
            return _extend_left(scan, doc, c)
        return None
    if low in ("twice", "thrice") and i + 1 < n and doc[i + 1].lower_ in ("as", "the"):
        c = Candidate(i, i + 1, [i], value=2.0 if low == "twice" else 3.0, sort="multiplier")
        return _extend_left(scan, doc, c)
    # a bare fraction: "half", "a third of", "a quarter of"
    if low in ("half",) or (low in ("a", "an") and i + 2 < n and doc[i + 1].lower_ in ("third", "quarter")
                            and (doc[i + 2].lower_ == "of" or (i > 0 and doc[i - 1].lower_ == "by"))):
        return _fraction(scan, doc, i)
    m = _TOKEN_RE.match(tok.text)
    starts_words = is_number_word(low) or (
        low in ("a", "an") and i + 1 < n and doc[i + 1].lower_ in ("hundred", "thousand", "million",
                                                                   "billion", "trillion", "dozen")
    )
    slash = _SLASH_RE.match(tok.text) and _plausible_fraction(tok.text)
    if not (m or slash or starts_words):
        return None
    return _number(scan, doc, i, m)


def _fraction(scan: Scan, doc: Doc, i: int) -> Candidate | None:
    tok = doc[i]
    if tok.lower_ == "half":
        prev = doc[i - 1].lower_ if i else ""
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if prev in ("first", "second", "latter", "other", "and") or prev.endswith("-"):
            return None
        if prev in ("a", "an") and i >= 2 and doc[i - 2].lower_ == "and":
            return None  # "a minute and a half": the rest was not a number
        if nxt is not None and (nxt.text in ("-", "–") and not tok.whitespace_):
            return None
        if nxt is not None and nxt.lower_ in ("time", "hour", "day", "year", "month", "century", "decade",
                                              "an", "dozen", "brother", "sister", "mile", "way", "point"):
            return None
        if nxt is not None and nxt.lower_ in ("a", "an") and i + 2 < len(doc) \
                and doc[i + 2].lower_ in ("dozen", "hundred", "thousand", "million", "billion", "trillion"):
            value = words_to_number(["half", "a", doc[i + 2].lower_])
            c = Candidate(i, i + 3, [i, i + 1, i + 2], value=value)  # "half a million dollars"
            _extend_right(scan, doc, c)
            return _extend_left(scan, doc, c)
        c = Candidate(i, i + 1, [i], value=0.5, sort="fraction")
    else:
        c = Candidate(i, i + 2, [i, i + 1], value=1 / FRACTIONS[doc[i + 1].lower_], sort="fraction")
    return _extend_left(scan, doc, c)


def _number(scan: Scan, doc: Doc, i: int, m: re.Match | None) -> Candidate | None:
    n = len(doc)
    c = Candidate(i, i + 1, [i])
    if m and (m["tail"] or m["cur"] or m["suf"] or m["pct"]):
        value = parse_numeral(m["num"])
        if value is None:
            return None
        if m["suf"]:
            scale = parse_numeral("1" + m["suf"])
            if scale is None:
                return None
            value *= scale
        c.value = value
        if m["cur"]:
            c.unit, c.measure = scan.lex.cur_prefix.get(m["cur"].lower(), "US dollar"), True
        if m["pct"]:
            c.unit, c.measure = "percentage", True
        if m["tail"]:
            tm = _TAIL_NUM_RE.match(m["tail"])
            if tm:  # "35-$55" inside one token
                hi = parse_numeral(tm["num"] + (tm["suf"] or ""))
                if hi is not None and hi > value:
                    c.is_range, c.low, c.high, c.value = True, value, hi, None
                    if tm["cur"] and not m["cur"]:
                        c.unit, c.measure = scan.lex.cur_prefix.get(tm["cur"].lower(), "US dollar"), True
                else:
                    c.char_end = doc[i].idx + m.start("dash")
            else:  # "98.6%-owned": the number ends at the hyphen
                c.char_end = doc[i].idx + m.start("dash")
        j = i + 1
    else:
        words: list[str] = []
        j = i
        while j < n:
            t = doc[j]
            lw = t.lower_
            if _TOKEN_RE.match(t.text) and not _TOKEN_RE.match(t.text)["tail"] or (
                    _SLASH_RE.match(t.text) and _plausible_fraction(t.text)):
                if words and not is_number_word(words[-1].lower()) and words[-1].lower() not in ("a", "an"):
                    break
                if words and words[-1][0].isdigit():
                    break
                words.append(t.text)
            elif is_number_word(lw):
                if words and words[0][0].isdigit() and lw not in ("hundred", "thousand", "million", "billion",
                                                                  "trillion", "mln", "mn", "bln", "bn", "tn"):
                    break
                if words and j + 2 < n and doc[j + 1].text in ("-", "–") and not t.whitespace_ \
                        and not is_number_word(doc[j + 2].lower_) and doc[j + 2].lower_ not in FRACTIONS:
                    break  # "$2.6 million one-time payment"
                words.append(t.text)
            elif lw in ("a", "an") and j + 1 < n and (doc[j + 1].lower_ in ("hundred", "thousand", "million",
                                                                           "billion", "dozen", "half")) \
                    and (not words or doc[j - 1].lower_ == "and"):
                words.append(lw)
            elif lw == "point" and words and is_number_word(words[-1].lower()) and j + 1 < n \
                    and doc[j + 1].lower_ in ("zero", "one", "two", "three", "four", "five", "six", "seven",
                                              "eight", "nine"):
                words.append(lw)
            elif lw == "and" and words and j + 1 < n and (
                    doc[j + 1].lower_ in ("a", "an") or (words[-1].lower() in ("hundred", "thousand", "million")
                                                         and is_number_word(doc[j + 1].lower_))):
                words.append(lw)
            elif lw in ("-", "–") and words and not doc[j - 1].whitespace_ and not t.whitespace_ \
                    and j + 1 < n and (is_number_word(doc[j + 1].lower_) or doc[j + 1].lower_ in FRACTIONS) \
                    and not words[-1][0].isdigit():
                words.append(lw)
            elif lw in FRACTIONS and words and (lw.endswith("s") or words[-1] in ("-", "a", "an")) \
                    and lw not in ("second", "seconds") and not words[-1][0].isdigit():
                words.append(lw)
                c.sort = "fraction"
                j += 1
                break
            else:
                break
            j += 1
        while words and words[-1].lower() in ("and", "a", "an", "-", "–", "point"):
            words.pop()
            j -= 1
        if not words:
            return None
        c.value = words_to_number(words)
        c.core = list(range(i, j))
        if c.value is None and not (len(words) == 1 and i > 0 and doc[i - 1].lower_ in scan.lex.vague_scale_before):
            return None
        if len(words) == 1 and words[0].lower() in ("hundred", "thousand", "million", "billion", "dozen") \
                and i > 0 and doc[i - 1].lower_ in scan.lex.vague_scale_before:
            # "a few hundred", "several thousand": no point value
            c.vague, c.sort, c.value = True, "vague", None
            c.start = i - 2 if i >= 2 and doc[i - 2].lower_ in ("a", "an") and doc[i - 1].lower_ == "few" else i - 1
    c.end = j
    _extend_right(scan, doc, c)
    _extend_left(scan, doc, c)
    _range_of(scan, doc, c)
    return c


def _extend_right(scan: Scan, doc: Doc, c: Candidate) -> None:
    n, j = len(doc), c.end
    if c.char_end is not None or c.is_range:
        return
    # percent
    for length in (3, 2, 1):
        key = tuple(t.lower_ for t in doc[j:j + length])
        if len(key) == length and key in scan.lex.percent:
            c.unit, c.measure, c.end = scan.lex.percent[key], True, j + length
            return
    # currency words after the number ("dollars", "Kenyan shillings", "cents")
    if not c.measure:
        for length in (3, 2, 1):
            key = tuple(t.lower_ for t in doc[j:j + length])
            if len(key) == length and key in scan.lex.cur_words:
                if key == ("won",) and doc[j].pos_ == "VERB":
                    continue
                c.unit, c.measure, c.end = scan.lex.cur_words[key], True, j + length
                return
    if j >= n:
        return
    t = doc[j]
    # hyphen-glued noun: "1,000-kilometer", "43-year-old", "seven-member", "700-room"
    if t.text in ("-", "–") and not doc[j - 1].whitespace_ and not t.whitespace_ and j + 1 < n:
        w = doc[j + 1]
        if w.lower_ in ("year", "years") and j + 3 < n and doc[j + 2].text == "-" and doc[j + 3].lower_ == "old":
            c.unit, c.sort, c.end = "year", "age", j + 4
            return
        if w.lower_ in scan.lex.measure_words and not c.measure:
            c.measure, c.end = True, j + 2
            c.unit = _unit_of(scan, doc[c.core[0]:j + 2].text)
            return
        if w.lower_ in _TIME_WORDS or w.lower_ in ("time", "times"):
            c.extras["time"] = True  # "one-time", "three-year": not a count
        elif w.pos_ in ("NOUN", "PROPN") and w.is_alpha and not c.measure:
            c.noun, c.end = j + 1, j + 2
        return
    # unit words: "500 square miles", "5 feet", "117 acres"
    if t.lower_ in scan.lex.measure_words and not c.measure and t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "X"):
        k = j + 1
        while k < n and k < j + 3 and doc[k].lower_ in scan.lex.measure_words:
            k += 1
        unit = _unit_of(scan, doc[c.core[0]:k].text)
        if unit != "dimensionless":
            c.measure, c.unit, c.end = True, unit, k
            return
    if t.lower_ in ("years", "year") and j + 1 < n and doc[j + 1].lower_ == "old":
        c.unit, c.sort, c.end = "year", "age", j + 2


def _extend_left(scan: Scan, doc: Doc, c: Candidate) -> Candidate:
    s = c.start
    if s > 0 and doc[s - 1].text == "#" and not c.measure and c.value is not None and (
            c.value >= 1000 or not float(c.value).is_integer()) and not doc[s - 1].whitespace_:
        c.unit, c.measure, s = "pound sterling", True, s - 1  # "#89.7 million": the pound sign of wire text
    if s > 0 and doc[s - 1].lower_ in scan.lex.cur_prefix and not c.measure:
        c.unit, c.measure, s = scan.lex.cur_prefix[doc[s - 1].lower_], True, s - 1
    elif s > 0 and doc[s - 1].lower_ in scan.lex.cur_prefix and c.unit == scan.lex.cur_prefix[doc[s - 1].lower_]:
        s -= 1
    for length in (3, 2, 1):
        if s - length < 0:
            continue
        key = tuple(t.lower_ for t in doc[s - length:s])
        if key in scan.lex.before:
            kind = scan.lex.before[key]
            if kind == "range_start":
                c.extras["between"] = s - length
                break
            if length == 1 and key[0] in ("over", "under", "above", "below", "within", "some") \
                    and s - 2 >= 0 and doc[s - 2].lower_ in ("the", "a", "an", "this", "that"):
                break
            c.kind, s = kind, s - length
            break
    c.start = s
    # qualifiers after: "$600 million or more", "20 or so"
    for length in (2, 1):
        key = tuple(t.lower_ for t in doc[c.end:c.end + length])
        if len(key) == length and key in scan.lex.after:
            if key == ("plus",) and c.end < len(doc) and doc[c.end].whitespace_:
                continue
            c.kind = combine(c.kind, scan.lex.after[key])
            c.end += length
            break
    return c


def _range_of(scan: Scan, doc: Doc, c: Candidate) -> None:
    """ "between $35 and $55", "150 to 175 pounds", "10-15": one quantity with two bounds."""
    n, j = len(doc), c.end
    if c.is_range or c.char_end is not None or j + 1 >= n or c.value is None:
        return
    sep = doc[j]
    between = "between" in c.extras
    ok = (between and sep.lower_ == "and") or (
        sep.lower_ in ("to", "-", "–") and not between and (c.start == 0 or doc[c.start - 1].lower_ != "from"))
    if not ok:
        return
    if sep.text in ("-", "–") and (doc[j - 1].whitespace_ or sep.whitespace_):
        return
    if sep.lower_ == "to" and sep.head.pos_ in ("VERB", "AUX") and not between:
        return
    k = j + 1
    m = _TOKEN_RE.match(doc[k].text)
    if not (m or is_number_word(doc[k].lower_) or doc[k].lower_ in scan.lex.cur_prefix):
        return
    if doc[k].lower_ in scan.lex.cur_prefix and not m and k + 1 < n:
        k += 1
    other = _number(scan, doc, k, _TOKEN_RE.match(doc[k].text))
    if other is None or other.value is None or other.is_range:
        return
    if not between and other.value <= c.value:
        return
    if c.measure and other.measure and c.unit != other.unit:
        return
    c.is_range, c.low, c.high, c.value = True, c.value, other.value, None
    c.core = c.core + other.core
    if other.measure and not c.measure:
        c.unit, c.measure = other.unit, True
    if between:
        c.start = min(c.start, c.extras["between"])
    c.end = other.end


def _excluded(scan: Scan, doc: Doc, c: Candidate, blocked: set[int]) -> bool:
    core = [doc[k] for k in c.core]
    first = core[0]
    if c.sort != "age" and not _is_age(scan, doc, c) and any(k in blocked for k in c.core) \
            and not _fraction_of_things(doc, c):
        return True
    if any(t.ent_type_ == "ORDINAL" and t.lower_ not in FRACTIONS and t.lower_ != "half" for t in core):
        return True
    if len(core) == 1 and c.sort == "count" and is_ordinal(first.text):
        return True
    for t in core:
        if t.ent_type_ in _NAMED and (t.ent_iob_ == "I" or t.ent_type_ in _NAME_FIRST):
            ent = _entity_of(doc, t)
            if ent is not None and any(x.is_alpha and x.i not in c.core for x in ent):
                return True
    if c.extras.get("time") and c.sort == "count" and not c.measure:
        return True
    if any(doc[k].lower_ in _TIME_WORDS for k in range(c.core[-1] + 1, min(c.core[-1] + 2, len(doc)))) \
            and c.sort == "count" and not c.measure and c.noun is None:
        return True  # "four decades", "20 years": the dates layer's
    if c.sort == "count" and not c.measure and first.i > 0:
        # numbers that name things: "Flight 103", "Salyut 6", "TWA eight hundred"
        prev = doc[first.i - 1]
        if prev.text[:1].isupper() and prev.is_alpha and prev.lower_ not in scan.lex.cur_prefix \
                and c.start == first.i and prev.ent_type_ != "PERSON" \
                and (prev.pos_ == "PROPN" or (prev.pos_ == "NOUN" and first.head.i == prev.i)):
            return True  # a label after its noun: "Flight 370", "Chapter 11"
        if prev.is_alpha and any(ch.isupper() for ch in prev.text[1:]) and prev.text[:1].islower() \
                and c.start == first.i:
            return True  # a product name: "iPhone 15", "eBay 2"
        if prev.lower_ in scan.lex.label_nouns and c.start == first.i and len(core) == 1 \
                and not (first.dep_ == "nummod" and first.head.i > first.i):
            return True  # "part 3", "page 12"
        if prev.text in ("#", "No.", "no.", "Nos.") and c.start == first.i:
            return True
        # codes: "DC-8-62", "F-16"
        if prev.text in ("-", "/") and not prev.whitespace_ and first.i > 1 and not doc[first.i - 2].whitespace_ \
                and any(ch.isalpha() for ch in doc[first.i - 2].text) and c.noun is None:
            return True
    if c.sort in ("count",) and not c.measure and len(core) == 1:
        txt = first.text
        # years
        if re.fullmatch(r"(1[89]|20)\d\d", txt) and not _year_like_counts(doc, first):
            return True
        # clock times and phone numbers
        if ":" in txt or _PHONE_RE.match(txt):
            return True
        nxt = doc[first.i + 1] if first.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ in _CLOCK_NEXT:
            return True
        if nxt is not None and nxt.text in ("-",) and first.i + 2 < len(doc) \
                and re.fullmatch(r"\d{4}", doc[first.i + 2].text) and re.fullmatch(r"\d{3}", txt):
            return True
        # list numbering: "1." / "2)" at the start of a line
        at_line_start = first.i == 0 or "\n" in doc[first.i - 1].text_with_ws or doc[first.i - 1].is_space
        if at_line_start and (txt.endswith(".") or (nxt is not None and nxt.text in (".", ")"))):
            return True
        if nxt is not None and c.end == first.i + 1:
            k = first.i + 1
            while k < len(doc) and k < first.i + 4 and doc[k].pos_ == "PROPN" and doc[k].lower_ not in scan.lex.street_words:
                k += 1
            if k > first.i + 1 and k < len(doc) and doc[k].lower_ in scan.lex.street_words:
                return True  # an address: "469 Vermont St."
        if first.lower_ == "one":
            prev = doc[first.i - 1].lower_ if first.i else ""
            if any(ch.dep_ == "det" for ch in first.children):
                return True  # "an officially sanctioned one"
            if nxt is not None and (nxt.lower_ in ("'s", "’s", "who") or (nxt.lower_ in ("that", "which")
                                                                          and first.dep_ in ("attr", "dobj", "pobj"))):
                return True  # "leaving one's country", "an offense, one that ..."
            if prev in ("no", "any", "every", "each", "anyone", "someone") or (nxt is not None and nxt.lower_ in ("another",)):
                return True
            if prev in ("the", "this", "that", "which") and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ")) \
                    and (nxt is None or nxt.lower_ != "of"):
                return True
    opens = first.is_sent_start or (first.i > 0 and doc[first.i - 1].is_sent_start and doc[first.i - 1].is_punct)
    if c.sort == "count" and first.is_alpha and first.text[:1].isupper() and not opens and c.start == first.i:
        nxt_tok = doc[core[-1].i + 1] if core[-1].i + 1 < len(doc) else None
        if nxt_tok is not None and nxt_tok.is_title and nxt_tok.is_alpha:
            return True  # a spelled number inside a title-case name: "the Ten Most Wanted list"
    if c.sort == "count" and opens and first.is_alpha and c.end < len(doc) \
            and doc[c.end].text in (",", ":", ")") and c.end == c.core[-1] + 1 and c.noun is None:
        return True  # an enumeration: "One, defeat ISIS ... Two, ..."
    if _in_url(scan, doc, first):
        return True
    return False


def _fraction_of_things(doc: Doc, c: Candidate) -> bool:
    """ "a quarter of the residents" is a fraction even if a date reading was proposed."""
    if c.sort != "fraction" or c.end >= len(doc) or doc[c.end].lower_ != "of":
        return False
    obj = _pobj(doc[c.end])
    return obj is not None and obj.pos_ in ("NOUN", "PROPN") and obj.lower_ not in _TIME_WORDS \
        and obj.ent_type_ not in ("DATE", "TIME")


def _in_url(scan: Scan, doc: Doc, tok: Token) -> bool:
    text = scan.text
    a, b = tok.idx, tok.idx + len(tok.text)
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    while b < len(text) and not text[b].isspace():
        b += 1
    chunk = text[a:b].lower()
    return "http" in chunk or "www." in chunk or ".com" in chunk or ".html" in chunk or chunk.count("/") >= 2


def _is_age(scan: Scan, doc: Doc, c: Candidate) -> bool:
    """ "a 43-year-old", "Lawson, 25,", "aged 43", "just turned 6" are ages (unit year)."""
    if c.sort == "age":
        return True
    if c.measure or c.value is None or not float(c.value).is_integer() or not 0 < c.value < 120:
        return False
    s, e = c.core[0], c.core[-1] + 1
    prev = doc[s - 1] if s > 0 else None
    nxt = doc[e] if e < len(doc) else None
    if prev is not None and prev.lower_ in ("aged", "age", "turned", "turns", "turning", "being"):
        c.sort, c.unit = "age", "year"
        return True
    if prev is not None and prev.lower_ == "at" and (nxt is None or nxt.pos_ in ("AUX", "VERB", "PUNCT")):
        verb = prev.head if prev.head.pos_ in ("VERB", "AUX") else None
        subj = _subject(verb) if verb is not None else None
        if subj is not None and (subj.ent_type_ == "PERSON" or subj.lower_ in ("he", "she", "who")):
            c.sort, c.unit = "age", "year"  # "John Glenn, who at 77 is ...", "she retired at 65."
            return True
    if prev is not None and prev.text == "," and s >= 2 and doc[s - 2].pos_ == "PROPN" \
            and doc[s - 2].ent_type_ not in ("GPE", "LOC", "DATE", "FAC") \
            and (nxt is None or nxt.text in (",", ".", ";", ")", "and")):
        c.sort, c.unit = "age", "year"
        return True
    return False


def _unit_kind(scan: Scan, unit: str) -> str:
    """money / percentage / physical / dimensionless / year: which quantities may share
    what they measure ("$163 million, or $4.06 a share")."""
    u = unit.lower()
    if u.startswith("percentage"):
        return "percentage"
    if u in scan.lex.currencies:
        return "money"
    return "physical" if u not in ("dimensionless", "year") else u


def _unit_of(scan: Scan, text: str) -> str:
    """quantulum3's name for the unit of a short span; our lexicon for the units it lacks."""
    name = _quantulum_unit(text) if scan.use_quantulum else "dimensionless"
    if name in ("dimensionless", "unk"):
        words = text.lower().replace("-", " ").split()
        own = scan.lex.unit_names.get(words[-1]) if words else None
        if own:
            return ("square " if "square" in words else "cubic " if "cubic" in words else "") + own
        return "dimensionless"
    return name


def _counted(scan: Scan, doc: Doc, c: Candidate, previous: list[tuple[Candidate, str | None]]) -> str | None:
    """The noun phrase a quantity counts or measures, most specific evidence first:
    a hyphen-glued noun ("seven-member"); an "of" phrase ("half of the troops", "500 square
    miles of territory"); the person an age belongs to; a label ("Dollar: 141.65 yen");
    the noun the number modifies; the object of a multiplier verb; what money is "in"/"for";
    the quantity it is in apposition with; the noun of "net income of $X"; the subject or
    object of the verb it hangs from; a fronted partitive ("Of the eight victims, three
    ..."); and, for a bare count, what the count just before it in the text counted."""
    _is_age(scan, doc, c)
    span = doc[c.start:c.end]
    inside = set(range(c.start, c.end))
    if c.noun is not None:
        return doc[c.noun].text
    root = doc[c.core[-1]]  # the number, climbing to its unit/currency head inside the span
    for _ in range(len(span)):
        if root.head.i in inside and root.head.i != root.i:
            root = root.head
        else:
            break
    # "of"-phrase on the number or its unit: "half of the troops", "500 square miles of territory"
    if c.sort != "age":
        for k in list(c.core) + [t.i for t in span if t.i not in c.core]:
            for ch in doc[k].children:
                if ch.dep_ == "prep" and ch.lower_ == "of" and ch.i not in inside:
                    obj = _pobj(ch)
                    if obj is not None and obj.pos_ in ("NOUN", "PROPN", "PRON"):
                        return _phrase(scan, doc, obj, inside, previous)
    head = root.head
    # age in apposition: "McBride, 54," -> the person
    if c.sort == "age":
        if c.end < len(doc) and root.head.i >= c.end and root.head.pos_ in ("NOUN", "PROPN"):
            return _phrase(scan, doc, root.head, inside, previous)
        s = c.start
        if s >= 2 and doc[s - 1].text == ",":
            ent = doc[s - 2]
            if ent.ent_type_:
                k = s - 2
                while k > 0 and doc[k - 1].ent_type_ == ent.ent_type_ and doc[k - 1].ent_iob_ != "O" and ent.ent_iob_ != "B":
                    k -= 1
                    if doc[k].ent_iob_ == "B":
                        break
                return doc[k:s - 1].text
        verb = _governing_verb(root)
        subj = _subject(verb) if verb is not None else None
        if subj is not None:
            return _phrase(scan, doc, subj, inside, previous)
        return None
    # "Dollar: 141.65 yen": a figure after its label
    if c.start >= 2 and doc[c.start - 1].text == ":" and doc[c.start - 2].pos_ in ("NOUN", "PROPN") \
            and (c.end >= len(doc) or doc[c.end].text in (",", ";", ".")):
        return _phrase(scan, doc, doc[c.start - 2], inside, previous)
    # "...; crude oil 81.20 dollars, off 0.35": a figure right after its label, table style
    if c.start >= 1 and doc[c.start - 1].pos_ in ("NOUN", "PROPN") and c.end < len(doc) \
            and doc[c.end].text in (",", ";"):
        j = c.start - 1
        while j > 0 and doc[j - 1].pos_ in ("NOUN", "PROPN", "ADJ") and doc[j - 1].text not in (",", ";"):
            j -= 1
        if j == doc[j].sent.start or doc[j - 1].text in (";", ":"):
            return _phrase(scan, doc, doc[c.start - 1], inside, previous)
    # the number modifies a noun: "11,000 North Korean troops", "$50,000 reward", "a 1,000-kilometer front"
    if root.dep_ in ("nummod", "compound", "amod", "nmod", "quantmod", "npadvmod", "appos", "predet") \
            and head.i not in inside \
            and head.pos_ in ("NOUN", "PROPN") and head.i > root.i and not scan.lex.is_unit_word(head):
        return _phrase(scan, doc, head, inside, previous)
    if root.dep_ in ("npadvmod", "advmod") and head.pos_ == "ADJ" and 0 <= head.i - c.end <= 1 \
            and head.head.pos_ == "NOUN" \
            and head.head.i > head.i:
        return _phrase(scan, doc, head.head, inside, previous)  # "a 5,000-strong force"
    if c.sort == "multiplier":
        tok = doc[c.core[0]]
        verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
        for ch in verb.children:
            if ch.dep_ in _OBJ and ch.i not in inside:
                return _phrase(scan, doc, ch, inside, previous)
        subj = _subject(verb)
        if subj is not None:
            return _phrase(scan, doc, subj, inside, previous)
    # money "in"/"for" what: "$30 million in stock", "$14 billion for weapons" (but "a reward of $5m for ...")
    if _unit_kind(scan, c.unit) == "money" and not (root.dep_ == "pobj" and head.lower_ == "of"
                                                   and head.head.pos_ in ("NOUN", "PROPN")):
        for k in range(c.start, c.end):
            for ch in doc[k].children:
                if ch.dep_ == "prep" and ch.lower_ in ("in", "for") and ch.i not in inside:
                    obj = _pobj(ch)
                    if obj is not None and obj.pos_ == "NOUN" and obj.lower_ not in _TIME_WORDS \
                            and not any(x.dep_ == "nummod" for x in obj.children):
                        return _phrase(scan, doc, obj, inside, previous)
    # "The luxury airline company, 98.6%-owned by ...": a hyphenated modifier after its noun
    if c.char_end is not None and root.dep_ in ("appos", "amod", "acl") and head.pos_ in ("NOUN", "PROPN"):
        return _phrase(scan, doc, head, inside, previous)
    # appositions/conjunctions of another quantity: "$133.1 million, or $2.53 a share"; "(620-mile)"
    anchor = root
    for _ in range(8):  # a long enumeration must not make every number climb the whole list
        if not (anchor.dep_ in ("appos", "conj", "npadvmod", "dep", "parataxis")
                and anchor.head.i != anchor.i and anchor.head.i not in inside):
            break
        prev = _owner(previous, anchor.head.i)
        if prev is not None:
            return prev[1]
        if anchor.dep_ in ("appos", "dep") and anchor.head.pos_ in ("NOUN", "PROPN") and not c.measure:
            return _phrase(scan, doc, anchor.head, inside, previous)
        anchor = anchor.head
    # "net income of $133.1 million", "a reward of up to $5 million"
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN") and c.measure:
        return _phrase(scan, doc, head.head, inside, previous)
    # measures and stand-alone counts hanging off a verb: "Revenue rose 15%", "the rate was 3.9 percent"
    # "worth a hundred million dollars" -> what is worth it
    if head.lower_ == "worth" and head.head.pos_ in ("NOUN", "PROPN"):
        return _phrase(scan, doc, head.head, inside, previous)
    verb = _governing_verb(root)
    if verb is not None:
        if c.measure or c.sort in ("fraction", "multiplier", "vague"):
            part = _fronted_partitive(verb, inside) if c.unit == "percentage" or c.sort == "fraction" else None
            if part is not None and root.dep_ in _SUBJ:
                return _phrase(scan, doc, part, inside, previous)
            found = _measure_on_verb(scan, doc, c, root, verb, inside, previous)
            if found is not None:
                return found
        else:
            # fronted partitive: "Of the eight victims, three were stabbed"
            part = _fronted_partitive(verb, inside)
            if part is not None:
                return _phrase(scan, doc, part, inside, previous)
            # a level reached: "The death toll rose to 312", "The index closed at 7,654.3"
            if root.dep_ == "pobj" and head.lower_ in ("to", "at", "from") and head.head == verb:
                for ch in verb.children:
                    if ch.dep_ in _OBJ and ch.i not in inside and ch.pos_ == "NOUN":
                        return _phrase(scan, doc, ch, inside, previous)
                subj = _subject(verb)
                if subj is not None and subj.i not in inside and subj.pos_ in ("NOUN",) :
                    return _phrase(scan, doc, subj, inside, previous)
    if c.measure:
        if root.dep_ == "pobj" and head.head.pos_ in ("NOUN", "PROPN"):
            return _phrase(scan, doc, head.head, inside, previous)
        # "..., or $4.06 a share": what the previous measure of the sentence measured
        sent = doc[c.start].sent
        for pc, pcounted in reversed(previous):
            if pc.measure and pc.start >= sent.start and pcounted and _unit_kind(scan, pc.unit) == _unit_kind(scan, c.unit):
                return pcounted
        return None
    # a bare count: the plural object of its verb ("creating jobs at a rate of 358,000 a month"),
    # else what the previous count in the neighbourhood counted
    if verb is not None:
        for ch in verb.children:
            if ch.dep_ in _OBJ and ch.i not in inside and ch.tag_ in ("NNS", "NNPS") and ch.i != root.i:
                return _phrase(scan, doc, ch, inside, previous)
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return _phrase(scan, doc, head.head, inside, previous)  # "a town of 40,000"
    # "8 in 10 Ukrainians": the first number leans on the second
    if root.dep_ == "quantmod" and head.like_num and head.i not in inside and head.head.pos_ in ("NOUN", "PROPN") \
            and head.head.i > head.i:
        return _phrase(scan, doc, head.head, inside, previous)
    sent_start = doc[c.start].sent.start
    for pc, pcounted in reversed(previous):
        if pcounted and not pc.measure and pc.sort != "age" and pc.extras.get("plural") \
                and pc.end >= _sent_before(doc, sent_start, 2):
            scan.head = None
            return pcounted
    if verb is not None:
        subj = _subject(verb)
        if subj is not None and subj.tag_ in ("NNS", "NNPS") and subj.i not in inside:
            return _phrase(scan, doc, subj, inside, previous)
    return None


def _measure_on_verb(scan: Scan, doc: Doc, c: Candidate, root: Token, verb: Token, inside: set[int],
                     previous) -> str | None:
    """What a measure hanging off a verb is about: "requested $50 million in aid" -> aid;
    "spent $70 million for this house" -> house; "sell three businesses for $370 million" ->
    businesses; "Revenue rose 15%" -> revenue; "Delta posted ..." (a name) -> the object."""
    for k in range(c.start, c.end):
        for ch in doc[k].children:
            if ch.dep_ == "prep" and ch.lower_ == "in" and ch.i not in inside:
                obj = _pobj(ch)
                if obj is not None and obj.pos_ == "NOUN" and obj.lower_ not in _TIME_WORDS \
                        and _unit_kind(scan, c.unit) == "money" and not any(x.dep_ == "nummod" for x in obj.children):
                    return _phrase(scan, doc, obj, inside, previous)
    objs = [ch for ch in verb.children if ch.dep_ in _OBJ and ch.i not in inside and ch.pos_ in ("NOUN", "PROPN", "PRON")]
    if root.dep_ in _OBJ and _unit_kind(scan, c.unit) == "money":
        for ch in verb.children:
            if ch.dep_ == "prep" and ch.lower_ == "in" and ch.i > root.i:
                obj = _pobj(ch)
                if obj is not None and obj.pos_ == "NOUN" and obj.lower_ not in _TIME_WORDS:
                    return _phrase(scan, doc, obj, inside, previous)
    if root.dep_ in _OBJ:
        for ch in verb.children:
            if ch.dep_ == "prep" and ch.lower_ == "for":
                obj = _pobj(ch)
                if obj is not None and obj.pos_ == "NOUN" and obj.lower_ not in _TIME_WORDS:
                    return _phrase(scan, doc, obj, inside, previous)
    via = root.head if root.dep_ == "pobj" else None
    if via is not None and via.lower_ in ("for", "to", "from", "by", "at") and via.head == verb and objs:
        return _phrase(scan, doc, objs[0], inside, previous)
    subj = _subject(verb)
    if subj is not None and subj.i not in inside:
        named = subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or (subj.pos_ == "PROPN")
        if not (named and objs):
            return _phrase(scan, doc, subj, inside, previous)
    if objs:
        return _phrase(scan, doc, objs[0], inside, previous)
    if subj is not None and subj.i not in inside:
        return _phrase(scan, doc, subj, inside, previous)
    return None


def _phrase(scan: Scan, doc: Doc, head: Token, inside: set[int], previous) -> str | None:
    """The noun phrase headed by ``head``: its premodifiers, no postmodifiers; pronouns
    and "their numbers"/"the number of X" resolved where the sentence allows."""
    if head.lower_ in _PRONOUNS or head.pos_ == "PRON":
        if head.lower_ in ("which", "who", "whom", "that"):
            rel = next((a for a in head.ancestors if a.dep_ == "relcl"), None)
            if rel is not None and _owner(previous, rel.head.i) is not None:
                return _owner(previous, rel.head.i)[1]  # "to 28.7 million, of which 72% ..."
            if rel is not None and rel.head.pos_ in ("NOUN", "PROPN"):
                return _phrase(scan, doc, rel.head, inside, previous)
            if head.lower_ != "that":  # ", 36 of which ...": the noun just before
                for k in range(head.i - 1, head.sent.start - 1, -1):
                    t = doc[k]
                    if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("compound", "amod") and k not in inside \
                            and t.lower_ not in _TIME_WORDS:
                        return _phrase(scan, doc, t, inside, previous)
        ante = _antecedent(doc, head, inside)
        return _phrase(scan, doc, ante, inside, previous) if ante is not None else None
    if head.lower_ in _COUNT_NOUNS:
        for ch in head.children:
            if ch.dep_ == "prep" and ch.lower_ == "of":
                obj = _pobj(ch)
                if obj is not None and obj.i not in inside:
                    return _phrase(scan, doc, obj, inside, previous)
        for ch in head.children:
            if ch.dep_ == "poss":
                if ch.pos_ == "PRON":
                    ante = _antecedent(doc, ch, inside)
                    if ante is not None:
                        return _phrase(scan, doc, ante, inside, previous)
                else:
                    return _phrase(scan, doc, ch, inside, previous)
    start = head.i
    for ch in sorted(head.lefts, key=lambda t: -t.i):
        if ch.dep_ in _PREMOD:
            sub = [t.i for t in ch.subtree]
            if any(k in inside for k in sub):
                continue
            if ch.dep_ in ("poss", "case") and ch.pos_ == "PRON":
                continue
            start = min(start, min(sub))
    taken = scan.taken
    toks = [t for t in doc[start:head.i + 1] if t.i not in inside and t.dep_ not in ("det", "predet", "punct")
            and not t.is_space
            and not (t.pos_ == "PRON") and (t.i == head.i or (t.i not in taken and not t.like_num))]
    while toks and (toks[0].dep_ in ("case", "cc", "prep") or toks[0].text[:1] in ("'", "’")):
        toks.pop(0)
    scan.head = head
    text = ""
    for t in toks:
        glue = t.dep_ == "case" or t.text in ("-", "–") or (text.endswith(("-", "–")))
        text += ("" if glue or not text else " ") + t.text
    return text or head.text


_TIME_WORDS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
                         "minute", "minutes", "second", "seconds", "decade", "decades", "century", "centuries",
                         "night", "nights", "quarter", "quarters"})


def _year_like_counts(doc: Doc, num: Token) -> bool:
    """Whether a number that could be a year (1800-2099) counts something instead: it
    modifies a noun that is not a time word ("2000 soldiers") or precedes a plural one
    ("About 1918 people marched", which the parser may hang on the verb like a year)."""
    prev = doc[num.i - 1].lower_ if num.i else ""
    if prev in YEAR_LEADERS:
        return False
    if num.dep_ == "nummod" and num.head.pos_ == "NOUN" and num.head.lower_ not in _TIME_WORDS:
        return True
    nxt = doc[num.i + 1] if num.i + 1 < len(doc) else None
    return nxt is not None and nxt.tag_ == "NNS" and nxt.lower_ not in _TIME_WORDS


def _pobj(prep: Token) -> Token | None:
    for ch in prep.children:
        if ch.dep_ in ("pobj", "pcomp"):
            return ch
    return None


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``, climbing through xcomp/conj/advcl chains when it has none."""
    v = verb
    for _ in range(4):
        for ch in v.children:
            if ch.dep_ in _SUBJ:
                return ch
        if v.dep_ in ("xcomp", "conj", "advcl", "ccomp", "pcomp", "acl") and v.head.i != v.i:
            if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN"):
                return v.head
            v = v.head
        else:
            break
    return None


def _governing_verb(tok: Token) -> Token | None:
    """The verb a number hangs from (directly, or through a preposition: "rose to $2 billion")."""
    t = tok
    for _ in range(4):
        h = t.head
        if h is t:
            return t if t.pos_ in ("VERB", "AUX") else None
        if h.pos_ in ("VERB", "AUX"):
            return h
        if h.dep_ == "prep" or h.pos_ == "ADP" or t.dep_ in ("pobj", "npadvmod", "advmod", "quantmod") \
                or h.pos_ in ("NUM", "SYM", "ADV") or (h.pos_ == "NOUN" and h.dep_ == "pobj" and t.dep_ == "prep"):
            t = h
            continue
        return None
    return None


def _fronted_partitive(verb: Token, inside: set[int]) -> Token | None:
    """ "Of the eight victims, three were stabbed" / "of the 12,000 troops, about one-third ..."."""
    cands = list(verb.children)
    for ch in cands:
        if ch.dep_ == "prep" and ch.lower_ == "of" and ch.i < verb.i:
            obj = _pobj(ch)
            if obj is not None:
                return obj
    if verb.dep_ in ("conj",):
        return _fronted_partitive(verb.head, inside)
    return None


def _antecedent(doc: Doc, pron: Token, inside: set[int]) -> Token | None:
    """The nearest plausible noun a pronoun points back to: earlier in the sentence, else the
    previous sentence's subject."""
    plural = pron.lower_ in ("they", "them", "their", "theirs", "these", "those", "we", "our", "us")
    sent = pron.sent
    for k in range(pron.i - 1, sent.start - 1 if not plural else pron.i - 1, -1):  # "it": a subject first
        t = doc[k]
        if k not in inside and t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and (
                not plural or t.tag_ in ("NNS", "NNPS") or t.lower_ in ("police", "people")) \
                and t.lower_ not in _TIME_WORDS:
            return t
    for k in range(pron.i - 1, sent.start - 1, -1):
        t = doc[k]
        if k in inside or t.ent_type_ in ("DATE", "TIME") or t.lower_ in _TIME_WORDS:
            continue
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("compound", "amod", "poss") and (
                not plural or t.tag_ in ("NNS", "NNPS") or t.lower_ in ("police", "people")):
            return t
    if sent.start > 0:
        prev = doc[sent.start - 1].sent
        for t in prev:
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and (not plural or t.tag_ in ("NNS", "NNPS")):
                return t
        for t in reversed(list(prev)):
            if t.pos_ in ("NOUN",) and t.dep_ not in ("compound", "amod") and (not plural or t.tag_ == "NNS") \
                    and t.lower_ not in _TIME_WORDS:
                return t
    return None


def _change_of(doc: Doc, prev: Candidate | None, c: Candidate) -> Candidate | None:
    """Market-report style "2596.72, off 17.01" / "215.86, up 0.19": the bare second number is
    the change of the first and shares its unit and what it measures."""
    if prev is None or c.measure or c.sort != "count" or c.kind is not None or c.start - prev.end != 2:
        return None
    if doc[prev.end].text != "," or doc[c.start - 1].lower_ not in ("off", "up", "down"):
        return None
    return prev


def _plausible_fraction(text: str) -> bool:
    """ "1/2", "3/4" are fractions; "9/11" and "24/7" are not."""
    a, b = (int(x) for x in text.split("/"))
    return 0 < a < b and b in (2, 3, 4, 5, 6, 8, 10, 16, 100)


def _round(v):
    """Fractions to four decimals ("one-third" -> 0.3333), everything else to 10 significant digits."""
    if isinstance(v, float):
        return round(v, 4) if abs(v) < 1 else float(f"{v:.10g}")
    return v


def _entity_of(doc: Doc, tok: Token) -> Span | None:
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent
    return None


def _owner(previous: list[tuple[Candidate, str | None]], i: int):
    for pc, counted in reversed(previous):
        if pc.start <= i < pc.end:
            return pc, counted
    return None


def _sent_before(doc: Doc, sent_start: int, n: int) -> int:
    start = sent_start
    for _ in range(n):
        if start <= 0:
            return 0
        start = doc[start - 1].sent.start
    return start


@lru_cache(maxsize=4096)
def _quantulum_unit(text: str) -> str:
    """quantulum3's unit name for a short candidate span (never the whole article)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        try:
            found = parser.parse(text)
        except Exception:  # quantulum3 raises on odd input; a unit is optional
            return "dimensionless"
    for q in found:
        name = q.unit.name
        if name and name not in ("dimensionless", "unk"):
            return name
    return "dimensionless"


@Language.factory(
    "newsclaims_quantities",
    default_config={"spans_key": SPANS_KEY, "dates_key": "dates", "qualifiers": "quantities/qualifiers.json",
                    "units": "quantities/units.json", "amounts": "quantities/amounts.json", "use_quantulum": True},
)
def make_quantities(nlp: Language, name: str, spans_key: str, dates_key: str, qualifiers: str, units: str,
                    amounts: str, use_quantulum: bool) -> QuantitiesComponent:
    return QuantitiesComponent(nlp, name, spans_key=spans_key, dates_key=dates_key, qualifiers=qualifiers,
                               units=units, amounts=amounts, use_quantulum=use_quantulum)


def rows(doc: Doc, spans_key: str = SPANS_KEY) -> list[dict]:
    """One plain dict per quantity (the quantities frame, before typing)."""
    return [
        {"text": s.text, "start_char": s.start_char, "end_char": s.end_char, **(s._.quantity or {})}
        for s in doc.spans.get(spans_key, [])
    ]
