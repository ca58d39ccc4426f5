"""Template syntax in every text field of every import and of the report page, in a real
browser: shown as the text it is on every page, never run on the server (folium compiles
its output as Jinja2 templates, so unescaped ``{{ ... }}`` would be Python on the server)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from geo.export import events_to_geojson
from geo.loader import load_events
from tests.browser.conftest import _serve
from tests.browser.test_dashboard import PAGES, TIMEOUT, Visit
from tests.importers.conftest import acled_rows, to_csv

pytestmark = pytest.mark.browser

EVALUATED = "KCMEVAL"  # what the payload's expression gives if it is ever evaluated


def _payload(marker: Path) -> str:
    """An expression, a statement, an unclosed comment (a syntax error for a template:
    it would break the page) and a shell command that creates ``marker``."""
    return (
        "{{ 'KCM' ~ 'EVAL' }} {% if 1 %}KCMRAN{% endif %} "
        f"{{{{ cycler.__init__.__globals__.os.popen('touch {marker}').read() }}}} {{#"
    )


@pytest.fixture
def hostile_server(tmp_path: Path) -> Iterator[str]:
    with _serve(tmp_path, KCM_OFFLINE="1") as url:
        yield url


def _acled(payload: str, folder: Path) -> Path:
    rows = acled_rows(load_events())
    for i, row in enumerate(rows):
        for field in ("location", "notes", "actor1", "actor2", "assoc_actor_1", "source"):
            row[field] = payload
        row["event_id_cnty"] = f"ACL{i} {payload}"
        row["admin3"] = payload  # a township MIMU does not know: flagged, shown in the popup
    path = folder / "hostile-acled.csv"
    path.write_bytes(to_csv(rows))
    return path


def _ucdp(payload: str, folder: Path) -> Path:
    laiza = load_events().loc["KCM-20231009-MLH"]
    row = {
        "id": "990001", "relid": payload, "type_of_violence": "3", "side_a": payload,
        "side_b": payload, "source_article": payload, "where_prec": "1",
        "where_coordinates": payload, "where_description": payload, "adm_1": "Kachin state",
        "adm_2": "", "latitude": f"{laiza['latitude']:.4f}",
        "longitude": f"{laiza['longitude']:.4f}", "date_prec": "1",
        "date_start": "2023-10-09", "date_end": "2023-10-09", "deaths_a": "0",
        "deaths_b": "0", "deaths_civilians": "1", "deaths_unknown": "0", "best": "1",
        "high": "1", "low": "1",
    }  # fmt: skip
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(row), lineterminator="\n")
    writer.writeheader()
    writer.writerow(row)
    path = folder / "hostile-ucdp.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def _geojson(payload: str, folder: Path) -> Path:
    collection = events_to_geojson(load_events())
    for i, feature in enumerate(collection["features"]):
        p = feature["properties"]
        p["event_id"] = f"GJ{i} {payload}"
        p["location"] = p["notes"] = p["actor1"] = payload
        for source in p["sources"]:
            source["publisher"] = source["title"] = payload
    path = folder / "hostile.geojson"
    path.write_text(json.dumps(collection), encoding="utf-8")
    return path


def _import(visit: Visit, path: Path) -> None:
    visit.open("data", "Import data").upload(path)
    visit.page.get_by_text("Rows read").wait_for(timeout=TIMEOUT)
    visit.page.get_by_role("button", name="valid rows").click()
    visit.page.get_by_text(f"from {path.name} as version").wait_for(timeout=2 * TIMEOUT)


def _add_from_report(visit: Visit, payload: str) -> None:
    page = visit.open("report", "Add from a report").page
    page.get_by_label("Report text").fill(
        f"A junta drone strike killed three people in Hpakant on 2 March 2023. {payload}"
    )
    for part, value in (("year", "2023"), ("month", "10"), ("day", "25")):
        page.get_by_role("spinbutton", name=f"{part}, Published").click()
        page.keyboard.type(value)
    page.get_by_label("Publisher").fill(payload)
    page.get_by_label("Title").fill(payload)
    page.get_by_role("button", name="Propose events").click()
    page.get_by_role("button", name="event(s) to the dataset").wait_for(timeout=TIMEOUT)
    page.get_by_role("button", name="event(s) to the dataset").click()
    page.get_by_text("they show on every page").wait_for(timeout=2 * TIMEOUT)


def _unbroken(visit: Visit) -> str:
    """The page and its map as the user has them: no error box, nothing evaluated."""
    visit.settled()
    content = visit.page.content()
    for frame in visit.page.frames:
        content += frame.content()
    assert visit.page.get_by_test_id("stException").count() == 0
    assert "TemplateSyntaxError" not in content
    assert EVALUATED not in content
    return content


def test_template_text_in_every_field_is_shown_never_run(
    browser: Browser, hostile_server: str, tmp_path: Path
) -> None:
    marker = tmp_path / "pwned"
    payload = _payload(marker)
    visit = Visit(browser, hostile_server)
    try:
        for path in (
            _acled(payload, tmp_path),
            _ucdp(payload, tmp_path),
            _geojson(payload, tmp_path),
        ):
            _import(visit, path)
        _add_from_report(visit, payload)
        for path, title in PAGES.items():
            visit.open(path, title)
            if path in ("", "rings"):
                visit.map.locator("path.kcm-event").first.wait_for(timeout=TIMEOUT)
            _unbroken(visit)
        # the map: every popup holding the payload shows it letter for letter
        visit.open()
        visit.map.locator("path.kcm-event").first.wait_for(timeout=TIMEOUT)
        frame = next(f for f in visit.page.frames if "streamlit_folium" in f.url)
        shown = frame.evaluate(
            """() => { const texts = [];
                const shownAs = (html) => { const d = document.createElement('div');
                  d.className = 'leaflet-popup-content'; d.innerHTML = html;
                  document.body.appendChild(d); const t = d.innerText; d.remove(); return t; };
                for (const k in window) { const m = window[k];
                  // events in a numbered group are off the map until spread: read
                  // their popups and tooltips as the browser would show them
                  if (m instanceof L.MarkerClusterGroup) { m.getLayers().forEach(l => {
                    for (const part of [l.getPopup(), l.getTooltip()]) {
                      if (!part) continue;
                      const t = shownAs(part.getContent());
                      if (t.includes('KCMRAN')) texts.push(t); } }); }
                  if (m instanceof L.Map) { m.eachLayer(l => {
                    const p = l.getPopup && l.getPopup();
                    if (p) { l.openPopup();
                      const c = document.querySelector('.leaflet-popup-content');
                      if (c && c.innerText.includes('KCMRAN')) texts.push(c.innerText); }
                    const t = l.getTooltip && l.getTooltip();
                    if (t) { l.openTooltip();
                      const c = document.querySelector('.leaflet-tooltip');
                      if (c && c.innerText.includes('KCMRAN')) texts.push(c.innerText); }
                  }); } }
                return texts; }"""
        )
        assert len(shown) >= 20  # popups and tooltips of the imported events
        visible = payload.replace("  ", " ")
        assert all(visible in text for text in shown), shown[:2]
        _unbroken(visit)
        assert not marker.exists(), "a template payload ran a shell command on the server"
        assert visit.foreign() == []
    finally:
        visit.close()
