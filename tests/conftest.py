"""Shared fixtures: the pipeline (loaded once) and the seed articles with their gold."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"


def _published(record: dict) -> str | None:
    hint = record.get("published_hint")
    return record.get("published") or (hint.get("date") if isinstance(hint, dict) else hint)


@pytest.fixture(scope="session")
def nlp():
    from newsclaims.pipeline import default_pipeline

    return default_pipeline()


@pytest.fixture(scope="session")
def seeds() -> list[dict]:
    """The five seed articles with their hand annotations (a copy of shared/gold/seeds.jsonl)."""
    with (DATA / "seeds.jsonl").open(encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    for r in records:
        r["anchor"] = _published(r)
    return records


@pytest.fixture(scope="session")
def seed_results(seeds):
    """newsclaims.extract over each seed, keyed by doc_id (computed once per test run)."""
    import newsclaims

    return {r["doc_id"]: newsclaims.extract(r["text"], published=r["anchor"], doc_id=r["doc_id"]) for r in seeds}
