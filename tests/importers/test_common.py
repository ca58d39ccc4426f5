"""Format detection, dates in every ACLED vintage's form, and the raw-text helpers."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.errors import ValidationError
from geo.importers import detect_format
from geo.importers._common import parse_date, whole

from .conftest import ACLED_COLUMNS


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (",".join(ACLED_COLUMNS).encode() + b"\n", "acled"),
        (b"\xef\xbb\xbf" + ",".join(ACLED_COLUMNS).encode(), "acled"),  # with a BOM
        (b"id,relid,type_of_violence,where_prec,date_start,date_end,best,low,high\n", "ucdp"),
        (b'  \n{"type": "FeatureCollection", "features": []}', "geojson"),
    ],
)
def test_format_is_detected_from_the_content(content: bytes, expected: str) -> None:
    assert detect_format(content) == expected


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"name,lat,lon\nLaiza,24.7,97.5\n", "first line has: lat, lon, name"),
        (b"\xff\xfe\x00a", "not UTF-8"),
    ],
)
def test_an_unknown_format_says_what_was_expected(content: bytes, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as info:
        detect_format(content, name="mystery.csv")
    assert "mystery.csv" in str(info.value)


@pytest.mark.parametrize(
    "text",
    [
        "2023-10-09",
        "2023-10-09T00:00:00Z",
        "2023-10-09 00:00:00+06:30",
        "09 October 2023",
        "9 October 2023",
        "09-October-2023",
        "09 Oct 2023",
        "October 9, 2023",
        "2023/10/09",
        "  09  October   2023 ",
    ],
)
def test_acled_dates_of_every_vintage(text: str) -> None:
    assert parse_date(text) == dt.date(2023, 10, 9)


@pytest.mark.parametrize("text", ["09/10/2023", "10/09/2023", "2023-13-01", "yesterday", ""])
def test_ambiguous_or_impossible_dates_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r"is not a date|month must be"):
        parse_date(text)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("48528.0", "48528"), ("3.00", "3"), ("7", "7"), ("-1.0", "-1"), ("2.5", "2.5"), ("x", "x")],
)
def test_float_written_integers_lose_their_fraction(raw: str, expected: str) -> None:
    assert whole(raw) == expected
