from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pytest

from geo.errors import GeoError
from geo.summary import summarise, totals


def test_by_township(tiny_events: gpd.GeoDataFrame) -> None:
    table = summarise(tiny_events, by="township").set_index("group")
    assert table.loc["Waingmaw (MMR001002)", "events"] == 1
    assert table.loc["Momauk (MMR001012)", "fatalities_high"] == 100
    assert pd.isna(table.loc["Hpakant (MMR001009)", "fatalities_best"]), "unknown is not zero"
    assert table.loc["Hpakant (MMR001009)", "injured"] == 60
    assert table.loc["no township (region only)", "fatalities_unknown"] == 1
    assert table["events"].sum() == len(tiny_events)


def test_by_month_and_type(tiny_events: gpd.GeoDataFrame) -> None:
    months = summarise(tiny_events, by="month")
    assert months["group"].tolist() == ["2022-10", "2023-10"]
    assert months["events"].tolist() == [1, 3]
    assert months.loc[1, "fatalities_best"] == 29 + 50
    assert months.loc[1, "fatalities_unknown"] == 1
    types = summarise(tiny_events, by="event_type")
    assert types["group"].tolist() == ["Battles", "Explosions/Remote violence"]


def test_totals(tiny_events: gpd.GeoDataFrame) -> None:
    t = totals(tiny_events)
    assert t["events"] == 4
    assert t["fatalities_low"] == 28 + 50
    assert t["fatalities_unknown"] == 2
    assert t["children_killed"] is None


def test_bad_grouping(tiny_events: gpd.GeoDataFrame) -> None:
    with pytest.raises(GeoError, match="valid: township, month, event_type"):
        summarise(tiny_events, by="actor")  # type: ignore[arg-type]
