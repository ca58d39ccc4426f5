from __future__ import annotations

import datetime as dt

import geopandas as gpd
import pytest

from geo.errors import FilterError, UnknownTownshipError
from geo.filters import EventFilter, apply_filter, describe_filter, make_filter
from geo.gazetteer import Gazetteer

D = dt.date


@pytest.mark.parametrize(
    ("flt", "ids"),
    [
        (EventFilter(), ["C", "D", "A", "B"]),
        (EventFilter(start=D(2023, 1, 1)), ["D", "A", "B"]),
        (EventFilter(end=D(2023, 10, 9)), ["C", "D", "A"]),
        (EventFilter(start=D(2023, 10, 10), end=D(2023, 10, 19)), ["D"]),
        (EventFilter(start=D(2023, 10, 26)), []),
        (EventFilter(townships=("MMR001002",)), ["A"]),
        (EventFilter(townships=("MMR001002", "MMR001012")), ["A", "B"]),
        (EventFilter(event_types=("Battles",)), ["B"]),
        (EventFilter(start=D(2023, 10, 1), townships=("MMR001009",)), []),
    ],
)
def test_apply_filter(tiny_events: gpd.GeoDataFrame, flt: EventFilter, ids: list[str]) -> None:
    kept = apply_filter(tiny_events, flt)
    assert kept["event_id"].tolist() == ids
    assert kept.crs == tiny_events.crs


def test_make_filter_resolves_township_names(gazetteer: Gazetteer) -> None:
    flt = make_filter(townships=["Waingmaw", "MMR001012", "waingmaw"], gazetteer=gazetteer)
    assert flt.townships == ("MMR001002", "MMR001012")


def test_make_filter_rejects_reversed_dates() -> None:
    with pytest.raises(FilterError, match="2023-10-31 is after the end date 2023-10-01"):
        make_filter(start=D(2023, 10, 31), end=D(2023, 10, 1))


def test_make_filter_rejects_unknown_types() -> None:
    with pytest.raises(FilterError, match=r"'Airstrike'.*valid: Battles"):
        make_filter(event_types=["Airstrike"])


def test_make_filter_rejects_unknown_townships(gazetteer: Gazetteer) -> None:
    with pytest.raises(UnknownTownshipError, match="'Atlantis'"):
        make_filter(townships=["Atlantis"], gazetteer=gazetteer)


@pytest.mark.parametrize(
    ("count", "flt", "names", "text"),
    [
        (
            4,
            EventFilter(D(2023, 10, 1), D(2023, 10, 31), ("MMR001002",)),
            ["Waingmaw"],
            "4 events · 1-31 Oct 2023 · Waingmaw",
        ),
        (1, EventFilter(), [], "1 event · all dates · all townships"),
        (
            0,
            EventFilter(D(2022, 10, 1), D(2023, 10, 31)),
            [],
            "0 events · 1 Oct 2022 - 31 Oct 2023 · all townships",
        ),
        (
            2,
            EventFilter(D(2023, 7, 1), D(2023, 10, 31), event_types=("Battles",)),
            [],
            "2 events · 1 Jul - 31 Oct 2023 · all townships · Battles",
        ),
        (3, EventFilter(start=D(2023, 10, 9)), [], "3 events · from 9 Oct 2023 · all townships"),
    ],
)
def test_describe_filter(count: int, flt: EventFilter, names: list[str], text: str) -> None:
    assert describe_filter(count, flt, township_names=names) == text
