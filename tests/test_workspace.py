"""geo.workspace: the working dataset in versions, written whole, one writer at a time."""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Callable
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from geopandas.testing import assert_geodataframe_equal

from geo import workspace
from geo.dataset import read_data_file
from geo.errors import GeoError
from geo.export import events_to_geojson, geojson_text
from geo.workspace import (
    KEPT_VERSIONS,
    BrokenVersionError,
    WorkspaceBusyError,
    add_events,
    clear_working,
    data_setting,
    home,
    remove_events,
    restore,
    save_working,
    set_aside,
    unreadable,
    versions,
)


def _renamed(events: gpd.GeoDataFrame, prefix: str, n: int = 2) -> gpd.GeoDataFrame:
    new = events.iloc[:n].copy()
    new.index = new["event_id"] = [f"{prefix}-{i}" for i in range(n)]
    return new


def _ids(env: dict[str, str]) -> list[str]:
    data = data_setting(env).data
    return [] if data is None else list(read_data_file(data).index)


def test_home_follows_kcm_home_then_xdg() -> None:
    assert home({"KCM_HOME": "/x"}) == Path("/x")
    assert home({"XDG_DATA_HOME": "/d"}) == Path("/d/kachin-conflict-map")


def test_bundled_only_until_something_is_imported(tmp_path: Path) -> None:
    setting = data_setting({"KCM_HOME": str(tmp_path)})
    assert (setting.data, setting.fixed, setting.version) == (None, False, None)
    assert setting.cli_args() == []
    assert versions({"KCM_HOME": str(tmp_path)}) == []


def test_kcm_data_fixes_the_dataset(tmp_path: Path) -> None:
    env = {"KCM_HOME": str(tmp_path), "KCM_DATA": "/data/ged.csv", "KCM_MERGE": "1",
           "KCM_TOWNSHIPS": "/b/ts.shp"}  # fmt: skip
    setting = data_setting(env)
    assert setting.fixed
    assert setting.merge
    assert setting.cli_args() == [
        "--data", "/data/ged.csv", "--merge", "--townships", "/b/ts.shp",
    ]  # fmt: skip
    assert unreadable(env) is None


def test_each_save_is_a_new_version_with_its_settings(
    tmp_path: Path, events: gpd.GeoDataFrame
) -> None:
    env = {"KCM_HOME": str(tmp_path / "home")}
    first = save_working(events.iloc[:2], merge=False, action="Replaced by a.csv", environ=env)
    setting = data_setting(env)
    assert (setting.data, setting.merge, setting.version) == (first.data, False, 1)
    key = setting.key()
    assert list(read_data_file(first.data).index) == list(events.index[:2])  # type: ignore[arg-type]
    second = save_working(events.iloc[:3], merge=True, environ=env)
    assert second.number == 2
    assert data_setting(env).key() != key  # a new version is a new cache key
    assert [(v.number, v.merge, v.events) for v in versions(env)] == [(2, True, 3), (1, False, 2)]
    assert versions(env)[1].action == "Replaced by a.csv"
    left = [p.name for p in (tmp_path / "home" / "versions").iterdir()]
    assert sorted(left) == ["000001", "000002"]  # no temporary folder or file left


def test_added_events_join_the_dataset_and_repeats_are_left_out(
    tmp_path: Path, events: gpd.GeoDataFrame
) -> None:
    env = {"KCM_HOME": str(tmp_path)}
    new = _renamed(events, "RPT")
    saved, repeated = add_events(new, name="a report", environ=env)
    assert repeated == ()
    setting = data_setting(env)
    assert (setting.data, setting.merge) == (saved.data, True)  # after the bundled events
    assert _ids(env) == ["RPT-0", "RPT-1"]
    assert saved.action == "Added 2 event(s) from a report"
    # the same report again, and a bundled id: nothing new, and said
    again = pd.concat([new, events.iloc[:1]])
    _, repeated = add_events(again, name="a report", environ=env)
    assert [d.event_id for d in repeated] == ["RPT-0", "RPT-1", str(events.index[0])]
    assert _ids(env) == ["RPT-0", "RPT-1"]


def test_two_sessions_adding_from_the_same_view_both_keep_their_events(
    tmp_path: Path, events: gpd.GeoDataFrame
) -> None:
    """Each add reads the working dataset again under the lock: the second session's
    add does not overwrite the first's, though both started from the same view."""
    env = {"KCM_HOME": str(tmp_path)}
    add_events(_renamed(events, "ONE"), name="one.csv", environ=env)
    add_events(_renamed(events, "TWO"), name="two.csv", environ=env)
    assert _ids(env) == ["ONE-0", "ONE-1", "TWO-0", "TWO-1"]


def test_replace_then_add_keeps_replace_settings(tmp_path: Path, events: gpd.GeoDataFrame) -> None:
    env = {"KCM_HOME": str(tmp_path)}
    save_working(events.iloc[:1], merge=False, environ=env)
    add_events(_renamed(events, "NEW", 1), name="new.csv", environ=env)
    setting = data_setting(env)
    assert not setting.merge
    assert _ids(env) == [str(events.index[0]), "NEW-0"]


def test_reset_and_restore_are_versions_too(tmp_path: Path, events: gpd.GeoDataFrame) -> None:
    env = {"KCM_HOME": str(tmp_path)}
    add_events(_renamed(events, "A"), name="a.csv", environ=env)
    cleared = clear_working(env)
    assert (cleared.number, data_setting(env).data) == (2, None)
    restored = restore(1, env)
    assert restored.number == 3
    assert restored.action.startswith("Restored version 1 (Added 2 event(s) from a.csv)")
    assert _ids(env) == ["A-0", "A-1"]
    assert data_setting(env).merge
    with pytest.raises(GeoError, match=r"no version 9 is kept; kept versions: 1, 2, 3"):
        restore(9, env)


def test_only_the_newest_versions_are_kept(tmp_path: Path, events: gpd.GeoDataFrame) -> None:
    env = {"KCM_HOME": str(tmp_path)}
    for n in range(KEPT_VERSIONS + 3):
        save_working(events.iloc[: n % 3 + 1], merge=True, environ=env)
    kept = [v.number for v in versions(env)]
    assert kept == list(range(KEPT_VERSIONS + 3, 3, -1))
    assert len(kept) == KEPT_VERSIONS >= 6  # the current one and at least five before it


def test_an_unreadable_version_is_set_aside_never_deleted(
    tmp_path: Path, events: gpd.GeoDataFrame
) -> None:
    env = {"KCM_HOME": str(tmp_path)}
    save_working(events.iloc[:1], merge=True, environ=env)
    broken = save_working(events.iloc[:2], merge=False, environ=env)
    (broken.folder / "version.json").write_text('{"merge": ')
    with pytest.raises(BrokenVersionError, match=r"version 000002 .* is not valid JSON"):
        data_setting(env)
    assert unreadable(env) == broken.folder
    moved = set_aside(broken.folder, env)
    assert moved.parent == tmp_path / "broken"
    assert (moved / "events.parquet").exists()  # nothing lost
    assert data_setting(env).version == 1
    # the next version is numbered after the highest kept one
    assert save_working(events.iloc[:1], merge=True, environ=env).number == 2


@pytest.mark.parametrize("settings", ['{"merge": "yes"}', "[]", "{}", "not json"])
def test_settings_that_do_not_say_merge_are_an_error_not_a_guess(
    tmp_path: Path, events: gpd.GeoDataFrame, settings: str
) -> None:
    env = {"KCM_HOME": str(tmp_path)}
    saved = save_working(events.iloc[:1], merge=False, environ=env)
    (saved.folder / "version.json").write_text(settings)
    with pytest.raises(BrokenVersionError):
        data_setting(env)


def test_the_working_file_of_earlier_releases_becomes_version_1(
    tmp_path: Path, events: gpd.GeoDataFrame
) -> None:
    env = {"KCM_HOME": str(tmp_path)}
    legacy = geojson_text(events_to_geojson(events.iloc[:2]))
    (tmp_path / "working.geojson").write_text(legacy)
    (tmp_path / "settings.json").write_text('{"merge": false}\n')
    setting = data_setting(env)
    assert (setting.version, setting.merge) == (1, False)
    assert _ids(env) == list(map(str, events.index[:2]))
    assert not (tmp_path / "working.geojson").exists()
    assert not (tmp_path / "settings.json").exists()


def test_a_corrupt_legacy_settings_file_is_reported_not_read_as_merge(
    tmp_path: Path, events: gpd.GeoDataFrame
) -> None:
    env = {"KCM_HOME": str(tmp_path)}
    (tmp_path / "working.geojson").write_text("{}")
    (tmp_path / "settings.json").write_text("{broken")
    with pytest.raises(BrokenVersionError, match="does not say whether to merge"):
        data_setting(env)
    broken = unreadable(env)
    assert broken is not None
    moved = set_aside(broken, env)
    assert (moved / "events.geojson").read_text() == "{}"
    assert data_setting(env).data is None


def test_a_working_dataset_that_cannot_be_written_is_an_error(
    tmp_path: Path, events: gpd.GeoDataFrame
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(GeoError, match=r"cannot use .* nothing was changed"):
        save_working(events, merge=True, environ={"KCM_HOME": str(blocker / "home")})


def test_a_second_writer_waits_then_is_told_to_try_again(
    tmp_path: Path, events: gpd.GeoDataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = {"KCM_HOME": str(tmp_path)}
    save_working(events.iloc[:1], merge=True, environ=env)
    monkeypatch.setattr(workspace, "LOCK_TIMEOUT_S", 0.3)
    holder = os.open(tmp_path / ".lock", os.O_RDWR)
    try:
        fcntl.flock(holder, fcntl.LOCK_EX)
        with pytest.raises(WorkspaceBusyError, match="try again in a moment"):
            add_events(_renamed(events, "LATE"), name="late.csv", environ=env)
    finally:
        os.close(holder)
    assert data_setting(env).version == 1  # nothing changed
    add_events(_renamed(events, "LATE"), name="late.csv", environ=env)  # free again
    assert "LATE-0" in _ids(env)


def test_a_failed_write_changes_nothing_and_leaves_no_temporary(
    tmp_path: Path, events: gpd.GeoDataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = {"KCM_HOME": str(tmp_path)}
    save_working(events.iloc[:1], merge=True, environ=env)

    def full(*_: object, **__: object) -> None:
        raise GeoError("cannot write x: No space left on device")

    monkeypatch.setattr(workspace, "write_atomic", full)
    with pytest.raises(GeoError, match="No space left on device; nothing was changed"):
        save_working(events, merge=False, environ=env)
    monkeypatch.undo()
    assert data_setting(env).version == 1
    assert sorted(p.name for p in (tmp_path / "versions").iterdir()) == ["000001"]
    assert json.loads((tmp_path / "versions" / "000001" / "version.json").read_text())["merge"]


def test_set_aside_moves_only_the_version_the_user_was_shown(
    tmp_path: Path, events: gpd.GeoDataFrame
) -> None:
    env = {"KCM_HOME": str(tmp_path)}
    save_working(events.iloc[:1], merge=True, environ=env)
    broken = save_working(events.iloc[:2], merge=False, environ=env)
    (broken.folder / "version.json").write_text("{")
    shown = unreadable(env)
    assert shown == broken.folder
    # meanwhile another session replaces the events: a good version 3
    save_working(events.iloc[:3], merge=False, environ=env)
    with pytest.raises(GeoError, match=r"no longer the current one.*nothing was changed"):
        set_aside(shown, env)
    assert data_setting(env).version == 3


def test_a_version_whose_events_file_is_gone_is_broken_not_bundled_only(
    tmp_path: Path, events: gpd.GeoDataFrame
) -> None:
    env = {"KCM_HOME": str(tmp_path)}
    saved = save_working(events.iloc[:3], merge=False, environ=env)
    assert saved.data is not None
    saved.data.unlink()
    with pytest.raises(BrokenVersionError, match=r"events\.parquet is missing"):
        data_setting(env)
    assert unreadable(env) == saved.folder


def test_an_unreadable_events_file_is_found_and_other_faults_are_not_blamed_on_it(
    tmp_path: Path, events: gpd.GeoDataFrame
) -> None:
    env = {"KCM_HOME": str(tmp_path)}
    saved = save_working(events.iloc[:2], merge=True, environ=env)
    assert unreadable(env) is None  # readable: a load failure lies elsewhere
    assert saved.data is not None
    saved.data.write_text('{"type": "FeatureCollection", "feat')
    assert unreadable(env) == saved.folder


def test_a_reader_does_not_mistake_a_version_moved_away_for_a_broken_one(
    tmp_path: Path, events: gpd.GeoDataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = {"KCM_HOME": str(tmp_path)}
    save_working(events.iloc[:1], merge=True, environ=env)
    doomed = save_working(events.iloc[:2], merge=True, environ=env)
    real = workspace._read_version
    moved = []

    def racing(folder: Path) -> workspace.Version:
        if folder == doomed.folder and not moved:  # set aside just as it is read
            moved.append(set_aside(doomed.folder, env))
        return real(folder)

    monkeypatch.setattr(workspace, "_read_version", racing)
    assert data_setting(env).version == 1
    assert moved


def test_a_legacy_file_written_again_is_kept_each_time(
    tmp_path: Path, events: gpd.GeoDataFrame
) -> None:
    env = {"KCM_HOME": str(tmp_path)}
    save_working(events.iloc[:1], merge=True, environ=env)
    for text in ("first", "second"):
        (tmp_path / "working.geojson").write_text(text)
        (tmp_path / "settings.json").write_text('{"merge": true}')
        data_setting(env)
    kept = sorted(p.read_text() for p in (tmp_path / "broken").glob("legacy-*/working.geojson"))
    assert kept == ["first", "second"]
    assert len(list((tmp_path / "broken").glob("legacy-*/settings.json"))) == 2


def test_legacy_files_that_cannot_be_moved_are_an_error(tmp_path: Path) -> None:
    env = {"KCM_HOME": str(tmp_path)}
    (tmp_path / "working.geojson").write_text("{}")
    (tmp_path / "settings.json").mkdir()  # not a file
    with pytest.raises(GeoError, match=r"earlier release .* nothing was changed"):
        data_setting(env)
    assert (tmp_path / "working.geojson").read_text() == "{}"


def test_no_room_for_a_new_version_is_an_error_naming_it(
    tmp_path: Path, events: gpd.GeoDataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = {"KCM_HOME": str(tmp_path)}

    def full(**_: object) -> str:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(workspace.tempfile, "mkdtemp", full)
    with pytest.raises(GeoError, match="No space left on device; nothing was changed"):
        save_working(events.iloc[:1], merge=True, environ=env)


def test_one_added_event_can_be_removed_as_a_new_version(
    tmp_path: Path, events: gpd.GeoDataFrame
) -> None:
    env = {"KCM_HOME": str(tmp_path)}
    add_events(_renamed(events, "A", 3), name="a.csv", environ=env)
    removed = workspace.remove_events(["A-1"], environ=env)
    assert removed.action == "Removed 1 event(s): A-1"
    assert _ids(env) == ["A-0", "A-2"]
    assert data_setting(env).merge  # the bundled events still shown
    restore(1, env)  # and it can be undone
    assert _ids(env) == ["A-0", "A-1", "A-2"]


@pytest.mark.parametrize("event_id", ["KCM-20231009-MLH", "NOT-THERE"])
def test_bundled_or_unknown_events_cannot_be_removed(
    tmp_path: Path, events: gpd.GeoDataFrame, event_id: str
) -> None:
    env = {"KCM_HOME": str(tmp_path)}
    add_events(_renamed(events, "A", 1), name="a.csv", environ=env)
    with pytest.raises(GeoError, match=rf"not in the working dataset: {event_id}.*nothing"):
        workspace.remove_events([event_id], environ=env)
    assert data_setting(env).version == 1


def test_a_version_keeps_its_events_as_geoparquet(tmp_path: Path, events: gpd.GeoDataFrame) -> None:
    env = {"KCM_HOME": str(tmp_path)}
    saved = save_working(events.iloc[:3], merge=False, environ=env)
    assert saved.data == saved.folder / "events.parquet"
    assert sorted(p.name for p in saved.folder.iterdir()) == ["events.parquet", "version.json"]
    assert gpd.read_parquet(saved.data).crs == "EPSG:4326"
    assert_geodataframe_equal(read_data_file(saved.data), events.iloc[:3])


def _geojson_version(home: Path, events: gpd.GeoDataFrame, number: int = 1) -> Path:
    """A version as releases before GeoParquet wrote it."""
    folder = home / "versions" / f"{number:06d}"
    folder.mkdir(parents=True)
    (folder / "events.geojson").write_text(geojson_text(events_to_geojson(events)))
    settings = {"merge": False, "created": "2026-01-01T00:00:00+00:00", "action": "Replaced"}
    (folder / "version.json").write_text(json.dumps({**settings, "events": len(events)}))
    return folder


def test_a_version_written_as_geojson_is_still_read_changed_and_restored(
    tmp_path: Path, events: gpd.GeoDataFrame
) -> None:
    env = {"KCM_HOME": str(tmp_path)}
    old = _geojson_version(tmp_path, events.iloc[:2])
    setting = data_setting(env)
    assert (setting.version, setting.data) == (1, old / "events.geojson")
    assert _ids(env) == list(events.index[:2])
    assert unreadable(env) is None
    added, _ = add_events(_renamed(events, "NEW", 1), name="new.csv", environ=env)
    assert added.data == added.folder / "events.parquet"  # the next change writes GeoParquet
    assert _ids(env) == [*events.index[:2], "NEW-0"]
    removed = remove_events([events.index[0]], environ=env)
    assert _ids(env) == [events.index[1], "NEW-0"]
    back = restore(1, env)
    assert back.data == back.folder / "events.geojson"  # restored as it was, not converted
    assert _ids(env) == list(events.index[:2])
    assert removed.number < back.number


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",
        lambda data: data[: len(data) // 2],
        lambda data: data[:100] + bytes(len(data) - 100),
        lambda data: b'{"type": "FeatureCollection", "feat',
    ],
    ids=["emptied", "cut off", "zeroed", "text"],
)
def test_a_damaged_geoparquet_version_is_found_and_set_aside(
    tmp_path: Path, events: gpd.GeoDataFrame, damage: Callable[[bytes], bytes]
) -> None:
    env = {"KCM_HOME": str(tmp_path)}
    save_working(events.iloc[:1], merge=True, environ=env)
    broken = save_working(events.iloc[:2], merge=False, environ=env)
    assert broken.data is not None
    broken.data.write_bytes(damage(broken.data.read_bytes()))
    assert data_setting(env).version == 2  # its settings are whole: the load fails
    with pytest.raises(GeoError, match=r"events\.parquet"):
        read_data_file(broken.data)
    assert unreadable(env) == broken.folder
    moved = set_aside(broken.folder, env)
    assert (moved / "events.parquet").exists()  # nothing lost
    assert data_setting(env).version == 1
