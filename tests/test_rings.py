from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest

from geo import geodesy
from geo.errors import GeoError
from geo.rings import distances_from, parse_radii, ring_bands

LAIZA = (97.557731628418, 24.7537803649902)


@pytest.mark.parametrize(
    ("text", "radii"),
    [("5,10,25", (5.0, 10.0, 25.0)), ("25, 5,10,5", (5.0, 10.0, 25.0)), ([1.5], (1.5,))],
)
def test_parse_radii(text: str, radii: tuple[float, ...]) -> None:
    assert parse_radii(text) == radii


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("5,x", "'x' is not a number"),
        ("0,5", "above 0"),
        ("-5", "above 0"),
        ("3000", "at most 2000"),
        ("", "not a number"),
        ("nan", "above 0"),
    ],
)
def test_bad_radii(text: str, message: str) -> None:
    with pytest.raises(GeoError, match=message):
        parse_radii(text)


def test_bands_cover_successive_annuli(tiny_events: gpd.GeoDataFrame) -> None:
    bands = ring_bands(*LAIZA, (5, 10, 25, 50, 100), events=tiny_events)
    assert bands.crs == "EPSG:4326"
    assert bands["inner_km"].tolist() == [0, 5, 10, 25, 50]
    assert bands["outer_km"].tolist() == [5, 10, 25, 50, 100]
    distance = distances_from(tiny_events, *LAIZA)["distance_km"]
    for band in bands.itertuples():
        inside = ((distance > band.inner_km) | (band.inner_km == 0)) & (distance <= band.outer_km)
        assert band.events == int(inside.sum())
        assert band.fatalities_best == int(tiny_events.loc[inside, "fatalities_best"].sum())
    assert bands["events"].sum() == int((distance <= 100).sum())


def test_unknown_fatalities_are_counted_not_summed(tiny_events: gpd.GeoDataFrame) -> None:
    bands = ring_bands(*LAIZA, (2000,), events=tiny_events)
    located = tiny_events[tiny_events.geometry.notna()]
    assert bands["events"].iloc[0] == len(located)
    assert bands["fatalities_unknown"].iloc[0] == int(located["fatalities_best"].isna().sum())


def test_distance_and_bearing_of_each_event(tiny_events: gpd.GeoDataFrame) -> None:
    table = distances_from(tiny_events, *LAIZA)
    row = tiny_events.loc["A"]
    assert table.loc["A", "distance_km"] == pytest.approx(
        geodesy.distance_m(*LAIZA, row.longitude, row.latitude)[()] / 1000
    )
    assert 0 <= table.loc["A", "bearing_deg"] < 360
    assert np.isnan(table.loc["D", "distance_km"])


def test_a_regions_centre_is_in_no_ring(tiny_events: gpd.GeoDataFrame) -> None:
    events = tiny_events.copy()
    events.loc["A", "geo_precision"] = 3  # located only to a region: its point is the centre
    distances = distances_from(events, 97.56, 24.78)
    assert np.isnan(distances.loc["A", "distance_km"])
    assert not np.isnan(distances.loc["B", "distance_km"])
    bands = ring_bands(97.56, 24.78, (5, 1000), events=events)
    assert int(bands["events"].sum()) == 2  # B and C; D has no point
