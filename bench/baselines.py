"""Naive baselines for the country-scale benchmark: what a first attempt would do.

* :func:`naive_map_html`: a Folium map with one ``CircleMarker`` (with a popup) per
  event, rendered to HTML: the textbook way to put points on a Folium map;
* :func:`naive_geojson`: :meth:`geopandas.GeoDataFrame.to_json`, the one-line export.

Both take the same events the project's own code takes, so a ratio compares like
with like. Used by ``bench/bench_country.py``; not a test.
"""

from __future__ import annotations

from typing import Final

import folium
import geopandas as gpd

__all__ = ["NAIVE_MAP_ROWS", "naive_geojson", "naive_map_html"]

#: The naive map is built with at most this many events and scaled per event above
#: it (100,000 markers would take minutes to build for a baseline).
NAIVE_MAP_ROWS: Final = 10_000


def naive_map_html(events: gpd.GeoDataFrame) -> str:
    """One ``folium.CircleMarker`` per event, radius by fatalities, rendered to HTML."""
    m = folium.Map(location=[25.0, 97.5], zoom_start=7, tiles=None)
    lats = events.geometry.y.to_numpy()
    lons = events.geometry.x.to_numpy()
    deaths = events["fatalities_best"].fillna(0).to_numpy()
    kinds = events["event_type"].astype(str).to_numpy()
    for lat, lon, dead, kind in zip(lats, lons, deaths, kinds, strict=True):
        folium.CircleMarker(
            location=[float(lat), float(lon)],
            radius=3 + min(float(dead), 20.0) / 2,
            popup=f"{kind}: {int(dead)} killed",
            fill=True,
        ).add_to(m)
    return str(m.get_root().render())


def naive_geojson(events: gpd.GeoDataFrame) -> str:
    """The whole frame as GeoJSON text, as geopandas writes it (``default=str`` for
    the dates, which :func:`json.dumps` does not know)."""
    return str(events.to_json(default=str))
