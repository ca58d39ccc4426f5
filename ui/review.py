"""An event's record on the team's store: its review status, its audit log, and (for
an analyst) editing, removing and reviewing it.

A change is made from the revision the analyst opened: the panel keeps the event as
it was first shown (its fields and revision) until the change is saved or the
analyst reloads it, so a change another analyst saved in between is never silently
overwritten: the store refuses the save, naming who changed what
(:class:`geo.store.base.StaleEditError`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from typing import Any, Final

import pandas as pd
import streamlit as st

from geo.errors import GeoError, StaleEditError
from geo.event_types import EVENT_TYPES
from geo.store.audit import log_csv
from geo.store.base import Store
from ui import data, team
from ui.records import plain, table

__all__ = ["EDITABLE", "event_panel", "review_choices", "widget_key"]

#: The fields the record's edit form offers, with their labels.
EDITABLE: Final = {
    "event_date": "Date",
    "event_date_end": "Date (end)",
    "event_type": "Event type",
    "sub_event_type": "Sub-event type",
    "actor1": "Actor 1",
    "actor2": "Actor 2",
    "location": "Location",
    "latitude": "Latitude",
    "longitude": "Longitude",
    "geo_precision": "Geo precision (1-3)",
    "fatalities_low": "Fatalities (low)",
    "fatalities_best": "Fatalities (best)",
    "fatalities_high": "Fatalities (high)",
    "injured": "Injured",
    "notes": "Notes",
}
_DATES: Final = ("event_date", "event_date_end")
_INTEGERS: Final = (
    "geo_precision",
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "injured",
)
_FLOATS: Final = ("latitude", "longitude")
#: Review decisions: the status, the button's words, and the power it needs.
_DECISIONS: Final = (
    ("proposed", "To proposed", "change"),
    ("verified", "Verify", "change"),
    ("published", "Publish", "publish"),
    ("rejected", "Reject", "publish"),
)
_NOTICE: Final = "kcm_review_notice"


def review_choices(status: str, powers: frozenset[str]) -> list[tuple[str, str]]:
    """The review decisions offered for an event of ``status``: (status, words)."""
    return [(s, words) for s, words, power in _DECISIONS if s != status and power in powers]


def _prefix(event_id: str) -> str:
    """The start of every session key of one event's panel (a digest of its id, so
    that no id's keys start with another's)."""
    return f"kcm_review_{hashlib.sha256(event_id.encode('utf-8')).hexdigest()[:16]}_"


def widget_key(event_id: str, name: str, revision: int | None = None) -> str:
    """The key of one of the panel's widgets; the edit form's fields carry the revision
    they were opened at, so a reloaded event never shows text typed on an older one."""
    return _prefix(event_id) + name + ("" if revision is None else f"@{revision}")


def _opened_key(event_id: str) -> str:
    return widget_key(event_id, "opened")


def _forget(event_id: str) -> None:
    """Open the event afresh at the next run: its stored fields and revision."""
    for key in [k for k in st.session_state if str(k).startswith(_prefix(event_id))]:
        del st.session_state[key]


def _apply(event_id: str, change: Callable[[Store], Any], done: str) -> None:
    try:
        with team.opened() as store:
            change(store)
    except StaleEditError as error:
        st.error(plain(error))
        st.button("Reload the event", key=widget_key(event_id, "reload_stale"),
                  on_click=_forget, args=(event_id,))  # fmt: skip
        return
    except GeoError as error:
        st.error(plain(error))
        return
    _forget(event_id)
    st.session_state[_NOTICE] = done
    st.rerun()


def event_panel(event_id: str) -> None:
    """Beside the event's record: its status now, and for an analyst (not on a
    read-only dashboard, nor while a release is shown) its log and what they may do."""
    if said := st.session_state.pop(_NOTICE, None):
        st.success(plain(said))
    powers = team.powers()  # none when read-only
    if team.release() is not None or not powers:
        return  # a reader sees the record itself, as frozen or published
    try:
        with team.opened() as store:
            record = store.record(event_id)
            log = store.log(event_id)
    except GeoError as error:
        st.error(plain(error))
        return
    _state(record)
    _log(event_id, log)
    who = team.analyst()
    if who is None:
        st.caption(
            "To change events, log in, or set KCM\\_ANALYST to your name: the audit log "
            "records who made each change."
        )
        return
    opened = st.session_state.setdefault(_opened_key(event_id), record)
    revision = int(opened["revision"])
    if int(record["revision"]) != revision:
        st.warning(
            f"Changed since you opened it (revision {revision}, now {record['revision']}): "
            "a save from your revision will be refused."
        )
        st.button("Reload the event", key=widget_key(event_id, "reload"),
                  on_click=_forget, args=(event_id,))  # fmt: skip
    if record.get("removed_at"):
        return
    choices = review_choices(str(opened["status"]), powers)
    if choices:
        columns = st.columns(len(choices))
        for column, (status, words) in zip(columns, choices, strict=True):
            if column.button(words, key=widget_key(event_id, f"to_{status}")):
                _apply(
                    event_id,
                    lambda s, status=status: s.review(event_id, status, revision=revision, who=who),
                    f"{event_id}: {status} by {who}.",
                )
    _edit_form(event_id, opened, revision, who)
    _removal(event_id, revision, who)


def _state(record: dict[str, Any]) -> None:
    status = str(record["status"])
    reviewer = f", reviewed by {plain(record['reviewer'])}" if record.get("reviewer") else ""
    st.markdown(
        f"**Review status:** {plain(status)}{reviewer} · revision {plain(record['revision'])}"
    )
    if record.get("removed_at"):
        st.warning(
            f"Removed by {plain(record['removed_by'])} ({plain(record['removed_at'])}): "
            f"{plain(record['removed_why'])}"
        )


def _log(event_id: str, log: pd.DataFrame) -> None:
    with st.expander(f"Changes to this event ({len(log)})"):
        shown = log.assign(at=log["at"].dt.strftime("%Y-%m-%d %H:%M UTC"))
        table(
            shown[["at", "who", "action", "fields", "source_name"]].rename(
                columns={"source_name": "from"}
            ),
            hide_index=True,
            width="stretch",
        )
        st.download_button(
            "Download this event's log (CSV)",
            lambda: log_csv(log),
            file_name=f"kcm-log_{event_id}.csv",
            mime="text/csv",
            key=widget_key(event_id, "log"),
            on_click="ignore",
        )


def _edit_form(event_id: str, opened: dict[str, Any], revision: int, who: str) -> None:
    with st.expander("Edit this event"), st.form(widget_key(event_id, "form", revision)):
        values = {name: _field(widget_key(event_id, name, revision), name, label,
                               opened.get(name))
                  for name, label in EDITABLE.items()}  # fmt: skip
        saved = st.form_submit_button("Save the changes", type="primary")
    if saved:
        changed = {n: v for n, v in values.items() if v != _typed(n, opened.get(n))}
        if changed.keys() & {"latitude", "longitude"}:
            changed = {**changed, **data.placed(event_id, opened, changed)}
        if not changed:
            st.info("Nothing was changed.")
            return
        _apply(
            event_id,
            lambda s: s.edit(event_id, changed, revision=revision, who=who),
            f"{event_id}: {', '.join(changed)} saved by {who} (revision {revision + 1}).",
        )


def _typed(name: str, value: Any) -> Any:
    """A stored value as the form's widget gives it back."""
    if value is None or value == "":
        return None
    if name in _DATES:
        return dt.date.fromisoformat(str(value)[:10])
    if name in _INTEGERS:
        return int(value)
    if name in _FLOATS:
        return float(value)
    return str(value)


def _field(key: str, name: str, label: str, value: Any) -> Any:
    current = _typed(name, value)
    if name in _DATES:
        return st.date_input(label, value=current, key=key, format="YYYY-MM-DD")
    if name == "event_type":
        options = list(dict.fromkeys([*EVENT_TYPES, current]))
        return st.selectbox(label, options, index=options.index(current), key=key)
    if name in _INTEGERS:
        return st.number_input(label, value=current, min_value=0, step=1, key=key)
    if name in _FLOATS:
        return st.number_input(label, value=current, format="%.6f", key=key)
    if name == "notes":
        return st.text_area(label, value=current or "", key=key) or None
    return st.text_input(label, value=current or "", key=key) or None


def _removal(event_id: str, revision: int, who: str) -> None:
    with st.expander("Remove this event"):
        why = st.text_input("Why (kept in the log)", key=widget_key(event_id, "why"))
        sure = st.checkbox(
            "Remove it: it stays in the store, marked removed, and leaves every page",
            key=widget_key(event_id, "sure"),
        )
        if st.button("Remove", disabled=not (sure and why.strip()),
                     key=widget_key(event_id, "remove")):  # fmt: skip
            _apply(
                event_id,
                lambda s: s.remove(event_id, revision=revision, who=who, why=why),
                f"{event_id} removed by {who}.",
            )
