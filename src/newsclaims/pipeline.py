"""Assemble the newsclaims spaCy pipeline from ``models/config.cfg``."""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Mapping

import spacy
from spacy.language import Language
from thinc.api import Config

from . import components  # noqa: F401  (registers the factories)
from . import resources
from .markup import split_markup

# The components that read the parse (run on a Doc parsed elsewhere); the one that
# prepares the parse, newsclaims_paragraphs, is not among them.
COMPONENT_NAMES = (
    "newsclaims_dateline",
    "newsclaims_entities",
    "newsclaims_dates",
    "newsclaims_quantities",
    "newsclaims_attribution",
)


def read_config(overrides: Mapping[str, Any] | None = None) -> Config:
    """The shipped pipeline config, with dotted-path overrides applied."""
    cfg = Config().from_disk(resources.path("config.cfg"))
    if overrides:
        cfg = cfg.merge(_nested(overrides))
    return cfg


def _nested(overrides: Mapping[str, Any]) -> dict:
    out: dict = {}
    for key, value in overrides.items():
        node = out
        *parents, leaf = key.split(".")
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = value
    return out


def add_components(nlp: Language, config: Config | None = None) -> Language:
    """Add the newsclaims components to an existing pipeline (e.g. one a user already has)."""
    cfg = config or read_config()
    before_parser = set(cfg["nlp"].get("before_parser", []))
    for name in cfg["nlp"]["pipeline"]:
        if name in nlp.pipe_names:
            continue
        settings = dict(cfg["components"][name])
        factory = settings.pop("factory")
        where = {"before": "parser"} if name in before_parser and "parser" in nlp.pipe_names else {}
        nlp.add_pipe(factory, name=name, config=settings, **where)
    return nlp


def load(config: Mapping[str, Any] | None = None, *, model: str | Language | None = None) -> Language:
    """A spaCy ``Language``: the English model plus the newsclaims components.

    ``config`` overrides settings by dotted path, e.g.
    ``{"components.newsclaims_dateline.search_chars": 200}``. ``model`` replaces the base
    model: a package name, or a ``Language`` to extend in place.
    """
    cfg = read_config(config)
    if isinstance(model, Language):
        nlp = model
    else:
        nlp = spacy.load(model or cfg["nlp"]["base_model"], exclude=list(cfg["nlp"].get("exclude", [])))
        split_markup(nlp)  # scraped text keeps HTML: "<b>500</b>" must give the token "500"
    return add_components(nlp, cfg)


@lru_cache(maxsize=1)
def default_pipeline() -> Language:
    """The pipeline ``extract`` uses when none is given: loaded once per process."""
    return load()
