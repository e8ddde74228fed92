"""Fatalities, session 14: wording of deaths the claim rules missed or misread (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from dateline import nlp, pipeline
from dateline.eval.acled import counted_claims
from dateline.extract.claims import find_claims
from dateline.model import Article
from dateline.resolve import fatalities


def _parsed_claims(text: str) -> list[tuple[str, int]]:
    doc = next(nlp.parse([text], full=True))
    return sorted((c.kind, c.quantity.count) for c in find_claims(text, doc[:], 0))


def _note_deaths(text: str, published: date = date(2022, 5, 1)) -> int:
    """The figure a note's current (not background) mentions give, as the ACLED evaluation counts it."""
    [analysis] = pipeline.analyze_all([Article(Article.make_id(text, published), text, published)], n_process=1)
    total, _, _ = fatalities(counted_claims([m for m in analysis.mentions if not m.background]))
    return total.best or 0


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A video released by the group showed the execution of five prisoners.", 5),
        ("A video released by the group showed the execution of a captured soldier.", 1),
        ("Officers beat a hawker with batons, leading to his death two days later.", 1),
    ],
)
def test_more_ways_to_tell_deaths(text: str, count: int) -> None:
    assert ("killed", count) in _parsed_claims(text)


def test_a_gerund_after_a_possessive_is_a_noun_with_no_victim() -> None:
    # "his killing an assassination": what follows names the deed, no one killed
    assert _parsed_claims("The opposition has called his killing a political assassination.") == []
    assert _parsed_claims("Police said the gang was killing a trader when officers arrived.") == [("killed", 1)]


def test_titles_before_one_name_are_one_victim() -> None:
    assert _parsed_claims("Businessman and outspoken critic of the county government Peter Otieno is shot dead "
                          "by gunmen in Kisumu.") == [("killed", 1)]
    assert _parsed_claims("The driver and his assistant were shot dead by gunmen in Kisumu.") == [("killed", 2)]


def test_a_body_found_by_someone_is_one_dead() -> None:
    assert _parsed_claims("Farmers discovered the dead body of a man near the well.") == [("killed", 1)]
    # the same victim, told killed and then found
    assert _parsed_claims("Gunmen shot a trader dead and residents later found the body of the trader.") == [
        ("killed", 1)]


def test_a_year_telling_who_the_victims_were_does_not_date_the_deaths() -> None:
    # "a candidate in the 2017 election": who was killed, not when
    assert _note_deaths("Three are killed including a former candidate in the 2017 General Election.") == 3
    assert _note_deaths("Four people were killed, among them a lawmaker elected in the 2020 general election, "
                        "when a bomb went off.") == 4
    # a figure of a war told as past stays background
    assert _note_deaths("That war killed an estimated 30,000 people before a ceasefire in 1994.") == 0


def test_one_told_wounded_who_then_died_is_a_death() -> None:
    assert ("killed", 1) in _parsed_claims("A 40-year-old farmer who was wounded in the blast died later.")
    assert ("killed", 1) not in _parsed_claims("A 40-year-old farmer was wounded in the blast.")


def test_a_speaker_after_a_semicolon_speaks_for_its_own_clause() -> None:
    text = "Six traders were killed; many others were hurt, the police say three traders were killed."
    doc = next(nlp.parse([text], full=True))
    claimants = {c.quantity.count: c.claimant for c in find_claims(text, doc[:], 0) if c.kind == "killed"}
    assert claimants == {6: None, 3: "police"}


@pytest.mark.parametrize(
    "text",
    [
        # the cause opening the sentence, the reaction after it
        "After a taxi driver was shot dead by an unknown gunman, dozens of his fellow drivers protested in the town.",
        # told as uncertain
        "Police shot and wounded a man in the estate; it is not clear whether the man survived or died.",
        # the earlier deed of someone told
        "Neighbours beat up a man who had just killed his father with a machete.",
        "A suspect in the attempted murder of a local chief says he was tortured.",
    ],
)
def test_deaths_of_another_time_or_doubted_are_not_this_happenings(text: str) -> None:
    assert ("killed", 1) not in _parsed_claims(text)


def test_deaths_told_with_a_later_reaction_of_others_still_count() -> None:
    assert _parsed_claims("Gunmen shot dead two traders in the market on Monday.") == [("killed", 2)]
    assert _parsed_claims("After gunmen killed two traders, police pursued them into the forest.") == [("killed", 2)]
    assert _parsed_claims("Gunmen shot dead two traders before fleeing into the forest.") == [("killed", 2)]


def test_a_victims_name_is_no_side() -> None:
    text = ("The county official Peter Otieno went missing from his office in Kisumu. His body and the body of his "
            "driver were found the next day in a forest. It is believed that Otieno was murdered for political reasons.")
    assert _note_deaths(text) == 2


def test_a_headlines_present_gun_down_is_a_killing() -> None:
    assert _note_deaths("Police officers gun down Ali Hassan, a suspected militant, in Mombasa.") == 1


def test_a_second_verb_shares_the_victim_of_a_killing() -> None:
    assert _parsed_claims("A vigilante mob lynches and burns a suspected thief in the market.") == [("killed", 1)]
    assert _parsed_claims("Gunmen killed and robbed a trader in the market.") == [("killed", 1)]
    # a second casualty verb tells its own kind; a killing second keeps its victim
    assert ("killed", 1) not in _parsed_claims("Gunmen shot and injured a trader in the market.")
    assert _parsed_claims("Gunmen abducted and executed a man in the market.") == [("killed", 1)]


def test_a_killing_that_people_fled_is_told_with_its_toll() -> None:
    # flight is no happening of its own whose cause the killing would be; a protest is
    assert ("killed", 10) in _parsed_claims(
        "More than 3,000 families have fled their homes at the border following the killing of ten herders by "
        "unknown militia.")
    assert ("killed", 10) not in _parsed_claims("Traders protested in the town following the killing of ten herders.")


def test_killed_in_action_abbreviated_is_a_death_but_the_kachin_army_is_none() -> None:
    assert ("killed", 12) in _parsed_claims("Bandits raided the camp and a gunfight followed. Twelve reportedly KIA.")
    assert _parsed_claims("Soldiers fired one 105 mm round toward the KIA positions.") == []
