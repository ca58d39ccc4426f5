"""What every importer shares: the result, format detection, CSV reading and the
small conversions of raw text."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

import geopandas as gpd

from geo.errors import Problem, ValidationError
from geo.importers._admin import clean_text
from geo.schema import field_problems, printable, quoted, text_problem, whole_number

if TYPE_CHECKING:
    import _csv

__all__ = [
    "MAX_BYTES",
    "MAX_MB",
    "Converted",
    "ImportResult",
    "RowProblem",
    "blank",
    "cell_problems",
    "convert_rows",
    "count",
    "count_rows",
    "csv_rows",
    "detect_format",
    "original",
    "parse_date",
    "read_csv",
    "row_dict",
    "text",
    "whole",
]

#: Largest file an import reads (also Streamlit's upload limit, .streamlit/config.toml).
MAX_BYTES: Final = 100 * 2**20
#: The limit as people read it: "100 MB" (Streamlit's maxUploadSize counts the same MiB).
MAX_MB: Final = MAX_BYTES // 2**20

_ACLED_MARKERS: Final = frozenset({"event_id_cnty", "sub_event_type", "fatalities"})
_UCDP_MARKERS: Final = frozenset({"type_of_violence", "where_prec", "date_start", "best"})


@dataclass(frozen=True)
class Converted:
    """One source row as schema values, with the problems met converting it."""

    row: int
    values: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)
    #: Schema field -> the source's own field, to name in reports.
    fields: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RowProblem(Problem):
    """A problem of one source row, with the row's own id where it has one (ACLED
    ``event_id_cnty``, UCDP ``id``, a GeoJSON ``event_id``), for the reject report."""

    source_id: str | None = None


@dataclass(frozen=True)
class ImportResult:
    """The valid rows of an import as events, and every problem of the others."""

    events: gpd.GeoDataFrame
    problems: tuple[Problem, ...]
    format: str
    rows: int
    source: str

    @property
    def rejected_rows(self) -> tuple[int, ...]:
        """Numbers of the rows left out, in order."""
        return rejected_rows(self.problems)

    @property
    def summary(self) -> str:
        """One line: what was read, and how many rows are valid and rejected."""
        return import_summary(self.source, self.format, self.rows, len(self.events), self.problems)


def rejected_rows(problems: Sequence[Problem]) -> tuple[int, ...]:
    """Numbers of the rows the problems leave out, in order."""
    return tuple(sorted({p.row for p in problems if p.row is not None}))


def import_summary(
    source: str, format: str, rows: int, valid: int, problems: Sequence[Problem]
) -> str:
    """One line: what was read, and how many rows are valid and rejected."""
    rejected = len(rejected_rows(problems))
    return f"{source}: {format}, {rows:,} rows: {valid:,} valid, {rejected:,} rejected"


#: Byte-order marks of encodings other than UTF-8, to name them when refusing a file.
_OTHER_BOMS: Final = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def _text(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        found = next((label for bom, label in _OTHER_BOMS if data.startswith(bom)), None)
        what = (
            f"{found} text, not UTF-8"
            if found
            else (
                f"not UTF-8 text (line {line} of the file, byte {exc.start}: "
                f"{data[exc.start : exc.start + 1]!r})"
            )
        )
        raise ValidationError(
            [
                Problem(
                    None,
                    "file",
                    f"{what}; save it as UTF-8 CSV (in Excel: 'CSV UTF-8') or GeoJSON",
                )
            ],
            source=name,
        ) from exc


def _refuse(name: str, message: str) -> ValidationError:
    return ValidationError([Problem(None, "file", message)], source=name)


def detect_format(data: bytes, *, name: str = "input") -> str:
    """``geojson``, ``acled`` or ``ucdp``, from the content (not the file name).

    Raises
    ------
    ValidationError
        When the content is none of them; the message names the columns expected.
    """
    if not data.strip():
        raise _refuse(name, "the file is empty")
    chunk = data[:65536]
    try:
        head = chunk.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.start < len(chunk) - 3:  # not merely a character cut at the chunk's end
            _text(chunk, name)
        head = chunk[: exc.start].decode("utf-8-sig")
    stripped = head.lstrip()
    if stripped.startswith("{"):
        return "geojson"
    first = next(csv.reader(io.StringIO(stripped)), [])
    columns = {c.strip().lower() for c in first}
    if columns >= _ACLED_MARKERS:
        return "acled"
    if columns >= _UCDP_MARKERS:
        return "ucdp"
    line = stripped.splitlines()[0] if stripped else ""
    if ";" in line and "," not in line:
        raise _refuse(name, "columns are separated by semicolons; export the CSV with commas")
    shown = ", ".join(sorted(columns)[:12]) or "none"
    raise ValidationError(
        [
            Problem(
                None,
                "format",
                "not an ACLED export (needs columns event_id_cnty, sub_event_type, "
                "fatalities), a UCDP GED CSV (type_of_violence, where_prec, date_start, best) "
                f"or GeoJSON; the first line has: {shown}",
            )
        ],
        source=name,
    )


def csv_rows(
    data: bytes, *, name: str, kind: str
) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    """Header and numbered data rows of a CSV file, the rows read as they are asked
    for (blank lines skipped, still counted so that numbers match the file): the file
    is never held as one table of cells. A broken file is refused whole, when the
    break is reached (:exc:`~geo.errors.ValidationError`, raised by the iterator).

    A cell of any length is read (a long one is a problem of its row, found by the
    schema's :func:`~geo.schema.text_problem`, not a reason to refuse the file).
    """
    reader = _reader(data)
    read = 0  # data rows read, blank ones included

    def broken(exc: Exception) -> ValidationError:
        if isinstance(exc, UnicodeDecodeError):
            _text(data, name)  # raises, naming the line and the encoding
        return _refuse(
            name,
            f"not a readable CSV file at line {reader.line_num} (data row {read + 1}): {exc}; "
            "a quote may be left open",
        )

    try:
        first = next(reader, None)
    except (csv.Error, UnicodeDecodeError) as exc:
        raise broken(exc) from exc
    if first is None:
        raise _refuse(name, f"the file is empty; expected a {kind} CSV")
    header = [c.strip().lower() for c in first]
    if len(header) == 1 and ";" in header[0]:
        raise _refuse(name, "columns are separated by semicolons; export the CSV with commas")
    _check_header(header, name)

    def rows() -> Iterator[tuple[int, list[str]]]:
        nonlocal read
        found = False
        try:
            for cells in reader:
                read += 1
                if _filled(cells):
                    found = True
                    yield read, cells
        except (csv.Error, UnicodeDecodeError) as exc:
            raise broken(exc) from exc
        if not found:
            raise _refuse(name, f"no data rows: only a header; expected a {kind} CSV")

    return header, rows()


def _reader(data: bytes) -> _csv.Reader:
    """A strict CSV reader of UTF-8 bytes (a byte-order mark dropped), decoding a
    piece at a time; cells of any length are read."""
    # The module's own cell limit (131,072 characters) would refuse the whole file.
    if csv.field_size_limit() < sys.maxsize:
        csv.field_size_limit(sys.maxsize)
    # newline="": line ends inside quoted cells are kept.
    stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", newline="")
    # strict: a quote left open is an error, not the rest of the file in one cell.
    return csv.reader(stream, strict=True)


def _filled(cells: list[str]) -> bool:
    """Whether a CSV row is a data row: a row of blank cells is skipped."""
    return any(c.strip() for c in cells)


def count_rows(data: bytes) -> int | None:
    """How many data rows :func:`csv_rows` will give (blank lines not counted), read
    without converting a cell (about 0.5 s a 100,000-row ACLED export); ``None`` for a
    file that cannot be read to its end (reading it refuses it, naming the line)."""
    reader = _reader(data)
    try:
        next(reader, None)  # the header
        return sum(1 for cells in reader if _filled(cells))
    except (csv.Error, UnicodeDecodeError):
        return None


def read_csv(data: bytes, *, name: str, kind: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """:func:`csv_rows` with every row read: the header and the numbered data rows."""
    header, rows = csv_rows(data, name=name, kind=kind)
    return header, list(rows)


def _check_header(header: list[str], name: str) -> None:
    """Column names are text and appear once (linear in the number of columns)."""
    for number, column in enumerate(header, start=1):
        problem = text_problem(column, identifier=True)
        if problem:
            raise _refuse(name, f"column {number:,} of the header: {problem}")
    counts = Counter(c for c in header if c)
    repeated = sorted(c for c, n in counts.items() if n > 1)
    if repeated:
        shown = ", ".join(printable(c, limit=40) for c in repeated[:12])
        more = f" and {len(repeated) - 12:,} more" if len(repeated) > 12 else ""
        raise _refuse(name, f"column(s) {shown}{more} appear more than once in the header")


def convert_rows(
    header: list[str],
    rows: list[tuple[int, list[str]]],
    *,
    required: Sequence[str],
    kind: str,
    name: str,
    convert: Callable[[dict[str, str], int], Converted],
) -> list[Converted]:
    """Every numbered CSV row through ``convert``; a file lacking a required column is
    refused whole, a row with the wrong number of cells is a problem of that row."""
    present = set(header)
    missing = [c for c in required if c not in present]
    if missing:
        raise ValidationError(
            [Problem(None, ", ".join(missing), f"required {kind} column(s) missing")], source=name
        )
    converted = []
    for number, cells in rows:
        record, problems = row_dict(header, cells, number)
        if not record:
            converted.append(Converted(number, {}, problems))
            continue
        row = convert(record, number)
        # Raw cells checked before conversion turns a cell of controls alone into blank.
        checked = cell_problems(record, number) + row.problems
        converted.append(Converted(number, row.values, checked, row.fields))
    return converted


def cell_problems(record: Mapping[str, object], row: int) -> list[Problem]:
    """A problem for every cell (or field name) holding text no field may hold (control
    characters, too long: :func:`geo.schema.field_problems`), under the source's name."""
    return [Problem(row, name, problem) for name, problem in field_problems(record)]


def row_dict(header: list[str], cells: list[str], row: int) -> tuple[dict[str, str], list[Problem]]:
    """A CSV row as a mapping; a row with the wrong number of cells is a problem."""
    if len(cells) != len(header):
        return {}, [
            Problem(
                row,
                "row",
                f"has {len(cells)} cells but the header has {len(header)} columns "
                "(an unquoted comma or a cut-off line?)",
            )
        ]
    return dict(zip(header, cells, strict=True)), []


def blank(value: object) -> bool:
    """True for a missing or empty value."""
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: object) -> str | None:
    """A cell's text with its white space made single (``None`` for a blank cell)."""
    return None if blank(value) else clean_text(str(value))


def whole(value: str) -> str:
    """A whole number written as a float (``48528.0``) without its fraction; other
    text as it is."""
    try:
        return str(whole_number(value))
    except ValueError:
        return value.strip()


_DATE_FORMATS: Final = ("%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%d-%b-%Y", "%B %d, %Y", "%Y/%m/%d")
_ISO: Final = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")


def parse_date(value: str) -> dt.date:
    """A date as ACLED and UCDP write it across vintages.

    ``2023-10-09``, ``2023-10-09T00:00:00Z``, ``09 October 2023``,
    ``9-October-2023``, ``09 Oct 2023``, ``October 9, 2023`` and ``2023/10/09`` (ogr).
    Day-month order without month names (``09/10/2023``) is refused: it is ambiguous.
    """
    text = " ".join(value.split())
    iso = _ISO.fullmatch(text)
    if iso:
        return dt.date.fromisoformat(iso.group(1))
    for form in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, form).date()
        except ValueError:
            continue
    raise ValueError(
        f"{value!r} is not a date; use 2023-10-09, 09 October 2023 or an ISO timestamp"
    )


def count(record: Mapping[str, Any], column: str, row: int, problems: list[Problem]) -> int | None:
    """A casualty count as the source wrote it (``34``, ``34.0``), ``None`` when blank;
    anything else is a problem of that row and column (the source's own name). Whether
    the count is plausible is the schema's rule."""
    value = record.get(column)
    if blank(value):
        return None
    try:
        number = whole_number(str(value))
    except ValueError as exc:
        problems.append(Problem(row, column, str(exc)))
        return None
    if number < 0:
        problems.append(Problem(row, column, f"{quoted(str(value), limit=80)} is negative"))
        return None
    return number


def original(record: Mapping[str, str]) -> dict[str, Any]:
    """The source row's own fields, verbatim (empty cells as null)."""
    return {k: (None if blank(v) else v) for k, v in record.items()}
