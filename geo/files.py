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
import secrets
import stat
from collections.abc import Iterable
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


def write_atomic(
    path: Path | str,
    data: str | bytes | Iterable[str],
    *,
    mode: int | None = None,
    hint: str = "",
) -> Path:
    """Write ``data`` (text as UTF-8, bytes, or text in parts, each written as it
    comes: a large file need not be held whole) to ``path``; a symbolic link is
    followed, so the file it points to is written.

    The folder must exist: a missing folder is an error, not created, so a typing
    mistake in an output path is reported rather than silently making folders. The
    file keeps the mode it had; a new file gets the process's default (``umask``)
    unless ``mode`` is given. ``hint`` is added to an error message (what the user can
    do instead).

    Raises
    ------
    GeoError
        When the file cannot be written; ``path`` is then unchanged and no temporary
        file is left behind.
    """
    target = Path(path)
    if target.is_symlink():
        target = target.resolve()
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
    tmp: Path | None = None
    try:
        parts = (
            [data.encode("utf-8") if isinstance(data, str) else data]
            if isinstance(data, str | bytes)
            else (part.encode("utf-8") for part in data)
        )
        keep = stat.S_IMODE(target.stat().st_mode) if target.exists() else mode
        tmp = folder / f".kcm-{secrets.token_hex(8)}{TEMP_SUFFIX}"
        # 0o666 less the umask, as any new file; O_EXCL: never someone else's file
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with os.fdopen(fd, "wb") as out:
            for payload in parts:
                out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        if keep is not None:
            os.chmod(tmp, keep)
        os.replace(tmp, target)
        tmp = None
        fsync_folder(folder)
    except UnicodeEncodeError as error:
        raise GeoError(
            f"cannot write {target}: the text holds {error.object[error.start : error.end]!r}, "
            f"which is not a character UTF-8 can hold; nothing was written{advice}"
        ) from None
    except OSError as error:
        raise GeoError(
            f"cannot write {target}: {error.strerror or error}; nothing was written{advice}"
        ) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
    return target
