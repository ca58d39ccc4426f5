"""geo.storage: the working dataset's events as GeoParquet, read back validated."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from geopandas.testing import assert_geodataframe_equal

from geo.errors import ValidationError
from geo.schema import CRS, Source, original_fields, validate_events
from geo.storage import events_parquet_bytes, read_events_parquet
from tests.conftest import make_row


@pytest.fixture
def stored() -> gpd.GeoDataFrame:
    """Three events: one with its source row's fields, one with two sources (a
    publication date, a quote), one located only to a region (no point)."""
    return validate_events(
        pd.DataFrame(
            [
                make_row(event_id="A", original={"country": "Myanmar", "fid": 1, "tags": None}),
                make_row(
                    event_id="B",
                    sources=[
                        Source("One", title="A report", reported={"fatalities": 29}),
                        Source(
                            "Two",
                            url="https://example.org/b",
                            published=dt.date(2023, 10, 10),
                            reported={"fatalities": 28, "injured": 57},
                            quote="“28 killed”",
                        ),
                    ],
                    injured=57,
                ),
                make_row(event_id="C", latitude=None, longitude=None, geo_precision=3),
            ]
        )
    )


def _write(path: Path, events: gpd.GeoDataFrame) -> Path:
    path.write_bytes(events_parquet_bytes(events))
    return path


def _rewritten(path: Path, change: dict[str, object], row: int = 1) -> Path:
    """The file with one cell per column changed, as a damaged or edited file would be."""
    frame = gpd.read_parquet(path)
    for column, value in change.items():
        frame[column] = frame[column].astype(object)
        frame.loc[frame.index[row], column] = value
    frame.to_parquet(path, index=False)
    return path


def test_events_come_back_as_they_were_written(tmp_path: Path, stored: gpd.GeoDataFrame) -> None:
    back = read_events_parquet(_write(tmp_path / "events.parquet", stored))
    assert_geodataframe_equal(back, stored)
    assert back.crs == CRS
    assert back.loc["B", "sources"] == stored.loc["B", "sources"]
    assert original_fields(back.loc["A", "original"]) == {
        "country": "Myanmar",
        "fid": 1,
        "tags": None,
    }
    assert back.loc["C", "geometry"] is None


def test_the_file_is_geoparquet_any_reader_opens(tmp_path: Path, stored: gpd.GeoDataFrame) -> None:
    frame = gpd.read_parquet(_write(tmp_path / "events.parquet", stored))
    assert frame.crs == CRS
    assert frame.geometry.iloc[0].x == pytest.approx(97.56)
    assert isinstance(frame["original"].iloc[0], str)  # JSON text, one cell per event


def test_no_events_is_a_file_too(tmp_path: Path, stored: gpd.GeoDataFrame) -> None:
    back = read_events_parquet(_write(tmp_path / "events.parquet", stored.iloc[:0]))
    assert back.empty
    assert list(back.columns) == list(stored.columns)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", r"cannot read events\.parquet as GeoParquet"),
        (b'{"type": "FeatureCollection", "feat', "cannot read events.parquet as GeoParquet"),
        (b"PAR1" + b"\0" * 64 + b"PAR1", "cannot read events.parquet as GeoParquet"),
    ],
    ids=["empty", "text", "damaged"],
)
def test_a_file_that_is_not_geoparquet_is_refused(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "events.parquet"
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=message):
        read_events_parquet(path)


def test_a_cut_off_file_is_refused(tmp_path: Path, stored: gpd.GeoDataFrame) -> None:
    data = events_parquet_bytes(stored)
    path = tmp_path / "events.parquet"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ValidationError, match=r"cannot read events\.parquet as GeoParquet"):
        read_events_parquet(path)


def test_a_parquet_file_without_its_geometry_is_refused(
    tmp_path: Path, stored: gpd.GeoDataFrame
) -> None:
    path = tmp_path / "events.parquet"
    pd.DataFrame({"event_id": ["A"]}).to_parquet(path)
    with pytest.raises(ValidationError, match=r"cannot read events\.parquet as GeoParquet"):
        read_events_parquet(path)


def test_events_in_another_crs_are_refused(tmp_path: Path, stored: gpd.GeoDataFrame) -> None:
    path = _write(tmp_path / "events.parquet", stored)
    gpd.read_parquet(path).to_crs("EPSG:32647").to_parquet(path)
    with pytest.raises(ValidationError, match=r"EPSG:32647.*not a working file"):
        read_events_parquet(path)


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"event_type": "Picnic"}, "event_type", "not an ACLED event type"),
        ({"fatalities_best": 500}, "fatalities_best", "range is not ordered"),
        ({"sources": "[{}]"}, "sources", "not readable"),
        ({"sources": "not json"}, "sources", "not readable"),
        ({"original": '{"tags": "a\\u0000"}'}, "tags", "U+0000"),
        ({"original": "[1]"}, "original", "not a mapping"),
    ],
)
def test_a_row_changed_on_disk_is_refused_naming_row_and_field(
    tmp_path: Path, stored: gpd.GeoDataFrame, change: dict[str, object], field: str, message: str
) -> None:
    path = _rewritten(_write(tmp_path / "events.parquet", stored), change)
    with pytest.raises(ValidationError) as caught:
        read_events_parquet(path)
    (problem,) = caught.value.problems
    assert (problem.row, problem.field) == (2, field)
    assert message in problem.message


def test_events_not_in_wgs84_are_not_written(stored: gpd.GeoDataFrame) -> None:
    with pytest.raises(ValueError, match="EPSG:4326"):
        events_parquet_bytes(stored.to_crs("EPSG:32647"))


def test_the_bytes_are_a_whole_file(stored: gpd.GeoDataFrame) -> None:
    data = events_parquet_bytes(stored)
    assert data[:4] == data[-4:] == b"PAR1"
    assert len(gpd.read_parquet(io.BytesIO(data))) == len(stored)
