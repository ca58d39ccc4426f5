"""``python -m geo db ...``: a store's commands (:mod:`geo.cli` adds them).

``db upgrade``   create the store, or apply the PostGIS migrations it lacks
``db version``   its schema version against the code's (exit 1 when they differ)
``db log``       the audit log (``--event ID``; ``--format csv|json``; ``-o FILE``)
``db release``   freeze the published events as release NAME (editors)
``db releases``  the releases, newest first
``db cite``      a release's citation (``--url`` the public dashboard's address,
                 default ``$KCM_PUBLIC_URL``; ``$KCM_PUBLISHER`` names the team)

The store is ``--database URL``, else ``$KCM_DATABASE_URL``; who makes a change is
``--who``, else ``$KCM_ANALYST``, else the user's login name.
"""

from __future__ import annotations

import argparse
import getpass
import os
from typing import Any, Final, Protocol, TextIO

from geo.errors import GeoError
from geo.files import write_atomic

__all__ = ["ANALYST_ENV", "add_commands", "analyst"]

#: The environment variable naming who makes changes from this machine.
ANALYST_ENV: Final = "KCM_ANALYST"


class _Run(Protocol):
    stdout: TextIO
    stderr: TextIO


def analyst(given: str | None = None) -> str:
    """Who makes a change: ``given``, else ``$KCM_ANALYST``, else the login name."""
    return (given or os.environ.get(ANALYST_ENV) or getpass.getuser()).strip()


def _url(args: argparse.Namespace) -> str:
    from geo.store.postgis import DATABASE_ENV, database_url

    url = database_url(args.database)
    if url is None:
        raise GeoError(f"no store: give --database URL or set {DATABASE_ENV}")
    return url


def _add_database(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database",
        metavar="URL",
        help="the team's PostGIS database (postgresql://USER@HOST:PORT/NAME) or an "
        "embedded store (sqlite:///FILE.sqlite); default: $KCM_DATABASE_URL",
    )


def _add_who(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--who", metavar="NAME", help="named in the audit log (default: $KCM_ANALYST, else you)"
    )


def add_commands(actions: Any) -> None:
    """The ``db`` actions, on the ``db`` command's sub-parsers."""
    upgrade = actions.add_parser(
        "upgrade", help="create the store or apply the migrations it lacks"
    )
    upgrade.set_defaults(handler=_upgrade)
    version = actions.add_parser("version", help="the store's schema version and the code's")
    version.set_defaults(handler=_version)
    log = actions.add_parser("log", help="the audit log as CSV or JSON")
    log.add_argument("--event", metavar="ID", help="only the changes of this event")
    log.add_argument("--format", choices=("csv", "json"), default="csv")
    log.add_argument("-o", "--output", default="-", metavar="FILE", help="default: standard output")
    log.set_defaults(handler=_log)
    release = actions.add_parser("release", help="freeze the published events as a release")
    release.add_argument("name", metavar="NAME", help="e.g. 2024-06")
    release.add_argument("--note", help="what the release is for")
    _add_who(release)
    release.set_defaults(handler=_release)
    releases = actions.add_parser("releases", help="the releases, newest first")
    releases.set_defaults(handler=_releases)
    cite = actions.add_parser("cite", help="a release's citation")
    cite.add_argument("name", metavar="NAME")
    cite.add_argument(
        "--url", default=os.environ.get("KCM_PUBLIC_URL"), help="the public dashboard's address"
    )
    cite.set_defaults(handler=_cite)
    for parser in (upgrade, version, log, release, releases, cite):
        _add_database(parser)


def _upgrade(args: argparse.Namespace, run: _Run) -> int:
    from geo.store.embedded import SCHEMA_VERSION, embedded_path, is_embedded_url, open_embedded
    from geo.store.migrations import upgrade
    from geo.store.postgis import connect, shown_url

    url = _url(args)
    if is_embedded_url(url):
        open_embedded(embedded_path(url)).close()
        run.stdout.write(f"{embedded_path(url)}: embedded store, schema version {SCHEMA_VERSION}\n")
        return 0
    with connect(url) as conn:
        done = upgrade(conn)
    where = shown_url(url)
    if not done.applied:
        run.stdout.write(f"{where}: schema version {done.after}, up to date\n")
        return 0
    files = ", ".join(f"{m.version:04d}_{m.name}.sql" for m in done.applied)
    run.stdout.write(f"{where}: schema version {done.before} -> {done.after} ({files})\n")
    return 0


def _version(args: argparse.Namespace, run: _Run) -> int:
    from geo.store.embedded import SCHEMA_VERSION, embedded_path, is_embedded_url, open_embedded
    from geo.store.migrations import applied, latest
    from geo.store.postgis import connect, shown_url

    url = _url(args)
    if is_embedded_url(url):
        open_embedded(embedded_path(url)).close()  # refuses a newer file
        run.stdout.write(f"{embedded_path(url)}: embedded store, schema version {SCHEMA_VERSION}\n")
        return 0
    with connect(url) as conn:
        have = max(applied(conn), default=0)
    known = latest()
    state = (
        "up to date"
        if have == known
        else ("run python -m geo db upgrade" if have < known else "newer than this code")
    )
    run.stdout.write(
        f"{shown_url(url)}: schema version {have}; this code knows up to {known} ({state})\n"
    )
    return 0 if have == known else 1


def _log(args: argparse.Namespace, run: _Run) -> int:
    from geo.store import open_store
    from geo.store.audit import log_csv_parts, log_json_parts

    write = log_json_parts if args.format == "json" else log_csv_parts
    with open_store(_url(args)) as store:  # a part at a time: any size of log
        text = write(store.log_parts(args.event))
        if args.output == "-":
            for chunk in text:
                run.stdout.write(chunk)
        else:
            write_atomic(args.output, text)
    return 0


def _release(args: argparse.Namespace, run: _Run) -> int:
    from geo.store import open_store

    with open_store(_url(args)) as store:
        made = store.release(args.name, who=analyst(args.who), note=args.note)
        where = store.where
    run.stdout.write(
        f"release {made.name}: {made.events:,} published events frozen in {where} "
        f"at {made.at:%Y-%m-%d %H:%M:%S} UTC by {made.who}\n"
    )
    return 0


def _releases(args: argparse.Namespace, run: _Run) -> int:
    from geo.store import open_store

    with open_store(_url(args)) as store:
        found = store.releases()
    for item in found:
        note = f"  {item.note}" if item.note else ""
        run.stdout.write(
            f"{item.name}\t{item.at:%Y-%m-%d %H:%M} UTC\t{item.who}\t{item.events:,} events{note}\n"
        )
    return 0


def _cite(args: argparse.Namespace, run: _Run) -> int:
    from geo.store import open_store
    from geo.store.audit import PUBLISHER, cite_release

    with open_store(_url(args)) as store:
        found = store.release_info(args.name)
    publisher = os.environ.get("KCM_PUBLISHER") or PUBLISHER
    run.stdout.write(cite_release(found, publisher=publisher, url=args.url) + "\n")
    return 0
