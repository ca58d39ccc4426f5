"""Two browser sessions pressing Import at the same moment, round after round: both
sessions' events are kept, each is told what it added, and nothing is doubled."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from geo.dataset import read_data_file
from geo.loader import load_events
from geo.workspace import data_setting
from tests.browser.conftest import _serve
from tests.browser.test_dashboard import TIMEOUT, Visit
from tests.importers.conftest import acled_rows, to_csv

pytestmark = pytest.mark.browser

ROUNDS = 50


@pytest.fixture
def shared_home(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    with _serve(tmp_path, KCM_OFFLINE="1") as url:
        yield url, tmp_path / "home"


def _file(folder: Path, session: str, round_: int) -> Path:
    row = acled_rows(load_events())[round_ % 10]
    row["event_id_cnty"] = f"{session}{round_:02d}"
    path = folder / f"{session}{round_:02d}.csv"
    path.write_bytes(to_csv([row]))
    return path


def test_two_sessions_importing_at_once_lose_nothing(
    browser: Browser, shared_home: tuple[str, Path], tmp_path: Path
) -> None:
    url, home = shared_home
    sessions = {name: Visit(browser, url).open("data", "Import data") for name in ("A", "B")}
    try:
        for round_ in range(ROUNDS):
            files = {name: _file(tmp_path, name, round_) for name in sessions}
            for name, visit in sessions.items():
                visit.upload(files[name])
                visit.page.get_by_role("button", name="Import 1 valid rows").wait_for()
            for visit in sessions.values():  # both presses before either run is over
                visit.page.get_by_role("button", name="Import 1 valid rows").click()
            for name, visit in sessions.items():
                said = f"Imported 1 events from {files[name].name} as version"
                visit.page.get_by_text(said).wait_for(timeout=2 * TIMEOUT)
    finally:
        for visit in sessions.values():
            visit.close()
    setting = data_setting({"KCM_HOME": str(home)})
    assert setting.version == 2 * ROUNDS
    assert setting.data is not None
    ids = sorted(read_data_file(setting.data).index)
    assert ids == sorted(f"{s}{r:02d}" for s in sessions for r in range(ROUNDS))
