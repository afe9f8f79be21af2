"""Corpus mode at scale: streaming, n_process, chunked writing, the worker pool.

The corpus used throughout is the bundled corpus/ (5 full articles with their metadata)
plus short articles cut from them (a sentence each, distinct doc_ids), so that
there are enough articles for batching and parallelism to matter while the whole module
processes only a few thousand words per pass.
"""
from __future__ import annotations

import itertools
import json
import re
import subprocess
import sys
import time

import pandas as pd
import pytest

import newsclaims
from newsclaims import api, parallel
from newsclaims import frames as F
from conftest import ROOT

TABLES = api.PART_TABLES
_SENT = re.compile(r"(?<=[.!?])\s+(?=[\"“A-Z])")


def scale_articles(n: int = 210) -> list[dict]:
    """The corpus/ articles, then short articles (one of their sentences) up to ``n``."""
    corpus = newsclaims.read_corpus(ROOT / "corpus")
    records = [{"doc_id": a.doc_id, "text": a.text, "source": a.source, "url": a.url,
                "published": a.published.isoformat() if a.published else None} for a in corpus]
    sentences = [[s.strip() for s in _SENT.split(a.text) if len(s.split()) >= 6] for a in corpus]
    for i in itertools.count():
        if len(records) >= n:
            break
        k = i % len(corpus)
        sents = sentences[k]
        j = (i // len(corpus)) % len(sents)
        text = sents[j]
        art = corpus[k]
        records.append({"doc_id": f"{art.doc_id}-s{i:03d}", "text": text, "source": art.source,
                        "url": art.url, "published": art.published.isoformat() if art.published and i % 3 else None})
    return records


@pytest.fixture(scope="module")
def articles() -> list[dict]:
    return scale_articles()


@pytest.fixture(scope="module")
def reference(nlp, articles) -> newsclaims.CorpusExtraction:
    """The single-process result that every other route must reproduce."""
    return newsclaims.extract_corpus(articles, nlp=nlp)


def assert_same_tables(got: dict[str, pd.DataFrame], want: dict[str, pd.DataFrame],
                       ignore: tuple[str, ...] = ()) -> None:
    for name in TABLES:
        a, b = got[name].reset_index(drop=True), want[name].reset_index(drop=True)
        drop = [c for c in ignore if c in a.columns]
        pd.testing.assert_frame_equal(a.drop(columns=drop), b.drop(columns=drop), obj=name)


def only(res: newsclaims.CorpusExtraction, doc_ids: list[str]) -> dict[str, pd.DataFrame]:
    return {name: df[df["doc_id"].isin(doc_ids)].reset_index(drop=True) for name, df in res.frames().items()}


# ---------------------------------------------------------------------------------------
# one process
# ---------------------------------------------------------------------------------------

def test_reference_holds_every_article_in_input_order(reference, articles):
    assert list(reference.articles["doc_id"]) == [a["doc_id"] for a in articles]
    assert reference.errors.empty
    for layer in (*F.LAYERS, "claims"):
        df = getattr(reference, layer)
        order = {d: i for i, d in enumerate(reference.articles["doc_id"])}
        positions = df["doc_id"].map(order)
        assert positions.is_monotonic_increasing, layer  # rows grouped by article, in input order
    # the short articles are real text: the pipeline finds things in them
    short = reference.entities[reference.entities["doc_id"].str.contains("-s")]
    assert short["doc_id"].nunique() > 100


@pytest.fixture(scope="module")
def one_by_one(nlp, articles) -> list[newsclaims.Extraction]:
    """``newsclaims.extract`` on each full corpus/ article, alone."""
    return [newsclaims.extract(newsclaims.Article.from_dict(rec), nlp=nlp) for rec in articles[:5]]


def test_corpus_rows_equal_per_article_extraction(articles, reference, one_by_one):
    """Corpus mode changes nothing but the entity ids, which it links across articles."""
    linked: dict[str, set[str]] = {}
    for one in one_by_one:
        mine = only(reference, [one.doc_id])
        for layer in (*F.LAYERS, "claims"):
            got, want = mine[layer], getattr(one, layer).reset_index(drop=True)
            if layer == "entities":
                for own, corpus_id in zip(want["entity_id"], got["entity_id"]):
                    linked.setdefault(own, set()).add(corpus_id)
                got, want = got.drop(columns="entity_id"), want.drop(columns="entity_id")
            pd.testing.assert_frame_equal(got, want, obj=layer)
    # an article's entity id always becomes the same corpus-wide id
    assert all(len(ids) == 1 for ids in linked.values())


def test_batch_size_does_not_change_the_result(nlp, articles, reference):
    some = articles[:3] + articles[40:60]
    got = newsclaims.extract_corpus(some, nlp=nlp, batch_size=3)
    # entity ids are linked over the corpus given, here a smaller one
    assert_same_tables(got.frames(), only(reference, [a["doc_id"] for a in some]), ignore=("entity_id",))


def test_tasks_are_cut_by_articles_and_by_characters():
    long_text = "Officials said 300 people left. " * 600  # ~19,000 characters
    items = [{"doc_id": f"d{i}", "text": long_text if i < 6 else "Ten people came."} for i in range(12)]
    batches = list(api._tasks(items, batch_size=4, unique_ids=False))
    assert [a.doc_id for b in batches for a in b] == [f"d{i}" for i in range(12)]
    # three long texts exceed TASK_CHARS (50,000), so a batch closes after three of them
    assert [len(b) for b in batches] == [3, 3, 4, 2]


def _endless(pulled: list[int], sentence: str):
    """An infinite article source that records how far it has been read."""
    for i in itertools.count():
        pulled.append(i)
        yield {"doc_id": f"g{i}", "text": sentence.format(i + 2)}


def test_iter_parts_is_lazy(nlp):
    pulled: list[int] = []
    parts = api.iter_parts(_endless(pulled, "Police said {} people were hurt on Monday."), nlp=nlp, batch_size=2)
    first = next(parts)
    assert list(first["articles"]["doc_id"]) == ["g0", "g1"]
    assert len(pulled) <= 3  # never the whole (infinite) input
    second = next(parts)
    assert list(second["articles"]["doc_id"]) == ["g2", "g3"]
    assert set(first) == set(TABLES)


def test_iter_extract_is_lazy(nlp):
    pulled: list[int] = []
    stream = newsclaims.iter_extract(_endless(pulled, "About {} soldiers arrived on Friday, officials said."),
                                     nlp=nlp, batch_size=4)
    got = [next(stream) for _ in range(3)]
    assert [r.doc_id for r in got] == ["g0", "g1", "g2"]
    assert len(pulled) <= 9


# ---------------------------------------------------------------------------------------
# several processes
# ---------------------------------------------------------------------------------------

def test_n_process_2_gives_the_same_tables(nlp, articles, reference):
    bad = {"doc_id": "broken", "text": None}
    items = articles[:100] + [bad] + articles[100:]
    got = newsclaims.extract_corpus(items, nlp=nlp, n_process=2, batch_size=8)
    assert list(got.errors["doc_id"]) == ["broken"]
    want = reference.frames()
    want["errors"] = got.errors  # the only difference: the broken article's error row
    assert_same_tables(got.frames(), want)


def test_custom_extensions_survive_spacy_multiprocessing(nlp, articles, one_by_one):
    """iter_extract goes through nlp.pipe(n_process=2): Docs cross processes as bytes, with
    doc._ and span._ values (published, timex, quantity, attribution...) and doc.spans."""
    corpus = articles[:5]
    docs = list(newsclaims.iter_extract(corpus, nlp=nlp, n_process=2, batch_size=2))
    assert [r.doc_id for r in docs] == [a["doc_id"] for a in corpus]
    assert [r.doc._.published_from for r in docs] == [r.doc._.published_from for r in one_by_one]
    assert any(r.doc._.published for r in docs)
    assert any(s._.timex for r in docs for s in r.doc.spans["dates"])
    for got, want in zip(docs, one_by_one):
        for layer in (*F.LAYERS, "claims"):
            pd.testing.assert_frame_equal(getattr(got, layer), getattr(want, layer), obj=layer)


def _square_slowly(offset: int, x: int) -> int:
    time.sleep(0.05 if x % 3 == 0 else 0.0)  # uneven tasks: workers finish out of order
    return x * x + offset


def _fail_on_seven(_: int, x: int) -> int:
    if x == 7:
        raise ValueError("seven")
    return x


def test_worker_pool_keeps_task_order_and_pulls_lazily():
    pulled = []

    def tasks():
        for i in range(40):
            pulled.append(i)
            yield i

    out = parallel.imap_ordered(_square_slowly, 1, tasks(), n_process=2, in_flight=4)
    first = [next(out) for _ in range(3)]
    assert first == [1, 2, 5]
    assert len(pulled) <= 3 + 4  # what was yielded plus what may be in flight
    assert first + list(out) == [x * x + 1 for x in range(40)]


def test_worker_pool_reports_a_failed_task():
    with pytest.raises(parallel.WorkerError, match="seven"):
        list(parallel.imap_ordered(_fail_on_seven, 0, range(12), n_process=2))


# ---------------------------------------------------------------------------------------
# writing parts
# ---------------------------------------------------------------------------------------

def test_write_corpus_parts_read_back_as_the_same_tables(nlp, articles, reference, tmp_path):
    some = articles[:4] + articles[50:62]
    counts = newsclaims.write_corpus(some + [some[5]], tmp_path, chunk_size=5, batch_size=1, nlp=nlp)
    assert counts["parts"] == 4  # 17 articles (one a repeat) in chunks of 5
    assert counts["articles"] == 16 and counts["errors"] == 1
    want = only(reference, [a["doc_id"] for a in some])
    for name in (*F.LAYERS, "claims", "articles"):
        files = sorted((tmp_path / name).glob("part-*.parquet"))
        assert [f.name for f in files] == [f"part-{k:05d}.parquet" for k in range(4)]
        back = pd.concat([pd.read_parquet(f) for f in files], ignore_index=True)
        assert list(back.columns) == list(want[name].columns), name
        assert counts[name] == len(back) == len(want[name]), name
        assert list(back["doc_id"]) == list(want[name]["doc_id"]), name
        for col in ("start_char", "end_char"):
            if col in back:
                assert back[col].astype("Int64").equals(want[name][col].astype("Int64")), (name, col)
    errors = pd.read_parquet(tmp_path / "errors")
    assert list(errors["doc_id"]) == [some[5]["doc_id"]]
    assert "duplicate" in errors["message"].iloc[0]


def test_cli_writes_parts_from_a_jsonl_stream(tmp_path):
    src = tmp_path / "briefs.jsonl"
    briefs = [{"doc_id": f"b{i}", "published": "2025-02-04",
               "text": f"Some {100 * (i + 1)} people marched in Kyiv on Monday, police said."} for i in range(5)]
    src.write_text("\n".join(json.dumps(b) for b in briefs) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    run = subprocess.run([sys.executable, "-m", "newsclaims.cli", "extract", str(src), "--out", str(out),
                          "--chunk-size", "2", "--quiet"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert len(list((out / "quantities").glob("part-*.parquet"))) == 3
    arts = pd.read_parquet(out / "articles")
    assert list(arts["doc_id"]) == [b["doc_id"] for b in briefs]
    qty = pd.read_parquet(out / "quantities")
    assert {100.0, 300.0, 500.0} <= set(qty["value"].dropna())
    shown = subprocess.run([sys.executable, "-m", "newsclaims.cli", "show", str(out / "articles")],
                           capture_output=True, text=True)
    assert shown.returncode == 0 and "b4" in shown.stdout


# ---------------------------------------------------------------------------------------
# newsclaims.dask on a distributed.LocalCluster with two worker processes
# ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def client():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=40) as cluster:
        with distributed.Client(cluster) as c:
            yield c


def test_dask_meta_is_the_typed_schema():
    ndask = pytest.importorskip("newsclaims.dask")
    for layer in F.LAYERS:
        assert ndask.meta(layer).dtypes.to_dict() == F.empty(layer).dtypes.to_dict()
    assert list(ndask.meta("articles").columns) == list(api.ARTICLE_COLUMNS)
    with pytest.raises(newsclaims.InputError):
        ndask.meta("nope")


def test_dask_input_must_be_a_dask_frame_with_text():
    ndask = pytest.importorskip("newsclaims.dask")
    import dask.dataframe as dd

    with pytest.raises(newsclaims.InputError, match="dask DataFrame"):
        ndask.extract(pd.DataFrame({"text": ["x"]}))
    with pytest.raises(newsclaims.InputError, match="text"):
        ndask.extract(dd.from_pandas(pd.DataFrame({"body": ["x"]}), npartitions=1))


def test_dask_cluster_result_equals_single_process(client, articles, reference):
    ndask = pytest.importorskip("newsclaims.dask")
    import dask.dataframe as dd

    assert len(articles) >= 200
    bad = {"doc_id": "bad-published", "text": "Ten people came.", "published": "not a date"}
    records = articles[:77] + [bad] + articles[77:]
    res = ndask.extract(dd.from_pandas(pd.DataFrame(records), npartitions=6), batch_size=16)
    assert res.dates.dtypes.to_dict() == F.empty("dates").dtypes.to_dict()  # typed before running
    got = res.compute()

    assert list(got["errors"]["doc_id"]) == ["bad-published"]
    want = reference.frames()
    want["errors"] = got["errors"]
    for name, df in want.items():
        expected = df.reindex(columns=ndask.meta(name).columns).reset_index(drop=True)
        pd.testing.assert_frame_equal(got[name].reset_index(drop=True), expected, obj=name)
    # each worker loaded the pipeline once, however many partitions it ran, and each
    # partition ran once although seven tables were computed from it
    stats = client.run(ndask.stats)
    assert len(stats) == 2
    assert all(s["loads"] == 1 for s in stats.values())
    assert sum(s["partitions"] for s in stats.values()) == 6
