"""The import entry points: limits, forced formats, the reject report."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

import geopandas as gpd
import pandas as pd
import pytest
from geopandas.testing import assert_geodataframe_equal

from geo.errors import Problem, ValidationError
from geo.export import events_to_geojson, geojson_text
from geo.importers import (
    MAX_BYTES,
    MAX_MB,
    RowProblem,
    import_bytes,
    import_file,
    problems_csv,
    problems_table,
    stream_file,
)

from .conftest import acled_rows, to_csv, ucdp_rows


def test_a_huge_upload_is_refused_before_it_is_read() -> None:
    with pytest.raises(ValidationError, match=r"100\.0 MB is over the 100 MB limit"):
        import_bytes(b" " * (MAX_BYTES + 1), name="huge.csv")
    assert MAX_MB == 100


def test_a_forced_format_that_does_not_fit_imports_nothing(acled: list[dict[str, str]]) -> None:
    with pytest.raises(ValidationError, match="required UCDP GED column"):
        import_bytes(to_csv(acled), name="a.csv", format="ucdp")
    with pytest.raises(ValidationError, match="not valid JSON"):
        import_bytes(to_csv(acled), name="a.csv", format="geojson")


def test_an_unknown_format_name_lists_the_valid_ones() -> None:
    with pytest.raises(ValidationError, match="'xlsx' is not one of auto, acled, ucdp, geojson"):
        import_bytes(b"", name="a", format="xlsx")


def test_import_file_reads_a_path_and_names_a_missing_one(tmp_path, acled) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "acled.csv"
    path.write_bytes(to_csv(acled))
    assert len(import_file(path).events) == len(acled)
    with pytest.raises(ValidationError, match="cannot read"):
        import_file(tmp_path / "missing.csv")


def test_the_reject_report_lists_every_problem() -> None:
    problems = [
        RowProblem(4, "event_date", 'bad "date", really', "MMR4"),
        Problem(5, "fatalities", "y"),
        Problem(None, "file", "x"),
    ]
    rows = list(csv.DictReader(io.StringIO(problems_csv(problems))))
    assert rows == [
        {"row": "4", "source_id": "MMR4", "field": "event_date", "reason": 'bad "date", really'},
        {"row": "5", "source_id": "", "field": "fatalities", "reason": "y"},
        {"row": "", "source_id": "", "field": "file", "reason": "x"},
    ]
    assert list(problems_table(problems).columns) == ["row", "source_id", "field", "reason"]


def _acled_input(events: gpd.GeoDataFrame) -> tuple[bytes, list[str]]:
    rows = acled_rows(events)
    rows[1]["fatalities"] = "-5"  # a conversion problem
    rows[2]["event_date"] = "2099-01-01"  # a schema problem
    return to_csv(rows), [r["event_id_cnty"] for r in rows[1:3]]


def _ucdp_input(events: gpd.GeoDataFrame) -> tuple[bytes, list[str]]:
    rows = ucdp_rows(events)
    rows[1]["low"] = "-5"
    rows[2]["date_start"] = rows[2]["date_end"] = "2099-01-01"
    return to_csv(rows, tuple(rows[0])), ["2", "3"]  # UCDP's "2.0" is its id 2


def _geojson_input(events: gpd.GeoDataFrame) -> tuple[bytes, list[str]]:
    document = events_to_geojson(events)
    features = document["features"]
    features[1]["properties"]["fatalities_low"] = -5
    features[2]["properties"]["event_date"] = "2099-01-01"
    return geojson_text(document).encode(), [f["properties"]["event_id"] for f in features[1:3]]


@pytest.mark.parametrize(
    "make", [_acled_input, _ucdp_input, _geojson_input], ids=["ACLED", "UCDP", "GeoJSON"]
)
def test_the_reject_report_names_each_row_by_the_sources_own_id(
    bundled_events: gpd.GeoDataFrame,
    make: Callable[[gpd.GeoDataFrame], tuple[bytes, list[str]]],
) -> None:
    data, expected = make(bundled_events)
    result = import_bytes(data, name="input")
    assert result.rejected_rows == (2, 3)
    report = list(csv.DictReader(io.StringIO(problems_csv(result.problems))))
    assert sorted({(r["row"], r["source_id"]) for r in report}) == [
        ("2", expected[0]),
        ("3", expected[1]),
    ]


def test_a_row_without_an_id_has_a_blank_source_id(acled: list[dict[str, str]]) -> None:
    acled[0]["event_id_cnty"] = ""
    text = to_csv(acled).decode().splitlines()
    text[2] += ",one cell too many"
    result = import_bytes("\n".join(text).encode(), name="a.csv")
    report = list(csv.DictReader(io.StringIO(problems_csv(result.problems))))
    assert {(r["row"], r["field"], r["source_id"]) for r in report} == {
        ("1", "event_id_cnty", ""),
        ("2", "row", ""),
    }


def test_the_reject_report_neutralises_formula_cells() -> None:
    from geo.errors import Problem

    report = problems_csv([Problem(1, "=f", "@SUM(A1)"), RowProblem(2, "f", "r", "=cmd")])
    assert report.splitlines()[1:] == ["1,,'=f,'@SUM(A1)", "2,'=cmd,f,r"]


def test_a_csv_read_a_part_at_a_time_gives_what_a_whole_read_gives(
    acled: list[dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    import geo.importers

    rows = [dict(r) for r in acled[:7]]
    rows[1]["fatalities"] = "-3"  # a bad row in the first part
    rows[5]["event_id_cnty"] = rows[0]["event_id_cnty"]  # repeats a row of another part
    data = to_csv(rows)
    whole = import_bytes(data, name="a.csv")
    monkeypatch.setattr(geo.importers, "CHUNK_ROWS", 2)
    parts = import_bytes(data, name="a.csv")
    assert parts.problems == whole.problems
    assert [(p.row, p.field) for p in parts.problems] == [(2, "fatalities"), (6, "event_id_cnty")]
    assert "repeats row 1" in parts.problems[1].message
    assert (parts.rows, whole.rows) == (7, 7)
    assert_geodataframe_equal(parts.events, whole.events)
    assert list(parts.events.index) == [rows[i]["event_id_cnty"] for i in (0, 2, 3, 4, 6)]


def test_a_streamed_file_gives_each_parts_events_and_then_the_whole_files_problems(
    tmp_path, acled: list[dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import geo.importers

    rows = [dict(r) for r in acled[:7]]
    rows[2]["fatalities"] = "-3"
    rows[5]["event_id_cnty"] = rows[0]["event_id_cnty"]  # repeats a row of an earlier part
    source = tmp_path / "a.csv"
    source.write_bytes(to_csv(rows))
    whole = import_file(source)
    monkeypatch.setattr(geo.importers, "CHUNK_ROWS", 2)
    stream = stream_file(source)
    parts = list(stream)
    assert [len(p) for p in parts] == [2, 1, 1, 1]  # rows 1-2, 4 (3 bad), 5 (6 repeats 1), 7
    assert_geodataframe_equal(pd.concat(parts), whole.events)
    assert tuple(stream.problems) == whole.problems
    assert (stream.rows, stream.valid) == (7, 5)
    assert stream.summary == whole.summary == "a.csv: ACLED, 7 rows: 5 valid, 2 rejected"


def test_a_break_after_the_first_part_refuses_the_whole_file(
    acled: list[dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    import geo.importers

    monkeypatch.setattr(geo.importers, "CHUNK_ROWS", 2)
    data = to_csv(acled[:5]) + b'"an open quote,\n'
    with pytest.raises(ValidationError, match=r"line \d+ \(data row 6\).*a quote may be left open"):
        import_bytes(data, name="a.csv")


@pytest.mark.parametrize("make", [_acled_input, _geojson_input], ids=["ACLED", "GeoJSON"])
def test_progress_counts_the_rows_a_part_at_a_time_and_changes_nothing(
    bundled_events: gpd.GeoDataFrame,
    make: Callable[[gpd.GeoDataFrame], tuple[bytes, list[str]]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import geo.importers

    data, _ = make(bundled_events)
    monkeypatch.setattr(geo.importers, "CHUNK_ROWS", 3)
    told: list[tuple[int, int | None]] = []
    parts = import_bytes(data, name="input", progress=lambda *step: told.append(step))
    monkeypatch.undo()
    whole = import_bytes(data, name="input")

    rows = whole.rows
    assert rows > 3 * 2  # more than two parts
    expected = [(done, rows) for done in range(3, rows, 3)] + [(rows, rows), (rows, rows)]
    assert told == expected  # every part, then once at the end
    assert (parts.rows, parts.problems, parts.format) == (whole.rows, whole.problems, whole.format)
    assert_geodataframe_equal(parts.events, whole.events)


def test_import_file_passes_progress_on(tmp_path, acled) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "acled.csv"
    path.write_bytes(to_csv(acled))
    told: list[tuple[int, int | None]] = []
    import_file(path, progress=lambda *step: told.append(step))
    assert told[-1] == (len(acled), len(acled))
