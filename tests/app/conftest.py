"""AppTest as a real server runs the app.

A real Streamlit server decides once per process whether to run its old "pages/
folder" multipage mode, and ``st.navigation`` in ``app.py`` switches it off for good.
AppTest resets that process-wide flag before every run, so every run would start in
the old mode, run the page without ``app.py`` and give the sidebar's widgets new ids
(``ui.filters.view`` then reruns through ``app.py``, losing a button's click). The
fixture keeps the flag as a server keeps it after its first run. The first run of a
fresh server is tested in Chromium (tests/browser: a deep link as the first request).
"""

from __future__ import annotations

import pytest
from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import app_test


class _ServerPagesManager(PagesManager):
    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        PagesManager.uses_pages_directory = False


@pytest.fixture(autouse=True)
def _pages_mode_as_a_server_keeps_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_test, "PagesManager", _ServerPagesManager)
