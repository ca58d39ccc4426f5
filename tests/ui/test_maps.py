from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pytest

from geo.schema import Source, validate_events
from tests.conftest import make_row
from ui.maps import (
    EVENT_CLASS,
    OSM_TILES,
    esc,
    event_id_from_tooltip,
    event_map,
    figure_range,
    marker_radius,
    popup_html,
)

HOSTILE = "<img src=x onerror=alert(1)>${window.pwned=1}`\\"


@pytest.fixture
def hostile_events() -> gpd.GeoDataFrame:
    rows = [
        make_row(
            event_id="X-1",
            location=HOSTILE,
            notes=HOSTILE,
            sources=[
                Source(HOSTILE, title=HOSTILE, url="javascript:alert(1)"),
                Source("Fine", title="ok", url="https://example.org/?a=1&b=2"),
            ],
        )
    ]
    return validate_events(pd.DataFrame(rows))


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("Mung Lai Hkyet", "Mung Lai Hkyet"),
        ("<script>", "&lt;script&gt;"),
        ("\"quoted\" & 'single'", "&quot;quoted&quot; &amp; &#x27;single&#x27;"),
        ("${alert(1)}", "&#36;{alert(1)}"),
        ("`tick` and \\", "&#96;tick&#96; and &#92;"),
        (None, ""),
        (float("nan"), ""),
    ],
)
def test_esc(text: object, escaped: str) -> None:
    assert esc(text) == escaped


def test_popup_escapes_everything_and_links_only_http(hostile_events: gpd.GeoDataFrame) -> None:
    popup = popup_html(hostile_events.iloc[0])
    assert "<img" not in popup
    for live in ("${", "`", "\\"):
        assert live not in popup
    assert 'href="javascript' not in popup
    assert 'href="https://example.org/?a=1&amp;b=2"' in popup
    assert 'rel="noopener noreferrer"' in popup


def test_map_script_carries_no_live_event_text(hostile_events: gpd.GeoDataFrame) -> None:
    html = event_map(hostile_events, centre=None, basemap=False).get_root().render()
    assert "window.pwned" in html  # the text is there, escaped ...
    assert "${window.pwned" not in html  # ... but never as a template-literal expression
    assert "<img src=x" not in html


@pytest.mark.parametrize(
    ("low", "best", "high", "text"),
    [
        (28, 29, 32, "28-29-32"),
        (29, 29, 29, "29"),
        (None, None, None, "unknown"),
        (pd.NA, 5, pd.NA, "unknown-5-unknown"),
        (0, 0, 0, "0"),
    ],
)
def test_figure_range(low: object, best: object, high: object, text: str) -> None:
    assert figure_range(low, best, high) == text


def test_marker_radius_grows_with_fatalities_and_is_capped() -> None:
    sizes = [marker_radius(v) for v in (None, 0, 1, 10, 100, 10_000)]
    assert sizes == sorted(sizes)
    assert sizes[0] == sizes[1]
    assert sizes[-1] == 30.0


def test_one_marker_per_event_with_a_point(events: gpd.GeoDataFrame) -> None:
    html = event_map(events, centre=None, basemap=False).get_root().render()
    assert html.count(f'"className": "{EVENT_CLASS}"') == int(events.geometry.notna().sum())


def test_base_map_tiles_only_when_asked(events: gpd.GeoDataFrame) -> None:
    without = event_map(events, centre=None, basemap=False).get_root().render()
    with_osm = event_map(events, centre=None, basemap=True).get_root().render()
    assert "openstreetmap" not in without.lower()
    assert OSM_TILES in with_osm


def test_centre_is_marked_and_in_the_legend(events, gazetteer) -> None:  # type: ignore[no-untyped-def]
    hq = gazetteer.get("curated:kia-hq")
    html = event_map(events, centre=hq, basemap=False).get_root().render()
    assert html.count("KIA headquarters, Laiza") >= 2  # marker label and legend


def test_event_id_from_tooltip() -> None:
    ids = ["KCM-20231020-LLA", "KCM-20231021-LLA"]
    assert event_id_from_tooltip("Lal Long · 2023-10-21 · KCM-20231021-LLA", ids) == ids[1]
    assert event_id_from_tooltip("anything else", ids) is None
    assert event_id_from_tooltip(None, ids) is None
