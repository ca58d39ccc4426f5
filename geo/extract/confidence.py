"""How likely a proposed event is one a careful coder codes: the reader's confidence.

The reader proposes every event it reads; on real reporting nobody tuned it for, about
half of its proposals are events a coder coded, and which half is not written in any one
rule. What the reader knows of a proposal tells much of it: whether the words give its
day or it was carried from a sentence before, how precise its day and place are, its
kind, which fields its words give, how many sentences tell it and where in the report it
is told, and whether the report proposes other events on its day elsewhere.
:func:`features` and :func:`facts_of` name those facts; a small logistic model
(:class:`Model`, a weight per fact) turns them into a probability, fitted by :func:`fit`
on the development passages (``make confidence``: :mod:`geo.extract.learn`) and kept in
``data/reader_confidence.json`` (:data:`MODEL_PATH`, described in ``data/README.md``).

Nothing is dropped by it: a dated proposal below the model's ``check_below`` is shown
apart, in the part "to check", and starts unticked (:func:`part_of`).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final, Literal

import numpy as np

from geo.errors import GeoError
from geo.paths import DATA_DIR

if TYPE_CHECKING:
    from geo.extract.proposal import ProposedEvent

__all__ = [
    "CHECK_BELOW",
    "MODEL_PATH",
    "PART_NAMES",
    "Model",
    "Part",
    "facts_of",
    "features",
    "fit",
    "is_dated",
    "load_model",
    "part_of",
    "parts_sentence",
    "rate",
]

#: The fitted model the reader uses (made by ``make confidence``).
MODEL_PATH: Final = DATA_DIR / "reader_confidence.json"
#: A dated proposal less likely than this (even odds) to be an event a coder codes is
#: shown apart, to check, and starts unticked.
CHECK_BELOW: Final = 0.5
#: A fact seen in fewer training proposals than this gets no weight (too rare to learn).
MIN_SEEN: Final = 3
#: Newton's method: at most this many steps, done when no weight moves more than this.
_NEWTON_STEPS: Final = 100
_CONVERGED: Final = 1e-10
#: How far back from publication an event's day is, in buckets of days: (name, last day);
#: further back is ``days_11_plus``, a day after publication ``after_publication``.
_AGES: Final = (("told_same_day", 0), ("days_1_3", 3), ("days_4_10", 10))
#: The parts of the proposal table, in the order shown.
Part = Literal["likely", "check", "undated"]
#: How each part is named to the analyst.
PART_NAMES: Final[Mapping[Part, str]] = MappingProxyType(
    {"likely": "likely", "check": "to check", "undated": "undated"}
)


def features(
    event: ProposedEvent, *, rank: int, count: int, text_length: int, published: dt.date
) -> dict[str, float]:
    """The facts the model weighs about ``event``, the ``rank``-th (from 0) of the
    ``count`` events proposed from a report of ``text_length`` characters (facts that
    are 0 are left out)."""
    facts: dict[str, float] = {
        "span": event.event_date_end is not None,
        f"date_precision:{event.date_precision}": event.date_precision is not None,
        f"geo_precision:{event.geo_precision}": 1,
        f"type:{event.sub_event_type}": 1,
        "sentences": math.log1p(len(event.sentences)),
        "notes": len(event.notes),
        "position": event.sentences[0][0] / max(1, text_length) if event.sentences else 1.0,
        "rank": rank / max(1, count),
        "proposals": math.log1p(count),
    }
    for name in sorted({e.field for e in event.evidence}):  # which fields the words give
        facts[f"told:{name}"] = 1
    if event.event_date is None:
        facts["age:undated"] = 1
    else:
        days = (published - event.event_date).days
        age = next((name for name, last in _AGES if 0 <= days <= last), None)
        facts["age:" + (age or ("after_publication" if days < 0 else "days_11_plus"))] = 1
    return {name: float(value) for name, value in facts.items() if value}


def is_dated(facts: Mapping[str, float]) -> bool:
    """Whether :func:`features` were those of a dated proposal (one the table shows as
    likely or to check, not undated)."""
    return "age:undated" not in facts


def facts_of(
    events: Sequence[ProposedEvent], *, text_length: int, published: dt.date
) -> list[dict[str, float]]:
    """The :func:`features` of each of a report's proposed events, in their order, with
    one fact of the report as a whole: ``day_elsewhere``, another event proposed on its
    day in another township, or in any township when it has none (one day spread over
    many places, as a summary or a list of them tells it: less often an event a coder
    codes there). Only the first days are compared."""
    townships: dict[dt.date, set[str]] = {}
    for e in events:
        if e.event_date is not None and e.township_pcode:
            townships.setdefault(e.event_date, set()).add(e.township_pcode)
    out = []
    for rank, e in enumerate(events):
        facts = features(
            e, rank=rank, count=len(events), text_length=text_length, published=published
        )
        if e.event_date is not None and townships.get(e.event_date, set()) - {e.township_pcode}:
            facts["day_elsewhere"] = 1.0
        out.append(facts)
    return out


@dataclass(frozen=True)
class Model:
    """A weight per fact of :func:`features`, a bias, and the probability below which a
    dated proposal is shown apart, to check."""

    weights: Mapping[str, float]
    bias: float
    check_below: float

    def __post_init__(self) -> None:  # shared by every reader (cached): read-only
        object.__setattr__(self, "weights", MappingProxyType(dict(self.weights)))

    def score(self, facts: Mapping[str, float]) -> float:
        """The probability that a proposal with these facts is an event a coder codes."""
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in facts.items())
        small = math.exp(-abs(z))  # (no overflow, however large the weights)
        return 1.0 / (1.0 + small) if z >= 0 else small / (1.0 + small)

    def to_dict(self) -> dict[str, Any]:
        return {
            "bias": round(self.bias, 6),
            "check_below": self.check_below,
            "weights": {name: round(w, 6) for name, w in sorted(self.weights.items())},
        }


def fit(
    samples: Sequence[tuple[Mapping[str, float], bool]],
    *,
    check_below: float = CHECK_BELOW,
    l2: float = 5.0,
) -> Model:
    """A logistic model fitted to ``samples`` (the facts of a proposal, and whether it
    found an event a coder coded), to convergence by Newton's method, with an ``l2``
    penalty on the weights (not the bias; it keeps the fit unique when facts go together,
    as one of each kind of fact does): the same samples always give the same model.
    Facts seen in fewer than :data:`MIN_SEEN` samples get no weight.

    Raises
    ------
    GeoError
        When the samples hold no found event or no unfound one (nothing to learn), the
        penalty is not positive, or the fit does not converge.
    """
    if not l2 > 0:
        raise GeoError(f"cannot fit the reader's confidence with l2={l2}: give a positive penalty")
    labels = np.array([found for _, found in samples], dtype=float)
    if not samples or labels.min() == labels.max():
        raise GeoError(
            "cannot fit the reader's confidence: the passages gave "
            f"{int(labels.sum())} proposals that found an event and "
            f"{int(len(labels) - labels.sum())} that did not; it needs both"
        )
    seen = Counter(name for facts, _ in samples for name in facts)
    names = sorted(name for name, n in seen.items() if n >= MIN_SEEN)
    column = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(samples), len(names) + 1))
    x[:, -1] = 1.0  # the bias
    for row, (facts, _) in enumerate(samples):
        for name, value in facts.items():
            if name in column:
                x[row, column[name]] = value
    penalty = np.full(len(names) + 1, l2)
    penalty[-1] = 0.0
    theta = np.zeros(len(names) + 1)
    for _ in range(_NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ theta)))
        gradient = x.T @ (p - labels) + penalty * theta
        hessian = (x.T * (p * (1.0 - p))) @ x + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        theta -= step
        if float(np.abs(step).max()) < _CONVERGED:
            weights = dict(zip(names, theta[:-1].tolist(), strict=True))
            return Model(weights, float(theta[-1]), check_below)
    raise GeoError(
        f"cannot fit the reader's confidence: it did not converge in {_NEWTON_STEPS} steps "
        f"(l2={l2}); give a larger penalty"
    )


@functools.cache
def load_model(path: Path = MODEL_PATH) -> Model:
    """The fitted model kept at ``path`` (read once: a refit reaches a running app when
    it is restarted).

    Raises
    ------
    GeoError
        When the file is missing or not a model file.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        return Model(weights, float(data["bias"]), float(data["check_below"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise GeoError(
            f"cannot read the reader's confidence model {path}: {error} "
            "(remake it with: make confidence)"
        ) from None


def rate(
    events: Sequence[ProposedEvent],
    *,
    text_length: int,
    published: dt.date,
    model: Model | None = None,
) -> tuple[ProposedEvent, ...]:
    """A report's proposed events in their order, each with the model's confidence."""
    model = model or load_model()
    facts = facts_of(events, text_length=text_length, published=published)
    return tuple(
        replace(event, confidence=model.score(f)) for event, f in zip(events, facts, strict=True)
    )


def part_of(event: ProposedEvent, model: Model | None = None) -> Part:
    """Which part of the proposal table shows an event: "undated" (no day), "check"
    (dated, below the model's ``check_below``) or "likely" (the rest); only the likely
    ones start ticked."""
    if event.event_date is None:
        return "undated"
    threshold = (model or load_model()).check_below
    if event.confidence is not None and event.confidence < threshold:
        return "check"
    return "likely"


def parts_sentence(events: Sequence[ProposedEvent], model: Model | None = None) -> str:
    """How many events are proposed and how many are in each part apart: "7 proposed
    event(s): 4 likely, 2 to check, 1 undated"."""
    parts = Counter(part_of(e, model) for e in events)
    if parts["likely"] == len(events):
        return f"{len(events)} proposed event(s)"
    return f"{len(events)} proposed event(s): " + ", ".join(
        f"{parts[part]} {name}" for part, name in PART_NAMES.items() if parts[part]
    )
