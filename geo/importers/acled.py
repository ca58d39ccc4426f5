"""ACLED exports (the export tool's CSV or the API's rows) to the event schema.

Mapping (ACLED codebook names on the left):

* ``event_id_cnty`` -> ``event_id`` (kept as ACLED wrote it);
* ``event_date`` (any vintage's form) -> ``event_date`` and ``event_date_end``;
  ``time_precision`` -> ``date_precision`` (the same 1-3 scale);
* ``event_type``, ``sub_event_type``, ``actor1``, ``assoc_actor_1``, ``actor2``,
  ``assoc_actor_2``, ``location``, ``latitude``, ``longitude``, ``geo_precision``,
  ``notes``: as they are;
* ``admin1``-``admin3`` -> the MIMU state, district and township P-codes where the
  name is a MIMU name (``township_reported`` keeps ``admin3`` as written);
* ``fatalities`` -> ``fatalities_low`` and ``fatalities_best``: ACLED's one figure is
  a conservative (low) estimate and its only estimate; the high is unknown;
* the event's source is ACLED itself, with ACLED's ``source`` list in its title;
* every column of the row, extra ones included, is kept in ``original``.
"""

from __future__ import annotations

from typing import Any, Final

from geo.errors import Problem
from geo.importers._admin import AdminIndex
from geo.importers._common import (
    Converted,
    blank,
    count,
    original,
    parse_date,
    text,
)
from geo.schema import Source, whole_number

__all__ = ["EXPORT_COLUMNS", "REQUIRED", "SOURCE_COLUMNS", "convert_acled"]

#: The columns of an ACLED export (2024 codebook), in its order. Only ``REQUIRED`` must
#: be present; any other column is kept in ``original``.
EXPORT_COLUMNS: Final = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
    "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
    "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
    "source_scale", "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip

#: Columns without which an ACLED file cannot be imported at all.
REQUIRED: Final = (
    "event_id_cnty",
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "location",
    "latitude",
    "longitude",
    "fatalities",
)
#: Schema fields made from a differently named ACLED column (named in reports).
SOURCE_COLUMNS: Final = {
    "event_id": "event_id_cnty",
    "event_date_end": "event_date",
    "date_precision": "time_precision",
    "fatalities_low": "fatalities",
    "fatalities_best": "fatalities",
    "state": "admin1",
    "district": "admin2",
    "township": "admin3",
}
_AS_IS: Final = (
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "assoc_actor_2",
    "location",
    "latitude",
    "longitude",
    "notes",
)


def convert_acled(record: dict[str, Any], row: int, *, admin: AdminIndex) -> Converted:
    """One ACLED row (string values) as schema values."""
    problems: list[Problem] = []
    values: dict[str, Any] = {c: text(record.get(c)) for c in _AS_IS}
    event_id = text(record.get("event_id_cnty"))
    values["event_id"] = event_id
    values["dataset"] = "ACLED"
    values["original"] = original(record)

    date = None
    if not blank(record.get("event_date")):
        try:
            date = parse_date(str(record["event_date"]))
        except ValueError as exc:
            problems.append(Problem(row, "event_date", str(exc)))
    values["event_date"] = values["event_date_end"] = date
    values["date_precision"] = _code(record.get("time_precision"))
    values["geo_precision"] = _code(record.get("geo_precision"))

    values.update(
        admin.resolve(
            state=text(record.get("admin1")),
            district=text(record.get("admin2")),
            township=text(record.get("admin3")),
        )
    )

    fatalities = count(record, "fatalities", row, problems)
    values["fatalities_low"] = values["fatalities_best"] = fatalities
    cited = text(record.get("source"))
    title = f"ACLED event {event_id}" + (f"; ACLED's sources: {cited}" if cited else "")
    reported = {"fatalities": fatalities} if isinstance(fatalities, int) else {}
    values["sources"] = [Source("ACLED", title=title, reported=reported)]
    return Converted(row, values, problems, SOURCE_COLUMNS)


def _code(value: object) -> object:
    """A whole number as ACLED writes it (``1``, ``1.0``); other text is left for the
    schema to refuse with its own message."""
    if blank(value):
        return None
    try:
        return whole_number(str(value))
    except ValueError:
        return text(value)
