"""The working dataset: bundled, imported instead, or merged; duplicates reported."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pytest

from geo.dataset import load_dataset, merge_events, read_data_file
from geo.errors import ValidationError
from geo.export import events_to_geojson, geojson_text
from geo.gazetteer import Gazetteer
from tests.importers.conftest import acled_rows, to_csv


def test_bundled_events_by_default_with_townships_assigned(gazetteer: Gazetteer) -> None:
    dataset = load_dataset(gazetteer=gazetteer)
    assert dataset.description == "bundled events (11)"
    assert dataset.duplicates == ()
    assert "approximate" in dataset.townships
    assert dataset.events["located_township_pcode"].notna().sum() == 10
    assert (dataset.events["dataset"] == "bundled").all()


def test_merge_keeps_the_first_and_reports_the_rest(events: gpd.GeoDataFrame) -> None:
    other = events.iloc[:3].copy()
    other["notes"] = "a later copy"
    merged, duplicates = merge_events([("bundled", events), ("copy.geojson", other)])
    assert len(merged) == len(events)
    assert merged.crs == "EPSG:4326"
    assert [d.event_id for d in duplicates] == list(other.index)
    assert all(d.kept == "bundled" and d.dropped == "copy.geojson" for d in duplicates)
    assert (merged.loc[other.index, "notes"] != "a later copy").all()
    assert "kept from bundled, left out from copy.geojson" in str(duplicates[0])


def test_data_instead_of_or_after_the_bundled_events(
    tmp_path: Path, events: gpd.GeoDataFrame, gazetteer: Gazetteer
) -> None:
    path = tmp_path / "acled.csv"
    rows = acled_rows(events)[:4]
    path.write_bytes(to_csv([{**r, "event_id_cnty": f"MMR{i}"} for i, r in enumerate(rows)]))
    alone = load_dataset(path, gazetteer=gazetteer)
    assert list(alone.events.index) == ["MMR0", "MMR1", "MMR2", "MMR3"]
    merged = load_dataset(path, merge=True, gazetteer=gazetteer)
    assert len(merged.events) == len(events) + 4
    assert merged.description == "bundled events (11) + acled.csv (4)"


def test_a_merged_copy_of_the_bundled_events_is_not_doubled(
    tmp_path: Path, events: gpd.GeoDataFrame, gazetteer: Gazetteer
) -> None:
    path = tmp_path / "copy.geojson"
    path.write_text(geojson_text(events_to_geojson(events)))
    merged = load_dataset(path, merge=True, gazetteer=gazetteer)
    assert len(merged.events) == len(events)
    assert len(merged.duplicates) == len(events)


def test_a_data_file_with_any_bad_row_is_not_used_in_part(
    tmp_path: Path, events: gpd.GeoDataFrame, gazetteer: Gazetteer
) -> None:
    rows = acled_rows(events)
    rows[2]["event_date"] = "someday"
    path = tmp_path / "acled.csv"
    path.write_bytes(to_csv(rows))
    expected = r"acled.csv \(ACLED\): 1 problem(?s:.*)row 3, field 'event_date'"
    with pytest.raises(ValidationError, match=expected):
        read_data_file(path, gazetteer=gazetteer)
