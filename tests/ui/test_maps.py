from __future__ import annotations

import html
import re
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import box

from geo.mapdata import token
from geo.schema import Source, validate_events
from tests.conftest import make_row
from ui.maps import (
    AREA_CLASS,
    AREA_COLOURS,
    EVENT_CLASS,
    FLAG_COLOUR,
    MANY_EVENTS,
    OSM_TILES,
    UnsafeMapError,
    _descendants,
    choropleth,
    clicked_events,
    event_id_from_tooltip,
    event_map,
    figure_range,
    finish,
    marker_radius,
    popup_html,
    template_text,
    tooltip_text,
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
                Source(HOSTILE, title=HOSTILE, url="https://example.org/<b>"),
                Source("Fine", title="ok", url="https://example.org/?a=1&b=2"),
            ],
        )
    ]
    return validate_events(pd.DataFrame(rows))


def test_popup_escapes_everything_and_links_only_http(hostile_events: gpd.GeoDataFrame) -> None:
    event = hostile_events.iloc[0].copy()
    # the schema refuses non-web links; the popup does not rely on it
    event["sources"] = [*event["sources"], Source("Bad", url="javascript:alert(1)")]
    popup = popup_html(event)
    assert "<img" not in popup
    for live in ("${", "`", "\\"):
        assert live not in popup
    assert 'href="javascript' not in popup
    assert 'href="https://example.org/?a=1&amp;b=2"' in popup
    assert 'rel="noopener noreferrer"' in popup


def test_popup_says_the_record_in_words(events: gpd.GeoDataFrame) -> None:
    popup = popup_html(events.loc["KCM-20231009-MLH"])
    assert popup.startswith('<div class="kcm-popup"><b>KCM-20231009-MLH</b>')
    for label, text in (
        ("Date", "9 October 2023"),
        ("Type", "Explosions/Remote violence: Air/drone strike"),
        ("Located", "near the place, within about 25 km (geo precision 2)"),
        ("Fatalities", "28-30 (best 29)"),
        ("Injured", "56-76 (best 57)"),
        ("Children killed", "10-13 (best 11)"),
    ):
        assert f"<th>{label}</th><td>{text}</td>" in popup
    assert "UCA News (with AFP), 10 October 2023: <a " in popup
    assert "; reported 29 killed, 56 injured, 13 children killed</li>" in popup
    assert "None" not in popup
    assert "date_precision" not in popup
    spanned = popup_html(events.loc["KCM-202310-LZA"])
    assert "<th>Date</th><td>1-25 October 2023 (month only)</td>" in spanned
    assert "<th>Fatalities</th><td>not reported</td>" in spanned


def test_map_script_carries_no_live_event_text(hostile_events: gpd.GeoDataFrame) -> None:
    html = event_map(hostile_events, centre=None, basemap=False).get_root().render()
    assert "window.pwned" in html  # the text is there, escaped ...
    assert "${window.pwned" not in html  # ... but never as a template-literal expression
    assert "<img src=x" not in html


TEMPLATE_PAYLOAD = "{{ 'KCM' ~ 'EVAL' }}{% if 1 %}KCMRAN{% endif %}{# "


def _served_text(m: object) -> str:
    """Everything of a map that reaches the browser, rendered as streamlit-folium and
    folium's own HTML do (both compile folium's output as templates again)."""
    import streamlit_folium

    m.get_root().render()  # type: ignore[attr-defined]
    return (
        streamlit_folium.generate_leaflet_string(m)
        + streamlit_folium._get_header(m)
        + streamlit_folium._get_html(m)
        + m.get_root().render()  # type: ignore[attr-defined]
    )


@pytest.mark.parametrize("many", [False, True], ids=["markers", "packed"])
def test_template_syntax_in_any_event_text_is_shown_never_run(many: bool, tmp_path: Path) -> None:
    marker = tmp_path / "created"
    run = f"{{{{ cycler.__init__.__globals__.os.popen('touch {marker}').read() }}}}"
    hostile = TEMPLATE_PAYLOAD + run
    rows = [
        make_row(
            event_id=f"{hostile}-{i}",
            location=hostile,
            township=hostile,
            notes=hostile,
            actor1=hostile,
            sources=[Source(hostile, title=hostile, url="https://example.org/{{7*7}}")],
        )
        for i in range(MANY_EVENTS + 1 if many else 2)
    ]
    events = validate_events(pd.DataFrame(rows))
    flags = {str(i): [f"reported in {hostile}"] for i in events.index}
    m = event_map(events, centre=None, basemap=False, flags=flags)
    served = _served_text(m)
    # KCMRAN only inside its escaped {% if %}: the statement was not evaluated
    assert re.findall(r".{6}KCMRAN", served)
    assert all(before.endswith("#125;") for before in re.findall(r"(.{6})KCMRAN", served))
    assert "KCMEVAL" not in served
    assert not marker.exists()
    assert "&#123;&#123; &#x27;KCM&#x27; ~ &#x27;EVAL&#x27; &#125;&#125;" in served.replace(
        "\\u0026", "&"
    )


def test_leaflet_is_credited_without_a_link_elsewhere(hostile_events: gpd.GeoDataFrame) -> None:
    html = event_map(hostile_events, centre=None, basemap=False).get_root().render()
    assert '.attributionControl.setPrefix("Leaflet")' in html
    assert "leafletjs.com" not in html


def test_a_map_with_unescaped_template_text_is_refused() -> None:
    import folium

    m = folium.Map(tiles=None)
    folium.CircleMarker([25.0, 97.0], tooltip=folium.Tooltip("{{ 7*7 }}")).add_to(m)
    assert template_text(m) == ["{{ 7*7 }}"]
    with pytest.raises(UnsafeMapError, match="template syntax"):
        finish(m)


@pytest.mark.parametrize(
    ("low", "best", "high", "text"),
    [
        (28, 29, 32, "28-32 (best 29)"),
        (29, 29, 29, "29"),
        (None, None, None, "not reported"),
        (pd.NA, 5, pd.NA, "5"),
        (pd.NA, 5, 7, "up to 7 (best 5)"),
        (0, 0, 0, "0"),
        (1200, 1500, 12000, "1,200-12,000 (best 1,500)"),
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


def test_event_id_from_tooltip(events: gpd.GeoDataFrame) -> None:
    tooltip = "near the Lal Long Aungja base · 2023-10-21 · KCM-20231021-LLA"
    assert event_id_from_tooltip(tooltip, events) == "KCM-20231021-LLA"
    spaced = " near the Lal  Long Aungja base · 2023-10-21 · KCM-20231021-LLA\n"
    assert event_id_from_tooltip(spaced, events) == "KCM-20231021-LLA"
    assert event_id_from_tooltip("anything else", events) is None
    assert event_id_from_tooltip("Elsewhere · 2023-10-21 · KCM-20231021-LLA", events) is None
    assert event_id_from_tooltip(None, events) is None


@pytest.mark.parametrize(
    "event_id", ["A&B <1>", "{{ 7*7 }} {#", "x\u202etxt.exe", "id · with a dot"]
)
def test_event_id_from_the_tooltip_the_browser_shows(event_id: str) -> None:
    """The browser gives the tooltip as text: escaping undone, bidi controls shown."""
    events = validate_events(
        pd.DataFrame([make_row(event_id="other"), make_row(event_id=event_id)])
    )
    shown = html.unescape(tooltip_text(events.loc[event_id]))
    assert event_id_from_tooltip(shown, events) == event_id


def test_an_id_ending_like_another_never_opens_the_other() -> None:
    events = validate_events(
        pd.DataFrame(
            [
                make_row(event_id="KCM-1", location="Laiza"),
                make_row(event_id="X · KCM-1", location="Laiza"),
            ]
        )
    )
    for event_id in events.index:
        shown = html.unescape(tooltip_text(events.loc[event_id]))
        assert event_id_from_tooltip(shown, events) == event_id


def _many(n: int) -> gpd.GeoDataFrame:
    """n events with the hostile text at one point each (a test of scale and escaping)."""
    rows = [
        make_row(event_id=f"M-{i}", location=HOSTILE, latitude=24 + i / 10_000) for i in range(n)
    ]
    return validate_events(pd.DataFrame(rows))


def test_many_events_are_sent_packed_without_their_text() -> None:
    events = _many(MANY_EVENTS + 1)
    m = event_map(events, centre=None, basemap=False, flags={"M-3": ("x",)})
    page = m.get_root().render()
    html = _served_text(m)
    assert html.count(f'"className": "{EVENT_CLASS}"') == 0  # not one marker per event
    assert "bindPopup" not in html
    assert "kcmPoints.draw(" in html
    assert "<img src=x" not in html  # every name escaped
    assert "${window.pwned" not in html
    # the one name, once in the page, HTML-escaped and then JSON-escaped for the script
    assert page.count("\\u0026#36;\\u0026#123;window.pwned=1\\u0026#125;") == 1
    assert len(html) < 200 * (MANY_EVENTS + 1)  # a few bytes per event, not a feature each
    assert html.count("M-7") == 0  # ids stay on the server: a click names them


def test_a_click_on_a_packed_map_opens_the_events_it_stands_for() -> None:
    events = _many(MANY_EVENTS + 1)
    m = event_map(events, centre=None, basemap=False)
    m.get_root().render()
    points = next(e for e in _descendants(m) if hasattr(e, "layer"))
    layer = points.layer
    last = len(layer.ids) - 1
    shown = f"{HOSTILE} · 2023-10-09 {token(layer.digest, position=last)}"
    assert clicked_events(m, shown, events) == [str(layer.ids[last])]
    assert clicked_events(m, token("0" * 16, position=last), events) == []
    assert clicked_events(m, shown, events.drop(index=str(layer.ids[last]))) == []


def test_a_few_events_keep_their_popups(events: gpd.GeoDataFrame) -> None:
    html = event_map(events, centre=None, basemap=False).get_root().render()
    assert '"preferCanvas": false' in html
    assert "bindPopup" in html


def test_flagged_events_are_outlined_and_say_why(events: gpd.GeoDataFrame) -> None:
    event = events.loc["KCM-20231020-LLA"].copy()
    event["located_township"], event["located_township_pcode"] = "Waingmaw", "MMR001002"
    popup = popup_html(event, ["township mismatch: reported Momauk; coordinates in Waingmaw"])
    assert (
        "<th>Township</th><td>Momauk (MMR001012); the coordinates fall in Waingmaw (MMR001002)</td>"
    ) in popup
    assert "<th>Check</th><td>township mismatch: reported Momauk" in popup
    flags = {"KCM-20231020-LLA": ("township mismatch",)}
    html = event_map(events, centre=None, basemap=False, flags=flags).get_root().render()
    assert html.count(f'"color": "{FLAG_COLOUR}"') == 1
    assert "flagged: see Data quality" in html
    tooltip = "\u26a0 Lal Long Aungja base, near Nam San Yang · 2023-10-20 · KCM-20231020-LLA"
    assert event_id_from_tooltip(tooltip, events) == "KCM-20231020-LLA"


@pytest.fixture
def areas() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {
            "township_pcode": ["MMR001002", "MMR001012", "MMR001009"],
            "township": [HOSTILE, "Momauk", "Hpakant"],
        },
        geometry=[box(97, 24, 97.5, 25), box(97.5, 24, 98, 25), box(96, 25, 96.5, 26)],
        crs="EPSG:4326",
    )


def test_choropleth_shades_townships_with_events_and_escapes_names(
    areas: gpd.GeoDataFrame,
) -> None:
    totals = pd.DataFrame(
        {"events": pd.array([5, 1], dtype="Int64")}, index=["MMR001002", "MMR001012"]
    )
    shaded, legend = choropleth(areas, totals, measure="events", label="events", one="event")
    assert list(shaded["township_pcode"]) == ["MMR001002", "MMR001012"]  # Hpakant: none
    assert shaded["fill"].tolist() == [AREA_COLOURS[-1], AREA_COLOURS[-2]]
    assert shaded["tip"].iloc[1] == "Momauk (MMR001012): 1 event"
    assert shaded["tip"].iloc[0].endswith("(MMR001002): 5 events")
    assert "<img" not in shaded["tip"].iloc[0]
    assert "Townships: events" in legend
    assert "1</div>" in legend
    assert "2-5</div>" in legend
    html = (
        event_map(_many(1), centre=None, basemap=False, areas=(shaded, legend)).get_root().render()
    )
    assert "<img src=x" not in html
    assert html.count(AREA_CLASS) == 2  # a style per colour


def test_no_positive_values_draw_no_areas(areas: gpd.GeoDataFrame) -> None:
    totals = pd.DataFrame({"events": pd.array([], dtype="Int64")}, index=[])
    shaded, legend = choropleth(areas, totals, measure="events", label="events")
    assert shaded.empty
    assert legend == ""


def test_a_regions_centre_is_drawn_only_when_asked(events: gpd.GeoDataFrame) -> None:
    events = events.copy()
    events.loc["KCM-20231009-MLH", "geo_precision"] = 3
    placed = int(events.geometry.notna().sum())
    hidden = event_map(events, centre=None, basemap=False).get_root().render()
    shown = event_map(events, centre=None, basemap=False, regions=True).get_root().render()
    assert hidden.count(f'"className": "{EVENT_CLASS}"') == placed - 1
    assert shown.count(f'"className": "{EVENT_CLASS}"') == placed


def _fitted_bounds(m: object) -> list[list[float]]:
    from folium.map import FitBounds

    fits = [c for c in m._children.values() if isinstance(c, FitBounds)]  # type: ignore[attr-defined]
    return fits[-1].bounds  # type: ignore[no-any-return]


@pytest.mark.parametrize("radii", [(5.0, 10.0), (5.0, 10.0, 25.0, 50.0, 100.0)])
def test_rings_carry_km_labels_and_set_the_view(  # type: ignore[no-untyped-def]
    events, gazetteer, radii
) -> None:
    from geo.rings import ring_bands

    hq = gazetteer.get("curated:kia-hq")
    lon, lat = hq.lonlat()
    far = events.copy()  # an event 600 km away must not shrink the rings to specks
    far.loc[far.index[0], ["longitude", "latitude"]] = [lon, lat - 5.5]
    far = validate_events(pd.DataFrame(far.drop(columns="geometry")))
    rings = ring_bands(lon, lat, radii)
    m = event_map(far, centre=hq, basemap=False, rings=rings)
    page = m.get_root().render()
    for radius in radii:
        assert rf"kcm-ring-label\"\u003e{radius:g} km\u003c/div" in page  # as JSON
    (south, _), (north, _) = _fitted_bounds(m)
    assert south > lat - 0.01 * max(radii)
    assert north < lat + 0.01 * max(radii)


def test_the_base_layers_write_only_a_variable_name_unquoted() -> None:
    from ui.maps import _BaseLayers

    with pytest.raises(UnsafeMapError, match="variable name"):
        _BaseLayers(
            script_url="/s.js", url="/b.json", tiles=False, legend="", towns=[], events="x;alert(1)"
        )
