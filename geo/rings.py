"""Distance rings around a centre, and where events fall in them.

Rings are geodesic bands (see :mod:`geo.geodesy`); an event's distance and bearing
are measured on the ellipsoid from the centre.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import geopandas as gpd
import numpy as np
import pandas as pd

from geo import geodesy
from geo.errors import GeoError
from geo.gazetteer import KIA_HEADQUARTERS_ID
from geo.precision import region_only
from geo.schema import CRS
from geo.summary import totals

__all__ = [
    "DEFAULT_CENTRE_ID",
    "DEFAULT_RADII_KM",
    "MAX_RADIUS_KM",
    "distances_from",
    "parse_radii",
    "ring_bands",
]

DEFAULT_RADII_KM: Final = (5.0, 10.0, 25.0, 50.0, 100.0)
#: The gazetteer place rings are drawn around by default: the KIA headquarters, Laiza.
DEFAULT_CENTRE_ID: Final = KIA_HEADQUARTERS_ID
MAX_RADIUS_KM: Final = 2000.0


def parse_radii(text: str | Sequence[float]) -> tuple[float, ...]:
    """Radii in km from ``"5,10,25"`` or a sequence: positive, distinct, sorted.

    Raises
    ------
    GeoError
        Naming the value that is not a positive number up to :data:`MAX_RADIUS_KM`.
    """
    items = text.split(",") if isinstance(text, str) else list(text)
    radii = []
    for item in items:
        try:
            value = float(item)
        except (TypeError, ValueError):
            raise GeoError(f"radius {item!r} is not a number; give km like 5,10,25") from None
        if not 0 < value <= MAX_RADIUS_KM or not np.isfinite(value):
            raise GeoError(f"radius {value:g} km must be above 0 and at most {MAX_RADIUS_KM:g} km")
        radii.append(value)
    if not radii:
        raise GeoError("give at least one radius in km, like 5,10,25")
    return tuple(sorted(set(radii)))


def distances_from(events: gpd.GeoDataFrame, lon: float, lat: float) -> pd.DataFrame:
    """Each event's geodesic ``distance_km`` and ``bearing_deg`` from (lon, lat).

    Returned on the events' index. Events with no point, and events located only to a
    region (:func:`geo.precision.region_only`: their point is the region's centre, not
    where anything happened) get ``NaN``, so no ring counts them.
    """
    has_point = events["latitude"].notna() & events["longitude"].notna() & ~region_only(events)
    distance = np.full(len(events), np.nan)
    bearing = np.full(len(events), np.nan)
    if has_point.any():
        ev_lon = events.loc[has_point, "longitude"].to_numpy(dtype="float64")
        ev_lat = events.loc[has_point, "latitude"].to_numpy(dtype="float64")
        distance[has_point.to_numpy()] = geodesy.distance_m(lon, lat, ev_lon, ev_lat) / 1000.0
        bearing[has_point.to_numpy()] = geodesy.bearing_deg(lon, lat, ev_lon, ev_lat)
    return pd.DataFrame({"distance_km": distance, "bearing_deg": bearing}, index=events.index)


def ring_bands(
    lon: float,
    lat: float,
    radii_km: Sequence[float] = DEFAULT_RADII_KM,
    *,
    events: gpd.GeoDataFrame | None = None,
) -> gpd.GeoDataFrame:
    """One band per radius: 0-r1, r1-r2, ... with ``inner_km`` and ``outer_km``.

    With ``events``, each band also gets the casualty totals of
    :func:`geo.summary.totals` (``events``, ``fatalities_low`` / ``_best`` / ``_high``,
    ``injured``, ..., ``fatalities_unknown``) for the events whose distance d satisfies
    inner < d <= outer (the first band includes 0). A figure no event in the band
    reported is unknown (``<NA>``), not 0.
    """
    radii = parse_radii(radii_km)
    inner = (0.0, *radii[:-1])
    rows = {"inner_km": list(inner), "outer_km": list(radii)}
    geometry = [
        geodesy.geodesic_ring(lon, lat, a * 1000.0, b * 1000.0)
        for a, b in zip(inner, radii, strict=True)
    ]
    bands = gpd.GeoDataFrame(rows, geometry=geometry, crs=CRS)
    if events is not None:
        distance = distances_from(events, lon, lat)["distance_km"]
        stats = [
            totals(events[((distance <= b) & ((distance > a) | (a == 0))).to_numpy()])
            for a, b in zip(inner, radii, strict=True)
        ]
        for key in stats[0]:
            bands[key] = pd.Series([row[key] for row in stats], index=bands.index, dtype="Int64")
    return bands
