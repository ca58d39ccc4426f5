"""Loading the bundled events (``data/events.json``) into the event schema.

The file keeps each event's sources and the figures each source reported; the
low and high of every casualty figure are the lowest and highest any source
reported, and the best estimate is the coder's, with its reasoning in ``notes``.
Locations are resolved through the gazetteer from the event's ``place`` id, so no
coordinate is typed into the event file. Format: ``data/README.md``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd

from geo.errors import GeoError, Problem, ValidationError
from geo.gazetteer import Gazetteer, load_gazetteer
from geo.jsontext import read_json
from geo.paths import EVENTS_PATH
from geo.schema import FIGURES, Source, validate_events

__all__ = ["load_events", "read_events_file"]


def _source(registry: Mapping[str, Mapping[str, Any]], item: Mapping[str, Any]) -> Source:
    base = registry[item["ref"]] if "ref" in item else item
    published = base.get("published")
    return Source(
        publisher=base["publisher"],
        title=base.get("title"),
        url=base.get("url"),
        published=dt.date.fromisoformat(published) if published else None,
        reported=dict(item.get("reported", {})),
        quote=item.get("quote"),
    )


def _figures(sources: list[Source], best: Mapping[str, Any]) -> dict[str, Any]:
    """Low and high from what the sources reported (and the best estimate), best as coded."""
    columns: dict[str, Any] = {}
    for figure in FIGURES:
        value = best.get(figure.name)
        known = [s.reported[figure.name] for s in sources if figure.name in s.reported]
        known += [value] if isinstance(value, int) else []
        columns[figure.low] = min(known) if known else None
        columns[figure.best] = value
        columns[figure.high] = max(known) if known else None
    return columns


def _location(raw: Mapping[str, Any], gazetteer: Gazetteer) -> dict[str, Any]:
    """Point from the gazetteer place; admin units from the township as reported, else the
    place's; a region-only event keeps the state it names."""
    columns: dict[str, Any] = {}
    pcode = raw.get("township_pcode")
    if raw.get("place"):
        place = gazetteer.get(raw["place"])
        columns["latitude"], columns["longitude"] = place.latitude, place.longitude
        columns["geocoding"] = f"{place.place_id}: {place.precision}"
        pcode = pcode or place.township_pcode
    if pcode:
        columns.update(gazetteer.township(pcode).admin())
    return columns


def _row(
    number: int, raw: Mapping[str, Any], registry: Mapping[str, Any], gazetteer: Gazetteer
) -> dict[str, Any]:
    """One event as a schema row; problems are raised as a one-problem ValidationError."""
    row: dict[str, Any] = {k: v for k, v in raw.items() if k not in ("place", "best", "sources")}
    row.setdefault("event_date_end", raw.get("event_date"))
    try:
        sources = [_source(registry, s) for s in raw.get("sources", [])]
    except (KeyError, TypeError, ValueError) as exc:
        raise ValidationError(
            [Problem(number, "sources", f"bad source or reference: {exc}")]
        ) from exc
    try:
        row.update(_location(raw, gazetteer))
    except GeoError as exc:
        raise ValidationError([Problem(number, "place", str(exc))]) from exc
    return {
        **row,
        "sources": sources,
        "dataset": "bundled",
        **_figures(sources, raw.get("best", {})),
    }


def read_events_file(path: Path, *, gazetteer: Gazetteer | None = None) -> gpd.GeoDataFrame:
    """Read and validate an events file in the bundled format.

    Raises
    ------
    ValidationError
        Listing every problem (row numbers count events from 1).
    """
    try:
        document = read_json(path.read_bytes())
        registry = document.get("sources", {})
        raw_events = document["events"]
    except (OSError, ValueError, KeyError, AttributeError) as exc:
        raise ValidationError(
            [Problem(None, "file", f"cannot read {path.name}: {exc}")], source=str(path)
        ) from exc
    gazetteer = gazetteer or load_gazetteer()
    rows: list[dict[str, Any]] = []
    problems: list[Problem] = []
    for number, raw in enumerate(raw_events, start=1):
        try:
            rows.append(_row(number, raw, registry, gazetteer))
        except ValidationError as exc:
            problems.extend(exc.problems)
    if problems:
        raise ValidationError(problems, source=str(path))

    return validate_events(pd.DataFrame(rows), source=path.name)


def load_events(path: Path | None = None) -> gpd.GeoDataFrame:
    """The bundled events as a validated GeoDataFrame in ``EPSG:4326``."""
    return read_events_file(path or EVENTS_PATH)
