"""ACLED exports: every field mapped, names resolved to MIMU P-codes, every bad row
rejected with its row number, field and reason, and nothing else lost."""

from __future__ import annotations

from typing import Any

import geopandas as gpd
import pytest

from geo.errors import ValidationError
from geo.importers import import_bytes
from geo.schema import original_fields

from .conftest import ACLED_COLUMNS, to_csv


def test_every_row_of_a_clean_export_imports(
    acled: list[dict[str, str]], bundled_events: gpd.GeoDataFrame
) -> None:
    result = import_bytes(to_csv(acled), name="acled.csv")
    assert result.format == "ACLED"
    assert result.problems == ()
    assert result.rows == len(result.events) == 10
    events = result.events
    assert events.crs == "EPSG:4326"
    assert list(events.index) == [r["event_id_cnty"] for r in acled]  # ids kept as ACLED's
    source = bundled_events.loc[events.index]
    assert (events["event_date"] == source["event_date"]).all()
    assert (events["township_pcode"] == source["township_pcode"]).all()
    assert (events["state_pcode"] == source["state_pcode"]).all()
    assert (events["dataset"] == "ACLED").all()


def test_one_figure_is_a_low_estimate_and_the_source_is_acled(
    acled: list[dict[str, str]],
) -> None:
    events = import_bytes(to_csv(acled), name="acled.csv").events
    event = events.loc["KCM-20231009-MLH"]
    assert event["fatalities_low"] == event["fatalities_best"] == 28
    assert event["fatalities_high"] is None or str(event["fatalities_high"]) == "<NA>"
    (source,) = event["sources"]
    assert source.publisher == "ACLED"
    assert "ACLED event KCM-20231009-MLH" in source.title
    assert source.reported == {"fatalities": 28}
    unknown = events.loc["KCM-20231019-WLM"]  # no fatality figure: unknown, not 0
    assert str(unknown["fatalities_best"]) == "<NA>"


def test_the_original_row_is_kept_verbatim_with_extra_columns(
    acled: list[dict[str, str]],
) -> None:
    rows = [{**r, "my_note": "checked by KS"} for r in acled]
    events = import_bytes(to_csv(rows, (*ACLED_COLUMNS, "my_note")), name="a.csv").events
    original = original_fields(events.loc["KCM-20231020-LLA", "original"])
    assert original["my_note"] == "checked by KS"
    assert original["admin3"] == "Momauk"
    assert original["event_date"] == "20 October 2023"
    assert original["tags"] is None  # an empty cell


def test_admin_names_as_acled_spells_them(acled: list[dict[str, str]]) -> None:
    rows = [
        {**acled[0], "admin1": "Shan-North", "admin2": "Muse", "admin3": "Muse"},
        {**acled[1], "event_id_cnty": "X2", "admin1": "Kachin", "admin3": "Phakant"},
        {**acled[2], "event_id_cnty": "X3", "admin1": "Kachin", "admin3": "Nowhere"},
    ]
    events = import_bytes(to_csv(rows), name="a.csv").events
    assert events.loc[acled[0]["event_id_cnty"], "township_pcode"] == "MMR015009"
    assert events.loc["X2", "township_pcode"] == "MMR001009"  # a spelling variant of Hpakant
    unknown = events.loc["X3"]
    assert str(unknown["township_pcode"]) == "<NA>"  # placed later, by location
    assert unknown["township_reported"] == "Nowhere"
    assert unknown["state_pcode"] == "MMR001"


BAD: list[tuple[dict[str, Any], str, str]] = [
    ({"event_date": "32 October 2023"}, "event_date", "is not a date"),
    ({"event_date": "09/10/2023"}, "event_date", "is not a date"),
    ({"event_date": ""}, "event_date", "required"),
    ({"latitude": "abc"}, "latitude", "'abc' is not a number"),
    ({"latitude": "95.5", "longitude": "24.7"}, "latitude", "swapped?"),
    ({"latitude": "45.0"}, "latitude", "outside Myanmar"),
    ({"longitude": ""}, "longitude", "go together"),
    ({"fatalities": "-3"}, "fatalities", "'-3' is negative"),
    ({"fatalities": "many"}, "fatalities", "'many' is not a whole number"),
    ({"fatalities": "2.5"}, "fatalities", "'2.5' is not a whole number"),
    ({"time_precision": "7"}, "time_precision", "not one of"),
    ({"event_type": "Airstrike"}, "event_type", "not an ACLED event type"),
    ({"sub_event_type": "Bombing"}, "sub_event_type", "not a sub-event type"),
    ({"actor1": ""}, "actor1", "required"),
    ({"event_id_cnty": ""}, "event_id_cnty", "required"),
    # Implausible or hostile values: the row is rejected, the file still imported.
    ({"event_date": "1600-01-01"}, "event_date", "1600-01-01 is outside the dates accepted"),
    ({"event_date": "31 December 9999"}, "event_date", "9999-12-31 is outside"),
    ({"event_date": "2099-01-01"}, "event_date", "--date-window FROM:TO"),
    ({"event_date": "01 January 1800"}, "event_date", "1800-01-01 is outside"),
    ({"fatalities": "100000000000000000000"}, "fatalities", "is above 100,000, the largest"),
    ({"fatalities": "1000000000000"}, "fatalities", "1000000000000 is above 100,000"),
    ({"fatalities": "9" * 5000}, "fatalities", "5,000 digits long"),
    ({"fatalities": "²"}, "fatalities", "'²' is not a whole number"),
    ({"time_precision": "²"}, "time_precision", "'²' is not a whole number"),
    ({"location": "Lai\x00za"}, "location", "control character U+0000 at character 4"),
    ({"actor2": "\x1b[2J"}, "actor2", "U+001B"),
    ({"tags": "\x85"}, "tags", "U+0085"),  # a column kept only in the original
    ({"notes": "x" * 200_000}, "notes", "200,000 characters long, over the 131,072"),
]


@pytest.mark.parametrize(("change", "field", "reason"), BAD)
def test_a_bad_row_is_rejected_whole_with_row_field_and_reason(
    acled: list[dict[str, str]], change: dict[str, Any], field: str, reason: str
) -> None:
    rows = [dict(r) for r in acled]
    rows[3].update(change)
    result = import_bytes(to_csv(rows), name="a.csv")
    assert result.rejected_rows == (4,)
    problem = next(p for p in result.problems if p.field == field)
    assert problem.row == 4
    assert reason in problem.message
    assert len(result.events) == len(acled) - 1
    assert acled[3]["event_id_cnty"] not in result.events.index


def test_a_repeated_id_is_rejected_and_the_first_kept(acled: list[dict[str, str]]) -> None:
    rows = [*acled, {**acled[0], "notes": "a second copy"}]
    result = import_bytes(to_csv(rows), name="a.csv")
    assert result.rejected_rows == (11,)
    assert "repeats row 1" in result.problems[0].message
    assert result.events.loc[acled[0]["event_id_cnty"], "notes"] == acled[0]["notes"]


def test_a_row_with_too_many_cells_names_its_row(acled: list[dict[str, str]]) -> None:
    text = to_csv(acled).decode().splitlines()
    text[2] += ",spill"  # the second data row
    result = import_bytes("\n".join(text).encode(), name="a.csv")
    assert result.rejected_rows == (2,)
    assert result.problems[0].field == "row"
    assert "cells but the header has" in result.problems[0].message


def test_blank_lines_keep_row_numbers_true_to_the_file(acled: list[dict[str, str]]) -> None:
    lines = to_csv(acled).decode().splitlines()
    lines.insert(2, "")  # a blank line after the first data row
    rows = [dict(r) for r in acled]
    broken = lines[4].replace(rows[2]["event_type"], "Airstrike")  # the third event
    lines[4] = broken
    result = import_bytes("\n".join(lines).encode(), name="a.csv")
    assert result.rejected_rows == (4,)


def test_a_file_without_required_columns_imports_nothing(acled: list[dict[str, str]]) -> None:
    columns = tuple(c for c in ACLED_COLUMNS if c not in ("latitude", "actor1"))
    rows = [{k: v for k, v in r.items() if k in columns} for r in acled]
    with pytest.raises(ValidationError, match=r"actor1, latitude.*required ACLED column"):
        import_bytes(to_csv(rows, columns), name="a.csv", format="acled")


def test_a_quote_left_open_refuses_the_file(acled: list[dict[str, str]]) -> None:
    lines = to_csv(acled).decode().splitlines()
    lines[2] = lines[2].replace(",1700000000", ',"1700000000')  # opens a quote in row 2
    with pytest.raises(ValidationError, match=r"line \d+ .*a quote may be left open"):
        import_bytes("\n".join(lines).encode(), name="a.csv")  # not rows swallowed into it


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the file is empty"),
        (",".join(ACLED_COLUMNS) + "\n", "no data rows: only a header"),
        ("event_id_cnty;event_date;fatalities\nX;2023-10-09;1\n", "separated by semicolons"),
        (
            ",".join(ACLED_COLUMNS).replace("tags", "notes") + "\nX\n",
            "notes appear more than once",
        ),
    ],
)
def test_files_that_cannot_be_read_say_why(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        import_bytes(text.encode(), name="a.csv", format="acled")


def test_a_latin1_file_names_the_line(acled: list[dict[str, str]]) -> None:
    rows = [dict(r) for r in acled]
    rows[1]["location"] = "Nam Hpat Kar"
    data = to_csv(rows).replace(b"Nam Hpat Kar", "Nàm".encode("latin-1"))
    with pytest.raises(ValidationError, match=r"not UTF-8 text \(line 3 of the file"):
        import_bytes(data, name="a.csv")


def test_a_multibyte_character_cut_at_64_kib_is_not_an_encoding_error(
    acled: list[dict[str, str]],
) -> None:
    rows = [dict(r) for r in acled] * 1
    rows[0]["notes"] = "မြစ်ကြီးနား" * 3000  # Burmese: 3 bytes a character, over 64 KiB
    result = import_bytes(to_csv(rows), name="a.csv")
    assert result.format == "ACLED"
    assert len(result.events) == len(rows)


def test_a_hostile_cell_is_reported_once_and_shown_escaped(acled: list[dict[str, str]]) -> None:
    rows = [dict(r) for r in acled]
    rows[0]["location"] = "Lai\x00za"
    problems = import_bytes(to_csv(rows), name="a.csv").problems
    assert [(p.row, p.field) for p in problems] == [(1, "location")]
    assert "\x00" not in problems[0].message
    assert "'Lai\\x00za'" in problems[0].message


def test_a_control_character_in_the_header_refuses_the_file(acled: list[dict[str, str]]) -> None:
    data = to_csv(acled).replace(b"tags", b"ta\x00gs", 1)
    with pytest.raises(ValidationError, match=r"column 30 of the header: 'ta\\x00gs' holds"):
        import_bytes(data, name="a.csv")
