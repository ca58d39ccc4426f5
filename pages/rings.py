"""Distance rings: geodesic bands around the KIA headquarters (or any place), the
filtered events' distance and bearing from it, and what falls in each band."""

import streamlit as st
from streamlit_folium import st_folium

from geo.errors import GeoError
from geo.export import frame_geojson_text
from geo.rings import (
    DEFAULT_CENTRE_ID,
    DEFAULT_RADII_KM,
    beyond_rings,
    distances_from,
    parse_radii,
    ring_bands,
    rings_with_beyond,
)
from ui import data, filters, maps, records, widgets

st.title("Distance rings")
view = filters.view()
gazetteer = data.gazetteer()
left, right = st.columns([2, 1])
with left:
    centre = widgets.place_picker(gazetteer, default_id=DEFAULT_CENTRE_ID, key="kcm_rings_centre")
with right:
    radii_text = st.text_input(
        "Radii (km)",
        value=", ".join(f"{r:g}" for r in DEFAULT_RADII_KM),
        key="kcm_rings_radii",
        help="Comma-separated, measured on the WGS84 ellipsoid.",
    )
try:
    radii = parse_radii(radii_text)
    lon, lat = centre.lonlat()
    distances = distances_from(view.events, lon, lat)  # measured once for the page
    bands = ring_bands(lon, lat, radii, events=view.events, distances=distances)
    beyond = beyond_rings(view.events, lon, lat, radii, distances=distances)
    drawn = maps.event_map(
        view.events,
        centre=centre,
        basemap=view.basemap,
        rings=bands,
        towns=gazetteer.towns(),
        base_url_path=data.base_url_path(),
    )
except GeoError as error:
    st.error(records.plain(error))
    st.stop()
st.caption(f"Centre: {records.plain(centre.name)}, {centre.precision} ({lat:.5f}, {lon:.5f})")
st_folium(
    drawn,
    key="kcm_rings_folium",
    returned_objects=[],
    height=560,
    use_container_width=True,
)


def rings_file() -> str:
    """What ``python -m geo rings`` writes for this centre, these radii and events."""
    rings = rings_with_beyond(centre.name, lon, lat, radii, view.events, distances=distances)
    return frame_geojson_text(rings)


st.download_button(
    "Download rings (GeoJSON)",
    rings_file,  # written on click only
    file_name=records.rings_file_name(centre, radii),
    mime="application/geo+json",
    key="kcm_rings_geojson",
    on_click="ignore",
)
st.subheader("Per band")
records.table(records.band_table(bands, beyond), hide_index=True)
st.subheader("Events by distance")
nearest = records.by_distance(view.events, distances)
records.table(
    nearest,
    shown=lambda page: records.distance_table(view.events.loc[page.index], page),
    key="rings_events",
    unit="Events",
    hide_index=True,
)
