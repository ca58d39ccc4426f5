"""geo.extract.wording: ACLED types from a report's words, and actors' many names."""

from __future__ import annotations

import pytest

from geo.extract.wording import (
    CIVILIANS,
    MILITARY,
    POLICE,
    as_shelled,
    find_actors,
    find_triggers,
    ongoing,
    read_triggers,
    tells_shelling_only,
    without_bare_blasts,
)
from geo.schema import EVENT_TYPES

KIA = "KIA: Kachin Independence Army"
PDF = "PDF: People's Defense Force"
MNDAA = "MNDAA: Myanmar National Democratic Alliance Army"
TNLA = "TNLA: Ta'ang National Liberation Army"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Junta jets bombed the village", "Air/drone strike"),
        ("soldiers beat 39-year-old Thein Tan to death", "Attack"),  # the victim between
        ("PDF drone units attacked a junta outpost", "Air/drone strike"),  # a unit striking
        ("a camp was hit by aerial munitions", "Air/drone strike"),
        ("a drone strike hit the camp", "Air/drone strike"),
        ("Another junta strike killed 29 people", "Air/drone strike"),
        ("troops shelled the town with artillery", "Shelling/artillery/missile attack"),
        ("air and artillery strikes near Laiza", "Shelling/artillery/missile attack"),
        ("a mortar round landed", "Shelling/artillery/missile attack"),
        ("rocket-propelled projectiles killed three", "Shelling/artillery/missile attack"),
        ("two rockets fell on the ward", "Shelling/artillery/missile attack"),
        ("the KIA seized the Lal Long Aungja base", "Non-state actor overtakes territory"),
        ("resistance forces overran the outpost", "Non-state actor overtakes territory"),
        ("the regime recaptured the hill", "Government regains territory"),
        ("fighting broke out near Mansi", "Armed clash"),
        ("a landmine blast wounded two farmers", "Remote explosive/landmine/IED"),
        ("unknown men planted bombs at the office", "Remote explosive/landmine/IED"),
        ("police arrested three youths", "Arrests"),
        ("houses close to Mu Htaw were set on fire", "Looting/property destruction"),
        ("soldiers torched 40 houses", "Looting/property destruction"),
        ("the KIO vice chair visited the base", "Other"),
        ("soldiers shot and killed a farmer at his gate", "Attack"),  # killing verbs
        ("the headman was stabbed to death", "Attack"),
        ("police opened fire in the neighbourhood", "Attack"),
        ("troops fired on Guru village on Tuesday", "Attack"),
        ("the army killed 4 villagers and set 20 houses on fire", "Looting/property destruction"),
        ("soldiers took away 30 villagers", "Abduction/forced disappearance"),
        ("troops raped a woman in the village", "Sexual violence"),
        # things taken are no ground taken
        (
            "soldiers seized livestock and then shelled the village",
            "Shelling/artillery/missile attack",
        ),
        ("since the military seized power, jets have bombed the town", "Air/drone strike"),
        ("he addressed the 63rd anniversary", "Other"),
        # common wording beyond the first lists
        ("resistance forces occupied the police station", "Non-state actor overtakes territory"),
        ("the KNA cleared a junta camp on Sunday", "Non-state actor overtakes territory"),
        ("they kept firing heavy weapons at the ward", "Shelling/artillery/missile attack"),
        ("a heavy weapon shell hit the house", "Shelling/artillery/missile attack"),
        # what people were hurt by
        ("a child was injured by regime heavy weapons", "Shelling/artillery/missile attack"),
        (
            "two were killed by the continuous firing of heavy weaponry",
            "Shelling/artillery/missile attack",
        ),
        ("a girl was hit by shrapnel", "Shelling/artillery/missile attack"),
        ("two villagers died from shrapnel wounds", "Shelling/artillery/missile attack"),
        ("police took the boy into custody", "Arrests"),
        ("the PDF engaged junta troops near the village", "Armed clash"),
        ("KIA troops encountered SAC troops at the village at 6 am", "Armed clash"),
        # guard: an armed side named right before its foe it confronted
        ("the Kokang army also confronted junta troops near Lashio", "Armed clash"),
        ("the KIA confronted a column entering Kutkai Township", "Armed clash"),
        ("the KIA then confronted troops near Laiza", "Armed clash"),
        ("the TNLA confronted the military council’s troops near Kyaukme", "Armed clash"),
        # guard: the foe told with what it was fought with
        ("KIA troops encountered SAC troops with heavy weapons near Laiza", "Armed clash"),
        ("resistance groups said they besieged Khampat last Friday", "Armed clash"),
        ("the PDF laid siege to the police station", "Armed clash"),
        ("the KIA repelled the column", "Armed clash"),
        ("the military bulldozed the signs of five villages", "Looting/property destruction"),
        ("the village was attacked by the junta airplane", "Air/drone strike"),
        ("the MNDAA had taken the strategic city of Lashio", "Non-state actor overtakes territory"),
        ("four died after the army shelled the village", "Shelling/artillery/missile attack"),
        ("military aircraft carried out air assaults near the village", "Air/drone strike"),
        ("the junta's air force launched attacks on the two towns", "Air/drone strike"),
        ("troops raided the village, detaining about 50 villagers", "Arrests"),
        ("troops continued their raids, burning homes in villages", "Looting/property destruction"),
        ("an extrajudicial execution by SAC troops", "Attack"),
        # a person shot, dead or not
        ("soldiers shot a man in his 40s as the raid continued", "Attack"),
        ("the troops shot three innocent people in the head", "Attack"),
        ("police shot and injured a 17-year-old boy", "Attack"),
        ("soldiers shot villagers near the market", "Attack"),
        ("police shot protesters in the town", "Attack"),
        ("soldiers shot at a group of villagers", "Attack"),
        ("a villager was shot by soldiers", "Attack"),
        ("soldiers shot a 15 year old boy", "Attack"),
        ("they shot him in the thigh", "Attack"),
        ("the gang rape of a woman by soldiers", "Sexual violence"),
        (
            "600 houses were destroyed in an arson attack on the village",
            "Looting/property destruction",
        ),
        # wording beyond the lists, read in real reports
        ("the junta conducted aerial bombardments on the town", "Air/drone strike"),
        ("the regime carried out aerial bombings near Laiza", "Air/drone strike"),
        ("a junta paramotor attacked the village", "Air/drone strike"),
        ("powered paragliders attacked the village", "Air/drone strike"),
        (
            "IB 142 fired two 105mm rounds toward the KIA outpost",
            "Shelling/artillery/missile attack",
        ),
        ("two 120 mm rounds landed near the school", "Shelling/artillery/missile attack"),
        ("troops seized three civilians from Inn Lae Gyi", "Abduction/forced disappearance"),
        # storming says only that someone attacked (the reader tells an attack on
        # civilians from a clash by whom it was done to); ground taken is told in its own
        # words
        ("junta troops stormed Mae Aoe village", "Armed clash"),
        ("the KIA stormed a police station", "Armed clash"),
        ("the KIA stormed and seized a police station", "Non-state actor overtakes territory"),
        # a post or ground that fell, told by its kind, or into whose hands
        ("the LIB 321 base fell after a four-day siege", "Non-state actor overtakes territory"),
        (
            "370 Artillery Battalion fell on the morning of Saturday",
            "Non-state actor overtakes territory",
        ),
        (
            "parts of the town fell into the hands of the TNLA",
            "Non-state actor overtakes territory",
        ),
        # control of ground, taken in any of the words reporters use
        ("the MNDAA secured control of Laukkai", "Non-state actor overtakes territory"),
        (
            "the KIA took control of the junta's nearby Nam Tein military camp",
            "Non-state actor overtakes territory",
        ),
        ("the TNLA had seized control of the town", "Non-state actor overtakes territory"),
        (
            "the alliance gained control of the 105-Mile Trade Zone",
            "Non-state actor overtakes territory",
        ),
        ("the TNLA has taken total control of five towns", "Non-state actor overtakes territory"),
        ("the KIA took complete control of Kawlin", "Non-state actor overtakes territory"),
        # a post or a town taken, in the plainest word
        ("its push took six outposts around Lwegel", "Non-state actor overtakes territory"),
        ("the KIA took the BGF Battalion 1002 headquarters", "Non-state actor overtakes territory"),
        (
            "the KIA took their final remaining battalion base",
            "Non-state actor overtakes territory",
        ),
        ("the column captured at least 20 villagers", "Abduction/forced disappearance"),
        ("the KIA engaged in gunfire with the column", "Armed clash"),
        ("the PDF engaged in fierce combat with troops", "Armed clash"),
        ("the army responded with heavy weapon bombardments", "Shelling/artillery/missile attack"),
        ("ten rounds of heavy-weapon fire hit the town", "Shelling/artillery/missile attack"),
        ("local defence forces detonated mines on the column", "Remote explosive/landmine/IED"),
        ("explosives planted by the PDF hit troops", "Remote explosive/landmine/IED"),
        ("the column took 40 civilians as human shields", "Abduction/forced disappearance"),
        ("junta troops destroyed houses and contaminated rice", "Looting/property destruction"),
        # a deed after a list of arms taken stands
        ("the KIA seized weapons, including drones, and then jets bombed it", "Air/drone strike"),
        # aircraft that fire, told with such a word, strike
        ("a helicopter reportedly fired on the village", "Air/drone strike"),
        # an attack told with what it was done with: of that kind, as ACLED codes it
        ("the KIA attacked the junta column with landmines", "Remote explosive/landmine/IED"),
        ("troops attacked the hill with jet fighters", "Air/drone strike"),
        ("the army attacked the town with howitzers", "Shelling/artillery/missile attack"),
        # ... not a weapon that backed it, nor bombs, as often thrown or planted
        ("troops raided the village with helicopter support", "Armed clash"),
        ("troops raided the village with helicopters providing cover", "Armed clash"),
        # ... nor one done to them, by someone told with it
        ("a PDF camp was attacked by junta troops with drones", "Armed clash"),
        ("they attacked the police post with bombs", "Armed clash"),
        # aircraft seen overhead strike nothing
        (
            "junta aircraft were flying over the town as troops shelled it",
            "Shelling/artillery/missile attack",
        ),
        # fire opened with aircraft is an air strike; with rifles, an attack
        ("troops opened fire on the village with helicopters", "Air/drone strike"),
        ("soldiers opened fire on villagers with rifles", "Attack"),
        # a strike named for what it was part of stays a strike
        ("a strike campaign by the junta hit Kale", "Air/drone strike"),
        # aircraft that came with those fired on are theirs, not the means of the fire
        ("fighters opened fire on the soldiers who came with helicopters", "Attack"),
        # people taken into custody, named at length
        ("troops took more than 30 people into custody", "Arrests"),
        (
            "soldiers took the former president of the KBC, Dr. Hkalam Samson, into custody",
            "Arrests",
        ),
        # a post or force of an armed side hit
        ("the PDF hit three administrative offices of the junta", "Armed clash"),
        ("the TNLA hit junta troops holding a monastery", "Armed clash"),
        # ... with its means told after words set off by commas
        (
            "the KIA hit the column, over 100 soldiers strong, with a landmine",
            "Remote explosive/landmine/IED",
        ),
        # ... or after what was hit, told at length
        (
            "the KIA hit a junta column moving from Bhamo to Momauk with a landmine",
            "Remote explosive/landmine/IED",
        ),
        (
            "PDF fighters hit the police station in the centre of Kani town with drones",
            "Air/drone strike",
        ),
        # the forty-first session's: a mine that went off, stepped on, its blast; killed in
        # combat; an aircraft that crashed after it was hit; clubbed to death
        ("a mine exploded near Shwebo on Friday", "Remote explosive/landmine/IED"),
        ("two mines went off near the village", "Remote explosive/landmine/IED"),
        ("a boy stepped on a mine near the stream", "Remote explosive/landmine/IED"),
        ("a villager trod on a mine in the field", "Remote explosive/landmine/IED"),
        ("a mine explosion killed two soldiers", "Remote explosive/landmine/IED"),
        ("three soldiers were killed in combat in Kyaukme", "Armed clash"),
        ("the jet crashed after it was hit by KIA fire", "Armed clash"),
        ("the helicopter came down after being shot near Indaw", "Armed clash"),
        ("soldiers clubbed the headman to death", "Attack"),
        # a chemical weapon, whatever carried it
        ("troops fired four chemical bombs at the camp", "Chemical weapon"),
        ("made aerial attacks using 11 chemical bombs", "Chemical weapon"),
        ("the junta attacked the TNLA with poison gas bombs", "Chemical weapon"),
        ("the junta used Toxic Gas Bombs in the fighting", "Chemical weapon"),
        # a rocket told by what it did
        ("a rocket killed one person near Kyaukme", "Shelling/artillery/missile attack"),
        # what was left unexploded that went off and hurt people: a blast of what was left
        (
            "an unexploded rocket went off in a field, killing one man",
            "Remote explosive/landmine/IED",
        ),
        (
            "the men were hit by an unexploded rocket, injuring three",
            "Remote explosive/landmine/IED",
        ),
        ("due to unexploded shells, one person was killed", "Remote explosive/landmine/IED"),
        # a bridge blown up or destroyed
        ("the TNLA blew up the bridge near Moe Tay", "Looting/property destruction"),
        # a grenade thrown or gone off
        ("two men threw a hand grenade into the school compound", "Grenade"),
        ("the grenade exploded near the school gate", "Grenade"),
        ("a grenade attack on the police post wounded two", "Grenade"),
        # a deed named as not yet reported to someone was done, and one told as not easing
        # goes on
        ("no report of the arrests had reached the KIA", "Arrests"),
        ("residents saw no sign of fighting easing around the town", "Armed clash"),
        ("families have had no news of detained villagers", "Arrests"),
    ],
)
def test_triggers(text: str, sub_event_type: str) -> None:
    first = find_triggers(text)[0]
    assert first.sub_event_type == sub_event_type
    assert sub_event_type in EVENT_TYPES[first.event_type]
    assert text[first.span[0] : first.span[1]] == first.text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("the junta's troops", [MILITARY]),
        ("the military council and the SAC", [MILITARY, MILITARY]),
        ("Burma Army and Tatmadaw columns", [MILITARY, MILITARY]),
        # as Kachin media write it, and the army in capitals
        ("the Burma army and the Myanmar Army", [MILITARY, MILITARY]),
        ("BA and KIA fought", [MILITARY, KIA]),
        ("a BA student and her BA degree", []),  # guard: a degree, not the army
        ("the Kachin Independence Army (KIA)", [KIA, KIA]),
        (
            "the KIO and people's defense forces",
            ["KIO: Kachin Independence Organization", "PDF: People's Defense Force"],
        ),
        (
            "the Arakan Army and the TNLA",
            ["AA: Arakan Army", "TNLA: Ta'ang National Liberation Army"],
        ),
        # the organisation and its army, written as one, are read as the army
        ("KIO/A Battalion 26 and the KIO/KIA troops", [KIA, KIA]),
        ("the Kachin Independence Organization/Army", [KIA]),
        ("to end military dictatorship", []),  # a system of government, not an actor
        ("an aa battery", []),  # acronyms only as written
        # resistance named by what it fights is no part of what it fights, and a People's
        # Defense Force as coders code it (not where the group is named beside it)
        ("anti-regime groups overran regime positions", [PDF, MILITARY]),
        ("local resistance forces attacked the junta's camp", [PDF, MILITARY]),
        ("an anti-junta protest and anti-military slogans", []),
        ("the anti-regime groups, the MNDAA and its allies", [MNDAA]),
        ("anti-junta fighters from the KIA", [KIA]),
        ("anti junta forces attacked the camp", [PDF]),
        ("local resistance forces and the KIA attacked junta posts", [KIA, MILITARY]),
        ("anti-junta groups including the TNLA and PDFs", [TNLA, PDF]),
        ("Kachin resistance forces took a junta outpost", [MILITARY]),  # a people's army
        ("security forces shot dead two protesters", [MILITARY]),
        # (not the side it fights, named after it)
        ("The base was attacked by resistance forces, the military said.", [PDF, MILITARY]),
        ("fighting between anti-junta forces, the military and police", [PDF, MILITARY, POLICE]),
    ],
)
def test_actors(text: str, names: list[str]) -> None:
    assert [a.name for a in find_actors(text)] == names


def test_fighting_that_says_who_a_group_is_tells_no_clash() -> None:
    found = find_triggers("None of the armed groups fighting the regime claimed the attack.")
    assert [t.text for t in found] == ["attack"]
    assert [t.text for t in find_triggers("The KIA was fighting the regime.")] == ["fighting"]
    # a group told by what it does, after "which is", "who have been"
    for said in (
        "Twenty people were arrested on suspicion of links to the PDF, which is fighting the "
        "regime.",
        "Troops arrested youths who are fighting the junta.",
        "Residents helped the PDF, which is still fighting the junta.",
    ):
        assert [t.sub_event_type for t in find_triggers(said)] in (["Arrests"], []), said
    # what it was doing, in the past, is a clash
    found = find_triggers("The KIA, which was fighting troops near Mansi, lost two men.")
    assert [t.text for t in found] == ["fighting"]


def test_civilians_is_a_name_not_a_word() -> None:
    assert CIVILIANS == "Civilians (Myanmar)"
    assert find_actors("civilians fled") == []


@pytest.mark.parametrize(
    ("text", "is_ongoing"),
    [
        ("the regime has kept conducting air strikes", True),
        ("troops continue to shell", True),
        ("fighting around Muse was ongoing, residents said", True),  # as it was told
        ("by nightfall, fighting was raging, residents said", False),  # the story's time
        ("fighting around Muse was ongoing", False),  # no telling: the story's time
        ("clashes are under way near the town", True),
        ("which has been fighting the regime since 2021", False),
        ("they shelled it", False),
        ("troops are still fighting in the town", True),
        ("fighting is also breaking out in Hpakant Township", True),
        ("the TNLA and junta troops are engaged in fierce fighting in Namkham", True),
        ("the army is locked in heavy fighting with the TNLA", True),
        ("the two sides were engaged in fierce fighting on Monday", False),
        # what is still being done about it is no activity going on
        ("the spokesperson is still being contacted", False),
        ("what damage it did is still unclear", False),
        # attacks kept up or faced, told as going on (not keeping up with prices, keeping
        # up pressure, nor what is to be faced)
        ("resistance troops keep up unrelenting attacks on junta bases", True),
        ("the TNLA is keeping up its offensive", True),
        ("junta bases in Namtu face daily attacks", True),
        ("residents struggle to keep up with rising prices", False),
        ("the KIA keeps up the pressure on Bhamo", False),
        ("the troops were ordered to face attacks", False),
        ("the junta is struggling to keep up with attacks on its convoys", False),
    ],
)
def test_ongoing(text: str, is_ongoing: bool) -> None:
    assert (ongoing(text) is not None) is is_ongoing


@pytest.mark.parametrize(
    "text",
    [
        "He passed the torch to his son",
        "Soldiers fired at the small village's dogs",
        "The occupied territories were quiet",
        "He was engaged to be married",
        # what met troops or was besieged, not who fought
        "Villagers fleeing the village encountered junta troops near Momauk",
        "Monks confronted junta troops at a checkpoint",
        "Protesters confronted security forces in Myitkyina",
        "The army confronted the press over the report",
        "Ngapaa confronted junta troops near Kutkai",  # no armed side: a word ending "aa"
        "the army confronted a column of protesters in Lashio",
        "the KIA confronted a convoy of aid trucks near Laiza",
        # guards: a convoy of no armed side; the army only the end of a clause before
        "the PDF confronted a convoy carrying rice near Katha",
        "parents whose son was conscripted into the army confronted junta soldiers",
        "About 10,000 besieged residents of Bhamo are running out of food",
        "Food prices soared in besieged Bhamo",
        "The junta moved heavy weapons into the town",  # moved, not fired
        "Troops were seen with heavy weapons near the bridge",  # carried, not fired
        "Troops occupied the post office",
        # what may happen, or was only meant to, is no event
        "Fighting can erupt in the townships at any time",
        "The junta may bomb the town again",
        "The troops are planning more raids",
        "We had to abort our mission to attack the troops",
        "Fearing airstrikes, some residents had left Namtu already",  # what was feared
        "villagers afraid of shelling",
        "two SAC helicopters carried soldiers and equipment to Hpakant",
        "90 soldiers were brought to the area by five helicopters on February 23",
        # a unit named for what it flies
        "members of the Moetar Lay Drone unit joined the meeting",
        "the group's drone team trained in the hills",
        "aerial munitions had been found near the headquarters",  # found, not dropped
        # an earlier event named as what came before
        "Tension rose following the capture of Chipwi",
        "the villages previously seized by the KIA",
        # things taken, no ground
        "Weapons and other military equipment were seized",
        # what people fled, a part denied, a group told by what it does
        "residents drove along dirt roads, trying to escape the fighting",
        "the victims had not been involved in recent fighting",
        "most were members of a local PDF militia fighting the junta",
        # a photograph shot; men of an armed side shot in a fight
        "the video was shot by a resident",
        "KIA fighters shot two men from the junta's militia",
        # a rifle's calibre; soldiers taken in battle or people's things seized
        "he was hit by 7.62mm rounds",
        "a bag of 5.56mm and 12.7mm rounds was found",
        "troops seized three villagers' motorcycles",
        "residents of Momauk are used as human shields",  # what goes on
        "one video showed several destroyed buildings",  # what was left, not who did it
        # (from the review) a calibre with no weapon; aircraft of no war; mines cleared;
        # training; what the junta does as a rule
        "the city recorded 120 mm of rain in 24 hours",
        "the camera has a 105 mm lens",
        "the festival featured hot air balloons and paragliders",
        "troops detonated mines found near the school in a controlled explosion",
        "he engaged in combat training in 2022",
        "residents said the junta is using civilians as human shields",
        # aircraft that carried someone, told with a word of how it is known
        "a regime helicopter reportedly carried his body away",
        "helicopters were reportedly seen over the town",
        # arms taken, listed: things, no deed
        "the MNDAA confiscated arms from the military, including machine guns and mortar shells",
        # strikes of work or protest
        "members of the Kale People's Strike Committee spoke to reporters",
        "shops closed for a general strike",
        "the detainees began a hunger-strike",
        "garment workers went on strike",
        "teachers staged a strike at the school",
        "shops closed for a nationwide strike",
        # a deed denied in a list after "no"
        "the officer said the area had no military outposts or clashes",
        "there were no casualties or clashes in the village",
        # "hit" of no armed side's post or force, or by no armed side, or on a condition
        "floods hit the camp",
        "the car hit a tree near the camp",
        "the camp was hit hard by the storm",
        "Heavy rain hit the army camp in Kutkai on Monday.",
        "A military truck hit the checkpoint in Kutkai on Monday.",
        "Price rises hit the soldiers' families in Kutkai.",
        "If the KIA hits the base in Bhamo, the junta will bomb Laiza, a source warned.",
        # a deed told in someone's words with no day of its own is testimony
        '"They fired heavy shells at the village," he said.',
        # guard: a deed of which no report or word came
        "There were no reports of fighting in the village.",
        "there have been no further reports of shelling since",
    ],
)
def test_words_that_only_look_like_a_trigger(text: str) -> None:
    assert find_triggers(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("On 18 May troops burned 100 houses in Si Thaung", "Looting/property destruction"),
        ("a column entered the area on 18 May and burned houses", "Looting/property destruction"),
        ("In May jets bombed the town", "Air/drone strike"),
        ("Troops attacked the village May 5, residents said", "Armed clash"),
    ],
)
def test_the_month_may_is_no_verb_of_what_may_come(text: str, kind: str) -> None:
    assert [t.sub_event_type for t in find_triggers(text)][:1] == [kind]


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # people carried somewhere, then struck: the strike stands
        ("Villagers evacuated by boat were hit by an airstrike.", "Air/drone strike"),
        ("Troops deployed to Hpakant by the junta were hit by drone strikes.", "Air/drone strike"),
        # things burned, then ground taken: the taking stands
        (
            "Cars were burned as the town was captured by the AA.",
            "Non-state actor overtakes territory",
        ),
    ],
)
def test_a_trigger_after_words_of_carrying_or_things_taken_stands(
    text: str, sub_event_type: str
) -> None:
    assert sub_event_type in [t.sub_event_type for t in find_triggers(text)]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # ground tried for, fought for: fighting, not ground taken
        ("Junta troops tried to retake Mansi but were defeated.", ["Armed clash"]),
        ("The KIA attempted to capture the base.", ["Armed clash"]),
        ("In a bid to seize the camp, the KIA attacked.", ["Armed clash"]),
        ("They died in the fight to retake the town.", ["Armed clash"]),
        ("The KIA launched an offensive to capture Mansi.", ["Armed clash"]),
        # an attack or a raid to take ground is fighting for it, not ground taken
        ("The alliance launched an attack to seize the 105 Mile trade zone.", ["Armed clash"]),
        ("The PDF mounted a raid to capture the police station.", ["Armed clash"]),
        # guards: ground taken, and ground only hoped for
        (
            "The KIA captured the base after trying for a week.",
            ["Non-state actor overtakes territory"],
        ),
        ("Junta attempts to retake Mansi failed.", ["Armed clash"]),
        ("The junta is trying to retake strategic places in Hpakant.", ["Armed clash"]),
        ("The junta will try to retake Mansi.", []),
        # what the second review found: attempts denied, not made, a habit, a goal or to
        # come, and "taking" of no ground, are no fighting
        ("A KIA spokesman denied that its troops had tried to capture the police station.", []),
        ("The KIA withdrew without trying to retake Mansi.", []),
        ("The junta has long tried to retake Laiza.", []),
        ("The KIA seeks to capture Bhamo.", []),
        ("The KIA is expected to attempt to capture Bhamo in the coming weeks.", []),
        ("The junta will likely attempt to retake Mansi soon.", []),
        ("A journalist tried to capture images of the burned houses.", []),
        ("The junta has tried to regain public support by releasing prisoners.", []),
        ("Troops failed to recapture the hill.", []),
        ("The KIA plans to capture Mansi.", []),
        # a goal, told with "in order to", "so as to"
        ("The KIA is trying hard in order to capture Banmauk and Katha.", []),
        ("Troops moved in so as to seize the hill.", []),
    ],
)
def test_ground_tried_or_fought_for_is_fighting(text: str, kinds: list[str]) -> None:
    assert sorted({t.sub_event_type for t in find_triggers(text)}) == kinds


def test_hiding_from_bombs_is_no_planted_bomb() -> None:
    assert all(
        t.sub_event_type != "Remote explosive/landmine/IED"
        for t in find_triggers("Villagers hid from the bombs")
    )


@pytest.mark.parametrize(
    ("text", "triggers"),
    [
        # a deed's participle naming what it left is no deed of its own
        ("the seized outpost is one of three near the village", []),
        ("residents returned to the burned houses", []),
        # ... but a relative clause or a passive still tells a deed
        ("the column that raided the village killed four", ["raided"]),
        ("the outpost was seized on Monday", ["seized"]),
        # "those arrested" are people: the deed stands
        ("Those arrested included three students.", ["arrested"]),
        # words of a subject, not of a deed
        ("He was charged with arson.", []),
        ("The UN envoy on sexual violence in conflict visited the town.", ["visited"]),
    ],
)
def test_a_participle_naming_what_a_deed_left_is_no_deed(text: str, triggers: list[str]) -> None:
    assert [t.text for t in find_triggers(text)] == triggers


def test_people_captured_are_no_ground_taken() -> None:
    text = "the MNDAA attacked the hospital, killing some patients and capturing others"
    assert not [t for t in find_triggers(text) if t.sub_event_type.endswith("territory")]


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        ("a farmer was badly hurt after hitting a rope mine near his house", True),
        ("villagers hide in their farms, where they worry about shelling and airstrikes", False),
    ],
)
def test_mines_named_by_kind_and_what_people_worry_about(text: str, deed: bool) -> None:
    assert bool(find_triggers(text)) is deed


@pytest.mark.parametrize(
    ("text", "ground"),
    [
        ("three members of the resistance captured during weekend raids", False),
        ("fighters were shot and captured by another junta column", False),
        ("KIA soldiers captured the town of Mansi", True),
        # one person, right before the verb; or "captured alive"
        ("15 soldiers were killed and a sergeant was captured alive", False),
        ("a junta major was captured by the PDF", False),
        ("the resistance captured two soldiers alive", False),
        ("a major base was captured by the KIA", True),
        ("the town was captured after a week of fighting", True),
        ("Sergeant Aung Ko was captured alive by the KIA", False),
        # a village's name, or whose post it was, is no person taken
        ("Kawng Man was captured by the TNLA on Monday", True),
        ("the camp of the battalion commander was captured by the TNLA", True),
        ("the outpost guarded by a junta major was captured by the KIA", True),
        # words between the determiner and the rank, or a possessive
        ("the KIA said a junta army major was captured near Mansi", False),
        ("their battalion commander was captured by the KIA", False),
        ("the battalion's deputy commander was captured", False),
    ],
)
def test_people_told_as_captured_in_the_passive_are_no_ground(text: str, ground: bool) -> None:
    taken = [t for t in find_triggers(text) if t.sub_event_type.endswith("territory")]
    assert bool(taken) is ground


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The army launched the attack just before midnight", [MILITARY]),
        ("the army shelled the town", [MILITARY]),
        ("the Arakan Army seized the base", ["AA: Arakan Army"]),
    ],
)
def test_the_army_alone_is_the_military(text: str, names: list[str]) -> None:
    assert [a.name for a in find_actors(text)] == names


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a fragment woven into the reporter's sentence is the reporter's telling
        ("“They dropped bombs on two areas of Namhkam” town at 1 am on Friday.", ["bombs"]),
        # quoted speech is testimony: who spoke follows, or the quotation ends its sentence
        ("“They dropped bombs on the town,” a resident said.", []),
        ("“They dropped bombs on Namhkam” he said.", []),
        ("“Troops burned the houses, then left,” the man said.", []),
        ("“The jets bombed the village again on Tuesday” a resident told KNG.", []),
        # scare quotes: someone's words for a deed, not the reporter's telling
        ("The junta accused the KIA of “terrorist attacks” in Bhamo on Monday.", []),
    ],
)
def test_a_quoted_fragment_in_the_reporter_s_sentence_is_read(text: str, found: list[str]) -> None:
    assert [t.text for t in find_triggers(text)] == found


@pytest.mark.parametrize(
    "text",
    [
        # things that fell, and falling that is no loss of ground
        "Bombs fell one after another in the town",
        "One fell on a crowd at a donation ceremony",
        "It fell in the monastery grounds",
        "Shells fell last night near the village",
        "the troops of a police station fell back to Myitkyina",
        "the alliance fell apart in late June",
        # (from the review) whatever is capitalised before "fell", in any case; ground
        # fallen silent; what control was gained of that is no ground
        "Temperatures in Putao fell below zero on Friday",
        "The number of displaced in Hpakant fell last week",
        "Exports fell after the junta closed the Muse gate on Friday",
        "Kanpaiti fell last week",
        "Bhamo fell quiet on Friday night",
        "Rain Fell Last Night In Bhamo",
        "the town fell silent",
        "The KIA gained control of the jade trade in Hpakant on Friday",
        "Securing control of the Bhamo road would let the KIA cut the town off",
        "Min Aung Hlaing took complete control of the government",
        # what was taken to a post, or a post taken up, is no ground taken
        "troops took up positions on the hill above Mansi",
        "villagers took refuge in a camp near Bhamo",
        "soldiers took them to the base in Mansi",
        "the column took the wounded into the town",
        "The junta took Facebook posts about the attack as evidence",
        # (from the review) people or things of a post taken, a stand taken, how long
        "The KIA took a junta battalion commander captive near Bhamo on Monday",
        "The KIA took a firm position against the junta's conscription law",
        "The KIA took the battalion's weapons and ammunition near Bhamo",
        "It took the PDF's battalion two hours to reach the village",
        "It took the town years to recover",
        "The KIA took the outpost's commander prisoner",
    ],
)
def test_what_fell_is_no_ground_taken_unless_ground(text: str) -> None:
    kinds = {t.sub_event_type for t in find_triggers(text)}
    assert "Non-state actor overtakes territory" not in kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # (from the review) aircraft that took something out strike; storming out of a
        # meeting is no attack; fighting somewhere, in a clause of its own, is a clash
        ("A KIA drone took out a junta tank near Bhamo on Friday", ["Air/drone strike"]),
        ("Protesters stormed out of the meeting in Myitkyina on Friday", []),
        (
            "The KIA, which is fighting junta troops near Mansi, said two soldiers died",
            ["Armed clash"],
        ),
        ("Residents helped the PDF, which is still fighting the junta", []),
        # a deed told along with another, or as an answer, is a deed of its own, not the
        # weapon of another (which stays: "raided the village with helicopter support")
        (
            "The junta responded with airstrikes and shelling",
            ["Air/drone strike", "Shelling/artillery/missile attack"],
        ),
        (
            "Namhsan came under artillery shelling on Tuesday, along with aerial bombardments",
            ["Air/drone strike", "Shelling/artillery/missile attack"],
        ),
        ("Troops raided the village with helicopter support", ["Armed clash"]),
        # (from the review) what troops came back with is a weapon, and an attack made
        # along with drones is made with them, as ACLED codes it; an answer in any tense
        # is a deed
        ("Junta troops came back with artillery and attacked Momauk", ["Armed clash"]),
        ("The KIA attacked the camp near Mansi along with drones", ["Air/drone strike"]),
        ("The junta is responding with airstrikes", ["Air/drone strike"]),
        ("The PDF fought back with drones", ["Air/drone strike", "Armed clash"]),
        # people of a post taken into custody are arrested, no ground taken
        ("The army took three battalion commanders into custody in Myitkyina", ["Arrests"]),
    ],
)
def test_what_the_review_found_of_the_new_words(text: str, kinds: list[str]) -> None:
    assert sorted({t.sub_event_type for t in find_triggers(text)}) == kinds


@pytest.mark.parametrize(
    "text",
    [
        "Security forces attacked protesters with teargas and stun bombs on March 3.",
        "Police threw sound bombs and smoke bombs at the crowd.",
    ],
)
def test_a_crowd_s_bombs_are_no_air_strike(text: str) -> None:
    assert all(t.sub_event_type != "Air/drone strike" for t in find_triggers(text))


_MINE = "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # an explosion told as an incident is a remote explosive's trigger
        ("Two explosions happened at the home of a retired soldier.", [_MINE]),
        ("A blast rocked the police station in Lashio.", [_MINE]),
        # one heard or an accident's is none; a grenade's is a grenade
        ("Blasts were heard in Lashio all night.", []),
        ("The sound of explosions frightened residents.", []),
        ("A gas explosion occurred in a restaurant.", []),
        ("The blast at the fuel depot was caused by a leaking tank.", []),
        ("A grenade explosion in Lashio wounded two soldiers.", ["Grenade"]),
    ],
)
def test_an_explosion_told_as_an_incident_is_a_remote_explosive_s(
    text: str, kinds: list[str]
) -> None:
    assert sorted({t.sub_event_type for t in find_triggers(text)}) == kinds


@pytest.mark.parametrize(
    ("text", "fired", "kinds"),
    [
        ("Two explosions happened at the home of a retired soldier.", False, [_MINE]),
        # where something drops or fires bombs, the explosion is theirs
        ("Two explosions happened at the home of a retired soldier.", True, []),
        # told with a deed of another kind, it is that deed's
        ("Fighting broke out after an explosion at a checkpoint.", False, ["Armed clash"]),
        # a bomb told as going off is no bare explosion
        ("A bomb exploded near the market.", True, ["Air/drone strike"]),
    ],
)
def test_a_bare_explosion_is_an_event_only_where_nothing_else_is_told(
    text: str, fired: bool, kinds: list[str]
) -> None:
    kept = without_bare_blasts(find_triggers(text), fired=fired)
    assert sorted({t.sub_event_type for t in kept}) == kinds


@pytest.mark.parametrize(
    ("text", "only"),
    [
        ("Troops shelled Kani. Two bombs fell on the village.", True),
        ("Troops shelled Kani. Jets bombed Yinmabin.", False),
        ("Troops shelled Kani. Bombs were dropped on Yinmabin.", False),
        ("Troops shelled Kani. Two 500-pound bombs struck a monastery.", False),
        ("Two bombs fell on the village.", False),
    ],
)
def test_a_report_tells_shelling_only(text: str, only: bool) -> None:
    assert tells_shelling_only(text) is only


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a bomb told as coming down is a shell where only shells are fired
        ("Two bombs fell on the village.", "Shelling/artillery/missile attack"),
        ("Bombs landed near the school.", "Shelling/artillery/missile attack"),
        # one thrown or gone off stays as it was read
        ("PDF fighters threw bombs at the checkpoint.", "Air/drone strike"),
        ("A bomb exploded at a tea shop.", "Air/drone strike"),
    ],
)
def test_a_bomb_that_came_down_is_a_shell(text: str, kind: str) -> None:
    (bomb,) = [t for t in find_triggers(text) if t.text.casefold().startswith("bomb")]
    assert as_shelled(bomb, text).sub_event_type == kind


@pytest.mark.parametrize(
    ("text", "days", "kinds"),
    [
        # a deed opening the clause with "after" came before the deed it tells
        (
            "After the KIA captured Chipwi, junta jets bombed the town",
            [],
            ["Air/drone strike"],
        ),
        # (told with a day of its own, it is told too)
        (
            "After the KIA captured Chipwi on Sunday, junta jets bombed the town",
            [(31, 40)],
            ["Air/drone strike", "Non-state actor overtakes territory"],
        ),
        # (ground taken after ground tells who took it)
        (
            "Once junta forces had retaken Nawnghkio, they went on, capturing Kyaukme",
            [],
            ["Government regains territory", "Non-state actor overtakes territory"],
        ),
    ],
)
def test_a_deed_told_as_what_came_before_opens_its_clause(
    text: str, days: list[tuple[int, int]], kinds: list[str]
) -> None:
    triggers, _ = read_triggers(text, days=days)
    assert sorted({t.sub_event_type for t in triggers}) == sorted(kinds)


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("Namtu Township came under the control of the TNLA", True),
        ("the town came fully under KIA control", True),
        ("the KIA brought Momauk town fully under its control", True),
        ("junta troops were back in control of the town", True),
        ("the town came under attack", False),
        ("the town is back in control of the junta", False),
    ],
)
def test_ground_that_came_under_a_side_s_control_is_taken(text: str, taken: bool) -> None:
    assert any(t.sub_event_type.endswith("territory") for t in find_triggers(text)) is taken


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        # a thing taken before, named by an article and the verb: no taking told
        ("the MNDAA is preparing to hand a captured city back to the military", False),
        ("the seized base was shelled by junta jets", False),
        # guards: a taking told, recently or now
        ("he spoke of how important the recently captured Yaw Yon camp is", True),
        ("the KIA captured the base on Monday", True),
        ("the positions captured are important", True),
        ("on the seizure of the police station of Mansi, weapons were taken", True),
    ],
)
def test_a_verb_of_taking_after_an_article_names_a_thing_taken_before(
    text: str, taken: bool
) -> None:
    found = [t for t in find_triggers(text) if t.sub_event_type.endswith("territory")]
    assert bool(found) is taken


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # an armed side stopped by force: fighting
        ("resistance forces intercepted a military convoy near Mogok", ["Armed clash"]),
        ("the KIA was intercepting junta reinforcements", ["Armed clash"]),
        # guards: what is intercepted is no armed side
        ("police intercepted a shipment of drugs near Mogok", []),
        ("the KIA intercepted radio calls", []),
        # fired at a place with heavy weapons: shelling
        (
            "soldiers fired indiscriminately into Naungcho town with heavy weapons",
            ["Shelling/artillery/missile attack"],
        ),
        ("troops attacked the village with heavy artillery", ["Shelling/artillery/missile attack"]),
        # guard: armed with them is no firing
        ("a column armed with heavy weapons entered the town", []),
    ],
)
def test_an_armed_side_intercepted_or_a_place_fired_on_with_heavy_weapons(
    text: str, kinds: list[str]
) -> None:
    assert list(dict.fromkeys(t.sub_event_type for t in find_triggers(text))) == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # posts left with no fight told: ground handed over
        (
            "junta soldiers abandoned three strategically important bases",
            ["Non-violent transfer of territory"],
        ),
        (
            "junta troops withdrew from their camp at Gway Htaw",
            ["Non-violent transfer of territory"],
        ),
        ("the police pulled out from the outpost", ["Non-violent transfer of territory"]),
        # guards: no posts; beside fighting, the fighting's; forced out, taken
        ("villagers abandoned their homes near the base", []),
        ("junta troops abandoned the camp after heavy fighting with the KIA", ["Armed clash"]),
        ("the troops could not hold their positions and in the end abandoned their base", []),
        ("surrounded by the KIA, the soldiers withdrew from the outpost", []),
    ],
)
def test_posts_left_with_no_fight_are_a_non_violent_transfer(text: str, kinds: list[str]) -> None:
    assert list(dict.fromkeys(t.sub_event_type for t in find_triggers(text))) == kinds


def test_a_deed_told_in_quoted_words_with_a_day_of_its_own_is_read_and_marked() -> None:
    text = '"They fired heavy shells yesterday (4 July)," he said.'
    days = [(text.index("yesterday"), text.index("yesterday") + len("yesterday"))]
    triggers, _ = read_triggers(text, one_days=days)
    assert [(t.sub_event_type, t.quoted) for t in triggers] == [
        ("Shelling/artillery/missile attack", True)
    ]
    # (and with no day read, none)
    assert read_triggers(text)[0] == []


def test_an_attack_s_means_is_not_sought_across_another_clause() -> None:
    text = "The KIA attacked the outpost on Monday, and the junta responded, with airstrikes."
    assert find_triggers(text)[0].sub_event_type == "Armed clash"


def test_custody_is_not_sought_across_another_deed() -> None:
    text = "troops took the village, which lies near the river, and then took him into custody"
    arrests = [t for t in find_triggers(text) if t.sub_event_type == "Arrests"]
    assert [t.text for t in arrests] == ["took him into custody"]


@pytest.mark.parametrize(
    "text",
    [
        '"If the junta bombs Laiza on Monday, we will strike back," a KIA officer said.',
        '"We expect the junta to attack Momauk on Monday," a KIA officer said.',
        '"The junta says the KIA shelled Bhamo on Monday, but that is a lie," he said.',
        '"Every year on Monday we pray for those the jets killed in Hpakant," a pastor said.',
        '"Nobody was hurt when they did not shell Mansi on Monday," he said.',
    ],
)
def test_a_quotation_with_a_day_that_tells_no_deed_done_is_not_read(text: str) -> None:
    at = text.index("Monday")
    assert read_triggers(text, one_days=[(at, at + len("Monday"))])[0] == []


@pytest.mark.parametrize(
    "text",
    [
        # the mine told before, a mine dug for jade, combat training: no deed of their own
        "the mine blew up, wounding both of them",
        "that mine went off too",
        "a jade mine collapsed after heavy rain",
        "two recruits were injured in combat training",
        "a cousin of mine went off to join the KIA",
        "explosives stored at an abandoned jade mine detonated",
        "the two sides signed the agreement on chemical weapons",
        "its use of chemical weapons violates the Chemical Weapons Convention",
        "the junta denied using chemical weapons",
        "the Organisation for the Prohibition of Chemical Weapons met",
    ],
)
def test_no_new_deed_in_these(text: str) -> None:
    assert [t.sub_event_type for t in find_triggers(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        # tear gas fired at a crowd: force on a protest, no chemical weapon
        "police fired tear gas shells at the crowd",
        "police fired teargas shells at the crowd",
        "police fired tear-gas bombs at the crowd",
    ],
)
def test_tear_gas_at_a_crowd_is_a_protest_broken_up(text: str) -> None:
    assert [t.sub_event_type for t in find_triggers(text)] == ["Protest with intervention"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # people protesting, told so
        ("thousands took to the streets of Hpakant", ["Peaceful protest"]),
        ("residents staged a peaceful anti-coup protest in Mohnyin", ["Peaceful protest"]),
        ("hundreds marched through Myitkyina against the coup", ["Peaceful protest"]),
        ("students protested outside the court in Lashio", ["Peaceful protest"]),
        ("an anti-junta rally was held in Mogaung", ["Peaceful protest"]),
        # guard: with a word between
        ("the protests also took place in Myitkyina", ["Peaceful protest"]),
        ("residents of Mogaung held a candlelight vigil", ["Peaceful protest"]),
        ("people held a peaceful procession in Namhkam", ["Peaceful protest"]),
        ("mourners held a funeral procession in Namhkam", []),  # guard: no protest
        # force short of killing used on a protest
        ("security forces broke up the sit-in at the power plant", ["Protest with intervention"]),
        ("troops fired guns to disperse protesters", ["Protest with intervention"]),
        ("water cannon were used on the marchers", ["Protest with intervention"]),
        (
            "they had joined a protest when police opened up with stun grenades",
            ["Protest with intervention"],
        ),
        # guards: troops marching, a rally to celebrate, a crackdown told as what goes on
        ("junta troops marched into the village", []),
        ("the column marched toward Mansi", []),
        ("the KIO held a rally in Laiza to mark its anniversary", ["Other", "Other"]),
        ("teachers staged a strike at the school", []),
        ("she resigned in protest at the arrests", ["Arrests"]),
        # what the review found: no crowd near the crowd's weapons; armed forces that
        # march, rally or show; a parade; a rally to celebrate, however told
        ("troops used smoke grenades to cover their retreat", []),
        ("police used tear gas to free a trapped bus", []),
        ("government troops rallied in Bhamo", []),
        ("the battalion marched out of Bhamo to fight the coup", []),
        ("the military demonstrated in Hpakant how it would punish them", []),
        ("the army held a march past for Union Day", []),
        ("a rally was held in Myitkyina to mark the KIO anniversary", ["Other", "Other"]),
        ("residents held a rally in Laiza marking the founding of the KIO", ["Other"]),
        # guards: a protest so told still is one
        ("students demonstrated against the coup", ["Peaceful protest"]),
        ("protest rallies were held in Monywa", ["Peaceful protest"]),
        ("thousands held a march in Myitkyina", ["Peaceful protest"]),
    ],
)
def test_people_protesting_and_force_used_on_them(text: str, kinds: list[str]) -> None:
    assert [t.sub_event_type for t in find_triggers(text)] == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a chemical weapon and what carried it: one deed
        ("made aerial attacks using 11 chemical bombs", ["Chemical weapon"]),
        ("junta jets carried out airstrikes using chemical bombs", ["Chemical weapon"]),
        ("a junta drone dropped chemical bombs on the village", ["Chemical weapon"]),
        ("jets bombed the village with chemical bombs", ["Chemical weapon"]),
        # guards: a weapon told after it, and a carrier of a clause of its own
        (
            "struck the township with 8 chemical bombs and 27 conventional bombs",
            ["Chemical weapon", "Air/drone strike"],
        ),
        (
            "jets bombed the village, and troops fired chemical shells at the camp",
            ["Chemical weapon", "Air/drone strike"],
        ),
    ],
)
def test_what_carried_a_chemical_weapon_is_no_deed_of_its_own(text: str, kinds: list[str]) -> None:
    assert list(dict.fromkeys(t.sub_event_type for t in find_triggers(text))) == kinds
