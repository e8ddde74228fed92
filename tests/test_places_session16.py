"""Place rules of issue 4, session 16 (every text written for these tests)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from dateline.eval import acled as ev
from dateline.model import Article


def _predicted(text: str) -> ev.Prediction:
    """The ACLED-style row the eval predicts for ``text`` as a note (parser included)."""
    from dateline.pipeline import analyze_all

    [analysis] = list(analyze_all([Article(Article.make_id(text, date(2016, 5, 4)), text, date(2016, 5, 4))]))
    return ev.predict(analysis, None)


def test_bangladeshs_upazilas_place_a_note_that_names_only_its_upazila(tmp_path: Path) -> None:
    from dateline.extract.build_gazetteer import derive_bangladesh_upazilas

    data = tmp_path / "upazila-district-division.json"
    # (upazila, division): a town of the country (GeoNames) and a name of upazilas in two divisions say nothing new
    upazilas = [("Bagmara Upazila", "Rajshahi"), ("Ali kadam", "Chittagong"), ("Narsingdi Sadar Upazila", "Dhaka"),
                ("Dolpara Upazila", "Sylhet"), ("Dolpara Upazila", "Khulna"), ("Narsingdi", "Dhaka")]
    data.write_text(json.dumps([{"upazila": name, "district": "", "division": division} for name, division in upazilas]),
                    encoding="utf-8")
    assert derive_bangladesh_upazilas(data) == [("BD", "Ali Kadam", "84"), ("BD", "Bagmara", "83"),
                                                ("BD", "Narsingdi Sadar", "81")]
    # through the shipped table: a note naming only a bazaar and its upazila is in the upazila's division
    row = _predicted("On 4 May 2016, supporters of two rival candidates for the union council clashed at Kashimpur "
                     "bazaar in Bagmara upazila, leaving 12 injured.")
    assert (row.country, row.admin1, row.location) == ("Bangladesh", "Rajshahi", "Bagmara")
    assert not row.country_guessed


def test_a_village_is_the_place_when_its_upazila_is_written_in_its_brackets() -> None:
    # the upazila in the village's brackets says where the village lies; the village is the location
    row = _predicted("On 4 May 2016, two people were hurt when rival activists clashed at Hasanpur (Bagmara upazila, "
                     "Rajshahi) over a market lease.")
    assert (row.country, row.admin1, row.location) == ("Bangladesh", "Rajshahi", "Hasanpur")


def test_a_quarter_named_after_the_capital_is_not_a_namesake_district_elsewhere() -> None:
    # Gabtali is a quarter of Dhaka and an upazila of Bogra (Rajshahi division); after the capital it is the quarter
    row = _predicted("On 4 May 2016, transport workers clashed with police in Dhaka, Gabtali, and five were hurt.")
    assert (row.country, row.admin1) == ("Bangladesh", "Dhaka")
    # a village after a town that is no capital is still located by the district written with it
    from dateline.extract import places

    place = places.resolve_place("Bama", ["BF"], ("Bama", "Houet"), ["BF"])
    assert place is not None and place.admin1 == "Hauts-Bassins"


def test_a_kind_of_unit_one_country_alone_has_names_the_country() -> None:
    # "Raipur" is a large Indian city and a Bangladeshi town; an upazila is a unit of Bangladesh alone
    row = _predicted("On 4 May 2016, two people were hurt when rival activists clashed at Kalampur village in Raipur "
                     "upazila over a market lease.")
    assert (row.country, row.admin1) == ("Bangladesh", "Chattogram")
    assert not row.country_guessed
    from dateline.extract import api

    assert api._national_unit_country("clashed in Raipur Upazila and in Feni") == "BD"
    assert api._national_unit_country("the upazila chairman was attacked") == "BD"
    assert api._national_unit_country("clashed in Raipur, Chhattisgarh") is None


def test_a_ward_named_like_a_village_abroad_is_kept_in_its_countrys_table() -> None:
    from dateline.extract.build_gazetteer import _named_elsewhere, _town_named

    # Kiunga is a ward of Lamu and a small town of Papua New Guinea; London a city abroad of a size to be named for
    # itself; Lamu a town of Kenya itself: only the first is a ward of the table
    assert not _town_named("kiunga", "KE") and _town_named("london", "KE") and _town_named("lamu", "KE")
    assert not _named_elsewhere("KE", "Kiunga", villages_abroad=False) and _named_elsewhere("KE", "Kiunga")
    # a note naming no country: the ward, not the namesake abroad
    row = _predicted("On 4 May 2016, an explosive device aimed at a military lorry went off between Kiunga and "
                     "Ishakani, wounding two soldiers.")
    assert (row.country, row.admin1) == ("Kenya", "Lamu")


def test_a_town_geonames_gives_no_unit_is_in_its_nearest_towns_unit() -> None:
    from dateline.extract import places
    from dateline.extract.build_gazetteer import derive_town_units

    # GeoNames gives Nouakchott no first-level unit; its nearest towns lie in Nouakchott-Ouest
    assert ("MR", "Nouakchott", "13") in derive_town_units()
    row = _predicted("On 4 May 2020, police dispersed a sit-in held by teachers in front of the ministry in "
                     "Nouakchott, demanding unpaid bonuses.")
    assert (row.country, row.admin1) == ("Mauritania", "Nouakchott-Ouest")
    # a town GeoNames does place keeps its own unit
    place = places.resolve_place("Atar", ["MR"], (), ["MR"])
    assert place is not None and place.admin1 == "Adrar"
