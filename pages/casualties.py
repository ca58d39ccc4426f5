"""Casualties: headline figures of the filtered events (unknown stays unknown), and
breakdowns by township, month and event type, with every event's sources."""

import streamlit as st

from geo.quality import flagged_ids
from geo.summary import reported_counts, reported_text, summarise, totals
from ui import charts, data, filters, records

st.title("Casualties")
view = filters.view()
figures = totals(view.events)
reported = reported_counts(view.events)
events = len(view.events)


def headline(column: st.delta_generator.DeltaGenerator, label: str, key: str) -> None:
    value = figures[key]
    column.metric(label, "unknown" if value is None else f"{value:,}")
    column.caption(reported_text(reported[key], events))


columns = st.columns(5)
columns[0].metric("Events", f"{events:,}")
headline(columns[1], "Fatalities (best estimate)", "fatalities_best")
columns[1].caption(
    f"range {records.figure_text(figures['fatalities_low'])}-"
    f"{records.figure_text(figures['fatalities_high'])}"
)
headline(columns[2], "Injured", "injured")
headline(columns[3], "Civilians killed", "civilian_fatalities")
headline(columns[4], "Children killed", "children_killed")
st.caption(
    "Sums count only the figures sources reported; an event no source gave a figure "
    "for is counted as unknown, never as 0. Low and high are the lowest and highest "
    "figures any source reported."
)

for tab, by in zip(
    st.tabs(["By township", "By month", "By event type"]),
    ("township", "month", "event_type"),
    strict=True,
):
    with tab:
        summary = summarise(view.events, by=by)
        if summary.empty:
            st.info("No events match the filter.")
            continue
        st.altair_chart(charts.summary_chart(summary, by=by), width="stretch")
        records.table(
            records.figure_table(summary).set_index(summary["group"].rename(by)),
            width="stretch",
        )

st.subheader("Events")
flagged = flagged_ids(data.flags())
records.table(
    view.events,
    shown=lambda page: records.event_table(page, flagged),
    key="casualties_events",
    unit="Events",
    hide_index=True,
    width="stretch",
)
st.subheader("Sources")
records.source_table(view.events, with_event=True)
