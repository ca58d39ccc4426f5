"""The real UCDP GED 23.1 Myanmar extract (../shared/data, never committed): every
one of its 7,374 rows imports, the 10 whose low/best/high are out of order widened
and flagged, so that the fatalities reconcile with UCDP's own total."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from geo.gazetteer import Gazetteer
from geo.importers import ImportResult, import_file
from geo.quality import quality_flags
from geo.schema import original_fields

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def raw(ucdp_csv: Path) -> list[dict[str, str]]:
    with ucdp_csv.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def result(ucdp_csv: Path, gazetteer: Gazetteer) -> ImportResult:
    return import_file(ucdp_csv, gazetteer=gazetteer)


def test_every_row_is_imported(raw: list[dict[str, str]], result: ImportResult) -> None:
    assert result.format == "UCDP GED"
    assert result.rows == len(raw) == 7374
    assert result.problems == ()
    assert len(result.events) == 7374


def test_the_rows_with_unordered_figures_are_widened_and_flagged(
    raw: list[dict[str, str]], result: ImportResult
) -> None:
    unordered = {
        str(int(float(r["id"]))): (
            int(float(r["low"])),
            int(float(r["best"])),
            int(float(r["high"])),
        )
        for r in raw
        if not float(r["low"]) <= float(r["best"]) <= float(r["high"])
    }
    assert len(unordered) == 10
    assert max(best for _, best, _ in unordered.values()) == 209
    events = result.events.loc[list(unordered)]
    for event_id, (low, best, high) in unordered.items():
        event = events.loc[event_id]
        assert event["fatalities_best"] == best
        assert (event["fatalities_low"], event["fatalities_high"]) == (
            min(low, best, high),
            max(low, best, high),
        )
    flags = quality_flags(result.events)
    flagged = flags[flags["flag"] == "figures out of order in the source"]
    assert set(flagged["event_id"]) == set(unordered)
    for event_id, detail in zip(flagged["event_id"], flagged["detail"], strict=True):
        low, best, high = unordered[event_id]
        assert detail.startswith(f"UCDP gives low {low:,}, best {best:,}, high {high:,};")


def test_fatalities_reconcile_with_ucdps_total(
    raw: list[dict[str, str]], result: ImportResult
) -> None:
    assert int(result.events["fatalities_best"].sum()) == sum(int(float(r["best"])) for r in raw)


def test_imported_rows_keep_their_values_and_originals(
    raw: list[dict[str, str]], result: ImportResult
) -> None:
    events = result.events
    assert list(events.index) == [str(int(float(r["id"]))) for r in raw]  # UCDP ids, in order
    assert [e.isoformat()[:10] for e in events["event_date"]] == [r["date_start"] for r in raw]
    assert [e.isoformat()[:10] for e in events["event_date_end"]] == [r["date_end"] for r in raw]
    assert events["latitude"].tolist() == [float(r["latitude"]) for r in raw]
    assert events["fatalities_best"].tolist() == [int(float(r["best"])) for r in raw]
    originals = [original_fields(o) for o in events["original"]]
    assert originals == [{k: (v or None) for k, v in r.items()} for r in raw]
    assert events["date_precision"].notna().all()
    assert events["geo_precision"].notna().all()


def test_state_names_resolve_except_the_split_states(result: ImportResult) -> None:
    events = result.events
    originals = [original_fields(o) for o in events["original"]]
    named = events[[o["adm_1"] is not None for o in originals]]
    unresolved = {
        original_fields(o)["adm_1"]
        for o, s in zip(named["original"], named["state_pcode"], strict=True)
        if s is None or str(s) == "<NA>"
    }
    # Shan is three MIMU states (North, South, East) and Bago two (East, West).
    assert unresolved == {"Shan state", "Bago region", "Bago division"}
    irregular = events[[o["adm_1"] == "Magway  region" for o in originals]]
    assert len(irregular) > 0
    assert set(irregular["state_pcode"]) == {"MMR009"}
