"""Whether the app is a read-only dashboard: ``KCM_READ_ONLY=1`` (also ``true``,
``yes``, ``on``). Kept apart, with no heavy import, so that ``app.py`` can leave the
pages that change data out of the navigation before anything is loaded."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Final

__all__ = ["READ_ONLY_ENV", "read_only"]

READ_ONLY_ENV: Final = "KCM_READ_ONLY"
_TRUE: Final = ("1", "true", "yes", "on")


def read_only(environ: Mapping[str, str] | None = None) -> bool:
    """Whether no control that changes data may be shown."""
    env = os.environ if environ is None else environ
    return env.get(READ_ONLY_ENV, "").strip().lower() in _TRUE
