from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pytest

from geo.rings import beyond_rings, ring_bands
from geo.summary import summarise
from ui.records import (
    band_table,
    display_value,
    distance_table,
    event_table,
    figure_table,
    figure_text,
    flag_table,
    record_table,
)

LAIZA = (97.557731628418, 24.7537803649902)


@pytest.mark.parametrize(
    ("column", "value", "text"),
    [
        ("fatalities_best", pd.NA, "unknown"),
        ("fatalities_best", None, "unknown"),
        ("fatalities_best", 0, "0"),
        ("injured", 57, "57"),
        ("notes", None, ""),
        ("event_date", pd.Timestamp("2023-10-09"), "2023-10-09"),
    ],
)
def test_display_value(column: str, value: object, text: str) -> None:
    assert display_value(column, value) == text


def test_record_table_has_every_field_but_geometry_and_sources(events: gpd.GeoDataFrame) -> None:
    event = events.loc["KCM-20231009-MLH"]
    table = record_table(event)
    assert set(table["field"]) == set(events.columns) - {"geometry", "sources"}
    values = dict(zip(table["field"], table["value"], strict=True))
    assert values["fatalities_best"] == str(event["fatalities_best"])


def test_figure_table_says_unknown_where_no_figure(tiny_events: gpd.GeoDataFrame) -> None:
    summary = summarise(tiny_events, by="township")
    table = figure_table(summary)
    for row, source in zip(table.itertuples(), summary.itertuples(), strict=True):
        expected = "unknown" if pd.isna(source.injured) else str(source.injured)
        assert row.injured == expected


def test_distance_table_is_nearest_first(events: gpd.GeoDataFrame) -> None:
    from geo.rings import distances_from

    table = distance_table(events, distances_from(events, *LAIZA))
    placed = table["distance_km"].dropna()
    assert list(placed) == sorted(placed)
    assert table["distance_km"].isna().sum() == events.geometry.isna().sum()
    assert table["distance_km"].isna().iloc[len(placed) :].all()  # no point: last
    directions = table["direction"].iloc[: len(placed)]
    assert set(directions[placed > 0]) <= {
        "N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE",
        "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW",
    }  # fmt: skip
    assert set(directions[placed == 0]) <= {""}  # at the centre: no bearing, not "S"


def test_band_table_labels_bands(events: gpd.GeoDataFrame) -> None:
    table = band_table(ring_bands(*LAIZA, (5, 10), events=events))
    assert list(table["band"]) == ["0-5 km", "5-10 km"]


def test_band_table_ends_with_the_events_beyond_the_last_ring(
    events: gpd.GeoDataFrame,
) -> None:
    beyond = beyond_rings(events, *LAIZA, (5, 10))
    table = band_table(ring_bands(*LAIZA, (5, 10), events=events), beyond)
    assert list(table["band"]) == ["0-5 km", "5-10 km", "beyond 10 km"]
    assert table["events"].iloc[-1] == f"{beyond['events']:,}"


@pytest.mark.parametrize(
    ("value", "column", "text"),
    [
        (28554, "fatalities_best", "28,554"),
        (0, "injured", "0"),
        (None, "injured", "unknown"),
        (pd.NA, "fatalities_low", "unknown"),
        (1234567, "events", "1,234,567"),
    ],
)
def test_figure_text_separates_thousands(value: object, column: str, text: str) -> None:
    assert figure_text(value, column) == text


def test_figure_table_separates_thousands() -> None:
    summary = pd.DataFrame(
        {
            "group": ["a"],
            "events": [7375],
            "fatalities_low": [28000],
            "fatalities_best": [28554],
            "fatalities_high": [30001],
            "injured": [None],
            "civilian_fatalities": [1200],
            "children_killed": [0],
            "fatalities_unknown": [1500],
        }
    ).astype({"injured": "Int64"})
    row = figure_table(summary).iloc[0]
    assert (row["events"], row["fatalities (best)"], row["range (low-high)"]) == (
        "7,375",
        "28,554",
        "28,000-30,001",
    )
    assert (row["no figure reported"], row["injured"], row["children killed"]) == (
        "1,500",
        "unknown",
        "0",
    )


def test_event_table_lists_sources(events: gpd.GeoDataFrame) -> None:
    table = event_table(events)
    assert len(table) == len(events)
    mlh = table.set_index("event_id").loc["KCM-20231009-MLH"]
    assert "The Irrawaddy" in mlh["sources"]


def test_event_table_says_what_to_check(events: gpd.GeoDataFrame) -> None:
    flags = {"KCM-20231020-LLA": ("township mismatch",)}
    table = event_table(events, flags)
    check = dict(zip(table["event_id"], table["check"], strict=True))
    assert check["KCM-20231020-LLA"] == "township mismatch"
    assert check["KCM-20231009-MLH"] == ""
    assert "check" not in event_table(events).columns


def test_flag_table_puts_both_townships_side_by_side(events: gpd.GeoDataFrame) -> None:
    from geo.dataset import load_dataset
    from geo.quality import quality_flags

    placed = load_dataset().events
    table = flag_table(quality_flags(placed), placed)
    row = table.iloc[0]
    assert row["township (in use)"] == "Momauk"
    assert row["township (by coordinates)"] == "Waingmaw"
    assert row["date"] == "2023-10-20"
    missing = pd.DataFrame({"event_id": ["gone"], "flag": ["duplicate id"], "detail": ["x"]})
    assert flag_table(missing, placed).iloc[0]["location"] == ""  # an event left out
