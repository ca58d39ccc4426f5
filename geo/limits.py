"""What an event may plausibly be: one home for the rules that refuse implausible input.

Dates outside a window (by default 1989-01-01 to tomorrow), casualty figures above a
limit (by default 100,000 for one event), text with control characters or longer than
:data:`MAX_TEXT_CHARS`, links that are not web addresses. The window and the limit can
be widened, never narrowed, by the environment (``KCM_DATE_WINDOW`` /
``KCM_MAX_FIGURE``, read once) or, for one command, by ``--date-window`` /
``--max-figure`` (:func:`use_limits`).

Plain Python, no pandas: the command line applies the limits before it knows whether a
command needs the event schema (:mod:`geo.schema`, which re-exports every name here).
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from typing import Final

from geo.errors import GeoError

__all__ = [
    "DATE_WINDOW_ENV",
    "EARLIEST_EVENT_DATE",
    "MAX_FIGURE",
    "MAX_FIGURE_ENV",
    "MAX_TEXT_CHARS",
    "Limits",
    "field_problems",
    "limits_from_env",
    "limits_in_force",
    "parse_date_window",
    "parse_max_figure",
    "printable",
    "quoted",
    "text_problem",
    "use_limits",
    "web_url_problem",
]

#: The first day an event may have by default (UCDP GED's coverage of Myanmar begins
#: in 1989; ACLED's in 2010). The last is tomorrow (a report from a time zone ahead).
EARLIEST_EVENT_DATE: Final = dt.date(1989, 1, 1)
#: The largest casualty figure one event may have by default.
MAX_FIGURE: Final = 100_000
#: ``FROM:TO`` (``YYYY-MM-DD:YYYY-MM-DD``; either side may be empty for the default).
DATE_WINDOW_ENV: Final = "KCM_DATE_WINDOW"
#: A whole number from :data:`MAX_FIGURE` to :data:`_LARGEST_FIGURE`.
MAX_FIGURE_ENV: Final = "KCM_MAX_FIGURE"
#: The most characters one text field (one CSV cell) may hold: the default cell limit
#: of Python's csv module, far above any real ACLED note or UCDP source list.
MAX_TEXT_CHARS: Final = 131_072

#: Dates an event frame can hold at all (pandas' nanosecond timestamps, whole years).
_HOLDABLE: Final = (dt.date(1678, 1, 1), dt.date(2261, 12, 31))
#: Figures stay far below what a sum of them over every event could overflow.
_LARGEST_FIGURE: Final = 1_000_000_000
#: C0 controls other than tab, newline and carriage return; DEL; C1 controls; and
#: lone surrogates (from a JSON ``\\ud800`` escape: not text, cannot be written).
_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
#: Identifiers hold no white space but the space.
_CONTROL_IN_ID: Final = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
#: The ASCII characters text (and names) may hold, for the fast path of :func:`_clean`.
_ASCII_TEXT: Final = bytes(range(0x20, 0x7F)) + b"\t\n\r"
_ASCII_NAME: Final = bytes(range(0x20, 0x7F))
#: ``http`` or ``https``, a host (a name, an address, or an IPv6 address in brackets),
#: perhaps a port, then a path, query or fragment; no white space anywhere.
_WEB_URL: Final = re.compile(
    r"https?://(?:[^\s/?#@]*@)?(?:\[[0-9a-f:.]+\]|[^\s/?#:@\[\]]+)(?::[0-9]*)?(?:[/?#]\S*)?",
    re.IGNORECASE,
)
_WIDEN: Final = f"widen it with {DATE_WINDOW_ENV}=FROM:TO (command line: --date-window FROM:TO)"


@dataclass(frozen=True)
class Limits:
    """The dates and figures an event may have.

    ``latest`` ``None`` means tomorrow, counted on the day a row is checked.
    """

    earliest: dt.date = EARLIEST_EVENT_DATE
    latest: dt.date | None = None
    max_figure: int = MAX_FIGURE

    def window(self) -> tuple[dt.date, dt.date]:
        """The first and last date an event may have, today."""
        return self.earliest, self.latest or dt.date.today() + dt.timedelta(days=1)

    def date_problem(self, value: dt.date) -> str | None:
        """Why ``value`` cannot be an event's (or a source's) date; ``None`` if it can."""
        first, last = self.window()
        if first <= value <= last:
            return None
        return (
            f"{value.isoformat()} is outside the dates accepted ({first.isoformat()} to "
            f"{last.isoformat()}): correct it, or if the date is right {_WIDEN}"
        )

    def figure_problem(self, value: int) -> str | None:
        """Why ``value`` cannot be one event's figure; ``None`` if it can."""
        if value <= self.max_figure:
            return None
        shown = str(value) if value < 10**30 else f"{value:.3g}"
        return (
            f"{shown} is above {self.max_figure:,}, the largest figure accepted for one "
            f"event: correct it, or if it is right raise the limit with {MAX_FIGURE_ENV}=N "
            "(command line: --max-figure N)"
        )


def parse_date_window(text: str) -> tuple[dt.date, dt.date | None]:
    """``FROM:TO`` as (first, last) dates; an empty side keeps the default
    (``None`` for the last: tomorrow).

    Raises
    ------
    GeoError
        When the text is not a window, or it would narrow the default window or leave
        the dates an event frame can hold.
    """
    example = "e.g. 1900-01-01:2030-12-31, or 1900-01-01: to keep tomorrow as the end"
    start, colon, end = text.strip().partition(":")
    try:
        if not colon:
            raise ValueError("no ':'")
        first = dt.date.fromisoformat(start.strip()) if start.strip() else EARLIEST_EVENT_DATE
        last = dt.date.fromisoformat(end.strip()) if end.strip() else None
    except ValueError:
        raise GeoError(
            f"date window {text!r} is not FROM:TO with dates as YYYY-MM-DD ({example})"
        ) from None
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    low, high = _HOLDABLE
    if first > EARLIEST_EVENT_DATE or (last is not None and last < tomorrow):
        raise GeoError(
            f"date window {text!r} would narrow the default window "
            f"({EARLIEST_EVENT_DATE.isoformat()} to tomorrow): it can only widen it ({example})"
        )
    if first < low or (last is not None and last > high):
        raise GeoError(
            f"date window {text!r} goes beyond the dates events can be held for "
            f"({low.isoformat()} to {high.isoformat()}): give dates within them"
        )
    return first, last


def parse_max_figure(text: str) -> int:
    """A figure limit as a whole number from :data:`MAX_FIGURE` to 1,000,000,000.

    Raises
    ------
    GeoError
        When the text is not such a number.
    """
    cleaned = text.strip().replace(",", "").replace("_", "")
    if not (cleaned.isascii() and cleaned.isdigit() and len(cleaned) <= 10):
        number = None
    else:
        number = int(cleaned)
    if number is None or not MAX_FIGURE <= number <= _LARGEST_FIGURE:
        raise GeoError(
            f"figure limit {text!r} is not a whole number from {MAX_FIGURE:,} (the default; "
            f"the limit can only be raised) to {_LARGEST_FIGURE:,}"
        )
    return number


def limits_from_env(environ: Mapping[str, str]) -> Limits:
    """The limits :data:`DATE_WINDOW_ENV` and :data:`MAX_FIGURE_ENV` set (defaults for
    what is unset or empty).

    Raises
    ------
    GeoError
        Naming the variable whose value is not valid.
    """
    limits = Limits()
    window = environ.get(DATE_WINDOW_ENV, "").strip()
    figure = environ.get(MAX_FIGURE_ENV, "").strip()
    try:
        if window:
            earliest, latest = parse_date_window(window)
            limits = replace(limits, earliest=earliest, latest=latest)
    except GeoError as error:
        raise GeoError(f"{DATE_WINDOW_ENV}: {error}") from None
    try:
        if figure:
            limits = replace(limits, max_figure=parse_max_figure(figure))
    except GeoError as error:
        raise GeoError(f"{MAX_FIGURE_ENV}: {error}") from None
    return limits


@functools.cache
def _env_limits() -> Limits:
    """The environment's limits, read once per process (an invalid setting is raised
    each time it is needed, not remembered)."""
    return limits_from_env(os.environ)


_IN_FORCE: ContextVar[Limits | None] = ContextVar("kcm_limits", default=None)


def limits_in_force() -> Limits:
    """The limits :func:`use_limits` set, else the environment's.

    Raises
    ------
    GeoError
        When the environment's setting is not valid.
    """
    return _IN_FORCE.get() or _env_limits()


@contextmanager
def use_limits(limits: Limits) -> Iterator[Limits]:
    """Validate with ``limits`` inside the ``with`` block (this thread only)."""
    token = _IN_FORCE.set(limits)
    try:
        yield limits
    finally:
        _IN_FORCE.reset(token)


def printable(text: str, *, limit: int = 300) -> str:
    """``text`` safe to show and write on one line: control characters (tabs and line
    breaks too) and lone surrogates as escapes (``\\x00``), and the middle of a very
    long text left out."""
    shown = _CONTROL_IN_ID.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
    if len(shown) > limit:
        head = limit * 2 // 3
        shown = f"{shown[:head]} [... {len(shown) - limit:,} characters ...] {shown[-limit // 3 :]}"
    return shown


def quoted(text: str, *, limit: int = 80) -> str:
    """``text`` in quotes for a message, :func:`printable` (escapes, not too long)."""
    return f"'{printable(text, limit=limit)}'"


def text_problem(text: str, *, identifier: bool = False) -> str | None:
    """Why ``text`` cannot be held in a text field; ``None`` if it can.

    Refused: more than :data:`MAX_TEXT_CHARS` characters; C0 control characters (NUL
    and the like) other than tab, newline and carriage return; DEL and C1 controls;
    lone surrogates. An ``identifier`` holds no tab or line break either.
    Bidirectional marks (U+202E) are text: they are neutralised where text is shown.
    """
    if len(text) > MAX_TEXT_CHARS:
        return (
            f"{len(text):,} characters long, over the {MAX_TEXT_CHARS:,} one field may "
            f"hold: shorten it (it starts {quoted(text[:40])})"
        )
    found = (_CONTROL_IN_ID if identifier else _CONTROL).search(text)
    if found is None:
        return None
    code = ord(found.group())
    what = (
        f"a lone surrogate U+{code:04X} (half of a character)"
        if 0xD800 <= code <= 0xDFFF
        else f"the control character U+{code:04X}"
    )
    return (
        f"{quoted(text, limit=80)} holds {what} at character {found.start() + 1}: "
        "remove it (a file damaged or saved in a wrong encoding?)"
    )


def _clean(texts: Sequence[str], *, identifier: bool = False) -> bool:
    """True when no text of ``texts`` holds what :func:`text_problem` refuses, in one
    pass over them all (a byte table for ASCII text, the pattern for the rest)."""
    if max(map(len, texts), default=0) > MAX_TEXT_CHARS:
        return False
    joined = " ".join(texts)
    if joined.isascii():
        allowed = _ASCII_NAME if identifier else _ASCII_TEXT
        return not joined.encode("ascii").translate(None, allowed)
    return not (_CONTROL_IN_ID if identifier else _CONTROL).search(joined)


def field_problems(fields: Mapping[str, object]) -> list[tuple[str, str]]:
    """``(field, problem)`` for every field name and text value of a record (a source
    row) that cannot be kept (:func:`text_problem`); a bad name is shown with escapes.

    One search over the whole record when all is well (the usual case).
    """
    names = [str(k) for k in fields]
    if _clean(names, identifier=True) and _clean(
        [v for v in fields.values() if isinstance(v, str)]
    ):
        return []
    found = []
    for name, value in fields.items():
        problem = text_problem(str(name), identifier=True)
        if problem:
            found.append((printable(str(name), limit=80), f"the field's name: {problem}"))
        elif isinstance(value, str) and (problem := text_problem(value)):
            found.append((str(name), problem))
    return found


def web_url_problem(url: str) -> str | None:
    """Why ``url`` is not a web address a reader may follow; ``None`` if it is one.

    The one rule for every link the project keeps: ``http`` or ``https`` with a host,
    and no white space or control character (``javascript:``, ``data:``, ``file:``
    and the like are refused).
    """
    if _WEB_URL.fullmatch(url) and not _CONTROL.search(url):
        return None
    return (
        f"{quoted(url, limit=80)} is not a web address: give a link starting "
        "with http:// or https://"
    )
