"""The loaded frames are shared by every session and rerun (st.cache_resource, no copy
per rerun): no page may change them. Every page runs, with the map shaded and a
filter set, and the shared frames still equal a fresh load."""

from __future__ import annotations

import pandas as pd
from geopandas.testing import assert_geodataframe_equal
from streamlit.testing.v1 import AppTest

from geo.dataset import load_dataset
from geo.quality import quality_flags
from tests.app.test_pages import PAGES
from tests.conftest import ROOT
from ui import data


def test_no_page_changes_the_shared_frames() -> None:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["township"] = "MMR001012"
    at.run()
    for page in PAGES:
        at.switch_page(page).run()
        assert not at.exception, (page, at.exception)
    at.switch_page("pages/map.py").run()
    at.selectbox(key="kcm_map_shade").set_value("fatalities_best").run()
    assert not at.exception, at.exception
    shared = data._dataset(*data._args(data.setting()))
    fresh = load_dataset(townships=data.township_layer(), gazetteer=data.gazetteer())
    assert_geodataframe_equal(shared.events, fresh.events)
    flags = data._flags(("files", *data._args(data.setting())))
    pd.testing.assert_frame_equal(flags, quality_flags(fresh.events, duplicates=fresh.duplicates))


def test_callers_get_their_own_frame_to_change() -> None:
    first = data.dataset().events
    first["location"] = "changed by a caller"
    first.loc[first.index[0], "fatalities_best"] = 12345
    again = data.dataset().events
    assert "changed by a caller" not in set(again["location"])
    assert 12345 not in set(again["fatalities_best"].dropna())
