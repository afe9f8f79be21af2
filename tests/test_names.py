"""Pure name logic (newsclaims.names) and the gazetteer look-ups: table-driven, no spaCy."""
from __future__ import annotations

import pytest

from newsclaims import names as N
from newsclaims.gazetteer import gazetteer, plural


@pytest.mark.parametrize("text, expected", [
    ("The New York Times", "new york times"),
    ("the Kyiv Independent’s", "kyiv independent"),
    ("Russia's", "russia"),
    ("Zelenskyy", "zelenskyy"),
    ("Côte d'Ivoire", "cote d ivoire"),
    ("  U.S.  ", "u s"),
    ("Theodore Roosevelt", "theodore roosevelt"),
])
def test_fold(text, expected):
    assert N.fold(text) == expected


@pytest.mark.parametrize("a, b", [
    ("Syrsky", "Syrskyi"),
    ("Zelensky", "Zelenskyy"),
    ("Zelensky", "Zelenskiy"),
    ("Kharkiv", "Harkiv"),
])
def test_transliteration_variants_fold_together(a, b):
    assert N.fold_translit(a) == N.fold_translit(b)


@pytest.mark.parametrize("a, b", [("Syrsky", "Sirsky"), ("Kim", "Kin"), ("Peskov", "Petrov")])
def test_different_names_stay_apart(a, b):
    assert N.fold_translit(a) != N.fold_translit(b)


@pytest.mark.parametrize("text, expected", [
    ("SSO", True), ("U.S.", True), ("DPRK", True), ("NATO", True), ("AT&T", True),
    ("Nato", False), ("A", False), ("ABCDEFG", False), ("73RD", False), ("Reuters", False),
])
def test_is_acronym(text, expected):
    assert N.is_acronym(text) is expected


@pytest.mark.parametrize("acronym, name, expected", [
    ("KCNA", "Korean Central News Agency", True),
    ("AFP", "Agence France-Presse", True),
    ("NYT", "New York Times", True),
    ("SOF", "Special Operations Forces", True),
    ("ISW", "Institute for the Study of War", True),
    ("DoD", "Department of Defense", True),
    ("S.E.C.", "Securities and Exchange Commission", True),
    ("SSO", "Ukrainian Special Operations Forces", False),
    ("NYT", "New York Post", False),
    ("A", "Apple", False),
])
def test_matches_acronym(acronym, name, expected):
    assert N.matches_acronym(acronym, name.split()) is expected


@pytest.mark.parametrize("text, expected", [
    ("Colonel Oleksandr Kindratenko", "Oleksandr Kindratenko"),
    ("Gen Oleksandr Syrsky", "Oleksandr Syrsky"),
    ("Lt. Gen. Kyrylo Budanov", "Kyrylo Budanov"),
    ("Major General Smith", "Smith"),
    ("General", "General"),           # never strips the whole name
    ("Generalov Ivan", "Generalov Ivan"),  # a prefix of a word is not a rank
])
def test_strip_leading_ranks(text, expected):
    ranks = gazetteer().ranks
    assert N.strip_leading(text, ranks) == expected


@pytest.mark.parametrize("short, long, expected", [
    ("Kindratenko", "Oleksandr Kindratenko", True),
    ("Syrskyi", "Oleksandr Syrsky", True),
    ("Jong Un", "Kim Jong Un", True),
    ("Oleksandr", "Oleksandr Kindratenko", False),  # a lone given name is ambiguous
    ("Petro Kindratenko", "Oleksandr Kindratenko", False),
    ("Biden", "Joe Biden", True),
    ("Hunter Biden", "Joe Biden", False),
])
def test_person_match(short, long, expected):
    assert N.person_match(short.split(), long.split()) is expected


def _org(text: str, modifiers: tuple[str, ...] = ()) -> N.Mention:
    return N.Mention(text, "ORG", text.split(), modifiers=frozenset(modifiers))


@pytest.mark.parametrize("short, long, mods, expected", [
    ("Special Operations Forces", "Ukrainian Special Operations Forces", ("Ukrainian",), True),
    ("Special Operations Forces", "Russian Special Operations Forces", ("Russian",), True),
    ("Operations Forces", "Special Operations Forces", (), False),  # "Special" is no national prefix
    ("NYT", "The New York Times", (), True),
    ("New York Times", "The New York Times", (), True),
    ("73rd Special Operations Forces Center", "73rd Naval Special Operations Center", (), True),
    ("73rd Naval Brigade", "73rd Naval Special Operations Center", (), False),
    ("Forces", "Armed Forces", (), False),
])
def test_org_match(short, long, mods, expected):
    assert N.org_match(_org(short), _org(long, mods)) is expected


def test_cluster_partial_names_acronyms_and_keys():
    ms = [
        N.Mention("Colonel Oleksandr Kindratenko", "PERSON", ["Oleksandr", "Kindratenko"]),
        N.Mention("Kindratenko", "PERSON", ["Kindratenko"]),
        N.Mention("Ukrainian Special Operations Forces", "ORG",
                  "Ukrainian Special Operations Forces".split(), modifiers=frozenset({"Ukrainian"})),
        N.Mention("SSO", "ORG", ["SSO"]),
        N.Mention("Special Operations Forces", "ORG", "Special Operations Forces".split()),
        N.Mention("Pyongyang", "GPE", ["Pyongyang"], key="country:KP", direct=False, preferred="North Korea"),
        N.Mention("DPRK", "GPE", ["DPRK"], key="country:KP", direct=False, preferred="North Korea"),
        N.Mention("U.S.", "GPE", ["U.S."], key="country:US", preferred="United States"),
        N.Mention("North Koreans", "NORP", ["North", "Koreans"], key="norp:north korean", preferred="North Korean"),
        N.Mention("Oleksandr Syrsky", "PERSON", ["Oleksandr", "Syrsky"]),
    ]
    canon = N.cluster(ms, acronyms={"SSO": 2})
    assert canon == ["Oleksandr Kindratenko", "Oleksandr Kindratenko",
                     "Ukrainian Special Operations Forces", "Ukrainian Special Operations Forces",
                     "Ukrainian Special Operations Forces", "North Korea", "North Korea", "U.S.",
                     "North Korean", "Oleksandr Syrsky"]
    assert ms[0].cluster == ms[1].cluster != ms[9].cluster
    assert ms[2].cluster == ms[3].cluster == ms[4].cluster


def test_cluster_lone_given_name_is_left_alone_when_ambiguous():
    ms = [N.Mention(t, "PERSON", t.split()) for t in
          ("Oleksandr Kindratenko", "Oleksandr Syrsky", "Oleksandr")]
    assert N.cluster(ms) == ["Oleksandr Kindratenko", "Oleksandr Syrsky", "Oleksandr"]


def test_cluster_surname_fits_two_people_stays_apart():
    ms = [N.Mention(t, "PERSON", t.split()) for t in ("Joe Biden", "Hunter Biden", "Biden")]
    assert N.cluster(ms)[2] == "Biden"


@pytest.mark.parametrize("label, canonical, key, expected", [
    ("PERSON", "Oleksandr Kindratenko", None, "person:oleksandr_kindratenko"),
    ("GPE", "U.S.", "United States", "gpe:united_states"),
    ("ORG", "The New York Times", None, "org:new_york_times"),
    ("ORG", "New York Times", None, "org:new_york_times"),
])
def test_entity_key(label, canonical, key, expected):
    assert N.entity_key(label, canonical, key) == expected


def test_link_corpus_merges_variants_surnames_and_nationless_orgs():
    rows = [
        ("person:oleksandr_syrsky", "PERSON", "Oleksandr Syrsky"),
        ("person:oleksandr_syrsky", "PERSON", "Oleksandr Syrsky"),
        ("person:oleksandr_syrskyi", "PERSON", "Oleksandr Syrskyi"),
        ("person:trump", "PERSON", "Trump"),
        ("person:donald_trump", "PERSON", "Donald Trump"),
        ("person:biden", "PERSON", "Biden"),
        ("person:joe_biden", "PERSON", "Joe Biden"),
        ("person:hunter_biden", "PERSON", "Hunter Biden"),
        ("org:special_operations_forces", "ORG", "Special Operations Forces"),
        ("org:ukrainian_special_operations_forces", "ORG", "Ukrainian Special Operations Forces"),
        ("org:nyt", "ORG", "NYT"),
        ("org:new_york_times", "ORG", "The New York Times"),
    ]
    m = N.link_corpus(rows, modifiers=lambda w: w in {"Ukrainian", "Russian"})
    assert m["person:oleksandr_syrskyi"] == "person:oleksandr_syrsky"
    assert m["person:trump"] == "person:donald_trump"
    assert "person:biden" not in m  # two Bidens: ambiguous
    assert m["org:special_operations_forces"] == "org:ukrainian_special_operations_forces"
    assert m["org:nyt"] == "org:new_york_times"
    assert "person:donald_trump" not in m


def test_link_corpus_one_name_under_two_labels_is_one_entity_but_people_stay_apart():
    rows = [("org:hamas", "ORG", "Hamas"), ("org:hamas", "ORG", "Hamas"), ("gpe:hamas", "GPE", "Hamas"),
            ("person:washington", "PERSON", "Washington"), ("gpe:washington", "GPE", "Washington")]
    assert N.link_corpus(rows) == {"gpe:hamas": "org:hamas"}


def test_link_corpus_bare_surname_goes_to_a_dominant_full_name():
    rows = ([("person:donald_trump", "PERSON", "Donald Trump")] * 9
            + [("person:melania_trump", "PERSON", "Melania Trump"), ("person:trump", "PERSON", "Trump")])
    assert N.link_corpus(rows)["person:trump"] == "person:donald_trump"
    rows = ([("person:joe_biden", "PERSON", "Joe Biden")] * 3
            + [("person:hunter_biden", "PERSON", "Hunter Biden")] * 2 + [("person:biden", "PERSON", "Biden")])
    assert "person:biden" not in N.link_corpus(rows)


def test_link_corpus_keeps_apart_two_national_forces():
    rows = [
        ("org:special_operations_forces", "ORG", "Special Operations Forces"),
        ("org:ukrainian_special_operations_forces", "ORG", "Ukrainian Special Operations Forces"),
        ("org:russian_special_operations_forces", "ORG", "Russian Special Operations Forces"),
    ]
    assert N.link_corpus(rows, modifiers=lambda w: w in {"Ukrainian", "Russian"}) == {}


# ------------------------------------------------------------------ gazetteer


@pytest.mark.parametrize("surface, kind, country", [
    ("Pyongyang", "capital", "North Korea"),
    ("Moscow", "capital", "Russia"),
    ("Kyiv", "capital", "Ukraine"),
    ("Kiev", "capital", "Ukraine"),
    ("Kursk", "city", "Russia"),
    ("DPRK", "country", "North Korea"),
    ("U.S.", "country", "United States"),
    ("Russian Federation", "country", "Russia"),
    ("Texas", "state", "United States"),
    ("Europe", "continent", None),
])
def test_gazetteer_places(surface, kind, country):
    place = gazetteer().place(surface)
    assert place is not None and place.kind == kind and place.country == country


@pytest.mark.parametrize("surface, singular, iso", [
    ("Ukrainian", "Ukrainian", "UA"), ("North Koreans", "North Korean", "KP"),
    ("Americans", "American", "US"), ("British", "British", "GB"), ("Chinese", "Chinese", "CN"),
    ("Western", "Western", None), ("Palestinians", "Palestinian", "PS"),
])
def test_gazetteer_demonyms(surface, singular, iso):
    d = gazetteer().demonym(surface)
    assert d is not None and (d.singular, d.iso) == (singular, iso)


@pytest.mark.parametrize("word, expected", [
    ("Ukrainian", "Ukrainians"), ("Chinese", None), ("Swiss", None), ("French", None),
    ("Englishman", "Englishmen"), ("Israeli", "Israelis"), ("German", "Germans"),
])
def test_plural(word, expected):
    assert plural(word) == expected


def test_gazetteer_knows_no_common_words_as_countries():
    g = gazetteer()
    for word in ("The", "Reading", "Mobile", "Kremlin", "General", "President"):
        p = g.place(word)
        assert p is None or p.kind not in ("country", "capital"), word
