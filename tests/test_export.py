from __future__ import annotations

import io
import json
import re
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

from geo.errors import GeoError
from geo.export import events_to_csv, events_to_geojson, frame_to_geojson
from geo.schema import COLUMNS

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
