"""Place rules of issue 4, session 15 (every text written for these tests)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from dateline.extract import api, places
from dateline.model import Article, Place


def _analysed_place(text: str) -> Place | None:
    """The place of the text's first mention that has one, through the whole pipeline (parser included)."""
    from dateline.pipeline import analyze_all

    [analysis] = list(analyze_all([Article(Article.make_id(text, date(2021, 6, 9)), text, date(2021, 6, 9))]))
    return next((m.place for m in analysis.mentions if m.place), None)


def test_a_unit_written_with_a_slash_is_one_hint() -> None:
    # Trinidad's units join two towns' names with a slash; the hint is the whole unit, not its first town
    assert api._hints_after("in Arima Old Road, Tunapuna/Piarco, shots", "Arima Old Road", 3, [3]) == (
        "Tunapuna/Piarco",)
    place = _analysed_place("On 9 June 2021, a shop owner was shot and wounded in Maracas, Tunapuna/Piarco, by two "
                            "men on a motorcycle.")
    assert place is not None and (place.country, place.admin1) == ("Trinidad and Tobago", "Tunapuna-Piarco")
    assert place.name == "Maracas"


def test_a_city_that_is_a_unit_of_its_own_is_named_after_itself(tmp_path: Path) -> None:
    from dateline.extract.build_gazetteer import name_city_units

    iso = tmp_path / "iso3166-2.json"
    iso.write_text(json.dumps({"3166-2": [
        {"code": "KG-GB", "name": "Bishkek Shaary", "type": "City"},
        {"code": "KG-C", "name": "Chuyskaya oblast'", "type": "Region"},
    ]}), encoding="utf-8")
    # both units won the name of the region around the capital; the capital's own unit takes the city's name
    rows = [("KG", "01", "Chuy"), ("KG", "02", "Chuy"), ("KG", "04", "Naryn")]
    assert name_city_units(rows, iso) == [("KG", "01", "Bishkek"), ("KG", "02", "Chuy"), ("KG", "04", "Naryn")]
    # a unit whose name no other unit shares keeps it, whatever its largest city
    assert name_city_units([("KG", "01", "Chuy")], iso) == [("KG", "01", "Chuy")]
    # the shipped table: a protest in the capital is in the capital's unit, a town nearby in the region
    bishkek = places.resolve_place("Bishkek", ["KG"])
    assert bishkek is not None and bishkek.admin1 == "Bishkek"
    tokmok = places.resolve_place("Tokmok", ["KG"])
    assert tokmok is not None and tokmok.admin1 == "Chuy"


def test_a_city_iso_lists_as_a_unit_of_its_own_is_reported_as_its_unit(tmp_path: Path) -> None:
    from dateline.extract.build_gazetteer import build_city_units

    iso = tmp_path / "iso3166-2.json"
    iso.write_text(json.dumps({"3166-2": [
        {"code": "RS-00", "name": "Beograd", "type": "City"},
        {"code": "RS-20", "name": "Nisavski okrug", "type": "District"},
        {"code": "MZ-MPM", "name": "Maputo", "type": "City"},
    ]}), encoding="utf-8")
    # GeoNames keeps Belgrade (ISO's "Beograd", one of its alternative names) in "Central Serbia"; Maputo's unit is
    # named after the city already, and a district is no city
    rows = [("RS", "SE", "Central Serbia"), ("RS", "VO", "Vojvodina"), ("MZ", "11", "Maputo")]
    assert build_city_units(rows, iso) == [("RS", "Belgrade", "Beograd")]
    # the shipped table: the capital is its own unit, another Serbian city stays in GeoNames' unit
    belgrade = places.resolve_place("Belgrade", ["RS"])
    assert belgrade is not None and belgrade.admin1 == "Belgrade"
    nis = places.resolve_place("Nis", ["RS"])
    assert nis is not None and nis.admin1 == "Central Serbia"
    place = _analysed_place("On 2 May 2020, hundreds of residents protested from their balconies in Belgrade against "
                            "the government's curfew.")
    assert place is not None and (place.country, place.admin1) == ("Serbia", "Belgrade")


def test_a_unit_written_as_its_initials_is_that_unit_of_a_known_country() -> None:
    # "AJK" (Azad Jammu and Kashmir), "KP" (Khyber Pakhtunkhwa): initials of a unit's name of two words or more
    assert places.admin1_unit("PK", "AJK") == ("PK", "06")
    assert places.admin1_unit("PK", "KP") == ("PK", "03")
    assert places.is_admin1("PK", "AJK")
    # only written in capitals, and never a vote for a country: "UN" or "AU" would name regions abroad
    assert not places.is_admin1("PK", "Ajk")
    assert places.region_countries("AJK") == set()
    # GeoNames' Haveli is a town of Punjab; the note says the district of that name in AJK
    place = _analysed_place("On 4 May 2021, troops of India and Pakistan exchanged fire across the LoC at Nakyal sector "
                            "area (Haveli district, AJK) in which a Pakistani shepherd was wounded.")
    assert place is not None and place.country == "Pakistan"
    assert places.same_admin1("Pakistan", "Azad Jammu and Kashmir", place.admin1 or "")


def test_nepals_districts_place_a_town_the_gazetteer_lacks(tmp_path: Path) -> None:
    from dateline.extract.build_gazetteer import derive_nepal_units

    data = tmp_path / "_data.py"
    data.write_text("_location_data = " + repr([
        {"name": "Gandaki Province", "districts": [
            {"name": "Tanahu", "municipalities": [{"name": "Vyas Municipality", "municipality_type": "Municipality"}]},
            {"name": "Bara", "municipalities": []}]},
        {"name": "Atlantis Province", "districts": [{"name": "Dolpomir", "municipalities": []}]},
    ]), encoding="utf-8")
    # districts in a province of ours ("Bara" is also a village of Sudan, Nigeria and India: no town named for itself,
    # since session 16); a province no table names gives nothing; municipalities are not taken
    assert derive_nepal_units(data) == [("NP", "Bara", "4"), ("NP", "Tanahu", "4")]
    place = _analysed_place("On 3 July 2022, farmers staged a sit-in outside the agriculture office in Damauli city "
                            "(Tanahu district), demanding fertiliser before the planting season.")
    assert place is not None and (place.country, place.admin1) == ("Nepal", "Gandaki")


def test_a_town_of_the_notes_country_outranks_a_namesake_abroad_named_before_it() -> None:
    # "White House" is also a name of Casablanca; the note is sure of Kyrgyzstan (its capital), so the capital named
    # after it is the place
    place = _analysed_place("On 3 June 2022, about thirty activists protested outside The White House in Bishkek city "
                            "against a bill allowing casinos.")
    assert place is not None and (place.country, place.admin1) == ("Kyrgyzstan", "Bishkek")
    # a town abroad that the note is sure of stays where it is
    place = _analysed_place("On 5 June 2022, about forty people marched through Nairobi to the embassy of Uganda.")
    assert place is not None and place.country == "Kenya"
