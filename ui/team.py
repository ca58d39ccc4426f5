"""Team work in the app, on a store named by ``KCM_DATABASE_URL`` (:mod:`geo.store`).

``KCM_DATABASE_URL``
    The team's PostGIS database (``postgresql://...``) or an embedded store
    (``sqlite:///FILE.sqlite``). Unset: the app shows the bundled events and the
    analyst's own working dataset (:mod:`geo.workspace`).
``KCM_READ_ONLY=1``
    A public dashboard: published events only, and no writing control at all (the
    Import data and Add from a report pages are not offered). Give it a database role
    that can only read (``kcm_reader``), so the database refuses changes as well.
``KCM_ANALYST``
    Who makes the changes from this app, when Streamlit's login (``st.login``, an
    ``[auth]`` section in ``.streamlit/secrets.toml``) is not configured; with a login,
    the logged-in user's name (else e-mail) is used.
``KCM_PUBLIC_URL``
    The public dashboard's address, for release permalinks and citations.

Every change opens the store, runs one transaction and closes it; the events are
cached (:mod:`ui.data`) on the store's change stamp, so a change made anywhere shows
at the next run of every session.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator
from typing import Any, Final

import geopandas as gpd
import streamlit as st

from geo.errors import GeoError
from geo.extract.accept import ReportSource
from geo.store import open_store
from geo.store.base import READABLE, STATUSES, Change, DatabaseError, Origin, Store
from geo.store.postgis import database_url
from geo.townships import assign_townships
from ui.mode import READ_ONLY_ENV, read_only
from ui.records import plain

__all__ = [
    "READ_ONLY_ENV",
    "SHOW_ALL",
    "add_events",
    "add_from_report",
    "analyst",
    "cli_args",
    "import_controls",
    "login_configured",
    "opened",
    "powers",
    "read_only",
    "release",
    "sidebar_section",
    "statuses",
    "url",
]

#: The sidebar toggle: show proposed, verified and rejected events too.
SHOW_ALL: Final = "kcm_team_all"


def url() -> str | None:
    """The store the app works on (``KCM_DATABASE_URL``), or ``None``."""
    return database_url(None)


@contextlib.contextmanager
def opened() -> Iterator[Store]:
    """The store, open for one read or change."""
    address = url()
    if address is None:
        raise DatabaseError("no team store: set KCM_DATABASE_URL")
    with open_store(address) as store:
        yield store


def analyst() -> str | None:
    """Who makes changes: with Streamlit's login configured, the logged-in user (name
    and e-mail; nobody until they log in), else ``KCM_ANALYST``."""
    if not login_configured():
        return os.environ.get("KCM_ANALYST", "").strip() or None
    user: Any = st.user
    if not user.get("is_logged_in"):
        return None
    name, email = (str(user.get(k) or "").strip() for k in ("name", "email"))
    return f"{name} <{email}>" if name and email else (name or email or None)


def powers() -> frozenset[str]:
    """What this app may do on the store (none when read-only): asked once per session
    (a role's rights are the database's to change, and a new session sees them)."""
    address = url()
    if read_only() or address is None:
        return frozenset()
    key = f"kcm_team_powers_{address}"
    if key not in st.session_state:
        with opened() as store:
            st.session_state[key] = store.powers()
    found: frozenset[str] = st.session_state[key]
    return found


def statuses() -> tuple[str, ...]:
    """The review statuses shown: published, or all of them when an analyst asked."""
    if read_only() or not st.session_state.get(SHOW_ALL, False):
        return READABLE
    return STATUSES


def release() -> str | None:
    """The release the URL names (``?release=2024-06``), shown exactly as frozen."""
    value = st.query_params.get("release")
    return str(value) if value else None


_POWER_WORDS: Final = {
    frozenset(): "may read",
    frozenset({"change"}): "may add and edit events",
    frozenset({"change", "publish"}): "may add, edit, publish and release",
}


def sidebar_section() -> None:
    """The sidebar's "Team" part: the store, who is working, what they may do, the
    toggle to show events not yet published, and the release shown."""
    address = url()
    if address is None:
        return
    with st.sidebar:
        st.header("Team")
        chosen = release()
        if chosen is not None:
            st.info(f"Release **{plain(chosen)}**, as frozen: later changes are not shown.")
            if st.button("Show today's events", key="kcm_team_today"):
                del st.query_params["release"]
                st.rerun()
        if read_only():
            st.caption("Read-only dashboard: published events only.")
            return
        _login()
        may = powers()
        who = analyst()
        st.caption(
            f"Store: {plain(_where())}. You: {plain(who) if who else 'not named'} "
            f"({_POWER_WORDS.get(may, 'may read')})."
        )
        if "change" in may and chosen is None:
            st.toggle(
                "Show events not yet published",
                key=SHOW_ALL,
                help="Proposed, verified and rejected events too; readers see only "
                "published ones. An event's record says its status.",
            )


def login_configured() -> bool:
    """Whether Streamlit's login is configured (an ``[auth]`` section in
    ``.streamlit/secrets.toml``)."""
    from streamlit.errors import StreamlitSecretNotFoundError

    try:
        return "auth" in st.secrets
    except StreamlitSecretNotFoundError:
        return False


def _login() -> None:
    """Log in or out, when the login is configured."""
    if not login_configured():
        return
    user: Any = st.user
    if user.get("is_logged_in"):
        st.button("Log out", key="kcm_team_logout", on_click=st.logout)
    else:
        st.button("Log in", key="kcm_team_login", on_click=st.login, type="primary")


def _where() -> str:
    from geo.store.postgis import shown_url

    return shown_url(url() or "")


def add_events(
    events: gpd.GeoDataFrame, *, name: str, content: bytes, status: str, action: str
) -> tuple[Change, list[str]]:
    """Add ``events`` (from the file or report ``name`` whose bytes are ``content``) to
    the store in one change, as ``status``; the ids already stored are left out and
    returned.

    Raises
    ------
    GeoError
        When nobody is named to make the change, every event is already stored, or
        the store refuses (nothing was added).
    """
    who = analyst()
    if who is None:
        raise DatabaseError(
            "nothing was added: log in, or set KCM_ANALYST to your name (the audit log "
            "records who made each change)"
        )
    with opened() as store:
        present = sorted(store.states([str(i) for i in events.index]).index)
        new = events[~events.index.isin(present)]
        if new.empty:
            raise DatabaseError("every event is already in the store: nothing was added")
        origin = Origin(who, name, hashlib.sha256(content).hexdigest())
        change = store.add(new, origin, status=status, action=action)
    if change is None:  # only a confirm callback refuses, and none was given
        raise DatabaseError("nothing was added")
    return change, present


def add_from_report(
    events: gpd.GeoDataFrame, *, source: ReportSource, text: str
) -> tuple[list[str], str]:
    """The events accepted from a report, placed in their townships, added to the
    store as proposed (the report cited by its title, else its publisher, and the
    SHA-256 of its text): the ids already stored (left out), and where they went."""
    from ui import data

    placed = assign_townships(events, data.township_layer(), gazetteer=data.gazetteer())
    name = source.title or source.publisher
    change, present = add_events(
        placed, name=name, content=text.encode("utf-8"), status="proposed", action="add"
    )
    return present, f"to the team's store as proposed (change {change.change_id}), for review"


def cli_args() -> list[str]:
    """The ``python -m geo`` options that read the same events (password hidden; a
    read-only dashboard does not show the database's address at all)."""
    args = ["--database", "URL" if read_only() else _where()]
    if chosen := release():
        args += ["--release", chosen]
    return args


def import_controls(events: gpd.GeoDataFrame, *, name: str, content: bytes) -> str | None:
    """The Import page's buttons on the team's store: import the valid rows (published,
    or proposed with the review tick box) or nothing. Returns what was done, once
    done, for the page's next run."""
    review = st.checkbox(
        "Propose them for review (an editor publishes them)",
        key="kcm_import_review",
        help="Unticked, a published dataset (ACLED, UCDP) is published on import, as "
        "python -m geo import FILE --database URL does; ticked, as with --review.",
    )
    status = "proposed" if review else "published"
    go, cancel = st.columns(2)
    if go.button(
        f"Import {len(events):,} valid rows as {status}",
        type="primary",
        disabled=events.empty,
        key="kcm_import_team_go",
    ):
        try:
            change, present = add_events(
                events, name=name, content=content, status=status, action="import"
            )
        except GeoError as error:
            st.error(plain(error))
            st.stop()
        left = f"; {len(present):,} already stored were left out" if present else ""
        return (
            f"Imported {change.events:,} events from {plain(name)} into the team's store as "
            f"{status} (change {change.change_id}){left}."
        )
    if cancel.button("Import nothing", key="kcm_import_cancel"):
        return "Nothing was imported."
    return None
