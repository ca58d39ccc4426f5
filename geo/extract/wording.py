"""What happened and who did it: ACLED event types and actors from a report's words.

:data:`ACTORS` maps each actor's ACLED-style name to the many names reporters use
(junta, regime, military council, SAC, Burma Army, Tatmadaw ... are all the
Military Forces of Myanmar (2021-)). :data:`TRIGGERS` maps wording to an ACLED event
type and sub-event type; when a clause has several, the first in that table wins
(an air strike that starts a clash is coded as the strike).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Final, Literal

from geo.extract._spans import Taken
from geo.extract.numbers import NUMBER_WORDS
from geo.extract.text import TITLE_ABBREVIATIONS

__all__ = [
    "ACCUSE_WORDS",
    "ACTORS",
    "AIRCRAFT",
    "ATTACKED_ONLY",
    "ATTACKED_ONLY_WORDS",
    "CHEMICAL",
    "CIVILIANS",
    "DENY_WORDS",
    "DISASTERS",
    "EXCESSIVE_FORCE",
    "FIRSTS",
    "FIRST_SINCE",
    "FLED_WORDS",
    "FORCE_WORDS",
    "GROUND",
    "GROUND_TAKEN",
    "HABITUAL_WORDS",
    "HANDOVER_WORDS",
    "HURT_BY",
    "IN_A_ROW",
    "MAY_COME_WORDS",
    "MAY_TELL_A_PROTEST",
    "MILITARY",
    "NON_VIOLENT_TRANSFER",
    "NOT_A_DEED_AFTER",
    "OTHER",
    "OVERTAKES",
    "PASSIVE_BEFORE",
    "PASSIVE_REACH_CHARS",
    "PEACEFUL_PROTEST",
    "PEOPLES",
    "PERSON_RANKS",
    "PERSON_TITLES",
    "POSTS",
    "POWER_SEIZED",
    "PROTESTERS",
    "PROTESTING",
    "PROTEST_INTERVENTION",
    "PROTEST_NOUNS",
    "RANK_WORDS",
    "REGAINS",
    "SHRAPNEL",
    "SO_FAR_WORDS",
    "SPEECH_VERBS",
    "STATE_FORCES",
    "TRIGGERS",
    "YEAR_OLD",
    "ActorMention",
    "Trigger",
    "as_planted",
    "as_shelled",
    "attacked_span",
    "being_done",
    "find_actors",
    "find_triggers",
    "ongoing",
    "quotation_spans",
    "read_bombs",
    "tells_bombs_fired",
    "tells_shelling_only",
    "without_bare_blasts",
]

MILITARY: Final = "Military Forces of Myanmar (2021-)"
POLICE: Final = "Police Forces of Myanmar (2021-)"
#: The state's armed forces: ground they take is regained, never overtaken.
STATE_FORCES: Final = frozenset({MILITARY, POLICE})
CIVILIANS: Final = "Civilians (Myanmar)"
#: ACLED's actor for people protesting; in a protest event they are actor 1.
PROTESTERS: Final = "Protesters (Myanmar)"
_APOS: Final = "['’]"

#: Words that say only that someone attacked: "attacked" a base is a clash, a church full
#: of displaced people an attack on civilians (``coding`` tells which); "stormed" too, as
#: coders code it: "troops stormed Mae Aoe village" an attack, "the KIA stormed a police
#: station" a clash (ground taken is told in words of its own: "stormed and seized").
_ATTACKED: Final = (
    r"attacked|attacking|attacks?|raided|raiding|raids?|assault(?:ed|ing|s)?|"
    r"(?:stormed|storming)(?! out\b| off\b)"
)
#: "Targeted" as a trigger: places "also targeted", "were targeted" (not "the regime is
#: targeting the border", "the villages it targeted", "targeted with online threats").
_TARGETED: Final = r"(?:(?<=were )|(?<=was )|(?<=been )|(?<=also ))targeted(?!\s+(?:with|for)\b)"
#: The words of "hit", the verb.
_HIT_WORDS: Final = ("hit", "hits", "hitting")
#: Words of an armed force's people or units: "troops", "fighters", "battalions".
FORCE_WORDS: Final = (
    r"troops|soldiers|fighters|forces|members|units?|columns?|groups?|militias?|battalions?|"
    r"brigades?|guerrillas|rebels|men|police|guards"
)
#: Who hits, named right before "hit": an armed side ("The KIA hit", "PDF fighters hit",
#: "its ally MDY-PDF hit"; not "A military truck hit", "Strong winds hit").
_HIT_BY_ARMED: Final = re.compile(
    rf"(?:\b(?i:{FORCE_WORDS}|army|junta|regime|military|alliance|PDFs?)|\b[A-Z][A-Z0-9-]*[A-Z]s?)"
    r"(?:\s*\([^()]{1,80}\))?\s+(?i:(?:also|then|again|later|reportedly|allegedly|jointly)\s+)?$"
)
#: A deed on a condition, told before it in its clause: "If the KIA hits the base".
_ON_A_CONDITION: Final = re.compile(r"\b(?:if|unless|should|whether)\b[^.;]{0,60}$", re.IGNORECASE)
#: How far before "hit" who hits and a condition are sought (characters).
_HIT_REACH: Final = 80
#: ... as a trigger's words, read whole.
ATTACKED_ONLY: Final = rf"{_ATTACKED}|targeted|{'|'.join(_HIT_WORDS)}"

#: Armed resistance named only by what it stands against: "anti-junta forces", "anti
#: regime fighters", "resistance groups" (a People's Defense Force, unless the group is
#: named beside it).
_RESISTANCE: Final = (
    r"anti[- ](?:junta|regime|military|coup) (?:armed |defen[cs]e |resistance )?"
    r"(?:forces|fighters|groups|militias|teams)|"
    # (not a people's own: "Kachin resistance forces" are its army's)
    r"(?<!Kachin )(?<!Chin )(?<!Karen )(?<!Karenni )(?<!Ta'ang )(?<!Shan )(?<!Kokang )"
    r"(?<!Arakan )(?<!Rakhine )(?<!ethnic )resistance (?:forces|fighters|groups)"
)
_RESISTANCE_RE: Final = re.compile(_RESISTANCE, re.IGNORECASE)
#: Between resistance named by what it fights and the group it is, or is told with:
#: "anti-junta forces, the KIA", "resistance groups (the PDF)", "anti-regime fighters
#: from the TNLA", "local resistance forces and the KIA", "anti-junta groups including
#: the TNLA".
_NAMED_BESIDE: Final = re.compile(
    r"\s*(?:,|\(|\s(?:of|from|led by|and|including|such as))\s*(?:including\s+)?"
    r"(?:the\s+|its\s+)?"
)
#: Who resistance fights, never what it is: the state's forces and their militia.
_NOT_RESISTANCE: Final = STATE_FORCES | {"Pyu Saw Htee Militia"}
#: ACLED-style actor name -> the patterns (regular expressions) that name it.
ACTORS: Final[dict[str, tuple[str, ...]]] = {
    MILITARY: (
        r"junta",
        r"regime",
        r"military council",
        r"State Administration Council",
        r"SAC",
        r"Burma (?i:army)",  # "the Burma army", as Kachin media write it
        # and its initials: "Burma Army (BA)", "BA and KIA fought" (not a degree's: "a BA
        # student", "her BA degree")
        r"BA(?! (?:degree|student|graduate|holder|course|programme|program)s?\b)",
        r"Myanmar (?i:military|army|armed forces)",
        r"Tatmadaw",
        r"military(?! dictatorship)",
        r"government (?:troops|soldiers|forces)",
        r"security forces",
        r"army (?:troops|soldiers|columns?)",
        # "the army launched the attack": no group's own army is named so
        r"(?-i:[Tt]he army)(?!['’]s? (?:of|chief))",
        r"Light Infantry (?:Battalion|Division)",
        r"Infantry Battalion",
        r"air force",
    ),
    POLICE: (r"police",),
    "KIA: Kachin Independence Army": (
        r"Kachin Independence Army",
        r"KIA",
        # the organisation and its army written as one, as who fights: "KIO/A", "KIO/KIA",
        # "Kachin Independence Organization/Army"
        r"KIO ?/ ?(?:KI)?A",
        r"Kachin Independence Organi[sz]ation ?/ ?Army",
    ),
    "KIO: Kachin Independence Organization": (r"Kachin Independence Organi[sz]ation", r"KIO"),
    "PDF: People's Defense Force": (
        rf"People{_APOS}?s? Defen[cs]e Forces?",
        r"PDFs?",
        r"people's defen[cs]e forces",
        # resistance named by what it fights, as coders code it: "anti-regime groups",
        # "local resistance forces" (not "revolutionary forces": the KIA's allies too)
        _RESISTANCE,
    ),
    "AA: Arakan Army": (r"Arakan Army", r"AA"),
    "TNLA: Ta'ang National Liberation Army": (
        rf"Ta{_APOS}?ang National Liberation Army",
        r"TNLA",
    ),
    "MNDAA: Myanmar National Democratic Alliance Army": (
        r"Myanmar National Democratic Alliance Army",
        r"MNDAA",
        r"Kokang army",
    ),
    "SSPP/SSA-N: Shan State Progress Party/Shan State Army-North": (
        r"Shan State Progress Party",
        r"SSPP",
        r"SSA-N",
        r"Shan State Army[- ]North",
    ),
    "RCSS/SSA-S: Restoration Council of Shan State/Shan State Army-South": (
        r"Restoration Council of Shan State",
        r"RCSS",
        r"SSA-S",
        r"Shan State Army[- ]South",
    ),
    "NUG: National Unity Government": (r"National Unity Government", r"NUG"),
    "Pyu Saw Htee Militia": (r"Pyu Saw Htee",),
}
#: Names written in lower case in running text ("junta", "people's defense forces")
#: are matched without case; the rest (acronyms such as AA, SAC) only as written.
_ACTOR_RE: Final = tuple(
    (
        name,
        re.compile(
            # (not who stands against it: "anti-regime groups", "anti-junta forces")
            rf"(?<![Aa]nti-)(?<![Aa]nti )\b(?:{pattern})(?:{_APOS}s)?\b",
            re.IGNORECASE if pattern[0].islower() else 0,
        ),
    )
    for name, patterns in ACTORS.items()
    for pattern in patterns
)


#: Verbs of telling, for a regular expression: who is named before or after one tells of
#: the event ("La Ja said", "said Daw Kyi Kyi, 42", "Hpakant residents told").
SPEECH_VERBS: Final = r"said|says|say|told|added|explained|recalled|asked|wrote|posted|reported"
#: Words of an accusation: "accused the junta of", "blamed the military for".
ACCUSE_WORDS: Final = r"accus\w+|blam\w+"


@dataclass(frozen=True)
class ActorMention:
    name: str
    span: tuple[int, int]
    text: str


@dataclass(frozen=True)
class Trigger:
    """Wording that says what happened, with the ACLED type it implies."""

    event_type: str
    sub_event_type: str
    span: tuple[int, int]
    text: str
    rank: int
    quoted: bool = False  # told in someone's quoted words (with a day of its own)


def find_actors(text: str, *, offset: int = 0) -> list[ActorMention]:
    """Every actor named in ``text``, in order; overlapping names count once."""
    found: list[ActorMention] = []
    for name, pattern in _ACTOR_RE:
        for m in pattern.finditer(text):
            found.append(ActorMention(name, (offset + m.start(), offset + m.end()), m.group(0)))
    found.sort(key=lambda a: (a.span[0], -a.span[1]))
    kept: list[ActorMention] = []
    for mention in found:
        if kept and mention.span[0] < kept[-1].span[1]:
            continue
        if (
            kept
            and mention.name not in _NOT_RESISTANCE
            and _RESISTANCE_RE.fullmatch(kept[-1].text)
            and _NAMED_BESIDE.fullmatch(text, kept[-1].span[1] - offset, mention.span[0] - offset)
        ):
            # "the anti-regime groups, the MNDAA and its allies": the group named (not
            # the side it fights: "attacked by resistance forces, the military said")
            kept.pop()
        kept.append(mention)
    return kept


#: Crewed aircraft named as such: "fighter jets", "helicopters", "gunships".
_CREWED_AIRCRAFT: Final = r"(?:fighter )?jets?|warplanes?|aircraft|helicopters?|gunships?"
#: Aircraft named as such (not "an airstrike"): what strikes, or carries people.
_AIRCRAFT_WORDS: Final = (
    rf"(?:{_CREWED_AIRCRAFT}|drones?"
    # (motorised paragliders that drop bombs: "a junta paramotor bombed the village"; not
    # "paragliders at the festival")
    r"|paramotors?|(?:powered|motori[sz]ed) paragliders?"
    r"|air ?planes?|aeroplanes?|(?:military|junta|regime|army|fighter|war|jet) planes?)"
)
#: Not a gas's: a tear gas's, or a chemical weapon's (read by :data:`CHEMICAL`), before
#: bombs or shells ("tear gas shells", "teargas bombs", "poison gas shells").
_NOT_GAS: Final = r"(?<!gas )(?<!gas-)"
#: Not tear gas, before "gas": "tear gas bombs", "tear-gas shells".
_NOT_TEAR: Final = r"(?<!tear )(?<!tear-)"
#: Words of what strikes from the air: air strikes, the air force, aircraft (not seen
#: flying, nor carrying people).
_FROM_THE_AIR: Final = (
    r"air ?strikes?|air-strikes?|air raids?|air attacks?|air assaults?|"
    # "the air force launched attacks on the towns", not "an Air Force base"
    r"air ?force(?!\s+(?:bases?|officers?|chief|commander|pilots?|personnel|academy|"
    r"headquarters|airfield))|"
    r"aerial (?:bombings?|bombardments?|attacks?|strikes?)|"
    # "hit by aerial munitions" (not munitions found: "aerial munitions were found")
    r"aerial munitions?(?! (?:had been|have been|were|was) (?:found|discovered|recovered))|"
    # "attacked from the air", "bombed from the air", "attacked the township by air" (not
    # across words of what came by air: "attacked the outpost that is resupplied by air")
    r"(?:attack(?:ed|s|ing)?|struck|hit|bombed) "
    r"(?:(?!(?:that|which|who|whom|sent|supplied|resupplied|arrived|carried|flown|"
    r"brought)\b)[\w'’-]+ ){0,6}?(?:from the|by) air\b"
    r"(?!\s*(?:base|field|port|strip))"
    rf"|{_AIRCRAFT_WORDS}"
    # aircraft seen or heard overhead strike nothing: "aircraft flying over Hsipaw"
    # a unit that flies them strikes nothing by its name: "the Moetar Lay Drone unit"
    # (unless it strikes: "PDF drone units attacked a junta outpost")
    r"(?!\s+(?:units?|teams?|squads?|sections?|wings?)\b"
    r"(?!\s+(?:[\w'’-]+\s+){0,2}?(?:attacked|struck|bombed|hit|fired|dropped|targeted|"
    r"launched|shelled|raided)\b))"
    r"(?!\s+(?:[a-z]+ly\s+)?(?:(?:were|was|are|is|kept|have been|had been)\s+(?:[a-z]+ly\s+)?)?"
    r"(?:flying|flew|fly|flies|"
    r"hovering|hovered|circling|circled|seen|spotted|heard|patrolling|overhead|"
    # nor aircraft that carry troops: "helicopters carried soldiers to Hpakant", "a
    # helicopter reportedly carried his body away" (not "a drone took out a tank")
    r"carried(?! out)|carrying(?! out)|ferried|ferrying|transported|transporting|brought|landed|"
    r"delivered|evacuated|airlifted|airlifting|pick(?:ed|ing)? up|dropp(?:ed|ing) off|"
    r"drops? off|"
    # "helicopters came to drop off troops", "used helicopters to bring in reinforcements"
    r"(?:came |come |coming )?to (?:drop off|bring|carry|ferry|transport|deliver|land|"
    r"pick up|evacuate|resupply|supply))\b"
    # ... unless they fire too: "a helicopter dropping off troops fired on houses"
    r"(?![^.;]{0,100}?\b(?:fired|firing|opened fire|strafed|shot|bombed|attacked)\b))"
)
#: A lookahead, after a deed's noun: no word follows that makes the noun name a body or a
#: place, not the deed ("the Kale People's Strike Committee", "the strike leaders", "the
#: fire department", "the fire station"; not "a strike campaign", which is one).
NOT_A_DEED_AFTER: Final = (
    r"(?![\s-]+(?:committees?|leaders?|organi[sz]ers?|movements?|departments?|services?|"
    r"stations?)\b)"
)
#: A strike of work or protest, named by the word before it: "a general strike", "went on
#: strike", "a hunger-strike", "staged a strike" (a lookbehind for each: fixed widths).
_WORK_STRIKE_BEFORE: Final = "".join(
    f"(?<!{word}{gap})"
    for word in (
        "general",
        "hunger",
        "silent",
        "labor",
        "labour",
        "nationwide",
        "flash",
        "flower",
        "workers['’]",
        "went on",
        "go on",
        "goes on",
        "going on",
        "staged a",
        "held a",
        "joined a",
        "joined the",
    )
    for gap in (" ", "-")
)
#: Fire opened on someone: "opened fire on", "opening fire at".
_OPEN_FIRE: Final = r"open(?:ed|ing)? fire (?:on|at|in|into)"
#: Words of what bombs from the air, and words of bombing or striking of no kind of
#: their own (a bomb may be dropped, planted or thrown; "struck" may be a ground attack).
_AIR: Final = (
    _FROM_THE_AIR
    # (not a crowd's: "attacked protesters with teargas and stun bombs")
    + rf"|bombed|bombing|(?<!stun )(?<!sound )(?<!smoke ){_NOT_GAS}bombs?"
    + r"|strikes?|struck"
)
#: Casualty verbs told before what did it: "wounded by", "killed by", "died from".
HURT_BY: Final = r"injured|wounded|hurt|killed|hit|struck|maimed|died"
_SHELL: Final = (
    # (not a gas's: "fired tear gas shells", :data:`_NOT_GAS`)
    rf"{_NOT_GAS}shell(?:ed|ing|s)?|"
    r"artillery(?! (?:battalion|regiment|unit|division|command|school|"
    r"base|camp|company|brigade)s?\b)|howitzers?|shellfire|"
    r"(?:mortar|rocket|missile)(?: attacks?| strikes?| fire| barrages?)|"
    rf"fired (?:\w+ )?{_NOT_GAS}(?:mortars?|rockets?|missiles?|shells?)|"
    # heavy weapons fired, not moved or taken: "firing heavy weapons", "heavy weapon shells"
    r"(?:fir(?:ed|ing|es)|shot|launched|using|used) (?:\w+ )?(?:heavy (?:weapons?|guns?)|"
    r"big guns)|heavy[- ](?:weapons?|guns?)[- ](?:fires?|firing|shells?|rounds?|attacks?|"
    r"bombardments?)|"
    # told from where it landed: "a heavy weapon fired by the military council",
    # "another large weapon fell in the town"
    r"(?:heavy|large|big) (?:weapons?|guns?) (?:(?:was|were|being|also) )?fired|"
    r"(?:heavy|large|big) weapons? (?:(?:also|then|later) )?"
    r"(?:fell|landed|exploded|struck|hit|hits|falls|lands)\b|"
    r"(?:mortar|artillery) bombardments?|"
    # fired at a place with them: "fired indiscriminately into the town with heavy
    # weapons" (not "attacked the outpost held by troops armed with heavy weapons", nor
    # people fired on: "fired on the crowd with heavy weapons", an attack on them)
    r"(?:fir(?:ed|ing|es)(?: indiscriminately)? (?:into|at|on)|pound(?:ed|ing|s)) "
    r"(?!(?:the |a )?(?:crowds?|villagers|civilians|people|residents|protesters|"
    r"demonstrators)\b)(?:[\w'’-]+ ){0,5}?"
    r"with (?:\w+ )?(?:heavy (?:weapons?|weaponry|guns?|artillery)|big guns)|"
    # what people were hurt by: "injured by regime heavy weapons", "the continuous firing
    # of heavy weaponry" (not "troops backed by heavy weapons", "displaced by ...")
    r"fir(?:ing|e) of heavy (?:weapons?|weaponry|guns?)|"
    rf"(?:{HURT_BY})(?: [\w'’-]+){{0,4}}? by (?:the )?(?:[\w'’-]+ ){{0,4}}?heavy "
    r"(?:weapons?|weaponry|guns?)"
)
#: People hurt "by shrapnel": shelling, unless the event before was of another kind
#: (bombs dropped from the air scatter shrapnel too).
SHRAPNEL: Final = rf"(?:{HURT_BY})(?: [\w'’-]+){{0,4}}? (?:by|from) (?:[\w'’-]+ ){{0,3}}?shrapnel"
#: Words before aircraft that carried people or things: "brought to the area by five
#: helicopters" (as after them: "helicopters carried soldiers").
_CARRIED_BY: Final = re.compile(
    r"\b(?:brought|carried|ferried|flown|transported|airlifted|dropped|landed|delivered|"
    r"evacuated|deployed|sent)\b(?:(?!\bby\b)[^.;,]){0,40}\bby\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
#: Aircraft named as such ("jets", "drones"): a noun, no deed of its own.
AIRCRAFT: Final = re.compile(_AIRCRAFT_WORDS, re.IGNORECASE)
#: An armed side's posts: "a junta outpost", "its positions", "the battalion's headquarters".
POSTS: Final = (
    r"camps?|bases?|outposts?|posts?|positions?|checkpoints?|battalions?|headquarters|"
    r"garrisons?"
)
#: "Hit" as an attack: only with a post or force of an armed side as what was hit ("hit
#: three administrative offices of the junta", "hitting the police station"; not "hit
#: a landmine", "hit hard by the floods", "the shell hit a house").
_HIT_A_POST: Final = (
    rf"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?:{'|'.join(_HIT_WORDS)})"
    r"(?= (?:(?:the|a|an|its|their|two|three|four|five|several|junta|regime|military|army|"
    r"enemy|administrative|township|security|police|[\w-]+['’]s) ){0,3}"
    rf"(?:offices?|police stations?|stations?|{POSTS}|convoys?|columns?|"
    r"troops|soldiers|forces|patrols?)\b(?!['’]))"
)
#: Words of ground a side holds or is fought over, beside :data:`POSTS`: "(the) villages
#: (of)", "(retake) the town", "township", "ward", "hill".
GROUND: Final = (
    r"villages?|village\s+tracts?|towns?|townships?|cit(?:y|ies)|wards?|districts?|regions?|"
    r"areas?|hills?|hilltops?"
)


def _ground_named(reach: int) -> str:
    """Ground named after a verb of taking it, or after "control of", within ``reach``
    words: "(retake) Mansi", "(capture) the junta's base", "(regain) control of the town",
    "(took control of) the junta's nearby Nam Tein military camp" (not "capture images",
    "regain public support", "(gained control of) the jade trade")."""
    return (
        r"\s+(?:back\s+)?(?:(?:full\s+)?control\s+of\s+)?"
        r"(?:(?:the|a|an|its|their|two|three|four|five|several)\s+)?"
        r"(?:(?:junta|regime|military|army|enemy|SAC|KIA|TNLA|MNDAA|AA|PDF|[\w-]+['’]s)\s+)?"
        rf"(?:(?-i:[A-Z0-9])|(?:[\w'’-]+\s+){{0,{reach}}}?(?:{POSTS}|{GROUND}|places|"
        r"locations|sites?|territory|ground|roads?|highways?|bridges?)\b)"
    )


#: Ground taken, by whom: the state's forces regain it, anyone else overtakes it.
OVERTAKES: Final = "Non-state actor overtakes territory"
REGAINS: Final = "Government regains territory"
#: Ground that changed hands with no fighting (ACLED's strategic development).
NON_VIOLENT_TRANSFER: Final = "Non-violent transfer of territory"
#: Ground taken, by either side.
GROUND_TAKEN: Final = frozenset({OVERTAKES, REGAINS})
#: How wholly ground came under a side's control: "came fully under", "brought wholly under".
_WHOLLY: Final = r"(?:(?:fully|wholly|entirely|completely) )?"
#: How full a side's control of ground is: "under the full control of", "effective control".
_FULL: Final = r"(?:(?:full|complete|total|effective|overall)\s+)?"
#: Who met a foe, named right before the word of meeting ("KIA troops encountered", "the
#: Kokang army also confronted"): an armed side, its acronyms as written (not a word
#: ending "aa"), an army named (not "the army", the end of "whose son was conscripted
#: into the army"). Each is a lookbehind of its own, of fixed width.
_MET_BY: Final = (
    "(?:"
    + "|".join(
        ("(?<!the army )" if word == "army" else "") + f"(?<={word} )"
        for word in (
            "troops",
            "soldiers",
            "forces",
            "fighters",
            "column",
            "patrol",
            "members",
            "army",
            "(?-i:KIA)",
            "(?-i:PDF)",
            "(?-i:PDFs)",
            "(?-i:TNLA)",
            "(?-i:MNDAA)",
            "(?-i:AA)",
        )
    )
    + ")"
)
#: An armed side named before "control": "came under KIA control", "junta control".
_SIDE_WORDS: Final = (
    r"(?-i:KIA|KIO|TNLA|MNDAA|AA|SSPP|RCSS|PDFs?|KNU|BGF)|junta|military|regime|army|"
    r"Tatmadaw|resistance|rebel|(?:[\w'’-]+ )?(?:joint|allied) forces?"
)


#: Words after "took" that begin no post or ground taken: "took them to the base", "took
#: part", "took refuge in two towns".
_NOT_TAKEN: Final = (
    r"(?:to|into|from|back|in|at|on|of|and|up|part|refuge|shelter|place|them|him|her)\b"
)
#: Words that make a deed the first, or the most, of its kind since a time: they compare it
#: with those since and tell no span ("the deadliest since the coup", "the first clashes
#: in the area since January"; not "the west", "most of them").
FIRSTS: Final = (
    r"first|only|latest|heaviest|worst|deadliest|bloodiest|biggest|largest|fiercest|highest|"
    r"greatest|longest|strongest|most (?!of\b)\w+"
)
#: A deed told as the first, or the most, of its kind since a time: "deadliest clashes in
#: the area since", "first (strike) since" (the fragment for a regular expression, after a
#: word boundary).
FIRST_SINCE: Final = rf"(?:{FIRSTS})\b[^.;]{{0,60}}?\bsince\b"
#: Power seized, as reports tell the coup: "took power", "seizing back power".
POWER_SEIZED: Final = (
    r"(?:seized|seize|seizing|took|take|taking|grabbed|grab|grabbing)\s+(?:back\s+)?power"
)
#: Military ranks that name a person alone: "a captain was killed", "Sergeant Aung".
PERSON_RANKS: Final = ("colonel", "captain", "lieutenant", "sergeant", "corporal")
#: Military ranks, as titles before a name ("Colonel Zaw", "Major Win"); major, general
#: and brigadier name no person alone ("a major offensive", "the general public").
RANK_WORDS: Final = (*PERSON_RANKS, "major", "general", "brigadier")
#: Titles before a person's name: "Daw Hkawn", "Ko Min Min" (a person, no post).
PERSON_TITLES: Final = (
    r"(?-i:U|Daw|Ko|Maung|Mg|Naw|Saw|Mahn|Khun|Sai|Nang|Ma|Mr|Mrs|Ms|"
    # a calling or a rank before a name: "Pastor Nammye", "Rev. Hkalam Samson", "Col. Zaw"
    # (a short title with its full stop or none)
    rf"(?:{TITLE_ABBREVIATIONS})\.?|Pastor|Reverend|Sayadaw|"
    + "|".join(rank.capitalize() for rank in RANK_WORDS)
    + ")"
)
#: An age told as a word before a noun or a name: "39-year-old", "five-year-old".
YEAR_OLD: Final = r"(?:\d{1,3}|[a-z]{3,12})-year[- ]old"
#: A killing told by how, "to death", with whom between: "beat 39-year-old Thein Tan to
#: death", "tortured them to death", "was hacked to death" (an attack's deed, and its dead).
_TO_DEATH: Final = (
    r"(?:beat(?:en)?|tortured|stabbed|hacked|clubbed|bludgeoned) (?:[\w'’-]+ ){0,4}?to death"
)
#: People or things right after "seized" or "captured": they were taken, no ground was.
_PEOPLE_AFTER: Final = (
    # (not who did it: "was seized by junta troops")
    r"\s+(?:(?!by\b)[\w'’]+\s+){0,2}(?:villagers|civilians|people|men|women|residents|everyone|others|"
    r"patients|prisoners|hostages|captives|soldiers|troops|officers|policemen|personnel|"
    r"him|her|them|children|youths|students|farmers|passengers|a man|a woman|"
    r"livestock|cattle|cows|buffalo(?:es)?|pigs|goods|property|belongings|valuables|money|"
    r"cash|rice|food|weapons|arms|ammunition|guns|rifles|phones|vehicles|trucks|cars|"
    r"motorbikes|motorcycles|jade|gold|documents|drugs|power|the government|office|"
    r"the country)\b(?!['’])"  # not "troops' last base": a possessive
)
#: After people seized: what is theirs, or what they carried, makes them no one abducted
#: ("seized villagers' cattle", "seized villagers cattle", "seized passengers carrying
#: drugs").
_NOT_THEIRS: Final = (
    r"(?!['’]|\s+(?:cattle|livestock|land|farmland|houses?|homes?|property|crops|rice|food|"
    r"goods|belongings|phones?|money|motorbikes?|vehicles?|carrying|smuggling|without|"
    r"with)\b)"
)
#: People counted after "seized" or "captured": they were abducted ("seized three
#: civilians from the village"; not "seized villagers' cattle", nor soldiers taken in
#: battle).
_PEOPLE_SEIZED: Final = (
    r"(?:(?:at least|about|around|some|more than|over|nearly|almost) )?"
    r"(?:\d+|an?|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens of) "
    # (the words between describe them: not "two outposts guarding villagers", "two boats
    # carrying passengers")
    r"(?:(?!(?:outposts?|posts?|camps?|bases?|boats?|vehicles?|trucks?|cars?|acres?|"
    r"guarding|carrying|from|for|of|with)\b)[\w-]+ ){0,2}?"
    r"(?:villagers|civilians|residents|people|men|women|youths|farmers|"
    r"passengers|children|boys|girls|teenagers|monks|villager|civilian|man|woman|youth|"
    rf"farmer|boy|girl)\b{_NOT_THEIRS}"
)
#: People of no side seized, uncounted: "(seized) residents", "(seized) the villagers".
_PEOPLE_SEIZED_UNCOUNTED: Final = (
    r"(?:(?:the|local|some|more|other) )?(?:villagers|civilians|residents|youths|passengers|"
    rf"farmers|students|displaced people|IDPs)\b{_NOT_THEIRS}"
)
#: A town handed over with no fight, as a report names the thing handed: "the handover of
#: Lashio", "the hand-over" (see also :mod:`geo.extract.coding`, where it says ground
#: changed hands without fighting).
HANDOVER_WORDS: Final = r"hand-?overs?"
#: Words of ground handed over: a settlement or a capital ("handed over control of Mogok
#: town", "the handover of the northern Shan State capital").
_HANDED_GROUND: Final = r"towns?|cit(?:y|ies)|capital|townships?|urban areas?"
#: Where the words of ground handed over end: they name no building of the town ("the
#: township hospital").
_GROUND_ENDS: Final = r"(?=\s*[,.;:]|\s*$|\s+(?:to|of|on|in|at|and|from|back|after|as|was|were)\b)"
#: Peoples and countries, named by capitalised words that are no place of their own
#: ("Kachin", "Chinese", "Ta'ang"), in lower case.
PEOPLES: Final = (
    "myanmar",
    "burma",
    "burmese",
    "bamar",
    "kachin",
    "shan",
    "chin",
    "karen",
    "kayin",
    "wa",
    "kokang",
    "ta'ang",
    "palaung",
    "lisu",
    "rawang",
    "rohingya",
    "china",
    "chinese",
    "thai",
    "thailand",
    "india",
    "indian",
    "bangladeshi",
)
#: Peoples, not places, after "the handover of": "the handover of Chinese scam workers".
_DEMONYMS: Final = "|".join(p.replace("'", "['’]") for p in PEOPLES)
#: The state's side a town is handed to: "handed over Lashio to the junta".
_THE_STATE: Final = r"junta|regime|military|army|government"
#: What "combat" names before it when no fight is told: "intense combat training", "heavy
#: combat vehicles", "combat aircraft".
_COMBAT_THINGS: Final = (
    r"training|drills?|exercises?|vehicles?|aircraft|units?|troops|gear|equipment|"
    r"uniforms?|boots|helicopters?|jets?|experience|zones?|readiness|skills?"
)
#: Words of an aircraft brought down, before it: "shot down", "brought down", "downed".
_DOWNED: Final = r"(?:shot|shoots?|shooting|brought|brings?|bringing) down|downed"
#: How many words may come between "shot down" and the aircraft: "brought down two of the
#: three military council helicopters".
_AIRCRAFT_REACH: Final = 6
#: How far before an aircraft the words that brought it down are read (up to
#: :data:`_AIRCRAFT_REACH` words between).
_DOWNED_REACH: Final = 160
#: Words between "shot down" and the aircraft: "two of the regime's transport helicopters"
#: (not people: "shot down three fleeing villagers as helicopters hovered").
_BEFORE_AIRCRAFT: Final = (
    r"(?!(?:villagers?|civilians?|people|persons?|men|women|children|residents?|soldiers?|"
    r"troops|fighters|members|youths?|monks?|students?|teachers?|farmers?|as|while|when|"
    r"that|which|who|after|before)\b)[\w'’-]+"
)
#: People who are no side of a fight, shot: "villagers", "a woman".
_SHOT_NOUNS: Final = (
    r"man|men|woman|women|villagers?|civilians?|residents?|boys?|girls?|child(?:ren)?|"
    r"teenagers?|youths?|farmers?|monks?|people|persons?|students?|motorcyclists?|"
    r"drivers?|workers?|passengers?|protesters?|demonstrators?"
)
#: People shot, after "shot": "a man in his 40s", "two innocent villagers", "a
#: 15-year-old boy" (not fighters or soldiers, who are shot in fighting).
_SHOT_PEOPLE: Final = (
    r"(?:at\s+)?(?:(?:a group of|dozens of|scores of)\s+)?"
    r"(?:(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}|several|"
    r"some|his|her|their|elderly|old|pregnant|innocent|unarmed|young|local|"
    r"\w+[- ]year[- ]old)\s+){0,3}"
    rf"(?:{_SHOT_NOUNS})\b"
    # (not men of an armed side: "shot two men from the junta's militia")
    r"(?!\s+(?:from|of|belonging to)\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}?"
    r"(?:militia|army|military|junta|forces?|battalion|PDF|KIA|TNLA|MNDAA|police)\b)"
)
#: An aircraft told as brought down, in the passive: "(a helicopter) was shot down".
_SHOT_DOWN_PASSIVE: Final = r"(?:was|were|had been|has been|have been)\s+(?:shot|brought)\s+down"
#: The sub-event type of news of no armed deed (a visit, a statement, a meeting).
OTHER: Final = "Other"
#: An explosive device, as a mine's trigger names it, and how far from it the aircraft
#: that dropped it is sought ("a drone dropped an explosive device").
_DEVICE_WORDS: Final = r"explosive devices?"
_DEVICE_REACH: Final = 60
#: An explosion told as an incident, with no word of what went off: "two explosions
#: happened in the home of a retired soldier", "a blast rocked the police station" (not
#: one heard: "the sound of explosions", "blasts were heard all night"; nor an accident or
#: a grenade: "a gas explosion", "the blast was caused by a leaking tank", "an explosion at
#: a munitions factory"). Read so only where nothing else is told (:func:`without_bare_blasts`).
_BLAST_WORDS: Final = r"explosions?|blasts?"
_BLAST_TOLD: Final = (
    r"(?<!sound of )(?<!sounds of )(?<!gas )(?<!grenade )(?<!transformer )(?<!boiler )"
    r"(?<!cylinder )(?<!fuel )(?<!and )"
    rf"(?:{_BLAST_WORDS})"
    r"(?=\s+(?:happened|occurred|took place|went off|rocked|hit|struck|ripped|tore|shook|"
    r"at|in|near|outside|inside)\b)(?![^.;]{0,60}\b(?:heard|sounds?)\b)"
    r"(?![^.;]{0,80}\b(?:caused by|accident\w*|leak\w*|gas|factory|depot|miners?|grenades?)\b)"
)
#: Aircraft named by their models: "two Mi-35s", "a Yak-130", "K-8 jets".
_AIRCRAFT_MODELS: Final = r"Mi-?(?:8|17|24|35)s?|Yak-?130s?|K-?8s?|Y-?12s?|MiG-?\d+s?|Su-?30s?"
#: Words of a thing that explodes going off.
_WENT_OFF_WORDS: Final = (
    r"blew up|blown up|exploded|explodes|went off|goes off|gone off|detonated|blasted"
)
#: The sub-event type of a mine's blast, and of what was left, laid or being made safe
#: that went off, as ACLED codes unexploded ordnance.
_MINE_BLAST: Final = "Remote explosive/landmine/IED"
#: Words of what a deed was done with, before it: "attacked the column with landmines",
#: "backed by helicopter gunships".
_MEANS_WORDS: Final = r"with|using|backed by|supported by"
#: The sub-event type of a chemical weapon used, whatever carried it.
CHEMICAL: Final = "Chemical weapon"
#: The sub-event type of a grenade thrown or gone off.
GRENADE: Final = "Grenade"
#: The sub-event types of a protest (actor 1 the protesters): with no force used on it;
#: with force used on it that neither killed nor was an attack (tear gas, a protest broken
#: up, arrests); with protesters killed or attacked ("opened fire on protesters"). Which
#: one an event is: ``coding``.
PEACEFUL_PROTEST: Final = "Peaceful protest"
PROTEST_INTERVENTION: Final = "Protest with intervention"
EXCESSIVE_FORCE: Final = "Excessive force against protesters"
#: Words of a protest, the gathering: "protests", "a rally", "a candlelight vigil", "a
#: peaceful procession" (the walk only in lower case: not the month, nor a parade's "march
#: past"; a procession only told as a protest: not a funeral's).
PROTEST_NOUNS: Final = (
    r"protests?|demonstrations?|rall(?:y|ies)|(?-i:march(?:es)?)(?! past\b)|sit-ins?|vigils?|"
    r"motorcades?|flash[- ]mobs?|(?:(?<=peaceful )|(?<=protest ))processions?"
)
#: Words for people protesting, one or many: "protesters", "a demonstrator" (each pattern
#: that reads them adds its own: "marchers", "strikers").
PROTESTING: Final = r"protesters?|protestors?|demonstrators?"
#: ... with those marching (lower case: never the month).
_PROTESTING_PEOPLE: Final = rf"{PROTESTING}|(?-i:marchers)"
#: How far after a march the words that make it a protest are sought ("marched through
#: the town for an hour, chanting slogans"), and how far after a rally those that make it
#: a celebration ("held a rally in Laiza on Tuesday to mark its anniversary").
_PROTEST_CUE_REACH_CHARS: Final = 80
#: Words between a verb and the protest it tells, naming its kind ("staged a peaceful
#: anti-coup protest"; not across what else was done: "launched a crackdown on protests").
_PROTEST_KIND: Final = (
    r"(?:an?\s+|the\s+|their\s+|another\s+|(?:two|three|several|\d+)\s+)?"
    r"(?:(?!(?:on|against|of|to|for|at|in|into|near|by|with|from|and|or|but)\b)[\w-]+\s+){0,3}?"
)
#: What a protest is against or for, or what marchers carry, told after the march: "marched
#: through the town against the coup", "marched carrying banners" (troops march too).
_PROTEST_CUES: Final = (
    r"against|to protest|in protest|calling for|demanding|chanting|slogans?|banners?|"
    r"placards?|posters?|three-finger|dictatorship|military rule"
)
#: What a gathering is held for when it is no protest: a celebration ("to mark the KIO's
#: anniversary", "marking 61 years since its founding").
_CELEBRATED: Final = r"anniversary|ceremony|celebrat\w*|to mark|marking|founding"
#: Who march or rally as armed forces, right before the verb: "troops marched into the
#: village", "Government troops rallied in Bhamo" (no protest).
_NOT_PROTESTERS_BEFORE: Final = (
    r"(?<!troops )(?<!soldiers )(?<!column )(?<!columns )(?<!forces )(?<!army )"
    r"(?<!battalion )(?<!battalions )(?<!police )(?<!policemen )(?<!militia )(?<!fighters )"
)
#: Force used on a protest short of killing, its weapons: "tear gas", "water cannon".
_CROWD_WEAPONS: Final = (
    r"tear[- ]?gas|water[- ]?cannons?|rubber bullets|(?:sound|stun|smoke) (?:bombs?|grenades?)"
)
#: The commonest words of people protesting ("a protest", "rallied", "marched", "took to
#: the streets"): what a short text is searched for before it is read for a protest told in
#: it, where reading is dear (``coding``: a protest told before an attack on it).
MAY_TELL_A_PROTEST: Final = re.compile(
    r"protest|demonstrat|rall(?:y|ie)|march|vigil|sit-in|streets|procession", re.IGNORECASE
)
#: ... which are force on a protest only with a crowd or a protest told near them (not
#: "troops used smoke grenades to cover their retreat", "tear gas in a training exercise").
_CROWD_WEAPON: Final = re.compile(_CROWD_WEAPONS, re.IGNORECASE)
_CROWD_NEAR: Final = re.compile(
    rf"\b(?:{PROTEST_NOUNS}|{_PROTESTING_PEOPLE}|crowds?|gatherings?|strikers|"
    r"dispers\w*|protest\w*)\b",
    re.IGNORECASE,
)
#: How far each side of those weapons the crowd is sought (characters): the sentence
#: around them ("they had joined a protest when the police opened up with stun grenades").
_CROWD_REACH_CHARS: Final = 150
#: (event type, sub-event type, wording), most telling first.
TRIGGERS: Final[tuple[tuple[str, str, str], ...]] = (
    (
        # "fired three chemical bombs", "aerial attacks using 11 chemical bombs", "Toxic Gas
        # Bombs", "poisonous bombs" (a chemical weapon, whatever carried it, as ACLED codes
        # it; not a ban or a treaty: "the agreement on chemical weapons", "the Chemical
        # Weapons Convention", "the Prohibition of Chemical Weapons", "the treaty banning
        # chemical weapons", "chemical weapons experts said", nor a use only named:
        # "its use of chemical weapons violates", "accused the regime of chemical weapons
        # use"; nor tear gas)
        "Explosions/Remote violence",
        CHEMICAL,
        rf"(?<!\bof )(?<!\bon )(?<!\bagainst )(?<!\bbanning )(?<!\bprohibiting ){_NOT_TEAR}"
        r"(?:chemical|poison(?:ous)?(?: gas)?|toxic gas|gas) (?:bombs?|weapons?|shells?|munitions|"
        r"rounds|attacks?)(?! (?:convention|agreement|ban|treaty|programme|program|use|experts?|"
        r"inspectors?|allegations?|investigations?|stockpiles?)\b)",
    ),
    (
        # a grenade thrown, or told by what it did: "threw a hand grenade into the school
        # compound", "a grenade attack on the police post", "the grenade exploded near the
        # gate" (not one a drone dropped: the drone's strike, see read_triggers)
        "Explosions/Remote violence",
        GRENADE,
        r"(?:threw|thrown|throwing|throws|hurled|hurling|lobbed|tossed)\s+"
        r"(?:[\w'’-]+\s+){0,3}?(?:hand[- ])?grenades?|"
        rf"(?:hand[- ])?grenades? (?:attacks?|blasts?|explosions?|{_WENT_OFF_WORDS})\b",
    ),
    (
        "Explosions/Remote violence",
        _MINE_BLAST,
        rf"land ?mines?|mine (?:{_BLAST_WORDS})|IEDs?|roadside bombs?|improvised explosive|"
        # "a mine exploded", "stepped on a mine" (a mine that went off, not one dug for
        # jade, "explosives stored at a jade mine detonated", nor a friend "of mine"; nor
        # the mine told before: "the mine blew up, wounding both")
        r"(?<!\bthe )(?<!\bthat )(?<!\bof )(?<!\bjade )(?<!\bgold )(?<!\bcoal )(?<!\bruby )"
        rf"(?<!\bamber )mines? (?:{_WENT_OFF_WORDS})\b|"
        r"(?:stepped|stepping|trod|treading) on (?:a |an )?mines?|"
        r"(?:rope|trip-?wire|anti-?personnel|anti-?tank|claymore|homemade|home-made) mines?|"
        r"(?:laid|planted|placed)\s+(?:(?:an?|the|two|three|several|\d+)\s+)?"
        r"(?:bombs?|explosives?|mines?)|"
        # "detonated mines on the column", "explosives planted by the PDF hit troops"
        # (not mines cleared: "detonated mines found near the school in a controlled
        # explosion")
        r"(?:detonated|set off)\s+(?:(?:an?|the|two|three|several|\d+)\s+)?"
        r"(?:bombs?|explosives?|mines?)(?![^.;]{0,80}\b(?:controlled (?:explosion|detonation)|"
        r"defused|cleared|disposed|disposal)\b)|"
        r"(?:explosives?|mines?|bombs?|devices?),? planted by|"
        r"(?:time|parcel|car|motorbike|motorcycle|hand-?made|homemade|home-made) bombs?|"
        # "an improvised mine exploded", "triggered an explosive device" (not a drone's:
        # "explosive devices dropped by drones"; nor told after one, see read_triggers)
        rf"improvised mines?|{_DEVICE_WORDS}(?![^.;]{{0,{_DEVICE_REACH}}}\b(?:dropped|drones?)\b)|"
        rf"{_BLAST_TOLD}",
    ),
    (
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
        r"mortar (?:bombs?|shells?|rounds?)|artillery (?:shells?|rounds?|fire)|projectiles?|"
        # a mortar's, a gun's or a launcher's calibre, with what it fires: "fired two 105mm
        # rounds", "three 60 mm mortar shells" (not a rifle's, "7.62mm rounds", nor "120 mm
        # of rain", "a 105 mm lens")
        r"(?<![\d.])(?:60|81|82|105|107|120|122|130|152|155|240) ?-?mm\b"
        r"(?: [\w-]+)?? (?:rounds?|shells?|mortars?|artillery|howitzers?|rockets?|missiles?|"
        r"projectiles?)\b|"
        # a rocket told by what it did, or left unexploded: "a rocket killed one person",
        # "an unexploded rocket" (:func:`_left_behind` tells whether it went off)
        r"(?:rockets?|missiles?) (?:fell|landed|exploded|blew up|struck|hit|came down|went off)|"
        rf"(?:rockets?|missiles?)(?= (?:{HURT_BY})\b)|"
        r"(?:(?<=unexploded )|(?<=undetonated ))(?:rockets?|missiles?)",
    ),
    (
        "Battles",
        "Government regains territory",
        r"(?:recaptured|retook|regained|retaken|recapture|retake|regain)",
    ),
    (
        "Battles",
        "Non-state actor overtakes territory",
        rf"(?:seiz(?:ed|ing|es|e|ure|ures)|captur(?:ed|ing|es|e))(?!{_PEOPLE_AFTER})"
        rf"(?! {_PEOPLE_SEIZED})|"
        r"overr(?:an|un|unning)|"
        # "took full control of", "seized control of", "secured control of" ground, named
        # or told by its kind (back: the state's, read by who took it; not "gained control
        # of the jade trade", "took complete control of the government")
        r"(?:took|taken|gained|secured|assumed|wrested)\s+(?:back\s+)?"
        rf"{_FULL}control (?:of|over)\b"
        rf"(?={_ground_named(6)})|"
        r"took over|overtook|fell to|"
        # "the BGF base fell on Friday", "the town fell into the hands of the TNLA": a post
        # or ground fallen (:data:`_FALLEN`), told with when, or whose hands it fell into
        # (not "shells fell on", "the town fell silent", "fell back", "Kanpaiti fell",
        # whose subject may be anything capitalised)
        r"fell (?:back )?into (?:the )?hands of|fell under (?:the )?control of|"
        # ground that came under a side's control, named: "Namtu Township came under the
        # control of the TNLA on 28 December", "the town came fully under KIA control" (not
        # "came under attack", "came under tight control"; what came so is read by
        # :data:`_CAME_UNDER_GROUND`); ground brought or taken so, named or told by its
        # kind: "brought Momauk fully under its control", "took Hsipaw town under effective
        # control" (not "brought the fire under control", "is bringing the area under its
        # control"); held again: "they were back in control of the town on Saturday" (not
        # "is back in control", "has come under": a state; nor a civil body's: "the
        # control of the NUG administration")
        rf"(?<!has )(?<!have )(?:came|come) {_WHOLLY}(?:back )?under (?:(?:the )?{_FULL}control "
        r"(?:of|by)\b(?!\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}administration)|"
        rf"(?:{_SIDE_WORDS}) control\b)|"
        r"(?:brought|bring|took|taken) (?:(?:the|a|an|its|their) )?(?:(?:[\w'’-]+ ){0,2}?"
        rf"(?:{POSTS}|{GROUND})|(?-i:[A-Z][\w'’-]*)(?: (?-i:[A-Z][\w'’-]*)){{0,2}}"
        rf"(?: (?:town|village|township|city))?) {_WHOLLY}(?:back )?under (?:its|their|the|our)? ?"
        rf"{_FULL}(?:(?:{_SIDE_WORDS}) )?control\b|"
        rf"(?:was|were|had been) back in {_FULL}control (?:of|over)\b(?={_ground_named(6)})|"
        r"fell(?=\s*[,.;]|\s+(?:on|in|at|last|yesterday|today|this|overnight|after|following|"
        r"within|early|late|\d)\b)|"
        r"occup(?:ied|y|ying) (?:the |a |an |two |three |four |several )?(?:\w+ ){0,3}?"
        r"(?:bases?|outposts?|camps?|positions?|posts?(?! office)|towns?|villages?|hills?|"
        r"hilltops?|checkpoints?|stations?|headquarters|ward|township)\b|"
        # "cleared a junta camp", not "cleared the camp of landmines"
        r"(?:cleared|overwhelmed) (?:the |a |an |two |three )?(?:\w+ ){0,2}?"
        rf"(?:{POSTS})\b(?! of\b)|"
        r"(?:took|taken|take|takes|taking) (?:over )?"
        r"(?:(?:a |an |the |its |their |two |three |four |five |six |several )(?:more )?|more )?"
        r"(?:"
        # "took the junta's Mongli camp": whose, then the post's name (a post that is named:
        # not "took Facebook posts")
        r"(?:(?:junta|regime|military|army|enemy|SAC)['’]s\s+)?(?:(?-i:[A-Z][\w'’-]*)\s+){1,3}?"
        r"(?:(?:junta|regime|military|army|police|hilltop|strategic|key|main|fortified)\s+)*"
        r"(?:bases?|outposts?|camps?|towns?|cit(?:y|ies)|headquarters|hills?|checkpoints?|"
        r"police stations?)|"
        # "took Walawng La, an important junta guard outpost": the post's name, then what
        # it is, ending there (not "took Daw Hkawn, a camp volunteer, away")
        # (the post word the head of what it is: not "took Brang Seng, a resident of the
        # camp, to hospital")
        rf"(?!{PERSON_TITLES}\s)(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){{0,2}}\s*[,–—-]\s*"
        rf"(?:[–—-]\s*)?(?:an?|the)\s+(?:(?!of\b)[\w-]+\s+){{0,3}}?(?:{POSTS})(?=\s*[,.;:)–—]|\s+(?:in|near|of|on|at|outside|north|south|"
        r"east|west|that|which|located|situated|guarding|overlooking)\b)|"
        r"(?:(?:junta|regime|military|army|enemy|SAC)['’]s\s+)?"
        r"(?:(?:junta|regime|military|army|police|hilltop|strategic|key|main|fortified)\s+)*"
        r"(?:bases?|outposts?|camps?|positions?|posts?|towns?|cit(?:y|ies)|headquarters|hills?|"
        r"checkpoints?|stations?)|"
        # a post told with words of its own before it: "took six outposts", "took the BGF
        # Battalion 1002 headquarters", "took their final remaining battalion base" (not
        # what was taken to one: "took them to the base")
        rf"(?:(?!{_NOT_TAKEN})[\w'’-]+\s+){{1,3}}?(?:bases?|outposts?|camps?|checkpoints?|"
        r"battalions?|headquarters|garrisons?|hilltops?)|"
        # "took two more northern Shan State towns", "took three key towns" (named or counted
        # only: not "took the road between the two towns", "took heavy losses near both
        # towns", "took turns guarding the towns")
        r"(?:(?:more|other|key|major|main|strategic|border|remaining|last|northern|southern|"
        r"eastern|western|central|(?-i:[A-Z][\w'’-]*))\s+){1,4}?(?:towns|cities))"
        # (not those of the post, nor its people taken: "took three battalion commanders
        # into custody", "took the outpost's commander prisoner", "took the camp's residents")
        r"(?!['’]s\b|\s+(?:commanders?|officers?|leaders?|chiefs?|residents|staff|guards|"
        r"members|soldiers|troops|weapons|arms|ammunition|roads?|halls?)\b)"
        r"(?![^.;]{0,40}?\b(?:captive|prisoners?|hostages?|into custody)\b)"
        # (nor how long something took: "It took the battalion two hours to reach it")
        r"(?!\s+(?:(?:an?|one|two|three|four|five|six|several|many|a few|\d+)\s+)?"
        r"(?:minutes?|hours?|days?|weeks?|months?|years?)\b)",
    ),
    (
        "Explosions/Remote violence",
        "Air/drone strike",
        _AIR.removesuffix("|strikes?|struck"),
    ),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", _SHELL),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", SHRAPNEL),
    # (what fell from the sky, a strike of no kind of its own beside shelling told with
    # it: "explosives rained down on Mung Lai Hkyet"; not a strike of work or protest: "the
    # Kale People's Strike Committee", "a general strike", "a hunger strike")
    (
        "Explosions/Remote violence",
        "Air/drone strike",
        rf"{_WORK_STRIKE_BEFORE}strikes?{NOT_A_DEED_AFTER}|"
        r"struck|explosives? rained",
    ),
    (
        "Battles",
        "Armed clash",
        r"clash(?:ed|es|ing)?|fighting|fought|fight off|battles?|firefights?|ambush(?:ed|es)?|"
        r"gunfights?|gun ?battles?|shoot-?outs?|exchanges? of fire|"
        # "confrontations between the two military factions" (not "a heated confrontation
        # with soldiers at a checkpoint", "the political confrontation between")
        r"(?:armed|military) confrontations?|"
        r"(?<!political )(?<!diplomatic )(?<!verbal )(?<!heated )confrontations? between|"
        # an aircraft shot down: fighting with the air force
        # (not the wounded or the dead carried down: "brought down the injured from the
        # hill by helicopter", "were brought down to Myitkyina on military helicopters")
        rf"(?:{_DOWNED})(?! (?:the )?(?:injured|wounded|dead|bodies|body|casualties|patients|"
        r"to|from|by)\b)"
        rf"(?= (?:{_BEFORE_AIRCRAFT} ){{0,{_AIRCRAFT_REACH}}}?"
        rf"{_AIRCRAFT_WORDS}\b)|"
        # "a junta helicopter was shot down"
        r"(?:(?<=helicopter )|(?<=helicopters )|(?<=jet )|(?<=jets )|(?<=aircraft )|(?<=plane )|"
        rf"(?<=planes )|(?<=drone )|(?<=drones )|(?<=gunship )){_SHOT_DOWN_PASSIVE}|"
        # "the jet crashed after it was hit by KIA fire": brought down
        r"(?:crashed|came down|went down) after (?:being |it was |it had been |they were )?"
        r"(?:hit|struck|shot)\b|"
        # "conflict erupted near Kyaukme", "gunfire has been ongoing since 9 a.m."
        # (not the war's history: "the conflict erupted in 2021")
        r"(?<!the )(?:conflict|gunfire|hostilities) "
        r"(?:(?:initially|first|again|then|also|has|had|have) )?"
        r"(?:erupted|broke out|flared|resumed|has been ongoing|continued|intensified)|"
        r"offensives?|skirmish(?:es)?|exchanged (?:gun)?fire|counter-?attack(?:ed|s|ing)?|"
        # "engaged in gunfire with the junta column", "engaged in fierce combat", "died
        # on Wednesday in heavy combat", "three soldiers were killed in combat in Kyaukme"
        # (not "intense combat training", "killed in combat training", "combat-ready")
        r"(?:engaged in (?:an? )?(?:(?:heavy|fierce|intense|armed) )?(?:gunfire|combat)|"
        r"(?:heavy|fierce|intense|armed|close) combat|"
        r"(?:(?<=killed in )|(?<=died in )|(?<=wounded in )|(?<=injured in )|(?<=dead in ))"
        rf"combat)(?!\s+(?:{_COMBAT_THINGS})\b|-)|"
        # "died in combat against the TNLA" (not "combat troops", "to combat against drug
        # trafficking")
        r"(?<![\w-])(?<!\bto )combat(?= (?:with|against|between)\b)|"
        # "they besieged Khampat last Friday", "laid siege to the base" (a verb with what
        # was besieged: not "besieged residents", "in besieged Bhamo")
        r"(?<!\bin )(?<!\bof )(?<!\bthe )(?<!\bto )(?<!\bfrom )(?<!\binto )(?<!\ba )"
        r"(?:besieged|besieging)(?= (?:the |a |an |its |their )?(?:(?-i:[A-Z])|junta\b|"
        rf"military\b|regime\b|army\b|police\b|(?:{POSTS})\b|towns?\b|city\b))|"
        r"(?:laid|laying|lay) siege to|"
        # "intercepted a military convoy", "intercepting the junta column" (an armed side
        # stopped by force: not "intercepted calls", "intercepted a shipment of drugs", "a
        # convoy of aid trucks", "a column of displaced people")
        r"intercept(?:ed|ing)(?= (?:the |a |an |its |their |two |three |several )?"
        r"(?:(?:junta|regime|military|army|enemy|sac|kia|resistance|supply|reinforcement|"
        r"\w+'s) ){0,2}(?:convoys?|columns?|troops|forces|soldiers|patrols?|reinforcements)\b"
        r"(?!\s+of\b))|"
        r"repell?(?:ed|ing)|repulsed|"
        # "engaged junta troops", "encountered SAC troops", "confronted the column", "the
        # Kokang army also confronted junta troops" (an armed side who met them, named
        # right before: not "villagers encountered junta troops", "monks confronted junta
        # troops at a checkpoint"; nor "a column of protesters", "a convoy of aid trucks")
        rf"(?:engaged|{_MET_BY}(?:(?:also|then|later) )?(?:encountered|confronted)) "
        r"(?:the |an? |with )?"
        r"(?:(?:junta|regime|military|army|enemy|government|sac|kia|resistance|council|"
        r"\w+['’]s) ){0,2}"
        r"(?:troops|forces|soldiers|columns?|fighters|units?|convoys?)\b"
        # (not "... with": "engaged junta troops with drones" is a clash)
        r"(?!\s+(?:of|carrying|transporting|bringing)\b)",
    ),
    (
        "Violence against civilians",
        "Abduction/forced disappearance",
        r"abduct(?:ed|ion|s)|kidnapp(?:ed|ing)|forcibly disappeared|taken away|"
        # recruited by force: "were forcibly recruited by the TNLA"
        r"forcibly (?:recruited|conscripted)|press-?ganged|"
        # people taken to shield troops: "took 10 villagers as human shields", "arrested 30
        # civilians as human shields", "were used as human shields" (not what goes on:
        # "residents are used as", "the junta is using civilians as human shields")
        r"(?:took|taken|taking|seized|held|kept|detained|arrested|abducted|forced|forcing|"
        r"rounded up|(?<!are )(?<!is )(?<!being )used)\s+(?:[\w'’,-]+\s+){0,16}?"
        r"(?:as|for use as|to (?:use|serve) as|to be used as) human shields?|"
        r"(?:took|taking|take) away (?:\d+ |[a-z]+ )?(?:villagers|civilians|residents|people|men|"
        r"women|youths)|"
        # people of no side seized, counted or not: "seized three civilians", "entered
        # Hnaw Kone and seized residents"
        rf"(?:seized|seizing|captured|capturing) (?:{_PEOPLE_SEIZED}|{_PEOPLE_SEIZED_UNCOUNTED})",
    ),
    (
        "Strategic developments",
        "Arrests",
        # (not those held since an arrest told before: "leaving four women still in
        # detention")
        r"arrest(?:ed|s|ing)?|detained|detaining|"
        r"(?<!still in )(?<!remain in )(?<!remains in )(?<!remained in )detention|"
        # (whoever was taken, named at length: "took more than 30 people into custody",
        # "took the former president of the KBC, Dr. Hkalam Samson, into custody")
        # (not across another deed: "took the village, ..., and then took him into custody")
        r"(?:took|taken|taking) (?:(?!(?:took|taken|taking|and|then)\b)[\w'’(),-]+ |"
        r"(?:Dr|Mr|Mrs|Ms|Rev|Lt|Col|Capt|Maj)\. ){0,12}?into custody|"
        r"rounded up|apprehended",
    ),
    (
        "Strategic developments",
        "Looting/property destruction",
        # (not people "burned to death": an attack)
        r"torch(?:ed|ing|es)|set(?:ting)? (?:fire|ablaze)|burn(?:ed|t|ing) down|"
        r"burned(?! (?:[\w-]+ ){0,3}?(?:alive|to death))|"
        # (what was plundered, not "plundering jade and amber")
        r"(?:plunder(?:ed|ing)|ransack(?:ed|ing)) (?:[\w'’-]+ ){0,3}?(?:houses|homes|shops|"
        r"property|properties|belongings|villages?|valuables|livestock|stores)\b|"
        r"razed|razing|looted|looting|bulldoz(?:ed|ing)|"
        # what troops destroyed, told with them ("troops destroyed houses and contaminated
        # rice"; not "houses were destroyed", "attacks ..., destroying several homes",
        # "several destroyed buildings": what a strike or a fire may have done)
        r"(?:(?<=troops )|(?<=soldiers )|(?<=forces )|(?<=column )|(?<=army )|"
        r"(?<=junta )|(?<=militia )|(?<=police ))"
        r"destroyed (?:the |their |its |\d+ |[a-z]+ ){0,3}?"
        r"(?:houses|homes|buildings|property|properties|shops|stores|granaries|barns|"
        r"villages?|churches|schools|monaster(?:y|ies)|rice|crops|food)\b|"
        r"demolish(?:ed|ing)|"
        # a bridge blown up or destroyed ("the TNLA destroyed the Moe Tay Bridge", "blew up
        # the bridge near Moe Tay")
        r"(?:blew up|blown up|blowing up|destroyed|destroying) (?:[\w'’-]+ ){0,3}?bridges?\b|"
        # "burning homes in villages", "an arson attack on Thar Zin"
        r"burning (?:[\w-]+ ){0,3}?(?:homes|houses|villages?|buildings|huts)|arson attacks?|"
        # "houses were set on fire", "set the village on fire" (but what a strike burned,
        # "went up in flames", "burnt to ashes", is the strike's)
        r"(?:set|setting|sets) (?:[\w-]+ ){0,4}?(?:on fire|ablaze|alight|afire)",
    ),
    (
        "Violence against civilians",
        "Attack",
        rf"shot dead|executed|massacred?|{_TO_DEATH}|tortured|"
        rf"{_OPEN_FIRE}|fired (?:indiscriminately )?(?:on|at|into) "
        r"(?:a |the )?(?:crowd|civilians|villagers|residents|protesters|houses|homes|"
        r"(?-i:[A-Z][\w'’-]{0,30} ){1,3}(?:village|ward))|"
        r"shot and killed|shot (?:him|her|them) dead|shot to death|gunned down|"
        # a person shot ("soldiers shot a man in his 40s", "shot three innocent people"):
        # no aircraft, no fighters shot in a battle
        rf"shot (?:and (?:injured|wounded) )?(?:(?:him|her|them)\b|{_SHOT_PEOPLE})|"
        # "a villager was shot by soldiers" (not "shot down", an aircraft)
        rf"\b(?:{_SHOT_NOUNS}) (?:was|were|had been|have been|has been) shot\b(?! down)|"
        # whoever was shot by an armed side, however far the subject ("six unarmed
        # displaced people sheltering in the pagoda ... were shot by military forces")
        # (not armed people shot in a fight: "two junta soldiers were shot by resistance")
        r"(?<!soldiers )(?<!soldier )(?<!troops )(?<!fighters )(?<!fighter )(?<!members )"
        r"(?<!personnel )(?<!policemen )(?<!officers )(?<!officer )(?<!militiamen )"
        r"\b(?:was|were|had been|have been|has been) shot(?: dead| and killed)? by (?:the )?"
        r"(?:[\w'’-]+ ){0,2}?(?:military|junta|regime|soldiers|troops|army|forces|police|"
        r"militia|column)\b|"
        r"stabbed|"
        # "the pastor was fatally shot at his shop": whoever was shot died
        r"(?:fatally|mortally) (?:shot|stabbed)(?!\s+(?:him|her|them)sel(?:f|ves)\b)|"
        # "burned them alive", "burned 11 civilians to death"
        r"burn(?:ed|t|ing|s)? (?:[\w-]+ ){0,3}?(?:alive|to death)|"
        r"murdered|"
        r"slaughtered|beheaded|killed in cold blood|summarily killed|"
        r"(?:extrajudicial|summary) (?:executions?|killings?)|beat(?:ing|ings)? of (?:civilians|"
        r"villagers|residents|detainees)",
    ),
    (
        "Violence against civilians",
        "Sexual violence",
        r"raped|gang[- ]?raped|gang[- ]?rapes?|rapes?|sexually (?:assaulted|abused)",
    ),
    # posts left with no fight told: "junta troops abandoned three strategically important
    # bases", "withdrew from their camp at Gway Htaw" (not "abandoned their homes near the
    # base", "abandoned their posts to join the CDM", "an abandoned army camp"; beside any
    # other deed, the other deed's: :func:`read_triggers`)
    (
        "Strategic developments",
        NON_VIOLENT_TRANSFER,
        r"(?<!\ban )(?<!\ba )(?<!\bthe )(?<!\bthis )"
        r"(?:abandon(?:ed|ing)|vacat(?:ed|ing)|(?:withdr(?:ew|awn|awing)|retreat(?:ed|ing)|"
        r"pull(?:ed|ing) out) from) "
        r"(?:(?!(?:homes?|houses?|villages?|farms?|fields?|near|around|close|beside|by|to|"
        r"for)\b)[\w'’-]+ ){0,3}?"
        r"(?:camps?|bases?|outposts?|positions?|checkpoints?|garrisons?|headquarters)\b",
    ),
    # a town handed over with no fight: "the handover of Lashio", "handing over to the
    # regime of the northern Shan State capital", "handed over control of Mogok town",
    # "handed over Lashio to the junta" (not people or things: "hand over five youths",
    # "handed over the bodies", "handed over to police in Myitkyina town", "handed over
    # Aung to the police", "hand over KIA soldiers"; ground is named by a word of a
    # settlement, a capital, or its name)
    (
        "Strategic developments",
        NON_VIOLENT_TRANSFER,
        rf"(?:{HANDOVER_WORDS})(?= of (?:control (?:of|over) )?(?:the )?"
        rf"(?:(?:[\w'’-]+ ){{0,4}}?(?:{_HANDED_GROUND})\b{_GROUND_ENDS}|"
        rf"(?!(?-i:[A-Z]{{2,}})\b|(?:{_DEMONYMS})\b)(?-i:[A-Z])[\w'’-]+\b(?! (?-i:[A-Z]))))|"
        r"hand(?:ed|s|ing)? (?:over|back)"
        rf"(?= control (?:of|over) |(?: to (?:the )?(?:[\w'’-]+ )?(?:{_THE_STATE}))?"
        rf"(?: of)? (?:the )?(?:(?!to\b|by\b)[\w'’-]+ ){{0,4}}?(?:{_HANDED_GROUND})\b"
        rf"{_GROUND_ENDS}|"
        rf" (?-i:[A-Z])[\w'’-]+ (?:back )?to (?:the )?(?:{_THE_STATE})\b)",
    ),
    (
        "Strategic developments",
        "Headquarters or base established",
        r"(?:set up|established|opened|built) (?:a |an |its |their )?(?:new )?"
        r"(?:battalion |military )?"
        r"(?:base|camp|headquarters|outpost)",
    ),
    (
        # force used on a protest: "fired tear gas to disperse the crowd", "broke up the
        # sit-in", "water cannon were used" (with protesters killed, excessive force: which
        # one, ``coding``)
        "Protests",
        PROTEST_INTERVENTION,
        r"(?:dispers(?:ed|e|es|ing)|broke up|break up|breaking up|broken up|"
        r"crack(?:ed|ing|s)? down on)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?"
        rf"(?:{PROTEST_NOUNS}|{_PROTESTING_PEOPLE}|crowds?|gatherings?|strikers)\b|"
        r"(?:fired|firing|fires|used|using|uses|shot|lobbed|threw|throwing|sprayed|spraying|"
        rf"deployed|turned|opened up with)\s+(?:[\w-]+\s+){{0,3}}?(?:{_CROWD_WEAPONS})|"
        rf"(?:{_CROWD_WEAPONS}) (?:was|were|had been|have been) (?:used|fired)",
    ),
    (
        # people protesting, told so: "staged a peaceful anti-coup protest", "took to the
        # streets", "protested outside the court", "marched through Myitkyina against the
        # coup", "an anti-junta rally was held" (not troops marching: "the column marched
        # into the village"; nor a rally to celebrate: "held a rally to mark the KIO's
        # anniversary")
        "Protests",
        PEACEFUL_PROTEST,
        r"(?:staged|stage|stages|staging|held|holds|holding|organi[sz]ed|organi[sz]ing|"
        rf"led|leading|launched)\s+{_PROTEST_KIND}(?:{PROTEST_NOUNS})\b"
        rf"(?![^.;]{{0,{_PROTEST_CUE_REACH_CHARS}}}\b(?:{_CELEBRATED})\b)|"
        r"(?:took|take|takes|taking|taken) to the streets|"
        # "came out on the streets", "protests spread to the northern town of Lashio"
        r"(?:came|come|comes|coming) out (?:on|onto|into) the streets|"
        r"(?<![\w-])(?:protests?|demonstrations?|rallies) (?:spread|spreads|spreading) to\b|"
        # ("demonstrated" only against something or somewhere: not "the KIA demonstrated
        # that it could still strike")
        rf"{_NOT_PROTESTERS_BEFORE}(?:(?:protested|rallied)(?=\s+(?:in|on|at|outside|near|"
        r"along|through|across|against|peacefully|again|calling|demanding|chanting|carrying|"
        r"holding)\b)|demonstrated(?=\s+(?:against|outside|peacefully|in front of)\b))|"
        rf"{_NOT_PROTESTERS_BEFORE}(?:marched|marching)"
        rf"(?=[^.;]{{0,{_PROTEST_CUE_REACH_CHARS}}}\b(?:{_PROTEST_CUES})\b)"
        rf"(?![^.;]{{0,{_PROTEST_CUE_REACH_CHARS}}}\b(?:{_CELEBRATED})\b)|"
        # "about 500 demonstrators are estimated to have turned out"
        rf"\b(?:{_PROTESTING_PEOPLE}) (?:[\w-]+ ){{0,4}}?(?:gathered|assembled|marched|rallied|"
        r"turned out)|"
        # (a gathering of no kind told, only if a protest: "Protests were held", "an
        # anti-coup rally was held"; not "A rally was held to mark the KIO's anniversary")
        r"(?:(?:anti-(?:coup|junta|military|regime|dictatorship|conscription)|pro-democracy|"
        rf"candle-?light|flash[- ]mob|motorcade|silent|strike|protest) (?:{PROTEST_NOUNS})|"
        r"(?<![\w-])(?<!anniversary )(?:protests?|demonstrations?))"
        # ("protests also took place in Myitkyina")
        r"(?= (?:also |again |then |later )?(?:took place|was held|were held|was staged|"
        r"were staged|erupted|broke out|went ahead)\b)",
    ),
    (
        "Strategic developments",
        OTHER,
        r"visit(?:ed|s)?|addressed|(?:issued|released|published) (?:a )?statement|"
        r"press conference|anniversary|ceremony|parade|rally|speech|vowed|announced|met with|"
        r"told (?:a |the )?(?:crowd|rally|gathering|thousands|hundreds)",
    ),
    # Words that say little alone ("attacked" a base is a clash, a village an attack on
    # civilians): used only when nothing above is said.
    (
        "Battles",
        "Armed clash",
        # "several other villages were also targeted" (not "the regime is targeting the
        # border", "the villages it targeted")
        rf"{_ATTACKED}|{_TARGETED}|{_HIT_A_POST}",
    ),
)
#: Words of what people fled: "fled", "trying to escape" (the fighting).
FLED_WORDS: Final = r"fled|flee|fleeing|escape|escaped|escaping"
#: Words of a count kept over a time, not one event's: "so far", "in all".
SO_FAR_WORDS: Final = r"in all|in total|so far|to date"
#: Words of days told one after another: "three consecutive days", "five straight days".
IN_A_ROW: Final = r"consecutive|straight|successive"
#: Words of a deed done again and again ("frequently", "from time to time", "time and
#: again"): told with no day, no one event.
HABITUAL_WORDS: Final = (
    r"often|frequently|regularly|routinely|repeatedly|constantly|continually|"
    r"again and again|time and again|from time to time|many times|recurring|recurrent"
)
#: Disasters of nature: what they strike or kill is no war's.
DISASTERS: Final = (
    r"earthquakes?|quakes?|cyclones?|typhoons?|floods?|flooding|landslides?|landslips?|"
    r"tsunamis?"
)
#: Words of a denial: "denied", "denies", "denying".
DENY_WORDS: Final = r"den(?:y|ies|ied|ying)"
#: A deed denied, told before it: "the junta denied (using chemical weapons)", "rejected
#: claims it used (chemical weapons)".
_DENIED: Final = re.compile(
    rf"\b(?:{DENY_WORDS}|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?)\b[^.;:]{{0,40}}$", re.IGNORECASE
)
#: Words of what may come, not what was done: "will", "would", "may", "plans to" (the
#: verb "may", not the month: "On 18 May troops burned 100 houses").
MAY_COME_WORDS: Final = r"would|will|could|(?-i:may)|might|plan(?:s|ned|ning)?(?: to)?"
#: Wording of a deed that has not happened: what may come ("plans to bomb"), or what
#: would be hard to do ("will make it harder for the KIA to capture Bhamo").
_NOT_YET_WORDS: Final = (
    rf"expected to|threaten(?:ed|s|ing)? to|{MAY_COME_WORDS}|"
    r"might|intends? to|set to|preparing to|prepared to|prepare for|preparing for|vowed to|"
    r"(?:harder|easier|hard|difficult|impossible|tougher) for (?:the )?[\w-]+ to|"
    # a deed on a condition: "if the airstrikes go on"
    r"if|unless|"
    # not done yet: "the KIA has yet to capture Bhamo"; a goal: "in order to capture"
    r"yet to|in order to|so as to|"
    # agreed or refused, not done: "agreed to hand over Lashio", "refused to hand over"
    r"agree(?:s|d)? to|refus(?:e|es|ed|ing) to"
)
#: "with" told of a deed of its own, not of the weapon another was done with: an answer
#: ("responded with airstrikes", "retaliated to the attack with shelling", "hit back with
#: drones"), or, before words of a deed, one told with another ("along with aerial
#: bombardments"; not "attacked the camp along with drones").
_ANSWERED_WITH: Final = re.compile(
    r"\b(?:(?:respond|retaliat|repl(?:y|ie|ied)|answer)\w*(?:\s+to\s+(?:[\w'’-]+\s+){1,3}?)?|"
    r"(?:hit|hits|hitting|fought|fights|fighting|struck|strikes|striking|fired|fires|firing)"
    r"\s+back|(?P<beside>along|together))\s+with\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
#: Words of a deed, not of a weapon: "bombardments", "shelling", "airstrikes".
_DEED_NOUN: Final = re.compile(
    r"(?:ments?|ings?|strikes?|raids?|attacks?|assaults?|fire)$", re.IGNORECASE
)
#: Words of an attempt, made or not: "tried to", "in a bid to" (of
#: :data:`_NOT_AN_EVENT`; :data:`_ATTEMPT` reads a taking of ground told so as fighting).
_ATTEMPT_WORDS: Final = (
    # "attempts again to retake it", "in a fresh bid to capture"
    r"(?:tried|trying|tries|attempt(?:s|ing|ed)?)(?: again| once more| once again)? to|"
    r"(?:in a )?(?:new |fresh |renewed |failed )?bid to"
)
#: Wording right before a trigger that says it is no event: "fled fighting", "no
#: fighting", "backed by helicopter gunships", "using artillery".
_NOT_AN_EVENT: Final = re.compile(
    rf"(?:\b(?:{FLED_WORDS}|displaced by|no|not|without|never|"
    # "There wasn't any fighting", "there has not been any shelling"
    r"(?:\w+n['’]t|not) (?:been )?any|"
    # none told of: "there were no reports of fighting in Momauk" (not "no report of the
    # arrests had reached him": the arrests were made; nor "no sign of fighting easing",
    # "no news of detained villagers", told of deeds done)
    r"no (?:further |new |other )?reports? of(?! (?:the|these|those|this|that|its|their)\b)|"
    # "had no military outposts or clashes": the words after "no" and "or" are denied too
    # (not "no idea who or what attacked them")
    r"no (?!(?:idea|matter|doubt|word)\b)(?:[\w-]+ ){1,2}(?:or|nor)"
    r"(?! (?:who|what|why|how|which|where|when)\b)|"
    rf"{_MEANS_WORDS}|covered by|aided by|"
    # what may happen is not an event: "threatened to attack", "plans to bomb"
    rf"{_NOT_YET_WORDS}|warned of|"
    r"fears? of|feared|fearing|avoid(?:s|ed|ing)?|prevent(?:s|ed|ing)?|avert(?:s|ed|ing)?|"
    r"worr(?:y|ies|ying) about|"
    # ... and the next of what they fear: "worry about shelling and airstrikes"
    r"(?:worr(?:y|ies|ying|ied)|afraid|fears?|feared|fearing) (?:about|of) [\w-]+,? (?:and|or)|"
    # what was done to the dead: "their bodies were burned"
    r"(?:bodies|body|corpses?|remains) (?:were|was|are|is|had been|have been)|"
    r"afraid of|worried about|threat of|danger of|"
    r"help(?:ed|s|ing)?(?: \w+)?(?: to)?|(?<!were )(?<!was )able to|unable to|try to|"
    rf"{_ATTEMPT_WORDS}|seeking to|seeks to|sought to|aim(?:s|ed|ing)? (?:to|at)|"
    # a purpose: "operations aimed at capturing Mansi", "in order to seize the base"
    r"(?:with|for) the (?:aim|goal|purpose|intention|objective) of|in order to|so as to|"
    # tried, not done (an attempt: its place may be fighting's): "haven't managed to
    # capture", "failed to take", "making every effort to capture"
    r"efforts? to|fail(?:ed|s|ing)? to|(?:\w*n['’]t|not|never)\s+(?:yet\s+)?"
    r"(?:managed?|been able|able) to|(?:not|never)\s+(?:yet\s+)?succeeded in|"
    r"meant to|means to|intended to|wanted to|wants to|want to|going to|ready to|mission to|"
    r"risk of|possible|possibility of|potential|previously|formerly|"
    # what a thing serves for: "the camps are being used [by the KIA] to attack big camps"
    r"(?:being|are|is) used(?: \[[^\]]{1,40}\]| by (?:the )?[\w-]+)? to)(?: \w+)?\s+|"
    # what a disaster did: "a powerful earthquake struck Sagaing"
    rf"\b(?:{DISASTERS})\s+(?:\w+\s+)?|"
    # a deed told after the one the sentence tells, as done before it: "pulled out of the
    # township, having raided two villages"
    r",\s+having\s+(?:\w+\s+)?|"
    # a part in a deed denied: "had not been involved in recent fighting", "had taken no
    # part in the fighting"
    r"\b(?:not|no|never)\s+(?:\w+\s+){0,2}?(?:involved|part|participat\w*|engaged)\s+in\s+"
    r"(?:the\s+|any\s+)?(?:\w+\s+)?|"
    # weapons held, not used: "a new arsenal of drones", "a fleet of jets" (the word right
    # after only: "a fleet of drones bombed Kin village" bombed)
    r"\b(?:arsenal|fleet|stocks?|stockpiles?|supply|supplies|shipments?|purchases?|types?|"
    r"kinds?|makers?|production|sale|sales|imports?) of\s+|"
    # an earlier event named as what came before: "following the capture of Chipwi",
    # "villages previously seized by the KIA" (not "after the army shelled it"; not the day
    # after, counted from: "the morning after the massacre happened in Homalin")
    r"\b(?:following|(?<!day )(?<!days )(?<!morning )(?<!night )(?<!evening )"
    r"(?<!afternoon )after|prior to) the\s+)$",
    re.IGNORECASE,
)
#: Of :data:`_NOT_AN_EVENT`, the wording of an attempt: a taking of ground told so is
#: fighting for it ("tried to retake Mansi", "in a bid to capture the base"; a failure
#: told alone is not: "after failing to capture Mansi, the KIA withdrew"; nor a goal:
#: "the KIA seeks to capture Bhamo").
_ATTEMPT: Final = re.compile(rf"\b(?:{_ATTEMPT_WORDS})\s+(?:\w+\s+)?$", re.IGNORECASE)
#: Fighting told for the ground it would take: "the fight to (retake)", "an offensive to
#: (capture)".
_FOUGHT_FOR: Final = re.compile(
    r"\b(?:fight(?:ing)?|battles?|offensives?|push|drive|campaign|operations?|assaults?|"
    r"counter-?offensives?|counter-?attacks?|attacks?|raids?)\s+to\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
#: Words after a taking fought for that say it was done: "(an attack to capture Mansi
#: on Monday) succeeded", "..., and the town is now under KIA control".
_TAKEN_IN_THE_END: Final = re.compile(
    r"[^.;:]{0,60}?\b(?:succeeded|was successful|(?:is|was) now (?:\w+ ){0,2}under)\b",
    re.IGNORECASE,
)
#: Words before an attempt or an offensive that say it was not made, is no longer made,
#: is a habit or a goal, or is to come: "denied that its troops had tried to", "without
#: trying to", "has long tried to", "is expected to attempt to", "announced an offensive
#: to", "vowed to launch a counteroffensive to".
_NOT_MADE: Final = re.compile(
    rf"\b(?:never|not|no|without|{DENY_WORDS}|reject(?:s|ed|ing)?|stop(?:s|ped|ping)?|"
    r"g(?:a|i)ve up|giving up|no longer|(?<![\w-])long|for (?:years|months|decades)|"
    rf"repeatedly|again and again|{MAY_COME_WORDS}|expected|likely|believed|"
    r"prepar(?:e|es|ed|ing)|intend(?:s|ed)?|intention|vow(?:s|ed)?|"
    r"announc(?:e|es|ed|ing)|threaten(?:s|ed|ing)?|read(?:y|ying)|seek(?:s|ing)?|sought|"
    r"call(?:s|ed)? off|abandon(?:s|ed)?|cancel(?:s|led|ed)?)\b"
    r"[^.;:]{0,50}$",
    re.IGNORECASE,
)
#: Words after an offensive told that put it to come: "to capture Bhamo, which will
#: begin next month", "is expected to begin soon".
_OFFENSIVE_TO_COME: Final = re.compile(
    r"[^.;:]{0,60}?\b(?:will|would|to begin|next (?:week|month|year)|soon|in the coming)\b",
    re.IGNORECASE,
)
#: Ground named right after an attempt's verb of taking (:func:`_ground_named`).
_GROUND_AFTER: Final = re.compile(_ground_named(2), re.IGNORECASE)


def _fought_for_ground(text: str, m: re.Match[str], told: int) -> bool:
    """Whether the taking of ground ``m``, told as tried or fought for in words from
    ``told``, was fighting for ground: ground named with or after it, and the attempt
    neither denied, given up, a habit, a goal nor to come."""
    return (
        (" " in m.group(0) or _GROUND_AFTER.match(text, m.end()) is not None)
        and _NOT_MADE.search(text, max(0, told - 60), told) is None
        and _OFFENSIVE_TO_COME.match(text, m.end()) is None
    )


#: Of :data:`_NOT_AN_EVENT`, the wording of a deed that has not happened (what may come,
#: or would be hard to do), whose place is no event's; not an attempt ("tried to regain
#: Tarong": fighting there).
_NOT_YET: Final = re.compile(rf"\b(?:{_NOT_YET_WORDS})(?: \w+)?\s+$", re.IGNORECASE)
#: What came under a side's control, right before it: ground told by its kind or named
#: ("the town came under", "Namtu Township had come under"; not "refugees came under").
_CAME_UNDER_GROUND: Final = re.compile(
    rf"(?:\b(?:{POSTS}|{GROUND})|(?-i:[A-Z][\w'’)-]*))\s+"
    r"(?:(?:had|has|have|finally|soon|then|also|now|again)\s+)?$",
    re.IGNORECASE,
)
#: Words before "came under" that tell it as what came before, or as nearly done: "which
#: came under", "since it came under", "almost came under".
_CAME_UNDER_AS_BEFORE: Final = re.compile(
    r"\b(?:which|that|who|since|when|before|after|until|once|almost|nearly)\b[^,;]*$",
    re.IGNORECASE,
)


def _came_under_as_told(text: str, at: int) -> bool:
    """Whether the words before "came under" at ``at`` name ground, told as this clause's
    deed (:data:`_CAME_UNDER_GROUND`, not :data:`_CAME_UNDER_AS_BEFORE`)."""
    before = text[max(0, at - 80) : at]
    return (
        _CAME_UNDER_GROUND.search(before) is not None
        and _CAME_UNDER_AS_BEFORE.search(before) is None
    )


#: Wording before a deed done before the one the clause tells: "Having taken Kyaukme back,
#: the regime bombed ...", "attacked regime forces who had occupied the village" (the
#: deed is no event when another deed is told beside it).
_DONE_BEFORE: Final = re.compile(
    r"\b(?:having(?: \w+)?|(?:who|which|that) (?:had|have|has) (?:already |earlier |recently )?"
    r"(?:been )?)\s*$",
    re.IGNORECASE,
)
#: Words that tell what follows them as done before: "after", "following", "once".
_CAME_AFTER_WORDS: Final = r"after|following|once"
#: The words that open a clause with a deed done before the one it tells, up to that
#: deed: "(After) the KIA captured (Chipwi, jets bombed the town)", "(Following) the"
#: (capture of the base, ...)".
_OPENED_AFTER: Final = re.compile(
    rf"\W*(?:(?:soon|shortly|just|right|immediately) )?(?:{_CAME_AFTER_WORDS})\s+[^,;:]{{0,120}}",
    re.IGNORECASE,
)
#: What ends the words that open a clause.
_OPENING_ENDS: Final = re.compile(r"[,;:]")


def _opening_end(text: str, at: int) -> int:
    """Where the words that open a clause end, read from ``at``: its first comma, colon or
    semicolon, else the clause's end."""
    end = _OPENING_ENDS.search(text, at)
    return end.start() if end is not None else len(text)


#: An aircraft brought down is what was hit, not what struck: "shot down two of the
#: regime's transport helicopters".
_BROUGHT_DOWN: Final = re.compile(
    rf"\b(?:{_DOWNED})\s+"
    rf"(?:{_BEFORE_AIRCRAFT}\s+){{0,{_AIRCRAFT_REACH}}}$",
    re.IGNORECASE,
)
#: An aircraft's own words after it that say it was brought down: "a junta helicopter was
#: shot down".
_SHOT_DOWN_AFTER: Final = re.compile(rf"\s+{_SHOT_DOWN_PASSIVE}\b", re.IGNORECASE)
#: A crewed aircraft told as fallen: "one of the helicopters that came down", "the jet
#: crashed" (not a bomb, "One 500-pound bomb came down", nor a drone, which strikes as it
#: crashes: "a drone crashed into a house, killing two").
_AIRCRAFT_FELL: Final = re.compile(
    rf"(?:{_CREWED_AIRCRAFT}|planes?)\s+"
    r"(?:(?:that|which)\s+)?(?:had\s+)?(?:(?:came|went)\s+down|crashed)\b"
    # (not one that came down to fire, or crashed into what it struck: "helicopters that
    # came down low fired", "crashed into the hillside after strafing")
    r"(?!\s+(?:low|on|onto|into|upon)\b)",
    re.IGNORECASE,
)
#: What fell, when ground fell: a post or ground told by its kind, and where it is ("the
#: LIB 321 base fell", "370 Artillery Battalion fell", "the base in Mansi fell"; not
#: "Bombs fell", "Exports fell", "Temperatures in Putao fell").
_FALLEN: Final = re.compile(
    rf"\b(?:{POSTS}|{GROUND})"
    r"(?:\s+(?:in|at|near|of)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})?"
    r"\s+(?:(?:also|finally|soon|quickly|then|later|eventually)\s+)?$",
    re.IGNORECASE,
)
#: People or things just before "were captured": they were taken, no ground was
#: ("Weapons were seized in the raid as well").
_TAKEN_NOT_GROUND: Final = re.compile(
    r"\b(?:villagers|civilians|people|men|women|residents|children|youths|students|"
    r"farmers|passengers)\b[^.;]{0,25}\b(?:were|was|been|being)\s+(?:\w+\s+)?$|"
    # one person, the subject of the verb: "a sergeant was captured", "a junta major was"
    # (not "a major base was", "Kawng Man was", nor whose post it was: "the camp of the
    # battalion commander was", "the outpost guarded by a junta major was")
    r"(?<!\bof )(?<!\bby )\b(?:a|an|one|the|their|its|his|her|our|[\w-]+['’]s)\s+"
    r"(?:(?!(?:of|by|at|in|near|guarded|held|manned)\b)[\w-]+\s+){0,3}?"
    rf"(?-i:soldier|{'|'.join(RANK_WORDS)}|commander|officer|"
    r"policeman|fighter|member|villager|civilian|man|woman|boy|girl|youth|pastor|monk|"
    r"leader|administrator)\s+(?:was|had been|has been|being)\s+(?:\w+\s+)?$|"
    # things, only as the subject of this very verb: not "Cars were burned as the town
    # was captured"
    r"\b(?:weapons|arms|ammunition|guns|rifles|munitions|drugs|vehicles|trucks|cars|"
    r"motorbikes|goods|property|equipment|supplies|documents|phones)\s+(?:were|was|had been|"
    r"have been|being)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
#: Said of people taken: "captured alive".
_ALIVE: Final = re.compile(r"\s+alive\b", re.IGNORECASE)
#: People right before a verb of taking told in the passive ("three members of the
#: resistance captured during raids", "fighters were shot and captured by troops").
_PEOPLE_RIGHT_BEFORE: Final = re.compile(
    r"\b(?:members|fighters|soldiers|troops|villagers|civilians|people|men|women|residents|"
    r"youths|prisoners|officers|policemen)\b(?: of (?:the )?[\w-]+(?: [\w-]+)?)?\s+"
    r"(?:(?:were|was|had been|have been|being)\s+)?(?:\w+\s+and\s+)?$",
    re.IGNORECASE,
)
_PASSIVE_AFTER: Final = re.compile(r"\s*(?:by|during|in|on|at|after|while|when|and|,|\.|$)", re.I)
#: Fighting that describes who a group is, not a clash: "the armed groups fighting the
#: regime", "forces battling the junta".
_DESCRIBES: Final = re.compile(
    r"\b(?:groups?|organi[sz]ations?|forces|armies|militias?|movements?|alliances?|allies|"
    r"rebels|insurgents|those|people|who are|that are|which are)\s+$",
    re.IGNORECASE,
)
#: ... and in a clause of its own, against the state named alone: "the PDF, which is
#: fighting the regime" (not what a group is doing somewhere: "the KIA, which is fighting
#: junta troops near Mansi"; not "which was fighting", what it was doing then; "which has
#: been fighting the regime since the coup" is read as years of it, a summary left out).
_DESCRIBED_IN_A_CLAUSE: Final = re.compile(
    r"\b(?:who|which|that)\s+(?:is|are)(?:\s+(?:now|still|also))?\s+$", re.IGNORECASE
)
#: The state fought, named alone after "fighting": "(fighting) the regime", "(fighting)
#: against the military" (not "junta troops near Mansi").
_THE_STATE_ALONE: Final = re.compile(
    r"\s+(?:against\s+)?(?:the\s+)?(?:military\s+)?(?:regime|junta|military|government|"
    r"dictatorship|army|SAC|Tatmadaw)\b(?!\s+(?:troops|forces|soldiers|columns?|units?|in|near|"
    r"at|around|outside|for)\b)",
    re.IGNORECASE,
)
_DESCRIBING: Final = frozenset(["fighting", "battling", "fighting against", "fighting with"])
#: A weapon named as the means of another deed: "backed by gunships", "with landmines"
#: (not a deed of its own: :data:`_ANSWERED_WITH`).
_WITH: Final = re.compile(rf"\b(?:{_MEANS_WORDS})(?: \w+)?\s+$", re.I)
#: Verbs of taking things, before what was taken.
_TAKING: Final = r"confiscat(?:ed|ing|es|e)|seiz(?:ed|ing)|captur(?:ed|ing)|recover(?:ed|ing)|found"
#: Arms taken, then the list of them a trigger's words stand in: "confiscated arms from the
#: military, including machine guns, ammunition and (mortar shells)".
_ARMS_TAKEN: Final = re.compile(
    rf"\b(?:{_TAKING}|took|taken|displayed|surrendered)\b[^.;]{{0,60}}?"
    r"\b(?:arms|weapons|ammunition|munitions|"
    r"equipment|materiel)\b[^.;]{0,40}?(?:\bincluding|\bsuch as|\bamong them|:)\s+"
    # the list's items before the trigger's (not a clause after it: "..., and then jets")
    r"(?:(?!(?:then|later|also|when|while|before|after|as)\b)[\w'’-]+\s*(?:,\s*|\s+)"
    r"(?:(?:and|or|as well as)\s+)?){0,8}$"
    # ... or named right after it: "seized 60mm mortars, 81mm mortars and ammunition"
    rf"|\b(?:{_TAKING})\s+"
    r"(?:(?:\d+|two|three|four|five|several|some|many)\s+)?"
    r"(?:(?!(?:and|then|before|after|while|as)\b)[\w'’-]+,?\s+){0,2}$",
    re.IGNORECASE,
)
#: Wording right after a trigger that says it has not happened: "fighting is expected".
_TO_COME: Final = re.compile(
    r"\s+(?:(?:is|are|was|were)\s+(?:expected|likely|feared|set|due|planned|about)|"
    # (the verb "may", not the month: "troops attacked the village May 5")
    r"can|could|(?-i:may)|might|will|would)\b",
    re.I,
)
#: A deed's past participle naming what it left ("the seized outpost", "the burned
#: houses", "to hand a captured city back", "the retaken town"): a determiner before it
#: (not "Company A captured the hill"), a noun after.
_DETERMINER: Final = re.compile(r"\b(?:(?-i:a|an)|the|its|their|this|these)\s+$", re.I)
_NOUN_NEXT: Final = re.compile(
    r"\s+(?!(?:by|in|on|at|and|or|was|were|is|are|has|have|had|of|to|from|with|for|as|after|"
    r"before|during|near|when|while|but|the|a|an|his|her|its|their|it|them|him)\b)[a-z][\w-]*"
)
#: Words in a quotation that tell no deed done that day: a condition, what is expected,
#: feared or denied, what is done again and again ("“If the junta bombs Laiza on Monday,
#: we will strike back”", "“The junta says the KIA shelled Bhamo on Monday, but that is a
#: lie”", "“Every year on 25 October we pray”").
_NOT_TOLD_AS_DONE: Final = re.compile(
    r"\b(?:if|unless|expects?|expected|will|would|could|might|may|plans?|fears?|feared|"
    rf"lies?|lied|false|claims?|claimed|{DENY_WORDS}|says|say|every|each|whenever|"
    r"usually|often|always|alone|never|not|no)\b|n['’]t\b",
    re.IGNORECASE,
)
#: Quoted speech: what a witness says is testimony about an event, not a new one.
_QUOTED: Final = re.compile(r"“[^”]{0,400}”|\"[^\"]{0,400}\"")
#: What goes on after a quoted clause woven into the reporter's own sentence: lower
#: case, and no one told as speaking in the words after it ("“They dropped bombs on two
#: areas of Namhkam” town at around 1:00 am on Friday", "the military “indiscriminately
#: shelled the village” of Nyaung Pin"; not "... Namhkam” he said", nor "... again on
#: Tuesday” a resident told KNG").
_WOVEN_AFTER: Final = re.compile(
    r"\s+(?!(?:[\w'’-]+\s+){0,5}?"
    rf"(?:{SPEECH_VERBS}|tells|tell|adds|according|stated|continued|claimed|alleged)\b)[a-z]"
)
#: Words before a quotation that make it someone's name for a deed (scare quotes), not
#: the reporter's telling: "accused the KIA of “terrorist attacks”", "so-called".
_NAMED_SO_BEFORE: Final = re.compile(
    rf"\b(?:{ACCUSE_WORDS}|describ\w+|call\w*|dubb\w+|brand\w+|dismiss\w+|denied|deny|"
    r"denies|so-called|labell?\w+|term\w*)\b[^.;“\"]{0,60}$",
    re.IGNORECASE,
)


def quotation_spans(text: str) -> Iterator[tuple[int, int]]:
    """The spans of quoted speech in ``text``: a quotation that ends its own sentence
    ("... on Monday,” a resident said), is told as someone's words, or names a deed as
    someone calls it; not a clause the reporter's sentence goes on from (which ends in a
    word and is followed in lower case)."""
    for m in _QUOTED.finditer(text):
        if (
            m.group(0)[-2:-1].isalnum()
            and _WOVEN_AFTER.match(text, m.end())
            and not _NAMED_SO_BEFORE.search(text, max(0, m.start() - 80), m.start())
        ):
            continue
        yield m.span()


_TRIGGER_RE: Final = tuple(
    (i, event_type, sub, re.compile(rf"\b(?:{words})\b", re.IGNORECASE))
    for i, (event_type, sub, words) in enumerate(TRIGGERS)
)
#: The rank of the wording of fighting (the first of :data:`TRIGGERS` of armed clashes;
#: the last, :data:`ATTACKED_ONLY`'s, ranks lowest).
_FIGHTING_RANK: Final = next(i for i, (_, sub, _) in enumerate(TRIGGERS) if sub == "Armed clash")


def _as_fighting(trigger: Trigger) -> Trigger:
    """A taking of ground told as tried or fought for, read as fighting for it."""
    return replace(trigger, event_type="Battles", sub_event_type="Armed clash", rank=_FIGHTING_RANK)


#: Words of fighting, the subject of wording that it goes on: one ("fighting is"), many
#: ("clashes are").
_FIGHTING_ONE: Final = r"fighting|battle|shelling|bombardment|offensive"
#: Before fighting words that are the object of a deed about them, not its subject: "an
#: investigation into the attacks".
_NOT_ITS_OBJECT: Final = r"(?<!into the )(?<!of the )(?<!about the )"
_FIGHTING_MANY: Final = (
    r"clashes|battles|attacks|air ?strikes|airstrikes|bombardments|offensives|hostilities|raids"
)
#: Wording of an activity going on: as it was told ("is still", "are ongoing"), told so
#: in reported speech ("was ongoing, residents said"), or continuing over a while ("has
#: kept shelling", "continues to").
_ONGOING: Final = re.compile(
    r"\b(?:(?P<continuing>ha(?:s|ve) (?:kept|continued)|continu(?:es|e) to|"
    # "resistance troops keep up unrelenting attacks", "junta bases face daily attacks"
    # (not "keep up with rising prices", "struggling to keep up with attacks", "keeps up
    # the pressure", "to face attacks")
    rf"(?:(?<!to )(?:keeps?|(?:is|are) keeping) up(?! with\b)|(?<!to )faces?) "
    rf"(?:[\w-]+ ){{0,2}}?(?:{_FIGHTING_ONE}|{_FIGHTING_MANY})\b|"
    # "Clashes continue between the KIA and the regime", "fighting continues in Bhamo"
    r"(?:clashes|fighting|battles|attacks|air ?strikes|shelling|bombardments?) continues?"
    r"(?= (?:in|near|at|around|between|along|across|on|inside|outside)\b))|"
    # (not what is still being done about it: "is still being contacted", "still unknown")
    r"(?:is|are) (?:also )?still"
    r"(?! (?:being|to be|not|unknown|unclear|missing|under investigation)\b)|"
    r"(?:is|are) (?:still )?(?:ongoing|under ?way|raging)|"
    # fighting told as going on: "fighting is continuing around Aung Myay", "the clashes
    # are taking place near Momauk", "clashes still continue" (not "an investigation is
    # continuing"; not "clashes continue to rage", told as continuing, above)
    # (the fighting the subject, not a thing done about it: "an investigation into the
    # attacks in Laiza is continuing")
    rf"{_NOT_ITS_OBJECT}(?:(?:{_FIGHTING_ONE}) (?:[\w-]+ ){{0,2}}?is|"
    rf"(?:{_FIGHTING_MANY}) (?:[\w-]+ ){{0,2}}?are) (?:still |also |now )?"
    r"(?:continuing|taking place|occurring|escalating|intensifying|breaking out)|"
    # sides told as fighting: "are engaged in fierce fighting in Namkham Township"
    r"(?:is|are) (?:also |still )?(?:engaged|locked) in (?:[\w-]+ )?"
    rf"(?:{_FIGHTING_ONE}|{_FIGHTING_MANY})|"
    rf"{_NOT_ITS_OBJECT}(?:{_FIGHTING_MANY}) (?:still )?"
    r"continue\b(?! to\b)|"
    r"(?P<past>(?:was|were) (?:still )?(?:ongoing|under ?way|raging)))\b",
    re.IGNORECASE,
)
#: What makes "was ongoing" a time of the story, not of the telling: "by nightfall".
_STORY_TIME: Final = re.compile(
    r"\b(?:at the time|by (?:then|nightfall|night|evening|morning|noon)|that (?:day|night|"
    r"morning|evening|afternoon))\b",
    re.IGNORECASE,
)
_TOLD: Final = re.compile(rf"\b(?:{SPEECH_VERBS})\b", re.IGNORECASE)


#: Words before posts left that say their holders were forced out, which is ground taken
#: from them, not handed over: "could not hold their positions and abandoned their base",
#: "were forced to withdraw from", "under heavy attack, retreated from".
_FORCED_OUT: Final = re.compile(
    r"\b(?:could not|couldn['’]t|unable to|failed to) (?:hold|defend|keep)|\bforced\b|"
    r"\bunder (?:heavy |constant |intense )?(?:pressure|attack|fire|siege)|\bpress(?:ed|ing)\b|"
    r"\bsurrounded\b|\bbesieged\b",
    re.IGNORECASE,
)


#: How far before posts left the words of holders forced out are sought.
_FORCED_OUT_REACH: Final = 80
#: Words after posts left, in their clause, that say the holders were forced out or
#: left no ground to anyone: "under heavy KIA fire", "as KIA fighters closed in", "ending a
#: month-long siege", "to join the Civil Disobedience Movement", "and defected".
_FORCED_OUT_AFTER: Final = re.compile(
    r"[^.;]{0,60}?\b(?:under (?:heavy |intense |constant )?(?:\w+ )?(?:fire|attack|pressure)|"
    r"closed in|pressed|siege|surrounded|besieged|advanc\w*|after losing|"
    r"to join|defect\w*|joined the)\b",
    re.IGNORECASE,
)


def find_triggers(text: str, *, offset: int = 0) -> list[Trigger]:
    """Wording of what happened in ``text``, most telling first, then in order."""
    return read_triggers(text, offset=offset)[0]


def read_triggers(
    text: str,
    *,
    offset: int = 0,
    days: Sequence[tuple[int, int]] = (),
    one_days: Sequence[tuple[int, int]] = (),
) -> tuple[list[Trigger], list[tuple[int, int]]]:
    """:func:`find_triggers`, and the spans of wording of deeds not done: "plans to
    attack", "harder for the KIA to capture" (their places are no event's). ``days``: the
    spans in ``text`` of the days it tells, if read.
    ``one_days``: the spans of those that are one day ("on Monday", "4 July"): a quotation
    that tells one of them and no words of what was not done (:data:`_NOT_TOLD_AS_DONE`)
    is read for its deeds, marked ``quoted``."""
    denied: list[tuple[int, int]] = []
    found = []
    instruments = []  # "hit a truck with landmines": the weapon, when nothing else is said
    # (a quotation that tells a day of its own tells a deed: "“They fired heavy shells
    # yesterday (4 July),” he said"; one told again so is left out later, see
    # account.mark_retold)
    quotations = list(quotation_spans(text))
    dated = [
        q
        for q in quotations
        if any(q[0] <= a and b <= q[1] for a, b in one_days)
        and not _NOT_TOLD_AS_DONE.search(text, q[0], q[1])
    ]
    taken = Taken(len(text), [q for q in quotations if q not in dated])
    for rank, event_type, sub, pattern in _TRIGGER_RE:
        for m in pattern.finditer(text):
            if taken.overlaps(m.span()):
                continue
            if sub == OVERTAKES and (
                _TAKEN_NOT_GROUND.search(text[max(0, m.start() - 60) : m.start()])
                # "Bombs fell one after another": what fell is no post nor ground
                or (
                    m.group(0).casefold() == "fell"
                    and not _FALLEN.search(text, max(0, m.start() - 40), m.start())
                )
                # "captured alive": people
                or _ALIVE.match(text, m.end())
                # "Momauk, which came under KIA control last year, was shelled": ground
                # named, in the clause's own telling (not "prices came under control")
                or (
                    m.group(0).casefold().startswith(("came ", "come "))
                    and not _came_under_as_told(text, m.start())
                )
                or (
                    # (a verb alone, as a passive reads: "members captured during raids";
                    # not "KIA troops took the junta's Mansi camp on Monday")
                    " " not in m.group(0)
                    and _PEOPLE_RIGHT_BEFORE.search(text, max(0, m.start() - 60), m.start())
                    and _PASSIVE_AFTER.match(text, m.end())
                )
            ):
                # "11 villagers said to have been captured by troops", "three members of the
                # resistance captured during raids": people
                continue
            if m.group(0).casefold() in _HIT_WORDS and (
                not _HIT_BY_ARMED.search(text, max(0, m.start() - _HIT_REACH), m.start())
                or _ON_A_CONDITION.search(text, max(0, m.start() - _HIT_REACH), m.start())
            ):
                continue  # "Strong winds hit the camps", "If the KIA hits the base"
            trigger = Trigger(
                event_type, sub, (offset + m.start(), offset + m.end()), m.group(0), rank
            )
            told = max(0, m.start() - 30)  # where the words before it are read from
            before = text[told : m.start()]
            answered = _ANSWERED_WITH.search(text, max(0, m.start() - 60), m.start())
            if answered is not None and (
                answered["beside"] is None or _DEED_NOUN.search(m.group(0)) is not None
            ):
                # a deed of its own, told with "with": the words before it are read up to
                # that "with" ("the junta responded with airstrikes")
                before = text[told : max(told, answered.start())]
            taken.add(m.span())
            if (means := _WITH.search(before)) is not None:
                if sub != CHEMICAL:
                    instruments.append(trigger)
                    continue
                # a chemical weapon is the event's kind, not a means of another's ("carried
                # out aerial attacks using chemical bombs"): what is told before that "using"
                # says whether it was done
                before = before[: means.start()]
            if (
                sub == PROTEST_INTERVENTION
                and _CROWD_WEAPON.search(m.group(0))
                and not _CROWD_NEAR.search(
                    text, max(0, m.start() - _CROWD_REACH_CHARS), m.end() + _CROWD_REACH_CHARS
                )
            ):
                continue  # "troops used smoke grenades to cover their retreat": no crowd
            if sub == CHEMICAL and _DENIED.search(text, max(0, m.start() - 60), m.start()):
                continue  # "denied using chemical weapons", "denied dropping chemical bombs"
            if sub == NON_VIOLENT_TRANSFER and (
                _FORCED_OUT.search(text, max(0, m.start() - _FORCED_OUT_REACH), m.start())
                or _FORCED_OUT_AFTER.match(text, m.end())
            ):
                # "could not hold their positions and abandoned their base", "abandoned the
                # base under heavy KIA fire": no transfer (the fight, or the taking, is
                # told in its own words), nor "to join the CDM": no ground changed hands
                continue
            if event_type == "Explosions/Remote violence" and _ARMS_TAKEN.search(
                text, max(0, m.start() - 120), m.start()
            ):
                continue  # "seized arms, including machine guns and mortar shells": things
            if (_DEVICE.fullmatch(m.group(0)) or sub == GRENADE) and _DROPPED_BY_AIR.search(
                text, max(0, m.start() - _DEVICE_REACH), m.start()
            ):
                # "a drone dropped an explosive device", "drones dropped grenades, which
                # exploded": the drone's strike
                continue
            if event_type == "Explosions/Remote violence":
                left = _left_behind(text, m)
                if left == "none":
                    continue  # "Six unexploded shells were found in the village": no blast
                if left == "blast":
                    # "killed while playing with an unexploded artillery shell": a blast of
                    # what was left, as ACLED codes it, not shelling
                    trigger = replace(trigger, sub_event_type=_MINE_BLAST)
            if _NOT_AN_EVENT.search(before) or _TO_COME.match(text[m.end() : m.end() + 30]):
                if _NOT_YET.search(before):
                    denied.append(trigger.span)
                elif (
                    sub.endswith("territory")
                    and (attempt := _ATTEMPT.search(before)) is not None
                    and _fought_for_ground(text, m, told + attempt.start())
                ):
                    # "troops tried to retake Mansi", "in a bid to capture the base": the
                    # ground was fought for, not taken
                    found.append(_as_fighting(trigger))
                continue
            if (
                sub.endswith("territory")
                and (fought := _FOUGHT_FOR.search(before)) is not None
                # "the KIA's attack to capture Mansi succeeded": taken
                and not _TAKEN_IN_THE_END.match(text, m.end())
            ):
                if not _fought_for_ground(text, m, told + fought.start()):
                    continue  # "announced an offensive to capture Bhamo": to come
                # "the fight to retake the town", "an offensive to capture Bhamo": fighting
                trigger = _as_fighting(trigger)
            if sub == "Air/drone strike" and (
                _BROUGHT_DOWN.search(text, max(0, m.start() - _DOWNED_REACH), m.start())
                or _SHOT_DOWN_AFTER.match(text, m.end())
                or _AIRCRAFT_FELL.match(text, m.start())
            ):
                continue
            if (
                m.group(0).casefold().endswith(("ed", "burnt", "taken", "overrun"))
                and _DETERMINER.search(before)
                and _NOUN_NEXT.match(text, m.end())
            ):
                continue  # "the seized outpost is one of three": what an event left, named

            if (
                sub == "Air/drone strike"
                and AIRCRAFT.fullmatch(m.group(0))
                and _CARRIED_BY.search(text, max(0, m.start() - 60), m.start())
            ):
                continue  # "troops brought to the area by five helicopters": no strike
            if m.group(0).casefold() in _DESCRIBING and (
                _DESCRIBES.search(before)
                or (
                    _DESCRIBED_IN_A_CLAUSE.search(before)
                    and _THE_STATE_ALONE.match(text, m.end()) is not None
                )
            ):
                continue
            found.append(trigger)
    # "A jet bombed the base on Sunday after the KIA seized it": the deed of a clause of
    # time after another deed is what the event came after, not the event
    found = [
        t
        for t in found
        if not (
            _VERB.fullmatch(t.text)
            and (
                after := _AFTER_DEED.search(
                    text, max(0, t.span[0] - offset - 50), t.span[0] - offset
                )
            )
            and any(o.span[1] - offset <= after.start() for o in found)
        )
    ]
    done_before = [
        t
        for t in found
        if _DONE_BEFORE.search(text, max(0, t.span[0] - offset - 40), t.span[0] - offset)
    ]
    if len(done_before) < len(found):
        found = [t for t in found if t not in done_before]
    if any(t.sub_event_type != NON_VIOLENT_TRANSFER for t in found):
        # "troops abandoned the base after heavy fighting": the fighting's event
        found = [t for t in found if t.sub_event_type != NON_VIOLENT_TRANSFER]
    found = _without_carriers(found, text, offset, days)
    found, opening = _after_ground_taken(found, text, offset, days)
    denied.extend(opening)
    instruments.sort(key=lambda t: t.span[0])
    found = [_with_its_means(t, instruments, text, offset) for t in found]
    read = found or instruments
    if dated:
        read = [
            replace(t, quoted=True) if any(a <= t.span[0] - offset < b for a, b in dated) else t
            for t in read
        ]
    return sorted(read, key=lambda t: (t.rank, t.span)), denied


#: What a chemical weapon is carried by, told before it: aircraft, air strikes, shelling
#: ("jets bombed the village with chemical bombs", "a drone dropped chemical bombs").
_CARRIERS: Final = frozenset(["Air/drone strike", "Shelling/artillery/missile attack"])
#: How far before a chemical weapon its carrier is told, in characters.
_CARRIER_REACH_CHARS: Final = 100
#: Words between a carrier and a chemical weapon that end the carrier's clause: a full stop,
#: a semicolon, ", and", "while" ("jets bombed the town, and troops fired chemical shells").
_CARRIER_ENDS: Final = re.compile(r"[.;]|,\s*and\b|\bwhile\b|\bwhereas\b", re.IGNORECASE)


def _without_carriers(
    found: list[Trigger], text: str, offset: int, days: Sequence[tuple[int, int]]
) -> list[Trigger]:
    """``found`` without the air strikes and shelling that carried a chemical weapon told
    after them in their clause ("made aerial attacks on Tawng Hkam using 11 chemical
    bombs", "a junta drone dropped chemical bombs": one chemical weapon's event); not a
    weapon told after it ("8 chemical bombs and 27 conventional bombs": two), nor one told
    on two days ("bombed Namhsan on 5 May and dropped chemical bombs on Manton the next
    day": ``days``, the spans of the days the text tells)."""
    chemical = sorted(t.span[0] - offset for t in found if t.sub_event_type == CHEMICAL)
    if not chemical:
        return found
    day_starts = sorted(day for day, _ in days)

    def carrier(end: int) -> bool:
        """Whether the deed ending at ``end`` carried a chemical weapon told after it."""
        # (only the weapons told within reach after it: a long text stays linear)
        for at in chemical[bisect.bisect_left(chemical, end) :]:
            if at - end > _CARRIER_REACH_CHARS:
                return False
            if _CARRIER_ENDS.search(text, end, at):
                continue
            weapon_day = bisect.bisect_left(day_starts, at)
            if bisect.bisect_left(day_starts, end) < weapon_day < len(day_starts):
                continue  # a day between and one after: told on two days
            return True
        return False

    return [
        t for t in found if t.sub_event_type not in _CARRIERS or not carrier(t.span[1] - offset)
    ]


def _after_ground_taken(
    found: list[Trigger], text: str, offset: int, days: Sequence[tuple[int, int]]
) -> tuple[list[Trigger], list[tuple[int, int]]]:
    """``found`` without ground taken in the words that open the clause with "after"
    (:data:`_OPENED_AFTER`) when the clause tells a deed of another kind ("After Chipwi came
    under the control of the KIA, jets bombed the town on Sunday": what came before the
    deed), and the spans of those openings (their places are no event's). Not ground
    taken told with a day of its own ("After the KIA took Mansi on 5 May, jets bombed it on
    6 May"), nor ground taken after ground ("Once junta forces had retaken Naungcho, they
    went on, capturing Kyaukme": who took it)."""
    if all(t.sub_event_type in GROUND_TAKEN for t in found):
        return found, []
    dropped, openings = [], []
    for t in found:
        if t.sub_event_type not in GROUND_TAKEN or not _OPENED_AFTER.fullmatch(
            text, 0, t.span[0] - offset
        ):
            continue
        end = _opening_end(text, t.span[1] - offset)
        if any(day < end for day, _ in days):
            continue
        dropped.append(t)
        openings.append((offset, offset + end))
    return [t for t in found if t not in dropped], openings


#: A thing that explodes, as a trigger's words name it (not a deed: "the airstrike").
_EXPLOSIVE_THING: Final = re.compile(
    r"\b(?:land ?mines?|mines?|shells?|bombs?|explosives?|IEDs?|ordnance|grenades?|rounds?|"
    r"rockets?|missiles?|projectiles?)\b",
    re.IGNORECASE,
)
#: Words of making explosives safe: "clearing", "removed", "defused".
_MADE_SAFE: Final = (
    r"clear(?:s|ed|ing)?|remov(?:e|es|ed|ing)|defus(?:e|es|ed|ing)|dismantl(?:e|es|ed|ing)|"
    r"dispos(?:e|es|ed|ing) of"
)
#: Before the thing: left unexploded, or being made safe ("an unexploded 60mm mortar
#: grenade", "clearing the landmines planted by").
_LEFT_BEFORE: Final = re.compile(
    rf"\b(?:unexploded|undetonated|dud|{_MADE_SAFE})\s+"
    # (with a count: "cleared more than 50 improvised mines")
    r"(?:(?:more than|over|about|around|at least|some|nearly|almost)\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: After the thing: found, lying, or made safe ("six unexploded shells were found", "mines
#: are still lying around", "the mines were cleared").
_LEFT_AFTER: Final = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:(?:was|were|had been|have been|has been|are|is|still)\s+)+"
    rf"(?:also\s+)?(?:found|discovered|recovered|lying|remained|{_MADE_SAFE})\b"
    # (not people found: "two farmers hit by artillery shells were found dead")
    r"(?!\s+(?:dead|alive|killed|wounded|injured))",
    re.IGNORECASE,
)
#: The thing went off after all: "... blew up", "when it exploded" (or in the trigger's own
#: words, :data:`_WENT_OFF`: "(an unexploded) rocket went off").
_WENT_OFF_AFTER: Final = re.compile(rf"[^.;]{{0,80}}?\b(?:{_WENT_OFF_WORDS})\b", re.IGNORECASE)
#: People hurt told before the thing, in its clause: "killed while playing with", "killed
#: by a landmine", "hit by artillery shells".
_HURT_BEFORE: Final = re.compile(
    rf"\b(?:{HURT_BY}|killing|dead|injuring)\b[^.;]{{0,80}}$", re.IGNORECASE
)
#: People hurt told right after the thing: "(an unexploded rocket), killing one person",
#: "(unexploded shells), one person was killed" (not "were found, and the mine team ...").
_HURT_AFTER: Final = re.compile(
    rf"\W{{0,4}}\s*(?:(?:which|that)\s+)?(?:killing|injuring|wounding|{HURT_BY})\b"
    r"(?!\s+(?:no|nobody|none)\b)|"
    rf"\W{{0,4}}\s*(?:an?|\d+|{NUMBER_WORDS})\s+(?:[\w-]+\s+){{0,2}}?(?:was|were)\s+"
    rf"(?:{HURT_BY})\b",
    re.IGNORECASE,
)
#: How far before a thing's words what is told of it is read.
_LEFT_REACH: Final = 100


def _left_behind(text: str, m: re.Match[str]) -> Literal["none", "blast"] | None:
    """What a trigger naming a thing that explodes tells when it was left, found or made
    safe: ``"none"`` when it did not go off ("Six unexploded shells were found in the
    village", "Troops are clearing the landmines planted by the KIA"), ``"blast"`` when it
    went off or hurt someone all the same ("killed while playing with an unexploded
    artillery shell", "were removing the landmine when it exploded"); ``None`` when it is
    told as none of these."""
    if _EXPLOSIVE_THING.search(m.group(0)) is None:
        return None
    window = max(0, m.start() - _LEFT_REACH)
    left = _LEFT_BEFORE.search(text, max(0, m.start() - 40), m.start())
    found = _LEFT_AFTER.match(text, m.end())
    if left is None and found is None:
        return None
    if (
        _WENT_OFF_AFTER.match(text, m.end())
        or _WENT_OFF.search(m.group(0))
        or _HURT_BEFORE.search(text, window, m.start())
        or _HURT_AFTER.match(text, m.end())
    ):
        return "blast" if left is not None else None
    return "none"


#: Words that open a clause of its own, across which no attack's means is sought
#: ("attacked the outpost, and the junta responded, with airstrikes").
_OPENS_A_CLAUSE: Final = r"and|but|while|as|which|who|after|before|then"
#: Between words that only say someone attacked and what they attacked with: "attacked
#: the column with", "struck the base using" (not who did it: "attacked by troops with").
_ATTACKED_WITH: Final = re.compile(
    # (past words set off by commas: "hit the column, over 100 soldiers strong, with";
    # not a clause of its own: "attacked the outpost, and the junta responded, with")
    r"\s+(?:(?:the|a|an|its|their|two|three|several)\s+)?"
    rf"(?:(?!by\b)[\w'’-]+(?:,(?!\s*(?:{_OPENS_A_CLAUSE}|whom|where|when)\b)[^,.;]{{1,50}},)?"
    r"\s+){0,4}?(?:with|using)\s+(?:\w+\s+)?",
    re.IGNORECASE,
)
#: What was hit, then its means: "(hit) a junta column moving from Bhamo to Momauk with (a
#: landmine)" (who or what is hit is often told at length; not across another clause).
_HIT_WITH: Final = re.compile(
    rf"\s+(?:(?!(?:{_OPENS_A_CLAUSE}|by|that)\b)[\w'’(),-]+\s+){{0,10}}?"
    r"(?:with|using)\s+(?:\w+\s+)?",
    re.IGNORECASE,
)
#: How far after the words of an attack what it was done with may be told.
_MEANS_REACH: Final = 80
#: What comes after a weapon that backs an attack, not done with it: "helicopter support",
#: "helicopters providing cover".
_SUPPORT_AFTER: Final = re.compile(r"\s+(?:\w+\s+)?(?:support|cover|backing|escort)", re.IGNORECASE)
#: Words that only say someone attacked, read whole (:data:`ATTACKED_ONLY`).
ATTACKED_ONLY_WORDS: Final = re.compile(ATTACKED_ONLY, re.IGNORECASE)
#: Fire opened on someone: an attack whose means, an aircraft, may make it an air strike.
_OPENED_FIRE: Final = re.compile(_OPEN_FIRE, re.IGNORECASE)
#: What fire was opened on, then its means: "(opened fire on) the area with (helicopters)"
#: (not what came with them: "on the soldiers who came with helicopters").
_FIRED_WITH: Final = re.compile(
    r"\s+(?:(?!(?:who|which|that|came|arrived|landed|unloading|brought)\b)[\w'’-]+\s+){0,3}?"
    r"(?:with|using)\s+(?:\w+\s+)?",
    re.IGNORECASE,
)
#: A means too vague to give a kind: bombs are thrown or planted as often as dropped.
_VAGUE_MEANS: Final = re.compile(r"bomb(?:s|ed|ing)?", re.IGNORECASE)
#: Words of being done to, right before an attack verb in the past: "was attacked (with
#: drones)" (not "was attacking").
#: The be-verb of a deed told in the passive, right before its words, maybe with one word
#: between: "(a base) was (seized)", "were reportedly (attacked)".
PASSIVE_BEFORE: Final = r"\b(?:was|were|been|being|be|is|are)\s+(?:\w+\s+)?$"
#: How far before a deed's words :data:`PASSIVE_BEFORE` is read (characters).
PASSIVE_REACH_CHARS: Final = 30
_PASSIVE_RIGHT_BEFORE: Final = re.compile(r"\b(?:was|were|been|being|is|are)\s+$", re.IGNORECASE)


#: Words of what strikes from the air, anywhere in a report: aircraft, their models and
#: strikes from the air ("jets", "two Mi-35s", "an airstrike", "aerial bombs"), bombs told
#: as dropped ("dropped two 500 lb-bombs", "bombs were dropped") or weighed as an
#: aircraft's are ("two 500-pound bombs").
_FROM_ABOVE_WORDS: Final = (
    rf"\b(?:{_FROM_THE_AIR})|\b(?:{_AIRCRAFT_MODELS})|\bfrom the air\b|\baerial\b|"
    r"\bair[- ]?bombs?\b|\bplanes?\b|"
    r"\bdropp(?:ed|ing)\s+(?:[\w-]+\s+|\w+-){0,3}?(?:bombs?|explosives?|munitions?)|"
    r"\bbombs?\s+(?:were|was|had been|have been)\s+dropped\b|"
    r"\b\d+[- ]?(?:pound|lb|kg)s?[- ]bombs?\b"
)
_FROM_ABOVE: Final = re.compile(_FROM_ABOVE_WORDS, re.IGNORECASE)
#: Shelling, anywhere in a report: "troops shelled Kani", "mortar fire".
_SHELLED: Final = re.compile(rf"\b(?:{_SHELL})", re.IGNORECASE)
#: Words of what drops or fires bombs, anywhere in a report: what strikes from the air,
#: bombs told as fired ("fired two bombs"), shelling.
_FIRED_OR_DROPPED: Final = re.compile(
    rf"{_FROM_ABOVE_WORDS}|\bfir(?:ed|ing)\s+(?:[\w-]+\s+){{0,3}}?(?:bombs?|explosives?|munitions?)|"
    rf"\b(?:{_SHELL})",
    re.IGNORECASE,
)
#: Right after a bomb's word, that it went off: "(three bombs) exploded in succession",
#: "(a bomb) blast", "(two bombs) had gone off", "(a bomb) attack on a police post".
_WENT_OFF: Final = re.compile(
    rf"\s+(?:(?:had|have|has)\s+)?(?:{_WENT_OFF_WORDS})\b|\s+(?:blasts?|explosions?|attacks?)\b",
    re.IGNORECASE,
)
#: A mine's trigger that names an explosive device (:data:`_DEVICE_WORDS`), read whole.
_DEVICE: Final = re.compile(_DEVICE_WORDS, re.IGNORECASE)
#: What drops or carries a device, told before it: "a drone dropped (an explosive
#: device)", "a drone-borne (explosive device)".
_DROPPED_BY_AIR: Final = re.compile(
    rf"\b(?:{_AIRCRAFT_WORDS}|{_AIRCRAFT_MODELS})\b[^.;]*?"
    r"(?:\bdropp(?:ed|ing)|borne|\bcarr(?:ied|ying)|\blaunched|\bfired)\b",
    re.IGNORECASE,
)
#: A bomb, as an air strike's trigger names it.
_BOMB: Final = re.compile(r"bombs?", re.IGNORECASE)
#: The sub-event type of shelling.
_SHELLING: Final = "Shelling/artillery/missile attack"


def _rank_of(sub_event_type: str) -> int:
    """The rank of the first of :data:`TRIGGERS` of a sub-event type."""
    return next(i for i, (_, sub, _) in enumerate(TRIGGERS) if sub == sub_event_type)


_MINE_BLAST_RANK: Final = _rank_of(_MINE_BLAST)
_SHELLING_RANK: Final = _rank_of(_SHELLING)


def tells_bombs_fired(text: str) -> bool:
    """Whether a report tells anywhere what drops or fires bombs: aircraft, strikes from
    the air, shelling ("Troops shelled Kani. Two bombs exploded in the village": mortar
    bombs). One mention is enough: a bomb that went off may then be theirs, and the
    reader keeps the kind its words give."""
    return _FIRED_OR_DROPPED.search(text) is not None


def tells_shelling_only(text: str) -> bool:
    """Whether a report tells shelling and nothing that strikes from the air: its bombs
    are shells ("Artillery shells hit an IDP camp ... two bombs fell on a house")."""
    return _SHELLED.search(text) is not None and _FROM_ABOVE.search(text) is None


#: Right after a bomb's word, that it came down where it hit: "(two bombs) fell on a
#: house", "(bombs) landed near the school" (not one thrown, planted or gone off).
_CAME_DOWN: Final = re.compile(
    r"\s+(?:(?:had|have|has)\s+)?(?:fell|fall|falling|landed|hit|struck|rained|came down)\b",
    re.IGNORECASE,
)


def as_shelled(trigger: Trigger, text: str) -> Trigger:
    """A bomb told as coming down ("two bombs fell on a house"), in a report that tells
    shelling and nothing that strikes from the air (:func:`tells_shelling_only`, asked by
    the caller): a shell; any other trigger as it is."""
    return _bomb_as(trigger, text, _CAME_DOWN, _SHELLING, _SHELLING_RANK)


_BARE_BLAST: Final = re.compile(_BLAST_WORDS, re.IGNORECASE)


def read_bombs(
    triggers: list[Trigger], text: str, *, fired: bool, shelling_only: bool
) -> list[Trigger]:
    """A clause's triggers, its bombs and explosions read as the report tells them: a bomb
    that went off where nothing drops or fires bombs is planted (:func:`as_planted`), one
    that came down where only shells are fired is a shell (:func:`as_shelled`), and a
    bare explosion is an event only where nothing else is told
    (:func:`without_bare_blasts`); ``fired`` and ``shelling_only`` are asked of the report
    once (:func:`tells_bombs_fired`, :func:`tells_shelling_only`)."""
    read = triggers
    if not fired:
        read = [as_planted(t, text) for t in read]
    if shelling_only:
        read = [as_shelled(t, text) for t in read]
    if read is not triggers:  # read again: in order of rank, as found
        read.sort(key=lambda t: (t.rank, t.span))
    return without_bare_blasts(read, fired=fired)


def without_bare_blasts(triggers: list[Trigger], *, fired: bool) -> list[Trigger]:
    """A clause's triggers without an explosion told with no word of what went off
    (:data:`_BLAST_TOLD`) where the report tells what drops or fires bombs (``fired``:
    the blast is theirs, no event of its own) or the clause tells a deed of another kind
    ("fighting broke out after an explosion at a checkpoint": the fighting)."""

    def bare(trigger: Trigger) -> bool:
        return (
            trigger.sub_event_type == _MINE_BLAST
            and _BARE_BLAST.fullmatch(trigger.text) is not None
        )

    if not any(bare(t) for t in triggers):
        return triggers
    if fired or not all(bare(t) for t in triggers):
        return [t for t in triggers if not bare(t)]
    return triggers


def as_planted(trigger: Trigger, text: str) -> Trigger:
    """A bomb told as going off ("Three bombs exploded on the road to Mingalar Muse", "a
    bomb blast near the bank"), in a report that tells nothing that drops or fires bombs
    (:func:`tells_bombs_fired`, asked by the caller): a remote explosive's blast, as ACLED
    codes a bomb no one dropped or fired; any other trigger as it is."""
    return _bomb_as(trigger, text, _WENT_OFF, _MINE_BLAST, _MINE_BLAST_RANK)


def _bomb_as(
    trigger: Trigger, text: str, told: re.Pattern[str], sub_event_type: str, rank: int
) -> Trigger:
    """An air strike's trigger that names a bomb, with ``told`` right after it, read as a
    remote violence of another sub-event type; any other trigger as it is."""
    if (
        trigger.sub_event_type != "Air/drone strike"
        or _BOMB.fullmatch(trigger.text) is None
        or told.match(text, trigger.span[1]) is None
    ):
        return trigger
    return replace(
        trigger, event_type="Explosions/Remote violence", sub_event_type=sub_event_type, rank=rank
    )


def _with_its_means(
    trigger: Trigger, instruments: list[Trigger], text: str, offset: int
) -> Trigger:
    """A trigger that only says someone attacked, given the kind of what they attacked
    with, told right after it ("attacked the column with landmines": a mine attack;
    "attacked the hill with jet fighters": an air strike), as ACLED codes the means; not
    a weapon that backed the attack ("raided the village with helicopter support")."""
    start, end = trigger.span[0] - offset, trigger.span[1] - offset
    # fire opened from aircraft is an air strike ("opened fire on the area with helicopters")
    fired = _OPENED_FIRE.fullmatch(trigger.text) is not None
    hit = trigger.text.casefold() in _HIT_WORDS
    if (ATTACKED_ONLY_WORDS.fullmatch(trigger.text) is None and not fired) or (
        trigger.text.casefold().endswith("ed")
        and _PASSIVE_RIGHT_BEFORE.search(text, max(0, start - 8), start)
    ):
        return trigger  # (done to someone: whose means the words do not say)
    # (the means told right after it, in order: a long text stays linear)
    first = bisect.bisect_left(instruments, end + offset, key=lambda t: t.span[0])
    for means in instruments[first:]:
        if means.span[0] - offset > end + _MEANS_REACH:
            break
        if _VAGUE_MEANS.fullmatch(means.text) or (
            fired and means.sub_event_type != "Air/drone strike"
        ):
            continue
        told_to = means.span[1] - offset
        between = _FIRED_WITH if fired else _HIT_WITH if hit else _ATTACKED_WITH
        if between.fullmatch(text, end, means.span[0] - offset) and not _SUPPORT_AFTER.match(
            text, told_to
        ):
            return replace(means, span=(trigger.span[0], means.span[1]), text=text[start:told_to])
    return trigger


def attacked_span(trigger: Trigger) -> tuple[int, int] | None:
    """Where the words of what was attacked lie in a trigger told as an attack with its
    means (:func:`_with_its_means`: "attacked | the junta column | with landmines"), if it is
    one."""
    verb = re.match(r"[\w-]+", trigger.text)
    if (
        verb is None
        or trigger.event_type != "Explosions/Remote violence"
        or ATTACKED_ONLY_WORDS.fullmatch(verb.group(0)) is None
    ):
        return None
    return trigger.span[0] + verb.end(), trigger.span[1]


#: A deed told by a verb in the past ("seized", "took", "struck"), not by a noun.
_VERB: Final = re.compile(
    r"\w+ed|took(?: \w+)*|struck|fought|overran|shot(?: \w+)*|burnt(?: \w+)*|stormed|hit",
    re.IGNORECASE,
)
#: A clause of time before a deed: "after the KIA", "before it" (what goes on "since" a
#: deed is background of its own: ``account.mark_background``).
_AFTER_DEED: Final = re.compile(
    rf"\b(?:{_CAME_AFTER_WORDS}|before)\s+(?:the\s+|a\s+|its\s+|their\s+)?"
    r"(?:[\w'’-]+\s+){1,3}$",
    re.IGNORECASE,
)


def ongoing(text: str) -> re.Match[str] | None:
    """The wording that says an activity is going on, if any: the past tense only in
    what someone told ("fighting was ongoing, residents said"), not in the story's own
    time ("by nightfall, fighting was raging")."""
    for m in _ONGOING.finditer(text):
        if m["past"] and (_TOLD.search(text) is None or _STORY_TIME.search(text)):
            continue
        return m
    return None


#: How a deed being done is done, before its verb: "is heavily shelling", "is currently
#: being bombed" (not "is only attacking military positions": what a side does at all).
_DOING_HOW: Final = (
    r"(?:heavily|constantly|continuously|repeatedly|reportedly|currently|indiscriminately|"
    r"intensively|relentlessly|regularly|fiercely)"
)
#: A deed told as being done, by a side or as fighting: "the army is shelling KIA
#: positions", "troops have been fighting near the dam", "clashes have escalated in
#: Momauk" (not "are not attacking"; nor what :data:`_NOT_BEING_DONE_BEFORE` denies).
_BEING_DONE: Final = re.compile(
    rf"\b(?:is|are|ha(?:s|ve) been) (?:still |now |also )?(?:{_DOING_HOW} )?"
    r"(?:shelling|bombing|bombarding|attacking|fighting|firing|torching|burning|raiding|"
    r"clashing|pounding|launching|conducting|carrying out)\b|"
    # told of what it is done to: "Thanbo camp is being heavily shelled"
    rf"\b(?:is|are) (?:still |now |also |{_DOING_HOW} )?being (?:{_DOING_HOW} )?"
    r"(?:shelled|bombed|bombarded|attacked|pounded|raided|torched|burned)\b|"
    rf"{_NOT_ITS_OBJECT}\b(?:(?:{_FIGHTING_ONE}) has|(?:{_FIGHTING_MANY}) have) "
    r"(?:[a-z]+ly )?(?:escalated|intensified)\b",
    re.IGNORECASE,
)


#: Words before a deed told as being done that say it is not ("no soldiers are
#: attacking", "nobody has been fighting", "denied that its troops are shelling", "if the
#: army is shelling").
_NOT_BEING_DONE_BEFORE: Final = re.compile(
    r"\b(?:no|nobody|neither|none|few|not true|false|den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|"
    r"if|unless|whether|claims?|accus\w+|alleg\w+)\b[^.;:]{0,60}$",
    re.IGNORECASE,
)
#: Words after it that put it to come ("is launching attacks on Bhamo soon"), or make
#: it a purpose ("is fighting to defend its land").
_NOT_BEING_DONE_AFTER: Final = re.compile(
    r"(?<=fighting) to\b|[^.;:]{0,60}?\b(?:soon|next (?:week|month|year)|tomorrow|"
    r"in the coming)\b",
    re.IGNORECASE,
)


def being_done(text: str) -> re.Match[str] | None:
    """The wording that tells a deed as being done as it was told, if any (not one told
    as not done, to come, or as a purpose): such a deed with no day of its own, and none
    the report's account gives it, goes on over the month so far, as a coder codes an
    activity going on."""
    for m in _BEING_DONE.finditer(text):
        if not (
            _NOT_BEING_DONE_BEFORE.search(text, max(0, m.start() - 80), m.start())
            or _NOT_BEING_DONE_AFTER.match(text, m.end())
        ):
            return m
    return None


def going_on_when_told(match: re.Match[str]) -> bool:
    """Whether ongoing wording says the activity went on as it was told ("is still
    going on"), not that it has continued over a while ("has kept shelling")."""
    return match["continuing"] is None
