"""JSON from outside: depth measured in one pass without recursion, so that a file
nested 100,000 levels deep is refused with a message, not a RecursionError."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from geo import jsontext
from geo.jsontext import MAX_JSON_DEPTH, TooDeepError, json_depth, read_json


@pytest.mark.parametrize(
    ("text", "depth"),
    [
        ("1", 0),
        ('"[[[["', 0),  # brackets inside a string do not count
        (r'"\"[[" ', 0),  # nor after an escaped quote
        ("[]", 1),
        ('{"a": [1, {"b": []}]}', 4),
        ("[[], [[]], []]", 3),
        ('{"type": "FeatureCollection", "features": [{"properties": {"s": "]]]"}}]}', 4),
        (b'\xef\xbb\xbf{"a": [[1]]}', 3),
        ("[" * 100_000 + "]" * 100_000, 100_000),
        ("[" * 70, 70),  # not JSON: an estimate, the parser then says what is wrong
    ],
)
def test_depth(text: str | bytes, depth: int) -> None:
    assert json_depth(text) == depth


def _depth_byte_by_byte(text: str) -> int:
    """The rule, one character at a time: what ``json_depth`` computes with numpy."""
    deepest = level = 0
    inside = escaped = False
    for char in text:
        if inside:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                inside = False
        elif char == '"':
            inside = True
        elif char in "[{":
            level += 1
            deepest = max(deepest, level)
        elif char in "]}":
            level -= 1
    return deepest


_TRICKY = st.text(alphabet='[]{}"\\a', max_size=6)  # brackets, quotes, escapes in strings
_JSON = st.recursive(
    _TRICKY | st.integers(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TRICKY, inner, max_size=3),
    max_leaves=12,
)


@given(_JSON, st.integers(min_value=1, max_value=9))
def test_depth_across_chunk_boundaries_follows_the_rule(value: object, chunk: int) -> None:
    text = json.dumps(value)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(jsontext, "_CHUNK", chunk)  # strings and escapes split across reads
        assert json_depth(text) == _depth_byte_by_byte(text)


def test_a_deep_file_is_refused_with_its_depth_not_a_recursion_error() -> None:
    deep = ("[" * 100_000 + "]" * 100_000).encode()
    with pytest.raises(TooDeepError, match=r"nested 100,000 levels deep, deeper than the 64"):
        read_json(deep)
    assert read_json("[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH) is not None


def test_the_depth_reads_each_byte_once() -> None:
    """Linear by construction: every byte is read once, a part at a time (the time it
    takes is measured by bench/bench_hostile.py, never in a test)."""
    reads: list[int] = []
    real = np.frombuffer

    def counted(buffer: bytes, **options: int) -> object:
        reads.append(options["count"])
        return real(buffer, **options)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(jsontext.np, "frombuffer", counted)
        patch.setattr(jsontext, "_CHUNK", 1_000)
        assert json_depth("[" * 5_000 + "]" * 5_000) == 5_000
    assert reads == [1_000] * 10


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xff\xfe{", "codec can't decode"),
        (b"{", "Expecting property name"),
        ("9" * 5000, "Exceeds the limit"),
    ],
)
def test_what_is_not_json_is_a_value_error(data: str | bytes, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        read_json(data)
