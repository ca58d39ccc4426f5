"""Location and coding quality: which events to look at twice, and why.

:func:`quality_flags` reads only the event columns (after
:func:`geo.townships.assign_townships`) and the duplicates a merge left out, so the
same flags show on the map, in the tables and in the Data quality view.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import pandas as pd

from geo.dataset import Duplicate
from geo.importers.ucdp import unordered_figures, widened
from geo.precision import region_only

__all__ = ["FLAGS", "flagged_ids", "quality_flags"]

#: Every flag, with what it means.
FLAGS: Final = {
    "township mismatch": "the township the source names is not the one the coordinates fall in",
    "state mismatch": "the state or region the source names is not the one the coordinates fall in",
    "unknown township name": "the source's township name is not a MIMU township",
    "outside Myanmar": "the source names another country, or the coordinates fall in no "
    "township area (outside Myanmar, or in a gap of the approximate areas)",
    "missing precision": "the source gave no date or location precision code",
    "duplicate id": "an event with this id was already in the dataset; this one was left out",
    "figures out of order in the source": "the source's own low, best and high fatality "
    "figures are out of order (UCDP): its best is kept, the range widened to the three "
    "figures' minimum and maximum",
}
_COLUMNS: Final = ("event_id", "flag", "detail")
_READ: Final = (
    "event_id",
    "township",
    "township_pcode",
    "township_basis",
    "township_reported",
    "located_township",
    "located_township_pcode",
    "state",
    "state_pcode",
    "latitude",
    "longitude",
    "date_precision",
    "geo_precision",
    "original",
)
#: How ACLED (``country``) and UCDP (``country``) name Myanmar.
_MYANMAR: Final = frozenset({"myanmar", "myanmar (burma)", "burma"})


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _name(name: object, pcode: object) -> str:
    return f"{name} ({pcode})" if isinstance(name, str) else str(pcode)


def _unordered(figures: tuple[int | None, int | None, int | None]) -> str:
    """What the source gave and what was kept, for the out-of-order flag."""
    low, best, high = ("blank" if v is None else f"{v:,}" for v in figures)
    kept_low, kept_best, kept_high = ("blank" if v is None else f"{v:,}" for v in widened(*figures))
    return (
        f"UCDP gives low {low}, best {best}, high {high}; "
        f"kept as {kept_low}-{kept_high} (best {kept_best})"
    )


def quality_flags(events: pd.DataFrame, *, duplicates: Iterable[Duplicate] = ()) -> pd.DataFrame:
    """One row per flag: ``event_id``, ``flag`` (a key of :data:`FLAGS`) and ``detail``."""
    rows: list[tuple[str, str, str]] = []
    columns = [c for c in _READ if c in events.columns]
    # Only the columns read: boxing every pyarrow string of every column costs more.
    points = events.geometry.notna() & ~events.geometry.is_empty
    table = pd.DataFrame(events[columns].astype(object)).assign(
        _point=points.to_numpy(), _region_only=region_only(events).to_numpy()
    )
    for event in table.where(table.notna(), None).to_dict("records"):
        located = _text(event["located_township_pcode"])
        has_located = located is not None
        basis = _text(event["township_basis"])
        if basis == "reported" and located is not None and located != event["township_pcode"]:
            rows.append(
                (
                    event["event_id"],
                    "township mismatch",
                    f"reported {_name(event['township'], event['township_pcode'])}; "
                    f"coordinates fall in {_name(event['located_township'], located)}",
                )
            )
        state = _text(event["state_pcode"])
        if state is not None and located is not None and not located.startswith(state):
            rows.append(
                (
                    event["event_id"],
                    "state mismatch",
                    f"reported {_name(event['state'], state)}; coordinates fall in "
                    f"{_name(event['located_township'], located)}, state {located[:6]}",
                )
            )
        reported_name = _text(event["township_reported"])
        if reported_name is not None and basis != "reported":
            rows.append(
                (
                    event["event_id"],
                    "unknown township name",
                    f"{reported_name!r} is not a MIMU township name"
                    + (f"; placed by coordinates in {event['township']}" if has_located else ""),
                )
            )
        point = bool(event["_point"])
        precise = not event["_region_only"]
        original = event["original"] if isinstance(event["original"], dict) else {}
        country = original.get("country")
        if isinstance(country, str) and country.strip().casefold() not in _MYANMAR:
            rows.append((event["event_id"], "outside Myanmar", f"the source gives {country!r}"))
        elif point and precise and not has_located:
            rows.append(
                (
                    event["event_id"],
                    "outside Myanmar",
                    f"({event['latitude']:.5f}, {event['longitude']:.5f}) is in no township "
                    "area: outside Myanmar, or in a gap of the approximate areas",
                )
            )
        figures = unordered_figures(original)
        if figures is not None:
            rows.append(
                (event["event_id"], "figures out of order in the source", _unordered(figures))
            )
        missing = [c for c in ("date_precision", "geo_precision") if pd.isna(event[c])]
        if missing:
            rows.append((event["event_id"], "missing precision", f"no {' or '.join(missing)}"))
    rows += [(d.event_id, "duplicate id", str(d)) for d in duplicates]
    return pd.DataFrame(rows, columns=list(_COLUMNS)).astype("string")


def flagged_ids(flags: pd.DataFrame) -> dict[str, tuple[str, ...]]:
    """Event id -> its flags, for marking events on the map and in tables."""
    grouped: dict[str, list[str]] = {}
    for event_id, flag in zip(flags["event_id"], flags["flag"], strict=True):
        grouped.setdefault(str(event_id), []).append(str(flag))
    return {k: tuple(v) for k, v in grouped.items()}
