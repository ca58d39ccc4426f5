from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

from geo.errors import GeoError
from geo.export import (
    events_to_csv,
    events_to_geojson,
    frame_to_csv,
    frame_to_geojson,
    spreadsheet_safe,
)
from geo.schema import COLUMNS, Source, validate_events
from tests.conftest import make_row

REQUIRED = {
    "event_id",
    "event_date",
    "event_type",
    "location",
    "township",
    "township_pcode",
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "injured",
    "sources",
}


def _check_rfc7946(doc: dict) -> None:
    assert doc["type"] == "FeatureCollection"
    assert "crs" not in doc
    for feature in doc["features"]:
        assert feature["type"] == "Feature"
        assert set(feature) == {"type", "geometry", "properties"}
        geom = feature["geometry"]
        if geom is not None and geom["type"] == "Point":
            lon, lat = geom["coordinates"]
            assert 92 < lon < 102
            assert 9 < lat < 29
            assert all(len(str(c).split(".")[-1]) <= 6 for c in (lon, lat))


def test_events_geojson_is_rfc7946(events: gpd.GeoDataFrame) -> None:
    doc = json.loads(json.dumps(events_to_geojson(events)))
    _check_rfc7946(doc)
    assert len(doc["features"]) == len(events)
    for feature in doc["features"]:
        props = feature["properties"]
        assert set(props) >= REQUIRED
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", props["event_date"])
        assert props["sources"][0]["publisher"]
    region_only = [f for f in doc["features"] if f["properties"]["geo_precision"] == 3]
    assert all(f["geometry"] is None for f in region_only)


def test_geojson_round_trip_through_geopandas(events: gpd.GeoDataFrame, tmp_path: Path) -> None:
    path = tmp_path / "events.geojson"
    path.write_text(json.dumps(events_to_geojson(events)), encoding="utf-8")
    back = gpd.read_file(path)
    assert back.crs == "EPSG:4326"
    assert back["event_id"].tolist() == events["event_id"].tolist()
    for original, restored in zip(events.geometry, back.geometry, strict=True):
        if original is None:
            assert restored is None
        else:
            assert original.distance(restored) < 1e-6


def test_csv_has_every_column_and_round_trips(events: gpd.GeoDataFrame) -> None:
    text = events_to_csv(events)
    back = pd.read_csv(io.StringIO(text))
    names = [c.name for c in COLUMNS]
    assert [c for c in back.columns if c != "source"] == names
    assert back["event_id"].tolist() == events["event_id"].tolist()
    first = json.loads(back.loc[0, "sources"])
    assert first[0]["publisher"] == events["sources"].iloc[0][0].publisher
    assert back["fatalities_best"].isna().sum() == events["fatalities_best"].isna().sum()


def test_frame_without_wgs84_is_refused(events: gpd.GeoDataFrame) -> None:
    with pytest.raises(GeoError, match="to_crs first"):
        frame_to_geojson(events.dropna(subset=["latitude"]).to_crs(32647))


# --- CSV injection: what a spreadsheet would run is written with a leading ' ------------


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("-", "'-"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        (
            '=HYPERLINK("https://example.org/?q="&A1, "see")',
            '\'=HYPERLINK("https://example.org/?q="&A1, "see")',
        ),
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("Myitkyina", "Myitkyina"),
        ("a=1", "a=1"),
        ("2023-10-09", "2023-10-09"),
        ("", ""),
        ("'=1", "'=1"),
        ("ဗန်းမော်", "ဗန်းမော်"),
        (-5, -5),
        (-1.5, -1.5),
        (0, 0),
        (None, None),
    ],
)
def test_spreadsheet_safe(value: object, written: object) -> None:
    assert spreadsheet_safe(value) == written


def _cells(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_frame_to_csv_neutralises_text_cells_only() -> None:
    frame = pd.DataFrame(
        {
            "count": pd.array([-5, 3, None], dtype="Int64"),
            "plain_int": [-1, 0, 1],
            "ratio": [-0.5, 1.0, float("nan")],
            "text": pd.array(["-5", "=1+1", None], dtype="string"),
            "text_arrow": pd.array(["@x", "ok", "+1"], dtype="string[pyarrow]"),
            "mixed": ["=a", -7, None],
            "kind": pd.Categorical(["+c", "d", "+c"]),
            "when": pd.to_datetime(["2023-10-09", "2023-10-10", None]),
            "=header": ["x", "y", "z"],
        }
    )
    header, *rows = _cells(frame_to_csv(frame))
    assert header == [
        "count",
        "plain_int",
        "ratio",
        "text",
        "text_arrow",
        "mixed",
        "kind",
        "when",
        "'=header",
    ]
    assert rows == [
        ["-5", "-1", "-0.5", "'-5", "'@x", "'=a", "'+c", "2023-10-09", "x"],
        ["3", "0", "1.0", "'=1+1", "ok", "-7", "d", "2023-10-10", "y"],
        ["", "1", "", "", "'+1", "", "'+c", "", "z"],
    ]
    assert frame.loc[0, "text"] == "-5", "the frame given is not changed"


def test_frame_to_csv_of_an_empty_frame() -> None:
    assert frame_to_csv(pd.DataFrame({"a": pd.array([], dtype="string")})) == "a\n"


HOSTILE = '=HYPERLINK("https://attacker.invalid","x")'


@pytest.fixture
def hostile_events() -> gpd.GeoDataFrame:
    return validate_events(
        pd.DataFrame(
            [
                make_row(
                    event_id="-1",
                    location=HOSTILE,
                    actor1="@actor",
                    notes="+note",
                    sources=[Source("=Publisher", url="https://example.org/a")],
                    fatalities_low=0,
                )
            ]
        )
    )


def test_events_csv_neutralises_every_text_field(hostile_events: gpd.GeoDataFrame) -> None:
    header, row = _cells(events_to_csv(hostile_events))
    cell = dict(zip(header, row, strict=True))
    assert cell["event_id"] == "'-1"
    assert cell["location"] == "'" + HOSTILE
    assert cell["actor1"] == "'@actor"
    assert cell["notes"] == "'+note"
    assert cell["source"] == "'=Publisher"
    assert json.loads(cell["sources"])[0]["publisher"] == "=Publisher"
    assert cell["fatalities_low"] == "0"
    assert cell["latitude"] == "24.78"


def test_geojson_keeps_values_as_they_are(hostile_events: gpd.GeoDataFrame) -> None:
    props = events_to_geojson(hostile_events)["features"][0]["properties"]
    assert props["event_id"] == "-1"
    assert props["location"] == HOSTILE
    assert props["actor1"] == "@actor"
    assert props["sources"][0]["publisher"] == "=Publisher"
