from __future__ import annotations

from streamlit.testing.v1 import AppTest

from geo.loader import load_events
from tests.conftest import ROOT


def test_app_starts_and_shows_the_events() -> None:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    assert not at.exception
    assert at.title[0].value == "Kachin Conflict Map"
    assert at.metric[0].value == str(len(load_events()))
    assert len(at.dataframe) == 1
