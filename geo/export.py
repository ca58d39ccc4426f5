"""Writing events and rings as RFC 7946 GeoJSON and as CSV.

GeoJSON: a FeatureCollection in WGS84 longitude-latitude with no ``crs`` member,
coordinates rounded to 6 decimals (about 0.1 m), ISO 8601 dates, unknown figures
as ``null`` and ``sources`` as a list of objects. A region-only event is a feature
with ``"geometry": null``. Values are kept as they are.

CSV: every CSV the project writes goes through :func:`frame_to_csv`, which puts a
``'`` before a text cell a spreadsheet would run as a formula (OWASP's rule for CSV
injection: a cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return). Numbers stay numbers; ``-5`` in a numeric column is written ``-5``.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import math
from typing import Any, Final

import geopandas as gpd
import pandas as pd
from shapely.geometry import mapping

from geo.citations import publishers
from geo.errors import GeoError
from geo.schema import COLUMNS, CRS

__all__ = [
    "COORDINATE_DECIMALS",
    "FORMULA_STARTS",
    "events_to_csv",
    "events_to_geojson",
    "frame_to_csv",
    "frame_to_geojson",
    "geojson_text",
    "spreadsheet_safe",
]

COORDINATE_DECIMALS: Final = 6
#: What a text cell starts with when a spreadsheet would run it as a formula (OWASP).
FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")


def _geojson_value(value: Any) -> Any:
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, pd.Timestamp | dt.date):
        return value.isoformat()[:10]
    if hasattr(value, "item"):
        return value.item()
    if isinstance(value, tuple | list):
        return [v.to_dict() if hasattr(v, "to_dict") else _geojson_value(v) for v in value]
    return value


def _round(coords: Any) -> Any:
    if isinstance(coords, float | int):
        return round(float(coords), COORDINATE_DECIMALS)
    return [_round(c) for c in coords]


def _geometry(geom: Any) -> dict[str, Any] | None:
    if geom is None or geom.is_empty:
        return None
    shape = mapping(geom)
    return {"type": shape["type"], "coordinates": _round(shape["coordinates"])}


def frame_to_geojson(frame: gpd.GeoDataFrame) -> dict[str, Any]:
    """Any GeoDataFrame in ``EPSG:4326`` as an RFC 7946 FeatureCollection."""
    if frame.crs is None or frame.crs != CRS:
        raise GeoError(f"GeoJSON needs {CRS} (RFC 7946); this frame has {frame.crs}: to_crs first")
    columns = [c for c in frame.columns if c != frame.geometry.name]
    values = [_column(frame[c]) for c in columns]
    features = [
        {
            "type": "Feature",
            "geometry": _geometry(geom),
            "properties": dict(zip(columns, row, strict=True)),
        }
        for geom, row in zip(frame.geometry, zip(*values, strict=True), strict=True)
    ]
    return {"type": "FeatureCollection", "features": features}


def _column(series: pd.Series) -> list[Any]:
    """A column as plain JSON values, converted whole (a cell at a time is much slower
    on pandas' pyarrow-backed strings); other kinds of column cell by cell."""
    if pd.api.types.is_datetime64_any_dtype(series):
        text = series.dt.strftime("%Y-%m-%d")
        return list(text.astype(object).where(text.notna(), None))
    if isinstance(series.dtype, (pd.StringDtype, pd.Int64Dtype)) or series.dtype.kind in "fi":
        return list(series.astype(object).where(series.notna(), None))
    return [_geojson_value(v) for v in series]


def geojson_text(collection: dict[str, Any]) -> str:
    """The text written for a FeatureCollection, by the CLI and by the app's downloads."""
    return json.dumps(collection, ensure_ascii=False) + "\n"


def events_to_geojson(events: gpd.GeoDataFrame) -> dict[str, Any]:
    """Events as RFC 7946 GeoJSON, properties in schema order; ``latitude`` and
    ``longitude`` rounded like the geometry, so the two always agree."""
    names = [c.name for c in COLUMNS]
    frame = events[[*names, events.geometry.name]].copy()
    for column in ("latitude", "longitude"):
        frame[column] = frame[column].round(COORDINATE_DECIMALS)
    return frame_to_geojson(frame)


def events_to_csv(events: gpd.GeoDataFrame) -> str:
    """Events as CSV, one row each: schema columns, ``source`` (publishers joined
    by ``; `` as ACLED writes them) and ``sources`` (the full list, as JSON)."""
    out = pd.DataFrame(index=events.index)
    for column in COLUMNS:
        if column.name == "sources":
            out["source"] = [publishers(sources) for sources in events["sources"]]
            out["sources"] = [
                json.dumps([s.to_dict() for s in sources], ensure_ascii=False)
                for sources in events["sources"]
            ]
        elif column.kind == "date":
            out[column.name] = events[column.name].dt.strftime("%Y-%m-%d")
        else:
            out[column.name] = events[column.name]
    return frame_to_csv(out)


def spreadsheet_safe(value: Any) -> Any:
    """``value`` with a leading ``'`` when it is text a spreadsheet would run as a
    formula (:data:`FORMULA_STARTS`); anything else, numbers included, as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _spreadsheet_safe_column(series: pd.Series) -> pd.Series:
    """:func:`spreadsheet_safe` over a column; a text column (pyarrow-backed) at once."""
    if isinstance(series.dtype, pd.StringDtype):
        risky = series.str.startswith(FORMULA_STARTS).fillna(False).astype(bool)
        return series.mask(risky, "'" + series) if risky.any() else series
    return series.map(spreadsheet_safe, na_action="ignore")


def frame_to_csv(frame: pd.DataFrame) -> str:
    """A table as CSV text (no index, ``\\n`` line ends), with every text cell and
    column name passed through :func:`spreadsheet_safe`: the one way the project
    writes CSV (events, rejects, quality flags)."""
    out = frame.copy(deep=False)
    for position in range(out.shape[1]):
        series = out.iloc[:, position]
        if not (
            pd.api.types.is_numeric_dtype(series) or pd.api.types.is_datetime64_any_dtype(series)
        ):
            out.isetitem(position, _spreadsheet_safe_column(series).array)
    out.columns = [spreadsheet_safe(c) for c in out.columns]
    buffer = io.StringIO()
    out.to_csv(buffer, index=False, lineterminator="\n")
    return buffer.getvalue()
