"""Place rules of issue 4, session 18: organisations and persons named like towns in news, a well-known town across a
border, a town's unit from a second source (every text written for these tests)."""

from __future__ import annotations

from dateline.extract import places

from .test_places_session17 import _places_of


def test_a_well_known_organisation_is_no_town() -> None:
    # GeoNames lists "Hamas" among the other names of Hamm (Germany) and has a town "Congress" in Arizona
    found = _places_of("Israeli jets struck targets in Gaza on Tuesday. Egypt hosted talks between Israel and Hamas. "
                       "Gunmen fired rockets as Egypt and Hamas met, and two people were killed, officials said.")
    assert found and all(country != "Germany" and name != "Hamas" for name, country, _ in found)
    found = _places_of("Lawmakers said on Friday that Congress would vote on the rescue next week. Protesters clashed "
                       "with police as Republicans and Congress argued over the bill, and two people were hurt.")
    assert found and all(admin1 != "Arizona" for _, _, admin1 in found)
    # nor a region named like it ("Hama" is a Syrian governorate), but with its region named it is the town
    assert places.resolve_place("Hamas", ["SY", "DE"], (), ["SY", "DE"]) is None
    assert places.resolve_region("Hamas", ["SY"], ["SY"]) is None
    place = places.resolve_place("Congress", ["US"], ("Arizona",), ["US"])
    assert place is not None and place.admin1 == "Arizona"


def test_a_name_the_parser_takes_for_a_person_elsewhere_in_the_story_is_no_town() -> None:
    # "Obama" is a town of 29,000 people in Japan, a country the story names; the parser takes the bare name for a
    # person in another sentence
    found = _places_of("Trade ministers of Japan and the United States met in Tokyo on Friday. Obama said the talks "
                       "went well. Police fired tear gas at protesters as Aso and Obama spoke, and two people were hurt.")
    assert found and all(name != "Obama" for name, _, _ in found)
    assert ("Tokyo", "Japan", "Tokyo") in found


def test_a_seat_of_a_unit_across_the_border_named_twice_is_the_place() -> None:
    # the story names Armenia only; Stepanakert (Khankendi, the seat of a unit of its name in Azerbaijan, 2,100 people
    # by GeoNames' count) is named in two sentences
    found = _places_of("Armenian officials said on Sunday that shelling killed two civilians in Stepanakert overnight. "
                       "Rescue workers in Stepanakert searched the rubble of a school for survivors, Armenia's defence "
                       "ministry said.")
    assert found and found[0] == ("Stepanakert", "Azerbaijan", "Khankendi")
    # named once, a small town abroad is still no place: a village of the name the gazetteer lacks is likelier
    place = places.resolve_place("Stepanakert", ["AM"], (), ["AM"])
    assert place is None or place.country == "Armenia"
    place = places.resolve_place("Stepanakert", ["AM"], (), ["AM"], frozenset({"Stepanakert"}))
    assert place is not None and place.country == "Azerbaijan"
    # a town across no border of a named state stays out, named twice or not
    place = places.resolve_place("Stepanakert", ["KE"], (), ["KE"], frozenset({"Stepanakert"}))
    assert place is None or place.country != "Azerbaijan"


def test_a_town_is_in_the_unit_a_second_source_places_it_in(tmp_path) -> None:
    # GeoNames keeps Thika in Nairobi's unit (KE.05); the countries-states-cities database lists it in Kiambu, the
    # state whose other towns lie in GeoNames' Kiambu unit (KE.22)
    import json

    from dateline.extract.build_gazetteer import derive_town_unit_fixes

    state = tmp_path / "KE" / "states" / "13"
    state.mkdir(parents=True)
    (tmp_path / "KE" / "states.json").write_text(json.dumps([{"id": 1, "name": "Kiambu", "state_code": "13"}]))
    towns = [("Kiambu", -1.1714, 36.8356), ("Ruiru", -1.1467, 36.9609), ("Limuru", -1.1136, 36.6421),
             ("Kikuyu", -1.2463, 36.6629), ("Thika", -1.0333, 37.0693)]
    (state / "cities.json").write_text(json.dumps([{"name": n, "latitude": str(a), "longitude": str(b)}
                                                   for n, a, b in towns]))
    fixes = derive_town_unit_fixes(tmp_path)
    assert [(iso, name, code) for iso, name, _, _, code in fixes] == [("KE", "Thika", "22")]
    # the shipped table, through the pipeline
    found = _places_of("Traders protested against new county taxes in Thika on Monday, and police fired tear gas.")
    assert found and found[0][1:] == ("Kenya", "Kiambu")
