"""The working dataset: what an analyst imported in the app, kept in versions that
are written whole, one writer at a time, and can be restored.

Settings come from the environment, so that the app and the command line read the
same files:

``KCM_DATA``
    A dataset file (ACLED, UCDP GED or GeoJSON) the app shows instead of anything
    imported in the app; ``KCM_MERGE=1`` shows it after the bundled events.
``KCM_TOWNSHIPS``
    Official MIMU township boundaries to use instead of the derived areas.
``KCM_HOME``
    Where imports made in the app are kept (default
    ``$XDG_DATA_HOME/kachin-conflict-map``, i.e. ``~/.local/share/kachin-conflict-map``).

Layout of ``KCM_HOME``::

    versions/000007/events.parquet   the imported events, in the event schema, as
                                     GeoParquet (:mod:`geo.storage`; absent: the
                                     bundled events only)
    versions/000007/version.json     whether the bundled events are shown too, when
                                     and by what the version was made, its event count
    broken/                          versions set aside because they could not be read
    .lock                            held while a version is being written

Versions written before GeoParquet hold ``events.geojson`` (RFC 7946 GeoJSON, read
through the GeoJSON importer) instead; they are read as they are, restored as they are
(the file is linked, not converted), and the next change writes GeoParquet. A version
is read column by column and validated against the schema (:mod:`geo.storage`): no
text is parsed per row but each event's sources and source fields.

The highest-numbered version is the one shown. A change (add, replace, reset,
restore) takes the lock, reads the current version *again* (so a change made by
another session in the meantime is kept, never overwritten), writes a new version
into a temporary folder, flushes it to disk and renames it into place: the events
and their settings appear together in one step, or not at all. A process killed
halfway leaves only a temporary folder, removed by the next writer. The newest
:data:`KEPT_VERSIONS` versions are kept; any of them can be restored (as a new
version, so a restore can be undone too). A version that cannot be read is set aside
into ``broken/``, never deleted.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import fcntl
import json
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import geopandas as gpd

from geo.dataset import Duplicate, merge_events, read_data_file
from geo.errors import GeoError
from geo.files import fsync_folder, write_atomic
from geo.gazetteer import Gazetteer
from geo.loader import load_events
from geo.lookup import among
from geo.storage import events_parquet_bytes

__all__ = [
    "KEPT_VERSIONS",
    "LOCK_TIMEOUT_S",
    "BrokenVersionError",
    "DataSetting",
    "Version",
    "WorkspaceBusyError",
    "add_events",
    "clear_working",
    "data_setting",
    "home",
    "remove_events",
    "restore",
    "save_working",
    "set_aside",
    "unreadable",
    "versions",
]

#: How many versions are kept: the current one and the five before it.
KEPT_VERSIONS: Final = 6
#: How long a second writer waits for the first before it is told to try again.
LOCK_TIMEOUT_S: Final = 60.0

_EVENTS: Final = "events.parquet"
#: The events file of versions written before GeoParquet (still read and restored).
_GEOJSON_EVENTS: Final = "events.geojson"
_SETTINGS: Final = "version.json"
_VERSIONS: Final = "versions"
_BROKEN: Final = "broken"
_LOCK: Final = ".lock"
_NUMBER: Final = re.compile(r"^\d{6}$")
_TEMPORARY: Final = ".tmp-"
_TRUE: Final = ("1", "true", "yes", "on")
# The files of the single working file the app kept before versions (read once, moved).
_LEGACY: Final = ("working.geojson", "settings.json")


class WorkspaceBusyError(GeoError):
    """Another session or process is writing the working dataset."""


class BrokenVersionError(GeoError):
    """The current version of the working dataset cannot be read."""

    def __init__(self, folder: Path, reason: str) -> None:
        self.folder = folder
        super().__init__(
            f"version {folder.name} of the working dataset ({folder}) cannot be read: "
            f"{reason}; set it aside to go back to the version before it"
        )


@dataclass(frozen=True)
class Version:
    """One saved state of the working dataset."""

    number: int
    folder: Path
    merge: bool
    created: str  # ISO 8601, UTC
    action: str
    events: int  # events in the version's own file (the bundled ones not counted)

    @property
    def data(self) -> Path | None:
        """The version's events file, or ``None`` when it shows the bundled events only."""
        return _events_file(self.folder)


@dataclass(frozen=True)
class DataSetting:
    """Which dataset to show: ``data`` (``None``: the bundled events only), whether
    the bundled events come first (``merge``), and the township boundaries file.

    ``fixed`` is true when ``KCM_DATA`` chose the dataset, so the app must not
    replace it; ``version`` is the working dataset's version shown (``None`` when
    fixed or nothing was ever imported).
    """

    data: Path | None
    merge: bool
    townships: Path | None
    fixed: bool
    version: int | None = None

    @property
    def name(self) -> str | None:
        """What :attr:`data` is, for descriptions: its file name, or the version."""
        if self.version is not None:
            return f"working dataset v{self.version}"
        return self.data.name if self.data else None

    def key(self) -> tuple[str, ...]:
        """A cache key that changes whenever a file it names changes."""
        parts = [str(self.merge), str(self.fixed), str(self.version)]
        for path in (self.data, self.townships):
            stamp = path.stat().st_mtime_ns if path and path.exists() else 0
            parts += [str(path), str(stamp)]
        return tuple(parts)

    def cli_args(self) -> list[str]:
        """The ``python -m geo`` options that select the same dataset."""
        args: list[str] = []
        if self.data:
            args += ["--data", str(self.data)] + (["--merge"] if self.merge else [])
        if self.townships:
            args += ["--townships", str(self.townships)]
        return args


def home(environ: Mapping[str, str] | None = None) -> Path:
    """The folder where the app keeps imported data."""
    env = os.environ if environ is None else environ
    if env.get("KCM_HOME"):
        return Path(env["KCM_HOME"])
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "kachin-conflict-map"


def data_setting(environ: Mapping[str, str] | None = None) -> DataSetting:
    """The dataset the app shows (see the module docstring).

    Raises
    ------
    BrokenVersionError
        When the current version's settings cannot be read.
    """
    env = os.environ if environ is None else environ
    townships = Path(env["KCM_TOWNSHIPS"]) if env.get("KCM_TOWNSHIPS") else None
    if env.get("KCM_DATA"):
        merge = env.get("KCM_MERGE", "").strip().lower() in _TRUE
        return DataSetting(Path(env["KCM_DATA"]), merge, townships, fixed=True)
    folder = home(env)
    if any((folder / name).exists() for name in _LEGACY):
        with _locked(folder):
            _migrate_legacy(folder)
    version = _current_version(folder)
    if version is None:
        return DataSetting(None, True, townships, fixed=False)
    return DataSetting(version.data, version.merge, townships, False, version.number)


def versions(environ: Mapping[str, str] | None = None) -> list[Version]:
    """The kept versions, newest (the one shown) first; unreadable ones left out."""
    found = []
    for folder in reversed(_numbered(home(environ))):
        with contextlib.suppress(BrokenVersionError):
            found.append(_read_version(folder))
    return found


def save_working(
    events: gpd.GeoDataFrame,
    *,
    merge: bool,
    action: str = "Replaced the events",
    environ: Mapping[str, str] | None = None,
) -> Version:
    """Make ``events`` the working dataset (after the bundled events when ``merge``).

    Raises
    ------
    GeoError
        When it cannot be written (nothing has changed), or another writer holds the
        working dataset for longer than :data:`LOCK_TIMEOUT_S` (:class:`WorkspaceBusyError`).
    """
    folder = home(environ)
    with _locked(folder):
        return _commit(folder, events, merge=merge, action=action)


def clear_working(environ: Mapping[str, str] | None = None) -> Version:
    """Back to the bundled events only, as a new version (so it can be undone)."""
    folder = home(environ)
    with _locked(folder):
        return _commit(folder, None, merge=True, action="Reset to the bundled events")


def add_events(
    new: gpd.GeoDataFrame,
    *,
    name: str,
    environ: Mapping[str, str] | None = None,
    gazetteer: Gazetteer | None = None,
) -> tuple[Version, tuple[Duplicate, ...]]:
    """Add ``new`` events (from ``name``) to the working dataset as it is *now* on disk
    (read again under the lock, so nothing another session added is lost); an id
    already present, bundled or imported, is left out and returned. When the bundled
    events are shown they stay bundled: the new version holds only the rest.

    Raises
    ------
    GeoError
        When the working dataset cannot be read or written, or is busy for longer
        than :data:`LOCK_TIMEOUT_S`; then nothing has changed.
    """
    folder = home(environ)
    with _locked(folder):
        newest = _newest(folder)
        current = _read_version(newest) if newest is not None else None
        merge = current.merge if current is not None else True
        parts = [("bundled events", load_events())] if merge else []
        if current is not None and current.data is not None:
            working = read_data_file(current.data, gazetteer=gazetteer)
            parts.append((f"version {current.number}", working))
        merged, repeated = merge_events([*parts, (name, new)])
        if merge:
            merged = merged[~among(merged.index, parts[0][1].index)]
        added = len(new) - len(repeated)
        action = f"Added {added:,} event(s) from {name}"
        return _commit(folder, merged, merge=merge, action=action), repeated


def remove_events(
    event_ids: Sequence[str],
    *,
    environ: Mapping[str, str] | None = None,
    gazetteer: Gazetteer | None = None,
) -> Version:
    """A new version without these events (imported or added ones: the bundled events
    are the app's own, and a version can always be restored).

    Raises
    ------
    GeoError
        When an id is not in the working dataset (naming it), or it cannot be read or
        written; then nothing has changed.
    """
    folder = home(environ)
    with _locked(folder):
        current = _current_version(folder)
        working = (
            read_data_file(current.data, gazetteer=gazetteer)
            if current is not None and current.data is not None
            else None
        )
        wanted = list(dict.fromkeys(map(str, event_ids)))
        missing = [i for i in wanted if working is None or i not in working.index]
        if missing or not wanted or current is None or working is None:
            raise GeoError(
                f"not in the working dataset: {', '.join(missing) or 'no event named'}; only "
                "imported or added events can be removed (the bundled events are the "
                "app's own); nothing was changed"
            )
        kept = working[~among(working.index, wanted)]
        action = f"Removed {len(wanted):,} event(s): {', '.join(wanted[:3])}" + (
            " …" if len(wanted) > 3 else ""
        )
        return _commit(folder, kept, merge=current.merge, action=action)


def restore(number: int, environ: Mapping[str, str] | None = None) -> Version:
    """Make a kept version the current one again (as a new version, with its files).

    Raises
    ------
    GeoError
        When no kept version has that number, or it cannot be read.
    """
    folder = home(environ)
    with _locked(folder):
        source = folder / _VERSIONS / f"{number:06d}"
        if not source.is_dir():
            kept = ", ".join(str(int(p.name)) for p in _numbered(folder)) or "none"
            raise GeoError(f"no version {number} is kept; kept versions: {kept}")
        old = _read_version(source)
        action = f"Restored version {old.number} ({old.action})"
        return _commit(folder, None, merge=old.merge, action=action, events_from=old)


def set_aside(folder: Path, environ: Mapping[str, str] | None = None) -> Path:
    """Move the version ``folder`` (the one the user was told cannot be read) into
    ``broken/``, never deleted: the version before it is shown again. Returns where it
    went.

    Raises
    ------
    GeoError
        When ``folder`` is no longer the current version (another session changed the
        dataset since), or cannot be moved; then nothing has changed.
    """
    base = home(environ)
    with _locked(base):
        current = _newest(base)
        if current is None or current.resolve() != Path(folder).resolve():
            raise GeoError(
                f"version {Path(folder).name} is no longer the current one (another session "
                "changed the dataset); nothing was changed: reload the page"
            )
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = base / _BROKEN / f"{current.name}-{stamp}"
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            current.rename(target)
            fsync_folder(current.parent)
        except OSError as error:
            raise GeoError(
                f"cannot move {current} to {target}: {error.strerror}; nothing was changed"
            ) from None
        return target


def unreadable(
    environ: Mapping[str, str] | None = None, *, gazetteer: Gazetteer | None = None
) -> Path | None:
    """The current version's folder if it cannot be read whole (settings or events),
    ``None`` if it can, or if there is none (nothing imported, or ``KCM_DATA``): what a
    page may offer to :func:`set_aside` after a load failed."""
    env = os.environ if environ is None else environ
    if env.get("KCM_DATA"):
        return None
    try:
        version = _current_version(home(env))
    except BrokenVersionError as error:
        return error.folder
    if version is None or version.data is None:
        return None
    try:
        read_data_file(version.data, gazetteer=gazetteer)
    except GeoError:
        return version.folder
    return None


# -- inside the lock ----------------------------------------------------------------


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """Hold the working dataset's lock (an advisory ``flock``, released by the system
    when a holder dies, so a killed process never leaves it locked), waiting up to
    :data:`LOCK_TIMEOUT_S`."""
    timeout_s = LOCK_TIMEOUT_S
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle = os.open(folder / _LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as error:
        raise GeoError(
            f"cannot use {folder} for the working dataset: {error.strerror}; nothing was "
            "changed (set KCM_HOME to a folder you can write to)"
        ) from None
    try:
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as error:
                if error.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                if time.monotonic() > deadline:
                    raise WorkspaceBusyError(
                        f"the working dataset in {folder} is being changed by another "
                        f"session or process (waited {timeout_s:g} s); nothing was "
                        "changed: try again in a moment"
                    ) from None
                time.sleep(0.05)
        yield
    finally:
        os.close(handle)  # releases the lock


def _commit(
    folder: Path,
    events: gpd.GeoDataFrame | None,
    *,
    merge: bool,
    action: str,
    events_from: Version | None = None,
) -> Version:
    """Write a new version: into a temporary folder, flushed, then renamed into place."""
    root = folder / _VERSIONS
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise GeoError(
            f"cannot write {root}: {error.strerror}; nothing was changed "
            "(set KCM_HOME to a folder you can write to)"
        ) from None
    _remove_temporaries(root)
    numbered = _numbered(folder)
    number = int(numbered[-1].name) + 1 if numbered else 1
    created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    count = 0 if events is None else len(events)
    tmp: Path | None = None
    try:
        tmp = Path(tempfile.mkdtemp(prefix=_TEMPORARY, dir=root))
        if events is not None:
            write_atomic(tmp / _EVENTS, events_parquet_bytes(events))
        elif events_from is not None and events_from.data is not None:
            # as it is: an older version's GeoJSON stays GeoJSON under its own name
            _link_or_copy(events_from.data, tmp / events_from.data.name)
            count = events_from.events
        settings = {"merge": merge, "created": created, "action": action, "events": count}
        write_atomic(tmp / _SETTINGS, json.dumps(settings, ensure_ascii=False) + "\n")
        target = root / f"{number:06d}"
        tmp.rename(target)
        fsync_folder(root)
    except (OSError, GeoError) as error:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
        reason = error.strerror if isinstance(error, OSError) else str(error)
        raise GeoError(
            f"cannot write version {number} in {root}: {reason}; nothing was changed"
        ) from None
    _prune(folder)
    return Version(number, target, merge, created, action, count)


def _link_or_copy(source: Path, target: Path) -> None:
    """Versions are never changed once written, so they can share a file."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)
        with open(target, "rb") as written:
            os.fsync(written.fileno())


def _prune(folder: Path) -> None:
    """Keep the newest :data:`KEPT_VERSIONS`; an older one is renamed out of the
    numbered set first, so a kill halfway through never leaves half a version."""
    root = folder / _VERSIONS
    for old in _numbered(folder)[:-KEPT_VERSIONS]:
        doomed = root / f"{_TEMPORARY}old-{old.name}"
        with contextlib.suppress(OSError):
            old.rename(doomed)
            shutil.rmtree(doomed, ignore_errors=True)


def _remove_temporaries(root: Path) -> None:
    """Left by a writer that was killed: only a lock holder may remove them."""
    for leftover in root.glob(f"{_TEMPORARY}*"):
        shutil.rmtree(leftover, ignore_errors=True)


def _migrate_legacy(folder: Path) -> None:
    """The single working file of earlier releases becomes version 1 (files linked,
    not rewritten; a missing settings file meant "after the bundled events")."""
    try:
        _move_legacy(folder)
    except OSError as error:
        raise GeoError(
            f"cannot move the working dataset of an earlier release in {folder} into "
            f"versions: {error.strerror or error}; nothing was changed"
        ) from None


def _move_legacy(folder: Path) -> None:
    working, settings = (folder / name for name in _LEGACY)
    if not working.exists():
        settings.unlink(missing_ok=True)  # settings with no events: nothing to keep
        return
    if _numbered(folder):  # a version was written after the legacy file: keep it aside
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
        aside = folder / _BROKEN / f"legacy-{stamp}"
        aside.mkdir(parents=True)
        for path in (working, settings):
            if path.exists():
                path.rename(aside / path.name)
        return
    root = folder / _VERSIONS
    root.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=_TEMPORARY, dir=root))
    try:
        merge = _legacy_merge(settings)
    except ValueError:
        merge = None  # written as found below, so the version is reported as broken
    created = dt.datetime.fromtimestamp(working.stat().st_mtime, dt.UTC)
    record = {
        "merge": merge,
        "created": created.isoformat(timespec="seconds"),
        "action": "Kept from an earlier release (working.geojson)",
        "events": None,
    }
    write_atomic(tmp / _SETTINGS, json.dumps(record) + "\n")
    _link_or_copy(working, tmp / _GEOJSON_EVENTS)
    tmp.rename(root / f"{1:06d}")
    fsync_folder(root)
    working.unlink()
    settings.unlink(missing_ok=True)


def _legacy_merge(settings: Path) -> bool:
    if not settings.exists():
        return True
    loaded = json.loads(settings.read_text(encoding="utf-8"))
    if not isinstance(loaded, dict) or not isinstance(loaded.get("merge", True), bool):
        raise ValueError("settings.json does not say whether to merge")
    return bool(loaded.get("merge", True))


# -- reading ------------------------------------------------------------------------


def _numbered(folder: Path) -> list[Path]:
    """The version folders, oldest first."""
    root = folder / _VERSIONS
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if _NUMBER.match(p.name) and p.is_dir())


def _newest(folder: Path) -> Path | None:
    numbered = _numbered(folder)
    return numbered[-1] if numbered else None


def _current_version(folder: Path) -> Version | None:
    """The newest version, read without the lock: a folder that a writer moved away
    (set aside, pruned) while it was being read is looked for again, not reported."""
    for _ in range(10):
        newest = _newest(folder)
        if newest is None:
            return None
        try:
            return _read_version(newest)
        except BrokenVersionError:
            if newest.is_dir():
                raise
    raise BrokenVersionError(folder / _VERSIONS, "its versions kept changing while read")


def _events_file(folder: Path) -> Path | None:
    """A version's events file: GeoParquet, or an older version's GeoJSON."""
    for name in (_EVENTS, _GEOJSON_EVENTS):
        if (folder / name).is_file():
            return folder / name
    return None


def _read_version(folder: Path) -> Version:
    path = folder / _SETTINGS
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise BrokenVersionError(folder, f"cannot read {path.name}: {error.strerror}") from None
    except ValueError as error:
        raise BrokenVersionError(folder, f"{path.name} is not valid JSON ({error})") from None
    if not isinstance(loaded, dict) or not isinstance(loaded.get("merge"), bool):
        raise BrokenVersionError(folder, f"{path.name} does not say whether to merge (true/false)")
    events = loaded.get("events")
    bundled_only = loaded["merge"] and events == 0
    if not bundled_only and _events_file(folder) is None:
        raise BrokenVersionError(folder, f"{_EVENTS} is missing")
    return Version(
        number=int(folder.name),
        folder=folder,
        merge=loaded["merge"],
        created=str(loaded.get("created", "")),
        action=str(loaded.get("action", "")),
        events=events if isinstance(events, int) else -1,
    )
