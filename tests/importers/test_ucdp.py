"""UCDP GED rows: precision codes and death counts mapped onto the schema with the
originals kept; R's float-written integers and irregular spacing survive."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from geo.errors import ValidationError
from geo.importers import import_bytes
from geo.importers.ucdp import (
    DATE_PRECISION,
    GEO_PRECISION,
    REQUIRED,
    unordered_figures,
    widened,
)
from geo.quality import quality_flags
from geo.schema import original_fields

# The first data row of the shared extract, as UCDP GED 23.1 (via R) writes it, with
# a double space in adm_1 as some rows have. Columns needed by the importer only.
ROW = {
    "id": "48528.0",
    "relid": "MYA-1992-3-775-5",
    "type_of_violence": "3.0",
    "side_a": "Government of Myanmar (Burma)",
    "side_b": "Civilians",
    "source_article": "Reuters 1992-03-02",
    "where_prec": "4.0",
    "where_coordinates": "Rakhine state",
    "where_description": "Rakhine State (in 17 townships and villages)",
    "adm_1": "Rakhine  state",
    "adm_2": "",
    "latitude": "19.0",
    "longitude": "94.25",
    "date_prec": "1.0",
    "date_start": "1992-02-29",
    "date_end": "1992-02-29",
    "deaths_a": "0.0",
    "deaths_b": "0.0",
    "deaths_civilians": "34.0",
    "deaths_unknown": "0.0",
    "best": "34.0",
    "high": "34.0",
    "low": "34.0",
}


def _csv(*rows: dict[str, Any]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(ROW), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode()


def test_a_ucdp_row_maps_onto_the_schema_keeping_the_originals() -> None:
    result = import_bytes(_csv(ROW), name="ged.csv")
    assert result.format == "UCDP GED"
    assert result.problems == ()
    event = result.events.loc["48528"]
    assert (event["event_type"], event["sub_event_type"]) == (
        "Violence against civilians",
        "Attack",
    )
    assert event["date_precision"] == 1
    assert event["geo_precision"] == 3  # where_prec 4: the state's centre
    assert (event["fatalities_low"], event["fatalities_best"], event["fatalities_high"]) == (
        34,
        34,
        34,
    )
    assert event["civilian_fatalities"] == 34
    assert event["state_pcode"] == "MMR012"  # "Rakhine  state"
    original = original_fields(event["original"])
    assert original["where_prec"] == "4.0"
    assert original["deaths_unknown"] == "0.0"
    assert event["sources"][0].publisher == "UCDP GED"
    assert "MYA-1992-3-775-5" in event["sources"][0].title
    assert event["notes"] == "UCDP's sources: Reuters 1992-03-02"


@pytest.mark.parametrize(("code", "expected"), sorted(DATE_PRECISION.items()))
def test_date_precision_codes(code: int, expected: int) -> None:
    end = "1992-02-29" if code == 1 else "1992-03-20"
    events = import_bytes(_csv({**ROW, "date_prec": f"{code}.0", "date_end": end}), name="g").events
    assert events["date_precision"].iloc[0] == expected


@pytest.mark.parametrize(("code", "expected"), sorted(GEO_PRECISION.items()))
def test_where_precision_codes(code: int, expected: int) -> None:
    events = import_bytes(_csv({**ROW, "where_prec": f"{code}.0"}), name="g").events
    assert events["geo_precision"].iloc[0] == expected


@pytest.mark.parametrize(
    ("adm_1", "adm_2", "state", "district"),
    [
        ("Magway  region", "", "MMR009", None),
        ("Magwe division", "", "MMR009", None),
        ("Karen state", "", "MMR003", None),
        ("Kachin state", "Bhamo district", "MMR001", "MMR001D003"),
        ("Shan state", "Muse district", "MMR015", "MMR015D002"),  # the district says which Shan
        ("Shan state", "", None, None),  # Shan (North, South or East)
        ("Naypyidaw Union territory", "", "MMR018", None),
    ],
)
def test_admin_names_as_ucdp_writes_them(
    adm_1: str, adm_2: str, state: str | None, district: str | None
) -> None:
    event = import_bytes(_csv({**ROW, "adm_1": adm_1, "adm_2": adm_2}), name="g").events.iloc[0]
    assert (None if str(event["state_pcode"]) == "<NA>" else event["state_pcode"]) == state
    got = None if str(event["district_pcode"]) == "<NA>" else event["district_pcode"]
    assert got == district


BAD = [
    ({"type_of_violence": "4.0"}, "type_of_violence", "not a UCDP code"),
    ({"where_prec": "9"}, "where_prec", "not a UCDP code"),
    ({"date_prec": ""}, None, None),  # missing precision: kept, flagged later
    ({"date_start": "29/02/1992"}, "date_start", "is not a date"),
    ({"date_end": "1992-02-01"}, "date_end", "before event_date"),
    ({"low": "-1.0"}, "low", "'-1.0' is negative"),
    ({"deaths_civilians": "some"}, "deaths_civilians", "not a whole number"),
    ({"latitude": "2.0"}, "latitude", "outside Myanmar"),
    ({"side_a": "  "}, "side_a", "required"),
    ({"date_start": "1600-01-01", "date_end": "1600-01-01"}, "date_start", "is outside the dates"),
    ({"date_end": "9999-12-31"}, "date_end", "9999-12-31 is outside the dates accepted"),
    ({"best": "100000000000000000000"}, "best", "is above 100,000"),
    ({"best": "100001.0", "high": "34.0"}, "best", "100001 is above 100,000"),
    ({"deaths_civilians": "100001.0"}, "deaths_civilians", "100001 is above 100,000"),
    ({"type_of_violence": "³"}, "type_of_violence", "not a UCDP code"),
    ({"where_prec": "9" * 5000}, "where_prec", "not a UCDP code"),
    ({"where_description": "Rakhine\x00"}, "where_description", "U+0000"),
    ({"source_article": "x" * 140_000}, "source_article", "140,000 characters long"),
]


@pytest.mark.parametrize(("change", "field", "reason"), BAD)
def test_bad_ucdp_rows(change: dict[str, str], field: str | None, reason: str | None) -> None:
    other = {**ROW, "id": "1.0"}
    result = import_bytes(_csv(other, {**ROW, **change}), name="g")
    if field is None:
        assert result.problems == ()
        assert str(result.events.loc["48528", "date_precision"]) == "<NA>"
        return
    assert result.rejected_rows == (2,)
    assert any(p.field == field and reason in p.message for p in result.problems), result.problems
    assert list(result.events.index) == ["1"]


def test_missing_ucdp_columns_refuse_the_file() -> None:
    columns = [c for c in ROW if c not in ("best", "where_prec")]
    text = ",".join(columns) + "\n" + ",".join(ROW[c] for c in columns) + "\n"
    with pytest.raises(ValidationError, match=r"where_prec.*required UCDP GED column"):
        import_bytes(text.encode(), name="g", format="ucdp")
    assert set(REQUIRED) >= {"best", "where_prec"}


#: UCDP's low, best, high -> as stored: in order unchanged, else best kept and the
#: range widened to the figures' minimum and maximum (a blank one stays blank).
WIDENED = [
    ((34, 34, 34), (34, 34, 34)),
    ((28, 29, 30), (28, 29, 30)),
    ((5, 209, 10), (5, 209, 209)),
    ((12, 10, 11), (10, 10, 12)),
    ((3, 1, 2), (1, 1, 3)),
    ((10, 5, 20), (5, 5, 20)),
    ((30, 40, 20), (20, 40, 40)),
    ((None, 10, 5), (None, 10, 10)),
    ((50, None, 34), (34, None, 50)),
    ((None, None, None), (None, None, None)),
]


@pytest.mark.parametrize(("given", "stored"), WIDENED)
def test_widened(given: tuple[int | None, ...], stored: tuple[int | None, ...]) -> None:
    assert widened(*given) == stored


def _cell(value: int | None) -> str:
    return "" if value is None else f"{value}.0"


@pytest.mark.parametrize(("given", "stored"), WIDENED)
def test_a_row_with_figures_out_of_order_is_imported_widened_and_flagged(
    given: tuple[int | None, ...], stored: tuple[int | None, ...]
) -> None:
    low, best, high = (_cell(v) for v in given)
    result = import_bytes(_csv({**ROW, "low": low, "best": best, "high": high}), name="g")
    assert result.problems == ()
    event = result.events.loc["48528"]
    kept = [event[f"fatalities_{c}"] for c in ("low", "best", "high")]
    assert [None if str(v) == "<NA>" else v for v in kept] == list(stored)
    original = original_fields(event["original"])
    assert [original[c] for c in ("low", "best", "high")] == [
        v or None for v in (low, best, high)
    ]  # UCDP's row verbatim
    flags = quality_flags(result.events)
    unordered = flags[flags["flag"] == "figures out of order in the source"]
    if given == stored:
        assert unordered.empty
        assert unordered_figures(original) is None
    else:
        assert unordered_figures(original) == given
        (detail,) = unordered["detail"]
        assert detail.startswith(
            "UCDP gives low {}, best {}, high {};".format(
                *("blank" if v is None else v for v in given)
            )
        )


def test_the_widened_range_holds_the_best_ucdp_reports() -> None:
    row = {**ROW, "low": "5.0", "best": "209.0", "high": "10.0", "deaths_civilians": "209.0"}
    event = import_bytes(_csv(row), name="g").events.loc["48528"]
    assert event["sources"][0].reported == {"fatalities": 209, "civilian_fatalities": 209}
    assert (event["fatalities_low"], event["fatalities_high"]) == (5, 209)


def test_acled_and_geojson_rows_are_not_widened() -> None:
    """The ordering rule stays in the schema: only the UCDP importer widens."""
    feature = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [97.5, 24.1]},
        "properties": {
            "event_id": "G-1",
            "event_date": "2023-10-09",
            "date_precision": 1,
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
            "actor1": "KIA",
            "location": "Laiza",
            "geo_precision": 1,
            "fatalities_low": 5,
            "fatalities_best": 209,
            "fatalities_high": 10,
            "sources": [{"publisher": "Irrawaddy"}],
        },
    }
    document = {"type": "FeatureCollection", "features": [feature]}
    result = import_bytes(json.dumps(document).encode(), name="g.geojson")
    assert result.rejected_rows == (1,)
    assert any("range is not ordered" in p.message for p in result.problems)
