"""A team on one PostGIS database, in the browser: an analyst's app, an editor's app and
a public read-only dashboard, each a real server on its own database role
(migration 0004). The analyst edits a proposed event, the editor publishes it and
freezes a release, the public sees both; a stale save is refused, and the database
itself refuses an analyst's publish.

The tests share one database and run in file order: the publication follows the
analyst's edit, the release the publication."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from playwright.sync_api import Browser, Page
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from geo.loader import load_events
from geo.store import open_store
from geo.store.base import DatabaseError, Origin
from tests.browser.conftest import _serve
from tests.browser.test_dashboard import TIMEOUT, Visit
from tests.store.conftest import TEMPLATE, postgis_template  # noqa: F401
from ui.maps import EVENT_CLASS

pytestmark = pytest.mark.browser
SHOTS = Path("/tmp/team_browser")
#: Seeded published, each alone in its township: Hpakant, Waingmaw, Muse, Mansi (from
#: 23 Oct 2022 to 24 Oct 2023). The proposed event is dated inside that span: turning on
#: "Show events not yet published" keeps the sidebar's dates, which are the published
#: events' span, so an event dated outside it would stay hidden.
PUBLISHED = ("KCM-20221023-ANP", "KCM-20231009-MLH", "KCM-20231019-WLM", "KCM-20231024-ALP")
#: Seeded proposed, alone in Shwegu: the analyst edits it, the editor publishes it.
PROPOSED = "KCM-20231018-NBG"
HPAKANT = "MMR001009"
STALE = "KCM-20221023-ANP"  # the event of the stale save, alone in Hpakant
RELEASE = "2026-12-team"
ANALYST, EDITOR = "Ana Analyst", "Ed Editor"


@dataclass(frozen=True)
class Team:
    """The database (owner's URL), a URL per role, and the three apps' addresses."""

    owner: str
    analyst_db: str
    editor_db: str
    analyst: str
    editor: str
    public: str


def _as(url: str, **parts: str) -> str:
    return make_conninfo(**{**conninfo_to_dict(url), **parts})


@pytest.fixture(scope="module")
def database(postgis_template: str) -> Iterator[str]:  # noqa: F811
    """One new database for the module (owner's URL), its schema made, the events seeded:
    four published, one proposed."""
    name = f"kcm_test_{secrets.token_hex(6)}"
    with psycopg.connect(postgis_template, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
    url = _as(postgis_template, dbname=name)
    try:
        events = load_events()
        with open_store(url, upgrade=True) as store:
            store.add(events.loc[list(PUBLISHED)], Origin("seed"))
            store.add(events.loc[[PROPOSED]], Origin("seed"), status="proposed", action="add")
        yield url
    finally:
        with psycopg.connect(postgis_template, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(scope="module")
def team(database: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Team]:
    """A login role in each of kcm_reader, kcm_analyst and kcm_editor, and an app on
    each (offline, its own KCM_HOME); the roles dropped once the apps are stopped."""
    roles = {
        group: f"t_{group}_{secrets.token_hex(4)}" for group in ("reader", "analyst", "editor")
    }
    with psycopg.connect(database, autocommit=True) as conn:
        for group, role in roles.items():
            conn.execute(f"CREATE ROLE {role} LOGIN IN ROLE kcm_{group}")
    urls = {group: _as(database, user=role) for group, role in roles.items()}
    try:
        with ExitStack() as servers:

            def serve(group: str, **env: str) -> str:
                folder = tmp_path_factory.mktemp(f"team-{group}")
                return servers.enter_context(
                    _serve(folder, KCM_OFFLINE="1", KCM_DATABASE_URL=urls[group], **env)
                )

            yield Team(
                owner=database,
                analyst_db=urls["analyst"],
                editor_db=urls["editor"],
                analyst=serve("analyst", KCM_ANALYST=ANALYST, KCM_READ_ONLY=""),
                editor=serve("editor", KCM_ANALYST=EDITOR, KCM_READ_ONLY=""),
                public=serve("reader", KCM_ANALYST="", KCM_READ_ONLY="1"),
            )
    finally:
        with psycopg.connect(database, autocommit=True) as conn:
            for role in roles.values():
                conn.execute(f"DROP OWNED BY {role}")
                conn.execute(f"DROP ROLE {role}")


@pytest.fixture
def pages(request: pytest.FixtureRequest) -> Iterator[list[Visit]]:
    """The visits a test opens, each as it was last seen kept in SHOTS, then closed."""
    opened: list[Visit] = []
    yield opened
    for number, visit in enumerate(opened):
        try:
            _shot(visit.page, f"{request.node.name}-{number}-last")
        finally:
            visit.close()


def _visit(pages: list[Visit], browser: Browser, base: str) -> Visit:
    visit = Visit(browser, base)
    pages.append(visit)
    return visit


def _shot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _show_all(visit: Visit, *, before: int, after: int) -> None:
    """Turns on the sidebar's "Show events not yet published", once the map shows the
    ``before`` events published; waits for the ``after`` events of every status."""
    assert visit.markers(before) == before
    visit.settled()
    visit.page.get_by_test_id("stSidebar").get_by_text("Show events not yet published").click()
    assert visit.markers(after) == after


def _choose_township(visit: Visit, name: str) -> None:
    visit.settled()
    box = visit.page.get_by_test_id("stSidebar").get_by_role("combobox").nth(0)
    box.click()
    box.fill(name)
    visit.page.keyboard.press("Enter")
    visit.page.keyboard.press("Escape")


def _open_the_one_event(visit: Visit) -> None:
    """Clicks the only event on the map and waits for its record."""
    assert visit.markers(1) == 1
    visit.map.locator(f"path.{EVENT_CLASS}").first.click(force=True)
    visit.page.get_by_text("Selected event").wait_for(timeout=TIMEOUT)


def _button(visit: Visit, name: str):  # type: ignore[no-untyped-def]
    return visit.page.get_by_role("button", name=name, exact=True)


def _save_notes(visit: Visit, notes: str) -> None:
    page = visit.page
    visit.settled()
    page.get_by_text("Edit this event").click()
    page.get_by_label("Notes", exact=True).fill(notes)
    visit.settled()
    _button(visit, "Save the changes").click()


def test_the_database_refuses_an_analysts_publish(team: Team) -> None:
    with open_store(team.analyst_db) as analyst:
        revision = int(analyst.states([PROPOSED]).loc[PROPOSED, "revision"])
        with pytest.raises(DatabaseError, match="only an editor"):
            analyst.review(PROPOSED, "published", revision=revision, who=ANALYST)


def test_the_analyst_finds_the_proposed_event_and_edits_it(
    browser: Browser, team: Team, pages: list[Visit]
) -> None:
    visit = _visit(pages, browser, team.analyst).open()
    _show_all(visit, before=len(PUBLISHED), after=len(PUBLISHED) + 1)
    _choose_township(visit, "Shwegu")
    _open_the_one_event(visit)
    page = visit.page
    page.get_by_text("Review status: proposed · revision 1").wait_for()
    page.get_by_text("Changes to this event (1)").wait_for()
    _shot(page, "1-analyst-record")
    _button(visit, "Verify").wait_for()
    visit.settled()
    assert _button(visit, "Publish").count() == 0  # an editor's
    assert _button(visit, "Reject").count() == 0
    _save_notes(visit, "Checked against the KIO's statement.")
    page.get_by_text(f"notes saved by {ANALYST} (revision 2)").wait_for()
    page.get_by_text("Changes to this event (2)").wait_for()
    page.get_by_text("Review status: proposed · revision 2").wait_for()
    _shot(page, "1-analyst-saved")
    with open_store(team.owner) as store:
        assert store.record(PROPOSED)["notes"] == "Checked against the KIO's statement."


def test_the_editor_publishes_and_the_public_sees_it(
    browser: Browser, team: Team, pages: list[Visit]
) -> None:
    public = _visit(pages, browser, team.public).open()
    assert public.markers(len(PUBLISHED)) == len(PUBLISHED)
    editor = _visit(pages, browser, team.editor).open()
    with open_store(team.owner) as store:
        published = len(store.read())
    _show_all(editor, before=published, after=published + 1)
    _choose_township(editor, "Shwegu")
    _open_the_one_event(editor)
    editor.page.get_by_text("Review status: proposed").wait_for()
    _button(editor, "Publish").click()
    editor.page.get_by_text(f"{PROPOSED}: published by {EDITOR}.").wait_for()
    editor.page.get_by_text(f"Review status: published, reviewed by {EDITOR}").wait_for()
    _shot(editor.page, "2-editor-published")
    public.open()  # a reload
    assert public.markers(len(PUBLISHED) + 1) == len(PUBLISHED) + 1


def test_the_editor_freezes_a_release_the_public_opens_it(
    browser: Browser, team: Team, pages: list[Visit]
) -> None:
    with open_store(team.owner) as store:
        published = len(store.read())
    editor = _visit(pages, browser, team.editor).open("export", "Export")
    page = editor.page
    page.get_by_role("heading", name="Releases").wait_for()
    page.get_by_label("New release name").fill(RELEASE)
    _button(editor, "Freeze the published events as this release").click()
    page.get_by_text(
        f"Release {RELEASE}: {published:,} published events frozen by {EDITOR}."
    ).wait_for()
    editor.settled()
    _shot(page, "3-editor-release-made")
    # The run that froze it drew the list of releases before the form: the citation
    # shows from the next run (ui/releases.py, release_section); the editor reloads.
    editor.open("export", "Export")
    citation = page.get_by_test_id("stCode").filter(has_text=f"release {RELEASE}")
    citation.wait_for()
    _shot(page, "3-editor-release")
    assert f"{published:,} published events" in citation.inner_text()
    assert f"by {EDITOR}" in citation.inner_text()
    public = _visit(pages, browser, team.public).open(f"?release={RELEASE}")
    public.page.get_by_test_id("stSidebar").get_by_text(f"Release {RELEASE}, as frozen").wait_for()
    assert public.markers(published) == published
    _shot(public.page, "3-public-release")


def test_the_public_dashboard_offers_nothing_to_change(
    browser: Browser, team: Team, pages: list[Visit]
) -> None:
    visit = _visit(pages, browser, team.public).open(f"?township={HPAKANT}")
    page = visit.page
    navigation = page.get_by_test_id("stSidebarNav")
    navigation.get_by_text("Data & sources").wait_for()
    assert navigation.get_by_text("Import data").count() == 0
    assert navigation.get_by_text("Add from a report").count() == 0
    sidebar = page.get_by_test_id("stSidebar")
    sidebar.get_by_text("Read-only dashboard: published events only.").wait_for()
    assert sidebar.get_by_text("Show events not yet published").count() == 0
    _open_the_one_event(visit)
    visit.settled()
    for name in ("Verify", "Publish", "Reject", "To proposed", "Save the changes"):
        assert _button(visit, name).count() == 0, name
    assert page.get_by_text("Edit this event").count() == 0
    assert page.get_by_text("Remove this event").count() == 0


def test_a_stale_save_is_refused_naming_who_changed_the_event(
    browser: Browser, team: Team, pages: list[Visit]
) -> None:
    visit = _visit(pages, browser, team.analyst).open(f"?township={HPAKANT}")
    _open_the_one_event(visit)
    page = visit.page
    status = page.get_by_text("Review status: published")
    status.wait_for()
    opened = int(status.inner_text().rsplit(" ", 1)[-1])
    visit.settled()  # a click during a run (the map's own) can be lost
    page.get_by_text("Edit this event").click()
    with open_store(team.editor_db) as editor:  # meanwhile, the editor changes it
        editor.edit(STALE, {"notes": "The editor's notes."}, revision=opened, who=EDITOR)
    page.get_by_label("Notes", exact=True).fill("The analyst's notes.")
    visit.settled()
    _button(visit, "Save the changes").click()
    refusal = page.get_by_test_id("stAlertContentError").filter(has_text="Nothing was saved")
    refusal.wait_for()
    _shot(page, "5-stale-save")
    said = refusal.inner_text()
    assert f"changed by {EDITOR}" in said
    assert f"since you opened revision {opened}" in said
    with open_store(team.owner) as store:
        assert store.record(STALE)["notes"] == "The editor's notes."
