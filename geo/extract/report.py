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

import datetime as dt
import re
from typing import Final

from geo.extract.clause import read_clause
from geo.extract.coding import code_event
from geo.extract.grouping import Draft, add_clause, continues, new_killing, refers_to, start_event
from geo.extract.proposal import Proposal
from geo.extract.text import clauses, masked, sentences, shorten
from geo.gazetteer import Gazetteer

__all__ = ["MAX_CHARS", "extract"]

#: Longest text read; the rest is left out, with a message.
MAX_CHARS: Final = 400_000
_LATIN: Final = re.compile(r"[A-Za-z]")
_LETTER: Final = re.compile(r"[^\W\d_]")


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
    drafts: list[Draft] = []
    known_actors: list[str] = []
    for sentence in sentences(text):
        for span in clauses(text, *sentence):
            clause = read_clause(text, span, sentence, published, gazetteer, known_actors)
            previous = drafts[-1] if drafts else None
            if (
                clause.triggers
                and previous is not None
                and clause.figures
                and not (clause.dates or clause.place or clause.same_place)
            ):
                # "dozens of soldiers died in repeated assaults": casualties of the event
                # before, told with words of how, but no new when or where
                add_clause(previous, clause)
            elif clause.triggers:
                trigger = clause.triggers[0]
                target = refers_to(clause, drafts)
                if target is None and previous is not None and continues(previous, clause, trigger):
                    target = previous
                if target is not None:
                    add_clause(target, clause)
                else:
                    drafts.append(start_event(clause, trigger, previous, published))
            elif clause.figures and previous is not None and not new_killing(clause, previous):
                # more about the event before ("the toll had risen to seven by Tuesday"):
                # a date or place here is of the news, or incidental
                add_clause(previous, clause)
            elif clause.kills_civilians and (clause.dates or clause.places):
                draft = start_event(clause, None, previous, published)
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
        events.append(code_event(draft, text))
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
