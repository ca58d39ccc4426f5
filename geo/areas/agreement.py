"""How well derived township areas agree with official township polygons.

Three measures, bundled by :func:`agreement`: the share of points (MIMU villages, and
optionally events) that fall in the same township in both layers
(:func:`point_agreement`), and for one state each official township's
intersection-over-union with the derived area of its P-code
(:func:`township_agreement`). ``bench/township_agreement.py`` and the tests measure
the shipped layer with the reference data in ``../shared/data``; it is never copied here.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geo.areas.derive import polygonal
from geo.errors import GeoError
from geo.townships import area_values

__all__ = [
    "EQUAL_AREA_CRS",
    "KACHIN_PCODE",
    "Agreement",
    "PointAgreement",
    "TownshipAgreement",
    "agreement",
    "point_agreement",
    "township_agreement",
    "township_of",
]

#: Albers equal-area conic with the parallels of
#: :data:`~geo.areas.derive.DERIVATION_CRS`: areas and intersections in km².
EQUAL_AREA_CRS: Final = (
    "+proj=aea +lat_1=12.5 +lat_2=25.5 +lat_0=19 +lon_0=96.5 "
    "+x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"
)
#: Kachin State, the default state of :func:`township_agreement`.
KACHIN_PCODE: Final = "MMR001"
_OFFICIAL_COLUMNS: Final = ("TS_PCODE", "TS", "ST_PCODE")


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
        zip(ours["township_pcode"], polygonal(ours.geometry.to_numpy()), strict=True)
    )
    result = []
    official_geoms = polygonal(theirs.geometry.to_numpy())
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
        Township areas (:func:`~geo.areas.derive.derive_township_areas` or
        :func:`~geo.areas.io.read_township_areas`).
    official
        Official MIMU township polygons with ``TS_PCODE``, ``TS`` and ``ST_PCODE``.
    villages
        Village points (:func:`~geo.areas.derive.village_points`): (a) the share in the
        right township.
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
