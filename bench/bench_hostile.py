"""How long hostile files take to be answered: wide headers, deep nesting, long cells.

SYNTHETIC files only, made here from the bundled events (none stored):

* ``wide-N``: an ACLED export of one row with N extra columns (the header check was
  once quadratic: 100,000 columns took about 140 s);
* ``deep-N``: a GeoJSON file nested N arrays deep (refused before it is parsed);
* ``long-cell``: ten ACLED rows, one with a 200,000-character note (its row rejected).

For each file it times :func:`geo.importers.import_bytes` and, as the baseline measured
in the same run, ``csv.reader`` (or ``bytes.count``) over the same bytes: merely reading
them once. Each is the best of ``--repeat`` runs, with the spread (max - min) shown.

Run: ``.venv/bin/python bench/bench_hostile.py`` (``make bench``; not a test).
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.errors import GeoError  # noqa: E402
from geo.gazetteer import load_gazetteer  # noqa: E402
from geo.importers import import_bytes  # noqa: E402
from geo.loader import load_events  # noqa: E402
from tests.importers.conftest import acled_rows, to_csv  # noqa: E402


def _wide(n: int) -> bytes:
    row = acled_rows(load_events())[0]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([*row, *(f"extra{i}" for i in range(n))])
    writer.writerow([*row.values(), *([""] * n)])
    return buffer.getvalue().encode()


def _deep(n: int) -> bytes:
    return b'{"type": "FeatureCollection", "features": ' + b"[" * n + b"]" * n + b"}"


def _long_cell() -> bytes:
    rows = acled_rows(load_events())
    rows[3]["notes"] = "x" * 200_000
    return to_csv(rows)


def _times(run: Callable[[], object], repeat: int) -> tuple[float, float]:
    seconds = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        seconds.append(time.perf_counter() - start)
    return min(seconds), max(seconds) - min(seconds)


def _answer(data: bytes, gazetteer: object) -> str:
    try:
        return import_bytes(data, name="hostile", gazetteer=gazetteer).summary  # type: ignore[arg-type]
    except GeoError as error:
        return str(error).splitlines()[0][:70]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    gazetteer = load_gazetteer()
    files = {
        "wide-10000": _wide(10_000),
        "wide-100000": _wide(100_000),
        "deep-100000": _deep(100_000),
        "long-cell": _long_cell(),
    }
    print(
        f"{'file':<12} {'MB':>6} {'baseline s':>11} {'import s':>9} {'spread':>7} {'x':>7}  answer"
    )
    for name, data in files.items():
        if name.startswith("deep"):
            base, _ = _times(lambda d=data: d.count(b"["), args.repeat)
        else:
            text = data.decode()
            base, _ = _times(lambda t=text: sum(1 for _ in csv.reader(io.StringIO(t))), args.repeat)
        best, spread = _times(lambda d=data: _answer(d, gazetteer), args.repeat)
        print(
            f"{name:<12} {len(data) / 1e6:>6.2f} {base:>11.4f} {best:>9.3f} {spread:>7.3f} "
            f"{best / max(base, 1e-9):>7.0f}  {_answer(data, gazetteer)}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
