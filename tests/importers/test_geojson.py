"""GeoJSON in: this app's own output round-trips; QGIS's and ogr's ways of writing
lists, dates and CRSs are read; anything else is a clear, per-feature problem."""

from __future__ import annotations

import json
from typing import Any

import geopandas as gpd
import pytest
from pyproj import Transformer

from geo.errors import ValidationError
from geo.export import events_to_geojson, geojson_text
from geo.importers import import_bytes
from geo.schema import original_fields

from .conftest import acled_rows


def _bytes(document: dict[str, Any]) -> bytes:
    return json.dumps(document).encode()


def test_the_apps_own_geojson_round_trips(bundled_events: gpd.GeoDataFrame) -> None:
    text = geojson_text(events_to_geojson(bundled_events))
    result = import_bytes(text.encode(), name="kcm.geojson")
    assert result.format == "GeoJSON"
    assert result.problems == ()
    again = geojson_text(events_to_geojson(result.events))
    assert json.loads(again) == json.loads(text)  # nothing lost, nothing changed


def test_qgis_and_ogr_forms_are_read(bundled_events: gpd.GeoDataFrame) -> None:
    document = events_to_geojson(bundled_events)
    document["crs"] = {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}}
    for i, feature in enumerate(document["features"]):
        props = feature["properties"]
        props["sources"] = json.dumps(props["sources"])  # lists written as JSON text
        props["event_date"] = props["event_date"].replace("-", "/")  # ogr's dates
        props["fid"] = i + 1  # a field QGIS adds
    result = import_bytes(_bytes(document), name="qgis.geojson")
    assert result.problems == ()
    assert len(result.events) == len(bundled_events)
    first = result.events.iloc[0]
    assert original_fields(first["original"])["fid"] == 1  # kept, not dropped
    assert (result.events["event_date"] == bundled_events["event_date"]).all()


def test_a_legacy_crs_member_is_reprojected(bundled_events: gpd.GeoDataFrame) -> None:
    document = events_to_geojson(bundled_events)
    document["crs"] = {"type": "name", "properties": {"name": "EPSG:3857"}}
    to_mercator = Transformer.from_crs(4326, 3857, always_xy=True)
    for feature in document["features"]:
        if feature["geometry"]:
            feature["geometry"]["coordinates"] = list(
                to_mercator.transform(*feature["geometry"]["coordinates"])
            )
    events = import_bytes(_bytes(document), name="3857.geojson").events
    laiza = events.loc["KCM-20231009-MLH"].geometry
    expected = bundled_events.loc["KCM-20231009-MLH"].geometry
    assert laiza.distance(expected) < 1e-6
    assert events.crs == "EPSG:4326"


def test_acled_rows_as_geojson_features(bundled_events: gpd.GeoDataFrame) -> None:
    rows = acled_rows(bundled_events)
    features = [
        {
            "type": "Feature",
            "geometry": {
                "type": "Point",
                "coordinates": [float(r["longitude"]), float(r["latitude"])],
            },
            "properties": {**r, "fatalities": int(r["fatalities"]) if r["fatalities"] else None},
        }
        for r in rows
    ]
    result = import_bytes(_bytes({"type": "FeatureCollection", "features": features}), name="a")
    assert result.problems == ()
    assert (result.events["dataset"] == "ACLED").all()
    assert len(result.events) == len(rows)


def test_feature_problems_name_the_feature(bundled_events: gpd.GeoDataFrame) -> None:
    document = events_to_geojson(bundled_events)
    features = document["features"]
    features[1]["geometry"] = {
        "type": "Polygon",
        "coordinates": [[[97, 24], [98, 24], [97, 25], [97, 24]]],
    }
    features[2]["properties"]["sources"] = "not json"
    features[3]["properties"]["event_date"] = "sometime"
    del features[4]["properties"]["actor1"]
    features[5] = ["not", "a", "feature"]
    result = import_bytes(_bytes(document), name="bad.geojson")
    fields = {(p.row, p.field) for p in result.problems}
    assert {
        (2, "geometry"),
        (3, "sources"),
        (4, "event_date"),
        (5, "actor1"),
        (6, "feature"),
    } <= fields
    assert result.rejected_rows == (2, 3, 4, 5, 6)
    assert [p.field for p in result.problems if p.row == 2] == ["geometry"]  # said once
    assert len(result.events) == len(bundled_events) - 5


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"type": "FeatureCollection", "features": [', "not valid JSON"),
        (
            b'{"type": "Feature", "geometry": null, "properties": {}}',
            "not a GeoJSON FeatureCollection",
        ),
        (b'{"type": "FeatureCollection"}', "no 'features' list"),
        (
            b'{"type": "FeatureCollection", "features": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
            "refused: nested 100,001 levels deep, deeper than the 64 read",
        ),
        (b"\xff\xfe{\x00}\x00", "not valid JSON"),
        (b'{"type": "FeatureCollection", "features": [1e5000, ' + b"9" * 5000 + b"]}", "JSON"),
        (
            b'{"type": "FeatureCollection", "features": [{}], "crs": {"properties": '
            b'{"name": {"type": "GeographicCRS"}}}}',
            "unreadable 'crs' member",
        ),
        (
            b'{"type": "FeatureCollection", "features": [{}], "crs": {"type": "name", '
            b'"properties": {"name": "EPSG:999999"}}}',
            "unreadable 'crs' member",
        ),
    ],
)
def test_unreadable_geojson_imports_nothing(content: bytes, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        import_bytes(content, name="x.geojson", format="geojson")


def _one(bundled_events: gpd.GeoDataFrame, **changes: Any) -> dict[str, Any]:
    """The app's GeoJSON with the first feature's properties or geometry changed."""
    document = events_to_geojson(bundled_events)
    feature = document["features"][0]
    for key, value in changes.items():
        if key in ("geometry", "properties"):
            feature[key] = value
        else:
            feature["properties"][key] = value
    return document


HOSTILE: list[tuple[dict[str, Any], str, str]] = [
    ({"event_date": "1600-01-01"}, "event_date", "1600-01-01 is outside the dates accepted"),
    ({"fatalities_high": 10**20}, "fatalities_high", "is above 100,000"),
    ({"fatalities_high": "9" * 5000}, "fatalities_high", "digits long"),
    ({"injured_high": 1e300}, "injured_high", "is above 100,000"),
    ({"location": "Lai\x00za"}, "location", "U+0000"),
    ({"location": "Lai\ud800za"}, "location", "U+D800"),  # a lone surrogate: not text
    ({"location": {"nested": "object"}}, "location", "is a dict, not text"),
    ({"fid\x00": 1}, "fid\\x00", "the field's name"),
    ({"my_note": "a\x1fb"}, "my_note", "U+001F"),
    ({"sources": [{"publisher": "P", "url": "javascript:alert(1)"}]}, "sources", "web address"),
    ({"sources": [{"publisher": "P", "url": "file:///etc/passwd"}]}, "sources", "web address"),
    ({"sources": [{"publisher": None, "title": "t"}]}, "sources", "the publisher is None"),
    ({"sources": "[" * 1000 + "]" * 1000}, "sources", "nested 1,000 levels deep"),
    ({"sources": [{"publisher": "P", "title": "t", "published": "2099-01-01"}]}, "sources", "2099"),
    ({"original": "[" * 1000 + "]" * 1000}, "original", "nested 1,000 levels deep"),
    ({"properties": ["a", "list"]}, "properties", "a list, not an object"),
    ({"geometry": {"type": "Point", "coordinates": {"0": 1, "1": 2}}}, "geometry", "not point"),
    ({"geometry": {"type": "Point", "coordinates": [10**400, 24]}}, "geometry", "not point"),
    ({"geometry": {"type": "Point", "coordinates": ["97.5", "24.7"]}}, "geometry", "not point"),
    ({"geometry": {"type": "Point", "coordinates": [True, 24.7]}}, "geometry", "not point"),
    ({"geometry": {"type": "Point", "coordinates": [1e999, 24.7]}}, "geometry", "not a finite"),
    ({"geometry": {"type": "\x00"}}, "geometry", "'\\x00' is not a Point"),
]


@pytest.mark.parametrize(("changes", "field", "reason"), HOSTILE)
def test_a_hostile_feature_is_rejected_and_the_others_kept(
    bundled_events: gpd.GeoDataFrame, changes: dict[str, Any], field: str, reason: str
) -> None:
    text = json.dumps(_one(bundled_events, **changes), allow_nan=True)
    result = import_bytes(text.encode(), name="hostile.geojson")
    assert result.rejected_rows == (1,)
    assert len(result.events) == len(bundled_events) - 1
    problems = [p for p in result.problems if p.field == field]
    assert problems, result.problems
    assert reason in problems[0].message
    for problem in result.problems:
        assert str(problem).encode("utf-8")  # shown with escapes: it can be written
