"""Who may do what, enforced by PostgreSQL itself (migration 0004_roles.sql): a
reader sees only published events, an analyst adds and edits but cannot publish, an
editor publishes and releases; nobody deletes, and every change adds one revision."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator

import geopandas as gpd
import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from geo.store import open_store
from geo.store.base import STATUSES, DatabaseError, Origin
from tests.store.conftest import TEMPLATE

Login = Callable[[str], str]


@pytest.fixture
def login(database_url: str) -> Iterator[Login]:
    """``login("kcm_reader")``: the URL of a new login role, a member of that role."""
    open_store(database_url, upgrade=True).close()
    made: list[str] = []

    def make(role: str) -> str:
        name = f"t_{role}_{secrets.token_hex(4)}"
        with psycopg.connect(database_url, autocommit=True) as conn:
            conn.execute(f"CREATE ROLE {name} LOGIN IN ROLE {role}")
        made.append(name)
        return make_conninfo(**{**conninfo_to_dict(database_url), "user": name})

    yield make
    with psycopg.connect(database_url, autocommit=True) as conn:
        for name in made:
            conn.execute(f"DROP OWNED BY {name}")
            conn.execute(f"DROP ROLE {name}")


@pytest.fixture
def filled(database_url: str, login: Login, events: gpd.GeoDataFrame) -> str:
    """The database with 6 published events (one of them removed), the rest proposed."""
    with open_store(database_url) as store:
        store.add(events.iloc[:6], Origin("owner"))
        store.add(events.iloc[6:], Origin("owner"), status="proposed", action="add")
        store.remove(str(events.index[0]), revision=1, who="owner", why="duplicate")
    return database_url


def test_a_reader_sees_only_published_events_not_removed(
    filled: str, login: Login, events: gpd.GeoDataFrame
) -> None:
    with open_store(login("kcm_reader")) as reader:
        seen = reader.read(statuses=STATUSES)
        assert list(seen.index) == sorted(
            events.index[1:6], key=lambda i: (events.loc[i, "event_date"], i)
        )
        assert reader.stamp() == "3:3"
        assert len(reader.states()) == 5


def test_a_reader_changes_nothing_and_reads_no_log(
    filled: str, login: Login, events: gpd.GeoDataFrame
) -> None:
    event_id = str(events.index[1])
    with open_store(login("kcm_reader")) as reader:
        for change in (
            lambda: reader.add(events.iloc[:1], Origin("r")),
            lambda: reader.edit(event_id, {"notes": "x"}, revision=1, who="r"),
            lambda: reader.release("r1", who="r"),
            lambda: reader.log(),
        ):
            with pytest.raises(DatabaseError, match=r"permission denied.*your database role"):
                change()


def test_an_analyst_adds_edits_and_verifies_but_cannot_publish(
    filled: str, login: Login, events: gpd.GeoDataFrame
) -> None:
    proposed = str(events.index[7])
    with open_store(login("kcm_analyst")) as analyst:
        assert len(analyst.read(statuses=STATUSES)) == len(events) - 1  # but the removed one
        analyst.edit(proposed, {"notes": "Checked"}, revision=1, who="ana")
        analyst.review(proposed, "verified", revision=2, who="ana")
        with pytest.raises(DatabaseError, match=r"only an editor .* may make .* published"):
            analyst.review(proposed, "published", revision=3, who="ana")
        with pytest.raises(DatabaseError, match="permission denied for table releases"):
            analyst.release("a1", who="ana")
        assert len(analyst.log(proposed)) == 3
        states = analyst.states([proposed])
    assert states.loc[proposed, "status"] == "verified"


def test_an_editor_publishes_and_releases(
    filled: str, login: Login, events: gpd.GeoDataFrame
) -> None:
    proposed = str(events.index[7])
    with open_store(login("kcm_editor")) as editor:
        editor.review(proposed, "published", revision=1, who="ed")
        made = editor.release("2024-06", who="ed")
    assert made.events == 6
    with open_store(login("kcm_reader")) as reader:
        assert proposed in reader.read().index
        assert len(reader.read(release="2024-06")) == 6


def test_an_analysts_import_of_a_published_dataset_is_published(
    database_url: str, login: Login, events: gpd.GeoDataFrame
) -> None:
    with open_store(login("kcm_analyst")) as analyst:
        analyst.add(events, Origin("ana", "acled.csv"))
        assert len(analyst.read()) == len(events)


@pytest.mark.parametrize(
    ("statement", "message"),
    [
        ("DELETE FROM kcm.events", "never deleted"),
        ("UPDATE kcm.events SET notes = 'x'", "must make revision 2"),
        ("UPDATE kcm.events SET event_id = 'NEW', revision = 2", "an event id never changes"),
        ("DELETE FROM kcm.change_events", "never changed or deleted"),
        ("UPDATE kcm.change_events SET after = '{}'", "never changed or deleted"),
        ("DELETE FROM kcm.changes", "never changed or deleted"),
    ],
)
def test_nobody_deletes_or_skips_a_revision_not_even_the_owner(
    filled: str, statement: str, message: str
) -> None:
    with psycopg.connect(filled) as conn, pytest.raises(psycopg.Error, match=message):
        conn.execute(statement)


def test_an_analyst_may_not_delete_at_all(filled: str, login: Login) -> None:
    with psycopg.connect(login("kcm_analyst")) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM kcm.events")
        conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE kcm.changes SET who = 'someone else'")


def test_roles_survive_a_second_database_in_the_same_cluster(
    database_url: str, postgis_template: str
) -> None:
    other = f"kcm_test_{secrets.token_hex(6)}"
    with psycopg.connect(postgis_template, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {other} TEMPLATE {TEMPLATE}")
    url = make_conninfo(**{**conninfo_to_dict(database_url), "dbname": other})
    try:
        open_store(database_url, upgrade=True).close()
        open_store(url, upgrade=True).close()  # the roles exist already: made only if missing
    finally:
        with psycopg.connect(postgis_template, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {other} WITH (FORCE)")


@pytest.mark.parametrize(
    ("role", "powers"),
    [
        ("kcm_reader", set()),
        ("kcm_analyst", {"change"}),
        ("kcm_editor", {"change", "publish"}),
    ],
)
def test_a_role_knows_its_powers(
    database_url: str, login: Login, role: str, powers: set[str]
) -> None:
    with open_store(login(role)) as store:
        assert store.powers() == powers


def _refused(url: str, *statements: str, match: str) -> None:
    """Each statement, in a transaction of its own, is refused with ``match``."""
    with psycopg.connect(url) as conn:
        for statement in statements:

            def run(statement: str = statement) -> None:
                conn.execute(statement)
                conn.commit()  # a check deferred to the commit refuses there

            with pytest.raises(psycopg.Error, match=match):
                run()
            conn.rollback()


def test_an_analyst_adds_events_by_hand_only_as_proposed(
    filled: str, login: Login, events: gpd.GeoDataFrame
) -> None:
    new = events.iloc[:1].rename(index=lambda i: f"{i}-NEW")
    new["event_id"] = new.index
    with open_store(login("kcm_analyst")) as analyst:
        with pytest.raises(DatabaseError, match=r"only an editor .* may add .* except in an"):
            analyst.add(new, Origin("ana"), status="published", action="add")
        analyst.add(new, Origin("ana"), status="proposed", action="add")
        assert analyst.states(list(new.index))["status"].tolist() == ["proposed"]


def test_the_log_records_the_database_login_and_its_own_time(
    filled: str, login: Login, events: gpd.GeoDataFrame
) -> None:
    url = login("kcm_analyst")
    with open_store(url) as analyst:
        analyst.edit(str(events.index[1]), {"notes": "x"}, revision=1, who="Someone Else")
    user = conninfo_to_dict(url)["user"]
    with psycopg.connect(filled) as conn:
        row = conn.execute(
            "SELECT who, db_user, at <= now() FROM kcm.changes ORDER BY change_id DESC LIMIT 1"
        ).fetchone()
    assert row == ("Someone Else", user, True)


def test_an_analyst_cannot_forge_or_skip_the_log_by_hand(
    filled: str, login: Login, events: gpd.GeoDataFrame
) -> None:
    event_id = str(events.index[1])
    url = login("kcm_analyst")
    _refused(
        url,
        "INSERT INTO kcm.changes (at, who, action) VALUES ('2020-01-01', 'x', 'edit')",
        match="permission denied",
    )
    _refused(
        url,
        "UPDATE kcm.changes SET events = 0 WHERE change_id = 1",
        f"INSERT INTO kcm.change_events VALUES (1, '{event_id}', NULL, '{{}}')",  # noqa: S608
        match="audit log|same transaction",
    )
    _refused(
        url,
        f"UPDATE kcm.events SET notes = 'quiet', revision = revision + 1 "  # noqa: S608
        f"WHERE event_id = '{event_id}'",
        match="changed with no entry in the audit log",
    )
    _refused(
        url,
        f"UPDATE kcm.events SET removed_why = 'other', revision = revision + 1 "  # noqa: S608
        f"WHERE event_id = '{events.index[0]}'",
        match="a removed event is not changed",
    )


def test_an_editor_cannot_change_a_frozen_release(
    filled: str, login: Login, events: gpd.GeoDataFrame
) -> None:
    url = login("kcm_editor")
    with open_store(url) as editor:
        editor.release("v1", who="ed")
    _refused(
        url,
        "UPDATE kcm.releases SET events = 999",
        """INSERT INTO kcm.release_events VALUES ('v1', 'X', '{"event_id": "X"}')""",
        match="frozen",
    )
    with open_store(url) as editor:
        assert len(editor.read(release="v1")) == 5
