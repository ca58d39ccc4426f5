from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pytest

from geo.cli import main
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
    assert [b["properties"]["outer_km"] for b in bands] == [5, 10, 25, 50, 100]
    assert bands[0]["properties"]["center"] == "KIA headquarters, Laiza"
    assert {"inner_km", "events", "fatalities_best"} <= set(bands[0]["properties"])
    assert bands[0]["geometry"]["type"] == "Polygon"


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
