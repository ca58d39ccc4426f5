"""Give memory freed after a big load back to the system.

Loading 100,000 events allocates several times the frame's final size (text parsed,
rows checked a part at a time); freed, most of it stays reserved by the allocators
(CPython's and glibc's malloc, Arrow's pool) and the server's resident memory keeps
it. :func:`give_back` collects garbage, then asks Arrow's pool and, where the C
library is glibc, ``malloc_trim`` to return free pages to the system.

A loaded dataset is also hundreds of thousands of Python objects (a point and a
source list per event) that live as long as the process serves it; a full garbage
collection visits every one of them (Streamlit collects after every script run: 0.17 s
with 100,000 events). :func:`settle` moves what is alive after a load out of the
collector's way (``gc.freeze``), and :func:`thaw` puts it back before the next load,
so that a dataset replaced by a new one can still be collected. While a load makes
them, :func:`no_collection` holds the automatic collections off: each would visit
every object made so far, and a load of 100,000 events took 1.3 times as long per
event as one of 10,000.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import functools
import gc
from collections.abc import Iterator

import pyarrow as pa

__all__ = ["give_back", "no_collection", "settle", "thaw"]


@functools.cache
def _malloc_trim() -> ctypes._NamedFuncPointer | None:
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        return ctypes.CDLL(name).malloc_trim  # glibc only
    except (OSError, AttributeError):
        return None


def give_back(*, collect: bool = True) -> bool:
    """Return free memory to the system, after collecting garbage (``collect``: about
    0.1 s with 100,000 events loaded; without it a few milliseconds). Whether the C
    library could be asked too (glibc's ``malloc_trim``; elsewhere only Arrow's pool)."""
    if collect:
        gc.collect()
    pa.default_memory_pool().release_unused()
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


def settle() -> None:
    """Collect garbage, then keep every object alive now out of later collections
    (``gc.freeze``): call it after loading what the process keeps for long."""
    gc.collect()
    gc.freeze()


def thaw() -> None:
    """Let the collector see again what :func:`settle` set aside (``gc.unfreeze``):
    call it before loading what replaces it, so that the old can be collected."""
    gc.unfreeze()


@contextlib.contextmanager
def no_collection() -> Iterator[None]:
    """No automatic garbage collection inside the block (as it was after it): for a
    block that makes many objects that outlive it. Reference counting still frees
    everything else at once."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
