"""Normalising place names for matching.

Romanisations of Burmese, Kachin and Shan names vary from one publisher to the
next (Hpakant / Phakant, Lai Zar / Laiza, Mung Lai Hkyet / Munglai Hkyet /
Mon Lai Hket). Two keys are used:

* :func:`exact_key`: case, Unicode form, zero-width characters and spacing only;
* :func:`name_key`: also punctuation, word breaks, generic words (village, town,
  township, state, ...) and common romanisation variants (aspirated consonants
  written ``hp``/``ph``, ``hk``/``kh``, ``ht``/``th``; a final ``-ar`` for ``-a``;
  doubled letters; a word-final ``-nt`` for ``-n``, as in Hpakant / Hpakan; MIMU's
  number after a repeated name, as in Nam Hpat Kar (2)).
  Burmese script is kept as it is, less spaces and zero-width marks.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Final

__all__ = [
    "GENERIC_WORDS",
    "LEVEL_WORDS",
    "PART_WORDS",
    "bracketed_part",
    "exact_key",
    "generic_word",
    "is_burmese",
    "name_key",
    "village_part",
]

_ZERO_WIDTH: Final = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_PUNCT: Final = re.compile(r"[\u2018\u2019'`\u02bc\u2032]")
_SEPARATORS: Final = re.compile(r"[\s\-_.,;:()\[\]/\\&+]+")
GENERIC_WORDS: Final = frozenset(
    {
        "village",
        "villages",
        "ywa",
        "town",
        "township",
        "tsp",
        "ward",
        "city",
        "myo",
        "state",
        "region",
        "division",
    }
)
_VARIANTS: Final = (
    ("hp", "p"),
    ("ph", "p"),
    ("hk", "k"),
    ("kh", "k"),
    ("ht", "t"),
    ("th", "t"),
    ("hs", "s"),
    ("gy", "j"),
    ("ee", "i"),
    ("ou", "u"),
    ("oo", "u"),
    ("ay", "ai"),
)
_FINAL_NT: Final = re.compile(r"nt$")
#: The words of a village's part by its level ("Upper Nyaungkone"), and all the words
#: MIMU names a part of a village by, in brackets (those and its sides: "Oe Htein Kwin
#: (South)").
LEVEL_WORDS: Final = "upper|lower|middle"
PART_WORDS: Final = f"north|south|east|west|{LEVEL_WORDS}"
_NUMBERED: Final = re.compile(rf"\s*\((?:\d{{1,2}}|{PART_WORDS})\)\s*$", re.IGNORECASE)
_AR: Final = re.compile(r"ar(?![aeiou])")
_DOUBLED: Final = re.compile(r"(.)\1+")


_BURMESE: Final = re.compile("[\u1000-\u109f\uaa60-\uaa7f]")


def is_burmese(text: str) -> bool:
    """True when the text contains Myanmar script."""
    return _BURMESE.search(text) is not None


#: A part of a village told before its name, as reports write it ("Upper Nyaungkone"),
#: or after it in brackets, as MIMU names it ("Nyaung Kone (Upper)").
_PART_BEFORE: Final = re.compile(rf"^\s*(?P<part>{PART_WORDS})\s+(?P<name>\S.*)$", re.IGNORECASE)
_PART_AFTER: Final = re.compile(rf"^(?P<name>.*\S)\s*\((?P<part>{PART_WORDS})\)\s*$", re.IGNORECASE)


def village_part(text: str) -> tuple[str, str] | None:
    """The part of a village a name gives and the village's name, lower case part first:
    "Upper Nyaungkone" and "Nyaungkone (Upper)" give ``("upper", "Nyaungkone")``; None
    for a name that gives no part."""
    match = _PART_BEFORE.match(text) or _PART_AFTER.match(text)
    return (match["part"].casefold(), match["name"]) if match else None


def bracketed_part(name: str) -> str | None:
    """The part of a village MIMU names in brackets after it, lower case: "Oe Htein Kwin
    (South)" gives ``"south"``; None for a name with none (nor for "Upper Nyaungkone",
    as reports write a part)."""
    match = _PART_AFTER.match(name)
    return match["part"].casefold() if match else None


@functools.lru_cache(maxsize=262_144)
def exact_key(text: str) -> str:
    """The name as written, less case, Unicode form, zero-width marks and extra spaces."""
    text = _ZERO_WIDTH.sub("", unicodedata.normalize("NFC", text))
    return " ".join(text.casefold().split())


@functools.lru_cache(maxsize=262_144)
def name_key(text: str) -> str:
    """A loose key under which spelling variants of one name coincide."""
    text = _ZERO_WIDTH.sub("", unicodedata.normalize("NFKC", text)).casefold()
    # "Nam Hpat Kar (2)": MIMU's second place of that name; "Oe Htein Kwin (South)": its
    # southern part, which reports call by the village's name alone
    text = _NUMBERED.sub("", text)
    if is_burmese(text):
        return "".join(text.split())
    words = _SEPARATORS.sub(" ", _PUNCT.sub("", text)).split()
    while len(words) > 1 and words[-1] in GENERIC_WORDS:
        words.pop()
    key = "".join(_FINAL_NT.sub("n", word) for word in words)
    # "-ar" for "-a" first, so that the "ay" it leaves folds like any other: "Shar Yang"
    # and "Sha Yang" are one key
    key = _AR.sub("a", key)
    for written, spoken in _VARIANTS:
        key = key.replace(written, spoken)
    return _DOUBLED.sub(r"\1", key)


def generic_word(text: str) -> str | None:
    """The generic word a name ends with ("Kachin State" -> "state"), if any."""
    words = _SEPARATORS.sub(" ", text.casefold()).split()
    return words[-1] if len(words) > 1 and words[-1] in GENERIC_WORDS else None
