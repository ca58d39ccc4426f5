"""Reading JSON from outside (imported files, text inside their fields) with its
nesting depth limited.

Python's parser recurses once per level: a file nested 100,000 arrays deep ends in a
``RecursionError``. :func:`read_json` measures the depth first, in one linear pass
that never recurses, and refuses anything deeper than :data:`MAX_JSON_DEPTH`.
"""

from __future__ import annotations

import json
from typing import Any, Final

import numpy as np

__all__ = ["MAX_JSON_DEPTH", "TooDeepError", "json_depth", "read_json"]

#: The deepest nesting read. A GeoJSON event is 6 deep (collection, features, feature,
#: properties, sources, reported); a multipolygon's coordinates 8.
MAX_JSON_DEPTH: Final = 64

_QUOTE: Final = ord('"')
_BACKSLASH: Final = ord("\\")
_OPENS: Final = np.zeros(256, dtype=np.int8)
_OPENS[[ord("["), ord("{")]] = 1
_OPENS[[ord("]"), ord("}")]] = -1
_CHUNK: Final = 1 << 20


class TooDeepError(ValueError):
    """JSON nested deeper than is read."""


def json_depth(data: bytes | str) -> int:
    """The deepest nesting of arrays and objects in JSON text (linear, no recursion).

    Brackets inside strings are not counted. For text that is not JSON the result is
    only an estimate; the parser then says what is wrong.

    The text is read a megabyte at a time with numpy: a quote ends or starts a string
    unless an odd run of backslashes comes before it; a bracket counts where the
    quotes before it are even. (A regular expression removing the strings first took
    twice as long per byte on a 230 MB file as on a 23 MB one.)
    """
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    if raw.count(b"[") + raw.count(b"{") == 0:
        return 0
    deepest, level = 0, 0
    in_string = False  # the state where the chunk starts
    backslashes = 0  # the run of backslashes that ends the previous chunk
    for start in range(0, len(raw), _CHUNK):
        size = min(_CHUNK, len(raw) - start)
        chunk = np.frombuffer(raw, dtype=np.uint8, count=size, offset=start)
        positions = np.arange(len(chunk))
        is_backslash = chunk == _BACKSLASH
        # where the run of backslashes that ends just before each byte starts
        after_other = np.maximum.accumulate(np.where(is_backslash, -1, positions))
        quotes = np.flatnonzero(chunk == _QUOTE)
        before = np.where(quotes > 0, after_other[np.maximum(quotes - 1, 0)], -1)
        # backslashes from the chunk's start on continue the last chunk's run
        run = np.where(before < 0, quotes + backslashes, quotes - 1 - before)
        toggles = np.zeros(len(chunk) + 1, dtype=np.int32)
        toggles[quotes[run % 2 == 0] + 1] = 1  # unescaped quotes
        inside = (np.cumsum(toggles[:-1]) + in_string) % 2 == 1
        steps = np.where(inside, 0, _OPENS[chunk])
        levels = np.cumsum(steps, dtype=np.int64) + level
        deepest = max(deepest, int(levels.max()))
        level = int(levels[-1])
        in_string = bool((int(toggles.sum()) + in_string) % 2)
        tail = after_other[-1]
        backslashes = len(chunk) - 1 - tail if tail >= 0 else backslashes + len(chunk)
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
