"""Admin1 units found in less usual ways (issue 4, session 10; every text written for these tests)."""

from __future__ import annotations

from datetime import date

from dateline.extract import places
from dateline.extract.api import _place_candidates, _with_shared_hints, named_place
from dateline.model import Article, Place, Sentence


def _analysed_place(text: str) -> Place | None:
    """The place of the first event mention ``dateline run``'s path finds in ``text``."""
    from dateline.pipeline import analyze_all

    [analysis] = list(analyze_all([Article(Article.make_id(text, date(2021, 3, 2)), text, date(2021, 3, 2))]))
    return next((m.place for m in analysis.mentions if m.place), None)


def _one_sentence(text: str) -> list[Sentence]:
    return [Sentence("a", 0, 0, len(text), text)]


def test_region_named_as_a_word_locates_a_report_that_names_no_place() -> None:
    assert places.admin1_named_as_word("Pupils of a Garissa school rioted over the food.", "KE") == (
        "Garissa", "Garissa")
    assert places.admin1_named_as_word("Nyeri traders and Embu farmers marched together.", "KE") is None
    assert places.admin1_named_as_word("The North said nothing.", "LB") is None  # a generic name
    place = _analysed_place("Students of a Kenyan college in Garissa's outskirts rioted; police fired tear gas.")
    assert place is not None and (place.country, place.admin1) == ("Kenya", "Garissa")
    place = _analysed_place("Angry Machakos traders protested in Kenya against new market fees.")
    assert place is not None and (place.country, place.admin1, place.precision) == ("Kenya", "Machakos", "admin1")


def test_region_word_does_not_override_a_place_the_text_names() -> None:
    place = _analysed_place("Police in Kenya shot dead two robbery suspects in Eldoret, the Nakuru police chief said.")
    assert place is not None and (place.name, place.admin1) == ("Eldoret", "Uasin Gishu")


def test_arabic_article_inside_a_name() -> None:
    text = "Gunmen fired on a checkpoint in Deir ez Zor on Monday, wounding two guards."
    names = [name for _, name, _ in _place_candidates(_one_sentence(text)[0], None, [])]
    assert "Deir ez Zor" in names
    place = named_place(text, _one_sentence(text))
    assert place is not None and place.country == "Syria" and places.same_admin1("SY", place.admin1, "Deir ez Zor")
    # English words between two names are no particles
    text = "Shelling hit Aleppo as Syrian troops advanced."
    assert "Aleppo as Syrian" not in [name for _, name, _ in _place_candidates(_one_sentence(text)[0], None, [])]


def test_regions_named_with_a_place_hold_where_the_text_names_it_again() -> None:
    shared = _with_shared_hints({0: [(10, "Kamyanka", ("Donetsk",))], 1: [(3, "Kamyanka", ()), (20, "Avdiivka", ())]})
    assert shared[1] == [(3, "Kamyanka", ("Donetsk",)), (20, "Avdiivka", ())]
    text = "Mortars were fired near Kamyanka, Donetsk. Monitors recorded four explosions near Kamyanka."
    place = _analysed_place(text)
    assert place is not None and place.admin1 == "Donetsk"


def test_compass_named_district_is_no_part_of_its_region() -> None:
    text = "On 3 May, in Thaungyi Myaing township (Yangon-South district, Yangon Region), a bomb exploded at a ward office."
    place = named_place(text, _one_sentence(text))
    assert place is not None and place.admin1 == "Yangon"


def test_todays_english_names_of_units_denote_them() -> None:
    # names the countries-states-cities database gives units GeoNames names otherwise (admin1_names.tsv)
    assert places.admin1_units("KR", "North Chungcheong") == places.admin1_units("KR", "Chungcheongbuk-do") != frozenset()
    assert places.same_admin1("Nepal", "Sudurpashchim", "Far Western")
    assert places.same_admin1("Lebanon", "Mount Lebanon", "Mont-Liban")
    assert not places.same_admin1("Lebanon", "Mount Lebanon", "Beqaa")
    # and the ISO 3166-2 names of the units our table could not pair with ISO's by name
    assert places.same_admin1("Poland", "Lubelskie", "Lublin Voivodeship")
    assert places.same_admin1("Netherlands", "Noord-Holland", "North Holland")
    # a region named so in a text is found as one
    assert places.is_admin1("LB", "Mount Lebanon") and places.resolve_region("Mount Lebanon", ["LB"]).admin1 == "Mont-Liban"


def test_state_names_are_matched_to_units_by_their_towns(tmp_path) -> None:
    import json

    from dateline.extract.build_gazetteer import derive_state_names

    def state(code: str, name: str, towns: list[tuple[float, float]]) -> dict:
        folder = tmp_path / "KE" / "states" / code
        folder.mkdir(parents=True)
        (folder / "cities.json").write_text(json.dumps([{"name": f"t{i}", "latitude": str(lat), "longitude": str(lon)}
                                                        for i, (lat, lon) in enumerate(towns)]))
        return {"id": int(code), "name": name, "state_code": code, "iso3166_2": f"KE-X{code}"}

    nakuru, naivasha, eldoret = (-0.2833, 36.0667), (-0.7167, 36.4333), (0.5143, 35.2698)
    states = [state("01", "Lakeside Highlands", [nakuru, naivasha]),  # both towns in Nakuru: a name of Nakuru
              state("02", "Split Plateau", [nakuru, eldoret]),  # towns in two units: no unit's name
              state("03", "North", [eldoret])]  # a compass word: no name
    (tmp_path / "KE" / "states.json").write_text(json.dumps(states))
    found = {(iso, name) for iso, _, name, _ in derive_state_names(tmp_path)}
    assert found == {("KE", "Lakeside Highlands")}
    # a first-level ISO 3166-2 entry of the state's code gives its name too, written in plain letters
    iso = tmp_path / "iso3166-2.json"
    iso.write_text(json.dumps({"3166-2": [{"code": "KE-X01", "name": "Łakeside Uplands", "type": "County"}]}))
    assert {name for _, _, name, _ in derive_state_names(tmp_path, iso)} == {"Lakeside Highlands", "Lakeside Uplands"}
    code = next(code for _, code, name, _ in derive_state_names(tmp_path) if name == "Lakeside Highlands")
    assert ("KE", code) in places.admin1_units("KE", "Nakuru")


def test_words_for_kinds_of_units_name_no_unit() -> None:
    # ISO 3166-2 writes some units with their kind in brackets ("Maritime (Région)"): no region named "Region"
    assert not places.region_countries("Region") and not places.is_admin1("TG", "Region")
    assert places.admin1_named_as_word("Traders closed the Region Hall in Lome.", "TG") is None


def test_compass_part_with_its_unit_word_votes_for_its_country() -> None:
    from dateline.extract.api import _place_votes

    assert _place_votes([(0, "Zeyar Kone", ("Thonze district", "Bago-West Region"))]).most_common(1)[0][0] == "MM"


def test_republic_of_before_a_units_name() -> None:
    assert places.same_admin1("Russia", "Republic of Chechnya", "Chechnya")
    assert places.admin_key("Republic of Dagestan") == places.admin_key("Dagestan")
    # a country so named stays one: no Nigerian state "Niger" in "the Republic of Niger" or "Niger Republic"
    assert places.admin_key("Republic of Niger") != "niger" and places.admin_key("Niger Republic") != "niger"


def test_towns_a_road_joins_are_names_of_their_own() -> None:
    assert places.admin1_named_as_word("Drivers blocked the Mpeketoni-Lamu road over potholes.", "KE")[1] == "Lamu"
    # a unit whose name has a hyphen is that unit
    assert places.admin1_named_as_word("Tharaka-Nithi farmers marched to the office.", "KE")[1] == places.admin1_usual(
        "KE", "Tharaka-Nithi")
    # a road between two units' towns: the first named
    assert places.admin1_named_as_word("Traders blocked the Kisii-Bomet highway.", "KE")[1] == "Kisii"


def test_town_named_as_a_word_gives_its_region() -> None:
    # no region named: the region of the one town the text names as a word
    assert places.admin1_named_as_word("Maseno University students rioted over fees.", "KE") == (
        "Maseno", places.admin1_name(*next((c.iso, c.admin1_code) for c in places.cities()["maseno"]
                                            if c.iso == "KE")))
    # towns of other countries, and function words, say nothing
    assert places.admin1_named_as_word("Maseno University students rioted over fees.", "UG") is None
    # a hyphenated name is one town; for a road between towns, the first of them we know
    assert places.admin1_named_as_word("Monitors heard shots near Thika-Ruiru Heights.", "KE") is None
    assert places.admin1_named_as_word("Residents blocked the Thika-Ruiru road.", "KE")[0] == "Thika"
    place = _analysed_place("Angry Kenyan traders in the Maseno market burned tyres over new fees.")
    assert place is not None and place.country == "Kenya" and place.admin1 and place.name == "Maseno"


def test_a_speakers_seat_is_no_region_word() -> None:
    # "Officials in Garissa said": where they speak from, not where it happened
    place = _analysed_place("Officials in Garissa said three Kenyan soldiers were wounded in an ambush on Monday.")
    assert place is None or place.admin1 is None
