"""What a quantity counts or measures, read off the dependency parse: a hyphen-glued noun,
an "of" phrase, the noun the number modifies, the object of a multiplier verb, a label, or the
phrase an earlier quantity of the same kind counted."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .candidates import SUBJ, TIME_WORDS, Candidate, is_age, pobj, subject
from .lexicon import Scan
from .units import unit_kind

_PRONOUNS = frozenset({"they", "them", "their", "theirs", "it", "its", "these", "those", "which", "who",
                       "that", "we", "our", "us"})
_COUNT_NOUNS = frozenset({"number", "numbers", "total", "count", "ranks", "strength", "tally", "toll",
                          "figure", "figures", "contingent", "size"})
_OBJ = ("dobj", "obj")
_PREMOD = frozenset({"compound", "amod", "nmod", "poss", "case", "npadvmod"})


def counted_phrase(scan: Scan, doc: Doc, c: Candidate, previous: list[tuple[Candidate, str | None]]) -> str | None:
    """The noun phrase a quantity counts or measures, most specific evidence first:
    a hyphen-glued noun ("seven-member"); an "of" phrase ("half of the troops", "500 square
    miles of territory"); the person an age belongs to; a label ("Dollar: 141.65 yen");
    the noun the number modifies; the object of a multiplier verb; what money is "in"/"for";
    the quantity it is in apposition with; the noun of "net income of $X"; the subject or
    object of the verb it hangs from; a fronted partitive ("Of the eight victims, three
    ..."); and, for a bare count, what the count just before it in the text counted."""
    is_age(scan, doc, c)
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
                    obj = pobj(ch)
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
        subj = subject(verb) if verb is not None else None
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
        subj = subject(verb)
        if subj is not None:
            return _phrase(scan, doc, subj, inside, previous)
    # money "in"/"for" what: "$30 million in stock", "$14 billion for weapons" (but "a reward of $5m for ...")
    if unit_kind(scan, c.unit) == "money" and not (root.dep_ == "pobj" and head.lower_ == "of"
                                                   and head.head.pos_ in ("NOUN", "PROPN")):
        for k in range(c.start, c.end):
            for ch in doc[k].children:
                if ch.dep_ == "prep" and ch.lower_ in ("in", "for") and ch.i not in inside:
                    obj = pobj(ch)
                    if obj is not None and obj.pos_ == "NOUN" and obj.lower_ not in TIME_WORDS \
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
            if part is not None and root.dep_ in SUBJ:
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
                subj = subject(verb)
                if subj is not None and subj.i not in inside and subj.pos_ in ("NOUN",) :
                    return _phrase(scan, doc, subj, inside, previous)
    if c.measure:
        if root.dep_ == "pobj" and head.head.pos_ in ("NOUN", "PROPN"):
            return _phrase(scan, doc, head.head, inside, previous)
        # "..., or $4.06 a share": what the previous measure of the sentence measured
        sent = doc[c.start].sent
        for pc, pcounted in reversed(previous):
            if pc.measure and pc.start >= sent.start and pcounted and unit_kind(scan, pc.unit) == unit_kind(scan, c.unit):
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
        subj = subject(verb)
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
                obj = pobj(ch)
                if obj is not None and obj.pos_ == "NOUN" and obj.lower_ not in TIME_WORDS \
                        and unit_kind(scan, c.unit) == "money" and not any(x.dep_ == "nummod" for x in obj.children):
                    return _phrase(scan, doc, obj, inside, previous)
    objs = [ch for ch in verb.children if ch.dep_ in _OBJ and ch.i not in inside and ch.pos_ in ("NOUN", "PROPN", "PRON")]
    if root.dep_ in _OBJ and unit_kind(scan, c.unit) == "money":
        for ch in verb.children:
            if ch.dep_ == "prep" and ch.lower_ == "in" and ch.i > root.i:
                obj = pobj(ch)
                if obj is not None and obj.pos_ == "NOUN" and obj.lower_ not in TIME_WORDS:
                    return _phrase(scan, doc, obj, inside, previous)
    if root.dep_ in _OBJ:
        for ch in verb.children:
            if ch.dep_ == "prep" and ch.lower_ == "for":
                obj = pobj(ch)
                if obj is not None and obj.pos_ == "NOUN" and obj.lower_ not in TIME_WORDS:
                    return _phrase(scan, doc, obj, inside, previous)
    via = root.head if root.dep_ == "pobj" else None
    if via is not None and via.lower_ in ("for", "to", "from", "by", "at") and via.head == verb and objs:
        return _phrase(scan, doc, objs[0], inside, previous)
    subj = subject(verb)
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
                            and t.lower_ not in TIME_WORDS:
                        return _phrase(scan, doc, t, inside, previous)
        ante = _antecedent(doc, head, inside)
        return _phrase(scan, doc, ante, inside, previous) if ante is not None else None
    if head.lower_ in _COUNT_NOUNS:
        for ch in head.children:
            if ch.dep_ == "prep" and ch.lower_ == "of":
                obj = pobj(ch)
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
            obj = pobj(ch)
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
                and t.lower_ not in TIME_WORDS:
            return t
    for k in range(pron.i - 1, sent.start - 1, -1):
        t = doc[k]
        if k in inside or t.ent_type_ in ("DATE", "TIME") or t.lower_ in TIME_WORDS:
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
                    and t.lower_ not in TIME_WORDS:
                return t
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
