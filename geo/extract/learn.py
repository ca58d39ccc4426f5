"""Fit the reader's confidence (:mod:`geo.extract.confidence`) on hand-coded passages.

``python -m geo.extract.learn [FILE ...] [-o data/reader_confidence.json]`` (``make
confidence``) runs the reader on every passage of the fixture files (by default the
development passages, :data:`DEVELOPMENT`; never the test split), marks each proposal by
whether it found an event the coder coded (the day and the place, as
:mod:`geo.extract.evaluate` counts a find), fits the model on those facts and writes it.
A change to the reader is followed by a refit, which ``tests/test_extract_learn.py``
checks.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Final

from geo.errors import GeoError
from geo.extract.confidence import MODEL_PATH, Model, facts_of, fit
from geo.extract.evaluate import finding, load_passages
from geo.extract.report import extract
from geo.files import write_atomic
from geo.gazetteer import Gazetteer, load_gazetteer
from geo.paths import ROOT_DIR

__all__ = ["DEVELOPMENT", "development_files", "document", "learn", "main", "samples"]

#: The passages the model is fitted on: the development split and the tuning passages
#: (relative to the repository), never the test split.
DEVELOPMENT: Final = ("tests/data/reports/real/dev-*.json", "tests/data/reports/real/tuning/*.json")
#: A fixture file of the test split, which is never fitted on.
_TEST_SPLIT: Final = "test-*.json"


def development_files() -> list[Path]:
    """The files of :data:`DEVELOPMENT`, in order."""
    return sorted(path for pattern in DEVELOPMENT for path in ROOT_DIR.glob(pattern))


def samples(
    passages: Sequence[Mapping[str, Any]], gazetteer: Gazetteer
) -> list[tuple[dict[str, float], bool]]:
    """Each proposal the reader makes from the passages: its facts, and whether it found
    an expected event."""
    out: list[tuple[dict[str, float], bool]] = []
    for passage in passages:
        text, published = passage["text"], dt.date.fromisoformat(passage["published"])
        events = extract(text, published=published, gazetteer=gazetteer, confidence=False).events
        hits = finding(passage["events"], [e.to_dict(text) for e in events])
        facts = facts_of(events, text_length=len(text), published=published)
        out.extend((f, rank in hits) for rank, f in enumerate(facts))
    return out


def learn(paths: Sequence[Path], gazetteer: Gazetteer) -> tuple[Model, dict[str, Any]]:
    """The model fitted on the passages of ``paths``, and what it was fitted on.

    Raises
    ------
    GeoError
        When a file is of the test split, or cannot be read.
    """
    if tested := [str(p) for p in paths if p.match(_TEST_SPLIT)]:
        raise GeoError(
            f"not fitting on the test split ({', '.join(tested)}): its scores must stay "
            "those of passages the reader was never fitted on"
        )
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
    args = parser.parse_args(argv)
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


if __name__ == "__main__":
    sys.exit(main())
