"""compare() on the bundled corpus: the accounts of five outlets side by side.

Written against the frame contract: it passes only when the dates, quantities and
attribution layers deliver what the annotation guide says (values, bounds, intervals,
speakers). Nothing in the library is keyed on these texts.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import newsclaims

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
T = pd.Timestamp


@pytest.fixture(scope="module")
def corpus_result(nlp):
    return newsclaims.extract_corpus(newsclaims.read_corpus(CORPUS), nlp=nlp)


@pytest.fixture(scope="module")
def cmp(corpus_result):
    return corpus_result.compare()


def _group_with(cmp: pd.DataFrame, kind: str, texts: set[str]) -> pd.DataFrame:
    """The one group of ``kind`` holding all of ``texts`` (fails when they are split)."""
    rows = cmp[(cmp["kind"] == kind) & cmp["text"].isin(texts)]
    assert set(rows["text"]) == texts, f"missing from any {kind} group: {texts - set(rows['text'])}"
    groups = rows["group"].unique()
    assert len(groups) == 1, f"{texts} are split over groups {list(groups)}"
    return cmp[cmp["group"] == groups[0]]


def test_claims_frame_on_the_corpus(corpus_result):
    claims = corpus_result.claims
    assert set(claims["doc_id"]) == set(corpus_result.articles["doc_id"])
    assert claims["attributed"].any() and (~claims["attributed"]).any()
    moscow = claims[claims["doc_id"] == "seed-002"]
    assert set(moscow["outlet"]) == {"The Moscow Times"}
    assert (moscow["published"] == T("2025-02-04")).all()


def test_deployment_size_with_who_gives_it(cmp):
    group = _group_with(cmp, "quantity", {"around 11,000", "more than 10,000", "12,000"})
    assert len(set(group["doc_id"])) >= 3
    by_text = group.set_index("text")
    assert by_text.loc["around 11,000", "value"] == 11000 and by_text.loc["around 11,000", "approx"]
    assert by_text.loc["more than 10,000", "low"] == 10000
    assert "Zelensky" in by_text.loc["12,000", "speaker"]
    assert "intelligence" in by_text.loc["more than 10,000", "speaker"].lower()
    assert not group["conflict"].any()


def test_share_killed_or_wounded(cmp):
    group = _group_with(cmp, "quantity", {"half", "nearly half", "about one-third", "halved"})
    assert set(group["doc_id"]) >= {"seed-000", "seed-001", "seed-004"}
    third = group[group["text"] == "about one-third"].iloc[0]
    assert third["value"] == pytest.approx(1 / 3, abs=1e-3) and third["conflict"]
    assert "Zelensky" in third["speaker"]
    assert group.loc[group["text"] == "nearly half", "high"].iloc[0] == 0.5


def test_when_the_troops_were_last_seen_on_one_calendar(cmp):
    group = _group_with(cmp, "date", {"about three weeks", "mid-January", "about two weeks"})
    rows = {(r.doc_id, r.text): r for r in group.itertuples()}
    three = rows[("seed-000", "about three weeks")]
    assert (three.start, three.end) == (T("2025-01-10"), T("2025-01-31"))
    since = rows[("seed-002", "mid-January")]
    assert (since.start, since.end) == (T("2025-01-11"), T("2025-02-04"))
    two = rows[("seed-004", "about two weeks")]
    assert (two.start, two.end) == (T("2025-01-17"), T("2025-01-31"))


def test_arrival_year_disagreement_is_flagged(cmp):
    group = _group_with(cmp, "date", {"November 2023", "November"})
    placed = group.dropna(subset=["start"]).set_index("doc_id")
    assert placed.loc["seed-000", "timex"] == "2023-11"
    assert placed.loc["seed-004", "timex"] == "2024-11"
    assert placed.loc["seed-000", "conflict"] and placed.loc["seed-004", "conflict"]
    assert "different year" in placed.loc["seed-000", "note"]


def test_undated_articles_are_read_against_the_corpus_date_in_the_comparison_only(corpus_result, cmp):
    """seed-001 and seed-003 have no publication date: their frames keep relative dates
    unresolved, while compare() reads them against the corpus's median date, and says so."""
    frames = corpus_result.dates
    assert not frames.loc[(frames["doc_id"] == "seed-001") & (frames["text"] == "November"), "resolved"].any()
    group = _group_with(cmp, "date", {"November 2023", "last fall"})
    implied = group.set_index("doc_id")
    assert implied.loc["seed-003", "timex"] == "2024-FA"
    assert "article date unknown" in implied.loc["seed-003", "note"]
    assert implied.loc["seed-000", "conflict"] and implied.loc["seed-003", "conflict"]
    strict = corpus_result.compare(borrow_anchor=False)
    assert strict.loc[strict["text"] == "last fall", "start"].isna().all()
