"""What one clause of a report says: its dates, actors, places, wording of what happened,
casualty figures, and words pointing back to an event or place named before.

:func:`read_clause` reads a clause once; :class:`Clause` keeps what it found, with the
most specific place chosen once (:attr:`Clause.place`). Dates of the telling ("the TNLA
said on Wednesday") and actors who only tell ("according to the KIA") are left out.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Final

from geo.extract.casualties import CasualtyMention, find_figures, names_armed_side
from geo.extract.dates import DateMention, find_dates, precision_of_span
from geo.extract.places import (
    Context,
    PlaceMention,
    find_places,
    listed_unknown,
    measured_from,
    names_abroad,
    unknown_places,
)
from geo.extract.text import in_quotation, quotation_end
from geo.extract.wording import (
    ACCUSE_WORDS,
    DISASTERS,
    FLED_WORDS,
    NOT_A_DEED_AFTER,
    OTHER,
    POWER_SEIZED,
    SPEECH_VERBS,
    ActorMention,
    Trigger,
    being_done,
    find_actors,
    ongoing,
    read_triggers,
)
from geo.gazetteer import Gazetteer

__all__ = ["Clause", "read_clause"]

_ANAPHORA: Final = re.compile(
    # (not an infinitive: "prompting the army to shell the town" names no earlier shelling)
    r"\b(?:the|this|that|these|those|its|their|our)\s+(?:(?!to\b)[\w-]+\s+){0,2}?"
    r"(?P<noun>strikes?|attacks?|bombing|bombardment|raids?|shelling|assault|blast|explosion|"
    r"shells?|bombs?|rockets?|missiles?|mortars?|"
    r"seizures?|capture|fighting|fight|clash(?:es)?|battles?|offensive|incident|massacre|visit|speech|"
    # (not a body or a place named for a deed: "the strike committee", "the fire station")
    r"address|statement|arrests?|fire)\b" + NOT_A_DEED_AFTER,
    re.IGNORECASE,
)
_SAME_PLACE: Final = re.compile(
    r"\b(?:the|that)(?: same)? (?:base|camp|outpost|village|town|area|hill|post|position|site|"
    r"headquarters)\b|\bthe same (?:place|spot|location|ward)\b|"
    r"\bthere\b(?! (?:was|were|is|are|has|have|had|will|would|may|might)\b)",
    re.IGNORECASE,
)


#: An actor named as the one telling ("the TNLA said", "according to the KIA").
_TELLS: Final = re.compile(
    # (after its name, or any aside of up to six words, in brackets: "the Kachin
    # Independence Army (KIA) reported", "the TNLA (Ta'ang National Liberation Army) said")
    r"(?:\s*\([\w'’-]{2,30}(?: [\w'’-]{1,30}){0,5}\))?\)?"
    # (its spokesperson, maybe named: "the TNLA spokesperson Lway Yay said")
    r"(?:['’]s)?\s+(?:spokes(?:man|woman|person)(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}\s+)?"
    r"(?:said|says|told|claimed|reported|"
    r"stated|confirmed|announced|added|warned|denied)\b",
    re.IGNORECASE,
)
#: What a teller says it did itself, right after its words of telling or its name: "(the
#: KIA said on Friday) that its forces (captured ...)", "(According to the TNLA,) its
#: fighters (shelled ...)", "(the KIA said) it (captured ...)", "(the MNDAA reported that)
#: the group (had seized ...)".
_ITS_OWN: Final = re.compile(
    r"\s*,?\s*(?:that\s+)?(?:on\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?"
    r"[\w.]+(?:\s+\d{1,2})?,?\s+)?(?:that\s+)?"
    r"(?:it|they|the\s+group(?!\s+(?:of|based|in|at|near|from|that|which|who|whose)\b)|"
    r"(?:its|their)(?:\s+own)?\s+(?:forces|troops|fighters|soldiers|units|members|"
    r"men|columns?|battalions?|brigades?))\s+(?!(?:was|were|is|are|had been|has been|have been)"
    r"\b)[a-z]",
)


def _tells_own_deed(ctext: str, start: int, end: int) -> bool:
    """Whether an actor named as telling tells what it did itself ("The KIA said on
    Friday that its forces captured the base"): then it acts, not only tells."""
    told = _TELLS.match(ctext, end)
    if told is not None:
        return _ITS_OWN.match(ctext, told.end()) is not None
    return (
        _ACCORDING.search(ctext, max(0, start - 80), start) is not None
        and _ITS_OWN.match(ctext, end) is not None
    )


#: Before an actor that only tells: "according to the KIA", "according to a TNLA
#: spokeswoman", "according to a spokesman for the KIA".
_ACCORDING: Final = re.compile(
    r"\baccording to (?:(?:the|a|an) )?(?:(?:[\w'’-]+ ){0,2}?(?:spokes(?:man|woman|person)|"
    r"officials?|officers?|sources?|members?|leaders?|commanders?|representatives?|"
    r"statements?) (?:of|for|from|with) (?:the )?)?$",
    re.IGNORECASE,
)
#: Up to three words of whom something was told, before its day: "(told) AFP", "(told)
#: the media"; not "that", which opens what was told ("told AFP that early Friday the
#: strike hit"; so "told AFP that Friday", of the telling, is read as the event's day).
_WHOM: Final = r"(?: (?!that\b)\w+){0,3}"
#: A date of the telling, not of the event: "the TNLA said on Wednesday that ...", "told
#: AFP early Friday" (not a day inside what was told: "told AFP that early Friday").
_REPORTED_ON: Final = re.compile(
    rf"\b(?:said|says|told{_WHOM}|reported|announced|confirmed|claimed|stated|"
    r"acknowledged|conceded|released|published|added|explained|recounted|recalled|wrote|"
    rf"posted|noted|stressed|insisted|alleged|informed{_WHOM}|"
    r"spoke(?: to(?: \w+){1,3})?|"
    r"heard from(?: \w+){1,3}|"
    r"speaking(?: to(?: \w+){1,3})?|interviewed|contacted|reached(?: by (?:phone|telephone))?|"
    r"(?:a |an |its |their )?(?:statement|press release|interview|report|update|post|"
    r"announcement|phone call)(?: (?:issued|released|published|posted|given))?|"
    r"as of(?: \d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?)?|updated|"
    # a speech verb, then to whom: "confirmed to DVB on Thursday", "explained to the
    # media"; not "troops were posted to Mansi on Tuesday", "said to have"
    r"(?:said|says|confirmed|explained|reported|stated|announced|claimed|described|"
    r"recounted|recalled|admitted|denied|wrote|spoke|speaking|talked|talking)"
    r" (?:to|with)(?: the)? (?:(?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*){0,2}|reporters|"
    r"journalists|the media|media|the press|press))"
    r"\s+(?:(?:on|late on|early on|by|in|at)\s+)?$",
    re.IGNORECASE,
)


#: The day of an accusation, told inside it: "(Rights groups) accused the junta on
#: Thursday (of killing ...)", "blamed the KIA on Monday (for the blast)": the words before
#: the day ...
_ACCUSED_ON: Final = re.compile(
    rf"\b(?:{ACCUSE_WORDS})(?: (?!(?:that|who|whom|which)\b)\w+){{0,3}}\s+"
    r"(?:(?:on|late on|early on)\s+)?$",
    re.IGNORECASE,
)
#: ... and what the accusation is of, right after it (not "The accused soldiers on Monday
#: shot two villagers", a deed's day).
_ACCUSED_OF: Final = re.compile(r"\s+(?:of|for)\b", re.IGNORECASE)


#: Words before the day a picture was taken: "In this photo taken on March 9, 2023".
_PICTURED_ON: Final = re.compile(
    r"\b(?:(?:photo|photograph|picture|image)(?: was)? taken|pictured)(?: on| in)?\s+$",
    re.IGNORECASE,
)


#: What comes before a day that opens its clause: "On", "Late on", or nothing.
_OPENS_WITH_DAY: Final = re.compile(r"\W{0,3}(?:(?:late|early)\s+)?(?:on|by)?\s*", re.IGNORECASE)
#: A word of a teller's name: none a past tense nor a joining word.
_TELLER_WORD: Final = r"(?:(?![\w'’-]*ed\s|(?:and|or|but|while|who|as|when)\s)[\w'’-]{1,30}\s+)"
#: The press told, in the passive: "Myanmar Now was told (by residents that ...)",
#: "reporters were told" (an outlet by its name, or reporters; not residents or troops
#: told an order: "residents were told by the army that the area had been declared a
#: military zone"; nor told to do something: "Radio Free Asia was told to leave").
_TOLD_PASSIVE: Final = (
    r"(?:(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,2}|reporters|journalists|"
    r"(?:this|our|a)\s+(?:reporter|correspondent))\s+(?:was|were)\s+told\b(?!\s+to\b)"
)
#: Who told what right after that day: "residents told", "a KIA spokesman said", "an
#: official of the town told" (a teller of up to four words, maybe with whose it is,
#: none a past tense nor a joining word: not "On Monday jets bombed Mansi after
#: residents reported", "On Tuesday jets hit Mansi and residents told"; not "said to
#: have", "clashes were reported", nor an aside "On Friday, a source said, troops ..."),
#: or the press told it (:data:`_TOLD_PASSIVE`).
_TOLD_AFTER_DAY: Final = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+"
    rf"(?:{_TOLD_PASSIVE}|"
    rf"{_TELLER_WORD}{{0,4}}?(?:(?:of|for|from|in)\s+(?:the\s+)?{_TELLER_WORD}{{1,3}}?)?"
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )"
    rf"(?:{SPEECH_VERBS}|confirmed|announced|claimed|stated)\b"
    r"(?!\s+to\s+(?:have|be)\b)(?!\s*,))",
    re.IGNORECASE,
)
#: What was told, in the past perfect, in the words the telling leads to: before the
#: day it was told ("told RFA that troops had fired shells"; not "..., which they had
#: besieged since March", a clause of its own).
_HAD_DONE: Final = re.compile(
    r"[^,;]{0,200}?\bhad\s+(?:(?:also|already|just|again|[a-z]+ly)\s+)?(?:been\s+)?"
    r"[a-z]+(?:ed|en|wn|t)\b"
)


def _told_on(ctext: str, d: DateMention, dates: list[DateMention]) -> bool:
    """Whether a clause opens with the day something was told of an event before it: "On
    Tuesday residents told RFA that troops had shelled the village", "On Wednesday,
    sources told RFA that late last month, troops recaptured the camps", "On Tuesday,
    survivors told Myanmar Now that the village, hit on Monday night, ..." (not "On
    Monday, a man told SHAN that the TNLA attacked": the telling's day may be the
    event's)."""
    if not _OPENS_WITH_DAY.fullmatch(ctext, 0, d.span[0]):
        return False
    told = _TOLD_AFTER_DAY.match(ctext, d.span[1])
    return told is not None and (
        _HAD_DONE.match(ctext, told.end()) is not None
        # a day of its own, or a span wholly before the telling's day, in what was told
        # ("that late last month, troops recaptured"; not "since 1 March", up to now)
        or any(other.span[0] >= told.end() and other.end < d.start for other in dates)
    )


#: A national tally, no event's figures: "the AAPP says the military has killed 1,041
#: civilians", "as of 20 May, according to the AAPP, 1,851 people were killed", "2,519
#: killed since 1 February 2021" (the coup); not one event the AAPP is the source of
#: ("killed 12 villagers on Monday, AAPP said").
_TALLY_SOURCE: Final = re.compile(
    r"\b(?:Assistance Association for Political Prisoners|AAPP)\b"
    r"|\bsince (?:(?:1|the 1st of) )?February(?: 1)?,? 2021\b"
    # the whole war's: "The UN estimates that the conflict has killed more than 5,000"
    r"|\bthe (?:(?:civil|ongoing|country['’]s|nation['’]s) )?(?:war|conflict) (?:ha[sd]|have) "
    r"(?:\w+ly )?(?:killed|claimed)\b",
    re.IGNORECASE,
)
_TALLY_TENSE: Final = re.compile(
    r"\b(?:ha(?:s|ve|d)\s+(?:\w+ly\s+)?(?:been\s+)?(?:killed|arrested|detained)|as of)\b",
    re.IGNORECASE,
)


#: A disaster of nature told as what killed people, whose dead are no war's: "the
#: earthquake in March, which had killed nearly 3,800 people", "died in the floods".
_DISASTER: Final = re.compile(
    rf"\b(?:{DISASTERS})\b[^.;:]{{0,40}}?\b(?:killed|kills|killing|claimed|left|leaving)\b|"
    rf"\b(?:killed|died|dead|perished)\s+(?:in|by|during)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?"
    rf"(?:{DISASTERS})\b",
    re.IGNORECASE,
)


#: What joins the last of a list: "residents and the media", "the KIA or its allies".
_LIST_JOINT: Final = re.compile(r"\b(?:and|or)\b", re.IGNORECASE)


def _according_on(ctext: str, at: int, triggers: list[Trigger], start: int) -> bool:
    """Whether the day at ``at`` (in the clause) ends an "according to ..." phrase with no
    deed told in it: the day it was told."""
    low = max(0, at - 90)
    told = _ACCORDING_ON.search(ctext, low, at)
    if told is None or any(told.start() <= t.span[0] - start < at for t in triggers):
        return False
    # "According to reports, SAC armed forces went into Htan Zin on 30 November": the
    # phrase ended at its comma, and a clause of its own tells the day (not a list of
    # tellers: "according to the KIA, residents of the village and local media on Tuesday")
    comma = ctext.find(",", told.start(), at)
    return comma < 0 or _LIST_JOINT.search(ctext, comma, at) is not None


def _tally(ctext: str) -> bool:
    """Whether a clause gives a national tally (no event's figures)."""
    return _TALLY_SOURCE.search(ctext) is not None and _TALLY_TENSE.search(ctext) is not None


#: A wire dateline that opens a clause: "2021-06-28 -- At least nine ...": the page's date.
_DATELINE_AFTER: Final = re.compile(r"\s*(?:--|[–—])\s")
_HAS_YEAR: Final = re.compile(r"\b\d{4}\b")


#: "according to groups, residents and the media on Monday": the telling's day; the
#: phrase ends at a comma that begins a clause ("According to X, the August 1 strikes",
#: "According to the TNLA, on Friday jets bombed ...", "According to local sources,
#: sometime between midnight and 2am on September 7, the military raided ...").
_ACCORDING_ON: Final = re.compile(
    r"\baccording to\b"
    r"(?:[^.;:,]|,(?!\s+(?:the|a|an|this|that|these|those|it|they|he|she|we|in|on|at|"
    r"sometime|some time|between|around|early|late|shortly|just|overnight|last)\b|\s*$))"
    r"{0,80}$",
    re.IGNORECASE,
)


#: Days counted from when someone speaks: inside a quotation, that day is not known.
_SPEAKERS_DAY: Final = re.compile(
    r"(?:today|tonight|this (?:morning|afternoon|evening))", re.IGNORECASE
)


_COUP_AFTER: Final = re.compile(r"\s*(?:military\s+)?coup\b", re.IGNORECASE)
#: "the military, which seized back power in 2021", "since the coup in February 2021":
#: the coup's date, not this event's.
_COUP_BEFORE: Final = re.compile(
    rf"\b(?:coup|{POWER_SEIZED}(?:\s+in\s+a\s+(?:military\s+)?coup)?)\s+(?:(?:in|on|of)\s+)?"
    r"(?:early\s+|late\s+)?$",
    re.IGNORECASE,
)
#: "since fighting broke out on Friday", "since the resistance launched Operation 1027 on
#: October 27": the day something began, which goes on since.
_SINCE_BEGAN: Final = re.compile(
    r"\bsince\b[^.;]{0,60}\b(?:broke out|began|started|erupted|flared(?: up)?|launched|"
    r"seized|captured|took|arrived|came)\b(?:\s+[\w'’-]+){0,4}?\s+(?:on\s+)?$",
    re.IGNORECASE,
)


def _since_it_began(d: DateMention, ctext: str, published: dt.date, start: int) -> DateMention:
    """A date of the clause, placed in the whole text: "since fighting broke out on
    Friday" runs from Friday to publication."""
    span = (d.span[0] + start, d.span[1] + start)
    if d.precision == 1 and _SINCE_BEGAN.search(ctext[max(0, d.span[0] - 90) : d.span[0]]):
        return DateMention(d.start, published, precision_of_span(d.start, published), span, d.text)
    return replace(d, span=span)


#: A killing verb in the active voice with its object after it: "killed a man", "shot
#: dead two villagers" (not "were killed in", "was shot by").
_KILLED_SOMEONE: Final = re.compile(
    r"(?<!\bwere )(?<!\bwas )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )"
    r"\b(?:killed|murdered|executed|beheaded|shot dead|shot and killed)\s+"
    r"(?!(?:in|on|at|by|during|when|while|after|near|inside|outside|and|or)\b)(?=\w)",
    re.IGNORECASE,
)
#: Killers told by a pronoun as the subject of their clause, as a story goes on after
#: naming them: "(Soldiers of the column killed a man on 19 February.) On 24 February,
#: they killed a 70-year-old man" (not what was told, "villagers said they killed three
#: children", nor whom it was done to, "the bodies of two men they killed").
_THEY_KILLED: Final = re.compile(
    r"(?:^\W*|[,;]\s*|\b(?:and|then|later|also)\s+)they\s+(?:\w+ly\s+)?"
    r"(?:killed|murdered|shot)\b",
    re.IGNORECASE,
)
#: Words of telling before such a pronoun: what was told, not the story's own telling.
_TOLD_BEFORE_THEY: Final = re.compile(
    rf"\b(?:{SPEECH_VERBS}|saying|claimed|according to)\b", re.IGNORECASE
)


@dataclass
class Clause:
    """What one clause says; offsets (``span``, ``sentence``) are in the whole text."""

    text: str
    span: tuple[int, int]
    sentence: tuple[int, int]
    dates: list[DateMention]
    actors: list[ActorMention]
    places: list[PlaceMention]
    triggers: list[Trigger]
    figures: list[CasualtyMention]
    anaphora: re.Match[str] | None
    same_place: re.Match[str] | None
    ongoing: re.Match[str] | None
    #: villages, towns or camps it names that the gazetteer lacks
    unknown: tuple[str, ...] = ()
    #: names a list of villages holds beside villages found, that the gazetteer lacks
    listed_unknown: tuple[tuple[str, tuple[int, int]], ...] = ()
    #: the day it was told on ("the local man said on Tuesday"), not a day of what happened
    told_on: DateMention | None = None
    #: wording of a deed told as being done ("the army is shelling"): :func:`being_done`
    doing: re.Match[str] | None = None
    place: PlaceMention | None = field(init=False)  # the most specific, read once

    def __post_init__(self) -> None:
        self.place = _place_of(self.places, self.triggers)

    @property
    def date(self) -> DateMention | None:
        return self.dates[0] if self.dates else None

    @property
    def kills_civilians(self) -> bool:
        """Whether the clause tells civilians killed, or people of no side killed by an
        armed side it names ("soldiers killed a man in Mansi"; not "an elephant killed a
        man")."""
        killed = [f for f in self.figures if f.kind == "killed"]
        if any(f.side == "civilian" for f in killed):
            return True
        # (the clause searched for a side once, not once a figure)
        return any(f.side is None and f.noun is not None for f in killed) and (
            bool(self.actors) or names_armed_side(self.text) or self.killer_told
        )

    @property
    def killer_told(self) -> bool:
        """Whether the clause tells someone killing people, named or, as a story goes on,
        by a pronoun ("they killed a 70-year-old man", "soldiers shot dead a villager"; not
        "six bodies were found while the military occupied it")."""
        return self._pronoun_kills or (bool(self.actors) and self._kills_someone)

    # (the words are read once a clause; its actors may still be added to)
    @cached_property
    def _pronoun_kills(self) -> bool:
        """Whether a pronoun is the killer, in the clause's own telling."""
        they = _THEY_KILLED.search(self.text)
        return they is not None and _TOLD_BEFORE_THEY.search(self.text, 0, they.start()) is None

    @cached_property
    def _kills_someone(self) -> bool:
        """Whether a killing verb is told in the active voice with its object."""
        return _KILLED_SOMEONE.search(self.text) is not None


def read_clause(
    text: str,
    span: tuple[int, int],
    sentence: tuple[int, int],
    published: dt.date,
    gazetteer: Gazetteer,
    known_actors: list[str],
    context: Context | None = None,
) -> Clause:
    start, end = span
    ctext = text[start:end]
    every_date = find_dates(ctext, published=published)
    triggers, denied = read_triggers(
        ctext,
        offset=start,
        days=[d.span for d in every_date],
        one_days=[d.span for d in every_date if d.precision == 1],
    )
    telling_days = [
        d
        for d in every_date
        if _REPORTED_ON.search(ctext[max(0, d.span[0] - 30) : d.span[0]])
        # "accused the junta on Thursday of killing": the accusation's day
        or (
            _ACCUSED_ON.search(ctext, max(0, d.span[0] - 40), d.span[0]) is not None
            and _ACCUSED_OF.match(ctext, d.span[1]) is not None
        )
        # "..., according to residents and the media on Monday": when it was told (not
        # after a deed told after it: "According to KIA sources jets bombed Mansi on Monday")
        or _according_on(ctext, d.span[0], triggers, start)
        # "On Tuesday residents told RFA that ...": the day of the telling
        or _told_on(ctext, d, every_date)
    ]
    told_on = next(
        (
            replace(d, span=(d.span[0] + start, d.span[1] + start))
            for d in telling_days
            if d.precision == 1
        ),
        None,
    )
    dates = [
        _since_it_began(d, ctext, published, start)
        for d in every_date
        if d not in telling_days
        # a picture's day, not the event's: "In this photo taken on March 9, 2023, ..."
        and not _PICTURED_ON.search(ctext[max(0, d.span[0] - 40) : d.span[0]])
        # "2021-06-28 -- At least nine soldiers ...": a dateline, the page's date
        and not (
            not ctext[: d.span[0]].strip()
            and _HAS_YEAR.search(d.text)
            and _DATELINE_AFTER.match(ctext, d.span[1])
        )
        # "after the February 1 coup": the day of the coup, named, not of this event
        and not _COUP_AFTER.match(ctext, d.span[1])
        and not _COUP_BEFORE.search(ctext[max(0, d.span[0] - 60) : d.span[0]])
    ]
    # "A jet bombed the village around noon today," she said: the day she spoke, which
    # the report gives ("..., she told the media on Monday") or not (no date of its own)
    dates = [
        told
        for d in dates
        if (
            told := (
                _speakers_day(text, d, sentence[1], published)
                if _SPEAKERS_DAY.fullmatch(d.text) and in_quotation(text, d.span[0])
                else d
            )
        )
        is not None
    ]
    actors = [
        a
        for a in find_actors(ctext, offset=start)
        if _tells_own_deed(ctext, a.span[0] - start, a.span[1] - start)
        or (
            not _TELLS.match(ctext[a.span[1] - start :])
            and not _ACCORDING.search(ctext[max(0, a.span[0] - start - 80) : a.span[0] - start])
        )
    ]
    skip = tuple((a.span[0] - start, a.span[1] - start) for a in actors) + tuple(
        (d.span[0] - start, d.span[1] - start) for d in dates
    )
    known_actors.extend(a.name for a in actors)
    places = find_places(
        ctext, gazetteer, offset=start, skip=skip, actors=tuple(known_actors), context=context
    )
    places = _undone(ctext, start, places, triggers, denied)
    if not places:
        # "an envoy met with the Wa representatives on August 27 in China's Yunnan
        # Province": a meeting or a visit abroad, no event of Myanmar's (not "Back from
        # talks in Kunming, the general visited the front")
        triggers = [
            t
            for t in triggers
            if t.sub_event_type != OTHER or not names_abroad(text[t.span[1] : end])
        ]
    return Clause(
        ctext,
        span,
        sentence,
        dates,
        actors,
        places,
        triggers,
        [  # "an airstrike on March 24 killed a third": the day's number counts no one
            f
            for f in (
                []
                if _tally(ctext) or _DISASTER.search(ctext)
                else find_figures(ctext, offset=start)
            )
            if not any(
                d.span[0] < f.amount.span[1] - start and f.amount.span[0] - start < d.span[1]
                for d in every_date
            )
        ],
        _anaphora(ctext, start, triggers),
        _SAME_PLACE.search(ctext),
        ongoing(ctext),
        tuple(unknown_places(ctext, places, offset=start)),
        tuple(listed_unknown(ctext, places, offset=start)),
        told_on,
        being_done(ctext),
    )


def _speakers_day(
    text: str, day: DateMention, sentence_end: int, published: dt.date
) -> DateMention | None:
    """The day a quotation's "today" means: the day its speaker spoke, when the sentence
    says so after the quotation ("..., she told The Irrawaddy on Wednesday")."""
    close = quotation_end(text, day.span[1])
    if close is None or close >= sentence_end:
        return None
    after = text[close:sentence_end]
    for told in find_dates(after, published=published):
        if told.precision == 1 and _REPORTED_ON.search(
            after[max(0, told.span[0] - 60) : told.span[0]]
        ):
            return replace(day, start=told.start, end=told.end)
    return None


#: Words before "the fighting" that tell why or where, not what the clause is of: "No
#: one was hurt because people living near the fighting had fled".
_ASIDE_OF: Final = re.compile(
    rf"(?:\b(?P<why>because)\b(?:\s+\S+){{0,8}}?|\b(?:near|{FLED_WORDS}|avoid|avoiding))\s+$",
    re.IGNORECASE,
)
#: How far before the words pointing back a reason may begin.
_ASIDE_REACH: Final = 80


def _anaphora(ctext: str, start: int, triggers: list[Trigger]) -> re.Match[str] | None:
    """The words pointing back to an event told before ("the attack"): the one whose noun
    is a trigger read, else the first ("the armed groups fighting the regime ... for the
    attack": the attack)."""
    found = [
        m
        for m in _ANAPHORA.finditer(ctext)
        if not (
            (aside := _ASIDE_OF.search(ctext, max(0, m.start() - _ASIDE_REACH), m.start()))
            # (not "Near the headquarters the fighting goes on": near the headquarters)
            and (aside["why"] or " " not in ctext[m.start() : m.start("noun")].strip())
        )
    ]
    told = {(t.span[0] - start, t.span[1] - start) for t in triggers}
    return next((m for m in found if m.span("noun") in told), found[0] if found else None)


#: How far after the words of a deed not done its place may be: "plans to attack the
#: town of Laiza".
_UNDONE_REACH: Final = 30


def _undone(
    ctext: str,
    start: int,
    places: list[PlaceMention],
    triggers: list[Trigger],
    denied: list[tuple[int, int]],
) -> list[PlaceMention]:
    """``places``, those right after the words of a deed not done ("plans to attack
    Laiza, but jets bombed Mansi") or inside words told as what came before, where the
    clause names a place after them ("After the KIA captured Chipwi, troops shelled
    Sumprabum"; not "... jets bombed the town") marked as no place of the event."""
    if not denied:
        return places
    out = []
    for p in places:
        undone = any(
            (
                0 <= p.span[0] - end <= _UNDONE_REACH
                and not any(end <= t.span[0] < p.span[0] for t in triggers)
                and not re.search(r"[,;:.]", ctext[end - start : p.span[0] - start])
            )
            or (begin <= p.span[0] < p.span[1] <= end and any(q.span[0] >= end for q in places))
            for begin, end in denied
        )
        out.append(replace(p, undone=True) if undone else p)
    return out


def _place_of(places: list[PlaceMention], triggers: list[Trigger]) -> PlaceMention | None:
    """The most specific place: a named place or offset point, then a township, a region.

    A place an offset is measured from is not the event's; an offset right after a named
    place the gazetteer has ("at Mung Lai Hkyet village, about 3km north of the KIA
    headquarters") only describes that place.
    """
    acted = min((t.span[0] for t in triggers), default=None)
    # where shells or bombs were fired from is never where they fell
    remote = bool(triggers) and triggers[0].event_type == "Explosions/Remote violence"
    elsewhere = remote or any(not (p.origin or p.background) for p in places)
    places = [
        p
        for p in places
        # "the Command in Myitkyina shelled the area", "shells fired from the base in
        # Bhamo landed in Kan Ni": where the actor is, not the event
        if not (
            p.origin
            # "troops from Kachin State": a state is where they came from, never the event
            and ((acted is not None and p.span[1] <= acted) or elsewhere or p.kind == "region")
        )
        # an earlier event's place, someone's home, where people were taken ("sent them
        # to Ye Oo township"), a deed not done: none is where the event was
        and not (p.background or p.home or p.destination or p.undone)
        # "RFA contacted the Shan State junta spokesperson": whose office, not where, unless
        # the office holder is who the event befell ("the Hpakant administrator was shot")
        and not (
            p.office
            and (
                acted is None or any(not q.office and q.coarseness <= p.coarseness for q in places)
            )
        )
    ]
    if any(not p.refuge for p in places):
        # "took refuge in a church in Lashio town ... the battle in Mang Bang": where
        # people went, unless the report names no other place
        places = [p for p in places if not p.refuge]
    references = measured_from(places)
    named = [p for p in places if p.kind == "place" and p.span not in references]
    usable = [
        p
        for p in places
        if p.span not in references
        and not (p.kind == "relative" and any(0 <= p.span[0] - n.span[1] <= 3 for n in named))
    ]
    return min(usable, key=lambda p: (p.aside, p.coarseness, p.span), default=None)
