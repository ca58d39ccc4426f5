"""A disk cache for work that is slow to redo: text files keyed by a hash of their inputs.

The folder is ``KCM_CACHE`` if set, else ``$XDG_CACHE_HOME/kachin-conflict-map``, i.e.
``~/.cache/kachin-conflict-map``. A cache file is plain text (a first line with its key
and the SHA-256 of the rest, then lines of JSON), never a pickle, so reading one cannot
run code. The cache only ever saves time: a missing, damaged, stale or unreadable file
reads as absent (the caller rebuilds), and a folder that cannot be
written is passed over (the next start is simply as slow as this one).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Final

from geo.errors import GeoError
from geo.files import write_atomic

__all__ = ["cache_folder", "cache_key", "file_stamp", "read_cached", "write_cached"]

_APP: Final = "kachin-conflict-map"
_LOG: Final = logging.getLogger(__name__)


def cache_folder(env: Mapping[str, str] | None = None) -> Path:
    """Where cache files go (see the module docstring); not created here."""
    env = os.environ if env is None else env
    if env.get("KCM_CACHE"):
        return Path(env["KCM_CACHE"])
    base = env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / _APP


def file_stamp(path: Path) -> str:
    """A file's resolved path, size and modification time in nanoseconds."""
    resolved = path.resolve()
    info = resolved.stat()
    return f"{resolved}|{info.st_size}|{info.st_mtime_ns}"


def cache_key(*parts: str) -> str:
    """A short hex digest of the inputs a cached result depends on."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8", "surrogateescape"))
        digest.update(b"\0")
    return digest.hexdigest()[:24]


def _path(name: str, key: str) -> Path:
    return cache_folder() / f"{name}-{key}.txt"


def read_cached(name: str, key: str) -> str | None:
    """The text cached as ``name`` under ``key``, or None when there is none that can be
    read (absent, unreadable, not UTF-8, or written for another key)."""
    path = _path(name, key)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        _LOG.info("cache file %s not read (%s); rebuilding", path, error)
        return None
    first, _, body = data.partition(b"\n")
    if first != _first_line(key, body):
        _LOG.info("cache file %s is damaged or not for key %s; rebuilding", path, key)
        return None
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        _LOG.info("cache file %s is not UTF-8 (%s); rebuilding", path, error)
        return None


def _first_line(key: str, body: bytes) -> bytes:
    return f"{key} {hashlib.sha256(body).hexdigest()}".encode("ascii")


def write_cached(name: str, key: str, text: str) -> Path | None:
    """Cache ``text`` as ``name`` under ``key`` and remove
    older versions of ``name``. Returns the file, or None when it cannot be written
    (logged: the cache only saves time)."""
    folder = cache_folder()
    path = _path(name, key)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        body = text.encode("utf-8")
        write_atomic(path, _first_line(key, body) + b"\n" + body)
    except (OSError, UnicodeEncodeError, GeoError) as error:
        _LOG.info("cache file %s not written (%s); continuing without it", path, error)
        return None
    for old in folder.glob(f"{name}-*.txt"):
        if old != path:
            with contextlib.suppress(OSError):  # another process may have removed it first
                old.unlink()
    return path
