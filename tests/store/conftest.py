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
TEMPLATE = "kcm_test_template"


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
