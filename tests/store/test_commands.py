"""The command line on a store (geo.cli's --database, geo.store.commands), on both
backends: an imported file reads back as exactly the events ``--data`` gives, in one
transaction or not at all, with its audit entry; the log, releases and citations."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path
from typing import Any

import geopandas as gpd
import pytest

from geo.cli import main
from geo.store import open_store
from geo.store.base import Origin
from geo.store.commands import analyst
from tests.test_cli import _acled_file


def _cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def _log(url: str) -> Any:
    with open_store(url) as store:
        return store.log()


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
def test_a_file_imported_into_a_store_reads_as_with_data(
    store_url: str, events: gpd.GeoDataFrame, tmp_path: Path, command: list[str]
) -> None:
    source = _acled_file(tmp_path, events)
    code, _, err = _cli("import", str(source), "--database", store_url)
    assert code == 0, err
    assert "10 events added to " in err
    assert err.endswith(" as published (change 1)\n")
    from_file = _cli(*command, "--data", str(source))
    from_store = _cli(*command, "--database", store_url)
    assert from_store[0] == from_file[0] == 0, from_store[2]
    assert from_store[1] == from_file[1]


def test_a_strict_import_with_a_bad_row_adds_nothing(
    store_url: str, events: gpd.GeoDataFrame, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import geo.importers

    monkeypatch.setattr(geo.importers, "CHUNK_ROWS", 3)  # parts already added, then undone
    source = _acled_file(tmp_path, events, break_row=10)
    code, _, err = _cli("import", str(source), "--strict", "--database", store_url)
    assert code == 1
    assert "--strict and some rows are bad: nothing was written" in err
    with open_store(store_url) as store:
        assert store.read().empty
        assert store.log().empty  # no audit entry either


def test_an_id_already_stored_refuses_the_whole_file(
    store_url: str, events: gpd.GeoDataFrame, tmp_path: Path
) -> None:
    source = _acled_file(tmp_path, events)
    assert _cli("import", str(source), "--database", store_url)[0] == 0
    code, _, err = _cli("import", str(source), "--database", store_url)
    assert code == 1
    assert "already in the" in err
    assert "nothing was changed" in err
    assert len(_log(store_url)) == 10


def test_an_import_for_review_is_proposed_and_not_read_as_published(
    store_url: str, events: gpd.GeoDataFrame, tmp_path: Path
) -> None:
    source = _acled_file(tmp_path, events)
    code, _, err = _cli("import", str(source), "--database", store_url, "--review")
    assert code == 0, err
    assert "as proposed" in err
    with open_store(store_url) as store:
        assert store.read().empty
        assert len(store.read(statuses=("proposed",))) == 10
    code, out, _ = _cli("events", "--database", store_url, "--format", "csv")
    assert code == 0
    assert len(out.splitlines()) == 1  # the header: no published event


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["import", "a.csv", "--review"], "--review needs --database URL"),
        (["import", "a.csv", "--database", "x.sqlite", "-o", "out.geojson"], "not both"),
        (["events", "--data", "a.csv", "--database", "x.sqlite"], "--data FILE or --database"),
        (["events", "--release", "v1"], "--release needs --database URL"),
    ],
)
def test_options_that_do_not_go_together_are_usage_errors(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _cli(*args)[0] == 2
    assert message in capsys.readouterr().err  # argparse's own message


def test_an_import_is_one_audit_entry_naming_who_and_the_files_sha256(
    store_url: str, events: gpd.GeoDataFrame, tmp_path: Path
) -> None:
    source = _acled_file(tmp_path, events, break_row=4)
    code, _, err = _cli("import", str(source), "--database", store_url, "--who", "Ana Analyst")
    assert code == 0, err
    log = _log(store_url)
    assert len(log) == 9
    assert set(log["change_id"]) == {1}
    assert set(log["who"]) == {"Ana Analyst"}
    assert set(log["action"]) == {"import"}
    assert set(log["source_name"]) == {"acled.csv"}
    assert set(log["source_sha256"]) == {hashlib.sha256(source.read_bytes()).hexdigest()}
    assert "MMR4" not in set(log["event_id"])
    after = json.loads(log["after"].iloc[0])
    assert after["event_id"] == log["event_id"].iloc[0]
    assert (after["status"], after["revision"]) == ("published", 1)
    assert log["before"].isna().all()


def test_the_analyst_defaults_to_kcm_analyst_else_the_login(
    store_url: str, events: gpd.GeoDataFrame, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KCM_ANALYST", "Bo Editor")
    assert analyst() == "Bo Editor"
    assert analyst(" Cy ") == "Cy"
    assert _cli("import", str(_acled_file(tmp_path, events)), "--database", store_url)[0] == 0
    assert set(_log(store_url)["who"]) == {"Bo Editor"}
    monkeypatch.delenv("KCM_ANALYST")
    monkeypatch.setattr("getpass.getuser", lambda: "login-name")
    assert analyst() == "login-name"


def test_the_log_is_exported_as_csv_and_json(
    store_url: str, events: gpd.GeoDataFrame, tmp_path: Path
) -> None:
    with open_store(store_url) as store:
        store.add(events.iloc[:2], Origin("ana", "a.csv", "b" * 64))
        first = str(events.index[0])
        store.edit(first, {"notes": "Checked, ok"}, revision=1, who="bo")
    code, out, _ = _cli("db", "log", "--database", store_url)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["action"] for r in rows] == ["import", "import", "edit"]
    assert rows[2]["who"] == "bo"
    assert rows[2]["at"].endswith("Z")
    assert json.loads(rows[2]["after"])["notes"] == "Checked, ok"
    target = tmp_path / "log.json"
    code, _, _ = _cli("db", "log", "--event", first, "--format", "json", "-o", str(target),
                      "--database", store_url)  # fmt: skip
    assert code == 0
    entries = json.loads(target.read_text())
    assert [e["action"] for e in entries] == ["import", "edit"]
    assert entries[1]["before"]["revision"] == 1
    assert entries[1]["after"]["revision"] == 2


def test_a_release_is_made_listed_read_and_cited(
    store_url: str, events: gpd.GeoDataFrame, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _acled_file(tmp_path, events)
    assert _cli("import", str(source), "--database", store_url)[0] == 0
    code, out, err = _cli("db", "release", "2024-06", "--who", "Ed", "--database", store_url)
    assert code == 0, err
    assert out.startswith("release 2024-06: 10 published events frozen in ")
    frozen = _cli("events", "--database", store_url, "--release", "2024-06")
    with open_store(store_url) as store:
        store.edit("MMR1", {"notes": "Later"}, revision=1, who="bo")
    assert _cli("events", "--database", store_url, "--release", "2024-06") == frozen
    assert _cli("events", "--database", store_url)[1] != frozen[1]
    code, out, _ = _cli("db", "releases", "--database", store_url)
    assert code == 0
    assert out.startswith("2024-06\t")
    assert "\tEd\t10 events" in out
    monkeypatch.setenv("KCM_PUBLISHER", "Example Monitor")
    code, out, _ = _cli("db", "cite", "2024-06", "--url", "https://maps.example.org/kcm/",
                        "--database", store_url)  # fmt: skip
    assert code == 0
    assert out.startswith("Example Monitor (20")
    assert "Kachin Conflict Map events, release 2024-06 [dataset; 10 published events" in out
    assert "by Ed]. https://maps.example.org/kcm/?release=2024-06\n" in out
    code, _, err = _cli("db", "cite", "2099-01", "--database", store_url)
    assert code == 1
    assert "no release named '2099-01'" in err
    assert "releases: 2024-06" in err


def test_the_store_comes_from_kcm_database_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("KCM_DATABASE_URL", raising=False)
    code, _, err = _cli("db", "log")
    assert code == 1
    assert "no store: give --database URL or set KCM_DATABASE_URL" in err
    monkeypatch.setenv("KCM_DATABASE_URL", f"sqlite:///{tmp_path / 'team.sqlite'}")
    code, out, _ = _cli("db", "upgrade")
    assert code == 0
    assert out == f"{tmp_path / 'team.sqlite'}: embedded store, schema version 1\n"
    assert _cli("db", "version")[0] == 0
