"""Amounts in report text: digits, number words and vague amounts, with qualifiers.

An :class:`Amount` keeps ACLED's conventions for what a reporter's words commit to:

* a plain figure ("29 people") is the best estimate;
* "at least 63", "more than 60", "over 60" give a low estimate, which is also the best
  (ACLED records the lowest reported figure; "more than 60" stays 60, never 61, so
  every figure can be found in its words);
* "some 60", "about", "around", "nearly" give the best estimate;
* "up to 20", "as many as 20" give only the high estimate;
* "between 10 and 15", "10 to 15" give low and high;
* "two dozen" 24, "half a dozen" 6;
* "tens" 10, "dozens" and "a dozen" 12, "hundreds" 100 (ACLED's fatality FAQ and
  codebook); "several", "many", "a few": ACLED records 3 or 10 by the attack's scale,
  so only the conservative 3 is proposed, as a low estimate, for the analyst to judge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

__all__ = ["NUMBER_WORDS", "VAGUE", "Amount", "find_amounts", "number_value", "spelled"]

_UNITS: Final = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS: Final = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
#: Vague amounts and the figure ACLED records for them, with the estimate they give.
VAGUE: Final = {
    "tens": (10, "best"),
    "dozens": (12, "best"),
    "a dozen": (12, "best"),
    "dozen": (12, "best"),
    "hundreds": (100, "best"),
    "a hundred": (100, "best"),
    "several": (3, "low"),
    "many": (3, "low"),
    "a few": (3, "low"),
    "a number of": (3, "low"),
}

_WORD: Final = (
    r"(?:(?:" + "|".join(_TENS) + r")(?:[- ](?:" + "|".join(list(_UNITS)[:9]) + r"))?"
    r"|" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")"
)
#: A regular expression for a number written in words below 100 ("twenty-one", "two").
NUMBER_WORDS: Final = _WORD
_DIGITS: Final = r"\d{1,3}(?:,\d{3})+|\d+"
_NUMBER: Final = rf"(?:{_DIGITS}|(?i:{_WORD}))"
_VAGUE: Final = "|".join(sorted((re.escape(v) for v in VAGUE), key=len, reverse=True))
_LOW: Final = r"at least|more than|over|no fewer than|no less than|upwards of"
_BEST: Final = r"some|about|around|approximately|roughly|nearly|almost|an estimated|close to"
_HIGH: Final = r"up to|as many as|at most|no more than"

_AMOUNT: Final = re.compile(
    rf"(?<![\w.:-])(?:"
    rf"(?i:between) (?P<from>{_NUMBER}) (?i:and) (?P<to>{_NUMBER})"
    rf"|(?P<rfrom>{_NUMBER}) (?i:to) (?P<rto>{_NUMBER})"
    rf"|(?:(?P<qual>(?i:{_LOW}|{_BEST}|{_HIGH})) )?"
    rf"(?P<value>(?:{_NUMBER}|(?i:half a)) (?i:dozen)|{_NUMBER}|(?i:{_VAGUE}))"
    rf")(?![\w-]|\.\d|%|:\d)"
    # (a time of day is no amount: "at about 4 PM, one child was killed")
    r"(?!\s?(?i:[ap]\.m\.|[ap]m\b|o['’]clock\b))"
)
_VAGUE_WORD: Final = re.compile(rf"\b(?:{_VAGUE})\b", re.IGNORECASE)
_LOWS: Final = frozenset(_LOW.split("|"))
_HIGHS: Final = frozenset(_HIGH.split("|"))


@dataclass(frozen=True)
class Amount:
    """An amount as written: its estimates, and where it stands in the text."""

    low: int | None
    best: int | None
    high: int | None
    span: tuple[int, int]
    text: str

    @property
    def vague(self) -> bool:
        """Whether the amount is a vague one ("dozens", "several"), not a figure."""
        return _VAGUE_WORD.search(self.text) is not None

    @property
    def value(self) -> int:
        """The figure that stands for the amount (best, else low, else high)."""
        for v in (self.best, self.low, self.high):
            if v is not None:
                return v
        raise AssertionError("an amount has a figure")  # pragma: no cover


def number_value(text: str) -> int | None:
    """The value of digits or English number words ("twenty-one", "1,200", "a dozen")."""
    t = " ".join(text.casefold().replace("-", " ").split())
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", t):
        return int(t.replace(",", ""))
    if t in VAGUE:
        return VAGUE[t][0]
    if t == "half a dozen":
        return 6
    if t.endswith(" dozen") and (times := number_value(t.removesuffix(" dozen"))) is not None:
        return times * 12  # "two dozen": 24
    if t in _UNITS:
        return _UNITS[t]
    parts = t.split()
    units = [w for w, v in _UNITS.items() if v < 10]
    if parts and parts[0] in _TENS and (len(parts) == 1 or (len(parts) == 2 and parts[1] in units)):
        return _TENS[parts[0]] + (_UNITS[parts[1]] if len(parts) == 2 else 0)
    return None


def spelled(value: int) -> set[str]:
    """The ways a figure can be written: digits and, below 100, words."""
    ways = {str(value), f"{value:,}"}
    if value in _UNITS.values():
        ways |= {w for w, v in _UNITS.items() if v == value}
    elif 20 <= value < 100:
        tens = next(w for w, v in _TENS.items() if v == value // 10 * 10)
        unit = next((w for w, v in _UNITS.items() if v == value % 10), None)
        ways |= {tens} if unit is None else {f"{tens}-{unit}", f"{tens} {unit}"}
    ways |= {w for w, (v, _) in VAGUE.items() if v == value}
    return ways


def find_amounts(text: str) -> list[Amount]:
    """Every amount in ``text``; ordinals ("62nd"), years, times and decimals are not."""
    found = []
    for match in _AMOUNT.finditer(text):
        if match["from"] or match["rfrom"]:
            a, b = (match["from"], match["to"]) if match["from"] else (match["rfrom"], match["rto"])
            low, high = number_value(a), number_value(b)
            if low is None or high is None or low > high:
                continue
            found.append(Amount(low, None, high, match.span(), match.group(0)))
            continue
        value = number_value(match["value"])
        if value is None or (match["value"].isdigit() and 1900 <= value <= 2100):
            continue
        qual = (match["qual"] or "").casefold()
        vague = VAGUE.get(match["value"].casefold())
        if qual in _HIGHS:
            amount = Amount(None, None, value, match.span(), match.group(0))
        elif qual in _LOWS or (vague and vague[1] == "low" and not qual):
            best = None if vague and vague[1] == "low" else value
            amount = Amount(value, best, None, match.span(), match.group(0))
        else:
            amount = Amount(None, value, None, match.span(), match.group(0))
        found.append(amount)
    return found
