"""geo.extract.grouping: rules that decide whether two tellings are one event, in
examples of our own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

import pytest

from geo.extract.clause import read_clause
from geo.extract.grouping import Draft, add_clause, other_sides, start_event
from geo.extract.wording import OVERTAKES, REGAINS, ActorMention
from geo.gazetteer import Gazetteer

_PUBLISHED = dt.date(2023, 4, 26)  # a Wednesday


def _mentions(*names: str) -> list[ActorMention]:
    return [ActorMention(name, (i * 10, i * 10 + 3), name) for i, name in enumerate(names)]


KIA, JUNTA, TNLA, SSPP = (
    "KIA: Kachin Independence Army",
    "Military Forces of Myanmar (2021-)",
    "TNLA: Ta'ang National Liberation Army",
    "SSPP: Shan State Progress Party",
)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((KIA, JUNTA), (KIA, JUNTA), False),  # the same two sides
        ((KIA, JUNTA, KIA, JUNTA), (JUNTA,), False),  # one side named: may be a restatement
        ((KIA,), (TNLA, JUNTA), False),  # one side named before
        ((KIA, JUNTA), (KIA, JUNTA, TNLA), False),  # the same two, and a third
        ((TNLA, SSPP), (TNLA, JUNTA), True),  # RCSS-TNLA is not RCSS-SSPP
        ((KIA, KIA, KIA, JUNTA), (TNLA, SSPP), True),
        ((), (KIA, JUNTA), False),
    ],
)
def test_other_sides_is_fighting_between_others_whichever_is_told_first(
    a: tuple[str, ...], b: tuple[str, ...], expected: bool
) -> None:
    assert other_sides(_mentions(*a), _mentions(*b)) is expected
    assert other_sides(_mentions(*b), _mentions(*a)) is expected


class _Tripwire(list[ActorMention]):
    """The mentions of a deed told thousands of times, which may be read only so far."""

    def __init__(self, mentions: list[ActorMention], readable: int) -> None:
        super().__init__(mentions)
        self.readable = readable

    def __iter__(self) -> Iterator[ActorMention]:
        for i, mention in enumerate(super().__iter__()):
            if i >= self.readable:
                raise AssertionError(f"read past mention {self.readable}")
            yield mention


def test_a_telling_gathered_many_times_over_is_not_read_whole_for_each_clause() -> None:
    # a page telling the same clash 3,000 times: the draft holds 6,000 mentions, and each
    # new telling of the same two sides is settled from the first of them
    told = _Tripwire(_mentions(*(KIA, JUNTA) * 3000), readable=4)
    assert other_sides(told, _mentions(JUNTA, KIA)) is False
    assert other_sides(_mentions(KIA, JUNTA), told) is False


def test_a_draft_is_told_in_each_sentence_once_in_order() -> None:
    draft = Draft(None, None, None)
    draft.told_in([(10, 20), (0, 5), (10, 20)])
    draft.told_in([(0, 5), (30, 40)])
    assert draft.sentences == [(10, 20), (0, 5), (30, 40)]
    assert draft.tells((0, 5))
    assert not draft.tells((5, 10))
    # (a copy made with other sentences tells those)
    other = replace(draft, sentences=[(50, 60)])
    assert other.tells((50, 60))
    assert not other.tells((0, 5))


@pytest.mark.parametrize(
    ("text", "day", "kind"),
    [
        # an aside about the subject, closed before the deed: neither its day nor its words
        # are the deed's
        (
            "The junta column, which crossed the river on Sunday, seized Pa Zi Gyi on Monday.",
            "on Monday",
            REGAINS,
        ),
        (
            "The junta column, which had some 100 troops, seized Pa Zi Gyi on Monday.",
            "on Monday",
            REGAINS,
        ),
        # guard: a clause with no day but the aside's keeps it
        (
            "The KIA column, which crossed the river on Sunday, seized Pa Zi Gyi.",
            "on Sunday",
            OVERTAKES,
        ),
    ],
)
def test_an_aside_about_the_subject_is_read_past(
    text: str, day: str, kind: str, gazetteer: Gazetteer
) -> None:
    clause = read_clause(text, (0, len(text)), (0, len(text)), _PUBLISHED, gazetteer, [])
    draft = start_event(clause, clause.triggers[0], None, _PUBLISHED)
    assert draft.date is not None
    assert (draft.date.text, draft.sub_event_type) == (day, kind)


@pytest.mark.parametrize(
    ("first", "later", "dated"),
    [
        # guard: the day what goes on since a month began, in that month: the event's day
        (
            "Clashes between the KIA and the military have increased since April.",
            "Fighting began in the area on April 3 and has become worse.",
            "April 3",
        ),
        # (a day before that month: the month's telling keeps its span)
        (
            "Clashes between the KIA and the military have increased since April.",
            "Fighting began in the area on March 28 and has become worse.",
            "since April",
        ),
        # (nor the day it peaked or lasted until)
        (
            "Clashes between the KIA and the military have increased since April.",
            "Fighting peaked in the area on April 20.",
            "since April",
        ),
        (
            "Clashes between the KIA and the military have increased since April.",
            "Fighting lasted in the area until April 20.",
            "since April",
        ),
        # (nor a span since a day, not a month)
        (
            "Clashes between the KIA and the military have increased since 3 April.",
            "Fighting began in the area on April 10.",
            "since 3 April",
        ),
    ],
)
def test_the_day_what_goes_on_since_a_month_began_dates_it(
    first: str, later: str, dated: str, gazetteer: Gazetteer
) -> None:
    clause = read_clause(first, (0, len(first)), (0, len(first)), _PUBLISHED, gazetteer, [])
    draft = start_event(clause, clause.triggers[0], None, _PUBLISHED)
    text = f"{first} {later}"
    span = (len(first) + 1, len(text))
    add_clause(draft, read_clause(text, span, span, _PUBLISHED, gazetteer, []))
    assert draft.date is not None
    assert draft.date.text == dated
