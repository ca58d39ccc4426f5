"""Every page through Streamlit's AppTest: renders, follows the shared filter, and
restores it from (or survives a bad) query string."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from geo.dataset import read_data_file
from geo.filters import EventFilter, apply_filter, describe_filter
from geo.loader import load_events
from geo.workspace import data_setting, save_working
from tests.conftest import ROOT

PAGES = {
    "pages/map.py": "Map",
    "pages/rings.py": "Distance rings",
    "pages/casualties.py": "Casualties",
    "pages/export.py": "Export",
    "pages/quality.py": "Data quality",
    "pages/data.py": "Import data",
    "pages/sources.py": "Data & sources",
}
LAL_LONG = {"KCM-20231020-LLA", "KCM-20231021-LLA", "KCM-20231023-LLA"}
HPAKANT, MOMAUK = "MMR001009", "MMR001012"


def _app(**query: str | list[str]) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for key, value in query.items():
        at.query_params[key] = value
    return at


def _query(at: AppTest, key: str) -> list[str]:
    value = at.query_params[key]
    return [value] if isinstance(value, str) else list(value)


def _shown(markdown: str) -> str:
    """What a Markdown element shows: the app escapes punctuation in data it displays."""
    return re.sub(r"\\(.)", r"\1", markdown)


def _command(at: AppTest) -> str:
    """The command a page shows as inline code after "from the command line:"."""
    (line,) = [m.value for m in at.markdown if "from the command line:" in m.value]
    found = re.search(r"(`+)(.+?)\1", line.partition("from the command line:")[2])
    assert found, line
    code = found.group(2)
    return code[1:-1] if code.startswith(" ") and code.endswith(" ") else code


def _description(at: AppTest) -> str:
    return next(_shown(c.value) for c in at.caption if " · " in c.value)


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_with_the_filter_line(page: str) -> None:
    at = _app().run()
    at.switch_page(page).run()
    assert not at.exception, at.exception
    assert at.title[0].value == PAGES[page]
    assert _description(at).startswith(f"{len(load_events())} events · ")


def test_township_filter_changes_counts_and_the_url() -> None:
    at = _app().run()
    at.multiselect(key="kcm_filter_townships").set_value([MOMAUK]).run()
    events = load_events()
    kept = apply_filter(events, EventFilter(townships=(MOMAUK,)))
    assert 0 < len(kept) < len(events)
    assert _description(at).startswith(f"{len(kept)} events · ")
    assert _description(at).endswith("· Momauk")
    assert _query(at, "township") == [MOMAUK]
    at.switch_page("pages/casualties.py").run()  # the filter survives a page switch
    assert not at.exception
    assert at.metric[0].value == str(len(kept))


def test_event_type_and_dates_filter_the_casualty_figures() -> None:
    at = _app().run()
    at.switch_page("pages/casualties.py").run()
    at.multiselect(key="kcm_filter_types").set_value(["Battles"]).run()
    at.date_input(key="kcm_filter_dates").set_value(
        (dt.date(2023, 10, 1), dt.date(2023, 10, 31))
    ).run()
    flt = EventFilter(dt.date(2023, 10, 1), dt.date(2023, 10, 31), event_types=("Battles",))
    kept = apply_filter(load_events(), flt)
    assert at.metric[0].value == str(len(kept))
    assert _description(at) == describe_filter(len(kept), flt)
    assert _query(at, "from") == ["2023-10-01"]
    assert _query(at, "type") == ["Battles"]


def test_query_string_restores_the_filter() -> None:
    at = _app(**{"from": "2023-10-01", "to": "2023-10-31", "township": [MOMAUK, HPAKANT]}).run()
    assert not at.exception
    assert at.multiselect(key="kcm_filter_townships").value == [MOMAUK, HPAKANT]
    assert at.date_input(key="kcm_filter_dates").value == (
        dt.date(2023, 10, 1),
        dt.date(2023, 10, 31),
    )
    flt = EventFilter(dt.date(2023, 10, 1), dt.date(2023, 10, 31), (MOMAUK, HPAKANT))
    kept = apply_filter(load_events(), flt)
    assert _description(at).startswith(f"{len(kept)} event")
    assert not at.warning


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"township": "MMR999999"}, "township='MMR999999' is not a township with events"),
        ({"from": "2023-13-45"}, "from='2023-13-45' is not a date"),
        ({"from": "2023-11-01", "to": "2023-10-01"}, "is after"),
        ({"type": "Picnics"}, "type='Picnics' is not an event type"),
    ],
)
def test_a_stale_query_string_falls_back_with_a_message(
    query: dict[str, str], message: str
) -> None:
    at = _app(**query).run()
    assert not at.exception
    assert any(message in _shown(w.value) for w in at.warning), [w.value for w in at.warning]
    assert _description(at).startswith(f"{len(load_events())} events · ")
    at.multiselect(key="kcm_filter_types").set_value(["Battles"]).run()
    assert not at.warning  # explained once; gone when the user changes the filter


def test_rings_page_reports_bad_radii_and_finds_another_centre() -> None:
    at = _app().run()
    at.switch_page("pages/rings.py").run()
    assert len(at.dataframe) == 2  # per band, events by distance
    at.text_input(key="kcm_rings_radii").set_value("5, ten").run()
    assert "radius ' ten' is not a number" in _shown(at.error[0].value)
    at.text_input(key="kcm_rings_radii").set_value("10, 20").run()
    at.text_input(key="kcm_rings_centre_query").set_value("Myitkyina").run()
    assert not at.exception
    choice = at.selectbox(key="kcm_rings_centre_choice")
    assert choice.value.name == "Myitkyina"
    assert any("Centre: Myitkyina" in _shown(c.value) for c in at.caption)


def test_casualties_show_unknown_not_zero() -> None:
    at = _app(township="MMR001013").run()  # Mansi: no source gave a fatality figure
    at.switch_page("pages/casualties.py").run()
    assert at.metric[1].label == "Fatalities (best estimate)"
    assert at.metric[1].value == "unknown"


def test_export_page_counts_and_names_the_file_by_the_filter() -> None:
    at = _app(township=HPAKANT).run()
    at.switch_page("pages/export.py").run()
    assert at.metric[0].value == "1"
    assert "--township MMR001009" in _command(at)


def test_the_township_filter_by_coordinates_is_in_the_url() -> None:
    at = _app(township="MMR001002").run()
    reported = _description(at)
    at.radio(key="kcm_filter_basis").set_value("located").run()
    assert not at.exception
    assert _query(at, "basis") == ["located"]
    assert _description(at).endswith("Waingmaw (by coordinates)")
    count = int(_description(at).split(" ")[0])
    assert count == int(reported.split(" ")[0]) + len(LAL_LONG)
    again = _app(township="MMR001002", basis="located").run()
    assert again.radio(key="kcm_filter_basis").value == "located"
    assert _description(again) == _description(at)


def test_data_quality_lists_the_lal_long_mismatch() -> None:
    at = _app().run()
    at.switch_page("pages/quality.py").run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Township mismatch"] == "3"
    assert metrics["Outside Myanmar"] == "0"
    table = at.dataframe[0].value
    assert set(table["event_id"]) == LAL_LONG
    assert set(table["township (in use)"]) == {"Momauk"}
    assert set(table["township (by coordinates)"]) == {"Waingmaw"}


def test_map_page_shades_townships() -> None:
    at = _app().run()
    at.selectbox(key="kcm_map_shade").set_value("fatalities_best").run()
    assert not at.exception
    assert any(
        "Township areas: townships.geojson (approximate" in _shown(c.value) for c in at.caption
    )
    at.toggle(key="kcm_map_events").set_value(False).run()
    assert not at.exception


def test_the_app_shows_the_working_dataset_and_resets_to_bundled(tmp_path: Path) -> None:
    from tests.importers.conftest import acled_rows, to_csv

    rows = [{**r, "event_id_cnty": f"MMR{i}"} for i, r in enumerate(acled_rows(load_events()))]
    source = tmp_path / "acled.csv"
    source.write_bytes(to_csv(rows))
    save_working(read_data_file(source), merge=True)
    at = _app().run()
    assert _description(at).startswith(f"{len(load_events()) + len(rows)} events · ")
    at.switch_page("pages/sources.py").run()
    assert "Imported data" in [h.value for h in at.subheader]
    assert at.dataframe[0].value["events"].to_dict() == {"ACLED": len(rows)}
    at.switch_page("pages/data.py").run()
    assert not at.exception
    assert "bundled events (11) + working dataset v1 (10)" in _shown(at.markdown[0].value)
    at.checkbox(key="kcm_import_reset").check().run()
    at.button(key="kcm_import_reset_go").click().run()
    assert not at.exception
    assert _description(at).startswith(f"{len(load_events())} events · ")
    assert data_setting().data is None
    assert "The bundled events are shown (version 2)" in _shown(at.success[0].value)
    # the reset is a version too: the imported events come back with a restore
    table = at.dataframe[0].value
    assert list(table["version"]) == [2, 1]
    assert list(table["imported events"]) == ["0", "10"]
    at.selectbox(key="kcm_import_version").set_value(1).run()
    at.checkbox(key="kcm_import_restore_sure").check().run()
    at.button(key="kcm_import_restore").click().run()
    assert not at.exception
    assert _description(at).startswith(f"{len(load_events()) + len(rows)} events · ")
    assert "Restored version 1" in _shown(at.success[0].value)
    assert data_setting().version == 3


def test_kcm_data_fixes_the_dataset_and_the_import_page_says_so(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from tests.importers.conftest import acled_rows, to_csv

    source = tmp_path / "acled.csv"
    source.write_bytes(to_csv(acled_rows(load_events())[:3]))
    monkeypatch.setenv("KCM_DATA", str(source))
    at = _app().run()
    assert _description(at).startswith("3 events · ")
    at.switch_page("pages/data.py").run()
    assert not at.exception
    assert "set by KCM_DATA" in _shown(at.info[0].value)
    assert f"--data {source}" in _command(at)


def test_a_bad_kcm_data_file_is_explained_not_raised(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    source = tmp_path / "broken.csv"
    source.write_text("nothing,useful\n1,2\n")
    monkeypatch.setenv("KCM_DATA", str(source))
    at = _app().run()
    assert not at.exception
    assert "could not be loaded" in _shown(at.error[0].value)
    assert "not an ACLED export" in _shown(at.error[0].value)


def test_an_unreadable_working_version_is_set_aside_never_deleted(workspace: Path) -> None:
    saved = save_working(load_events().iloc[:2], merge=True)
    assert saved.data is not None
    saved.data.write_bytes(saved.data.read_bytes()[:100])  # a file cut off
    at = _app().run()
    assert "The events could not be loaded" in _shown(at.error[0].value)
    assert "cannot read events.parquet as GeoParquet" in _shown(at.error[0].value)
    at.button(key="kcm_start_aside").click().run()
    assert not at.exception
    assert "set aside" in _shown(at.warning[0].value)
    assert _description(at).startswith(f"{len(load_events())} events · ")
    aside = list((workspace / "broken").iterdir())
    assert len(aside) == 1
    assert (aside[0] / "events.parquet").read_bytes().startswith(b"PAR1")  # kept


def test_hostile_link_values_are_shown_as_text() -> None:
    at = _app(township="![x](http://example.org/p.png)", type="$x$ :red[y]").run()
    warnings = [w.value for w in at.warning]
    assert any("\\!\\[x\\]\\(http\\:" in w for w in warnings), warnings
    assert any("\\$x\\$ \\:red\\[y\\]" in w for w in warnings), warnings


@pytest.mark.shared
def test_official_boundaries_drive_the_quality_view_and_the_shading(
    monkeypatch: pytest.MonkeyPatch, mimu_townships: Path
) -> None:
    monkeypatch.setenv("KCM_TOWNSHIPS", str(mimu_townships))
    at = _app().run()
    at.switch_page("pages/quality.py").run()
    assert not at.exception
    captions = [_shown(c.value) for c in at.caption]
    assert any(
        "mmr_polbnda_adm3_mimu_250k.shp (official MIMU boundaries, 330" in c for c in captions
    )
    assert set(at.dataframe[0].value["township (by coordinates)"]) == {"Waingmaw"}
    at.switch_page("pages/map.py").run()
    at.selectbox(key="kcm_map_shade").set_value("events").run()
    assert not at.exception
    assert any("(official MIMU boundaries" in _shown(c.value) for c in at.caption)
