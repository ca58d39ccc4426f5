"""Where events are kept for a team: a shared PostgreSQL database with PostGIS.

:mod:`geo.store.postgis` connects (``KCM_DATABASE_URL`` for the app, ``--database``
on the command line) and :mod:`geo.store.migrations` creates and upgrades the
schema (``python -m geo db upgrade``). One person on one machine needs none of it:
the working folder of :mod:`geo.workspace` stays the default.
"""

from __future__ import annotations

__all__: list[str] = []
