"""Connecting to the team's PostgreSQL/PostGIS database.

The address is a libpq connection URL, ``postgresql://USER@HOST:PORT/DATABASE``
(a password is best kept out of it: libpq reads ``~/.pgpass`` and ``PGPASSWORD``),
given as ``--database URL`` on the command line or ``KCM_DATABASE_URL`` in the
environment (the app). Messages name the database without its password.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Final

from geo.errors import GeoError

if TYPE_CHECKING:
    import psycopg

__all__ = ["DATABASE_ENV", "DatabaseError", "connect", "database_url", "shown_url"]

#: The environment variable naming the database (the app, and the command line's default).
DATABASE_ENV: Final = "KCM_DATABASE_URL"
_PASSWORD: Final = re.compile(r"(?<=://)([^:/@]*):[^@/]*@")
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
    """``url`` with any password replaced by ``***``, for messages."""
    return _PASSWORD.sub(r"\1:***@", url)


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
