"""GeoJSON to the event schema: files written by this app, by QGIS or by ogr.

The properties decide how a feature is read: ACLED's columns (``event_id_cnty``)
as an ACLED row, UCDP's (``type_of_violence``, ``where_prec``) as a UCDP row,
anything else as the event schema (``python -m geo events`` output), where
``sources`` may be a list or its JSON text (as QGIS and ogr write lists) and dates
may be ``2023/10/09`` (ogr). A property the schema does not know is kept in
``original``. A Point geometry gives the coordinates; a null geometry is a
region-only event. A legacy ``crs`` member other than WGS84 is honoured by
reprojecting, as ogr does.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any, Final

import pyproj
from pyproj import Transformer
from pyproj.exceptions import CRSError, ProjError

from geo.errors import Problem, ValidationError
from geo.importers._admin import AdminIndex
from geo.importers._common import Converted, blank, cell_problems, parse_date
from geo.importers.acled import convert_acled
from geo.importers.ucdp import convert_ucdp
from geo.jsontext import TooDeepError, read_json
from geo.schema import COLUMNS, Source, printable

__all__ = ["geojson_rows"]

_SCHEMA: Final = {c.name: c.kind for c in COLUMNS}
_WGS84: Final = pyproj.CRS.from_epsg(4326)


def geojson_rows(data: bytes, *, name: str, admin: AdminIndex) -> tuple[Iterator[Converted], int]:
    """Every feature converted, as it is asked for, and the number of features. A file
    that is not a FeatureCollection is refused here, before any feature is converted."""
    features, transform = _features(data, name)
    keys: set[str] = set()
    for feature in features[:50]:
        if isinstance(feature, Mapping) and isinstance(feature.get("properties"), Mapping):
            keys |= set(feature["properties"])
    return _converted(features, keys, transform, admin), len(features)


def _converted(
    features: list[Any], keys: set[str], transform: Transformer | None, admin: AdminIndex
) -> Iterator[Converted]:
    """Each feature as a row of the event schema, numbered from 1."""
    for number, feature in enumerate(features, start=1):
        if not isinstance(feature, Mapping) or feature.get("type") != "Feature":
            yield Converted(number, {}, [Problem(number, "feature", "not a Feature")])
            continue
        raw = feature.get("properties")
        if raw is not None and not isinstance(raw, Mapping):
            problem = Problem(number, "properties", f"a {type(raw).__name__}, not an object")
            yield Converted(number, {}, [problem])
            continue
        properties = dict(raw or {})
        point, problems = _point(feature.get("geometry"), number, transform)
        problems += cell_problems(properties, number)
        if "event_id_cnty" in keys or {"type_of_violence", "where_prec"} <= keys:
            record = {k: None if v is None else str(v) for k, v in properties.items()}
            if point is not None:
                record["longitude"], record["latitude"] = (repr(c) for c in point)
            convert = convert_acled if "event_id_cnty" in keys else convert_ucdp
            row = convert(record, number, admin=admin)
        else:
            row = _schema_row(properties, number, point)
        fields = dict(row.fields)
        if point is not None or problems:
            fields.update(latitude="geometry", longitude="geometry")
        yield Converted(number, row.values, problems + row.problems, fields)


def _features(data: bytes, name: str) -> tuple[list[Any], Transformer | None]:
    def refuse(message: str) -> ValidationError:
        return ValidationError([Problem(None, "file", message)], source=name)

    try:
        document = read_json(data)
    except TooDeepError as exc:
        raise refuse(f"refused: {exc}") from exc
    except ValueError as exc:  # UnicodeDecodeError and JSONDecodeError among them
        raise refuse(f"not valid JSON: {exc}") from exc
    if not isinstance(document, Mapping) or document.get("type") != "FeatureCollection":
        raise refuse("not a GeoJSON FeatureCollection")
    features = document.get("features")
    if not isinstance(features, list):
        raise refuse("the FeatureCollection has no 'features' list")
    if not features:
        raise refuse("the FeatureCollection has no features")
    transform = None
    crs = document.get("crs")
    if crs is not None:
        try:
            source_crs = pyproj.CRS.from_user_input(crs["properties"]["name"])
            if not source_crs.equals(_WGS84, ignore_axis_order=True):
                transform = Transformer.from_crs(source_crs, _WGS84, always_xy=True)
        except (CRSError, ProjError, KeyError, TypeError, ValueError) as exc:
            shown = printable(repr(crs), limit=120)
            raise refuse(f"unreadable 'crs' member {shown}: {printable(str(exc))}") from exc
    return features, transform


def _point(
    geometry: Any, row: int, transform: Transformer | None
) -> tuple[tuple[float, float] | None, list[Problem]]:
    """(lon, lat) of a Point, ``None`` for a null geometry; other shapes are problems."""
    if geometry is None:
        return None, []
    kind = geometry.get("type") if isinstance(geometry, Mapping) else None
    if kind != "Point":
        shown = printable(repr(kind), limit=80)
        return None, [Problem(row, "geometry", f"{shown} is not a Point: an event is a point")]
    coordinates = geometry.get("coordinates")
    try:
        if not isinstance(coordinates, list) or len(coordinates) < 2:
            raise TypeError("not a position")
        x, y = (_coordinate(c) for c in coordinates[:2])
        if transform is not None:
            x, y = transform.transform(x, y)
    except (TypeError, ValueError, OverflowError, ProjError):
        shown = printable(repr(coordinates), limit=80)
        return None, [Problem(row, "geometry", f"{shown} are not point coordinates")]
    return (x, y), []


def _coordinate(value: Any) -> float:
    """A number (not text, not true or false); the schema refuses what is not finite."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{value!r} is not a number")
    return float(value)


def _schema_row(
    properties: dict[str, Any], row: int, point: tuple[float, float] | None
) -> Converted:
    problems: list[Problem] = []
    values: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in properties.items():
        kind = _SCHEMA.get(key)
        if kind is None:
            extra[key] = value if not isinstance(value, (dict, list)) else json.dumps(value)
        elif kind == "date" and isinstance(value, str) and not blank(value):
            try:
                values[key] = parse_date(value)
            except ValueError as exc:
                problems.append(Problem(row, key, str(exc)))
        elif kind == "sources":
            values[key] = _sources(value, row, problems)
        else:
            values[key] = value
    values["latitude"], values["longitude"] = (point[1], point[0]) if point else (None, None)
    if extra:
        kept = values.get("original")
        if isinstance(kept, str):
            try:
                kept = read_json(kept)
            except ValueError:
                kept = {"original": kept}
        values["original"] = {**(kept if isinstance(kept, Mapping) else {}), **extra}
    values.setdefault("dataset", "GeoJSON")
    return Converted(row, values, problems)


def _sources(value: Any, row: int, problems: list[Problem]) -> list[Source] | None:
    """Sources from the list this app writes (or its JSON text); what each holds is
    the schema's to check."""
    if isinstance(value, str):
        try:
            value = read_json(value)
        except ValueError as exc:
            problems.append(Problem(row, "sources", f"not a JSON list of sources: {exc}"))
            return None
    if not isinstance(value, list):
        problems.append(Problem(row, "sources", "not a list of sources"))
        return None
    sources = []
    for i, item in enumerate(value, start=1):
        try:
            sources.append(Source.from_dict(item))
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            shown = printable(repr(exc), limit=120)
            problems.append(Problem(row, "sources", f"source {i} is not readable: {shown}"))
            return None
    return sources
