"""geo.extract.account: the report read as a whole, in examples of our own. Each test
reads a short report with :func:`geo.extract.extract` and checks what the passes of
this module made of it."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.extract import extract
from geo.extract.account import (
    kinds_told_apart,
    left_out_why,
    mark_background,
    mark_retold,
    merge_episodes,
    merge_undated_tellings,
)
from geo.extract.casualties import find_figures
from geo.extract.dates import DateMention
from geo.extract.grouping import Draft
from geo.extract.places import PlaceMention, find_places
from geo.extract.proposal import (
    BACKGROUND,
    RETOLD,
    STATE_ONLY,
    STILL_GOING_ON,
    SUMMARY,
    UNPLACED_UNDATED,
    Evidence,
)
from geo.extract.wording import Trigger, find_actors
from geo.gazetteer import Gazetteer

PUBLISHED = dt.date(2023, 10, 25)  # a Wednesday
D = dt.date


def test_a_clash_that_ended_in_a_seizure_is_the_seizure(gazetteer: Gazetteer) -> None:
    text = (
        "KIA troops clashed with junta soldiers at Nam Lim Pa village in Mansi Township on "
        "Monday. The KIA seized the junta's outpost at Nam Lim Pa village on Monday."
    )
    (event,) = extract(text, published=PUBLISHED, gazetteer=gazetteer).events
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert any("armed clash" in n for n in event.notes)


def test_an_undated_event_at_a_dated_place_takes_its_day(gazetteer: Gazetteer) -> None:
    text = (
        "Junta jets bombed Mai Kyu village in Momauk Township on Monday. "
        "Earlier, troops had shelled Mai Kyu village."
    )
    events = extract(text, published=PUBLISHED, gazetteer=gazetteer).events
    shelling = next(e for e in events if e.sub_event_type == "Shelling/artillery/missile attack")
    assert shelling.event_date == D(2023, 10, 23)
    assert any("the day the report gives for what happened at Mai Kyu" in n for n in shelling.notes)


@pytest.mark.parametrize(
    ("text", "township"),
    [
        # the lead's place is told in the sentence after it
        (
            "Two church workers were arrested by soldiers on Monday. On Tuesday troops "
            "shelled a school, a villager of Kutkai Township said. Muse Township was calm.",
            "Kutkai",
        ),
        # not where that sentence names two, nor from a sentence further on
        (
            "Two church workers were arrested by soldiers on Monday. On Tuesday troops "
            "shelled a school in Kutkai Township and Muse Township.",
            None,
        ),
        (
            "Two church workers were arrested by soldiers on Monday. On Tuesday troops "
            "shelled a school, a relative said. Kutkai Township and Muse Township were calm.",
            None,
        ),
    ],
)
def test_a_lead_with_no_place_takes_the_township_of_the_sentence_after_it(
    text: str, township: str | None, gazetteer: Gazetteer
) -> None:
    (arrest,) = [
        e
        for e in extract(text, published=PUBLISHED, gazetteer=gazetteer).events
        if e.sub_event_type == "Arrests"
    ] or [None]
    if township is None:
        assert arrest is None or arrest.township is None
    else:
        assert arrest is not None
        assert arrest.township == township
        assert any("which the report names after it" in n for n in arrest.notes)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # no place of its own: where the event of that day, told just before, was
        (
            "The KIA attacked junta positions in Muse district on Thursday and near Laiza "
            "on Friday. The military retreated on Friday afternoon and ordered air strikes.",
            "Laiza",
        ),
        # ... not one of another day: the town named last
        (
            "The KIA attacked junta positions near Laiza on Thursday. Fighting also hit "
            "Muse. The military retreated on Friday afternoon and ordered air strikes.",
            "Muse",
        ),
    ],
)
def test_an_event_with_no_place_is_where_the_event_of_its_day_told_before_was(
    text: str, place: str, gazetteer: Gazetteer
) -> None:
    (strike,) = [
        e
        for e in extract(text, published=PUBLISHED, gazetteer=gazetteer).events
        if e.sub_event_type == "Air/drone strike"
    ]
    assert strike.location == place


def test_an_event_naming_a_village_not_found_says_so_where_it_is_placed(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Jets bombed Laiza on Friday. On Friday, troops torched homes in Hkawng Zup Yang village."
    )
    (burning,) = [
        e
        for e in extract(text, published=PUBLISHED, gazetteer=gazetteer).events
        if e.sub_event_type == "Looting/property destruction"
    ]
    assert burning.location != "Laiza"
    assert not any("where the event of the same day" in n for n in burning.notes)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (
            "Since the coup, junta air strikes have killed hundreds of civilians across "
            "Kachin State.",
            SUMMARY,
        ),
        ("Troops raided a village, a resident said.", UNPLACED_UNDATED),
        (
            "Jets bombed Mai Kyu village in Momauk Township on Monday. The air raid on "
            "Jang Mai village on 2 October was one of the deadliest since the coup.",
            BACKGROUND,
        ),
        (
            "Shelling has killed four in Hpakant since Friday, residents said. It was on "
            "September 1 that the army began its offensive, and fighting in the town "
            "started on October 2.",
            BACKGROUND,
        ),
        # an event a month and more before the one the report is about, with no cue (and
        # no dead of its own: a massacre recalled with its dead is still proposed)
        (
            "Jets bombed Mai Kyu village in Momauk Township on Monday, killing two. Troops "
            "shelled the same village on 5 August.",
            BACKGROUND,
        ),
        # what has gone on since the event told
        (
            "Jets bombed Mai Kyu village in Momauk Township on Monday. Since then, the KIA "
            "has attacked outposts in Hpakant, Shwegu and Momauk townships.",
            BACKGROUND,
        ),
        # a state's telling of what the report places finer
        (
            "Junta jets bombed villages in Kachin State on Monday. On Tuesday jets bombed "
            "Mai Kyu village in Momauk Township.",
            STATE_ONLY,
        ),
        # a month named whole, with no dead of its own, in a report of days
        (
            "Jets bombed Mai Kyu village in Momauk Township on Monday. This month troops "
            "shelled Lon Ja village in Momauk Township.",
            BACKGROUND,
        ),
        # ... and with dead of its own: a month is no day of an event
        (
            "Jets bombed Mai Kyu village in Momauk Township on Monday. In March troops "
            "killed three villagers in Lon Ja village in Momauk Township.",
            BACKGROUND,
        ),
        # a tally over months, told by the two ends of its span
        (
            "Jets bombed Mai Kyu village in Momauk Township on Monday. From June to 13 "
            "August, airstrikes killed 56 civilians in Mansi Township.",
            SUMMARY,
        ),
        # what happens again and again, with no day: no one event
        (
            "Jets bombed Mai Kyu village in Momauk Township on Monday. Locals say fighting "
            "often breaks out in Mongmit Township.",
            SUMMARY,
        ),
        # ... or is done again and again
        (
            "Jets bombed Mai Kyu village in Momauk Township on Monday. Shells are fired "
            "almost daily from Namlan at Hsipaw.",
            SUMMARY,
        ),
        (
            "Jets bombed Mai Kyu village in Momauk Township on Monday. The junta frequently "
            "shells Laiza.",
            SUMMARY,
        ),
        # ... or has gone on since a time, in many places
        (
            "Jets bombed Mai Kyu village in Momauk Township on Monday. Since the alliance "
            "began its operation last week, fighting has erupted in Kyaukme, Lashio, Kutkai "
            "and Muse.",
            SUMMARY,
        ),
        (
            "Jets bombed Mai Kyu village in Momauk Township on Monday. Since June, clashes "
            "between the KIA and the junta have been recurring in Mansi Township.",
            SUMMARY,
        ),
        # an undated event told as what something goes on since
        (
            "Jets bombed Mai Kyu village in Momauk Township on Monday. The junta has bombed "
            "villages in Momauk Township repeatedly since the KIA seized the town's outposts.",
            BACKGROUND,
        ),
        # fighting still going on where the report dates a battle
        (
            "The KIA attacked a junta base in Mansi on Monday. Junta jets bombed Bhamo on "
            "Tuesday. KIA and junta troops are still fighting in Mansi Township.",
            STILL_GOING_ON,
        ),
    ],
)
def test_what_is_left_out_says_why(text: str, why: str, gazetteer: Gazetteer) -> None:
    proposal = extract(text, published=PUBLISHED, gazetteer=gazetteer)
    assert why in [o.why for o in proposal.left_out]
    for item in proposal.left_out:
        assert text[item.start : item.end] == item.text
    assert len(set(proposal.left_out)) == len(proposal.left_out)  # a sentence listed once


@pytest.mark.parametrize(
    "before",
    ["", "Junta jets bombed Mansi on Monday. "],  # nothing dated there, or another type
)
def test_fighting_still_going_on_is_proposed_where_no_battle_is_dated(
    before: str, gazetteer: Gazetteer
) -> None:
    text = before + "KIA and junta troops are still fighting in Mansi."
    events = extract(text, published=PUBLISHED, gazetteer=gazetteer).events
    (still,) = [e for e in events if e.sub_event_type == "Armed clash"]
    # going on, with no day of telling given: from the first of the month to publication,
    # as a coder codes an activity going on
    assert (still.event_date, still.event_date_end, still.date_precision, still.location) == (
        PUBLISHED.replace(day=1),
        PUBLISHED,
        3,
        "Mansi",
    )


def test_fighting_still_going_on_is_dated_the_day_it_was_told(gazetteer: Gazetteer) -> None:
    """Going on as it was told, on Monday; not since the first of the month (an activity
    told as continuing, "the regime has kept conducting strikes", is that)."""
    text = "The battle is still going on outside Mansi, a resident told RFA on Monday."
    (still,) = extract(text, published=PUBLISHED, gazetteer=gazetteer).events
    assert (still.event_date, still.location) == (D(2023, 10, 23), "Mansi")


def test_an_event_of_another_type_told_for_a_state_alone_stays(gazetteer: Gazetteer) -> None:
    text = (
        "Junta jets bombed a village in Kachin State on Monday. The KIA seized a junta "
        "outpost in Mansi Township on Monday."
    )
    events = extract(text, published=PUBLISHED, gazetteer=gazetteer).events
    assert sorted(e.sub_event_type for e in events) == [
        "Air/drone strike",
        "Non-state actor overtakes territory",
    ]


def test_an_event_weeks_before_the_latest_is_still_proposed(gazetteer: Gazetteer) -> None:
    text = (
        "Jets bombed Mai Kyu village in Momauk Township on Monday, killing two. Troops "
        "shelled the same village on 5 October."
    )
    events = extract(text, published=PUBLISHED, gazetteer=gazetteer).events
    assert [(e.event_date, e.location) for e in events] == [
        (D(2023, 10, 23), "Mai Kyu"),
        (D(2023, 10, 5), "Mai Kyu"),
    ]


def _draft(text: str, sub: str, day: dt.date | None, gazetteer: Gazetteer) -> Draft:
    (place,) = [p for p in find_places(text, gazetteer) if p.kind in ("place", "region")]
    date = DateMention(day, day, 1, (0, 1), "x") if day else None
    return Draft(
        None, "Violence against civilians", sub, date=date, place=place, sentences=[(0, len(text))]
    )


def test_an_event_told_without_its_day_is_the_one_dated_there(gazetteer: Gazetteer) -> None:
    text = "Two men were shot dead in Hpakant at a checkpoint."
    undated = _draft(text, "Attack", None, gazetteer)
    undated.figures = [((0, len(text)), find_figures(text)[0])]
    dated = _draft(text, "Attack", D(2023, 10, 2), gazetteer)
    assert merge_undated_tellings([undated, dated], text) == [dated]
    assert "without its day" in dated.notes[-1]
    assert dated.figures == []  # a telling without a day adds no figure
    # told for a whole state, it is no telling of one village's event
    state = "Two men were shot dead in Kachin State."
    region = _draft(state, "Attack", None, gazetteer)
    assert region in merge_undated_tellings([region, dated], state)
    # two dated events there: which one it tells is not known, so it stays apart
    other = _draft(text, "Attack", D(2023, 10, 4), gazetteer)
    assert merge_undated_tellings([undated, dated, other], text) == [undated, dated, other]
    # ... unless it tells no figure and is no place of a list: then it tells again the one
    # told last before it
    bare = _draft(text, "Attack", None, gazetteer)
    bare.sentences = [(len(text), len(text))]
    assert merge_undated_tellings([dated, other, bare], text) == [dated, other]
    assert "without its day" in other.notes[-1]
    # ... but "again" tells one more
    again_text = "A man was shot dead in Hpakant again."
    again = _draft(again_text, "Attack", None, gazetteer)
    first = _draft(again_text, "Attack", D(2023, 10, 2), gazetteer)
    second = _draft(again_text, "Attack", D(2023, 10, 4), gazetteer)
    assert again in merge_undated_tellings([first, second, again], again_text)
    # another kind, or a tally ("have been"), is no telling of it
    burned = _draft(text, "Looting/property destruction", None, gazetteer)
    assert burned in merge_undated_tellings([burned, dated], text)
    tally = "Two men have been shot dead in Hpakant since the checkpoint was set up."
    since = _draft(tally, "Attack", None, gazetteer)
    assert since in merge_undated_tellings([since, dated], tally)


_PROTEST_KINDS = {
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Attack": "Violence against civilians",
    "Arrests": "Strategic developments",
}


@pytest.mark.parametrize(
    ("kinds", "kept"),
    [
        # a protest and the force used on it that day there are one event, in either order;
        # people shot at it make it excessive force, arrested an intervention
        (["Peaceful protest", "Protest with intervention"], ["Protest with intervention"]),
        (["Protest with intervention", "Peaceful protest"], ["Protest with intervention"]),
        (["Attack", "Peaceful protest"], ["Excessive force against protesters"]),
        (["Protest with intervention", "Attack"], ["Excessive force against protesters"]),
        (["Peaceful protest", "Arrests"], ["Protest with intervention"]),
        # the arrests fold into the protest broken up, not the one told before it
        (
            ["Arrests", "Peaceful protest", "Protest with intervention"],
            ["Protest with intervention"],
        ),
        # guards: an attack alone, or two of it, fold into nothing
        (["Attack"], ["Attack"]),
        (["Attack", "Arrests"], ["Attack", "Arrests"]),
    ],
)
def test_a_protest_and_the_force_used_on_it_that_day_are_one_event(
    kinds: list[str], kept: list[str], gazetteer: Gazetteer
) -> None:
    text = "Protesters gathered in Putao."
    drafts = [_protest_draft(text, sub, gazetteer) for sub in kinds]
    assert [d.sub_event_type for d in merge_episodes(drafts)] == kept


def _protest_draft(text: str, sub: str, gazetteer: Gazetteer) -> Draft:
    draft = _draft(text, sub, D(2021, 2, 9), gazetteer)
    draft.event_type = _PROTEST_KINDS[sub]
    place = text.index("Putao")
    draft.evidence = [Evidence("location", place, place + len("Putao"), "Putao")]
    return draft


def test_only_the_state_s_force_at_a_protest_placed_by_its_own_words_folds_into_it(
    gazetteer: Gazetteer,
) -> None:
    # what the review found: a killing by an armed group, or a protest placed only by the
    # event told before it, is no force used on the protest
    text = "Protesters gathered in Putao."
    protest = _protest_draft(text, "Peaceful protest", gazetteer)
    shot = _protest_draft(text, "Attack", gazetteer)
    shot.actors = [a for a in find_actors("KIA fighters") if a.name.startswith("KIA")]
    assert merge_episodes([protest, shot]) == [protest, shot]
    carried = _protest_draft(text, "Peaceful protest", gazetteer)
    carried.evidence = []
    arrests = _protest_draft(text, "Arrests", gazetteer)
    assert merge_episodes([carried, arrests]) == [carried, arrests]


def test_a_protest_elsewhere_that_day_is_an_event_of_its_own(gazetteer: Gazetteer) -> None:
    # guard: the force folds only into a protest of its place
    protest = _draft("Protesters gathered in Putao.", "Peaceful protest", D(2021, 2, 9), gazetteer)
    protest.event_type = "Protests"
    shot = _draft("Two men were shot dead in Bhamo.", "Attack", D(2021, 2, 9), gazetteer)
    assert merge_episodes([protest, shot]) == [protest, shot]


def test_a_week_told_before_its_days_leads_to_the_event_of_its_day(
    gazetteer: Gazetteer,
) -> None:
    # PUBLISHED is a Wednesday: "last week" is the Monday to Sunday before it
    text = (
        "Last week junta jets bombed villages in Kanbalu Township, killing five. On "
        f"{(PUBLISHED - dt.timedelta(days=8)):%B %-d} jets bombed Kyauk Taing village in "
        "Kanbalu Township."
    )
    (event,) = extract(text, published=PUBLISHED, gazetteer=gazetteer).events
    assert (event.event_date, event.location) == (PUBLISHED - dt.timedelta(days=8), "Kyauk Taing")
    assert any("span of days" in n for n in event.notes)
    # a week with no day of its own told in it stays an event of its own
    alone = "Last week junta jets bombed villages in Kanbalu Township."
    (week,) = extract(alone, published=PUBLISHED, gazetteer=gazetteer).events
    assert week.date_precision == 2
    # (an activity still going on is not made one: the seed test keeps strikes near Laiza)


def test_fighting_told_as_ongoing_is_dated_as_going_on(gazetteer: Gazetteer) -> None:
    text = "Fighting near the towns of Muse and Lashio was ongoing, local media said."
    events = extract(text, published=PUBLISHED, gazetteer=gazetteer).events
    assert [(e.event_date, e.event_date_end, e.location) for e in events] == [
        (PUBLISHED.replace(day=1), PUBLISHED, "Muse"),
        (PUBLISHED.replace(day=1), PUBLISHED, "Lashio"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no fighting told as going on: no day for the strike
        "Troops shelled Mansi, and an investigation is continuing.",
        "Troops shelled Mansi; talks are taking place to free the villagers.",
        "An investigation into the attacks in Mansi is continuing, police said.",
    ],
)
def test_other_things_going_on_are_no_fighting_going_on(text: str, gazetteer: Gazetteer) -> None:
    (strike,) = extract(text, published=PUBLISHED, gazetteer=gazetteer).events
    assert (strike.event_date, strike.event_date_end) == (None, None)


def test_fighting_told_as_continuing_to_rage_is_this_month_whoever_told_it(
    gazetteer: Gazetteer,
) -> None:
    text = "Clashes continue to rage in Mansi, a resident said on Tuesday."
    (still,) = extract(text, published=PUBLISHED, gazetteer=gazetteer).events
    assert (still.event_date, still.event_date_end) == (PUBLISHED.replace(day=1), PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Fighting is continuing around Mansi, where the KIA is trying to take a base.",
        "Currently, the clashes are taking place intensively near Mansi.",
        "Armed clashes are still occurring near Mansi.",
        "Heavy clashes still continue in Mansi.",
    ],
)
def test_fighting_told_in_the_present_is_going_on_this_month(
    text: str, gazetteer: Gazetteer
) -> None:
    (still,) = extract(text, published=PUBLISHED, gazetteer=gazetteer).events
    assert (still.event_date, still.event_date_end, still.location) == (
        PUBLISHED.replace(day=1),
        PUBLISHED,
        "Mansi",
    )


def test_the_day_of_a_summary_makes_no_event_before_it_background(gazetteer: Gazetteer) -> None:
    text = "Troops burned houses in Htan Zin."
    event = _draft(text, "Attack", D(2022, 11, 30), gazetteer)
    summary = _draft(text, "Attack", D(2023, 1, 12), gazetteer)  # the report's own date
    summary.summary = True
    mark_background([summary, event], text, dt.date(2023, 1, 12))
    assert not event.background


@pytest.mark.parametrize(
    ("ended", "history"),
    [(D(2021, 1, 11), True), (D(2021, 1, 12), False), (D(2021, 1, 13), False)],
)
def test_an_event_ended_over_two_years_before_publication_is_history(
    ended: dt.date, history: bool, gazetteer: Gazetteer
) -> None:
    # a massacre recalled with its dead, before the report's latest event, is kept
    # (:func:`mark_background`) unless it ended more than 730 days before publication
    text = "Troops burned houses in Htan Zin, killing 70 villagers."
    event = _draft(text, "Attack", ended, gazetteer)
    event.figures = [((0, len(text)), find_figures(text)[0])]
    latest = _draft(text, "Attack", D(2023, 1, 10), gazetteer)
    mark_background([event, latest], text, dt.date(2023, 1, 12))
    assert event.background is history


@pytest.mark.parametrize(
    ("start", "an_event"),
    [
        # the start told with its first deed: that deed
        (
            "The series of attacks began on the morning of October 2, when jets bombed Hpakant.",
            True,
        ),
        ("The attacks began on October 2, when troops shelled villages in Hpakant.", True),
        ("The offensive began on Oct. 2, when the KIA attacked Hpakant.", True),
        # the start alone, or with no deed after it: what has gone on since
        ("Fighting in Hpakant started on October 2, residents said.", False),
        ("Fighting in Hpakant began on October 2, with the KIA saying it would not stop.", False),
        ("Fighting in Hpakant began on October 2, when residents said the town was tense.", False),
        ("The fighting began on October 2, when troops arrived in Hpakant.", False),
    ],
)
def test_the_first_deed_of_a_series_told_with_its_start_is_an_event(
    start: str, an_event: bool, gazetteer: Gazetteer
) -> None:
    text = "Jets bombed Hpakant on October 18, killing three. " + start
    proposal = extract(text, published=dt.date(2025, 10, 20), gazetteer=gazetteer)
    assert (dt.date(2025, 10, 2) in {e.event_date for e in proposal.events}) is an_event


@pytest.mark.parametrize(
    "recap",
    [
        "The KIA has also seized Mansi town.",
        "KIA troops have captured Mansi town.",
        "Elsewhere, the KIA has now taken Mansi town.",
        # (from the review) any deed so told: the coding conventions leave it undated
        "The junta has also shelled Mansi town, residents said.",
    ],
)
def test_a_deed_told_as_done_by_now_takes_no_day_from_the_account(
    recap: str, gazetteer: Gazetteer
) -> None:
    text = "Junta jets bombed Mai Kyu village in Momauk Township on Monday. " + recap
    events = extract(text, published=PUBLISHED, gazetteer=gazetteer).events
    (strike,) = [e for e in events if e.location == "Mai Kyu"]
    assert strike.event_date == D(2023, 10, 23)
    assert [e.event_date for e in events if e.location == "Mansi"] in ([], [None])


@pytest.mark.parametrize(
    ("text", "kind", "location"),
    [
        (
            "The Burma army is shelling KIA positions in Wawang village of Momauk Township.",
            "Shelling/artillery/missile attack",
            "Wa Wan",
        ),
        (
            "Junta troops have been fighting the KIA near Mansi town, residents said.",
            "Armed clash",
            "Mansi",
        ),
        ("Clashes have escalated in Mansi Township.", "Armed clash", "Mansi Township"),
    ],
)
def test_a_deed_told_as_being_done_goes_on_over_the_month_so_far(
    text: str, kind: str, location: str, gazetteer: Gazetteer
) -> None:
    (event,) = extract(text, published=PUBLISHED, gazetteer=gazetteer).events
    assert (event.sub_event_type, event.location) == (kind, location)
    assert (event.event_date, event.event_date_end) == (D(2023, 10, 1), PUBLISHED)
    assert any("tells as going on" in n for n in event.notes)


@pytest.mark.parametrize(
    "text",
    [
        # not done, or not a deed of a side
        "Nobody has been fighting near Mansi town, residents said.",
        "An investigation into the attacks has intensified in Mansi Township.",
        # a day the account gives it wins
        "Jets bombed Mansi town on Monday. Troops are shelling Mansi town, residents said.",
        # (from the review) a trend, told as what has gone on since
        "Fighting has intensified in Momauk Township since the coup.",
        # ... told as not done, denied, a condition, to come, a purpose
        "No soldiers are attacking Mansi town, residents said.",
        "The KIA denied that its troops are shelling Mansi town.",
        "If the army is shelling Mansi town, the KIA will respond, a spokesman said.",
        "The KIA is launching attacks on Bhamo town soon, a spokesman said.",
        "The KIA is fighting to defend its land in Momauk Township.",
        # ... or wording of another deed than the event's
        "Villagers in Kani are burning with anger after junta troops torched their homes "
        "in Pinlebu Township.",
    ],
)
def test_wording_of_no_deed_being_done_gives_no_month(text: str, gazetteer: Gazetteer) -> None:
    events = extract(text, published=PUBLISHED, gazetteer=gazetteer).events
    assert all(e.event_date != D(2023, 10, 1) for e in events)
    assert not any("going on" in n for e in events for n in e.notes)


@pytest.mark.parametrize(
    ("text", "days", "precision"),
    [
        ("For three days the military has been trying to recapture the hill near Momauk.", 3, 2),
        (
            "In Kyaukme, after three consecutive days of fighting between the TNLA and the "
            "junta, close to 1,000 residents have been forced from their homes.",
            3,
            2,
        ),
        (
            "Kone Thar villagers are trapped by a junta offensive which, across four days, "
            "and counting, of combat with the TNLA, has involved airstrikes.",
            4,
            2,
        ),
        (
            "Troops have shelled villages near Mansi town for 10 straight days, residents say.",
            10,
            3,
        ),
        # (a past perfect after the deed is not its tense)
        (
            "For three days the military has been trying to recapture the hill near Momauk, "
            "which it had lost.",
            3,
            2,
        ),
    ],
)
def test_a_deed_told_as_gone_on_for_days_up_to_now_is_dated_over_them(
    text: str, days: int, precision: int, gazetteer: Gazetteer
) -> None:
    (event,) = extract(text, published=PUBLISHED, gazetteer=gazetteer).events
    assert (event.event_date, event.event_date_end) == (
        PUBLISHED - dt.timedelta(days=days - 1),
        PUBLISHED,
    )
    assert event.date_precision == precision
    assert any(f"going on for {days} days" in n for n in event.notes)


@pytest.mark.parametrize(
    "text",
    [
        # days up to another time
        "The TNLA had been attacking Namtu town for four days when the junta withdrew, "
        "residents have said.",
        # a bound
        "For over 10 days the military has been attacking KIA forces near Mansi.",
        # a lull
        "Fighting near Mansi town has gone quiet for three days, residents said.",
        # days counted from another day
        "For two days after the ambush, troops have burned houses in Mansi town.",
        # a campaign, dated as going on over the month so far
        "For twenty days the KIA has besieged Bhamo town.",
        # told in the past: done, not going on
        "The TNLA assaulted Namtu town over four days.",
        # (from the review) days up to the day it was told, not publication
        "For three days the army has shelled Mansi town, the KIA said in a statement "
        "issued on Friday.",
        # ... ground taken at their end, not over them
        "After 10 days of fighting, the KIA has taken over Mansi town.",
        # ... the deed the days are counted since
        "Since jets bombed Mansi town, KIA forces have fought junta troops there for three days.",
    ],
)
def test_days_not_gone_on_up_to_now_date_nothing(text: str, gazetteer: Gazetteer) -> None:
    events = extract(text, published=PUBLISHED, gazetteer=gazetteer).events
    assert not any("days up to its telling" in n for e in events for n in e.notes)


def test_a_month_told_in_part_is_still_background_in_a_report_of_days(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Junta jets bombed Mai Kyu village in Momauk Township on Monday. "
        "In late September troops shelled Mansi town."
    )
    proposal = extract(text, published=PUBLISHED, gazetteer=gazetteer)
    assert [e.location for e in proposal.events] == ["Mai Kyu"]
    assert [item.why for item in proposal.left_out] == [BACKGROUND]


def test_a_part_of_a_month_dates_an_event_from_that_part(gazetteer: Gazetteer) -> None:
    text = "Troops burned Kani village in Pinlebu Township in late September."
    (event,) = extract(text, published=PUBLISHED, gazetteer=gazetteer).events
    assert (event.event_date, event.event_date_end) == (D(2023, 9, 21), D(2023, 9, 30))


def test_a_deed_told_as_being_done_on_the_day_someone_spoke_is_of_that_day(
    gazetteer: Gazetteer,
) -> None:
    text = "The army is shelling Mansi town, a resident said on Monday."
    (event,) = extract(text, published=PUBLISHED, gazetteer=gazetteer).events
    assert (event.event_date, event.event_date_end) == (D(2023, 10, 23), None)
    assert [e.text for e in event.evidence if e.field == "event_date"] == ["is shelling"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a span of a few days told by its ends: each kind told beside is an event
        (
            "The military used heavy artillery and air strikes as it clashed with KIA soldiers "
            "in Mansi on Oct. 16 and 17.",
            ["Air/drone strike", "Armed clash", "Shelling/artillery/missile attack"],
        ),
        (
            "Jets and artillery hit Mansi from 16 to 18 October.",
            ["Air/drone strike", "Shelling/artillery/missile attack"],
        ),
        # guards: a week named whole, or a longer span, sums up (one event)
        ("Jets and artillery hit Mansi last week.", ["Air/drone strike"]),
        ("Jets and artillery hit Mansi from 10 to 18 October.", ["Air/drone strike"]),
        # ... and so does a tally of a few days (not a count of who did it)
        (
            "A total of 37 airstrikes and 120 artillery attacks hit Mansi Township between "
            "Oct. 16 and 18.",
            ["Air/drone strike"],
        ),
        (
            "The military used artillery and air strikes as the two sides clashed in Mansi on "
            "Oct. 16 and 17.",
            ["Air/drone strike", "Armed clash", "Shelling/artillery/missile attack"],
        ),
    ],
)
def test_kinds_told_beside_an_event_of_a_few_days_are_events_of_their_own(
    text: str, kinds: list[str], gazetteer: Gazetteer
) -> None:
    events = extract(text, published=PUBLISHED, gazetteer=gazetteer).events
    assert sorted(e.sub_event_type or "" for e in events) == kinds


@pytest.mark.parametrize(
    ("start", "end", "precision", "ends", "apart"),
    [
        (D(2023, 10, 16), D(2023, 10, 16), 1, False, True),
        (D(2023, 10, 16), D(2023, 10, 18), 2, True, True),
        (D(2023, 10, 16), D(2023, 10, 19), 2, True, False),
        (D(2023, 10, 16), D(2023, 10, 22), 2, False, False),  # "last week"
    ],
)
def test_kinds_told_apart_over_a_day_or_a_few_days_told_by_their_ends(
    start: dt.date, end: dt.date, precision: int, ends: bool, apart: bool
) -> None:
    day = DateMention(start, end, precision, (0, 1), "x", ends=ends)
    assert kinds_told_apart(day) is apart


@pytest.mark.parametrize(
    "text",
    [
        # a deed of another kind that day (a drone strike beside the shelling)
        "Junta troops shelled Laiza on Monday, residents said. “On Monday a drone dropped bombs "
        "on the hospital in Laiza,” a nurse said.",
        # an event placed only at a state: no township to be one with
        "Clashes broke out in Kachin State on Monday. “On Monday jets bombed villages in Shan "
        "State,” a resident said.",
    ],
)
def test_a_quoted_deed_of_another_kind_or_place_that_day_is_not_told_again(
    text: str, gazetteer: Gazetteer
) -> None:
    proposal = extract(text, published=PUBLISHED, gazetteer=gazetteer)
    assert RETOLD not in [o.why for o in proposal.left_out]
    assert "Air/drone strike" in [e.sub_event_type for e in proposal.events]


def _told(sub: str, day: dt.date, *, quoted: bool, place: PlaceMention | None) -> Draft:
    trigger = Trigger("Explosions/Remote violence", sub, (0, 1), "x", 0, quoted=quoted)
    date = DateMention(day, day, 1, (0, 1), "x")
    return Draft(trigger, trigger.event_type, sub, date=date, place=place)


def test_a_quoted_deed_told_again_is_marked_so(gazetteer: Gazetteer) -> None:
    text = "Mai Kyu village in Momauk Township"
    (mai_kyu,) = [p for p in find_places(text, gazetteer) if p.kind == "place"]
    strike, shelling = "Air/drone strike", "Shelling/artillery/missile attack"
    told = _told(strike, D(2023, 10, 23), quoted=False, place=mai_kyu)
    # the same kind that day, with no place of its own or in the same township: told again
    again = _told(strike, D(2023, 10, 23), quoted=True, place=None)
    there = _told(strike, D(2023, 10, 23), quoted=True, place=mai_kyu)
    # another kind, another day, or told in the reporter's own words: not
    other_kind = _told(shelling, D(2023, 10, 23), quoted=True, place=None)
    other_day = _told(strike, D(2023, 10, 22), quoted=True, place=None)
    own_words = _told(strike, D(2023, 10, 23), quoted=False, place=None)
    drafts = [told, again, there, other_kind, other_day, own_words]
    mark_retold(drafts)
    assert [d.retold for d in drafts] == [False, True, True, False, False, False]
    assert left_out_why(again, "") == RETOLD


def test_a_deed_told_in_quoted_words_on_another_day_is_proposed(gazetteer: Gazetteer) -> None:
    text = (
        "Paramilitaries and the TNLA clashed near Nam Hpat Kar in Kutkai Township on "
        "Sunday. “Troops shelled Kutkai on Monday,” a volunteer said."
    )
    proposal = extract(text, published=PUBLISHED, gazetteer=gazetteer)
    assert [(e.event_date, e.sub_event_type) for e in proposal.events] == [
        (PUBLISHED - dt.timedelta(days=PUBLISHED.weekday() + 1), "Armed clash"),
        (PUBLISHED - dt.timedelta(days=PUBLISHED.weekday()), "Shelling/artillery/missile attack"),
    ]
    assert proposal.left_out == ()
