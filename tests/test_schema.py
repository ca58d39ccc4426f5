from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import pandas as pd
import pytest
from geopandas.testing import assert_geodataframe_equal
from hypothesis import given
from hypothesis import strategies as st

from geo import schema
from geo.errors import GeoError, ValidationError
from geo.schema import (
    CRS,
    DATE_WINDOW_ENV,
    FIGURES,
    MAX_FIGURE_ENV,
    MAX_TEXT_CHARS,
    Limits,
    Source,
    empty_events,
    field_problems,
    limits_from_env,
    limits_in_force,
    original_fields,
    parse_date_window,
    parse_max_figure,
    printable,
    record_text,
    text_problem,
    use_limits,
    validate_events,
    web_url_problem,
    whole_number,
)
from tests.conftest import make_row

TODAY = dt.date.today()
TOMORROW = TODAY + dt.timedelta(days=1)
# two days past tomorrow: still refused if the run crosses midnight between collecting
# this module (when TODAY is read) and checking the row (when the code reads its today)
LATER = TOMORROW + dt.timedelta(days=2)


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
    (
        {"sources": [Source("P", url="https://example.org/u", reported={"killed": 3})]},
        "sources",
        "unknown figure",
    ),
]


#: Dates outside 1989-01-01 to tomorrow, figures above 100,000, overflowing counts,
#: control characters, over-long text and links that are not web addresses.
IMPLAUSIBLE: list[tuple[dict[str, Any], str, str]] = [
    ({"event_date": dt.date(1988, 12, 31)}, "event_date", "1988-12-31 is outside the dates"),
    ({"event_date": "1600-01-01"}, "event_date", "1600-01-01 is outside the dates accepted"),
    ({"event_date_end": dt.date(9999, 12, 31)}, "event_date_end", "widen it with KCM_DATE_WIN"),
    ({"event_date": LATER, "event_date_end": LATER}, "event_date", "is outside the dates"),
    ({"fatalities_high": 100_001}, "fatalities_high", "100001 is above 100,000"),
    ({"injured_high": 10**20}, "injured_high", "raise the limit with KCM_MAX_FIGURE"),
    ({"fatalities_high": "100000000000000000000"}, "fatalities_high", "above 100,000"),
    ({"fatalities_high": "9" * 5000}, "fatalities_high", "5,000 digits long"),
    ({"fatalities_high": 1e300}, "fatalities_high", "above 100,000"),
    ({"latitude": 10**400}, "latitude", "is not a number"),
    ({"date_precision": 2**70}, "date_precision", "is too large"),
    ({"location": "Lai\x00za"}, "location", "control character U+0000 at character 4"),
    ({"location": "\x1f"}, "location", "U+001F"),  # Python counts it as space: not blank
    ({"notes": "a\x85b"}, "notes", "U+0085"),
    ({"actor2": "a\x7fb"}, "actor2", "U+007F"),
    ({"event_id": "T\t1"}, "event_id", "U+0009"),
    ({"notes": "x" * (MAX_TEXT_CHARS + 1)}, "notes", "131,073 characters long"),
    ({"location": ["a list"]}, "location", "is a list, not text"),
    ({"original": {"tags": "a\x00"}}, "tags", "U+0000"),
    ({"original": {"ta\x00gs": "a"}}, "ta\\x00gs", "the field's name"),
    ({"original": "[" * 100 + "]" * 100}, "original", "nested 100 levels deep"),
    ({"sources": [Source("P", url="javascript:alert(1)")]}, "sources", "not a web address"),
    ({"sources": [Source("P", title="t", url="data:text/html,x")]}, "sources", "source 1's URL"),
    ({"sources": [Source("P\x00", url="https://example.org/")]}, "sources", "publisher"),
    ({"sources": [Source("P", title="t\x1b")]}, "sources", "source 1's title"),
    ({"sources": [Source("P", title=5)]}, "sources", "title is a int, not text"),  # type: ignore[arg-type]
    (
        {"sources": [Source("P", title="t", published=dt.date(2099, 1, 1))]},
        "sources",
        "publication date 2099-01-01 is outside",
    ),
    (
        {
            "fatalities_high": None,
            "sources": [Source("P", title="t", reported={"fatalities": 10**6})],
        },
        "sources",
        "P reported fatalities: 1000000 is above 100,000",
    ),
]


@pytest.mark.parametrize(("override", "field", "message"), INVALID + IMPLAUSIBLE)
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


@pytest.mark.parametrize(
    "override",
    [
        {"event_date": dt.date(1989, 1, 1), "event_date_end": dt.date(1989, 1, 1)},
        {"event_date": TOMORROW, "event_date_end": TOMORROW},
        {"fatalities_high": 100_000, "injured_high": "100000.0"},
        {"notes": "line one\n\tline two\r\n"},
        {"location": "\u202eevil (a bidirectional mark: neutralised where shown)"},
        {"notes": "x" * MAX_TEXT_CHARS},
        {"sources": [Source("P", url="HTTPS://example.org/a?b=1#c")]},
        {"sources": [Source("P", title="t", url="")]},
    ],
)
def test_what_the_limits_still_accept(override: dict[str, Any]) -> None:
    assert len(validate_events(pd.DataFrame([make_row(**override)]))) == 1


def test_the_limits_can_be_widened_for_a_block() -> None:
    old = make_row(event_date=dt.date(1950, 5, 1), event_date_end=dt.date(1950, 5, 1))
    big = make_row(event_id="B", fatalities_high=250_000)
    with pytest.raises(ValidationError):
        validate_events(pd.DataFrame([old, big]))
    wide = Limits(earliest=dt.date(1900, 1, 1), max_figure=1_000_000)
    with use_limits(wide):
        assert limits_in_force() == wide
        assert len(validate_events(pd.DataFrame([old, big]))) == 2
    assert limits_in_force() == Limits()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1900-01-01:2030-12-31", (dt.date(1900, 1, 1), dt.date(2030, 12, 31))),
        ("1900-01-01:", (dt.date(1900, 1, 1), None)),
        (":2100-01-01", (dt.date(1989, 1, 1), dt.date(2100, 1, 1))),
        (" 1678-01-01 : 2261-12-31 ", (dt.date(1678, 1, 1), dt.date(2261, 12, 31))),
        (":", (dt.date(1989, 1, 1), None)),
    ],
)
def test_date_windows(text: str, expected: tuple[dt.date, dt.date | None]) -> None:
    assert parse_date_window(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1900-01-01", "is not FROM:TO"),
        ("1900:2030", "is not FROM:TO"),
        ("tomorrow:", "is not FROM:TO"),
        ("2000-01-01:", "would narrow the default window"),
        (f":{TODAY.isoformat()}", "would narrow"),
        ("1600-01-01:", "beyond the dates events can be held for (1678-01-01 to 2261-12-31)"),
        (":2300-01-01", "beyond the dates"),
    ],
)
def test_bad_date_windows_say_what_to_give(text: str, message: str) -> None:
    with pytest.raises(GeoError, match=re.escape(message)):
        parse_date_window(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("100000", 100_000), ("250,000", 250_000), ("1_000_000_000", 1_000_000_000)],
)
def test_figure_limits(text: str, expected: int) -> None:
    assert parse_max_figure(text) == expected


@pytest.mark.parametrize("text", ["99999", "1000000001", "-5", "1e6", "lots", "", "²"])
def test_bad_figure_limits(text: str) -> None:
    with pytest.raises(GeoError, match=r"from 100,000 .* to 1,000,000,000"):
        parse_max_figure(text)


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, Limits()),
        ({DATE_WINDOW_ENV: "", MAX_FIGURE_ENV: " "}, Limits()),
        ({DATE_WINDOW_ENV: "1900-01-01:"}, Limits(earliest=dt.date(1900, 1, 1))),
        ({MAX_FIGURE_ENV: "500000"}, Limits(max_figure=500_000)),
    ],
)
def test_limits_from_the_environment(environ: dict[str, str], expected: Limits) -> None:
    assert limits_from_env(environ) == expected


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({DATE_WINDOW_ENV: "soon"}, "KCM_DATE_WINDOW: date window 'soon' is not FROM:TO"),
        ({MAX_FIGURE_ENV: "10"}, "KCM_MAX_FIGURE: figure limit '10'"),
    ],
)
def test_an_invalid_setting_is_a_clear_error(environ: dict[str, str], message: str) -> None:
    with pytest.raises(GeoError, match=re.escape(message)):
        limits_from_env(environ)


def test_the_environment_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    schema._env_limits.cache_clear()
    try:
        monkeypatch.setenv(DATE_WINDOW_ENV, "1900-01-01:")
        assert limits_in_force().earliest == dt.date(1900, 1, 1)
        monkeypatch.setenv(DATE_WINDOW_ENV, "1950-01-01:")
        assert limits_in_force().earliest == dt.date(1900, 1, 1)
        schema._env_limits.cache_clear()
        monkeypatch.setenv(DATE_WINDOW_ENV, "bad")
        with pytest.raises(GeoError, match="KCM_DATE_WINDOW"):
            validate_events(pd.DataFrame([make_row()]))
    finally:
        schema._env_limits.cache_clear()


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "java\nscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
        "vbscript:msgbox",
        "ftp://example.org/a",
        "//example.org/a",
        "example.org/a",
        "http://",
        "https:///path",
        "https://[::1",
        "https://exa mple.org/",
        "https://example.org/\x00",
        "",
    ],
)
def test_links_that_are_not_web_addresses(url: str) -> None:
    problem = web_url_problem(url)
    assert problem is not None
    assert "is not a web address: give a link starting with http:// or https://" in problem


@pytest.mark.parametrize(
    "url", ["https://example.org", "http://10.0.0.1:8080/a?b=c#d", "HTTPS://Example.org/"]
)
def test_web_addresses(url: str) -> None:
    assert web_url_problem(url) is None


@pytest.mark.parametrize(
    ("text", "identifier", "found"),
    [
        ("Laiza", False, None),
        ("a\tb\nc\r\n", False, None),
        ("a\tb", True, "U+0009"),
        ("\u202e\u200f", False, None),
        ("a\x00", False, "U+0000 at character 2"),
        ("\x1b[31m", False, "U+001B"),
        ("\x9b", False, "U+009B"),
        ("\ud800", False, "U+D800"),
        ("x" * (MAX_TEXT_CHARS + 5), False, "131,077 characters long"),
    ],
)
def test_text_a_field_may_hold(text: str, identifier: bool, found: str | None) -> None:
    problem = text_problem(text, identifier=identifier)
    if found is None:
        assert problem is None
    else:
        assert problem is not None
        assert found in problem
        problem.encode("utf-8")  # shown with escapes: it can be written


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("plain", "plain"),
        ("a\x00b", "a\\x00b"),
        ("\ud800", "\\ud800"),
        ("\x85", "\\x85"),
        ("x" * 1000, "x" * 200 + " [... 700 characters ...] " + "x" * 100),
    ],
)
def test_printable(text: str, shown: str) -> None:
    assert printable(text) == shown


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("34", 34),
        ("+34", 34),
        ("34.0", 34),
        ("34.", 34),
        (" 0034 ", 34),
        ("-3", -3),
        (12.0, 12),
        (7, 7),
        ("100000000000000000000", 10**20),
    ],
)
def test_whole_numbers(value: object, expected: int) -> None:
    assert whole_number(value) == expected


@pytest.mark.parametrize(
    "value", ["3.5", "1e5", "²", "٣", "", "nan", "9" * 31, True, 1.5, float("inf"), None]
)
def test_what_is_not_a_whole_number(value: object) -> None:
    with pytest.raises(ValueError, match=r"not a whole number|digits long"):
        whole_number(value)


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"a": "fine", "b": None, "c": 3}, []),
        ({"a": "line\nbreak\ttab"}, []),
        ({"a": "x\x00"}, [("a", "U+0000")]),
        ({"a": "caf\xe9 \x9b"}, [("a", "U+009B")]),  # not ASCII: the pattern, not the table
        ({"a\x01": "x"}, [("a\\x01", "the field's name")]),
        ({"a\tb": "x"}, [("a\\tb", "the field's name")]),
        ({"a": "x" * (MAX_TEXT_CHARS + 1), "b": "\x00"}, [("a", "long"), ("b", "U+0000")]),
    ],
)
def test_the_fields_of_a_source_row(
    record: dict[str, object], expected: list[tuple[str, str]]
) -> None:
    found = field_problems(record)
    assert [name for name, _ in found] == [name for name, _ in expected]
    assert all(part in problem for (_, problem), (_, part) in zip(found, expected, strict=True))


@pytest.mark.parametrize(
    "given",
    [
        {"country": "Myanmar", "fid": 1, "tags": None},
        '{"country": "Myanmar", "fid": 1, "tags": null}',
    ],
    ids=["mapping", "json text"],
)
def test_a_record_is_kept_as_its_json_text(given: object) -> None:
    events = validate_events(pd.DataFrame([make_row(original=given)]))
    kept = events["original"].iloc[0]
    assert kept == '{"country": "Myanmar", "fid": 1, "tags": null}'
    assert isinstance(events["original"].dtype, pd.StringDtype)
    assert original_fields(kept) == {"country": "Myanmar", "fid": 1, "tags": None}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('{"a": "ü", "b": 2}', {"a": "ü", "b": 2}),
        ({"a": "x"}, {"a": "x"}),
        (None, {}),
        (pd.NA, {}),
        (float("nan"), {}),
        ("", {}),
    ],
)
def test_original_fields(value: object, expected: dict[str, Any]) -> None:
    assert original_fields(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [("[1, 2]", "list is not a mapping"), ('{"a": {"b": 1}}', "nested values"), (3, "int")],
)
def test_original_fields_refuses_what_is_no_record(value: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        original_fields(value)


def test_record_text_is_what_json_writes() -> None:
    fields = {"notes": "Myitkyina – “quoted”", "n": 1.5, "t": True, "x": None}
    assert record_text(fields) == json.dumps(fields, ensure_ascii=False)


def test_a_long_record_is_checked_field_by_field_not_as_one_text() -> None:
    fields = {name: "x" * (MAX_TEXT_CHARS // 2) for name in ("a", "b", "c")}
    events = validate_events(pd.DataFrame([make_row(original=json.dumps(fields))]))
    assert original_fields(events["original"].iloc[0]) == fields


def test_a_frame_checked_a_part_at_a_time_is_checked_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [make_row(event_id=f"T-{i}") for i in range(5)]
    whole = validate_events(pd.DataFrame(rows))
    monkeypatch.setattr(schema, "CHUNK_ROWS", 2)
    assert_geodataframe_equal(validate_events(pd.DataFrame(rows)), whole)
    rows[3]["event_id"] = "T-0"  # repeats a row of the first part
    rows[4]["fatalities_best"] = -1
    with pytest.raises(ValidationError) as caught:
        validate_events(pd.DataFrame(rows))
    assert [(p.row, p.field) for p in caught.value.problems] == [
        (4, "event_id"),
        (5, "fatalities_best"),
    ]
    assert "repeats row 1" in caught.value.problems[0].message


def test_concatenated_events_keep_each_text_column_in_one_arrow_array() -> None:
    parts = [
        validate_events(pd.DataFrame([make_row(event_id=f"T-{n}", notes=f"note {n}")]))
        for n in range(3)
    ]
    joined = schema.concat_events(parts)
    assert joined.index.tolist() == ["T-0", "T-1", "T-2"]
    assert joined["notes"].tolist() == ["note 0", "note 1", "note 2"]
    assert joined.crs == "EPSG:4326"
    for name in ("event_id", "notes", "location"):
        assert joined[name].dtype == parts[0][name].dtype
        assert joined[name].array.__arrow_array__().num_chunks == 1, name
