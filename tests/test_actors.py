"""Actors normalised the ACLED way from demonyms, possessives and nouns."""

from __future__ import annotations

from dateline.extract.actors import find_actors, pick_actors


def names(text: str, violent: bool = True, country: str | None = None) -> list[str]:
    return [a.actor.name for a in find_actors(text, violent, country)]


def test_state_forces_and_governments() -> None:
    assert names("Georgian troops fired on Russia's army positions.") == [
        "Military Forces of Georgia", "Military Forces of Russia",
    ]
    assert names("The Moldovan government condemned the move.", violent=False) == ["Government of Moldova"]


def test_shared_noun_of_coordinated_demonyms() -> None:
    assert names("Fighting erupted between Serbian and Kosovan police overnight.") == [
        "Police Forces of Serbia", "Police Forces of Kosovo",
    ]


def test_groups_take_the_article_country() -> None:
    assert "Protesters (Chile)" in names("Hundreds of protesters blocked the highway.", False, "CL")
    found = find_actors("A trader was killed by unidentified gunmen at the market.", True, "NG")
    a1, a2 = pick_actors(found)
    assert a1 is not None and a1.name == "Unidentified Armed Group (Nigeria)"
    assert a2 is not None and a2.name == "Civilians (Nigeria)"


def test_location_is_not_an_actor() -> None:
    assert names("Students marched in Santiago on Monday.", False, "CL") == []
