"""Pure number handling for the quantities layer: numerals, number words, fractions,
multipliers and qualifier bounds. No spaCy here, so it is cheap to test exhaustively."""
from .bounds import Reading, apply_qualifier, combine, range_reading
from .words import (
    FRACTIONS,
    YEAR_LEADERS,
    fraction_value,
    is_number_word,
    is_ordinal,
    parse_numeral,
    words_to_number,
)

__all__ = [
    "FRACTIONS", "Reading", "YEAR_LEADERS", "apply_qualifier", "combine", "fraction_value", "is_number_word",
    "is_ordinal", "parse_numeral", "range_reading", "words_to_number",
]
