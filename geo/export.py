"""Writing events and rings as RFC 7946 GeoJSON and as CSV.

GeoJSON: a FeatureCollection in WGS84 longitude-latitude with no ``crs`` member,
coordinates rounded to 6 decimals (about 0.1 m), ISO 8601 dates, unknown figures
as ``null`` and ``sources`` as a list of objects. A region-only event is a feature
with ``"geometry": null``. Values are kept as they are. The text is written a column
at a time (:func:`frame_geojson_text`, :func:`events_geojson_text`: about 230 MB for
100,000 ACLED events in seconds) and is exactly what ``json.dumps(..., ensure_ascii=False)``
writes for the same collection; the dictionaries (:func:`frame_to_geojson`,
:func:`events_to_geojson`) are that text parsed, so the two cannot disagree.

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
from collections.abc import Callable, Collection, Iterable, Iterator
from typing import Any, Final

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry import mapping

from geo.citations import publishers
from geo.errors import GeoError
from geo.schema import COLUMNS, CRS

__all__ = [
    "COORDINATE_DECIMALS",
    "FORMULA_STARTS",
    "events_geojson_parts",
    "events_geojson_text",
    "events_to_csv",
    "events_to_geojson",
    "frame_geojson_text",
    "frame_to_csv",
    "frame_to_geojson",
    "frames_geojson_parts",
    "geojson_text",
    "spreadsheet_safe",
]

COORDINATE_DECIMALS: Final = 6
#: What a text cell starts with when a spreadsheet would run it as a formula (OWASP).
FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")


#: Columns whose cells are JSON text (:func:`geo.schema.record_text`).
_RECORDS: Final = frozenset(c.name for c in COLUMNS if c.kind == "record")
#: Cells that JSON takes as they are (checked first: records are the widest cells).
_AS_IS: Final = frozenset({dict, str, int, bool})


def _geojson_value(value: Any) -> Any:
    if type(value) in _AS_IS:
        return value
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and not math.isfinite(value):
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


#: How every JSON value in the text is written: as ``json.dumps(..., ensure_ascii=False)``
#: would, so that :func:`geojson_text` of the parsed text gives the same text back.
_ENCODER: Final = json.JSONEncoder(ensure_ascii=False)
_encode: Final = _ENCODER.encode
_encode_text: Final = json.encoder.encode_basestring


def _rounded(values: np.ndarray) -> np.ndarray:
    """Coordinates rounded to :data:`COORDINATE_DECIMALS` by Python's ``round`` (the
    nearest decimal, exactly): one rule for the geometry and the ``latitude`` and
    ``longitude`` properties. Each distinct value is rounded once (events share places)."""
    floats = np.asarray(values, dtype="float64")
    codes, uniques = pd.factorize(floats.view("int64"))
    rounded = np.array([round(v, COORDINATE_DECIMALS) for v in uniques.view("float64").tolist()])
    return rounded[codes] if len(floats) else floats


def _json_floats(floats: np.ndarray) -> list[str]:
    """Floats as JSON writes them (``repr``); ``null`` where not finite."""
    finite = np.isfinite(floats).tolist()
    return [repr(v) if ok else "null" for v, ok in zip(floats.tolist(), finite, strict=True)]


def _json_uniques(uniques: Any) -> list[str]:
    """Distinct values of a column (none missing) as JSON text."""
    dtype = uniques.dtype
    if isinstance(dtype, pd.StringDtype):
        return [_encode_text(v) for v in uniques.tolist()]
    if pd.api.types.is_float_dtype(dtype):
        return _json_floats(uniques.to_numpy(dtype="float64", na_value=np.nan))
    if pd.api.types.is_integer_dtype(dtype):
        return [
            repr(v) for v in uniques.to_numpy(dtype=getattr(dtype, "numpy_dtype", dtype)).tolist()
        ]
    if pd.api.types.is_datetime64_any_dtype(dtype):
        return [f'"{day}"' for day in _iso_days(uniques)]
    return [_encode(_geojson_value(v)) for v in uniques]


def _by_value(series: pd.Series, convert: Callable[[Any], list[Any]], missing: Any) -> list[Any]:
    """``convert`` applied to the column's distinct values only (events share dates,
    places, types and names), spread back over the cells; ``missing`` where a cell is."""
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    table: np.ndarray = np.array([*convert(uniques), missing], dtype=object)
    return table[codes].tolist() if len(codes) else []  # code -1 (missing) takes the last


def _iso_days(uniques: Any) -> list[str]:
    return list(pd.DatetimeIndex(uniques).strftime("%Y-%m-%d"))


def _json_cells(series: pd.Series) -> list[str]:
    """A column as JSON text, a cell each. A column of text, numbers, dates or
    categories is written a distinct value at a time (a cell at a time is much slower,
    on pyarrow-backed strings most); other columns (sources, records) cell by cell.
    Missing and non-finite values are ``null``."""
    if series.dtype == object:
        return [_encode(_geojson_value(v)) for v in series]
    if pd.api.types.is_float_dtype(series.dtype):  # by bits: 0.0 and -0.0 stay apart
        floats = series.to_numpy(dtype="float64", na_value=np.nan)
        codes, bits = pd.factorize(floats.view("int64"))
        table: np.ndarray = np.array(_json_floats(bits.view("float64")), dtype=object)
        return table[codes].tolist() if len(codes) else []
    return _by_value(series, _json_uniques, "null")


_POINT: Final = '{"type": "Point", "coordinates": [%s, %s]}'


def _json_geometries(geometry: gpd.GeoSeries) -> list[str]:
    """Each geometry as RFC 7946 JSON text; 2D points (every event's) a column at a
    time, other shapes through :func:`shapely.geometry.mapping`. No geometry, an empty
    one or a point with a non-finite coordinate is ``null``."""
    shapes = np.asarray(geometry.array, dtype=object)
    kinds = shapely.get_type_id(shapes)
    empty = shapely.is_empty(shapes)
    point = (kinds == shapely.GeometryType.POINT) & ~empty & ~shapely.has_z(shapes)
    out = ["null"] * len(shapes)
    where = np.flatnonzero(point)
    x = _json_floats(_rounded(shapely.get_x(shapes[where])))
    y = _json_floats(_rounded(shapely.get_y(shapes[where])))
    for i, lon, lat in zip(where.tolist(), x, y, strict=True):
        if lon != "null" and lat != "null":
            out[i] = _POINT % (lon, lat)
    for i in np.flatnonzero(~point & (kinds >= 0) & ~empty).tolist():
        out[i] = _encode(_geometry(shapes[i]))
    return out


def _raw_cells(series: pd.Series) -> list[str]:
    """A column whose cells are JSON text already (an event's ``original``), each
    written as it is; ``null`` where a cell is missing."""
    return [v if isinstance(v, str) else "null" for v in series.astype(object).tolist()]


def frame_geojson_text(frame: gpd.GeoDataFrame, *, raw: Collection[str] = ()) -> str:
    """Any GeoDataFrame in ``EPSG:4326`` as the text of an RFC 7946 FeatureCollection:
    the one GeoJSON writer (the command line, the app's downloads).

    The text is built a column at a time and is exactly what ``json.dumps(collection,
    ensure_ascii=False)`` writes for the same collection, with a final newline. The
    cells of the ``raw`` columns are JSON text, written as they are (not as strings)."""
    _require_wgs84(frame)
    name = frame.geometry.name
    positions = [i for i, c in enumerate(frame.columns) if c != name]
    keys = [_encode(str(frame.columns[i])).replace("%", "%%") for i in positions]
    feature = (
        '{"type": "Feature", "geometry": %s, "properties": {'
        + ", ".join(f"{key}: %s" for key in keys)
        + "}}"
    )
    cells = [
        (_raw_cells if frame.columns[i] in raw else _json_cells)(frame.iloc[:, i])
        for i in positions
    ]
    features = [feature % row for row in zip(_json_geometries(frame.geometry), *cells, strict=True)]
    return _HEAD + ", ".join(features) + _TAIL


_HEAD: Final = '{"type": "FeatureCollection", "features": ['
_TAIL: Final = "]}\n"


def _require_wgs84(frame: gpd.GeoDataFrame) -> None:
    if frame.crs is None or frame.crs != CRS:
        raise GeoError(f"GeoJSON needs {CRS} (RFC 7946); this frame has {frame.crs}: to_crs first")


def frame_to_geojson(frame: gpd.GeoDataFrame) -> dict[str, Any]:
    """Any GeoDataFrame in ``EPSG:4326`` as an RFC 7946 FeatureCollection: the parsed
    :func:`frame_geojson_text`, so the two never differ."""
    collection: dict[str, Any] = json.loads(frame_geojson_text(frame))
    return collection


def geojson_text(collection: dict[str, Any]) -> str:
    """The text written for a FeatureCollection; for a frame's, call
    :func:`frame_geojson_text` or :func:`events_geojson_text` (the same text, faster)."""
    return json.dumps(collection, ensure_ascii=False) + "\n"


def _events_frame(events: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The schema's columns and the geometry, ``latitude`` and ``longitude`` rounded
    like the geometry's coordinates, so the two always agree."""
    names = [c.name for c in COLUMNS]
    frame = events[[*names, events.geometry.name]].copy()
    for column in ("latitude", "longitude"):
        values = frame[column].to_numpy(dtype="float64", na_value=np.nan)
        frame[column] = _rounded(values)
    return frame


def events_geojson_text(events: gpd.GeoDataFrame) -> str:
    """Events as the text of RFC 7946 GeoJSON, properties in schema order: what
    ``python -m geo events`` writes and the Export page downloads. ``original`` is an
    object (the JSON text the frame keeps, as it is)."""
    return frame_geojson_text(_events_frame(events), raw=_RECORDS)


def events_geojson_parts(events: gpd.GeoDataFrame, *, rows: int = 10_000) -> Iterator[str]:
    """:func:`events_geojson_text` in parts, ``rows`` events at a time (joined, the
    same text), to write a large file without holding its text whole."""
    _require_wgs84(events)
    return frames_geojson_parts(
        events.iloc[start : start + rows] for start in range(0, max(len(events), 1), rows)
    )


def frames_geojson_parts(frames: Iterable[gpd.GeoDataFrame]) -> Iterator[str]:
    """One FeatureCollection of the events of ``frames``, one after the other, in
    parts: each frame's features are made only when the text before them has been
    taken (a file of any length written in the memory of one frame). Joined, the
    parts are :func:`events_geojson_text` of the frames concatenated."""
    yield _HEAD
    first = True
    for frame in frames:
        if frame.empty:
            continue
        _require_wgs84(frame)
        text = events_geojson_text(frame)
        yield ("" if first else ", ") + text[len(_HEAD) : -len(_TAIL)]
        first = False
    yield _TAIL


def events_to_geojson(events: gpd.GeoDataFrame) -> dict[str, Any]:
    """Events as an RFC 7946 FeatureCollection: the parsed :func:`events_geojson_text`."""
    collection: dict[str, Any] = json.loads(events_geojson_text(events))
    return collection


def events_to_csv(events: gpd.GeoDataFrame) -> str:
    """Events as CSV, one row each: schema columns, ``source`` (publishers joined
    by ``; `` as ACLED writes them), ``sources`` (the full list, as JSON) and
    ``original`` (the source's own fields, as JSON)."""
    out = pd.DataFrame(index=events.index)
    for column in COLUMNS:
        if column.name == "sources":
            out["source"] = [publishers(sources) for sources in events["sources"]]
            out["sources"] = [
                _encode([s.to_dict() for s in sources]) for sources in events["sources"]
            ]
        elif column.kind == "date":
            days = _by_value(events[column.name], _iso_days, None)
            out[column.name] = pd.array(days, dtype="string")
        elif column.kind == "record":  # the source's own fields: the JSON text kept
            out[column.name] = events[column.name].astype("string")
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
