"""Small widgets shared by pages (each keyed by the caller's prefixed key)."""

from __future__ import annotations

import streamlit as st

from geo.gazetteer import Gazetteer, Place
from ui import records

__all__ = ["place_picker"]


def _label(place: Place) -> str:
    where = ", ".join(x for x in (place.township, place.state) if x)
    return f"{place.name} ({place.kind}; {where})"


def place_picker(gazetteer: Gazetteer, *, default_id: str, key: str) -> Place:
    """Search the gazetteer by name and pick one match; the default when no search."""
    default = gazetteer.get(default_id)
    query = st.text_input(
        "Centre",
        key=f"{key}_query",
        placeholder=f"{default.name} (type any place name to change)",
        help="Any village, ward, town or township in the offline MIMU gazetteer, "
        "in English or Burmese.",
    ).strip()
    if not query:
        return default
    matches = gazetteer.candidates(query, limit=10)
    choices = [m.place for m in matches if m.place.has_point]
    if not choices:
        st.warning(
            f"No place with a point matches {records.plain(repr(query))}; "
            f"using {records.plain(default.name)}."
        )
        return default
    picked: Place = st.selectbox(
        "Matching places", choices, format_func=_label, key=f"{key}_choice"
    )
    return picked
