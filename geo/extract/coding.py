"""A draft event coded into a :class:`~geo.extract.proposal.ProposedEvent`: its dates,
actors (who acted, and against whom), casualty totals, and administrative units, each
with its evidence and the notes that state any inference."""

from __future__ import annotations

import datetime as dt
import re
from typing import Final, cast

from geo.extract.casualties import CasualtyMention, told_as_toll
from geo.extract.dates import YEAR_DIGITS
from geo.extract.grouping import Draft, told_only_as_attacked
from geo.extract.proposal import Evidence, ProposedEvent
from geo.extract.text import in_quotation
from geo.extract.wording import (
    CIVILIANS,
    EXCESSIVE_FORCE,
    FORCE_WORDS,
    GROUND_TAKEN,
    HANDOVER_WORDS,
    MAY_TELL_A_PROTEST,
    MILITARY,
    NON_VIOLENT_TRANSFER,
    PASSIVE_BEFORE,
    PASSIVE_REACH_CHARS,
    PEACEFUL_PROTEST,
    PROTEST_INTERVENTION,
    PROTEST_NOUNS,
    PROTESTERS,
    PROTESTING,
    SO_FAR_WORDS,
    STATE_FORCES,
    ActorMention,
    attacked_span,
    find_triggers,
    quotation_spans,
)

__all__ = ["TAKEN_AWAY", "code_event"]

_ADMIN: Final = ("township", "township_pcode", "district", "district_pcode", "state", "state_pcode")


_CIVILIAN_TARGET: Final = re.compile(
    r"\b(?:civilians?|IDPs?|displaced|refugees?|schools?|church(?:es)?|"
    r"monaster(?:y|ies)|hospitals?|clinics?|markets?|concerts?|homes?|houses?|villages?|"
    r"wedding|funeral|worshippers|passengers)\b",
    re.IGNORECASE,
)
#: A village named as where, after "near" ("positions near Yapyin village"): no target.
_NAMED_VILLAGE: Final = re.compile(
    r"\b(?:near|around|outside|close to|next to|beside|not far from)\s+(?:the\s+)?"
    r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s+$",
    re.IGNORECASE,
)


def _civilian_target(sentence: str, *, armed: bool) -> bool:
    """Whether a sentence names civilians or their places as what was hit; with an armed
    side named against the attacker, a village named only as where ("at TNLA positions
    near Yapyin village") is not."""
    for m in _CIVILIAN_TARGET.finditer(sentence):
        if (
            armed
            and m.group(0).casefold().startswith("village")
            and _NAMED_VILLAGE.search(sentence, max(0, m.start() - 60), m.start())
        ):
            continue
        return True
    return False


_AIRCRAFT: Final = re.compile(
    r"\b(?:jets?|warplanes?|aircraft|helicopters?|gunships?|paramotors?|air ?strikes?|"
    r"air raids?|aerial)\b",
    re.IGNORECASE,
)


#: A place an actor's name stands before: "the police station", "the KIA camp".
_PLACE_OF: Final = re.compile(
    r"\s+(?:stations?|posts?|outposts?|camps?|bases?|headquarters|offices?|checkpoints?|"
    r"compounds?|barracks)\b",
    re.IGNORECASE,
)


#: Words right before an actor that name it as who holds a place, not who did the deed:
#: "Lashio, which is controlled by the MNDAA, was attacked by air".
_HOLDS_IT: Final = re.compile(
    r"\b(?:controlled|held|administered|ruled|occupied|governed)\s+by\s+(?:the\s+)?$|"
    r"\bunder\s+(?:the\s+)?(?:control|rule|administration)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: How far before an actor's name :data:`_HOLDS_IT` is sought (characters).
_HOLDS_REACH: Final = 40


#: Right before words of holding, a force held, not a place: "Fighters under the control
#: of the KIA", "Troops controlled by the KIA's 3rd Brigade" (their commander did it).
_FORCE_HELD: Final = re.compile(rf"\b(?:{FORCE_WORDS})\s+(?:\w+\s+)?$", re.IGNORECASE)


def _holder(actor: ActorMention, text: str) -> bool:
    """Whether an actor is named as who holds a place (:data:`_HOLDS_IT`), not who
    commands a force (:data:`_FORCE_HELD`)."""
    start = actor.span[0]
    holds = _HOLDS_IT.search(text, max(0, start - _HOLDS_REACH), start)
    return holds is not None and not _FORCE_HELD.search(
        text, max(0, holds.start() - _HOLDS_REACH), holds.start()
    )


def _speakers(draft: Draft, text: str) -> set[tuple[int, int]]:
    """Where the actors are named in the sentence of a deed told in quoted words, outside the
    quotation: who spoke, not who did it ("“Jets bombed Laiza on Monday,” a KIA officer
    said")."""
    trigger = draft.trigger
    sentence = draft.deed_sentence()
    if trigger is None or not trigger.quoted or sentence is None:
        return set()
    start, end = sentence
    at = trigger.span[0] - start
    quote = next(((a, b) for a, b in quotation_spans(text[start:end]) if a <= at < b), None)
    if quote is None:
        return set()
    return {
        a.span
        for a in draft.actors
        if start <= a.span[0] < end and not quote[0] <= a.span[0] - start < quote[1]
    }


_PASSIVE_BEFORE: Final = re.compile(PASSIVE_BEFORE, re.IGNORECASE)
#: Between a deed told in the passive and who did it: "(was ambushed) by the (Kawlin PDF)",
#: "by local (PDF fighters)".
_BY_DOER: Final = re.compile(r"\s+by\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?", re.IGNORECASE)


def _doer_by(draft: Draft, text: str) -> ActorMention | None:
    """Who did a deed told in the passive, named right after it: "a military convoy was
    ambushed by the Kawlin PDF" (the PDF, not the military named first)."""
    trigger = draft.trigger
    if trigger is None or not _PASSIVE_BEFORE.search(
        text, max(0, trigger.span[0] - PASSIVE_REACH_CHARS), trigger.span[0]
    ):
        return None
    return next(
        (
            a
            for a in draft.actors
            if a.span[0] >= trigger.span[1]
            and _BY_DOER.fullmatch(text, trigger.span[1], a.span[0]) is not None
        ),
        None,
    )


def _actors(draft: Draft, text: str) -> tuple[ActorMention | None, ActorMention | None, bool]:
    """actor1, actor2 and whether actor2 is the civilians (no mention of its own). An
    actor named only as who holds a place ("Lashio, controlled by the MNDAA") comes after
    those named otherwise, and is no doer of a strike."""
    seen: dict[str, ActorMention] = {}
    speakers = _speakers(draft, text)
    for a in draft.actors:
        if a.span not in speakers:
            seen.setdefault(a.name, a)
    holding = {a.span for a in draft.actors if _holder(a, text)}
    # (a name told also otherwise, "the KIA attacked Mansi, held by the KIA before", is no
    # holder alone)
    holders = set(seen) - {a.name for a in draft.actors if a.span not in holding}
    names = [n for n in seen if n not in holders] + [n for n in seen if n in holders]
    # "a military convoy was ambushed by the PDF": who did it first
    by = _doer_by(draft, text)
    doer = seen[by.name] if by is not None and by.name in seen else None
    if doer is not None:
        names.remove(doer.name)
        names.insert(0, doer.name)
    military = seen.get(MILITARY)
    others = [seen[n] for n in names if n != MILITARY]
    state = military or next((seen[n] for n in names if n in STATE_FORCES), None)
    kind, sub = draft.event_type, draft.sub_event_type
    # violence against civilians is against civilians (ACLED's actor2), whatever the words
    civilians = (
        kind == "Violence against civilians"
        or (
            any(
                f.side == "civilian"
                # "soldiers killed a man": an attack on civilians kills people of no side as such
                or (f.side is None and sub == "Attack" and f.kind == "killed")
                for _, f in draft.figures
            )
            or any(
                _civilian_target(text[s:e], armed=bool(others) and military is not None)
                for s, e in draft.sentences
            )
        )
    )
    if kind == "Explosions/Remote violence" or kind == "Violence against civilians":
        # "drone bombs exploded inside the Waingmaw police station": the police were hit
        hit = {n for n in names if _PLACE_OF.match(text, seen[n].span[1])}
        first = (
            doer
            or _doer_before(draft, holding)
            or military
            or next((o for o in others if o.name not in hit and o.name not in holders), None)
        )
        target = _attacked(draft, first)
        if target is not None:
            # "the KIA attacked the junta column with landmines": the column was hit
            return first, target, False
        if civilians:
            return first, None, True
        rest = [seen[n] for n in names if first is None or n != first.name]
        return first, rest[0] if rest else None, False
    if sub == "Non-state actor overtakes territory":
        # "seized a police station": the police are who lost it, never who took it
        takers = [seen[n] for n in names if n not in STATE_FORCES]
        return (takers[0] if takers else None), state, False
    if sub == "Government regains territory":
        return military, (others[0] if others else None), False
    if kind == "Strategic developments":
        return (seen[names[0]] if names else None), None, False
    ordered = [seen[n] for n in names]
    first = ordered[0] if ordered else None
    if military is not None and first is not military:
        return first, military, False
    # "forces of the MNDAA, TNLA and AA attacked": named in one list, they are one side
    rest = [a for a in ordered[1:] if not _allied(first, a, draft.actors, text)]
    return first, (rest[0] if rest else None), False


def _attacked(draft: Draft, doer: ActorMention | None) -> ActorMention | None:
    """Who was attacked, named inside an attack told with its means ("attacked the junta
    column with landmines": the military), if anyone but the doer."""
    told = attacked_span(draft.trigger) if draft.trigger is not None else None
    if told is None:
        return None
    return next(
        (
            a
            for a in draft.actors
            if told[0] <= a.span[0] < told[1] and (doer is None or a.name != doer.name)
        ),
        None,
    )


def _doer_before(draft: Draft, holding: set[tuple[int, int]]) -> ActorMention | None:
    """Who fired or bombed, named before the words of the deed in its sentence, when it
    is not the military and the military is named only after them, as the target: "the
    KIA shelled a junta outpost", "the PDF attacked a junta convoy with drones" (not who
    holds the place: "a town under the control of the KIA was bombed by junta jets";
    ``holding``: where actors are named so, :func:`_holder`)."""
    trigger = draft.trigger
    sentence = draft.deed_sentence()
    if trigger is None or sentence is None:
        return None
    before = [
        a
        for a in draft.actors
        if sentence[0] <= a.span[0] and a.span[1] <= trigger.span[0] and a.span not in holding
    ]
    # (an attack told with its means is one trigger: what was attacked lies inside it,
    # "attacked | the junta column | with landmines")
    told = attacked_span(trigger)
    after_at = told[0] if told is not None else trigger.span[1]
    after = {a.name for a in draft.actors if after_at <= a.span[0] < sentence[1]}
    doer = max(before, key=lambda a: a.span) if before else None
    if doer is None or doer.name == MILITARY or MILITARY not in after:
        return None
    return doer


#: Between two actors named in one list: ", ", " and ", ", and ".
_LISTED_WITH: Final = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?")
#: What a list of actors did to each other: "the KIA and the TNLA clashed".
_EACH_OTHER: Final = re.compile(
    r"(?:\s*\([\w'’-]{2,12}\))?(?:\s+(?:forces|troops|fighters|soldiers))?"
    r"(?:\s*,[^,.;]{1,40},)?"  # "the KIA and the TNLA, long-time rivals, clashed"
    r"\s+(?:[\w-]+\s+){0,2}?(?:clash(?:ed|es|ing)?|fought|fight(?:s|ing)?|"
    r"battl(?:ed|es|ing)|exchanged|skirmish(?:ed|es)?|engaged)\b",
    re.I,
)
#: Before a list of who fought each other: "fighting between the KIA and the junta".
_BETWEEN: Final = re.compile(r"\b(?:between|among)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?$", re.I)


def _allied(
    first: ActorMention | None, other: ActorMention, mentions: list[ActorMention], text: str
) -> bool:
    """Whether ``other`` is named in one list with ``first`` ("forces of the MNDAA, TNLA
    and AA attacked"): one side; not a list that fought itself ("the KIA and the TNLA
    clashed")."""
    if first is None:
        return False
    ordered = sorted(mentions, key=lambda m: m.span)
    group: list[ActorMention] = []
    for m in ordered:
        if group and _LISTED_WITH.fullmatch(text, group[-1].span[1], m.span[0]) is None:
            if _one_side(group, first, other, text):
                return True
            group = []
        group.append(m)
    return _one_side(group, first, other, text)


def _one_side(
    group: list[ActorMention], first: ActorMention, other: ActorMention, text: str
) -> bool:
    names = {m.name for m in group}
    return (
        first.name in names
        and other.name in names
        and _EACH_OTHER.match(text, group[-1].span[1]) is None
        and _BETWEEN.search(text, max(0, group[0].span[0] - 40), group[0].span[0]) is None
    )


#: Deeds of taking people away: with people killed, the killing is what a coder codes
#: ("17 residents were arrested and killed").
TAKEN_AWAY: Final = frozenset({"Arrests", "Abduction/forced disappearance"})


#: Civilians as what was attacked, right after the words and the whole of it:
#: "attacked villagers in Hpakant", "raided two unarmed farmers" (not "attacked
#: villagers' homes", "resident militia", "farmer-led forces", "civilians and soldiers").
_CIVILIANS_ATTACKED: Final = re.compile(
    r"\s+(?:(?:the|a|an|some|several|many|unarmed|innocent|local|fleeing|displaced|\d+|two|"
    r"three|four|five|six|seven|eight|nine|ten)\s+){0,3}(?:civilians?|villagers?|residents?|"
    r"IDPs?|displaced (?:people|persons)|refugees?|farmers?|passengers?|worshippers)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|near|of|from|on|who|whom|that|while|as|during|after|"
    r"before|inside|outside|around|living|sheltering|fleeing|killing|wounding|injuring|"
    r"and (?!(?:[\w'’-]+\s+){0,2}(?:soldiers?|troops?|fighters?|militia\w*|police\w*|"
    r"combatants?|guards?|forces?)\b))\b)",
    re.IGNORECASE,
)


#: Words that say ground changed hands with no fighting: "without a fight", "without
#: encountering any resistance", "without firing a shot", "through negotiations", "a
#: China-brokered handover", "peacefully", "unopposed" (not "not without a fight",
#: "wasn't without a fight", "has not gone unopposed": :data:`_DENIED_BEFORE`).
_WITHOUT_FIGHTING: Final = re.compile(
    r"\bwithout\s+(?:(?:encountering|meeting|facing|any|a)\s+){0,2}(?:(?:single|armed)\s+)?"
    r"(?:fight(?:ing)?|battles?|clash(?:es)?|resistance|bloodshed|(?:firing\s+)?a\s+"
    r"(?:single\s+)?shot|(?:a\s+)?shot\s+(?:being\s+)?fired)\b|"
    r"\b(?:through|by|via)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:negotiations?|talks|agreement|deal)\b|"
    rf"\b(?:{HANDOVER_WORDS}|peaceful(?:ly)?|unopposed|no\s+(?:fighting|resistance|clashes?|"
    r"shots?\s+(?:were\s+)?fired))\b",
    re.IGNORECASE,
)
#: A denial right before words of no fighting: "it was not without a fight", "wasn't
#: without a fight", "has not gone unopposed", "not through negotiations".
_DENIED_BEFORE: Final = re.compile(r"\b(?:not|never|\w+n['’]t)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _without_fighting(draft: Draft, text: str) -> str | None:
    """The words that say ground a draft tells as taken changed hands with no fighting,
    if the sentence of its taking holds them, not denied, tells no other deed ("after
    heavy fighting, ... captured the once-peaceful town") and the draft tells no dead or
    hurt."""
    sentence = draft.deed_sentence()
    if (
        sentence is None
        or draft.sub_event_type not in GROUND_TAKEN
        or any(_firm(f) for _, f in draft.figures)
    ):
        return None
    start, end = sentence
    words = next(
        (
            m.group(0)
            for m in _WITHOUT_FIGHTING.finditer(text, start, end)
            if _DENIED_BEFORE.search(text, max(start, m.start() - 30), m.start()) is None
        ),
        None,
    )
    # (the sentence's other deeds read only where such words stand: reading is dear)
    if words is None or any(
        t.sub_event_type not in GROUND_TAKEN for t in find_triggers(text[start:end])
    ):
        return None
    return words


#: People protesting, named as what force was used on, right after the deed's words
#: ("opened fire on protesters", "arrested 20 anti-coup demonstrators").
_PROTESTERS_AFTER: Final = re.compile(
    r"\s*(?:(?:on|at|into)\s+)?(?:[\w'’-]+\s+){0,3}?"
    rf"(?:{PROTESTING}|(?-i:marchers)|(?-i:strikers))\b",
    re.IGNORECASE,
)
#: ... or right before them, in the passive: "two demonstrators were shot dead".
_PROTESTERS_BEFORE: Final = re.compile(
    rf"\b(?:{PROTESTING}|(?-i:marchers))\s+(?:[\w'’-]+\s+)?"
    r"(?:were|was|had been|have been|has been|being|are|is)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
#: ... or where, when or on whom the force was used, anywhere in its sentence: "were hit
#: in the head at anti-coup protests", "shot dead five people as demonstrations took
#: place", "used live rounds against protesters" (not "for posting calls for a protest",
#: "who had joined the protests in 2021", "in protest against conscription").
_AT_A_PROTEST: Final = re.compile(
    r"\b(?:at|during|as|while|amid)\s+(?:the |a |an )?(?:[\w-]+ ){0,2}?"
    rf"(?:{PROTEST_NOUNS})\b"
    rf"(?!\s+(?:in|of)\s+{YEAR_DIGITS})|"
    r"\b(?:on|at|against)\s+(?:the |a )?(?:[\w-]+ ){0,2}?"
    rf"(?:{PROTESTING}|(?-i:marchers))\b",
    re.IGNORECASE,
)
#: Protesters inside the deed's own words: "fired on protesters".
_PROTESTERS_IN: Final = re.compile(rf"\b(?:{PROTESTING})\b", re.IGNORECASE)
#: How far before the deed's words protesters named in the passive are sought.
_PROTESTERS_REACH: Final = 40
#: How far before the deed's words a protest told in words of its own is sought, in
#: characters: the clause before it ("Anti-coup protesters staged a rally in Bhamo on 3
#: March, and police shot dead two of them").
_PROTEST_TOLD_REACH_CHARS: Final = 150
#: A protest told as what someone did before, in a clause about them: "students who had
#: staged a protest", "which held rallies" (not the protest of the deed's day).
_PROTEST_OF_THEIRS: Final = re.compile(
    r"\b(?:who|which|that)\s+(?:had\s+|have\s+|has\s+)?(?:\w+\s+)?$", re.IGNORECASE
)
#: A year, told between a protest and the deed: the protest is of that year, not the day's.
_YEAR: Final = re.compile(rf"\b{YEAR_DIGITS}\b")
#: Sub-event types of force used on protesters, by the deed told: shooting or otherwise
#: attacking them is excessive force (live fire); arresting them, an intervention.
_ON_PROTESTERS: Final = {
    "Attack": EXCESSIVE_FORCE,
    "Arrests": PROTEST_INTERVENTION,
}


def _against_protesters(draft: Draft, text: str) -> tuple[str, str] | None:
    """The words naming people protesting as what an attack or arrests were done to
    ("opened fire on protesters in Myitkyina", "two demonstrators were shot dead", "were
    hit in the head at anti-coup protests"), and the protest event's sub-type, if the
    deed's sentence names them so: ACLED codes such force as a protest event. Not people
    who protested once or a protest named for another reason ("arrested for posting
    calls for a protest", "who had joined the protests in 2021", "in protest against
    conscription")."""
    trigger = draft.trigger
    sentence = draft.deed_sentence()
    sub = _ON_PROTESTERS.get(draft.sub_event_type or "")
    if trigger is None or sentence is None or sub is None:
        return None
    start, end = sentence
    found = (
        _PROTESTERS_AFTER.match(text, trigger.span[1], end)
        or _PROTESTERS_IN.search(trigger.text)
        or _PROTESTERS_BEFORE.search(
            text, max(start, trigger.span[0] - _PROTESTERS_REACH), trigger.span[0]
        )
        or _AT_A_PROTEST.search(text, start, end)
    )
    if found is None:
        protest = _protest_told_before(text, start, trigger.span[0])
        return (protest, sub) if protest is not None else None
    return found.group(0).strip(), sub


def _protest_told_before(text: str, start: int, deed: int) -> str | None:
    """The words of a protest told in the clause before a deed, in its sentence (from
    ``start``): "protesters staged a rally in Bhamo, and police shot dead two of them" (not
    one of those the deed was done to, before: "students who had staged a protest against
    the coup in 2021 were shot dead")."""
    at = max(start, deed - _PROTEST_TOLD_REACH_CHARS)
    if at > start:
        at = text.find(" ", at, deed) + 1 or deed  # (from a word's start)
    if not MAY_TELL_A_PROTEST.search(text, at, deed):
        return None
    before = text[at:deed]
    return next(
        (
            t.text
            for t in find_triggers(before)
            if t.event_type == "Protests"
            and not _PROTEST_OF_THEIRS.search(before, 0, t.span[0])
            and not _YEAR.search(before, t.span[1])
        ),
        None,
    )


#: What people protest against, after an actor's name: "the military coup", "junta rule".
_WHAT_IS_PROTESTED: Final = re.compile(r"\s+(?:coup|takeover|rule|dictatorship)\b", re.IGNORECASE)


def _protested_only(draft: Draft, text: str) -> set[str]:
    """The actors a protest's sentences name only as what is protested ("against the
    military coup"): none of them used force on it (each mention read once)."""
    named = {a.name for a in draft.actors}
    return named - {a.name for a in draft.actors if not _WHAT_IS_PROTESTED.match(text, a.span[1])}


def _protest_kind(sub: str, figures: list[tuple[tuple[int, int], CasualtyMention]]) -> str:
    """The kind of a protest event, by what its figures tell: protesters killed, excessive
    force, whatever the words of the force ("fired tear gas ..., killing two"); hurt at a
    protest told as peaceful, force was used ("Protesters gathered ... Police shot and
    wounded five of them"): an intervention. Else as told."""
    told = {f.kind for _, f in figures if f.amount.best != 0}
    if "killed" in told:
        return EXCESSIVE_FORCE
    if sub == PEACEFUL_PROTEST and "injured" in told:
        return PROTEST_INTERVENTION
    return sub


def _on_civilians(draft: Draft, text: str) -> str | None:
    """Why an event coded otherwise is an attack on civilians, if it is: told only as
    attacked, with civilians its only dead or hurt, or as what was attacked in the active
    voice ("soldiers attacked villagers"; not yet "villagers were attacked by troops"),
    and no one named but the attacker; or people taken away, and civilians killed."""
    casualties = [f for _, f in draft.figures if f.amount.best != 0]
    if (
        draft.sub_event_type == "Armed clash"
        and draft.trigger is not None
        and told_only_as_attacked(draft)
        and all(f.side in ("civilian", None) for f in casualties)
        and len({a.name for a in draft.actors}) <= 1
    ):
        if any(f.side == "civilian" for f in casualties):
            return (
                "Told only as attacked, with civilians its only dead or hurt and no armed "
                "side named against the attacker"
            )
        if _CIVILIANS_ATTACKED.match(text, draft.trigger.span[1]):
            return "Told as an attack on civilians, with no armed side named against the attacker"
    if draft.sub_event_type in TAKEN_AWAY and any(
        f.kind == "killed" and (f.amount.best or f.amount.low) and f.side in ("civilian", None)
        for f in casualties
    ):
        return f"Told as {draft.sub_event_type.casefold()}, with people killed"
    return None


def _secondary(text: str, sentence: tuple[int, int], figures: list[CasualtyMention]) -> bool:
    """Whether a sentence's figures are told less directly than the account's own: one
    inside a quotation (a witness's tally, "Three civilians have been killed by them"), or
    all in a sentence about several events ("Two air raids left 11 dead"); the sentence
    is read once, however many figures it holds (a long one stays linear)."""
    return _MANY_EVENTS.search(text, *sentence) is not None or any(
        in_quotation(text, f.amount.span[0], sentence[0]) for f in figures
    )


#: Wording of several events at once: "two air raids", "a series of strikes".
_MANY_EVENTS: Final = re.compile(
    r"\b(?:two|three|four|five|several|multiple|repeated|a series of|a string of)\s+"
    r"(?:[\w-]+\s+)?(?:air ?strikes|air raids|raids|attacks|strikes|bombings|clashes|"
    r"battles|rounds of (?:bombing|shelling))\b",
    re.IGNORECASE,
)


def _totals(
    figures: list[tuple[tuple[int, int], CasualtyMention]], kind: str, text: str
) -> tuple[int | None, int | None, int | None, list[CasualtyMention]]:
    """low, best, high of one kind of casualty, and the figures they come from.

    Figures of one sentence are different people (sides or groups), so they add up,
    unless the sentence tells one toll twice, revised ("initial reports put the toll at
    50, later figures at 100": the range); a zero of one side beside another side's
    figures is no toll ("no civilian casualties, but two soldiers were killed");
    different sentences are counts of the same dead, a part or the whole, so the
    largest firm count stands (an exact one before a vague one, the account's own
    before a quoted tally or a total of several events).
    """
    by_sentence: dict[tuple[int, int], list[CasualtyMention]] = {}
    for sentence, f in figures:
        if (
            f.kind == kind
            and not f.part_of_previous
            and not _zero_of_one_side(f, sentence, figures)
        ):
            by_sentence.setdefault(sentence, []).append(f)
    for sentence, group in by_sentence.items():
        told = [f for f in group if not _running(text, f)]
        if told and len(told) < len(group):
            # "At least 30 civilians have been killed during this campaign, many in
            # strikes on villages like Khun Sar Kone, where a drone killed nine": the
            # count kept so far is no more of this event's dead
            by_sentence[sentence] = told
    exact = {s: g for s, g in by_sentence.items() if not any(f.amount.vague for f in g)}
    if exact:  # "dozens were killed" ... "29 bodies were found": the figure, not the guess
        by_sentence = exact
    direct = {s: g for s, g in by_sentence.items() if not _secondary(text, s, g)}
    if direct:
        by_sentence = direct
    counts: list[tuple[int | None, int | None, int | None, list[CasualtyMention]]] = []
    for sentence, group in by_sentence.items():
        if (
            len(group) > 1
            and all(told_as_toll(text, f.amount.span[0]) for f in group)
            and _REVISED.search(text[sentence[0] : sentence[1]])
        ):
            # "Initial reports put the death toll at about 50, but later figures put it
            # at about 100": one toll told twice, sources disagreeing: the range
            values = [v for f in group for v in (_firm(f), f.amount.high) if v is not None]
            counts.append((min(values), None, max(values), group))
            continue
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
            # "as many as 20 students and two teachers": up to 22 (not "at least five
            # civilians and up to three monks": no most)
            sum(f.amount.high if f.amount.high is not None else f.amount.best or 0 for f in group)
            if any(f.amount.high is not None for f in group)
            and all(f.amount.high is not None or f.amount.best is not None for f in group)
            and not any(f.amount.low is not None and f.amount.high is None for f in group)
            else None
        )
        counts.append((low, best, high, group))
    if not counts:
        return None, None, None, []
    # counts in different sentences are of the same dead: a part ("a family of three
    # died") or the whole ("at least 11 civilians were killed"); the whole is the
    # largest firm count, kept with its own qualifiers and figures
    firm = [c for c in counts if c[1] is not None or c[0] is not None]
    if not firm:
        return max(counts, key=lambda c: c[2] or 0)
    return max(firm, key=lambda c: c[1] if c[1] is not None else c[0] or 0)


#: A count told as kept so far: "30 civilians have been killed", "have died".
_RUNNING: Final = re.compile(
    # its own verb (not the next figure's: "two were killed and three have been wounded")
    r"(?:(?!\b(?:and|were|was|while|but)\b)[^.;:,]){0,60}?\b(?:have|has)\s+(?:now\s+)?"
    r"(?:been\s+)?(?:(?P<killed>killed|died|lost their lives)|wounded|injured|hurt)\b"
    # ... and told as kept over a time ("during this campaign", "so far"), not as this
    # event's dead in the present perfect ("four civilians have been killed in Momauk")
    # ("in this campaign", not "in the operation", which may be the event)
    r"[^.;:]{0,40}?\b(?:(?:during (?:this|the|its)|(?:in|throughout) (?:this|its)) "
    r"(?:campaign|offensive|operations?|crackdown|"
    rf"conflict|war)|{SO_FAR_WORDS}|since\b|this year|over the (?:past|last))",
    re.IGNORECASE,
)


def _running(text: str, figure: CasualtyMention) -> bool:
    """Whether a figure is told as the count kept so far ("at least 30 civilians have been
    killed during this campaign")."""
    m = _RUNNING.match(text, figure.amount.span[1])
    return m is not None and (m["killed"] is not None) == (figure.kind == "killed")


#: Words of a toll told again, revised: "Initial reports put ..., but later figures ...".
_REVISED: Final = re.compile(
    r"\b(?:initial(?:ly)?|early|earlier|first|preliminary|later|updated|revised|"
    r"other reports|others put)\b",
    re.IGNORECASE,
)


def _zero_of_one_side(
    figure: CasualtyMention,
    sentence: tuple[int, int],
    figures: list[tuple[tuple[int, int], CasualtyMention]],
) -> bool:
    """Whether a figure is a zero of one side beside others' figures in its sentence ("No
    civilian casualties were reported, but two soldiers were killed"): it says nothing
    of the event's toll."""
    return (
        figure.amount.best == 0
        and figure.side is not None
        and any(s == sentence and f.amount.best != 0 for s, f in figures)
    )


def _firm(figure: CasualtyMention) -> int | None:
    """A figure's best estimate, else its low ("at least"); never its high ("up to")."""
    return figure.amount.best if figure.amount.best is not None else figure.amount.low


def code_event(draft: Draft, text: str) -> ProposedEvent:
    """The proposed event a draft makes; ``text`` is the (masked) report."""
    start: dt.date | None = None
    end: dt.date | None = None
    precision: int | None = None
    if draft.date is not None:
        start, end, precision = draft.date.start, draft.date.end, draft.date.precision
    elif draft.date_span is not None:
        start, end, precision = draft.date_span
    else:
        draft.notes.append("The text gives no date for this event.")
    if (why := _on_civilians(draft, text)) is not None:
        draft.notes.append(f"{why}: coded as an attack on civilians.")
        draft.event_type, draft.sub_event_type = "Violence against civilians", "Attack"
    # who took ground and from whom, whatever the words say of how
    actor1, actor2, civilians = _actors(draft, text)
    if (words := _without_fighting(draft, text)) is not None:
        draft.notes.append(
            f"Ground told as taken with no fighting ('{words}'): a non-violent transfer."
        )
        draft.event_type, draft.sub_event_type = "Strategic developments", NON_VIOLENT_TRANSFER
    # the protesters act in ACLED's protest events; who used force on them is actor 2
    by_protesters = False
    if (protest := _against_protesters(draft, text)) is not None:
        named, sub = protest
        draft.event_type, draft.sub_event_type = "Protests", _protest_kind(sub, draft.figures)
        draft.notes.append(
            f"Force used on people protesting ('{named}'): a protest event, the "
            "protesters actor 1 and who used force on them actor 2."
        )
        by_protesters = True
    elif draft.event_type == "Protests":
        # people protesting, told so
        by_protesters = True
        told = draft.sub_event_type or PEACEFUL_PROTEST
        draft.sub_event_type = _protest_kind(told, draft.figures)
        if draft.sub_event_type != told:
            draft.notes.append(
                f"Protesters {'killed' if draft.sub_event_type == EXCESSIVE_FORCE else 'hurt'}:"
                f" {draft.sub_event_type.lower()}."
            )
    if by_protesters:
        protested = _protested_only(draft, text)
        if actor1 is not None and actor1.name in protested:
            # "marched against the military coup. Police fired tear gas": the police
            actor1 = next((a for a in draft.actors if a.name not in protested), None)
        actor2 = None if draft.sub_event_type == PEACEFUL_PROTEST else actor1
        actor1 = None
        civilians = False
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
    low, best, high, killed = _totals(draft.figures, "killed", text)
    injured_low, injured, injured_high, hurt = _totals(draft.figures, "injured", text)
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
        if place.alternatives and place.place is not None:
            draft.notes.append(
                f"{place.alternatives} other place(s) also match '{place.text}'; chose "
                f"{place.place.name} in {place.place.township} Township."
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
        actor1=PROTESTERS if by_protesters else actor1.name if actor1 else None,
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
