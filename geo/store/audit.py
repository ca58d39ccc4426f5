"""The audit log and releases as people read and cite them: the log as CSV or JSON
(one row per event a change touched), and a release's citation."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Final

from geo.store.base import Release

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "PUBLISHER",
    "cite_release",
    "log_csv",
    "log_csv_parts",
    "log_json",
    "log_json_parts",
    "permalink",
]

#: Who a release is cited as by default (``KCM_PUBLISHER`` names the team).
PUBLISHER: Final = "Kachin Conflict Map team"


def _rows(log: pd.DataFrame) -> pd.DataFrame:
    shown = log.copy()
    shown["at"] = shown["at"].dt.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return shown.astype(object).where(shown.notna(), None)


def log_csv(log: pd.DataFrame) -> str:
    """The log (:meth:`geo.store.base.Store.log`) as CSV: times in UTC, ``before`` and
    ``after`` as JSON text."""
    return "".join(log_csv_parts([log]))


def log_csv_parts(parts: Iterable[pd.DataFrame]) -> Iterator[str]:
    """:func:`log_csv` of a log read a part at a time (the header once)."""
    for number, part in enumerate(parts):
        yield _rows(part).to_csv(index=False, header=number == 0, lineterminator="\n")


def log_json(log: pd.DataFrame) -> str:
    """The log as a JSON list of objects, ``before`` and ``after`` as objects."""
    return "".join(log_json_parts([log]))


def log_json_parts(parts: Iterable[pd.DataFrame]) -> Iterator[str]:
    """:func:`log_json` of a log read a part at a time."""
    first = True
    yield "["
    for part in parts:
        for entry in _rows(part).to_dict(orient="records"):
            for side in ("before", "after"):
                if entry[side] is not None:
                    entry[side] = json.loads(entry[side])
            yield ("\n" if first else ",\n") + json.dumps(entry, ensure_ascii=False, indent=1)
            first = False
    yield "\n]\n"


def permalink(base_url: str, release: str) -> str:
    """The app's address showing exactly ``release``: ``BASE/?release=NAME``."""
    return f"{base_url.rstrip('/')}/?release={release}"


def cite_release(release: Release, *, publisher: str = PUBLISHER, url: str | None = None) -> str:
    """A citation of ``release``, in the author-date style newsrooms and researchers
    use: who, the year, the title with the release, what it holds, when it was frozen
    and by whom, and the permalink when the public dashboard's address is known."""
    frozen = release.at
    text = (
        f"{publisher} ({frozen:%Y}). Kachin Conflict Map events, release {release.name} "
        f"[dataset; {release.events:,} published events, frozen {frozen:%Y-%m-%d %H:%M} UTC "
        f"by {release.who}]."
    )
    if url:
        text += f" {permalink(url, release.name)}"
    return text
