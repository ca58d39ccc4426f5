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
from dataclasses import dataclass, replace
from typing import Final

from geo.extract._spans import Taken
from geo.extract.dates import CALENDAR_WORDS
from geo.extract.numbers import NUMBER_WORDS, Amount, find_amounts, number_value
from geo.extract.wording import (
    PERSON_RANKS,
    PERSON_TITLES,
    PROTESTING,
    SPEECH_VERBS,
    YEAR_OLD,
)

__all__ = [
    "CasualtyMention",
    "find_figures",
    "names_armed_side",
    "people_counted",
    "told_as_toll",
]

#: One person, as a reporter names them.
_PERSON: Final = (
    r"person|civilian|villager|resident|IDP|child|minor|student|teacher|woman|man|girl|boy|"
    r"soldier|troop|fighter|member|officer|policeman|militiaman|combatant|monk|nun|novice|"
    r"worshipper|passenger|victim|teenager|farmer|worker|miner|labou?rer|infant|baby|"
    r"toddler|patient|guest|driver|vendor|shopkeeper|trader|official|administrator|headman|"
    r"pastor|priest|youth|volunteer|journalist|nurse|doctor|medic|citizen|inhabitant|"
    r"bystander|pedestrian|motorcyclist|porter|prisoner|detainee|inmate|hostage|elder|"
    r"abbot|commander|leader|pupil|mourner|refugee|layperson|layman|laywoman|devotee|"
    rf"caretaker|{'|'.join(PERSON_RANKS)}|"
    r"guard|watchman|peasant|herder|fisherman|gold miner|scavenger|motorist|cyclist|boatman|"
    r"firefighter|fireman|rescuer|housewife|homemaker|shepherd|cook|mechanic|carpenter"
)
#: A relative, as in "her son and brother".
_RELATIVE: Final = (
    r"mother|father|son|daughter|wife|husband|brother|sister|grandmother|grandfather|"
    r"grandson|granddaughter|grandchild|uncle|aunt|nephew|niece|cousin|relative|"
    r"neighbou?r|in-law|sibling|parent|mother-in-law|father-in-law"
)

#: Words that tell people died: "killed", "lost their lives", "suffered a fatal wound",
#: "tortured to death" (by "death").
_KILL: Final = (
    # "lives" of the dead ("claimed 60 lives in the village"), not where one lives ("who
    # lives in Mansi")
    r"killed|killing|kills|kill|dead|died|die|deaths?|bodies|"
    r"(?<!\bwho )(?<!\bwhich )(?<!\bthat )(?<!\bhe )(?<!\bshe )(?<!\bstill )(?<!\band )"
    r"(?<!\balso )(?<!\bnow )lives|"
    r"lost (?:their|his|her) li(?:fe|ves)"
    r"|death toll|executed|massacred|slain|shot dead|perished|murdered|slaughtered|beheaded|"
    r"gunned down|martyred|succumbed|burn(?:ed|t) (?:to death|alive)|"
    r"fatally (?:shot|wounded|injured|hit)|fatalities|"
    # "suffered a fatal wound": a wound that killed (not "non-fatal", "near-fatal wounds")
    r"(?<!non-)(?<!non )(?<!near-)(?<!near )fatal (?:gunshot )?(?:wounds?|injur(?:y|ies))"
)
#: Words that tell people were hurt: "wounded", "injuries", "lost a leg".
_HURT: Final = (
    r"injured|injuring|injures|injur(?:y|ies)|wounded|wounding|wounds|hurt|maimed|"
    r"hospitali[sz]ed|"
    # a limb lost to a mine: "one of his legs was cut off", "cutting off their legs"
    r"(?:legs?|arms?|limbs?|feet|foot|hands?) (?:was |were |had been )?(?:cut off|amputated|"
    r"blown off)|(?:cutting|cut|blew|blowing) off (?:his|her|their|both|one of his|one of her) "
    r"(?:legs?|arms?|limbs?|feet|foot|hands?)|lost (?:his|her|their|a|both|one of his|one of "
    r"her) (?:legs?|arms?|limbs?|feet|foot|hands?)"
)
_CASUALTY: Final = re.compile(rf"\b(?:(?P<kill>{_KILL})|(?P<hurt>{_HURT}))\b", re.IGNORECASE)
#: A family counted by its members, before the count: "(killed) a family of five".
_FAMILY_WORDS: Final = r"(?:family|household) of"
#: Words that take the figure after them: "killed 29", "wounding five", "claimed the lives
#: of", "took the lives of", "carried out a massacre of".
_VERB_BEFORE: Final = re.compile(
    rf"\b(?:(?P<kill>killed|killing|kills|kill|"
    r"(?:claim(?:ed|ing|s)?|t(?:ook|akes?|aking|aken)) the lives of|"
    # "the deaths of", "the immediate death of"
    r"(?:the |in )(?:(?:immediate|instant|tragic|sudden) )?deaths? of|"
    # a massacre done (not one condemned, mourned or looked into: "called for an inquiry
    # into the massacre of 11 civilians")
    r"(?:carried out|committed|perpetrated) (?:a |the )?massacre of|(?:death )?toll"
    r"(?:(?: [\w’']{1,30}){0,4}? (?:has |had )?"
    r"(?:rose|risen|rising|reached|climbed|stood|stands|jumped|is|was))?"
    r"(?: to| at| of)?"
    r"|executed|massacred|shot dead|shooting dead|killed a total of|murdered|murdering|"
    r"(?:fatally|mortally) (?:shot|shooting|stabbed|stabbing|wounded|wounding|injured|"
    r"injuring|hit|hitting)|"
    # "found the beaten bodies of at least 15 people", "the body of a man"; not "a body
    # of 300 troops", "the main body of the column"
    r"(?P<bodies>(?:bodies|corpses) of|the (?:dead )?(?:body|corpse) of)|"
    r"gunned down|gunning down|slaughtered|beheaded|"
    r"(?:the|those) (?:dead|killed) (?:included|include|includes|were|are)(?: also)?)"
    rf"|(?P<hurt>{_HURT}|(?:serious |severe |critical |minor )?(?:injuries|wounds) to|"
    r"(?:the|those) (?:injured|wounded) (?:included|include|includes|were|are)(?: also)?)"
    # "injuring her two sons": a possessive before the count
    r"|(?P<left>left|leaving|leaves))\s+(?:both\s+|all\s+)?(?:(?:an? |another |the |her |his "
    r"|their )?)"
    # "injuries to an additional 11 individuals", "killed a family of five"
    rf"(?:additional |further )?(?:{_FAMILY_WORDS} )?$",
    re.IGNORECASE,
)
_NOUN: Final = re.compile(
    r"^\s*(?:more |other |of (?:the |its |their |his |her |our )?|[\w-]{1,30}['’]s |"
    r"(?:(?-i:[A-Z][\w'’-]{0,30})|junta|regime|military|"
    r"government|resistance|armed|displaced|internally|young|civilian|local|unarmed|"
    rf"innocent|ethnic|jade|family|rebel|allied|security|army|police|{YEAR_OLD}|"
    r"elderly|old|older|younger|pregnant|teenage|male|female|disabled|fellow|former|village|camp|"
    r"IDP|\((?-i:[A-Z]{2,8})\)) ){0,5}"
    # (any word for a person, one or many: "three novices", "two pastors"; not an owner:
    # "12 herders’ cattle")
    rf"(?P<noun>people|persons|person|(?:{_PERSON})s?(?!['’]s?\s)|{_RELATIVE}|civilians|"
    r"villagers|residents|"
    r"IDPs|children|students|teachers|women|men|girls|boys|soldiers|troops|fighters|"
    r"members|others|officers|personnel|policemen|police|militiamen|militia members|individuals|"
    r"combatants|monks|worshippers|passengers|victims|teenagers|farmers|workers|"
    r"miners|labou?rers|infants|babies|elderly|patients|guests|attendees|"
    r"concert-?goers|dead|bodies|deaths|of them|sons|daughters|brothers|sisters|"
    r"relatives|parents|grandparents|family members|neighbou?rs|drivers|vendors|"
    r"officials|administrators|youths|citizens|inhabitants|locals|bystanders|"
    r"pedestrians|porters|prisoners|detainees|inmates|hostages|elders|pupils|mourners|"
    rf"refugees|firefighters|firemen|rescuers|{PROTESTING}|"
    r"(?:(?<=of the )|(?<=of those ))(?:wounded|injured))\b"
    # "four members of one family", "three members of the same household"
    r"(?:\s+of\s+(?:one|a|an|the|the same|their|his|her|its)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:family|household)(?:\s+of\s+(?:\d{1,2}|[a-z]+))?\b)?"
    # a word for people that describes things counts none: "4 civilian houses"
    r"(?!\s+(?:houses?|homes?|buildings?|vehicles?|cars?|trucks?|propert(?:y|ies)|targets?|"
    r"areas?|structures?|infrastructure|facilit(?:y|ies)|objects?|sites?|shelters?|"
    r"settlements?|quarters?|compounds?|lands?|farms?|shops?|businesses|cattle)\b)",
    re.IGNORECASE,
)
#: What a count of one names with an article or a possessive: "a soldier", "her son".
_PERSON_AFTER_ARTICLE: Final = re.compile(
    rf"(?P<det>\b(?:an?|another)\b)(?=\s+(?:(?:{YEAR_OLD}|young|old|elderly|pregnant|"
    r"second|third|fourth|fifth|further|"
    r"local|displaced|civilian|junta|regime|military|police|army|security|border|government|"
    r"KIA|PDF|TNLA|resistance|Kachin|Shan|"
    r"Ta['’]ang|Lisu|Rawang|Bamar|male|female|teenage|unarmed|innocent|disabled|fellow|"
    r"former|senior|ethnic|village|IDP|camp|Christian|Buddhist|Baptist|Catholic|"
    # whose the person is: "a people’s security member", "a People's Defence Force fighter"
    r"(?-i:people)['’]s|(?-i:People)['’]s|"
    # (an organisation's short name: "a TLEC female teacher", "an NUG official")
    rf"(?-i:[A-Z][a-z]+(?:-\d{{1,2}})?)|(?-i:[A-Z]{{2,6}})|\([\w'’ -]{{1,30}}\))\s+){{0,3}}"
    rf"(?:{_PERSON}|{_RELATIVE})\b)",
    re.IGNORECASE,
)
#: Someone named by an age alone: "killing a 5-year-old", "a 15-year-old was killed"
#: (not "a 45-year-old farmer", which names a person, nor "a 100-year-old church").
_AGE_ALONE: Final = re.compile(
    rf"\b(?:an?|another)\s+(?P<age>{YEAR_OLD})\b"
    r"(?=\s*(?:[.,;:)!?\"”’–—]|$|(?:was|were|had|has|is|who|and|from|in|on|at|died|"
    r"killed|wounded|injured|among|also|later|by|as|when|after|while)\b))",
    re.IGNORECASE,
)
#: A named person right after a casualty verb, told as a person by a title or by what
#: follows the name: "killed U Ai Lao, aged 40,", "shot dead Moe Swe Oo, a villager",
#: "wounding Daw Hla Hla"; or a titled name before a passive casualty verb: "Ko Min Min
#: was shot dead".
_NAME: Final = r"(?-i:[A-Z][\w'’-]{0,30})(?:\s+(?-i:[A-Z][\w'’-]{0,30})){0,3}\b"
#: An aside that names someone by what they are: ", the leader", ", a farmer".
_PERSON_ASIDE: Final = rf",\s+(?:an?|the)\s+(?:[\w'’-]{{1,30}}\s+){{0,3}}?(?:{_PERSON})\b"
#: An age or such an aside after a name: ", aged 40", ", a villager".
_APPOSITIVE: Final = rf"(?:,\s*(?:aged\s+)?\d{{1,3}}\b|{_PERSON_ASIDE})"
#: A name's match that ends in such an aside (:data:`_NAMED`): "Shwe Min, the leader".
_APPOSITIVE_PERSON: Final = re.compile(rf"{_PERSON_ASIDE}$", re.IGNORECASE)
#: The rest of such an aside, up to its closing comma: " of a Lisu militia and head of
#: its party".
_ASIDE_GOES_ON: Final = re.compile(r"\s+(?:of|from|in|at|with)\s+[^,;.]{1,120}(?=,)")


def _rest_of_aside(text: str, at: int) -> int:
    """Where the aside that names someone by what they are ends, from ``at``, right after
    the word for them (:data:`_ASIDE_GOES_ON`)."""
    goes_on = _ASIDE_GOES_ON.match(text, at)
    return at if goes_on is None else goes_on.end()


_NAMED: Final = re.compile(
    # (not a name after "@": another name of the one before, "Ko Myo Wai Lin @ Ko Amyo")
    rf"(?<!@)(?<!@\s)\b(?:{YEAR_OLD}\s+)?(?:{PERSON_TITLES}\s+{_NAME}{_APPOSITIVE}?"
    r"(?=\s*(?:[,.;:)]|$|and\b|\((?:\d|aged)|"
    r"(?:was|were|had been|have been|sustained|suffered|received)\b|(?:aged|from|in|on|at)\s))"
    rf"|{_NAME}{_APPOSITIVE}"
    # "shot dead 39-year-old Thein Tan": a name with an age before it is a person's
    rf"|{YEAR_OLD}\s+{_NAME})",
    re.IGNORECASE,
)
#: A name told with an age before it: "27-year-old Chit San Maung".
_AGED_NAME: Final = re.compile(
    rf"\b{YEAR_OLD}\s+(?:{PERSON_TITLES}\s+)?"
    r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}\b",
    re.IGNORECASE,
)
#: An aside about someone, after a bare number: the number is their age.
_WHO_ASIDE: Final = re.compile(r"\s*,\s*(?:who|whose|whom)\b", re.IGNORECASE)
_NAME_LIST_GAP: Final = re.compile(r"\s*(?:,|,?\s+and|&)\s+")
#: A person named just before a name, which is theirs: "the younger brother Ko Myo".
_NAMES_WHO_BEFORE: Final = re.compile(
    rf"\b(?:{_PERSON}|{_RELATIVE})s?(?:\s+(?:of|aged)\s+\d{{1,3}})?,?\s+"
    r"(?:(?:named|called|identified as)\s+)?$",
    re.IGNORECASE,
)
_PASSIVE_CASUALTY: Final = re.compile(
    rf",?\s+(?:(?:was|had been)\s+(?:\w+ly\s+)?(?:{_KILL}|{_HURT})|"
    # "Ko Sit Phyo Aung sustained gunshot wounds", "suffered head injuries"
    r"(?:sustained|suffered|received)\s+(?!(?:no|not|any|without)\b)(?:[\w-]+\s+){0,2}?"
    r"(?:wounds|injuries))\b",
    re.IGNORECASE,
)
#: One person, told by a pronoun: "he (was badly wounded)", "she (sustained injuries)".
_ONE_PRONOUN: Final = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
#: The hurt told as dying after all, in the pronoun's sentence: "(He was badly wounded)
#: and died on the way to hospital" (the dead, counted as such).
_DIED_LATER: Final = re.compile(r"[^.;]*?\b(?:died|succumbed)\b", re.IGNORECASE)
#: What follows a list of names told as killed or hurt: "(U Ai and Daw Hla) were killed".
_PLURAL_PASSIVE_CASUALTY: Final = re.compile(
    rf",?\s+(?:were|have been|had been)\s+(?:(?:both|all|\w+ly)\s+)?(?:{_KILL}|{_HURT})\b",
    re.IGNORECASE,
)
#: A word that makes the names after it someone else's: "friends of", "shot by".
_WHOSE_BEFORE: Final = re.compile(r"\b(?:of|by|with|for|to)\s+$", re.IGNORECASE)
#: "another" standing for one more person before a casualty verb: "and another wounded".
_ANOTHER: Final = re.compile(
    r"\banother\b(?=\s+(?:(?:was|had been|has been|is|later|also)\s+)*(?:\w+ly\s+)?"
    r"(?:killed|died|dead|wounded|injured|hurt|shot dead|shot|maimed|hospitali[sz]ed)\b)",
    re.IGNORECASE,
)
#: "another" standing for one more person after a casualty verb, as its object: "killed
#: one villager and wounded another", "killing one and wounding another".
_ANOTHER_AFTER: Final = re.compile(
    r"\b(?:killed|wounded|injured|hurt|maimed|shot(?: dead)?|killing|wounding|injuring|"
    r"hurting|maiming)\s+(?P<another>another)\b"
    r"(?=\s*(?:[,.;:)”\"]|$|(?:in|at|on|when|while|during|as|and)\b))",
    re.IGNORECASE,
)
#: The age told after a name: "(Lettinpao), 25,".
_AGE_OF_NAME_WORDS: Final = r",\s*(?:aged\s+)?\d{1,2}\s*(?:,|(?=\s+and\b))"
_AGE_OF_NAME: Final = re.compile(_AGE_OF_NAME_WORDS)
#: One name with its age.
_AGED_NAME_ONE: Final = (
    rf"(?:[A-Z][\w'’.-]{{0,30}}\s){{0,3}}[A-Z][\w'’-]{{0,30}}{_AGE_OF_NAME_WORDS}"
)
#: People named with their ages: "Lettinpao, 25, and Ko Wai Yan Phyo, 22," (each name
#: one to four capitalised words, after no title of a teller; an "and" only before
#: another of them: "U Chan Maung, 62, and his wife" is one named, the wife a relative).
_AGED_NAMES: Final = re.compile(rf"\b{_AGED_NAME_ONE}(?:\s*(?:and\s+)?{_AGED_NAME_ONE}){{0,11}}")
#: A speech verb right before a name: the one named tells ("said Daw Kyi Kyi, 42").
_TELLS_BEFORE: Final = re.compile(rf"\b(?:{SPEECH_VERBS}|according to)\s+$", re.IGNORECASE)
#: What a verb of telling goes on with when the people named after it are told of:
#: "said Maung Maung, 25, and Aung Aung, 30, were killed".
_TOLD_OF: Final = re.compile(r"\s*(?:were|was|had been|have been|died|are|is)\b", re.IGNORECASE)
#: Two people as one noun: "a young couple", "the couple" (not "a couple of days").
_COUPLE: Final = re.compile(
    r"\b(?:an?|the)\s+(?:(?:young|elderly|old|married|newlywed|Kachin|Shan|farming|local)\s+)?"
    r"couple\b(?!\s+of\b)",
    re.IGNORECASE,
)
#: Relatives named after a possessive, one or several: "her son and brother".
_KIN_AGE: Final = (
    rf"(?:(?:{YEAR_OLD}|young|old|elderly|pregnant|teenage|eldest|"
    r"youngest|younger|older|elder)\s+)?"
)
_KIN: Final = rf"(?:{_RELATIVE}|parents|grandparents|child|baby|infant|toddler)"
_RELATIVES: Final = re.compile(
    r"\b(?:his|her|their|the|the victim['’]s|(?-i:[A-Z][\w'’-]{1,30})['’]s)\s+"
    rf"{_KIN_AGE}(?P<first>{_KIN})\b"
    rf"(?P<more>(?:(?:,|,? and| &)\s+(?:(?:his|her|their|the)\s+)?{_KIN_AGE}{_KIN}\b)*)",
    re.IGNORECASE,
)
_ONE_RELATIVE: Final = re.compile(rf"\b{_KIN}\b", re.IGNORECASE)
#: Relatives who are two: "her parents".
_TWO_PEOPLE: Final = frozenset(["parents", "grandparents"])
_PERSON_NOUN: Final = re.compile(rf"\b(?:{_PERSON}|{_RELATIVE})\b", re.IGNORECASE)
#: Words between a figure and its verb set apart as an aside: ", a 40-year-old farmer,".
_ASIDE: Final = re.compile(
    r"^\s*(?:,[^,;:]{1,150},|\([^()]{1,150}\)|\s[–—-]{1,2}\s[^–—]{1,150}\s[–—-]{1,2})"
)
_CHILD: Final = re.compile(
    r"children|child|minors?|girls?|boys?|infants?|bab(?:y|ies)|students?|teenagers?|"
    r"toddlers?",
    re.I,
)
_CIVILIAN: Final = re.compile(
    r"civilians?|villagers?|residents?|IDPs?|displaced|children|child|minors?|girls?|boys?|teenagers?|toddlers?|pupils?|women|woman|"
    r"students?|teachers?|monks?|worshippers|passengers|farmers?|workers?|miners?|"
    r"labou?rers|infants?|bab(?:y|ies)|patients|elderly|concert|sons|daughters|relatives|"
    r"family|household|"
    r"fire-?fighters?|firem[ae]n|rescuers?",
    re.I,
)
_MILITARY: Final = re.compile(
    r"junta|regime|soldiers?|troops|military|army|Tatmadaw|police|policemen|militiamen|"
    r"personnel",
    re.I,
)
_ARMED: Final = re.compile(r"fighters?|combatants?|KIA|PDF|TNLA|MNDAA|resistance|rebels?", re.I)
#: Words that open the parts of a figure told before: "(killed ten,) including".
_PARTS_WORDS: Final = r"including|among them|among whom"
_SUBSET: Final = re.compile(rf"(?:{_PARTS_WORDS}|of whom|of them)\s+$", re.I)
_AMONG_DEAD: Final = re.compile(
    # "10 children, five nuns and three monks among the dead": a list of parts, then
    # where they are
    r"^(?:\s*(?:,|,?\s*and)\s+(?:[\w'’-]+\s+){1,3}?){0,8}\s*(?:were|was)?\s*"
    r"among (?:the|those) (?:dead|killed|victims)",
    re.I,
)
_OF_THE_DEAD: Final = re.compile(
    r"^\s*of (?:the|those) (?P<of>dead|killed|victims|wounded|injured)\b", re.I
)
_DEAD_WORDS: Final = frozenset(["dead", "killed", "victims"])
_AMONG_THEM: Final = re.compile(
    # "three children among them", "three of them"; and the first part of a list that
    # ends "among them": "two children and a pregnant woman among them" (not "..., many
    # of them", "and three of them died": parts of the figure after)
    r"^\s*(?:were\s+)?(?:among|of) (?:them|the dead|those killed)\b"
    # (a list item with its own count or article: not "40, children among them,", which
    # tells what the 40 were)
    rf"|^\s*(?:,|,? and)\s+(?:an?|another|\d+|(?:{NUMBER_WORDS}))\s+(?:[\w'’-]+\s+){{0,3}}?"
    r"(?:were\s+)?among (?:them|the dead|those killed)\b",
    re.I,
)
_NONE: Final = re.compile(
    r"\b(?:no one|nobody|no (?:one|people|civilians|soldiers|"
    # "no civilian casualties were reported", "there were no reports of casualties"
    r"(?:reports? of (?:any )?)?(?:(?:civilian|human|military|known|immediate|reported)\s+)?"
    r"(?:casualt(?:y|ies)|deaths?|injur(?:y|ies)|fatalit(?:y|ies))"
    # (a word about them, no zero: "no death toll was given", "no injury figures")
    r"(?!\s+(?:tolls?|figures?|counts?|numbers?|data|claims?|certificates?|squads?|penalty|"
    r"reports?|lists?|records?)\b)|lives were lost)|"
    r"without (?:any )?casualties|"
    r"none(?: of (?:the|its|their|his|her|our) [\w'’-]{1,30})?)\b(?:\s+else\b)?"
    r"(?:\s+(?:was|were|had been|has been|is|are|got))?(?:\s+(?:reportedly|seriously|badly))?"
    r"\s*(?:reported\s+(?=killed|injured|wounded|hurt|harmed))?"
    r"(?P<what>killed|injured|wounded|hurt|harmed|reported)?"
    r"(?:\s*(?:or|and|/|nor)\s*(?:\w+\s+)?(?P<what2>killed|injured|wounded|hurt))?"
    r"|\b(?:escaped|were|was|remained|are|is) (?:unhurt|unharmed|uninjured)\b",
    re.I,
)
#: A zero told of the teller's own side alone, after it: "(no casualties) on his side",
#: "among our ranks"; it says nothing of the other side's dead or hurt (not a side named,
#: "no one was killed on the KIA side", which may be the only side struck).
_ONE_SIDE_ONLY: Final = re.compile(
    r"\s*(?:on|among|in|from)\s+(?:his|her|their|our|its)\s+(?:own\s+)?(?:side|ranks)\b",
    re.IGNORECASE,
)
#: A list that goes on after a figure: ", her son and her daughter".
_LIST_GOES_ON: Final = re.compile(r"^\s*(?:,|and\b|&)")
#: Who tells, right after a figure's noun: "a KIA officer said".
_TELLER_AFTER: Final = re.compile(
    r"^\s*(?:who |in [A-Z]\w+ |of (?:an? |the )?[\w'’ -]{1,40}?\s)?(?:said|says|claimed|told|"
    r"reported|added|explained|confirmed|"
    r"stated|recalled|recounted|wrote|posted)\b"
    # "29 people confirmed dead": who died, not who told
    r"(?!\s+(?:dead|killed|injured|wounded|hurt)\b)",
    re.I,
)
#: What "three of them" were: "three of them children".
_WHO_OF_THEM: Final = re.compile(
    r"^\s*(?:were |being )?(?P<noun>children|minors|women|girls|boys|infants|babies|"
    r"students|teenagers|civilians|soldiers|fighters|elderly)\b",
    re.I,
)
#: Words that add one figure to another in a list, besides "and": "a police commander
#: plus two other officers", "a woman along with three men".
_ALSO_WORDS: Final = r"as well as|plus|along with|together with"
#: What joins a figure to the one before it, which it shares a verb with: "five soldiers
#: and two fighters", "killing a woman and her son", "a woman along with three men".
_JOINED_TO_PREVIOUS: Final = re.compile(
    rf"\s*(?:,|,? and|,? (?:{_ALSO_WORDS})|&)\s+(?:(?:his|her|their|its|the) )?$", re.I
)
#: A figure with no noun, then its verb: "57 injured", "one was injured", "30 were hurt".
_BARE_VERB: Final = re.compile(
    r"^\s+(?:(?:were|was|have been|had been|are|is|got|reportedly|also|later|more|others?|"
    r"badly|seriously|critically|severely|gravely|slightly|lightly|fatally|mortally|"
    # what was done to them first: "10 were captured and killed"
    r"(?:captured|arrested|detained|abducted|seized|tortured|beaten|interrogated) and) )*"
    rf"(?:{_KILL}|{_HURT})\b",
    re.IGNORECASE,
)
#: A figure, a noun phrase of a few words and a passive casualty verb: "One jade
#: scavenger was killed", "two road workers were badly hurt".
_NOUN_PHRASE_VERB: Final = re.compile(
    r"^\s+(?:[A-Za-z][\w'’-]*\s+){0,2}(?P<noun>[a-z][\w'’-]*)\s+(?:was|were|had been|have been)\s+"
    rf"(?:\w+ly\s+)?(?:{_KILL}|{_HURT})\b"
)
#: Animals and things a figure may count: "five cattle were killed" counts no one.
_NOT_PEOPLE: Final = re.compile(
    r"^\s+(?:[\w-]+\s+)?(?:cattle|cows?|buffalo(?:es)?|oxen|bulls?|pigs?|goats?|sheep|"
    r"chickens?|poultry|ducks?|livestock|animals?|dogs?|horses?|mules?|elephants?)\b",
    re.IGNORECASE,
)
#: Words of a thing someone owns, before them: "(hit) the house of a village leader" (who
#: owns it, not who was hurt).
_OWNER_BEFORE: Final = re.compile(
    r"\b(?:house|home|hut|shop|farm|car|motorbike|motorcycle|vehicle|compound|residence|"
    r"property)s? of\s+$",
    re.IGNORECASE,
)
#: Words before a count of the people who live somewhere: "home to 400,000 people", "a
#: population of 30,000".
_POPULATION_BEFORE: Final = re.compile(
    r"\b(?:home to|population of|populated by|inhabited by|houses|housing|sheltering|"
    r"shelters)\s+(?:(?:about|around|some|nearly|over|more than|at least)\s+)?$",
    re.IGNORECASE,
)
#: Words before the strength of a force: "a column, which consisted of 175 soldiers", "a
#: contingent of 200 troops", "reinforcements numbering 300" (not what the dead were made
#: up of: "junta casualties, comprising 12 soldiers").
_STRENGTH_BEFORE: Final = re.compile(
    r"\b(?:(?:column|contingent|force|battalion|unit|convoy|reinforcements|troops)"
    r"[^.;]{0,30}?\b(?:consist(?:ed|ing|s)? of|comprising|comprised of|made up of|numbering)|"
    r"(?:column|contingent|force|battalion)s? of)\s+"
    r"(?:(?:about|around|some|nearly|over|more than|at least|up to|roughly)\s+)?$",
    re.IGNORECASE,
)
#: What the force counted went through, not did: "a column of 30 soldiers was ambushed".
_UNDERWENT: Final = re.compile(r"^\s*(?:was|were|had been|have been)\b", re.IGNORECASE)
#: One more person after one named with an article, without one: "a mother and child".
_BARE_ONE_MORE: Final = re.compile(
    rf"\s+and\s+(?P<noun>{_PERSON}|{_RELATIVE}|child|baby|infant|toddler)\b(?!\s+of\b)",
    re.IGNORECASE,
)
#: A passive casualty verb right after a count: "(a family of five) were killed".
_TOLD_HURT: Final = re.compile(
    r"^\s*(?:were|was|had been|have been)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:killed|injured|wounded|hurt|shot|died|maimed)\b",
    re.IGNORECASE,
)
#: A family counted by its members, told before a passive casualty verb.
_FAMILY_OF: Final = re.compile(rf"\b{_FAMILY_WORDS}\s+$", re.IGNORECASE)
#: The size of someone's family, no count of the hurt: "a man from a family of five".
_SOMEONES_FAMILY: Final = re.compile(
    rf"\b(?:from|of|in|with)\s+(?:a|one|the|his|her|their)\s+{_FAMILY_WORDS}\s+$", re.IGNORECASE
)
#: A force's strength told after the count: "a 200-strong column".
_STRONG_AFTER: Final = re.compile(r"^[-\s]strong\b", re.IGNORECASE)
#: A verb of doing after the people counted, which makes them the doers: "(the three
#: armed troops) also committed abducting, killing and extortion".
_DOERS_AFTER: Final = re.compile(
    r"^\s+(?:also\s+|then\s+|allegedly\s+|reportedly\s+)?(?:committed|perpetrated)\b",
    re.IGNORECASE,
)
#: A total: "raised the toll to seven", "bringing the death toll to 30".
_TOLL_BEFORE: Final = re.compile(
    r"\b(?:toll|total)\b[^.;]{0,40}?\b(?:to|at|of|reached|stands at|stood at)\s+"
    r"(?:(?:at least|more than|over|some|about|around|nearly)\s+)?$",
    re.IGNORECASE,
)
#: What may stand between two figures that share one verb: "Five soldiers and two KIA
#: fighters were killed", "a police commander plus two other officers died".
_JOINED: Final = re.compile(
    rf"\s*(?:(?:[\w'’-]{{1,30}}\s+){{0,3}}?)(?:and|,|, and|{_ALSO_WORDS}|,? including|"
    r",? among them)\s*"
    rf"(?:(?:his|her|their|the)\s+)?{_KIN_AGE}",
    re.IGNORECASE,
)
#: A casualty word right after a figure (or its one noun): "10 injured", "eight injured
#: men", "two killed".
_OWN_KIND: Final = re.compile(r"\s*(?:[\w'’-]+\s+)?" + _CASUALTY.pattern, re.IGNORECASE)
#: A comma and "and" before a figure: after the one figure of an aside ("five
#: women, including two students, and three men"), the comma closes the aside.
_COMMA_AND_BEFORE: Final = re.compile(r",\s+and\s+$")
#: An earlier event's dead told in passing, right before their verb: "bombed again the
#: village where, only a week before, jet fighters had killed some 200 residents".
_EARLIER_DEAD: Final = re.compile(
    r"\b(?:where|when),?\s+(?:only\s+|just\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:before|earlier|ago|previously),?\s+(?:[\w'’-]+\s+){0,3}?had\s+(?:been\s+)?"
    r"(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
#: An earlier deed's dead, told by a later deed's time after it, inside that deed's
#: sentence: "(bombed the village,) nine days after the aerial massacre that killed more
#: than 170 civilians there" (not a sentence opened so, "Five days after the massacre
#: that killed 20 villagers, relatives held funerals", which tells the massacre).
_AFTER_EARLIER_DEED: Final = re.compile(
    r"(?<=[a-z,] )(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|"
    r"\d+)\s+)?(?:days?|weeks?|months?|hours?)\s+(?:after|since)\s+(?:the|an?)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:massacre|strike|airstrike|attack|bombing|raid|shelling|killing)s?"
    r",?\s+(?:that|which)\s+(?:had\s+)?$",
    re.IGNORECASE,
)
#: A day told for the dead right after them, before the clause ends: "(killed 11) in
#: Namhkam on 22 October" (the earlier deed told as an event of its own).
_DAY_OF_ITS_OWN: Final = re.compile(
    r"[^,.;:]{0,60}?\b(?:on|in)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?-i:[A-Z])[a-z]+|"
    r"(?-i:[A-Z])[a-z]+\.?\s+\d{1,2}\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day)",
    re.IGNORECASE,
)


def _an_earlier_deeds(before: str, rest: str) -> bool:
    """Whether the dead of a figure (``before``: the words before its verb, ``rest``: the
    words after it) are an earlier deed's told in passing ("bombed the village where, a
    week before, jets had killed 200"; "nine days after the aerial massacre that killed
    170"), not told as an event of their own ("the bombing that killed 11 in Namhkam on
    22 October")."""
    return _EARLIER_DEAD.search(before) is not None or (
        _AFTER_EARLIER_DEED.search(before) is not None and not _DAY_OF_ITS_OWN.match(rest)
    )


#: Nouns of a total a list after it may break down: "four people, three members of a
#: family and a man".
_COLLECTIVE: Final = frozenset(
    ("people", "persons", "civilians", "villagers", "residents", "individuals", "victims")
)
#: What opens the list of a total's parts: a comma, colon, dash or bracket.
_BREAKDOWN_OPENS: Final = re.compile(
    r"\s*(?:,|:|\(|\s[-–—])\s*(?:(?:namely|including|his|her|their|the)\s+)?", re.I
)
#: Characters read before and after a figure.
_BEFORE: Final = 80
#: A count that rose, and how far back its noun may be ("the number of people killed by
#: a junta airstrike on a music concert in A Nang Pa village rose to 75").
_ROSE_TO: Final = re.compile(
    r"\b(?:rose|risen|rising|climbed|reached|jumped|increased|grown|grew|stood at|"
    r"stands at)\s+(?:to\s+)?(?:at least\s+|over\s+|more than\s+)?$",
    re.IGNORECASE,
)
_TOLL_REACH: Final = 250
_TOLL_OF: Final = re.compile(
    r"\b(?:number|count|tally|toll|total)\s+of\s+(?:the\s+)?(?:\w+\s+){0,2}?"
    r"(?:(?P<kill>killed|dead|deaths|fatalities|lives lost)|(?P<hurt>injured|wounded|injuries))"
    r"\b(?![^.;]*\b(?:number|count|tally|toll)\b)",
    re.IGNORECASE,
)
#: What joins the two kinds of casualty told together: "killed [or] injured".
_KIND_JOINT: Final = r"\s+(?:or|and/or|and|&)\s+"
#: The other kind right after a toll's kind: "killed and injured", "dead or wounded".
_BOTH_AFTER: Final = re.compile(
    rf"{_KIND_JOINT}(?:\w+\s+)?(?:killed|dead|deaths|injured|wounded|injuries|hurt)\b",
    re.IGNORECASE,
)
#: The other kind right after a casualty verb, counted together with it: "were killed or
#: injured", "killed and wounded" (not "killed and two injured").
_EITHER_KIND: Final = re.compile(
    rf"{_KIND_JOINT}(?:killed|dead|injured|wounded|hurt)\b", re.IGNORECASE
)
#: A kind right before a casualty verb that takes its figure after it, counted together
#: with it when it is the other kind: "killing or wounding at least five", "jets killed
#: and injured 20" (not the hurt of a figure of their own, "left many wounded and killed
#: 7", nor "injured and killed a total of 6", whose dead a coder keeps).
_KIND_BEFORE: Final = re.compile(
    rf"\b(?:(?P<kill>killed|killing)|(?P<hurt>injuring|wounding|hurting)){_KIND_JOINT}$",
    re.IGNORECASE,
)
#: A be-verb before that kind: the dead of a figure of their own ("two civilians were
#: (reportedly) killed and wounding five").
_BE_BEFORE_KIND: Final = re.compile(
    r"\b(?:were|was|are|is|been|being|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
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


_AGE_BEFORE: Final = re.compile(
    rf"(?:\b(?:{_PERSON}|{_RELATIVE}|man|woman)\s+(?:of|aged)|"
    # "children under the age of 16", "aged under 18", "younger than 16"
    r"\baged(?:\s+(?:under|over|below|above|between|from))?|\bages?(?:\s+of)?|"
    r"\b(?:younger|older)\s+than)\s+$",
    re.IGNORECASE,
)
#: Words that open a sentence before a comma, never a person's name.
_OPENING_WORDS: Final = (
    r"Overall|Altogether|However|Meanwhile|Moreover|Furthermore|Besides|Also|Still|Yet|Then|"
    r"Later|Earlier|Elsewhere|Nearby|Thus|Therefore|Hence|Again|Instead|Otherwise|Now|So far|"
    r"In total|In all|In addition|As a result|Of these|Of them|Among them|Among those|"
    # (adverbs by name: "Kelly, 34," and "Lily, 20," are names)
    r"Separately|Similarly|Additionally|Reportedly|Finally|Currently|Initially|Recently|"
    r"Previously|Unfortunately|Tragically|Sadly|Eventually|Subsequently|Consequently|"
    r"Accordingly|Likewise|Lastly|Fortunately|Luckily|Apparently|Officially|Locally"
)
#: A name, then an age after a comma: "Aung Li, 36, and ...", "Aung Li, 36 was killed";
#: not a day or a place told first ("On Monday, 3 people died", "In Mansi, 12 ...").
_NAME_BEFORE_AGE: Final = re.compile(
    # a month or weekday alone is a day told first ("On Monday, 3 people"), but one after
    # a name is part of it ("Mar Mar, 34", "Ma Thandar May, 34")
    rf"(?:(?-i:[A-Z])[\w'’-]{{0,30}} (?:{CALENDAR_WORDS})"
    # a word that opens a sentence is no name: "Overall, nine people", "However, 12"
    # (nor a time of day: "At about 4 PM, one child was killed")
    rf"|(?<![\w'’.-])(?!(?:{CALENDAR_WORDS}|Today|Yesterday|{_OPENING_WORDS}|[AP]\.?M\.?)\b)"
    r"(?-i:[A-Z])[\w'’-]{0,30}),\s+$",
    re.IGNORECASE,
)
#: A place or a day told first, of one or more words: "In Mansi, 12", "In Muse District,
#: two commanders" (no name before an age).
_PLACE_BEFORE_COUNT: Final = re.compile(
    r"\b(?:in|on|at|near|from|since|after|before|during|by)\s+"
    r"(?:(?-i:[A-Z])[\w'’-]{0,30}\s+){0,3}(?-i:[A-Z])[\w'’-]{0,30},\s+$|"
    # "in Tamu, Sagaing Region, 17 soldiers": a place and the area it lies in (not "Ma Nu,
    # of Mansi Township, 32": her age)
    r"\b(?:in|at|near)\s+(?-i:[A-Z])[\w'’-]{0,30},\s+(?:(?-i:[A-Z])[\w'’-]{0,30}\s+){1,2}"
    r"(?-i:Region|State|Township|District|Division|Province),\s+$",
    re.IGNORECASE,
)
_AGE_AFTER: Final = re.compile(
    r"^(?:-year-old|\s+years?\s+old|\s+years of age|\s*\)?\s*years)", re.I
)


#: An age right after a person counted, before the words that go on: "a man of 30 and
#: a woman of 50", "Ko Aung (34) and", "U Hla, 60, was".
_AGE_BETWEEN: Final = re.compile(
    r"^\s*(?:(?:of|aged)\s+\d{1,3}|\(\s*\d{1,3}\s*\)|,\s*\d{1,3}\s*(?=,))", re.IGNORECASE
)
#: An age by its decade, between two figures of a list: "a woman in her 20s along with
#: three men". Read only there, not after a figure before its verb (there "A woman in her
#: 60s went into shock and two more people were hurt" would read the woman as hurt).
_DECADE_BETWEEN: Final = re.compile(
    r"^\s*in (?:his|her|their) (?:early |mid-?|late )?(?:\d0s|teens|twenties|thirties|forties|"
    r"fifties|sixties|seventies|eighties)",
    re.IGNORECASE,
)
#: Words before a count of someone's children, which counts no casualty: "who has five
#: children", "a mother of three".
_CHILDREN_OF: Final = re.compile(
    r"(?:\b(?:who|which)\s+(?:has|had|have|leaves|left behind|(?:is|was) survived by)|"
    r"\b(?:mother|father|parent|grandmother|grandfather)s?\s+of)\s+$",
    re.IGNORECASE,
)


def people_counted(text: str) -> list[tuple[Amount, str | None]]:
    """Every amount of ``text`` that can count people, in order, each with the noun it
    already holds: figures ("29", "nine", "dozens"), and one person named with an
    article ("a soldier": 1, the noun "soldier") or as a relative after a possessive
    ("her son and brother": 1 and 1)."""
    found: list[tuple[Amount, str | None]] = [
        (a, None)
        for a in find_amounts(text)
        # an age is not a count: "a man of 40", "a woman aged 57", "Aung Li, 36,"
        if not _AGE_BEFORE.search(text[max(0, a.span[0] - 40) : a.span[0]])
        and not (
            _NAME_BEFORE_AGE.search(text[max(0, a.span[0] - 40) : a.span[0]])
            and not _PLACE_BEFORE_COUNT.search(text[max(0, a.span[0] - 60) : a.span[0]])
        )
        and not _AGE_AFTER.match(text[a.span[1] : a.span[1] + 20])
        and not _CHILDREN_OF.search(text, max(0, a.span[0] - 40), a.span[0])
    ]
    taken = Taken(len(text), (a.span for a, _ in found))

    def add(start: int, end: int, noun: str, count: int = 1) -> None:
        if not taken.overlaps((start, end)):
            found.append((Amount(None, count, None, (start, end), text[start:end]), noun))
            taken.add((start, end))

    for m in _COUPLE.finditer(text):  # "a couple on a motorbike were shot dead": two
        add(m.start(), m.end(), "couple", 2)
    for m in _AGED_NAMES.finditer(text):  # "Lettinpao, 25, and Ko Wai Yan Phyo, 22,": two
        word_before = text[max(0, m.start() - 32) : m.start()].split()[-1:]
        if word_before and word_before[0][:1].isupper() and not word_before[0].endswith(","):
            continue  # the match starts inside a longer name
        if _TELLS_BEFORE.search(text, max(0, m.start() - 40), m.start()) and not _TOLD_OF.match(
            text, m.end()
        ):
            continue  # "said Daw Kyi Kyi, 42, who lives in Ka Paing": who tells
        add(m.start(), m.end(), "person", len(_AGE_OF_NAME.findall(m.group(0))))

    named_to = -1  # where the last person counted by name ends
    for m in _NAMED.finditer(text):  # "killed U Ai Lao, aged 40,": one person
        if _NAMES_WHO_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "the younger brother Ko Myo": the brother, counted already
        # a name told as a person by what they are, with the rest of that aside: "Shwe
        # Min, the leader of a Lisu militia and head of its party, (was killed)"
        told_as = _rest_of_aside(text, m.end()) if _APPOSITIVE_PERSON.search(m.group(0)) else None
        if (
            _VERB_BEFORE.search(text, max(0, m.start() - _BEFORE), m.start())
            # "killed U Ai Lao and Daw Hla Hla": one more of the list
            or (named_to >= 0 and _NAME_LIST_GAP.fullmatch(text, named_to, m.start()))
            or (
                re.match(PERSON_TITLES, m.group(0))
                and _PASSIVE_CASUALTY.match(_past_aside(text[m.end() : m.end() + _AFTER]))
            )
            or (
                told_as is not None
                and _PASSIVE_CASUALTY.match(_past_aside(text[told_as : m.end() + _AFTER]))
            )
        ):
            add(m.start(), told_as or m.end(), "person")
            named_to = told_as or m.end()
    run: list[re.Match[str]] = []  # titled names listed one after another
    for m in _NAMED.finditer(text):  # "Ko Myo and Daw Hla were killed": two
        if not (run and _NAME_LIST_GAP.fullmatch(text, run[-1].end(), m.start())):
            run = []
        if not re.match(PERSON_TITLES, m.group(0)):
            run = []
            continue
        run.append(m)
        if (
            len(run) >= 2
            # (not "friends of Ko Myo and Daw Hla were killed": whose they are)
            and not _WHOSE_BEFORE.search(text, max(0, run[0].start() - 10), run[0].start())
            and _PLURAL_PASSIVE_CASUALTY.match(_past_aside(text[m.end() : m.end() + _AFTER]))
        ):
            for named in run:
                add(named.start(), named.end(), "person")
            run = []
    for m in _AGED_NAME.finditer(text):  # "27-year-old Chit San Maung was killed": one
        if _PASSIVE_CASUALTY.match(_past_aside(text[m.end() : m.end() + _AFTER])):
            add(m.start(), m.end(), "person")
    for m in _ONE_PRONOUN.finditer(text):  # "He sustained injuries from shrapnel": one
        told = _past_aside(text[m.end() : m.end() + _AFTER])
        if _PASSIVE_CASUALTY.match(told) and not _DIED_LATER.match(text, m.end(), m.end() + _AFTER):
            add(m.start(), m.end(), "person")
    for m in _ANOTHER.finditer(text):  # "one soldier was killed and another wounded"
        add(m.start(), m.end(), "another")
    for m in _ANOTHER_AFTER.finditer(text):  # "killed one villager and wounded another"
        add(m.start("another"), m.end("another"), "another")
    for m in _PERSON_AFTER_ARTICLE.finditer(text):
        tail = _PERSON_NOUN.search(text, m.end(), m.end() + 120)
        if tail is not None:
            add(m.start(), tail.end(), tail.group(0))
            # "a mother and child", "a man and boy": one more, named without an article
            if (bare := _BARE_ONE_MORE.match(text, tail.end())) is not None:
                add(bare.start("noun"), bare.end("noun"), bare["noun"])
    for m in _AGE_ALONE.finditer(text):  # "a 5-year-old": a child; "a 60-year-old": a person
        age = number_value(m["age"].split("-")[0])
        add(m.start(), m.end(), "child" if age is not None and age < 18 else "person")
    for m in _RELATIVES.finditer(text):
        add(m.start(), m.end("first"), m["first"], 2 if m["first"].casefold() in _TWO_PEOPLE else 1)
        base = m.start("more")
        for other in _ONE_RELATIVE.finditer(m["more"]):
            word = other.group(0)
            add(
                base + other.start(),
                base + other.end(),
                word,
                2 if word.casefold() in _TWO_PEOPLE else 1,
            )
    return sorted(found, key=lambda t: t[0].span)


def _tells_deaths(text: str) -> bool:
    """Whether ``text`` tells of deaths ("two died, but no one else was injured")."""
    return any(m["kill"] for m in _CASUALTY.finditer(text))


def _owns_figure(after_verb: str) -> bool:
    """Whether a verb is followed by a figure of its own ("killing one", "killing a few")."""
    amounts = people_counted(after_verb)
    return bool(amounts) and not after_verb[: amounts[0][0].span[0]].strip()


def _closes_an_aside(text: str, offset: int, before: str, figures: list[CasualtyMention]) -> bool:
    """Whether the comma and "and" before a figure close an aside of the one figure before
    it, told of a list before its verb: "five women, including two students, and three
    men were killed" (not "Twelve people were killed, including a teacher, and two
    students": the verb told, the list goes on)."""
    if not _COMMA_AND_BEFORE.search(before):
        return False
    part = figures[-1].amount.span[0] - offset
    aside = _SUBSET_ASIDE.search(text, max(0, part - _ASIDE_REACH), part)
    if aside is None:
        return False
    whole = next((f for f in reversed(figures) if not f.part_of_previous), None)
    told = text[whole.amount.span[1] - offset : aside.start()] if whole is not None else ""
    return _CASUALTY.search(told) is None


#: How far before a figure the words that open an aside of it are read.
_ASIDE_REACH: Final = 30
#: An aside of parts opened with a comma: ", including (two students)".
_SUBSET_ASIDE: Final = re.compile(rf",\s*(?:{_PARTS_WORDS})\s+$", re.IGNORECASE)
#: A clause about the people counted, with no word to open it, before their own verb:
#: "(around seven others) it was holding as human shields (were wounded)".
_CONTACT_CLAUSE: Final = re.compile(
    r"^\s+(?:it|they|he|she|we|the\s+(?:army|junta|military|troops|soldiers))\s+"
    r"(?:was|were|had|has|have)\s+(?:been\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+"
    r"(?=\s+(?:were|was|had been|have been)\s)",
    re.IGNORECASE,
)


def _past_contact_clause(text: str) -> str:
    """The words after a clause about the people counted that opens ``text`` with no word
    to open it (see :data:`_CONTACT_CLAUSE`)."""
    clause = _CONTACT_CLAUSE.match(text)
    return text if clause is None else text[clause.end() :]


def _past_aside(text: str) -> str:
    """The words after the asides (up to two) that open ``text`` ("Five villagers, who had
    gone back to fetch rice, were killed"; "40, children among them, were wounded"); not past ", her
    brother and neighbour were injured when the shell hit,", which tells casualties."""
    for _ in range(2):  # "Daw Ma Yunt (40), who has five children, was killed": two
        aside = _ASIDE.match(text)
        if aside is None or _CASUALTY.search(aside.group(0)):
            break
        text = text[aside.end() :]
    return text


#: Casualties told beside the hurt, so the dead: "29 casualties and 56 injuries".
_CASUALTIES_AND_HURT: Final = re.compile(
    # (a number from its first digit, read once: "1,1,1,..." stays linear)
    rf"(?P<dead>(?<![\d,])(?:\d[\d,]*+|\b(?:{NUMBER_WORDS}))\s+casualties)"
    rf"(?=,?\s+and\s+(?:\d[\d,]*+|{NUMBER_WORDS})"
    r"\s+(?:\w+\s+)?(?:injuries|injured|wounded|people injured|people wounded)\b)",
    re.IGNORECASE,
)
#: A part of a figure told next with a verb of its own: ", and 9 of them were killed".
_PART_WITH_VERB: Final = re.compile(
    r"\s*,?\s+and\s+(?:\w+|\d+)\s+of\s+(?:them|whom)\s+(?:were\s+|was\s+|had been\s+|have been\s+)?"
    # (not an aside: "Twelve villagers, and four of them were children, died")
    r"(?:killed|dead|died|executed|shot|injured|wounded|hurt)\b",
    re.I,
)


#: A be-verb of one: "was", "is".
_BE_ONE: Final = r"(?:was|is)"
#: A be-verb: "were", "is".
_BE: Final = r"(?:were|was|are|is)"
#: Another subject after "and", with a be-verb of its own: someone new ("a singer was",
#: "one resident was"), others or a part ("the rest were", "some were"), or one person
#: ("the driver was"; not the group told again, "the family was", nor no subject at all,
#: "and later was"; "they were", "all were", "the victims were" are the same people).
_OTHER_SUBJECT: Final = (
    rf"(?:a|an|another|one)\s+(?:[\w'’-]+\s+){{0,5}}?{_BE}\b|"
    rf"(?:the rest|the others|others|some|most|many|several|a few|none|half)\b"
    rf"(?:\s+[\w'’-]+){{0,3}}?\s+{_BE}\b|"
    r"(?!(?:later|then|also|subsequently|afterwards|eventually|soon)\b)"
    r"(?!(?:the\s+)?(?:whole\s+)?(?:family|group|household|crowd|couple)\b)"
    rf"(?:[\w'’-]+\s+){{1,4}}?{_BE_ONE}\b"
)
#: The figure's own be-verb (what :func:`_kind_after` reads ends before any casualty
#: word), then ", and" and another subject with a be-verb of its own: the casualty word
#: after it is that subject's ("(About 400 people) were at the concert, and a singer was
#: among (the dead)").
_ANOTHER_SUBJECT: Final = re.compile(
    rf"\s*{_BE}\b[^,;]*,\s*and\s+(?:{_OTHER_SUBJECT})",
    re.IGNORECASE,
)


def _kind_after(text: str) -> str | None:
    """The casualty word that follows a figure in its clause ("were killed")."""
    text = _past_aside(text)
    stop = _STOP.search(text)
    window = text[: stop.start()] if stop else text
    match = _CASUALTY.search(window[:90])
    if match is None or _owns_figure(window[match.end() : match.end() + 30]):
        return None  # "fired on two people, killing one": the verb has its own figure
    if _EITHER_KIND.match(window, match.end()):
        return None  # "20 soldiers were killed or injured": the dead and hurt together
    between = window[: match.start()]
    if _ANOTHER_SUBJECT.match(between):
        return None  # "About 400 people were at the concert, and a singer was among the dead"
    at = 0
    for amount, _ in people_counted(between):
        # each figure between is one more of a list ("A monk, a teacher and a girl died"),
        # not another's ("One resident said at least four fighters had been killed")
        if not _JOINED.fullmatch(between[at : amount.span[0]]):
            return None
        at = amount.span[1]
    return "killed" if match["kill"] else "injured"


def told_as_toll(text: str, at: int) -> bool:
    """Whether the words right before offset ``at`` tell a figure as a whole toll ("the
    toll rose to", "put the death toll at about")."""
    return _TOLL_BEFORE.search(text[max(0, at - _BEFORE) : at]) is not None


def _broken_down(figures: list[CasualtyMention], text: str, offset: int) -> list[CasualtyMention]:
    """Mark as parts the figures that break a total of people down, right after it:
    "killing four people, three members of a family and a man from Nawnghkio" counts
    four, not eight. The parts must add up to the total exactly."""
    marked = list(figures)
    for i, total in enumerate(figures):
        if (
            total.part_of_previous
            or not total.amount.best
            or (total.noun or "").casefold() not in _COLLECTIVE
        ):
            continue
        count, j = 0, i + 1
        while j < len(figures) and count < total.amount.best:
            part, before = figures[j], figures[j - 1]
            between = text[before.amount.span[1] - offset : part.amount.span[0] - offset]
            if (
                part.kind != total.kind
                or part.part_of_previous
                # "three civilians, two soldiers and a PDF member": no civilians' parts
                or (total.side == "civilian" and part.side not in (None, "civilian"))
                or not (_BREAKDOWN_OPENS if j == i + 1 else _JOINED_TO_PREVIOUS).fullmatch(between)
            ):
                break
            count += part.amount.best or 0
            j += 1
        if count == total.amount.best and j - i > 2:
            for k in range(i + 1, j):
                marked[k] = replace(figures[k], part_of_previous=True)
    return marked


#: Between a part and the group it is of: "(One) of the (two men)", "(two) of these (five)".
_PART_OF_GROUP: Final = re.compile(r"\s+of\s+(?:the|those|these)\s+", re.IGNORECASE)
#: A group told as the dead or hurt, after its count: "(six) dead", "(11) people killed"
#: (not the verb of the part: "(five) soldiers were killed").
_CASUALTY_GROUP: Final = re.compile(
    r"\s+(?:(?!(?:were|was|are|is|had|have|has|later|then)\b)[\w'’-]+\s+){0,2}?"
    r"(?:dead|victims?|killed|injured|wounded|hurt|casualties|deceased|bodies|fatalities)\b",
    re.IGNORECASE,
)
#: "Every" right before a part: "(Every) one of the five victims" is the whole group.
_EVERY: Final = re.compile(r"\bevery\s*$", re.IGNORECASE)
#: How far before a part "every" is read (characters).
_EVERY_REACH_CHARS: Final = 10


def _part_of_group(text: str, part: Amount, group: Amount) -> bool:
    """Whether ``part`` counts some of the ``group`` told right after it, as who died or
    were hurt: "One of the two men died" (one); not a part of the dead or hurt told by who
    they were ("Two of the six dead were KIA soldiers", "one of the ten people hurt died":
    the group is the count), nor "Every one of the five victims"."""
    return (
        part.best is not None
        and _PART_OF_GROUP.fullmatch(text, part.span[1], group.span[0]) is not None
        and (group.best is None or part.best < group.best)
        and not _CASUALTY_GROUP.match(text, group.span[1])
        and not _EVERY.search(text, max(0, part.span[0] - _EVERY_REACH_CHARS), part.span[0])
    )


#: Words before a count of the dead that name them as counted before: "(family members)
#: of the four victims", "(the funerals) for the three dead".
_COUNTED_BEFORE_OF: Final = re.compile(
    r"\b(?:of|for|to|with|from|among|near|beside) (?:the|those|these) $", re.IGNORECASE
)


def names_armed_side(text: str) -> bool:
    """Whether ``text`` names an armed side ("soldiers", "the junta", "the PDF")."""
    return _MILITARY.search(text) is not None or _ARMED.search(text) is not None


#: Causes of death or hurt no armed side is: a disease, a landslide, a flood.
_NOT_OF_WAR: Final = (
    r"(?:malaria|cholera|dengue|diarrh(?:o)?ea|tuberculosis|measles|diseases?|illness(?:es)?|"
    r"sickness|landslides?|mudslides?|floods?|flooding|snake ?bites?|natural causes|"
    r"heat ?stroke)"
)
#: Such a cause told as what killed, before the figure: "Malaria claimed the lives of",
#: "Malaria takes the lives of".
_NOT_OF_WAR_KILLED: Final = re.compile(
    rf"\b{_NOT_OF_WAR}\b[^.;]{{0,40}}?\b(?:killed|claimed|claims|took|takes|taking|left)\b"
    r"[^.;]{0,30}$",
    re.IGNORECASE,
)
#: ... or after it: "two children died of malaria", "30 workers killed in a landslide".
_DIED_OF_NOT_WAR: Final = re.compile(
    r"[^.;]{0,40}?\b(?:died|dying|dead|killed|perished|drowned)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:of|from|by|in|during)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?{_NOT_OF_WAR}\b",
    re.IGNORECASE,
)


def find_figures(text: str, *, offset: int = 0) -> list[CasualtyMention]:
    """Casualty figures in ``text`` (one sentence or clause), in order.

    ``offset`` is added to every span, so that spans point into the whole report.
    """
    figures: list[CasualtyMention] = []
    counted_before: list[int] = []  # where the dead counted before are named again
    for none in _NONE.finditer(text):
        if _ONE_SIDE_ONLY.match(text, none.end()):
            continue  # "no casualties on his side": none of one side, not of the event
        what = (none["what"] or "").casefold()
        if none["what2"] or none.group(0).casefold().endswith(("unhurt", "unharmed", "uninjured")):
            what = "hurt"  # "no one was killed or injured", "all escaped unhurt"
        elif what == "harmed":
            what = "hurt"
        # "no one was hurt", "no one was injured": neither killed nor injured (unless the
        # sentence counts its dead: "two died, but no one else was injured");
        # "no one was killed": not killed
        kinds = (
            ["killed"]
            if what == "killed"
            else ["killed", "injured"]
            if what == "hurt" or (what in ("injured", "wounded") and not _tells_deaths(text))
            else ["injured"]
            if what in ("injured", "wounded")
            else []
        )
        said = none.group(0).casefold()
        if not what or what == "reported" or "casualt" in said:
            kinds = (
                ["killed", "injured"]
                if "casualt" in said
                else ["killed"]
                if "death" in said or "fatalit" in said or "lives" in said
                else ["injured"]
                if "injur" in said
                else kinds
            )
        for nothing in kinds:
            span = (offset + none.start(), offset + none.end())
            figures.append(
                CasualtyMention(
                    nothing,
                    Amount(None, 0, None, span, none.group(0)),
                    None,
                    False,
                    _side(none.group(0)),  # "no civilian casualties": none of the civilians
                    False,
                )
            )
    for both in _CASUALTIES_AND_HURT.finditer(text):
        # "reported 29 casualties and 56 injuries": casualties told beside the hurt are dead
        (amount,) = find_amounts(both["dead"]) or (None,)
        if amount is not None:
            start = both.start("dead") + amount.span[0]
            figures.append(
                CasualtyMention(
                    "killed",
                    replace(
                        amount,
                        span=(offset + start, offset + both.end("dead")),
                        text=text[start : both.end("dead")],
                    ),
                    "casualties",
                    False,
                    None,
                    False,
                )
            )
    nobody = [m.span() for m in _NONE.finditer(text)]
    counted = people_counted(text)
    for k, (amount, own_noun) in enumerate(counted):
        part_count = counted[k - 1][0] if k else None
        if part_count is not None and _part_of_group(text, part_count, amount):
            # "One of the two men died": one, of the group named after
            amount = replace(
                part_count,
                span=(part_count.span[0], amount.span[1]),
                text=text[part_count.span[0] : amount.span[1]],
            )
        start, end = amount.span
        if any(a <= start < b for a, b in nobody):
            continue  # the "one" of "no one was hurt"
        if _SOMEONES_FAMILY.search(text, max(0, start - _BEFORE), start):
            continue  # "a man from a family of five was killed": one, not five
        # the words around a figure that can bear on it; windows keep a long clause linear
        before, after = text[max(0, start - _BEFORE) : start], text[end : end + _AFTER]
        noun_match = None if own_noun else _NOUN.match(after)
        noun_words = ""  # the words of a noun no list holds: "two Tatmadaw battalion commanders"
        noun = own_noun or (noun_match["noun"] if noun_match else None)
        if noun is None and _FAMILY_OF.search(before) and _TOLD_HURT.match(after):
            noun = "family members"  # "a family of five were killed": five people
        rest = after[noun_match.end() :] if noun_match else after
        # "five soldiers and two fighters were killed", "killing a woman and her son": a
        # figure joined to the one before shares its verb
        if figures and figures[-1].amount.span[0] <= offset + start < figures[-1].amount.span[1]:
            continue  # the "one" of "four members of one family"
        previous = figures[-1] if figures and figures[-1].amount.best != 0 else None
        separator = text[previous.amount.span[1] - offset : start] if previous is not None else ""
        # "a man of 30 and a woman of 50", "a woman in her 20s along with three men": the
        # age between is no part of the list
        separator = _DECADE_BETWEEN.sub("", _AGE_BETWEEN.sub("", separator, count=1), count=1)
        joined = bool(_JOINED_TO_PREVIOUS.fullmatch(separator)) and (
            not separator.strip().startswith(",")
            or "and" in separator
            # ("a man, a woman in her 20s and a child": the list goes on after her age)
            or _LIST_GOES_ON.match(_DECADE_BETWEEN.sub("", rest, count=1))
        )
        if _TELLER_AFTER.match(rest):
            continue  # "a KIA officer said", "a resident told ...": who tells, not who died
        if noun is None and _NOT_PEOPLE.match(after):
            continue  # "five cattle were killed", "killed two cows": no people
        if _NOT_OF_WAR_KILLED.search(before) or _DIED_OF_NOT_WAR.match(after):
            continue  # "Malaria claimed the lives of two children", "a landslide killed 30"
        if _OWNER_BEFORE.search(before):
            continue  # "the house of a village leader, killing his two sons": its owner
        if _POPULATION_BEFORE.search(before):
            continue  # "the township is home to 400,000 people": who live there
        if (_STRENGTH_BEFORE.search(before) or _STRONG_AFTER.match(after)) and not _UNDERWENT.match(
            rest
        ):
            continue  # "a column of 175 soldiers beat him to death": who did it
        if (
            _COUNTED_BEFORE_OF.search(before)
            and noun is not None
            and noun.casefold() in _DEAD_WORDS | {"victim", "deceased", "bodies"}
        ):
            # "family members of the four victims": the dead counted before, when the
            # sentence counts others ("..., killing another two"); else its count
            counted_before.append(start + offset)
        of_them = noun is not None and noun.casefold() == "of them"
        if of_them and previous is not None:  # "seven civilians, three of them children"
            who = _WHO_OF_THEM.match(rest)
            figures.append(
                CasualtyMention(
                    previous.kind,
                    Amount(
                        amount.low,
                        amount.best,
                        amount.high,
                        (
                            offset + start,
                            offset + end + len(after) - len(rest) + (who.end() if who else 0),
                        ),
                        text[start : end + len(after) - len(rest) + (who.end() if who else 0)],
                    ),
                    who["noun"] if who else None,
                    bool(who and _CHILD.fullmatch(who["noun"])),
                    _side(who["noun"]) if who else None,
                    True,
                )
            )
            continue
        verb = _VERB_BEFORE.search(before)
        if verb is None and _DOERS_AFTER.match(rest):
            # "the three armed troops also committed abducting, killing": who did it (not
            # "killed 12 civilians then committed arson": the dead of the verb before)
            continue
        if verb is not None and verb["bodies"] and noun is None:
            continue  # "the bodies of two military trucks": no people
        if (
            verb is not None
            and (verb["kill"] or verb["hurt"])
            and (other := _KIND_BEFORE.search(before, 0, verb.start())) is not None
            and bool(other["kill"]) != bool(verb["kill"])
            and _BE_BEFORE_KIND.search(before, 0, other.start()) is None
        ):
            continue  # "killing or wounding at least five": the dead and hurt together
        if verb is not None and _an_earlier_deeds(before[: verb.start()], rest):
            continue  # "bombed the village where, a week before, jets had killed 200": then
        toll = (
            _TOLL_OF.search(text, max(0, start - _TOLL_REACH), start)
            if verb is None and _ROSE_TO.search(before)
            else None
        )  # "The number of people killed by the strike on the concert rose to 75"
        if toll is not None and _STOP.search(text, toll.end(), start):
            toll = None  # "The number killed is not known; the toll of houses rose to 12"
        if toll is not None and _BOTH_AFTER.match(text, toll.end()):
            toll = None  # "the number of people killed and injured has risen to 50": both
        # "including 3 women and 2 children": the second is inside "including" too (not
        # after a comma that closes an aside of one: "five women, including two students,
        # and three men were killed")
        listed = bool(
            figures
            and figures[-1].part_of_previous
            # (only words that join a list between them: not "one of them a child, died
            # and seven more were hurt")
            and _JOINED_TO_PREVIOUS.fullmatch(text, figures[-1].amount.span[1] - offset, start)
            is not None
            and not _closes_an_aside(text, offset, before, figures)
        )
        if (
            listed
            and (own := _OWN_KIND.match(rest)) is not None
            and ("injured" if own["hurt"] else "killed") != figures[-1].kind
        ):
            # "among them a child as well as 10 injured": the next figure, of a kind of its
            # own, is no part of the dead
            listed = False
        subset = _SUBSET.search(before) is not None or listed
        kind: str | None
        if (verb and verb["kill"]) or (toll and toll["kill"]):
            kind = "killed"
        elif (verb and verb["hurt"]) or (toll and toll["hurt"]):
            kind = "injured"
        elif verb and verb["left"]:
            kind = _kind_after(rest[:30])
        elif subset and figures:
            kind = figures[-1].kind
        elif _PART_WITH_VERB.match(rest):
            continue  # "arrested 19 villagers, and 9 of them were killed": the 9's verb
        else:
            # "suffered many casualties, including at least 10 soldiers killed": a part of
            # no figure told, so the one figure there is
            subset = False
            # "40, children among them, were wounded"; not "Mar Mar, 34, who lives in
            # Mansi, was killed" (an age)
            if noun is None and not _BARE_VERB.match(
                after if _WHO_ASIDE.match(after) else _past_aside(after)
            ):
                passive = _NOUN_PHRASE_VERB.match(after)
                if passive is None:
                    continue  # "four outposts", "3km": not people
                # "One jade scavenger was killed": a noun not listed, then its verb
                noun = passive["noun"]
                noun_words = after[: passive.end("noun")]
            # "A man of 23 from the village was killed": the age is no figure of its own
            kind = _kind_after(_AGE_BETWEEN.sub("", rest, count=1) if noun else rest)
            if (
                joined
                and previous is not None
                and noun is not None
                # (not a verb of their own after a clause about them: "and around seven
                # others it was holding as human shields were wounded", "and two men in
                # their 30s were wounded")
                and (
                    kind is None
                    or not _BARE_VERB.match(
                        _past_contact_clause(_DECADE_BETWEEN.sub("", rest, count=1))
                    )
                )
            ):
                # "The dead included a teacher and her two daughters, and another villager
                # was wounded": one more of the list before, not of the verb after the next
                kind = previous.kind
        if noun and noun.casefold() in ("dead", "bodies", "deaths"):
            kind = "killed"  # "29 bodies were recovered"
        if kind is None:
            continue
        among = _AMONG_DEAD.match(rest) is not None
        if noun_match is not None and (part := _OF_THE_DEAD.match(after)) and figures:
            # "eleven of the dead were children": a part of the dead; "two of the wounded
            # died": deaths the dead did not count yet
            subset = subset or (kind == "killed") == (part["of"].casefold() in _DEAD_WORDS)
        if _AMONG_THEM.match(rest) and figures:  # "4 civilians, three children among them"
            subset = True
        is_child = bool(noun and _CHILD.fullmatch(noun))
        if subset and (who := _WHO_OF_THEM.match(rest)) is not None:
            is_child = is_child or bool(_CHILD.fullmatch(who["noun"]))  # "... were children"
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
                _side(after[: noun_match.end()])
                if noun_match
                else "civilian"
                if own_noun and _ONE_RELATIVE.fullmatch(own_noun)
                else _side(amount.text)
                if own_noun
                else _side(noun_words),
                # "were among the dead": a part of the dead counted before, or of the
                # children among them
                subset
                or (
                    among
                    and (
                        is_child
                        or any(f.kind == "killed" and not f.part_of_previous for f in figures)
                    )
                ),
            )
        )
    told = [f for f in figures if f.amount.span[0] not in counted_before and f.kind == "killed"]
    if told:
        figures = [f for f in figures if f.amount.span[0] not in counted_before]
    figures.sort(key=lambda f: f.amount.span)
    figures = _broken_down(figures, text, offset)
    totals = [f for f in figures if told_as_toll(text, f.amount.span[0] - offset)]
    if totals:  # "raised the toll to seven, saying two more bodies were found": a part
        figures = [
            f if f in totals or f.kind != totals[0].kind else replace(f, part_of_previous=True)
            for f in figures
        ]
    return figures
