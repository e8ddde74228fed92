"""Place rules of issue 4, session 17: organisations, peoples and parts of the world named like towns (every text
written for these tests)."""

from __future__ import annotations

from datetime import date

from dateline.extract import places
from dateline.model import Article


def _places_of(text: str) -> list[tuple[str | None, str | None, str | None]]:
    """(name, country, admin1) of the place of each event mention of ``text`` read as a news story."""
    from dateline.pipeline import analyze_all

    published = date(2010, 6, 14)
    [analysis] = list(analyze_all([Article(Article.make_id(text, published), text, published)]))
    return [(m.place.name, m.place.country, m.place.admin1) if m.place else (None, None, None)
            for m in analysis.mentions]


def test_an_institution_written_with_its_article_is_no_town() -> None:
    # "White House" is a town of Tennessee and "Red Cross" one of North Carolina; written "the White House", "the Red
    # Cross", they are a building and an organisation
    found = _places_of("The president met oil executives at the White House on Wednesday to discuss the spill off "
                       "the coast of the United States. On Thursday the Red Cross said two volunteers were killed.")
    assert found and all(name not in ("White House", "Red Cross") for name, _, _ in found)
    assert all(country != "Morocco" for _, country, _ in found)


def test_a_world_city_is_not_chosen_by_a_translation_among_its_other_names() -> None:
    # GeoNames lists "White House" among Casablanca's other names (its meaning); a story naming many states means no
    # Moroccan city by it
    states = ["US", "GB", "FR", "RU"]
    place = places.resolve_place("White House", states, (), states)
    assert place is None or place.country != "Morocco"
    # the rule that picks the city the world knows still does so by its own name
    place = places.resolve_place("London", states, (), states)
    assert place is not None and place.country == "United Kingdom"


def test_a_people_of_no_one_country_is_no_town() -> None:
    # "Arab" is a town of Alabama; "in Arab countries" names a people's states
    found = _places_of("Officials in the United States said protests spread in Arab countries on Tuesday, and two "
                       "people were killed.")
    assert found and all(name != "Arab" for name, _, _ in found)


def test_a_sea_or_continent_is_no_town() -> None:
    # "North Sea" is a village of New York state and "Atlantic" a town of Iowa
    found = _places_of("The United States said two workers were killed on a rig in the North Sea on Monday.")
    assert found and all(name != "North Sea" for name, _, _ in found)
    assert places.resolve_place("Atlantic", ["US"], (), ["US"]) is None


def test_a_region_of_a_named_country_is_not_a_village_of_its_name_in_another() -> None:
    # "Texas" is a village of Mexico (GeoNames) and a state of the United States; a story naming both countries
    # means the state
    place = places.resolve_place("Texas", ["MX", "US"], (), ["MX", "US"])
    assert place is not None and (place.country, place.admin1) == ("United States", "Texas")
    # a town of the country itself named like the unit is still the town
    place = places.resolve_place("Houston", ["MX", "US"], (), ["MX", "US"])
    assert place is not None and place.precision == "point" and place.admin1 == "Texas"


def test_a_seat_of_a_unit_of_its_name_is_found_by_its_other_names() -> None:
    # GeoNames counts 2,100 people in Khankendi, the seat of the unit of its name, and lists "Stepanakert" among its
    # other names; other names were read only for towns of 15,000 people or more
    place = places.resolve_place("Stepanakert", ["AM", "AZ"], (), ["AM", "AZ"])
    assert place is not None and (place.country, place.admin1, place.precision) == ("Azerbaijan", "Khankendi", "point")


def test_a_town_named_like_an_institution_is_not_read_as_a_word_of_a_one_country_story() -> None:
    # a story of one country that locates nothing else: "White House" and "Arab" (towns of the United States) are
    # read from the institution and the people, not as its towns
    found = _places_of("Officials of the United States said on Monday at the White House that protesters were killed "
                       "in Arab cities.")
    assert found and all(name not in ("White House", "Arab") for name, _, _ in found)


def test_a_person_named_by_the_surname_after_the_full_name_is_no_town() -> None:
    # "Hayward" is a Californian city; after "Tony Hayward" a story names the man by his surname
    found = _places_of("The oil company's chief Tony Hayward met officials of the United States on Monday. Later, "
                       "protesters and Hayward argued after two workers were killed.")
    assert found and all(name != "Hayward" for name, _, _ in found)
    # within the sentence that names a person in full, a village of the surname's name is still the place
    found = _places_of("On 4 May 2016, gunmen killed the village head Musa Kagoro at his home in Kagoro (Kaura, "
                       "Kaduna), in Nigeria.")
    assert found and found[0][0] == "Kagoro" and found[0][2] == "Kaduna"


def test_a_surname_after_a_title_is_no_town_in_the_sentences_after() -> None:
    # "Obama" is a Japanese city of 30,000 people; after "President Obama" a story names the man by his surname
    found = _places_of("President Obama arrived in Tokyo on Monday for talks with the government of Japan. On Tuesday, "
                       "protesters and Obama clashed with police near the palace, and two people were killed.")
    assert found and all(name != "Obama" for name, _, _ in found)

