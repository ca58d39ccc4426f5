"""Township layers (derived and official) and placing events in townships."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import Point, box

from geo.errors import GeoError
from geo.gazetteer import Gazetteer
from geo.schema import validate_events
from geo.townships import (
    LAYER_COLUMNS,
    TownshipLayer,
    assign_townships,
    default_township_layer,
    locate,
    read_township_layer,
)
from tests.conftest import make_row

WAINGMAW, MOMAUK = "MMR001002", "MMR001012"


@pytest.fixture
def tiny_layer() -> TownshipLayer:
    """Two boxes: Waingmaw west of 97.5°E, Momauk east of it (not their real shapes)."""
    frame = gpd.GeoDataFrame(
        {
            "township_pcode": [WAINGMAW, MOMAUK],
            "township": ["Waingmaw", "Momauk"],
            "district_pcode": ["MMR001D001", "MMR001D003"],
            "district": ["Myitkyina", "Bhamo"],
            "state_pcode": ["MMR001", "MMR001"],
            "state": ["Kachin", "Kachin"],
        },
        geometry=[box(97.0, 24.0, 97.5, 25.0), box(97.5, 24.0, 98.0, 25.0)],
        crs="EPSG:4326",
    )
    return TownshipLayer(frame, "tiny", official=False)


def _events(*rows: dict[str, object]) -> gpd.GeoDataFrame:
    return validate_events(pd.DataFrame(list(rows)))


def test_the_shipped_layer_reads_as_derived_and_approximate() -> None:
    layer = default_township_layer()
    assert not layer.official
    assert "approximate" in layer.description
    assert layer.frame.crs == "EPSG:4326"
    assert list(layer.frame.columns) == [*LAYER_COLUMNS, "geometry"]
    assert layer.frame["township_pcode"].is_unique


def test_locate_returns_a_named_series_on_the_input_index(tiny_layer: TownshipLayer) -> None:
    points = gpd.GeoSeries(
        [Point(97.2, 24.5), None, Point(97.8, 24.5), Point(100.0, 20.0)],
        index=["a", "b", "c", "d"],
        crs="EPSG:4326",
    )
    located = locate(points, tiny_layer)
    assert located.name == "located_township_pcode"
    assert list(located.index) == ["a", "b", "c", "d"]
    assert located.dropna().to_dict() == {"a": WAINGMAW, "c": MOMAUK}


def test_locate_refuses_points_without_a_crs(tiny_layer: TownshipLayer) -> None:
    with pytest.raises(GeoError, match="no CRS"):
        locate(gpd.GeoSeries([Point(97.2, 24.5)]), tiny_layer)


def test_reported_townships_are_kept_and_others_placed(
    tiny_layer: TownshipLayer, gazetteer: Gazetteer
) -> None:
    events = _events(
        # reported Momauk, but the point is in the western box: kept, located differs
        make_row(event_id="R", township="Momauk", township_pcode=MOMAUK, longitude=97.2),
        # coordinates only: placed by location
        make_row(event_id="L", township=None, township_pcode=None, longitude=97.8),
        # a region's centre (geo precision 3) says nothing about the township
        make_row(event_id="P3", township=None, township_pcode=None, geo_precision=3),
        # outside every township
        make_row(event_id="O", township=None, township_pcode=None, latitude=20.0),
    )
    placed = assign_townships(events, tiny_layer, gazetteer=gazetteer)
    assert events["located_township_pcode"].isna().all()  # the input is not changed
    row = placed.loc["R"]
    assert (row["township_pcode"], row["township_basis"]) == (MOMAUK, "reported")
    assert (row["located_township_pcode"], row["located_township"]) == (WAINGMAW, "Waingmaw")
    assert row["district"] == "Bhamo"  # from the reported township
    row = placed.loc["L"]
    assert (row["township_pcode"], row["township_basis"]) == (MOMAUK, "located")
    assert row["state_pcode"] == "MMR001"
    for event_id in ("P3", "O"):
        assert placed.loc[event_id, ["township_pcode", "located_township_pcode"]].isna().all()


def test_a_saved_located_township_is_placed_again(
    tiny_layer: TownshipLayer, gazetteer: Gazetteer
) -> None:
    events = _events(
        make_row(event_id="L", township_pcode=WAINGMAW, township_basis="located", longitude=97.8)
    )
    placed = assign_townships(events, tiny_layer, gazetteer=gazetteer)
    assert placed.loc["L", "township_pcode"] == MOMAUK


def test_a_reported_state_stays_when_the_township_is_located(
    tiny_layer: TownshipLayer, gazetteer: Gazetteer
) -> None:
    events = _events(
        make_row(
            event_id="U",
            township=None,
            township_pcode=None,
            state="Sagaing",
            state_pcode="MMR005",
            longitude=97.2,
        )
    )
    placed = assign_townships(events, tiny_layer, gazetteer=gazetteer)
    assert placed.loc["U", "state_pcode"] == "MMR005"  # as the source said; flagged later
    assert placed.loc["U", "township_pcode"] == WAINGMAW


@pytest.mark.parametrize(
    ("frame", "message"),
    [
        (gpd.GeoDataFrame({"name": ["x"]}, geometry=[box(0, 0, 1, 1)], crs=4326), "no TS_PCODE"),
        (
            gpd.GeoDataFrame({"TS_PCODE": ["MMR001002"]}, geometry=[box(0, 0, 1, 1)]),
            "no coordinate",
        ),
        (
            gpd.GeoDataFrame({"TS_PCODE": ["A", None]}, geometry=[box(0, 0, 1, 1)] * 2, crs=4326),
            "not MIMU P-codes like MMR001002: A; 1 empty",
        ),
    ],
)
@pytest.mark.filterwarnings("ignore:'crs' was not provided")
def test_unusable_boundary_files_are_refused(
    tmp_path: Path, frame: gpd.GeoDataFrame, message: str
) -> None:
    path = tmp_path / "townships.gpkg"
    frame.to_file(path)
    with pytest.raises(GeoError, match=message):
        read_township_layer(path)


def test_a_missing_or_unreadable_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(GeoError, match="does not exist"):
        read_township_layer(tmp_path / "nothing.shp")
    (tmp_path / "junk.geojson").write_text("{not json")
    with pytest.raises(GeoError, match=r"cannot read township boundaries junk\.geojson"):
        read_township_layer(tmp_path / "junk.geojson")


def test_a_geopackage_in_another_crs_is_reprojected(tmp_path: Path) -> None:
    frame = gpd.GeoDataFrame(
        {"TS_PCODE": [WAINGMAW], "TS": ["Waingmaw"]},
        geometry=[box(97.0, 24.0, 97.5, 25.0)],
        crs="EPSG:4326",
    ).to_crs("EPSG:32647")
    frame.to_file(tmp_path / "ts.gpkg")
    layer = read_township_layer(tmp_path / "ts.gpkg")
    assert layer.official
    assert layer.frame.crs == "EPSG:4326"
    assert layer.frame.total_bounds == pytest.approx([97.0, 24.0, 97.5, 25.0], abs=1e-6)


@pytest.mark.shared
def test_official_boundaries_place_the_lal_long_events_in_waingmaw(
    mimu_townships: Path, events: gpd.GeoDataFrame, gazetteer: Gazetteer
) -> None:
    layer = read_township_layer(mimu_townships)
    assert layer.official
    assert len(layer.frame) == 330
    placed = assign_townships(events, layer, gazetteer=gazetteer)
    differ = placed[placed["located_township_pcode"] != placed["township_pcode"]]
    differ = differ[differ["located_township_pcode"].notna()]
    assert set(differ.index) == {"KCM-20231020-LLA", "KCM-20231021-LLA", "KCM-20231023-LLA"}
    assert set(differ["located_township_pcode"]) == {WAINGMAW}
    assert set(differ["township_pcode"]) == {MOMAUK}  # reported, kept


def test_a_township_in_several_rows_is_merged(tmp_path: Path) -> None:
    frame = gpd.GeoDataFrame(
        {"TS_PCODE": [WAINGMAW, WAINGMAW, MOMAUK], "TS": ["Waingmaw", "Waingmaw", "Momauk"]},
        geometry=[box(97.0, 24.0, 97.2, 25.0), box(97.2, 24.0, 97.5, 25.0), box(97.5, 24, 98, 25)],
        crs="EPSG:4326",
    )
    frame.to_file(tmp_path / "parts.gpkg")
    layer = read_township_layer(tmp_path / "parts.gpkg")
    assert list(layer.frame["township_pcode"]) == [WAINGMAW, MOMAUK]
    assert layer.frame.geometry.iloc[0].bounds == pytest.approx((97.0, 24.0, 97.5, 25.0))


def test_a_point_on_a_shared_border_goes_to_the_first_township(tiny_layer: TownshipLayer) -> None:
    points = gpd.GeoSeries([Point(97.5, 24.5)], crs="EPSG:4326")
    assert locate(points, tiny_layer).tolist() == [WAINGMAW]
