"""Connecting to the team's PostgreSQL/PostGIS database.

The address is a libpq connection URL, ``postgresql://USER@HOST:PORT/DATABASE``
(a password is best kept out of it: libpq reads ``~/.pgpass`` and ``PGPASSWORD``),
given as ``--database URL`` on the command line or ``KCM_DATABASE_URL`` in the
environment (the app). Messages name the database without its password.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import time
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

from geo.store.base import BusyError, DatabaseError
from geo.store.migrations import require_current
from geo.store.rows import NAMES
from geo.store.sql import SqlStore

if TYPE_CHECKING:
    import psycopg

__all__ = [
    "DATABASE_ENV",
    "PostgisDialect",
    "connect",
    "database_url",
    "is_postgres_url",
    "open_postgis",
    "shown_url",
]

#: The environment variable naming the database (the app, and the command line's default).
DATABASE_ENV: Final = "KCM_DATABASE_URL"
_PASSWORD: Final = re.compile(r"(?<=://)([^:/@]*):[^@/]*@")
_KEY_VALUE: Final = re.compile(r"\s*(host|dbname|user|port|service)\s*=")
_PASSWORD_WORD: Final = re.compile(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|[^\s&]+)")
#: Seconds a connection attempt waits before it is reported as failed.
CONNECT_TIMEOUT_S: Final = 10
#: Seconds a change waits for an event another change is saving, before "busy, try again".
LOCK_TIMEOUT_S: Final = 5.0
#: A database's schema is checked again at most this often by one process (the app opens
#: the store on every run; an upgrade while it runs is seen within this time).
CHECK_EVERY_S: Final = 60.0
_CHECKED: dict[str, float] = {}


def database_url(given: str | None, environ: Mapping[str, str] | None = None) -> str | None:
    """The database to use: ``given`` (``--database``), else ``KCM_DATABASE_URL``,
    else ``None`` (the embedded store)."""
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


def is_postgres_url(url: str) -> bool:
    """Whether ``url`` names a PostgreSQL database (a ``postgresql://`` or
    ``postgres://`` URL, or libpq's ``key=value`` form)."""
    return url.startswith(("postgresql://", "postgres://")) or bool(_KEY_VALUE.match(url))


def open_postgis(url: str, *, upgrade: bool = False) -> SqlStore:
    """The store on the database ``url``, whose schema must be this code's
    (:func:`geo.store.migrations.check`; ``upgrade``: applied first).

    Raises
    ------
    DatabaseError
        When it cannot be reached; :class:`~geo.store.migrations.SchemaError` when
        its schema is not this code's.
    """
    from geo.store.migrations import upgrade as apply

    conn = connect(url)
    try:
        if upgrade:
            apply(conn)
        if upgrade or time.monotonic() - _CHECKED.get(url, -CHECK_EVERY_S) >= CHECK_EVERY_S:
            require_current(conn)
            _CHECKED[url] = time.monotonic()
        # a change waits this long for a row another change holds, then is told busy
        conn.execute(f"SET lock_timeout = '{LOCK_TIMEOUT_S * 1000:.0f}ms'")
        conn.commit()
    except BaseException:
        conn.close()
        raise
    return SqlStore(conn, PostgisDialect(), where=shown_url(url))


class PostgisDialect:
    """The shared statements on PostgreSQL with PostGIS (psycopg 3)."""

    record = "to_jsonb(e) - 'geom'"
    now = "now()"
    lock_row = " FOR UPDATE"
    iso_dates = False

    def sql(self, text: str) -> str:
        return text

    def begin(self, conn: Any) -> None:
        """psycopg opens a transaction at the first statement."""

    def end_read(self, conn: Any) -> None:
        conn.rollback()

    def any_of(self, column: str) -> str:
        return f"{column} = ANY(%s)"

    def values(self, items: Sequence[Any]) -> Any:
        return list(items)

    def json_param(self, value: Any) -> Any:
        from psycopg.types.json import Jsonb

        return Jsonb(value)

    def json_value(self, value: Any) -> Any:
        return value

    def timestamp(self, value: Any) -> dt.datetime | None:
        return value if value is None else value.astimezone(dt.UTC)

    def floor(self, expression: str) -> str:
        return f"floor({expression})"

    def bbox(self) -> str:
        """On the GiST-indexed point."""
        return "geom && ST_MakeEnvelope(%s, %s, %s, %s, 4326)"

    def stamp(self, conn: Any) -> str:
        row = conn.execute("SELECT kcm.data_stamp()").fetchone()
        return str(row[0])

    def cursor(self, conn: Any) -> Any:
        """A server-side cursor: rows come as they are fetched, not all at once."""
        return conn.cursor(name="kcm_parts")

    def powers(self, conn: Any) -> frozenset[str]:
        """From the role's memberships (an owner of the schema may do everything)."""
        row = conn.execute(
            "SELECT pg_has_role(current_user, 'kcm_analyst', 'MEMBER'), "
            "pg_has_role(current_user, 'kcm_editor', 'MEMBER'), "
            "pg_has_role(current_user, n.nspowner, 'MEMBER') "
            "FROM pg_namespace n WHERE n.nspname = 'kcm'"
        ).fetchone()
        analyst, editor, owner = row
        powers = set()
        if analyst or editor or owner:
            powers.add("change")
        if editor or owner:
            powers.add("publish")
        return frozenset(powers)

    def insert_events(self, conn: Any, rows: Iterable[tuple[Any, ...]], status: str) -> None:
        """By COPY into a temporary table, then one INSERT: PostgreSQL does not COPY
        into a table with row-level security (analysts' imports)."""
        from psycopg import sql

        columns = sql.SQL(", ").join(map(sql.Identifier, (*NAMES, "status")))
        conn.execute(
            sql.SQL(
                "CREATE TEMP TABLE IF NOT EXISTS kcm_incoming ON COMMIT DELETE ROWS AS "
                "SELECT {} FROM kcm.events WITH NO DATA"
            ).format(columns)
        )
        with conn.cursor().copy(
            sql.SQL("COPY kcm_incoming ({}) FROM STDIN").format(columns)
        ) as copy:
            for row in rows:
                copy.write_row((*row, status))
        conn.execute(
            sql.SQL("INSERT INTO kcm.events ({0}) SELECT {0} FROM kcm_incoming").format(columns)
        )
        conn.execute("TRUNCATE kcm_incoming")

    def problem(self, error: Exception) -> DatabaseError | None:
        import psycopg
        from psycopg import errors

        if not isinstance(error, psycopg.Error):
            return None
        reason = " ".join(str(error).split())
        if isinstance(error, errors.UniqueViolation):
            detail = " ".join((error.diag.message_detail or "").split())
            return DatabaseError(
                f"already in the database ({detail}): nothing was changed; use another id or name"
            )
        if isinstance(error, errors.InsufficientPrivilege):
            return DatabaseError(
                f"the database refused: {reason}; nothing was changed (your database role "
                "may not make this change: see 'Working as a team' in the README)"
            )
        if isinstance(error, (errors.LockNotAvailable, errors.SerializationFailure)):
            return BusyError(f"the database is busy ({reason}): nothing was changed; try again")
        return DatabaseError(f"the database refused: {reason}; nothing was changed")
