"""AppTest: the Distance rings and Casualties pages (issue 12, points 7 and 8)."""

from __future__ import annotations

import io
import re

from streamlit.testing.v1 import AppTest

from geo.cli import main
from geo.loader import load_events
from tests.app.conftest import Builders
from tests.conftest import ROOT


def _app() -> AppTest:
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)


def _shown(markdown: str) -> str:
    return re.sub(r"\\(.)", r"\1", markdown)


def test_band_table_ends_with_the_events_beyond_the_last_ring() -> None:
    at = _app().run()
    at.switch_page("pages/rings.py").run()
    at.text_input(key="kcm_rings_radii").set_value("5, 10").run()
    assert not at.exception, at.exception
    bands = at.dataframe[0].value
    assert list(bands["band"]) == ["0-5 km", "5-10 km", "beyond 10 km"]
    distances = at.dataframe[1].value
    placed = distances["distance_km"].notna()
    counted = sum(int(str(n).replace(",", "")) for n in bands["events"])
    assert counted == int(placed.sum())


def test_a_fuzzy_centre_is_named_never_silently_taken() -> None:
    at = _app().run()
    at.switch_page("pages/rings.py").run()
    at.text_input(key="kcm_rings_centre_query").set_value("Lawja Yang").run()
    assert not at.exception, at.exception
    warning = _shown(at.warning[0].value)
    assert "No place is called 'Lawja Yang'" in warning
    assert "township" in warning
    assert "km from" in warning
    assert "still centred on KIA headquarters, Laiza" in warning
    choice = at.selectbox(key="kcm_rings_centre_choice")
    assert choice.value is None
    assert any("Centre: KIA headquarters, Laiza" in _shown(c.value) for c in at.caption)
    index, wa_yang = next((i, p) for i, p in enumerate(choice.options) if "La Wa Yang" in p)
    assert "Injangyang township" in wa_yang
    assert "fuzzy match" in wa_yang
    choice.select_index(index).run()  # picked by the user: now it is the centre
    assert any("Centre: La Wa Yang" in _shown(c.value) for c in at.caption)
    assert "centred on La Wa Yang" in _shown(at.warning[0].value)


def test_casualty_totals_say_how_many_events_report_them() -> None:
    at = _app().run()
    at.switch_page("pages/casualties.py").run()
    assert not at.exception, at.exception
    total = len(load_events())
    assert at.metric[0].value == f"{total:,}"
    captions = [_shown(c.value) for c in at.caption]
    reports = [c for c in captions if re.search(rf"of {total:,} events report it|all {total:,}", c)]
    assert len(reports) == 4  # fatalities, injured, civilians, children


def test_the_rings_download_is_written_on_click_as_the_command_line_writes(
    builders: Builders,
) -> None:
    at = _app().run()
    builders.clear()  # the map page's
    at.switch_page("pages/rings.py").run()
    assert not at.exception, at.exception
    (button,) = [b.proto for b in at.get("download_button")]
    assert button.deferred_file_id, "written only when clicked"
    assert button.ignore_rerun, "a click does not rerun the page"
    (written,) = builders.values()
    out, err = io.StringIO(), io.StringIO()
    assert main(["rings"], stdout=out, stderr=err) == 0, err.getvalue()
    assert written() == out.getvalue()
