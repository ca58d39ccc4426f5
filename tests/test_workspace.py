"""Settings from the environment, and the working dataset written whole."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

from geo.dataset import read_data_file
from geo.errors import GeoError
from geo.workspace import add_events, clear_working, data_setting, home, save_working


def test_home_follows_kcm_home_then_xdg() -> None:
    assert home({"KCM_HOME": "/x"}) == Path("/x")
    assert home({"XDG_DATA_HOME": "/d"}) == Path("/d/kachin-conflict-map")


def test_bundled_only_until_something_is_imported(tmp_path: Path) -> None:
    setting = data_setting({"KCM_HOME": str(tmp_path)})
    assert (setting.data, setting.fixed) == (None, False)
    assert setting.cli_args() == []


def test_kcm_data_fixes_the_dataset(tmp_path: Path) -> None:
    env = {"KCM_HOME": str(tmp_path), "KCM_DATA": "/data/ged.csv", "KCM_MERGE": "1",
           "KCM_TOWNSHIPS": "/b/ts.shp"}  # fmt: skip
    setting = data_setting(env)
    assert setting.fixed
    assert setting.merge
    assert setting.cli_args() == [
        "--data", "/data/ged.csv", "--merge", "--townships", "/b/ts.shp",
    ]  # fmt: skip


def test_save_read_and_clear_the_working_dataset(tmp_path: Path, events: gpd.GeoDataFrame) -> None:
    env = {"KCM_HOME": str(tmp_path / "home")}
    path = save_working(events.iloc[:2], merge=False, environ=env)
    setting = data_setting(env)
    assert (setting.data, setting.merge, setting.fixed) == (path, False, False)
    key = setting.key()
    assert list(read_data_file(path).index) == list(events.index[:2])
    save_working(events.iloc[:3], merge=True, environ=env)
    assert data_setting(env).key() != key  # a changed file is a new cache key
    assert not list((tmp_path / "home").glob(".*.tmp"))  # written whole, then renamed
    clear_working(env)
    assert data_setting(env).data is None


def test_added_events_join_the_shown_dataset_and_repeats_are_left_out(
    tmp_path: Path, events: gpd.GeoDataFrame
) -> None:
    env = {"KCM_HOME": str(tmp_path)}
    new = events.iloc[:2].copy()
    new.index = new["event_id"] = ["RPT-1", "RPT-2"]
    new["dataset"] = "report"
    path, repeated = add_events(
        events, new, name="a report", setting=data_setting(env), environ=env
    )
    assert repeated == ()
    setting = data_setting(env)
    assert (setting.data, setting.merge) == (path, True)  # after the bundled events
    assert list(read_data_file(path)["event_id"]) == ["RPT-1", "RPT-2"]
    # the same report again: nothing new, and said
    shown = gpd.GeoDataFrame(pd.concat([events, read_data_file(path)]), crs=events.crs)
    _, repeated = add_events(shown, new, name="a report", setting=setting, environ=env)
    assert [d.event_id for d in repeated] == ["RPT-1", "RPT-2"]
    assert list(read_data_file(path)["event_id"]) == ["RPT-1", "RPT-2"]


def test_a_working_dataset_that_cannot_be_written_is_an_error(
    tmp_path: Path, events: gpd.GeoDataFrame
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(GeoError, match=r"cannot write .*nothing was changed"):
        save_working(events, merge=True, environ={"KCM_HOME": str(blocker / "home")})
