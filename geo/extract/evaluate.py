"""Precision and recall of the extractor per field, against hand-coded passages.

``python -m geo.extract.evaluate FILE [FILE ...] [--details]`` reads fixture files
(``tests/data/reports/*.json``: passages with their publication date, text and the
events a careful coder would code from them), runs :func:`~geo.extract.extract` on
each passage and prints, per field, how many values were expected and proposed, how
many agree, precision (agreeing / proposed) and recall (agreeing / expected).

Proposed events are paired with expected ones passage by passage, best agreement
first (date, place and type), so a proposal that matches no expected event counts
against precision for every field it fills, and a missed event against recall.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from geo.errors import GeoError
from geo.extract.report import extract
from geo.gazetteer import Gazetteer, load_gazetteer
from geo.precision import REGION_PRECISION

__all__ = ["SCORED_FIELDS", "Score", "field_value", "load_passages", "main", "score"]


def _date(e: Mapping[str, Any]) -> object:
    if not e.get("event_date"):
        return None
    end = e.get("event_date_end")
    return (
        str(e["event_date"]),
        str(end) if end and end != e["event_date"] else None,
        e.get("date_precision"),
    )


def _place(e: Mapping[str, Any]) -> object:
    if e.get("township_pcode"):
        return e["township_pcode"]
    if e.get("geo_precision") == REGION_PRECISION:
        return f"region {e.get('state_pcode') or '(several states)'}"
    return None


def _killed(e: Mapping[str, Any]) -> object:
    values = (e.get("fatalities_low"), e.get("fatalities_best"), e.get("fatalities_high"))
    return None if values == (None, None, None) else values


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
_MATCH_ON: Final = ("date", "place", "type")


def field_value(name: str, event: Mapping[str, Any]) -> object:
    """The value of one scored field of an event (expected or proposed)."""
    return SCORED_FIELDS[name](event)


@dataclass
class Score:
    """Counts per field, and what disagreed (for ``--details``)."""

    expected: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SCORED_FIELDS, 0))
    proposed: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SCORED_FIELDS, 0))
    correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SCORED_FIELDS, 0))
    misses: list[str] = field(default_factory=list)

    def precision(self, name: str) -> float:
        return self.correct[name] / self.proposed[name] if self.proposed[name] else 1.0

    def recall(self, name: str) -> float:
        return self.correct[name] / self.expected[name] if self.expected[name] else 1.0

    def table(self) -> str:
        lines = [
            f"{'field':<16} {'expected':>8} {'proposed':>8} {'agree':>6} "
            f"{'precision':>9} {'recall':>7}"
        ]
        for name in SCORED_FIELDS:
            lines.append(
                f"{name:<16} {self.expected[name]:>8} {self.proposed[name]:>8} "
                f"{self.correct[name]:>6} {self.precision(name):>9.3f} {self.recall(name):>7.3f}"
            )
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
    return passages


def _agreement(a: Mapping[str, Any], b: Mapping[str, Any]) -> int:
    return sum(
        1
        for name in _MATCH_ON
        if field_value(name, a) is not None and field_value(name, a) == field_value(name, b)
    )


def score(passages: Sequence[Mapping[str, Any]], gazetteer: Gazetteer) -> Score:
    """Run the extractor on every passage and count agreement per field."""
    result = Score()
    for passage in passages:
        text = passage["text"]
        proposal = extract(
            text, published=dt.date.fromisoformat(passage["published"]), gazetteer=gazetteer
        )
        proposed = proposal.to_dicts(text)
        expected = list(passage["events"])
        pairs = sorted(
            (
                (_agreement(e, p), i, j)
                for i, e in enumerate(expected)
                for j, p in enumerate(proposed)
            ),
            reverse=True,
        )
        used_e: set[int] = set()
        used_p: set[int] = set()
        matched: list[tuple[int, int]] = []
        for agreement, i, j in pairs:
            if agreement and i not in used_e and j not in used_p:
                used_e.add(i)
                used_p.add(j)
                matched.append((i, j))
        for name in SCORED_FIELDS:
            result.expected[name] += sum(field_value(name, e) is not None for e in expected)
            result.proposed[name] += sum(field_value(name, p) is not None for p in proposed)
            for i, j in matched:
                want, got = field_value(name, expected[i]), field_value(name, proposed[j])
                if want is not None and want == got:
                    result.correct[name] += 1
                elif want != got:
                    result.misses.append(
                        f"{passage['id']}: {name}: expected {want}, proposed {got}"
                    )
        for i in set(range(len(expected))) - used_e:
            result.misses.append(
                f"{passage['id']}: missed event {i + 1} ({field_value('type', expected[i])})"
            )
        for j in set(range(len(proposed))) - used_p:
            result.misses.append(
                f"{passage['id']}: extra event ({field_value('type', proposed[j])}, "
                f"{field_value('date', proposed[j])}, {field_value('place', proposed[j])})"
            )
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m geo.extract.evaluate",
        description="Precision and recall of the report extractor per field.",
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.add_argument("--details", action="store_true", help="list every disagreement")
    args = parser.parse_args(argv)
    gazetteer = load_gazetteer()
    for path in args.files:
        try:
            passages = load_passages(path)
        except GeoError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        result = score(passages, gazetteer)
        events = sum(len(p["events"]) for p in passages)
        print(f"{path}: {len(passages)} passages, {events} hand-coded events")
        print(result.table())
        if args.details:
            print("\n".join(f"  - {m}" for m in result.misses) or "  (no disagreements)")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
