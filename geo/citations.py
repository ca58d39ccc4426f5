"""Who reported what: the sources behind events, as tables for reading and citing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pandas as pd

from geo.schema import Source

__all__ = ["cited_sources", "publishers", "source_rows"]

_FIGURE_WORDS = {
    "fatalities": "killed",
    "injured": "injured",
    "civilian_fatalities": "civilians killed",
    "children_killed": "children killed",
}


def publishers(sources: Iterable[Source]) -> str:
    """The publishers of an event's sources, once each, joined as ACLED's ``source``."""
    return "; ".join(dict.fromkeys(s.publisher for s in sources))


def _reported(reported: dict[str, int]) -> str:
    return ", ".join(f"{value} {_FIGURE_WORDS.get(k, k)}" for k, value in reported.items())


def source_rows(events: pd.DataFrame) -> pd.DataFrame:
    """One row per (event, source): publisher, title, published, url, what it reported
    (``"29 killed, 57 injured"``; empty when it gave no figure) and its quote."""
    rows = [
        {
            "event_id": event_id,
            "publisher": source.publisher,
            "title": source.title,
            "published": source.published,
            "url": source.url,
            "reported": _reported(dict(source.reported)),
            "quote": source.quote,
        }
        for event_id, sources in events["sources"].items()
        for source in sources
    ]
    columns = ["event_id", "publisher", "title", "published", "url", "reported", "quote"]
    return pd.DataFrame(rows, columns=columns)


def cited_sources(events: pd.DataFrame) -> pd.DataFrame:
    """Each distinct source once, with the number of events that cite it, by publisher."""
    key = ["publisher", "title", "published", "url"]
    counts: dict[tuple[str, str | None, dt.date | None, str | None], int] = {}
    for sources in events["sources"]:
        # a source listed twice by one event still counts that event once
        for cited in {(s.publisher, s.title or None, s.published, s.url or None) for s in sources}:
            counts[cited] = counts.get(cited, 0) + 1
    if not counts:
        return pd.DataFrame(columns=[*key, "events"])
    grouped = pd.DataFrame(list(counts), columns=key)
    grouped["events"] = pd.array(list(counts.values()), dtype="int64")
    ordered = grouped.sort_values(["publisher", "published"], na_position="last", kind="stable")
    return ordered.reset_index(drop=True)
