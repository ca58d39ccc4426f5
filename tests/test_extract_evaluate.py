"""geo.extract.evaluate, and the extractor over the hand-coded report passages in
tests/data/reports/ (written for these tests; they describe no real events)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from geo.extract import extract
from geo.extract.evaluate import SCORED_FIELDS, field_value, load_passages, main, score
from geo.extract.numbers import spelled
from geo.gazetteer import Gazetteer

REPORTS = Path(__file__).parent / "data" / "reports"
FIXTURES = sorted(REPORTS.glob("*.json"))
#: The fields the issue asks to be right at least nine times in ten, both ways.
SCORED = ("date", "place", "type", "killed", "injured")


@pytest.fixture(scope="module")
def passages() -> list[dict[str, Any]]:
    return [p for path in FIXTURES for p in load_passages(path)]


def test_there_are_enough_hand_coded_passages(passages: list[dict[str, Any]]) -> None:
    assert len(FIXTURES) >= 2
    assert len(passages) >= 30
    assert sum(len(p["events"]) for p in passages) >= 30
    assert any(not p["events"] for p in passages)  # passages that describe no event


def test_precision_and_recall_per_field(
    passages: list[dict[str, Any]], gazetteer: Gazetteer
) -> None:
    """Over every fixture file together (``python -m geo.extract.evaluate`` prints each)."""
    result = score(passages, gazetteer)
    low = {
        name: (round(result.precision(name), 3), round(result.recall(name), 3))
        for name in SCORED
        if min(result.precision(name), result.recall(name)) < 0.9
    }
    assert not low, f"{low}\n" + "\n".join(result.misses)


def _in(value: int, text: str) -> bool:
    t = " ".join(text.casefold().split())
    return any(
        re.search(rf"(?<![\w,]){re.escape(form)}(?![\w,])", t) for form in spelled(value)
    ) or (value == 0 and re.search(r"\bno(?:ne| one|body)?\b", t) is not None)


def test_every_casualty_number_is_in_its_evidence(
    passages: list[dict[str, Any]], gazetteer: Gazetteer
) -> None:
    """Each figure is written in its evidence (as digits, words or a vague amount with
    its ACLED figure), inside a sentence the event quotes; each total is one figure or
    the sum of figures one sentence gives for different people."""
    checked = 0
    for passage in passages:
        text = passage["text"]
        proposal = extract(
            text, published=dt.date.fromisoformat(passage["published"]), gazetteer=gazetteer
        )
        for event in proposal.events:
            for figure in event.figures:
                s, e = figure.amount.span
                assert text[s:e] == figure.amount.text
                assert any(a <= s and e <= b for a, b in event.sentences)
                for value in (figure.amount.low, figure.amount.best, figure.amount.high):
                    if value is not None:
                        assert _in(value, figure.amount.text), (
                            passage["id"],
                            value,
                            figure.amount.text,
                        )
                        checked += 1
            amounts = [f.amount for f in event.figures]
            sums = set()
            for attr in ("low", "best", "high", "value"):
                values = [getattr(a, attr) for a in amounts]
                for i in range(len(values)):
                    for j in range(i + 1, len(values) + 1):
                        if all(v is not None for v in values[i:j]):
                            sums.add(sum(values[i:j]))
            for name in (
                "fatalities_low",
                "fatalities_best",
                "fatalities_high",
                "injured",
                "children_killed",
                "civilian_fatalities",
            ):
                total = getattr(event, name)
                if total is not None:
                    assert total in sums, (passage["id"], name, total)
    assert checked >= 40


def test_fields_compare_what_a_coder_compares() -> None:
    event = {
        "event_date": "2023-10-09",
        "event_date_end": "2023-10-09",
        "date_precision": 1,
        "township_pcode": None,
        "geo_precision": 3,
        "state_pcode": "MMR001",
        "fatalities_low": 63,
        "fatalities_best": 63,
        "fatalities_high": None,
    }
    assert field_value("date", event) == ("2023-10-09", None, 1)
    assert field_value("place", event) == "region MMR001"
    assert field_value("killed", event) == (63, 63, None)
    assert field_value("injured", event) is None
    assert set(SCORED) <= set(SCORED_FIELDS)


def test_a_missed_event_and_an_extra_one_count_against_recall_and_precision(
    gazetteer: Gazetteer,
) -> None:
    passage = {
        "id": "t",
        "published": "2023-10-25",
        "text": "Junta jets bombed Laiza on Monday. Troops shelled Bhamo on Tuesday.",
        "events": [
            {
                "event_date": "2023-10-23",
                "event_date_end": None,
                "date_precision": 1,
                "township_pcode": "MMR001002",
                "geo_precision": 1,
                "event_type": "Explosions/Remote violence",
                "sub_event_type": "Air/drone strike",
            },
            {
                "event_date": "2023-10-01",
                "event_date_end": None,
                "date_precision": 1,
                "township_pcode": "MMR001012",
                "geo_precision": 1,
                "event_type": "Battles",
                "sub_event_type": "Armed clash",
            },
        ],
    }
    result = score([passage], gazetteer)
    assert (result.expected["date"], result.proposed["date"], result.correct["date"]) == (2, 2, 1)
    assert (result.precision("type"), result.recall("type")) == (0.5, 0.5)
    assert any("missed event 2" in m for m in result.misses)
    assert any("extra event" in m for m in result.misses)


def test_the_command_prints_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(FIXTURES[0])]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^date +\d+ +\d+ +\d+ +[01]\.\d{3} +[01]\.\d{3}$", out, re.M)


def test_the_command_says_when_a_file_cannot_be_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path / "missing.json")]) == 1
    assert "cannot read passages from" in capsys.readouterr().err
