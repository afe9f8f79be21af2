"""Where candidates come from besides the grammar, and how far each one reaches.

spaCy entities the grammar has no rule for are read by dateparser or by their head word;
clock times followed by a day take that day; ``own_extent`` trims or widens a match to the
words that belong to it ("over the past year" vs "move past").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ...timex import grammar
from ...timex.numbers import lexicon, unit_code
from ..dateline import find_dateline
from .filters import AMOUNT_WORDS, counts_in_a_row, names_a_kind, temporal_words
from .forms import is_clock_today, time_on_day
from .tense import clause_tense
from .words import words

_MOVE_PAST = words("move_past_lemmas")  # verbs that take "past" as a preposition ("move past")
_OVER_PARTICLE_VERBS = words("over_particle_verbs")  # "took over", "handed over": "over" is the verb's
_PART_HEADS = {"the", "end", "beginning", "start", "middle", "close"}
# ordinals and spelled decades: an entity holding one ("the eighth day", "the nineties") is a time
_ENT_CUES = words("ent_cues")
# "the third straight month", "the first time": a count of periods, not a time
_NOT_TIMEX_WORDS = words("not_timex_words")
_LEADING_PREPS = words("leading_preps")

# (a capitalized word may stand between: "at 5:30 p.m. on Holy Thursday, March 28")
# (a capital "On" opens the next sentence: "begins at 6 p.m. On Saturday, ...")
_TIME_THEN_DAY = re.compile(r"\s*\)?\s*(?:,\s*(?:on\s+)?|(?-i:on)\s+(?-i:[A-Z][a-z]+\s+)?|\(\s*)?", re.IGNORECASE)
# "the 7 a.m. Mass on Easter Sunday", "a 2 p.m. news conference on Tuesday": a clock time before
# the noun of an event set on a day
_CLOCK_EVENT_DAY = re.compile(r"\s+(?:[a-z]+\s+){0,2}[A-Za-z]+\s+on\s+")
_PRENOMINAL = re.compile(r"\b(?:the|a|an)\s+\Z", re.IGNORECASE)
_CLOCK_THEN_DAYS = re.compile(r"\s*,?\s*(?:on\s+)?", re.IGNORECASE)  # "4 p.m. Tuesdays", "6 p.m. on weekdays"
PAREN_OPEN = re.compile(r"\s*\(\s*")
_HOURS_OF = re.compile(r"\s+hours\s+of\s+", re.IGNORECASE)  # "the early morning hours of Sunday"
BETWEEN = re.compile(r"\bbetween\s+\Z", re.IGNORECASE)  # the start of "between X and Y"
AND = re.compile(r"\s+and\s+")
_TWENTY_FOUR = re.compile(r"\b0[0-9][:.][0-5][0-9]\b")  # "02:00", a 24-hour clock's small hours
_EVENING_AFTER = re.compile(r"\s+(?:that|this|on the same|the same)?\s*")
_HOUR = re.compile(r"(\d{2}):(\d{2})")


def evening_clocks(text: str, cands: list[grammar.Candidate]) -> list[grammar.Candidate]:
    """A clock time written without a.m./p.m. ("at 9:14") is in the evening when "that night"
    or "that evening" follows it, or when an earlier time in the paragraph said "p.m." and this
    one would otherwise come before it ("at 10:42 p.m. ... by 11:30")."""
    out = list(cands)
    last_pm: tuple[int, int] | None = None  # (where, hour) of the last time said with "p.m."
    for i, c in enumerate(out):
        hm = _HOUR.fullmatch(str(c.form.get("tod"))) if c.form.get("t") == "TIME" else None
        if hm is None:
            continue
        hour = int(hm[1])
        if c.pattern == "time_clock" and hour >= 12:
            last_pm = (c.end, hour)
            continue
        if c.pattern != "time_at" or not 1 <= hour <= 11 or _TWENTY_FOUR.search(text, c.start, c.end):
            continue  # (not "at 02:00 the previous night": a 24-hour clock says which half of the day)
        nxt = out[i + 1] if i + 1 < len(out) else None
        evening = nxt is not None and nxt.form.get("tod") in ("EV", "NI") and nxt.pattern != "date_overnight" \
            and _EVENING_AFTER.fullmatch(text[c.end:nxt.start]) is not None
        after_pm = last_pm is not None and last_pm[1] - 12 <= hour and "\n\n" not in text[last_pm[0]:c.start]
        if evening or after_pm:
            form = {**c.form, "tod": f"{hour + 12:02d}:{hm[2]}"}
            out[i] = grammar.Candidate(c.start, c.end, c.pattern, form, c.priority)
    return out


_AND_OR = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")
_AT_CLOCK = re.compile(r"\s*,?\s*(?:at|from|starting at|beginning at)?\s*", re.IGNORECASE)


def coordinated_sets(text: str, cands: list[grammar.Candidate]) -> list[grammar.Candidate]:
    """ "every Wednesday and Saturday night": "every" reaches the days joined to its own; "airs
    Wednesdays at 9 p.m.": a clock time of a weekly day is of no one day."""
    out = list(cands)
    for i in range(1, len(out)):
        prev, c = out[i - 1].form, out[i].form
        gap = text[out[i - 1].end:out[i].start]
        if is_clock_today(c) and ((prev.get("t") == "SET" and _AT_CLOCK.fullmatch(gap))
                                  or (prev.get("habitual_clock") and RANGE_TO.fullmatch(gap))):
            out[i] = _habitual_clock(out[i])
            continue
        if c.get("t") == "SET" and str(c.get("v", "")).startswith("XXXX-WXX-") and is_clock_today(prev) \
                and _CLOCK_THEN_DAYS.fullmatch(gap):
            # "open from 10 a.m. to 4 p.m. Tuesdays through Saturdays": the hours of every such day
            j = i - 1
            while j >= 0 and is_clock_today(out[j].form):
                out[j] = _habitual_clock(out[j])
                if j == 0 or not RANGE_TO.fullmatch(text[out[j - 1].end:out[j].start]):
                    break
                j -= 1
        if prev.get("t") == "SET" and str(prev.get("v", "")).startswith("XXXX-WXX-") and c.get("k") == "wd" \
                and not c.get("rel") and _AND_OR.fullmatch(gap):
            out[i] = _weekly(out[i], c.get("tod"))
        elif c.get("t") == "SET" and re.fullmatch(r"XXXX-WXX-\dT\w+", str(c.get("v", ""))) and prev.get("k") == "wd" \
                and not prev.get("rel") and not prev.get("tod") and _AND_OR.fullmatch(gap):
            # "on Friday and Saturday nights": the plural reaches back to the first day (both of
            # them one week's, told ahead or gone by: "frost is forecast for Thursday and Friday nights")
            out[i - 1] = _weekly(out[i - 1], c["v"].split("T")[1], paired=True)
            out[i] = grammar.Candidate(out[i].start, out[i].end, out[i].pattern, {**c, "paired": True}, out[i].priority)
    return out


def _weekly(c: grammar.Candidate, tod: str | None, paired: bool = False) -> grammar.Candidate:
    """A weekday (and part of it) of every week."""
    form = {"k": "abs", "v": f"XXXX-WXX-{c.form['w']}" + (f"T{tod}" if tod else ""), "t": "SET"}
    if paired:
        form["paired"] = True
    return grammar.Candidate(c.start, c.end, c.pattern, form, c.priority)


def _habitual_clock(c: grammar.Candidate) -> grammar.Candidate:
    """A clock time of no one day ("daily at 9 a.m.")."""
    form = {"k": "abs", "v": f"XXXX-XX-XXT{c.form['tod']}", "t": "TIME", "mod": c.form.get("mod"), "habitual_clock": True}
    return grammar.Candidate(c.start, c.end, c.pattern, form, c.priority)


def _part_of_next_day(c: grammar.Candidate) -> bool:
    """ "overnight" of the writing day, or "the night"/"the morning" of the story's day: either
    belongs to a day named right after it."""
    form = c.form
    if c.pattern in ("date_overnight", "date_podpart"):  # ("early morning" of "the early morning hours of Sunday")
        return form.get("k") == "shift"
    return form.get("k") == "ana" and form.get("n") == 0 and form.get("t") == "TIME" \
        and form.get("tod") in ("MO", "AF", "EV", "NI")


def across_midnight(day: dict, local: str, other: str) -> dict:
    """The day of a local time written beside the same moment in another zone on ``day`` ("2 a.m.
    local time (2230 GMT Friday)" is Saturday's): a day on when the clocks are more than twelve
    hours apart one way, a day back the other way."""
    gap = int(local[:2]) - int(other[:2])
    if abs(gap) <= 12:
        return day
    return {"k": "edge", "edge": "after", "days": 1 if gap < 0 else -1, "inner": day, "t": "DATE"}


def _dated_clock(form: dict) -> bool:
    """A clock time on a day it names ("4 p.m. Saturday", "7 p.m. Dec. 4")."""
    if form.get("t") != "TIME" or not _HOUR.fullmatch(str(form.get("tod") or "")):
        return False
    return form.get("k") in ("wd", "date") or (
        form.get("k") == "abs" and bool(re.match(r"\d{4}-\d{2}-\d{2}T", form["v"])))


def _day_of(form: dict) -> dict:
    """The day form of a clock time on a named day."""
    if form["k"] == "abs":
        return {"k": "abs", "v": form["v"][:10], "t": "DATE"}
    return {**form, "t": "DATE", "tod": None, "mod": None}


def times_on_following_day(text: str, cands: list[grammar.Candidate]) -> list[grammar.Candidate]:
    """"midnight on Tuesday", "6 a.m., March 3", "9.30pm on Saturday night", "10:35 a.m. (0735 GMT)
    Friday", "overnight on Jan. 24": clock times and nights of the writing day followed by a day
    are on that day (each stays its own expression)."""
    out = list(cands)
    i = 0
    while i < len(out):
        if _part_of_next_day(out[i]) and i + 1 < len(out):
            # "overnight on Jan. 24", "overnight on Saturday", "late into the night Thursday": the night of that day
            j = i + 1
            if hours := _HOURS_OF.match(text, out[i].end):  # "the early morning hours of Sunday"
                j = next((k for k in range(i + 1, len(out)) if out[k].start >= hours.end()), len(out))
            nxt, gap = (out[j].form, text[out[i].end:out[j].start]) if j < len(out) else ({}, "")
            if (_TIME_THEN_DAY.fullmatch(gap) or _HOURS_OF.fullmatch(gap)) and (nxt.get("k") == "wd" or nxt.get("d")) \
                    and nxt.get("t") == "DATE":
                c = out[i]
                form = {**time_on_day(nxt, c.form), "day_at": (out[j].start, out[j].end)}
                out[i] = grammar.Candidate(c.start, c.end, c.pattern, form, c.priority)
            i += 1
            continue
        if not is_clock_today(out[i].form):
            i += 1
            continue
        k = i + 1  # the same moment in another zone, in parentheses, or a range's end joins the group
        between = BETWEEN.search(text, max(0, out[i].start - 12), out[i].start) is not None
        while k < len(out) and is_clock_today(out[k].form) and (
                PAREN_OPEN.fullmatch(text[out[k - 1].end:out[k].start])
                or RANGE_TO.fullmatch(text[out[k - 1].end:out[k].start])
                or (between and AND.fullmatch(text[out[k - 1].end:out[k].start]))):
            k += 1  # ("between 8am and 6pm on Saturday")
        if k < len(out) and _dated_clock(out[k].form) and (RANGE_TO.fullmatch(text[out[k - 1].end:out[k].start]) or (
                between and AND.fullmatch(text[out[k - 1].end:out[k].start]))):
            # "10 a.m. to 4 p.m. Saturday", "from 4 to 7 p.m. Tuesday", "between 7 a.m. and 8 p.m.
            # Tuesday": the range's end names the day of all (the day before for a start later in
            # the day than the end: "a curfew from 8 p.m. until 7 a.m. Thursday")
            day = _day_of(out[k].form)
            eve = {"k": "edge", "edge": "after", "days": -1, "inner": day, "t": "DATE"}
            for j in range(i, k):
                c = out[j]
                on = eve if str(c.form.get("tod")) > str(out[k].form.get("tod")) else day
                out[j] = grammar.Candidate(c.start, c.end, c.pattern, {**time_on_day(on, c.form), "day_at": (
                    out[k].start, out[k].end)}, c.priority)
        elif k < len(out) and (_TIME_THEN_DAY.fullmatch(text[out[k - 1].end:out[k].start]) or (
                k == i + 1 and _PRENOMINAL.search(text, max(0, out[i].start - 5), out[i].start)
                and _CLOCK_EVENT_DAY.fullmatch(text[out[i].end:out[k].start]))):
            nxt = out[k].form
            if (nxt.get("k") in ("wd", "date", "hol", "dom") and nxt.get("t") == "DATE"
                    and (nxt.get("k") != "date" or nxt.get("d"))) \
                    or (nxt.get("k") == "wd" and nxt.get("t") == "TIME") \
                    or (nxt.get("k") == "ana" and nxt.get("g") == "D" and nxt.get("t") == "DATE") \
                    or (nxt.get("k") == "abs" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(nxt.get("v")))):
                if nxt.get("k") == "wd" and nxt.get("t") == "TIME" and nxt.get("tense") is None \
                        and PAREN_OPEN.fullmatch(text[out[k - 1].end:out[k].start]):
                    # "lifted off at 11:27 p.m. EDT (0327 GMT Saturday)", written on the Friday: the
                    # same moment as a time of the writing's day, so the Saturday nearest it
                    nxt = {**nxt, "tense": 0, "near": True}
                    out[k] = grammar.Candidate(out[k].start, out[k].end, out[k].pattern, nxt, out[k].priority)
                day_at = (out[k].start, out[k].end)  # the day's own clause sets the direction
                for j in range(i, k):
                    c = out[j]
                    day, beside = nxt, out[j + 1]  # the same moment in another zone, in parentheses?
                    if PAREN_OPEN.fullmatch(text[c.end:beside.start]) and (j + 1 < k or _dated_clock(nxt)):
                        day = across_midnight(_day_of(nxt) if j + 1 == k else nxt, c.form["tod"], beside.form["tod"])
                    form = {**time_on_day(day, c.form), "day_at": day_at}
                    out[j] = grammar.Candidate(c.start, c.end, c.pattern, form, c.priority)
        i = k
    return out


RANGE_TO = re.compile(r"\s*(?:through|thru|to|until|till|-|–)\s*", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}")
_OVER_MORE_AFTER = words("over_more_than_after")


def _over_is_more(span: Span) -> bool:
    """Whether "over" before a duration means "more than" ("lasted over a week", "for over a
    year") rather than "across" ("cuts of $85 billion over 10 years")."""
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if len(span) > 1 and span[1].lower_ == "the":
        return False  # "over the past three weeks": across them
    before = doc[span.start - 1] if span.start else None
    if before is not None and before.dep_ == "prt":
        return False  # "phased in over four years": the verb's particle, then across them
    return before is None or before.lower_ in _OVER_MORE_AFTER or after in ("later", "earlier", "ago")


# markup the tokenizer left on a word ('tweet-date="January'): not part of the expression
_MARKUP = re.compile(r'[="<>]')


_ANA_DETS = words("ana_dets")
_ONE_DETS = words("one_dets")
_SACRED = words("sacred_period_adjectives")
_TALLY_WORDS = words("tally_words")  # "for the week", "ended the week": a market's running week


def _unit_phrase_form(ent: Span) -> dict | None:
    """A form for a spaCy DATE/TIME the grammar has no rule for, read off its head word: "the
    years"/"the weeks" a vague DURATION, "an additional year" one unit, "the day"/"the week"/"the
    morning" the story's own day/week (anaphoric, like "that day"). None when there is no unit head."""
    head = ent[-1]
    word = head.lower_
    lx = lexicon()
    doc = ent.doc
    if ent[0].tag_ == "PRP$" or (ent.end < len(doc) and doc[ent.end].lower_ == "of"):
        return None  # "his year"; "the night of Oct. 23", "a weekend of talks", "a quarter of"
    if word in lx["parts_of_day"] and word not in ("tonight", "overnight", "noon", "midday"):
        if ent[0].lower_ in _ANA_DETS:
            return {"k": "ana", "u": "D", "n": 0, "g": "D", "t": "TIME", "tod": lx["parts_of_day"][word]}
        return None
    code = grammar.unit_code(word)
    if code is None or code in ("S", "Q") or word == "night":
        return None
    if len(ent) > 2 and ent[-2].text == "-" and not ent[-3].like_num:
        return None  # "after-hours trading", "round-the-clock": an adjective, no time
    first = {t.lower_ for t in ent[:-1]}
    if "new" in first:
        return None  # "the new year" has a rule of its own
    if head.tag_ == "NNS" or word.endswith("s") and word != "s":
        return {"k": "abs", "v": grammar.duration_value(None, word), "t": "DURATION"}
    if code == "H" or word.startswith("min"):
        return None  # "the 89th minute" of a match (a minute's code is the month's)
    if any(t.tag_ in ("JJS", "RBS") for t in ent):
        return None  # "the worst day", "the best year of his life": a judgement, no date
    if word == "weekend" and ent[0].lower_ in ("a", "an") and ent.start > 0 and doc[ent.start - 1].lower_ == "on":
        return {"k": "abs", "v": "XXXX-WXX-WE", "t": "DATE"}  # "one of them on a weekend": some weekend
    if first & _ONE_DETS and first <= _ONE_DETS:  # not "a good day", "a bad week": a judgement, no length
        return None if names_a_kind(ent) else {"k": "abs", "v": grammar.duration_value(1, word), "t": "DURATION"}
    if first & _SACRED:
        return None  # "the holy month", "the festive season": a feast's own time, not the story's month
    if code == "W" and ent[0].lower_ == "the" and ent.start > 0 and doc[ent.start - 1].lemma_ in _TALLY_WORDS:
        # "For the week, the S&P 500 was up": the week of the story's day, or the writing's (story)
        return {"k": "ana", "u": "W", "n": 0, "g": "W", "t": "DATE", "tally": True}
    if ent[0].lower_ in _ANA_DETS and code in ("D", "W", "M", "Y"):
        if code == "D" and any(c.dep_ == "relcl" for c in head.children) \
                and not (ent.start > 1 and doc[ent.start - 1].text == "," and doc[ent.start - 2].ent_type_ == "DATE"):
            # "since the day I arrived": the day of what the clause tells, unsaid (but "on Oct. 1,
            # the day it opened" is that date)
            return None
        return {"k": "ana", "u": code, "n": 0, "g": code, "t": "DATE"}
    return None


def _vague_form(ent: Span) -> dict:
    """A time the grammar cannot place, at the granularity its head word names ("the first
    week": XXXX-WXX; "the second night": a night; "the third week in a row", "the third
    fundraising quarter": the unit word, wherever it stands)."""
    lx = lexicon()
    head = next((t.lower_ for t in reversed(ent) if unit_code(t.lower_) or t.lower_ in lx["parts_of_day"]),
                ent[-1].lower_)
    label = "TIME" if ent.label_ == "TIME" else "DATE"  # (a span cut from another entity has no label)
    if head in lx["parts_of_day"] and label == "TIME":
        return {"k": "vague", "t": "TIME", "tod": lx["parts_of_day"][head]}
    if head in ("hour", "minute"):  # "the first hour of the debate": an hour long, at no clock time
        return {"k": "abs", "v": grammar.duration_value(1, head), "t": "DURATION"}
    code = unit_code(head)
    grain = code if code in ("W", "M", "Q", "Y", "DE", "CE") and label == "DATE" else None
    return {"k": "vague", "t": label, "g": grain}


def _dateparser_form(text: str) -> dict | None:
    """An absolute calendar date in a short span dateparser can read (day, month and year given).
    The span must name a month or be a numeric date: dateparser also reads "the 89th minute" as
    89 minutes before the clock of the machine it runs on."""
    if not any(ch.isdigit() for ch in text):
        return None
    if not (_NUMERIC_DATE.search(text) or any(w.lower().rstrip(".") in lexicon()["months"] for w in text.split())):
        return None
    try:
        import dateparser
    except ImportError:  # pragma: no cover
        return None
    got = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True,
                                                               "REQUIRE_PARTS": ["day", "month", "year"]})
    return {"k": "abs", "v": got.date().isoformat(), "t": "DATE"} if got else None


def _verb_last_conjoined(span: Span) -> bool:
    """Whether "last" opening a length is a verb conjoined to the one before, whatever its tag
    ("will begin on May 7 and last five days"; not "the first and last five days")."""
    doc = span.doc
    return span.start > 1 and doc[span.start - 1].lower_ in ("and", "or") \
        and doc[span.start - 2].lower_ not in ("first", "the", "next") and doc[span.start - 2].pos_ != "ADJ"


def own_extent(span: Span, form: dict, parsed: bool, start: int) -> tuple[Span, dict, int] | None:
    """The words a match took that belong to its neighbours: the verb "last" ("expected to last
    18 months"), "over" spreading an amount across a period ("$1.2 trillion in cuts over 10
    years"), a comparison of an amount ("$74 million more than a year ago"), the article of a
    noun a season modifies ("the winter storm"), the complementizer "that" ("told MSNBC that
    Friday's announcement"), punctuation or markup glued to the first word ("....This week",
    'tweet-date="January'). Returns the span, its form and its first character (``start``, the
    match's, when the token holds more), or None when what is left is no expression."""
    if len(span) > 1 and span[0].lower_ == "last" and form.get("t") == "DURATION" and (
            span[0].tag_ in ("VB", "VBP", "VBZ") or _verb_last_conjoined(span)):
        span = span[1:]
    if span[0].lower_ == "over" and len(span) > 1 and form.get("mod") == "MORE_THAN" \
            and form.get("t") == "DURATION" and not _over_is_more(span):
        # spread across the period, not longer than it ("over a year ago" is more than a year ago)
        span, form = span[1:], {**form, "mod": None}
    if span[0].lower_ == "over" and len(span) > 2 and form.get("mod") == "MORE_THAN" and span[-1].lower_ == "ago" \
            and span.start > 0 and span.doc[span.start - 1].lemma_ in _OVER_PARTICLE_VERBS:
        span, form = span[1:], {**form, "mod": None}  # "took over two years ago": the phrasal verb's "over"
    before = span.doc[span.start - 1] if span.start > 0 else None
    if len(span) > 3 and span[1].lower_ == "than" and span[0].lower_ in ("more", "less", "fewer") and form.get("mod") \
            and before is not None and (before.like_num or before.lower_ in AMOUNT_WORDS):
        # "$74 million more than a year ago": the comparison is the amount's, the date plain
        span, form = span[2:], {**form, "mod": None}
    if form.get("k") == "season" and len(span) > 1 and span[0].lower_ == "the" and span.doc.has_annotation("DEP") \
            and span[-1].dep_ in ("compound", "nmod") and span[-1].head.i >= span.end:
        span = span[1:]  # "the winter storm": the article is the noun's, the season alone is the date
    if parsed and len(span) > 1 and span[0].lower_ == "that" and span[0].dep_ == "mark":
        span, form = _rematch(span[1:])
    elif len(span) > 1 and span[0].lower_ == "past" and before is not None and before.lemma_.lower() in _MOVE_PAST:
        span, form = _rematch(span[1:])  # "seek to move past days of turmoil": the preposition
    elif len(span) > 3 and span.end < len(span.doc) and span.doc[span.end].tag_ == "POS" and any(
            t.lower_ == "of" for t in span[1:4]) and span[0].lower_ in _PART_HEADS:
        # "by the end of next week's contests": the part is the contests', the week alone the date
        span, form = _rematch(span[next(t.i for t in span if t.lower_ == "of") + 1 - span.start:])
    if span is None:
        return None
    if parsed and (len(span) == 2 or span[2:].text.lower() == "or so") and span[0].lower_ == "next" \
            and form.get("k") == "shift" and form.get("n") == 1 \
            and span.start > 0 and span.doc[span.start - 1].lower_ == "the":
        # "joined in 1946. The next year he helped them win": the story's next, article and all;
        # "will be closed over the next year or so": the writing's next, article and all
        span = span.doc[span.start - 1:span.end]
        return span, ({**form, "k": "ana"} if clause_tense(span) < 0 else form), span.start_char
    if span.start_char >= start:
        return span, form, span.start_char
    text = span.doc.text  # (built anew on each access: only when needed)
    glued = _MARKUP.search(text, span.start_char, start) or not any(ch.isalnum() for ch in text[span.start_char:start])
    return span, form, start if glued else span.start_char


def _rematch(rest: Span) -> tuple[Span | None, dict]:
    """``rest`` with the form the grammar reads in it alone, or None when it is no single,
    whole expression."""
    found = grammar.find(rest.text)
    if len(found) != 1 or found[0].end - found[0].start != len(rest.text):
        return None, {}
    return rest, dict(found[0].form)


def with_entities(doc: Doc, cands: list[grammar.Candidate]) -> list[grammar.Candidate]:
    """spaCy DATE/TIME entities the grammar missed ("the eighth day", "the nineties"), when they
    hold a temporal word: absolute ones via dateparser, the rest kept with a symbolic value."""
    extra = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        s, e = ent.start_char, ent.end_char
        if any(c.start < e and s < c.end for c in cands):
            continue
        lowered = {t.lower_ for t in ent}
        if not lowered & temporal_words() or ent[-1].lower_ in ("old", "annual") or lowered & _NOT_TIMEX_WORDS:
            continue
        if ent[-1].lower_ in ("half", "quarter") and ent.end < len(doc) and doc[ent.end].lower_ == "of":
            continue  # "the second half of 'Breaking Bad'": the grammar reads halves of years
        while ent and (ent[0].lower_ in _LEADING_PREPS or (  # "in the hours", "wildly in the hours"
                ent[0].pos_ == "ADV" and len(ent) > 1 and ent[1].lower_ in _LEADING_PREPS)):
            ent = ent[1:]
        if not ent:
            continue
        while len(ent) > 1 and (ent[-1].pos_ in ("ADP", "PUNCT", "CCONJ") or ent[-1].lower_ == "alone"):
            ent = ent[:-1]  # "the night of", "the week following", "the first month alone"
        form = _dateparser_form(ent.text)
        if form is None and not lowered & _ENT_CUES:
            form = _unit_phrase_form(ent)
            if form is None:
                continue
        if form is None:
            # ordinal days ("the eighth day"), spelled decades ("the nineties"): clearly a time
            if counts_in_a_row(ent):
                continue
            form = _vague_form(ent)
        extra.append(grammar.Candidate(ent.start_char, ent.end_char, "spacy_ent", form))
    return sorted(cands + extra, key=lambda c: c.start) if extra else cands


def with_dateline(doc: Doc, cands: list[grammar.Candidate], text: str) -> list[grammar.Candidate]:
    """The dateline's date is a DATE even when the grammar missed it."""
    line = doc._.dateline
    if not line:
        return cands
    s, e = line
    if any(c.start < e and s < c.end for c in cands):
        return cands
    found = find_dateline(text[: e + 1], search_chars=e + 1)
    if found is None:
        return cands
    form = {"k": "abs", "v": found.date.isoformat(), "t": "DATE"}
    return sorted(cands + [grammar.Candidate(s, e, "dateline", form)], key=lambda c: c.start)
