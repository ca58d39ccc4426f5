"""UCDP Georeferenced Event Dataset (GED) CSV to the event schema.

Mapping (UCDP codebook names on the left); every original column is also kept,
verbatim, in ``original``:

* ``id`` -> ``event_id`` (``48528.0`` written by R is ``48528``);
* ``date_start``/``date_end`` -> ``event_date``/``event_date_end``; ``date_prec``
  (1 exact day, 2 within 2-6 days, 3 the week, 4 8-30 days or the month, 5 longer)
  -> ACLED ``date_precision`` 1, 2, 2, 3, 3;
* ``type_of_violence`` 1 (state-based) and 2 (non-state) -> Battles / Armed clash;
  3 (one-sided, against civilians) -> Violence against civilians / Attack;
* ``side_a``/``side_b`` -> ``actor1``/``actor2``;
* ``where_description`` (else ``where_coordinates``) -> ``location``;
  ``where_prec`` (1 exact place, 2 within about 25 km, 3 district, 4 state,
  5 a larger or linear area, 6 the country, 7 waters or air space) -> ACLED
  ``geo_precision`` 1, 2, 3, 3, 3, 3, 3: a point for 3-7 is the centre of an area;
* ``adm_1``/``adm_2`` -> the MIMU state and district, where the name is MIMU's
  (old names and double spaces allowed: "Magwe division", "Magway  region");
* ``low``/``best``/``high`` -> the fatality range; where UCDP's three are out of
  order (``low`` 5, ``best`` 209, ``high`` 10) its ``best`` is kept and the range
  widened to the three figures' minimum and maximum (5-209), and Data quality flags
  the event (:func:`unordered_figures`); ``deaths_civilians`` ->
  civilian fatalities (best); ``deaths_a``, ``deaths_b`` and ``deaths_unknown``
  stay in ``original``;
* the source is UCDP GED (event ``id`` and ``relid``); UCDP's own source articles
  go to ``notes``.
"""

from __future__ import annotations

from collections.abc import Mapping
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
    whole,
)
from geo.schema import Source, printable, whole_number

__all__ = [
    "DATE_PRECISION",
    "GEO_PRECISION",
    "REQUIRED",
    "SOURCE_COLUMNS",
    "VIOLENCE",
    "convert_ucdp",
    "unordered_figures",
    "widened",
]

REQUIRED: Final = (
    "id",
    "type_of_violence",
    "side_a",
    "side_b",
    "where_prec",
    "latitude",
    "longitude",
    "date_prec",
    "date_start",
    "date_end",
    "best",
    "low",
    "high",
)
#: Schema fields made from a differently named UCDP column (named in reports).
SOURCE_COLUMNS: Final = {
    "event_id": "id",
    "event_date": "date_start",
    "event_date_end": "date_end",
    "date_precision": "date_prec",
    "geo_precision": "where_prec",
    "event_type": "type_of_violence",
    "sub_event_type": "type_of_violence",
    "actor1": "side_a",
    "actor2": "side_b",
    "location": "where_description",
    "fatalities_low": "low",
    "fatalities_best": "best",
    "fatalities_high": "high",
    "civilian_fatalities": "deaths_civilians",
    "state": "adm_1",
    "district": "adm_2",
}
#: UCDP ``date_prec`` -> ACLED time precision.
DATE_PRECISION: Final = {1: 1, 2: 2, 3: 2, 4: 3, 5: 3}
#: UCDP ``where_prec`` -> ACLED geo precision.
GEO_PRECISION: Final = {1: 1, 2: 2, 3: 3, 4: 3, 5: 3, 6: 3, 7: 3}
#: UCDP ``type_of_violence`` -> ACLED event type and sub-event type.
VIOLENCE: Final = {
    1: ("Battles", "Armed clash"),
    2: ("Battles", "Armed clash"),
    3: ("Violence against civilians", "Attack"),
}

#: UCDP's fatality columns, in the schema's order.
_FIGURES: Final = ("low", "best", "high")

Figures = tuple[int | None, int | None, int | None]


def widened(low: int | None, best: int | None, high: int | None) -> Figures:
    """UCDP's ``low``, ``best`` and ``high`` as stored: unchanged when in order (the
    schema's rule), else ``best`` kept and the range widened to the minimum and maximum
    of the figures given (a blank one stays blank)."""
    known = [v for v in (low, best, high) if v is not None]
    if known == sorted(known):
        return low, best, high
    return (
        None if low is None else min(known),
        best,
        None if high is None else max(known),
    )


def unordered_figures(original: Mapping[str, Any]) -> Figures | None:
    """UCDP's own ``low``, ``best`` and ``high`` from a UCDP row kept in ``original``
    when they are out of order (the range was widened on import), else ``None``."""
    if not {"type_of_violence", *_FIGURES} <= original.keys():
        return None
    figures: list[int | None] = []
    for column in _FIGURES:
        value = original[column]
        try:
            figures.append(None if blank(value) else whole_number(str(value)))
        except ValueError:
            return None
    low, best, high = figures
    return (low, best, high) if widened(low, best, high) != (low, best, high) else None


def convert_ucdp(record: dict[str, Any], row: int, *, admin: AdminIndex) -> Converted:
    """One UCDP GED row (string values) as schema values."""
    problems: list[Problem] = []

    def code(column: str, mapping: dict[int, Any]) -> Any:
        value = record.get(column)
        if blank(value):
            return None
        try:
            return mapping[whole_number(str(value))]
        except (KeyError, ValueError):
            shown = printable(str(value), limit=80)
            problems.append(
                Problem(
                    row, column, f"{shown!r} is not a UCDP code: {', '.join(map(str, mapping))}"
                )
            )
            return None

    def date(column: str) -> Any:
        value = record.get(column)
        if blank(value):
            return None
        try:
            return parse_date(str(value))
        except ValueError as exc:
            problems.append(Problem(row, column, str(exc)))
            return None

    event_id = None if blank(record.get("id")) else whole(str(record["id"]))
    relid = text(record.get("relid"))
    violence = code("type_of_violence", VIOLENCE)
    given = {c: count(record, c, row, problems) for c in _FIGURES}
    low, best, high = widened(*given.values())
    # A widened end is named, in reports, by the UCDP column its figure came from.
    fields = {
        **SOURCE_COLUMNS,
        "fatalities_low": next(c for c in _FIGURES if low is None or given[c] == low),
        "fatalities_high": next(c for c in _FIGURES[::-1] if high is None or given[c] == high),
    }
    values: dict[str, Any] = {
        "event_id": event_id,
        "event_date": date("date_start"),
        "event_date_end": date("date_end"),
        "date_precision": code("date_prec", DATE_PRECISION),
        "event_type": violence[0] if violence else None,
        "sub_event_type": violence[1] if violence else None,
        "actor1": text(record.get("side_a")),
        "actor2": text(record.get("side_b")),
        "location": text(record.get("where_description")) or text(record.get("where_coordinates")),
        "latitude": text(record.get("latitude")),
        "longitude": text(record.get("longitude")),
        "geo_precision": code("where_prec", GEO_PRECISION),
        "fatalities_low": low,
        "fatalities_best": best,
        "fatalities_high": high,
        "civilian_fatalities": count(record, "deaths_civilians", row, problems),
        "dataset": "UCDP GED",
        "original": original(record),
        **admin.resolve(state=text(record.get("adm_1")), district=text(record.get("adm_2"))),
    }
    articles = text(record.get("source_article"))
    values["notes"] = f"UCDP's sources: {articles}" if articles else None
    reported = {
        name: number
        for name, number in (
            ("fatalities", values["fatalities_best"]),
            ("civilian_fatalities", values["civilian_fatalities"]),
        )
        if isinstance(number, int)
    }
    title = f"UCDP GED event {event_id}" + (f" ({relid})" if relid else "")
    values["sources"] = [Source("UCDP GED", title=title, reported=reported)]
    return Converted(row, values, problems, fields)
