"""Place rules of issue 4, session 14 (every text written for these tests)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from dateline.extract import api, places
from dateline.model import Article, Place, Sentence


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


def test_two_capitals_one_a_city_of_the_others_country_are_that_country() -> None:
    # Tripoli is Libya's capital and a large city of Lebanon; beside Beirut it is Lebanon's
    text = "On 30 April 2020, angry drivers blocked the Tripoli-Beirut highway with burning tyres."
    assert api.text_country(text, _one(text)) == "Lebanon"
    text = "On 3 May 2020, rival militias clashed in Tripoli and Benghazi."
    assert api.text_country(text, _one(text)) == "Libya"


def _analysed_place(text: str) -> Place | None:
    """The place of the first event mention ``dateline run``'s path finds in ``text``."""
    from dateline.pipeline import analyze_all

    [analysis] = list(analyze_all([Article(Article.make_id(text, date(2022, 4, 8)), text, date(2022, 4, 8))]))
    return next((m.place for m in analysis.mentions if m.place), None)


def test_a_name_is_not_cut_at_its_first_word_when_the_whole_is_a_known_town() -> None:
    # "Rivas" alone is a town of Nicaragua; "Rivas-Vaciamadrid" one of Spain; "San Jose" Costa Rica's capital
    found = {"Rivas": 40, "Rivas-Vaciamadrid": 40, "Madrid": 70}
    assert api._start_of_known_name("Rivas", 40, found)
    assert not api._start_of_known_name("Rivas-Vaciamadrid", 40, found)
    assert not api._start_of_known_name("Rivas", 40, {"Rivas": 40, "Rivas-Nowhereville": 40})  # the whole unknown
    # "Kisii Town", "Los Angeles -" are the town itself; "Baringo county" its unit, "Mumias East" a constituency of it
    assert not api._start_of_known_name("Baringo", 3, {"Baringo": 3, "Baringo county": 3})
    assert not api._start_of_known_name("Mumias", 3, {"Mumias": 3, "Mumias East": 3})
    assert not api._start_of_known_name("Kisii", 3, {"Kisii": 3, "Kisii Town": 3})
    assert not api._start_of_known_name("Los Angeles", 3, {"Los Angeles": 3, "Los Angeles -": 3})
    place = _analysed_place("On 7 April 2022, protesters occupied the town hall in Rivas-Vaciamadrid and clashed "
                            "with police officers.")
    assert place is not None and (place.country, place.name) == ("Spain", "Rivas-Vaciamadrid")
    place = _analysed_place("On 3 March 2022, in San Jose del Cabo, Baja California, taxi drivers protested "
                            "against the police.")
    assert place is not None and (place.country, place.name) == ("Mexico", "San Jose del Cabo")


def test_a_neighbourhoods_kind_before_its_name_is_no_town() -> None:
    # "Colonia" alone is a town of Uruguay (and Cologne's Latin name); before a name it says "neighbourhood"
    text = "Around 9 May 2021, two men were found shot dead in Colonia Lomas Altas of Tijuana, Baja California."
    at = text.index("Colonia")
    entity = SimpleNamespace(label_="GPE", start_char=at, text="Colonia")  # as the parser may tag the word alone
    found = api._place_candidates(Sentence("a", 0, 0, len(text), text), None, [entity])
    assert "Colonia" not in [name for _, name, _ in found]
    place = _analysed_place(text)
    assert place is not None and (place.country, place.admin1) == ("Mexico", "Baja California")
