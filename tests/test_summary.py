from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pytest

from geo.errors import GeoError
from geo.schema import validate_events
from geo.summary import (
    Drawing,
    class_breaks,
    drawing,
    drawing_notes,
    reported_counts,
    reported_text,
    summarise,
    totals,
    township_totals,
)
from tests.conftest import make_row


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


def test_township_totals_by_reported_or_located_township(tiny_events: gpd.GeoDataFrame) -> None:
    events = tiny_events.copy()
    events["located_township_pcode"] = ["MMR001002", "MMR001002", None, None]
    reported = township_totals(events)
    assert reported.loc["MMR001012", "events"] == 1
    assert "MMR001009" in reported.index  # C: fatalities unknown, still an event
    assert str(reported.loc["MMR001009", "fatalities_best"]) == "<NA>"
    located = township_totals(events, located=True)
    assert list(located.index) == ["MMR001002"]
    assert located.loc["MMR001002", "events"] == 2
    assert located.loc["MMR001002", "fatalities_best"] == 29 + 50


@pytest.mark.parametrize(
    ("values", "breaks"),
    [
        ([1, 1, 2, 3, 5, 8, 13, 40, 100, 0, None], [1, 3, 5, 13, 100]),
        ([4, 4, 4], [4]),
        ([0, None], []),
        (list(range(1, 11)), [2, 4, 6, 8, 10]),
        ([5, 1], [1, 5]),
    ],
)
def test_class_breaks(values: list[int | None], breaks: list[int]) -> None:
    assert class_breaks(pd.Series(values, dtype="Int64")) == breaks


def test_reported_counts(tiny_events: gpd.GeoDataFrame) -> None:
    counts = reported_counts(tiny_events)
    assert counts["fatalities_best"] == 2  # two of the four have no best estimate
    assert counts["children_killed"] == 0
    assert set(counts) >= {"injured", "civilian_fatalities", "fatalities_low"}
    assert reported_counts(tiny_events.iloc[:0])["injured"] == 0


@pytest.mark.parametrize(
    ("reported", "events", "text"),
    [
        (9, 7375, "9 of 7,375 events report it"),
        (0, 12, "0 of 12 events report it"),
        (1200, 1200, "all 1,200 events report it"),
        (1, 1, "the one event reports it"),
        (0, 0, "no events"),
    ],
)
def test_reported_text(reported: int, events: int, text: str) -> None:
    assert reported_text(reported, events) == text


def _drawing_events(points: int, no_point: int, centred: int) -> gpd.GeoDataFrame:
    rows = [make_row(event_id=f"P{i}") for i in range(points)]
    rows += [
        make_row(event_id=f"N{i}", latitude=None, longitude=None, geo_precision=3)
        for i in range(no_point)
    ]
    rows += [make_row(event_id=f"R{i}", geo_precision=3) for i in range(centred)]
    return validate_events(pd.DataFrame(rows or [make_row()])).iloc[: len(rows)]


def test_drawing_counts_each_event_once() -> None:
    events = _drawing_events(2, 2, 3)
    assert drawing(events) == Drawing(points=2, no_point=2, region_only=3)
    assert drawing(events).events == len(events)
    assert drawing(events).drawn(regions=False) == 2
    assert drawing(events).drawn(regions=True) == 5
    assert drawing(events.iloc[:0]) == Drawing(0, 0, 0)


@pytest.mark.parametrize(
    ("counts", "regions", "notes"),
    [
        ((0, 0, 0), False, ()),
        ((3, 0, 0), False, ("All 3 events are drawn.",)),
        ((1, 0, 0), True, ("The one event is drawn.",)),
        (
            (2, 1, 0),
            False,
            ("Drawn: 2 of 3 events.", "Not drawn: 1 event has no point."),
        ),
        (
            (2, 1, 2),
            False,
            (
                "Drawn: 2 of 5 events.",
                "Not drawn: 1 event has no point.",
                "Not drawn unless asked: 2 events are located only to a region; the point "
                "is the region's centre, not where they happened.",
            ),
        ),
        (
            (2, 1, 2),
            True,
            (
                "Drawn: 4 of 5 events.",
                "Not drawn: 1 event has no point.",
                "Drawn at a region's centre: 2 events located only to a region, not where "
                "they happened.",
            ),
        ),
        (
            (0, 2, 1),
            False,
            (
                "Drawn: 0 of 3 events.",
                "Not drawn: 2 events have no point.",
                "Not drawn unless asked: 1 event is located only to a region; the point "
                "is the region's centre, not where they happened.",
            ),
        ),
        ((0, 0, 2), True, ("All 2 events are drawn.", "Drawn at a region's centre: 2 events "
                           "located only to a region, not where they happened.")),
    ],
)  # fmt: skip
def test_drawing_notes_agree_with_the_counts(
    counts: tuple[int, int, int], regions: bool, notes: tuple[str, ...]
) -> None:
    assert drawing_notes(_drawing_events(*counts), regions=regions) == notes


def test_drawing_counts_have_separators() -> None:
    counts = Drawing(points=2675, no_point=1, region_only=4698)
    assert counts.notes(regions=False)[0] == "Drawn: 2,675 of 7,374 events."
    assert "4,698 events are located only to a region" in counts.notes(regions=False)[2]
    assert counts.regions_label == "Draw the 4,698 events located only to a region, at its centre"
