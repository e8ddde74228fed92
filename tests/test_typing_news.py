"""Typing of news sentences in wordings the ACLED notes rarely use (sentences written for these tests)."""

from __future__ import annotations

from dateline.extract import typing as tp


def test_violence_told_beside_a_long_aside_is_no_yielding() -> None:
    # The aside ("in the worst fighting since ...") leaves the notes model unsure and the PLOVER model's flat
    # softmax on a yielding root; with violence told and no word of yielding, the violent reading stands.
    texts = ["Government troops shelled hamlets inside the enclave overnight, including Tarsa, Molu and Bekir, the "
             "rebels' ministry said on Monday, in the worst fighting between the two sides since the 2018 war.",
             "Enemy forces shelled towns and villages across the valley overnight, the defence ministry said on "
             "Sunday, in the heaviest fighting between the two countries since the last war."]
    for text, typed in zip(texts, tp.classify_many(texts), strict=True):
        assert typed.event_type in ("Battles", "Explosions/Remote violence"), text


def test_a_peaceable_reading_told_in_its_own_words_stands_against_violence() -> None:
    told = tp._Text.of("The rebels released twelve soldiers they had captured in an ambush last month.")
    assert not tp._violence_outweighs("RETREAT", "Attack", told)
    bare = tp._Text.of("Gunmen ambushed a convoy on the northern road, officials said.")
    assert tp._violence_outweighs("RETREAT", "Attack", bare)
    assert not tp._violence_outweighs("RETREAT", "Agreement", bare)  # only a violent reading outweighs


def test_an_appeal_made_is_a_request() -> None:
    for text in ("The African Union urged both governments to withdraw their forces and settle the dispute through talks.",
                 "The president said his country would ask its neighbours and the Security Council for help.",
                 "Aid agencies called on the warring parties to open a corridor for civilians."):
        typed = tp.classify_sentence(text)
        assert (typed.event_type, typed.plover) == ("Verbal/diplomatic", "REQUEST"), text


def test_an_agreement_reached_after_an_appeal_stays_an_agreement() -> None:
    typed = tp.classify_sentence("The two sides signed a ceasefire agreement on Sunday after mediators urged them to stop the fighting.")
    assert typed.sub_event_type == "Agreement"
    protest = tp.classify_sentence("Thousands of protesters marched through the capital and urged the government to resign.")
    assert protest.event_type == "Protests"


def test_an_appeal_for_talks_on_a_peace_deal_is_no_agreement() -> None:
    texts = ["Regional leaders called on both armies to stop the shelling and to return to talks on a peace treaty.",
             "The envoy also called for intensified negotiations and offered to host them, his office said."]
    for text, typed in zip(texts, tp.classify_many(texts), strict=True):
        assert (typed.event_type, typed.plover) == ("Verbal/diplomatic", "REQUEST"), text


def test_disrupted_weapons_use_needs_a_weapon_or_its_disruption() -> None:
    assert tp._has_cue("Disrupted weapons use", tp._Text.of("Police defused a roadside bomb near the market."))
    assert tp._has_cue("Disrupted weapons use", tp._Text.of("Troops seized a cache of rifles in the forest."))
    said = tp._Text.of("The prime minister told reporters on Monday that 31 soldiers had been killed.")
    assert not tp._has_cue("Disrupted weapons use", said)
    assert tp.classify_sentence(said).sub_event_type != "Disrupted weapons use"


def test_a_call_to_urge_restraint_is_a_request_unless_an_accusation_is_told() -> None:
    texts = ["The Turkish president called his Georgian counterpart on Tuesday to urge restraint.",
             "The foreign minister phoned his counterpart on Friday to urge a return to the ceasefire."]
    for text, typed in zip(texts, tp.classify_many(texts), strict=True):
        assert (typed.event_type, typed.plover) == ("Verbal/diplomatic", "REQUEST"), text
    assert not tp._request_told(tp._Text.of("The ministry accused the rebels of shelling and urged them to stop."),
                                "ACCUSE", None)


def test_sides_blaming_each_other_is_an_accusation() -> None:
    texts = ["Both sides blame the other for starting the hostilities.",
             "The two governments blamed each other for the collapse of the talks."]
    for text, typed in zip(texts, tp.classify_many(texts), strict=True):
        assert (typed.event_type, typed.plover) == ("Verbal/diplomatic", "ACCUSE"), text


def test_an_officials_demand_in_a_call_is_a_statement_not_a_protest() -> None:
    texts = ["The Georgian premier had talked to the Turkish president earlier, and rang the NATO chief to demand "
             "a reply to \"Moscow's hostile acts.\"",
             "Nurses demanded higher wages outside the health ministry on Monday.",
             "Farmers demanded that the agriculture minister step down."]
    official, nurses, farmers = tp.classify_many(texts)
    assert official.event_type != "Protests", texts[0]
    assert nurses.event_type == "Protests" and farmers.event_type == "Protests"
    assert tp._official_demand(tp._Text.of(texts[0]))
    assert not tp._official_demand(tp._Text.of(texts[2]))  # the minister is who they want gone, named after the demand


def test_troops_captured_in_a_fight_are_a_clash_not_ground_taken() -> None:
    texts = ["Georgian officials said 11 soldiers were captured during Thursday's hostilities near the border.",
             "Government troops recaptured the village of Kelo after heavy fighting."]
    people, ground = tp.classify_many(texts)
    assert people.sub_event_type == "Armed clash"
    assert ground.sub_event_type == "Government regains territory"


def test_a_toll_of_soldiers_read_unsurely_as_something_else_is_a_clash() -> None:
    assert tp._military_deaths("Meanwhile, Georgia reported the deaths of 37 of its soldiers.", "Violent demonstration",
                               0.12) == "Armed clash"
    assert tp._military_deaths("The two sides reported about 80 troop deaths on Friday.", "AID", 0.13) == "Armed clash"
    # a sure reading, a statement that may carry a toll, or no armed victims: unchanged
    assert tp._military_deaths("Georgia reported the deaths of 37 of its soldiers.", "Other", 0.8) == "Other"
    assert tp._military_deaths("Georgia accused Russia of the deaths of 37 soldiers.", "ACCUSE", 0.12) == "ACCUSE"
    assert tp._military_deaths("The flood caused the deaths of 37 villagers.", "Other", 0.12) == "Other"
