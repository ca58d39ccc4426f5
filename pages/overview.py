"""Overview: what the dataset holds. The map, rings, casualties and export pages
come next (issue 3)."""

import streamlit as st

from geo.errors import GeoError
from geo.summary import totals
from ui import data

try:
    events = data.events()
except GeoError as error:
    st.error(str(error))
    st.stop()
st.title("Kachin Conflict Map")
st.caption(
    "Armed-conflict events in Kachin State and northern Shan State, Myanmar, coded from "
    "public reporting. Works offline; no telemetry."
)
figures = totals(events)
left, middle, right = st.columns(3)
left.metric("Events", figures["events"])
best = figures["fatalities_best"]
middle.metric("Fatalities (best estimate, known)", "unknown" if best is None else best)
right.metric("Events with unknown fatalities", figures["fatalities_unknown"])

table = events.drop(columns=["geometry", "sources"]).assign(
    sources=[len(s) for s in events["sources"]]
)
st.dataframe(
    table[
        [
            "event_date",
            "event_type",
            "sub_event_type",
            "location",
            "township",
            "fatalities_low",
            "fatalities_best",
            "fatalities_high",
            "injured",
            "sources",
        ]
    ],
    hide_index=True,
    column_config={"event_date": st.column_config.DateColumn("date", format="YYYY-MM-DD")},
)
