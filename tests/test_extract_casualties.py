"""geo.extract.casualties: figures tied to killed or injured by the words around them."""

from __future__ import annotations

import pytest

from geo.extract.casualties import find_figures

SEED_CONCERT = (
    "At least 63 people, including KIA officers, were killed and some 60 others injured "
    "in the junta's aerial bombing of a concert"
)
SEED_CAMP = "Another junta strike killed 29 people, including 13 children, and injured 57 others"


def _figure_tuples(
    text: str,
) -> list[tuple[str, int | None, int | None, int | None, bool, str | None, bool]]:
    return [
        (f.kind, f.amount.low, f.amount.best, f.amount.high, f.children, f.side, f.part_of_previous)
        for f in find_figures(text)
    ]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            SEED_CONCERT,
            [
                ("killed", 63, 63, None, False, None, False),
                ("injured", None, 60, None, False, None, False),
            ],
        ),
        (
            SEED_CAMP,
            [
                ("killed", None, 29, None, False, None, False),
                ("killed", None, 13, None, True, "civilian", True),
                ("injured", None, 57, None, False, None, False),
            ],
        ),
        (
            "leaving 29 IDP civilians dead and 57 others wounded",
            [
                ("killed", None, 29, None, False, "civilian", False),
                ("injured", None, 57, None, False, None, False),
            ],
        ),
        (
            "Five junta soldiers and two KIA fighters were killed",
            [
                ("killed", None, 5, None, False, "military", False),
                ("killed", None, 2, None, False, "armed group", False),
            ],
        ),
        (
            "The death toll from the strike rose to 30",
            [("killed", None, 30, None, False, None, False)],
        ),
        (
            "killing nine civilians and wounding twenty-one",
            [
                ("killed", None, 9, None, False, "civilian", False),
                ("injured", None, 21, None, False, None, False),
            ],
        ),
        ("two children were among the dead", [("killed", None, 2, None, True, "civilian", True)]),
        ("No one was injured", [("injured", None, 0, None, False, None, False)]),
        (
            "There were no casualties",
            [
                ("killed", None, 0, None, False, None, False),
                ("injured", None, 0, None, False, None, False),
            ],
        ),
        ("between 10 and 15 soldiers died", [("killed", 10, None, 15, False, "military", False)]),
        ("up to 20 people were wounded", [("injured", None, None, 20, False, None, False)]),
    ],
)
def test_figures(text: str, figures: list[tuple[object, ...]]) -> None:
    assert _figure_tuples(text) == figures


@pytest.mark.parametrize(
    "text",
    [
        "The KIA seized four junta outposts",
        "a village about 3 km north of Laiza",
        "the 62nd anniversary of the KIO",
        "Some 300 residents fled the fighting",  # people, but neither killed nor injured
    ],
)
def test_numbers_that_are_not_casualties(text: str) -> None:
    assert find_figures(text) == []


def test_spans_point_into_the_whole_report() -> None:
    report = "Intro. " + SEED_CAMP
    (killed, children, injured) = find_figures(SEED_CAMP, offset=7)
    assert report[killed.amount.span[0] : killed.amount.span[1]] == "29 people"
    assert report[children.amount.span[0] : children.amount.span[1]] == "13 children"
    assert report[injured.amount.span[0] : injured.amount.span[1]] == "57 others"
