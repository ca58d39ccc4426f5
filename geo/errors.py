"""The one family of errors the domain raises.

Every message repeats the bad value, names the row and field where there is one,
and lists the valid choices or the closest candidates. Pages and the command line
catch :class:`GeoError` (and nothing broader) and show its message.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = [
    "BusyError",
    "DatabaseError",
    "FilterError",
    "GeoError",
    "Problem",
    "SchemaError",
    "StaleEditError",
    "UnknownPlaceError",
    "UnknownTownshipError",
    "ValidationError",
]


class GeoError(Exception):
    """Base class of every error raised by the ``geo`` package."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one row of input.

    Parameters
    ----------
    row
        Row number as the user sees it (1-based data row), or ``None`` for a
        problem with the whole input.
    field
        The column or field at fault.
    message
        What is wrong, repeating the bad value.
    """

    row: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"row {self.row}, " if self.row is not None else ""
        return f"{where}field '{self.field}': {self.message}"


class ValidationError(GeoError):
    """Input failed validation; ``problems`` lists every problem found."""

    def __init__(
        self,
        problems: Sequence[Problem],
        *,
        source: str = "input",
        outcome: str = "nothing was loaded",
    ) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        self.source = source
        shown = "\n".join(f"  - {p}" for p in self.problems[:20])
        more = len(self.problems) - 20
        tail = f"\n  ... and {more} more" if more > 0 else ""
        noun = "problem" if len(self.problems) == 1 else "problems"
        message = f"{source}: {len(self.problems)} {noun}; {outcome}:\n{shown}{tail}"
        super().__init__(message)


def _closest(candidates: Iterable[str]) -> str:
    names = list(candidates)
    return ", ".join(names) if names else "none"


class DatabaseError(GeoError):
    """A store (the team's database, or the embedded file) cannot be reached or
    refused what was asked; nothing was changed."""


class BusyError(DatabaseError):
    """Another process is writing the store: nothing was changed; try again."""


class StaleEditError(DatabaseError):
    """A change was made from an older revision of an event than the stored one."""


class SchemaError(GeoError):
    """A store's schema does not fit this code (older, newer, or changed files)."""


class UnknownPlaceError(GeoError):
    """A place name matched nothing in the gazetteer."""

    def __init__(self, query: str, candidates: Sequence[str], *, scope: str | None = None) -> None:
        self.query = query
        self.candidates = tuple(candidates)
        within = f" within {scope}" if scope else ""
        message = (
            f"unknown place {query!r}{within}; closest candidates: {_closest(self.candidates)}"
        )
        super().__init__(message)


class UnknownTownshipError(GeoError):
    """A township name or P-code matched no MIMU township."""

    def __init__(self, value: str, candidates: Sequence[str]) -> None:
        self.value = value
        self.candidates = tuple(candidates)
        message = (
            f"unknown township {value!r}: give a MIMU township name or P-code "
            f"(e.g. Waingmaw or MMR001002); closest: {_closest(self.candidates)}"
        )
        super().__init__(message)


class FilterError(GeoError):
    """A filter that cannot be applied (bad date range, unknown event type, ...)."""
