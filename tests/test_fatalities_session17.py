"""Fatalities and claims, session 17: a count inside an "including" aside is no item of the list after it, and people
told seized, then told dead in the same sentence by a relative clause, a "before ...ing them" or as the subject of the
sentence's own verb, the kin a victim was killed with, and a wounded person who later dies counted on the
wounded's side (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from .test_fatalities_session15 import _parsed_claims, _row_figure


@pytest.mark.parametrize(("text", "expected"), [
    # the aside's count was read as a wounded figure coordinated with the next claim ("two guards, 40 wounded")
    ("Twelve dead, including two guards, 40 wounded in the attack on the market.", [("killed", 12), ("wounded", 40)]),
    ("Forty people died, including several guards, 120 injured.", [("killed", 40), ("wounded", 120)]),
    # an aside closed after its count ("... among them,") is no subject of the clause after it
    ("At least 40 people died, several guards, traders and students among them, and others were injured.",
     [("killed", 40)]),
])
def test_a_count_opening_an_aside_is_no_item_of_the_list_after_it(text: str, expected: list[tuple[str, int]]) -> None:
    assert _parsed_claims(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (guards: these pass before the change too) the killed and the wounded are both read; a list stays a list
    ("The attack left 40 dead, including two guards, and 120 injured.", [("killed", 40), ("wounded", 120)]),
    ("Gunmen killed 12 people, among them two guards, and wounded 30 in the raid.",
     [("killed", 2), ("killed", 12), ("wounded", 30)]),
])
def test_killed_and_wounded_after_an_aside_are_both_read(text: str, expected: list[tuple[str, int]]) -> None:
    assert _parsed_claims(text) == expected


def test_a_comma_list_without_an_aside_stays_one_list() -> None:
    # (a guard: passes before the change too) the items before the verb share its kind
    claims = _parsed_claims("Five policemen, three soldiers and four civilians were wounded in the blast.")
    assert ("wounded", 3) in claims and ("wounded", 4) in claims


@pytest.mark.parametrize(("text", "count"), [
    ("Soldiers arrested 23 people in the market before executing them.", 23),
    ("Soldiers detained four herders, who were later found dead near the camp.", 4),
    ("Soldiers detained four herders who were allegedly executed the same night.", 4),
    ("Six men arrested by soldiers on Monday were found dead the next day.", 6),
    ("Three traders abducted by gunmen near the border were later killed.", 3),
    ("Soldiers arrested 40 people in the village, executing them on the spot.", 40),
    ("Soldiers arrested 40 people in the village, all of whom were later executed.", 40),
    ("Soldiers arrested 40 people in the village, whom they executed the next day.", 40),
])
def test_people_seized_then_told_dead_in_the_same_sentence_are_killed(text: str, count: int) -> None:
    assert ("killed", count) in _parsed_claims(text)


@pytest.mark.parametrize("text", [
    # (guards: these pass before the change too)
    "Six men arrested by soldiers on Monday were released the next day.",
    "Soldiers arrested 23 people before the curfew, and the leader, who was killed later, escaped.",
    "Soldiers arrested 23 people and were killed in an ambush on the way back.",
    "Soldiers arrested 23 people, whom they released the next day.",
    "Soldiers arrested 23 people, killing two others who resisted.",
])
def test_people_seized_and_not_told_dead_are_no_deaths(text: str) -> None:
    assert ("killed", 23) not in _parsed_claims(text) and ("killed", 6) not in _parsed_claims(text)


def test_a_relative_clause_of_another_noun_tells_no_death_of_the_seized() -> None:
    # "who were killed" are the men whose deaths the arrests are over, not the suspects
    claims = _parsed_claims("Police arrested 5 suspects over the deaths of several men who were killed last week.")
    assert ("killed", 5) not in claims


@pytest.mark.parametrize(("text", "expected"), [
    ("A camp worker was killed by unidentified gunmen with his wife and son in the town.", [("killed", 1), ("killed", 2)]),
    ("A trader was shot dead along with his wife and daughter.", [("killed", 1), ("killed", 2)]),
    ("Gunmen killed a farmer along with his two sons near the river.", [("killed", 1), ("killed", 2)]),
])
def test_the_kin_a_victim_was_killed_with_are_counted(text: str, expected: list[tuple[str, int]]) -> None:
    assert _parsed_claims(text) == expected


@pytest.mark.parametrize("text", [
    # (guards: these pass before the change too) a thing, an accomplice, kin without a number
    "A trader was shot dead with his gun.",
    "A man killed his neighbour with his son.",
    "A pastor died with his children in the fire.",
])
def test_with_and_no_counted_kin_adds_no_victim(text: str) -> None:
    assert _parsed_claims(text) == [("killed", 1)]


def test_the_kin_killed_with_a_victim_make_the_rows_figure() -> None:
    assert _row_figure("A camp worker was killed by unidentified gunmen with his wife and son in the town.",
                       date(2019, 4, 1)) == 3


def test_a_wounded_person_who_later_dies_counts_on_the_wounded_side() -> None:
    # the dead and the wounded are one side's ("two Afghans", "five Afghans"); the injured man who died the next day is
    # one of the wounded, so of that side, not an unsided figure the side's total hides
    note = ("On 3 May 2022, border guards opened fire on smugglers near the crossing, killing two Afghans. Five Afghans "
            "were wounded by the gunfire. On 4 May 2022, the badly injured man succumbed to his wounds in hospital.")
    assert _row_figure(note, date(2022, 5, 3)) == 3
