"""geo.extract.text: sentences, clauses, and what is not the account blanked."""

from __future__ import annotations

import re

import pytest

from geo.extract.text import (
    Plain,
    account_and_header,
    clauses,
    in_quotation,
    item_start,
    masked,
    plain,
    sentences,
    shorten,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gen. N'Ban La spoke. The KIA attacked.", ["Gen. N'Ban La spoke.", "The KIA attacked."]),
        (
            "It happened on Oct. 9 at night. Two died.",
            ["It happened on Oct. 9 at night.", "Two died."],
        ),
        ("First line\nSecond line", ["First line", "Second line"]),
        ("“We will fight,” he said. Then he left.", ["“We will fight,” he said.", "Then he left."]),
        # a quotation opened with no space after the stop
        (
            'Fighting went on, residents said."All shops are closed," one said.',
            ["Fighting went on, residents said.", '"All shops are closed," one said.'],
        ),
        # a mark glued after the stop that closes the quotation opens no sentence
        ('"We will not give up."He left on Monday.', ['"We will not give up."He left on Monday.']),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in sentences(text)] == expected


def test_clauses_split_at_but_and_semicolons() -> None:
    text = "The regime denied the strike but the regime kept shelling; troops fled."
    assert [text[s:e] for s, e in clauses(text, 0, len(text))] == [
        "The regime denied the strike",
        "the regime kept shelling",
        "troops fled.",
    ]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "The KIA seized the camp on March 25, a day after it had captured two posts.",
            ["The KIA seized the camp on March 25", "a day after it had captured two posts."],
        ),
        (
            "The June 25 strikes came just one day after fighting erupted in Shwe Thun.",
            ["The June 25 strikes", "one day after fighting erupted in Shwe Thun."],
        ),
        # opening its sentence, the days after tell when the event after them came
        (
            "Two days after a ceasefire was agreed, fighting broke out in Kyaukme.",
            ["Two days after a ceasefire was agreed, fighting broke out in Kyaukme."],
        ),
    ],
)
def test_clauses_split_before_the_days_after_an_event(text: str, parts: list[str]) -> None:
    assert [text[s:e] for s, e in clauses(text, 0, len(text))] == parts


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("BHAMO, March 15 (Reuters) — Jets bombed Laiza.", "Jets bombed Laiza."),
        ("By Staff\n\nMYITKYINA, Myanmar — Jets bombed Laiza.", "Jets bombed Laiza."),
        ("Junta Air Strike Kills Nine in Laiza\nJets bombed Laiza.", "Jets bombed Laiza."),
        ("On\u00a0March\u00a014 jets bombed Laiza.", "On March 14 jets bombed Laiza."),
        ("Jets bombed Laiza on Monday.", "Jets bombed Laiza on Monday."),
        ("Laiza, Kachin (Chindwin): The KIA took three outposts.", "The KIA took three outposts."),
        ("Myitkyina (AFP) - The KIA took three outposts.", "The KIA took three outposts."),
        # a wire's dateline of a place in common case, a day and the outlets
        (
            "Yangon, Sept 21, (dpa/GNA) – At least 11 children were killed.",
            "At least 11 children were killed.",
        ),
        ("Yangon, Myanmar, 21 September (Xinhua) -- Jets bombed Laiza.", "Jets bombed Laiza."),
        # ... but not a lead that opens with a day and a weekday or time in brackets
        (
            "Lashio, 3 August (Saturday): The MNDAA took the base.",
            "Lashio, 3 August (Saturday): The MNDAA took the base.",
        ),
        (
            "On Friday, 5 March (local time) – jets bombed Laiza.",
            "On Friday, 5 March (local time) – jets bombed Laiza.",
        ),
        # another country's section of a regional update tells of no place here
        (
            "MYANMAR\nJets bombed Laiza.\nPHILIPPINES\nGunmen attacked a farm.\nMYANMAR\n"
            "Shells hit Mansi.",
            "Jets bombed Laiza. Shells hit Mansi.",
        ),
        # ... but a story on Myanmar keeps what follows a heading of another country
        (
            "Jets bombed Laiza.\nTHAILAND\nRefugees crossed the border.",
            "Jets bombed Laiza. THAILAND Refugees crossed the border.",
        ),
        # an actor and its name in full open no dateline
        (
            "The KIA (Kachin Independence Army) – the largest group – seized Kutkai.",
            "The KIA (Kachin Independence Army) – the largest group – seized Kutkai.",
        ),
        # a sentence that opens with a place and an aside is no dateline
        ("Laiza (the KIA's base) was shelled.", "Laiza (the KIA's base) was shelled."),
    ],
)
def test_masked_keeps_the_account_and_every_offset(text: str, words: str) -> None:
    out = masked(text)
    assert len(out) == len(text)  # offsets into the text as given still hold
    assert " ".join(out.split()) == words


def test_shorten_cuts_at_a_word() -> None:
    assert shorten("one two three four", limit=10) == "one two …"
    assert shorten("short") == "short"


def test_plain_joins_a_sentence_broken_across_lines_and_keeps_every_offset() -> None:
    pasted = (
        "Regime troops shelled the village of Nam Lim Pa in Mansi  Township on the\n"
        "night of 4 May, wounding a farmer, and residents said the shelling went on\n"
        "until dawn. Two houses were destroyed by twenty-\n"
        "one shells.\n"
        "Local people fled.\n"
    )
    made = plain(pasted)
    assert "Mansi Township on the night of 4 May" in made.text  # one space, one line
    assert "went on until dawn." in made.text
    assert "twenty-one shells" in made.text
    assert "\nLocal people fled." in made.text  # a new sentence keeps its line
    for start in range(len(made.text)):
        for end in (start + 1, min(len(made.text), start + 9)):
            s, e = made.span(start, end)
            squeezed = " ".join(pasted[s:e].replace("-\n", "-").split())
            assert squeezed == " ".join(made.text[start:end].split())


def test_masked_blanks_a_page_header_date_line_headline_and_the_furniture_after() -> None:
    page = (
        "Home > News > Kachin\n"
        "12 March 2024\n"
        "Junta jets kill seven in Mansi\n"
        "Jets bombed a village in Mansi Township on Monday, killing seven people.\n"
        "Related Articles\n"
        "Army shells Bhamo, two dead\n"
    )
    out = masked(page)
    assert len(out) == len(page)
    assert " ".join(out.split()) == (
        "Jets bombed a village in Mansi Township on Monday, killing seven people."
    )


@pytest.mark.parametrize(
    "line",
    [
        "October 10, 2023",
        "Published: Tuesday, 3 May 2022 10:15 AM",
        "2023-10-10",
        # where and when the report was filed
        "10 October 2023, Myitkyina, Kachin State",
        "Mawlamyine, 31 October",
        "Lashio, Dec. 5, 2023",
        # with a part of a state in lower case, as DMG writes it
        "8 December 2022, Namhsan, northern Shan State",
        "Kyaukme, northern Shan State, 8 October 2025",
        # told as published, by whom, with the page's own marks after
        "published by MoeMaKa on April 23, 2025*:",
        # the day, then who published it; a time with seconds; a comma after the month
        "July 06, 2021 by Peoples Dispatch",
        "Published: August 16, 2025 19:16:42 IST",
        "Tuesday, 4 May, 2021, 4:56 a.m.",
        # with the page's count of readers
        "Posted : Tuesday, 4 May, 2021, 12:00 a.m.  Views : 53",
    ],
)
def test_a_date_line_below_the_first_sentence_is_blanked(line: str) -> None:
    page = (
        "Strike on camp kills 29\n"
        "A rebel spokesman reports the toll.\n"
        f"{line}\n"
        "Jets bombed the camp on Monday night, killing 29 people.\n"
    )
    out = masked(page)
    assert len(out) == len(page)
    assert line not in out
    assert "Jets bombed the camp on Monday night" in out


@pytest.mark.parametrize(
    "line",
    [
        "By Admin 05 Oct 2025",
        "By Tun Lin Aung (Myitkyina)",
        "By NANDAR and ALLEGRA MENDELSON | FRONTIER",
        "By a reporter of UCA News, last updated March 14, 2022 at 03:08 PM GMT",
        "By the DMG Newsroom",
    ],
)
def test_a_byline_below_the_first_sentence_is_blanked(line: str) -> None:
    # a byline's date is the page's, its place the writer's: neither is the account's
    page = (
        "Arrests rise in Hpakant\n"
        "Both sides are said to detain residents.\n"
        f"{line}\n"
        "Troops detained 40 men in Hpakant on Monday.\n"
    )
    out = masked(page)
    assert len(out) == len(page)
    assert line not in out
    assert "Troops detained 40 men in Hpakant on Monday." in out


@pytest.mark.parametrize(
    "line",
    # a hard-wrapped sentence's line that begins with "By", not a byline
    [
        "By contrast, soldiers shelled Laiza",
        "By noon the troops had left Hpakant",
        # a subheading in capitals that tells a time (what the review found)
        "By Sunday Evening, Troops Had Torched 40 Houses In Mohnyin",
    ],
)
def test_a_sentence_s_line_that_begins_with_by_stays(line: str) -> None:
    page = "Arrests rise in Hpakant\nBoth sides are said to detain residents.\n" + line + "\n"
    assert line in masked(page)


@pytest.mark.parametrize("label", ["date 2023-10-10 ", "Published: 10 October 2023 "])
def test_a_date_label_that_begins_the_page_is_blanked(label: str) -> None:
    page = f"{label}Junta troops shelled Sakkan village on Saturday."
    out = masked(page)
    assert out == " " * len(label) + "Junta troops shelled Sakkan village on Saturday."


def test_a_list_item_is_never_taken_for_a_header() -> None:
    page = "- On 5 May, shells hit Nam Lim Pa village, killing two people\n- Houses burned."
    assert " ".join(masked(page).split()) == " ".join(page.split())


# A hard-wrapped page (wrapped at 60 columns, in our own words): its headline is not
# joined to the body, even when the headline's last line is nearly full.
_WRAPPED = (
    "Air strikes on Bhamo leave 12 dead and 20 hurt, with homes and\n"
    "a school destroyed near the road to the state capital\n"
    "From 3 to 9 March, junta aircraft bombed three villages of\n"
    "Bhamo Township, killing 12 civilians and wounding 20 more,\n"
    "residents said. The bombing began at dawn on Oct.\n"
    "3 and went on for days.\n"
)


def test_a_hard_wrapped_headline_stays_apart_from_the_body() -> None:
    made = plain(_WRAPPED).text
    assert made.split("\n")[0] == (
        "Air strikes on Bhamo leave 12 dead and 20 hurt, with homes and a school destroyed "
        "near the road to the state capital"
    )
    out = masked(made)
    assert "12 dead" not in out  # the headline's figure is never the body's
    assert "killing 12 civilians" in out


def test_a_wrapped_line_whose_next_word_would_have_fitted_was_the_writers_break() -> None:
    lines = [
        "Junta jets bombed the village of Nam Lim Pa in Mansi Township on",
        "the night of 4 May, and residents said the bombing went on until",
        "the morning, when the planes left for the south of the state.",
        # a heading of the next part, long but not full: "Troops" would have fitted
        "Seven civilians killed in Mansi in a week of strikes",
        "Troops shelled the village again on 6 May, residents said, and",
        "a farmer was wounded in his field.",
    ]
    made = plain("\n".join(lines)).text.split("\n")
    assert made[0].endswith("until the morning, when the planes left for the south of the state.")
    assert made[1] == "Seven civilians killed in Mansi in a week of strikes"
    assert made[2].startswith("Troops shelled")


def test_an_edition_s_heading_with_its_date_is_not_joined_to_its_first_item() -> None:
    """A daily digest's heading ends with the page's date; its first item is a line of
    its own, and the heading's date dates nothing in it."""
    lines = [
        "Myanmar Military News Updates – Morning edition, Sep 09, 2025",
        "1a. Junta troops take losses in Bhamo fighting; KIA captures arms and ammunition",
        "Fierce fighting flared in Bhamo Township, pitting the KIA against junta troops, a",
        "local news outlet reported, and heavy clashes started on the morning of September",
        "8 close to the junta's battalion in Bhamo, residents of the town said on Monday.",
    ]
    made = plain("\n".join(lines)).text.split("\n")
    assert made[0] == lines[0]
    out = masked("\n".join(made))
    assert "Sep 09, 2025" not in out


@pytest.mark.parametrize(
    ("text", "at", "start"),
    [
        ("News\n· In Pale, troops fired.\n· In Kani, jets struck.", 40, 30),
        ("News\n2. In Kani, jets struck.", 12, 5),
        ("In Kani, jets struck.\nIn Pale, troops fired.", 30, None),
        # an indented second line is its item's; a line of its own after it is not
        ("· In Pale, troops fired.\n  The army then shelled Kani.", 35, 0),
        ("· In Pale, troops fired.\nThe army then shelled Kani.", 35, None),
    ],
)
def test_item_start_is_where_a_list_s_item_begins(text: str, at: int, start: int | None) -> None:
    assert item_start(text, at) == start


def test_a_month_abbreviation_at_a_line_end_ends_no_sentence() -> None:
    made = plain(_WRAPPED).text
    assert "at dawn on Oct. 3 and went on for days." in made
    # even on a short line: a month, then its day
    assert plain("On Nov.\n5, troops shelled the village.").text == (
        "On Nov. 5, troops shelled the village."
    )


def test_a_quotation_on_its_own_line_is_not_joined_to_the_line_before() -> None:
    lines = [
        "At noon on Monday, four people were killed when a junta jet",
        "dropped bombs on the market of Kutkai, which the TNLA holds (TNLA)",
        "“I saw four people die in front of the market,” a woman said. The",
        "plane then left, and a trader who lost his shop there told the",
        "reporter that nothing was left, and his neighbour told the reporter",
        "“We lost everything,” before leaving the town with his family.",
    ]
    made = plain("\n".join(lines)).text.split("\n")
    assert made[0].endswith("which the TNLA holds (TNLA)")
    assert made[1].startswith("“I saw four people die")
    assert "his neighbour told the reporter “We lost everything,” before" in made[1]


def test_a_name_that_begins_like_a_sentence_does_not_end_the_header() -> None:
    # the first sentence, wrapped: "In Gyin Myaing" is a village, not the body's start
    lines = [
        "Jets bombed villages in Kanbalu Township on Monday and the planes hit",
        "In Gyin Myaing village at dawn, killing four civilians and wounding",
        "nine more, residents said. The strikes went on until the evening and",
        "the villagers fled to the forest near the town, a relief worker said.",
    ]
    made = plain("\n".join(lines)).text
    assert "the planes hit In Gyin Myaing village at dawn" in made
    assert "the planes hit In Gyin Myaing village at dawn" in masked(made)


@pytest.mark.parametrize(
    ("text", "nth", "start", "inside"),
    [
        ("He said “jets came today.” Then today rain fell.", 0, 0, True),
        ("He said “jets came today.” Then today rain fell.", 1, 0, False),
        ('He said "jets came today." Then rain fell today.', 0, 0, True),
        ('He said "jets came today." Then rain fell today.', 1, 0, False),
        # counted from where a sentence starts: what opened before it is no matter
        ("“Shells fell. Jets came today.”", 0, 14, False),
        ("“Shells fell. Jets came today.”", 0, 0, True),
    ],
)
def test_in_quotation(text: str, nth: int, start: int, inside: bool) -> None:
    at = [m.start() for m in re.finditer("today", text)][nth]
    assert in_quotation(text, at, start) is inside


def test_a_run_on_list_of_days_is_a_clause_a_day() -> None:
    text = (
        "On November 7 a grenade hit a police post in Seikmu, on November 8 a check post "
        "was targeted, and on 10 November a shell went off near a mine."
    )
    assert [text[s:e] for s, e in clauses(text, 0, len(text))] == [
        "On November 7 a grenade hit a police post in Seikmu",
        "on November 8 a check post was targeted",
        "on 10 November a shell went off near a mine.",
    ]
    # one day told after a comma is no list: "Jets bombed Mai Kyu, on October 9, ..."
    one = "Jets bombed Mai Kyu, on October 9, killing three."
    assert [one[s:e] for s, e in clauses(one, 0, len(one))] == [one]


def _offsets_kept(pasted: str, made_plain: Plain) -> None:
    """Every character of the plain text points at itself in the pasted text."""
    for k, char in enumerate(made_plain.text):
        if char != " ":
            assert pasted[made_plain.origin[k]] == char
    assert made_plain.origin[-1] == len(pasted)


@pytest.mark.parametrize(
    ("pasted", "made"),
    [
        ("killed from 21 to 28October while", "killed from 21 to 28 October while"),
        ("on October28, troops", "on October 28, troops"),
        ("COVID19 cases", "COVID19 cases"),  # no month: left as pasted
    ],
)
def test_a_day_run_into_its_month_is_spaced_and_every_offset_kept(pasted: str, made: str) -> None:
    made_plain = plain(pasted)
    assert made_plain.text == made
    # the inserted space points at the next character pasted
    _offsets_kept(pasted, made_plain)
    # a span that ends at the inserted space maps to the day alone
    if (at := made.find(" October")) > 0 and made[at - 1].isdigit():
        start, end = made_plain.span(at - 2, at + 1)
        assert pasted[start:end] == made[at - 2 : at]


def test_the_header_lines_come_apart_from_the_account() -> None:
    page = (
        "Troops torch homes in Sagaing\nBy Kachin News Group, Bhamo\n\n"
        "Troops went into Htan Zin on 30 November 2022 and set houses alight."
    )
    account, header = account_and_header(page)
    assert len(account) == len(page)
    assert account.strip().startswith("Troops went into Htan Zin")
    # each header line on its own: a byline does not run into the headline
    assert [line for line in header.split("\n") if line] == [
        "Troops torch homes in Sagaing",
        "By Kachin News Group, Bhamo",
    ]


def test_a_timeline_s_headings_of_a_place_and_a_date_stay() -> None:
    page = (
        "The junta carried out these air strikes last week, the KIA said.\n"
        "10 March, Waingmaw\n"
        "Jets bombed a village, killing three.\n"
        "12 March, Momauk\n"
        "Troops shelled a camp, injuring four.\n"
    )
    assert masked(page) == page


@pytest.mark.parametrize(
    ("pasted", "made"),
    [
        (
            "six shells were fired on Laiza.At around 1pm",
            "six shells were fired on Laiza. At around 1pm",
        ),
        ("troops killed 5.The next day", "troops killed 5. The next day"),
        ("burned houses?Residents fled", "burned houses? Residents fled"),
        # a title, a month, an initial, a web address: no sentence ends there
        ("Sr. Gen.Min Aung Hlaing", "Sr. Gen.Min Aung Hlaing"),
        ("on Sept.The", "on Sept.The"),
        ("the U.S.Army", "the U.S.Army"),
        ("told irrawaddy.com on Monday", "told irrawaddy.com on Monday"),
        # (from the review) the short words of offices and units
        ("jets bombed the Govt.Hospital", "jets bombed the Govt.Hospital"),
        ("the Inf.Battalion 12 base", "the Inf.Battalion 12 base"),
        ("the Sagaing Div.Command post", "the Sagaing Div.Command post"),
    ],
)
def test_a_sentence_run_into_the_next_is_spaced_and_every_offset_kept(
    pasted: str, made: str
) -> None:
    made_plain = plain(pasted)
    assert made_plain.text == made
    _offsets_kept(pasted, made_plain)


@pytest.mark.parametrize(
    "text",
    ["Jets bombed the Govt. Hospital in Mansi.", "KIA troops hit the Div. Command post at dawn."],
)
def test_the_short_word_of_an_office_ends_no_sentence(text: str) -> None:
    assert sentences(text) == [(0, len(text))]


def test_a_sentence_run_into_the_next_is_read_as_two() -> None:
    text = plain("Six shells were fired on Laiza.At around 1pm today, a mine exploded.").text
    assert [text[s:e] for s, e in sentences(text)] == [
        "Six shells were fired on Laiza.",
        "At around 1pm today, a mine exploded.",
    ]


def test_a_line_of_keywords_before_the_body_is_blanked() -> None:
    # a page's keywords, longer than any headline: none of its words is the report's
    page = (
        "Attack at Festival Claims 24 Lives\n\n"
        "Politics, Crime, Myanmar, paraglider, bombing, Thadingyut festival, People's Defence "
        "Force, junta, civil war, candlelight vigil, rtwnews.com, Attack at Festival Claims 24 "
        "Lives\n"
        "A paraglider dropped two bombs on a festival in Chaung U on Monday."
    )
    account, header = account_and_header(page)
    assert "bombing" not in account
    assert "bombing" in header
    assert account.endswith("A paraglider dropped two bombs on a festival in Chaung U on Monday.")


def test_a_list_in_the_body_is_not_taken_for_keywords() -> None:
    page = (
        "Jets bombed Mansi on Monday.\n"
        "Villages hit: Nam Lim, Si Hkam, Hkar Chin, Man Win, Nam Ya, Ka Yin Ya\n"
        "The army denied it."
    )
    assert "Nam Lim" in masked(page)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a page's line of when it was published, run into the line before it
        (
            "Spring Chronicle overview, published by MoeMaKa on April 23, 2025: troops "
            "entered Lashio.",
            "April 23, 2025",
        ),
        ("A report published on 5 May said that troops shelled Laiza.", "5 May"),
        ("The list, updated on Tuesday, 7 May 2024, names 12 dead.", "7 May 2024"),
    ],
)
def test_the_day_a_page_was_published_is_no_day_of_its_account(text: str, day: str) -> None:
    out = masked(text)
    assert len(out) == len(text)
    assert day not in out
    assert out.replace(" ", "") == text.replace(day, "").replace(" ", "")


@pytest.mark.parametrize(
    "text",
    [
        # what the review found: a timeline's headings, with the page's marks, are the
        # account's days
        "Timeline of the offensive.\n3 May 2025,\nJets bombed Bhamo.\n5 May 2025:\n"
        "The KIA took Momauk.",
        # a day published by no name in capitals, or pointed back to, is the event's
        "Photos published by local media on 5 May show troops torching houses in Momauk.",
        "A video published by fighters who attacked on 5 May shows the camp taken.",
        "The photos, published by the Kachin Independence Army on 5 May, show a jet bombing "
        "Laiza that morning.",
    ],
)
def test_a_day_that_is_the_account_s_stays(text: str) -> None:
    assert "5 May" in masked(text)
