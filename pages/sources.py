"""Data & sources: where each dataset the app shows comes from, its licence, and how
to cite it; then every report the bundled events cite."""

import streamlit as st

from geo.citations import cited_sources
from ui import data, filters, records

st.title("Data & sources")
view = filters.view()

st.subheader("Bundled events (`data/events.json`)")
st.markdown(
    """
Events described by The Irrawaddy's report on the KIO's 63rd anniversary (25 October
2023), coded by hand following ACLED's conventions (event types, date and geo
precision). Each event lists every source consulted and the figures **that** source
reported; low and high are the lowest and highest reported figures, and each best
estimate is explained in the event's notes. A figure no source gave is unknown, never 0.

* **Licence:** the coding is MIT, like the code; quotations are short excerpts of the
  cited reports, which remain their publishers'.
* **Cite as:** *Kachin Conflict Map, bundled events (data/events.json), coded from the
  public reports listed below*, and cite the original reports for any figure you use.
"""
)
imported = view.all_events["dataset"].fillna("bundled").value_counts()
imported = imported[imported.index != "bundled"]
if len(imported):
    st.subheader("Imported data")
    records.table(imported.rename("events"), width="content")
    st.markdown(
        """
* **ACLED** data are ACLED's, under its terms of use: cite *Armed Conflict Location &
  Event Data (ACLED), acleddata.com* and the export date; each event's sources are in
  its title as ACLED lists them.
* **UCDP GED** data are CC BY 4.0: cite *Sundberg, Ralph and Erik Melander (2013)
  Introducing the UCDP Georeferenced Event Dataset, Journal of Peace Research 50(4)*
  and the GED version; UCDP's source articles are in each event's notes.
* Every imported row's original fields are kept in `original`, in exports too.
* Events **added from a report** (dataset `report`) were proposed by this app's
  extractor and checked by the analyst who added them; each cites its report (publisher,
  title or URL, date) with the figures and sentences taken from it: cite that report.
"""
    )
st.subheader("Township areas")
st.markdown(
    f"""
In use: {records.plain(data.township_layer().description)}.
The default areas (`data/townships.geojson`) are **approximate**, derived from the MIMU
village points below (Voronoi cells merged by township P-code, within 25 km of a
village); how well they agree with the official boundaries is measured in
`data/README.md`. Official MIMU township boundaries (MIMU terms: free for non-profit
humanitarian use with attribution) are used only when you point the app at your own
copy (`KCM_TOWNSHIPS`); they are never part of this product.
"""
)
st.subheader("Places: MIMU gazetteer")
st.markdown(
    """
Place names, village points and township P-codes come from the Myanmar Information
Management Unit's P-code release 9.6 (72,569 villages, 3,524 wards), installed from
the PyPI package `mm-geo-coder` (MIT) and read offline; seven curated places with
their sourced aliases are in `data/places.json`.

* **Cite as:** *Myanmar Information Management Unit (MIMU), Place codes (P-codes),
  release 9.6*.
"""
)
st.subheader("Map")
st.markdown(
    """
* **Leaflet 1.9.3** (BSD 2-Clause) and **jQuery 3.7.1** (MIT), installed from the XStatic
  packages on PyPI and served by this app: the map needs no internet.
* **Town labels:** MIMU towns, from the gazetteer above.
* **OpenStreetMap** tiles (© OpenStreetMap contributors, ODbL) only when you switch the
  base map on in the sidebar: your browser then fetches tiles from
  tile.openstreetmap.org. With `KCM_OFFLINE=1` the option is not offered at all.
"""
)
st.subheader("Reports cited by the bundled events")
records.table(
    cited_sources(view.all_events),
    key="sources_cited",
    hide_index=True,
    width="stretch",
    column_config=records.source_columns(),
)
