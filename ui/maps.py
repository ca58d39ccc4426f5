"""GeoDataFrames -> folium maps, with every piece of event text escaped.

Event text is untrusted. folium puts popups and tooltips into JavaScript template
literals and compiles its own output as Jinja2 templates, so every piece of text goes
through :func:`ui.text.esc` (HTML, template literals, template delimiters and
bidirectional controls), and :func:`finish`, which every map passes
through, refuses a map in which template syntax is left. Links are made only for
``http(s)`` URLs.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Final

import folium
import folium.plugins
import geopandas as gpd
import pandas as pd
from branca.element import Element, JavascriptLink, MacroElement, Template
from folium.elements import JSCSSMixin
from jinja2.utils import htmlsafe_json_dumps

from geo.basemap import credits, town_tier
from geo.errors import GeoError
from geo.gazetteer import Place
from geo.mapdata import COORDINATE_SCALE, POINT_COLUMNS, PointLayer, drawn_order, point_layer
from geo.precision import region_only
from geo.record import FIGURE_LABELS, SourceEntry, figure_words, record_lines, source_entries
from geo.rings import ring_label_points
from geo.schema import EVENT_TYPES, web_url_problem
from geo.summary import class_breaks
from geo.symbols import EVENT_SYMBOLS, marker_radius_px
from ui.assets import localise, static_url
from ui.text import TEMPLATE_MARKS, esc, visible

__all__ = [
    "AREA_CLASS",
    "EVENT_CLASS",
    "MANY_EVENTS",
    "TYPE_COLOURS",
    "UnsafeMapError",
    "add_base_layers",
    "add_ring_labels",
    "choropleth",
    "clicked_events",
    "event_id_from_tooltip",
    "event_map",
    "figure_range",
    "finish",
    "marker_radius",
    "new_map",
    "popup_html",
    "template_text",
]

#: Okabe-Ito colours (distinguishable with colour-blindness), one per ACLED event type
#: (their one home, shared with the publication image, is :mod:`geo.symbols`).
TYPE_COLOURS: Final = EVENT_SYMBOLS.colours
EVENT_CLASS: Final = "kcm-event"  # the CSS class of every event marker (tests count them)
RING_CLASS: Final = "kcm-ring"
AREA_CLASS: Final = "kcm-area"
#: Above this many events the map sends them packed, a few bytes each, without their
#: text, and the browser groups them by screen cell (:func:`_add_points`); a click
#: opens the record beside the map. Thousands of markers with their own popups make a
#: page of tens of megabytes and a browser busy for minutes.
MANY_EVENTS: Final = EVENT_SYMBOLS.half_size_above
#: The side (pixels) of the screen cells by which a country-scale map groups events.
GROUP_CELL_PX: Final = 56
FLAG_COLOUR: Final = "#c00000"
MAX_ZOOM: Final = 18
#: The pane of the centre's marker: under the events, so it never hides one.
CENTRE_PANE: Final = "kcm-centre"
#: Events closer than this (pixels) are grouped into one numbered marker, spread
#: apart when clicked at the closest zoom: every event can be opened.
CLUSTER_RADIUS_PX: Final = 22
#: A popup keeps this far (pixels) from the map's top-left and bottom-right corners,
#: clear of the collapsed legend button (top right) and the scale (bottom left).
POPUP_PADDING_TOP_LEFT: Final = (12, 56)
POPUP_PADDING_BOTTOM_RIGHT: Final = (12, 12)
#: ColorBrewer YlOrRd, 5 classes (colour-blind safe, prints in grey).
AREA_COLOURS: Final = ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026")
_FLAG_MARK: Final = "⚠ "  # before a flagged event's tooltip
# Myanmar, for a map with nothing to fit to.
_DEFAULT_BOUNDS: Final = [[9.5, 92.1], [28.6, 101.2]]
OSM_TILES: Final = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION: Final = (
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
)


def _link(url: str | None, text: str) -> str:
    if url and web_url_problem(url) is None:
        return f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer">{esc(text)}</a>'
    return esc(text)


def _int_or_none(value: Any) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def figure_range(low: Any, best: Any, high: Any) -> str:
    """A low / best / high figure as the record says it (:func:`geo.record.figure_words`):
    ``"28-30 (best 29)"``, ``"29"`` when all agree, ``"not reported"`` when none known;
    thousands separated (``"1,200"``)."""
    return figure_words(low, best, high)


def marker_radius(fatalities: Any) -> float:
    """Pixels: area grows with the best fatality estimate; unknown gets the smallest."""
    return marker_radius_px(fatalities)


def _date_text(event: pd.Series) -> str:
    start = event["event_date"].date()
    end = event["event_date_end"].date()
    return start.isoformat() if start == end else f"{start.isoformat()} to {end.isoformat()}"


def _source_html(source: SourceEntry) -> str:
    date = f", {source.published}" if source.published else ""
    label = f": {_link(source.link, source.label)}" if source.label else ""
    reported = f"; {esc(source.reported)}" if source.reported else ""
    return f"<li>{esc(source.publisher)}{esc(date)}{label}{reported}</li>"


def popup_html(event: pd.Series, flags: Sequence[str] = ()) -> str:
    """The popup of one event, in the record's words (:func:`geo.record.record_lines`):
    date, type, place, how precisely it is located, township (and, where they differ,
    the township its coordinates fall in), figures, quality flags and sources."""
    shown = {"date", "type", "place", "located", "township", *FIGURE_LABELS}  # no actors, notes
    rows = [(line.label, line.text) for line in record_lines(event) if line.key in shown]
    if flags:
        rows.append(("Check", "; ".join(flags)))
    body = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows)
    sources = "".join(_source_html(s) for s in source_entries(event["sources"]))
    return (
        f'<div class="kcm-popup"><b>{esc(event.name)}</b><table>{body}</table>'
        f"<div>Sources</div><ul>{sources}</ul></div>"
    )


def tooltip_text(event: pd.Series, *, flagged: bool = False) -> str:
    """``place · date · event id`` (escaped), marked ``⚠`` when the event is flagged."""
    mark = _FLAG_MARK if flagged else ""
    return f"{mark}{esc(event['location'])} · {esc(_date_text(event))} · {esc(event.name)}"


def event_id_from_tooltip(tooltip: str | None, events: pd.DataFrame) -> str | None:
    """The event of ``events`` whose tooltip a click returned, as the browser gives it
    (escaping undone, bidi controls as ``[U+202E]``). The whole tooltip must match:
    an id that ends like another (``"X · KCM-1"`` and ``"KCM-1"``) or a place holding
    ``·`` never opens the wrong record."""
    if not tooltip:
        return None
    text = _words(tooltip).removeprefix(_FLAG_MARK)
    ids = events.index
    at = [i for i in range(len(text)) if text.startswith("· ", i)]
    candidates = [text[i + 2 :] for i in at if text[i + 2 :] in ids]
    if not candidates:  # an id shown otherwise than written (a bidi control in it)
        candidates = [str(i) for i in ids if text.endswith(f"· {_words(visible(i))}")]
    exact = [c for c in candidates if _shown_tooltip(events.loc[c]) == text]
    return exact[0] if exact else None


def _shown_tooltip(event: pd.Series) -> str:
    return _words(html.unescape(tooltip_text(event))).removeprefix(_FLAG_MARK)


def _words(text: str) -> str:
    """White space as a browser shows it: runs of it as one space, none at the ends."""
    return " ".join(text.split())


class _BaseLayers(JSCSSMixin, MacroElement):  # type: ignore[misc]
    """The offline base layers, town labels and legend, drawn by the app's own script
    (``ui/js/map.js``, served locally): border, neighbours, state and township outlines
    fetched from ``data/basemap.geojson``; labels placed by priority, never overlapping;
    the legend collapsible and never over an open popup."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        kcmMap.setup({{ this._parent.get_name() }}, {
            url: {{ this.url|tojson }},
            tiles: {{ this.tiles|tojson }},
            legend: {{ this.legend|tojson }},
            towns: {{ this.towns|tojson }},
            colours: {{ this.colours|tojson }},
            events: {{ this.events or "null" }}
        });
        {% endmacro %}
        """
    )

    def __init__(
        self,
        *,
        script_url: str,
        url: str,
        tiles: bool,
        legend: str,
        towns: list[list[Any]],
        events: str | None,
    ) -> None:
        super().__init__()
        self._name = "BaseLayers"
        self.default_js = [("kcmmap", script_url)]
        self.url = url
        self.tiles = tiles
        self.legend = legend
        self.towns = towns
        self.colours = {colour: kind for kind, colour in TYPE_COLOURS.items()}
        # The one value the template writes unquoted: a JavaScript name folium made.
        if events is not None and not events.isidentifier():
            raise UnsafeMapError(f"not a layer's variable name: {events[:80]!r}")
        self.events = events


def add_base_layers(
    m: folium.Map,
    *,
    towns: Sequence[Place] = (),
    tiles: bool = False,
    legend: str = "",
    events: folium.plugins.MarkerCluster | None = None,
    base_url_path: str = "",
) -> None:
    """Draw the offline base layers under everything and the labels over them.

    ``towns`` are labelled by :func:`geo.basemap.town_tier` (main towns first), never
    two overlapping; with ``tiles`` (OpenStreetMap) only the outlines are drawn, since
    the tiles have their own fill and names. ``legend`` is HTML made of escaped text;
    ``events`` (a cluster group) lets the legend list only the types in view.
    """
    _BaseLayers(
        script_url=static_url("kcm/map.js", base_url_path=base_url_path),
        url=static_url("kcm/basemap.geojson", base_url_path=base_url_path),
        tiles=tiles,
        legend=legend,
        towns=[[t.name, t.latitude, t.longitude, town_tier(t)] for t in towns if t.has_point],
        events=events.get_name() if events is not None else None,
    ).add_to(m)


_STYLE: Final = """
<style>
.kcm-legend {background: rgba(255,255,255,.95); font: 12px/1.4 sans-serif; border-radius: 4px;
  box-shadow: 0 1px 4px rgba(0,0,0,.3); max-width: 16em}
.kcm-legend-toggle {font: bold 12px sans-serif; border: 0; background: none; padding: 6px 8px;
  cursor: pointer; width: 100%; text-align: left}
.kcm-legend-body {display: none; padding: 0 8px 6px 8px; max-height: 60vh; overflow-y: auto}
.kcm-legend-open .kcm-legend-body {display: block}
.kcm-legend i {display: inline-block; width: 11px; height: 11px; border-radius: 50%;
  margin-right: 5px; vertical-align: -1px; border: 1px solid #333}
.kcm-legend .kcm-size {display: flex; align-items: flex-end; gap: 8px; margin: 2px 0}
.kcm-legend .kcm-size span {display: inline-flex; flex-direction: column; align-items: center;
  font-size: 11px}
.kcm-legend .kcm-size b {display: block; border-radius: 50%; border: 1px solid #333;
  background: #ddd; margin-bottom: 2px}
.kcm-legend .kcm-credit {margin-top: 4px; color: #555; font-size: 10.5px}
.kcm-popup table {border-collapse: collapse; font-size: 12px}
.kcm-popup th {text-align: left; padding-right: 8px; vertical-align: top}
.kcm-popup ul {margin: 2px 0 0 0; padding-left: 16px; font-size: 12px}
.kcm-hq {font: bold 11px sans-serif; color: #111; white-space: nowrap}
.kcm-hq span {display: inline-block; width: 12px; height: 12px; background: #111;
  transform: rotate(45deg); margin-right: 4px; vertical-align: -2px; border: 2px solid #fff}
.kcm-ring-label {font: bold 11px sans-serif; color: #333; white-space: nowrap;
  text-align: center; text-shadow: 0 0 3px #fff, 0 0 3px #fff; pointer-events: none}
.kcm-label {position: absolute; white-space: nowrap; color: #333; pointer-events: none;
  text-shadow: 0 0 2px #fff, 0 0 2px #fff, 0 0 3px #fff}
.kcm-label-country {color: #666}
.kcm-label-state {color: #6b5b4b}
.kcm-label-township {color: #777}
.kcm-label-dot {display: inline-block; width: 5px; height: 5px; border-radius: 50%;
  background: #444; margin-right: 2px; vertical-align: 1px}
.kcm-hide-townships .kcm-base-township {display: none}
.kcm-cluster-tip {font: 12px/1.4 sans-serif; min-width: 16em; max-width: 28em; white-space: normal}
.kcm-group div {width: 100%; height: 100%; box-sizing: border-box; border-radius: 50%;
  background: rgba(110,204,57,.75); border: 3px solid rgba(60,140,30,.6); display: flex;
  align-items: center; justify-content: center; font: bold 11px sans-serif; color: #111}
.kcm-group-flagged div {border-color: #c00000}
.kcm-tile-notice {background: #fff3cd; border: 1px solid #c9a227; padding: 4px 8px;
  font: 12px sans-serif; max-width: 24em}
.leaflet-container {background: #cfe0ea}
</style>
"""

#: Fatalities (best estimate) drawn in the legend's size key.
SIZE_KEY: Final = tuple(EVENT_SYMBOLS.size_key)


def _size_key() -> str:
    circles = "".join(
        f'<span><b style="width:{2 * marker_radius(n):.0f}px;height:{2 * marker_radius(n):.0f}px">'
        f"</b>{n:,}</span>"
        for n in SIZE_KEY
    )
    return (
        f'<div>Size: fatalities (best estimate)</div><div class="kcm-size">{circles}</div>'
        "<div>dashed outline: not reported</div>"
    )


def _legend_html(
    types: Sequence[str],
    centre: Place | None,
    *,
    flagged: bool,
    areas: str = "",
    counted: bool = False,
) -> str:
    """The legend: event types (each row tagged with its type, so the map's script
    shows only those in view), the size key, grouped events, flags, the centre, any
    shading and the base layers' credits."""
    marker = (
        f'<div><span class="kcm-hq"><span></span></span>{esc(centre.name)}</div>' if centre else ""
    )
    credit = f'<div class="kcm-credit">{esc(credits())}</div>'
    if not types:  # no events drawn: only the centre and the shading need explaining
        return marker + areas + credit
    items = "".join(
        f'<div data-type="{esc(t)}"><i style="background:{TYPE_COLOURS[t]}"></i>{esc(t)}</div>'
        for t in types
    )
    grouped = (
        '<div><i style="background:#9ccb8a;border-color:#6aa557"></i>'
        "numbered: events at or near one place; click to spread them</div>"
    )
    if counted:  # a country-scale map (_add_points)
        grouped = (
            '<div><i style="background:#9ccb8a;border-color:#6aa557"></i>'
            "numbered circle: that many events near it, each counted once (the numbers "
            "in view add up to the events in view); click to zoom in, or to list them "
            "beside the map when they share a point</div>"
        )
    flag = (
        f'<div><i style="border:3px solid {FLAG_COLOUR};background:#fff"></i>'
        "flagged: see Data quality</div>"
        if flagged
        else ""
    )
    return f"<b>Event type</b>{items}{_size_key()}{grouped}{flag}{marker}{areas}{credit}"


def choropleth(
    areas: gpd.GeoDataFrame,
    totals: pd.DataFrame,
    *,
    measure: str,
    label: str,
    one: str | None = None,
) -> tuple[gpd.GeoDataFrame, str]:
    """Township areas shaded by ``measure`` (a column of ``geo.summary.township_totals``),
    and the legend's HTML. Only areas with a positive value are kept; ``tip`` is the
    escaped tooltip text (``one`` is the label's singular), ``fill`` the colour."""
    values = totals[measure].reindex(areas["township_pcode"]).to_numpy()
    shaded = areas.assign(value=pd.array(values, dtype="Int64"))
    shaded = shaded[shaded["value"].fillna(0) > 0]
    breaks = class_breaks(shaded["value"])
    colours = AREA_COLOURS[-len(breaks) :] if breaks else ()

    def colour(value: int) -> str:
        return next(c for b, c in zip(breaks, colours, strict=True) if value <= b)

    shaded = shaded.assign(
        fill=[colour(int(v)) for v in shaded["value"]],
        tip=[
            f"{esc(t)} ({esc(p)}): {int(v):,} {esc(one if v == 1 and one else label)}"
            for t, p, v in zip(
                shaded["township"], shaded["township_pcode"], shaded["value"], strict=True
            )
        ],
    )
    lower = [1, *(b + 1 for b in breaks[:-1])][: len(breaks)]
    rows = "".join(
        f'<div><i style="background:{c};border-radius:0"></i>'
        f"{lo:,}{'' if lo == hi else f'-{hi:,}'}</div>"
        for lo, hi, c in zip(lower, breaks, colours, strict=True)
    )
    return shaded, f"<b>Townships: {esc(label)}</b>{rows}" if rows else ""


def _add_events(
    target: folium.Map, events: gpd.GeoDataFrame, flags: Mapping[str, Sequence[str]]
) -> folium.plugins.MarkerCluster:
    """One circle per event, in a group that numbers events too close to tell apart
    and spreads them on click; returns the group."""
    group = folium.plugins.MarkerCluster(
        name="Events",
        control=False,
        options={
            "maxClusterRadius": CLUSTER_RADIUS_PX,
            "showCoverageOnHover": False,
            "spiderfyDistanceMultiplier": 1.6,
        },
    )
    for event_id, event in drawn_order(events).iterrows():
        unknown = _int_or_none(event["fatalities_best"]) is None
        colour = TYPE_COLOURS.get(event["event_type"], "#555555")
        flagged = tuple(flags.get(str(event_id), ()))
        folium.CircleMarker(
            location=[event.geometry.y, event.geometry.x],
            radius=marker_radius(event["fatalities_best"]),
            color=FLAG_COLOUR if flagged else "#222222",
            weight=3 if flagged else 1.5,
            dash_array="3 3" if unknown else None,
            fill=True,
            fill_color=colour,
            fill_opacity=0.8,
            class_name=EVENT_CLASS,
            tooltip=folium.Tooltip(tooltip_text(event, flagged=bool(flagged))),
            popup=folium.Popup(
                popup_html(event, flagged),
                max_width=360,
                auto_pan_padding_top_left=POPUP_PADDING_TOP_LEFT,
                auto_pan_padding_bottom_right=POPUP_PADDING_BOTTOM_RIGHT,
            ),
        ).add_to(group)
    group.add_to(target)
    return group


class _Verbatim(Element):  # type: ignore[misc]
    """Text written into the page as it is: branca compiles each element's output as a
    template again, which for megabytes of packed events costs a tenth of a second
    per render; this element's template is fixed and its text is never compiled."""

    _template = Template("{{ this.text }}")

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class _EventPoints(JSCSSMixin, MacroElement):  # type: ignore[misc]
    """Events packed by :func:`geo.mapdata.point_layer`, drawn by the app's own script
    (``ui/js/points.js``): grouped by screen cell into numbered circles whose numbers
    add up to the events, single events as circles; only what is in view is drawn.
    Every name is escaped here, before it is written into the page; the packing is
    written as JSON safe in HTML (``<``, ``>``, ``&`` and ``'`` as ``\\u`` escapes)."""

    def __init__(self, layer: PointLayer, group: str, *, script_url: str) -> None:
        super().__init__()
        self._name = "EventPoints"
        if not group.isidentifier():  # the one value written unquoted
            raise UnsafeMapError(f"not a layer's variable name: {group[:80]!r}")
        self.default_js = [("kcmpoints", script_url)]
        self.group = group
        self.layer = layer
        self.data = {
            **layer.payload,
            "names": [esc(n) for n in layer.payload["names"]],
            "types": [esc(t) for t in layer.payload["types"]],
        }
        self.options = {
            "cell": GROUP_CELL_PX,
            "scale": COORDINATE_SCALE,
            "colours": {esc(t): c for t, c in TYPE_COLOURS.items()},
            "flagColour": FLAG_COLOUR,
            "eventClass": EVENT_CLASS,
        }

    # streamlit-folium calls the script macro itself; the page's render does not
    # compile its output again (render below).
    _template = Template("{% macro script(this, kwargs) %}{{ this.script() }}{% endmacro %}")

    def script(self) -> str:
        """The call that draws the events (the packing as JSON, HTML-safe)."""
        return (
            f"kcmPoints.draw({self._parent.get_name()}, {self.group}, "
            f"{htmlsafe_json_dumps(self.data)}, {htmlsafe_json_dumps(self.options)});"
        )

    def render(self, **kwargs: Any) -> None:
        figure = self.get_root()
        for name, url in self.default_js:
            figure.header.add_child(JavascriptLink(url), name=name)
        figure.script.add_child(_Verbatim(self.script()), name=self.get_name())


def _add_points(
    target: folium.Map,
    events: gpd.GeoDataFrame,
    flags: Mapping[str, Sequence[str]],
    *,
    base_url_path: str,
) -> folium.FeatureGroup:
    """Every event, packed (a few bytes each) and grouped in the browser by screen
    cell; returns the layer that holds the markers standing for events."""
    group = folium.FeatureGroup(name="Events", control=False).add_to(target)
    layer = point_layer(events, flagged=list(flags), radius_px=lambda n: marker_radius(n) / 2)
    script = static_url("kcm/points.js", base_url_path=base_url_path)
    _EventPoints(layer, group.get_name(), script_url=script).add_to(target)
    return group


def clicked_events(m: folium.Map, text: str | None, events: pd.DataFrame) -> list[str]:
    """The ids of the events a click on ``m`` meant, as streamlit-folium returns the
    clicked marker's text: on a country-scale map (:func:`geo.mapdata.point_layer`)
    one event or every event of a numbered group, and nothing when the map was
    filtered since; on a small map the one event whose tooltip it is
    (:func:`event_id_from_tooltip`)."""
    points = next((e for e in _descendants(m) if isinstance(e, _EventPoints)), None)
    if points is not None:
        return [i for i in points.layer.events_at(text) if i in events.index]
    found = event_id_from_tooltip(text, events)
    return [] if found is None else [found]


def _text_marker(
    lat: float,
    lon: float,
    html_text: str,
    *,
    css: str,
    size: tuple[int, int],
    anchor: tuple[int, int] | None = None,
    **options: Any,
) -> folium.Marker:
    """HTML (made of escaped text) at a point, anchored at its middle unless
    ``anchor`` says otherwise; clicks pass through it."""
    middle = (size[0] // 2, size[1] // 2)
    icon = folium.DivIcon(
        html=html_text, icon_size=size, icon_anchor=anchor or middle, class_name=css
    )
    return folium.Marker(location=[lat, lon], icon=icon, interactive=False, **options)


def _centre_marker(place: Place) -> folium.Marker:
    """The centre (the KIA headquarters) as a diamond and its name, in a pane under
    the events: it never hides an event, and clicks pass through it."""
    lon, lat = place.lonlat()
    return _text_marker(
        lat,
        lon,
        f'<div class="kcm-hq"><span></span>{esc(place.name)}</div>',
        css="kcm-hq-icon",
        size=(160, 16),
        anchor=(8, 8),  # at the diamond, not the label's middle
        pane=CENTRE_PANE,
    )


def add_ring_labels(m: folium.Map, centre: Place, radii_km: Sequence[float]) -> None:
    """Each ring's radius ("25 km") as text on its edge, due north of the centre."""
    group = folium.FeatureGroup(name="Ring labels", control=False)
    for radius, lon, lat in ring_label_points(*centre.lonlat(), radii_km):
        label = f'<div class="kcm-ring-label">{esc(f"{radius:g} km")}</div>'
        _text_marker(lat, lon, label, css="kcm-ring-label-icon", size=(70, 14)).add_to(group)
    group.add_to(m)


def new_map(*, basemap: bool, prefer_canvas: bool = False) -> folium.Map:
    """An empty map with the app's style: no tiles unless ``basemap`` (OpenStreetMap,
    opt-in), a scale bar, zooms 4-18."""
    m = folium.Map(
        tiles=None,
        control_scale=True,
        zoom_snap=0.5,
        min_zoom=4,
        prefer_canvas=prefer_canvas,
    )
    m.options["maxZoom"] = MAX_ZOOM  # folium gives max_zoom to its tiles only
    folium.map.CustomPane(CENTRE_PANE, z_index=390, pointer_events=False).add_to(m)
    m.get_root().header.add_child(folium.Element(_STYLE))
    if basemap:
        folium.TileLayer(
            OSM_TILES, attr=OSM_ATTRIBUTION, name="OpenStreetMap", max_zoom=MAX_ZOOM
        ).add_to(m)
    return m


def event_map(
    events: gpd.GeoDataFrame,
    *,
    centre: Place | None,
    basemap: bool,
    rings: gpd.GeoDataFrame | None = None,
    towns: Sequence[Place] = (),
    flags: Mapping[str, Sequence[str]] | None = None,
    areas: tuple[gpd.GeoDataFrame, str] | None = None,
    show_events: bool = True,
    regions: bool = False,
    base_url_path: str = "",
) -> folium.Map:
    """A map of ``events`` (EPSG:4326), coloured by type and sized by fatalities.

    With ``basemap`` False no tiles are requested at all; the map still shows the
    offline base layers (:func:`add_base_layers`: border, neighbours, state and township
    outlines, ``towns`` labelled by priority), the events, the ``centre`` (the KIA
    headquarters, or the rings' centre), any ``rings`` and the legend. Events too close
    to tell apart are grouped (numbered) and spread apart on click. The view is fitted
    to the rings when there are any (each labelled with its radius), else to the events.
    Flagged events (``flags``: event id -> flags) get a red outline; ``areas`` is a
    :func:`choropleth` drawn under the events (``show_events`` False leaves them out).
    Above :data:`MANY_EVENTS` the events are sent packed (:func:`geo.mapdata.point_layer`)
    and grouped in the browser by screen cell, numbered, at half size, without popups:
    :func:`clicked_events` tells which events a click meant.
    Events located only to a region (geo precision 3) are drawn, at the region's centre,
    only with ``regions``.
    """
    flags = flags or {}
    keep = None if regions else ~region_only(events).to_numpy()
    many = (len(events) if keep is None else int(keep.sum())) > MANY_EVENTS
    if many:  # only what the packing needs: taking rows of every column costs seconds
        events = events[[*POINT_COLUMNS, events.geometry.name]]
    if keep is not None and not keep.all():
        events = events[keep]
    if events.crs is not None and not events.crs.equals("EPSG:4326"):
        events = events.to_crs("EPSG:4326")
    m = new_map(basemap=basemap)
    bounds = _bounds(events, rings, centre)
    if rings is not None and not rings.empty:
        outlines = gpd.GeoDataFrame(
            {"label": [f"{r.inner_km:g}-{r.outer_km:g} km" for r in rings.itertuples()]},
            geometry=rings.geometry.to_numpy(),
            crs=rings.crs,
        ).to_crs("EPSG:4326")
        folium.GeoJson(
            outlines.__geo_interface__,
            name="Distance rings",
            style_function=lambda _: {
                "color": "#444444",
                "weight": 1.2,
                "fill": False,
                "className": RING_CLASS,
            },
            tooltip=folium.GeoJsonTooltip(fields=["label"], labels=False),
        ).add_to(m)
        if centre is not None and centre.has_point:
            add_ring_labels(m, centre, rings["outer_km"].tolist())
    area_legend = ""
    if areas is not None and not areas[0].empty:
        shaded, area_legend = areas
        folium.GeoJson(
            shaded[["tip", "fill", "geometry"]].__geo_interface__,
            name="Townships",
            style_function=lambda f: {
                "fillColor": f["properties"]["fill"],
                "fillOpacity": 0.55,
                "color": "#666666",
                "weight": 0.8,
                "className": AREA_CLASS,
            },
            tooltip=folium.GeoJsonTooltip(fields=["tip"], labels=False),
        ).add_to(m)
    group = None
    if show_events and many:
        _add_points(m, events, flags, base_url_path=base_url_path)
    elif show_events:
        group = _add_events(m, events, flags)
    if centre is not None and centre.has_point:
        _centre_marker(centre).add_to(m)
    types = set(events["event_type"].unique())
    present = [t for t in EVENT_TYPES if show_events and t in types]
    flagged = show_events and bool(events.index.isin(list(flags)).any())
    add_base_layers(
        m,
        towns=towns,
        tiles=basemap,
        legend=_legend_html(
            present, centre, flagged=flagged, areas=area_legend, counted=show_events and many
        ),
        events=group,
        base_url_path=base_url_path,
    )
    m.fit_bounds(bounds, padding=(24, 24), max_zoom=12)
    return finish(m, base_url_path=base_url_path)


class UnsafeMapError(GeoError):
    """A map about to be served still holds template syntax in its text."""


def _strings(value: object) -> Iterator[str]:
    """Every string inside ``value`` (nested dicts, lists and tuples; elements skipped)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)


def template_text(m: folium.Map) -> list[str]:
    """Text held by ``m`` or any of its elements in which a Jinja2 delimiter is left:
    folium compiles each element's output as a template, so such text would run on
    the server. Empty when every piece of text went through :func:`ui.text.esc`."""
    found = []
    for element in [m, *_descendants(m)]:
        for name, value in vars(element).items():
            if name.startswith("_"):
                continue
            found += [s for s in _strings(value) if any(mark in s for mark in TEMPLATE_MARKS)]
    return found


def _descendants(element: object) -> Iterator[object]:
    for child in getattr(element, "_children", {}).values():
        yield child
        yield from _descendants(child)


class _PlainCredit(MacroElement):  # type: ignore[misc]
    """Leaflet's credit as plain text: its default is a link to leafletjs.com, a
    third-party site offered on a map that must work (and link) nowhere else."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.attributionControl.setPrefix("Leaflet");
        {% endmacro %}
        """
    )


def finish(m: folium.Map, *, base_url_path: str = "") -> folium.Map:
    """The last step of every map the app shows: refuse it if any text would reach a
    template engine as syntax (:func:`template_text`), credit Leaflet without a link,
    then serve its scripts locally.

    Raises
    ------
    UnsafeMapError
        When text was not escaped; the message quotes it.
    """
    unsafe = template_text(m)
    if unsafe:
        raise UnsafeMapError(
            f"the map was not drawn: {len(unsafe)} piece(s) of text hold template syntax "
            f"(first: {unsafe[0][:80]!r}); text must go through ui.text.esc"
        )
    m.add_child(_PlainCredit())
    return localise(m, base_url_path=base_url_path)


def _bounds(
    events: gpd.GeoDataFrame, rings: gpd.GeoDataFrame | None, centre: Place | None
) -> list[list[float]]:
    shapes = events.geometry
    if rings is not None and not rings.empty:
        shapes = rings.to_crs("EPSG:4326").geometry  # the rings, not the data, set the view
    minx, miny, maxx, maxy = (float(v) for v in shapes.total_bounds)  # NaN when none
    if not all(map(math.isfinite, (minx, miny, maxx, maxy))):
        if centre is not None and centre.has_point:
            lon, lat = centre.lonlat()
            return [[lat - 0.5, lon - 0.5], [lat + 0.5, lon + 0.5]]
        return _DEFAULT_BOUNDS
    return [[miny, minx], [maxy, maxx]]
