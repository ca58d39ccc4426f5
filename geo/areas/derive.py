"""Approximate MIMU township areas, derived from the MIMU village and ward points.

The official MIMU township polygons may not be redistributed, so the app ships
areas it derives itself (``data/townships.geojson``, see ``data/README.md``):

1. every MIMU village and ward with a point of its own (precision ``village
   point`` or ``ward point``) is a seed; identical points are merged, and a merged
   point takes the township most of its places are in (ties: the lowest P-code);
2. the Voronoi cells of the seeds, computed in :data:`DERIVATION_CRS`, are merged
   by township P-code;
3. each township is clipped to the land within ``clip_km`` of a seed (the same as
   clipping every cell to the disc around its own seed), so no area runs off to
   infinity or far into a neighbouring country;
4. the townships, a polygonal coverage (no overlaps, identical shared edges), are
   simplified together (shapely ``coverage_simplify``, ``simplify_m`` metres), so
   shared borders stay shared, and returned in EPSG:4326.

The areas are APPROXIMATE: a border runs halfway between the nearest villages on
either side, not along the river or ridge that really bounds the township, and
empty country more than ``clip_km`` from any village belongs to no township.
:mod:`geo.areas.agreement` measures them against official polygons.
"""

from __future__ import annotations

import math
from typing import Any, Final

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import Transformer

from geo.errors import GeoError
from geo.gazetteer import Gazetteer, Place, load_gazetteer
from geo.schema import CRS
from geo.townships import LAYER_COLUMNS

__all__ = [
    "AREA_COLUMNS",
    "CLIP_KM",
    "DERIVATION_CRS",
    "SIMPLIFY_M",
    "derive_township_areas",
    "polygonal",
    "seed_points",
    "village_points",
]

#: Lambert conformal conic fitted to Myanmar (9.5-28.6 N, 92.2-101.2 E): standard
#: parallels 12.5 N and 25.5 N (one sixth of the span in from either end), central
#: meridian 96.5 E. Conformal, so Voronoi bisectors and clip discs keep their shape;
#: its scale error stays within -0.7 % to +0.8 % over the whole country, where one UTM
#: zone (Myanmar straddles 46N and 47N) reaches +1 % at the far border.
DERIVATION_CRS: Final = (
    "+proj=lcc +lat_1=12.5 +lat_2=25.5 +lat_0=19 +lon_0=96.5 "
    "+x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"
)

#: Clip distance. Of 10, 15, 20, 25, 30, 40 and 60 km, 25 km agreed best with the
#: official Kachin townships (median IoU): less leaves the sparsely settled north
#: (Tanai, Puta-O, Nawngmun) full of holes, more pushes the border townships
#: (Chipwi, Waingmaw, Momauk) into China.
CLIP_KM: Final = 25.0
#: Coverage simplification tolerance, metres: a tenth of the usual distance between
#: villages; removes the disc arcs' and cell edges' smallest wiggles (0.85 MB for Myanmar).
SIMPLIFY_M: Final = 100.0

#: Columns of a township-area frame, in order (plus ``geometry``).
AREA_COLUMNS: Final = (*LAYER_COLUMNS, "villages")
_OWN_POINT: Final = frozenset({"village point", "ward point"})
_SEED_KINDS: Final = frozenset({"village", "ward"})
_CLIP_QUAD_SEGS: Final = 16


# -- seeds ------------------------------------------------------------------------------
def _has_own_point(place: Place) -> bool:
    return (
        place.kind in _SEED_KINDS
        and place.precision in _OWN_POINT
        and place.has_point
        and place.township_pcode is not None
    )


def seed_points(gazetteer: Gazetteer) -> pd.DataFrame:
    """Villages and wards with a point of their own: the seeds of the derived areas.

    Returns
    -------
    pandas.DataFrame
        ``place_id``, ``kind``, ``township_pcode``, ``longitude``, ``latitude``, in
        gazetteer order.
    """
    rows = [
        (p.place_id, p.kind, p.township_pcode, p.longitude, p.latitude)
        for p in gazetteer.places()
        if _has_own_point(p)
    ]
    return pd.DataFrame(
        rows, columns=["place_id", "kind", "township_pcode", "longitude", "latitude"]
    ).astype({"longitude": "float64", "latitude": "float64"})


def village_points(gazetteer: Gazetteer | None = None) -> gpd.GeoDataFrame:
    """MIMU villages with a point of their own (precision ``village point``), EPSG:4326.

    Columns ``place_id``, ``township_pcode`` and ``geometry``: the point set of
    :func:`geo.areas.agreement.agreement`'s village share.
    """
    seeds = seed_points(gazetteer or load_gazetteer())
    villages = seeds[seeds["kind"] == "village"].reset_index(drop=True)
    return gpd.GeoDataFrame(
        villages[["place_id", "township_pcode"]],
        geometry=gpd.points_from_xy(villages["longitude"], villages["latitude"]),
        crs=CRS,
    )


def _merge_identical(seeds: pd.DataFrame) -> pd.DataFrame:
    """One row per distinct point, labelled with its most frequent township (ties: lowest
    P-code), sorted by longitude then latitude."""
    counts = seeds.groupby(["longitude", "latitude", "township_pcode"]).size().rename("n")
    ranked = counts.reset_index().sort_values(
        ["longitude", "latitude", "n", "township_pcode"], ascending=[True, True, False, True]
    )
    return ranked.drop_duplicates(["longitude", "latitude"]).reset_index(drop=True)


# -- derivation -------------------------------------------------------------------------
def _check_parameters(clip_km: float, simplify_m: float) -> None:
    problems = []
    if not (math.isfinite(clip_km) and clip_km > 0):
        problems.append(f"clip_km must be a positive number of km, not {clip_km!r}")
    if not (math.isfinite(simplify_m) and simplify_m >= 0):
        problems.append(f"simplify_m must be 0 or a positive number of metres, not {simplify_m!r}")
    if problems:
        raise GeoError("; ".join(problems))


def polygonal(geometries: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """Each geometry made valid and reduced to its polygons (a Polygon or MultiPolygon)."""
    out = []
    for geom in shapely.make_valid(geometries):
        parts = [g for g in shapely.get_parts(geom) if g.geom_type in ("Polygon", "MultiPolygon")]
        merged = shapely.union_all(parts) if parts else shapely.Polygon()
        out.append(merged)
    return np.asarray(out, dtype=object)


def derive_township_areas(
    gazetteer: Gazetteer | None = None,
    *,
    clip_km: float = CLIP_KM,
    simplify_m: float = SIMPLIFY_M,
) -> gpd.GeoDataFrame:
    """Approximate township areas: Voronoi cells of the village and ward points.

    Parameters
    ----------
    gazetteer
        Source of the points and townships; the bundled gazetteer by default.
    clip_km
        No area extends more than this many km from a village or ward point.
    simplify_m
        Coverage simplification tolerance in metres (0: none).

    Returns
    -------
    geopandas.GeoDataFrame
        One row per township with at least one point, sorted by ``township_pcode``:
        :data:`AREA_COLUMNS` (``villages`` counts the distinct points used) and a
        Polygon or MultiPolygon ``geometry``, in EPSG:4326. The areas do not overlap.
        (A township all of whose points coincide with more places of another township
        would have none; no township of MIMU 9.6 does.)

    Raises
    ------
    GeoError
        For a bad parameter, a gazetteer without points, a point whose township the
        gazetteer does not know, or (a defect) areas that do not form a valid coverage.
    """
    _check_parameters(clip_km, simplify_m)
    gazetteer = gazetteer or load_gazetteer()
    townships = {t.pcode: t for t in gazetteer.townships()}
    seeds = seed_points(gazetteer)
    if seeds.empty:
        raise GeoError("the gazetteer has no village or ward with a point of its own")
    unknown = sorted(set(seeds["township_pcode"]) - set(townships))
    if unknown:
        raise GeoError(f"places name townships the gazetteer lacks: {', '.join(unknown)}")
    sites = _merge_identical(seeds)
    to_metric = Transformer.from_crs(CRS, DERIVATION_CRS, always_xy=True)
    x, y = to_metric.transform(sites["longitude"].to_numpy(), sites["latitude"].to_numpy())
    points = shapely.points(np.column_stack([x, y]))
    clip_m = clip_km * 1000.0
    margin = 2 * clip_m
    frame = shapely.box(x.min() - margin, y.min() - margin, x.max() + margin, y.max() + margin)
    cells = shapely.get_parts(
        shapely.voronoi_polygons(shapely.multipoints(points), extend_to=frame, ordered=True)
    )
    if len(cells) != len(points):
        raise GeoError(f"Voronoi diagram has {len(cells)} cells for {len(points)} points")
    codes = sites["township_pcode"].to_numpy(dtype=object)
    pcodes = sorted(set(codes))
    # Cells share their edges exactly, so merging them is a coverage union.
    areas = np.asarray(
        [shapely.coverage_union_all(cells[codes == pcode]) for pcode in pcodes], dtype=object
    )
    # A point of township T within clip_km of any seed is within clip_km of its own
    # cell's seed, so one mask (the union of all discs) clips every cell to its own disc.
    mask = shapely.union_all(shapely.buffer(points, clip_m, quad_segs=_CLIP_QUAD_SEGS))
    areas = polygonal(shapely.intersection(areas, mask))
    if not shapely.coverage_is_valid(areas):
        areas = shapely.coverage_clean(areas)
    if simplify_m > 0:
        areas = shapely.coverage_simplify(areas, simplify_m)
    areas = polygonal(areas)
    if not (shapely.coverage_is_valid(areas) and shapely.is_valid(areas).all()):
        raise GeoError("derived township areas overlap or are invalid (a defect: please report)")
    counts = sites.groupby("township_pcode").size()
    rows = [
        {
            "township_pcode": pcode,
            "township": townships[pcode].name,
            "district_pcode": townships[pcode].district_pcode,
            "district": townships[pcode].district,
            "state_pcode": townships[pcode].state_pcode,
            "state": townships[pcode].state,
            "villages": int(counts[pcode]),
        }
        for pcode in pcodes
    ]
    metric = gpd.GeoSeries(areas, crs=DERIVATION_CRS)
    result = gpd.GeoDataFrame(
        pd.DataFrame(rows, columns=list(AREA_COLUMNS)).astype({"villages": "int64"}),
        geometry=metric.to_crs(CRS).to_numpy(),
        crs=CRS,
    )
    return result
