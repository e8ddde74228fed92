"""Admin1 names as ACLED's coders write them (``admin1_aliases.tsv``) and the place rules of session 4."""

from __future__ import annotations

from dateline.extract import places
from dateline.extract.build_gazetteer import _one_name


def test_alias_is_the_reported_name_and_one_of_the_units_names() -> None:
    # GeoNames keeps Mymensingh division under Dhaka's name; the alias names it and drops the shared name
    assert places.admin1_name("BD", "H") == "Mymensingh"
    assert places.admin1_units("BD", "Dhaka") == frozenset({("BD", "81")})
    place = places.resolve_place("Jamalpur", ["BD"])
    assert place is not None and place.admin1 == "Mymensingh"
    assert places.same_admin1("Germany", "Nordrhein-Westfalen", "North Rhine-Westphalia")


def test_generic_aliases_are_reported_but_never_looked_for() -> None:
    assert places.admin1_name("LB", "06") == "South"
    assert not places.is_admin1("LB", "South")


def test_parts_of_a_unit_are_not_one_name() -> None:
    assert _one_name("Veracruz de Ignacio de la Llave", "Veracruz")
    assert not _one_name("Bago-West", "Bago-East")
    assert not _one_name("Shan-North", "Shan-South")


def test_region_the_text_names_beats_a_namesake_elsewhere() -> None:
    # the only "Bama" we know lies in another region than the province the text names
    place = places.resolve_place("Bama", ["BF"], ("Bama", "Houet"))
    assert place is not None and (place.country, place.admin1, place.latitude) == ("Burkina Faso", "Hauts-Bassins", None)


def test_arabic_article_and_spelling_variants_of_regions() -> None:
    raqqa = places.resolve_place("Ar-Raqqa", ["SY"])
    assert raqqa is not None and raqqa.country == "Syria" and raqqa.precision == "point"
    region = places.resolve_region("Lower Shabelle", ["SO"], ["SO"])
    assert region is not None and (region.country, region.precision) == ("Somalia", "admin1")
    assert places.resolve_region("Lower Shabelle", [], []) is None  # no country to go by


def test_spelling_candidates_keep_every_variant_difflib_accepts() -> None:
    """The numpy letter bound only skips keys difflib would reject: same units as comparing every key."""
    for iso, name in [("SY", "Idleb"), ("SY", "Al Hasakah"), ("SY", "Ar-Raqqah"), ("MM", "Sagain"), ("SO", "Lower Shabele"),
                      ("KE", "Nairobi"), ("NG", "Bornu"), ("UA", "Odessa"), ("IQ", "Ninewa"), ("XX", "Nowhere")]:
        pairs = places._admin1_keys(iso)
        every = frozenset(unit for key, unit in pairs if places.spelling_variants(key, name))
        kept = frozenset(pairs[i][1] for i in places._spelling_candidates(iso, name, False)
                         if places.spelling_variants(pairs[i][0], name))
        assert kept == every, (iso, name)
    assert places.admin1_units("SY", "Idleb") == places.admin1_units("SY", "Idlib") != frozenset()
