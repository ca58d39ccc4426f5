"""How the pipeline scales with the number of events, on SYNTHETIC ACLED data.

For each size N (default 1,000, 10,000 and 50,000 rows made by
:mod:`bench.synthetic`, MIMU village points in Kachin and northern Shan) it times:

* ``read_csv`` (the baseline): :func:`pandas.read_csv` of the same bytes, the cost of
  merely parsing the file;
* ``import``: :func:`geo.importers.import_bytes` (parse, convert, resolve admin
  names, validate);
* ``townships``: :func:`geo.townships.assign_townships` with the default, derived layer;
* ``quality``: :func:`geo.quality.quality_flags`;
* ``filter+summary``: :func:`geo.filters.apply_filter` (2022-2023) and
  :func:`geo.summary.summarise` by township;
* ``geojson``: :func:`geo.export.events_to_geojson` and :func:`geo.export.geojson_text`;
* ``map``: :func:`ui.maps.event_map` (no base map, quality flags on) and the HTML
  render (``m.get_root().render()``), with the size of the HTML.

Each step is printed in seconds, as a ratio to the baseline measured in the same run
and in microseconds per row. A step is the best of up to ``--repeat`` runs, repeated
only while the runs so far took under ``--budget`` seconds in all. ``--bad-share``
breaks one field in that share of rows, to time the reject path too. The gazetteer and
the township layer are loaded once, first, and timed on their own.

``--profile N`` runs cProfile on the slowest step at size N (or on ``--step``) and
prints the top functions by own time and by cumulative time.

Run: ``.venv/bin/python bench/bench_scale.py`` (not part of the test suite).
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import os
import platform
import pstats
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.synthetic import synthetic_csv  # noqa: E402
from geo.export import events_geojson_text  # noqa: E402
from geo.filters import apply_filter, make_filter  # noqa: E402
from geo.gazetteer import Gazetteer, load_gazetteer  # noqa: E402
from geo.importers import import_bytes  # noqa: E402
from geo.quality import flagged_ids, quality_flags  # noqa: E402
from geo.summary import summarise  # noqa: E402
from geo.townships import TownshipLayer, assign_townships, default_township_layer  # noqa: E402
from ui.maps import event_map  # noqa: E402

SIZES = (1_000, 10_000, 50_000)
SEED = 1
BASELINE = "read_csv"
STEPS = ("import", "townships", "quality", "filter+summary", "geojson", "map")


@dataclass
class Timing:
    step: str
    seconds: float
    runs: int
    note: str = ""


def best_of(fn: Callable[[], Any], *, repeat: int, budget: float) -> tuple[float, int, Any]:
    """Best wall time of ``fn`` over up to ``repeat`` runs (more only while cheap),
    the number of runs, and the last result."""
    times: list[float] = []
    result = None
    while len(times) < repeat and sum(times) < budget:
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), len(times), result


class Pipeline:
    """The steps for one synthetic file, each feeding the next."""

    def __init__(self, data: bytes, gazetteer: Gazetteer, layer: TownshipLayer) -> None:
        self.data = data
        self.gazetteer = gazetteer
        self.layer = layer
        self.flt = make_filter(start=dt.date(2022, 1, 1), end=dt.date(2023, 12, 31))
        self.events: Any = None
        self.placed: Any = None
        self.flags: Any = None
        self.html_mb = 0.0

    def read_csv(self) -> pd.DataFrame:
        return pd.read_csv(io.BytesIO(self.data))

    def import_(self) -> Any:
        return import_bytes(self.data, name="synthetic.csv", gazetteer=self.gazetteer)

    def townships(self) -> Any:
        return assign_townships(self.events, self.layer, gazetteer=self.gazetteer)

    def quality(self) -> pd.DataFrame:
        return quality_flags(self.placed)

    def filter_summary(self) -> pd.DataFrame:
        return summarise(apply_filter(self.placed, self.flt), by="township")

    def geojson(self) -> str:
        return events_geojson_text(self.placed)

    def map(self) -> str:
        m = event_map(self.placed, centre=None, basemap=False, flags=flagged_ids(self.flags))
        return str(m.get_root().render())

    def steps(self) -> dict[str, Callable[[], Any]]:
        return {
            BASELINE: self.read_csv,
            "import": self.import_,
            "townships": self.townships,
            "quality": self.quality,
            "filter+summary": self.filter_summary,
            "geojson": self.geojson,
            "map": self.map,
        }


def run_size(
    rows: int,
    gazetteer: Gazetteer,
    layer: TownshipLayer,
    *,
    repeat: int,
    budget: float,
    bad_share: float = 0.0,
) -> tuple[list[Timing], Pipeline]:
    data = synthetic_csv(rows, seed=SEED, gazetteer=gazetteer, bad_share=bad_share)
    pipe = Pipeline(data, gazetteer, layer)
    timings: list[Timing] = []
    for step, fn in pipe.steps().items():
        seconds, runs, result = best_of(fn, repeat=repeat, budget=budget)
        note = ""
        if step == BASELINE:
            note = f"{len(data) / 1e6:.1f} MB CSV"
        elif step == "import":
            pipe.events = result.events
            note = f"{len(result.events):,} valid, {len(result.rejected_rows):,} rejected"
        elif step == "townships":
            pipe.placed = result
            note = f"{int(result['located_township_pcode'].notna().sum()):,} located"
        elif step == "quality":
            pipe.flags = result
            note = f"{len(result):,} flags"
        elif step == "filter+summary":
            note = f"{len(result):,} townships"
        elif step == "geojson":
            note = f"{len(result.encode()) / 1e6:.1f} MB"
        elif step == "map":
            pipe.html_mb = len(result.encode()) / 1e6
            note = f"{pipe.html_mb:.1f} MB HTML"
        timings.append(Timing(step, seconds, runs, note))
    return timings, pipe


def print_table(rows: int, timings: Sequence[Timing]) -> None:
    base = next(t.seconds for t in timings if t.step == BASELINE)
    print(f"\nN = {rows:,} SYNTHETIC rows")
    print(f"  {'step':<15}{'seconds':>9}{'x read_csv':>12}{'us/row':>10}{'runs':>6}  note")
    for t in timings:
        print(
            f"  {t.step:<15}{t.seconds:>9.3f}{t.seconds / base:>12.1f}"
            f"{t.seconds / rows * 1e6:>10.1f}{t.runs:>6}  {t.note}"
        )
    pipeline = sum(t.seconds for t in timings if t.step != BASELINE)
    print(
        f"  {'all but base':<15}{pipeline:>9.3f}{pipeline / base:>12.1f}"
        f"{pipeline / rows * 1e6:>10.1f}"
    )


def profile(pipe: Pipeline, step: str, *, top: int) -> None:
    fn = pipe.steps()[step]
    profiler = cProfile.Profile()
    profiler.runcall(fn)
    for order in ("tottime", "cumulative"):
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out).strip_dirs().sort_stats(order)
        stats.print_stats(top)
        print(f"\ncProfile of {step!r}, by {order}:")
        print("\n".join(line for line in out.getvalue().splitlines() if line.strip()))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        type=lambda s: tuple(int(x) for x in s.split(",")),
        default=SIZES,
        help="comma-separated row counts (default 1000,10000,50000)",
    )
    parser.add_argument("--repeat", type=int, default=3, help="most runs of a step (default 3)")
    parser.add_argument(
        "--budget", type=float, default=2.0, help="repeat a step only while under this many s"
    )
    parser.add_argument(
        "--bad-share", type=float, default=0.0, help="share of rows with a broken field"
    )
    parser.add_argument("--profile", type=int, metavar="N", help="profile the slowest step at N")
    parser.add_argument(
        "--step", help="the step --profile profiles (default: the slowest at that size)"
    )
    parser.add_argument("--top", type=int, default=12, help="functions shown by --profile")
    args = parser.parse_args(argv)
    if args.step and args.step not in STEPS:
        parser.error(f"--step {args.step!r} is not one of {', '.join(STEPS)}")

    print(
        f"bench_scale: SYNTHETIC data (bench/synthetic.py, seed {SEED}, "
        f"bad share {args.bad_share:g}); "
        f"Python {platform.python_version()}, pandas {pd.__version__}, {os.cpu_count()} CPUs"
    )
    start = time.perf_counter()
    gazetteer = load_gazetteer()
    gazetteer_s = time.perf_counter() - start
    start = time.perf_counter()
    layer = default_township_layer()
    layer_s = time.perf_counter() - start
    print(f"load once: gazetteer {gazetteer_s:.2f} s ({len(gazetteer):,} places), ", end="")
    print(f"township layer {layer_s:.2f} s ({len(layer.frame)} townships)")

    sizes = sorted({*args.sizes, *([args.profile] if args.profile else [])})
    for rows in sizes:
        timings, pipe = run_size(
            rows,
            gazetteer,
            layer,
            repeat=args.repeat,
            budget=args.budget,
            bad_share=args.bad_share,
        )
        if rows in args.sizes:
            print_table(rows, timings)
        if rows == args.profile:
            slowest = max((t for t in timings if t.step != BASELINE), key=lambda t: t.seconds)
            profile(pipe, args.step or slowest.step, top=args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
