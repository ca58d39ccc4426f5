"""geo.extract.clause: what one clause says, and which of its days are the event's."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.extract.clause import read_clause
from geo.gazetteer import Gazetteer

PUBLISHED = dt.date(2024, 3, 20)  # a Wednesday


def _days(text: str, gazetteer: Gazetteer) -> list[str]:
    clause = read_clause(text, (0, len(text)), (0, len(text)), PUBLISHED, gazetteer, [])
    return [d.text for d in clause.dates]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # the day of the telling, when what was told is older: past perfect, or a day
        # of its own after the telling
        ("On Tuesday residents told RFA that troops had shelled Mansi.", []),
        ("On Tuesday residents told RFA that troops had also burned houses.", []),
        (
            "On Tuesday, survivors told RFA that Mansi, hit in an attack on Monday night, "
            "is no longer liveable.",
            ["on Monday"],
        ),
        # ... told to the outlet, in the passive
        (
            "On Monday, Myanmar Now was told by residents that a jet had bombed a hotel in "
            "Kyaukme.",
            [],
        ),
        (
            "On Monday, reporters were told that the strike on Kyaukme came on Sunday.",
            ["on Sunday"],
        ),
        # the telling's day may be the event's: kept
        ("On Tuesday, a resident told RFA that the KIA attacked a base.", ["On Tuesday"]),
        ("On Tuesday, a resident said, troops shelled Mansi.", ["On Tuesday"]),
        ("On Tuesday morning, clashes were reported in Mansi.", ["On Tuesday"]),
        # (not an order told to residents, in the passive)
        (
            "On Monday, residents were told by the army that the area had been declared a "
            "military zone.",
            ["On Monday"],
        ),
        # (told to do something: no telling of what was done)
        (
            "On Tuesday, residents were told to leave after troops had shelled Mansi.",
            ["On Tuesday"],
        ),
        # a day of the event, told by who heard of it later, stays
        (
            "On Monday junta jets bombed Mansi after residents reported that troops had advanced.",
            ["On Monday"],
        ),
        (
            "On Monday, the KIA said its troops captured a base, which they had besieged "
            "since 1 March.",
            ["On Monday", "since 1 March"],
        ),
        ("Explosions were heard on Monday night in Mansi.", ["on Monday"]),
        # a day inside what was told, after "told ... that": the event's
        ("A fighter told AFP that early Friday a jet bombed Mansi.", ["Friday"]),
        ("Residents informed the KIA that on Friday troops burned houses.", ["on Friday"]),
        # the telling's own day, after "told" and whom: not the event's
        ("Troops shelled Mansi, a resident told AFP early Friday.", []),
        ("Troops shelled Mansi, residents told the media on Friday.", []),
        # a date with a dash after it inside a sentence is no dateline
        (
            "Jets bombed Mansi on 18 March 2024 -- the third strike this month -- killing 12.",
            ["18 March 2024", "this month"],
        ),
        # heard, and "as of" with an hour
        ("Five civilians died, RFA heard from residents on Tuesday.", []),
        ("As of 2pm on Tuesday, there was more fighting in Mansi.", []),
        # a picture's day
        ("In this photo taken on March 9, 2023, TNLA fighters patrol near Namhsan.", []),
        # a wire dateline, the page's date
        ("2024-03-19 -- Nine soldiers were killed in Mansi.", []),
        # the day of an accusation, told inside it, before what it is of
        ("Rights groups accused the junta on Tuesday of killing 20 villagers.", []),
        ("The KIA blamed the military on Monday for the blast.", []),
        # guards: a deed's day after words of accusing
        ("The accused soldiers on Tuesday shot two villagers.", ["on Tuesday"]),
        ("Villagers blamed troops who on Tuesday burned houses.", ["on Tuesday"]),
        ("An attack blamed on the PDF on Tuesday killed an administrator.", ["on Tuesday"]),
        # the telling's day, told before a span wholly before it
        (
            "On Tuesday, sources told RFA that late last month, troops recaptured the camps.",
            ["late last month"],
        ),
    ],
)
def test_days_of_the_telling_are_not_the_events(
    text: str, days: list[str], gazetteer: Gazetteer
) -> None:
    assert _days(text, gazetteer) == days


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The AAPP says the military has killed 1,041 civilians.", 0),
        ("The military has killed 2,519 people since 1 February 2021.", 0),
        ("The strike killed 12 people in Mansi.", 1),
        ("As of 20 May, according to the AAPP, 1,851 people were killed by the military.", 0),
        # the AAPP as the source of one event's figure
        ("A junta airstrike killed 12 villagers in Mansi on Monday, AAPP said.", 1),
    ],
)
def test_a_national_tally_gives_no_figures(text: str, figures: int, gazetteer: Gazetteer) -> None:
    clause = read_clause(text, (0, len(text)), (0, len(text)), PUBLISHED, gazetteer, [])
    assert len(clause.figures) == figures


@pytest.mark.parametrize(
    ("text", "pointing_back"),
    [
        ("No one was hurt in the fighting.", "the fighting"),
        # said by the side that struck
        ("Our attack was not the only reason people died.", "Our attack"),
        # why no one was hurt, or where people fled from, is no event the clause is of
        ("No one was hurt because people living near the fighting had fled.", None),
        ("A woman who fled the fighting said shells fell on Monday.", None),
        # ... but a place named after "near" does not hide the event told after it
        ("Near the headquarters the fighting goes on.", "the headquarters the fighting"),
        # a body of people named for a deed points back to none
        ("Two residents were killed, said locals and the strike committee.", None),
        ("The fire station was empty.", None),
        # ... but a deed named with what it was part of is the deed
        ("Two residents were killed in the strike campaign.", "the strike"),
    ],
)
def test_words_pointing_back_to_an_event(
    text: str, pointing_back: str | None, gazetteer: Gazetteer
) -> None:
    clause = read_clause(text, (0, len(text)), (0, len(text)), PUBLISHED, gazetteer, [])
    assert (clause.anaphora.group(0) if clause.anaphora else None) == pointing_back
