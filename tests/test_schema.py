from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from geo.errors import ValidationError
from geo.schema import CRS, FIGURES, Source, empty_events, validate_events
from tests.conftest import make_row


def test_valid_row_gives_points_in_wgs84() -> None:
    events = validate_events(pd.DataFrame([make_row()]))
    assert events.crs == CRS
    assert events.geometry.iloc[0].x == pytest.approx(97.56)
    assert events.index.tolist() == ["T-1"]
    assert str(events["fatalities_best"].dtype) == "Int64"


def test_empty_frame_has_every_column() -> None:
    frame = empty_events()
    assert len(frame) == 0
    assert frame.crs == CRS
    assert {f.best for f in FIGURES} <= set(frame.columns)


def test_unknown_figures_stay_unknown() -> None:
    events = validate_events(pd.DataFrame([make_row(injured=None)]))
    assert events["injured"].isna().all()


def test_region_only_event_has_no_point() -> None:
    row = make_row(latitude=None, longitude=None, geo_precision=3)
    events = validate_events(pd.DataFrame([row]))
    assert events.geometry.iloc[0] is None


INVALID: list[tuple[dict[str, Any], str, str]] = [
    ({"event_id": None}, "event_id", "required"),
    ({"event_date": "9 Oct 2023"}, "event_date", "not a date"),
    ({"event_date_end": dt.date(2023, 10, 1)}, "event_date_end", "before event_date"),
    ({"event_date_end": dt.date(2023, 10, 12)}, "event_date_end", "day precision"),
    ({"date_precision": 4}, "date_precision", "not one of"),
    ({"event_type": "Airstrike"}, "event_type", "not an ACLED event type"),
    ({"sub_event_type": "Armed clash"}, "sub_event_type", "valid: Chemical weapon"),
    ({"latitude": 40.0}, "latitude", "outside Myanmar"),
    ({"longitude": 105.0}, "longitude", "outside Myanmar"),
    ({"latitude": None}, "latitude", "go together"),
    ({"latitude": None, "longitude": None}, "latitude", "needs a point"),
    ({"geo_precision": 0}, "geo_precision", "not one of"),
    ({"fatalities_best": -1}, "fatalities_best", "negative"),
    ({"fatalities_best": "many"}, "fatalities_best", "not a whole number"),
    ({"fatalities_best": 2.5}, "fatalities_best", "not a whole number"),
    ({"fatalities_low": 40}, "fatalities_best", "not ordered"),
    (
        {"fatalities_high": 28, "fatalities_best": 28},
        "fatalities_low",
        "outside the recorded range",
    ),
    ({"township_pcode": "MMR1002"}, "township_pcode", "not a MIMU P-code"),
    ({"sources": []}, "sources", "at least one source"),
    ({"sources": [Source("")]}, "sources", "no publisher"),
    ({"sources": [Source("P")]}, "sources", "neither a title nor a URL"),
    ({"sources": [Source("P", url="u", reported={"killed": 3})]}, "sources", "unknown figure"),
]


@pytest.mark.parametrize(("override", "field", "message"), INVALID)
def test_invalid_rows_name_row_and_field(
    override: dict[str, Any], field: str, message: str
) -> None:
    good = make_row(event_id="OK")
    bad = (
        make_row(event_id="BAD", **override) if "event_id" not in override else make_row(**override)
    )
    with pytest.raises(ValidationError) as info:
        validate_events(pd.DataFrame([good, bad]))
    problems = [p for p in info.value.problems if p.row == 2 and p.field == field]
    assert problems, info.value
    assert message in problems[0].message
    assert "nothing was loaded" in str(info.value)
    assert all(p.row == 2 for p in info.value.problems)


def test_every_problem_is_collected() -> None:
    rows = [make_row(event_id="A", latitude=50.0), make_row(event_id="A", fatalities_best=-3)]
    with pytest.raises(ValidationError) as info:
        validate_events(pd.DataFrame(rows))
    fields = {(p.row, p.field) for p in info.value.problems}
    assert {(1, "latitude"), (2, "event_id"), (2, "fatalities_best")} <= fields


def test_unknown_and_missing_columns() -> None:
    frame = pd.DataFrame([make_row()]).drop(columns=["location"]).assign(colour="red")
    with pytest.raises(ValidationError, match=r"(?s)colour.*unknown column.*location.*missing"):
        validate_events(frame)


def test_float_formatted_integers_are_accepted() -> None:
    events = validate_events(pd.DataFrame([make_row(fatalities_best="29.0", date_precision=1.0)]))
    assert events["fatalities_best"].iloc[0] == 29


@given(st.integers(max_value=-1))
def test_any_negative_count_is_rejected(n: int) -> None:
    with pytest.raises(ValidationError, match="negative"):
        validate_events(pd.DataFrame([make_row(injured=n)]))


@given(
    st.floats(min_value=-90, max_value=90, allow_nan=False),
    st.floats(min_value=-180, max_value=180, allow_nan=False),
)
def test_points_are_accepted_exactly_inside_myanmar_bounds(lat: float, lon: float) -> None:
    inside = 9.5 <= lat <= 28.6 and 92.1 <= lon <= 101.2
    frame = pd.DataFrame([make_row(latitude=lat, longitude=lon)])
    if inside:
        assert len(validate_events(frame)) == 1
    else:
        with pytest.raises(ValidationError, match="outside Myanmar"):
            validate_events(frame)


def test_source_to_dict_is_json_ready() -> None:
    source = Source("P", "T", "u", dt.date(2023, 10, 10), {"fatalities": 29}, "q")
    assert source.to_dict() == {
        "publisher": "P",
        "title": "T",
        "url": "u",
        "published": "2023-10-10",
        "reported": {"fatalities": 29},
        "quote": "q",
    }
