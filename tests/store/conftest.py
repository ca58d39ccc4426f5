"""A fresh PostGIS database for each test, on the cluster ``.ci/postgres`` starts.

``KCM_TEST_DATABASE_URL`` names a superuser connection to that cluster (``.ci/run``
sets it). Without it the PostGIS tests are skipped, loudly (``pytest -ra`` lists
them), except in CI (``CI`` set), where a missing database fails them: CI never
skips the store's tests. Each test gets its own database, copied from a template
that has PostGIS installed once per session (``CREATE DATABASE ... TEMPLATE``), and
dropped afterwards.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from typing import Any

import pytest

ADMIN_ENV = "KCM_TEST_DATABASE_URL"
#: One per test session, so that two sessions on one cluster never drop each other's.
TEMPLATE = f"kcm_test_template_{secrets.token_hex(4)}"


def _admin_url() -> str:
    url = os.environ.get(ADMIN_ENV)
    if url:
        return url
    message = f'PostGIS tests need {ADMIN_ENV} (eval "$(.ci/postgres start)")'
    if os.environ.get("CI"):
        pytest.fail(f"{message}: in CI they never skip")
    pytest.skip(message)


def _with_database(url: str, name: str) -> str:
    """``url`` pointing at the database ``name`` instead (``postgresql://u@h/db?...``)."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    return make_conninfo(**{**conninfo_to_dict(url), "dbname": name})


def _admin(url: str) -> Any:
    import psycopg

    return psycopg.connect(url, autocommit=True)


@pytest.fixture(scope="session")
def postgis_template() -> Iterator[str]:
    """The admin URL, once a template database with PostGIS exists."""
    url = _admin_url()
    with _admin(url) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {TEMPLATE}")
        conn.execute(f"CREATE DATABASE {TEMPLATE}")
    with _admin(_with_database(url, TEMPLATE)) as conn:
        conn.execute("CREATE EXTENSION postgis")
    yield url
    with _admin(url) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {TEMPLATE}")


@pytest.fixture
def database_url(postgis_template: str) -> Iterator[str]:
    """A connection URL (superuser) to a new, empty database with PostGIS."""
    name = f"kcm_test_{secrets.token_hex(6)}"
    with _admin(postgis_template) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
    try:
        yield _with_database(postgis_template, name)
    finally:
        with _admin(postgis_template) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["embedded", "postgis"])
def store_url(request: pytest.FixtureRequest, tmp_path: Any) -> str:
    """The address of a new, empty store at the code's schema version, on each
    backend: every test that takes it runs on both (the same suite, same behaviour)."""
    if request.param == "embedded":
        return f"sqlite:///{tmp_path / 'store.sqlite'}"
    url: str = request.getfixturevalue("database_url")
    from geo.store.postgis import open_postgis

    open_postgis(url, upgrade=True).close()
    return url


@pytest.fixture
def store(store_url: str) -> Iterator[Any]:
    """An open store (:class:`geo.store.sql.SqlStore`) on each backend."""
    from geo.store import open_store

    opened = open_store(store_url)
    try:
        yield opened
    finally:
        opened.close()
