"""spaCy components, one per concern. Importing this package registers their factories."""
from . import attribution, dateline, dates, entities, paragraphs, quantities  # noqa: F401
