"""geo.extract.confidence: the reader's confidence in a proposal, from what it knows of it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from geo.errors import GeoError
from geo.extract import extract
from geo.extract.confidence import (
    MIN_SEEN,
    Model,
    features,
    fit,
    load_model,
    part_of,
    to_check,
)
from geo.gazetteer import Gazetteer

PUBLISHED = dt.date(2023, 10, 25)
TEXT = "Junta jets bombed Mung Lai Hkyet village on Monday, killing 29 people."
UNDATED = "The KIA seized an outpost near Mansi, residents said."


@pytest.fixture
def events(gazetteer: Gazetteer):  # type: ignore[no-untyped-def]
    """A strike told with its day, place and dead; a seizure told with no day."""
    return [
        extract(text, published=PUBLISHED, gazetteer=gazetteer).events[0]
        for text in (TEXT, UNDATED)
    ]


def test_the_facts_of_a_dated_placed_proposal(events) -> None:  # type: ignore[no-untyped-def]
    strike = events[0]
    facts = features(strike, rank=0, count=1, text_length=len(TEXT), published=PUBLISHED)
    assert facts["dated"] == facts["told:event_date"] == facts["killed"] == 1
    assert facts["age:days_1_3"] == 1  # Monday 23 October, told on the 25th
    assert facts["date_precision:1"] == facts["geo_precision:2"] == 1  # near the camp
    assert facts["type:Air/drone strike"] == 1
    assert "rank" not in facts  # the first proposal: rank 0 is no fact
    assert "position" not in facts  # told in the first words
    assert all(value != 0 for value in facts.values())


def test_the_facts_of_an_undated_proposal(events) -> None:  # type: ignore[no-untyped-def]
    fighting = events[1]
    assert fighting.event_date is None
    facts = features(fighting, rank=1, count=2, text_length=len(UNDATED), published=PUBLISHED)
    assert facts["age:undated"] == facts["date_precision:None"] == 1
    assert "dated" not in facts
    assert "told:event_date" not in facts
    assert facts["rank"] == 0.5


def test_every_proposal_carries_the_models_confidence(events) -> None:  # type: ignore[no-untyped-def]
    model = load_model()
    for event, text in zip(events, (TEXT, UNDATED), strict=True):
        facts = features(event, rank=0, count=1, text_length=len(text), published=PUBLISHED)
        assert event.confidence == round(model.score(facts), 3)
    # the strike told with its day, place and dead is surer than fighting told with neither
    assert events[0].confidence > 0.5 > events[1].confidence


def test_a_score_grows_with_a_facts_weight() -> None:
    model = Model({"a": 2.0, "b": -1.0}, bias=0.0, check_below=0.5)
    assert model.score({}) == 0.5
    assert model.score({"a": 1.0}) > 0.5 > model.score({"b": 1.0})
    assert model.score({"unknown": 1.0}) == 0.5  # a fact the model never saw weighs nothing


def test_fit_learns_which_facts_go_with_found_events() -> None:
    samples = [({"told": 1.0}, True)] * 8 + [({"undated": 1.0}, False)] * 8
    samples += [({"told": 1.0}, False), ({"undated": 1.0}, True)]
    samples += [({"rare": 1.0}, True)] * (MIN_SEEN - 1)
    model = fit(samples, check_below=0.5)
    assert model.score({"told": 1.0}) > 0.5 > model.score({"undated": 1.0})
    assert "rare" not in model.weights  # seen too few times to weigh
    assert fit(samples, check_below=0.5) == model  # the same samples, the same weights


def test_fit_refuses_samples_with_one_outcome() -> None:
    with pytest.raises(GeoError, match="0 that did not"):
        fit([({"a": 1.0}, True)] * 5, check_below=0.5)
    with pytest.raises(GeoError, match="0 proposals that found"):
        fit([], check_below=0.5)


def test_to_check_is_below_the_models_threshold(events) -> None:  # type: ignore[no-untyped-def]
    model = Model({}, bias=0.0, check_below=0.5)
    assert to_check(replace(events[0], confidence=0.49), model)
    assert not to_check(replace(events[0], confidence=0.5), model)
    assert not to_check(replace(events[0], confidence=None), model)


def test_each_proposal_is_shown_in_one_part_of_the_table(events) -> None:  # type: ignore[no-untyped-def]
    model = Model({}, bias=0.0, check_below=0.5)
    assert part_of(replace(events[0], confidence=0.9), model) == "dated"
    assert part_of(replace(events[0], confidence=0.1), model) == "check"
    assert part_of(replace(events[1], confidence=0.9), model) == "undated"  # no day first


def test_a_missing_or_broken_model_file_says_how_to_remake_it(tmp_path: Path) -> None:
    with pytest.raises(GeoError, match=r"geo\.extract\.learn"):
        load_model(tmp_path / "none.json")
    broken = tmp_path / "broken.json"
    broken.write_text('{"weights": []}', encoding="utf-8")
    with pytest.raises(GeoError, match="cannot read the reader's confidence model"):
        load_model(broken)
