"""Importing in the browser: upload, see every rejected row and download them all,
import nothing or the valid rows, and see the new data on every page. Also the first
request to a fresh server being a deep link."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from geo.loader import load_events
from tests.browser.conftest import _serve
from tests.browser.test_dashboard import TIMEOUT, Visit
from tests.importers.conftest import acled_rows, to_csv

pytestmark = pytest.mark.browser


@pytest.fixture
def fresh_url(tmp_path: Path) -> Iterator[str]:
    """A server of its own (its own working dataset), started for this test."""
    with _serve(tmp_path, KCM_OFFLINE="1") as url:
        yield url


@pytest.fixture
def acled_file(tmp_path: Path) -> Path:
    """The bundled events as an ACLED export under new ids, the third row broken."""
    rows = [{**r, "event_id_cnty": f"MMR{i + 1}"} for i, r in enumerate(acled_rows(load_events()))]
    rows[2]["event_date"] = "31 February 2023"
    path = tmp_path / "acled-export.csv"
    path.write_bytes(to_csv(rows))
    return path


def _description(visit: Visit) -> str:
    return visit.page.get_by_text(" events · ").first.inner_text()


def test_upload_report_cancel_then_import(
    browser: Browser, fresh_url: str, acled_file: Path, tmp_path: Path
) -> None:
    bundled = len(load_events())
    visit = Visit(browser, fresh_url).open("data", "Import data")
    assert _description(visit).startswith(f"{bundled} events")
    visit.upload(acled_file)
    visit.page.get_by_text("Rows read").wait_for(timeout=TIMEOUT)
    metrics = visit.page.get_by_test_id("stMetricValue").all_inner_texts()
    assert metrics == ["10", "9", "1"]
    assert visit.page.get_by_text("1 row(s) cannot be used").count() == 1

    with visit.page.expect_download(timeout=TIMEOUT) as info:
        visit.page.get_by_role("button", name="Download all 1 problems (CSV)").click()
    info.value.save_as(tmp_path / "rejects.csv")
    with (tmp_path / "rejects.csv").open() as f:
        rejects = list(csv.DictReader(f))
    assert [(r["row"], r["field"]) for r in rejects] == [("3", "event_date")]
    assert "'31 February 2023' is not a date" in rejects[0]["reason"]

    visit.page.get_by_role("button", name="Import nothing").click()
    visit.page.get_by_text("Nothing was imported.").wait_for(timeout=TIMEOUT)
    assert _description(visit).startswith(f"{bundled} events")  # nothing changed

    visit.upload(acled_file)
    visit.page.get_by_text("Rows read").wait_for(timeout=TIMEOUT)
    visit.page.get_by_role("button", name="Import 9 valid rows").click()
    visit.page.get_by_text("Imported 9 events from acled-export.csv").wait_for(timeout=2 * TIMEOUT)
    visit.page.get_by_text(f"{bundled + 9} events · ").first.wait_for(timeout=TIMEOUT)

    visit.page.get_by_role("link", name="Data quality").click()
    visit.page.get_by_role("heading", name="Data quality").wait_for(timeout=TIMEOUT)
    # The Lal Long events, bundled and imported, lie in Waingmaw but are reported in Momauk.
    visit.page.get_by_text("KCM-20231020-LLA").first.wait_for(state="attached", timeout=TIMEOUT)
    assert visit.page.get_by_test_id("stMetricValue").first.inner_text() == "6"

    visit.page.get_by_role("link", name="Map").click()
    placed = int(load_events().geometry.notna().sum()) + 9 - 0
    assert visit.markers(placed) == placed
    assert visit.foreign() == []
    visit.close()


def test_the_choropleth_shades_the_townships_with_events(browser: Browser, fresh_url: str) -> None:
    visit = Visit(browser, fresh_url).open()
    visit.page.get_by_test_id("stSelectbox").first.click()
    visit.page.get_by_role("option", name="Events").click()
    areas = visit.map.locator("path.kcm-area")
    areas.first.wait_for(timeout=TIMEOUT)
    townships = load_events()["township_pcode"].dropna().nunique()
    assert areas.count() == townships
    areas.first.hover(force=True)
    tooltip = visit.map.locator(".leaflet-tooltip").first
    tooltip.wait_for(timeout=TIMEOUT)
    assert " events" in tooltip.inner_text()
    assert visit.map.get_by_text("Townships: events").count() == 1  # in the legend
    visit.close()


def test_a_deep_link_as_a_fresh_servers_first_request(browser: Browser, fresh_url: str) -> None:
    visit = Visit(browser, fresh_url).open("quality", "Data quality")
    sidebar = visit.page.get_by_test_id("stSidebar")
    sidebar.get_by_text("Filter").wait_for(timeout=TIMEOUT)
    assert sidebar.get_by_role("link", name="Distance rings").count() == 1  # the app's own menu
    assert visit.page.get_by_text("Page not found").count() == 0
    visit.close()


@pytest.mark.shared
def test_the_ucdp_extract_is_counted_truly_and_its_events_open(
    browser: Browser, tmp_path: Path, ucdp_csv: Path
) -> None:
    """Country scale: 7,374 UCDP events, packed; at a zoom showing all of Myanmar the
    numbered circles and single events add up to every event drawn, and an event alone
    at its place opens its record on click."""
    from geo.cli import main
    from geo.dataset import read_data_file
    from geo.precision import region_only

    imported = tmp_path / "ucdp.geojson"
    assert main(["import", str(ucdp_csv), "-o", str(imported)]) == 0
    events = read_data_file(imported)
    drawn = events[events.geometry.notna() & ~region_only(events).to_numpy()]
    # an event with no other within about a kilometre: alone on the screen when zoomed in
    cells = drawn.geometry.x.round(2).astype(str) + "," + drawn.geometry.y.round(2).astype(str)
    alone = drawn[~cells.duplicated(keep=False).to_numpy()].iloc[0]
    with _serve(tmp_path, KCM_OFFLINE="1", KCM_DATA=str(imported)) as url:
        visit = Visit(browser, url).open()
        visit.page.get_by_text("7,374 events: a numbered circle").wait_for(timeout=TIMEOUT)
        visit.map.locator("[data-kcm-events]").wait_for(state="attached", timeout=TIMEOUT)
        frame = next(f for f in visit.page.frames if "streamlit_folium" in f.url)
        assert frame.locator(".leaflet-container").get_attribute("data-kcm-events") == str(
            len(drawn)
        )
        frame.evaluate("() => { map_div.setView([19.5, 96.5], 5, {animate: false}); }")
        frame.wait_for_timeout(500)
        numbers = frame.locator(".kcm-group span").all_inner_texts()
        singles = frame.locator("path.kcm-event").count()
        assert singles + sum(int(n.replace(",", "")) for n in numbers) == len(drawn)
        lat, lon = alone.geometry.y, alone.geometry.x
        frame.evaluate(f"() => {{ map_div.setView([{lat}, {lon}], 16, {{animate: false}}); }}")
        frame.wait_for_timeout(500)
        point = frame.evaluate(
            "(at) => { const p = map_div.latLngToContainerPoint(at); return [p.x, p.y]; }",
            [lat, lon],
        )
        box = frame.locator(".leaflet-container").bounding_box()
        assert box is not None
        visit.page.mouse.move(box["x"] + point[0], box["y"] + point[1])
        tip = frame.locator(".leaflet-tooltip").last
        tip.wait_for(timeout=TIMEOUT)
        assert str(alone["location"]) in tip.inner_text()
        visit.page.mouse.click(box["x"] + point[0], box["y"] + point[1])
        visit.page.get_by_text("Selected event").wait_for(timeout=TIMEOUT)
        visit.page.get_by_text(str(alone.name)).first.wait_for(state="attached", timeout=TIMEOUT)
        assert visit.foreign() == []
        visit.close()
