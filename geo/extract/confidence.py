"""How likely a proposed event is one a careful coder codes: the reader's confidence.

The reader proposes every event it reads; on real reporting nobody tuned it for, about
half of its proposals are events a coder coded, and which half is not written in any one
rule. What the reader knows of a proposal tells much of it: whether the words give its
day or it was carried from a sentence before, how precise its day and place are, its
kind, its figures and actors, how many sentences tell it and where in the report it is
told. :func:`features` names those facts; a small logistic model (:class:`Model`, a
weight per fact) turns them into a probability, fitted by :func:`fit` on the
development passages (``python -m geo.extract.learn``) and kept in
``data/reader_confidence.json`` (:data:`MODEL_PATH`, described in ``data/README.md``).

Nothing is dropped by it: a proposal below the model's ``check_below`` is shown apart
and starts unticked (:func:`to_check`), for the analyst to read before adding it.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal

import numpy as np

from geo.errors import GeoError
from geo.paths import DATA_DIR

if TYPE_CHECKING:
    from geo.extract.proposal import ProposedEvent

__all__ = [
    "MODEL_PATH",
    "Model",
    "features",
    "fit",
    "load_model",
    "part_of",
    "to_check",
]

#: The fitted model the reader uses (made by ``python -m geo.extract.learn``).
MODEL_PATH: Final = DATA_DIR / "reader_confidence.json"
#: A fact seen in fewer training proposals than this gets no weight (too rare to learn).
MIN_SEEN: Final = 3
#: How far back from publication an event's day is, in buckets of days: (name, last day).
_AGES: Final = (("told_same_day", 0), ("days_1_3", 3), ("days_4_10", 10), ("days_11_60", 60))


def features(
    event: ProposedEvent, *, rank: int, count: int, text_length: int, published: dt.date
) -> dict[str, float]:
    """The facts the model weighs about ``event``, the ``rank``-th (from 0) of the
    ``count`` events proposed from a report of ``text_length`` characters."""
    told = {e.field for e in event.evidence}
    facts: dict[str, float] = {
        "dated": event.event_date is not None,
        "span": event.event_date_end is not None,
        "located": event.location is not None,
        "actor1": event.actor1 is not None,
        "actor2": event.actor2 is not None,
        "killed": event.fatalities_best is not None or event.fatalities_low is not None,
        "injured": event.injured is not None,
        f"date_precision:{event.date_precision}": 1,
        f"geo_precision:{event.geo_precision}": 1,
        f"type:{event.sub_event_type}": 1,
        "sentences": math.log1p(len(event.sentences)),
        "notes": len(event.notes),
        "position": event.sentences[0][0] / max(1, text_length) if event.sentences else 1.0,
        "rank": rank / max(1, count),
        "proposals": math.log1p(count),
    }
    for name in sorted(told):
        facts[f"told:{name}"] = 1
    if event.event_date is None:
        facts["age:undated"] = 1
    else:
        days = (published - event.event_date).days
        facts["age:" + next((name for name, last in _AGES if days <= last), "older")] = 1
    return {name: float(value) for name, value in facts.items() if value}


@dataclass(frozen=True)
class Model:
    """A weight per fact of :func:`features`, a bias, and the probability below which a
    proposal is shown apart for checking."""

    weights: Mapping[str, float]
    bias: float
    check_below: float

    def score(self, facts: Mapping[str, float]) -> float:
        """The probability that a proposal with these facts is an event a coder codes."""
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in facts.items())
        return 1.0 / (1.0 + math.exp(-z))

    def to_dict(self) -> dict[str, Any]:
        return {
            "bias": round(self.bias, 6),
            "check_below": self.check_below,
            "weights": {name: round(w, 6) for name, w in sorted(self.weights.items())},
        }


def fit(
    samples: Sequence[tuple[Mapping[str, float], bool]],
    *,
    check_below: float,
    l2: float = 5.0,
    iterations: int = 300,
    step: float = 0.5,
) -> Model:
    """A logistic model fitted to ``samples`` (the facts of a proposal, and whether it
    found an event a coder coded) by plain gradient descent with an ``l2`` penalty: the
    same samples always give the same weights. Facts seen in fewer than
    :data:`MIN_SEEN` samples get no weight.

    Raises
    ------
    GeoError
        When the samples hold no found event or no unfound one (nothing to learn).
    """
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
    x = np.zeros((len(samples), len(names)))
    for row, (facts, _) in enumerate(samples):
        for name, value in facts.items():
            if name in column:
                x[row, column[name]] = value
    weights, bias, n = np.zeros(len(names)), 0.0, len(samples)
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(x @ weights + bias)))
        weights -= step * (x.T @ (p - labels) / n + l2 * weights / n)
        bias -= step * float((p - labels).mean())
    return Model(dict(zip(names, weights.tolist(), strict=True)), float(bias), check_below)


@functools.cache
def load_model(path: Path = MODEL_PATH) -> Model:
    """The fitted model kept at ``path``.

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
            "(remake it with: python -m geo.extract.learn)"
        ) from None


def to_check(event: ProposedEvent, model: Model | None = None) -> bool:
    """Whether a proposal is shown apart and unticked: the model's confidence in it is
    below its ``check_below``."""
    threshold = (model or load_model()).check_below
    return event.confidence is not None and event.confidence < threshold


def part_of(
    event: ProposedEvent, model: Model | None = None
) -> Literal["dated", "check", "undated"]:
    """Which part of the proposal table shows an event: the dated ones, those to check
    (dated, below the model's threshold) and the undated ones; only the first start
    ticked."""
    if event.event_date is None:
        return "undated"
    return "check" if to_check(event, model) else "dated"
