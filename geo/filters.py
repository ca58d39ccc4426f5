"""Filtering events by date, township and event type, and saying in words what a
filter selects."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Final

import geopandas as gpd
import numpy as np
import pandas as pd

from geo.errors import FilterError
from geo.gazetteer import Gazetteer
from geo.names import name_key
from geo.schema import EVENT_TYPES

__all__ = [
    "QUERY_KEYS",
    "TOWNSHIP_COLUMNS",
    "EventFilter",
    "Facets",
    "apply_filter",
    "data_span",
    "describe_filter",
    "event_types_in",
    "facets_of",
    "filter_cli_args",
    "filter_from_query",
    "filter_slug",
    "filter_to_query",
    "in_date_order",
    "make_filter",
    "township_choices",
    "township_column",
    "townships_in",
]

#: Query-string keys of a shareable filter: ``?from=2023-10-01&to=2023-10-31&township=MMR001002``
#: (``township`` and ``type`` repeat for several values; a township may be given by
#: P-code, by name, or as ``Waingmaw (MMR001002)``).
#: ``basis=located`` makes the township filter use the township the coordinates fall in.
QUERY_KEYS = ("from", "to", "township", "type", "basis")
#: The township column of each basis of the township filter.
TOWNSHIP_COLUMNS: Final[Mapping[str, str]] = {
    "reported": "township_pcode",
    "located": "located_township_pcode",
}


@dataclass(frozen=True)
class EventFilter:
    """Which events to keep; an empty or ``None`` part keeps everything.

    An event is kept when its date span (``event_date`` to ``event_date_end``)
    overlaps ``start``-``end``, its township P-code is one of ``townships`` and its
    type one of ``event_types``. The township is the one the source reported (or,
    where it reported none, the one the coordinates fall in); with ``located`` it is
    always the one the coordinates fall in.
    """

    start: dt.date | None = None
    end: dt.date | None = None
    townships: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    located: bool = False

    @property
    def township_column(self) -> str:
        """The column the township filter reads."""
        return township_column(located=self.located)


def township_column(*, located: bool = False) -> str:
    """The column of an event's township P-code: as reported (where the source reported
    none, where the coordinates fall), or with ``located`` where the coordinates fall."""
    return TOWNSHIP_COLUMNS["located" if located else "reported"]


def make_filter(
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    townships: Iterable[str] = (),
    event_types: Iterable[str] = (),
    located: bool = False,
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
    return EventFilter(start, end, tuple(dict.fromkeys(pcodes)), types, located)


def apply_filter(events: gpd.GeoDataFrame, flt: EventFilter) -> gpd.GeoDataFrame:
    """The events the filter keeps, in date order, CRS unchanged."""
    keep = pd.Series(True, index=events.index)
    if flt.start:
        keep &= events["event_date_end"] >= pd.Timestamp(flt.start)
    if flt.end:
        keep &= events["event_date"] <= pd.Timestamp(flt.end)
    if flt.townships:
        keep &= events[flt.township_column].isin(flt.townships).fillna(False)
    if flt.event_types:
        keep &= events["event_type"].isin(flt.event_types).fillna(False)
    mask = keep.to_numpy(dtype=bool)
    # Taking every row of every column costs seconds at country scale: skipped when
    # the filter keeps everything or the rows are already in order.
    kept = events.copy(deep=False) if mask.all() else events[mask]
    return kept if in_date_order(kept) else kept.sort_values(["event_date", "event_id"])


def in_date_order(events: pd.DataFrame) -> bool:
    """Whether ``events`` are ordered by ``event_date``, then by id (the index)."""
    dates = events["event_date"].to_numpy()
    if len(dates) < 2:
        return True
    later, same = dates[1:] > dates[:-1], dates[1:] == dates[:-1]
    if not (later | same).all():
        return False
    ids = events.index.to_numpy(dtype=object)
    at = np.flatnonzero(same)
    return bool((ids[at + 1] > ids[at]).all())


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
    parts = [f"{count:,} event{'' if count == 1 else 's'}"]
    dates = _date_range(flt.start, flt.end)
    parts.append(dates or "all dates")
    names = list(township_names) or list(flt.townships)
    where = ", ".join(names) if names else "all townships"
    parts.append(f"{where} (by coordinates)" if names and flt.located else where)
    if flt.event_types:
        parts.append(", ".join(flt.event_types))
    return " · ".join(parts)


def data_span(events: pd.DataFrame) -> tuple[dt.date, dt.date] | None:
    """First ``event_date`` and last ``event_date_end`` of ``events`` (``None`` if empty)."""
    if events.empty:
        return None
    first = events["event_date"].min()
    last = events["event_date_end"].max()
    return first.date(), last.date()


def townships_in(events: pd.DataFrame, *, located: bool = False) -> dict[str, str]:
    """P-code -> name of the townships that have events, ordered by name (with
    ``located``, the townships the coordinates fall in)."""
    columns = (
        ["located_township_pcode", "located_township"]
        if located
        else [
            "township_pcode",
            "township",
        ]
    )
    pairs = events[columns].dropna().drop_duplicates(columns[0])
    ordered = sorted(zip(pairs[columns[0]], pairs[columns[1]], strict=True), key=lambda p: p[1])
    return {str(code): str(name) for code, name in ordered}


@dataclass(frozen=True)
class Facets:
    """What a filter chooses from: the data's span (:func:`data_span`), its event types
    (:func:`event_types_in`) and its townships on each basis (:func:`townships_in`),
    from events in memory (:func:`facets_of`) or counted by a store."""

    span: tuple[dt.date, dt.date] | None
    event_types: tuple[str, ...]
    townships: Mapping[str, str]
    located_townships: Mapping[str, str]

    def townships_on(self, *, located: bool = False) -> dict[str, str]:
        """P-code -> name of the townships with events on a basis, ordered by name."""
        return dict(self.located_townships if located else self.townships)

    def township_choices(
        self, *, located: bool = False, chosen: Iterable[str] = ()
    ) -> dict[str, str]:
        """P-code -> name of the townships a township filter offers: those with events
        on its basis, then those ``chosen`` that have none on it.

        A chosen township stays on offer when the basis changes, so the choice is kept
        and the filter applies on the new basis (where it may keep no event). Its name
        comes from either basis, or is its P-code.
        """
        choices = self.townships_on(located=located)
        extra = [code for code in dict.fromkeys(chosen) if code not in choices]
        if extra:
            names = {**self.townships_on(located=not located), **choices}
            choices.update({code: names.get(code, code) for code in extra})
        return choices


def facets_of(events: pd.DataFrame) -> Facets:
    """The :class:`Facets` of events in memory."""
    return Facets(
        data_span(events),
        event_types_in(events),
        townships_in(events),
        townships_in(events, located=True),
    )


def township_choices(
    events: pd.DataFrame, *, located: bool = False, chosen: Iterable[str] = ()
) -> dict[str, str]:
    """:meth:`Facets.township_choices` of events in memory."""
    return facets_of(events).township_choices(located=located, chosen=chosen)


def event_types_in(events: pd.DataFrame) -> tuple[str, ...]:
    """The event types present in ``events``, in ACLED's order."""
    present = set(events["event_type"].dropna().unique())
    return tuple(t for t in EVENT_TYPES if t in present)


def filter_to_query(flt: EventFilter, *, default: EventFilter) -> dict[str, list[str]]:
    """The query string of ``flt``: only the parts that differ from ``default``."""
    query: dict[str, list[str]] = {}
    if flt.start and flt.start != default.start:
        query["from"] = [flt.start.isoformat()]
    if flt.end and flt.end != default.end:
        query["to"] = [flt.end.isoformat()]
    if flt.townships and flt.townships != default.townships:
        query["township"] = list(flt.townships)
    if flt.event_types and flt.event_types != default.event_types:
        query["type"] = list(flt.event_types)
    if flt.located != default.located:
        query["basis"] = ["located" if flt.located else "reported"]
    return query


def _query_date(values: Sequence[str], key: str, problems: list[str]) -> dt.date | None:
    if not values:
        return None
    value = values[-1]
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        problems.append(f"{key}={value!r} is not a date (YYYY-MM-DD); using the default")
        return None


_NAMED_CODE: Final = re.compile(r"\((?P<code>[^()]+)\)\s*$")


def _query_township(value: str, townships: Mapping[str, str]) -> tuple[str | None, str | None]:
    """The P-code a link's ``township`` value means, or the problem with it.

    A value is a P-code, a name (any spelling :func:`geo.names.name_key` matches) that
    only one of ``townships`` has, or ``Name (P-code)`` as the notices list them.
    """
    named = _NAMED_CODE.search(value)
    code = (named.group("code") if named else value).strip().upper()
    if code in townships:
        return code, None
    listed = sorted(townships.items(), key=lambda item: item[1])
    key = name_key(value)
    same = [c for c, name in listed if key and name_key(name) == key] if not named else []
    if len(same) == 1:
        return same[0], None
    if same:
        several = ", ".join(f"{townships[c]} ({c})" for c in same)
        return None, (
            f"township={value!r} names several townships with events ({several}); "
            "ignored: give the P-code"
        )
    known = ", ".join(f"{name} ({c})" for c, name in listed)
    return None, (
        f"township={value!r} is not a township with events; ignored "
        f"(valid, by name or P-code: {known})"
    )


def filter_from_query(
    query: Mapping[str, Sequence[str]],
    *,
    default: EventFilter,
    townships: Mapping[str, str],
    event_types: Sequence[str] = tuple(EVENT_TYPES),
) -> tuple[EventFilter, tuple[str, ...]]:
    """Read a filter back from a query string, falling back part by part.

    ``query`` maps each key to its values (a key may repeat); ``townships`` maps the
    P-codes a link may name to their names (a link may give either, see
    :data:`QUERY_KEYS`). A bad or stale part (a date that does
    not parse, a township with no events, an unknown event type, a start after the
    end) is replaced by its ``default`` and explained in the returned problems; this
    never raises, since a shared link must always open.
    """
    problems: list[str] = []
    located = default.located
    for value in query.get("basis", ())[-1:]:
        if value in TOWNSHIP_COLUMNS:
            located = value == "located"
        else:
            problems.append(f"basis={value!r} is not reported or located; using reported")
    start = _query_date(query.get("from", ()), "from", problems) or default.start
    end = _query_date(query.get("to", ()), "to", problems) or default.end
    if start and end and start > end:
        problems.append(f"from={start} is after to={end}; using the default dates")
        start, end = default.start, default.end

    pcodes: list[str] = []
    for value in query.get("township", ()):
        code, problem = _query_township(value, townships)
        if code is not None:
            pcodes.append(code)
        if problem is not None:
            problems.append(problem)
    types: list[str] = []
    for value in query.get("type", ()):
        if value in event_types:
            types.append(value)
        else:
            problems.append(
                f"type={value!r} is not an event type here; ignored "
                f"(valid: {', '.join(event_types)})"
            )
    flt = replace(
        default,
        start=start,
        end=end,
        townships=tuple(dict.fromkeys(pcodes)) or default.townships,
        event_types=tuple(dict.fromkeys(types)) or default.event_types,
        located=located,
    )
    return flt, tuple(problems)


def filter_slug(flt: EventFilter) -> str:
    """A file-name part that states the filter: ``2023-10-01_2023-10-31_MMR001002``."""
    parts = [
        flt.start.isoformat() if flt.start else "start",
        flt.end.isoformat() if flt.end else "end",
    ]
    if flt.townships:
        parts.append(("located-" if flt.located else "") + "-".join(flt.townships))
    if flt.event_types:
        parts.append("-".join(re.sub(r"[^a-z0-9]+", "", t.lower()) for t in flt.event_types))
    return "_".join(parts)


def filter_cli_args(flt: EventFilter) -> list[str]:
    """The ``python -m geo events`` options that select the same events."""
    args: list[str] = []
    if flt.start:
        args += ["--from", flt.start.isoformat()]
    if flt.end:
        args += ["--to", flt.end.isoformat()]
    for code in flt.townships:
        args += ["--township", code]
    for kind in flt.event_types:
        args += ["--type", kind]
    if flt.located and flt.townships:
        args.append("--located")
    return args
