"""Events packed for a web map at country scale: a few bytes per event, and a click
on the map traced back to the events it stands for.

A map of 100,000 events cannot send 100,000 features with their text: that is tens
of megabytes and a browser busy for a minute. :func:`point_layer` packs the events
instead as typed arrays (little-endian integers, base64) that the map's script
(``ui/js/points.js``) decodes and groups by screen cell, so that the browser draws
only what is in view:

``sites``
    Each distinct point and place name once: longitude and latitude in
    :data:`COORDINATE_SCALE` units (1e-5 degree, about a metre), and the name's index
    in ``names``. Left out when nearly every event has a point of its own.
``site``, ``day``, ``span``, ``kind``, ``deaths``
    Per event: its site; its first day (days after ``day0``, 1970-01-01 = 0) and how
    many days it lasted after that; its type's index in ``types``; its best
    fatality estimate plus one (0: not reported).

Each array is as narrow as its values allow (``u1``, ``u2``, ``i4``...). The
``digest`` names this packing: a click comes back from the browser as a token made by
:func:`token` (an event's position in the packing, or the box of a group's points),
and :meth:`PointLayer.events_at` answers it only while the digest is the same, so a
click on a map that has been filtered since never opens the wrong record.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

import geopandas as gpd
import numpy as np
import numpy.typing as npt
import pandas as pd
import shapely

from geo.event_types import EVENT_TYPES

__all__ = [
    "COORDINATE_SCALE",
    "POINT_COLUMNS",
    "TOKEN",
    "Click",
    "PointLayer",
    "drawn_order",
    "pack_ints",
    "point_layer",
    "token",
]

#: Coordinates are sent as integers in units of 1/COORDINATE_SCALE degree (~1.1 m).
COORDINATE_SCALE: Final = 100_000
#: A click's token, at the end of the text the browser returns for a clicked marker:
#: ``kcm:e:DIGEST:POSITION`` (one event) or ``kcm:g:DIGEST:W:S:E:N`` (a group: every
#: event whose point is in that box, in COORDINATE_SCALE units).
TOKEN: Final = re.compile(r"kcm:(e|g):([0-9a-f]{16}):(-?\d+(?::-?\d+){0,3})\s*$")
_EPOCH: Final = np.datetime64("1970-01-01", "D")
# Sites are shared only when that saves bytes: more than this share of events at a
# point of their own, and each event carries its own coordinates instead.
_SHARED_SITES_BELOW: Final = 0.5
_DTYPES: Final = ("u1", "i1", "u2", "i2", "u4", "i4")
#: The columns :func:`point_layer` reads (besides the geometry and the index).
POINT_COLUMNS: Final = ("location", "event_date", "event_date_end", "event_type", "fatalities_best")


def pack_ints(values: npt.ArrayLike) -> dict[str, str]:
    """Integers as the narrowest little-endian array that holds them all, base64:
    ``{"t": "u2", "b": "..."}``. The map's script reads ``t`` as the typed array
    (``u1`` Uint8Array ... ``i4`` Int32Array).

    Raises
    ------
    ValueError
        When a value does not fit in 32 bits.
    """
    array = np.asarray(values, dtype=np.int64)
    low = int(array.min()) if array.size else 0
    high = int(array.max()) if array.size else 0
    for name in _DTYPES:
        info = np.iinfo(np.dtype(name))
        if info.min <= low and high <= info.max:
            packed = array.astype(np.dtype(name).newbyteorder("<"))
            return {"t": name, "b": base64.b64encode(packed.tobytes()).decode("ascii")}
    raise ValueError(f"values from {low} to {high} do not fit in 32 bits")


def drawn_order(events: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Events with a point, largest best fatality estimate first (a small marker is
    never hidden under a big one), in a stable order."""
    return events.iloc[_drawn_positions(events)]


def _drawn_positions(events: gpd.GeoDataFrame) -> npt.NDArray[np.intp]:
    """The positions of :func:`drawn_order`, without taking any column."""
    points = events.geometry.to_numpy()
    placed = np.flatnonzero(~(shapely.is_missing(points) | shapely.is_empty(points)))
    best = events["fatalities_best"].astype("Float64").fillna(-1).to_numpy(dtype=float)
    return placed[np.argsort(-best[placed], kind="stable")]


@dataclass(frozen=True)
class Click:
    """What a clicked marker stood for: one event, or a group of events (every event
    of the packing whose point lies in ``box``, W, S, E, N in COORDINATE_SCALE units)."""

    digest: str
    position: int | None = None
    box: tuple[int, int, int, int] | None = None


@dataclass(frozen=True)
class PointLayer:
    """Events packed for the map's script (:func:`point_layer`).

    ``ids`` are the packed events' ids in their packed order; ``x`` and ``y`` their
    coordinates in COORDINATE_SCALE units; ``payload`` the JSON-ready packing (its
    names raw: whoever writes them into a page escapes them); ``digest`` names it.
    """

    ids: pd.Index
    x: npt.NDArray[np.int32]
    y: npt.NDArray[np.int32]
    payload: Mapping[str, Any]
    digest: str

    def __len__(self) -> int:
        return len(self.ids)

    def events_at(self, text: str | None) -> list[str]:
        """The ids of the events a clicked marker's text (with its :func:`token`)
        stands for, in packed order; empty when the text has no token, or one made
        for another packing (the map has been filtered or changed since)."""
        click = parse_token(text)
        if click is None or click.digest != self.digest:
            return []
        if click.position is not None:
            ok = 0 <= click.position < len(self.ids)
            return [str(self.ids[click.position])] if ok else []
        assert click.box is not None
        west, south, east, north = click.box
        inside = (self.x >= west) & (self.x <= east) & (self.y >= south) & (self.y <= north)
        return [str(i) for i in self.ids[inside]]


def token(digest: str, *, position: int | None = None, box: Sequence[int] = ()) -> str:
    """The token the map's script puts at the end of a marker's text (see :data:`TOKEN`)."""
    if position is not None:
        return f"kcm:e:{digest}:{position}"
    return f"kcm:g:{digest}:" + ":".join(str(int(v)) for v in box)


def parse_token(text: str | None) -> Click | None:
    """The :class:`Click` at the end of ``text``, or ``None``."""
    found = TOKEN.search(text or "")
    if found is None:
        return None
    kind, digest, numbers = found.groups()
    values = [int(v) for v in numbers.split(":")]
    if kind == "e" and len(values) == 1:
        return Click(digest, position=values[0])
    if kind == "g" and len(values) == 4:
        west, south, east, north = values
        return Click(digest, box=(west, south, east, north))
    return None


def point_layer(
    events: gpd.GeoDataFrame,
    *,
    flagged: Sequence[str] | pd.Index = (),
    radius_px: Callable[[int | None], float] | None = None,
) -> PointLayer:
    """``events`` (EPSG:4326) packed for the map's script, column by column.

    ``flagged`` ids are listed (by packed position) for a red outline; ``radius_px``
    gives a marker's radius in pixels for a best fatality estimate (``None``: not
    reported), sent for each estimate present (``radii``: estimate plus one, pixels),
    so that sizes keep one home (:mod:`geo.symbols`).
    """
    order = _drawn_positions(events)  # each column is then taken once, as an array
    points = events.geometry.to_numpy()
    ids = events.index[order]
    x = np.rint(shapely.get_x(points[order]) * COORDINATE_SCALE).astype(np.int32)
    y = np.rint(shapely.get_y(points[order]) * COORDINATE_SCALE).astype(np.int32)
    name_codes, names = pd.factorize(events["location"].astype("string").fillna(""))
    name_codes = name_codes[order]
    # A site is a distinct (x, y, name): packed into one integer, then factorized.
    xy_codes, xy = pd.factorize((x.astype(np.int64) << 32) | (y.astype(np.int64) & 0xFFFFFFFF))
    site_codes, site_keys = pd.factorize(
        xy_codes.astype(np.int64) * max(len(names), 1) + name_codes
    )
    site_xy = xy[site_keys // max(len(names), 1)]
    sites = (
        (site_xy >> 32).astype(np.int64),
        (site_xy & 0xFFFFFFFF).astype(np.uint32).astype(np.int32).astype(np.int64),
        site_keys % max(len(names), 1),
    )
    payload: dict[str, Any] = {"n": len(order), "names": [str(n) for n in names]}
    if len(site_keys) < _SHARED_SITES_BELOW * max(len(order), 1):
        payload["sites"] = {
            "x": pack_ints(sites[0]),
            "y": pack_ints(sites[1]),
            "name": pack_ints(sites[2]),
        }
        payload["site"] = pack_ints(site_codes)
    else:
        payload["sites"] = {"x": pack_ints(x), "y": pack_ints(y), "name": pack_ints(name_codes)}
    start = events["event_date"].to_numpy().astype("datetime64[D]")[order]
    end = events["event_date_end"].to_numpy().astype("datetime64[D]")[order]
    days = (start - _EPOCH).astype(np.int64)
    day0 = int(days.min()) if len(days) else 0
    payload["day0"] = day0
    payload["day"] = pack_ints(days - day0)
    payload["span"] = pack_ints((end - start).astype(np.int64))
    kinds, present = pd.factorize(events["event_type"].astype("string").fillna(""))
    known = [*EVENT_TYPES, *sorted(set(map(str, present)) - set(EVENT_TYPES))]
    payload["types"] = known
    payload["kind"] = pack_ints(np.array([known.index(str(p)) for p in present])[kinds[order]])
    best = events["fatalities_best"].astype("Float64").fillna(-1).to_numpy(dtype=float)
    best = best[order].astype(np.int64)
    payload["deaths"] = pack_ints(best + 1)
    if radius_px is not None:
        payload["radii"] = [
            [int(v) + 1, radius_px(None if v < 0 else int(v))] for v in np.unique(best)
        ]
    payload["flagged"] = np.flatnonzero(ids.isin(pd.Index(flagged, dtype=ids.dtype))).tolist()
    digest = _digest(payload, ids)
    payload["digest"] = digest
    return PointLayer(ids=ids, x=x, y=y, payload=payload, digest=digest)


def _digest(payload: Mapping[str, Any], ids: pd.Index) -> str:
    """16 hex digits naming the packing: every array and name in it, and the ids."""
    hashed = hashlib.blake2b(digest_size=8)
    hashed.update(pd.util.hash_pandas_object(ids.astype(str), index=False).to_numpy().tobytes())
    stack: list[Any] = [payload]
    while stack:
        item = stack.pop()
        if isinstance(item, Mapping):
            for key in sorted(item):
                hashed.update(str(key).encode())
                stack.append(item[key])
        elif isinstance(item, (list, tuple)):
            hashed.update(b"[%d" % len(item))
            stack.extend(reversed(item))
        else:
            hashed.update(repr(item).encode("utf-8", "surrogatepass"))
    return hashed.hexdigest()
