"""The shared sidebar: date, township and event-type filter, mirrored in the URL.

``app.py`` calls :func:`sidebar` once per run, before the page; pages read the
result with :func:`view`. The filter lives in widget state (so it survives switching
pages) and in ``st.query_params`` (so a filtered view can be bookmarked and shared).
A bad or stale query string is explained on the page and replaced by defaults.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, replace

import geopandas as gpd
import streamlit as st

from geo.errors import GeoError
from geo.filters import (
    QUERY_KEYS,
    EventFilter,
    Facets,
    apply_filter,
    describe_filter,
    facets_of,
    filter_from_query,
    filter_to_query,
)
from geo.schema import empty_events
from ui import records
from ui.text import visible

__all__ = ["View", "offline", "sidebar", "sidebar_for", "start", "view"]

_DATES = "kcm_filter_dates"
_TOWNSHIPS = "kcm_filter_townships"
_TYPES = "kcm_filter_types"
_BASIS = "kcm_filter_basis"
_BASIS_LABELS = {"reported": "as reported", "located": "by coordinates"}
_BASEMAP = "kcm_basemap"
_PROBLEMS = "kcm_filter_problems"
_VIEW = "kcm_view"
_DATASET = "kcm_filter_dataset"
#: The data's span the dates were last offered for (their default).
_SPAN = "kcm_filter_span"
_EARLIEST = dt.date(1989, 1, 1)  # UCDP GED's first year
#: The events of a view whose events are too many to load.
_EMPTY = empty_events()


@dataclass(frozen=True)
class View:
    """What every page shows: the filter, the events it keeps and its description."""

    filter: EventFilter
    events: gpd.GeoDataFrame
    all_events: gpd.GeoDataFrame
    description: str
    basemap: bool
    problems: tuple[str, ...] = ()
    #: How many events the filter keeps; ``loaded`` is false when they are too many
    #: to load (a team's store): ``events`` is then empty (pages say so, the Map page
    #: draws the database's counts).
    matched: int = 0
    loaded: bool = True


def offline() -> bool:
    """True when ``KCM_OFFLINE=1``: no base map is offered, nothing leaves the machine."""
    return os.environ.get("KCM_OFFLINE", "").strip().lower() in ("1", "true", "yes", "on")


def _default(facets: Facets) -> EventFilter:
    span = facets.span
    today = dt.date.today()
    start, end = span if span else (today, today)
    return EventFilter(start=start, end=end)


def _bounds(default: EventFilter) -> tuple[dt.date, dt.date]:
    """The earliest and latest dates the date input offers, so a link may ask for."""
    earliest = min(_EARLIEST, default.start or _EARLIEST)
    latest = max(dt.date.today(), default.end or _EARLIEST)
    return earliest, latest


def _clamp(
    flt: EventFilter, earliest: dt.date, latest: dt.date
) -> tuple[EventFilter, tuple[str, ...]]:
    """The filter with its dates moved into ``earliest``-``latest``, and what was moved.

    The date input refuses a value outside its bounds with an error box, so a link
    dated outside them is clamped and the notice says so. ``start <= end`` holds
    before and after.
    """
    problems: list[str] = []
    dates: dict[str, dt.date | None] = {"from": flt.start, "to": flt.end}
    for key, value in dates.items():
        if value is not None and value < earliest:
            problems.append(
                f"{key}={value} is before {earliest}, the earliest date offered; using {earliest}"
            )
            dates[key] = earliest
        elif value is not None and value > latest:
            problems.append(
                f"{key}={value} is after {latest}, the latest date offered; using {latest}"
            )
            dates[key] = latest
    return replace(flt, start=dates["from"], end=dates["to"]), tuple(problems)


def _restore_from_url(
    default: EventFilter, townships: dict[str, str], types: tuple[str, ...]
) -> None:
    """On a session's first run, set the widgets from the query string."""
    query = {key: st.query_params.get_all(key) for key in QUERY_KEYS}
    flt, problems = filter_from_query(
        query, default=default, townships=townships, event_types=types
    )
    flt, clamped = _clamp(flt, *_bounds(default))
    problems += clamped
    st.session_state[_BASIS] = "located" if flt.located else "reported"
    st.session_state[_DATES] = (flt.start, flt.end)
    st.session_state[_TOWNSHIPS] = list(flt.townships)
    st.session_state[_TYPES] = list(flt.event_types)
    st.session_state[_PROBLEMS] = problems


def _clear_problems() -> None:
    st.session_state[_PROBLEMS] = ()


def sidebar(events: gpd.GeoDataFrame, *, dataset: object = None) -> View:
    """Draw the filter in the sidebar, apply it, mirror it in the URL; store the view.

    ``dataset`` identifies the data shown: when it changes (an import), the filter
    goes back to its defaults for the new data.
    """
    return sidebar_for(facets_of(events), lambda flt: apply_filter(events, flt), events,
                       dataset=dataset)  # fmt: skip


def sidebar_for(
    facets: Facets,
    keep: Callable[[EventFilter], gpd.GeoDataFrame | int],
    all_events: gpd.GeoDataFrame | None,
    *,
    dataset: object = None,
) -> View:
    """:func:`sidebar` on what a filter chooses from (``facets``) and what it keeps
    (``keep``: the events, or only how many when they are too many to load:
    :attr:`View.loaded` is then false)."""
    default = _default(facets)
    types = facets.event_types
    if st.session_state.get(_DATASET, dataset) != dataset:
        for key in (_DATES, _TOWNSHIPS, _TYPES, _BASIS, _PROBLEMS):
            st.session_state.pop(key, None)
        st.session_state[_DATES] = (default.start, default.end)
        st.session_state[_PROBLEMS] = ()
    st.session_state[_DATASET] = dataset
    # Dates left at the data's span follow it when it changes (an analyst shows the
    # events not yet published, a change is saved): a span nobody chose is no filter.
    span = (default.start, default.end)
    if _same_dates(st.session_state.get(_DATES), st.session_state.get(_SPAN, span)):
        st.session_state[_DATES] = span
    st.session_state[_SPAN] = span
    if _DATES not in st.session_state:
        either = {**facets.townships_on(located=True), **facets.townships_on()}
        _restore_from_url(default, either, types)

    earliest, latest = _bounds(default)
    with st.sidebar:
        st.header("Filter")
        dates = st.date_input(
            "Dates",
            key=_DATES,
            min_value=earliest,
            max_value=latest,
            format="YYYY-MM-DD",
            help="Events whose date span overlaps this range.",
            on_change=_clear_problems,
        )
        basis = st.radio(
            "Township of an event",
            options=list(_BASIS_LABELS),
            format_func=_BASIS_LABELS.__getitem__,
            key=_BASIS,
            horizontal=True,
            help=(
                "As reported: the township the source names (or, where it names none, the "
                "one its coordinates fall in). By coordinates: always the township the "
                "coordinates fall in. They differ for flagged events (Data quality)."
            ),
            on_change=_clear_problems,
        )
        located = basis == "located"
        # A township chosen stays chosen (and on offer) when the basis changes.
        townships = facets.township_choices(
            located=located, chosen=st.session_state.get(_TOWNSHIPS, ())
        )
        chosen = st.multiselect(
            "Townships",
            options=list(townships),
            key=_TOWNSHIPS,
            format_func=lambda code: visible(f"{townships[code]} ({code})"),
            placeholder="All townships",
            on_change=_clear_problems,
        )
        kinds = st.multiselect(
            "Event types",
            options=list(types),
            key=_TYPES,
            placeholder="All event types",
            on_change=_clear_problems,
        )
        st.header("Map")
        if offline():
            basemap = False
            st.caption("Offline mode (KCM_OFFLINE=1): no base map; nothing is fetched.")
        else:
            basemap = st.toggle(
                "OpenStreetMap base map",
                key=_BASEMAP,
                help=(
                    "Loads map tiles from tile.openstreetmap.org: your address and the "
                    "area you look at are sent to OpenStreetMap's servers. Off by default."
                ),
            )

    start, end = _date_pair(dates, default)
    flt = EventFilter(
        start=start,
        end=end,
        townships=tuple(chosen),
        event_types=tuple(kinds),
        located=located,
    )
    from ui import team

    release = team.release()
    kept_release = {"release": release} if release else {}
    st.query_params.from_dict({**filter_to_query(flt, default=default), **kept_release})
    kept = keep(flt)
    matched = kept if isinstance(kept, int) else len(kept)
    description = describe_filter(
        matched, flt, township_names=[townships[c] for c in flt.townships]
    )
    shown = kept if not isinstance(kept, int) else _EMPTY
    result = View(
        filter=flt,
        events=shown,
        all_events=all_events if all_events is not None else shown,
        matched=matched,
        loaded=not isinstance(kept, int),
        description=description,
        basemap=basemap,
        problems=tuple(st.session_state.get(_PROBLEMS, ())),
    )
    st.session_state[_VIEW] = result
    return result


def _same_dates(value: object, span: tuple[dt.date | None, dt.date | None]) -> bool:
    """Whether the date widget's value is ``span`` (a pair, as the widget keeps it)."""
    return isinstance(value, (tuple, list)) and tuple(value) == tuple(span)


def _date_pair(value: object, default: EventFilter) -> tuple[dt.date | None, dt.date | None]:
    """The widget gives a 1-tuple while the user has picked only the start."""
    if isinstance(value, (tuple, list)):
        start = value[0] if len(value) > 0 else default.start
        end = value[1] if len(value) > 1 else default.end
        return start, end
    if isinstance(value, dt.date):
        return value, default.end
    return default.start, default.end


def start() -> View:
    """Load the working dataset and draw the sidebar: what ``app.py`` runs before the page."""
    from ui import data  # the sidebar itself needs no files; only the start loads them

    data.report_notice()
    try:
        data.begin_run()
        if data.too_many():  # a team's store too large to load: the database filters
            shown = sidebar_for(data.facets(), data.kept, None, dataset=(data.identity(), False))
        else:
            events = data.events()
            # an empty dataset's filter (today, no choices) is never kept for the events
            # that follow
            shown = sidebar(events, dataset=(data.identity(), events.empty))
    except GeoError as error:
        st.error(f"The events could not be loaded: {records.plain(error)}")
        # no page (the Import page's versions included) can run without events
        data.offer_set_aside()
        st.stop()
    from ui import team

    team.sidebar_section()
    return shown


def view(*, overview: bool = False) -> View:
    """The view the sidebar computed in this run; shows its problems once per page.

    When the filter keeps more events than the app loads from a team's store, the page
    says so and stops, unless it can show the database's counts (``overview``: the
    Map page, Export's releases, the pages that change data).

    A folder named ``pages/`` beside ``app.py`` makes a fresh Streamlit server start
    in its old multipage mode: its first run (a deep link such as ``/rings``) runs the
    page without ``app.py``. ``st.navigation`` switches that mode off for the process;
    until then, switch it off here and rerun, so the entry script runs first. Only a
    process's first run can be such a run, and that is a page load, so no click is lost.
    """
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory or _VIEW not in st.session_state:
        PagesManager.uses_pages_directory = False
        st.rerun()
    current: View = st.session_state[_VIEW]
    for problem in current.problems:
        st.warning(f"Link ignored in part: {records.plain(problem)}")
    st.caption(records.plain(current.description))
    if not current.loaded:
        st.info(
            f"The filter keeps {current.matched:,} events, more than this page shows at "
            f"once ({_most():,}): narrow it in the sidebar (dates, townships, event types). "
            "The Map shows where they all are, from the database's counts."
        )
        if not overview:
            st.stop()
    return current


def _most() -> int:
    from ui import data

    return data.max_events()
