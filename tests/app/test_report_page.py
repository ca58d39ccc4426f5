"""The "Add from a report" page through AppTest: propose from the seed report, see the
evidence, refuse incomplete rows whole, add the kept events to the working dataset."""

from __future__ import annotations

import datetime as dt

from streamlit.testing.v1 import AppTest

from geo.dataset import read_data_file
from geo.extract.confidence import part_of
from geo.loader import load_events
from geo.workspace import data_setting
from tests.app.test_pages import _shown
from tests.conftest import ROOT, SEED_REPORT

SEED_PUBLISHED = dt.date(2023, 10, 25)


def _proposed(text: str = "", published: dt.date | None = SEED_PUBLISHED) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    at.switch_page("pages/report.py").run()
    at.text_area(key="kcm_report_text").set_value(text or SEED_REPORT.read_text(encoding="utf-8"))
    if published:
        at.date_input(key="kcm_report_published").set_value(published)
    at.text_input(key="kcm_report_publisher").set_value("The Irrawaddy")
    at.text_input(key="kcm_report_url").set_value("https://www.irrawaddy.com/news/burma/x.html")
    next(b for b in at.button if b.label == "Propose events").click().run()
    assert not at.exception, at.exception
    return at


#: The seed's proposals: seven, of which the address (no place, first) is to check, and
#: the defence of Laiza is undated (which others are to check is the fitted model's call).
PROPOSED = 7


def _tick_only(at: AppTest, *rows: int) -> None:
    """Tick these rows (counted over the proposed events in their order, whichever table
    of the page shows them) and untick the rest, as clicks do."""
    proposal = at.session_state["kcm_report"][2]
    parts = [part_of(e) for e in proposal.events]
    for name in set(parts):
        key = next(k for k in at.session_state if str(k).startswith(f"kcm_report_table_{name}_"))
        shown = [i for i, part in enumerate(parts) if part == name]
        at.session_state[key] = {
            "edited_rows": {r: {"accept": i in rows} for r, i in enumerate(shown)},
            "added_rows": [],
            "deleted_rows": [],
        }
    at.run()


def test_seed_report_is_proposed_with_highlighted_evidence() -> None:
    at = _proposed()
    # the page's sentence is the domain's split (the fitted model decides likely and to
    # check: a refit may move a proposal; the address, with no place, is always to check)
    proposal = at.session_state["kcm_report"][2]
    parts = [part_of(e) for e in proposal.events]
    likely, check = parts.count("likely"), parts.count("check")
    assert (len(parts), parts.count("undated"), parts[0]) == (PROPOSED, 1, "check")
    assert likely >= 3
    assert at.subheader[0].value == (
        f"7 proposed event(s): {likely} likely, {check} to check, 1 undated"
    )
    html = at.get("html")[0].proto.body
    assert html.count("<mark") >= 30
    assert "Mung Lai Hkyet village<sup>" in html
    # what was left out is said, not hidden: the mentions, and the summary of the month
    assert any("neither a date nor a place" in i.value for i in at.info)
    assert any("summary sentence" in i.value for i in at.info)
    assert at.expander[0].label.startswith("Left out (")
    assert any("four junta outposts" in t.value for t in at.expander[0].text)
    # those to check and the undated proposal are shown apart, in tables of their own
    assert f"**To check ({check})**" in [m.value for m in at.markdown]
    assert "**Undated (1)**" in [m.value for m in at.markdown]
    assert len([k for k in at.session_state if str(k).startswith("kcm_report_table_")]) == 3
    assert data_setting().data is None  # nothing added yet


def test_proposals_like_events_already_there_start_unticked() -> None:
    at = _proposed()
    add = next(b for b in at.button if b.label.startswith("Add "))
    # the bundled events were coded from this very report: every dated proposal is like
    # one of them, and the undated defence waits for a date: none starts ticked
    assert add.label == "Add 0 event(s) to the dataset"
    assert add.disabled


def test_rows_missing_a_required_field_stop_the_whole_addition() -> None:
    at = _proposed()
    _tick_only(at, *range(PROPOSED))
    next(b for b in at.button if b.label.startswith("Add 7")).click().run()
    assert "Nothing was added" in at.error[0].value
    assert data_setting().data is None


def test_untick_the_incomplete_rows_and_add_the_rest() -> None:
    at = _proposed()
    _tick_only(at, 1, 2, 3, 4, 5)  # not the address (no place) nor the defence (no date)
    add = next(b for b in at.button if b.label.startswith("Add "))
    assert add.label == "Add 5 event(s) to the dataset"
    add.click().run()
    assert not at.exception, at.exception
    assert "Added 5 event(s) from The Irrawaddy" in at.success[0].value
    setting = data_setting()
    assert setting.data is not None
    assert setting.merge
    added = read_data_file(setting.data)
    assert len(added) == 5
    assert set(added["dataset"]) == {"report"}
    mlh = added[added["location"] == "Mung Lai Hkyet"].iloc[0]
    assert (mlh["fatalities_best"], mlh["injured"], mlh["children_killed"]) == (29, 57, 13)
    (source,) = mlh["sources"]
    assert (source.publisher, source.published) == ("The Irrawaddy", SEED_PUBLISHED)
    assert "Mung Lai Hkyet village" in (source.quote or "")
    # the same report added again: nothing new, and the page says which were left out
    at.switch_page("pages/report.py").run()
    next(b for b in at.button if b.label == "Propose events").click().run()
    _tick_only(at, 1, 2, 3, 4, 5)  # not the address (no place) nor the defence (no date)
    next(b for b in at.button if b.label.startswith("Add ")).click().run()
    assert "Added 0 event(s)" in at.success[0].value
    assert "Left out, already there: RPT" in _shown(at.success[0].value)
    assert len(read_data_file(setting.data)) == 5
    at.switch_page("pages/map.py").run()
    assert any(c.value.startswith(f"{len(load_events()) + 5} events") for c in at.caption), (
        "the added events show on every page at once"
    )


def test_a_report_in_burmese_gives_a_message_and_no_table() -> None:
    at = _proposed("တပ်မတော်သည် လိုင်ဇာမြို့အနီးတွင် လေကြောင်းတိုက်ခိုက်မှု ပြုလုပ်ခဲ့သည်။")
    assert any("does not look like English" in i.value for i in at.info)
    assert not at.subheader


def test_no_publication_date_is_a_clear_error() -> None:
    at = _proposed(published=None)
    assert "publication date" in at.error[0].value
