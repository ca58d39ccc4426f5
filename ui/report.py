"""The "Add from a report" page's pieces: the report text with each proposed event's
evidence highlighted, a small map of the proposed points, the editable tables (the
undated apart) and their column settings, and what was left out. Every piece of
report text is escaped before it is shown."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

import folium
import pandas as pd
import streamlit as st

from geo.extract import ProposedEvent
from geo.extract.accept import TABLE_LABELS
from geo.extract.confidence import PART_NAMES, part_of
from geo.extract.proposal import LeftOut
from geo.extract.text import shorten
from geo.gazetteer import Place
from geo.schema import EVENT_TYPES
from ui.maps import add_base_layers, finish, new_map
from ui.text import esc, visible_frame

__all__ = [
    "COLOURS",
    "LONG_TEXT",
    "column_config",
    "edit_proposals",
    "evidence_html",
    "left_out_list",
    "proposal_map",
]

#: One colour per proposed event (Okabe-Ito, then repeated).
COLOURS: Final = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7")
#: Longer texts are shown as their evidence sentences only.
LONG_TEXT: Final = 30_000
_STYLE: Final = (
    "<style>.kcm-report{white-space:pre-wrap;line-height:1.7;font-size:0.95rem;"
    "max-height:28rem;overflow-y:auto;border:1px solid #ddd;padding:0.6rem;border-radius:4px}"
    ".kcm-report mark{padding:0 2px;border-radius:3px;color:#000}"
    ".kcm-report sup{font-weight:bold}</style>"
)


def _colour(i: int) -> str:
    return COLOURS[i % len(COLOURS)]


def _marked(text: str, spans: list[tuple[int, int, int, str]], start: int, end: int) -> str:
    """``text[start:end]`` escaped, with the evidence spans inside it marked."""
    out, at = [], start
    for s, e, event, field in spans:
        if s < at or s < start or e > end:
            continue  # overlapping evidence: the first one shown wins
        out.append(esc(text[at:s]))
        out.append(
            f'<mark class="kcm-ev" data-event="{event + 1}" title="event {event + 1}: '
            f'{esc(field)}" style="background:{_colour(event)}">'
            f"{esc(text[s:e])}<sup>{event + 1}</sup></mark>"
        )
        at = e
    out.append(esc(text[at:end]))
    return "".join(out)


def evidence_html(text: str, events: Sequence[ProposedEvent]) -> str:
    """The report as HTML with every field's evidence marked and numbered by event.

    Texts longer than :data:`LONG_TEXT` show only the sentences events came from.
    """
    spans = sorted(
        {(e.start, e.end, i, e.field) for i, event in enumerate(events) for e in event.evidence},
        key=lambda s: (s[0], -s[1]),
    )
    if len(text) <= LONG_TEXT:
        body = _marked(text, spans, 0, len(text))
    else:
        sentences = sorted({s for event in events for s in event.sentences})
        body = "\n…\n".join(_marked(text, spans, s, e) for s, e in sentences) or "(no evidence)"
    return f'{_STYLE}<div class="kcm-report">{body}</div>'


def proposal_map(
    events: Sequence[ProposedEvent], *, towns: Sequence[Place] = (), base_url_path: str = ""
) -> folium.Map | None:
    """Numbered markers at the proposed points (none for region-only events), over the
    offline base layers with the MIMU ``towns`` labelled."""
    points = [
        (i, e) for i, e in enumerate(events) if e.latitude is not None and e.longitude is not None
    ]
    if not points:
        return None
    m = new_map(basemap=False)
    for i, e in points:
        folium.CircleMarker(
            (e.latitude, e.longitude),
            radius=9,
            color="#333333",
            weight=1,
            fill=True,
            fill_color=_colour(i),
            fill_opacity=0.9,
            tooltip=esc(f"{i + 1}. {e.location} — {e.sub_event_type or 'type not found'}"),
        ).add_to(m)
        folium.Marker(
            (e.latitude, e.longitude),
            icon=folium.DivIcon(
                html=f'<div style="font-weight:bold;font-size:11px">{i + 1}</div>',
                icon_size=(12, 12),
                icon_anchor=(-6, 6),
            ),
        ).add_to(m)
    lats = [e.latitude for _, e in points if e.latitude is not None]
    lons = [e.longitude for _, e in points if e.longitude is not None]
    pad = 0.05
    bounds = [[min(lats) - pad, min(lons) - pad], [max(lats) + pad, max(lons) + pad]]
    add_base_layers(m, towns=towns, base_url_path=base_url_path)
    m.fit_bounds(bounds, padding=(30, 30), max_zoom=11)
    return finish(m, base_url_path=base_url_path)


def column_config() -> dict[str, Any]:
    """Column settings for ``st.data_editor`` over :func:`geo.extract.accept.proposal_table`."""
    subs = sorted({s for subs in EVENT_TYPES.values() for s in subs})
    number = st.column_config.NumberColumn
    label = TABLE_LABELS  # the one home of the labels, which the errors use too
    return {
        "accept": st.column_config.CheckboxColumn(label["accept"], help="Add this event"),
        "similar": st.column_config.TextColumn(
            label["similar"], help="Events of the same type, township and dates"
        ),
        "number": st.column_config.NumberColumn(
            label["number"], help="The event's number, as in the text's highlights", width="small"
        ),
        "confidence": st.column_config.ProgressColumn(
            label["confidence"],
            help="How likely the reader thinks this is an event a careful coder codes",
            format="percent",
            min_value=0.0,
            max_value=1.0,
        ),
        "event_date": st.column_config.DateColumn(label["event_date"], format="YYYY-MM-DD"),
        "event_date_end": st.column_config.DateColumn(label["event_date_end"], format="YYYY-MM-DD"),
        "date_precision": number(label["date_precision"], min_value=1, max_value=3, step=1),
        "event_type": st.column_config.SelectboxColumn(
            label["event_type"], options=list(EVENT_TYPES)
        ),
        "sub_event_type": st.column_config.SelectboxColumn(label["sub_event_type"], options=subs),
        "actor1": st.column_config.TextColumn(label["actor1"]),
        "actor2": st.column_config.TextColumn(label["actor2"]),
        "location": st.column_config.TextColumn(label["location"]),
        "latitude": number(label["latitude"], format="%.5f", min_value=-90.0, max_value=90.0),
        "longitude": number(label["longitude"], format="%.5f", min_value=-180.0, max_value=180.0),
        "geo_precision": number(label["geo_precision"], min_value=1, max_value=3, step=1),
        "township": st.column_config.TextColumn(label["township"]),
        "township_pcode": st.column_config.TextColumn(label["township_pcode"]),
        "fatalities_low": number(label["fatalities_low"], min_value=0, step=1),
        "fatalities_best": number(label["fatalities_best"], min_value=0, step=1),
        "fatalities_high": number(label["fatalities_high"], min_value=0, step=1),
        "injured": number(label["injured"], min_value=0, step=1),
        "children_killed": number(label["children_killed"], min_value=0, step=1),
        "civilian_fatalities": number(label["civilian_fatalities"], min_value=0, step=1),
        "notes": st.column_config.TextColumn(label["notes"], width="large"),
    }


#: What the analyst does with each part of the proposal table shown apart
#: (:func:`~geo.extract.confidence.part_of`), in the order shown after the likely ones.
_APART: Final = {
    "check": "The reader is less sure of these: events like them were most often not events "
    "a coder coded (a restatement, background, a wrong day). They start unticked: read their "
    "words in the report (the column No. is their number there), correct them and tick the "
    "ones that are events.",
    "undated": "The report gives these no day. They start unticked: enter the date from "
    "another source and tick one to add it, or leave it.",
}


def edit_proposals(
    table: pd.DataFrame, events: Sequence[ProposedEvent], *, round_: int
) -> pd.DataFrame:
    """The proposal table for the analyst to edit: the dated events, then those to check
    and the undated ones in tables of their own (they start unticked); the edited rows,
    in the order of ``events``."""
    parts = [part_of(e) for e in events]
    config = column_config()
    editors = []
    for name in ("likely", *_APART):
        rows = table[[p == name for p in parts]]
        if rows.empty:
            continue
        if name in _APART:
            st.markdown(f"**{PART_NAMES[name].capitalize()} ({len(rows)})**")
            st.caption(_APART[name])
        edited = st.data_editor(
            visible_frame(rows),
            column_config=config,
            disabled=["number", "similar", "confidence"],
            hide_index=True,
            num_rows="fixed",
            key=f"kcm_report_table_{name}_{round_}",
        )
        edited.index = rows.index  # back in the order of the proposed events
        editors.append(edited)
    return pd.concat(editors).sort_index().reset_index(drop=True)


def left_out_list(left_out: Sequence[LeftOut]) -> None:
    """What the extractor did not propose, with why, as plain text."""
    if left_out:
        with st.expander(f"Left out ({len(left_out)}): summaries, background, mentions"):
            for item in left_out:
                st.text(f"{item.why}: {shorten(item.text, 240)}")
