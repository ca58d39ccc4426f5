"""Kachin Conflict Map: the Streamlit entry point.

Sets the page configuration, loads the events, draws the shared sidebar filter and
runs the chosen page; every page reads the filtered view with ``ui.filters.view()``.
"""

import streamlit as st

from geo.errors import GeoError
from ui import data, filters

st.set_page_config(page_title="Kachin Conflict Map", layout="wide")
page = st.navigation(
    [
        st.Page("pages/map.py", title="Map", default=True),
        st.Page("pages/rings.py", title="Distance rings", url_path="rings"),
        st.Page("pages/casualties.py", title="Casualties", url_path="casualties"),
        st.Page("pages/export.py", title="Export", url_path="export"),
        st.Page("pages/quality.py", title="Data quality", url_path="quality"),
        st.Page("pages/data.py", title="Import data", url_path="data"),
        st.Page("pages/sources.py", title="Data & sources", url_path="sources"),
    ]
)
try:
    events = data.events()
except GeoError as error:
    st.error(f"The events could not be loaded: {error}")
    st.stop()
filters.sidebar(events, dataset=data.setting().key())
page.run()
