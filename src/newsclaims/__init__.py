"""newsclaims: news articles -> tidy, date-normalized tables of claims.

>>> import newsclaims
>>> res = newsclaims.extract("...", published="2025-01-31")
>>> res.dates, res.quantities, res.attributions, res.entities, res.claims
"""
from __future__ import annotations

import warnings

# quantulum3 warns at import that its optional classifier is missing; we never use it.
warnings.filterwarnings("ignore", message="Classifier dependencies not installed", category=UserWarning)

from .api import CorpusExtraction, Extraction, extract, extract_corpus, iter_extract, write_corpus  # noqa: E402
from .article import Article, read_corpus  # noqa: E402
from .errors import InputError, NewsclaimsError  # noqa: E402
from .inputs import extract_frame  # noqa: E402
from .pipeline import load  # noqa: E402
from .resolve import resolve_dates  # noqa: E402

__version__ = "0.1.0"
__all__ = [
    "Article", "CorpusExtraction", "Extraction", "InputError", "NewsclaimsError",
    "extract", "extract_corpus", "extract_frame", "iter_extract", "load", "read_corpus", "resolve_dates",
    "write_corpus",
]
