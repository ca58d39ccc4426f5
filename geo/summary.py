"""Casualty summaries: totals and breakdowns by township, month or event type.

A sum counts the known figures only; ``fatalities_unknown`` says how many events
in the group have no best estimate, so unknown is never shown as zero.
"""

from __future__ import annotations

from typing import Final, Literal

import pandas as pd

from geo.errors import GeoError
from geo.filters import township_column

__all__ = [
    "GROUPINGS",
    "MEASURES",
    "class_breaks",
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
        names = events["township"].astype("object")
        codes = events["township_pcode"].astype("object")
        return pd.Series(
            [
                f"{n} ({c})"
                if isinstance(n, str) and isinstance(c, str)
                else "no township (region only)"
                for n, c in zip(names, codes, strict=True)
            ],
            index=events.index,
        )
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
    rows = [{"group": key, **_aggregate(group)} for key, group in events.groupby(keys, sort=True)]
    columns = ["group", "events", *_SUMS, "fatalities_unknown"]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.astype({c: "Int64" for c in columns[1:]})


def totals(events: pd.DataFrame) -> dict[str, object]:
    """The same figures for all the given events together (0 for no events)."""
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
