"""Property tests: any text gives rows that are possible, and only ``InputError`` is ever raised.

The normal run tries 500 examples in all (derandomized, so CI is stable); ``make fuzz``
(``NEWSCLAIMS_FUZZ=1``) tries 20,000, randomly. Per test the share is fixed below.
"""
from __future__ import annotations

import datetime as dt
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclaims
from newsclaims.invariants import check

FUZZ = os.environ.get("NEWSCLAIMS_FUZZ") == "1"
# Shares of the 500 (normal) / 20,000 (fuzz) examples.
SHARE = {"unicode": 0.35, "news": 0.45, "pieces": 0.1, "corpus": 0.1}
TOTAL = 20_000 if FUZZ else 500

settings.register_profile(
    "newsclaims-fuzz", deadline=None, derandomize=False, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "newsclaims-ci", deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PROFILE = "newsclaims-fuzz" if FUZZ else "newsclaims-ci"


def examples(name: str) -> settings:
    return settings(settings.get_profile(PROFILE), max_examples=int(TOTAL * SHARE[name]))


# ---------------------------------------------------------------- news-like fragments
NUMBERS = ["11,000", "1.5 million", "about 300", "between 20 and 30", "3-4", "-5", "1e6", "½",
           "twenty-one", "dozens of", "nearly half", "more than 10,000", "0", "007", "3.14159",
           "$2.5bn", "40%", "12 km", "1,000,000,000,000,000,000,000", "9" * 40, "1/3", "2nd",
           "100-150", "up to 70", "no fewer than 8", "4 1/2", "10^6", "٣٤", "一千", "Ⅻ", "1.2.3"]
DATES = ["Jan. 31", "last week", "2025-02-04", "three weeks ago", "early March", "the 1990s",
         "on Monday", "31/12/2024", "Q3 2024", "since 2014", "this fall", "yesterday", "in 2025",
         "February 29, 2023", "2025-13-45", "the 31st", "Dec 2024 to Feb 2025", "next year",
         "24 February 2022", "at 3 p.m.", "9999-12-31", "0001-01-01", "late last month",
         "two years", "every Tuesday", "the past 48 hours", "FY2024", "1st of never", "tonight"]
QUOTES = ['"', "“", "”", "‘", "’", "«", "»", "'", '""', "„", "‹", "›", "「", "」",
          '"They were pulled back,"', "“We will not ‘give up’ now”", '"unclosed', "closed'\""]
NAMES = ["Colonel Oleksandr Kindratenko", "Reuters", "the Kremlin", "Dr. Jane Smith", "Le Monde",
         "Pyongyang", "North Korea", "Mr. O'Neill", "AFP", "Ursula von der Leyen", "NATO",
         "Zelenskiy", "the ministry", "Al Jazeera", "محمد", "Владимир Путин", "习近平"]
CUES = ["said", "told AFP", "according to", "said on Friday", "added", "claimed", "wrote on X",
        "citing", "reported", "said in a statement.", "told reporters"]
HTML = ["<p>", "</p>", "<b>", "</b>", "&amp;", "&nbsp;", "<a href='http://x.y/?a=1&b=2'>", "</a>",
        "<br/>", "<!-- comment -->", "<script>var x = 1 < 2;</script>", "&#8220;", "<div class=\"q\">"]
ODD = ["\n", "\n\n", "\t", "\r\n", "\x00", "\x0b", "\x1b[31m", "\u200b", "\u200d", "\ufeff",
       "\u202e", "🙂", "👩‍👩‍👧", "🇺🇦", "e\u0301", "…", "—", "–", "·", "®", "\u00a0", "\u2028"]
WORDS = ["troops", "people", "the", "in", "of", "arrived", "killed", "Russia", "and", "officials",
         "about", "were", ".", ",", ";", "(AP)", "-", ":", "?", "!", "KYIV,", "Ukrainian"]
FRAGMENTS = NUMBERS + DATES + QUOTES + NAMES + CUES + HTML + ODD + WORDS

news_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=60
).flatmap(lambda parts: st.lists(st.sampled_from([" ", "", "\n", " "]), min_size=len(parts),
                                 max_size=len(parts))
          .map(lambda seps: "".join(p + s for p, s in zip(parts, seps))))

published = st.one_of(  # mostly valid (so the text gets processed), sometimes not
    st.none(),
    st.none(),
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
    st.dates(min_value=dt.date(1700, 1, 1), max_value=dt.date(2300, 12, 31)),
    st.datetimes(timezones=st.sampled_from([None, dt.timezone.utc,
                                            dt.timezone(dt.timedelta(hours=-5)),
                                            dt.timezone(dt.timedelta(hours=14))])),
    st.sampled_from(["2025-01-31", "2025-13-45", "yesterday", "", "2025-02-04T23:30:00-05:00"]),
    st.text(max_size=12),
)


RAN: dict[str, int] = {}


def _count(name: str) -> None:
    """In fuzz mode, keep a running count of examples run (read it if the run is cut short)."""
    if FUZZ:
        RAN[name] = RAN.get(name, 0) + 1
        if RAN[name] % 100 == 0:
            with open(os.environ.get("NEWSCLAIMS_FUZZ_LOG", ".fuzz-progress"), "a") as f:
                f.write(f"{dt.datetime.now(dt.timezone.utc):%H:%M:%S} {name} {RAN[name]}\n")


def _extract_or_input_error(text, pub, nlp):
    """The result, or None when the *input* was bad (only InputError is allowed to escape)."""
    try:
        return newsclaims.extract(text, published=pub, doc_id="p", nlp=nlp)
    except newsclaims.InputError:
        return None


def _assert_sound(res, text):
    assert res.doc.text == text
    violations = check(res)
    assert not violations, "\n".join(map(str, violations))
    for frame in res.frames().values():
        assert frame.columns.is_unique


@examples("unicode")
@given(text=st.text(max_size=300), pub=published)
def test_arbitrary_unicode_never_breaks(nlp, text, pub):
    _count("unicode")
    res = _extract_or_input_error(text, pub, nlp)
    if res is None:  # only ``published`` can be bad here: every str is valid text
        with pytest.raises(newsclaims.InputError, match="published"):
            newsclaims.extract(text, published=pub, nlp=nlp)
        return
    _assert_sound(res, text)


@examples("news")
@given(text=news_text, pub=published)
def test_news_like_text_never_breaks(nlp, text, pub):
    _count("news")
    res = _extract_or_input_error(text, pub, nlp)
    if res is None:
        with pytest.raises(newsclaims.InputError, match="published"):
            newsclaims.extract(text, published=pub, nlp=nlp)
        return
    _assert_sound(res, text)


@examples("pieces")
@given(paragraphs=st.lists(news_text, min_size=2, max_size=6), limit=st.integers(40, 400), pub=published)
def test_text_cut_into_pieces_keeps_its_offsets(nlp, paragraphs, limit, pub):
    """Texts over ``nlp.max_length`` are processed in pieces: offsets must still hold."""
    _count("pieces")
    text = "\n\n".join(paragraphs)
    old = nlp.max_length
    nlp.max_length = limit
    try:
        res = _extract_or_input_error(text, pub, nlp)
        if res is not None:
            _assert_sound(res, text)
    finally:
        nlp.max_length = old


corpus_item = st.one_of(
    news_text.map(lambda t: {"text": t}),
    st.text(max_size=80).map(lambda t: {"text": t}),
    st.sampled_from([{"text": None}, {"text": b"bytes"}, {"text": 42},
                     {"text": "Ten people came.", "published": "2025-99-01"}]),
)


@examples("corpus")
@given(items=st.lists(corpus_item, max_size=5))
def test_corpus_accounts_for_every_article_in_order(nlp, items):
    _count("corpus")
    items = [{**item, "doc_id": f"d{n}"} for n, item in enumerate(items)]  # strategies share dicts
    res = newsclaims.extract_corpus(items, nlp=nlp, keep_docs=True)
    ids = [f"d{n}" for n in range(len(items))]
    assert sorted(list(res.articles["doc_id"]) + list(res.errors["doc_id"])) == sorted(ids)
    assert list(res.articles["doc_id"]) == [i for i in ids if i in set(res.articles["doc_id"])]
    assert set(res.errors["error"]) <= {"InputError"}
    violations = check(res)
    assert not violations, "\n".join(map(str, violations))
