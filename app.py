"""Kachin Conflict Map: the Streamlit entry point.

Sets the page configuration and navigation, loads the working dataset, draws the
shared sidebar filter and runs the chosen page; every page reads the filtered view
with ``ui.filters.view()``.
"""

import streamlit as st

from ui.mode import read_only

st.set_page_config(page_title="Kachin Conflict Map", layout="wide")
# A read-only dashboard (KCM_READ_ONLY=1, ui.team) offers no page that changes data.
page = st.navigation(
    [
        st.Page("pages/map.py", title="Map", default=True),
        st.Page("pages/rings.py", title="Distance rings", url_path="rings"),
        st.Page("pages/casualties.py", title="Casualties", url_path="casualties"),
        st.Page("pages/export.py", title="Export", url_path="export"),
        st.Page("pages/quality.py", title="Data quality", url_path="quality"),
        *(
            [
                st.Page("pages/data.py", title="Import data", url_path="data"),
                st.Page("pages/report.py", title="Add from a report", url_path="report"),
            ]
            if not read_only()
            else []
        ),
        st.Page("pages/sources.py", title="Data & sources", url_path="sources"),
    ]
)
# The navigation is drawn before ui is imported (it pulls in geopandas, folium and the
# data loaders), and a spinner says what the first run of a fresh server is doing.
with st.spinner("Starting: loading the events and the map…"):
    from ui import filters

    filters.start()
try:
    page.run()
finally:  # also after st.stop() and reruns
    from geo.memory import give_back

    give_back(collect=False)  # what the run freed goes back to the system (milliseconds)
