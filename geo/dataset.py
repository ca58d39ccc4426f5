"""The working dataset: the bundled events, an imported file, or both merged, with
every event placed in its township.

The command line (``--data FILE``, ``--merge``, ``--townships FILE``) and the app
(its working file, ``KCM_TOWNSHIPS``) both go through :func:`load_dataset`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd

from geo.errors import ValidationError
from geo.gazetteer import Gazetteer, load_gazetteer
from geo.importers import import_file
from geo.loader import load_events
from geo.lookup import among
from geo.memory import give_back, no_collection
from geo.schema import CRS
from geo.storage import PARQUET_SUFFIX, read_events_parquet
from geo.townships import TownshipLayer, assign_townships, default_township_layer

__all__ = [
    "Dataset",
    "Duplicate",
    "build_dataset",
    "load_dataset",
    "merge_events",
    "read_data_file",
]


@dataclass(frozen=True)
class Duplicate:
    """An event id found in two parts of a merge: the first part's event is kept."""

    event_id: str
    kept: str
    dropped: str

    def __str__(self) -> str:
        return f"{self.event_id}: kept from {self.kept}, left out from {self.dropped}"


@dataclass(frozen=True)
class Dataset:
    """Events ready for every view, and what was left out merging them."""

    events: gpd.GeoDataFrame
    description: str
    duplicates: tuple[Duplicate, ...] = ()
    townships: str = ""


def merge_events(
    parts: Sequence[tuple[str, gpd.GeoDataFrame]],
) -> tuple[gpd.GeoDataFrame, tuple[Duplicate, ...]]:
    """Concatenate named event frames; an id already present is left out and reported.

    The first part wins: an analyst's earlier data is never silently replaced.
    """
    kept: dict[str, str] = {}
    frames: list[gpd.GeoDataFrame] = []
    duplicates: list[Duplicate] = []
    for name, frame in parts:
        repeat = among(frame.index, kept.keys())
        duplicates += [Duplicate(str(i), kept[str(i)], name) for i in frame.index[repeat]]
        frames.append(frame[~repeat])
        kept.update(dict.fromkeys(map(str, frame.index[~repeat]), name))
    frames = [f for f in frames if not f.empty] or frames[:1]
    merged = pd.concat(frames) if len(frames) > 1 else frames[0].copy()
    return gpd.GeoDataFrame(merged, geometry="geometry", crs=CRS), tuple(duplicates)


def read_data_file(path: Path, *, gazetteer: Gazetteer | None = None) -> gpd.GeoDataFrame:
    """Every event of an importable file (format detected, any size) or of a working
    dataset's GeoParquet file (``.parquet``, :mod:`geo.storage`), or an error naming
    every bad row: a dataset used as a whole is not used in part."""
    if path.suffix == PARQUET_SUFFIX:
        return read_events_parquet(path)
    result = import_file(path, gazetteer=gazetteer, max_bytes=None)
    if result.problems:
        raise ValidationError(result.problems, source=f"{path.name} ({result.format})")
    return result.events


def load_dataset(
    data: Path | None = None,
    *,
    name: str | None = None,
    merge: bool = False,
    townships: TownshipLayer | None = None,
    gazetteer: Gazetteer | None = None,
) -> Dataset:
    """The events to show, by date then id: bundled, ``data`` instead, or ``data``
    merged after them (``name`` says what ``data`` is in the description; default:
    its file name).

    Raises
    ------
    ValidationError
        When ``data`` has any bad row (its message lists them all).
    """
    with no_collection():  # each automatic full collection would visit every event so far
        gazetteer = gazetteer or load_gazetteer()
        imported = None
        if data is not None:
            imported = (name or data.name, read_data_file(data, gazetteer=gazetteer))
        dataset = build_dataset(imported, merge=merge, townships=townships, gazetteer=gazetteer)
    give_back()  # the load's working memory, several times the frame's own
    return dataset


def build_dataset(
    imported: tuple[str, gpd.GeoDataFrame] | None,
    *,
    merge: bool = False,
    townships: TownshipLayer | None = None,
    gazetteer: Gazetteer | None = None,
) -> Dataset:
    """:func:`load_dataset` of events already read (a name for them, and their frame:
    from a file, or from the team's database): the bundled events, these instead, or
    these merged after them; in date order, townships assigned."""
    gazetteer = gazetteer or load_gazetteer()
    layer = townships or default_township_layer()
    bundled = ("bundled events", load_events())
    parts = [bundled] if imported is None else ([bundled, imported] if merge else [imported])
    events, duplicates = merge_events(parts)
    # In the filter's order (geo.filters.apply_filter) once, so that a filter keeping
    # most events reorders nothing on each use.
    events = events.sort_values(["event_date", "event_id"])
    described = " + ".join(f"{name} ({len(frame):,})" for name, frame in parts)
    placed = assign_townships(events, layer, gazetteer=gazetteer)
    return Dataset(
        placed, description=described, duplicates=duplicates, townships=layer.description
    )
