"""Which tokens make a quantity and how far it reaches: numerals, number words, fractions,
multipliers and vague amounts, widened to their currency, unit and qualifier ("more than $10
million"), minus what is not a quantity (dates, ordinals, names, clock times, phone numbers,
list numbering, URLs, ages told apart)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ...numbers import FRACTIONS, YEAR_LEADERS, combine, is_number_word, is_ordinal, parse_numeral, words_to_number
from .lexicon import Scan
from .units import unit_of

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
SUBJ = ("nsubj", "nsubjpass", "csubj")


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


def find_candidates(scan: Scan, doc: Doc, blocked: set[int]) -> list[Candidate]:
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
            c.unit = unit_of(scan, doc[c.core[0]:j + 2].text)
            return
        if w.lower_ in TIME_WORDS or w.lower_ in ("time", "times"):
            c.extras["time"] = True  # "one-time", "three-year": not a count
        elif w.pos_ in ("NOUN", "PROPN") and w.is_alpha and not c.measure:
            c.noun, c.end = j + 1, j + 2
        return
    # unit words: "500 square miles", "5 feet", "117 acres"
    if t.lower_ in scan.lex.measure_words and not c.measure and t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "X"):
        k = j + 1
        while k < n and k < j + 3 and doc[k].lower_ in scan.lex.measure_words:
            k += 1
        unit = unit_of(scan, doc[c.core[0]:k].text)
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
    if c.sort != "age" and not is_age(scan, doc, c) and any(k in blocked for k in c.core) \
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
    if any(doc[k].lower_ in TIME_WORDS for k in range(c.core[-1] + 1, min(c.core[-1] + 2, len(doc)))) \
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
    obj = pobj(doc[c.end])
    return obj is not None and obj.pos_ in ("NOUN", "PROPN") and obj.lower_ not in TIME_WORDS \
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


def is_age(scan: Scan, doc: Doc, c: Candidate) -> bool:
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
        subj = subject(verb) if verb is not None else None
        if subj is not None and (subj.ent_type_ == "PERSON" or subj.lower_ in ("he", "she", "who")):
            c.sort, c.unit = "age", "year"  # "John Glenn, who at 77 is ...", "she retired at 65."
            return True
    if prev is not None and prev.text == "," and s >= 2 and doc[s - 2].pos_ == "PROPN" \
            and doc[s - 2].ent_type_ not in ("GPE", "LOC", "DATE", "FAC") \
            and (nxt is None or nxt.text in (",", ".", ";", ")", "and")):
        c.sort, c.unit = "age", "year"
        return True
    return False


TIME_WORDS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
                         "minute", "minutes", "second", "seconds", "decade", "decades", "century", "centuries",
                         "night", "nights", "quarter", "quarters"})


def _year_like_counts(doc: Doc, num: Token) -> bool:
    """Whether a number that could be a year (1800-2099) counts something instead: it
    modifies a noun that is not a time word ("2000 soldiers") or precedes a plural one
    ("About 1918 people marched", which the parser may hang on the verb like a year)."""
    prev = doc[num.i - 1].lower_ if num.i else ""
    if prev in YEAR_LEADERS:
        return False
    if num.dep_ == "nummod" and num.head.pos_ == "NOUN" and num.head.lower_ not in TIME_WORDS:
        return True
    nxt = doc[num.i + 1] if num.i + 1 < len(doc) else None
    return nxt is not None and nxt.tag_ == "NNS" and nxt.lower_ not in TIME_WORDS


def pobj(prep: Token) -> Token | None:
    for ch in prep.children:
        if ch.dep_ in ("pobj", "pcomp"):
            return ch
    return None


def subject(verb: Token) -> Token | None:
    """The subject of ``verb``, climbing through xcomp/conj/advcl chains when it has none."""
    v = verb
    for _ in range(4):
        for ch in v.children:
            if ch.dep_ in SUBJ:
                return ch
        if v.dep_ in ("xcomp", "conj", "advcl", "ccomp", "pcomp", "acl") and v.head.i != v.i:
            if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN"):
                return v.head
            v = v.head
        else:
            break
    return None


def _plausible_fraction(text: str) -> bool:
    """ "1/2", "3/4" are fractions; "9/11" and "24/7" are not."""
    a, b = (int(x) for x in text.split("/"))
    return 0 < a < b and b in (2, 3, 4, 5, 6, 8, 10, 16, 100)


def _entity_of(doc: Doc, tok: Token) -> Span | None:
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent
    return None
