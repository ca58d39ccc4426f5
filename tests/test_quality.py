"""Quality flags, one rule per flag, from hand-built events."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
import pytest

from geo.dataset import Duplicate
from geo.geodesy import offset
from geo.quality import (
    DUPLICATE_MAX_SPAN_DAYS,
    DUPLICATE_WITHIN_KM,
    FLAGS,
    flagged_ids,
    likely_duplicates,
    quality_flags,
)
from geo.schema import validate_events
from tests.conftest import make_row


def _flags(**row: object) -> list[tuple[str, str]]:
    events = validate_events(pd.DataFrame([make_row(**row)]))
    return [(f, d) for f, d in zip(*quality_flags(events).iloc[:, 1:3].T.values, strict=True)]


def test_a_clean_event_has_no_flag() -> None:
    assert _flags(township_basis="reported", located_township_pcode="MMR001002") == []


def test_township_mismatch_shows_both_townships() -> None:
    (flag,) = _flags(
        township="Momauk",
        township_pcode="MMR001012",
        township_basis="reported",
        located_township="Waingmaw",
        located_township_pcode="MMR001002",
    )
    assert flag == (
        "township mismatch",
        "reported Momauk (MMR001012); coordinates fall in Waingmaw (MMR001002)",
    )


def test_state_mismatch() -> None:
    flags = _flags(
        township_pcode="MMR005013",
        township_basis="located",
        state="Mandalay",
        state_pcode="MMR010",
        located_township="Budalin",
        located_township_pcode="MMR005013",
    )
    assert [f for f, _ in flags] == ["state mismatch"]
    assert "reported Mandalay (MMR010)" in flags[0][1]


def test_unknown_township_name() -> None:
    flags = _flags(
        township="Waingmaw",
        township_pcode="MMR001002",
        township_basis="located",
        township_reported="Wai Maw",
        located_township_pcode="MMR001002",
    )
    assert flags == [
        ("unknown township name", "'Wai Maw' is not a MIMU township name; placed by "
         "coordinates in Waingmaw")
    ]  # fmt: skip


@pytest.mark.parametrize("precision", [1, 2, None])
def test_a_point_in_no_township_is_outside_myanmar(precision: int | None) -> None:
    flags = _flags(township=None, township_pcode=None, geo_precision=precision)
    names = [f for f, _ in flags]
    assert "outside Myanmar" in names
    assert ("missing precision" in names) == (precision is None)


def test_a_region_centre_is_not_outside_myanmar() -> None:
    assert _flags(township=None, township_pcode=None, geo_precision=3) == []


def test_missing_precision_names_the_codes() -> None:
    flags = _flags(
        date_precision=None,
        geo_precision=None,
        township_basis="reported",
        located_township_pcode="MMR001002",
    )
    assert flags == [("missing precision", "no date_precision or geo_precision")]


def test_duplicates_and_grouping_by_event() -> None:
    events = validate_events(pd.DataFrame([make_row(date_precision=None)]))
    flags = quality_flags(events, duplicates=[Duplicate("X", "bundled", "b.csv")])
    assert set(flags["flag"]) <= set(FLAGS)
    grouped = flagged_ids(flags)
    assert grouped["X"] == ("duplicate id",)
    assert "missing precision" in grouped["T-1"]


def test_the_bundled_lal_long_events_are_the_only_flags(bundled_events) -> None:  # type: ignore[no-untyped-def]
    from geo.dataset import load_dataset

    flags = quality_flags(load_dataset().events)
    assert set(flags["flag"]) == {"township mismatch"}
    assert set(flags["event_id"]) == {"KCM-20231020-LLA", "KCM-20231021-LLA", "KCM-20231023-LLA"}


@pytest.mark.parametrize(
    ("country", "flagged"),
    [("Thailand", True), ("Myanmar", False), ("Myanmar (Burma)", False), (None, False)],
)
def test_a_source_naming_another_country_is_outside_myanmar(
    country: str | None, flagged: bool
) -> None:
    flags = _flags(
        township_basis="located",
        located_township_pcode="MMR003003",
        original={"country": country, "admin1": "Tak"},
    )
    assert (("outside Myanmar", f"the source gives {country!r}") in flags) == flagged


_UCDP = {"type_of_violence": "1.0", "country": "Myanmar (Burma)"}


@pytest.mark.parametrize(
    ("original", "detail"),
    [
        (
            {**_UCDP, "low": "5.0", "best": "209.0", "high": "10.0"},
            "UCDP gives low 5, best 209, high 10; kept as 5-209 (best 209)",
        ),
        (
            {**_UCDP, "low": "12", "best": "10", "high": "11"},
            "UCDP gives low 12, best 10, high 11; kept as 10-12 (best 10)",
        ),
        (
            {**_UCDP, "low": "1500", "best": "", "high": "1200"},
            "UCDP gives low 1,500, best blank, high 1,200; kept as 1,200-1,500 (best blank)",
        ),
        ({**_UCDP, "low": "28.0", "best": "29.0", "high": "30.0"}, None),
        ({**_UCDP, "low": "29", "best": "29", "high": "29"}, None),
        ({"low": "5", "best": "209", "high": "10"}, None),  # not a UCDP row
        ({"country": "Myanmar", "fatalities": "3"}, None),  # ACLED
    ],
)
def test_figures_out_of_order_in_the_source_give_the_three_figures(
    original: dict[str, str], detail: str | None
) -> None:
    flags = _flags(township_basis="reported", located_township_pcode="MMR001002", original=original)
    assert flags == ([] if detail is None else [("figures out of order in the source", detail)])
    assert "figures out of order in the source" in FLAGS


_DAY = dt.date(2023, 10, 9)


def _pair(km: float, **other: Any) -> pd.DataFrame:
    """An ACLED event and a UCDP one ``km`` north-east of it; ``other`` changes the second."""
    lon, lat = offset(97.56, 24.78, distance_m=km * 1000.0, bearing_deg=45.0)
    rows = [
        make_row(event_id="A-1", dataset="ACLED"),
        make_row(
            **{"event_id": "U-1", "dataset": "UCDP GED", "latitude": lat, "longitude": lon, **other}
        ),
    ]
    return validate_events(pd.DataFrame(rows))


@pytest.mark.parametrize(
    ("km", "other", "flagged"),
    [
        (0.0, {}, True),
        (1.0, {}, True),
        (DUPLICATE_WITHIN_KM - 0.1, {}, True),
        (DUPLICATE_WITHIN_KM + 0.1, {}, False),
        (50.0, {}, False),
        (1.0, {"dataset": "ACLED"}, False),  # one dataset: its own business
        (1.0, {"event_date": _DAY + dt.timedelta(days=1),
               "event_date_end": _DAY + dt.timedelta(days=1)}, False),
        (1.0, {"event_date": _DAY - dt.timedelta(days=2), "event_date_end": _DAY,
               "date_precision": 2}, True),  # the spans share a day
        (1.0, {"event_date": _DAY - dt.timedelta(days=DUPLICATE_MAX_SPAN_DAYS),
               "event_date_end": _DAY, "date_precision": 3}, False),  # on no one day
        (1.0, {"event_type": "Battles", "sub_event_type": "Armed clash"}, False),
        (1.0, {"geo_precision": 3}, False),  # a region's centre is not where it happened
    ],
    ids=["same-point", "1km", "inside", "outside", "far", "same-dataset", "next-day",
         "overlapping-span", "long-span", "other-type", "region-only"],
)  # fmt: skip
def test_likely_duplicates_across_datasets(km: float, other: dict[str, Any], flagged: bool) -> None:
    events = _pair(km, **other)
    pairs = likely_duplicates(events)
    assert len(pairs) == int(flagged)
    flags = quality_flags(events)
    duplicates = flags[flags["flag"] == "likely duplicate"]
    assert duplicates["event_id"].tolist() == (["A-1", "U-1"] if flagged else [])
    if flagged:
        assert pairs.iloc[0]["distance_km"] == pytest.approx(km, abs=1e-6)
        assert duplicates["detail"].tolist() == [
            f"U-1 from UCDP GED: Explosions/Remote violence on 2023-10-09 too, {km:,.1f} km away",
            f"A-1 from ACLED: Explosions/Remote violence on 2023-10-09 too, {km:,.1f} km away",
        ]


def test_each_pair_of_likely_duplicates_is_listed_once() -> None:
    two_days = {
        "event_date": _DAY,
        "event_date_end": _DAY + dt.timedelta(days=1),
        "date_precision": 2,
    }
    rows = [
        make_row(event_id="A-1", dataset="ACLED", **two_days),
        make_row(event_id="U-1", dataset="UCDP GED", **two_days),
        make_row(event_id="U-2", dataset="UCDP GED", latitude=24.79),
        make_row(event_id="G-1", dataset="places.geojson", longitude=97.57),
    ]
    pairs = likely_duplicates(validate_events(pd.DataFrame(rows)))
    assert list(zip(pairs["event_id"], pairs["other_id"], strict=True)) == [
        ("A-1", "G-1"),
        ("A-1", "U-1"),
        ("A-1", "U-2"),
        ("U-1", "G-1"),  # datasets in code-point order: "UCDP GED" before "places..."
        ("U-2", "G-1"),
    ]
    assert pairs["day"].dt.date.tolist() == [_DAY] * 5  # the first day they share


def test_no_dataset_column_no_likely_duplicates() -> None:
    events = _pair(1.0).drop(columns="dataset")
    assert likely_duplicates(events).empty
    assert "likely duplicate" not in set(quality_flags(events)["flag"])
