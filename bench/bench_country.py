"""Country scale (issue 13): 10,000 and 100,000 SYNTHETIC ACLED rows through the
command line, the pipeline and the running app, against naive baselines timed in the
same run.

For each size N (default 10,000 and 100,000 rows from :mod:`bench.synthetic`):

In process (``--repeat`` runs each, the filter and the summary until their runs add up
to a second; median and min-max):

* ``read_csv`` (baseline for the import): :func:`pandas.read_csv` of the file;
* ``import (CLI)``: ``python -m geo import FILE -o OUT.geojson`` in a fresh process,
  wall clock and that process's peak RSS (``os.wait4``);
* ``load``: :func:`geo.dataset.load_dataset` of the imported file, as the app loads
  its working dataset (read, validate, townships);
* ``quality``, ``filter`` (one event type), ``summary`` (by township);
* ``map build``: :meth:`bench.bench_scale.Pipeline.map` (:func:`ui.maps.event_map`
  rendered to HTML) and the HTML's size (the map payload), against
  :func:`bench.baselines.naive_map_html` (one Folium ``CircleMarker`` per event),
  built with at most 10,000 events and scaled per event above that;
* ``export GeoJSON``: :meth:`bench.bench_scale.Pipeline.geojson`, against
  :meth:`geopandas.GeoDataFrame.to_json` (:func:`bench.baselines.naive_geojson`);
* ``export CSV``: :func:`geo.export.events_to_csv`.

In the browser (``--skip-browser`` leaves it out): the imported events become the
working dataset of a temporary ``KCM_HOME``; a fresh server (``streamlit run
serve.py``, offline, a warm gazetteer cache) is driven by headless Chromium
(:mod:`bench.country_browser`): per page the bytes received (websocket and HTTP), the
server time, the time to the map drawn and the longest task; five filter changes; the
server's memory after one session visited every page and after ``--sessions``
sessions. Every browser wait is bounded by ``--timeout`` seconds.

Then the command-line import of a SYNTHETIC CSV of ``--big-mb`` (100 MB: the issue's
"100 MB ACLED CSV"), its peak RSS. Last, each step's growth from the smallest size to
the largest, per row (1.0 = linear), and the issue's targets, met or missed.

Run: ``.venv/bin/python bench/bench_country.py`` (``make bench``; not a test). The
100,000-row browser run takes several minutes on two cores.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.baselines import NAIVE_MAP_ROWS, naive_geojson, naive_map_html  # noqa: E402
from bench.bench_scale import Pipeline  # noqa: E402
from bench.bench_start import LOAD  # noqa: E402
from bench.bench_start import _run as run_python  # noqa: E402
from bench.country_browser import Memory, PageVisit, SessionRun, run_sessions, server  # noqa: E402
from bench.synthetic import synthetic_csv  # noqa: E402
from geo.dataset import load_dataset  # noqa: E402
from geo.export import events_to_csv  # noqa: E402
from geo.filters import apply_filter, make_filter  # noqa: E402
from geo.gazetteer import Gazetteer, load_gazetteer  # noqa: E402
from geo.quality import quality_flags  # noqa: E402
from geo.summary import summarise  # noqa: E402
from geo.townships import TownshipLayer, default_township_layer  # noqa: E402
from geo.workspace import data_setting, save_working  # noqa: E402

SIZES: Final = (10_000, 100_000)
#: The size of the CSV whose command-line import memory is measured (issue 13: 100 MB).
BIG_CSV_MB: Final = 100.0
SEED: Final = 1
EVENT_TYPE: Final = "Battles"
#: The browser's filter changes: each adds one type to those shown (the median of 5).
FILTER_CHANGES: Final = (
    "Battles",
    "Riots",
    "Protests",
    "Violence against civilians",
    "Strategic developments",
)
#: Per-row growth up to this counts as linear (timings on 2 shared cores vary ~10%).
LINEAR: Final = 1.25
MB: Final = 1e6


@dataclass
class Step:
    """One timed step at one size (seconds), with what it is compared against."""

    name: str
    times: list[float]
    note: str = ""
    baseline: str = ""
    base_s: float | None = None
    faster: bool = True  # the ratio reads "x faster than" (else "x the baseline")

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    def spread(self) -> str:
        return f"{min(self.times):.2f}-{max(self.times):.2f}"


def timed(
    fn: Callable[[], Any], repeat: int, *, at_least_s: float = 0.0
) -> tuple[list[float], Any]:
    """Wall times of ``repeat`` runs of ``fn`` (more, up to 100, until they add up to
    ``at_least_s``: a step of milliseconds is otherwise mostly noise) and the last
    result."""
    times: list[float] = []
    result = None
    while len(times) < repeat or (sum(times) < at_least_s and len(times) < 100):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return times, result


#: ``python -m geo`` that writes its own peak resident memory (``VmHWM``, kB) last on
#: stderr. The peak is read by the process itself: a child's ``ru_maxrss`` from
#: ``wait4`` starts from the parent's resident memory when it is forked, and this
#: parent holds the CSV it made.
_PEAK_CLI: Final = """
import re, sys
from geo.cli import main
code = main(sys.argv[1:])
status = open("/proc/self/status").read()
sys.stderr.write("\\npeak_kb=" + re.search(r"VmHWM:\\s*(\\d+)", status).group(1) + "\\n")
sys.exit(code)
"""


def cli_import(csv: Path, out: Path, cache: Path) -> tuple[float, float]:
    """``python -m geo import csv -o out``: wall seconds and peak RSS in MB."""
    env = {**os.environ, "KCM_CACHE": str(cache)}
    command = [sys.executable, "-c", _PEAK_CLI, "import", str(csv), "-o", str(out)]
    start = time.perf_counter()
    done = subprocess.run(  # noqa: S603 (this interpreter, fixed arguments)
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False
    )
    seconds = time.perf_counter() - start
    error = done.stderr.decode(errors="replace")
    if done.returncode != 0:
        raise RuntimeError(f"geo import failed ({done.returncode}): {error[-500:]}")
    peak = re.search(r"peak_kb=(\d+)", error)
    if peak is None:
        raise RuntimeError(f"geo import did not report its peak memory: {error[-500:]}")
    return seconds, int(peak.group(1)) / 1024


@dataclass
class SizeRun:
    rows: int
    steps: list[Step]
    import_rss_mb: list[float]
    csv_mb: float
    browser: SessionRun | None = None


def run_size(
    rows: int, work: Path, cache: Path, gazetteer: Gazetteer, layer: TownshipLayer, *, repeat: int
) -> tuple[SizeRun, Path, Any]:
    """The in-process steps at one size; the run, the imported file and the events."""
    folder = work / str(rows)
    folder.mkdir()
    data = synthetic_csv(rows, seed=SEED, gazetteer=gazetteer)
    csv = folder / "synthetic_acled.csv"
    csv.write_bytes(data)
    imported = folder / "imported.geojson"
    steps: list[Step] = []

    read_times, _ = timed(lambda: pd.read_csv(csv), repeat)
    steps.append(Step("read_csv (base)", read_times, f"{len(data) / MB:.1f} MB CSV"))
    runs = [cli_import(csv, imported, cache) for _ in range(repeat)]
    rss = [mb for _, mb in runs]
    steps.append(
        Step(
            "import (CLI)",
            [s for s, _ in runs],
            f"peak RSS {statistics.median(rss):,.0f} MB",
            "read_csv",
            statistics.median(read_times),
            faster=False,
        )
    )
    load_times, dataset = timed(
        lambda: load_dataset(imported, merge=False, townships=layer, gazetteer=gazetteer), repeat
    )
    events = dataset.events
    steps.append(Step("load", load_times, f"{len(events):,} events"))
    quality_times, flags = timed(lambda: quality_flags(events), repeat)
    steps.append(Step("quality", quality_times, f"{len(flags):,} flags"))
    flt = make_filter(event_types=[EVENT_TYPE])
    filter_times, kept = timed(lambda: apply_filter(events, flt), repeat, at_least_s=1.0)
    steps.append(Step("filter", filter_times, f"{EVENT_TYPE}: {len(kept):,} events"))
    summary_times, summary = timed(lambda: summarise(events, by="township"), repeat, at_least_s=1.0)
    steps.append(Step("summary", summary_times, f"{len(summary):,} townships"))

    pipe = Pipeline(data, gazetteer, layer)
    pipe.placed, pipe.flags = events, flags
    naive_rows = min(rows, NAIVE_MAP_ROWS)
    naive_times, naive_html = timed(lambda: naive_map_html(events.iloc[:naive_rows]), repeat)
    scale = rows / naive_rows
    map_times, html = timed(pipe.map, repeat)
    naive_mb = len(naive_html.encode()) / MB * scale
    scaled = "" if scale == 1 else f", scaled x{scale:g}"
    steps.append(
        Step(
            "map build",
            map_times,
            f"{len(html.encode()) / MB:.1f} MB HTML (naive {naive_mb:.1f} MB{scaled})",
            f"CircleMarker map{scaled}",
            statistics.median(naive_times) * scale,
        )
    )
    to_json_times, to_json = timed(lambda: naive_geojson(events), repeat)
    geojson_times, geojson = timed(pipe.geojson, repeat)
    steps.append(
        Step(
            "export GeoJSON",
            geojson_times,
            f"{len(geojson.encode()) / MB:.1f} MB (to_json {len(to_json.encode()) / MB:.1f} MB)",
            "to_json()",
            statistics.median(to_json_times),
        )
    )
    csv_times, text = timed(lambda: events_to_csv(events), repeat)
    steps.append(Step("export CSV", csv_times, f"{len(text.encode()) / MB:.1f} MB"))
    return SizeRun(rows, steps, rss, len(data) / MB), imported, events


def print_steps(run: SizeRun, repeat: int) -> None:
    print(f"\nN = {run.rows:,} SYNTHETIC rows ({run.csv_mb:.1f} MB CSV), in process, {repeat} runs")
    print(f"  {'step':<16}{'median s':>9}{'min-max':>13}{'us/row':>9}  {'vs baseline':<46}note")
    for step in run.steps:
        versus = ""
        if step.base_s:
            if step.faster:
                versus = f"{step.base_s / step.median:.1f}x faster than {step.baseline}"
            else:
                versus = f"{step.median / step.base_s:.1f}x {step.baseline}"
            versus += f" ({step.base_s:.2f} s)"
        print(
            f"  {step.name:<16}{step.median:>9.3f}{step.spread():>13}"
            f"{step.median / run.rows * 1e6:>9.1f}  {versus:<46}{step.note}"
            + (f" ({len(step.times)} runs)" if len(step.times) != repeat else "")
        )


def _s(value: float | None) -> str:
    return "timed out" if value is None else f"{value:.2f}"


def browser_header(rows: int, timeout_s: float) -> None:
    print(f"\nN = {rows:,}: the app in headless Chromium (waits bounded at {timeout_s:.0f} s)")
    print(
        f"  {'page':<26}{'ws MB':>8}{'http MB':>9}{'total MB':>9}{'server s':>10}"
        f"{'settled s':>10}{'leaflet s':>10}{'drawn s':>10}{'longest ms':>11}"
    )


def print_visit(v: PageVisit) -> None:
    mapped = v.name.startswith(("Map", "filter"))
    print(
        f"  {v.name:<26}{v.ws_bytes / MB:>8.2f}{v.http_bytes / MB:>9.2f}{v.total_mb:>9.2f}"
        f"{_s(v.server_s):>10}{_s(v.settled_s):>10}"
        f"{(_s(v.container_s) if mapped else ''):>10}{(_s(v.drawn_s) if mapped else ''):>10}"
        f"{v.longest_task_ms:>11.0f} {v.longest_task_in}",
        flush=True,
    )


def print_memory(label: str, mem: Memory) -> None:
    print(
        f"  server memory, {label}: RSS {mem.rss_mb:,.0f} MB (peak {mem.hwm_mb:,.0f} MB)",
        flush=True,
    )


def print_growth(runs: Sequence[SizeRun]) -> None:
    """Each step's time per row at the largest size over that at the smallest."""
    if len(runs) < 2:
        return
    small, large = runs[0], runs[-1]
    print(f"\nGrowth {small.rows:,} -> {large.rows:,}, per row (1.0 = linear; <= {LINEAR} met)")
    for a, b in zip(small.steps, large.steps, strict=True):
        ratio = (b.median / large.rows) / (a.median / small.rows)
        print(f"  {a.name:<16}{ratio:>6.2f}  {'met' if ratio <= LINEAR else 'MISSED'}")
    if small.browser and large.browser:
        pairs = zip(small.browser.visits, large.browser.visits, strict=False)
        for a_visit, b_visit in pairs:
            warm = a_visit.name.endswith("(again)")  # the first visits include the start
            if warm and a_visit.server_s and b_visit.server_s:
                ratio = (b_visit.server_s / large.rows) / (a_visit.server_s / small.rows)
                print(f"  server: {a_visit.name:<22}{ratio:>6.2f}")


def _verdict(ok: bool | None) -> str:
    return "not measured" if ok is None else ("met" if ok else "MISSED")


def print_targets(run: SizeRun) -> None:
    """The issue's targets (stated for 100,000 events) at this size."""
    steps = {s.name: s for s in run.steps}
    lines: list[tuple[str, bool | None, str]] = []
    imp = steps["import (CLI)"]
    lines.append(("import under 30 s", imp.median < 30, f"{imp.median:.1f} s"))
    peak = max(run.import_rss_mb)
    lines.append(("import peak RSS under 1.5 GB", peak < 1500, f"{peak:,.0f} MB"))
    for name, want in (("map build", 20.0), ("export GeoJSON", 3.0)):
        step = steps[name]
        ratio = (step.base_s or 0) / step.median
        lines.append((f"{name} {want:g}x faster than naive", ratio >= want, f"{ratio:.1f}x"))
    b = run.browser
    if b is not None:
        again = [v for v in b.visits if v.name.endswith("(again)")]
        # a warm server: a further session's first map, else the first session's second
        warm = [v for v in b.visits if v.name.startswith("Map (")]
        worst = max(b.visits, key=lambda v: v.total_mb)
        lines.append(
            (
                "every page under 3 MB",
                worst.total_mb <= 3,
                f"max {worst.total_mb:.1f} MB, {worst.name}",
            )
        )
        longest = max(b.visits, key=lambda v: v.longest_task_ms)
        lines.append(
            (
                "no task over 200 ms",
                longest.longest_task_ms <= 200,
                f"max {longest.longest_task_ms:,.0f} ms, {longest.name} "
                f"({longest.longest_task_in or 'no task over 50 ms'})",
            )
        )
        drawn = warm[-1].drawn_s if warm else None
        lines.append(
            (
                "first map drawn within 5 s (warm server)",
                None if not warm else drawn is not None and drawn <= 5,
                f"{_s(drawn)} ({warm[-1].name})" if warm else "",
            )
        )
        changes = b.filter_changes
        server_times = [v.server_s for v in changes]
        server_s = statistics.median(t or 99 for t in server_times) if changes else None
        redraws = [v.drawn_s for v in changes]
        redraw = max(t or 99 for t in redraws) if changes else None
        lines.append(
            (
                f"filter change under 1 s server (median of {len(changes)})",
                None if not changes else (server_s or 99) < 1,
                f"{_s(server_s)} ({', '.join(_s(t) for t in server_times)})",
            )
        )
        lines.append(
            (
                "filter change drawn within 2 s (slowest)",
                None if not changes else (redraw or 99) <= 2,
                f"{_s(redraw)} ({', '.join(_s(t) for t in redraws)})",
            )
        )
        slow = [v for v in again if v.server_s is None or v.server_s >= 1]
        lines.append(
            (
                "every page under 1 s after the first visit",
                not slow if again else None,
                ", ".join(f"{v.name.removesuffix(' (again)')} {_s(v.server_s)}" for v in slow)
                or "all",
            )
        )
        if b.memory_one:
            one = b.memory_one.rss_mb
            lines.append(("server RSS under 800 MB, one session", one < 800, f"{one:,.0f} MB"))
        if b.memory_first and b.memory_all and b.sessions > 1:
            each = (b.memory_all.rss_mb - b.memory_first.rss_mb) / (b.sessions - 1)
            lines.append(("each further session under 50 MB", each < 50, f"{each:,.0f} MB"))
    print(f"\nTargets (issue 13, stated for 100,000 events) at N = {run.rows:,}")
    for label, ok, value in lines:
        print(f"  {label:<44}{_verdict(ok):<14}{value}")


def _sizes(text: str) -> tuple[int, ...]:
    """``--sizes``: comma-separated row counts, each at least 1."""
    try:
        sizes = tuple(int(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a list of row counts") from None
    if min(sizes) < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: every size must be at least 1")
    return sizes


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=_sizes, default=SIZES, help="default 10000,100000")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each in-process step")
    parser.add_argument("--skip-browser", action="store_true", help="no server, no browser")
    parser.add_argument(
        "--timeout", type=float, default=180.0, help="longest wait for a page, in s (default 180)"
    )
    parser.add_argument("--sessions", type=int, default=5, help="browser sessions (default 5)")
    parser.add_argument(
        "--big-mb",
        type=float,
        default=BIG_CSV_MB,
        help=f"the size of the CSV whose command-line import is measured last (default "
        f"{BIG_CSV_MB:g} MB; 0 leaves it out)",
    )
    args = parser.parse_args(argv)
    if args.repeat < 1 or args.sessions < 1:
        parser.error("--repeat and --sessions must be at least 1")

    print(
        f"bench_country: SYNTHETIC data (bench/synthetic.py, seed {SEED}); "
        f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC; Python {platform.python_version()}, "
        f"pandas {pd.__version__}, {os.cpu_count()} CPUs"
    )
    gazetteer = load_gazetteer()
    layer = default_township_layer()
    runs: list[SizeRun] = []
    with tempfile.TemporaryDirectory(prefix="kcm-bench-country-") as folder:
        work = Path(folder)
        cache = work / "cache"
        run_python(["-c", LOAD], cache)  # the gazetteer cached: warm command line and server
        for rows in sorted(set(args.sizes)):
            run, imported, events = run_size(
                rows, work, cache, gazetteer, layer, repeat=args.repeat
            )
            print_steps(run, args.repeat)
            sys.stdout.flush()
            if not args.skip_browser:
                home = work / f"home-{rows}"
                save_working(events, merge=False, environ={"KCM_HOME": str(home)})
                if data_setting({"KCM_HOME": str(home)}).data is None:
                    raise RuntimeError(f"nothing imported into {home}")
                log = work / f"server-{rows}.log"
                with server(home, cache, log, timeout_s=args.timeout) as (url, pid):
                    browser_header(rows, args.timeout)
                    run.browser = run_sessions(
                        url,
                        pid,
                        sessions=args.sessions,
                        timeout_s=args.timeout,
                        event_types=FILTER_CHANGES,
                        on_visit=print_visit,
                        on_memory=print_memory,
                    )
                for note in run.browser.notes:
                    print(f"  note: {note}")
            del imported, events
            runs.append(run)
            sys.stdout.flush()
        big = big_import(args.big_mb, work, cache, gazetteer) if args.big_mb > 0 else None
        print_growth(runs)
        for run in runs:
            print_targets(run)
        if big is not None:
            size_mb, rows, seconds, peak_mb = big
            print(f"\nTarget (issue 13): the command-line import of a {size_mb:.0f} MB ACLED CSV")
            print(
                f"  {'peak RSS under 1.5 GB':<44}{_verdict(peak_mb < 1500):<14}"
                f"{peak_mb:,.0f} MB ({rows:,} rows in {seconds:.1f} s)"
            )
    return 0


def big_import(
    size_mb: float, work: Path, cache: Path, gazetteer: Gazetteer
) -> tuple[float, int, float, float]:
    """The command-line import of a SYNTHETIC ACLED CSV of at least ``size_mb``: its
    size, rows, wall seconds and peak RSS (one run: it takes about a minute)."""
    per_row = len(synthetic_csv(2_000, seed=SEED, gazetteer=gazetteer)) / 2_000
    rows = int(size_mb * MB / per_row * 1.01) + 1
    data = synthetic_csv(rows, seed=SEED, gazetteer=gazetteer)
    csv = work / "big.csv"
    csv.write_bytes(data)
    del data
    seconds, peak_mb = cli_import(csv, work / "big.geojson", cache)
    size = csv.stat().st_size / MB
    print(
        f"\nThe command-line import of a {size:.1f} MB SYNTHETIC ACLED CSV ({rows:,} rows): "
        f"{seconds:.1f} s, peak RSS {peak_mb:,.0f} MB",
        flush=True,
    )
    return size, rows, seconds, peak_mb


if __name__ == "__main__":
    raise SystemExit(main())
