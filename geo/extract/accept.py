"""Proposed events, as corrected by the analyst, into events of the schema.

:func:`proposal_table` gives the editable table of a proposal (one row per proposed
event, the columns of :data:`EDITABLE`); :func:`accepted_events` turns the rows the
analyst kept into validated events with the report as their source. Either every
kept row is a valid event, or nothing is returned but the problems, each naming its
row (as numbered in the table) and field.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

import geopandas as gpd
import pandas as pd

from geo.errors import GeoError, Problem
from geo.extract.confidence import part_of
from geo.extract.proposal import CASUALTY_FIELDS, ProposedEvent
from geo.schema import Source, partition_records, web_url_problem

__all__ = [
    "DATASET",
    "EDITABLE",
    "TABLE_LABELS",
    "ReportSource",
    "accepted_events",
    "proposal_table",
    "similar_events",
]

#: The ``dataset`` value of events added from a report.
DATASET: Final = "report"
#: The proposal table's column labels, as the report page shows them: problems name
#: the column the reader sees ("Date"), not the schema's field (``event_date``).
TABLE_LABELS: Final = {
    "accept": "Add",
    "number": "No.",
    "similar": "Already in the dataset?",
    "confidence": "Confidence",
    "event_date": "Date",
    "event_date_end": "Until",
    "date_precision": "Date prec.",
    "event_type": "Event type",
    "sub_event_type": "Sub-event type",
    "actor1": "Actor 1",
    "actor2": "Actor 2",
    "location": "Location",
    "latitude": "Lat",
    "longitude": "Lon",
    "geo_precision": "Geo prec.",
    "township": "Township",
    "township_pcode": "P-code",
    "fatalities_low": "Killed (low)",
    "fatalities_best": "Killed (best)",
    "fatalities_high": "Killed (high)",
    "injured": "Injured",
    "children_killed": "Children killed",
    "civilian_fatalities": "Civilians killed",
    "notes": "Notes",
}
#: The columns of the editable table, in order (``accept`` first).
EDITABLE: Final = (
    "accept",
    "event_date",
    "event_date_end",
    "date_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "township",
    "township_pcode",
    *CASUALTY_FIELDS,
    "notes",
)
_ADMIN: Final = ("district", "district_pcode", "state", "state_pcode")
_REPORTED: Final = {
    "fatalities": "fatalities_best",
    "injured": "injured",
    "children_killed": "children_killed",
    "civilian_fatalities": "civilian_fatalities",
}


@dataclass(frozen=True)
class ReportSource:
    """The report the events come from, as the analyst describes it."""

    publisher: str
    published: dt.date
    title: str | None = None
    url: str | None = None

    def __post_init__(self) -> None:
        if not self.publisher.strip():
            raise GeoError("the report's publisher is needed: it is cited as the events' source")
        if not (self.title or self.url):
            raise GeoError(
                "give the report's title or URL: the events cite it, and a reader must be "
                "able to find it"
            )
        problem = web_url_problem(self.url) if self.url else None
        if problem:
            raise GeoError(f"the report's URL {problem}")


def similar_events(
    proposed: Sequence[ProposedEvent], events: gpd.GeoDataFrame
) -> list[tuple[str, ...]]:
    """For each proposed event, the ids of events already in ``events`` that are
    probably the same: the same event type, the same township (or, for a region, the
    same state), and dates that overlap. An event the text gives no date is compared
    with none."""
    found: list[tuple[str, ...]] = []
    starts = events["event_date"].dt.date
    ends = events["event_date_end"].dt.date
    for event in proposed:
        if event.event_date is None or event.event_type is None:
            found.append(())
            continue
        end = event.event_date_end or event.event_date
        same = (events["event_type"] == event.event_type).fillna(False).to_numpy() & (
            (starts <= end) & (ends >= event.event_date)
        ).to_numpy()
        if event.township_pcode:
            same &= (events["township_pcode"] == event.township_pcode).fillna(False).to_numpy()
        elif event.state_pcode:
            same &= (events["state_pcode"] == event.state_pcode).fillna(False).to_numpy()
        else:
            same &= events["township_pcode"].isna().to_numpy()
        found.append(tuple(str(i) for i in events.index[same]))
    return found


def proposal_table(
    events: Sequence[ProposedEvent], similar: Sequence[Sequence[str]] | None = None
) -> pd.DataFrame:
    """One editable row per proposed event, accepted to start with unless it looks like
    an event already in the dataset, has no date or is of low confidence: with
    ``similar`` (:func:`similar_events`) a read-only column names those events, and
    their rows start unticked (adding the same strike twice doubles its dead); an undated
    event starts unticked too, for the analyst to date it first, and so does one the
    reader is less sure of than its model's threshold (:func:`~geo.extract.confidence.
    part_of`), for the analyst to read first. Read-only columns give each event's number
    (as the highlights in the text and the problems name it) and the reader's confidence
    in it."""
    rows = []
    for event in events:
        row: dict[str, Any] = {name: getattr(event, name, None) for name in EDITABLE[1:]}
        row["accept"] = _ticked(event)
        row["notes"] = " ".join(event.notes) or None
        rows.append(row)
    table = pd.DataFrame(rows, columns=list(EDITABLE))
    for name in (
        "date_precision",
        "geo_precision",
        *(c for c in EDITABLE if "fatal" in c or c in ("injured", "children_killed")),
    ):
        table[name] = table[name].astype("Int64")
    for name in ("event_date", "event_date_end"):
        table[name] = pd.to_datetime(table[name]).dt.date
    for name in ("latitude", "longitude"):
        table[name] = pd.to_numeric(table[name]).astype("float64")
    for name in _TEXT_COLUMNS:  # text even when every cell of a part of the table is empty
        table[name] = table[name].astype("string")
    table["accept"] = table["accept"].astype(bool)
    table.insert(1, "confidence", pd.Series([e.confidence for e in events], dtype="Float64"))
    # the event's number, as the text's highlights and the problems name it: the table
    # is shown in parts (:func:`~geo.extract.confidence.part_of`)
    table.insert(1, "number", pd.Series(range(1, len(events) + 1), dtype="Int64"))
    if similar is not None:
        table["accept"] = [
            not ids and _ticked(event) for ids, event in zip(similar, events, strict=True)
        ]
        table.insert(1, "similar", [", ".join(ids) or None for ids in similar])
        table["similar"] = table["similar"].astype("string")
    return table


#: The proposal table's columns of text.
_TEXT_COLUMNS: Final = (
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "location",
    "township",
    "township_pcode",
    "notes",
)


def _ticked(event: ProposedEvent) -> bool:
    """Whether a proposal starts ticked: dated, and not one to check first."""
    return part_of(event) == "likely"


def _cell_value(value: object) -> object:
    """An edited table cell as a plain value: ``None`` for a missing or blank one, a date
    for a timestamp, a Python number for a NumPy one."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and value != value:  # NaN
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if hasattr(value, "item"):
        return value.item()
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _event_id(source: ReportSource, text: str, number: int) -> str:
    digest = hashlib.sha256(
        "\n".join((source.publisher, source.url or "", source.title or "", text)).encode()
    ).hexdigest()[:6]
    return f"RPT-{source.published:%Y%m%d}-{digest}-{number}"


def accepted_events(
    table: pd.DataFrame,
    proposed: Sequence[ProposedEvent],
    *,
    source: ReportSource,
    text: str,
) -> tuple[gpd.GeoDataFrame, tuple[Problem, ...]]:
    """The kept rows of an edited :func:`proposal_table` as events of the schema.

    Each event cites the report, with the figures the (edited) row gives and the
    report's sentences it came from as the quote. Rows count from 1 in the order of the
    events (the table's column "No.").

    Returns the events, or (when any kept row has a problem) an empty frame and
    every problem: nothing is accepted in part.
    """
    if len(table) != len(proposed):
        raise GeoError(
            f"the table has {len(table)} rows for {len(proposed)} proposed events; propose again"
        )
    records, numbers = [], []
    for number, (row, event) in enumerate(zip(table.to_dict("records"), proposed, strict=True), 1):
        if not bool(row.get("accept")):
            continue
        values = {name: _cell_value(row.get(name)) for name in EDITABLE[1:]}
        if values["event_date"] is not None and values["event_date_end"] is None:
            values["event_date_end"] = values["event_date"]
        quote = " … ".join(text[s:e] for s, e in event.sentences)
        reported = {
            figure: int(values[column])  # type: ignore[call-overload]
            for figure, column in _REPORTED.items()
            if values[column] is not None
        }
        if values["fatalities_best"] is None and values["fatalities_low"] is not None:
            reported["fatalities"] = int(values["fatalities_low"])  # type: ignore[call-overload]
        record: dict[str, Any] = {
            **values,
            "event_id": _event_id(source, text, number),
            "sources": [
                Source(
                    publisher=source.publisher,
                    title=source.title,
                    url=source.url,
                    published=source.published,
                    reported=reported,
                    quote=quote[:1000],
                )
            ],
            "dataset": DATASET,
            "geocoding": next((n for n in event.notes if "offset" in n or "point is" in n), None),
        }
        same_place = (values["township_pcode"], values["latitude"], values["longitude"]) == (
            event.township_pcode,
            event.latitude,
            event.longitude,
        )
        for name in _ADMIN:  # the proposal's district and state, unless the place was edited
            record[name] = getattr(event, name) if same_place else None
        record.pop("accept", None)
        records.append(record)
        numbers.append(number)
    if not records:
        raise GeoError("no event is ticked to accept")
    events, problems = partition_records(records, row_numbers=numbers)
    if problems:
        shown = tuple(
            Problem(p.row, TABLE_LABELS.get(p.field, p.field), p.message) for p in problems
        )
        return events.iloc[0:0], shown
    return events, ()
