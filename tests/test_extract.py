"""geo.extract.read_report: a report file or upload read as text, or a clear error."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.errors import GeoError
from geo.extract import MAX_REPORT_BYTES, read_report


def test_utf8_with_or_without_a_byte_order_mark() -> None:
    assert read_report("\ufeffJets bombed Laiza.".encode()) == "Jets bombed Laiza."
    assert read_report("Mung Lai Hkyet’s camp".encode()) == "Mung Lai Hkyet’s camp"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"line one\nline two \xff\xfe here", r"not UTF-8 text: byte 19 \(line 2\)"),
        (b"a\x00b", "not plain text"),
        (b"x" * (MAX_REPORT_BYTES + 1), "at most 2 MB"),
    ],
)
def test_bad_input_is_refused_with_the_reason(data: bytes, message: str) -> None:
    with pytest.raises(GeoError, match=message):
        read_report(data, name="upload.txt")


def test_a_file_is_read_or_named_in_the_error(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("The KIA seized a base.", encoding="utf-8")
    assert read_report(path) == "The KIA seized a base."
    with pytest.raises(GeoError, match=r"cannot read missing\.txt"):
        read_report(tmp_path / "missing.txt", name="missing.txt")
