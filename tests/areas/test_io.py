"""geo.areas.io: the GeoJSON text and provenance, writing (atomically, mode 0o644) and
reading township areas, and the shipped data/townships.geojson."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import shapely

from geo.areas.agreement import EQUAL_AREA_CRS
from geo.areas.derive import AREA_COLUMNS, derive_township_areas
from geo.areas.io import (
    TOWNSHIPS_PATH,
    provenance,
    read_township_areas,
    township_areas_geojson,
    write_township_areas,
)
from geo.errors import GeoError
from geo.files import TEMP_SUFFIX
from geo.gazetteer import Gazetteer
from tests.areas.conftest import CLIP_KM


# -- the GeoJSON writer -------------------------------------------------------------------
def test_written_file_is_rfc7946_with_metadata(
    tiny_areas: gpd.GeoDataFrame, tmp_path: Path
) -> None:
    path = tmp_path / "townships.geojson"
    write_township_areas(tiny_areas, path, metadata=provenance(clip_km=CLIP_KM))
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
    assert not list(tmp_path.glob(f"*{TEMP_SUFFIX}")), "the temporary file is renamed, not left"


def test_written_file_reads_back(tiny_areas: gpd.GeoDataFrame, tmp_path: Path) -> None:
    path = tmp_path / "townships.geojson"
    write_township_areas(tiny_areas, path, metadata={"approximate": True})
    back = read_township_areas(path)
    assert back.crs == "EPSG:4326"
    assert list(back.columns) == [*AREA_COLUMNS, "geometry"]
    assert back["villages"].tolist() == tiny_areas["villages"].tolist()
    assert shapely.coverage_is_valid(back.geometry.to_numpy())
    before = tiny_areas.to_crs(EQUAL_AREA_CRS)
    moved = back.to_crs(EQUAL_AREA_CRS).symmetric_difference(before, align=False)
    mean_shift_m = moved.area / before.length
    assert mean_shift_m.max() < 1.0, "rounding to 5 decimals moves borders by under 1 m"


def test_written_file_is_readable_by_everyone(tiny_areas: gpd.GeoDataFrame, tmp_path: Path) -> None:
    path = tmp_path / "townships.geojson"
    write_township_areas(tiny_areas, path, metadata={})
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_writing_into_a_missing_folder_is_refused(
    tiny_areas: gpd.GeoDataFrame, tmp_path: Path
) -> None:
    path = tmp_path / "missing" / "townships.geojson"
    with pytest.raises(GeoError, match=r"the folder .*missing does not exist; nothing was written"):
        write_township_areas(tiny_areas, path, metadata={})


def test_writer_refuses_a_frame_without_crs_or_columns(tiny_areas: gpd.GeoDataFrame) -> None:
    bare = tiny_areas.drop(columns="villages").set_crs(None, allow_override=True)
    with pytest.raises(GeoError, match=r"missing columns villages.*no CRS"):
        township_areas_geojson(bare, metadata={})


def test_reading_a_missing_file_says_how_to_make_it(tmp_path: Path) -> None:
    with pytest.raises(GeoError, match=r"python -m geo.areas -o data/townships.geojson"):
        read_township_areas(tmp_path / "nowhere.geojson")


# -- the shipped layer ----------------------------------------------------------------------
def test_shipped_layer_columns_and_crs(shipped: gpd.GeoDataFrame) -> None:
    assert list(shipped.columns) == [*AREA_COLUMNS, "geometry"]
    assert shipped.crs == "EPSG:4326"
    assert shipped["township_pcode"].is_monotonic_increasing
    assert shipped["township_pcode"].is_unique
    assert set(shipped.geom_type) <= {"Polygon", "MultiPolygon"}


def test_shipped_layer_is_small_valid_and_says_approximate(shipped: gpd.GeoDataFrame) -> None:
    assert TOWNSHIPS_PATH.stat().st_size < 2_000_000
    assert shipped.is_valid.all()
    assert shapely.coverage_is_valid(shipped.geometry.to_numpy()), "areas must not overlap"
    doc = json.loads(TOWNSHIPS_PATH.read_text(encoding="utf-8"))
    assert "crs" not in doc
    assert doc["metadata"]["approximate"] is True
    assert "APPROXIMATE" in doc["metadata"]["note"]


def test_shipped_layer_is_what_the_code_makes(gazetteer: Gazetteer) -> None:
    # The only full derivation in the suite (about 7 s).
    layer = derive_township_areas(gazetteer)
    text = township_areas_geojson(layer, metadata=provenance())
    assert text == TOWNSHIPS_PATH.read_text(encoding="utf-8"), (
        "data/townships.geojson is stale: run `python -m geo.areas -o data/townships.geojson`"
    )
