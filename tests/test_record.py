from __future__ import annotations

import datetime as dt
from typing import Any

import geopandas as gpd
import pandas as pd
import pytest

from geo.record import (
    LABELS,
    NOT_REPORTED,
    SourceEntry,
    date_words,
    figure_words,
    record_lines,
    reported_words,
    source_entries,
)
from geo.schema import Source, validate_events
from tests.conftest import make_row

D = dt.date


def _event(**overrides: Any) -> pd.Series:
    """One validated event (a row of a real event frame), with ``overrides``."""
    return validate_events(pd.DataFrame([make_row(**overrides)])).iloc[0]


def _lines(event: pd.Series) -> dict[str, str]:
    return {line.key: line.text for line in record_lines(event)}


@pytest.mark.parametrize(
    ("low", "best", "high", "text"),
    [
        (28, 29, 30, "28-30 (best 29)"),
        (29, 29, 29, "29"),
        (0, 0, 0, "0"),
        (None, None, None, NOT_REPORTED),
        (pd.NA, pd.NA, pd.NA, NOT_REPORTED),
        (float("nan"), None, None, NOT_REPORTED),
        (None, 5, None, "5"),
        (29, 29, 30, "29-30 (best 29)"),
        (50, 50, 100, "50-100 (best 50)"),
        (28, None, 30, "28-30 (no best estimate)"),
        (28, None, 28, "28 (no best estimate)"),
        (28, 29, None, "at least 28 (best 29)"),
        (None, 29, 30, "up to 30 (best 29)"),
        (28, None, None, "at least 28 (no best estimate)"),
        (None, None, 30, "up to 30 (no best estimate)"),
        (1200, 1500, 12000, "1,200-12,000 (best 1,500)"),
        (1200, 1200, 1200, "1,200"),
    ],
)
def test_figure_words(low: object, best: object, high: object, text: str) -> None:
    assert figure_words(low, best, high) == text


@pytest.mark.parametrize(
    ("start", "end", "precision", "text"),
    [
        (D(2023, 10, 9), D(2023, 10, 9), 1, "9 October 2023"),
        (D(2023, 10, 9), None, 1, "9 October 2023"),
        (pd.Timestamp("2023-10-09"), pd.Timestamp("2023-10-09"), 1, "9 October 2023"),
        (D(2023, 10, 1), D(2023, 10, 25), 3, "1-25 October 2023 (month only)"),
        (D(2023, 9, 30), D(2023, 10, 2), 2, "30 September to 2 October 2023 (week only)"),
        (D(2022, 12, 30), D(2023, 1, 2), 2, "30 December 2022 to 2 January 2023 (week only)"),
        (D(2023, 10, 9), D(2023, 10, 9), 2, "around 9 October 2023 (week only)"),
        (D(2023, 10, 15), D(2023, 10, 15), 3, "sometime in October 2023 (month only)"),
        (D(2023, 10, 1), D(2023, 10, 31), 3, "sometime in October 2023 (month only)"),
        (D(2023, 7, 1), D(2023, 10, 31), 3, "July to October 2023 (month only)"),
        (D(2023, 7, 1), D(2023, 10, 25), 3, "1 July to 25 October 2023 (month only)"),
        (D(2022, 12, 1), D(2023, 1, 31), 3, "December 2022 to January 2023 (month only)"),
        (D(2024, 2, 1), D(2024, 2, 29), 3, "sometime in February 2024 (month only)"),
        (D(2023, 10, 9), D(2023, 10, 9), None, "9 October 2023 (precision not given)"),
        (D(2023, 10, 9), D(2023, 10, 9), pd.NA, "9 October 2023 (precision not given)"),
        (None, None, 1, ""),
        (pd.NaT, pd.NaT, 1, ""),
    ],
)
def test_date_words(start: object, end: object, precision: object, text: str) -> None:
    assert date_words(start, end, precision) == text


SPAN = {"event_date": D(2023, 10, 1), "event_date_end": D(2023, 10, 25), "date_precision": 3}
UNKNOWN = {
    f"{name}{end}": None
    for name in ("fatalities", "injured", "civilian_fatalities", "children_killed")
    for end in ("_low", "_high", "" if name != "fatalities" else "_best")
}


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        (
            {},
            {
                "date": "9 October 2023",
                "type": "Explosions/Remote violence: Air/drone strike",
                "actor1": "Military Forces of Myanmar (2021-)",
                "place": "Test place",
                "located": "at the place itself (geo precision 1)",
                "coordinates": "24.78000° N, 97.56000° E",
                "township": "Waingmaw (MMR001002)",
                "fatalities": "28-30 (best 29)",
                "injured": NOT_REPORTED,
            },
        ),
        (SPAN, {"date": "1-25 October 2023 (month only)"}),
        (UNKNOWN, {"fatalities": NOT_REPORTED, "injured": NOT_REPORTED}),
        (
            {"injured_low": 56, "injured": 57, "injured_high": 76, "children_killed": 11},
            {"injured": "56-76 (best 57)", "children_killed": "11"},
        ),
        (
            {"civilian_fatalities_low": 1200, "civilian_fatalities": 1200},
            {"civilian_fatalities": "at least 1,200 (best 1,200)"},
        ),
        (
            {"assoc_actor_1": "PDF: People's Defense Force", "actor2": "Civilians (Myanmar)"},
            {"assoc_actor_1": "PDF: People's Defense Force", "actor2": "Civilians (Myanmar)"},
        ),
        ({"geo_precision": 2}, {"located": "near the place, within about 25 km (geo precision 2)"}),
        (
            {"geo_precision": 3},
            {"located": "to a region only (geo precision 3): the point is the region's centre"},
        ),
        (
            {"geo_precision": 3, "latitude": None, "longitude": None},
            {"located": "to a region only (geo precision 3), with no point", "coordinates": None},
        ),
        ({"geo_precision": None}, {"located": "precision not given"}),
        (
            {"notes": "Disputed weapon.", "dataset": "ACLED", "geocoding": "curated:laiza"},
            {"notes": "Disputed weapon.", "dataset": "ACLED", "geocoding": "curated:laiza"},
        ),
        (
            {"state": "Shan (North)", "state_pcode": "MMR015"},
            {"state": "Shan (North)"},
        ),
    ],
    ids=[
        "plain",
        "span",
        "unknown",
        "injured",
        "open-range",
        "actors",
        "near",
        "region",
        "region-no-point",
        "no-precision",
        "notes",
        "state",
    ],
)
def test_record_lines(overrides: dict[str, Any], expected: dict[str, str]) -> None:
    lines = _lines(_event(**overrides))
    assert {k: lines.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "overrides",
    [
        {},
        UNKNOWN,
        {"notes": "   ", "actor2": None, "assoc_actor_1": "", "district": None},
    ],
)
def test_empty_fields_are_left_out_never_none(overrides: dict[str, Any]) -> None:
    lines = record_lines(_event(**overrides))
    keys = [line.key for line in lines]
    assert keys == [k for k in LABELS if k in keys]  # in the order of LABELS
    assert not {"assoc_actor_1", "actor2", "assoc_actor_2", "notes", "district"} & set(keys)
    assert not {"civilian_fatalities", "children_killed"} & set(keys)  # unknown: left out
    for line in lines:
        assert line.label == LABELS[line.key]
        assert line.text.strip()
        assert not {"None", "nan", "<NA>", "NaT"} & set(line.text.replace(",", " ").split())
    assert not any("_" in line.label for line in lines)  # never a raw column name


def test_every_bundled_event_reads_in_words(events: gpd.GeoDataFrame) -> None:
    for _, event in events.iterrows():
        lines = _lines(event)
        assert {"date", "type", "actor1", "place", "fatalities", "injured"} <= set(lines)
        assert not any(t in {"None", "nan", "<NA>"} for t in lines.values())
    mlh = _lines(events.loc["KCM-20231009-MLH"])
    assert mlh["fatalities"] == "28-30 (best 29)"
    assert mlh["children_killed"] == "10-13 (best 11)"
    assert _lines(events.loc["KCM-202310-LZA"])["date"] == "1-25 October 2023 (month only)"


@pytest.mark.parametrize(
    ("township", "text"),
    [
        ({"township_basis": None}, "Waingmaw (MMR001002)"),
        (
            {"township_basis": "reported", "located_township_pcode": "MMR001002"},
            "Waingmaw (MMR001002), as the source reported",
        ),
        (
            {
                "township": "Momauk",
                "township_pcode": "MMR001012",
                "township_basis": "reported",
                "located_township": "Waingmaw",
                "located_township_pcode": "MMR001002",
            },
            "Momauk (MMR001012), as the source reported; the coordinates fall in "
            "Waingmaw (MMR001002)",
        ),
        (
            {"township_basis": "located", "township_reported": "Wai Maw"},
            "Waingmaw (MMR001002), by the coordinates; the source named “Wai Maw”",
        ),
        ({"township_basis": "located"}, "Waingmaw (MMR001002), by the coordinates"),
        (
            {"located_township": "Momauk", "located_township_pcode": "MMR001012"},
            "Waingmaw (MMR001002); the coordinates fall in Momauk (MMR001012)",
        ),
        ({"township": None}, "MMR001002"),
        ({"township_pcode": None}, "Waingmaw"),
        (
            {"township": None, "township_pcode": None, "township_reported": "Nowhere"},
            "not placed; the source named “Nowhere”",
        ),
        ({"township": None, "township_pcode": None}, None),
    ],
)
def test_township_says_both_where_source_and_coordinates_differ(
    township: dict[str, Any], text: str | None
) -> None:
    assert _lines(_event(**township)).get("township") == text


def test_a_plain_mapping_reads_too() -> None:
    row = make_row(location="Laiza", district=None, fatalities_best=None)
    lines = {line.key: line.text for line in record_lines(row)}
    assert lines["date"] == "9 October 2023"
    assert lines["fatalities"] == "28-30 (no best estimate)"
    assert lines["located"] == "at the place itself (geo precision 1)"
    assert "district" not in lines


@pytest.mark.parametrize(
    ("original", "text"),
    [
        (
            {"type_of_violence": "1", "low": "5", "best": "209", "high": "10"},
            "5-209 (best 209); UCDP gives low 5, best 209, high 10, out of order",
        ),
        ({"type_of_violence": "1", "low": "5", "best": "209", "high": "300"}, "5-300 (best 209)"),
        ({"low": "5", "best": "209", "high": "10"}, "5-209 (best 209)"),  # not a UCDP row
        (None, "5-209 (best 209)"),
    ],
)
def test_ucdp_figures_out_of_order_are_said(original: dict[str, str] | None, text: str) -> None:
    high = 300 if original and original["high"] == "300" else 209
    event = _event(
        dataset="UCDP GED",
        fatalities_low=5,
        fatalities_best=209,
        fatalities_high=high,
        sources=[Source("UCDP GED", title="UCDP GED event 1", reported={"fatalities": 209})],
        original=original,
    )
    assert _lines(event)["fatalities"] == text


@pytest.mark.parametrize(
    ("reported", "text"),
    [
        ({"fatalities": 28, "injured": 57}, "reported 28 killed, 57 injured"),
        ({"injured": 57, "fatalities": 28}, "reported 28 killed, 57 injured"),  # schema order
        ({}, None),
        ({"fatalities": 1200}, "reported 1,200 killed"),
        (
            {"civilian_fatalities": 1, "children_killed": 1},
            "reported 1 civilian killed, 1 child killed",
        ),
        (
            {"civilian_fatalities": 29, "children_killed": 11},
            "reported 29 civilians killed, 11 children killed",
        ),
        ({"fatalities": 0}, "reported 0 killed"),
    ],
)
def test_reported_words(reported: dict[str, int], text: str | None) -> None:
    assert reported_words(reported) == text


@pytest.mark.parametrize(
    ("source", "entry"),
    [
        (
            Source(
                "The Irrawaddy",
                url="https://www.irrawaddy.com/news/a.html",
                published=D(2023, 10, 25),
                reported={"fatalities": 29, "injured": 57},
                quote="killed 29 people",
            ),
            SourceEntry(
                publisher="The Irrawaddy",
                published="25 October 2023",
                label="www.irrawaddy.com",
                url="https://www.irrawaddy.com/news/a.html",
                link="https://www.irrawaddy.com/news/a.html",
                reported="reported 29 killed, 57 injured",
                quote="killed 29 people",
            ),
        ),
        (
            Source("KNG", title="Camp seized", url="https://kachinnews.com/x"),
            SourceEntry(
                publisher="KNG",
                label="Camp seized",
                title="Camp seized",
                url="https://kachinnews.com/x",
                link="https://kachinnews.com/x",
            ),
        ),
        (
            Source("Bad", url="javascript:alert(1)"),
            SourceEntry(publisher="Bad", label="javascript:alert(1)", url="javascript:alert(1)"),
        ),
        (Source("Only a name"), SourceEntry(publisher="Only a name")),
        (
            Source("Blank", title=" ", quote=""),
            SourceEntry(publisher="Blank"),
        ),
    ],
    ids=["full", "titled", "not-a-web-address", "bare", "blank"],
)
def test_source_entries(source: Source, entry: SourceEntry) -> None:
    assert source_entries([source]) == [entry]


@pytest.mark.parametrize(
    ("url", "label"),
    [
        ("https://www.irrawaddy.com/news/a.html", "www.irrawaddy.com"),
        ("HTTP://Example.org", "Example.org"),
        ("https://user@example.org:8080/x?y#z", "example.org"),
        ("https://[2001:db8::1]/x", "[2001:db8::1]"),
        ("https://bcfausa.org/?p=17319", "bcfausa.org"),
    ],
)
def test_a_source_without_a_title_is_labelled_by_its_host(url: str, label: str) -> None:
    assert source_entries([Source("P", url=url)])[0].label == label


def test_source_entries_keep_the_order_and_take_nothing() -> None:
    sources = (Source("A"), Source("B"))
    assert [e.publisher for e in source_entries(sources)] == ["A", "B"]
    assert source_entries(None) == []
    assert source_entries(()) == []
