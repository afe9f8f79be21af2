"""Locate and load the rule and lexicon files shipped under ``models/``.

In a wheel the files live in ``newsclaims/models``; in a source checkout (editable
install or ``PYTHONPATH=src``) they live in the repository's top-level ``models/``.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def models_dir() -> Path:
    """The folder that holds ``config.cfg`` and the data files."""
    for candidate in (_HERE / "models", _HERE.parents[1] / "models"):
        if (candidate / "config.cfg").is_file():
            return candidate
    raise FileNotFoundError(
        "newsclaims data files not found: expected newsclaims/models inside the package "
        "or models/ at the repository root"
    )


def path(name: str) -> Path:
    """Absolute path of a data file given relative to ``models/``."""
    p = models_dir() / name
    if not p.exists():
        raise FileNotFoundError(f"newsclaims data file missing: {p}")
    return p


@lru_cache(maxsize=None)
def load_json(name: str) -> Any:
    """A JSON data file, parsed once per process."""
    with path(name).open(encoding="utf-8") as f:
        return json.load(f)


@lru_cache(maxsize=None)
def load_jsonl(name: str) -> tuple[dict, ...]:
    """A JSON-lines data file (e.g. Matcher patterns), parsed once per process."""
    with path(name).open(encoding="utf-8") as f:
        return tuple(json.loads(line) for line in f if line.strip() and not line.startswith("//"))


@lru_cache(maxsize=None)
def load_lexicon(name: str) -> frozenset[str]:
    """A word list: one entry per line, ``#`` starts a comment, case-folded."""
    with path(name).open(encoding="utf-8") as f:
        return frozenset(
            line.split("#", 1)[0].strip().lower()
            for line in f
            if line.split("#", 1)[0].strip()
        )
