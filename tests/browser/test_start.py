"""A fresh server's first visit: progress is shown while the data loads, then the map."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.browser.conftest import _serve

TIMEOUT = 60_000


def test_a_cold_start_shows_progress_before_the_map(
    browser: Browser, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("streamlit-cold")
    cache = Path(folder) / "empty-cache"  # the gazetteer is built: the slowest start
    with _serve(folder, KCM_OFFLINE="1", KCM_CACHE=str(cache)) as url:
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        try:
            page.set_default_timeout(TIMEOUT)
            page.goto(url)
            progress = page.get_by_text(re.compile(r"^(Starting: loading|Loading events)"))
            progress.first.wait_for()
            assert page.get_by_role("link", name="Map").count() >= 1, "navigation drawn first"
            page.frame_locator("iframe[src*='streamlit_folium']").first.locator(
                ".leaflet-container"
            ).wait_for()
            progress.first.wait_for(state="detached")
        finally:
            page.close()
    assert list(cache.glob("gazetteer-*.txt")), "the start filled the cache"
