"""Distance rings around a centre, and where events fall in them.

Rings are geodesic bands (see :mod:`geo.geodesy`); an event's distance and bearing
are measured on the ellipsoid from the centre.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import geopandas as gpd
import numpy as np
import pandas as pd

from geo import geodesy
from geo.errors import GeoError
from geo.gazetteer import KIA_HEADQUARTERS_ID, Gazetteer, Place
from geo.precision import region_only
from geo.schema import CRS
from geo.summary import SUMMED, totals

__all__ = [
    "DEFAULT_CENTRE_ID",
    "DEFAULT_RADII_KM",
    "MAX_RADIUS_KM",
    "NO_BEARING_WITHIN_M",
    "CentreChoice",
    "beyond_rings",
    "centre_choices",
    "distances_from",
    "parse_radii",
    "ring_bands",
    "ring_label_points",
    "rings_with_beyond",
]

DEFAULT_RADII_KM: Final = (5.0, 10.0, 25.0, 50.0, 100.0)
#: The gazetteer place rings are drawn around by default: the KIA headquarters, Laiza.
DEFAULT_CENTRE_ID: Final = KIA_HEADQUARTERS_ID
MAX_RADIUS_KM: Final = 2000.0
#: An event closer than this to the centre has no bearing (the centre itself has none).
NO_BEARING_WITHIN_M: Final = 1.0


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
    where anything happened) get ``NaN``, so no ring counts them. An event within
    :data:`NO_BEARING_WITHIN_M` of the centre has a distance but no bearing (``NaN``).
    """
    has_point = events["latitude"].notna() & events["longitude"].notna() & ~region_only(events)
    distance = np.full(len(events), np.nan)
    bearing = np.full(len(events), np.nan)
    if has_point.any():
        ev_lon = events.loc[has_point, "longitude"].to_numpy(dtype="float64")
        ev_lat = events.loc[has_point, "latitude"].to_numpy(dtype="float64")
        metres, degrees = geodesy.distance_bearing(lon, lat, ev_lon, ev_lat)
        distance[has_point.to_numpy()] = metres / 1000.0
        bearing[has_point.to_numpy()] = degrees
        bearing[distance * 1000.0 < NO_BEARING_WITHIN_M] = np.nan
    return pd.DataFrame({"distance_km": distance, "bearing_deg": bearing}, index=events.index)


def ring_bands(
    lon: float,
    lat: float,
    radii_km: Sequence[float] = DEFAULT_RADII_KM,
    *,
    events: gpd.GeoDataFrame | None = None,
    distances: pd.DataFrame | None = None,
) -> gpd.GeoDataFrame:
    """One band per radius: 0-r1, r1-r2, ... with ``inner_km`` and ``outer_km``.

    With ``events``, each band also gets the casualty totals of
    :func:`geo.summary.totals` (``events``, ``fatalities_low`` / ``_best`` / ``_high``,
    ``injured``, ..., ``fatalities_unknown``) for the events whose distance d satisfies
    inner < d <= outer (the first band includes 0). A figure no event in the band
    reported is unknown (``<NA>``), not 0. ``distances`` are the events'
    :func:`distances_from` the centre, when already measured.
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
        distance = _distance_km(events, lon, lat, distances)
        figures = events[list(SUMMED)]  # rows are taken of these columns only
        stats = [
            totals(figures[((distance <= b) & ((distance > a) | (a == 0))).to_numpy()])
            for a, b in zip(inner, radii, strict=True)
        ]
        for key in stats[0]:
            bands[key] = pd.Series([row[key] for row in stats], index=bands.index, dtype="Int64")
    return bands


def _distance_km(
    events: gpd.GeoDataFrame, lon: float, lat: float, distances: pd.DataFrame | None
) -> pd.Series:
    if distances is None:
        distances = distances_from(events, lon, lat)
    elif not distances.index.equals(events.index):
        raise GeoError("distances must be measured for the same events, in the same order")
    return distances["distance_km"]


def beyond_rings(
    events: gpd.GeoDataFrame,
    lon: float,
    lat: float,
    radii_km: Sequence[float],
    *,
    distances: pd.DataFrame | None = None,
) -> dict[str, object]:
    """The events farther than the largest radius, with the same figures as a band of
    :func:`ring_bands` (``inner_km`` the largest radius, ``outer_km`` infinite);
    ``distances`` as :func:`ring_bands` takes them."""
    radii = parse_radii(radii_km)
    distance = _distance_km(events, lon, lat, distances)
    return {
        "inner_km": radii[-1],
        "outer_km": float("inf"),
        **totals(events[list(SUMMED)][(distance > radii[-1]).to_numpy()]),
    }


def rings_with_beyond(
    centre: str,
    lon: float,
    lat: float,
    radii_km: Sequence[float],
    events: gpd.GeoDataFrame,
    *,
    distances: pd.DataFrame | None = None,
) -> gpd.GeoDataFrame:
    """What a rings file holds (``python -m geo rings``, the Distance rings page's
    download): the bands of :func:`ring_bands` and, as the page's table shows it, a
    last row for the events beyond the last ring (no geometry, no ``outer_km``: JSON
    has no infinity), each row naming its ``center``."""
    bands = ring_bands(lon, lat, radii_km, events=events, distances=distances)
    beyond = pd.DataFrame([beyond_rings(events, lon, lat, radii_km, distances=distances)])
    beyond = beyond.assign(outer_km=float("nan"))
    rows = pd.concat([bands.drop(columns="geometry"), beyond.astype(bands.dtypes.drop("geometry"))])
    rows.insert(0, "center", centre)
    return gpd.GeoDataFrame(
        rows.reset_index(drop=True), geometry=[*bands.geometry, None], crs=bands.crs
    )


def ring_label_points(
    lon: float, lat: float, radii_km: Sequence[float]
) -> list[tuple[float, float, float]]:
    """Where each ring's km label goes: ``(radius_km, lon, lat)`` on the ring, due north
    of the centre (geodesic)."""
    return [
        (r, *geodesy.offset(lon, lat, distance_m=r * 1000.0, bearing_deg=0.0))
        for r in parse_radii(radii_km)
    ]


@dataclass(frozen=True)
class CentreChoice:
    """A place a typed centre name may mean, and how sure that is.

    ``fuzzy`` is True when the name only resembles the place's (a spelling guess that
    may lie far away); ``distance_km`` is the geodesic distance from the reference
    place (the best exact match, or the centre used when nothing matches exactly).
    """

    place: Place
    fuzzy: bool
    score: float
    distance_km: float
    reference: str

    @property
    def label(self) -> str:
        """``La Wa Yang (village, Injangyang township; fuzzy match 88%, 190 km from Laiza)``."""
        p = self.place
        where = f"{p.township} township" if p.township else (p.state or "no township")
        how = f"fuzzy match {self.score:.0f}%" if self.fuzzy else "exact"
        far = f"{self.distance_km:,.0f}" if self.distance_km >= 10 else f"{self.distance_km:.1f}"
        return f"{p.name} ({p.kind}, {where}; {how}, {far} km from {self.reference})"


def centre_choices(
    gazetteer: Gazetteer, query: str, *, reference: Place, limit: int = 10
) -> list[CentreChoice]:
    """The places with a point that ``query`` may name, best first.

    Each carries whether it matched only fuzzily, and its distance from the best exact
    (or normalised-spelling) match, or from ``reference`` when the name matched only
    fuzzily: a guess 190 km away is said to be 190 km away.
    """
    matches = [m for m in gazetteer.candidates(query, limit=limit) if m.place.has_point]
    exact = [m.place for m in matches if m.method != "fuzzy"]
    anchor = exact[0] if exact else reference
    a_lon, a_lat = anchor.lonlat()
    choices = []
    for m in matches:
        p_lon, p_lat = m.place.lonlat()
        km = float(geodesy.distance_m(a_lon, a_lat, p_lon, p_lat)) / 1000.0
        choices.append(CentreChoice(m.place, m.method == "fuzzy", m.score, km, anchor.name))
    return choices
