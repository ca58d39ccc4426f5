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
:func:`agreement` measures them against official polygons (``bench/`` and the
tests do so with the reference data in ``../shared/data``; it is never copied here).
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import math
import os
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import Transformer
from shapely.geometry import mapping

from geo.errors import GeoError
from geo.gazetteer import Gazetteer, Place, load_gazetteer
from geo.paths import TOWNSHIPS_PATH
from geo.schema import CRS
from geo.townships import LAYER_COLUMNS, area_values

__all__ = [
    "AREA_COLUMNS",
    "CLIP_KM",
    "COORDINATE_DECIMALS",
    "DERIVATION_CRS",
    "EQUAL_AREA_CRS",
    "KACHIN_PCODE",
    "SIMPLIFY_M",
    "TOWNSHIPS_PATH",
    "Agreement",
    "PointAgreement",
    "TownshipAgreement",
    "agreement",
    "derive_township_areas",
    "main",
    "point_agreement",
    "provenance",
    "read_township_areas",
    "seed_points",
    "township_agreement",
    "township_areas_geojson",
    "township_of",
    "village_points",
    "write_township_areas",
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
#: Albers equal-area conic with the same parallels: areas and intersections in km².
EQUAL_AREA_CRS: Final = (
    "+proj=aea +lat_1=12.5 +lat_2=25.5 +lat_0=19 +lon_0=96.5 "
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
#: Decimals of the written coordinates (1e-5 degree is about 1 m).
COORDINATE_DECIMALS: Final = 5
#: Kachin State, the default state of :func:`township_agreement`.
KACHIN_PCODE: Final = "MMR001"

#: Columns of a township-area frame, in order (plus ``geometry``).
AREA_COLUMNS: Final = (*LAYER_COLUMNS, "villages")
_OWN_POINT: Final = frozenset({"village point", "ward point"})
_SEED_KINDS: Final = frozenset({"village", "ward"})
_CLIP_QUAD_SEGS: Final = 16
_OFFICIAL_COLUMNS: Final = ("TS_PCODE", "TS", "ST_PCODE")
_MIMU_PACKAGE: Final = "mm-geo-coder"


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
    :func:`agreement`'s village share.
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


def _polygonal(geometries: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
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
    areas = _polygonal(shapely.intersection(areas, mask))
    if not shapely.coverage_is_valid(areas):
        areas = shapely.coverage_clean(areas)
    if simplify_m > 0:
        areas = shapely.coverage_simplify(areas, simplify_m)
    areas = _polygonal(areas)
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


# -- the shipped file -------------------------------------------------------------------
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


def _plain(value: Any) -> Any:
    """A JSON value: ``None`` for a missing one (self-administered zones have no district)."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, np.integer):
        return int(value)
    return value


def _rounded(coords: Any) -> Any:
    if isinstance(coords, int | float):
        return round(float(coords), COORDINATE_DECIMALS)
    return [_rounded(c) for c in coords]


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
    frame = areas.to_crs(CRS).sort_values("township_pcode")
    geometry = shapely.orient_polygons(
        shapely.set_precision(frame.geometry.to_numpy(), 10.0**-COORDINATE_DECIMALS),
        exterior_cw=False,
    )
    features = []
    for row, geom in zip(frame[list(AREA_COLUMNS)].itertuples(index=False), geometry, strict=True):
        shape = mapping(geom)
        properties = {c: _plain(v) for c, v in zip(AREA_COLUMNS, row, strict=True)}
        feature = {
            "type": "Feature",
            "properties": properties,
            "geometry": {"type": shape["type"], "coordinates": _rounded(shape["coordinates"])},
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
    """Write :func:`township_areas_geojson` to ``path`` atomically (temp file, then rename)."""
    text = township_areas_geojson(areas, metadata=metadata)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; the layer is a shared data file
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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


# -- agreement with official polygons --------------------------------------------------
@dataclass(frozen=True)
class PointAgreement:
    """How often the derived township of a point is the official one.

    Attributes
    ----------
    points
        Points given (with a geometry).
    assessed
        Points inside an official township: the ones compared.
    agreeing
        Assessed points whose derived township is the official one.
    unassigned
        Assessed points in no derived area (beyond the clip distance).
    newer_pcode
        Assessed points whose derived township P-code is absent from the official
        layer (a township created in a later P-code release than the official one).
    """

    points: int
    assessed: int
    agreeing: int
    unassigned: int
    newer_pcode: int

    @property
    def share(self) -> float:
        """``agreeing / assessed`` (NaN when nothing was assessed)."""
        return self.agreeing / self.assessed if self.assessed else math.nan

    @property
    def comparable_share(self) -> float:
        """The share among points whose derived P-code the official layer also has."""
        comparable = self.assessed - self.newer_pcode
        return self.agreeing / comparable if comparable else math.nan


@dataclass(frozen=True)
class TownshipAgreement:
    """One official township against the derived area with the same P-code."""

    township_pcode: str
    township: str
    iou: float
    derived_km2: float
    official_km2: float
    intersection_km2: float


@dataclass(frozen=True)
class Agreement:
    """The derived layer measured against official polygons (see :func:`agreement`)."""

    villages: PointAgreement
    events: PointAgreement | None
    state_pcode: str
    townships: tuple[TownshipAgreement, ...]

    @property
    def median_iou(self) -> float:
        """Median intersection-over-union of the state's townships."""
        return float(np.median([t.iou for t in self.townships])) if self.townships else math.nan

    @property
    def min_iou(self) -> float:
        """Lowest intersection-over-union of the state's townships."""
        return min((t.iou for t in self.townships), default=math.nan)

    def worst(self, n: int = 3) -> tuple[TownshipAgreement, ...]:
        """The ``n`` townships with the lowest intersection-over-union."""
        return tuple(sorted(self.townships, key=lambda t: (t.iou, t.township_pcode))[:n])


def _check_frame(frame: gpd.GeoDataFrame, columns: Sequence[str], what: str) -> None:
    problems = []
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        problems.append(f"missing columns {', '.join(missing)}")
    if frame.crs is None:
        problems.append("no CRS (set one: a frame without CRS cannot be compared)")
    if problems:
        raise GeoError(f"{what}: " + "; ".join(problems))


def township_of(
    points: gpd.GeoDataFrame, areas: gpd.GeoDataFrame, *, column: str = "township_pcode"
) -> pd.Series:
    """The ``column`` value of the area each point falls in, on the points' index.

    A point on a shared border takes the lowest value; a point in no area, or
    without a geometry, gets ``None``.
    """
    _check_frame(points, [], "points")
    _check_frame(areas, [column], "areas")
    return area_values(points.geometry, areas, column)


def point_agreement(
    derived: gpd.GeoDataFrame, official: gpd.GeoDataFrame, points: gpd.GeoDataFrame
) -> PointAgreement:
    """Compare the township each point falls in, derived against official.

    ``official`` has MIMU's columns (``TS_PCODE``, ...), as read with
    ``gpd.read_file(path, encoding="utf-8")``.
    """
    _check_frame(derived, ["township_pcode"], "derived areas")
    _check_frame(official, _OFFICIAL_COLUMNS, "official polygons")
    located = points[points.geometry.notna() & ~points.geometry.is_empty]
    ours = township_of(located, derived)
    theirs = township_of(located, official, column="TS_PCODE")
    assessed = theirs.notna()
    known = set(official["TS_PCODE"])
    return PointAgreement(
        points=len(located),
        assessed=int(assessed.sum()),
        agreeing=int((assessed & (ours == theirs)).sum()),
        unassigned=int((assessed & ours.isna()).sum()),
        newer_pcode=int((assessed & ours.notna() & ~ours.isin(known)).sum()),
    )


def township_agreement(
    derived: gpd.GeoDataFrame, official: gpd.GeoDataFrame, *, state_pcode: str = KACHIN_PCODE
) -> tuple[TownshipAgreement, ...]:
    """Intersection-over-union and areas (km², in :data:`EQUAL_AREA_CRS`) of each
    official township of a state against the derived area with its P-code; sorted by
    P-code. A township with no derived area has an IoU of 0.

    Raises
    ------
    GeoError
        When the official layer has no township in ``state_pcode``.
    """
    _check_frame(derived, ["township_pcode"], "derived areas")
    _check_frame(official, _OFFICIAL_COLUMNS, "official polygons")
    theirs = official[official["ST_PCODE"] == state_pcode]
    if theirs.empty:
        states = ", ".join(sorted(set(official["ST_PCODE"])))
        raise GeoError(f"no official township in state {state_pcode!r}; states: {states}")
    theirs = theirs.sort_values("TS_PCODE").to_crs(EQUAL_AREA_CRS)
    ours = derived.to_crs(EQUAL_AREA_CRS)
    ours_by_pcode = dict(
        zip(ours["township_pcode"], _polygonal(ours.geometry.to_numpy()), strict=True)
    )
    result = []
    official_geoms = _polygonal(theirs.geometry.to_numpy())
    for pcode, name, geom in zip(theirs["TS_PCODE"], theirs["TS"], official_geoms, strict=True):
        mine = ours_by_pcode.get(pcode, shapely.Polygon())
        inter = float(shapely.intersection(mine, geom).area)
        union = float(shapely.union(mine, geom).area)
        result.append(
            TownshipAgreement(
                township_pcode=str(pcode),
                township=str(name),
                iou=inter / union if union else math.nan,
                derived_km2=float(mine.area) / 1e6,
                official_km2=float(geom.area) / 1e6,
                intersection_km2=inter / 1e6,
            )
        )
    return tuple(result)


def agreement(
    derived: gpd.GeoDataFrame,
    official: gpd.GeoDataFrame,
    *,
    villages: gpd.GeoDataFrame,
    events: gpd.GeoDataFrame | None = None,
    state_pcode: str = KACHIN_PCODE,
) -> Agreement:
    """Measure derived township areas against official polygons.

    Parameters
    ----------
    derived
        Township areas (:func:`derive_township_areas` or :func:`read_township_areas`).
    official
        Official MIMU township polygons with ``TS_PCODE``, ``TS`` and ``ST_PCODE``.
    villages
        Village points (:func:`village_points`): (a) the share in the right township.
    events
        Optional event points: (b) the same share for them.
    state_pcode
        State whose townships are compared area by area (c); Kachin by default.
    """
    return Agreement(
        villages=point_agreement(derived, official, villages),
        events=None if events is None else point_agreement(derived, official, events),
        state_pcode=state_pcode,
        townships=township_agreement(derived, official, state_pcode=state_pcode),
    )


# -- command line -----------------------------------------------------------------------
def main(argv: Sequence[str] | None = None) -> int:
    """``python -m geo.areas [-o data/townships.geojson] [--clip-km] [--simplify-m]``."""
    parser = argparse.ArgumentParser(
        prog="python -m geo.areas",
        description="Derive approximate township areas from the MIMU village points.",
    )
    parser.add_argument("-o", "--output", type=Path, default=TOWNSHIPS_PATH)
    parser.add_argument("--clip-km", type=float, default=CLIP_KM)
    parser.add_argument("--simplify-m", type=float, default=SIMPLIFY_M)
    args = parser.parse_args(argv)
    try:
        gazetteer = load_gazetteer()
        start = time.perf_counter()
        areas = derive_township_areas(gazetteer, clip_km=args.clip_km, simplify_m=args.simplify_m)
        derived_s = time.perf_counter() - start
        metadata = provenance(clip_km=args.clip_km, simplify_m=args.simplify_m)
        write_township_areas(areas, args.output, metadata=metadata)
    except GeoError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 1
    size_mb = args.output.stat().st_size / 1e6
    sys.stdout.write(
        f"{len(areas)} township areas derived in {derived_s:.1f} s, "
        f"written to {args.output} ({size_mb:.2f} MB)\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
