"""Fit the reader's confidence (:mod:`geo.extract.confidence`) on hand-coded passages.

``python -m geo.extract.learn FILE [FILE ...] -o data/reader_confidence.json`` runs the
reader on every passage of the fixture files, marks each proposal by whether it found an
event the coder coded (the day and the place, as :mod:`geo.extract.evaluate` counts
them), fits the model on those facts and writes it. ``make confidence`` fits it on the
development passages (never the test split); a change to the reader is followed by a
refit, which ``tests/test_extract_learn.py`` checks.
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
from geo.extract.confidence import MODEL_PATH, Model, features, fit
from geo.extract.evaluate import finding, load_passages
from geo.extract.report import extract
from geo.gazetteer import Gazetteer, load_gazetteer

__all__ = ["CHECK_BELOW", "learn", "main", "samples"]

#: Proposals of less confidence than this (below even odds) are shown apart, unticked.
CHECK_BELOW: Final = 0.5


def samples(
    passages: Sequence[Mapping[str, Any]], gazetteer: Gazetteer
) -> list[tuple[dict[str, float], bool]]:
    """Each proposal the reader makes from the passages: its facts, and whether it found
    an expected event."""
    out = []
    for passage in passages:
        text, published = passage["text"], dt.date.fromisoformat(passage["published"])
        events = extract(text, published=published, gazetteer=gazetteer).events
        hits = finding(passage["events"], [e.to_dict(text) for e in events])
        for rank, event in enumerate(events):
            facts = features(
                event, rank=rank, count=len(events), text_length=len(text), published=published
            )
            out.append((facts, rank in hits))
    return out


def learn(paths: Sequence[Path], gazetteer: Gazetteer) -> tuple[Model, dict[str, Any]]:
    """The model fitted on the passages of ``paths``, and what it was fitted on."""
    passages = [p for path in paths for p in load_passages(path)]
    rows = samples(passages, gazetteer)
    model = fit(rows, check_below=CHECK_BELOW)
    about = {
        "passages": len(passages),
        "proposals": len(rows),
        "found": sum(1 for _, hit in rows if hit),
        "files": [path.as_posix() for path in paths],
    }
    return model, about


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m geo.extract.learn",
        description="Fit the report reader's confidence on hand-coded passages.",
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.add_argument("-o", "--output", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    try:
        model, about = learn(args.files, load_gazetteer())
    except GeoError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    document = {
        "about": "The report reader's confidence in a proposal: a logistic model over the "
        "facts of geo.extract.confidence.features, fitted on the passages named here. "
        "Made by python -m geo.extract.learn (make confidence); see data/README.md.",
        "fitted_on": about,
        **model.to_dict(),
    }
    args.output.write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
    print(
        f"{args.output}: {len(model.weights)} weights from {about['proposals']} proposals "
        f"({about['found']} found an event) of {about['passages']} passages"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
