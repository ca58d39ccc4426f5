"""Hostile event text in a real browser: shown as text, never run."""

from __future__ import annotations

import mimetypes

import pandas as pd
import pytest
from playwright.sync_api import Browser, Route

from geo.schema import Source, validate_events
from tests.conftest import make_row
from ui.assets import STATIC_DIR
from ui.maps import EVENT_CLASS, event_map

pytestmark = pytest.mark.browser
HOSTILE = "<img src=x onerror=window.pwned=1>${window.pwned=2}`\\"
ORIGIN = "http://kcm.test"


def test_popup_and_tooltip_show_hostile_text_without_running_it(browser: Browser) -> None:
    events = validate_events(
        pd.DataFrame([make_row(location=HOSTILE, sources=[Source(HOSTILE, url="https://e.org")])])
    )
    # the schema refuses non-web links; the popup must not rely on it
    events.at[events.index[0], "sources"] = [Source(HOSTILE, url="javascript:window.pwned=3")]
    html = event_map(events, centre=None, basemap=False).get_root().render()

    def serve(route: Route) -> None:
        path = route.request.url.removeprefix(ORIGIN)
        if path == "/map.html":
            route.fulfill(body=html, content_type="text/html")
        elif path.startswith("/app/static/"):
            file = STATIC_DIR / path.removeprefix("/app/static/")
            route.fulfill(path=file, content_type=mimetypes.guess_type(file.name)[0])
        else:
            route.abort()

    page = browser.new_page()
    page.route(f"{ORIGIN}/**", serve)
    page.goto(f"{ORIGIN}/map.html")
    marker = page.locator(f"path.{EVENT_CLASS}")
    marker.wait_for(timeout=30_000)
    marker.hover(force=True)
    marker.click(force=True)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for(timeout=30_000)
    assert HOSTILE in popup.inner_text()
    assert HOSTILE in page.locator(".leaflet-tooltip").inner_text()
    assert page.locator(".leaflet-popup-content img, .leaflet-tooltip img").count() == 0
    assert popup.locator("a").count() == 0  # a javascript: URL is shown, not linked
    assert page.evaluate("window.pwned") is None
    page.close()
