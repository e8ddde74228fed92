"""Places named in less usual ways: a capital as a city, a place by its people, a town abroad, a region
next to a neighbouring country (texts written for these tests)."""

from __future__ import annotations

from dateline.extract.api import named_place
from dateline.model import Sentence


def _place(text: str) -> tuple[str | None, str | None, str | None]:
    place = named_place(text, [Sentence("a", 0, 0, len(text), text)])
    return (place.country, place.admin1, place.name) if place else (None, None, None)


def test_capital_followed_by_city_or_quarter_is_the_city() -> None:
    assert _place("Garment workers blocked a road at Kakoli crossing, Dhaka city, over unpaid wages.")[:2] == (
        "Bangladesh", "Dhaka")
    assert _place("Opposition supporters marched, Dhaka - Mirpur (Mirpur), against the ban.") == (
        "Bangladesh", "Dhaka", "Dhaka - Mirpur")


def test_capital_as_a_state_is_no_place() -> None:
    assert _place("Nairobi said the talks would resume.") == (None, None, None)


def test_place_named_by_its_people() -> None:
    assert _place("Kisumu students rioted over a rise in fees.")[:2] == ("Kenya", "Kisumu")
    assert _place("Residents of Godhra blocked the highway after a driver was killed.")[:2] == ("India", "Gujarat")


def test_city_abroad_of_a_size_to_be_named_for_itself() -> None:
    assert _place("About 200 people demonstrated in Saarbrucken to call for peace in Ukraine.")[0] == "Germany"


def test_region_of_one_country_beside_a_named_neighbour() -> None:
    assert _place("Gunmen killed two herders in the Mandera region near the border with Somalia.")[:2] == (
        "Kenya", "Mandera")


def test_month_abbreviation_is_no_place() -> None:
    assert _place("Traders protested against the tax introduced in Jan 2011.") == (None, None, None)


def test_region_named_with_a_village_decides_its_country_over_a_namesake() -> None:
    assert _place("Herders beat a farmer at Banita (Nakuru) over grazing land.") == ("Kenya", "Nakuru", "Banita")
