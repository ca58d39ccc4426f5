"""SYNTHETIC ACLED-format CSV for benchmarks: no row describes a real event.

Every row is marked as synthetic in four places, so that it can never be taken for
data: ``event_id_cnty`` is ``SYN-000001``, ``SYN-000002``, ...; ``notes`` begins
"SYNTHETIC benchmark row, not a real event"; ``source`` is "synthetic
(bench/synthetic.py)"; the actors are "Synthetic actor A" to "Synthetic actor F".

What is real is only the scaffolding the importer must resolve: the places are MIMU
village points from the gazetteer (their name, point and admin1-admin3 names, written
as ACLED writes them: "Shan-North" for MIMU's "Shan (North)"), and the event types
are ACLED's (:data:`geo.schema.EVENT_TYPES`). Dates run from 2021 to 2024 in both of
ACLED's forms ("2023-10-09" and "09 October 2023"); fatalities are 0-50, some blank.
With ``bad_share`` that share of rows has one broken field (a date that is not a
date, negative fatalities or a latitude outside Myanmar) so the import's reject path
is exercised too.

Deterministic for a seed. Run::

    .venv/bin/python bench/synthetic.py --rows 10000 --seed 1 -o /tmp/synthetic_acled.csv

or call :func:`synthetic_csv` from another bench script. Never commit the output or
load it into the app as a dataset.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import random
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Final

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.gazetteer import Gazetteer, Place, load_gazetteer  # noqa: E402
from geo.importers.acled import EXPORT_COLUMNS  # noqa: E402
from geo.schema import EVENT_TYPES, MYANMAR_BOUNDS  # noqa: E402

__all__ = [
    "ACLED_COLUMNS",
    "BAD_FIELDS",
    "DEFAULT_STATES",
    "NOTE_PREFIX",
    "synthetic_csv",
    "synthetic_rows",
    "village_points",
]

ACLED_COLUMNS: Final = EXPORT_COLUMNS
#: How every ``notes`` cell begins.
NOTE_PREFIX: Final = "SYNTHETIC benchmark row, not a real event"
SOURCE: Final = "synthetic (bench/synthetic.py)"
ACTORS: Final = tuple(f"Synthetic actor {c}" for c in "ABCDEF")
#: The states and regions the dashboard is about (MIMU names).
DEFAULT_STATES: Final = ("Kachin", "Shan (North)")
#: The one field a bad row breaks, and how.
BAD_FIELDS: Final = ("event_date", "fatalities", "latitude")

_FIRST_DAY: Final = dt.date(2021, 1, 1)
_DAYS: Final = (dt.date(2024, 12, 31) - _FIRST_DAY).days + 1
#: Event types weighted roughly as in northern Myanmar's ACLED data.
_TYPE_WEIGHTS: Final = {
    "Battles": 40,
    "Explosions/Remote violence": 25,
    "Violence against civilians": 15,
    "Protests": 8,
    "Riots": 2,
    "Strategic developments": 10,
}
_DISORDER: Final = {
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}


def village_points(gazetteer: Gazetteer, *, states: Sequence[str] = DEFAULT_STATES) -> list[Place]:
    """MIMU villages with a point of their own in ``states`` (all states when empty),
    in gazetteer order (by P-code), so that a seed always picks the same places."""
    wanted = set(states)
    return [
        p
        for p in gazetteer.places()
        if p.kind == "village"
        and p.precision == "village point"
        and p.latitude is not None
        and p.longitude is not None
        and (not wanted or p.state in wanted)
    ]


def _acled_state(name: str | None) -> str:
    """ACLED's spelling of a MIMU state: "Shan (North)" -> "Shan-North"."""
    text = name or ""
    if "(" in text:
        base, _, part = text.partition("(")
        return f"{base.strip()}-{part.rstrip(')').strip()}"
    return text


def _fatalities(rng: random.Random) -> str:
    if rng.random() < 0.1:
        return ""
    return str(min(50, int(rng.expovariate(1 / 3))))


def _row(number: int, place: Place, rng: random.Random, seed: int) -> dict[str, str]:
    event_type = rng.choices(list(_TYPE_WEIGHTS), weights=list(_TYPE_WEIGHTS.values()))[0]
    sub_type = rng.choice(EVENT_TYPES[event_type])
    date = _FIRST_DAY + dt.timedelta(days=rng.randrange(_DAYS))
    written = date.isoformat() if rng.random() < 0.5 else date.strftime("%d %B %Y")
    actor1 = rng.choice(ACTORS)
    actor2 = rng.choice([a for a in ACTORS if a != actor1]) if rng.random() < 0.7 else ""
    geo_precision = rng.choices(("1", "2", "3"), weights=(70, 25, 5))[0]
    return {
        "event_id_cnty": f"SYN-{number:06d}",
        "event_date": written,
        "year": str(date.year),
        "time_precision": rng.choices(("1", "2", "3"), weights=(85, 10, 5))[0],
        "disorder_type": _DISORDER.get(event_type, "Political violence"),
        "event_type": event_type,
        "sub_event_type": sub_type,
        "actor1": actor1,
        "assoc_actor_1": "Synthetic associate" if rng.random() < 0.2 else "",
        "inter1": "",
        "actor2": actor2,
        "assoc_actor_2": "",
        "inter2": "",
        "interaction": "",
        "civilian_targeting": (
            "Civilian targeting" if event_type == "Violence against civilians" else ""
        ),
        "iso": "104",
        "region": "Southeast Asia",
        "country": "Myanmar",
        "admin1": _acled_state(place.state),
        "admin2": place.district or "",
        "admin3": place.township or "",
        "location": place.name,
        "latitude": f"{place.latitude:.4f}",
        "longitude": f"{place.longitude:.4f}",
        "geo_precision": geo_precision,
        "source": SOURCE,
        "source_scale": "Other",
        "notes": f"{NOTE_PREFIX} (seed {seed}, row {number}); place and event type only.",
        "fatalities": _fatalities(rng),
        "tags": "synthetic",
        "timestamp": "1700000000",
    }


def _break(row: dict[str, str], rng: random.Random) -> None:
    """Break one field of a row, as a careless export would."""
    field = rng.choice(BAD_FIELDS)
    if field == "event_date":
        row["event_date"] = "31/31/" + row["year"]
    elif field == "fatalities":
        row["fatalities"] = str(-rng.randint(1, 9))
    else:
        row["latitude"] = f"{MYANMAR_BOUNDS[3] + rng.uniform(1, 10):.4f}"
    row["notes"] += f" Deliberately broken field: {field}."


def synthetic_rows(
    rows: int,
    *,
    seed: int = 0,
    gazetteer: Gazetteer | None = None,
    states: Sequence[str] = DEFAULT_STATES,
    bad_share: float = 0.0,
) -> list[dict[str, str]]:
    """``rows`` SYNTHETIC ACLED export rows (see the module docstring).

    Raises
    ------
    ValueError
        When ``rows`` is negative, ``bad_share`` is not in 0-1, or ``states`` names
        no state with village points.
    """
    problems = []
    if rows < 0:
        problems.append(f"rows={rows} is negative")
    if not 0.0 <= bad_share <= 1.0:
        problems.append(f"bad_share={bad_share} is not between 0 and 1")
    places = village_points(gazetteer or load_gazetteer(), states=states)
    if not places:
        problems.append(f"no MIMU village points in states {', '.join(states)}")
    if problems:
        raise ValueError("; ".join(problems))
    rng = random.Random(seed)
    out = []
    for number in range(1, rows + 1):
        row = _row(number, rng.choice(places), rng, seed)
        if bad_share and rng.random() < bad_share:
            _break(row, rng)
        out.append(row)
    return out


def synthetic_csv(
    rows: int,
    *,
    seed: int = 0,
    gazetteer: Gazetteer | None = None,
    states: Sequence[str] = DEFAULT_STATES,
    bad_share: float = 0.0,
) -> bytes:
    """:func:`synthetic_rows` as the UTF-8 CSV ACLED's export tool writes."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(ACLED_COLUMNS), lineterminator="\n")
    writer.writeheader()
    writer.writerows(
        synthetic_rows(rows, seed=seed, gazetteer=gazetteer, states=states, bad_share=bad_share)
    )
    return buffer.getvalue().encode("utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Write SYNTHETIC ACLED-format CSV for benchmarks (not real events)."
    )
    parser.add_argument("--rows", type=int, required=True, help="number of data rows")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="CSV file to write")
    parser.add_argument(
        "--bad-share",
        type=float,
        default=0.0,
        help="share of rows (0-1) with one broken field, to exercise rejects",
    )
    parser.add_argument(
        "--state",
        action="append",
        dest="states",
        help=f"MIMU state to draw villages from (repeatable; default {', '.join(DEFAULT_STATES)}"
        "; 'all' for every state)",
    )
    args = parser.parse_args(argv)
    states = args.states or list(DEFAULT_STATES)
    if "all" in states:
        states = []
    try:
        data = synthetic_csv(args.rows, seed=args.seed, states=states, bad_share=args.bad_share)
    except ValueError as exc:
        parser.error(str(exc))
    args.output.write_bytes(data)
    print(
        f"wrote {args.rows:,} SYNTHETIC rows ({len(data) / 1e6:.1f} MB, seed {args.seed}) "
        f"to {args.output}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
