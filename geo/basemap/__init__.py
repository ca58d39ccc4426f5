"""Offline base layers: the international border and neighbouring countries (Natural
Earth), state and region outlines (from the township areas), their label points, and
the towns' label priority.

The layers are made by ``python -m geo.basemap`` (:mod:`geo.basemap.derive`) into
``data/basemap.geojson``; :func:`base_layers` reads them.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

import geopandas as gpd
import shapely

from geo.errors import GeoError
from geo.gazetteer import Place
from geo.paths import DATA_DIR
from geo.schema import CRS

__all__ = [
    "BASEMAP_PATH",
    "TOWN_TIERS",
    "base_layers",
    "credits",
    "myanmar",
    "town_tier",
]

BASEMAP_PATH: Final = DATA_DIR / "basemap.geojson"
#: Label priority of a town, most important first.
TOWN_TIERS: Final = ("main town of a state or region", "township seat", "other town")


@lru_cache(maxsize=2)
def _read(path: Path) -> tuple[gpd.GeoDataFrame, dict[str, Any]]:
    try:
        text = path.read_text(encoding="utf-8")
        metadata = json.loads(text).get("metadata", {})
        frame = gpd.read_file(path, engine="pyogrio")
    except (OSError, ValueError) as exc:
        raise GeoError(
            f"the base layers {path} cannot be read ({exc}); remake them with "
            "`make basemap` (see data/README.md)"
        ) from exc
    return frame.set_crs(CRS, allow_override=True), metadata


def base_layers(path: Path = BASEMAP_PATH) -> gpd.GeoDataFrame:
    """The base layers: ``layer`` (``country``, ``state``, ``country-label``,
    ``state-label``), ``name``, ``code`` (ISO numeric or MIMU P-code), EPSG:4326.
    A copy: callers may change it."""
    return _read(path)[0].copy()


def credits(path: Path = BASEMAP_PATH) -> str:
    """One line crediting the base layers' sources."""
    return str(_read(path)[1].get("credit", ""))


def myanmar(path: Path = BASEMAP_PATH) -> shapely.Geometry:
    """Myanmar's land as Natural Earth 1:10m draws it (EPSG:4326)."""
    layers = _read(path)[0]
    shape = layers[(layers["layer"] == "country") & (layers["name"] == "Myanmar")]
    if shape.empty:
        raise GeoError(f"{path} has no Myanmar outline; remake it with `make basemap`")
    return shape.geometry.iloc[0]


def town_tier(town: Place) -> int:
    """0 for the main town of a state or region, 1 for a township seat, 2 for other
    towns (an index of :data:`TOWN_TIERS`).

    MIMU numbers each township's principal town ``701`` and each state's or region's
    main township ``001`` (Myitkyina, Lashio, Taunggyi; in a few regions the first
    township is not the capital's, e.g. Chin's is Falam): a rule on the P-code, with
    no list kept by hand.
    """
    code = town.place_id.rsplit(":", 1)[-1]
    if not code.endswith("701"):
        return 2
    return 0 if code[-6:-3] == "001" else 1
