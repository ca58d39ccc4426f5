"""Where a team's events are kept: one interface (:class:`geo.store.base.Store`), two
backends (the embedded SQLite file, the team's PostgreSQL/PostGIS database).

:func:`open_store` picks the backend from the address: ``postgresql://...`` (or
libpq's ``key=value`` form) is PostGIS, ``sqlite:///FILE`` or a file ending in
``.sqlite`` the embedded store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geo.store.base import DatabaseError

if TYPE_CHECKING:
    from geo.store.base import Store

__all__ = ["open_store"]


def open_store(url: str, *, upgrade: bool = False) -> Store:
    """The store at ``url`` (``upgrade``: its schema created or upgraded first; the
    embedded store is always created when missing).

    Raises
    ------
    DatabaseError
        When ``url`` names no store this code knows, or it cannot be opened.
    """
    from geo.store.embedded import embedded_path, is_embedded_url, open_embedded
    from geo.store.postgis import is_postgres_url, open_postgis, shown_url

    if is_postgres_url(url):
        return open_postgis(url, upgrade=upgrade)
    if is_embedded_url(url):
        return open_embedded(embedded_path(url))
    raise DatabaseError(
        f"{shown_url(url)!r} is not a store's address: give postgresql://USER@HOST/NAME for "
        "the team's PostGIS database, or sqlite:///FILE.sqlite for an embedded store"
    )
