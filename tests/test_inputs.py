"""The doors in: DataFrames of articles (extract_frame) and HTML pages (Article.from_html)."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import newsclaims
from newsclaims.inputs import frame_articles

BODIES = [
    "About 300 Moldovan soldiers arrived in Romania last month, the defence ministry said on Tuesday.",
    "Officials said the bridge would reopen within two weeks.",
    "Police closed the coastal road after the storm.",
]


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    return pd.DataFrame({
        "body": BODIES,
        "date": [pd.Timestamp("2025-05-02"), "2025-05-03", "2025-13-45"],
        "site": ["Balkan Wire", None, "Empty Daily"],
        "link": ["https://balkanwire.example/a", None, None],
    }, index=["bw-1", "bw-2", "ed-1"])


def test_frame_articles_maps_columns(frame):
    recs = frame_articles(frame, text="body", published="date", source="site", url="link")
    assert [r["doc_id"] for r in recs] == ["bw-1", "bw-2", "ed-1"]
    assert recs[0]["published"] == pd.Timestamp("2025-05-02") and recs[2]["published"] == "2025-13-45"
    assert recs[1]["source"] is None and recs[0]["url"] == "https://balkanwire.example/a"


def test_frame_articles_bad_columns(frame):
    with pytest.raises(newsclaims.InputError, match="text"):
        frame_articles(frame, text="content")
    with pytest.raises(newsclaims.InputError, match="published"):
        frame_articles(frame, text="body", published="when")
    with pytest.raises(newsclaims.InputError, match="DataFrame"):
        frame_articles(BODIES, text="body")  # type: ignore[arg-type]
    assert frame_articles(frame, text="body")[0].get("published") is None  # default name, absent: fine


def test_extract_frame(frame, nlp):
    res = newsclaims.extract_frame(frame, text="body", published="date", source="site", nlp=nlp)
    assert list(res.articles["doc_id"]) == ["bw-1", "bw-2"]
    assert list(res.errors["doc_id"]) == ["ed-1"]  # the impossible date is an error row, not a crash
    arts = res.articles.set_index("doc_id")
    assert arts.loc["bw-1", "published"] == pd.Timestamp("2025-05-02")
    assert arts.loc["bw-1", "source"] == "Balkan Wire"
    assert set(res.claims["doc_id"]) == {"bw-1", "bw-2"}
    assert set(res.claims.loc[res.claims["doc_id"] == "bw-1", "outlet"]) == {"Balkan Wire"}
    ids = frame.reset_index().rename(columns={"index": "uid"})
    again = newsclaims.extract_frame(ids.iloc[:2], text="body", published="date", doc_id="uid", nlp=nlp)
    assert list(again.articles["doc_id"]) == ["bw-1", "bw-2"]


PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Moldovan troops reach Romania | Balkan Wire</title>
<meta property="og:site_name" content="Balkan Wire">
<meta property="og:title" content="Moldovan troops reach Romania">
<meta property="article:published_time" content="2025-05-02T08:30:00+00:00">
<meta property="article:modified_time" content="2025-05-06T10:00:00+00:00">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Moldovan troops reach Romania</h1>
<p>About 300 Moldovan soldiers arrived in Romania last month, the defence ministry said on Tuesday,
in the largest joint exercise the two countries have held since independence.</p>
<p>The ministry said the soldiers would stay for about six weeks and train with Romanian units near
the Black Sea coast. Opposition lawmakers in Chisinau criticised the deployment as costly.</p>
<p>A spokesperson for the Romanian army said that a second group of 150 engineers could follow in June.</p>
</article>
<footer>Copyright Balkan Wire. All rights reserved. Subscribe to our newsletter.</footer>
</body></html>"""


def test_article_from_html():
    pytest.importorskip("trafilatura")
    pytest.importorskip("htmldate")
    art = newsclaims.Article.from_html(PAGE, url="https://balkanwire.example/2025/05/02/moldova")
    assert art.text.startswith("About 300 Moldovan soldiers")  # the headline is the title, not text
    assert "second group of 150 engineers" in art.text
    assert "Subscribe" not in art.text and "Sport" not in art.text
    assert art.published == dt.date(2025, 5, 2)  # the original date, not the update
    assert art.source == "Balkan Wire"
    assert art.url == "https://balkanwire.example/2025/05/02/moldova"
    assert art.title == "Moldovan troops reach Romania"
    res = newsclaims.extract(art)
    assert res.doc._.published == "2025-05-02"


def test_article_from_html_bad_input():
    pytest.importorskip("trafilatura")
    with pytest.raises(newsclaims.InputError, match="html"):
        newsclaims.Article.from_html("   ")
    with pytest.raises(newsclaims.InputError, match="no article text"):
        newsclaims.Article.from_html("<html><head><title>x</title></head><body><script>var x=1;</script></body></html>")
    art = newsclaims.Article.from_html(PAGE.encode("utf-8"))
    assert art.published == dt.date(2025, 5, 2) and art.source == "Balkan Wire"
