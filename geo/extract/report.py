"""From a report's text to proposed events, each field tied to the words it came from.

:func:`extract` splits the report into sentences and clauses (:mod:`~geo.extract.text`),
reads each clause for what happened, when, where and with what casualties
(:mod:`~geo.extract.clause`), groups the clauses that tell of one event into one draft
(:mod:`~geo.extract.grouping`) and codes each draft as a
:class:`~geo.extract.proposal.ProposedEvent` (:mod:`~geo.extract.coding`). An event is
proposed only if the text gives it a date or a place: "the KIA has been fighting the
regime" is not something to map. Those left out are listed in the proposal's messages.

Nothing is invented: a field the text does not give stays empty, and the analyst
decides. The only inferences are stated in each event's notes (an activity "still
going on" dated from the first of the publication month; a township's town as its
point).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Final, TypeGuard

from geo.extract.account import (
    EARLIER,
    HAD_DONE,
    LEFT_OUT_MESSAGES,
    add_beside,
    carry_dates,
    carry_places,
    date_by_place,
    date_days_so_far,
    date_strikes_told_beside,
    date_what_is_being_done,
    fold,
    generic,
    kinds_told_apart,
    left_out_why,
    mark_background,
    mark_retold,
    mark_state_tellings,
    mark_still_going_on,
    merge_episodes,
    merge_restatements,
    merge_span_tellings,
    merge_undated_tellings,
    split_kinds,
)
from geo.extract.casualties import CasualtyMention, told_as_toll
from geo.extract.clause import Clause, read_clause
from geo.extract.coding import TAKEN_AWAY, code_event
from geo.extract.confidence import rate
from geo.extract.dates import (
    MONTH_NAMES,
    SINCE_WORDS,
    YEAR_DIGITS,
    DateMention,
    find_dates,
    told_since,
)
from geo.extract.grouping import (
    GROUND_TAKEN,
    REFERS_BACK,
    Draft,
    add_clause,
    bounds_a_span,
    continues,
    days_counted,
    fill_in,
    fired_by_aircraft,
    goes_on_since,
    long_before,
    new_killing,
    only_attacked,
    refers_to,
    set_in,
    sets_the_scene,
    start_event,
    told_as_after,
    went_on_another_day,
)
from geo.extract.numbers import Amount
from geo.extract.places import (
    COARSENESS,
    DEED_WORDS,
    LIST_GAP,
    PLACE_WORDS,
    SETTLEMENT_WORDS,
    Context,
    PlaceMention,
    find_places,
    measured_from,
    report_context,
    told_abroad,
    township_mention,
)
from geo.extract.proposal import (
    Evidence,
    LeftOut,
    Proposal,
    ProposedEvent,
)
from geo.extract.text import (
    BYLINE_START,
    DAYS_AFTER,
    LED_TO,
    Plain,
    account_and_header,
    clauses,
    item_start,
    plain,
    sentences,
    shorten,
)
from geo.extract.wording import (
    ACCUSE_WORDS,
    AIRCRAFT,
    CHEMICAL,
    DENY_WORDS,
    FIRST_SINCE,
    FIRSTS,
    GROUND,
    HABITUAL_WORDS,
    HURT_BY,
    IN_A_ROW,
    MAY_COME_WORDS,
    POSTS,
    POWER_SEIZED,
    SHRAPNEL,
    SO_FAR_WORDS,
    SPEECH_VERBS,
    STATE_FORCES,
    TRIGGERS,
    ActorMention,
    Trigger,
    find_triggers,
    read_bombs,
    tells_bombs_fired,
    tells_shelling_only,
)
from geo.gazetteer import Gazetteer, Township

__all__ = ["MAX_CHARS", "extract"]

#: Longest text read; the rest is left out, with a message.
MAX_CHARS: Final = 400_000
_LATIN: Final = re.compile(r"[A-Za-z]")
_LETTER: Final = re.compile(r"[^\W\d_]")


def extract(
    text: str, *, published: dt.date, gazetteer: Gazetteer, confidence: bool = True
) -> Proposal:
    """Propose the events a report describes.

    Parameters
    ----------
    text
        The report, in English (other text gives no events and a message).
    published
        Its publication date: "on Monday", "last year", "this month" are read from it.
    gazetteer
        Places, townships and aliases to find in the text.
    confidence
        Whether each proposal carries the reader's confidence in it
        (:mod:`geo.extract.confidence`); without it, as the model is fitted on, no model
        is read.
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
    pasted = text
    made_plain = plain(text)
    text, header = account_and_header(made_plain.text)
    published = _written_on(text, _filed_on(made_plain.text, published))
    drafts: list[Draft] = []
    known_actors: list[str] = []
    context = _where_the_report_is(text, header, gazetteer)
    anchors: list[DateMention] = []  # the days the account is told on, in order
    townships: list[PlaceMention] = []  # the townships it names, in order
    # events told again after them part by part (day by day, or item by item of a list)
    told_in_parts: list[Draft] = []
    spans = sentences(text)
    starts = [start for start, _ in spans]
    # the event a line ending in a colon tells, and its deed, done to the places listed after
    heading: tuple[Draft, Trigger] | None = None
    fired = tells_bombs_fired(text)  # bombs that go off are a strike's or a shell's
    shelling_only = tells_shelling_only(text)  # bombs that come down are shells
    scene: tuple[int, Clause] | None = None  # the last clause that told only when
    for sentence_number, sentence in enumerate(spans):
        item = heading is not None and _list_item(text, sentence)
        words = text[sentence[0] : sentence[1]]  # (one string: read once per sentence)
        for clause in _read_clauses(text, sentence, published, gazetteer, known_actors, context):
            # the clause right before, in this sentence or the one before, if it set a scene
            setting = scene[1] if scene is not None and scene[0] >= sentence_number - 1 else None
            scene = (sentence_number, clause) if sets_the_scene(clause) else None
            clause.triggers = read_bombs(
                clause.triggers, text, fired=fired, shelling_only=shelling_only
            )
            if not EARLIER.search(clause.text):
                anchors.extend(d for d in clause.dates if d.precision == 1)
            townships.extend(
                p
                for p in _carried_places(clause)
                if (p.kind == "township" and not (p.district or p.origin))
                or (
                    (p.kind == "place" and p.place is not None and p.place.kind == "town")
                    and not (p.elsewhere or p.office)
                )
            )
            previous = _dated(drafts)
            if (
                # "By 14 May 2023, the AAPP counted 3,509 people killed": thousands counted
                # up to a day, no deed of that day
                _counted_up_to(clause, text)
                or _told_as_tally(clause, text, words, published, previous)
            ):
                # "across two days of fighting, 10 people died": a total of several events
                draft = start_event(
                    clause, clause.triggers[0] if clause.triggers else None, None, published
                )
                draft.summary = True
                drafts.append(draft)
            elif (
                clause.triggers
                and previous is not None
                and clause.figures
                and not (clause.dates or clause.place or clause.same_place)
                # (not a deed of a day counted from it: "One day earlier, a shell hit a
                # house in the ward, injuring a woman", "The attacks continued the next
                # day, when a woman was wounded")
                and not _of_a_counted_day(clause)
                and not went_on_another_day(clause)
                # (not a deed abroad: "the incident in which ten were killed by troops in
                # India's Assam state")
                and not told_abroad(clause.text)
            ):
                # "dozens of soldiers died in repeated assaults": casualties of the event
                # before ("No one was hurt in the new bombing": the one it names), told
                # with words of how, but no new when or where
                target = refers_to(clause, drafts, text)
                if target is None and _another_kind(clause, previous):
                    # "Two civilians were hit when the junta shelled the area where the
                    # fighting was", after a clash: the shelling beside it, at its place
                    # and on its day (or more of that shelling, told before)
                    told = _told_beside(clause, previous, drafts)
                    if told is None:
                        drafts.append(_beside(clause, previous, published))
                    else:
                        add_clause(told, clause)
                else:
                    add_clause(target or previous, clause)
                    _none_hurt_at_each(target or previous, clause, drafts)
            elif clause.triggers:
                trigger = clause.triggers[0]
                before_deed = trigger.span[0] - clause.span[0]  # the clause's words before it
                after = told_as_after(clause)  # "..., a day after": an event of another day
                target = refers_to(clause, drafts, text) if after is None else None
                began = None  # the event "the fighting" still going on began with
                if target is not None and goes_on_since(target, clause, published):
                    # "The fighting is still going on", weeks after it began: this month's
                    began, target = target, None
                referred = target is not None
                if (
                    target is None
                    and previous is not None
                    and after is None
                    and (
                        continues(previous, clause, trigger, published)
                        or _its_shrapnel(previous, clause)
                    )
                ):
                    target = previous
                if target is not None:
                    wider = target.place is None or target.place.kind in ("township", "region")
                    add_clause(target, clause, nearer=referred)
                    if any(d.precision == 1 for d in clause.dates) or (
                        referred and _during_it(clause, text)
                    ):
                        # "Junta airstrikes and shelling hit Momauk on Tuesday", told again
                        # of an air strike told before: the shelling beside it; "During
                        # the clash a jet conducted eight air strikes": the strikes beside it
                        add_beside(target, _kinds_beside(target, clause))
                    elif (answer := _answer_in(clause)) is not None:
                        # "In response, regime forces fired two rounds of artillery, and
                        # after the PDF attack their troops moved into the village": the
                        # shelling beside it
                        add_beside(target, _kinds_answered(target, clause, answer, text))
                    if wider and (told_at := _last_told(drafts, target)) is not None:
                        # "Since 22 June the KIA has mounted an offensive in Mohnyin
                        # Township ... fighting is going on in Nyaung Bin, Chaung Wa and
                        # Lwepaw": the event told wider, one at each village it names
                        drafts[told_at : told_at + 1] = _one_per_place(target, clause, gazetteer)
                    elif not wider:
                        # "The jet bombed Mangli and Konsone", after a strike on Mangli:
                        # the strike on Konsone too
                        drafts.extend(
                            _also_at(
                                target,
                                functools.partial(
                                    start_event,
                                    clause,
                                    trigger,
                                    _dated(drafts),
                                    published,
                                    anchors[-1] if anchors else None,
                                ),
                                clause,
                                drafts,
                                gazetteer,
                            )
                        )
                elif previous is not None and _answers(
                    clause, previous, text, published, gazetteer
                ):
                    # "PDF fighters attacked junta troops in Min Ma on Sunday. The junta
                    # responded with shelling.": the shelling there, that day
                    drafts.append(_beside(clause, previous, published))
                elif previous is not None and (
                    at := _also_at_unknown(clause, previous, text, gazetteer)
                ):
                    # "Jets bombed Tut Kone village in Katha Township on Wednesday. The
                    # same jets also bombed Sayti Yat village.": a village the gazetteer
                    # lacks, struck that day, placed at the township of the one before
                    drafts.append(_at_unknown(clause, previous, at, published))
                else:
                    draft = start_event(
                        clause, trigger, _dated(drafts), published, anchors[-1] if anchors else None
                    )
                    if setting is not None:
                        # "Similarly, at 7:10 PM on the same day, a man was riding home near
                        # Thein Inn. As he neared the village, a roadside bomb exploded."
                        set_in(
                            draft, clause, setting, _dated(drafts), anchors[-1] if anchors else None
                        )
                    _the_town(draft, clause, townships)
                    if began is not None and draft.place is None and began.place is not None:
                        draft.place = began.place
                        draft.notes.append(
                            f"No place named: taken to be {began.place.location}, where the "
                            "fighting told as still going on began."
                        )
                    if (
                        draft.date is None
                        and draft.place is None
                        and not clause.figures
                        and (generic(draft, text) or _gone_on_since_the_coup(clause.text))
                    ):
                        # "attacks such as shelling and air strikes"; "Since its 2021 coup
                        # the junta has punished communities with air strikes": no event
                        # (nor one a later sentence gives a day and a place)
                        draft.summary = True
                    if _many_places(clause) and (
                        _only_a_span_s_bound(clause, draft)
                        or (
                            (draft.date is None or draft.date.precision != 1)
                            and _over_days(clause, before_deed)
                        )
                    ):
                        # "Since the alliance began its operation last week, fighting has
                        # erupted in Kyaukme, Lashio, Kutkai, Hsenwi, Muse and Namkham": what
                        # went on over days in many places, no one event
                        draft.summary = True
                    if not clause.dates and (
                        _HABITUAL.search(
                            text,
                            max(clause.span[0], trigger.span[0] - 40),
                            min(clause.span[1], trigger.span[1] + 40),
                        )
                        # "From time to time the junta has hit ... with airstrikes": said of
                        # the whole clause
                        or _HABITUAL.match(clause.text.lstrip())
                        # "has clashed with the military for decades" (not "families who
                        # had lived there for years fled when troops shelled it")
                        or _FOR_LONG.match(text, trigger.span[1], clause.span[1])
                    ):
                        # "Shells are fired almost daily from Namlan": what is done again
                        # and again, no one event
                        draft.summary = True
                    if (
                        draft.ongoing
                        and draft.date is None
                        and clause.place is None
                        and clause.same_place is None
                        and not clause.figures
                        and clause.ongoing is not None
                        and clause.ongoing["continuing"]
                        and sum(1 for t in clause.triggers if not AIRCRAFT.fullmatch(t.text)) >= 2
                    ):
                        # "the junta continues to burn people alive, massacre civilians and
                        # use civilians as human shields": deeds it goes on doing, told
                        # for no place (one deed stays: "troops continue to shell homes")
                        draft.summary = True
                    if (
                        (draft.date is None or draft.date.precision != 1)
                        and (_unplaced(draft) or len(clause.places) >= 2)
                        and len({t.sub_event_type for t in clause.triggers}) >= _MANY_KINDS
                    ):
                        # "killed by shelling, an airstrike, an execution and gang rape":
                        # many deeds of many kinds, told at once
                        draft.summary = True
                    if after is not None and not draft.background and _died_alone(drafts, clause):
                        # "A child died on Tuesday, a day after a shell struck his home":
                        # the death is the shelling's, told on the day it came
                        fold(
                            draft,
                            drafts.pop(),
                            "Its dead are told as dying after it, on a day of their own.",
                        )
                    _kind_told_before(draft, clause, previous)
                    _went_on(draft, clause, previous)
                    draft.beside = _kinds_beside(draft, clause)
                    drafts.extend(_one_per_place(draft, clause, gazetteer))
            elif (
                item
                and heading is not None  # (as item says; for the type checker)
                and not clause.triggers
                and (
                    (clause.place is not None and not clause.place.elsewhere)
                    or any(d.precision == 1 for d in clause.dates)
                )
            ):
                # "The villages burned are: | 1. Shwechaung village - 35 houses on 05
                # December | 2. Pekhin village - ...": each item the deed at its place and day
                drafts.append(_item_of(*heading, clause, published))
                if heading[0].date is None and not heading[0].figures:
                    # "Troops burned houses in these villages:", no day or toll of its own:
                    # told by its items alone (not "bombed Mogaung on March 5, killing
                    # two, and also hit these places:")
                    told_in_parts.append(heading[0])
            elif clause.figures and (found := _day_within(clause, drafts)) is not None:
                # "Airstrikes killed four over the weekend ... six were injured on Saturday,
                # while four were killed on Sunday": a day of what was told, one event each
                base, day = found
                told_in_parts.append(base)
                draft = start_event(clause, base.trigger, None, published)
                draft.event_type, draft.sub_event_type = base.event_type, base.sub_event_type
                draft.date = day
                if draft.place is None and base.place is not None:
                    draft.place = base.place
                draft.actors.extend(base.actors)
                draft.notes.append(
                    f"One day ({day.text}) of the {base.sub_event_type or 'event'} told "
                    "before it, with its own figures."
                )
                drafts.append(draft)
            elif clause.figures and previous is not None and _another_day(clause, previous):
                # "A woman was wounded by shrapnel on Monday, 18 September": people hurt
                # on a day of their own, not the day of the event told before
                draft = start_event(clause, None, previous, published)
                if previous.sub_event_type in TAKEN_AWAY and not draft.actors:
                    draft.actors.extend(previous.actors)  # who took them killed them
                shelled = _SHELL_HURT.search(clause.text) is not None
                draft.event_type, draft.sub_event_type = (
                    ("Explosions/Remote violence", "Shelling/artillery/missile attack")
                    if shelled
                    else ("Violence against civilians", "Attack")
                )
                draft.notes.append(
                    "Casualties told on a day of their own, with no other wording of what "
                    + (
                        "happened: coded as shelling (shrapnel, shells)."
                        if shelled
                        else "happened: coded as an attack on civilians."
                    )
                )
                drafts.append(draft)
            elif (
                clause.figures
                and previous is not None
                and previous.trigger is not None
                and not clause.triggers
                and not clause.dates
                and (counted := days_counted(clause.text)) is not None
                and counted[0] > 0
                and _KILLED_BY.search(clause.text) is not None
            ):
                # "Three soldiers died on 11 July when the PDF ambushed them ... The next
                # day, several groups killed at least five soldiers": the fighting of
                # another day, of the kind told before
                draft = start_event(
                    clause, previous.trigger, previous, published, anchors[-1] if anchors else None
                )
                draft.notes.append(
                    "Killing told on a day counted from the event before, with no other "
                    "wording of what happened: coded as that event's kind "
                    f"({previous.trigger.text})."
                )
                drafts.append(draft)
            elif (
                clause.figures
                and previous is not None
                and not new_killing(clause, previous)
                # "A boy died on Thursday, one day after a shell struck his home": the
                # dead of the event told next, not of the one before
                and not _AFTER_NEXT.match(text, clause.span[1], sentence[1])
                and not told_abroad(clause.text)  # (nor the dead of a deed abroad)
            ):
                # more about the event before ("the toll had risen to seven by Tuesday"):
                # a date or place here is of the news, or incidental
                add_clause(previous, clause, with_date=False)
                _none_hurt_at_each(previous, clause, drafts)
            elif (
                drafts
                and _lacks(drafts[-1])
                and not drafts[-1].summary
                and not clause.figures
                and _told_soon_after(drafts[-1], sentence_number, starts)
                and (
                    (
                        _unplaced(drafts[-1])
                        and clause.place is not None
                        # (not from another item of a list: a digest's bullets are news
                        # of their own, "· ... jets bombed on Sunday." "· In Yinmabin, a
                        # school held games.")
                        and item_start(text, clause.span[0])
                        == item_start(text, drafts[-1].sentences[-1][0])
                        # (a state, after events placed finer in it: "We are hearing
                        # gunfire again in northern Shan State," after a strike in Mongmit)
                        and not _placed_finer_in(clause.place, drafts[:-1])
                    )
                    or (
                        drafts[-1].date is None
                        and any(d.precision == 1 for d in clause.dates)
                        # "On October 1 the junta took Kyaukme Town": a day of another
                        # township's, not of the strike on Thibaw told just before
                        and not _elsewhere(clause.place, drafts[-1].place)
                    )
                )
            ):
                # "Bombs fell on the village." ... "Mung Lai Hkyet lies two miles north of
                # Laiza." ... "It was hit just before midnight on Monday.": the where and when
                # of the event just told, in sentences of their own
                fill_in(drafts[-1], clause)
            elif (
                clause.kills_civilians
                and (clause.dates or clause.places)
                # "The service for the 29 dead was held on Oct. 10 at a cemetery in Laiza":
                # the dead of an event told elsewhere, mourned
                and not _MOURNED.search(clause.text)
            ):
                draft = start_event(clause, None, _dated(drafts), published)
                draft.event_type, draft.sub_event_type = "Violence against civilians", "Attack"
                draft.notes.append(
                    "No wording of how they were killed: coded as an attack on civilians."
                )
                drafts.append(draft)
        if text[sentence[0] : sentence[1]].rstrip().endswith(":"):
            heading = _list_heading(text[sentence[0] : sentence[1]], sentence, drafts)
        elif not (item or _LIST_MARK.fullmatch(text, *sentence)):
            heading = None  # the list, if any, has ended
    for base in told_in_parts:
        base.summary = True  # told part by part after it: the parts are the events
    carry_dates(drafts, anchors, spans, text)
    carry_places(drafts, townships, spans)
    date_strikes_told_beside(drafts, spans, text)
    date_by_place(drafts)
    drafts = merge_episodes(merge_restatements(drafts, text))
    mark_background(drafts, text, published)
    drafts = merge_span_tellings(merge_undated_tellings(drafts, text), text)
    date_days_so_far(drafts, text, published)
    date_what_is_being_done(drafts, text, published)
    mark_state_tellings(drafts, text)
    mark_still_going_on(drafts, text)
    drafts = split_kinds(drafts, text)
    mark_retold(drafts)
    events = []
    left_out: list[LeftOut] = []
    listed: set[tuple[str, int, int]] = set()
    for draft in drafts:
        why = left_out_why(draft, text)
        if why is not None:
            start, end = made_plain.span(*draft.sentences[0])
            if (why, start, end) not in listed:  # one sentence of two mentions listed once
                listed.add((why, start, end))
                left_out.append(LeftOut(why, start, end, pasted[start:end]))
            continue
        events.append(code_event(draft, text))
    for why, words in LEFT_OUT_MESSAGES.items():
        these = [item for item in left_out if item.why == why]
        if these:
            quotes = "; ".join(f"“{shorten(item.text)}”" for item in these[:3]) + (
                "; …" if len(these) > 3 else ""
            )
            messages.append(f"{len(these)} {words} left out: {quotes}")
    if not events:
        messages.insert(
            0,
            "No event found: no sentence says what happened (a strike, shelling, clash, "
            "seizure, arrest, visit ...) together with when or where.",
        )
    # the undated apart, after the dated: the analyst gives them a day or leaves them
    events = [e for e in events if e.event_date is not None] + [
        e for e in events if e.event_date is None
    ]
    proposed = tuple(_in_pasted(e, made_plain, pasted) for e in events)
    return Proposal(
        rate(proposed, text_length=len(pasted), published=published) if confidence else proposed,
        tuple(messages),
        tuple(left_out),
    )


#: How many events back the one a heading line tells is sought (a page of many such
#: lines is read in linear time).
_HEADING_REACH: Final = 3
#: The words a report calls listed places by: "these villages", "the following places".
_PLACES_LISTED: Final = "villages|towns|wards|places|locations|sites"
#: A line that heads a list of the places a deed was done to: the word for them right
#: before its colon ("burned houses in these villages:", "shelled the following villages:",
#: "Villages hit in the arson attack are:").
_HEADS_PLACES: Final = re.compile(
    rf"\b(?:{_PLACES_LISTED}|targets)\b[^:.;]{{0,80}}:\s*$", re.IGNORECASE
)
#: Places a list names as where people went, not where a deed was done: "forcing 3,000
#: people to flee to these places:".
_PLACES_GONE_TO: Final = re.compile(
    r"\b(?:to|towards|into)\s+(?:these|those|the following|the)\s+(?:\w+\s+)?"
    rf"(?:{_PLACES_LISTED})\b",
    re.IGNORECASE,
)


def _list_heading(
    line: str, sentence: tuple[int, int], drafts: list[Draft]
) -> tuple[Draft, Trigger] | None:
    """The event a line ending in a colon tells as done to the places a list after it
    names ("Junta troops burned houses in these villages:"), and the deed told last in it
    ("... bombed Mogaung and shelled the following villages:": the shelling); none where
    the list is of something else (people arrested, places people fled to, paragraphs, a
    statement's lines)."""
    if _HEADS_PLACES.search(line) is None or _PLACES_GONE_TO.search(line) is not None:
        return None
    told = [
        (d, t)
        for d in reversed(drafts[-_HEADING_REACH:])
        if d.tells(sentence)
        for t in ([d.trigger] if d.trigger else []) + [t for t, _ in d.beside]
    ]
    # (a deed told in the line itself, else that of the event it tells more of: "Troops
    # burned 100 houses this week. The villages burned are:")
    in_line = [(d, t) for d, t in told if sentence[0] <= t.span[0] < sentence[1]]
    return max(in_line or told, key=lambda told: told[1].span[0], default=None)


#: Where a place lies, measured from another: "lies 144 miles northwest of", "is located
#: some 20 km from", "sits about two miles north of".
_LIES_FROM: Final = re.compile(
    r"\b(?:lies|sits|located|situated)\s+(?:[\w()-]+\s+){0,8}?(?:of|from)\b", re.IGNORECASE
)


def _carried_places(clause: Clause) -> list[PlaceMention]:
    """The places of a clause that later events with no place of their own may be carried
    to: all of them, but where a clause of no deed tells where a place it names lies
    ("Kalay lies 144 miles northwest of Monywa, the region's capital"), not the places it
    is measured from. (Where the place that lies is not named, "The IDP camp is located 3
    miles north of Myitkyina", the town is the only where there is, and is kept.)"""
    lies = None if clause.triggers else _LIES_FROM.search(clause.text)
    if lies is None:
        return clause.places
    at = clause.span[0] + lies.start()
    if not any(p.span[0] < at and not p.elsewhere for p in clause.places):
        return clause.places
    return [p for p in clause.places if p.span[0] < at]


#: The mark of a list's item: a number ("1.", "2)", "(3)") or a bullet.
_MARK: Final = r"(?:\(?\d{1,2}[.)]|[•●▪◦*–-])"
#: A mark alone, which the sentences split from its item ("1.").
_LIST_MARK: Final = re.compile(rf"\s*{_MARK}\s*")
#: A mark that opens its item's sentence ("• Pekhin village ...", "(2) Pekhin village").
_MARK_OPENS: Final = re.compile(rf"{_MARK}\s+")


def _list_item(text: str, sentence: tuple[int, int]) -> bool:
    """Whether a sentence is an item of a list: it begins a line with a list's mark ("•
    Pekhin village - 15 houses", "(2) ..."), or its mark is all of its line before it
    ("  1. Shwechaung village - 35 houses on 05 December")."""
    line = text.rfind("\n", 0, sentence[0]) + 1
    before = text[line : sentence[0]]
    if before.strip():
        return _LIST_MARK.fullmatch(before) is not None
    return _MARK_OPENS.match(text, sentence[0]) is not None


def _item_of(heading: Draft, deed: Trigger, clause: Clause, published: dt.date) -> Draft:
    """An item of a list the event told in a line ending in a colon heads ("The villages
    burned are:"): that deed, by its doers, at the item's place and on its day (else the
    heading's)."""
    draft = start_event(clause, deed, None, published)
    if deed is heading.trigger:  # (its kind as read in the heading: "struck" by jets)
        draft.event_type, draft.sub_event_type = heading.event_type, heading.sub_event_type
    if draft.date is None:
        draft.date, draft.date_span = heading.date, heading.date_span
    if draft.place is None or draft.place.elsewhere:
        draft.place = heading.place
    draft.actors.extend(a for a in heading.actors if a not in draft.actors)
    draft.notes.append(
        "An item of a list headed by a line that tells what was done (ending in a colon): "
        "that deed, at the item's place and on its day."
    )
    return draft


#: Things counted as done many times: "seized nearly 50 outposts", "burned 20 villages".
#: What a count of many deeds or posts counts: "outposts", "airstrikes".
_COUNTED_NOUNS: Final = (
    r"(?:outposts|bases|camps|positions|posts|strongholds|villages|towns|townships|air ?strikes|"
    r"attacks|raids|clashes|battles|massacres|incidents|killings|bombings)\b"
)
#: Words between a count and what it counts: "nearly 50 junta outposts", "14 more towns".
_COUNT_WORDS: Final = (
    r"(?:(?:junta|regime|military|army|enemy|police|militia|SAC|key|strategic|major|small|"
    r"more|other|separate|different|new|(?-i:[A-Z]{2,6})|[\w-]+['’]s)\s+){0,2}"
)
_COUNTED: Final = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens? of|a dozen|"
    rf"several|scores of|hundreds of)\s+{_COUNT_WORDS}{_COUNTED_NOUNS}",
    re.IGNORECASE,
)
#: A count of posts or deeds, and the count: "at least 112 junta positions".
_MANY_COUNTED: Final = re.compile(
    # (not a unit's number: "Light Infantry Battalion 387 later shelled villages")
    r"(?<!Battalion )(?<!Brigade )(?<!Division )(?<!Regiment )(?<!Column )(?<!No\. )(?<!LIB )"
    # (a count read in bounded steps: "1,1,1,..." is read in one pass)
    r"(?<!IB )\b(?P<n>\d{1,3}(?:,\d{3})+(?!\d)|\d+|dozens? of|scores of|hundreds of)\s+"
    rf"{_COUNT_WORDS}{_COUNTED_NOUNS}",
    re.IGNORECASE,
)
#: How many deeds or posts told at once make a tally, no event.
_MANY_DEEDS: Final = 10


def _many(count: str) -> bool:
    """Whether a count of :data:`_MANY_COUNTED` tells of many: ten or more, dozens."""
    digits = count.replace(",", "")
    return not digits.isdigit() or int(digits) >= _MANY_DEEDS


#: Words of a total over several events: "across two days", "in all", "so far".
_ACROSS: Final = re.compile(
    rf"\b(?:{SO_FAR_WORDS}|altogether|all told|"
    # "nine civilian deaths in Lashio up to now" (not "Until now, the military has not
    # commented")
    r"(?:deaths|dead|killed|died|casualties|injured|wounded)\b[^.;]{0,40}?\b(?:up to|until) now|"
    r"across (?:the |its )?(?:two|three|"
    r"four|five|several|many|\d+|the) (?:days|weeks|months|villages|wards|townships|state|"
    r"region)|over (?:the (?:past|last) )?(?:two|three|four|few|several|\d+) "
    rf"(?:(?:{IN_A_ROW}) )?(?:days|weeks|months)|"
    r"in (?:a number of|several|many|multiple|various) (?:[\w-]+ ){0,3}?"
    r"(?:townships|villages|places|areas)|"
    rf"within (?:two|three|four|five|several|a few|\d+) (?:(?:{IN_A_ROW}) )?"
    r"(?:days|weeks|months)|"
    # "during the two days of fighting", "in five different wards"
    r"(?:during|in|throughout) (?:the )?(?:past |last )?(?:two|three|four|five|several|few|"
    rf"\d+) (?:(?:{IN_A_ROW}) )?(?:days|weeks|months)|"
    r"(?:over|in|during|throughout) the (?:past|last) (?:week|month|year)|"
    r"in (?:two|three|four|five|six|seven|eight|nine|ten|several|\d+) (?:different|separate) "
    r"(?:villages|wards|townships|places|areas|locations)|"
    r"since the (?:start|beginning)|"
    r"(?:this|last) (?:year|month) alone|"
    # "in the course of its operations and raids it has ... killed civilians, leaving
    # nearly 80 dead": what many deeds left
    r"in the course of (?:its|their|the) (?:military )?(?:operations|raids|attacks|offensives|"
    r"campaigns)|"
    # "were injured in Hsenwi, Kutkai, Lashio and Namkham townships": the dead or hurt of
    # three or more townships at once (not townships named aside: "the TNLA, which
    # operates in Namhsan, Manton and Kutkai townships, said ...")
    r"(?:killed|dead|died|injured|wounded|hurt) in (?:(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)?"
    r", )++(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)?,? and (?-i:[A-Z])[\w'’-]+"
    r"(?: (?-i:[A-Z])[\w'’-]+)? townships)\b",
    re.IGNORECASE,
)


#: A country's whole: "nationwide", "across the country" (not a ceasefire's name).
_NATIONWIDE: Final = re.compile(
    r"\bnationwide\b(?!\s+ceasefire)|\b(?:across|throughout) the country\b|"
    # the toll of the coup ("the coup sparked a crackdown that has seen more than 4,100
    # killed"; not "troops loyal to the coup leaders have killed four farmers")
    r"\bcoup\b[^.;]{0,100}\b(?:has|have)\s+(?:seen|left|claimed)\b",
    re.IGNORECASE,
)
#: Wording of people hurt by shelling: "wounded by shrapnel", "hit by a shell".
_SHELL_HURT: Final = re.compile(r"\b(?:shrapnel|shells?|shelling|mortars?|artillery)\b", re.I)


#: The people taken, told again: "the two", "the men", "they", "of them".
_THE_TAKEN: Final = re.compile(
    r"\b(?:the (?:two|three|four|five|six|men|women|youths?|villagers|detainees|victims)|"
    r"they|them|of them|of whom)\b",
    re.IGNORECASE,
)
#: A day the dead were found or heard of, not killed on.
_LEARNED: Final = re.compile(
    r"\b(?:found|discovered|recovered|learned|learnt|heard|told|said|confirmed|reported|"
    r"identified|posted|announced|stated|wrote)\b",
    re.IGNORECASE,
)


#: A deed told as having gone on, or going on: "have been reported", "has been fighting".
_GONE_ON: Final = re.compile(r"\b(?:has|have)\s+been\b|\b(?:is|are)\s+\w+ing\b", re.IGNORECASE)
#: "since" that compares, not a span: "the heaviest raids since the coup", "the first
#: clashes in the area since January".
_FIRST_SINCE: Final = re.compile(rf"\b{FIRST_SINCE}", re.IGNORECASE)
#: A time of weeks or more that deeds at many places are told over, before them: "over
#: the month of December", "during the past weeks", "in the course of the year" (a week,
#: "over the past week", may be one event's).
_OVER_A_PERIOD: Final = re.compile(
    r"\b(?:over|during|throughout|in the course of)\s+(?:the\s+)?(?:past\s+|last\s+)?"
    r"(?:\w+\s+)?(?:months?|weeks|years?)\b",
    re.IGNORECASE,
)
#: Towns taken one after another: "city after city", "town after town".
_ONE_AFTER_ANOTHER: Final = re.compile(r"\b(city|town|township) after \1\b", re.IGNORECASE)
#: How many townships a telling over days names that make it a summary.
_MANY_PLACES: Final = 3
#: Deeds told as recent, or as done lately: "Recent battles have taken place in ...", "in
#: recent weeks", "recently slipped out of junta hands" (not "the most recent air
#: strikes", the latest round; not "a recent report").
_RECENT: Final = re.compile(
    r"\b(?<!most )recent(?= (?:battles|fighting|clashes|attacks|air ?strikes|airstrikes|"
    r"shelling|raids|offensives|assaults|bombings)\b)|\bin recent (?:days|weeks|months)\b|"
    r"\brecently\b",
    re.IGNORECASE,
)


def _many_places(clause: Clause) -> bool:
    """Whether a clause names :data:`_MANY_PLACES` townships or more (no state, none
    named as elsewhere)."""
    return (
        len(
            {
                p.township_pcode or p.location
                for p in clause.places
                if not p.elsewhere and p.kind != "region"
            }
        )
        >= _MANY_PLACES
    )


def _only_a_span_s_bound(clause: Clause, draft: Draft) -> bool:
    """Whether the only day of a clause is told as a bound of a span it names: "Attacks of
    an offensive that began on March 7 have targeted Putao, Bhamo and Momauk" (not "The
    offensive, which began on March 7, saw fighting in ... on March 9")."""
    return (
        draft.date is not None
        and bounds_a_span(clause, draft.date)
        and all(d.precision != 1 or bounds_a_span(clause, d) for d in clause.dates)
    )


def _over_days(clause: Clause, before_deed: int) -> bool:
    """Whether a clause tells its deeds as done over days: "Since the alliance began its
    operation, fighting has erupted in ...", "Over the past weeks the TNLA seized ...",
    "city after city", "recent battles" (words before the deed), or "clashes have been
    reported ... since July" (of what has gone on)."""
    return bool(
        SINCE_WORDS.search(clause.text, 0, before_deed)
        # (told before the deed: not "the heaviest strikes in the area over the past months")
        or _OVER_A_PERIOD.search(clause.text, 0, before_deed)
        or ((recent := _RECENT.search(clause.text)) is not None and recent.start() < before_deed)
        or _ONE_AFTER_ANOTHER.search(clause.text) is not None
        # (not "the heaviest raids since the coup")
        or (
            _GONE_ON.search(clause.text)
            and SINCE_WORDS.search(clause.text)
            and not _FIRST_SINCE.search(clause.text)
        )
    )


#: Words of a deed done again and again: "almost daily", "every night", "regularly".
_HABITUAL: Final = re.compile(
    # ("daily" said of the deed, not of a noun: "a daily wage worker")
    r"\b(?:(?:almost |nearly )?(?:daily|nightly)(?=\s*(?:[,.;:)]|$|(?:from|in|on|at|by|"
    r"since|and|for|as|with|during|near|into|over)\b))|near-daily|every (?:day|night|morning|"
    r"evening)|day and night|day after day|night after night|(?:on )?a daily basis|"
    rf"{HABITUAL_WORDS}|"
    # "these repeated airstrikes on Khampat"
    r"(?:repeated|frequent|constant|continual|relentless|incessant|ceaseless)(?= (?:air ?strikes|"
    r"attacks|shelling|bombings|bombardments|raids|clashes|assaults|offensives)\b))\b",
    re.IGNORECASE,
)
#: A long time a deed is told as going on for, after it: "for decades", "for months".
_FOR_LONG: Final = re.compile(
    r"[^.;,]{0,40}?\bfor (?:(?:many|several) )?(?:weeks|months|years|decades)\b", re.I
)
_BURNING: Final = "Looting/property destruction"
#: How far before a deed its doer may be named: "where the junta troops torched".
_DOER_REACH: Final = 30
#: A deed told in the passive: "20 houses were burned".
_PASSIVE_BEFORE: Final = re.compile(r"\b(?:were|was|been|being|be)\s+$", re.IGNORECASE)
#: A count right before a deed: "(37) airstrikes", "(hundreds of) artillery shells", "(a
#: total of) 15 clashes".
_TALLIED: Final = re.compile(
    r"(?:\b\d[\d,]*|\b(?:dozens|hundreds|scores|thousands|a total|a series|a number)\s+of|"
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|several|many|numerous|multiple|repeated))\s+"
    # (only words of the deed between: not what did it, "two sides clashed", "two jets bombed")
    r"(?:(?:\d[\d,]*|heavy|more|separate|further|other|additional|artillery|air|aerial|drone|"
    r"mortar|rocket|reported|recorded|confirmed)\s+){0,2}$",
    re.IGNORECASE,
)


def _tallied(clause: Clause, trigger: Trigger) -> bool:
    """Whether a deed is counted ("12 airstrikes"), not by a day ("on Aug. 8 and 9 jets")."""
    end = trigger.span[0] - clause.span[0]
    m = _TALLIED.search(clause.text, max(0, end - 60), end)
    return m is not None and not any(
        d.span[0] <= clause.span[0] + m.start() < d.span[1] for d in clause.dates
    )


#: Words of the dead mourned or buried, with no deed told: "a funeral for the 29 dead",
#: "were buried in Laiza", "a memorial service", "mourners gathered at the cemetery".
_MOURNED: Final = re.compile(
    r"\b(?:funerals?|burials?|buried|mourn\w*|cemetery|cemeteries|graveyard|cremat\w*|"
    r"laid to rest|memorial)\b",
    re.IGNORECASE,
)


#: Kinds a coder splits at one place and day: the fighting, and the shelling, the air
#: strike or the burning told beside it.
_SPLIT_KINDS: Final = frozenset(
    {"Armed clash", "Shelling/artillery/missile attack", "Air/drone strike", _BURNING, CHEMICAL}
)


_SHRAPNEL: Final = re.compile(SHRAPNEL, re.IGNORECASE)
#: The rank of the words that only say someone attacked (the last of the triggers).
_ATTACKED_ONLY_RANK: Final = len(TRIGGERS) - 1
#: Words that name no kind of their own beside another: "a shell struck a house", "an
#: offensive of ground assaults, airstrikes and shelling".
_NO_KIND_OF_ITS_OWN: Final = re.compile(
    rf"struck|strikes?|striking|hits?|offensives?|operations?|{SHRAPNEL}|explosives? rained",
    re.IGNORECASE,
)


#: An attack on an armed side's post told as what the event came after: "after the KIA
#: had attacked one of its camps", "after its camp was attacked by the KIA" (not "days
#: after ...", "the day after ...": another day, :data:`_COUNTED_BEFORE`).
_POSTS: Final = (
    r"(?:camps?|bases?|outposts?|posts?|positions?|battalions?|troops|columns?|checkpoints?)\b"
)
_CAMP_ATTACKED_BEFORE: Final = re.compile(
    r"\b(?:after|following)\s+"
    r"(?:[^.;]{1,80}?\s(?:had\s+|has\s+)?(?P<deed>attacked|raided|assaulted|fired (?:at|on))"
    rf"\s+(?:[\w'’-]+\s+){{0,3}}?{_POSTS}|(?:its|their|the|a)\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"{_POSTS}\s+(?:was|were|had been)\s+(?P<passive>attacked|raided|assaulted))",
    re.IGNORECASE,
)
#: A time counted before "after": "days after", "the day after", "a month after".
_COUNTED_BEFORE: Final = re.compile(r"\b(?:days?|nights?|weeks?|months?|years?)\s+$", re.IGNORECASE)
#: Words that put a deed told beside an event at another time (or place): "where the KIA
#: had clashed", "... last week", "has raged for weeks", "raged across the country".
_ANOTHER_TIME_BEFORE: Final = re.compile(r"\b(?:had|had been|has|have)\s+$", re.IGNORECASE)
#: A clause of time a deed is told in: "bombed the village after fighting nearby".
_TIME_CLAUSE_BEFORE: Final = re.compile(
    r"\b(?:after|before|following|since)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE
)
_ANOTHER_TIME_AFTER: Final = re.compile(
    r"\b(?:last (?:week|month|year|night)|earlier|ago|previously|before that|the day before|"
    r"the previous (?:day|week)|for (?:days|weeks|months|years)|since|"
    # ... or place: "as fighting raged across the country"
    r"across the (?:country|state|region)|nationwide|elsewhere)\b",
    re.IGNORECASE,
)
#: How far after a deed told beside an event the words of its own time may be.
_OWN_TIME_AFTER: Final = 60


def _at_another_time(
    clause: Clause,
    start: int,
    end: int,
    day: DateMention,
    starts: list[int],
    *,
    perfect: bool = True,
) -> bool:
    """Whether the deed told at ``start:end`` of the text is of another time than the
    clause's event (``day``): in the past perfect, or followed by words or a day of its
    own before the clause ends (``starts``: where the clause's dates start, in order)
    ("where the KIA had clashed with the army last week";
    "attacked its base in Bhamo on Monday"; "Fighting near the town has raged for weeks")."""
    at, to = start - clause.span[0], end - clause.span[0]
    # up to the event's own day, when told after the deed ("Shelling and airstrikes hit
    # Momauk on Tuesday, residents who fled on Monday said": Monday is not the shelling's)
    until = to + _OWN_TIME_AFTER
    if to <= day.span[0] - clause.span[0] < until:
        until = day.span[0] - clause.span[0]
    first = bisect.bisect_left(starts, end)  # the clause's dates, by where they start
    return (
        (
            perfect
            and (
                _ANOTHER_TIME_BEFORE.search(clause.text, max(0, at - 12), at) is not None
                or _TIME_CLAUSE_BEFORE.search(clause.text, max(0, at - 40), at) is not None
            )
        )
        or _ANOTHER_TIME_AFTER.search(clause.text, to, until) is not None
        or (clause.ongoing is not None and to <= clause.ongoing.start() < until)
        or (
            first < len(starts)
            and starts[first] < clause.span[0] + until
            and (clause.dates[first].start, clause.dates[first].end) != (day.start, day.end)
        )
    )


def _kinds_beside(draft: Draft, clause: Clause) -> list[tuple[Trigger, list[ActorMention] | None]]:
    """The other kinds of deed a clause tells beside its event's, on its day ("airstrikes
    and shelling hit the village on Tuesday"; "shelled a village after the KIA had
    attacked one of its camps"), each with who did it (None: the event's actors); a coder
    codes each as an event of its own, at its place and day."""
    day = draft.date
    if (
        draft.sub_event_type not in _SPLIT_KINDS
        or day is None  # told on a day of its own, not one carried from elsewhere
        or not kinds_told_apart(day)
    ):
        return []
    if day.precision != 1 and any(_tallied(clause, t) for t in clause.triggers):
        # "37 airstrikes and 120 artillery attacks in Mansi Township between Oct. 8 and
        # 10": a tally of days, no events of each kind
        return []
    # what aircraft fire or drop is no shelling beside them ("a jet fired missiles", "a
    # drone dropped mortar shells"); shelling told beside them is ("hit by fighter jets and
    # shelling", "jets bombed the town while troops fired mortar shells")
    dropped = draft.trigger is not None and fired_by_aircraft(clause, draft.trigger)
    starts = [d.span[0] for d in clause.dates]
    told: list[tuple[Trigger, list[ActorMention] | None]] = []
    kinds = {draft.sub_event_type}
    for t in clause.triggers:
        if (
            t.sub_event_type in _SPLIT_KINDS
            # houses burned where troops fought are burned by them; where bombs fell, by
            # the bombs ("homes burned after jets struck Hsipaw")
            and (
                t.sub_event_type != _BURNING
                or (
                    draft.sub_event_type == "Armed clash"
                    # burned by someone ("troops torched 20 houses"), not in the fighting
                    # ("20 houses were burned in the fighting")
                    and not _PASSIVE_BEFORE.search(clause.text, 0, t.span[0] - clause.span[0])
                )
            )
            and t.sub_event_type not in kinds
            and not only_attacked(t)
            and _NO_KIND_OF_ITS_OWN.fullmatch(t.text) is None
            and not fired_by_aircraft(clause, t)
            and not (dropped and AIRCRAFT.fullmatch(t.text))
            and not _at_another_time(clause, *t.span, day, starts)
        ):
            kinds.add(t.sub_event_type)
            # who burned, told right before ("where the troops torched"): theirs
            doers = [a for a in clause.actors if 0 <= t.span[0] - a.span[1] <= _DOER_REACH]
            told.append((t, doers if t.sub_event_type == _BURNING and doers else None))
    camp = _CAMP_ATTACKED_BEFORE.search(clause.text)
    if camp is not None and not _COUNTED_BEFORE.search(clause.text, 0, camp.start()):
        # the attack on the camp, that day, is a clash of its own: who attacked it, then
        # whose camp it was (the event's actors: "its camps")
        deed = "deed" if camp["deed"] else "passive"
        start, end = clause.span[0] + camp.start(deed), clause.span[0] + camp.end(deed)
        whole = (clause.span[0] + camp.start(), clause.span[0] + camp.end())
        if "Armed clash" not in kinds and not _at_another_time(
            clause, start, whole[1], day, starts, perfect=False
        ):
            attackers = [
                a
                for a in clause.actors
                if whole[0] <= a.span[0]
                and (a.span[1] <= start if deed == "deed" else end <= a.span[0] < end + 40)
            ]
            named = {a.name for a in attackers}
            owners = [a for a in draft.actors if a.name not in named]
            trigger = Trigger(
                "Battles", "Armed clash", (start, end), camp[deed], _ATTACKED_ONLY_RANK
            )
            told.append((trigger, attackers + owners if attackers else []))
    return told


#: A trigger that tells people hurt by the deed: "injured by the junta's heavy weapons".
_HURT_BY: Final = re.compile(rf"(?:{HURT_BY})\b", re.IGNORECASE)
#: Words that tie casualties told before a deed to it: "were hurt when shells landed",
#: "died in the shelling", "killed by an airstrike".
_CAUSED_BY: Final = re.compile(
    r"\b(?:when|as|by|in|during|while|from|amid|after|due to|because of|owing to)\s+"
    r"(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)


def _its_shrapnel(previous: Draft, clause: Clause) -> bool:
    """Whether a clause tells only people hurt by shrapnel, with no day of its own, where
    the event before (an air strike, shelling) was: that event's ("Junta jets bombed
    Mansi on Monday. Two villagers in Mansi were wounded by shrapnel.")."""
    return (
        all(_SHRAPNEL.fullmatch(t.text) for t in clause.triggers)
        and previous.sub_event_type in _SPLIT_KINDS
        and not clause.dates
        and (
            clause.place is None
            or (
                previous.place is not None
                and clause.place.township_pcode is not None
                and clause.place.township_pcode == previous.place.township_pcode
            )
        )
    )


def _another_kind(clause: Clause, previous: Draft) -> bool:
    """Whether a clause with no when or where of its own tells a deed of another kind
    than the event before, one a coder codes apart ("Two civilians were hit when the
    junta shelled the area where the fighting was", after a clash)."""
    kinds = {t.sub_event_type for t in clause.triggers}
    first = clause.triggers[0]
    at = first.span[0] - clause.span[0]
    return (
        previous.sub_event_type in _SPLIT_KINDS
        and first.sub_event_type in _SPLIT_KINDS
        and previous.sub_event_type not in kinds
        # "launched an attack on the ceremony": no wording of how; "wounded by shrapnel":
        # no kind of its own
        and not only_attacked(first)
        and _NO_KIND_OF_ITS_OWN.fullmatch(first.text) is None
        # the figures are the deed's: told after it ("shells landed on the bus station,
        # and two people were hurt") or hurt by it ("... were hurt when shells landed");
        # not "Ten soldiers were killed, and the junta later shelled nearby villages"
        and (
            all(at < f.amount.span[0] - clause.span[0] for f in clause.figures)
            or _CAUSED_BY.search(clause.text, max(0, at - 40), at) is not None
            or _HURT_BY.match(first.text) is not None  # "injured by heavy weapons"
        )
    )


def _told_beside(clause: Clause, previous: Draft, drafts: list[Draft]) -> Draft | None:
    """The event of the clause's kind told before, at the place and on the day of the one
    before ("airstrikes and shelling hit the village" ... "no one was hurt in the
    airstrike")."""
    kind = clause.triggers[0].sub_event_type
    for draft in reversed(drafts[-REFERS_BACK:]):
        if (
            draft.sub_event_type == kind
            and _day(draft) == _day(previous)
            and (draft.place.location if draft.place else None)
            == (previous.place.location if previous.place else None)
            and not (draft.summary or draft.background)
        ):
            return draft
    return None


def _day(draft: Draft) -> tuple[dt.date, dt.date] | None:
    """The days an event is told on, if any."""
    if draft.date is not None:
        return draft.date.start, draft.date.end
    return draft.date_span[:2] if draft.date_span is not None else None


#: Words of the time an event fills: "during (the clash)", "amid".
_AMID: Final = r"during|amid|amidst|in the course of|throughout"
#: Words of a deed done in answer to the one told before ("responded with shelling", not
#: "did not respond to requests for comment"; "used artillery and airstrikes to repel the
#: KIA forces"), or during it ("during the ambush").
_IN_ANSWER: Final = re.compile(
    r"\b(?:respond(?:ed|s|ing)? (?:with|by)|retaliat(?:ed|es|ing) (?:with|by)|"
    r"in (?:response|retaliation|return)\b|(?:hit|struck|fought|fired) back|"
    r"to (?:repel|repulse|push back|drive back|beat back)\b|"
    r"counter(?:ed|s|ing)? (?:the |their |its )?(?:attacks?|assaults?|offensive) with\b|"
    rf"(?:{_AMID}) (?:the|this|that) (?:[\w-]+ )?(?:ambush|attack|assault|"
    r"clash(?:es)?|fighting|battle|offensive|raid)\b)",
    re.IGNORECASE,
)


#: Words that tell a deed in answer as no deed of that day: done as a rule, in the past,
#: denied, asked for, ordered or planned, or failed.
_NO_ANSWER_DONE: Final = re.compile(
    rf"\b(?:{HABITUAL_WORDS}|usually|typically|always|in the past|such attacks|"
    rf"{DENY_WORDS}|request(?:s|ed)?|ask(?:s|ed)? for|call(?:s|ed)? (?:in|for)|"
    # (not "in order to repel")
    rf"orders|ordered|{MAY_COME_WORDS}|fail(?:s|ed)? to|"
    r"(?:did|does|do) not|didn['’]t|never)\b",
    re.IGNORECASE,
)


def _answers(
    clause: Clause, previous: Draft, text: str, published: dt.date, gazetteer: Gazetteer
) -> bool:
    """Whether a clause tells, with no when or where of its own, a deed of another kind
    done in answer to the event told just before, or during it ("The junta responded
    with shelling"; "An Mi-35 fired on resistance targets during the ambush"), or by
    its doers after it ("The soldiers then set fire to 50 motorcycles"), which has its
    day and place."""
    told_to = max(e for _, e in previous.sentences)
    deed = clause.triggers[0] if clause.triggers else None
    return (
        not (clause.dates or clause.unknown or clause.figures)
        # where the doers are is no place of the deed ("In response, the command
        # headquarters in Monywa shelled the area")
        and all(p.origin for p in clause.places)
        and previous.date is not None
        and previous.date.precision == 1
        and previous.place is not None
        and deed is not None
        and deed.sub_event_type in _SPLIT_KINDS
        and deed.sub_event_type != previous.sub_event_type
        and not only_attacked(deed)
        and (
            # (a post taken is answered too: "two planes came to bomb it in response")
            (
                previous.sub_event_type in _SPLIT_KINDS | GROUND_TAKEN
                and _answer_in(clause) is not None
            )
            or (
                previous.sub_event_type in _SPLIT_KINDS | GROUND_TAKEN | _DONE_TO_PEOPLE
                and _burned_after(clause, deed, previous)
            )
        )
        # told right after it, in its sentence or the next, or after a few words that tell
        # no deed, day or place but its own ("Many junta casualties were reported. In
        # response, ...")
        and (
            clause.sentence[0] <= told_to
            or _nothing_else(
                text[told_to : clause.sentence[0]],
                (previous.date.start, previous.date.end),
                previous.place.location,
                published,
                gazetteer,
            )
        )
    )


#: Deeds done to people, after which their doers may burn what is there.
_DONE_TO_PEOPLE: Final = frozenset({"Attack", "Abduction/forced disappearance", "Arrests"})
#: The doers told again, before a burning: "the soldiers", "they", "the junta troops".
_DOERS_AGAIN: Final = re.compile(
    r"\b(?:they|the\s+(?:[\w-]+\s+){0,2}?(?:soldiers|troops|column|forces|men|attackers|"
    r"raiders|gunmen|militia|fighters))\s+(?:then\s+|also\s+|later\s+|afterwards\s+)?"
    r"(?:(?:started|began|went on|continued|proceeded)\s+(?:to\s+)?)?$",
    re.IGNORECASE,
)


def _burned_after(clause: Clause, deed: Trigger, previous: Draft) -> bool:
    """Whether a clause tells the doers of the event before burning something after it:
    "The soldiers then set fire to about 50 motorcycles" (not "Houses were burned", nor
    a burning that has gone on: "they have burned homes since the coup"; nor soldiers
    told after a deed a non-state group did: "PDF fighters ambushed a junta column. The
    soldiers then torched 30 houses"; nor bodies, or what is one's own or the enemy's
    arms burned: "burned the bodies", "set fire to three military trucks")."""
    at = deed.span[0] - clause.span[0]
    doers = _DOERS_AGAIN.search(clause.text, 0, at)
    if (
        deed.sub_event_type != _BURNING
        or doers is None
        or SINCE_WORDS.search(clause.text) is not None
        or _NOT_PROPERTY_BURNED.match(clause.text, at + len(deed.text)) is not None
    ):
        return False
    did = [
        a
        for a in previous.actors
        if previous.trigger is not None and a.span[0] < previous.trigger.span[0]
    ]
    return not (
        _STATE_DOERS.search(doers.group(0)) is not None and did and did[-1].name not in STATE_FORCES
    )


#: Soldiers told again: the state's forces, not a group's fighters.
_STATE_DOERS: Final = re.compile(r"\b(?:soldiers|troops|column|army)\b", re.IGNORECASE)
#: What a burning after the event may not be of: the dead, one's own, the arms of war.
_NOT_PROPERTY_BURNED: Final = re.compile(
    r"\s+(?:to\s+)?(?:the\s+|their\s+|its\s+|two\s+|three\s+|several\s+|\d+\s+)?"
    r"(?:own\b|bod(?:y|ies)\b|corpses?\b|remains\b|"
    r"(?:[\w-]+\s+)?(?:military|army|junta|regime|enemy)\s+(?:trucks?|vehicles?|bases?|"
    r"camps?|outposts?|posts?))",
    re.IGNORECASE,
)


#: Most characters told between an event and the answer to it.
_ANSWER_GAP: Final = 600


def _nothing_else(
    words: str,
    days: tuple[dt.date, dt.date],
    place: str,
    published: dt.date,
    gazetteer: Gazetteer,
) -> bool:
    """Whether a few words tell no deed, and no days or place but the event's."""
    return len(words) <= _ANSWER_GAP and not (
        find_triggers(words)
        or any((d.start, d.end) != days for d in find_dates(words, published=published))
        or any(p.kind != "region" and p.location != place for p in find_places(words, gazetteer))
    )


def _beside(clause: Clause, previous: Draft, published: dt.date) -> Draft:
    """An event of another kind told beside the one before, at its place and on its day."""
    draft = start_event(clause, clause.triggers[0], previous, published)
    if draft.date is None and draft.date_span is None:
        draft.date, draft.date_span = previous.date, previous.date_span
    if draft.place is None or draft.place.elsewhere:
        draft.place = previous.place
    if _burned_after(clause, clause.triggers[0], previous):
        # "The soldiers then set fire to 50 motorcycles": the doers of the event before
        # (not those the burned things belonged to: "the homes of PDF members")
        draft.actors = list(previous.actors)
    # "shelled the area and a jet dropped bombs": each kind told, at its place that day
    draft.beside = _kinds_beside(draft, clause)
    draft.notes.append(
        f"Told beside the {previous.sub_event_type} before it, with no when or where of its "
        "own: an event of its own kind, on its day and at its place."
    )
    return draft


#: People told as killed (not as having died): "were killed", "was shot dead".
_KILLED_THAT_DAY: Final = re.compile(
    r"\b(?:(?:were|was)\s+(?:(?:all|both|reportedly)\s+)?(?:killed|shot dead|shot and killed|"
    r"gunned down)\b|"
    # "an explosion near a market claimed the lives of a man and a woman" (something that
    # kills in war: not "malaria claimed the lives of two children")
    r"\b(?:explosions?|blasts?|shells?|shelling|bombs?|bombing|strikes?|attacks?|gunfire|"
    r"mines?|landmines?|rockets?|missiles?|drones?|bullets?|mortars?)\b[^.;]{0,60}?"
    r"(?:killed|killing|claimed\s+the\s+lives\s+of|claiming\s+the\s+lives\s+of|"
    r"took\s+the\s+lives\s+of)\s+(?:at\s+least\s+)?(?:a|an|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|\d+)\b)",
    re.IGNORECASE,
)


def _another_day(clause: Clause, previous: Draft) -> bool:
    """Whether a clause's civilians hurt are of a day of their own: one day named, not the
    day of the event told before, no one killed (the dead told on a later day, "two more
    died of their wounds on Wednesday", "bodies pulled from the rubble on Tuesday", are
    the event's), and nothing that makes it a later toll. The people taken, killed on a
    day after they were taken ("arrested two youths on July 25 ... on July 31, the two
    were killed"), are so too: a killing of its own (not bodies found or deaths learned
    of that day, nor soldiers killed)."""
    if previous.date is None:
        return False
    any_killed = any(f.kind == "killed" for f in clause.figures)
    taken_killed = (
        previous.sub_event_type in TAKEN_AWAY
        and any_killed
        and all(f.side in (None, "civilian") for f in clause.figures)
        and _THE_TAKEN.search(clause.text) is not None
        and _LEARNED.search(clause.text) is None
    )
    if not clause.dates:
        # "arrested two volunteers on Wednesday. The next day the two were killed"
        counted = days_counted(clause.text)
        return taken_killed and counted is not None and counted[0] > 0
    days = {(d.start, d.end) for d in clause.dates if d.precision == 1}
    return (
        len(days) == 1
        and len(clause.dates) == 1
        and (previous.date.start, previous.date.end) not in days
        and (
            (
                any(f.kind == "injured" and f.side == "civilian" for f in clause.figures)
                and not any_killed
            )
            or taken_killed
            # "Seven civilians were killed on 3rd July", after the attack of 2 July: killed
            # that day (not "died of their wounds on Wednesday", nor bodies found then)
            or (
                any_killed
                # (the dead of a strike told the day after are the strike's: "bombed
                # Momauk late on Monday. Four were killed after midnight on Tuesday")
                and previous.event_type != "Explosions/Remote violence"
                and all(f.side in (None, "civilian") for f in clause.figures)
                and _KILLED_THAT_DAY.search(clause.text) is not None
                and _LEARNED.search(clause.text) is None
            )
        )
        and not _BY_DAY.search(
            clause.text[
                max(0, clause.dates[0].span[0] - clause.span[0] - 20) : clause.dates[0].span[0]
                - clause.span[0]
            ]
        )
    )


#: The coup, as a time things are counted or told since: "the coup", "its 2021 coup", "the
#: February 1 coup", "the Feb. 1, 2021 coup", "the military coup"; or power seized: "it
#: took power", "the junta seized power".
_THE_COUP: Final = (
    r"(?:the|its|a) (?:(?:(?:February|Feb\.)(?: 1,?)? )?\d{4} |(?:February|Feb\.) 1 |military )?"
    rf"(?:coup|putsch)|(?:the (?:military|army|junta|regime)|it|they) {POWER_SEIZED}"
)
#: Words of a count since a time long past: "Since then, more than 3,000 civilians ...",
#: "nearly 200 killed since May 2023", "have lost their lives to the junta since it took
#: power in a coup". A tally unless the clause tells a day of its own ("killing three on
#: Monday, the first deaths in the town since May 2023"; not the day of its telling, told
#: before the count: "on Thursday accused the junta of killing 6,000 civilians since the
#: coup", see :func:`_told_at`), or the sentence tells one deed compared with those since
#: and no count in the perfect ("The strike killed 10 people, the deadliest since the
#: coup"; see :func:`_tally_since`).
_SINCE_TALLY: Final = re.compile(
    rf"\bsince (?:then|{_THE_COUP}|"
    rf"(?:early |late |mid-?)?(?:{MONTH_NAMES})\.?(?: \d{{1,2}},?)? \d{{4}}|\d{{4}})\b",
    re.IGNORECASE,
)


#: Words of a telling or an accusation: "said", "accused the junta of", "blamed".
_TELLING: Final = re.compile(rf"\b(?:{SPEECH_VERBS}|{ACCUSE_WORDS})\b", re.IGNORECASE)


#: Since a campaign or a war began: "Since the Three Brotherhood Alliance launched its
#: 1027 Operation", "since fighting broke out", "since the start of the offensive".
_SINCE_IT_BEGAN: Final = re.compile(
    r"\bsince (?:the (?:start|beginning|launch|outbreak) of\b|"
    r"(?:[\w'’-]+,? ){1,14}?(?:launched|began|started|broke out|erupted|resumed|kicked off)\b)",
    re.IGNORECASE,
)
#: A count of the dead or hurt in the perfect, told after the start: "bombardments have
#: killed 15 civilians", "at least 40 people have been killed".
_TALLY_PERFECT: Final = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|so far\s+|also\s+)?(?:been\s+)?(?:killed|wounded|injured|"
    r"claimed)\b",
    re.IGNORECASE,
)
#: What has gone on since the coup, in the perfect: "the junta has faced armed resistance
#: since its 2021 coup", "Since the coup the military has bombed villages".
_SINCE_THE_COUP: Final = re.compile(rf"\bsince (?:{_THE_COUP})\b", re.IGNORECASE)
_PERFECT: Final = re.compile(r"\b(?:has|have)\s+(?:been\s+|also\s+|not\s+)?\w+(?:ed|en|t)\b", re.I)
#: A superlative or a first told since a time: one event compared with those since.
_MOST_SINCE: Final = re.compile(
    # (not a time or a count compared, which is a tally: "the deadliest year since the
    # coup", "the highest number of houses burned since")
    rf"\b(?:{FIRSTS})\b(?! (?:year|month|week|period|number|toll|count|tally)s?\b)"
    r"[^.;]{0,80}\bsince\b",
    re.IGNORECASE,
)


def _of_a_counted_day(clause: Clause) -> bool:
    """Whether a clause tells a deed of its own on a day counted from the event before
    (not that day), said before the words of the deed ("One day earlier, a shell hit a
    house"; "The next day troops burned the village"); not what came of the event before
    ("The following day, a man injured in the shelling died")."""
    counted = days_counted(clause.text)
    return (
        counted is not None
        and counted[0] != 0
        and bool(clause.triggers)
        and clause.span[0] + counted[1] < clause.triggers[0].span[0]
        and _OF_THE_EVENT_BEFORE.search(clause.text) is None
    )


#: Words that tie people counted to an event told before: "injured in the shelling",
#: "also hurt in the attack", "died", "of their wounds".
_OF_THE_EVENT_BEFORE: Final = re.compile(
    r"\b(?:died|succumbed|of (?:his|her|their) (?:wounds|injuries)|also (?:hurt|injured|"
    r"wounded)|(?:injured|wounded|hurt) (?:in|by|during) (?:the|that|this) )",
    re.IGNORECASE,
)


def _gone_on_since_the_coup(text: str) -> bool:
    """Whether a clause tells what has gone on since the coup, years of it, not one event
    compared with them ("the deadliest strike since the coup")."""
    return (
        _SINCE_THE_COUP.search(text) is not None
        and _PERFECT.search(text) is not None
        and _MOST_SINCE.search(text) is None
    )


def _count_of_other_days(clause: Clause, previous: Draft | None) -> bool:
    """Whether a clause counts dead or hurt over a span of days of its own, at no place,
    that leaves out the day of the event told before ("SAC also killed two civilians
    and 7 PDF fighters from December 16-23", after Thursday's strike): a tally."""
    return (
        previous is not None
        and previous.date is not None
        and bool(clause.figures)  # (not "seized two junta bases last week")
        and clause.place is None
        and bool(clause.dates)
        and all(
            d.precision != 1
            and not d.start <= previous.date.start <= d.end
            # a span told by its two ends ("from December 16-23"), or, told of no deed,
            # since a day after it ("since late August, the KIA has killed almost 100
            # troops": a count, not the toll of the event before; not "Since Tuesday,
            # jets have bombed the town, killing four", the toll of its own deed), not
            # a week in which one deed was done ("Earlier this week, soldiers shot dead
            # two farmers")
            and (d.ends or (not clause.triggers and told_since(d)))
            for d in clause.dates
        )
    )


def _counted_from(text: str, day: DateMention, published: dt.date) -> bool:
    """Whether a day is the one a count starts from: the start of a campaign weeks ago
    ("has seized 14 townships since it launched its offensive on March 7"; not "since
    the KIA attacked the police station on Tuesday", nor "since dawn on April 15")."""
    # the last start told before the day
    began = max(
        _SINCE_IT_BEGAN.finditer(text, max(0, day.span[0] - 120), day.span[0]),
        key=re.Match.start,
        default=None,
    )
    return (
        began is not None
        and re.search(r"[.;]", text[began.end() : day.span[0]]) is None
        and long_before(day.start, published)
    )


@dataclass(frozen=True)
class _Tallies:
    """What a sentence says of totals, read once for all its clauses (a long sentence of
    many clauses stays linear)."""

    across: bool  # a total over several events (:data:`_ACROSS`)
    nationwide: bool  # a country's tally (:data:`_NATIONWIDE`)
    since_tally: bool  # a count since a time long past (:data:`_SINCE_TALLY`)
    began: re.Match[str] | None  # the start of a campaign (:data:`_SINCE_IT_BEGAN`)
    count: re.Match[str] | None  # the count in the perfect told after that start
    most: bool  # "the deadliest ... since" (:data:`_MOST_SINCE`)
    perfect: bool  # a count in the perfect: "have been killed" (:data:`_TALLY_PERFECT`)


@functools.lru_cache(maxsize=4)
def _tallies_of(sentence: str) -> _Tallies:
    """What ``sentence`` says of totals (:class:`_Tallies`)."""
    began = _SINCE_IT_BEGAN.search(sentence)
    return _Tallies(
        across=_ACROSS.search(sentence) is not None,
        nationwide=_NATIONWIDE.search(sentence) is not None,
        since_tally=_SINCE_TALLY.search(sentence) is not None,
        began=began,
        count=None if began is None else _TALLY_PERFECT.search(sentence, began.end()),
        most=_MOST_SINCE.search(sentence) is not None,
        perfect=_TALLY_PERFECT.search(sentence) is not None,
    )


def _told_at(clause: Clause) -> int | None:
    """Where the words of a telling or an accusation that come before a clause's count and
    deeds are ("Rights groups on Thursday | accused the junta of killing 6,000 civilians"):
    a day told before them is the day of the telling, not of a deed."""
    told = _TELLING.search(clause.text)
    if told is None or not clause.figures:
        return None
    at = clause.span[0] + told.start()
    if any(f.amount.span[0] < at for f in clause.figures) or any(
        t.span[0] < at for t in clause.triggers
    ):
        # a count or a deed told before it: "Troops on Thursday burned 50 houses, and
        # residents accused the junta of killing 100": the day is the deed's
        return None
    return at


def _told_as_tally(
    clause: Clause, text: str, words: str, published: dt.date, previous: Draft | None
) -> bool:
    """Whether a clause gives a count of many deeds, told as such (see the words of each
    kind below), not the toll of one event."""
    return (
        # "No casualties have been reported so far": no tally, the event's zero
        any(f.amount.best != 0 for f in clause.figures)
        # "have seized nearly 50 outposts in the last 16 days": a tally, not a day's
        or (
            _COUNTED.search(clause.text) is not None
            and all(d.precision != 1 or _counted_from(text, d, published) for d in clause.dates)
        )
    ) and (
        _tallies_of(words).across
        or _tally_since(clause, words, published)
        or _count_of_other_days(clause, previous)
        # "claims at least 112 junta positions have been seized": a count of many deeds
        # with no day of its own (but the day they are counted from: "has seized 14
        # townships since it launched its offensive on March 7")
        or (
            (many := _MANY_COUNTED.search(clause.text)) is not None
            and _many(many["n"])
            and all(_counted_from(text, d, published) for d in clause.dates)
        )
        # "killed in 2,321 airstrikes nationwide this year": a country's tally (not the
        # "Nationwide Ceasefire Agreement", nor fighting "across the country" beside an
        # event of a day)
        or (_tallies_of(words).nationwide and all(d.precision != 1 for d in clause.dates))
    )


#: Words before the day a count runs up to: "by", "as of", "as at".
_UP_TO: Final = r"by|as of|as at"
#: A year written in a date: "14 May 2023".
_YEAR_IN: Final = re.compile(rf"\b{YEAR_DIGITS}\b")
#: Thousands, written with their commas or in five digits or more (not a year): "3,509",
#: "22,211people" (figures run into their nouns, as pages print them).
_THOUSANDS: Final = re.compile(r"(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d{5,})(?![\d,]\d)")


def _counted_up_to(clause: Clause, text: str) -> bool:
    """Whether a clause counts thousands up to a day of a year that opens it ("As of 9 June
    2023 the military has killed 3,649 people and made 23,299 arrests"): a tally, not an
    event of that day (not "By Monday evening, troops had torched 1,200 houses in Kani",
    a deed of that day; nor "By Wednesday, 175 residents were known to have been killed").
    The figures need not be read as people ("3,509people", as a page prints it); the day
    may be the clause's ``told_on`` (the reader takes "as of 9 June" for the day something
    was told)."""
    if _THOUSANDS.search(clause.text) is None:
        return False
    # every day the clause tells opens the count (no day of a deed besides: "As of
    # Saturday the fighting, which broke out on December 7, had driven 1,000 people from
    # their homes" tells the fighting's start), and one does
    up_to = [_opens_a_count(clause, d, text) for d in clause.dates]
    told = clause.told_on is not None and _opens_a_count(clause, clause.told_on, text)
    return all(up_to) and (any(up_to) or told)


#: A day of a year that opens its clause after "By" or "As of": "By 14 May 2023,".
_COUNT_OPENS: Final = re.compile(rf"\W*(?:{_UP_TO})\s+$", re.IGNORECASE)


def _opens_a_count(clause: Clause, day: DateMention, text: str) -> bool:
    """Whether a day of a stated year opens its clause as the day a count runs up to ("By
    14 May 2023, ...", "As of 9 June 2023 ..."), as statistics are told: not "by Wednesday
    more than 10,000 had fled" after a deed of Tuesday, nor "killed by Monday's strike"."""
    return (
        _YEAR_IN.search(day.text) is not None
        and _COUNT_OPENS.fullmatch(text, clause.span[0], day.span[0]) is not None
    )


def _tally_since(clause: Clause, sentence: str, published: dt.date) -> bool:
    """Whether a clause's figures are a count since a time long past (no day of its own),
    or since a campaign began weeks ago or at no told time ("Since the alliance launched
    its operation, named after the October 27 date it started on, air strikes have killed
    15 civilians"): not a count since days ago ("since fighting broke out on Saturday,
    troops have killed three"), nor a deed compared with those since ("the deadliest
    airstrike since the offensive began")."""
    tallies = _tallies_of(sentence)
    if tallies.since_tally and (tallies.perfect or not tallies.most):
        # (one deed compared with those since, with no count of them: "The strike killed
        # 10 people, the deadliest since the coup"; but "4,000 have been killed since the
        # coup, the most in the west" is a tally)
        told_at = _told_at(clause)
        return not any(
            d.precision == 1 and (told_at is None or d.span[0] > told_at) for d in clause.dates
        )
    began, count = tallies.began, tallies.count
    if began is None or count is None or tallies.most:
        return False
    at = clause.sentence[0]
    if not clause.span[0] <= at + count.start() < clause.span[1]:
        return False  # the count is another clause's
    start, told = at + began.start(), at + count.start()
    for d in clause.dates:
        if start <= d.span[0] < told:  # a day of the start
            if not long_before(d.start, published):
                return False  # a start days ago: the count is of these days' events
        elif d.precision == 1:
            return False  # a day of its own
    return True


#: Someone killing people, told with the doer: "several groups killed at least five".
_KILLED_BY: Final = re.compile(
    r"\b(?<!were )(?<!was )(?:killed|killing|shot dead|gunned down)\s+(?:at least |about |around |"
    r"some |more than |over |nearly )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"dozens|several|many|a|an)\b",
    re.IGNORECASE,
)


def _placed_finer_in(region: PlaceMention, drafts: list[Draft]) -> bool:
    """Whether a state or region holds the place of an event told before, placed finer."""
    return region.kind == "region" and any(
        not _unplaced(d)
        and d.place is not None
        and bool(set(d.place.state_pcodes) & set(region.state_pcodes))
        for d in drafts
    )


def _the_town(draft: Draft, clause: Clause, named: list[PlaceMention]) -> None:
    """Place an event told at "the town", read as the village of the event before, at the
    town of that township the report named last: "clashes in Man Jat and Man Kan villages
    ... a jet killed a man in Huay Hkuk, a village near the town" (Kutkai)."""
    words = clause.same_place
    place = draft.place
    if (
        words is None
        or not words.group(0).casefold().endswith("town")
        or clause.place is not None
        or place is None
        or place.place is None
        or place.place.kind == "town"
    ):
        return
    town = next(
        (
            p
            for p in reversed(named)
            if p.place is not None
            and p.place.kind == "town"
            and p.township_pcode == place.township_pcode
        ),
        None,
    )
    if town is None:
        return
    draft.place = town
    draft.notes.append(f"'{words.group(0)}' read as {town.location}, the town named before.")


def _elsewhere(place: PlaceMention | None, other: PlaceMention | None) -> bool:
    """Whether a place lies in another township than a place told before."""
    return (
        place is not None
        and other is not None
        and place.township_pcode is not None
        and other.township_pcode is not None
        and place.township_pcode != other.township_pcode
    )


def _unplaced(draft: Draft) -> bool:
    """Whether an event has no place, or only a state, a region or a district."""
    return draft.place is None or draft.place.coarseness >= COARSENESS["district"]


#: A clause cut before the days after which it came: ", one day after ...".
_AFTER_NEXT: Final = re.compile(rf"[\s,]*(?:(?:just|only)\s+)?{DAYS_AFTER}", re.IGNORECASE)


def _died_alone(drafts: list[Draft], clause: Clause) -> bool:
    """Whether the event told just before a clause, in its sentence, is a death told with
    no wording of what caused it ("A child died on Tuesday, ...")."""
    return bool(drafts) and drafts[-1].trigger is None and drafts[-1].sentences == [clause.sentence]


#: Words of more of the same: "also", "too", "as well".
_ALSO: Final = re.compile(r"\b(?:also|too|as well)\b", re.IGNORECASE)


#: Words of a time the event told before fills: "during (the clash)", "amid".
_DURING: Final = re.compile(rf"\b(?:{_AMID}|while|as)\s+$", re.IGNORECASE)


def _answer_in(clause: Clause) -> re.Match[str] | None:
    """The words by which a clause tells its deed as done in answer to an event ("In
    response, regime forces fired two rounds of artillery"); none where it tells what is
    done as a rule, denied, asked for or not done ("has often used airstrikes to repel
    such attacks", "denied it used jets to repel")."""
    if _NO_ANSWER_DONE.search(clause.text) is not None:
        return None
    return _IN_ANSWER.search(clause.text)


def _kinds_answered(
    draft: Draft, clause: Clause, answer: re.Match[str], text: str
) -> list[tuple[Trigger, list[ActorMention] | None]]:
    """The kinds beside an event (:func:`_kinds_beside`) that a clause tells as the
    answer to it: those told after the words of answering, not named as its cause ("In
    response to the attack, which was revenge for an airstrike, troops shelled the
    village": the shelling, not a strike)."""
    return [
        (deed, doers)
        for deed, doers in _kinds_beside(draft, clause)
        if deed.span[0] >= clause.span[0] + answer.end()
        and _CAUSE_BEFORE.search(text, max(clause.span[0], deed.span[0] - 40), deed.span[0]) is None
    ]


#: Words before a deed that make it the cause of another, not a deed of the answer:
#: "revenge for (an airstrike)", "in retaliation for (the shelling)".
_CAUSE_BEFORE: Final = re.compile(
    r"\b(?:revenge|retaliation|reprisal|response|payback)\s+(?:for|to)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _during_it(clause: Clause, text: str) -> bool:
    """Whether a clause points back to an event as the time of its own deed ("During the
    clash a jet conducted eight air strikes", "While the fighting went on, a jet ...")."""
    if clause.anaphora is None:
        return False
    at = clause.span[0] + clause.anaphora.start()
    return _DURING.search(text, max(clause.sentence[0], at - 30), at) is not None


def _none_hurt_at_each(draft: Draft, clause: Clause, drafts: list[Draft]) -> None:
    """Give "no one was hurt", told after a strike on a list of villages (one event each),
    to each of them, not only to the last ("a warplane bombed Chaung Kwayt and Inn Pin
    Thar. No civilians were reported hurt")."""
    if (
        not draft.listed
        or not clause.figures
        or any(f.amount.best != 0 for f in clause.figures)
        or clause.places  # "In Inn Pin Thar, no one was hurt": that village's
    ):
        return
    for other in drafts:
        if (
            other is not draft
            and other.listed
            and other.sentences[:1] == draft.sentences[:1]
            and (other.event_type, other.sub_event_type) == (draft.event_type, draft.sub_event_type)
        ):
            add_clause(other, clause, with_place=False, with_date=False)


#: A township named as one: "Salingyi Township", "Katha township".
_TOWNSHIP_NAMED: Final = re.compile(r"\b(?:[A-Z][\w'’-]+ ){1,2}[Tt]ownship\b")


def _where_the_report_is(body: str, header: str, gazetteer: Gazetteer) -> Context:
    """Where a report is: the townships and states its account names, and those of its
    headline ("Regime Steps Up Attacks On Civilians In Hpakant", a line that tells a deed)
    and of the townships its header lines name as such ("Where it happened: Salingyi
    Township"); not where a masthead, byline or section label places the outlet."""
    context = report_context(body, gazetteer)
    named = " ".join(
        line
        if find_triggers(line) and not BYLINE_START.match(line)
        else " ".join(m.group(0) for m in _TOWNSHIP_NAMED.finditer(line))
        for line in header.split("\n")
        if line.strip()
    )
    if not named.strip():
        return context
    headed = report_context(named, gazetteer)
    return replace(
        context,
        townships=tuple(dict.fromkeys(context.townships + headed.townships)),
        states=tuple(dict.fromkeys(context.states + headed.states)),
    )


#: Deeds told as reported at places: "Raids have been reported from the villages of ...".
_TOLD_AS_REPORTED: Final = re.compile(
    r"\b(?:ha(?:ve|s) been|were|are) (?:also )?reported\b", re.IGNORECASE
)


def _kind_to_take(previous: Draft | None, draft: Draft) -> TypeGuard[Draft]:
    """Whether the event told before has a kind that an event told only as an attack may
    take (one of its own, no summary)."""
    return (
        previous is not None
        and previous.event_type is not None
        and not previous.summary
        and draft.trigger is not None
        and only_attacked(draft.trigger)
    )


def _went_on(draft: Draft, clause: Clause, previous: Draft | None) -> None:
    """Give a deed told as going on, on a day counted from the event before ("The attacks
    continued the next day"), that event's kind, and its place where it names none."""
    if not _kind_to_take(previous, draft) or not went_on_another_day(clause):
        return
    draft.event_type, draft.sub_event_type = previous.event_type, previous.sub_event_type
    draft.notes.append(
        f"Told as the {previous.sub_event_type} before going on, on a day of its own: of its kind."
    )
    if clause.place is None and previous.place is not None:
        draft.place = previous.place
    draft.actors.extend(a for a in previous.actors if a not in draft.actors)


def _kind_told_before(draft: Draft, clause: Clause, previous: Draft | None) -> None:
    """Give an event told as "the attacks" at other places, or as places "also targeted",
    the kind of the event told before on its day: "jets bombed Kyauk Htone Gyi on
    Thursday. The attacks also targeted nearby villages ...", "Nget Pyaw Taw and several
    other villages were also targeted": air strikes there too, not clashes."""
    if (
        not _kind_to_take(previous, draft)
        or draft.trigger is None
        # "fled Khin-U township before the raids came": no event at a place of its own
        or clause.place is None
        # "the attacks by KIA fighters on a junta outpost": another's deed
        or bool({a.name for a in clause.actors} - {a.name for a in previous.actors})
        or clause.place.kind != "place"
        or not (
            (
                clause.anaphora is not None
                and draft.trigger.span
                == tuple(clause.span[0] + i for i in clause.anaphora.span("noun"))
                # more of them ("the attacks", "also"), not "the attack on Mung Lai
                # Hkyet", which may be fighting there
                and (
                    clause.anaphora["noun"].casefold().endswith("s")
                    or _ALSO.search(clause.text) is not None
                )
            )
            or (
                draft.trigger.text.casefold() == "targeted"
                and _ALSO.search(clause.text) is not None
            )
            # "Raids have been reported from the villages of Kangyi and Nyantaw": more of
            # them, told as reported, with no article
            or (
                draft.trigger.text.casefold().endswith("s")
                and clause.text.lstrip().casefold().startswith(draft.trigger.text.casefold())
                and _TOLD_AS_REPORTED.search(clause.text) is not None
                # over the span told before ("since mid-August"), not on one day of another
                # deed ("Jets bombed Laiza on August 20. Raids have been reported ...")
                and (
                    previous.date_span is not None
                    or (previous.date is not None and previous.date.precision > 1)
                )
            )
        )
        or (
            draft.date is not None
            and (previous.date is None or draft.date.start != previous.date.start)
        )
    ):
        return
    draft.event_type, draft.sub_event_type = previous.event_type, previous.sub_event_type
    if not draft.actors:
        draft.actors.extend(previous.actors)  # by those who did it before, none else named
    told_as = clause.anaphora.group(0) if clause.anaphora is not None else draft.trigger.text
    draft.notes.append(f"Told as “{told_as}”: of the kind of the event told before it.")
    if draft.date is None and draft.date_span is None and not SINCE_WORDS.search(clause.text):
        # (not "the raids have been reported in Mansi since 2021": a time of its own)
        # "Since mid-August, soldiers have detained men ... The raids have been reported in
        # Kangyi, Nyantaw and Inn Pho": on its day too, or over its span ("fighting is
        # continuing around Laiza. The attacks have also been reported in Mansi")
        if previous.date is not None:
            if previous.date.precision == 1:
                draft.date = previous.date
            else:  # over its span, as one told going on, not a span of its own summed up
                draft.date_span = (previous.date.start, previous.date.end, previous.date.precision)
            draft.notes.append(
                f"No date of its own: dated as the event told before it ('{previous.date.text}')."
            )
        elif previous.date_span is not None:
            draft.date_span = previous.date_span
            draft.notes.append("No date of its own: dated as the event told before it.")


#: How many sentences may come between an event and a sentence that gives it the day or
#: the place it lacks: "Bombs fell on the village. Mung Lai Hkyet lies two miles north
#: of Laiza. It was hit just before midnight on Monday." (not "... There are two women
#: who recently gave birth. For one of them, it was 14 days ago.", sentences later).
_FILL_IN_GAP: Final = 3


def _told_soon_after(draft: Draft, told: int, starts: list[int]) -> bool:
    """Whether the sentence ``told`` (an index into the report's sentences, which begin
    at ``starts``) comes within :data:`_FILL_IN_GAP` sentences of the event's last."""
    if not draft.sentences:
        return True
    last = bisect.bisect_right(starts, max(start for start, _ in draft.sentences)) - 1
    return told - last - 1 <= _FILL_IN_GAP


def _lacks(draft: Draft) -> bool:
    """Whether an event still lacks its day or its place (more than a state)."""
    return _unplaced(draft) or (draft.date is None and draft.date_span is None)


_CONTAINS: Final = re.compile(r"\s+(?:village[- ])?(?:tract|district|region|area)\b", re.I)
_LIES_IN: Final = re.compile(
    # ("Manhong Village in Monglone Township": where the village lies; not "and the
    # village of Laiza", listed)
    rf"\b(?:(?<!and )(?<!or )(?:a|the)\s+(?:{SETTLEMENT_WORDS})\s+(?:of|in|near)|"
    # ("Mung Lai Hkyet, a camp near Laiza", "Kyinthi in a countryside area of Hsipaw": told
    # of the place before; not "hit the central market area of Namtu", struck, nor a list's
    # item: "Kutkai, the downtown area of Lashio and Theinni", "Hsipaw and in a rural area
    # of Kyaukme")
    r"(?<=[,(] )an?\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{PLACE_WORDS})\s+(?:of|in|near|outside)|"
    r"(?<!\band in )(?<!, in )(?<=\bin )(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:area|part)\s+of|"
    rf"(?:{SETTLEMENT_WORDS})\s+in|"
    r"(?:located|situated|lying|lies|which lies|which is)\s+(?:near|close to|next to|beside|"
    r"outside|in|not far from)|close to|not far from|next to|"
    # ("in Indaw Township, which borders Mohnyin Township": what the place lies beside)
    r"(?:which|that)\s+(?:borders|adjoins|neighbou?rs)|bordering|adjoining)\s+(?:the\s+)?$",
    re.I,
)
#: How far before a place the words that make it a landmark or a road's end may begin.
_LANDMARK_REACH: Final = 80
#: Words before a place that make it a landmark the event is placed by, not a place of
#: the event: "Bhamo, which lies 120 miles south of Myitkyina", "the village south of Ah
#: Lel Sho", "Janmai, which lies between the towns of Mansi and Loije".
_LANDMARK: Final = re.compile(
    r"(?:\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
    r"(?:\s+(?:part|side|edge|outskirts))?\s+of|\b(?:which|that|it)\s+(?:lies|is|sits|stands)"
    r"\b[^.;]{0,60}?\b(?:of|from|between)(?:\s+the\s+(?:towns?|villages?|cit(?:y|ies))\s+of)?|"
    # (not where news came from: "raids have been reported from the villages of A and B")
    r"\b(?:away\s+)?(?<!reported )(?<!reports )from)\s+(?:the\s+)?"
    # "east of the villages of See Maw, Kyauk Ai and Pae Pin"
    r"(?:(?:villages?|towns?|cit(?:y|ies))\s+of\s+)?$",
    re.IGNORECASE,
)
#: Words of a road: "road", "highway", "railway" ...
_ROAD_WORDS: Final = r"roads?|highways?|motorways?|railways?|railroads?|routes?"
#: What follows a town named as one end of a road: "(Myitkyina)–Bhamo highway", "(Bhamo)
#: road" (not a place on it: "the Momauk railway station", "the Bhamo road bridge").
_ROAD_END: Final = re.compile(
    r"(?:\s*(?:[–—-]|\bto\b)\s*(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,2})?"
    rf"\s+(?:main\s+)?(?:{_ROAD_WORDS})\b"
    r"(?!\s+(?:station|bridge|junction|checkpoint|gate|crossing|terminal)s?\b)",
    re.IGNORECASE,
)


#: What comes before a town named as an end of a road: "the road linking (Mansi) and
#: (Bhamo)", "the highway connecting Mandalay with (Myitkyina)", "the road leading to
#: (Kanpiketi)", "the highway running from (Mandalay) to ...".
_ROAD_TO: Final = re.compile(
    rf"\b(?:main\s+)?(?:{_ROAD_WORDS})\s+"
    r"(?:that\s+|which\s+)?(?:connect(?:s|ing|ed)?|link(?:s|ing|ed)?|join(?:s|ing|ed)?|"
    r"(?:runs?|running|ran|leads?|leading|led|goes|going|went)\s+(?:from|to|towards?|between)|"
    r"between|from|to|towards?)\s+(?:the\s+)?(?:(?:towns?|cit(?:y|ies))\s+of\s+)?"
    # (the ends named before: "linking Mansi and", "from Mandalay to", "from Tagaung –
    # Htigyaing –")
    r"(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}"
    r"\s*(?:,\s*|\s*[–—]\s*|\s+-\s+|\s+(?:and|with|to|or)\s+)(?:the\s+)?){0,3}$",
    re.IGNORECASE,
)


def _road_end(clause: Clause, place: PlaceMention) -> bool:
    """Whether a place is named as a road's end, no target ("the Myitkyina–Bhamo highway",
    "the road linking Mansi and Bhamo")."""
    at = place.span[0] - clause.span[0]
    return (
        _ROAD_END.match(clause.text, place.span[1] - clause.span[0]) is not None
        or _ROAD_TO.search(clause.text, max(0, at - _LANDMARK_REACH), at) is not None
    )


#: Words of what may come, after the deed told: "and they might attack".
_MAY_COME: Final = re.compile(
    r"\b(?:might|(?-i:may)|will|would|could|plans? to|planning to|threaten(?:s|ed)? to|"
    r"intends? to|is set to|are set to|prepar(?:e|es|ing) to)\s+(?:be\s+)?\w+",
    re.IGNORECASE,
)
#: Between a place and another it is told to lie near: "village near", ", close to".
_NEAR_AFTER: Final = re.compile(
    r"(?:\s+(?:village|town|ward|camp))?,?\s+(?:near|close to|next to|not far from|outside)"
    r"\s+(?:the\s+)?(?:(?:village|town)\s+of\s+)?",
    re.IGNORECASE,
)
#: Words before a list of places that make them one event's ("between A and B", "on the
#: border of Sagaing and Madaya townships").
_ONE_PLACE_BETWEEN: Final = re.compile(
    # (not a list of places: "reported from the villages of Kangyi, Nyantaw and ...")
    r"\b(?:between|from(?!\s+(?:the\s+)?(?:villages|towns|areas|places)\s+of\b)|"
    r"(?:borders?|boundary|junction)\s+(?:of|between))\s+(?:the\s+)?"
    r"(?:\w+\s+){0,2}$",
    re.I,
)


#: Kinds of deed one clause can tell of one event; more, with no day and no one place,
#: sum up many.
_MANY_KINDS: Final = 4
#: Most places one sentence's event is split into; a longer list sums up.
_MOST_PLACES: Final = 12
#: Nouns of places a list before a deed may end with: "Si Mulay and Si Tha (villages)".
_PLACES_NOUN: Final = rf"{GROUND}|{POSTS}"
#: That noun after the list's last name, if any.
_PLACES_NOUN_AFTER: Final = rf"(?:\s+(?:{_PLACES_NOUN}))?"
#: What comes between a list of places and the deed done to them, told in the passive:
#: "Si Mulay and Si Tha villages [were hit by] airstrikes", "the camps at Naung Lute and
#: Chaung Wa [were] attacked", "Mansi and Shwegu [came under] artillery fire".
_DONE_TO_BEFORE: Final = re.compile(
    rf"{_PLACES_NOUN_AFTER}(?:\s*,?\s+|\s*[—–]\s*)"
    r"(?:(?:were|was|have\s+been|has\s+been|had\s+been|got)\s+"
    r"(?:(?:all|also|then|both|again|reportedly|allegedly|heavily|repeatedly|badly|"
    r"completely|partly|later|first|each)\s+)*"
    r"(?:(?:hit|struck|targeted|pounded|rocked|raked)\s+(?:by|with)\s+(?:[\w'’-]+\s+){0,3}?)?"
    # (up to four words before the weapon: "came under bombardment from the military's
    # air force")
    r"|(?:came|come|have\s+come|has\s+come|had\s+come)\s+under\s+(?:[\w'’-]+\s+){0,4}?)",
    re.IGNORECASE,
)
#: A place named with the one told before, in a list: "bombed Mangli village and Konsone".
_LISTED_WITH: Final = re.compile(rf"(?:\s+(?i:villages?|towns?))?(?:{LIST_GAP.pattern})")
#: A place named as where the one before it lies: "Si Mulay and Si Tha villages [in]
#: Shwegu Township", "Nam Lim Pa [in] Mansi" (its container, no place of its own).
_IN_ITS: Final = re.compile(r"(?:\s+(?i:villages?|towns?))?\s*,?\s+(?i:in|of)\s+(?:the\s+)?")
#: What may come before a list of places a deed was done to: nothing of the clause, a
#: comma ("On Monday, Mansi and Shwegu were"), or places named "of|in|at" it ("the camps
#: of the military council at", "villages in the townships of"); not where things or
#: people were going or whom they stood for ("aid for Mansi and Shwegu", "buses to",
#: "lawmakers representing"), nor what lies near it ("villages near Mansi and Shwegu").
_LIST_OPENS: Final = re.compile(
    # (a clause opens after a comma, a quote mark or "that": "We know that Namlang and
    # Naunglatgyi villages were set on fire")
    # (or a dash: "The villages hit—Buba, Thitseint and Jo Su—came under bombardment")
    r"(?:^|[,;:\"“—–]\s*|\n|\bthat\s+)(?:(?:the|both)\s+)?"
    r"(?:(?!(?:[\w'’()-]+\s+){0,8}?(?:for|to|towards?|bound|headed|heading|representing|near|"
    r"outskirts|from|natives?)\b)"
    rf"(?:[\w'’()-]+\s+){{0,3}}?(?:{_PLACES_NOUN}|houses|homes|parts|neighbou?rhoods)\s+"
    r"(?:[\w'’()-]+\s+){0,4}?(?:of|in|at)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
#: Where people came from or went to, told before a list between dashes: "Refugees from
#: the villages—Moe Sit, Zin Bon and Pauk Kone—came under attack" (they did, not those).
_WHENCE_BEFORE_DASH: Final = re.compile(
    r"\b(?:from|for|to|towards|near)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    rf"(?:{_PLACES_NOUN})\s*[—–]\s*$",
    re.IGNORECASE,
)
#: How far before a list what opens it (:data:`_LIST_OPENS`, :data:`_WENT_INTO`) may begin.
_LIST_OPENS_REACH: Final = 120
#: A place that sets the scene of a list told after it, opening the clause and followed
#: by a comma: "[In ]Shwegu[, ]Tone Kauk and Si Thaung villages were struck", "On Monday,
#: in Shwegu, ...".
_SCENE_BEFORE: Final = re.compile(r"(?:^|[.;:,]\s*|\n|\b(?i:meanwhile|elsewhere)\s+)(?i:in|at)\s+$")
_SCENE_COMMA: Final = re.compile(r"\s*,\s*")


@dataclass(frozen=True)
class _Subject:
    """A list of places, before a deed, that the deed told in the passive was done to or
    that its doers went into: where it begins, and the places in it named only as where
    the one before lies."""

    start: int
    containers: frozenset[tuple[int, int]]


#: What comes between a list of places troops went into and the deed they did there:
#: "(went into the villages of Zeekanar, Shaw Phyu Kone and Hnaw Kone)[ and ]abducted".
_THEN_DID: Final = re.compile(
    rf"{_PLACES_NOUN_AFTER}\s*,?\s+and\s+(?:then\s+|also\s+)?", re.IGNORECASE
)
#: Words of going into the places of a list right before it: "went into the villages of",
#: "entered", "stormed" (the deed told after it was done there).
_WENT_INTO: Final = re.compile(
    r"\b(?:(?:went|came|moved|marched|pushed|swept|forced their way)\s+into|entered|stormed|"
    r"swept\s+through|arrived\s+(?:in|at))\s+(?:the\s+)?(?:[\w-]+\s+)?"
    rf"(?:(?:{_PLACES_NOUN})\s+of\s+)?$",
    re.IGNORECASE,
)


def _listed_before(clause: Clause, acted: int) -> _Subject | None:
    """The list of two or more places that a deed told in the passive was done to, before
    the deed ("Si Mulay, Si Mugyi and Si Tha villages in Shwegu Township were hit by
    airstrikes", "the camps at Naung Lute and Chaung Wa were attacked"), or that its doers
    went into first ("went into the villages of Zeekanar, Shaw Phyu Kone and Hnaw Kone
    and abducted residents"); none when the deed is not told so, or the list is not its
    subject (:data:`_LIST_OPENS`) or the places gone into. The list may hold names the
    gazetteer lacks."""
    names = sorted(
        [p.span for p in clause.places if p.span[1] <= acted and p.kind in ("place", "township")]
        + [span for _, span in clause.listed_unknown if span[1] <= acted]
    )
    at = clause.span[0]
    if not names:
        return None
    went_into = _THEN_DID.fullmatch(clause.text, names[-1][1] - at, acted - at) is not None
    if not (went_into or _DONE_TO_BEFORE.fullmatch(clause.text, names[-1][1] - at, acted - at)):
        return None
    chain = [names[-1]]  # from the last name back
    containers: set[tuple[int, int]] = set()
    for span in reversed(names[:-1]):
        if _IN_ITS.fullmatch(clause.text, span[1] - at, chain[-1][0] - at):
            containers.add(chain[-1])
        elif not _LISTED_WITH.fullmatch(clause.text, span[1] - at, chain[-1][0] - at):
            break
        chain.append(span)
    chain.reverse()
    if (
        len(chain) >= 2
        and _SCENE_BEFORE.search(clause.text, 0, chain[0][0] - at)
        and _SCENE_COMMA.fullmatch(clause.text, chain[0][1] - at, chain[1][0] - at)
    ):
        del chain[0]  # "In Shwegu, Tone Kauk and Si Thaung villages were struck"
    named = [span for span in chain if span not in containers]
    opens = chain[0][0] - at
    opener = _WENT_INTO if went_into else _LIST_OPENS
    reach = max(0, opens - _LIST_OPENS_REACH)
    if (
        len(named) < 2
        or not opener.search(clause.text, reach, opens)
        or _WHENCE_BEFORE_DASH.search(clause.text, reach, opens)
    ):
        return None
    return _Subject(chain[0][0], frozenset(containers))


def _last_told(drafts: Sequence[Draft], draft: Draft) -> int | None:
    """Where ``draft`` stands among ``drafts`` when no event is told after it, only
    summaries and background ("It also aims to stop the regime attacking ..."); None
    otherwise."""
    for at in range(len(drafts) - 1, -1, -1):
        if drafts[at] is draft:
            return at
        if not (drafts[at].summary or drafts[at].background):
            return None
    return None


def _one_per_place(draft: Draft, clause: Clause, gazetteer: Gazetteer) -> list[Draft]:
    """One event per place a clause lists after what happened ("bombed Kunglaw and Myo
    Thit villages", "... in Mohnyin Township and Moe Da Lay in Shwegu Township"), as a
    coder codes them; the clause's figures, given for all, stay on the first, with a
    note."""
    acted = min(t.span[0] for t in clause.triggers) if clause.triggers else clause.span[0]
    # "Si Mulay and Si Tha villages were hit by airstrikes": the places before the deed,
    # and those alone (not "..., but Bhamo was spared", "... by artillery in Bhamo")
    subject = _listed_before(clause, acted) if clause.triggers else None
    first = acted + 1 if subject is None else subject.start
    # "captured the Nyaung Bin and Chaung Wa camps and might attack Lonton and Nammon":
    # the places of what may come are not this event's
    if subject is not None:
        until = acted
    elif coming := _MAY_COME.search(clause.text, max(0, acted - clause.span[0])):
        until = clause.span[0] + coming.start()
    else:
        until = clause.span[1]
    listed: list[PlaceMention] = []
    landmark_end = -1  # where the last landmark ends: "between Mansi and Loije" are both
    # "two miles from the Kachin Independence Army (KIA)'s headquarters in Laiza": what a
    # distance is measured from is no place of its own
    measured = measured_from(clause.places)
    for p in clause.places:
        if p.span in measured:
            continue
        local = p.span[0] - clause.span[0]
        before = clause.text[max(0, local - _LANDMARK_REACH) : local]
        if (
            _LANDMARK.search(before)
            # "on the Myitkyina–Bhamo highway": the road's ends, no targets
            or _road_end(clause, p)
            # "at Myaw Jawng village near Law Hkawng": where the place named before lies
            or (
                listed
                and _NEAR_AFTER.fullmatch(
                    clause.text, listed[-1].span[1] - clause.span[0], p.span[0] - clause.span[0]
                )
            )
        ) or (
            landmark_end >= 0
            and LIST_GAP.fullmatch(
                clause.text, landmark_end - clause.span[0], p.span[0] - clause.span[0]
            )
        ):
            landmark_end = p.span[1]
            continue
        if (
            p.kind in ("place", "township")
            and first <= p.span[0] < until
            and (subject is None or p.span not in subject.containers)
            and not (p.elsewhere or p.aside or p.teller)
            # "Pinti, a village of the Naung Pain tract": where the place lies, no target
            and not _CONTAINS.match(clause.text[p.span[1] - clause.span[0] :])
            and not _LIES_IN.search(before[-40:])
        ):
            listed.append(p)
    places = [p for p in listed if p.kind == "place"]
    places += [
        t
        for t in listed
        if t.kind == "township"
        and not t.district
        and t.township is not None
        and not any(
            p.place is not None and t.township.pcode in (p.place.township_pcode, p.near_township)
            for p in places
        )
    ]
    places.sort(key=lambda p: p.span)
    distinct = list(
        {
            (p.place.place_id if p.kind == "place" and p.place else p.location): p for p in places
        }.values()
    )
    unknown = _unknown_villages(clause, distinct, first, until, gazetteer)
    distinct = sorted(distinct + unknown, key=lambda p: p.span)
    days = [d for d in clause.dates if d.listed]
    if len(days) >= 2 and len(distinct) in (0, 1, len(days)):
        return _one_per_day(draft, days, distinct if len(distinct) == len(days) else [])
    if draft.place is not None and _road_end(clause, draft.place):
        if len(distinct) == 1:
            # "ambushed a convoy on the Momauk road and then attacked Mansi": at Mansi
            draft.place = distinct[0]
        elif not distinct:
            draft.place = replace(draft.place, geo_precision=2)
            draft.notes.append(
                f"Told on a road named after {draft.place.location}: placed near it; check."
            )
    first = distinct[0].span[0] - clause.span[0] if distinct else 0
    if (
        not 2 <= len(distinct) <= _MOST_PLACES
        or draft.place is None
        or _ONE_PLACE_BETWEEN.search(clause.text[max(0, first - 40) : first])
    ):
        return [draft]  # one place, or a long list that sums up (left as one)
    names = ", ".join(p.text for p in distinct)
    ones = [
        _one_of(
            draft,
            k,
            place=place,
            day=None,
            told=f"One of {len(distinct)} places the sentence names ({names}): one event each",
        )
        for k, place in enumerate(distinct)
    ]
    for one in ones:
        if one.place in unknown:
            one.unknown = [one.place.text]  # another village than those found beside it
    return ones


#: A place a deed is done to, named right after it: "also bombed near Konsone".
_DONE_TO: Final = re.compile(
    rf"\b(?:{DEED_WORDS})\s+(?:(?:near|at|in|on|into)\s+)?(?:the\s+)?"
    r"(?:(?:village|town)\s+of\s+)?$",
    re.IGNORECASE,
)


def _also_at(
    target: Draft,
    event: Callable[[], Draft],
    clause: Clause,
    drafts: list[Draft],
    gazetteer: Gazetteer,
) -> list[Draft]:
    """The events a clause that tells ``target`` again tells at other villages ("the jet
    bombed Mangli and Konsone", "before bombing Mangli it also bombed near Konsone", after
    a strike on Mangli): the clause's event (made by ``event``, only when the clause
    names more than one place), at each village listed with
    ``target``'s place or named right after a deed, with no figures (those the clause
    gives stay with ``target``), on ``target``'s day when the clause gives none. Not a
    village passed, named as a landmark, a destination or a teller's, nor one where the
    report tells that kind of event already."""
    here = target.place
    if len(clause.places) + len(clause.listed_unknown) < 2 or here is None:
        return []  # one place: nothing listed beside the one told before
    draft = event()
    draft.figures = []  # those the clause gives stay with ``target``
    ones = _one_per_place(draft, clause, gazetteer)
    if len(ones) < 2:
        return []
    at = [one for one in ones if one.place is not None and _same_spot(one.place, here)]
    if not at or any(one.place is not None and one.place.origin for one in at):
        # the clause does not name the place told before, or names it as where the
        # deed came from ("a round fired out of Lashio hit Nampawng"): no list beside it
        return []
    told = [
        d.place for d in drafts if d.place is not None and d.sub_event_type == draft.sub_event_type
    ]
    others: list[Draft] = []
    end = at[0].place.span[1] if at[0].place is not None else clause.span[1]
    for one in ones:
        place = one.place
        if one in at or place is None or place.span[0] < end:
            continue
        local = place.span[0] - clause.span[0]
        listed = _LISTED_WITH.fullmatch(clause.text, end - clause.span[0], local)
        if not (listed or _DONE_TO.search(clause.text[max(0, local - 40) : local])):
            break  # the list has ended
        end = place.span[1]
        if (
            place.place is not None
            and place.place.kind in ("village", "ward")
            and not (place.refuge or place.home or place.origin)
            and not any(_same_spot(place, t) for t in told)
        ):
            others.append(one)
    for one in others:
        if not one.actors:
            one.actors = list(target.actors)  # "the jet also bombed": the junta's jet
        if one.date is None and one.date_span is None and target.date is not None:
            # told in one breath with the event at the place before: on its day
            one.date = target.date
            one.notes.append(
                f"No date of its own: dated as the event at {here.location} it is told "
                f"with ('{target.date.text}')."
            )
    return others


#: A name the clause calls a village: "Sayti Yat village", "the village of Sayti Yat".
_CALLED_VILLAGE: Final = re.compile(
    r"\b(?P<name>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})\s+villages?\b|"
    r"\bvillages?\s+of\s+(?P<after>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})",
    re.IGNORECASE,
)


def _also_at_unknown(
    clause: Clause, previous: Draft, text: str, gazetteer: Gazetteer
) -> PlaceMention | None:
    """Where a clause tells the deed before done also at a village the gazetteer lacks,
    with no day or place of its own ("The same jets also bombed Sayti Yat village", after
    a strike on a village of Katha Township on Wednesday): that village, placed at the
    township of the event before (a coder's place for it); none otherwise."""
    here = previous.place
    if (
        clause.dates
        or any(not p.origin for p in clause.places)
        or not clause.unknown
        or here is None
        or here.township_pcode is None
        or previous.date is None
        or previous.date.precision != 1
        or not clause.triggers
        or clause.triggers[0].sub_event_type != previous.sub_event_type
        or clause.figures
    ):
        return None
    acted = clause.triggers[0].span[0] - clause.span[0]
    if (
        _ALSO.search(clause.text, 0, acted + len(clause.triggers[0].text) + 10) is None
        # (not a deed told as before the event: "The jets had also bombed Htang Ga Yang
        # village earlier in the month")
        or HAD_DONE.search(clause.text, max(0, acted - 30), acted) is not None
        or EARLIER.search(clause.text) is not None
    ):
        return None
    called = next(
        (
            m
            for m in _CALLED_VILLAGE.finditer(clause.text, acted)
            if (m["name"] or m["after"]) in clause.unknown
        ),
        None,
    )
    township = gazetteer.township(here.township_pcode)
    if called is None or township is None:
        return None
    group = "name" if called["name"] else "after"
    span = (clause.span[0] + called.start(group), clause.span[0] + called.end(group))
    return _unknown_at(
        text, span, township, f"where the {previous.sub_event_type} told before it was", gazetteer
    )


def _unknown_at(
    text: str, span: tuple[int, int], township: Township, why: str | None, gazetteer: Gazetteer
) -> PlaceMention:
    """A place the gazetteer lacks, named at ``span``, placed at a township (a coder's
    place for it), with a note that says so and ``why`` that township (None: no note of
    its own; the event's note says it, :func:`~geo.extract.account.carry_places`)."""
    name = text[span[0] : span[1]]
    mention = replace(township_mention(text, span, township, gazetteer), text=name)
    if why is None:
        return mention
    return replace(
        mention,
        note=f"'{name}' was not found in the gazetteer; placed at {township.name} Township, "
        f"{why}: check",
    )


def _at_unknown(clause: Clause, previous: Draft, at: PlaceMention, published: dt.date) -> Draft:
    """The deed told before, done also at a village the gazetteer lacks, on its day."""
    draft = start_event(clause, clause.triggers[0], previous, published)
    draft.place = at
    if draft.date is None and draft.date_span is None:
        draft.date, draft.date_span = previous.date, previous.date_span
    if not draft.actors:
        draft.actors = list(previous.actors)  # "the same jets": the junta's
    draft.notes.append(
        f"Told as done also at {at.text}, with no day of its own: on the day of the "
        f"{previous.sub_event_type} told before it."
    )
    return draft


def _same_spot(a: PlaceMention, b: PlaceMention) -> bool:
    """Whether two mentions name one place (the same gazetteer place, or the same name)."""
    if a.place is not None and b.place is not None:
        return a.place.place_id == b.place.place_id
    return a.location == b.location


def _unknown_villages(
    clause: Clause, places: list[PlaceMention], first: int, until: int, gazetteer: Gazetteer
) -> list[PlaceMention]:
    """The villages a list names beside villages found that the gazetteer lacks ("struck
    Myo Thit, Konlaw and Numlang"), from ``first`` to before ``until`` (where the deed's
    places are told), each placed at the township of the list
    (:func:`_township_of_unknown`), as a coder codes them: one event each."""
    villages = [p for p in places if p.kind == "place" and p.place is not None]
    if not villages or not clause.listed_unknown:
        return []
    named = [
        p
        for p in clause.places
        if p.kind == "township" and p.township is not None and not p.elsewhere
    ]
    out = []
    for _, (start, end) in clause.listed_unknown:
        if not first <= start < until:
            continue
        township, why = _township_of_unknown(start, named, villages, gazetteer)
        if township is None:
            continue
        local = (start - clause.span[0], end - clause.span[0])
        mention = _unknown_at(clause.text, local, township, why, gazetteer)
        out.append(replace(mention, span=(start, end)))
    return out


def _township_of_unknown(
    start: int, named: list[PlaceMention], villages: list[PlaceMention], gazetteer: Gazetteer
) -> tuple[Township | None, str]:
    """Where a village the gazetteer lacks, named at ``start`` in a list beside the
    ``villages`` found, lies, and why: the township the clause names before it ("two
    Kutkai township villages, Kho Moong and Nam Oom"); else, of several it names, the one
    the villages found lie in ("around A, B and C villages ... over Hsipaw, Kyaukme and
    Nawngkio townships"); else the first it names; else the villages'."""
    before = [t for t in named if t.span[1] <= start]
    theirs = {v.township_pcode for v in villages}
    if before:
        return before[-1].township, "which the sentence names before it"
    if len(theirs) == 1 and (found := [t for t in named if t.township_pcode in theirs]):
        return found[0].township, "where the villages listed with it are"
    if named:
        return named[0].township, "which the sentence names"
    pcode = villages[0].township_pcode
    return (gazetteer.township(pcode) if pcode else None), "where the villages listed with it are"


#: "by Tuesday", "as of 9 June": when a toll was told, not a day of the event.
_BY_DAY: Final = re.compile(rf"\b(?:{_UP_TO}|until|till)\s+$", re.IGNORECASE)


#: How many events back a day of figures may belong to one told over several days.
_SPAN_BACK: Final = 3


def _day_within(clause: Clause, drafts: list[Draft]) -> tuple[Draft, DateMention] | None:
    """The event told over several days ("over the weekend") that the one day a clause
    of figures gives falls within, among the last few told, and that day."""
    days = [
        d
        for d in clause.dates
        if d.precision == 1
        and not _BY_DAY.search(clause.text, 0, max(0, d.span[0] - clause.span[0]))
    ]
    if clause.triggers or len({(d.start, d.end) for d in days}) != 1:
        return None
    day = days[0]
    for event in reversed(drafts[-_SPAN_BACK:]):
        if (
            event.trigger is not None
            and not event.summary
            and event.date is not None
            and event.date.precision > 1
            and event.date.start <= day.start <= event.date.end
        ):
            return event, day
    return None


def _one_per_day(draft: Draft, days: list[DateMention], places: list[PlaceMention]) -> list[Draft]:
    """One event per day a clause lists ("airstrikes on Mogok on August 2, 9 and 14"),
    at the place told, or at each of as many places, in order ("the August 1, 3 and 4
    strikes on Nawnghkio, Kyaukme and Hsipaw"); figures given for all stay on the first."""
    told = (
        f"One of {len(days)} days the sentence lists ({', '.join(d.text for d in days)})"
        + (", each with the place named in the same order" if places else "")
        + ": one event each"
    )
    return [
        _one_of(draft, k, place=places[k] if places else draft.place, day=day, told=told)
        for k, day in enumerate(days)
    ]


def _one_of(
    draft: Draft,
    k: int,
    *,
    place: PlaceMention | None,
    day: DateMention | None,
    told: str,
) -> Draft:
    """The ``k``-th of the events one clause tells of several places or days: the
    clause's event at that place (and on that day, if given), its words as evidence;
    the figures given for all stay on the first, with a note that says so."""
    replaced = ("location",) + (("event_date",) if day is not None else ())
    one = replace(
        draft,
        date=day if day is not None else draft.date,
        date_span=None if day is not None else draft.date_span,
        place=place,
        actors=list(draft.actors),
        figures=list(draft.figures) if k == 0 else [],
        sentences=list(draft.sentences),
        evidence=[e for e in draft.evidence if e.field not in replaced]
        + ([Evidence("event_date", *day.span, day.text)] if day is not None else [])
        + ([Evidence("location", *place.span, place.text)] if place is not None else []),
        notes=list(draft.notes),
        # a place listed is found: the villages the clause names but the gazetteer lacks
        # are not this copy's (they stay with an event told for its day)
        unknown=list(draft.unknown) if day is not None else [],
    )
    one.listed = True
    one.notes.append(
        told
        + (
            "; its figures, given for all of them, are kept on this first one."
            if draft.figures and k == 0
            else "."
        )
    )
    return one


#: "Today, July 4", "today (4 July)": the day the report was written, if it says so.
_TODAY_IS: Final = re.compile(r"\b(?i:today|this morning|tonight)\b\s*[,(]\s*")


#: A dateline that opens a line: a place, then the day the report was filed ("Ukhrul,
#: Dec 14 : Kamjong ...", "YANGON, May 3: A major ...", "**m.CDM, December 25**" above a
#: section), before a colon, a dash or the line's end.
_FILED_DATELINE: Final = re.compile(
    r"^[\s*]*(?:[A-Z]|[a-z]\.)[\w.'’-]*(?:[ .][A-Za-z][\w'’-]*){0,3},\s*"
    rf"(?P<day>(?:{MONTH_NAMES})\.? \d{{1,2}}|\d{{1,2}} (?:{MONTH_NAMES}))(?:,? \d{{4}})?"
    r"[\s*]*(?:\([^()\n]{1,40}\)\s*)?(?:[:–—-]|$)",
    re.MULTILINE,
)
#: How far into a report its dateline, or a day it calls "today", is looked for.
_WRITTEN_WITHIN_CHARS: Final = 4000
#: Most days such a day may come before publication to be the day the report was
#: written (a paper dated the next day, an edition posted later).
_WRITTEN_BEFORE_DAYS: Final = 3


def _written_day(words: str, published: dt.date) -> dt.date | None:
    """The day ``words`` begin with, when it is the day a report was written: one day,
    up to :data:`_WRITTEN_BEFORE_DAYS` before publication."""
    named = find_dates(words, published=published)
    if not named or named[0].span[0] != 0 or named[0].precision != 1:
        return None
    day = named[0].start
    return day if published - dt.timedelta(days=_WRITTEN_BEFORE_DAYS) <= day <= published else None


def _filed_on(text: str, published: dt.date) -> dt.date:
    """The day the report's first dateline names, when that is a few days before
    publication ("Ukhrul, Dec 14 :" in a paper of 15 December): the day it was written,
    which "today", "this morning" and "days back" count from; else the publication
    date."""
    match = _FILED_DATELINE.search(text, 0, _WRITTEN_WITHIN_CHARS)
    return (_written_day(match["day"], published) if match else None) or published


def _written_on(text: str, published: dt.date) -> dt.date:
    """The day the report calls "today": the day it names beside the word ("Today, July
    4, ...") when that is before publication (a report posted the next morning), else
    the publication date. "This morning", "yesterday" and weekdays count from it."""
    for match in _TODAY_IS.finditer(text, 0, _WRITTEN_WITHIN_CHARS):
        day = _written_day(text[match.end() : match.end() + 25], published)
        if day is not None:
            return day
    return published


def _dated(drafts: list[Draft]) -> Draft | None:
    """The latest event told with a date or a place: "the following day" counts from it
    (not from a mention with neither, which will be left out), among the last
    :data:`_DATED_BACK` (a text of thousands of mentions with neither stays linear)."""
    return next(
        (
            d
            for d in itertools.islice(reversed(drafts), _DATED_BACK)
            if (d.date or d.place) and not d.summary
        ),
        None,
    )


#: How many events back "the following day" may look for the event it counts from.
_DATED_BACK: Final = 100


#: Where a clause that tells two events on two days can be cut in two.
_JOINT: Final = re.compile(
    r",? (?:and then|and|then|before|after which|while|whereas|as) "
    # (or a comma before the next deed's verb: "assaulted the posts on 22 June, | seized
    # two of them on 23 June")
    r"|(?P<comma>, (?=(?-i:[a-z]+ed)\b))",
    re.I,
)


def _later_part(
    text: str, span: tuple[int, int], clause: Clause
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A clause cut where its second deed is told some days after its first, dated one
    ("attacked the outpost on Feb. 1 | and seized it the next day"; "Clashes began on Aug.
    28 | and spread the following day to Mong Ko": the fighting gone on, at places of its
    own); none if it is not."""
    counted = days_counted(text[span[0] : span[1]])  # once: a long clause stays linear
    if counted is None or counted[0] <= 0:
        return None
    said_at = span[0] + counted[1]
    for joint in _JOINT.finditer(text, span[0], said_at):
        left, right = (span[0], joint.start()), (joint.end(), span[1])
        if (
            _tells(clause, left)
            and (
                any(right[0] <= t.span[0] < right[1] for t in clause.triggers)
                or _goes_on_at_places(text, clause, right)
            )
            and not any(right[0] <= d.span[0] < right[1] for d in clause.dates)
        ):
            return left, right
    return None


_DAY_NAMES: Final = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"oct|nov|dec)"
)
#: Words that tell fighting went on, or came again, with no word of its kind, and no
#: object of another deed after them: "spread the following day to", "broke out again on
#: Tuesday" (not "resumed peace talks", "continued their retreat", "continued until").
_GOES_ON: Final = re.compile(
    r"\W*(?:(?:also|then|later|it|they|fighting|clashes)\s+)?(?:spread|escalated|"
    r"intensified|continued|resumed|flared(?: up)?|broke out again|erupted again)\b"
    r"(?=\s*(?:[,.;]|$|(?:again|in|at|near|into|throughout|across|around|along|the "
    r"(?:next|following)|a day|(?:one|two|three) days|later|early|late)\b|"
    # on a day, not "on and off"
    r"on\b(?!\s+and\s+off)|"
    # to a place, not to do something else or to a day: "spread to Mong Ko" (not
    # "continued to displace", "continued to Wednesday")
    rf"to\s+(?:the\s+)?(?!{_DAY_NAMES})(?-i:[A-Z])))",
    re.IGNORECASE,
)


def _fighting_goes_on(text: str, first: Clause, part: tuple[int, int]) -> re.Match[str] | None:
    """The words by which a later part of a clause tells only that the fighting the clause
    began with went on, or came again ("... | and spread the following day to Mong Ko")."""
    if not first.triggers or first.triggers[0].sub_event_type != "Armed clash":
        return None
    return _GOES_ON.match(text, part[0], part[1])


def _a_later_day(first: Clause, second: Clause) -> bool:
    """Whether two parts of a clause tell one day each, the second's later than the
    first's."""
    days = [*first.dates, *second.dates]
    return (
        all(d.precision == 1 for d in days)
        and bool(first.dates and second.dates)
        and second.dates[0].start > first.dates[0].start
    )


def _fought_again(text: str, first: Clause, second: Clause, part: tuple[int, int]) -> bool:
    """Whether the later part of a clause tells fighting again on a later day of its own
    ("fighting took place on Monday | and broke out again on Tuesday"), not an
    offensive's course ("started in October | and resumed last month")."""
    return _fighting_goes_on(text, first, part) is not None and _a_later_day(first, second)


#: Words that open a later part of a clause telling the deed before it done again on a
#: day of its own, with no word of its kind: "(bombed Kutkai on 15 September and) again
#: on Sunday", "(and) once more early on Monday".
_AGAIN_ON: Final = re.compile(
    r"\s*(?:once\s+)?(?:again|once more)\s*,?\s+(?=(?:(?:early|late)\s+)?on\b)",
    re.IGNORECASE,
)


def _done_again(text: str, first: Clause, second: Clause, part: tuple[int, int]) -> bool:
    """Whether the later part of a clause tells only that the deed before it was done
    again on a later day ("bombed Kutkai on 15 September | and again on Sunday"): the
    first part tells its deed, then its one day, and nothing after it (not "bombed Kutkai
    on 3 September, the TNLA said on 4 September | and again on Sunday", nor "fled Kutkai
    on 3 September when jets bombed the town, | and again on Sunday")."""
    if len(first.dates) != 1 or not first.triggers:
        return False
    day = first.dates[0]
    return (
        _AGAIN_ON.match(text, part[0], part[1]) is not None
        and first.triggers[0].span[1] <= day.span[0]
        and not text[day.span[1] : first.span[1]].strip(" ,")
        and _a_later_day(first, second)
    )


def _goes_on_at_places(text: str, clause: Clause, part: tuple[int, int]) -> bool:
    """Whether a part of a clause tells only that the fighting before it went on, at
    places it names in the same words, before any comma ("and escalated the following
    day throughout Pangsang and Mongko"; not "and went on the next day, residents in
    Muse said")."""
    goes_on = _fighting_goes_on(text, clause, part)
    return goes_on is not None and any(
        goes_on.end() <= p.span[0] < part[1]
        and not p.elsewhere
        and not re.search(r"[,;]", text[goes_on.end() : p.span[0]])
        for p in clause.places
    )


def _counts_on_a_day(clause: Clause, part: tuple[int, int]) -> bool:
    """Whether a part of a clause has a day and a count of dead or hurt of its own."""
    return any(part[0] <= d.span[0] < part[1] for d in clause.dates) and any(
        part[0] <= f.amount.span[0] < part[1] for f in clause.figures
    )


def _tells(clause: Clause, part: tuple[int, int], *, trigger: bool = True) -> bool:
    """Whether a part of a clause has a date of its own (and words of what happened)."""
    return any(part[0] <= d.span[0] < part[1] for d in clause.dates) and (
        not trigger or any(part[0] <= t.span[0] < part[1] for t in clause.triggers)
    )


def _read_clauses(
    text: str,
    sentence: tuple[int, int],
    published: dt.date,
    gazetteer: Gazetteer,
    known_actors: list[str],
    context: Context,
) -> list[Clause]:
    """The clauses of a sentence, read; a clause that tells two events on two days ("the
    KIA seized the post on Monday and jets bombed Mansi on Tuesday") is read as two."""
    read: list[Clause] = []
    spans = clauses(text, *sentence)
    parts: list[Clause] = []
    if len(spans) > 1:
        actors = list(known_actors)  # the parts' actors count only if the parts stand
        parts = [
            read_clause(text, span, sentence, published, gazetteer, actors, context)
            for span in spans
        ]
        told = [part for part in parts if part.triggers]
        if len(told) == 1 and all(
            not part.places or not (part.figures or part.dates)
            for part in parts
            if not part.triggers
        ):
            # "On Sept. 30 no one was hurt, but homes burned when jets struck Hsipaw",
            # "The shelling came from the base but landed in Kan Ni": one event, told
            # in two parts
            spans, parts = [sentence], []
        else:
            known_actors[:] = actors
            for before, part in itertools.pairwise(parts):
                if not part.dates and LED_TO.fullmatch(text, before.span[1], part.span[0]):
                    # "attacked the outpost on March 3, prompting the army to bomb Kin
                    # village": the deed it led to is of that day
                    part.dates = list(before.dates)
                _its_doer(before, part)
    for k, span in enumerate(spans):
        clause = (
            parts[k]
            if parts
            else read_clause(text, span, sentence, published, gazetteer, known_actors, context)
        )
        days = {(d.start, d.end) for d in clause.dates if not d.listed}
        if len(days) == 1 and clause.triggers and (later := _later_part(text, span, clause)):
            # "attacked the outpost on Feb. 1 and seized it the next day": two events, the
            # second counted from the first's day
            first, second = (
                read_clause(text, part, sentence, published, gazetteer, known_actors, context)
                for part in later
            )
            if not second.triggers and first.triggers:
                # "Clashes began on Aug. 28 and spread the next day to Mong Ko": the
                # fighting, at the places of the later day, between the same sides
                second.triggers = [first.triggers[0]]
                second.actors = second.actors or list(first.actors)
            if not second.actors:
                # "The KIA attacked a junta outpost ... and seized it": who did the first
                acted = first.triggers[0].span[0] if first.triggers else first.span[1]
                second.actors = _doer_of(first, acted)
            read.extend((first, second))
            continue
        if (
            len(days) >= 2
            and not clause.triggers
            and len(clause.figures) >= 2
            # (not a toll told again: "five were killed on Monday and the toll rose to nine
            # on Wednesday")
            and not any(told_as_toll(text, f.amount.span[0]) for f in clause.figures)
        ):
            # "Seven civilians were killed on 3rd July and two were killed this morning
            # of 4th July": the dead of two days, each day's told apart
            joint = next(
                (
                    j
                    for j in _JOINT.finditer(text, *span)
                    if _counts_on_a_day(clause, (span[0], j.start()))
                    and _counts_on_a_day(clause, (j.end(), span[1]))
                ),
                None,
            )
            if joint is None:
                read.append(clause)
            else:
                read.extend(
                    read_clause(text, part, sentence, published, gazetteer, known_actors, context)
                    for part in ((span[0], joint.start()), (joint.end(), span[1]))
                )
            continue
        if len(days) < 2 or not clause.triggers:
            read.append(clause)
            continue
        if (pieces := _dated_list(text, span, clause)) is not None:
            # "It captured LIB 236 on Feb. 20, Tank Battalion 5014 on Feb. 7 and the
            # airport on Jan. 26": the deed done to each thing, on its day, where the list
            # names (each piece read once: a long list stays linear)
            first, *rest = (
                read_clause(text, piece, sentence, published, gazetteer, known_actors, context)
                for piece in pieces
            )
            for part in rest:
                part.triggers = [first.triggers[0]]
                part.actors = list(first.actors)  # who did the deed, not the thing done to
            for piece, part in zip(pieces, (first, *rest), strict=True):
                if part.place is not None:
                    continue
                # where the list names the piece's place ("Laiza on April 2, Mai Ja Yang
                # on April 5"), else the place of the list ("... and the Bhamo airport")
                own = [
                    p
                    for p in clause.places
                    if piece[0] <= p.span[0] < piece[1] and not (p.origin or p.elsewhere)
                ]
                named = any(u in text[piece[0] : piece[1]] for u in clause.unknown)
                # (not a piece that names a place the gazetteer lacks: it is there)
                place = own[0] if own else None if named else clause.place
                if place is not None:
                    part.places, part.place = [*part.places, place], place
            read.extend((first, *rest))
            continue
        read.extend(
            _by_days(
                text,
                span,
                clause,
                lambda part: read_clause(
                    text, part, sentence, published, gazetteer, known_actors, context
                ),
                gazetteer,
            )
        )
    return read


#: Most characters before a clause's deed for its doer to be the one of the clause
#: before it, left unsaid: "(The KIA attacked the posts on 22 June) and | took control of".
_ELIDED_REACH: Final = 12


def _its_doer(before: Clause, part: Clause, *, anywhere: bool = False) -> None:
    """Give a clause that tells a deed with no doer of its own, right at its start, the
    doer of the deed of the clause before ("The KIA attacked the posts on 22 June and took
    two of them on 23 June": the KIA took them); ``anywhere``: the doer named before the
    part's own deed, wherever the clause before tells its own (a part read again, whose
    doer the whole clause had)."""
    if (
        part.actors
        or not part.triggers
        or not before.triggers
        or part.triggers[0].span[0] - part.span[0] > _ELIDED_REACH
    ):
        return
    acted = part.triggers[0].span[0] if anywhere else before.triggers[0].span[0]
    part.actors = _doer_of(before, acted)


def _doer_of(clause: Clause, acted: int) -> list[ActorMention]:
    """Who did a deed: the last actor a clause names before where the deed is told."""
    return [a for a in clause.actors if a.span[0] < acted][-1:]


#: Most parts one clause is cut into by its days ("took two posts on 23 June, and the
#: third on 24 June"): the last part holds the days after (a long clause stays linear).
_MOST_DAY_PARTS: Final = 4


def _deed_before_its_day(clause: Clause, part: tuple[int, int]) -> bool:
    """Whether a part of a clause tells a deed before its first day ("seized the outposts
    on 23 June, ..."; not "seized two of them on 23 June, and burned the last on 24 June",
    whose first deed the reader does not take for one)."""
    day = min((d.span[0] for d in clause.dates if part[0] <= d.span[0] < part[1]), default=None)
    return day is not None and any(part[0] <= t.span[0] < day for t in clause.triggers)


#: Words of the dead or the end of a deed already told, in a later part of its clause:
#: "(while) three of the wounded died in hospital (on Wednesday)", "two more bodies were
#: found", "(and) ended on Sunday".
_SAME_DEED_LATER: Final = re.compile(
    r"\b(?:of (?:the|those) (?:wounded|injured)|died (?:of|from) (?:their|his|her|the) "
    r"(?:wounds|injuries)|died (?:later )?in (?:a |the )?hospital|succumbed|"
    r"bod(?:y|ies) (?:was|were|had been|have been) (?:found|recovered|discovered)|"
    r"(?:was|were) found dead|ended|stopped|ceased|subsided|lasted|went on)\b",
    re.IGNORECASE,
)


#: Most joints of a clause whose two parts are read for a deed of another day (a page-long
#: sentence of "and again on ..." would otherwise be read again at each).
_MOST_CUTS_READ: Final = 6


def _cut_by_day(
    text: str,
    span: tuple[int, int],
    clause: Clause,
    read: Callable[[tuple[int, int]], Clause],
    gazetteer: Gazetteer,
) -> tuple[Clause, tuple[int, int], Clause] | None:
    """A clause cut at the first joint after which a deed of another day is told: its two
    parts read (``read``), and where the second lies; none if there is no such joint
    among the first :data:`_MOST_CUTS_READ` whose parts are read (each read costs the
    clause's length: a long clause stays linear)."""
    tried = 0
    for joint in _JOINT.finditer(text, *span):
        left, right = (span[0], joint.start()), (joint.end(), span[1])
        if not (_tells(clause, left) and _tells(clause, right, trigger=False)):
            continue
        if joint["comma"] and not _deed_before_its_day(clause, right):
            continue  # "..., seized two of them on 23 June, and burned the last on 24 June"
        tried += 1
        if tried > _MOST_CUTS_READ:
            return None
        first, second = read(left), read(right)
        if not second.triggers and (
            second.place is not None
            or _fought_again(text, first, second, right)
            or _done_again(text, first, second, right)
            # "four troops died in a clash on August 26, while five died on August 28":
            # the dead of another day's fighting (not the toll told again, "... and the
            # toll rose to 15 on Tuesday"; nor the same deed's later dead, "while three of
            # the wounded died in hospital on Wednesday", or its end, "which began in
            # December and ended on Sunday, killed more than 100")
            or (
                _counts_on_a_day(clause, right)
                and _SAME_DEED_LATER.search(text, *right) is None
                and not any(
                    told_as_toll(text, f.amount.span[0])
                    for f in clause.figures
                    if right[0] <= f.amount.span[0] < right[1]
                )
            )
        ):
            # "It struck Mantong on Sept. 3 and then Hsipaw on Sept. 4": the same kind of
            # event, told once; "fighting took place near Mong Ko on Monday and broke out
            # again on Tuesday": fighting there on each day
            second.triggers = [first.triggers[0]]
            second.actors = second.actors or list(first.actors)
            if second.place is None and first.place is not None:
                # (where the part names a place the gazetteer lacks, "... and again on
                # February 11 near Mei Ngo village", at the township of the first part's
                # place, if it has one)
                # (its places named get the first part's, as the report named it: the
                # township placed for a village it lacks is no place the report named)
                second.places = [*second.places, first.place]
                second.place = (
                    _unknown_in_part(text, right, second, first, gazetteer) or first.place
                )
        if second.triggers:
            return first, right, second
    return None


#: Words right before a place that tell it as where a deed was: "(again on February 11)
#: near (Mei Ngo village)" (not "according to residents of", "a woman from").
_WHERE_IT_WAS: Final = re.compile(
    r"\b(?:near|at|in|close to|around|outside|by)\s+(?:the\s+)?(?:village\s+of\s+)?$",
    re.IGNORECASE,
)


def _unknown_in_part(
    text: str, part: tuple[int, int], second: Clause, first: Clause, gazetteer: Gazetteer
) -> PlaceMention | None:
    """The place the gazetteer lacks that the later part of a clause names as where its
    deed was ("near Mei Ngo village"), placed at the township of the first part's place
    (it is there, not at that place); none if that place has no township (a state), or
    the part names no such place (not "according to residents of Mei Ngo village")."""
    if not second.unknown:
        return None
    pcode = first.place.township_pcode if first.place is not None else None
    township = gazetteer.township(pcode) if pcode else None
    named = next(
        (
            m
            for m in re.compile(rf"\b{re.escape(second.unknown[0])}\b").finditer(text, *part)
            if _WHERE_IT_WAS.search(text, part[0], m.start())
        ),
        None,
    )
    if township is None or named is None:
        return None
    # (no note on the place: a later event told at "the area" may take it up)
    return _unknown_at(text, named.span(), township, None, gazetteer)


def _by_days(
    text: str,
    span: tuple[int, int],
    clause: Clause,
    read: Callable[[tuple[int, int]], Clause],
    gazetteer: Gazetteer,
) -> list[Clause]:
    """A clause that tells deeds on two or more days, cut where each day's deed begins
    ("attacked the posts on 22 June | and took two of them on 23 June, | and took full
    control of the third on 24 June"), into at most :data:`_MOST_DAY_PARTS` parts; each
    part with no doer of its own has the one of the part before."""
    parts: list[Clause] = []
    while len(parts) < _MOST_DAY_PARTS - 1:
        cut = _cut_by_day(text, span, clause, read, gazetteer)
        if cut is None:
            break
        first, span, second = cut
        # (the part read again has lost the doer it had from the part before)
        _its_doer(parts[-1] if parts else clause, first, anywhere=not parts)
        _its_doer(first, second)
        parts.append(first)
        clause = second
        if len({(d.start, d.end) for d in clause.dates if not d.listed}) < 2:
            break  # the rest tells one day
    return [*parts, clause]


#: A thing named with its day alone, as an item of a list after one deed: "(captured LIB
#: 236 on Feb. 20,) Tank Battalion 5014 on Feb. 7", "(seized the base on March 25 and)
#: the Nam San Yang post on March 28".
_DATED_THING: Final = re.compile(
    # (no words of saying or being: not "a spokesman said on Feb. 22"; nor a deed told
    # with its object or means: "the military retaliated with shelling on April 5")
    rf"(?!.*\b(?:{SPEECH_VERBS}|claimed|announced|confirmed|reported|was|were|is|are|has|"
    r"have|had|been)\b)"
    r"(?!.*\b\w+ed\s+(?:with|on|at|by|to|into|against|from|in|the|a|an|its|their)\b)"
    r"\s*(?:(?:the|a|an)\s+[\w'’.()-]+|(?-i:[A-Z])[\w'’.()-]*)(?:\s+[\w'’.()-]+){0,7}?"
    r"\s+on\s+$",
    re.IGNORECASE,
)
#: Most items of a list read one by one (each is an event; a longer list is no report's).
_MOST_ITEMS: Final = 12
#: What may end one item of such a list: a comma, or "and".
_ITEM_END: Final = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _dated_list(text: str, span: tuple[int, int], clause: Clause) -> list[tuple[int, int]] | None:
    """The pieces of a clause that tells one deed done to a list of things, each told
    with its day ("It captured LIB 236 on Feb. 20 | Tank Battalion 5014 on Feb. 7 | and
    the airport on Jan. 26"); none if it is no such list: every piece after the first
    names one thing, then its one day, and nothing after it (no deed, no teller: not
    "..., a statement from the KBC on April 5 said"), and there are at most
    :data:`_MOST_ITEMS` of them."""
    if not clause.triggers:
        return None
    days = sorted(d.span for d in clause.dates if d.precision == 1 and not d.listed)
    starts = [a for a, _ in days]
    acts = sorted(t.span[0] for t in clause.triggers)
    cuts: list[tuple[int, int]] = []
    for end in _ITEM_END.finditer(text, *span):
        if cuts and end.start() < cuts[-1][1]:
            continue
        k = bisect.bisect_left(starts, end.end())
        if k == len(starts) or k == 0:
            continue  # no day after it, or none before: no item ends here
        day = starts[k]
        before = starts[k - 1]
        if (cuts and before < cuts[-1][1]) or (not cuts and before < span[0]):
            continue  # the item before has no day of its own
        if text[days[k - 1][1] : end.start()].strip(" .,"):
            continue  # nor ends with it: "signed in Kunming, Yunnan on 11 January"
        if bisect.bisect_left(acts, end.end()) != bisect.bisect_left(acts, day):
            continue  # a deed of its own: no item of the list
        if _DATED_THING.fullmatch(text, end.end(), day) is None:
            continue
        cuts.append((end.start(), end.end()))
        if len(cuts) >= _MOST_ITEMS:
            return None  # a list longer than any report's: not read item by item
    if not cuts or not any(t < cuts[0][0] for t in acts):
        return None
    pieces, at = [], span[0]
    for a, b in cuts:
        pieces.append((at, a))
        at = b
    pieces.append((at, span[1]))
    for first, last in pieces[1:]:
        k = bisect.bisect_left(starts, first)
        if k + 1 < len(starts) and starts[k + 1] < last:
            return None  # a piece with two days: the list is not read as told
        if text[days[k][1] : last].strip(" .,;:!?\"”’'"):
            return None  # words after an item's day: a deed or a teller of its own
        if bisect.bisect_left(acts, first) != bisect.bisect_left(acts, last):
            return None  # a deed in the piece: no item of the list
    return pieces


def _in_pasted(event: ProposedEvent, made_plain: Plain, pasted: str) -> ProposedEvent:
    """An event whose offsets (sentences, evidence, figures) point into the pasted text."""

    def evidence(e: Evidence) -> Evidence:
        start, end = made_plain.span(e.start, e.end)
        return replace(e, start=start, end=end, text=pasted[start:end])

    def figure(f: CasualtyMention) -> CasualtyMention:
        start, end = made_plain.span(*f.amount.span)
        amount: Amount = replace(f.amount, span=(start, end), text=pasted[start:end])
        return replace(f, amount=amount)

    return replace(
        event,
        sentences=tuple(made_plain.span(s, e) for s, e in event.sentences),
        evidence=tuple(evidence(e) for e in event.evidence),
        figures=tuple(figure(f) for f in event.figures),
    )
