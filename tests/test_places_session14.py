"""Place rules of issue 4, session 14 (every text written for these tests)."""

from __future__ import annotations

from dateline.extract import api, places
from dateline.model import Sentence


def _one(text: str) -> list[Sentence]:
    return [Sentence("a", 0, 0, len(text), text)]


def test_a_city_whose_own_unit_no_table_names_takes_the_unit_of_its_name() -> None:
    # GeoNames keeps Kyiv in a unit of its own that neither admin1 table names; the unit named "Kyiv" is reported
    place = places.resolve_place("Kyiv", ["UA"])
    assert place is not None and (place.country, place.precision) == ("Ukraine", "point")
    assert place.admin1 == "Kyiv"
    text = "About two hundred teachers protested outside the parliament in Kyiv over unpaid wages."
    place = api.named_place(text, _one(text))
    assert place is not None and place.admin1 == "Kyiv"
    # a town whose unit is named keeps it
    place = places.resolve_place("Lviv", ["UA"])
    assert place is not None and place.admin1 == "Lviv"


def test_a_numbered_pit_keeps_the_region_written_after_its_number() -> None:
    # "Mine" alone is a Japanese town; the oblast after the number says where the pit is
    assert api._hints_after("shelled positions in Mine 6/7, Donetsk.", "Mine", 21, [21]) == ("Donetsk",)
    text = "On 4 June 2022, Ukrainian forces shelled separatist positions in the area of Mine 6/7, Donetsk."
    place = api.named_place(text, _one(text))
    assert place is not None and (place.country, place.admin1) == ("Ukraine", "Donetsk")
    # a number that ends the sentence's place is no hint of anything
    assert api._hints_after("fighting in Mine 6/7 was reported.", "Mine", 12, [12]) == ()


def test_a_region_abroad_named_with_a_region_of_the_notes_country_is_a_village_there() -> None:
    # "Valencia" is only a region of Spain (and a Spanish and Venezuelan city); "Sangre Grande" is Trinidad's
    place = places.resolve_place("Valencia", ["TT"], ("Sangre Grande",), ["TT"])
    assert place is not None and (place.country, place.admin1) == ("Trinidad and Tobago", "Sangre Grande")
    # without such a hint the region keeps its country
    place = places.resolve_place("Valencia", ["ES"], (), ["ES"])
    assert place is not None and place.country == "Spain"
