"""Is this match a temporal expression at all?

The grammar matches words that are often something else: "March" the verb, "May" the name,
"2000" the count, "now" in "now that", "the day" in an idiom. These predicates veto a match
from its context before it is normalized.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ... import resources
from ...numbers import YEAR_LEADERS
from ...timex.numbers import lexicon, unit_code
from .tense import (DEFER_LEMMAS, FORWARD_NOUNS, PRICED_FORWARD_NOUNS, PRICES, SCHEDULED_NOUNS, WEEKDAY_WORDS,
                    YEAR_NOUNS, clause_tense, in_headline)
from .words import words

_CONTEXT_WORDS = words("context_words")
_COUNT_CUES = words("count_cues")
_COUNT_VERBS = words("count_verbs")
_DISTANCE_UNITS = words("distance_units")  # "the 1500 meters": a race, no year  # verbs of passing a figure ("may top 2000")
_MINUTES_CUES = words("minutes_cues")  # words after "minutes" that make them a meeting's record
# an age before its length: "older than 6 months", "aged 2 years"
_AGE_BEFORE = re.compile(r"\b(?:(?:older|younger) than|aged)\s+(?:[\w.,-]+\s+)?\Z", re.IGNORECASE)
# "everyone 6 months and older": an age
_AGE_AFTER = re.compile(r"\s+(?:and|or)\s+(?:older|younger|up|over|under)\b", re.IGNORECASE)
_STREAK_WORDS = words("streak_words")  # "straight", "consecutive": a count of periods follows
_NUMBERED_NOUNS = words("numbered_nouns")  # "resolution 1701": the number names one of a series
_CHANGE_NOUNS = words("change_nouns")  # "cuts of a quarter": a share of what changed
_LENGTH_PREPS = words("length_preps")  # "within minutes of", "for minutes": a length follows
_WEEKDAY_KINDS = words("weekday_kinds")  # nouns a weekday names a kind of ("Sunday school")
_BROADCASTS = words("broadcast_nouns")  # "the 6 o'clock news": a programme
_SUDDEN_CHANGE = words("sudden_change_lemmas")
_SUDDEN_ADVERBS = words("sudden_adverbs")  # "almost overnight": all at once
_ARRIVAL_LEMMAS = words("arrival_lemmas")  # "Spring arrived", "Fall begins"
_TITLE_SMALL_WORDS = words("title_small_words")  # "of", "the": lower-case inside a title
_NEAR_FUTURE = words("near_future_adjs")  # "the near future", "the foreseeable future"
_MARCH_ON = words("march_prepositions")  # "to march on the capital": the verb
_COMPARISON_BASIS = re.compile(r"\b(?:year|month|quarter|week)-(?:over|on|to)-(?:year|month|quarter|week)\b", re.I)
_PARTITIVES = {"some", "many", "most", "all", "both", "none", "each", "several", "few", "any"}  # "two of those days"
_MAGNITUDE_SUFFIXES = {"m", "mn", "bn", "b", "k", "tn", "trn"}  # "£480m" tokenized "480" "m"
_GLUED_AMOUNT = re.compile(r"[$€£]?[0-9][0-9.,]*(?:thousand|million|billion|trillion|bn|m|k)", re.I)
_CLOCK_PAST = re.compile(r"\s+(?:past|to|after|before)\s+(?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|"
                         r"eleven|twelve|noon|midnight)\b", re.IGNORECASE)
_HOURS_KINDS = words("hours_kinds")  # "visiting hours", "business hours": a schedule's name
_AGE_RANGE_END = re.compile(r"\s+(?:and|to|or)\s+\S+(?:\s\S+)?\s+(?:years?|months?|weeks?|days?)[\s-]+old\b", re.I)


_NOT_TIME_AFTER_SOON = words("not_time_after_soon")


def _vague_ref_ok(span: Span, parsed: bool) -> bool:
    """Whether a vague adverb refers to the time of writing (TimeML tags "soon", "previously"
    only then). "soon" in "as soon as X", "soon after X" or a past clause ("was soon released")
    is relative to another event; "previously" on a participle ("the previously announced
    plan", "as was previously reported") dates that participle's report, not the clause."""
    word = span.text.lower()
    doc = span.doc
    nxt = doc[span.end].lower_ if span.end < len(doc) else ""
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    if word == "recently" and prev == "as" and nxt == "as":
        return False  # "as recently as Jan. 25": a hedge on the date that follows
    if word == "now" and nxt == "," and (span.start == 0 or doc[span.start].is_sent_start or prev in ('"', "“", "``")):
        return False  # "Now, compare that with ...": a discourse marker opening the sentence (TimeBank: 3 of 3)
    if word == "soon":
        if nxt in _NOT_TIME_AFTER_SOON:
            return False
        if prev == "as" and nxt == "as":
            after = doc[span.end + 1].lower_ if span.end + 1 < len(doc) else ""
            return after == "possible"
        return not (parsed and clause_tense(span) < 0)
    if word == "previously" and parsed:
        head = span.root.head
        fronted = span[0].is_sent_start and nxt == ","  # "Previously, a man ... would be disqualified"
        if head.tag_ == "VBN" and not fronted and not any(
                c.dep_ == "aux" and (c.lemma_ == "have" or c.tag_ == "MD") for c in head.children):
            return False
        if head.pos_ == "ADJ" and head.dep_ == "amod":
            return False  # "a previously unknown species": a noun described, no time told
    return True


_NAME_LABELS = frozenset({"ORG", "WORK_OF_ART", "FAC", "GPE", "LOC", "PRODUCT", "PERSON", "NORP"})


_LOWERCASE_DEICTICS = words("lowercase_deictics")
_QUOTES = frozenset('"“”\'‘’`') | {"''", "``"}


def _in_quoted_title(span: Span) -> bool:
    """A capitalized phrase alone between quotation marks is a title (ABC's "This Week",
    "Last Week Tonight"), not a time expression."""
    doc = span.doc
    if not all(t.is_title or t.is_upper or not t.is_alpha for t in span) or _BARE_YEAR.fullmatch(span.text):
        return False  # (a year inside a name is a date: "Indian Americans for Hillary 2008")
    # a season's name keeps its title's small words ("The Winds of Winter"), as does a title the
    # time word opens ("Midnight at the Dew Drop")
    small = span[-1].lower_ in _SEASON_WORDS or (span.start > 0 and doc[span.start - 1].text in _QUOTES) \
        or _closed_by_quote(doc, span.end)  # "A Hundred Years of Mondays,"
    i = span.start - 1
    while i >= 0 and _title_word(doc[i], small) and span.start - i < 6:
        i -= 1
    j = span.end
    while j < len(doc) and _title_word(doc[j], small) and j - span.end < 6:
        j += 1
    if j + 1 < len(doc) and doc[j].text in (".", ",", "!", "?") and doc[j + 1].text in _QUOTES:
        j += 1  # ''60 Minutes.''
    # (an opening quote hugs the title, a closing one its last word: not ''... White House on Thursday ``...)
    return i >= 0 and j < len(doc) and doc[i].text in _QUOTES and doc[j].text in _QUOTES \
        and not doc[i].whitespace_ and not doc[j - 1].whitespace_


def _closed_by_quote(doc: Doc, i: int) -> bool:
    """Whether a closing quotation mark stands at token ``i``, or right after a comma or period there."""
    if i < len(doc) and doc[i].text in (",", "."):
        i += 1
    return i < len(doc) and doc[i].text in _QUOTES


def _title_word(tok: Token, small: bool) -> bool:
    """A word of a title: capitalized, or (with ``small``) a short word titles keep in lower case."""
    if tok.is_title or (tok.text in ("'s", "’s") and tok.i > 0 and tok.doc[tok.i - 1].is_title):
        return True  # ("Tuesday's Child")
    if not small or tok.lower_ not in _TITLE_SMALL_WORDS or tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]  # (two in a row: "Midnight at the Dew Drop")
    return prev.is_title or (prev.lower_ in _TITLE_SMALL_WORDS and tok.i > 1 and tok.doc[tok.i - 2].is_title)


def _in_name(span: Span) -> bool:
    """A capitalized time word inside a longer name ("USA Today", "Fox News Sunday", "Easter
    Island") is part of the name, not a date (TimeML tags none). Words news prints in lower
    case ("today", "daily", "now") are names whenever capitalized mid-sentence ("Russia
    Today", "The Daily Beast", "Larry King Now"), whatever the entity recognizer says."""
    first = span[0]
    if _in_quoted_title(span):
        return True
    if first.is_upper and first.lower_ in _LOWERCASE_DEICTICS and first.i > 0 and span.doc[first.i - 1].is_upper \
            and span.doc[first.i - 1].is_alpha:
        return True  # "USA TODAY", even in a line of capitals
    # all capitals after a lower-case word is emphasis, not a name ("we need it NOW!")
    capitalized = first.is_title or (first.is_upper and not (first.i > 0 and span.doc[first.i - 1].is_lower))
    if capitalized and (first.lower_ in _LOWERCASE_DEICTICS or (  # "CBS This Morning", "ABC's This Week"
            (first.lower_ in _DEICTIC_DETERMINERS or span[-1].lower_ in _LOWERCASE_DEICTICS)  # "Real News Right Now"
            and len(span) > 1 and all(t.is_title for t in span))) \
            and first.i > 0 and (not first.is_sent_start or span.doc[first.i - 1].is_title):
        # (a parser may open a sentence inside a name: "called Real News | Right Now")
        prev = span.doc[first.i - 1]
        if prev.is_quote and first.i > 1 and span.doc[first.i - 2].text in ("'s", "’s"):
            prev = span.doc[first.i - 2]  # ABC's "This Week with ..."
        if (prev.is_alpha or prev.text in (",", "'s", "’s")) and "\n" not in prev.whitespace_ \
                and not in_headline(span):
            return True
    last = span[-1]
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if last.is_title and after is not None and after.is_title and not after.is_sent_start \
            and after.lower_.rstrip(".") in _PLACE_WORDS:
        return True  # "March Avenue", "the Sunday River ski area", "the New Year Cafe": a place
    if len(span) == 1 and first.is_title and first.lower_ in _SEASON_WORDS and not first.is_sent_start \
            and first.i > 0 and span.doc[first.i - 1].is_title and not span.doc[first.i - 1].is_sent_start \
            and span.doc[first.i - 1].lower_ not in _SEASON_NAMERS and not in_headline(span):
        return True  # "the Forever Summer boutiques", "the Arab Spring": seasons are written in lower case
    if last.lower_ == "century" and last.is_title and span.end < len(span.doc) and span.doc[span.end].is_title \
            and not span.doc[span.end].is_sent_start:
        return True  # "21st Century Fox": a company
    counted = any(t.like_num for t in span[:-1]) or span[0].lower_ in ("a", "an")
    if last.is_title and unit_code(last.text) and counted and not last.is_sent_start and not in_headline(span) \
            and not (unit_code(last.text) == "CE" and span[-2].lower_[-2:] in ("st", "nd", "rd", "th")):
        # a counted unit capitalized mid-sentence: a title or a brand ("the movie 13 Hours", "13
        # Hours will cover ...", "a Century speedboat"); an ordinal century is often capitalized
        # ("the 20th Century")
        return True
    if last.is_title and unit_code(last.text) and not last.is_sent_start and span.end + 1 < len(span.doc) \
            and span.doc[span.end].lower_ == "of" and not in_headline(span):
        return True  # a capitalized unit before "of" names something ("the Year of the Woman")
    if not first.is_title or first.ent_type_ not in _NAME_LABELS:
        return False
    doc = span.doc
    if any(t.ent_iob_ != "I" or t.ent_type_ != first.ent_type_ for t in span[1:]):
        return False
    before = doc[span.start - 1] if first.ent_iob_ == "I" else None
    if before is not None and f"{before.lower_} {first.lower_}" in lexicon()["holidays"]:
        return False  # "Holy Thursday, March 28": a feast's day, dated
    after = doc[span.end] if span.end < len(doc) and doc[span.end].ent_iob_ == "I" else None
    if after is not None and after.lower_.rstrip(".") in _HOLIDAY_RITES:  # ("Mass." at a sentence end)
        return False  # "Palm Sunday Mass", "the Easter Vigil": the feast's rite, on its day
    # the name goes on in capitals: not "the Easter weekend", which the model may tag as one entity
    return any(t is not None and (t.is_title or t.is_upper) for t in (before, after))


_DEICTIC_DETERMINERS = frozenset({"this", "last", "next"})
_SPEED_UNITS = words("speed_units")
_SEASON_WORDS = frozenset(lexicon()["seasons"])
_SEASON_KINDS = words("season_kinds")
_SEASON_NAMERS = frozenset(lexicon()["months"]) | {"early", "late", "mid", "last", "this", "next"}  # "Early Spring"
_SPORTS_CUES = words("sports_cues")
# a score ("led 40-30", "won 3-1") or a lead ("led by 18"): a game's periods, not the calendar's
_SCORE = re.compile(r"\b(?:[0-9]{1,3}-[0-9]{1,3}(?![0-9-])|led by [0-9]{1,2})\b")


@lru_cache(maxsize=2)
def _idiom_regex(flags: int = 0) -> re.Pattern:
    """Set phrases whose time words tell no time ("at the end of the day", "flavor of the week"),
    in lower case: matched over the lower-cased text, several times faster than IGNORECASE."""
    ctx = resources.load_json("dates/context.json")
    fixed = "|".join(re.escape(w.lower()) for w in sorted(ctx["idioms"], key=len, reverse=True))
    heads = "|".join(re.escape(w.lower()) for w in ctx["of_the_unit_heads"])
    return re.compile(rf"\b(?:{fixed}|(?:{heads})s?[ -]of the (?:day|week|month|year))\b", flags)


def idiom_spans(text: str) -> list[tuple[int, int]]:
    lower = text.lower()
    if len(lower) != len(text):  # a rare letter whose lower case is longer: offsets would shift
        return [m.span() for m in _idiom_regex(re.IGNORECASE).finditer(text)]
    return [m.span() for m in _idiom_regex().finditer(lower)]


def _determines_noun(span: Span) -> bool:
    """"the past" before a count or a noun ("six of the past seven contests", "the past two
    winners") is a determiner of that noun phrase, not the vague past."""
    doc = span.doc
    if span.text.lower() != "the past" or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return nxt.like_num or nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")


def _word_before(span: Span) -> str:
    """The lower-case word before ``span``, a hyphenated one whole ("walk-in")."""
    doc, i = span.doc, span.start
    if i > 2 and doc[i - 2].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 3].whitespace_:
        return doc[i - 3:i].text.lower()
    return doc[i - 1].lower_ if i > 0 else ""


def _not_the_vague_future(span: Span) -> bool:
    """"future" that is no vague future: a capitalized "Future" beside a number or another
    capitalized word, part of a name ("Future 45", a PAC; "Future Forward"; "For Our Future"; but
    "Now Trump leads"), "the Future" of a title ("Back to the Future"), or "future" before a name
    or a role, which it dates from some other time than the writing ("the future Trump
    International Hotel", "his future secretary of State")."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if span.text == "the Future" and not in_headline(span):
        return True  # "a clip from Back to the Future": a title's word (prose writes "the future")
    if nxt is None or in_headline(span):
        return False
    if span.text == "Future":  # "Future 45", "Future Forward", "For Our Future"
        prev = doc[span.start - 1] if span.start > 0 else None
        return nxt.like_num or nxt.is_title or (prev is not None and prev.is_title and not prev.is_sent_start)
    if span.text.lower() == "future" and span.start > 0 and (
            doc[span.start - 1].tag_ in ("PRP$", "POS") or doc[span.start - 1].lower_ in ("a", "an")
            or (doc[span.start - 1].pos_ == "ADJ" and doc[span.start - 1].lower_ not in _NEAR_FUTURE)):
        return True  # "its future", "a bright future": prospects, not a time (not "near future")
    return span.text.lower() in ("future", "the future") and (
        (nxt.is_title and not nxt.is_sent_start) or nxt.lemma_.lower() in _ROLE_NOUNS)


def _moment_of_past_clause(span: Span) -> bool:
    """"At the moment Christie learned of it": a moment fixed by a past clause that follows,
    not the present."""
    doc = span.doc
    if span.text.lower() != "the moment" or span.end >= len(doc) or doc[span.end].is_punct:
        return False
    for tok in doc[span.end:min(len(doc), span.end + 6)]:
        if tok.is_punct:
            return False
        if tok.pos_ in ("VERB", "AUX"):
            return tok.tag_ == "VBD"
    return False


def _named_march(span: Span) -> bool:
    """"the March on Washington", "the annual March for Life", "Stop Trump and March on the RNC", "the
    March of Dimes": a march (or a charity) by its name, not the month."""
    doc = span.doc
    if span.text != "March" or span.start == 0 or span.end + 1 >= len(doc):
        return False
    name = doc[span.end + 2] if doc[span.end + 1].lower_ == "the" and span.end + 2 < len(doc) else doc[span.end + 1]
    before = span.start - 1
    while before > 0 and doc[before].pos_ == "ADJ" and doc[before].is_lower:
        before -= 1  # "the annual March for Life"
    return doc[before].lower_ in ("the", "'s", "’s", "and") and doc[span.end].lower_ in ("on", "for", "against", "of") \
        and (name.is_title or name.is_upper) and name.ent_type_ not in ("DATE", "TIME")


_LENGTH_ADJS = words("length_adjs")  # "three full days": a length still


def _share_of_percents(span: Span) -> bool:
    """ "about 70 percent of the network, up from less than a quarter": a share among percentages,
    not three months (not "in a quarter", "per quarter")."""
    doc = span.doc
    return len(span) > 1 and span[-2].lower_ == "a" and span.start > 0 \
        and doc[span.start - 1].lower_ in ("from", "to", "than", "about", "nearly", "almost", "roughly") \
        and any(t.lower_ in ("percent", "%", "per cent") for t in span.sent)


def _period_of_life_or_kind(span: Span) -> bool:
    """A bare plural unit that measures no length of time: a time of life ("his younger days",
    "her college years") or a kind of period ("in presidential election years"). Not "the
    border days after the killing", where the parser took a noun for the unit's modifier."""
    doc = span.doc
    if len(span) != 1 or span.start < 2:
        return False
    before = doc[span.start - 1]
    counted = [c for c in span.root.children if c.dep_ == "nummod" and c.i < span.start - 1]
    kind = doc[counted[0].i + 1:span.start] if counted else []
    if kind and all(t.is_alpha or t.text == "-" for t in kind) and not any(t.lower_ in _LENGTH_ADJS for t in kind):
        return True  # "two make-up days", "three personal days": days of a kind counted (not "three full days")
    if before.pos_ == "ADJ":
        return doc[span.start - 2].tag_ in ("PRP$", "POS")
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return before.tag_ == "NN" and before.dep_ == "compound" and before.head.i == span.root.i \
        and after not in ("after", "before", "later", "earlier", "ago") \
        and before.lower_ not in ("spending", "taking", "waiting")  # "after spending months trying": a length


def _fall_of_a_thing(span: Span) -> bool:
    """ "fall in prices", "the fall of Saigon", "the fall of the Taliban": a drop or a collapse,
    not autumn. Not "the fall of that year", "the fall of 2012". Nor after a word of size ("its
    biggest fall since 2011", "a steep fall"), which weather's "the wettest fall" is not."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in _DROP_ADJS:
        return True
    if span.end + 1 >= len(doc) or doc[span.end].lower_ not in ("in", "of"):
        return False
    nxt = doc[span.end + 1]
    if doc[span.end].lower_ == "in":
        return nxt.pos_ == "NOUN"
    if nxt.pos_ == "DET" and span.end + 2 < len(doc):
        nxt = doc[span.end + 2]
    return nxt.pos_ in ("NOUN", "PROPN") and nxt.lower_ not in temporal_words()


def _after_amount(span: Span) -> bool:
    """"$500 million a year", "358,000 a month": the unit divides an amount, and TimeBank tags
    no SET there (5 of 7 such rates untagged); frequencies ("twice a week") are SETs."""
    if span.text.lower() == "annually":  # "saves $46 million annually", "rose 8.5% annually"
        before = span.doc[max(0, span.start - 6):span.start]
        last_verb = max((t.i for t in before if t.pos_ in ("VERB", "AUX")), default=-1)
        return any(t.i > last_verb and (t.like_num or t.tag_ == "$") for t in before)
    if span.end < len(span.doc) and span.doc[span.end].lower_ in LAPSE_WORDS:
        return False  # "passed it 98-0 a week later": a length, not a rate
    prev = span.doc[span.start - 1] if span.start > 0 and span[0].lower_ in ("a", "an", "per") else None
    if prev is not None and prev.text == ")":  # "235 kilometers (146 miles) per hour": the amount before the aside
        opening = next((t for t in reversed(span.doc[max(0, prev.i - 8):prev.i]) if t.text == "("), None)
        prev = span.doc[opening.i - 1] if opening is not None and opening.i > 0 else prev
    return prev is not None and (prev.like_num or prev.lower_ in AMOUNT_WORDS or prev.tag_ == "$"
                                 or _GLUED_AMOUNT.fullmatch(prev.text) is not None  # "$75billion a year"
                                 or _counted_before(prev)  # "3 million households a year", "11 flights a week"
                                 or _amount_before(prev)  # "£480m a year", "$40 billion of mortgage debt a month"
                                 or (prev.tag_ == "NN" and prev.lower_ not in temporal_words() and prev.i > 0
                                     # "losing a battalion a day", "1 gram a day"
                                     and (prev.nbor(-1).lower_ in ("a", "an", "one") or prev.nbor(-1).like_num))
                                 or prev.lower_ in _SPEED_UNITS  # "120 miles per hour", "dollars an hour"
                                 or (span.start > 1 and span.doc[span.start - 2].lower_ == "per"))  # "$213 per adult per year"


_COMPASS = words("compass_words")  # "the South", "the West": a region, no newspaper's name


def _after_the_close(span: Span) -> bool:
    """ "after hours", "after-hours": trading after the market closes (not "after hours of talks")."""
    doc, i = span.doc, span.start
    if i > 0 and doc[i - 1].lower_ == "after":
        return not (span.end < len(doc) and doc[span.end].lower_ == "of")
    return i > 1 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "after"


def _a_newspaper(span: Span, pattern: str) -> bool:
    """Whether "daily" names a newspaper: "the Maariv daily", "the Communist Party daily Granma",
    "the Paris daily Libération", "a free daily" (not "threatening the South daily")."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in _COMPASS:
        return False
    return _after_the_name(span) or (pattern == "set_word" and (span[0].pos_ == "NOUN" or (
        span.end < len(doc) and doc[span.end].is_title and not doc[span.end].is_sent_start)))


def _after_the_name(span: Span) -> bool:
    """Whether ``span`` follows a proper name that "the" opens ("the Maariv daily")."""
    i = span.start - 1
    while i >= 0 and span.doc[i].pos_ == "PROPN":
        i -= 1
    return i < span.start - 1 and i >= 0 and span.doc[i].lower_ == "the"


def _amount_before(tok: Token) -> bool:
    """Whether ``tok`` ends an amount: a magnitude glued by the tokenizer's split ("£480m" as
    "480", "m") or the thing an amount is of ("$40 billion of mortgage debt")."""
    doc = tok.doc
    if tok.lower_ in _MAGNITUDE_SUFFIXES and tok.i > 0 and tok.nbor(-1).like_num:
        return True
    i = tok.i
    while i > max(0, tok.i - 4) and doc[i].pos_ in ("NOUN", "PROPN", "ADJ"):
        i -= 1
    # ("3.2 million barrels of oil a day", "12 hours of power a day", "$85 billion in bonds a month":
    # of a counted amount)
    return i < tok.i and i > 0 and doc[i].lower_ in ("of", "in") and (
        doc[i - 1].like_num or doc[i - 1].lower_ in AMOUNT_WORDS or _counted_before(doc[i - 1]))


def _counted_before(noun: Token) -> bool:
    """"175,000 vehicles", "40 small-plane fatalities", "40 hours", "several launches": a plural
    noun that a number counts, its modifiers between them (or one the tagger took for a verb:
    "1.5 million starts")."""
    if noun.tag_ != "NNS" and not (noun.tag_ == "VBZ" and any(c.dep_ == "nummod" for c in noun.children)):
        return False
    for t in reversed(noun.doc[max(0, noun.i - 4):noun.i]):
        if t.like_num or t.lower_ in AMOUNT_WORDS or t.lower_ in _COUNTING_WORDS:
            return True
        if t.pos_ not in ("ADJ", "NOUN", "PROPN") and t.tag_ != "HYPH":
            return False
    return False


def _named_after_kin(span: Span) -> bool:
    """"survived by his daughters, April and May", "His wife of 61 years, June, died": a month
    that names a relative."""
    if len(span) != 1 or span[0].lower_ not in lexicon()["months"] or not span[0].is_title:
        return False
    doc, i = span.doc, span.start - 1
    while i >= 2 and doc[i].lower_ in ("and", ",") and doc[i - 1].is_title and doc[i - 1].lower_ in lexicon()["months"]:
        i -= 2  # "April and May": the first of the names
    if i < 1 or doc[i].text != ",":
        return False
    before = doc[max(0, i - 5):i]  # "his daughters, April", "His wife of 61 years, June"
    kin = [t.i for t in before if t.lower_ in _KIN_NOUNS]
    return bool(kin) and not any(t.pos_ in ("VERB", "AUX") or t.text in ",;" for t in doc[kin[-1]:i])


def _first_name(span: Span) -> bool:
    """"the actress June Tolliver", "June Carter sang": a month before a surname, where nothing
    before it (a preposition, a determiner, "early") makes it a time."""
    doc = span.doc
    if len(span) != 1 or span[0].lower_ not in lexicon()["months"] or not span[0].is_title \
            or span.end >= len(doc) or in_headline(span):
        return False
    nxt = doc[span.end]
    if not (nxt.is_title and nxt.pos_ == "PROPN" and nxt.ent_type_ in ("PERSON", "")) \
            or nxt.lower_.rstrip(".") in temporal_words():
        return False
    prev = doc[span.start - 1] if span.start > 0 else None
    return prev is None or prev.is_sent_end or prev.text in ("(", '"', "“") or prev.pos_ in ("NOUN", "CCONJ") \
        or (prev.text == "," and span.start > 1 and doc[span.start - 2].pos_ == "PROPN")


def _share_of_an_amount(span: Span) -> bool:
    """"cut spending by a quarter", "output is down a quarter", "cuts of more than a quarter": a
    fraction of what changed, not a quarter-year ("delayed by a quarter" still is one)."""
    if len(span) < 2 or span[-1].lower_ != "quarter" or span[-2].lower_ not in ("a", "an") or span.start == 0:
        return False
    prev = span.doc[span.start - 1]
    return prev.lower_ in ("down", "up") or (prev.lower_ == "by" and prev.head.lemma_ not in DEFER_LEMMAS) \
        or (prev.lower_ == "of" and prev.head.lemma_ in _CHANGE_NOUNS)


def _meeting_minutes(span: Span) -> bool:
    """"Minutes of Wednesday's meeting", "release minutes from the meeting", "Minutes published
    tomorrow", "its minutes": the record of a meeting, not "the opening minutes of the night" or
    "within minutes of the release"."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].tag_ in ("PRP$", "POS"):
        return True  # "the board publishes its minutes monthly", "the Fed's minutes"
    if span.end >= len(doc) or doc[span.end].lower_ not in _MINUTES_CUES:
        return False
    if span.start == 0 or span[0].is_sent_start:
        return True
    prev = doc[span.start - 1]
    return prev.lower_ not in _LENGTH_PREPS and (
        prev.pos_ in ("DET", "VERB", "AUX") or prev.tag_ in ("DT", "IN", "PRP$", "POS", "CC", ",", "``"))


def _generic_today(span: Span) -> bool:
    """"in today's world", "many of today's computers": the present age, which TimeML leaves
    untagged, not the day of writing ("today's editions", "the minutes of today's meeting" are
    that day)."""
    doc = span.doc
    if span.text.lower() != "today" or span.end + 1 >= len(doc) or doc[span.end].text not in ("'s", "’s"):
        return False
    return doc[span.end + 1].lower_ in _GENERIC_TODAY_NOUNS or (
        span.start > 0 and doc[span.start - 1].lower_ == "of" and doc[span.end + 1].lower_ not in SCHEDULED_NOUNS)


def _text_after(span: Span, tokens: int = 12) -> str:
    """The text right after ``span``, a few tokens of it (``doc.text`` is rebuilt on each access)."""
    return span[-1].whitespace_ + span.doc[span.end:span.end + tokens].text


_DESIGNATION = re.compile(r"[A-Z]{2}[0-9]+")  # the letters after the year of an asteroid's designation


_MODEL_YEAR_NOUNS = words("model_year_nouns")  # "2014 models", "his 1967 convertible"
_CAR_MAKES = words("car_makes")  # "a 1987 Chevrolet Cavalier" (not "the 2012 Toyota recall")
_BARE_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _model_year(span: Span) -> bool:
    """Whether a year names a vehicle's model ("2007 and 2008 model-year Odysseys", "1993-2004
    Jeep Grand Cherokees", "his 1967 convertible"), no time."""
    doc, i = span.doc, span.end
    while i + 1 < len(doc) and doc[i].lower_ in ("and", "or", ",", "-", "–", "to", "through") \
            and _BARE_YEAR.fullmatch(doc[i + 1].text):
        i += 2  # past the other years of a list or range
    if i >= len(doc):
        return False
    if doc[i].lower_ in _MODEL_YEAR_NOUNS:
        return True
    return doc[i].lower_ in _CAR_MAKES and i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].pos_ == "PROPN"


def _names_no_time(pattern: str, span: Span, parsed: bool) -> bool:
    """Whether time words name no time where they stand: an age ("a flu shot for everyone older
    than 6 months"), days counted ("two of those days will be made up"), a basis of comparison
    ("its first year-over-year growth"), a meeting's record ("The Fed released the minutes"), a
    dead person's title ("the legacy of late leader Hugo Chavez")."""
    doc, text = span.doc, span.text.lower()
    if pattern == "dur_vague" and text == "years" and span.start > 0 and doc[span.start - 1].lower_ == "model":
        return True  # "the 2010 and 2011 model years": vehicles' vintages
    if pattern in ("dur_num", "dur_vague") and (_AGE_BEFORE.search(doc.text, max(0, span.start_char - 40),
                                                                    span.start_char)
                                                 or _AGE_AFTER.match(doc.text, span.end_char)):
        return True
    if text in ("those days", "these days") and span.start > 1 and doc[span.start - 1].lower_ == "of" \
            and (doc[span.start - 2].like_num or doc[span.start - 2].lower_ in _PARTITIVES):
        return True
    if parsed and text == "the minutes" and span.root.dep_ in ("dobj", "nsubj", "nsubjpass"):
        return True
    if parsed and text.endswith("a quarter") and span.root.dep_ in ("nsubj", "nsubjpass"):
        return True  # "About a quarter said rates would rise": a share of those asked
    if text == "hours" and span.start > 0 and doc[span.start - 1].tag_ in ("PRP$", "POS"):
        return True  # "the office extended its hours": opening hours
    if text == "years" and span.end < len(doc) and re.fullmatch(r"(?:1[89]|20)\d\d", doc[span.end].text):
        return True  # "fiscal years 2014 and 2015": the noun the years name
    if text == "of late" and span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN", "ADJ"):
        return True
    return _COMPARISON_BASIS.search(span.text) is not None


def _previous_sentence_start(span: Span) -> int:
    """The first token of the sentence before ``span``'s (its own first token if none)."""
    start = span.sent.start
    return span.doc[start - 1].sent.start if start > 0 else start


_PLAY_PERIOD = re.compile(r"(?:the )?(?:entire )?(?:first|second|third|fourth|final) (?:half|quarter)", re.IGNORECASE)
_CURRENCY = re.compile(r"[$€£]|\b(?:cents?|million|billion|revenue|profit|earnings|sales|economy|growth)\b")


def _play_word(tok: Token) -> bool:
    """A word of a game ("scored", "rebounds"), not "percentage points" or "basis points"."""
    return tok.lower_ in _SPORTS_CUES and not (tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("percentage", "basis"))


def _sports_story(doc: Doc) -> bool:
    """Whether the text reports a game: a score and several words of play ("36-31", "touchdown",
    "rebounds"), so that a bare "first half" or "fourth quarter" is a period of play."""
    key = "newsclaims_sports_story"
    if key not in doc.user_data:
        cues = {t.lower_ for t in doc if _play_word(t)}
        doc.user_data[key] = len(cues) >= 2 and _SCORE.search(doc.text) is not None
    return doc.user_data[key]


_DAY_NAME_WORDS = words("day_name_words")


def not_a_timex(pattern: str, span: Span, parsed: bool, in_earnings: bool) -> bool:
    """Whether a grammar match is no time expression after all, by the words around it: a
    name or title, a rate of an amount, a fraction, a vague word used otherwise, a "period"
    outside an earnings report."""
    if _in_name(span) or (pattern in ("set_rate", "set_every", "set_word", "dur_num") and _after_amount(span)):
        return True
    if pattern == "date_wd" and span.start > 0 and span.doc[span.start - 1].text in _DAY_NAME_WORDS:
        return True  # "the rout revived memories of Black Monday", "Bloody Sunday": a day's name, no weekday of now
    if pattern == "dur_num" and span[0].lower_ in ("a", "an", "several", "many", "few") and len(span) == 2 \
            and span[-1].dep_ == "compound":
        return True  # "an armoire and a night table", "one of several weekend rallies": the unit names a kind
    if pattern == "dur_num" and len(span) == 2 and names_a_kind(span):
        return True
    if pattern == "dur_vague" and len(span) == 1 and span.end < len(span.doc) and span.doc[span.end].lower_ == "off":
        return True  # "she'd come in on her days off": days of a kind, no length
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if pattern == "dur_num" and after is not None and after.lower_ == "read" and span[-1].lower_.startswith("min"):
        return True  # "3 min read": a web page's reading time
    if span.text.lower() == "daily" and _a_newspaper(span, pattern):
        return True
    if span.text.lower() == "most recently" and after is not None \
            and (after.lower_ in ("in", "on", "last", "this", "at", "during", "when") or after.ent_type_ == "DATE"):
        return True  # "most recently in October", "most recently last October": the date says when
    if span.text.lower() == "soon" and span.start > 0 and span.doc[span.start - 1].lower_ == "how":
        return True  # "how soon he could be flown there": a question of timing, no time
    if span.text.lower() == "midweek" and after is not None and after.pos_ == "NOUN" \
            and span[0].dep_ in ("amod", "compound"):
        return True  # "the first midweek round": played on a weekday, no week named
    if pattern in ("date_year", "date_yrange") and _BARE_YEAR.fullmatch(span[0].text) and _model_year(span):
        return True
    if span.text.lower() == "formerly" and span.end < len(span.doc) and (
            span.doc[span.end].lower_ in ("known", "called", "named")
            or span.doc[span.end].pos_ in ("PROPN", "NOUN", "DET", "ADJ", "PRON")):
        return True  # "formerly known as Research In Motion", "formerly Phoenix's vice president": a name once held
    if span.text.lower() == "overnight" and span.end < len(span.doc) and (
            span.doc[span.end].lower_ in _OVERNIGHT_KINDS
            or (span.start > 0 and span.doc[span.start - 1].lower_ == "an")):
        # "held its overnight rate at 1 percent", "11.6 million overnight stays", "took an overnight
        # flight": a kind, no night
        return True
    if pattern == "rel_podbare" and (not parsed or clause_tense(span) >= 0) and not (
            parsed and any(t.lower_ in WEEKDAY_WORDS for t in span.doc[_previous_sentence_start(span):span.start])):
        # "He runs in the morning": a habit, no day's part to place; "will leave in the morning":
        # which morning is unsaid (but "On Thursday, he will speak in the evening", "Obama arrives
        # on Wednesday. He will hold talks in the evening", "On Saturday, the market runs until 5
        # p.m., followed by a parade in the evening": that day's)
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None
    if pattern == "set_word" and before is not None and (
            (before.lower_ in _STREAK_WORDS and not any(c.dep_ == "aux" for c in before.children))
            or (before.lower_ in lexicon()["ordinals"] and span.end < len(span.doc)
                and span.doc[span.end].lemma_ in _STREAK_NOUNS)):
        # "its fifth straight monthly increase", "its fourth monthly decline": a count, no recurrence
        # (but "its first monthly report" is one of a monthly series, and "has been running daily" a verb's)
        return True
    if pattern == "set_every" and span.start > 0 and span.doc[span.start - 1].lower_ == "for" \
            and span.end + 1 < len(span.doc) and span.doc[span.end].lower_ == "of" \
            and span.doc[span.end + 1].pos_ == "NOUN":
        return True  # "one week's pay for every year of service": a rate per year served
    if pattern == "dur_lifetime" and span.text.lower() == "a lifetime" and span.end < len(span.doc) \
            and span.doc[span.end].pos_ == "NOUN":
        return True  # "a lifetime achievement award": the award's kind
    if pattern == "date_year" and span.start > 0 and span.doc[span.start - 1].lower_ in _NUMBERED_NOUNS:
        return True  # "UN resolution 1701", "flight 1549": a number in a series, no year
    if pattern == "date_year" and len(span) == 1 and span.end < len(span.doc) \
            and _DESIGNATION.fullmatch(span.doc[span.end].text):
        return True  # "asteroid 2012 DA14", "2003 UB313": a catalogue designation
    if pattern == "dur_vague" and len(span) == 1 and span.start > 0 and span.doc[span.start - 1].pos_ == "PROPN" \
            and span.doc[span.start - 1].is_title and not (
                span.end < len(span.doc) and span.doc[span.end].lower_ in ("later", "earlier", "ago", "before", "after")):
        return True  # "the Clinton years": an era named for someone, no length (not "to Benghazi weeks later")
    if pattern == "dur_num" and span[-1].lower_ == "quarter" and (span.text.isupper() or _FRACTION_PAIR.match(
            _text_after(span)) or _PERCENT_AFTER.match(_text_after(span)) or _share_of_percents(span)):
        return True  # "SAVE A QUARTER", "between a quarter and a third", "over a quarter, 26 percent": a fraction
    if pattern == "dur_num" and span.text.lower() == "one day" and span.end + 1 < len(span.doc) \
            and span.doc[span.end].lower_ == "of" and span.doc[span.end + 1].pos_ == "NOUN":
        return True  # "lose one day of pay every week": an amount of a thing, not some day
    if _names_no_time(pattern, span, parsed):
        return True
    if _named_after_kin(span) or _first_name(span):
        return True  # "his daughters, April and May", "the actress June Tolliver"
    if pattern == "dur_num" and _share_of_an_amount(span):
        return True  # "shrunk by a quarter", "down a quarter": a fraction
    if pattern == "dur_num" and span[-1].lower_ == "quarter" and _CLOCK_PAST.match(_text_after(span)):
        return True  # "at a quarter past seven": a clock time, no quarter-year
    if pattern == "dur_vague" and span.text.lower() == "hours" and (
            _word_before(span) in _HOURS_KINDS or _hours_are_a_schedule(span) or _after_the_close(span)):
        # "Visiting hours are 2 to 4 p.m.", "walk-in hours", "Hours will be 8 a.m. to 10 p.m.": a schedule's
        # name; "shares jump after hours", "after-hours trading": the session after the close
        return True
    if pattern == "dur_vague" and span.text.lower() == "minutes" and _meeting_minutes(span):
        return True
    if pattern == "dur_num" and _AGE_RANGE_END.match(_text_after(span)):
        return True  # "babies between one week and three months old": the low end of an age range
    if pattern == "dur_num":  # "about three-quarters support the ban": a fraction
        return bool(re.search(r"[a-z]-quarters?\b", span.text, re.IGNORECASE)) and span[-1].lower_.startswith("quarter")
    if pattern == "ref_word" and span.text.lower() == "current" and span.end < len(span.doc) \
            and span.doc[span.end].lower_ in ("of", "on", "with"):
        return True  # "this current of self-destruction": a flow, the noun; "current on their payments": paid up
    if pattern == "ref_word":
        return not _vague_ref_ok(span, parsed) or _determines_noun(span) or _not_the_vague_future(span)
    if pattern == "ref_at":
        return _moment_of_past_clause(span)
    if pattern == "date_era" and "B.C." in span.text and span.end < len(span.doc) \
            and span.doc[span.end].pos_ in ("NOUN", "PROPN") and span.doc[span.end].is_lower:
        return True  # "300 B.C. wildfires", "44 B.C. residents": British Columbia's
    if pattern == "date_my" and _named_march(span):
        return True
    if pattern == "date_day" and _generic_today(span):
        return True
    if len(span) == 3 and span[0].tag_ == "PRP$" and span[0].lower_ != "its" and span[-1].lower_ == "decade" \
            and span[1].lower_ in _ORDINAL_WORDS:
        return True  # "as he enters his eighth decade": an age
    if pattern == "date_overnight" and len(span) == 1 and span.start > 0 \
            and span.doc[span.start - 1].lower_ in _SUDDEN_ADVERBS:
        return True  # "could dry up almost overnight": all at once
    if pattern == "date_overnight" and parsed and len(span) == 1 and span[0].dep_ == "advmod" \
            and (span[0].head.lemma_ in _SUDDEN_CHANGE or any(c.dep_ == "neg" for c in span[0].head.children)):
        # "doubling HP's size overnight", "transformed overnight", "won't abandon it overnight":
        # all at once, no night
        return True
    if len(span) == 1 and span[0].lower_ in WEEKDAY_WORDS and span.end < len(span.doc) \
            and span.doc[span.end].lower_ in _WEEKDAY_KINDS:
        return True  # "taught Sunday school"
    if span[-1].lower_ == "o'clock" and span.start > 0 and span.doc[span.start - 1].lower_ == "the" \
            and span.end < len(span.doc) and span.doc[span.end].lower_ in _BROADCASTS:
        return True  # "anchored the 6 o'clock news": a programme's name
    if pattern == "dur_vague" and span.start > 0 and span.doc[span.start - 1].tag_ == "JJS":
        return True  # "one of the wettest years": a superlative ranks years, it measures none
    if pattern == "dur_vague" and _period_of_life_or_kind(span):
        return True
    if pattern == "dur_vague" and span.text.lower() == "quarters" and span.start > 0 \
            and span.doc[span.start - 1].tag_ in ("JJ", "JJR") and span.doc[span.start - 1].lower_ not in _QUARTER_ADJS:
        return True  # "it had expanded into larger quarters": rooms, not periods
    if pattern == "date_season" and span.end < len(span.doc) and span[-1].lower_ in _SEASON_WORDS \
            and span.doc[span.end].lemma_.lower() in _SEASON_KINDS:
        return True  # "a winter storm", "the Summer Olympics": a kind of thing, not a time
    if pattern == "date_season" and span.end + 1 < len(span.doc) and span.doc[span.end].lower_ == "storm" \
            and span.doc[span.end + 1].lemma_.lower() in _WEATHER_ALERTS:
        return True  # "issued winter storm warnings": the name of a weather service's alert
    if pattern == "date_season" and span[-1].lower_ == "fall" and _fall_of_a_thing(span):
        return True  # "this fall in prices", "the fall of Saigon", "the fall of the Taliban": the noun for a drop
    if pattern == "date_season" and span.text.lower() == "fall" and span.end < len(span.doc) \
            and span.doc[span.end].lower_ in _FALL_PARTICLES:
        return True  # "could be tenuous and fall apart": the verb
    if pattern == "date_hol" and span.end < len(span.doc) and span.doc[span.end].lower_ in _HOLIDAY_KINDS:
        return True  # "Christmas trees", "a Halloween movie": a kind of thing
    if pattern in ("date_quarter", "date_q") and span.doc.has_annotation("SENT_START") \
            and (any(_play_word(t) for t in span.sent) or _SCORE.search(span.sent.text)) \
            and not MONEY.search(span.sent.text):
        # "scored 30 points in the fourth quarter": a period of play (not "1.4 percentage points
        # from fourth-quarter growth")
        return True
    if pattern == "date_quarter" and _PLAY_PERIOD.fullmatch(span.text) and not _CURRENCY.search(span.sent.text) \
            and _sports_story(span.doc):
        return True  # a game's recap: "fumbled twice in the first half", "shot 59 percent in the first half"
    if pattern == "rel_unit" and span.start > 0 and span.doc[span.start - 1].lower_ == "any":
        return True  # "higher than in any previous year": every year before, no one year
    if pattern == "rel_unit" and span[-1].lower_ == "period" and not in_earnings:
        # "during that period" names no quarter unless the sentence is about money
        return not (span.doc.has_annotation("SENT_START") and bool(MONEY.search(span.sent.text)))
    return False


def is_count(doc: Doc, start: int, end: int) -> bool:
    """A four-digit number that counts something ("1990 troops", "$2000") rather than a year."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    if span[0].lower_ in _HEDGES:
        before = span[0]  # "around 2000" matched whole: the hedge is what comes before the number
    after = doc[span.end] if span.end < len(doc) else None
    num = span[-1]
    anchor = doc._.published
    year = re.search(r"\d{4}", span.text)
    if anchor and year and not 1900 <= int(year.group()) <= int(str(anchor)[:4]) + 5 \
            and num.dep_ == "nummod" and num.head.tag_ == "NNS" and num.head.i > span.end \
            and all(t.tag_ in ("JJ", "VBN", "VBG") for t in doc[span.end:num.head.i]):
        # "a poll of 2047 registered voters" (2016): a count of a modified plural, where no
        # year that far from the writing makes sense ("2024 adjusted earnings" is a year)
        return True
    if after is not None and after.lower_ in _DISTANCE_UNITS:
        return True  # "the 1500 meters", "in 1500 metres of water": a distance
    if before is not None and before.lower_ in YEAR_LEADERS:
        return False  # "In 1918 people marched"
    if before is not None and before.pos_ == "VERB" and before.lemma_ in _COUNT_VERBS:
        return True  # "turnout may top 2000"
    if before is not None and before.lower_ == "least" and before.i > 1 and doc[before.i - 2].lower_ in YEAR_LEADERS:
        return False  # "the highest turnout since at least 1980"
    if before is not None and before.lower_ in _ID_WORDS and (before.is_title or before.is_upper):
        return True  # "House Bill 1523", "HB 1523", "Flight 1549": a number naming a thing
    if after is not None and after.is_title and any(
            t.lower_.rstrip(".") in _STREET_WORDS and t.is_title for t in doc[span.end:span.end + 4]):
        return True  # "1600 Pennsylvania Avenue": a house number (not "In 2008 Wall Street")
    if before is not None and before.lower_ in _COUNT_CUES and not (
            before.lower_ == "than" and before.i > 0 and doc[before.i - 1].lower_ in ("earlier", "later", "sooner",
                                                                                     "rather")):
        if before.lower_ in _HEDGES and anchor and year and _hedged_year(int(year.group()), int(str(anchor)[:4]),
                                                                       before, after):
            return False
        return True  # "more than 2000 troops", not "no earlier than 2027"
    if after is not None and after.lower_ in YEAR_NOUNS:
        return False  # "2013 comments", "2015 data": a year naming the records, not a count of them
    if after is not None and after.tag_ == "NNS" and num.dep_ == "nummod" and not (
            before is not None and before.tag_ in ("JJ", "NNP", "NNPS") and before.i + 1 == span.start):
        return True  # "2000 troops", but "the Republican 2016 hopefuls" (no count follows a modifier)
    if after is not None and after.lower_ in ("%", "percent", "people", "troops", "times"):
        return True
    return False


def _hours_are_a_schedule(span: Span) -> bool:
    """ "Hours are 10 a.m. to 4 p.m.", "Hours will be 8 a.m. to 10 p.m.": "hours" said to be clock times."""
    after = span.doc[span.end:span.end + 4]
    return any(t.lemma_ == "be" for t in after[:3]) and any(t.like_num for t in after)


def _hedged_year(year: int, written: int, hedge: Token, after: Token | None) -> bool:
    """Whether "around 2002", "by about 2050", "Around 2000, the bubble burst" is a hedged year:
    no noun counted after it, a year within reach of the writing, and a round one only after a
    comma or a year's cue (not "rose to around 2000", "numbered about 1850")."""
    if after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return False
    if not 1500 <= year <= written + 50:
        return False
    word_before = hedge.doc[hedge.i - 1] if hedge.i > 0 else None
    if word_before is not None and word_before.lemma_ in _COUNT_VERBS:
        return False
    return bool(year % 100) or (after is not None and after.text == ",") or (
        word_before is not None and word_before.lower_ in _HEDGED_YEAR_LEADERS)


def has_context(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if span.end < len(doc) and doc[span.end].lower_ in SCHEDULED_NOUNS and span[-1].dep_ in ("compound", "amod", "nmod"):
        return True  # "the fall campaign", "a bruising fall battle": the season of a scheduled event
    head = span.root.head
    if span.root.dep_ == "nsubj" and head.lemma_ == "be" and span[0].ent_type_ != "PERSON" \
            and (span.start == 0 or doc[span.start - 1].pos_ != "PROPN") \
            and (any(t.lower_ in ("month", "record") for t in head.subtree) or (
                any(t.tag_ == "JJS" for t in head.subtree) and any(t.lower_ == "since" for t in head.subtree))):
        # "May was the warmest on record", "March is usually the snowiest month", "March alone was
        # the coldest since 1883" (not "May is the best candidate")
        return True
    if len(span) == 1 and span[0].ent_type_ in ("DATE", "") and span[0].pos_ in ("NOUN", "PROPN") \
            and span[0].dep_ in ("nsubj", "nsubjpass") and span[0].head.lemma_ in _ARRIVAL_LEMMAS:
        return True  # "Spring officially arrived on Wednesday"
    if len(span) == 1 and span[0].ent_type_ in ("DATE", "") and span.root.dep_ == "nsubj" and head.lemma_ == "be" \
            and any(c.dep_ == "acomp" and c.lower_ in _MONTH_STATE_ADJS for c in head.children):
        return True  # "March was particularly weak, the company said"
    if span.end < len(doc) and doc[span.end].lower_ in _MONTH_CONTRACT_NOUNS and span[0].is_title \
            and not (span.start > 0 and doc[span.start - 1].pos_ == "PROPN"):
        return True  # "The more-active May contract was up 35 cents", "for April delivery"
    if span.end + 1 < len(doc) and span[0].is_title and doc[span.end].lower_ in PRICED_FORWARD_NOUNS \
            and (doc[span.end + 1].lower_ in FORWARD_NOUNS or PRICES.search(span.sent.text)):
        return True  # "Chicago Board of Trade May corn futures fell 20 cents": a contract month
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in ("and", "or", "to", "through") and span.end + 1 < len(doc) \
            and doc[span.end + 1].lower_.rstrip(".") in lexicon()["months"]:
        return True  # "combine March and April", "March to May": the start of a run of months
    if span.text == "March" and after is not None and after.tag_ in ("VBD", "VBZ", "MD") and after.is_lower:
        return True  # "March was never going to be easy", "March brought snow": the verb comes after
    if span.text == "March" and span[0].is_sent_start and after is not None and after.is_lower \
            and after.pos_ == "NOUN" and span.root.head.i == after.i:
        return True  # "March sales rose 3 percent": the verb would not take a noun before its object
    if span.start == 0:
        return False
    prev = doc[span.start - 1]
    if span[-1].lower_ in _SEASON_WORDS and span[-1].dep_ != "compound" and _weather_before(span):
        return True  # "a cold, wet spring kept shoppers away", "a cool spring in Europe"
    det = prev
    while det.pos_ == "ADJ" and det.i > 0 and det.is_lower and span.text == "March":
        det = doc[det.i - 1]  # (past adjectives: "its broader March sales report"; not "the new May government")
    if (det.lower_ in ("a", "an", "the") or det.tag_ in ("PRP$", "POS")) and span.end < len(doc) \
            and doc[span.end].is_lower and doc[span.end].is_alpha and span[0].is_title:
        return True  # "a May interview", "the March report", "her March comment": a month naming the noun's time
    if span.start > 1 and (doc[span.start - 2].lower_, prev.lower_) in (
            ("prior", "to"), ("compared", "with"), ("compared", "to"), ("ahead", "to"), ("early", "as"), ("soon", "as"),
            ("late", "as")):
        return True  # "Prior to May, ...", "compared with March", "looking ahead to the fall", "as early as March"
    if prev.lower_ in ("to", "through", "until", "till", "and", "or") and span.start > 1 \
            and doc[span.start - 2].lower_.rstrip(".") in lexicon()["months"]:
        return True  # "from January to March", "in April and May": the end of a run of months
    if prev.pos_ == "ADV" and span.start > 2 and doc[span.start - 2].lower_ in ("and", "or") \
            and doc[span.start - 3].lower_.rstrip(".") in lexicon()["months"]:
        return True  # "into April and even May", "in April or possibly May"
    if (prev.pos_ == "VERB" or (prev.pos_ == "ADJ" and span.text == "March")) and span[-1].dep_ == "compound" \
            and span.end < len(doc) and doc[span.end].is_lower and doc[span.end].pos_ == "NOUN" and span[0].is_title:
        return True  # "will release March figures", "weak March hiring": a month naming the noun's time
    if span.text == "March" and span.end < len(doc) and doc[span.end].tag_ == "POS" and prev.pos_ != "PROPN":
        return True  # "At March's sales pace" (a "May's" may be Theresa May's)
    if prev.tag_ == "JJS" or (prev.lower_ in ("the", "a") and span.end < len(doc) and doc[span.end].lower_ == "since"):
        return True  # "the coldest March since 1962", "the warmest May in decades"
    if prev.lemma_ == "be" and prev.pos_ == "AUX" and span.end < len(doc) and doc[span.end].text in (".", "!", ";"):
        return True  # "That was May."
    if prev.lemma_ in ("begin", "end", "start", "finish", "close") and prev.pos_ == "VERB":
        return True  # "Cruz began March with $20 million"
    if prev.lower_ in ("to", "until", "till") and span.start > 1 and doc[span.start - 2].lemma_ in DEFER_LEMMAS \
            and doc[span.start - 2].pos_ == "VERB":
        return True  # "The vote was postponed to May", "The hearing was moved to March", "could slip to May"
    if prev.lower_ == "to" and span.text == "March" and span.start > 1 and not in_headline(span) \
            and (span.end == len(doc) or doc[span.end].lower_ not in _MARCH_ON):
        return True  # "moved it to March", "the 12 months to March": the verb would be lower-case
    return prev.lower_ in _CONTEXT_WORDS or prev.is_punct and span.start > 1 and doc[span.start - 2].lower_ in _CONTEXT_WORDS


def _weather_before(span: Span) -> bool:
    """Whether the season is "a" season of some weather ("a cold, wet spring"; not "a hot
    spring", the water's)."""
    i, adjs = span.start - 1, []
    while i >= 0 and (span.doc[i].lower_ in _SEASON_WEATHER_ADJS or span.doc[i].text == ","
                      or (span.doc[i].lower_ == "and" and adjs)):
        adjs.append(span.doc[i].lower_)
        i -= 1
    if not adjs or i < 0 or span.doc[i].lower_ not in ("a", "an"):
        return False
    return not (span[-1].lower_ == "spring" and adjs == ["hot"])


_MONTH_CONTRACT_NOUNS = words("month_contract_nouns")
_MONTH_STATE_ADJS = words("month_state_adjs")
_SEASON_WEATHER_ADJS = words("season_weather_adjs")
_WEATHER_ALERTS = words("weather_alerts")  # "a winter storm warning": an alert's name
_ORDINAL_WORDS = frozenset(lexicon()["ordinals"]) | {"last", "final", "next"}
# adjectives before "quarters" that keep them periods ("recent quarters", not "larger quarters")
_QUARTER_ADJS = words("quarter_adjs")
_KIN_NOUNS = words("kin_nouns")
# before a hedged round year, the words that make it a year ("by about 2000", not "rose to around 2000")
_HEDGED_YEAR_LEADERS = words("hedged_year_leaders")
_PERCENT_AFTER = re.compile(r"[\s,(–—-]+(?:about |nearly |some )?[0-9]+(?:\.[0-9]+)? ?(?:percent|per cent|%)", re.IGNORECASE)
_FRACTION_PAIR = re.compile(r"\s+(?:and|or|to)\s+(?:a|one)[- ](?:third|half|fifth|tenth)\b", re.IGNORECASE)
# particles that make a bare "fall" the verb ("fall apart", "fall short")
_FALL_PARTICLES = words("fall_particles")
_DROP_ADJS = words("drop_adjs")
_STREAK_NOUNS = words("streak_nouns")  # "its fourth monthly decline": changes counted
# words an amount ends on, whose "more than" compares the amount ("$74 million more than a year ago")
AMOUNT_WORDS = words("amount_words")
_COUNTING_WORDS = words("counting_words")  # "several launches": a count without a number
# hedges a year may carry ("around 2002") that also hedge counts ("around 2000 troops")
_HEDGES = words("hedges")
MONEY = re.compile(r"[$%]|\b(?:cents?|million|billion|percent)\b|#\d")
_STREET_WORDS = words("street_words")
_PLACE_WORDS = _STREET_WORDS | words("place_words")
_ID_WORDS = words("id_words")
_HOLIDAY_KINDS = words("holiday_kinds")
_GENERIC_TODAY_NOUNS = words("generic_today_nouns")
_OVERNIGHT_KINDS = words("overnight_kind_nouns")
# words after "a day" that make it a lapse of time, not a rate ("a week later", "a month into the race")
LAPSE_WORDS = words("lapse_words")
_HOLIDAY_RITES = words("holiday_rites")
_ROLE_NOUNS = words("role_nouns")


@lru_cache(maxsize=1)
def temporal_words() -> frozenset[str]:
    lx = lexicon()
    words = set(lx["units"]) | {u + "s" for u in lx["units"]} | set(lx["parts_of_day"]) | set(lx["months"])
    words |= set(lx["seasons"]) | set(lx["weekdays"]) | {"nights", "mornings", "evenings", "nineties",
                                                       "eighties", "seventies", "sixties", "fifties", "later"}
    return frozenset(words)


def names_a_kind(span: Span) -> bool:
    """"Today is a day for celebration", "Just another day in the campaign", "Cinco de Mayo, a
    day on which ...": a predicate or apposition saying what kind of day it is, not a length."""
    doc = span.doc
    # "a year in the making", "It has been a year since the vote": a length
    length = doc[span.end:span.end + 3].text.lower() == "in the making" or (
        span.end < len(doc) and doc[span.end].lower_ == "since")
    return span[0].lower_ in ("a", "an", "another") and span.root.dep_ in ("attr", "appos", "ROOT") and not length


def counts_in_a_row(ent: Span) -> bool:
    """"the second night in a row", "a first hour devoted to ...", "a third-year student": a count
    of periods or one of a series, no time to place."""
    doc = ent.doc
    if len(ent) == 3 and ent[1].text == "-" and ent.end < len(doc) and doc[ent.end].pos_ in ("NOUN", "PROPN"):
        return True
    after = doc[ent.end:ent.end + 3].text.lower()
    in_a_row = after == "in a row" or ent.text.lower().endswith(" in a row")  # (the entity may hold the words)
    return in_a_row or (ent[0].lower_ in ("a", "an") and len(ent) > 1 and ent[1].tag_ == "JJ"
                        and ent[1].lower_ in _ORDINAL_WORDS)
