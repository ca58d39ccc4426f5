"""Casualty figures in a stretch of report text: who was killed or injured, how many.

:func:`find_figures` reads one clause at a time. A figure is an :class:`~geo.extract.
numbers.Amount` tied to "killed" or "injured" by the verb next to it ("killed 29
people", "57 others injured", "leaving nine civilians dead", "the death toll rose to
30"), with the words that say whose it was ("children", "civilians", "junta soldiers",
"KIA fighters"). A figure inside "including ..." or "among them ..." is part of the
figure before it, not more casualties.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from geo.extract.numbers import Amount, find_amounts

__all__ = ["CasualtyMention", "find_figures"]

_KILL: Final = (
    r"killed|killing|kills|kill|dead|died|die|deaths?|bodies|lives|"
    r"lost (?:their|his|her) li(?:fe|ves)"
    r"|death toll|executed|massacred|slain|shot dead"
)
_HURT: Final = r"injured|injuring|injures|injuries|wounded|wounding|wounds|hurt"
_CASUALTY: Final = re.compile(rf"\b(?:(?P<kill>{_KILL})|(?P<hurt>{_HURT}))\b", re.IGNORECASE)
#: A verb that takes the figure after it: "killed 29", "wounding five", "claimed the lives of".
_VERB_BEFORE: Final = re.compile(
    rf"\b(?:(?P<kill>killed|killing|kills|kill|claim(?:ed|ing|s)? the lives of|(?:death )?toll"
    r"(?:(?: [\w’']{1,30}){0,4}? (?:has |had )?"
    r"(?:rose|risen|rising|reached|climbed|stood|stands|jumped|is|was))?"
    r"(?: to| at| of)?"
    r"|executed|massacred|shot dead|shooting dead|killed a total of)"
    rf"|(?P<hurt>{_HURT})|(?P<left>left|leaving|leaves))\s+(?:(?:an? |another |the )?)$",
    re.IGNORECASE,
)
_NOUN: Final = re.compile(
    r"^\s*(?:more |other |of (?:the |its |their |his |her |our )?|[\w-]{1,30}['’]s |"
    r"(?:(?-i:[A-Z][\w'’-]{0,30})|junta|regime|military|"
    r"government|resistance|armed|displaced|internally|young|civilian|local|unarmed|"
    r"innocent|ethnic|jade|family|rebel|allied|security|army|police) ){0,3}"
    r"(?P<noun>people|persons|person|civilians?|villagers?|residents?|IDPs?|children|child|"
    r"minors?|students?|teachers?|women|woman|men|man|girls?|boys?|soldiers?|troops|fighters?|"
    r"members?|others|officers?|personnel|policemen|police|militiamen|militia members|"
    r"combatants?|monks?|worshippers|passengers|victims|teenagers?|farmers?|workers?|"
    r"miners?|labou?rers|infants?|babies|baby|elderly|patients|guests|attendees|"
    r"concert-?goers|dead|bodies|deaths|of them)\b",
    re.IGNORECASE,
)
_CHILD: Final = re.compile(
    r"children|child|minors?|girls?|boys?|infants?|bab(?:y|ies)|students?|teenagers?", re.I
)
_CIVILIAN: Final = re.compile(
    r"civilians?|villagers?|residents?|IDPs?|displaced|children|child|minors?|women|woman|"
    r"students?|teachers?|monks?|worshippers|passengers|farmers?|workers?|miners?|"
    r"labou?rers|infants?|bab(?:y|ies)|patients|elderly|concert",
    re.I,
)
_MILITARY: Final = re.compile(
    r"junta|regime|soldiers?|troops|military|army|police|policemen|militiamen|personnel", re.I
)
_ARMED: Final = re.compile(r"fighters?|combatants?|KIA|PDF|TNLA|MNDAA|resistance|rebels?", re.I)
_SUBSET: Final = re.compile(r"(?:including|among them|among whom|of whom|of them)\s+$", re.I)
_AMONG_DEAD: Final = re.compile(
    r"^\s*(?:were|was)?\s*among (?:the|those) (?:dead|killed|victims)", re.I
)
_NONE: Final = re.compile(
    r"\b(?:no one|nobody|no (?:one|people|civilians|soldiers|casualties|deaths|injuries)|"
    r"none(?: of (?:the|its|their|his|her|our) [\w'’-]{1,30})?)\b"
    r"(?:\s+(?:was|were|had been|has been))?\s*(?P<what>killed|injured|wounded|hurt|reported)?",
    re.I,
)
#: A figure with no noun, then its verb: "57 injured", "one was injured", "30 were hurt".
_BARE_VERB: Final = re.compile(
    r"^\s+(?:(?:were|was|have been|had been|are|is|got|reportedly|also|later) )*"
    rf"(?:{_KILL}|{_HURT})\b",
    re.IGNORECASE,
)
#: What may stand between two figures that share one verb: "Five soldiers and two KIA
#: fighters were killed".
_JOINED: Final = re.compile(
    r"\s*(?:(?:[\w'’-]{1,30}\s+){0,3}?)(?:and|,|, and|as well as|,? including|,? among them)\s*",
    re.IGNORECASE,
)
_AND_BEFORE: Final = re.compile(r"(?:,|\band)\s+$")
#: Characters read before and after a figure.
_BEFORE: Final = 80
_AFTER: Final = 200
_STOP: Final = re.compile(r"[;:]|\bbut\b|\bwhile\b|\bwhereas\b", re.I)


@dataclass(frozen=True)
class CasualtyMention:
    """One reported casualty figure.

    ``kind`` is ``"killed"`` or ``"injured"``; ``part_of_previous`` marks a figure
    that breaks down the one before it ("including 13 children"); ``side`` is
    ``"civilian"``, ``"military"``, ``"armed group"`` or ``None`` when the words do
    not say.
    """

    kind: str
    amount: Amount
    noun: str | None
    children: bool
    side: str | None
    part_of_previous: bool


def _side(words: str) -> str | None:
    if _CIVILIAN.search(words):
        return "civilian"
    if _ARMED.search(words):
        return "armed group"
    if _MILITARY.search(words):
        return "military"
    return None


def _owns_figure(after_verb: str) -> bool:
    """Whether a verb is followed by a figure of its own ("killing one", "killing a few")."""
    amounts = find_amounts(after_verb)
    return bool(amounts) and not after_verb[: amounts[0].span[0]].strip()


def _kind_after(text: str) -> str | None:
    """The casualty word that follows a figure in its clause ("were killed")."""
    stop = _STOP.search(text)
    window = text[: stop.start()] if stop else text
    match = _CASUALTY.search(window[:90])
    if match is None or _owns_figure(window[match.end() : match.end() + 30]):
        return None  # "fired on two people, killing one": the verb has its own figure
    between = window[: match.start()]
    for amount in find_amounts(between):
        if not _JOINED.fullmatch(between[: amount.span[0]]):
            return None  # "One resident said at least four fighters had been killed"
    return "killed" if match["kill"] else "injured"


def find_figures(text: str, *, offset: int = 0) -> list[CasualtyMention]:
    """Casualty figures in ``text`` (one sentence or clause), in order.

    ``offset`` is added to every span, so that spans point into the whole report.
    """
    figures: list[CasualtyMention] = []
    for none in _NONE.finditer(text):
        what = (none["what"] or "").casefold()
        # "no one was hurt": neither killed nor injured; "no one was injured": not injured
        kinds = (
            ["killed"]
            if what == "killed"
            else ["killed", "injured"]
            if what == "hurt"
            else ["injured"]
            if what in ("injured", "wounded")
            else []
        )
        if not what or what == "reported" or "casualties" in none.group(0).casefold():
            kinds = ["killed", "injured"] if "casualties" in none.group(0).casefold() else kinds
        for nothing in kinds:
            span = (offset + none.start(), offset + none.end())
            figures.append(
                CasualtyMention(
                    nothing, Amount(None, 0, None, span, none.group(0)), None, False, None, False
                )
            )
    nobody = [m.span() for m in _NONE.finditer(text)]
    for amount in find_amounts(text):
        start, end = amount.span
        if any(a <= start < b for a, b in nobody):
            continue  # the "one" of "no one was hurt"
        # the words around a figure that can bear on it; windows keep a long clause linear
        before, after = text[max(0, start - _BEFORE) : start], text[end : end + _AFTER]
        noun_match = _NOUN.match(after)
        noun = noun_match["noun"] if noun_match else None
        rest = after[noun_match.end() :] if noun_match else after
        verb = _VERB_BEFORE.search(before)
        # "including 3 women and 2 children": the second is inside "including" too
        subset = _SUBSET.search(before) is not None or bool(
            figures
            and figures[-1].part_of_previous
            and 0 <= start - (figures[-1].amount.span[1] - offset) <= 8
            and _AND_BEFORE.search(before)
        )
        kind: str | None
        if verb and verb["kill"]:
            kind = "killed"
        elif verb and verb["hurt"]:
            kind = "injured"
        elif verb and verb["left"]:
            kind = _kind_after(rest[:30])
        elif subset:
            kind = figures[-1].kind if figures else None
        else:
            if noun is None and not _BARE_VERB.match(after):
                continue  # "four outposts", "3km": not people
            kind = _kind_after(rest)
        if kind is None:
            continue
        if noun and noun.casefold() in ("dead", "bodies", "deaths"):
            kind = "killed"
        among = _AMONG_DEAD.match(rest) is not None
        is_child = bool(noun and _CHILD.fullmatch(noun))
        figures.append(
            CasualtyMention(
                kind,
                Amount(
                    amount.low,
                    amount.best,
                    amount.high,
                    (offset + start, offset + end + (noun_match.end() if noun_match else 0)),
                    text[start : end + (noun_match.end() if noun_match else 0)],
                ),
                noun,
                is_child,
                _side(after[: noun_match.end()]) if noun_match else None,
                subset or (among and is_child),
            )
        )
    return sorted(figures, key=lambda f: f.amount.span)
