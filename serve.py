"""``make run`` starts this file: the app of ``app.py`` behind :class:`ui.hosts.HostGuard`.

``streamlit run serve.py`` finds ``app`` below and serves it with the same flags and
``.streamlit/config.toml`` as ``streamlit run app.py``; the guard refuses every request
addressed to a name not in ``server.allowedHosts``. Tests run ``app.py`` itself.
"""

import streamlit as st
from starlette.middleware import Middleware

from ui.hosts import HostGuard

app = st.App("app.py", middleware=[Middleware(HostGuard)])
