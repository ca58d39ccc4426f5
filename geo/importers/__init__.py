"""Importing event datasets: ACLED exports, the UCDP GED and GeoJSON.

:func:`import_bytes` (or :func:`import_file`) detects the format from the content,
converts every row to the event schema and validates it. Nothing is fixed up
silently: a row that cannot be represented is rejected whole, and every reason is
kept with its row number and field (:attr:`ImportResult.problems`). The valid rows
are returned as events; whether to use them is the caller's decision.

Rows count from 1 at the first data row (the line after a CSV header, the first
GeoJSON feature); a rejected row's problems also name the row by the source's own id
(:class:`RowProblem`), where it has one.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Final, TypeAlias

import geopandas as gpd
import pandas as pd

from geo.errors import Problem, ValidationError
from geo.export import frame_to_csv
from geo.gazetteer import Gazetteer, load_gazetteer
from geo.importers import acled, ucdp
from geo.importers._admin import AdminIndex
from geo.importers._common import (
    MAX_BYTES,
    MAX_MB,
    Converted,
    ImportResult,
    RowProblem,
    blank,
    convert_rows,
    count_rows,
    csv_rows,
    detect_format,
    import_summary,
)
from geo.importers.geojson import geojson_rows
from geo.memory import no_collection
from geo.schema import CHUNK_ROWS, concat_events, empty_events, partition_records, printable

__all__ = [
    "CHUNK_ROWS",
    "FORMATS",
    "MAX_BYTES",
    "MAX_MB",
    "ImportResult",
    "ImportStream",
    "Progress",
    "RowProblem",
    "detect_format",
    "import_bytes",
    "import_file",
    "problems_csv",
    "problems_table",
    "stream_file",
]

#: Formats an import may be forced to.
FORMATS: Final = ("auto", "acled", "ucdp", "geojson")
#: Each CSV format's required columns and row converter.
_CSV: Final = {
    "acled": (acled.REQUIRED, acled.convert_acled),
    "ucdp": (ucdp.REQUIRED, ucdp.convert_ucdp),
}
_LABELS: Final = {"acled": "ACLED", "ucdp": "UCDP GED", "geojson": "GeoJSON"}

#: Told ``(rows done, rows in all or None while unknown)`` as an import goes on.
Progress: TypeAlias = Callable[[int, int | None], None]


@functools.lru_cache(maxsize=4)
def _admin_index(gazetteer: Gazetteer) -> AdminIndex:
    """The admin names of a gazetteer, indexed once (the index is only read)."""
    return AdminIndex(gazetteer)


def _too_large(size: int, limit: int | None, name: str) -> None:
    if limit is not None and size > limit:
        raise ValidationError(
            [
                Problem(
                    None,
                    "file",
                    f"{size / 2**20:.1f} MB is over the {limit / 2**20:.0f} MB limit; "
                    "split the export by year or region (or import it with `python -m geo "
                    "import`, which has no limit)",
                )
            ],
            source=name,
        )


def import_bytes(
    data: bytes,
    *,
    name: str,
    format: str = "auto",
    gazetteer: Gazetteer | None = None,
    max_bytes: int | None = MAX_BYTES,
    progress: Progress | None = None,
) -> ImportResult:
    """Read, convert and validate a dataset given as bytes.

    Parameters
    ----------
    data
        The file's content.
    name
        The file name, for messages and for the ``dataset`` column.
    format
        One of :data:`FORMATS`; ``auto`` detects it from the content.
    gazetteer
        For resolving reported admin names to MIMU P-codes.
    max_bytes
        The largest input read (default :data:`MAX_BYTES`, the app's upload limit);
        ``None`` for none.
    progress
        Told ``(rows done, rows in all)`` after every :data:`CHUNK_ROWS` rows are
        converted and checked, and ``(rows, rows)`` once all are joined. The rows in
        all are known from the start (a CSV file's are counted first, only when
        ``progress`` is given) unless the file cannot be read to its end (``None``
        until the end). It changes nothing in the result.

    Raises
    ------
    ValidationError
        When nothing can be imported: the file is too large, is not text, is not
        the format asked for, or lacks a required column. Row problems are not
        raised; they are in the result.
    """
    stream = _stream(data, name, format, gazetteer, max_bytes, progress)
    events = concat_events(list(stream) or [empty_events()])
    if progress:
        progress(stream.rows, stream.rows)
    return ImportResult(events, tuple(stream.problems), stream.format, stream.rows, name)


class ImportStream:
    """An import read :data:`CHUNK_ROWS` rows at a time: iterating it gives the valid
    events of each part that has any, in the file's order; once it has been iterated
    to the end, :attr:`problems`, :attr:`rows` and :attr:`valid` are the whole file's
    and :attr:`summary` is :attr:`ImportResult.summary`; :attr:`sha256` is the file's
    (for the audit log). Only the ids seen so far are
    kept between parts (a repeated id is found anywhere in the file), so a file of
    any size is imported in the memory of one part (``python -m geo import``)."""

    def __init__(
        self,
        parts: Iterator[list[Converted]],
        *,
        name: str,
        format: str,
        sha256: str,
        total: int | None,
        progress: Progress | None,
    ) -> None:
        self.name = name
        self.format = format
        self.sha256 = sha256
        self.problems: list[Problem] = []
        self.rows = 0
        self.valid = 0
        self._parts = parts
        self._total = total
        self._progress = progress
        self._seen: dict[str, int] = {}

    def __iter__(self) -> Iterator[gpd.GeoDataFrame]:
        while True:
            # Each part's hundreds of thousands of short-lived objects, without the
            # automatic collections that would run every few hundred of them (a
            # sixth of the time); what the part left is collected after it.
            with no_collection():
                part = next(self._parts, None)
                if part is None:
                    return
                self.rows += len(part)
                events, found = _validate(part, self.name, seen=self._seen)
                del part
            self.problems += found
            self.valid += len(events)
            if self._progress:
                self._progress(self.rows, self._total)
            if len(events):
                yield events

    @property
    def summary(self) -> str:
        return import_summary(self.name, self.format, self.rows, self.valid, self.problems)


def _stream(
    data: bytes,
    name: str,
    format: str,
    gazetteer: Gazetteer | None,
    max_bytes: int | None,
    progress: Progress | None,
) -> ImportStream:
    """:func:`import_bytes` a part at a time (:class:`ImportStream`); the file is
    refused (:exc:`~geo.errors.ValidationError`) as by :func:`import_bytes`, at once or,
    for a break inside it, when the break is reached."""
    if format not in FORMATS:
        raise ValidationError(
            [Problem(None, "format", f"{format!r} is not one of {', '.join(FORMATS)}")],
            source=name,
        )
    _too_large(len(data), max_bytes, name)
    kind = detect_format(data, name=name) if format == "auto" else format
    admin = _admin_index(gazetteer or load_gazetteer())
    total: int | None
    if kind == "geojson":
        converted, total = geojson_rows(data, name=name, admin=admin)
        parts = iter(lambda: list(itertools.islice(converted, CHUNK_ROWS)), [])
    else:
        parts = _csv_parts(data, name=name, kind=kind, admin=admin)
        total = count_rows(data) if progress else None
    sha256 = hashlib.sha256(data).hexdigest()
    return ImportStream(
        parts, name=name, format=_LABELS[kind], sha256=sha256, total=total, progress=progress
    )


def _csv_parts(
    data: bytes, *, name: str, kind: str, admin: AdminIndex
) -> Iterator[list[Converted]]:
    """A CSV file read and converted :data:`CHUNK_ROWS` rows at a time: the cells of
    the whole file are never held at once."""
    header, records = csv_rows(data, name=name, kind=_LABELS[kind])
    required, convert = _CSV[kind]
    while chunk := list(itertools.islice(records, CHUNK_ROWS)):
        converted = convert_rows(
            header,
            chunk,
            required=required,
            kind=_LABELS[kind],
            name=name,
            convert=lambda record, row: convert(record, row, admin=admin),
        )
        del chunk
        yield converted
        del converted


def import_file(
    path: Path,
    *,
    format: str = "auto",
    gazetteer: Gazetteer | None = None,
    max_bytes: int | None = MAX_BYTES,
    progress: Progress | None = None,
) -> ImportResult:
    """:func:`import_bytes` on a file (its size checked before it is read). A pipe or
    device (which has no size) is read up to ``max_bytes``, or :data:`MAX_BYTES` when
    there is no limit, and refused beyond it: ``/dev/zero`` is not read for ever."""
    return import_bytes(
        _read(path, max_bytes),
        name=path.name,
        format=format,
        gazetteer=gazetteer,
        max_bytes=max_bytes,
        progress=progress,
    )


def stream_file(
    path: Path, *, format: str = "auto", gazetteer: Gazetteer | None = None
) -> ImportStream:
    """:func:`import_file` with no size limit, a part at a time (:class:`ImportStream`):
    the command line's import, in the memory of one part whatever the file's size."""
    return _stream(_read(path, None), path.name, format, gazetteer, None, None)


def _read(path: Path, max_bytes: int | None) -> bytes:
    try:
        status = path.stat()
        if stat.S_ISREG(status.st_mode):
            _too_large(status.st_size, max_bytes, path.name)
            return path.read_bytes()
        limit = max_bytes or MAX_BYTES
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
        _too_large(len(data), limit, path.name)
        return data
    except OSError as exc:
        raise ValidationError(
            [Problem(None, "file", f"cannot read {path}: {exc.strerror}")], source=path.name
        ) from exc


def _validate(
    converted: list[Converted], name: str, *, seen: dict[str, int]
) -> tuple[gpd.GeoDataFrame, tuple[Problem, ...]]:
    """Schema validation of the converted rows; a row with any problem is left out.
    ``seen`` holds the ids (and rows) of valid rows validated before, and is added to.

    Every problem is reported once per row and field, under the source's own field
    name and with the row's own id (:class:`RowProblem`), in a form safe to show and
    write (:func:`geo.schema.printable`).
    """
    clean = [c for c in converted if not c.problems]
    dirty = [c for c in converted if c.problems and c.values]
    problems = [p for c in converted for p in c.problems]
    named = {(p.row, p.field) for p in problems}
    fields = {c.row: c.fields for c in converted}

    def source_named(found: tuple[Problem, ...]) -> list[Problem]:
        """Schema problems under the source's own field names, the first of each row
        and field only (a cell kept in ``original`` and converted is checked twice)."""
        kept = []
        for p in found:
            field = fields.get(p.row or 0, {}).get(p.field, p.field)
            if (p.row, field) not in named:
                named.add((p.row, field))
                kept.append(Problem(p.row, field, p.message))
        return kept

    events, found = (
        partition_records(
            [c.values for c in clean], row_numbers=[c.row for c in clean], seen_ids=seen
        )
        if clean
        else (empty_events(), ())
    )
    if dirty:
        # The rejected rows' other problems.
        _, more = partition_records([c.values for c in dirty], row_numbers=[c.row for c in dirty])
        problems += source_named(more)
    problems += source_named(found)
    ids = {c.row: _source_id(c.values.get("event_id")) for c in converted}
    shown = {
        RowProblem(p.row, printable(p.field, limit=80), printable(p.message), ids.get(p.row or 0))
        for p in problems
    }
    return events, tuple(sorted(shown, key=lambda p: (p.row or 0, p.field, p.message)))


def _source_id(value: object) -> str | None:
    """A row's own id as the source gave it, safe to show; ``None`` for none."""
    return None if blank(value) else printable(str(value), limit=80)


def problems_table(problems: tuple[Problem, ...] | list[Problem]) -> pd.DataFrame:
    """Problems as a table: ``row``, ``source_id`` (the source's own id of the row, where
    it has one: ACLED ``event_id_cnty``, UCDP ``id``, GeoJSON ``event_id``), ``field``,
    ``reason``."""
    return pd.DataFrame(
        {
            "row": pd.array([p.row for p in problems], dtype="Int64"),
            "source_id": pd.array(
                [p.source_id if isinstance(p, RowProblem) else None for p in problems],
                dtype="string",
            ),
            "field": pd.array([p.field for p in problems], dtype="string"),
            "reason": pd.array([p.message for p in problems], dtype="string"),
        }
    )


def problems_csv(problems: tuple[Problem, ...] | list[Problem]) -> str:
    """Every problem as CSV (``row,source_id,field,reason``), for the downloadable
    reject report."""
    return frame_to_csv(problems_table(problems))
