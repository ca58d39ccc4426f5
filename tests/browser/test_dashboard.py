"""The real app in Debian's Chromium: the Leaflet map draws the filtered events, the
filter drives it, downloads are right, and nothing is requested from elsewhere."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Browser, FrameLocator, Page
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from geo.dataset import load_dataset
from geo.export import events_to_geojson, geojson_text
from geo.filters import EventFilter, apply_filter
from geo.loader import load_events
from ui.maps import EVENT_CLASS

pytestmark = pytest.mark.browser
SHOTS = Path("/tmp/kcm-screenshots")
TIMEOUT = 60_000
PAGES = {
    "": "Map",
    "rings": "Distance rings",
    "casualties": "Casualties",
    "export": "Export",
    "quality": "Data quality",
    "data": "Import data",
    "sources": "Data & sources",
}
MOMAUK, HPAKANT = "MMR001012", "MMR001009"


def _placed(flt: EventFilter) -> int:
    kept = apply_filter(load_events(), flt)
    return int(kept.geometry.notna().sum())


class Visit:
    """A page of the app, with every request it made recorded."""

    def __init__(self, browser: Browser, base: str, *, width: int = 1366, height: int = 900):
        self.base = base
        self.page: Page = browser.new_page(
            viewport={"width": width, "height": height}, accept_downloads=True
        )
        self.page.set_default_timeout(TIMEOUT)  # a loaded CI machine is slow, not wrong
        self.requests: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))

    def open(self, path: str = "", title: str = "Map") -> Visit:
        self.page.goto(f"{self.base}/{path}", wait_until="domcontentloaded")
        self.page.get_by_role("heading", name=title).first.wait_for(timeout=TIMEOUT)
        return self

    @property
    def map(self) -> FrameLocator:
        return self.page.frame_locator("iframe[src*='streamlit_folium']").first

    def markers(self, expected: int) -> int:
        """Waits (up to a minute) for Leaflet to draw ``expected`` events; returns the
        count drawn: markers alone plus the counts of the numbered groups (events too
        close to tell apart). A filter change re-mounts the map, so this polls."""
        count = -1
        for _ in range(120):
            try:
                alone = self.map.locator(f"path.{EVENT_CLASS}").count()
                grouped = self.map.locator(".marker-cluster span").all_inner_texts()
            except PlaywrightError as error:
                # the map's frame was replaced between the two reads (a re-mount):
                # read the new one on the next round
                if "detached" not in str(error):
                    raise
            else:
                count = alone + sum(int(n) for n in grouped if n.strip().isdigit())
                if count == expected:
                    break
            self.page.wait_for_timeout(500)
        return count

    def settled(self) -> Visit:
        """Waits until the app's run is over: while a run is going, the elements of the
        run before stay on the page marked stale (two file uploaders, for a moment) and
        the status widget shows its running icon."""
        idle = (
            "() => !document.querySelector('[data-stale=\"true\"]')"
            " && !document.querySelector('[data-testid^=\"stStatusWidgetRunning\"]')"
        )
        self.page.wait_for_function(idle, timeout=TIMEOUT)
        self.page.wait_for_timeout(250)  # a run that starts just after the look
        self.page.wait_for_function(idle, timeout=TIMEOUT)
        return self

    def upload(self, path: Path) -> Visit:
        """Chooses a file in the page's uploader, and waits until it is uploaded."""
        self.settled()
        self.page.locator('input[type="file"]').set_input_files(str(path))
        self.page.get_by_test_id("stFileUploader").get_by_text(path.name).wait_for(timeout=TIMEOUT)
        return self

    def foreign(self) -> list[str]:
        origin = urlparse(self.base).netloc
        return [
            u
            for u in self.requests
            if urlparse(u).scheme in ("http", "https", "ws", "wss") and urlparse(u).netloc != origin
        ]

    def close(self) -> None:
        self.page.close()


@pytest.fixture
def visit(browser: Browser, app_url: str) -> Iterator[Visit]:
    v = Visit(browser, app_url)
    yield v
    v.close()


def test_leaflet_initialises_and_draws_every_placed_event(visit: Visit) -> None:
    visit.open()
    everything = EventFilter()
    assert visit.markers(_placed(everything)) == _placed(everything)
    frame = next(f for f in visit.page.frames if "streamlit_folium" in f.url)
    assert frame.evaluate("window.L && window.L.version") == "1.9.3"
    assert visit.map.get_by_text("Event type").count() == 1  # the legend
    assert visit.foreign() == []


def test_township_filter_changes_the_markers_and_the_url(visit: Visit) -> None:
    visit.open(f"?township={MOMAUK}")
    momauk = _placed(EventFilter(townships=(MOMAUK,)))
    assert visit.markers(momauk) == momauk
    box = visit.page.get_by_test_id("stSidebar").get_by_role("combobox").nth(0)
    box.click()
    box.fill("Hpakant")
    visit.page.keyboard.press("Enter")
    visit.page.keyboard.press("Escape")
    both = _placed(EventFilter(townships=(MOMAUK, HPAKANT)))
    assert both != momauk
    assert visit.markers(both) == both
    visit.page.wait_for_url(f"**township={MOMAUK}&township={HPAKANT}*", timeout=TIMEOUT)


def test_clicking_an_event_shows_its_record(visit: Visit) -> None:
    visit.open(f"?township={HPAKANT}")
    assert visit.markers(1) == 1
    # a click on a map that a run still in progress is about to re-mount is lost (seen
    # once on a loaded CI machine): click when the page is idle, and, as a user would,
    # once more if nothing happened
    selected = visit.page.get_by_text("Selected event")
    for _ in range(3):
        visit.settled()
        assert visit.markers(1) == 1
        visit.map.locator(f"path.{EVENT_CLASS}").first.click(force=True)
        try:
            selected.wait_for(timeout=TIMEOUT // 3)
            break
        except PlaywrightTimeoutError:
            continue
    selected.wait_for(timeout=TIMEOUT)
    assert (
        visit.map.locator(".leaflet-popup-content")
        .first.inner_text()
        .startswith("KCM-20221023-ANP")
    )


def test_geojson_download_is_valid_and_matches_the_filter(visit: Visit, tmp_path: Path) -> None:
    visit.open(f"export?from=2023-10-01&to=2023-10-31&township={MOMAUK}", "Export")
    with visit.page.expect_download(timeout=TIMEOUT) as info:
        visit.page.get_by_role("button", name="Download GeoJSON").click()
    download = info.value
    assert download.suggested_filename == f"kcm-events_2023-10-01_2023-10-31_{MOMAUK}.geojson"
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    text = path.read_text(encoding="utf-8")
    collection = json.loads(text)
    assert collection["type"] == "FeatureCollection"
    october = EventFilter(dt.date(2023, 10, 1), dt.date(2023, 10, 31), (MOMAUK,))
    expected = apply_filter(load_dataset().events, october)  # townships assigned
    assert [f["properties"]["event_id"] for f in collection["features"]] == list(expected.index)
    assert text == geojson_text(events_to_geojson(expected))  # what `python -m geo events` writes


def test_base_map_tiles_are_fetched_only_when_switched_on(visit: Visit) -> None:
    visit.page.route("https://tile.openstreetmap.org/**", lambda route: route.abort())
    visit.open()
    visit.markers(_placed(EventFilter()))
    assert visit.foreign() == []
    visit.page.get_by_text("OpenStreetMap base map").click()
    visit.page.wait_for_timeout(500)
    frame_ready = visit.map.locator(".leaflet-tile").first
    frame_ready.wait_for(state="attached", timeout=TIMEOUT)
    assert visit.foreign()
    assert {urlparse(u).netloc for u in visit.foreign()} == {"tile.openstreetmap.org"}
    # the tiles failed (the route refused them): the map says so, and still shows its
    # offline base layers rather than a blank field
    notice = visit.map.get_by_role("status")
    notice.wait_for(timeout=TIMEOUT)
    assert "OpenStreetMap tiles could not be loaded" in notice.inner_text()
    visit.map.locator("path.kcm-base-myanmar").wait_for(state="attached", timeout=TIMEOUT)


def _links_elsewhere(visit: Visit) -> list[str]:
    """Links on the page and in its frames that lead off the app's origin."""
    origin = urlparse(visit.base).netloc
    found = []
    for frame in visit.page.frames:
        hrefs = frame.evaluate("() => [...document.querySelectorAll('a[href]')].map(a => a.href)")
        found += [
            h
            for h in hrefs
            if urlparse(h).scheme in ("http", "https") and urlparse(h).netloc != origin
        ]
    return found


@pytest.mark.parametrize(("width", "height", "name"), [(1366, 900, "desktop"), (390, 844, "phone")])
def test_offline_mode_every_page_stays_on_its_own_origin(
    browser: Browser, offline_app_url: str, width: int, height: int, name: str
) -> None:
    visit = Visit(browser, offline_app_url, width=width, height=height)
    SHOTS.mkdir(exist_ok=True)
    for path, title in PAGES.items():
        visit.open(path, title)
        if path in ("", "rings"):
            assert visit.markers(_placed(EventFilter())) == _placed(EventFilter())
            assert visit.map.get_by_text("Event type").count() == 1
        if path == "rings":
            assert visit.map.locator("path.kcm-ring").count() == 5
        visit.page.wait_for_timeout(1500)  # let charts and tables settle for the picture
        visit.page.screenshot(path=str(SHOTS / f"{path or 'map'}-{name}.png"), full_page=True)
        assert _links_elsewhere(visit) == [], f"{path}: a link to another site offline"
    if name == "desktop":  # on a phone the sidebar starts folded away
        assert visit.page.get_by_text("Offline mode (KCM_OFFLINE=1)").count() == 1
    assert visit.foreign() == [], "offline: every request must go to the app's own origin"
    visit.close()
