"""``python -m geo.areas``: derive the township areas and write ``data/townships.geojson``."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from geo.areas.derive import CLIP_KM, SIMPLIFY_M, derive_township_areas
from geo.areas.io import TOWNSHIPS_PATH, provenance, write_township_areas
from geo.errors import GeoError
from geo.gazetteer import load_gazetteer

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m geo.areas [-o data/townships.geojson] [--clip-km] [--simplify-m]``."""
    parser = argparse.ArgumentParser(
        prog="python -m geo.areas",
        description="Derive approximate township areas from the MIMU village points.",
    )
    parser.add_argument("-o", "--output", type=Path, default=TOWNSHIPS_PATH)
    parser.add_argument("--clip-km", type=float, default=CLIP_KM)
    parser.add_argument("--simplify-m", type=float, default=SIMPLIFY_M)
    args = parser.parse_args(argv)
    try:
        gazetteer = load_gazetteer()
        start = time.perf_counter()
        areas = derive_township_areas(gazetteer, clip_km=args.clip_km, simplify_m=args.simplify_m)
        derived_s = time.perf_counter() - start
        metadata = provenance(clip_km=args.clip_km, simplify_m=args.simplify_m)
        write_township_areas(areas, args.output, metadata=metadata)
    except GeoError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 1
    size_mb = args.output.stat().st_size / 1e6
    sys.stdout.write(
        f"{len(areas)} township areas derived in {derived_s:.1f} s, "
        f"written to {args.output} ({size_mb:.2f} MB)\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
