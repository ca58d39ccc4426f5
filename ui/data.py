"""Cached loading at the boundary between files (or the team's store) and the app.

The dataset, the township layer and the quality flags are cached on what they are
made from: the files' paths and modification times
(:meth:`geo.workspace.DataSetting.key`), or, with ``KCM_DATABASE_URL``, the store,
the review statuses shown, the release and the store's change stamp
(:meth:`geo.store.sql.SqlStore.stamp`, read once per run). So an import confirmed on
the Data page, or a change an analyst saves anywhere, shows on every page at the next
run, and nothing is re-read on reruns in between.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import replace
from pathlib import Path

import geopandas as gpd
import pandas as pd
import streamlit as st

from geo.dataset import Dataset, build_dataset, load_dataset
from geo.errors import GeoError
from geo.filters import EventFilter, Facets
from geo.gazetteer import Gazetteer, load_gazetteer
from geo.importers import ImportResult, import_bytes
from geo.memory import give_back, settle, thaw
from geo.quality import quality_flags
from geo.schema import empty_events
from geo.store.base import check_release_name
from geo.townships import (
    LAYER_COLUMNS,
    TownshipLayer,
    assign_townships,
    default_township_layer,
    read_township_layer,
)
from geo.workspace import DataSetting, data_setting, remove_events, set_aside, unreadable
from ui import team
from ui.records import plain

__all__ = [
    "APP_MAX_EVENTS",
    "base_url_path",
    "begin_run",
    "change_stamp",
    "dataset",
    "events",
    "events_like",
    "facets",
    "flags",
    "gazetteer",
    "identity",
    "import_preview",
    "kept",
    "max_events",
    "offer_removal",
    "offer_set_aside",
    "report_notice",
    "setting",
    "stop_if_fixed",
    "too_many",
    "township_areas",
    "township_layer",
]


#: The most events the app loads from a team's store (issue 13 measured the app's pages
#: to 100,000 events); ``KCM_APP_MAX_EVENTS`` changes it.
APP_MAX_EVENTS = 200_000
_NOTICE = "kcm_data_notice"
#: This run's :func:`_source` (:func:`begin_run`).
_SOURCE = "kcm_data_source"
#: The session's last import preview: (upload digest, name, format) and the result.
_PREVIEW = "kcm_import_preview"
#: The share of the import's progress bar for checking rows; placing them in townships is the
#: rest (100,000 ACLED rows: 19 s checking, 0.7 s placing).
_CHECKING = 0.95


@st.cache_resource(show_spinner="Loading the offline gazetteer…")
def gazetteer() -> Gazetteer:
    """The gazetteer is immutable, so one instance serves every session."""
    return load_gazetteer()


def setting() -> DataSetting:
    """Which dataset and township layer the app uses now (environment and working files)."""
    return data_setting()


def _args(
    current: DataSetting,
) -> tuple[str | None, str | None, bool, str | None, tuple[str, ...]]:
    """The setting as plain cache arguments (paths and the files' modification stamps)."""
    return (
        str(current.data) if current.data else None,
        current.name,
        current.merge,
        str(current.townships) if current.townships else None,
        current.key(),
    )


# The loaded frames are kept once per process (cache_resource), not copied out of a
# pickle on every rerun as st.cache_data does (seconds at country scale). Callers get
# shallow copies: pandas' copy-on-write copies a column only when a caller changes it,
# so no page can change what the next one reads (tests/app/test_shared_frames.py).
@st.cache_resource(show_spinner="Loading township areas…", max_entries=2)
def _layer(path: str | None, stamp: tuple[str, ...]) -> TownshipLayer:
    return read_township_layer(Path(path)) if path else default_township_layer()


@st.cache_resource(show_spinner="Loading events and the offline gazetteer…", max_entries=2)
def _dataset(
    data: str | None, name: str | None, merge: bool, townships: str | None, stamp: tuple[str, ...]
) -> Dataset:
    thaw()  # a dataset this one replaces can be collected
    loaded = load_dataset(
        Path(data) if data else None,
        name=name,
        merge=merge,
        townships=_layer(townships, stamp),
        gazetteer=gazetteer(),
    )
    settle()  # kept for the process's life: out of the collection after every run
    return loaded


# Four: readers, an analyst showing every status, and a release or two viewed meanwhile.
@st.cache_resource(show_spinner="Loading the team's events…", max_entries=4)
def _team_dataset(
    url: str,
    statuses: tuple[str, ...],
    release: str | None,
    townships: str | None,
    files: tuple[str, ...],
    stamp: str,
) -> Dataset:
    from geo.store import open_store

    thaw()
    with open_store(url) as store:
        events = store.read(statuses=statuses, release=release)
        where = store.where + (f", release {release}" if release else "")
    loaded = build_dataset(
        (where, events), townships=_layer(townships, files), gazetteer=gazetteer()
    )
    settle()
    return loaded


# What the dataset is made from, as cache arguments: ("team", url, statuses, release,
# townships, files' stamps, change stamp), or ("files", data, name, merge, townships, stamps).
_Source = tuple[object, ...]


def _source() -> _Source:
    current = setting()
    address = team.url()
    if address is None:
        return ("files", *_args(current))
    chosen = team.release()
    if chosen is not None:
        check_release_name(chosen)  # a link's name, refused with why before any use
    stamp = ""  # a release never changes
    if chosen is None:
        from geo.store import open_store

        with open_store(address) as store:
            stamp = store.stamp()
    townships = str(current.townships) if current.townships else None
    return ("team", address, team.statuses(), chosen, townships, current.key(), stamp)


def max_events() -> int:
    """The most events the app loads from a team's store (``KCM_APP_MAX_EVENTS``,
    default :data:`APP_MAX_EVENTS`); above it the database filters and counts, and
    the events of a filter are loaded only once it keeps that many or fewer."""
    given = os.environ.get("KCM_APP_MAX_EVENTS", "").strip()
    return int(given) if given.isdigit() else APP_MAX_EVENTS


@st.cache_data(show_spinner=False, max_entries=16)
def _count(url: str, statuses: tuple[str, ...], flt: EventFilter, stamp: str) -> int:
    from geo.store import open_store

    with open_store(url) as store:
        return store.count(flt, statuses=statuses)


@st.cache_data(show_spinner=False, max_entries=4)
def _facets(url: str, statuses: tuple[str, ...], stamp: str) -> Facets:
    from geo.store import open_store

    with open_store(url) as store:
        return store.facets(statuses=statuses)


@st.cache_resource(show_spinner="Loading the events the filter keeps…", max_entries=4)
def _kept(
    url: str,
    statuses: tuple[str, ...],
    flt: EventFilter,
    townships: str | None,
    files: tuple[str, ...],
    stamp: str,
) -> gpd.GeoDataFrame:
    from geo.store import open_store

    with open_store(url) as store:
        events = store.read(statuses=statuses, flt=flt)
        where = store.where
    layer = _layer(townships, files)
    return build_dataset((where, events), townships=layer, gazetteer=gazetteer()).events


def too_many() -> bool:
    """Whether the team's store holds more events (of the statuses shown) than the app
    loads (:func:`max_events`); a release is always loaded whole."""
    source = _current()
    if source[0] != "team" or source[3] is not None:
        return False
    _, url, statuses, _, _, _, stamp = source
    return _count(url, statuses, EventFilter(), stamp) > max_events()  # type: ignore[arg-type]


def change_stamp() -> str:
    """The team store's change stamp read at the start of this run ("" otherwise)."""
    source = _current()
    return str(source[-1]) if source[0] == "team" else ""


def facets() -> Facets:
    """What the filter chooses from, counted by the team's store."""
    _, url, statuses, _, _, _, stamp = _current()
    return _facets(url, statuses, stamp)  # type: ignore[arg-type]


def kept(flt: EventFilter) -> gpd.GeoDataFrame | int:
    """The events ``flt`` keeps in the team's store (townships assigned), or, when they
    are more than :func:`max_events`, only how many they are."""
    _, url, statuses, _, townships, files, stamp = _current()
    count = _count(url, statuses, flt, stamp)  # type: ignore[arg-type]
    if count > max_events():
        return count
    events = _kept(url, statuses, flt, townships, files, stamp)  # type: ignore[arg-type]
    return events.copy(deep=False)


def events_like(proposed: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The events proposed ones may repeat: all of them, or, from a team's store too
    large to load, those dated within the proposals' span (none when even those are
    too many: the check is then the reviewer's)."""
    if not too_many():
        return events()
    dates = proposed["event_date"].dropna()
    if dates.empty:
        return empty_events()
    span = EventFilter(start=dates.min().date(), end=proposed["event_date_end"].max().date())
    found = kept(span)
    return empty_events() if isinstance(found, int) else found


def begin_run() -> None:
    """Once per run, before any page reads data (``ui.filters.start``): what the
    dataset is made from now, the store's stamp read once for the whole run."""
    st.session_state[_SOURCE] = _source()


def _current() -> _Source:
    kept = st.session_state.get(_SOURCE)
    return kept if kept is not None else _source()


def _load(source: _Source) -> Dataset:
    if source[0] == "team":
        return _team_dataset(*source[1:])  # type: ignore[arg-type]
    return _dataset(*source[1:])  # type: ignore[arg-type]


def identity() -> tuple[object, ...]:
    """What the dataset shown is, without the review statuses shown and the change
    stamp: the sidebar's filter goes back to its defaults when this changes (another
    import, a release), not when an analyst saves a change or shows the events not yet
    published."""
    source = _current()
    return (*source[:2], *source[3:-1]) if source[0] == "team" else source


@st.cache_resource(show_spinner=False, max_entries=2)
def _flags(source: _Source) -> pd.DataFrame:
    current = _load(source)
    flags = quality_flags(current.events, duplicates=current.duplicates)
    give_back()
    return flags


@st.cache_resource(show_spinner=False, max_entries=2)
def _areas(path: str | None, stamp: tuple[str, ...], tolerance_m: float) -> gpd.GeoDataFrame:
    frame = _layer(path, stamp).frame
    metric = frame.to_crs(frame.estimate_utm_crs())
    return metric.set_geometry(metric.geometry.simplify(tolerance_m)).to_crs(frame.crs)


def placed(
    event_id: str, stored: dict[str, object], changed: dict[str, object]
) -> dict[str, object]:
    """The township fields of a stored event (a :meth:`geo.store.sql.SqlStore.record`)
    whose point an edit moves, placed again as an import places them
    (:func:`geo.townships.assign_townships`): those that differ, to save with the edit."""
    from geo.store.rows import NAMES, cells, frame_of_records

    moved = frame_of_records([{**stored, **changed}], source=f"the edit of {event_id}")
    again = assign_townships(moved, township_layer(), gazetteer=gazetteer())
    new = dict(zip(NAMES, cells(again.iloc[0].to_dict() | {"event_id": event_id}), strict=True))
    return {
        name: new[name]
        for name in (*LAYER_COLUMNS, "township_basis", "located_township", "located_township_pcode")
        if name in new and new[name] != stored.get(name)
    }


def township_layer() -> TownshipLayer:
    """The township layer in use: official boundaries if ``KCM_TOWNSHIPS`` names them."""
    *_, townships, stamp = _args(setting())
    layer = _layer(townships, stamp)
    return replace(layer, frame=layer.frame.copy(deep=False))


def dataset() -> Dataset:
    """The working dataset, or the team's events, townships assigned (a copy per caller)."""
    current = _load(_current())
    return replace(current, events=current.events.copy(deep=False))


def events() -> gpd.GeoDataFrame:
    """The working dataset's events."""
    return dataset().events


def flags() -> pd.DataFrame:
    """Quality flags of the working dataset (``geo.quality.quality_flags``)."""
    return _flags(_current()).copy(deep=False)


def township_areas(tolerance_m: float = 500.0) -> gpd.GeoDataFrame:
    """The township polygons in use, simplified for drawing (in metres, in UTM)."""
    *_, townships, stamp = _args(setting())
    return _areas(townships, stamp, tolerance_m).copy(deep=False)


def import_preview(content: bytes, name: str, format: str) -> ImportResult:
    """An upload read and checked, townships assigned: nothing is changed by this.

    The first run for an upload shows a progress bar (rows checked of all, then the
    placing in townships), gone when done. The result is kept in the session under the
    content's digest, so a rerun neither imports again nor shows the bar; not with
    ``st.cache_data``, which would replay the bar's updates on a cached rerun (and
    unpickle the frame on every rerun). Callers get their own (shallow) copy.
    """
    key = (hashlib.sha256(content).hexdigest(), name, format)
    kept = st.session_state.get(_PREVIEW)
    if kept is None or kept[0] != key:
        bar = st.progress(0.0, text="Reading the file…")

        def checked(done: int, total: int | None) -> None:
            share = _CHECKING * done / total if total else 0.0
            bar.progress(share, text=_checking_text(done, total))

        try:
            result = import_bytes(
                content, name=name, format=format, gazetteer=gazetteer(), progress=checked
            )
            bar.progress(_CHECKING, text=f"Placing {len(result.events):,} events in townships…")
            placed = assign_townships(result.events, township_layer(), gazetteer=gazetteer())
        finally:
            bar.empty()
        kept = key, replace(result, events=placed)
        st.session_state[_PREVIEW] = kept
    preview: ImportResult = kept[1]
    return replace(preview, events=preview.events.copy(deep=False))


def _checking_text(done: int, total: int | None) -> str:
    """The progress bar's sentence while rows are checked: "Checking rows: 40,000 of
    100,000" (without "of ..." while the number of rows is not known)."""
    return f"Checking rows: {done:,}" + (f" of {total:,}" if total is not None else "")


def stop_if_fixed(doing: str) -> None:
    """Say that the dataset is fixed by ``KCM_DATA`` and stop the page, if it is: a page
    that changes the working dataset (``doing``: "import", "add events") cannot."""
    current = setting()
    if current.fixed and team.url() is None:
        st.info(
            f"The dataset is set by KCM\\_DATA ({plain(current.data)}); unset it to {doing} "
            "here. Nothing on this page can change it."
        )
        st.stop()


def offer_set_aside() -> None:
    """After the dataset could not be loaded: if the working dataset's current version
    is what cannot be read, offer to set it aside (moved to ``broken/``, never deleted)
    and show the version before it. Nothing is offered when the fault lies elsewhere
    (township boundaries, a ``KCM_DATA`` file, which is the user's own)."""
    folder = unreadable(gazetteer=gazetteer())
    if folder is None:
        return
    st.caption(f"Working dataset: version {plain(folder.name)} in {plain(folder)}")
    st.button(
        "Set this version aside and show the one before it",
        key="kcm_start_aside",
        on_click=_set_aside,
        args=(str(folder),),  # the version shown, not whichever is newest at the click
    )


def _set_aside(folder: str) -> None:
    try:
        st.session_state[_NOTICE] = ("warning", str(set_aside(Path(folder))))
    except GeoError as error:
        st.session_state[_NOTICE] = ("error", str(error))


def offer_removal(event_id: str, dataset: object) -> None:
    """Under an imported or added event's record: remove it (a new version of the
    working dataset, so it can be restored), after the user confirms."""
    if not isinstance(dataset, str) or dataset == "bundled":  # None or NA: not imported
        return
    if setting().fixed or setting().version is None:
        return
    sure = st.checkbox(
        f"Remove {event_id} from the working dataset", key=f"kcm_remove_sure_{event_id}"
    )
    if st.button("Remove", disabled=not sure, key=f"kcm_remove_{event_id}"):
        try:
            removed = remove_events([event_id], gazetteer=gazetteer())
        except GeoError as error:
            st.error(plain(error))
            return
        st.session_state[_NOTICE] = ("success", f"{removed.action} (version {removed.number})")
        st.rerun()


def report_notice() -> None:
    """Once, after the working dataset was changed from any page (a version set aside,
    an event removed): what happened."""
    said = st.session_state.pop(_NOTICE, None)
    if said is None:
        return
    kind, text = said
    if kind == "error":
        st.error(plain(text))
    elif kind == "success":
        st.success(f"{plain(text)}; restore an earlier version on Import data to undo it.")
    else:
        st.warning(
            f"The unreadable version was set aside in {plain(text)} (not deleted); "
            "the version before it is shown."
        )


def base_url_path() -> str:
    """The app's URL prefix (``server.baseUrlPath``), for links to its own static files."""
    return str(st.get_option("server.baseUrlPath") or "")
