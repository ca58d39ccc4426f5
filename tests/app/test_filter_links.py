"""Links dated outside what the date filter offers open, clamped, with a notice."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from streamlit.testing.v1 import AppTest

from geo.filters import data_span
from geo.loader import load_events
from tests.conftest import ROOT

EARLIEST = dt.date(1989, 1, 1)


def _shown(markdown: str) -> str:
    return re.sub(r"\\(.)", r"\1", markdown)


@pytest.mark.parametrize(
    ("query", "expected", "messages"),
    [
        (
            {"to": "2100-01-01"},
            ("first", "today"),
            ["to=2100-01-01 is after {today}, the latest date offered; using {today}"],
        ),
        (
            {"from": "1900-01-01"},
            (EARLIEST, "last"),
            ["from=1900-01-01 is before 1989-01-01, the earliest date offered; using 1989-01-01"],
        ),
        (
            {"from": "0001-01-01", "to": "9999-12-31"},
            (EARLIEST, "today"),
            ["from=0001-01-01 is before 1989-01-01", "to=9999-12-31 is after {today}"],
        ),
        (
            {"from": "1900-01-01", "to": "1950-06-30"},
            (EARLIEST, EARLIEST),
            ["from=1900-01-01 is before", "to=1950-06-30 is before"],
        ),
        (
            {"from": "2100-01-01", "to": "1900-01-01"},
            ("first", "last"),
            ["from=2100-01-01 is after to=1900-01-01; using the default dates"],
        ),
        (
            {"from": "2100-01-01"},
            ("first", "last"),
            ["from=2100-01-01 is after to="],
        ),
    ],
    ids=["to-future", "from-past", "both", "all-before", "reversed", "from-future"],
)
def test_a_link_outside_the_span_is_clamped_with_a_notice(
    query: dict[str, str], expected: tuple[object, object], messages: list[str]
) -> None:
    span = data_span(load_events())
    assert span is not None
    today = dt.date.today()
    named = {"first": span[0], "last": span[1], "today": today}
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()

    assert not at.exception, at.exception
    value = at.date_input(key="kcm_filter_dates").value
    assert value == tuple(named.get(str(e), e) for e in expected)
    warnings = [_shown(w.value) for w in at.warning]
    for message in messages:
        wanted = message.format(today=today)
        assert any(wanted in w for w in warnings), (wanted, warnings)
    assert all(w.startswith("Link ignored in part: ") for w in warnings), warnings
