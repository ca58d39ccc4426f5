"""Casualty summaries: totals and breakdowns by township, month or event type.

A sum counts the known figures only; ``fatalities_unknown`` says how many events
in the group have no best estimate, so unknown is never shown as zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

import geopandas as gpd
import pandas as pd

from geo.errors import GeoError
from geo.filters import township_column
from geo.precision import region_only

__all__ = [
    "GROUPINGS",
    "MEASURES",
    "SUMMED",
    "Drawing",
    "class_breaks",
    "drawing",
    "drawing_notes",
    "reported_counts",
    "reported_text",
    "summarise",
    "totals",
    "township_totals",
]

GROUPINGS: Final = ("township", "month", "event_type")
_SUMS: Final = (
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "injured",
    "civilian_fatalities",
    "children_killed",
)

Grouping = Literal["township", "month", "event_type"]
#: What a township choropleth can shade by.
MEASURES: Final = ("events", "fatalities_best")


def _group_keys(events: pd.DataFrame, by: str) -> pd.Series:
    if by == "township":
        names, codes = events["township"], events["township_pcode"]
        known = (names.notna() & codes.notna()).to_numpy(dtype=bool)
        keys = pd.Series("no township (region only)", index=events.index, dtype="object")
        keys[known] = (names[known] + " (" + codes[known] + ")").astype("object")
        return keys
    if by == "month":
        months: pd.Series = events["event_date"].dt.strftime("%Y-%m")
        return months
    if by == "event_type":
        return events["event_type"].astype("object")
    raise GeoError(f"cannot group by {by!r}; valid: {', '.join(GROUPINGS)}")


def _aggregate(frame: pd.DataFrame) -> dict[str, object]:
    row: dict[str, object] = {"events": len(frame)}
    for column in _SUMS:
        known = frame[column].dropna()
        # No events: nothing happened, so 0. Events whose figure nobody reported: unknown.
        row[column] = int(known.sum()) if len(known) or frame.empty else None
    row["fatalities_unknown"] = int(frame["fatalities_best"].isna().sum())
    return row


def summarise(events: pd.DataFrame, *, by: Grouping) -> pd.DataFrame:
    """One row per group with ``group``, ``events`` and the casualty sums.

    A sum is ``None`` when no event in the group has that figure.
    """
    keys = _group_keys(events, by)
    columns = ["group", "events", *_SUMS, "fatalities_unknown"]
    if events.empty:
        return pd.DataFrame(columns=columns).astype({c: "Int64" for c in columns[1:]})
    # Column-wise, as _aggregate adds up one group: a sum of no known figure is unknown.
    grouped = events[list(_SUMS)].astype("Int64").groupby(keys.to_numpy(), sort=True)
    frame = grouped.sum(min_count=1)
    size = grouped.size()
    frame.insert(0, "events", size)
    frame["fatalities_unknown"] = size - grouped["fatalities_best"].count()
    frame = frame.rename_axis("group").reset_index()
    return frame[columns].astype({c: "Int64" for c in columns[1:]})


#: The figures :func:`summarise` and :func:`totals` add up (and all they read).
SUMMED: Final = _SUMS


def totals(events: pd.DataFrame) -> dict[str, object]:
    """The same figures for all the given events together (0 for no events). Only the
    :data:`SUMMED` columns are read: a caller selecting many rows may pass just those."""
    return _aggregate(events)


def reported_counts(events: pd.DataFrame) -> dict[str, int]:
    """How many of the events reported each summed figure (``injured``: 9 of them...)."""
    return {column: int(events[column].notna().sum()) for column in _SUMS}


def reported_text(reported: int, events: int) -> str:
    """``"9 of 7,375 events report it"``: the note every total carries."""
    if events == 0:
        return "no events"
    if reported == events:
        return f"all {events:,} events report it" if events > 1 else "the one event reports it"
    return f"{reported:,} of {events:,} events report it"


def township_totals(events: pd.DataFrame, *, located: bool = False) -> pd.DataFrame:
    """Events and casualty sums per township P-code (as reported, or ``located``).

    Indexed by ``township_pcode``; events with no township are left out.
    """
    column = township_column(located=located)
    placed = events[events[column].notna()]
    rows = {str(code): _aggregate(group) for code, group in placed.groupby(column, sort=True)}
    columns = ["events", *_SUMS, "fatalities_unknown"]
    frame = pd.DataFrame.from_dict(rows, orient="index", columns=columns)
    frame.index.name = "township_pcode"
    return frame.astype({c: "Int64" for c in columns})


def class_breaks(values: pd.Series, *, classes: int = 5) -> list[int]:
    """Upper bounds of up to ``classes`` classes of positive whole numbers (quantiles,
    the lower value, without repeats): ``[1, 3, 5, 13, 100]``. Empty when no value is positive."""
    positive = values.dropna().astype("int64")
    positive = positive[positive > 0]
    if positive.empty:
        return []
    quantiles = positive.quantile(
        [i / classes for i in range(1, classes + 1)], interpolation="lower"
    )
    return sorted({int(q) for q in quantiles})


def _events(count: int) -> str:
    """``"1 event"``, ``"4,698 events"``."""
    return f"{count:,} event{'' if count == 1 else 's'}"


@dataclass(frozen=True)
class Drawing:
    """Which events a map can draw: every event is counted in exactly one of
    ``points``, ``no_point`` and ``region_only``.

    ``region_only`` events have a point, but it is the centre of the region they are
    located to (:func:`geo.precision.region_only`), so they are drawn only on request.
    """

    points: int
    no_point: int
    region_only: int

    @property
    def events(self) -> int:
        """All the events counted."""
        return self.points + self.no_point + self.region_only

    def drawn(self, *, regions: bool) -> int:
        """How many events are drawn (with ``regions``, the region centres too)."""
        return self.points + (self.region_only if regions else 0)

    @property
    def regions_label(self) -> str:
        """What a switch to draw the region-only events says."""
        return f"Draw the {_events(self.region_only)} located only to a region, at its centre"

    def notes(self, *, regions: bool) -> tuple[str, ...]:
        """Sentences saying how many events are drawn and why the others are not;
        none when there are no events."""
        if not self.events:
            return ()
        drawn = self.drawn(regions=regions)
        if drawn < self.events:
            notes = [f"Drawn: {drawn:,} of {_events(self.events)}."]
        else:
            notes = [f"All {_events(drawn)} are drawn." if drawn > 1 else "The one event is drawn."]
        if self.no_point:
            verb = "has" if self.no_point == 1 else "have"
            notes.append(f"Not drawn: {_events(self.no_point)} {verb} no point.")
        if self.region_only and regions:
            notes.append(
                f"Drawn at a region's centre: {_events(self.region_only)} located only "
                "to a region, not where they happened."
            )
        elif self.region_only:
            verb = "is" if self.region_only == 1 else "are"
            notes.append(
                f"Not drawn unless asked: {_events(self.region_only)} {verb} located only to "
                "a region; the point is the region's centre, not where they happened."
            )
        return tuple(notes)


def drawing(events: gpd.GeoDataFrame) -> Drawing:
    """Count the events that have a point, have none, or are located only to a region
    (and have its centre as their point)."""
    has_point = (events.geometry.notna() & ~events.geometry.is_empty).to_numpy()
    centred = region_only(events).to_numpy() & has_point
    return Drawing(
        points=int((has_point & ~centred).sum()),
        no_point=int((~has_point).sum()),
        region_only=int(centred.sum()),
    )


def drawing_notes(events: gpd.GeoDataFrame, *, regions: bool) -> tuple[str, ...]:
    """:meth:`Drawing.notes` of the events: how many are drawn, and why the others are not."""
    return drawing(events).notes(regions=regions)
