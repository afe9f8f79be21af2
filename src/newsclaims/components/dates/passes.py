"""Passes over a document's resolved dates that need more than one expression.

Each pass rewrites spans in place: a shared "ago" ("two and three years ago"), the start year of
a range, quoted "today" said on an earlier day, and one value for an event named several times.
Passes that read the words between expressions get the Doc's text from the component, which
builds it once (``Doc.text`` joins every token anew on each access).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from spacy.tokens import Doc, Span

from ...timex import calendar as C
from ...timex import grammar, normalize
from ...timex.numbers import lexicon
from .candidates import AND, BETWEEN, RANGE_TO
from .story import DAY_ORDINALS
from .tense import REPORT_LEMMAS, after_report_verb, clause_tense, scheduled_event
from .words import words

_OR_AND = re.compile(r"\s+(?:or|and)\s+")


def _retimex(form: dict, anchor: str | None, start: int, end: int) -> dict:
    """The TIMEX3 attributes of a form a post-pass rewrote, with its anchor-free ``relative``
    form and the characters it covers."""
    out = normalize.resolve(form, anchor)
    out["relative"] = normalize.to_json(form)
    out["start_char"], out["end_char"] = start, end
    return out


def _respan(doc: Doc, spans: list[Span], i: int, start: int, end: int, timex: dict) -> None:
    """Put a rewritten expression at ``spans[i]``, over tokens ``start:end``."""
    spans[i] = Span(doc, start, end, label=timex["type"])
    spans[i]._.timex = timex


_ORDINAL_DAY = re.compile(rf"(?:(?:the|its|their|his|her)\s+)?{DAY_ORDINALS}(?:\s+and\s+final)?\s+day", re.IGNORECASE)
_TO_ITS_DAY = re.compile(r"[^.;!?]{0,60}?(?:\s+on\s+|\s*,\s*)", re.IGNORECASE)


def ordinal_day_named(doc: Doc, spans: list[Span], anchor: str | None, text: str) -> None:
    """"The strike entered its third day on Saturday", "the second day of the conclave,
    Thursday": an ordinal day the text then names is that day."""
    for i, (first, second) in enumerate(zip(spans, spans[1:])):
        timex, named = first._.timex, second._.timex
        if timex["value"] != "XXXX-XX-XX" or not _ORDINAL_DAY.fullmatch(first.text) \
                or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", named["value"] or "") \
                or not _TO_ITS_DAY.fullmatch(text[first.end_char:second.start_char]):
            continue
        form = normalize.from_json(named["relative"])
        _respan(doc, spans, i, first.start, first.end, _retimex(form, anchor, timex["start_char"], timex["end_char"]))


def shared_ago(doc: Doc, spans: list[Span], anchor: str | None, text: str) -> None:
    """"a week or a month ago": the "ago" of the second duration is the first's too."""
    for i, (first, second) in enumerate(zip(spans, spans[1:])):
        if first._.timex["type"] != "DURATION" or not second.text.lower().endswith("ago") \
                or not _OR_AND.fullmatch(text[first.end_char:second.start_char]):
            continue
        found = grammar.find(first.text + " ago")
        if len(found) != 1 or found[0].end != len(first.text) + 4:
            continue
        timex = _retimex(found[0].form, anchor, first._.timex["start_char"], first._.timex["end_char"])
        _respan(doc, spans, i, first.start, first.end, timex)


def range_start_year(doc: Doc, spans: list[Span], anchor: str | None, text: str) -> None:
    """"from September to December 2014", "Sept. 5 through Dec. 10, 2014", "between March and
    June last year", "in February and March 2014": the year the range's end names is its
    start's too (or the one before, when the start's month comes later); counted from the
    anchor when the end's is."""
    for first, second in zip(spans, spans[1:]):
        end = re.fullmatch(r"(\d{4})-(\d{2})(?:-\d{2})?", second._.timex["value"] or "")
        if not end:
            continue
        form = normalize.from_json(first._.timex["relative"])
        if form.get("k") != "date":
            continue
        gap = text[first.end_char:second.start_char]
        # (a year the start took from the story gives way to the one the range names)
        # "February and March 2014", "Nov. 12 and Nov. 13, 2019": a pair of the same grain shares the year too
        pair = AND.fullmatch(gap) and bool(form.get("d")) == (end.group().count("-") == 2)
        if not (RANGE_TO.fullmatch(gap) or (AND.fullmatch(gap) and (
                pair or BETWEEN.search(text, max(0, first.start_char - 12), first.start_char)))):
            continue
        back = int(form["m"] > int(end[2]))
        end_form = normalize.from_json(second._.timex["relative"])
        if not (end_form.get("k") == "abs" or end_form.get("y") is not None or "yoff" in end_form):
            continue  # the end names no year of its own ("between early March and June")
        new = {k: v for k, v in form.items() if k not in ("tense", "yoff", "y")}
        if "yoff" in end_form and end_form.get("y") is None:
            new["yoff"] = end_form["yoff"] - back  # "between March and June last year"
        else:
            new["y"] = int(end[1]) - back
        first._.timex = _retimex(new, anchor, first._.timex["start_char"], first._.timex["end_char"])


# what may stand between a weekday and the week after it ("Tuesday last week"), and between two weekdays
_WEEK_AFTER_DAYS = re.compile(r"\s*,?\s*(?:of\s+)?")  # "Tuesday last week", "Monday of last week"
_WEEK_AFTER_DAYS_PLAIN = re.compile(r"\s*,?\s*")
_DAYS_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to|through|until|till)\s+|\s*[-–]\s*)")


_ENDED = re.compile(r"\s*,?\s*(?:(?:(?:which|that)\s+)?(?:ended|ending|ends|closed)\s+(?:on\s+)?|to\s+)", re.IGNORECASE)


def period_ended(doc: Doc, spans: list[Span], anchor: str | None, text: str) -> None:
    """"the fourth quarter ended Aug. 26", "its second quarter ended Oct. 31, 1988": a numbered
    quarter is of the year its last day falls in (TimeBank: 1989-Q4, 1988-Q2), and a company's
    own when that day closes another calendar quarter (no calendar interval, SCHEMA.md). "The
    week ended March 16" ("the week to 11 May") of weekly figures is the week holding that day."""
    for sp, nxt in zip(spans, spans[1:]):
        if not _ENDED.fullmatch(text[sp.end_char:nxt.start_char]):
            continue  # (the words between first: most pairs stop here, before any parsing)
        form = normalize.from_json(sp._.timex["relative"])
        day = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", nxt._.timex["value"] or "")
        if day and sp.text.lower() == "the week" and form.get("k") == "ana":
            year, week, _ = dt.date(*map(int, day.groups())).isocalendar()
            sp._.timex = _retimex({"k": "abs", "v": f"{year}-W{week:02d}", "t": "DATE"}, anchor,
                                  sp._.timex["start_char"], sp._.timex["end_char"])
            continue
        if form.get("k") != "quarter" or not form.get("q") or form.get("y") is not None or not day:
            continue
        form = {k: v for k, v in form.items() if k not in ("yoff", "tense", "ctx")}
        form["y"] = int(day[1])
        form["fiscal"] = form.get("fiscal") or (int(day[2]) - 1) // 3 + 1 != form["q"]
        sp._.timex = _retimex(form, anchor, sp._.timex["start_char"], sp._.timex["end_char"])


_IN_OR_OF = re.compile(r"\s+(?:in|of)\s+", re.IGNORECASE)


def holiday_in_year(doc: Doc, spans: list[Span], anchor: str | None, text: str) -> None:
    """"for Orthodox Christmas in January 2023", "at Easter in 2016": a holiday of the year the
    words after it name, not the one the clause's tense would pick."""
    for sp, nxt in zip(spans, spans[1:]):
        form = normalize.from_json(sp._.timex["relative"])
        year = re.match(r"(\d{4})\b", nxt._.timex["value"] or "")
        if form.get("k") != "hol" or form.get("y") is not None or "yoff" in form or form.get("rel") or not year \
                or not _IN_OR_OF.fullmatch(text[sp.end_char:nxt.start_char]):
            continue
        new = {k: v for k, v in form.items() if k not in ("tense", "near")}
        new["y"] = int(year[1])
        sp._.timex = _retimex(new, anchor, sp._.timex["start_char"], sp._.timex["end_char"])


def weekdays_of_week(doc: Doc, spans: list[Span], anchor: str | None, text: str) -> None:
    """"Tuesday last week", "from Monday to Wednesday last week", "Monday and Tuesday next week":
    the days of the week named after them."""
    for i, week in enumerate(spans):
        if not i or week[-1].lower_ != "week":
            continue
        form = normalize.from_json(week._.timex["relative"])
        if not (form.get("k") == "shift" and form.get("u") == "W" and form.get("g") == "W" and form.get("n") in (-1, 0, 1)):
            continue
        j, after = i - 1, _WEEK_AFTER_DAYS
        if text.startswith(("'s", "’s"), week.end_char):
            after = _WEEK_AFTER_DAYS_PLAIN  # not "video on Monday of last week's shooting"
        while j >= 0 and after.fullmatch(text[spans[j].end_char:spans[j + 1].start_char]):
            day = normalize.from_json(spans[j]._.timex["relative"])
            if not day.get("w") or day.get("k") not in ("wd", "ana") or day.get("rel"):
                break
            new = {"k": "ana", "u": "D", "n": 0, "g": "D", "w": day["w"], "t": day.get("t", "DATE"),
                   "tod": day.get("tod"), "refdays": 7 * form["n"]}
            spans[j]._.timex = _retimex(new, anchor, spans[j]._.timex["start_char"], spans[j]._.timex["end_char"])
            j, after = j - 1, _DAYS_JOINED


def weekdays_in_named_week(spans: list[Span], anchor: str) -> None:
    """"The coming week brings housing starts on Tuesday", "Other data due this week include sales,
    out Thursday": a weekday whose clause gives no tense, after a week its sentence names, is a day
    of that week (else it would lean to the past, a day before the week it is listed in)."""
    week = None
    for sp in spans:
        form = normalize.from_json(sp._.timex["relative"])
        if week is not None and (not sp.doc.has_annotation("SENT_START") or week.sent != sp.sent):
            week = None
        if form.get("k") == "shift" and form.get("u") == "W" and form.get("g") == "W" \
                and form.get("n") in (-1, 0, 1) and re.fullmatch(r"\d{4}-W\d{2}", sp._.timex["value"] or ""):
            week, n = sp, form["n"]
            continue
        if week is None or form.get("k") != "wd" or form.get("tense") != 0 or form.get("rel") \
                or form.get("near") or not sp._.timex["start_date"]:
            continue
        if week._.timex["start_date"] <= sp._.timex["start_date"] <= week._.timex["end_date"]:
            continue
        new = {"k": "ana", "u": "D", "n": 0, "g": "D", "w": form["w"], "t": form.get("t", "DATE"),
               "tod": form.get("tod"), "refdays": 7 * n}
        sp._.timex = _retimex(new, anchor, sp._.timex["start_char"], sp._.timex["end_char"])


_WEEKDAYS = {w: n for w, n in lexicon()["weekdays"].items() if len(w) > 5}  # the full names
# ("the last Saturday before Christmas" is the Saturday before it, "the first week after" the week after)
_NEXT_TO = re.compile(rf"\b(the (?:(?:last|final) (?=\w+ before)|first (?=\w+ after))?"
                      rf"(day|night|week|month|year|{'|'.join(_WEEKDAYS)}) (before|after) )\Z", re.IGNORECASE)
_NEXT_TO_GRAIN = {"day": "D", "night": "D", "week": "W", "month": "M", "year": "Y", **dict.fromkeys(_WEEKDAYS, "D")}


def next_to_date(doc: Doc, spans: list[Span], anchor: str | None, text: str) -> None:
    """"the day after Christmas", "the week before last Tuesday", "the Sunday before Thanksgiving":
    one expression, a unit or weekday on either side of the date it names (TimeML tags "the day
    before last Tuesday" whole)."""
    merged: set[int] = set()
    for i, sp in enumerate(spans):
        timex = sp._.timex
        if sp.start < 3 or doc[sp.start - 1].lower_ not in ("before", "after"):
            continue
        m = _NEXT_TO.search(text, max(0, sp.start_char - 30), sp.start_char)
        if not m or timex["type"] != "DATE" or not timex["start_date"] or sp.text.lower().startswith("the "):
            continue
        unit = _NEXT_TO_GRAIN[m[2].lower()]
        grain = C.granularity(timex["value"])
        if grain not in ("D", "W", "M", "Y") or "DWMY".index(grain) > "DWMY".index(unit):
            continue  # "the day after 2016" names no day
        start = doc.char_span(m.start(1), sp.end_char, alignment_mode="expand")
        if start is None:
            continue
        if i and spans[i - 1].end > start.start:
            if spans[i - 1].start_char < start.start_char:
                continue
            merged.add(i - 1)  # "the day" the model tagged on its own
        form = {"k": "ana", "u": unit, "n": -1 if m[3].lower() == "before" else 1, "g": unit, "t": "DATE",
                "tod": "NI" if m[2].lower() == "night" else None}
        if m[2].lower() in _WEEKDAYS:  # "the Saturday after Labor Day": the first such weekday after it
            form["w"] = _WEEKDAYS[m[2].lower()]
        if form["tod"]:
            form["t"] = "TIME"
        if timex["anchor"] is None or anchor is None:
            form["ref"] = timex["start_date"]
        else:
            form["refdays"] = (dt.date.fromisoformat(timex["start_date"]) - dt.date.fromisoformat(anchor[:10])).days
        _respan(doc, spans, i, start.start, sp.end, _retimex(form, anchor, start.start_char, timex["end_char"]))
    if merged:
        spans[:] = [sp for i, sp in enumerate(spans) if i not in merged]


_QUOTE_MARK = re.compile(r"[“”\"]|''|``")
_DEICTIC = re.compile(r"\b(?:today|tonight|tomorrow|yesterday|last night|this (?:morning|afternoon|evening))\b",
                      re.IGNORECASE)
# "this week", "next month", "last year": counted from the day they were said, when a sentence dates it
_QUOTED_UNIT = re.compile(r"(?:this|next|last) (?:week|month|year)", re.IGNORECASE)
# double quotation marks only: a single curly one is far more often an apostrophe ("voters’")
_OPEN_QUOTES, _CLOSE_QUOTES = frozenset({"“", "``"}), frozenset({"”", "''"})


def _in_quote(doc: Doc, i: int) -> bool:
    """Whether token ``i`` sits between quotation marks opened in its paragraph (looking back
    at most 300 tokens: quotations are shorter)."""
    window = []
    for tok in reversed(doc[max(0, i - 300):i]):
        if "\n\n" in tok.whitespace_ or tok.text.startswith("\n\n"):
            break
        window.append(tok.text)
    # two single quotes close a quotation that two backquotes opened; in text without
    # backquotes (''Last night was ...,'' he said) they open and close it alike
    toggles = {'"'} if "``" in doc[max(0, i - len(window)):i].text else {'"', "''"}
    depth, straight = 0, 0
    for text in window:
        if text in toggles:
            straight += 1
        elif text in _CLOSE_QUOTES:
            depth -= 1
        elif text in _OPEN_QUOTES:
            depth += 1
    return depth > 0 or straight % 2 == 1


def quoted_deixis(doc: Doc, spans: list[Span], anchor: str, text: str) -> None:
    """"There is only one debate tonight," Paul said Thursday: "today", "tonight", "last night"
    and the like inside a quotation count from the day it was said ("next month", "this week"
    and "last year" too, when a report verb dates the saying), when the sentence (or the
    one before it, in the same paragraph) dates the saying by a report verb, or else when a
    past weekday sets the scene at most two sentences back, in the paragraph or in the one
    before a paragraph the quotation opens ("On Sunday, Mr. Rubio urged ... / 'Last night was
    the beginning,' Mr. Rubio said on CNN"). A quoted "tonight" after the text has named the
    night before publication by its weekday ("Tuesday night's debate", in Wednesday's paper) is
    that night."""
    said: list[tuple[Span, str]] = []
    scenes: list[tuple[Span, str]] = []
    eve = (dt.date.fromisoformat(anchor[:10]) - dt.timedelta(days=1)).isoformat()
    last_night: int | None = None  # where the text first names the night before by its weekday
    for sp in spans:
        value = sp._.timex["value"] or ""
        day = re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) is not None and not _in_quote(doc, sp.start)
        if day and value <= anchor[:10] and _dates_saying(sp):
            said.append((sp, value))  # (not "must report back by next Wednesday": nothing is said ahead of the writing)
        elif day and value < anchor[:10] and sp.start - sp.sent.start <= 1 \
                and normalize.from_json(sp._.timex["relative"]).get("k") == "wd":
            scenes.append((sp, value))  # "On Sunday, Mr. Rubio and Senator Ted Cruz urged ..."
        if last_night is None and value == f"{eve}TNI" and normalize.from_json(sp._.timex["relative"]).get("k") == "wd":
            last_night = sp.start
    if not said and not scenes and last_night is None:
        return
    sent_of = {sent.start: n for n, sent in enumerate(doc.sents)}
    for sp in spans:
        timex = sp._.timex
        form = normalize.from_json(timex["relative"])
        unit = form.get("u") if form.get("k") == "shift" and abs(form.get("n", 9)) <= 1 else None
        if not ((unit == "D" and _DEICTIC.search(sp.text)) or (unit in ("W", "M", "Y") and form.get("g") == unit
                and _QUOTED_UNIT.fullmatch(sp.text))) or not _in_quote(doc, sp.start):
            continue
        near = [(s, v) for s, v in said if abs(sent_of[s.sent.start] - sent_of[sp.sent.start]) <= 1
                and "\n\n" not in text[min(s.start_char, sp.start_char):max(s.end_char, sp.end_char)]]
        set_by = [(s, v) for s, v in said + scenes if s.start < sp.start and _sets_scene_for(text, s, sp)
                  and sent_of[sp.sent.start] - sent_of[s.sent.start] <= 2 and _QUOTE_MARK.search(sp.sent.text)
                  and _same_speaker(doc, s, sp)]
        if near:
            day = min(near, key=lambda sv: abs(sv[0].start - sp.start))[1]
        elif unit != "D":
            continue  # "next month" only counts from a saying its sentence dates
        elif set_by:
            day = max(set_by, key=lambda sv: sv[0].start)[1]
        elif last_night is not None and last_night < sp.start and form.get("tod") == "NI" and not form.get("n"):
            # a story on "Tuesday night's debate", out the next day, quoting "what he did tonight"
            day = eve
        else:
            continue
        if day == anchor[:10]:
            continue
        refdays = (dt.date.fromisoformat(day) - dt.date.fromisoformat(anchor[:10])).days
        new = {"k": "ana", "u": unit, "n": form["n"], "g": unit, "t": form.get("t", "DATE"), "tod": form.get("tod"),
               "mod": form.get("mod"), "refdays": refdays}
        sp._.timex = _retimex(new, anchor, timex["start_char"], timex["end_char"])


def _same_speaker(doc: Doc, day: Span, quoted: Span) -> bool:
    """Whether a quotation may be of the one who spoke on the day named before it: not when both
    sentences name who spoke and the names differ ("Miller warned Friday. 'Pay by tonight,' said
    Kathy Pickering": another speaker, another day), but "On Sunday, Mr. Rubio urged ... 'Last
    night was the beginning,' Mr. Rubio said", or "many said Monday ... 'today,' said Perkins"."""
    def named_speakers(sent: Span) -> list[str]:
        return [c.text for t in sent if t.lemma_ in REPORT_LEMMAS and not _in_quote(doc, t.i)
                for c in t.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
    speakers, earlier = named_speakers(quoted.sent), named_speakers(day.sent)
    return not speakers or not earlier or any(s in day.sent.text for s in speakers)


def _sets_scene_for(text: str, day: Span, quoted: Span) -> bool:
    """Whether a day named before a quotation is the day of its telling: in the same paragraph,
    or in the paragraph just before one that the quotation opens."""
    between = text[day.end_char:quoted.start_char]
    breaks = between.count("\n\n")
    opening = between[between.find("\n\n"):].lstrip()
    return breaks == 0 or (breaks == 1 and opening.startswith(("“", "``", '"', "''")))


def _majority(values: list[str]) -> str | None:
    """The value most of several readings agree on: named at least twice, and more often than
    any other."""
    votes = Counter(values).most_common(2)
    if len(votes) < 2 or votes[0][1] < 2 or votes[0][1] == votes[1][1]:
        return None
    return votes[0][0]


def same_event_days(spans: list[Span], anchor: str) -> None:
    """"Monday's debate" is one day however often a story names it: where a weekday names the
    day of the same scheduled event several times and most mentions agree on the date, the
    others take it (each was read from its own clause, and a present verb "is raising questions
    about Monday's debate" or a modal further up can turn one the wrong way)."""
    groups: dict[tuple[int, str], list[tuple[Span, dict]]] = {}
    for sp in spans:
        form = normalize.from_json(sp._.timex["relative"])
        if form.get("k") != "wd" or form.get("rel") or not re.match(r"\d{4}-\d{2}-\d{2}", sp._.timex["value"] or ""):
            continue
        event = scheduled_event(sp, adverbial=True)
        if event is not None:
            groups.setdefault((form["w"], event.lemma_.lower()), []).append((sp, form))
    for mentions in groups.values():
        day = _majority([sp._.timex["value"][:10] for sp, _ in mentions])
        for sp, form in mentions if day else ():
            if sp._.timex["value"][:10] != day:
                new = {**{k: v for k, v in form.items() if k != "near"}, "tense": 1 if day > anchor[:10] else -1}
                _rewrite_if(sp, new, anchor, lambda value: value[:10] == day)


def same_month_years(spans: list[Span], anchor: str) -> None:
    """A story that names "November" several times mostly means one November ("winning in
    November", "a November matchup"): a year-less month read in a clause not told in the past
    takes the year most mentions of that month agree on. A past clause keeps its own ("the
    union endorsed her in November", in a January story about the coming election)."""
    groups: dict[int, list[tuple[Span, dict]]] = {}
    for sp in spans:
        form = normalize.from_json(sp._.timex["relative"])
        if form.get("k") == "date" and not form.get("d") and not form.get("rel") and form.get("y") is None \
                and "yoff" not in form and re.fullmatch(r"\d{4}-\d{2}", sp._.timex["value"] or ""):
            groups.setdefault(form["m"], []).append((sp, form))
    for mentions in groups.values():
        month = _majority([sp._.timex["value"] for sp, _ in mentions])
        for sp, form in mentions if month else ():
            if sp._.timex["value"] != month and clause_tense(sp) >= 0:
                new = {**form, "yoff": int(month[:4]) - int(anchor[:4])}
                _rewrite_if(sp, new, anchor, lambda value: value == month)


def same_day_years(spans: list[Span], anchor: str) -> None:
    """A day named by month and day several times in a story is one day: "Sept. 11" after "the
    Sept. 11 attacks" and "Sept. 11, 2001" is 2001's. A year-less mention takes the year most
    mentions of that day agree on, those with a year of their own included."""
    groups: dict[str, list[tuple[Span, dict]]] = {}
    for sp in spans:
        form = normalize.from_json(sp._.timex["relative"])
        value = sp._.timex["value"] or ""
        if form.get("k") in ("date", "abs") and not form.get("rel") and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            groups.setdefault(value[5:], []).append((sp, form))
    for mentions in groups.values():
        day = _majority([sp._.timex["value"] for sp, _ in mentions])
        for sp, form in mentions if day else ():
            if sp._.timex["value"] != day and form["k"] == "date" and form.get("y") is None and "yoff" not in form:
                _rewrite_if(sp, {**form, "yoff": int(day[:4]) - int(anchor[:4])}, anchor, lambda value: value == day)


def _rewrite_if(sp: Span, form: dict, anchor: str, ok) -> None:
    """Give ``sp`` the reading of ``form`` if its value passes ``ok``."""
    timex = sp._.timex
    out = _retimex(form, anchor, timex["start_char"], timex["end_char"])
    if ok(out["value"] or ""):
        sp._.timex = out


_OCCASIONS = words("saying_occasions")


def _dates_saying(span: Span) -> bool:
    """Whether a day dates a report verb ("Paul said on CNN Thursday", "told ABC on Sunday"),
    directly or through the occasion of the saying ("said in an interview on Friday", "said
    after Saturday's match", "In his nightly address on Saturday, Zelenskyy said")."""
    if after_report_verb(span):
        return True
    tok = span.root
    for _ in range(6):
        head = tok.head
        if head.i == tok.i:
            return False
        if head.pos_ in ("VERB", "AUX"):
            return head.lemma_ in REPORT_LEMMAS
        if head.pos_ not in ("ADP", "NOUN") or (head.pos_ == "NOUN" and head.lower_ not in _OCCASIONS):
            return False
        tok = head
    return False
