"""Small widgets shared by pages (each keyed by the caller's prefixed key)."""

from __future__ import annotations

import streamlit as st

from geo.gazetteer import Gazetteer, Place
from geo.rings import centre_choices
from ui import records

__all__ = ["place_picker"]


def place_picker(gazetteer: Gazetteer, *, default_id: str, key: str) -> Place:
    """Search the gazetteer by name and pick one match; the default when no search.

    A name that matches only fuzzily is never taken silently: the choices name each
    place's township and distance (:func:`geo.rings.centre_choices`), none is picked
    until the user picks one, and the centre stays the default meanwhile.
    """
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
    choices = centre_choices(gazetteer, query, reference=default)
    if not choices:
        st.warning(
            f"No place with a point matches {records.plain(repr(query))}; "
            f"using {records.plain(default.name)}."
        )
        return default
    fuzzy = choices[0].fuzzy
    labels = {c.place.place_id: c.label for c in choices}
    picked: Place | None = st.selectbox(
        "Matching places" if not fuzzy else "Similar names (pick one)",
        [c.place for c in choices],
        index=None if fuzzy else 0,
        format_func=lambda place: labels[place.place_id],
        key=f"{key}_choice",
        placeholder="No place has this name: pick a similar one",
    )
    if fuzzy:
        now = (
            f"centred on {records.plain(labels[picked.place_id])}."
            if picked is not None
            else f"still centred on {records.plain(default.name)} until you pick one."
        )
        st.warning(
            f"No place is called {records.plain(repr(query))}; the closest name is "
            f"{records.plain(choices[0].label)}; {now}"
        )
    return default if picked is None else picked
