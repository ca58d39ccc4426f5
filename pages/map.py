"""Map: the filtered events, coloured by type and sized by fatalities, with the KIA
headquarters marked. Clicking an event shows its whole record beside the map."""

import streamlit as st
from streamlit_folium import st_folium

from geo.rings import DEFAULT_CENTRE_ID
from ui import data, filters, maps, records

st.title("Map")
view = filters.view()
hq = data.gazetteer().get(DEFAULT_CENTRE_ID)
left, right = st.columns([3, 2])
with left:
    if view.events.empty:
        st.info("No events match the filter; widen it in the sidebar.")
    unplaced = int(view.events.geometry.isna().sum())
    if unplaced:
        st.caption(f"{unplaced} event(s) have no point (region only) and are not drawn.")
    clicked = st_folium(
        maps.event_map(
            view.events,
            centre=hq,
            basemap=view.basemap,
            towns=data.gazetteer().towns(),
            base_url_path=data.base_url_path(),
        ),
        key="kcm_map_folium",
        returned_objects=["last_object_clicked_tooltip"],
        height=620,
        use_container_width=True,
    )
with right:
    event_id = maps.event_id_from_tooltip(
        (clicked or {}).get("last_object_clicked_tooltip"), view.events.index
    )
    if event_id is None:
        st.markdown("**Click an event** on the map to see its whole record here.")
    else:
        records.show_event(view.events.loc[event_id])
