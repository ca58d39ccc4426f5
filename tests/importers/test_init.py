"""The import entry points: limits, forced formats, the reject report."""

from __future__ import annotations

import csv
import io

import pytest

from geo.errors import Problem, ValidationError
from geo.importers import MAX_BYTES, MAX_MB, import_bytes, import_file, problems_csv, problems_table

from .conftest import to_csv


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
    problems = [Problem(4, "event_date", 'bad "date", really'), Problem(None, "file", "x")]
    rows = list(csv.DictReader(io.StringIO(problems_csv(problems))))
    assert rows == [
        {"row": "4", "field": "event_date", "reason": 'bad "date", really'},
        {"row": "", "field": "file", "reason": "x"},
    ]
    assert list(problems_table(problems).columns) == ["row", "field", "reason"]


def test_the_reject_report_neutralises_formula_cells() -> None:
    from geo.errors import Problem

    report = problems_csv([Problem(1, "=f", "@SUM(A1)")])
    assert report.splitlines()[1] == "1,'=f,'@SUM(A1)"
