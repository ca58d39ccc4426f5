from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
from geopandas.testing import assert_geodataframe_equal

from geo import geodesy
from geo.errors import GeoError
from geo.gazetteer import Gazetteer
from geo.rings import (
    DEFAULT_CENTRE_ID,
    beyond_rings,
    centre_choices,
    distances_from,
    parse_radii,
    ring_bands,
    ring_label_points,
)

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


@pytest.mark.parametrize(
    ("offset_m", "has_bearing"),
    [(0.0, False), (0.5, False), (5.0, True), (25_000.0, True)],
)
def test_no_bearing_at_the_centre(
    tiny_events: gpd.GeoDataFrame, offset_m: float, has_bearing: bool
) -> None:
    events = tiny_events.copy()
    lon, lat = geodesy.offset(*LAIZA, distance_m=offset_m, bearing_deg=90.0)
    events.loc["A", ["longitude", "latitude"]] = [lon, lat]
    row = distances_from(events, *LAIZA).loc["A"]
    assert row["distance_km"] == pytest.approx(offset_m / 1000, abs=1e-6)
    assert np.isnan(row["bearing_deg"]) != has_bearing
    if has_bearing:
        assert row["bearing_deg"] == pytest.approx(90.0, abs=0.01)


@pytest.mark.parametrize("radii", [(5.0,), (5.0, 10.0, 25.0, 50.0, 100.0), (2000.0,)])
def test_beyond_the_last_ring_counts_the_rest(
    tiny_events: gpd.GeoDataFrame, radii: tuple[float, ...]
) -> None:
    beyond = beyond_rings(tiny_events, *LAIZA, radii)
    bands = ring_bands(*LAIZA, radii, events=tiny_events)
    distance = distances_from(tiny_events, *LAIZA)["distance_km"]
    assert (beyond["inner_km"], beyond["outer_km"]) == (max(radii), float("inf"))
    assert beyond["events"] == int((distance > max(radii)).sum())
    assert int(bands["events"].sum()) + beyond["events"] == int(distance.notna().sum())
    far = tiny_events[(distance > max(radii)).to_numpy()]
    assert beyond["fatalities_unknown"] == int(far["fatalities_best"].isna().sum())


@pytest.mark.parametrize("radii", [(5.0,), (5.0, 25.0, 100.0)])
def test_ring_labels_sit_on_each_ring_due_north(radii: tuple[float, ...]) -> None:
    points = ring_label_points(*LAIZA, radii)
    assert [r for r, _, _ in points] == list(radii)
    for radius, lon, lat in points:
        assert lat > LAIZA[1]
        assert lon == pytest.approx(LAIZA[0], abs=1e-9)
        assert geodesy.distance_m(*LAIZA, lon, lat)[()] == pytest.approx(radius * 1000, rel=1e-9)


def test_a_fuzzy_centre_says_where_it_is_and_how_far(gazetteer: Gazetteer) -> None:
    laiza = gazetteer.get(DEFAULT_CENTRE_ID)
    choices = centre_choices(gazetteer, "Lawja Yang", reference=laiza)
    assert choices
    assert all(c.fuzzy for c in choices)
    by_name = {c.place.name: c for c in choices}
    far = by_name["La Wa Yang"]
    assert far.place.township == "Injangyang"
    assert 180 < far.distance_km < 200
    assert "Injangyang township" in far.label
    assert "fuzzy match" in far.label
    assert f"km from {laiza.name}" in far.label


def test_an_exact_centre_is_measured_from_the_best_exact_match(gazetteer: Gazetteer) -> None:
    laiza = gazetteer.get(DEFAULT_CENTRE_ID)
    choices = centre_choices(gazetteer, "Laiza", reference=laiza)
    assert not choices[0].fuzzy
    assert choices[0].place.name == "Laiza"
    assert choices[0].distance_km == 0
    assert "exact" in choices[0].label


def test_no_match_gives_no_choices(gazetteer: Gazetteer) -> None:
    laiza = gazetteer.get(DEFAULT_CENTRE_ID)
    assert centre_choices(gazetteer, "Qqqqxzzv", reference=laiza) == []


def test_distances_measured_once_give_the_same_bands(tiny_events: gpd.GeoDataFrame) -> None:
    lon, lat = 97.56, 24.78
    distances = distances_from(tiny_events, lon, lat)
    measured = ring_bands(lon, lat, (5, 50, 200), events=tiny_events)
    given = ring_bands(lon, lat, (5, 50, 200), events=tiny_events, distances=distances)
    assert_geodataframe_equal(given, measured)
    assert beyond_rings(tiny_events, lon, lat, (5,), distances=distances) == beyond_rings(
        tiny_events, lon, lat, (5,)
    )
    with pytest.raises(GeoError, match="same events"):
        ring_bands(lon, lat, (5,), events=tiny_events, distances=distances.iloc[::-1])
