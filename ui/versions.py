"""The working dataset's versions on the Import data page: the kept versions, restoring
one, and going back to the bundled events (each a new version, so it can be undone)."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from geo.errors import GeoError
from geo.workspace import clear_working, home, restore, versions
from ui import records
from ui.records import version_table

__all__ = ["section"]


def section(next_round: Callable[[str], None], *, has_imported: bool) -> None:
    """The versions, restore and reset; ``next_round`` reruns the page with a message."""
    st.subheader("Versions")
    st.caption(
        f"Every import, reset and restore is kept as a version in {records.plain(home())}; "
        "the newest six are kept, and any of them can be made current again."
    )
    kept = versions()
    if kept:
        records.table(version_table(kept), hide_index=True, width="stretch")
        older = [v.number for v in kept[1:]]
        pick, go_back = st.columns([2, 1])
        chosen = pick.selectbox(
            "Version to restore", older, key="kcm_import_version", disabled=not older
        )
        sure = go_back.checkbox("Make it current", key="kcm_import_restore_sure")
        if (
            go_back.button("Restore", disabled=not (older and sure), key="kcm_import_restore")
            and chosen is not None
        ):
            try:
                restored = restore(int(chosen))
            except GeoError as error:
                st.error(records.plain(error))
                st.stop()
            next_round(records.plain(f"{restored.action}: now version {restored.number}."))
    sure = st.checkbox("Show only the bundled events (a new version)", key="kcm_import_reset")
    if st.button("Reset", disabled=not sure or not has_imported, key="kcm_import_reset_go"):
        try:
            cleared = clear_working()
        except GeoError as error:
            st.error(records.plain(error))
            st.stop()
        next_round(
            f"The bundled events are shown (version {cleared.number}); the imported "
            "events stay in the versions above."
        )
