"""A publication image of filtered events: a PNG (at twice screen size) or an SVG map
that a journalist can put into an article, made on the server with no network.

:func:`map_image` draws, in :data:`VIEW_CRS` (the Lambert conformal conic fitted to
Myanmar, so shapes and distances look as they are): the sea, neighbouring countries
and their names, Myanmar, state outlines (dashed), township outlines (when the view
spans less than :data:`TOWNSHIP_OUTLINES_BELOW_DEG`), town labels by priority with no
overlaps, the events coloured by type and sized by fatalities (the app's symbols,
:data:`EVENT_SYMBOLS`), the centre (the KIA headquarters), a legend, a scale bar
measured on the ellipsoid (:func:`scale_bar`), the filter's sentence as title, a note of
the events not drawn, and a footer crediting each dataset, the base layers and the date
made.

Every piece of text is drawn literally: a ``$`` never starts mathematical notation
(:func:`literal`), and TeX is never used. Output is deterministic for the same input
(fixed SVG ids, no timestamps), and fonts are matplotlib's own DejaVu Sans.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import math
import textwrap
import threading
from collections.abc import Iterable, Mapping, Sequence
from pathlib import PurePath
from typing import Any, Final, Literal

import geopandas as gpd
import matplotlib
import numpy as np
import pandas as pd
import shapely
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection, PathCollection
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.path import Path as MplPath
from matplotlib.transforms import Bbox
from pyproj import Geod, Transformer

from geo.areas.derive import DERIVATION_CRS
from geo.basemap import base_layers, town_tier
from geo.basemap import credits as base_credits
from geo.citations import publishers
from geo.errors import GeoError
from geo.gazetteer import Place
from geo.precision import region_only
from geo.schema import CRS
from geo.summary import drawing
from geo.symbols import EVENT_SYMBOLS, EventSymbols, marker_radius_px

__all__ = [
    "DEFAULT_STATES",
    "EVENT_SYMBOLS",
    "FORMATS",
    "MADE_WITH",
    "PNG_DPI",
    "RASTER_EVENTS_ABOVE",
    "TOWNSHIP_OUTLINES_BELOW_DEG",
    "VIEW_CRS",
    "WIDTH_IN",
    "EventSymbols",
    "ImageFormat",
    "image_credits",
    "image_format",
    "literal",
    "map_image",
    "marker_radius_px",
    "not_drawn_note",
    "scale_bar",
]

ImageFormat = Literal["png", "svg"]
#: The formats :func:`map_image` writes (also the file suffixes it accepts).
FORMATS: Final[tuple[ImageFormat, ...]] = ("png", "svg")
#: The view's projection: the Lambert conformal conic fitted to Myanmar.
VIEW_CRS: Final = DERIVATION_CRS
#: Figure width in inches; PNG at :data:`PNG_DPI` is 1,600 px wide, twice a
#: 100-dpi screen.
WIDTH_IN: Final = 8.0
PNG_DPI: Final = 200
#: Township outlines are drawn only when the view spans less than this (degrees).
TOWNSHIP_OUTLINES_BELOW_DEG: Final = 6.0
#: Towns that are neither a state's main town nor a township seat are labelled only
#: when the view spans less than this (degrees).
OTHER_TOWNS_BELOW_DEG: Final = 2.5
#: Above this many events drawn, an SVG holds the events as one embedded image at
#: :data:`PNG_DPI` (the rest stays vector): 20,000 vector circles make 13 MB.
RASTER_EVENTS_ABOVE: Final = 5_000
#: The view with no events to fit to: Kachin and northern Shan (MIMU state P-codes).
DEFAULT_STATES: Final = ("MMR001", "MMR015")
MADE_WITH: Final = "Kachin Conflict Map"

_PT_PER_PX: Final = 0.75  # a CSS pixel is 1/96 in, a point 1/72 in
_PAD: Final = 0.12  # of the events' extent, on each side
_MIN_SPAN_M: Final = 40_000.0
_MAP_W_IN: Final = 5.55
_PANEL_W_IN: Final = WIDTH_IN - _MAP_W_IN - 0.35
_MAP_H_IN: Final = (3.6, 7.2)
_MARGIN_IN: Final = 0.15
_LINE_IN: Final = 0.15  # one footer line (6.5 pt)
_TITLE_LINE_IN: Final = 0.24  # one line of the title (12 pt bold)
_TITLE_CHARS: Final = 80
_CREDIT_CHARS: Final = 150
_FONT: Final = "DejaVu Sans"
_SEA: Final = "#dbe7ef"
_NEIGHBOUR: Final = "#e3e3e0"
_MYANMAR: Final = "#fbfaf4"
_INK: Final = "#222222"
_GREY: Final = "#6b6b6b"
_UNKNOWN_COLOUR: Final = "#555555"
_GEOD: Final = Geod(ellps="WGS84")
_TO_VIEW: Final = Transformer.from_crs(CRS, VIEW_CRS, always_xy=True)
_TO_LONLAT: Final = Transformer.from_crs(VIEW_CRS, CRS, always_xy=True)
#: Known datasets' own credit lines (a dataset not here is credited by its name).
_DATASET_CREDITS: Final[Mapping[str, str]] = {
    "ACLED": "Armed Conflict Location & Event Data (ACLED), acleddata.com",
    "UCDP GED": "UCDP Georeferenced Event Dataset (GED), ucdp.uu.se",
    "bundled": "Kachin Conflict Map's bundled events, compiled from news reports",
}
_MAX_PUBLISHERS: Final = 8
#: matplotlib's state is global (rcParams while saving): one image at a time.
_LOCK: Final = threading.Lock()


def literal(text: object) -> str:
    """``text`` as matplotlib prints it literally: ``$`` escaped, so it never starts
    mathematical notation (``"$x$"`` prints as ``$x$``)."""
    return str(text).replace("$", r"\$")


def image_format(name: str) -> ImageFormat:
    """The format a file name's suffix asks for (``png`` or ``svg``).

    Raises
    ------
    GeoError
        For any other suffix, naming the valid ones.
    """
    suffix = PurePath(name).suffix.lower().removeprefix(".")
    for fmt in FORMATS:
        if suffix == fmt:
            return fmt
    raise GeoError(
        f"cannot tell the image format of {name!r}: "
        f"give a file name ending in {' or '.join('.' + f for f in FORMATS)}"
    )


def image_credits(events: pd.DataFrame, *, basemap_credit: str | None = None) -> tuple[str, ...]:
    """The footer's credit lines: each dataset of ``events`` (with the publishers its
    events rest on) and the base layers."""
    lines: list[str] = []
    if "dataset" in events and len(events):
        datasets = events["dataset"].astype(object).where(events["dataset"].notna(), "unnamed")
        for name in dict.fromkeys(map(str, datasets)):
            own = events[datasets == name]
            names = list(
                dict.fromkeys(p for s in own["sources"] for p in publishers(s).split("; ") if p)
            )
            shown = ", ".join(names[:_MAX_PUBLISHERS])
            more = len(names) - _MAX_PUBLISHERS
            if more > 0:
                shown += f" and {more:,} more"
            credit = _DATASET_CREDITS.get(name, f"dataset {name}")
            lines.append(f"Events: {credit}" + (f"; reported by {shown}" if shown else ""))
    base = base_credits() if basemap_credit is None else basemap_credit
    if base:
        lines.append(f"Base map: {base}")
    return tuple(lines)


def not_drawn_note(events: gpd.GeoDataFrame) -> str:
    """Which events the image leaves out and why (empty when it draws them all), from
    the map's own count (:func:`geo.summary.drawing`): those located only to a region
    (their point is the region's centre) and those with no point."""
    counts = drawing(events)
    parts = []
    if counts.region_only:
        parts.append(f"{_count(counts.region_only)} located only to a region")
    if counts.no_point:
        parts.append(f"{_count(counts.no_point)} with no point")
    if not parts:
        return ""
    verb = "is" if counts.region_only + counts.no_point == 1 else "are"
    return f"{' and '.join(parts)} {verb} not drawn"


def _count(n: int) -> str:
    return f"{n:,} event{'' if n == 1 else 's'}"


def map_image(
    events: gpd.GeoDataFrame,
    *,
    title: str,
    made: dt.date,
    fmt: ImageFormat,
    symbols: EventSymbols = EVENT_SYMBOLS,
    centre: Place | None = None,
    towns: Sequence[Place] = (),
    credits: Sequence[str] | None = None,
    layers: gpd.GeoDataFrame | None = None,
    width_in: float = WIDTH_IN,
    dpi: int = PNG_DPI,
) -> bytes:
    """The map of ``events`` (any CRS; EPSG:4326 from the loader) as PNG or SVG bytes.

    Parameters
    ----------
    events
        The filtered events. Those with no point or located only to a region are not
        drawn; a note under the title counts them.
    title
        The filter's sentence (:func:`geo.filters.describe_filter`).
    made
        The date printed in the footer.
    fmt
        ``"png"`` (``width_in * dpi`` pixels wide) or ``"svg"`` (text kept as text).
    symbols
        Colours and marker sizes; default the app's (:data:`EVENT_SYMBOLS`).
    centre
        A place marked with a black diamond and its name (the KIA headquarters).
    towns
        Places to label, by :func:`geo.basemap.town_tier`, where they do not overlap.
    credits
        Footer lines; default :func:`image_credits` of ``events``.
    layers
        The base layers; default :func:`geo.basemap.base_layers`.

    Raises
    ------
    GeoError
        When ``fmt`` is not one of :data:`FORMATS` or ``events`` has no CRS.
    """
    if fmt not in FORMATS:
        raise GeoError(f"unknown image format {fmt!r}; valid: {', '.join(FORMATS)}")
    if events.crs is None:
        raise GeoError("the events have no CRS; set one (EPSG:4326) before drawing them")
    events = events.to_crs(CRS) if not events.crs.equals(CRS) else events
    layers = base_layers() if layers is None else layers.to_crs(CRS)
    credits = image_credits(events) if credits is None else credits
    drawn = _drawn(events)
    notes = [not_drawn_note(events)] if len(drawn) < len(events) else []
    if events.empty:
        notes = ["No events match this filter"]
    with _LOCK:
        figure = _Drawing(
            drawn,
            layers,
            symbols=symbols,
            width_in=width_in,
            title=title,
            made=made,
            credits=credits,
            notes=notes,
        )
        figure.draw(centre=centre, towns=towns)
        return figure.save(fmt, dpi=dpi, title=title)


def _drawn(events: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Events with a point, not located only to a region, largest first."""
    keep = events.geometry.notna() & ~events.geometry.is_empty & ~region_only(events)
    placed = events[keep.to_numpy()]
    order = placed["fatalities_best"].astype("Float64").fillna(-1).sort_values(ascending=False)
    return placed.loc[order.index]


def _round_km(limit_km: float) -> float:
    """The largest 1, 2 or 5 times a power of ten not above ``limit_km``."""
    power = 10.0 ** math.floor(math.log10(limit_km))
    return max(step * power for step in (1.0, 2.0, 5.0) if step * power <= limit_km)


def scale_bar(
    extent: tuple[float, float, float, float],
) -> tuple[float, tuple[float, float], float]:
    """A scale bar for a view (``extent``: x0, y0, x1, y1 in :data:`VIEW_CRS`):
    its length in km (1, 2 or 5 times a power of ten, at most a quarter of the view's
    width), its start (5 % in from the lower left corner) and its length in view units,
    measured on the WGS84 ellipsoid due east from the start."""
    x0, y0, x1, y1 = extent
    sx, sy = x0 + (x1 - x0) * 0.05, y0 + (y1 - y0) * 0.05
    lon, lat = _TO_LONLAT.transform(sx, sy)
    _, _, across_m = _GEOD.inv(lon, lat, *_TO_LONLAT.transform(x1, sy))
    km = _round_km(across_m / 1000 / 4)
    elon, elat, _ = _GEOD.fwd(lon, lat, 90.0, km * 1000)
    ex, ey = _TO_VIEW.transform(elon, elat)
    return km, (sx, sy), math.hypot(ex - sx, ey - sy)


def _paths(geometries: Iterable[shapely.Geometry]) -> list[MplPath]:
    """One compound path per polygon or multipolygon (holes kept)."""
    paths = []
    for geometry in geometries:
        vertices: list[np.ndarray] = []
        codes: list[np.ndarray] = []
        for ring in shapely.get_rings(shapely.get_parts(geometry)):
            xy = shapely.get_coordinates(ring)
            if len(xy) < 4:
                continue
            ring_codes = np.full(len(xy), MplPath.LINETO, dtype=MplPath.code_type)
            ring_codes[0] = MplPath.MOVETO
            ring_codes[-1] = MplPath.CLOSEPOLY
            vertices.append(xy)
            codes.append(ring_codes)
        if vertices:
            paths.append(MplPath(np.concatenate(vertices), np.concatenate(codes)))
    return paths


def _lines(geometries: Iterable[shapely.Geometry]) -> list[np.ndarray]:
    """The coordinates of every line part of ``geometries``."""
    parts = shapely.get_parts(np.asarray(list(geometries), dtype=object))
    return [shapely.get_coordinates(p) for p in parts if not p.is_empty]


class _Taken:
    """Screen rectangles (x0, y0, x1, y1) already taken by labels, events and the
    scale bar; tested all at once, so thousands of events cost little."""

    def __init__(self) -> None:
        self._boxes = np.empty((0, 4))
        self._new: list[np.ndarray] = []

    def add(self, boxes: Bbox | np.ndarray) -> None:
        self._new.append(np.atleast_2d(boxes.extents if isinstance(boxes, Bbox) else boxes))

    def overlaps(self, box: Bbox) -> bool:
        if self._new:
            self._boxes = np.concatenate([self._boxes, *self._new])
            self._new = []
        b = self._boxes
        return bool(
            (
                (b[:, 0] < box.x1) & (box.x0 < b[:, 2]) & (b[:, 1] < box.y1) & (box.y0 < b[:, 3])
            ).any()
        )


class _Drawing:
    """One figure being drawn: the map axes, the legend panel and the texts placed."""

    def __init__(
        self,
        drawn: gpd.GeoDataFrame,
        layers: gpd.GeoDataFrame,
        *,
        symbols: EventSymbols,
        width_in: float,
        title: str,
        made: dt.date,
        credits: Sequence[str],
        notes: Sequence[str],
    ) -> None:
        self.drawn = drawn
        self.layers = layers
        self.symbols = symbols
        scale = width_in / WIDTH_IN
        self.scale = scale
        self.extent: tuple[float, float, float, float] = self._view(drawn, layers)
        x0, y0, x1, y1 = self.extent
        map_w = _MAP_W_IN * scale
        map_h = map_w * (y1 - y0) / (x1 - x0)
        self.map_h_in = map_h
        self.title = textwrap.wrap(title, width=_TITLE_CHARS) or [""]
        self.credits = [
            line for text in credits for line in textwrap.wrap(text, width=_CREDIT_CHARS)
        ] + [f"Made {made.isoformat()} with {MADE_WITH}"]
        self.notes = list(notes)
        top = (0.3 + _TITLE_LINE_IN * len(self.title) + 0.2 * len(self.notes)) * scale
        bottom = (0.2 + _LINE_IN * len(self.credits)) * scale
        height = top + map_h + bottom
        self.figure = Figure(figsize=(width_in, height), dpi=100, facecolor="white")
        FigureCanvasAgg(self.figure)
        self.height = height
        margin = _MARGIN_IN * scale
        self.map: Axes = self.figure.add_axes(
            (margin / width_in, bottom / height, map_w / width_in, map_h / height)
        )
        panel_left = margin + map_w + 0.2 * scale
        self.panel: Axes = self.figure.add_axes(
            (panel_left / width_in, bottom / height, _PANEL_W_IN * scale / width_in, map_h / height)
        )
        self.panel.set_axis_off()
        self.bottom = bottom
        self.placed = _Taken()
        self.many = len(drawn) > symbols.half_size_above

    # -- the view -----------------------------------------------------------------

    @staticmethod
    def _view(
        drawn: gpd.GeoDataFrame, layers: gpd.GeoDataFrame
    ) -> tuple[float, float, float, float]:
        """The map's extent in :data:`VIEW_CRS`: the events with padding, or Kachin and
        northern Shan, widened to an aspect the page can hold."""
        if drawn.empty:
            states = layers[(layers["layer"] == "state") & layers["code"].isin(DEFAULT_STATES)]
            shapes = states.geometry if not states.empty else layers.geometry
            x0, y0, x1, y1 = shapes.to_crs(VIEW_CRS).total_bounds
            pad = 0.03
        else:
            x0, y0, x1, y1 = drawn.geometry.to_crs(VIEW_CRS).total_bounds
            pad = _PAD
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        w = max((x1 - x0) * (1 + 2 * pad), _MIN_SPAN_M)
        h = max((y1 - y0) * (1 + 2 * pad), _MIN_SPAN_M)
        low, high = (limit / _MAP_W_IN for limit in _MAP_H_IN)
        if h / w < low:
            h = w * low
        elif h / w > high:
            w = h / high
        return (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)

    def span_deg(self) -> float:
        """The view's larger side in degrees of longitude or latitude."""
        x0, y0, x1, y1 = self.extent
        xs, ys = _TO_LONLAT.transform([x0, x1, x0, x1], [y0, y0, y1, y1])
        return float(max(max(xs) - min(xs), max(ys) - min(ys)))

    def _in_view(self, frame: gpd.GeoDataFrame) -> gpd.GeoSeries:
        """``frame``'s shapes in :data:`VIEW_CRS`, cut to a little beyond the view."""
        x0, y0, x1, y1 = self.extent
        grow = (x1 - x0) * 0.05
        shapes = frame.geometry.to_crs(VIEW_CRS)
        cut = shapely.clip_by_rect(shapes.to_numpy(), x0 - grow, y0 - grow, x1 + grow, y1 + grow)
        kept = gpd.GeoSeries(cut, index=frame.index, crs=VIEW_CRS)
        return kept[~kept.is_empty]

    # -- drawing ------------------------------------------------------------------

    def draw(self, *, centre: Place | None, towns: Sequence[Place]) -> None:
        ax = self.map
        x0, y0, x1, y1 = self.extent
        ax.set_xlim(x0, x1)
        ax.set_ylim(y0, y1)
        ax.set_aspect("equal", adjustable="box")
        ax.set_facecolor(_SEA)
        ax.set_xticks([])
        ax.set_yticks([])
        for spine in ax.spines.values():
            spine.set_edgecolor("#8a8a8a")
            spine.set_linewidth(0.6)
        self.renderer = self.figure.canvas.get_renderer()  # type: ignore[attr-defined]
        self._base()
        self._events()
        self._scale_bar()
        if centre is not None and centre.has_point:
            self._centre(centre)
        self._country_names()
        self._towns(towns)
        self._texts()
        self._legend(centre)

    def _base(self) -> None:
        ax = self.map
        layer = self.layers["layer"]
        countries = self.layers[layer == "country"]
        myanmar = countries["name"] == "Myanmar"
        neighbours = self._in_view(countries[~myanmar])
        home = self._in_view(countries[myanmar])
        ax.add_collection(
            PathCollection(
                _paths(neighbours), facecolor=_NEIGHBOUR, edgecolor="#a3a3a3", linewidth=0.5
            )
        )
        ax.add_collection(PathCollection(_paths(home), facecolor=_MYANMAR, edgecolor="none"))
        if self.span_deg() < TOWNSHIP_OUTLINES_BELOW_DEG:
            townships = self._in_view(self.layers[layer == "township"])
            ax.add_collection(
                LineCollection(
                    _lines(townships.boundary), colors="#c9c6bd", linewidths=0.35, zorder=1.1
                )
            )
        states = self._in_view(self.layers[layer == "state"])
        if not states.empty:
            outline = shapely.line_merge(shapely.union_all(states.boundary.to_numpy()))
            ax.add_collection(
                LineCollection(
                    _lines([outline]),
                    colors="#7d7d7d",
                    linewidths=0.7,
                    linestyles=(0, (4, 2.5)),
                    zorder=1.2,
                )
            )
        ax.add_collection(
            LineCollection(_lines(home.boundary), colors="#555555", linewidths=1.0, zorder=1.3)
        )
        for name, point in self._labels("state-label"):
            self._place(
                name.upper(), point, colour="#8c8c8c", size=6.5, weight="bold", anchor="center"
            )

    def _labels(self, kind: str) -> list[tuple[str, tuple[float, float]]]:
        frame = self.layers[self.layers["layer"] == kind]
        if frame.empty:
            return []
        xs, ys = _TO_VIEW.transform(frame.geometry.x.to_numpy(), frame.geometry.y.to_numpy())
        return [
            (str(n), (float(x), float(y))) for n, x, y in zip(frame["name"], xs, ys, strict=True)
        ]

    def _country_names(self) -> None:
        shown: set[str] = set()
        for name, point in self._labels("country-label"):
            if name in shown or name == "Myanmar":
                continue
            if self._place(
                name.upper(), point, colour="#7a7a7a", size=8, style="italic", anchor="center"
            ):
                shown.add(name)

    def _towns(self, towns: Sequence[Place]) -> None:
        limit = 2 if self.span_deg() < OTHER_TOWNS_BELOW_DEG else 1
        ranked = sorted(
            ((town_tier(t), t.name, t) for t in towns if t.has_point),
            key=lambda item: (item[0], item[1]),
        )
        for tier, name, town in ranked:
            if tier > limit:
                continue
            x, y = _TO_VIEW.transform(*town.lonlat())
            px, py = self.map.transData.transform((x, y))
            r = 2.0 * self.scale * self.figure.dpi / 72  # the dot, and a little room
            spot = Bbox([[px - r, py - r], [px + r, py + r]])
            if self.placed.overlaps(spot):  # a town's dot never covers a label
                continue
            if self._place(name, (x, y), colour="#3a3a3a", size=7.5 - tier * 0.7, dot=True):
                self.map.plot(
                    [x], [y], marker="o", markersize=2.2, color="#3a3a3a", zorder=2.5, lw=0
                )
                self.placed.add(spot)

    def _inside(self, box: Bbox) -> bool:
        frame = self.map.get_window_extent(self.renderer)
        return bool(
            frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0 and box.y1 <= frame.y1
        )

    def _place(
        self,
        text: str,
        point: tuple[float, float],
        *,
        colour: str,
        size: float,
        dot: bool = False,
        anchor: str = "left",
        **font: Any,
    ) -> bool:
        """Label ``point`` unless the label would leave the map or overlap a label or
        event already placed (greedy, in the caller's order of priority). A label
        beside a dot tries the right, then the left, above and below."""
        x0, y0, x1, y1 = self.extent
        if not (x0 <= point[0] <= x1 and y0 <= point[1] <= y1):
            return False
        gap = 3.5 * self.scale
        spots = (
            [
                ((gap, 0.0), "left", "center"),
                ((-gap, 0.0), "right", "center"),
                ((0.0, gap), "center", "bottom"),
                ((0.0, -gap), "center", "top"),
            ]
            if dot
            else [((0.0, 0.0), anchor, "center")]
        )
        for offset, ha, va in spots:
            label = self.map.annotate(
                literal(text),
                point,
                xytext=offset,
                textcoords="offset points",
                ha=ha,
                va=va,
                fontsize=size * self.scale,
                color=colour,
                fontfamily=_FONT,
                usetex=False,
                zorder=2.6,
                **font,
            )
            box = label.get_window_extent(self.renderer).expanded(1.08, 1.15)
            if self._inside(box) and not self.placed.overlaps(box):
                self.placed.add(box)
                return True
            label.remove()
        return False

    def _marker_size(self, fatalities: Any) -> float:
        """Marker area for ``scatter`` (points squared) from the app's radius in pixels
        (half of it when there are many events, as the app draws them)."""
        radius = self.symbols.radius_px(fatalities) * (0.5 if self.many else 1.0)
        diameter = 2 * radius * _PT_PER_PX * self.scale
        return diameter * diameter

    def _events(self) -> None:
        if self.drawn.empty:
            return
        xy = shapely.get_coordinates(self.drawn.geometry.to_crs(VIEW_CRS).to_numpy())
        best = self.drawn["fatalities_best"].astype("Float64")
        known = best.notna().to_numpy()
        figures = [None if pd.isna(v) else int(v) for v in best]
        sizes = np.array([self._marker_size(v) for v in figures])
        colours = [
            self.symbols.colours.get(str(t), _UNKNOWN_COLOUR) for t in self.drawn["event_type"]
        ]
        face = np.array(colours, dtype=object)
        points = self.map.transData.transform(xy)
        r = np.sqrt(sizes)[:, None] / 2 * self.figure.dpi / 72
        self.placed.add(np.hstack([points - r, points + r]))
        for mask, style in ((known, "solid"), (~known, (0, (2.5, 2.0)))):
            if mask.any():
                self.map.scatter(
                    xy[mask, 0],
                    xy[mask, 1],
                    s=sizes[mask],
                    c=list(face[mask]),
                    alpha=0.8,
                    edgecolors=_INK,
                    linewidths=(1.0 if self.many else 1.5) * _PT_PER_PX * self.scale,
                    linestyles=style,
                    zorder=3,
                    rasterized=len(self.drawn) > RASTER_EVENTS_ABOVE,
                )

    def _centre(self, centre: Place) -> None:
        x, y = _TO_VIEW.transform(*centre.lonlat())
        x0, y0, x1, y1 = self.extent
        if not (x0 <= x <= x1 and y0 <= y <= y1):
            return
        self.map.plot(
            [x], [y], marker="D", markersize=6.5 * self.scale, color="black", lw=0, zorder=2.8
        )
        self._place(centre.name, (x, y), colour="black", size=7.5, dot=True, weight="bold")

    def _scale_bar(self) -> None:
        """The scale bar (:func:`scale_bar`) on a light backdrop, bottom left."""
        _, y0, _, y1 = self.extent
        km, (sx, sy), length = scale_bar(self.extent)
        tick = (y1 - y0) * 0.012
        self.map.plot(
            [sx, sx, sx + length, sx + length],
            [sy + tick, sy, sy, sy + tick],
            color=_INK,
            lw=1.4 * self.scale,
            zorder=4,
            solid_capstyle="butt",
        )
        # a light backdrop, over the events, that labels keep clear of
        per_pt = (y1 - y0) / (self.map_h_in * 72)
        pad = 4 * self.scale * per_pt
        top = sy + tick * 1.4 + 9 * self.scale * per_pt
        backdrop = Rectangle(
            (sx - pad, sy - pad),
            length + 2 * pad,
            top - sy + 2 * pad,
            facecolor="white",
            alpha=0.75,
            edgecolor="none",
            zorder=3.9,
        )
        self.map.add_patch(backdrop)
        self.placed.add(backdrop.get_window_extent(self.renderer))
        self._write(
            sx + length / 2,
            sy + tick * 1.4,
            f"{km:,g} km",
            size=7,
            on=self.map,
            ha="center",
            va="bottom",
            zorder=4,
        )

    def _write(
        self,
        x: float,
        y: float,
        text: str,
        *,
        size: float,
        on: Axes | None = None,
        colour: str = _INK,
        **style: Any,
    ) -> None:
        """Put ``text`` at ``x``, ``y`` (the figure's fractions, or ``on``'s data),
        literally, in :data:`_FONT`, ``size`` points at the figure's scale."""
        (self.figure if on is None else on).text(
            x,
            y,
            literal(text),
            fontsize=size * self.scale,
            color=colour,
            fontfamily=_FONT,
            usetex=False,
            **style,
        )

    def _texts(self) -> None:
        left = _MARGIN_IN * self.scale / self.figure.get_figwidth()
        y = 1 - 0.2 * self.scale / self.height
        self._write(left, y, "\n".join(self.title), size=12, ha="left", va="top", fontweight="bold")
        for i, note in enumerate(self.notes):
            below = (_TITLE_LINE_IN * len(self.title) + 0.1 + 0.2 * i) * self.scale
            self._write(
                left,
                y - below / self.height,
                note,
                size=8.5,
                colour="#8a3b00",
                ha="left",
                va="top",
            )
        for i, line in enumerate(self.credits):
            above = self.bottom - (0.12 + _LINE_IN * (i + 0.5)) * self.scale
            self._write(
                left, above / self.height, line, size=6.5, colour=_GREY, ha="left", va="center"
            )

    def _legend(self, centre: Place | None) -> None:
        drawn = self.drawn
        font_pt = 7.5 * self.scale
        font = {"family": _FONT, "size": font_pt}
        title_font = {"family": _FONT, "size": 8 * self.scale, "weight": "bold"}
        sections: list[tuple[str, list[Line2D], list[str]]] = []
        present = set(map(str, drawn["event_type"])) if not drawn.empty else set()
        order = [t for t in self.symbols.colours if t in present]
        order += sorted(present - set(order))
        if order:
            marker = math.sqrt(self._marker_size(None))
            handles = [
                Line2D(
                    [],
                    [],
                    lw=0,
                    marker="o",
                    markersize=marker,
                    markerfacecolor=self.symbols.colours.get(t, _UNKNOWN_COLOUR),
                    markeredgecolor=_INK,
                    markeredgewidth=0.8 * self.scale,
                    alpha=0.8,
                )
                for t in order
            ]
            sections.append(("Event type", handles, [literal(t) for t in order]))
            sizes = [
                Line2D(
                    [],
                    [],
                    lw=0,
                    marker="o",
                    markersize=math.sqrt(self._marker_size(n)),
                    markerfacecolor="#bdbdbd",
                    markeredgecolor=_INK,
                    markeredgewidth=0.8 * self.scale,
                )
                for n in self.symbols.size_key
            ]
            labels = [f"{n:,}" for n in self.symbols.size_key]
            if drawn["fatalities_best"].isna().any():
                sizes.append(
                    Line2D(
                        [],
                        [],
                        lw=0,
                        marker="o",
                        markersize=marker,
                        markerfacecolor="white",
                        markeredgecolor=_INK,
                        markeredgewidth=0.8 * self.scale,
                    )
                )
                labels.append("not reported (dashed)")
            sections.append(("Fatalities (best estimate)", sizes, labels))
        if centre is not None and centre.has_point:
            diamond = Line2D([], [], lw=0, marker="D", markersize=6.5 * self.scale, color="black")
            sections.append(("", [diamond], [literal(centre.name)]))
        top = 1.0
        panel = self.panel
        for heading, handles, labels in sections:
            sizes_pt = [h.get_markersize() for h in handles]
            widest = max(sizes_pt) / font_pt
            # rows far enough apart that neighbouring circles never touch
            apart = max(
                [(a + b) / 2 / font_pt - 0.9 for a, b in itertools.pairwise(sizes_pt)],
                default=0.0,
            )
            legend = Legend(
                panel,
                handles,
                labels,
                loc="upper left",
                bbox_to_anchor=(0.0, top),
                frameon=False,
                prop=font,
                title=heading or None,
                title_fontproperties=title_font,
                alignment="left",
                borderaxespad=0.0,
                borderpad=0.2,
                handletextpad=0.6,
                labelspacing=max(apart, 0.45),
                handlelength=max(widest, 1.6),
            )
            panel.add_artist(legend)
            box = legend.get_window_extent(self.renderer)
            frame = panel.get_window_extent(self.renderer)
            top -= (box.height + 10 * self.scale) / frame.height

    def save(self, fmt: ImageFormat, *, dpi: int, title: str) -> bytes:
        out = io.BytesIO()

        metadata = (
            {"Title": title, "Creator": MADE_WITH, "Date": None}
            if fmt == "svg"
            else {"Title": title, "Software": MADE_WITH}
        )
        with matplotlib.rc_context({"svg.hashsalt": "kcm", "svg.fonttype": "none"}):
            self.figure.savefig(
                out,
                format=fmt,
                dpi=dpi,  # an SVG's units are points; dpi is that of any raster part
                facecolor="white",
                metadata=metadata,
            )
        return out.getvalue()
