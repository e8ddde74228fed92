"""Typing of news sentences (session 19): shelling told by the projectile's hit, strikes told by the aircraft's
deed, and the halves of the NGEC news check (sentences written for these tests)."""

from __future__ import annotations

from dateline.extract import typing as tp
from dateline.extract.train_typing import ngec_half

SHELLING = "Shelling/artillery/missile attack"


def test_a_shell_or_rocket_told_landing_on_a_place_is_shelling() -> None:
    texts = ["A mortar shell struck a family home on the edge of the town on Friday, killing three children, "
             "local officials said.",
             "Rockets landed in a crowded market in the south of the city, wounding nine people.",
             "A single shell hit the clinic shortly after dawn, the regional governor said."]
    for text, typed in zip(texts, tp.classify_many(texts), strict=True):
        assert typed.sub_event_type == SHELLING, text


def test_a_projectile_hit_is_not_read_where_it_names_no_shelling() -> None:
    # A rocket-propelled grenade is no shell, the company named Shell fires none, and a clash stays a clash.
    assert tp._PROJECTILE_HIT.search("A rocket-propelled grenade hit the armoured car.") is None
    assert tp._PROJECTILE_HIT.search("Shell company shares fell on Monday.") is None
    assert tp._strike_from_the_air(tp._Text.of("Shares of Shell fell sharply after the results."), "Other") is None
    told = tp._Text.of("Rockets struck the outpost as the two sides fought for hours.")
    assert tp._strike_from_the_air(told, "Armed clash") is None


def test_an_air_force_or_a_drone_told_doing_the_damage_is_an_air_strike() -> None:
    texts = ["Pilots of the national air force pounded positions held by the insurgents in the hills on Tuesday.",
             "An army drone destroyed a pickup carrying armed men near the river crossing overnight."]
    for text in texts:
        assert tp._search(tp._PLANES_HIT, tp._Text.of(text)) is not None, text
    assert tp.classify_sentence(texts[0]).sub_event_type == "Air/drone strike"
    # a drone destroyed is no drone's strike
    assert tp._PLANES_HIT.search("Two drones were destroyed by air defences over the port.") is None


def test_the_news_check_halves_are_fixed_by_content() -> None:
    halves = [ngec_half(f"Sentence number {i} of a made-up story.") for i in range(40)]
    assert set(halves) == {"dev", "held"}
    assert halves == [ngec_half(f"Sentence number {i} of a made-up story.") for i in range(40)]
