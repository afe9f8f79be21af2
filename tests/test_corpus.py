"""The bundled corpus, corpus extraction and the command line."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pandas as pd
import pytest

import newsclaims
from conftest import ROOT


def test_read_corpus_reads_texts_and_metadata():
    corpus = newsclaims.read_corpus(ROOT / "corpus")
    assert [a.doc_id for a in corpus] == [f"seed-00{i}" for i in range(5)]
    by_id = {a.doc_id: a for a in corpus}
    assert by_id["seed-002"].source == "The Moscow Times"
    assert by_id["seed-002"].published == dt.date(2025, 2, 4)
    assert by_id["seed-001"].published is None
    assert by_id["seed-000"].text.startswith(" date 2025-01-31")


def test_extract_corpus_stacks_layers_in_input_order():
    corpus = newsclaims.read_corpus(ROOT / "corpus")
    res = newsclaims.extract_corpus(corpus)
    assert list(res.articles["doc_id"]) == [a.doc_id for a in corpus]
    assert res.errors.empty
    assert list(pd.unique(res.entities["doc_id"])) == [a.doc_id for a in corpus]
    assert str(res.articles["published"].dtype) == "datetime64[ns]"
    # 004 states its date only in a dateline; metadata gives it too
    assert res.articles.set_index("doc_id").loc["seed-004", "published"] == pd.Timestamp("2025-01-31")
    assert "5 articles" in repr(res)


def test_corpus_functions_take_a_path_and_refuse_a_bare_string(tmp_path):
    items = [{"doc_id": "a", "text": "Some 500 people marched on Friday.", "published": "2025-02-04"}]
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(json.dumps(i) for i in items) + "\n")
    res = newsclaims.extract_corpus(str(path))
    assert list(res.articles["doc_id"]) == ["a"]
    assert list(res.dates["value"]) == ["2025-01-31"]
    assert [r.doc_id for r in newsclaims.iter_extract(path)] == ["a"]
    for call in (newsclaims.extract_corpus, lambda s: list(newsclaims.iter_extract(s))):
        with pytest.raises(newsclaims.InputError, match="for one text use extract"):
            call("Some 500 people marched on Friday.")


def test_bad_article_becomes_an_error_row():
    items = [{"doc_id": "ok", "text": "Some 500 people marched."}, {"doc_id": "bad", "text": None},
             {"doc_id": "late", "text": "Ten people came.", "published": "2025-99-01"}]
    res = newsclaims.extract_corpus(items)
    assert list(res.articles["doc_id"]) == ["ok"]
    assert list(res.errors["doc_id"]) == ["bad", "late"]
    assert set(res.errors["error"]) == {"InputError"}


def test_duplicate_doc_ids_are_rejected():
    with pytest.raises(newsclaims.InputError, match="duplicate"):
        newsclaims.extract_corpus([newsclaims.Article("a", doc_id="x"), newsclaims.Article("b", doc_id="x")])


def test_cli_extract_and_show(tmp_path):
    out = tmp_path / "out"
    run = subprocess.run([sys.executable, "-m", "newsclaims.cli", "extract", str(ROOT / "corpus"),
                          "--out", str(out), "--format", "csv", "--quiet"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    for name in ("entities", "dates", "quantities", "attributions", "claims", "articles", "errors"):
        assert (out / f"{name}.csv").is_file()
    assert len(pd.read_csv(out / "articles.csv")) == 5
    show = subprocess.run([sys.executable, "-m", "newsclaims.cli", "show",
                           str(ROOT / "corpus" / "002_74969e3c1adfb5d4.txt"), "--layer", "dates"],
                          capture_output=True, text=True)
    assert show.returncode == 0, show.stderr
    assert "February 04, 2025" in show.stdout


def test_cli_show_compare_lines_up_the_corpus():
    show = subprocess.run([sys.executable, "-m", "newsclaims.cli", "show", str(ROOT / "corpus"),
                           "--layer", "compare"], capture_output=True, text=True)
    assert show.returncode == 0, show.stderr
    assert "== compare" in show.stdout and "share of troops" in show.stdout
