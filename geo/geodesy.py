"""Geodesic measurement on the WGS84 ellipsoid (pyproj ``Geod``).

Nothing here measures in degrees: distances, bearings, offsets and circles are
solved on the ellipsoid, so a 100 km ring is 100 km in every direction.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import numpy as np
from numpy.typing import ArrayLike, NDArray
from pyproj import Geod
from shapely.geometry import Polygon
from shapely.geometry.polygon import orient

__all__ = [
    "CIRCLE_VERTICES",
    "WGS84",
    "bearing_deg",
    "distance_bearing",
    "distance_m",
    "geodesic_area_m2",
    "geodesic_circle",
    "geodesic_ring",
    "offset",
]

WGS84: Final = Geod(ellps="WGS84")

#: Vertices of a circle: enough that the polygon's area is within 0.01 % of the circle's.
CIRCLE_VERTICES: Final = 720


def distance_m(
    lon1: ArrayLike, lat1: ArrayLike, lon2: ArrayLike, lat2: ArrayLike
) -> NDArray[np.float64]:
    """Geodesic distance in metres between points (broadcasts like numpy)."""
    return distance_bearing(lon1, lat1, lon2, lat2)[0]


def bearing_deg(
    lon1: ArrayLike, lat1: ArrayLike, lon2: ArrayLike, lat2: ArrayLike
) -> NDArray[np.float64]:
    """Initial geodesic bearing from point 1 to point 2, degrees clockwise from north, 0-360."""
    return distance_bearing(lon1, lat1, lon2, lat2)[1]


def distance_bearing(
    lon1: ArrayLike, lat1: ArrayLike, lon2: ArrayLike, lat2: ArrayLike
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """:func:`distance_m` and :func:`bearing_deg` from one solution of the inverse
    problem (half the time of asking for each)."""
    lon1, lat1, lon2, lat2 = np.broadcast_arrays(
        *(np.asarray(v, dtype="float64") for v in (lon1, lat1, lon2, lat2))
    )
    azimuth, _, dist = WGS84.inv(lon1, lat1, lon2, lat2)
    bearing: NDArray[np.float64] = np.mod(np.asarray(azimuth, dtype="float64"), 360.0)
    return np.asarray(dist, dtype="float64"), bearing


def offset(lon: float, lat: float, *, distance_m: float, bearing_deg: float) -> tuple[float, float]:
    """The point ``distance_m`` metres from (lon, lat) along ``bearing_deg``; returns (lon, lat)."""
    out_lon, out_lat, _ = WGS84.fwd(lon, lat, bearing_deg, distance_m)
    return float(out_lon), float(out_lat)


def _circle_coords(
    lon: float, lat: float, radius_m: float, vertices: int
) -> list[tuple[float, float]]:
    azimuths = np.linspace(0.0, 360.0, vertices, endpoint=False)
    lons, lats, _ = WGS84.fwd(
        np.full(vertices, lon), np.full(vertices, lat), azimuths, np.full(vertices, radius_m)
    )
    return list(zip(np.asarray(lons).tolist(), np.asarray(lats).tolist(), strict=True))


def geodesic_circle(
    lon: float, lat: float, radius_m: float, *, vertices: int = CIRCLE_VERTICES
) -> Polygon:
    """Polygon whose vertices are all exactly ``radius_m`` (geodesic) from the centre.

    The exterior runs counter-clockwise (RFC 7946's right-hand rule).
    """
    if radius_m <= 0:
        raise ValueError(f"radius must be positive, got {radius_m} m")
    return orient(Polygon(_circle_coords(lon, lat, radius_m, vertices)), sign=1.0)


def geodesic_ring(
    lon: float,
    lat: float,
    inner_m: float,
    outer_m: float,
    *,
    vertices: int = CIRCLE_VERTICES,
) -> Polygon:
    """The band between two geodesic circles (a disc when ``inner_m`` is 0)."""
    if not 0 <= inner_m < outer_m:
        raise ValueError(f"need 0 <= inner < outer, got inner={inner_m} m, outer={outer_m} m")
    outer = _circle_coords(lon, lat, outer_m, vertices)
    holes: Sequence[list[tuple[float, float]]] = (
        [_circle_coords(lon, lat, inner_m, vertices)] if inner_m > 0 else []
    )
    return orient(Polygon(outer, holes), sign=1.0)


def geodesic_area_m2(polygon: Polygon) -> float:
    """Area of a lon/lat polygon on the ellipsoid, square metres (holes subtracted)."""
    area, _ = WGS84.geometry_area_perimeter(polygon)
    return abs(float(area))
