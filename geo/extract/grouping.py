"""Grouping the clauses of a report into draft events.

* a clause with new wording of what happened starts an event (:func:`start_event`),
  unless it is the same kind of event as the one before at a date and place that do not
  differ (:func:`continues`), or refers back to it ("the deadly strike", "the base":
  :func:`refers_to`);
* a clause with casualty figures and no new event adds them to the event before
  (:func:`add_clause`), unless it tells of civilians killed elsewhere (:func:`new_killing`).

A :class:`Draft` collects the clauses' dates, place, actors, figures and evidence;
:func:`geo.extract.coding.code_event` makes it a proposed event.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final

from geo import geodesy
from geo.extract.casualties import CasualtyMention
from geo.extract.clause import Clause
from geo.extract.dates import DateMention, names_a_month, told_since
from geo.extract.numbers import VAGUE, number_value
from geo.extract.places import PlaceMention
from geo.extract.proposal import Evidence
from geo.extract.text import DAYS_AFTER
from geo.extract.wording import (
    AIRCRAFT,
    ATTACKED_ONLY_WORDS,
    FLED_WORDS,
    GROUND_TAKEN,
    MILITARY,
    OVERTAKES,
    PASSIVE_BEFORE,
    PASSIVE_REACH_CHARS,
    POSTS,
    REGAINS,
    STATE_FORCES,
    ActorMention,
    Trigger,
    going_on_when_told,
)

__all__ = [
    "FIRED",
    "GROUND_TAKEN",
    "REFERS_BACK",
    "Draft",
    "add_clause",
    "bounds_a_span",
    "continues",
    "days_counted",
    "fill_in",
    "fired_by_aircraft",
    "goes_on_since",
    "going_on_this_month",
    "long_before",
    "names_another_place",
    "new_killing",
    "only_attacked",
    "other_sides",
    "refers_to",
    "set_in",
    "sets_the_scene",
    "start_event",
    "told_as_after",
    "told_only_as_attacked",
    "went_on_another_day",
]

#: A day counted from the event before: "the following day", "two days later".
_RELATIVE_DAYS: Final = {
    "the following day": 1,
    "the next day": 1,
    "a day later": 1,
    "one day later": 1,
    "the same day": 0,
    "that same day": 0,
    "on the same day": 0,
    "that day": 0,
    "later that day": 0,
    "earlier that day": 0,
    "later in the day": 0,
    "earlier in the day": 0,
    "that night": 0,
    "later that night": 0,
    "the same night": 0,
    "that evening": 0,
    "that afternoon": 0,
    "that morning": 0,
    "the same morning": 0,
    "the same evening": 0,
    "the next morning": 1,
    "the following morning": 1,
    "the next night": 1,
    "the following night": 1,
    "the next evening": 1,
    "the following evening": 1,
    "the day after": 1,
    "the morning after": 1,
    "a day after": 1,
    "the day before": -1,
    "the previous day": -1,
    "the night before": -1,
    "the previous night": -1,
    "the evening before": -1,
    "the previous evening": -1,
    "a day earlier": -1,
    "one day earlier": -1,
}
#: A count of days or weeks from the event told before: "two days later", "six days
#: earlier", "10 days after", "a week later", "twenty-one days later" (not a rough one:
#: "about 10 days later", "several days later").
_COUNT_WORD: Final = r"\d{1,2}|[a-z]+(?:-[a-z]+)?"
_RELATIVE_DAY: Final = re.compile(
    r"(?<!about )(?<!around )(?<!some )(?<!nearly )(?<!over )(?<!almost )\b(?P<which>"
    + "|".join(sorted(_RELATIVE_DAYS, key=len, reverse=True))
    + rf"|(?P<count>{_COUNT_WORD}) (?P<unit>days?|weeks?) (?P<way>later|after|earlier|before))\b",
    re.IGNORECASE,
)


def _days_from(match: re.Match[str]) -> int | None:
    """How many days a phrase :data:`_RELATIVE_DAY` found counts from the event before
    ("six days earlier": -6), or none when it counts nothing ("several days later")."""
    if match["count"] is None:
        return _RELATIVE_DAYS[match["which"].casefold()]
    word = match["count"].casefold()
    count = 1 if word == "a" else None if word in VAGUE else number_value(word)
    if count is None:
        return None
    days = count * (7 if match["unit"].casefold().startswith("week") else 1)
    return -days if match["way"].casefold() in ("earlier", "before") else days


#: A pronoun that stands for who acted in the event told before.
_PRONOUN: Final = re.compile(r"\b(?:it|they)\b", re.IGNORECASE)
#: A clause that opens with how many days after (or before) the event told before it
#: its own event came: "a day after it had captured the camps".
_TOLD_AFTER: Final = re.compile(DAYS_AFTER, re.IGNORECASE)
#: What "before" or "after" counts from when it is not the event told before: "two days
#: before the election", "five days after troops arrived", "a week after fleeing".
_COUNTED_FROM: Final = re.compile(
    # (not told of those of the event before: "the day before it turned on the villagers")
    r"\s+(?:(?:the|a|an|his|her|their|its|this|that)\b|\w+ing\b|"
    r"(?!(?:it|they|he|she|we)\b)"
    r"(?:[\w'’-]+\s+){1,3}?(?:\w+ed|arrived|came|left|fled|began|ran|took|went|got)\b)",
    re.IGNORECASE,
)


#: ... unless it is what the event before struck, told by a word of no kind of its own:
#: "one day before the IDP camp was hit" (not "two weeks after the town was captured by
#: the PDF", which may be another event than the one told before).
_THE_EVENT_STRUCK: Final = re.compile(
    r"\s+the\s+(?:[\w'’()-]+\s+){1,4}?(?:was|were)\s+(?:hit|struck|attacked|targeted)\b",
    re.IGNORECASE,
)


def _day_before(previous: Draft | None, last_day: DateMention | None) -> DateMention | None:
    """The day "the following day" counts from: the event told before, unless the account
    has moved on to a later day since ("On the night of August 9 troops closed in. That
    same night ..."); an earlier day named in passing ("defeated on May 5") is not it."""
    told = previous.date if previous is not None else None
    if told is None or (
        last_day is not None
        and last_day.start > told.end
        # told after that event's day ("Kokang media said it struck on December 23. Six
        # days earlier, a girl trod on a mine. That same day ...": the day of the mine)
        and last_day.span[0] > told.span[0]
    ):
        return last_day or told
    return told


@functools.lru_cache(maxsize=64)
def _relative_day(text: str) -> tuple[re.Match[str], int] | None:
    """The first phrase of ``text`` that counts days from the event told before, and the
    days it counts (asked of one clause by several rules: read once)."""
    for m in _RELATIVE_DAY.finditer(text):
        days = _days_from(m)
        if days is None:
            continue  # "several days later": no count
        if (
            m["which"].casefold().endswith(("before", "after"))
            and _COUNTED_FROM.match(text, m.end())
            and not _THE_EVENT_STRUCK.match(text, m.end())
        ):
            continue
        return m, days
    return None


#: How many days a span told by its ends may hold for a day to be counted from it: "the
#: following day" after "on February 1 and 2" is February 3.
_SPAN_COUNTED_FROM_DAYS: Final = 3


def _counted_day(
    clause: Clause, previous: Draft | None, last_day: DateMention | None
) -> tuple[DateMention, re.Match[str], dt.date] | None:
    """The day a clause counts from the event told before ("the next day", "at 7 pm on
    the same day"), with the words that count it and the day counted from (the last of a
    few days told by their ends, for a day after them); none when it counts none or has no
    day to count from (:func:`_day_before`)."""
    counted = _relative_day(clause.text)
    if counted is None:
        return None
    anchor = _day_before(previous, last_day)
    relative, days = counted
    if anchor is None or not (
        anchor.precision == 1
        # a few days told by their ends ("on February 1 and 2"): "the following day" is
        # the day after the last, "the day before" the one before the first
        or (
            anchor.ends and (anchor.end - anchor.start).days < _SPAN_COUNTED_FROM_DAYS and days != 0
        )
    ):
        return None
    counted_from = anchor.end if days > 0 else anchor.start
    start = counted_from + dt.timedelta(days=days)
    return _day_told(clause, relative, start), relative, counted_from


def days_counted(text: str) -> tuple[int, int] | None:
    """How many days after the event told before ``text`` tells its own ("seized it the
    next day": 1), and where in ``text`` that is said; none when it counts none."""
    relative = _relative_day(text)
    if relative is None:
        return None
    match, days = relative
    return days, match.start()


@dataclass
class Draft:
    """An event being grouped: what its clauses said so far, and the words they said it in."""

    trigger: Trigger | None
    event_type: str | None
    sub_event_type: str | None
    date: DateMention | None = None
    date_span: tuple[dt.date, dt.date, int] | None = None
    place: PlaceMention | None = None
    actors: list[ActorMention] = field(default_factory=list)
    figures: list[tuple[tuple[int, int], CasualtyMention]] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)  # added by told_in only
    evidence: list[Evidence] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    summary: bool = False  # told as many events at once, with no day or place of its own
    background: bool = False  # an earlier event the report recalls
    general: bool = False  # told for a whole state or region beside events placed finer
    ongoing: bool = False  # told as still going on at publication, with no day of its own
    ongoing_beside: bool = False  # ... where the report dates an event it tells
    retold: bool = False  # told again in someone's quoted words
    # the words that tell it as being done ("is shelling"), with no day of its own
    doing: Evidence | None = None
    month_so_far: str | None = None  # the note dating it, told going on, over the month so far
    place_carried: bool = False  # its place is one the report named elsewhere
    listed: bool = False  # one of several places one sentence names
    unknown: list[str] = field(default_factory=list)  # places named but not found
    # other kinds told with it that day, each with who did it (None: the event's actors)
    beside: list[tuple[Trigger, list[ActorMention] | None]] = field(default_factory=list)
    # ``sentences`` as a set, so that a deed told thousands of times over is not looked
    # for in all its sentences again at each telling (kept by :meth:`told_in`)
    _sentence_set: set[tuple[int, int]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._sentence_set = set(self.sentences)

    def told_in(self, sentences: Iterable[tuple[int, int]]) -> None:
        """Add sentences that tell this event, each once, in the order given."""
        for sentence in sentences:
            if sentence not in self._sentence_set:
                self._sentence_set.add(sentence)
                self.sentences.append(sentence)

    def tells(self, sentence: tuple[int, int]) -> bool:
        """Whether ``sentence`` is one of those that tell this event."""
        return sentence in self._sentence_set

    def deed_sentence(self) -> tuple[int, int] | None:
        """The span of the sentence that tells its deed (its trigger's), if any."""
        trigger = self.trigger
        if trigger is None:
            return None
        return next(((s, e) for s, e in self.sentences if s <= trigger.span[0] < e), None)


def only_attacked(trigger: Trigger) -> bool:
    """Whether a trigger only says that someone attacked
    (:data:`~geo.extract.wording.ATTACKED_ONLY_WORDS`): its kind is the fallback, a clash."""
    return ATTACKED_ONLY_WORDS.fullmatch(trigger.text) is not None


def told_only_as_attacked(draft: Draft) -> bool:
    """Whether a draft's only words of what happened say that someone attacked."""
    return draft.trigger is not None and only_attacked(draft.trigger)


def names_another_place(
    township: PlaceMention | None,
    unknown: Sequence[str],
    other: PlaceMention | None,
    other_unknown: Sequence[str] = (),
) -> bool:
    """Whether an event placed at ``township`` because the gazetteer lacks the village
    it names (``unknown``: "Kharlein Village in Hsipaw Township") is somewhere else than
    ``other``: a place of that township named with a name of its own (the town), or the
    township again for other villages it lacks (``other_unknown``: "struck Konlaw and
    Numlang", neither in the gazetteer)."""
    if township is None or other is None or township.kind != "township" or not unknown:
        return False
    if other.kind == "township":
        names = {_bare(n) for n in unknown}
        return bool(other_unknown) and not names & {_bare(n) for n in other_unknown}
    return any(_bare(name) != _bare(other.location) for name in unknown)


#: What a place's name may end in that names no other place: "Moetar Pagoda" is where
#: the bombs fell in Moetar.
_LANDMARK_TAIL: Final = re.compile(
    r"\s+(?:village|town|ward|pagoda|monastery|church|school|market|hospital|bridge|camp|"
    r"hill|area|tract)s?$",
    re.IGNORECASE,
)


def _bare(name: str) -> str:
    """A place's name without the landmark it ends in, folded: "Moetar Pagoda" is Moetar."""
    return _LANDMARK_TAIL.sub("", name.strip()).casefold()


#: Longest aside about the subject that is read past (characters).
_ASIDE_CHARS: Final = 150
#: An aside about the subject, closed right before the words of what happened: "(The
#: junta column), which crossed into Kanbalu on April 18, (seized Pa Zi Gyi last week)".
_ASIDE_BEFORE_DEED: Final = re.compile(
    rf",\s*(?:which|who)\b[^,;:()]{{1,{_ASIDE_CHARS}}},\s*$", re.IGNORECASE
)


def _nearest(clause: Clause, trigger: Trigger | None) -> DateMention:
    """The date phrase nearest the words of what happened ("a report released on Tuesday
    said jets bombed Mansi in October 2022": October 2022), not one inside an aside about
    the subject closed right before them, when the clause has another and the aside names
    no place ("The column, which crossed the river on Sunday, seized the village on
    Monday": Monday)."""
    dates = clause.dates
    if trigger is None:
        return dates[0]
    at = clause.span[0]
    aside = _ASIDE_BEFORE_DEED.search(clause.text, 0, trigger.span[0] - at)
    if aside is not None and not any(
        aside.start() <= p.span[0] - at < aside.end() for p in clause.places
    ):
        # (an aside that names a place is read whole, its day with its place: "The KIA
        # column, which crossed the river near Bhamo on Sunday, attacked ...")
        dates = [d for d in dates if not aside.start() <= d.span[0] - at < aside.end()] or dates
    middle = (trigger.span[0] + trigger.span[1]) / 2
    return min(dates, key=lambda d: abs((d.span[0] + d.span[1]) / 2 - middle))


#: Most characters between a deed's words and the count of days that dates it.
_COUNT_AFTER_DEED_CHARS: Final = 40
#: Words between a deed and a count of days that make the count another's.
_ANOTHER_DEED_BETWEEN: Final = re.compile(
    r"[,;:]|\b(?:and|but|where|which|who|that|when|while|having|after|before|since|"
    # ... nor a deed carried on to it ("shelled Kutkai until the next day"), nor one to come
    r"until|till|through|into|would|will)\b",
    re.I,
)


def _counted_in_clause(
    clause: Clause, date: DateMention, trigger: Trigger | None
) -> DateMention | None:
    """The day of a deed told after a day and counted from it in the same clause, its
    count right after the deed's words ("arrived in Mansi on Wednesday and shelled the
    town the following day": Thursday; "the warships that came on Monday had come under
    attack the day before": Sunday); none otherwise."""
    if trigger is None or date.precision != 1 or date.listed or date.start != date.end:
        return None
    counted = _relative_day(clause.text)
    if counted is None:
        return None
    relative, days = counted
    after = trigger.span[1] - clause.span[0]
    if (
        days == 0
        # (the deed told between the day and the count: not "on May 4 and again the next
        # morning, jets struck", one deed over two days)
        or not date.span[1] <= trigger.span[0]
        or not 0 <= relative.start() - after <= _COUNT_AFTER_DEED_CHARS
        # (nor another deed's count: "bombed it on Thursday, where a week before jets had
        # killed 200"; "torched houses on Monday, having gone into the village the day
        # before"; nor a deed carried on to it or to come: "shelled Kutkai until the next
        # day", "said it would shell Mansi the following day")
        or _ANOTHER_DEED_BETWEEN.search(clause.text, after, relative.start())
    ):
        return None
    return _day_told(clause, relative, date.start + dt.timedelta(days=days))


#: Words that carry one event on from a day to the next: "on Sunday night and Monday
#: morning", "from Monday until the troops withdrew on Wednesday", "into Tuesday", "began
#: last Thursday and ended on Sunday".
_THROUGH: Final = re.compile(
    r"(?:\s+(?:night|evening|afternoon|morning))?,?\s+(?:and(?: again)?(?: on)?|to|through|"
    r"(?:and |\w+ing )?into|(?:(?:which|that|and) )?(?:lasted|continued|went on|carried on)"
    r"(?: \w+){0,2}? (?:until|till|into|to)|(?:until|till)\b[^.;]{0,40}?(?:\s+on)?|"
    # "began last Thursday and ended on Sunday"
    r"and (?:only )?(?:ended|stopped|ceased|subsided)(?:\s+(?:on|late on|early on))?)\s+"
    r"(?:the\s+)?(?:early\s+|late\s+)?$",
    re.IGNORECASE,
)
#: Most days one event is carried through ("Monday until Wednesday").
_THROUGH_DAYS: Final = 3


def _through(clause: Clause, date: DateMention) -> DateMention:
    """The days of an event told as going on from one day into a later one in the same
    clause (a coder codes the span, not its first day alone); else ``date``."""
    if date.listed or date.precision != 1:
        return date  # "on August 2, 9 and 14": a day each (see one event per day)
    for later in clause.dates:
        if (
            later.precision == 1
            and not later.listed
            and later.span[0] >= date.span[1]
            and 0 < (later.start - date.end).days <= _THROUGH_DAYS
            and _THROUGH.fullmatch(
                clause.text, date.span[1] - clause.span[0], later.span[0] - clause.span[0]
            )
        ):
            text = clause.text[date.span[0] - clause.span[0] : later.span[1] - clause.span[0]]
            return DateMention(date.start, later.end, 1, (date.span[0], later.span[1]), text)
    return date


def _same_place(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    if a is None or b is None:
        return True
    if a.place is not None and b.place is not None and "township" not in (a.kind, b.kind):
        return a.place.place_id == b.place.place_id
    if (held := a.district_holds(b)) is not None:
        return held
    ta, tb = a.township_pcode, b.township_pcode
    if ta and tb:
        # a village next to the township named ("in Mansi Township" ... "in Janmai")
        return ta == tb or ta == b.near_township or tb == a.near_township
    return set(a.state_pcodes) & set(b.state_pcodes) != set()


#: How near a village told with a word pointing back must lie to the town an event was
#: placed at to be that event's own place ("a village near Laiza" ... "the attack on
#: Munglai Hkyet village, two miles from Laiza").
_NEAR_M: Final = 5_000


_VILLAGE_WORD: Final = re.compile(r"\bvillage$", re.IGNORECASE)
#: An event told as "near" a town, not in it: "a village near the headquarters in Laiza".
_TOLD_NEAR: Final = re.compile(
    r"\b(?:near|outside|close to|not far from|around|in the vicinity of|next to)\b[^.;]*$",
    re.IGNORECASE,
)


def _villages(clause: Clause) -> set[str]:
    """The gazetteer places (villages or towns) a clause names as where, not as the
    reference of a distance ("two miles from Laiza") or as where someone came from."""
    references = {p.reference for p in clause.places if p.reference is not None}
    return {
        p.location
        for p in clause.places
        if p.kind == "place" and p.span not in references and not p.elsewhere
    }


def _near_town(town: PlaceMention | None, village: PlaceMention | None) -> bool:
    """Whether a village lies within :data:`_NEAR_M` of a town an event was placed at."""
    if (
        town is None
        or village is None
        or town.place is None
        or village.place is None
        or _VILLAGE_WORD.search(town.text)
        or town.place.kind not in ("town", "curated")
        or not (village.place.kind == "village" or _VILLAGE_WORD.search(village.text))
    ):
        return False
    lon1, lat1, lon2, lat2 = town.longitude, town.latitude, village.longitude, village.latitude
    if lon1 is None or lat1 is None or lon2 is None or lat2 is None:
        return False
    return float(geodesy.distance_m(lon1, lat1, lon2, lat2)) <= _NEAR_M


def _same_date(a: DateMention | None, b: DateMention | None) -> bool:
    return a is None or b is None or (a.start, a.end) == (b.start, b.end)


def _its_first_day(span: DateMention | None, clause: Clause) -> bool:
    """Whether a clause tells, as a day of its own, the first day of a span told before as
    going on since it: "has been shelling Laiza since Thursday" ... "shells killed three
    civilians on Thursday" (not of a span told otherwise: "between August 18 and 30",
    "this week"; not a day told as where something began)."""
    day = clause.date
    return (
        span is not None
        and day is not None
        and span.text.casefold().startswith("since")
        and span.precision > 1
        and day.precision == 1
        and day.start == span.start
        and day.end < span.end
        and not _ends_a_span(clause, day)
    )


def _within(a: DateMention | None, b: DateMention | None) -> bool:
    """Whether two dates can be one event's: the same, or a day inside the other's span
    ("last month" ... "on Sunday, January 7")."""
    if a is None or b is None or (a.start, a.end) == (b.start, b.end):
        return True
    wide, day = (a, b) if a.precision > b.precision else (b, a)
    return wide.precision > 1 and wide.start <= day.start and day.end <= wide.end


def _month_so_far(published: dt.date) -> tuple[dt.date, dt.date, int]:
    """The span an activity going on is dated over: the publication month so far."""
    return published.replace(day=1), published, 3 if published.day > 7 else 2


def going_on_this_month(draft: Draft, words: Evidence, published: dt.date) -> None:
    """Date an event told as going on (in ``words``), with no date of its own, over the
    month so far, as a coder codes an activity going on; the note says so."""
    _going_on(draft, words)
    draft.date_span = _month_so_far(published)
    draft.month_so_far = (
        "The text gives no date for an activity it tells as going on "
        f"('{words.text}'): dated from the first of the month to publication."
    )
    draft.notes.append(draft.month_so_far)


def _going_on_when_told(draft: Draft, words: Evidence, told: DateMention) -> None:
    """Date an event told as going on (in ``words``) as someone spoke, on the day they
    spoke ("The battle is still going on," the man said on Tuesday)."""
    _going_on(draft, words)
    draft.date_span = (told.start, told.end, 1)
    draft.notes.append(
        f"Told as still going on ('{words.text}') with no date of its own: dated "
        f"{told.start:%d %B %Y}, the day it was told ('{told.text}')."
    )


def _going_on(draft: Draft, words: Evidence) -> None:
    """Mark an event as told going on, its words the evidence of its date."""
    draft.ongoing = True
    draft.evidence.append(words)


#: How far after wording of a deed being done its trigger may come: "is conducting
#: daily airstrikes".
_DOING_REACH: Final = 25


def _doing_it(clause: Clause, doing: re.Match[str], trigger: Trigger) -> bool:
    """Whether wording of a deed being done is the event's own ("the army is shelling
    Mansi", "clashes have escalated", "is conducting daily airstrikes"), not of another
    deed the clause tells ("troops torched Kani and are attacking Wawang")."""
    start, end = trigger.span[0] - clause.span[0], trigger.span[1] - clause.span[0]
    return (
        doing.start() <= start <= doing.end() + _DOING_REACH or doing.start() < end <= doing.end()
    )


def _evidence(clause: Clause, name: str, match: re.Match[str]) -> Evidence:
    """The words of a match within a clause, as the evidence of a field."""
    start = clause.span[0] + match.start()
    return Evidence(name, start, start + len(match.group(0)), match.group(0))


def _day_told(clause: Clause, words: re.Match[str], day: dt.date) -> DateMention:
    """One day, told by words of a clause that count it ("the following day")."""
    told = _evidence(clause, "event_date", words)
    return DateMention(day, day, 1, (told.start, told.end), told.text)


_STRUCK: Final = re.compile(r"struck|strikes?|hit", re.IGNORECASE)
_AIR_WORDS: Final = re.compile(
    r"\b(?:jets?|aircraft|warplanes?|planes?|helicopters?|drones?|air|aerial|bombs?|bombed)\b",
    re.IGNORECASE,
)


_ARMED_GROUP: Final = re.compile(
    r"\b(?:militias?|militiamen|fighters|rebels|resistance|guerrillas?)\b", re.IGNORECASE
)


#: What an aircraft fires or drops, told as shelling words: "missiles", "mortar shells"
#: (as well as a gun's: what was fired, not who fired it from where).
FIRED: Final = re.compile(r"\b(?:missiles?|rockets?|mortars?|shells?|bombs?)\b", re.I)


#: What stands between an aircraft and what it fired, as their subject: "a junta fighter
#: jet fired", "drones dropped" (not "jets bombed the town while troops fired").
_FIRE_VERB: Final = r"(?:fired|dropped|launched|shot|released|rained)"
_AIRCRAFT_FIRED: Final = re.compile(
    rf"\s+(?:(?:also|then|again|later|reportedly)\s+)?(?:{_FIRE_VERB}\s+(?:[\w'’-]+\s+){{0,2}}?)?|"
    # "a drone-dropped shell"
    rf"-{_FIRE_VERB}\s+(?:[\w'’-]+\s+){{0,2}}?",
    re.IGNORECASE,
)
_FIRES: Final = re.compile(rf"{_FIRE_VERB}\b", re.IGNORECASE)


_AIRCRAFT_WORD: Final = re.compile(rf"\b(?:{AIRCRAFT.pattern})\b", AIRCRAFT.flags)
#: How far before what was fired its aircraft may be named.
_AIRCRAFT_BEFORE: Final = 60


def fired_by_aircraft(clause: Clause, trigger: Trigger) -> bool:
    """Whether shelling words tell what an aircraft named as their subject fired or
    dropped ("a junta drone dropped mortar shells on the town", "a jet fired missiles"):
    an air or drone strike, not shelling beside it."""
    if (
        trigger.sub_event_type != "Shelling/artillery/missile attack"
        or FIRED.search(trigger.text) is None
    ):
        return False
    at = trigger.span[0] - clause.span[0]
    named = list(_AIRCRAFT_WORD.finditer(clause.text, max(0, at - _AIRCRAFT_BEFORE), at))
    if not named:
        return False
    last = named[-1]
    gap = _AIRCRAFT_FIRED.fullmatch(clause.text, last.end(), at)
    return gap is not None and bool(_FIRES.search(gap.group(0)) or _FIRES.match(trigger.text))


#: Gunfire as what struck: "struck by bullets", "by a stray bullet", "by small arms fire".
_BY_GUNFIRE: Final = re.compile(
    r"\s+by\s+(?:an?\s+)?(?:stray\s+)?(?:bullets?|gunfire|gunshots?|rounds|"
    r"small[- ]arms(?:\s+fire)?)\b",
    re.IGNORECASE,
)
#: Troops or their posts struck at, right after "struck": "struck at junta forces", "at a
#: junta-held outpost".
_AT_TROOPS: Final = re.compile(
    r"\s+at\s+(?:(?:the|a|an|its|their|two|three|four|several|\d+)\s+)?"
    r"(?:(?:junta|regime|military|army|government|enemy)(?:-held|['’]s)?\s+)?"
    rf"(?:forces|troops|soldiers|columns?|{POSTS})\b",
    re.IGNORECASE,
)


def _ground_strike(clause: Clause, trigger: Trigger) -> bool:
    """Whether "struck" tells an armed group's attack on the ground ("the militias struck
    as the troops moved"), not a strike from the air: no aircraft or bomb is named, and a
    non-state actor acts, or what struck was gunfire ("vehicles were struck by bullets")."""
    if not _STRUCK.fullmatch(trigger.text) or _AIR_WORDS.search(clause.text):
        return False
    if _BY_GUNFIRE.match(clause.text, trigger.span[1] - clause.span[0]):
        return True
    before = [a for a in clause.actors if a.span[1] <= trigger.span[0]]
    if before:
        return before[-1].name != MILITARY
    return (
        _ARMED_GROUP.search(clause.text[: trigger.span[0] - clause.span[0]]) is not None
        # "the group struck at junta forces based at a university": troops on the ground
        or _AT_TROOPS.match(clause.text, trigger.span[1] - clause.span[0]) is not None
    )


#: A verb told in the passive just before a trigger: "a base was seized".
_PASSIVE_BEFORE: Final = re.compile(PASSIVE_BEFORE, re.I)
#: Who took ground, told after the words of taking: "seized by the TNLA", "fell to the KIA",
#: "fell into the hands of the military".
_TAKER_AFTER: Final = re.compile(r"\s*(?:by|to|hands of|control of)\s+(?:the\s+)?$", re.I)
#: Words before an actor that make it no subject: "from the Burma Army", "resisting the
#: military government".
_NO_SUBJECT_BEFORE: Final = re.compile(
    r"\b(?:from|against|resisting|opposing|fighting|with|of|by|at|on|targeting|attacking|"
    r"to)\s+(?:the\s+)?(?:Myanmar['’]s\s+)?$",
    re.IGNORECASE,
)


def _taker(clause: Clause, trigger: Trigger) -> str | None:
    """Who took ground: the actor after "seized by", "fell to" or "came under the control
    of", or inside "came under KIA control", else the actor told right before the words of
    taking as their subject ("the regime seized a TNLA camp"; not "the regime's base",
    "groups opposing the military government captured")."""
    at = clause.span[0]
    start, end = trigger.span
    if trigger.text.startswith("came"):
        # "came under KIA control", "came under the control of the TNLA": whose control
        inside = [a for a in clause.actors if start <= a.span[0] and a.span[1] <= end]
        if inside:
            return inside[0].name
    if _PASSIVE_BEFORE.search(
        clause.text[max(0, start - at - PASSIVE_REACH_CHARS) : start - at]
    ) or (trigger.text.startswith(("fell", "came"))):
        after = [
            a
            for a in clause.actors
            if end <= a.span[0] <= end + 25
            # from the words' start: "fell to" holds its own "to"
            and _TAKER_AFTER.search(clause.text[start - at : a.span[0] - at])
        ]
        return after[0].name if after else None
    before = [a for a in clause.actors if a.span[1] <= start]
    if not before:
        return None
    actor = before[-1]
    between = clause.text[actor.span[1] - at : start - at]
    if aside := _ASIDE_BEFORE_DEED.search(between):
        between = between[: aside.start()] + " "  # "The junta column, which crossed ..., seized"
    if (
        len(between) > _SUBJECT_GAP
        or _NOT_SUBJECT_GAP.search(between)
        or _NO_SUBJECT_BEFORE.search(
            clause.text[max(0, actor.span[0] - at - 30) : actor.span[0] - at]
        )
    ):
        return None
    return actor.name


#: Most characters between a subject and its verb: "Junta troops most recently stormed".
_SUBJECT_GAP: Final = 30
#: What between an actor and the words of taking makes the actor no subject of them.
_NOT_SUBJECT_GAP: Final = re.compile(r"['’]s?\b|[,;:(]|\b(?:who|which|that|and|to)\b", re.I)


def told_as_after(clause: Clause) -> re.Match[str] | None:
    """The words that open a clause told as coming some days after (or before) the event
    told just before it: "(took Alaw Bum on March 25,) a day after it had captured the
    camps", cut from the clause before (:func:`geo.extract.text.clauses`); not "Two days
    after the ceasefire, fighting broke out", which opens its sentence."""
    return _TOLD_AFTER.match(clause.text) if clause.span[0] > clause.sentence[0] else None


def start_event(
    clause: Clause,
    trigger: Trigger | None,
    previous: Draft | None,
    published: dt.date,
    last_day: DateMention | None = None,
) -> Draft:
    """A new event from a clause, told with ``trigger`` (its wording of what happened);
    without a date of its own it may take one counted from ``previous`` ("the next day")
    or, for an activity still going on, the publication month so far."""
    draft = Draft(
        trigger,
        trigger.event_type if trigger else None,
        trigger.sub_event_type if trigger else None,
    )
    if trigger is not None and _ground_strike(clause, trigger):
        draft.event_type, draft.sub_event_type = "Battles", "Armed clash"
    if trigger is not None and fired_by_aircraft(clause, trigger):
        draft.event_type, draft.sub_event_type = "Explosions/Remote violence", "Air/drone strike"
    if (
        trigger is not None
        and trigger.sub_event_type in GROUND_TAKEN
        and (taker := _taker(clause, trigger)) is not None
    ):
        draft.sub_event_type = REGAINS if taker in STATE_FORCES else OVERTAKES
    if trigger:
        draft.evidence.append(Evidence("event_type", *trigger.span, trigger.text))
    if clause.dates:
        draft.date = _through(clause, _nearest(clause, trigger))
        if (in_clause := _counted_in_clause(clause, draft.date, trigger)) is not None:
            draft.date = in_clause
            draft.notes.append(
                f"'{in_clause.text}' counted from the day told before it in its clause."
            )
    elif told_after := told_as_after(clause):
        # the day told before it in its sentence ("came to his clinic on January 20, the
        # morning after ..."), else the event before's
        anchor = (
            last_day
            if last_day is not None and clause.sentence[0] <= last_day.span[0] < clause.span[0]
            else _day_before(previous, last_day)
        )
        if (
            trigger is None
            or trigger.span[0] - clause.span[0] < told_after.end()
            or anchor is None
            or anchor.precision != 1
            # "(shelled Laiza on Wednesday,) the day after the KIA attacked one of its
            # camps": what it came after, unless told at a place of its own ("the morning
            # after the massacre occurred in Homalin Township")
            or (told_after["days"] is None and clause.place is None)
        ):
            # "(fighting broke out) a day after military leaders met the group", with no
            # day to count from: what the event came after, not an event to code
            draft.background = True
        else:
            # "(took Alaw Bum on March 25,) a day after it had captured the camps": the event
            # told after "after" came that many days before the one told first
            days = (number_value(told_after["days"]) if told_after["days"] else 1) or 1
            days *= -1 if told_after["which"].casefold() == "after" else 1
            day = anchor.start + dt.timedelta(days=days)
            draft.date = _day_told(clause, told_after, day)
            draft.notes.append(
                f"'{told_after.group(0).strip()}' the day told before it, "
                f"{anchor.start:%d %B %Y}: dated {day:%d %B %Y}."
            )
            doer = _PRONOUN.search(clause.text, told_after.end(), trigger.span[0] - clause.span[0])
            if doer and not clause.actors and previous is not None and previous.actors:
                # "the KIA seized the camp on Sunday, a day after it had captured two
                # posts": "it" is who acted before
                draft.actors.extend(previous.actors)
                draft.notes.append(
                    f"'{doer.group(0)}' read as who acted in the event told before it."
                )
    elif (counted := _counted_day(clause, previous, last_day)) is not None:
        draft.date, relative, counted_from = counted
        draft.notes.append(
            f"'{relative.group(0)}' counted from {counted_from:%d %B %Y}, the day told before."
        )
        if clause.place is None and previous is not None and previous.place is not None:
            draft.place = previous.place
            draft.notes.append(
                f"No place named: taken to be {previous.place.location}, where the event "
                "before happened."
            )
    elif clause.ongoing:
        words = _evidence(clause, "event_date", clause.ongoing)
        told = clause.told_on
        if going_on_when_told(clause.ongoing) and told is not None:
            _going_on_when_told(draft, words, told)
        else:
            # "the regime has kept conducting air strikes", "clashes are continuing near
            # Momauk": over the month so far, as a coder codes an activity going on
            going_on_this_month(draft, words, published)
    elif (
        clause.doing is not None
        and trigger is not None
        and _doing_it(clause, clause.doing, trigger)
    ):
        words = _evidence(clause, "event_date", clause.doing)
        if clause.told_on is not None:
            # "The army is shelling Mansi, a resident said on Tuesday": that day
            _going_on_when_told(draft, words, clause.told_on)
        else:
            # "the army is shelling KIA positions": going on this month, unless the
            # account gives it a day (:func:`~geo.extract.account.date_what_is_being_done`)
            draft.doing = words
    place = clause.place or draft.place
    home = _home_of_those_who_fled(clause) if place is None else None
    if home is not None:
        place, area = home
        draft.evidence.append(_evidence(clause, "location", area))
        draft.notes.append(
            f"'{area.group(0)}' read as {place.location}, where the people the sentence "
            "tells of fled from."
        )
    elif (
        place is None and clause.same_place and previous is not None and previous.place is not None
    ):
        place = previous.place
        draft.evidence.append(_evidence(clause, "location", clause.same_place))
        draft.notes.append(
            f"'{clause.same_place.group(0)}' read as {place.location}, named before."
        )
    draft.place = place
    add_clause(draft, clause, with_place=place is not None and place in clause.places)
    return draft


#: Words of a place that are its people's home: "the area", "the village"; the kinds of
#: place each can stand for.
_HOME_AREA: Final = re.compile(r"(?:the|that) (?P<word>area|village|town)", re.IGNORECASE)
_HOME_KINDS: Final = {"area": None, "village": ("village",), "town": ("town",)}
#: Words right before "the area" that make it where people went or stay, not what was
#: done to: "fled to the area", "sheltering in the area".
_PLACE_WENT_TO: Final = re.compile(
    r"\b(?:to|into|in|at|near|towards?|around|within|inside|from|of)\s+$", re.IGNORECASE
)
#: Words of people fleeing or being forced from their homes.
_FLED: Final = re.compile(rf"\b(?:{FLED_WORDS}|displaced|evacuated)\b", re.IGNORECASE)


def _home_of_those_who_fled(clause: Clause) -> tuple[PlaceMention, re.Match[str]] | None:
    """The one home place the clause names of people who fled, before "the area" told as
    what a deed was done to ("civilians from Khin-U Township fled their homes after two
    columns entered the area"), and the words: where the deed was, not the place named
    in the sentence before. Not where people went or stay ("fled to the area",
    "sheltering in the area"), and "the village" or "the town" only for a home of that
    kind."""
    words = clause.same_place
    match = _HOME_AREA.fullmatch(words.group(0)) if words is not None else None
    if words is None or match is None:
        return None
    if _PLACE_WENT_TO.search(clause.text, 0, words.start()):
        return None
    at = clause.span[0] + words.start()
    homes = [p for p in clause.places if p.home and p.kind != "region" and p.span[1] <= at]
    if len(homes) != 1:
        return None
    home = homes[0]
    kinds = _HOME_KINDS[match["word"].casefold()]
    kind = home.place.kind if home.place is not None else home.kind
    if kinds is not None and kind not in kinds:
        return None
    told_from = home.span[1] - clause.span[0]
    if not _FLED.search(clause.text, told_from, words.start()):
        return None  # "a displaced woman from Lashio said soldiers raided the area"
    return home, words


def _figures_of(draft: Draft, clause: Clause) -> list[CasualtyMention]:
    """The clause's figures that are the event's: where a clause tells two days ("bombed
    on Monday, near where a concert was bombed last October and 60 were killed"), a
    figure told next to the other day is that day's."""
    days = {(d.start, d.end) for d in clause.dates}
    if draft.date is None or len(days) < 2:
        return list(clause.figures)
    ours = (draft.date.start, draft.date.end)
    if ours not in days:
        return list(clause.figures)  # the event's day is not one the clause tells

    def day_of(figure: CasualtyMention) -> tuple[dt.date, dt.date]:
        middle = (figure.amount.span[0] + figure.amount.span[1]) / 2
        d = min(clause.dates, key=lambda d: abs((d.span[0] + d.span[1]) / 2 - middle))
        return d.start, d.end

    return [f for f in clause.figures if day_of(f) == ours]


def add_clause(
    draft: Draft,
    clause: Clause,
    *,
    with_place: bool = True,
    with_date: bool = True,
    nearer: bool = False,
) -> None:
    """Add what a clause says to an event: its sentence, a first date (unless
    ``with_date`` is false: the clause's dates are of something else), a more precise
    place, actors and figures (``with_place``: the place's words are evidence; ``nearer``:
    the clause points back to the event, so a village near the town it was placed at is
    its own place)."""
    draft.told_in([clause.sentence])
    if with_date and draft.date is None and draft.date_span is None and clause.dates:
        draft.date = clause.dates[0]
    elif with_date and draft.month_so_far is not None and _narrows_going_on(draft, clause):
        # "The battle in Sai Taung is still intense ..." "Jets attacked the township by
        # air on September 24th": what was told going on, on its day
        draft.notes.remove(draft.month_so_far)
        draft.month_so_far, draft.ongoing = None, False
        draft.date, draft.date_span = clause.dates[0], None
        draft.evidence = [e for e in draft.evidence if e.field != "event_date"]
    elif (
        with_date
        and draft.date is not None
        and clause.dates
        and clause.dates[0].precision < draft.date.precision
        and _within(draft.date, clause.dates[0])
        # not the day it began or peaked: "The strikes, which began on January 3, ..."
        # (but the day what is told as going on since a month began: "clashes have
        # increased since August" ... "fighting began in the area on Aug. 3")
        and (
            not _ends_a_span(clause, clause.dates[0])
            or _began_what_goes_on(clause, draft.date, clause.dates[0])
        )
    ):  # "Airstrikes killed 17 last month." "The attacks, on Sunday, January 7, ...": that day
        draft.date = clause.dates[0]
        draft.evidence = [e for e in draft.evidence if e.field != "event_date"]
    found = clause.place
    if draft.place is None:
        # (not states told of an event of a day, by words of no day of its own: "Since
        # then the junta has intensified its air attacks across northern Shan and Rakhine
        # states", after "Battalion 23 saw repeated airstrikes on Wednesday")
        if not _told_across_states(clause, draft):
            draft.place = found
    elif (
        found is not None
        and draft.place.coarseness > found.coarseness
        and _same_place(draft.place, found)
    ) or (nearer and _near_town(draft.place, found)):
        # "in Momauk Township" ... "The strike hit Hpun Lum Yang village": more precise
        # (and, told with a word pointing back, "a village near Laiza" ... "the attack on
        # Munglai Hkyet village, two miles from Laiza")
        draft.place = found
        draft.evidence = [e for e in draft.evidence if e.field != "location"]
    if draft.date is not None and not any(e.field == "event_date" for e in draft.evidence):
        draft.evidence.append(Evidence("event_date", *draft.date.span, draft.date.text))
    if (
        with_place
        and draft.place is not None
        and not any(e.field == "location" for e in draft.evidence)
    ):
        draft.evidence.append(Evidence("location", *draft.place.span, draft.place.text))
    draft.actors.extend(clause.actors)
    draft.figures.extend((clause.sentence, figure) for figure in _figures_of(draft, clause))
    draft.unknown.extend(n for n in clause.unknown if n not in draft.unknown)


#: Words of a deed told over states, not at one: "across", "throughout", "parts of",
#: "nationwide", "states".
_ACROSS_STATES: Final = re.compile(
    r"\b(?:across|throughout|all over|nationwide|parts of)\b|\b(?:states|regions)\b",
    re.IGNORECASE,
)


def _told_across_states(clause: Clause, draft: Draft) -> bool:
    """Whether a clause with no day of its own tells its deed across states, not where an
    event of a day was ("Since then the junta has intensified its air attacks across
    northern Shan and Rakhine states", after "Battalion 23 saw repeated airstrikes on
    Wednesday"): no place for that event, which is placed at the town named before (not
    "The strikes hit a village in Kachin State": the event's state)."""
    found = clause.place
    return (
        found is not None
        and found.kind == "region"
        and draft.date is not None
        and draft.date.precision == 1
        and not clause.dates
        and _ACROSS_STATES.search(clause.text) is not None
    )


def fill_in(draft: Draft, clause: Clause) -> None:
    """Give an event the day or the place it lacks from a clause that tells no event of
    its own, only where or when ("It was hit a little before midnight on Monday")."""
    draft.told_in([clause.sentence])
    if (
        clause.place is not None
        and not draft.unknown  # it names a village not found: this place is another
        and (
            draft.place is None
            or (
                draft.place.coarseness > clause.place.coarseness
                and _same_place(draft.place, clause.place)
            )
        )
    ):
        draft.place = clause.place
        draft.evidence = [e for e in draft.evidence if e.field != "location"]
        draft.evidence.append(Evidence("location", *clause.place.span, clause.place.text))
    days = [d for d in clause.dates if d.precision == 1]
    if draft.date is None and draft.date_span is None and days:
        draft.date = days[0]
        draft.evidence.append(Evidence("event_date", *days[0].span, days[0].text))
    draft.actors.extend(clause.actors)


#: Words of publishing before a day, which is when it was published, no scene's day:
#: "published by MoeMaKa on May 13, 2025".
_PUBLISHED_BEFORE: Final = re.compile(
    r"\b(?:published|posted|updated|released|issued)\b[^.;:]*$", re.IGNORECASE
)
#: How far before a day the words of publishing are sought.
_PUBLISHED_REACH: Final = 50
#: Words that put a deed at a time other than a day told before it: "weeks earlier",
#: "two years ago", "later", "had bombed", "has also seized".
_ANOTHER_TIME: Final = re.compile(
    r"\b(?:earlier|ago|later|previously|afterwards|subsequently|since|"
    r"had (?:already |also )?(?:been|\w+ed)|(?:has|have) (?:also |already |now )?\w+ed)\b",
    re.IGNORECASE,
)


def sets_the_scene(clause: Clause) -> bool:
    """Whether a clause tells only when, before what happened then is told: no deed, no
    figure, but a day ("On 5 May, a farmer was walking to his field near Mansi") or a day
    counted from the event before ("At 7 pm on the same day, a man was riding home"); not
    a heading ("...:") nor a day of publishing ("published by MoeMaKa on May 13, 2025").
    (A day told with someone's telling, "On Monday, residents said they were afraid", is
    kept: on the tuning passages the deed told next was more often of that day.)"""
    if clause.triggers or clause.figures or clause.text.rstrip().endswith(":"):
        return False
    days = [d for d in clause.dates if d.precision == 1]
    if days:
        day = days[0].span[0] - clause.span[0]
    elif not clause.dates and (counted := _relative_day(clause.text)) is not None:
        day = counted[0].start()
    else:
        return False
    return _PUBLISHED_BEFORE.search(clause.text, max(0, day - _PUBLISHED_REACH), day) is None


def set_in(
    draft: Draft,
    clause: Clause,
    scene: Clause,
    previous: Draft | None,
    last_day: DateMention | None,
) -> None:
    """Give an event told with no day of its own (in ``clause``) the day of the clause
    told right before it that set its scene (:func:`sets_the_scene`): its own, or one
    counted from the event told before ("At 7:10 pm on the same day, Ko Min was riding
    home near Thein Inn. A roadside bomb exploded as he passed."); not when the event's
    words put it at another time ("Weeks earlier, the military had bombed the town",
    "Soldiers later raided", "The KIA has also seized")."""
    if (
        draft.date is not None
        or draft.date_span is not None
        or _ANOTHER_TIME.search(clause.text) is not None
    ):
        return
    days = [d for d in scene.dates if d.precision == 1]
    if days:
        day = days[0]
    elif (counted := _counted_day(scene, previous, last_day)) is not None:
        day = counted[0]
    else:
        return
    draft.date = day
    draft.evidence.append(Evidence("event_date", *day.span, day.text))
    draft.notes.append(
        f"No date of its own: dated {day.start:%d %B %Y} from the words right before it, "
        f"which set its scene ('{day.text}')."
    )


_REFERS: Final = {
    "Explosions/Remote violence": (
        "strike bombing bombardment raid shelling blast explosion attack assault fire shell "
        "bomb rocket missile mortar"
    ),
    "Battles": "seizure capture fighting clash battle offensive attack assault",
    "Strategic developments": "visit speech address statement arrest",
    "Violence against civilians": "attack assault massacre incident",
}


def new_killing(clause: Clause, previous: Draft) -> bool:
    """A clause with no wording of what happened that still tells of another event:
    civilians killed at a place other than the event before's, or killed by those it
    tells on a later day of their own ("(Soldiers killed a man on 19 February.) On 24
    February, they killed a 70-year-old man")."""
    if not clause.kills_civilians:
        return False
    if clause.place is not None and not _same_place(previous.place, clause.place):
        return True
    days = [d for d in clause.dates if d.precision == 1]
    return (
        bool(days)
        and previous.date is not None
        and days[0].start > previous.date.end  # the story goes on, not back
        and clause.killer_told
    )


#: Words that make a day one end or the peak of a span: "began on January 3".
#: Words of a start: "began", "started".
_BEGAN_WORDS: Final = r"began|begun|begin|begins|started|starting|beginning"
_SPAN_DAY_BEFORE: Final = re.compile(
    rf"\b(?:{_BEGAN_WORDS}|from|since|peaked|until|till|through|lasted)\b[^.;]{{0,40}}$",
    re.IGNORECASE,
)
#: Of :data:`_SPAN_DAY_BEFORE`, the words of a start alone: "began on", "started in".
_BEGAN_DAY_BEFORE: Final = re.compile(rf"\b(?:{_BEGAN_WORDS})\b[^.;]{{0,40}}$", re.IGNORECASE)


#: Words that tell a day as when something going on opened, grew or peaked, or a count
#: of what it did so far: "The fighting broke out on May 3", "the airstrikes, which first
#: hit the town on May 6, have killed 15", "the heaviest fighting was on May 5".
_OPENED_OR_PEAKED: Final = re.compile(
    r"\b(?:broke out|erupted|launched|began|begun|started|first|since|intensified|"
    r"escalated|heaviest|fiercest|worst|ha(?:s|ve))\b",
    re.IGNORECASE,
)


def _narrows_going_on(draft: Draft, clause: Clause) -> bool:
    """Whether a clause tells, on a day of the month so far, the event told before it as
    going on (dated over the month so far): that day is its day; not a day it opened,
    grew or peaked on (:data:`_OPENED_OR_PEAKED`, :func:`_ends_a_span`). A span of up
    to a week told from a day to publication ("has been clashing with regime troops
    since 3 July", precision 2) is its days too."""
    if draft.date is not None or draft.date_span is None or not clause.dates:
        return False
    day = clause.dates[0]
    if day.precision == 2 and day.end == draft.date_span[1] and told_since(day):
        return True
    return (
        day.precision == 1
        and draft.date_span[0] <= day.start <= draft.date_span[1]
        and not _ends_a_span(clause, day)
        and _OPENED_OR_PEAKED.search(clause.text) is None
    )


def _said_before_day(clause: Clause, date: DateMention, words: re.Pattern[str], reach: int) -> bool:
    """Whether ``words`` end right before a day of the clause, begun at most ``reach``
    characters before it."""
    at = date.span[0] - clause.span[0]
    return words.search(clause.text[max(0, at - reach) : at]) is not None


#: How far before its day the words of :data:`_SPAN_DAY_BEFORE` may begin.
_SPAN_DAY_REACH: Final = 50


def _ends_a_span(clause: Clause, date: DateMention) -> bool:
    """Whether a clause tells a day as one end or the peak of a span ("which began on
    January 3", "since the offensive was launched on June 2"), not a day of its own."""
    return _said_before_day(clause, date, _SPAN_DAY_BEFORE, _SPAN_DAY_REACH)


def _began_what_goes_on(clause: Clause, since: DateMention, day: DateMention) -> bool:
    """Whether a clause tells the day on which what is told as going on since a month
    ("since August") began: told as a start ("began on Aug. 3"), a day of that month.
    The month names when it began, so the day is that start told more closely; a month so
    far, told with no start of its own, is not dated by the day something began
    (:func:`_narrows_going_on`)."""
    return (
        told_since(since)
        and names_a_month(since)
        and (day.start.year, day.start.month) == (since.start.year, since.start.month)
        and _said_before_day(clause, day, _BEGAN_DAY_BEFORE, _SPAN_DAY_REACH)
    )


#: A day told as a bound of a span the clause names, not as its deed's day: when
#: something began, in a clause of its own ("(an offensive) that began on", "(the
#: operation,) which was launched on"), or the last day of a span from an earlier start
#: ("from the start of the operation up to today"); not "From 6 am on March 7, jets
#: bombed ...", "Fighting broke out on March 7 in ...", "shelled Kani until late on March 7".
_BOUNDS_A_SPAN: Final = re.compile(
    r"\b(?:that|which)\s+(?:[\w'’-]+\s+){0,2}?(?:began|begun|started|was launched|were "
    r"launched|launched|broke out|erupted|kicked off)\s+(?:on\s+)?$|"
    r"\bfrom\b[^.;]{0,80}?\b(?:up )?(?:to|until|till)\s+$",
    re.IGNORECASE,
)
#: How far before its day the words of :data:`_BOUNDS_A_SPAN` may begin.
_BOUNDS_REACH: Final = 120


def bounds_a_span(clause: Clause, date: DateMention) -> bool:
    """Whether a day of the clause's own is told as a bound of a span it names, not as a
    day of its deed (:data:`_BOUNDS_A_SPAN`): "attacks of an offensive that began on March
    7 have hit ...", "from the start of the operation up to today, 47 were hurt in ..."."""
    return clause.span[0] <= date.span[0] < clause.span[1] and _said_before_day(
        clause, date, _BOUNDS_A_SPAN, _BOUNDS_REACH
    )


#: How many events back "the strike" may point: the events told last.
REFERS_BACK: Final = 20
_NEWEST: Final = re.compile(r"\b(?:new|newest|latest|recent|fresh|second|renewed)\b", re.I)


#: An attack told with its target, an armed side's post: "the attack on the base".
_ON_A_POST: Final = re.compile(
    rf"\s+on\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{POSTS})\b", re.IGNORECASE
)


#: Words of reference that may name an event of any kind: "the bombing" after shelling.
_OF_ANY_KIND: Final = re.compile(
    r"(?:bomb\w*|attacks?|strikes?|assaults?|bombardments?|raids?)", re.IGNORECASE
)


#: Verbs of a deed going on (or again): "continued", "went on", "resumed", "raged".
_GO_ON_VERBS: Final = (
    r"went on|goes on|going on|continued|continues|continuing|raged|rages|raging|resumed|"
    r"resumes|persisted|persists|carried on|dragged on|kept up|flared up again|"
    r"(?:was|were) repeated|(?:started|began|broke out|flared up) again"
)
#: Words right after the words pointing back to a deed that tell it went on then: "(the
#: fighting) went on", "(the battle) still rages", "(the clashes) were still going on"
#: (not what it went on doing, "(the attack) continued to draw condemnation", nor a state
#: it was still in, "(the attack) was still unclaimed").
_GOING_ON_THEN: Final = re.compile(
    r"\s+(?:(?:had|has|have|was|were|is|are)\s+)?(?:still\s+|also\s+|again\s+)?"
    rf"(?:{_GO_ON_VERBS})\b(?!\s+to\s)",
    re.IGNORECASE,
)
#: Words that tell that the deed pointed back to went on, up to a day counted after them:
#: "(The attacks) continued (the next day)", "(the shelling) resumed two days later" (not
#: "The clash went on until 1am the following day": the same event, into that day).
_WENT_ON_TO_A_DAY: Final = re.compile(
    rf"\s+(?:(?:also|then)\s+)?(?:{_GO_ON_VERBS})\b"
    r"(?:(?!\b(?:until|till|into|through|to)\b)[^.;])*$",
    re.IGNORECASE,
)
#: Words before a deed that tell it as what another ended in: "(the offensive ...) ended
#: in (the capture of the last camp on 22 April)": its day is the deed's.
_ENDED_IN: Final = re.compile(
    r"\b(?:(?:ended|ending|culminated|culminating|resulted|resulting)\s+in|led\s+to)\s+$",
    re.IGNORECASE,
)
#: What may open a clause before the words pointing back to the deed that went on: "(The
#: attacks ...)", "And then (the shelling ...)", "On Thursday, (the fighting ...)" (not
#: "Investigations into (the attacks) continued").
_OPENS_WITH_IT: Final = re.compile(
    r"\s*(?:(?:and|but|then|so|later|meanwhile|on\s+\w+|the\s+next\s+day|that\s+night)\b"
    r"[\s,]*)*$",
    re.IGNORECASE,
)


def went_on_another_day(clause: Clause) -> bool:
    """Whether a clause tells that the deed it refers back to went on, on a day counted
    from it ("The attacks continued the next day"; not "Two villagers hurt in the attack
    died the next day")."""
    if clause.anaphora is None:
        return False
    counted = _relative_day(clause.text)
    return (
        counted is not None
        and counted[1] > 0
        and _OPENS_WITH_IT.match(clause.text, 0, clause.anaphora.start()) is not None
        and _WENT_ON_TO_A_DAY.match(clause.text, clause.anaphora.end(), counted[0].start())
        is not None
    )


def _day_of_the_deed(clause: Clause, anaphora: re.Match[str]) -> bool:
    """Whether the day of a clause whose only words of a deed point back to one is the
    deed's, not that of news about it: told as going on then ("On Thursday the fighting
    went on at the camp"), or as what another deed ended in ("ended in the capture of the
    last camp on 22 April")."""
    return (
        _GOING_ON_THEN.match(clause.text, anaphora.end()) is not None
        or _ENDED_IN.search(clause.text, 0, anaphora.start()) is not None
    )


def refers_to(clause: Clause, drafts: list[Draft], text: str = "") -> Draft | None:
    """The event a clause refers back to ("the deadly strike"), if its when and where agree;
    with the report's ``text``, also an event told "near" a town, whose village the clause
    names ("a village near Laiza" ... "the attack on Mung Lai Hkyet, two miles away")."""
    if clause.anaphora is None:
        return None
    counted = _relative_day(clause.text)
    if (
        counted is not None
        and counted[1] != 0
        and not clause.text[: counted[0].start()].strip(" ,")
    ):
        return None  # "Two days later our attack on a junta camp killed 7": another day's
    if went_on_another_day(clause):
        return None  # "The attacks continued the next day": the deed again, on its own day
    noun = clause.anaphora["noun"].casefold()
    date, place = clause.date, clause.place
    start = clause.span[0] + clause.anaphora.start()
    end = clause.span[0] + clause.anaphora.end()
    if all(start <= t.span[0] and t.span[1] <= end for t in clause.triggers) and not (
        _day_of_the_deed(clause, clause.anaphora)
    ):
        date = None  # only "the strike" says what happened: a date is of news about it
    # a toll since a day holds many events: not one event's wider telling
    agree = _same_date if date is not None and _ends_a_span(clause, date) else _within
    candidates = [
        draft
        for draft in reversed(drafts[-REFERS_BACK:])
        if any(noun.startswith(w) for w in _REFERS.get(draft.event_type or "", "").split())
        and agree(draft.date, date)
        # (a day of the clause's own before the event's is no news of it: "The offensive
        # ... was halted in January", after a base seized on July 27)
        and not (
            clause.date is not None
            and draft.date is not None
            and clause.date.end < draft.date.start
        )
        and (
            _same_place(draft.place, place)
            # one village of its own, near the town the event was placed at
            or (
                len(_villages(clause)) == 1
                and draft.place is not None
                and _TOLD_NEAR.search(text, max(0, draft.place.span[0] - 80), draft.place.span[0])
                is not None
                and _near_town(draft.place, place)
            )
        )
        and not draft.summary
    ]
    named = {
        t.sub_event_type
        for t in clause.triggers
        if start <= t.span[0] and t.span[1] <= end and not only_attacked(t)
    }
    if any(draft.sub_event_type in named for draft in candidates):
        # "No one was hurt in the shelling", after shelling and an air strike: the shelling
        candidates = [draft for draft in candidates if draft.sub_event_type in named]
    elif (
        any(
            start <= t.span[0] and t.span[1] <= end and not _OF_ANY_KIND.fullmatch(t.text)
            for t in clause.triggers
        )
        # (the clause's own day: "date" above is left out of the matching when only the
        # words of reference tell what happened)
        and clause.date is not None
        and clause.date.precision == 1
    ):
        # "the artillery shell ... on 21 December", after air strikes told from 18 to 22
        # December: an incident of its own kind and day, not the span's strikes told again
        # (not "the bombing", "the attack", which may tell again an event of any kind)
        candidates = [d for d in candidates if d.date is None or d.date.start == d.date.end]
    doers = {a.name for a in clause.actors if start <= a.span[0] and a.span[1] <= end}
    if any(doers & {a.name for a in draft.actors} for draft in candidates):
        # "killed in the KIA attack": the event the KIA was in
        candidates = [d for d in candidates if doers & {a.name for a in d.actors}]
    if _ON_A_POST.match(clause.text, clause.anaphora.end()) and any(
        draft.event_type == "Battles" for draft in candidates
    ):
        # "killed in the attack on the base": the fighting, not an air strike told after it
        candidates = [draft for draft in candidates if draft.event_type == "Battles"]
    if _NEWEST.search(clause.anaphora.group(0)) and candidates:
        # "the new bombing": the latest of them, not an older one recalled since
        return max(candidates, key=lambda d: d.date.start if d.date else dt.date.min)
    return candidates[0] if candidates else None


#: Words that tell of another event than the one told before.
_ANOTHER: Final = re.compile(
    r"\b(?:another|other|also|again|second|third|more|further|separate(?:ly)?|earlier|"
    r"later|meanwhile|elsewhere|next|as well|too)\b",
    re.IGNORECASE,
)


def _coarser(place: PlaceMention | None, than: PlaceMention | None) -> bool:
    """Whether a place is told more coarsely than another: a region, a township or a
    town than a village (or a smaller place) in it."""

    def breadth(p: PlaceMention) -> int:
        town = p.place is not None and p.place.kind == "town"
        return 2 * p.coarseness + (1 if p.kind == "place" and town else 0)

    return place is not None and than is not None and breadth(place) > breadth(than)


def goes_on_since(previous: Draft, clause: Clause, published: dt.date) -> bool:
    """Whether a clause tells as going on now, with no day of its own, what the event
    before began on a day before this month: the activity of the month so far, which a
    coder codes apart ("launched an offensive on Bhamo on 4 December. There is still
    almost daily fighting in the town", told in March)."""
    return (
        clause.ongoing is not None
        and going_on_when_told(clause.ongoing)
        and not clause.dates
        and clause.told_on is None
        and previous.date is not None
        and long_before(previous.date.end, published)
    )


#: Days before publication from which an event of an earlier month is not what a report
#: tells as still going on (fighting on 28 February, still going on on 2 March, is one).
_GONE_ON_DAYS: Final = 14


def long_before(day: dt.date, published: dt.date) -> bool:
    """Whether an event's day lies before the month an activity told as going on is dated
    over, and well before publication: what goes on now is coded apart from it."""
    return day < _month_so_far(published)[0] and (published - day).days >= _GONE_ON_DAYS


def other_sides(a: Sequence[ActorMention], b: Sequence[ActorMention]) -> bool:
    """Whether two tellings each name both sides, and not the same ones: fighting between
    the RCSS and the TNLA is not that between the RCSS and the SSPP, whatever the day and
    the place (a restatement that names one side only, or the same two, may be one)."""
    # A draft told again and again gathers a mention per telling: the shorter telling's names
    # are gathered whole, and the longer scanned only until they all turn up in it, so a
    # page of restatements is not read over again for each (the answer is the same both
    # ways round).
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    sides_short = {m.name for m in short}
    if len(sides_short) < 2:
        return False
    unseen = set(sides_short)
    sides_long: set[str] = set()
    for m in long:
        sides_long.add(m.name)
        unseen.discard(m.name)
        if not unseen:
            return False  # the shorter's sides are among the longer's
    return len(sides_long) >= 2 and not sides_long <= sides_short


def continues(previous: Draft, clause: Clause, trigger: Trigger, published: dt.date) -> bool:
    """Whether a clause tells more of the event before: same kind, and the same when or
    where (or a word pointing back), with nothing that differs."""
    if (previous.event_type, previous.sub_event_type) != (
        trigger.event_type,
        trigger.sub_event_type,
    ):
        return False
    if goes_on_since(previous, clause, published):
        return False
    date, place = clause.date, clause.place
    if not (
        (_same_date(previous.date, date) or _its_first_day(previous.date, clause))
        and _same_place(previous.place, place)
    ):
        return False
    counted = _relative_day(clause.text)
    if counted is not None and counted[1] != 0:
        return False  # "Two days earlier, the KIA fought near Samar": another day's
    if other_sides(previous.actors, clause.actors):
        return False  # "On the same day, fighting between the RCSS and the SSPP ..."
    if names_another_place(place, clause.unknown, previous.place):
        return False  # "on Kharlein Village in Hsipaw Township": not the town told before
    if (
        place is None
        and clause.unknown
        and previous.place is not None
        and previous.place.kind == "place"
        and all(_bare(u) != _bare(previous.place.location) for u in clause.unknown)
    ):
        # "Later, Wei Lung Camp was also captured", after Nyaung Pyin: a place of its own
        # the gazetteer lacks, not the place told before
        return False
    if (
        previous.date is None
        and date is not None
        and len({p.location for p in clause.places if p.kind == "place"}) >= 2
    ):
        # "Earlier, on 25 March, airstrikes had hit Semulay, Sethaung and Mang Weing":
        # a day and villages of its own, not the day of the strike on Semulay told before
        return False
    shared_date = date is not None and previous.date is not None
    shared_place = place is not None and previous.place is not None
    if (
        previous.date is None
        and date is not None
        and shared_place
        and _coarser(place, previous.place)
        and clause.same_place is None
    ):
        # "Jets bombed Nyaung Kone village." ... "In April, the military bombed a
        # gathering in Sagaing": a day and a wider place of their own, another event
        return False
    # "came under attack on Oct 1." ... "The militias struck as troops moved from Nawng
    # Mi": the where of the event told just before, which had none
    fills = previous.place is None and place is not None and date is None
    # "A jet fighter targeted a compound where mourners prayed": told with neither a day nor
    # a place of its own, nor a word of another, more of the event just told
    more = (
        date is None
        and place is None
        and (
            previous.tells(clause.sentence)
            or 0 <= clause.sentence[0] - max(e for _, e in previous.sentences) <= 2
        )
        and not clause.places
        and not clause.unknown
        and not _ANOTHER.search(clause.text)
    )
    return shared_date or shared_place or fills or more or clause.same_place is not None
