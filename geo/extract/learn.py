"""Fit the reader's confidence (:mod:`geo.extract.confidence`) on hand-coded passages.

``python -m geo.extract.learn [FILE ...] [-o data/reader_confidence.json]`` (``make
confidence``) runs the reader on every passage of the fixture files (by default the
development passages, :data:`DEVELOPMENT`; never the test split), marks each proposal by
whether it found an event the coder coded (the day and the place, as
:mod:`geo.extract.evaluate` counts a find), fits the model on those facts and writes it.
A change to the reader is followed by a refit, which ``tests/test_extract_learn.py``
checks.

``python -m geo.extract.learn --cross-validate`` measures a change to the facts the
model weighs without fitting on what it scores: each fixture file's proposals are scored
by a model fitted on all the other files (:func:`cross_validate`), and it prints how well
the scores rank found proposals above the others (AUC), their log loss, and the likely
part's precision and recall at the model's threshold.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import math
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from geo.errors import GeoError
from geo.extract.confidence import CHECK_BELOW, MODEL_PATH, Model, facts_of, fit, is_dated
from geo.extract.evaluate import finding, load_passages
from geo.extract.report import extract
from geo.files import write_atomic
from geo.gazetteer import Gazetteer, load_gazetteer
from geo.paths import ROOT_DIR

__all__ = [
    "DEVELOPMENT",
    "CrossValidation",
    "Sample",
    "cross_validate",
    "development_files",
    "document",
    "learn",
    "main",
    "samples",
]

#: The passages the model is fitted on: the development split and the tuning passages
#: (relative to the repository), never the test split.
DEVELOPMENT: Final = ("tests/data/reports/real/dev-*.json", "tests/data/reports/real/tuning/*.json")
#: A fixture file of the test split, which is never fitted on.
_TEST_SPLIT: Final = "test-*.json"
#: A proposal's facts, and whether it found an event a coder coded.
Sample = tuple[dict[str, float], bool]


def development_files() -> list[Path]:
    """The files of :data:`DEVELOPMENT`, in order."""
    return sorted(path for pattern in DEVELOPMENT for path in ROOT_DIR.glob(pattern))


def samples(passages: Sequence[Mapping[str, Any]], gazetteer: Gazetteer) -> list[Sample]:
    """Each proposal the reader makes from the passages: its facts, and whether it found
    an expected event."""
    out: list[Sample] = []
    for passage in passages:
        text, published = passage["text"], dt.date.fromisoformat(passage["published"])
        events = extract(text, published=published, gazetteer=gazetteer, confidence=False).events
        hits = finding(passage["events"], [e.to_dict(text) for e in events])
        facts = facts_of(events, text_length=len(text), published=published)
        out.extend((f, rank in hits) for rank, f in enumerate(facts))
    return out


def _refuse_test_split(paths: Sequence[Path]) -> None:
    """Refuse files of the test split: its scores must stay those of passages the reader
    and its model were never fitted on."""
    if tested := [str(p) for p in paths if p.match(_TEST_SPLIT)]:
        raise GeoError(
            f"not fitting on the test split ({', '.join(tested)}): its scores must stay "
            "those of passages the reader was never fitted on"
        )


def learn(paths: Sequence[Path], gazetteer: Gazetteer) -> tuple[Model, dict[str, Any]]:
    """The model fitted on the passages of ``paths``, and what it was fitted on.

    Raises
    ------
    GeoError
        When a file is of the test split, or cannot be read.
    """
    _refuse_test_split(paths)
    passages = [p for path in paths for p in load_passages(path)]
    rows = samples(passages, gazetteer)
    model = fit(rows)
    about = {
        "passages": len(passages),
        "proposals": len(rows),
        "found": sum(1 for _, hit in rows if hit),
        "files": [_shown(path) for path in paths],
    }
    return model, about


@dataclass(frozen=True)
class CrossValidation:
    """How a model's scores did on proposals it was not fitted on: ``auc``, the chance a
    found proposal scores above an unfound one; ``log_loss``, the mean negative log
    likelihood; ``likely`` dated proposals at or above the threshold, ``likely_found`` of
    them found an event, out of ``expected`` events the coders coded."""

    proposals: int
    found: int
    auc: float
    log_loss: float
    likely: int
    likely_found: int
    expected: int

    def table(self) -> str:
        """The measures, one to a line, as ``--cross-validate`` prints them ("n/a" where
        a measure has nothing to count)."""

        def ratio(part: float, whole: float) -> str:
            return f"{part / whole:.3f}" if whole and not math.isnan(part) else "n/a"

        return (
            f"{self.proposals} proposals ({self.found} found an event), "
            f"{self.expected} expected events\n"
            f"AUC        {ratio(self.auc, 1.0)}\n"
            f"log loss   {self.log_loss:.4f}\n"
            f"likely     {self.likely} proposals, {self.likely_found} found: "
            f"precision {ratio(self.likely_found, self.likely)}, "
            f"recall {ratio(self.likely_found, self.expected)}"
        )


def cross_validate(
    groups: Mapping[str, Sequence[Sample]], *, expected: int, check_below: float = CHECK_BELOW
) -> CrossValidation:
    """Each group's proposals scored by a model :func:`fit` on every other group (a group
    is a fixture file, by name: passages of one coder or one retelling stay together).

    Raises
    ------
    GeoError
        When fewer than two groups are given, or the others of one cannot be fitted.
    """
    if len(groups) < 2:
        raise GeoError("cannot cross-validate on fewer than two files")
    scored: list[tuple[float, bool, bool]] = []  # score, found, dated
    for name, held in groups.items():
        try:
            model = fit([s for other, group in groups.items() if other != name for s in group])
        except GeoError as error:
            raise GeoError(f"holding out {name}: {error}") from None
        scored.extend((model.score(facts), found, is_dated(facts)) for facts, found in held)
    found = sum(1 for _, hit, _ in scored if hit)
    tiny = 1e-12
    log_loss = -sum(
        math.log(max(p, tiny)) if hit else math.log(max(1.0 - p, tiny)) for p, hit, _ in scored
    ) / max(1, len(scored))
    likely = [hit for p, hit, dated in scored if dated and p >= check_below]
    auc = _auc([(p, hit) for p, hit, _ in scored])
    return CrossValidation(len(scored), found, auc, log_loss, len(likely), sum(likely), expected)


def _auc(scored: Sequence[tuple[float, bool]]) -> float:
    """The chance a found proposal scores above an unfound one, ties counting half, from
    the mean rank of each run of equal scores (NaN without both)."""
    ranked = sorted(scored, key=lambda s: s[0])
    found = sum(1 for _, hit in ranked if hit)
    unfound = len(ranked) - found
    if not found or not unfound:
        return math.nan
    rank_sum, start = 0.0, 0
    for _, run in itertools.groupby(ranked, key=lambda s: s[0]):
        hits = [hit for _, hit in run]
        end = start + len(hits)
        rank_sum += (start + 1 + end) / 2 * sum(hits)
        start = end
    return (rank_sum - found * (found + 1) / 2) / (found * unfound)


def document(model: Model, about: Mapping[str, Any]) -> str:
    """The model file's text: what it is, what it was fitted on, the model."""
    return (
        json.dumps(
            {
                "about": "The report reader's confidence in a proposal: a logistic model over "
                "the facts of geo.extract.confidence.features, fitted on the passages named "
                "here. Made by make confidence (python -m geo.extract.learn); see "
                "data/README.md.",
                "fitted_on": dict(about),
                **model.to_dict(),
            },
            indent=1,
        )
        + "\n"
    )


def _shown(path: Path) -> str:
    """A path as the model file names it: relative to the repository when inside it."""
    resolved = path.resolve()
    return (
        resolved.relative_to(ROOT_DIR).as_posix()
        if resolved.is_relative_to(ROOT_DIR)
        else resolved.as_posix()
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m geo.extract.learn",
        description="Fit the report reader's confidence on hand-coded passages "
        "(by default the development passages).",
    )
    parser.add_argument("files", nargs="*", type=Path, metavar="FILE")
    parser.add_argument("-o", "--output", type=Path, default=MODEL_PATH)
    parser.add_argument(
        "--cross-validate",
        action="store_true",
        help="score each file's proposals by a model fitted on the other files, and "
        "print how well they did (writes no model)",
    )
    args = parser.parse_args(argv)
    if args.cross_validate:
        return _cross_validate(args.files or development_files())
    try:
        model, about = learn(args.files or development_files(), load_gazetteer())
        write_atomic(args.output, document(model, about))
    except GeoError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(
        f"{args.output}: {len(model.weights)} weights from {about['proposals']} proposals "
        f"({about['found']} found an event) of {about['passages']} passages"
    )
    return 0


def _cross_validate(paths: Sequence[Path]) -> int:
    try:
        _refuse_test_split(paths)
        gazetteer = load_gazetteer()
        files = {_shown(path): load_passages(path) for path in paths}
        result = cross_validate(
            {name: samples(passages, gazetteer) for name, passages in files.items()},
            expected=sum(len(p["events"]) for passages in files.values() for p in passages),
        )
    except GeoError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"{len(paths)} files, each scored by a model fitted on the others")
    print(result.table())
    return 0


if __name__ == "__main__":
    sys.exit(main())
