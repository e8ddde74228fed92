"""News of more conflicts the rules were never built from (session 21): a toll told in a sentence of its own, fighting
heard by witnesses, where the hurt were treated, some of the wounded counted again, the unit a village is said to lie
in, another happening's place, allies' forces, a campaign repeated since a year."""

from __future__ import annotations

from datetime import date

from dateline.extract import actors as actor_rules
from dateline.extract.claims import find_claims
from tests.news_helpers import article as _article
from tests.news_helpers import events as _events
from tests.news_helpers import mentions as _mentions


def test_a_toll_told_alone_is_the_toll_of_the_happening_before() -> None:
    text = ("A car bomb exploded outside the central bus station in Jalalabad on Tuesday, killing 19 people, the police "
            "said. More than 40 people were wounded.")
    ms = _mentions(text)
    assert len(ms) == 2 and ms[1].claims
    assert (ms[1].event_type, ms[1].sub_event_type) == (ms[0].event_type, ms[0].sub_event_type)
    events = [e for e in _events(_article(text)) if e.claims]
    assert len(events) == 1 and {c.kind for c in events[0].claims} == {"killed", "wounded"}


def test_a_toll_with_a_happening_of_its_own_keeps_its_type() -> None:
    ms = _mentions("A car bomb exploded outside the central bus station in Jalalabad on Tuesday, killing 19 people. "
                   "In a separate incident, police arrested six men in the city.")
    assert ms[-1].sub_event_type == "Arrests"


def test_fighting_heard_by_witnesses_is_the_fight_told_before() -> None:
    ms = _mentions("Rebels attacked an army post outside the town of Kasongo on Tuesday, and the army said four soldiers "
                   "were killed. Residents said they heard heavy gunfire and explosions until late at night.")
    assert len(ms) == 2
    assert ms[1].event_type == ms[0].event_type == "Battles"


def test_where_the_wounded_were_treated_is_not_where_they_were_hit() -> None:
    text = ("Militants stormed a police station near the town of Baidoa on Tuesday, killing three officers. "
            "Eight officers were wounded and flown to hospital in Mogadishu.")
    ms = _mentions(text)
    assert ms[1].place is None or ms[1].place.name != "Mogadishu"
    assert len([e for e in _events(_article(text)) if e.claims]) == 1


def test_some_of_the_wounded_counted_again_are_no_new_figure() -> None:
    assert not find_claims("Several of the wounded were in critical condition, a doctor said.")
    assert not find_claims("Officials said 12 of the injured were children.")
    [died] = find_claims("Doctors said three of the injured later died.")
    assert (died.kind, died.quantity.count) == ("killed", 3)
    [wounded] = find_claims("Ten people were wounded, four of them seriously.")
    assert (wounded.kind, wounded.quantity.count) == ("wounded", 10)


def test_the_unit_a_village_is_said_to_lie_in_chooses_among_namesakes() -> None:
    # Mafa is a village name in two Nigerian states; the text says which
    for text in ("Gunmen killed 12 farmers in Mafa, a small village in Nigeria's Yobe state, on Sunday.",
                 "Gunmen killed 12 farmers in Mafa in Yobe state on Sunday."):
        [m] = _mentions(text)
        assert m.place is not None and m.place.admin1 == "Yobe"


def test_another_happenings_place_is_not_the_sentences() -> None:
    [m] = _mentions("Soldiers killed nine insurgents in an ambush on the highway on Tuesday, days after the massacre in "
                    "Mafa, the army said.")
    assert m.place is None or m.place.name != "Mafa"


def test_two_states_forces_acting_together_are_one_side() -> None:
    found = actor_rules.find_actors("Malian and Burkinabe troops attacked the militants near the border.", True, "ML")
    assert [a.actor.name for a in found] == ["Military Forces of Mali"]
    both = actor_rules.find_actors("Malian and Burkinabe troops fought a fierce battle near the border.", True, "ML")
    assert len(both) == 2


def test_a_campaign_repeated_since_a_year_is_that_period() -> None:
    ms = _mentions("Two of the hostages were freed on Tuesday. The rebels, who want a state of their own, have attacked "
                   "schools repeatedly since 2019.")
    [campaign] = [m for m in ms if "since 2019" in m.text]
    assert (campaign.date.value, campaign.date.end) == ("2019", "2026-04-15")
    [worst] = _mentions("It was the worst fighting in the province since 2019, residents said.") or [None]
    assert worst is None or worst.date.value != "2019"


def test_a_group_claiming_an_attack_is_its_author() -> None:
    text = ("A suicide bomber blew himself up at a checkpoint in Quetta on Tuesday, killing 11 people, police said. "
            "More than 30 people were wounded. The Balochistan Liberation Army claimed responsibility for the attack.")
    [attack] = [e for e in _events(_article(text)) if e.claims]
    assert attack.actor1 == "Balochistan Liberation Army"


def test_the_group_as_a_claimant_is_the_group_named_before() -> None:
    text = ("Al-Shabaab fighters attacked an army base near Afgoye on Tuesday, residents said. The group said its "
            "fighters had killed 19 soldiers.")
    claimants = {c.claimant for m in _mentions(text) for c in m.claims}
    assert claimants == {"Al-Shabaab"}


def test_the_second_of_two_victims_nouns_is_hit_too() -> None:
    [m] = _mentions("Jihadist fighters killed dozens of villagers and soldiers on Saturday in an attack on a town in "
                    "northern Burkina Faso, security sources said.")
    assert m.actor1 is None or m.actor1.kind != "state_forces"


def test_a_units_number_is_no_count() -> None:
    assert not find_claims("The fighting began after the 301 Brigade's commander was detained by a rival militia.")
    [two] = find_claims("Two soldiers of the 9 Battalion were killed.")
    assert two.quantity.count == 2


def test_mourning_for_the_victims_of_an_attack_is_no_new_attack() -> None:
    text = ("Gunmen killed 40 people in an attack on the market town of Koro on Saturday, officials said.")
    mourning = "The government on Wednesday declared three days of national mourning for the victims of the Koro attack."
    events = _events(_article(text, date(2026, 4, 12)), _article(mourning))
    assert [e.date for e in events if e.event_type == "Violence against civilians"] == ["2026-04-11"]


def test_a_claim_of_the_attack_typed_as_a_fight_joins_the_attack() -> None:
    text = ("A suicide bomber killed 17 people outside a bank in the city of Herat on Thursday, police said. The "
            "militants' local branch claimed the attack. A hospital in the city said it had received 12 bodies.")
    events = [e for e in _events(_article(text)) if e.event_type != "Verbal/diplomatic"]
    assert len(events) == 1 and sorted(c.count for c in events[0].claims) == [12, 17]


def test_attackers_described_in_an_apposition_are_who_was_killed() -> None:
    a1, a2 = actor_rules.pick_actors(actor_rules.find_actors(
        "The three assailants, two men and a woman, were killed by security forces at the gate, officials said.",
        True, "TR"), [], True, None)
    assert a1 is not None and a1.kind == "state_forces"
    assert a2 is not None and a2.kind == "militia"


def test_a_toll_told_in_a_clause_after_the_sentences_own_happening_is_the_clauses() -> None:
    ms = _mentions("Warplanes struck rebel positions in the hills on Tuesday night, hours after an attack on a police "
                   "station in Kirkuk killed six officers and wounded 14.")
    strikes = [m for m in ms if not m.claims]
    told = [m for m in ms if m.claims]
    assert strikes and strikes[0].event_type == "Explosions/Remote violence"
    assert len(told) == 1 and sorted(c.count for c in told[0].claims) == [6, 14]
    assert told[0].place is not None and told[0].place.name == "Kirkuk"
    assert strikes[0].place is None or strikes[0].place.name != "Kirkuk"


def test_an_acronym_is_not_spelled_by_a_group_of_another_story() -> None:
    libya = _article("Fighters of the Southern Defence Front clashed with a rival brigade in Sabha on Monday, killing "
                     "eight people, officials said.", date(2026, 4, 14))
    syria = _article("The SDF said on Tuesday that its fighters had killed 12 militants in an ambush near Hasakah.",
                     date(2026, 4, 15))
    events = _events(libya, syria)
    assert not any("Southern Defence Front" in (e.actor1, e.actor2) and e.country == "Syria" for e in events)
    assert any("SDF" in (e.actor1, e.actor2) for e in events)


def test_a_groups_possessive_is_not_part_of_its_name_as_a_side() -> None:
    claims = [c for m in _mentions("The Sahel Liberation Front's commander was killed in a drone strike on Monday.")
              for c in m.claims]
    assert claims and all(c.side is None or not c.side.endswith(("'s", "’s")) for c in claims)


def test_a_country_whose_places_are_named_outranks_an_allys_demonym() -> None:
    ms = _mentions("Rebels attacked a village near Bocaranga in the Central African Republic on Monday and killed eight "
                   "civilians. Two days later, army soldiers and Russian instructors launched an operation in the area, "
                   "and the army said it had killed six rebels. Rights groups have accused Russian fighters of abuses.")
    operation = next(m for m in ms if "operation" in m.text)
    assert operation.actor1 is not None and operation.actor1.country == "Central African Republic"


def test_the_toll_of_a_blast_told_alone_keeps_civilians_as_its_target() -> None:
    events = [e for e in _events(_article("A grenade was thrown into a house in a village near Kalay on Sunday. The "
                                          "owner was injured.")) if e.claims]
    assert len(events) == 1
    assert events[0].event_type == "Explosions/Remote violence" and events[0].actor2 is not None \
        and events[0].actor2.startswith("Civilians")


def test_a_figure_added_by_a_pronoun_is_the_voice_before() -> None:
    ms = _mentions("Militants attacked an army base near Gao on Thursday, killing 15 soldiers, the government said. "
                   "About 50 assailants were killed, it added.")
    claimants = {c.count: c.claimant for m in ms for c in m.claims}
    assert claimants[50] == claimants[15] == "government"


def test_the_place_of_a_strike_on_a_building_avenged_is_not_the_retaliations() -> None:
    [m, *_] = _mentions("Iran launched drones at Israel late on Saturday in retaliation for a strike on its embassy in "
                        "Beirut that killed five officers.")
    assert m.place is None or m.place.name != "Beirut"


def test_a_toll_put_at_a_figure_is_a_death_toll() -> None:
    [claim] = find_claims("A rights group put the toll at 31.")
    assert (claim.kind, claim.quantity.count) == ("killed", 31)


def test_the_ends_of_a_route_yield_to_the_place_of_the_happening() -> None:
    [m] = _mentions("The boat was travelling between Gao and Mopti when it came under rocket fire near the town of "
                    "Bamba, killing 12 passengers.")
    assert m.place is not None and m.place.name == "Bamba"
    [alone] = _mentions("Gunmen ambushed a bus on the road between Gao and Mopti on Monday, killing four passengers.")
    assert alone.place is not None and alone.place.name == "Gao"


def test_the_name_a_claim_of_responsibility_opens_with_is_the_author() -> None:
    text = ("Islamist militants attacked a passenger boat and an army base in northern Mali on Thursday, killing 49 "
            "civilians and 15 soldiers, the government said. JNIM claimed the attack on the army base.")
    assert any(e.actor1 == "JNIM" for e in _events(_article(text)) if e.claims)
    for denial in ("No group claimed the attack on the base.", "Officials claimed the attack was planned abroad."):
        ms = _mentions("Militants attacked an army base near Tessit on Thursday, killing 15 soldiers, the government "
                       "said. " + denial)
        assert not any(m.actor1 is not None and m.actor1.name in ("No", "Officials") for m in ms)
