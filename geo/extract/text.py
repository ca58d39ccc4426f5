"""Report text into sentences and clauses, with what is not the account blanked.

Offsets always point into the text as given: :func:`masked` blanks a headline and a
wire dateline with spaces of the same length, and no-break spaces read as spaces.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["clauses", "masked", "sentences", "shorten"]

_ABBREVIATIONS: Final = re.compile(
    r"(?:\b(?:Gen|Lt|Col|Maj|Capt|Brig|Sgt|Dr|Mr|Mrs|Ms|St|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|"
    r"Aug|Sep|Sept|Oct|Nov|Dec|U\.S|a\.m|p\.m|approx|est|vs|etc)|\b[A-Z])\.$"
)
_END: Final = re.compile(r"[.!?][\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9\u1000-\u109f])|\n\s*\n|\n")
_CLAUSE: Final = re.compile(r";\s+|,?\s+but\s+|,\s+while\s+|,\s+whereas\s+")
#: A headline: one line of capitalised words, with no full stop at its end.
_HEADLINE: Final = re.compile(
    r"(?:(?:[A-Z0-9][\w'’:,-]*|in|of|on|at|the|a|an|and|for|to|as|by|after|near|with|from)\s+)"
    r"{2,15}[A-Z0-9][\w'’-]*[!?]?"
)
#: A wire dateline: "BHAMO, March 15 (Reuters) -", "MYITKYINA, Myanmar —".
_DATELINE: Final = re.compile(
    r"\s*[A-Z][A-Z .'’-]+(?:,\s*[A-Z][\w ]+?)?"
    r"(?:,\s*(?:[A-Z][a-z]+\.? \d{1,2}|\d{1,2} [A-Z][a-z]+)(?:,? \d{4})?)?"
    r"\s*(?:\([^)]{1,40}\))?\s*[-–—]+\s+"
)

_SPACES: Final = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " "})


def masked(text: str) -> str:
    """The text with what is not the report's account blanked, of the same length so
    that offsets hold: no-break and thin spaces as spaces, a headline line before the
    body, and a wire dateline ("BHAMO, March 15 (Reuters) -") at the start of one of
    the first lines."""
    text = text.translate(_SPACES)
    lines = text.split("\n")
    at = 0
    for number, line in enumerate(lines[:4]):
        blank = 0
        if number == 0 and len(lines) > 1 and _HEADLINE.fullmatch(line.strip()):
            blank = len(line)
        elif dateline := _DATELINE.match(line):
            blank = dateline.end()
        if blank:
            text = text[:at] + " " * blank + text[at + blank :]
            if number > 0 or _DATELINE.match(line):
                break
        at += len(line) + 1
    return text


def shorten(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: ends at . ! ? before a capital, and at line breaks; "Gen." is not one."""
    spans = []
    start = 0
    for m in _END.finditer(text):
        if m.group(0).startswith(".") and _ABBREVIATIONS.search(
            text[max(0, m.start() - 6) : m.start() + 1]
        ):
            continue
        end = m.end() if not m.group(0).isspace() else m.start()
        if text[start:end].strip():
            spans.append(_strip(text, start, end))
        start = m.end()
    if text[start:].strip():
        spans.append(_strip(text, start, len(text)))
    return spans


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, at = [], start
    for m in _CLAUSE.finditer(text, start, end):
        spans.append((at, m.start()))
        at = m.end()
    spans.append((at, end))
    return [s for s in spans if s[1] > s[0]]
