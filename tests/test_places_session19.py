"""Place rules of issue 4, session 19: a part of a place named with the place it is part of, "Island" in English
text (every text written for these tests)."""

from __future__ import annotations

from datetime import date

from dateline.extract import places
from dateline.model import Article

from .test_places_session17 import _places_of


def _note_place(note: str) -> tuple[str, str]:
    """(country, admin1) of an ACLED-style note, as the evaluation predicts its row."""
    from dateline.eval.acled import predict
    from dateline.pipeline import analyze_all

    published = date(2022, 3, 3)
    [analysis] = list(analyze_all([Article(Article.make_id(note, published), note, published, source="ACLED notes",
                                           format="csv")]))
    row = predict(analysis)
    return row.country, row.admin1


def test_a_district_of_a_city_is_in_the_city() -> None:
    # a quarter we do not know, then the city it is part of
    country, admin1 = _note_place("On 3 March 2022, youths set fire to a tent camp in Obolonskyi district of Kyiv, "
                                  "injuring two people.")
    assert country == "Ukraine" and places.same_admin1("UA", "Kyiv", admin1)
    # a district named like one of another region ("Desnianskyi" of Chernihiv oblast): the city says which
    country, admin1 = _note_place("On 3 March 2022, nurses protested in Desnianskyi district of Kyiv over unpaid "
                                  "wages.")
    assert country == "Ukraine" and places.same_admin1("UA", "Kyiv", admin1)


def test_a_neighbourhood_of_a_city_is_in_the_city() -> None:
    country, admin1 = _note_place("On 3 March 2022, military forces shelled a post in the Zeitoun neighbourhood of "
                                  "Gaza city. No casualties were reported.")
    assert country == "Palestine" and admin1 == "Gaza"
    # a neighbourhood named like a district of another province, the town and the province after it
    country, admin1 = _note_place("On 3 March 2022, arsonists set fire to a warehouse in Saray neighborhood of "
                                  "Kahramankazan (Kazan), Ankara.")
    assert country == "Turkey" and admin1 == "Ankara"


def test_a_village_named_like_a_city_abroad_is_in_the_county_it_is_part_of() -> None:
    country, admin1 = _note_place("A man accused of theft was beaten to death by a mob in Nazareth village of "
                                  "Kirinyaga County.")
    assert (country, admin1) == ("Kenya", "Kirinyaga")


def test_a_name_with_of_after_it_is_no_part_of_a_place_without_a_word_of_a_part() -> None:
    from dateline.extract.api import _part_of_hints

    assert _part_of_hints("Obolonskyi", " district of Kyiv, injuring two people.") == ["Kyiv"]
    assert _part_of_hints("Obolonskyi district", " of Kyiv (Kyiv City), injuring two") == ["Kyiv", "Kyiv City"]
    assert _part_of_hints("Pauk", " village of Myaung township (coded as Pauk (East)) (Sagaing district, Sagaing)"
                          ) == ["Myaung", "Sagaing district", "Sagaing"]
    # the unit's kind after the place, then the region it lies in ("in ... district (State)")
    assert _part_of_hints("Chandpur", " village of Qwertpur mandal in Guntur district (Andhra Pradesh).") == [
        "Qwertpur", "Guntur", "Andhra Pradesh"]
    assert _part_of_hints("Salam", " of Khartoum said") == []


def test_island_is_no_name_of_iceland() -> None:
    assert places.country_of("Island") is None and places.country_of("Iceland") == "IS"
    assert not places.find_countries("Gunmen attacked a fishing boat off Lamu Island on Monday.")
    assert [m.iso for m in places.find_countries("Flights to Iceland resumed.")] == ["IS"]
    found = _places_of("Gunmen killed two fishermen on Lamu Island on Monday, Kenyan police said.")
    assert found and all(country != "Iceland" for _, country, _ in found)


def test_a_part_we_do_not_know_is_located_by_the_place_it_is_part_of() -> None:
    from dateline.eval.acled import predict
    from dateline.pipeline import analyze_all

    note = ("On 9 May 2022, a landmine injured a farmer near Nam Hkam village of Muse township (coded as Muse) (Muse "
            "district, Shan-North).")
    published = date(2022, 5, 9)
    [analysis] = list(analyze_all([Article(Article.make_id(note, published), note, published, source="ACLED notes",
                                           format="csv")]))
    row = predict(analysis)
    assert (row.country, row.admin1, row.location) == ("Myanmar", "Shan-North", "Muse")
