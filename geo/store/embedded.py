"""The embedded store: one SQLite file, for one person on one machine, no server.

The file holds the same tables as the team's PostGIS database (``embedded.sql``),
attached as ``kcm`` so that :class:`geo.store.sql.SqlStore` runs the same statements
on both. A change takes the file's write lock (``BEGIN IMMEDIATE``) for its whole
transaction; a second process waits up to :data:`BUSY_TIMEOUT_S` and is then told
the store is busy, with nothing changed, never a lost write. SQLite's write-ahead log
keeps readers reading while a change is written, and a process killed halfway leaves
the last committed state.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Final

from geo.schema import COLUMNS
from geo.store.base import BusyError, DatabaseError
from geo.store.migrations import SchemaError
from geo.store.rows import NAMES
from geo.store.sql import STATE_COLUMNS, SqlStore

__all__ = [
    "BUSY_TIMEOUT_S",
    "SCHEMA_VERSION",
    "SqliteDialect",
    "embedded_path",
    "is_embedded_url",
    "open_embedded",
]

#: The schema version of ``embedded.sql`` (the file's ``PRAGMA user_version``).
SCHEMA_VERSION: Final = 1
#: How long a change waits for another process's change before "busy, try again".
BUSY_TIMEOUT_S: Final = 5.0
_SCHEMA: Final = Path(__file__).with_name("embedded.sql")
_SCHEME: Final = "sqlite://"
_SUFFIXES: Final = (".sqlite", ".sqlite3", ".db")


def is_embedded_url(url: str) -> bool:
    """Whether ``url`` names an embedded store: ``sqlite:///path/to/file.sqlite``, or a
    path ending in ``.sqlite``, ``.sqlite3`` or ``.db``."""
    return url.startswith(_SCHEME) or url.lower().endswith(_SUFFIXES)


def embedded_path(url: str) -> Path:
    """The file an embedded store's address names: as SQLAlchemy reads them,
    ``sqlite:///events.sqlite`` is relative and ``sqlite:////srv/kcm/events.sqlite``
    absolute; a plain path is itself."""
    if url.startswith(_SCHEME):
        rest = url[len(_SCHEME) :]
        if not rest.startswith("/") or rest == "/":
            raise DatabaseError(f"{url!r} names no file: write sqlite:///FILE or sqlite:////PATH")
        return Path(rest[1:])
    return Path(url)


def open_embedded(path: Path, *, busy_timeout_s: float = BUSY_TIMEOUT_S) -> SqlStore:
    """The embedded store in ``path``, created with its schema if it does not exist.

    Raises
    ------
    DatabaseError
        When the file cannot be opened or is not an embedded store;
        :class:`~geo.store.migrations.SchemaError` when it is newer than this code.
    """
    dialect = SqliteDialect(path, busy_timeout_s)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(
            ":memory:", isolation_level=None, timeout=busy_timeout_s, check_same_thread=False
        )
    except (OSError, sqlite3.Error) as error:
        raise DatabaseError(f"cannot open the embedded store {path}: {error}") from None
    try:
        conn.execute("ATTACH DATABASE ? AS kcm", (str(path),))
        conn.execute("PRAGMA foreign_keys = ON")
        _create(conn, path)  # before WAL: another app's file is refused untouched
        _write_ahead(conn, busy_timeout_s)
    except BaseException as error:
        conn.close()
        said = dialect.problem(error) if isinstance(error, Exception) else None
        if said is not None:
            raise said from None
        raise
    return SqlStore(conn, dialect, where=str(path))


def _write_ahead(conn: sqlite3.Connection, timeout_s: float) -> None:
    """The file in write-ahead-log mode (kept by the file once set), so that readers
    read on while a change is written. SQLite switches only while no other connection
    uses the file: a new file opened by several processes at once is tried again
    until ``timeout_s``, and then left in its rollback journal (as safe; readers then
    wait for a writer), to switch at a later opening."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        with contextlib.suppress(sqlite3.OperationalError):
            mode = conn.execute("PRAGMA kcm.journal_mode = WAL").fetchone()[0]
            if str(mode).lower() == "wal":
                return
        time.sleep(0.05)


def _version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA kcm.user_version").fetchone()[0])


def _create(conn: sqlite3.Connection, path: Path) -> None:
    """Make the schema in a new file (one transaction: two processes creating the same
    file at once make it once), and refuse a file newer than this code."""
    if _version(conn) == 0:
        conn.execute("BEGIN IMMEDIATE")
        try:
            if _version(conn) == 0:
                if conn.execute("SELECT count(*) FROM kcm.sqlite_schema").fetchone()[0]:
                    raise DatabaseError(
                        f"{path} is an SQLite file but not an embedded store of this app "
                        "(it has other tables): give a new file's name"
                    )
                for statement in _statements(_SCHEMA.read_text(encoding="utf-8")):
                    conn.execute(statement)
                conn.execute(f"PRAGMA kcm.user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise
    version = _version(conn)
    if version > SCHEMA_VERSION:
        raise SchemaError(
            f"the embedded store {path} is at schema version {version}, newer than this "
            f"code (which knows up to version {SCHEMA_VERSION}): update the code before using it"
        )


def _statements(script: str) -> list[str]:
    """The script's statements: each ends where SQLite says a statement is complete
    (a trigger's body holds semicolons of its own)."""
    found, current = [], ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--") and not current.strip():
            continue
        current += line
        if sqlite3.complete_statement(current):
            found.append(current.strip())
            current = ""
    if current.strip():
        found.append(current.strip())
    return found


_RECORDED: Final = (*NAMES, *STATE_COLUMNS)
_REAL: Final = frozenset(c.name for c in COLUMNS if c.kind == "float")


def _json_column(name: str) -> str:
    """Column ``name`` of the row ``e`` as a JSON value: sources as JSON, and real
    numbers with all 17 digits (SQLite's JSON writes 15, which would move a point)."""
    if name == "sources":
        return f"json(e.{name})"
    if name in _REAL:
        return f"CASE WHEN e.{name} IS NULL THEN NULL ELSE json(printf('%!.17g', e.{name})) END"
    return f"e.{name}"


class SqliteDialect:
    """The shared statements on SQLite (the standard library's ``sqlite3``)."""

    record = "json_object({})".format(", ".join(f"'{n}', {_json_column(n)}" for n in _RECORDED))
    now = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
    lock_row = ""  # BEGIN IMMEDIATE holds the file's write lock
    iso_dates = True

    def __init__(self, path: Path, busy_timeout_s: float) -> None:
        self._path = path
        self._busy_timeout_s = busy_timeout_s

    def sql(self, text: str) -> str:
        return text.replace("%s", "?")

    def begin(self, conn: Any) -> None:
        conn.execute("BEGIN IMMEDIATE")

    def end_read(self, conn: Any) -> None:
        """Each read is one statement, in autocommit."""

    def any_of(self, column: str) -> str:
        return f"{column} IN (SELECT value FROM json_each(%s))"  # noqa: S608 (a column name)

    def values(self, items: Sequence[Any]) -> Any:
        return json.dumps(list(items))

    def json_param(self, value: Any) -> Any:
        return json.dumps(value, ensure_ascii=False)

    def json_value(self, value: Any) -> Any:
        return json.loads(value) if isinstance(value, str) else value

    def timestamp(self, value: Any) -> dt.datetime | None:
        if value is None:
            return None
        return dt.datetime.fromisoformat(str(value)).astimezone(dt.UTC)

    def floor(self, expression: str) -> str:
        """Without SQLite's optional maths functions."""
        return f"(CAST({expression} AS INTEGER) - (({expression}) < CAST({expression} AS INTEGER)))"

    def bbox(self) -> str:
        return "longitude >= %s AND latitude >= %s AND longitude <= %s AND latitude <= %s"

    def stamp(self, conn: Any) -> str:
        row = conn.execute(
            "SELECT count(*) || ':' || coalesce(max(change_id), 0) FROM kcm.changes"
        ).fetchone()
        return str(row[0])

    def cursor(self, conn: Any) -> Any:
        """SQLite steps through a result as it is fetched."""
        return conn.cursor()

    def powers(self, conn: Any) -> frozenset[str]:
        """One person's file: whoever may write it may do everything."""
        return frozenset({"change", "publish"})

    def insert_events(self, conn: Any, rows: Iterable[tuple[Any, ...]], status: str) -> None:
        marks = ", ".join("?" * (len(NAMES) + 1))
        conn.executemany(
            f"INSERT INTO kcm.events ({', '.join(NAMES)}, status) VALUES ({marks})",  # noqa: S608
            ((*row, status) for row in rows),
        )

    def problem(self, error: Exception) -> DatabaseError | None:
        if not isinstance(error, sqlite3.Error):
            return None
        reason = str(error)
        if isinstance(error, sqlite3.OperationalError) and ("locked" in reason or "busy" in reason):
            return BusyError(
                f"the embedded store {self._path} is being changed by another process "
                f"(waited {self._busy_timeout_s:g} s): nothing was changed; try again in a moment"
            )
        if isinstance(error, sqlite3.IntegrityError) and "UNIQUE" in reason:
            return DatabaseError(
                f"already in the store ({reason}): nothing was changed; use another id or name"
            )
        return DatabaseError(
            f"the embedded store {self._path} refused: {reason}; nothing was changed"
        )
