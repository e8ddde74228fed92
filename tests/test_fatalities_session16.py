"""Fatalities, session 16: wordings of deaths the claim rules missed, found through the error counts of held-out ACLED
rows (old headline-style notes) and read on development rows (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from dateline import nlp, pipeline
from dateline.eval.acled import predict
from dateline.extract.claims import find_claims
from dateline.model import Article


def _parsed_claims(text: str) -> list[tuple[str, int]]:
    doc = next(nlp.parse([text], full=True))
    return sorted((c.kind, c.quantity.count) for c in find_claims(text, doc[:], 0))


def _row_figure(text: str, published: date) -> int:
    """The ``fatalities`` column ``eval acled`` gives a note published on that day."""
    [analysis] = pipeline.analyze_all([Article(Article.make_id(text, published), text, published)], n_process=1)
    return predict(analysis).fatalities


@pytest.mark.parametrize("text", [
    "Watchman killed by thugs at a petrol station",
    "Suspected robber shot dead by police in Eldoret",
    "Chief shot dead by bandits near his home",
    "Man killed in a land dispute",
])
def test_a_headlines_one_victim_named_by_a_bare_noun_is_one_killed(text: str) -> None:
    # a headline drops the article and the auxiliary: "Watchman killed by thugs" is "A watchman was killed by thugs"
    assert _parsed_claims(text) == [("killed", 1)]


@pytest.mark.parametrize("text", [
    "Bandits killed in a shootout with rangers",  # a plural without a number: no figure
    "Later killed in the forest by his captors",  # an adverb, no victim
])
def test_a_headline_without_one_person_before_the_verb_counts_nobody(text: str) -> None:
    # (guards: these pass before the change too)
    assert [c for c in _parsed_claims(text) if c[0] == "killed"] == []


def test_a_headline_names_the_victims_side_as_before() -> None:
    # the parse's own reading of a named people keeps its side: "Kenyan soldier killed" is Kenya's
    doc = next(nlp.parse(["Kenyan soldier killed in an ambush near the border"], full=True))
    [claim] = find_claims("Kenyan soldier killed in an ambush near the border", doc[:], 0)
    assert (claim.kind, claim.quantity.count, claim.side) == ("killed", 1, "Kenya")


@pytest.mark.parametrize(("text", "expected"), [
    ("A night raid by cattle rustlers left a herder dead.", [("killed", 1)]),
    ("The police operation left the nephew of a shopkeeper shot dead near the market.", [("killed", 1)]),
    ("The ambush left a ranger dead and two others injured.", [("killed", 1), ("wounded", 2)]),
])
def test_one_person_a_happening_left_dead_is_one_killed(text: str, expected: list[tuple[str, int]]) -> None:
    assert _parsed_claims(text) == expected


def test_a_happening_that_left_people_dead_without_a_number_gives_no_figure() -> None:
    assert _parsed_claims("The fighting left the villagers dead and their huts burnt.") == []


def test_people_seized_then_told_killed_by_a_pronoun_are_counted() -> None:
    text = ("Gunmen abducted six traders from a bus on the highway near the town. "
            "They later executed them and left their bodies by the road.")
    assert _row_figure(text, date(2019, 4, 2)) == 6


def test_people_detained_then_told_dead_by_their_bodies_are_counted() -> None:
    text = ("A teacher and a boda boda rider who were witnesses in a fraud case are detained by officers in the town. "
            "Their bodies are found in a dam two days later.")
    assert _row_figure(text, date(2018, 9, 14)) == 2


def test_people_seized_and_then_released_are_no_deaths() -> None:
    text = "Police arrested four youths after a brawl in the market. They were later released on bond."
    assert _row_figure(text, date(2018, 9, 14)) == 0


def test_one_person_left_dead_after_deaths_were_told_is_one_of_those() -> None:
    text = ("Police opened fire on the crowd at the market, killing a student. "
            "The shooting, which left a young man dead, sparked riots in the town.")
    assert _row_figure(text, date(2015, 7, 3)) == 1
