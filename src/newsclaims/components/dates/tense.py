"""Which side of the publication date an expression lies on, read off the parse.

``clause_tense`` gives the tense of the clause a date sits in; ``direction`` corrects it with
what the words around the date say ("the Nov. 8 election", "planned a rally on Saturday",
"Friday's purchases"). The smaller predicates here are shared with the other dates modules.
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ...timex.numbers import lexicon
from .words import words

_FUTURE_AUX = words("future_aux")
# nouns for what is made of an event once it is over ("an analysis of Thursday's debate")
_RETROSPECT_NOUNS = words("retrospect_nouns")
# nouns whose "of"-gerund lies ahead ("her chances of winning in November")
_PROSPECT_NOUNS = words("prospect_nouns")
_OUTLOOK_NOUNS = words("outlook_nouns")  # "its summer outlook": a season looked to
_BYGONE_ADJS = words("bygone_adjs")  # "the original February deadline": a plan replaced, gone by
_PLAN_NOUNS = words("plan_nouns")  # what is set out for a day to come ("Sunday's schedule")
# verbs of reacting to an event ("hail", "slam"), whose progressive tells of now, not of a plan
_REACTION_LEMMAS = words("reaction_lemmas")
# verbs whose object or complement happens later than the verb itself ("planned a rally on Saturday")
_FUTURE_LEMMAS = words("future_lemmas")
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re"})  # a present progressive's auxiliary
# verbs whose present tense looks to what they take ("faces re-election", "awaits trial")
_PROSPECT_VERBS = words("prospect_verbs")
# verbs whose infinitive complement lies ahead of them ("told to return Monday", "agreed to meet Friday")
BID_LEMMAS = words("bid_lemmas")  # (with "hop": the model's lemma of "hoped", "hopes")
# ordinals and the like that rank a noun ("the third hurricane to hit Florida")
_RANK_WORDS = words("rank_words")
# events "of" a date that are told of as having happened ("the atrocities of October 7")
_VIOLENT_EVENT_NOUNS = words("violent_event_nouns")
# words of an amount ("than the 5.9% in March", "than the $2 billion in 2012")
_FIGURE_WORDS = words("figure_words")
# verbs of wishing, whose deadline ("wanted a deal by April") is an aim, not their own time
_WISH_LEMMAS = words("wish_lemmas")
# adjectives whose infinitive lies ahead ("is likely to win Tuesday")
_FUTURE_ADJS = words("future_adjs")
# adjectives whose infinitive takes the copula's time ("are eligible to vote Tuesday")
_ABLE_ADJS = words("able_adjs")
_OUTLOOK_ADJS = words("outlook_adjs")  # "said showers were possible Saturday": a forecast
_FUTURE_PREPS = words("future_preps")
_PAST_PREPS = words("past_preps")
YEAR_NOUNS = words("year_nouns")


def _reported_verb(span: Span) -> Token | None:
    """The verb of the reported clause a date ends, when the parser hung the date on the saying
    instead ("will hit theaters Dec. 1, AMC said Wednesday": Dec. 1 is the hitting's)."""
    root, head = span.root, span.root.head
    if root.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # "will attend the summit in Durban, South Africa, on March 26, a spokesman said"
    if root.dep_ not in ("npadvmod", "prep", "pobj") or head.lemma_ not in REPORT_LEMMAS or span.end > head.i:
        return None
    return next((c for c in head.children if c.dep_ == "ccomp" and c.i < span.start), None)


def saying_day_end(span: Span) -> int | None:
    """Where the day of a saying ends when ``span`` is a day of what was said to come ("said
    Thursday that members would rally Wednesday"): that day comes after the saying's."""
    verb = first_verb(span.root)
    if verb.i == span.root.i or verb.dep_ != "ccomp" or not any(a.lower_ in ("would", "'d") for a in auxiliaries(verb)):
        return None
    said = verb.head
    if said.lemma_ not in REPORT_LEMMAS or not _told_as_past(said):
        return None
    day = next((c for c in said.children if c.dep_ in ("npadvmod", "prep") and c.i < span.start
                and (c.ent_type_ == "DATE" or any(t.ent_type_ == "DATE" for t in c.subtree))), None)
    if day is None:
        return None
    last = max(t.i for t in day.subtree)
    return day.doc[last].idx + len(day.doc[last])


def auxiliaries(verb: Token) -> list[Token]:
    """The auxiliaries of ``verb``, with those the parser hung on another auxiliary ("will" on
    "be" in "Markets will be closed Wednesday"), which carry the tense all the same."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return sorted(auxes + [g for a in auxes for g in a.children if g.dep_ in ("aux", "auxpass")], key=lambda t: t.i)


def clause_tense(span: Span) -> int:
    """-1 past, +1 future, 0 present/unknown: the tense of the clause governing ``span``."""
    tok: Token = _reported_verb(span) or span.root
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") and not (tok.dep_ == "amod" or (tok.dep_ == "acomp" and tok.tag_ == "VBN")):
            break  # (a participle as complement takes its verb's tense: "stayed closed until mid-March")
        if tok.pos_ == "NOUN" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children):
            # "Not only can Ted Cruz win in November": a verb the tagger took for a noun, with its modal
            return 1 if any(c.lower_ in _FUTURE_AUX for c in tok.children) else 0
        if tok.head.i == tok.i:
            break
        if (_prospect_of(tok) or (tok.dep_ == "prep" and tok.lower_ in ("in", "on") and tok.head.pos_ == "NOUN"
                                  and tok.head.lower_ in _PROSPECT_NOUNS)) \
                and not (_names_weekday(span) and _told_as_past(first_verb(tok))):
            # "facing the prospect of a loss in his state on Tuesday", "her chances in November":
            # a prospect lies ahead; but a weekday in a past clause is the day of the telling
            # ("did support the idea of such a database on Thursday")
            return 1
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return 0
    if _closed_relative(tok, span):
        tok = first_verb(tok.head)
    if tok.lemma_ in REPORT_LEMMAS and span.start > tok.i + 1 and tok.doc[tok.i + 1].text == ",":
        told = next((c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i), None)
        if told is not None:  # "Talks are set to resume next month, she said, most likely in mid-October"
            tok = told
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
        auxes = auxiliaries(tok)
        words = {a.lower_.replace("’", "'") for a in auxes}
        if _noun_taken_for_verb(tok):
            tok = tok.head  # "will air the results show Thursday": the clause is "air"'s
            continue
        if words == {"would"} and tok.dep_ == "ccomp" and tok.head.tag_ == "VBD" and _names_weekday(span):
            return 0  # "said they would light landmarks on Monday night": the nearer Monday, either side
        if tok.lower_ == "have" and words & {"could", "would", "should", "might", "must"} \
                and not any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.tag_ not in ("WDT", "WP", "IN")
                            and c.i != span.root.i for c in tok.children):  # (the day itself may pass for the object)
            return -1  # "the role of spoiler that he could have Tuesday": "could have [played]", elided
        if "have" in words and words & {"will", "'ll", "shall"}:
            return 1  # "by a year from now, on Election Day, the situation will have morphed"
        if words & _FUTURE_AUX and "have" not in words and not (words & _FUTURE_AUX == {"could"} and _past_ability(tok)):
            return 1  # "could have big consequences in November", not "could not be reached Tuesday"
        if tok.tag_ == "VBN" and not auxes and tok.lemma_ in _FUTURE_LEMMAS and tok.i > 0 \
                and tok.doc[tok.i - 1].lower_ in ("than", "as") and not _has_future_aux(tok.head):
            return -1  # "less than forecast in July", "as planned in March": the forecast made then
        if tok.lemma_ in _FUTURE_LEMMAS and _finite_past(tok, auxes) and tok.i in (
                span.root.head.i, span.root.head.head.i) and span.start > tok.i:
            return -1  # "The bank forecast in January that output would fall": the time of the forecasting
        if tok.lemma_ in _FUTURE_LEMMAS and (_plan_told_as_past(tok) or past_perfect(tok) or _told_in_past(tok)):
            # "A previous visit, planned for January, was cancelled", "was originally scheduled for
            # Sunday", "had been scheduled for release in January": the plan as it stood, which may
            # have lapsed; either side
            return 0
        if tok.lemma_ in _FUTURE_LEMMAS and tok.tag_ == "VBD" and not auxes and span.end <= tok.i \
                and tok.i in (span.root.head.i, span.root.head.head.i):
            return -1  # "In January, economists expected inflation to peak": the time of the expecting
        if tok.lemma_ in _FUTURE_LEMMAS or tok.lower_ == "slated" or (
                tok.lower_ == "going" and any(c.lower_ == "to" for c in tok.children)):
            # ("slated": the model's lemma is "slat")
            return 1
        if tok.lemma_ == "set" and tok.tag_ == "VBN" and any(c.lower_ == "for" and c.i < span.start
                                                               for c in tok.children):
            # "a summit set for April"; as it stood then, either side: "was set for this spring" (but
            # "the previous high, set in April for the season premiere": a record made then)
            return 0 if any(a.tag_ == "VBD" for a in auxes) else 1
        if tok.tag_ in ("VBZ", "VBP") and tok.lemma_ in _PROSPECT_VERBS and not auxes:
            return 1  # "faces re-election in the autumn", "awaits sentencing in May"
        if tok.tag_ == "VBG" and tok.lemma_ in _PROSPECT_VERBS and not auxes and tok.dep_ in ("advcl", "acl") \
                and not _told_as_past(first_verb(tok.head)):
            return 1  # "Merkel, facing a general election in September, has insisted ..."
        if {"to", "be"} <= words and tok.tag_ == "VBN" and tok.dep_ in ("acl", "advcl"):
            return 1  # "an address, to be delivered Wednesday": a plan
        if tok.tag_ == "VBN" and {"to", "have"} <= words and tok.head.lemma_ == "be" and tok.head.tag_ == "VBD":
            return 0  # "Banks, which were to have reopened Tuesday": a plan undone, its day either side
        if tok.tag_ == "VBN" and {"to", "have"} <= words and not (
                span.start > 0 and span.doc[span.start - 1].lower_ in ("by", "until", "before")):
            return -1  # "is expected to have risen in the fourth quarter": done before (not "to have sold it by June")
        if "to" in words and tok.head.i != tok.i and _ranked_infinitive(tok):
            return -1  # "It is the third hurricane to hit Florida this year, after Debby in August"
        if "to" in words and tok.head.i != tok.i:
            head = tok.head  # an infinitive takes its time from the verb it complements
            planned = head.lemma_ in _FUTURE_LEMMAS or (head.pos_ == "ADJ" and head.lower_ in _FUTURE_ADJS) \
                or (head.tag_ == "VBN" and head.lower_ in _FUTURE_ADJS)
            if (planned or head.lemma_ in BID_LEMMAS) and past_perfect(head.head if head.pos_ == "ADJ" else head):
                # "had been scheduled to expire Friday", "had been invited to speak in November"
                # (but "planned to leave on Thursday" lies ahead); a month is the plan as it
                # stood, either side ("furloughs had been expected to begin in July")
                return -1 if _names_weekday(span) or head.lemma_ in BID_LEMMAS else 0
            if head.pos_ == "NOUN" and head.lower_ in _PROSPECT_NOUNS:
                # "has a shot to win on Tuesday" (ahead), "had a chance to vote Tuesday" (gone by)
                return -1 if first_verb(head).tag_ == "VBD" else 1
            if head.pos_ == "ADJ" and head.lower_ in _ABLE_ADJS:
                # "are eligible to vote on Tuesday" (ahead), "was able to vote Tuesday" (done)
                return -1 if head.head.tag_ == "VBD" else 1
            were_to = head.lower_ == "were" and head.i + 1 < len(head.doc) and head.doc[head.i + 1].lower_ == "to"
            told_past = head.tag_ == "VBD" or (planned and _told_in_past(head))  # "was scheduled to"
            if (planned or head.lemma_ in BID_LEMMAS or head.lower_ == "was") and told_past and not were_to:
                return 0  # "threatened to walk out Thursday night", "was to report on Wednesday": either side
            if planned or head.lemma_ in BID_LEMMAS or head.tag_ in ("VBZ", "VBP", "MD") or were_to:
                return 1  # "is likely to bounce back Tuesday", "is set to report on Thursday", "if he were to win"
            if tok.dep_ == "advcl" and _told_as_past(head) and not past_perfect(head):
                # "efforts were under way to hold a conference in mid-November", "plans were being
                # made to hold elections in December": an aim told in the past, either side
                return 0
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
        if tok.dep_ == "conj" and not auxes and (tok.lower_ == tok.lemma_.lower() or tok.tag_ == "VBN") \
                and tok.head.tag_ in ("VB", "VBN") and any(
                c.dep_ == "aux" and c.lower_ in _FUTURE_AUX | {"to"} for c in tok.head.children):
            # "may backfire and cost her the elections on March 13", "will be flown to Rome and
            # handed over on April 11": the modal's clause ("expect the storm to cross the sea
            # and weaken by Sunday": the infinitive's)
            tok = tok.head
            continue
        if tok.tag_ in ("VBD", "VBN") and not auxes and tok.dep_ == "advcl" and tok.head.pos_ in ("VERB", "AUX") \
                and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children) \
                and not any(c.dep_.startswith("nsubj") for c in tok.children):
            tok = tok.head  # "would sit through Thursday and, if needed, into the weekend": the main clause's
            continue
        if tok.tag_ in ("VBD", "VBN") and not auxes and tok.dep_ == "advcl" and tok.head.pos_ in ("VERB", "AUX") \
                and any(c.dep_ == "mark" and c.lower_ == "with" for c in tok.children):
            tok = tok.head  # "expect thin volumes, with London closed on Easter Monday": the main clause's time
            continue
        if _reported_outlook(tok):
            return 0  # "forecasters said showers were possible Saturday": told in the past, either side
        if tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
            return -1
        if tok.tag_ == "VBN" and tok.lower_ == "followed" and not auxes and tok.head.i != tok.i \
                and any(ch.lower_ == "by" for ch in tok.children):
            tok = tok.head  # "a speech Monday, followed by one on Tuesday": the series' own time
            continue
        if tok.tag_ == "VBN" and "have" in words and words & {"would", "could", "should", "might"}:
            return 0  # "would have funded the government through Dec. 15": a counterfactual, either side
        if tok.tag_ == "VBN" and words & {"has", "have", "'s", "'ve"}:
            # but "has invited the leaders to the White House on Friday": the day of what was asked
            return 0 if tok.lemma_ in BID_LEMMAS and _names_weekday(span) else -1
        if tok.tag_ == "VBN" and not auxes and tok.dep_ == "acl" and tok.lemma_ in ("need", "require", "want"):
            verb = first_verb(tok.head)
            if verb.pos_ in ("VERB", "AUX") and verb.i != tok.i:  # "will give him the boost needed for a win Tuesday": the clause's time
                tok = verb
                continue
        if tok.tag_ == "VBN" and not auxes and tok.dep_ == "acl" and tok.head.dep_ == "dobj" \
                and tok.head.head.lemma_ in _CAUSATIVE_LEMMAS:
            tok = tok.head.head  # "hope to have the blaze contained by the weekend": the having's time
            continue
        if tok.tag_ == "VBN" and not auxes and tok.dep_ == "acl" and tok.head.dep_ == "conj" \
                and tok.head.head.pos_ in ("VERB", "AUX") and tok.head.head.tag_ == "VBN":
            tok = tok.head.head  # "should be signed by May, and the first tranche paid out in June": the gapped "should be"
            continue
        if tok.tag_ == "VBN" and not auxes and tok.dep_ == "acl" and span.root.dep_ == "pobj" \
                and span.root.head.lower_ in ("through", "until", "till", "before") and span.root.head.head == tok \
                and tok.head.dep_.startswith("nsubj") and tok.head.head.tag_ in ("VBZ", "VBP"):
            tok = tok.head.head  # "bonds bought through April 30 earn 3.11%": a condition of the present
            continue
        if tok.tag_ == "VBN" and not auxes and tok.dep_ in ("acl", "relcl", "advcl", "ROOT", "conj"):
            return -1
        if tok.lemma_ == "come" and any(ch.lower_ == "off" for ch in tok.children):
            return -1  # "is coming off a strong debate Thursday night": just behind
        if tok.tag_ == "VBG" and words & _PRESENT_BE and tok.lemma_ not in _REACTION_LEMMAS:
            return 1  # "is meeting on Thursday"; not "are hailing his speech on Thursday", a reaction now
        if tok.dep_ == "conj" and tok.tag_ == "VB" and tok.head.tag_ == "VBD" and not auxes \
                and not any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.head.children):
            return 1  # "The Bucks lost to Miami on Monday and play the Knicks on Saturday": a fixture ahead
        if tok.tag_ == "VBG" and not auxes and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
            tok = tok.head  # "fighting overnight near the town had killed a dozen": the gerund's verb
            continue
        if tok.dep_ == "dep" and tok.tag_ == "VB" and not auxes and tok.head.pos_ in ("VERB", "AUX") \
                and tok.head.i < tok.i and not any(c.dep_.startswith("nsubj") for c in tok.children):
            tok = tok.head  # "will celebrate a Mass on Tuesday, then file into the chapel": the first verb's "will"
            continue
        if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
            if tok.tag_ in ("VBZ", "VBP") and not _open_condition(tok.head):
                # a present conjunct keeps its own tense: "has cast the Clintons as ... and holds a
                # lead in Tuesday's primary"; "if Republicans splinter and lose in the fall" stays open
                return 0
            tok = tok.head  # "was arrested and charged Monday"
            continue
        if tok.tag_ == "VBG" and not auxes and tok.dep_ == "pcomp" and tok.head.lower_ in ("after", "since", "despite"):
            # "After trouncing Clinton in Tuesday's primary, he must ...", "despite winning the primary
            # there in February": done before the clause's time
            return -1
        if tok.tag_ == "VBG" and not auxes and tok.dep_ == "pcomp" and tok.head.lower_ in ("to", "toward", "towards"):
            verb = first_verb(tok.head)
            return -1 if _told_as_past(verb) else 1  # "is key to scoring a win in November": an aim ahead, unless told as past
        if tok.tag_ == "VBG" and not auxes and tok.dep_ == "pcomp" and tok.head.lower_ == "on" \
                and tok.head.head.lower_ in _AIM_HEADS and tok.head.head.tag_ != "VBD" \
                and not any(c.tag_ == "VBD" for c in tok.head.head.children):
            return 1  # "is focused on defeating Trump on Monday night": an aim ahead, unless told as past
        if tok.tag_ == "VBG" and not auxes and _prospect_of(tok):
            return 1  # "Cruz's chances of winning in November": a prospect lies ahead
        if tok.i == verb_of(span) and in_period_end(span) and not _names_weekday(span):
            # "the fiscal year ending in May", told in the past: either side; in a present clause,
            # the period now running ends ahead ("play 162 games, with the season ending Sept. 29")
            main = first_verb(tok.head)
            return 1 if main.tag_ in ("VBZ", "VBP") and not _noun_as_verb(main) and not any(
                a.tag_ in ("VBD", "VBN") for a in auxiliaries(main)) else 0
        if tok.tag_ == "VBG" and not auxes and tok.dep_ in ("pcomp", "pobj", "acl", "advcl", "xcomp", "prep"):
            head = first_verb(tok.head)  # a gerund takes its time from the clause it sits in ("will have trouble winning in ...")
            if head.pos_ in ("VERB", "AUX") and head.i != tok.i:
                tok = head
                continue
        if tok.head.lower_ == "let" and tok.head.tag_ == "VB" and tok.head.i < tok.i and any(
                c.lower_.replace("’", "'") in ("'s", "us") for c in (*tok.children, *tok.head.children)):
            return 1  # "Let's defeat her in November", quoted after a past verb too
        if tok.tag_ == "VB" and tok.dep_ == "ccomp" and not auxes and tok.i > 0 and tok.doc[tok.i - 1].is_quote \
                and tok.i - 1 == tok.sent.start and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
            return 1  # a quoted imperative opening its sentence: '"Ask me again in October," he said'
        if tok.tag_ in ("VB", "VBN") and not auxes and tok.dep_ in ("ccomp", "xcomp") and tok.head.i != tok.i:
            tok = tok.head  # a bare infinitive or small clause ("make their voice known Tuesday")
            continue
        if tok.tag_ == "VB" and tok.dep_ == "ROOT" and not auxes and not any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") and not _vocative(c) for c in tok.children):
            return 1  # an imperative: "Remember in November", "vote on Tuesday", "Missouri: Remember ..."
        return 0
    return 0


# words whose "on <gerund>" is an aim ("focused on winning", "counting on carrying")
_AIM_HEADS = words("aim_heads")
_CAUSATIVE_LEMMAS = words("causative_lemmas")  # "have/want the ban lifted": the object's state, brought about
_CONDITION_MARKS = words("condition_marks")  # "if", "unless", "once", "when": a present clause of a time ahead


# verbs whose "until/to/for <date>" names a later time than the verb's own ("postponed until Tuesday")
DEFER_LEMMAS = words("defer_lemmas")
_DECLARE_LEMMAS = words("declare_lemmas")  # "declared Tuesday a holiday"
_UNIT_LEMMAS = frozenset(lexicon()["units"])  # "for 48 hours from Thursday"
CLOCK_WORDS = words("clock_words")  # "p.m.", "GMT": the words of a clock time
_VENUE_NOUNS = words("venue_nouns")  # "warned ... in parliament on Wednesday": where it was said
_CAMPAIGN_NOUNS = words("campaign_nouns")  # "the campaign for the September 22 election"
_BOUND_LEMMAS = words("bound_lemmas")  # measures that last "until" a time: "banned until October"
_DEFER_PREPS = words("defer_preps")
# verbs whose subject is a time still ahead ("as Election Day nears")
_APPROACH_LEMMAS = words("approach_lemmas")
NOMINAL_DEPS = {"poss", "compound", "nmod", "amod"}
# nouns for events set in a calendar, which a date modifying them may name ahead of time
SCHEDULED_NOUNS = words("scheduled_nouns")
_ALLEGED_ADJS = words("alleged_adjs")  # "an alleged attack in December": it happened
_ACTION_NOUNS = words("action_nouns")
_SPAN_NOUNS = words("span_nouns")  # scheduled events that last a while: "over the fall semester"  # what a group calls for a day ("a strike for Tuesday")


def direction(span: Span, holiday: bool = False) -> int:
    """Which side of the anchor a year-less date lies on: the clause's tense, corrected by
    what the words around the date say. A date that modifies a noun ("Friday's purchases", "the
    Oct. 23 slaying", "a June agreement") names an event already reported on, unless the noun
    is a scheduled event ("the Nov. 8 election"), which may lie either side, or the date is a
    ``holiday``, which the clause's tense places ("Thanksgiving travel will peak"); "effective
    Feb. 1", "as soon as Monday" and a deferral ("postponed until Tuesday") point forward.
    -2 is a past that allows no slack: the date hangs straight on a simple-past verb; 2 a future
    that allows none (a deadline still open)."""
    doc = span.doc
    tense = clause_tense(span)
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    prev2 = doc[span.start - 2].lower_ if span.start > 1 else ""
    if (prev2, prev) == ("later", "than") and span.start > 2 and doc[span.start - 3].lower_ in ("no", "not"):
        prev, prev2 = "by", ""  # "to open talks no later than January": a deadline, as "by January"
    if prev in ("on", "at") and prev2 in CLOCK_WORDS:
        # "gave him until noon on Monday": the day takes the preposition of its clock time
        i = span.start - 2
        while i > 0 and (doc[i].lower_ in CLOCK_WORDS or doc[i].like_num):
            i -= 1
        if doc[i].lower_ in ("until", "till", "by", "before"):
            prev, prev2 = doc[i].lower_, doc[i - 1].lower_ if i > 0 else ""
    if prev == "since" and span.root.dep_ in ("nsubj", "nsubjpass") and any(
            a.lemma_ == "have" for a in auxiliaries(span.root.head.head)):
        # "had limited sales since the autumn would ease", parsed as a clause: what a perfect counts
        # from (not a reason: "will be sworn in on Jan. 21, since Jan. 20 falls on a Sunday")
        return -1
    if _period_through(span) and tense > 0:
        return 0  # "expect revenue for the three months through June": a reporting period, the nearer one
    covering = first_verb(span.root)
    if tense > 0 and covering.lemma_ == "cover" and (covering.tag_ in ("VBZ", "VBP") or (
            covering.tag_ in ("VBG", "VBN") and covering.dep_ in ("acl", "advcl"))):
        # "The next one, covering July through September, is due in late November", "The period
        # that ends tonight covers April 1 through June 30": a report's period, the nearer
        return 0
    if after_report_verb(span) or prev in ("later", "earlier") or span[0].lower_ in ("later", "earlier"):
        return -1  # "said Monday"; "when he speaks later Monday": the day being reported
    if prev == "ago" and _names_weekday(span):
        return 0  # "The invasion began a decade ago Wednesday": the anniversary's day, the nearer one
    if (prev2, prev) == ("retroactive", "to"):
        return 0  # "will receive a raise retroactive to Jan. 1": backdated, the nearer one
    if prev == "from" and span.root.dep_ == "pobj" and span.root.head.head.lemma_ in ("extend", "move", "push") \
            and span.root.head.head.pos_ == "VERB":
        # "a deadline the administration extended last week from Dec. 15": the old date, either side;
        # but "will push the release from Dec. 20 to next summer": a date still ahead
        return 1 if tense > 0 else 0
    if prev == "from" and span.root.dep_ == "pobj" and span.root.head.head.pos_ == "NOUN" \
            and span.root.head.head.lower_ not in SCHEDULED_NOUNS and span.root.head.head.lemma_ not in _UNIT_LEMMAS \
            and not (span.root.head.head.i > 0 and doc[span.root.head.head.i - 1].lower_ in ("a", "an", "per")) \
            and not (span.end < len(doc) and doc[span.end].lower_ in ("to", "through", "until", "till", "-", "–")):
        # "transcripts of her testimony from August": a record of a time gone by (not a rate's
        # start: "1p a pint from Sunday")
        return -1
    deadline = next((t.head for t in span if t.dep_ in ("poss", "compound", "nmod") and t.head.i >= span.end
                     and t.head.lemma_ in DEADLINE_NOUNS), None)
    if deadline is not None and deadline.head.lemma_.lower() in _DEADLINE_SETTERS:
        return 0  # "set a noon Saturday deadline", "apologized by Friday's deadline": set for a day still to come
    if _hung_on(span, ("due",)) and any(t.lower_ in ("originally", "initially", "previously") for t in
                                         doc[max(0, span.start - 5):span.start]):
        return 0  # "delayed its decision, originally due on Jan. 24": a plan as it stood, either side
    if tense < 0 and (prev == "due" or _hung_on(span, ("due",))) and in_simple_past(span) \
            and first_verb(span.root).dep_ != "ccomp":
        # "the budget, which by law was due the first Monday in February": due then, either side
        # (not reported: "said the report was due Friday")
        return 0
    if (prev in ("soon", "due", "payable") or (prev == "effective" and doc[span.start - 1].dep_ != "acomp")) \
            or (prev, prev2) == ("of", "ahead") or _hung_on(span, ("due", "payable")) \
            or (tense >= 0 and (prev in ("starting", "beginning")
                                or (prev in ("on", "at", "in") and prev2 in ("starting", "beginning")))) \
            or (prev == "as" and prev2 in ("soon", "early") and not in_simple_past(span) and not _perfect(span)) \
            or (prev == "come" and doc[span.start - 1].tag_ != "VBD") or (prev == "to" and prev2 in ("ahead", "forward")):
        return 1  # ... "the favorite to win come November", "looking ahead to the fall", "starting Monday"
    if _onset_of_a_measure(span) or _promised_event(span):
        # "approved a tax increase beginning in January", "a curfew taking effect Friday", "has
        # promised elections in February", "set a March trial date"
        return 1
    if span.start > 2 and doc[span.start - 3:span.start - 1].text.lower() == "ahead of" \
            and doc[span.start - 1].pos_ in ("NOUN", "VERB"):
        return 1  # "ahead of voting Tuesday", "ahead of elections Sunday"
    first = span.sent.start if doc.has_annotation("SENT_START") else 0  # not "ahead of the election.\n\nSaturday's"
    lead_window = doc[max(first, span.start - 16):span.start]  # (a long name may stand between)
    lead_up = _LEAD_UP.search(lead_window.text_with_ws)
    # (no verb between: "ahead of her formal appointment as prime minister on Wednesday")
    if lead_up and (prev2, prev) != ("as", "of") and not any(
            t.pos_ in ("VERB", "AUX") and t.idx >= lead_window[0].idx + lead_up.end() for t in lead_window):
        # (not "running 12 percent ahead of that pace as of Friday": the date has its own "as of")
        return 1  # "ahead of the Iowa caucuses on Monday", "in the run-up to the voting kickoff on Monday"
    if prev == "into" and doc[span.start - 2].lemma_.lower() in ("head", "go"):
        # "heading into Tuesday's primary": ahead; told in the past, the nearer one ("Heading into
        # Tuesday's primary, Trump attacked ...", the day before)
        return 0 if tense < 0 else 1
    window = doc[max(first, span.start - 7):span.start]
    plan = _SET_TO.search(window.text_with_ws)
    if plan and not re.search(r"\b(?:was|were|been)\s+\Z", window.text_with_ws[:plan.start()], re.IGNORECASE):
        return 2  # "Tesla is set to report on Wednesday", "the bridge is set to open Feb. 2": ahead, no slack
    if prev == "to" and prev2 in ("closer", "nearer"):
        return 1  # "as it gets closer to November"
    if prev in _PAST_PREPS and span.root.dep_ not in ("nsubj", "nsubjpass"):
        # "since Jan. 1" has begun, whatever the clause's tense: no slack (not "since Jan. 20
        # falls on a Sunday", a reason)
        return -2
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
    if _forecast_for(span):
        return 1  # "issued an amber warning for heavy snow for Friday", "has warned of gales on Sunday"
    if prev in _DEFER_PREPS:
        verb = span.root.head.head if span.root.dep_ == "pobj" else span.root.head
        while verb.lower_ in CLOCK_WORDS and verb.dep_ == "pobj":
            verb = verb.head.head  # "gave him until noon on Monday": the clock time's verb
        while verb.pos_ in ("ADV", "ADP", "PART") and verb.head.i != verb.i:
            verb = verb.head  # "was pushed back to Nov. 26"
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
            verb = verb.head  # "called a general election for 4 July"
        if prev in ("until", "till", "through") and verb.tag_ == "VB" and verb.head.tag_ == "VBD" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return 1  # "voted to fund the government through Sept. 30": what was decided runs on ahead
        if prev in ("until", "till") and verb.tag_ == "VB" and verb.head.pos_ == "NOUN" \
                and _told_as_past(first_verb(verb.head)):
            return 0  # "ended with a deal to suspend the ceiling until May 18": a term as agreed then, either side
        bound = verb.head.head if verb.dep_ == "pcomp" and verb.head.pos_ == "ADP" else verb  # "banned from driving until"
        if prev in ("until", "till", "through") and bound.lemma_ in _BOUND_LEMMAS and not past_perfect(bound):
            # "released on bail until May", "banned from driving until October", "was given until
            # Friday to respond", "ordered flags lowered through Sunday": a measure told when it was
            # taken, which runs on past the writing
            return 1
        if verb.lemma_ in DEFER_LEMMAS and not _told_done(span.root):
            # "postponed until Tuesday"; but "A previous visit, planned for January, was cancelled",
            # "A test flight was scheduled for late September": a plan told as it stood may be either side
            # ("had set for this spring": the same); a judge who "set sentencing for July 8" set a
            # day then, the nearer one (lean)
            if verb.lemma_ == "set" and verb.tag_ == "VBD" and any(c.dep_ == "dobj" for c in verb.children):
                return 0
            return tense if _plan_told_as_past(verb) or (verb.lemma_ in _FUTURE_LEMMAS and (
                _told_in_past(verb) or past_perfect(verb))) or (verb.lemma_ == "set" and _told_as_past(verb)) else 1
        if prev in ("until", "till") and (any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
                                          or (verb.lemma_ == "have" and verb.tag_ in ("VBZ", "VBP"))
                                          or (verb.tag_ in ("VBZ", "VBP") and not _noun_as_verb(verb) and not any(
                                              c.dep_ in ("aux", "auxpass") for c in verb.children))):
            # "has given them until 9 a.m. Tuesday", "Lawmakers have until June 30", "The
            # transition runs until December 31": a deadline still open
            return 2
        if prev in ("until", "till") and verb.lemma_ == "have" and verb.tag_ == "VBD" and verb.dep_ == "ccomp" \
                and verb.head.lemma_ in REPORT_LEMMAS:
            return 0  # "said on Saturday that candidates had until Tuesday": a deadline as told, either side
    if span.start > 0 and doc[span.start - 1].lemma_ in _DECLARE_LEMMAS and any(
            t.lemma_ in ("holiday", "day") for t in doc[span.end:span.end + 6]):
        return 0  # "has declared Tuesday and Wednesday bank holidays": a day named for what comes, or came
    if prev == "on" and _deferred_to_clock(span):
        return 1  # "The session was moved to 6 p.m. (1600 GMT) on Monday"
    if _followed_now(span):
        return -1  # "The recall follows two others in July": what a present event follows is gone by
    if tense > 0 and _period_of_records(span) and not (_names_quarter(span) and reports_results(span)):
        # "New-home sales for February will be released Tuesday": the figures are due, the month gone
        # (a quarter whose results are to come is the nearer one: see ``lean``)
        return -1
    if _within_since(span):
        return -1  # "his first news conference since his election in March": what it counts from is past
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and (
            root.head.head.lower_ in FORWARD_NOUNS
            or (root.head.i > 0 and doc[root.head.i - 1].lower_ in FORWARD_NOUNS)):
        return 1  # "crude for delivery in May", "soybean sales for delivery after Sept. 1": traded ahead
    if root.dep_ in NOMINAL_DEPS and root.head.pos_ in ("NOUN", "PROPN") and root.head.i >= span.end:
        head = root.head
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head  # "the winter golf season": the noun the modifiers lead to
        if holiday or (_names_weekday(span) and head.lemma_ in lexicon()["parts_of_day"]):
            # "Christmas sales fell" (the last), "Thanksgiving travel will peak" (the next); "for
            # Thursday and Friday nights": the nights are the clause's time, no event's
            return tense
        nouns = doc[span.end:head.i + 1]
        if any(t.lower_ in FORWARD_NOUNS for t in nouns) or (
                any(t.lower_ in PRICED_FORWARD_NOUNS for t in nouns) and PRICES.search(span.sent.text)):
            return 1  # "crude for May delivery", "the December contract fell 2 cents": a month still to come
        if any(t.lower_ == "closing" for t in nouns):
            return -1  # "a 27 percent premium to Friday's closing price": a price already set
        if tense >= 0 and head.lemma_.lower() in _PLAN_NOUNS and _names_weekday(span):
            return 1  # "Sunday's schedule includes a pie contest", "Friday's forecast calls for rain": a day ahead
        if head.lower_ in _OUTLOOK_NOUNS and not _names_weekday(span):
            return 0  # "released its summer outlook on Thursday": a season looked to, the nearer
        if any(_names_records(t) for t in nouns):
            # "their February campaign finance reports", "Tuesday's results": records of a time gone
            # by; unless a future clause looks to a quarter's or a day's ("expects second-quarter
            # revenue of ...", "Investors will focus on Thursday's jobless-claims report"), not
            # after them ("is unlikely to give her the nod after her March comment")
            looks_to = tense > 0 and (_names_weekday(span) or span[-1].lower_.endswith("quarter")) \
                and head.head.lower_ not in _PAST_PREPS | {"after", "following"}
            if tense > 0 and not looks_to and head.dep_.startswith("nsubj") and _has_future_aux(head.head):
                return 0  # "the March report will come out April 10", written in February: the nearer March
            return 1 if looks_to else -1
        if any(t.lower_ in SCHEDULED_NOUNS for t in nouns):
            # "the Nov. 8 election", "the fall debates": a date of its own, which a past clause
            # does not date ("hacked emails ahead of the Nov. 8 election"); "ahead of" the event
            # puts it after the time of writing
            if any(c.dep_ == "amod" and c.lower_ in _BYGONE_ADJS for c in head.children):
                return -1  # "nine months after the original February deadline": one gone by
            np_head = head.head
            if np_head.lower_ == "of" and np_head.i > 0 and doc[np_head.i - 1].lower_ == "ahead":
                return 1
            if np_head.lower_ in _FUTURE_PREPS and np_head.dep_ == "prep" and tense >= 0:
                return 1  # "to prepare even before the November election", "by the March primaries"
            if np_head.lower_ in _PAST_PREPS and np_head.dep_ == "prep":
                return -1  # "has weakened since Japan's December election"
            if _campaigned_for(span):
                # "kicked off their campaign for the September 22 federal election": a race to come,
                # or, told in the past, the nearer, leaning ahead (lean)
                return 1 if tense >= 0 else 0
            if np_head.lower_ in ("of", "from") and np_head.head.lemma_.lower() in _RETROSPECT_NOUNS:
                return -1  # "an analysis of Thursday's debate", "results from Monday's election": told after the event
            if head.lemma_ in DEADLINE_NOUNS and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.head.children):
                return 0  # "debated a plan to meet a Monday deadline": still to meet, the nearer (lean)
            if tense < 0 and (_names_weekday(span) or span[-1].lower_ == "weekend"):
                return -1  # "was the winner of Monday night's debate", "This weekend's debate gave": told when past
            if tense < 0 and np_head.dep_ == "prep" and (np_head.lower_ in ("during", "throughout") or (
                    np_head.lower_ == "over" and head.lower_ in _SPAN_NOUNS)):
                # "added tutoring during the fall semester": what was done within it is past (but
                # "deadlocked over a June election": over what, not over when)
                return -1
            if not _names_weekday(span) and any(c.dep_ == "relcl" and c.tag_ == "VBD" for c in head.children):
                return -1  # "the February debate that scuttled his campaign": the event is told as done
            return max(tense, 0)
        if root.dep_ == "poss" and head.lower_ == "close" and _names_weekday(span):
            return -1  # "will end next year 12 per cent above Friday's close": a price already set
        verb = head.head.head if head.head.pos_ == "ADP" else head.head
        if tense > 0 and any(t.tag_ == "MD" and t.lower_ in _FUTURE_AUX for t in verb.children) \
                and not (_names_weekday(span) and root.dep_ == "poss" and head.dep_ in ("nsubj", "nsubjpass")):
            # "the March accession will enable ...", "will be shut for the Easter weekend": a modal
            # on the noun's own verb puts the event ahead; not one further up ("would look for
            # ways to get around Wednesday's ruling"), nor on a day's reported event as subject
            # ("Monday's decision will reverberate", but "will use Monday's encounter")
            return 1
        if tense >= 0 and head.dep_ == "nsubjpass" and verb.lemma_ in _FUTURE_LEMMAS:
            return 1  # "Wednesday's high is forecast to reach only 34", "Friday's vote is expected to pass"
        if tense >= 0 and not _names_weekday(span):
            # "the March states are crucial" (written in January), "a June agreement" (written in
            # August): a month or season the clause leaves open is the nearest one
            return 0
        # "Friday's purchases weigh on ...": a day's event already reported; "the Oct. 7 attack
        # killed ...", surely past
        return -2 if tense < 0 and _event_of_past_verb(span) else -1
    if deadline_event(span):
        return 1 if tense >= 0 else 0  # told in the past, the nearer one
    noun = root.head.head if root.head.pos_ == "ADP" else root.head
    if root.head.pos_ == "ADP" and root.head.i == span.start - 1 and span.start > 1 \
            and doc[span.start - 2].pos_ == "NOUN" and not (noun.pos_ == "VERB" and noun.tag_ == "VBD"):
        # "was not hopeful about the looming showdown in July", however parsed (but not "postponed its
        # planned offering in October", the time of a past verb)
        noun = doc[span.start - 2]
    planned = [ch.lower_ for ch in noun.children if ch.dep_ == "amod" and ch.lower_ in _PLANNED_ADJS]
    if noun.pos_ == "NOUN" and planned and not (
            tense < 0 and planned == ["proposed"] and noun.lower_ not in SCHEDULED_NOUNS):
        # "a planned Cruz rally on Saturday", "the scheduled vote Tuesday" (not "did withdraw a
        # proposed directive on Tuesday": a text proposed, withdrawn then)
        return 1
    if _alleged_event(span):
        return -1  # "asked that investigators examine an alleged gas attack in Homs in December"
    if prev == "of" and span.start > 1 and doc[span.start - 2].lemma_ in _VIOLENT_EVENT_NOUNS:
        return -2  # "the atrocities of October 7", "since the attack of Sept. 11": what is told of happened
    if doc[max(0, span.start - 3):span.start].text.lower() == "as recently as":
        return -1  # "As recently as Jan. 1, they were forecasting growth of 4.3 percent"
    if span.root.dep_ in ("dobj", "npadvmod") and span.root.head.lemma_ in ("remember", "recall"):
        return -1  # "depositors will remember this weekend", "Everyone here remembers December 26"
    if _figure_aside(span):
        return -1  # "Unemployment, at 14.7% in January, is expected to climb": a figure already out
    before = doc[max(0, span.start - 3):span.start - (prev == "on")]
    if len(before) > 1 and before[-2].lower_ == "closing" and before[-1].lemma_ in ("price", "level"):
        # "will pay $38.50 a share, a premium to the closing price (on) Friday": a price already set
        return -1
    if prev == "for" and span.start > 1 and doc[span.start - 2].lower_ in SCHEDULED_NOUNS | _ACTION_NOUNS | _PLAN_NOUNS \
            and not _told_done(span.root, doc[span.start - 2]):
        # "announced a counter-rally for Monday", "called a strike for Tuesday", "unveiled its
        # schedule for the fall": the time it is set for
        # (not "called an election for Oct. 27 that cost the coalition its majority": told as done)
        return 1
    if tense > 0 and _after_event_noun(span) and _names_weekday(span) and not _prospect_of(span.root.head.head) \
            and span.root.head.head.lower_ not in _PROSPECT_NOUNS:  # not "will get one more chance on Saturday"
        return 0  # "his address Sunday ... will be a major topic": the address is reported, not due
    if tense == 0 and _after_an_event(span):
        return -1  # "had expected growth of 0.5 per cent, following expansion of 0.7 per cent in the third quarter"
    if prev == "through" and span.start > 1 and doc[span.start - 2].lower_ in _RESULTS_NOUNS \
            and not _has_future_aux(first_verb(span.root)):
        # "its data through November already show a record": figures of a time gone by (not "would
        # weigh on results through early February")
        return -1
    if tense == 0 and prev in _FUTURE_PREPS:
        return 1
    if prev == "of" and span.start > 1 and doc[span.start - 2].lemma_ in DEADLINE_NOUNS:
        return 1 if tense >= 0 else 0  # "sets a deadline of Oct. 31": still to meet; set in the past, either side
    if prev == "by" and any(c.dep_ == "aux" and c.lower_ == "must" for c in first_verb(span.root).children):
        return 2  # "players must report by 8 December": a deadline still open
    if tense < 0 and aim_by(span):
        return 0  # "said he wanted a coalition in place by Easter": an aim, either side (lean)
    if tense < 0 and (_on_past_verb(span) or _event_of_past_verb(span)) and not _outlook(first_verb(span.root)):
        # "the blowout occurred on Jan. 5": past for sure, not a date a few weeks ahead (but "action
        # was possible over the Easter weekend" told of what might come)
        return -2
    return tense


_NEGATORS = words("negators")
_PERCEPTION_LEMMAS = words("perception_lemmas")


_FORECAST_NOUNS = words("forecast_nouns")
_FORECAST_LEMMAS = words("forecast_lemmas")
_COMPARED_FORECASTS = _FORECAST_LEMMAS | {"expect"}  # "higher than it forecast", "as expected in March"


def _after_an_event(span: Span) -> bool:
    """Whether a date is the time of an event a clause says it follows ("following expansion of
    0.7 per cent in the third quarter", "after a drop in March"): one gone by."""
    tok = span.root
    for _ in range(4):
        if tok.head.i == tok.i or tok.pos_ in ("VERB", "AUX"):
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ in ("following", "after") and tok.pos_ == "NOUN" \
                and tok.i < span.start:
            # (not "reports after the bell on Thursday": a time of the day)
            return tok.lower_ not in _CLOCK_NOUNS | _SESSION_MARKS
        tok = tok.head
    return False


def _deferred_to_clock(span: Span) -> bool:
    """Whether "on <day>" follows a clock time a deferral moved something to ("was moved to 6
    p.m. (1600 GMT) on Monday"): the day the deferral points to."""
    doc = span.doc
    i = span.start - 2
    while i > max(0, span.start - 10) and (doc[i].like_num or doc[i].is_punct or doc[i].lower_ in CLOCK_WORDS):
        i -= 1
    if i == span.start - 2 or doc[i].lower_ not in ("to", "until", "till"):
        return False
    verb = doc[i].head
    return verb.lemma_ in DEFER_LEMMAS and not past_perfect(verb)


def _forecast_for(span: Span) -> bool:
    """A day a warning or forecast is for, however the parser hangs it: "a warning for Friday",
    "issued a warning for heavy snow for Friday" (on the verb), "has warned of gales on Sunday"."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "for Friday and Saturday"
    verb = next((t for t in _heads(root, 4) if t.pos_ == "VERB"), None)
    if verb is not None and verb.lemma_ in _FORECAST_LEMMAS and verb.i < span.start and any(
            c.i < span.start and (c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("of", "about")))
            for c in verb.children) and not _telling_dated(verb, span):
        # "predicted winds of up to 40 mph Monday night and Tuesday", "warned of a messy commute
        # Tuesday morning": what is forecast comes first (not "warned Tuesday of snow", the telling)
        return True
    if root.dep_ != "pobj" or root.head.dep_ != "prep":
        return False
    prep, head = root.head, root.head.head
    if prep.lower_ in ("for", "from", "until", "till", "through") and (head.lower_ in _FORECAST_NOUNS or any(
            c.dep_ == "dobj" and c.lower_ in _FORECAST_NOUNS for c in head.children)):
        return True
    return head.lemma_ in _FORECAST_LEMMAS and any(
        c.dep_ == "prep" and c.lower_ in ("of", "about") and c.i < prep.i for c in head.children)


def _telling_dated(verb: Token, span: Span) -> bool:
    """Whether a date on a verb of warning dates the warning: one said in a "that" clause ("warned
    the United Nations in September that Iran could ..."), one told in the past perfect ("the 22
    days it had warned of in February"), or one placed before the date ("warned of consequences
    in parliament on Wednesday")."""
    if past_perfect(verb) or any(c.dep_ == "ccomp" for c in verb.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("in", "at", "to") and c.i < span.start - 1
               and any(g.pos_ == "PROPN" or g.lower_ in _VENUE_NOUNS for g in c.children) for c in verb.children)


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
    """Whether a verb heads an "if", "unless", "once" or "when" clause, whose present tense tells
    of a time ahead ("once the committee has seen the report on Wednesday", "when the awards are
    handed out on Sunday night")."""
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in _CONDITION_MARKS for c in verb.children)


def _period_of_records(span: Span) -> bool:
    """Whether a month or quarter is the period some records cover ("sales for February", "data
    for the fourth quarter"), which are published after it, whatever the clause's tense."""
    if _names_weekday(span) or span.root.dep_ != "pobj" or span.root.head.lower_ != "for":
        return False
    noun = span.root.head.head
    if noun.pos_ == "VERB":  # "will report new home sales for August", however attached
        noun = next((c for c in noun.children if c.dep_ == "dobj" and c.i < span.start), noun)
    return noun.pos_ == "NOUN" and noun.i < span.start and _names_records(noun) and noun.lower_ not in _FORECAST_NOUNS \
        and noun.lemma_.lower() not in _FORWARD_RECORDS


def _names_quarter(span: Span) -> bool:
    """Whether ``span`` names a quarter ("the second quarter", "fourth-quarter")."""
    return any(t.lower_.endswith("quarter") for t in span)


def _names_weekday(span: Span) -> bool:
    """Whether a date names a weekday, whose week news leaves to the clause's tense."""
    return any(t.lower_.rstrip(".") in WEEKDAY_WORDS for t in span)


def _past_ability(verb: Token) -> bool:
    """Whether "could" on ``verb`` tells of what was (not) possible then rather than of a
    possibility ahead: a denied clause ("could not be reached", "neither he nor she could be
    located") or a perception ("could hear explosions Monday night"; but "could see their checks
    stop in September" is what may come)."""
    perceived = verb.lemma_ in _PERCEPTION_LEMMAS and not any(c.dep_ == "ccomp" and c.tag_ == "VB" for c in verb.children)
    return perceived or any(c.dep_ == "neg" for c in verb.children) or any(
        t.lower_ in _NEGATORS for c in verb.children if c.dep_.startswith("nsubj") for t in c.subtree)


_CLOCK_NOUNS = words("clock_nouns")
_SESSION_MARKS = words("session_marks")  # "after the bell", "before the open"
_RESULTS_NOUNS = words("results_nouns")  # what a company "reports" without saying anything
FORWARD_NOUNS = words("forward_nouns")  # a month's "delivery", "futures": traded ahead
_FORWARD_RECORDS = words("forward_record_lemmas")  # records of a time ahead: "the budget for April"
PRICED_FORWARD_NOUNS = words("priced_forward_nouns")  # "the December contract", "December corn": beside a price
PRICES = re.compile(r"[$€£%]|\b(?:cents?|percent|a barrel|a bushel|an ounce)\b")


def _told_done(*tokens: Token) -> bool:
    """Whether a past relative clause tells of a date or an event as done ("called a snap
    election for Oct. 27 that cost the coalition its majority")."""
    return any(c.dep_ == "relcl" and c.tag_ == "VBD" for t in tokens for c in t.children)


def _ranked_infinitive(verb: Token) -> bool:
    """Whether an infinitive tells what made a ranked noun what it is, said in a simple present
    or past ("is the third hurricane to hit Florida", "was the first leader to visit"): done, not
    aimed at (but "will be the first to visit")."""
    head = verb.head
    noun = head if head.pos_ == "NOUN" else next(
        (c for c in head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None) if head.lemma_ == "be" else None
    if noun is None or noun.i > verb.i:
        return False
    copula = noun.head if noun.dep_ == "attr" else None
    return copula is not None and copula.tag_ in ("VBZ", "VBP", "VBD") \
        and not any(c.dep_ == "aux" for c in copula.children) \
        and any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in _RANK_WORDS) for c in noun.children)


def _after_event_noun(span: Span) -> bool:
    """Whether a date follows and dates a noun that is no scheduled event ("the slaying in
    Chicago on Friday", "his address Sunday"): what the clause's future says is about that
    event's effects, not its time."""
    head = span.root.head
    if head.pos_ == "ADP" and head.lower_ in ("on", "in", "at") and span.root.dep_ == "pobj":
        head = head.head
    elif span.root.dep_ != "npadvmod":
        return False
    if head.pos_ != "NOUN" or head.i > span.start or head.lower_ in SCHEDULED_NOUNS or head.lower_ in _CLOCK_NOUNS:
        return False  # (not "at 3 p.m. on Monday": a clock time, no event)
    if not any(c.dep_ in ("det", "poss") for c in head.children):
        return False  # "will go door to door on Saturday": no event named
    if head.dep_ == "pobj" and head.head.lower_ == "before" and head.head.head.pos_ == "VERB":
        return False  # "will appear before a judge on Wednesday": the verb's day, not a judge's event
    if head.dep_ == "dobj" and _has_future_aux(head.head):
        return False  # "will announce the decision on Friday": the parse hangs the verb's day on its object
    if any(c.dep_ in ("compound", "nmod", "nummod", "amod") and c.ent_type_ == "DATE" for c in head.children):
        return False  # "will mark the anniversary of the Sept. 11 attacks on Wednesday": an event dated already
    verbs = [t for t in _heads(head) if t.pos_ in ("VERB", "AUX")]
    if any(v.lemma_ in _FUTURE_LEMMAS for v in verbs):
        return False  # "rabbis plan to join the protest of his appearance Monday": inside a plan
    # "a strong finish Monday would change the race", "will hold a video call on Tuesday": an event
    # only imagined or still to come
    imagined = bool(verbs) and any(a.dep_ == "aux" and a.lower_ in ("would", "could", "might", "will", "'ll")
                                   for a in verbs[0].children)
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
    return (plural in YEAR_NOUNS or tok.lower_ in YEAR_NOUNS) and tok.lemma_.lower() not in SCHEDULED_NOUNS \
        and tok.lower_ not in SCHEDULED_NOUNS


def dates_scheduled_event(span: Span) -> bool:
    """Whether a date names the day of a scheduled event ("Tuesday's primary", "the election on
    Tuesday"), which a clause without tense puts on neither side of the writing."""
    return scheduled_event(span) is not None


def deadline_event(span: Span) -> bool:
    """Whether a date is that of an event a deadline names ("wanted a successor in place by the
    party conference in September", however parsed): ahead of a present telling."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ not in ("in", "on"):
        return False
    event = doc[span.start - 2]
    return event.lower_ in SCHEDULED_NOUNS and event.dep_ == "pobj" and event.head.lower_ in _FUTURE_PREPS - {"next"}


def scheduled_event(span: Span, adverbial: bool = False) -> Token | None:
    """The scheduled event a date names the day of ("primary" in "Tuesday's primary", "the
    election on Tuesday"; with ``adverbial``, also "a debate Thursday"), if any."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.pos_ == "ADP" and head.lower_ in ("on", "in", "at"):
        head = head.head
    elif root.dep_ not in NOMINAL_DEPS and not (adverbial and root.dep_ == "npadvmod"):
        return None
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return head if head.pos_ in ("NOUN", "PROPN") and head.lower_ in SCHEDULED_NOUNS else None


def aim_by(span: Span) -> bool:
    """Whether a date is the deadline of an aim or a demand ("said he wanted a coalition in place
    by Easter", "called for a review of spending by October", "wanted the units installed before
    winter"): set when it was voiced and looking ahead of that, so most often ahead of the
    writing too."""
    if span.start == 0 or span.doc[span.start - 1].lower_ not in ("by", "before"):
        return False
    verb = first_verb(span.root)
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.dep_ == "dobj":
        verb = verb.head.head  # "wanted the units installed before winter": the wanting
    return verb.lemma_ in _WISH_LEMMAS | BID_LEMMAS


def aim_of_past_bid(span: Span) -> bool:
    """Whether a date hangs on the infinitive of a plan or bid told in the simple past
    ("threatened to walk out Thursday night", "planned to leave on Thursday"), or on a reported
    "would" ("said they would light landmarks on Monday night"), or on an invitation told in the
    present perfect ("has invited them to the White House on Friday"), or an aim ("were sent to
    guard the polls on Sunday"): the date may be the bid's own day or its aim, so neither side of
    the writing is implied."""
    verb = first_verb(span.root)
    if (verb.tag_ == "VBN" and verb.lemma_ in BID_LEMMAS and present_perfect(verb)) or _reported_outlook(verb) \
            or (verb.lemma_ in _FUTURE_LEMMAS and _told_in_past(verb) and verb.dep_ == "ccomp") \
            or _reported_would(verb):
        return True  # (and "said more snow was expected Saturday": a forecast as it stood)
    head = verb.head
    if head.i == verb.i or not (head.tag_ == "VBD" or _told_in_past(head)):
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return ("to" in auxes and (head.lemma_ in _FUTURE_LEMMAS or head.lemma_ in BID_LEMMAS or head.lower_ == "was"
                               or (head.tag_ == "VBN" and head.lower_ in _FUTURE_ADJS)  # "was set to begin Saturday"
                               or verb.dep_ == "advcl"))


def _reported_would(verb: Token) -> bool:
    """Whether a verb is a "would" reported by a past saying ("said they would light landmarks
    on Monday night", "said it would adjourn and return Monday"): the future of a saying made
    about the writing's time."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return verb.dep_ == "ccomp" and {c.lower_ for c in verb.children if c.dep_ == "aux"} == {"would"} \
        and (verb.head.tag_ == "VBD" or _told_in_past(verb.head))


def _outlook(verb: Token) -> bool:
    """Whether a "be" tells of an outlook ("was possible", "were likely")."""
    return verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in _OUTLOOK_ADJS for c in verb.children)


def _reported_outlook(verb: Token) -> bool:
    """Whether a past "be" reports an outlook ("said showers were possible Saturday", "said more
    snow was likely Thursday"): the past is the saying's, the day may be ahead."""
    return verb.tag_ == "VBD" and verb.dep_ == "ccomp" and verb.head.lemma_ in REPORT_LEMMAS and _outlook(verb)


def _told_in_past(verb: Token) -> bool:
    """Whether a participle is told in the simple past by its auxiliary ("was scheduled to
    speak", "were expected to vote"): a plan reported as it stood, which may still lie ahead."""
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" and c.lower_ != "had"
                                      for c in verb.children)


def _told_as_past(verb: Token) -> bool:
    """Whether a verb is in the simple past, by its own form or its auxiliary ("did support")."""
    return verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in auxiliaries(verb))


def _plan_told_as_past(verb: Token) -> bool:
    """A participle set off after a noun ("a visit, planned for January,") in a clause told in
    the past ("was cancelled"): the plan's time is no longer ahead of the telling."""
    return verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl") \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and _told_as_past(first_verb(verb.head))


def _perfect(span: Span) -> bool:
    """Whether the verb above ``span`` is a perfect ("may have begun as early as mid-August"), or
    a verb under a past perfect ("had hoped to fly as early as August", "had found images taken as
    early as mid-June"): a time gone by, however early."""
    verb = first_verb(span.root)
    return (verb.tag_ == "VBN" and any(a.lower_ in ("have", "has", "had", "'ve") for a in auxiliaries(verb))) \
        or any(past_perfect(span.doc[i]) for i in governors(verb))


def _within_since(span: Span) -> bool:
    """Whether a date sits in the object of "since" ("since his election in March")."""
    tok = span.root
    for _ in range(3):
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep":  # (the tagger may take "since" for SCONJ)
            return False
        if tok.head.lower_ == "since":
            return tok.i != span.root.i  # (a date right after "since" is placed elsewhere)
        tok = tok.head.head
        if tok.pos_ not in ("NOUN", "PROPN"):
            return False
    return False


def _campaigned_for(span: Span) -> bool:
    """Whether a date is that of a race a campaign is for ("kicked off her campaign for the
    September 22 federal election", "began to dominate the campaign for the December 16 election")."""
    head = span.root.head
    if span.root.dep_ not in NOMINAL_DEPS or head.pos_ not in ("NOUN", "PROPN"):
        return False
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    np_head = head.head
    return np_head.lower_ == "for" and np_head.i > 0 and (
        np_head.head.lemma_ in _CAMPAIGN_NOUNS or span.doc[np_head.i - 1].lemma_ in _CAMPAIGN_NOUNS)


def _figure_aside(span: Span) -> bool:
    """Whether a date closes a verbless aside that gives a figure ("Unemployment, at 14.7% in
    January, is expected to climb"): the figure of a time already reported."""
    doc = span.doc
    if span.start < 3 or doc[span.start - 1].lower_ != "in" or span.end >= len(doc) or doc[span.end].text != ",":
        return False
    if doc[span.start - 2].lower_ not in ("%", "percent") or not doc[span.start - 3].like_num:
        return False
    opening = next((t for t in reversed(doc[max(0, span.start - 8):span.start - 3]) if t.text == ","), None)
    return opening is not None and not any(t.pos_ in ("VERB", "AUX") for t in doc[opening.i + 1:span.start])


def _alleged_event(span: Span) -> bool:
    """Whether a date follows, with no verb between, a noun that is alleged or suspected ("an
    alleged gas attack in the city of Homs in December"): what is alleged has happened."""
    doc = span.doc
    first = span.sent.start if doc.has_annotation("SENT_START") else 0
    for tok in reversed(doc[max(first, span.start - 12):span.start]):
        if tok.lower_ in _ALLEGED_ADJS and tok.dep_ == "amod":
            return True
        if tok.pos_ in ("VERB", "AUX"):
            return False
    return False


def _hung_on(span: Span, words: tuple[str, ...]) -> bool:
    """Whether a date hangs on one of ``words`` through prepositions alone ("due on Thursday",
    "due at noon EDT on Thursday")."""
    tok = span.root
    for _ in range(3):
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            return False
        tok = tok.head.head
        if tok.lower_ in words:
            return True
    return False


def in_since_clause(span: Span) -> bool:
    """Whether a date sits in what "since" counts from ("since he took office on March 20",
    "since his election in March"): a starting point, not a day the story is telling of."""
    verb = first_verb(span.root)
    if any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children) or _within_since(span):
        return True
    # however parsed: "killed since an offensive was launched on March 5"
    window = span.doc[max(span.sent.start, span.start - 8):span.start]
    since = next((t for t in reversed(window) if t.lower_ == "since"), None)
    between = span.doc[since.i + 1:span.start] if since is not None else []
    return bool(between) and not any(t.is_punct for t in between) \
        and any(t.tag_ in ("VBD", "VBN") for t in between) and between[-1].pos_ == "ADP"


_EXTREME_NOUNS = words("extreme_nouns")
_SAME_PAST = words("same_past_verbs")  # verbs whose past is spelled as their present
_MEASURED_FROM = words("measured_from")  # "35% below its record", "off their peak"
_CHANGE_LEMMAS = words("change_lemmas")  # "rise", "fall": a figure's change
_RANKED_AFTER = words("ranked_after")  # "behind only", "second only to", "surpassed only by"


def compared_with(span: Span) -> bool:
    """Whether a date is what a present trend is measured against ("up from 1 million in
    January", "fewer patients than in December", "compared with September", "higher than it
    forecast in November"): a time gone by."""
    window = span.doc[max(span.sent.start, span.start - 8):span.start]
    words = [t.lower_ for t in window]
    if words[-2:] in (["later", "than"], ["earlier", "than"]) and words[-3:-2] in (["no"], ["not"]) \
            or (words[-2:-1] == ["than"] and words[-1] in ("normal", "usual", "average", "expected")):
        # "talks no later than January", "no earlier than mid-April": a bound; "a colder than normal
        # December": the month described
        return False
    if "than" in words[-2:] or "compared" in words:  # "than in December", not "more than 200 events in May"
        return True
    last_than = next((t for t in reversed(window) if t.lower_ == "than"), None)
    figure = window[last_than.i - window.start + 1:] if last_than is not None else []
    if figure and figure[0].lower_ in ("the", "its", "their") \
            and any(t.lower_ in ("%", "percent") or t.tag_ == "$" for t in figure) \
            and all(t.like_num or t.pos_ in ("DET", "SYM", "ADP") or t.tag_ == "$" or t.lower_ in _FIGURE_WORDS
                    for t in figure):
        return True  # "slightly slower than the 5.9% in March": a figure already out (not "more than 5% in June")
    than = next((t for t in window[-5:] if t.lower_ in ("than", "as")), None)
    if than is not None and any(u.lemma_ in _COMPARED_FORECASTS and u.tag_ in ("VBD", "VBN")
                                and not any(than in c.subtree for c in u.children if c.dep_.startswith("nsubj"))
                                for u in span.doc[than.i + 1:span.start]):
        # "slightly higher than it forecast in November": the forecast made then (not "backups of
        # more than an hour are expected Saturday", the "than" in the subject of the forecast)
        return True
    if words[-1:] in (["in"], ["on"], ["of"]) and any(w in _EXTREME_NOUNS for w in words[-4:-1]) \
            and any(w in _MEASURED_FROM for w in words[:-3]):
        return True  # "35% below its record close in mid-December", "off their peak in March": a mark already set
    if any(w == "only" and i and words[i - 1] in _RANKED_AFTER for i, w in enumerate(words)):
        return True  # "the second-highest crest, behind only the flood of December 2015": a record standing
    if "from" not in words:
        return False
    before = window[:len(words) - 1 - words[::-1].index("from")]
    # "down 4% from", "expect prices to rise 0.3% from December": a figure changed from that time
    return any(w in ("up", "down") for w in words[:words.index("from")]) or (
        any(t.lemma_ in _CHANGE_LEMMAS for t in before) and any(t.lower_ in ("%", "percent") for t in before))


def _from_an_amount(span: Span) -> bool:
    """Whether the "from" before a date takes an amount ("up from about 230,000 in November")."""
    doc = span.doc
    frm = next((t for t in reversed(doc[max(span.sent.start, span.start - 8):span.start]) if t.lower_ == "from"), None)
    if frm is None:
        return False
    nxt = next((t for t in doc[frm.i + 1:span.start] if t.pos_ not in ("ADV", "ADP", "DET")), None)  # "about", "some"
    return nxt is not None and (nxt.like_num or nxt.tag_ == "$")


def in_simple_past(span: Span) -> bool:
    """Whether the verb a span hangs on is in the simple past ("closed at 4 p.m."), not a present
    perfect ("has been moved to 5:30 p.m."), which may look ahead."""
    return _told_as_past(first_verb(span.root))


def past_perfect(verb: Token) -> bool:
    """Whether a verb is in the past perfect ("had been due to expire"), which puts its time
    before the story's past: a plan told of this way has lapsed or been carried out."""
    return any(c.lower_ == "had" for c in auxiliaries(verb))


def present_perfect(verb: Token) -> bool:
    """Whether a verb is in the present perfect ("have gained since the start of the year"),
    told as of the writing however far back its events go."""
    return any(c.lower_ in ("has", "have", "'ve") for c in auxiliaries(verb))


def _on_past_verb(span: Span) -> bool:
    """Whether a date hangs straight on a verb in the simple past ("occurred on Jan. 5",
    "were captured Dec. 28"), so that no looser reading ("payable Dec. 7") can put it ahead."""
    head = span.root.head
    if _reported_verb(span) is not None:
        return False
    if head.pos_ == "ADP" and head.i == span.start - 1:
        if head.lower_ in _FUTURE_PREPS:
            return False  # "gave them until mid-November": a deadline, which may lie ahead
        head = head.head
    if head.i == span.root.i or head.pos_ not in ("VERB", "AUX") or span.root.dep_.startswith("nsubj"):
        return False  # a date as subject is no time of the verb ("Christmas Eve was booked")
    auxes = auxiliaries(head)
    return (head.tag_ == "VBD" and not auxes) or (head.tag_ == "VBN" and any(a.tag_ == "VBD" for a in auxes))


def _onset_of_a_measure(span: Span) -> bool:
    """Whether a date is when something a noun names begins ("a tax increase beginning in
    January", "new laws taking effect Wednesday", a rule "effective in November"): a measure
    announced or approved starts after the telling, whatever its verb's tense."""
    head = span.root.head
    if span.root.dep_ == "pobj" and head.pos_ == "ADP":
        head = head.head
    if head.lower_ == "effective" and head.dep_ in ("amod", "acl", "advcl"):
        return True
    if head.tag_ != "VBG" or head.dep_ != "acl":
        return False
    return head.lemma_ in ("begin", "start") or (
        head.lemma_ == "take" and any(c.lower_ == "effect" for c in head.children))


def _on_its_verb(span: Span) -> bool:
    """Whether a date hangs on its clause's verb (through a preposition at most), not on a noun."""
    head = span.root.head
    if span.root.dep_ == "pobj" and head.pos_ == "ADP":
        head = head.head
    return head.pos_ in ("VERB", "AUX") or span.root.pos_ in ("VERB", "AUX")


def _promised_event(span: Span) -> bool:
    """Whether a date is that of a scheduled event a verb promises, asks for or sets ("has
    promised elections in February", "asked for a December trial date", "setting a new trial
    date of Sept. 13"): one still to come."""
    if _names_weekday(span):  # only "promised more protests this Sunday" says which: this week's
        return span[0].lower_ == "this" and span.root.head.pos_ == "VERB" and span.root.head.lemma_ in _PROMISE_LEMMAS
    noun = span.root.head
    if span.root.dep_ == "pobj" and (noun.lower_ in ("in", "on", "for") or (
            noun.lower_ == "of" and noun.head.lower_ == "date")) and noun.dep_ == "prep":
        prep, noun = noun, noun.head
        if noun.pos_ == "VERB" and prep.i > 0 and prep.doc[prep.i - 1].dep_ == "dobj" \
                and prep.doc[prep.i - 1].head.i == noun.i:
            if noun.tag_ == "VBD" and noun.lemma_ in _FIXING_LEMMAS:
                return False  # "called the election in January": the time of the calling ("promised" one ahead)
            noun = prep.doc[prep.i - 1]  # "has promised elections in February", however attached
        if noun.lower_ == "date" and prep.lower_ != "of":
            return False  # "announced the election date in January": the time of the announcing
    elif span.root.dep_ not in NOMINAL_DEPS:
        return False
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head  # "a December trial date"
    if noun.pos_ != "NOUN" or (noun.lower_ not in SCHEDULED_NOUNS and noun.lower_ != "date"):
        return False
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "for":
        verb = verb.head  # "asked for a December trial date"
    elif noun.dep_ != "dobj":
        return False
    # (not an event a past telling puts behind: "prompted Parliament to call a debate in January";
    # but "postponed the trial, setting a new trial date of Sept. 13" sets one ahead)
    return verb.pos_ == "VERB" and verb.lemma_ in _PROMISE_LEMMAS \
        and not (verb.dep_ in ("xcomp", "ccomp", "advcl") and verb.tag_ != "VBG" and _told_as_past(verb.head))


def _event_of_past_verb(span: Span) -> bool:
    """Whether a month and day names an event a simple-past verb tells of ("The attack on Oct. 7
    killed ...", "the Oct. 7 attack killed"): done, however near the same day of the coming year
    lies. Not a scheduled event, which a past clause may tell of before it comes ("the Nov. 6
    election was postponed")."""
    if _names_weekday(span) or not any(t.like_num for t in span):
        return False
    tok = span.root
    if tok.dep_ not in NOMINAL_DEPS | {"pobj"}:
        return False
    while tok.pos_ not in ("VERB", "AUX"):
        if tok.head.i == tok.i or tok.dep_ in ("conj", "appos", "relcl", "acl") \
                or (tok.pos_ == "NOUN" and tok.lower_ in SCHEDULED_NOUNS) \
                or (tok.pos_ == "ADP" and tok.lower_ not in ("on", "at", "in", "of")):
            return False  # (not "With an eye to February 20th, ... he said")
        tok = tok.head
    auxes = auxiliaries(tok)
    return tok.tag_ == "VBD" and not auxes and tok.lemma_ not in REPORT_LEMMAS


REPORT_LEMMAS = words("report_lemmas")
# verbs that promise, ask for or set an event to come
_PROMISE_LEMMAS = BID_LEMMAS | words("promise_lemmas")
_FIXING_LEMMAS = words("fixing_lemmas")  # "called the election in January": in the month, the calling
# report verbs whose simple present with a day is a schedule ("Microsoft reports on Tuesday"), not a saying
_SCHEDULED_REPORTS = words("scheduled_report_lemmas")


def in_headline(span: Span) -> bool:
    """Whether ``span`` sits in a title-case line, where capitals say nothing of names. Only
    words that must be capitalized in no sentence count: not the first word, not names ("The
    Super Bowl is Sunday in New Orleans" is a sentence)."""
    if not span.doc.has_annotation("SENT_START"):
        return False
    words = [t.text for t in span.sent[1:] if t.is_alpha and len(t) > 3 and not t.ent_type_]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def reports_results(span: Span) -> bool:
    """Whether a quarter is that of results to be reported ("will report fourth-quarter results",
    "posts its third-quarter earnings", "would reduce its fourth-quarter earnings", "fourth-quarter
    GDP data, due Jan. 18"): a quarter already ended, whatever the tense."""
    verb = first_verb(span.root)
    if verb.lemma_ in _RESULT_VERBS:
        # (not a product: "plans to release a smaller version in the third quarter")
        return not any(c.dep_ == "dobj" and c.lower_ not in _RESULTS_NOUNS and not span.start <= c.i < span.end
                       and not any(t.i in range(span.start, span.end) for t in c.subtree) for c in verb.children)
    tok = span.root
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head  # "fourth-quarter GDP data": the noun the modifiers lead to
        if tok.lower_ in _RESULTS_NOUNS:
            return True
    return span.root.dep_ in ("amod", "nmod") and span.root.head.lower_ in _RESULTS_NOUNS


def _reports_results_of(verb: Token) -> bool:
    """ "Nike reports earnings Thursday": a report verb whose object is results tells of an
    event the clause's tense places, not of a saying; so does "Nike reports on Thursday" ("several
    lenders report on Thursday and Friday"), with nothing said."""
    if verb.lemma_ == "report" and verb.tag_ in ("VBZ", "VBP") and not any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "advcl", "parataxis") for c in verb.children) \
            and not any(t.is_quote for t in verb.sent):
        return True
    return any(c.dep_ == "dobj" and c.lower_ in _RESULTS_NOUNS for c in verb.children)


def after_report_verb(span: Span) -> bool:
    """A day right after a reporting verb ("said on Monday he would ...", "says Friday", "said in
    December it would"), or after the one it tells ("told reporters Monday"), is the day of the
    saying, however the parser hung it on the reported clause."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ in ("on", "in"):
        i -= 1
    if i >= 0 and doc[i].lemma_ not in REPORT_LEMMAS and span.root.dep_ != "poss":
        # "told African-Americans this weekend he would ...": past the one told, the same day
        told = next((t for t in reversed(doc[max(0, i - 4):i]) if t.lemma_ in REPORT_LEMMAS), None)
        heard = [c for c in told.children if c.dep_ in ("dobj", "dative")] if told is not None else []
        if heard and all(any(t in c.subtree for c in heard) for t in doc[told.i + 1:i + 1]) \
                and not any(span.root in c.subtree for c in heard):  # not "noted a planned rally on Saturday"
            i = told.i
    if i < 0 or doc[i].lemma_ not in REPORT_LEMMAS:
        return False
    verb = doc[i]
    if span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head.i != verb.i:
        return False  # "officials said Wednesday would be one as well": the day the saying is about
    if _reports_results_of(verb) or _noun_taken_for_verb(verb):
        return False
    # "wouldn't say Tuesday", "would not comment Tuesday": a refusal already made
    return verb.tag_ in ("VBD", "VBZ", "VBP") or (verb.tag_ == "VB" and any(
        c.dep_ == "neg" for c in verb.children) and any(c.lower_ in ("would", "wo") for c in verb.children))


def firm_future(span: Span) -> bool:
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
    bare = noun.pos_ == "NOUN" and noun.dep_ == "pobj" and not any(c.dep_ in ("det", "poss") for c in noun.children)
    if root.dep_ in ("poss", "compound", "nmod", "npadvmod", "pobj") and noun.pos_ in ("NOUN", "PROPN") and not bare:
        # (not a bare noun of an adverbial: "will go door to door on Saturday" is the verb's day)
        # but "the meeting Tuesday will decide the matter": the subject of a future; and "will take
        # up the issue at a summit on Tuesday": the scheduled event a future verb happens at
        return (noun.dep_ in ("nsubj", "nsubjpass") and _has_future_aux(noun.head)) or (
            root.dep_ == "pobj" and noun.dep_ == "pobj" and noun.lemma_.lower() in SCHEDULED_NOUNS
            and noun.head.dep_ == "prep" and _has_future_aux(noun.head.head))
    verb = first_verb(root)
    auxes = auxiliaries(verb)
    if verb.tag_ in ("VBG", "VBN") and not auxes:
        # "will have a chance to make their voice known on Tuesday", "are expected to begin
        # trading on Thursday": a future further up
        return any(_has_future_aux(h) or (h.lemma_ in _FUTURE_LEMMAS and not _told_as_past(h)) for h in _heads(verb, 4))
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return False
    if any(a.lower_ == "to" for a in auxes) and (verb.head.tag_ == "VBD" or any(
            c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.head.children)):
        return False  # "was planning to hold ... on Thursday night"
    return True


def under_will(span: Span) -> bool:
    """Whether the verb above ``span`` takes "will" (or "shall"): a time still to come, unlike
    the modals ``_has_future_aux`` also counts."""
    verb = first_verb(span.root)
    return any(c.lower_.replace("’", "'") in ("will", "'ll", "shall", "wo") for c in auxiliaries(verb))


def _has_future_aux(verb: Token) -> bool:
    return any(c.lower_.replace("’", "'") in _FUTURE_AUX for c in auxiliaries(verb))


def scheduled_present(span: Span) -> bool:
    """A weekday or year-less date in a simple-present clause names a scheduled, coming day
    ("the summit opens Friday", "the president takes office in January"), unless the verb
    reports speech ("police say Sunday")."""
    if in_headline(span):
        return False  # a headline's present tense tells of the past ("Senate Passes Bill Tuesday")
    tok: Token = span.root.head
    if tok.pos_ == "ADP" and tok.lower_ in ("on", "in", "at", "for", "by", "until", "before", "from") \
            and tok.i == span.start - 1 and not (tok.i > 0 and span.doc[tok.i - 1].lower_ in ("aside", "apart", "away")):
        tok = tok.head  # "meet on Monday", "expires at 4 p.m. Wednesday"
    if tok.lower_ == "time" and tok.dep_ == "appos":
        tok = tok.head  # "5 p.m. Eastern time on Friday"
    if tok.dep_ == "acomp" and tok.head.lemma_ == "be" and tok.i < span.start:
        tok = tok.head  # "Federal courts are closed Monday": the copula's tense
    if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ in ("before", "until", "after") \
            and tok.head.head.pos_ in ("VERB", "AUX") and tok.head.head.i < tok.i:
        tok = tok.head.head  # "The tour winds through the South before closing Aug. 31": the schedule's verb
    if span.root.dep_ == "npadvmod" and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.head.pos_ in ("VERB", "AUX") \
            and tok.head.head.i < span.start:
        tok = tok.head.head  # "The race ends officially with a banquet Sunday", the day parsed onto the noun
    if tok.lower_ in _CLOCK_NOUNS and tok.head.i != tok.i:
        # "The deadline is 5 p.m. on Friday", "Polls close at 8 p.m. Tuesday": the clock time's verb
        tok = tok.head.head if tok.head.pos_ == "ADP" else tok.head
    if tok.lower_ in _SESSION_MARKS and tok.dep_ == "pobj" and tok.head.head.pos_ in ("VERB", "AUX"):
        tok = tok.head.head  # "Meridian reports after the bell on Thursday": the reporting's day
    if tok.dep_ == "dobj" and tok.head.tag_ in ("VBZ", "VBP") and tok.head.lemma_ in _SCHEDULED_REPORTS:
        tok = tok.head  # "Nvidia reports results on Wednesday": the day of the reporting
    # "On Tuesday, voters go", "On Monday he has no public events"
    fronted = tok.i > span.end and ((span.end < len(span.doc) and span.doc[span.end].text == ",")
                                    or (span.start - span.sent.start == 1 and span.doc[span.start - 1].lower_ == "on"))
    # "Wednesday marks 10 years since ...", "Wednesday is set aside for Munich": the day as the
    # sentence's subject
    opens = tok.i >= span.end and all(t.dep_ in ("aux", "auxpass") for t in span.doc[span.end:tok.i]) \
        and span.root.dep_ in ("nsubj", "nsubjpass", "npadvmod") and span.root.is_sent_start
    if _verbless_verb(tok) or _fixture_without_verb(span):
        return True  # "The parliament votes on Wednesday", "Redcastle host Elmbridge on Saturday", parsed as nouns
    # "The report is published on Wednesday": a present passive
    auxes = [(c.dep_, c.tag_) for c in auxiliaries(tok)]
    passive = tok.tag_ == "VBN" and _names_weekday(span) and tok.dep_ in ("ROOT", "conj", "ccomp", "relcl") \
        and auxes in ([("auxpass", "VBZ")], [("auxpass", "VBP")])
    # "Arsenal play Swansea on Saturday", "The Giants open at Dallas on Sept. 8": a present plural
    # the tagger took for a base form or, without a copula, for an adjective
    bare_present = (tok.tag_ == "VB" or (tok.pos_ == "ADJ" and not any(c.lemma_ == "be" for c in tok.children))) \
        and tok.dep_ in ("ROOT", "conj") and any(c.dep_ == "nsubj" and c.i < tok.i and not _vocative(c)
                                                 for c in tok.children)
    # "Polls open at 7 a.m. and close at 7 p.m. Tuesday": a base form sharing a present verb's subject
    bare_present = bare_present or (tok.tag_ == "VB" and tok.dep_ == "conj" and tok.head.tag_ in ("VBZ", "VBP")
                                    and not any(c.dep_ in ("aux", "auxpass") for c in tok.children))
    if tok.tag_ in ("VBP", "VB") and tok.lower_ in _SAME_PAST:
        return False  # "as the Penguins beat the Jets on Thursday night": a past the tagger took for a present
    if (tok.i >= span.start and not fronted and not opens) or (tok.tag_ not in ("VBZ", "VBP") and not passive
                                                                and not bare_present) \
            or (tok.lemma_ in REPORT_LEMMAS - _SCHEDULED_REPORTS and not _reports_results_of(tok)) \
            or _noun_as_verb(tok) or tok.lemma_ == "cover":  # ("covers April 1 through June 30": a period)
        return False
    if tok.lemma_ != "turn" and any(c.dep_ == "dobj" and (c.like_num or any(t.text in ("%", "$") for t in c.subtree))
                                    for c in tok.children):
        # "that follows 292,000 in June", "compares with ...": figures reported, no schedule (but
        # "which turns seven on Thursday" is an age to come)
        return False
    return passive or not any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def _followed_now(span: Span) -> bool:
    """Whether a date is of what a present "follows" has as its object ("The recall follows two
    others in July and December"), which came before the present event."""
    verb = first_verb(span.root)
    if verb.lemma_ != "follow" or verb.tag_ not in ("VBZ", "VBP") or auxiliaries(verb):
        return False
    # (the date hung on the object, or on the verb after it)
    return any(span.root in c.subtree or c.i < span.start for c in verb.children if c.dep_ == "dobj")


def nonrestrictive(verb: Token) -> bool:
    """Whether ``verb`` heads a relative clause set off by a comma (", which began Oct. 1",
    ", whose term ends on May 15"): a remark in passing on the noun before it."""
    opening = verb.left_edge.i
    return verb.dep_ == "relcl" and opening > 0 and verb.doc[opening - 1].text == "," \
        and verb.doc[opening].tag_ in ("WDT", "WP", "WP$")


def _closed_relative(verb: Token, span: Span) -> bool:
    """Whether ``span`` follows a relative clause set off by commas that the parser hung it on
    ("its second quarter, which ended Aug. 31, on Sept. 27"): it is the main clause's."""
    if verb.i > span.start or not nonrestrictive(verb):
        return False
    between = verb.doc[verb.i + 1:span.start]
    return any(t.text == "," for t in between) and all(t.text == "," or t.pos_ == "ADP" for t in between[-2:])


def _finite_past(verb: Token, auxes: list[Token]) -> bool:
    """Whether a verb of one form for present, past and participle ("forecast", "set", "cut") is
    the simple past by its grammar: a "participle" with a subject and no auxiliary, or a "present"
    whose subject is singular ("The bank forecast in April")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if auxes or not subjects:
        return False
    return verb.tag_ == "VBN" or (verb.tag_ in ("VBP", "VB") and (
        subjects[0].tag_ in ("NN", "NNP") or subjects[0].lower_ in ("it", "he", "she")))  # "the sum it forecast in May"


def _noun_taken_for_verb(tok: Token) -> bool:
    """"will air the results show Thursday": a present "verb" with no subject and no auxiliary,
    hung as an adverbial clause or an object on the verb before it, is a noun the tagger misread."""
    return tok.tag_ in ("VBZ", "VBP") and tok.dep_ in ("advcl", "dobj") and tok.head.i < tok.i \
        and tok.head.pos_ in ("VERB", "AUX") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark", "aux", "auxpass") for c in tok.children)


def _fixture_without_verb(span: Span) -> bool:
    """A sentence the tagger found no verb in, with a fixture's verb taken for a noun ("United host
    City on Saturday")."""
    sent = span.sent
    return not any(t.pos_ in ("VERB", "AUX") for t in sent) \
        and any(t.tag_ in ("NN", "NNS") and t.lower_ in _FIXTURE_VERBS and t.i < span.start for t in sent)


_FIXTURE_VERBS = words("fixture_verbs")  # "host", "face", "visit": a game set for a day


def _verbless_verb(tok: Token) -> bool:
    """A plural noun heading a sentence with no verb, right after a noun ("The parliament votes
    on Wednesday"): the tagger's noun is the sentence's verb, the noun before it the subject."""
    return tok.tag_ == "NNS" and tok.dep_ == "ROOT" and tok.i > 0 and tok.doc[tok.i - 1].dep_ == "compound" \
        and tok.doc[tok.i - 1].tag_ in ("NN", "NNP") and not any(t.pos_ in ("VERB", "AUX") for t in tok.sent)


def _vocative(tok: Token) -> bool:
    """A name set off before the verb by a colon or comma ("Missouri: Remember in November"),
    which the parser may take for the subject."""
    return tok.pos_ == "PROPN" and tok.i + 1 < tok.head.i and tok.doc[tok.i + 1].text in (":", ",") \
        and all(c.dep_ in ("compound", "punct") for c in tok.children)


_LATER_MARKS = frozenset({"until", "till", "after", "before", "since", "once"})


def _goes_on(verb: Token) -> bool:
    """Whether a verb joined to the one before it by "and" goes on in the same time ("deployed
    in 2005 and, on that tour, spent Christmas"): no "but", and a comma-set aside between."""
    head = verb.head
    between = verb.doc[head.i + 1:verb.i]
    return any(t.dep_ == "cc" and t.lower_ == "and" and t.head.i == head.i for t in between) \
        and any(t.text == "," for t in between[-6:]) and not any(t.lower_ == "but" for t in between)


def governors(verb: Token) -> set[int]:
    """``verb`` and the verbs whose clauses hold it, up to the first coordination, relative
    clause or clause of a time of its own ("lost more contests than he won in March": "won" is
    governed by "lost"; "declared the 1953 armistice ... drills that began on March 1": "began" is not;
    "didn't endorse until 2008, but followed suit in October", "not reported until Reuters
    asked in April": "followed" and "asked" have times of their own; but "deployed again in 2005
    and, on that tour, spent Christmas at a checkpoint" goes on in one)."""
    out = {verb.i}
    while (verb.dep_ != "conj" or _goes_on(verb)) and verb.dep_ != "relcl" and verb.head.i != verb.i and not (
            verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _LATER_MARKS for c in verb.children)):
        verb = verb.head
        out.add(verb.i)
    return out


def _noun_as_verb(tok: Token) -> bool:
    """A plural noun the tagger read as a present verb, told by a determiner or possessive or
    by having no subject outside a coordination ("did not revisit her Wall Street remarks on
    Sunday", with "remarks" parsed as a clause of its own). The only verb of its sentence is
    one, whatever became of its subject ("The Senate votes on Thursday", "Senate" a compound)."""
    return tok.tag_ == "VBZ" and (
        any(c.dep_ in ("poss", "det") and c.i < tok.i for c in tok.children)
        or (tok.dep_ not in ("conj", "ROOT") and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")
                                                          for c in tok.children))
        or (tok.dep_ == "ROOT" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in tok.children)
            and any(t.pos_ in ("VERB", "AUX") and t.i != tok.i for t in tok.sent)))


def first_verb(tok: Token) -> Token:
    """``tok`` if it is a verb, else the first verb above it in the parse (the root when none is)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def verb_of(span: Span) -> int | None:
    """The index of the first verb above ``span`` (None outside a parsed clause)."""
    verb = first_verb(span.root) if span.doc.has_annotation("DEP") else None
    return verb.i if verb is not None and verb.pos_ in ("VERB", "AUX") else None


def _period_end_verb(span: Span) -> Token | None:
    """The first verb above ``span`` when it ends a period before it ("ending", "ended",
    "expiring", "closing"), else None."""
    verb = verb_of(span)
    tok = span.doc[verb] if verb is not None else None
    return tok if tok is not None and tok.lemma_ in _PERIOD_END_LEMMAS and tok.i < span.start else None


def in_period_end(span: Span) -> bool:
    """The first verb above ``span`` is "ending", "expiring" or "closing" hung on a noun ("raised its
    forecast for the fiscal year ending in May"): a period's bound, which has no tense of its
    own; a bare month there may lie either side. (Other participles go on with the story's past:
    "establishing a bank in June".)"""
    tok = _period_end_verb(span)
    return tok is not None and tok.tag_ == "VBG" and tok.dep_ == "acl"


def _period_through(span: Span) -> bool:
    """Whether ``span`` follows "to" or "through" after a period ("the six months to June 29",
    "the three months through June")."""
    to = span.doc[span.start - 1] if span.start > 1 else None
    return to is not None and to.lower_ in ("to", "through") and to.dep_ == "prep" \
        and (to.head.lemma_ in _PERIOD_UNIT_LEMMAS or span.doc[to.i - 1].lemma_ in _PERIOD_UNIT_LEMMAS)


def period_bound(span: Span) -> bool:
    """Whether ``span`` is the day a period named before it ends on ("the three months ended
    May 4", "the quarter that ended June 30", "the six months to June 29"): a bound of the
    period, no day the story is on."""
    if _period_through(span):
        return True
    tok = _period_end_verb(span)
    return tok is not None and tok.dep_ in ("acl", "relcl") and tok.head.pos_ == "NOUN"


def in_present_clause(span: Span) -> bool:
    """The first verb above ``span`` is a finite present with no past auxiliary, outside a
    headline: a bare month there is as likely ahead as behind ("seats up in November")."""
    if in_headline(span):
        return False
    verb = verb_of(span)
    if verb is None:
        return False
    tok = span.doc[verb]
    auxes = auxiliaries(tok)
    if tok.tag_ == "VBN" and auxes and all(c.tag_ in ("VBZ", "VBP") and c.lemma_ == "be" for c in auxes):
        return True  # a present passive: "is usually conducted in the fourth quarter"
    return tok.tag_ in ("VBZ", "VBP") and not _noun_as_verb(tok) and not any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBN") for c in tok.children)


_RESULT_VERBS = words("result_verbs")
_PERIOD_END_LEMMAS = words("period_end_lemmas")  # "the fiscal year ending in May"
_PERIOD_UNIT_LEMMAS = {"week", "month", "quarter", "year", "period"}  # "the six months to June 29"


WEEKDAY_WORDS = frozenset(lexicon()["weekdays"])
# a noun's adjectives that put its event ahead ("a planned rally on Saturday")
_PLANNED_ADJS = words("planned_adjs")
# (not "stopped ahead of schedule on Monday", "finished ahead of time": earlier than planned)
_LEAD_UP = re.compile(r"\b(?:ahead of(?! (?:schedule|time)\b)|run-up to|lead-up to|leadup to|lead up to|runup to)\b",
                      re.IGNORECASE)
# a plan or a wait just before the day: "set to report on Wednesday", "braced for Wednesday's data"
_SET_TO = re.compile(r"\b(?:(?:set|scheduled|slated|due) to \w+(?: \w+)?|braced? for|bracing for|awaited|awaiting|"
                     r"await|looked ahead to|looking ahead to|look ahead to)\s+(?:on\s+)?\Z", re.IGNORECASE)


# what sets a deadline, or points to it ("set a noon Saturday deadline", "by Friday's deadline")
DEADLINE_NOUNS = words("deadline_nouns")
_DEADLINE_SETTERS = words("deadline_setters")
# a deadline's prepositions: "by the end of the year" told in the past is still ahead
_DEADLINE_PREPS = words("deadline_preps")


def midnight_in_past(form: dict, span: Span, pattern: str) -> dict:
    """"explosions were heard after midnight": the midnight that began the day; "drones struck
    overnight": the night that ended on it."""
    if form.get("k") == "shift" and form.get("n") == 0 and (form.get("tod") == "24:00" or (
            form.get("tod") == "NI" and pattern == "date_overnight")) and clause_tense(span) < 0:
        if form["tod"] == "24:00" and any(t.lower_ in ("p.m.", "pm", "p.m") for t in span.doc[span.sent.start:span.start]):
            return form  # "began at 7 p.m. and ended after midnight": the midnight that closed the day
        return {**form, "tod": "00:00"} if form["tod"] == "24:00" else {**form, "n": -1}
    return form


def this_week(form: dict, span: Span) -> dict:
    """"will meet this week", "is not available this week", written on a Sunday: the week from
    Monday, as only a past tense looks back on the week now ending; "this weekend the candidates
    debated", on a Wednesday: the last weekend."""
    # (so does "the week" when nothing named before gives it a week: "will spend much of the week on it")
    unanchored = form.get("k") == "ana" and not any(key in form for key in ("ref", "refdays", "refg"))
    if (form.get("k") != "shift" and not unanchored) or form.get("u") != "W" or form.get("n") != 0 \
            or form.get("g") not in ("W", "WE"):
        return form
    side = direction(span)
    if side >= 0 and form["g"] == "W" and form.get("cut") != "before":
        return {**form, "ahead": True}
    if side < 0 and form["g"] == "WE":
        return {**form, "behind": True}
    return form


def _progressive_now(span: Span) -> bool:
    """Whether the clause of ``span`` is a present progressive telling of what goes on ("is
    loosening its grip"), not of a plan ("is going to", "is expected to")."""
    verb = first_verb(span.root)
    return verb.tag_ == "VBG" and verb.lemma_ not in _FUTURE_LEMMAS | {"go"} \
        and any(a.lower_ in _PRESENT_BE for a in auxiliaries(verb)) \
        and not _has_future_aux(verb)


def lean(form: dict, span: Span, day: Span) -> dict:
    """Fill in the direction the grammar left open (``"tense": None``): the tense of ``day``'s
    clause (``day`` is the expression, or the day a clock time is on), and the leanings a bare
    tense misses, such as how near a scheduled event is and whether a future is firm."""
    kind = form.get("k")
    tense = direction(day, holiday=kind == "hol")
    out = {**form, "tense": tense}
    doc = span.doc
    if kind == "shift" and span.start > 0 and doc[span.start - 1].lower_ in _DEADLINE_PREPS:
        out["tense"] = tense = 0  # "a goal of ... by the end of the year", told in the past: still ahead
    if kind == "weekend" and tense > 0 and not any(a.tag_ == "VBD" for a in first_verb(day.root).ancestors):
        # "the debate could stretch into the weekend", written on a Sunday: the next one (not a
        # future told in the past, "said a curfew would continue through the weekend": this one)
        out["ahead"] = True
    if kind == "season" and tense > 0 and _progressive_now(day):
        # "Winter is refusing to leave", "the flu is loosening its grip this winter": a season
        # going on, or just gone, not one to come; the nearer
        out["tense"] = tense = 0
        out["near"] = "even"
    if kind in ("date", "wd", "quarter") and tense >= 0 and compared_with(span) \
            and (not under_will(day) or _from_an_amount(span)):
        # "is now administering 2.3 million doses, up from 1 million in January"; "will bring the
        # force to 540,000, up from 230,000 in early November" (not "will be up 5% from a year
        # earlier in March"); "500 were found on Saturday, compared with 2,000 on Monday"; "growth
        # of 2 percent in the first quarter, up from 0.1 percent in the fourth quarter"
        out["tense"] = tense = -1
    if kind == "date" and not form.get("d") and tense < 0 and in_simple_past(day) and _on_its_verb(day) \
            and not (day.start > 0 and doc[day.start - 1].lower_ in _FUTURE_PREPS - {"by"}):
        # "January began with fires", "by mid-January, it had spread": no slack ahead (but "gave
        # them until mid-November", "talking about the slated visit in September")
        out["begun"] = True
    if kind == "date" and form.get("mod") and span.start > 0 and doc[span.start - 1].lower_ in ("until", "till"):
        out["bound"] = True  # "gave prosecutors until mid-March": the month bounds, not its middle
    if tense == 0 and kind in ("wd", "date", "dom", "hol") and scheduled_present(day):
        out["tense"] = tense = 1  # "the summit opens Friday", "the rule takes effect Dec. 1"
    elif tense == 0 and kind == "wd" and dates_scheduled_event(day):
        # "Tuesday's primary", "the election on Tuesday": the nearer one; with even odds
        # in a present clause ("who needs a win in Tuesday's primary"); a deadline not told as
        # past is still to meet ("debated a plan to meet a Monday deadline")
        out["near"] = "ahead" if scheduled_event(day).lemma_ in DEADLINE_NOUNS else \
            "even" if in_present_clause(day) else True
    elif tense == 0 and (kind in ("wd", "weekend", "season") or (kind == "date" and not form.get("d"))) \
            and aim_of_past_bid(day):
        # "planned to leave on Thursday", "planned to hold a drill in August": the nearer, either
        # side; a reported "would" looks ahead of its saying ("aides said the chamber would return
        # Monday"), which is most often the writing's day or the day before
        out["near"] = "told" if _reported_would(first_verb(day.root)) else "even"
    elif tense == 0 and kind in ("date", "hol", "season") and not form.get("d") and aim_by(day):
        out["near"] = "told"  # "called for a review by October", written in March: this October
    elif tense == 0 and kind == "hol" and in_present_clause(day):
        out["near"] = "even"  # "The deadline is Labor Day", "the next sales push is Thanksgiving": the nearer
    elif tense == 0 and (kind == "season" or kind == "date" and not form.get("d")) \
            and (in_present_clause(day) or in_period_end(day) or deadline_event(day)) \
            or tense == 0 and kind in ("season", "date") and dates_scheduled_event(day) \
            and (not form.get("d") or scheduled_event(day).dep_ == "pobj"):
        # "Republicans have 24 seats up in November", "the fall campaign": no past lean;
        # "shift focus toward the November election", "declined to comment on the Nov. 5
        # election": the coming one unless far off (not "lost the Nov. 5 election": done)
        out["near"] = "ahead" if dates_scheduled_event(day) and clause_tense(day) >= 0 else "even"
    if tense == 0 and kind == "date" and _campaigned_for(day):
        # "began to dominate the campaign for the December 16 election", written in March: the one
        # gone by; "kicked off her campaign for the September 22 election", in March: the coming one
        out["near"] = "ahead"
    if tense > 0 and kind in ("date", "hol") and under_will(day) and firm_future(day):
        # "The festival will take place May 3", written May 17: next year's; "on Election Day,
        # the situation will have morphed", written two weeks after one: the next
        out["tense"] = 2
    if tense > 0 and kind == "wd" and (firm_future(day) or (
            day.start > 0 and doc[day.start - 1].lower_ == "by")):
        out["firm"] = True  # "Lynch will appear before the committee on Tuesday", "expects highs of 104 by Tuesday"
    if tense > 0 and kind == "quarter" and reports_results(span):
        # "will report fourth-quarter results" in February: the one ended; "second-quarter
        # results in July", written in March: the coming one. The nearer, then
        out["tense"], out["near"] = 0, True
    return out
