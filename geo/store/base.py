"""What every store of events offers, whichever backend keeps them.

A store keeps the events a team works on, with what team work needs beside the
schema's fields: a review status and its reviewer, a revision number (a save made
from an older revision is refused, naming who changed the event since and what), a
removal mark (nothing is ever deleted), an audit log with one entry per change, and
releases (the published events frozen under a name, to cite).

Two backends implement :class:`Store` with the same SQL (:mod:`geo.store.sql`): the
embedded one, a single SQLite file for one person on one machine
(:mod:`geo.store.embedded`), and the team's PostgreSQL/PostGIS database
(:mod:`geo.store.postgis`). :func:`geo.store.open_store` picks one from an address.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, Protocol

from geo.errors import BusyError, DatabaseError, StaleEditError

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd

    from geo.filters import EventFilter

__all__ = [
    "ACTIONS",
    "CELL_DEGREES",
    "READABLE",
    "RELEASE_NAME",
    "STATUSES",
    "BusyError",
    "Change",
    "DatabaseError",
    "Origin",
    "Release",
    "StaleEditError",
    "Store",
    "StoredState",
    "check_release_name",
]

#: An event's review status, in order: only ``published`` events are shown to readers.
STATUSES: Final = ("proposed", "verified", "published", "rejected")
#: What readers see by default.
READABLE: Final = ("published",)
#: The map's cell sizes, in degrees (the database keeps statistics for each).
CELL_DEGREES: Final = (0.1, 0.25, 0.5, 1.0)
#: The kinds of change in the audit log.
ACTIONS: Final = ("import", "add", "edit", "remove", "review", "release")
#: A release's name: a letter or digit, then up to 63 letters, digits, ``.``, ``_``, ``-``.
RELEASE_NAME: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


@dataclass(frozen=True)
class Origin:
    """Who makes a change and what it comes from, for the audit log: the analyst's
    name, and the file or report (its name and the SHA-256 of its bytes)."""

    who: str
    source_name: str | None = None
    source_sha256: str | None = None


@dataclass(frozen=True)
class Change:
    """One entry of the audit log: what :meth:`Store.add` and the other changes return."""

    change_id: int
    action: str
    who: str
    events: int
    at: dt.datetime | None = None


@dataclass(frozen=True)
class StoredState:
    """What the store keeps about an event beside its fields."""

    event_id: str
    status: str
    reviewer: str | None
    revision: int
    removed_at: dt.datetime | None = None
    removed_by: str | None = None
    removed_why: str | None = None

    @property
    def removed(self) -> bool:
        return self.removed_at is not None


@dataclass(frozen=True)
class Release:
    """The published events frozen under a name."""

    name: str
    at: dt.datetime
    who: str
    events: int
    note: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)


def check_release_name(name: str) -> str:
    """``name`` if it can name a release (``2024-06``, ``v1.2``), else a clear error."""
    if not RELEASE_NAME.fullmatch(name):
        raise DatabaseError(
            f"release name {name!r} is not usable: give 1-64 letters, digits, '.', '_' "
            "or '-', starting with a letter or digit (e.g. 2024-06)"
        )
    return name


class Store(Protocol):
    """Reading and changing events, the same on every backend.

    Every change is one transaction with one entry in the audit log, or nothing.
    """

    #: The store's address for messages (a password hidden).
    where: str

    def close(self) -> None: ...

    def __enter__(self) -> Store: ...

    def __exit__(self, *_: object) -> None: ...

    def stamp(self) -> str:
        """A text that changes whenever a change is committed (a cache key)."""
        ...

    def read(
        self, *, statuses: Sequence[str] = READABLE, release: str | None = None
    ) -> gpd.GeoDataFrame:
        """The events not removed with one of ``statuses``, or a release's events,
        validated against the schema, in date order."""
        ...

    def states(self, event_ids: Sequence[str] | None = None) -> pd.DataFrame:
        """Status, reviewer, revision and removal of these events (all: ``None``),
        indexed by ``event_id``."""
        ...

    def add(
        self,
        parts: Any,
        origin: Origin,
        *,
        status: str = "published",
        action: str = "import",
        confirm: Callable[[], bool] | None = None,
    ) -> Change | None:
        """Add the events of a frame, or of every frame of an iterable, in one
        transaction (``None``: ``confirm`` refused them, nothing was stored)."""
        ...

    def record(self, event_id: str) -> dict[str, Any]:
        """One event as stored now, its state and revision included."""
        ...

    def powers(self) -> frozenset[str]:
        """``change`` and ``publish``, as the store allows this connection."""
        ...

    def release_info(self, name: str) -> Release: ...

    def edit(
        self, event_id: str, values: Mapping[str, Any], *, revision: int, who: str
    ) -> Change: ...

    def remove(self, event_id: str, *, revision: int, who: str, why: str) -> Change: ...

    def review(self, event_id: str, status: str, *, revision: int, who: str) -> Change: ...

    def log(self, event_id: str | None = None, *, newest: int | None = None) -> pd.DataFrame:
        """The audit log, one row per event a change touched (a release: one row)."""
        ...

    def log_parts(
        self, event_id: str | None = None, *, newest: int | None = None, part_rows: int = 10_000
    ) -> Iterator[pd.DataFrame]:
        """The same, a part at a time."""
        ...

    def release(self, name: str, *, who: str, note: str | None = None) -> Release: ...

    def releases(self) -> list[Release]: ...

    def count(self, flt: EventFilter, *, statuses: Sequence[str] = READABLE) -> int: ...

    def township_counts(
        self, flt: EventFilter, *, statuses: Sequence[str] = READABLE
    ) -> pd.Series: ...

    def map_cells(
        self,
        flt: EventFilter,
        *,
        cell_deg: float,
        statuses: Sequence[str] = READABLE,
        bbox: tuple[float, float, float, float] | None = None,
    ) -> pd.DataFrame: ...
