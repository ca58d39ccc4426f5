"""Give memory freed after a big load back to the system.

Loading 100,000 events allocates several times the frame's final size (text parsed,
rows checked a part at a time); freed, most of it stays reserved by the allocators
(CPython's and glibc's malloc, Arrow's pool) and the server's resident memory keeps
it. :func:`give_back` collects garbage, then asks Arrow's pool and, where the C
library is glibc, ``malloc_trim`` to return free pages to the system.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import gc

import pyarrow as pa

__all__ = ["give_back"]


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
