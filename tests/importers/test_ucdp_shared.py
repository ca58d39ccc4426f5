"""The real UCDP GED 23.1 Myanmar extract (../shared/data, never committed): every
one of its 7,374 rows imports, or is rejected for a reason checked here against the
row itself."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from geo.gazetteer import Gazetteer
from geo.importers import ImportResult, import_file

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def raw(ucdp_csv: Path) -> list[dict[str, str]]:
    with ucdp_csv.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def result(ucdp_csv: Path, gazetteer: Gazetteer) -> ImportResult:
    return import_file(ucdp_csv, gazetteer=gazetteer)


def test_every_row_is_imported_or_rejected(raw: list[dict[str, str]], result: ImportResult) -> None:
    assert result.format == "UCDP GED"
    assert result.rows == len(raw) == 7374
    assert len(result.events) + len(result.rejected_rows) == 7374


def test_the_rejected_rows_are_exactly_those_with_unordered_fatality_ranges(
    raw: list[dict[str, str]], result: ImportResult
) -> None:
    unordered = {
        number: (int(float(r["low"])), int(float(r["best"])), int(float(r["high"])))
        for number, r in enumerate(raw, start=1)
        if not float(r["low"]) <= float(r["best"]) <= float(r["high"])
    }
    assert set(result.rejected_rows) == set(unordered)
    assert len(unordered) == 10
    for problem in result.problems:
        low, best, high = unordered[problem.row]
        assert problem.field == "best"  # the UCDP column, as the user knows it
        assert problem.message == f"range is not ordered: low={low}, best={best}, high={high}"


def test_imported_rows_keep_their_values_and_originals(
    raw: list[dict[str, str]], result: ImportResult
) -> None:
    rejected = set(result.rejected_rows)
    kept = [r for n, r in enumerate(raw, start=1) if n not in rejected]
    events = result.events
    assert list(events.index) == [str(int(float(r["id"]))) for r in kept]  # UCDP ids, in order
    assert [e.isoformat()[:10] for e in events["event_date"]] == [r["date_start"] for r in kept]
    assert [e.isoformat()[:10] for e in events["event_date_end"]] == [r["date_end"] for r in kept]
    assert events["latitude"].tolist() == [float(r["latitude"]) for r in kept]
    assert events["fatalities_best"].tolist() == [int(float(r["best"])) for r in kept]
    assert events["original"].tolist() == [{k: (v or None) for k, v in r.items()} for r in kept]
    assert events["date_precision"].notna().all()
    assert events["geo_precision"].notna().all()


def test_state_names_resolve_except_the_split_states(result: ImportResult) -> None:
    events = result.events
    named = events[[o["adm_1"] is not None for o in events["original"]]]
    unresolved = {
        o["adm_1"]
        for o, s in zip(named["original"], named["state_pcode"], strict=True)
        if s is None or str(s) == "<NA>"
    }
    # Shan is three MIMU states (North, South, East) and Bago two (East, West).
    assert unresolved == {"Shan state", "Bago region", "Bago division"}
    irregular = events[[o["adm_1"] == "Magway  region" for o in events["original"]]]
    assert len(irregular) > 0
    assert set(irregular["state_pcode"]) == {"MMR009"}
