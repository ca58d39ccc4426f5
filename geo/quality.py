"""Location and coding quality: which events to look at twice, and why.

:func:`quality_flags` reads only the event columns (after
:func:`geo.townships.assign_townships`) and the duplicates a merge left out, so the
same flags show on the map, in the tables and in the Data quality view.
:func:`likely_duplicates` finds one event reported by two datasets (same day, same
type, points within :data:`DUPLICATE_WITHIN_KM`), comparing only the events of one
day and type, so it stays fast at country scale.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import pandas as pd

from geo import geodesy
from geo.dataset import Duplicate
from geo.importers.ucdp import unordered_figures, widened
from geo.precision import region_only
from geo.schema import original_fields

__all__ = [
    "DUPLICATE_MAX_SPAN_DAYS",
    "DUPLICATE_WITHIN_KM",
    "FLAGS",
    "flagged_ids",
    "likely_duplicates",
    "quality_flags",
]

#: Two events from different datasets, of one type, on a same day and at most this far
#: apart (geodesic) are likely one event reported twice.
DUPLICATE_WITHIN_KM: Final = 5.0
#: An event dated to a longer span than this (a month, a year) is on no one day, so it is
#: never a likely duplicate.
DUPLICATE_MAX_SPAN_DAYS: Final = 7

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
    "likely duplicate": "another dataset has an event of the same type on the same day, "
    f"at most {DUPLICATE_WITHIN_KM:g} km away: likely the same event reported twice",
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
        original = original_fields(event["original"])
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
    flags = pd.DataFrame(rows, columns=list(_COLUMNS))
    return pd.concat([flags, _duplicate_flags(events)], ignore_index=True).astype("string")


_PAIR_COLUMNS: Final = (
    "event_id",
    "dataset",
    "other_id",
    "other_dataset",
    "event_type",
    "day",
    "distance_km",
)


def _event_days(events: pd.DataFrame) -> pd.DataFrame:
    """One row per day of each event that can be compared: it has a dataset, a type and
    a point that is not a region's centre, and a span of at most
    :data:`DUPLICATE_MAX_SPAN_DAYS`."""
    start = events["event_date"].dt.normalize()
    span = (events["event_date_end"].dt.normalize() - start).dt.days
    usable = (
        events["dataset"].notna()
        & events["event_type"].notna()
        & events["latitude"].notna()
        & events["longitude"].notna()
        & ~region_only(events)
        & span.between(0, DUPLICATE_MAX_SPAN_DAYS - 1)
    ).to_numpy(dtype=bool)
    table = pd.DataFrame(
        {
            "event_id": events.index.astype(str),
            "dataset": events["dataset"].astype(object),
            "event_type": events["event_type"].astype(object),
            "latitude": events["latitude"].astype("float64"),
            "longitude": events["longitude"].astype("float64"),
            "start": start,
            "span": span,
        }
    )[usable].reset_index(drop=True)
    days: pd.DataFrame = table.loc[table.index.repeat(table["span"].astype("int64") + 1)]
    offsets = days.groupby(level=0).cumcount().to_numpy()
    return days.assign(day=days["start"] + pd.to_timedelta(offsets, unit="D"))


def likely_duplicates(
    events: pd.DataFrame, *, within_km: float = DUPLICATE_WITHIN_KM
) -> pd.DataFrame:
    r"""Pairs of events likely to be one event reported by two datasets: from different
    ``dataset``\ s, of the same ``event_type``, on a same day (their date spans
    overlap) and at most ``within_km`` apart (geodesic).

    One row per pair, the first event's dataset sorting first: ``event_id``,
    ``other_id``, ``other_dataset``, ``event_type``, ``day`` (the first day they
    share) and ``distance_km``. Events with no point, located only to a region
    (:func:`geo.precision.region_only`) or dated to more than
    :data:`DUPLICATE_MAX_SPAN_DAYS` days are not compared. Only events of one day and
    type are compared with each other, so the work grows with the events per day, not
    with the square of all events.
    """
    needed = ("dataset", "event_type", "event_date", "event_date_end", "latitude", "longitude")
    found: list[pd.DataFrame] = []
    if not all(c in events.columns for c in needed):
        return _pair_table(found)
    days = _event_days(events)
    datasets = sorted(days["dataset"].unique())
    for i, dataset in enumerate(datasets[:-1]):
        pairs = days[days["dataset"] == dataset].merge(
            days[days["dataset"].isin(datasets[i + 1 :])],
            on=["event_type", "day"],
            suffixes=("", "_other"),
        )
        distance_km = (
            geodesy.distance_m(
                pairs["longitude"],
                pairs["latitude"],
                pairs["longitude_other"],
                pairs["latitude_other"],
            )
            / 1000.0
        )
        found.append(pairs.assign(distance_km=distance_km)[distance_km <= within_km])
    return _pair_table(found)


def _pair_table(found: list[pd.DataFrame]) -> pd.DataFrame:
    """The close pairs found day by day, once each (on the first day they share)."""
    if not found:
        return pd.DataFrame(columns=list(_PAIR_COLUMNS))
    pairs = (
        pd.concat(found, ignore_index=True)
        .rename(columns={"event_id_other": "other_id", "dataset_other": "other_dataset"})
        .sort_values(["event_id", "other_id", "day"])
        .drop_duplicates(["event_id", "other_id"])
    )
    return pairs[list(_PAIR_COLUMNS)].reset_index(drop=True)


def _duplicate_flags(events: pd.DataFrame) -> pd.DataFrame:
    """A ``likely duplicate`` flag on each event of each pair, naming the other."""
    pairs = likely_duplicates(events)
    rows = [
        (event, "likely duplicate", f"{other} from {dataset}: {kind} on {day:%Y-%m-%d} "
         f"too, {km:,.1f} km away")
        for first, first_dataset, second, second_dataset, kind, day, km in pairs.itertuples(
            index=False
        )
        for event, other, dataset in (
            (first, second, second_dataset),
            (second, first, first_dataset),
        )
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=list(_COLUMNS))


def flagged_ids(flags: pd.DataFrame) -> dict[str, tuple[str, ...]]:
    """Event id -> its flags, for marking events on the map and in tables."""
    grouped: dict[str, list[str]] = {}
    for event_id, flag in zip(flags["event_id"], flags["flag"], strict=True):
        grouped.setdefault(str(event_id), []).append(str(flag))
    return {k: tuple(v) for k, v in grouped.items()}
