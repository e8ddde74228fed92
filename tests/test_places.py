"""Offline gazetteer: countries, demonyms, regions, cities disambiguated by the article's countries."""

from __future__ import annotations

from dateline.extract import places


def test_countries_demonyms_and_capitals() -> None:
    found = places.find_countries("Tbilisi said Georgian troops entered Russia's territory")
    assert [(m.text, m.iso, m.kind) for m in found] == [
        ("Tbilisi", "GE", "capital"), ("Georgian", "GE", "demonym"), ("Russia", "RU", "name"),
    ]
    assert places.country_of("Azeri") == "AZ"
    assert places.country_name("PS") == "Palestine"


def test_city_is_disambiguated_by_article_country() -> None:
    spain = places.resolve_place("Cordoba", ["ES"])
    argentina = places.resolve_place("Cordoba", ["AR"])
    assert spain is not None and spain.country == "Spain" and spain.precision == "point"
    assert argentina is not None and argentina.country == "Argentina"
    assert spain.latitude is not None and spain.latitude > 30 > argentina.latitude


def test_region_named_next_to_the_place_wins_and_is_kept_as_written() -> None:
    place = places.resolve_place("Guadalupe", [], ("Zacatecas",))
    assert place is not None and (place.country, place.admin1) == ("Mexico", "Zacatecas")


def test_unknown_village_abroad_is_not_guessed() -> None:
    assert places.resolve_place("Zzyzxtown", ["KE"]) is None


def test_region_alone() -> None:
    region = places.resolve_region("Sagaing region", ["MM"], ["MM"])
    assert region is not None and (region.country, region.admin1, region.precision) == ("Myanmar", "Sagaing", "admin1")


def test_vague_place_keeps_the_words() -> None:
    place = places.vague_place("Shots were fired along the two countries' shared border overnight.")
    assert place is not None and place.precision == "vague" and place.latitude is None
    assert "border" in (place.text or "")


def test_admin1_uses_the_local_form_coders_write() -> None:
    # GeoNames says "Brittany", "Southwest"; ISO 3166-2 (and ACLED) "Bretagne", "Sud-Ouest".
    rennes = places.resolve_place("Rennes", ["FR"])
    diebougou = places.resolve_place("Diebougou", ["BF"])
    assert rennes is not None and rennes.admin1 == "Bretagne"
    assert diebougou is not None and diebougou.admin1 == "Sud-Ouest"


def test_names_of_one_admin1_unit_are_the_same_unit() -> None:
    assert places.same_admin1("Germany", "Bayern", "Bavaria")
    assert places.same_admin1("FR", "Brittany", "Bretagne")
    assert places.same_admin1("Syria", "Idleb", "Idlib")  # a transliteration variant
    assert not places.same_admin1("Syria", "Idleb", "Aleppo")
    assert not places.same_admin1("France", "Nouvelle-Aquitaine", "Occitanie")


def test_spelling_variants_need_more_than_a_shared_skeleton() -> None:
    assert places.spelling_variants("Al-Hasakeh", "Al Hasakah")
    assert places.spelling_variants("Odesa", "Odessa")
    assert not places.spelling_variants("Aquitaine", "Occitanie")


def test_lower_level_region_gives_its_admin1() -> None:
    # an unknown village placed by its province ("Tangangari (Boundore, Yagha)"): Yagha lies in Sahel
    region = places.resolve_region("Yagha", ["BF"], ["BF"])
    assert region is not None and (region.country, region.admin1, region.precision) == (
        "Burkina Faso", "Sahel", "admin1")
    # a town whose province is named next to it is read in that province's region
    dori = places.resolve_place("Dori", [], ("Dori", "Seno"))
    assert dori is not None and (dori.country, dori.admin1) == ("Burkina Faso", "Sahel")
