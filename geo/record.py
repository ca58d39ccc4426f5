"""One event in words: the record a reader sees beside the map and in its popup.

:func:`record_lines` turns one event (a row of an event frame, :mod:`geo.schema`)
into labelled lines of plain words, and :func:`source_entries` its sources into
entries saying who reported what and when. Codes are said in words (ACLED's date
precision 1 day, 2 week, 3 month; geo precision 1 the place, 2 near it, 3 a region
only), figures as a range with the best estimate named (``28-30 (best 29)``), and
an unreported figure as ``not reported``, never 0 or ``None``. Empty fields are left
out. The text is not escaped: the views escape it (:mod:`ui.text`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

import pandas as pd

from geo.importers.ucdp import unordered_figures
from geo.precision import REGION_PRECISION
from geo.schema import FIGURES, Source, original_fields, web_url_problem

__all__ = [
    "FIGURE_LABELS",
    "LABELS",
    "NOT_REPORTED",
    "Event",
    "Line",
    "SourceEntry",
    "date_words",
    "day_words",
    "figure_words",
    "record_lines",
    "reported_words",
    "source_entries",
]

#: What a figure nobody reported reads as.
NOT_REPORTED: Final = "not reported"

#: Each figure's label in a record (keyed by :attr:`geo.schema.Figure.name`).
FIGURE_LABELS: Final[Mapping[str, str]] = {
    "fatalities": "Fatalities",
    "injured": "Injured",
    "civilian_fatalities": "Civilians killed",
    "children_killed": "Children killed",
}
#: Each figure as a source's report of it reads (one, more): ``reported 28 killed``.
_FIGURE_WORDS: Final[Mapping[str, tuple[str, str]]] = {
    "fatalities": ("killed", "killed"),
    "injured": ("injured", "injured"),
    "civilian_fatalities": ("civilian killed", "civilians killed"),
    "children_killed": ("child killed", "children killed"),
}
#: Figures a record shows even when nobody reported them.
_ALWAYS_SHOWN: Final = ("fatalities", "injured")

#: Every line of a record, by key, in the order shown, with its label.
LABELS: Final[Mapping[str, str]] = {
    "date": "Date",
    "type": "Type",
    "actor1": "Actor 1",
    "assoc_actor_1": "Associated with actor 1",
    "actor2": "Actor 2",
    "assoc_actor_2": "Associated with actor 2",
    "place": "Place",
    "located": "Located",
    "coordinates": "Coordinates",
    "geocoding": "Geocoded",
    "township": "Township",
    "district": "District",
    "state": "State/region",
    **{f.name: FIGURE_LABELS.get(f.name, f.name.replace("_", " ").capitalize()) for f in FIGURES},
    "dataset": "Dataset",
    "notes": "Notes",
}

_MONTHS: Final = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
#: A web address's host (the address checked by :func:`geo.schema.web_url_problem`).
_HOST: Final = re.compile(r"https?://(?:[^/?#@]*@)?(\[[^\]]*\]|[^/?#:]+)", re.IGNORECASE)
#: ACLED date precision -> what a date coded with it is known to.
_DATE_KNOWN: Final[Mapping[int, str]] = {2: "week only", 3: "month only"}
#: ACLED geo precision -> where the event is.
_LOCATED: Final[Mapping[int, str]] = {
    1: "at the place itself (geo precision 1)",
    2: "near the place, within about 25 km (geo precision 2)",
    REGION_PRECISION: f"to a region only (geo precision {REGION_PRECISION})",
}


#: One event: a row of an event frame, or any mapping of its fields.
Event = pd.Series | Mapping[str, Any]


@dataclass(frozen=True)
class Line:
    """One line of a record: ``key`` (a key of :data:`LABELS`), its label and text."""

    key: str
    label: str
    text: str


@dataclass(frozen=True)
class SourceEntry:
    """One source of an event, for reading.

    ``label`` is what to show for the report (its title, else the web address's host,
    else the address as given); ``link`` the address to follow, only when it is a web
    address (:func:`geo.schema.web_url_problem`); ``reported`` its figures in words
    (``reported 28 killed, 57 injured``). Absent parts are ``None``.
    """

    publisher: str
    published: str | None = None
    label: str | None = None
    title: str | None = None
    url: str | None = None
    link: str | None = None
    reported: str | None = None
    quote: str | None = None


def _missing(value: Any) -> bool:
    if value is None or isinstance(value, (tuple, list, dict)):
        return value is None
    return bool(pd.isna(value))


def _text(value: Any) -> str | None:
    """A text field, or ``None`` when empty (``None``, ``<NA>``, NaN, blank)."""
    if _missing(value):
        return None
    text = str(value)
    return text if text.strip() else None


def _number(value: Any) -> int | None:
    return None if _missing(value) else int(value)


def figure_words(low: Any, best: Any, high: Any) -> str:
    """A low / best / high figure in words, thousands separated.

    ``28-30 (best 29)``; ``29`` when the known figures agree; ``at least 28`` or
    ``up to 30`` for a range open at one end; ``28-30 (no best estimate)``; and
    :data:`NOT_REPORTED` when nothing is known.
    """
    lo, mid, hi = (_number(v) for v in (low, best, high))
    if lo is None and mid is None and hi is None:
        return NOT_REPORTED
    if (lo is None and hi is None) or lo == mid == hi:
        return f"{mid:,}"
    if lo is not None and hi is not None:
        span = f"{lo:,}-{hi:,}" if lo != hi else f"{lo:,}"
    elif lo is not None:
        span = f"at least {lo:,}"
    else:
        span = f"up to {hi:,}"
    return f"{span} (best {mid:,})" if mid is not None else f"{span} (no best estimate)"


def day_words(day: dt.date) -> str:
    """``9 October 2023``."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _month_words(day: dt.date) -> str:
    return f"{_MONTHS[day.month - 1]} {day.year}"


def _whole_months(start: dt.date, end: dt.date) -> bool:
    return start.day == 1 and (end + dt.timedelta(days=1)).day == 1


def _span_words(start: dt.date, end: dt.date) -> str:
    if start == end:
        return day_words(start)
    if _whole_months(start, end):
        if (start.year, start.month) == (end.year, end.month):
            return _month_words(start)
        if start.year == end.year:
            return f"{_MONTHS[start.month - 1]} to {_month_words(end)}"
        return f"{_month_words(start)} to {_month_words(end)}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}-{end.day} {_month_words(end)}"
    if start.year == end.year:
        return f"{start.day} {_MONTHS[start.month - 1]} to {day_words(end)}"
    return f"{day_words(start)} to {day_words(end)}"


def _date(value: Any) -> dt.date | None:
    if _missing(value):
        return None
    if isinstance(value, pd.Timestamp | dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else None


def date_words(start: Any, end: Any = None, precision: Any = None) -> str:
    """An event's date in words, with ACLED's date precision said where it is not a day.

    ``9 October 2023``; ``1-25 October 2023 (month only)``; ``30 September to 2 October
    2023``; ``around 9 October 2023 (week only)``; ``sometime in October 2023 (month
    only)`` for one date, or the whole month, at month precision; ``(precision not
    given)`` when the code is missing. An empty string when there is no date.
    """
    first = _date(start)
    if first is None:
        return ""
    last = _date(end) or first
    code = _number(precision)
    span = _span_words(first, last)
    if code is None:
        return f"{span} (precision not given)"
    known = _DATE_KNOWN.get(code)
    if known is None:  # 1, a day (or a code the schema refuses: said as it is)
        return span
    one_month = (first.year, first.month) == (last.year, last.month)
    if code == 3 and one_month and (first == last or _whole_months(first, last)):
        return f"sometime in {_month_words(first)} ({known})"
    if code == 2 and first == last:
        return f"around {span} ({known})"
    return f"{span} ({known})"


def _located(event: Event, has_point: bool) -> str:
    code = _number(event.get("geo_precision"))
    if code is None:
        return "precision not given"
    words = _LOCATED.get(code, f"geo precision {code}")
    if code == REGION_PRECISION:
        words += ": the point is the region's centre" if has_point else ", with no point"
    return words


def _float(value: Any) -> float | None:
    return None if _missing(value) else float(value)


def _coordinates(event: Event) -> str | None:
    """``24.78086° N, 97.55773° E`` (WGS84), or ``None`` without a point."""
    lat, lon = _float(event.get("latitude")), _float(event.get("longitude"))
    if lat is None or lon is None:
        return None
    return f"{abs(lat):.5f}° {'N' if lat >= 0 else 'S'}, {abs(lon):.5f}° {'E' if lon >= 0 else 'W'}"


def _named(name: Any, pcode: Any) -> str | None:
    words, code = _text(name), _text(pcode)
    if words and code:
        return f"{words} ({code})"
    return words or code


def _township(event: Event) -> str | None:
    """The township in use, how it was found, and the other township where the source
    and the coordinates disagree."""
    township = _named(event.get("township"), event.get("township_pcode"))
    located_pcode = _text(event.get("located_township_pcode"))
    located = _named(event.get("located_township"), located_pcode)
    basis = _text(event.get("township_basis"))
    wrote = _text(event.get("township_reported"))
    if township is None:
        return f"not placed; the source named “{wrote}”" if wrote else None
    if basis == "located":
        return f"{township}, by the coordinates" + (
            f"; the source named “{wrote}”" if wrote else ""
        )
    words = f"{township}, as the source reported" if basis == "reported" else township
    if located and located_pcode != _text(event.get("township_pcode")):
        words += f"; the coordinates fall in {located}"
    return words


def _figure(event: Event, name: str) -> str | None:
    figure = next(f for f in FIGURES if f.name == name)
    values = [event.get(c) for c in (figure.low, figure.best, figure.high)]
    words = figure_words(*values)
    if words == NOT_REPORTED and name not in _ALWAYS_SHOWN:
        return None
    if name == "fatalities":
        given = unordered_figures(original_fields(event.get("original")))
        if given is not None:
            low, best, high = ("blank" if v is None else f"{v:,}" for v in given)
            words += f"; UCDP gives low {low}, best {best}, high {high}, out of order"
    return words


def record_lines(event: Event) -> list[Line]:
    """One event (a row of an event frame, or any mapping of its fields) as labelled
    lines in words, in the order of :data:`LABELS`; empty fields are left out."""
    event_type, sub_type = _text(event.get("event_type")), _text(event.get("sub_event_type"))
    geometry = event.get("geometry")
    has_point = not _missing(geometry) and not getattr(geometry, "is_empty", False)
    if geometry is None and "geometry" not in event:
        has_point = not _missing(event.get("latitude"))
    texts: dict[str, str | None] = {
        "date": date_words(
            event.get("event_date"), event.get("event_date_end"), event.get("date_precision")
        )
        or None,
        "type": ": ".join(t for t in (event_type, sub_type) if t) or None,
        **{k: _text(event.get(k)) for k in ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")},
        "place": _text(event.get("location")),
        "located": _located(event, has_point),
        "coordinates": _coordinates(event),
        "geocoding": _text(event.get("geocoding")),
        "township": _township(event),
        "district": _text(event.get("district")),
        "state": _text(event.get("state")),
        **{f.name: _figure(event, f.name) for f in FIGURES},
        "dataset": _text(event.get("dataset")),
        "notes": _text(event.get("notes")),
    }
    return [Line(key, LABELS[key], text) for key, text in texts.items() if text is not None]


def reported_words(reported: Mapping[str, int]) -> str | None:
    """What a source reported, in the schema's order of figures: ``reported 28 killed,
    57 injured``; ``None`` when it gave no figure."""
    order = [f.name for f in FIGURES] + [k for k in reported if k not in _FIGURE_WORDS]
    parts = []
    for name in order:
        number = reported.get(name)
        if number is None or _missing(number):
            continue
        one, more = _FIGURE_WORDS.get(name, (name.replace("_", " "),) * 2)
        parts.append(f"{number:,} {one if number == 1 else more}")
    return f"reported {', '.join(parts)}" if parts else None


def _label(source: Source, link: str | None) -> str | None:
    title = _text(source.title)
    if title:
        return title
    if link:
        host = _HOST.match(link)
        return host.group(1) if host else link
    return _text(source.url)


def source_entries(sources: Iterable[Source] | None) -> list[SourceEntry]:
    """An event's sources (its ``sources`` field) as entries to read, in their order."""
    entries = []
    for source in sources or ():
        url = _text(source.url)
        link = url if url and web_url_problem(url) is None else None
        entries.append(
            SourceEntry(
                publisher=source.publisher,
                published=day_words(source.published) if source.published else None,
                label=_label(source, link),
                title=_text(source.title),
                url=url,
                link=link,
                reported=reported_words(source.reported),
                quote=_text(source.quote),
            )
        )
    return entries
