"""Fatalities, session 15: ACLED's fixed figure for deaths told without a number, and wordings of deaths the claim
rules missed or misread (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from dateline import export, nlp, pipeline
from dateline.eval.acled import predict
from dateline.extract.claims import find_claims
from dateline.model import Article, Claim, Event, Fatalities
from dateline.resolve import fatalities


def _parsed_claims(text: str) -> list[tuple[str, int]]:
    doc = next(nlp.parse([text], full=True))
    return sorted((c.kind, c.quantity.count) for c in find_claims(text, doc[:], 0))


def _row_figure(text: str, published: date) -> int:
    """The ``fatalities`` column ``eval acled`` gives a note published on that day."""
    [analysis] = pipeline.analyze_all([Article(Article.make_id(text, published), text, published)], n_process=1)
    return predict(analysis).fatalities


_UNSTATED = "Bandits raided a village near the border at night. An unknown number of herders are feared dead."


@pytest.mark.parametrize(("published", "figure"), [(date(2015, 3, 2), 10), (date(2022, 3, 2), 3)])
def test_deaths_told_without_a_number_get_acleds_figure_of_the_period(published: date, figure: int) -> None:
    # the coders wrote "Unknown fatalities coded as 10" up to 2020, "... coded as 3" from 2021
    assert _row_figure(_UNSTATED, published) == figure


def test_many_told_killed_is_a_death_told_without_a_number() -> None:
    text = "Soldiers stormed two rebel camps in the forest. 'Many' rebels were killed and others wounded."
    assert _row_figure(text, date(2017, 11, 27)) == 10


def test_a_stated_figure_stands_beside_an_unknown_number() -> None:
    text = "Gunmen attacked a police post at dawn. Two officers were killed and an unknown number of attackers died."
    assert _row_figure(text, date(2016, 5, 1)) == 2


def test_the_acled_export_codes_the_same_figure() -> None:
    sentence = "An unspecified number of officers were killed when gunmen attacked the police post."
    event = Event(id="e1", date="2019-06-01", date_end=None, event_type="Battles", sub_event_type="Armed clash",
                  actor1="Unidentified", actor2=None, country="Kenya", admin1=None, location=None, latitude=None,
                  longitude=None, fatalities=Fatalities(None, None, None), background=False, claims=[], sources=[],
                  summary=sentence)
    assert export.csv_row(event)["fatalities"] == 10


def test_the_acled_export_codes_the_resolved_best_figure() -> None:
    # a side's own figure for its losses (best), as ``eval acled`` scores it, not the other voice's lowest
    claims = [Claim("killed", 5, side="Kenya", claimant="Kenyan army", claimant_side="Kenya", quote="a", start=0),
              Claim("killed", 2, side="Kenya", claimant="Al-Shabaab", claimant_side="Al-Shabaab", quote="b", start=2)]
    total, _, _ = fatalities(claims)
    event = Event(id="e1", date="2019-06-01", date_end=None, event_type="Battles", sub_event_type="Armed clash",
                  actor1="Unidentified", actor2=None, country="Kenya", admin1=None, location=None, latitude=None,
                  longitude=None, fatalities=total, background=False, claims=claims, sources=[], summary="")
    assert (total.low, total.best) == (2, 5)
    assert export.csv_row(event)["fatalities"] == 5


@pytest.mark.parametrize("text", [
    "A suspected thief was lynched by a mob and nearly killed before police rescued him.",
    "Two suspected robbers were beaten and nearly lynched before officers rescued them.",
])
def test_a_lynching_the_victim_was_rescued_from_is_no_death(text: str) -> None:
    assert ("killed", 1) not in _parsed_claims(text) and ("killed", 2) not in _parsed_claims(text)


def test_a_lynching_told_alone_is_a_death() -> None:
    assert _parsed_claims("Residents lynched two suspected robbers in the market.") == [("killed", 2)]
    # a rescue that came too late: still a death
    assert _parsed_claims("Residents lynched a suspected robber before police came to his rescue.") == [("killed", 1)]


@pytest.mark.parametrize("text", [
    "Gunmen stormed the farm at night, killing and robbing him.",
    "Militiamen killed and mutilated the body of a herder near the river.",
])
def test_a_killing_verb_and_a_second_verb_share_one_victim(text: str) -> None:
    assert _parsed_claims(text) == [("killed", 1)]


def test_a_total_told_with_its_parts_is_counted_once() -> None:
    text = ("Six soldiers were killed in the attack, four were killed in the raid on the camp while two other soldiers "
            "were killed in an ambush.")
    assert _row_figure(text, date(2018, 1, 2)) == 6
    # distinct groups still add up
    assert _row_figure("Militants killed four soldiers and three civilians in the attack.", date(2018, 1, 2)) == 7

