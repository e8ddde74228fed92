"""Fatalities and claims, session 18: any violent manner verb "to death" kills, a side's men it "lost" are its dead, a
list of counts after one verb gives one claim each, an army named without its state speaks for the one state whose
army the article names, and a one-person match right after an earlier death's noun is that death (sentences written
for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from dateline import pipeline
from dateline.model import Article

from .test_fatalities_session15 import _parsed_claims, _row_figure


def _claims(text: str, published: date = date(2024, 11, 20)) -> list[tuple[str, int, str | None, str | None, str | None]]:
    """(kind, count, side, claimant, claimant's side) of every claim the pipeline finds in ``text``."""
    [analysis] = pipeline.analyze_all([Article(Article.make_id(text, published), text, published)], n_process=1)
    return [(c.kind, c.count, c.side, c.claimant, c.claimant_side) for m in analysis.mentions for c in m.claims]


@pytest.mark.parametrize(("text", "count"), [
    ("A young trader was chopped to death by rivals in the market on Sunday.", 1),
    ("Party activist Rahim Uddin was chopped to death by his opponents on Sunday.", 1),
    ("Three young men were stabbed and chopped to death over a land dispute on Sunday.", 3),
    ("Rivals chopped a young farmer to death near the river on Sunday.", 1),
    ("A herder was macheted to death by raiders on Sunday.", 1),
    ("A suspected thief was trampled to death by a crowd on Sunday.", 1),
])
def test_a_violent_manner_verb_to_death_is_a_killing(text: str, count: int) -> None:
    assert _row_figure(text, date(2015, 3, 2)) == count


def test_sentenced_to_death_is_no_killing() -> None:
    # (a guard: passes before the change too)
    assert _row_figure("A court sentenced a man to death on Sunday for the murders.", date(2015, 3, 2)) == 0


@pytest.mark.parametrize("text", [
    "Residents blocked the road on Monday to protest the death of a young man who was killed by police.",
    "Residents blocked the road on Monday to protest the death of a young man who was beaten to death by police.",
])
def test_a_one_person_match_after_an_earlier_deaths_noun_is_that_death(text: str) -> None:
    assert ("killed", 1) not in _parsed_claims(text)


@pytest.mark.parametrize(("text", "side"), [
    ("The Ukrainian battalion lost 11 men in the assault on Tuesday.", "Ukraine"),
    ("An M23 commander told AFP the group had lost 11 men but denied retreating.", "M23"),
    ("'We lost 11 men', says M23 commander as Congolese army claims gains", "M23"),
])
def test_the_men_a_side_lost_are_its_dead(text: str, side: str) -> None:
    assert [(c[0], c[1], c[2]) for c in _claims(text)] == [("killed", 11, side)]


@pytest.mark.parametrize("text", [
    # (a guard: passes before the change too) seats and contact are no dead
    "The party lost 5 seats in the vote on Tuesday, while the rebels lost contact with 3 soldiers.",
])
def test_what_is_lost_that_is_no_people_is_no_claim(text: str) -> None:
    assert not [c for c in _claims(text) if c[0] == "killed"]


def test_the_speakers_name_ends_before_a_clause_hung_on_it() -> None:
    claims = _claims("'We lost 11 men', says M23 commander as Congolese army claims gains")
    assert claims[0][3] == "M23 commander"


def test_a_list_of_counts_after_one_verb_gives_one_claim_each_with_its_side() -> None:
    claims = _claims("The 2008 war killed more than 1,200 people in Lebanon, most of them civilians, and 158 Israelis, "
                     "most of them soldiers.", date(2024, 9, 24))
    assert [(c[0], c[1], c[2]) for c in claims] == [("killed", 1200, "Lebanon"), ("killed", 158, "Israel")]


def test_a_list_of_counts_set_apart_by_place() -> None:
    assert _parsed_claims("Gunmen killed three people in Kismayo and two in Afmadow on Monday.") == [
        ("killed", 2), ("killed", 3)]


_ARMY_ARTICLE = ("The Sudanese army said on Sunday it had retaken a town south of the capital after two days of clashes. "
                 "Army spokesman Colonel Ali Hamid said 14 RSF fighters were captured, while five soldiers died in the "
                 "fighting. On Thursday, shelling killed at least 23 civilians in the city, according to the army.")


def test_an_army_spokesman_without_a_state_speaks_for_the_army_the_article_names() -> None:
    claims = _claims(_ARMY_ARTICLE, date(2025, 3, 16))
    assert ("killed", 5, "Sudan", "Army spokesman Colonel Ali Hamid", "Sudan") in claims
    assert ("killed", 23, "Sudan", "army", "Sudan") in claims
    # the enemy's people keep their own side
    assert ("captured", 14, "RSF", "Army spokesman Colonel Ali Hamid", "Sudan") in claims


def test_an_army_voice_in_an_article_naming_two_states_armies_stays_without_a_state() -> None:
    # (a guard: passes before the change too) whose army speaks is not told
    text = ("The Sudanese army and Chadian troops clashed at the border on Sunday. "
            "Army spokesman Colonel Ali Hamid said five soldiers died in the fighting.")
    assert ("killed", 5, None, "Army spokesman Colonel Ali Hamid", None) in _claims(text, date(2025, 3, 16))


@pytest.mark.parametrize("text", [
    "Protesters gathered on Monday for the funeral of a youth who was shot dead by police.",
    "Residents blocked the police from taking away the body of a man who was killed by officers.",
])
def test_a_person_told_dead_in_a_relative_clause_after_a_preposition_is_another_happenings(text: str) -> None:
    assert ("killed", 1) not in _parsed_claims(text)


def test_a_person_told_dead_in_a_relative_clause_as_the_subject_is_counted() -> None:
    # (a guard: passes before the change too)
    assert ("killed", 1) in _parsed_claims("A man who was killed by raiders had his cattle taken as well.")


@pytest.mark.parametrize(("text", "count"), [
    ("Villagers said the fighting led to deaths estimated to be over 12 people.", 12),
    ("The dead were estimated at 30 by residents.", 30),
])
def test_deaths_estimated_at_a_figure_are_that_many_killed(text: str, count: int) -> None:
    assert ("killed", count) in _parsed_claims(text)


@pytest.mark.parametrize(("text", "expected"), [
    # read without the parse, which often labels such a name an organisation or a place (and then counts nobody)
    ("Jubo League leader Rahim Uddin was reportedly burnt to death in his house.", [("killed", 1)]),
    ("Mr Peter Kamau (34), was shot dead in what police believe was a robbery.", [("killed", 1)]),
    # (guards: pass before the change too) a country's name is nobody; a count told is no named person
    ("Nigeria was attacked by gunmen on Monday.", []),
    ("Kabul was hit by rockets and two people were killed.", [("killed", 2)]),
])
def test_a_named_person_told_killed_is_one_death(text: str, expected: list[tuple[str, int]]) -> None:
    from dateline.extract.claims import find_claims

    assert sorted((c.kind, c.quantity.count) for c in find_claims(text)) == expected


def test_a_pronoun_told_killed_again_in_the_sentence_is_the_one_told() -> None:
    text = ("A mob beat up a taxi driver and killed him after he hit a goat, while other witnesses said he ran to a "
            "police post and the mob stabbed him to death there.")
    assert _parsed_claims(text) == [("killed", 1)]


def test_a_pronoun_told_killed_before_another_victim_is_counted() -> None:
    # (a guard: passes before the change too) "he" is told first, the guard is another
    assert _parsed_claims("He was stabbed to death after gunmen killed a guard.") == [("killed", 1), ("killed", 1)]
