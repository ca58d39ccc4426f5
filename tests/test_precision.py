"""geo.precision: which events are located only to a region."""

from __future__ import annotations

import pandas as pd
import pytest

from geo.precision import REGION_PRECISION, region_only
from geo.schema import GEO_PRECISION


@pytest.mark.parametrize(
    ("codes", "dtype", "expected"),
    [
        ([1, 2, 3], "Int64", [False, False, True]),
        ([3, None, 1], "Int64", [True, False, False]),  # unknown: the point is taken as given
        ([3.0, float("nan")], "float64", [True, False]),
        ([3, None], "object", [True, False]),
        ([], "Int64", []),
    ],
)
def test_region_only(codes: list[object], dtype: str, expected: list[bool]) -> None:
    index = pd.Index(range(10, 10 + len(codes)), name="event_id")
    events = pd.DataFrame({"geo_precision": pd.Series(codes, dtype=dtype, index=index)})
    result = region_only(events)
    assert result.dtype == bool
    assert result.name == "region_only"
    assert result.index.equals(events.index)
    assert result.tolist() == expected


def test_region_precision_is_acled_s_region_code() -> None:
    assert GEO_PRECISION[REGION_PRECISION] == "a region only"
