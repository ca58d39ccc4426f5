"""Township areas, and placing events in their MIMU townships.

Two kinds of township layer serve the same purpose:

* the **derived** layer shipped in ``data/townships.geojson``: approximate areas made
  from the MIMU village points (:mod:`geo.areas`), the default;
* the **official** MIMU township boundaries, which the user may have (shapefile,
  GeoPackage or GeoJSON with a ``TS_PCODE`` field) but which the product may not
  redistribute: :func:`read_township_layer` with their path.

:func:`assign_townships` keeps the township a source reported and places every
other event by its coordinates; it records in ``located_township`` where the
coordinates fall, whatever the source said, so that :mod:`geo.quality` can show
the disagreement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import geopandas as gpd
import numpy as np
import pandas as pd
from pyogrio.errors import DataLayerError, DataSourceError, FieldError

from geo.errors import GeoError
from geo.gazetteer import Gazetteer, load_gazetteer
from geo.paths import TOWNSHIPS_PATH
from geo.precision import region_only
from geo.schema import CRS

__all__ = [
    "LAYER_COLUMNS",
    "TownshipLayer",
    "area_values",
    "assign_townships",
    "default_township_layer",
    "locate",
    "read_township_layer",
]

#: The columns of every township layer, whatever file it was read from.
LAYER_COLUMNS: Final = (
    "township_pcode",
    "township",
    "district_pcode",
    "district",
    "state_pcode",
    "state",
)
#: MIMU's field names for the same columns.
_MIMU_FIELDS: Final = {
    "TS_PCODE": "township_pcode",
    "TS": "township",
    "DT_PCODE": "district_pcode",
    "DT": "district",
    "ST_PCODE": "state_pcode",
    "ST": "state",
}
_PCODE: Final = re.compile(r"MMR\d{6}")


@dataclass(frozen=True)
class TownshipLayer:
    """Township polygons in ``EPSG:4326``, one row per township P-code.

    ``official`` is true for the MIMU boundaries, false for the derived
    approximation; ``name`` says which file it is, for captions and citations.
    """

    frame: gpd.GeoDataFrame
    name: str
    official: bool

    @property
    def description(self) -> str:
        kind = "official MIMU boundaries" if self.official else "approximate, derived"
        return f"{self.name} ({kind}, {len(self.frame)} townships)"


def read_township_layer(path: Path, *, official: bool | None = None) -> TownshipLayer:
    """Read a township layer: the derived one, or MIMU boundaries with ``TS_PCODE``.

    Parameters
    ----------
    path
        A shapefile, GeoPackage or GeoJSON (anything pyogrio reads) with a
        ``TS_PCODE`` (MIMU) or ``township_pcode`` (derived) field.
    official
        Whether these are official boundaries; by default, true when the file uses
        MIMU's field names.

    Raises
    ------
    GeoError
        When the file cannot be read, has no CRS, has no township P-code field, or
        repeats a P-code; the message says what to supply instead.
    """
    if not path.exists():
        raise GeoError(f"township boundaries file {path} does not exist")
    try:
        frame = gpd.read_file(path, encoding="utf-8") if path.suffix == ".shp" else None
        if frame is None:
            frame = gpd.read_file(path)
    except (OSError, ValueError, DataSourceError, DataLayerError, FieldError) as exc:
        raise GeoError(f"cannot read township boundaries {path.name}: {exc}") from exc
    mimu = "TS_PCODE" in frame.columns
    if not mimu and "township_pcode" not in frame.columns:
        raise GeoError(
            f"{path.name} has no TS_PCODE (MIMU) or township_pcode field; "
            f"fields: {', '.join(map(str, frame.columns))}"
        )
    if frame.crs is None:
        raise GeoError(
            f"{path.name} has no coordinate reference system: supply its .prj "
            "(shapefile) or use GeoPackage/GeoJSON"
        )
    frame = frame.rename(columns=_MIMU_FIELDS) if mimu else frame
    for column in LAYER_COLUMNS:
        if column not in frame.columns:
            frame[column] = None
    frame = frame[[*LAYER_COLUMNS, frame.geometry.name]].to_crs(CRS)
    frame = frame[frame.geometry.notna() & ~frame.geometry.is_empty]
    codes = frame["township_pcode"]
    bad = sorted({str(c) for c in codes.dropna() if not _PCODE.fullmatch(str(c))})
    blank = int(codes.isna().sum())
    if bad or blank:
        listed = ", ".join(bad[:10]) + (f"; {blank} empty" if blank else "")
        raise GeoError(
            f"{path.name}: township P-code values that are not MIMU P-codes like MMR001002: "
            f"{listed.lstrip('; ')}"
        )
    # A file with one row per part of a township (as some exports write) is merged.
    frame = frame.set_geometry(frame.geometry.make_valid())
    frame = frame.dissolve(by="township_pcode", aggfunc="first", as_index=False)
    frame = frame[[*LAYER_COLUMNS, frame.geometry.name]].sort_values("township_pcode")
    return TownshipLayer(
        frame.reset_index(drop=True), path.name, mimu if official is None else official
    )


def default_township_layer() -> TownshipLayer:
    """The derived, approximate township layer shipped in ``data/townships.geojson``."""
    return read_township_layer(TOWNSHIPS_PATH, official=False)


def area_values(points: gpd.GeoSeries, areas: gpd.GeoDataFrame, column: str) -> pd.Series:
    """The ``column`` value of the area each point falls in, on the points' index.

    A point on a shared border takes the lowest value; a point in no area, or with
    no geometry, gets ``None``. The areas are brought to the points' CRS.
    """
    if points.crs is None or areas.crs is None:
        raise GeoError("points or areas have no CRS; events are in EPSG:4326")
    values = np.full(len(points), None, dtype=object)
    present = (points.notna() & ~points.is_empty).to_numpy()
    if present.any():
        where = np.flatnonzero(present)
        layer = areas.to_crs(points.crs)
        point_ix, area_ix = layer.sindex.query(points.to_numpy()[where], predicate="intersects")
        found = layer[column].to_numpy(dtype=object)[area_ix]
        first = pd.Series(found, index=point_ix).groupby(level=0).min()
        values[where[first.index.to_numpy()]] = first.to_numpy()
    return pd.Series(values, index=points.index, dtype=object, name=column)


def locate(points: gpd.GeoSeries, layer: TownshipLayer) -> pd.Series:
    """The P-code of the township each point falls in (``<NA>`` for none).

    Returns a string Series named ``located_township_pcode`` on the input's index;
    a point on a shared border goes to the first of its townships by P-code.
    """
    found = area_values(points, layer.frame, "township_pcode")
    return found.astype("string").rename("located_township_pcode")


def assign_townships(
    events: gpd.GeoDataFrame, layer: TownshipLayer, *, gazetteer: Gazetteer | None = None
) -> gpd.GeoDataFrame:
    """Every event's MIMU township, district and state, as reported or by location.

    * ``located_township(_pcode)``: where the point falls, for events whose point
      is the place itself or near it (geo precision 1, 2 or unknown);
    * a township the source reported (``township_pcode``) is kept, with its district
      and state filled in: ``township_basis`` "reported";
    * otherwise the located township, district and state are used: "located"
      (a state or district the source reported stays as reported).

    Returns a new frame on the same index; the input is not changed.
    """
    gazetteer = gazetteer or load_gazetteer()
    out = events.copy()
    # A region's point is its centre, which says nothing about the township.
    locatable = ~region_only(out)
    points = out.geometry.where(locatable, None)
    located = locate(gpd.GeoSeries(points, crs=out.crs), layer)
    names = _names(layer, gazetteer)
    out["located_township_pcode"] = located
    out["located_township"] = located.map(lambda p: names[p]["township"] if p in names else None)
    out["located_township"] = out["located_township"].astype("string")

    # A township this function placed earlier (a saved dataset read back) is placed again,
    # with the district and state that came with it.
    again = (out["township_basis"] == "located").fillna(False).astype(bool)
    for index in out.index[again]:
        old = names.get(str(out.at[index, "township_pcode"]), {})
        for column in LAYER_COLUMNS:
            value = out.at[index, column]
            if column.startswith("township") or (
                isinstance(value, str) and value == old.get(column)
            ):
                out.at[index, column] = pd.NA
    reported = out["township_pcode"].notna()
    fill = ~reported & located.notna()
    basis = pd.Series(pd.NA, index=out.index, dtype="string")
    basis[reported], basis[fill] = "reported", "located"
    out["township_basis"] = basis
    pcode = out["township_pcode"].where(reported, located)
    admin = pd.DataFrame.from_dict(names, orient="index")
    known = pcode.notna() & pcode.isin(admin.index)
    looked_up = admin.reindex(pcode[known].to_numpy()).set_index(pcode[known].index)
    for column in LAYER_COLUMNS:
        # A reported township brings its own district and state; a located one fills
        # only what the source left empty (a reported state or district stays).
        take = known & (reported | out[column].isna())
        out.loc[take, column] = looked_up.loc[take[take].index, column].astype("string")
    return out


def _names(layer: TownshipLayer, gazetteer: Gazetteer) -> dict[str, dict[str, str]]:
    """Admin names by township P-code: the gazetteer's (MIMU 9.6), else the layer's."""
    names: dict[str, dict[str, str]] = {}
    for row in layer.frame[list(LAYER_COLUMNS)].itertuples(index=False):
        names[row.township_pcode] = {
            c: getattr(row, c) for c in LAYER_COLUMNS if isinstance(getattr(row, c), str)
        }
    for township in gazetteer.townships():
        names[township.pcode] = {k: str(v) for k, v in township.admin().items()}
    return names
