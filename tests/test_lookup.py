"""geo.lookup: membership among many ids, as pandas' isin answers it."""

from __future__ import annotations

import pandas as pd
import pytest

from geo.lookup import among


@pytest.mark.parametrize("dtype", ["str", "object"])
@pytest.mark.parametrize("ids_as", [pd.Index, pd.Series, list, set])
def test_membership_is_isin(dtype: str, ids_as: type) -> None:
    values = pd.Series(["A", "B", None, "C", "A"], dtype=dtype)
    ids = ids_as(["A", "C", "D"])
    expected = values.isin(["A", "C", "D"]).fillna(False).to_numpy(dtype=bool)
    assert among(values, ids).tolist() == expected.tolist() == [True, False, False, True, True]
    assert among(pd.Index(values), ids).tolist() == expected.tolist()


def test_missing_values_are_never_among_the_ids() -> None:
    assert among(pd.Series([None, "x"], dtype="str"), pd.Index([None, "x"])).tolist() == [
        False,
        True,
    ]


def test_nothing_is_among_no_ids() -> None:
    assert among(pd.Series(["a"], dtype="str"), []).tolist() == [False]
