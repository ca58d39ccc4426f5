"""Adding events from a report in the browser: paste the seed report, see the evidence
highlighted and the proposed points, the undated event apart and what was left out,
tick the rows that have a date and a place, add them and find them on the map. Hostile
report text is shown, never run."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from geo.extract import extract
from geo.extract.confidence import part_of
from geo.gazetteer import load_gazetteer
from geo.loader import load_events
from tests.browser.conftest import _serve
from tests.browser.test_dashboard import TIMEOUT, Visit

pytestmark = pytest.mark.browser


@pytest.fixture
def fresh_url(tmp_path: Path) -> Iterator[str]:
    with _serve(tmp_path, KCM_OFFLINE="1") as url:
        yield url


def _propose(visit: Visit, text: str) -> None:
    page = visit.page
    page.get_by_label("Report text").fill(text)
    for part, value in (("year", "2023"), ("month", "10"), ("day", "25")):
        page.get_by_role("spinbutton", name=f"{part}, Published").click()
        page.keyboard.type(value)
    page.get_by_label("Publisher").fill("The Irrawaddy")
    page.get_by_label("Title").fill("Kachin Stands Firm Against Myanmar Regime: KIO Chair")
    page.get_by_role("button", name="Propose events").click()


def test_propose_untick_and_add_from_the_seed_report(
    browser: Browser, fresh_url: str, seed_text: str
) -> None:
    bundled = load_events()
    # the split the page shows is the domain's (the fitted model's call, apart from the
    # address with no place, to check, and the undated defence of Laiza)
    proposal = extract(seed_text, published=dt.date(2023, 10, 25), gazetteer=load_gazetteer())
    parts = [part_of(e) for e in proposal.events]
    likely, check = parts.count("likely"), parts.count("check")
    assert (len(parts), parts.count("undated"), parts[0]) == (7, 1, "check")
    visit = Visit(browser, fresh_url).open("report", "Add from a report")
    _propose(visit, seed_text)
    page = visit.page
    page.get_by_text(f"7 proposed event(s): {likely} likely, {check} to check, 1 undated").wait_for(
        timeout=TIMEOUT
    )
    page.locator("mark.kcm-ev").first.wait_for(timeout=TIMEOUT)
    assert page.locator("mark.kcm-ev").count() >= 30
    assert page.locator("mark.kcm-ev", has_text="Mung Lai Hkyet village").count() == 1
    # the proposed points, numbered, on the app's own Leaflet (the address has none)
    visit.map.locator("path.leaflet-interactive").first.wait_for(timeout=TIMEOUT)
    assert visit.map.locator("path.leaflet-interactive").count() == 6
    # those to check (the address, the month's shelling of Laiza) and the undated defence
    # of Laiza in tables of their own; the month's summary left out
    page.get_by_text(f"To check ({check})").wait_for(timeout=TIMEOUT)
    page.get_by_text("Undated (1)").wait_for(timeout=TIMEOUT)
    grids = page.get_by_test_id("stDataFrame")
    assert grids.count() == 3
    page.get_by_text("Left out (").click()
    page.get_by_text("four junta outposts").first.wait_for(timeout=TIMEOUT)

    # proposals like events already there start unticked, and so do those to check and
    # the undated one: tick the five dated and placed ones, wherever the model put them;
    # the anniversary address (no place, the first to check) stays unticked
    page.get_by_role("button", name="Add 0 event(s) to the dataset").wait_for()
    for grid, rows in ((grids.nth(0), range(likely)), (grids.nth(1), range(1, check))):
        grid.scroll_into_view_if_needed()
        box = grid.bounding_box()
        assert box is not None
        for row in rows:  # the "Add" checkbox column, 35 px rows under a 35 px header
            page.mouse.click(box["x"] + 30, box["y"] + 35 + 35 * row + 17)
            page.wait_for_timeout(500)
    page.get_by_role("button", name="Add 5 event(s) to the dataset").click()
    page.get_by_text("Added 5 event(s) from The Irrawaddy").wait_for(timeout=TIMEOUT)
    page.get_by_text(f"{len(bundled) + 5} events · ").first.wait_for(timeout=TIMEOUT)

    page.get_by_role("link", name="Map").click()
    page.get_by_role("heading", name="Map").first.wait_for(timeout=TIMEOUT)
    placed = int(bundled.geometry.notna().sum()) + 5
    assert visit.markers(placed) == placed
    assert visit.foreign() == []
    visit.close()


def test_report_text_is_shown_not_run(browser: Browser, fresh_url: str) -> None:
    visit = Visit(browser, fresh_url).open("report", "Add from a report")
    dialogs: list[str] = []
    visit.page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    hostile = (
        'Junta jets bombed Laiza on Monday <img src=x onerror="alert(1)"> ${alert(2)} '
        "<script>alert(3)</script>, killing two civilians."
    )
    _propose(visit, hostile)
    visit.page.get_by_text("1 proposed event(s)").wait_for(timeout=TIMEOUT)
    report = visit.page.locator("div.kcm-report")
    report.wait_for(timeout=TIMEOUT)
    assert '<img src=x onerror="alert(1)">' in report.inner_text()
    assert report.locator("img, script").count() == 0
    visit.map.locator("path.leaflet-interactive").first.hover()
    visit.page.wait_for_timeout(1000)
    assert dialogs == []
    visit.close()


def test_an_uploaded_report_is_read_or_refused_with_the_reason(
    browser: Browser, fresh_url: str, tmp_path: Path
) -> None:
    visit = Visit(browser, fresh_url).open("report", "Add from a report")
    page = visit.page
    bad = tmp_path / "report-latin1.txt"
    bad.write_bytes("Junta jets bombed Laiza on Monday – caf\xe9".encode("latin-1", "replace"))
    visit.upload(bad)
    _propose(visit, "")
    page.get_by_text("report-latin1.txt is not UTF-8 text").wait_for(timeout=TIMEOUT)

    good = tmp_path / "report.txt"
    good.write_text("Junta jets bombed Laiza on Monday, killing two civilians.", encoding="utf-8")
    visit.upload(good)
    page.get_by_role("button", name="Propose events").click()
    page.get_by_text("1 proposed event(s)").wait_for(timeout=TIMEOUT)
    visit.close()
