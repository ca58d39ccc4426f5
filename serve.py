"""``make run`` starts this file: the app of ``app.py`` behind :class:`ui.hosts.HostGuard`.

``streamlit run serve.py`` finds ``app`` below and serves it with the same flags and
``.streamlit/config.toml`` as ``streamlit run app.py``; the guard refuses every request
addressed to a name not in ``server.allowedHosts``, and static text files are sent
gzipped (:class:`ui.compress.StaticGzip`). Tests run ``app.py`` itself.

Before the server answers, this file imports the heavy libraries (about 1.5 s), and
a thread then reads the gazetteer (from its disk cache, or building it on a first
start), so the first visit does not wait for them (modules are imported once per
process; the app's own imports find them ready, and its gazetteer waits for the load).
Only libraries and the Streamlit-free ``geo`` package are loaded here: Streamlit
components register themselves when the app first runs.
"""

import importlib
import threading

import streamlit as st
from starlette.middleware import Middleware

from ui.compress import StaticGzip
from ui.hosts import HostGuard

PRELOAD = (
    "pandas",
    "geopandas",
    "shapely",
    "pyproj",
    "pyogrio",
    "branca",
    "folium",
    "folium.plugins",
    "altair",
    "geo.loader",
    "geo.dataset",
    "geo.filters",
    "geo.summary",
    "geo.quality",
    "geo.townships",
    "geo.workspace",
    "geo.record",
    "geo.basemap",
)


def _read_data() -> None:
    from geo.basemap import base_layers
    from geo.errors import GeoError
    from geo.gazetteer import load_gazetteer

    try:
        load_gazetteer()  # once per process; the app's first run waits for this load
        base_layers()  # read once (lru_cache): the legend's credits
    except GeoError:
        return  # the app meets the same error on its first run and shows it there


for _name in PRELOAD:
    importlib.import_module(_name)
# A cold gazetteer takes seconds to build: in a thread, so the server answers at once
# and the first page shows its progress meanwhile.
threading.Thread(target=_read_data, name="kcm-preload", daemon=True).start()
# The guard first: a refused request is answered before anything else runs.
app = st.App("app.py", middleware=[Middleware(HostGuard), Middleware(StaticGzip)])
