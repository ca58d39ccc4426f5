"""The areas tests' data: a tiny hand-built gazetteer of three townships side by side
(about 11 km per 0.1 degree), the areas derived from it, and the shipped layer."""

from __future__ import annotations

from collections.abc import Sequence

import geopandas as gpd
import pytest

from geo.areas.derive import derive_township_areas
from geo.areas.io import read_township_areas
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


def place(
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
                places.append(place(n, pcode, lon, lat))
    return places


VILLAGES = _grid()
EXTRAS = [
    # A ward with its own point, inside Middle.
    place(101, "MMR901002", 97.165, 25.045, kind="ward", precision="ward point"),
    # The same point twice more: two West places, one Middle: the merged point is West's.
    place(102, "MMR901001", 97.03, 25.20),
    place(103, "MMR901001", 97.03, 25.20),
    place(104, "MMR901002", 97.03, 25.20),
    # Not seeds: a village placed at its tract's median, a place with no point, a town.
    place(105, "MMR901003", 96.50, 24.50, precision="village tract (median of its villages)"),
    place(106, "MMR901004", None, None, precision="no point in MIMU"),
    place(107, "MMR901004", 97.5, 25.5, kind="town", precision="town (median of its wards)"),
]
CLIP_KM = 5.0


@pytest.fixture(scope="package")
def tiny() -> Gazetteer:
    return Gazetteer([*VILLAGES, *EXTRAS], TOWNSHIPS)


@pytest.fixture(scope="package")
def tiny_areas(tiny: Gazetteer) -> gpd.GeoDataFrame:
    return derive_township_areas(tiny, clip_km=CLIP_KM, simplify_m=50.0)


@pytest.fixture(scope="package")
def shipped() -> gpd.GeoDataFrame:
    """data/townships.geojson, as the app reads it."""
    return read_township_areas()


def points_of(places: Sequence[Place]) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {"township_pcode": [p.township_pcode for p in places]},
        geometry=gpd.points_from_xy([p.longitude for p in places], [p.latitude for p in places]),
        crs="EPSG:4326",
    )
