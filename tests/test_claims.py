"""Claims (one row per statement) and compare() (the same claim across articles).

The pure helpers are table-tested; build_claims is tested on sentences written here whose
layer spans are set by hand (so these tests do not depend on how good the layers are);
compare() is tested on claim frames built from such Docs.
"""
from __future__ import annotations

import math

import pandas as pd
import pytest

from newsclaims import claims as C

T = pd.Timestamp


@pytest.mark.parametrize("counted, head", [
    ("North Korean troops", "troops"),
    ("the number of North Korean troops", "troops"),
    ("the share of the vote", "vote"),
    ("half of the soldiers deployed", "deployed"),
    ("Russian territory", "territory"),
    ("", None),
    (None, None),
])
def test_counted_head(counted, head):
    assert C.counted_head(counted) == head


@pytest.mark.parametrize("word, concept", [
    ("soldiers", "troops"), ("Troops", "troops"), ("personnel", "troops"), ("forces", "troops"),
    ("servicemen", "troops"), ("civilians", "civilians"), ("villages", "settlements"), ("women", "women"),
    (None, None),
])
def test_counted_concepts_come_from_the_data_file(word, concept):
    assert C.concept(word) == concept


@pytest.mark.parametrize("word, concept", [
    ("arrival", "deploy"), ("deployed", "deploy"), ("sighting", "seen"), ("observed", "seen"),
    ("halved", "decrease"), ("withdrawn", "withdraw"),
])
def test_event_concepts(word, concept):
    assert C.concept(word, "events") == concept


@pytest.mark.parametrize("value, low, high, unit, text, kind", [
    (11000.0, None, None, "dimensionless", "11,000", "count"),
    (0.5, None, None, "dimensionless", "half", "share"),
    (None, None, 0.5, "dimensionless", "nearly half", "share"),
    (40.0, None, None, "percentage", "40%", "share"),
    (1.0, None, None, "dimensionless", "1", "count"),
    (1.0, None, None, "dimensionless", "one", "count"),
    (1.0, None, None, "percentage", "1%", "share"),
    (2.0, None, None, "dimensionless", "doubled", "count"),
    (500.0, None, None, "square mile", "500 square miles", "measure:square mile"),
    (10000.0, 10000.0, None, None, "more than 10,000", "count"),
])
def test_quantity_kind(value, low, high, unit, text, kind):
    assert C.quantity_kind(value, low, high, unit, text) == kind


@pytest.mark.parametrize("value, low, high, approx, expected", [
    (12000.0, None, None, False, (12000.0, 12000.0)),
    (11000.0, None, None, True, (9900.0, 12100.0)),
    (10000.0, 10000.0, None, False, (10000.0, math.inf)),
    (0.5, None, 0.5, True, (0.45, 0.5)),
    (None, None, 500.0, False, (0.0, 500.0)),
    (None, 20.0, 30.0, False, (20.0, 30.0)),
    (None, None, None, True, None),
    (float("nan"), None, None, None, None),
])
def test_value_range(value, low, high, approx, expected):
    got = C.value_range(value, low, high, approx)
    assert got == expected if expected is None else got == pytest.approx(expected)


def test_ranges_overlap():
    assert C.ranges_overlap((0.45, 0.5), (0.5, 0.5))
    assert not C.ranges_overlap((0.3, 0.367), (0.45, 0.5))
    assert C.ranges_overlap((10000, math.inf), (12000, 12000))


@pytest.mark.parametrize("value, days", [
    ("P3W", 21), ("P2D", 2), ("P3M", 3 * 30.4375), ("P2.5M", 2.5 * 30.4375), ("P1Y", 365.25),
    ("P1Y6M", 365.25 + 6 * 30.4375), ("P2Y6M4D", 2 * 365.25 + 6 * 30.4375 + 4), ("P1Y6", None), ("P20Y", 20 * 365.25),
    ("PXW", None), ("PT5H", None), ("2025-01", None), (None, None),
])
def test_duration_days(value, days):
    assert C.duration_days(value) == (pytest.approx(days) if days is not None else None)


@pytest.mark.parametrize("date, anchor, expected", [
    ({"type": "DURATION", "value": "P3W", "prep": "for"}, "2025-01-31", (T("2025-01-10"), T("2025-01-31"))),
    ({"type": "DURATION", "value": "P2W", "prep": "for"}, "2025-01-31", (T("2025-01-17"), T("2025-01-31"))),
    ({"type": "DURATION", "value": "P3M", "prep": "in"}, "2025-01-31", (T("2024-10-31"), T("2025-01-31"))),
    ({"type": "DURATION", "value": "P2M", "prep": "within", "forward": True}, "2025-01-31",
     (T("2025-01-31"), T("2025-03-31"))),
    ({"type": "DURATION", "value": "P3W", "prep": "for"}, None, None),
    ({"type": "DATE", "value": "2025-01", "mod": "MID", "prep": "since", "start_date": "2025-01-11",
      "end_date": "2025-01-20"}, "2025-02-04", (T("2025-01-11"), T("2025-02-04"))),
    ({"type": "DATE", "value": "2023-11", "prep": "in", "start_date": "2023-11-01", "end_date": "2023-11-30"},
     "2025-01-31", (T("2023-11-01"), T("2023-11-30"))),
    ({"type": "DATE", "value": "XXXX-11", "prep": "in", "start_date": None, "end_date": None}, None, None),
])
def test_calendar_interval(date, anchor, expected):
    assert C.calendar_interval(date, anchor) == expected


@pytest.mark.parametrize("date, anchor, expected", [
    ({"type": "DURATION", "value": "P3W", "text": "about three weeks"}, "2025-01-31",
     (T("2025-01-08"), T("2025-01-12"))),
    ({"type": "DURATION", "value": "P2W", "text": "two weeks"}, "2025-01-31", (T("2025-01-17"), T("2025-01-17"))),
    ({"type": "DATE", "value": "2025-W02", "prep": None, "start_date": "2025-01-06", "end_date": "2025-01-12"},
     "2025-01-31", (T("2025-01-06"), T("2025-01-12"))),
    ({"type": "DATE", "value": "2025-01", "prep": "since", "start_date": "2025-01-11", "end_date": "2025-01-20"},
     "2025-02-04", (T("2025-01-11"), T("2025-01-20"))),
])
def test_last_seen_window(date, anchor, expected):
    assert C.last_seen_window(date, anchor) == expected


@pytest.mark.parametrize("source, url, outlet", [
    ("The Moscow Times", "https://www.themoscowtimes.com/x", "The Moscow Times"),
    (None, "https://www.themoscowtimes.com/2025/02/04/x", "themoscowtimes.com"),
    (None, "kyivindependent.com/a", "kyivindependent.com"),
    (None, None, None),
])
def test_outlet_of(source, url, outlet):
    assert C.outlet_of(source, url) == outlet


# --------------------------------------------------------------------------------------
# build_claims on Docs whose layer spans are set by hand
# --------------------------------------------------------------------------------------

def _doc(nlp, text, *, published=None, doc_id="d", source=None, quantities=(), dates=(), attributions=()):
    """A parsed Doc whose quantities/dates/attributions are exactly the ones given
    (by their text; a value dict each), whatever the layers would have found."""
    doc = nlp(text)
    doc._.doc_id, doc._.source, doc._.published = doc_id, source, published

    def span(snippet, label, occurrence=0):
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(snippet, start + 1)
        s = doc.char_span(start, start + len(snippet), label=label, alignment_mode="expand")
        assert s is not None and s.text == snippet, snippet
        return s

    qs = []
    for snippet, q in quantities:
        s = span(snippet, "CARDINAL")
        s._.quantity = {"value": None, "low": None, "high": None, "approx": False, "unit": "dimensionless",
                        "counted": None, **q}
        qs.append(s)
    ds = []
    for snippet, d in dates:
        s = span(snippet, d.get("type", "DATE"))
        s._.timex = {"type": "DATE", "value": None, "mod": None, "start_date": None, "end_date": None,
                     "anchor": published, "resolved": published is not None, "relative": None, **d}
        ds.append(s)
    atts = []
    for content, a in attributions:
        s = span(content, "ATTRIBUTION")
        s._.attribution = {"speaker": None, "speaker_start_char": None, "speaker_end_char": None,
                           "speaker_canonical": None, "cue": None, "cue_start_char": None, "cue_end_char": None,
                           "direct": False, "medium": None, "via": None, **a}
        atts.append(s)
    doc.spans["quantities"], doc.spans["dates"], doc.spans["attributions"] = qs, ds, atts
    return doc


ARRIVAL = ("About 300 Moldovan soldiers arrived in Romania in March, the defence ministry said. "
           "The deployment was criticised by the opposition. Is this a question?")


def test_claims_have_one_row_per_attribution_and_per_own_voice_sentence(nlp):
    content = "About 300 Moldovan soldiers arrived in Romania in March"
    doc = _doc(nlp, ARRIVAL, published="2025-05-02", doc_id="md-1", source="Balkan Wire",
               quantities=[("About 300", {"value": 300.0, "approx": True, "counted": "Moldovan soldiers"})],
               dates=[("March", {"value": "2025-03", "start_date": "2025-03-01", "end_date": "2025-03-31"})],
               attributions=[(content, {"speaker": "the defence ministry", "cue": "said",
                                        "speaker_canonical": "Ministry of Defence"})])
    df = C.build_claims(doc)
    assert list(df.columns) == list(C.CLAIM_COLUMNS)
    assert df["attributed"].tolist() == [True, False]  # the question is not a factual sentence
    said, own = df.iloc[0], df.iloc[1]
    assert said["speaker_canonical"] == "Ministry of Defence" and said["content"] == content
    assert said["outlet"] == "Balkan Wire" and said["published"] == T("2025-05-02")
    assert said["sentence"].startswith("About 300") and said["sentence"].endswith("said.")
    [q] = said["quantities"]
    assert (q["value"], q["approx"], q["about"]) == (300.0, True, "troops")
    [d] = said["dates"]
    assert (d["value"], d["prep"], d["event"], d["about"]) == ("2025-03", "in", "deploy", "troops")
    assert pd.isna(own["speaker"]) and own["content"].startswith("The deployment")
    assert own["quantities"] == [] and own["claim_id"] == "md-1#1"


def test_numbers_outside_a_quote_stay_in_the_outlets_voice(nlp):
    text = "In April, some 2,000 refugees crossed the border, where officials said that the camps were full."
    doc = _doc(nlp, text, published="2025-05-02",
               quantities=[("some 2,000", {"value": 2000.0, "approx": True, "counted": "refugees"})],
               dates=[("April", {"value": "2025-04", "start_date": "2025-04-01", "end_date": "2025-04-30"})],
               attributions=[("the camps were full", {"speaker": "officials", "cue": "said"})])
    df = C.build_claims(doc)
    own = df[~df["attributed"]]
    assert len(own) == 1
    assert [q["text"] for q in own.iloc[0]["quantities"]] == ["some 2,000"]
    assert [d["event"] for d in own.iloc[0]["dates"]] == ["cross"]


@pytest.mark.parametrize("text, snippet, date, event, frame, about", [
    ("The rebels have not been seen in the valley for about two weeks.", "about two weeks",
     {"type": "DURATION", "value": "P2W"}, "seen", "last", None),
    ("Since early March, it appears that the brigade has not fought near the river.", "early March",
     {"value": "2025-03", "mod": "START", "start_date": "2025-03-01", "end_date": "2025-03-10"}, "fight", "last", None),
    ("The last sighting of the soldiers was four days ago.", "four days ago",
     {"value": "2025-04-28", "start_date": "2025-04-28", "end_date": "2025-04-28"}, "seen", "last", "troops"),
    ("The arrival of 500 Chadian troops in Niger in February worried Paris.", "February",
     {"value": "2025-02", "start_date": "2025-02-01", "end_date": "2025-02-28"}, "deploy", None, "troops"),
    ("More reinforcements could arrive within two months.", "two months",
     {"type": "DURATION", "value": "P2M"}, "deploy", None, None),
])
def test_what_a_date_dates(nlp, text, snippet, date, event, frame, about):
    doc = _doc(nlp, text, published="2025-05-02", dates=[(snippet, date)])
    [row] = C.build_claims(doc).itertuples()
    [d] = row.dates
    assert (d["event"], d["frame"]) == (event, frame)
    if about:
        assert d["about"] == about
    if "within" in text:
        assert d["forward"] is True


@pytest.mark.parametrize("text, snippet, counted, about", [
    ("Officials said 40 soldiers and 12 civilians were hurt in the raid.", "12", None, "civilians"),
    ("In three months, the number of Syrian fighters halved, a monitor said.", "halved",
     "the number of Syrian fighters", "troops"),
    ("About 8,000 Burmese troops crossed the river. Within a year their numbers fell by half.", "half",
     None, "troops"),
])
def test_what_a_number_counts(nlp, text, snippet, counted, about):
    doc = _doc(nlp, text, quantities=[(snippet, {"value": 1.0, "counted": counted})])
    items = [q for row in C.build_claims(doc).itertuples() for q in row.quantities]
    assert [q["about"] for q in items] == [about]


# --------------------------------------------------------------------------------------
# compare
# --------------------------------------------------------------------------------------

def _claims(nlp, *docs):
    return C.concat_claims(C.build_claims(d) for d in docs)


@pytest.fixture(scope="module")
def three_reports(nlp):
    a = _doc(nlp, "About 300 Moldovan soldiers arrived in Romania in March 2024, the ministry said. "
                  "Their numbers fell by half in two months.", published="2025-05-02", doc_id="a",
             quantities=[("About 300", {"value": 300.0, "approx": True, "counted": "Moldovan soldiers"}),
                         ("half", {"value": 0.5, "counted": None}),
                         ],
             dates=[("March 2024", {"value": "2024-03", "start_date": "2024-03-01", "end_date": "2024-03-31"}),
                    ("two months", {"type": "DURATION", "value": "P2M"})],
             attributions=[("About 300 Moldovan soldiers arrived in Romania in March 2024",
                            {"speaker": "the ministry", "cue": "said"})])
    b = _doc(nlp, "The arrival of 320 Moldovan troops in Romania in March surprised Bucharest. "
                  "A commander said that about one-third of the soldiers had been wounded.",
             published="2025-05-03", doc_id="b", source="Balkan Wire",
             quantities=[("320", {"value": 320.0, "counted": "Moldovan troops"}),
                         ("about one-third", {"value": 1 / 3, "approx": True, "counted": "the soldiers"})],
             dates=[("March", {"value": "2025-03", "start_date": "2025-03-01", "end_date": "2025-03-31"})],
             attributions=[("about one-third of the soldiers had been wounded",
                            {"speaker": "A commander", "cue": "said"})])
    c = _doc(nlp, "More than 250 Moldovan personnel have been deployed since March. "
                  "Some 40 villages were evacuated.", published="2025-05-04", doc_id="c",
             quantities=[("More than 250", {"value": 250.0, "low": 250.0, "counted": "Moldovan personnel"}),
                         ("Some 40", {"value": 40.0, "approx": True, "counted": "villages"})],
             dates=[("March", {"value": "2025-03", "start_date": "2025-03-01", "end_date": "2025-03-31"})])
    return _claims(nlp, a, b, c)


def test_compare_groups_counts_of_the_same_thing(three_reports):
    cmp = C.compare(three_reports)
    assert list(cmp.columns) == list(C.COMPARE_COLUMNS)
    counts = cmp[cmp["topic"] == "count of troops"]
    assert sorted(counts["text"]) == ["320", "About 300", "More than 250"]
    assert counts["group"].nunique() == 1 and not counts["conflict"].any()
    assert set(counts.loc[counts["text"] == "About 300", "speaker"]) == {"the ministry"}
    assert "villages" not in " ".join(cmp["text"])  # one article only: no group


def test_compare_flags_shares_that_do_not_overlap(three_reports):
    shares = C.compare(three_reports).query("topic == 'share of troops'")
    assert sorted(shares["text"]) == ["about one-third", "half"]
    assert shares["conflict"].all()
    assert "about one-third (Balkan Wire)" in shares.loc[shares["text"] == "half", "note"].iloc[0]


def test_compare_flags_the_same_event_in_different_years(three_reports):
    cmp = C.compare(three_reports)
    arrival = cmp[(cmp["kind"] == "date") & cmp["topic"].str.startswith("deploy")]
    assert sorted(arrival["timex"]) == ["2024-03", "2025-03", "2025-03"]
    assert arrival["group"].nunique() == 1
    flagged = arrival.set_index("doc_id")["conflict"]
    assert flagged["a"] and flagged["b"] and flagged["c"]
    assert "different year" in arrival.set_index("doc_id").loc["a", "note"]
    since = arrival.set_index("doc_id").loc["c"]
    assert (since["start"], since["end"]) == (T("2025-03-01"), T("2025-05-04"))


def test_compare_min_docs_and_empty_input(three_reports):
    assert C.compare(three_reports, min_docs=4).empty
    empty = C.compare(C.typed_claims([]))
    assert empty.empty and list(empty.columns) == list(C.COMPARE_COLUMNS)


def test_claims_frame_writes_to_parquet_and_json(three_reports, tmp_path):
    three_reports.to_parquet(tmp_path / "claims.parquet", index=False)
    back = pd.read_parquet(tmp_path / "claims.parquet")
    assert len(back) == len(three_reports)
    assert '"quantities"' in three_reports.to_json(orient="records", date_format="iso")


def test_claims_without_a_parse_still_join_the_layers(nlp):
    """A Doc from a pipeline without a parser: rows per attribution, items without events."""
    text = "Officials said 40 soldiers arrived in March."
    parsed = _doc(nlp, text, published="2025-05-02",
                  quantities=[("40", {"value": 40.0, "counted": "soldiers"})],
                  dates=[("March", {"value": "2025-03", "start_date": "2025-03-01", "end_date": "2025-03-31"})],
                  attributions=[("40 soldiers arrived in March", {"speaker": "Officials", "cue": "said"})])
    bare = nlp.make_doc(text)
    bare._.doc_id, bare._.published = "bare", "2025-05-02"
    for key in ("quantities", "dates", "attributions"):
        bare.spans[key] = [bare.char_span(s.start_char, s.end_char, label=s.label_) for s in parsed.spans[key]]
        for new, old in zip(bare.spans[key], parsed.spans[key]):
            for ext in ("quantity", "timex", "attribution"):
                if old.has_extension(ext) and getattr(old._, ext) is not None:
                    setattr(new._, ext, getattr(old._, ext))
    [row] = C.build_claims(bare).itertuples()
    assert row.speaker == "Officials"
    assert [q["about"] for q in row.quantities] == ["troops"]  # from the counted phrase alone
    assert [d.get("event") for d in row.dates] == [None]


def test_statement_groups_join_the_same_statement_across_outlets(nlp):
    a = _doc(nlp, "The bridge over the Drina collapsed after days of heavy flooding, the police said. "
                  "The mayor promised to rebuild the market square.", doc_id="a", published="2025-05-02",
             attributions=[("The bridge over the Drina collapsed after days of heavy flooding",
                            {"speaker": "the police", "cue": "said"})])
    b = _doc(nlp, "Heavy flooding brought down the Drina bridge, according to police officers. "
                  "Tourism revenues rose sharply in the spring.", doc_id="b", published="2025-05-03",
             attributions=[("Heavy flooding brought down the Drina bridge", {"speaker": "police officers"})])
    c = _doc(nlp, "The old Drina bridge collapsed when flooding swept the valley. "
                  "A new stadium will open next year.", doc_id="c", published="2025-05-03")
    cmp = C.compare(_claims(nlp, a, b, c))
    groups = cmp[cmp["kind"] == "statement"]
    assert groups["group"].nunique() == 1
    assert sorted(groups["doc_id"]) == ["a", "b", "c"]
    assert all("Drina" in t for t in groups["text"])
    assert "bridge" in groups["topic"].iloc[0] or "drina" in groups["topic"].iloc[0]
    assert C.compare(_claims(nlp, a, b, c), statements=False)["kind"].ne("statement").all()


def test_corpus_anchor_is_the_median_publication_date():
    rows = [{"doc_id": d, "published": p} for d, p in
            (("a", "2025-01-31"), ("a", "2025-01-31"), ("b", "2025-02-04"), ("c", None), ("d", "2025-01-27"))]
    assert C.corpus_anchor(C.typed_claims(rows)) == T("2025-01-31")
    assert C.corpus_anchor(C.typed_claims([{"doc_id": "x", "published": None}])) is None


@pytest.mark.parametrize("text, snippet, forward", [
    ("More reinforcements are expected to arrive in March.", "March", True),
    ("The brigade will leave the city in June.", "June", True),
    ("The brigade left the city in June, which could change the balance of the war.", "June", False),
    ("The brigade left the city in June.", "June", False),
])
def test_forward_looking_dates(nlp, text, snippet, forward):
    doc = _doc(nlp, text, published="2025-05-02",
               dates=[(snippet, {"value": "2025-06", "start_date": "2025-06-01", "end_date": "2025-06-30"})])
    [d] = [d for row in C.build_claims(doc).itertuples() for d in row.dates]
    assert d["forward"] is forward


@pytest.mark.parametrize("text, snippet, date", [
    ("Rebel fighters have not been spotted near the dam since early April.", "early April",
     {"value": "2025-04", "mod": "START", "start_date": "2025-04-01", "end_date": "2025-04-10"}),
    ("There has been no sign of the militia in the town for about ten days.", "about ten days",
     {"type": "DURATION", "value": "P10D", "mod": "APPROX"}),
    ("The soldiers were last seen two weeks ago.", "two weeks ago",
     {"value": "2025-W16", "start_date": "2025-04-14", "end_date": "2025-04-20"}),
])
def test_last_occurrence_phrasings(nlp, text, snippet, date):
    doc = _doc(nlp, text, published="2025-05-02", dates=[(snippet, date)])
    [d] = [d for row in C.build_claims(doc).itertuples() for d in row.dates]
    assert d["frame"] == "last", d


def test_a_plain_past_event_is_not_a_last_occurrence(nlp):
    doc = _doc(nlp, "The soldiers crossed the border two weeks ago.", published="2025-05-02",
               dates=[("two weeks ago", {"value": "2025-W16", "start_date": "2025-04-14", "end_date": "2025-04-20"})])
    [d] = [d for row in C.build_claims(doc).itertuples() for d in row.dates]
    assert d["frame"] is None and d["event"] == "cross"
