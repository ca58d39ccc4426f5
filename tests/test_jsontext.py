"""JSON from outside: depth measured in one pass without recursion, so that a file
nested 100,000 levels deep is refused with a message, not a RecursionError."""

from __future__ import annotations

import time

import pytest

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


def test_a_deep_file_is_refused_with_its_depth_not_a_recursion_error() -> None:
    deep = ("[" * 100_000 + "]" * 100_000).encode()
    with pytest.raises(TooDeepError, match=r"nested 100,000 levels deep, deeper than the 64"):
        read_json(deep)
    assert read_json("[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH) is not None


def test_the_depth_is_measured_in_linear_time() -> None:
    small, large = ("[" * n + "]" * n for n in (200_000, 2_000_000))
    start = time.perf_counter()
    json_depth(small)
    middle = time.perf_counter()
    json_depth(large)
    end = time.perf_counter()
    # Ten times the input in well under a hundred times the time (quadratic would be 100x).
    assert end - middle < 30 * max(middle - start, 0.005)


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
