"""Map: the filtered events, coloured by type and sized by fatalities, with the KIA
headquarters marked, flagged events outlined and, optionally, townships shaded by
events or fatalities. Clicking an event shows its whole record beside the map."""

import streamlit as st
from streamlit_folium import st_folium

from geo.errors import GeoError
from geo.quality import flagged_ids
from geo.summary import drawing, township_totals
from ui import data, filters, maps, overview, publication, records, review, team

SHADES = {"": "No shading", "events": "Events", "fatalities_best": "Fatalities (best)"}
ONE = {"events": "event", "fatalities_best": "fatality (best)"}
MAP_HEIGHT_PX = 600  # with the title, fits a 1366x900 screen without scrolling

st.title("Map")
view = filters.view(overview=True)
if not view.loaded:  # a team's store too large to load: the database's counts
    overview.show(view.filter)
    st.stop()
hq = data.gazetteer().kia_headquarters()
flags = data.flags()
details = flagged_ids(flags.assign(flag=flags["flag"] + ": " + flags["detail"]))
left, right = st.columns([5, 2], gap="medium")
with right:
    shade = st.selectbox(
        "Shade townships by",
        list(SHADES),
        format_func=SHADES.__getitem__,
        key="kcm_map_shade",
        help="Townships of the filtered events, as the sidebar counts them "
        f"({'by coordinates' if view.filter.located else 'as reported'}).",
    )
    areas = None
    show_events = True
    if shade:
        show_events = st.toggle("Show events over the shading", True, key="kcm_map_events")
        totals = township_totals(view.events, located=view.filter.located)
        label = SHADES[shade].lower()
        outside = view.events[view.events[view.filter.township_column].isna()]
        if len(outside):
            lost = outside["fatalities_best"].sum() if shade == "fatalities_best" else None
            st.caption(
                f"Not shaded: {len(outside):,} event(s) in no township"
                + (f" ({int(lost):,} fatalities)" if lost else "")
                + " (a region only, or a point in no township area)."
            )
        areas = maps.choropleth(
            data.township_areas(), totals, measure=shade, label=label, one=ONE[shade]
        )
        st.caption(f"Township areas: {records.plain(data.township_layer().description)}.")
    if view.events.empty:
        st.info("No events match the filter; widen it in the sidebar.")
    counts = drawing(view.events)
    regions = counts.region_only > 0 and st.toggle(
        counts.regions_label,
        key="kcm_map_regions",
        help="Geo precision 3 (e.g. UCDP where_prec 3-7): the point is the centre of a "
        "district, state or the country, not where the event happened.",
    )
    if show_events:
        for note in counts.notes(regions=regions):
            st.caption(note)
    if show_events and len(view.events) > maps.MANY_EVENTS:
        st.caption(
            f"{len(view.events):,} events: a numbered circle counts the events near it; "
            "click it to zoom in. Hover over an event for its place and date, click it "
            "for its record here."
        )
    publication.offer_download(view)
with left:
    try:
        drawn = maps.event_map(
            view.events,
            centre=hq,
            basemap=view.basemap,
            towns=data.gazetteer().towns(),
            flags=details,
            areas=areas,
            show_events=show_events,
            regions=regions,
            base_url_path=data.base_url_path(),
        )
    except GeoError as error:
        st.error(records.plain(error))
        st.stop()
    clicked = st_folium(
        drawn,
        key="kcm_map_folium",
        returned_objects=["last_object_clicked_tooltip"],
        height=MAP_HEIGHT_PX,
        use_container_width=True,
    )
with right:
    picked = maps.clicked_events(
        drawn, (clicked or {}).get("last_object_clicked_tooltip"), view.events
    )
    event_id = records.choose_event(picked, view.events, key="kcm_map_pick")
    if event_id is None:
        st.markdown("**Click an event** on the map to see its whole record here.")
    else:
        for detail in details.get(event_id, ()):
            st.warning(records.plain(detail))
        if team.url():  # the review status and what may be done first, then the record
            review.event_panel(event_id)
        records.show_event(view.events.loc[event_id], sources=False)
        if not team.url():
            data.offer_removal(event_id, view.events.loc[event_id, "dataset"])
if event_id is not None:  # under the map and the record: the sources get the full width
    records.show_sources(view.events.loc[event_id])
