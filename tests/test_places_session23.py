"""Place rules of issue 4, session 23: a country named after a comma, the word "state" after a unit's name, a name a
speaker gives a group, Ethiopia's zones, a territory that is its own unit (every text written for these tests)."""

from __future__ import annotations

from dateline.extract import places

from .test_places_session17 import _places_of


def test_a_country_after_a_comma_decides_over_a_prefecture_of_its_name_abroad() -> None:
    # Guinea has a prefecture "Mali", Nigeria a state "Niger": after a town of that country, the name is the country
    found = _places_of("Militants attacked an army post near Gao, Mali, on Tuesday, killing three soldiers.")
    assert found and all(country == "Mali" for _, country, _ in found)
    found = _places_of("Bandits killed four herders near Maradi, Niger, on Sunday.")
    assert found and all((country, admin1) == ("Niger", "Maradi") for _, country, admin1 in found)
    # a town of Nigeria's Niger state with the state after it stays there
    found = _places_of("Gunmen killed two people in Minna, Niger, on Sunday.")
    assert found and all((country, admin1) == ("Nigeria", "Niger") for _, country, admin1 in found)


def test_a_unit_written_with_the_word_state_is_of_a_country_that_has_states() -> None:
    # Benin has a Plateau department, Nigeria a Plateau state
    found = _places_of("Gunmen killed five farmers in Plateau state on Sunday, police said.")
    assert found and all((country, admin1) == ("Nigeria", "Plateau") for _, country, admin1 in found)
    assert places.region_countries("Plateau state") == {"NG"}
    assert places.region_countries("Plateau department") == {"BJ", "NG"}  # no kind of unit to go by
    found = _places_of("Police fired tear gas at protesters in Plateau department on Monday.")
    assert found and all(country == "Benin" for _, country, _ in found)


def test_a_name_a_speaker_gives_a_group_is_no_town() -> None:
    # "Shene" is spelt like the Ethiopian town Shone
    found = _places_of("Fighters of the armed group, which the government calls Shene, killed four civilians on "
                       "Monday in Ethiopia.")
    assert found and all(name != "Shene" and admin1 is None for name, _, admin1 in found)
    found = _places_of("Soldiers killed six men of a militia known as Nakuru in Kenya on Monday.")
    assert found and all(admin1 is None for _, _, admin1 in found)
    # after a place's noun, the name is the place's
    found = _places_of("Gunmen attacked a village called Dera in Ethiopia on Monday, killing three.")
    assert found and all(admin1 == "Oromia" for _, _, admin1 in found)


def test_an_ethiopian_zone_written_with_the_word_zone() -> None:
    found = _places_of("Gunmen killed six people in West Wellega zone on Friday.")
    assert found and all((country, admin1) == ("Ethiopia", "Oromia") for _, country, admin1 in found)
    found = _places_of("Gunmen killed six people in the Guji zone of Oromia region on Friday.")
    assert found and all((country, admin1) == ("Ethiopia", "Oromia") for _, country, admin1 in found)


def test_a_territory_that_is_a_unit_of_another_state_is_its_towns_unit() -> None:
    # Curacao has no first-level units of its own and is one of the Netherlands'
    place = places.resolve_place("Willemstad", ["CW"], ("Curacao",), ["CW"])
    assert place is not None and (place.country, place.admin1) == ("Curacao", "Curacao")
    place = places.resolve_place("Willemstad", ["CW"], (), ["CW"])
    assert place is not None and (place.country, place.admin1) == ("Curacao", "Curacao")


def test_ethiopias_zones_are_regions_of_their_regions() -> None:
    # zones of ``ethiopia_zones.tsv``, written with and without their kind word
    found = _places_of("Gunmen killed six people in West Guji zone on Friday.")
    assert found and all((country, admin1) == ("Ethiopia", "Oromia") for _, country, admin1 in found)
    found = _places_of("Government troops clashed with rebels in Kamashi zone on Friday, residents said.")
    assert found and all((country, admin1) == ("Ethiopia", "Benishangul-Gumuz") for _, country, admin1 in found)
    # a zone named after a people is read only with its kind word: "Nuer" alone is a people of South Sudan too
    assert places.region_countries("Nuer zone") == {"ET"} and not places.region_countries("Nuer")

