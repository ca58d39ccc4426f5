"""What the extractor proposes, and its JSON contract (``python -m geo extract --json``).

A :class:`Proposal` holds the :class:`ProposedEvent` s a report describes and messages
about what was left out; every field of an event is tied to the words it came from by
an :class:`Evidence`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Final

from geo.extract.casualties import CasualtyMention

__all__ = [
    "BACKGROUND",
    "CASUALTY_FIELDS",
    "PROPOSED_FIELDS",
    "RETOLD",
    "STATE_ONLY",
    "STILL_GOING_ON",
    "SUMMARY",
    "UNPLACED_UNDATED",
    "Evidence",
    "LeftOut",
    "Proposal",
    "ProposedEvent",
]

#: Why a mention of events was left out (:class:`LeftOut`).
UNPLACED_UNDATED: Final = "neither a date nor a place"
SUMMARY: Final = "a summary of many events"
BACKGROUND: Final = "an earlier event recalled as background"
STATE_ONLY: Final = "told only for a state or region, beside events of its type placed finer"
STILL_GOING_ON: Final = "told as still going on, beside an event the report dates there"
RETOLD: Final = "told again in someone's words, on a day the report tells an event of"

CASUALTY_FIELDS: Final = (
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "injured",
    "children_killed",
    "civilian_fatalities",
)
#: The fields of a proposed event, in the order of ``python -m geo extract --json``
#: (then ``evidence`` and ``notes``).
PROPOSED_FIELDS: Final = (
    "event_date",
    "event_date_end",
    "date_precision",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "township",
    "township_pcode",
    "district",
    "district_pcode",
    "state",
    "state_pcode",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    *CASUALTY_FIELDS,
)


@dataclass(frozen=True)
class Evidence:
    """The words a field came from: the field's name, its offsets in the text, the words."""

    field: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class ProposedEvent:
    """One event the report describes, as proposed for the analyst to correct."""

    event_date: dt.date | None
    event_date_end: dt.date | None
    date_precision: int | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    township: str | None
    township_pcode: str | None
    district: str | None
    district_pcode: str | None
    state: str | None
    state_pcode: str | None
    event_type: str | None
    sub_event_type: str | None
    actor1: str | None
    actor2: str | None
    fatalities_low: int | None
    fatalities_best: int | None
    fatalities_high: int | None
    injured: int | None
    children_killed: int | None
    civilian_fatalities: int | None
    sentences: tuple[tuple[int, int], ...]
    evidence: tuple[Evidence, ...]
    figures: tuple[CasualtyMention, ...] = ()
    notes: tuple[str, ...] = ()
    #: How likely a careful coder codes it, 0 to 1 (:mod:`geo.extract.confidence`).
    confidence: float | None = None

    def to_dict(self, text: str) -> dict[str, Any]:
        """The JSON contract of ``python -m geo extract``; ``text`` is the report."""
        out: dict[str, Any] = {name: getattr(self, name) for name in PROPOSED_FIELDS}
        for name in ("event_date", "event_date_end"):
            if out[name] is not None:
                out[name] = out[name].isoformat()
        out["evidence"] = [
            {
                "start": start,
                "end": end,
                "text": text[start:end],
                "fields": [
                    {**e.to_dict(), "text": text[e.start : e.end]}
                    for e in self.evidence
                    if start <= e.start < end
                ],
            }
            for start, end in self.sentences
        ]
        out["casualties"] = [  # each figure apart: sides, "including" breakdowns
            {
                "kind": f.kind,
                "side": f.side,
                "children": f.children,
                "part_of_previous": f.part_of_previous,
                "low": f.amount.low,
                "best": f.amount.best,
                "high": f.amount.high,
                "start": f.amount.span[0],
                "end": f.amount.span[1],
                "text": f.amount.text,
            }
            for f in self.figures
        ]
        out["notes"] = list(self.notes)
        out["confidence"] = self.confidence
        return out


@dataclass(frozen=True)
class LeftOut:
    """A mention of events that is not proposed: why, and its first sentence (offsets
    into the report as given)."""

    why: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"why": self.why, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Proposal:
    """What :func:`extract` proposes: the events, messages about what it left out, and
    the mentions it left out (a summary, a mention with neither date nor place)."""

    events: tuple[ProposedEvent, ...]
    messages: tuple[str, ...]
    left_out: tuple[LeftOut, ...] = ()

    @property
    def dated(self) -> tuple[ProposedEvent, ...]:
        """The events with a date, in the report's order."""
        return tuple(e for e in self.events if e.event_date is not None)

    @property
    def undated(self) -> tuple[ProposedEvent, ...]:
        """The events the report gives no date for: shown apart, for the analyst to date."""
        return tuple(e for e in self.events if e.event_date is None)

    def to_dicts(self, text: str) -> list[dict[str, Any]]:
        return [event.to_dict(text) for event in self.events]
