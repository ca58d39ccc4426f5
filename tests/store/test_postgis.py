"""geo.store.postgis: addresses, passwords kept out of messages, and a database whose
schema is not the code's refused before anything is read or changed."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import psycopg
import pytest

from geo.store import open_store
from geo.store.base import CELL_DEGREES, DatabaseError, Origin
from geo.store.migrations import SchemaError, latest, upgrade
from geo.store.postgis import PostgisDialect, is_postgres_url, shown_url


@pytest.mark.parametrize(
    ("given", "shown"),
    [
        ("postgresql://ana:s3cret@db.example/kcm", "postgresql://ana:***@db.example/kcm"),
        (
            "postgresql://ana@db/kcm?password=s3cret&sslmode=require",
            "postgresql://ana@db/kcm?password=***&sslmode=require",
        ),
        ("user=ana password='s3 cret' dbname=kcm", "user=ana password=*** dbname=kcm"),
        (
            "postgresql://ana@/kcm?host=/run/postgresql",
            "postgresql://ana@/kcm?host=/run/postgresql",
        ),
    ],
)
def test_messages_never_show_a_password(given: str, shown: str) -> None:
    assert shown_url(given) == shown


@pytest.mark.parametrize(
    ("url", "postgres"),
    [
        ("postgresql://ana@db/kcm", True),
        ("postgres://ana@db/kcm", True),
        ("host=/run/postgresql dbname=kcm", True),
        ("sqlite:///events.sqlite", False),
        ("events.sqlite", False),
        ("mysql://db/kcm", False),
    ],
)
def test_postgres_addresses_are_recognised(url: str, postgres: bool) -> None:
    assert is_postgres_url(url) is postgres


def test_an_unknown_address_is_refused_naming_both_kinds() -> None:
    with pytest.raises(DatabaseError, match=r"postgresql://USER@HOST/NAME .* sqlite:///FILE"):
        open_store("mysql://ana:pw@db/kcm")


def test_a_database_never_upgraded_is_refused_with_the_command(database_url: str) -> None:
    with pytest.raises(SchemaError, match=r"schema version 0; this code needs .*db upgrade"):
        open_store(database_url)


def test_a_database_behind_the_code_is_refused_until_upgraded(database_url: str) -> None:
    with psycopg.connect(database_url) as conn:
        upgrade(conn)
        conn.execute("DELETE FROM kcm.schema_migrations WHERE version = %s", (latest(),))
        conn.commit()
    wanted = f"schema version {latest() - 1}; this code needs version {latest()}"
    with pytest.raises(SchemaError, match=wanted):
        open_store(database_url)


def test_open_store_can_upgrade_first(database_url: str) -> None:
    with open_store(database_url, upgrade=True) as store:
        assert store.stamp() == "0:0"
        assert "kcm_test_" in store.where


@pytest.mark.parametrize("cell_deg", CELL_DEGREES)
def test_the_planner_knows_how_many_map_cells_there_are(
    database_url: str, events: gpd.GeoDataFrame, cell_deg: float
) -> None:
    """The statistics of migration 0005 are on the expressions the store writes: without
    them the planner expects one cell per event (and sorts a million rows on disk)."""
    many = pd.concat([events.assign(event_id=[f"{i}-{n}" for i in events.index])
                      .set_index("event_id", drop=False) for n in range(60)])  # fmt: skip
    with open_store(database_url, upgrade=True) as store:
        store.add(many, Origin("ana"))
    size = repr(float(cell_deg))
    x, y = (PostgisDialect().floor(f"{axis} / {size}") for axis in ("longitude", "latitude"))
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute("ANALYZE kcm.events")
        plan = conn.execute(
            f"EXPLAIN (FORMAT JSON) SELECT {x}, {y}, count(*) FROM kcm.events GROUP BY 1, 2"  # noqa: S608
        ).fetchone()[0][0]["Plan"]
    assert plan["Plan Rows"] < 30 < len(many)


def test_the_schema_is_checked_again_once_a_minute(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import geo.store.postgis as postgis

    now = [1000.0]
    monkeypatch.setattr(postgis.time, "monotonic", lambda: now[0])
    open_store(database_url, upgrade=True).close()
    with psycopg.connect(database_url) as conn:
        conn.execute("DELETE FROM kcm.schema_migrations WHERE version = %s", (latest(),))
    open_store(database_url).close()  # checked a moment ago: not asked again
    now[0] += postgis.CHECK_EVERY_S
    with pytest.raises(SchemaError, match="db upgrade"):
        open_store(database_url)
