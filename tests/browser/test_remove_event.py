"""Removing one imported event in the browser: open its record, confirm, remove; the
working dataset gets a new version without it (restorable), nothing else changes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from geo.dataset import read_data_file
from geo.loader import load_events
from geo.workspace import data_setting, save_working
from tests.browser.conftest import _serve
from tests.browser.test_dashboard import TIMEOUT, Visit
from ui.maps import EVENT_CLASS

pytestmark = pytest.mark.browser


@pytest.fixture
def imported(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A server whose working dataset is two imported events shown alone."""
    home = tmp_path / "home"
    events = load_events().loc[["KCM-20221023-ANP", "KCM-20231009-MLH"]].copy()
    events.index = events["event_id"] = ["IMP-1", "IMP-2"]
    events["dataset"] = "imported.csv"
    save_working(events, merge=False, environ={"KCM_HOME": str(home)})
    with _serve(tmp_path, KCM_OFFLINE="1") as url:
        yield url, home


def test_remove_one_imported_event_after_confirming(
    browser: Browser, imported: tuple[str, Path]
) -> None:
    url, home = imported
    visit = Visit(browser, url).open("?township=MMR001009")  # Hpakant: IMP-1 alone
    try:
        assert visit.markers(1) == 1
        visit.map.locator(f"path.{EVENT_CLASS}").first.click(force=True)
        page = visit.page
        page.get_by_text("Selected event").wait_for(timeout=TIMEOUT)
        remove = page.get_by_role("button", name="Remove", exact=True)
        assert remove.is_disabled()  # not before the user confirms
        page.get_by_text("Remove IMP-1 from the working dataset").click()
        remove.click()
        page.get_by_text("Removed 1 event(s): IMP-1 (version 2)").wait_for(timeout=TIMEOUT)
        visit.open()  # the whole dataset: IMP-2 alone is left
        assert visit.markers(1) == 1
    finally:
        visit.close()
    setting = data_setting({"KCM_HOME": str(home)})
    assert setting.version == 2
    assert setting.data is not None
    assert list(read_data_file(setting.data).index) == ["IMP-2"]
