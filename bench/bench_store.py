"""The team's store (issue 14): 1,000,000 SYNTHETIC events in PostGIS, and ten
analysts changing the same events at once from two processes, on PostGIS and on the
embedded SQLite file, against baselines timed in the same run.

Part 1, scale (``--events``, default 1,000,000; ``--skip-scale`` leaves it out): the
events are loaded straight in SQL (``INSERT ... SELECT ... FROM generate_series``)
into a fresh database with the store's schema (every migration, its indexes in place),
then ``VACUUM (ANALYZE)``: what autovacuum does after a bulk load, and what the
covering index needs (the visibility map) for index-only scans. Every event is
SYNTHETIC: ids ``SYN-0000001``, ..., ``dataset`` "SYNTHETIC", notes and its one
source say so. Only the scaffolding is real: the MIMU townships of
``data/townships.geojson`` (each event near a township's representative point, with
its P-code and names) and ACLED's event types. Dates run from 2021-02-01 to
2025-12-31; 90 % are published, the rest proposed.

First the schema is checked for what migration 0005 adds for the counts and the map
(printed): the indexes ``events_live_cover``, ``events_live_township`` and
``events_live_located_township``, and the statistics on the map's cells for each cell
size the store offers (:data:`geo.store.base.CELL_DEGREES`), built, with the planner
expecting at most ten times as many cells as there are (a FAIL otherwise).

Then, through the store's own methods (one :func:`geo.store.open_store`, a first run
not counted, then at least ``--repeat`` runs, more until they add up to a second;
median and min-max), the targets of issue 14:

* a filter by date and township, ``count``: one year (2023) and three townships
  (Myitkyina, Hpakant, Bhamo), under 200 ms;
* the township counts, ``township_counts``: one year, and no filter, under 200 ms each;
* the whole country's map aggregates, ``map_cells``: no filter at each cell size
  (0.1, 0.25, 0.5 and 1 degree), and one year at 0.25 degrees, under 500 ms each.

And, with no target in the issue, what the app asks of a store too large to load
(more than ``KCM_APP_MAX_EVENTS``): the sidebar's choices, ``facets`` (span, event
types, townships on both bases; the app caches them until the next change; the plan
of each of its statements is printed when it takes more than a second), and the
events of a narrowed filter, ``read(flt=...)`` (2023 and the three townships: a
few thousand events read by SQL and validated into a GeoDataFrame; its rows, rows
per second, and a check that it returns as many as ``count`` counts).

The ``EXPLAIN (ANALYZE, BUFFERS)`` of the store's own statement (recorded as the store
runs it) is printed for the count, and for every query that misses its target.

The baseline is the app without the store's aggregates: fetch the columns a filter
needs (``SELECT event_date, event_date_end, township_pcode, status, removed_at ...``;
the map also its coordinates and deaths) into pandas and count there. Ratio = store
time / baseline time (under 1: the store is faster).

Part 2, concurrency on PostGIS (``--skip-concurrency`` leaves out parts 2 and 3): two
processes ("two app servers", ``spawn``), each with ``--analysts`` / 2 analyst threads,
each thread with its own store; all start together once every one has its store open
(a barrier, not a fixed head start: on a busy machine starting the processes takes
seconds). 50 shared SYNTHETIC events are imported first. Each of ``--rounds`` rounds
an analyst adds one event of its own (proposed), then adds one to the deaths of a
shared event chosen at random: it reads the revision
(:meth:`~geo.store.sql.SqlStore.states`), then the deaths, and saves from that
revision; a refused stale save (:class:`~geo.store.base.StaleEditError`) is counted,
reloaded and made again (up to 20 tries). Then: no lost update (each shared event's
deaths and revision grew by exactly its successful edits), no duplicate (the events
are the 50 and the additions, each once), a complete audit log (one entry per change,
one event row per edit), the refusals and the throughput (changes per second).

Part 3, the same on the embedded store (one SQLite file in a temporary folder, two
processes): a change may be told "busy, try again" (:class:`~geo.store.base.BusyError`)
when the other process holds the write lock beyond the busy timeout; it is counted and
made again, and no write may be lost. A short extra phase makes sure that path is
taken: the stores are opened with a 50 ms busy timeout while one process holds a write
transaction for a second (from 0.2 s after the start, for 1.6 s in all). The same
checks, and ``PRAGMA integrity_check``.

PostgreSQL: ``KCM_BENCH_DATABASE_URL`` (a superuser URL; databases ``kcm_bench_*``
are made in it and dropped), else a throwaway cluster from ``.ci/postgres start``,
stopped at the end. Without PostgreSQL parts 1 and 2 are skipped, saying so, and the
exit status is 1; a failed check also exits 1, a missed time target does not.

Run: ``.venv/bin/python bench/bench_store.py`` (``make bench``; not a test). On two
cores the 1,000,000-event load takes 30 s to two minutes (the events' row triggers,
when the schema has them, fire a million times) and the whole run two to three
minutes; ``--events 20000 --rounds 5`` is a quick run.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import multiprocessing
import os
import platform
import random
import re
import secrets
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Final
from unittest import mock

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.filters import EventFilter, Facets  # noqa: E402
from geo.loader import load_events  # noqa: E402
from geo.schema import EVENT_TYPES, Source, validate_events  # noqa: E402
from geo.store import open_store  # noqa: E402
from geo.store.base import CELL_DEGREES, BusyError, Origin, StaleEditError  # noqa: E402
from geo.store.embedded import open_embedded  # noqa: E402
from geo.store.sql import SqlStore  # noqa: E402
from geo.townships import default_township_layer  # noqa: E402

EVENTS: Final = 1_000_000
ANALYSTS: Final = 10
ROUNDS: Final = 20
REPEAT: Final = 5
#: Runs of a timed step continue until they add up to this (a few ms is mostly noise).
AT_LEAST_S: Final = 1.0
MAX_RUNS: Final = 200
SEED: Final = 14
BENCH_URL_ENV: Final = "KCM_BENCH_DATABASE_URL"
PROCESSES: Final = 2
SHARED: Final = 50
#: Tries of one edit refused as stale before the analyst gives up (counted: a FAIL).
TRIES: Final = 20
#: How long an analyst waits for the others to be ready (a setup failure stops the wait).
READY_S: Final = 300.0
#: Tries of one change told "busy" (the embedded store) before giving up.
BUSY_TRIES: Final = 500
SYNTHETIC: Final = "SYNTHETIC"
NOTE: Final = "SYNTHETIC benchmark event (bench/bench_store.py), not a real event"
SOURCE_JSON: Final = '[{"publisher": "SYNTHETIC", "title": "synthetic benchmark event"}]'
FIRST_DAY: Final = dt.date(2021, 2, 1)
LAST_DAY: Final = dt.date(2025, 12, 31)
#: Where the synthetic points may fall (longitude and latitude, degrees).
WEST, SOUTH, EAST, NORTH = 92.2, 9.8, 101.2, 28.5
#: Synthetic points scatter up to this far from their township's point (about 5 km).
JITTER_DEG: Final = 0.05
PUBLISHED_SHARE: Final = 0.9
YEAR: Final = (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
#: Myitkyina, Hpakant, Bhamo.
TOWNSHIPS: Final = ("MMR001001", "MMR001009", "MMR001010")
#: The cell size of the one-year map (one of geo.store.base.CELL_DEGREES).
CELL_DEG: Final = 0.25
COUNT_MS: Final = 200.0
MAP_MS: Final = 500.0
#: Above this the plans of facets' statements are printed (no target in the issue).
FACETS_S: Final = 1.0
#: The extra phase of the embedded store: busy timeout, the lock held, the phase's length.
SHORT_BUSY_S: Final = 0.05
HOLD_S: Final = 1.0
BUSY_PHASE_S: Final = 1.6


# -- timing -----------------------------------------------------------------------


@dataclass
class Timing:
    """One step's wall times (seconds), its baseline and its target."""

    name: str
    times: list[float]
    base_s: float | None = None
    target_ms: float | None = None
    rows: int | None = None

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def met(self) -> bool | None:
        return None if self.target_ms is None else self.median * 1000 < self.target_ms


@dataclass
class Check:
    """One pass/fail check and what it found."""

    name: str
    ok: bool
    detail: str


def timed(fn: Callable[[], Any], *, repeat: int, warm: bool = True) -> tuple[list[float], Any]:
    """Wall times of at least ``repeat`` runs of ``fn`` (more, up to :data:`MAX_RUNS`,
    until they add up to :data:`AT_LEAST_S`), after one run not counted (``warm``),
    and the last result."""
    result = fn() if warm else None
    times: list[float] = []
    while len(times) < repeat or (sum(times) < AT_LEAST_S and len(times) < MAX_RUNS):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return times, result


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f}"


def verdict(ok: bool | None) -> str:
    return "-" if ok is None else ("PASS" if ok else "MISS")


# -- PostgreSQL -------------------------------------------------------------------


def _with_database(url: str, name: str) -> str:
    """``url`` pointing at the database ``name`` instead."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    return make_conninfo("", **{**conninfo_to_dict(url), "dbname": name})


@contextlib.contextmanager
def postgres_server() -> Iterator[str | None]:
    """A superuser URL: ``KCM_BENCH_DATABASE_URL``, else a throwaway cluster
    (``.ci/postgres``, stopped afterwards); ``None`` (and why, printed) without one."""
    given = os.environ.get(BENCH_URL_ENV)
    if given:
        yield given
        return
    started = subprocess.run(  # noqa: S603 (the repository's own script)
        [str(ROOT / ".ci" / "postgres"), "start"],
        capture_output=True,
        text=True,
        check=False,
    )
    found = dict(re.findall(r"export (\w+)='([^']*)'", started.stdout))
    if started.returncode != 0 or "KCM_TEST_DATABASE_URL" not in found:
        reason = " ".join((started.stderr or started.stdout).split()) or "no reason given"
        print(f"\nPostgreSQL: NOT AVAILABLE ({reason}); the PostGIS parts are SKIPPED")
        yield None
        return
    print(f"PostgreSQL: a throwaway cluster in {found['KCM_TEST_PGDATA']} (.ci/postgres)")
    try:
        yield found["KCM_TEST_DATABASE_URL"]
    finally:
        subprocess.run(  # noqa: S603 (the repository's own script)
            [str(ROOT / ".ci" / "postgres"), "stop"],
            env={**os.environ, "KCM_TEST_PGDATA": found["KCM_TEST_PGDATA"]},
            check=False,
        )


def open_sql(url: str) -> SqlStore:
    """:func:`geo.store.open_store` of a SQL store (PostGIS or the embedded file)."""
    opened = open_store(url)
    if not isinstance(opened, SqlStore):
        opened.close()
        raise TypeError(f"not a SQL store: {type(opened).__name__}")
    return opened


@contextlib.contextmanager
def fresh_database(admin_url: str, label: str) -> Iterator[str]:
    """A new, empty database ``kcm_bench_<random>_<label>`` with the store's schema,
    dropped afterwards: its URL."""
    import psycopg

    name = f"kcm_bench_{secrets.token_hex(4)}_{label}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    url = _with_database(admin_url, name)
    try:
        open_store(url, upgrade=True).close()
        yield url
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


# -- part 1: scale ------------------------------------------------------------------


def township_points() -> pd.DataFrame:
    """The real MIMU townships with a representative point each (degrees)."""
    frame = default_township_layer().frame
    points = frame.geometry.representative_point()
    table = pd.DataFrame(frame.drop(columns="geometry"))
    table["longitude"] = points.x.clip(WEST, EAST)
    table["latitude"] = points.y.clip(SOUTH, NORTH)
    return table.reset_index(drop=True)


_LOAD: Final = f"""
WITH towns AS (
    SELECT * FROM unnest(%s::text[], %s::text[], %s::text[], %s::text[], %s::text[],
                         %s::text[], %s::float8[], %s::float8[])
        WITH ORDINALITY AS t(pcode, township, district_pcode, district, state_pcode, state,
                             lon, lat, k)
), kinds AS (
    SELECT * FROM unnest(%s::text[], %s::text[]) WITH ORDINALITY AS k(event_type, sub_type, k)
), draws AS (
    SELECT i, random() AS r_town, random() AS r_kind, random() AS r_day, random() AS r_lon,
           random() AS r_lat, random() AS r_dead, random() AS r_status
    FROM generate_series(1, %s) AS i
)
INSERT INTO kcm.events (
    event_id, event_date, event_date_end, date_precision, event_type, sub_event_type, actor1,
    location, latitude, longitude, geo_precision, geocoding, state, state_pcode, district,
    district_pcode, township, township_pcode, township_basis, located_township,
    located_township_pcode, fatalities_best, sources, notes, dataset, status)
SELECT 'SYN-' || lpad(d.i::text, 7, '0'), day.d, day.d, 1, kinds.event_type, kinds.sub_type,
    'Synthetic actor ' || chr(65 + d.i %% 6), 'Synthetic place ' || d.i,
    least(greatest(towns.lat + (d.r_lat - 0.5) * {2 * JITTER_DEG}, {SOUTH}), {NORTH}),
    least(greatest(towns.lon + (d.r_lon - 0.5) * {2 * JITTER_DEG}, {WEST}), {EAST}),
    1, 'SYNTHETIC: near the township''s point', towns.state, towns.state_pcode,
    towns.district, towns.district_pcode, towns.township, towns.pcode, 'reported',
    towns.township, towns.pcode, least(floor(-ln(1 - d.r_dead) * 2), 200)::int,
    '{SOURCE_JSON}'::jsonb, '{NOTE}', '{SYNTHETIC}',
    CASE WHEN d.r_status < {PUBLISHED_SHARE} THEN 'published' ELSE 'proposed' END
FROM draws d
JOIN towns ON towns.k = 1 + floor(d.r_town * %s)::int
JOIN kinds ON kinds.k = 1 + floor(d.r_kind * %s)::int
CROSS JOIN LATERAL (SELECT DATE '{FIRST_DAY}' + floor(d.r_day * %s)::int AS d) AS day
"""  # noqa: S608 (the module's constants only)


def load_synthetic(url: str, events: int, towns: pd.DataFrame) -> tuple[float, float]:
    """``events`` SYNTHETIC events inserted in one statement (deterministic: a fixed
    seed), then ``VACUUM (ANALYZE)``: the two times (seconds)."""
    import psycopg

    kinds = [(t, s) for t, subs in EVENT_TYPES.items() for s in subs]
    days = (LAST_DAY - FIRST_DAY).days + 1
    columns = ["township_pcode", "township", "district_pcode", "district", "state_pcode", "state"]
    params: list[Any] = [[None if pd.isna(v) else str(v) for v in towns[c]] for c in columns]
    params += [towns["longitude"].tolist(), towns["latitude"].tolist()]
    params += [[t for t, _ in kinds], [s for _, s in kinds], events, len(towns), len(kinds), days]
    with psycopg.connect(url, autocommit=True) as conn:
        start = time.perf_counter()
        with conn.transaction():
            conn.execute("SELECT setseed(%s)", (SEED / 100,))
            conn.execute(_LOAD, params)
        loaded = time.perf_counter() - start
        start = time.perf_counter()
        conn.execute("VACUUM (ANALYZE) kcm.events")
        analysed = time.perf_counter() - start
    return loaded, analysed


@dataclass(frozen=True)
class Query:
    """A query of the scale part: the store's method, and the same answer in pandas
    from fetched columns (the baseline)."""

    name: str
    run: Callable[[SqlStore], Any]
    #: ``None``: no baseline (the app without the store never asked this).
    naive: Callable[[pd.DataFrame], Any] | None
    map: bool
    target_ms: float | None


def _kept(frame: pd.DataFrame, flt: EventFilter) -> pd.Series:
    """Which fetched rows a filter keeps (``geo.filters.apply_filter``'s rules), in pandas."""
    keep = frame["removed_at"].isna() & (frame["status"] == "published")
    if flt.start:
        keep &= frame["event_date_end"] >= flt.start
    if flt.end:
        keep &= frame["event_date"] <= flt.end
    if flt.townships:
        keep &= frame[flt.township_column].isin(flt.townships)
    return keep


def _naive_cells(frame: pd.DataFrame, flt: EventFilter, cell_deg: float) -> pd.DataFrame:
    kept = frame[_kept(frame, flt) & frame["longitude"].notna() & frame["latitude"].notna()]
    cells = kept.assign(
        cell_x=(kept["longitude"] // cell_deg).astype("int64"),
        cell_y=(kept["latitude"] // cell_deg).astype("int64"),
        dead=kept["fatalities_best"].fillna(0),
    )
    return cells.groupby(["cell_x", "cell_y"]).agg(
        events=("dead", "size"),
        longitude=("longitude", "mean"),
        latitude=("latitude", "mean"),
        fatalities=("dead", "sum"),
    )


def _map_query(name: str, flt: EventFilter, cell_deg: float) -> Query:
    return Query(
        name,
        lambda s: s.map_cells(flt, cell_deg=cell_deg),
        lambda f: _naive_cells(f, flt, cell_deg),
        True,
        MAP_MS,
    )


def queries() -> list[Query]:
    """The targets of issue 14: a filter by date and township and the township counts
    under 200 ms, the whole country's map aggregates under 500 ms (each cell size the
    store offers with no filter, and one year at the default size)."""
    year = EventFilter(start=YEAR[0], end=YEAR[1])
    year_towns = EventFilter(start=YEAR[0], end=YEAR[1], townships=TOWNSHIPS)
    everything = EventFilter()
    return [
        Query(
            "count, 2023 + 3 townships",
            lambda s: s.count(year_towns),
            lambda f: int(_kept(f, year_towns).sum()),
            False,
            COUNT_MS,
        ),
        Query(
            "township_counts, 2023",
            lambda s: s.township_counts(year),
            lambda f: f.loc[_kept(f, year), "township_pcode"].value_counts(),
            False,
            COUNT_MS,
        ),
        Query(
            "township_counts, no filter",
            lambda s: s.township_counts(everything),
            lambda f: f.loc[_kept(f, everything), "township_pcode"].value_counts(),
            False,
            COUNT_MS,
        ),
        *(_map_query(f"map_cells {size:g}°, no filter", everything, size) for size in CELL_DEGREES),
        _map_query(f"map_cells {CELL_DEG:g}°, 2023", year, CELL_DEG),
        Query(FACETS, lambda s: s.facets(), None, False, None),
        Query(READ, lambda s: s.read(flt=year_towns), None, False, None),
    ]


FACETS: Final = "facets, published"
READ: Final = "read, 2023 + 3 townships"


def _rows(result: Any) -> int:
    """A query's rows: a count itself, the townships of facets, else the frame's length."""
    if isinstance(result, int):
        return result
    if isinstance(result, Facets):
        return len(result.townships)
    return len(result)


_FETCH: Final = "SELECT event_date, event_date_end, township_pcode, status, removed_at"
_FETCH_MAP: Final = ", longitude, latitude, fatalities_best"


def fetch(url: str, *, map_columns: bool) -> pd.DataFrame:
    """The baseline's fetch: the columns a filter needs, every row, into pandas."""
    import psycopg

    text = _FETCH + (_FETCH_MAP if map_columns else "") + " FROM kcm.events"
    with psycopg.connect(url) as conn:
        cursor = conn.execute(text)
        names = [c.name for c in cursor.description or ()]
        frame = pd.DataFrame(cursor.fetchall(), columns=names)
    return frame


def statement(store: SqlStore, query: Query) -> tuple[str, Sequence[Any]]:
    """The statement (and parameters) the store runs for ``query``: its last call of
    the store's private ``_run``, recorded (the store itself is not changed)."""
    with mock.patch.object(store, "_run", wraps=store._run) as run:
        query.run(store)
    text, params = run.call_args.args
    return str(text), params


def statements(store: SqlStore, query: Query) -> list[tuple[str, Sequence[Any]]]:
    """Every statement (and its parameters) the store runs for ``query``, in order."""
    with mock.patch.object(store, "_run", wraps=store._run) as run:
        query.run(store)
    return [(str(call.args[0]), call.args[1]) for call in run.call_args_list]


def explain(
    store: SqlStore,
    query: Query,
    options: str = "ANALYZE, BUFFERS",
    given: tuple[str, Sequence[Any]] | None = None,
) -> list[Any]:
    """``EXPLAIN (options)`` of the store's statement for ``query`` (or of ``given``)
    on the store's own connection (rolled back; read here, never changed): its rows'
    one column."""
    text, params = given or statement(store, query)
    found = store._conn.execute(f"EXPLAIN ({options}) {text}", tuple(params)).fetchall()
    store._conn.rollback()
    return [row[0] for row in found]


def scale(admin_url: str, events: int, repeat: int) -> tuple[list[Timing], list[Check]]:
    """Part 1: the timings, each with its baseline and target, and the checks that the
    schema has what keeps them quick."""
    print(f"\nPart 1: {events:,} SYNTHETIC events in PostGIS")
    towns = township_points()
    with fresh_database(admin_url, "scale") as url:
        loaded, analysed = load_synthetic(url, events, towns)
        print(
            f"  load: {loaded:.1f} s ({events / loaded:,.0f} events/s, one INSERT ... SELECT "
            f"over {len(towns)} townships, the schema's indexes in place)"
        )
        print(
            f"  VACUUM (ANALYZE) kcm.events: {analysed:.1f} s (what autovacuum does after a "
            "bulk load; the covering index needs the visibility map for index-only scans)"
        )
        checks = check_schema(url)
        timings, plans, extra = time_store(url, repeat)
        checks += extra
        baseline(url, timings, repeat)
        print_scale(timings)
        for name, plan in plans.items():
            print(f"\n  EXPLAIN (ANALYZE, BUFFERS) of {name} (the store's statement):")
            for line in plan:
                print(f"    {line}")
    return timings, checks


#: What migration 0005 adds for the counts and the map (geo/store/migrations/0005_counts.sql).
INDEXES: Final = ("events_live_cover", "events_live_township", "events_live_located_township")


def _stats_name(cell_deg: float) -> str:
    return f"events_cells_{cell_deg!r}".replace(".", "_")


def check_schema(url: str) -> list[Check]:
    """Migration 0005's indexes and statistics exist (printed), the statistics are
    built, and with them the planner expects about as many map cells as there are."""
    import psycopg

    print("\n  The schema's indexes and statistics for the counts and the map (migration 0005):")
    with psycopg.connect(url, autocommit=True) as conn:
        indexes: dict[str, str] = dict(
            conn.execute(
                "SELECT indexname, indexdef FROM pg_indexes "
                "WHERE schemaname = 'kcm' AND tablename = 'events'"
            ).fetchall()
        )
        stats = {
            str(name): (str(definition), bool(built))
            for name, definition, built in conn.execute(
                "SELECT s.stxname, pg_get_statisticsobjdef(s.oid), "
                "EXISTS (SELECT 1 FROM pg_statistic_ext_data d WHERE d.stxoid = s.oid) "
                "FROM pg_statistic_ext s WHERE s.stxrelid = 'kcm.events'::regclass"
            ).fetchall()
        }
        version = conn.execute("SELECT max(version) FROM kcm.schema_migrations").fetchone()
    print(f"    schema version {version[0] if version else '?'}")
    checks: list[Check] = []
    for name in INDEXES:
        found = indexes.get(name)
        print(f"    {found or f'{name}: MISSING'}")
        checks.append(
            Check(f"index {name}", found is not None, "in the schema" if found else "missing")
        )
    store = open_sql(url)
    try:
        for size in CELL_DEGREES:
            name = _stats_name(size)
            definition, built = stats.get(name, ("", False))
            query = _map_query(f"map_cells {size:g}°", EventFilter(), size)
            cells = len(query.run(store))
            plan = explain(store, query, "FORMAT JSON")[0]  # decoded by psycopg
            expected = int(plan[0]["Plan"]["Plan Rows"])
            print(
                f"    {definition or f'{name}: MISSING'} ({'built' if built else 'NOT built'}; "
                f"the planner expects {expected:,} cells of {size:g}°, there are {cells:,})"
            )
            checks.append(
                Check(
                    f"statistics {name}",
                    built and expected <= 10 * cells,
                    f"{'built' if built else 'not built'}; {expected:,} cells expected, {cells:,}",
                )
            )
    finally:
        store.close()
    return checks


def time_store(url: str, repeat: int) -> tuple[list[Timing], dict[str, list[str]], list[Check]]:
    """Each query through a freshly opened store, the plans of the count, of every
    query that missed its target and of facets' statements when it took more than
    :data:`FACETS_S`, and a check that ``read`` returns what ``count`` counts."""
    store = open_sql(url)
    try:
        timings: list[Timing] = []
        plans: dict[str, list[str]] = {}
        results: dict[str, Any] = {}
        for query in queries():
            times, result = timed(partial(query.run, store), repeat=repeat)
            results[query.name] = result
            timing = Timing(query.name, times, target_ms=query.target_ms, rows=_rows(result))
            timings.append(timing)
            if query.name.startswith("count") or timing.met is False:
                plans[query.name] = [str(line) for line in explain(store, query)]
            if query.name == FACETS:
                print_facets(result, timing)
                if timing.median > FACETS_S:
                    for n, given in enumerate(statements(store, query), 1):
                        plan = explain(store, query, given=given)
                        plans[f"{query.name}, statement {n}"] = [given[0], *map(str, plan)]
    finally:
        store.close()
    counted, read = results["count, 2023 + 3 townships"], results[READ]
    same = Check(
        "read returns what count counts",
        counted == len(read) and read["event_id"].is_unique,
        f"count {counted:,}, read {len(read):,} rows",
    )
    return timings, plans, [same]


def print_facets(facets: Facets, timing: Timing) -> None:
    span = f"{facets.span[0]} to {facets.span[1]}" if facets.span else "none"
    print(
        f"\n  facets (published): median {_ms(timing.median)} ms "
        f"(min-max {_ms(min(timing.times))}-{_ms(max(timing.times))}, {len(timing.times)} runs); "
        f"span {span}, {len(facets.event_types)} event types, "
        f"{len(facets.townships)} townships reported, {len(facets.located_townships)} located"
    )
    names = list(facets.townships.items())[:3]
    print(f"    first townships by name: {', '.join(f'{c} {n}' for c, n in names) or 'none'}")


def baseline(url: str, timings: list[Timing], repeat: int) -> None:
    """Each timing's baseline: the fetch (twice; median) plus pandas' count."""
    fetches: dict[bool, tuple[float, pd.DataFrame]] = {}
    for map_columns in (False, True):
        times, frame = timed(partial(fetch, url, map_columns=map_columns), repeat=2, warm=False)
        times = times[:2]
        fetches[map_columns] = (statistics.median(times), frame)
        print(
            f"  baseline fetch{' (with the map columns)' if map_columns else ''}: "
            f"{len(frame):,} rows, median {_ms(statistics.median(times))} ms "
            f"(min-max {_ms(min(times))}-{_ms(max(times))})"
        )
    for timing, query in zip(timings, queries(), strict=True):
        if query.naive is None:
            continue
        fetch_s, frame = fetches[query.map]
        times, _ = timed(partial(query.naive, frame), repeat=repeat)
        timing.base_s = fetch_s + statistics.median(times)
        print(f"  baseline pandas part of {timing.name}: median {_ms(statistics.median(times))} ms")


def print_scale(timings: Sequence[Timing]) -> None:
    print(
        f"\n  {'store method':<28}{'rows':>7}{'runs':>6}{'median ms':>11}{'min-max ms':>19}"
        f"{'baseline ms':>13}{'ratio':>8}{'target':>9}  verdict"
    )
    for t in timings:
        spread = f"{_ms(min(t.times))}-{_ms(max(t.times))}"
        base = _ms(t.base_s) if t.base_s else "-"
        ratio = f"{t.median / t.base_s:.4f}" if t.base_s else "-"
        target = f"<{t.target_ms:g}" if t.target_ms else "-"
        print(
            f"  {t.name:<28}{t.rows or 0:>7,}{len(t.times):>6}{_ms(t.median):>11}{spread:>19}"
            f"{base:>13}{ratio:>8}{target:>9}  {verdict(t.met)}"
        )
    for t in timings:
        if t.name == READ and t.rows:
            print(
                f"\n  {READ}: {t.rows:,} events read and validated, "
                f"{t.rows / t.median:,.0f} rows/s (median); no target, no baseline"
            )


# -- parts 2 and 3: concurrency -------------------------------------------------------


def synthetic_frame(ids: Sequence[str], rng: random.Random) -> Any:
    """Validated SYNTHETIC events with these ids, the columns of the bundled events'
    first row (as a template only), each at a real township's point."""
    template = load_events().iloc[0].to_dict()
    towns = township_points()
    kinds = [(t, s) for t, subs in EVENT_TYPES.items() for s in subs]
    records = []
    for event_id in ids:
        town = towns.iloc[rng.randrange(len(towns))]
        kind = kinds[rng.randrange(len(kinds))]
        day = FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))
        record: dict[str, Any] = {name: None for name in template if name != "geometry"}
        record.update(
            event_id=event_id,
            event_date=day,
            event_date_end=day,
            date_precision=1,
            event_type=kind[0],
            sub_event_type=kind[1],
            actor1="Synthetic actor A",
            location=f"Synthetic place {event_id}",
            latitude=float(town["latitude"]),
            longitude=float(town["longitude"]),
            geo_precision=1,
            geocoding="SYNTHETIC: a township's point",
            state=town["state"],
            state_pcode=town["state_pcode"],
            district=town["district"],
            district_pcode=town["district_pcode"],
            township=town["township"],
            township_pcode=town["township_pcode"],
            township_basis="reported",
            fatalities_best=rng.randrange(10),
            sources=(Source(SYNTHETIC, title="synthetic benchmark event"),),
            notes=NOTE,
            dataset=SYNTHETIC,
        )
        records.append(record)
    return validate_events(pd.DataFrame(records), source=SYNTHETIC)


@dataclass(frozen=True)
class Backend:
    """Where the concurrency workload runs: a PostGIS URL or an embedded file."""

    name: str
    url: str
    busy_timeout_s: float | None = None  # the embedded store's, when not its default

    @property
    def embedded(self) -> bool:
        return self.url.endswith(".sqlite")

    def open(self) -> SqlStore:
        if self.embedded and self.busy_timeout_s is not None:
            return open_embedded(Path(self.url), busy_timeout_s=self.busy_timeout_s)
        return open_sql(self.url)

    def connect(self) -> Any:
        """A plain connection for reads outside the store (autocommit)."""
        if self.embedded:
            conn = sqlite3.connect(":memory:", isolation_level=None, timeout=30)
            conn.execute("ATTACH DATABASE ? AS kcm", (self.url,))
            return conn
        import psycopg

        return psycopg.connect(self.url, autocommit=True)

    def sql(self, text: str) -> str:
        return text.replace("%s", "?") if self.embedded else text


@dataclass(frozen=True)
class WorkerSpec:
    """One process's share of the workload."""

    backend: Backend
    analysts: tuple[str, ...]
    shared: tuple[str, ...]
    ready: Any  # a Barrier (multiprocessing.Manager) passed when every analyst is ready
    rounds: int = 0  # 0: changes for ``for_s`` from then
    for_s: float = 0.0
    hold_s: float = 0.0  # a thread of this process holds the write lock this long
    phase: str = "main"


@dataclass
class AnalystRun:
    """What one analyst did."""

    name: str
    adds: list[str] = field(default_factory=list)
    edits: list[str] = field(default_factory=list)
    stale: int = 0
    busy: int = 0
    gave_up: int = 0
    add_s: list[float] = field(default_factory=list)
    edit_s: list[float] = field(default_factory=list)
    stale_said: str | None = None
    busy_said: str | None = None
    errors: list[str] = field(default_factory=list)
    started: float = 0.0
    ended: float = 0.0


def _retrying(fn: Callable[[], Any], run: AnalystRun) -> bool:
    """``fn`` made until it is not told busy (counted): whether it was made."""
    for _ in range(BUSY_TRIES):
        try:
            fn()
        except BusyError as error:
            run.busy += 1
            run.busy_said = run.busy_said or str(error)
            time.sleep(0.005)
            continue
        return True
    run.gave_up += 1
    return False


def _edit(store: SqlStore, reader: Any, spec: WorkerSpec, event_id: str, run: AnalystRun) -> None:
    """One more death on ``event_id``, from the revision read, made again when stale
    (up to :data:`TRIES` times) or told busy (up to :data:`BUSY_TRIES` times)."""
    read = spec.backend.sql("SELECT fatalities_best FROM kcm.events WHERE event_id = %s")
    start = time.perf_counter()
    stale, busy = run.stale, run.busy
    while run.stale - stale < TRIES and run.busy - busy < BUSY_TRIES:
        try:
            # The revision first, then the value: the value is of that revision or a
            # later one, and a later one makes the save stale (refused), never lost.
            revision = int(store.states([event_id])["revision"].item())
            dead = int(reader.execute(read, (event_id,)).fetchone()[0])
            store.edit(event_id, {"fatalities_best": dead + 1}, revision=revision, who=run.name)
        except StaleEditError as error:
            run.stale += 1
            run.stale_said = run.stale_said or str(error)
            continue
        except BusyError as error:
            run.busy += 1
            run.busy_said = run.busy_said or str(error)
            time.sleep(0.005)
            continue
        run.edits.append(event_id)
        run.edit_s.append(time.perf_counter() - start)
        return
    run.gave_up += 1


def analyst(spec: WorkerSpec, name: str, seed: int) -> AnalystRun:
    """One analyst's thread: its own store and reading connection."""
    run = AnalystRun(name)
    rng = random.Random(seed)
    try:
        store, reader = spec.backend.open(), spec.backend.connect()
        template = synthetic_frame([f"SYN-ADD-{name}-template"], rng)
    except Exception as error:
        run.errors.append(f"{name}: {type(error).__name__}: {error}")
        spec.ready.abort()
        return run
    try:
        spec.ready.wait(READY_S)
        run.started = time.time()
        number = 0
        while (number < spec.rounds) if spec.rounds else (time.time() < run.started + spec.for_s):
            number += 1
            event_id = f"SYN-ADD-{name}-{spec.phase}-{number:03d}"
            frame = template.copy()
            frame["event_id"] = pd.array([event_id], dtype="string")
            start = time.perf_counter()
            origin = Origin(name, "synthetic report")
            add = partial(store.add, frame, origin, status="proposed", action="add")
            if _retrying(add, run):
                run.adds.append(event_id)
                run.add_s.append(time.perf_counter() - start)
            _edit(store, reader, spec, rng.choice(spec.shared), run)
    except Exception as error:
        run.errors.append(f"{name}: {type(error).__name__}: {error}")
    finally:
        run.ended = time.time()
        store.close()
        reader.close()
    return run


def hold_lock(spec: WorkerSpec) -> AnalystRun:
    """Hold the embedded file's write lock for ``spec.hold_s`` (from 0.2 s after the
    start), as a long change would."""
    run = AnalystRun("lock holder")
    conn = spec.backend.connect()
    try:
        spec.ready.wait(READY_S)
        run.started = time.time()
        time.sleep(0.2)
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                break
            except sqlite3.OperationalError:
                time.sleep(0.001)
        time.sleep(spec.hold_s)
        conn.execute("COMMIT")
    finally:
        run.ended = time.time()
        conn.close()
    return run


def run_worker(spec: WorkerSpec, seed: int) -> list[AnalystRun]:
    """One process ("an app server"): its analysts, one thread each."""
    results: list[AnalystRun] = []
    lock = threading.Lock()

    def target(fn: Callable[[], AnalystRun]) -> None:
        got = fn()
        with lock:
            results.append(got)

    threads = [
        threading.Thread(target=target, args=(lambda n=name, i=i: analyst(spec, n, seed + i),))
        for i, name in enumerate(spec.analysts)
    ]
    if spec.hold_s:
        threads.append(threading.Thread(target=target, args=(lambda: hold_lock(spec),)))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def run_processes(specs: Sequence[WorkerSpec]) -> list[AnalystRun]:
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=len(specs), mp_context=context) as pool:
        futures = [
            pool.submit(run_worker, spec, SEED * 1000 + 100 * i) for i, spec in enumerate(specs)
        ]
        return [run for future in futures for run in future.result()]


@dataclass
class Tally:
    """Every successful change so far, for the checks."""

    adds: list[str] = field(default_factory=list)
    edits: list[str] = field(default_factory=list)

    def take(self, runs: Sequence[AnalystRun]) -> None:
        for run in runs:
            self.adds += run.adds
            self.edits += run.edits


def check_store(
    backend: Backend, initial: dict[str, int], tally: Tally, runs: Sequence[AnalystRun]
) -> list[Check]:
    """No lost update, no duplicate, a complete audit log (and an intact file)."""
    conn = backend.connect()
    try:
        shared = {
            str(i): (int(dead), int(revision))
            for i, dead, revision in conn.execute(
                "SELECT event_id, fatalities_best, revision FROM kcm.events "
                "WHERE event_id LIKE 'SYN-SHARED-%'"
            ).fetchall()
        }
        total, distinct = conn.execute(
            "SELECT count(*), count(DISTINCT event_id) FROM kcm.events"
        ).fetchone()
        added = {
            str(r[0])
            for r in conn.execute(
                "SELECT event_id FROM kcm.events WHERE event_id LIKE 'SYN-ADD-%'"
            ).fetchall()
        }
        actions = dict(
            conn.execute("SELECT action, count(*) FROM kcm.changes GROUP BY action").fetchall()
        )
        touched = dict(
            conn.execute(
                "SELECT c.action, count(*) FROM kcm.change_events ce JOIN kcm.changes c "
                "ON c.change_id = ce.change_id GROUP BY c.action"
            ).fetchall()
        )
        integrity = (
            str(conn.execute("PRAGMA kcm.integrity_check").fetchone()[0])
            if backend.embedded
            else None
        )
    finally:
        conn.close()
    edits = Counter(tally.edits)
    lost = [
        f"{i}: deaths {initial[i]} -> {shared[i][0]}, revision {shared[i][1]}, {edits[i]} edits"
        for i in sorted(initial)
        if shared[i][0] - initial[i] != edits[i] or shared[i][1] - 1 != edits[i]
    ]
    adds = len(tally.adds)
    checks = [
        Check(
            "no lost update",
            not lost,
            f"{len(initial)} shared events, {len(tally.edits)} edits; "
            + ("; ".join(lost[:3]) if lost else "every edit counted in deaths and revision"),
        ),
        Check(
            "no duplicate",
            total == distinct == SHARED + adds
            and added == set(tally.adds)
            and len(set(tally.adds)) == adds,
            f"{total} events ({distinct} distinct ids) = {SHARED} shared + {adds} added",
        ),
        Check(
            "audit log complete",
            actions.get("import") == 1
            and actions.get("add", 0) == adds
            and actions.get("edit", 0) == len(tally.edits)
            and touched.get("edit", 0) == len(tally.edits)
            and touched.get("add", 0) == adds
            and set(actions) <= {"import", "add", "edit"},
            f"changes {dict(sorted(actions.items()))}; event rows {dict(sorted(touched.items()))}",
        ),
        Check(
            "every change made",
            not any(r.errors or r.gave_up for r in runs),
            "; ".join(e for r in runs for e in r.errors)[:300]
            or f"{sum(r.gave_up for r in runs)} given up",
        ),
    ]
    if integrity is not None:
        checks.append(Check("integrity_check", integrity == "ok", integrity))
    return checks


def setup_shared(backend: Backend) -> dict[str, int]:
    """The 50 shared SYNTHETIC events, imported (published): their deaths."""
    ids = [f"SYN-SHARED-{n:03d}" for n in range(1, SHARED + 1)]
    frame = synthetic_frame(ids, random.Random(SEED))
    store = backend.open()
    try:
        store.add(frame, Origin("bench setup", "SYNTHETIC shared events"), status="published")
    finally:
        store.close()
    return {
        str(i): int(d) for i, d in zip(frame["event_id"], frame["fatalities_best"], strict=True)
    }


def _split(names: Sequence[str]) -> list[tuple[str, ...]]:
    return [tuple(names[i::PROCESSES]) for i in range(PROCESSES)]


@dataclass
class ConcurrencyRun:
    backend: str
    phase: str
    analysts: int
    adds: int
    edits: int
    stale: int
    busy: int
    seconds: float
    add_ms: float
    edit_ms: float
    checks: list[Check]
    stale_said: str | None
    busy_said: str | None

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)


def workload(
    backend: Backend,
    names: Sequence[str],
    initial: dict[str, int],
    tally: Tally,
    *,
    rounds: int = 0,
    for_s: float = 0.0,
    hold_s: float = 0.0,
    phase: str = "main",
) -> ConcurrencyRun:
    """Both processes' analysts, started together once every one has its store open
    (a barrier: on a busy machine the processes take seconds to start), then the checks
    on everything done so far."""
    with multiprocessing.Manager() as manager:
        ready = manager.Barrier(len(names) + (1 if hold_s else 0))
        specs = [
            WorkerSpec(
                backend,
                part,
                tuple(initial),
                ready,
                rounds,
                for_s,
                hold_s if i == 0 else 0.0,
                phase,
            )
            for i, part in enumerate(_split(names))
        ]
        runs = run_processes(specs)
    tally.take(runs)
    analysts = [r for r in runs if r.name != "lock holder"]
    seconds = max(r.ended for r in analysts) - min(r.started or r.ended for r in analysts)
    adds = sum(len(r.adds) for r in analysts)
    edits = sum(len(r.edits) for r in analysts)

    def median_ms(values: list[float]) -> float:
        return statistics.median(values) * 1000 if values else float("nan")

    return ConcurrencyRun(
        backend=backend.name,
        phase=phase,
        analysts=len(analysts),
        adds=adds,
        edits=edits,
        stale=sum(r.stale for r in analysts),
        busy=sum(r.busy for r in analysts),
        seconds=seconds,
        add_ms=median_ms([s for r in analysts for s in r.add_s]),
        edit_ms=median_ms([s for r in analysts for s in r.edit_s]),
        checks=check_store(backend, initial, tally, analysts),
        stale_said=next((r.stale_said for r in analysts if r.stale_said), None),
        busy_said=next((r.busy_said for r in analysts if r.busy_said), None),
    )


def print_concurrency(run: ConcurrencyRun) -> None:
    changes = run.adds + run.edits
    print(
        f"\n  {run.backend}, {run.phase}: {run.analysts} analysts in {PROCESSES} processes, "
        f"{run.seconds:.2f} s"
    )
    print(f"    {'added':<34}{run.adds:>8}   (median {run.add_ms:,.1f} ms each)")
    print(
        f"    {'edited':<34}{run.edits:>8}   (median {run.edit_ms:,.1f} ms each, "
        "from the first read to the save)"
    )
    print(f"    {'stale saves refused, made again':<34}{run.stale:>8}")
    print(f"    {'told busy, made again':<34}{run.busy:>8}")
    print(f"    {'throughput':<34}{changes / run.seconds:>8.1f}   changes/s")
    if run.stale_said:
        print(f"    a refusal said: {run.stale_said}")
    if run.busy_said:
        print(f"    busy said: {run.busy_said}")
    for check in run.checks:
        print(f"    {check.name:<24}{'PASS' if check.ok else 'FAIL':<6}{check.detail}")


def concurrency_postgis(admin_url: str, analysts: int, rounds: int) -> list[ConcurrencyRun]:
    print(f"\nPart 2: {analysts} analysts, {rounds} rounds, PostGIS")
    names = [f"synthetic-analyst-{n:02d}" for n in range(1, analysts + 1)]
    with fresh_database(admin_url, "team") as url:
        backend = Backend("PostGIS", url)
        initial = setup_shared(backend)
        run = workload(backend, names, initial, Tally(), rounds=rounds)
    print_concurrency(run)
    return [run]


def concurrency_embedded(analysts: int, rounds: int) -> list[ConcurrencyRun]:
    print(f"\nPart 3: {analysts} analysts, {rounds} rounds, the embedded store (SQLite)")
    names = [f"synthetic-analyst-{n:02d}" for n in range(1, analysts + 1)]
    with tempfile.TemporaryDirectory(prefix="kcm-bench-store-") as folder:
        path = str(Path(folder) / "store.sqlite")
        backend = Backend("SQLite", path)
        initial = setup_shared(backend)
        tally = Tally()
        main = workload(backend, names, initial, tally, rounds=rounds)
        print_concurrency(main)
        short = Backend(f"SQLite, busy timeout {SHORT_BUSY_S * 1000:g} ms", path, SHORT_BUSY_S)
        busy = workload(
            short, names, initial, tally, for_s=BUSY_PHASE_S, hold_s=HOLD_S, phase="lock held"
        )
        print(f"\n  (one process holds the write lock for {HOLD_S:g} s; checks cover both phases)")
        print_concurrency(busy)
    return [main, busy]


# -- the run ------------------------------------------------------------------------


def summary(
    timings: Sequence[Timing],
    schema: Sequence[Check],
    runs: Sequence[ConcurrencyRun],
    pg: bool,
    args: Any,
) -> int:
    print("\nSummary (issue 14)")
    failed = False
    if not args.skip_scale:
        if not pg:
            print(f"  {'scale targets':<52}SKIPPED (no PostgreSQL)")
        for t in timings:
            line = t.name if t.target_ms is None else f"{t.name} under {t.target_ms:g} ms"
            spread = f"min-max {_ms(min(t.times))}-{_ms(max(t.times))}"
            said = f"median {_ms(t.median)} ms ({spread})"
            if t.name == READ and t.rows:
                said += f", {t.rows:,} rows, {t.rows / t.median:,.0f} rows/s"
            print(f"  {line:<52}{verdict(t.met):<6}{said}")
        for check in schema:
            print(f"  {check.name:<52}{'PASS' if check.ok else 'FAIL':<6}{check.detail}")
            failed |= not check.ok
    if not args.skip_concurrency:
        if not pg:
            print(f"  {'PostGIS concurrency':<52}SKIPPED (no PostgreSQL)")
        for run in runs:
            line = f"{run.backend}, {run.phase}: invariants"
            state = "PASS" if run.ok else "FAIL"
            said = f"{run.adds + run.edits} changes, {run.stale} stale, {run.busy} busy"
            print(f"  {line:<52}{state:<6}{said}")
            failed |= not run.ok
        busy = [r for r in runs if r.phase == "lock held"]
        if busy:
            seen = busy[0].busy > 0
            line = "the busy path exercised (told busy, then made)"
            print(f"  {line:<52}{'PASS' if seen else 'FAIL':<6}{busy[0].busy} times")
            failed |= not seen
    return 1 if failed or not pg else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=EVENTS, help=f"default {EVENTS:,}")
    parser.add_argument("--analysts", type=int, default=ANALYSTS, help=f"default {ANALYSTS}")
    parser.add_argument("--rounds", type=int, default=ROUNDS, help=f"default {ROUNDS}")
    parser.add_argument("--repeat", type=int, default=REPEAT, help=f"least runs (default {REPEAT})")
    parser.add_argument("--skip-scale", action="store_true", help="leave out part 1")
    parser.add_argument("--skip-concurrency", action="store_true", help="leave out parts 2 and 3")
    args = parser.parse_args(argv)
    if args.events < 1 or args.analysts < PROCESSES or args.rounds < 1 or args.repeat < 1:
        parser.error(f"--events, --rounds and --repeat must be at least 1, --analysts {PROCESSES}")
    print(
        f"bench_store: SYNTHETIC data (seed {SEED}); {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC; "
        f"Python {platform.python_version()}, pandas {pd.__version__}, "
        f"SQLite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs"
    )
    started = time.perf_counter()
    timings: list[Timing] = []
    schema: list[Check] = []
    runs: list[ConcurrencyRun] = []
    with postgres_server() as admin_url:
        if admin_url is not None:
            import psycopg

            with psycopg.connect(admin_url) as conn:
                row = conn.execute("SELECT version()").fetchone()
                print(f"  {row[0] if row else 'PostgreSQL'}")
            if not args.skip_scale:
                timings, schema = scale(admin_url, args.events, args.repeat)
            if not args.skip_concurrency:
                runs += concurrency_postgis(admin_url, args.analysts, args.rounds)
    if not args.skip_concurrency:
        runs += concurrency_embedded(args.analysts, args.rounds)
    status = summary(timings, schema, runs, admin_url is not None, args)
    print(f"\nwall time {time.perf_counter() - started:.0f} s")
    return status


if __name__ == "__main__":
    sys.exit(main())
