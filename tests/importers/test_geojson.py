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
    assert first["original"]["fid"] == 1  # kept, not dropped
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
            b'{"type": "FeatureCollection", "features": [{}], "crs": {"type": "name", '
            b'"properties": {"name": "EPSG:999999"}}}',
            "unreadable 'crs' member",
        ),
    ],
)
def test_unreadable_geojson_imports_nothing(content: bytes, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        import_bytes(content, name="x.geojson", format="geojson")
