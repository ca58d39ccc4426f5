from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pytest

from geo.cli import main
from geo.extract.confidence import Model
from geo.rings import beyond_rings, distances_from, parse_radii
from tests.conftest import ROOT


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_geocode_json_contract(gazetteer) -> None:
    code, out, _ = run("geocode", "Laiza", "Mon Lai Hket", "--json")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    keys = {
        "query",
        "name",
        "latitude",
        "longitude",
        "township",
        "township_pcode",
        "state",
        "precision",
    }
    assert all(keys <= set(r) for r in rows)
    assert [r["query"] for r in rows] == ["Laiza", "Mon Lai Hket"]
    assert rows[1]["name"] == "Mung Lai Hkyet"
    assert rows[1]["township_pcode"] == "MMR001002"


def test_geocode_with_township_scope(gazetteer) -> None:
    code, out, _ = run("geocode", "Nam Sang", "--township", "Tangyan", "--json")
    assert code == 0
    assert json.loads(out)["township"] == "Tangyan"


def test_geocode_unknown_name_exits_1_with_candidates(gazetteer) -> None:
    code, out, err = run("geocode", "Qqxzzv")
    assert (code, out) == (1, "")
    assert "unknown place 'Qqxzzv'; closest candidates:" in err


def test_events_geojson_filtered(gazetteer, events: gpd.GeoDataFrame) -> None:
    code, out, _ = run(
        "events", "--from", "2023-10-01", "--to", "2023-10-31", "--township", "Momauk"
    )
    assert code == 0
    doc = json.loads(out)
    ids = [f["properties"]["event_id"] for f in doc["features"]]
    expected = events[
        (events["township_pcode"] == "MMR001012")
        & (events["event_date"] <= "2023-10-31")
        & (events["event_date_end"] >= "2023-10-01")
    ]
    assert sorted(ids) == sorted(expected["event_id"])
    assert ids


def test_events_csv_to_file(gazetteer, events: gpd.GeoDataFrame, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    code, out, _ = run("events", "--format", "csv", "--type", "Battles", "-o", str(target))
    assert (code, out) == (0, "")
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) - 1 == int((events["event_type"] == "Battles").sum())


def test_rings(gazetteer) -> None:
    code, out, _ = run("rings", "--radii", "5,10,25,50,100")
    assert code == 0
    bands = json.loads(out)["features"]
    assert [b["properties"]["outer_km"] for b in bands] == [5, 10, 25, 50, 100, None]
    assert bands[0]["properties"]["center"] == "KIA headquarters, Laiza"
    assert {"inner_km", "events", "fatalities_best"} <= set(bands[0]["properties"])
    assert [b["geometry"] and b["geometry"]["type"] for b in bands] == 5 * ["Polygon"] + [None]


@pytest.mark.parametrize("radii", ["5,10,25,50,100", "10", "2000"])
def test_rings_end_with_the_events_beyond_the_last_ring(
    gazetteer, events: gpd.GeoDataFrame, radii: str
) -> None:
    code, out, _ = run("rings", "--radii", radii)
    assert code == 0
    *bands, beyond = (f["properties"] for f in json.loads(out)["features"])
    lon, lat = gazetteer.kia_headquarters().lonlat()
    expected = beyond_rings(events, lon, lat, parse_radii(radii))
    assert beyond == {
        "center": "KIA headquarters, Laiza",
        **expected,
        "inner_km": float(radii.split(",")[-1]),
        "outer_km": None,
    }
    placed = int(distances_from(events, lon, lat)["distance_km"].notna().sum())
    assert sum(b["events"] for b in bands) + beyond["events"] == placed


def test_summary_json(gazetteer, events: gpd.GeoDataFrame) -> None:
    code, out, _ = run("summary", "--by", "event_type", "--json")
    assert code == 0
    rows = json.loads(out)
    assert {
        "group",
        "events",
        "fatalities_low",
        "fatalities_best",
        "fatalities_high",
        "injured",
    } <= set(rows[0])
    assert sum(r["events"] for r in rows) == len(events)


def test_summary_text_shows_unknown(gazetteer) -> None:
    code, out, _ = run("summary", "--by", "month")
    assert code == 0
    assert "unknown" in out


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["events", "--township", "Atlantis"], 1, "unknown township 'Atlantis'"),
        (["events", "--from", "2023-10-32"], 2, "'2023-10-32' is not a date"),
        (["events", "--from", "2023-10-31", "--to", "2023-10-01"], 1, "is after the end date"),
        (["events", "--type", "Airstrike"], 2, "invalid choice: 'Airstrike'"),
        (["rings", "--radii", "5,-1"], 2, "must be above 0"),
        (["rings", "--center", "Qqxzzv"], 1, "unknown place 'Qqxzzv'"),
        (["summary"], 2, "the following arguments are required: --by"),
        (["events", "--merge"], 2, "--merge needs --data FILE"),
        (["nonsense"], 2, "invalid choice"),
    ],
)
def test_bad_arguments(
    gazetteer, capsys: pytest.CaptureFixture[str], argv: list[str], code: int, message: str
) -> None:
    result, _, err = run(*argv)
    assert result == code
    assert message in err + capsys.readouterr().err


def test_python_dash_m_geo_in_a_subprocess() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "geo", "geocode", "Qqxzzv"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert "closest candidates" in done.stderr


def _acled_file(tmp_path: Path, events: gpd.GeoDataFrame, *, break_row: int | None = None) -> Path:
    from tests.importers.conftest import acled_rows, to_csv

    rows = acled_rows(events)
    rows = [{**r, "event_id_cnty": f"MMR{i + 1}"} for i, r in enumerate(rows)]
    if break_row is not None:
        rows[break_row - 1]["fatalities"] = "-5"
    path = tmp_path / "acled.csv"
    path.write_bytes(to_csv(rows))
    return path


def test_import_writes_the_valid_rows_and_reports_the_rest(
    gazetteer, events: gpd.GeoDataFrame, tmp_path: Path
) -> None:
    source = _acled_file(tmp_path, events, break_row=3)
    out, rejects = tmp_path / "out.geojson", tmp_path / "rejects.csv"
    code, _, err = run("import", str(source), "-o", str(out), "--rejects", str(rejects))
    assert code == 0
    assert "acled.csv: ACLED, 10 rows: 9 valid, 1 rejected" in err
    assert "row 3, field 'fatalities': '-5' is negative" in err
    assert rejects.read_text().splitlines() == [
        "row,source_id,field,reason",
        "3,MMR3,fatalities,'-5' is negative",
    ]
    doc = json.loads(out.read_text())
    ids = [f["properties"]["event_id"] for f in doc["features"]]
    assert "MMR3" not in ids
    assert len(ids) == 9
    first = doc["features"][0]["properties"]
    assert first["township_pcode"]  # townships assigned
    assert first["located_township_pcode"]
    assert "crs" not in doc


@pytest.mark.parametrize("output", ["file", "-"])
def test_import_a_part_at_a_time_writes_what_a_whole_import_gives(
    gazetteer,
    events: gpd.GeoDataFrame,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    output: str,
) -> None:
    import geo.importers
    from geo.export import events_geojson_text
    from geo.importers import import_file
    from geo.townships import assign_townships, default_township_layer

    source = _acled_file(tmp_path, events, break_row=3)
    imported = import_file(source, gazetteer=gazetteer).events
    whole = assign_townships(imported, default_township_layer(), gazetteer=gazetteer)
    monkeypatch.setattr(geo.importers, "CHUNK_ROWS", 3)  # four parts, the first with a bad row
    out = tmp_path / "out.geojson"
    code, stdout, err = run("import", str(source), "-o", str(out) if output == "file" else "-")
    assert code == 0, err
    assert "acled.csv: ACLED, 10 rows: 9 valid, 1 rejected" in err
    written = out.read_text() if output == "file" else stdout
    assert written == events_geojson_text(whole)


@pytest.mark.parametrize("where", [2, 10])  # in the first part, in the last
def test_import_strict_writes_nothing_on_a_bad_row_in_any_part(
    gazetteer,
    events: gpd.GeoDataFrame,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    where: int,
) -> None:
    import geo.importers

    monkeypatch.setattr(geo.importers, "CHUNK_ROWS", 3)
    source = _acled_file(tmp_path, events, break_row=where)
    for target in (str(tmp_path / "out.geojson"), "-"):
        code, stdout, err = run("import", str(source), "--strict", "-o", target)
        assert code == 1
        assert "--strict and some rows are bad: nothing was written" in err
        assert stdout == ""
    assert not (tmp_path / "out.geojson").exists()


def test_import_strict_writes_nothing_on_a_bad_row(
    gazetteer, events: gpd.GeoDataFrame, tmp_path: Path
) -> None:
    source = _acled_file(tmp_path, events, break_row=2)
    out = tmp_path / "out.geojson"
    code, stdout, err = run("import", str(source), "--strict", "-o", str(out))
    assert code == 1
    assert "--strict and some rows are bad: nothing was written" in err
    assert not out.exists()
    assert stdout == ""


def test_import_of_an_unknown_format_exits_1(gazetteer, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n")
    code, _, err = run("import", str(path))
    assert code == 1
    assert "not an ACLED export" in err


def test_every_command_runs_on_imported_data_alone_or_merged(
    gazetteer, events: gpd.GeoDataFrame, tmp_path: Path
) -> None:
    source = _acled_file(tmp_path, events)
    imported = tmp_path / "imported.geojson"
    assert run("import", str(source), "-o", str(imported))[0] == 0
    code, out, _ = run("events", "--data", str(imported))
    assert code == 0
    assert len(json.loads(out)["features"]) == 10
    code, out, _ = run("events", "--data", str(imported), "--merge", "--format", "csv")
    assert code == 0
    assert len(out.splitlines()) == 1 + 11 + 10
    code, out, _ = run("summary", "--by", "township", "--json", "--data", str(source))
    assert code == 0
    assert sum(r["events"] for r in json.loads(out)) == 10
    code, out, _ = run("rings", "--data", str(imported), "--merge")
    assert code == 0
    assert sum(f["properties"]["events"] for f in json.loads(out)["features"]) > 0


def test_merging_a_copy_reports_duplicates_not_doubles(
    gazetteer, events: gpd.GeoDataFrame, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.geojson"
    assert run("events", "-o", str(copy))[0] == 0
    code, out, err = run("events", "--data", str(copy), "--merge")
    assert code == 0
    assert len(json.loads(out)["features"]) == len(events)
    assert f"warning: {len(events)} event id(s) already present were left out" in err
    assert "KCM-20231009-MLH: kept from bundled events, left out from copy.geojson" in err


def test_quality_lists_the_lal_long_mismatch(gazetteer) -> None:
    code, out, _ = run("quality", "--json")
    assert code == 0
    flags = json.loads(out)
    assert {f["event_id"] for f in flags} == {
        "KCM-20231020-LLA",
        "KCM-20231021-LLA",
        "KCM-20231023-LLA",
    }
    assert all(f["flag"] == "township mismatch" for f in flags)
    code, out, _ = run("quality", "--township", "Hpakant")
    assert (code, out) == (0, "no flagged events\n")


def test_located_township_filter(gazetteer) -> None:
    code, out, _ = run("events", "--township", "Waingmaw", "--located")
    assert code == 0
    located = {f["properties"]["event_id"] for f in json.loads(out)["features"]}
    _, out, _ = run("events", "--township", "Waingmaw")
    reported = {f["properties"]["event_id"] for f in json.loads(out)["features"]}
    assert located - reported == {"KCM-20231020-LLA", "KCM-20231021-LLA", "KCM-20231023-LLA"}


@pytest.mark.shared
def test_official_boundaries_from_the_command_line_and_environment(
    gazetteer, mimu_townships: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run("quality", "--json", "--townships", str(mimu_townships))
    assert code == 0
    assert {f["flag"] for f in json.loads(out)} == {"township mismatch"}
    monkeypatch.setenv("KCM_TOWNSHIPS", str(tmp := mimu_townships.with_suffix(".nope")))
    code, _, err = run("quality")
    assert code == 1
    assert f"township boundaries file {tmp} does not exist" in err


# -- extract ------------------------------------------------------------------------------
EXTRACT_KEYS = {
    "event_date",
    "date_precision",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "township",
    "township_pcode",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "injured",
    "children_killed",
    "evidence",
    "confidence",
    "part",
}


def test_extract_json_contract(seed_text: str, tmp_path: Path, gazetteer) -> None:
    report = tmp_path / "seed.txt"
    report.write_text(seed_text, encoding="utf-8")
    code, out, err = run(
        "extract",
        str(report),
        "--published",
        "2023-10-25",
        "--publisher",
        "The Irrawaddy",
        "--json",
    )
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 7  # the month's four outposts are a summary, left out
    assert all(set(r) >= EXTRACT_KEYS for r in rows)
    camp = next(r for r in rows if r["location"] == "Mung Lai Hkyet")
    assert (
        camp["event_date"],
        camp["township_pcode"],
        camp["fatalities_best"],
        camp["injured"],
        camp["children_killed"],
    ) == ("2023-10-09", "MMR001002", 29, 57, 13)
    for quoted in camp["evidence"]:
        assert seed_text[quoted["start"] : quoted["end"]] == quoted["text"]
        for f in quoted["fields"]:
            assert seed_text[f["start"] : f["end"]] == f["text"]
    assert camp["source"]["publisher"] == "The Irrawaddy"
    assert all(0 < r["confidence"] < 1 for r in rows)
    assert [r["part"] for r in rows].count("undated") == 1  # the defence of Laiza
    assert {r["part"] for r in rows} == {"likely", "check", "undated"}
    assert "neither a date nor a place" in err  # what was left out is said
    assert "summary sentence(s)" in err


def test_extract_left_out_puts_what_was_not_proposed_in_the_json(
    seed_text: str, tmp_path: Path, gazetteer
) -> None:
    report = tmp_path / "seed.txt"
    report.write_text(seed_text, encoding="utf-8")
    code, out, _ = run("extract", str(report), "--published", "2023-10-25", "--json", "--left-out")
    assert code == 0
    got = json.loads(out)
    assert set(got) == {"events", "left_out", "messages"}
    assert len(got["events"]) == 7
    whys = {item["why"] for item in got["left_out"]}
    assert {"a summary of many events", "neither a date nor a place"} <= whys
    for item in got["left_out"]:
        assert seed_text[item["start"] : item["end"]] == item["text"]
    assert any("summary sentence(s)" in m for m in got["messages"])


def test_extract_left_out_alone_writes_the_json_object(tmp_path: Path, gazetteer) -> None:
    report = tmp_path / "one.txt"
    report.write_text("Junta jets bombed Laiza on Monday, killing two civilians.", "utf-8")
    code, out, _ = run("extract", str(report), "--published", "2023-10-25", "--left-out")
    assert code == 0
    got = json.loads(out)
    assert [e["location"] for e in got["events"]] == ["Laiza"]
    assert got["left_out"] == []


def test_extract_says_which_events_to_check(
    tmp_path: Path, gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = Model({"type:Non-state actor overtakes territory": -2.0}, bias=1.0, check_below=0.5)
    monkeypatch.setattr("geo.extract.confidence.load_model", lambda: model)
    report = tmp_path / "one.txt"
    report.write_text(
        "Junta jets bombed Laiza on Monday, killing two civilians. On Tuesday the KIA seized "
        "an outpost near Mansi.",
        "utf-8",
    )
    code, out, _ = run("extract", str(report), "--published", "2023-10-25")
    assert code == 0
    assert [line.split("\t")[-1] for line in out.splitlines()] == [
        "likely (0.73)",
        "to check (0.27)",
    ]


def test_extract_reads_standard_input() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "geo", "extract", "-", "--published", "2023-10-25", "--json"],
        input=b"Junta jets bombed Laiza on Monday, killing two civilians.",
        capture_output=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    (row,) = json.loads(done.stdout)
    assert (row["event_date"], row["fatalities_best"], row["actor2"]) == (
        "2023-10-23",
        2,
        "Civilians (Myanmar)",
    )


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["extract", "missing.txt", "--published", "2023-10-25"], 1, "cannot read missing.txt"),
        (["extract", "README.md", "--published", "25/10/2023"], 2, "YYYY-MM-DD"),
        (["extract", "README.md"], 2, "--published"),
    ],
)
def test_extract_bad_arguments(argv: list[str], code: int, message: str, gazetteer, capsys) -> None:
    got, _, err = run(*argv)
    assert got == code
    assert message in err + capsys.readouterr().err


def test_extract_text_without_events_is_an_empty_list(tmp_path: Path, gazetteer) -> None:
    report = tmp_path / "profile.txt"
    report.write_text("The KIO held a cultural festival with music and dance.", encoding="utf-8")
    code, out, err = run("extract", str(report), "--published", "2023-10-25", "--json")
    assert (code, json.loads(out)) == (0, [])
    assert "No event found" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--published", "0001-01-01"], "not a date a report can have"),
        (["--published", "2099-01-01"], "not a date a report can have"),
        (["--published", "2023-10-25", "--url", "ftp://x"], "http:// or https://"),
        (["--published", "2023-10-25"], "is more than 2 MB"),  # /dev/zero has no size
    ],
)
def test_extract_refuses_what_cannot_be_a_report(argv: list[str], message: str, gazetteer) -> None:
    code, _, err = run("extract", "/dev/zero", *argv)
    assert code == 1
    assert message in err


def test_extract_names_standard_input_in_errors() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "geo", "extract", "-", "--published", "2023-10-25"],
        input=b"caf\xe9", capture_output=True, cwd=ROOT, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 1
    assert "standard input is not UTF-8 text" in done.stderr.decode()


def _acled_changed(tmp_path: Path, events: gpd.GeoDataFrame, **change: str) -> Path:
    """The bundled events as an ACLED file, every row with ``change``."""
    from tests.importers.conftest import acled_rows, to_csv

    path = tmp_path / "changed.csv"
    path.write_bytes(to_csv([{**r, **change} for r in acled_rows(events)]))
    return path


def test_an_import_in_which_every_row_is_rejected_exits_1_writing_no_events(
    gazetteer, events: gpd.GeoDataFrame, tmp_path: Path
) -> None:
    source = _acled_changed(tmp_path, events, event_date="2099-01-01")
    out, rejects = tmp_path / "out.geojson", tmp_path / "rejects.csv"
    out.write_text("before")
    code, stdout, err = run("import", str(source), "-o", str(out), "--rejects", str(rejects))
    assert (code, stdout) == (1, "")
    assert "10 rows: 0 valid, 10 rejected" in err
    assert "error: every row was rejected: nothing was imported or written" in err
    assert out.read_text() == "before"
    assert len(rejects.read_text().splitlines()) == 1 + 10  # the reject report is written


@pytest.mark.parametrize(
    ("change", "options", "kept"),
    [
        ({"event_date": "1800-01-01"}, [], 0),
        ({"event_date": "1800-01-01"}, ["--date-window", "1700-01-01:"], 10),
        ({"event_date": "2099-01-01"}, ["--date-window", ":2100-12-31"], 10),
        ({"fatalities": "250000"}, [], 0),
        ({"fatalities": "250000"}, ["--max-figure", "250,000"], 10),
        ({"fatalities": "250001"}, ["--max-figure", "250000"], 0),
    ],
)
def test_the_limits_are_widened_for_one_command(
    gazetteer,
    events: gpd.GeoDataFrame,
    tmp_path: Path,
    change: dict[str, str],
    options: list[str],
    kept: int,
) -> None:
    source = _acled_changed(tmp_path, events, **change)
    out = tmp_path / "out.geojson"
    code, _, err = run("import", str(source), *options, "-o", str(out))
    assert code == (0 if kept else 1), err
    assert f"10 rows: {kept} valid" in err
    data_code, _, _ = run("summary", "--by", "month", "--data", str(source), *options)
    assert data_code == (0 if kept else 1)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["events", "--date-window", "2000-01-01:"], "would narrow the default window"),
        (["import", "x.csv", "--date-window", "1600-01-01:"], "beyond the dates events can be"),
        (["quality", "--max-figure", "10"], "figure limit '10' is not a whole number from"),
        (["geocode", "Laiza", "--date-window", "1900-01-01:"], "unrecognized arguments"),
    ],
)
def test_bad_limits_are_usage_errors(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(*argv)
    assert code == 2
    assert message in err + capsys.readouterr().err


def test_an_invalid_limit_in_the_environment_is_a_clear_error(
    gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from geo import schema

    schema._env_limits.cache_clear()
    monkeypatch.setenv("KCM_DATE_WINDOW", "1900")
    try:
        code, out, err = run("events")
    finally:
        schema._env_limits.cache_clear()
    assert (code, out) == (1, "")
    assert err.startswith("error: KCM_DATE_WINDOW: date window '1900' is not FROM:TO")


@pytest.mark.parametrize(
    "argv",
    [
        ["events", "-o", "{missing}/out.geojson"],
        ["events", "--format", "csv", "-o", "{missing}/out.csv"],
        ["rings", "-o", "{missing}/rings.geojson"],
        ["import", "{source}", "-o", "{missing}/out.geojson"],
        ["import", "{source}", "--rejects", "{missing}/rejects.csv"],
    ],
)
def test_a_missing_output_folder_is_an_error_not_a_traceback(
    gazetteer, events: gpd.GeoDataFrame, tmp_path: Path, argv: list[str]
) -> None:
    source = _acled_file(tmp_path, events, break_row=1)
    missing = tmp_path / "missing-folder"
    code, out, err = run(*(a.format(missing=missing, source=source) for a in argv))
    assert (code, out) == (1, "")
    assert f"the folder {missing} does not exist; nothing was written" in err
    assert "or - for the screen" in err
    assert not missing.exists()


@pytest.mark.parametrize(
    ("argv", "handler"),
    [
        (["geocode", "Laiza"], "_geocode"),
        (["events"], "_events"),
        (["rings"], "_rings"),
        (["summary", "--by", "month"], "_summary"),
        (["quality"], "_quality"),
        (["import", "x.csv"], "_import"),
        (["extract", "-", "--published", "2023-10-25"], "_extract"),
    ],
)
def test_commands_dispatch_by_table(argv: list[str], handler: str) -> None:
    from geo import cli

    assert cli._parser().parse_args(argv).handler is getattr(cli, handler)


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "https://"]
)
def test_extract_refuses_links_that_are_not_web_addresses(url: str, gazetteer) -> None:
    code, _, err = run("extract", "/dev/zero", "--published", "2023-10-25", "--url", url)
    assert code == 1
    assert f"error: --url '{url}' is not a web address" in err


def test_output_into_a_pipe_writes_into_it_never_replaces_it(gazetteer, tmp_path: Path) -> None:
    import os
    import stat
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    code, _, err = run("events", "-o", str(fifo))
    reader.join(timeout=60)
    assert code == 0, err
    assert json.loads(received[0])["type"] == "FeatureCollection"
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # still a pipe, not a file renamed over it


def test_import_of_a_device_is_read_up_to_the_limit_not_for_ever(gazetteer) -> None:
    code, _, err = run("import", "/dev/zero")
    assert code == 1
    assert "100.0 MB is over the 100 MB limit" in err


def test_a_working_version_is_a_data_file(gazetteer, events: gpd.GeoDataFrame) -> None:
    from geo.workspace import save_working

    saved = save_working(events.iloc[:3], merge=False)
    assert saved.data is not None
    assert saved.data.suffix == ".parquet"
    code, out, _ = run("events", "--data", str(saved.data))
    assert code == 0
    assert [f["properties"]["event_id"] for f in json.loads(out)["features"]] == list(
        events.index[:3]
    )
