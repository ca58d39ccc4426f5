"""The report read as a whole, after its clauses are grouped into drafts: what a coder
does with a story before coding its events.

* days and places carried to events told without their own (:func:`carry_dates`,
  :func:`date_by_place`, :func:`carry_places`), each with a note;
* one event told again made one (:func:`merge_restatements`), and what a coder folds
  into another event of that day and place (:func:`merge_episodes`);
* what is not proposed, and why (:func:`left_out_why`): a mention with neither date nor
  place, a summary of many events, an earlier event recalled as background
  (:func:`mark_background`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from geo.extract.dates import (
    MONTH_NAMES,
    SINCE_WORDS,
    DateMention,
    days_ending,
    find_dates,
    names_a_month,
    precision_of_span,
    told_since,
)
from geo.extract.grouping import (
    GROUND_TAKEN,
    Draft,
    days_counted,
    going_on_this_month,
    long_before,
    names_another_place,
    other_sides,
    told_only_as_attacked,
)
from geo.extract.numbers import NUMBER_WORDS, number_value
from geo.extract.places import PlaceMention
from geo.extract.proposal import (
    BACKGROUND,
    RETOLD,
    STATE_ONLY,
    STILL_GOING_ON,
    SUMMARY,
    UNPLACED_UNDATED,
    Evidence,
)
from geo.extract.text import in_quotation, item_start
from geo.extract.wording import (
    EXCESSIVE_FORCE,
    FIRST_SINCE,
    HABITUAL_WORDS,
    IN_A_ROW,
    OTHER,
    PEACEFUL_PROTEST,
    PROTEST_INTERVENTION,
    SPEECH_VERBS,
    STATE_FORCES,
    ActorMention,
    Trigger,
    find_triggers,
)

__all__ = [
    "EARLIER",
    "HAD_DONE",
    "LEFT_OUT_MESSAGES",
    "add_beside",
    "carry_dates",
    "carry_places",
    "date_by_place",
    "date_days_so_far",
    "date_what_is_being_done",
    "fold",
    "generic",
    "kinds_told_apart",
    "left_out_why",
    "mark_background",
    "mark_retold",
    "mark_state_tellings",
    "mark_still_going_on",
    "merge_episodes",
    "merge_restatements",
    "merge_span_tellings",
    "merge_undated_tellings",
    "split_kinds",
]


#: Words that put an event before the report's account: it keeps no date it is not given.
EARLIER: Final = re.compile(
    r"\b(?:earlier|previously|previous|recently|recent|since|last (?:year|month|week)|in the past|"
    r"for (?:weeks|months|years)|had (?:been|\w+ed)|has been|have been|used to|before the|"
    r"ago|once|often|frequently|repeatedly|again and again|later|afterwards|subsequently|"
    r"since then|in the following days)\b",
    re.IGNORECASE,
)
#: What goes on "since" an event told with no date, in words that say so ("has shelled
#: villages since the KIA seized the outposts", "ever since"): that event is background;
#: a "since" of cause ("fled since troops torched houses") is not.
_SINCE_IT: Final = re.compile(
    r"(?:\bha(?:s|ve|d)\b[^.;:]{0,120}?\bsince|\bever since)\b[^.;,:]{0,60}$|"
    # "Since then, the KIA has attacked outposts": what has gone on since the event told
    r"\bsince (?:then|that time|that day)\b,?[^.;:]{0,80}\bha(?:s|ve)\b[^.;,:]{0,40}$",
    re.IGNORECASE,
)


#: Longest span told by its ends ("on Aug. 8 and 9") over which deeds of other kinds told
#: beside an event's are events of their own.
_BESIDE_SPAN_DAYS: Final = 3


def kinds_told_apart(day: DateMention) -> bool:
    """Whether deeds of other kinds told beside an event on ``day`` are events of their own
    ("jets and artillery hit the village as troops fought there on Tuesday"): a day, or a
    span of a few days told by its ends ("on Aug. 8 and 9", "from 5 to 7 March"); not a
    week or a month named whole ("last week"), where one deed may sum up many."""
    return day.precision == 1 or (day.ends and (day.end - day.start).days < _BESIDE_SPAN_DAYS)


#: A past perfect right before a deed: "had launched", "had already seized".
HAD_DONE: Final = re.compile(
    r"\bhad\s+(?:(?:already|earlier|previously|also)\s+)?"
    # "had launched offensives", "had carried out airstrikes"
    r"(?:(?:launched|carried out|conducted|mounted|staged|waged|begun|started)\s+"
    r"(?:[\w-]+\s+){0,2}?)?$",
    re.I,
)


_SAID_BEFORE: Final = re.compile(
    rf"\b(?:{SPEECH_VERBS}|claimed|claims|announced|stated|confirmed|according to)\b", re.I
)


def _own_date(draft: Draft) -> bool:
    """Whether a draft's date was told in its own first sentence (not carried to it)."""
    first = draft.sentences[0] if draft.sentences else (0, 0)
    return any(e.field == "event_date" and first[0] <= e.start < first[1] for e in draft.evidence)


#: Words of what happens again and again, or has gone on since a time: told with no
#: day, it is no one event ("clashes have been recurring since June").
_HABITUAL: Final = re.compile(
    rf"\b(?:{HABITUAL_WORDS}|frequent|resort(?:s|ed|ing)? to|"
    r"for (?:weeks|months)|every (?:day|week|night)|"
    # what has gone on since a time: "fighting has grown near Laiza since the coup"
    r"ha(?:s|ve)\s+(?:been\s+)?\w+(?:\s+\w+){0,8}?\s+since)\b",
    re.IGNORECASE,
)
#: Wording of many events at once: "junta offensives", "airstrikes" with no "the".
_PLURAL_TRIGGER: Final = re.compile(
    r"(?:offensives|attacks|clashes|battles|strikes|air ?strikes|air raids|raids|bombings|"
    r"assaults|skirmishes|firefights|ambushes|shelling attacks)$",
    re.IGNORECASE,
)
_DETERMINED: Final = re.compile(
    r"\b(?:the|their|its|his|her|these|those|both|two|three|four|five|\d+)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


#: A deed told in the present perfect, right before its wording: "the KIA has also
#: seized", "PDF groups have captured".
_PERFECT_BEFORE: Final = re.compile(
    r"\bha(?:s|ve)\s+(?:also\s+|now\s+|already\s+)?$", re.IGNORECASE
)


def generic(draft: Draft, text: str) -> bool:
    """Whether an event is told as many at once ("helped it fight off junta offensives"):
    such wording sums up; it is no one event on a day."""
    trigger = draft.trigger
    if trigger is None or not _PLURAL_TRIGGER.search(trigger.text):
        return False
    return not _DETERMINED.search(text[max(0, trigger.span[0] - 30) : trigger.span[0]])


def carry_dates(
    drafts: list[Draft], anchors: list[DateMention], spans: list[tuple[int, int]], text: str
) -> None:
    """An event told with a place but no date of its own takes the day of the event told
    before it (the account's day, as a coder reads a story), or, in the lead before any
    dated event, of the first event after it; never when its words put it earlier
    ("had", "since", "recently"), it goes on still, it is told after that day as done
    by now ("has also seized"), or the day is told in another part of a list than the
    event (:func:`_another_item`). The note says so."""
    news = {n.date.span for n in drafts if n.sub_event_type == OTHER and n.date}
    days = sorted((d for d in anchors if d.span not in news), key=lambda d: d.span)
    starts = [d.span[0] for d in days]
    sentence_starts = [s for s, _ in spans]
    earlier: dict[tuple[int, int], bool] = {}  # a sentence's words put it earlier
    for draft in drafts:
        if draft.date is not None or draft.date_span is not None or draft.place is None:
            continue
        first = draft.sentences[0]
        if first not in earlier:
            earlier[first] = EARLIER.search(text[first[0] : first[1]]) is not None
        if earlier[first] or generic(draft, text):
            continue
        at = min(s for s, _ in draft.sentences)
        k = bisect.bisect_left(starts, at)  # the days told before it: days[:k]
        if (
            k
            and draft.trigger is not None
            and _PERFECT_BEFORE.search(
                text, max(0, draft.trigger.span[0] - 20), draft.trigger.span[0]
            )
        ):
            # "... fell on Wednesday. The KIA has also seized Mabein town": done by now,
            # told after the account's day with no time of its own, which the coding
            # conventions leave undated (a recap, not a deed of that day)
            continue
        # in the lead, a day told in the sentence after ("Jets bombed Mansi. The raid,
        # on Monday, ...") is the account's day too; one told further on is not
        n = bisect.bisect_right(sentence_starts, at)
        following = spans[n][1] if n < len(spans) else at
        source = days[k - 1] if k else (days[0] if days and days[0].span[0] < following else None)
        if source is None or _another_item(text, source, at):
            continue
        draft.date = source
        draft.notes.append(
            f"No date of its own: dated {source.start:%d %B %Y} from the account's day told "
            f"{'before' if k else 'after'} it ('{source.text}')."
        )


def _another_item(text: str, day: DateMention, at: int) -> bool:
    """Whether a day is told in another item of a list than the event at ``at`` (a
    digest's bullets are news of their own: "· ... in the battle on Sunday." "· In Pale
    Township, 20 soldiers died in the battle near Mone Thwin." is no battle of Sunday),
    or after the list, or before it in a sentence of its own (not in the line that leads
    into the list: "On Tuesday:" "· Jets bombed Kani.")."""
    here, there = item_start(text, at), item_start(text, day.span[0])
    if here == there:
        return False
    if there is None and here is not None:
        line_end = text.find("\n", day.span[1])
        lead = text[day.span[1] : line_end if line_end >= 0 else len(text)]
        return not lead.rstrip().endswith(":")
    return True


#: The days a deed has gone on for up to its telling, counted: "For three days the
#: military has been trying to retake the hill", "after three consecutive days of
#: fighting ... have been forced out", "across four days, and counting, of combat" (not
#: days counted from another day: "for two days after the ambush"; nor a bound: "for
#: over 10 days"; "the past three days" is a span of its own, read with the dates).
_DAYS_SO_FAR: Final = re.compile(
    r"(?<!\bfor )\b(?P<prep>for|over|across|after|throughout)\s+"
    rf"(?P<days>\d{{1,2}}|{NUMBER_WORDS})\s+(?:(?:{IN_A_ROW})\s+)?"
    r"days\b(?!\s+(?:before|after|afterwards|later|earlier|ago|prior|since|from)\b)",
    re.IGNORECASE,
)
#: A sentence told up to now: in the present perfect ("has been trying", "have been
#: forced out", of the deed or of what it led to) or "and counting".
_TOLD_UP_TO_NOW: Final = re.compile(r"\b(?:ha(?:s|ve)|and counting)\b", re.IGNORECASE)
#: The past perfect before the deed: up to another time ("had been attacking for seven
#: days when the junta withdrew"; not "... after it had lost it", told after the deed).
_PAST_PERFECT: Final = re.compile(r"\bhad\b", re.IGNORECASE)
#: How far after "after N days" its deed is told ("after three days of fighting"): a
#: count "after" dates only the deed it counts, not the one told after it ("After 10
#: days of fighting, the KIA has taken the town").
_COUNTED_DEED_REACH: Final = 30
#: A lull counted in days, no deed's: "fighting has gone quiet for 3 days".
_LULL: Final = re.compile(
    r"\b(?:quiet|calm|lull|silent|silence|paused?|halted|stopped|ceased?|ceasefire|truce)\b",
    re.IGNORECASE,
)
#: Fewest and most days so counted that date a deed (one day is no count of days gone
#: on; more than two weeks is a campaign: "for twenty days the KIA has besieged Bhamo",
#: dated over the month so far, as other deeds told as going on).
_DAYS_SO_FAR_FEWEST: Final = 2
_DAYS_SO_FAR_MOST: Final = 14


def date_days_so_far(drafts: list[Draft], text: str, published: dt.date) -> None:
    """An event with no date of its own, none the account gave it, told in a sentence as
    having gone on up to now for a number of days ("For three days the military has been
    trying to recapture the hill"), is dated over those days, ending at publication, as a
    coder dates it. The note says so. (It is not marked as going on: a count of days is a
    span of its own, no retelling of an event the report dates at its place.)"""
    # (a sentence is read once, however many of its deeds are undated)
    read: dict[tuple[int, int], tuple[int, re.Match[str]] | None] = {}
    for draft in drafts:
        trigger = draft.trigger
        if (
            trigger is None
            or draft.date is not None
            or draft.date_span is not None
            or draft.place is None
            # ground is taken at the end of its days, not over them ("After 10 days of
            # fighting, the KIA has taken the town")
            or draft.sub_event_type in GROUND_TAKEN
            or left_out_why(draft, text) is not None
            or (sentence := draft.deed_sentence()) is None
        ):
            continue
        if sentence not in read:
            read[sentence] = _days_so_far(text, sentence, published)
        if (
            (told := read[sentence]) is None
            or _PAST_PERFECT.search(text, sentence[0], trigger.span[0])
            # what the days are counted since: "Since the KIA seized Mansi, jets have
            # bombed it for eight days" (the days are the bombing's, not the seizure's)
            or _SINCE_BEFORE.search(text, sentence[0], trigger.span[0])
        ):
            continue
        days, words = told
        if words["prep"].casefold() == "after" and not (
            words.end() <= trigger.span[0] <= words.end() + _COUNTED_DEED_REACH
        ):
            continue
        first, last = days_ending(days, published)
        draft.date_span = (first, last, precision_of_span(first, last))
        draft.evidence.append(Evidence("event_date", *words.span(), words.group(0)))
        draft.notes.append(
            f"Told as going on for {days} days up to its telling ('{words.group(0)}'): "
            f"dated {first:%d %B %Y} to publication."
        )


def _days_so_far(
    text: str, sentence: tuple[int, int], published: dt.date
) -> tuple[int, re.Match[str]] | None:
    """How many days a sentence tells something has gone on up to now, and the words (none
    where it names a day: the day it was told, "the KIA said in a statement on Friday",
    up to which the days ran, not publication)."""
    words = _DAYS_SO_FAR.search(text, *sentence)
    if (
        words is None
        or _TOLD_UP_TO_NOW.search(text, *sentence) is None
        or _LULL.search(text, *sentence) is not None
        or find_dates(text[sentence[0] : sentence[1]], published=published)
    ):
        return None
    days = number_value(words["days"])
    if days is None or not _DAYS_SO_FAR_FEWEST <= days <= _DAYS_SO_FAR_MOST:
        return None
    return days, words


def date_what_is_being_done(drafts: list[Draft], text: str, published: dt.date) -> None:
    """An event told as being done ("the army is shelling KIA positions", "clashes have
    escalated in Momauk") that still has no day, none the account gave it, goes on over
    the month so far, as a coder codes an activity going on. The note says so."""
    for draft in drafts:
        if (
            draft.doing is None
            or draft.date is not None
            or draft.date_span is not None
            or draft.place is None
            # (what is left out stays out: "fighting has intensified since the coup")
            or left_out_why(draft, text) is not None
        ):
            continue
        going_on_this_month(draft, draft.doing, published)


def carry_places(
    drafts: list[Draft], townships: list[PlaceMention], spans: Sequence[tuple[int, int]]
) -> None:
    """An event told on a day but with no place found is placed at the town or township
    the report named last before it (or the only one it names, or, told before any, one
    the next sentence names), saying so and naming the village it could not
    find; an event placed at its township names that village too."""
    starts = [t.span[0] for t in townships]
    named = {t.location for t in townships}
    sentence_starts = [a for a, _ in spans]
    before_it: Draft | None = None
    for draft in drafts:
        told_before, before_it = before_it, draft
        if (
            draft.place is not None
            and draft.place.kind == "township"
            and draft.unknown
            and not draft.listed  # a village of a list says where it is placed itself
            # (nor a place that says so itself: "'Sayti Yat' was not found ...; placed at
            # Katha Township, where the Air/drone strike told before it was")
            and not (draft.place.note and f"'{draft.unknown[0]}'" in draft.place.note)
        ):
            draft.notes.append(
                f"'{draft.unknown[0]}' was not found in the gazetteer here; placed at "
                f"{draft.place.location}, which the report names: check."
            )
        if draft.place is not None or (draft.date is None and draft.date_span is None):
            continue
        if (
            told_before is not None
            and told_before.place is not None
            and not told_before.place_carried
            and not (told_before.summary or told_before.background or told_before.listed)
            and not draft.unknown  # it names a village not found: that one is said
            and draft.date is not None
            and told_before.date is not None
            and draft.date.precision == 1
            and (told_before.date.start, told_before.date.end) == (draft.date.start, draft.date.end)
        ):
            # "The KIA attacked positions near Laiza on Friday." "The military retreated
            # on Friday afternoon and ordered air strikes": where the event of that day,
            # told just before, was
            draft.place = told_before.place
            draft.place_carried = True
            draft.notes.append(
                f"No place named; placed at {told_before.place.location}, where the event "
                "of the same day told just before it was: check."
            )
            continue
        at = min(s for s, _ in draft.sentences)
        k = bisect.bisect_left(starts, at)  # the towns and townships named before it
        before = k > 0
        source = townships[k - 1] if k else townships[0] if len(named) == 1 else None
        after = False
        if source is None and k < len(townships):
            # "Two youths were arrested on July 25." ... "..., said a villager of Kutkai
            # Township": the lead's place, told in the sentence after it
            end = max(e for _, e in draft.sentences)
            n = bisect.bisect_left(sentence_starts, end)
            if n < len(spans):
                following = spans[n]
                first = bisect.bisect_left(starts, following[0])
                last = bisect.bisect_left(starts, following[1])
                there = {t.location for t in townships[first:last]}
                if there == {townships[k].location}:
                    source, after = townships[k], True
        if source is None:
            continue
        draft.place = source
        draft.place_carried = True
        found = (
            f"'{draft.unknown[0]}' was not found in the gazetteer here; "
            if draft.unknown
            else "No place named; "
        )
        draft.notes.append(
            f"{found}placed at {source.location}, which the report names "
            f"{'before' if before else 'after it' if after else 'as its only town or township'}"
            ": check."
        )


#: Why a mention of events is not proposed, and how the message counts them.
LEFT_OUT_MESSAGES: Final = {
    UNPLACED_UNDATED: "mention(s) of events with neither a date nor a place were",
    SUMMARY: "summary sentence(s), of many events at once, were",
    BACKGROUND: "earlier event(s) the report recalls as background were",
    STATE_ONLY: "mention(s) told only for a state or region, beside events of their type placed "
    "finer, were",
    STILL_GOING_ON: "mention(s) of fighting still going on, where the report dates an event, were",
    RETOLD: "deed(s) told again in someone's words, on a day the report tells an event of, were",
}
#: "since" before a day, in the words that lead to it: the day a tally counts from.
_SINCE_BEFORE: Final = re.compile(r"\bsince\b[^.;]{0,80}$", re.IGNORECASE)
#: A span told by its two ends: "from June to 13 August", "between January and August".
_RANGE_TOLD: Final = re.compile(r"(?:from|between)\b", re.IGNORECASE)
#: Longest span of days one event can cover; a longer one sums up many.
_LONGEST_EVENT_DAYS: Final = 31


def left_out_why(draft: Draft, text: str) -> str | None:
    """Why a draft is no event to propose: it has neither date nor place, or it sums up
    many events ("since the coup", "in 2023", "this month" across a whole state)."""
    if draft.background:
        return BACKGROUND
    if draft.summary:
        return SUMMARY
    if draft.date is None and draft.date_span is None and draft.place is None:
        return UNPLACED_UNDATED
    if (
        draft.date is None
        and draft.date_span is None
        and any(_HABITUAL.search(text[s:e]) for s, e in draft.sentences[:1])
    ):
        return SUMMARY  # "gunfire is often heard in Mongmit Township": no one event
    first, last = (
        (draft.date.start, draft.date.end)
        if draft.date is not None
        else (draft.date_span[0], draft.date_span[1])
        if draft.date_span is not None
        else (None, None)
    )
    if first is not None and last is not None and draft.date is not None:
        regional = draft.place is None or draft.place.kind == "region"
        long = (last - first).days > _LONGEST_EVENT_DAYS
        if draft.date.precision == 3 and (
            regional
            or draft.listed
            or (long and (generic(draft, text) or _RANGE_TOLD.match(draft.date.text)))
        ):
            # "in 2023 junta air strikes ...", "this month across Kachin State", "from April
            # 15 to May 16, seven villagers were killed in Nawngkhio and Mong Mit"
            return SUMMARY
        since = _counted_since(draft.date, text)
        if draft.date.precision == 3 and since and (regional or draft.place_carried or long):
            # "Since 23 July, fighting has left 25 soldiers dead", "killed since the
            # offensive was launched on June 2 has risen to 40": a tally
            return SUMMARY
    if draft.general:
        return STATE_ONLY
    if draft.ongoing_beside:
        return STILL_GOING_ON
    if draft.retold:
        return RETOLD
    return None


#: Words that recall an earlier event as background: "one of the deadliest since",
#: "only a week before", "last week's attack".
_RECALLED: Final = re.compile(
    r"^\s*(?:After|Since|Following|Before)\b|"  # "After it bombed a concert in October, ..."
    r"\b(?:(?:one of )?the (?:deadliest|worst|largest|biggest|bloodiest)\b[^.;]{0,60}\bsince|"
    r"(?:a|one|two|three) (?:week|weeks|month|months) (?:before|earlier)|"
    r"last (?:week|month)['’]s|"
    # "Back in 2019, another man of the village was shot dead": told as long past (not
    # "troops are back in the village")
    rf"\bback in (?:\d{{4}}|(?:early |late |mid-?)?(?:{MONTH_NAMES})\b)|"
    # "It was on April 23 that the offensive began", "fighting in the town started on
    # June 16": the start of what has gone on since (see _first_deed_told)
    r"\bit was (?:on|in) |(?P<start>\b(?:began|started|begun)\s+(?:on|in)\b))",
    re.IGNORECASE,
)
#: What a start goes on to tell: ", when jets bombed ...", ", with troops firing ...".
_WHEN_OR_WITH: Final = re.compile(r",\s+(?:when|with)\s+(?P<told>.+)", re.IGNORECASE | re.DOTALL)


def _first_deed_told(after: str) -> bool:
    """Whether the words after a start ("began on March 21") tell its first deed: ",
    when jets bombed the villages", ", with troops firing artillery" (not ", when
    residents said the town was tense", ", with the KIA saying it would not stop", ", when
    troops arrived")."""
    told = _WHEN_OR_WITH.search(after)
    if told is None:
        return False
    words = told["told"]
    return any(not _SPEECH_BEFORE.search(words, 0, t.span[0]) for t in find_triggers(words))


#: A telling before a deed's words: "residents said troops", "the KIA saying it".
_SPEECH_BEFORE: Final = re.compile(rf"\b(?:{SPEECH_VERBS}|saying|says)\b", re.IGNORECASE)
#: An event compared with, whose day follows: "the first clash ... since battles in Kutkai on".
_FIRST_SINCE: Final = re.compile(rf"\bthe {FIRST_SINCE}[^.;,]{{0,60}}$", re.IGNORECASE)
#: Days before the report's latest event from which an event told as recalled is background.
_BACKGROUND_DAYS: Final = 5
#: Days before the latest event told after which an event is the report's background.
_LONG_BEFORE_DAYS: Final = 30
#: How long before publication an event ends to be history the report recalls, never news
#: to propose, whatever its toll: two years.
_HISTORY_DAYS: Final = 730


def date_by_place(drafts: list[Draft]) -> None:
    """An event still without a day, at the very place of an event told with one (the
    village, not only its township), took place that day: the report tells the one
    episode there ("Jets bombed Mai Kyu on Monday ... Troops also shelled Mai Kyu")."""
    on: dict[str, list[DateMention]] = {}
    for d in drafts:
        if d.date is not None and d.date.precision == 1 and d.place and d.place.place:
            on.setdefault(d.place.place.place_id, []).append(d.date)
    for draft in drafts:
        if draft.date is not None or draft.date_span is not None or draft.summary:
            continue
        if draft.place is None or draft.place.place is None or draft.place.kind != "place":
            continue
        days = on.get(draft.place.place.place_id, [])
        if len({day.start for day in days}) == 1:
            draft.date = days[0]
            draft.notes.append(
                f"No date of its own: dated {days[0].start:%d %B %Y}, the day the report "
                f"gives for what happened at {draft.place.location}."
            )


#: Words of a stated span, not a month named whole: "since 3 November", "between May
#: 26 and June 4", "from April 15".
_SPAN_WORDS: Final = re.compile(r"\s*(?:since|between|from)\b", re.IGNORECASE)


def mark_retold(drafts: list[Draft]) -> None:
    """A deed told only in someone's quoted words, on one day, is the event the report
    tells of that kind on that day in its own words, told again ("Troops shelled Sei Lant
    on Sunday. ... “On Sunday evening we heard shelling at Sei Lant,” a volunteer said"),
    when it is in the same township, or has no place of its own (none, or one carried
    from elsewhere in the report): left out and listed, not proposed."""

    def where(draft: Draft) -> str | None:
        return None if draft.place is None else draft.place.township_pcode

    def quoted(draft: Draft) -> bool:
        return draft.trigger is not None and draft.trigger.quoted

    # what the report tells in its own words: each kind on each day, and where
    told = {
        (draft.date.start, draft.sub_event_type, where(draft))
        for draft in drafts
        if draft.date is not None and draft.date.precision == 1 and not quoted(draft)
    }
    told_that_day = {(day, kind) for day, kind, _ in told}
    for draft in drafts:
        if not quoted(draft) or draft.date is None or draft.date.precision != 1:
            continue
        here, own_place = where(draft), draft.place is not None and not draft.place_carried
        key = (draft.date.start, draft.sub_event_type)
        draft.retold = (
            key in told_that_day if not own_place else here is not None and (*key, here) in told
        )


def mark_background(drafts: list[Draft], text: str, published: dt.date) -> None:
    """An event dated days before the report's latest one and told as recalled ("the
    air raid of April 11 ... was one of the deadliest since the coup"), told with no
    date as what something goes on since ("since the KIA seized the outposts"), dated a
    month or more before it, or dated only by a month named whole ("In June", "last
    month", even with its dead) in a report of days, is background: left out and
    listed, not proposed. Of those dated long before or only by a year, one told with
    its own dead is kept (a massacre recalled), unless it ended more than two years
    (:data:`_HISTORY_DAYS`) before the report was published ("In 2003, 18 years ago, ... 70
    to 100 civilians died that day"): that is history, not news."""
    for draft in drafts:
        if draft.date is not None and (published - draft.date.end).days > _HISTORY_DAYS:
            draft.background = True
            continue
        trigger = draft.trigger
        if (
            draft.date is None
            and draft.date_span is None
            and trigger is not None
            and _SINCE_IT.search(text, max(0, trigger.span[0] - 200), trigger.span[0])
        ):
            # "has bombed villages since the KIA seized the outposts": what it dates from
            draft.background = True
    # (a summary's day, the day a tally was told, makes no event before it background)
    days = [
        d.date.end for d in drafts if d.date is not None and d.date.precision <= 2 and not d.summary
    ]
    if not days:
        return
    for draft in drafts:
        trigger = draft.trigger
        if (
            trigger is not None
            and not _own_date(draft)
            # (one place's deed dated by what the report tells there keeps that day:
            # "Jets bombed Mai Kyu on Monday. Earlier, troops had shelled Mai Kyu")
            and (draft.date is None or draft.listed)
            and HAD_DONE.search(text, max(0, trigger.span[0] - 30), trigger.span[0])
            # not reported speech: "said it had seized the headquarters"
            and not _SAID_BEFORE.search(text, draft.sentences[0][0], trigger.span[0])
        ):
            # "As part of the offensive, the TNLA had launched attacks across Namkham and
            # Muse": what had happened before the report's dated events, told with no day
            draft.background = True
    latest = max(days)
    for draft in drafts:
        if (
            draft.date is not None
            and names_a_month(draft.date)
            and not _SPAN_WORDS.match(draft.date.text)
            # a month with its dead is still background (none of 12 such proposals on
            # the development passages was coded); a year with its dead ("killed more
            # than 60 at a concert in Hpakant last year") is a massacre recalled, if
            # within two years of the report (older ones are history, marked above)
            and (not draft.figures or (draft.date.end - draft.date.start).days <= 31)
            and draft.place is not None
            and draft.place.kind != "region"  # "this month across Kachin State": a summary
        ):
            # "In June troops shelled the town", "last month", "this month", in a report
            # of days: what came before the news, not an event of its own (on the
            # development passages none of 8 such proposals was a coded event)
            draft.background = True
            continue
        if (
            draft.date is None
            or (latest - draft.date.end).days <= _BACKGROUND_DAYS
            # the start of a later event told in its sentence: "The offensive began on 27
            # June and ended in complete capture on 31 July"
            or _began_what_ended(draft, drafts, text, latest)
        ):
            continue
        recalled = (
            any(
                (m := _RECALLED.search(text[s:e])) is not None
                and not (m["start"] and _first_deed_told(text[s + m.end() : e]))
                for s, e in draft.sentences[:1]
            )
            # "It was the first clash since battles in Kutkai on September 28": the day is
            # of the event it is compared with (not "bombed Laiza on February 24, the first
            # strike on the town since January")
            or _FIRST_SINCE.search(text, max(0, draft.date.span[0] - 120), draft.date.span[0])
            is not None
        )
        # "In November the PDF captured Kawlin", in a report of February's strikes
        dead = any(f.kind == "killed" for _, f in draft.figures)
        vaguer = (
            draft.date.precision == 3
            and (latest - draft.date.end).days > 14
            and not dead  # a recalled massacre with its dead is still proposed (if recent)
        )
        # an event a month or more before the latest one the report tells: what led to
        # it, not its news
        long_before = (latest - draft.date.end).days > _LONG_BEFORE_DAYS and not dead
        if recalled or vaguer or long_before:
            draft.background = True


#: Words after a deed that tell it began then and what it ended in, in one clause: "(The
#: offensives) by the TNLA on the town's bases began on 27 June and ended in complete
#: capture (on 31 July)" (not "started on 27 June; on 31 July the KIA captured Bhamo").
_BEGAN_AND_ENDED: Final = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,12}?(?:began|begun|started|broke out|(?:was|were) launched)\b"
    r"[^.;]*?\b(?:ended|ending|culminat\w*|led to|leading to|until|before)\b",
    re.IGNORECASE,
)


def _began_what_ended(draft: Draft, drafts: list[Draft], text: str, latest: dt.date) -> bool:
    """Whether an event is told, in its first sentence, as what began a later event told
    in that sentence too, of the report's latest days ("The offensive began on 27 June |
    and ended in the capture of the town on 31 July")."""
    if not draft.sentences or draft.date is None or draft.trigger is None:
        return False
    first = draft.sentences[0]
    return _BEGAN_AND_ENDED.match(text, draft.trigger.span[1], first[1]) is not None and any(
        other is not draft
        and other.date is not None
        and other.date.start > draft.date.end
        and (latest - other.date.end).days <= _BACKGROUND_DAYS
        and first in other.sentences
        # (of the same place: what began there ended there)
        and other.place is not None
        and draft.place is not None
        and other.place.township_pcode == draft.place.township_pcode
        for other in drafts
    )


def mark_state_tellings(drafts: list[Draft], text: str) -> None:
    """An event placed only at a state or region ("troops raided a village in Kachin
    State on Thursday") in a report that places events of its type finer is a general
    telling of them, or a summary: left out and listed, not proposed (on real reporting
    read for development, 1 of 21 proposals placed at a state was an event a coder
    coded); its dead or hurt may go to the one finer event of its day
    (:func:`_figures_to_the_one_finer`). A speech or a visit told for a state alone
    stays."""
    placed = {
        d.event_type
        for d in drafts
        if d.place is not None and d.place.kind != "region" and left_out_why(d, text) is None
    }
    folded = _fold_undated_finer(drafts, text)
    drafts[:] = [d for d in drafts if id(d) not in folded]
    for draft in drafts:
        if draft.place is not None and draft.place.kind == "region" and draft.event_type in placed:
            draft.general = True
            _figures_to_the_one_finer(draft, drafts, text)
        elif draft.place is not None and draft.place.kind == "region":
            _to_the_one_place_of_its_day(draft, drafts, text)


def _fold_undated_finer(drafts: list[Draft], text: str) -> set[int]:
    """An event told for a state or region on a day of its own ("Dozens were killed in
    airstrikes in Kachin state on Sunday"), where the report's one event of its kind placed
    inside that state or region has no day, no figures and no words of a tally ("... the
    celebration had been held in the A Nang Pa region"), is that event: placed there, on
    its day, with it folded in. Returns the ids of the events folded in."""
    inside: dict[tuple[str | None, str], list[Draft]] = {}  # by kind and state
    for d in drafts:
        state = _state_of(d.place) if d.place is not None and d.place.kind != "region" else None
        if state is not None and left_out_why(d, text) is None:
            inside.setdefault((d.sub_event_type, state), []).append(d)
    folded: set[int] = set()
    for draft in drafts:
        region, day = draft.place, draft.date
        if (
            region is None
            or region.kind != "region"
            or day is None
            or day.precision != 1
            or not _own_date(draft)
            or left_out_why(draft, text) is not None
        ):
            continue
        there = [d for s in region.state_pcodes for d in inside.get((draft.sub_event_type, s), [])]
        if len(there) != 1:
            continue
        finer = there[0]
        first, where = finer.sentences[0], finer.place
        if (
            where is None
            or id(finer) in folded
            or finer.date is not None
            or finer.date_span is not None
            or finer.figures
            or SINCE_WORDS.search(text, *first)
            or _HABITUAL.search(text, *first)
        ):
            continue
        draft.place = where
        draft.evidence = [e for e in draft.evidence if e.field != "location"]
        draft.evidence.append(Evidence("location", *where.span, where.text))
        folded.add(id(finer))
        fold(draft, finer, "Told for its state or region on its day, and at its place without one.")
    return folded


def _state_of(place: PlaceMention) -> str | None:
    """The state or region a place finer than one lies in."""
    if place.township is not None:
        return place.township.state_pcode
    return place.place.state_pcode if place.place is not None else None


def _finer_that_day(
    draft: Draft, region: PlaceMention, day: DateMention, drafts: list[Draft], text: str
) -> list[Draft]:
    """The other events of ``day`` placed finer than ``region``, inside it."""
    return [
        d
        for d in drafts
        if d is not draft
        and d.place is not None
        and d.place.kind != "region"
        and _one_place(region, d.place)
        and d.date is not None
        and (d.date.start, d.date.end) == (day.start, day.end)
        and left_out_why(d, text) is None
    ]


def _to_the_one_place_of_its_day(draft: Draft, drafts: list[Draft], text: str) -> None:
    """An event told for a state or region on its own day ("troops massacred 11
    villagers in Sagaing region on Tuesday"), where the report tells what happened that
    day at one place of that region only ("... outside Don Taw village"), happened there."""
    region, day = draft.place, draft.date
    told = any(
        e.field == "event_date" and any(a <= e.start < b for a, b in draft.sentences)
        for e in draft.evidence
    )  # its day told in its own sentences, not carried to it
    if region is None or day is None or day.precision != 1 or not told:
        return
    places = {
        d.place.location: d.place
        for d in _finer_that_day(draft, region, day, drafts, text)
        if d.place is not None
    }
    if len(places) == 1:
        (place,) = places.values()
        draft.place = place
        draft.notes.append(
            f"Told for {region.location}; placed at {place.location}, the one place the "
            "report tells of in it that day."
        )


def _figures_to_the_one_finer(draft: Draft, drafts: list[Draft], text: str) -> None:
    """The figures a telling for a state gives ("the airstrike on a school in Sagaing
    region killed 9 people, including 4 children, on 16 September") go to the one event
    of its kind placed finer in that state on that very day ("... in Letyat village of
    Depeyin township"), for the casualties it does not count itself; not from a telling
    of one day or none, a summary, background, one still going on, or one of many
    strikes at once."""
    region, day = draft.place, draft.date
    if (
        region is None
        or day is None
        or day.precision != 1
        or not _own_date(draft)  # its day told with it, not carried to it
        or not draft.figures
        or draft.summary
        or draft.background
        or draft.ongoing
        or generic(draft, text)  # "Junta airstrikes across Sagaing Region killed 30"
    ):
        return
    finer = [
        d
        for d in _finer_that_day(draft, region, day, drafts, text)
        # (not fighting between other sides: "the RCSS and the TNLA" is not "the RCSS and
        # the SSPP")
        if d.sub_event_type == draft.sub_event_type and not other_sides(draft.actors, d.actors)
    ]
    if len(finer) != 1:
        return
    (one,) = finer
    counted = {f.kind for _, f in one.figures}
    given = [(s, f) for s, f in draft.figures if f.kind not in counted]
    if given:
        one.figures.extend(given)
        one.notes.append(
            "Its "
            + " and ".join(sorted({f.kind for _, f in given}))
            + " are told for the state or region, in a sentence left out."
        )


def mark_still_going_on(drafts: list[Draft], text: str) -> None:
    """An event told as still going on, with no day of its own ("TNLA and junta troops are
    still fighting in Namkham"), at the place of an event of its type the report dates,
    or told for the township of one, tells of that event (or of what follows it) again:
    left out and listed, not proposed dated from the first of the month (on real
    reporting read for development, 1 of 16 such proposals was an event a coder coded,
    11 the township of one found). Still going on at another place of the township
    ("strikes near Laiza go on", after a strike on a village near it) stays."""
    dated = [
        d
        for d in drafts
        if not d.ongoing
        and d.date is not None
        and d.date.precision <= 2
        and d.place is not None
        and left_out_why(d, text) is None
    ]
    for draft in drafts:
        place = draft.place
        if not draft.ongoing or place is None:
            continue
        told = draft.date_span[1] if draft.date_span is not None else None
        draft.ongoing_beside = any(
            d.event_type == draft.event_type
            # (not one dated long before what goes on: "captured the base on 2 February
            # ... There is still almost daily fighting in the town", told on 20 March)
            and (told is None or d.date is None or not long_before(d.date.end, told))
            and d.place is not None
            and (
                d.place.location == place.location
                or (place.kind == "township" and d.place.township_pcode == place.township_pcode)
            )
            for d in dated
        )


def merge_restatements(drafts: list[Draft], text: str) -> list[Draft]:
    """Drafts that tell one event again (same day, same place, same kind) made one: the
    later one's sentences, figures and actors are the first one's. An event placed at its
    township because the gazetteer lacks the village it names ("Kharlein Village in
    Hsipaw Township") is another place than a village or town of that township. A
    sentence the page repeats word for word (a headline above the body again) tells its
    event once, dated or not."""
    kept: list[Draft] = []
    told: dict[tuple[object, ...], Draft] = {}
    spaced: dict[tuple[int, int], str] = {}  # each sentence's words, read once
    for draft in drafts:
        for a, b in draft.sentences:
            if (a, b) not in spaced:
                spaced[a, b] = " ".join(text[a:b].split())
        words = tuple(spaced[span] for span in draft.sentences)
        said = (words, draft.sub_event_type, draft.place.location if draft.place else None)
        if (
            said in told
            and not set(draft.sentences) & set(told[said].sentences)  # said again, elsewhere
        ):
            fold(told[said], draft, "Told again word for word.", with_figures=False)
            continue
        told[said] = draft
        kept.append(draft)
    drafts, kept = kept, []

    def elsewhere(township: Draft, place: Draft) -> bool:
        return names_another_place(township.place, township.unknown, place.place, place.unknown)

    by_day: dict[tuple[object, ...], list[Draft]] = {}
    for draft in drafts:
        key: tuple[object, ...] | None = (
            (draft.date.start, draft.date.end, draft.sub_event_type) if draft.date else None
        )
        same = next(
            (
                k
                for k in (by_day.get(key, []) if key is not None else [])
                if k.date is not None
                and draft.date is not None
                and not (k.summary or draft.summary)
                and (k.date.start, k.date.end) == (draft.date.start, draft.date.end)
                and k.sub_event_type == draft.sub_event_type
                and k.place is not None
                and draft.place is not None
                and _one_place(k.place, draft.place)
                and not (elsewhere(k, draft) or elsewhere(draft, k))
                and not other_sides(k.actors, draft.actors)
            ),
            None,
        )
        if same is None:
            kept.append(draft)
            if key is not None:
                by_day.setdefault(key, []).append(draft)
            continue
        fold(same, draft, "Told again further on; those sentences are this event's too.")
    return kept


def fold(same: Draft, draft: Draft, note: str, *, with_figures: bool = True) -> None:
    """One event told twice made one: the finer place, and the second telling's
    sentences, figures (of one event: the largest count stands; not ``with_figures``:
    none), actors and evidence."""
    if draft.place is not None and (
        same.place is None or same.place.coarseness > draft.place.coarseness
    ):
        same.place = draft.place  # told first for the state or township, then the village
        same.evidence = [e for e in same.evidence if e.field != "location"] + [
            e for e in draft.evidence if e.field == "location"
        ]
    same.told_in(draft.sentences)
    if with_figures:
        if same.listed and not draft.listed:
            # "five were hurt in Hsenwi and Kutkai" ... "two were wounded in Hsenwi town":
            # the place's own count, not the count given for all the places
            told = {f.kind for _, f in draft.figures}
            same.figures = [(s, f) for s, f in same.figures if f.kind not in told]
        same.figures.extend(draft.figures)
    same.actors.extend(draft.actors)
    same.evidence.extend(
        e for e in draft.evidence if e.field not in ("event_date", "location", "event_type")
    )
    same.notes.append(note)
    add_beside(same, draft.beside)


def add_beside(draft: Draft, beside: list[tuple[Trigger, list[ActorMention] | None]]) -> None:
    """Kinds told beside an event (a telling folded into it, or a clause told of it again)
    are told beside it, each once."""
    kinds = {draft.sub_event_type} | {t.sub_event_type for t, _ in draft.beside}
    for trigger, actors in beside:
        if trigger.sub_event_type not in kinds:
            kinds.add(trigger.sub_event_type)
            draft.beside.append((trigger, actors))


#: Words that tell one more event: "shelled the village again", "another strike".
_ONE_MORE: Final = re.compile(r"\b(?:again|another|once more|a second|a third)\b", re.I)


def merge_undated_tellings(drafts: list[Draft], text: str) -> list[Draft]:
    """An event told without a day ("A pregnant woman was killed in an air strike in
    Yinmabin Township"), of the same kind and place as the one event the report dates
    ("... on Monday jets bombed Yin Paung Taing village"), is that event told again: made
    one with it, with a note; its figures are not added (a tally told without a day may
    count more than the event). Where several dated events could be the one it tells, it
    is the one told last before it (else the first after), unless it tells figures of its
    own, is one of a list of places, or tells one more ("again", "another"). Not a telling
    placed at a state or region only, nor a tally ("have been burned", "since")."""
    kept: list[Draft] = []
    earlier: dict[tuple[int, int], bool] = {}  # a sentence's words put it earlier (read once)

    def told_earlier(draft: Draft) -> bool:
        if not draft.sentences:
            return False
        first = draft.sentences[0]
        if first not in earlier:
            earlier[first] = EARLIER.search(text[first[0] : first[1]]) is not None
        return earlier[first]

    for draft in drafts:
        if (
            draft.date is not None
            or draft.date_span is not None
            or draft.summary
            or draft.background
            or told_earlier(draft)
        ):
            kept.append(draft)
            continue
        if draft.place is None:
            if (lead := _lead_of(draft, drafts)) is not None:
                fold(
                    lead,
                    draft,
                    "Its lead, told with neither day nor place, is this event's too.",
                    with_figures=not lead.figures,
                )
            else:
                kept.append(draft)
            continue
        if draft.place.kind == "region":  # "killed in Kachin State": no one place's
            kept.append(draft)
            continue
        told = [
            k
            for k in _dated_of_its_kind(draft, drafts)
            if k.place is not None
            and _one_place(k.place, draft.place)
            # "Jets bombed Nyaung Kone village." ... "In April, the military bombed a
            # gathering in Sagaing": a month told for a wider place is another telling
            and not (
                k.date is not None
                and k.date.precision == 3
                and k.place.coarseness > draft.place.coarseness
            )
        ]
        if not told or (
            len(told) > 1
            and (
                draft.figures
                or draft.listed
                or draft.unknown
                or any(_ONE_MORE.search(text, s, e) for s, e in draft.sentences)
            )
        ):
            # (of several, one told with figures of its own, one of a list of places, or
            # "again", may be an event of its own)
            kept.append(draft)
            continue
        # of several, the one told last before it (else the first after): "photos of the
        # village burning after the strikes", told after two dated strikes on it
        told.sort(key=lambda k: k.sentences[0])
        before = [k for k in told if k.sentences[0] <= draft.sentences[0]]
        fold(
            before[-1] if before else told[0],
            draft,
            "Told elsewhere in the report without its day; those sentences are this event's too.",
            with_figures=False,  # a tally told without a day may count more than this event
        )
    return kept


def _lead_of(draft: Draft, drafts: list[Draft]) -> Draft | None:
    """The event a lead told with neither day nor place ("Air strikes killed more than 60
    people attending a celebration, members of the group said") goes on to tell: the one
    event of its kind the report dates after it ("... at Sunday night's celebration"),
    by its own words (a lead folded into it before does not count). When the report dates
    one event only, told only as an attack ("Troops raided a village, burning villagers
    alive" ... "Tuesday's attack"), that is the lead's event, and it takes the lead's kind
    (the one side effect, made only when it is the lead's)."""
    told = _dated_of_its_kind(draft, drafts)
    retyped = False
    if not told and not told_only_as_attacked(draft):
        dated = [
            k
            for k in drafts
            if k is not draft and k.date is not None and not (k.summary or k.background)
        ]
        if len(dated) == 1 and told_only_as_attacked(dated[0]):
            told, retyped = dated, True
    # (told after the lead by its own words: a lead folded into it before does not count)
    if len(told) != 1 or _first_told(told[0]) < min(draft.sentences)[0]:
        return None
    if retyped:
        told[0].event_type, told[0].sub_event_type = draft.event_type, draft.sub_event_type
    return told[0]


def _first_told(draft: Draft) -> int:
    """Where an event's own words begin: its trigger's, or else its first sentence's."""
    return draft.trigger.span[0] if draft.trigger is not None else min(draft.sentences)[0]


def _dated_of_its_kind(draft: Draft, drafts: list[Draft]) -> list[Draft]:
    """The other events of a draft's kind that the report dates, as events of their own
    (not summaries or background): those it may tell again."""
    return [
        k
        for k in drafts
        if k is not draft
        and k.date is not None
        and not (k.summary or k.background)
        and k.sub_event_type == draft.sub_event_type
    ]


def _counted_since(date: DateMention, text: str) -> bool:
    """Whether a span of days is told as counted since its first day ("since 23 July",
    "killed since the offensive began on June 2"): what has gone on since, not a lead."""
    return told_since(date) or (
        _SINCE_BEFORE.search(text, max(0, date.span[0] - 90), date.span[0]) is not None
    )


def merge_span_tellings(drafts: list[Draft], text: str) -> list[Draft]:
    """An event told only for a span of days ("Last week troops raided villages in
    Kanbalu Township", "over the weekend", "between June 25 and 30") that holds the day
    of an event of the same kind told at its place, or at a place in it, is the lead of
    the events told by day: made one with the first of them, with a note; its figures
    are not added (a lead's tally counts the days together). Not a span counted since
    its first day ("since 14 February", a tally of what has gone on since), nor an
    activity told as still going on ("has kept bombing near Laiza"), which is more than
    the events told."""
    kept: list[Draft] = []
    for draft in drafts:
        if (
            draft.date is None  # no span told: "has kept bombing" goes on beyond its events
            or draft.date.precision < 2
            or _counted_since(draft.date, text)
            or draft.place is None
            or draft.place.kind == "region"  # a state's tally: left out as a summary
            or draft.summary
            or draft.background
        ):
            kept.append(draft)
            continue
        first, last = draft.date.start, draft.date.end
        told = next(
            (
                k
                for k in drafts
                if k is not draft
                and k.date is not None
                and k.date.precision == 1
                and first <= k.date.start <= last
                and not (k.summary or k.background)
                and k.sub_event_type == draft.sub_event_type
                and k.place is not None
                and _one_place(draft.place, k.place)
            ),
            None,
        )
        if told is None:
            kept.append(draft)
            continue
        fold(
            told,
            draft,
            "Told first for a span of days; those sentences lead to this event, told with its day.",
            with_figures=False,
        )
    return kept


#: The kinds of protest an attack or arrests fold into, the one with force first.
_PROTESTS_BY_FORCE: Final = (EXCESSIVE_FORCE, PROTEST_INTERVENTION, PEACEFUL_PROTEST)
#: Which of two events of one day and place a coder keeps as the one event, by the kind
#: of the one folded: the kinds it folds into, the first found first. A clash in which
#: ground changed hands is that. A protest and the force used on it that day there are
#: one: "Hundreds marched in Myitkyina on Sunday" ... "police fired tear gas to disperse
#: them"; "two people were shot dead Monday" ... "at anti-coup protests held in Myitkyina".
#: Houses burned in an attack are an event of their own (coders split them: on 235
#: development passages, folding them into the attack cost 10 events found and saved as
#: many wrong proposals).
_FOLDS_INTO: Final = {
    ("Battles", "Armed clash"): (
        "Non-state actor overtakes territory",
        "Government regains territory",
    ),
    ("Protests", PEACEFUL_PROTEST): (EXCESSIVE_FORCE, PROTEST_INTERVENTION),
    ("Protests", PROTEST_INTERVENTION): (EXCESSIVE_FORCE, PROTEST_INTERVENTION),
    ("Violence against civilians", "Attack"): _PROTESTS_BY_FORCE,
    ("Strategic developments", "Arrests"): _PROTESTS_BY_FORCE,
}
#: The sub-event type an event becomes by one folded into it, by the two sub-event types
#: (each names its event type): a protest where people were shot is excessive force
#: against protesters, where people were arrested one with intervention.
_FOLDED_KIND: Final = {
    (PEACEFUL_PROTEST, "Attack"): EXCESSIVE_FORCE,
    (PROTEST_INTERVENTION, "Attack"): EXCESSIVE_FORCE,
    (PEACEFUL_PROTEST, "Arrests"): PROTEST_INTERVENTION,
}


def _force_on_a_protest(draft: Draft, protest: Draft) -> bool:
    """Whether an attack or arrests can be the force used on a protest of its day and
    place: done by the state's forces or by no one named, at a protest placed by its own
    words, not by the event told before ("Protests were held in Yangon the same day": no
    protest in Bhamo, where troops shot a farmer; "KIA fighters shot dead a police
    officer": no force on the protest)."""
    # (a place carried from the event before brings no words of its own)
    return all(a.name in STATE_FORCES for a in draft.actors) and any(
        e.field == "location" for e in protest.evidence
    )


def merge_episodes(drafts: list[Draft]) -> list[Draft]:
    """An event that a coder folds into another of the same day and place (a clash into
    the seizure it ended in, a protest into the force used on it) becomes part of it, with
    a note; the one it folds into may change kind by it (:data:`_FOLDED_KIND`)."""
    gone: set[int] = set()
    # the events of each day, in the report's order (each looks only at its own day's)
    of_the_day: dict[tuple[dt.date, dt.date], list[Draft]] = {}
    for draft in drafts:
        if draft.date is not None and draft.place is not None:
            of_the_day.setdefault((draft.date.start, draft.date.end), []).append(draft)
    for draft in drafts:
        folds = _FOLDS_INTO.get((draft.event_type or "", draft.sub_event_type or ""))
        if not folds or draft.date is None or draft.place is None:
            continue
        into = min(
            (
                other
                for other in of_the_day[(draft.date.start, draft.date.end)]
                if other is not draft
                and id(other) not in gone
                and other.sub_event_type in folds
                and other.place is not None
                and (_one_place(other.place, draft.place) or _one_place(draft.place, other.place))
                # (force folds into a protest only if it was used on it)
                and (
                    other.event_type != "Protests"
                    or draft.event_type == "Protests"
                    or _force_on_a_protest(draft, other)
                )
            ),
            key=lambda other: folds.index(other.sub_event_type or ""),
            default=None,
        )
        if into is None:
            continue
        gone.add(id(draft))
        into.sub_event_type = _FOLDED_KIND.get(
            (into.sub_event_type or "", draft.sub_event_type or ""), into.sub_event_type
        )
        into.told_in(draft.sentences)
        into.figures.extend(draft.figures)
        into.actors.extend(draft.actors)
        add_beside(into, draft.beside)
        into.notes.append(
            f"The {(draft.sub_event_type or '').lower()} the report tells of on that day there "
            "is part of this event."
        )
    return [d for d in drafts if id(d) not in gone]


def _one_place(a: PlaceMention, b: PlaceMention) -> bool:
    """Whether two places can be one event's: the same place; a township and a place in
    it; a state or region and a place in it ("air strikes in Sagaing Region" ... "on Kan
    Gyi village")."""
    if "region" in (a.kind, b.kind):
        region, other = (a, b) if a.kind == "region" else (b, a)
        state = _state_of(other)
        return state is not None and state in region.state_pcodes
    if (held := a.district_holds(b)) is not None:
        return held
    if a.place is not None and b.place is not None and "township" not in (a.kind, b.kind):
        return a.place.place_id == b.place.place_id
    ta, tb = a.township_pcode, b.township_pcode
    return ta is not None and ta == tb and "township" in (a.kind, b.kind)


def _same_where(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    """Whether two events' places can be one event's (both unplaced, too)."""
    if a is None or b is None:
        return a is None and b is None
    return _one_place(a, b) or _one_place(b, a)


def split_kinds(drafts: list[Draft], text: str) -> list[Draft]:
    """One more event for each other kind told beside an event on its own day
    (``Draft.beside``), at the place and on the day the account gave it, unless the report
    tells an event of that kind there that day itself; the figures stay on the first."""
    told: dict[tuple[object, ...], list[Draft]] = {}
    for draft in drafts:
        if draft.date is not None:
            key = (draft.sub_event_type, draft.date.start, draft.date.end)
            told.setdefault(key, []).append(draft)
    out: list[Draft] = []
    split: set[tuple[int, int]] = set()  # fighting told beside a list of places, split once
    for draft in drafts:
        out.append(draft)
        if (
            not draft.beside
            or draft.date is None
            or not kinds_told_apart(draft.date)
            or left_out_why(draft, text) is not None
        ):
            continue
        for trigger, actors in draft.beside:
            key = (trigger.sub_event_type, draft.date.start, draft.date.end)
            if (
                trigger.sub_event_type == draft.sub_event_type
                or any(_same_where(other.place, draft.place) for other in told.get(key, []))
                or (draft.listed and trigger.span in split)
            ):
                # told as an event of its own already; or "jets bombed Moetar and
                # Taikkone during fighting": the fighting once, at the list's first place
                continue
            if trigger.sub_event_type == "Armed clash":
                split.add(trigger.span)
            out.append(
                replace(
                    draft,
                    trigger=trigger,
                    event_type=trigger.event_type,
                    sub_event_type=trigger.sub_event_type,
                    actors=list(draft.actors if actors is None else actors),
                    figures=[],
                    sentences=list(draft.sentences),
                    evidence=[e for e in draft.evidence if e.field != "event_type"]
                    + [Evidence("event_type", *trigger.span, trigger.text)],
                    notes=[
                        f"Told with the {draft.sub_event_type} ('{trigger.text}'): an "
                        "event of its own, of its kind, on its day and at its place (see that "
                        "event's notes for how they were read); the figures told with both "
                        "stay on the first.",
                    ],
                    unknown=list(draft.unknown),
                    beside=[],
                )
            )
    return out


#: Kinds of deed a report tells beside the event of a day, in a sentence of their own with
#: no day or place: "Junta forces also fired heavy artillery at the resistance".
_TOLD_BESIDE_KINDS: Final = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})
#: Words of a sentence that tell its deed as not done there and then: done by now or
#: going on ("has hit back", "are being bombed", "throughout the month"), not done ("could
#: not carry out airstrikes"), only threatened ("would shell the airport if"), alleged,
#: done daily or on the next day, or somewhere else ("Meanwhile in Rakhine", "across the
#: country", "some 50 km away").
_NOT_DONE_THEN: Final = re.compile(
    r"\b(?:ha(?:s|ve)|is|are|being|not|never|no|cannot|could ?n['’]?t|accus\w+|alleg\w+|"
    r"would|will|might|if|unless|threat\w*|daily|every|throughout|"
    r"next (?:morning|day|night|evening)|meanwhile|elsewhere|separately|across|nationwide|"
    r"away|\d+ ?(?:km|kilomet\w+|miles?))\b",
    re.IGNORECASE,
)
#: Words of arms taken, not fired: "took weapons and ammunition, two howitzers among them".
_SPOILS: Final = re.compile(
    r"\b(?:took|taken|seiz\w+|captur\w+|confiscat\w+|ammunition|weapons|arms)\b", re.IGNORECASE
)
#: How many sentences after an event a deed told beside it may come.
_BESIDE_SENTENCES: Final = 3


def date_strikes_told_beside(
    drafts: list[Draft], spans: Sequence[tuple[int, int]], text: str
) -> None:
    """An air strike or shelling told right after an event of another kind (the draft
    before it, within three sentences), with neither a day nor a place of its own, by
    those who did it, in the reporter's words (not a witness's quoted), is a deed of that
    day and place: "Fighting broke out near Kyaukme on 13 January ... Junta forces also
    fired heavy artillery at the resistance positions". Not when its sentence names a
    place not found, tells it as done by now, going on, not done, threatened, alleged,
    daily, on another day or elsewhere, as arms taken ("two howitzers among them"), or as
    what goes on again and again. The note says so."""
    sentence_starts = [a for a, _ in spans]
    blocked: dict[tuple[int, int], bool] = {}  # a sentence's words rule it out (read once)
    for before, draft in itertools.pairwise(drafts):
        if (
            draft.trigger is None
            or not draft.actors
            or draft.unknown
            or draft.date is not None
            or draft.date_span is not None
            or draft.place is not None
            or draft.summary
            or draft.background
            or draft.ongoing
            or draft.doing is not None
            or draft.sub_event_type not in _TOLD_BESIDE_KINDS
            or draft.sub_event_type == before.sub_event_type
            or before.summary
            or before.background
            or before.general
            or before.listed
        ):
            continue
        day, place = before.date, before.place
        if day is None or place is None or day.precision != 1:
            continue
        first = draft.sentences[0]
        told = bisect.bisect_right(sentence_starts, max(s for s, _ in before.sentences))
        own = bisect.bisect_right(sentence_starts, first[0])
        if own - told > _BESIDE_SENTENCES:
            continue
        if first not in blocked:
            sentence = text[first[0] : first[1]]
            blocked[first] = bool(
                EARLIER.search(sentence)
                or _HABITUAL.search(sentence)
                or _NOT_DONE_THEN.search(sentence)
                or _SPOILS.search(sentence)
                or days_counted(sentence) is not None
            )
        window = spans[max(0, own - _BESIDE_SENTENCES)][0]
        if (
            blocked[first]
            or generic(draft, text)
            or in_quotation(text, draft.trigger.span[0], window)
        ):
            continue
        draft.date, draft.place, draft.place_carried = day, place, True
        kind = (before.sub_event_type or "event").lower()
        draft.notes.append(
            f"No day or place of its own: told after the {kind} of {day.start:%d %B %Y} at "
            f"{place.location}, as done there that day: check."
        )
