"""Places in report text: gazetteer names, townships, states and relative positions.

:func:`find_places` reads one sentence. It finds

* townships ("in Momauk Township") and states or regions ("in Kachin and northern
  Shan states"), which also scope the names in the same sentence;
* every run of capitalised words the gazetteer knows (aliases and spelling variants
  included), leaving out people's names (after a title: General, U, Duwa ...),
  actors, dates and words that name peoples or countries rather than places;
* relative positions ("about 3km north of the KIA headquarters", "two miles east of
  Bhamo", "5.6 miles from its headquarters"), offset geodesically from the named place.

Among same-named villages the one in the township, else the state, named in the
sentence is chosen; else one in Kachin or northern Shan State; the count of the
others is kept so the analyst can see the choice was a guess.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Final, Literal

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from geo import geodesy
from geo.extract._spans import Taken
from geo.extract.numbers import NUMBER_WORDS, number_value
from geo.extract.wording import FLED_WORDS, GROUND, PEOPLES, POSTS, SPEECH_VERBS, YEAR_OLD
from geo.gazetteer import Gazetteer, Place, Township
from geo.names import GENERIC_WORDS, LEVEL_WORDS, PART_WORDS, exact_key, name_key
from geo.precision import REGION_PRECISION

__all__ = [
    "COARSENESS",
    "DEED_WORDS",
    "FOCUS_STATES",
    "LIST_GAP",
    "NEIGHBOUR_KM",
    "PLACE_WORDS",
    "SETTLEMENT_WORDS",
    "SPELLING_RULES",
    "TOWN_SPELLING_CUTOFF",
    "Context",
    "PlaceMention",
    "find_places",
    "km_from_township",
    "listed_unknown",
    "measured_from",
    "names_abroad",
    "report_context",
    "spelling_variants",
    "state_pcodes",
    "told_abroad",
    "township_mention",
    "unknown_places",
]

#: Kachin and northern Shan State: the product's area, preferred among namesakes.
FOCUS_STATES: Final = ("MMR001", "MMR015")
#: Where a town spelled only like a name is looked for, when the report names no state:
#: Kachin, northern Shan and Sagaing next to them.
_LIKENESS_STATES: Final = (*FOCUS_STATES, "MMR005")

_STATES: Final = {
    "kachin": ("MMR001",),
    "shan": ("MMR014", "MMR015", "MMR016"),
    "northern shan": ("MMR015",),
    "north shan": ("MMR015",),
    "southern shan": ("MMR014",),
    "south shan": ("MMR014",),
    "eastern shan": ("MMR016",),
    "east shan": ("MMR016",),
    "sagaing": ("MMR005",),
    "mandalay": ("MMR010",),
    "chin": ("MMR004",),
    "rakhine": ("MMR012",),
    "kayin": ("MMR003",),
    "karen": ("MMR003",),
    "kayah": ("MMR002",),
    "karenni": ("MMR002",),
    "mon": ("MMR011",),
    "magway": ("MMR009",),
    "bago": ("MMR007", "MMR008"),
    "yangon": ("MMR013",),
    "ayeyarwady": ("MMR017",),
    "tanintharyi": ("MMR006",),
}
_STATE_NAME: Final = (
    r"(?:(?i:northern|southern|eastern|north|south|east) )?"
    r"(?:Kachin|Shan|Sagaing|Mandalay|Chin|Rakhine|Kayin|Karen|Kayah|Karenni|Mon|Magway|"
    r"Bago|Yangon|Ayeyarwady|Tanintharyi)"
)
_REGION: Final = re.compile(
    rf"\b(?P<a>{_STATE_NAME})(?:,? (?P<b>{_STATE_NAME}))?(?:,? and (?P<c>{_STATE_NAME}))?"
    rf" (?P<word>(?i:states?|regions?|divisions?))\b"
)
#: A state named after the word, as foreign reports name it: "in the northern state of
#: Kachin", "the central region of Sagaing".
_REGION_OF: Final = re.compile(
    r"\b(?i:(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|eastern|western|central) )?"
    rf"(?i:state|region|division) of (?P<a>{_STATE_NAME})\b(?!\s+(?i:state|region|division)\b)"
)
#: A region named like its capital, alone, as reports of the war in the north-west name
#: it: "in Sagaing", "Sagaing's Pale Township". The town is "Sagaing town", "the town of
#: Sagaing", "Sagaing Township"; "Sagaing Bridge" is a place of its own. (Bago and
#: Magway alone more often mean the city.)
_REGION_BARE: Final = re.compile(
    r"(?<!(?i:town|city) of )\b(?P<a>Sagaing)(?!['’]s\s+(?:town|city)\b)"
    r"(?!\s+(?:(?i:township|town|city|district|region|division|state|regions|divisions|and)\b"
    r"|[A-Z]))"
)
#: A region's name that is also a town's, before "and" (a region when another state
#: or region follows: :func:`_region_beside`).
_REGION_AND: Final = re.compile(r"(?<!(?i:town|city) of )\b(?P<a>Sagaing)(?=\s+and\s)")
#: Words of a settlement, and of any kind of place a report tells another lies in or near
#: ("a village of", "a camp near", "a forested area near").
SETTLEMENT_WORDS: Final = "village|town|ward|hamlet"
PLACE_WORDS: Final = f"{SETTLEMENT_WORDS}|camp|area|settlement|site"
#: People whose names hold a place's: "Aung San Suu Kyi", "Min Aung Hlaing".
_PERSON_NAMED: Final = re.compile(r"\b(?:Suu Kyi|Min Aung Hlaing|Soe Win|Win Myint)\b")
#: A state's or township's name that begins an organisation's: "Kachin Region People's
#: Defense Force", "Shan State Army".
_BODY_AFTER: Final = re.compile(
    r"\s+(?:[A-Z][\w'’]{0,30}\s+){0,2}?(?:People['’]?s?|Defen[cs]e|Army|Forces?|Party|Council|"
    r"Organi[sz]ation|Progress|Police|Front|Government|Committee|Unit|PDF|Hluttaw|Revolution)\b"
)
#: Townships named together: "Namkham, Mantong and Nawnghkio townships"; also in pairs
#: ("Chinshwehaw, Hseni and Kutkai, Kyaukme and Lashio, and Muse townships").
_TOWNSHIP_LIST: Final = re.compile(
    r"\b(?P<names>(?:[A-Z][\w'’-]{0,30}(?: [A-Z][\w'’-]{0,30})?(?:, (?:and |& )?| (?:and|&) )){0,8}"
    r"[A-Z][\w'’-]{0,30}(?: [A-Z][\w'’-]{0,30})?,? (?:and|&) "
    r"[A-Z][\w'’-]{0,30}(?: [A-Z][\w'’-]{0,30})?)\s+(?i:townships)\b"
)
_LIST_NAME: Final = re.compile(r"[A-Z][\w'’-]{0,30}(?: [A-Z][\w'’-]{0,30})?")
_TOWNSHIP: Final = re.compile(
    r"\b(?P<name>(?:[A-Z][\w'’-]{0,30}\s){0,2}[A-Z][\w'’-]{0,30})\s+(?i:township|tsp)\b"
)
#: A township named after the word, where the event is: "in the township of Pinlebu",
#: "the Sagaing Region township of Pinlebu" (not "a resident of the township of Katha",
#: "Kani, a township of Sagaing").
_TOWNSHIP_OF: Final = re.compile(
    r"(?:\bin\s+the|\b(?:Region|State|Division))\s+(?i:township)\s+of\s+"
    r"(?P<name>[A-Z][\w'’-]{0,30}(?:\s[A-Z][\w'’-]{0,30})?)"
)
#: What a district's name names when it goes on: its hospital, office or officers.
_OF_THE_DISTRICT: Final = re.compile(
    r"\s+(?:administrators?|administration|officials?|officers?|office|hospital|court|"
    r"police|chief|commander|head|information|team|department|general|people['’]s)\b",
    re.IGNORECASE,
)
#: A district named after its seat: "in Moegaung District", "Muse district".
_DISTRICT: Final = re.compile(
    r"\b(?P<name>(?:[A-Z][\w'’-]{0,30}\s){0,2}[A-Z][\w'’-]{0,30})\s+(?i:district)\b"
)
#: A township named before the kind of place it holds: "the Kutkai village of Mang Awng".
_TOWNSHIP_VILLAGE_OF: Final = re.compile(
    r"\b(?i:the)\s+(?P<name>(?:[A-Z][\w'’-]{0,30}\s)?[A-Z][\w'’-]{0,30})\s+"
    rf"(?i:{SETTLEMENT_WORDS})\s+of\s+(?=[A-Z])"
)
#: A name that ends in the word for a state or region: "Sagaing Region", "Kachin State".
_STATE_WORD_LAST: Final = re.compile(r"\s(?i:region|state|division)$")
#: A region named after its capital: "Sagaing Region", "Mandalay division".
_REGION_AFTER: Final = re.compile(r"\s+(?:and\s+[A-Z]\w+\s+)?(?i:regions?|divisions?)\b")
_WORD: Final = re.compile(r"\S+")
_WORDS: Final = re.compile(r"[A-Z][\w'’-]{0,30}(?:\s+[A-Z][\w'’-]{0,30})*")
_TITLES: Final = frozenset(
    [
        "general",
        "gen",
        "gen.",
        "lieutenant",
        "lt",
        "lt.",
        "colonel",
        "col",
        "col.",
        "major",
        "maj",
        "captain",
        "capt",
        "brigadier",
        "brig",
        "sergeant",
        "corporal",
        "private",
        "u",
        "daw",
        "duwa",
        "sai",
        "nang",
        "mr",
        "mrs",
        "ms",
        "dr",
        "chairman",
        "chair",
        "president",
        "minister",
        "spokesperson",
        "spokesman",
        "commander",
        "sayadaw",
        "father",
        "pastor",
        "rev",
        "secretary",
        "senior",
        "vice",
        "deputy",
    ]
)
#: Places abroad a report names (talks in Kunming, a border town in China, aid from
#: Dhaka).
_ABROAD_NAMES: Final = (
    r"Kunming|Yunnan|Ruili|Jiegao|Wanding|Tengchong|Beijing|Nanning|Bangkok|"
    r"Chiang\s+Mai|Chiang\s+Rai|Mae\s+Sot|Mae\s+Sai|Dhaka|Cox'?’?s\s+Bazar|Chittagong|"
    r"Delhi|New\s+Delhi|Imphal|Aizawl|Guwahati|Mizoram|Manipur|Assam|Nagaland|"
    r"Arunachal|Moreh|Champhai|Vientiane|Singapore|Kuala\s+Lumpur|Jakarta|Geneva|"
    r"New\s+York|Washington|Tokyo|London"
)
#: A place abroad, which a village or town of Myanmar is spelled near: "Kunming" is no
#: Hkun Min, "Dhaka" no Hakha.
_ABROAD: Final = re.compile(rf"\b(?:{_ABROAD_NAMES})\b", re.IGNORECASE)
#: Something told as done in another country: "in India's Assam state", "in Mizoram
#: state", "by Assam Rifles troops" (not a place only named: "fled to Ruili", "died in a
#: hospital in Ruili", "taken to Moreh in Manipur for treatment", "the Geneva-based UN
#: rights office").
_DONE_ABROAD: Final = re.compile(
    r"\bin\s+(?:(?:India|China|Thailand|Bangladesh)['’]s\s+|"
    rf"(?:{_ABROAD_NAMES})\s+(?:state|province)\b)|\bAssam\s+Rifles\b",
    re.IGNORECASE,
)


def names_abroad(text: str) -> bool:
    """Whether ``text`` names a place abroad (Kunming, Bangkok, Geneva, ...)."""
    return _ABROAD.search(text) is not None


def told_abroad(text: str) -> bool:
    """Whether ``text`` tells of something done at a place abroad ("killed by Assam Rifles
    troops in India's Assam state"), not only naming one."""
    return _DONE_ABROAD.search(text) is not None


#: Capitalised words that are not places in running text, though some village has
#: the name: peoples, countries, organisations' words, common sentence openers.
_NOT_PLACES: Final = frozenset(
    [
        *PEOPLES,
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "he",
        "she",
        "it",
        "they",
        "we",
        "this",
        "that",
        "these",
        "those",
        "some",
        "another",
        "but",
        "and",
        "or",
        "of",
        "for",
        "to",
        "from",
        "with",
        "by",
        "as",
        "after",
        "before",
        "during",
        "when",
        "while",
        "since",
        "according",
        "local",
        "residents",
        "army",
        "state",
        "region",
        "township",
        "village",
        "town",
        "city",
        "camp",
        "base",
        "outpost",
        "military",
        "junta",
        "regime",
        "government",
        "people",
        "national",
        "democratic",
        "federal",
        "union",
        "council",
        "force",
        "forces",
        "front",
        "party",
        "alliance",
        "group",
        "independence",
        "organization",
        "organisation",
        "liberation",
        "defense",
        "defence",
        "brigade",
        "battalion",
        "division",
        "northern",
        "southern",
        "eastern",
        "western",
        "north",
        "south",
        "east",
        "west",
        "upper",
        "lower",
        "central",
        "facebook",
        "telegram",
        "radio",
        "news",
        "free",
        "asia",
        "irrawaddy",
        "frontier",
        "reuters",
        "associated",
        "press",
        "agency",
        "united",
        "nations",
        "un",
        "unicef",
        "ocha",
        "mimu",
        "acled",
        "ucdp",
        "myitkyina-based",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "christian",
        "buddhist",
        "baptist",
        "catholic",
        "christmas",
        "lieutenant",
        "general",
        "colonel",
    ]
)
_DIRECTIONS: Final = {
    "north": 0.0,
    "northeast": 45.0,
    "north-east": 45.0,
    "east": 90.0,
    "southeast": 135.0,
    "south-east": 135.0,
    "south": 180.0,
    "southwest": 225.0,
    "south-west": 225.0,
    "west": 270.0,
    "northwest": 315.0,
    "north-west": 315.0,
}
_UNIT_M: Final = {"km": 1000.0, "kilometre": 1000.0, "kilometer": 1000.0, "mile": 1609.344}
_RELATIVE: Final = re.compile(
    r"\b(?i:(?:about|some|around|roughly|approximately|nearly|almost|less than|more than|over|"
    r"just|only) )?"
    rf"(?P<num>\d+(?:\.\d+)?|(?i:{NUMBER_WORDS}))[ -]?"
    r"(?P<unit>(?i:kms?|kilomet(?:re|er)s?|miles?|mi))\b"
    # ("16 kilometers (10 miles) from", "40 kilometres [25 miles] north of")
    r"(?: ?(?:\([^()]{1,30}\)|\[[^\[\]]{1,30}\]))?"
    r"(?: (?i:to the )?(?P<dir>(?i:north|south|east|west|north-?east|north-?west|south-?east|"
    r"south-?west)))?"
    r"(?: (?i:of|from|away from|outside(?: of)?))"
    # (what lies there: "from a base in the border town of Laiza", "from a KIA camp at",
    # "from the Kachin Independence Army (KIA)'s headquarters in")
    r"(?: (?i:an? |the )(?:[\w'’()-]+ ){0,4}?(?i:base|camp|outpost|post|headquarters) "
    r"(?i:in|at|of|near)(?= (?-i:[A-Z])| the ))?"
    # ("the border town of Laiza", "the Kachin State capital, Myitkyina")
    r" (?i:(?:the )?(?:[\w-]+ )?(?:town|village|city) of |the (?:[\w-]+ ){0,2}capital,? )?"
    r"(?P<target>(?i:the |its |their |his )?.{0,60})"
)
#: Words before a distance that tell where troops were, not an event: "(troops) stationed
#: (5 km from)", "moved (10 miles north of)".
_STATIONED: Final = re.compile(
    r"\b(?:stationed|based|deployed|positioned|camped|moved|marched|advanced|withdrew|"
    r"retreated)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_NEAR: Final = re.compile(
    r"(?i:near|around|outside|close to|on the outskirts of|in the vicinity of|not far from)"
    r"(?: the)?\s+$"
)
_HEADQUARTERS: Final = re.compile(r"^(?i:its|their|the) (?i:headquarters|HQ)\b")


#: How coarse each kind of mention is, finest first: of two mentions of one event's
#: place, the finer is its place (a district is told as a township is, by its seat's
#: name, but is wider: :attr:`PlaceMention.coarseness`).
COARSENESS: Final = {"place": 0, "relative": 0, "township": 1, "district": 2, "region": 3}


@dataclass(frozen=True)
class PlaceMention:
    """A place named in the text, resolved to a point, a township or a region.

    ``kind`` is ``"place"`` (a gazetteer place), ``"relative"`` (a point offset from
    one), ``"township"`` or ``"region"``. ``geo_precision`` is on ACLED's scale.
    ``alternatives`` counts other places that matched the name as well as the one chosen
    (by spelling, variant or fuzzily), and were not chosen.
    """

    kind: str
    span: tuple[int, int]
    text: str
    location: str
    latitude: float | None
    longitude: float | None
    geo_precision: int
    place: Place | None = None
    township: Township | None = None
    state_pcodes: tuple[str, ...] = ()
    alternatives: int = 0
    note: str | None = None
    reference: tuple[int, int] | None = field(default=None)
    origin: bool = False  # where an actor is based or comes from ("troops from Bhamo")
    aside: bool = False  # inside brackets: "(Sa Ka Kha in Burmese)"
    background: bool = False  # of an earlier event compared with: "since the attack at X"
    office: bool = False  # of a person's office, not where: "Shan State junta spokesperson"
    home: bool = False  # someone's home, not where: "a man originally from Nawnghkio"
    refuge: bool = False  # where people took refuge: "took refuge in a church in Lashio"
    destination: bool = False  # where people were taken: "sent them to Ye Oo township"
    near_township: str | None = None  # a township the report names, next to the place's
    # where who told the news is: "according to a villager of Kutkai" (no place of a list
    # of places struck, but where the event was when nothing else says)
    teller: bool = False
    # the place of a deed not done: "plans to attack Laiza", "harder for the KIA to take
    # Bhamo"
    undone: bool = False
    # a district, placed at the township of its seat: "in Moegaung District" (wider than
    # the township, so no township that the sentence's places must lie in)
    district: bool = False

    @property
    def elsewhere(self) -> bool:
        """Whether the place tells where something other than the event is: an earlier
        event, an actor's base, someone's home, where people took refuge or went, a deed
        not done."""
        return (
            self.background
            or self.origin
            or self.home
            or self.refuge
            or self.destination
            or self.undone
        )

    @property
    def township_pcode(self) -> str | None:
        """The township it is in: the one named, else the gazetteer place's."""
        if self.township is not None:
            return self.township.pcode
        return self.place.township_pcode if self.place is not None else None

    @property
    def coarseness(self) -> int:
        """How widely it places an event (:data:`COARSENESS`)."""
        return COARSENESS["district"] if self.district else COARSENESS[self.kind]

    @property
    def district_pcode(self) -> str | None:
        """The district it is in: the named township's, else the gazetteer place's."""
        if self.township is not None:
            return self.township.district_pcode
        return self.place.district_pcode if self.place is not None else None

    def district_holds(self, other: PlaceMention) -> bool | None:
        """When either is a district told alone, whether the two lie in one district ("in
        Bhamo District" ... "near Dasai in Momauk Township": one place of an event); none
        when neither is a district."""
        if not (self.district or other.district):
            return None
        return self.district_pcode is not None and self.district_pcode == other.district_pcode


def measured_from(places: Iterable[PlaceMention]) -> set[tuple[int, int] | None]:
    """The spans of the places that distances among ``places`` are measured from ("Mung
    Lai Hkyet village, two miles from the ... headquarters in Laiza"): no place of an event
    of their own."""
    return {p.reference for p in places if p.kind == "relative"}


#: Townships of a report's context (the first it names), and places named last, kept:
#: enough for any report, and a page naming thousands stays linear.
CONTEXT_TOWNSHIPS: Final = 8
CONTEXT_POINTS: Final = 32


@dataclass
class Context:
    """What the whole report says about where it is: the townships and states it names
    anywhere, and the points of the places named so far. Same-named places are told
    apart by it, as a coder would: the one in a township the report names, else the one
    nearest the other places it names."""

    townships: tuple[str, ...] = ()
    states: tuple[str, ...] = ()
    points: list[tuple[float, float]] = field(default_factory=list)
    #: The places named so far, under the keys (:func:`geo.names.name_key`) of their
    #: names as written and as the gazetteer has them (the first place of each key).
    places: dict[str, Place] = field(default_factory=dict)


def report_context(text: str, gazetteer: Gazetteer) -> Context:
    """The townships and states a whole report names: its "X Township" and "Y State",
    and the townships of the towns it names ("Hpakant", "Lashio")."""
    townships, regions, listed = _scope(text, gazetteer, Taken(len(text)))
    townships += listed
    pcodes = [t.township.pcode for t in townships if t.township]
    states = {p for r in regions for p in r.state_pcodes} | set(FOCUS_STATES)
    towns = _towns(gazetteer)
    for run in _WORDS.finditer(text):
        spans = [(run.start() + m.start(), run.start() + m.end()) for m in _WORD.finditer(run[0])]
        words = [text[a:b] for a, b in spans]
        for size in (3, 2, 1):  # "Pyin Oo Lwin", "Hpakant"
            for i in range(len(words) - size + 1):
                written = " ".join(words[i : i + size])
                town = towns.get(name_key(written))
                if town is None or not town.township_pcode:
                    continue
                if _part_of_a_longer_name(words, i, size, gazetteer):
                    continue  # "Namsan" of "the Namsan Yang road", a Kachin village
                if _REGION_AFTER.match(text, spans[i][1]) or (
                    size == 1
                    and (_REGION_BARE.match(text, spans[i][0]) or _region_beside(text, spans[i][1]))
                ):
                    # "Sagaing Region", "the border between Sagaing and Kachin" name the
                    # region, not Sagaing Township
                    continue
                # a headline's "Junta Bombs Lashio" names Lashio; but "Lai Hka" of
                # "Mung Lai Hka" is no town of southern Shan unless the report is there,
                # nor is "Myo Thit" (a village of Momauk) Magway's town Myothit
                if town.state_pcode in states or (
                    size == len(words) - (words[0].casefold() in _PREPOSITIONS)
                    and exact_key(written) == exact_key(town.name)
                    # "Pinlaung and Whekhar villages": a village, not the far town
                    and not _CALLED_VILLAGES.match(text, spans[i + size - 1][1])
                ):
                    pcodes.append(town.township_pcode)
        if len(pcodes) > 4 * CONTEXT_TOWNSHIPS:
            break
    return Context(
        tuple(dict.fromkeys(pcodes))[:CONTEXT_TOWNSHIPS],
        tuple(dict.fromkeys(p for r in regions for p in r.state_pcodes)),
    )


def _part_of_a_longer_name(words: list[str], i: int, size: int, gazetteer: Gazetteer) -> bool:
    """Whether the ``size`` capitalised words from ``i`` begin a longer name of a place of
    the north, with the word after them ("Namsan" of "Namsan Yang", a village of Waingmaw,
    not the town of Namhsan; not "Hpakant Gyi", which only a respelling reads as a village
    of Magway)."""
    if i + size >= len(words) or _KIND_OF_PLACE.fullmatch(words[i + size]):
        return False  # "Lashio Township", "Hpakant Town": the town's own name
    return _names_a_northern_place(gazetteer)(
        " ".join(words[i : i + size + 1]), exact_key(" ".join(words[i : i + size]))
    )


@functools.lru_cache(maxsize=4)
def _names_a_northern_place(gazetteer: Gazetteer) -> Callable[[str, str], bool]:
    """Whether a name, as written or respelled, is a place of the north other than the
    town it begins with (each name asked once: a page of such names stays quick)."""

    def names(longer: str, town: str) -> bool:
        return any(
            m.place.state_pcode in FOCUS_STATES and exact_key(m.place.name) != town
            for spelling in (longer, *(v for v, _ in spelling_variants(longer, gazetteer)))
            for m in gazetteer.candidates(spelling, limit=5, fuzzy=False)
        )

    return functools.lru_cache(maxsize=4096)(names)


#: A word after a name that tells what kind of place it is, not more of its name.
_KIND_OF_PLACE: Final = re.compile(rf"(?:{GROUND}|states?|divisions?)", re.IGNORECASE)


#: A state or region named after "and": "between Sagaing and Kachin", "Sagaing and
#: Magwe regions".
_AND_NEXT: Final = re.compile(
    r"\s+and\s+(?:the\s+)?(?P<next>[A-Z][\w'’]+)(?P<plural>\s+(?i:regions|divisions|states))?"
)


def _region_beside(text: str, end: int) -> bool:
    """Whether a name that is a region's and a town's, ending at ``end``, is told beside
    another state or region, as one ("the border between Sagaing and Kachin", "Sagaing
    and Magwe regions")."""
    m = _AND_NEXT.match(text, end)
    return m is not None and (bool(m["plural"]) or bool(state_pcodes(m["next"])))


def _in_report_states(place: Place, context: Context, gazetteer: Gazetteer) -> bool:
    """Whether ``place`` lies in a state or region the report names, in the state of a
    township it names, or in the states the tool is made for; True when the report names
    no state and no township."""
    return (
        not (context.states or context.townships)
        or place.state_pcode in FOCUS_STATES
        or place.state_pcode in context.states
        or any(gazetteer.township(t).state_pcode == place.state_pcode for t in context.townships)
    )


#: Spelling rules of romanised Burmese, Kachin and Shan names the normaliser does not
#: already fold (:func:`geo.names.name_key` folds hp/ph, hk/kh, ht/th, hs/s, ee/i, oo/u,
#: -ar/-a, doubled letters and word breaks): (written, also written, the rule's name).
SPELLING_RULES: Final = (
    ("u", "o", "u written o"),
    ("o", "u", "o written u"),
    ("ou", "au", "au written ou"),  # "Pouk Kon": Pauk Kone
    ("aw", "au", "aw written au"),
    ("au", "aw", "au written aw"),
    ("aw", "o", "aw written o"),
    ("o", "aw", "o written aw"),
    ("ai", "e", "ai written e"),
    ("e", "ai", "e written ai"),
    ("ei", "e", "ei written e"),
    ("i", "ei", "ei written i"),
    ("e", "ei", "e written ei"),
    ("y", "i", "y written i"),
    ("i", "y", "i written y"),
    ("e", "a", "a written e"),
    ("k", "g", "k written g"),
    ("g", "k", "g written k"),
    ("j", "z", "j written z"),
    ("z", "j", "z written j"),
    ("w", "u", "w written u"),
    ("ua", "wa", "wa written ua"),  # "Huay Hkar": Hway Hkar
    ("sh", "hs", "hs written sh"),
    ("ts", "z", "z written ts"),
    ("a", "ar", "a final -r"),
    ("aa", "a", "a doubled"),
    ("m", "n", "final -m for -n"),
    ("n", "m", "final -n for -m"),
    ("ng", "n", "final -g dropped"),
    ("n", "ng", "final -g missing"),
    ("e", "i", "i written e"),
    ("ok", "oke", "final -oke written -ok"),  # "Mogok": Mogoke
    ("oke", "ok", "final -ok written -oke"),
    ("nt", "n", "final -nt for -n"),
    ("el", "e", "final -l added"),  # "Sel Zin": Se Zin
    ("ne", "ng", "final -ne for -ng"),
    ("ng", "ne", "final -ng for -ne"),
    ("on", "one", "joined -one written -on"),  # "Konyin": Kone Yin
    ("on", "one", "final -one written -on"),  # "Pauk Kon": Pauk Kone
    ("one", "on", "final -on written -one"),  # "Konsone": Kone Son
    ("oo", "o", "o doubled"),  # "Koone": Kone (the normaliser reads oo as u)
    ("ee", "e", "e doubled"),  # "Leel": Lel (and ee as i)
    ("ae", "e", "e written ae"),  # "Mae Oe": Me Oe
    ("ao", "o", "o written ao"),  # "Aoe": Oe
    ("t", "k", "final -k written -t"),  # "Htan Taw Seit": Htan Taw Seik
    ("k", "t", "final -t written -k"),
    ("a", "ah", "initial ah written a"),  # "Alaw Bum": Ah Law Bum
    ("ah", "a", "initial a written ah"),
    ("at", "et", "final -et written -at"),  # "Nawng Latt Gyi": Nawng Let Gyi
    ("et", "at", "final -at written -et"),
    ("ae", "el", "final -el written -ae"),  # "Kyaung Lae": Kyaung Lel
    ("al", "el", "final -el written -al"),  # "Kyaung Lal": Kyaung Lel
    ("ay", "ae", "ae written ay"),  # "Yay Mawng": Yae Mawng
    ("ui", "wi", "wi written ui"),  # "Kuin Gyi": Kwin Gyi
    ("f", "hp", "initial hp written f"),  # "Fai Kawng": Hpai Kawng
    ("ine", "aing", "final -aing written -ine"),  # "Kyauk Tine": Kyauk Taing
    # a voiceless (aspirated) n, m, l written without its h: "Nget Pyaw Taw": Hnget Pyaw Taw
    ("n", "hn", "initial hn written n"),
    ("m", "hm", "initial hm written m"),
    ("l", "hl", "initial hl written l"),
    # the letter ya written r, as Rakhine for Yakhine: "Seng Phara": Hseng Hpa Yar (only an
    # r that opens a syllable: not the r of "Kyar", which marks its vowel)
    ("r", "y", "y written r before a vowel"),
)
#: Final consonants a writer drops from a syllable that ends in a vowel or w/y ("Pang
#: Maw": Pang Mawt; "Chaung Htau": Chaung Htauk; "Kawng Wei": Kawng Wein; "Myale": Mya
#: Lel).
_DROPPED_FINALS: Final = ("t", "k", "n", "l")


#: Rules tried for township names alone, which are few and far apart: "Yin Mar Pin"
#: is Yinmabin, "Tanaing" Tanai, "Kalay" Kale (for village names they find too many
#: namesakes).
_TOWNSHIP_RULES: Final = (
    ("p", "b", "p written b"),
    ("b", "p", "b written p"),
    ("aing", "ai", "final -ng after ai"),  # "Tanaing": Tanai
    ("ay", "e", "e written ay"),  # "Kalay": Kale
    ("i", "ai", "ai written i"),  # "Winmaw": Waingmaw, with a final -g
    ("d", "t", "t written d"),  # "Danai": Tanai; "Debayin": Tabayin, with a written e
    ("oe", "o", "o written oe"),  # "Moemauk": Momauk
)


def _applies(rule: str, lower: str, at: int, end: int) -> bool:
    """Whether a spelling rule applies to ``lower[at:end]``: an initial rule only at a
    word's start; a final rule only at a syllable's end, inside a word (the word's end,
    or a consonant after, as in "Janmai" for Jang Mai; not the T of "Tha", the N of "Nh");
    a joined rule only at a syllable's end inside a word run together ("Konyin" for Kone
    Yin); a rule "before a vowel" only there ("Phara" for Hpa Yar, not the r of "Kyar")."""
    if rule.startswith("initial"):
        return at == 0 or not lower[at - 1].isalpha()
    if rule.startswith("final"):
        return (
            at > 0
            and lower[at - 1].isalpha()
            and (end == len(lower) or lower[end] not in "aeiouywh")
        )
    if rule.endswith("before a vowel"):
        return end < len(lower) and lower[end] in "aeiou"
    if rule.startswith("joined"):  # a syllable's end inside a word run together
        return (
            at > 0
            and lower[at - 1].isalpha()
            and end < len(lower)
            and lower[end].isalpha()
            and lower[end] not in "aeiou"
        )
    return True


def _respellings(
    name: str, rules: tuple[tuple[str, str, str], ...] = SPELLING_RULES, *, finals: bool = True
) -> Iterator[tuple[str, str]]:
    """``name`` spelled by each rule at each place it applies (:func:`_applies`), with
    the rule; and (``finals``) with a final consonant a writer dropped given back to one
    word (:data:`_DROPPED_FINALS`)."""
    lower = name.casefold()
    for written, other, rule in rules:
        at = lower.find(written)
        while at >= 0:
            end = at + len(written)
            if _applies(rule, lower, at, end):
                yield name[:at] + other + name[end:], rule
            at = lower.find(written, at + 1)
    if not finals:
        return
    for word in re.finditer(r"[A-Za-z]{2,}", name):
        if word.group(0)[-1].casefold() in "aeiouwy":
            for final in _DROPPED_FINALS:
                yield name[: word.end()] + final + name[word.end() :], f"final -{final} dropped"


def spelling_variants(name: str, gazetteer: Gazetteer) -> list[tuple[str, str]]:
    """The spellings of ``name`` the gazetteer knows, each made by one of
    :data:`SPELLING_RULES` at one place, with the rule."""
    found: dict[str, str] = {}
    for variant, rule in _respellings(name):
        if variant not in found and gazetteer.knows(variant):
            found[variant] = rule
    return list(found.items())


def _wanted_states(states: tuple[str, ...], context: Context) -> tuple[str, ...]:
    """The states a name is read in: those its sentence names, else those the report
    names, else Kachin and northern Shan."""
    return states or context.states or FOCUS_STATES


def _best_variant(
    name: str,
    gazetteer: Gazetteer,
    township: str | None,
    states: tuple[str, ...],
    context: Context,
) -> tuple[str, str] | None:
    """Of the known spellings of ``name``, the one whose place lies where the report is
    (its townships, else its states, else Kachin and northern Shan), and the rule; none
    when every such place lies elsewhere."""
    variants = spelling_variants(name, gazetteer)
    wanted = _wanted_states(states, context)
    in_state = None
    chosen_variants = [
        (variant, rule, chosen)
        for variant, rule in variants
        if (chosen := _choose(variant, gazetteer, township, states, context)) is not None
    ]
    if township is not None:
        for variant, rule, chosen in chosen_variants:
            if chosen[0].township_pcode == township:
                return variant, rule  # in the township the sentence names
    for variant, rule, chosen in chosen_variants:
        if chosen[0].kind == "town" and chosen[0].state_pcode in wanted:
            # "Mantong": the town Manton, not a village Mant Tawng of a township the
            # report names elsewhere; reports name towns far more often than villages
            return variant, rule
    for variant, rule, chosen in chosen_variants:
        if chosen[0].township_pcode in (township, *context.townships):
            return variant, rule  # in a township the report names: the best reading
        if in_state is None and chosen[0].state_pcode in wanted:
            in_state = variant, rule
    return in_state  # none: a respelling that lands far from the report is no reading of it


#: Longest name read by two spelling rules (a village's name is two or three short words).
_TWO_RULES_LONGEST: Final = 20


def _two_respellings(name: str) -> Iterator[tuple[str, str]]:
    """``name`` spelled by one rule, then by two (:data:`SPELLING_RULES`, those of
    :data:`_TOWNSHIP_RULES` and d for t), each at one place: "Mang Weing" is Man Wein (a
    final -g dropped twice), "Nyaung Bin" Nyaung Pin, "Myoe Paw" Myo Paw."""
    rules = SPELLING_RULES + _TOWNSHIP_RULES + (("t", "d", "d written t"),)
    firsts = list(_respellings(name, rules, finals=False))
    seen = {name.casefold()} | {first.casefold() for first, _ in firsts}
    yield from firsts  # one rule first: "Nyaung Bin" is Nyaung Pin by one
    for first, rule in firsts:
        for second, other in _respellings(first, rules, finals=False):
            if second.casefold() not in seen:
                seen.add(second.casefold())
                yield second, f"{rule}; {other}" if other != rule else f"{rule} twice"


def _short_enough(name: str) -> bool:
    """Whether ``name`` is short enough to be read by two spelling rules: a village's name
    is two or three short words (:data:`_TWO_RULES_LONGEST`)."""
    return len(name) <= _TWO_RULES_LONGEST and name.count(" ") <= 2


#: What may come between a place's name and the township named for it: "Mangli village,
#: in Hsipaw Township", "Mangli, Hsipaw Township".
_TO_ITS_TOWNSHIP: Final = re.compile(r"[^A-Z.;]{0,25}")


#: The words between a place and the township named right after it as its own: "Nam
#: Oum village in Muse Township", "Mangli, Hsipaw Township" (not "towards Namhkan").
_OWN_TOWNSHIP_AFTER: Final = re.compile(
    r"(?:\s+(?:village|town|ward|camp))?(?:\s*,\s*|\s+(?:in|of)\s+)(?:the\s+)?",
    re.IGNORECASE,
)


def _township_after(
    text: str,
    end: int,
    townships: list[tuple[int, str]],
    *,
    gap: re.Pattern[str] = _TO_ITS_TOWNSHIP,
) -> bool:
    """Whether a township the sentence names follows the name ending at ``end`` as its
    own ("Mangli village in Hsipaw Township"), with no other name between (``gap``: the
    words allowed between)."""
    at = next((at for at, _ in townships if at >= end), None)
    return at is not None and gap.fullmatch(text, end, at) is not None


def _named_before(name: str, context: Context) -> tuple[Place, str | None] | None:
    """The place the report has named (its first telling) whose name is ``name`` as
    written, or ``name`` spelled by one or two rules (:func:`_two_respellings`), and the
    rules (None: as written): a writer spells a name two ways in one report ("Kut
    Khaing" and "Kuk Khaing")."""
    if not context.places or not _short_enough(name):
        return None
    place = context.places.get(name_key(name))
    if place is not None:
        return place, None
    for variant, rule in _two_respellings(name):
        place = context.places.get(name_key(variant))
        if place is not None:
            return place, rule
    return None


def _variant_in(
    name: str, gazetteer: Gazetteer, townships: tuple[str, ...], *, two: bool = False
) -> tuple[Place, str] | None:
    """A place in one of ``townships`` whose name is ``name`` spelled by one of
    :data:`SPELLING_RULES` (``two``: by two rules), and the rule."""
    if two and (
        not _short_enough(name)  # a village's name is short: a long run is no village
        or not any(_near_key(name_key(name), t, gazetteer) for t in townships)
    ):
        return None
    for variant, rule in _two_respellings(name) if two else _respellings(name):
        if not gazetteer.knows(variant):
            continue
        for township in townships:
            for m in gazetteer.candidates(variant, township=township, limit=5, fuzzy=False):
                if m.place.township_pcode == township and m.place.kind not in ("state", "township"):
                    return m.place, rule
    return None


@functools.lru_cache(maxsize=4)
def _places_by_township(gazetteer: Gazetteer) -> dict[str, list[Place]]:
    """Township P-code -> its places (read once per gazetteer)."""
    places: dict[str, list[Place]] = {}
    for place in gazetteer.places():
        if place.township_pcode:
            places.setdefault(place.township_pcode, []).append(place)
    return places


@functools.lru_cache(maxsize=4)
def _township_points(gazetteer: Gazetteer) -> dict[str, tuple[list[float], list[float]]]:
    """Township P-code -> the longitudes and latitudes of its places."""
    return {
        pcode: (
            [p.longitude for p in places if p.longitude is not None and p.latitude is not None],
            [p.latitude for p in places if p.longitude is not None and p.latitude is not None],
        )
        for pcode, places in _places_by_township(gazetteer).items()
    }


@functools.lru_cache(maxsize=256)
def _township_keys(gazetteer: Gazetteer, township: str) -> tuple[str, ...]:
    """The normalised names (:func:`geo.names.name_key`) of a township's places, made
    for the townships a report names only."""
    keys = (name_key(p.name) for p in _places_by_township(gazetteer).get(township, []))
    return tuple(k for k in keys if k)


def _near_key(key: str, township: str, gazetteer: Gazetteer) -> bool:
    """Whether a place of ``township`` has a name whose key is a few letters from ``key``
    (as far as two spelling rules can take it): a quick test before respelling."""
    names = _township_keys(gazetteer, township)
    return (
        bool(key)
        and process.extractOne(key, names, scorer=Levenshtein.distance, score_cutoff=4) is not None
    )


#: A place this close to a place of a township is in a township next to it.
NEIGHBOUR_KM: Final = 15.0


def km_from_township(place: Place, pcode: str, gazetteer: Gazetteer) -> float:
    """How far a place is from the nearest place of a township, in kilometres."""
    lons, lats = _township_points(gazetteer).get(pcode, ([], []))
    if place.latitude is None or place.longitude is None or not lons:
        return float("inf")
    n = len(lons)
    far = geodesy.distance_m([place.longitude] * n, [place.latitude] * n, lons, lats)
    return float(far.min()) / 1000


def state_pcodes(name: str) -> tuple[str, ...]:
    """MIMU state P-codes a state name can mean ("northern Shan" -> MMR015; "northern
    Sagaing" -> MMR005, a part of the region named by its direction)."""
    words = name.casefold().split()
    return _STATES.get(" ".join(words), ()) or _STATES.get(" ".join(words[1:]), ())


def _township_named(name: str, gazetteer: Gazetteer) -> Township | None:
    """The township a name means, also spelled by rules (cached per gazetteer)."""
    return _township_finder(gazetteer)(name)


@functools.lru_cache(maxsize=4)
def _township_finder(gazetteer: Gazetteer) -> Callable[[str], Township | None]:
    return functools.lru_cache(maxsize=4096)(lambda name: _find_township(name, gazetteer))


def _find_township(name: str, gazetteer: Gazetteer) -> Township | None:
    """The township a name means, also spelled by one of :data:`SPELLING_RULES` or
    ``_TOWNSHIP_RULES`` ("Namkham Township": Namhkan)."""
    if (found := gazetteer.township_named(name)) is not None:
        return found
    # "Thibaw Township": the township of the town the name is another name of
    # (data/places.json's aliases), when the township is named after that town; a town
    # named so that seats no township of its name is no township respelled ("Ka-Mai
    # township" is Kamaing, of Hpakant, not Kamma of Magway)
    towns = [
        c.place
        for c in gazetteer.candidates(name, limit=5, fuzzy=False)
        if c.method == "exact" and c.place.kind == "town" and c.place.township_pcode
    ]
    for town in towns:
        township = gazetteer.township(town.township_pcode or "")
        if township.name == town.name:
            return township
    rules = SPELLING_RULES + _TOWNSHIP_RULES
    once = [v for v, _ in _respellings(name, rules, finals=False)]
    # (of townships one rule reads alike, one in Kachin or northern Shan first: "Namsang"
    # is Namhsan there, by a dropped final -g, before Nansang in southern Shan, by -m for
    # -n)
    read_once = sorted(
        (found for v in once if (found := gazetteer.township_named(v)) is not None),
        key=_outside_focus,
    )
    # township names are few and far apart: two rules at once still name one ("Winmaw")
    read_twice = (
        found
        for v in once
        for w, _ in _respellings(v, rules, finals=False)
        if (found := gazetteer.township_named(w)) is not None
    )
    for found in itertools.chain(read_once, read_twice):
        # (where a town is so named, the township it seats: "Mongpauk" is Mong Pawk)
        if not towns or any(
            km_from_township(town, found.pcode, gazetteer) <= _SEAT_KM for town in towns
        ):
            return found
        return None
    return None


def _outside_focus(township: Township) -> bool:
    """Whether a township is not one in Kachin or northern Shan (:data:`FOCUS_STATES`)."""
    return township.state_pcode not in FOCUS_STATES


#: How near a town must lie to a township spelled otherwise to be taken for its seat.
_SEAT_KM: Final = 25.0


def _by_sound(
    text: str, span: tuple[int, int], written: str, township: Township, gazetteer: Gazetteer
) -> PlaceMention:
    """A township read by its consonants, saying so."""
    mention = township_mention(text, span, township, gazetteer)
    how = _heard_as(written, f"{township.name} Township")
    return replace(mention, note=f"{how}; {mention.note}" if mention.note else how)


def _heard_as(written: str, read: str) -> str:
    """The note of a name read by its consonants: "'Depayin' read as the town Tabayin (by
    its consonants): check"."""
    return f"'{written}' read as {read} (by its consonants): check"


def _township_by_sound(name: str, gazetteer: Gazetteer) -> Township | None:
    """The one township whose name has the consonants of ``name`` ("Depayin Township":
    Tabayin), unless some place is called ``name`` or a spelling of it ("Mongkoe
    Township" is the sub-township of the town Mong Ko, not Mong Kar); a name of three
    consonants also needs the township's first vowel ("Myauk U" is no Myeik)."""
    if gazetteer.knows(name) or spelling_variants(name, gazetteer):
        return None
    key = consonants(name)
    same = _townships_by_consonants(gazetteer).get(key, ())
    if len(same) != 1:
        return None
    if len(key) < _SURE_CONSONANTS and _first_vowel(name) != _first_vowel(same[0].name):
        return None
    return same[0]


#: Fewest consonants a name is read by alone (with the township's first vowel, three).
_FEWEST_CONSONANTS: Final = 3
_SURE_CONSONANTS: Final = 4
#: How many of a township's namesakes are looked through for the town that seats it.
_SEAT_CANDIDATES: Final = 5


#: Right before a name read as a town by its consonants: where something happened, or
#: what was struck ("in Depayin", "near Debayin", "shelled Debayin"; not "according to
#: Penelope", "the villages of Debayin").
_IN_A_TOWN: Final = re.compile(
    r"\b(?:in|at|near|outside|around|entered|shelled|bombed|attacked|raided|struck|captured|"
    r"seized)\s+$",
    re.IGNORECASE,
)
#: Right after a name: a place smaller than a town ("Debayin hamlet", "Depeyin village
#: tract", "Tapayin ward") or a person told by a role ("Benson, an aid worker").
_SMALLER_AFTER: Final = re.compile(
    r"\s+(?i:villages?|hamlets?|wards?|quarters?)\b|\s*,\s*(?:an?|the)\s", re.IGNORECASE
)
#: The country's names, whose misspellings are no town ("Mynamar" is no Myinmu).
_COUNTRY_KEYS: Final = frozenset(("mynm", "prm"))


def _seat_by_sound(name: str, gazetteer: Gazetteer) -> Place | None:
    """The town seating the one township whose name has the consonants of ``name``, a
    name of one word and four consonants or more that no place is called ("Depayin":
    Tabayin; not two words, as a person's name is: "Htet Pyone")."""
    key = consonants(name)
    if " " in name.strip() or len(key) < _SURE_CONSONANTS or key in _COUNTRY_KEYS:
        return None
    township = _township_by_sound(name, gazetteer)
    if township is None:
        return None
    return next(
        (
            c.place
            for c in gazetteer.candidates(
                township.name, township=township.pcode, limit=_SEAT_CANDIDATES, fuzzy=False
            )
            if c.method == "exact" and c.place.kind == "town"
        ),
        None,
    )


_VOICELESS: Final = str.maketrans("dbgj", "tpkz")
_BRACKETED: Final = re.compile(r"\([^)]*\)")
_VOWEL: Final = re.compile(r"[aeiou]")


def consonants(name: str) -> str:
    """A name's consonants as a reader hears them, the key under which romanisations of
    one township name coincide: voiced as voiceless (d t, b p, g k, j z), no aspirate h,
    no vowels, no r after a vowel, -ng as -n, no doubled letters, no name in brackets
    ("Depayin", "Debayin" and "Tabayin" are all t-p-y-n); empty when fewer than three
    are left."""
    key = re.sub(r"[^a-z]", "", _BRACKETED.sub("", name).casefold()).replace("ng", "n")
    key = re.sub(r"(?<=[aeiou])r(?![aeiou])", "", key)
    key = re.sub(r"[aeiouh]+", "", key.translate(_VOICELESS))
    key = re.sub(r"(.)\1+", r"\1", key)
    return key if len(key) >= _FEWEST_CONSONANTS else ""


def _first_vowel(name: str) -> str | None:
    found = _VOWEL.search(name.casefold())
    return found.group(0) if found else None


@functools.lru_cache(maxsize=4)
def _townships_by_consonants(gazetteer: Gazetteer) -> dict[str, tuple[Township, ...]]:
    found: dict[str, list[Township]] = {}
    for township in gazetteer.townships():
        if key := consonants(township.name):
            found.setdefault(key, []).append(township)
    return {key: tuple(same) for key, same in found.items()}


def township_mention(
    text: str, span: tuple[int, int], township: Township, gazetteer: Gazetteer
) -> PlaceMention:
    """A township named in the text, placed at its town of the same name when it has one
    (precision 2), else with no point (precision 3)."""
    towns = [
        c.place
        for c in gazetteer.candidates(township.name, township=township.pcode, limit=20, fuzzy=False)
        if c.place.kind == "town" and c.place.township_pcode == township.pcode
    ]
    town = towns[0] if towns else None
    return PlaceMention(
        "township",
        span,
        text[span[0] : span[1]],
        f"{township.name} Township",
        town.latitude if town else None,
        town.longitude if town else None,
        2 if town else 3,
        place=town,
        township=township,
        state_pcodes=(township.state_pcode,),
        note=f"township only: the point is {town.name} town" if town else None,
    )


def _scope(
    text: str, gazetteer: Gazetteer, skip: Taken
) -> tuple[list[PlaceMention], list[PlaceMention], list[PlaceMention]]:
    """The townships a sentence names one by one ("X Township"), its states and regions,
    and the townships it names in a list ("A, B and C townships")."""
    townships, regions, listed = [], [], []
    for m in itertools.chain(_TOWNSHIP.finditer(text), _DISTRICT.finditer(text)):
        district = m.re is _DISTRICT
        if district and (_BODY_AFTER.match(text, m.end()) or _OF_THE_DISTRICT.match(text, m.end())):
            # "the Tamu District PDF": a unit; "Bhamo District Hospital", "the Mohnyin
            # District administrator": the district's body or office, no place
            continue
        if _STATE_WORD_LAST.search(m["name"]):
            continue  # "the Sagaing Region township of Pinlebu": Pinlebu, read below
        words = m["name"].split()
        for i in range(len(words)):  # "Fighting in Momauk" -> "Momauk"
            if (
                district
                and i
                and words[i - 1].casefold() not in _NOT_PLACES | _PREPOSITIONS
                and not words[i - 1].endswith(("'s", "’s"))
            ):
                # the whole name of a district: "Mong Koe District" is no "Koe" (but "In
                # Muse District", "Shan State's Muse District")
                break
            township = _township_named(" ".join(words[i:]), gazetteer)
            if township is not None:
                start = m.start() + m.group(0).index(words[i])
                mention = township_mention(text, (start, m.end()), township, gazetteer)
                if district:
                    # told of a district alone: located to a region (geo precision 3), at
                    # its seat, as a coder places it
                    mention = replace(
                        mention,
                        location=f"{township.name} District",
                        geo_precision=REGION_PRECISION,
                        note=f"a district only: located to the district, at its seat "
                        f"{township.name}",
                        district=True,
                    )
                townships.append(mention)
                break
        else:  # by its sound, the whole name only: "Hpong Yang" of "Dawt Hpong Yang" is none
            if not district and (township := _township_by_sound(m["name"], gazetteer)):
                townships.append(_by_sound(text, m.span(), m["name"], township, gazetteer))
    # "in the township of Pinlebu", "the Kutkai village of Mang Awng"
    for m in itertools.chain(_TOWNSHIP_OF.finditer(text), _TOWNSHIP_VILLAGE_OF.finditer(text)):
        span = m.span("name")
        if _STATE_WORD_LAST.search(m["name"]) or (
            m.re is _TOWNSHIP_OF and _REGION_AFTER.match(text, m.end())
        ):
            # "the Sagaing Region town of Kawlin", "in the township of Sagaing Region": a
            # region's, read below
            continue
        if not skip.overlaps(span) and (township := _township_named(m["name"], gazetteer)):
            townships.append(township_mention(text, span, township, gazetteer))
    for m in _TOWNSHIP_LIST.finditer(text):  # "in Namkham, Mantong and Nawnghkio townships"
        named, heard = [], []
        for name in _LIST_NAME.finditer(m["names"]):
            span = (m.start("names") + name.start(), m.start("names") + name.end())
            if skip.overlaps(span):
                continue
            if (township := _township_named(name.group(0), gazetteer)) is not None:
                named.append(township_mention(text, span, township, gazetteer))
            elif (township := _township_by_sound(name.group(0), gazetteer)) is not None:
                heard.append(_by_sound(text, span, name.group(0), township, gazetteer))
        # "Manton, Maingyaw and Nawnghkio townships": one read by its sound lies in the
        # state of those named (not Monywa, in Sagaing)
        states = {t.township.state_pcode for t in named if t.township is not None}
        listed.extend(
            sorted(
                named
                + [
                    h
                    for h in heard
                    if not states or (h.township is not None and h.township.state_pcode in states)
                ],
                key=lambda t: t.span,
            )
        )
    for m in itertools.chain(
        _REGION.finditer(text),
        _REGION_OF.finditer(text),
        _REGION_BARE.finditer(text),
        # "the border between Sagaing and Kachin", "Sagaing and Magwe regions"
        (m for m in _REGION_AND.finditer(text) if _region_beside(text, m.end())),
    ):
        if skip.overlaps(m.span()):
            continue  # "Shan State Progress Party" is an actor
        if _BODY_AFTER.match(text, m.end()):
            skip.add(m.span())  # "Kachin Region PDF": an actor, no place
            continue
        names = [m[g] for g in ("a", "b", "c") if m.groupdict().get(g)]
        pcodes = tuple(p for n in names for p in state_pcodes(n))
        if pcodes:
            skip.add(m.span())  # "region of Sagaing": not Sagaing alone again
            regions.append(
                PlaceMention(
                    "region",
                    m.span(),
                    m.group(0),
                    m.group(0),
                    None,
                    None,
                    3,
                    state_pcodes=pcodes,
                    # "troops from Kachin State": where they came from (not "troops in")
                    origin=_FROM_REGION.search(text, max(0, m.start() - 60), m.start()) is not None,
                )
            )
    return townships, regions, listed


#: How far a town from every place a report names may be and still be preferred over a
#: namesake in a township the report names.
_TOWN_REACH_KM: Final = 100
#: Same-named places within this of the places a report names are all as near as it gets.
_AS_NEAR_M: Final = 25_000


def _choose(
    name: str,
    gazetteer: Gazetteer,
    township: str | None,
    states: tuple[str, ...],
    context: Context,
) -> tuple[Place, int] | None:
    seen: set[str] = set()
    matches = []
    wanted = _wanted_states(states, context)
    # a common name ("Kyaung Kone", "Myo Thit") has hundreds of namesakes: look in each
    # township and state the report names, so that the ones there are among those ranked
    scopes = [(t, None) for t in (township, *context.townships) if t] + [(None, s) for s in wanted]
    for scope, state in dict.fromkeys(scopes):
        for m in gazetteer.candidates(
            name, township=scope, state=state, limit=50, fuzzy=False, variants=True
        ):
            if m.place.kind not in ("state", "township") and m.place.place_id not in seen:
                seen.add(m.place.place_id)
                matches.append(m)
    if not matches:
        return None

    def distance(p: Place) -> float:
        if not context.points or p.latitude is None or p.longitude is None:
            return 0.0
        n = len(context.points)
        far = geodesy.distance_m(
            [p.longitude] * n,
            [p.latitude] * n,
            [x for x, _ in context.points],
            [y for _, y in context.points],
        )
        return round(float(far.min()) / _AS_NEAR_M)

    # a town spelled exactly so, when the report names no state to look in nor another
    # place to measure from ("Kani near Bhamo" is Bhamo's Kan Ni)
    towns_so = {
        m.place.township_pcode for m in matches if m.method == "exact" and m.place.kind == "town"
    }
    town_spelled_so = (
        bool(towns_so)
        and not (states or context.states or context.points)
        and set(context.townships) <= towns_so
    )
    # a namesake, spelled exactly so, in a township the report names
    in_named = any(
        m.method == "exact" and m.place.township_pcode in context.townships for m in matches
    )

    def rank(i: int) -> tuple[float, ...]:
        p = matches[i].place
        return (
            0 if township and p.township_pcode == township else 1,
            # "Laiza": the curated place of that name, not a Lai Zar nearer the other places
            # the report names
            0 if p.kind == "curated" and matches[i].method == "exact" else 1,
            # "Manton": the town, not a Mant Ton of a township the report names elsewhere
            # (not a town far from every place the report names, when a namesake lies in
            # a township it names: "Man Kan" beside Kutkai is Kutkai's village, not the Wa
            # town 150 km off)
            0
            if p.kind == "town"
            and matches[i].method == "exact"
            and p.state_pcode in wanted
            and (
                distance(p) * _AS_NEAR_M <= _TOWN_REACH_KM * 1000
                or not in_named
                # (the town of a township of its name: "Hpakant" is never a Hpar Kan)
                or p.township == p.name
            )
            else 1,
            0 if p.township_pcode in context.townships else 1,
            # "the attack on Kalay": the town Kale, spelled so, not a village of the focus
            # states a respelling reaches, when the report names no state
            1 if town_spelled_so and matches[i].method != "exact" else 0,
            0 if p.state_pcode in wanted else 1,
            distance(p),
            # "Nam Tee": the village of that name, not the town another name of which
            # ("Namti") is spelled like it, where nothing else tells them apart
            0 if matches[i].method == "exact" else 1,
            0 if p.has_point else 1,
            i,
        )

    ranks = [rank(i) for i in range(len(matches))]
    best = min(range(len(matches)), key=lambda i: ranks[i])
    top = ranks[best][:-1]  # (all but the index)
    others = sum(1 for i in range(len(matches)) if i != best and ranks[i][:-1] == top)
    return matches[best].place, others


#: The last word of a ward's name: "Pinn Paw Lay Ward", "Ward No. 3", "Shan Quarter".
_WARD_WORDS: Final = frozenset(["ward", "quarter"])


#: "ward" right after a run of capitalised words: "Myoma ward".
_WARD_AFTER: Final = re.compile(r"\s+(?:ward|quarter)\b", re.IGNORECASE)
#: The town a ward is named with: "... Ward 2 in Namtu Town", "... Ward of Kyaukme".
_TOWN_NAMED_AFTER: Final = re.compile(
    r"[\w.]*(?:\s+(?i:ward|quarter))?(?:\s+\d{1,3})?\s*,?\s+(?:in|of)\s+(?:the\s+)?[A-Z]"
)


#: How many places bearing one name make it too common to tell a ward named so apart.
_MANY_BEAR: Final = 3


def _names_ward(
    text: str,
    words: list[tuple[int, int]],
    run_end: int,
    possessive: int | None,
    gazetteer: Gazetteer,
) -> bool:
    """Whether a run of capitalised words names a ward the gazetteer lacks ("Pinn Paw
    Lay Ward", "Lashio's Ward No. 3", "Myoma ward"): a ward lies in its town, and its
    name is no village's. A ward called by the whole name of a place the gazetteer has,
    and named with no town, is that place ("Pammatee Ward 4": Pam Ma Tee); named with
    its town, it is the town's ("Panghaik Ward 2 in Namtu Town")."""
    own = words[possessive + 1 :] if possessive is not None else words
    if not own:
        return False
    after = text[run_end : run_end + 10].casefold()
    plain = [(a, b) for a, b in own if text[a:b].casefold().rstrip(".,;:") not in _WARD_WORDS]
    if len(plain) == len(own) and not _WARD_AFTER.match(after):
        return False
    ward = text[own[0][0] : own[-1][1]].rstrip(".,;:")
    head = plain[
        : next(
            (
                k
                for k, (a, b) in enumerate(plain)
                if a > own[0][0] and text[a:b].casefold() in ("no", "number")
            ),
            len(plain),
        )
    ]
    whole = text[head[0][0] : head[-1][1]] if head and head[0] == own[0] else ""
    if _TOWN_NAMED_AFTER.match(text, run_end):
        return True  # "Aung Chan Thar ward in Manton town": Manton's, not a village elsewhere
    if possessive is not None:
        whole = ""  # "Lashio's Myoma ward": Lashio's, not a Myoma elsewhere
    # "Pammatee Ward 4": the gazetteer's Pam Ma Tee, the ward's own place; not a name
    # many villages bear ("Aung Chan Thar ward", "Tarlone ward"): a town's ward so named
    # is none of them
    return not (
        any(m.place.kind == "ward" for m in gazetteer.candidates(ward, limit=5, fuzzy=False))
        or (
            whole
            and gazetteer.knows(whole)
            and len(gazetteer.candidates(whole, limit=_MANY_BEAR, fuzzy=False, variants=True))
            < _MANY_BEAR
        )
    )


def _named(
    text: str,
    gazetteer: Gazetteer,
    skip: Taken,
    townships_here: list[tuple[int, str]],
    states: tuple[str, ...],
    context: Context,
    in_list: frozenset[str] = frozenset(),
) -> tuple[list[PlaceMention], list[PlaceMention]]:
    """Gazetteer places named in a sentence; ``townships_here`` are the townships it
    names (where each is named, its P-code): a place belongs to the one named next after
    it ("Mai Sak Pa, a village of Waingmaw Township, and Myo Thit in Momauk Township"),
    else to the one before; of a list of townships ("A, B and C townships": ``in_list``),
    to any of them.

    Also returns, apart, the villages far from every township the report names (kept
    only where another bears them out: :func:`_corroborating`)."""
    found: list[PlaceMention] = []
    far: list[PlaceMention] = []
    went_to: int | None = None  # where the last place people went to ends
    for run in _WORDS.finditer(text):
        words = [
            (w.start() + run.start(), w.end() + run.start())
            for w in re.finditer(r"\S+", run.group(0))
        ]
        level = _LEVEL_BEFORE.search(text, max(0, run.start() - _LEVEL_REACH), run.start())
        if level is not None and any(
            gazetteer.knows(text[level.start() : end]) for _, end in words[:_LONGEST_NAME_WORDS]
        ):
            # "upper Nyaung Kone": the gazetteer's Nyaung Kone (Upper), its part written
            # in lower case before the name (the run, of capitalised words, leaves it out:
            # the name read from here on begins at ``words[0]``)
            words.insert(0, level.span("part"))
        if words and text[words[0][0] : words[0][1]].casefold().rstrip(".") in _TITLES:
            continue  # a person: "General N'Ban La", "U Yee Mon"
        if _PERSON_NAMED.search(run.group(0)):
            continue  # "Aung San Suu Kyi" is no village Aung San
        if words and _ORGANISATION.fullmatch(text[words[-1][0] : words[-1][1]]):
            continue  # a publisher or a group: "Than Lwin Times", "Kachin News Group"
        if _ORGANISATION_GOES_ON.match(text, run.end()):
            continue  # "the Kyun Hla – Kantbalu Activists Group": a group's name
        if names_abroad(run.group(0)):
            continue  # "talks in Kunming, Yunnan": abroad, not the village Hkun Min

        before_run = text[max(0, run.start() - 30) : run.start()]
        after_run = text[run.end() : run.end() + 30]
        if (
            (_SPEAKS.match(after_run) and not _CUE_BEFORE.search(before_run))
            or _AGED.match(after_run)
            or (_NAMED.search(before_run) and not _PLACE_NAMED.search(before_run))
            or (_AGED_BEFORE.search(before_run) and not _PERSON_OF_PLACE.match(after_run))
            or (_LOCAL_BEFORE.search(before_run) and _LOCAL_PERSON_AFTER.match(after_run))
        ):
            # a person: "La Ja said", "Naw Seng, 45,", "a resident named Hpun Lum Yang",
            # "Boke local Aung San was shot"
            continue
        possessive = next(
            (k for k, (a, b) in enumerate(words[:-1]) if text[a:b].endswith(("'s", "’s"))), None
        )
        if _names_ward(text, words, run.end(), possessive, gazetteer):
            if possessive is None:
                continue  # "Pinn Paw Lay Ward of Kyaukme": a ward, not a village Pin Paw
            words = words[: possessive + 1]  # "Kyaukme's Pinn Paw Lay Ward": in Kyaukme
        elif possessive is not None:  # "Northern Shan State's Lashio": the place is Lashio
            words = words[possessive + 1 :]
        while (
            len(words) > 1
            and text[words[0][0] : words[0][1]].casefold() in _PREPOSITIONS
            and not (
                # "bombed In Gyin Myaing village": within a sentence a capitalised word
                # such as "In" begins a name the gazetteer knows
                not _begins_sentence(text, words[0][0])
                and any(
                    gazetteer.knows(text[words[0][0] : words[j][1]])
                    for j in range(1, min(len(words), _LONGEST_NAME_WORDS))
                )
            )
        ):
            words = words[1:]  # "In Pale": the preposition, not the village Inn Pale
        while (
            len(words) > 1
            and text[words[0][0] : words[0][1]].casefold() in _NOT_PLACES
            and not any(
                gazetteer.knows(text[words[0][0] : words[j][1]])
                for j in range(1, min(len(words), _LONGEST_NAME_WORDS))
            )
        ):
            words = words[1:]  # "In Lashio": the place is "Lashio"; "A Nang Pa" stays
        features = _features_from(text, words)
        i = 0
        while i < len(words):
            for j in range(min(len(words), i + _LONGEST_NAME_WORDS), i, -1):
                start, end = words[i][0], words[j - 1][1]
                name = text[start:end].rstrip("’'s").rstrip("’'").rstrip(".,")
                end = start + len(name)
                tail = _TAIL.match(text[end:])
                if (
                    tail
                    and name.casefold() not in _NOT_PLACES  # "The town" is no place "Te"
                    and gazetteer.knows(name + tail.group(0))
                ):  # "Laiza headquarters"
                    name, end = name + tail.group(0), end + len(tail.group(0))
                qualified = _QUALIFIER.match(text, end)
                if qualified and gazetteer.knows(text[start : qualified.end()]):
                    # "Chaung Ma (West)": the gazetteer's name, with its part of the village
                    name, end = text[start : qualified.end()], qualified.end()
                if skip.overlaps((start, end)):
                    continue
                township = next(
                    (t for at, t in townships_here if at >= end),
                    townships_here[-1][1] if townships_here else None,
                )
                single = j - i == 1
                if _NUMBER_WORD.fullmatch(name):
                    continue  # "Ten villages": a count, not the village Tein
                last = found[-1] if found else None
                feature = features[j]
                if single and (name.casefold() in _NOT_PLACES or (len(words) > 1 and not feature)):
                    continue  # "Aung" of "Aung Lawt": part of a name the gazetteer lacks
                core = [w for w in name.split() if w.casefold() not in GENERIC_WORDS]
                before_word = text[words[i - 1][0] : words[i - 1][1]] if i > 0 else ""
                if i > 0 and (
                    len(core) == 1
                    or before_word.casefold().rstrip(".,") not in _NOT_PLACES | _DIRECTION_WORDS
                ):
                    # "Taung Ward" of "Inngyin Taung Ward", "Lai Hka" of "Mung Lai Hka
                    # IDP camp": part of a longer name the gazetteer lacks
                    continue
                fuzzy = None
                spelled = name
                variant_note = None
                variant_rule = None
                chosen_before: tuple[Place, str | None] | None = None
                spelled_town: tuple[Place, str] | None = None
                # "Mong Koe District": the name before the area's word is the whole run
                whole_run = i == 0 and (
                    j == len(words)
                    or (
                        j == len(words) - 1
                        and text[words[j][0] : words[j][1]].casefold().rstrip(".,") == "district"
                    )
                )
                if not gazetteer.knows(name):
                    if not (whole_run and _cued(text, start, end, listed_after=last)):
                        continue
                    variant = _best_variant(name, gazetteer, township, states, context)
                    if (
                        variant is not None
                        and township is not None
                        and not any(
                            m.place.township_pcode == township
                            for m in gazetteer.candidates(
                                variant[0], township=township, limit=5, fuzzy=False
                            )
                        )
                        and _variant_in(name, gazetteer, (township,), two=True) is not None
                    ):
                        # "Konsone village, Hsipaw township": Kone Son of Hsipaw by two
                        # rules, not Hkon Son of Lashio by one
                        variant = None
                    before = _named_before(name, context)
                    if (
                        before is not None
                        # a township the sentence names for it wins: "Mangli village in
                        # Hsipaw Township" after a Mangli of Namtu is Hsipaw's (not one it
                        # names for another place: "bombing Mangli, it also bombed near
                        # Konsone village, Hsipaw Township")
                        and (
                            township is None
                            or before[0].township_pcode == township
                            or (
                                before[1] is None and not _township_after(text, end, townships_here)
                            )
                        )
                        # so does a known place one rule away ("Hsaing Lai": Hseng Lai,
                        # not the Hseng Le named before), unless the name is as written
                        and (variant is None or before[1] is None)
                        # "Man Tung village" is no town named before
                        and not (before[0].kind == "town" and _CALLED_VILLAGES.match(text, end))
                    ):
                        # "Mung Koe" after "Mong Koe": a writer's other spelling of a
                        # place the report has named, not a namesake by one rule
                        chosen_before = before
                        variant = None
                    if variant is not None:
                        spelled = variant[0]
                        variant_rule = variant[1]
                    elif chosen_before is not None:
                        spelled = chosen_before[0].name
                        variant_note = f"'{name}' read as {spelled}, named before in the report" + (
                            f" (spelling variants: {chosen_before[1]})" if chosen_before[1] else ""
                        )
                    elif (
                        near_two := _variant_in(
                            name,
                            gazetteer,
                            tuple(
                                dict.fromkeys(
                                    (township, *context.townships)
                                    if township
                                    else context.townships
                                )
                            ),
                            two=True,
                        )
                    ) is not None:
                        # two letters away, but in a township the report names
                        spelled = near_two[0].name
                        variant_note = (
                            f"'{name}' read as {spelled} of {near_two[0].township} Township, a "
                            f"township the report names (spelling variants: {near_two[1]})"
                        )
                    else:
                        # "the town of Panwa", "Panwa town": called a town, it may lie in
                        # a township the report does not name
                        called_town = _TOWN_OF_BEFORE.search(
                            text, max(0, start - 20), start
                        ) or _TOWN_AFTER.match(text, end)
                        spelled_town = (
                            _town_spelled(name, gazetteer, states or context.states)
                            if called_town
                            else None
                        )
                        # "Kuk Khaing city": the town Kutkai, by two spelling rules
                        fuzzy = spelled_town[0] if spelled_town else _town_like(name, gazetteer)
                        if (
                            fuzzy is not None
                            and not spelled_town
                            and _CALLED_VILLAGES.match(text, end)
                            and _rule_respelling(name, fuzzy.name) is None
                        ):
                            # a name called a village is no town merely spelled like it
                            # ("Thanan village" is not Tangyan), only one a rule respells
                            # ("Kantbalu village": Kanbalu, final -nt for -n)
                            fuzzy = None
                        if (
                            fuzzy is None
                            and _IN_A_TOWN.search(text, max(0, start - 12), start)
                            and not _SMALLER_AFTER.match(text, end)
                            and (seat := _seat_by_sound(name, gazetteer))
                        ):
                            # "the attack in Depayin": the town Tabayin, by its consonants
                            # (not "Depeyin village", "according to Penelope")
                            fuzzy = seat
                            variant_note = _heard_as(name, f"the town {seat.name}")
                        # a report that names no state is read where the reader is for:
                        # not a town of Rakhine spelled like a Kokang camp's name
                        wanted = states or context.states or _LIKENESS_STATES
                        if (
                            fuzzy is None
                            or (wanted and fuzzy.state_pcode not in wanted)
                            or (
                                context.townships
                                and fuzzy.township_pcode not in context.townships
                                and not called_town
                                # (a town of the product's area, in a report on
                                # another township: "the conquest of Kanpaiti", in a
                                # report on Muse)
                                and not (fuzzy.kind == "town" and fuzzy.state_pcode in FOCUS_STATES)
                            )
                        ):
                            continue  # "Mong Yaw ... northern Shan": not Mongyawng, East Shan
                chosen = (
                    (fuzzy, 0)
                    if fuzzy
                    else (chosen_before[0], 0)
                    if chosen_before
                    else _choose(spelled, gazetteer, township, states, context)
                )
                if (
                    township is not None
                    and chosen is None
                    and fuzzy is None
                    and variant_note is None
                    and variant_rule is None
                    and (
                        near_one := _variant_in(name, gazetteer, (township,))
                        or _variant_in(name, gazetteer, (township,), two=True)
                    )
                    is not None
                ):
                    # "Pauk Kon village in Tigyaing Township": no Pauk Kon there (only
                    # far away), but its Pauk Kone
                    chosen = near_one[0], 0
                    variant_note = (
                        f"'{name}' read as {near_one[0].name} of {near_one[0].township} "
                        f"Township, a township the report names (a spelling variant: "
                        f"{near_one[1]})"
                    )
                if chosen is None:
                    continue
                place, others = chosen
                if variant_rule is not None:  # by the gazetteer's name: "Alaw Bum", Ah Law Bum
                    variant_note = (
                        f"'{name}' read as {place.name} (a spelling variant: {variant_rule})"
                    )
                here = gazetteer.township(township) if township else None
                other_state = False
                if here is not None and place.state_pcode != here.state_pcode:
                    # "Pouk Kon village in Tigyaing Township": not Pu Kon of Chin State
                    other_state = True
                    elsewhere_of: tuple[str, ...] = (here.pcode,)
                elif (
                    here is not None
                    and place.township_pcode != here.pcode
                    and place.kind not in ("town", "township")
                    and _township_after(text, end, townships_here, gap=_OWN_TOWNSHIP_AFTER)
                ):
                    # "Nam Oum village in Muse Township": Nam Aum of Muse, not a Nar Mum
                    # of another township (not a town: "spread to Namtu" after Hsipaw
                    # Township; not a township only where the column went: "from Man
                    # Pying village towards Namhkan Township")
                    elsewhere_of = (here.pcode,)
                elif (
                    context.townships
                    and place.township_pcode not in context.townships
                    # a town of the report's states, by its name or another of its names, is
                    # read so ("Namkham" beside Kyaukme is Namhkan, not Kyaukme's Nam Kan),
                    # unless the sentence names another township for it ("Namkham in
                    # Kyaukme Township" is Kyaukme's Nam Kan)
                    and not (
                        place.kind == "town"
                        and variant_rule is None
                        and place.state_pcode in _wanted_states(states, context)
                        and here is None
                    )
                ):
                    elsewhere_of = tuple(
                        dict.fromkeys(t for t in (township, *context.townships) if t)
                    )
                else:
                    elsewhere_of = ()
                if fuzzy is None and variant_note is None and elsewhere_of:
                    # "Pan Tae village of Mong Long town": the report's Mong Long is the
                    # Monglon of its township, not a namesake far away
                    near_variant = _variant_in(name, gazetteer, elsewhere_of) or (
                        _variant_in(name, gazetteer, elsewhere_of, two=True)
                        if other_state
                        else None
                    )
                    if near_variant is not None:
                        place, others = near_variant[0], 0
                        variant_note = (
                            f"'{name}' read as {place.name} of {place.township} Township, a "
                            f"township the report names (a spelling variant: {near_variant[1]})"
                        )
                if (
                    fuzzy is None
                    and place.kind != "town"
                    and (_TOWN_AFTER.match(text, end) or _TOWN_AT_END.search(name))
                    and (town := _town_spelled(_TOWN_AT_END.sub("", name), gazetteer, states))
                    is not None
                ):
                    # "Namhkam Town": the town Namhkan, not a village Nam Hkam elsewhere
                    place, how = town
                    variant_note = f"'{name}' read as the town {place.name} ({how})"
                    others = 0
                called_village = place.kind in ("village", "ward") or (
                    # "Pinlaung and Whekhar villages of Seik Mu": no town of that name
                    _CALLED_VILLAGES.match(text, end) is not None
                )
                if (
                    called_village
                    and not township
                    and not (
                        place.state_pcode in states
                        if states
                        else _in_report_states(place, context, gazetteer)
                    )
                ):
                    # "Tanaing village in northern Kachin State": not Yangon's; "Kone Law"
                    # in a report on Momauk: not the village of southern Shan
                    continue
                if (
                    place.kind == "town"
                    and (_WARD_AFTER.match(text, end) or _WARD_AFTER.search(name))
                    and place.township_pcode not in context.townships
                ):
                    continue  # "Yankin Ward (1)" of Kyaukme: a ward, not Yangon's Yankin
                neighbour_note = None
                is_far = False
                if (
                    township
                    and place.township_pcode != township
                    and not (township in in_list and place.township_pcode in in_list)
                    # "bombed Momauk Township and Bhamo", "clashes in Hsipaw Township
                    # spread to Lashio": a town of its own township, told beside it
                    and not (
                        place.kind == "town"
                        and _TOWN_TOLD_BESIDE.search(text, max(0, start - 60), start)
                    )
                ):
                    if km_from_township(place, township, gazetteer) > NEIGHBOUR_KM:
                        continue  # the sentence places it in another township: not this one
                    if place.kind == "town":
                        # "in Waingmaw Township, across the river from Myitkyina": a
                        # town of another township is where the event is measured from
                        continue
                    named = gazetteer.township(township).name
                    neighbour_note = (
                        f"the report names {named} Township; the gazetteer puts {place.name} in "
                        f"{place.township} Township, next to it: check which is right"
                    )
                if (
                    single
                    and place.kind in ("village", "ward")
                    and not _cued(text, start, end, listed_after=last)
                ):
                    continue  # a lone capitalised word is a place only where it reads as one
                if (
                    _DESTINATION.search(text, max(0, start - 40), start)
                    or (went_to is not None and LIST_GAP.fullmatch(text, went_to, start))
                ) and not _WHERE_AFTER.match(text, end):
                    # "fled towards Nam Sa Bein", "fled to Momauk and Bhamo": where people
                    # went, not the event
                    went_to = end
                    continue
                if _WAY_TO.search(text, max(0, start - 60), start) and not _WHERE_AFTER.match(
                    text, end
                ):
                    continue  # "the trade route to the border town of Loi Je": a road's end
                near_township = None
                if place.township_pcode not in context.townships:
                    near_township = next(
                        (
                            t
                            for t in context.townships
                            if km_from_township(place, t, gazetteer) <= NEIGHBOUR_KM
                        ),
                        None,
                    )
                    # (a feature named by the place is no longer name: "Naung Cho Public
                    # Hospital" is a hospital of Naung Cho)
                    partial = not whole_run and not feature
                    # "Ma-U Bin" in a report on Hpakant: not the town Maubin of the delta,
                    # a name written otherwise than a town of a state the report is not on
                    respelled_town = (
                        place.kind == "town"
                        and name.replace("-", " ").split() != place.name.split()
                        and place.state_pcode not in _LIKENESS_STATES
                        and not _in_report_states(place, context, gazetteer)
                    )
                    if (
                        near_township is None
                        and context.townships
                        and not township
                        and (called_village or partial or respelled_town)
                    ):
                        # the report is about townships far from any village of this
                        # name: a village the gazetteer lacks, not a namesake elsewhere
                        # (unless another bears it out: see find_places); nor is "Lai
                        # Hka" of "Mung Lai Hka" the town far away
                        if partial:
                            continue
                        is_far = True
                # "Chatthin Wildlife Sanctuary", "Hpakant Bridge": by the place of the name
                near = feature or _NEAR.search(text[max(0, start - 40) : start]) is not None
                origin = (
                    _came_from(text, start, end) or _ITS_PEOPLE_TELL.match(text, end) is not None
                )
                background = _BACKGROUND.search(text[max(0, start - 60) : start]) is not None
                refuge = _REFUGE.search(text[max(0, start - 60) : start]) is not None
                aside = text.count("(", 0, start) > text.count(")", 0, start)
                precision = max(place.geo_precision, 2 if near else 1)
                (far if is_far else found).append(
                    PlaceMention(
                        "place",
                        (start, end),
                        name,
                        place.name,
                        place.latitude,
                        place.longitude,
                        precision,
                        place=place,
                        state_pcodes=(place.state_pcode,) if place.state_pcode else (),
                        alternatives=others,
                        origin=origin,
                        aside=aside,
                        background=background,
                        refuge=refuge,
                        near_township=near_township or (township if neighbour_note else None),
                        note="; ".join(
                            n
                            for n in (
                                f"'{name}' read as the town {place.name} ("
                                + (
                                    spelled_town[1]
                                    if spelled_town
                                    else _spelling_rule(name, place.name)
                                )
                                + ")"
                                if fuzzy and variant_note is None
                                else variant_note,
                                f"near {place.name}" if near else None,
                                neighbour_note,
                            )
                            if n
                        )
                        or None,
                    )
                )
                if is_far:
                    continue  # a shorter name within it may still be near
                i = len(words)  # one place to a run of capitalised words: "Pinn Paw
                break  # Lay Ward" is one ward, not Pinn Paw and a Lay Ward elsewhere
            i += 1
    return found, far


#: A place named as a village, town, ward or camp: "Pan Kwam village".
_NAMED_PLACE: Final = re.compile(
    r"\b((?:[A-Z][\w'’-]{0,30}\s){0,3}[A-Z][\w'’-]{0,30})\s(?i:village|town|ward|camp)\b"
)


def unknown_places(text: str, found: Sequence[PlaceMention], *, offset: int = 0) -> list[str]:
    """The villages, towns, wards and camps ``text`` names that are none of the places
    ``found`` in it (offsets from ``offset``): "Kharlein Village", which the gazetteer
    lacks, or has only far away."""
    spans = [p.span for p in found if p.kind == "place"]
    return [
        m.group(1)
        for m in _NAMED_PLACE.finditer(text)
        if m.group(1).split()[0].casefold() not in _NOT_PLACES | _DETERMINERS
        and m.group(1).split()[-1].casefold() not in _UNITS  # "Light Infantry Battalion camp"
        and not m.group(1).isupper()  # "BA camp", "KIA camp": whose, not where
        and not any(a < offset + m.end() and offset + m.start() < b for a, b in spans)
    ]


#: Words before a town of another township than the one the sentence names, by which it
#: is a place of the event too: "bombed Momauk Township and Bhamo", "clashes in Hsipaw
#: Township spread to Lashio" (not an address, "Hsipaw Township, Lashio"; nor nearness or
#: a way, "spread closer to Lashio", "spread along the road to Lashio").
_TOWN_TOLD_BESIDE: Final = re.compile(
    r"(?:\bTownships?,?\s+(?:and|or)\s+|"
    r"\b(?:spread|spreading|spreads|reached|reaching|extended|extending)\s+"
    r"(?:(?:the\s+(?:next|following)\s+(?:day|morning)|later|again|on\s+\w+day)\s+)?"
    r"(?:to|into)\s+)$",
    re.IGNORECASE,
)
#: What joins the places of a list: " as well as", ", ", " and ", ", or ", ", then", " and
#: also" (" as well as" first: alternatives are tried in order, so ", " would otherwise
#: end the gap before it).
LIST_GAP: Final = re.compile(
    r"\s*,?\s+as well as\s+"
    r"|\s*,\s*(?:and\s+|or\s+)?(?:then\s+|also\s+)?|\s+(?:and|or)\s+(?:then\s+|also\s+)?"
)
#: The part of a village its name gives in brackets: "Chaung Ma (West)", "Nam Hpat Kar (2)".
_QUALIFIER: Final = re.compile(rf" ?\((?:(?i:{PART_WORDS})|\d)\)")
#: A name of one to three capitalised words, as a list names a village.
_LIST_NAME_RUN: Final = re.compile(r"[A-Z][a-z][\w'’-]{0,30}(?: [A-Z][a-z][\w'’-]{0,30}){0,2}")
#: The last name of a list before a place: "Konlaw and " of "Konlaw and Myo Thit".
_NAME_BEFORE_GAP: Final = re.compile(rf"({_LIST_NAME_RUN.pattern})(?:{LIST_GAP.pattern})$")
#: What makes a name in a list no village: a unit, a group, an administrative area.
_NOT_A_VILLAGE_AFTER: Final = re.compile(
    r"\s+(?i:township|district|state|region|division|army|battalion|brigade|regiment|"
    r"forces?|militia|party|river|road|highway|bridge|mountain|hill|range)\b"
)


def listed_unknown(
    text: str, found: Sequence[PlaceMention], *, offset: int = 0
) -> list[tuple[str, tuple[int, int]]]:
    """The names a list of villages holds beside villages ``found`` in ``text`` (offsets
    from ``offset``) that the gazetteer lacks, with their spans: "struck Myo Thit, Konlaw
    and Numlang" names Konlaw and Numlang. Only a list with a village found in it; a name
    that reads as a unit, group or area ("Momauk Township") ends the list."""
    # (a mask: a check costs the name's length, not the number of places found)
    taken = Taken(len(text), ((p.span[0] - offset, p.span[1] - offset) for p in found))
    names: dict[tuple[int, int], str] = {}

    def village_named(start: int, end: int) -> bool:
        name = text[start:end]
        return not (
            taken.overlaps((start, end))
            or name.split()[0].casefold() in _NOT_PLACES | _DETERMINERS
            or _NOT_A_VILLAGE_AFTER.match(text, end)
            or _ORGANISATION.search(name)
        )

    for p in found:
        if not (p.kind == "place" and p.place is not None and p.place.kind in ("village", "ward")):
            continue
        at = p.span[1] - offset  # along the list after the village
        while (
            (gap := LIST_GAP.match(text, at)) is not None
            and (run := _LIST_NAME_RUN.match(text, gap.end())) is not None
            and village_named(*run.span())
        ):
            names[run.span()] = run.group(0)
            at = run.end()
        at = p.span[0] - offset  # and before it
        while (
            before := _NAME_BEFORE_GAP.search(text, max(0, at - 60), at)
        ) is not None and village_named(*before.span(1)):
            names[before.span(1)] = before.group(1)
            at = before.start(1)
    return [(name, (start + offset, end + offset)) for (start, end), name in sorted(names.items())]


#: Words naming a feature by a place, after the place's name: "Chatthin Wildlife
#: Sanctuary", "Hpakant Bridge", "Lashio Airport".
_FEATURES: Final = frozenset(
    [
        "bridge",
        "bridges",
        "hill",
        "hills",
        "mountain",
        "mountains",
        "range",
        "wildlife",
        "sanctuary",
        "reserve",
        "forest",
        "monastery",
        "church",
        "pagoda",
        "temple",
        "mosque",
        "school",
        "hospital",
        "clinic",
        "market",
        "road",
        "highway",
        "junction",
        "gate",
        "checkpoint",
        "station",
        "airport",
        "airbase",
        "port",
        "jetty",
        "dam",
        "lake",
        "river",
        "creek",
        "stream",
        "stadium",
        "prison",
        "jail",
        "mine",
        "mines",
        "bazaar",
        "quarter",
        "compound",
    ]
)
#: Words that may come between a place's name and the feature named by it: "Lashio
#: General Hospital", "Naung Cho Public Hospital", "Bhamo Central Market".
_FEATURE_MODIFIERS: Final = frozenset(
    [
        "public",
        "general",
        "central",
        "main",
        "old",
        "new",
        "district",
        "people's",
        "people’s",
        "basic",
        "education",
        "high",
        "middle",
        "primary",
        "government",
        "municipal",
        "city",
        "town",
        "military",
        "police",
        "railway",
        "bus",
    ]
)


def _features_from(text: str, words: Sequence[tuple[int, int]]) -> list[bool]:
    """For each word of a run of capitalised words (and one past its end), whether the
    words from it on name a feature by the place before them ("Bridge", "General
    Hospital", "Basic Education High School"): words of a feature, the last one a
    feature. Worked out once for the run, from its end (linear: a hostile page makes
    runs long)."""
    out = [False] * (len(words) + 1)
    if not words:
        return out
    last = text[words[-1][0] : words[-1][1]].strip(".,;:").casefold()
    if last not in _FEATURES:
        return out
    ok = True
    for k in range(len(words) - 1, -1, -1):
        word = text[words[k][0] : words[k][1]].strip(".,;:").casefold()
        ok = ok and (word in _FEATURES or word in _FEATURE_MODIFIERS)
        out[k] = ok
    return out


#: Words of direction before a name: "Northern Hsipaw", "East Tabayin".
_DIRECTION_WORDS: Final = frozenset(
    [
        "north",
        "northern",
        "south",
        "southern",
        "east",
        "eastern",
        "west",
        "western",
        "central",
        "upper",
        "lower",
    ]
)
#: Words that end the name of a unit or a group, not of a place: "Battalion camp".
_UNITS: Final = frozenset(
    [
        "battalion",
        "battalions",
        "regiment",
        "division",
        "command",
        "brigade",
        "company",
        "column",
        "army",
        "police",
        "force",
        "forces",
        "military",
        "operation",
        "unit",
        "idp",
        "idps",
        "refugee",
        "refugees",
    ]
)
#: Words that begin "the town", "This village": no name.
_DETERMINERS: Final = frozenset(
    [
        "the",
        "this",
        "that",
        "these",
        "those",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "our",
        "same",
        "each",
        "every",
        "another",
        "one",
        "whole",
        "entire",
        "nearby",
        "neighbouring",
        "neighboring",
        "other",
        "home",
        "native",
    ]
)


#: Lowest rapidfuzz ratio for reading an unknown cued word as a town ("Hsenwi": Hseni).
TOWN_SPELLING_CUTOFF: Final = 85.0


@functools.lru_cache(maxsize=4)
def _towns(gazetteer: Gazetteer) -> dict[str, Place]:
    return {name_key(t.name): t for t in gazetteer.towns() if len(name_key(t.name)) >= 4}


#: "Town" right after a name: the name is a town's.
_TOWN_AFTER: Final = re.compile(r"[”\"]?\s+(?:town|city)\b", re.IGNORECASE)  # ("Namhkam” town")
_TOWN_OF_BEFORE: Final = re.compile(r"\b(?:town|city) of\s+$", re.IGNORECASE)
_TOWN_AT_END: Final = re.compile(r"\s+(?:town|city)$", re.IGNORECASE)


#: The parts of Shan State MIMU counts as three states (south, north, east).
_SHAN_PARTS: Final = frozenset({"MMR014", "MMR015", "MMR016"})


def _town_spelled(
    name: str, gazetteer: Gazetteer, states: tuple[str, ...]
) -> tuple[Place, str] | None:
    """The town ``name`` means when the report calls it a town ("Namhkam Town"): a
    town of that name or of a spelling variant (in ``states``, when the sentence names
    any), with how it was read."""
    towns = _towns(gazetteer)
    if set(states) & _SHAN_PARTS:
        # "Namkham Town, southern Shan State": reports mix up the parts of Shan State
        states = (*states, *_SHAN_PARTS)
    tried = itertools.chain(
        [(name, "the name as written")],
        ((variant, f"a spelling variant: {rule}") for variant, rule in _respellings(name)),
        # few towns, far apart: two rules ("Kuk Khaing city": Kutkai)
        (
            (variant, f"spelling variants: {rule}")
            for variant, rule in (_two_respellings(name) if _short_enough(name) else ())
        ),
    )
    for spelled, how in tried:
        town = towns.get(name_key(spelled))
        if town is not None and (not states or town.state_pcode in states):
            return town, how
    return None


def _rule_respelling(written: str, name: str) -> str | None:
    """The rule of :data:`SPELLING_RULES` that makes ``name`` of ``written``, if one does."""
    key = name_key(name)
    return next((r for v, r in _respellings(written) if name_key(v) == key), None)


def _spelling_rule(written: str, name: str) -> str:
    """How ``written`` spells ``name``: the rule that makes one of the other, else "a
    spelling variant"."""
    rule = _rule_respelling(written, name)
    return f"a spelling variant: {rule}" if rule else "a spelling variant"


def _town_like(name: str, gazetteer: Gazetteer) -> Place | None:
    """The town whose name is spelled most like ``name``, if close enough."""
    key = name_key(name)
    if len(key) < 4:
        return None
    towns = _towns(gazetteer)
    best = process.extractOne(
        key, list(towns), scorer=fuzz.ratio, score_cutoff=TOWN_SPELLING_CUTOFF
    )
    return towns[best[0]] if best else None


#: Deeds done to a place, each verb's base form, past and -ing forms: "sent two jets to
#: bomb", "bombed", "continued bombing".
_DEED_VERBS: Final = (
    ("attack", "attacked", "attacking"),
    ("bomb", "bombed", "bombing"),
    ("bombard", "bombarded", "bombarding"),
    ("shell", "shelled", "shelling"),
    ("strike", "struck", "striking"),
    ("strafe", "strafed", "strafing"),
    ("pound", "pounded", "pounding"),
    ("raid", "raided", "raiding"),
    ("target", "targeted", "targeting"),
    ("hit", "hit", "hitting"),
    ("burn", "burned|burnt", "burning"),
    ("torch", "torched", "torching"),
    ("seize", "seized", "seizing"),
    ("capture", "captured", "capturing"),
    ("storm", "stormed", "storming"),
    ("overrun", "overran", "overrunning"),
    ("occupy", "occupied", "occupying"),
)
_DEEDS_DONE_TO: Final = "|".join(base for base, _, _ in _DEED_VERBS)
#: Every form of a deed done to a place ("attack|attacked|attacking|bomb|...").
DEED_WORDS: Final = "|".join("|".join(forms) for forms in _DEED_VERBS)
_CUE_BEFORE: Final = re.compile(
    r"(?i:\b(?:in|at|on|near|of|from|outside|around|to|into|toward|towards|villages?|towns?|"
    r"close to|next to|beside|nearby|"
    # "sent two jets to attack Semulay", "bombed Mansi", "continued shelling Mansi"
    rf"{DEED_WORDS}|besieged|surrounded|entered)\s+(?:the\s+)?"
    r"(?:(?:nearby|remote|strategic|neighbou?ring|small|northern|southern|eastern|western|"
    r"central|main|old|new|hilltop|riverside|border)\s+)?)$"
)
#: A name a report calls a village, alone or in a list: "Pinlaung and Whekhar villages".
_CALLED_VILLAGES: Final = re.compile(
    r"(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)[A-Z][\w'’-]{0,30}(?:\s+[A-Z][\w'’-]{0,30}){0,2})"
    r"{0,5}\s+(?i:villages?)\b"
)
_SPEAKS: Final = re.compile(rf"\s+(?:{SPEECH_VERBS})\b")
#: An age after a name: "Hseng Gu, 25," is a person, whatever comes before.
_AGED: Final = re.compile(r",\s*\d{1,3}\s*(?:,|and\b|\))")
#: Words that give a name: "a resident named ...", "an area called ...".
_CALLED: Final = r"named|called"
_NAMED: Final = re.compile(
    rf"\b(?:{_CALLED}|identified as|resident|villager|farmer|teacher)\s+$", re.I
)
#: A village's part by its level written in lower case before its name: "upper Nyaung
#: Kone" (not its sides: "north Myitkyina" is a direction).
_LEVEL_BEFORE: Final = re.compile(rf"\b(?P<part>{LEVEL_WORDS}) $")
#: How far before a name its level's word may begin: the longest word and its space.
_LEVEL_REACH: Final = max(len(w) for w in LEVEL_WORDS.split("|")) + 1
#: Most words of a place's name (the gazetteer's longest are four).
_LONGEST_NAME_WORDS: Final = 4
#: Words of a place that may be called by its name: "an area called Myitsone".
_PLACE_KINDS: Final = f"{PLACE_WORDS}|place|locality|hill|mountain"
#: A place, not a person, called so: "an area called Myitsone", "a village named Nam Lim".
_PLACE_NAMED: Final = re.compile(
    # (not "the village called Kutkai police", "the camp called Lashio a safe haven":
    # called, a verb, by the people of a place named before)
    rf"(?:\b(?i:an?)\s+(?:[\w-]+\s+)?(?:{_PLACE_KINDS})\s+(?:{_CALLED})|"
    rf"(?:{_PLACE_KINDS})s\s+(?:{_CALLED})|(?:{_PLACE_KINDS})s?\s+known\s+as)\s+$",
    re.I,
)
#: An age before a name: "39-year-old Thein Tan" is a person (not "a 45-year-old Laiza
#: resident", a place told of a person).
_AGED_BEFORE: Final = re.compile(rf"\b{YEAR_OLD}\s+$", re.I)
#: "local" before a name that a verb follows: "Boke local Aung San was shot" is a person
#: (not "local Hpakant residents", "the local Momauk PDF", "local Mansi, Shwegu and
#: Momauk villages", "the local Laiza was shelled").
_LOCAL_BEFORE: Final = re.compile(r"(?<!\bthe )\blocal\s+$", re.I)
_LOCAL_PERSON_AFTER: Final = re.compile(
    r"\s*(?:\(|\b(?:was|were|had|has|is|said|told|died|who)\b)", re.I
)
_PERSON_OF_PLACE: Final = re.compile(
    r"\s+(?:resident|villager|local|native|man|woman|boy|girl|farmer|youth|monk|teacher|"
    r"student|worker|miner|trader|driver|mother|father)s?\b",
    re.I,
)
#: Words of a way before where it leads: "the trade route to the Chinese border town of",
#: "the road leading to", "the main road to the state capital," (a road's end, not where
#: on it something happened).
_WAY_TO: Final = re.compile(
    r"\b(?:road|route|highway|railway|railroad)s?\s+"
    r"(?:(?:that\s+)?(?:lead|leads|leading|led|runs|running|goes|going)\s+)?to\s+"
    # (what the town is, not a side of it: "the road to the south of Lashio", "to the
    # outskirts of Bhamo" are near it)
    r"(?:the\s+)?(?:(?:(?!(?:north|south|east|west|northern|southern|eastern|western|"
    r"outskirts|centre|center|edge|heart|middle|side|part)\b)[\w-]+\s+){0,3}?"
    r"(?:(?:towns?|villages?|cit(?:y|ies))\s+of|capital,?)\s+)?$"
    # where troops were going: "troops on their way to Loi Je (shelled Mansi)"
    r"|\bon\s+(?:their|its|his|her|the)\s+way\s+to\s+$",
    re.IGNORECASE,
)
#: Verbs of people taken or sent somewhere: "sent them to Ye Oo township", "was rushed
#: to a hospital in Lashio".
_TAKEN_TO_VERBS: Final = (
    r"taken(?!\s+place\b)|transferred|transported|brought|sent|rushed|referred|admitted|"
    r"evacuated"
)
#: What is sent somewhere to strike or fight, not taken away: "sent shells into Waingmaw
#: Township", "brought reinforcements to Momauk Township".
_SENT_TO_STRIKE: Final = (
    r"shells?|bombs?|rockets?|missiles?|mortars?|artillery|drones?|jets?|aircraft|"
    r"helicopters?|troops|reinforcements|soldiers|fighters|forces|columns?|units?"
)
#: Where people were taken, told right before a township: "arrested 20 students and sent
#: them to Ye Oo township" (not where people came or moved to: "young people who had come
#: to Mohnyin Township to train died in an air strike"; not where shells or troops were
#: sent: "sent shells into Waingmaw Township").
_TAKEN_TO: Final = re.compile(
    rf"\b(?:{_TAKEN_TO_VERBS})\s+(?:(?!(?:{_SENT_TO_STRIKE})\b)\w+\s+){{0,2}}?"
    r"(?:to|into)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_DESTINATION: Final = re.compile(
    r"\b(?:fled|flee|fleeing|flown|retreated|retreating|retreat|withdrew|withdrawn|withdraw|"
    r"withdrawing|moved|escaped|evacuating|evacuate|relocated|relocating|"
    r"travel(?:l)?ing|travel(?:l)?ed|returned|returning|"
    # (not what a place houses: "a temple compound sheltering displaced civilians in
    # Bhamo" is in Bhamo)
    r"(?<!camp )(?<!camps )(?<!compound )(?<!monastery )(?<!monasteries )"
    r"(?<!church )(?<!churches )(?<!school )(?<!schools )(?<!temple )(?<!building )"
    r"(?<!hall )(?<!pagoda )(?<!house )(?<!houses )(?:sheltering|shelter)|"
    # (not a deed done there: "airstrikes were carried out in Hpakant", "fighting has
    # taken place in Momauk", "a column came under attack in Momauk")
    rf"heading|headed|c[ao]me(?!\s+under\b)|carried(?!\s+out\b)|{_TAKEN_TO_VERBS})\s+"
    # (not a deed done there: "sent two jets to attack Semulay")
    r"(?:\w+\s+){0,2}?(?:to|towards?|into|for|in|from)\s+(?:the\s+)?"
    rf"(?-i:(?!(?:{_DEEDS_DONE_TO})\b)[a-z]\w*\s+)?"
    r"(?:(?:towns?|villages?|cit(?:y|ies)|camps?)\s+of\s+)?"
    # "moved to safe places such as Lashio"
    r"(?:(?-i:[a-z][\w-]*\s+){0,3}(?:such as|like|including)\s+)?$",
    re.IGNORECASE,
)
#: What happened where someone went, told right after the place: "the column moved on
#: to Yadana Aung village, where they set fire to five houses".
_WHERE_AFTER: Final = re.compile(
    r"(?:\s+(?i:village|town|ward))?\s*,?\s+where\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?i:burned|burnt|torched|set fire|set on fire|attacked|killed|shot|shelled|bombed|raided|"
    r"arrested|detained|looted|destroyed|opened fire|fired|clashed|fought|seized|captured|"
    r"executed|massacred|beheaded)\b"
)
#: Words before a place where people took refuge: "took refuge in a Catholic church in
#: Lashio town" (the event's place only when the report names no other).
_REFUGE: Final = re.compile(
    r"\b(?:took|taken|taking|take|sought|seeking|seek|found|find)\s+(?:refuge|shelter)\s+"
    r"(?:\w+\s+){0,4}?(?:in|at|to|with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: Words before a place that make it the place of an earlier event the report compares
#: with: "a year since the massacre at A Nang Pa".
_BACKGROUND: Final = re.compile(
    # (not what something looked like: "among what looked like a hut's remains in Done
    # Taw"; a strike that "looked like the one in Done Taw" is compared)
    r"\b(?:since|after|than|(?<!what looked )(?<!what looks )(?<!what seemed )"
    r"(?<!what appeared )like|"
    r"anniversary of|similar to|recalling)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?(?:at|in|on)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: Where an armed side keeps its men and guns: "the air base in", "its camp near".
_BASE_WORDS: Final = rf"air\s?bases?|airbases?|airports?|{POSTS}"
#: Armed men, their units and commands, as a report names them where they are.
_TROOPS: Final = (
    r"Command|Division|Battalion|Regiment|troops|soldiers|forces|column|army|fighters|"
    r"reinforcements|militia|units?"
)
#: Words that end the troops told hit where they were: another clause ("then", "who"),
#: or where they came from ("reinforcements from Light Infantry Battalion 601 in Bhamo").
_NOT_HIT_GAP: Final = (
    r"then|but|while|who|which|as|with|when|from|sent|based|stationed|deployed|dispatched"
)
#: Troops told as hit where they were: "attacked the junta troops in", "ambushed a column in",
#: "a rocket attack on Infantry Battalion 46 in", "took the headquarters of Light Infantry
#: Battalion (LIB) 142 in".
_TROOPS_HIT_IN: Final = re.compile(
    r"\b(?:attacked|attacking|ambushed|ambushing|shelled|shelling|bombed|bombing|raided|"
    r"raiding|targeted|targeting|struck|striking|hit|engaged|fought|clashed with|stormed|"
    r"storming|overran|overrunning|seized|seizing|captured|capturing|"
    # (took a post, not time: "it took soldiers in Mohnyin an hour")
    r"(?:took|taking)\s+(?:over\s+)?(?:the\s+)?(?:headquarters|base|camp|command|outpost)s?"
    r"\s+of|"
    r"(?:attacks?|assaults?|raids?|strikes?|offensive)\s+(?:on|against)|"
    # "turned their focus to a junta battalion headquarters in", "closing in on"
    r"(?:turned|turning|shifted|shifting)\s+(?:their|its)\s+(?:focus|attention|sights)\s+"
    r"(?:to|on)|(?:closing|closed)\s+in\s+on|"
    r"fired\s+(?:on|at|upon)|firing\s+(?:on|at|upon))\s+"
    # (the troops named in the same breath, no other clause or side between: not "hit a
    # convoy, and troops in Kawlin then shelled", "against the KIA with troops in")
    r"(?:the\s+|a\s+|an\s+)?"
    rf"(?:(?!(?:and|{_NOT_HIT_GAP})\b)[\w'’-]+,?\s+){{0,5}}?"
    # (troops of two forces together: "a combined force of KIA soldiers and PDF units in")
    rf"(?:(?:{_TROOPS})\s+and\s+(?:the\s+)?(?:(?!(?:{_NOT_HIT_GAP})\b)"
    r"(?:[\w'’-]+|\([A-Z]{2,5}\))\s+){0,5}?)?"
    rf"(?:{_TROOPS})(?:\s*\([A-Z]{{2,5}}\))?\s+(?:(?:No\.?\s*)?\d{{1,4}}\s+)?"
    r"(?:(?:headquarters|HQ)\s+)?in\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: How far before a place the words that make it where an actor came from are read ("a
#: Mi-35 helicopter from the headquarters of Northwestern Command in (Monywa)").
_ORIGIN_REACH: Final = 80
#: The word of coming from, in those words: a township told so is an origin ("troops
#: from Homalin Township"), one told with "in" may be where a deed was ("the troops in
#: Hpakant Township arrested").
_FROM: Final = re.compile(r"\bfrom\b", re.IGNORECASE)
#: How far before a place the deed that hit troops there may begin.
_HIT_IN_REACH: Final = 120


def _came_from(text: str, start: int, end: int) -> bool:
    """Whether the words before ``start`` make the place there where an actor is based or
    comes from (:func:`_origin_words`)."""
    return _origin_words(text, start, end) is not None


def _origin_words(text: str, start: int, end: int) -> str | None:
    """The words before ``start`` that make the place there where an actor is based or
    comes from ("troops from", "a helicopter from the headquarters of the Northwestern
    Command in"), if any (not troops told as hit where they were: "attacked the troops in
    Pan Nyo village", "the Northeast Command in Lashio was shelled"; nor a base they were
    driven from: "withdrew from the base in Mansi")."""
    before = text[max(0, start - _ORIGIN_REACH) : start]
    origin = _ORIGIN.search(before)
    if (
        origin is None
        # (the deed may lie further back: "clashed with a combined force of KIA soldiers
        # and PDF units in")
        or _TROOPS_HIT_IN.search(text, max(0, start - _HIT_IN_REACH), start) is not None
        or (origin["base"] and _DRIVEN_OUT.search(before, 0, origin.start()))
        # (a unit "in" the place, not one "from" it or stationed there)
        or (_UNIT_IN.search(origin.group(0)) and _HIT_THERE.match(text, end))
        # (troops arriving there were there: "helicopters that arrived as reinforcements in")
        or _ARRIVED_IN.search(before) is not None
    ):
        return None
    return origin.group(0)


#: Troops told as arriving at the place, right before it: "helicopters that arrived as
#: reinforcements in", "troops landing in".
_ARRIVED_IN: Final = re.compile(
    r"\b(?:arrived|arriving|arrive|arrives|landed|landing)\s+"
    # (not where they came from: "arrived from the camp at Momauk")
    r"(?:(?!from\b)[\w'’-]+\s+){0,3}?(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: The end of a unit told with its place: "the Northeast Command (headquarters) in".
_UNIT_IN: Final = re.compile(
    r"(?<!\bbased )(?<!\bstationed )(?<!\bheadquartered )(?<!\bgarrisoned )(?<!\bdeployed )"
    r"(?<!\bpositioned )\bin\s*$",
    re.IGNORECASE,
)


#: A passive deed right after the place of a unit: the unit was hit there ("the Northeast
#: Command headquarters in Lashio was attacked with rockets").
_HIT_THERE: Final = re.compile(
    r"(?:\s+(?i:town|city))?\s+(?i:was|were|had been|has been|have been)\s+(?:\w+ly\s+)?"
    r"(?i:attacked|shelled|bombed|hit|struck|targeted|raided|overrun|seized|captured|stormed|"
    r"besieged|fired (?:on|at|upon))\b"
    # (not hit at another place: "... in Lashio was attacked near Hseni")
    r"(?![^.;]{0,60}?\b(?i:near|in|at|outside|around|inside|on the (?:road|way|highway) to)"
    r"\s+(?:the\s+)?[A-Z])"
)


#: Where guns were fired from, before the place: "mortar shells fired by the regime's
#: military bases in (Namhsan)" (not "shells fired by the army hit a camp in Mansi":
#: where they fell).
_FIRED_FROM_BASES: Final = (
    r"\b(?:fired|launched|shot)\s+(?:by|from)\s+"
    r"(?:(?!(?:hit|struck|landed|fell|exploded|on|at|into)\b)[\w'’-]+\s+){0,4}?"
    rf"(?:{_BASE_WORDS})\s+(?:in|at|near)"
)
#: Words of being driven or pulling out of a place, before "from": the place was fought
#: over, no one's base.
_DRIVEN_OUT: Final = re.compile(
    rf"\b(?:{FLED_WORDS}|withdr[a-z]*|retreat[a-z]*|dr[io]ve[n]?|driving|oust[a-z]*|"
    r"expel[a-z]*|evict[a-z]*|push(?:ed|ing)|forced|pull(?:ed|ing) out)\b",
    re.IGNORECASE,
)
#: Words before a place that make it where an actor is based or comes from.
_ORIGIN: Final = re.compile(
    r"(?:\b(?:based|stationed|headquartered|garrisoned|deployed|positioned)\s+(?:in|at|near)|"
    # "the northwest command headquarters in Monywa town shelled the area"
    rf"\b(?:{_TROOPS})\s+(?:(?:No\.?\s*)?\d{{1,4}}\s+)?(?:(?:headquarters|HQ)\s+)?"
    r"(?:based\s+)?(?:from|in)|"
    r"\b(?:came|coming|advancing|marched|marching|arrived|arriving|sent|dispatched|launched|"
    r"deployed|jets?|aircraft|planes?|helicopters?|"
    r"departed|departing|took off|taking off|flew|flying|flown|originated|originating|"
    r"set out|setting out|fired)\s+"
    r"(?:\w+\s+){0,4}?from|"
    # "a convoy that set off from Bhamo" (not "set off explosives a mile from Mansi")
    r"\bset(?:ting)? off\s+from|"
    # "a big round fired out of Lashio" (not "fired at villagers running out of Ho Pang")
    r"\bfired\s+out\s+of|"
    # "answered with artillery from its base in Bhamo"
    r"\b(?:artillery|shells?|mortars?|rockets?|missiles?|guns?|weapons?|drones?|jets?)\s+from\s+"
    rf"(?:its|their|the|a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:{_BASE_WORDS})\s+(?:in|at|near)|"
    # "mortar shells fired by the regime's military bases in Namhsan"
    rf"{_FIRED_FROM_BASES}|"
    r"\b(?:fired|launched|shelled|shot|firing|launching)\s+from\b"
    r"(?:(?!\b(?:but|and|then|landed|landing|fell|falling|hit|struck)\b)[^.;]){0,40}?"
    r"\b(?:in|at|near)|"
    r"(?:^|[\"“(])\s*(?i:from)|"
    # "shot ten shells from a military base near Hsipaw"
    rf"(?P<base>\bfrom)(?=\s+(?:[\w-]+\s+){{0,2}}?(?:{_BASE_WORDS})\s+(?:in|at|near|of)\s))"
    # ("headquartered in border town Lai Zar", "based in the town of Bhamo")
    r"\s+(?:the\s+)?(?:(?:border\s+)?(?:town|village|city)\s+(?:of\s+)?)?"
    r"(?:(?:neighbou?ring|nearby|adjacent|northern|southern|eastern|western)\s+)?"
    # "jets from the air base in the Kachin State capital Myitkyina": where they came from
    rf"(?:(?:[\w-]+\s+){{0,2}}?(?:{_BASE_WORDS})\s+"
    r"(?:in|at|near|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?)?$",
    re.IGNORECASE,
)
#: Where troops or aircraft came from, before a state: "100 troops from Kachin State".
_FROM_REGION: Final = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:(?:northern|southern|eastern|western)\s+)?$", re.I
)
#: Words before a place that make it someone's home, never where the event was: "a man
#: originally from Nawnghkio", "a displaced person from Nawnghkio", "the dead were mostly
#: refugees from Kyaw Ziya Village".
_HOME: Final = re.compile(
    r"\b(?:originally|hailing|hails|natives?\s+of|refugees?|evacuees?|"
    r"displaced\s+(?:\w+\s+){0,2}?)\s*"
    r"(?:from|of)?\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?$",
    re.IGNORECASE,
)
#: People of a place, before it, who fled or were displaced (told after it,
#: :data:`_FLED_AFTER`): "thousands of people from Wawan", "residents of other nearby
#: villages, including" (not "arrested 20 villagers from Mansi").
_PEOPLE_OF: Final = re.compile(
    r"\b(?:people|villagers|residents|families|civilians|inhabitants|IDPs)\s+(?:from|"
    r"of\s+(?:(?:other|nearby|neighbou?ring|surrounding|several|some)\s+)*(?:villages|towns)"
    r"\s*,?\s*(?:including|such as|like))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_FLED_AFTER: Final = re.compile(
    rf"[^.;]{{0,200}}?\b(?:{FLED_WORDS}|displaced|(?:seek|sought|take|took|taking) "
    r"(?:shelter|refuge)|sheltering|evacuated)\b",
    re.IGNORECASE,
)


#: Many who left a home, who may tell of it: "refugees", "displaced people" (not one
#: teller: "Someone displaced from Theinni said", of the camp they are in).
_MANY_HOMELESS: Final = re.compile(
    r"\b(?:refugees|evacuees|people|persons|families|villagers|IDPs)\b", re.IGNORECASE
)
#: People of a home who tell of it, after its name: "(Refugees from Mansi) said".
_HOME_TELLS: Final = re.compile(
    r"\s+(?:(?:have|had|has)\s+)?(?:said|say|says|told|tell|reported|recounted|described)\b",
    re.IGNORECASE,
)


def _a_home(text: str, start: int, end: int) -> bool:
    """Whether the place named at ``start:end`` is someone's home, not where the event was
    (not the home that many who left it tell of: "Refugees from Mansi said junta troops
    shelled the town")."""
    home = _HOME.search(text, max(0, start - 40), start)
    return (
        home is not None
        and not (_MANY_HOMELESS.search(home.group(0)) and _HOME_TELLS.match(text, end))
    ) or (
        _PEOPLE_OF.search(text, max(0, start - 60), start) is not None
        and _FLED_AFTER.match(text, end) is not None
    )


def _teller_s_home(text: str, mention: PlaceMention) -> bool:
    """Whether ``mention`` names someone's home (:func:`_a_home`), or the town or village
    a teller who opens the sentence is based in ("A Kachin activist based in Laiza ...
    told"; a state told so is left as it is, what was told of it: "Media outlets based in
    Shan state reported ...")."""
    start, end = mention.span
    return _a_home(text, start, end) or (
        mention.kind != "region"
        and _TELLER_BASED_IN.fullmatch(text, 0, start) is not None
        and _TELLS_AFTER.match(text, end) is not None
    )


#: People of a place who tell of the event, after its name: "Hpakant residents said" is
#: where the tellers are, not where the event is (like where an actor comes from).
_ITS_PEOPLE_TELL: Final = re.compile(
    r"\s+(?:residents?|locals?|villagers|sources?|people|townspeople|dwellers)\s+"
    rf"(?:\w+\s+)?(?:{SPEECH_VERBS}|report|described)\b"
    # "Lt-Col Naw Bu from the headquarters in Laiza told the KNG": where the teller is
    r"|\s+(?:told|said|says|tells)\s+(?!that\b)(?:the\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)
#: Who told the news, before a place: "according to a member of the PDF in Katha",
#: "according to residents of Laiza"; the place says who spoke, not where anything
#: happened.
_SOURCE_BEFORE: Final = re.compile(r"\baccording\s+to\s+[^,.;:\n]{0,80}$", re.IGNORECASE)
#: A sentence that opens with a teller placed where they work, up to the place: "A
#: Kachin activist based in (Laiza), who spoke anonymously, told ..." (not troops: "troops
#: based in"; nor one the sentence tells of: "Soldiers arrested a reporter based in").
_TELLER_BASED_IN: Final = re.compile(
    r"\W*(?:(?:an?|the|one|two|three|several|local)\s+)?(?:(?![\w'’-]*ed\s)[\w'’-]+\s+){0,3}?"
    r"(?:activists?|journalists?|reporters?|sources?|officials?|spokes(?:person|man|woman)|"
    r"volunteers?|researchers?|analysts?|lawyers?|aid workers?|organi[sz]ations?|outlets?|"
    r"media|news agency|newspapers?)\s+(?:(?:who|which|that)\s+(?:is|are|was|were)\s+)?"
    r"based\s+in\s+(?:the\s+)?",
    re.IGNORECASE,
)
#: What such a teller did after the place: told ("..., who spoke anonymously, told").
_TELLS_AFTER: Final = re.compile(rf"[^.;]{{0,100}}?\b(?:{SPEECH_VERBS}|spoke|speaking)\b")
#: ... where the teller's words end at the place ("according to a villager of Kutkai.",
#: not "according to a resident of Kutkai who saw the shelling hit Namhsan").
_TELLER_END: Final = re.compile(
    r"(?:\s+(?i:township|town|village|state|region))?\s*(?:[,.;:)\"”]|$)"
)
#: A person's office after a place: "Shan State junta spokesperson", "the Kachin State
#: chief minister"; the place says whose office, not where anything happened.
_OFFICE_AFTER: Final = re.compile(
    r"\s+(?:(?:junta|military|regime|military-appointed|military-installed|army|"
    r"government|NUG|KIO|KIA|deputy|vice)\s+){0,2}"
    r"(?:spokesperson|spokesman|spokeswoman|spokespeople|chief\s+minister|minister|"
    r"administrator|official|officials|lawmaker|lawmakers|MP|MPs|police\s+chief)\b",
    re.IGNORECASE,
)
_NUMBER_WORD: Final = re.compile(rf"(?i:{NUMBER_WORDS}|hundreds?|thousands?|dozens?)")
_PREPOSITIONS: Final = frozenset(
    ["in", "at", "on", "from", "near", "to", "of", "by", "into", "across", "around", "outside"]
)
_ORGANISATION: Final = re.compile(
    r"Times|News|Media|Herald|Post|Journal|Agency|Group|Network|Foundation|Organi[sz]ation|"
    r"Association|Union|Council|Committee|Party|Front|Army|Force|Forces|Radio|TV|Television|"
    r"Press|Daily|Weekly|Monitor|Watch|Rangers|Company|Ltd|"
    # a local resistance force named after its place: "Myo Hla PDF"
    r"PDFs?|LDFs?|PDTs?"
)
#: A group's name going on after a dash: "Kyun Hla – Kantbalu Activists Group".
_ORGANISATION_GOES_ON: Final = re.compile(
    # (not an armed group's name: "Laiza – Kachin Independence Army headquarters")
    r"\s*[–—-]\s*(?:[A-Z][\w'’-]*\s+){0,3}(?:Times|News|Media|Agency|Group|Network|"
    r"Foundation|Organi[sz]ation|Association|Committee|Radio|Press|Monitor|Watch)\b"
)
_TAIL: Final = re.compile(r" (?:headquarters|village|town|camp|base)\b")
_TAIL_AT_END: Final = re.compile(r" (?:village|town|camp|ward)$", re.IGNORECASE)
_CUE_AFTER: Final = re.compile(
    r"^(?:\s+|,\s+(?:(?:a|an|the|two|three|four|both)\s+(?:[\w-]+\s+)?)?)"
    r"(?i:villages?|towns?|camp|ward|area|hill|IDP)\b|"
    # "Nget Pyaw Taw and several other villages were also targeted"
    r"^\s+(?i:and|or)\s+(?i:(?:several|some|many|two|three|four|a few|nearby|other|"
    r"neighbou?ring|surrounding)\s+){1,2}(?i:villages|towns)\b|"
    # "Laukkai, in northern Shan State's Kokang region": where a place lies
    r"^,\s+(?:(?:a|the)\s+(?:\w+\s+){0,2}?(?:of|in)\s+|in\s+)(?:the\s+)?"
    r"(?:(?:northern|southern|eastern|western|central|north|south|east|west)\s+)?"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:'s|’s)?\s+(?i:State|Region|Township|District)\b"
)


#: A list of names after the word for them: "the nearby villages Ouk Tha Hpan, Htaung, ...
#: and" (each is a village, found or not).
#: One name of a list and what follows it: "Ouk Tha Hpan, ", "Htaung and ".
_NAME_AND_GAP: Final = (
    r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|\d{1,5}))"
    r"{0,3}(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
)
_IN_CUED_LIST: Final = re.compile(
    rf"\b(?i:villages|towns|wards)\s+(?:(?:of\s+)?(?:{_NAME_AND_GAP})+"
    # "multiple villages including Kyaukkyam, Thonezay and Ummhtee": from the first
    rf"|(?i:including|such as|like|namely)\s+(?:{_NAME_AND_GAP})*)$|"
    # a list of what a deed was done to, or of posts: "seized Wuhtau Bum and Katsu", "the
    # positions of Point 1130, Katsu and Wuhtau Bum"
    rf"\b(?i:{DEED_WORDS}|(?:{POSTS})\s+"
    r"(?:of|at|including|such as|like|namely))\s+(?:the\s+)?"
    rf"(?:{_NAME_AND_GAP})+$"
)
#: What ends right before a name listed: a list's gap, or the word that opens it.
_LIST_CUE_END: Final = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+|\b(?i:including|such as|like|namely)\s+)$"
)
#: How far back a list of names cued by the word for them is read.
_CUED_LIST_CHARS: Final = 160


def _cued(text: str, start: int, end: int, *, listed_after: PlaceMention | None = None) -> bool:
    """Whether words read as a place where they stand: after "in", "at", "bombed", "a
    village called" ...; before "village", ", a village of", ", in Kachin State"; next in
    a list after a place found (``listed_after``: "struck Myo Thit, Konlaw and Numlang"),
    or in a list after the word for them ("villages Ouk Tha Hpan, Htaung and Myaing
    Thaya")."""
    before = text[max(0, start - 30) : start]
    return bool(
        _CUE_BEFORE.search(before)
        or _PLACE_NAMED.search(before)  # "an area called ..."
        or (
            # (a list's gap or cue right before it first: the list's pattern is dear)
            _LIST_CUE_END.search(text, max(0, start - 20), start) is not None
            and _IN_CUED_LIST.search(text[max(0, start - _CUED_LIST_CHARS) : start])
        )
        or _CUE_AFTER.match(text[end:])
        or _TAIL_AT_END.search(text[start:end])  # "Myothit village", read as one name
        or (
            listed_after is not None
            and listed_after.place is not None
            and listed_after.place.kind in ("village", "ward", "town")
            and LIST_GAP.fullmatch(text, listed_after.span[1], start) is not None
        )
    )


#: What ends right before a word that begins a sentence or a line.
_BEFORE_A_SENTENCE: Final = re.compile(r"[.!?:;\n\"“]\s*$")


def _begins_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` begins the text, a sentence or a line."""
    return at == 0 or _BEFORE_A_SENTENCE.search(text, max(0, at - 3), at) is not None


#: Farthest apart two villages far from the report's townships may lie and still bear
#: each other out ("Mang Bang in Hu Ner village tract": both of Kutkai, 3 km apart).
_CORROBORATING_KM: Final = 10.0
#: Most villages of a sentence weighed against each other (pairs grow as its square).
_CORROBORATING_MOST: Final = 12


def _without_far_towns_listed(
    text: str, named: list[PlaceMention], context: Context
) -> list[PlaceMention]:
    """The places named, less a town of a state the report does not name that a list
    names beside a place of the report's states ("shells exploded in Phan Khar Kone and
    Let Pa Dan", in a report on Bhamo, Kachin State: a ward or village of Bhamo the
    gazetteer lacks, not the town Letpadan of Bago Region). A far town named alone stays,
    and so does every place of a report that names no state."""
    if not context.states:
        return named

    def ours(m: PlaceMention) -> bool:
        # of the states named (not of the towns named: the far town is one)
        return m.place is not None and (
            m.place.state_pcode in FOCUS_STATES or m.place.state_pcode in context.states
        )

    def here(m: PlaceMention) -> bool:
        # a village of those states (a town beside the far one may be named from afar:
        # "jets bombed Bhamo and Taunggyi")
        return ours(m) and m.place is not None and m.place.kind in ("village", "ward")

    def listed(a: PlaceMention, b: PlaceMention) -> bool:
        return LIST_GAP.fullmatch(text, a.span[1], b.span[0]) is not None

    places = [m for m in named if m.kind == "place"]
    far = {
        id(m)
        for k, m in enumerate(places)
        if m.place is not None
        and m.place.kind == "town"
        and not ours(m)
        and (
            (k > 0 and here(places[k - 1]) and listed(places[k - 1], m))
            or (k + 1 < len(places) and here(places[k + 1]) and listed(m, places[k + 1]))
        )
    }
    return [m for m in named if id(m) not in far]


def _corroborating(far: Sequence[Place]) -> frozenset[str]:
    """Of the villages a sentence names far from every township the report names, those
    another of them bears out: two of one township within :data:`_CORROBORATING_KM` of
    each other are where the report is, whatever township it names elsewhere."""
    kept: set[str] = set()
    # one of each place, and few: a long list far away is no pair that bears out
    unique = list({p.place_id: p for p in far}.values())[:_CORROBORATING_MOST]
    for i, a in enumerate(unique):
        for b in unique[i + 1 :]:
            if (
                a.township_pcode == b.township_pcode
                and a.longitude is not None
                and a.latitude is not None
                and b.longitude is not None
                and b.latitude is not None
                and geodesy.distance_m(a.longitude, a.latitude, b.longitude, b.latitude)
                <= _CORROBORATING_KM * 1000
            ):
                kept |= {a.place_id, b.place_id}
    return frozenset(kept)


#: Words before a region named as a landmark: "the border with Sagaing Region".
_LANDMARK_REGION: Final = re.compile(
    r"\b(?:borders?(?: with| of)?|bordering|near|close to|next to|adjacent to|"
    r"neighbou?ring)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: "Konesom Village, Hsipaw Town": a town written after a village as its address.
_TOWN_WORD: Final = re.compile(r"\s+[Tt]own$")
_LIST_GOES_ON: Final = re.compile(r",?\s+(?:and|or)\b")


def _addresses(text: str, named: list[PlaceMention], gazetteer: Gazetteer) -> list[PlaceMention]:
    """A town written right after a village of its township, as an address ("Konesom
    Village, Hsipaw Town", "Yapyin village in Nawnghkio"), names the village's township,
    not a second place."""
    out = list(named)
    for k in range(1, len(out)):
        village, town = out[k - 1], out[k]
        if (
            village.place is not None
            and village.place.kind != "town"
            and town.place is not None
            and town.place.kind == "town"
            and town.place.township_pcode is not None
            and (
                town.place.township_pcode == village.place.township_pcode
                # a namesake chosen elsewhere: the one in the town's township, if any
                or (village := _in_township(village, town.place.township_pcode, gazetteer))
                is not out[k - 1]
            )
            and (
                # "Yapyin village in Nawnghkio": a village lies in a township, not a town
                text[village.span[1] : town.span[0]] == " in "
                or (
                    text[village.span[1] : town.span[0]] == ", "
                    and _TOWN_WORD.search(town.text) is not None
                    # "..., Hsipaw town and Kyaukme"
                    and not _LIST_GOES_ON.match(text, town.span[1])
                )
            )
        ):
            out[k - 1] = village
            out[k] = township_mention(
                text, town.span, gazetteer.township(town.place.township_pcode), gazetteer
            )
    return out


def _in_township(mention: PlaceMention, pcode: str, gazetteer: Gazetteer) -> PlaceMention:
    """The place of a mention's name in a township, if the gazetteer has one there (else
    the mention as it is)."""
    assert mention.place is not None
    for c in gazetteer.candidates(mention.place.name, township=pcode, limit=5, fuzzy=False):
        if c.place.township_pcode == pcode and c.place.kind == mention.place.kind:
            return replace(
                mention,
                place=c.place,
                latitude=c.place.latitude,
                longitude=c.place.longitude,
                state_pcodes=(c.place.state_pcode,) if c.place.state_pcode else (),
            )
    return mention


_LIST_JOINT: Final = re.compile(r", | and | or ")
#: Where a list of places people came from begins: "from", "fired by the junta's bases in".
_LIST_BEGINS_FROM: Final = re.compile(
    rf"(?:\bfrom|{_FIRED_FROM_BASES})\s+(?:the\s+)?$", re.IGNORECASE
)


def _listed_after(
    text: str,
    named: list[PlaceMention],
    role: Literal["origin", "home"],
    begins: Callable[[PlaceMention], bool],
) -> list[PlaceMention]:
    """The places listed right after one of a ``role`` (``origin`` or ``home``) that
    ``begins`` a list of them have that role too; not a place after ", and", which may
    begin another clause."""
    out = list(named)
    on = False
    for k in range(1, len(out)):
        before, this = out[k - 1], out[k]
        on = getattr(before, role) and (on or begins(before))
        if (
            on
            and not getattr(this, role)
            and _LIST_JOINT.fullmatch(text, before.span[1], this.span[0])
        ):
            out[k] = replace(this, origin=True) if role == "origin" else replace(this, home=True)
    return out


def _origins_listed(text: str, named: list[PlaceMention]) -> list[PlaceMention]:
    """The places listed right after one named as where people came from ("resistance
    forces from Myaung and Myinmu attacked the troops") or where the guns are ("fired by
    the junta's bases in Namhsan and Mantong") are so too; not after "troops in", which
    may be where they fought ("clashes between the KIA and junta troops in Momauk and
    Shwegu")."""
    return _listed_after(
        text,
        named,
        "origin",
        lambda p: _LIST_BEGINS_FROM.search(text, max(0, p.span[0] - 60), p.span[0]) is not None,
    )


def _homes_listed(text: str, named: list[PlaceMention]) -> list[PlaceMention]:
    """The places listed right after a home are homes too: "people from Wawan, Kumban and
    Lon Ja fled"."""
    return _listed_after(text, named, "home", lambda p: True)


def find_places(
    text: str,
    gazetteer: Gazetteer,
    *,
    offset: int = 0,
    skip: tuple[tuple[int, int], ...] = (),
    actors: tuple[str, ...] = (),
    context: Context | None = None,
) -> list[PlaceMention]:
    """Every place named in ``text`` (one sentence), in order.

    ``skip`` are spans (into ``text``) already read as actors or dates; ``actors``
    the actors named nearby, so that "its headquarters" can mean the KIA's.
    """
    taken = Taken(len(text), skip)
    named, regions, listed = _scope(text, gazetteer, taken)
    # "reinforcements from neighbouring Homalin Township raided Tar Ma Khan": where the
    # doers came from, no township of the places named with it
    townships = sorted(named + listed, key=lambda t: t.span)
    # ("a helicopter from the Northwestern Command in Monywa Township": where it came
    # from, told with "from", not "the troops in")
    origins = {t.span: _origin_words(text, *t.span) for t in townships if t.township}
    townships = [
        replace(t, origin=True) if _FROM.search(origins.get(t.span) or "") else t for t in townships
    ]
    # "sent them to Ye Oo township": where people went or were taken
    townships = [
        replace(t, destination=True)
        if t.township
        and _TAKEN_TO.search(text, max(0, t.span[0] - 40), t.span[0])
        and not _WHERE_AFTER.match(text, t.span[1])
        else t
        for t in townships
    ]
    townships_here = [
        (t.span[0], t.township.pcode)
        for t in townships
        if t.township and not t.district and origins[t.span] is None
    ]
    # "in Dalu Village near Kachin's border with Sagaing Region": a region named as a
    # landmark says nothing of where the places of the sentence lie
    states = tuple(
        p
        for r in regions
        if not _LANDMARK_REGION.search(text, max(0, r.span[0] - 40), r.span[0])
        for p in r.state_pcodes
    )
    for mention in townships + regions:
        taken.add(mention.span)
    context = context if context is not None else Context()
    in_list = frozenset(t.township.pcode for t in listed if t.township)
    named, far = _named(text, gazetteer, taken, townships_here, states, context, in_list)
    if corroborated := _corroborating([m.place for m in far if m.place is not None]):
        kept = [
            replace(
                m,
                note="; ".join(
                    n
                    for n in (
                        m.note,
                        f"{m.location} lies in {m.place.township} Township, far from the "
                        "townships the report names, but another place the sentence names "
                        "lies next to it: check",
                    )
                    if n
                ),
            )
            for m in far
            if m.place is not None and m.place.place_id in corroborated
        ]
        borne_out = Taken(len(text), (k.span for k in kept))
        named = sorted(
            [n for n in named if not borne_out.overlaps(n.span)] + kept, key=lambda m: m.span
        )
    named = _addresses(text, named, gazetteer)
    named = _without_far_towns_listed(text, named, context)
    named = _origins_listed(text, named)
    context.points.extend(
        (n.longitude, n.latitude)
        for n in named
        if n.longitude is not None and n.latitude is not None
    )
    del context.points[:-CONTEXT_POINTS]  # the places named last are the context
    for n in named:
        if n.place is not None and n.kind == "place" and not n.origin:
            for written in (n.text, n.place.name):
                # the first telling, which most often says where the place is
                context.places.setdefault(name_key(written), n.place)
    if any(not t.district for t in townships) or any(not n.elsewhere for n in named):
        # a district is where the event is only when the sentence names nothing finer:
        # "Maran Kahtaung, in Mohnyin District", "Kyunhla Township (Kantbalu District)"
        townships = [t for t in townships if not t.district]
    mentions = townships + regions + named
    for m in _RELATIVE.finditer(text):
        value = number_value(m["num"]) if not m["num"][0].isdigit() else float(m["num"])
        if value is None:
            continue
        unit = m["unit"].casefold().rstrip("s")
        metres = float(value) * _UNIT_M["mile" if unit in ("mile", "mi") else "km"]
        target_start = m.start("target")
        reference = next(
            (n for n in named if n.span[0] in range(target_start, target_start + 8)), None
        )
        if (
            reference is None
            and _HEADQUARTERS.match(m["target"])
            and (any(a.startswith(("KIA", "KIO")) for a in actors))
        ):
            hq = gazetteer.kia_headquarters()
            words = _HEADQUARTERS.match(m["target"])
            assert words is not None
            reference = PlaceMention(
                "place",
                (target_start, target_start + words.end()),
                words.group(0),
                hq.name,
                hq.latitude,
                hq.longitude,
                hq.geo_precision,
                place=hq,
                state_pcodes=(hq.state_pcode,) if hq.state_pcode else (),
            )
        if reference is None or reference.latitude is None or reference.longitude is None:
            continue
        span = (m.start(), reference.span[1])
        direction = (m["dir"] or "").casefold()
        if direction:
            lon, lat = geodesy.offset(
                reference.longitude,
                reference.latitude,
                distance_m=metres,
                bearing_deg=_DIRECTIONS[direction],
            )
            note = f"{metres / 1000:g} km {direction} of {reference.location} (geodesic offset)"
        else:  # a distance with no direction: only "near" the reference place
            lon, lat = reference.longitude, reference.latitude
            note = f"{metres / 1000:g} km from {reference.location}, direction not given: its point"
        mentions.append(
            PlaceMention(
                "relative",
                span,
                text[span[0] : span[1]],
                f"{text[m.start() : m.start('target')].strip()} {reference.location}",
                lat,
                lon,
                2,
                place=reference.place,
                state_pcodes=reference.state_pcodes,
                note=note,
                reference=reference.span,
                # "Troops stationed 5 km from a base in Laiza shelled Hpakant": where the
                # troops were
                origin=_STATIONED.search(text, max(0, m.start() - 30), m.start()) is not None,
            )
        )
    # "people from Wawan, Kumban and Lon Ja fled": each their home
    homes = _homes_listed(text, [replace(m, home=_teller_s_home(text, m)) for m in mentions])
    shifted = [
        replace(
            m,
            span=(m.span[0] + offset, m.span[1] + offset),
            reference=(m.reference[0] + offset, m.reference[1] + offset) if m.reference else None,
            office=_OFFICE_AFTER.match(text, m.span[1]) is not None,
            teller=_SOURCE_BEFORE.search(text, max(0, m.span[0] - 100), m.span[0]) is not None
            and _TELLER_END.match(text, m.span[1]) is not None,
        )
        for m in homes
    ]
    return sorted(shifted, key=lambda m: m.span)
