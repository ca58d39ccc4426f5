"""The store's behaviour, written once in SQL that both backends run.

:class:`SqlStore` implements :class:`geo.store.base.Store` on a DB-API connection
whose tables are ``kcm.events``, ``kcm.changes``, ``kcm.change_events``,
``kcm.releases`` and ``kcm.release_events`` (the embedded file attaches itself as
``kcm``, so the names are the same). What differs between SQLite and PostgreSQL
(placeholders, JSON, bulk loading, locking, errors) is a :class:`Dialect`.

Every change runs in one transaction that also writes its audit entry:

- an edit, a removal or a review decision names the revision it was made from; the
  event's row is locked (PostgreSQL ``FOR UPDATE``; SQLite takes the file's write lock
  at ``BEGIN IMMEDIATE``) and the change is refused, naming who changed the event
  since and which fields, when the stored revision is another. Each change adds one
  to the revision, so no save is ever silently overwritten;
- a removal marks the event removed, with who and why; nothing is deleted;
- an import or an addition refuses the whole transaction when an id is already stored.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, Protocol

import pandas as pd

from geo.errors import ValidationError
from geo.event_types import EVENT_TYPES
from geo.filters import EventFilter, Facets
from geo.store.base import (
    CELL_DEGREES,
    READABLE,
    STATUSES,
    Change,
    DatabaseError,
    Origin,
    Release,
    StaleEditError,
    check_release_name,
)
from geo.store.rows import NAMES, cells, frame_of_records, frame_of_rows, rows

if TYPE_CHECKING:
    import geopandas as gpd

__all__ = ["STATE_COLUMNS", "Dialect", "SqlStore", "changed_fields"]

#: What a store keeps about an event beside the schema's fields.
STATE_COLUMNS: Final = (
    "status",
    "reviewer",
    "revision",
    "removed_at",
    "removed_by",
    "removed_why",
)
#: Fields a change never sets by hand (the store sets them).
_NOT_EDITABLE: Final = frozenset({"event_id", *STATE_COLUMNS})
_COLUMNS: Final = ", ".join(NAMES)
_LOG_COLUMNS: Final = (
    "change_id",
    "at",
    "who",
    "action",
    "source_name",
    "source_sha256",
    "event_id",
    "fields",
    "before",
    "after",
)


class Dialect(Protocol):
    """What one backend's SQL needs beyond the shared statements."""

    #: Expression of the event row ``e`` as a JSON record (schema fields and state).
    record: str
    #: The current time, as the store keeps it.
    now: str
    #: Appended to a SELECT of the row a change is about to update.
    lock_row: str
    #: Whether dates are passed as ISO text.
    iso_dates: bool

    def sql(self, text: str) -> str:
        """``text`` (``%s`` placeholders) in the backend's placeholder style."""
        ...

    def begin(self, conn: Any) -> None:
        """Start a writing transaction."""
        ...

    def end_read(self, conn: Any) -> None:
        """Leave no transaction open after a read."""
        ...

    def any_of(self, column: str) -> str:
        """``column`` among the values of one list parameter (:meth:`values`)."""
        ...

    def values(self, items: Sequence[Any]) -> Any: ...

    def json_param(self, value: Any) -> Any:
        """A Python value as a JSON parameter."""
        ...

    def json_value(self, value: Any) -> Any:
        """A stored JSON value decoded (PostgreSQL decodes it already)."""
        ...

    def timestamp(self, value: Any) -> dt.datetime | None: ...

    def floor(self, expression: str) -> str: ...

    def bbox(self) -> str:
        """A condition on four parameters: west, south, east, north."""
        ...

    def stamp(self, conn: Any) -> str: ...

    def cursor(self, conn: Any) -> Any:
        """A cursor that reads a large result a part at a time."""
        ...

    def powers(self, conn: Any) -> frozenset[str]: ...

    def insert_events(self, conn: Any, rows: Iterable[tuple[Any, ...]], status: str) -> None: ...

    def problem(self, error: Exception) -> DatabaseError | None:
        """The backend's error as the store's (``None``: not the backend's)."""
        ...


def changed_fields(before: Mapping[str, Any] | None, after: Mapping[str, Any] | None) -> str:
    """The fields a change set, in words: ``"fatalities_best: 3 → 5; notes"``
    (values up to 40 characters; the revision is left out)."""
    if before is None:
        return "added"
    after = after or {}
    said = []
    for name in dict.fromkeys([*before, *after]):
        if name == "revision" or before.get(name) == after.get(name):
            continue
        old, new = (_short(v) for v in (before.get(name), after.get(name)))
        said.append(f"{name}: {old} → {new}" if old and new else name)
    return "; ".join(said) or "nothing"


def _short(value: Any) -> str:
    if value is None or isinstance(value, (list, dict)):
        return ""
    text = " ".join(str(value).split())
    return text if len(text) <= 40 else text[:39] + "…"


class SqlStore:
    """A store on an open connection (closed by :meth:`close`)."""

    def __init__(self, conn: Any, dialect: Dialect, *, where: str) -> None:
        self._conn = conn
        self._dialect = dialect
        self.where = where

    # -- plumbing -----------------------------------------------------------------

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> SqlStore:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _run(self, text: str, params: Sequence[Any] = ()) -> Any:
        return self._conn.execute(self._dialect.sql(text), tuple(params))

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """One change: committed whole, or rolled back with the backend's error said
        as the store's."""
        try:
            self._dialect.begin(self._conn)
            yield
            self._conn.commit()
        except BaseException as error:
            with contextlib.suppress(Exception):
                self._conn.rollback()
            said = self._dialect.problem(error) if isinstance(error, Exception) else None
            if said is not None:
                raise said from None
            raise

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        try:
            yield
        except Exception as error:
            said = self._dialect.problem(error)
            if said is not None:
                raise said from None
            raise
        finally:
            with contextlib.suppress(Exception):
                self._dialect.end_read(self._conn)

    def _change(self, origin: Origin, action: str) -> int:
        """A new audit entry in this transaction: its id."""
        if not origin.who.strip():
            raise DatabaseError(
                "a change needs the name of who makes it (--who, KCM_ANALYST or the app's login)"
            )
        row = self._run(
            "INSERT INTO kcm.changes (who, action, source_name, source_sha256) "
            "VALUES (%s, %s, %s, %s) RETURNING change_id",
            (origin.who, action, origin.source_name, origin.source_sha256),
        ).fetchone()
        return int(row[0])

    def _finish(self, change: int, count: int) -> Change:
        self._run("UPDATE kcm.changes SET events = %s WHERE change_id = %s", (count, change))
        row = self._run(
            "SELECT change_id, action, who, events, at FROM kcm.changes WHERE change_id = %s",
            (change,),
        ).fetchone()
        return Change(int(row[0]), row[1], row[2], int(row[3]), self._dialect.timestamp(row[4]))

    def record(self, event_id: str) -> dict[str, Any]:
        """One event as stored now: its fields and its state (revision included), read
        together, as the audit log keeps it."""
        with self._reading():
            found = self._run(
                f"SELECT {self._dialect.record} FROM kcm.events e WHERE e.event_id = %s",  # noqa: S608
                (event_id,),
            ).fetchone()
        if found is None:
            raise DatabaseError(f"no event {event_id!r} in {self.where}")
        return dict(self._dialect.json_value(found[0]))

    def powers(self) -> frozenset[str]:
        """What this connection may do: ``change`` (add, edit, remove, propose and
        verify) and ``publish`` (publish, reject, release); none for a reader. The
        database enforces them (PostGIS roles); the app only hides what it may not."""
        with self._reading():
            return self._dialect.powers(self._conn)

    # -- reading ------------------------------------------------------------------

    def stamp(self) -> str:
        with self._reading():
            return self._dialect.stamp(self._conn)

    def read(
        self,
        *,
        statuses: Sequence[str] = READABLE,
        release: str | None = None,
        flt: EventFilter | None = None,
    ) -> gpd.GeoDataFrame:
        if flt is not None and release is None:
            where, params = self._where(flt, statuses)
            with self._reading():
                found = self._run(
                    f"SELECT {_COLUMNS} FROM kcm.events WHERE {where} "  # noqa: S608
                    "ORDER BY event_date, event_id",
                    params,
                ).fetchall()
            return frame_of_rows(found, source=self.where).sort_values(["event_date", "event_id"])
        with self._reading():
            if release is not None:
                self._release_row(release)
                found = self._run(
                    "SELECT record FROM kcm.release_events WHERE release = %s ORDER BY event_id",
                    (release,),
                ).fetchall()
                records = [self._dialect.json_value(row[0]) for row in found]
                events = frame_of_records(records, source=f"{self.where}, release {release}")
            else:
                found = self._run(
                    f"SELECT {_COLUMNS} FROM kcm.events WHERE removed_at IS NULL "  # noqa: S608
                    f"AND {self._dialect.any_of('status')} ORDER BY event_date, event_id",
                    (self._dialect.values(_statuses(statuses)),),
                ).fetchall()
                events = frame_of_rows(found, source=self.where)
        return events.sort_values(["event_date", "event_id"])

    def states(self, event_ids: Sequence[str] | None = None) -> pd.DataFrame:
        where, params = "", []
        if event_ids is not None:
            where = f"WHERE {self._dialect.any_of('event_id')}"
            params = [self._dialect.values([str(i) for i in event_ids])]
        with self._reading():
            found = self._run(
                f"SELECT event_id, {', '.join(STATE_COLUMNS)} FROM kcm.events {where} "  # noqa: S608
                "ORDER BY event_id",
                params,
            ).fetchall()
        table = pd.DataFrame(found, columns=["event_id", *STATE_COLUMNS]).set_index("event_id")
        table["revision"] = table["revision"].astype("int64")
        table["removed_at"] = pd.to_datetime(table["removed_at"], utc=True)
        return table

    def log(self, event_id: str | None = None, *, newest: int | None = None) -> pd.DataFrame:
        """The audit log (``newest``: its last rows only), one row per event a change
        touched (a release: one row), oldest first."""
        parts = list(self.log_parts(event_id, newest=newest))
        return pd.concat(parts, ignore_index=True) if parts else self._log_frame([])

    def log_parts(
        self, event_id: str | None = None, *, newest: int | None = None, part_rows: int = 10_000
    ) -> Iterator[pd.DataFrame]:
        """:meth:`log` a part of ``part_rows`` at a time, read as it is written out (a
        server-side cursor on PostgreSQL): a log of a million rows is never held whole."""
        where, params = "", list[object]()
        if event_id is not None:
            where, params = "WHERE ce.event_id = %s", [event_id]
        query = (
            "SELECT c.change_id, c.at, c.who, c.action, c.source_name, c.source_sha256, "  # noqa: S608
            "ce.event_id, ce.before, ce.after FROM kcm.changes c "
            f"LEFT JOIN kcm.change_events ce ON ce.change_id = c.change_id {where} "
        )
        if newest is None:
            query += "ORDER BY c.change_id, ce.event_id"
        else:
            query = (
                f"SELECT * FROM ({query} ORDER BY c.change_id DESC, ce.event_id DESC "  # noqa: S608
                "LIMIT %s) newest ORDER BY change_id, event_id"
            )
            params.append(int(newest))
        with self._reading():
            cursor = self._dialect.cursor(self._conn)
            try:
                cursor.execute(self._dialect.sql(query), tuple(params))
                while found := cursor.fetchmany(part_rows):
                    yield self._log_frame(found)
            finally:
                cursor.close()

    def _log_frame(self, found: Sequence[Sequence[Any]]) -> pd.DataFrame:
        entries = []
        for change, at, who, action, name, sha, event, before, after in found:
            old, new = (None if v is None else self._dialect.json_value(v) for v in (before, after))
            fields = changed_fields(old, new) if event is not None else ""
            entries.append(
                (int(change), self._dialect.timestamp(at), who, action, name, sha, event, fields,
                 _json_text(old), _json_text(new))
            )  # fmt: skip
        table = pd.DataFrame(entries, columns=list(_LOG_COLUMNS))
        table["at"] = pd.to_datetime(table["at"], utc=True)
        text = [c for c in _LOG_COLUMNS if c not in ("change_id", "at")]
        return table.astype({"change_id": "int64", **dict.fromkeys(text, "string")})

    def releases(self) -> list[Release]:
        with self._reading():
            found = self._run(
                "SELECT name, at, who, events, note FROM kcm.releases ORDER BY at DESC, name"
            ).fetchall()
        return [self._release_of(row) for row in found]

    def release_info(self, name: str) -> Release:
        """One release, or an error naming the releases there are."""
        with self._reading():
            return self._release_row(name)

    def _release_row(self, name: str) -> Release:
        row = self._run(
            "SELECT name, at, who, events, note FROM kcm.releases WHERE name = %s", (name,)
        ).fetchone()
        if row is None:
            found = self._run("SELECT name FROM kcm.releases ORDER BY name").fetchall()
            names = ", ".join(r[0] for r in found) or "none yet"
            raise DatabaseError(f"no release named {name!r} in {self.where}; releases: {names}")
        return self._release_of(row)

    def _release_of(self, row: Sequence[Any]) -> Release:
        at = self._dialect.timestamp(row[1])
        assert at is not None
        return Release(name=row[0], at=at, who=row[2], events=int(row[3]), note=row[4])

    # -- aggregates, in the database ------------------------------------------------

    def facets(self, *, statuses: Sequence[str] = READABLE) -> Facets:
        """What a filter of the events with ``statuses`` chooses from, counted here:
        their span, event types and townships on each basis (as
        :func:`geo.filters.facets_of` finds them in memory). Each distinct value is
        found by one probe of an index (a skip scan, migration 0007), not by reading
        every event."""
        where, params = self._where(EventFilter(), statuses)
        with self._reading():
            first, last = self._run(
                f"SELECT (SELECT min(event_date) FROM kcm.events WHERE {where}), "  # noqa: S608
                f"(SELECT max(event_date_end) FROM kcm.events WHERE {where})",
                params * 2,
            ).fetchone()
            kinds = [kind for kind, _ in self._distinct("event_type", None, where, params)]
            reported, located = (
                dict(sorted(self._distinct(code, name, where, params),
                            key=lambda pair: (pair[1], pair[0])))
                for code, name in (
                    ("township_pcode", "township"),
                    ("located_township_pcode", "located_township"),
                )
            )  # fmt: skip
        span = None
        if first is not None:
            span = (dt.date.fromisoformat(str(first)[:10]), dt.date.fromisoformat(str(last)[:10]))
        types = tuple(t for t in EVENT_TYPES if t in set(kinds))
        return Facets(span, types, reported, located)

    def _distinct(
        self, column: str, name: str | None, where: str, params: list[Any]
    ) -> list[tuple[str, str]]:
        """The distinct values of ``column`` among the events ``where`` keeps, each with
        the least ``name`` that goes with it: a skip scan (a recursive query that asks
        an index for the next value), in SQL both backends run."""
        named = f"{name} IS NOT NULL AND " if name else ""
        label = (
            f"(SELECT min({name}) FROM kcm.events WHERE {where} AND {column} = v.c)"  # noqa: S608
            if name
            else "NULL"
        )
        found = self._run(
            f"WITH RECURSIVE v(c) AS ("  # noqa: S608 (column names of the schema's own)
            f"SELECT min({column}) FROM kcm.events WHERE {named}{where} "
            f"UNION ALL SELECT (SELECT min({column}) FROM kcm.events "
            f"WHERE {named}{where} AND {column} > v.c) FROM v WHERE v.c IS NOT NULL) "
            f"SELECT v.c, {label} FROM v WHERE v.c IS NOT NULL",
            params * (3 if name else 2),
        ).fetchall()
        return [(str(value), str(text)) for value, text in found]

    def _where(self, flt: EventFilter, statuses: Sequence[str]) -> tuple[str, list[Any]]:
        """The filter as a condition (``geo.filters.apply_filter``'s rules) and its
        parameters."""
        d = self._dialect
        parts = ["removed_at IS NULL", d.any_of("status")]
        params: list[Any] = [d.values(_statuses(statuses))]
        if flt.start:
            parts.append("event_date_end >= %s")
            params.append(flt.start.isoformat() if d.iso_dates else flt.start)
        if flt.end:
            parts.append("event_date <= %s")
            params.append(flt.end.isoformat() if d.iso_dates else flt.end)
        if flt.townships:
            parts.append(d.any_of(flt.township_column))
            params.append(d.values(list(flt.townships)))
        if flt.event_types:
            parts.append(d.any_of("event_type"))
            params.append(d.values(list(flt.event_types)))
        return " AND ".join(parts), params

    def count(self, flt: EventFilter, *, statuses: Sequence[str] = READABLE) -> int:
        where, params = self._where(flt, statuses)
        with self._reading():
            row = self._run(f"SELECT count(*) FROM kcm.events WHERE {where}", params).fetchone()  # noqa: S608
        return int(row[0])

    def township_counts(self, flt: EventFilter, *, statuses: Sequence[str] = READABLE) -> pd.Series:
        """Events per township P-code (of the filter's township column), most first."""
        where, params = self._where(flt, statuses)
        column = flt.township_column
        with self._reading():
            found = self._run(
                f"SELECT {column}, count(*) FROM kcm.events WHERE {where} "  # noqa: S608
                f"AND {column} IS NOT NULL GROUP BY {column}",
                params,
            ).fetchall()
        counts = pd.Series(
            {str(k): int(n) for k, n in found}, dtype="int64", name="events"
        ).rename_axis(column)
        return counts.sort_values(ascending=False, kind="stable")

    def map_cells(
        self,
        flt: EventFilter,
        *,
        cell_deg: float,
        statuses: Sequence[str] = READABLE,
        bbox: tuple[float, float, float, float] | None = None,
    ) -> pd.DataFrame:
        """The map's aggregates: events with coordinates counted in square cells of
        ``cell_deg`` degrees (one of :data:`~geo.store.base.CELL_DEGREES`; ``bbox``:
        west, south, east, north, only those in it), each cell's count, its events'
        mean position and their deaths (best figures)."""
        if cell_deg not in CELL_DEGREES:
            sizes = ", ".join(map(str, CELL_DEGREES))
            raise DatabaseError(f"cell size {cell_deg!r} is not one of {sizes} (degrees)")
        where, params = self._where(flt, statuses)
        if bbox is not None:
            where += f" AND {self._dialect.bbox()}"
            params += list(bbox)
        d = self._dialect
        x, y = (
            d.floor(f"longitude / {float(cell_deg)!r}"),
            d.floor(f"latitude / {float(cell_deg)!r}"),
        )
        with self._reading():
            found = self._run(
                f"SELECT {x} AS cx, {y} AS cy, count(*), avg(longitude), avg(latitude), "  # noqa: S608
                "sum(coalesce(fatalities_best, 0)) FROM kcm.events "
                f"WHERE {where} AND longitude IS NOT NULL AND latitude IS NOT NULL "
                "GROUP BY cx, cy ORDER BY cx, cy",
                params,
            ).fetchall()
        table = pd.DataFrame(
            found, columns=["cell_x", "cell_y", "events", "longitude", "latitude", "fatalities"]
        )
        return table.astype(
            {"cell_x": "int64", "cell_y": "int64", "events": "int64", "fatalities": "int64"}
        )

    # -- changes ------------------------------------------------------------------

    def add(
        self,
        parts: gpd.GeoDataFrame | Iterable[gpd.GeoDataFrame],
        origin: Origin,
        *,
        status: str = "published",
        action: str = "import",
        confirm: Callable[[], bool] | None = None,
    ) -> Change | None:
        """Add the events of ``parts`` (a frame, or frames given one at a time) in one
        transaction with one audit entry; an id already stored, or given twice,
        refuses them all. ``confirm``, called once every part is in, may still refuse
        the whole addition (``None`` is returned and nothing is stored)."""
        import geopandas as gpd

        _statuses([status])
        frames = [parts] if isinstance(parts, gpd.GeoDataFrame) else parts
        d = self._dialect
        try:
            with self._transaction():
                change = self._change(origin, action)
                added = 0
                for frame in frames:
                    d.insert_events(self._conn, rows(frame, iso_dates=d.iso_dates), status)
                    self._run(
                        f"INSERT INTO kcm.change_events (change_id, event_id, before, after) "  # noqa: S608
                        f"SELECT %s, e.event_id, NULL, {d.record} FROM kcm.events e "
                        f"WHERE {d.any_of('e.event_id')}",
                        (change, d.values([str(i) for i in frame["event_id"]])),
                    )
                    added += len(frame)
                if confirm is not None and not confirm():
                    raise _RefusedError
                return self._finish(change, added)
        except _RefusedError:
            return None

    def edit(self, event_id: str, values: Mapping[str, Any], *, revision: int, who: str) -> Change:
        """Change some of an event's fields (checked as an imported row is); refused
        when the event's stored revision is not ``revision``."""
        unknown = sorted(set(values) - set(NAMES) | (set(values) & _NOT_EDITABLE))
        if unknown:
            editable = ", ".join(n for n in NAMES if n not in _NOT_EDITABLE)
            raise DatabaseError(
                f"cannot edit {', '.join(unknown)}: the fields to edit are {editable}"
            )
        d = self._dialect
        with self._transaction():
            before = self._locked(event_id, revision)
            try:
                edited = frame_of_records([{**before, **values}], source=f"the edit of {event_id}")
            except ValidationError as error:
                raise ValidationError(
                    error.problems, source=error.source, outcome="nothing was saved"
                ) from None
            row = cells(edited.iloc[0].to_dict() | {"event_id": event_id}, iso_dates=d.iso_dates)
            stored = frame_of_records([before], source=f"{event_id} as stored").iloc[0]
            if row == cells(stored.to_dict() | {"event_id": event_id}, iso_dates=d.iso_dates):
                raise DatabaseError(f"the edit of {event_id} changes nothing: nothing was saved")
            names = [n for n in NAMES if n != "event_id"]
            assigned = ", ".join(f"{n} = %s" for n in names)
            self._run(
                f"UPDATE kcm.events SET {assigned}, revision = revision + 1 WHERE event_id = %s",  # noqa: S608
                [*row[1:], event_id],
            )
            return self._audited(Origin(who), "edit", event_id, before)

    def remove(self, event_id: str, *, revision: int, who: str, why: str) -> Change:
        """Mark an event removed, with who and why (it is kept, and stays in the log)."""
        if not why.strip():
            raise DatabaseError(f"say why {event_id} is removed: the log keeps the reason")
        with self._transaction():
            before = self._locked(event_id, revision)
            self._run(
                f"UPDATE kcm.events SET removed_at = {self._dialect.now}, removed_by = %s, "  # noqa: S608
                "removed_why = %s, revision = revision + 1 WHERE event_id = %s",
                (who, why.strip(), event_id),
            )
            return self._audited(Origin(who), "remove", event_id, before)

    def review(self, event_id: str, status: str, *, revision: int, who: str) -> Change:
        """Set an event's review status (``published`` shows it to readers), with
        ``who`` as its reviewer."""
        _statuses([status])
        with self._transaction():
            before = self._locked(event_id, revision)
            self._run(
                "UPDATE kcm.events SET status = %s, reviewer = %s, revision = revision + 1 "
                "WHERE event_id = %s",
                (status, who, event_id),
            )
            return self._audited(Origin(who), "review", event_id, before)

    def release(self, name: str, *, who: str, note: str | None = None) -> Release:
        """Freeze the published events (not removed) as release ``name``."""
        check_release_name(name)
        d = self._dialect
        with self._transaction():
            change = self._change(Origin(who, source_name=name), "release")
            self._run(
                "INSERT INTO kcm.releases (name, who, note, events, change_id) "
                "VALUES (%s, %s, %s, 0, %s)",
                (name, who, note, change),
            )
            frozen = self._run(
                f"INSERT INTO kcm.release_events (release, event_id, record) "  # noqa: S608
                f"SELECT %s, e.event_id, {d.record} FROM kcm.events e "
                "WHERE e.removed_at IS NULL AND e.status = 'published'",
                (name,),
            ).rowcount
            self._run("UPDATE kcm.releases SET events = %s WHERE name = %s", (frozen, name))
            self._finish(change, frozen)
            return self._release_row(name)

    def _locked(self, event_id: str, revision: int) -> dict[str, Any]:
        """The event as stored, its row locked for this transaction, if its revision
        is ``revision``; otherwise who changed it since, and what."""
        found = self._run(
            f"SELECT {self._dialect.record} FROM kcm.events e WHERE e.event_id = %s"  # noqa: S608
            f"{self._dialect.lock_row}",
            (event_id,),
        ).fetchone()
        if found is None:
            raise DatabaseError(f"no event {event_id!r} in {self.where}; nothing was changed")
        record = dict(self._dialect.json_value(found[0]))
        if int(record["revision"]) != int(revision):
            raise StaleEditError(self._stale(event_id, int(revision), int(record["revision"])))
        if record.get("removed_at") is not None:
            raise DatabaseError(
                f"{event_id} was removed by {record.get('removed_by')} "
                f"({record.get('removed_why')}): a removed event is not changed"
            )
        return record

    def _stale(self, event_id: str, revision: int, stored: int) -> str:
        """Who changed the event since ``revision``, when and what, newest last."""
        found = self._run(
            "SELECT c.who, c.at, c.action, ce.before, ce.after FROM kcm.change_events ce "
            "JOIN kcm.changes c ON c.change_id = ce.change_id WHERE ce.event_id = %s "
            "ORDER BY c.change_id DESC LIMIT %s",
            (event_id, max(stored - revision, 1)),
        ).fetchall()
        said = []
        for who, at, action, before, after in reversed(found):
            when = self._dialect.timestamp(at)
            fields = changed_fields(
                None if before is None else self._dialect.json_value(before),
                self._dialect.json_value(after),
            )
            at_time = f" at {when:%Y-%m-%d %H:%M} UTC" if when else ""
            said.append(f"by {who}{at_time} ({action}: {fields})")
        since = f" {'; then '.join(said)}" if said else ""
        return (
            f"{event_id} was changed{since} since you opened revision {revision}; it is now "
            f"revision {stored}. Nothing was saved: reload the event and make your change again"
        )

    def _audited(
        self, origin: Origin, action: str, event_id: str, before: Mapping[str, Any]
    ) -> Change:
        change = self._change(origin, action)
        self._run(
            f"INSERT INTO kcm.change_events (change_id, event_id, before, after) "  # noqa: S608
            f"SELECT %s, e.event_id, %s, {self._dialect.record} FROM kcm.events e "
            "WHERE e.event_id = %s",
            (change, self._dialect.json_param(dict(before)), event_id),
        )
        return self._finish(change, 1)


class _RefusedError(Exception):
    """An addition its caller did not confirm: rolled back."""


def _statuses(statuses: Sequence[str]) -> list[str]:
    unknown = [s for s in statuses if s not in STATUSES]
    if unknown:
        raise DatabaseError(
            f"status {', '.join(map(repr, unknown))} is not one of {', '.join(STATUSES)}"
        )
    return list(statuses)


def _json_text(value: Any) -> str | None:
    return (
        None
        if value is None
        else json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    )
