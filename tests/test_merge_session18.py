"""Merging after session 18's branches: both sides' dead are any battle's (ground taken or retaken too)."""

from __future__ import annotations

import dataclasses
from datetime import date

from dateline.model import Actor, Article, Claim, EventDate, EventMention, Place
from dateline.resolve import merge

ARTICLES = {"a": Article("a", "x", date(2024, 11, 20), title="A")}


def _retaken(mid: str, place: str | None, claims: list[Claim]) -> EventMention:
    return EventMention(
        id=mid, article_id="a", sentence_index=int(mid[-1]), start=0, end=1, text=f"sentence {mid}",
        event_type="Battles", sub_event_type="Government regains territory",
        date=EventDate("2024-11-19", None, "day", "text", None),
        place=Place(place, "Democratic Republic of Congo") if place else None, claims=claims,
        actor1=Actor("Military Forces of Democratic Republic of Congo", "Democratic Republic of Congo", "state_forces"),
    )


def test_the_rebels_own_dead_and_the_armys_toll_of_one_retaken_town_are_one_battle() -> None:
    rebels = _retaken("m1", "Kibumba", [Claim("killed", 11, side="M23", claimant="M23 commander")])
    army = _retaken("m2", None, [Claim("killed", 46, claimant="army"),
                                 Claim("killed", 3, side="Democratic Republic of Congo", claimant="army")])
    assert len(merge([rebels, army], ARTICLES)) == 1


def test_an_attacks_victims_of_another_side_still_stay_apart() -> None:
    blast = _retaken("m1", None, [Claim("killed", 4, side="Armenia", claimant="ministry")])
    blast = dataclasses.replace(blast, event_type="Violence against civilians", sub_event_type="Attack")
    other = _retaken("m2", None, [Claim("killed", 7, side="Azerbaijan", claimant="ombudsman")])
    other = dataclasses.replace(other, event_type="Violence against civilians", sub_event_type="Attack")
    assert len(merge([blast, other], ARTICLES)) == 2
