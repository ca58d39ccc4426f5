"""``python -m geo``: the command line.

Commands (``python -m geo COMMAND --help`` for each):

``geocode NAME [NAME ...] [--township T] [--state S] [--json]``
    One line per name; with ``--json`` one JSON object per line (``query``, ``name``,
    ``latitude``, ``longitude``, ``township``, ``township_pcode``, ``state``,
    ``precision``, ...). Exit status 1 when a name is unknown, naming close candidates.
``events [filters] [--format geojson|csv] [-o FILE|-]``
    The filtered events as RFC 7946 GeoJSON (default) or CSV.
``rings [--center PLACE] [--radii 5,10,25,50,100] [filters] [-o FILE|-]``
    GeoJSON of geodesic ring bands around the centre (default: the KIA
    headquarters) with the filtered events and fatalities in each.
``summary [filters] --by township|month|event_type [--json]``
    Events and casualties per group.
``map [filters] -o FILE.png|FILE.svg``
    A publication image of the filtered events (the format from the suffix): the
    filter's sentence as title, base layers, events by type and size, legend, scale
    bar, credits and the date made (:func:`geo.publication.map_image`).
``quality [--json]``
    Every flagged event: township mismatches, coordinates outside Myanmar, missing
    precision codes, duplicate ids.
``import FILE [--format auto|acled|ucdp|geojson] [--strict] [-o OUT] [--rejects FILE]``
    Convert and check an ACLED export, a UCDP GED CSV or a GeoJSON file; write the
    valid events as GeoJSON in the event schema (townships assigned) and report every
    rejected row (all of them, as CSV, with ``--rejects``). ``--strict`` writes
    nothing if any row is bad. ``--database URL [--review]`` adds the valid events to
    the team's database in one transaction instead (published; proposed with
    ``--review``).
``db upgrade|version|log|release|releases|cite [--database URL]``
    A store (default: ``$KCM_DATABASE_URL``): create or upgrade it (the PostGIS
    database's numbered migrations; an embedded SQLite file is created), report its
    schema version against the code's, export its audit log (``log [--event ID]
    [--format csv|json] [-o FILE]``), freeze the published events as a release
    (``release NAME [--note TEXT] [--who NAME]``), list the releases, or print the
    citation of one (``cite NAME [--url PUBLIC_URL]``). See :mod:`geo.store.commands`.

``extract FILE|- --published YYYY-MM-DD [--publisher P] [--url U] [--title T] [--json]``
    Propose the events a news report describes (English text; ``-`` reads standard
    input): a JSON list of events, each with ``event_date``, ``date_precision``,
    ``location``, ``latitude``, ``longitude``, ``geo_precision``, ``township``,
    ``township_pcode``, ``event_type``, ``sub_event_type``, ``actor1``, ``actor2``,
    ``fatalities_low``/``_best``/``_high``, ``injured``, ``children_killed``,
    ``casualties`` (each figure apart, with its side) and ``evidence`` (the sentences
    quoted with their character offsets, and each field's words), ``confidence`` and
    ``part`` (see :mod:`geo.extract.confidence`). What the extractor
    left out is reported on standard error; with ``--left-out`` the JSON is an object
    with ``events``, ``left_out`` (each mention not proposed: ``why``, its first
    sentence's ``text`` and offsets ``start``/``end``) and ``messages``.

Filters: ``--from YYYY-MM-DD``, ``--to YYYY-MM-DD``, ``--township NAME_OR_PCODE``
(repeatable; ``--located`` to match the township the coordinates fall in rather than
the one reported), ``--type EVENT_TYPE`` (repeatable).

Dataset (``events``, ``rings``, ``summary``, ``map``, ``quality``): ``--data FILE`` uses
an imported file (any format ``import`` reads, or a working dataset version's
``events.parquet``) and ``--database URL`` the published events of a store (the
team's PostGIS database, ``postgresql://...``, or an embedded store,
``sqlite:///FILE.sqlite``; ``--release NAME``: a release's events as frozen) instead
of the bundled events, or after them with ``--merge`` (an id already present is
reported and left out);
``--townships FILE`` uses official MIMU township boundaries (``TS_PCODE``) instead of
the derived areas (default: ``$KCM_TOWNSHIPS``).

Limits (``events``, ``rings``, ``summary``, ``map``, ``quality``, ``import``): events
dated outside 1989-01-01 to tomorrow, and figures above 100,000 for one event, are refused
row by row. ``--date-window FROM:TO`` (e.g. ``1900-01-01:2030-12-31``; either side
may be left empty) and ``--max-figure N`` widen them for one command; the environment
variables ``KCM_DATE_WINDOW`` and ``KCM_MAX_FIGURE`` do so for every command and the
app. They can only widen the defaults.

Every file written (``-o``, ``--rejects``) is written whole or not at all
(:func:`geo.files.write_atomic`): a missing folder is an error and leaves nothing.

Exit status: 0 success, 1 a domain error (unknown place or township, bad filter,
invalid data, a rejected row under ``--strict``, an import in which every row was
rejected, a file that cannot be written), 2 a usage error (bad option or value).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from geo.errors import GeoError
from geo.event_types import EVENT_TYPES
from geo.files import write_atomic
from geo.gazetteer import Gazetteer, load_gazetteer
from geo.limits import (
    Limits,
    limits_in_force,
    parse_date_window,
    parse_max_figure,
    use_limits,
    web_url_problem,
)

# A fast start: ``geocode`` imports no pandas or geopandas (tests/test_architecture.py).
# Every other command imports the modules it needs in its handler, and a command whose
# arguments take values from such a module adds them when it runs (:class:`_Command`).
if TYPE_CHECKING:
    import geopandas as gpd

    from geo.dataset import Dataset
    from geo.filters import EventFilter
    from geo.importers import ImportStream
    from geo.townships import TownshipLayer

__all__ = ["main"]

#: Characters copied at a time from an import's temporary output to its target.
_COPY_CHARS = 1 << 20


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; use YYYY-MM-DD, e.g. 2023-10-09"
        ) from None


class _Command(argparse.ArgumentParser):
    """A command's parser. ``arguments``, when given, adds the command's arguments
    when the command is parsed (run, or its help shown), not when the command line is
    built: they take values (``geo.rings``' default radii, say) from a module that
    imports geopandas, which ``geocode`` never needs."""

    def __init__(
        self,
        *args: Any,
        arguments: Callable[[argparse.ArgumentParser], None] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._arguments = arguments

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        if self._arguments is not None:
            add, self._arguments = self._arguments, None
            add(self)
        return super().parse_known_args(args, namespace)


def _usage(parse: Callable[[str], object]) -> Callable[[str], object]:
    """An argparse ``type`` from a parser raising GeoError (a usage error, exit 2)."""

    def checked(text: str) -> object:
        try:
            return parse(text)
        except GeoError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return checked


def _add_filters(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("filters")
    group.add_argument(
        "--from",
        dest="start",
        type=_date,
        metavar="YYYY-MM-DD",
        help="keep events on or after this date",
    )
    group.add_argument(
        "--to",
        dest="end",
        type=_date,
        metavar="YYYY-MM-DD",
        help="keep events on or before this date",
    )
    group.add_argument(
        "--township",
        dest="township_names",
        action="append",
        default=[],
        metavar="NAME_OR_PCODE",
        help="keep events in this township (repeatable)",
    )
    group.add_argument(
        "--located",
        action="store_true",
        help="match --township against the township the coordinates fall in",
    )
    group.add_argument(
        "--type",
        dest="event_types",
        action="append",
        default=[],
        metavar="EVENT_TYPE",
        choices=list(EVENT_TYPES),
        help=f"keep events of this ACLED type (repeatable): {', '.join(EVENT_TYPES)}",
    )


def _add_townships(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--townships",
        type=Path,
        default=os.environ.get("KCM_TOWNSHIPS") or None,
        metavar="FILE",
        help="official MIMU township boundaries (shapefile, GeoPackage or GeoJSON with "
        "TS_PCODE) instead of the derived areas; default $KCM_TOWNSHIPS",
    )


def _add_dataset(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("dataset")
    group.add_argument(
        "--data",
        type=Path,
        metavar="FILE",
        help="use this dataset (ACLED, UCDP GED or GeoJSON) instead of the bundled events",
    )
    group.add_argument(
        "--database",
        metavar="URL",
        help="use the published events of a store instead of the bundled events: the "
        "team's PostGIS database (postgresql://USER@HOST:PORT/NAME) or an embedded store "
        "(sqlite:///FILE.sqlite)",
    )
    group.add_argument(
        "--release",
        metavar="NAME",
        help="with --database: the events of this release (as frozen), not today's",
    )
    group.add_argument(
        "--merge",
        action="store_true",
        help="with --data or --database: use the bundled events and then these (an id "
        "already present is reported and left out)",
    )
    _add_townships(group)  # type: ignore[arg-type]
    _add_limits(parser)


def _add_limits(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("limits (they can only be widened)")
    group.add_argument(
        "--date-window",
        type=_usage(parse_date_window),
        metavar="FROM:TO",
        help="accept events dated from FROM to TO (YYYY-MM-DD; either may be empty for "
        "the default); default 1989-01-01 to tomorrow, or $KCM_DATE_WINDOW",
    )
    group.add_argument(
        "--max-figure",
        type=_usage(parse_max_figure),
        metavar="N",
        help="accept casualty figures up to N for one event; default 100,000, or $KCM_MAX_FIGURE",
    )


def _add_output(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o",
        "--output",
        default="-",
        metavar="FILE",
        help="write here instead of standard output ('-')",
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m geo",
        description="Kachin Conflict Map: geocode places and export, map and summarise "
        "conflict events, offline.",
    )
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=_Command
    )

    geocode = commands.add_parser("geocode", help="find places in the offline gazetteer")
    geocode.add_argument("names", nargs="+", metavar="NAME")
    geocode.add_argument("--township", help="prefer places in this township (name or P-code)")
    geocode.add_argument("--state", help="prefer places in this state or region")
    geocode.add_argument("--json", action="store_true", help="one JSON object per line")
    geocode.set_defaults(handler=_geocode)

    events = commands.add_parser("events", help="the filtered events as GeoJSON or CSV")
    _add_filters(events)
    _add_dataset(events)
    events.add_argument("--format", choices=("geojson", "csv"), default="geojson")
    _add_output(events)
    events.set_defaults(handler=_events)

    rings = commands.add_parser(
        "rings", help="geodesic distance rings with event counts", arguments=_rings_arguments
    )
    rings.set_defaults(handler=_rings)

    summary = commands.add_parser(
        "summary", help="events and casualties per group", arguments=_summary_arguments
    )
    summary.set_defaults(handler=_summary)

    maps = commands.add_parser(
        "map",
        help="a publication image (PNG or SVG) of the filtered events",
        arguments=_map_arguments,
    )
    maps.set_defaults(handler=_map)

    quality = commands.add_parser("quality", help="flagged events: location and coding checks")
    _add_filters(quality)
    _add_dataset(quality)
    quality.add_argument("--json", action="store_true", help="a JSON list of flags")
    quality.set_defaults(handler=_quality)

    imports = commands.add_parser(
        "import",
        help="check and convert an ACLED, UCDP GED or GeoJSON dataset",
        arguments=_import_arguments,
    )
    imports.set_defaults(handler=_import)

    database = commands.add_parser(
        "db", help="a store: create or upgrade it, its audit log, releases and citations"
    )
    actions = database.add_subparsers(
        dest="action", required=True, metavar="ACTION", parser_class=_Command
    )
    from geo.store.commands import add_commands

    add_commands(actions)

    extract = commands.add_parser("extract", help="propose the events a news report describes")
    extract.add_argument("file", metavar="FILE", help="the report as UTF-8 text, or - for stdin")
    extract.add_argument("--published", type=_date, required=True, metavar="YYYY-MM-DD")
    extract.add_argument("--publisher", help="cited as the events' source")
    extract.add_argument("--url")
    extract.add_argument("--title")
    extract.add_argument("--json", action="store_true", help="a JSON list of proposed events")
    extract.add_argument(
        "--left-out",
        action="store_true",
        help="JSON (as --json): an object of the events, the mentions left out and why, and "
        "the messages",
    )
    extract.set_defaults(handler=_extract)
    return parser


def _rings_arguments(rings: argparse.ArgumentParser) -> None:
    from geo.rings import DEFAULT_RADII_KM, parse_radii

    rings.add_argument(
        "--center",
        default=None,
        metavar="PLACE",
        help="the centre, any gazetteer place (default: the KIA headquarters)",
    )
    rings.add_argument(
        "--radii",
        type=_usage(parse_radii),
        default=DEFAULT_RADII_KM,
        metavar="KM,KM,...",
        help="ring radii in km (default: 5,10,25,50,100)",
    )
    _add_filters(rings)
    _add_dataset(rings)
    _add_output(rings)


def _summary_arguments(summary: argparse.ArgumentParser) -> None:
    from geo.summary import GROUPINGS

    _add_filters(summary)
    _add_dataset(summary)
    summary.add_argument("--by", choices=GROUPINGS, required=True)
    summary.add_argument("--json", action="store_true", help="a JSON list of rows")


def _map_arguments(maps: argparse.ArgumentParser) -> None:
    from geo.publication import FORMATS

    _add_filters(maps)
    _add_dataset(maps)
    maps.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help=f"the image to write; its suffix gives the format ({', '.join(FORMATS)})",
    )


def _import_arguments(imports: argparse.ArgumentParser) -> None:
    from geo.importers import FORMATS

    imports.add_argument("file", type=Path, metavar="FILE")
    imports.add_argument("--format", choices=FORMATS, default="auto")
    imports.add_argument(
        "--strict", action="store_true", help="fail, writing nothing, if any row is bad"
    )
    imports.add_argument(
        "--rejects", metavar="FILE", help="write every rejected row's problems here as CSV"
    )
    imports.add_argument(
        "--database",
        metavar="URL",
        help="add the valid rows to a store (the team's PostGIS database, postgresql://..., "
        "or an embedded store, sqlite:///FILE.sqlite), all in one transaction, instead of "
        "writing GeoJSON",
    )
    imports.add_argument(
        "--review",
        action="store_true",
        help="with --database: the events start as proposed, for review (default: published)",
    )
    imports.add_argument(
        "--who",
        metavar="NAME",
        help="with --database: the analyst named in the audit log "
        "(default: $KCM_ANALYST, else your user name)",
    )
    _add_townships(imports)
    _add_limits(imports)
    _add_output(imports)


@dataclass(frozen=True)
class _Context:
    """What every command handler is given besides its arguments."""

    gazetteer: Gazetteer
    stdout: TextIO
    stderr: TextIO


def _limits(args: argparse.Namespace) -> Limits:
    """The limits in force, widened by ``--date-window`` and ``--max-figure``."""
    limits = limits_in_force()
    window = getattr(args, "date_window", None)
    if window is not None:
        limits = replace(limits, earliest=window[0], latest=window[1])
    figure = getattr(args, "max_figure", None)
    if figure is not None:
        limits = replace(limits, max_figure=figure)
    return limits


def _output(text: str | Iterable[str], target: str, stdout: TextIO) -> None:
    """``text`` (or its parts, written as they come) to standard output (``-``), into
    a device or pipe that exists (``/dev/null``, a FIFO: it is written to, never
    replaced), or, whole or not at all, to a file."""
    parts = [text] if isinstance(text, str) else text
    if target == "-":
        for part in parts:
            stdout.write(part)
        return
    try:
        special = not stat.S_ISREG(os.stat(target).st_mode) and not os.path.isdir(target)
    except OSError:
        special = False  # no such file yet: write_atomic makes it or says why not
    if not special:
        write_atomic(target, text, hint="give a file in an existing folder, or - for the screen")
        return
    try:
        with open(target, "w", encoding="utf-8") as stream:
            for part in parts:
                stream.write(part)
    except OSError as error:
        raise GeoError(f"cannot write {target}: {error.strerror or error}") from None


def _layer(args: argparse.Namespace) -> TownshipLayer:
    from geo.townships import default_township_layer, read_township_layer

    return read_township_layer(args.townships) if args.townships else default_township_layer()


def _events_of(args: argparse.Namespace, run: _Context) -> tuple[Dataset, gpd.GeoDataFrame]:
    """The dataset the arguments name, and its events the filters keep."""
    from geo.dataset import build_dataset, load_dataset
    from geo.filters import apply_filter

    if args.database:
        from geo.store import open_store

        with open_store(args.database) as store:
            stored = store.read(release=args.release)
            where = store.where + (f", release {args.release}" if args.release else "")
        dataset = build_dataset(
            (where, stored), merge=args.merge, townships=_layer(args), gazetteer=run.gazetteer
        )
    else:
        dataset = load_dataset(
            args.data, merge=args.merge, townships=_layer(args), gazetteer=run.gazetteer
        )
    if dataset.duplicates:
        run.stderr.write(
            f"warning: {len(dataset.duplicates)} event id(s) already present were left out:\n"
            + "".join(f"  - {d}\n" for d in dataset.duplicates[:20])
        )
    return dataset, apply_filter(dataset.events, _filter_of(args, run))


def _filter_of(args: argparse.Namespace, run: _Context) -> EventFilter:
    """The filter the arguments give (township names resolved to P-codes)."""
    from geo.filters import make_filter

    return make_filter(
        start=args.start,
        end=args.end,
        townships=args.township_names,
        event_types=args.event_types,
        located=args.located,
        gazetteer=run.gazetteer,
    )


def _geocode(args: argparse.Namespace, run: _Context) -> int:
    for name in args.names:
        match = run.gazetteer.geocode(name, township=args.township, state=args.state)
        if args.json:
            run.stdout.write(json.dumps(match.to_dict(), ensure_ascii=False) + "\n")
        else:
            p = match.place
            point = f"{p.latitude:.5f}, {p.longitude:.5f}" if p.has_point else "no point"
            run.stdout.write(
                f"{name}\t{p.name}\t{point}\t{p.township or '-'} "
                f"({p.township_pcode or '-'})\t{p.state or '-'}\t{p.precision}\n"
            )
    return 0


def _events(args: argparse.Namespace, run: _Context) -> int:
    from geo.export import events_geojson_text, events_to_csv

    _, events = _events_of(args, run)
    text = events_to_csv(events) if args.format == "csv" else events_geojson_text(events)
    _output(text, args.output, run.stdout)
    return 0


def _rings(args: argparse.Namespace, run: _Context) -> int:
    from geo.export import frame_geojson_text
    from geo.rings import rings_with_beyond

    _, events = _events_of(args, run)
    centre = (
        run.gazetteer.geocode(args.center).place
        if args.center is not None
        else run.gazetteer.kia_headquarters()
    )
    bands = rings_with_beyond(centre.name, *centre.lonlat(), args.radii, events)
    _output(frame_geojson_text(bands), args.output, run.stdout)
    return 0


def _summary(args: argparse.Namespace, run: _Context) -> int:
    from geo.summary import summarise

    _, events = _events_of(args, run)
    table = summarise(events, by=args.by)
    if args.json:
        rows = table.astype(object).where(table.notna(), None).to_dict("records")
        run.stdout.write(json.dumps(rows, ensure_ascii=False) + "\n")
    else:
        run.stdout.write(table.to_string(index=False, na_rep="unknown") + "\n")
    return 0


def _quality(args: argparse.Namespace, run: _Context) -> int:
    from geo.lookup import among
    from geo.quality import quality_flags

    dataset, events = _events_of(args, run)
    kept = set(events.index)
    flags = quality_flags(events, duplicates=dataset.duplicates)
    flags = flags[among(flags["event_id"], kept) | (flags["flag"] == "duplicate id")]
    if args.json:
        run.stdout.write(json.dumps(flags.to_dict("records"), ensure_ascii=False) + "\n")
    else:
        run.stdout.write(
            (flags.to_string(index=False) if len(flags) else "no flagged events") + "\n"
        )
    return 0


def _import(args: argparse.Namespace, run: _Context) -> int:
    """Read, check and place the file a part at a time, writing each part's events as
    it goes into a temporary file: a file of any size is imported in the memory of one
    part. Only when the whole file has been read and the import stands (``--strict``:
    no bad row; at least one event) is the output put in place (or copied to standard
    output), or, with ``--database``, the transaction that added the parts committed;
    otherwise nothing is written."""
    from geo.export import frames_geojson_parts
    from geo.importers import stream_file
    from geo.townships import assign_townships

    stream = stream_file(args.file, format=args.format, gazetteer=run.gazetteer)
    layer = _layer(args)
    placed = (assign_townships(part, layer, gazetteer=run.gazetteer) for part in stream)
    if args.database:
        return _import_into(args, run, stream, placed)
    with tempfile.TemporaryFile("w+", encoding="utf-8") as written:
        for text in frames_geojson_parts(placed):
            written.write(text)
        if not _import_stands(args, run, stream):
            return 1
        written.seek(0)
        _output(iter(lambda: written.read(_COPY_CHARS), ""), args.output, run.stdout)
    return 0


def _import_stands(args: argparse.Namespace, run: _Context, stream: ImportStream) -> bool:
    """Report a whole import (its summary, problems and ``--rejects``) and whether it
    may be kept: no bad row under ``--strict``, at least one event."""
    from geo.importers import problems_csv

    stderr = run.stderr
    stderr.write(stream.summary + "\n")
    problems = stream.problems
    for problem in problems[:20]:
        stderr.write(f"  - {problem}\n")
    if len(problems) > 20:
        stderr.write(f"  ... and {len(problems) - 20} more (all of them: --rejects FILE)\n")
    if args.rejects:
        _output(problems_csv(tuple(problems)), args.rejects, run.stdout)
    if args.strict and problems:
        stderr.write("error: --strict and some rows are bad: nothing was written\n")
        return False
    if not stream.valid:
        stderr.write("error: every row was rejected: nothing was imported or written\n")
        return False
    return True


def _import_into(
    args: argparse.Namespace,
    run: _Context,
    stream: ImportStream,
    placed: Iterable[gpd.GeoDataFrame],
) -> int:
    """The import's events added to the store in one transaction, a part at a time;
    committed only when the import stands."""
    from geo.store import open_store
    from geo.store.base import Origin
    from geo.store.commands import analyst

    status = "proposed" if args.review else "published"
    origin = Origin(analyst(args.who), stream.name, stream.sha256)
    with open_store(args.database) as store:
        change = store.add(
            placed, origin, status=status, confirm=lambda: _import_stands(args, run, stream)
        )
        where = store.where
    if change is None:
        return 1
    run.stderr.write(
        f"{change.events:,} events added to {where} as {status} (change {change.change_id})\n"
    )
    return 0


def _map(args: argparse.Namespace, run: _Context) -> int:
    from geo.filters import describe_filter, township_choices
    from geo.publication import image_format, map_image

    fmt = image_format(args.output)  # before loading anything: a bad suffix fails fast
    dataset, events = _events_of(args, run)
    flt = _filter_of(args, run)
    names = township_choices(dataset.events, located=flt.located, chosen=flt.townships)
    image = map_image(
        events,
        title=describe_filter(len(events), flt, township_names=[names[c] for c in flt.townships]),
        made=dt.date.today(),
        fmt=fmt,
        centre=run.gazetteer.kia_headquarters(),
        towns=run.gazetteer.towns(),
    )
    write_atomic(args.output, image, hint="give a file in an existing folder")
    return 0


def _figure(value: int | None) -> str:
    return "?" if value is None else str(value)


def _extract(args: argparse.Namespace, run: _Context) -> int:
    from geo.extract import EARLIEST_REPORT, MAX_REPORT_BYTES, extract, read_report
    from geo.extract.confidence import PART_NAMES, part_of

    if not EARLIEST_REPORT <= args.published <= dt.date.today():
        raise GeoError(
            f"--published {args.published.isoformat()} is not a date a report can have: "
            f"give one from {EARLIEST_REPORT.isoformat()} to today"
        )
    problem = web_url_problem(args.url) if args.url else None
    if problem:
        raise GeoError(f"--url {problem}")
    if args.file == "-":
        text = read_report(sys.stdin.buffer.read(MAX_REPORT_BYTES + 1), name="standard input")
    else:
        text = read_report(Path(args.file), name=args.file)
    proposal = extract(text, published=args.published, gazetteer=run.gazetteer)
    for message in proposal.messages:
        run.stderr.write(f"note: {message}\n")
    rows = proposal.to_dicts(text)
    for row, event in zip(rows, proposal.events, strict=True):
        row["part"] = part_of(event)  # likely, check (to check) or undated
    source = {
        "publisher": args.publisher,
        "title": args.title,
        "url": args.url,
        "published": args.published.isoformat(),
    }
    for row in rows:
        row["source"] = source
    if args.json or args.left_out:
        out: object = rows
        if args.left_out:
            out = {
                "events": rows,
                "left_out": [item.to_dict() for item in proposal.left_out],
                "messages": list(proposal.messages),
            }
        run.stdout.write(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
    else:
        for row in rows:
            run.stdout.write(
                f"{row['event_date'] or 'no date'}\t{row['event_type'] or '-'} / "
                f"{row['sub_event_type'] or '-'}\t{row['location'] or 'no place'}\t"
                f"{row['township'] or '-'}\tkilled {_figure(row['fatalities_best'])}\t"
                f"{PART_NAMES[row['part']]} ({row['confidence']:.2f})\n"
            )
    return 0


def main(
    argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """Run the command line; returns the exit status."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = _parser()
    try:
        args = parser.parse_args(argv)
        if args.command == "import" and args.database and args.output != "-":
            parser.error("give -o FILE or --database URL, not both")
        if args.command == "import" and args.review and not args.database:
            parser.error("--review needs --database URL (the events start as proposed there)")
        if getattr(args, "release", None) and not args.database:
            parser.error("--release needs --database URL (the store that keeps the release)")
        if getattr(args, "data", None) and getattr(args, "database", None):
            parser.error("give --data FILE or --database URL, not both")
        if getattr(args, "merge", False) and not (args.data or getattr(args, "database", None)):
            parser.error(
                "--merge needs --data FILE or --database URL (what to merge after the bundled "
                "events)"
            )
    except SystemExit as exc:  # argparse has printed its message
        return int(exc.code or 0)
    try:
        with use_limits(_limits(args)):
            return int(args.handler(args, _Context(load_gazetteer(), stdout, stderr)))
    except GeoError as exc:
        stderr.write(f"error: {exc}\n")
        return 1
