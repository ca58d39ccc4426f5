"""Export: the filtered events as RFC 7946 GeoJSON (what ``python -m geo events``
writes) and as CSV, in files whose names state the filter. A file is written only when
its button is clicked, and the click does not rerun the page."""

import shlex
from functools import partial

import streamlit as st

from geo.export import events_geojson_text, events_to_csv
from geo.filters import filter_cli_args, filter_slug
from ui import filters, releases, team
from ui.text import code_span

st.title("Export")
view = filters.view(overview=True)
if not view.loaded:
    releases.release_section()  # releases are cited whatever the filter keeps
    st.stop()
count = len(view.events)
st.metric("Events to export", count)
release = team.release()
name = "kcm-events_" + (f"release-{release}_" if release else "") + filter_slug(view.filter)
left, right = st.columns(2)
left.download_button(
    "Download GeoJSON",
    partial(events_geojson_text, view.events),
    file_name=f"{name}.geojson",
    mime="application/geo+json",
    disabled=count == 0,
    key="kcm_export_geojson",
    on_click="ignore",
)
left.caption(
    "RFC 7946 FeatureCollection, WGS84 longitude/latitude; events with no point have a "
    "null geometry. Opens in QGIS as is."
)
right.download_button(
    "Download CSV",
    partial(events_to_csv, view.events),
    file_name=f"{name}.csv",
    mime="text/csv",
    disabled=count == 0,
    key="kcm_export_csv",
    on_click="ignore",
)
right.caption(
    "One row per event in the schema's column order, with `source` (publishers, as "
    "ACLED writes them) and `sources` (each source and its figures, as JSON)."
)
dataset = team.cli_args() if team.url() else []
command = shlex.join(["python", "-m", "geo", "events", *dataset, *filter_cli_args(view.filter)])
st.markdown(f"The same GeoJSON from the command line: {code_span(command)}")
releases.release_section()
