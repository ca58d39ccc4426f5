"""geo.extract.numbers: figures as written, with ACLED's conventions for vague amounts."""

from __future__ import annotations

import pytest

from geo.extract.numbers import find_amounts, number_value, spelled


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("29", 29),
        ("1,200", 1200),
        ("nine", 9),
        ("Twenty-one", 21),
        ("forty", 40),
        ("a dozen", 12),
        ("Two Dozen", 24),
        ("half a dozen", 6),
        ("dozens", 12),
        ("hundreds", 100),
        ("tens", 10),
        ("several", 3),
        ("eleventy", None),
        ("twenty-twelve", None),
    ],
)
def test_number_value(text: str, value: int | None) -> None:
    assert number_value(text) == value


@pytest.mark.parametrize(
    ("text", "low", "best", "high", "written"),
    [
        ("killed 29 people", None, 29, None, "29"),
        ("At least 63 people", 63, 63, None, "At least 63"),
        ("more than 60 others", 60, 60, None, "more than 60"),  # never 61
        ("some 60 others", None, 60, None, "some 60"),
        ("nearly forty", None, 40, None, "nearly forty"),
        ("up to 20 people", None, None, 20, "up to 20"),
        ("as many as 20", None, None, 20, "as many as 20"),
        ("between 10 and 15 soldiers", 10, None, 15, "between 10 and 15"),
        ("10 to 15 soldiers", 10, None, 15, "10 to 15"),
        ("dozens of villagers", None, 12, None, "dozens"),
        ("at least a dozen", 12, 12, None, "at least a dozen"),
        ("hundreds fled", None, 100, None, "hundreds"),
        # ACLED records 3 or 10 by the attack's scale: only the conservative 3, as a low
        ("several soldiers", 3, None, None, "several"),
        ("a few villagers", 3, None, None, "a few"),
    ],
)
def test_amounts(
    text: str, low: int | None, best: int | None, high: int | None, written: str
) -> None:
    (amount,) = find_amounts(text)
    assert (amount.low, amount.best, amount.high) == (low, best, high)
    assert amount.text == written
    assert text[amount.span[0] : amount.span[1]] == written


@pytest.mark.parametrize(
    "text",
    [
        "the 62nd anniversary",
        "in 2021",
        "founded in 1960",
        "at 10:30 pm",
        "at about 4 PM",
        "at 9 a.m.",
        "by 8 o’clock",
        "3.5 per cent",
        "2.5%",
        "No-one",
    ],
)
def test_not_amounts(text: str) -> None:
    assert find_amounts(text) == []


def test_spelled_forms_cover_digits_words_and_conventions() -> None:
    assert {"21", "twenty-one", "twenty one"} <= spelled(21)
    assert {"12", "twelve", "dozens", "a dozen"} <= spelled(12)
    assert "1,200" in spelled(1200)
