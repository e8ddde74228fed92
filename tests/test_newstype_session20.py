"""Typing of news sentences (session 20): violence against people told beside looting, a denial of ground lost, captives
rescued, military equipment destroyed in a fight, and a toll updated with its happening told elsewhere (sentences
written for these tests)."""

from __future__ import annotations

from dateline.extract import typing as tp
from dateline.taxonomy import EVENT_TYPE_OF, VIOLENT_EVENT_TYPES

LOOTING = "Looting/property destruction"


def _typed(texts: list[str]) -> list[tp.Typing]:
    return tp.classify_many(texts)


def test_people_hurt_beside_looting_make_the_violence_the_event() -> None:
    texts = ["Fighters stormed the hospital, looting supplies and wounding staff.",
             "Gunmen stormed the main hospital in the city, looting medicines and attacking patients and staff."]
    for text, typed in zip(texts, _typed(texts), strict=True):
        assert typed.sub_event_type == "Attack", text


def test_looting_alone_or_with_animals_killed_stays_property() -> None:
    assert not tp._people_harmed(tp._Text.of("Raiders shot dead two oxen and looted the granary."))
    assert not tp._people_harmed(tp._Text.of("Dozens of goats were killed and the granary looted by raiders."))
    assert not tp._people_harmed(tp._Text.of("Youths looted the depot; no one has been reported hurt or killed."))
    assert not tp._people_harmed(tp._Text.of("Raiders attacked the villagers and looted the granary; neither deaths nor "
                                             "injuries were reported."))
    assert tp._people_harmed(tp._Text.of("Raiders looted the granary and beat the watchman."))
    typed = tp.classify_sentence("Armed men looted shops in the market and set fire to three houses.")
    assert typed.sub_event_type == LOOTING


def test_a_denial_of_ground_lost_is_a_rejection_not_a_change_of_hands() -> None:
    texts = ["The army denied losing ground to the rebels around the northern town on Friday.",
             "Separatists denied losing the village to government troops.",
             "Rebels denied that government forces had retaken the hills."]
    for text, typed in zip(texts, _typed(texts), strict=True):
        assert typed.sub_event_type == "REJECT", text


def test_ground_taken_besides_a_denial_stays_taken() -> None:
    assert not tp._ground_change_denied(tp._Text.of("The army denied losing ground and said it had recaptured two villages."))
    assert not tp._ground_change_denied(tp._Text.of("Troops recaptured the town on Monday, though the rebels denied losing it."))
    typed = tp.classify_sentence("Troops recaptured the town on Monday, though the rebels denied losing it.")
    assert typed.sub_event_type == "Government regains territory"


def test_captives_rescued_are_no_arrest_and_no_ground_taken() -> None:
    texts = ["Troops rescued 12 hostages held by kidnappers in a forest hideout on Wednesday, the army said.",
             "Soldiers freed 15 hostages held by the armed group in the north.",
             "Government forces rescued 60 captives from a rebel camp."]
    for text, typed in zip(texts, _typed(texts), strict=True):
        assert typed.sub_event_type == "Change to group/activity", text
    calm = tp._Text.of("Police rescued three kidnapped traders from a hideout; there were no reports of clashes.")
    assert tp._rescue_reading(calm, "Arrests") == "Change to group/activity"
    fought = "Troops rescued 20 hostages after a gun battle with the kidnappers that left four of the gunmen dead."
    assert tp.classify_sentence(fought).sub_event_type == "Armed clash"


def test_a_release_by_captors_or_a_rescue_not_made_is_no_rescue() -> None:
    assert tp._search(tp._RESCUED, tp._Text.of("Envoys came to press the junta to free a reporter held hostage.")) is None
    told = tp._Text.of("The rebels freed six hostages held since Friday.")
    assert tp._rescue_reading(told, "Change to group/activity") == "Change to group/activity"
    arrested = tp._Text.of("Police rescued four kidnapped students and arrested two suspects.")
    assert tp._rescue_reading(arrested, "Arrests") == "Arrests"


def test_military_equipment_destroyed_is_a_fight_not_property_destruction() -> None:
    texts = ["The military said it destroyed seven armoured vehicles belonging to the separatists.",
             "The brigade destroyed 12 tanks and 20 armoured vehicles over the past day, the general staff said.",
             "The army said its troops destroyed two enemy tanks and an armoured personnel carrier on Monday."]
    for text, typed in zip(texts, _typed(texts), strict=True):
        assert typed.sub_event_type == "Armed clash", text
    # the weapon named decides the remote reading; water tanks are property
    mined = "A landmine destroyed an army truck and two armoured vehicles on the road north of the town."
    assert tp.classify_sentence(mined).sub_event_type == "Remote explosive/landmine/IED"
    assert tp._search(tp._MATERIEL_DESTROYED, tp._Text.of("Rioters destroyed water tanks and looted shops.")) is None
    # a crowd that wrecks an army truck riots
    stoned = tp._Text.of("They hurled stones at the convoy and destroyed a military truck.")
    assert not tp._materiel_destroyed(stoned, "Mob violence")
    assert not tp._materiel_destroyed(stoned, LOOTING)


def test_a_toll_updated_is_the_toll_of_violence() -> None:
    texts = ["The health ministry raised the death toll to 35 on Tuesday.",
             "Hospital officials raised the number of dead to 19.",
             "The death toll rose to 22, the health ministry said."]
    for text, typed in zip(texts, _typed(texts), strict=True):
        assert EVENT_TYPE_OF[typed.sub_event_type] in VIOLENT_EVENT_TYPES, text
        assert typed.sub_event_type != "Air/drone strike", text
    # a disaster's toll stays a disaster's, and deaths from a disease are no violence
    assert tp.classify_sentence("Officials raised the death toll from the floods to 41.").event_type == tp.NON_CONFLICT_TYPE
    sick = tp.classify_sentence("Doctors said the death toll from the measles outbreak had risen to 80.")
    assert EVENT_TYPE_OF.get(sick.sub_event_type) not in VIOLENT_EVENT_TYPES
    # a toll counts deaths: never an abduction
    war = tp.classify_sentence("The toll of the war in the north has risen to several thousand, the ministry said.")
    assert war.sub_event_type in ("Attack", "Armed clash")
