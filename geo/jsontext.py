"""Reading JSON from outside (imported files, text inside their fields) with its
nesting depth limited.

Python's parser recurses once per level: a file nested 100,000 arrays deep ends in a
``RecursionError``. :func:`read_json` measures the depth first, in one linear pass
that never recurses, and refuses anything deeper than :data:`MAX_JSON_DEPTH`.
"""

from __future__ import annotations

import json
import re
from typing import Any, Final

import numpy as np

__all__ = ["MAX_JSON_DEPTH", "TooDeepError", "json_depth", "read_json"]

#: The deepest nesting read. A GeoJSON event is 6 deep (collection, features, feature,
#: properties, sources, reported); a multipolygon's coordinates 8.
MAX_JSON_DEPTH: Final = 64

#: A JSON string, escapes included (unrolled: no backtracking).
_STRING: Final = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKETS: Final = bytes(b for b in range(256) if b not in b"[]{}")
_CHUNK: Final = 1 << 20


class TooDeepError(ValueError):
    """JSON nested deeper than is read."""


def json_depth(data: bytes | str) -> int:
    """The deepest nesting of arrays and objects in JSON text (linear, no recursion).

    Brackets inside strings are not counted. For text that is not JSON the result is
    only an estimate; the parser then says what is wrong.
    """
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    if raw.count(b"[") + raw.count(b"{") == 0:
        return 0
    brackets = _STRING.sub(b"", raw).translate(None, _NOT_BRACKETS)
    steps = np.frombuffer(brackets, dtype=np.uint8)
    deepest, level = 0, 0
    for start in range(0, len(steps), _CHUNK):
        chunk = steps[start : start + _CHUNK]
        opens = (chunk == ord("[")) | (chunk == ord("{"))
        levels = np.cumsum(np.where(opens, 1, -1), dtype=np.int64) + level
        deepest = max(deepest, int(levels.max()))
        level = int(levels[-1])
    return deepest


def read_json(data: bytes | str, *, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """Parse JSON text (UTF-8 bytes, a byte-order mark allowed, or text).

    Raises
    ------
    TooDeepError
        When the text is nested deeper than ``max_depth`` (the message says how deep).
    ValueError
        When the text is not JSON or not UTF-8.
    """
    # No deeper than it has brackets: a small record or list is not measured.
    opened = (
        data.count(b"{") + data.count(b"[")
        if isinstance(data, bytes)
        else data.count("{") + data.count("[")
    )
    depth = json_depth(data) if opened > max_depth else opened
    if depth > max_depth:
        raise TooDeepError(
            f"nested {depth:,} levels deep, deeper than the {max_depth} read: "
            "not an event file (a damaged or hostile file?)"
        )
    text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
    return json.loads(text)
