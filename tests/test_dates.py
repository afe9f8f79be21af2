"""The dates layer end to end: the spaCy component, its frame, the seeds, resolve_dates."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import newsclaims
from newsclaims.components.dates.candidates import across_midnight
from newsclaims.components.dates.forms import range_end
from newsclaims.components.dates.lines import blog_heads

ARTICLE = (
    "Ukrainian commanders said on Friday that North Korean troops had not been seen at the front "
    "for about three weeks. The last sighting was approximately three weeks ago. Since mid-January, "
    "the units have pulled back. The troops arrived last fall and fought in November. "
    "Officials will meet again next week."
)


def _dates(nlp, text: str, published: str | None) -> pd.DataFrame:
    return newsclaims.extract(text, published=published, nlp=nlp).dates


def _by_text(df: pd.DataFrame) -> dict[str, dict]:
    return {r["text"]: r for r in df.to_dict("records")}


def _iso(x) -> str | None:
    return None if pd.isna(x) else pd.Timestamp(x).date().isoformat()


@pytest.mark.parametrize("sentence, published, text, value, type_", [
    ("Kindratenko told AFP on Friday that the troops had left.", "2025-01-31", "Friday", "2025-01-31", "DATE"),
    ("The spy agency told AFP Tuesday that fighting had stopped.", "2025-02-04", "Tuesday", "2025-02-04", "DATE"),
    ("Ukraine's military said Friday that it believed the troops had withdrawn.", "2025-02-04", "Friday",
     "2025-01-31", "DATE"),
    ("The ministers will meet on Friday in Brussels.", "2025-02-04", "Friday", "2025-02-07", "DATE"),
    ("Ukraine launched a surprise offensive in August.", "2025-02-04", "August", "2024-08", "DATE"),
    ("In December, the Joint Chiefs of Staff said 1,100 soldiers died.", "2025-02-04", "December", "2024-12",
     "DATE"),
    ("The summit is scheduled to open in April.", "2025-02-04", "April", "2025-04", "DATE"),
    ("Zelensky released a video last month.", "2025-02-04", "last month", "2025-01", "DATE"),
    ("The company said it expects third-quarter earnings to fall.", "1989-10-26", "third-quarter", "1989-Q3",
     "DATE"),
    ("Sales rose 5% to $2 billion from a year earlier.", "1989-10-26", "a year earlier", "1988", "DATE"),
    ("The talks lasted nearly six months.", "2025-02-04", "nearly six months", "P6M", "DURATION"),
    ("The paper is published weekly.", "2025-02-04", "weekly", "P1W", "SET"),
    ("The bombing took place in the late 1970s.", "2025-02-04", "the late 1970s", "197", "DATE"),
    ("Prices are high now.", "2025-02-04", "now", "PRESENT_REF", "DATE"),
    ("The offer expires at 5 p.m. EST Nov. 9.", "1989-11-02", "5 p.m. EST Nov. 9", "1989-11-09T17:00", "TIME"),
    ("It was built in nineteen ninety-six.", "2025-02-04", "nineteen ninety-six", "1996", "DATE"),
    # a date modifying a noun names an event already reported on
    ("Nestle's share before Friday's purchases is far below its rivals'.", "1989-10-30", "Friday",
     "1989-10-27", "DATE"),
    ("They have searched for him since the Oct. 23 slaying.", "1999-05-06", "Oct. 23", "1998-10-23", "DATE"),
    # "effective <date>" and deferrals point forward
    ("The new office of the chairman is effective Feb. 1.", "1989-10-26", "Feb. 1", "1990-02-01", "DATE"),
    ("Officials postponed until Tuesday morning any action on the case.", "2000-03-30", "Tuesday morning",
     "2000-04-04TMO", "TIME"),
])
def test_realistic_sentences(nlp, sentence, published, text, value, type_):
    rows = _by_text(_dates(nlp, sentence, published))
    assert text in rows, list(rows)
    assert (rows[text]["value"], rows[text]["type"]) == (value, type_)


@pytest.mark.parametrize("sentence, absent", [
    ("Investigators concluded he had been killed soon after being captured.", "soon"),
    ("Investors could buy the stock as soon as trading opened.", "soon"),
    ("He was soon released from the hospital.", "soon"),
    ("The gain came from the previously announced sale of the unit.", "previously"),
    ("Two thousand people marched.", "housand"),
    ("Sales fell for the third straight month.", "month"),
    ("About 2000 troops crossed the border.", "2000"),
    ("Officials said it may be too early to tell.", "may"),
    ("Prices fall when demand weakens.", "fall"),
    ("A 43-year-old man was arrested.", "43-year"),
    ("See https://example.com/2025/02/04/story for details.", "2025/02/04"),
])
def test_not_dates(nlp, sentence, absent):
    texts = _dates(nlp, sentence, "2025-02-04")["text"].tolist()
    assert not any(absent in t for t in texts), texts


def test_extents_follow_timeml(nlp):
    texts = _dates(nlp, "In just three months, numbers fell. They were seen for over three weeks, within two "
                        "months of the deployment, over the past 20 years.", "2025-01-31")["text"].tolist()
    assert texts == ["three months", "over three weeks", "two months", "the past 20 years"]


def test_frame_columns_and_dtypes(nlp):
    df = _dates(nlp, ARTICLE, "2025-01-31")
    for col in ("text", "start_char", "end_char", "type", "value", "mod", "start_date", "end_date",
                "anchor", "resolved", "relative"):
        assert col in df.columns
    assert str(df["start_date"].dtype).startswith("datetime64")
    assert str(df["resolved"].dtype) == "boolean"
    for r in df.to_dict("records"):
        assert ARTICLE[r["start_char"]:r["end_char"]] == r["text"]


def test_days_of_antiquity_keep_their_interval_without_warnings(nlp):
    """The interval columns hold days at second resolution, so a year or century before pandas'
    nanosecond range (1677) keeps its calendar interval; a year BC, which no ISO day spells, has none."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        df = _dates(nlp, "Vesuvius erupted in AD 79. The town grew in the 2nd century. The abbey dates from "
                         "the 13th century. Caesar died in 44 B.C.", "2025-01-31")
    assert list(df["value"]) == ["0079", "01", "12", "BC0044"]
    assert [_iso(d) for d in df["start_date"][:3]] == ["0079-01-01", "0100-01-01", "1200-01-01"]
    assert [_iso(d) for d in df["end_date"][:3]] == ["0079-12-31", "0199-12-31", "1299-12-31"]
    assert pd.isna(df["start_date"][3]) and pd.isna(df["end_date"][3])


def test_dateline_is_a_date(nlp):
    text = "North Korean troops withdrawn\n\n2025.01.31\n\nIn three months, the number fell."
    res = newsclaims.extract(text, nlp=nlp)
    rows = _by_text(res.dates)
    assert rows["2025.01.31"]["value"] == "2025-01-31"
    assert res.doc._.published == "2025-01-31"


def test_no_anchor_leaves_relative_dates_unresolved(nlp):
    rows = _by_text(_dates(nlp, ARTICLE + " In November 2023, they were not there.", None))
    for text in ("Friday", "approximately three weeks ago", "mid-January", "last fall", "next week"):
        r = rows[text]
        assert r["resolved"] is False or r["resolved"] == False  # noqa: E712  (pandas boolean)
        assert "X" in r["value"], r["value"]
        assert pd.isna(r["start_date"]) and pd.isna(r["end_date"]) and pd.isna(r["anchor"])
    absolute = rows["November 2023"]
    assert absolute["value"] == "2023-11" and bool(absolute["resolved"])
    assert _iso(absolute["start_date"]) == "2023-11-01" and _iso(absolute["end_date"]) == "2023-11-30"
    assert rows["about three weeks"]["value"] == "P3W"


def test_resolve_dates_reanchors_one_article_to_two_dates(nlp):
    df = _dates(nlp, ARTICLE, None)
    a = _by_text(newsclaims.resolve_dates(df, "2025-01-31"))
    b = _by_text(newsclaims.resolve_dates(df, pd.Timestamp("2025-02-04")))
    assert a["approximately three weeks ago"]["value"] == "2025-W02"
    assert (_iso(a["approximately three weeks ago"]["start_date"]), _iso(a["approximately three weeks ago"]["end_date"])) \
        == ("2025-01-06", "2025-01-12")
    assert b["approximately three weeks ago"]["value"] == "2025-W03"
    assert a["Friday"]["value"] == "2025-01-31" and b["Friday"]["value"] == "2025-01-31"
    assert a["next week"]["value"] == "2025-W06" and b["next week"]["value"] == "2025-W07"
    assert a["mid-January"]["value"] == b["mid-January"]["value"] == "2025-01"
    assert _iso(b["mid-January"]["start_date"]) == "2025-01-11"
    assert _iso(a["last fall"]["start_date"]) == "2024-09-01"
    assert _iso(a["Friday"]["anchor"]) == "2025-01-31" and _iso(b["Friday"]["anchor"]) == "2025-02-04"
    assert all(bool(r["resolved"]) for r in a.values()) and all(bool(r["resolved"]) for r in b.values())


def test_resolve_dates_matches_direct_extraction(nlp):
    """Re-anchoring an unanchored frame gives exactly what extracting with the date gives."""
    direct = _dates(nlp, ARTICLE, "2025-02-04")
    later = newsclaims.resolve_dates(_dates(nlp, ARTICLE, None), "2025-02-04")
    cols = ["text", "type", "value", "mod", "start_date", "end_date", "anchor", "resolved"]
    pd.testing.assert_frame_equal(direct[cols].reset_index(drop=True), later[cols].reset_index(drop=True))


def test_resolve_dates_per_row_series(nlp):
    a = _dates(nlp, "The troops left last month.", None).assign(doc_id="a")
    b = _dates(nlp, "The troops left last month.", None).assign(doc_id="b")
    both = pd.concat([a, b], ignore_index=True)
    meta = pd.DataFrame({"doc_id": ["a", "b"], "published": pd.to_datetime(["2025-01-31", "2025-03-05"])})
    merged = both.merge(meta, on="doc_id", how="left")
    out = newsclaims.resolve_dates(merged, merged["published"])
    assert out["value"].tolist() == ["2024-12", "2025-02"]
    # a missing publication date leaves that row unresolved
    merged.loc[1, "published"] = pd.NaT
    out = newsclaims.resolve_dates(merged, merged["published"])
    assert out["value"].tolist() == ["2024-12", "XXXX-XX"] and out["resolved"].tolist() == [True, False]


def _gold_dates(seeds):
    for rec in seeds:
        for g in rec.get("dates") or []:
            yield rec, g


def test_seed_gold_regression(seeds, seed_results):
    """A high share of the seeds' gold dates come out with the right span, value and interval."""
    total = right_value = right_interval = 0
    misses = []
    for rec, g in _gold_dates(seeds):
        total += 1
        df = seed_results[rec["doc_id"]].dates
        hit = df[(df["start_char"] < g["end"]) & (df["end_char"] > g["start"])]
        if hit.empty:
            misses.append(g["text"])
            continue
        r = hit.iloc[0]
        if r["value"] == g["value"]:
            right_value += 1
        if (_iso(r["start_date"]), _iso(r["end_date"])) == (g.get("start_date"), g.get("end_date")):
            right_interval += 1
        else:
            misses.append(g["text"])
    assert total >= 40
    assert right_value / total >= 0.9, misses
    assert right_interval / total >= 0.9, misses


@pytest.mark.parametrize("text, published, expected", [
    # the story's own dates anchor "the following year" / "that day"
    ("On May 22, 1995, he was promoted, and the following year he was sent to Washington.", "1998-04-18",
     {"May 22, 1995": "1995-05-22", "the following year": "1996"}),
    ("The attack came on Monday. The next day, troops moved in.", "2013-03-20",
     {"Monday": "2013-03-18", "The next day": "2013-03-19"}),
    # earnings reports: "a year earlier" is the same quarter of the year before
    ("Net income rose to $5 million in the third quarter from $3 million a year earlier.", "1989-10-26",
     {"the third quarter": "1989-Q3", "a year earlier": "1988-Q3"}),
    # without money in the sentence it is just the year before
    ("A year earlier, he had moved to Boston.", "1989-10-26", {"A year earlier": "1988"}),
    ("Talks continued over the weekend.", "2013-03-20", {"the weekend": "2013-W11-WE"}),
    ("The company earned $1.2 billion in the fourth quarter.", "2013-03-20", {"the fourth quarter": "2012-Q4"}),
    ("In June last year, the leaders met.", "1998-02-19", {"June last year": "1997-06"}),
    # "the current quarter" is the anchor's own, not the one the report is about
    ("Net rose 5% to $5 million in the third quarter. Sales in the current quarter may fall 2%.", "1989-10-26",
     {"the third quarter": "1989-Q3", "the current quarter": "1989-Q4"}),
    # a full date that modifies an event's name is still the story's day
    ("Murphy lost the Aug. 30 Senate primary, and his wife won a seat on the same day.", "2013-09-05",
     {"Aug. 30": "2013-08-30", "the same day": "2013-08-30"}),
    # a quoted "last night" counts from the day a weekday set the scene just before the quotation
    ("On Sunday, the senator urged the party to unite.\n\n''Last night was the beginning of the real "
     "primary,'' he said on CNN.", "2013-03-25", {"Sunday": "2013-03-24", "Last night": "2013-03-23TNI"}),
    # the story's own "yesterday", outside any quotation, stays the day before publication
    ("On Friday, the leader tried to scare his rivals. Then yesterday, he offered talks ``without "
     "conditions.''", "2013-03-25", {"Friday": "2013-03-22", "yesterday": "2013-03-24"}),
    # a day named several times is one day: a year-less mention takes the year the others agree on
    ("The Sept. 11 attacks changed everything. Since Sept. 11, 2001, the country has been at war. That is "
     "what we saw on Sept. 11.", "2015-12-20", {"Sept. 11": "2001-09-11"}),
    # a comparison "from" an amount "the day before" is no new day for the next one to count from
    ("On Friday, the dollar fell to 101.5 yen from 102.3 yen the day before. The euro rose to $1.1175 from "
     "$1.1074 the day before.", "2013-03-23", {"Friday": "2013-03-22", "the day before": "2013-03-21"}),
    # a past clause does not take its evening from a date still to come
    ("Voters go to the polls on March 26. Four other candidates debated earlier in the evening.", "2013-03-20",
     {"March 26": "2013-03-26", "the evening": "2013-03-20TEV"}),
    ("Voters went to the polls on March 12. Four other candidates debated earlier in the evening.", "2013-03-20",
     {"March 12": "2013-03-12", "the evening": "2013-03-12TEV"}),
])
def test_context_dependent_values(nlp, text, published, expected):
    rows = _by_text(_dates(nlp, text, published))
    assert {t: rows[t]["value"] for t in expected if t in rows} == expected, list(rows)


def test_one_event_one_day(nlp):
    """A weekday naming the same scheduled event takes the date most of its mentions agree on,
    though one mention read alone ("might not move mountains") would look ahead."""
    alone = _dates(nlp, "Monday's debate might not move mountains.", "2013-03-24")
    assert alone["value"].tolist() == ["2013-03-25"]
    text = ("Monday's debate might not move mountains. Instant polls showed she was the winner of "
            "Monday's debate. Viewers tuned in to Monday's debate in record numbers.")
    assert _dates(nlp, text, "2013-03-24")["value"].tolist() == ["2013-03-18"] * 3
    # no majority, no change: two mentions that disagree keep their own readings
    tie = _dates(nlp, "Monday's debate might not move mountains. She won Monday's debate.", "2013-03-24")
    assert tie["value"].tolist() == ["2013-03-25", "2013-03-18"]


def test_one_month_one_year(nlp):
    """A year-less month named several times takes the year most mentions agree on, unless its
    own clause is told in the past."""
    alone = "High primary turnout does not translate into a victory in November."
    assert _dates(nlp, alone, "2016-01-20")["value"].tolist() == ["2015-11"]
    text = f"Democrats will need every vote in November. {alone} Republicans will fight hard in November."
    assert _dates(nlp, text, "2016-01-20")["value"].tolist() == ["2016-11"] * 3
    text = "The union endorsed her in November. Republicans will fight hard in November. Democrats will need every vote in November."
    assert _dates(nlp, text, "2016-01-20")["value"].tolist() == ["2015-11", "2016-11", "2016-11"]


def test_context_dependent_values_reanchor(nlp):
    """Forms rewritten from context stay anchor-relative: re-anchoring moves them consistently."""
    text = "The following month, the company was sold. Net rose to $5 million in the third quarter from $3 million a year earlier."
    df = _dates(nlp, text, None)
    a = _by_text(newsclaims.resolve_dates(df, "1989-10-26"))
    b = _by_text(newsclaims.resolve_dates(df, "1990-10-26"))
    assert (a["the third quarter"]["value"], a["a year earlier"]["value"]) == ("1989-Q3", "1988-Q3")
    assert (b["the third quarter"]["value"], b["a year earlier"]["value"]) == ("1990-Q3", "1989-Q3")


@pytest.mark.parametrize("form, start, expected", [
    ({"k": "date", "m": 12}, "2024-10-01", {"u": "M", "n": 2}),    # October through December
    ({"k": "date", "m": 2}, "2024-10-01", {"u": "M", "n": 4}),     # October to February: the next year's
    ({"k": "date", "m": 1, "d": 5}, "2024-11-28", {"u": "D", "n": 38}),
    ({"k": "date", "m": 7, "d": 15}, "2025-04-01", {"u": "D", "n": 105}),
    ({"k": "date", "m": 2, "d": 29}, "2025-01-01", None),         # no such day: the form is kept
])
def test_range_end(form, start, expected):
    got = range_end(form, dt.date.fromisoformat(start))
    if expected is None:
        assert got == form
    else:
        assert {k: got[k] for k in expected} == expected and got["k"] == "ana"


FRIDAY = {"k": "wd", "w": 5, "t": "DATE"}


@pytest.mark.parametrize("local, other, days", [
    ("02:00", "22:30", 1),    # Tehran, east of GMT: the next day
    ("21:00", "02:00", -1),   # New York, west of GMT: the day before
    ("10:35", "07:35", 0),    # the same day
    ("12:00", "00:00", 0),    # twelve hours apart: no crossing said
])
def test_across_midnight(local, other, days):
    got = across_midnight(FRIDAY, local, other)
    assert (got.get("days", 0), got.get("inner", got)) == (days, FRIDAY)


@pytest.mark.parametrize("text, heads", [
    # newest first: a live blog's heads, zone or not
    ("Live\n\n2:10 p.m. - Crossing to reopen\nText.\n\n1:45 p.m. - It is over\nText.", [6, 44]),
    ("13:20 GMT - Talks\nText.\n\n12:05 - More talks\nText.", [0, 25]),
    # one step up: the blog ran past midnight
    ("0:40 - Late\nA.\n\n23:55 - Earlier\nB.\n\n22:10 - Before\nC.\n\n21:00 - First\nD.", [0, 16, 36, 55]),
    # a timeline runs forward: its heads are of the day it tells of
    ("11:00 am - Police receive calls\n\n11:40 am - Officers enter", []),
    # one head is no blog
    ("9:30 a.m. - Polls open\nVoters queued.", []),
])
def test_blog_heads(text, heads):
    assert sorted(blog_heads(text)) == heads


@pytest.mark.parametrize("sentence, text, value", [
    ("The FY2026 budget request was sent to Congress.", "FY2026", "2026"),
    ("Revenue in fiscal 2025 rose 4%.", "fiscal 2025", "2025"),
    ("The first half of fiscal 2025 was weak.", "The first half of fiscal 2025", "2025-H1"),
    ("Spending in the current fiscal year rose.", "the current fiscal year", "2025"),
    ("Nine legislative days remain before the fiscal year ends on Sept. 30.", "the fiscal year", "2025"),
    ("The end of the fiscal year is near.", "The end of the fiscal year", "2025"),
    ("Net income for the fourth quarter ended March 2 rose.", "the fourth quarter", "2025-Q4"),
    ("The cuts fall in the 2025 budget year, which ends Sept. 30.", "the 2025 budget year", "2025"),
    ("Sales rose 8% in its fiscal first quarter, compared with $1.2 million, or 3 cents a share, a year earlier.",
     "a year earlier", "2024-Q1"),
])
def test_fiscal_periods_have_no_calendar_interval(nlp, sentence, text, value):
    """A fiscal year's months are the company's or the government's (SCHEMA.md: fiscal quarters):
    the value stays, the calendar interval is left out."""
    df = _dates(nlp, sentence, "2025-05-04")
    row = df[df["text"] == text].iloc[0]
    assert row["value"] == value and pd.isna(row["start_date"]) and pd.isna(row["end_date"])


def test_a_calendar_quarter_keeps_its_months(nlp):
    """ "the second calendar quarter of 2013" names the calendar's quarter, not a company's."""
    df = _dates(nlp, "The deal should close in the second calendar quarter of 2013.", "2013-03-19")
    row = df[df["text"] == "the second calendar quarter of 2013"].iloc[0]
    assert (row["value"], str(row["start_date"])[:10], str(row["end_date"])[:10]) == ("2013-Q2", "2013-04-01",
                                                                                      "2013-06-30")
