"""Report text into sentences and clauses, with what is not the account blanked.

Text pasted from a web page or a PDF is first made plain (:func:`plain`): lines broken
inside a sentence are joined, runs of spaces become one, soft hyphens and zero-width
characters go; :class:`Plain` keeps where each character came from, so that every
offset can be given back in the text as pasted. :func:`masked` then blanks what is not
the account, keeping the length: the page's header lines, date line and headline before
the body, a wire dateline, and what follows "Related articles" and the like.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Final

from geo.extract.dates import CALENDAR_WORDS, MONTH_ABBREVIATIONS, MONTH_NAMES

__all__ = [
    "BYLINE_START",
    "DAYS_AFTER",
    "LED_TO",
    "TITLE_ABBREVIATIONS",
    "Plain",
    "account_and_header",
    "clauses",
    "in_quotation",
    "item_start",
    "masked",
    "plain",
    "sentences",
    "shorten",
]

#: Titles of people written short, whose full stop ends no sentence: "Gen. N'Ban La",
#: "Rev. Hkalam".
TITLE_ABBREVIATIONS: Final = "Gen|Lt|Col|Maj|Capt|Brig|Sgt|Cpl|Rev|Dr|Mr|Mrs|Ms"
#: Titles and the like that a name or a number follows: those, and "No. 5".
_TITLE_ABBREVIATIONS: Final = TITLE_ABBREVIATIONS + "|No|Nos"
#: Words whose full stop ends no sentence: a title, a month ("Oct. 9"), the short words
#: of offices and units ("Govt.", "Div.", "Bde.", "Inf. Battalion").
_SHORT_WORDS: Final = (
    rf"{_TITLE_ABBREVIATIONS}|St|{MONTH_ABBREVIATIONS}|approx|est|vs|etc|Govt|Gov|Dept|Div|"
    r"Bde|Inf|Bn|Regt|Coy|Snr|Sen|Prof|Adm|Cmdr|Pte|Hq|HQ|Tsp|Twp|Dist"
)
#: A full stop that ends no sentence: after :data:`_SHORT_WORDS`, "a.m.", an initial.
_ABBREVIATIONS: Final = re.compile(rf"(?:\b(?:{_SHORT_WORDS}|U\.S|a\.m|p\.m)|\b[A-Z])\.$")
_END: Final = re.compile(
    r"[.!?][\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9\u1000-\u109f])|\n\s*\n|\n"
    # 'residents said."All shops are closed," ...': a quotation opened with no space
    r"|[.!?](?=[\"“][A-Z])"
)
#: Some days after (or before) another event: "a day after", "two days before".
DAYS_AFTER: Final = (
    r"(?:(?P<days>a|one|two|three|four|five|six|[1-9])\s+days?|"
    r"the\s+(?:day|morning|night|evening|afternoon))\s+(?P<which>after|before)\s"
    # "the morning after the massacre occurred": a day, only before a deed told (not "the
    # day before the KIA's anniversary")
    r"(?(days)|(?=(?:[\w'’-]+\s+){1,8}?(?:\w+ed|fell|began|struck|took|came|went|broke|hit|"
    r"shot|ran|fought|seized)\b))"
)
#: The words between a deed and one it led to: ", prompting", ", forcing".
_LED_TO: Final = r",\s+(?:prompting|forcing|leading|causing|provoking|triggering)\s+"
LED_TO: Final = re.compile(_LED_TO)
_CLAUSE: Final = re.compile(
    r";\s+|,?\s+but\s+|,\s+while\s+|,\s+whereas\s+|"
    # "clashes in Hsipaw on 10 February, followed by clashes on 11 February in Kutkai"
    r",\s+(?:and\s+)?(?:later\s+|then\s+)?followed\s+by\s+|"
    # "shelled on 25 December, fatally wounding a woman, and on that same day airstrikes
    # killed two more": another deed of that day, with its own figures
    # (not a verb with no subject of its own: "raided Kani on May 3, and on that same day
    # arrested 20 villagers" is one deed's account)
    r",\s+and\s+(?=(?:on\s+)?(?:that|the)\s+same\s+(?:day|night|morning|evening|afternoon),?"
    r"\s+(?![a-z]+ed\b|(?:took|shot|set|burnt|fought|struck|hit)\b))|"
    # "clashed in Momauk town, prompting the junta to shell the town": a deed it led to
    rf"{_LED_TO}(?=\S+(?:\s+\S+){{0,3}}\s+to\s)|"
    # "took Alaw Bum on March 25, a day after it had captured the camps", "The June 25
    # strikes came just one day after fighting erupted": the event after it, of its own day
    r"(?:,|(?<!\s)\s+(?:came|comes|come|happened|occurred))\s+(?:just\s+|only\s+)?"
    rf"(?={DAYS_AFTER})"
)
#: A headline: one line of capitalised words, with no full stop at its end.
_HEADLINE: Final = re.compile(
    r"(?:(?:[A-Z0-9][\w'’:,-]*|in|of|on|at|the|a|an|and|for|to|as|by|after|near|with|from)\s+)"
    r"{2,15}[A-Z0-9][\w'’-]*[!?]?"
)
#: A dateline's day: ", March 15", ", 21 September 2023".
_DATELINE_DAY: Final = r"(?:,\s*(?:[A-Z][a-z]+\.? \d{1,2}|\d{1,2} [A-Z][a-z]+)(?:,? \d{4})?)?"
#: A wire dateline: "BHAMO, March 15 (Reuters) -", "MYITKYINA, Myanmar —".
_DATELINE: Final = re.compile(
    rf"\s*[A-Z][A-Z .'’-]+(?:,\s*[A-Z][\w ]+?)?{_DATELINE_DAY}"
    r"\s*(?:\([^)]{1,40}\))?\s*[-–—]+\s+"
    # "Laiza, Kachin (Chindwin):", "Yangon, Sept 21, (dpa/GNA) –": a place in common
    # case, maybe a day, then the outlet in brackets (an outlet's name of a word or two:
    # not "The KIA (Kachin Independence Army) -", "On Friday, 5 March (local time) –",
    # "Lashio, 3 August (Saturday):")
    r"|\s*(?!(?:The|On|In|At|By)\b)[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?:,\s*[A-Z][\w ]+?)?"
    rf"{_DATELINE_DAY},?"
    r"\s*\((?!(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|local|\d))"
    r"[^()\s]{1,20}(?: [^()\s]{1,20})?\)\s*[:–—-]+\s+"
)

#: Who published a page, after "published by": a name in capitals ("MoeMaKa", "the
#: Kachin Independence Army"; not "local media", "fighters who attacked").
_BY_PUBLISHER: Final = r"(?: by (?:the )?[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,4})"
#: A page's date, maybe with its time ("Tuesday, 3 May 2022 10:15 AM", "2023-10-10",
#: "August 16, 2025 19:16:42 IST").
_PAGE_DATE: Final = (
    rf"(?:(?:{CALENDAR_WORDS}),?\s+)?"
    r"(?:\d{4}-\d{2}-\d{2}|"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{CALENDAR_WORDS})\.?,?\s+"
    r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4})"
    r"(?:\s*[,|·•-]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?"
    r"(?:\s*[A-Z]{2,4})?)?"
)
#: A line that is a date alone ("October 10, 2023", "Published: Tuesday, 3 May 2022
#: 10:15 AM", "2023-10-10"), or told as when it was published by whom, with the page's
#: marks after ("published by MoeMaKa on April 23, 2025*:"): the page's date line,
#: wherever it stands, not the account (not a timeline's heading, "3 May 2025,").
_DATE_ONLY: Final = re.compile(
    r"^\s*(?:(?:(?:Published|Updated|Posted|Dated|Date|Last updated)(?: on)?\s*:?\s*)?"
    # (with who published it after: "July 06, 2021 by Peoples Dispatch"; with the page's
    # count of readers: "Posted : Tuesday, 4 May, 2021, 12:00 a.m.  Views : 53")
    rf"{_PAGE_DATE}{_BY_PUBLISHER}?(?:\s+(?:Views|Hits|Comments)\s*:?\s*\d[\d,]*)?\s*"
    rf"|(?i:published|updated|posted){_BY_PUBLISHER} on\s+{_PAGE_DATE}[\s*:,]*)$"
)
#: A line that ends with a page's date: "Myanmar Military News Updates – Morning
#: edition, Sep 09, 2025", the heading of an edition, when the next line does not go on
#: in small letters (as "shelled Bhamo on September 5, 2025" / "and killed two" does).
_ENDS_WITH_PAGE_DATE: Final = re.compile(rf"[\s,–—|/-]{_PAGE_DATE}$")

#: A byline's start: "By Kachin News Group, Bhamo".
BYLINE_START: Final = re.compile(r"\s*By\s")
#: The words in small letters a byline holds besides names, dates and times ("By a
#: reporter of UCA News, last updated March 14, 2022 at 03:08 PM GMT", "By the DMG
#: Newsroom"); a line of "By" with any other such word is a sentence ("By contrast, the
#: army said").
_BYLINE_WORDS: Final = re.compile(
    r"a|an|the|and|for|of|on|at|in|from|reporters?|staff|newsroom|correspondents?|writers?|"
    r"editors?|last|updated|posted|published|am|pm"
)
#: A word in small letters.
_SMALL_WORD: Final = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*")
#: A time right after a byline's start, which makes the line a sentence's, not a byline
#: ("By Sunday Evening, Troops Had Torched 40 Houses", a subheading in capitals).
_A_TIME: Final = re.compile(
    rf"\s*(?:{CALENDAR_WORDS}|Then|Now|Noon|Midnight|Dawn|Dusk|Nightfall|Morning|"
    r"Afternoon|Evening|Night|Early|Late|Mid|Last|This|The End|The Time)\b"
)
#: How many lines from the top a byline stands in.
_BYLINE_WITHIN: Final = 15


def _is_byline(line: str) -> bool:
    """Whether a line is a byline: "By" and names, maybe a date ("By Admin 05 Oct 2025",
    "By Tun Lin Aung (Myitkyina)", "By NANDAR and ALLEGRA MENDELSON | FRONTIER"), no
    sentence's end, no word in small letters but a byline's, no time after "By"."""
    return (
        (start := BYLINE_START.match(line)) is not None
        and _A_TIME.match(line, start.end()) is None
        and len(line.strip()) <= _HEADER_CHARS
        and not _ENDS.search(line.rstrip())
        and all(_BYLINE_WORDS.fullmatch(w) for w in _SMALL_WORD.findall(line))
    )


#: A date label that begins a page's text ("date 2023-10-10 Junta troops ...",
#: "Published: 3 May 2022 Jets ..."): the page's date, not the account's.
_DATE_LABEL: Final = re.compile(
    r"^\s*(?i:date|published|posted|updated)\s*:?\s*"
    rf"(?:\d{{4}}-\d{{2}}-\d{{2}}|(?:\d{{1,2}}\s+)?(?:{CALENDAR_WORDS})\.?\s+"
    r"(?:\d{1,2},?\s+)?\d{4})\s+"
)


_SPACES: Final = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " "})
#: Characters that are no text: soft hyphens and zero-width marks.
_INVISIBLE: Final = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
#: A line that ends a sentence (or a quotation, or a heading-like colon).
_ENDS: Final = re.compile(r"[.!?:;][\"”’')\]]*$|[\"”]$")
#: A line ending in a word no sentence ends with: the sentence goes on.
_OPEN_END: Final = re.compile(
    r"(?:\b(?:a|an|the|of|in|on|at|to|by|for|from|with|near|and|or|but|as|than|that|which|"
    r"who|whose|were|was|is|are|had|has|have|been|its|their|his|her|some|about|least|"
    r"nearly|over|more|including|between|into|onto|after|before|during|while)|\d|,)$",
    re.IGNORECASE,
)
#: A sentence that ends inside a line: the line is the account, not a heading.
_INNER_END: Final = re.compile(r"[.!?][\"”’')]*\s+[\"“‘(]?[A-Z]")
#: A line that begins an item of a list, not the rest of a sentence.
_ITEM: Final = re.compile(r"^\s*(?:[-•·*–—▪●◦]|\d{1,2}[.)]\s)")
#: How far into a line its bullet or number may stand.
_ITEM_REACH_CHARS: Final = 12
#: Most lines of one item of a list, its indented lines under its first.
_ITEM_LINES: Final = 10
#: Words of page furniture for sharing and following.
_WIDGET_WORDS: Final = r"follow us|share this|subscribe|sign up for"
#: Page furniture after the account: what follows it is other pages' titles.
_FURNITURE: Final = re.compile(
    r"^\s*(?:related(?: (?:articles|posts|news|stories|content|reading)|\s*:)|"
    r"you may also like|more (?:from|stories|news)\b|recommended|most read|trending|tags?:|"
    rf"back to top|{_WIDGET_WORDS})",
    re.IGNORECASE,
)
#: Page furniture of sharing and following, which a page may put near its top as well:
#: before any sentence has ended, it is no end of the account ("Follow Us" below a
#: headline and a standfirst).
_WIDGET: Final = re.compile(rf"^\s*(?:{_WIDGET_WORDS})", re.I)
#: A heading naming another country, as in a regional update (OCHA's Asia-Pacific
#: snapshot: "MYANMAR", then "PHILIPPINES"): its section tells of no place in Myanmar.
_OTHER_COUNTRY: Final = re.compile(
    r"^\s*(?:AFGHANISTAN|BANGLADESH|BHUTAN|CAMBODIA|CHINA|DPR KOREA|FIJI|INDIA|INDONESIA|"
    r"JAPAN|LAO PDR|LAOS|MALAYSIA|MONGOLIA|NEPAL|PAKISTAN|PAPUA NEW GUINEA|PHILIPPINES|"
    r"SAMOA|SOLOMON ISLANDS|SRI LANKA|THAILAND|TIMOR-LESTE|TONGA|VANUATU|VIET ?NAM)\s*$"
)
_THIS_COUNTRY: Final = re.compile(r"^\s*(?:MYANMAR|BURMA)\s*$")
#: Words that, capitalised and followed by a lowercase word, a digit, a month or a
#: weekday, begin a sentence ("The junta", "From 19 July", "In October"): no headline
#: goes on with them (but "In Gyin Myaing", "A Nang Pa", "The Irrawaddy" are names).
_SENTENCE_OPENERS: Final = re.compile(
    r"(?:The|A|An|In|On|At|From|Since|After|Before|During|According|Following|Over|Last|"
    r"This|These|Those|It|He|She|They|We|I|When|While|As|Amid|Despite|Meanwhile|Earlier|"
    r"Early|Late|Between|Around|About|Nearly|More|At least|Some|Several|Many|Two|Three|"
    r"Four|Five|Six|Seven|Eight|Nine|Ten)"
    rf"\s+(?:[a-z\d]|(?:{CALENDAR_WORDS})\b)"
)
#: A month's abbreviation at a line's end: "on Oct." / "9" is one date.
_MONTH_ABBREVIATION: Final = re.compile(rf"\b(?:{MONTH_ABBREVIATIONS})\.$")
#: An abbreviation at a line's end that ends no sentence: "on Oct." / "23.", "Brig." /
#: "Gen. Zaw Win".
_GOES_ON: Final = re.compile(rf"\b(?:{_TITLE_ABBREVIATIONS}|{MONTH_ABBREVIATIONS})\.$")
#: A quotation opening a line, and the words that lead into one within a sentence.
_OPENS_QUOTE: Final = re.compile(r"[“\"][A-Z]")
_INTRODUCES: Final = re.compile(
    r"(?:\b(?:said|says|saying|told|tells|telling|asked|added|adding|wrote|posted|stated|"
    r"that|as|by)(?: \w+){0,3}|[,:])$",
    re.IGNORECASE,
)
#: A line shorter than this may be a heading or a date line, never joined to the next
#: for its last word alone.
_SHORT_LINE: Final = 40
#: A line of hashtags, as a page's share links write them: "#Sagaing #Myanmar".
_HASHTAGS: Final = re.compile(r"(?:^|\s)#[A-Za-z]\w*")
#: A header line's greatest length (a headline, a section label, a date line).
_HEADER_CHARS: Final = 160
#: A word of a keyword: no blank, no stop or quotation mark (a dot inside a site's name:
#: "rtwnews.com").
_KEYWORD_WORD: Final = r"[^,.;:!?\s“”\"](?:[^,.;:!?\s“”\"]|\.(?=\S))*"
#: A keyword: one to four words (not a clause of a sentence: "junta troops raided Kan Taw
#: village").
_KEYWORD: Final = rf"{_KEYWORD_WORD}(?:[ \t]+{_KEYWORD_WORD}){{0,3}}"
#: A page's line of keywords, of any length: "Politics, Crime, Myanmar, paraglider,
#: bombing, Thadingyut festival, ..., Tragic Attack at Myanmar Festival Claims 24 Lives"
#: (six or more short items, commas only, no sentence; the last may be the headline).
_KEYWORDS: Final = re.compile(
    rf"[ \t]*(?:{_KEYWORD}[ \t]*,[ \t]*){{5,}}{_KEYWORD_WORD}[^,.;:!?\n“”\"]{{0,59}}"
)


@dataclass(frozen=True)
class Plain:
    """A report's text made plain, and where each of its characters came from.

    ``origin[i]`` is the offset in the pasted text of ``text[i]``; ``origin`` has one
    more entry, the pasted text's length, so that an end offset maps too. A space put
    between a day and its month run together ("28October") has the offset of the
    character before it, so that a span ending at it maps to the day alone.
    """

    text: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The pasted text's offsets of a span of the plain text."""
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1


@dataclass(frozen=True)
class _Wrap:
    """How a hard-wrapped text was broken: ``full``, the length of a full line (longer
    lines are broken inside a sentence), and ``fits``, about the longest line, that a
    line and the next word fit within when the break between them was the writer's
    (a headline, a paragraph's last line), not the wrapping's."""

    full: int
    fits: int


def _wrapping(lines: list[str]) -> _Wrap | None:
    """The width a hard-wrapped text was broken at, if it looks hard-wrapped: several
    long lines of about one length that mostly end inside a sentence."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 3:
        return None
    width = lengths[int(len(lengths) * 0.8)]
    if width < 30:
        return None
    long = [line.rstrip() for line in lines if len(line.rstrip()) >= 0.75 * width]
    open_ended = sum(1 for line in long if not _ENDS.search(line))
    if len(long) < 3 or open_ended * 2 < len(long):
        return None
    return _Wrap(width, lengths[int(len(lengths) * 0.9)])


def _joins(before: str, after: str, wrap: _Wrap | None, *, in_header: bool = False) -> str | None:
    """How two lines join when the break between them falls inside a sentence: ``""``
    (a word broken at its hyphen), ``" "``, or ``None`` for a real break. In a
    hard-wrapped text a full line goes on in the next, unless the next line's first
    word would have fitted on it: then the break was the writer's ("14 civilians killed
    in Bhamo" / "Since Feb. 14, ...": a headline, then the body). ``in_header``: no
    sentence has ended yet, and a line beginning as a sentence does ("From 19 July")
    begins the body after the headline."""
    a, b = before.rstrip(), after.lstrip()
    if not a or not b or _ITEM.match(b) or _FURNITURE.match(b):
        return None
    if _ENDS.search(a) and not _GOES_ON.search(a):
        return None
    if _ENDS_WITH_PAGE_DATE.search(a) and not b[0].islower():
        return None  # an edition's heading with its date, then its first item
    if a.endswith("-") and a[-2:-1].isalpha() and b[:1].isalpha():
        return ""  # "twenty-" / "nine"
    if _MONTH_ABBREVIATION.search(a) and b[:1].isdigit():
        return " "  # "On Nov." / "5, troops ...": one date
    if b[0].islower() or (len(a) >= _SHORT_LINE and (b[0].isdigit() or _OPEN_END.search(a))):
        return " "
    if wrap is not None and len(a) >= 0.75 * wrap.full:
        if in_header and _SENTENCE_OPENERS.match(b):
            return None  # the headline's last line, then the body's first
        if _OPENS_QUOTE.match(b) and not _INTRODUCES.search(a):
            return None  # '... (TNLA)' / '“I saw four people die ...': a quotation's own paragraph
        if len(a) + 1 + len(b.split(maxsplit=1)[0]) <= wrap.fits:
            return None  # the next word would have fitted: not a break of the wrapping
        return " "  # a full line of a hard-wrapped text: the sentence goes on
    return None


def plain(text: str) -> Plain:
    """The text with lines broken inside a sentence joined, runs of spaces and tabs made
    one space, no-break spaces read as spaces, soft hyphens and zero-width marks left
    out, and a space put between a day and its month run together ("28October") and
    after a full stop with none before the next sentence ("Laiza.At");
    offsets into the pasted text are kept (:class:`Plain`)."""
    text = text.translate(_SPACES)
    lines = re.split(r"(\r\n|\r|\n)", text)
    contents = lines[0::2]
    wrap = _wrapping(contents)
    out: list[str] = []
    origin: list[int] = []
    at = 0
    ended = False  # a sentence has ended: the header lines are behind
    for number, line in enumerate(contents):
        if number:
            newline = lines[2 * number - 1]
            before = contents[number - 1]
            ended = ended or bool(_ENDS.search(before.rstrip()) or _INNER_END.search(before))
            joint = _joins(before, line, wrap, in_header=not ended)
            if joint is None:
                out.append("\n")
                origin.append(at)
            elif joint == " " and out and out[-1] != " ":
                out.append(" ")
                origin.append(at)
            at += len(newline)
        space = False
        for i, char in enumerate(line):
            if char in _INVISIBLE:
                continue
            if char in " \t":
                if space or (out and out[-1] in " \n" and i == 0):
                    continue
                space = True
                out.append(" ")
            else:
                space = False
                out.append(char)
            origin.append(at + i)
        at += len(line)
    origin.append(at)
    joined = "".join(out)
    # "from 21 to 28October", "on October28": a day run into its month gets a space, as
    # does a sentence run into the next ("fired on Laiza.At around 1pm"); the space points
    # at the character before it (one pass each: a long text stays linear)
    cuts = sorted(
        {m.end() for m in _DAY_RUN_IN.finditer(joined)}
        | {m.end() for m in _SENTENCE_RUN_IN.finditer(joined)}
    )
    if cuts:
        pieces, origins, at = [], [], 0
        for cut in cuts:
            pieces += [joined[at:cut], " "]
            origins += [*origin[at:cut], origin[cut - 1]]
            at = cut
        pieces.append(joined[at:])
        origins += origin[at:]
        joined, origin = "".join(pieces), origins
    return Plain(joined, tuple(origin))


#: Where a day and its month are run together ("28October", "October28"): a space goes.
_DAY_RUN_IN: Final = re.compile(
    rf"(?<![\w.])\d{{1,2}}(?=(?:{MONTH_NAMES})\b)|"
    rf"\b(?:{MONTH_NAMES})(?=\d{{1,2}}(?:st|nd|rd|th)?\b)"
)

#: Where a sentence is run into the next, with no space after its full stop ("shells were
#: fired on Laiza.At around 1pm"): a word of two small letters or more, or a number,
#: then a capitalised word (not one of :data:`_SHORT_WORDS`: "Gen.Min", "Govt.Hospital",
#: "Sept.The"; not an initial, "U.S.Army"; not a web address, "irrawaddy.com").
_SENTENCE_RUN_IN: Final = re.compile(
    rf"\b(?!(?:{_SHORT_WORDS})[.!?])(?:[A-Za-z]*[a-z]{{2}}|\d+)[.!?](?=[A-Z][a-z])"
)

_DAY_OF_MONTH: Final = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_NAMES})\.?(?:,?\s+\d{{4}})?|"
    rf"(?:{MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)"
)
#: A day told as when the page, or a report it cites, was published ("Overview,
#: published by MoeMaKa on April 23, 2025", "a report published on 5 May said"): no
#: event's day (unless the sentence points back to it: "the photos, published by the
#: KIA on 5 May, show a jet bombing Laiza that morning", :data:`_THAT_DAY`).
_PUBLISHED_ON: Final = re.compile(
    rf"\b(?i:published|updated){_BY_PUBLISHER}? on "
    rf"(?:(?:{CALENDAR_WORDS}),?\s+)?({_DAY_OF_MONTH})"
)
#: Words after a day in its sentence that point back to it: "that morning", "the same day".
_THAT_DAY: Final = re.compile(
    r"[^.!?]*\b(?:that|the same) (?:day|morning|afternoon|evening|night)\b", re.IGNORECASE
)
#: A place's name in a dateline, maybe told by its part of a state ("northern Shan
#: State").
_DATELINE_PLACE: Final = (
    r"(?:(?:northern|southern|eastern|western|central|upper|lower)\s+)?"
    r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
)
_PLACE_NAMES: Final = rf"{_DATELINE_PLACE}(?:,\s*{_DATELINE_PLACE}){{0,2}}"
#: How many lines from the top a dateline of a place and a date stands in.
_FILED_WITHIN: Final = 15
#: A line that is a place and a date alone ("10 October 2023, Myitkyina, Kachin State",
#: "Mawlamyine, 31 October"): where and when the report was filed, not where its events
#: are (a report filed in Myitkyina is no report on Myitkyina Township).
_PLACE_DATELINE: Final = re.compile(
    rf"^\s*(?:{_DAY_OF_MONTH},\s*{_PLACE_NAMES}|{_PLACE_NAMES},\s*{_DAY_OF_MONTH})\s*$"
)


def masked(text: str) -> str:
    """The text with what is not the report's account blanked (:func:`account_and_header`)."""
    return account_and_header(text)[0]


def account_and_header(text: str) -> tuple[str, str]:
    """The text with what is not the report's account blanked, of the same length so
    that offsets hold, and the header lines it blanked (for where the report is): no-break
    and thin spaces as spaces; the lines before the body that end no sentence (a page
    header, a section label, a date line, the headline, a byline); a byline further down
    ("By Admin 05 Oct 2025" below a standfirst); page furniture near the top ("Follow
    Us" below a standfirst); a wire dateline ("BHAMO, March 15 (Reuters) -") at the
    start of one of the first lines; another
    country's section of a regional update (from its heading, "PHILIPPINES", to a
    "MYANMAR" one); a day told as when it was published ("published by MoeMaKa on
    April 23, 2025"); and page furniture at the end ("Related articles" and what
    follows)."""
    text = text.translate(_SPACES)
    lines = text.split("\n")
    keywords = {i for i, line in enumerate(lines) if _KEYWORDS.fullmatch(line)}
    body = [
        i
        for i, line in enumerate(lines)
        if (_ENDS.search(line.rstrip()) or _INNER_END.search(line) or len(line) > _HEADER_CHARS)
        and i not in keywords
    ]
    first_body = body[0] if body else len(lines)
    # the line the first sentence ends on: sharing widgets above it are the page's
    first_end = next((i for i, line in enumerate(lines) if _ENDS.search(line.rstrip())), len(lines))
    out: list[str] = []
    headed: list[str] = []
    ended = False
    # a regional update has a heading for Myanmar; after it, another country's heading
    # opens a section of its own (not a "THAILAND" section of a story on Myanmar)
    regional = any(_THIS_COUNTRY.match(line) for line in lines)
    # a line of a place and a date near the top, the only one: where and when the report
    # was filed (several are a timeline's headings: "10 March, Waingmaw")
    placed = [i for i, line in enumerate(lines) if _PLACE_DATELINE.match(line)]
    filed = set(placed) if len(placed) == 1 and placed[0] < _FILED_WITHIN else set()
    abroad = False  # in another country's section of a regional update
    for number, line in enumerate(lines):
        stripped = line.strip()
        if regional and (_OTHER_COUNTRY.match(line) or _THIS_COUNTRY.match(line)):
            abroad = _OTHER_COUNTRY.match(line) is not None
            out.append(" " * len(line))  # a heading
            continue
        if abroad:
            out.append(" " * len(line))
            continue
        if _DATE_ONLY.match(line):
            out.append(" " * len(line))  # a date line among the body's: the page's date
            continue
        if number in filed:
            out.append(" " * len(line))  # where and when it was filed
            continue
        if number and number <= first_end and _WIDGET.match(line):
            out.append(" " * len(line))  # "Follow Us" below a standfirst: no end
            continue
        if ended or (number and _FURNITURE.match(line)) or _HASHTAGS.search(line):
            ended = True
            out.append(" " * len(line))
            continue
        header = (
            number < first_body
            and number < 8
            and (len(stripped) <= _HEADER_CHARS or number in keywords)
            and not _ITEM.match(line)
            and (len(lines) > 1)
        )
        if header:
            out.append(" " * len(line))
            headed.append(line)
            continue
        if number < _BYLINE_WITHIN and _is_byline(line):
            out.append(" " * len(line))  # a byline below the first sentence: not the account
            continue
        if number == 0 and (label := _DATE_LABEL.match(line)):
            line = " " * label.end() + line[label.end() :]
        if number <= first_body + 1 and number < 6 and (dateline := _DATELINE.match(line)):
            line = " " * dateline.end() + line[dateline.end() :]
        for told in reversed(list(_PUBLISHED_ON.finditer(line))):
            if not _THAT_DAY.match(line, told.end(1)):
                line = line[: told.start(1)] + " " * len(told.group(1)) + line[told.end(1) :]
        out.append(line)
    return "\n".join(out), "\n".join(headed)


def item_start(text: str, at: int) -> int | None:
    """Where the item of a list that holds ``at`` begins: its line begins with a bullet
    or a number ("· In Pale Township, ...", "2. Troops ..."), or is indented under such a
    line ("  The army then shelled Yinmabin."); none outside a list."""
    line = text.rfind("\n", 0, at) + 1
    for _ in range(_ITEM_LINES):
        if _ITEM.match(text[line : line + _ITEM_REACH_CHARS]):
            return line
        if not line or not text[line : line + 1].isspace() or text[line] == "\n":
            return None  # a line of its own, not indented under an item
        line = text.rfind("\n", 0, line - 1) + 1
    return None


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
        if text.startswith('"', m.end()) and _closes_quotation(text, m.end()):
            continue  # '"We will not give up."He left': the mark closes, no sentence opens
        end = m.end() if not m.group(0).isspace() else m.start()
        if text[start:end].strip():
            spans.append(_strip(text, start, end))
        start = m.end()
    if text[start:].strip():
        spans.append(_strip(text, start, len(text)))
    return spans


def _closes_quotation(text: str, at: int) -> bool:
    """Whether the straight quotation mark at ``at`` closes a quotation: an odd number of
    them before it since the line began."""
    line = text.rfind("\n", 0, at) + 1
    return text.count('"', line, at) % 2 == 1


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


#: A comma before a day that begins the next item of a run-on list of events: ", on
#: November 8 a police post was targeted, on November 10 ...".
_DATED_ITEM: Final = re.compile(
    rf",\s+(?:and\s+)?(?=[Oo]n\s+(?:(?:{MONTH_NAMES})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{MONTH_NAMES}))\b)"
)


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of a sentence: split at "; ", "but", "while", "whereas", and, in a
    run-on list of events each led by its day (two or more ", on November 8 ..."), before
    each day."""
    cuts = [(m.start(), m.end()) for m in _CLAUSE.finditer(text, start, end)]
    items = [(m.start(), m.end()) for m in _DATED_ITEM.finditer(text, start, end)]
    if len(items) >= 2:
        cuts = sorted(cuts + items)
    spans, at = [], start
    for cut_start, cut_end in cuts:
        if cut_start < at:
            continue
        spans.append((at, cut_start))
        at = cut_end
    spans.append((at, end))
    return [s for s in spans if s[1] > s[0]]


@functools.lru_cache(maxsize=4)
def _quotation_marks(text: str) -> tuple[list[int], list[int], list[int]]:
    """Where the text's quotation marks stand: curly opening, curly closing, straight
    (found once per text, so that asking about many places stays linear)."""
    return (
        [m.start() for m in re.finditer("“", text)],
        [m.start() for m in re.finditer("”", text)],
        [m.start() for m in re.finditer('"', text)],
    )


def quotation_end(text: str, at: int) -> int | None:
    """Where the quotation ``at`` lies in closes: the first closing mark after it (a
    curly one, or a straight one), or None when none follows."""
    _, closing, straight = _quotation_marks(text)
    after = [
        marks[k]
        for marks in (closing, straight)
        if (k := bisect.bisect_left(marks, at)) < len(marks)
    ]
    return min(after) if after else None


def in_quotation(text: str, at: int, start: int = 0) -> bool:
    """Whether ``at`` lies inside a quotation opened after ``start``: a curly quotation
    mark opened and not closed before it, or an odd number of straight ones."""
    opening, closing, straight = _quotation_marks(text)

    def between(marks: list[int]) -> int:
        return bisect.bisect_left(marks, at) - bisect.bisect_left(marks, start)

    return between(opening) > between(closing) or between(straight) % 2 == 1
