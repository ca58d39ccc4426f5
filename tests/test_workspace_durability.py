"""geo.workspace under stress: writers in other processes at once, and writers killed
(``kill -9``) at random points. Nothing is lost or mixed; the working dataset is always
a whole old or new version whose events agree with its settings."""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import signal
import time
from pathlib import Path

import geopandas as gpd

from geo.dataset import read_data_file
from geo.workspace import add_events, data_setting, save_working

ROUNDS = 50


def _adder(home: str, worker: str, go: float, events: gpd.GeoDataFrame) -> None:
    """One process: ``ROUNDS`` adds of one new event each, starting at ``go``."""
    env = {"KCM_HOME": home}
    time.sleep(max(0.0, go - time.time()))
    for n in range(ROUNDS):
        new = events.iloc[[n % len(events)]].copy()
        new.index = new["event_id"] = [f"{worker}-{n:02d}"]
        add_events(new, name=f"{worker}.csv", environ=env)


def _fork() -> multiprocessing.context.ForkContext:
    return multiprocessing.get_context("fork")


def test_two_processes_adding_at_once_lose_nothing(
    tmp_path: Path, events: gpd.GeoDataFrame
) -> None:
    home = str(tmp_path)
    go = time.time() + 0.5
    workers = [
        _fork().Process(target=_adder, args=(home, name, go, events)) for name in ("P1", "P2")
    ]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=600)
        assert w.exitcode == 0
    setting = data_setting({"KCM_HOME": home})
    assert setting.version == 2 * ROUNDS  # every add made its own version
    ids = sorted(read_data_file(setting.data).index)  # type: ignore[arg-type]
    expected = sorted(f"{w}-{n:02d}" for w in ("P1", "P2") for n in range(ROUNDS))
    assert ids == expected  # nothing lost, nothing doubled
    assert sorted(p.name for p in (tmp_path / "versions").iterdir() if p.name.startswith(".")) == []


def _writer(home: str, events: gpd.GeoDataFrame, ready: str) -> None:
    """Writes versions for ever: even rounds the first 3 events shown after the
    bundled ones, odd rounds 5 events instead of them, so count and settings pair."""
    env = {"KCM_HOME": home}
    Path(ready).touch()
    n = 0
    while True:
        merge = n % 2 == 0
        save_working(events.iloc[: 3 if merge else 5], merge=merge, environ=env)
        n += 1


def _consistent(home: Path) -> int:
    """The current version's events agree with its settings; returns its number."""
    setting = data_setting({"KCM_HOME": str(home)})
    if setting.version is None:
        return 0
    assert setting.data is not None
    count = len(read_data_file(setting.data))
    recorded = json.loads((setting.data.parent / "version.json").read_text())
    assert recorded["events"] == count
    assert setting.merge == (count == 3)
    return setting.version


def test_a_writer_killed_at_any_point_leaves_a_whole_version(
    tmp_path: Path, events: gpd.GeoDataFrame
) -> None:
    rng = random.Random(20231009)  # noqa: S311 (kill times, not secrets)
    big = events.iloc[[i % len(events) for i in range(5)]].copy()
    big.index = big["event_id"] = [f"K-{i}" for i in range(5)]
    seen = 0
    for round_ in range(ROUNDS):
        ready = tmp_path / f"ready-{round_}"
        child = _fork().Process(target=_writer, args=(str(tmp_path), big, str(ready)))
        child.start()
        deadline = time.monotonic() + 60
        while not ready.exists():
            assert time.monotonic() < deadline, "the writer did not start"
            time.sleep(0.01)
        time.sleep(rng.uniform(0.0, 0.4))
        assert child.pid is not None
        os.kill(child.pid, signal.SIGKILL)
        child.join()
        version = _consistent(tmp_path)
        assert version >= seen  # never goes back
        seen = version
    assert seen > 0
    # the next writer clears what killed writers left, and the old versions are intact
    save_working(big.iloc[:3], merge=True, environ={"KCM_HOME": str(tmp_path)})
    leftovers = [p.name for p in (tmp_path / "versions").iterdir() if p.name.startswith(".")]
    assert leftovers == []
    assert _consistent(tmp_path) == seen + 1
