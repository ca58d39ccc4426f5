"""Connecting to the team's PostgreSQL/PostGIS database.

The address is a libpq connection URL, ``postgresql://USER@HOST:PORT/DATABASE``
(a password is best kept out of it: libpq reads ``~/.pgpass`` and ``PGPASSWORD``),
given as ``--database URL`` on the command line or ``KCM_DATABASE_URL`` in the
environment (the app). Messages name the database without its password.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

import pandas as pd

from geo.errors import GeoError
from geo.schema import COLUMNS, Source, validate_events

if TYPE_CHECKING:
    import geopandas as gpd
    import psycopg

__all__ = [
    "DATABASE_ENV",
    "STATUSES",
    "DatabaseError",
    "Origin",
    "Writer",
    "connect",
    "database_url",
    "read_events",
    "shown_url",
]

#: An event's review status, in order (kcm.events.status).
STATUSES: Final = ("proposed", "verified", "published", "rejected")
_NAMES: Final = tuple(c.name for c in COLUMNS)
_KINDS: Final = tuple(c.kind for c in COLUMNS)
_ENCODER: Final = json.JSONEncoder(ensure_ascii=False)

#: The environment variable naming the database (the app, and the command line's default).
DATABASE_ENV: Final = "KCM_DATABASE_URL"
_PASSWORD: Final = re.compile(r"(?<=://)([^:/@]*):[^@/]*@")
_PASSWORD_WORD: Final = re.compile(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|[^\s&]+)")
#: Seconds a connection attempt waits before it is reported as failed.
CONNECT_TIMEOUT_S: Final = 10


class DatabaseError(GeoError):
    """The database cannot be reached or refused what was asked."""


def database_url(given: str | None, environ: Mapping[str, str] | None = None) -> str | None:
    """The database to use: ``given`` (``--database``), else ``KCM_DATABASE_URL``,
    else ``None`` (the embedded working folder)."""
    env = os.environ if environ is None else environ
    return given or env.get(DATABASE_ENV) or None


def shown_url(url: str) -> str:
    """``url`` (a URL or libpq's ``key=value`` form) with any password replaced by
    ``***``, for messages."""
    return _PASSWORD_WORD.sub(r"\1***", _PASSWORD.sub(r"\1:***@", url))


def connect(url: str) -> psycopg.Connection:
    """An open connection (not in autocommit: each change is a transaction).

    Raises
    ------
    DatabaseError
        When the database cannot be reached, naming it (password hidden) and libpq's
        reason.
    """
    import psycopg

    try:
        return psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT_S, application_name="kcm")
    except psycopg.Error as error:
        reason = " ".join(str(error).split())
        raise DatabaseError(f"cannot connect to {shown_url(url)}: {reason}") from None


def _cell(kind: str, value: Any) -> Any:
    """One schema cell as the database takes it (``None`` for a missing value)."""
    if kind == "sources":
        return _ENCODER.encode([source.to_dict() for source in value])
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if kind == "date":
        return pd.Timestamp(value).date()
    if kind == "int":
        return int(value)
    if kind == "float":
        return float(value)
    return str(value)


def _rows(events: gpd.GeoDataFrame) -> Iterator[tuple[Any, ...]]:
    columns = [events[name].astype(object).tolist() for name in _NAMES]
    for values in zip(*columns, strict=True):
        yield tuple(_cell(kind, v) for kind, v in zip(_KINDS, values, strict=True))


@dataclass(frozen=True)
class Origin:
    """Who makes a change and what it comes from, for the audit log: the analyst's
    name, and the file or report (its name and the SHA-256 of its bytes)."""

    who: str
    source_name: str | None = None
    source_sha256: str | None = None


class Writer:
    """Events added to the database in one transaction, a frame at a time
    (:meth:`add`), with one entry in the audit log (``kcm.changes``) and each added
    event as it was stored (``kcm.change_events``); nothing is stored unless
    :meth:`commit` is called, and an event id already stored (or given twice)
    refuses the whole transaction."""

    def __init__(
        self,
        conn: psycopg.Connection,
        origin: Origin,
        *,
        status: str = "published",
        action: str = "import",
    ) -> None:
        if status not in STATUSES:
            raise ValueError(f"status {status!r} is not one of {', '.join(STATUSES)}")
        if not origin.who.strip():
            raise DatabaseError("a change needs the name of who makes it (--who or KCM_ANALYST)")
        self._conn = conn
        self._status = status
        self._origin = origin
        self._action = action
        self._change: int | None = None
        self.added = 0

    def add(self, events: gpd.GeoDataFrame) -> None:
        import psycopg
        from psycopg import sql

        statement = sql.SQL("COPY kcm.events ({}) FROM STDIN").format(
            sql.SQL(", ").join(map(sql.Identifier, (*_NAMES, "status")))
        )
        try:
            change = self._change_id()
            with self._conn.cursor().copy(statement) as copy:
                for row in _rows(events):
                    copy.write_row((*row, self._status))
            self._conn.execute(
                "INSERT INTO kcm.change_events (change_id, event_id, before, after) "
                "SELECT %s, e.event_id, NULL, to_jsonb(e) - 'geom' FROM kcm.events e "
                "WHERE e.event_id = ANY(%s)",
                (change, [str(i) for i in events["event_id"]]),
            )
        except psycopg.errors.UniqueViolation as error:
            self._conn.rollback()
            detail = error.diag.message_detail or ""
            raise DatabaseError(
                f"an event id is already in the database ({detail.strip()}): nothing was "
                "added; remove the event or import the file with other ids"
            ) from None
        except psycopg.Error as error:
            self._conn.rollback()
            reason = " ".join(str(error).split())
            raise DatabaseError(
                f"the events could not be added: {reason}; nothing was added"
            ) from None
        self.added += len(events)

    def commit(self) -> int:
        """Store what was added, and the audit entry's count of it; how many events."""
        if self._change is not None:
            self._conn.execute(
                "UPDATE kcm.changes SET events = %s WHERE change_id = %s",
                (self.added, self._change),
            )
        self._conn.commit()
        return self.added

    def _change_id(self) -> int:
        """The audit entry of this transaction, made with its first events."""
        if self._change is None:
            row = self._conn.execute(
                "INSERT INTO kcm.changes (who, action, source_name, source_sha256) "
                "VALUES (%s, %s, %s, %s) RETURNING change_id",
                (
                    self._origin.who,
                    self._action,
                    self._origin.source_name,
                    self._origin.source_sha256,
                ),
            ).fetchone()
            assert row is not None
            self._change = int(row[0])
        return self._change

    def rollback(self) -> None:
        """Store nothing."""
        self._conn.rollback()
        self._change = None


def read_events(
    conn: psycopg.Connection, *, statuses: Sequence[str] = ("published",), source: str = "database"
) -> gpd.GeoDataFrame:
    """The events not removed whose status is one of ``statuses``, validated against
    the schema (:func:`geo.schema.validate_events`) as a file's events are."""
    from psycopg import sql

    query = sql.SQL(
        "SELECT {} FROM kcm.events WHERE removed_at IS NULL AND status = ANY(%s) "
        "ORDER BY event_date, event_id"
    ).format(sql.SQL(", ").join(map(sql.Identifier, _NAMES)))
    rows = conn.execute(query, (list(statuses),)).fetchall()
    conn.rollback()  # a read leaves no transaction open
    table = pd.DataFrame(rows, columns=list(_NAMES))
    sources = [tuple(Source.from_dict(item) for item in items) for items in table["sources"]]
    table["sources"] = pd.Series(sources, index=table.index, dtype=object)
    return validate_events(table, source=source)
