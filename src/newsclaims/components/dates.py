"""``newsclaims_dates``: temporal expressions, normalized to TIMEX3 against ``doc._.published``.

Candidates come from the rule grammar (``models/dates/patterns.txt``, scanned with compiled
regexes over the whole text: no per-token Python loop) and, for what the grammar does not
know, from spaCy's DATE/TIME entities: absolute dates dateparser can read, and phrases headed
by a time unit ("the weeks", "an additional year", "the morning"). Standard forms never
depend on the entities (``tests/test_dates_forms.py`` passes with ``use_ents=False``).
The parse then supplies what text alone cannot: the tense of the clause (the direction
of "Friday" or a bare "August"), and whether a four-digit number is a year or a count.
Normalization is pure (``newsclaims.timex``); each span keeps its anchor-free form in
``relative`` so that ``newsclaims.resolve_dates`` can re-anchor it downstream.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import resources
from ..numbers import YEAR_LEADERS
from ..timex import calendar as C
from ..timex import grammar, normalize
from ..timex.numbers import lexicon, unit_code

SPANS_KEY = "dates"

if not Span.has_extension("timex"):
    # A dict of plain values (msgpack-safe): type, value, mod, start_date, end_date,
    # anchor, resolved, relative (+ start_char/end_char of the expression).
    Span.set_extension("timex", default=None)


def _words(key: str) -> frozenset[str]:
    """One word list of models/dates/context.json."""
    return frozenset(resources.load_json("dates/context.json")[key])


_FUTURE_AUX = _words("future_aux")
# nouns for what is made of an event once it is over ("an analysis of Thursday's debate")
_RETROSPECT_NOUNS = _words("retrospect_nouns")
# nouns whose "of"-gerund lies ahead ("her chances of winning in November")
_PROSPECT_NOUNS = _words("prospect_nouns")
# verbs of reacting to an event ("hail", "slam"), whose progressive tells of now, not of a plan
_REACTION_LEMMAS = _words("reaction_lemmas")
# verbs whose object or complement happens later than the verb itself ("planned a rally on Saturday")
_FUTURE_LEMMAS = _words("future_lemmas")
# verbs whose infinitive complement lies ahead of them ("told to return Monday", "agreed to meet Friday")
_BID_LEMMAS = _words("bid_lemmas")
# adjectives whose infinitive lies ahead ("is likely to win Tuesday")
_FUTURE_ADJS = _words("future_adjs")
# adjectives whose infinitive takes the copula's time ("are eligible to vote Tuesday")
_ABLE_ADJS = _words("able_adjs")
_FUTURE_PREPS = _words("future_preps")
_PAST_PREPS = _words("past_preps")
_CONTEXT_WORDS = _words("context_words")
_COUNT_CUES = _words("count_cues")
_SUDDEN_CHANGE = _words("sudden_change_lemmas")
_MOVE_PAST = _words("move_past_lemmas")  # verbs that take "past" as a preposition ("move past")
_GLUED_AMOUNT = re.compile(r"[$€£]?[0-9][0-9.,]*(?:thousand|million|billion|trillion|bn|m|k)", re.I)
_AGE_RANGE_END = re.compile(r"\s+(?:and|to|or)\s+\S+(?:\s\S+)?\s+(?:years?|months?|weeks?|days?)[\s-]+old\b", re.I)
_PART_HEADS = {"the", "end", "beginning", "start", "middle", "close"}
_YEAR_NOUNS = _words("year_nouns")


def clause_tense(span: Span) -> int:
    """-1 past, +1 future, 0 present/unknown: the tense of the clause governing ``span``."""
    tok: Token = span.root
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod",):
            break
        if tok.pos_ == "NOUN" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children):
            # "Not only can Ted Cruz win in November": a verb the tagger took for a noun, with its modal
            return 1 if any(c.lower_ in _FUTURE_AUX for c in tok.children) else 0
        if tok.head.i == tok.i:
            break
        if (_prospect_of(tok) or (tok.dep_ == "prep" and tok.lower_ in ("in", "on") and tok.head.pos_ == "NOUN"
                                  and tok.head.lower_ in _PROSPECT_NOUNS)) \
                and not (_names_weekday(span) and _told_as_past(_first_verb(tok))):
            # "facing the prospect of a loss in his state on Tuesday", "her chances in November":
            # a prospect lies ahead; but a weekday in a past clause is the day of the telling
            # ("did support the idea of such a database on Thursday")
            return 1
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return 0
    for _ in range(4):
        if tok.pos_ not in ("VERB", "AUX"):
            # "will be eligible to vote Tuesday": the adjective's clause. Past a noun only a
            # future clause says when ("will have a chance to vote Tuesday"): "announced an
            # agreement to acquire it in January" leaves the acquisition's time open
            head, via_noun = tok, False
            while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
                via_noun = via_noun or head.pos_ in ("NOUN", "PROPN")
                head = head.head
            if head.pos_ not in ("VERB", "AUX"):
                return 0
            if via_noun and not any(c.dep_ == "aux" and c.lower_.replace("’", "'") in _FUTURE_AUX for c in head.children):
                # "if he follows up with a wide victory on Saturday": a condition still open
                return 1 if head.tag_ in ("VBZ", "VBP") and _open_condition(head) else 0
            tok = head
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        words = {a.lower_.replace("’", "'") for a in auxes}
        if words == {"would"} and tok.dep_ == "ccomp" and tok.head.tag_ == "VBD" and _names_weekday(span):
            return 0  # "said they would light landmarks on Monday night": the nearer Monday, either side
        if tok.lower_ == "have" and words & {"could", "would", "should", "might", "must"} \
                and not any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.tag_ not in ("WDT", "WP", "IN")
                            and c.i != span.root.i for c in tok.children):  # (the day itself may pass for the object)
            return -1  # "the role of spoiler that he could have Tuesday": "could have [played]", elided
        if words & _FUTURE_AUX and "have" not in words and not (words & _FUTURE_AUX == {"could"} and _past_ability(tok)):
            return 1  # "could have big consequences in November", not "could not be reached Tuesday"
        if tok.tag_ == "VBN" and not auxes and tok.lemma_ in _FUTURE_LEMMAS and tok.i > 0 \
                and tok.doc[tok.i - 1].lower_ in ("than", "as"):
            return -1  # "less than forecast in July", "as planned in March": the forecast made then
        if tok.lemma_ in _FUTURE_LEMMAS or tok.lower_ == "slated" or (
                tok.lower_ == "going" and any(c.lower_ == "to" for c in tok.children)):
            # ("slated": the model's lemma is "slat")
            return 1
        if tok.lemma_ == "set" and tok.tag_ == "VBN" and any(c.lower_ == "for" for c in tok.children):
            return 1  # "a summit set for April"
        if {"to", "be"} <= words and tok.tag_ == "VBN" and tok.dep_ in ("acl", "advcl"):
            return 1  # "an address, to be delivered Wednesday": a plan
        if "to" in words and tok.head.i != tok.i:
            head = tok.head  # an infinitive takes its time from the verb it complements
            planned = head.lemma_ in _FUTURE_LEMMAS or (head.pos_ == "ADJ" and head.lower_ in _FUTURE_ADJS) \
                or (head.tag_ == "VBN" and head.lower_ in _FUTURE_ADJS)
            if (planned or head.lemma_ in _BID_LEMMAS) and _past_perfect(head.head if head.pos_ == "ADJ" else head):
                # "had been scheduled to expire Friday", "had been invited to speak in November"
                # (but "planned to leave on Thursday" lies ahead)
                return -1
            if head.pos_ == "NOUN" and head.lower_ in _PROSPECT_NOUNS:
                # "has a shot to win on Tuesday" (ahead), "had a chance to vote Tuesday" (gone by)
                return -1 if _first_verb(head).tag_ == "VBD" else 1
            if head.pos_ == "ADJ" and head.lower_ in _ABLE_ADJS:
                # "are eligible to vote on Tuesday" (ahead), "was able to vote Tuesday" (done)
                return -1 if head.head.tag_ == "VBD" else 1
            were_to = head.lower_ == "were" and head.i + 1 < len(head.doc) and head.doc[head.i + 1].lower_ == "to"
            told_past = head.tag_ == "VBD" or (planned and _told_in_past(head))  # "was scheduled to"
            if (planned or head.lemma_ in _BID_LEMMAS or head.lower_ == "was") and told_past and not were_to:
                return 0  # "threatened to walk out Thursday night", "was to report on Wednesday": either side
            if planned or head.lemma_ in _BID_LEMMAS or head.tag_ in ("VBZ", "VBP", "MD") or were_to:
                return 1  # "is likely to bounce back Tuesday", "is set to report on Thursday", "if he were to win"
            tok = head
            continue
        if tok.tag_ in ("VBZ", "VBP") and any(c.dep_ == "acomp" and c.lower_ in _FUTURE_ADJS for c in tok.children):
            return 1  # "more snow is due on Tuesday"
        present = tok.tag_ in ("VBZ", "VBP", "VB") or (tok.tag_ == "VBN" and any(a.tag_ in ("VBZ", "VBP") for a in auxes))
        if present and not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in auxes) and _open_condition(tok):
            return 1  # "if the November election does not break their way", "if he is elected in November"
        if tok.tag_ == "VBD" and any(c.dep_ == "mark" and c.lower_ == "if" for c in tok.children) \
                and any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in tok.head.children):
            return 1  # "if he won the election on Nov. 8, he would ...": a hypothetical ahead
        if tok.dep_ == "conj" and not auxes and tok.lower_ == tok.lemma_.lower() and tok.head.tag_ == "VB" and any(
                c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in tok.head.children):
            tok = tok.head  # "may backfire and cost her the elections on March 13": the modal's clause
            continue
        if tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
            return -1
        if tok.tag_ == "VBN" and tok.lower_ == "followed" and not auxes and tok.head.i != tok.i \
                and any(ch.lower_ == "by" for ch in tok.children):
            tok = tok.head  # "a speech Monday, followed by one on Tuesday": the series' own time
            continue
        if tok.tag_ == "VBN" and words & {"has", "have", "'s", "'ve"}:
            return -1
        if tok.tag_ == "VBN" and not auxes and tok.dep_ == "acl" and tok.lemma_ in ("need", "require", "want"):
            verb = _first_verb(tok.head)
            if verb.pos_ in ("VERB", "AUX") and verb.i != tok.i:  # "will give him the boost needed for a win Tuesday": the clause's time
                tok = verb
                continue
        if tok.tag_ == "VBN" and not auxes and tok.dep_ in ("acl", "relcl", "advcl", "ROOT", "conj"):
            return -1
        if tok.lemma_ == "come" and any(ch.lower_ == "off" for ch in tok.children):
            return -1  # "is coming off a strong debate Thursday night": just behind
        if tok.tag_ == "VBG" and words & {"is", "are", "am", "'s", "'re"} and tok.lemma_ not in _REACTION_LEMMAS:
            return 1  # "is meeting on Thursday"; not "are hailing his speech on Thursday", a reaction now
        if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
            tok = tok.head
            continue
        if tok.tag_ == "VBG" and not auxes and tok.dep_ == "pcomp" and tok.head.lower_ in ("after", "since", "despite"):
            # "After trouncing Clinton in Tuesday's primary, he must ...", "despite winning the primary
            # there in February": done before the clause's time
            return -1
        if tok.tag_ == "VBG" and not auxes and tok.dep_ == "pcomp" and tok.head.lower_ in ("to", "toward", "towards"):
            verb = _first_verb(tok.head)
            return -1 if _told_as_past(verb) else 1  # "is key to scoring a win in November": an aim ahead, unless told as past
        if tok.tag_ == "VBG" and not auxes and tok.dep_ == "pcomp" and tok.head.lower_ == "on" \
                and tok.head.head.lower_ in _AIM_HEADS and tok.head.head.tag_ != "VBD" \
                and not any(c.tag_ == "VBD" for c in tok.head.head.children):
            return 1  # "is focused on defeating Trump on Monday night": an aim ahead, unless told as past
        if tok.tag_ == "VBG" and not auxes and _prospect_of(tok):
            return 1  # "Cruz's chances of winning in November": a prospect lies ahead
        if tok.tag_ == "VBG" and not auxes and tok.dep_ in ("pcomp", "pobj", "acl", "advcl", "xcomp", "prep"):
            head = _first_verb(tok.head)  # a gerund takes its time from the clause it sits in ("will have trouble winning in ...")
            if head.pos_ in ("VERB", "AUX") and head.i != tok.i:
                tok = head
                continue
        if tok.head.lower_ == "let" and tok.head.tag_ == "VB" and tok.head.i < tok.i and any(
                c.lower_.replace("’", "'") in ("'s", "us") for c in (*tok.children, *tok.head.children)):
            return 1  # "Let's defeat her in November", quoted after a past verb too
        if tok.tag_ in ("VB", "VBN") and not auxes and tok.dep_ in ("ccomp", "xcomp") and tok.head.i != tok.i:
            tok = tok.head  # a bare infinitive or small clause ("make their voice known Tuesday")
            continue
        if tok.tag_ == "VB" and tok.dep_ == "ROOT" and not auxes and not any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") and not _vocative(c) for c in tok.children):
            return 1  # an imperative: "Remember in November", "vote on Tuesday", "Missouri: Remember ..."
        return 0
    return 0


_NOT_TIME_AFTER_SOON = _words("not_time_after_soon")
# words whose "on <gerund>" is an aim ("focused on winning", "counting on carrying")
_AIM_HEADS = _words("aim_heads")


# verbs whose "until/to/for <date>" names a later time than the verb's own ("postponed until Tuesday")
_DEFER_LEMMAS = _words("defer_lemmas")
_DEFER_PREPS = _words("defer_preps")
# verbs whose subject is a time still ahead ("as Election Day nears")
_APPROACH_LEMMAS = _words("approach_lemmas")
_NOMINAL_DEPS = {"poss", "compound", "nmod", "amod"}
# nouns for events set in a calendar, which a date modifying them may name ahead of time
_SCHEDULED_NOUNS = _words("scheduled_nouns")


def direction(span: Span, holiday: bool = False) -> int:
    """Which side of the anchor a year-less date lies on: the clause's tense, corrected by
    what the words around the date say. A date that modifies a noun ("Friday's purchases", "the
    Oct. 23 slaying", "a June agreement") names an event already reported on, unless the noun
    is a scheduled event ("the Nov. 8 election"), which may lie either side, or the date is a
    ``holiday``, which the clause's tense places ("Thanksgiving travel will peak"); "effective
    Feb. 1", "as soon as Monday" and a deferral ("postponed until Tuesday") point forward.
    -2 is a past that allows no slack: the date hangs straight on a simple-past verb."""
    doc = span.doc
    tense = clause_tense(span)
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    prev2 = doc[span.start - 2].lower_ if span.start > 1 else ""
    if _after_report_verb(span) or prev in ("later", "earlier") or span[0].lower_ in ("later", "earlier"):
        return -1  # "said Monday"; "when he speaks later Monday": the day being reported
    if prev in ("effective", "soon") or (prev == "as" and prev2 in ("soon", "early")) or (prev, prev2) == ("of", "ahead") \
            or (prev == "come" and doc[span.start - 1].tag_ != "VBD") or (prev == "to" and prev2 in ("ahead", "forward")):
        return 1  # ... "the favorite to win come November", "looking ahead to the fall"
    if span.start > 2 and doc[span.start - 3:span.start - 1].text.lower() == "ahead of" \
            and doc[span.start - 1].pos_ in ("NOUN", "VERB"):
        return 1  # "ahead of voting Tuesday", "ahead of elections Sunday"
    first = span.sent.start if doc.has_annotation("SENT_START") else 0  # not "ahead of the election.\n\nSaturday's"
    if _LEAD_UP.search(doc[max(first, span.start - 8):span.start].text) and not any(
            t.pos_ in ("VERB", "AUX") for t in doc[max(first, span.start - 6):span.start]):
        return 1  # "ahead of the Iowa caucuses on Monday", "in the run-up to the voting kickoff on Monday"
    if prev == "into" and doc[span.start - 2].lemma_.lower() in ("head", "go"):
        # "heading into Tuesday's primary": ahead; told in the past, the nearer one ("Heading into
        # Tuesday's primary, Trump attacked ...", the day before)
        return 0 if tense < 0 else 1
    if prev == "to" and prev2 in ("closer", "nearer"):
        return 1  # "as it gets closer to November"
    if prev in _PAST_PREPS:  # "since Jan. 1" has begun, whatever the clause's tense
        return -1
    if _days_before(span):
        # "what she needs, only days before the Iowa caucuses on Monday"; told in the past ("his
        # debate came just days before Tuesday's primary"), the nearer one
        return 1 if tense >= 0 else 0
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "when":
        verb = next((t for t in doc[span.end + 1:span.end + 8] if t.pos_ in ("VERB", "AUX")), None)
        if verb is not None and verb.tag_ == "VBD":
            return -2  # "a controversy in June when Mr. Trump attacked a judge": the time of a past event
    if (prev2, prev) == ("known", "as") or prev in ("dubbed", "nicknamed"):
        return 0  # "contests on March 1, known as Super Tuesday": a name, the naming verb no tense of it
    root = span.root
    if root.dep_ == "nsubj" and root.head.lemma_ in _APPROACH_LEMMAS and root.head.tag_ in ("VBZ", "VBP", "VBG"):
        return 1  # "as Election Day nears", "with November approaching"
    if prev in _DEFER_PREPS:
        verb = span.root.head.head if span.root.dep_ == "pobj" else span.root.head
        if verb.lemma_ in _DEFER_LEMMAS:
            return 1
        if prev in ("until", "till") and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children):
            return 1  # "has given them until 9 a.m. Tuesday": a deadline still open
    if root.dep_ in _NOMINAL_DEPS and root.head.pos_ in ("NOUN", "PROPN") and root.head.i >= span.end:
        head = root.head
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head  # "the winter golf season": the noun the modifiers lead to
        if holiday:
            return tense  # "Christmas sales fell" (the last), "Thanksgiving travel will peak" (the next)
        nouns = doc[span.end:head.i + 1]
        if any(_names_records(t) for t in nouns):
            return -1  # "their February campaign finance reports", "Tuesday's results": records of a time gone by
        if any(t.lower_ in _SCHEDULED_NOUNS for t in nouns):
            # "the Nov. 8 election", "the fall debates": a date of its own, which a past clause
            # does not date ("hacked emails ahead of the Nov. 8 election"); "ahead of" the event
            # puts it after the time of writing
            np_head = head.head
            if np_head.lower_ == "of" and np_head.i > 0 and doc[np_head.i - 1].lower_ == "ahead":
                return 1
            if np_head.lower_ in _FUTURE_PREPS and np_head.dep_ == "prep" and tense >= 0:
                return 1  # "to prepare even before the November election", "by the March primaries"
            if np_head.lower_ == "of" and np_head.head.lemma_.lower() in _RETROSPECT_NOUNS:
                return -1  # "an analysis of Thursday's debate": told after the event
            if tense < 0 and (_names_weekday(span) or span[-1].lower_ == "weekend"):
                return -1  # "was the winner of Monday night's debate", "This weekend's debate gave": told when past
            if not _names_weekday(span) and any(c.dep_ == "relcl" and c.tag_ == "VBD" for c in head.children):
                return -1  # "the February debate that scuttled his campaign": the event is told as done
            return max(tense, 0)
        verb = head.head.head if head.head.pos_ == "ADP" else head.head
        if tense > 0 and any(t.tag_ == "MD" and t.lower_ in _FUTURE_AUX for t in verb.children) \
                and not (_names_weekday(span) and root.dep_ == "poss" and head.dep_ in ("nsubj", "nsubjpass")):
            # "the March accession will enable ...", "will be shut for the Easter weekend": a modal
            # on the noun's own verb puts the event ahead; not one further up ("would look for
            # ways to get around Wednesday's ruling"), nor on a day's reported event as subject
            # ("Monday's decision will reverberate", but "will use Monday's encounter")
            return 1
        if tense >= 0 and not _names_weekday(span):
            # "the March states are crucial" (written in January), "a June agreement" (written in
            # August): a month or season the clause leaves open is the nearest one
            return 0
        return -1  # "Friday's purchases weigh on ...": a day's event already reported
    noun = root.head.head if root.head.pos_ == "ADP" else root.head
    if root.head.pos_ == "ADP" and root.head.i == span.start - 1 and span.start > 1 \
            and doc[span.start - 2].pos_ == "NOUN":
        noun = doc[span.start - 2]  # "was not hopeful about the looming showdown in July", however parsed
    if noun.pos_ == "NOUN" and any(ch.dep_ == "amod" and ch.lower_ in _PLANNED_ADJS for ch in noun.children):
        return 1  # "a planned Cruz rally on Saturday", "the scheduled vote Tuesday"
    if tense > 0 and _after_event_noun(span) and _names_weekday(span) and not _prospect_of(span.root.head.head) \
            and span.root.head.head.lower_ not in _PROSPECT_NOUNS:  # not "will get one more chance on Saturday"
        return 0  # "his address Sunday ... will be a major topic": the address is reported, not due
    if tense == 0 and prev in _FUTURE_PREPS:
        return 1
    if tense < 0 and _on_past_verb(span):
        return -2  # "the blowout occurred on Jan. 5": past for sure, not a date a few weeks ahead
    return tense


_NEGATORS = _words("negators")
_PERCEPTION_LEMMAS = _words("perception_lemmas")


def _days_before(span: Span) -> bool:
    """Whether a date hangs below "days/weeks/hours before" ("only days before the caucuses on
    Monday"), which counts down to it."""
    tok = span.root
    for _ in range(4):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lower_ == "before" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("days", "weeks", "hours"):
            return True
    return False


def _prospect_of(tok: Token) -> bool:
    """Whether a noun or gerund is the object of a prospect's "of" ("the prospect of a loss", "her
    chances of winning")."""
    return tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _PROSPECT_NOUNS


def _open_condition(verb: Token) -> bool:
    """Whether a verb heads an "if"/"unless" clause, whose present tense tells of a time ahead."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children)


def _names_weekday(span: Span) -> bool:
    """Whether a date names a weekday, whose week news leaves to the clause's tense."""
    return any(t.lower_.rstrip(".") in _WEEKDAY_WORDS for t in span)


def _past_ability(verb: Token) -> bool:
    """Whether "could" on ``verb`` tells of what was (not) possible then rather than of a
    possibility ahead: a denied clause ("could not be reached", "neither he nor she could be
    located") or a perception ("could hear explosions Monday night")."""
    return verb.lemma_ in _PERCEPTION_LEMMAS or any(c.dep_ == "neg" for c in verb.children) or any(
        t.lower_ in _NEGATORS for c in verb.children if c.dep_.startswith("nsubj") for t in c.subtree)


def _after_event_noun(span: Span) -> bool:
    """Whether a date follows and dates a noun that is no scheduled event ("the slaying in
    Chicago on Friday", "his address Sunday"): what the clause's future says is about that
    event's effects, not its time."""
    head = span.root.head
    if head.pos_ == "ADP" and head.lower_ in ("on", "in", "at") and span.root.dep_ == "pobj":
        head = head.head
    elif span.root.dep_ != "npadvmod":
        return False
    if head.pos_ != "NOUN" or head.i > span.start or head.lower_ in _SCHEDULED_NOUNS:
        return False
    verbs = [t for t in _heads(head) if t.pos_ in ("VERB", "AUX")]
    if any(v.lemma_ in _FUTURE_LEMMAS for v in verbs):
        return False  # "rabbis plan to join the protest of his appearance Monday": inside a plan
    # "a strong finish Monday would change the race": an event only imagined
    imagined = bool(verbs) and any(a.dep_ == "aux" and a.lower_ in ("would", "could", "might") for a in verbs[0].children)
    return not (imagined and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in head.children))


def _heads(tok: Token, limit: int = 8) -> list[Token]:
    """The tokens above ``tok`` in its parse, nearest first."""
    out: list[Token] = []
    while tok.head.i != tok.i and len(out) < limit:
        tok = tok.head
        out.append(tok)
    return out


def _names_records(tok: Token) -> bool:
    """Whether a noun names records of a period ("reports", "results", "sales"), not an event
    that may be scheduled ("elections", "debates")."""
    plural = tok.lower_ if tok.lower_.endswith("s") else tok.lemma_.lower() + "s"
    return plural in _YEAR_NOUNS and tok.lemma_.lower() not in _SCHEDULED_NOUNS and tok.lower_ not in _SCHEDULED_NOUNS


def _dates_scheduled_event(span: Span) -> bool:
    """Whether a date names the day of a scheduled event ("Tuesday's primary", "the election on
    Tuesday"), which a clause without tense puts on neither side of the writing."""
    return _scheduled_event(span) is not None


def _scheduled_event(span: Span, adverbial: bool = False) -> Token | None:
    """The scheduled event a date names the day of ("primary" in "Tuesday's primary", "the
    election on Tuesday"; with ``adverbial``, also "a debate Thursday"), if any."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.pos_ == "ADP" and head.lower_ in ("on", "in", "at"):
        head = head.head
    elif root.dep_ not in _NOMINAL_DEPS and not (adverbial and root.dep_ == "npadvmod"):
        return None
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return head if head.pos_ in ("NOUN", "PROPN") and head.lower_ in _SCHEDULED_NOUNS else None


def _aim_of_past_bid(span: Span) -> bool:
    """Whether a date hangs on the infinitive of a plan or bid told in the simple past
    ("threatened to walk out Thursday night", "planned to leave on Thursday"), or on a reported
    "would" ("said they would light landmarks on Monday night"): the date may be the bid's own
    day or its aim, so neither side of the writing is implied."""
    verb = _first_verb(span.root)
    head = verb.head
    if head.i == verb.i or not (head.tag_ == "VBD" or _told_in_past(head)):
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return ("to" in auxes and (head.lemma_ in _FUTURE_LEMMAS or head.lemma_ in _BID_LEMMAS or head.lower_ == "was")) \
        or (auxes == {"would"} and verb.dep_ == "ccomp")


def _told_in_past(verb: Token) -> bool:
    """Whether a participle is told in the simple past by its auxiliary ("was scheduled to
    speak", "were expected to vote"): a plan reported as it stood, which may still lie ahead."""
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" and c.lower_ != "had"
                                      for c in verb.children)


def _told_as_past(verb: Token) -> bool:
    """Whether a verb is in the simple past, by its own form or its auxiliary ("did support")."""
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _past_perfect(verb: Token) -> bool:
    """Whether a verb is in the past perfect ("had been due to expire"), which puts its time
    before the story's past: a plan told of this way has lapsed or been carried out."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _on_past_verb(span: Span) -> bool:
    """Whether a date hangs straight on a verb in the simple past ("occurred on Jan. 5",
    "were captured Dec. 28"), so that no looser reading ("payable Dec. 7") can put it ahead."""
    head = span.root.head
    if head.pos_ == "ADP" and head.i == span.start - 1:
        if head.lower_ in _FUTURE_PREPS:
            return False  # "gave them until mid-November": a deadline, which may lie ahead
        head = head.head
    if head.i == span.root.i or head.pos_ not in ("VERB", "AUX") or span.root.dep_.startswith("nsubj"):
        return False  # a date as subject is no time of the verb ("Christmas Eve was booked")
    auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    return (head.tag_ == "VBD" and not auxes) or (head.tag_ == "VBN" and any(a.tag_ == "VBD" for a in auxes))


_REPORT_LEMMAS = _words("report_lemmas")


def _in_headline(span: Span) -> bool:
    """Whether ``span`` sits in a title-case line, where capitals say nothing of names."""
    words = [t.text for t in span.sent if t.is_alpha and len(t) > 3] if span.doc.has_annotation("SENT_START") else []
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _reports_results(span: Span) -> bool:
    """Whether a quarter is that of results to be reported ("will report fourth-quarter results",
    "posts its third-quarter earnings"): a quarter already ended, whatever the tense."""
    return _first_verb(span.root).lemma_ in _RESULT_VERBS


def _after_report_verb(span: Span) -> bool:
    """A day right after a reporting verb ("said on Monday he would ...", "says Friday"), or
    after the one it tells ("told reporters Monday"), is the day of the saying, however the
    parser hung it on the reported clause."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "on":
        i -= 1
    if i >= 0 and doc[i].lemma_ not in _REPORT_LEMMAS and span.root.dep_ != "poss":
        # "told African-Americans this weekend he would ...": past the one told, the same day
        told = next((t for t in reversed(doc[max(0, i - 4):i]) if t.lemma_ in _REPORT_LEMMAS), None)
        heard = [c for c in told.children if c.dep_ in ("dobj", "dative")] if told is not None else []
        if heard and all(any(t in c.subtree for c in heard) for t in doc[told.i + 1:i + 1]) \
                and not any(span.root in c.subtree for c in heard):  # not "noted a planned rally on Saturday"
            i = told.i
    if i < 0 or doc[i].lemma_ not in _REPORT_LEMMAS:
        return False
    verb = doc[i]
    # "wouldn't say Tuesday", "would not comment Tuesday": a refusal already made
    return verb.tag_ in ("VBD", "VBZ", "VBP") or (verb.tag_ == "VB" and any(
        c.dep_ == "neg" for c in verb.children) and any(c.lower_ in ("would", "wo") for c in verb.children))


def _firm_future(span: Span) -> bool:
    """Whether a date told as ahead hangs on a verb of its own that says so ("will meet on
    Thursday", "could vote Tuesday", "Democrats vote Tuesday") or lies "ahead of" something,
    rather than on a noun, a participle or a past plan that leaves its side open ("a strong
    performance Tuesday", "waking up on Tuesday morning", "was planning to hold a fund-raiser on
    Thursday night")."""
    doc = span.doc
    if "ahead of" in doc[max(0, span.start - 4):span.start].text.lower():
        return True
    root = span.root
    noun = root.head.head if root.dep_ == "pobj" and root.head.pos_ == "ADP" else root.head
    if root.dep_ in ("poss", "compound", "nmod", "npadvmod", "pobj") and noun.pos_ in ("NOUN", "PROPN"):
        # but "the meeting Tuesday will decide the matter": the subject of a future
        return noun.dep_ in ("nsubj", "nsubjpass") and _has_future_aux(noun.head)
    verb = _first_verb(root)
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBG", "VBN") and not auxes:
        # "will have a chance to make their voice known on Tuesday": a future further up
        return any(_has_future_aux(h) for h in _heads(verb, 4))
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return False
    if any(a.lower_ == "to" for a in auxes) and (verb.head.tag_ == "VBD" or any(
            c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.head.children)):
        return False  # "was planning to hold ... on Thursday night"
    return True


def _has_future_aux(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_.replace("’", "'") in _FUTURE_AUX for c in verb.children)


def _scheduled_present(span: Span) -> bool:
    """A weekday or year-less date in a simple-present clause names a scheduled, coming day
    ("the summit opens Friday", "the president takes office in January"), unless the verb
    reports speech ("police say Sunday")."""
    if _in_headline(span):
        return False  # a headline's present tense tells of the past ("Senate Passes Bill Tuesday")
    tok: Token = span.root.head
    if tok.pos_ == "ADP" and tok.lower_ in ("on", "in", "at", "for", "by", "until", "before") and tok.i == span.start - 1:
        tok = tok.head  # "meet on Monday", "expires at 4 p.m. Wednesday"
    fronted = span.end < len(span.doc) and span.doc[span.end].text == "," and tok.i > span.end  # "On Tuesday, voters go"
    if (tok.i >= span.start and not fronted) or tok.tag_ not in ("VBZ", "VBP") or tok.lemma_ in _REPORT_LEMMAS \
            or _noun_as_verb(tok):
        return False
    if any(c.dep_ == "dobj" and (c.like_num or any(t.text in ("%", "$") for t in c.subtree)) for c in tok.children):
        return False  # "that follows 292,000 in June", "compares with ...": figures reported, no schedule
    return not any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def _vocative(tok: Token) -> bool:
    """A name set off before the verb by a colon or comma ("Missouri: Remember in November"),
    which the parser may take for the subject."""
    return tok.pos_ == "PROPN" and tok.i + 1 < tok.head.i and tok.doc[tok.i + 1].text in (":", ",") \
        and all(c.dep_ in ("compound", "punct") for c in tok.children)


_LATER_MARKS = frozenset({"until", "till", "after", "before", "since", "once"})


def _governors(verb: Token) -> set[int]:
    """``verb`` and the verbs whose clauses hold it, up to the first coordination or clause of
    a time of its own ("lost more contests than he won in March": "won" is governed by "lost";
    "didn't endorse until 2008, but followed suit in October", "not reported until Reuters
    asked in April": "followed" and "asked" have times of their own)."""
    out = {verb.i}
    while verb.dep_ != "conj" and verb.head.i != verb.i and not (
            verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _LATER_MARKS for c in verb.children)):
        verb = verb.head
        out.add(verb.i)
    return out


def _noun_as_verb(tok: Token) -> bool:
    """A plural noun the tagger read as a present verb, told by a determiner or possessive or
    by having no subject outside a coordination ("did not revisit her Wall Street remarks on
    Sunday", with "remarks" parsed as a clause of its own)."""
    return tok.tag_ == "VBZ" and (
        any(c.dep_ in ("poss", "det") and c.i < tok.i for c in tok.children)
        or (tok.dep_ != "conj" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in tok.children)))


def _first_verb(tok: Token) -> Token:
    """``tok`` if it is a verb, else the first verb above it in the parse (the root when none is)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _verb_of(span: Span) -> int | None:
    """The index of the first verb above ``span`` (None outside a parsed clause)."""
    verb = _first_verb(span.root) if span.doc.has_annotation("DEP") else None
    return verb.i if verb is not None and verb.pos_ in ("VERB", "AUX") else None


def _in_present_clause(span: Span) -> bool:
    """The first verb above ``span`` is a finite present with no past auxiliary, outside a
    headline: a bare month there is as likely ahead as behind ("seats up in November")."""
    if _in_headline(span):
        return False
    verb = _verb_of(span)
    if verb is None:
        return False
    tok = span.doc[verb]
    return tok.tag_ in ("VBZ", "VBP") and not _noun_as_verb(tok) and not any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBN") for c in tok.children)


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
    return True


_TIME_THEN_DAY = re.compile(r"\s*\)?\s*(?:,\s*|on\s+|\(\s*)?", re.IGNORECASE)
_PAREN_OPEN = re.compile(r"\s*\(\s*")


def _times_on_following_day(text: str, cands: list[grammar.Candidate]) -> list[grammar.Candidate]:
    """"midnight on Tuesday", "6 a.m., March 3", "10:35 a.m. (0735 GMT) Friday", "overnight on
    Jan. 24": clock times and nights of the writing day followed by a day are on that day (each
    stays its own expression)."""
    out = list(cands)
    i = 0
    while i < len(out):
        if out[i].pattern == "date_overnight" and out[i].form.get("k") == "shift" and i + 1 < len(out):
            # "overnight on Jan. 24", "overnight on Saturday": the night of that day
            nxt, gap = out[i + 1].form, text[out[i].end:out[i + 1].start]
            if _TIME_THEN_DAY.fullmatch(gap) and (nxt.get("k") == "wd" or nxt.get("d")) and nxt.get("t") == "DATE":
                c = out[i]
                form = {**_time_on_day(nxt, c.form), "day_at": (out[i + 1].start, out[i + 1].end)}
                out[i] = grammar.Candidate(c.start, c.end, c.pattern, form, c.priority)
            i += 1
            continue
        if not _is_clock_today(out[i].form):
            i += 1
            continue
        k = i + 1  # the same moment in another zone, in parentheses, or a range's end joins the group
        while k < len(out) and _is_clock_today(out[k].form) and (
                _PAREN_OPEN.fullmatch(text[out[k - 1].end:out[k].start])
                or _RANGE_TO.fullmatch(text[out[k - 1].end:out[k].start])):
            k += 1
        if k < len(out) and _TIME_THEN_DAY.fullmatch(text[out[k - 1].end:out[k].start]):
            nxt = out[k].form
            if (nxt.get("k") in ("wd", "date", "hol") and nxt.get("t") == "DATE"
                    and (nxt.get("k") != "date" or nxt.get("d"))) \
                    or (nxt.get("k") == "ana" and nxt.get("g") == "D" and nxt.get("t") == "DATE") \
                    or (nxt.get("k") == "abs" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(nxt.get("v")))):
                day_at = (out[k].start, out[k].end)  # the day's own clause sets the direction
                for j in range(i, k):
                    c = out[j]
                    form = {**_time_on_day(nxt, c.form), "day_at": day_at}
                    out[j] = grammar.Candidate(c.start, c.end, c.pattern, form, c.priority)
        i = k
    return out


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
    if nxt is not None and nxt.lower_ in event["nouns"]:
        if nxt.lower_ == "memorial" and written and 0 <= (written - day).days <= 7:
            return form  # "her collapse at the Sept. 11 memorial", written that week: this year's ceremony
        return {"k": "abs", "v": event["date"], "t": "DATE", "event": True}
    # "ever since Sept. 11", "after Sept. 11": the event too, unless this year's day is near
    # the time of writing ("after Sept. 11, the campaign ..." written that October)
    if span.start == 0 or span.doc[span.start - 1].lower_ not in ("after", "since", "before") or written is None:
        return form
    return {"k": "abs", "v": event["date"], "t": "DATE", "event": True} if abs((written - day).days) > 60 else form


def _range_end(form: dict, start: dt.date) -> dict:
    """The end of a date range ("through December", "to July 15") as an anaphor counted from the
    range's start: the first such month or day on or after it."""
    try:
        end = dt.date(start.year, form["m"], form.get("d") or 1)
        if end < start.replace(day=1 if not form.get("d") else start.day):
            end = end.replace(year=start.year + 1)
    except ValueError:  # February 29 of a common year
        return form
    if form.get("d"):
        return {"k": "ana", "u": "D", "n": (end - start).days, "g": "D", "t": "DATE"}
    months = (end.year - start.year) * 12 + end.month - start.month
    return {"k": "ana", "u": "M", "n": months, "g": "M", "t": "DATE", "mod": form.get("mod")}


def _is_clock_today(form: dict) -> bool:
    """A clock time with no day of its own ("at 10 a.m."): of the writing day unless a day stands beside it."""
    return (form.get("k") == "shift" and form.get("n") == 0 and form.get("t") == "TIME" and not form.get("said")
            and bool(_CLOCK.fullmatch(str(form.get("tod")))))


def _time_on_day(day: dict, clock: dict) -> dict:
    """The form of a clock time set on the day named beside it: that day's form, as a TIME."""
    if day.get("k") == "abs":
        return {"k": "abs", "v": f"{day['v']}T{clock['tod']}", "t": "TIME", "mod": clock.get("mod")}
    return {**day, "t": "TIME", "tod": clock["tod"], "mod": clock.get("mod")}


# "the year"/"the day" right after a date names that date ("in 2010, the year ...")
_APPOSED = {"the year": "Y", "the day": "D", "the month": "M"}
_ORDINAL_DAY = re.compile(r"the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|"
                          r"opening|closing|\d+(?:st|nd|rd|th)) day", re.IGNORECASE)
_APPOSITION = re.compile(r"\s*,?\s*(?:(?:which|that)\s+)?(?:is|was|will be|would be)?\s*", re.IGNORECASE)
_LATER = re.compile(r"\s+(?:later|afterwards?|after that)\b", re.IGNORECASE)
# a range from midnight to an hour of the morning
_MORNING_AFTER = re.compile(r"\s*(?:through|thru|to|until|till|-|–)\s*(?:[1-9]|1[01])(?::\d\d)?\s*a\.?m\b",
                            re.IGNORECASE)
_RANGE_TO = re.compile(r"\s*(?:through|thru|to|until|till|-|–)\s*", re.IGNORECASE)
_BETWEEN_AND = re.compile(r"\bbetween\s+\S+(?:\s+\S+)?\s+and\s+$", re.IGNORECASE)
_AND_OR = re.compile(r"\s*,?\s*(?:and|or|&)\s*", re.IGNORECASE)
_DATE_THEN_TIME = re.compile(r"\s*,?\s*(?:at\s+)?", re.IGNORECASE)
_CLOCK = re.compile(r"\d{2}:\d{2}")
_NUMERIC_DATE = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}")
_ONE_UNIT = re.compile(r"PT?1[A-Z]")


_NAME_LABELS = frozenset({"ORG", "WORK_OF_ART", "FAC", "GPE", "LOC", "PRODUCT", "PERSON", "NORP"})


_LOWERCASE_DEICTICS = _words("lowercase_deictics")
_QUOTES = frozenset('"“”\'‘’`') | {"''", "``"}


def _in_quoted_title(span: Span) -> bool:
    """A capitalized phrase alone between quotation marks is a title (ABC's "This Week",
    "Last Week Tonight"), not a time expression."""
    doc = span.doc
    if not all(t.is_title or t.is_upper or not t.is_alpha for t in span):
        return False
    i = span.start - 1
    while i >= 0 and doc[i].is_title and span.start - i < 6:
        i -= 1
    j = span.end
    while j < len(doc) and doc[j].is_title and j - span.end < 6:
        j += 1
    if j + 1 < len(doc) and doc[j].text in (".", ",", "!", "?") and doc[j + 1].text in _QUOTES:
        j += 1  # ''60 Minutes.''
    return i >= 0 and j < len(doc) and doc[i].text in _QUOTES and doc[j].text in _QUOTES


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
                and not _in_headline(span):
            return True
    last = span[-1]
    if last.lower_ == "century" and last.is_title and span.end < len(span.doc) and span.doc[span.end].is_title \
            and not span.doc[span.end].is_sent_start:
        return True  # "21st Century Fox": a company
    counted = any(t.like_num for t in span[:-1]) or span[0].lower_ in ("a", "an")
    if last.is_title and unit_code(last.text) and counted and not last.is_sent_start and not _in_headline(span) \
            and not (unit_code(last.text) == "CE" and span[-2].lower_[-2:] in ("st", "nd", "rd", "th")):
        # a counted unit capitalized mid-sentence: a title or a brand ("the movie 13 Hours", "13
        # Hours will cover ...", "a Century speedboat"); an ordinal century is often capitalized
        # ("the 20th Century")
        return True
    if last.is_title and unit_code(last.text) and not last.is_sent_start and span.end + 1 < len(span.doc) \
            and span.doc[span.end].lower_ == "of" and not _in_headline(span):
        return True  # a capitalized unit before "of" names something ("the Year of the Woman")
    if not first.is_title or first.ent_type_ not in _NAME_LABELS:
        return False
    doc = span.doc
    if any(t.ent_iob_ != "I" or t.ent_type_ != first.ent_type_ for t in span[1:]):
        return False
    before = doc[span.start - 1] if first.ent_iob_ == "I" else None
    after = doc[span.end] if span.end < len(doc) and doc[span.end].ent_iob_ == "I" else None
    # the name goes on in capitals: not "the Easter weekend", which the model may tag as one entity
    return any(t is not None and (t.is_title or t.is_upper) for t in (before, after))


_DEICTIC_DETERMINERS = frozenset({"this", "last", "next"})
_SPEED_UNITS = _words("speed_units")
_SEASON_WORDS = frozenset(lexicon()["seasons"])
_SEASON_KINDS = _words("season_kinds")
_SPORTS_CUES = _words("sports_cues")
_RESULT_VERBS = _words("result_verbs")
_OVER_MORE_AFTER = _words("over_more_than_after")


def _over_is_more(span: Span) -> bool:
    """Whether "over" before a duration means "more than" ("lasted over a week", "for over a
    year") rather than "across" ("cuts of $85 billion over 10 years")."""
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if len(span) > 1 and span[1].lower_ == "the":
        return False  # "over the past three weeks": across them
    return span.start == 0 or doc[span.start - 1].lower_ in _OVER_MORE_AFTER or after in ("later", "earlier", "ago")


@lru_cache(maxsize=1)
def _idiom_regex() -> re.Pattern:
    """Set phrases whose time words tell no time ("at the end of the day", "flavor of the week")."""
    ctx = resources.load_json("dates/context.json")
    fixed = "|".join(re.escape(w) for w in sorted(ctx["idioms"], key=len, reverse=True))
    heads = "|".join(re.escape(w) for w in ctx["of_the_unit_heads"])
    return re.compile(rf"\b(?:{fixed}|(?:{heads})s?[ -]of the (?:day|week|month|year))\b", re.IGNORECASE)


def _idiom_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _idiom_regex().finditer(text)]


def _determines_noun(span: Span) -> bool:
    """"the past" before a count or a noun ("six of the past seven contests", "the past two
    winners") is a determiner of that noun phrase, not the vague past."""
    doc = span.doc
    if span.text.lower() != "the past" or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return nxt.like_num or nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")


def _not_the_vague_future(span: Span) -> bool:
    """"future" that is no vague future: a capitalized "Future" beside a number or another
    capitalized word, part of a name ("Future 45", a PAC; "Future Forward"; "For Our Future"; but
    "Now Trump leads"), "the Future" of a title ("Back to the Future"), or "future" before a name
    or a role, which it dates from some other time than the writing ("the future Trump
    International Hotel", "his future secretary of State")."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if span.text == "the Future" and not _in_headline(span):
        return True  # "a clip from Back to the Future": a title's word (prose writes "the future")
    if nxt is None or _in_headline(span):
        return False
    if span.text == "Future":  # "Future 45", "Future Forward", "For Our Future"
        prev = doc[span.start - 1] if span.start > 0 else None
        return nxt.like_num or nxt.is_title or (prev is not None and prev.is_title and not prev.is_sent_start)
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
    """"the March on Washington", "the March for Life", "Stop Trump and March on the RNC", "the
    March of Dimes": a march (or a charity) by its name, not the month."""
    doc = span.doc
    if span.text != "March" or span.start == 0 or span.end + 1 >= len(doc):
        return False
    name = doc[span.end + 2] if doc[span.end + 1].lower_ == "the" and span.end + 2 < len(doc) else doc[span.end + 1]
    return doc[span.start - 1].lower_ in ("the", "'s", "’s", "and") and doc[span.end].lower_ in ("on", "for", "against", "of") \
        and (name.is_title or name.is_upper) and name.ent_type_ not in ("DATE", "TIME")


def _period_of_life_or_kind(span: Span) -> bool:
    """A bare plural unit that measures no length of time: a time of life ("his younger days",
    "her college years") or a kind of period ("in presidential election years"). Not "the
    border days after the killing", where the parser took a noun for the unit's modifier."""
    doc = span.doc
    if len(span) != 1 or span.start < 2:
        return False
    before = doc[span.start - 1]
    if before.pos_ == "ADJ":
        return doc[span.start - 2].tag_ in ("PRP$", "POS")
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return before.tag_ == "NN" and before.dep_ == "compound" and before.head.i == span.root.i \
        and after not in ("after", "before", "later", "earlier", "ago") \
        and before.lower_ not in ("spending", "taking", "waiting")  # "after spending months trying": a length


def _after_amount(span: Span) -> bool:
    """"$500 million a year", "358,000 a month": the unit divides an amount, and TimeBank tags
    no SET there (5 of 7 such rates untagged); frequencies ("twice a week") are SETs."""
    if span.text.lower() == "annually":  # "saves $46 million annually", "rose 8.5% annually"
        before = span.doc[max(0, span.start - 6):span.start]
        last_verb = max((t.i for t in before if t.pos_ in ("VERB", "AUX")), default=-1)
        return any(t.i > last_verb and (t.like_num or t.tag_ == "$") for t in before)
    prev = span.doc[span.start - 1] if span.start > 0 and span[0].lower_ in ("a", "an", "per") else None
    return prev is not None and (prev.like_num or prev.lower_ in _AMOUNT_WORDS or prev.tag_ == "$"
                                 or _GLUED_AMOUNT.fullmatch(prev.text) is not None  # "$75billion a year"
                                 or (prev.lower_ in _COUNTED_NOUNS and prev.i > 0 and (  # "3 million households a year"
                                     prev.nbor(-1).like_num or prev.nbor(-1).lower_ in _AMOUNT_WORDS))
                                 or prev.lower_ in _SPEED_UNITS  # "120 miles per hour", "dollars an hour"
                                 or (span.start > 1 and span.doc[span.start - 2].lower_ == "per"))  # "$213 per adult per year"


def _generic_today(span: Span) -> bool:
    """"in today's world", "many of today's computers": the present age, which TimeML leaves
    untagged, not the day of writing ("today's editions" is that day)."""
    doc = span.doc
    if span.text.lower() != "today" or span.end + 1 >= len(doc) or doc[span.end].text not in ("'s", "’s"):
        return False
    return doc[span.end + 1].lower_ in _GENERIC_TODAY_NOUNS or (span.start > 0 and doc[span.start - 1].lower_ == "of")


def _text_after(span: Span, tokens: int = 12) -> str:
    """The text right after ``span``, a few tokens of it (``doc.text`` is rebuilt on each access)."""
    return span[-1].whitespace_ + span.doc[span.end:span.end + tokens].text


def _not_a_timex(pattern: str, span: Span, parsed: bool, in_earnings: bool) -> bool:
    """Whether a grammar match is no time expression after all, by the words around it: a
    name or title, a rate of an amount, a fraction, a vague word used otherwise, a "period"
    outside an earnings report."""
    if _in_name(span) or (pattern in ("set_rate", "set_every", "set_word", "dur_num") and _after_amount(span)):
        return True
    if pattern == "dur_num" and span[0].lower_ in ("a", "an", "several", "many", "few") and len(span) == 2 \
            and span[-1].dep_ == "compound":
        return True  # "an armoire and a night table", "one of several weekend rallies": the unit names a kind
    if pattern == "dur_num" and len(span) == 2 and _names_a_kind(span):
        return True
    if pattern == "dur_vague" and len(span) == 1 and span.start > 0 and span.doc[span.start - 1].pos_ == "PROPN" \
            and span.doc[span.start - 1].is_title and not (
                span.end < len(span.doc) and span.doc[span.end].lower_ in ("later", "earlier", "ago", "before", "after")):
        return True  # "the Clinton years": an era named for someone, no length (not "to Benghazi weeks later")
    if pattern == "dur_num" and span[-1].lower_ == "quarter" and (span.text.isupper() or _FRACTION_PAIR.match(
            _text_after(span)) or _PERCENT_AFTER.match(_text_after(span))):
        return True  # "SAVE A QUARTER", "between a quarter and a third", "over a quarter, 26 percent": a fraction
    if pattern == "dur_num" and _AGE_RANGE_END.match(_text_after(span)):
        return True  # "babies between one week and three months old": the low end of an age range
    if pattern == "dur_num":  # "about three-quarters support the ban": a fraction
        return bool(re.search(r"[a-z]-quarters?\b", span.text, re.IGNORECASE)) and span[-1].lower_.startswith("quarter")
    if pattern == "set_word" and span.text.lower() == "daily" and (span[0].pos_ == "NOUN" or (
            span.end < len(span.doc) and span.doc[span.end].is_title and not span.doc[span.end].is_sent_start)):
        return True  # "the Paris daily Libération", "a free daily": a newspaper
    if pattern == "ref_word" and span.text.lower() == "current" and span.end < len(span.doc) \
            and span.doc[span.end].lower_ == "of":
        return True  # "this current of self-destruction": a flow, the noun
    if pattern == "ref_word":
        return not _vague_ref_ok(span, parsed) or _determines_noun(span) or _not_the_vague_future(span)
    if pattern == "ref_at":
        return _moment_of_past_clause(span)
    if pattern == "date_my" and _named_march(span):
        return True
    if pattern == "date_day" and _generic_today(span):
        return True
    if len(span) == 3 and span[0].tag_ == "PRP$" and span[0].lower_ != "its" and span[-1].lower_ == "decade" \
            and span[1].lower_ in _ORDINAL_WORDS:
        return True  # "as he enters his eighth decade": an age
    if pattern == "date_overnight" and parsed and len(span) == 1 and span[0].dep_ == "advmod" \
            and span[0].head.lemma_ in _SUDDEN_CHANGE:
        return True  # "doubling HP's size overnight", "transformed overnight": all at once, no night
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
    if pattern == "date_season" and span[-1].lower_ == "fall" and span.end + 1 < len(span.doc) \
            and span.doc[span.end].lower_ in ("in", "of") and span.doc[span.end + 1].pos_ == "NOUN":
        return True  # "this fall in prices", "the fall of Saigon"-like: the noun for a drop
    if pattern == "date_season" and span.text.lower() == "fall" and span.end < len(span.doc) \
            and span.doc[span.end].lower_ in _FALL_PARTICLES:
        return True  # "could be tenuous and fall apart": the verb
    if pattern == "date_hol" and span.end < len(span.doc) and span.doc[span.end].lower_ in _HOLIDAY_KINDS:
        return True  # "Christmas trees", "a Halloween movie": a kind of thing
    if pattern in ("date_quarter", "date_q") and span.doc.has_annotation("SENT_START") \
            and any(t.lower_ in _SPORTS_CUES for t in span.sent) and not _MONEY.search(span.sent.text):
        return True  # "scored 30 points in the fourth quarter": a period of play
    if pattern == "rel_unit" and span[-1].lower_ == "period" and not in_earnings:
        # "during that period" names no quarter unless the sentence is about money
        return not (span.doc.has_annotation("SENT_START") and bool(_MONEY.search(span.sent.text)))
    return False


def _is_rate(span: Span, form: dict) -> bool:
    """"a day"/"an hour" right after a plural noun is a rate ("barrels a day", "cars a week")."""
    if span[0].lower_ not in ("a", "an", "per") or len(span) != 2 or not _ONE_UNIT.fullmatch(str(form.get("v"))):
        return False
    if span.end < len(span.doc) and span.doc[span.end].lower_ in ("after", "later", "earlier", "before", "ago", "into"):
        return False  # "his comments a day after he made them", "delegates a month into the race": a lapse of time
    prev = span.doc[span.start - 1] if span.start > 0 else None
    return prev is not None and prev.tag_ in ("NNS", "NNPS") and prev.lower_ not in _temporal_words()


def _is_count(doc: Doc, start: int, end: int) -> bool:
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
    if before is not None and before.lower_ in YEAR_LEADERS:
        return False  # "In 1918 people marched"
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
        if before.lower_ in _HEDGES and anchor and year and int(year.group()) % 100 and (
                after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")) \
                and 1900 <= int(year.group()) <= int(str(anchor)[:4]):
            return False  # "turned extreme around 2002": a hedged year, no noun counted (not "around 2000")
        return True  # "more than 2000 troops", not "no earlier than 2027"
    if after is not None and after.lower_ in _YEAR_NOUNS:
        return False  # "2013 comments", "2015 data": a year naming the records, not a count of them
    if after is not None and after.tag_ == "NNS" and num.dep_ == "nummod" and not (
            before is not None and before.tag_ in ("JJ", "NNP", "NNPS") and before.i + 1 == span.start):
        return True  # "2000 troops", but "the Republican 2016 hopefuls" (no count follows a modifier)
    if after is not None and after.lower_ in ("%", "percent", "people", "troops", "times"):
        return True
    return False


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


def _modifies_noun(span: Span) -> bool:
    """Whether a date is a noun's modifier ("a Thursday rally", "a Tuesday breakfast"): then the
    article is the noun's, and the date the day of that event, not any such day."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.is_lower


def _has_context(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if span.end < len(doc) and doc[span.end].lower_ in _SCHEDULED_NOUNS and span[-1].dep_ in ("compound", "amod", "nmod"):
        return True  # "the fall campaign", "a bruising fall battle": the season of a scheduled event
    if span.start == 0:
        return False
    prev = doc[span.start - 1]
    if (prev.lower_ in ("a", "an", "the") or prev.tag_ in ("PRP$", "POS")) and span.end < len(doc) \
            and doc[span.end].is_lower and doc[span.end].is_alpha and span[0].is_title:
        return True  # "a May interview", "the March report", "her March comment": a month naming the noun's time
    if span.start > 1 and (doc[span.start - 2].lower_, prev.lower_) in (("prior", "to"), ("compared", "with"),
                                                                         ("compared", "to"), ("ahead", "to")):
        return True  # "Prior to May, ...", "compared with March", "looking ahead to the fall"
    if prev.lemma_ == "be" and prev.pos_ == "AUX" and span.end < len(doc) and doc[span.end].text in (".", "!", ";"):
        return True  # "That was May."
    if prev.lemma_ in ("begin", "end", "start", "finish", "close") and prev.pos_ == "VERB":
        return True  # "Cruz began March with $20 million"
    return prev.lower_ in _CONTEXT_WORDS or prev.is_punct and span.start > 1 and doc[span.start - 2].lower_ in _CONTEXT_WORDS


_WEEKDAY_WORDS = frozenset(lexicon()["weekdays"])
_ORDINAL_WORDS = frozenset(lexicon()["ordinals"]) | {"last", "final", "next"}
# markup the tokenizer left on a word ('tweet-date="January'): not part of the expression
_MARKUP = re.compile(r'[="<>]')
# adjectives before "quarters" that keep them periods ("recent quarters", not "larger quarters")
_QUARTER_ADJS = _words("quarter_adjs")
_PERCENT_AFTER = re.compile(r"[\s,(–—-]+(?:about |nearly |some )?[0-9]+(?:\.[0-9]+)? ?(?:percent|per cent|%)", re.IGNORECASE)
_FRACTION_PAIR = re.compile(r"\s+(?:and|or|to)\s+(?:a|one)[- ](?:third|half|fifth|tenth)\b", re.IGNORECASE)
# particles that make a bare "fall" the verb ("fall apart", "fall short")
_FALL_PARTICLES = _words("fall_particles")
# words an amount ends on, whose "more than" compares the amount ("$74 million more than a year ago")
_AMOUNT_WORDS = _words("amount_words")
# what a count counts, which a rate divides only after a number ("33,000 people a year", not
# "offers workers a single day of leave")
_COUNTED_NOUNS = _words("counted_nouns")
# a noun's adjectives that put its event ahead ("a planned rally on Saturday")
_PLANNED_ADJS = _words("planned_adjs")
_LEAD_UP = re.compile(r"\b(?:ahead of|run-up to|lead-up to|leadup to|lead up to|runup to)\b", re.IGNORECASE)
# a deadline's prepositions: "by the end of the year" told in the past is still ahead
_DEADLINE_PREPS = _words("deadline_preps")
# hedges a year may carry ("around 2002") that also hedge counts ("around 2000 troops")
_HEDGES = _words("hedges")
_ENT_CUES = _words("ent_cues")
# "the third straight month", "the first time": a count of periods, not a time
_NOT_TIMEX_WORDS = _words("not_timex_words")
_MONEY = re.compile(r"[$%]|\b(?:cents?|million|billion|percent)\b|#\d")
_LEADING_PREPS = _words("leading_preps")
_STREET_WORDS = _words("street_words")
_ID_WORDS = _words("id_words")
_HOLIDAY_KINDS = _words("holiday_kinds")
_GENERIC_TODAY_NOUNS = _words("generic_today_nouns")
_ROLE_NOUNS = _words("role_nouns")


@lru_cache(maxsize=1)
def _temporal_words() -> frozenset[str]:
    lx = lexicon()
    words = set(lx["units"]) | {u + "s" for u in lx["units"]} | set(lx["parts_of_day"]) | set(lx["months"])
    words |= set(lx["seasons"]) | set(lx["weekdays"]) | {"nights", "mornings", "evenings", "nineties",
                                                       "eighties", "seventies", "sixties", "fifties", "later"}
    return frozenset(words)


_ANA_DETS = _words("ana_dets")
_ONE_DETS = _words("one_dets")


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
        return None if _names_a_kind(ent) else {"k": "abs", "v": grammar.duration_value(1, word), "t": "DURATION"}
    if ent[0].lower_ in _ANA_DETS and code in ("D", "W", "M", "Y"):
        return {"k": "ana", "u": code, "n": 0, "g": code, "t": "DATE"}
    return None


def _names_a_kind(span: Span) -> bool:
    """"Today is a day for celebration", "Just another day in the campaign", "Cinco de Mayo, a
    day on which ...": a predicate or apposition saying what kind of day it is, not a length."""
    doc = span.doc
    in_the_making = doc[span.end:span.end + 3].text.lower() == "in the making"  # "a year in the making": a length
    return span[0].lower_ in ("a", "an", "another") and span.root.dep_ in ("attr", "appos", "ROOT") and not in_the_making


def _counts_in_a_row(ent: Span) -> bool:
    """"the second night in a row", "a first hour devoted to ...", "a third-year student": a count
    of periods or one of a series, no time to place."""
    doc = ent.doc
    if len(ent) == 3 and ent[1].text == "-" and ent.end < len(doc) and doc[ent.end].pos_ in ("NOUN", "PROPN"):
        return True
    after = doc[ent.end:ent.end + 3].text.lower()
    return after == "in a row" or (ent[0].lower_ in ("a", "an") and len(ent) > 1 and ent[1].tag_ == "JJ"
                                   and ent[1].lower_ in _ORDINAL_WORDS)


def _vague_form(ent: Span) -> dict:
    """A time the grammar cannot place, at the granularity its head word names ("the first
    week": XXXX-WXX; "the second night": a night; "the third week in a row", "the third
    fundraising quarter": the unit word, wherever it stands)."""
    lx = lexicon()
    head = next((t.lower_ for t in reversed(ent) if unit_code(t.lower_) or t.lower_ in lx["parts_of_day"]),
                ent[-1].lower_)
    if head in lx["parts_of_day"] and ent.label_ == "TIME":
        return {"k": "vague", "t": "TIME", "tod": lx["parts_of_day"][head]}
    if head in ("hour", "minute"):  # "the first hour of the debate": an hour long, at no clock time
        return {"k": "abs", "v": grammar.duration_value(1, head), "t": "DURATION"}
    code = unit_code(head)
    return {"k": "vague", "t": ent.label_,
            "g": code if code in ("W", "M", "Q", "Y", "DE", "CE") and ent.label_ == "DATE" else None}


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


def _own_extent(span: Span, form: dict, parsed: bool, start: int) -> tuple[Span, dict, int] | None:
    """The words a match took that belong to its neighbours: the verb "last" ("expected to last
    18 months"), "over" spreading an amount across a period ("$1.2 trillion in cuts over 10
    years"), a comparison of an amount ("$74 million more than a year ago"), the article of a
    noun a season modifies ("the winter storm"), the complementizer "that" ("told MSNBC that
    Friday's announcement"), punctuation or markup glued to the first word ("....This week",
    'tweet-date="January'). Returns the span, its form and its first character (``start``, the
    match's, when the token holds more), or None when what is left is no expression."""
    if len(span) > 1 and span[0].lower_ == "last" and span[0].tag_ in ("VB", "VBP", "VBZ") \
            and form.get("t") == "DURATION":
        span = span[1:]
    if span[0].lower_ == "over" and len(span) > 1 and form.get("mod") == "MORE_THAN" \
            and form.get("t") == "DURATION" and not _over_is_more(span):
        # spread across the period, not longer than it ("over a year ago" is more than a year ago)
        span, form = span[1:], {**form, "mod": None}
    before = span.doc[span.start - 1] if span.start > 0 else None
    if len(span) > 3 and span[1].lower_ == "than" and span[0].lower_ in ("more", "less", "fewer") and form.get("mod") \
            and before is not None and (before.like_num or before.lower_ in _AMOUNT_WORDS):
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


_EDGE_QUARTER = re.compile(r" of (\d{4})\b")


class _Story:
    """What a text has told so far, which the expressions after it lean on: the last expression
    (``prev``: its end, whether it was a weekday, its day form), the last date named (``ref``:
    its first day, whether absolute, its granularity; ``ref_end``: where it ends; ``ref_scene``:
    whether it opened its sentence; ``ref_modifies``: whether it modified a noun), the day the
    paragraph tells of (``story_day``) and the quarter an earnings report is about (``ctx``)."""

    def __init__(self, anchor: str | None, text: str) -> None:
        self.anchor, self.text = anchor, text
        self.ctx: tuple[int | None, int, int] | None = None
        self.ref: tuple[str, bool, str | None] | None = None
        self.ref_end: int | None = None
        self.prev: tuple[int, bool, dict | None] | None = None
        self.story_day: tuple[int, dict] | None = None
        self.ref_scene = self.ref_modifies = False
        self.ref_verb: int | None = None
        self.wd_ahead: int | None = None  # the sentence (its first char) whose last weekday lay ahead
        self.months: dict[int, int] = {}  # month -> the year it was last named with

    def relate(self, form: dict, span: Span, c: grammar.Candidate) -> dict:
        """Read a form against the expression just before it: the end of a range, a clock time
        on the day named or told of, a date in apposition."""
        prev, ref = self.prev, self.ref
        between = self.text[prev[0]:c.start] if prev else ""
        if prev and form.get("k") == "wd" and not form.get("rel") and prev[1] and (
                _RANGE_TO.fullmatch(between) or _BETWEEN_AND.search(self.text, 0, c.start)):
            # "Tuesday through Thursday", "between Monday and Wednesday": the second day follows the first
            form = {"k": "ana", "u": "D", "n": 1, "g": "D", "w": form["w"], "t": form["t"], "tod": form.get("tod")}
        if prev and ref and self.ref_end == prev[0] and form.get("k") == "date" and "yoff" not in form \
                and ref[2] == ("D" if form.get("d") else "M") and (_RANGE_TO.fullmatch(between) or (
                    _AND_OR.fullmatch(between) and not form.get("d") and form["m"] == int(ref[0][5:7]) % 12 + 1)):
            # "from October through December", "April 1 to July 15": a range ends after it starts;
            # so does the second of two months in a row ("ads reserved in December and January")
            form = _range_end(form, dt.date.fromisoformat(ref[0]))
        if prev and prev[2] and _is_clock_today(form) and _DATE_THEN_TIME.fullmatch(between):
            # "03/19/2013 10:12 am", "March 20 at 3 p.m.": the clock time is on that day
            form = _time_on_day(prev[2], form)
        elif self.story_day and (_is_clock_today(form) or (c.pattern == "date_podpart" and form.get("k") == "shift")) \
                and self.text.count("\n\n", self.story_day[0], c.start) <= 1:
            # "He was shot on Oct. 23 ... at 10 p.m.", "Monday night ... by late afternoon": a
            # bare clock time or part of day is on the day the story is telling of, in its
            # paragraph or the next (news paragraphs are a sentence or two)
            form = _time_on_day(self.story_day[1], form)
        unit = _APPOSED.get(span.text.lower()) or ("D" if _ORDINAL_DAY.fullmatch(span.text) else None)
        if prev and ref and unit and _APPOSITION.fullmatch(between) and self.ref_end == prev[0]:
            # "in 2010, the year the court ruled", "2016 will be the year", "today is the eighth
            # day of Desert Shield", "Thursday was the first day for nominations": the date just named
            form = {"k": "ana", "u": unit, "n": 0, "g": unit, "t": "DATE"}
        elif unit == "D" and span.root.dep_ == "attr" and span.root.head.tag_ == "VBZ" and any(
                c.dep_ == "nsubj" and c.lower_ in ("it", "this", "today") for c in span.root.head.children):
            form = {"k": "shift", "u": "D", "n": 0, "g": "D", "t": "DATE"}  # "It's the second day of an offensive"
        return form

    def anchored(self, form: dict, span: Span, c: grammar.Candidate) -> dict:
        """Point comparisons and anaphors at what the text has named: the quarter reported on,
        the period "a year earlier" compares with, the date "the next day" counts from."""
        form = self._in_quarter_context(form, span)
        form = self._in_year_context(form, span, c)
        if form.get("k") == "wd" and form.get("tense") == 0 and not form.get("rel") and span.doc.has_annotation("SENT_START") \
                and self.wd_ahead == span.sent.start_char:
            # "speaks on Wednesday and testifies on Thursday": a day in a series after one ahead
            form = {**form, "tense": 1}
        ref = self.ref
        if form.get("k") == "shift" and form.get("cmp") and ref and ref[2] in ("Q", "M", "D") \
                and self.ref_end == (self.prev[0] if self.prev else None) and "\n" not in self.text[self.ref_end:c.start] \
                and (not span.doc.has_annotation("SENT_START") or span.sent.start_char < self.ref_end):
            # "rose 2.9% in December from a year earlier": the month (or day) just named, a
            # year before; a comparison is no new time for the story, so ``ref`` stays
            form = {"k": "ana", "u": "Y", "n": -1, "g": ref[2], "t": "DATE", "mod": form.get("mod"), "cmp": True}
        if form.get("k") == "ana" and "tense" in form and (self.ref is None or form["m"] in self.months):
            # "that November": the one named before ("until October 2015 ... in that October
            # speech"), else, with no year told, the month as the clause places it
            month = {"k": "date", "m": form["m"], "t": "DATE", "mod": form.get("mod"), "tense": form["tense"]}
            return {**month, "y": self.months[form["m"]]} if form["m"] in self.months else month
        if form.get("k") == "ana" and not (c.form.get("k") == "ana" and self._across_the_anchor(span)):
            form = self._with_reference(form)
        return form

    def _across_the_anchor(self, span: Span) -> bool:
        """Whether the last date named lies ahead of the time of writing while the clause of an
        anaphor (not the end of a range) is told in the past: "debated earlier in the evening",
        after a sentence on the Feb. 9 primary still to come, is not that evening; nor is "a day
        earlier, six protesters were arrested" the day before next Tuesday's rally."""
        if self.ref is None or self.anchor is None or not span.doc.has_annotation("DEP"):
            return False
        return self.ref[0] > self.anchor[:10] and clause_tense(span) < 0

    def advance(self, form: dict, timex: dict, span: Span, end: int, on_next_day: bool = False) -> None:
        """Take in the expression just resolved. A date becomes the story's reference unless it is
        a comparison, a bound named in passing ("its worst day since September 2022", "until
        2028") or a clock time whose day comes next ("at 2 a.m. the next day": the day counts
        from the story's date, not from the time); "four days later" moves the story on."""
        value = timex["value"] or ""
        grain = C.granularity(value)
        month = re.match(r"(\d{4})-(\d{2})\b", value)
        if month and form.get("k") in ("abs", "date"):
            self.months[int(month[2])] = int(month[1])
        background = span.start > 0 and span.doc[span.start - 1].lower_ in ("since", "until", "till")
        # "Johnson's 1964 Civil Rights Act", "Hillary 2008": a year naming a thing is no time of the story
        background = background or (span.root.dep_ in ("compound", "nmod", "nummod") and span.root.head.pos_ == "PROPN"
                                    and grain != "D")  # but "the Aug. 30 Senate primary ... on the same day" is one
        background = background or bool(form.get("event"))  # "the Sept. 11 attacks": history, not the story's day
        background = background or (form.get("k") == "ana" and _compared_amount(span))
        if timex["start_date"] and timex["type"] in ("DATE", "TIME") and not form.get("cmp") and not background \
                and not on_next_day:
            self.ref = (timex["start_date"], form.get("k") == "abs" or "ref" in form, grain)
            self.ref_end = end
            # a date that opens its sentence ("In 2008, ...", "But in 2012, ...", "Eight years ago,
            # ...") sets the scene for what the paragraph tells next
            self.ref_scene = span.doc.has_annotation("SENT_START") and span.start - span.sent.start <= 2
            self.ref_modifies = span.root.dep_ in _NOMINAL_DEPS | {"nummod"} and span.root.head.pos_ in ("NOUN", "PROPN")
            self.ref_verb = _verb_of(span)
        elif timex["type"] == "DURATION" and self.ref and self.ref[2] == "D" \
                and _LATER.match(self.text, end):
            step = re.fullmatch(r"P(\d+)([DW])", value)
            if step:  # "Four days later, ...": the story is now four days on
                days = int(step[1]) * (7 if step[2] == "W" else 1)
                start = dt.date.fromisoformat(self.ref[0]) + dt.timedelta(days=days)
                self.ref = (start.isoformat(), self.ref[1], "D")
                self.ref_end = end
        if re.fullmatch(r"(\d{4}|XXXX)-Q[1-4]", value) and not form.get("ctx") \
                and (form.get("yoff") or 0) >= 0 and form.get("rel") != "last":
            self.ctx = (int(value[:4]) if value[0].isdigit() else None, int(value[-1]), end)
        edge_quarter = _EDGE_QUARTER.match(self.text, end) if value == "P3M" else None
        if edge_quarter and span[0].lower_ == "the" and len(span) > 1 and span[1].lower_ in ("first", "last", "final"):
            # "during the last three months of 2015": the quarter a later "the same period" means
            self.ctx = (int(edge_quarter[1]), 1 if span[1].lower_ == "first" else 4, end)
        if form.get("k") == "wd" and span.doc.has_annotation("SENT_START"):
            ahead = bool(timex["start_date"]) and self.anchor is not None and timex["start_date"] > self.anchor[:10]
            self.wd_ahead = span.sent.start_char if ahead else None
        day_valued = bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value))
        self.prev = (end, day_valued and (form.get("k") == "wd" or bool(form.get("w"))),
                     form if day_valued and form.get("k") in ("abs", "date", "wd") and timex["type"] == "DATE" else None)
        if self.prev[2]:
            self.story_day = (end, self.prev[2])
        elif not day_valued and timex["type"] == "TIME" and re.match(r"\d{4}-\d{2}-\d{2}T", value) and (
                form.get("k") in ("abs", "date", "wd") or (form.get("k") == "shift" and form.get("u") == "D")):
            # "Monday night", "9 p.m. Tuesday", "on tonight's show at 9 p.m.": the day they fall on
            day = {"k": "abs", "v": value[:10], "t": "DATE"} if form["k"] == "abs" else \
                {**form, "t": "DATE", "tod": None, "mod": None}
            self.story_day = (end, day)

    def _with_reference(self, form: dict) -> dict:
        """Point an anaphoric expression at the last date mentioned before it, absolutely when
        that date was absolute, else as days from the anchor. A day anaphor after a month or a
        year gets that month or year with the day unknown (2010-03-XX)."""
        if self.ref is None:
            return form
        start, absolute, grain = self.ref
        if form["u"] == "W" and grain != "D":
            if grain != "Y" or form.get("n"):
                return form  # "throughout the week" after "in July": not the week of July 1
            form = {**form, "refg": grain}  # "in 2014 ... that same week": a week of 2014
        if form["u"] == "D" and grain != "D":
            if grain not in ("M", "Y") or (grain == "Y" and self.ref_modifies):
                return form  # not "the 2016 election year ... That night": a year naming a thing
            # "in March ... later that day": a day of that month, which one the text does not say
            form = {**form, "refg": grain}
        if form["u"] == "M" and grain == "Y" and not form.get("n") and not form.get("m"):
            form = {**form, "refg": grain}  # "in 2012 ... that month": a month of 2012, unsaid
        if absolute:
            return {**form, "ref": start}
        if self.anchor is None:
            return form
        days = (dt.date.fromisoformat(start) - dt.date.fromisoformat(self.anchor[:10])).days
        return {**form, "refdays": days}

    def _in_year_context(self, form: dict, span: Span, c: grammar.Candidate) -> dict:
        """A month, season or holiday without a year, not told as ahead, after a sentence of its
        paragraph opened with another year ("In 2008, Obama's campaign began airing ads in
        mid-September"), or a later day of the year of a full date just told, in a past narrative
        ("On March 2, 2015, ... On March 25"): that year's. The year stays absolute when it was
        named so, else it is kept as years from the anchor."""
        if form.get("k") not in ("date", "season", "hol") or form.get("y") is not None or "yoff" in form \
                or form.get("rel") or (form.get("tense") or 0) > 0 or self.ref is None or self.anchor is None:
            return form
        start, absolute, grain = self.ref
        year = int(start[:4])
        if year == int(self.anchor[:4]) or not span.doc.has_annotation("SENT_START"):
            return form
        if grain == "D" and absolute and form.get("k") == "date" and form.get("m", 0) >= int(start[5:7]) \
                and (form.get("tense") or 0) < 0 and self.text.count("\n\n", self.ref_end, c.start) <= 1:
            # "On March 2, 2015, ... On March 25, Platte River ...": the story's year goes on
            return {**form, "y": year}
        if grain != "Y":
            return form
        verb = _verb_of(span)
        same_clause = (form.get("tense") or 0) < 0 and self.ref_verb is not None and verb is not None \
            and self.ref_verb in _governors(span.doc[verb])
        if not (self.ref_scene or same_clause) or "\n\n" in self.text[self.ref_end:c.start]:
            # not "a program approved in 1987 ... had purchased shares through Sept. 29"; but "Obama,
            # in his 2008 campaign, lost more contests than he won between early March and June":
            # one verb's time, or that of a clause below it
            return form
        return {**form, "y": year} if absolute else {**form, "yoff": year - int(self.anchor[:4])}

    def _in_quarter_context(self, form: dict, span: Span) -> dict:
        """Earnings reports compare a quarter with "a year earlier": the same quarter of the year
        before (TimeML: 1988-Q3), and "the quarter"/"the 1988 period" mean the quarter reported on.
        Applies only near a quarter mention, in a sentence with money or percentages; the rewritten
        form stays anchor-relative so ``resolve_dates`` can still re-anchor it."""
        if self.ctx is None or span.start_char - self.ctx[2] > 1500:
            return form
        year, q, _ = self.ctx
        base = year - int(self.anchor[:4]) if self.anchor and year is not None else 0
        k = form.get("k")
        if k == "shift" and form.get("prev"):  # "the previous quarter": the one before that reported on
            return {"k": "quarter", "q": q - 1 or 4, "yoff": base - (q == 1), "t": "DATE", "mod": form.get("mod"),
                    "ctx": True}
        year_back = k == "shift" and bool(form.get("cmp"))
        the_quarter = (k == "shift" and form.get("g") == "Q" and form.get("n") in (0, -1) and not form.get("cur")) or (
            k == "quarter" and form.get("q") is None and not form.get("yoff"))
        period_of_year = k == "abs" and re.fullmatch(r"\d{4}", str(form.get("v"))) and span[-1].lower_ == "period"
        if not (year_back or the_quarter or period_of_year):
            return form
        sent = span.sent.text if span.doc.has_annotation("SENT_START") else span.text
        if year_back and not _MONEY.search(sent):
            return form
        if period_of_year:
            return {"k": "quarter", "q": q, "y": int(form["v"]), "t": "DATE", "ctx": True}
        return {"k": "quarter", "q": q, "yoff": base - (1 if year_back else 0), "t": "DATE", "mod": form.get("mod"),
                "ctx": True}


_OR_AND = re.compile(r"\s+(?:or|and)\s+")


def _compared_amount(span: Span) -> bool:
    """"The euro rose to $1.1175 from $1.1074 the day before": the day an amount is compared
    with, which the next such comparison counts from no more than this one did."""
    before = span.doc[max(0, span.start - 6):span.start]
    froms = [t.i for t in before if t.lower_ == "from"]
    return bool(froms) and any(t.like_num for t in span.doc[froms[-1] + 1:span.start])


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


def _shared_ago(doc: Doc, spans: list[Span], anchor: str | None) -> None:
    """"a week or a month ago": the "ago" of the second duration is the first's too."""
    for i, (first, second) in enumerate(zip(spans, spans[1:])):
        if first._.timex["type"] != "DURATION" or not second.text.lower().endswith("ago") \
                or not _OR_AND.fullmatch(doc.text[first.end_char:second.start_char]):
            continue
        found = grammar.find(first.text + " ago")
        if len(found) != 1 or found[0].end != len(first.text) + 4:
            continue
        timex = _retimex(found[0].form, anchor, first._.timex["start_char"], first._.timex["end_char"])
        _respan(doc, spans, i, first.start, first.end, timex)


def _range_start_year(doc: Doc, spans: list[Span], anchor: str | None) -> None:
    """"from September to December 2014", "Sept. 5 through Dec. 10, 2014": the year the range's
    end names is its start's too (or the one before, when the start's month comes later)."""
    for first, second in zip(spans, spans[1:]):
        form = normalize.from_json(first._.timex["relative"])
        end = re.fullmatch(r"(\d{4})-(\d{2})(?:-\d{2})?", second._.timex["value"] or "")
        # (a year the start took from the story gives way to the one the range names)
        if form.get("k") != "date" or not end \
                or not _RANGE_TO.fullmatch(doc.text[first.end_char:second.start_char]):
            continue
        new = {**form, "y": int(end[1]) - (form["m"] > int(end[2]))}
        new.pop("tense", None)
        new.pop("yoff", None)
        first._.timex = _retimex(new, anchor, first._.timex["start_char"], first._.timex["end_char"])


_THIS_UNIT = {"this week": "W", "this month": "M"}


def _ago_this_unit(doc: Doc, spans: list[Span], anchor: str | None) -> None:
    """"five years ago this week", "eight years ago this month": one expression, the week (month)
    of the anchor's date that many years back."""
    drop: set[int] = set()
    for i, (ago, unit) in enumerate(zip(spans, spans[1:])):
        grain = _THIS_UNIT.get(unit.text.lower())
        form = normalize.from_json(ago._.timex["relative"])
        if not grain or not (form.get("k") == "shift" and form.get("u") == "Y" and form.get("g") == "Y") \
                or doc.text[ago.end_char:unit.start_char].strip():
            continue
        timex = _retimex({**form, "g": grain}, anchor, ago._.timex["start_char"], unit._.timex["end_char"])
        _respan(doc, spans, i + 1, ago.start, unit.end, timex)
        drop.add(i)
    if drop:
        spans[:] = [sp for i, sp in enumerate(spans) if i not in drop]


_NEXT_TO = re.compile(r"\b(the (day|night|week|month|year) (before|after) )\Z", re.IGNORECASE)
_NEXT_TO_GRAIN = {"day": "D", "night": "D", "week": "W", "month": "M", "year": "Y"}


def _next_to_date(doc: Doc, spans: list[Span], anchor: str | None) -> None:
    """"the day after Christmas", "the week before last Tuesday": one expression, a unit on
    either side of the date it names (TimeML tags "the day before last Tuesday" whole)."""
    merged: set[int] = set()
    text = doc.text
    for i, sp in enumerate(spans):
        timex = sp._.timex
        m = _NEXT_TO.search(text, max(0, sp.start_char - 20), sp.start_char)
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


def _quoted_deixis(doc: Doc, spans: list[Span], anchor: str) -> None:
    """"There is only one debate tonight," Paul said Thursday: "today", "tonight", "last night"
    and the like inside a quotation count from the day it was said, when the sentence (or the
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
        if day and _dates_saying(sp):
            said.append((sp, value))
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
        if not (form.get("k") == "shift" and form.get("u") == "D" and abs(form.get("n", 9)) <= 1
                and _DEICTIC.search(sp.text) and _in_quote(doc, sp.start)):
            continue
        near = [(s, v) for s, v in said if abs(sent_of[s.sent.start] - sent_of[sp.sent.start]) <= 1
                and "\n\n" not in doc.text[min(s.start_char, sp.start_char):max(s.end_char, sp.end_char)]]
        set_by = [(s, v) for s, v in said + scenes if s.start < sp.start and _sets_scene_for(doc, s, sp)
                  and sent_of[sp.sent.start] - sent_of[s.sent.start] <= 2 and _QUOTE_MARK.search(sp.sent.text)]
        if near:
            day = min(near, key=lambda sv: abs(sv[0].start - sp.start))[1]
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
        new = {"k": "ana", "u": "D", "n": form["n"], "g": "D", "t": form.get("t", "DATE"), "tod": form.get("tod"),
               "mod": form.get("mod"), "refdays": refdays}
        sp._.timex = _retimex(new, anchor, timex["start_char"], timex["end_char"])


def _sets_scene_for(doc: Doc, day: Span, quoted: Span) -> bool:
    """Whether a day named before a quotation is the day of its telling: in the same paragraph,
    or in the paragraph just before one that the quotation opens."""
    between = doc.text[day.end_char:quoted.start_char]
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


def _same_event_days(spans: list[Span], anchor: str) -> None:
    """"Monday's debate" is one day however often a story names it: where a weekday names the
    day of the same scheduled event several times and most mentions agree on the date, the
    others take it (each was read from its own clause, and a present verb "is raising questions
    about Monday's debate" or a modal further up can turn one the wrong way)."""
    groups: dict[tuple[int, str], list[tuple[Span, dict]]] = {}
    for sp in spans:
        form = normalize.from_json(sp._.timex["relative"])
        if form.get("k") != "wd" or form.get("rel") or not re.match(r"\d{4}-\d{2}-\d{2}", sp._.timex["value"] or ""):
            continue
        event = _scheduled_event(sp, adverbial=True)
        if event is not None:
            groups.setdefault((form["w"], event.lemma_.lower()), []).append((sp, form))
    for mentions in groups.values():
        day = _majority([sp._.timex["value"][:10] for sp, _ in mentions])
        for sp, form in mentions if day else ():
            if sp._.timex["value"][:10] != day:
                new = {**{k: v for k, v in form.items() if k != "near"}, "tense": 1 if day > anchor[:10] else -1}
                _rewrite_if(sp, new, anchor, lambda value: value[:10] == day)


def _same_month_years(spans: list[Span], anchor: str) -> None:
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


def _same_day_years(spans: list[Span], anchor: str) -> None:
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


def _dates_saying(span: Span) -> bool:
    """Whether a day dates a report verb ("Paul said on CNN Thursday", "told ABC on Sunday")."""
    if _after_report_verb(span):
        return True
    head = span.root.head
    if head.pos_ == "ADP":
        head = head.head
    return head.lemma_ in _REPORT_LEMMAS and head.pos_ in ("VERB", "AUX")


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
    verb = _verb_of(span)
    if any(t.dep_ == "aux" and t.lower_ == "would" for t in span.sent) and any(
            t.lower_ in ("every", "each") and t.i + 1 < len(t.doc) and _recurring_time(t.doc[t.i + 1])
            for t in span.sent):
        return True  # (not "said every member would vote at 9 a.m.")
    return clause_tense(span) == 0 and (_in_present_clause(span) or verb is None)


_HABITUAL_CUES = _words("habitual_cues")
_GENERIC_CUES = _words("generic_cues")


def _generic(span: Span) -> bool:
    """A present clause whose sentence says what usually happens ("the Senate tends to slow
    down as it gets closer to November", "turnout often does not translate into a victory in
    November"): a month or season of any year."""
    if not span.doc.has_annotation("SENT_START") or not any(t.lower_ in _GENERIC_CUES for t in span.sent) \
            or clause_tense(span) != 0:
        return False
    verb = _first_verb(span.root)
    return any(t.tag_ in ("VBZ", "VBP") for t in (verb, *(c for c in verb.children if c.dep_ == "aux")))


def _recurring_time(tok: Token) -> bool:
    """A word "every"/"each" makes a recurring time of ("every Friday", "each morning")."""
    word = tok.lower_
    return word in _WEEKDAY_WORDS or word in lexicon()["parts_of_day"] or unit_code(word) in ("D", "W", "M", "Y")
_WEEKLY_NOUNS = _words("weekly_nouns")
_WEEKLY_MODIFIERS = _words("weekly_modifiers")


# words after which "one day" is some day ahead ("could one day stretch", "hopes to one day run")
_ONE_DAY_AHEAD = _words("one_day_ahead")


def _read_in_context(form: dict, span: Span, pattern: str, parsed: bool) -> dict:
    """A grammar form re-read by the words around it: "one day" looking ahead, "the next year"
    and "his last year" in a story, "a year when ...", "on a Tuesday", a rate, "even today", "a
    brighter tomorrow", a country's Independence Day, a day named for an event."""
    doc = span.doc
    if pattern == "dur_num" and span.text.lower() == "one day" and parsed and (clause_tense(span) > 0 or (
            span.root.dep_ == "npadvmod" and span.root.head.lemma_ in _BID_LEMMAS) or (
            span.end < len(doc) and doc[span.end].tag_ == "VB") or (  # "the hope he one day follow"
            span.start > 0 and doc[span.start - 1].lower_ in _ONE_DAY_AHEAD and span.end < len(doc)
            and doc[span.end].pos_ not in ("ADP", "PUNCT", "DET", "CCONJ"))):  # "could one day stretch", not "to one day in jail"
        form = {"k": "abs", "v": "FUTURE_REF", "t": "DATE"}  # "one day they will return"
    if pattern == "rel_unit" and span[0].lower_ == "next" and span.start > 0 \
            and doc[span.start - 1].lower_ == "the" and form.get("k") == "shift" and form.get("n") == 1 \
            and parsed and clause_tense(span) < 0:
        form = {**form, "k": "ana"}  # "introduced in 2008 ... challenged it the next year": the story's next
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
    if form.get("k") == "wd" and not form.get("rel") and not form.get("tod") and span.start > 0 \
            and doc[span.start - 1].lower_ in ("a", "an", "one") and not _modifies_noun(span):
        # "fell on a Tuesday", "one Sunday": which one unsaid
        form = {"k": "abs", "v": f"XXXX-WXX-{form['w']}", "t": "DATE"}
    if pattern == "dur_num" and _is_rate(span, form):
        form = {"k": "abs", "v": form["v"], "t": "SET"}  # "500,000 barrels a day"
    if pattern == "date_day" and span.text.lower() == "today" and span.start > 0 \
            and doc[span.start - 1].lower_ in ("even", "still"):
        form = {"k": "abs", "v": "PRESENT_REF", "t": "DATE"}  # "even today": these days
    if pattern == "date_day" and span.text.lower() == "tomorrow" and span.start > 0 and (
            doc[span.start - 1].lower_ in ("a", "an") or span.start > 1 and doc[span.start - 2].lower_ in ("a", "an")
            and doc[span.start - 1].is_alpha):
        form = {"k": "abs", "v": "FUTURE_REF", "t": "DATE"}  # "hoping for a brighter tomorrow", "imagine a tomorrow"
    if pattern == "date_day" and span.text.lower() in ("tomorrow", "yesterday") and span.start > 1 \
            and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].tag_ in ("NN", "NNS"):
        # "the candidates of tomorrow", "the rhetoric of yesterday": an era, not a day
        form = {"k": "abs", "v": "FUTURE_REF" if span.text.lower() == "tomorrow" else "PAST_REF", "t": "DATE"}
    if _is_clock_today(form) and parsed and _habitual(span):
        form = {"k": "abs", "v": f"XXXX-XX-XXT{form['tod']}", "t": "TIME", "mod": form.get("mod")}  # "airs weekdays at 6 a.m."
    if ((form.get("k") == "date" and not form.get("d")) or form.get("k") == "season") and parsed \
            and not form.get("rel") and form.get("y") is None and "yoff" not in form and _generic(span):
        # "a win in the primaries often does not translate into a victory in November": any year's
        code = f"{form['m']:02d}" if form["k"] == "date" else form["s"]
        form = {"k": "abs", "v": f"XXXX-{code}", "t": "DATE", "mod": form.get("mod")}
    if form.get("k") == "wd" and not form.get("rel") and len(span) == 1 and _weekly_kind(span):
        form = {"k": "abs", "v": f"XXXX-WXX-{form['w']}", "t": "SET"}  # "hosts a Sunday talk show"
    if form.get("k") == "hol" and span.text.lower().startswith("independence day"):
        form = _national_day(form, span)
    if form.get("k") == "date" and form.get("y") is None and form.get("d"):
        form = _dated_event(form, span)
    return form


class DatesComponent:
    def __init__(self, nlp: Language, name: str, spans_key: str = SPANS_KEY, use_ents: bool = True,
                 use_tense: bool = True):
        self.name = name
        self.spans_key = spans_key
        self.use_ents = use_ents
        self.use_tense = use_tense
        grammar.compiled()  # compile once, at load time

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        cands = grammar.find(text)
        cands = self._add_dateline(doc, cands)
        if self.use_ents and doc.ents:
            cands = self._add_entities(doc, cands)
        cands = _times_on_following_day(text, cands)
        idioms = _idiom_spans(text)
        if idioms:
            cands = [c for c in cands if not any(s < c.end and c.start < e for s, e in idioms)]
        anchor = doc._.published
        spans: list[Span] = []
        last_end = -1
        story = _Story(anchor, text)
        parsed = self.use_tense and doc.has_annotation("DEP")
        for c in cands:
            form = dict(c.form)
            if form.get("year_only") and _is_count(doc, c.start, c.end):
                continue
            if form.pop("needs_context", False) and not _has_context(doc, c.start, c.end):
                continue
            form.pop("year_only", None)
            span = doc.char_span(c.start, c.end, alignment_mode="expand")
            if span is None or span.start < last_end:
                continue
            if _not_a_timex(c.pattern, span, parsed, story.ctx is not None):
                continue
            owned = _own_extent(span, form, parsed, c.start)
            if owned is None:
                continue
            span, form, start = owned
            c = grammar.Candidate(start, c.end, c.pattern, form, c.priority)
            form = _read_in_context(form, span, c.pattern, parsed)
            form = story.relate(form, span, c)
            if form.get("k") == "shift" and form.get("n") == 0 and parsed and (form.get("tod") == "24:00" or (
                    form.get("tod") == "NI" and c.pattern == "date_overnight")) and clause_tense(span) < 0:
                # "explosions were heard after midnight": the midnight that began the day;
                # "drones struck overnight": the night that ended on it
                form = {**form, "tod": "00:00"} if form["tod"] == "24:00" else {**form, "n": -1}
            elif form.get("tod") == "24:00" and _MORNING_AFTER.match(text, c.end):
                form = {**form, "tod": "00:00"}  # "a curfew from midnight to 6 a.m.": the midnight that opens the day
            if form.get("k") == "shift" and form.get("u") == "W" and form.get("n") == 0 and parsed:
                side = direction(span) if form.get("g") in ("W", "WE") else 0
                if side >= 0 and form["g"] == "W" and form.get("cut") != "before":
                    # "will meet this week", "is not available this week", written on a Sunday:
                    # the week from Monday, as only a past tense looks back on the week now ending
                    form["ahead"] = True
                elif side < 0 and form["g"] == "WE":
                    form["behind"] = True  # "this weekend the candidates debated", on a Wednesday: the last one
            day_at = form.pop("day_at", None)
            if "tense" in form and form.get("tense") is None and parsed:
                day = doc.char_span(*day_at, alignment_mode="expand") if day_at else span
                form["tense"] = direction(day, holiday=form.get("k") == "hol")
                if form.get("k") == "shift" and span.start > 0 and doc[span.start - 1].lower_ in _DEADLINE_PREPS:
                    form["tense"] = 0  # "a goal of ... by the end of the year", told in the past: still ahead
                if form["tense"] == 0 and form.get("k") in ("wd", "date") and _scheduled_present(day):
                    form["tense"] = 1  # "the summit opens Friday", "the rule takes effect Dec. 1"
                elif form["tense"] == 0 and form.get("k") == "wd" and _dates_scheduled_event(day):
                    # "Tuesday's primary", "the election on Tuesday": the nearer one; with even odds
                    # in a present clause ("who needs a win in Tuesday's primary")
                    form["near"] = "even" if _in_present_clause(day) else True
                elif form["tense"] == 0 and form.get("k") == "wd" and _aim_of_past_bid(day):
                    form["near"] = "even"  # "planned to leave on Thursday": the nearer, either side
                elif form["tense"] == 0 and (form.get("k") == "season" or form.get("k") == "date" and not form.get("d")) \
                        and (_in_present_clause(day) or _dates_scheduled_event(day)):
                    # "Republicans have 24 seats up in November", "the fall campaign": no past lean;
                    # "shift focus toward the November election": the coming one unless far off
                    form["near"] = "ahead" if _dates_scheduled_event(day) and clause_tense(day) >= 0 else "even"
                if form["tense"] > 0 and form.get("k") == "wd" and _firm_future(day):
                    form["firm"] = True  # "Lynch will appear before the committee on Tuesday"
                if form["tense"] > 0 and form.get("k") == "quarter" and _reports_results(span):
                    form["tense"] = -1  # "will report fourth-quarter results" in February: the one ended
            form = story.anchored(form, span, c)
            timex = normalize.resolve(form, anchor)
            story.advance(form, timex, span, c.end, on_next_day=day_at is not None)
            timex["relative"] = normalize.to_json(form)
            timex["start_char"], timex["end_char"] = c.start, c.end
            span = Span(doc, span.start, span.end, label=timex["type"])
            span._.timex = timex
            spans.append(span)
            last_end = span.end
        _shared_ago(doc, spans, anchor)
        _next_to_date(doc, spans, anchor)
        _ago_this_unit(doc, spans, anchor)
        _range_start_year(doc, spans, anchor)
        if anchor and parsed:
            _same_event_days(spans, anchor)
            _same_month_years(spans, anchor)
            _same_day_years(spans, anchor)
            _quoted_deixis(doc, spans, anchor)
        doc.spans[self.spans_key] = spans
        return doc

    @staticmethod
    def _add_entities(doc: Doc, cands: list[grammar.Candidate]) -> list[grammar.Candidate]:
        """spaCy DATE/TIME entities the grammar missed ("the eighth day", "the nineties"), when they
        hold a temporal word: absolute ones via dateparser, the rest kept with a symbolic value."""
        extra = []
        for ent in doc.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            s, e = ent.start_char, ent.end_char
            if any(c.start < e and s < c.end for c in cands):
                continue
            words = {t.lower_ for t in ent}
            if not words & _temporal_words() or ent[-1].lower_ in ("old", "annual") or words & _NOT_TIMEX_WORDS:
                continue
            while ent and ent[0].lower_ in _LEADING_PREPS:
                ent = ent[1:]
            if not ent:
                continue
            while len(ent) > 1 and ent[-1].pos_ in ("ADP", "PUNCT", "CCONJ"):
                ent = ent[:-1]  # "the night of", "the week following"
            form = _dateparser_form(ent.text)
            if form is None and not words & _ENT_CUES:
                form = _unit_phrase_form(ent)
                if form is None:
                    continue
            if form is None:
                # ordinal days ("the eighth day"), spelled decades ("the nineties"): clearly a time
                if _counts_in_a_row(ent):
                    continue
                form = _vague_form(ent)
            extra.append(grammar.Candidate(ent.start_char, ent.end_char, "spacy_ent", form))
        return sorted(cands + extra, key=lambda c: c.start) if extra else cands

    @staticmethod
    def _add_dateline(doc: Doc, cands: list[grammar.Candidate]) -> list[grammar.Candidate]:
        """The dateline's date is a DATE even when the grammar missed it."""
        line = doc._.dateline
        if not line:
            return cands
        s, e = line
        if any(c.start < e and s < c.end for c in cands):
            return cands
        try:
            from .dateline import find_dateline

            found = find_dateline(doc.text[: e + 1], search_chars=e + 1)
        except Exception:  # pragma: no cover - defensive
            found = None
        if found is None:
            return cands
        form = {"k": "abs", "v": found.date.isoformat(), "t": "DATE"}
        return sorted(cands + [grammar.Candidate(s, e, "dateline", form)], key=lambda c: c.start)


@Language.factory("newsclaims_dates", default_config={"spans_key": SPANS_KEY, "use_ents": True,
                                                       "use_tense": True})
def make_dates(nlp: Language, name: str, spans_key: str, use_ents: bool, use_tense: bool) -> DatesComponent:
    return DatesComponent(nlp, name, spans_key=spans_key, use_ents=use_ents, use_tense=use_tense)


def rows(doc: Doc, spans_key: str = SPANS_KEY) -> list[dict]:
    """One plain dict per temporal expression (the dates frame, before typing)."""
    out = []
    text = doc.text  # built anew on every access: once per Doc, not once per row
    for s in doc.spans.get(spans_key, []):
        t = dict(s._.timex or {})
        start, end = t.pop("start_char", s.start_char), t.pop("end_char", s.end_char)
        out.append({"text": text[start:end], "start_char": start, "end_char": end, **t})
    return out
