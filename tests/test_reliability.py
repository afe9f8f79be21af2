"""Reliability: every bad input gets a clear InputError, odd text is extracted, nothing is lost."""
from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pandas as pd
import pytest
from spacy.language import Language

import newsclaims
from newsclaims import chunking
from newsclaims.invariants import Violation, check, check_frames, is_timex_value

KYIV = ("KYIV, Jan. 31 (AP) - About 11,000 North Korean troops arrived in Russia in November, "
        "Ukrainian officials said on Friday. \"They were pulled back,\" Colonel Oleksandr "
        "Kindratenko told AFP.")
MINUS5 = dt.timezone(dt.timedelta(hours=-5))


# ------------------------------------------------------------------ bad input, table-driven
def _extract(**kw):
    kw.setdefault("obj", KYIV)
    return newsclaims.extract(kw.pop("obj"), **kw)


# (case, call, the argument the message names, words the message must contain)
REJECTED = [
    ("text None", lambda: _extract(obj=None), "text", "got None"),
    ("utf-8 bytes", lambda: _extract(obj=KYIV.encode()), "text", "decode('utf-8')"),
    ("cp1252 bytes", lambda: _extract(obj="café «x»".encode("cp1252")), "text", "not valid UTF-8"),
    ("bytearray", lambda: _extract(obj=bytearray(b"abc")), "text", "got bytearray"),
    ("int text", lambda: _extract(obj=42), "text", "got int"),
    ("list text", lambda: _extract(obj=["a", "b"]), "text", "got list"),
    ("NaN text", lambda: _extract(obj=float("nan")), "text", "missing value"),
    ("lone surrogate", lambda: _extract(obj="ok \udcff bad"), "text", "surrogate"),
    ("Article of None", lambda: newsclaims.Article(None), "text", "got None"),
    ("month 13", lambda: _extract(published="2025-13-45"), "published", "month must be in 1..12"),
    ("day 45", lambda: _extract(published="2025-01-45"), "published", "day is out of range"),
    ("relative word", lambda: _extract(published="yesterday"), "published", "relative word"),
    ("free text date", lambda: _extract(published="last Tuesday-ish"), "published", "ISO date"),
    ("Unix timestamp", lambda: _extract(published=1738300000), "published", "Unix timestamp"),
    ("bool", lambda: _extract(published=True), "published", "got bool"),
    ("list published", lambda: _extract(published=["2025-01-31"]), "published", "got list"),
    ("year 1066", lambda: _extract(published="1066-10-14"), "published", "plausible range"),
    ("year 9999", lambda: _extract(published=dt.date(9999, 1, 1)), "published", "plausible range"),
    ("far-future datetime", lambda: _extract(published=dt.datetime(2999, 1, 1, tzinfo=dt.timezone.utc)),
     "published", "plausible range"),
    ("Article published", lambda: newsclaims.Article("x", published="2025-02-30"), "published",
     "day is out of range"),
    ("duplicate doc_ids", lambda: newsclaims.extract_corpus(
        [newsclaims.Article("a", doc_id="x"), {"text": "b", "doc_id": "x"}]), "articles", "duplicate"),
]


@pytest.mark.parametrize("case,call,argument,words", REJECTED, ids=[r[0] for r in REJECTED])
def test_bad_input_is_a_clear_input_error(case, call, argument, words):
    with pytest.raises(newsclaims.InputError) as info:
        call()
    assert info.value.argument == argument
    assert str(info.value).startswith(f"{argument}: ")
    assert words in str(info.value)
    assert isinstance(info.value, ValueError)  # callers catching ValueError keep working


# (case, published, the publication date newsclaims uses)
ACCEPTED = [
    ("aware datetime keeps its local day", dt.datetime(2025, 1, 31, 23, 30, tzinfo=MINUS5), "2025-01-31"),
    ("aware ISO string", "2025-01-31T23:30:00-05:00", "2025-01-31"),
    ("Z suffix", "2025-01-31T04:30:00Z", "2025-01-31"),
    ("aware Timestamp", pd.Timestamp("2025-02-04 01:00", tz="Europe/Moscow"), "2025-02-04"),
    ("naive Timestamp", pd.Timestamp("2025-02-04"), "2025-02-04"),
    ("numpy datetime64", np.datetime64("2025-02-04T10:00"), "2025-02-04"),
    ("basic ISO", "20250204", "2025-02-04"),
    ("ISO week date", "2025-W06-2", "2025-02-04"),
    ("padded string", " 2025-02-04 ", "2025-02-04"),
    ("empty string is missing", "", None),
    ("NaN is missing", float("nan"), None),
    ("NaT is missing", pd.NaT, None),
    ("earliest plausible", "1800-01-01", "1800-01-01"),
]


@pytest.mark.parametrize("case,published,expected", ACCEPTED, ids=[a[0] for a in ACCEPTED])
def test_accepted_published_values(case, published, expected):
    res = newsclaims.extract("Troops left on Monday.", published=published)
    assert res.doc._.published == expected


# ------------------------------------------------------------------ odd but valid text
ODD_TEXTS = {
    "empty": "",
    "whitespace": " \n\t\r\n  \u00a0 ",
    "html": "<p>About <b>500</b> people marched in <a href='/paris'>Paris</a> on Monday, "
            "police said.&nbsp;</p><!-- ad --><script>if (a < b) {x = 1;}</script>",
    "german": "Rund 500 Menschen demonstrierten am Montag in Berlin, sagte die Polizei.",
    "chinese": "周一，约500人在北京游行，警方表示。",
    "arabic_rtl": "قال مسؤولون إن نحو 500 شخص تظاهروا في القاهرة يوم الاثنين.",
    "mixed_rtl_ltr": "\u202bAbout 500 people\u202c marched, \u05e9\u05dc\u05d5\u05dd said Reuters.",
    "unbalanced_quotes": 'He said "about 500 people came. Then “nobody ‘left. «Really',
    "nested_quotes": "“I heard him say ‘500 troops arrived on Monday’ twice,” Smith told AFP.",
    "control_chars": "About\x00 500\x07 people\x1b[31m marched\x0b on\x0c Monday.\x7f",
    "emoji": "👩‍👩‍👧 About 500 🙂 people marched 🇺🇦 on Monday, police said. 🔥🔥",
    "zero_width": "About\u200b500\u200dpeople\ufeff marched on Mon\u00adday.",
    "combining": "Zoe\u0308 said about 500 people came to Cafe\u0301 Central on Monday.",
    "only_punctuation": "“”‘’«»—–…!?.,;:",
    "crlf": "KYIV, Jan. 31 (AP)\r\n\r\nAbout 500 people marched, police said.\r\n",
    "long_token": "x" * 5000 + " 500 people " + "9" * 300,
}


@pytest.mark.parametrize("name", list(ODD_TEXTS))
def test_odd_but_valid_text_is_extracted(nlp, name):
    text = ODD_TEXTS[name]
    res = newsclaims.extract(text, published="2025-01-31", doc_id=name, nlp=nlp)
    assert res.doc.text == text
    assert check(res) == []
    for layer, df in res.frames().items():
        assert df.columns.is_unique, layer
    if not text.strip():
        assert all(len(getattr(res, layer)) == 0 for layer in ("entities", "dates", "quantities",
                                                              "attributions", "claims"))
    if name in ("html", "emoji", "control_chars", "unbalanced_quotes", "nested_quotes", "crlf"):
        assert any("500" in t for t in res.quantities["text"]), res.quantities


def test_empty_text_gives_typed_empty_frames(nlp):
    full = newsclaims.extract(KYIV, published="2025-01-31", nlp=nlp)
    empty = newsclaims.extract("", published="2025-01-31", nlp=nlp)
    for layer in ("entities", "dates", "quantities", "attributions", "claims"):
        assert len(getattr(empty, layer)) == 0
        assert list(getattr(empty, layer).columns) == list(getattr(full, layer).columns)
        assert dict(getattr(empty, layer).dtypes) == dict(getattr(full, layer).dtypes), layer


# ------------------------------------------------------------------ long texts
@pytest.mark.parametrize("limit,expected", [
    (20, [(0, 11), (11, 27)]),   # a paragraph break wins
    (12, [(0, 11), (11, 22), (22, 27)]),
    (5, [(0, 5), (5, 10), (10, 11), (11, 16), (16, 21), (21, 22), (22, 27)]),  # hard cuts last
])
def test_split_points_cut_after_paragraph_breaks(limit, expected):
    text = "aaaa bbbb\n\ncccc dddd\n\neeeee"
    assert chunking.split_points(text, limit) == expected
    assert "".join(text[a:b] for a, b in expected) == text


@pytest.mark.parametrize("text", ["", "x", "word " * 50, "no-spaces-at-all" * 20,
                                  "a\r\nb\r\nc\r\n" * 10, "Line one.\nLine two! Three? " * 9])
@pytest.mark.parametrize("limit", [1, 7, 64])
def test_split_points_cover_the_text_within_the_limit(text, limit):
    pieces = chunking.split_points(text, limit)
    assert "".join(text[a:b] for a, b in pieces) == text
    assert all(b - a <= limit for a, b in pieces) or len(text) == 0
    assert all(a < b for a, b in pieces) or text == ""


def test_split_prefers_sentence_end_over_a_space():
    text = "One two three. Four five six seven"
    assert chunking.split_points(text, 20)[0] == (0, 15)


def _long_article(paragraphs: int) -> str:
    body = [f"About {100 + n} people marched in Paris on Monday, police said. "
            f"\"We will come back,\" organiser Marie Dupont told Reuters on {n % 28 + 1} January."
            for n in range(paragraphs)]
    return "February 04, 2025\n\n" + "\n\n".join(body) + "\n"


@pytest.fixture
def small_max_length(nlp):
    """The session pipeline with a tiny max_length, so that 'long' texts are cheap to test."""
    old = nlp.max_length
    nlp.max_length = 3_000
    yield nlp
    nlp.max_length = old


def test_long_article_is_processed_in_pieces_with_original_offsets(nlp):
    text = _long_article(30)
    whole = newsclaims.extract(text, doc_id="long", nlp=nlp)
    old = nlp.max_length
    nlp.max_length = 3_000
    try:
        assert chunking.is_long(nlp, text)
        pieces = newsclaims.extract(text, doc_id="long", nlp=nlp)
    finally:
        nlp.max_length = old
    assert pieces.doc.text == text
    assert check(pieces) == []
    # the dateline at the top anchors the dates of every later piece
    assert pieces.doc._.published == "2025-02-04" and pieces.doc._.published_from == "dateline"
    late = pieces.dates[pieces.dates["start_char"] > 3_000]
    assert len(late) and (late["anchor"] == pd.Timestamp("2025-02-04")).all()
    # cutting at paragraph breaks changes (almost) nothing
    for layer in ("entities", "dates", "quantities"):
        a = set(whole.frames()[layer][["start_char", "end_char"]].itertuples(index=False))
        b = set(pieces.frames()[layer][["start_char", "end_char"]].itertuples(index=False))
        assert len(a & b) >= 0.95 * max(len(a), 1), layer


def test_long_article_in_a_corpus_keeps_its_place(small_max_length):
    items = [{"doc_id": "short-1", "text": KYIV}, {"doc_id": "long", "text": _long_article(12)},
             {"doc_id": "bad", "text": None}, {"doc_id": "short-2", "text": "Ten people came."}]
    res = newsclaims.extract_corpus(items, nlp=small_max_length, batch_size=2, keep_docs=True)
    assert list(res.articles["doc_id"]) == ["short-1", "long", "short-2"]
    assert list(res.errors["doc_id"]) == ["bad"]
    assert check(res) == []
    assert (res.quantities["doc_id"] == "long").sum() >= 12


@pytest.mark.huge
def test_a_5_mb_article(nlp):
    text = _long_article(38_500)
    assert len(text.encode()) > 5_000_000 and chunking.is_long(nlp, text)
    res = newsclaims.extract(text, doc_id="huge", nlp=nlp)
    assert res.doc.text == text
    assert check(res) == []
    assert len(res.quantities) >= 38_500


# ------------------------------------------------------------------ corpus mode: nothing lost
@Language.component("newsclaims_test_explodes")
def _explodes(doc):
    """A component that fails the way a buggy layer would, on articles that mention BOOM."""
    if "BOOM" in doc.text:
        raise RuntimeError("component exploded on purpose")
    return doc


@pytest.fixture(scope="module")
def fragile_nlp():
    nlp = newsclaims.load()
    nlp.add_pipe("newsclaims_test_explodes", last=True)
    return nlp


CORPUS = [
    {"doc_id": "a", "text": KYIV, "published": "2025-01-31"},
    {"doc_id": "b", "text": "BOOM. About 20 people were hurt on Monday, police said."},
    {"doc_id": "c", "text": None},
    {"doc_id": "d", "text": "Some 500 people marched in Paris on Monday.", "published": "2025-02-03"},
    {"doc_id": "e", "text": ""},
    {"doc_id": "f", "text": "Ten troops left on Friday. BOOM", "published": "2025-13-01"},
    {"doc_id": "g", "text": "BOOM BOOM"},
    {"doc_id": "h", "text": "\"We are leaving,\" the minister told reporters in Kyiv on Tuesday."},
]


@pytest.mark.parametrize("n_process", [1, 2])
def test_any_failing_article_becomes_an_error_row(fragile_nlp, n_process):
    res = newsclaims.extract_corpus(CORPUS, nlp=fragile_nlp, n_process=n_process, batch_size=3)
    assert list(res.articles["doc_id"]) == ["a", "d", "e", "h"]
    errors = res.errors.set_index("doc_id")
    assert list(res.errors["doc_id"]) == ["b", "c", "f", "g"]
    assert errors.loc["b", "error"] == "RuntimeError"
    assert "exploded on purpose" in errors.loc["b", "message"]
    assert errors.loc["c", "error"] == "InputError" and "text" in errors.loc["c", "message"]
    assert errors.loc["f", "error"] == "InputError" and "published" in errors.loc["f", "message"]
    assert {"a", "d", "h"} <= set(res.entities["doc_id"]) | set(res.quantities["doc_id"])


def test_iter_extract_yields_the_exception_in_place(fragile_nlp):
    out = list(newsclaims.iter_extract(CORPUS, nlp=fragile_nlp, batch_size=4))
    kinds = [type(r).__name__ for r in out]
    assert kinds == ["Extraction", "RuntimeError", "InputError", "Extraction", "Extraction",
                     "InputError", "RuntimeError", "Extraction"]
    assert [getattr(r, "doc_id", None) for r in out] == list("abcdefgh")


def test_single_extract_still_raises(fragile_nlp):
    with pytest.raises(RuntimeError, match="exploded"):
        newsclaims.extract("BOOM", nlp=fragile_nlp)


def _corpus_bytes(res, tmp_path, name):
    out = {}
    for fmt in ("parquet", "csv"):
        for path in getattr(res, f"to_{fmt}")(tmp_path / name / fmt):
            out[f"{fmt}/{path.name}"] = path.read_bytes()
    out["json"] = res.to_json().encode()
    return out


def test_same_input_gives_byte_identical_output(nlp, seeds, tmp_path):
    items = [{"doc_id": r["doc_id"], "text": r["text"], "published": r["anchor"]} for r in seeds[:2]]
    items += [{"doc_id": f"odd-{k}", "text": v} for k, v in ODD_TEXTS.items()]
    first = _corpus_bytes(newsclaims.extract_corpus(items, nlp=nlp), tmp_path, "one")
    second = _corpus_bytes(newsclaims.extract_corpus([dict(i) for i in items], nlp=nlp), tmp_path, "two")
    assert first.keys() == second.keys() and len(first) >= 10
    for name in first:
        assert first[name] == second[name], name


def test_output_order_is_input_order(nlp):
    items = [{"doc_id": f"z{n}", "text": f"About {n + 2} people came on Monday."} for n in range(6)]
    items = items[::2] + items[1::2]  # not sorted by id
    res = newsclaims.extract_corpus(items, nlp=nlp, batch_size=2)
    assert list(res.articles["doc_id"]) == [i["doc_id"] for i in items]
    assert list(pd.unique(res.quantities["doc_id"])) == [i["doc_id"] for i in items]


# ------------------------------------------------------------------ the invariants checker
@pytest.mark.parametrize("value,ok", [
    ("2025-01-31", True), ("2025-W02", True), ("2024-FA", True), ("2013-Q4", True), ("P3W", True),
    ("P1000D", True), ("PT2H", True), ("PXY", True), ("PAST_REF", True), ("XXXX-XX-31", True),
    ("2025-01-31T14:30", True), ("2025-01-31TMO", True), ("199", True), ("2025-H1", True),
    ("2025-13", False), ("2025-1-3", False), ("P", False), ("P3", False), ("yesterday", False),
    ("2025-01-32", False), ("", False), ("2025-01-31 ", False), (None, False),
])
def test_timex3_value_grammar(value, ok):
    assert is_timex_value(value) is ok


TEXT = "Bob said 500 people came on Monday."


def _frames(**changes):
    """Valid frames for TEXT, with the given rows replaced (layer -> list of row dicts)."""
    rows = {
        "entities": [{"doc_id": "t", "text": "Bob", "start_char": 0, "end_char": 3}],
        "dates": [{"doc_id": "t", "text": "Monday", "start_char": 28, "end_char": 34,
                   "value": "2025-02-03", "start_date": "2025-02-03", "end_date": "2025-02-03"}],
        "quantities": [{"doc_id": "t", "text": "500", "start_char": 9, "end_char": 12,
                        "value": 500.0, "low": None, "high": None}],
        "attributions": [{"doc_id": "t", "speaker": "Bob", "speaker_start_char": 0, "speaker_end_char": 3,
                          "cue": "said", "cue_start_char": 4, "cue_end_char": 8,
                          "content": "500 people came on Monday", "content_start_char": 9,
                          "content_end_char": 34, "start_char": 9, "end_char": 34}],
    }
    for layer, change in changes.items():
        rows[layer] = [{**rows[layer][0], **change}]
    return {layer: pd.DataFrame(r) for layer, r in rows.items()}


@pytest.mark.parametrize("layer,change,rule", [
    ("entities", {"text": "Bobby"}, "text"),
    ("entities", {"start_char": 1}, "text"),
    ("entities", {"start_char": None, "end_char": None}, "offsets"),
    ("entities", {"doc_id": "other"}, "doc_id"),
    ("dates", {"end_char": 99}, "offsets"),
    ("dates", {"start_date": "2025-02-04"}, "interval"),
    ("dates", {"value": "Monday"}, "timex"),
    ("quantities", {"low": 600.0}, "bounds"),
    ("quantities", {"high": 400.0}, "bounds"),
    ("quantities", {"value": math.inf}, "bounds"),
    ("attributions", {"speaker_start_char": 30, "speaker_end_char": 40}, "offsets"),
    ("attributions", {"speaker": "Alice"}, "text"),
    ("attributions", {"cue_end_char": None}, "offsets"),
    ("attributions", {"content_start_char": -1}, "offsets"),
])
def test_invariants_catch_each_impossible_row(layer, change, rule):
    assert check_frames(_frames(), {"t": TEXT}) == []
    found = check_frames(_frames(**{layer: change}), {"t": TEXT})
    assert [(v.layer, v.rule) for v in found] == [(layer, rule)]
    assert isinstance(found[0], Violation) and layer in str(found[0])


def test_invariants_hold_on_every_seed(seed_results):
    for doc_id, res in seed_results.items():
        assert check(res) == [], doc_id


def test_a_date_beyond_pandas_range_does_not_break_the_frames(nlp):
    """Regression (found by the property tests): '9999-12-31' crashed the dates frame."""
    res = newsclaims.extract("9999-12-31 and 0001-01-01", nlp=nlp)
    assert check(res) == []
    far = res.dates[res.dates["text"].str.contains("9999", regex=False)]
    assert far["start_date"].isna().all() and far["end_date"].isna().all()


# ------------------------------------------------------------------ inputs `make fuzz` found
FUZZ_FINDS = [
    (":\x120(0", None),                                  # a '(' inside a token, not a token '('
    ("08\U0006b32d 0(0 ", None),
    ("February 29, 2023 \n\n0001-01-01 ", None),        # an impossible day, a year-1 'dateline'
    ("yesterday \n\n0001-01-01 ", None),
    ("11,000 arrived\n9999-12-31", None),                # a 'dateline' beyond pandas' range
    ("February 29, 2023 was not a day. In 0001-01-01 yesterday", "2025-01-01"),
    ("yesterday 0001-01-01", "1800-01-01"),
]


@pytest.mark.parametrize("text,published", FUZZ_FINDS)
def test_fuzz_finds_extract_cleanly(text, published):
    res = newsclaims.extract(text, published=published, doc_id="fuzz")
    assert check(res) == []
    assert list(res.claims.columns)[:2] == ["doc_id", "claim_id"] or "doc_id" in res.claims
    if published is None:
        assert res.doc._.published is None  # year 1 and 9999 are not publication dates


def test_fuzz_finds_in_a_corpus_lose_nothing():
    items = [{"doc_id": f"f{i}", "text": t, "published": p} for i, (t, p) in enumerate(FUZZ_FINDS)]
    res = newsclaims.extract_corpus(items)
    assert res.errors.empty, res.errors
    assert list(res.articles["doc_id"]) == [i["doc_id"] for i in items]
