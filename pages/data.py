"""Import data: upload an ACLED export, a UCDP GED CSV or GeoJSON, see every row
that cannot be used and why, then import the valid rows or nothing. The working
dataset changes only when the analyst confirms."""

import shlex

import streamlit as st

from geo.errors import GeoError
from geo.importers import FORMATS, MAX_MB, problems_csv, problems_table
from geo.lookup import among
from geo.workspace import add_events, save_working
from ui import data, filters, records, team, versions
from ui.text import code_span, visible

SHOWN = 20

st.title("Import data")
filters.view(overview=True)
if done := st.session_state.pop("kcm_import_done", None):
    st.success(done)  # made with records.plain
upload_key = f"kcm_import_file_{st.session_state.get('kcm_import_round', 0)}"


def next_round(message: str | None = None) -> None:
    """Forget the upload (a fresh uploader) and rerun, with a message for the next run."""
    st.session_state["kcm_import_round"] = st.session_state.get("kcm_import_round", 0) + 1
    if message:
        st.session_state["kcm_import_done"] = message
    st.rerun()


setting = data.setting()
if not data.too_many():  # a team's store too large to load is described by the filter
    current = data.dataset()
    st.markdown(
        f"**Now showing:** {records.plain(current.description)}; "
        f"townships: {records.plain(current.townships)}."
    )
dataset_args = team.cli_args() if team.url() else setting.cli_args()
command = shlex.join(["python", "-m", "geo", "events", *dataset_args])
st.markdown(f"The same events from the command line: {code_span(command)}")
data.stop_if_fixed("import")

upload = st.file_uploader(
    "ACLED export, UCDP GED CSV or GeoJSON",
    type=["csv", "geojson", "json"],
    key=upload_key,
    help=f"Up to {MAX_MB} MB. The format is detected from the content.",
)
fmt = st.selectbox("Format", FORMATS, key="kcm_import_format")
if upload is not None:
    try:
        result = data.import_preview(upload.getvalue(), upload.name, fmt)
    except GeoError as error:
        st.error(f"Nothing can be imported from this file. {records.plain(error)}")
        st.stop()
    columns = st.columns(3)
    columns[0].metric("Rows read", f"{result.rows:,}")
    columns[1].metric("Valid", f"{len(result.events):,}")
    columns[2].metric("Rejected", f"{len(result.rejected_rows):,}")
    st.caption(
        f"{records.plain(result.summary)}. Rows count from 1 at the first row after the header."
    )
    if result.problems:
        st.warning(
            f"{len(result.rejected_rows):,} row(s) cannot be used; the first {SHOWN} "
            "problems are below, all of them in the download."
        )
        records.table(problems_table(result.problems[:SHOWN]), hide_index=True, width="stretch")
        st.download_button(
            f"Download all {len(result.problems):,} problems (CSV)",
            problems_csv(result.problems),
            file_name=f"{visible(upload.name)}.rejects.csv",
            mime="text/csv",
            key="kcm_import_rejects",
        )
    if team.url():
        if said := team.import_controls(result.events, name=upload.name, content=upload.getvalue()):
            next_round(said)
        st.stop()  # the team's store keeps its own log: no versions here
    how = st.radio(
        "Use the valid rows to",
        ["add", "replace"],
        format_func={
            "add": "add to the events shown now",
            "replace": "replace the events shown now",
        }.__getitem__,
        key="kcm_import_how",
        horizontal=True,
    )
    repeated = [
        str(i) for i in result.events.index[among(result.events.index, current.events.index)]
    ]
    if how == "add" and repeated:
        st.warning(
            f"{len(repeated):,} event id(s) are already in the dataset; those rows "
            f"will be left out: {records.plain(', '.join(repeated[:10]))}"
            + (" …" if len(repeated) > 10 else "")
        )
    go, cancel = st.columns(2)
    if go.button(
        f"Import {len(result.events):,} valid rows",
        type="primary",
        disabled=result.events.empty,
        key="kcm_import_go",
    ):
        try:
            left_out: tuple[object, ...] = ()
            if how == "add":
                saved, left_out = add_events(
                    result.events, name=upload.name, gazetteer=data.gazetteer()
                )
            else:
                saved = save_working(
                    result.events, merge=False, action=f"Replaced by {upload.name}"
                )
        except GeoError as error:
            st.error(records.plain(error))
            st.stop()
        next_round(
            f"Imported {len(result.events) - len(left_out):,} events from "
            f"{records.plain(upload.name)} as version {saved.number} of the working dataset."
        )
    if cancel.button("Import nothing", key="kcm_import_cancel"):
        next_round("Nothing was imported.")

if team.url():
    st.caption("Every change is kept in the team store's audit log (an event's record shows it).")
    st.stop()
versions.section(next_round, has_imported=setting.data is not None)
