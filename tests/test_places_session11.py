"""Admin1 and country rules of issue 4, session 11 (every text written for these tests)."""

from __future__ import annotations

from datetime import date

from dateline.extract import places
from dateline.model import Article, Place


def _analysed_place(text: str) -> Place | None:
    """The place of the first event mention ``dateline run``'s path finds in ``text``."""
    from dateline.pipeline import analyze_all

    [analysis] = list(analyze_all([Article(Article.make_id(text, date(2021, 3, 2)), text, date(2021, 3, 2))]))
    return next((m.place for m in analysis.mentions if m.place), None)


def test_unit_kind_in_another_language_is_no_part_of_the_name() -> None:
    # GeoNames writes some units with their kind in Arabic, Thai or Romanian before the name
    assert places.admin_key("Muhafazat Kirkuk") == "kirkuk"
    assert places.admin_key("Sha`biyat al Butnan") == "al butnan"
    assert places.admin_key("Changwat Udon Thani") == "udon thani"
    assert places.admin_key("Wilayat-e Baghlan") == "baghlan"
    assert places.same_admin1("Libya", "Al Butnan", "Sha`biyat al Butnan")
    # and the name reported leaves the kind out
    [unit] = places.admin1_units("LY", "Al Butnan")
    assert places.admin1_name(*unit) == "Al Butnan"
    # a country stays a country ("Republic of Niger" names no unit "Niger")
    assert places.admin_key("Republic of Niger") == "republic of niger"


def test_arabic_article_joined_to_a_unit_name() -> None:
    assert places.admin1_unit("LY", "Almargeb") == places.admin1_unit("LY", "Al Marqab") is not None
    assert places.admin1_unit("LY", "Azzawya") == places.admin1_unit("LY", "Az Zawiyah") is not None
    assert places.admin1_unit("SY", "Arraqqa") == places.admin1_unit("SY", "Ar-Raqqa") is not None
    assert places.same_admin1("LY", "Almargeb", "Al Marqab")
    # a name that merely begins with the letters is left as it is
    assert places.admin1_unit("CA", "Alberta") == places.admin1_unit("CA", "Alberta") is not None
    assert not places.same_admin1("LY", "Almargeb", "Az Zawiyah")
    place = _analysed_place("Libyan forces shelled farms near Gasr Kheyar (Almargeb) on Sunday, wounding a farmer.")
    assert place is not None and place.country == "Libya" and places.same_admin1("LY", place.admin1, "Al Marqab")


def test_districts_the_state_database_lists_locate_a_place_in_their_unit() -> None:
    # Nepal's districts are no GeoNames places; the countries-states-cities database lists them under their province
    assert "NP" in places.region_countries("Rautahat")
    assert places.admin1_of_region("NP", "Rautahat") == "Madhesh"
    assert places.admin1_of_region("NP", "Sindhupalchok") == "Bagmati"
    place = _analysed_place("Cadres of two parties clashed in Bhalupokhari municipality (Rautahat district) in Nepal, "
                            "injuring four people.")
    assert place is not None and (place.country, place.admin1) == ("Nepal", "Madhesh")


def test_unit_named_like_a_village_elsewhere_is_the_unit() -> None:
    # Kocaeli is a Turkish province; GeoNames' only town of that name is a village in Balikesir
    place = places.resolve_place("Kocaeli", ["TR"], (), ["TR"])
    assert place is not None and (place.admin1, place.precision) == ("Kocaeli", "admin1")
    place = _analysed_place("Turkish police detained 12 workers protesting outside a factory in Kocaeli over unpaid wages.")
    assert place is not None and (place.country, place.admin1) == ("Turkey", "Kocaeli")
    # a city in the unit of its name stays the city; a town the text places in another unit stays the town
    place = places.resolve_place("Aleppo", ["SY"], (), ["SY"])
    assert place is not None and (place.admin1, place.precision) == ("Aleppo", "point")


def test_unit_the_text_names_beats_where_a_namesake_region_lies() -> None:
    # Hamra is a lower-level region of Hama; "Hamra town, Aleppo" says the place is in Aleppo
    assert places.resolve_place("Hamra", ["SY"], (), ["SY"]).admin1 == "Hama"
    place = places.resolve_place("Hamra", ["SY"], ("Aleppo",), ["SY"])
    assert place is not None and place.admin1 == "Aleppo"
    place = _analysed_place("A landmine exploded near Hamra town, Aleppo, killing a shepherd in Syria.")
    assert place is not None and (place.country, place.admin1) == ("Syria", "Aleppo")


def test_territory_is_a_kind_of_unit() -> None:
    assert places.region_as_written("Nay Pyi Taw union territory") == "Nay Pyi Taw"
    assert places.is_admin1("MM", "Nay Pyi Taw territory")
    assert places.admin_key("Transbaikal Territory") == "transbaikal"
    # a compass word alone is no name: "Northern Territory" keeps its word
    assert places.admin_key("Northern Territory") == "northern territory"
    place = places.resolve_place("Pyinmana", ["MM"], ("Pyinmana district", "Nay Pyi Taw territory"), ["MM"])
    assert place is not None and place.admin1 == "Nay Pyi Taw"

