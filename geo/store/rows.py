"""Events as a store's rows and back: one cell per schema column, in the schema's
order, and frames made from stored rows or stored JSON records validated against the
schema exactly as a file's events are (:func:`geo.schema.validate_events`)."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

import pandas as pd

from geo.schema import COLUMNS, Source, validate_events

if TYPE_CHECKING:
    import geopandas as gpd

__all__ = ["KINDS", "NAMES", "cells", "frame_of_records", "frame_of_rows", "rows"]

#: The schema's column names and kinds, in order: a stored row's cells.
NAMES: Final = tuple(c.name for c in COLUMNS)
KINDS: Final = tuple(c.kind for c in COLUMNS)
_ENCODER: Final = json.JSONEncoder(ensure_ascii=False)


def _cell(kind: str, value: Any, *, iso_dates: bool) -> Any:
    """One schema cell as a store takes it (``None`` for a missing value)."""
    if kind == "sources":
        return _ENCODER.encode([source.to_dict() for source in value])
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if kind == "date":
        day = pd.Timestamp(value).date()
        return day.isoformat() if iso_dates else day
    if kind == "int":
        return int(value)
    if kind == "float":
        return float(value)
    return str(value)


def cells(record: Mapping[str, Any], *, iso_dates: bool = False) -> tuple[Any, ...]:
    """One event (a mapping of the schema's columns) as a stored row's cells."""
    return tuple(
        _cell(kind, record.get(name), iso_dates=iso_dates)
        for name, kind in zip(NAMES, KINDS, strict=True)
    )


def rows(events: gpd.GeoDataFrame, *, iso_dates: bool = False) -> Iterator[tuple[Any, ...]]:
    """The events' rows, in the order of :data:`NAMES` (dates as ISO text with
    ``iso_dates``, for a store that keeps them as text)."""
    columns = [events[name].astype(object).tolist() for name in NAMES]
    for values in zip(*columns, strict=True):
        yield tuple(
            _cell(kind, v, iso_dates=iso_dates) for kind, v in zip(KINDS, values, strict=True)
        )


def _sources(items: Any) -> tuple[Source, ...]:
    if isinstance(items, str):
        items = json.loads(items)
    return tuple(Source.from_dict(item) for item in items)


def frame_of_rows(stored: Sequence[Sequence[Any]], *, source: str) -> gpd.GeoDataFrame:
    """Stored rows (cells in the order of :data:`NAMES`; sources as JSON text or as
    decoded JSON) as validated events."""
    table = pd.DataFrame(list(stored), columns=list(NAMES))
    table["sources"] = pd.Series(
        [_sources(items) for items in table["sources"]], index=table.index, dtype=object
    )
    return validate_events(table, source=source)


def frame_of_records(records: Iterable[Mapping[str, Any]], *, source: str) -> gpd.GeoDataFrame:
    """Stored JSON records (an event's fields by name, as the audit log and releases
    keep them) as validated events."""
    return frame_of_rows(
        [[record.get(name) for name in NAMES] for record in records], source=source
    )
