"""GeoDataFrames -> folium maps, with every piece of event text escaped.

Event text is untrusted. folium puts popups and tooltips into JavaScript template
literals, where ``${...}`` would run and a backslash could end the string, so
:func:`esc` escapes ``$``, backticks and backslashes as well as HTML. Links are made
only for ``http(s)`` URLs.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable, Sequence
from typing import Any, Final
from urllib.parse import urlparse

import folium
import geopandas as gpd
import pandas as pd
from branca.element import MacroElement, Template

from geo.gazetteer import Place
from geo.schema import EVENT_TYPES, Source
from ui.assets import localise

__all__ = [
    "EVENT_CLASS",
    "TYPE_COLOURS",
    "esc",
    "event_id_from_tooltip",
    "event_map",
    "figure_range",
    "marker_radius",
    "popup_html",
]

#: Okabe-Ito colours (distinguishable with colour-blindness), one per ACLED event type.
TYPE_COLOURS: Final = dict(
    zip(
        EVENT_TYPES,
        ("#e69f00", "#d55e00", "#cc79a7", "#0072b2", "#56b4e9", "#009e73"),
        strict=True,
    )
)
EVENT_CLASS: Final = "kcm-event"  # the CSS class of every event marker (tests count them)
RING_CLASS: Final = "kcm-ring"
UNKNOWN: Final = "unknown"
# Myanmar, for a map with nothing to fit to.
_DEFAULT_BOUNDS: Final = [[9.5, 92.1], [28.6, 101.2]]
OSM_TILES: Final = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION: Final = (
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
)


def esc(value: object) -> str:
    """Text safe inside HTML and inside folium's JavaScript template literals."""
    text = "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value)
    return (
        html.escape(text, quote=True)
        .replace("$", "&#36;")
        .replace("`", "&#96;")
        .replace("\\", "&#92;")
    )


def _link(url: str | None, text: str) -> str:
    if url and urlparse(url).scheme in ("http", "https"):
        return f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer">{esc(text)}</a>'
    return esc(text)


def _int_or_none(value: Any) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def figure_range(low: Any, best: Any, high: Any) -> str:
    """``"28-29-32"`` (low-best-high), ``"29"`` when all agree, ``"unknown"`` when none known."""
    values = [_int_or_none(v) for v in (low, best, high)]
    known = [v for v in values if v is not None]
    if not known:
        return UNKNOWN
    if len(set(known)) == 1 and len(known) == 3:
        return str(known[0])
    return "-".join(UNKNOWN if v is None else str(v) for v in values)


def marker_radius(fatalities: Any) -> float:
    """Pixels: area grows with the best fatality estimate; unknown gets the smallest."""
    value = _int_or_none(fatalities) or 0
    return min(6.0 + 3.0 * math.sqrt(value), 30.0)


def _date_text(event: pd.Series) -> str:
    start = event["event_date"].date()
    end = event["event_date_end"].date()
    return start.isoformat() if start == end else f"{start.isoformat()} to {end.isoformat()}"


def _source_html(source: Source) -> str:
    label = source.title or source.url or source.publisher
    date = f" ({source.published.isoformat()})" if source.published else ""
    return f"<li>{esc(source.publisher)}{esc(date)}: {_link(source.url, label)}</li>"


def popup_html(event: pd.Series) -> str:
    """The popup of one event: date, type, place, township, figures and sources."""
    rows = [
        ("Date", _date_text(event)),
        ("Type", f"{event['event_type']} / {event['sub_event_type']}"),
        ("Place", event["location"]),
        ("Township", f"{event['township'] or ''} ({event['township_pcode'] or ''})"),
        (
            "Fatalities",
            figure_range(
                event["fatalities_low"], event["fatalities_best"], event["fatalities_high"]
            ),
        ),
        ("Injured", figure_range(event["injured_low"], event["injured"], event["injured_high"])),
    ]
    body = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows)
    sources = "".join(_source_html(s) for s in event["sources"])
    return (
        f'<div class="kcm-popup"><b>{esc(event.name)}</b><table>{body}</table>'
        f"<div>Sources</div><ul>{sources}</ul></div>"
    )


def tooltip_text(event: pd.Series) -> str:
    return f"{esc(event['location'])} · {esc(_date_text(event))} · {esc(event.name)}"


def event_id_from_tooltip(tooltip: str | None, event_ids: Iterable[str]) -> str | None:
    """The event whose id a clicked marker's tooltip text ends with."""
    if not tooltip:
        return None
    text = tooltip.strip()
    for event_id in event_ids:
        if text.endswith(f"· {event_id}"):
            return event_id
    return None


class _Legend(MacroElement):  # type: ignore[misc]
    """A static HTML legend in the map's corner (no scripts from elsewhere)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var legend = L.control({position: "topright"});
        legend.onAdd = function () {
            var div = L.DomUtil.create("div", "kcm-legend");
            div.innerHTML = {{ this.html|tojson }};
            return div;
        };
        legend.addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, html_text: str) -> None:
        super().__init__()
        self._name = "Legend"
        self.html = html_text


_STYLE: Final = """
<style>
.kcm-legend {background: rgba(255,255,255,.92); padding: 6px 8px; font: 12px/1.4 sans-serif;
  border-radius: 4px; box-shadow: 0 1px 4px rgba(0,0,0,.3); max-width: 15em}
.kcm-legend i {display: inline-block; width: 11px; height: 11px; border-radius: 50%;
  margin-right: 5px; vertical-align: -1px; border: 1px solid #333}
.kcm-popup table {border-collapse: collapse; font-size: 12px}
.kcm-popup th {text-align: left; padding-right: 8px; vertical-align: top}
.kcm-popup ul {margin: 2px 0 0 0; padding-left: 16px; font-size: 12px}
.kcm-hq {font: bold 11px sans-serif; color: #111; white-space: nowrap}
.kcm-hq span {display: inline-block; width: 12px; height: 12px; background: #111;
  transform: rotate(45deg); margin-right: 4px; vertical-align: -2px; border: 2px solid #fff}
.kcm-town {font: 11px sans-serif; color: #555; white-space: nowrap; pointer-events: none}
.kcm-town span {display: inline-block; width: 5px; height: 5px; border-radius: 50%;
  background: #777; margin-right: 3px; vertical-align: 1px}
.leaflet-container {background: #eef0ec}
</style>
"""


def _legend_html(types: Sequence[str], centre: Place | None) -> str:
    items = "".join(
        f'<div><i style="background:{TYPE_COLOURS[t]}"></i>{esc(t)}</div>' for t in types
    )
    size = "<div>Size: fatalities (best estimate); dashed: not reported</div>"
    marker = (
        f'<div><span class="kcm-hq"><span></span></span>{esc(centre.name)}</div>' if centre else ""
    )
    return f"<b>Event type</b>{items}{size}{marker}"


def _add_events(target: folium.Map | folium.FeatureGroup, events: gpd.GeoDataFrame) -> None:
    # Largest first, so a small marker is never hidden under a big one.
    order = events["fatalities_best"].astype("Float64").fillna(-1).sort_values(ascending=False)
    for _, event in events.loc[order.index].iterrows():
        if event.geometry is None or event.geometry.is_empty:
            continue
        unknown = _int_or_none(event["fatalities_best"]) is None
        colour = TYPE_COLOURS.get(event["event_type"], "#555555")
        folium.CircleMarker(
            location=[event.geometry.y, event.geometry.x],
            radius=marker_radius(event["fatalities_best"]),
            color="#222222",
            weight=1.5,
            dash_array="3 3" if unknown else None,
            fill=True,
            fill_color=colour,
            fill_opacity=0.8,
            class_name=EVENT_CLASS,
            tooltip=folium.Tooltip(tooltip_text(event)),
            popup=folium.Popup(popup_html(event), max_width=360),
        ).add_to(target)


def _label(place: Place, css: str, size: tuple[int, int], anchor: tuple[int, int]) -> folium.Marker:
    """A place as a symbol and its name, drawn in HTML; clicks pass through it to the
    events beneath."""
    lon, lat = place.lonlat()
    return folium.Marker(
        location=[lat, lon],
        icon=folium.DivIcon(
            html=f'<div class="{css}"><span></span>{esc(place.name)}</div>',
            icon_size=size,
            icon_anchor=anchor,
            class_name=f"{css}-icon",
        ),
        interactive=False,
    )


def _add_towns(m: folium.Map, towns: Sequence[Place], bounds: list[list[float]]) -> None:
    """Grey labelled dots for the MIMU towns around the view, so a map with no base
    tiles still shows where things are."""
    (south, west), (north, east) = bounds
    pad_lat, pad_lon = max(0.2, (north - south) * 0.25), max(0.2, (east - west) * 0.25)
    group = folium.FeatureGroup(name="Towns (MIMU)", control=False)
    for town in towns:
        lon, lat = town.lonlat()
        if south - pad_lat <= lat <= north + pad_lat and west - pad_lon <= lon <= east + pad_lon:
            _label(town, "kcm-town", (120, 14), (3, 7)).add_to(group)
    group.add_to(m)


def event_map(
    events: gpd.GeoDataFrame,
    *,
    centre: Place | None,
    basemap: bool,
    rings: gpd.GeoDataFrame | None = None,
    towns: Sequence[Place] = (),
    base_url_path: str = "",
) -> folium.Map:
    """A map of ``events`` (EPSG:4326), coloured by type and sized by fatalities.

    With ``basemap`` False no tiles are requested at all; the map still shows the
    events, the ``centre`` (the KIA headquarters, or the rings' centre), any ``rings``,
    the ``towns`` around the view (as labelled dots) and the legend. The view is fitted
    to the events (and rings).
    """
    if events.crs is not None and not events.crs.equals("EPSG:4326"):
        events = events.to_crs("EPSG:4326")
    m = folium.Map(tiles=None, control_scale=True, zoom_snap=0.5, min_zoom=4)
    m.get_root().header.add_child(folium.Element(_STYLE))
    if basemap:
        folium.TileLayer(OSM_TILES, attr=OSM_ATTRIBUTION, name="OpenStreetMap", max_zoom=19).add_to(
            m
        )
    bounds = _bounds(events, rings, centre)
    if towns:
        _add_towns(m, towns, bounds)
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
    _add_events(m, events)
    if centre is not None and centre.has_point:
        _label(centre, "kcm-hq", (160, 16), (8, 8)).add_to(m)
    present = [t for t in EVENT_TYPES if t in set(events["event_type"])]
    _Legend(_legend_html(present, centre)).add_to(m)
    m.fit_bounds(bounds, padding=(24, 24), max_zoom=12)
    return localise(m, base_url_path=base_url_path)


def _bounds(
    events: gpd.GeoDataFrame, rings: gpd.GeoDataFrame | None, centre: Place | None
) -> list[list[float]]:
    frames = [events.geometry.dropna()]
    if rings is not None and not rings.empty:
        frames.append(rings.to_crs("EPSG:4326").geometry)
    shapes = pd.concat(frames)
    shapes = shapes[~shapes.is_empty]
    if shapes.empty:
        if centre is not None and centre.has_point:
            lon, lat = centre.lonlat()
            return [[lat - 0.5, lon - 0.5], [lat + 0.5, lon + 0.5]]
        return _DEFAULT_BOUNDS
    minx, miny, maxx, maxy = gpd.GeoSeries(shapes, crs="EPSG:4326").total_bounds
    return [[float(miny), float(minx)], [float(maxy), float(maxx)]]
