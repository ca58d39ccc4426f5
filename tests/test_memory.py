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


class _Cycle:
    """An object in a reference cycle: only the garbage collector frees it."""

    def __init__(self) -> None:
        self.me = self


def test_settled_objects_are_left_out_of_collections_until_thawed() -> None:
    import gc
    import weakref

    kept = _Cycle()
    alive = weakref.ref(kept)
    try:
        memory.settle()
        assert gc.get_freeze_count() > 0
        del kept
        gc.collect()
        assert alive() is not None  # set aside: a full collection does not visit it
        memory.thaw()
        assert gc.get_freeze_count() == 0
        gc.collect()
        assert alive() is None  # thawed: collected
    finally:
        memory.thaw()


def test_no_collection_holds_collections_off_and_restores_the_setting() -> None:
    import gc

    seen: list[bool] = []

    def failing_load() -> None:
        with memory.no_collection():
            seen.append(gc.isenabled())
            raise RuntimeError("a load that fails")

    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        failing_load()
    assert seen == [False]
    assert gc.isenabled()
    gc.disable()
    try:
        with memory.no_collection():
            assert not gc.isenabled()
        assert not gc.isenabled()  # as it was before the block
    finally:
        gc.enable()
