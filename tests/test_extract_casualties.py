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
        (
            "No one was injured",
            [
                ("killed", None, 0, None, False, None, False),
                ("injured", None, 0, None, False, None, False),
            ],
        ),
        (
            "Two villagers died, but no one else was injured",
            [
                ("killed", None, 2, None, False, "civilian", False),
                ("injured", None, 0, None, False, None, False),
            ],
        ),
        (
            "There were no casualties",
            [
                ("killed", None, 0, None, False, None, False),
                ("injured", None, 0, None, False, None, False),
            ],
        ),
        ("between 10 and 15 soldiers died", [("killed", 10, None, 15, False, "military", False)]),
        ("up to 20 people were wounded", [("injured", None, None, 20, False, None, False)]),
        # a role named with an article counts one
        (
            "the shell hit the station, injuring a firefighter",
            [("injured", None, 1, None, False, "civilian", False)],
        ),
        # a time of day before the count is no name with an age ("Aung Li, 36,")
        (
            "At about 4 PM, one child was killed outright",
            [("killed", None, 1, None, True, "civilian", False)],
        ),
        (
            "At 10 AM, two villagers were wounded",
            [("injured", None, 2, None, False, "civilian", False)],
        ),
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
        "Aung Li, 36 was killed by the shelling",  # an age after a name, no second comma
        "Troops committed another killing in the village",  # "another" is no person here
        "The attack damaged at least 4 civilian houses and killed a cow",  # houses, no people
        "at least five cattle were killed",  # animals
        "the shelling killed two water buffaloes",
        "A man who lives in Mansi said the village was shelled",  # where he lives
        "the shelling killed Mai Ja Yang residents",  # no number for the residents
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


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # an article counts as one; relatives, one each
        ("A soldier was killed in the ambush", [("killed", 1, "A soldier")]),
        (
            "Her son and brother were wounded by shrapnel",
            [("injured", 1, "Her son"), ("injured", 1, "brother")],
        ),
        ("Troops shot dead a 45-year-old farmer", [("killed", 1, "a 45-year-old farmer")]),
        ("the army shot dead a citizen on his way home", [("killed", 1, "a citizen")]),
        ("two detainees died in custody", [("killed", 2, "two detainees")]),
        # a count that rose, its noun far before the figure
        (
            "The number of people killed by the junta's air strike on the concert in the "
            "village rose to 75 by Thursday",
            [("killed", 75, "75")],
        ),
        ("the number of injured has risen to 40", [("injured", 40, "40")]),
        ("The number of people killed is not known, but the shelling hit 12 houses", []),
        (
            "Police said Maung Maung, 25, and Aung Aung, 30, were killed",
            [("killed", 2, "Maung Maung, 25, and Aung Aung, 30,")],
        ),
        ("A couple on a motorbike were shot dead", [("killed", 2, "A couple")]),
        # people named with their ages, one each
        (
            "its fighter, Lettinpao, 25, and Ko Wai Yan Phyo, 22, of a PDF, were killed",
            [("killed", 2, "Lettinpao, 25, and Ko Wai Yan Phyo, 22,")],
        ),
        (
            "Daw Pyar, aged 90, and Daw Htoo, 75, burned to death inside their homes",
            [("killed", 2, "Daw Pyar, aged 90, and Daw Htoo, 75,")],
        ),
        ("Naw Seng, 45, said the village was shelled", []),  # a teller
        # parents are two; relatives listed with their ages; the clause after them is no aside
        (
            "a 14-year old girl was killed and her parents, older brother and 13-year-old "
            "neighbour were injured when a shell hit her house, in the village",
            [
                ("killed", 1, "a 14-year old girl"),
                ("injured", 2, "her parents"),
                ("injured", 1, "brother"),
                ("injured", 1, "neighbour"),
            ],
        ),
        (
            "A seven-year-old boy was killed by a stray bullet",
            [("killed", 1, "A seven-year-old boy")],
        ),
        (
            "the deaths of eight civilians and serious injuries to twenty more",
            [("killed", 8, "eight civilians"), ("injured", 20, "twenty")],
        ),
        ("a couple of days later two were killed", [("killed", 2, "two")]),
        (
            "the mother and her child were killed",
            [("killed", 1, "the mother"), ("killed", 1, "child")],
        ),
        # an aside between the figure and its verb
        (
            "Five villagers, who had gone back to fetch rice from their homes, were killed",
            [("killed", 5, "Five villagers")],
        ),
        # a noun no list holds, then a passive verb
        ("One jade scavenger was killed", [("killed", 1, "One")]),
        # zeros, both kinds when the words say so
        ("No one was killed or injured", [("killed", 0, None), ("injured", 0, None)]),
        ("All the residents escaped unhurt", [("killed", 0, None), ("injured", 0, None)]),
        ("No civilians were reported hurt", [("killed", 0, None), ("injured", 0, None)]),
        ("No civilian casualties were reported", [("killed", 0, None), ("injured", 0, None)]),
        ("There were no reports of casualties", [("killed", 0, None), ("injured", 0, None)]),
        # ... in the singular too
        ("There was no death, but the house burned", [("killed", 0, None)]),
        ("The blast caused no injury", [("injured", 0, None)]),
        ("There was no casualty", [("killed", 0, None), ("injured", 0, None)]),
        # a word about them is no zero
        ("No death toll was given", []),
        ("No injury figures were released", []),
        ("There were no civilian casualties reported", [("killed", 0, None), ("injured", 0, None)]),
        # who tells is not who died
        ("killing over 60 soldiers, a KIA officer claimed", [("killed", 60, "over 60 soldiers")]),
        # a list of people, each with an article, before one verb
        (
            "A monk, a teacher and a 10-year-old girl died in the blast",
            [("killed", 1, "A monk"), ("killed", 1, "a teacher"), ("killed", 1, "a 10-year")],
        ),
        # "another" is one more
        (
            "One KIA soldier was killed and another wounded",
            [("killed", 1, "One"), ("injured", 1, "another")],
        ),
        # ... also as the object of the second verb
        (
            "A junta airstrike killed one villager and wounded another.",
            [("killed", 1, "one villager"), ("injured", 1, "another")],
        ),
        (
            "Troops killed one villager and wounded another and burned homes",
            [("killed", 1, "one villager"), ("injured", 1, "another")],
        ),
        (
            "Shelling hit the village, killing one villager and wounding another.",
            [("killed", 1, "one villager"), ("injured", 1, "another")],
        ),
        # the wounded who died are deaths; the dead who were children are part of the dead
        ("Two of the wounded died on the way to hospital", [("killed", 2, "Two")]),
        (
            "The dead included a nine-year-old boy and his grandmother",
            [("killed", 1, "a nine-year-old boy"), ("killed", 1, "his grandmother")],
        ),
        ("Those injured included three monks", [("injured", 3, "three monks")]),
        # one more of the list before, not of the next subject's verb
        (
            "The dead included a teacher and her two daughters, and another villager was wounded",
            [("killed", 1, "a teacher"), ("killed", 2, "two daughters"), ("injured", 1, "another")],
        ),
        # a capitalised word and a comma before a count: no name and age
        ("On Monday, 3 people lost their lives", [("killed", 3, "3 people")]),
        # someone named by an age alone
        ("a shell fell on the village, killing a 5-year-old.", [("killed", 1, "a 5-year-old")]),
        ("a 15-year-old was killed on the spot", [("killed", 1, "a 15-year-old")]),
        # members of one family: the "one" is no figure of its own
        (
            "Four members of one family died when the shell hit",
            [("killed", 4, "Four members of one family")],
        ),
        # an age and a place between a person and the verb
        ("A man of 23 from the village was killed", [("killed", 1, "A man")]),
        # a person named after the verb, told as a person by a title, an age or a role
        (
            "the missile killed U Ai Lao, aged 40, and injured his wife",
            [("killed", 1, "U Ai Lao, aged 40"), ("injured", 1, "his wife")],
        ),
        (
            "soldiers shot dead Moe Swe Oo, a villager in hiding, and wounded his sister",
            [("killed", 1, "Moe Swe Oo, a villager"), ("injured", 1, "his sister")],
        ),
        ("Ko Min Min was shot dead at his home", [("killed", 1, "Ko Min Min")]),
        (
            "troops shot and killed 30-year-old Moe Swe Oo, a villager in hiding",
            [("killed", 1, "30-year-old Moe Swe Oo, a villager")],
        ),
        # a count with an adverb, or an aside, before its verb
        (
            "Five civilians were killed and two badly wounded",
            [("killed", 5, "Five civilians"), ("injured", 2, "two")],
        ),
        (
            "over 60 people lost their lives and 40, children among them, were gravely wounded",
            [("killed", 60, "over 60 people"), ("injured", 40, "40")],
        ),
        # a group's name in full, with its acronym in brackets; a name in brackets
        (
            "Three Ta'ang National Liberation Army (TNLA) soldiers were injured",
            [("injured", 3, "Three Ta'ang National Liberation Army (TNLA) soldiers")],
        ),
        (
            "a Sarmser (Samasay) villager in his sixties was wounded",
            [("injured", 1, "a Sarmser (Samasay) villager")],
        ),
        # where someone lives is no death
        (
            "Daw La Hkayi Ann, who lives in the village, was badly hurt",
            [("injured", 1, "Daw La Hkayi Ann")],
        ),
        # an age that names no person; a place with a title's name
        (
            "A 100-year-old church was hit by a shell that killed a monk",
            [("killed", 1, "a monk")],
        ),
        ("Troops shelled Ma Ji Gon, killing a monk", [("killed", 1, "a monk")]),
        # lives lost, where they were lost
        ("The airstrike claimed at least 60 lives in Pazigyi", [("killed", 60, "at least 60")]),
        # a name with a month in it before an age, then an aside: one person, not 34
        ("Mar Mar, 34, who lives in Mansi, was killed.", [("killed", 1, "Mar Mar, 34")]),
        # a person named, or set apart by commas, once
        ("A villager named Ko Min Min was shot dead", [("killed", 1, "A villager")]),
        ("Ko Min Min, a villager, was shot dead.", [("killed", 1, "Ko Min Min, a villager")]),
        ("Daw Hla, a 60-year-old teacher, was killed.", [("killed", 1, "Daw Hla, a 60")]),
        (
            "a woman of 72, Daw Nan Rwat Lu, was badly wounded",
            [("injured", 1, "a woman")],
        ),
        ("killed U Ai Lao and Daw Hla Hla", [("killed", 1, "U Ai Lao"), ("killed", 1, "Daw Hla")]),
        # "nearly died" is no death; a family's size is no count of the dead
        ("Five were killed and two nearly died.", [("killed", 5, "Five")]),
        (
            "Two members of a family of five were killed",
            [("killed", 2, "Two members of a family of five")],
        ),
        # who died, not who told
        ("the attack left at least 29 people confirmed dead", [("killed", 29, "at least 29")]),
        # the name of a person counted already is no second person
        (
            "The younger brother Ko Myo was killed on the spot",
            [("killed", 1, "The younger brother")],
        ),
        # ... nor is another name of the person, after "@"
        (
            "The younger brother Ko Myo Wai Lin @ Ko Amyo was killed on the spot",
            [("killed", 1, "The younger brother")],
        ),
        # titled names listed before "were killed": one each
        (
            "Ko Myo Wai Lin and Daw Hla were killed",
            [("killed", 1, "Ko Myo Wai Lin"), ("killed", 1, "Daw Hla")],
        ),
        # ... not the names of whose they are
        ("Friends of Ko Myo and Daw Hla were killed", []),
        ("killing all four family members inside", [("killed", 4, "four family members")]),
        # an additional figure of the hurt; "individuals" are people
        (
            "the strikes caused the deaths of 11 civilians and injuries to an additional "
            "11 individuals",
            [("killed", 11, "11 civilians"), ("injured", 11, "11 individuals")],
        ),
        ("13 individuals were treated for their injuries", [("injured", 13, "13 individuals")]),
        # a limb lost to a mine
        (
            "two young villagers stepped on a landmine, cutting off their legs",
            [("injured", 2, "two young villagers")],
        ),
        ("A farmer lost his leg to a landmine", [("injured", 1, "A farmer")]),
        # casualties told beside the hurt are the dead
        (
            "the KIA reported 29 casualties and 56 injuries",
            [("killed", 29, "29"), ("injured", 56, "56")],
        ),
        # ... but a part told aside leaves the verb after it to the whole
        (
            "Twelve villagers, and four of them were children, died in the strike",
            [("killed", 12, "Twelve villagers"), ("killed", 4, "four of them")],
        ),
        # a name ending in -ly is a name
        ("Ma Kelly, 34, was killed", [("killed", 1, "Ma Kelly, 34")]),
        # the people arrested are no dead: the part after has its own verb
        (
            "troops arrested 19 villagers, and 9 of them were killed",
            [("killed", 9, "9 of them")],
        ),
        # a word that opens the sentence is no name before an age
        ("Overall, nine people lost their lives in the raid", [("killed", 9, "nine")]),
        ("However, 12 villagers were wounded", [("injured", 12, "12")]),
        ("Mar Mar, 34, was wounded", [("injured", 1, "Mar Mar, 34")]),
        # "both" before a list of two
        (
            "killing both a military officer and a police officer",
            [("killed", 1, "a military officer"), ("killed", 1, "a police officer")],
        ),
    ],
)
def test_people_counted_without_a_figure(
    text: str, figures: list[tuple[str, int, str | None]]
) -> None:
    found = [
        (f.kind, f.amount.value, f.amount.text if f.amount.value else None)
        for f in find_figures(text)
    ]
    assert [(k, v) for k, v, _ in found] == [(k, v) for k, v, _ in figures]
    for (_, _, got), (_, _, want) in zip(found, figures, strict=True):
        if want is not None:
            assert got is not None
            assert got.startswith(want)


@pytest.mark.parametrize(
    "text",
    [
        "killing at least seven civilians, three of them children, and injuring 12 others",
        "4 civilians, three children among them, lost their lives",
        "fourteen men and fifteen women were killed, and eleven of the dead were children",
    ],
)
def test_a_part_of_the_dead_is_not_more_dead(text: str) -> None:
    figures = [f for f in find_figures(text) if f.kind == "killed"]
    parts = [f for f in figures if f.part_of_previous]
    assert len(parts) == 1
    assert parts[0].children


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "jets killed at least 11 civilians, two children and a pregnant woman among them",
            [("killed", 11, False), ("killed", 2, True), ("killed", 1, True)],
        ),
        # "of them" after a list is about the figure after, not a part of the one before
        (
            "troops killed 11 civilians and wounded five soldiers and three of them died",
            [("killed", 11, False), ("injured", 5, False)],
        ),
        (
            "it killed four soldiers and injured six civilians, many of them children",
            [("killed", 4, False), ("injured", 6, False)],
        ),
        # the next figure after a part, told with a verb between: no part
        (
            "seven civilians, one of them a child, died and seven more were hurt",
            [("killed", 7, False), ("killed", 1, True), ("killed", 1, True), ("injured", 7, False)],
        ),
        # a list of parts that ends with "as well as"
        (
            "the strike left 12 civilians dead, among them one child, three women as well as "
            "eight men",
            [("killed", 12, False), ("killed", 1, True), ("killed", 3, True), ("killed", 8, True)],
        ),
    ],
)
def test_a_list_of_parts_among_them_adds_no_dead(
    text: str, figures: list[tuple[str, int, bool]]
) -> None:
    found = [(f.kind, f.amount.value, f.part_of_previous) for f in find_figures(text)]
    assert found[: len(figures)] == figures


def test_a_toll_makes_the_other_figures_of_its_sentence_parts() -> None:
    text = "a KIA spokesman raised the toll to seven, saying two more bodies had been found"
    toll, more = find_figures(text)
    assert (toll.amount.value, toll.part_of_previous) == (7, False)
    assert (more.amount.value, more.part_of_previous) == (2, True)


def test_the_wounded_who_died_are_more_dead_not_a_part_of_the_wounded() -> None:
    figures = find_figures("the strike wounded ten people, and two of the wounded later died")
    assert [(f.kind, f.amount.value, f.part_of_previous) for f in figures] == [
        ("injured", 10, False),
        ("killed", 2, False),
    ]


@pytest.mark.parametrize(
    "parts", ["10 children and five nuns", "10 children, five nuns and three monks"]
)
def test_a_list_of_parts_among_the_dead_adds_no_dead(parts: str) -> None:
    figures = find_figures(
        f"since Dec. 4, 30 civilians had been killed in Bhamo, {parts} among the dead"
    )
    assert figures[0].amount.value == 30
    assert not figures[0].part_of_previous
    assert len(figures) == 2 + parts.count(" and ") + parts.count(",")  # the total, each part
    assert all(f.kind == "killed" and f.part_of_previous for f in figures[1:])
    # with no count before, monks among the dead are the dead named
    (monks,) = find_figures("Two monks were among the dead")
    assert (monks.amount.value, monks.part_of_previous) == (2, False)


def test_the_people_who_live_there_are_no_casualties() -> None:
    text = (
        "A convoy was ambushed near Kalay, a town home to 400,000 people, and nine soldiers "
        "were killed."
    )
    assert [f.amount.text for f in find_figures(text)] == ["nine soldiers"]


def test_a_toll_of_the_dead_and_the_wounded_together_is_neither() -> None:
    text = (
        "The number of people killed and injured in the airstrike on Kawngjar has risen "
        "to around 50, local sources said."
    )
    assert find_figures(text) == []


def test_a_witness_named_with_an_age_after_said_is_no_casualty() -> None:
    text = '"We ran into the forest," said Daw Kyi Kyi, 42, who lives in Ka Paing.'
    assert find_figures(text) == []
    killed = "Troops shot dead Aung Li, 36, and Hla Win, 40, in Ka Paing."
    assert [f.amount.best for f in find_figures(killed)] == [2]


@pytest.mark.parametrize(
    ("text", "children"),
    [
        ("killing a 5-year-old", True),
        ("killing a seven-year-old", True),
        ("killing a 60-year-old", False),
    ],
)
def test_someone_named_by_an_age_alone_is_a_child_when_under_18(text: str, children: bool) -> None:
    (figure,) = find_figures(text)
    assert (figure.kind, figure.amount.value, figure.children) == ("killed", 1, children)


@pytest.mark.parametrize(
    "text",
    [
        "In Muse District, two Tatmadaw battalion commanders were killed, the MNDAA says",
        # the place told by its town and region
        "In a firefight in Tamu, Sagaing Region, 2 military soldiers lost their lives.",
    ],
)
def test_a_place_told_first_is_no_name_before_an_age(text: str) -> None:
    (figure,) = find_figures(text)
    assert (figure.kind, figure.amount.value, figure.side) == ("killed", 2, "military")


def test_members_of_a_household_are_civilians() -> None:
    (figure,) = find_figures("Three members of the same household were killed")
    assert (figure.amount.value, figure.side) == (3, "civilian")


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # the dead and the hurt counted together: no count of either
        ("Around 20 soldiers are thought to have been killed or injured in the battle.", []),
        ("20 soldiers were killed and wounded.", []),
        # guard: the other kind before a verb that takes its figure after it
        ("The army confronted the column, killing or wounding at least 5.", []),
        ("Jets killed and injured 20 people.", []),
        # ... not the dead of a figure of their own, nor the same kind told twice
        ("Two civilians were killed and wounding five.", [("killed", 2), ("injured", 5)]),
        (
            "Two civilians were reportedly killed and wounding five.",
            [("killed", 2), ("injured", 5)],
        ),
        ("Jets were wounding or injuring at least five people.", [("injured", 5)]),
        # guards: the hurt of no figure, or told first: the dead's figure stands
        ("The attack left many wounded and killed 7 civilians.", [("killed", 7)]),
        ("The soldiers injured and killed a total of 6 people.", [("killed", 6)]),
        # ... but each with its own figure
        ("Three were killed and two injured.", [("killed", 3), ("injured", 2)]),
    ],
)
def test_the_dead_and_hurt_counted_together_are_no_count_of_either(
    text: str, figures: list[tuple[str, int]]
) -> None:
    assert [(f.kind, f.amount.best) for f in find_figures(text)] == figures


@pytest.mark.parametrize(
    "text",
    [
        "Ko Sit Phyo Aung sustained gunshot wounds and was taken to hospital.",
        "Daw Mya (40) suffered head wounds.",
    ],
)
def test_a_named_person_who_sustained_wounds_is_one_injured(text: str) -> None:
    assert [(f.kind, f.amount.best) for f in find_figures(text)] == [("injured", 1)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The fourth person, 27-year-old Chit San Maung, was killed in the raid.", "killed"),
        ("The 60-year-old Daw Hla was wounded in the blast.", "injured"),
    ],
)
def test_a_name_told_with_an_age_before_it_is_one_person(text: str, kind: str) -> None:
    assert [(f.kind, f.amount.best) for f in find_figures(text)] == [(kind, 1)]


def test_a_named_person_who_suffered_no_injuries_is_none_injured() -> None:
    assert [(f.kind, f.amount.best) for f in find_figures("Ko Aung suffered no injuries.")] == [
        ("injured", 0)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A nine-year-old boy died on Tuesday.",
        "Two girls were wounded.",
        "A teenager was shot dead.",
    ],
)
def test_boys_girls_and_teenagers_are_civilians(text: str) -> None:
    (figure,) = find_figures(text)
    assert figure.side == "civilian"


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("They found the hog-tied and beaten bodies of at least 15 people in the jungle.", 15),
        ("The bodies of three villagers were found on Monday.", 3),
        ("Villagers found the body of a man near the school.", 1),
    ],
)
def test_the_bodies_of_people_are_their_dead(text: str, killed: int) -> None:
    (figure,) = find_figures(text)
    assert (figure.kind, figure.amount.best) == ("killed", killed)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Shelling killed a family of five in the village.", 5),
        ("A family of four was killed when a shell hit their home.", 4),
        ("A mother and child were killed when a shell hit their home.", 2),
        ("A KIA soldier and civilian were killed.", 2),
        # the strength of the force that killed is no count of the dead
        ("A column of 175 soldiers shot dead two farmers.", 2),
        ("A 200-strong column shot dead two farmers.", 2),
        # ... but a force's own losses count, and what the dead were made up of
        ("A column of 30 soldiers was ambushed and all were killed.", 30),
        ("Junta casualties, comprising 12 soldiers and 3 police officers, were killed.", 15),
    ],
)
def test_families_counted_and_forces_not(text: str, killed: int) -> None:
    figures = find_figures(text)
    assert {f.kind for f in figures} == {"killed"}
    assert sum(f.amount.best or 0 for f in figures) == killed


@pytest.mark.parametrize(
    "text",
    [
        "A man from a family of five was killed when a shell hit the village.",
        "The mother of a family of five was killed when a shell hit their home.",
        "A girl of a family of six was wounded in the air strike.",
    ],
)
def test_the_size_of_someone_s_family_is_no_count_of_the_hurt(text: str) -> None:
    assert all(f.amount.best not in (5, 6) for f in find_figures(text))


@pytest.mark.parametrize(
    "text",
    [
        "A body of some 300 junta troops attacked Mansi on Monday.",
        "The bodies of two military trucks were later found burnt out.",
        "The main body of 500 KIA fighters withdrew on Tuesday.",
        "A governing body of 12 monks ran the school.",
    ],
)
def test_a_body_of_people_or_things_is_no_dead(text: str) -> None:
    assert find_figures(text) == []


def test_a_zero_that_names_a_side_is_that_sides() -> None:
    assert {f.side for f in find_figures("No civilian casualties were reported")} == {"civilian"}


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "One bomb hit a restaurant, killing four people, three members of a local family "
            "and a man originally from Nawnghkio.",
            [False, True, True],
        ),
        ("Troops killed three civilians, two women and a man, on Monday.", [False, True, True]),
    ],
)
def test_a_total_broken_down_right_after_it_counts_once(text: str, parts: list[bool]) -> None:
    assert [f.part_of_previous for f in find_figures(text)] == parts


@pytest.mark.parametrize(
    "text",
    [
        # the parts do not add up to the total: more dead, not a breakdown
        "The strike killed four people, two women and a man.",
        # a total of soldiers is no collective a list of civilians breaks down
        "The clash killed two soldiers, one villager and one child.",
        # nor are combatants parts of a total of civilians
        "Fighting killed three civilians, two soldiers and a PDF member.",
        "The clash killed two villagers, one soldier and a resistance fighter.",
    ],
)
def test_figures_after_a_total_that_do_not_break_it_down_add_up(text: str) -> None:
    assert not any(f.part_of_previous for f in find_figures(text))


@pytest.mark.parametrize(
    "text",
    [
        "Daw Ma Yunt (40), who has five children, was killed in an explosion on Sunday.",
        "A man, who had two sons, was killed.",
    ],
)
def test_a_count_of_someones_children_counts_no_dead(text: str) -> None:
    assert [(f.kind, f.amount.best) for f in find_figures(text)] == [("killed", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Twenty-nine people, including 11 children under the age of 16 were killed",
        "Twenty-nine people, 11 of them children younger than 16, lost their lives",
    ],
)
def test_an_age_limit_is_no_count_of_the_dead(text: str) -> None:
    assert [(f.amount.best, f.children, f.part_of_previous) for f in find_figures(text)] == [
        (29, False, False),
        (11, True, True),
    ]


def test_an_earlier_events_dead_told_in_passing_are_not_counted() -> None:
    text = (
        "On Thursday the junta bombed once more a village where, only a week before, jet "
        "fighters had killed some 200 residents."
    )
    assert find_figures(text) == []
    # told on their own, an earlier event's dead are that event's
    (figure,) = find_figures("Five days earlier, troops had killed three villagers in Mansi.")
    assert figure.amount.best == 3


@pytest.mark.parametrize(
    "text",
    [
        "Residents said the jets, which had circled the village an hour before, had killed "
        "12 people.",
        "The column, which arrived two days earlier, had killed 12 villagers by Friday.",
        "It was the second strike since two days ago, and the jets had killed 12 people.",
    ],
)
def test_this_events_dead_after_an_aside_of_time_are_counted(text: str) -> None:
    assert [f.amount.best for f in find_figures(text)] == [12]


def test_a_family_of_some_is_not_counted_without_its_casualty_verb() -> None:
    text = "The air strike killed the mother of a family of five and injured her two sons."
    figures = [(f.kind, f.amount.best) for f in find_figures(text)]
    assert ("killed", 1) in figures
    assert ("injured", 2) in figures  # "her two sons"
    assert all(best != 5 for _, best in figures)


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("The shell killed a woman and injured her two sons.", "injured", 2),
        ("Soldiers shot dead his two brothers at the checkpoint.", "killed", 2),
        ("The blast wounded their three children.", "injured", 3),
    ],
)
def test_a_count_after_a_possessive_is_counted(text: str, kind: str, count: int) -> None:
    assert (kind, count) in [(f.kind, f.amount.best) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        # an owner, not the people counted
        ("The bombs killed four civilians and 12 herders’ cattle.", "killed", 4),
        ("The blast wounded two villagers and the guards’ families fled.", "injured", 2),
    ],
)
def test_people_named_as_owners_are_not_counted(text: str, kind: str, count: int) -> None:
    assert sum(f.amount.best or 0 for f in find_figures(text) if f.kind == kind) == count


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("The bombs killed a 3-year-old child and a people’s security member.", "killed", 2),
        ("The bombs injured three novices and one civilian.", "injured", 4),
        ("Soldiers fatally shot two villagers at the gate.", "killed", 2),
        # the forty-first session's: lives taken, a massacre done, a fatal wound, a rank,
        # to death, one plus or along with others, an age by its decade between them
        ("A shell struck the house, taking the lives of six civilians.", "killed", 6),
        ("The shelling took the lives of two children.", "killed", 2),
        ("Troops carried out a massacre of 11 civilians in the village.", "killed", 11),
        ("A PDF fighter suffered fatal wounds in the clash.", "killed", 1),
        ("A PDF fighter suffered a fatal gunshot wound in the clash.", "killed", 1),
        ("A junta captain reportedly died in the blast.", "killed", 1),
        ("A sergeant and a lieutenant were killed.", "killed", 2),
        ("A corporal was wounded and a colonel was killed.", "killed", 1),
        ("A village leader was shot dead.", "killed", 1),
        ("A police commander plus two other officers died.", "killed", 3),
        ("Two soldiers together with a porter were killed.", "killed", 3),
        ("A police commander along with two other officers died.", "killed", 3),
        ("Troops killed a woman along with three men.", "killed", 4),
        ("Troops killed a man plus two boys.", "killed", 3),
        ("Troops killed a woman together with her two sons.", "killed", 3),
        ("Troops killed a woman in her 20s along with three men in their 30s.", "killed", 4),
        # ... and its review's: what counts no dead, or not as many
        # a killing or a massacre named, not done, counts no dead
        ("The UN condemned the killing of 11 civilians in the village.", "killed", 0),
        ("The NUG would investigate the massacre of 11 civilians.", "killed", 0),
        # a wound that did not kill is a wound
        ("A PDF fighter suffered non-fatal wounds in the clash.", "killed", 0),
        ("A PDF fighter suffered non-fatal wounds in the clash.", "injured", 1),
        ("Two villagers suffered near-fatal injuries.", "killed", 0),
        # whose house was hit is no casualty
        ("A bomb hit the house of a village leader, killing his two sons.", "killed", 2),
        # a list's next figure with a verb of its own, after an age by its decade
        ("Troops killed a woman in her 20s, and two men in their 30s were wounded.", "killed", 1),
        ("Troops killed a woman in her 20s, and two men in their 30s were wounded.", "injured", 2),
        # a disease's toll
        ("Malaria takes the lives of hundreds of children each year.", "killed", 0),
        # whose cattle is no count of people; a woman before her own verb is not of the list
        ("Troops killed four civilians and 12 leaders’ cattle.", "killed", 4),
        ("A woman in her 60s went into shock and two more people were hurt.", "injured", 2),
        # a count of those present, then another subject's verb: no toll of theirs
        (
            "Some 300 people were in attendance, and a Kachin singer and keyboard player were "
            "among the dead.",
            "killed",
            0,
        ),
        # the rest, or some of them, are others
        ("Four soldiers were captured, and the rest were killed.", "killed", 0),
        ("About 30 people were at the market, and some were killed.", "killed", 0),
        ("Eight passengers were on a bus, and the driver was among the injured.", "injured", 0),
        # guards: the same people told again
        ("Five villagers were detained, and locals said all were killed.", "killed", 5),
        ("Five villagers were detained, and the detainees were killed.", "killed", 5),
        ("Four family members were at home, and the family was killed.", "killed", 4),
        ("About 400 people were at the concert, and a singer was among the dead.", "killed", 0),
        # guards: the same people told again, or no subject of its own
        ("Four people were at home, and all were killed.", "killed", 4),
        ("Two soldiers were hit by shrapnel, and both were killed.", "killed", 2),
        ("Four people were shot, and later were killed.", "killed", 4),
        # what was done to them first, then killed; the elder ones; a name told by what they
        # are, with the rest of that aside
        ("Troops stormed the village, but 10 were captured and killed.", "killed", 10),
        ("Three older civilians died in the raids.", "killed", 3),
        (
            "Shwe Min, the leader of a pro-military Lisu militia and former head of its party, "
            "was killed during clashes.",
            "killed",
            1,
        ),
        ("Zaw Win, the village administrator, was shot dead on Monday.", "killed", 1),
        # guards: a name so told who speaks, a town so told
        ("Shwe Min, the leader of a Lisu militia, said two soldiers were killed.", "killed", 2),
        ("Hpakant, the jade mining hub, was shelled and two were killed.", "killed", 2),
        # a part of a group is counted, not the group
        ("One of the two men who stepped on the mine died at the scene.", "killed", 1),
        ("Two of the five soldiers were killed in the ambush.", "killed", 2),
        # guards: a part of the dead or hurt told by who they were
        ("Two of the six dead were said to be KIA soldiers.", "killed", 6),
        ("Every one of the five victims was killed on the spot.", "killed", 5),
        ("Later, one of the ten people hurt died of the wounds.", "injured", 10),
        # the list goes on after an age by its decade
        ("The shell killed a man, a woman in her 20s and a child.", "killed", 3),
        # people protesting, counted as people
        ("Two demonstrators died in hospital.", "killed", 2),
        ("Two of the protesters died at the scene.", "killed", 2),
    ],
)
def test_these_ways_of_telling_the_dead_or_hurt_are_counted(
    text: str, kind: str, count: int
) -> None:
    assert sum(f.amount.best or 0 for f in find_figures(text) if f.kind == kind) == count


@pytest.mark.parametrize(
    ("text", "zeros"),
    [
        # a zero of the teller's own side alone is no zero of the event
        ("There were no casualties on our side.", 0),
        ("According to the officer, there were no casualties on his side.", 0),
        # guards: a side named may be the only side struck
        ("No one was killed on the KIA side.", 1),
        ("There were no casualties on the civilian side.", 2),
        # guards: a zero of all
        ("There were no casualties.", 2),
        ("There were no casualties on either side.", 2),
    ],
)
def test_a_zero_of_one_side_alone_is_no_zero_of_the_event(text: str, zeros: int) -> None:
    assert sum(1 for f in find_figures(text) if f.amount.best == 0) == zeros


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # an earlier deed's dead, told by the later one's time after it: not counted
        (
            "A jet bombed Pazi Gyi on Thursday, nine days after the aerial massacre that "
            "killed more than 170 civilians there.",
            [],
        ),
        ("Jets struck the town a week after an air strike that killed 12 people.", []),
        # guard: the deed's own dead, after the deed's own time
        ("Jets struck the town hours after dawn, in a strike that killed 12 people.", [12]),
    ],
)
def test_an_earlier_deeds_dead_told_by_the_time_since_it_are_not_counted(
    text: str, dead: list[int]
) -> None:
    assert [f.amount.best for f in find_figures(text) if f.kind == "killed"] == dead
