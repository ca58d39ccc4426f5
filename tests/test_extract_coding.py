"""geo.extract.coding: a draft event coded in ACLED's terms (its actors, its victims)."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.extract import extract
from geo.extract.casualties import find_figures
from geo.extract.coding import code_event
from geo.extract.grouping import Draft
from geo.extract.wording import (
    CIVILIANS,
    MILITARY,
    PROTESTERS,
    Trigger,
    find_actors,
    find_triggers,
)
from geo.gazetteer import Gazetteer

KIA = "KIA: Kachin Independence Army"
PDF = "PDF: People's Defense Force"
STRIKE = ("Explosions/Remote violence", "Air/drone strike")
MINE = ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def _draft(text: str, trigger: Trigger) -> Draft:
    return Draft(
        trigger,
        trigger.event_type,
        trigger.sub_event_type,
        actors=find_actors(text),
        sentences=[(0, len(text))],
    )


def _coded(text: str, trigger: Trigger) -> tuple[str | None, str | None]:
    event = code_event(_draft(text, trigger), text)
    return event.actor1, event.actor2


def _told(text: str, kind: tuple[str, str], words: str) -> Trigger:
    at = text.index(words)
    return Trigger(*kind, (at, at + len(words)), words, 0)


@pytest.mark.parametrize(
    ("text", "kind", "words", "actors"),
    [
        # an attack told with its means, one trigger: by who is named before it, on who is
        # named inside it, though a village is named too
        (
            "the KIA attacked the junta column with landmines near the village",
            MINE,
            "attacked the junta column with landmines",
            (KIA, MILITARY),
        ),
        (
            "the PDF attacked the junta troops with drones in Ywa Thit village",
            STRIKE,
            "attacked the junta troops with drones",
            (PDF, MILITARY),
        ),
        (
            "junta troops attacked the KIA-held hill with jet fighters",
            STRIKE,
            "attacked the KIA-held hill with jet fighters",
            (MILITARY, KIA),
        ),
    ],
)
def test_an_attack_told_with_its_means_is_on_who_is_named_inside_it(
    text: str, kind: tuple[str, str], words: str, actors: tuple[str, str]
) -> None:
    assert _coded(text, _told(text, kind, words)) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a strike told otherwise, on a village, is on its civilians
        ("junta jets bombed Ywa Thit village", (MILITARY, CIVILIANS)),
        ("the KIA shelled a junta outpost", (KIA, MILITARY)),
        # who holds the place struck is no doer of the strike, but who was struck
        ("Lashio, which is controlled by the KIA, was attacked by air strike", (None, KIA)),
        ("a town under the control of the KIA was bombed by junta jets", (MILITARY, KIA)),
        # (a force under someone's control is theirs: they did it)
        ("fighters under the control of the KIA shelled the junta base", (KIA, MILITARY)),
        # a deed told in the passive was done by who is named after "by"
        ("a military convoy was ambushed by the PDF near Kawlin", (PDF, MILITARY)),
        ("the junta base was attacked by local KIA fighters", (KIA, MILITARY)),
        ("a KIA camp was shelled by junta troops", (MILITARY, KIA)),
        # guard: who is named after "by" with no passive before it
        ("the junta attacked the KIA camp by night", (MILITARY, KIA)),
    ],
)
def test_who_struck_and_who_was_struck(text: str, actors: tuple[str | None, str]) -> None:
    assert _coded(text, find_triggers(text)[0]) == actors


@pytest.mark.parametrize(
    "text",
    [
        "The KIA took control of the Lwegel base without a shot being fired.",
        "The KIA seized the Lang Sel camp without encountering any resistance.",
        "The KIA captured the junta base at Mansi unopposed, after junta troops withdrew.",
        "The junta regained Lashio through negotiations brokered by China.",
        "The junta retook Lashio on April 22 in a China-brokered handover.",
        "The UWSA captured Tangyan peacefully.",
    ],
)
def test_ground_taken_with_no_fighting_is_a_non_violent_transfer(text: str) -> None:
    event = code_event(_draft(text, find_triggers(text)[0]), text)
    assert (event.event_type, event.sub_event_type) == (
        "Strategic developments",
        "Non-violent transfer of territory",
    )
    assert any("no fighting" in n for n in event.notes)


def test_ground_taken_with_no_fighting_keeps_who_took_it() -> None:
    # what the review found: the side named first is not the taker
    text = "Junta troops withdrew from Mansi on Monday, and the KIA captured the town peacefully."
    taken = _told(text, ("Battles", "Non-state actor overtakes territory"), "captured")
    assert _coded(text, taken) == (KIA, MILITARY)


@pytest.mark.parametrize(
    "text",
    [
        "The KIA captured the Lwegel base after fierce fighting.",
        "The KIA captured the Lwegel base, not without a fight.",
        # what the review found: denials, and words that say nothing of how
        "The KIA captured the Lwegel base; it wasn't without a fight.",
        "The KIA's capture of the base has not gone unopposed.",
        "The KIA captured the base at Mansi by force, not through negotiations.",
        "The KIA captured the base, without casualties on its side.",
    ],
)
def test_ground_taken_by_fighting_stays_taken(text: str) -> None:
    event = code_event(_draft(text, find_triggers(text)[0]), text)
    assert event.sub_event_type == "Non-state actor overtakes territory"


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # force used on people protesting: a protest event, the protesters actor 1
        (
            "police opened fire on protesters in Myitkyina",
            (
                "Protests",
                "Excessive force against protesters",
                PROTESTERS,
                "Police Forces of Myanmar (2021-)",
            ),
        ),
        (
            "the military arrested 20 demonstrators in Monywa",
            ("Protests", "Protest with intervention", PROTESTERS, MILITARY),
        ),
        (
            "two people were shot dead by soldiers at anti-coup protests in Myitkyina",
            ("Protests", "Excessive force against protesters", PROTESTERS, None),
        ),
        # people protesting, told so: they act, and who used force on them is actor 2
        (
            "hundreds of people marched through Myitkyina against the coup",
            ("Protests", "Peaceful protest", PROTESTERS, None),
        ),
        (
            "police fired tear gas to disperse the crowd in Lashio",
            (
                "Protests",
                "Protest with intervention",
                PROTESTERS,
                "Police Forces of Myanmar (2021-)",
            ),
        ),
        # who used force, not what was protested against
        (
            "people marched against the military coup and police fired tear gas at the crowd",
            (
                "Protests",
                "Protest with intervention",
                PROTESTERS,
                "Police Forces of Myanmar (2021-)",
            ),
        ),
        # a protest told before the deed in its sentence
        (
            "protesters staged a rally in Bhamo, and police shot dead two of them",
            (
                "Protests",
                "Excessive force against protesters",
                PROTESTERS,
                "Police Forces of Myanmar (2021-)",
            ),
        ),
        # guards: no one protesting; a protest named but no force used on it; a protest
        # of those the deed was done to, years before
        (
            "two students who had staged a protest against the coup in 2021 were shot dead "
            "by junta troops in Myitkyina",
            ("Violence against civilians", "Attack", MILITARY, CIVILIANS),
        ),
        (
            "police opened fire on villagers in Myitkyina",
            ("Violence against civilians", "Attack", "Police Forces of Myanmar (2021-)", CIVILIANS),
        ),
        (
            "junta jets bombed the village where protesters had gathered in March",
            ("Explosions/Remote violence", "Air/drone strike", MILITARY, CIVILIANS),
        ),
    ],
)
def test_force_used_on_people_protesting_is_a_protest_event(
    text: str, coded: tuple[str, str, str | None, str | None]
) -> None:
    event = code_event(_draft(text, find_triggers(text)[0]), text)
    assert (event.event_type, event.sub_event_type, event.actor1, event.actor2) == coded


@pytest.mark.parametrize(
    ("text", "told", "coded"),
    [
        # protesters killed: excessive force, whatever the words of the force
        (
            "police fired tear gas to break up the protest in Mohnyin, killing two people",
            "fired tear gas",
            "Excessive force against protesters",
        ),
        # hurt at a protest told as peaceful: force was used
        (
            "protesters gathered in Putao and police shot and wounded five of them",
            "protesters gathered",
            "Protest with intervention",
        ),
        # hurt at a protest broken up, it stays an intervention; with none hurt, peaceful
        (
            "police fired tear gas at the protest in Lashio, wounding three",
            "fired tear gas",
            "Protest with intervention",
        ),
        ("protesters gathered in Putao", "protesters gathered", "Peaceful protest"),
    ],
)
def test_what_befell_protesters_makes_the_kind_of_their_protest(
    text: str, told: str, coded: str
) -> None:
    trigger = next(t for t in find_triggers(text) if t.text.casefold() == told)
    draft = _draft(text, trigger)
    draft.figures = [((0, len(text)), f) for f in find_figures(text)]
    event = code_event(draft, text)
    assert (event.event_type, event.sub_event_type, event.actor1) == ("Protests", coded, PROTESTERS)


def test_who_holds_the_place_of_a_clash_is_who_was_attacked() -> None:
    # (named first, as holder, it comes after who attacked)
    text = "Mansi, which is held by the KIA, was attacked by the PDF"
    assert _coded(text, find_triggers(text)[0]) == (PDF, KIA)


def test_who_spoke_of_a_deed_in_quoted_words_is_not_who_did_it(gazetteer: Gazetteer) -> None:
    text = "\u201cJets bombed Laiza on Monday and killed three,\u201d a KIA officer said."
    (event,) = extract(text, published=dt.date(2023, 10, 25), gazetteer=gazetteer).events
    assert (event.sub_event_type, event.actor1) == ("Air/drone strike", None)


def test_a_place_chosen_among_others_of_its_name_says_so(gazetteer: Gazetteer) -> None:
    text = "Jets bombed Nam Hpat Kar village in Kutkai Township on Monday."
    (event,) = extract(text, published=dt.date(2023, 10, 25), gazetteer=gazetteer).events
    assert any(
        n.endswith(f"also match 'Nam Hpat Kar village'; chose {event.location} in Kutkai Township.")
        for n in event.notes
    )
