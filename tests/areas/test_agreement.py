"""geo.areas.agreement: the measures on hand-built frames, and (marked ``shared``) the
shipped layer's agreement with the official MIMU polygons in ../shared/data."""

from __future__ import annotations

import math
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import Point, box

from geo.areas.agreement import (
    Agreement,
    PointAgreement,
    agreement,
    point_agreement,
    township_agreement,
    township_of,
)
from geo.areas.derive import DERIVATION_CRS, village_points
from geo.errors import GeoError
from geo.gazetteer import Gazetteer


# -- agreement on hand-built frames ---------------------------------------------------------
@pytest.fixture
def official() -> gpd.GeoDataFrame:
    """Two 'official' townships: West is x < 97.105, Middle is 97.105 <= x < 97.3."""
    return gpd.GeoDataFrame(
        {
            "TS_PCODE": ["MMR901001", "MMR901002"],
            "TS": ["West", "Middle"],
            "ST_PCODE": ["MMR901", "MMR901"],
        },
        geometry=[box(96.8, 24.8, 97.105, 25.4), box(97.105, 24.8, 97.3, 25.4)],
        crs="EPSG:4326",
    )


@pytest.fixture
def derived() -> gpd.GeoDataFrame:
    """Derived areas: West is x < 97.11; a newer township MMR901009 is 97.11 <= x < 97.3."""
    return gpd.GeoDataFrame(
        {"township_pcode": ["MMR901001", "MMR901009"]},
        geometry=[box(96.8, 24.8, 97.11, 25.4), box(97.11, 24.8, 97.3, 25.4)],
        crs="EPSG:4326",
    )


def test_township_of_border_outside_and_missing(derived: gpd.GeoDataFrame) -> None:
    points = gpd.GeoDataFrame(
        geometry=[Point(97.0, 25.0), Point(97.11, 25.0), Point(98.0, 25.0), None],
        crs="EPSG:4326",
        index=[10, 11, 12, 13],
    )
    where = township_of(points, derived)
    assert where.index.tolist() == [10, 11, 12, 13]
    assert where.tolist() == ["MMR901001", "MMR901001", None, None]


def test_township_of_reprojects_the_areas(derived: gpd.GeoDataFrame) -> None:
    points = gpd.GeoDataFrame(geometry=[Point(97.2, 25.0)], crs="EPSG:4326")
    where = township_of(points.to_crs(DERIVATION_CRS), derived)
    assert where.tolist() == ["MMR901009"]


def test_point_agreement_counts(derived: gpd.GeoDataFrame, official: gpd.GeoDataFrame) -> None:
    points = gpd.GeoDataFrame(
        geometry=[
            Point(97.0, 25.0),  # West in both
            Point(97.107, 25.0),  # West derived, Middle official
            Point(97.2, 25.0),  # a newer P-code derived, Middle official
            Point(97.35, 25.0),  # in no official township: not assessed
            None,  # no point: not counted
        ],
        crs="EPSG:4326",
    )
    result = point_agreement(derived, official, points)
    assert result == PointAgreement(points=4, assessed=3, agreeing=1, unassigned=0, newer_pcode=1)
    assert result.share == pytest.approx(1 / 3)
    assert result.comparable_share == pytest.approx(1 / 2)


def test_no_assessed_points_gives_nan(
    derived: gpd.GeoDataFrame, official: gpd.GeoDataFrame
) -> None:
    far = gpd.GeoDataFrame(geometry=[Point(99.0, 20.0)], crs="EPSG:4326")
    assert math.isnan(point_agreement(derived, official, far).share)


def test_township_agreement_iou_and_areas(
    derived: gpd.GeoDataFrame, official: gpd.GeoDataFrame
) -> None:
    west, middle = township_agreement(derived, official, state_pcode="MMR901")
    assert (west.township_pcode, west.township) == ("MMR901001", "West")
    assert west.iou == pytest.approx(0.305 / 0.31, rel=1e-3)
    assert west.derived_km2 > west.official_km2 > 0
    assert west.intersection_km2 == pytest.approx(west.official_km2, rel=1e-4)
    # 0.305 x 0.6 degrees near 25 N: about 30.8 km x 66.5 km.
    assert west.official_km2 == pytest.approx(30.8 * 66.5, rel=0.02)
    assert (middle.iou, middle.derived_km2) == (0.0, 0.0), "no derived area with its P-code"


def test_agreement_bundles_the_measures(
    derived: gpd.GeoDataFrame, official: gpd.GeoDataFrame
) -> None:
    villages = gpd.GeoDataFrame(geometry=[Point(97.0, 25.0)], crs="EPSG:4326")
    result = agreement(derived, official, villages=villages, state_pcode="MMR901")
    assert result.villages.share == 1.0
    assert result.events is None
    assert result.min_iou == 0.0
    assert result.median_iou == pytest.approx(0.305 / 0.31 / 2, rel=1e-3)
    assert [t.township for t in result.worst(1)] == ["Middle"]


def test_agreement_refuses_frames_it_cannot_compare(
    derived: gpd.GeoDataFrame, official: gpd.GeoDataFrame
) -> None:
    with pytest.raises(GeoError, match=r"official polygons: missing columns ST_PCODE"):
        township_agreement(derived, official.drop(columns="ST_PCODE"))
    with pytest.raises(GeoError, match=r"derived areas: no CRS"):
        township_agreement(derived.set_crs(None, allow_override=True), official)
    with pytest.raises(GeoError, match=r"no official township in state 'MMR001'; states: MMR901"):
        township_agreement(derived, official)


# -- agreement with the official polygons (../shared/data) ---------------------------------
@pytest.fixture(scope="module")
def official_townships(shared_data: Path) -> gpd.GeoDataFrame:
    path = shared_data / "mimu" / "mmr_polbnda_adm3_mimu_250k.shp"
    if not path.exists():
        pytest.skip(f"MIMU township polygons not found at {path}")
    return gpd.read_file(path, encoding="utf-8")


@pytest.fixture(scope="module")
def measured(
    shipped: gpd.GeoDataFrame,
    official_townships: gpd.GeoDataFrame,
    gazetteer: Gazetteer,
    bundled_events: gpd.GeoDataFrame,
) -> Agreement:
    return agreement(
        shipped,
        official_townships,
        villages=village_points(gazetteer),
        events=bundled_events[bundled_events.geometry.notna()],
    )


@pytest.mark.shared
def test_village_points_agree_with_the_official_townships(measured: Agreement) -> None:
    # Measured: 97.8 %; 99.15 % leaving out the villages of townships created after the
    # official layer's P-code release (9.3; the gazetteer has 9.6).
    assert measured.villages.share > 0.975
    assert measured.villages.comparable_share > 0.99
    assert measured.villages.unassigned == 0


@pytest.mark.shared
def test_bundled_events_agree_with_the_official_townships(measured: Agreement) -> None:
    assert measured.events is not None
    assert measured.events.share >= 0.9  # measured: 10 of 10


@pytest.mark.shared
def test_ucdp_events_agree_with_the_official_townships(
    shipped: gpd.GeoDataFrame, official_townships: gpd.GeoDataFrame, shared_data: Path
) -> None:
    path = shared_data / "ucdp" / "ucdp_ged231_myanmar.csv"
    if not path.exists():
        pytest.skip(f"UCDP GED extract not found at {path}")
    ged = pd.read_csv(path, low_memory=False)
    ged = ged[pd.to_numeric(ged["where_prec"], errors="coerce").isin([1, 2])]
    points = gpd.GeoDataFrame(
        geometry=gpd.points_from_xy(ged["longitude"], ged["latitude"]), crs="EPSG:4326"
    )
    result = point_agreement(shipped, official_townships, points)
    assert result.assessed > 2500
    assert result.share > 0.915  # measured: 92.7 % of 2,661


@pytest.mark.shared
def test_kachin_townships_overlap_their_official_polygons(measured: Agreement) -> None:
    assert len(measured.townships) == 18
    # Measured: median IoU 0.685, lowest 0.515 (Chipwi, which spills into China).
    assert measured.median_iou > 0.66
    assert measured.min_iou > 0.49
    for t in measured.townships:
        assert 0.5 < t.derived_km2 / t.official_km2 < 2.0, t.township


@pytest.mark.shared
def test_lal_long_aungja_is_in_waingmaw_in_both_layers(
    shipped: gpd.GeoDataFrame, official_townships: gpd.GeoDataFrame, gazetteer: Gazetteer
) -> None:
    place = gazetteer.get("curated:lal-long-aungja")
    point = gpd.GeoDataFrame(geometry=[Point(*place.lonlat())], crs="EPSG:4326")
    ours = township_of(point, shipped).tolist()
    theirs = township_of(point, official_townships, column="TS_PCODE").tolist()
    assert ours == theirs == ["MMR001002"]
