from __future__ import annotations

import datetime as dt

import geopandas as gpd
import pytest

from geo.errors import FilterError, UnknownTownshipError
from geo.filters import (
    EventFilter,
    apply_filter,
    data_span,
    describe_filter,
    event_types_in,
    filter_cli_args,
    filter_from_query,
    filter_slug,
    filter_to_query,
    in_date_order,
    make_filter,
    township_choices,
    township_column,
    townships_in,
)
from geo.gazetteer import Gazetteer
from geo.schema import EVENT_TYPES

D = dt.date


@pytest.mark.parametrize(
    ("flt", "ids"),
    [
        (EventFilter(), ["C", "D", "A", "B"]),
        (EventFilter(start=D(2023, 1, 1)), ["D", "A", "B"]),
        (EventFilter(end=D(2023, 10, 9)), ["C", "D", "A"]),
        (EventFilter(start=D(2023, 10, 10), end=D(2023, 10, 19)), ["D"]),
        (EventFilter(start=D(2023, 10, 26)), []),
        (EventFilter(townships=("MMR001002",)), ["A"]),
        (EventFilter(townships=("MMR001002", "MMR001012")), ["A", "B"]),
        (EventFilter(event_types=("Battles",)), ["B"]),
        (EventFilter(start=D(2023, 10, 1), townships=("MMR001009",)), []),
    ],
)
def test_apply_filter(tiny_events: gpd.GeoDataFrame, flt: EventFilter, ids: list[str]) -> None:
    kept = apply_filter(tiny_events, flt)
    assert kept["event_id"].tolist() == ids
    assert kept.crs == tiny_events.crs


def test_make_filter_resolves_township_names(gazetteer: Gazetteer) -> None:
    flt = make_filter(townships=["Waingmaw", "MMR001012", "waingmaw"], gazetteer=gazetteer)
    assert flt.townships == ("MMR001002", "MMR001012")


def test_make_filter_rejects_reversed_dates() -> None:
    with pytest.raises(FilterError, match="2023-10-31 is after the end date 2023-10-01"):
        make_filter(start=D(2023, 10, 31), end=D(2023, 10, 1))


def test_make_filter_rejects_unknown_types() -> None:
    with pytest.raises(FilterError, match=r"'Airstrike'.*valid: Battles"):
        make_filter(event_types=["Airstrike"])


def test_make_filter_rejects_unknown_townships(gazetteer: Gazetteer) -> None:
    with pytest.raises(UnknownTownshipError, match="'Atlantis'"):
        make_filter(townships=["Atlantis"], gazetteer=gazetteer)


@pytest.mark.parametrize(
    ("count", "flt", "names", "text"),
    [
        (
            4,
            EventFilter(D(2023, 10, 1), D(2023, 10, 31), ("MMR001002",)),
            ["Waingmaw"],
            "4 events · 1-31 Oct 2023 · Waingmaw",
        ),
        (1, EventFilter(), [], "1 event · all dates · all townships"),
        (
            0,
            EventFilter(D(2022, 10, 1), D(2023, 10, 31)),
            [],
            "0 events · 1 Oct 2022 - 31 Oct 2023 · all townships",
        ),
        (
            2,
            EventFilter(D(2023, 7, 1), D(2023, 10, 31), event_types=("Battles",)),
            [],
            "2 events · 1 Jul - 31 Oct 2023 · all townships · Battles",
        ),
        (3, EventFilter(start=D(2023, 10, 9)), [], "3 events · from 9 Oct 2023 · all townships"),
    ],
)
def test_describe_filter(count: int, flt: EventFilter, names: list[str], text: str) -> None:
    assert describe_filter(count, flt, township_names=names) == text


OCT = EventFilter(dt.date(2023, 10, 1), dt.date(2023, 10, 31))
TOWNSHIPS = {"MMR001002": "Waingmaw", "MMR001012": "Momauk"}


@pytest.mark.parametrize(
    ("flt", "query"),
    [
        (OCT, {}),
        (EventFilter(dt.date(2023, 10, 9), OCT.end), {"from": ["2023-10-09"]}),
        (
            EventFilter(OCT.start, dt.date(2023, 10, 20), ("MMR001012", "MMR001002"), ("Battles",)),
            {"to": ["2023-10-20"], "township": ["MMR001012", "MMR001002"], "type": ["Battles"]},
        ),
    ],
)
def test_filter_round_trips_through_the_query_string(
    flt: EventFilter, query: dict[str, list[str]]
) -> None:
    assert filter_to_query(flt, default=OCT) == query
    back, problems = filter_from_query(query, default=OCT, townships=TOWNSHIPS)
    assert (back, problems) == (flt, ())


@pytest.mark.parametrize(
    ("query", "expected", "problem"),
    [
        ({"from": ["2023-02-30"]}, OCT, "from='2023-02-30' is not a date"),
        ({"to": ["soon"]}, OCT, "to='soon' is not a date"),
        ({"from": ["2023-10-20"], "to": ["2023-10-02"]}, OCT, "is after"),
        (
            {"township": ["mmr001002", "MMR009999"]},
            EventFilter(OCT.start, OCT.end, ("MMR001002",)),
            "township='MMR009999' is not a township with events; ignored (valid, by name or "
            "P-code: Momauk (MMR001012), Waingmaw (MMR001002))",
        ),
        ({"type": ["battles"]}, OCT, "type='battles' is not an event type"),
    ],
)
def test_a_bad_query_string_falls_back_part_by_part(
    query: dict[str, list[str]], expected: EventFilter, problem: str
) -> None:
    flt, problems = filter_from_query(query, default=OCT, townships=TOWNSHIPS)
    assert flt == expected
    assert len(problems) == 1
    assert problem in problems[0]


def test_filter_slug_and_cli_args_state_the_filter() -> None:
    flt = EventFilter(OCT.start, OCT.end, ("MMR001002",), ("Explosions/Remote violence",))
    assert filter_slug(flt) == "2023-10-01_2023-10-31_MMR001002_explosionsremoteviolence"
    assert filter_slug(EventFilter()) == "start_end"
    assert filter_cli_args(flt) == [
        "--from", "2023-10-01", "--to", "2023-10-31",
        "--township", "MMR001002", "--type", "Explosions/Remote violence",
    ]  # fmt: skip


def test_span_townships_and_types_of_the_data(tiny_events: gpd.GeoDataFrame) -> None:
    first = tiny_events["event_date"].min().date()
    last = tiny_events["event_date_end"].max().date()
    assert data_span(tiny_events) == (first, last)
    assert data_span(tiny_events.iloc[:0]) is None
    townships = townships_in(tiny_events)
    assert list(townships.values()) == sorted(townships.values())
    assert set(townships) == set(tiny_events["township_pcode"].dropna())
    assert event_types_in(tiny_events) == tuple(
        t for t in EVENT_TYPES if t in set(tiny_events["event_type"])
    )


def test_the_township_filter_can_use_the_located_township(
    tiny_events: gpd.GeoDataFrame,
) -> None:
    events = tiny_events.copy()
    events["located_township_pcode"] = events["township_pcode"]
    events.loc["B", "located_township_pcode"] = "MMR001002"  # reported Momauk, lies in Waingmaw
    events.loc["B", "located_township"] = "Waingmaw"
    reported = EventFilter(townships=("MMR001012",))
    located = EventFilter(townships=("MMR001012",), located=True)
    assert list(apply_filter(events, reported).index) == ["B"]
    assert list(apply_filter(events, located).index) == []
    assert list(
        apply_filter(events, EventFilter(townships=("MMR001002",), located=True)).index
    ) == [
        "A",
        "B",
    ]
    assert townships_in(events, located=True)["MMR001002"] == "Waingmaw"
    assert describe_filter(1, located, township_names=["Momauk"]).endswith(
        "Momauk (by coordinates)"
    )


def test_the_located_basis_round_trips_and_states_itself() -> None:
    flt = EventFilter(OCT.start, OCT.end, ("MMR001002",), located=True)
    query = filter_to_query(flt, default=OCT)
    assert query == {"township": ["MMR001002"], "basis": ["located"]}
    assert filter_from_query(query, default=OCT, townships=TOWNSHIPS) == (flt, ())
    assert filter_slug(flt).endswith("_located-MMR001002")
    assert filter_cli_args(flt)[-1] == "--located"
    _, problems = filter_from_query({"basis": ["gps"]}, default=OCT, townships=TOWNSHIPS)
    assert problems == ("basis='gps' is not reported or located; using reported",)


def test_large_counts_have_separators() -> None:
    assert describe_filter(7375, EventFilter()).startswith("7,375 events · ")


@pytest.mark.parametrize(
    ("located", "column"), [(False, "township_pcode"), (True, "located_township_pcode")]
)
def test_township_column_of_each_basis(located: bool, column: str) -> None:
    assert township_column(located=located) == column
    assert EventFilter(located=located).township_column == column


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("MMR001002", "MMR001002"),
        (" mmr001002 ", "MMR001002"),
        ("Waingmaw", "MMR001002"),
        ("WAINGMAW", "MMR001002"),
        ("Waingmaw Township", "MMR001002"),
        ("Waingmaw (MMR001002)", "MMR001002"),
        ("Momauk (MMR001012)", "MMR001012"),
        ("Momauk", "MMR001012"),
    ],
)
def test_a_link_names_a_township_by_code_or_name(value: str, code: str) -> None:
    flt, problems = filter_from_query({"township": [value]}, default=OCT, townships=TOWNSHIPS)
    assert (flt.townships, problems) == ((code,), ())


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("Atlantis", "township='Atlantis' is not a township with events; ignored (valid, by "
         "name or P-code: Momauk (MMR001012), Namtu (MMR015001), Namtu (MMR015099), "
         "Waingmaw (MMR001002))"),
        ("Waingmaw (MMR009999)", "township='Waingmaw (MMR009999)' is not a township with events"),
        ("", "township='' is not a township with events"),
        ("Hpakant", "township='Hpakant' is not a township with events"),  # none here
        ("Namtu", "township='Namtu' names several townships with events (Namtu (MMR015001), "
         "Namtu (MMR015099)); ignored: give the P-code"),
    ],
)  # fmt: skip
def test_a_township_a_link_cannot_mean_is_refused_and_not_listed(value: str, problem: str) -> None:
    townships = {**TOWNSHIPS, "MMR015001": "Namtu", "MMR015099": "Namtu"}
    flt, problems = filter_from_query({"township": [value]}, default=OCT, townships=townships)
    assert flt.townships == ()
    assert len(problems) == 1
    assert problems[0].startswith(problem)


def test_every_township_a_notice_lists_as_valid_is_accepted() -> None:
    _, (problem,) = filter_from_query({"township": ["x"]}, default=OCT, townships=TOWNSHIPS)
    listed = problem.split("P-code: ")[1].removesuffix(")").split(", ")
    assert listed == ["Momauk (MMR001012)", "Waingmaw (MMR001002)"]
    for shown in listed:
        name, code = shown.removesuffix(")").split(" (")
        for value in (shown, name, code):
            flt, problems = filter_from_query(
                {"township": [value]}, default=OCT, townships=TOWNSHIPS
            )
            assert (flt.townships, problems) == ((code,), ())


def test_a_chosen_township_stays_on_offer_on_either_basis(tiny_events: gpd.GeoDataFrame) -> None:
    events = tiny_events.copy()
    events["located_township_pcode"] = events["township_pcode"]
    events["located_township"] = events["township"]
    events.loc["B", ["located_township_pcode", "located_township"]] = ["MMR001002", "Waingmaw"]
    located = township_choices(events, located=True)
    assert "MMR001012" not in located  # Momauk's one event lies in Waingmaw
    assert township_choices(events, located=True, chosen=["MMR001012"]) == {
        **located,
        "MMR001012": "Momauk",
    }
    assert township_choices(events, chosen=["MMR001012", "MMR001002"]) == townships_in(events)
    assert township_choices(events, chosen=["MMR009999"])["MMR009999"] == "MMR009999"


def test_events_in_date_order_are_recognised(tiny_events: gpd.GeoDataFrame) -> None:
    ordered = tiny_events.sort_values(["event_date", "event_id"])
    assert in_date_order(ordered)
    assert in_date_order(ordered.iloc[:1])
    assert not in_date_order(ordered.iloc[::-1])
    same_day = ordered.assign(event_date=ordered["event_date"].iloc[0])
    ids_backwards = same_day.sort_index(ascending=False)
    assert in_date_order(same_day.sort_index())
    assert not in_date_order(ids_backwards)


@pytest.mark.parametrize("ordered", [True, False], ids=["in order", "shuffled"])
def test_a_filter_keeping_everything_gives_a_new_frame_in_date_order(
    tiny_events: gpd.GeoDataFrame, ordered: bool
) -> None:
    events = tiny_events.sort_values(["event_date", "event_id"])
    if not ordered:
        events = events.iloc[::-1]
    kept = apply_filter(events, EventFilter())
    assert kept is not events
    assert list(kept.index) == sorted(events.index, key=lambda i: (events.loc[i, "event_date"], i))
    kept["location"] = "changed"
    assert "changed" not in set(events["location"])
