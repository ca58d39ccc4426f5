"""The PostGIS schema, created and upgraded by numbered SQL files applied in order.

``geo/store/migrations/NNNN_name.sql`` are the schema's versions, numbered from 1
with no gap. :func:`upgrade` applies those a database lacks, each in the same
transaction as its record in ``kcm.schema_migrations`` (number, name, the file's
SHA-256, when and by whom), all under one advisory lock, so two servers upgrading
at once apply each file once. A database is refused, with what to do, when it is
newer than this code (a version the code has no file for) or when a file it applied
has changed since (its SHA-256 differs): the code and the database disagree about
the schema, and guessing would lose data.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

from geo.errors import SchemaError

if TYPE_CHECKING:
    import psycopg

__all__ = [
    "MIGRATIONS_DIR",
    "Migration",
    "SchemaError",
    "Upgrade",
    "applied",
    "latest",
    "migrations",
    "require_current",
    "upgrade",
]

MIGRATIONS_DIR: Final = Path(__file__).with_name("migrations")
_NAME: Final = re.compile(r"(\d{4})_([a-z0-9_]+)\.sql")
#: Any constant key: held for the upgrade's transaction, so upgrades run one at a time.
_LOCK: Final = 0x6B636D  # "kcm"
_RECORDS: Final = """
CREATE SCHEMA IF NOT EXISTS kcm;
CREATE TABLE IF NOT EXISTS kcm.schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    sha256 text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    applied_by text NOT NULL DEFAULT current_user
)
"""


@dataclass(frozen=True)
class Migration:
    """One numbered SQL file."""

    version: int
    name: str
    sql: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.sql.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Upgrade:
    """What :func:`upgrade` did: the schema version before and after, and the files
    it applied (none when the database was up to date)."""

    before: int
    after: int
    applied: tuple[Migration, ...]


def migrations(folder: Path = MIGRATIONS_DIR) -> tuple[Migration, ...]:
    """The numbered SQL files of ``folder``, in order.

    Raises
    ------
    SchemaError
        When a ``.sql`` file is not named ``NNNN_name.sql`` or the numbers do not run
        1, 2, 3... with no gap and no repeat.
    """
    found: list[Migration] = []
    for path in sorted(folder.glob("*.sql")):
        match = _NAME.fullmatch(path.name)
        if match is None:
            raise SchemaError(f"{path.name}: a migration is named NNNN_name.sql (0002_roles.sql)")
        found.append(Migration(int(match[1]), match[2], path.read_text(encoding="utf-8")))
    numbers = [m.version for m in found]
    if numbers != list(range(1, len(found) + 1)):
        raise SchemaError(
            f"migrations in {folder} are numbered {numbers}: they must run 1, 2, 3... "
            "with no gap and no repeat"
        )
    return tuple(found)


def latest(folder: Path = MIGRATIONS_DIR) -> int:
    """The schema version this code knows up to."""
    return len(migrations(folder))


def applied(conn: psycopg.Connection) -> dict[int, str]:
    """The versions recorded in the database, with each file's SHA-256 (empty for a
    database never upgraded)."""
    found = conn.execute("SELECT to_regclass('kcm.schema_migrations') IS NOT NULL").fetchone()
    if not found or not found[0]:
        return {}
    rows = conn.execute("SELECT version, sha256 FROM kcm.schema_migrations ORDER BY version")
    return {int(version): str(sha) for version, sha in rows.fetchall()}


def upgrade(conn: psycopg.Connection, folder: Path = MIGRATIONS_DIR) -> Upgrade:
    """Apply the migrations the database lacks, in order, in one transaction (all or
    none), and record each.

    Raises
    ------
    SchemaError
        When the database is newer than this code, or a file it applied has changed.
    """
    import psycopg

    known = migrations(folder)
    current = "the migrations' records"
    try:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
            done = applied(conn)
            check(done, known)
            before = max(done, default=0)
            todo = tuple(m for m in known if m.version > before)
            if todo:
                conn.execute(_RECORDS)
            for migration in todo:
                current = f"{migration.version:04d}_{migration.name}.sql"
                conn.execute(migration.sql.encode("utf-8"))
                conn.execute(
                    "INSERT INTO kcm.schema_migrations (version, name, sha256) VALUES (%s, %s, %s)",
                    (migration.version, migration.name, migration.sha256),
                )
    except psycopg.Error as error:
        reason = " ".join(str(error).split())
        raise SchemaError(f"{current} failed: {reason}; nothing was changed") from None
    return Upgrade(before, before + len(todo), todo)


def check(done: dict[int, str], known: tuple[Migration, ...]) -> None:
    """Refuse a database newer than the code, or one whose applied files changed."""
    newest = max(done, default=0)
    if newest > len(known):
        raise SchemaError(
            f"the database is at schema version {newest}, newer than this code "
            f"(which knows up to version {len(known)}): update the code before using it; "
            "nothing was changed"
        )
    changed = [m for m in known if m.version in done and done[m.version] != m.sha256]
    if changed:
        names = ", ".join(f"{m.version:04d}_{m.name}.sql" for m in changed)
        raise SchemaError(
            f"{names} changed after the database applied it: a migration is never "
            "edited once released; add a new numbered file instead. Nothing was changed"
        )


def require_current(conn: psycopg.Connection, folder: Path = MIGRATIONS_DIR) -> None:
    """Refuse a database whose schema is not this code's: never upgraded or older
    (with the command that upgrades it), newer, or with changed files."""
    known = migrations(folder)
    done = applied(conn)
    conn.rollback()  # a check leaves no transaction open
    check(done, known)
    version = max(done, default=0)
    if version < len(known):
        raise SchemaError(
            f"the database is at schema version {version}; this code needs version "
            f"{len(known)}: run python -m geo db upgrade --database URL (as the database's "
            "owner) first"
        )
