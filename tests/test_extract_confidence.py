"""geo.extract.confidence: the reader's confidence in a proposal, from what it knows of it."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace
from pathlib import Path

import pytest

from geo.errors import GeoError
from geo.extract import extract
from geo.extract.confidence import (
    MIN_SEEN,
    Model,
    facts_of,
    features,
    fit,
    load_model,
    part_of,
    parts_sentence,
    rate,
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
    assert facts["told:event_date"] == facts["told:fatalities"] == facts["told:location"] == 1
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
    assert facts["age:undated"] == 1
    assert "told:event_date" not in facts
    assert not any(name.startswith("date_precision:") for name in facts)
    assert facts["rank"] == 0.5


@pytest.mark.parametrize(
    ("text", "elsewhere"),
    [
        # one day told at places in two townships: each is told elsewhere that day
        ("Jets bombed Mansi town and Laiza town on Monday.", [True, True]),
        # on two days, or in one township: no
        ("Jets bombed Mansi town on Monday and Laiza town on Tuesday.", [False, False]),
        ("Jets bombed Mansi town on Monday. Troops shelled Mansi town on Monday.", [False, False]),
    ],
)
def test_a_day_told_in_other_townships_is_a_fact_of_the_report(
    text: str, elsewhere: list[bool], gazetteer: Gazetteer
) -> None:
    events = extract(text, published=PUBLISHED, gazetteer=gazetteer).events
    facts = facts_of(events, text_length=len(text), published=PUBLISHED)
    assert ["day_elsewhere" in f for f in facts] == elsewhere


def test_every_proposal_carries_the_models_confidence(events) -> None:  # type: ignore[no-untyped-def]
    model = load_model()
    for event, text in zip(events, (TEXT, UNDATED), strict=True):
        facts = features(event, rank=0, count=1, text_length=len(text), published=PUBLISHED)
        assert event.confidence == model.score(facts)
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
    model = fit(samples)
    assert model.score({"told": 1.0}) > 0.5 > model.score({"undated": 1.0})
    assert "rare" not in model.weights  # seen too few times to weigh
    assert fit(samples) == model  # the same samples, the same weights
    # fitted to convergence: with no fact but the bias, it is the log-odds of a find
    only_bias = fit([({}, True)] * 3 + [({}, False)] * 7)
    assert only_bias.bias == pytest.approx(math.log(3 / 7), abs=1e-9)


def test_fit_refuses_a_penalty_that_is_not_positive() -> None:
    with pytest.raises(GeoError, match="positive penalty"):
        fit([({"a": 1.0}, True), ({"a": 1.0}, False)] * 3, l2=0.0)


def test_a_score_never_overflows() -> None:
    model = Model({"a": -800.0, "b": 800.0}, bias=0.0, check_below=0.5)
    assert model.score({"a": 1.0}) == pytest.approx(0.0)
    assert model.score({"b": 1.0}) == pytest.approx(1.0)


def test_fit_refuses_samples_with_one_outcome() -> None:
    with pytest.raises(GeoError, match="0 that did not"):
        fit([({"a": 1.0}, True)] * 5)
    with pytest.raises(GeoError, match="0 proposals that found"):
        fit([])


@pytest.mark.parametrize(
    ("day", "age"),
    [
        (dt.date(2023, 10, 25), "told_same_day"),
        (dt.date(2023, 10, 22), "days_1_3"),
        (dt.date(2023, 10, 15), "days_4_10"),
        (dt.date(2023, 10, 14), "days_11_plus"),
        (dt.date(2021, 2, 1), "days_11_plus"),  # however far back
        (dt.date(2023, 10, 26), "after_publication"),
    ],
)
def test_an_events_age_is_counted_back_from_publication(events, day: dt.date, age: str) -> None:  # type: ignore[no-untyped-def]
    facts = features(
        replace(events[0], event_date=day), rank=0, count=1, text_length=1, published=PUBLISHED
    )
    assert [name for name in facts if name.startswith("age:")] == [f"age:{age}"]


def test_rate_gives_each_event_the_models_score_in_the_report_s_order(events) -> None:  # type: ignore[no-untyped-def]
    model = Model({"age:undated": -3.0}, bias=1.0, check_below=0.5)
    rated = rate(events, text_length=len(TEXT), published=PUBLISHED, model=model)
    assert [e.location for e in rated] == [e.location for e in events]
    assert rated[0].confidence == pytest.approx(1 / (1 + math.exp(-1.0)))
    assert rated[1].confidence == pytest.approx(1 / (1 + math.exp(2.0)))


def test_the_model_is_read_only(events) -> None:  # type: ignore[no-untyped-def]
    model = Model({"a": 1.0}, bias=0.0, check_below=0.5)
    with pytest.raises(TypeError):
        model.weights["a"] = 5.0  # type: ignore[index]


def test_each_proposal_is_shown_in_one_part_of_the_table(events) -> None:  # type: ignore[no-untyped-def]
    model = Model({}, bias=0.0, check_below=0.5)
    assert part_of(replace(events[0], confidence=0.9), model) == "likely"
    assert part_of(replace(events[0], confidence=0.5), model) == "likely"  # even odds: sure
    assert part_of(replace(events[0], confidence=0.49), model) == "check"
    assert part_of(replace(events[0], confidence=None), model) == "likely"
    assert part_of(replace(events[1], confidence=0.1), model) == "undated"  # no day first


def test_the_heading_counts_every_event_and_each_part_apart(events) -> None:  # type: ignore[no-untyped-def]
    model = Model({}, bias=0.0, check_below=0.5)
    sure, doubtful = replace(events[0], confidence=0.9), replace(events[0], confidence=0.2)
    undated = replace(events[1], confidence=0.2)
    assert parts_sentence([sure, sure], model) == "2 proposed event(s)"
    assert (
        parts_sentence([sure, doubtful, undated, doubtful], model)
        == "4 proposed event(s): 1 likely, 2 to check, 1 undated"
    )
    assert parts_sentence([undated], model) == "1 proposed event(s): 1 undated"


def test_a_missing_or_broken_model_file_says_how_to_remake_it(tmp_path: Path) -> None:
    with pytest.raises(GeoError, match="make confidence"):
        load_model(tmp_path / "none.json")
    broken = tmp_path / "broken.json"
    broken.write_text('{"weights": []}', encoding="utf-8")
    with pytest.raises(GeoError, match="cannot read the reader's confidence model"):
        load_model(broken)
