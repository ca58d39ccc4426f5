"""How well the extractor reads reports, scored as a user would score it.

``python -m geo.extract.evaluate FILE [FILE ...] [--details]`` reads fixture files
(``tests/data/reports/**/*.json``: passages with their publication date, text and the
events a careful coder codes from them), runs :func:`~geo.extract.extract` on each
passage and prints:

* **event recall**: expected events found, a proposal **on the exact day** and **at the
  place** (within :data:`NEAR_M` of the expected point, or in the same township when
  either side is placed at township level only);
* **proposal precision**: proposals that found an expected event, of all proposals (and
  of the dated ones alone, as the app shows undated mentions apart);
* **field accuracy**: for each field, the expected events whose value the extractor
  gave right, of the expected events that have a value. Each expected event is compared
  with the proposal paired to it (found, or the closest in day, place and kind); an event
  with no proposal counts as wrong, so the figures are what a user sees;
* **shown apart to check**: the dated proposals of low confidence
  (:func:`~geo.extract.confidence.part_of`), how many of them found an event, and the
  recall and precision of the likely ones alone (what the report page ticks at the
  start);
* **unmatched proposals by kind**: undated, unplaced, a restatement (another proposal
  found the same event), wrong day, wrong place, or not an event the coder coded;
* **figures no sentence gives**: casualty totals that are not a figure of one sentence
  or the sum of one sentence's figures (a headline total added to the body's is one).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from geo import geodesy
from geo.errors import GeoError
from geo.extract.confidence import part_of
from geo.extract.report import extract
from geo.gazetteer import Gazetteer, load_gazetteer
from geo.precision import REGION_PRECISION

__all__ = [
    "NEAR_M",
    "SCORED_FIELDS",
    "UNMATCHED_KINDS",
    "Score",
    "compare",
    "field_value",
    "finding",
    "found",
    "load_passages",
    "main",
    "score",
    "unsupported_figures",
]

#: Greatest distance between an expected and a proposed point that is "the place".
NEAR_M: Final = 15_000.0
#: Why a proposal found no expected event, in the order they are tried.
UNMATCHED_KINDS: Final = (
    "undated",
    "unplaced",
    "restatement",
    "wrong day",
    "wrong place",
    "not a coded event",
)
_CASUALTY_TOTALS: Final = (
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "injured",
    "children_killed",
    "civilian_fatalities",
)


def _date(e: Mapping[str, Any]) -> object:
    if not e.get("event_date"):
        return None
    end = e.get("event_date_end")
    return (str(e["event_date"]), str(end) if end and end != e["event_date"] else None)


def _place(e: Mapping[str, Any]) -> object:
    if e.get("latitude") is not None and e.get("longitude") is not None and e.get("location"):
        return (round(float(e["latitude"]), 4), round(float(e["longitude"]), 4))
    if e.get("township_pcode"):
        return e["township_pcode"]
    if e.get("geo_precision") == REGION_PRECISION:
        return f"region {e.get('state_pcode') or '(several states)'}"
    return None


def _killed(e: Mapping[str, Any]) -> object:
    """The figure a reader takes for the dead: the best estimate, else the lowest ("at
    least"), else the highest ("up to")."""
    for name in ("fatalities_best", "fatalities_low", "fatalities_high"):
        if e.get(name) is not None:
            return e[name]
    return None


def _pair(*names: str) -> Callable[[Mapping[str, Any]], object]:
    def value(e: Mapping[str, Any]) -> object:
        values = tuple(e.get(n) for n in names)
        return None if all(v is None for v in values) else values

    return value


#: Field name -> the value compared (``None``: the event does not give it).
SCORED_FIELDS: Final[dict[str, Callable[[Mapping[str, Any]], object]]] = {
    "date": _date,
    "place": _place,
    "type": _pair("event_type", "sub_event_type"),
    "killed": _killed,
    "injured": _pair("injured"),
    "children killed": _pair("children_killed"),
    "actor1": _pair("actor1"),
    "actor2": _pair("actor2"),
}


def field_value(name: str, event: Mapping[str, Any]) -> object:
    """The value of one scored field of an event (expected or proposed)."""
    return SCORED_FIELDS[name](event)


def _point(e: Mapping[str, Any]) -> tuple[float, float] | None:
    """An event's point when it is placed at a named place (not at a township alone)."""
    lat, lon = e.get("latitude"), e.get("longitude")
    if lat is None or lon is None or not e.get("location"):
        return None
    township = (e.get("township") or "").casefold()
    if township and e["location"].casefold() in (township, f"{township} township"):
        return None  # placed at the township ("Hpakant Township"): its town stands for it
    if (e.get("geo_precision") or 0) >= REGION_PRECISION:
        return None
    return float(lon), float(lat)


def _distance_m(a: Mapping[str, Any], b: Mapping[str, Any]) -> float:
    pa, pb = _point(a), _point(b)
    if pa is None or pb is None:
        return math.inf
    return float(geodesy.distance_m(pa[0], pa[1], pb[0], pb[1]))


def same_day(expected: Mapping[str, Any], proposed: Mapping[str, Any]) -> bool:
    """The exact day: the first days agree (both undated also agree)."""
    return (expected.get("event_date") or None) == (proposed.get("event_date") or None)


def same_place(expected: Mapping[str, Any], proposed: Mapping[str, Any]) -> bool:
    """Within :data:`NEAR_M` of each other, or the same township when either is placed
    at township level only; a state-level place agrees with the same state alone."""
    if _distance_m(expected, proposed) <= NEAR_M:
        return True
    if _point(expected) is None or _point(proposed) is None:
        township = expected.get("township_pcode")
        if township:
            return bool(township == proposed.get("township_pcode"))
        # a state or several: the same states, and no township on either side
        return (
            expected.get("geo_precision") == REGION_PRECISION
            and not proposed.get("township_pcode")
            and proposed.get("geo_precision") == REGION_PRECISION
            and expected.get("state_pcode") == proposed.get("state_pcode")
        )
    return False


def found(expected: Mapping[str, Any], proposed: Mapping[str, Any]) -> bool:
    """Whether a proposal finds an expected event: the exact day and the place."""
    return same_day(expected, proposed) and same_place(expected, proposed)


def _closeness(expected: Mapping[str, Any], proposed: Mapping[str, Any]) -> tuple[float, ...]:
    """How alike two events are, for pairing (larger is closer)."""
    return (
        float(found(expected, proposed)),
        float(same_day(expected, proposed)) + float(same_place(expected, proposed)),
        float(field_value("type", expected) == field_value("type", proposed)),
        float(field_value("killed", expected) == field_value("killed", proposed)),
        -min(_distance_m(expected, proposed), 1e7),
    )


def unsupported_figures(event: Mapping[str, Any]) -> list[str]:
    """A proposed event's casualty totals that no sentence gives: each must be one
    figure's estimate, or the sum of figures one sentence gives (``to_dict`` form)."""
    by_sentence: dict[int, list[Mapping[str, Any]]] = {}
    for figure in event.get("casualties", []):
        sentence = next(
            (
                i
                for i, s in enumerate(event.get("evidence", []))
                if s["start"] <= figure["start"] < s["end"]
            ),
            -1,
        )
        by_sentence.setdefault(sentence, []).append(figure)
    given: set[int] = set()
    for figures in by_sentence.values():
        # each figure's low, best and high; its least ("a few were carried out, but about
        # 64 were left": at least 67) and its most ("as many as 20 students and two
        # teachers": up to 22)
        least = [f["low"] if f["low"] is not None else f["best"] for f in figures]
        most = [f["high"] if f["high"] is not None else f["best"] for f in figures]
        keyed = [[f[key] for f in figures] for key in ("low", "best", "high")]
        for values in [*keyed, least, most]:
            given.update(v for v in values if v is not None)
            for i in range(len(values)):
                for j in range(i + 2, len(values) + 1):
                    if all(v is not None for v in values[i:j]):
                        given.add(sum(values[i:j]))
    return [
        f"{name} {event[name]}"
        for name in _CASUALTY_TOTALS
        if event.get(name) is not None and event[name] not in given
    ]


def _rate(right: int, of: int) -> str:
    """A share as the table prints it; "n/a" where there is nothing to score (no event
    expected, none proposed, no field given), not a perfect score."""
    return f"{right / of:.3f}" if of else f"{'n/a':>5}"


@dataclass
class Score:
    """What the extractor found over some passages, and what it got wrong."""

    passages: int = 0
    expected: int = 0
    proposed: int = 0
    undated: int = 0
    found: int = 0
    found_dated: int = 0
    to_check: int = 0  # proposals shown apart for checking (low confidence)
    found_to_check: int = 0
    with_value: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SCORED_FIELDS, 0))
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SCORED_FIELDS, 0))
    unmatched: Counter[str] = field(default_factory=Counter)
    unsupported: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    evidence: bool = True  # whether the proposals' figures were checked against the words

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.found / self.proposed if self.proposed else 1.0

    @property
    def dated_precision(self) -> float:
        dated = self.proposed - self.undated
        return self.found_dated / dated if dated else 1.0

    def accuracy(self, name: str) -> float:
        return self.right[name] / self.with_value[name] if self.with_value[name] else 1.0

    def add(self, other: Score) -> None:
        for name in (
            "passages",
            "expected",
            "proposed",
            "undated",
            "found",
            "found_dated",
            "to_check",
            "found_to_check",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in SCORED_FIELDS:
            self.with_value[name] += other.with_value[name]
            self.right[name] += other.right[name]
        self.unmatched.update(other.unmatched)
        self.unsupported.extend(other.unsupported)
        self.misses.extend(other.misses)
        self.evidence = self.evidence and other.evidence

    def table(self) -> str:
        dated = self.proposed - self.undated
        lines = [
            f"{self.passages} passages, {self.expected} expected events, "
            f"{self.proposed} proposals ({self.undated} undated)",
            f"event recall        {_rate(self.found, self.expected)}  ({self.found} of "
            f"{self.expected} found: the exact day, within {NEAR_M / 1000:g} km or the same "
            "township)",
            f"proposal precision  {_rate(self.found, self.proposed)}  ({self.found} of "
            f"{self.proposed}; dated proposals alone {_rate(self.found_dated, dated)}, "
            f"{self.found_dated} of {dated})",
        ]
        if self.proposed:
            # what the page ticks at the start: dated, and not shown apart to check
            found = self.found_dated - self.found_to_check
            likely = dated - self.to_check
            lines.append(
                f"shown apart to check  {self.to_check} dated proposals of low confidence, "
                f"{self.found_to_check} of them found an event; the likely ones alone "
                f"(ticked at the start): recall {_rate(found, self.expected)}, precision "
                f"{_rate(found, likely)} ({found} of {likely})"
            )
        lines.append(
            "field accuracy (right / expected events with a value; not found counts as wrong)"
        )
        for name in SCORED_FIELDS:
            lines.append(
                f"  {name:<16} {_rate(self.right[name], self.with_value[name])}  "
                f"({self.right[name]} of {self.with_value[name]})"
            )
        kinds = ", ".join(f"{k} {self.unmatched[k]}" for k in UNMATCHED_KINDS if self.unmatched[k])
        lines.append(f"unmatched proposals: {kinds or 'none'}")
        if self.evidence:
            lines.append(
                f"figures no sentence gives: {len(self.unsupported)}"
                + (f" ({'; '.join(self.unsupported)})" if self.unsupported else "")
            )
        else:
            lines.append("figures no sentence gives: not checked (a hand coding cites no words)")
        return "\n".join(lines)


def load_passages(path: Path) -> list[dict[str, Any]]:
    """The passages of a fixture file.

    Raises
    ------
    GeoError
        When the file cannot be read or is not a fixture file.
    """
    try:
        passages: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["passages"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise GeoError(f"cannot read passages from {path}: {error}") from None
    problems = []
    for number, passage in enumerate(passages, start=1):
        name = f"passage {number} ({passage.get('id', 'no id')})"
        if not isinstance(passage.get("text"), str):
            problems.append(f"{name}: field 'text': not a text")
        if not isinstance(passage.get("events"), list):
            problems.append(f"{name}: field 'events': not a list of events")
        try:
            dt.date.fromisoformat(str(passage.get("published")))
        except ValueError:
            problems.append(
                f"{name}: field 'published': {passage.get('published')!r} is not a date "
                "(YYYY-MM-DD); the reader counts 'on Monday' and 'last week' from it"
            )
    if problems:
        raise GeoError(f"cannot score the passages of {path}:\n" + "\n".join(problems))
    return passages


def _pairs(
    expected: Sequence[Mapping[str, Any]], proposed: Sequence[Mapping[str, Any]]
) -> dict[int, int]:
    """Expected event index -> proposal index, closest first, each used once; a pair
    needs at least the day, the place or the kind in common."""
    ranked = sorted(
        ((_closeness(e, p), i, j) for i, e in enumerate(expected) for j, p in enumerate(proposed)),
        key=lambda t: (t[0], -t[1], -t[2]),
        reverse=True,
    )
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for closeness, i, j in ranked:
        if i in pairs or j in used or not (closeness[0] or closeness[1] or closeness[2]):
            continue
        pairs[i] = j
        used.add(j)
    return pairs


def finding(
    expected: Sequence[Mapping[str, Any]], proposed: Sequence[Mapping[str, Any]]
) -> set[int]:
    """The proposals (their indexes) that found an expected event, as :func:`compare`
    pairs and counts them."""
    pairs = _pairs(expected, proposed)
    return {pairs[i] for i in _hits(expected, proposed, pairs)}


def _hits(
    expected: Sequence[Mapping[str, Any]],
    proposed: Sequence[Mapping[str, Any]],
    pairs: Mapping[int, int],
) -> set[int]:
    """The expected events (their indexes) whose paired proposal found them."""
    return {i for i, j in pairs.items() if found(expected[i], proposed[j])}


def _why_unmatched(
    proposal: Mapping[str, Any], expected: Sequence[Mapping[str, Any]], taken: set[int]
) -> str:
    if not proposal.get("event_date"):
        return "undated"
    if not proposal.get("township_pcode") and not proposal.get("state_pcode"):
        return "unplaced"
    if any(found(e, proposal) for i, e in enumerate(expected) if i in taken):
        return "restatement"
    if any(same_place(e, proposal) for e in expected):
        return "wrong day"
    if any(same_day(e, proposal) for e in expected):
        return "wrong place"
    return "not a coded event"


def score_passage(passage: Mapping[str, Any], gazetteer: Gazetteer) -> Score:
    """Score the extractor on one passage."""
    text = passage["text"]
    proposal = extract(
        text, published=dt.date.fromisoformat(passage["published"]), gazetteer=gazetteer
    )
    proposed = [
        {**event.to_dict(text), "to_check": part_of(event) == "check"} for event in proposal.events
    ]
    return compare(passage["id"], list(passage["events"]), proposed)


def agreement(passages: Sequence[Mapping[str, Any]], others: Sequence[Mapping[str, Any]]) -> Score:
    """How far a second coding of the same passages agrees with the first, scored as if
    its events were the reader's proposals: the ceiling two careful coders reach.

    Raises
    ------
    GeoError
        When a passage has no second coding.
    """
    ids = [o.get("id") for o in others]
    second = dict(zip(ids, others, strict=True))
    problems = []
    if twice := sorted({str(i) for i in ids if ids.count(i) > 1}):
        problems.append(f"passage(s) coded twice in the second coding: {', '.join(twice)}")
    if missing := [str(p.get("id")) for p in passages if p.get("id") not in second]:
        problems.append(f"no second coding of passage(s): {', '.join(missing)}")
    if problems:
        raise GeoError("; ".join(problems))
    result = Score()
    for passage in passages:
        other = list(second[passage["id"]]["events"])
        result.add(compare(passage["id"], list(passage["events"]), other, evidence=False))
    return result


def compare(
    pid: str,
    expected: Sequence[Mapping[str, Any]],
    proposed: Sequence[Mapping[str, Any]],
    *,
    evidence: bool = True,
) -> Score:
    """Score proposed events against the expected events of one passage; ``evidence``:
    also list the figures no sentence gives (a hand coding cites no words)."""
    result = Score(passages=1, expected=len(expected), proposed=len(proposed), evidence=evidence)
    result.undated = sum(1 for p in proposed if not p.get("event_date"))
    pairs = _pairs(expected, proposed)
    hits = _hits(expected, proposed, pairs)
    result.found = len(hits)
    checked = [j for j, p in enumerate(proposed) if p.get("to_check")]
    result.to_check = len(checked)
    result.found_to_check = sum(1 for i in hits if pairs[i] in checked)
    result.found_dated = sum(1 for i in hits if proposed[pairs[i]].get("event_date"))
    for i, e in enumerate(expected):
        p = proposed[pairs[i]] if i in pairs else None
        if i not in hits:
            result.misses.append(
                f"{pid}: not found: event {i + 1} ({e.get('event_date')}, "
                f"{e.get('location') or e.get('township_pcode')}, {e.get('sub_event_type')})"
                + (
                    f"; closest proposal {p.get('event_date')}, {p.get('location')}"
                    if p is not None
                    else ""
                )
            )
        for name in SCORED_FIELDS:
            want = field_value(name, e)
            if want is None:
                continue
            result.with_value[name] += 1
            if name == "place":
                right = p is not None and same_place(e, p)
            else:
                right = p is not None and field_value(name, p) == want
            if right:
                result.right[name] += 1
            elif p is not None:
                got = field_value(name, p)
                result.misses.append(
                    f"{pid}: event {i + 1}: {name}: expected {want}, proposed {got}"
                )
    taken = set(hits)
    for j, p in enumerate(proposed):
        if j in {pairs[i] for i in hits}:
            continue
        kind = _why_unmatched(p, expected, taken)
        result.unmatched[kind] += 1
        result.misses.append(
            f"{pid}: unmatched proposal ({kind}): {p.get('event_date')}, {p.get('location')}, "
            f"{p.get('sub_event_type')}"
        )
    if evidence:
        for p in proposed:
            result.unsupported.extend(f"{pid}: {u}" for u in unsupported_figures(p))
    return result


def score(passages: Sequence[Mapping[str, Any]], gazetteer: Gazetteer) -> Score:
    """Score the extractor over passages."""
    result = Score()
    for passage in passages:
        result.add(score_passage(passage, gazetteer))
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m geo.extract.evaluate",
        description="How well the report extractor finds and codes the events of "
        "hand-coded passages.",
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.add_argument("--details", action="store_true", help="list every miss")
    parser.add_argument(
        "--together", action="store_true", help="one score over every file, not one per file"
    )
    parser.add_argument(
        "--against",
        nargs="+",
        type=Path,
        metavar="CODING",
        help="score a second hand coding of the same passages (files of passages with the "
        "same ids) instead of the reader: how far two coders agree",
    )
    args = parser.parse_args(argv)
    scores: list[tuple[str, Score]] = []
    try:
        if args.against:  # a second hand coding in the reader's place: no reader, no gazetteer
            others = [p for path in args.against for p in load_passages(path)]
            for path in args.files:
                scores.append((str(path), agreement(load_passages(path), others)))
        else:
            gazetteer = load_gazetteer()
            for path in args.files:
                scores.append((str(path), score(load_passages(path), gazetteer)))
    except GeoError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    if args.together:
        total = Score()
        for _, s in scores:
            total.add(s)
        scores = [(", ".join(str(p) for p in args.files), total)]
    for name, result in scores:
        print(f"{name}:")
        print(result.table())
        if args.details:
            print("\n".join(f"  - {m}" for m in result.misses) or "  (no misses)")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
