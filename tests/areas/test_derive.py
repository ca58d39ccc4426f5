"""Tests of geo.areas: derivation on a tiny hand-built gazetteer, the GeoJSON writer,
the agreement measures on hand-built frames, the shipped data/townships.geojson, and
(marked ``shared``) its agreement with the official MIMU polygons in ../shared/data."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from geopandas.testing import assert_geodataframe_equal
from shapely.geometry import Point, box

from geo import areas
from geo.errors import GeoError
from geo.gazetteer import Gazetteer, Place, Township

# -- a tiny gazetteer: three townships side by side, about 11 km per 0.1 degree ---------
TOWNSHIPS = [
    Township("MMR901001", "West", "Test District", "MMR901D001", "Test State", "MMR901"),
    Township("MMR901002", "Middle", "Test District", "MMR901D001", "Test State", "MMR901"),
    # A self-administered zone: no district name, as in MIMU.
    Township("MMR901003", "East", None, "MMR901S001", "Test State", "MMR901"),
    Township("MMR901004", "Empty", "Test District", "MMR901D001", "Test State", "MMR901"),
]
_BY_PCODE = {t.pcode: t for t in TOWNSHIPS}


def _place(
    n: int,
    pcode: str,
    lon: float | None,
    lat: float | None,
    *,
    kind: str = "village",
    precision: str = "village point",
) -> Place:
    return Place(
        f"test-{kind}:{n}",
        f"Place {n}",
        kind,
        lat,
        lon,
        1,
        precision,
        **_BY_PCODE[pcode].admin(),
    )


def _grid() -> list[Place]:
    """Villages on a 4 x 4 grid per township: West 97.00-97.09, Middle 97.12-97.21, ..."""
    places = []
    n = 0
    for column, pcode in enumerate(("MMR901001", "MMR901002", "MMR901003")):
        for i in range(4):
            for j in range(4):
                n += 1
                lon = 97.0 + 0.12 * column + 0.03 * i
                lat = 25.0 + 0.03 * j
                places.append(_place(n, pcode, lon, lat))
    return places


VILLAGES = _grid()
EXTRAS = [
    # A ward with its own point, inside Middle.
    _place(101, "MMR901002", 97.165, 25.045, kind="ward", precision="ward point"),
    # The same point twice more: two West places, one Middle: the merged point is West's.
    _place(102, "MMR901001", 97.03, 25.20),
    _place(103, "MMR901001", 97.03, 25.20),
    _place(104, "MMR901002", 97.03, 25.20),
    # Not seeds: a village placed at its tract's median, a place with no point, a town.
    _place(105, "MMR901003", 96.50, 24.50, precision="village tract (median of its villages)"),
    _place(106, "MMR901004", None, None, precision="no point in MIMU"),
    _place(107, "MMR901004", 97.5, 25.5, kind="town", precision="town (median of its wards)"),
]
CLIP_KM = 5.0


@pytest.fixture(scope="module")
def tiny() -> Gazetteer:
    return Gazetteer([*VILLAGES, *EXTRAS], TOWNSHIPS)


@pytest.fixture(scope="module")
def tiny_areas(tiny: Gazetteer) -> gpd.GeoDataFrame:
    return areas.derive_township_areas(tiny, clip_km=CLIP_KM, simplify_m=50.0)


def _points(places: Sequence[Place]) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {"township_pcode": [p.township_pcode for p in places]},
        geometry=gpd.points_from_xy([p.longitude for p in places], [p.latitude for p in places]),
        crs="EPSG:4326",
    )


def _overlap_km2(frame: gpd.GeoDataFrame) -> float:
    metric = frame.to_crs(areas.EQUAL_AREA_CRS).geometry.to_numpy()
    return float(sum(g.area for g in metric) - shapely.union_all(metric).area) / 1e6


# -- seeds --------------------------------------------------------------------------------
def test_seeds_are_villages_and_wards_with_their_own_point(tiny: Gazetteer) -> None:
    seeds = areas.seed_points(tiny)
    assert list(seeds.columns) == ["place_id", "kind", "township_pcode", "longitude", "latitude"]
    assert len(seeds) == len(VILLAGES) + 4
    assert set(seeds["kind"]) == {"village", "ward"}
    assert not {"test-village:105", "test-village:106", "test-town:107"} & set(seeds["place_id"])


def test_village_points_are_only_villages(tiny: Gazetteer) -> None:
    villages = areas.village_points(tiny)
    assert villages.crs == "EPSG:4326"
    assert len(villages) == len(VILLAGES) + 3
    assert "test-ward:101" not in set(villages["place_id"])


# -- derivation ---------------------------------------------------------------------------
def test_columns_crs_and_one_row_per_township_with_points(tiny_areas: gpd.GeoDataFrame) -> None:
    assert list(tiny_areas.columns) == [*areas.AREA_COLUMNS, "geometry"]
    assert tiny_areas.crs == "EPSG:4326"
    assert tiny_areas["township_pcode"].tolist() == ["MMR901001", "MMR901002", "MMR901003"]
    assert set(tiny_areas.geom_type) <= {"Polygon", "MultiPolygon"}
    assert tiny_areas.is_valid.all()
    assert not tiny_areas.is_empty.any()


def test_admin_columns_come_from_the_township(tiny_areas: gpd.GeoDataFrame) -> None:
    east = tiny_areas.set_index("township_pcode").loc["MMR901003"]
    assert (east["township"], east["district_pcode"], east["state"]) == (
        "East",
        "MMR901S001",
        "Test State",
    )
    assert pd.isna(east["district"])


def test_villages_counts_distinct_points_used(tiny_areas: gpd.GeoDataFrame) -> None:
    counts = dict(zip(tiny_areas["township_pcode"], tiny_areas["villages"], strict=True))
    # West: 16 + the merged triple point; Middle: 16 + the ward (its share of the triple
    # point went to West); East: 16.
    assert counts == {"MMR901001": 17, "MMR901002": 17, "MMR901003": 16}


def test_areas_do_not_overlap(tiny_areas: gpd.GeoDataFrame) -> None:
    assert shapely.coverage_is_valid(tiny_areas.geometry.to_numpy())
    assert _overlap_km2(tiny_areas) == pytest.approx(0.0, abs=1e-6)


def test_every_seed_falls_in_its_own_township(tiny_areas: gpd.GeoDataFrame) -> None:
    seeds = [*VILLAGES, EXTRAS[0], EXTRAS[1]]
    points = _points(seeds)
    assert areas.township_of(points, tiny_areas).tolist() == points["township_pcode"].tolist()


def test_identical_points_take_the_majority_township(tiny_areas: gpd.GeoDataFrame) -> None:
    where = areas.township_of(_points([EXTRAS[3]]), tiny_areas)
    assert where.tolist() == ["MMR901001"]


def test_clip_distance_is_respected(tiny: Gazetteer, tiny_areas: gpd.GeoDataFrame) -> None:
    seeds = areas.seed_points(tiny)
    metric = gpd.GeoSeries(
        gpd.points_from_xy(seeds["longitude"], seeds["latitude"]), crs="EPSG:4326"
    ).to_crs(areas.DERIVATION_CRS)
    layer = shapely.union_all(tiny_areas.to_crs(areas.DERIVATION_CRS).geometry.to_numpy())
    # Nothing beyond clip_km (plus the simplification tolerance) of a seed ...
    reach = shapely.union_all(metric.buffer(CLIP_KM * 1000 + 60).to_numpy())
    assert layer.difference(reach).area == pytest.approx(0.0, abs=1.0)
    # ... and the areas do reach out to nearly clip_km beyond the outermost seeds.
    west_seed = metric.x.min()
    assert layer.bounds[0] < west_seed - 0.97 * CLIP_KM * 1000
    # Land more than clip_km from every seed is in no township.
    far = gpd.GeoDataFrame(geometry=[Point(97.0 - 0.1, 25.05)], crs="EPSG:4326")
    assert areas.township_of(far, tiny_areas).tolist() == [None]


def test_larger_clip_covers_more(tiny: Gazetteer, tiny_areas: gpd.GeoDataFrame) -> None:
    wider = areas.derive_township_areas(tiny, clip_km=2 * CLIP_KM, simplify_m=50.0)
    small = tiny_areas.to_crs(areas.EQUAL_AREA_CRS).area.sum()
    assert wider.to_crs(areas.EQUAL_AREA_CRS).area.sum() > 1.5 * small


def test_derivation_is_deterministic(tiny: Gazetteer, tiny_areas: gpd.GeoDataFrame) -> None:
    again = areas.derive_township_areas(tiny, clip_km=CLIP_KM, simplify_m=50.0)
    assert_geodataframe_equal(again, tiny_areas)
    text = areas.township_areas_geojson(tiny_areas, metadata={"approximate": True})
    assert areas.township_areas_geojson(again, metadata={"approximate": True}) == text


@pytest.mark.parametrize(
    ("clip_km", "simplify_m", "message"),
    [
        (0.0, 100.0, "clip_km must be a positive number of km, not 0.0"),
        (-5.0, 100.0, "clip_km must be a positive"),
        (math.nan, 100.0, "clip_km must be a positive"),
        (25.0, -1.0, "simplify_m must be 0 or a positive number of metres, not -1.0"),
        (25.0, math.inf, "simplify_m must be 0 or a positive"),
    ],
)
def test_bad_parameters_are_refused(
    tiny: Gazetteer, clip_km: float, simplify_m: float, message: str
) -> None:
    with pytest.raises(GeoError, match=message):
        areas.derive_township_areas(tiny, clip_km=clip_km, simplify_m=simplify_m)


def test_a_gazetteer_without_points_is_refused() -> None:
    empty = Gazetteer([_place(1, "MMR901001", None, None, precision="no point")], TOWNSHIPS)
    with pytest.raises(GeoError, match="no village or ward with a point of its own"):
        areas.derive_township_areas(empty)


def test_a_single_point_gets_its_disc() -> None:
    one = Gazetteer([_place(1, "MMR901001", 97.0, 25.0)], TOWNSHIPS)
    layer = areas.derive_township_areas(one, clip_km=10.0, simplify_m=0.0)
    area_km2 = layer.to_crs(areas.EQUAL_AREA_CRS).area.iloc[0] / 1e6
    assert area_km2 == pytest.approx(math.pi * 10.0**2, rel=0.02)


# -- the GeoJSON writer -------------------------------------------------------------------
def test_written_file_is_rfc7946_with_metadata(
    tiny_areas: gpd.GeoDataFrame, tmp_path: Path
) -> None:
    path = tmp_path / "townships.geojson"
    areas.write_township_areas(tiny_areas, path, metadata=areas.provenance(clip_km=CLIP_KM))
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection"
    assert "crs" not in doc
    assert doc["metadata"]["approximate"] is True
    assert doc["metadata"]["parameters"]["clip_km"] == CLIP_KM
    assert "9.6" in doc["metadata"]["source"]
    assert [f["properties"]["township_pcode"] for f in doc["features"]] == [
        "MMR901001",
        "MMR901002",
        "MMR901003",
    ]
    assert doc["features"][2]["properties"]["district"] is None
    coords = np.concatenate(
        [shapely.get_coordinates(shapely.from_geojson(json.dumps(f))) for f in doc["features"]]
    )
    assert np.allclose(coords, np.round(coords, 5), rtol=0, atol=1e-12)
    for feature in doc["features"]:
        geom = shapely.geometry.shape(feature["geometry"])
        for polygon in getattr(geom, "geoms", [geom]):
            assert polygon.exterior.is_ccw, "RFC 7946: exterior rings counter-clockwise"
    assert not list(tmp_path.glob(".*.tmp")), "the temporary file is renamed, not left"


def test_written_file_reads_back(tiny_areas: gpd.GeoDataFrame, tmp_path: Path) -> None:
    path = tmp_path / "townships.geojson"
    areas.write_township_areas(tiny_areas, path, metadata={"approximate": True})
    back = areas.read_township_areas(path)
    assert back.crs == "EPSG:4326"
    assert list(back.columns) == [*areas.AREA_COLUMNS, "geometry"]
    assert back["villages"].tolist() == tiny_areas["villages"].tolist()
    assert shapely.coverage_is_valid(back.geometry.to_numpy())
    before = tiny_areas.to_crs(areas.EQUAL_AREA_CRS)
    moved = back.to_crs(areas.EQUAL_AREA_CRS).symmetric_difference(before, align=False)
    mean_shift_m = moved.area / before.length
    assert mean_shift_m.max() < 1.0, "rounding to 5 decimals moves borders by under 1 m"


def test_writer_refuses_a_frame_without_crs_or_columns(tiny_areas: gpd.GeoDataFrame) -> None:
    bare = tiny_areas.drop(columns="villages").set_crs(None, allow_override=True)
    with pytest.raises(GeoError, match=r"missing columns villages.*no CRS"):
        areas.township_areas_geojson(bare, metadata={})


def test_reading_a_missing_file_says_how_to_make_it(tmp_path: Path) -> None:
    with pytest.raises(GeoError, match=r"python -m geo.areas -o data/townships.geojson"):
        areas.read_township_areas(tmp_path / "nowhere.geojson")


def test_main_writes_the_layer(
    tiny: Gazetteer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(areas, "load_gazetteer", lambda: tiny)
    out = tmp_path / "t.geojson"
    assert areas.main(["-o", str(out), "--clip-km", str(CLIP_KM), "--simplify-m", "50"]) == 0
    assert "3 township areas derived" in capsys.readouterr().out
    assert json.loads(out.read_text(encoding="utf-8"))["metadata"]["parameters"] == {
        "clip_km": CLIP_KM,
        "simplify_m": 50.0,
        "crs": areas.DERIVATION_CRS,
        "coordinate_decimals": 5,
    }


def test_main_reports_a_bad_parameter(
    tiny: Gazetteer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(areas, "load_gazetteer", lambda: tiny)
    out = tmp_path / "t.geojson"
    assert areas.main(["-o", str(out), "--clip-km", "-1"]) == 1
    assert "error: clip_km must be a positive" in capsys.readouterr().err
    assert not out.exists()


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
    where = areas.township_of(points, derived)
    assert where.index.tolist() == [10, 11, 12, 13]
    assert where.tolist() == ["MMR901001", "MMR901001", None, None]


def test_township_of_reprojects_the_areas(derived: gpd.GeoDataFrame) -> None:
    points = gpd.GeoDataFrame(geometry=[Point(97.2, 25.0)], crs="EPSG:4326")
    where = areas.township_of(points.to_crs(areas.DERIVATION_CRS), derived)
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
    result = areas.point_agreement(derived, official, points)
    assert result == areas.PointAgreement(
        points=4, assessed=3, agreeing=1, unassigned=0, newer_pcode=1
    )
    assert result.share == pytest.approx(1 / 3)
    assert result.comparable_share == pytest.approx(1 / 2)


def test_no_assessed_points_gives_nan(
    derived: gpd.GeoDataFrame, official: gpd.GeoDataFrame
) -> None:
    far = gpd.GeoDataFrame(geometry=[Point(99.0, 20.0)], crs="EPSG:4326")
    assert math.isnan(areas.point_agreement(derived, official, far).share)


def test_township_agreement_iou_and_areas(
    derived: gpd.GeoDataFrame, official: gpd.GeoDataFrame
) -> None:
    west, middle = areas.township_agreement(derived, official, state_pcode="MMR901")
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
    result = areas.agreement(derived, official, villages=villages, state_pcode="MMR901")
    assert result.villages.share == 1.0
    assert result.events is None
    assert result.min_iou == 0.0
    assert result.median_iou == pytest.approx(0.305 / 0.31 / 2, rel=1e-3)
    assert [t.township for t in result.worst(1)] == ["Middle"]


def test_agreement_refuses_frames_it_cannot_compare(
    derived: gpd.GeoDataFrame, official: gpd.GeoDataFrame
) -> None:
    with pytest.raises(GeoError, match=r"official polygons: missing columns ST_PCODE"):
        areas.township_agreement(derived, official.drop(columns="ST_PCODE"))
    with pytest.raises(GeoError, match=r"derived areas: no CRS"):
        areas.township_agreement(derived.set_crs(None, allow_override=True), official)
    with pytest.raises(GeoError, match=r"no official township in state 'MMR001'; states: MMR901"):
        areas.township_agreement(derived, official)


# -- the shipped layer ----------------------------------------------------------------------
@pytest.fixture(scope="module")
def shipped() -> gpd.GeoDataFrame:
    return areas.read_township_areas()


def test_shipped_layer_columns_and_crs(shipped: gpd.GeoDataFrame) -> None:
    assert list(shipped.columns) == [*areas.AREA_COLUMNS, "geometry"]
    assert shipped.crs == "EPSG:4326"
    assert shipped["township_pcode"].is_monotonic_increasing
    assert shipped["township_pcode"].is_unique
    assert set(shipped.geom_type) <= {"Polygon", "MultiPolygon"}


def test_shipped_layer_is_small_valid_and_says_approximate(shipped: gpd.GeoDataFrame) -> None:
    assert areas.TOWNSHIPS_PATH.stat().st_size < 2_000_000
    assert shipped.is_valid.all()
    assert shapely.coverage_is_valid(shipped.geometry.to_numpy()), "areas must not overlap"
    doc = json.loads(areas.TOWNSHIPS_PATH.read_text(encoding="utf-8"))
    assert "crs" not in doc
    assert doc["metadata"]["approximate"] is True
    assert "APPROXIMATE" in doc["metadata"]["note"]


def test_shipped_layer_covers_every_township_with_points(
    shipped: gpd.GeoDataFrame, gazetteer: Gazetteer
) -> None:
    with_points = set(areas.seed_points(gazetteer)["township_pcode"])
    assert set(shipped["township_pcode"]) == with_points
    names = {t.pcode: t.name for t in gazetteer.townships()}
    assert all(
        names[p] == n for p, n in zip(shipped["township_pcode"], shipped["township"], strict=True)
    )


def test_shipped_layer_puts_the_seeds_in_their_townships(
    shipped: gpd.GeoDataFrame, gazetteer: Gazetteer
) -> None:
    seeds = areas.seed_points(gazetteer)
    points = gpd.GeoDataFrame(
        seeds[["township_pcode"]],
        geometry=gpd.points_from_xy(seeds["longitude"], seeds["latitude"]),
        crs="EPSG:4326",
    )
    where = areas.township_of(points, shipped)
    # Only places sharing their point with another township's places (and a few points
    # next to a border moved by simplification) may be elsewhere.
    assert (where == points["township_pcode"]).mean() > 0.997  # measured: 99.77 %


def test_lal_long_aungja_is_in_waingmaw(shipped: gpd.GeoDataFrame, gazetteer: Gazetteer) -> None:
    # Reported in Momauk, but its mapped point (the MIMU village Nam Sang Yang) is in
    # Waingmaw: the derived layer agrees with the official polygons on that.
    place = gazetteer.get("curated:lal-long-aungja")
    point = gpd.GeoDataFrame(geometry=[Point(*place.lonlat())], crs="EPSG:4326")
    assert areas.township_of(point, shipped).tolist() == ["MMR001002"]


def test_shipped_layer_is_what_the_code_makes(gazetteer: Gazetteer) -> None:
    # The only full derivation in the suite (about 7 s).
    layer = areas.derive_township_areas(gazetteer)
    text = areas.township_areas_geojson(layer, metadata=areas.provenance())
    assert text == areas.TOWNSHIPS_PATH.read_text(encoding="utf-8"), (
        "data/townships.geojson is stale: run `python -m geo.areas -o data/townships.geojson`"
    )


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
) -> areas.Agreement:
    return areas.agreement(
        shipped,
        official_townships,
        villages=areas.village_points(gazetteer),
        events=bundled_events[bundled_events.geometry.notna()],
    )


@pytest.mark.shared
def test_village_points_agree_with_the_official_townships(measured: areas.Agreement) -> None:
    # Measured: 97.8 %; 99.15 % leaving out the villages of townships created after the
    # official layer's P-code release (9.3; the gazetteer has 9.6).
    assert measured.villages.share > 0.975
    assert measured.villages.comparable_share > 0.99
    assert measured.villages.unassigned == 0


@pytest.mark.shared
def test_bundled_events_agree_with_the_official_townships(measured: areas.Agreement) -> None:
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
    result = areas.point_agreement(shipped, official_townships, points)
    assert result.assessed > 2500
    assert result.share > 0.915  # measured: 92.7 % of 2,661


@pytest.mark.shared
def test_kachin_townships_overlap_their_official_polygons(measured: areas.Agreement) -> None:
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
    ours = areas.township_of(point, shipped).tolist()
    theirs = areas.township_of(point, official_townships, column="TS_PCODE").tolist()
    assert ours == theirs == ["MMR001002"]
