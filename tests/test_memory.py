"""geo.memory: freed memory is given back to the system."""

from __future__ import annotations

import platform

import pytest

from geo import memory


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="malloc_trim is glibc's")
def test_glibc_is_asked_to_return_free_memory() -> None:
    assert memory._malloc_trim() is not None
    assert memory.give_back() is True
    assert memory.give_back(collect=False) is True


def test_without_malloc_trim_python_and_arrow_still_give_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    collected: list[bool] = []
    monkeypatch.setattr(memory, "_malloc_trim", lambda: None)
    monkeypatch.setattr(memory.gc, "collect", lambda: collected.append(True))
    assert memory.give_back() is False
    assert collected == [True]
    assert memory.give_back(collect=False) is False
    assert collected == [True]  # not collected again
