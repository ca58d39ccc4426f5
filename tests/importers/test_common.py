"""Format detection, dates in every ACLED vintage's form, and the raw-text helpers."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from geo.errors import ValidationError
from geo.importers import detect_format
from geo.importers._common import count_rows, parse_date, read_csv, whole

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
    [
        ("48528.0", "48528"),
        ("3.00", "3"),
        ("7", "7"),
        ("-1.0", "-1"),
        ("2.5", "2.5"),
        ("x", "x"),
        ("9" * 400, "9" * 400),  # no float in between: no overflow, no rounding
        ("12345678901234567890.0", "12345678901234567890"),
        ("²", "²"),
    ],
)
def test_float_written_integers_lose_their_fraction(raw: str, expected: str) -> None:
    assert whole(raw) == expected


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("event_id_cnty,fatalities\n".encode("utf-16"), "UTF-16 text, not UTF-8"),
        ("event_id_cnty,fatalities\n".encode("utf-32"), "UTF-32 text, not UTF-8"),
        ("Nàm\n".encode("latin-1"), r"not UTF-8 text \(line 1 of the file, byte 1"),
    ],
)
def test_text_in_another_encoding_is_named(data: bytes, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        read_csv(data, name="x.csv", kind="ACLED")


def test_a_cell_of_any_length_is_read() -> None:
    header, rows = read_csv(b"a,b\n1," + b"x" * 1_000_000 + b"\n", name="x.csv", kind="ACLED")
    assert header == ["a", "b"]
    assert len(rows[0][1][1]) == 1_000_000


def test_the_header_is_checked_in_linear_time() -> None:
    def seconds(columns: int) -> float:
        line = ",".join(f"c{i}" for i in range(columns))
        data = f"{line}\n{',' * (columns - 1)}x\n".encode()
        start = time.perf_counter()
        read_csv(data, name="wide.csv", kind="ACLED")
        return time.perf_counter() - start

    small, large = seconds(10_000), seconds(100_000)
    # Ten times the columns: about ten times the time (quadratic was 100x: 118 s at 100,000).
    assert large < 30 * max(small, 0.01)
    with pytest.raises(ValidationError, match=r"c1, c2 appear more than once"):
        read_csv(b"c1,c2,c1,c2\n1,2,3,4\n", name="x.csv", kind="ACLED")


@pytest.mark.parametrize(
    "data",
    [
        b"a,b\n1,2\n",
        b"\xef\xbb\xbfa,b\r\n1,2\r\n\r\n , \r\n3,4",  # a BOM, blank rows, no last line end
        b'a,b\n"x\ny",3\n4,"5\n\n6"\n',  # line ends inside cells
        b"a,b\n1,2,3\n",  # a row with too many cells is still a row
    ],
)
def test_the_rows_of_a_csv_are_counted_as_they_are_read(data: bytes) -> None:
    assert count_rows(data) == len(read_csv(data, name="x.csv", kind="ACLED")[1])


def test_a_csv_that_cannot_be_read_to_its_end_has_no_count() -> None:
    data = b'a,b\n1,2\n"an open quote,\n'
    assert count_rows(data) is None
    with pytest.raises(ValidationError, match="a quote may be left open"):
        read_csv(data, name="x.csv", kind="ACLED")
