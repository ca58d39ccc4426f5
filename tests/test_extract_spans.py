"""geo.extract._spans: spans already read."""

from __future__ import annotations

from geo.extract._spans import Taken


def test_overlaps() -> None:
    taken = Taken(20, [(2, 5)])
    taken.add((10, 12))
    assert taken.overlaps((4, 8))
    assert taken.overlaps((11, 30))
    assert not taken.overlaps((5, 10))  # ends are exclusive
    assert not taken.overlaps((12, 20))
    taken.add((18, 40))  # clipped to the text
    assert taken.overlaps((19, 20))
