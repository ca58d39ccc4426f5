"""The shipped township-area file: its GeoJSON text and provenance, writing and reading it.

:func:`township_areas_geojson` makes the text of ``data/townships.geojson`` (one feature
a line, sorted, rounded, with a ``metadata`` member saying how it was made, see
:func:`provenance`); :func:`write_township_areas` writes it whole or not at all and
:func:`read_township_areas` reads it back.
"""

from __future__ import annotations

import importlib.metadata
import json
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Final

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry import mapping

from geo.areas.derive import AREA_COLUMNS, CLIP_KM, DERIVATION_CRS, SIMPLIFY_M
from geo.errors import GeoError
from geo.files import write_atomic
from geo.paths import TOWNSHIPS_PATH
from geo.schema import CRS

__all__ = [
    "COORDINATE_DECIMALS",
    "TOWNSHIPS_PATH",
    "features_geojson",
    "provenance",
    "read_township_areas",
    "township_areas_geojson",
    "write_township_areas",
]

#: Decimals of the written coordinates (1e-5 degree is about 1 m).
COORDINATE_DECIMALS: Final = 5
_MIMU_PACKAGE: Final = "mm-geo-coder"


def provenance(*, clip_km: float = CLIP_KM, simplify_m: float = SIMPLIFY_M) -> dict[str, Any]:
    """The ``metadata`` member written with the layer: where it comes from and how."""
    try:
        version = importlib.metadata.version(_MIMU_PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    return {
        "title": "Approximate MIMU township areas (derived, not official boundaries)",
        "approximate": True,
        "source": (
            f"MIMU village and ward points, P-code release 9.6, as shipped in the "
            f"{_MIMU_PACKAGE} package {version} (MIT)"
        ),
        "method": (
            "Voronoi cells of the village and ward points that have a point of their own "
            "(identical points merged, majority township), merged by township P-code, "
            "clipped to clip_km around the points, coverage-simplified by simplify_m, "
            "computed in the CRS below and written in EPSG:4326"
        ),
        "parameters": {
            "clip_km": clip_km,
            "simplify_m": simplify_m,
            "crs": DERIVATION_CRS,
            "coordinate_decimals": COORDINATE_DECIMALS,
        },
        "made_by": "python -m geo.areas -o data/townships.geojson",
        "note": (
            "APPROXIMATE: borders run halfway between neighbouring villages of different "
            "townships, not along the official boundaries; land far from any village "
            "is in no township. See data/README.md for the measured agreement."
        ),
    }


def _json_value(value: Any) -> Any:
    """A JSON value: ``None`` for a missing one (self-administered zones have no district)."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, np.integer):
        return int(value)
    return value


def _rounded(coords: Any, decimals: int = COORDINATE_DECIMALS) -> Any:
    if isinstance(coords, int | float):
        return round(float(coords), decimals)
    return [_rounded(c, decimals) for c in coords]


def _check_areas(areas: gpd.GeoDataFrame) -> None:
    problems = []
    missing = [c for c in (*AREA_COLUMNS, "geometry") if c not in areas.columns]
    if missing:
        problems.append(
            f"missing columns {', '.join(missing)} (expected {', '.join(AREA_COLUMNS)})"
        )
    if areas.crs is None:
        problems.append("no CRS: build the frame with crs='EPSG:4326'")
    if problems:
        raise GeoError("township areas: " + "; ".join(problems))


def township_areas_geojson(areas: gpd.GeoDataFrame, *, metadata: Mapping[str, Any]) -> str:
    """RFC 7946 text of township areas: one feature per line, sorted by P-code,
    coordinates rounded to :data:`COORDINATE_DECIMALS`, counter-clockwise shells,
    no ``crs`` member, and a top-level ``metadata`` member."""
    _check_areas(areas)
    return features_geojson(areas, AREA_COLUMNS, sort_by="township_pcode", metadata=metadata)


def features_geojson(
    frame: gpd.GeoDataFrame,
    columns: Sequence[str],
    *,
    sort_by: str | list[str],
    metadata: Mapping[str, Any],
    decimals: int = COORDINATE_DECIMALS,
) -> str:
    """Deterministic RFC 7946 text of ``frame`` (any CRS; written in EPSG:4326): one
    feature per line sorted by ``sort_by``, properties ``columns``, coordinates rounded
    to ``decimals``, counter-clockwise shells, no ``crs`` member, a ``metadata`` member."""
    frame = frame.to_crs(CRS).sort_values(sort_by, kind="stable")
    geometry = shapely.orient_polygons(
        shapely.set_precision(frame.geometry.to_numpy(), 10.0**-decimals),
        exterior_cw=False,
    )
    features = []
    for row, geom in zip(frame[list(columns)].itertuples(index=False), geometry, strict=True):
        shape = mapping(geom)
        properties = {c: _json_value(v) for c, v in zip(columns, row, strict=True)}
        feature = {
            "type": "Feature",
            "properties": properties,
            "geometry": {
                "type": shape["type"],
                "coordinates": _rounded(shape["coordinates"], decimals),
            },
        }
        features.append(
            json.dumps(feature, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        )
    head = json.dumps(
        {"type": "FeatureCollection", "metadata": dict(metadata)},
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return head[:-1] + ',"features":[\n' + ",\n".join(features) + "\n]}\n"


def write_township_areas(
    areas: gpd.GeoDataFrame, path: Path, *, metadata: Mapping[str, Any]
) -> None:
    """Write :func:`township_areas_geojson` to ``path`` with :func:`geo.files.write_atomic`
    (whole or not at all), readable by everyone (mode 0o644: a shared data file).

    Raises
    ------
    GeoError
        For a frame that cannot be written (see :func:`township_areas_geojson`), or a
        file that cannot be (its folder missing, say); ``path`` is then unchanged.
    """
    write_atomic(path, township_areas_geojson(areas, metadata=metadata), mode=0o644)


def read_township_areas(path: Path = TOWNSHIPS_PATH) -> gpd.GeoDataFrame:
    """The shipped township areas (EPSG:4326), with the columns of :data:`AREA_COLUMNS`.

    Raises
    ------
    GeoError
        When the file is missing or lacks a column.
    """
    if not Path(path).is_file():
        raise GeoError(
            f"township areas not found at {path}; make them with "
            "`python -m geo.areas -o data/townships.geojson`"
        )
    areas = gpd.read_file(path, encoding="utf-8")
    _check_areas(areas)
    return areas[[*AREA_COLUMNS, "geometry"]]
