"""AppTest as a real server runs the app.

A real Streamlit server decides once per process whether to run its old "pages/
folder" multipage mode, and ``st.navigation`` in ``app.py`` switches it off for good.
AppTest resets that process-wide flag before every run, so every run would start in
the old mode, run the page without ``app.py`` and give the sidebar's widgets new ids
(``ui.filters.view`` then reruns through ``app.py``, losing a button's click). The
fixture keeps the flag as a server keeps it after its first run. The first run of a
fresh server is tested in Chromium (tests/browser: a deep link as the first request).

``builders`` records what each download button would write when clicked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import app_test


class _ServerPagesManager(PagesManager):
    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        PagesManager.uses_pages_directory = False


@pytest.fixture(autouse=True)
def _pages_mode_as_a_server_keeps_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_test, "PagesManager", _ServerPagesManager)


Builders = dict[str, Callable[[], Any]]


@pytest.fixture
def builders(monkeypatch: pytest.MonkeyPatch) -> Builders:
    """What each download button would call when clicked, by file name."""
    found: Builders = {}
    register = MediaFileManager.add_deferred

    def record(self: MediaFileManager, data_callable: Any, *args: Any, **kwargs: Any) -> str:
        found[kwargs.get("file_name") or args[2]] = data_callable
        return register(self, data_callable, *args, **kwargs)

    monkeypatch.setattr(MediaFileManager, "add_deferred", record)
    return found
