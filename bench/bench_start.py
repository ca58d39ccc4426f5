"""How long a start takes: the gazetteer cold (built from the MIMU database) and warm
(read from the disk cache, :mod:`geo.cache`), alone and through the command line; and
the app's first map after a fresh server is up.

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

The app (``--map-repeat`` runs; 0 skips it): each run starts a fresh server (``streamlit
run serve.py`` on 127.0.0.1, offline, an empty working folder, the warm cache) and,
from the moment it answers ``/_stcore/health``, times headless Chromium
(``/usr/bin/chromium``, Playwright) opening the app until the navigation is drawn
(the baseline: the page's shell, which no work of the app's shortens) and until the
first map's Leaflet container is in its frame.

Run: ``.venv/bin/python bench/bench_start.py`` (not a test).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
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


CHROMIUM = Path("/usr/bin/chromium")
#: The app's first map: the Leaflet container inside streamlit-folium's frame.
MAP = ".leaflet-container"


@contextlib.contextmanager
def _server(work: Path, cache: Path) -> Iterator[tuple[str, float]]:
    """A fresh ``streamlit run serve.py`` (as ``make run``, offline, with an empty working
    folder and ``cache``); yields its URL and the ``perf_counter`` when it was up."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    env = {
        **os.environ,
        "KCM_CACHE": str(cache),
        "KCM_HOME": str(Path(tempfile.mkdtemp(prefix="home-", dir=work))),
        "KCM_DATA": "",
        "KCM_TOWNSHIPS": "",
        "KCM_OFFLINE": "1",
    }
    server = subprocess.Popen(  # noqa: S603 (this interpreter, fixed arguments)
        [
            sys.executable,
            *("-m", "streamlit", "run", "serve.py", "--server.address", "127.0.0.1"),
            *("--server.port", str(port), "--server.headless", "true"),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            health = f"{url}/_stcore/health"
            with contextlib.suppress(OSError), urllib.request.urlopen(health, timeout=2) as answer:  # noqa: S310 (our server)
                if answer.status == 200:
                    break
            if server.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"streamlit did not start on {url}")
            time.sleep(0.02)
        yield url, time.perf_counter()
    finally:
        server.terminate()
        server.wait(timeout=30)


def _first_maps(repeat: int, work: Path) -> list[tuple[str, list[float]]]:
    """Seconds from a fresh server being up to the navigation, and to the first map."""
    from playwright.sync_api import sync_playwright

    cache = work / "warm"
    _run(["-c", LOAD], cache)  # the gazetteer cached: a warm start
    navigation, first_map = [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=["--headless", "--no-sandbox", "--disable-gpu"]
        )
        try:
            for _ in range(repeat):
                with _server(work, cache) as (url, up):
                    page = browser.new_page(viewport={"width": 1366, "height": 900})
                    try:
                        page.set_default_timeout(60_000)
                        page.goto(url)
                        page.get_by_role("link", name="Map").first.wait_for()
                        navigation.append(time.perf_counter() - up)
                        frame = page.frame_locator("iframe[src*='streamlit_folium']").first
                        frame.locator(MAP).wait_for()
                        first_map.append(time.perf_counter() - up)
                    finally:
                        page.close()
        finally:
            browser.close()
    return [("app: navigation (baseline)", navigation), ("app: first map", first_map)]


def _table(rows: list[tuple[str, list[float]]], baselines: tuple[str, ...]) -> None:
    """Median, min-max and the ratio to each baseline (the first rows) of each row."""
    bases = [statistics.median(times) for _, times in rows[: len(baselines)]]
    print(f"{'':28} {'median':>8} {'min-max':>15}" + "".join(f" {b:>9}" for b in baselines))
    for name, times in rows:
        median = statistics.median(times)
        spread = f"{min(times):.2f}-{max(times):.2f} s"
        ratios = "".join(f" {median / base:8.2f}x" for base in bases)
        print(f"{name:28} {median:7.2f}s {spread:>15}{ratios}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each (at least 3)")
    parser.add_argument(
        "--map-repeat", type=int, default=3, help="fresh servers for the first map (0: none)"
    )
    options = parser.parse_args()
    repeat = max(3, options.repeat)
    with tempfile.TemporaryDirectory(prefix="kcm-bench-start-") as folder:
        work = Path(folder)
        rows = [
            (name, _times(args, cold=cold, repeat=repeat, work=work)) for name, args, cold in CASES
        ]
        _table(rows, ("x pass", "x import"))
        print(f"({repeat} runs each, fresh processes, wall clock)")
        if options.map_repeat > 0:
            print()
            _table(_first_maps(options.map_repeat, work), ("x nav",))
            print(
                f"({options.map_repeat} fresh servers, timed from /_stcore/health answering, "
                "headless Chromium)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
