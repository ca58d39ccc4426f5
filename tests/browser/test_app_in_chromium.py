from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import pytest

from geo.loader import load_events

pytestmark = pytest.mark.browser
SHOTS = Path("/tmp/kcm-screenshots")


@pytest.mark.parametrize(("width", "height", "name"), [(1366, 900, "desktop"), (390, 844, "phone")])
def test_overview_renders_offline(
    browser, app_url: str, width: int, height: int, name: str
) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": width, "height": height})
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(app_url, wait_until="domcontentloaded")
    page.get_by_text("Kachin Conflict Map", exact=True).first.wait_for(timeout=60_000)
    metric = page.locator('[data-testid="stMetricValue"]').first
    metric.wait_for(timeout=60_000)
    assert metric.inner_text() == str(len(load_events()))
    page.locator('[data-testid="stDataFrame"]').first.wait_for(timeout=60_000)
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"overview-{name}.png"), full_page=True)
    origin = urlparse(app_url).netloc
    foreign = [
        u
        for u in requested
        if urlparse(u).scheme in ("http", "https", "ws", "wss") and urlparse(u).netloc != origin
    ]
    assert foreign == [], "the app must make no third-party request"
    page.close()
