"""The Map page for a team's store too large to load (more events than
:func:`ui.data.max_events`): the events the filter keeps, counted by the database in
square cells (:meth:`geo.store.sql.SqlStore.map_cells`) and by township
(:meth:`~geo.store.sql.SqlStore.township_counts`), so that no event row leaves the
database. Narrowing the filter brings the events themselves back."""

from __future__ import annotations

import math
from typing import Final

import folium
import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from geo.filters import EventFilter
from ui import data, maps, records, team

__all__ = ["cell_map", "show"]

#: The cell size of a whole-country view, and of a view of a few townships (degrees).
COUNTRY_CELL_DEG: Final = 0.25
TOWNSHIP_CELL_DEG: Final = 0.1
_SHOWN_TOWNSHIPS: Final = 25


@st.cache_data(show_spinner="Counting in the database…", max_entries=8)
def _counts(
    url: str, statuses: tuple[str, ...], flt: EventFilter, cell_deg: float, stamp: str
) -> tuple[pd.DataFrame, pd.Series]:
    with team.opened() as store:
        return (
            store.map_cells(flt, cell_deg=cell_deg, statuses=statuses),
            store.township_counts(flt, statuses=statuses),
        )


def cell_map(cells: pd.DataFrame, *, basemap: bool, base_url_path: str = "") -> folium.Map:
    """The cells as circles (area by events) at their events' mean position, over the
    offline base layers; each says its events and deaths (best figures)."""
    m = maps.new_map(basemap=basemap)
    maps.add_base_layers(m, towns=data.gazetteer().towns(), tiles=basemap,
                         base_url_path=base_url_path)  # fmt: skip
    most = max(int(cells["events"].max()), 1) if len(cells) else 1
    for cell in cells.itertuples(index=False):
        folium.CircleMarker(
            location=(float(cell.latitude), float(cell.longitude)),
            radius=3 + 17 * math.sqrt(int(cell.events) / most),
            color="#7a1f2b",
            weight=1,
            fill=True,
            fill_opacity=0.55,
            tooltip=f"{int(cell.events):,} events, {int(cell.fatalities):,} killed (best)",
        ).add_to(m)
    if len(cells):
        m.fit_bounds(
            [
                [float(cells["latitude"].min()), float(cells["longitude"].min())],
                [float(cells["latitude"].max()), float(cells["longitude"].max())],
            ]
        )
    return maps.finish(m, base_url_path=base_url_path)


def show(flt: EventFilter) -> None:
    """The database's counts of the events ``flt`` keeps: a map and the townships."""
    source = data.facets()
    cell_deg = TOWNSHIP_CELL_DEG if flt.townships else COUNTRY_CELL_DEG
    cells, counts = _counts(team.url() or "", team.statuses(), flt, cell_deg, data.change_stamp())
    left, right = st.columns([5, 2], gap="medium")
    with left:
        basemap = bool(st.session_state.get("kcm_basemap", False))
        st_folium(
            cell_map(cells, basemap=basemap, base_url_path=data.base_url_path()),
            key="kcm_overview_map",
            returned_objects=[],
            height=600,
            use_container_width=True,
        )
    with right:
        st.caption(
            f"Counted by the database in cells of {cell_deg:g}°: a circle's area is its "
            f"events; hover for the count. {int(cells['events'].sum()):,} events have a "
            "point."
        )
        names = source.townships_on(located=flt.located)
        top = counts.head(_SHOWN_TOWNSHIPS)
        table = pd.DataFrame(
            {
                "township": [names.get(str(code), str(code)) for code in top.index],
                "P-code": [str(code) for code in top.index],
                "events": top.to_numpy(),
            }
        )
        records.table(table, hide_index=True, width="stretch")
        if len(counts) > _SHOWN_TOWNSHIPS:
            st.caption(f"The {_SHOWN_TOWNSHIPS} townships with most events, of {len(counts):,}.")
