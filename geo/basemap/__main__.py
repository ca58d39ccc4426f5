"""``python -m geo.basemap --world-atlas countries-10m.json``: write ``data/basemap.geojson``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from geo.areas.io import features_geojson, read_township_areas
from geo.basemap import BASEMAP_PATH
from geo.basemap.derive import (
    BASEMAP_COLUMNS,
    COUNTRY_BOX,
    NATURAL_EARTH_PACKAGE,
    STATE_SIMPLIFY_M,
    derive_basemap,
    read_world_atlas,
)
from geo.errors import GeoError
from geo.files import write_atomic

__all__ = ["main"]

#: 1e-4 degree is about 11 m: finer than the 1:10m source.
DECIMALS = 4


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m geo.basemap",
        description="Derive the offline base layers (border, neighbours, states).",
    )
    parser.add_argument(
        "--world-atlas",
        type=Path,
        required=True,
        help=f"countries-10m.json of the npm package {NATURAL_EARTH_PACKAGE}",
    )
    parser.add_argument("-o", "--output", type=Path, default=BASEMAP_PATH)
    args = parser.parse_args(argv)
    try:
        countries, sha256 = read_world_atlas(args.world_atlas)
        layers = derive_basemap(countries, read_township_areas())
        metadata = {
            "title": "Offline base layers of the Kachin Conflict Map",
            "credit": "Border: Natural Earth (public domain); state and township outlines: "
            "approximate, derived from MIMU village points",
            "countries": f"Natural Earth 1:10m Admin 0 countries v4.1.0 as TopoJSON in the "
            f"npm package {NATURAL_EARTH_PACKAGE} (countries-10m.json, SHA-256 {sha256}); "
            f"public domain; clipped to the box {list(COUNTRY_BOX)} (W, S, E, N)",
            "states": "the township areas of data/townships.geojson (approximate, derived "
            f"from MIMU village points) merged by state_pcode, coverage-simplified by "
            f"{STATE_SIMPLIFY_M:g} m and clipped to Natural Earth's Myanmar",
            "made_by": "make basemap (python -m geo.basemap --world-atlas countries-10m.json)",
        }
        text = features_geojson(
            layers,
            BASEMAP_COLUMNS,
            sort_by=["layer", "code", "name"],
            metadata=metadata,
            decimals=DECIMALS,
        )
        write_atomic(args.output, text.encode("utf-8"), mode=0o644)
    except GeoError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 1
    sys.stdout.write(f"{len(layers)} base-layer features written to {args.output}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
