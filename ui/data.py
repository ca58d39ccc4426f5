"""Cached loading at the boundary between files and the app."""

from __future__ import annotations

import geopandas as gpd
import streamlit as st

from geo.gazetteer import Gazetteer, load_gazetteer
from geo.loader import load_events

__all__ = ["base_url_path", "events", "gazetteer"]


@st.cache_resource(show_spinner="Loading the offline gazetteer…")
def gazetteer() -> Gazetteer:
    """The gazetteer is immutable, so one instance serves every session."""
    return load_gazetteer()


@st.cache_data(show_spinner="Loading events…")
def events() -> gpd.GeoDataFrame:
    """The bundled events (a copy per caller: cache_data returns copies)."""
    return load_events()


def base_url_path() -> str:
    """The app's URL prefix (``server.baseUrlPath``), for links to its own static files."""
    return str(st.get_option("server.baseUrlPath") or "")
