"""The one way the project writes a file: whole or not at all.

:func:`write_atomic` writes to a uniquely named temporary file beside the target,
flushes it to disk (``fsync``), renames it over the target and flushes the folder, so
a reader (or a process killed halfway) sees the old file or the new one, never half
of one, and two writers never share a temporary file. Any failure removes the
temporary file and raises :class:`~geo.errors.GeoError` naming the path; the target
is then unchanged.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Final

from geo.errors import GeoError

__all__ = ["TEMP_SUFFIX", "fsync_folder", "write_atomic"]

#: Every temporary file the project makes ends with this (see :func:`write_atomic`).
TEMP_SUFFIX: Final = ".kcm-tmp"


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename in it) to disk, where the system allows."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_atomic(path: Path | str, data: str | bytes, *, mode: int = 0o644, hint: str = "") -> Path:
    """Write ``data`` (text as UTF-8 with ``\\n`` line ends, or bytes) to ``path``.

    The folder must exist: a missing folder is an error, not created, so a typing
    mistake in an output path is reported rather than silently making folders.
    ``hint`` is added to the error message (what the user can do instead).

    Raises
    ------
    GeoError
        When the file cannot be written; ``path`` is then unchanged and no temporary
        file is left behind.
    """
    target = Path(path)
    folder = target.parent
    advice = f" ({hint})" if hint else ""
    if not folder.is_dir():
        raise GeoError(
            f"cannot write {target}: the folder {folder} does not exist; "
            f"nothing was written{advice}"
        )
    if target.is_dir():
        raise GeoError(f"cannot write {target}: it is a folder; nothing was written{advice}")
    if target.exists() and not target.is_file():
        raise GeoError(
            f"cannot write {target}: it is a device, pipe or socket, not a file, and is "
            f"never replaced; nothing was written{advice}"
        )
    payload = data.encode("utf-8") if isinstance(data, str) else data
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=folder)
        with os.fdopen(fd, "wb") as out:
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, mode)  # mkstemp makes it private to its owner
        os.replace(tmp, target)
        tmp = None
        fsync_folder(folder)
    except OSError as error:
        raise GeoError(
            f"cannot write {target}: {error.strerror or error}; nothing was written{advice}"
        ) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return target
