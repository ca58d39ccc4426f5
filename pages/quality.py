"""Data quality: every flagged event (township mismatches, coordinates outside the
named township or outside Myanmar, missing precision codes, duplicate ids, a
source's fatality figures out of order, likely duplicates across datasets), with
the township the source reported beside the one the coordinates fall in."""

import streamlit as st

from geo.export import frame_to_csv
from geo.lookup import among
from geo.quality import FLAGS
from ui import data, filters, records

st.title("Data quality")
view = filters.view()
flags = data.flags()
only_view = st.toggle("Only events the filter keeps", key="kcm_quality_view")
if only_view:
    flags = flags[among(flags["event_id"], view.events.index) | (flags["flag"] == "duplicate id")]
counts = flags["flag"].value_counts()
columns = st.columns(3)
for i, (flag, meaning) in enumerate(FLAGS.items()):
    columns[i % 3].metric(flag[0].upper() + flag[1:], int(counts.get(flag, 0)), help=meaning)
st.caption(
    f"Township areas: {records.plain(data.township_layer().description)}. "
    "Reported townships are kept; the filter can use either (sidebar)."
)
if flags.empty:
    st.success("No event is flagged.")
else:
    records.table(
        flags,
        shown=lambda page: records.flag_table(page, view.all_events),
        key="quality_flags",
        unit="Flags",
        hide_index=True,
        width="stretch",
    )
    st.download_button(
        "Download the flags (CSV)",
        lambda: frame_to_csv(records.flag_table(flags, view.all_events)),  # on click only
        file_name="kcm-quality-flags.csv",
        mime="text/csv",
        key="kcm_quality_csv",
        on_click="ignore",
    )
