"""Place rules of issue 4, session 12 (every text written for these tests)."""

from __future__ import annotations

from dateline.extract import api, places
from dateline.model import Sentence


def _one(text: str) -> list[Sentence]:
    return [Sentence("a", 0, 0, len(text), text)]


def test_of_the_peoples_named_the_one_the_guess_points_to_is_where() -> None:
    text = "Israeli troops fired at two Palestinian farmers near the separation fence outside Qalqiliyah."
    countries = api.article_countries(text)
    sure = api.sure_countries(text, countries)
    assert set(sure) == {"IL", "PS"}  # named both, as peoples
    assert api.fallback_country(text, countries, sure)[1:] == (["PS"], None)  # the guess chose a named one
    assert api.text_country_guessed(text, _one(text)) == ("Palestine", False)


def test_a_later_mention_of_a_name_gives_its_hints() -> None:
    found = api._place_candidates(_one("Workers protested in Dilovasi industrial zone in Dilovasi, Kocaeli.")[0], None, [])
    assert (21, "Dilovasi", ("Kocaeli",)) in found
    # not a mention inside another place's brackets
    text = "Residents marched in Doufelgou prefecture, starting in Siou (Doufelgou, Kara)."
    hints = {name: hints for _, name, hints in api._place_candidates(_one(text)[0], None, [])}
    assert hints["Siou"] == ("Doufelgou", "Kara") and hints.get("Doufelgou", ()) == ()


def test_the_brackets_of_the_unit_a_place_lies_in_are_its_hints() -> None:
    text = "A landmine exploded in Ma Au (South) village of Yesagyo township (Pakokku district, Magway region)."
    hints = {name: hints for _, name, hints in api._place_candidates(_one(text)[0], None, [])}
    assert hints["Ma Au"] == ("South", "Pakokku district", "Magway region")
    # brackets of another place named between, not said to hold it, are not its hints
    text = "Protesters marched from Kalaw to Taunggyi (Taunggyi district, Shan State)."
    hints = {name: hints for _, name, hints in api._place_candidates(_one(text)[0], None, [])}
    assert hints.get("Kalaw", ()) == ()


def test_a_region_in_brackets_outweighs_a_namesake_town_elsewhere() -> None:
    assert places.cities().isos("qara") and "KE" not in places.cities().isos("qara")
    votes = api._place_votes([(0, "Qara", ("Wajir",))])
    assert votes.most_common(1)[0][0] == "KE" and votes["KE"] > votes["SY"]


def test_the_last_region_in_brackets_says_which_country() -> None:
    text = "Police detained protesters in Al Quds - Old City (Al Quds, West Bank)."
    place = api.named_place(text, _one(text))
    assert place is not None and (place.country, place.admin1) == ("Palestine", "West Bank")


def test_a_refugee_camp_names_its_place() -> None:
    text = "Soldiers stormed the Tulkarm refugee camp at dawn."
    assert "Tulkarm" in [name for _, name, _ in api._place_candidates(_one(text)[0], None, [])]


def test_mexico_city_is_not_the_state_of_mexico() -> None:
    # GeoNames' "Mexico City" is ISO's "Ciudad de Mexico", not the state "Mexico" (build_gazetteer.match_admin1_to_iso)
    assert places.admin1_name("MX", "09") == "Ciudad de Mexico"  # GeoNames' unit 09, "Mexico City"
    assert places.admin1_name("MX", "15") == "Mexico"  # the state around it
    assert places.same_admin1("Mexico", "Ciudad de Mexico", "Mexico City")


def test_a_unit_renamed_by_the_coders_keeps_its_old_name() -> None:
    from dateline.extract.build_gazetteer import _apart

    # "Distrito Federal" (ACLED until 2020) is the unit later written "Ciudad de Mexico" ...
    assert places.same_admin1("Mexico", "Distrito Federal", "Ciudad de Mexico")
    # ... but "Belgrade", written beside "Central Serbia" in the same months, is a part of it, no name
    assert not places.same_admin1("Serbia", "Belgrade", "Central Serbia")
    assert _apart(["2020-04-28", "2020-05-09"], ["2022-01-03"]) and not _apart(["2020-04-28", "2022-03-01"], ["2020-05-02"])
