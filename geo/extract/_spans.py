"""Which characters of a text are already read: a mask, so that checking a span
against every span taken so far costs the span's length, not their number."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["Taken"]


class Taken:
    """Spans of a text already read as something (a date, an actor, a place)."""

    def __init__(self, length: int, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._mask = bytearray(length)
        for span in spans:
            self.add(span)

    def add(self, span: tuple[int, int]) -> None:
        start, end = max(0, span[0]), min(len(self._mask), span[1])
        self._mask[start:end] = b"\x01" * max(0, end - start)

    def overlaps(self, span: tuple[int, int]) -> bool:
        """True when any character of ``span`` is taken."""
        return any(self._mask[max(0, span[0]) : span[1]])
