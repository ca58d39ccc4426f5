"""How well the shipped, derived township areas (data/townships.geojson) agree with the
official MIMU township polygons, which are third-party reference data read from
../shared/data and never copied into the repository.

Prints, for the derived layer and for a baseline measured in the same run (the
same method with one seed per township, its seat: "nearest township seat"):

* the share of MIMU village points in the official township they fall in;
* the same share for the bundled events and for UCDP GED 23.1 events located to
  the place itself or near it (``where_prec`` 1 or 2);
* for Kachin State, each official township's intersection-over-union with the
  derived area of the same P-code, and their areas in km² (equal-area CRS).

Run: ``.venv/bin/python bench/township_agreement.py`` (not part of the test suite).
"""

from __future__ import annotations

import dataclasses
import sys
import time
from pathlib import Path

import geopandas as gpd
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.areas.agreement import PointAgreement, agreement, point_agreement  # noqa: E402
from geo.areas.derive import derive_township_areas, village_points  # noqa: E402
from geo.areas.io import TOWNSHIPS_PATH, read_township_areas  # noqa: E402
from geo.gazetteer import Gazetteer, load_gazetteer  # noqa: E402
from geo.loader import load_events  # noqa: E402
from geo.schema import CRS  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
OFFICIAL = SHARED / "mimu" / "mmr_polbnda_adm3_mimu_250k.shp"
UCDP = SHARED / "ucdp" / "ucdp_ged231_myanmar.csv"
#: The baseline's seats are far apart: clip it generously so it leaves no gaps.
BASELINE_CLIP_KM = 200.0


def ucdp_points(path: Path) -> gpd.GeoDataFrame:
    """UCDP GED events located to the place or near it (``where_prec`` 1 or 2)."""
    ged = pd.read_csv(path, low_memory=False)
    # Exported from R: integers may be written as floats ("2.0").
    precision = pd.to_numeric(ged["where_prec"], errors="coerce")
    lat = pd.to_numeric(ged["latitude"], errors="coerce")
    lon = pd.to_numeric(ged["longitude"], errors="coerce")
    keep = precision.isin([1, 2]) & lat.notna() & lon.notna()
    return gpd.GeoDataFrame(
        {"id": ged.loc[keep, "id"]},
        geometry=gpd.points_from_xy(lon[keep], lat[keep]),
        crs=CRS,
    ).reset_index(drop=True)


def seat_baseline(gazetteer: Gazetteer) -> gpd.GeoDataFrame:
    """The same derivation with one seed per township: its seat (or middle) point."""
    seats = [
        dataclasses.replace(seat, kind="village", precision="village point")
        for t in gazetteer.townships()
        if (seat := gazetteer.get(f"mimu-township:{t.pcode}")).has_point
    ]
    return derive_township_areas(
        Gazetteer(seats, gazetteer.townships()), clip_km=BASELINE_CLIP_KM, simplify_m=0.0
    )


def share_line(label: str, ours: PointAgreement, base: PointAgreement) -> str:
    ratio = ours.share / base.share if base.share else float("nan")
    return (
        f"{label:<27}{ours.share:8.2%}  baseline {base.share:7.2%}  ratio {ratio:.3f}\n"
        f"{'':<27}{ours.agreeing:,} of {ours.assessed:,} in an official township; "
        f"{ours.unassigned} in no derived area; {ours.newer_pcode} in a township newer than "
        f"the official layer (share without them {ours.comparable_share:.2%})"
    )


def main() -> int:
    if not OFFICIAL.is_file():
        sys.stderr.write(
            f"official MIMU township polygons not found at {OFFICIAL}\n"
            "This benchmark needs the third-party reference data in ../shared/data "
            "(see ../shared/data/README.md); it is never part of the repository.\n"
        )
        return 2
    started = time.perf_counter()
    official = gpd.read_file(OFFICIAL, encoding="utf-8")
    derived = read_township_areas()
    gazetteer = load_gazetteer()
    baseline = seat_baseline(gazetteer)
    villages = village_points(gazetteer)
    events = load_events()
    event_sets = {"bundled events": events[events.geometry.notna()]}
    if UCDP.is_file():
        event_sets["UCDP GED events (prec 1-2)"] = ucdp_points(UCDP)
    else:
        sys.stderr.write(f"UCDP GED extract not found at {UCDP}; skipping UCDP events\n")
    ours = agreement(derived, official, villages=villages)
    base = agreement(baseline, official, villages=villages)

    print(f"derived layer: {TOWNSHIPS_PATH.relative_to(ROOT)} ({len(derived)} townships)")
    print(f"official: {OFFICIAL.name} ({len(official)} townships)")
    print(f"baseline: nearest township seat, clipped at {BASELINE_CLIP_KM:g} km\n")
    print("share of points whose derived township is the official one they fall in")
    print(share_line("MIMU village points", ours.villages, base.villages))
    for label, points in event_sets.items():
        print(
            share_line(
                label,
                point_agreement(derived, official, points),
                point_agreement(baseline, official, points),
            )
        )

    base_iou = {t.township_pcode: t.iou for t in base.townships}
    print("\nKachin State (MMR001): official township vs derived area of the same P-code")
    print(
        f"{'township':<14}{'pcode':<11}{'IoU':>6}{'baseline':>10}"
        f"{'derived km²':>13}{'official km²':>14}{'overlap km²':>13}"
    )
    for t in sorted(ours.townships, key=lambda t: (t.iou, t.township_pcode)):
        print(
            f"{t.township:<14}{t.township_pcode:<11}{t.iou:>6.3f}{base_iou[t.township_pcode]:>10.3f}"
            f"{t.derived_km2:>13,.0f}{t.official_km2:>14,.0f}{t.intersection_km2:>13,.0f}"
        )
    worst = ", ".join(f"{t.township} {t.iou:.3f}" for t in ours.worst(3))
    print(
        f"median IoU {ours.median_iou:.3f} (baseline {base.median_iou:.3f}, "
        f"ratio {ours.median_iou / base.median_iou:.3f}); min {ours.min_iou:.3f}; "
        f"worst: {worst}"
    )
    print(f"\n({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
