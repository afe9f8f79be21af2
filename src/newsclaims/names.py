"""Pure name logic for the entities layer: normalizing, matching and clustering names.

No spaCy here: the component turns spans into plain ``Mention`` records, this module decides
which mentions name the same real-world entity, which name is canonical, and which
``entity_id`` the entity gets (within a document and across a corpus).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

# Words that do not count when forming or comparing organisation initials.
_STOP = frozenset({"of", "the", "for", "and", "on", "in", "de", "du", "des", "la", "le", "&", "at", "to"})
_APOSTROPHES = "'’‘`´"


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name, for comparing names.

    >>> fold("The  Kyiv Independent’s")
    'kyiv independent'
    """
    s = re.sub(r"['’`]s\b", "", text)  # possessive
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z0-9]+", " ", s).strip()
    s = re.sub(r"^the ", "", s)
    return s


def slug(text: str) -> str:
    """A readable identifier fragment: ``"Oleksandr Syrskyi"`` -> ``"oleksandr_syrskyi"``."""
    return fold(text).replace(" ", "_")


def fold_translit(word: str) -> str:
    """Fold the spelling variants that transliteration produces (Syrskyi/Syrsky,
    Zelenskyy/Zelensky/Zelenskiy, Kyiv/Kiev are not all caught, but endings are)."""
    w = fold(word).replace(" ", "")
    w = re.sub(r"(yy|yi|iy|ii|ij|yj)$", "y", w)
    w = w.replace("kh", "h").replace("ck", "k")
    return w


def strip_leading(text: str, phrases: Iterable[str]) -> str:
    """Drop leading phrases (ranks, titles; lower-case entries) from a name, keeping at
    least one word: ("Lt. Gen. Kyrylo Budanov", ranks) -> "Kyrylo Budanov"."""
    ordered = sorted(phrases, key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        low = text.lower()
        for p in ordered:
            if low.startswith(p) and len(text) > len(p) and text[len(p)] == " " and text[len(p):].strip():
                text = text[len(p):].lstrip()
                changed = True
                break
    return text


def strip_the(tokens: Sequence[str]) -> list[str]:
    return list(tokens[1:]) if tokens and tokens[0].lower() == "the" else list(tokens)


def is_acronym(text: str) -> bool:
    """An all-capitals abbreviation like "SSO", "U.S." or "DPRK" (2-6 letters)."""
    letters = text.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def initials(tokens: Sequence[str]) -> str:
    """Initial letters of the content words ("Korean Central News Agency" -> "KCNA");
    hyphenated words give one letter per part ("Agence France-Presse" -> "AFP")."""
    out = []
    for tok in tokens:
        if tok.lower() in _STOP:
            continue
        for part in re.split(r"[-‐]", tok):
            if part and part[0].isalpha():
                out.append(part[0].upper())
    return "".join(out)


def matches_acronym(acronym: str, tokens: Sequence[str]) -> bool:
    """Whether ``acronym`` abbreviates the name ``tokens`` (stop words optional)."""
    acr = acronym.replace(".", "").upper()
    if len(acr) < 2:
        return False
    full = initials(tokens)
    if acr == full:
        return True
    with_stop = "".join(t[0].upper() for t in tokens if t and t[0].isalpha())
    return acr == with_stop


# --------------------------------------------------------------------------- mentions


@dataclass
class Mention:
    """One entity mention as the clustering sees it.

    ``tokens`` is the name without determiner, rank or title; ``key`` is a resolved
    identity when a lexicon knows the entity (a country code, a known organisation), which
    beats string matching; ``direct`` says whether the surface is a name of the entity itself
    (not a metonym or alias) and may therefore be its canonical name.
    """

    text: str
    label: str
    tokens: list[str]
    key: str | None = None
    direct: bool = True
    preferred: str | None = None  # canonical to use when no direct mention exists
    modifiers: frozenset[str] = field(default_factory=frozenset)  # prefix words that may be dropped
    cluster: int = -1

    @property
    def name(self) -> str:
        return " ".join(self.tokens)


class _UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def person_match(short: Sequence[str], long: Sequence[str]) -> bool:
    """Whether the person name ``short`` can be a partial mention of ``long``:
    "Kindratenko" ~ "Oleksandr Kindratenko", "Jong Un" ~ "Kim Jong Un"; a lone given name
    matches only through ``first_name_match`` (it is too ambiguous on its own)."""
    if not short or not long or len(short) > len(long):
        return False
    s = [fold_translit(t) for t in short]
    l_ = [fold_translit(t) for t in long]
    if s == l_:
        return True
    if len(short) == 1:
        return s[0] == l_[-1]
    # multi-token short name: its tokens in order inside the long one, ending on the surname
    if s[-1] != l_[-1]:
        return False
    it = iter(l_)
    return all(any(x == y for y in it) for x in s)


def org_match(short: Mention, long: Mention) -> bool:
    """Whether the organisation mention ``short`` names the same body as ``long``:
    the same name without "the", the long name with a national prefix dropped
    ("Special Operations Forces" ~ "Ukrainian Special Operations Forces"), an acronym of it
    ("NYT" ~ "New York Times"), or a close variant sharing number and head word
    ("73rd SOF Center" ~ "73rd Naval Special Operations Center", SOF being expanded)."""
    s = [t.lower() for t in strip_the(short.tokens)]
    l_ = [t.lower() for t in strip_the(long.tokens)]
    if not s or not l_:
        return False
    if s == l_:
        return True
    if len(s) < len(l_) and l_[len(l_) - len(s):] == s:
        dropped = strip_the(long.tokens)[: len(l_) - len(s)]
        if len(s) >= 2 and all(d in long.modifiers or d.lower() in _STOP for d in dropped):
            return True
    if len(short.tokens) == 1 and is_acronym(short.tokens[0]):
        return matches_acronym(short.tokens[0], strip_the(long.tokens))
    if len(s) >= 2 and len(l_) >= 3 and s[0] == l_[0] and s[-1] == l_[-1] and (s[0][0].isdigit()):
        a, b = set(s), set(l_)
        return len(a & b) / len(a | b) >= 0.5
    return False


def _fullest(names: Iterable[str]) -> str | None:
    """The fullest name: most words, then normal case over ALL CAPS (a dateline's "LOS
    ANGELES"), then most characters, then first seen."""
    best = None

    def rank(n: str) -> tuple[int, bool, int]:
        return (len(n.split()), not (n.isupper() and len(n.split()) > 1), len(n))

    for n in names:
        if best is None or rank(n) > rank(best):
            best = n
    return best


def _canonical(group: list[Mention]) -> str:
    direct = [m.name for m in group if m.direct and m.tokens]
    if group[0].label == "NORP":
        pref = next((m.preferred for m in group if m.preferred), None)
        if pref:
            return pref
    non_acr = [n for n in direct if not is_acronym(n.replace(" ", ""))]
    proper = [n for n in non_acr if n[:1].isupper()]  # not a lower-cased "united nation"
    if proper:
        return _fullest(proper) or group[0].text
    acronyms = [n for n in direct if n not in non_acr]
    if acronyms or non_acr:  # only abbreviations of the name itself: "U.S.", "NYT"
        return _fullest(acronyms or non_acr) or group[0].text
    pref = next((m.preferred for m in group if m.preferred), None)
    return pref or group[0].text


def cluster(mentions: list[Mention], acronyms: dict[str, int] | None = None) -> list[str]:
    """Group the mentions of one document into entities; set ``m.cluster`` and return
    each mention's canonical name (the fullest proper name its entity has in the text).

    ``acronyms`` maps an acronym defined in the text ("... Forces (SSO)") to the index of
    the mention it abbreviates.
    """
    n = len(mentions)
    uf = _UnionFind(n)
    by_key: dict[tuple[str, str], int] = {}
    for i, m in enumerate(mentions):
        if m.key:
            k = (m.label, m.key)
            if k in by_key:
                uf.union(by_key[k], i)
            else:
                by_key[k] = i
    acronyms = acronyms or {}
    for i, m in enumerate(mentions):
        if m.label == "ORG" and len(m.tokens) == 1 and m.tokens[0] in acronyms:
            uf.union(acronyms[m.tokens[0]], i)
    # persons: partial names to the fullest name they fit (only when that is unambiguous)
    persons = [i for i, m in enumerate(mentions) if m.label == "PERSON" and m.tokens]
    by_last: dict[str, list[int]] = {}
    by_first: dict[str, list[int]] = {}
    for j in persons:
        by_last.setdefault(fold_translit(mentions[j].tokens[-1]), []).append(j)
        if len(mentions[j].tokens) > 1:
            by_first.setdefault(fold_translit(mentions[j].tokens[0]), []).append(j)
    for i in persons:
        toks = mentions[i].tokens
        cands = {uf.find(j) for j in by_last.get(fold_translit(toks[-1]), ()) if j != i
                 and len(mentions[j].tokens) > len(toks) and person_match(toks, mentions[j].tokens)}
        if not cands and len(toks) == 1:
            cands = {uf.find(j) for j in by_first.get(fold_translit(toks[0]), ())}
        if len(cands) == 1:
            uf.union(cands.pop(), i)
    # organisations: shorter forms to the longer name they fit
    orgs = [i for i, m in enumerate(mentions) if m.label in ("ORG", "FAC", "EVENT", "WORK_OF_ART", "LAW")]
    expanded = {}
    for i in orgs:
        toks = []
        for t in mentions[i].tokens:
            if t in acronyms and acronyms[t] != i:
                toks.extend(strip_the(mentions[acronyms[t]].tokens))
            else:
                toks.append(t)
        expanded[i] = Mention(mentions[i].text, mentions[i].label, toks, modifiers=mentions[i].modifiers)
    # candidates through indexes (same name without "the", a suffix, numbered-unit ends,
    # initials), so that long documents stay fast
    by_suffix: dict[tuple[str, ...], list[int]] = {}
    by_ends: dict[tuple[str, str], list[int]] = {}
    by_initials: dict[str, list[int]] = {}
    first_named: dict[tuple[str, str], int] = {}
    for j in orgs:
        low = tuple(t.lower() for t in strip_the(expanded[j].tokens))
        for k in range(len(low)):
            by_suffix.setdefault(low[k:], []).append(j)
        if low and low[0][:1].isdigit():
            by_ends.setdefault((low[0], low[-1]), []).append(j)
        stripped = strip_the(expanded[j].tokens)
        for key in {initials(stripped), "".join(t[0].upper() for t in stripped if t and t[0].isalpha())}:
            by_initials.setdefault(key, []).append(j)
    for i in orgs:
        short = expanded[i]
        low = tuple(t.lower() for t in strip_the(short.tokens))
        pool = set(by_suffix.get(low, ())) if low else set()
        if low and low[0][:1].isdigit():
            pool.update(by_ends.get((low[0], low[-1]), ()))
        if len(short.tokens) == 1 and is_acronym(short.tokens[0]):
            pool.update(by_initials.get(short.tokens[0].replace(".", "").upper(), ()))
        cands = {uf.find(j) for j in pool if j != i and mentions[j].label == mentions[i].label
                 and len(expanded[j].tokens) >= len(short.tokens)
                 and expanded[j].name != short.name
                 and org_match(short, expanded[j])}
        if len(cands) == 1:
            uf.union(cands.pop(), i)
        key = (mentions[i].label, short.name.lower())
        if key in first_named:
            uf.union(first_named[key], i)
        else:
            first_named[key] = i
    # places and the rest: same folded name
    seen: dict[tuple[str, str], int] = {}
    for i, m in enumerate(mentions):
        if m.label in ("PERSON",) or m.key:
            continue
        k = (m.label, fold(m.name))
        if k in seen:
            uf.union(seen[k], i)
        else:
            seen[k] = i
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(uf.find(i), []).append(i)
    out = [""] * n
    for root, idx in groups.items():
        group = [mentions[i] for i in idx]
        canon = _canonical(group)
        for i in idx:
            mentions[i].cluster = root
            out[i] = canon
    return out


def entity_key(label: str, canonical: str, key: str | None = None) -> str:
    """A deterministic, readable id: the same entity in two articles gets the same id
    when it has the same resolved key or canonical name."""
    return f"{label.lower()}:{slug(key or canonical) or 'x'}"


# --------------------------------------------------------------------------- corpus


DOMINANT = 4  # a full name this many times commoner than the next one takes a bare surname


def link_corpus(entities: Iterable[tuple[str, str, str]],
                modifiers: Callable[[str], bool] | None = None) -> dict[str, str]:
    """Merge entity ids across documents; return ``{old_id: new_id}`` for ids that change.

    ``entities`` holds ``(entity_id, label, canonical)`` triples (repeats are fine). Linked:
    persons spelled with transliteration variants ("Oleksandr Syrsky"/"Oleksandr Syrskyi"),
    a bare surname to the one full name it fits in the corpus, or to the one that
    dominates it ("Trump" -> "Donald Trump"), an organisation's acronym or nationless name to the one fuller name
    it fits ("Special Operations Forces" -> "Ukrainian Special Operations Forces"). Ambiguous
    cases (two full names fit) are left apart.
    """
    count: dict[str, int] = {}
    info: dict[str, tuple[str, str]] = {}
    for eid, label, canon in entities:
        if not eid:
            continue
        count[eid] = count.get(eid, 0) + 1
        info.setdefault(eid, (label, canon or ""))
    uf_ids = sorted(info)
    index = {e: i for i, e in enumerate(uf_ids)}
    uf = _UnionFind(len(uf_ids))

    persons = [e for e in uf_ids if info[e][0] == "PERSON"]
    full_key: dict[tuple[str, ...], str] = {}
    for e in persons:
        toks = tuple(fold_translit(t) for t in info[e][1].split())
        if len(toks) > 1:
            if toks in full_key:
                uf.union(index[full_key[toks]], index[e])
            else:
                full_key[toks] = e
    # indexes keep the corpus pass linear: candidates share a surname, a head word or initials
    by_surname: dict[str, list[str]] = {}
    for f in persons:
        toks = info[f][1].split()
        if len(toks) > 1:
            by_surname.setdefault(fold_translit(toks[-1]), []).append(f)
    for e in persons:
        toks = info[e][1].split()
        if len(toks) != 1:
            continue
        weight: dict[int, int] = {}
        for f in by_surname.get(fold_translit(toks[0]), ()):
            if person_match(toks, info[f][1].split()):
                root = uf.find(index[f])
                weight[root] = weight.get(root, 0) + count[f]
        ranked = sorted(weight.values(), reverse=True)
        # one full name fits, or one dominates the corpus ("Trump" beside a rare "Melania Trump")
        if len(ranked) == 1 or (len(ranked) > 1 and ranked[0] >= DOMINANT * ranked[1]):
            best = max(weight, key=lambda r: (weight[r], -r))
            uf.union(best, index[e])

    orgs = [e for e in uf_ids if info[e][0] == "ORG"]
    by_suffix: dict[tuple[str, ...], list[str]] = {}  # "special operations forces" -> longer names
    by_ends: dict[tuple[str, str], list[str]] = {}  # ("73rd", "center") -> numbered units
    by_initials: dict[str, list[str]] = {}
    for f in orgs:
        toks = strip_the(info[f][1].split())
        if len(toks) > 1:
            low = tuple(t.lower() for t in toks)
            for k in range(1, len(low)):
                by_suffix.setdefault(low[k:], []).append(f)
            if low[0][:1].isdigit():
                by_ends.setdefault((low[0], low[-1]), []).append(f)
            for key in {initials(toks), "".join(t[0].upper() for t in toks if t and t[0].isalpha())}:
                by_initials.setdefault(key, []).append(f)
    for e in orgs:
        toks = info[e][1].split()
        short = Mention(info[e][1], "ORG", toks)
        low = tuple(t.lower() for t in strip_the(toks))
        if len(toks) == 1 and is_acronym(toks[0]):
            cands = by_initials.get(toks[0].replace(".", "").upper(), [])
        elif low:
            cands = by_suffix.get(low, []) + by_ends.get((low[0], low[-1]), [])
        else:
            cands = []
        fits = set()
        for f in cands:
            ftoks = info[f][1].split()
            if f == e or len(ftoks) <= len(toks):
                continue
            long = Mention(info[f][1], "ORG", ftoks,
                           modifiers=frozenset(t for t in ftoks if modifiers and modifiers(t)))
            if org_match(short, long):
                fits.add(uf.find(index[f]))
        if len(fits) == 1:
            uf.union(fits.pop(), index[e])

    # one name, several labels across articles ("org:hamas", "gpe:hamas"): one entity
    # (people excepted: "person:washington" is not "gpe:washington")
    by_name: dict[str, list[str]] = {}
    for e in uf_ids:
        if info[e][0] != "PERSON" and ":" in e:
            by_name.setdefault(e.split(":", 1)[1], []).append(e)
    for same in by_name.values():
        for e in same[1:]:
            uf.union(index[same[0]], index[e])

    groups: dict[int, list[str]] = {}
    for e in uf_ids:
        groups.setdefault(uf.find(index[e]), []).append(e)
    mapping = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        # the representative: the fullest name, then the most frequent, then alphabetical
        rep = max(members, key=lambda e: (len(info[e][1].split()), count[e], len(info[e][1]), e))
        labels = {info[e][0] for e in members}
        if len(labels) > 1:  # the same name under several labels: the commonest label's id
            rep = max(members, key=lambda e: (count[e], e))
        for e in members:
            if e != rep:
                mapping[e] = rep
    return mapping
