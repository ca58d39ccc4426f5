"""How long a start takes: the gazetteer cold (built from the MIMU database) and warm
(read from the disk cache, :mod:`geo.cache`), alone and through the command line.

Every measurement is a fresh ``python`` process (``load_gazetteer`` is cached per
process), timed from outside, wall clock:

* ``load_gazetteer()`` cold: an empty cache folder, so the gazetteer is built (and
  the cache written);
* ``load_gazetteer()`` warm: the same folder, now holding the cache;
* ``python -m geo geocode Laiza --json``, cold and warm;
* baselines measured in the same run: ``python -c pass`` (the interpreter's start)
  and ``python -c "import geo.cli"`` (the command line's imports, geopandas among
  them), which no cache can shorten.

Each line shows the median of ``--repeat`` runs, min-max, and the ratio to
``python -c pass`` and to ``import geo.cli``. The cache goes to a temporary folder
(``KCM_CACHE``); the user's own cache is never read or written.

Run: ``.venv/bin/python bench/bench_start.py`` (not a test).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOAD = "from geo.gazetteer import load_gazetteer; load_gazetteer().geocode('Laiza')"
GEOCODE = ["-m", "geo", "geocode", "Laiza", "--json"]
#: (label, python's arguments, each run with an empty cache); the first two are baselines.
CASES = [
    ("python -c pass (baseline)", ["-c", "pass"], False),
    ("import geo.cli (baseline)", ["-c", "import geo.cli"], False),
    ("load_gazetteer() cold", ["-c", LOAD], True),
    ("load_gazetteer() warm", ["-c", LOAD], False),
    ("geocode Laiza --json cold", GEOCODE, True),
    ("geocode Laiza --json warm", GEOCODE, False),
]


def _run(args: list[str], cache: Path) -> float:
    env = {**os.environ, "KCM_CACHE": str(cache)}
    start = time.perf_counter()
    subprocess.run(  # noqa: S603 (this interpreter, with the fixed arguments of CASES)
        [sys.executable, *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
    )
    return time.perf_counter() - start


def _times(args: list[str], *, cold: bool, repeat: int, work: Path) -> list[float]:
    """Wall times of ``python args``; ``cold``: each run with an empty cache folder."""
    warm_cache = work / "warm"
    if not cold:
        _run(args, warm_cache)  # fill the cache once
    out = []
    for n in range(repeat):
        out.append(_run(args, work / f"cold-{args[-1]}-{n}" if cold else warm_cache))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each (at least 3)")
    repeat = max(3, parser.parse_args().repeat)
    with tempfile.TemporaryDirectory(prefix="kcm-bench-start-") as folder:
        work = Path(folder)
        rows = [
            (name, _times(args, cold=cold, repeat=repeat, work=work)) for name, args, cold in CASES
        ]
    python = statistics.median(rows[0][1])
    imports = statistics.median(rows[1][1])
    print(f"{'':28} {'median':>8} {'min-max':>15} {'x pass':>8} {'x import':>9}")
    for name, times in rows:
        median = statistics.median(times)
        spread = f"{min(times):.2f}-{max(times):.2f} s"
        print(
            f"{name:28} {median:7.2f}s {spread:>15} {median / python:7.1f}x "
            f"{median / imports:8.2f}x"
        )
    print(f"({repeat} runs each, fresh processes, wall clock)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
