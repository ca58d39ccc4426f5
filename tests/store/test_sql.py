"""The store's behaviour (geo.store.sql), the same suite on both backends: the
embedded SQLite file and PostGIS (the ``store`` fixture runs each test on each)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import geopandas as gpd
import pandas as pd
import pytest
from geopandas.testing import assert_geodataframe_equal

from geo.errors import ValidationError
from geo.filters import EventFilter, apply_filter
from geo.store.base import DatabaseError, Origin, StaleEditError
from geo.store.sql import changed_fields

ANA = Origin("ana", "acled.csv", "a" * 64)
ORDER = ["event_date", "event_id"]


def _in_order(events: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    return events.sort_values(ORDER)


def _revision(store: Any, event_id: str) -> int:
    return int(store.states([event_id]).loc[event_id, "revision"])


def test_events_added_read_back_as_the_same_events(store: Any, events: gpd.GeoDataFrame) -> None:
    change = store.add([events.iloc[:4], events.iloc[4:]], ANA)
    assert (change.action, change.who, change.events) == ("import", "ana", len(events))
    assert_geodataframe_equal(store.read(), _in_order(events))


def test_an_id_already_stored_or_given_twice_refuses_the_whole_addition(
    store: Any, events: gpd.GeoDataFrame
) -> None:
    store.add(events.iloc[:3], ANA)
    before = store.stamp()
    with pytest.raises(DatabaseError, match="already in the"):
        store.add(events.iloc[2:6], ANA)
    with pytest.raises(DatabaseError, match="already in the"):
        store.add([events.iloc[5:7], events.iloc[6:8]], ANA)
    assert len(store.read()) == 3
    assert store.stamp() == before
    assert len(store.log()) == 3


def test_an_addition_not_confirmed_stores_nothing(store: Any, events: gpd.GeoDataFrame) -> None:
    asked = []
    assert store.add(events, ANA, confirm=lambda: asked.append(1) or False) is None
    assert asked == [1]
    assert store.read().empty
    assert store.log().empty


def test_readers_see_published_events_and_analysts_the_others(
    store: Any, events: gpd.GeoDataFrame
) -> None:
    store.add(events.iloc[:3], ANA)
    store.add(events.iloc[3:5], Origin("bo"), status="proposed", action="add")
    assert len(store.read()) == 3
    assert len(store.read(statuses=("proposed",))) == 2
    everything = store.read(statuses=("proposed", "verified", "published", "rejected"))
    assert_geodataframe_equal(everything, _in_order(events.iloc[:5]))
    states = store.states()
    assert states["status"].value_counts().to_dict() == {"published": 3, "proposed": 2}
    assert set(states["revision"]) == {1}


def test_an_unknown_status_is_refused_naming_the_choices(
    store: Any, events: gpd.GeoDataFrame
) -> None:
    with pytest.raises(DatabaseError, match="'approved' is not one of proposed, verified"):
        store.add(events, ANA, status="approved")
    with pytest.raises(DatabaseError, match="not one of"):
        store.read(statuses=("approved",))


def test_a_change_needs_a_name(store: Any, events: gpd.GeoDataFrame) -> None:
    with pytest.raises(DatabaseError, match="needs the name"):
        store.add(events, Origin("  "))


def test_an_edit_is_checked_stored_and_logged_before_and_after(
    store: Any, events: gpd.GeoDataFrame
) -> None:
    store.add(events, ANA)
    event_id = str(events.index[0])
    old = events.loc[event_id, "actor2"]
    change = store.edit(
        event_id, {"actor2": "Local residents", "notes": "Corrected"}, revision=1, who="bo"
    )
    assert (change.action, change.who, change.events) == ("edit", "bo", 1)
    read = store.read()
    assert read.loc[event_id, "actor2"] == "Local residents"
    assert read.loc[event_id, "notes"] == "Corrected"
    unchanged = read.drop(index=event_id)
    assert_geodataframe_equal(unchanged, _in_order(events.drop(index=event_id)))
    assert _revision(store, event_id) == 2
    log = store.log(event_id)
    assert list(log["action"]) == ["import", "edit"]
    edit = log.iloc[1]
    assert edit["who"] == "bo"
    assert f"actor2: {old} → Local residents" in edit["fields"]
    assert "notes:" in edit["fields"]
    assert '"revision": 1' in edit["before"]
    assert '"revision": 2' in edit["after"]


def test_an_edit_breaking_the_schema_is_refused_naming_the_field(
    store: Any, events: gpd.GeoDataFrame
) -> None:
    store.add(events, ANA)
    event_id = str(events.index[0])
    with pytest.raises(ValidationError, match=r"nothing was saved:\n.*'fatalities_best'"):
        store.edit(event_id, {"fatalities_best": -3}, revision=1, who="bo")
    with pytest.raises(DatabaseError, match="cannot edit revision, status"):
        store.edit(event_id, {"status": "published", "revision": 9}, revision=1, who="bo")
    with pytest.raises(DatabaseError, match="cannot edit colour"):
        store.edit(event_id, {"colour": "red"}, revision=1, who="bo")
    assert _revision(store, event_id) == 1
    assert len(store.log(event_id)) == 1


def test_a_stale_save_is_refused_naming_who_changed_what(
    store: Any, events: gpd.GeoDataFrame
) -> None:
    store.add(events, ANA)
    event_id = str(events.index[0])
    store.edit(event_id, {"actor2": "Someone else"}, revision=1, who="Bo Analyst")
    with pytest.raises(StaleEditError) as raised:
        store.edit(event_id, {"notes": "mine"}, revision=1, who="Cy Analyst")
    said = str(raised.value)
    assert "changed by Bo Analyst" in said
    assert "actor2:" in said
    assert "→ Someone else" in said
    assert "since you opened revision 1; it is now revision 2" in said
    assert "Nothing was saved" in said
    assert store.read().loc[event_id, "notes"] != "mine"
    assert store.read().loc[event_id, "actor2"] == "Someone else"
    for stale in (
        lambda: store.remove(event_id, revision=1, who="cy", why="dup"),
        lambda: store.review(event_id, "rejected", revision=1, who="cy"),
    ):
        with pytest.raises(StaleEditError, match="changed by Bo Analyst"):
            stale()
    assert list(store.log(event_id)["action"]) == ["import", "edit"]


def test_a_missing_event_is_named(store: Any) -> None:
    with pytest.raises(DatabaseError, match="no event 'NOPE'"):
        store.edit("NOPE", {"notes": "x"}, revision=1, who="bo")


def test_a_removal_marks_the_event_with_who_and_why_and_keeps_it(
    store: Any, events: gpd.GeoDataFrame
) -> None:
    store.add(events, ANA)
    event_id = str(events.index[1])
    with pytest.raises(DatabaseError, match="say why"):
        store.remove(event_id, revision=1, who="bo", why="  ")
    store.remove(event_id, revision=1, who="bo", why="Duplicate of another report")
    assert event_id not in store.read().index
    state = store.states([event_id]).loc[event_id]
    assert (state["removed_by"], state["removed_why"]) == ("bo", "Duplicate of another report")
    assert isinstance(state["removed_at"], pd.Timestamp)
    assert state["revision"] == 2
    assert list(store.log(event_id)["action"]) == ["import", "remove"]
    for change in (
        lambda: store.remove(event_id, revision=2, who="cy", why="again"),
        lambda: store.edit(event_id, {"notes": "x"}, revision=2, who="cy"),
        lambda: store.review(event_id, "published", revision=2, who="cy"),
    ):
        with pytest.raises(DatabaseError, match=r"was removed by bo \(Duplicate of another"):
            change()


def test_a_review_decision_sets_the_status_and_the_reviewer(
    store: Any, events: gpd.GeoDataFrame
) -> None:
    store.add(events.iloc[:2], Origin("ana"), status="proposed", action="add")
    event_id = str(events.index[0])
    store.review(event_id, "verified", revision=1, who="bo")
    store.review(event_id, "published", revision=2, who="Ed Editor")
    assert list(store.read().index) == [event_id]
    state = store.states([event_id]).loc[event_id]
    assert (state["status"], state["reviewer"], state["revision"]) == ("published", "Ed Editor", 3)
    log = store.log(event_id)
    assert list(log["action"]) == ["add", "review", "review"]
    assert log.iloc[2]["fields"] == "status: verified → published; reviewer: bo → Ed Editor"


def test_the_log_has_one_row_per_event_a_change_touched(
    store: Any, events: gpd.GeoDataFrame
) -> None:
    store.add(events.iloc[:3], ANA)
    store.add(events.iloc[3:4], Origin("bo"), status="proposed", action="add")
    log = store.log()
    assert list(log.columns) == [
        "change_id", "at", "who", "action", "source_name", "source_sha256",
        "event_id", "fields", "before", "after",
    ]  # fmt: skip
    assert list(log["change_id"]) == [1, 1, 1, 2]
    assert log["at"].dt.tz is not None
    assert list(log["source_sha256"].iloc[:3]) == ["a" * 64] * 3
    assert log["before"].isna().all()
    assert (log["fields"] == "added").all()


def test_the_stamp_changes_with_every_committed_change(
    store: Any, events: gpd.GeoDataFrame
) -> None:
    seen = {store.stamp()}
    store.add(events.iloc[:2], ANA)
    seen.add(store.stamp())
    store.edit(str(events.index[0]), {"notes": "x"}, revision=1, who="bo")
    seen.add(store.stamp())
    with pytest.raises(StaleEditError):
        store.edit(str(events.index[0]), {"notes": "y"}, revision=1, who="bo")
    seen.add(store.stamp())
    assert len(seen) == 3


def test_a_release_reads_back_exactly_as_frozen_after_later_changes(
    store: Any, events: gpd.GeoDataFrame
) -> None:
    store.add(events.iloc[:6], ANA)
    store.add(events.iloc[6:], Origin("bo"), status="proposed", action="add")
    published = store.read()
    made = store.release("2024-06", who="Ed Editor", note="June")
    assert (made.name, made.events, made.who, made.note) == ("2024-06", 6, "Ed Editor", "June")
    first = str(published.index[0])
    store.edit(first, {"notes": "Later"}, revision=1, who="bo")
    store.remove(str(published.index[1]), revision=1, who="bo", why="dup")
    store.review(str(events.index[7]), "published", revision=1, who="ed")
    assert_geodataframe_equal(store.read(release="2024-06"), published)
    assert store.read().loc[first, "notes"] == "Later"
    assert [r.name for r in store.releases()] == ["2024-06"]
    assert store.log()["action"].tolist().count("release") == 1


@pytest.mark.parametrize("name", ["", "-x", "a b", "2024/06", "x" * 65, "june'"])
def test_a_release_name_must_be_usable(store: Any, name: str) -> None:
    with pytest.raises(DatabaseError, match="is not usable"):
        store.release(name, who="ed")


def test_a_release_name_is_used_once_and_an_unknown_one_is_named(
    store: Any, events: gpd.GeoDataFrame
) -> None:
    store.add(events, ANA)
    store.release("v1", who="ed")
    with pytest.raises(DatabaseError, match="already in the"):
        store.release("v1", who="ed")
    with pytest.raises(DatabaseError, match=r"no release named 'v2'.*releases: v1"):
        store.read(release="v2")


FILTERS = [
    EventFilter(),
    EventFilter(start=dt.date(2023, 10, 1)),
    EventFilter(end=dt.date(2023, 10, 15)),
    EventFilter(start=dt.date(2023, 10, 5), end=dt.date(2023, 10, 20)),
    EventFilter(townships=("MMR001002",)),
    EventFilter(townships=("MMR001002", "MMR001012"), located=True),
    EventFilter(event_types=("Battles",)),
    EventFilter(start=dt.date(2030, 1, 1)),
]


@pytest.mark.parametrize("flt", FILTERS)
def test_counts_in_the_database_equal_the_apps_filter(
    store: Any, bundled_events: gpd.GeoDataFrame, flt: EventFilter
) -> None:
    store.add(bundled_events, ANA)
    kept = apply_filter(bundled_events, flt)
    assert store.count(flt) == len(kept)
    expected = kept[flt.township_column].dropna().value_counts()
    counted = store.township_counts(flt)
    assert counted.to_dict() == expected.to_dict()
    assert counted.is_monotonic_decreasing


def test_counts_leave_out_removed_and_unpublished_events(
    store: Any, bundled_events: gpd.GeoDataFrame
) -> None:
    store.add(bundled_events, ANA)
    first = str(bundled_events.index[0])
    store.remove(first, revision=1, who="bo", why="dup")
    assert store.count(EventFilter()) == len(bundled_events) - 1
    assert store.count(EventFilter(), statuses=("proposed",)) == 0


@pytest.mark.parametrize("cell_deg", [0.1, 0.25, 0.5, 1.0])
def test_the_maps_cells_count_every_located_event_once(
    store: Any, bundled_events: gpd.GeoDataFrame, cell_deg: float
) -> None:
    store.add(bundled_events, ANA)
    cells = store.map_cells(EventFilter(), cell_deg=cell_deg)
    located = bundled_events.dropna(subset=["longitude", "latitude"])
    assert cells["events"].sum() == len(located)
    assert cells["fatalities"].sum() == located["fatalities_best"].fillna(0).sum()
    keys = list(zip(located["longitude"] // cell_deg, located["latitude"] // cell_deg, strict=True))
    assert len(cells) == len(set(keys))
    for _, cell in cells.iterrows():
        inside = [k == (cell["cell_x"], cell["cell_y"]) for k in keys]
        assert cell["longitude"] == pytest.approx(located["longitude"][inside].mean())


def test_the_maps_cells_keep_to_a_box(store: Any, bundled_events: gpd.GeoDataFrame) -> None:
    store.add(bundled_events, ANA)
    box = (97.4, 24.6, 97.7, 25.0)  # around Laiza
    cells = store.map_cells(EventFilter(), cell_deg=1.0, bbox=box)
    lon, lat = bundled_events["longitude"], bundled_events["latitude"]
    inside = lon.between(box[0], box[2]) & lat.between(box[1], box[3])
    assert cells["events"].sum() == inside.sum() > 0
    for size in (0, 0.3, 2.0):
        with pytest.raises(DatabaseError, match=r"is not one of 0.1, 0.25, 0.5, 1.0 \(degrees\)"):
            store.map_cells(EventFilter(), cell_deg=size)


@pytest.mark.parametrize(
    ("before", "after", "said"),
    [
        (None, {"a": 1}, "added"),
        ({"a": 1, "revision": 1}, {"a": 2, "revision": 2}, "a: 1 → 2"),
        ({"a": None}, {"a": "x"}, "a"),
        ({"a": "x" * 50}, {"a": "y"}, "a: " + "x" * 39 + "… → y"),
        ({"a": 1}, {"a": 1}, "nothing"),
    ],
)
def test_changed_fields_say_what_a_change_set(
    before: dict[str, Any] | None, after: dict[str, Any], said: str
) -> None:
    assert changed_fields(before, after) == said


def test_a_record_is_the_event_as_stored_with_its_revision(
    store: Any, events: gpd.GeoDataFrame
) -> None:
    store.add(events.iloc[:1], ANA)
    event_id = str(events.index[0])
    record = store.record(event_id)
    assert (record["event_id"], record["revision"], record["status"]) == (event_id, 1, "published")
    assert record["sources"][0]["publisher"]
    with pytest.raises(DatabaseError, match="no event 'NOPE'"):
        store.record("NOPE")


def test_the_owner_of_a_store_may_change_and_publish(store: Any) -> None:
    assert store.powers() == {"change", "publish"}


def test_a_stale_save_names_every_change_since_the_revision_opened(
    store: Any, events: gpd.GeoDataFrame
) -> None:
    store.add(events, ANA)
    event_id = str(events.index[0])
    store.edit(event_id, {"actor2": "First"}, revision=1, who="Bo")
    store.review(event_id, "verified", revision=2, who="Cy")
    store.edit(event_id, {"actor2": "Third"}, revision=3, who="Di")
    with pytest.raises(StaleEditError) as raised:
        store.edit(event_id, {"notes": "mine"}, revision=2, who="Ed")
    said = str(raised.value)
    assert "by Cy at " in said
    assert "(review: status: published → verified; reviewer: → Cy)" not in said  # no empty side
    assert "; then by Di at " in said
    assert "actor2: First → Third" in said
    assert "by Bo" not in said  # before the revision opened
    assert "since you opened revision 2; it is now revision 4" in said


def test_the_log_is_read_a_part_at_a_time_and_its_newest_rows_alone(
    store: Any, events: gpd.GeoDataFrame
) -> None:
    store.add(events, ANA)
    store.edit(str(events.index[0]), {"notes": "x"}, revision=1, who="bo")
    whole = store.log()
    parts = list(store.log_parts(part_rows=4))
    assert {len(p) for p in parts[:-1]} == {4}
    assert sum(len(p) for p in parts) == len(whole)
    pd.testing.assert_frame_equal(pd.concat(parts, ignore_index=True), whole)
    newest = store.log(newest=3)
    pd.testing.assert_frame_equal(newest, whole.iloc[-3:].reset_index(drop=True))
    assert list(newest["action"]) == ["import", "import", "edit"]


def test_an_edit_that_changes_nothing_makes_no_revision(
    store: Any, events: gpd.GeoDataFrame
) -> None:
    store.add(events, ANA)
    event_id = str(events.index[0])
    same = {"notes": events.loc[event_id, "notes"], "actor1": events.loc[event_id, "actor1"]}
    with pytest.raises(DatabaseError, match="changes nothing: nothing was saved"):
        store.edit(event_id, same, revision=1, who="bo")
    assert _revision(store, event_id) == 1
    assert len(store.log(event_id)) == 1


def test_a_filters_choices_counted_in_the_database_are_those_in_memory(
    store: Any, bundled_events: gpd.GeoDataFrame, gazetteer: Any
) -> None:
    from geo.filters import facets_of
    from geo.townships import assign_townships, default_township_layer

    placed = assign_townships(bundled_events, default_township_layer(), gazetteer=gazetteer)
    store.add(placed.iloc[:8], ANA)
    store.add(placed.iloc[8:], Origin("bo"), status="proposed", action="add")
    assert store.facets() == facets_of(placed.iloc[:8])
    assert store.facets(statuses=("published", "proposed")) == facets_of(placed)
    assert store.facets(statuses=("rejected",)) == facets_of(placed.iloc[:0])


@pytest.mark.parametrize("flt", FILTERS)
def test_events_read_by_a_filter_are_those_the_app_keeps(
    store: Any, bundled_events: gpd.GeoDataFrame, flt: EventFilter
) -> None:
    store.add(bundled_events, ANA)
    kept = _in_order(apply_filter(bundled_events, flt))
    read = store.read(flt=flt)
    if kept.empty:
        assert read.empty
        assert list(read.columns) == list(kept.columns)
    else:
        assert_geodataframe_equal(read, kept)
