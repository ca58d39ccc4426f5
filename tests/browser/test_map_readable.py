"""The map a reader understands, in Debian's Chromium with no base map tiles (offline):
the border, state and township outlines are drawn; town labels never overlap at any
zoom over Kachin and some label is always in view; every bundled event can be opened
by clicks alone; an open popup is never under the legend."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, Frame

from geo.loader import load_events
from geo.precision import region_only
from tests.browser.test_dashboard import SHOTS, TIMEOUT, Visit
from ui.maps import EVENT_CLASS

pytestmark = pytest.mark.browser

#: Views over Kachin and northern Shan: (name, latitude, longitude).
CENTRES = [
    ("Myitkyina", 25.38, 97.39),
    ("Laiza", 24.77, 97.55),
    ("Hpakant", 25.61, 96.31),
    ("Putao", 27.33, 97.42),
    ("Bhamo", 24.26, 97.23),
    ("between towns, Tanai", 26.2, 96.9),
    ("Lashio", 22.93, 97.75),
]

#: Label boxes (in the map's frame) that intersect, and how many lie in view.
_LABEL_BOXES = """
() => {
  const size = map_div.getSize();
  const boxes = Array.from(document.querySelectorAll('.kcm-label')).map(e => {
    const r = e.getBoundingClientRect();
    return {text: e.textContent, l: r.left, r: r.right, t: r.top, b: r.bottom};
  });
  const clash = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      if (a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b) clash.push([a.text, b.text]);
    }
  const inView = boxes.filter(b => b.l >= 0 && b.r <= size.x && b.t >= 0 && b.b <= size.y);
  return {clash: clash, inView: inView.length, all: boxes.length};
}
"""

#: A point of the index-th event marker that a click reaches (not covered by another).
_CLICKABLE = """
(index) => {
  const path = document.querySelectorAll('path.EVENT_CLASS')[index];
  const r = path.getBoundingClientRect();
  for (let dy = 0.5; dy > 0; dy -= 0.1)
    for (const fy of [0.5 - dy + 0.5, dy])
      for (let fx = 0.1; fx < 1; fx += 0.1) {
        const x = r.left + r.width * fx, y = r.top + r.height * fy;
        if (document.elementFromPoint(x, y) === path) return {x: x, y: y};
      }
  return null;
}
""".replace("EVENT_CLASS", EVENT_CLASS)


@pytest.fixture(name="visit")
def _visit(browser: Browser, offline_app_url: str) -> Iterator[Visit]:
    v = Visit(browser, offline_app_url)
    try:
        yield v
    finally:
        v.close()


def _frame(visit: Visit) -> Frame:
    visit.map.locator("[data-kcm-base='drawn']").wait_for(timeout=TIMEOUT)
    return next(f for f in visit.page.frames if "streamlit_folium" in f.url)


def _box(frame: Frame, selector: str) -> dict[str, float] | None:
    result: dict[str, float] | None = frame.evaluate(
        """(s) => { const e = document.querySelector(s); if (!e) return null;
        const r = e.getBoundingClientRect();
        return r.width ? {l: r.left, r: r.right, t: r.top, b: r.bottom} : null; }""",
        selector,
    )
    return result


def _apart(a: dict[str, float], b: dict[str, float]) -> bool:
    return a["r"] <= b["l"] or b["r"] <= a["l"] or a["b"] <= b["t"] or b["b"] <= a["t"]


def _assert_clear_of_legend(frame: Frame) -> None:
    legend, shown = _box(frame, ".kcm-legend"), _box(frame, ".leaflet-popup")
    assert legend is not None
    assert shown is not None
    assert _apart(legend, shown), (legend, shown)


def _settle(frame: Frame) -> None:
    """Waits until no zoom or spiderfy animation is running."""
    frame.wait_for_function(
        "() => !map_div._animatingZoom && !document.querySelector('.leaflet-zoom-anim')",
        timeout=TIMEOUT,
    )
    frame.wait_for_timeout(400)  # markercluster's spiderfy animation (250 ms) ends


def test_offline_base_layers_border_states_and_townships_are_drawn(visit: Visit) -> None:
    frame = _frame(visit.open())
    assert frame.locator("path.kcm-base-myanmar").count() == 1
    assert frame.locator("path.kcm-base-country").count() >= 5  # Myanmar and neighbours
    assert frame.locator("path.kcm-base-state").count() >= 2
    assert frame.locator("path.kcm-base-township").count() > 100
    # The default view reaches the China border at Laiza: the neighbour is named.
    assert frame.locator(".kcm-label-country", has_text="China").count() >= 1
    assert frame.locator(".kcm-label-town", has_text="Myitkyina").count() == 1
    assert "Natural Earth" in frame.locator(".kcm-legend").inner_text()
    visit.page.screenshot(path=str(SHOTS / "map-base-layers.png"))
    assert visit.foreign() == []


def test_labels_never_overlap_and_one_is_always_in_view(visit: Visit) -> None:
    frame = _frame(visit.open())
    problems: list[str] = []
    for name, lat, lon in CENTRES:
        for zoom in range(6, 13):
            # a function returning nothing: returning the map would serialise all of it
            frame.evaluate(
                f"() => {{ map_div.setView([{lat}, {lon}], {zoom}, {{animate: false}}); }}"
            )
            boxes: dict[str, Any] = frame.evaluate(_LABEL_BOXES)
            if boxes["clash"]:
                problems.append(f"{name} z{zoom}: overlapping {boxes['clash'][:3]}")
            if boxes["inView"] == 0:
                problems.append(f"{name} z{zoom}: no label in view")
    assert problems == []


def _open_markers(visit: Visit, frame: Frame, opened: set[str]) -> None:
    """Clicks every event marker in view, as a reader would: the legend folded first
    where it covers one; records the event each popup names and checks the popup is
    clear of the legend. A popup pans the map to fit; the view is put back after."""
    view = frame.evaluate("() => [map_div.getCenter(), map_div.getZoom()]")
    for index in range(frame.locator(f"path.{EVENT_CLASS}").count()):
        point = frame.evaluate(_CLICKABLE, index)
        if point is None and frame.get_by_role("button", name="Hide legend").count():
            frame.get_by_role("button", name="Hide legend").click()
            point = frame.evaluate(_CLICKABLE, index)
        assert point is not None, f"marker {index} is covered everywhere"
        frame.locator("body").click(position=point, force=True)
        popup = frame.locator(".leaflet-popup .kcm-popup b").first
        popup.wait_for(timeout=TIMEOUT)
        opened.add(popup.inner_text())
        frame.wait_for_timeout(300)  # the popup's pan into view
        _assert_clear_of_legend(frame)
        frame.locator(".leaflet-popup-close-button").click()
        frame.locator(".leaflet-popup").wait_for(state="detached", timeout=TIMEOUT)
        frame.evaluate("(v) => { map_div.setView(v[0], v[1], {animate: false}); }", view)


#: The numbered groups in view not yet spread (a spread one stays, faded), each named
#: by its place and count.
_CLOSED_GROUPS = """
() => Object.values(map_div._layers)
    .filter(l => l instanceof L.MarkerCluster && l._icon && l._icon.style.opacity !== '0.3')
    .map(l => l.getLatLng().lat.toFixed(5) + ',' + l.getLatLng().lng.toFixed(5) + ','
              + l.getChildCount())
"""
_CLICK_GROUP = """
(key) => { const group = Object.values(map_div._layers).find(l => l instanceof L.MarkerCluster
    && l.getLatLng().lat.toFixed(5) + ',' + l.getLatLng().lng.toFixed(5) + ','
       + l.getChildCount() === key);
  const r = group._icon.getBoundingClientRect();
  return {x: r.left + r.width / 2, y: r.top + r.height / 2}; }
"""


def _explore(visit: Visit, path: list[str], opened: set[str], seen: set[str]) -> None:
    """Opens the page, replays the clicks on the numbered groups of ``path``, opens
    every marker in that view, then explores each group in it not seen before (a page
    per branch)."""
    frame = _frame(visit.open())
    for key in path:
        frame.locator("body").click(position=frame.evaluate(_CLICK_GROUP, key))
        _settle(frame)
    _open_markers(visit, frame, opened)
    groups = [g for g in frame.evaluate(_CLOSED_GROUPS) if g not in seen]
    seen.update(groups)
    assert len(path) < 6, "groups nest too deep"
    for key in groups:
        _explore(visit, [*path, key], opened, seen)


def test_every_bundled_event_opens_by_clicks_alone(visit: Visit) -> None:
    events = load_events()
    drawn = events[events.geometry.notna() & ~region_only(events).to_numpy()]
    opened: set[str] = set()
    _explore(visit, [], opened, set())
    assert opened == set(drawn.index)


def test_the_legend_collapses_when_a_popup_opens_and_on_a_phone(
    browser: Browser, offline_app_url: str
) -> None:
    phone = Visit(browser, offline_app_url, width=390, height=844)
    try:
        frame = _frame(phone.open())
        toggle = frame.get_by_role("button", name="Legend")
        assert toggle.get_attribute("aria-expanded") == "false"  # no room on a phone
        toggle.click()
        assert toggle.get_attribute("aria-expanded") == "true"
        count = frame.locator(f"path.{EVENT_CLASS}").count()
        point = next(p for i in range(count) if (p := frame.evaluate(_CLICKABLE, i)))
        frame.locator("body").click(position=point, force=True)
        frame.locator(".leaflet-popup .kcm-popup").wait_for(timeout=TIMEOUT)
        assert toggle.get_attribute("aria-expanded") == "false"  # a popup folds it away
        frame.wait_for_timeout(300)
        _assert_clear_of_legend(frame)
        phone.page.screenshot(path=str(SHOTS / "map-phone.png"), full_page=True)
    finally:
        phone.close()
