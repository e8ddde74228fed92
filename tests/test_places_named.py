"""The one place a short report names locates its unlocated sentences (the ACLED row's place)."""

from __future__ import annotations

from dateline.extract.api import named_place
from dateline.model import Sentence


def _sentences(text: str) -> list[Sentence]:
    out, start = [], 0
    for i, part in enumerate(text.split(". ")):
        end = start + len(part) + (1 if not part.endswith(".") else 0)
        out.append(Sentence("a", i, start, min(end, len(text)), text[start:min(end, len(text))]))
        start = end + 1
    return out


def test_one_named_place_is_the_reports_place() -> None:
    text = "On 9 October, merchants fought with machetes in Dori (Dori, Seno). Three people were killed."
    place = named_place(text, _sentences(text))
    assert place is not None and (place.name, place.country, place.admin1) == ("Dori", "Burkina Faso", "Sahel")


def test_several_places_give_none() -> None:
    text = "Gunmen attacked Dori (Dori, Seno). Soldiers later clashed near Djibo (Djibo, Soum)."
    assert named_place(text, _sentences(text)) is None


def test_peoples_named_yield_to_the_place_names() -> None:
    from dateline.extract.api import _place_candidates, article_countries, sure_countries

    # "Russian forces" names the forces' country; the town and its region say where it happened
    text = "Russian military forces shelled houses in Rubizhne, Luhansk, killing two civilians."
    candidates = _place_candidates(_sentences(text)[0], None, [])
    ordered = article_countries(text, candidates)
    assert sure_countries(text, ordered, candidates) == ["UA"]
    # a country named outright stays the article's country
    named = "Russian forces shelled Belgorod in Russia."
    assert sure_countries(named, article_countries(named), []) == ["RU"]


def test_money_named_for_a_country_is_no_country_of_the_article() -> None:
    from dateline.extract.api import article_countries

    text = "Rioters protesting the high US dollar exchange rate blocked roads in Sidon."
    assert "US" not in article_countries(text)


def test_unknown_village_is_kept_and_located_to_its_province_region() -> None:
    # "Soum" is a Burkina Faso province and also a small town in Senegal: as the region named
    # after a village it means the province; the village itself is unknown to the gazetteer.
    text = "On 18 March, militants attacked an army position in Zzadiguel (Zzadiguel, Soum)."
    place = named_place(text, _sentences(text))
    assert place is not None
    assert (place.name, place.country, place.admin1, place.precision) == (
        "Zzadiguel", "Burkina Faso", "Sahel", "admin1")
    assert place.latitude is None  # no coordinates invented
