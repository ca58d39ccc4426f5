"""geo.store.embedded: one SQLite file with the PostGIS schema's tables, created on
first use; a second writer is told "busy, try again" with nothing changed."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import geopandas as gpd
import pytest

from geo.schema import COLUMNS
from geo.store.base import BusyError, DatabaseError, Origin
from geo.store.embedded import (
    SCHEMA_VERSION,
    embedded_path,
    is_embedded_url,
    open_embedded,
)
from geo.store.migrations import SchemaError
from geo.store.sql import STATE_COLUMNS

_TYPES = {"str": "TEXT", "date": "TEXT", "int": "INTEGER", "float": "REAL", "sources": "TEXT",
          "record": "TEXT"}  # fmt: skip


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("sqlite:///events.sqlite", Path("events.sqlite")),
        ("sqlite:////srv/kcm/events.sqlite", Path("/srv/kcm/events.sqlite")),
        ("/srv/kcm/team.db", Path("/srv/kcm/team.db")),
    ],
)
def test_addresses_name_the_file(url: str, path: Path) -> None:
    assert is_embedded_url(url)
    assert embedded_path(url) == path


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///", "sqlite://host/x.db"])
def test_an_address_without_a_file_is_refused(url: str) -> None:
    with pytest.raises(DatabaseError, match="names no file"):
        embedded_path(url)


def test_the_events_table_has_the_schemas_columns_then_the_stores(tmp_path: Path) -> None:
    open_embedded(tmp_path / "s.sqlite").close()
    with sqlite3.connect(tmp_path / "s.sqlite") as conn:
        found = conn.execute("SELECT name, type, \"notnull\" FROM pragma_table_info('events')")
        columns = [(n, t.upper(), bool(nn)) for n, t, nn in found.fetchall()]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    expected = [(c.name, _TYPES[c.kind], c.required) for c in COLUMNS]
    assert columns[: len(COLUMNS)] == expected
    assert [name for name, _, _ in columns[len(COLUMNS) :]] == list(STATE_COLUMNS)
    assert version == SCHEMA_VERSION


def test_a_second_writer_is_told_busy_and_nothing_is_lost(
    tmp_path: Path, events: gpd.GeoDataFrame
) -> None:
    path = tmp_path / "s.sqlite"
    first = open_embedded(path)
    second = open_embedded(path, busy_timeout_s=0.05)
    first.add(events.iloc[:2], Origin("ana"))
    holding, release = threading.Event(), threading.Event()

    def slow_confirm() -> bool:
        holding.set()
        release.wait(10)
        return True

    worker = threading.Thread(
        target=first.add, args=(events.iloc[2:4], Origin("ana")), kwargs={"confirm": slow_confirm}
    )
    worker.start()
    try:
        assert holding.wait(10)
        with pytest.raises(BusyError, match=r"being changed by another process .* try again"):
            second.edit(str(events.index[0]), {"notes": "x"}, revision=1, who="bo")
        assert len(second.read()) == 2  # readers read on while a change is written
    finally:
        release.set()
        worker.join(10)
    second.edit(str(events.index[0]), {"notes": "x"}, revision=1, who="bo")
    assert len(second.read()) == 4
    assert second.read().loc[str(events.index[0]), "notes"] == "x"
    first.close()
    second.close()


def test_a_file_newer_than_the_code_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    open_embedded(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(SchemaError, match=f"schema version {SCHEMA_VERSION + 1}, newer"):
        open_embedded(path)


def test_another_apps_sqlite_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (x)")
    with pytest.raises(DatabaseError, match="not an embedded store of this app"):
        open_embedded(path)
    with sqlite3.connect(path) as conn:
        tables = conn.execute("SELECT name FROM sqlite_schema").fetchall()
    assert tables == [("notes",)]


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "events.sqlite"
    path.write_text("not a database\n" * 100)
    with pytest.raises(DatabaseError, match="file is not a database"):
        open_embedded(path)


def test_two_processes_creating_the_store_at_once_make_it_once(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    errors: list[BaseException] = []

    def make() -> None:
        try:
            open_embedded(path).close()
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=make) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    with open_embedded(path) as store:
        assert store.stamp() == "0:0"


def test_nothing_is_deleted_and_a_revision_is_never_skipped(
    tmp_path: Path, events: gpd.GeoDataFrame
) -> None:
    path = tmp_path / "s.sqlite"
    with open_embedded(path) as store:
        store.add(events.iloc[:2], Origin("ana"))
    with sqlite3.connect(path) as conn:
        for statement in (
            "DELETE FROM events",
            "UPDATE events SET notes = 'x'",
            "DELETE FROM change_events",
        ):
            with pytest.raises(sqlite3.IntegrityError):
                conn.execute(statement)
