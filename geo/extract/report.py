"""From a report's text to proposed events, each field tied to the words it came from.

:func:`extract` splits the report into sentences and clauses, reads each one for what
happened (:mod:`~geo.extract.wording`), when (:mod:`~geo.extract.dates`), where
(:mod:`~geo.extract.places`) and with what casualties (:mod:`~geo.extract.casualties`),
and groups the clauses that tell of one event into one :class:`ProposedEvent`:

* a clause with new wording of what happened starts an event, unless it is the same
  kind of event as the one before at a date and place that do not differ, or refers
  back to it ("the deadly strike", "the base");
* a clause with casualty figures and no new event adds them to the event before;
* an event is proposed only if the text gives it a date or a place: "the KIA has
  been fighting the regime" is not something to map. Those left out are listed in
  the proposal's messages.

Nothing is invented: a field the text does not give stays empty, and the analyst
decides. The only inferences are stated in each event's notes (an activity "still
going on" dated from the first of the publication month; a township's town as its
point).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Final, cast

from geo.extract.casualties import Figure, find_figures
from geo.extract.dates import DateMention, find_dates
from geo.extract.places import PlaceMention, find_places
from geo.extract.text import clauses, masked, sentences, shorten
from geo.extract.wording import (
    CIVILIANS,
    MILITARY,
    ActorMention,
    Trigger,
    find_actors,
    find_triggers,
    ongoing,
)
from geo.gazetteer import Gazetteer

__all__ = [
    "CASUALTY_FIELDS",
    "FIELDS",
    "MAX_CHARS",
    "Evidence",
    "Proposal",
    "ProposedEvent",
    "extract",
    "sentences",
]

#: Longest text read; the rest is left out, with a message.
MAX_CHARS: Final = 400_000
CASUALTY_FIELDS: Final = (
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "injured",
    "children_killed",
    "civilian_fatalities",
)
#: The fields of a proposed event, in the order of ``python -m geo extract --json``
#: (then ``evidence`` and ``notes``).
FIELDS: Final = (
    "event_date",
    "event_date_end",
    "date_precision",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "township",
    "township_pcode",
    "district",
    "district_pcode",
    "state",
    "state_pcode",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    *CASUALTY_FIELDS,
)
_ADMIN: Final = ("township", "township_pcode", "district", "district_pcode", "state", "state_pcode")

_ANAPHORA: Final = re.compile(
    r"\b(?:the|this|that|these|those|its|their)\s+(?:\w+\s+)?"
    r"(?P<noun>strikes?|attacks?|bombing|bombardment|raids?|shelling|assault|blast|explosion|"
    r"seizures?|capture|fighting|clash(?:es)?|battles?|offensive|incident|massacre|visit|speech|"
    r"address|statement|arrests?|fire)\b",
    re.IGNORECASE,
)
_SAME_PLACE: Final = re.compile(
    r"\b(?:the|that) (?:base|camp|outpost|village|town|area|hill|post|position|site|"
    r"headquarters)\b|\bthere\b",
    re.IGNORECASE,
)
_CIVILIAN_TARGET: Final = re.compile(
    r"\b(?:civilians?|IDPs?|displaced|refugees?|schools?|church(?:es)?|"
    r"monaster(?:y|ies)|hospitals?|clinics?|markets?|concerts?|homes?|houses?|villages?|"
    r"wedding|funeral|worshippers|passengers)\b",
    re.IGNORECASE,
)
_AIRCRAFT: Final = re.compile(
    r"\b(?:jets?|warplanes?|aircraft|helicopters?|gunships?|air ?strikes?|air raids?|aerial)\b",
    re.IGNORECASE,
)
#: A day counted from the event before: "the following day", "two days later".
_RELATIVE_DAYS: Final = {
    "the following day": 1,
    "the next day": 1,
    "a day later": 1,
    "one day later": 1,
    "two days later": 2,
    "three days later": 3,
    "the same day": 0,
    "that day": 0,
    "the day before": -1,
    "the previous day": -1,
}
_RELATIVE_DAY: Final = re.compile(
    r"\b(?P<which>" + "|".join(_RELATIVE_DAYS) + r")\b", re.IGNORECASE
)
#: An actor named as the one telling ("the TNLA said", "according to the KIA").
_TELLS: Final = re.compile(
    r"(?:['’]s)?\s+(?:spokes(?:man|woman|person)\s+)?(?:said|says|told|claimed|reported|"
    r"stated|confirmed|announced|added|warned|denied)\b",
    re.IGNORECASE,
)
_ACCORDING: Final = re.compile(r"\baccording to (?:the )?$", re.IGNORECASE)
#: A date of the telling, not of the event: "the TNLA said on Wednesday that ...".
_REPORTED_ON: Final = re.compile(
    r"\b(?:said|says|told \w+|reported|announced|confirmed|claimed|stated|acknowledged|"
    r"conceded|released|published|added)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_LATIN: Final = re.compile(r"[A-Za-z]")
_LETTER: Final = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Evidence:
    """The words a field came from: the field's name, its offsets in the text, the words."""

    field: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class ProposedEvent:
    """One event the report describes, as proposed for the analyst to correct."""

    event_date: dt.date | None
    event_date_end: dt.date | None
    date_precision: int | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    township: str | None
    township_pcode: str | None
    district: str | None
    district_pcode: str | None
    state: str | None
    state_pcode: str | None
    event_type: str | None
    sub_event_type: str | None
    actor1: str | None
    actor2: str | None
    fatalities_low: int | None
    fatalities_best: int | None
    fatalities_high: int | None
    injured: int | None
    children_killed: int | None
    civilian_fatalities: int | None
    sentences: tuple[tuple[int, int], ...]
    evidence: tuple[Evidence, ...]
    figures: tuple[Figure, ...] = ()
    notes: tuple[str, ...] = ()

    def to_dict(self, text: str) -> dict[str, Any]:
        """The JSON contract of ``python -m geo extract``; ``text`` is the report."""
        out: dict[str, Any] = {name: getattr(self, name) for name in FIELDS}
        for name in ("event_date", "event_date_end"):
            if out[name] is not None:
                out[name] = out[name].isoformat()
        out["evidence"] = [
            {
                "start": start,
                "end": end,
                "text": text[start:end],
                "fields": [
                    {**e.to_dict(), "text": text[e.start : e.end]}
                    for e in self.evidence
                    if start <= e.start < end
                ],
            }
            for start, end in self.sentences
        ]
        out["casualties"] = [  # each figure apart: sides, "including" breakdowns
            {
                "kind": f.kind,
                "side": f.side,
                "children": f.children,
                "part_of_previous": f.part_of_previous,
                "low": f.amount.low,
                "best": f.amount.best,
                "high": f.amount.high,
                "start": f.amount.span[0],
                "end": f.amount.span[1],
                "text": f.amount.text,
            }
            for f in self.figures
        ]
        out["notes"] = list(self.notes)
        return out


@dataclass(frozen=True)
class Proposal:
    """What :func:`extract` proposes: the events, and messages about what it left out."""

    events: tuple[ProposedEvent, ...]
    messages: tuple[str, ...]

    def to_dicts(self, text: str) -> list[dict[str, Any]]:
        return [event.to_dict(text) for event in self.events]


@dataclass
class _Clause:
    text: str
    span: tuple[int, int]
    sentence: tuple[int, int]
    dates: list[DateMention]
    actors: list[ActorMention]
    places: list[PlaceMention]
    triggers: list[Trigger]
    figures: list[Figure]
    anaphora: re.Match[str] | None
    same_place: re.Match[str] | None
    ongoing: re.Match[str] | None
    place: PlaceMention | None = field(init=False)  # the most specific, read once

    def __post_init__(self) -> None:
        self.place = _place_of(self.places)

    @property
    def date(self) -> DateMention | None:
        return self.dates[0] if self.dates else None

    @property
    def kills_civilians(self) -> bool:
        return any(f.kind == "killed" and f.side == "civilian" for f in self.figures)


@dataclass
class _Draft:
    trigger: Trigger | None
    event_type: str | None
    sub_event_type: str | None
    date: DateMention | None = None
    date_span: tuple[dt.date, dt.date, int] | None = None
    place: PlaceMention | None = None
    actors: list[ActorMention] = field(default_factory=list)
    figures: list[tuple[tuple[int, int], Figure]] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _read(
    text: str,
    span: tuple[int, int],
    sentence: tuple[int, int],
    published: dt.date,
    gazetteer: Gazetteer,
    known_actors: list[str],
) -> _Clause:
    start, end = span
    ctext = text[start:end]
    dates = [
        DateMention(d.start, d.end, d.precision, (d.span[0] + start, d.span[1] + start), d.text)
        for d in find_dates(ctext, published=published)
        if not _REPORTED_ON.search(ctext[max(0, d.span[0] - 30) : d.span[0]])
    ]
    actors = [
        a
        for a in find_actors(ctext, offset=start)
        if not _TELLS.match(ctext[a.span[1] - start :])
        and not _ACCORDING.search(ctext[max(0, a.span[0] - start - 20) : a.span[0] - start])
    ]
    skip = tuple((a.span[0] - start, a.span[1] - start) for a in actors) + tuple(
        (d.span[0] - start, d.span[1] - start) for d in dates
    )
    known_actors.extend(a.name for a in actors)
    places = find_places(ctext, gazetteer, offset=start, skip=skip, actors=tuple(known_actors))
    return _Clause(
        ctext,
        span,
        sentence,
        dates,
        actors,
        places,
        find_triggers(ctext, offset=start),
        find_figures(ctext, offset=start),
        _ANAPHORA.search(ctext),
        _SAME_PLACE.search(ctext),
        ongoing(ctext),
    )


def _nearest(dates: list[DateMention], trigger: Trigger | None) -> DateMention:
    """The date phrase nearest the words of what happened ("a report released on Tuesday
    said jets bombed Mansi in October 2022": October 2022)."""
    if trigger is None:
        return dates[0]
    middle = (trigger.span[0] + trigger.span[1]) / 2
    return min(dates, key=lambda d: abs((d.span[0] + d.span[1]) / 2 - middle))


def _place_of(places: list[PlaceMention]) -> PlaceMention | None:
    """The most specific place: a named place or offset point, then a township, a region.

    A place an offset is measured from is not the event's; an offset right after a named
    place the gazetteer has ("at Mung Lai Hkyet village, about 3km north of the KIA
    headquarters") only describes that place.
    """
    references = {p.reference for p in places if p.kind == "relative"}
    named = [p for p in places if p.kind == "place" and p.span not in references]
    usable = [
        p
        for p in places
        if p.span not in references
        and not (p.kind == "relative" and any(0 <= p.span[0] - n.span[1] <= 3 for n in named))
    ]
    order = {"place": 0, "relative": 0, "township": 1, "region": 2}
    return min(usable, key=lambda p: (order[p.kind], p.span), default=None)


def _same_place(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    if a is None or b is None:
        return True
    if a.place is not None and b.place is not None and "township" not in (a.kind, b.kind):
        return a.place.place_id == b.place.place_id
    ta = a.township.pcode if a.township else a.place.township_pcode if a.place else None
    tb = b.township.pcode if b.township else b.place.township_pcode if b.place else None
    if ta and tb:
        return ta == tb
    return set(a.state_pcodes) & set(b.state_pcodes) != set()


def _same_date(a: DateMention | None, b: DateMention | None) -> bool:
    return a is None or b is None or (a.start, a.end) == (b.start, b.end)


def _month_so_far(published: dt.date) -> tuple[dt.date, dt.date, int]:
    return published.replace(day=1), published, 3 if published.day > 7 else 2


def _evidence(clause: _Clause, name: str, match: re.Match[str]) -> Evidence:
    """The words of a match within a clause, as the evidence of a field."""
    start = clause.span[0] + match.start()
    return Evidence(name, start, start + len(match.group(0)), match.group(0))


def _start(
    clause: _Clause, trigger: Trigger | None, previous: _Draft | None, published: dt.date
) -> _Draft:
    draft = _Draft(
        trigger,
        trigger.event_type if trigger else None,
        trigger.sub_event_type if trigger else None,
    )
    if trigger:
        draft.evidence.append(Evidence("event_type", *trigger.span, trigger.text))
    if clause.dates:
        draft.date = _nearest(clause.dates, trigger)
    elif (
        (relative := _RELATIVE_DAY.search(clause.text))
        and previous
        and previous.date
        and previous.date.precision == 1
    ):
        days = _RELATIVE_DAYS[relative["which"].casefold()]
        day = previous.date.start + dt.timedelta(days=days)
        words = _evidence(clause, "event_date", relative)
        draft.date = DateMention(day, day, 1, (words.start, words.end), words.text)
        draft.notes.append(
            f"'{relative.group(0)}' counted from {previous.date.start:%d %B %Y}, the event before."
        )
    elif clause.ongoing:
        draft.date_span = _month_so_far(published)
        draft.evidence.append(_evidence(clause, "event_date", clause.ongoing))
        draft.notes.append(
            "The text gives no date for an activity still going on at publication "
            f"('{clause.ongoing.group(0)}'): dated from the first of the month to publication."
        )
    place = clause.place
    if place is None and clause.same_place and previous is not None and previous.place is not None:
        place = previous.place
        draft.evidence.append(_evidence(clause, "location", clause.same_place))
        draft.notes.append(
            f"'{clause.same_place.group(0)}' read as {place.location}, named before."
        )
    draft.place = place
    _add(draft, clause, with_place=place is not None and place in clause.places)
    return draft


def _add(draft: _Draft, clause: _Clause, *, with_place: bool = True) -> None:
    if clause.sentence not in draft.sentences:
        draft.sentences.append(clause.sentence)
    if draft.date is None and draft.date_span is None and clause.dates:
        draft.date = clause.dates[0]
    found = clause.place
    if draft.place is None:
        draft.place = found
    elif (
        found is not None
        and draft.place.kind in ("township", "region")
        and found.kind in ("place", "relative")
        and _same_place(draft.place, found)
    ):  # "in Momauk Township" ... "The strike hit Hpun Lum Yang village": more precise
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
    draft.figures.extend((clause.sentence, figure) for figure in clause.figures)


def _actors(draft: _Draft, text: str) -> tuple[ActorMention | None, ActorMention | None, bool]:
    """actor1, actor2 and whether actor2 is the civilians (no mention of its own)."""
    seen: dict[str, ActorMention] = {}
    for a in draft.actors:
        seen.setdefault(a.name, a)
    names = list(seen)
    military = seen.get(MILITARY)
    others = [seen[n] for n in names if n != MILITARY]
    kind, sub = draft.event_type, draft.sub_event_type
    civilians = any(f.side == "civilian" for _, f in draft.figures) or any(
        _CIVILIAN_TARGET.search(text[s:e]) for s, e in draft.sentences
    )
    if kind == "Explosions/Remote violence" or kind == "Violence against civilians":
        first = military or (others[0] if others else None)
        if civilians:
            return first, None, True
        rest = [seen[n] for n in names if first is None or n != first.name]
        return first, rest[0] if rest else None, False
    if sub == "Non-state actor overtakes territory":
        return (others[0] if others else None), military, False
    if sub == "Government regains territory":
        return military, (others[0] if others else None), False
    if kind == "Strategic developments":
        return (seen[names[0]] if names else None), None, False
    ordered = [seen[n] for n in names]
    first = ordered[0] if ordered else None
    if military is not None and first is not military:
        return first, military, False
    return first, (ordered[1] if len(ordered) > 1 else None), False


def _totals(
    figures: list[tuple[tuple[int, int], Figure]], kind: str
) -> tuple[int | None, int | None, int | None, list[Figure]]:
    """low, best, high of one kind of casualty, and the figures they come from.

    Figures of one sentence are different people (sides or groups), so they add up;
    different sentences are different counts of the same dead, so they give a range
    with the lowest as the best estimate (ACLED's conservative figure).
    """
    by_sentence: dict[tuple[int, int], list[Figure]] = {}
    for sentence, f in figures:
        if f.kind == kind and not f.part_of_previous:
            by_sentence.setdefault(sentence, []).append(f)
    counts = []
    used: list[Figure] = []
    for group in by_sentence.values():
        low = (
            sum(f.amount.low if f.amount.low is not None else f.amount.best or 0 for f in group)
            if any(f.amount.low is not None for f in group)
            else None
        )
        best = (
            sum(f.amount.best for f in group if f.amount.best is not None)
            if all(f.amount.best is not None for f in group)
            else None
        )
        high = (
            sum(f.amount.high for f in group if f.amount.high is not None)
            if all(f.amount.high is not None for f in group)
            else None
        )
        counts.append((low, best, high))
        used.extend(group)
    if not counts:
        return None, None, None, []
    if len(counts) == 1:
        return (*counts[0], used)
    bests = [b for _, b, _ in counts if b is not None]
    lows = [lo for lo, _, _ in counts if lo is not None] + bests
    highs = [h for _, _, h in counts if h is not None] + bests
    low = min(lows) if lows else None
    high = max(highs) if highs else None
    best = min(bests) if bests else None
    if low == best == high:
        low = high = None
    return low, best, high, used


def _firm(figure: Figure) -> int | None:
    """A figure's best estimate, else its low ("at least"); never its high ("up to")."""
    return figure.amount.best if figure.amount.best is not None else figure.amount.low


def _finish(draft: _Draft, text: str) -> ProposedEvent:
    start: dt.date | None = None
    end: dt.date | None = None
    precision: int | None = None
    if draft.date is not None:
        start, end, precision = draft.date.start, draft.date.end, draft.date.precision
    elif draft.date_span is not None:
        start, end, precision = draft.date_span
    else:
        draft.notes.append("The text gives no date for this event.")
    actor1, actor2, civilians = _actors(draft, text)
    evidence = list(draft.evidence)
    if (
        actor1 is None
        and draft.sub_event_type == "Air/drone strike"
        and draft.trigger
        and _AIRCRAFT.search(draft.trigger.text)
    ):
        draft.notes.append(
            "No actor named; only the military flies aircraft here: actor1 left for the analyst."
        )
    for name, mention in (("actor1", actor1), ("actor2", actor2)):
        if mention is not None:
            evidence.append(Evidence(name, *mention.span, mention.text))
    low, best, high, killed = _totals(draft.figures, "killed")
    injured_low, injured, injured_high, hurt = _totals(draft.figures, "injured")
    injured = next((v for v in (injured, injured_low, injured_high) if v is not None), None)
    children = [f for _, f in draft.figures if f.kind == "killed" and f.children]
    children_killed = max((v for f in children if (v := _firm(f)) is not None), default=None)
    civilian = [
        f for f in killed if f.side == "civilian"
    ] or [  # "12 people, including 5 civilians"
        f
        for _, f in draft.figures
        if f.kind == "killed" and f.part_of_previous and f.side == "civilian" and not f.children
    ]
    firm = [_firm(f) for f in civilian]
    civilian_fatalities = (
        sum(v for v in firm if v is not None) if civilian and None not in firm else None
    )
    for f in killed:
        evidence.append(Evidence("fatalities", *f.amount.span, f.amount.text))
    for f in hurt:
        evidence.append(Evidence("injured", *f.amount.span, f.amount.text))
    for f in children:
        evidence.append(Evidence("children_killed", *f.amount.span, f.amount.text))
    sides = {f.side for f in killed if not f.part_of_previous}
    if len(killed) > 1 and len(sides) > 1:
        draft.notes.append(
            "Fatalities add up figures the text gives for different sides: "
            + "; ".join(f"{f.amount.text}" for f in killed)
        )
    place = draft.place
    admin: dict[str, str | None] = dict.fromkeys(_ADMIN)
    if place is not None:
        if place.township is not None:
            admin.update(cast("dict[str, str | None]", place.township.admin()))
        elif place.place is not None and place.kind != "region":
            admin.update({name: getattr(place.place, name) for name in _ADMIN})
        elif len(place.state_pcodes) == 1:
            admin["state_pcode"] = place.state_pcodes[0]
        if place.note:
            draft.notes.append(place.note[0].upper() + place.note[1:] + ".")
        if place.alternatives:
            draft.notes.append(
                f"{place.alternatives} other place(s) are also called {place.text}; "
                f"chose the one in {place.place.township if place.place else '?'} Township."
            )
    return ProposedEvent(
        event_date=start,
        event_date_end=end if end != start else None,
        date_precision=precision,
        location=place.location if place else None,
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
        geo_precision=place.geo_precision if place else None,
        township=admin["township"],
        township_pcode=admin["township_pcode"],
        district=admin["district"],
        district_pcode=admin["district_pcode"],
        state=admin["state"],
        state_pcode=admin["state_pcode"],
        event_type=draft.event_type,
        sub_event_type=draft.sub_event_type,
        actor1=actor1.name if actor1 else None,
        actor2=CIVILIANS if civilians else actor2.name if actor2 else None,
        fatalities_low=low,
        fatalities_best=best,
        fatalities_high=high,
        injured=injured,
        children_killed=children_killed,
        civilian_fatalities=civilian_fatalities,
        sentences=tuple(sorted(draft.sentences)),
        evidence=tuple(sorted(evidence, key=lambda e: (e.start, e.field))),
        figures=tuple(f for _, f in draft.figures),
        notes=tuple(dict.fromkeys(draft.notes)),
    )


_REFERS: Final = {
    "Explosions/Remote violence": (
        "strike bombing bombardment raid shelling blast explosion attack fire"
    ),
    "Battles": "seizure capture fighting clash battle offensive attack assault",
    "Strategic developments": "visit speech address statement arrest",
    "Violence against civilians": "attack massacre incident",
}


def _new_killing(clause: _Clause, previous: _Draft) -> bool:
    """A clause with no wording of what happened that still tells of another event:
    civilians killed at a place other than the event before's."""
    return (
        clause.kills_civilians
        and clause.place is not None
        and not _same_place(previous.place, clause.place)
    )


def _refers_to(clause: _Clause, drafts: list[_Draft]) -> _Draft | None:
    """The event a clause refers back to ("the deadly strike"), if its when and where agree."""
    if clause.anaphora is None:
        return None
    noun = clause.anaphora["noun"].casefold()
    date, place = clause.date, clause.place
    start = clause.span[0] + clause.anaphora.start()
    end = clause.span[0] + clause.anaphora.end()
    if all(start <= t.span[0] and t.span[1] <= end for t in clause.triggers):
        date = None  # only "the strike" says what happened: a date is of news about it
    for draft in reversed(drafts):
        words = _REFERS.get(draft.event_type or "", "").split()
        if (
            any(noun.startswith(w) for w in words)
            and _same_date(draft.date, date)
            and _same_place(draft.place, place)
        ):
            return draft
    return None


def _continues(previous: _Draft, clause: _Clause, trigger: Trigger) -> bool:
    """Whether a clause tells more of the event before: same kind, and the same when or
    where (or a word pointing back), with nothing that differs."""
    if (previous.event_type, previous.sub_event_type) != (
        trigger.event_type,
        trigger.sub_event_type,
    ):
        return False
    date, place = clause.date, clause.place
    if not (_same_date(previous.date, date) and _same_place(previous.place, place)):
        return False
    shared_date = date is not None and previous.date is not None
    shared_place = place is not None and previous.place is not None
    return shared_date or shared_place or clause.same_place is not None


def extract(text: str, *, published: dt.date, gazetteer: Gazetteer) -> Proposal:
    """Propose the events a report describes.

    Parameters
    ----------
    text
        The report, in English (other text gives no events and a message).
    published
        Its publication date: "on Monday", "last year", "this month" are read from it.
    gazetteer
        Places, townships and aliases to find in the text.
    """
    messages: list[str] = []
    if len(text) > MAX_CHARS:
        messages.append(
            f"The text has {len(text):,} characters; only the first {MAX_CHARS:,} were read."
        )
        text = text[:MAX_CHARS]
    letters = _LETTER.findall(text)
    if not letters:
        return Proposal((), ("The text is empty: nothing to read.",))
    latin = len(_LATIN.findall(text)) / len(letters)
    if latin < 0.5:
        return Proposal(
            (),
            (
                f"This text does not look like English ({latin:.0%} of its letters are Latin); "
                "the extractor reads English reports only. Nothing is proposed.",
            ),
        )
    capitals = sum(1 for c in letters if c.isupper()) / len(letters)
    if capitals > 0.8:
        messages.append(
            "The text is in capitals; names and dates are read by their capital letters, so "
            "little can be found. Paste it in normal case if you can."
        )
    text = masked(text)
    drafts: list[_Draft] = []
    known_actors: list[str] = []
    for sentence in sentences(text):
        for span in clauses(text, *sentence):
            clause = _read(text, span, sentence, published, gazetteer, known_actors)
            previous = drafts[-1] if drafts else None
            if (
                clause.triggers
                and previous is not None
                and clause.figures
                and not (clause.dates or clause.place or clause.same_place)
            ):
                # "dozens of soldiers died in repeated assaults": casualties of the event
                # before, told with words of how, but no new when or where
                _add(previous, clause)
            elif clause.triggers:
                trigger = clause.triggers[0]
                target = _refers_to(clause, drafts)
                if (
                    target is None
                    and previous is not None
                    and _continues(previous, clause, trigger)
                ):
                    target = previous
                if target is not None:
                    _add(target, clause)
                else:
                    drafts.append(_start(clause, trigger, previous, published))
            elif clause.figures and previous is not None and not _new_killing(clause, previous):
                # more about the event before ("the toll had risen to seven by Tuesday"):
                # a date or place here is of the news, or incidental
                _add(previous, clause)
            elif clause.kills_civilians and (clause.dates or clause.places):
                draft = _start(clause, None, previous, published)
                draft.event_type, draft.sub_event_type = "Violence against civilians", "Attack"
                draft.notes.append(
                    "No wording of how they were killed: coded as an attack on civilians."
                )
                drafts.append(draft)
    events = []
    dropped = []
    for draft in drafts:
        if draft.date is None and draft.date_span is None and draft.place is None:
            dropped.append(draft)
            continue
        events.append(_finish(draft, text))
    if dropped:
        quotes = "; ".join(
            f"“{shorten(text[s:e])}”" for d in dropped[:3] for s, e in d.sentences[:1]
        ) + ("; …" if len(dropped) > 3 else "")
        messages.append(
            f"{len(dropped)} mention(s) of events with neither a date nor a place were "
            f"left out: {quotes}"
        )
    if not events:
        messages.insert(
            0,
            "No event found: no sentence says what happened (a strike, shelling, clash, "
            "seizure, arrest, visit ...) together with when or where.",
        )
    return Proposal(tuple(events), tuple(messages))
