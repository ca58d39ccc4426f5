"""The app on a team store (``KCM_DATABASE_URL``, here an embedded file: the same
store code as PostGIS, whose roles tests/store and tests/browser cover): readers see
published events, analysts the others on request; an event's record shows its status
and log, and is edited, reviewed and removed from the revision the analyst opened;
releases are made, cited and shown as frozen; ``KCM_READ_ONLY`` leaves no control
that writes."""

from __future__ import annotations

import hashlib
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from geo.loader import load_events
from geo.store import open_store
from geo.store.base import Origin
from tests.app.conftest import Builders
from tests.app.test_pages import _app, _description, _shown
from ui.review import widget_key

PROPOSED = "KCM-20231009-MLH"


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A store with the bundled events: all published but one, proposed."""
    url = f"sqlite:///{tmp_path / 'team.sqlite'}"
    events = load_events()
    with open_store(url) as store:
        store.add(events.drop(index=PROPOSED), Origin("ana", "bundled.geojson"))
        store.add(events.loc[[PROPOSED]], Origin("ana"), status="proposed", action="add")
    monkeypatch.setenv("KCM_DATABASE_URL", url)
    monkeypatch.setenv("KCM_ANALYST", "Ana Analyst")
    return url


def _store(url: str) -> dict[str, object]:
    with open_store(url) as store:
        return store.record(PROPOSED)


def test_readers_see_published_events_and_analysts_the_others_on_request(team: str) -> None:
    at = _app().run()
    assert not at.exception, at.exception
    events = load_events()
    assert _description(at).startswith(f"{len(events) - 1} events · ")
    team_line = next(_shown(c.value) for c in at.sidebar.caption if c.value.startswith("Store:"))
    assert "You: Ana Analyst (may add, edit, publish and release)" in team_line
    at.sidebar.toggle(key="kcm_team_all").set_value(True).run()
    assert _description(at).startswith(f"{len(events)} events · ")


def test_a_read_only_dashboard_has_no_writing_page_or_control(
    team: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KCM_READ_ONLY", "1")
    at = _app().run()
    assert not at.exception, at.exception
    assert [t.key for t in at.sidebar.toggle] == ["kcm_basemap"]  # no "show unpublished"
    assert any("Read-only dashboard" in c.value for c in at.sidebar.caption)
    with pytest.raises(ValueError, match="Could not find a navigation page") as raised:
        at.switch_page("pages/data.py")
    known = str(raised.value).partition("Known pages: ")[2]
    assert "pages/export.py" in known
    assert "pages/data.py" not in known
    assert "pages/report.py" not in known
    at.switch_page("pages/export.py").run()
    assert not at.exception, at.exception
    assert not at.text_input  # no release form
    assert _description(at).startswith(f"{len(load_events()) - 1} events · ")


def _key(name: str, revision: int | None = None) -> str:
    return widget_key(PROPOSED, name, revision)


def _save_key(revision: int) -> str:
    return f"FormSubmitter:{_key('form', revision)}-Save the changes"


def _panel(event_id: str) -> AppTest:
    """The record's review panel alone (the Map page shows it once an event is clicked,
    which only a browser can do: tests/browser/test_team.py)."""

    def script(event_id: str) -> None:
        from ui import review

        review.event_panel(event_id)

    return AppTest.from_function(script, args=(event_id,), default_timeout=60)


def test_the_record_shows_its_status_and_its_log(team: str) -> None:
    at = _panel(PROPOSED).run()
    assert not at.exception, at.exception
    assert _shown(at.markdown[0].value) == "**Review status:** proposed · revision 1"
    assert at.expander[0].label == "Changes to this event (1)"
    assert [b.label for b in at.button] == [
        "Verify",
        "Publish",
        "Reject",
        "Save the changes",
        "Remove",
    ]


def test_an_edit_is_saved_from_the_revision_opened(team: str) -> None:
    at = _panel(PROPOSED).run()
    at.text_area(key=_key("notes", 1)).set_value("Checked: two sources.")
    at.button(key=_save_key(1)).click().run()
    assert not at.exception, at.exception
    assert any("notes saved by Ana Analyst (revision 2)" in _shown(s.value) for s in at.success)
    record = _store(team)
    assert (record["notes"], record["revision"]) == ("Checked: two sources.", 2)


def test_a_stale_save_is_refused_naming_who_changed_what(team: str) -> None:
    at = _panel(PROPOSED).run()  # opened at revision 1
    with open_store(team) as store:
        store.edit(PROPOSED, {"actor2": "Displaced people"}, revision=1, who="Bo Analyst")
    at.text_area(key=_key("notes", 1)).set_value("Mine.")
    at.button(key=_save_key(1)).click().run()
    said = " ".join(_shown(e.value) for e in at.error)
    assert "was changed by Bo Analyst" in said
    assert "actor2:" in said
    assert "Nothing was saved" in said
    assert any("Changed since you opened it" in _shown(w.value) for w in at.warning)
    record = _store(team)
    assert (record["actor2"], record["revision"]) == ("Displaced people", 2)
    assert record["notes"] != "Mine."
    assert at.button(key=_key("reload_stale")).label == "Reload the event"  # beside the error
    at.button(key=_key("reload_stale")).click().run()  # opened afresh: no warning
    assert not at.warning
    assert at.text_area(key=_key("notes", 2)).value == record["notes"]  # not the text typed


def test_a_review_decision_publishes_the_event_for_readers(team: str) -> None:
    at = _panel(PROPOSED).run()
    at.button(key=_key("to_published")).click().run()
    assert not at.exception, at.exception
    assert _shown(at.markdown[0].value).startswith("**Review status:** published, reviewed by")
    assert _store(team)["reviewer"] == "Ana Analyst"
    assert _description(_app().run()).startswith(f"{len(load_events())} events · ")


def test_a_removal_needs_a_reason_and_keeps_the_event_marked(team: str) -> None:
    at = _panel(PROPOSED).run()
    remove = at.button(key=_key("remove"))
    assert remove.disabled
    at.checkbox(key=_key("sure")).check().run()
    assert at.button(key=_key("remove")).disabled  # no reason yet
    at.text_input(key=_key("why")).set_value("Same strike as another event")
    at.run()
    at.button(key=_key("remove")).click().run()
    assert not at.exception, at.exception
    record = _store(team)
    assert (record["removed_by"], record["removed_why"]) == (
        "Ana Analyst",
        "Same strike as another event",
    )
    assert any("Removed by Ana Analyst" in _shown(w.value) for w in at.warning)


def test_without_a_name_nothing_can_be_changed(team: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KCM_ANALYST")
    at = _panel(PROPOSED).run()
    assert not at.button
    assert any("set KCM_ANALYST" in _shown(c.value) for c in at.caption)


def test_a_release_is_made_cited_and_shown_as_frozen(
    team: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KCM_PUBLIC_URL", "https://maps.example.org/kcm")
    at = _app().run()
    at.switch_page("pages/export.py").run()
    at.text_input(key="kcm_release_name").set_value("2024-06")
    at.button(
        key="FormSubmitter:kcm_release_form-Freeze the published events as this release"
    ).click().run()
    assert not at.exception, at.exception
    frozen = len(load_events()) - 1
    assert any(f"{frozen:,} published events frozen" in _shown(s.value) for s in at.success)
    at.run()
    (citation,) = [c.value for c in at.code]
    assert "Kachin Conflict Map events, release 2024-06" in citation
    assert citation.endswith("https://maps.example.org/kcm/?release=2024-06")
    with open_store(team) as store:  # published after the release: not in it
        store.review(PROPOSED, "published", revision=1, who="Ed Editor")
    shown = _app(release="2024-06").run()
    assert not shown.exception, shown.exception
    assert _description(shown).startswith(f"{frozen} events · ")
    assert any("Release **2024\\-06**" in i.value for i in shown.sidebar.info)
    assert _description(_app().run()).startswith(f"{frozen + 1} events · ")


def test_an_import_goes_to_the_store_published_or_for_review(team: str, tmp_path: Path) -> None:
    def script() -> None:
        from geo.loader import load_events
        from ui import team

        events = load_events().iloc[:2]
        events.index = events["event_id"] = ["NEW-1", "NEW-2"]
        said = team.import_controls(events, name="new.csv", content=b"new")
        if said:
            import streamlit as st

            st.success(said)

    at = AppTest.from_function(script, default_timeout=60).run()
    at.checkbox(key="kcm_import_review").check().run()
    at.button(key="kcm_import_team_go").click().run()
    assert not at.exception, at.exception
    assert "Imported 2 events from new.csv into the team's store as proposed" in _shown(
        at.success[0].value
    )
    with open_store(team) as store:
        assert set(store.read(statuses=("proposed",)).index) == {PROPOSED, "NEW-1", "NEW-2"}
        sha = hashlib.sha256(b"new").hexdigest()
        assert store.log("NEW-1")["source_sha256"].iloc[0] == sha


def test_exports_name_the_release_and_the_log_is_downloaded(team: str, builders: Builders) -> None:
    with open_store(team) as store:
        store.release("v1", who="Ed Editor")
    at = _app(release="v1").run()
    at.switch_page("pages/export.py").run()
    assert not at.exception, at.exception
    assert any(name.startswith("kcm-events_release-v1_") for name in builders)
    log = builders["kcm-audit-log.csv"]()
    assert log.splitlines()[0].startswith("change_id,at,who,action,")
    assert log.count("\n") == 1 + len(load_events()) + 1  # header, the events, the release


def test_the_analyst_is_the_logged_in_user_when_login_is_configured(
    team: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import streamlit as st

    at = _app()
    at.secrets["auth"] = {"redirect_uri": "http://localhost:8501/oauth2callback"}
    at.run()
    assert [b.label for b in at.sidebar.button] == ["Log in"]
    monkeypatch.setattr(st, "user", {"is_logged_in": True, "name": "Lin Reviewer"})
    at.run()
    assert [b.label for b in at.sidebar.button] == ["Log out"]
    team_line = next(_shown(c.value) for c in at.sidebar.caption if c.value.startswith("Store:"))
    assert "You: Lin Reviewer" in team_line  # the login wins over KCM_ANALYST


def test_showing_unpublished_events_keeps_the_filter(team: str) -> None:
    at = _app(township="MMR001002").run()  # Waingmaw: Laiza and the camp
    before = _description(at)
    at.sidebar.toggle(key="kcm_team_all").set_value(True).run()
    after = _description(at)
    assert before.endswith("· Waingmaw")
    assert after.endswith("· Waingmaw")
    assert int(after.split()[0]) == int(before.split()[0]) + 1  # the proposed camp strike


def test_a_read_only_record_shows_no_log_and_no_control(
    team: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KCM_READ_ONLY", "1")
    at = _panel(PROPOSED).run()
    assert not at.exception, at.exception
    assert not at.button
    assert not at.expander
    assert not at.markdown


def test_a_release_shown_offers_no_change_to_todays_event(team: str) -> None:
    with open_store(team) as store:
        store.release("v1", who="Ed Editor")
    at = _panel(PROPOSED)
    at.query_params["release"] = "v1"
    at.run()
    assert not at.exception, at.exception
    assert not at.button


def test_moving_an_event_places_it_in_its_new_township(team: str) -> None:
    at = _panel(PROPOSED).run()
    at.number_input(key=_key("latitude", 1)).set_value(25.83682)
    at.number_input(key=_key("longitude", 1)).set_value(96.36401)  # Hpakant
    at.button(key=_save_key(1)).click().run()
    assert not at.exception, at.exception
    record = _store(team)
    assert record["located_township_pcode"] == "MMR001009"
    assert record["township_pcode"] == "MMR001002"  # as the source reported it
    with open_store(team) as store:
        said = store.log(PROPOSED)["fields"].iloc[-1]
    assert said.startswith("latitude: 24.780863648742464 → 25.83682; longitude: ")
    assert said.endswith("; located_township_pcode")  # the fixture's events were never placed


def test_events_from_a_report_go_to_the_store_as_proposed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.app.test_report_page import _proposed, _tick_only
    from tests.conftest import SEED_REPORT

    url = f"sqlite:///{tmp_path / 'empty.sqlite'}"
    monkeypatch.setenv("KCM_DATABASE_URL", url)
    monkeypatch.setenv("KCM_ANALYST", "Ana Analyst")
    at = _proposed()
    _tick_only(at, 1, 2, 3, 4, 5)  # not the address (no place) nor the defence (no date)
    next(b for b in at.button if b.label.startswith("Add ")).click().run()
    assert not at.exception, at.exception
    assert any("to the team's store as proposed" in _shown(s.value) for s in at.success)
    with open_store(url) as store:
        assert store.read().empty  # readers see nothing yet
        proposed = store.read(statuses=("proposed",))
        log = store.log()
    assert len(proposed) == 5
    assert proposed["located_township_pcode"].notna().any()  # placed before storing
    assert set(log["action"]) == {"add"}
    text = SEED_REPORT.read_text(encoding="utf-8").encode("utf-8")
    assert set(log["source_sha256"]) == {hashlib.sha256(text).hexdigest()}


def test_a_second_release_is_listed_and_cited_at_once(team: str) -> None:
    with open_store(team) as store:
        store.release("v1", who="Ed Editor")
    at = _app().run()
    at.switch_page("pages/export.py").run()
    at.text_input(key="kcm_release_name").set_value("v2")
    at.button(
        key="FormSubmitter:kcm_release_form-Freeze the published events as this release"
    ).click().run()
    assert not at.exception, at.exception
    assert at.selectbox(key="kcm_release_cite").value == "v2"
    assert "release v2 [dataset;" in at.code[0].value
    assert any("Release v2:" in _shown(s.value) for s in at.success)


def test_dates_left_at_the_published_span_widen_to_the_events_shown(
    team: str, bundled_events: gpd.GeoDataFrame
) -> None:
    late = bundled_events.loc[[PROPOSED]].copy()
    late.index = late["event_id"] = ["LATE-1"]
    late["event_date"] = late["event_date_end"] = pd.Timestamp("2023-12-20")
    with open_store(team) as store:
        store.add(late, Origin("ana"), status="proposed", action="add")
    at = _app().run()
    assert "25 Oct 2023 ·" in _description(at)
    at.sidebar.toggle(key="kcm_team_all").set_value(True).run()
    assert _description(at).startswith(f"{len(bundled_events) + 1} events · ")
    assert "20 Dec 2023 ·" in _description(at)


def test_a_store_too_large_to_load_is_filtered_and_counted_in_the_database(
    team: str, monkeypatch: pytest.MonkeyPatch, builders: Builders
) -> None:
    monkeypatch.setenv("KCM_APP_MAX_EVENTS", "3")  # the store's 10 published events: too many
    at = _app().run()
    assert not at.exception, at.exception
    published = len(load_events()) - 1
    assert _description(at).startswith(f"{published} events · ")
    (info,) = [_shown(i.value) for i in at.info]
    assert f"The filter keeps {published} events, more than this page shows at once (3)" in info
    (counts,) = at.dataframe  # the townships, counted by the database
    assert counts.value["events"].sum() == published - 1  # one event has no township
    at.switch_page("pages/casualties.py").run()
    assert not at.exception, at.exception
    assert not at.dataframe  # the page says so and stops
    at.switch_page("pages/export.py").run()
    assert at.subheader[0].value == "Releases"  # still offered
    at.switch_page("pages/map.py").run()
    at.sidebar.multiselect(key="kcm_filter_townships").set_value(["MMR001009"]).run()  # Hpakant
    assert not at.info  # loaded, drawn as events
    assert _description(at).startswith("1 event · ")
    assert at.markdown[-1].value.startswith("**Click an event**")
