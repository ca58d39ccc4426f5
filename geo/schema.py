"""The event schema, defined once.

The schema is a superset of what ACLED and UCDP GED record, so that importers map
onto it without loss:

* dates: ``event_date`` and ``event_date_end`` (UCDP's ``date_start``/``date_end``)
  with ``date_precision`` on ACLED's scale (1 day, 2 week, 3 month or vaguer);
* ACLED's event type and sub-event type taxonomy;
* actors as ACLED names them (``actor1``, ``assoc_actor_1``, ``actor2``, ``assoc_actor_2``);
* the location as reported, a WGS84 point (``EPSG:4326``) and ``geo_precision``
  on ACLED's scale (1 the place itself, 2 near it or part of a region, 3 a region);
  a region-only event has no point;
* MIMU state, district and township names with P-codes: the township in use
  (``township_basis`` says whether the source reported it or it was placed by the
  coordinates), the name the source gave (``township_reported``) and the township
  the coordinates fall in (``located_township``), so that a disagreement shows;
* every casualty figure as a low / best / high range, where unknown is missing
  (``<NA>``), never zero;
* ``sources``: a tuple of :class:`Source`, each with the figures it reported;
* ``dataset`` (where the row came from: bundled, ACLED, UCDP GED, a GeoJSON file) and
  ``original``: the source row's own fields, verbatim, for imported events, kept as one
  JSON object's text per row (:func:`record_text`; a text column, not a dictionary per
  row: at 100,000 events the dictionaries were most of the frame's memory). Whoever
  needs the fields reads them through :func:`original_fields`.

Unknown precision codes stay unknown (``<NA>``) and are flagged by
:mod:`geo.quality`, never filled with a guess.

What an event may plausibly be is decided once, in :mod:`geo.limits` (re-exported
here): dates from 1989-01-01 to tomorrow and figures up to 100,000 for one event
(:class:`Limits`, widened, never narrowed, by ``KCM_DATE_WINDOW`` / ``KCM_MAX_FIGURE``
or :func:`use_limits`); text without control characters and at most
:data:`MAX_TEXT_CHARS` characters long (:func:`text_problem`); links that are web
addresses (:func:`web_url_problem`, which the report page and the command line call as
well). The plain constants (:data:`CRS`, :data:`MYANMAR_BOUNDS`, :data:`EVENT_TYPES`)
live in :mod:`geo.bounds` and :mod:`geo.event_types`, which import nothing heavy.

:func:`validate_events` checks every row and returns a GeoDataFrame in
``EPSG:4326``; it is the only way a frame of events is made.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

import geopandas as gpd
import pandas as pd
import pyarrow as pa
from shapely.geometry import Point

from geo.bounds import CRS, MYANMAR_BOUNDS
from geo.errors import Problem, ValidationError
from geo.event_types import EVENT_TYPES
from geo.jsontext import read_json
from geo.limits import (
    DATE_WINDOW_ENV,
    EARLIEST_EVENT_DATE,
    MAX_FIGURE,
    MAX_FIGURE_ENV,
    MAX_TEXT_CHARS,
    Limits,
    _clean,
    _env_limits,  # noqa: F401 (tests clear its cache through this module)
    field_problems,
    limits_from_env,
    limits_in_force,
    parse_date_window,
    parse_max_figure,
    printable,
    quoted,
    text_problem,
    use_limits,
    web_url_problem,
)

__all__ = [
    "CHUNK_ROWS",
    "COLUMNS",
    "CRS",
    "DATE_PRECISION",
    "DATE_WINDOW_ENV",
    "EARLIEST_EVENT_DATE",
    "EVENT_TYPES",
    "FIGURES",
    "GEO_PRECISION",
    "MAX_FIGURE",
    "MAX_FIGURE_ENV",
    "MAX_TEXT_CHARS",
    "MYANMAR_BOUNDS",
    "TOWNSHIP_BASIS",
    "Figure",
    "Limits",
    "Source",
    "concat_events",
    "empty_events",
    "field_problems",
    "limits_from_env",
    "limits_in_force",
    "original_fields",
    "parse_date_window",
    "parse_max_figure",
    "partition_events",
    "partition_records",
    "printable",
    "quoted",
    "record_text",
    "text_problem",
    "use_limits",
    "validate_events",
    "web_url_problem",
    "whole_number",
]

#: ACLED ``time_precision``.
DATE_PRECISION: Final[Mapping[int, str]] = {1: "day", 2: "week", 3: "month or vaguer"}

#: ACLED ``geo_precision``.
GEO_PRECISION: Final[Mapping[int, str]] = {
    1: "the place itself",
    2: "near the place, or part of a region",
    3: "a region only",
}

#: Where an event's township comes from.
TOWNSHIP_BASIS: Final = ("reported", "located")


@dataclass(frozen=True)
class Figure:
    """A casualty figure kept as a low / best / high range."""

    name: str
    low: str
    best: str
    high: str


#: The casualty figures, with their column names. ``name`` is also the key a
#: :class:`Source` uses for what it reported.
FIGURES: Final[tuple[Figure, ...]] = (
    Figure("fatalities", "fatalities_low", "fatalities_best", "fatalities_high"),
    Figure("injured", "injured_low", "injured", "injured_high"),
    Figure(
        "civilian_fatalities",
        "civilian_fatalities_low",
        "civilian_fatalities",
        "civilian_fatalities_high",
    ),
    Figure("children_killed", "children_killed_low", "children_killed", "children_killed_high"),
)
_FIGURE_NAMES: Final = tuple(f.name for f in FIGURES)
#: Rows checked at once by :func:`validate_events` (and read at once by importers).
CHUNK_ROWS: Final = 10_000
#: The largest whole number an ``Int64`` column holds.
_INT64_MAX: Final = 2**63 - 1


@dataclass(frozen=True, slots=True)  # 100,000s of them at country scale
class Source:
    """One report an event rests on, and the figures it reported.

    ``reported`` maps a figure name (``fatalities``, ``injured``,
    ``civilian_fatalities``, ``children_killed``) to the number this source gave;
    a figure it did not give is absent. ``quote`` is the source's own words for
    those figures.
    """

    publisher: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    reported: Mapping[str, int] = field(default_factory=dict)
    quote: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready form (ISO 8601 date)."""
        return {
            "publisher": self.publisher,
            "title": self.title,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "reported": dict(self.reported),
            "quote": self.quote,
        }

    @classmethod
    def from_dict(cls, item: Mapping[str, Any]) -> Source:
        """The source a :meth:`to_dict` (or a GeoJSON file's source object) describes;
        what it holds is the schema's to check (:func:`validate_events`).

        Raises
        ------
        KeyError, TypeError, ValueError, AttributeError
            When ``item`` is no mapping, has no text publisher, or its publication date
            is not an ISO 8601 date.
        """
        publisher = item["publisher"]
        if not isinstance(publisher, str):
            raise TypeError(f"the publisher is {printable(repr(publisher), limit=80)}")
        published = item.get("published")
        return cls(
            publisher=publisher,
            title=item.get("title"),
            url=item.get("url"),
            published=dt.date.fromisoformat(published[:10]) if published else None,
            reported=dict(item.get("reported") or {}),
            quote=item.get("quote"),
        )


@dataclass(frozen=True)
class _Column:
    name: str
    kind: str  # "str", "int", "float", "date", "sources", "record"
    required: bool = False


#: Every column of an event frame, in order (``geometry`` is added last).
COLUMNS: Final[tuple[_Column, ...]] = (
    _Column("event_id", "str", True),
    _Column("event_date", "date", True),
    _Column("event_date_end", "date", True),
    _Column("date_precision", "int"),
    _Column("event_type", "str", True),
    _Column("sub_event_type", "str", True),
    _Column("actor1", "str", True),
    _Column("assoc_actor_1", "str"),
    _Column("actor2", "str"),
    _Column("assoc_actor_2", "str"),
    _Column("location", "str", True),
    _Column("latitude", "float"),
    _Column("longitude", "float"),
    _Column("geo_precision", "int"),
    _Column("geocoding", "str"),
    _Column("state", "str"),
    _Column("state_pcode", "str"),
    _Column("district", "str"),
    _Column("district_pcode", "str"),
    _Column("township", "str"),
    _Column("township_pcode", "str"),
    _Column("township_basis", "str"),
    _Column("township_reported", "str"),
    _Column("located_township", "str"),
    _Column("located_township_pcode", "str"),
    *(_Column(c, "int") for f in FIGURES for c in (f.low, f.best, f.high)),
    _Column("sources", "sources", True),
    _Column("notes", "str"),
    _Column("dataset", "str"),
    _Column("original", "record"),
)
_COLUMN_NAMES: Final = tuple(c.name for c in COLUMNS)

_PCODE_PATTERNS: Final = {
    "state_pcode": re.compile(r"MMR\d{3}"),
    "district_pcode": re.compile(r"MMR\d{3}[DS]\d{3}"),
    "township_pcode": re.compile(r"MMR\d{6}"),
    "located_township_pcode": re.compile(r"MMR\d{6}"),
}


def _missing(value: object) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


#: A whole number as text: sign, digits, perhaps a zero fraction (``34.0``, as R writes).
_WHOLE_TEXT: Final = re.compile(r"([+-]?)([0-9]+)(?:\.0*)?")
#: Longer than this is no figure or code, whatever it says (and Python refuses to turn
#: more than 4,300 digits into a number).
_MAX_DIGITS: Final = 30
_FIGURE_COLUMNS: Final = frozenset(c for f in FIGURES for c in (f.low, f.best, f.high))
_SOURCE_TEXTS: Final = ("publisher", "title", "url", "quote")


def whole_number(value: object) -> int:
    """Whole number from an int, a float with no fraction or a numeric string
    (``34``, ``+34``, ``34.0`` as R writes it; ASCII digits only).

    Raises
    ------
    ValueError
        For anything else, including more than 30 digits.
    """
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a whole number")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        match = _WHOLE_TEXT.fullmatch(text)
        if match:
            sign, digits = match.group(1), match.group(2).lstrip("0") or "0"
            if len(digits) > _MAX_DIGITS:
                raise ValueError(
                    f"{quoted(text, limit=60)} is {len(digits):,} digits long: "
                    "not a plausible number"
                )
            return int(sign + digits)
    raise ValueError(f"{quoted(str(value), limit=80)} is not a whole number")


def _record(value: object) -> dict[str, Any]:
    """A source row's own fields: a mapping (or its JSON text) of plain values."""
    if isinstance(value, str):
        value = read_json(value)
    if not isinstance(value, Mapping):
        raise ValueError(f"{type(value).__name__} is not a mapping of the source's fields")
    plain = (str, int, float, bool, type(None))
    bad = sorted(printable(str(k)) for k, v in value.items() if not isinstance(v, plain))
    if bad:
        raise ValueError(
            f"field(s) {', '.join(bad)} hold nested values; only plain values are kept"
        )
    return {str(k): v for k, v in value.items()}


#: How a record is written as text: what ``json.dumps(..., ensure_ascii=False)`` writes,
#: so the CSV export's ``original`` cell and the GeoJSON property are this text as it is.
_RECORD_ENCODER: Final = json.JSONEncoder(ensure_ascii=False)


def record_text(fields: Mapping[str, Any]) -> str:
    """A source row's own fields as the JSON text an event frame keeps in ``original``.

    Parameters
    ----------
    fields
        Field name -> plain value (text, number, true/false or ``None``).

    Returns
    -------
    str
        The fields as one JSON object, as ``json.dumps(..., ensure_ascii=False)``
        writes it.
    """
    return _RECORD_ENCODER.encode(dict(fields))


def original_fields(value: object) -> dict[str, Any]:
    """An event's ``original`` as a dictionary: the one way to read the source row's
    own fields.

    Parameters
    ----------
    value
        The JSON text an event frame keeps (:func:`record_text`), a mapping of the
        fields, or a missing value (``None``, ``<NA>``, NaN, blank text).

    Returns
    -------
    dict
        Field name -> value; empty for a missing value.

    Raises
    ------
    ValueError
        When ``value`` is text that is not a JSON object of plain values, or is
        neither text nor a mapping.
    """
    if _missing(value):
        return {}
    return _record(value)


def _as_date(value: object) -> dt.date:
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise ValueError(f"{quoted(str(value), limit=80)} is not a date in YYYY-MM-DD form")


def _as_float(value: object) -> float:
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a number")
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        raise ValueError(f"{quoted(str(value), limit=80)} is not a number") from None
    if not math.isfinite(number):
        raise ValueError(f"{quoted(str(value), limit=80)} is not a finite number")
    return number


class _RowChecker:
    """Collects the problems of one row while converting its values."""

    def __init__(
        self,
        row: int,
        problems: list[Problem],
        limits: Limits,
        window: tuple[dt.date, dt.date],
        *,
        suspect: bool = True,
    ) -> None:
        self.row = row
        self.problems = problems
        self.limits = limits
        self.first, self.last = window  # limits.window(), worked out once for all rows
        #: Whether any text of the row may be one no field may hold (else not checked
        #: value by value: one search over the whole row said so).
        self.suspect = suspect
        self.failed: set[str] = set()

    def fail(self, field_name: str, message: str) -> None:
        self.failed.add(field_name)
        self.problems.append(Problem(self.row, field_name, message))

    def convert(self, column: _Column, value: object) -> object:
        # Before the blank test: Python counts some controls (U+001F, U+0085) as space.
        # A record's text is JSON, checked field by field once read (``_record``).
        if self.suspect and isinstance(value, str) and column.kind != "record":
            problem = text_problem(value, identifier=column.name == "event_id")
            if problem:
                self.fail(column.name, problem)
                return None
        if _missing(value):
            if column.required:
                self.fail(column.name, "is required but empty")
            return None
        kind = column.kind
        try:
            if kind == "str":  # its text checked above; a number as text
                if isinstance(value, Mapping | list | tuple | set):
                    raise ValueError(f"is a {type(value).__name__}, not text")
                return str(value).strip()
            if kind == "int":
                return self._int(column.name, value)
            if kind == "float":
                return _as_float(value)
            if kind == "date":
                return self._date(value)
            if kind == "sources":
                return self._sources(value)
            if kind == "record":
                return self._record(value)
        except (TypeError, ValueError, OverflowError) as exc:
            self.fail(column.name, str(exc))
            return None
        raise AssertionError(f"unknown column kind {kind}")  # pragma: no cover

    def _date(self, value: object) -> dt.date:
        date = _as_date(value)
        if not self.first <= date <= self.last:
            raise ValueError(self.limits.date_problem(date))
        return date

    def _int(self, name: str, value: object) -> int:
        number = whole_number(value)
        if number < 0:
            raise ValueError(f"{number} is negative")
        problem = (
            self.limits.figure_problem(number)
            if name in _FIGURE_COLUMNS
            else (f"{number} is too large" if number > _INT64_MAX else None)
        )
        if problem:
            raise ValueError(problem)
        return number

    def _record(self, value: object) -> str:
        """The record as its JSON text (:func:`record_text`); a field holding text that
        cannot be kept is a problem of that field (the source's own name)."""
        record = _record(value)
        if self.suspect or isinstance(value, str):  # JSON text: its escapes now read
            for name, problem in field_problems(record):
                self.fail(name, problem)
        return record_text(record)

    def _sources(self, value: object) -> tuple[Source, ...]:
        if not isinstance(value, list | tuple) or not value:
            raise ValueError("every event needs at least one source")
        sources = []
        for i, item in enumerate(value, start=1):
            if not isinstance(item, Source):
                raise ValueError(f"source {i} is {type(item).__name__}, not a Source")
            self._source_texts(i, item)
            if not item.publisher.strip():
                raise ValueError(f"source {i} has no publisher")
            if not (item.title or item.url):
                raise ValueError(f"source {i} ({item.publisher}) has neither a title nor a URL")
            if item.published is not None:
                if not isinstance(item.published, dt.date):
                    raise ValueError(f"source {i}'s publication date is not a date")
                try:
                    self._date(item.published)
                except ValueError as exc:
                    raise ValueError(f"source {i}'s publication date {exc}") from None
            if not isinstance(item.reported, Mapping):
                raise ValueError(f"source {i}'s figures are not a mapping of figure to number")
            unknown = sorted(printable(str(k)) for k in set(item.reported) - set(_FIGURE_NAMES))
            if unknown:
                raise ValueError(
                    f"source {i} reports unknown figure(s) {unknown}; "
                    f"valid: {', '.join(_FIGURE_NAMES)}"
                )
            for name, number in item.reported.items():
                if isinstance(number, bool) or not isinstance(number, int) or number < 0:
                    raise ValueError(
                        f"source {i} reports {name}={printable(repr(number), limit=80)}; "
                        "figures are whole numbers >= 0"
                    )
            sources.append(item)
        return tuple(sources)

    def _source_texts(self, i: int, source: Source) -> None:
        """Every text of a source is text that can be kept; its link a web address."""
        texts = {name: getattr(source, name) for name in _SOURCE_TEXTS}
        if not _clean([t for t in texts.values() if isinstance(t, str)]):
            for name, text in texts.items():
                problem = text_problem(text) if isinstance(text, str) else None
                if problem:
                    raise ValueError(f"source {i}'s {name}: {problem}")
        for name, text in texts.items():
            if text is not None and not isinstance(text, str):
                raise ValueError(f"source {i}'s {name} is a {type(text).__name__}, not text")
        problem = web_url_problem(source.url) if source.url else None
        if problem:
            raise ValueError(f"source {i}'s URL {problem}")


def _check_row(values: dict[str, Any], check: _RowChecker) -> None:
    """Rules that relate several fields of one row."""
    event_type, sub_type = values["event_type"], values["sub_event_type"]
    if event_type is not None and event_type not in EVENT_TYPES:
        check.fail(
            "event_type",
            f"{event_type!r} is not an ACLED event type; valid: {', '.join(EVENT_TYPES)}",
        )
    elif (
        event_type is not None and sub_type is not None and sub_type not in EVENT_TYPES[event_type]
    ):
        check.fail(
            "sub_event_type",
            f"{sub_type!r} is not a sub-event type of {event_type!r}; "
            f"valid: {', '.join(EVENT_TYPES[event_type])}",
        )

    start, end, precision = values["event_date"], values["event_date_end"], values["date_precision"]
    if precision is not None and precision not in DATE_PRECISION:
        check.fail("date_precision", f"{precision} is not one of 1 (day), 2 (week), 3 (month)")
    if start is not None and end is not None:
        if end < start:
            check.fail("event_date_end", f"{end} is before event_date {start}")
        elif precision == 1 and end != start:
            check.fail("event_date_end", f"{end} differs from event_date {start} at day precision")

    basis = values["township_basis"]
    if basis is not None and basis not in TOWNSHIP_BASIS:
        check.fail("township_basis", f"{basis!r} is not one of {', '.join(TOWNSHIP_BASIS)}")

    geo_precision = values["geo_precision"]
    if geo_precision is not None and geo_precision not in GEO_PRECISION:
        check.fail("geo_precision", f"{geo_precision} is not one of 1, 2, 3")
    lat, lon = values["latitude"], values["longitude"]
    if check.failed & {"latitude", "longitude"}:
        pass  # already reported; the pair rules would only repeat it
    elif (lat is None) != (lon is None):
        check.fail("latitude" if lat is None else "longitude", "latitude and longitude go together")
    elif lat is None and geo_precision in (1, 2):
        check.fail("latitude", f"missing, but geo_precision {geo_precision} needs a point")
    elif lat is not None:
        min_lon, min_lat, max_lon, max_lat = MYANMAR_BOUNDS
        swapped = (
            " (latitude and longitude swapped?)"
            if min_lat <= lon <= max_lat and min_lon <= lat <= max_lon
            else ""
        )
        if not min_lat <= lat <= max_lat:
            check.fail("latitude", f"{lat} is outside Myanmar ({min_lat} to {max_lat}){swapped}")
        if not min_lon <= lon <= max_lon:
            check.fail("longitude", f"{lon} is outside Myanmar ({min_lon} to {max_lon}){swapped}")

    for name, pattern in _PCODE_PATTERNS.items():
        code = values[name]
        if code is not None and not pattern.fullmatch(code):
            check.fail(name, f"{code!r} is not a MIMU P-code like {pattern.pattern}")

    sources = values["sources"] or ()
    for figure in FIGURES:
        if check.failed & {figure.low, figure.best, figure.high}:
            continue  # already reported; the range rules would only repeat it
        low, best, high = values[figure.low], values[figure.best], values[figure.high]
        known = [v for v in (low, best, high) if v is not None]
        if known != sorted(known):
            check.fail(figure.best, f"range is not ordered: low={low}, best={best}, high={high}")
            continue
        for source in sources:
            number = source.reported.get(figure.name)
            if number is None:
                continue
            problem = check.limits.figure_problem(number)
            if problem:
                check.fail("sources", f"{source.publisher} reported {figure.name}: {problem}")
            elif (low is not None and number < low) or (high is not None and number > high):
                check.fail(
                    figure.low,
                    f"{source.publisher} reported {figure.name}={number}, "
                    f"outside the recorded range {low}-{high}",
                )


def empty_events() -> gpd.GeoDataFrame:
    """An event frame with every column and no rows."""
    return validate_events(pd.DataFrame(columns=list(_COLUMN_NAMES)))


def _check_columns(frame: pd.DataFrame, source: str) -> None:
    problems: list[Problem] = []
    unknown = [c for c in frame.columns if c not in _COLUMN_NAMES and c != "geometry"]
    if unknown:
        problems.append(
            Problem(
                None,
                ", ".join(map(str, unknown)),
                f"unknown column(s); valid columns: {', '.join(_COLUMN_NAMES)}",
            )
        )
    missing = [c.name for c in COLUMNS if c.required and c.name not in frame.columns]
    if missing:
        problems.append(Problem(None, ", ".join(missing), "required column(s) missing"))
    if problems:
        raise ValidationError(problems, source=source)


def _check_rows(
    records: Sequence[Mapping[str, Any]],
    row_numbers: Sequence[int] | None,
    seen: dict[str, int] | None = None,
) -> tuple[list[dict[str, Any]], list[Problem], list[int]]:
    """Converted rows, every problem, and the numbers of the rows that had none;
    ``seen`` (event id -> row) is the ids of rows checked before, and is added to."""
    numbers = list(row_numbers) if row_numbers is not None else range(1, len(records) + 1)
    if len(numbers) != len(records):
        raise ValueError(f"{len(numbers)} row numbers for {len(records)} rows")
    limits = limits_in_force()
    window = limits.window()
    rows: list[dict[str, Any]] = []
    problems: list[Problem] = []
    good: list[int] = []
    seen = {} if seen is None else seen
    for number, record in zip(numbers, records, strict=True):
        before = len(problems)
        suspect = not _clean(_texts(record), identifier=True)
        check = _RowChecker(number, problems, limits, window, suspect=suspect)
        values = {c.name: check.convert(c, record.get(c.name)) for c in COLUMNS}
        _check_row(values, check)
        event_id = values["event_id"]
        if isinstance(event_id, str):
            if event_id in seen:
                check.fail("event_id", f"{event_id!r} repeats row {seen[event_id]}")
            seen.setdefault(event_id, number)
        if len(problems) == before:
            rows.append(values)
            good.append(number)
    return rows, problems, good


def _texts(record: Mapping[str, Any]) -> list[str]:
    """Every text of a row, its original's field names and values included (an
    original given as JSON text is checked field by field once read)."""
    original = record.get("original")
    texts = [v for v in record.values() if isinstance(v, str) and v is not original]
    if isinstance(original, Mapping):
        texts.extend(map(str, original))
        texts.extend(v for v in original.values() if isinstance(v, str))
    return texts


def validate_events(frame: pd.DataFrame, *, source: str = "events") -> gpd.GeoDataFrame:
    """Validate every row and return the events as a GeoDataFrame.

    Parameters
    ----------
    frame
        One row per event with (at least) the required columns of :data:`COLUMNS`.
        Missing optional columns are added empty; other columns are refused.
    source
        A name for the input, used in error messages.

    Returns
    -------
    geopandas.GeoDataFrame
        The columns of :data:`COLUMNS` plus ``geometry`` (points, or ``None`` for a
        region-only event), ``crs="EPSG:4326"``, indexed by ``event_id``.

    Raises
    ------
    ValidationError
        Listing every problem of every row; nothing is returned in part.
    """
    _check_columns(frame, source)
    parts: list[gpd.GeoDataFrame] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    # A part at a time: a large frame's rows are never all held as dictionaries.
    for start in range(0, max(len(frame), 1), CHUNK_ROWS):
        part = frame.iloc[start : start + CHUNK_ROWS]
        numbers = range(start + 1, start + len(part) + 1)
        rows, found, _ = _check_rows(_records(part), numbers, seen)
        problems += found
        if not problems:
            parts.append(_to_frame(rows))
    if problems:
        raise ValidationError(problems, source=source)
    return concat_events(parts)


def concat_events(parts: Sequence[gpd.GeoDataFrame]) -> gpd.GeoDataFrame:
    """Event frames (at least one) one after the other, as one frame in ``EPSG:4326``;
    an empty part is left out (unless all are)."""
    kept = [p for p in parts if len(p)] or list(parts[:1])
    if len(kept) == 1:
        return kept[0]
    joined = pd.concat(kept)
    for name in joined.columns.drop("geometry"):
        joined[name] = _one_piece(joined[name])
    return gpd.GeoDataFrame(joined, geometry="geometry", crs=CRS)


def _one_piece(values: pd.Series) -> pd.Series:
    """A text column in one contiguous Arrow array: concatenated parts stay separate
    chunks, and every later take (a page of a table, a sort) pays for each chunk."""
    as_arrow = getattr(values.array, "__arrow_array__", None)
    chunked = as_arrow() if as_arrow is not None else None
    if not isinstance(chunked, pa.ChunkedArray) or chunked.num_chunks <= 1:
        return values
    return pd.Series(
        type(values.array)(chunked.combine_chunks()), index=values.index, name=values.name
    )


def partition_events(
    frame: pd.DataFrame, *, source: str = "events", row_numbers: Sequence[int] | None = None
) -> tuple[gpd.GeoDataFrame, tuple[Problem, ...]]:
    """The valid rows as events, and every problem of the others (for imports).

    A row with any problem is left out whole; of rows sharing an ``event_id`` the
    first is kept (if valid) and the others are reported. ``row_numbers`` labels the
    rows as the user counts them (default 1, 2, ...).

    Raises
    ------
    ValidationError
        Only when the columns themselves are wrong (nothing could be imported).
    """
    _check_columns(frame, source)
    return partition_records(_records(frame), row_numbers=row_numbers)


def partition_records(
    records: Sequence[Mapping[str, Any]],
    *,
    row_numbers: Sequence[int] | None = None,
    seen_ids: dict[str, int] | None = None,
) -> tuple[gpd.GeoDataFrame, tuple[Problem, ...]]:
    """:func:`partition_events` for rows given as mappings of schema column -> value
    (as importers make them; a missing key is an empty value).

    ``seen_ids`` (event id -> row number) carries the ids of rows checked in earlier
    calls, for a file checked a part at a time: an id repeating one of them is a
    problem too. It is added to.

    Raises
    ------
    ValueError
        When a row has a key that is not a schema column (a programming error).
    """
    unknown = {k for record in records for k in record} - set(_COLUMN_NAMES)
    if unknown:
        raise ValueError(f"not schema columns: {', '.join(sorted(unknown))}")
    rows, problems, _ = _check_rows(records, row_numbers, seen_ids)
    return _to_frame(rows), tuple(problems)


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows as mappings of column -> Python value (missing: ``None``, ``<NA>``,
    ``NaT`` or NaN), a column at a time (``to_dict`` boxes cell by cell)."""
    names = [str(c) for c in frame.columns]
    columns = [frame.iloc[:, i].tolist() for i in range(frame.shape[1])]
    return [dict(zip(names, row, strict=True)) for row in zip(*columns, strict=True)]


def _to_frame(rows: list[dict[str, Any]]) -> gpd.GeoDataFrame:
    data: dict[str, Any] = {}
    for column in COLUMNS:
        values = [row[column.name] for row in rows]
        if column.kind == "int":
            data[column.name] = pd.array(values, dtype="Int64")
        elif column.kind == "float":
            data[column.name] = pd.array(
                [math.nan if v is None else v for v in values], dtype="float64"
            )
        elif column.kind == "date":
            data[column.name] = pd.to_datetime(pd.Series(values, dtype="object")).astype(
                "datetime64[ns]"
            )
        elif column.kind in ("str", "record"):  # a record is its JSON text
            data[column.name] = pd.array(values, dtype="string")
        else:
            data[column.name] = pd.Series(values, dtype="object")
    geometry = [
        None if row["latitude"] is None else Point(row["longitude"], row["latitude"])
        for row in rows
    ]
    frame = pd.DataFrame(data)
    events = gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geometry, crs=CRS), crs=CRS)
    events.index = pd.Index(events["event_id"].astype(str).tolist(), name="id")
    return events
