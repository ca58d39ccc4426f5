"""ui.filters: a link's dates clamped into what the date input offers."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.filters import EventFilter
from ui.filters import _bounds, _clamp

LOW, HIGH = dt.date(1989, 1, 1), dt.date(2024, 6, 30)
D = dt.date


@pytest.mark.parametrize(
    ("start", "end", "expected", "moved"),
    [
        (D(2020, 1, 1), D(2021, 1, 1), (D(2020, 1, 1), D(2021, 1, 1)), []),
        (LOW, HIGH, (LOW, HIGH), []),
        (None, None, (None, None), []),
        (D(1900, 1, 1), D(2021, 1, 1), (LOW, D(2021, 1, 1)), ["from"]),
        (D(2020, 1, 1), D(2100, 1, 1), (D(2020, 1, 1), HIGH), ["to"]),
        (D(1, 1, 1), D(9999, 12, 31), (LOW, HIGH), ["from", "to"]),
        (D(1900, 1, 1), D(1950, 1, 1), (LOW, LOW), ["from", "to"]),
        (D(2100, 1, 1), D(2200, 1, 1), (HIGH, HIGH), ["from", "to"]),
        (None, D(2100, 1, 1), (None, HIGH), ["to"]),
    ],
)
def test_clamp(
    start: dt.date | None,
    end: dt.date | None,
    expected: tuple[dt.date | None, dt.date | None],
    moved: list[str],
) -> None:
    flt = EventFilter(start, end, townships=("MMR001012",), event_types=("Battles",))
    clamped, problems = _clamp(flt, LOW, HIGH)
    assert (clamped.start, clamped.end) == expected
    assert clamped.townships == flt.townships
    assert clamped.event_types == flt.event_types
    assert [p.split("=")[0] for p in problems] == moved
    for problem in problems:
        assert f"using {LOW}" in problem or f"using {HIGH}" in problem


def test_bounds_cover_the_data_and_today() -> None:
    today = dt.date.today()
    assert _bounds(EventFilter(D(2022, 10, 23), D(2023, 10, 25))) == (LOW, today)
    assert _bounds(EventFilter(D(1980, 1, 1), D(2999, 1, 1))) == (D(1980, 1, 1), D(2999, 1, 1))
    assert _bounds(EventFilter()) == (LOW, today)
