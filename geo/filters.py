"""Filtering events by date, township and event type, and saying in words what a
filter selects."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import geopandas as gpd
import pandas as pd

from geo.errors import FilterError
from geo.gazetteer import Gazetteer
from geo.schema import EVENT_TYPES

__all__ = ["EventFilter", "apply_filter", "describe_filter", "make_filter"]


@dataclass(frozen=True)
class EventFilter:
    """Which events to keep; an empty or ``None`` part keeps everything.

    An event is kept when its date span (``event_date`` to ``event_date_end``)
    overlaps ``start``-``end``, its township P-code is one of ``townships`` and its
    type one of ``event_types``.
    """

    start: dt.date | None = None
    end: dt.date | None = None
    townships: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()


def make_filter(
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    townships: Iterable[str] = (),
    event_types: Iterable[str] = (),
    gazetteer: Gazetteer | None = None,
) -> EventFilter:
    """Check the parts of a filter and resolve township names to P-codes.

    Raises
    ------
    FilterError
        When ``start`` is after ``end`` or an event type is not ACLED's.
    UnknownTownshipError
        When a township matches no MIMU township (needs ``gazetteer`` for names).
    """
    if start and end and start > end:
        raise FilterError(f"the start date {start} is after the end date {end}")
    types = tuple(dict.fromkeys(event_types))
    bad = [t for t in types if t not in EVENT_TYPES]
    if bad:
        raise FilterError(
            f"unknown event type(s) {', '.join(map(repr, bad))}; valid: {', '.join(EVENT_TYPES)}"
        )
    pcodes: list[str] = []
    for value in townships:
        if gazetteer is None:
            pcodes.append(value.strip().upper())
        else:
            pcodes.append(gazetteer.township(value).pcode)
    return EventFilter(start, end, tuple(dict.fromkeys(pcodes)), types)


def apply_filter(events: gpd.GeoDataFrame, flt: EventFilter) -> gpd.GeoDataFrame:
    """The events the filter keeps, in date order, CRS unchanged."""
    keep = pd.Series(True, index=events.index)
    if flt.start:
        keep &= events["event_date_end"] >= pd.Timestamp(flt.start)
    if flt.end:
        keep &= events["event_date"] <= pd.Timestamp(flt.end)
    if flt.townships:
        keep &= events["township_pcode"].isin(flt.townships).fillna(False)
    if flt.event_types:
        keep &= events["event_type"].isin(flt.event_types).fillna(False)
    return events[keep.astype(bool)].sort_values(["event_date", "event_id"])


def _date_range(start: dt.date | None, end: dt.date | None) -> str | None:
    if not start and not end:
        return None
    if start and not end:
        return f"from {start.day} {start:%b %Y}"
    if end and not start:
        return f"to {end.day} {end:%b %Y}"
    assert start is not None
    assert end is not None
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}-{end.day} {end:%b %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%b} - {end.day} {end:%b %Y}"
    return f"{start.day} {start:%b %Y} - {end.day} {end:%b %Y}"


def describe_filter(count: int, flt: EventFilter, *, township_names: Sequence[str] = ()) -> str:
    """One line saying what is shown: ``"4 events · 1-31 Oct 2023 · Waingmaw"``."""
    parts = [f"{count} event{'' if count == 1 else 's'}"]
    dates = _date_range(flt.start, flt.end)
    parts.append(dates or "all dates")
    names = list(township_names) or list(flt.townships)
    parts.append(", ".join(names) if names else "all townships")
    if flt.event_types:
        parts.append(", ".join(flt.event_types))
    return " · ".join(parts)
