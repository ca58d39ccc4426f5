"""Date phrases in report text, resolved against the report's publication date.

Each :class:`DateMention` says which days a phrase can mean (``start``-``end``),
how precisely on ACLED's scale (1 a day, 2 a week, 3 a month or vaguer), and where
it stands in the text. A phrase without a year means the latest such date on or
before publication; a weekday ("on Monday", "Friday afternoon") the latest such day
on or before it ("last Monday" told on a Monday or the Tuesday after: the week before's).
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from dataclasses import dataclass
from typing import Final

from geo.extract._spans import Taken
from geo.extract.numbers import NUMBER_WORDS, number_value
from geo.names import exact_key

__all__ = [
    "CALENDAR_WORDS",
    "MONTH_ABBREVIATIONS",
    "MONTH_NAMES",
    "SINCE_WORDS",
    "UPCOMING_DAYS",
    "YEAR_DIGITS",
    "DateMention",
    "days_ending",
    "find_dates",
    "names_a_month",
    "precision_of_span",
    "told_since",
]

#: Months this long are read misspelt ("Januray", "Arpil", "Jnue"); May's slips are a
#: name ("Mya").
_LONG_MONTH: Final = 4


def _misspelt(name: str) -> set[str]:
    """A month's name with two neighbouring letters after its first swapped, as typed in
    haste ("Januray", "Arpil")."""
    low = name.casefold()
    return {low[:i] + low[i + 1] + low[i] + low[i + 2 :] for i in range(1, len(low) - 1)} - {low}


_MONTHS: Final = (
    {
        name.casefold(): number
        for number in range(1, 13)
        for name in (calendar.month_name[number], calendar.month_abbr[number])
    }
    | {"sept": 9, "febuary": 2}  # (and February with its first "r" dropped)
    | {
        typo: number
        for number in range(1, 13)
        if len(calendar.month_name[number]) >= _LONG_MONTH
        for typo in _misspelt(calendar.month_name[number])
    }
)
# Month and day names are capitalised in reports; matching them case-sensitively keeps
# "may", "march" and "sat" as words out.
MONTH_NAMES: Final = "|".join(sorted((m.capitalize() for m in _MONTHS), key=len, reverse=True))
_MONTH: Final = rf"(?P<month>{MONTH_NAMES})\.?"
#: The day a part of a month told before it begins on: "in late September", "since
#: mid-August" (from the 15th).
_PART_OF_MONTH: Final = {"early": 1, "mid": 15, "late": 21}
_PART_WORDS: Final = "|".join(_PART_OF_MONTH)
_PART: Final = rf"(?P<part>(?i:{_PART_WORDS}))"
#: The start of what went on after, told in a clause of its own: "which began on".
#: (after a comma: not "a three-day offensive that began on April 20", a span of its own)
_BEGAN: Final = (
    r"(?:(?<=,\s)|(?<=,”\s)|(?<=,\"\s))(?i:(?:which|that) (?:began|started|was launched|"
    r"kicked off)(?: on)?)"
)
#: The words a span counted since its first day begins with.
SINCE_WORDS: Final = re.compile(rf"since\b|{_BEGAN}", re.IGNORECASE)
_WEEKDAYS: Final = {calendar.day_name[i].casefold(): i for i in range(7)}
_WEEKDAY: Final = r"(?P<weekday>" + "|".join(d.capitalize() for d in _WEEKDAYS) + r")"
#: The words that name a day or a month as a report capitalises them ("October", "Oct",
#: "Monday"), for a regex; an abbreviation of a month alone in ``MONTH_ABBREVIATIONS``.
CALENDAR_WORDS: Final = "|".join(
    sorted(
        {m.capitalize() for m in _MONTHS} | {d.capitalize() for d in _WEEKDAYS},
        key=len,
        reverse=True,
    )
)
MONTH_ABBREVIATIONS: Final = "|".join(
    sorted(
        ({calendar.month_abbr[i] for i in range(1, 13)} | {"Sept"})
        - {calendar.month_name[i] for i in range(1, 13)},  # "May." ends a sentence
        key=len,
        reverse=True,
    )
)
_DAY: Final = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
#: A year of the reporting's age, as written: "2021".
YEAR_DIGITS: Final = r"(?:19|20)\d\d"
_YEAR: Final = rf"(?P<year>{YEAR_DIGITS})"

#: The days before publication "a few days ago" can mean, fewest and most ("a couple of
#: days ago": two or three).
_FEW_DAYS: Final = (3, 7)
_COUPLE_OF_DAYS: Final = (2, 3)

#: What may not follow the second day of a span told with its month once: a count
#: ("between May 3 and 22 people", "and 5,000 fled", "and 12 were detained"), a clock
#: time ("from March 3 to 5 pm").
_NO_COUNT_AFTER: Final = (
    r"(?!,\d|\.\d|\d|\s*(?:[ap]\.?\s?m\b|o['’]clock|hours?\b)|"
    r"\s+(?:people|persons|men|women|children|civilians|villagers|soldiers|troops|more|"
    r"others|were|was|had|have|are|of\b|[a-z]+s\b))"
)
#: Days of the year named for what falls on them, as reports on Myanmar name them
#: (month, day); not the country's holidays, whose names more often name a ceremony
#: ("vowed on Armed Forces Day") than the day of a deed.
_NAMED_DAYS: Final = {
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "christmas": (12, 25),
}
_NAMED_DAY_WORDS: Final = "|".join(
    re.escape(n).replace("'", "['’]?").replace(r"\ ", r"\s+") for n in _NAMED_DAYS
)
#: What a day's name may describe, after it: "Christmas celebrations" (no day).
_DESCRIBED_AFTER: Final = (
    r"(?!\s+(?i:celebrations?|parades?|ceremon\w*|events?|commemorations?|festivities|"
    r"services?|prayers?|mass|gatherings?|message|speech|amnesty|ceasefire|holidays?|"
    r"eve|day)\b)"
)


def _plain_day_name(words: str) -> str:
    return exact_key(re.sub(r"['’]", "", words))


_BY_PLAIN_NAME: Final = {_plain_day_name(n): day for n, day in _NAMED_DAYS.items()}


def _named_day(words: str) -> tuple[int, int]:
    """The month and day of a day named for what falls on it ("Christmas Day")."""
    return _BY_PLAIN_NAME[_plain_day_name(words)]


#: Not a week of a month named: "the last week of July" is no week before publication.
_NOT_OF_A_MONTH: Final = r"(?!\s+(?i:of)\b)"
#: (pattern, kind), tried in order; a later pattern never takes text an earlier one took.
_PATTERNS: Final = tuple(
    (re.compile(pattern), kind)
    for pattern, kind in (
        (
            rf"\b(?i:from|between) (?P<day1>[0-3]?\d)(?:st|nd|rd|th)? (?P<month1>{MONTH_NAMES})\.?"
            rf"(?:,? (?P<year1>(?:19|20)\d\d),?)? (?i:to|until|till|and) "
            rf"{_DAY} {_MONTH}(?:,? {_YEAR})?\b",
            "range",
        ),
        (
            rf"\b(?i:from|between) (?P<month1>{MONTH_NAMES})\.? (?P<day1>[0-3]?\d)(?:st|nd|rd|th)?"
            rf"(?:,? (?P<year1>(?:19|20)\d\d),?)? (?i:to|until|till|and) "
            rf"{_MONTH} {_DAY}(?:,? {_YEAR})?\b",
            "range",
        ),
        # "from December 18 to 22", "between May 3 and 5", "on March 3 to 5": the month
        # told once, first
        # (not "between May 3 and 22 people were killed")
        (
            rf"\b(?i:from|between) {_MONTH} (?P<day1>[0-3]?\d)(?:st|nd|rd|th)? "
            rf"(?i:to|until|till|and|through) {_DAY}(?:,? {_YEAR})?\b{_NO_COUNT_AFTER}",
            "range days",
        ),
        (
            rf"\b{_MONTH} (?P<day1>[0-3]?\d)(?:st|nd|rd|th)? "
            rf"(?i:to|until|till|through) {_DAY}(?:,? {_YEAR})?\b{_NO_COUNT_AFTER}",
            "range days",
        ),
        # "from June to 13 August", "between January and August 10", "from May to July
        # 2024": from the first of a month
        (
            rf"\b(?i:from|between) (?P<month1>{MONTH_NAMES})\.?(?:,? (?P<year1>(?:19|20)\d\d))? "
            rf"(?i:to|until|till|and|through) {_DAY} {_MONTH}(?:,? {_YEAR})?\b",
            "range from month",
        ),
        (
            rf"\b(?i:from|between) (?P<month1>{MONTH_NAMES})\.?(?:,? (?P<year1>(?:19|20)\d\d))? "
            rf"(?i:to|until|till|and|through) {_MONTH} {_DAY}(?:,? {_YEAR})?\b(?!:)",
            "range from month",
        ),
        (
            rf"\b(?i:from|between) (?P<month1>{MONTH_NAMES})\.?(?:,? (?P<year1>(?:19|20)\d\d))? "
            rf"(?i:to|until|till|and|through) {_MONTH}(?:,? {_YEAR})?\b",
            "range months",
        ),
        (
            rf"\b(?:(?i:from|between) )?(?P<day1>[0-3]?\d)(?:st|nd|rd|th)?"
            rf"(?: (?i:to|until|and) |[-–])(?P<day>[0-3]?\d)(?:st|nd|rd|th)? "
            rf"{_MONTH}(?:,? {_YEAR})?\b",
            "range days",
        ),
        (
            rf"\b{_MONTH} (?P<day1>[0-3]?\d)(?:st|nd|rd|th)?[-–](?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
            rf"(?:,? {_YEAR})?\b",
            "range days",
        ),
        (rf"\b(?i:since) {_DAY} {_MONTH}(?:,? {_YEAR})?\b", "since"),
        (rf"\b(?i:since) {_MONTH} {_DAY}(?:,? {_YEAR})?\b", "since"),
        # "Operation 1027, which began on June 25": what has gone on since that day
        (rf"\b{_BEGAN} {_DAY} {_MONTH}(?:,? {_YEAR})?\b", "since"),
        (rf"\b{_BEGAN} {_MONTH} {_DAY}(?:,? {_YEAR})?\b", "since"),
        (rf"\b(?i:since (?:last )?){_WEEKDAY}(?: (?i:night|morning|evening))?\b", "since weekday"),
        # "since mid-August", "since early March 2024", "since July": from then to
        # publication (early the 1st, mid the 15th, late the 21st)
        (
            rf"\b(?i:since) (?:{_PART}(?:- ?| ))?{_MONTH}(?:,? {_YEAR})?\b"
            r"(?! [0-3]?\d\b)",
            "since month",
        ),
        (
            rf"\b(?i:from ){_WEEKDAY}(?: (?i:night|morning|evening))? (?i:on(?:wards)?)\b",
            "since weekday",
        ),
        (r"\b(?P<year>(?:19|20)\d\d)-(?P<mm>[01]\d)-(?P<dd>[0-3]\d)\b", "numeric"),
        (r"\b(?P<dd>[0-3]?\d)[/.](?P<mm>[01]?\d)[/.](?P<year>(?:19|20)\d\d)\b", "numeric"),
        # the year first, as Burmese writers of English often put it: "2023 December 29"
        (rf"\b{_YEAR} {_MONTH} {_DAY}\b(?!:)", "day"),
        (rf"\b{_DAY} {_MONTH}(?:,? {_YEAR})?\b", "day"),
        (rf"\b(?i:the )?{_DAY} (?i:of) {_MONTH}(?:,? {_YEAR})?\b", "day"),
        (rf"\b{_MONTH} {_DAY}(?:,? {_YEAR})?\b(?!:)", "day"),
        # a month's short name, its dot and the day with no space: "on Oct.9", "Sept.14"
        # (not a time: "Oct.9:30")
        (rf"\b(?P<month>{MONTH_NAMES})\.{_DAY}(?:,? {_YEAR})?\b(?![:.]\d)", "day"),
        (rf"\b(?i:last |on |this )?{_WEEKDAY}\b", "weekday"),
        # "On New Year's Day", "on Armed Forces Day": a day named for what falls on it
        (
            rf"\b(?i:(?:early |late )?on) (?:the )?(?P<named>(?i:{_NAMED_DAY_WORDS}))\b"
            rf"{_DESCRIBED_AFTER}",
            "named day",
        ),
        # "on the 27th": the latest 27th on or before publication (not "the 62nd
        # anniversary", "on the 5th floor")
        (
            r"\b(?i:(?:early |late )?on) the (?P<day>[0-3]?\d)(?:st|nd|rd|th)"
            r"(?: (?i:of (?:this|last) month))?\b"
            # (not a list of units: "on the 11th and 22nd Light Infantry Divisions")
            r"(?=\s*(?:[,.;:)]|$)|\s+(?i:at|in|when|as|and(?!\s+(?:the\s+)?\d)|before|after|"
            r"during|night|morning|afternoon|evening)\b)",
            "ordinal day",
        ),
        (r"\b(?i:the day before yesterday)\b", "day before yesterday"),
        (r"\b(?i:yesterday)\b", "yesterday"),
        (r"\b(?i:last night)\b", "yesterday"),
        (
            r"\b(?i:(?:earlier |early |late )?today|tonight|this (?:morning|afternoon|evening))\b",
            "today",
        ),
        # "4-5 days back", "two to three days ago": some day of those (Indian English says
        # "back" for "ago")
        (
            rf"\b(?P<ago1>\d{{1,2}}|(?i:{NUMBER_WORDS})) ?(?:[-–]|(?i:to|or)) ?"
            rf"(?P<ago>\d{{1,2}}|(?i:{NUMBER_WORDS})) (?i:days (?:ago|back))\b",
            "days ago range",
        ),
        (rf"\b(?P<ago>\d{{1,2}}|(?i:a|{NUMBER_WORDS})) (?i:days? (?:ago|back))\b", "days ago"),
        (r"\b(?i:(?:a few|few|several) days ago)\b", "few days ago"),
        # "a week ago", "two weeks ago": that many weeks before publication, about
        (rf"\b(?P<ago>\d{{1,2}}|(?i:a|{NUMBER_WORDS})) (?i:weeks? ago)\b", "weeks ago"),
        (r"\b(?i:a couple of days ago)\b", "couple of days ago"),
        (
            # "for the past five days": up to publication
            r"\b(?i:(?:for|over|in|during|within) the (?:past|last) "
            rf"(?:(?P<past>\d{{1,2}}|{NUMBER_WORDS}) (?P<unit>days|weeks)|"
            # "over the past week" (one week), not "the last week of July"
            rf"(?P<week>week)\b{_NOT_OF_A_MONTH}))\b",
            "past days",
        ),
        (
            # (not "the last week of July": a week of a month named)
            r"\b(?i:(?:last|previous) week|the (?:week before|previous week|preceding week))\b"
            + _NOT_OF_A_MONTH,
            "last week",
        ),
        (r"\b(?i:(?:this|earlier this) week)\b", "this week"),
        (r"\b(?i:(?:over|during|at|on) the weekend|last weekend|this weekend)\b", "weekend"),
        (r"\b(?i:(?:this|earlier this) month)\b", "this month"),
        (rf"\b(?:{_PART}[- ])?(?i:(?:last|previous) month)\b", "last month"),
        (r"\b(?i:(?:last|previous) year)\b", "last year"),
        (rf"\b(?i:in (?:{_PART}[- ])?|last ){_MONTH}(?: {_YEAR})?\b", "month"),
        (rf"\b(?i:in (?:{_PART}[- ])?){_YEAR} {_MONTH}\b", "month"),  # "in 2023 December"
        # "to early August 2023", "the last week of July"
        # (a bare "mid-August" is none: "ahead of elections planned for mid-August"; but
        # one end of a span is: "between mid-September and late October")
        (rf"\b{_PART}-? {_MONTH}(?: {_YEAR})?\b", "month"),
        (
            rf"(?:(?<=\bbetween )|(?<=\bfrom )|(?<= and )|(?<= to )){_PART}-{_MONTH}"
            rf"(?: {_YEAR})?\b",
            "month",
        ),
        # "at the end of February", "at the beginning of March": a part of the month, told
        # as the month (not "by the end of February", a time a tally runs to)
        (
            rf"\b(?i:(?:at|towards?|near|around) the (?:end|beginning|start|close) of) {_MONTH}"
            rf"(?: {_YEAR})?\b",
            "month",
        ),
        (
            rf"\b(?i:the )?(?P<nth>(?i:first|second|third|fourth|last|final)) (?i:week) (?i:of) "
            rf"{_MONTH}(?: {_YEAR})?\b",
            "week of month",
        ),
        # "in 2023", and a part of one: "in late 2023", "in early 2024", "in mid-2023"
        (rf"\b(?i:in|during) (?:{_PART}[- ])?{_YEAR}\b", "year"),
    )
)


#: Days after publication within which a day named without a year is taken to be
#: coming, not last year's.
UPCOMING_DAYS: Final = 31


@dataclass(frozen=True)
class DateMention:
    """A date phrase: the days it can mean, how precisely, and where it is; ``listed``
    when it is one day of a list ("on August 2, 9 and 14"); ``ends`` when it is a span
    told by its two ends ("December 16-23", "from June to August"), not one named whole
    ("last week")."""

    start: dt.date
    end: dt.date
    precision: int
    span: tuple[int, int]
    text: str
    listed: bool = False
    ends: bool = False


_LIST_DAY: Final = r"[0-3]?\d(?:st|nd|rd|th)?"
#: Counts that follow a number: "on August 2 and 20 people" is no list of days.
_NOT_A_DAY_AFTER: Final = (
    r"(?!\s+(?:people|persons|civilians|villagers|residents|soldiers|troops|fighters|members|"
    r"officers|police|personnel|others|more|of|houses|homes|bombs|shells|rounds|times|killed|"
    r"dead|died|injured|wounded|children|women|men|percent|per|km|miles|kilometres|kilometers|"
    r"years|days|hours)\b)"
    # nor a count that a verb follows: "On August 2 and 20 fighters were killed"
    r"(?!\s+(?:[\w-]+\s+){0,2}(?:were|was|are|is|have|had|died)\b)"
)
#: Several days of one month: "August 2, 9, and 14", "2, 9 and 14 August".
_DAY_LISTS: Final = (
    re.compile(
        rf"\b{_MONTH} (?P<days>{_LIST_DAY}(?:, {_LIST_DAY}){{0,10}},? (?i:and|&) {_LIST_DAY})"
        rf"{_NOT_A_DAY_AFTER}(?:,? {_YEAR})?\b"
    ),
    # bounded, and never from inside a list of numbers: linear on a page of "1, 2, 3, ..."
    re.compile(
        rf"(?<![\d,] )(?<!\d)\b(?P<days>{_LIST_DAY}(?:, {_LIST_DAY}){{0,10}},? (?i:and|&) "
        rf"{_LIST_DAY}) {_MONTH}(?:,? {_YEAR})?\b"
    ),
)
_LIST_NUMBER: Final = re.compile(r"[0-3]?\d")
_RANGE_BEFORE: Final = re.compile(r"\b(?i:between|from)\s+$")


def _day_lists(text: str, published: dt.date, taken: Taken) -> list[DateMention]:
    """The days of each list of days of one month, one mention each (its span the day's
    number), latest on or before publication like a lone day."""
    found: list[DateMention] = []
    for pattern in _DAY_LISTS:
        for match in pattern.finditer(text):
            if taken.overlaps(match.span()) or _RANGE_BEFORE.search(text, 0, match.start()):
                continue  # "between 3 and 5 May" is a range
            month = _MONTHS[match["month"].casefold()]
            days = []
            try:
                for number in _LIST_NUMBER.finditer(match["days"]):
                    day = int(number.group(0))
                    when = (
                        dt.date(int(match["year"]), month, day)
                        if match["year"]
                        else _latest(month, day, published)
                    )
                    at = match.start("days") + number.start()
                    days.append((when, (at, at + len(number.group(0)))))
            except ValueError:
                continue  # no such day
            if any(when > published for when, _ in days) or any(
                a >= b for (a, _), (b, _) in itertools.pairwise(days)
            ):
                continue  # a day to come, or numbers that do not run on: no list of days
            taken.add(match.span())
            (first, (start, _)), (last, _) = days[0], days[-1]
            end = start + len(text[start : match.end()].rstrip())
            if (
                len(days) == 2  # a pair
                and (last - first).days == 1
                and _AND_BETWEEN.fullmatch(text, days[0][1][1], days[1][1][0])
                and not _RESPECTIVELY.match(text, match.end())
            ):
                # "on 11 and 12 March": two days running, one span (as "on Monday and
                # Tuesday", :func:`_from_to`)
                found.append(DateMention(first, last, 2, (start, end), text[start:end], ends=True))
                continue
            found.extend(
                DateMention(when, when, 1, span, text[span[0] : span[1]], listed=True)
                for when, span in days
            )
    return found


def days_ending(count: int, last: dt.date) -> tuple[dt.date, dt.date]:
    """The first and the last of ``count`` days whose last is ``last`` ("for the past five
    days", told on the fifth of them)."""
    return last - dt.timedelta(days=count - 1), last


def precision_of_span(start: dt.date, end: dt.date) -> int:
    """ACLED time precision of a span: 1 one day, 2 up to a week, 3 longer."""
    days = (end - start).days
    return 1 if days == 0 else 2 if days <= 6 else 3


def _latest(month: int, day: int, published: dt.date) -> dt.date:
    """The latest ``day month`` on or before publication (the year left out).

    A day up to :data:`UPCOMING_DAYS` after publication is a date to come ("talks
    on March 28"), not last year's: it is refused.
    """
    for year in (published.year, published.year - 1):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date <= published:
            return date
        if (date - published).days <= UPCOMING_DAYS:
            break
    raise ValueError(f"no {day}/{month} on or before {published}")


def _day(match: re.Match[str], published: dt.date) -> dt.date:
    month = _MONTHS[match["month"].casefold().rstrip(".")]
    day = int(match["day"])
    if match["year"]:
        return dt.date(int(match["year"]), month, day)
    return _latest(month, day, published)


def _month_named(match: re.Match[str], published: dt.date) -> tuple[int, int]:
    """The year and month a phrase names: its year, else the latest such month on or
    before publication ("in December", said in October, is last year's), and before the
    month of publication when told as "last" ("last October", said in October, is last
    year's)."""
    month = _MONTHS[match["month"].casefold().rstrip(".")]
    if match["year"]:
        return int(match["year"]), month
    if month == published.month and match.group(0).casefold().startswith("last "):
        return published.year - 1, month
    return (published.year if month <= published.month else published.year - 1), month


def _month_span(year: int, month: int, published: dt.date) -> tuple[dt.date, dt.date]:
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return dt.date(year, month, 1), min(last, published)


def _weeks_ago_precision(kind: str, start: dt.date, published: dt.date) -> int:
    """How precisely "N weeks ago" tells a day: within a week up to four weeks back,
    within a month further back; 1 for every other kind of phrase (its span says)."""
    if kind != "weeks ago":
        return 1
    return 2 if (published - start).days <= 28 else 3


_OPENS_WITH_PART: Final = re.compile(rf"\s*(?:in\s+)?(?:{_PART_WORDS})\b", re.IGNORECASE)


def told_since(date: DateMention) -> bool:
    """Whether a date is told as the start of what has gone on since, by "since" in its
    own words ("since 23 July", "Since mid-August"; not "on 23 July", nor "in June" of
    "since the offensive began in June", whose "since" is outside the date's words)."""
    return SINCE_WORDS.match(date.text) is not None


def names_a_month(date: DateMention) -> bool:
    """Whether a date names a month or a part of one ("in June", "last month", "in late
    March"), not a span of days."""
    return date.precision == 3 and (
        date.start.day == 1 or _OPENS_WITH_PART.match(date.text) is not None
    )


def _part_of(match: re.Match[str], first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    """The days of a month (``first`` to ``last``) a part of it told before it means, as a
    coder dates it: "in late September" from the 21st to its end, "mid-September" the
    15th to the 24th, "early September" the 1st to the 10th; the whole month else."""
    part = match.groupdict().get("part")
    if not part:
        return first, last
    start = first.replace(day=_PART_OF_MONTH[part.casefold()])
    if start > last:  # "elections planned for mid-August", told on 10 August
        raise ValueError("a part of the month still to come")
    end = last if part.casefold() == "late" else start + dt.timedelta(days=9)
    return start, min(end, last)


def _resolve(kind: str, match: re.Match[str], published: dt.date) -> tuple[dt.date, dt.date]:
    if kind == "day":
        date = _day(match, published)
        return date, date
    if kind == "since":
        return _day(match, published), published
    if kind == "since month":
        year, month = _month_named(match, published)
        part = (match["part"] or "early").casefold()
        return dt.date(year, month, _PART_OF_MONTH[part]), published
    if kind == "since weekday":  # "since Tuesday", "from Tuesday night on"
        back = (published.weekday() - _WEEKDAYS[match["weekday"].casefold()]) % 7 or 7
        return published - dt.timedelta(days=back), published
    if kind == "range days":  # "between 3 and 5 May", "May 3-5"
        end = _day(match, published)
        day1 = int(match["day1"])
        if not 1 <= day1 < end.day:
            raise ValueError("not a range of days")
        return end.replace(day=day1), end
    if kind == "range":  # "from April 15 to May 16, 2024"
        end = _day(match, published)
        first_month = _MONTHS[match["month1"].casefold().rstrip(".")]
        first_year = int(match["year1"]) if match["year1"] else end.year
        start = dt.date(first_year, first_month, int(match["day1"]))
        if start > end:  # "from Dec. 28 to Jan. 3"
            start = dt.date(first_year - 1, first_month, int(match["day1"]))
        return start, end
    if kind in ("range from month", "range months"):  # "from June to 13 August"
        if kind == "range from month":
            end = _day(match, published)
        else:
            end = _month_span(*_month_named(match, published), published)[1]
        first_month = _MONTHS[match["month1"].casefold().rstrip(".")]
        first_year = int(match["year1"]) if match["year1"] else end.year
        if not match["year1"] and first_month > end.month:  # "from November to February"
            first_year -= 1
        start = dt.date(first_year, first_month, 1)
        if start > end:
            raise ValueError("a range that ends before it starts")
        return start, end
    if kind == "ordinal day":  # "on the 27th": the latest 27th, this month's or before
        day = int(match["day"])
        first = published.replace(day=1)
        if "last month" in match.group(0).casefold():
            first = (first - dt.timedelta(days=1)).replace(day=1)
        elif "this month" in match.group(0).casefold():
            return first.replace(day=day), first.replace(day=day)
        for _ in range(3):  # "on the 31st" in March: January's
            if day <= calendar.monthrange(first.year, first.month)[1]:
                date = first.replace(day=day)
                if date <= published:
                    return date, date
            first = (first - dt.timedelta(days=1)).replace(day=1)
        raise ValueError(f"no day {day} in the months before {published}")
    if kind == "weekday":
        back = (published.weekday() - _WEEKDAYS[match["weekday"].casefold()]) % 7
        if match.group(0).casefold().startswith("last") and back <= 1:
            # "last Monday", told on a Tuesday: the Monday of the week before (yesterday
            # is told as "yesterday" or "on Monday")
            back += 7
        date = published - dt.timedelta(days=back)
        return date, date
    if kind == "named day":  # "on New Year's Day": the latest one, on or before publication
        date = _latest(*_named_day(match["named"]), published)
        return date, date
    if kind == "yesterday":
        date = published - dt.timedelta(days=1)
        return date, date
    if kind == "day before yesterday":
        date = published - dt.timedelta(days=2)
        return date, date
    if kind == "today":
        return published, published
    if kind == "days ago":
        ago = 1 if match["ago"].casefold() == "a" else number_value(match["ago"])
        if ago is None:
            raise ValueError(f"no count of days in {match['ago']!r}")
        date = published - dt.timedelta(days=ago)
        return date, date
    if kind == "days ago range":
        told = number_value(match["ago1"]), number_value(match["ago"])
        if told[0] is None or told[1] is None or min(told[0], told[1]) < 1 or told[0] == told[1]:
            raise ValueError(f"no range of days in {match.group(0)!r}")
        fewest, most = min(told[0], told[1]), max(told[0], told[1])
        return published - dt.timedelta(days=most), published - dt.timedelta(days=fewest)
    if kind == "weeks ago":
        ago = 1 if match["ago"].casefold() == "a" else number_value(match["ago"])
        if ago is None:
            raise ValueError(f"no count of weeks in {match['ago']!r}")
        date = published - dt.timedelta(days=7 * ago)
        return date, date
    if kind == "past days":
        count = 1 if match["week"] else number_value(match["past"])
        if count is None:
            raise ValueError(f"no count in {match['past']!r}")
        if match["week"] or match["unit"].casefold() == "weeks":
            # weeks from the same weekday ("over the past week" told on a Wednesday: from
            # the Wednesday before), as coders date them
            return published - dt.timedelta(days=7 * count), published
        # days with the day of publication the last of them ("for the past five days")
        return days_ending(count, published)
    if kind in ("few days ago", "couple of days ago"):  # some day of the days before
        fewest, most = _FEW_DAYS if kind == "few days ago" else _COUPLE_OF_DAYS
        return published - dt.timedelta(days=most), published - dt.timedelta(days=fewest)
    if kind == "numeric":  # day first, as Myanmar writes dates, or ISO
        date = dt.date(int(match["year"]), int(match["mm"]), int(match["dd"]))
        return date, date
    if kind == "last week":
        monday = published - dt.timedelta(days=published.weekday() + 7)
        return monday, monday + dt.timedelta(days=6)
    if kind == "weekend":  # the latest Saturday and Sunday, up to publication
        if match.group(0).casefold().startswith("this") and published.weekday() < 5:
            raise ValueError("'this weekend' on a weekday is the weekend to come")
        saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
        return saturday, min(saturday + dt.timedelta(days=1), published)
    if kind == "this week":
        return published - dt.timedelta(days=published.weekday()), published
    if kind == "this month":
        return published.replace(day=1), published
    if kind == "last month":
        last = published.replace(day=1) - dt.timedelta(days=1)
        return _part_of(match, last.replace(day=1), last)
    if kind == "last year":
        return dt.date(published.year - 1, 1, 1), dt.date(published.year - 1, 12, 31)
    if kind == "month":
        return _part_of(match, *_month_span(*_month_named(match, published), published))
    if kind == "week of month":  # "the last week of July": seven days of that month
        year, month = _month_named(match, published)
        first, last = _month_span(year, month, published)
        nth = match["nth"].casefold()
        if nth in ("last", "final"):
            end = dt.date(year, month, calendar.monthrange(year, month)[1])
            return end - dt.timedelta(days=6), min(end, published)
        start = first + dt.timedelta(days=7 * ("first", "second", "third", "fourth").index(nth))
        return start, min(start + dt.timedelta(days=6), last)
    if kind == "year":
        year = int(match["year"])
        # (a part of it: its first four months, its middle four or its last four)
        opens, closes = _YEAR_PARTS.get((match["part"] or "").casefold(), (1, 12))
        end = dt.date(year, closes, calendar.monthrange(year, closes)[1])
        return dt.date(year, opens, 1), min(end, published)
    raise AssertionError(kind)  # pragma: no cover


#: The months a part of a year told runs over ("in late 2023": September to December).
_YEAR_PARTS: Final = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
_LAST_YEAR: Final = re.compile(r"(?:last|previous) year", re.IGNORECASE)
_MONTH_NAMED: Final = re.compile(_MONTH)


def _of_last_year(found: list[DateMention], text: str, published: dt.date) -> list[DateMention]:
    """A day or month said to be last year's ("in October last year", "on 9 October
    last year"): one date, in the year before publication."""
    out: list[DateMention] = []
    for m in found:
        prev = out[-1] if out else None
        between = text[prev.span[1] : m.span[0]] if prev is not None else ""
        if (
            prev is not None
            and _LAST_YEAR.fullmatch(m.text)
            and not re.match(r"['’]s\b", text[m.span[1] :])  # "last year's ceasefire"
            # a month or a day of a month named, with no year ("9 October", "in October");
            # a comma only after a day ("on 9 October, last year")
            and _MONTH_NAMED.search(prev.text)
            and not re.search(r"\d{4}", prev.text)
            and (between.strip() == "" or (between.strip() == "," and prev.precision == 1))
            and prev.start.year == prev.end.year
            and prev.start.month == prev.end.month
        ):
            year = published.year - 1
            try:
                if prev.precision == 1:
                    start = end = prev.start.replace(year=year)
                else:
                    start, end = _month_span(year, prev.start.month, published)
            except ValueError:  # 29 February
                out.append(m)
                continue
            span = (prev.span[0], m.span[1])
            out[-1] = DateMention(
                start, end, precision_of_span(start, end), span, text[span[0] : span[1]]
            )
            continue
        out.append(m)
    return out


#: A part of a day told before a span's end: "from the night of November 8 until the
#: morning of November 9".
_PART_OF_DAY: Final = (
    r"(?:(?:the\s+)?(?:early\s+|late\s+)?(?:night|morning|evening|afternoon|hours)\s+of\s+)?"
)
_FROM_BEFORE: Final = re.compile(rf"\b(?i:from|between)\s+(?i:{_PART_OF_DAY})$")
_TO_BETWEEN: Final = re.compile(rf"\s+(?i:to|until|till|through|and)\s+(?i:{_PART_OF_DAY})")


def _from_to(found: list[DateMention], text: str) -> list[DateMention]:
    """Two date phrases told as a span's two ends ("from the last week of July to early
    August 2023"), or as two days running ("raided the village on Monday and Tuesday"):
    one date, from the first's start to the second's end."""
    out: list[DateMention] = []
    for m in found:
        prev = out[-1] if out else None
        if prev is not None and (
            (
                _TO_BETWEEN.fullmatch(text, prev.span[1], m.span[0])
                and _FROM_BEFORE.search(text, max(0, prev.span[0] - 40), prev.span[0])
                and prev.start < m.end
            )
            or (
                _AND_BETWEEN.fullmatch(text, prev.span[1], m.span[0])
                and prev.precision == m.precision == 1
                and not (prev.listed or m.listed)
                and (m.start - prev.end).days == 1
                # (not "shut both yesterday and today": what was so on both days; nor two
                # days of two events, "on Monday and Tuesday respectively")
                and not _BOTH_BEFORE.search(text, max(0, prev.span[0] - 6), prev.span[0])
                and not _RESPECTIVELY.match(text, m.span[1])
            )
        ):
            span = (prev.span[0], m.span[1])
            out[-1] = DateMention(
                prev.start,
                m.end,
                precision_of_span(prev.start, m.end),
                span,
                text[span[0] : span[1]],
                ends=True,
            )
            continue
        out.append(m)
    return out


#: Between two days running told as one span: "on Monday and Tuesday".
_AND_BETWEEN: Final = re.compile(r"\s+and\s+")
_BOTH_BEFORE: Final = re.compile(r"\bboth\s+$", re.IGNORECASE)
#: "respectively" later in the sentence: each day is of one of the places named.
_RESPECTIVELY: Final = re.compile(r"[^.;]*?\brespectively\b", re.IGNORECASE)
#: Between a day told relatively and the date that says which it was: " (", ", ", " of ".
_WHICH_DAY: Final = re.compile(r"\s*[(,]\s*|\s+of\s+(?:the\s+)?", re.IGNORECASE)


def find_dates(text: str, *, published: dt.date) -> list[DateMention]:
    """Every date phrase in ``text``, in order, resolved against ``published``.

    A phrase naming an impossible date ("31 February") is left out: it says nothing
    that can be mapped.
    """
    taken = Taken(len(text))
    found: list[DateMention] = _day_lists(text, published, taken)
    for pattern, kind in _PATTERNS:
        for match in pattern.finditer(text):
            span = match.span()
            if taken.overlaps(span):
                continue
            try:
                start, end = _resolve(kind, match, published)
            except (ValueError, OverflowError):  # no such day, or before year 1
                continue
            if start > published:
                continue  # a report does not date its events after itself
            taken.add(span)
            phrase = match.group(0).strip()
            offset = span[0] + (len(match.group(0)) - len(match.group(0).lstrip()))
            found.append(
                DateMention(
                    start,
                    end,
                    # "a week ago" is about that day: within a week (a month of weeks ago
                    # and more, within a month)
                    max(
                        precision_of_span(start, end), _weeks_ago_precision(kind, start, published)
                    ),
                    (offset, span[1]),
                    phrase,
                    ends=kind.startswith("range"),
                )
            )
    found.sort(key=lambda m: m.span)
    found = _from_to(_of_last_year(found, text, published), text)
    # "Early today (July 4)", "yesterday, June 30", "this morning of 4th July": the date
    # beside it says which day (not a vaguer one: "In October, last year's ceasefire")
    return [
        m
        for m, after in zip(found, [*found[1:], None], strict=False)
        if after is None
        or m.listed
        or (after.end - after.start) > (m.end - m.start)
        or not _WHICH_DAY.fullmatch(text, m.span[1], after.span[0])
    ]
