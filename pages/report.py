"""Add from a report: paste or upload a news report, see the events it describes
proposed with their evidence highlighted, correct them, and add the ones to keep.
Nothing is added until the analyst confirms; the report is cited as the source."""

import datetime as dt

import streamlit as st
from streamlit_folium import st_folium

from geo.errors import GeoError
from geo.extract import EARLIEST_REPORT, MAX_REPORT_BYTES, extract, read_report
from geo.extract.accept import ReportSource, accepted_events, proposal_table, similar_events
from geo.extract.confidence import parts_sentence
from geo.importers import problems_table
from geo.workspace import add_events
from ui import data, filters, records, report, team

st.title("Add from a report")
filters.view(overview=True)
if done := st.session_state.pop("kcm_report_done", None):
    st.success(done)  # made with records.plain
st.caption(
    "The extractor reads an English report and proposes the events it describes: date, "
    "place (offline gazetteer), ACLED type, actors and casualties, each tied to the words "
    "it came from. A field the text does not give stays empty. Check every field."
)
data.stop_if_fixed("add events")

with st.form("kcm_report_form"):
    pasted = st.text_area("Report text", height=220, key="kcm_report_text")
    upload = st.file_uploader(
        "…or a .txt file",
        type=["txt"],
        key="kcm_report_file",
        max_upload_size=MAX_REPORT_BYTES // 1024 // 1024,
        help="Plain text, UTF-8.",
    )
    left, right = st.columns(2)
    published = left.date_input(
        "Published",
        value=None,
        min_value=EARLIEST_REPORT,
        max_value=dt.date.today(),
        key="kcm_report_published",
    )
    publisher = right.text_input("Publisher", key="kcm_report_publisher")
    title = left.text_input("Title", key="kcm_report_title")
    url = right.text_input("URL", key="kcm_report_url")
    proposed = st.form_submit_button("Propose events", type="primary")

if proposed:
    try:
        text = read_report(upload.getvalue(), name=upload.name) if upload else pasted
        if not text.strip():
            raise GeoError("paste the report's text or upload a .txt file")
        if published is None:
            raise GeoError("enter the publication date: dates such as 'on Monday' are read from it")
        source = ReportSource(publisher, published, title or None, url or None)
        proposal = extract(text, published=published, gazetteer=data.gazetteer())
    except GeoError as error:
        st.error(records.plain(error))
        st.stop()
    similar = similar_events(proposal.events, data.events_like(proposal.events))
    st.session_state["kcm_report"] = (
        text,
        source,
        proposal,
        proposal_table(proposal.events, similar),
    )
    st.session_state["kcm_report_round"] = st.session_state.get("kcm_report_round", 0) + 1

if "kcm_report" not in st.session_state:
    st.stop()
text, source, proposal, table = st.session_state["kcm_report"]
for message in proposal.messages:
    st.info(records.plain(message))
if not proposal.events:
    st.stop()

st.subheader(parts_sentence(proposal.events))
words, where = st.columns([3, 2])
with words:
    st.html(report.evidence_html(text, proposal.events))
with where:
    drawn = report.proposal_map(
        proposal.events, towns=data.gazetteer().towns(), base_url_path=data.base_url_path()
    )
    if drawn is None:
        st.caption("No proposed event has a point: the text names regions only.")
    else:
        st_folium(
            drawn, height=380, key="kcm_report_map", returned_objects=[], use_container_width=True
        )

if table["similar"].notna().any():
    st.warning(
        "Some proposed events look like events already in the dataset (same type, "
        "township and dates): see the column “Already in the dataset?”. They start "
        "unticked; tick one only if it is a different event."
    )
edited = report.edit_proposals(
    table, proposal.events, round_=st.session_state.get("kcm_report_round", 0)
)
report.left_out_list(proposal.left_out)
kept = int(edited["accept"].sum())
add, forget = st.columns(2)
if add.button(
    f"Add {kept} event(s) " + ("for review" if team.url() else "to the dataset"),
    type="primary",
    disabled=not kept,
    key="kcm_report_add",
):
    try:
        events, problems = accepted_events(edited, proposal.events, source=source, text=text)
        if problems:
            st.error("Nothing was added. Correct these fields (rows by their No.) or untick:")
            shown = problems_table(problems).drop(columns=["source_id"])  # rows of this table
            records.table(shown, hide_index=True)
            st.stop()
        if team.url():
            present, where = team.add_from_report(events, source=source, text=text)
        else:
            saved, repeated = add_events(events, name=source.publisher, gazetteer=data.gazetteer())
            present = [d.event_id for d in repeated]
            where = f"as version {saved.number} of the working dataset; they show on every page"
    except GeoError as error:
        st.error(records.plain(error))
        st.stop()
    del st.session_state["kcm_report"]
    skipped = ", ".join(present)
    st.session_state["kcm_report_done"] = (
        f"Added {len(events) - len(present)} event(s) from {records.plain(source.publisher)} "
        f"{where}." + (f" Left out, already there: {records.plain(skipped)}." if skipped else "")
    )
    st.rerun()
if forget.button("Discard the proposal", key="kcm_report_discard"):
    del st.session_state["kcm_report"]
    st.session_state["kcm_report_done"] = "Nothing was added."
    st.rerun()
