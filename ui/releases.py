"""Releases on the Export page: the team store's releases, each with its citation,
permalink and command line, and (for an editor) freezing the published events as a
new one."""

from __future__ import annotations

import os
import shlex
from urllib.parse import urlsplit

import pandas as pd
import streamlit as st

from geo.errors import GeoError
from geo.store.audit import PUBLISHER, cite_release, log_csv, permalink
from geo.store.base import Release
from ui import team
from ui.records import plain, table
from ui.text import code_span

__all__ = ["public_url", "release_section"]

_MADE = "kcm_release_made"
_CITE = "kcm_release_cite"
#: The release to cite at the next run (set before its select box exists).
_CITE_NEXT = "kcm_release_cite_next"


def public_url() -> str:
    """The dashboard's address for permalinks: ``KCM_PUBLIC_URL``, else the address
    this page was opened at (its server and ``server.baseUrlPath``)."""
    given = os.environ.get("KCM_PUBLIC_URL", "").strip()
    if given:
        return given
    parts = urlsplit(str(st.context.url or ""))
    base = str(st.get_option("server.baseUrlPath") or "").strip("/")
    return f"{parts.scheme}://{parts.netloc}/{base}".rstrip("/") if parts.netloc else ""


def _table(kept: list[Release]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "release": [r.name for r in kept],
            "frozen (UTC)": [f"{r.at:%Y-%m-%d %H:%M}" for r in kept],
            "by": [r.who for r in kept],
            "events": [r.events for r in kept],
            "note": [r.note or "" for r in kept],
        }
    )


def release_section() -> None:
    """Releases, their citations, and a new release for those who may publish."""
    if team.url() is None:
        return
    st.subheader("Releases")
    if made := st.session_state.pop(_MADE, None):
        st.success(made)  # made with plain
    st.caption(
        "A release freezes the published events under a name: its permalink and its "
        "exports show exactly those events, whatever is changed later."
    )
    with team.opened() as store:
        kept = store.releases()
    if kept:
        table(_table(kept), hide_index=True, width="stretch")
        names = [r.name for r in kept]
        if (wanted := st.session_state.pop(_CITE_NEXT, None)) in names:
            st.session_state[_CITE] = wanted
        shown = team.release()
        chosen = st.selectbox(
            "Cite the release",
            names,
            index=names.index(shown) if shown in names else 0,
            key=_CITE,
        )
        release = kept[names.index(chosen)]
        base = public_url()
        publisher = os.environ.get("KCM_PUBLISHER") or PUBLISHER
        st.code(cite_release(release, publisher=publisher, url=base or None), language=None,
                wrap_lines=True)  # fmt: skip
        if base:
            st.link_button(f"Open release {release.name}", permalink(base, release.name))
        where = team.cli_args()[:2]
        cite = shlex.join(["python", "-m", "geo", "db", "cite", release.name, *where])
        events = shlex.join(["python", "-m", "geo", "events", *where, "--release", release.name])
        st.markdown(
            f"From the command line: {code_span(cite)} (the citation) and "
            f"{code_span(events)} (its events)."
        )
    else:
        st.caption("No release yet.")
    _new_release()
    _log_download()


def _log_download() -> None:
    """The whole audit log, for those who may read it (a reader's role may not)."""
    if team.read_only() or not team.powers():
        return
    st.download_button(
        "Download the audit log (CSV)",
        _log_csv,
        file_name="kcm-audit-log.csv",
        mime="text/csv",
        key="kcm_release_log",
        on_click="ignore",
        help=f"The newest {LOG_ROWS:,} rows: who, when, what (each event before and after) "
        "and the file or report it came from, as python -m geo db log writes them (all "
        "of them, a part at a time).",
    )


#: The newest rows of the log the page's download holds (the command line gives all).
LOG_ROWS = 100_000


def _log_csv() -> str:
    with team.opened() as store:
        return log_csv(store.log(newest=LOG_ROWS))


def _new_release() -> None:
    who = team.analyst()
    if team.read_only() or "publish" not in team.powers() or who is None:
        return
    with st.form("kcm_release_form"):
        name = st.text_input("New release name", placeholder="2024-06", key="kcm_release_name")
        note = st.text_input("Note (optional)", key="kcm_release_note")
        made = st.form_submit_button("Freeze the published events as this release")
    if made:
        try:
            with team.opened() as store:
                release = store.release(name.strip(), who=who, note=note.strip() or None)
        except GeoError as error:
            st.error(plain(error))
            return
        st.session_state[_MADE] = (
            f"Release {plain(release.name)}: {release.events:,} published events frozen "
            f"by {plain(release.who)}."
        )
        st.session_state[_CITE_NEXT] = release.name  # cite the new one
        st.rerun()  # the list above, with the new release and its citation
