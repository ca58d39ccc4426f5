"""ACLED-format input made from the real bundled events (no invented event): each
event written as ACLED's export tool writes a row, so tests can break one field at a
time."""

from __future__ import annotations

import csv
import io
from typing import Any

import geopandas as gpd
import pandas as pd
import pytest

from geo.citations import publishers
from geo.importers.acled import EXPORT_COLUMNS

ACLED_COLUMNS = EXPORT_COLUMNS


def _text(value: object) -> str:
    return "" if pd.isna(value) else str(value)


def acled_rows(events: gpd.GeoDataFrame) -> list[dict[str, str]]:
    """The events with a point, as ACLED export rows (ACLED's admin names: no P-codes)."""
    rows = []
    for event_id, e in events[events.geometry.notna()].iterrows():
        rows.append(
            {
                "event_id_cnty": str(event_id),
                "event_date": e["event_date"].strftime("%d %B %Y"),
                "year": str(e["event_date"].year),
                "time_precision": _text(e["date_precision"]),
                "disorder_type": "Political violence",
                "event_type": e["event_type"],
                "sub_event_type": e["sub_event_type"],
                "actor1": e["actor1"],
                "assoc_actor_1": _text(e["assoc_actor_1"]),
                "inter1": "",
                "actor2": _text(e["actor2"]),
                "assoc_actor_2": _text(e["assoc_actor_2"]),
                "inter2": "",
                "interaction": "",
                "civilian_targeting": "",
                "iso": "104",
                "region": "Southeast Asia",
                "country": "Myanmar",
                "admin1": e["state"],
                "admin2": _text(e["district"]),
                "admin3": _text(e["township"]),
                "location": e["location"],
                "latitude": f"{e['latitude']:.4f}",
                "longitude": f"{e['longitude']:.4f}",
                "geo_precision": _text(e["geo_precision"]),
                "source": publishers(e["sources"]),
                "source_scale": "National",
                "notes": _text(e["notes"]),
                "fatalities": _text(e["fatalities_low"]),
                "tags": "",
                "timestamp": "1700000000",
            }
        )
    return rows


def to_csv(rows: list[dict[str, Any]], columns: tuple[str, ...] = ACLED_COLUMNS) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


@pytest.fixture
def acled(bundled_events: gpd.GeoDataFrame) -> list[dict[str, str]]:
    return acled_rows(bundled_events)


#: UCDP GED's codes for the schema's values (the inverse of geo.importers.ucdp's maps,
#: near enough for test input: UCDP has no explosions, so they are state-based violence).
_UCDP_VIOLENCE = {"Violence against civilians": "3"}
_UCDP_WHERE = {1: "1", 2: "2", 3: "4"}
_UCDP_WHEN = {1: "1", 2: "3", 3: "4"}


def ucdp_rows(events: gpd.GeoDataFrame) -> list[dict[str, str]]:
    """The events with a point, as UCDP GED CSV rows (written as R writes them: floats)."""
    rows = []
    for number, (event_id, e) in enumerate(events[events.geometry.notna()].iterrows(), 1):
        rows.append(
            {
                "id": f"{number}.0",
                "relid": f"MYA-{e['event_date'].year}-{event_id}",
                "type_of_violence": _UCDP_VIOLENCE.get(e["event_type"], "1") + ".0",
                "side_a": e["actor1"],
                "side_b": _text(e["actor2"]) or "Civilians",
                "source_article": publishers(e["sources"]),
                "where_prec": _UCDP_WHERE[int(e["geo_precision"])] + ".0",
                "where_coordinates": e["location"],
                "where_description": e["location"],
                "adm_1": f"{e['state']} state",
                "adm_2": _text(e["district"]),
                "latitude": f"{e['latitude']:.4f}",
                "longitude": f"{e['longitude']:.4f}",
                "date_prec": _UCDP_WHEN[int(e["date_precision"])] + ".0",
                "date_start": e["event_date"].strftime("%Y-%m-%d"),
                "date_end": e["event_date_end"].strftime("%Y-%m-%d"),
                "deaths_civilians": _text(e["civilian_fatalities"]),
                "best": _text(e["fatalities_best"]),
                "low": _text(e["fatalities_low"]),
                "high": _text(e["fatalities_high"]),
            }
        )
    return rows
