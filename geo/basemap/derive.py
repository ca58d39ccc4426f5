"""Derive the offline base layers: Myanmar's border and its neighbours from Natural
Earth, the state and region outlines from the township areas, and label points.

Written to ``data/basemap.geojson`` by ``python -m geo.basemap`` (see
``data/README.md``); read at run time by :func:`geo.basemap.base_layers`.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Final

import geopandas as gpd
import numpy as np
import shapely
from shapely.ops import polylabel

from geo.areas.derive import DERIVATION_CRS
from geo.basemap.topojson import geometries
from geo.errors import GeoError
from geo.schema import CRS

__all__ = [
    "BASEMAP_COLUMNS",
    "COUNTRY_BOX",
    "LABEL_GRID_DEG",
    "NATURAL_EARTH_PACKAGE",
    "STATE_SIMPLIFY_M",
    "TOWNSHIP_SIMPLIFY_M",
    "derive_basemap",
    "read_world_atlas",
]

#: The npm package (and version) whose Natural Earth 1:10m countries are used.
NATURAL_EARTH_PACKAGE: Final = "world-atlas@2.0.2"
#: (west, south, east, north): neighbours are kept, clipped, inside this box.
COUNTRY_BOX: Final = (86.0, 4.0, 106.0, 32.0)
#: Neighbours' names are placed once per grid cell of this size along the border, so
#: some name is near any part of it.
LABEL_GRID_DEG: Final = 2.0
#: Width (km) of the band along Myanmar's border in which neighbours are labelled.
LABEL_BAND_KM: Final = 40.0
STATE_SIMPLIFY_M: Final = 300.0
#: Township outlines are drawn, not measured: simplified more (data/townships.geojson
#: keeps 100 m for placing events).
TOWNSHIP_SIMPLIFY_M: Final = 800.0
MYANMAR: Final = "Myanmar"
#: ``layer`` values: polygons ``country``, ``state`` and ``township``; points
#: ``country-label``, ``state-label`` and ``township-label``.
BASEMAP_COLUMNS: Final = ("layer", "name", "code")


def read_world_atlas(path: Path) -> tuple[gpd.GeoDataFrame, str]:
    """Natural Earth countries from world-atlas' ``countries-10m.json``, and the file's
    SHA-256 (recorded in the derived file)."""
    try:
        raw = path.read_bytes()
        topology = json.loads(raw)
    except (OSError, ValueError) as exc:
        raise GeoError(f"cannot read the Natural Earth topology {path}: {exc}") from exc
    rows = geometries(topology, "countries")
    frame = gpd.GeoDataFrame(
        {"name": [p.get("name") for p, _ in rows], "code": [p.get("id") for p, _ in rows]},
        geometry=shapely.make_valid(
            np.asarray([g for _, g in rows], dtype=object), method="structure", keep_collapsed=False
        ),
        crs=CRS,
    )
    return frame, hashlib.sha256(raw).hexdigest()


def _neighbour_labels(
    countries: gpd.GeoDataFrame, myanmar: shapely.Geometry
) -> list[tuple[str, str, shapely.Point]]:
    """One label point per neighbour and grid cell, inside the neighbour within
    :data:`LABEL_BAND_KM` of Myanmar's border."""
    metric = gpd.GeoSeries([myanmar], crs=CRS).to_crs(DERIVATION_CRS)
    band = metric.buffer(LABEL_BAND_KM * 1000).to_crs(CRS).iloc[0]
    west, south, east, north = COUNTRY_BOX
    labels = []
    for row in countries.itertuples():
        if row.name == MYANMAR:
            continue
        near = shapely.difference(shapely.intersection(row.geometry, band), myanmar)
        if near.is_empty:
            continue
        for x in np.arange(west, east, LABEL_GRID_DEG):
            for y in np.arange(south, north, LABEL_GRID_DEG):
                cell = shapely.box(x, y, x + LABEL_GRID_DEG, y + LABEL_GRID_DEG)
                part = shapely.intersection(near, cell)
                if part.area > 0.02:  # about 200 km2: room for a name
                    labels.append((row.name, row.code, _label_point(part)))
    return labels


def _label_point(shape: shapely.Geometry) -> shapely.Point:
    """The largest part's pole of inaccessibility (a point well inside it)."""
    parts = getattr(shape, "geoms", [shape])
    largest = max(parts, key=lambda p: p.area)
    return polylabel(largest, tolerance=0.01)


def _simplified(
    frame: gpd.GeoDataFrame, tolerance_m: float, within: shapely.Geometry
) -> gpd.GeoSeries:
    """``frame``'s polygons coverage-simplified (neighbours keep shared borders) in the
    derivation CRS, then clipped to ``within`` (EPSG:4326)."""
    metric = frame.to_crs(DERIVATION_CRS)
    simplified = shapely.coverage_simplify(metric.geometry.to_numpy(), tolerance_m)
    return gpd.GeoSeries(simplified, crs=DERIVATION_CRS).to_crs(CRS).intersection(within)


def derive_basemap(countries: gpd.GeoDataFrame, townships: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The base layers as one frame (:data:`BASEMAP_COLUMNS`, EPSG:4326).

    ``countries`` are Natural Earth's (:func:`read_world_atlas`); those touching
    :data:`COUNTRY_BOX` are kept, clipped to it. State and region outlines are the
    township areas (``state_pcode``, ``state``) merged and clipped to Natural Earth's
    Myanmar, so no outline crosses the international border.
    """
    if "Myanmar" not in set(countries["name"]):
        raise GeoError("the Natural Earth countries have no Myanmar: is it countries-10m.json?")
    box = shapely.box(*COUNTRY_BOX)
    near = countries[countries.intersects(box)].copy()
    near["geometry"] = near.intersection(box)
    myanmar = near.loc[near["name"] == MYANMAR, "geometry"].iloc[0]
    states = townships.dissolve(by=["state_pcode", "state"], as_index=False)
    state_shapes = _simplified(states, STATE_SIMPLIFY_M, myanmar)
    township_shapes = _simplified(townships, TOWNSHIP_SIMPLIFY_M, myanmar)
    rows: list[tuple[str, Any, Any, shapely.Geometry]] = [
        ("country", r.name, r.code, r.geometry) for r in near.itertuples()
    ]
    rows += [("country-label", n, c, p) for n, c, p in _neighbour_labels(near, myanmar)]
    for layer, frame, shapes, name, code in (
        ("state", states, state_shapes, "state", "state_pcode"),
        ("township", townships, township_shapes, "township", "township_pcode"),
    ):
        pairs = list(zip(frame[name], frame[code], shapes, strict=True))
        rows += [(layer, n, c, g) for n, c, g in pairs if not g.is_empty]
        rows += [(f"{layer}-label", n, c, _label_point(g)) for n, c, g in pairs if not g.is_empty]
    return gpd.GeoDataFrame(
        {
            "layer": [r[0] for r in rows],
            "name": [r[1] for r in rows],
            "code": [r[2] for r in rows],
        },
        geometry=[r[3] for r in rows],
        crs=CRS,
    )
