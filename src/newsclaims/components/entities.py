"""``newsclaims_entities``: named entities with one canonical name per real-world entity.

spaCy's NER is the base; generic corrections follow (SCHEMA.md decisions):
- spans: no leading "the" (a capitalized "The" stays mid-sentence and in outlet names),
  no possessive, ranks inside PERSON spans, role words and honorifics out, "X's Y" and
  "X of the Y" split when X/Y are entities of their own, "Kursk region" with its region word;
- labels: the gazetteer (models/entities) makes places GPE/LOC, never PRODUCT/PERSON
  (a town-named ORG such as a team keeps ORG unless the context is a place), nationality
  words NORP, outlets and well-known bodies ORG; a name after a title or rank is a PERSON;
  one label per name within an article (PERSON wins once seen);
- missed mentions: gazetteer names, nationality words, outlets, acronyms (and those
  defined in the text, "Special Operations Forces (SOF)"), names and surnames already
  seen, callsigns, names after titles;
- clusters (``newsclaims.names``): partial names to the fullest name, acronyms to their
  expansion, metonymic capitals and foreign acronyms to their country ("Pyongyang" ->
  "North Korea"; a capital used as a location, "in Moscow", stays a city);
  ``span._.canonical`` is the cluster's fullest name in the text, ``span._.entity_id`` a
  deterministic key equal across articles for the same entity (``link_ids`` merges the
  rest at corpus level), ``span._.country`` the country a place or nationality belongs to.
"""
from __future__ import annotations

import re
from typing import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .. import names as N
from ..gazetteer import BIG_CITY, Gazetteer, gazetteer

NAMED_LABELS = ("PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE")
SPANS_KEY = "entities"

for _name in ("canonical", "entity_id", "country"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)

POSSESSIVE = frozenset({"'s", "’s", "'", "’", "s'", "s’"})
QUOTES = frozenset({'"', "'", "“", "”", "‘", "’", "«", "»"})
LOCATIVE = frozenset({"in", "at", "near", "outside", "around", "inside", "across", "into", "over",
                      "throughout", "toward", "towards", "to", "from", "via", "through", "beyond"})
CALLSIGN = frozenset({"callsign", "call-sign", "nicknamed", "codenamed", "code-named", "alias", "pseudonym"})
PLACE_SUFFIXES = frozenset({"based", "born", "headquartered", "registered", "area", "bound"})
ROMAN = frozenset({"II", "III", "IV", "VI", "VII", "VIII", "JR", "SR"})
CONNECTIVES = frozenset({"of", "for", "and", "&", "in", "on", "at", "de", "the"})


def _cap(tok) -> bool:
    return tok.text[:1].isupper()


class EntitiesComponent:
    """Corrects spaCy's named entities and clusters them (see the module docstring)."""

    def __init__(self, nlp: Language, name: str, spans_key: str = SPANS_KEY,
                 metonymic_capitals: bool = True, add_missing: bool = True):
        self.name = name
        self.spans_key = spans_key
        self.metonymic_capitals = metonymic_capitals
        self.add_missing = add_missing
        self.gaz: Gazetteer = gazetteer()
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        g = self.gaz
        groups = {
            "GPE": [s for s, p in g.places.items() if p.kind in ("country", "capital", "state")],
            "LOC": [s for s, p in g.places.items() if p.kind == "continent"],
            "NORP": list(g.demonyms),
            "ORG": [*g.outlets, *g.org_aliases, *g.known_orgs],
        }
        for label, surfaces in groups.items():
            self.matcher.add(label, [nlp.make_doc(s) for s in sorted(set(surfaces))])
        self._rank_len = max(len(r.split()) for r in g.ranks)
        self._cache: tuple | None = None
        self._headlines: tuple | None = None
        self._title_first = frozenset(re.split(r"[ .\-]", w)[0] for w in (*g.titles, *g.ranks))
        self._title_len = max(len(t.split()) for t in g.titles)

    # ------------------------------------------------------------------ spans
    def _phrase_at(self, doc: Doc, i: int, table: frozenset[str], longest: int, backwards: bool = False) -> int:
        """Length of the longest entry of ``table`` starting (or, backwards, ending) at token i."""
        low = self._lower_ws(doc)
        for n in range(longest, 0, -1):
            lo, hi = (i - n + 1, i + 1) if backwards else (i, i + n)
            if lo < 0 or hi > len(low):
                continue
            if "".join(low[lo:hi]).rstrip() in table:
                return n
        return 0

    def _lower_ws(self, doc: Doc) -> list[str]:
        """Lower-cased token texts with their trailing whitespace, computed once per Doc."""
        cached = self._cache
        if cached is None or cached[0] is not doc:
            cached = self._cache = (doc, [t.text_with_ws.lower() for t in doc], [t.text for t in doc])
        return cached[1]

    def _texts(self, doc: Doc) -> list[str]:
        self._lower_ws(doc)
        return self._cache[2]

    def _in_title(self, doc: Doc, s: int, e: int) -> bool:
        """Whether tokens s..e lie inside a title phrase ("Secretary of State", "Defence Minister")."""
        for i in range(max(0, e - self._title_len), s + 1):
            n = self._phrase_at(doc, i, self.gaz.titles, self._title_len)
            if n and i + n >= e and (i < s or i + n > e):
                return True
        return False

    def _headline(self, doc: Doc, i: int) -> bool:
        """Whether token i stands in a title-case line (memoized per line and Doc)."""
        line = _line(doc, i)
        memo = self._headlines
        if memo is None or memo[0] is not doc:
            memo = self._headlines = (doc, {})
        if line.start not in memo[1]:
            memo[1][line.start] = _title_case(line)
        return memo[1][line.start]

    def _before_region_word(self, doc: Doc, e: int) -> bool:
        """ "Sumy region", "the Sumy and Kharkiv regions": a region word follows (a place or two on)."""
        for k in range(e, min(e + 4, len(doc))):
            if doc[k].lower_ in self.gaz.region_words:
                return True
            if not (_cap(doc[k]) or doc[k].lower_ in ("and", ",")):
                return False
        return False

    def _is_place(self, text: str) -> bool:
        return self.gaz.place(text) is not None

    def _split(self, doc: Doc, s: int, e: int, label: str, standalone: set[str]) -> list[tuple[int, int, str]]:
        """Split "Ukraine's Special Operations Forces" and "A of the B" (both entities)."""
        for i in range(s + 1, e - 1):
            if doc[i].text in POSSESSIVE and self._is_place(doc[s:i].text):
                return [(s, i, "GPE"), (i + 1, e, label)]
        if label in ("ORG", "WORK_OF_ART", "PRODUCT", "EVENT") and e - s > 2 and self._headline(doc, s):
            # headlines: "Trump Eyes Ukraine Deal" is not one organisation; keep the country
            for k in range(s + 1, e):
                place = self.gaz.place(doc[k:e].text)
                if place and place.kind == "country" and doc[k - 1].lower_ not in CONNECTIVES:
                    return [(k, e, "GPE")]
        if label == "ORG":
            for i in range(s + 2, e - 2):
                if doc[i].lower_ != "of":
                    continue
                j = i + 2 if doc[i + 1].lower_ == "the" else i + 1
                left, right = doc[s:i], doc[j:e]
                lt = N.fold(left.text)
                rt = N.fold(right.text)
                caps = all(_cap(t) for t in left if t.lower_ != "the") and all(_cap(t) for t in right)
                if caps and len(lt.split()) >= 2 and len(rt.split()) >= 2 and (lt in standalone or rt in standalone):
                    return [(s, i, label), (j, e, label)]
        return [(s, e, label)]

    def _fix(self, doc: Doc, s: int, e: int, label: str) -> tuple[int, int, str] | None:
        g = self.gaz
        while True:
            s0, e0 = s, e
            while e > s and (doc[e - 1].text in POSSESSIVE or doc[e - 1].is_punct or doc[e - 1].is_space
                             or doc[e - 1].lower_ in CONNECTIVES):
                e -= 1
            while s < e and (doc[s].is_punct or doc[s].is_space):
                s += 1
            if s < e and doc[s].lower_ == "the" and e - s > 1:
                # "The" belongs to a name mid-sentence ("writes The New York Times") or to an outlet's
                mid = s > 0 and not doc[s].is_sent_start and doc[s - 1].is_alpha and doc[s - 1].is_lower
                keep = doc[s].text == "The" and (doc[s:e].text in g.outlets or mid)
                if not keep:
                    s += 1
            if (s, e) == (s0, e0):
                break
        if s >= e or (e - s == 1 and doc[s].lower_ == "the"):
            return None
        if label in ("ORG", "PERSON", "GPE", "NORP") and e - s == 1 and self._in_title(doc, s, e):
            return None  # "Defence" in "Defence Minister", "State" in "Secretary of State"
        if label == "PERSON":
            # "Steven Snyder TWA": a trailing acronym is the employer, not part of the name
            while e - s > 1 and N.is_acronym(doc[e - 1].text) and doc[e - 1].text not in ROMAN:
                e -= 1
            # role words out ("President"), ranks kept ("Colonel"), ranks just before the name in
            while e - s > 1:
                n = self._phrase_at(doc, s, g.titles, self._title_len)
                if n and n < e - s and not self._phrase_at(doc, s, g.ranks, self._rank_len) == n:
                    s += n
                else:
                    break
            r = self._phrase_at(doc, s, g.ranks, self._rank_len)
            if r and r < e - s and self._in_title(doc, s, s + r):
                s += r  # "Secretary General Mark Rutte": "General" belongs to the title
            elif s > 0 and not r:
                n = self._phrase_at(doc, s - 1, g.ranks, self._rank_len, backwards=True)
                if n and _cap(doc[s - n]) and not self._in_title(doc, s - n, s):
                    s -= n
            if doc[s:e].text.lower() in g.ranks or doc[s:e].text.lower() in g.titles:
                return None
        paren = next((i for i in range(s + 1, e) if doc[i].text == "("), None)
        if paren is not None:  # "World Health Organization (WHO": the name ends before
            return self._fix(doc, s, paren, label)
        text = doc[s:e].text
        if text in g.acronym_stop:  # "super PAC", "CEO": not names
            return None
        if text in g.us_state_codes:  # "Houston, TX"
            return (s, e, "GPE")
        if text.isupper() and len(text) > 3 and self._is_place(text.title()):  # dateline "KYIV"
            text = text.title()
            place = g.place(text)
            return (s, e, "LOC" if place.kind == "continent" else "GPE")
        # region words: "Kursk region", "Kursk Oblast"
        if e < len(doc) and doc[e].lower_ in g.region_words and (label in ("GPE", "LOC") or self._is_place(text)):
            e += 1
            return (s, e, "GPE")
        if e - s > 1 and doc[e - 1].lower_ in g.region_words and self._is_place(doc[s:e - 1].text):
            return (s, e, "GPE")
        dem = g.demonym(text)
        if dem and label != "LANGUAGE":  # "in Spanish" stays a language
            return (s, e, "NORP")
        # headline "North Korean Troops": a nationality and an ordinary noun
        for k in range(e - 1, s, -1):
            if g.demonym(doc[s:k].text) and all(t.lower_ in g.generic_plurals for t in doc[k:e]):
                return (s, k, "NORP")
        if text in g.institution_metonyms or text in g.known_orgs:
            return (s, e, "ORG")
        place = g.place(text)
        if place:
            if place.kind == "continent":
                return (s, e, "LOC")
            if place.kind in ("country", "state"):
                return (s, e, "GPE")
            if label in ("GPE", "LOC", "FAC"):
                return (s, e, label if label != "FAC" else "GPE")
            # a person or organisation may be named like a town ("Carolina" the team); only
            # capitals, big cities and places in a place's context are taken from them
            if label not in ("PERSON", "ORG") or place.kind == "capital" or place.population >= BIG_CITY \
                    or _locative(doc, s) or self._before_region_word(doc, e):
                return (s, e, "GPE")
        if label in ("ORG", "PERSON", "PRODUCT", "FAC", "WORK_OF_ART") and _settlement_context(doc, s, e):
            return (s, e, "GPE")
        if text in g.outlets or text in g.known_orgs or (doc[s].lower_ == "the" and doc[s + 1:e].text in g.outlets):
            return (s, e, "ORG")
        return (s, e, label)

    # ------------------------------------------------------------------ candidates
    def _candidates(self, doc: Doc) -> tuple[list[tuple[int, int, str]], dict[str, int]]:
        g = self.gaz
        named = [(e.start, e.end, e.label_) for e in doc.ents if e.label_ in NAMED_LABELS]
        ordinal_at = {e.end: e.start for e in doc.ents if e.label_ == "ORDINAL"}
        standalone = {N.fold(doc[s:e].text) for s, e, lab in named if lab == "ORG"}
        spans: list[tuple[int, int, str]] = []
        for s, e, lab in named:
            for piece in self._split(doc, s, e, lab, standalone):
                fixed = self._fix(doc, *piece)
                if fixed:
                    spans.append(fixed)
        if not self.add_missing:
            return _no_overlap(spans), {}
        # tokens of dates and numbers ("PTSD" tagged DATE by the model) are not names to add
        numeric = {i for e in doc.ents if e.label_ not in NAMED_LABELS for i in range(e.start, e.end)}
        covered = _covered(spans) | numeric
        extra: list[tuple[int, int, str]] = []
        for match_id, s, e in self.matcher(doc):
            label = doc.vocab.strings[match_id]
            if any(i in covered for i in range(s, e)):
                continue
            if label == "NORP" and e < len(doc) and _cap(doc[e]) and doc[e].pos_ == "PROPN" \
                    and doc[e].lower_ not in g.generic_plurals:
                continue  # "American Airlines": part of a name spaCy missed, not a nationality
            fixed = self._fix(doc, s, e, label)
            if fixed:
                extra.append(fixed)
        spans = _no_overlap(spans + extra)
        covered = _covered(spans) | numeric
        # "<place> region" that spaCy did not see
        texts = self._texts(doc)
        for i in range(len(doc) - 1):
            if i in covered or i + 1 in covered:
                continue
            if texts[i + 1].lower() in g.region_words and texts[i][:1].isupper() and self._is_place(texts[i]):
                spans.append((i, i + 2, "GPE"))
                covered |= {i, i + 1}
        # "Special Operations Forces (SOF)" where spaCy saw no name: capitalized words whose
        # initials spell the acronym in parentheses
        for i in range(2, len(doc) - 2):
            if texts[i] == "(" and texts[i + 2] == ")" and N.is_acronym(texts[i + 1]) and i - 1 not in covered:
                acr = doc[i + 1].text.replace(".", "")
                j = i
                while j > 0 and j - 1 not in covered and (_cap(doc[j - 1]) or doc[j - 1].lower_ in ("of", "for", "and", "the")):
                    j -= 1
                while j < i and not _cap(doc[j]):
                    j += 1
                for k in range(j, i):
                    if _cap(doc[k]) and N.matches_acronym(acr, [t.text for t in doc[k:i]]):
                        spans.append((k, i, "ORG"))
                        covered |= set(range(k, i))
                        break
        # names seen once, missed elsewhere (a quote-initial "Special Operations Forces ...")
        known: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for s, e, lab in spans:
            if lab in ("ORG", "FAC", "EVENT", "LAW") and e - s >= 2:
                words = tuple(t.text for t in doc[s:e] if t.lower_ != "the" or t.text == "The")
                words = tuple(N.strip_the(words))
                while len(words) > 2 and g.is_modifier(words[0]):
                    known.setdefault(words[0], []).append((words, lab))
                    words = words[1:]
                known.setdefault(words[0], []).append((words, lab))
        for i, tok in enumerate(doc):
            if i in covered or tok.text not in known:
                continue
            for words, lab in sorted(known[tok.text], key=lambda x: -len(x[0])):
                k = i + len(words)
                if k <= len(doc) and tuple(t.text for t in doc[i:k]) == words and not covered & set(range(i, k)):
                    spans.append((i, k, lab))
                    covered |= set(range(i, k))
                    break
        # acronyms defined in the text: "Special Operations Forces (SSO)"
        defined: dict[str, tuple[int, int, str]] = {}
        for s, e, lab in list(spans):
            if e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")" \
                    and N.is_acronym(doc[e + 1].text) and lab in ("ORG", "GPE", "NORP", "FAC", "EVENT", "LAW"):
                acr = doc[e + 1].text
                fits = N.matches_acronym(acr, N.strip_the(doc[s:e].text.split()))
                known = g.org_aliases.get(acr)
                # an organisation may be abbreviated in its own language ("... Forces (SSO)");
                # anything else must spell it, and a well-known acronym must mean this body
                if fits or (lab == "ORG" and (known is None or N.fold(known) == N.fold(doc[s:e].text))):
                    defined[acr] = (s, e, lab)
        # callsigns: with a callsign "Puls"
        people: set[str] = set()
        for i, tok in enumerate(doc[:-1]):
            low = tok.lower_
            if low in CALLSIGN or (low == "sign" and i > 0 and doc[i - 1].lower_ == "call"):
                j = i + 1
                while j < len(doc) and doc[j].text in QUOTES:
                    j += 1
                if j < len(doc) and _cap(doc[j]) and doc[j].is_alpha and j not in covered:
                    people.add(doc[j].text)
        # a capitalized title or rank announces a person: "President Zelensky" (spaCy may
        # call the name ORG, or miss it), "Colonel Kindratenko"
        spans = self._after_titles(doc, spans, covered)
        covered = _covered(spans) | numeric
        # surnames already seen; spaCy's other labels for them ("Sunak" as ORG) corrected
        for s, e, lab in spans:
            if lab == "PERSON":
                toks = [t for t in doc[s:e] if _cap(t) and t.is_alpha and not N.is_acronym(t.text)]
                if len(toks) > 1:
                    people.add(toks[-1].text)
        spans = [(s, e, "PERSON") if lab in ("ORG", "GPE", "PRODUCT", "NORP", "FAC", "WORK_OF_ART") and e - s == 1
                 and doc[s].text in people and not self._is_place(doc[s].text) else (s, e, lab)
                 for s, e, lab in spans]
        sent_upper = {}
        for i, tok in enumerate(doc):
            if i in covered or not tok.is_alpha and not N.is_acronym(tok.text):
                continue
            text = tok.text
            if text in people and (tok.pos_ == "PROPN" or doc[max(i - 1, 0)].text in QUOTES):
                spans.append((i, i + 1, "PERSON"))
            elif text in defined:
                spans.append((i, i + 1, defined[text][2]))
            elif text.isupper() and len(text) > 2 and self._is_place(text.title()):  # dateline "KYIV,"
                spans.append((i, i + 1, "GPE"))
            elif text in g.us_state_codes and i > 0 and doc[i - 1].text == ",":  # "Houston, TX"
                spans.append((i, i + 1, "GPE"))
            elif N.is_acronym(text) and len(text.replace(".", "")) <= 4 and text not in g.acronym_stop \
                    and tok.pos_ == "PROPN" and not tok.is_stop \
                    and not (i + 1 < len(doc) and doc[i + 1].text == ":"):  # "KAINE:" in a transcript
                sent = _sent(doc, i)
                if sent.start not in sent_upper:
                    words = [t for t in sent if t.is_alpha]
                    sent_upper[sent.start] = sum(t.is_upper for t in words) > 0.5 * len(words)
                if not sent_upper[sent.start]:
                    spans.append((i, i + 1, "ORG"))
        spans = _no_overlap(spans)
        # organisation names around an acronym or after an ordinal: "73rd SOF Center"
        out = []
        covered = _covered(spans)  # the tokens tested below lie outside the span itself
        for s, e, lab in spans:
            if lab == "ORG":
                while e < len(doc) and e not in covered and _cap(doc[e]) and doc[e].lower_ in g.org_heads \
                        and N.is_acronym(doc[e - 1].text):
                    e += 1
                if s in ordinal_at and ordinal_at[s] not in covered:
                    s = ordinal_at[s]
            out.append((s, e, lab))
        return self._harmonize(doc, _no_overlap(out)), {k: v[0] for k, v in defined.items()}

    def _after_titles(self, doc: Doc, spans: list[tuple[int, int, str]],
                      covered: set[int]) -> list[tuple[int, int, str]]:
        g = self.gaz
        start_of = {s: k for k, (s, _, _) in enumerate(spans)}
        out = list(spans)
        texts = self._texts(doc)
        i = 0
        while i < len(doc):
            if not texts[i][:1].isupper() or i in covered or texts[i].lower().rstrip(".") not in self._title_first:
                i += 1
                continue
            n_rank = self._phrase_at(doc, i, g.ranks, self._rank_len)
            n_title = self._phrase_at(doc, i, g.titles, self._title_len)
            n = max(n_rank, n_title)
            if not n or not all(_cap(t) or not t.is_alpha for t in doc[i:i + n]):
                i += 1
                continue
            j = i + n
            is_rank = n_rank == n and not n_title > n_rank
            # "Deputy Defence Minister ...": a chain of titles before the name
            while j < len(doc) and texts[j][:1].isupper() and j not in covered:
                more = max(self._phrase_at(doc, j, g.titles, self._title_len),
                           self._phrase_at(doc, j, g.ranks, self._rank_len))
                if not more:
                    break
                j += more
                is_rank = False
            if j in start_of:  # the model's span right after the title
                k = start_of[j]
                s, e, lab = out[k]
                if lab in ("ORG", "GPE", "NORP", "PRODUCT", "FAC", "WORK_OF_ART") and e - s <= 3 \
                        and all(t.pos_ == "PROPN" for t in doc[s:e]) and not self._is_place(doc[s:e].text) \
                        and not g.demonym(doc[s:e].text) and doc[s:e].text not in g.known_orgs \
                        and doc[s:e].text not in g.outlets and not N.is_acronym(doc[s:e].text):
                    out[k] = (i if is_rank else s, e, "PERSON")
            elif j not in covered:
                e = j
                while e < len(doc) and e - j < 3 and e not in covered and doc[e].pos_ == "PROPN" and _cap(doc[e]) \
                        and doc[e].is_alpha and not self._is_place(doc[e].text) and not g.demonym(doc[e].text) \
                        and doc[e].lower_ not in g.org_heads and doc[e].lower_ not in g.titles:
                    e += 1
                # a capitalized word before the model's person ("Chief Executive Tim Cook") is
                # more title, not a name
                if e > j and not (e in start_of and out[start_of[e]][2] == "PERSON"):
                    out.append((i if is_rank else j, e, "PERSON"))
                    covered |= set(range(i, e))
            i = j
        return out

    def _harmonize(self, doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """One label per name within an article: the model may call "Hamas" GPE in one
        sentence and ORG in the next; the majority (then the first) label wins, except that
        a person's name once recognized as PERSON stays one (the small model often calls
        surnames ORG). Places and nationality words keep their gazetteer labels."""
        votes: dict[str, list[str]] = {}
        texts: dict[str, str] = {}
        for s, e, lab in spans:
            name = N.fold(doc[s:e].text)
            votes.setdefault(name, []).append(lab)
            texts.setdefault(name, doc[s:e].text)
        best = {}
        for name, labs in votes.items():
            if len(set(labs)) > 1:
                text = texts[name]
                if "PERSON" in labs and not N.is_acronym(text) and text not in self.gaz.outlets \
                        and text not in self.gaz.known_orgs \
                        and not any(w.lower() in self.gaz.org_heads for w in text.split()):
                    best[name] = "PERSON"
                else:
                    best[name] = max(labs, key=lambda lab: (labs.count(lab), -labs.index(lab)))
        if not best:
            return spans
        out = []
        for s, e, lab in spans:
            text = doc[s:e].text
            name = N.fold(text)
            if name in best and not self._is_place(text) and not self.gaz.demonym(text) and lab != "LANGUAGE":
                lab = best[name]
            out.append((s, e, lab))
        return out

    # ------------------------------------------------------------------ clusters
    def _mention(self, doc: Doc, s: int, e: int, label: str) -> tuple[N.Mention, str | None]:
        """A span as the clustering sees it, and the country it belongs to (if any)."""
        g = self.gaz
        toks = N.strip_the(doc[s:e].text.split())
        text = " ".join(toks)
        if label == "ORG":  # a kept capitalized "The" is part of the name: "The New York Times"
            toks = doc[s:e].text.split()
        surface = doc[s:e].text
        mods = frozenset(t for t in toks if g.is_modifier(t))
        if label == "PERSON":
            toks = N.strip_leading(" ".join(surface.split()), g.ranks).split()
            return N.Mention(surface, label, toks), None
        if label in ("GPE", "LOC"):
            base = toks[:-1] if len(toks) > 1 and toks[-1].lower() in g.region_words else toks
            place = g.place(surface) or g.place(text) or g.place(" ".join(base)) \
                or (g.place(surface.title()) if surface.isupper() else None)
            if place and place.iso:
                country = place.country
                if place.kind == "country":
                    direct = surface in g.country_surface or text in g.country_surface
                    return N.Mention(surface, "GPE", toks, key=f"country:{place.iso}", direct=direct,
                                     preferred=country), country
                if place.kind == "capital" and self.metonymic_capitals and not _locative(doc, s, e, g):
                    return N.Mention(surface, "GPE", toks, key=f"country:{place.iso}", direct=False,
                                     preferred=country), country
                return N.Mention(surface, label, toks, key=f"place:{N.fold(' '.join(base))}"), country
            return N.Mention(surface, label, toks, key=f"place:{N.fold(' '.join(base))}"), None
        if label == "NORP":
            dem = g.demonym(surface) or g.demonym(text)
            if dem:
                country = g.country_name(dem.iso) if dem.iso in g.countries else None
                return N.Mention(surface, label, toks, key=f"norp:{N.fold(dem.singular)}",
                                 preferred=dem.singular), country
            return N.Mention(surface, label, toks), None
        if label == "ORG":
            full = g.org_aliases.get(text)
            if full:
                return N.Mention(surface, label, toks, key=f"org:{N.fold(full)}", preferred=text,
                                 modifiers=mods), None
            if N.fold(text) in self._org_expansions:
                return N.Mention(surface, label, toks, key=f"org:{N.fold(text)}", modifiers=mods), None
        return N.Mention(surface, label, toks, modifiers=mods), None

    @property
    def _org_expansions(self) -> frozenset[str]:
        cached = getattr(self, "_org_exp", None)
        if cached is None:
            cached = self._org_exp = frozenset(N.fold(v) for v in self.gaz.org_aliases.values())
        return cached

    def __call__(self, doc: Doc) -> Doc:
        self._cache = self._headlines = None
        spans, defined = self._candidates(doc)
        mentions, countries = [], []
        for s, e, lab in spans:
            m, country = self._mention(doc, s, e, lab)
            mentions.append(m)
            countries.append(country)
        acronyms: dict[str, int] = {}
        for acr, s in defined.items():
            hit = next((i for i, (ss, ee, _) in enumerate(spans) if ss <= s < ee), None)
            if hit is not None:
                acronyms[acr] = hit
        canon = N.cluster(mentions, acronyms)
        keys: dict[int, str] = {}
        labels: dict[int, str] = {}
        for m in mentions:
            labels.setdefault(m.cluster, m.label)
            if m.key and m.cluster not in keys:
                keys[m.cluster] = m.key.split(":", 1)[1]
        out = []
        for (s, e, lab), m, c, country in zip(spans, mentions, canon, countries):
            span = Span(doc, s, e, label=lab)
            span._.canonical = c
            key = keys.get(m.cluster)
            if key and key.isupper() and len(key) == 2:  # a country code: name it
                key = self.gaz.country_name(key)
            span._.entity_id = N.entity_key(labels[m.cluster], c, key)
            span._.country = country
            out.append(span)
        doc.spans[self.spans_key] = out
        self._cache = self._headlines = None
        return doc


SETTLEMENT_NOUNS = frozenset({"village", "town", "city", "settlement", "hamlet", "suburb", "district",
                              "region", "province", "oblast", "port", "capital", "country"})


def _settlement_context(doc: Doc, s: int, e: int) -> bool:
    """ "Novovasylivka, a village in ..." or "the village of Novovasylivka": a place."""
    if s >= 2 and doc[s - 1].lower_ == "of" and doc[s - 2].lower_ in SETTLEMENT_NOUNS:
        return True
    if e + 1 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ in ("a", "an", "the"):
        for tok in doc[e + 2: e + 5]:
            if tok.lower_ in SETTLEMENT_NOUNS:
                return True
            if not (tok.is_alpha and tok.is_lower):
                break
    return False


def _locative(doc: Doc, s: int, e: int | None = None, g: Gazetteer | None = None) -> bool:
    """Whether the place at token s is a location ("in Moscow", "KYIV, Ukraine (AP)") rather
    than a government."""
    if e is not None and doc[s:e].text.isupper() and len(doc[s:e].text) > 3:  # dateline "WASHINGTON (AP)"
        return True
    if e is not None and e + 1 < len(doc) and doc[e].text == "-" and doc[e + 1].lower_ in PLACE_SUFFIXES:
        return True  # "a Washington-based think tank"
    if e is not None and e < len(doc) and doc[e].text in POSSESSIVE:
        return False  # "Seoul's foreign minister": the government
    if e is not None and g is not None and e + 1 < len(doc) and doc[e].text == ",":
        nxt = g.place(doc[e + 1].text) or g.place(doc[e + 1:e + 3].text)
        if nxt and nxt.kind in ("country", "state"):
            return True
    i = s - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and doc[i].lower_ in LOCATIVE


def _sent(doc: Doc, i: int) -> Span:
    """The sentence of token i; the whole Doc when no component set sentence boundaries."""
    if doc.has_annotation("SENT_START"):
        return doc[i].sent
    return doc[:]


def _line(doc: Doc, i: int) -> Span:
    """The sentence of token i, cut at line breaks (a headline is a line of its own)."""
    sent = _sent(doc, i)
    s, e = i, i + 1
    while s > sent.start and "\n" not in doc[s - 1].text:
        s -= 1
    while e < sent.end and "\n" not in doc[e].text:
        e += 1
    return doc[s:e]


def _title_case(line: Span) -> bool:
    """A headline-style line: nearly every longer word capitalized."""
    words = [t for t in line if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(_cap(t) for t in words) >= 0.8 * len(words)


def _covered(spans: list[tuple[int, int, str]]) -> set[int]:
    return {i for s, e, _ in spans for i in range(s, e)}


def _no_overlap(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """No nesting: of overlapping spans the longer wins (then the earlier listed); text order."""
    taken: set[int] = set()
    kept = []
    for s, e, lab in sorted(spans, key=lambda x: x[0] - x[1]):
        if s >= e or any(i in taken for i in range(s, e)):
            continue
        kept.append((s, e, lab))
        taken.update(range(s, e))
    return sorted(kept)


@Language.factory("newsclaims_entities", default_config={"spans_key": SPANS_KEY, "metonymic_capitals": True,
                                                         "add_missing": True})
def make_entities(nlp: Language, name: str, spans_key: str, metonymic_capitals: bool,
                  add_missing: bool) -> EntitiesComponent:
    return EntitiesComponent(nlp, name, spans_key=spans_key, metonymic_capitals=metonymic_capitals,
                             add_missing=add_missing)


def rows(doc: Doc, spans_key: str = SPANS_KEY) -> list[dict]:
    """One plain dict per entity mention (the entities frame, before typing)."""
    return [
        {
            "text": s.text,
            "label": s.label_,
            "start_char": s.start_char,
            "end_char": s.end_char,
            "canonical": s._.canonical,
            "entity_id": s._.entity_id,
            "country": s._.country,
        }
        for s in doc.spans.get(spans_key, [])
    ]


def link_ids(entities: Iterable[tuple[str, str, str]]) -> dict[str, str]:
    """Corpus pass: ``{old_id: new_id}`` merging ids of one entity across articles
    (spelling variants, bare surnames, nationless or abbreviated organisation names);
    ``entities`` holds ``(entity_id, label, canonical)`` of every mention of the corpus."""
    return N.link_corpus(entities, modifiers=gazetteer().is_modifier)
