"""Publication dates from datelines at the top of an article."""
from __future__ import annotations

import datetime as dt

import pytest

from newsclaims.components.dateline import find_dateline

CASES = [
    (" date 2025-01-31 The Ukrainian Special Operations Forces ...", dt.date(2025, 1, 31), "2025-01-31"),
    ("#News\n\nNorth Korean soldiers were withdrawn\n\n2025.01.31\n\nIn three months", dt.date(2025, 1, 31), "2025.01.31"),
    ("## Headline\n\nBy AFP\n\nFebruary 04, 2025\n\nReported images", dt.date(2025, 2, 4), "February 04, 2025"),
    ("Published: 3 March 2024\nText", dt.date(2024, 3, 3), "3 March 2024"),
    ("Updated Sept. 5, 2023\nText", dt.date(2023, 9, 5), "Sept. 5, 2023"),
    ("Tuesday, 4th February 2025\nText", dt.date(2025, 2, 4), "4th February 2025"),
    ("2024/12/24\nText", dt.date(2024, 12, 24), "2024/12/24"),
]


@pytest.mark.parametrize("text,date,span", CASES)
def test_datelines_are_found(text, date, span):
    found = find_dateline(text)
    assert found is not None and found.date == date
    assert text[found.start_char:found.end_char] == span


@pytest.mark.parametrize("text", [
    "Troops arrived in Russia in November 2023, officials said.",
    "The 2025-13-45 figure is not a date.",
    "North Korean troops\nfighting alongside Russian forces",
    "x" * 500 + "\nFebruary 04, 2025",  # too far down to be a dateline
])
def test_no_dateline(text):
    assert find_dateline(text) is None
