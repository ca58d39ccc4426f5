"""geo.store.migrations: the PostGIS schema made and upgraded by numbered SQL files."""

from __future__ import annotations

import io
import shutil
import threading
from pathlib import Path

import psycopg
import pytest

from geo.cli import main
from geo.schema import COLUMNS
from geo.store.migrations import (
    MIGRATIONS_DIR,
    SchemaError,
    applied,
    latest,
    migrations,
    upgrade,
)

#: How each kind of schema column is stored (information_schema's data_type).
STORED_AS = {
    "str": "text",
    "record": "text",
    "int": "integer",
    "float": "double precision",
    "date": "date",
    "sources": "jsonb",
}


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, folder)
    return folder


def test_the_files_run_from_1_with_no_gap() -> None:
    found = migrations()
    assert [m.version for m in found] == list(range(1, len(found) + 1))
    assert latest() == len(found) >= 1
    assert found[0].name == "events"


@pytest.mark.parametrize(
    ("names", "message"),
    [
        (["0001_a.sql", "0003_c.sql"], r"numbered \[1, 3\]"),
        (["0002_b.sql"], r"numbered \[2\]"),
        (["0001_a.sql", "1_b.sql"], "named NNNN_name.sql"),
        (["0001_A b.sql"], "named NNNN_name.sql"),
    ],
)
def test_misnumbered_or_misnamed_files_are_refused(
    tmp_path: Path, names: list[str], message: str
) -> None:
    for name in names:
        (tmp_path / name).write_text("SELECT 1;")
    with pytest.raises(SchemaError, match=message):
        migrations(tmp_path)


def test_an_empty_database_is_created_and_recorded(database_url: str) -> None:
    with psycopg.connect(database_url) as conn:
        assert applied(conn) == {}
        done = upgrade(conn)
        assert (done.before, done.after) == (0, latest())
        assert [m.version for m in done.applied] == list(range(1, latest() + 1))
        assert applied(conn) == {m.version: m.sha256 for m in migrations()}
        again = upgrade(conn)
        assert (again.before, again.after, again.applied) == (latest(), latest(), ())


def test_the_events_table_has_the_schemas_columns_and_a_point(database_url: str) -> None:
    with psycopg.connect(database_url) as conn:
        upgrade(conn)
        rows = conn.execute(
            "SELECT column_name, data_type, is_nullable FROM information_schema.columns "
            "WHERE table_schema = 'kcm' AND table_name = 'events'"
        ).fetchall()
        geometry = conn.execute(
            "SELECT type, srid FROM geometry_columns "
            "WHERE f_table_schema = 'kcm' AND f_table_name = 'events'"
        ).fetchall()
    stored = {name: (kind, nullable == "NO") for name, kind, nullable in rows}
    for column in COLUMNS:
        assert stored[column.name] == (STORED_AS[column.kind], column.required), column.name
    assert geometry == [("POINT", 4326)]
    assert {"status", "reviewer", "revision", "removed_at", "removed_by"} <= set(stored)


def test_the_point_is_made_from_the_coordinates(database_url: str) -> None:
    with psycopg.connect(database_url) as conn:
        upgrade(conn)
        conn.execute(
            "INSERT INTO kcm.events (event_id, event_date, event_date_end, event_type, "
            "sub_event_type, actor1, location, latitude, longitude, sources) VALUES "
            "('T-1', '2023-10-09', '2023-10-09', 'Battles', 'Armed clash', 'KIA', 'Laiza', "
            "24.7538, 97.5577, '[]')"
        )
        point = conn.execute(
            "SELECT ST_X(geom), ST_Y(geom), ST_SRID(geom), status, revision FROM kcm.events"
        ).fetchone()
    assert point == (97.5577, 24.7538, 4326, "proposed", 1)


def test_a_database_newer_than_the_code_is_refused_and_left_alone(database_url: str) -> None:
    with psycopg.connect(database_url) as conn:
        upgrade(conn)
        conn.execute(
            "INSERT INTO kcm.schema_migrations (version, name, sha256) VALUES (%s, 'later', 'x')",
            (latest() + 1,),
        )
        conn.commit()
        with pytest.raises(SchemaError, match=rf"schema version {latest() + 1}, newer than"):
            upgrade(conn)
        assert max(applied(conn)) == latest() + 1


def test_a_migration_changed_after_it_was_applied_is_refused(
    database_url: str, tmp_path: Path
) -> None:
    folder = _copy(tmp_path)
    with psycopg.connect(database_url) as conn:
        upgrade(conn, folder)
        first = sorted(folder.glob("0001_*.sql"))[0]
        first.write_text(first.read_text() + "\n-- edited\n")
        with pytest.raises(SchemaError, match=r"0001_events\.sql changed after"):
            upgrade(conn, folder)


def test_a_failing_migration_changes_nothing(database_url: str, tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    broken = folder / f"{latest() + 1:04d}_broken.sql"
    broken.write_text("CREATE TABLE kcm.half (id integer);\nSELECT no_such_function();\n")
    with psycopg.connect(database_url) as conn:
        with pytest.raises(SchemaError, match=rf"{broken.name} failed: .*no_such_function"):
            upgrade(conn, folder)
        assert applied(conn) == {}  # the earlier files too: all or none
        assert conn.execute("SELECT to_regclass('kcm.events')").fetchone() == (None,)


def test_two_upgrades_at_once_apply_each_file_once(database_url: str) -> None:
    results: list[object] = []

    def run() -> None:
        with psycopg.connect(database_url) as conn:
            results.append(upgrade(conn))

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    applied_counts = sorted(len(r.applied) for r in results)  # type: ignore[attr-defined]
    assert applied_counts == [0, latest()]


def _cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_the_command_line_upgrades_and_reports_the_version(database_url: str) -> None:
    code, out, _ = _cli("db", "version", "--database", database_url)
    assert code == 1
    assert f"schema version 0; this code knows up to {latest()}" in out
    code, out, _ = _cli("db", "upgrade", "--database", database_url)
    assert code == 0
    assert f"schema version 0 -> {latest()} (0001_events.sql" in out
    code, out, _ = _cli("db", "upgrade", "--database", database_url)
    assert (code, out.strip().endswith(f"schema version {latest()}, up to date")) == (0, True)
    assert _cli("db", "version", "--database", database_url)[0] == 0


def test_the_command_line_names_a_missing_or_unreachable_database(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("KCM_DATABASE_URL", raising=False)
    code, _, err = _cli("db", "upgrade")
    assert code == 1
    assert "no store: give --database URL or set KCM_DATABASE_URL" in err
    nowhere = f"postgresql://someone:secret@/nowhere?host={tmp_path}"
    code, _, err = _cli("db", "upgrade", "--database", nowhere)
    assert code == 1
    assert "cannot connect to postgresql://someone:***@/nowhere" in err
    assert "secret" not in err
