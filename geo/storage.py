"""The working dataset's events file: GeoParquet, a column at a time.

A version of the working dataset (:mod:`geo.workspace`) keeps its events as
GeoParquet (``events.parquet``): the event schema's columns, each as its own typed
Parquet column, and the point geometry as WKB with its CRS (``EPSG:4326``) in the
file's ``geo`` metadata, so any GeoParquet reader (geopandas, GDAL, DuckDB) opens it.
Two columns hold JSON text: ``sources`` (each event's list of sources, as
:meth:`geo.schema.Source.to_dict` writes them) and ``original`` (the source row's own
fields, as the event frame keeps them: :func:`geo.schema.record_text`).

:func:`events_parquet_bytes` writes a frame; the caller puts the bytes in place whole
(:func:`geo.files.write_atomic`). :func:`read_events_parquet` reads it back with no
text format parsed but those two columns, and validates every row against the one
schema (:func:`geo.schema.validate_events`): a file changed or damaged on disk is
refused like any other bad input, with a :class:`~geo.errors.ValidationError`.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any, Final

import geopandas as gpd
import pandas as pd
import pyarrow as pa

from geo.errors import Problem, ValidationError
from geo.jsontext import read_json
from geo.schema import COLUMNS, CRS, Source, printable, validate_events

__all__ = ["PARQUET_SUFFIX", "events_parquet_bytes", "read_events_parquet"]

#: The events file's suffix, by which a dataset file is read as GeoParquet.
PARQUET_SUFFIX: Final = ".parquet"

_NAMES: Final = tuple(c.name for c in COLUMNS)
_ENCODER: Final = json.JSONEncoder(ensure_ascii=False)


def _sources_text(sources: Any) -> str | None:
    if not isinstance(sources, tuple | list):
        return None
    return _ENCODER.encode([s.to_dict() for s in sources])


def events_parquet_bytes(events: gpd.GeoDataFrame) -> bytes:
    """Events (a frame from :func:`geo.schema.validate_events`) as a GeoParquet file.

    Raises
    ------
    ValueError
        When ``events`` is not in ``EPSG:4326`` (a programming error: every event
        frame is).
    """
    if events.crs is None or events.crs != CRS:
        raise ValueError(f"events must be in {CRS}, not {events.crs}")
    frame = events[[*_NAMES, events.geometry.name]].copy()
    frame["sources"] = pd.array([_sources_text(s) for s in frame["sources"]], dtype="string")
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False, compression="zstd")
    return buffer.getvalue()


def _refuse(path: Path, message: str) -> ValidationError:
    return ValidationError([Problem(None, "file", message)], source=path.name)


def _sources(texts: pd.Series, path: Path) -> list[Any]:
    """Each row's sources from their JSON text; every unreadable one is a problem of
    its row (rows count from 1)."""
    found: list[Any] = []
    problems: list[Problem] = []
    for row, text in enumerate(texts.astype(object).tolist(), start=1):
        try:
            items = read_json(text) if isinstance(text, str) else None
            if not isinstance(items, list):
                raise TypeError("not a JSON list of sources")
            found.append(tuple(Source.from_dict(item) for item in items))
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            problems.append(Problem(row, "sources", f"not readable: {printable(str(exc))}"))
            found.append(None)
    if problems:
        raise ValidationError(problems, source=path.name)
    return found


def read_events_parquet(path: Path) -> gpd.GeoDataFrame:
    """The events of a GeoParquet file written by :func:`events_parquet_bytes`,
    validated row by row.

    Raises
    ------
    ValidationError
        When the file cannot be read as GeoParquet, is not in ``EPSG:4326``, or any
        row breaks the schema (every problem listed, rows counted from 1).
    """
    try:
        frame = gpd.read_parquet(path)
    except (OSError, ValueError, TypeError, KeyError, pa.ArrowException) as exc:
        raise _refuse(path, f"cannot read {path.name} as GeoParquet: {exc}") from None
    if frame.crs is None or frame.crs != CRS:
        found = "no CRS" if frame.crs is None else frame.crs.to_string()
        raise _refuse(path, f"its events are in {found}, not {CRS}: not a working file")
    table = pd.DataFrame(frame.drop(columns=frame.geometry.name))
    del frame
    if "sources" in table:
        table["sources"] = _sources(table["sources"], path)
    try:
        return validate_events(table, source=path.name)
    finally:
        del table
        # The file's columns are copied into the events: give their memory back now
        # (Arrow's allocator keeps freed memory for reuse; at 100,000 events, ~150 MB).
        pa.default_memory_pool().release_unused()
