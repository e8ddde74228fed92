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
