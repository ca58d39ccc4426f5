"""geo.store.postgis and the command line on the team's database: an imported file
reads back as exactly the events ``--data`` gives, in one transaction or not at all."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import geopandas as gpd
import psycopg
import pytest
from geopandas.testing import assert_geodataframe_equal

from geo.cli import main
from geo.store.migrations import upgrade
from geo.store.postgis import DatabaseError, Origin, Writer, read_events, shown_url
from tests.test_cli import _acled_file

ANA = Origin("ana", "test.csv", "0" * 64)


def _cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def store(database_url: str) -> str:
    """A database at the code's schema version, with no events."""
    with psycopg.connect(database_url) as conn:
        upgrade(conn)
    return database_url


def _count(url: str, where: str = "true") -> int:
    with psycopg.connect(url) as conn:
        row = conn.execute(f"SELECT count(*) FROM kcm.events WHERE {where}").fetchone()  # noqa: S608 (tests' own literals)
    assert row is not None
    return int(row[0])


def test_events_written_and_read_back_are_the_same_events(
    store: str, events: gpd.GeoDataFrame
) -> None:
    with psycopg.connect(store) as conn:
        writer = Writer(conn, ANA)
        writer.add(events.iloc[:5])
        writer.add(events.iloc[5:])
        assert writer.commit() == len(events)
        read = read_events(conn)
    assert_geodataframe_equal(read, events.sort_values(["event_date", "event_id"]))


@pytest.mark.parametrize(
    "command",
    [
        ["events"],
        ["events", "--format", "csv"],
        ["summary", "--by", "township"],
        ["rings"],
        ["quality", "--json"],
        ["events", "--type", "Battles", "--from", "2023-01-01"],
        ["events", "--merge"],
    ],
)
def test_a_file_imported_into_the_database_reads_as_with_data(
    store: str, events: gpd.GeoDataFrame, tmp_path: Path, command: list[str]
) -> None:
    source = _acled_file(tmp_path, events)
    code, _, err = _cli("import", str(source), "--database", store)
    assert code == 0, err
    assert "10 events added to " in err
    assert "kcm_test_" in err
    assert err.endswith(" as published\n")
    from_file = _cli(*command, "--data", str(source))
    from_database = _cli(*command, "--database", store)
    assert from_database[0] == from_file[0] == 0, from_database[2]
    assert from_database[1] == from_file[1]


def test_a_strict_import_with_a_bad_row_adds_nothing(
    store: str, events: gpd.GeoDataFrame, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import geo.importers

    monkeypatch.setattr(geo.importers, "CHUNK_ROWS", 3)  # parts already added, then undone
    source = _acled_file(tmp_path, events, break_row=10)
    code, _, err = _cli("import", str(source), "--strict", "--database", store)
    assert code == 1
    assert "--strict and some rows are bad: nothing was written" in err
    assert _count(store) == 0


def test_an_id_already_stored_refuses_the_whole_file(
    store: str, events: gpd.GeoDataFrame, tmp_path: Path
) -> None:
    source = _acled_file(tmp_path, events)
    assert _cli("import", str(source), "--database", store)[0] == 0
    code, _, err = _cli("import", str(source), "--database", store)
    assert code == 1
    assert "already in the database" in err
    assert "nothing was added" in err
    assert _count(store) == 10


def test_an_import_for_review_is_proposed_and_not_read_as_published(
    store: str, events: gpd.GeoDataFrame, tmp_path: Path
) -> None:
    source = _acled_file(tmp_path, events)
    code, _, err = _cli("import", str(source), "--database", store, "--review")
    assert code == 0, err
    assert "as proposed" in err
    assert _count(store, "status = 'proposed'") == 10
    with psycopg.connect(store) as conn:
        assert read_events(conn).empty
        assert len(read_events(conn, statuses=("proposed",))) == 10


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--review"], "--review needs --database URL"),
        (["--database", "postgresql://x@/y", "-o", "out.geojson"], "not both"),
    ],
)
def test_import_options_that_do_not_go_together_are_usage_errors(
    tmp_path: Path, args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _cli("import", str(tmp_path / "a.csv"), *args)[0] == 2
    assert message in capsys.readouterr().err  # argparse's own message


def test_data_and_database_together_are_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert _cli("events", "--data", "a.csv", "--database", "postgresql://x@/y")[0] == 2
    assert "give --data FILE or --database URL, not both" in capsys.readouterr().err


def test_a_writer_refuses_an_unknown_status(store: str) -> None:
    with psycopg.connect(store) as conn, pytest.raises(ValueError, match="not one of proposed"):
        Writer(conn, ANA, status="approved")


def test_a_duplicate_inside_one_transaction_undoes_it(store: str, events: gpd.GeoDataFrame) -> None:
    with psycopg.connect(store) as conn:
        writer = Writer(conn, ANA)
        writer.add(events.iloc[:3])
        with pytest.raises(DatabaseError, match="already in the database"):
            writer.add(events.iloc[2:4])
    assert _count(store) == 0


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


def test_an_import_is_one_audit_entry_naming_who_and_the_files_sha256(
    store: str, events: gpd.GeoDataFrame, tmp_path: Path
) -> None:
    source = _acled_file(tmp_path, events, break_row=4)
    code, _, err = _cli("import", str(source), "--database", store, "--who", "Ana Analyst")
    assert code == 0, err
    with psycopg.connect(store) as conn:
        changes = conn.execute(
            "SELECT change_id, who, action, source_name, source_sha256, events FROM kcm.changes"
        ).fetchall()
        (change_id, who, action, name, sha, count) = changes[0]
        assert len(changes) == 1
        assert (who, action, name, count) == ("Ana Analyst", "import", "acled.csv", 9)
        assert sha == hashlib.sha256(source.read_bytes()).hexdigest()
        touched = conn.execute(
            "SELECT event_id, before, after FROM kcm.change_events WHERE change_id = %s "
            "ORDER BY event_id",
            (change_id,),
        ).fetchall()
    assert len(touched) == 9
    assert "MMR4" not in {event_id for event_id, _, _ in touched}
    event_id, before, after = touched[0]
    assert before is None
    assert after["event_id"] == event_id
    assert after["status"] == "published"
    assert after["revision"] == 1


def test_an_import_that_adds_nothing_leaves_no_audit_entry(
    store: str, events: gpd.GeoDataFrame, tmp_path: Path
) -> None:
    source = _acled_file(tmp_path, events, break_row=2)
    assert _cli("import", str(source), "--strict", "--database", store)[0] == 1
    with psycopg.connect(store) as conn:
        assert conn.execute("SELECT count(*) FROM kcm.changes").fetchone() == (0,)


def test_the_analyst_defaults_to_kcm_analyst(
    store: str, events: gpd.GeoDataFrame, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KCM_ANALYST", "Bo Editor")
    assert _cli("import", str(_acled_file(tmp_path, events)), "--database", store)[0] == 0
    with psycopg.connect(store) as conn:
        assert conn.execute("SELECT who FROM kcm.changes").fetchall() == [("Bo Editor",)]


def test_a_change_needs_a_name(store: str) -> None:
    with psycopg.connect(store) as conn, pytest.raises(DatabaseError, match="needs the name"):
        Writer(conn, Origin("  "))
