"""From a news report to proposed, geocoded, sourced events (no Streamlit here).

:func:`extract` reads a report and proposes the events it describes, each field tied
to the words it came from; :func:`read_report` reads a report file or upload with
clear errors; :mod:`geo.extract.accept` turns the events an analyst kept into events
of the schema; :mod:`geo.extract.evaluate` scores the extractor against hand-coded
passages.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Final

from geo.errors import GeoError
from geo.extract.proposal import Evidence, Proposal, ProposedEvent
from geo.extract.report import extract

__all__ = [
    "EARLIEST_REPORT",
    "MAX_REPORT_BYTES",
    "Evidence",
    "Proposal",
    "ProposedEvent",
    "extract",
    "read_report",
]

#: The earliest publication date a report can have (Burma's independence).
EARLIEST_REPORT: Final = dt.date(1948, 1, 4)
#: Largest report file read (a long web page is a few hundred kilobytes).
MAX_REPORT_BYTES: Final = 2 * 1024 * 1024


def read_report(data: bytes | Path, *, name: str = "report") -> str:
    """A report's text from a file or uploaded bytes: UTF-8 (a byte-order mark is
    dropped), at most :data:`MAX_REPORT_BYTES`.

    Raises
    ------
    GeoError
        When the file cannot be read, is too large, or is not UTF-8 text (the line
        with the first bad byte is named).
    """
    if isinstance(data, Path):
        try:
            with data.open("rb") as file:  # a device or a pipe has no size: read a little more
                data = file.read(MAX_REPORT_BYTES + 1)
        except OSError as error:
            raise GeoError(f"cannot read {name}: {error.strerror or error}") from None
    if len(data) > MAX_REPORT_BYTES:
        raise GeoError(_too_big(name, len(data)))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise GeoError(
            f"{name} is not UTF-8 text: byte {error.start + 1} (line {line}) cannot be read; "
            "save it as UTF-8 plain text"
        ) from None
    if "\x00" in text:
        raise GeoError(f"{name} is not plain text (it contains NUL characters)")
    return text


def _too_big(name: str, size: int) -> str:
    return (
        f"{name} is more than {MAX_REPORT_BYTES // 1024 // 1024} MB; a report can be at most "
        f"{MAX_REPORT_BYTES // 1024 // 1024} MB of text"
    )
