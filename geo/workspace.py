"""The working dataset: where the app keeps what an analyst imported, and which
dataset it shows.

Settings come from the environment, so that the app and the command line read the
same files:

``KCM_DATA``
    A dataset file (ACLED, UCDP GED or GeoJSON) the app shows instead of anything
    imported in the app; ``KCM_MERGE=1`` shows it after the bundled events.
``KCM_TOWNSHIPS``
    Official MIMU township boundaries to use instead of the derived areas.
``KCM_HOME``
    Where imports made in the app are kept (default
    ``$XDG_DATA_HOME/kachin-conflict-map``, i.e. ``~/.local/share/kachin-conflict-map``):
    ``working.geojson`` (the imported events, in the event schema) and
    ``settings.json`` (whether the bundled events are shown too).

Files are written whole to a temporary file and renamed, so a reader never sees
half a file and a failed write changes nothing.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import geopandas as gpd

from geo.dataset import Duplicate, merge_events
from geo.errors import GeoError
from geo.export import events_to_geojson, geojson_text

__all__ = [
    "DataSetting",
    "add_events",
    "clear_working",
    "data_setting",
    "home",
    "save_working",
]

_WORKING: Final = "working.geojson"
_SETTINGS: Final = "settings.json"
_TRUE: Final = ("1", "true", "yes", "on")


@dataclass(frozen=True)
class DataSetting:
    """Which dataset to show: ``data`` (``None``: the bundled events only), whether
    the bundled events come first (``merge``), and the township boundaries file.

    ``fixed`` is true when ``KCM_DATA`` chose the dataset, so the app must not
    replace it.
    """

    data: Path | None
    merge: bool
    townships: Path | None
    fixed: bool

    def key(self) -> tuple[str, ...]:
        """A cache key that changes whenever a file it names changes."""
        parts = [str(self.merge), str(self.fixed)]
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
    """The dataset the app shows (see the module docstring)."""
    env = os.environ if environ is None else environ
    townships = Path(env["KCM_TOWNSHIPS"]) if env.get("KCM_TOWNSHIPS") else None
    if env.get("KCM_DATA"):
        merge = env.get("KCM_MERGE", "").strip().lower() in _TRUE
        return DataSetting(Path(env["KCM_DATA"]), merge, townships, fixed=True)
    folder = home(env)
    working = folder / _WORKING
    if not working.exists():
        return DataSetting(None, True, townships, fixed=False)
    settings = _read_settings(folder)
    return DataSetting(working, bool(settings.get("merge", True)), townships, fixed=False)


def _read_settings(folder: Path) -> dict[str, object]:
    try:
        loaded = json.loads((folder / _SETTINGS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def _write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    except OSError as error:
        if tmp.parent.is_dir():
            tmp.unlink(missing_ok=True)
        raise GeoError(
            f"cannot write {path}: {error.strerror or error}; nothing was changed "
            "(set KCM_HOME to a folder you can write to)"
        ) from None


def save_working(
    events: gpd.GeoDataFrame, *, merge: bool, environ: Mapping[str, str] | None = None
) -> Path:
    """Make ``events`` the working dataset (after the bundled events when ``merge``)."""
    folder = home(environ)
    path = folder / _WORKING
    _write(path, geojson_text(events_to_geojson(events)))
    _write(folder / _SETTINGS, json.dumps({"merge": merge}) + "\n")
    return path


def clear_working(environ: Mapping[str, str] | None = None) -> None:
    """Back to the bundled events only (the working files are removed)."""
    folder = home(environ)
    for name in (_WORKING, _SETTINGS):
        (folder / name).unlink(missing_ok=True)


def add_events(
    current: gpd.GeoDataFrame,
    new: gpd.GeoDataFrame,
    *,
    name: str,
    setting: DataSetting,
    environ: Mapping[str, str] | None = None,
) -> tuple[Path, tuple[Duplicate, ...]]:
    """Add ``new`` events (named ``name``) to the dataset shown now (``current``) and
    save the result as the working dataset; an id already present is left out and
    returned. When the bundled events are shown, they stay bundled (the working file
    holds only the rest and is merged after them).

    Raises
    ------
    GeoError
        When the working dataset cannot be written; then nothing has changed.
    """
    merged, repeated = merge_events([("current dataset", current), (name, new)])
    after_bundled = setting.merge or setting.data is None
    ours = (merged["dataset"] != "bundled").fillna(True).astype(bool)
    path = save_working(
        merged[ours.to_numpy()] if after_bundled else merged, merge=after_bundled, environ=environ
    )
    return path, repeated
