"""Reading a form in its sentence: sets, habits, generic months, rates and dated events.

"a Sunday talk show" is a SET, "often loses in November" is any November, "Independence Day"
is the one of the country the sentence names.
"""
from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from ...timex.numbers import lexicon, unit_code
from .filters import LAPSE_WORDS, temporal_words
from .forms import is_clock_today
from .lines import opens_line
from .tense import (BID_LEMMAS, SCHEDULED_NOUNS, WEEKDAY_WORDS, clause_tense, first_verb, in_present_clause,
                    present_perfect, verb_of)
from .words import words


# a time far behind the writing ("four years ago", "the 1980s", "in 1998")
_LONG_AGO = re.compile(r"\b(?:(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|several|"
                       r"many|a few) (?:years|decades) ago|decades ago|a (?:decade|generation|century) ago|"
                       r"(?P<decade>the (?:1[89]|20)[0-9]0s))\b|\b(?P<year>(?:1[89]|20)[0-9]{2})\b(?![,.]?[0-9])",
                       re.IGNORECASE)


_FROM_YEAR_TO = re.compile(r"\bfrom\b.*\b(?:1[89]|20)\d\d\b.*\bto\b[^,;]*\Z")


def _told_of_a_thing(doc: Doc, char: int, span: Span) -> bool:
    """Whether a time long past at ``char``, after "today", is told in a relative clause about
    something else ("is closed today for Good Friday, which gives investors time to absorb a fact
    that seemed unimaginable four years ago"): no contrast with the present."""
    if char < span.start_char:
        return False
    tok = doc.char_span(char, char + 1, alignment_mode="expand")
    return tok is not None and first_verb(tok.root).dep_ == "relcl"


def _nowadays(span: Span) -> bool:
    """"even today", or a present "today" set against a time long past in its sentence or the one
    before ("Four years ago we were bankrupt. Today we are hiring"): these days, not the day of
    writing."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in ("even", "still"):
        return True
    if span.end < len(doc) and doc[span.end].text in ("'s", "’s"):
        return False
    if _FROM_YEAR_TO.search(doc[span.sent.start:span.start].text):
        return True  # "has fallen from about 50 percent in 2009 to less than 3 percent today"
    verb = verb_of(span)
    progressive = verb is not None and doc[verb].tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in doc[verb].children)
    modal = verb is not None and doc[verb].lower_ in ("can", "ca", "must")  # "Today it cannot", its verb elided
    if not (in_present_clause(span) or progressive or modal):
        return False
    sent = span.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    # a year or a decade counts only against a "Today" that opens its sentence ("The island
    # opened in 1954. Today, ..."), not "was founded in 1885. Its shares are up today"
    opens = all(t.is_punct or t.pos_ == "CCONJ" for t in doc[sent.start:span.start])
    published = doc._.published  # (an ISO string)
    for m in _LONG_AGO.finditer(doc[start:sent.end].text):
        if m.group("year"):
            if opens and published and int(m.group("year")) <= int(str(published)[:4]) - 3:
                return True
        elif opens or (not m.group("decade") and not _told_of_a_thing(doc, doc[start].idx + m.start(), span)):
            return True
    return False


def _national_day(form: dict, span: Span) -> dict:
    """Independence Day is the one of the country the sentence names ("Ukraine marked
    Independence Day": Aug. 24), the United States' July 4 otherwise."""
    days = lexicon()["independence_days"]
    sent = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
    for t in sent:
        if t.lower_ in days:  # ("_doc", the table's note, is never a word)
            return {**form, "rule": days[t.lower_]}
    return form


def _dated_event(form: dict, span: Span) -> dict:
    """A year-less day that names a past event of one year by the noun after it ("the Sept. 11
    attacks"), or by "after"/"since" far from that day of the year, is that event's day, not
    the last Sept. 11."""
    events = lexicon()["dated_events"]
    event = events.get(f"{form['m']:02d}-{form['d']:02d}")
    if event is None:
        return form
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    anchor = span.doc._.published
    written = dt.date.fromisoformat(anchor[:10]) if anchor else None
    day = dt.date(written.year, form["m"], form["d"]) if written else None
    of_event = span.start > 1 and span.doc[span.start - 1].lower_ == "of" \
        and span.doc[span.start - 2].lower_ in event["nouns"]  # "the attacks of Sept. 11"
    if of_event or (nxt is not None and nxt.lower_ in event["nouns"]):
        if nxt is not None and nxt.lower_ == "memorial" and written and 0 <= (written - day).days <= 7:
            return form  # "her collapse at the Sept. 11 memorial", written that week: this year's ceremony
        return {"k": "abs", "v": event["date"], "t": "DATE", "event": True}
    # "ever since Sept. 11", "after Sept. 11": the event too, unless this year's day is near
    # the time of writing ("after Sept. 11, the campaign ..." written that October)
    if span.start == 0 or span.doc[span.start - 1].lower_ not in ("after", "since", "before") or written is None:
        return form
    return {"k": "abs", "v": event["date"], "t": "DATE", "event": True} if abs((written - day).days) > 60 else form


_ONE_UNIT = re.compile(r"PT?1[A-Z]")
_GRANT_LEMMAS = words("grant_lemmas")  # "giving lenders a year": a length granted


def _is_rate(span: Span, form: dict) -> bool:
    """"a day"/"an hour" right after a plural noun is a rate ("barrels a day", "cars a week")."""
    if span[0].lower_ not in ("a", "an", "per") or len(span) != 2 or not _ONE_UNIT.fullmatch(str(form.get("v"))):
        return False
    if span.end < len(span.doc) and span.doc[span.end].lower_ in LAPSE_WORDS:
        return False  # "his comments a day after he made them", "delegates a month into the race": a lapse of time
    prev = span.doc[span.start - 1] if span.start > 0 else None
    if prev is not None and (prev.dep_ == "dative" or prev.head.lemma_ in _GRANT_LEMMAS):
        return False  # "giving lenders a year to prepare": a length granted, not a rate
    return prev is not None and prev.tag_ in ("NNS", "NNPS") and prev.lower_ not in temporal_words()


def _unit_with_when(span: Span) -> str | None:
    """The unit of "a year"/"a day" that a relative clause picks out ("a year when Bush won", "a
    day in which polls closed", "closing the books on a year that broke records"): one time, not a
    length of one."""
    doc = span.doc
    if len(span) != 2 or span[0].lower_ not in ("a", "an") or span.end >= len(doc) or span.start == 0 \
            or doc[span.start - 1].lower_ not in ("in", "on", "during", ","):
        return None  # not "it took a year when it should have taken a month"
    nxt = doc[span.end:span.end + 2].text.lower()
    if not (nxt.startswith(("when ", "that ", "which ")) or nxt in ("in which", "during which")):
        return None
    unit = unit_code(span[1].lower_)
    return unit if unit in ("D", "W", "M", "Y") else None


def _present_clause_after(span: Span) -> bool:
    """Whether the clause right after a span is told in the present ("a year when arguments
    against big government are resonating")."""
    verb = next((t for t in span.doc[span.end:span.end + 10] if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.tag_ in ("VBZ", "VBP")


_EVENT_ENDINGS = ("ance", "ence", "ment", "tion", "sion")  # nouns of an act: "an appearance", "a statement"


def _describes_tomorrow(tok: Token) -> bool:
    """Whether the word between "a" and "tomorrow" describes it ("a brighter tomorrow", "have a
    job tomorrow") rather than being an event "tomorrow" dates ("an appearance tomorrow")."""
    return not (tok.pos_ == "NOUN" and (tok.lower_ in SCHEDULED_NOUNS or tok.lower_.endswith(_EVENT_ENDINGS)))


def _modifies_noun(span: Span) -> bool:
    """Whether a date is a noun's modifier ("a Thursday rally", "a Tuesday breakfast"): then the
    article is the noun's, and the date the day of that event, not any such day."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.is_lower


def _weekly_kind(span: Span) -> bool:
    """A weekday naming a kind of weekly event ("a Sunday talk show", "the Sunday shows",
    "Friday prayers"), not one day: no possessive, and a noun for what recurs after it."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text in ("'s", "’s"):
        return False
    nxt = doc[span.end:span.end + 3]
    nouns = [t for t in nxt if t.lower_ in _WEEKLY_NOUNS]
    if not nouns or not all(t.lower_ in _WEEKLY_MODIFIERS for t in nxt[:nouns[0].i - span.end]):
        return False
    # "a Sunday talk show", "the Sunday shows"; not "his Sunday Mass", "the Sunday program he hosted"
    indefinite = span.start > 0 and doc[span.start - 1].lower_ in ("a", "an")
    return indefinite or nouns[0].tag_ == "NNS"


def _habitual(span: Span) -> bool:
    """A present clause, or a past one with habitual "would", whose sentence says the time
    recurs ("airs weekdays from 6 a.m.", "the shift usually starts at 6 a.m.", "every Friday,
    from 8 a.m., she would lead a meeting"): a time of any day, not of the writing day."""
    if not span.doc.has_annotation("SENT_START") or not any(t.lower_ in _HABITUAL_CUES for t in span.sent):
        return False
    verb = verb_of(span)
    if any(t.dep_ == "aux" and t.lower_ == "would" for t in span.sent) and any(
            t.lower_ in ("every", "each") and t.i + 1 < len(t.doc) and _recurring_time(t.doc[t.i + 1])
            for t in span.sent):
        return True  # (not "said every member would vote at 9 a.m.")
    return clause_tense(span) == 0 and (in_present_clause(span) or verb is None)


_HABITUAL_CUES = words("habitual_cues")
_GENERIC_CUES = words("generic_cues")


def _generic(span: Span) -> bool:
    """A present clause whose sentence says what usually happens ("the Senate tends to slow
    down as it gets closer to November", "turnout often does not translate into a victory in
    November"): a month or season of any year."""
    if not span.doc.has_annotation("SENT_START") or not any(t.lower_ in _GENERIC_CUES for t in span.sent) \
            or clause_tense(span) not in (0, 1):
        return False
    verb = first_verb(span.root)
    if present_perfect(verb):
        return False  # "have been running shifts since early August": counted from now
    # (a cue of the clause or one above it: not "states, which typically take 18 months, though
    # officials hope to finish by the spring"), on a verb in the present ("Normally we see the
    # rise begin in early December", "We usually expect cases to fall by November")
    clause = {verb, *verb.ancestors}
    # (a clause looking ahead is generic only by a cue above it: "usually expect cases to fall by
    # November", not "banks usually mail statements in early February", this year's)
    cued = [first_verb(t) for t in span.sent if t.lower_ in _GENERIC_CUES and first_verb(t) in clause
            and (clause_tense(span) == 0 or first_verb(t) != verb)]
    return any(t.tag_ in ("VBZ", "VBP") for v in cued for t in (v, *(c for c in v.children if c.dep_ == "aux")))


def _recurring_time(tok: Token) -> bool:
    """A word "every"/"each" makes a recurring time of ("every Friday", "each morning")."""
    word = tok.lower_
    return word in WEEKDAY_WORDS or word in lexicon()["parts_of_day"] or unit_code(word) in ("D", "W", "M", "Y")


_WEEKLY_NOUNS = words("weekly_nouns")
_WEEKLY_MODIFIERS = words("weekly_modifiers")


# words after which "one day" is some day ahead ("could one day stretch", "hopes to one day run")
_ONE_DAY_AHEAD = words("one_day_ahead")
_ONE_DAY_LENGTH = words("one_day_length_preps")  # "delayed by one day", "closed for one day": a length
# words after "one day" that make it a gap ("one day behind"), as a comparative does ("one day longer")
_ONE_DAY_OFF = words("one_day_off")
_DAY_NOUNS = words("day_nouns")  # "the eve of tomorrow's vote", "the morning of yesterday": that day


def read_in_context(form: dict, span: Span, pattern: str, parsed: bool) -> dict:
    """A grammar form re-read by the words around it: "one day" looking ahead, "the next year"
    and "his last year" in a story, "a year when ...", "on a Tuesday", a rate, "even today", "a
    brighter tomorrow", a country's Independence Day, a day named for an event."""
    doc = span.doc
    if pattern == "dur_num" and span.text.lower() == "one day" and parsed and not (
            span.end < len(doc) and (doc[span.end].lower_ in _ONE_DAY_OFF or doc[span.end].tag_ in ("JJR", "RBR"))) \
            and not (span.start > 0 and doc[span.start - 1].lower_ in _ONE_DAY_LENGTH) and (clause_tense(span) > 0 or (
            span.root.dep_ == "npadvmod" and span.root.head.lemma_ in BID_LEMMAS) or (
            span.end < len(doc) and doc[span.end].tag_ == "VB") or (  # "the hope he one day follow"
            span.start > 0 and doc[span.start - 1].lower_ in _ONE_DAY_AHEAD and span.end < len(doc)
            and doc[span.end].pos_ not in ("ADP", "PUNCT", "DET", "CCONJ"))):  # "could one day stretch", not "to one day in jail"
        form = {"k": "abs", "v": "FUTURE_REF", "t": "DATE"}  # "one day they will return"
    if pattern == "date_season" and len(span) > 2 and span[0].lower_ == "the" and span[1].lower_ == "next" \
            and form.get("rel") == "next" and parsed and clause_tense(span) < 0:
        # "made the album in 1998 ... booked at the festival the next spring": the story's next
        form = {"k": "ana", "u": "Y", "n": 1, "g": "Y", "t": "DATE", "s": form["s"], "mod": form.get("mod")}
    if pattern == "rel_unit" and span[0].lower_ == "last" and span.start > 0 \
            and doc[span.start - 1].tag_ in ("PRP$", "POS") and form.get("k") == "shift":
        # "2008, his last year in office": the final one of his, no "last year"
        form = {"k": "ana", "u": form["u"], "n": 0, "g": form["g"], "t": "DATE", "needs_ref": True}
    if pattern == "rel_partof" and span[-1].lower_ == "year" and span.start > 1 and doc[span.start - 1].text == "," \
            and re.fullmatch(r"(?:1[5-9]|20)[0-9]{2}", doc[span.start - 2].text):
        # "By 2026, the final year of the outlook": the year in apposition
        form = {"k": "ana", "u": "Y", "n": 0, "g": "Y", "t": "DATE", "needs_ref": True}
    unit = _unit_with_when(span) if pattern == "dur_num" else None
    if unit:  # "1988, a year when Bush won": that year; "in a year when Trump is talking": this one
        form = {"k": "shift" if _present_clause_after(span) else "ana", "u": unit, "n": 0, "g": unit,
                "t": "DATE"}
    if form.get("k") == "wd" and not form.get("rel") and span.start > 0 \
            and doc[span.start - 1].lower_ in ("a", "an", "one") and not _modifies_noun(span) \
            and not (span.start > 1 and doc[span.start - 2].text == ","):
        # "fell on a Tuesday", "one Sunday", "on a Friday afternoon in 1911": which one unsaid
        # (but "on Sept. 15, 1963, a Sunday": the day just named)
        tod = form.get("tod")
        form = {"k": "abs", "v": f"XXXX-WXX-{form['w']}" + (f"T{tod}" if tod else ""), "t": "TIME" if tod else "DATE"}
    if pattern == "dur_num" and _is_rate(span, form):
        form = {"k": "abs", "v": form["v"], "t": "SET"}  # "500,000 barrels a day"
    if pattern == "date_day" and span.text.lower() == "today" and parsed and _nowadays(span):
        form = {"k": "abs", "v": "PRESENT_REF", "t": "DATE"}  # "even today": these days
    if pattern == "date_day" and span.text.lower() == "tomorrow" and span.start > 0 and (
            doc[span.start - 1].lower_ in ("a", "an") or span.start > 1 and doc[span.start - 2].lower_ in ("a", "an")
            and doc[span.start - 1].is_alpha and _describes_tomorrow(doc[span.start - 1])):
        # "hoping for a brighter tomorrow", "imagine a tomorrow" (not "an appearance tomorrow")
        form = {"k": "abs", "v": "FUTURE_REF", "t": "DATE"}
    if pattern == "date_day" and span.text.lower() in ("tomorrow", "yesterday") and span.start > 1 \
            and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].tag_ in ("NN", "NNS") \
            and doc[span.start - 2].lower_ not in _DAY_NOUNS:
        # "the candidates of tomorrow", "the rhetoric of yesterday": an era, not a day (but "on
        # the eve of tomorrow's Budget" is the day)
        form = {"k": "abs", "v": "FUTURE_REF" if span.text.lower() == "tomorrow" else "PAST_REF", "t": "DATE"}
    if is_clock_today(form) and parsed and _habitual(span) and not opens_line(doc.text, span.start_char):
        # (not a live blog's entry head, "11:30 a.m. ET — What we're expecting", run on into the entry)
        form = {"k": "abs", "v": f"XXXX-XX-XXT{form['tod']}", "t": "TIME", "mod": form.get("mod")}  # "airs weekdays at 6 a.m."
    if form.get("k") == "quarter" and form.get("q") and form.get("y") is None and "yoff" not in form \
            and not form.get("rel") and parsed and _habitual(span):
        form = {"k": "abs", "v": f"XXXX-Q{form['q']}", "t": "SET"}  # "business is usually done in the fourth quarter"
    if ((form.get("k") == "date" and not form.get("d")) or form.get("k") == "season") and parsed \
            and not form.get("rel") and form.get("y") is None and "yoff" not in form and _generic(span):
        # "a win in the primaries often does not translate into a victory in November": any year's
        code = f"{form['m']:02d}" if form["k"] == "date" else form["s"]
        form = {"k": "abs", "v": f"XXXX-{code}", "t": "DATE", "mod": form.get("mod")}
    if form.pop("paired", False) and parsed and clause_tense(span) != 0:
        # "frost is forecast for Thursday and Friday nights": this week's two nights, not every week's
        day, tod = re.fullmatch(r"XXXX-WXX-(\d)T(\w+)", form["v"]).groups()
        form = {"k": "wd", "w": int(day), "t": "TIME", "tod": tod, "mod": None, "rel": None, "tense": None}
    if form.get("k") == "wd" and not form.get("rel") and len(span) == 1 and _weekly_kind(span):
        form = {"k": "abs", "v": f"XXXX-WXX-{form['w']}", "t": "SET"}  # "hosts a Sunday talk show"
    if form.get("k") == "season" and not form.get("rel") and span.end < len(doc) and doc[span.end].lower_ == "so" \
            and span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "far":
        form = {**form, "tense": -1}  # "the coldest night of the winter so far": the winter now ending
    if form.get("k") == "hol" and span.text.lower().startswith("independence day"):
        form = _national_day(form, span)
    if form.get("k") == "date" and form.get("y") is None and form.get("d"):
        form = _dated_event(form, span)
    return form
