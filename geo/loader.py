"""Loading the bundled events (``data/events.json``) into the event schema.

The file keeps each event's sources and the figures each source reported; the
low and high of every casualty figure are the lowest and highest any source
reported, and the best estimate is the coder's, with its reasoning in ``notes``.
Locations are resolved through the gazetteer from the event's ``place`` id, so no
coordinate is typed into the event file. Format: ``data/README.md``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd

from geo.errors import GeoError, Problem, ValidationError
from geo.gazetteer import Gazetteer, load_gazetteer
from geo.paths import EVENTS_PATH
from geo.schema import FIGURES, Source, validate_events

__all__ = ["load_events", "read_events_file"]

_ADMIN = ("state", "state_pcode", "district", "district_pcode", "township", "township_pcode")


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


def _row(
    raw: Mapping[str, Any], registry: Mapping[str, Any], gazetteer: Gazetteer
) -> dict[str, Any]:
    row: dict[str, Any] = {k: v for k, v in raw.items() if k not in ("place", "best", "sources")}
    row.setdefault("event_date_end", raw.get("event_date"))
    sources = [_source(registry, s) for s in raw.get("sources", [])]
    row["sources"] = sources
    best = raw.get("best", {})
    for figure in FIGURES:
        numbers = [s.reported[figure.name] for s in sources if figure.name in s.reported]
        value = best.get(figure.name)
        known = numbers + ([value] if isinstance(value, int) else [])
        row[figure.low] = min(known) if known else None
        row[figure.best] = value
        row[figure.high] = max(known) if known else None
    if raw.get("place"):
        place = gazetteer.get(raw["place"])
        row["latitude"], row["longitude"] = place.latitude, place.longitude
        row["geocoding"] = f"{place.place_id}: {place.precision}"
        for key in _ADMIN:
            row.setdefault(key, getattr(place, key))
    if row.get("township_pcode"):
        township = gazetteer.township(row["township_pcode"])
        row.update(
            township=township.name,
            district=township.district,
            district_pcode=township.district_pcode,
            state=township.state,
            state_pcode=township.state_pcode,
        )
    return row


def read_events_file(path: Path, *, gazetteer: Gazetteer | None = None) -> gpd.GeoDataFrame:
    """Read and validate an events file in the bundled format.

    Raises
    ------
    ValidationError
        Listing every problem (row numbers count events from 1).
    """
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        registry = document.get("sources", {})
        raw_events = document["events"]
    except (OSError, ValueError, KeyError, AttributeError) as exc:
        raise ValidationError(
            [Problem(None, "file", f"cannot read {path.name}: {exc}")], source=str(path)
        ) from exc
    gazetteer = gazetteer or load_gazetteer()
    rows, problems = [], []
    for number, raw in enumerate(raw_events, start=1):
        try:
            rows.append(_row(raw, registry, gazetteer))
        except KeyError as exc:
            problems.append(Problem(number, "sources", f"unknown source reference or key {exc}"))
        except (GeoError, ValueError, TypeError) as exc:
            problems.append(Problem(number, "place", str(exc)))
    if problems:
        raise ValidationError(problems, source=str(path))

    return validate_events(pd.DataFrame(rows), source=path.name)


def load_events(path: Path | None = None) -> gpd.GeoDataFrame:
    """The bundled events as a validated GeoDataFrame in ``EPSG:4326``."""
    return read_events_file(path or EVENTS_PATH)
