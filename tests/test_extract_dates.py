"""Date phrases resolved against the publication date (the seed report's: Wednesday
25 October 2023), with ACLED precision and the phrase's place in the text."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.extract.dates import find_dates, precision_of_span, told_since

PUBLISHED = dt.date(2023, 10, 25)  # a Wednesday
D = dt.date


@pytest.mark.parametrize(
    ("text", "start", "end", "precision", "phrase"),
    [
        ("struck on October 9, killing", D(2023, 10, 9), D(2023, 10, 9), 1, "October 9"),
        ("on 9 October", D(2023, 10, 9), D(2023, 10, 9), 1, "9 October"),
        ("late on June 6", D(2023, 6, 6), D(2023, 6, 6), 1, "June 6"),
        ("on the night of 21 May", D(2023, 5, 21), D(2023, 5, 21), 1, "21 May"),
        ("at 10:30 pm on Oct. 9", D(2023, 10, 9), D(2023, 10, 9), 1, "Oct. 9"),
        # the short name, its dot and the day with no space
        ("struck the camp on Oct.9.", D(2023, 10, 9), D(2023, 10, 9), 1, "Oct.9"),
        ("held on Sept.14, 2023 in Laiza", D(2023, 9, 14), D(2023, 9, 14), 1, "Sept.14, 2023"),
        ("on 20 October 2023", D(2023, 10, 20), D(2023, 10, 20), 1, "20 October 2023"),
        ("on October 23rd", D(2023, 10, 23), D(2023, 10, 23), 1, "October 23rd"),
        ("in December", D(2022, 12, 1), D(2022, 12, 31), 3, "in December"),  # the last one
        # "last" the month of publication: last year's (not "in October": this month's)
        ("last October", D(2022, 10, 1), D(2022, 10, 31), 3, "last October"),
        ("in October", D(2023, 10, 1), D(2023, 10, 25), 3, "in October"),
        ("last September", D(2023, 9, 1), D(2023, 9, 30), 3, "last September"),
        # a month or day said to be last year's, in the year before publication
        ("in October last year", D(2022, 10, 1), D(2022, 10, 31), 3, "in October last year"),
        ("on 9 October, last year", D(2022, 10, 9), D(2022, 10, 9), 1, "9 October, last year"),
        ("on 28 December", D(2022, 12, 28), D(2022, 12, 28), 1, "28 December"),
        # a day more than a month after publication, without a year, is last year's
        ("on 30 December", D(2022, 12, 30), D(2022, 12, 30), 1, "30 December"),
        ("on Monday", D(2023, 10, 23), D(2023, 10, 23), 1, "on Monday"),
        ("Friday afternoon", D(2023, 10, 20), D(2023, 10, 20), 1, "Friday"),
        ("on Wednesday", D(2023, 10, 25), D(2023, 10, 25), 1, "on Wednesday"),  # that day
        ("last Wednesday", D(2023, 10, 18), D(2023, 10, 18), 1, "last Wednesday"),
        ("yesterday", D(2023, 10, 24), D(2023, 10, 24), 1, "yesterday"),
        ("last week", D(2023, 10, 16), D(2023, 10, 22), 2, "last week"),
        ("this month", D(2023, 10, 1), D(2023, 10, 25), 3, "this month"),
        ("last month", D(2023, 9, 1), D(2023, 9, 30), 3, "last month"),
        ("last year", D(2022, 1, 1), D(2022, 12, 31), 3, "last year"),
        ("since March 7", D(2023, 3, 7), D(2023, 10, 25), 3, "since March 7"),
        ("since 20 October", D(2023, 10, 20), D(2023, 10, 25), 2, "since 20 October"),
        ("in October 2022", D(2022, 10, 1), D(2022, 10, 31), 3, "in October 2022"),
        ("in 2021", D(2021, 1, 1), D(2021, 12, 31), 3, "in 2021"),
        # a part of a year: its first, middle or last four months
        ("in late 2022", D(2022, 9, 1), D(2022, 12, 31), 3, "in late 2022"),
        ("in early 2023", D(2023, 1, 1), D(2023, 4, 30), 3, "in early 2023"),
        ("in mid-2022", D(2022, 5, 1), D(2022, 8, 31), 3, "in mid-2022"),
        ("during 2022", D(2022, 1, 1), D(2022, 12, 31), 3, "during 2022"),
        # a span from a month named alone: from its first day
        ("from June to 13 August", D(2023, 6, 1), D(2023, 8, 13), 3, "from June to 13 August"),
        (
            "from January to August 10",
            D(2023, 1, 1),
            D(2023, 8, 10),
            3,
            "from January to August 10",
        ),
        ("between May and July", D(2023, 5, 1), D(2023, 7, 31), 3, "between May and July"),
        (
            "from May 2021 to July 2022",
            D(2021, 5, 1),
            D(2022, 7, 31),
            3,
            "from May 2021 to July 2022",
        ),
        # ... which ends this month: no later than publication
        (
            "between August and October",
            D(2023, 8, 1),
            D(2023, 10, 25),
            3,
            "between August and October",
        ),
        # ... across the turn of a year
        (
            "from November to February",
            D(2022, 11, 1),
            D(2023, 2, 28),
            3,
            "from November to February",
        ),
        # a week of a month named, and a part of a month
        ("in the last week of July", D(2023, 7, 25), D(2023, 7, 31), 2, "the last week of July"),
        ("in the first week of March", D(2023, 3, 1), D(2023, 3, 7), 2, "the first week of March"),
        ("up to early August", D(2023, 8, 1), D(2023, 8, 10), 3, "early August"),
        # a part of a month, as a coder dates it: early the 1st to the 10th, mid the 15th to
        # the 24th, late the 21st to the month's end
        ("in late September", D(2023, 9, 21), D(2023, 9, 30), 3, "in late September"),
        ("in mid-September", D(2023, 9, 15), D(2023, 9, 24), 3, "in mid-September"),
        ("in early September", D(2023, 9, 1), D(2023, 9, 10), 3, "in early September"),
        ("late last month", D(2023, 9, 21), D(2023, 9, 30), 3, "late last month"),
        ("in late October", D(2023, 10, 21), D(2023, 10, 25), 2, "in late October"),
        # (from the review) a part of a month as one end of a span
        (
            "between mid-September and late October",
            D(2023, 9, 15),
            D(2023, 10, 25),
            3,
            "mid-September and late October",
        ),
        # the year first: "2023 December 29", "in 2023 December"
        ("jets bombed it on 2023 October 9", D(2023, 10, 9), D(2023, 10, 9), 1, "2023 October 9"),
        ("fought in 2023 September", D(2023, 9, 1), D(2023, 9, 30), 3, "in 2023 September"),
        # ... and a count after the month is no day of it
        (
            "In 2023 September, 12 civilians were killed",
            D(2023, 9, 1),
            D(2023, 9, 30),
            3,
            "In 2023 September",
        ),
        # two days running told with "and" are one span (not a day each, nor the last)
        (
            "torched the village on Monday and Tuesday",
            D(2023, 10, 23),
            D(2023, 10, 24),
            2,
            "on Monday and Tuesday",
        ),
        (
            "clashes on 3 October and 4 October",
            D(2023, 10, 3),
            D(2023, 10, 4),
            2,
            "3 October and 4 October",
        ),
        (
            "raided the village on 3 and 4 October",
            D(2023, 10, 3),
            D(2023, 10, 4),
            2,
            "3 and 4 October",
        ),
        (
            "bombed it yesterday and today",
            D(2023, 10, 24),
            D(2023, 10, 25),
            2,
            "yesterday and today",
        ),
        # two phrases told as a span's ends are one span
        (
            "from the last week of July to early August",
            D(2023, 7, 25),
            D(2023, 8, 10),
            3,
            "the last week of July to early August",
        ),
        # the month told once, first
        (
            "From December 18 to 22, jets",
            D(2022, 12, 18),
            D(2022, 12, 22),
            2,
            "From December 18 to 22",
        ),
        ("between May 3 and 5 in Hpakant", D(2023, 5, 3), D(2023, 5, 5), 2, "between May 3 and 5"),
        ("on March 3 to 5 in Hpakant", D(2023, 3, 3), D(2023, 3, 5), 2, "March 3 to 5"),
        # a part of a month, told as the month
        ("at the end of February", D(2023, 2, 1), D(2023, 2, 28), 3, "at the end of February"),
        (
            "at the beginning of March",
            D(2023, 3, 1),
            D(2023, 3, 31),
            3,
            "at the beginning of March",
        ),
        # not a count, a number or a clock time after the second day
        ("between May 3 and 22 people died", D(2023, 5, 3), D(2023, 5, 3), 1, "May 3"),
        ("Between March 3 and 5,000 people fled", D(2023, 3, 3), D(2023, 3, 3), 1, "March 3"),
        ("shelled from March 3 to 5 pm", D(2023, 3, 3), D(2023, 3, 3), 1, "March 3"),
        ("on March 3 and 12 were detained", D(2023, 3, 3), D(2023, 3, 3), 1, "March 3"),
    ],
)
def test_date_phrases(text: str, start: dt.date, end: dt.date, precision: int, phrase: str) -> None:
    (mention,) = find_dates(text, published=PUBLISHED)
    assert (mention.start, mention.end, mention.precision) == (start, end, precision)
    assert mention.text == phrase
    assert text[mention.span[0] : mention.span[1]] == phrase  # the evidence, exactly


@pytest.mark.parametrize(
    "text",
    [
        "talks are due on 30 October",  # a date to come, not last year's
        "on 31 February",  # no such day
        "troops may 3 times",  # the verb, not the month
        "in march towards the town",
        "on the 12th anniversary of the KIO",  # ordinals that are no day
        "on the 5th floor of the hospital",
        "patients on the 2nd and 3rd floors",
        "attacks on the 11th and 22nd Light Infantry Divisions",
        "no date here at all",
        "by the end of February",  # when a tally was made, not an event's day
        "ahead of Christmas Day",  # a day named, but not told as the event's
        "jets dropped bombs on Christmas celebrations at a church",  # what the day names
        "the junta freed prisoners on Independence Day",  # a holiday, more a ceremony's day
        "the report, version Oct.9.5, was released",  # guard: a number, not a day
    ],
)
def test_no_date_where_there_is_none(text: str) -> None:
    assert find_dates(text, published=PUBLISHED) == []


def test_several_dates_in_order_none_overlapping() -> None:
    text = "The strike on October 9 followed clashes since 7 October and a raid on Monday."
    mentions = find_dates(text, published=PUBLISHED)
    assert [m.text for m in mentions] == ["October 9", "since 7 October", "on Monday"]


@pytest.mark.parametrize(("days", "precision"), [(0, 1), (1, 2), (6, 2), (7, 3), (40, 3)])
def test_precision_of_a_span(days: int, precision: int) -> None:
    start = D(2023, 10, 1)
    assert precision_of_span(start, start + dt.timedelta(days=days)) == precision


@pytest.mark.parametrize(
    ("text", "day", "phrase"),
    [
        ("shelled the ward early today", D(2023, 10, 25), "early today"),
        ("bombed the camp last night", D(2023, 10, 24), "last night"),
        ("a raid this morning", D(2023, 10, 25), "this morning"),
        ("troops came three days ago", D(2023, 10, 22), "three days ago"),
        ("troops came 2 days ago", D(2023, 10, 23), "2 days ago"),
        ("the day before yesterday", D(2023, 10, 23), "the day before yesterday"),
        ("on the 9th of October", D(2023, 10, 9), "the 9th of October"),
        ("on 09/10/2023", D(2023, 10, 9), "09/10/2023"),  # day first, as Myanmar writes
        ("on 2023-10-09", D(2023, 10, 9), "2023-10-09"),
        # a day of the month alone: the latest such day on or before publication
        ("jets struck on the 9th, residents said", D(2023, 10, 9), "on the 9th"),
        ("jets struck on the 27th at dawn", D(2023, 9, 27), "on the 27th"),
        ("troops raided it late on the 31st.", D(2023, 8, 31), "late on the 31st"),
        ("on the 3rd of last month", D(2023, 9, 3), "on the 3rd of last month"),
        # a date in brackets after "today" or "yesterday" says which day it was
        ("Early today (October 24) a shell landed", D(2023, 10, 24), "October 24"),
        ("two were killed this morning of 24th October", D(2023, 10, 24), "24th October"),
        # a long month's name misspelt as typed in haste
        ("at 11 am on Ocotber 2 jets came", D(2023, 10, 2), "Ocotber 2"),
        ("on 3 Febuary", D(2023, 2, 3), "3 Febuary"),
        # a day named for what falls on it: the latest one on or before publication
        ("On New Year's Day, a jet killed a man", D(2023, 1, 1), "On New Year's Day"),
        ("troops shelled the town on Christmas Day", D(2022, 12, 25), "on Christmas Day"),
        ("the KIA struck early on Christmas Eve", D(2022, 12, 24), "early on Christmas Eve"),
    ],
)
def test_more_ways_reports_write_a_day(text: str, day: dt.date, phrase: str) -> None:
    (found,) = find_dates(text, published=PUBLISHED)
    assert (found.start, found.end, found.precision, found.text) == (day, day, 1, phrase)


@pytest.mark.parametrize(
    ("words", "most", "fewest"),
    [
        ("a few days ago", 7, 3),
        ("several days ago", 7, 3),
        # two days ago, or three
        ("a couple of days ago", 3, 2),
    ],
)
def test_a_few_days_ago_is_a_span_of_the_days_before(words: str, most: int, fewest: int) -> None:
    (found,) = find_dates(f"Jets bombed the village {words}.", published=PUBLISHED)
    assert (found.start, found.end, found.precision, found.text) == (
        PUBLISHED - dt.timedelta(days=most),
        PUBLISHED - dt.timedelta(days=fewest),
        2,
        words,
    )


@pytest.mark.parametrize(
    ("words", "days"),
    [
        ("for the past five days", 4),  # the day of publication the last of them
        ("over the last 3 days", 2),
        ("for the past eleven days", 10),
        # weeks from the same weekday: "in the past two weeks" on a Wednesday from the
        # Wednesday two weeks before
        ("in the past two weeks", 14),
        ("over the past week", 7),  # one week, its count not told
        ("during the last week", 7),
    ],
)
def test_the_past_days_run_up_to_publication(words: str, days: int) -> None:
    (found,) = find_dates(f"Troops have fought near Mansi {words}.", published=PUBLISHED)
    assert (found.start, found.end, found.text) == (
        PUBLISHED - dt.timedelta(days=days),
        PUBLISHED,
        words,
    )


def test_the_last_week_of_a_month_is_not_the_past_week() -> None:
    (found,) = find_dates(
        "Troops fought near Mansi over the last week of May.", published=PUBLISHED
    )
    assert found.text != "over the last week"
    # ... but past days of something are the past days
    (found,) = find_dates(
        "Troops torched houses in the past ten days of the offensive.", published=PUBLISHED
    )
    assert (found.start, found.text) == (PUBLISHED - dt.timedelta(days=9), "in the past ten days")


@pytest.mark.parametrize(
    ("published", "words", "day"),
    [
        # "last Monday" told on a Tuesday: the Monday of the week before, not yesterday
        (D(2023, 10, 17), "last Monday", D(2023, 10, 9)),
        (D(2023, 11, 10), "last Friday", D(2023, 11, 3)),
        # ... but the latest such day when it is not yesterday
        (D(2023, 7, 26), "last Sunday", D(2023, 7, 23)),
        (D(2023, 3, 7), "last Wednesday", D(2023, 3, 1)),
    ],
)
def test_last_weekday(published: dt.date, words: str, day: dt.date) -> None:
    (found,) = find_dates(f"Jets bombed the camp {words}.", published=published)
    assert (found.start, found.end) == (day, day)


@pytest.mark.parametrize("text", ["Mya Thida was hurt", "the Mya 3 road"])
def test_a_short_month_misspelt_is_a_word_not_a_month(text: str) -> None:
    assert find_dates(text, published=PUBLISHED) == []


def test_an_impossible_numeric_date_is_no_date() -> None:
    assert find_dates("on 31/02/2023", published=PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "start", "phrase"),
    [
        ("Since Monday, troops have shelled", D(2023, 10, 23), "Since Monday"),
        ("From Tuesday night on, jets bombed", D(2023, 10, 24), "From Tuesday night on"),
        ("since last Wednesday", D(2023, 10, 18), "since last Wednesday"),
    ],
)
def test_since_a_weekday_runs_to_publication(text: str, start: dt.date, phrase: str) -> None:
    (found,) = find_dates(text, published=PUBLISHED)
    assert (found.start, found.end, found.text) == (start, PUBLISHED, phrase)


@pytest.mark.parametrize(
    ("text", "start", "phrase"),
    [
        # a month, or a part of one, told as where a span begins: to publication
        ("Since mid-August, soldiers have raided homes", D(2023, 8, 15), "Since mid-August"),
        ("since mid September the KIA has attacked", D(2023, 9, 15), "since mid September"),
        ("since mid- August troops have raided", D(2023, 8, 15), "since mid- August"),
        ("Since early October, troops have shelled", D(2023, 10, 1), "Since early October"),
        ("Since late July 2022 jets have bombed", D(2022, 7, 21), "Since late July 2022"),
        ("Since March, fighting has gone on", D(2023, 3, 1), "Since March"),
        ("since December the town was held", D(2022, 12, 1), "since December"),
    ],
)
def test_since_a_month_runs_to_publication(text: str, start: dt.date, phrase: str) -> None:
    (found,) = find_dates(text, published=PUBLISHED)
    assert (found.start, found.end, found.precision, found.text) == (start, PUBLISHED, 3, phrase)


@pytest.mark.parametrize(
    ("text", "since"),
    [
        ("Since mid-August, soldiers have raided homes", True),
        ("clashes have gone on since 3 July", True),
        # guard: a day of its own, and a month whose "since" is outside its words
        ("clashes broke out on 3 July", False),
        ("since the offensive began in June", False),
    ],
)
def test_a_date_told_since(text: str, since: bool) -> None:
    (found,) = find_dates(text, published=PUBLISHED)
    assert told_since(found) is since


@pytest.mark.parametrize(
    ("text", "day", "phrase"),
    [
        ("A week ago, the KIA attacked another camp", D(2023, 10, 18), "A week ago"),
        ("troops shelled the village two weeks ago", D(2023, 10, 11), "two weeks ago"),
        ("3 weeks ago jets bombed Laiza", D(2023, 10, 4), "3 weeks ago"),
    ],
)
def test_weeks_ago_is_about_that_day(text: str, day: dt.date, phrase: str) -> None:
    (found,) = find_dates(text, published=PUBLISHED)
    assert (found.start, found.end, found.precision, found.text) == (day, day, 2, phrase)


def test_many_weeks_ago_is_about_that_month() -> None:
    (found,) = find_dates("52 weeks ago the KIA took the camp", published=PUBLISHED)
    assert (found.start, found.precision) == (PUBLISHED - dt.timedelta(days=364), 3)


def test_a_part_of_a_month_to_come_is_no_date() -> None:
    assert find_dates("ahead of elections planned for mid-August", published=PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("On August 2, 9, and 14, jets bombed the town", [2, 9, 14]),
        ("the 1, 3 and 4 August strikes", [1, 3, 4]),
        ("On August 2 and 20 people were killed", None),  # a count, no day
        ("On August 2 and 20 fighters were killed", None),  # a count a verb follows
        ("On August 2, 12 and 7 died", None),  # numbers that do not run on
        ("between 3 and 5 August", None),  # a range
    ],
)
def test_a_list_of_days_is_one_mention_each(text: str, days: list[int] | None) -> None:
    found = find_dates(text, published=dt.date(2025, 8, 16))
    if days is None:
        assert not any(d.listed for d in found)
        return
    assert [d.start for d in found] == [dt.date(2025, 8, day) for day in days]
    assert all(d.listed and d.precision == 1 for d in found)
    assert [text[d.span[0] : d.span[1]] for d in found] == [str(day) for day in days]


@pytest.mark.parametrize(
    ("published", "start", "end"),
    [
        (D(2024, 10, 1), D(2024, 9, 28), D(2024, 9, 29)),  # a Tuesday: the weekend before
        (D(2024, 9, 29), D(2024, 9, 28), D(2024, 9, 29)),  # the Sunday itself
        (D(2024, 9, 28), D(2024, 9, 28), D(2024, 9, 28)),  # Saturday: up to publication
    ],
)
def test_over_the_weekend(published: dt.date, start: dt.date, end: dt.date) -> None:
    (found,) = find_dates("jets bombed the town over the weekend", published=published)
    assert (found.start, found.end) == (start, end)


def test_this_weekend_on_a_weekday_is_the_weekend_to_come() -> None:
    assert find_dates("they will rally this weekend", published=D(2024, 10, 1)) == []


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # "last year's" tells of something else; a weekday is not made last year's
        ("In October, last year's truce ended", (D(2023, 10, 1), D(2023, 10, 25), "In October")),
        ("on Monday last year", (D(2023, 10, 23), D(2023, 10, 23), "on Monday")),
    ],
)
def test_last_year_joins_only_a_month_or_a_day_of_one(
    text: str, first: tuple[dt.date, dt.date, str]
) -> None:
    mention = find_dates(text, published=PUBLISHED)[0]
    assert (mention.start, mention.end, mention.text) == first


@pytest.mark.parametrize(
    "text",
    [
        "attacked on Monday and Wednesday",  # not running: two days
        "the school was shut both yesterday and today",  # what was so on both days
        "struck Mansi and Momauk on Monday and Tuesday respectively",  # a day each
        "on 3 and 4 October, jets bombed Mansi and Momauk respectively",
        "on 3 and 5 October",  # a list of days: a day each
    ],
)
def test_days_told_with_and_that_are_no_span_stay_apart(text: str) -> None:
    assert len(find_dates(text, published=PUBLISHED)) == 2


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a part of each day told with a span's ends: still the span
        (
            "fighting from the night of October 8 until the morning of October 9",
            (D(2023, 10, 8), D(2023, 10, 9)),
        ),
        (
            "the fighting from the evening of 3 October till 5 October",
            (D(2023, 10, 3), D(2023, 10, 5)),
        ),
    ],
)
def test_a_span_told_with_parts_of_its_days(text: str, span: tuple[dt.date, dt.date]) -> None:
    [mention] = find_dates(text, published=PUBLISHED)
    assert (mention.start, mention.end) == span


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # days "back" for days ago; a range of them, either way round, in figures or words
        ("two days back", D(2023, 10, 23), D(2023, 10, 23)),
        ("4-5 days back", D(2023, 10, 20), D(2023, 10, 21)),
        ("5-4 days back", D(2023, 10, 20), D(2023, 10, 21)),
        ("two to three days ago", D(2023, 10, 22), D(2023, 10, 23)),
        ("3 or 4 days ago", D(2023, 10, 21), D(2023, 10, 22)),
        # a span whose first day carries its year and a comma
        ("between August 9, 2023, and August 20", D(2023, 8, 9), D(2023, 8, 20)),
        ("from 9 August, 2023, to 20 August", D(2023, 8, 9), D(2023, 8, 20)),
    ],
)
def test_days_back_and_spans_with_a_year_between(text: str, start: dt.date, end: dt.date) -> None:
    (found,) = find_dates(text, published=PUBLISHED)
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize("text", ["4-4 days back", "0-2 days back"])
def test_a_range_of_days_back_needs_two_counts(text: str) -> None:
    """Not a range: the one count it ends with, or nothing."""
    assert all(d.start == d.end for d in find_dates(text, published=PUBLISHED))
