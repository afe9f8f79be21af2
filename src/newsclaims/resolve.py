"""Re-normalize a dates frame against publication dates learned downstream."""
from __future__ import annotations

from typing import Any

import pandas as pd


def resolve_dates(dates: pd.DataFrame, published: Any) -> pd.DataFrame:
    """Recompute value, mod, interval, anchor and resolved from each row's ``relative`` form.

    ``published`` is one date for every row or a per-row Series (e.g. after a merge with
    article metadata).
    """
    raise NotImplementedError("resolve_dates arrives with the dates layer (issue 3)")
