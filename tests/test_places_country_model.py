"""The learned country fallback (``extract.country_model``) and the place rules of session 3.

Texts are written for these tests; the small models fitted here learn from them only.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pytest

from dateline.extract import api, places
from dateline.extract import country_model as cm

# Two made-up countries' reports: their parties, forces and towns are the only cues.
_NORTH = ["Fighters of the Tarvolo Front attacked Kessendu", "The Tarvolo Front raided Ombrika village",
          "Supporters of the Unity Party of Ombrika marched in Kessendu", "Kessendu Police Reservists clashed"]
_SOUTH = ["Militiamen of the Zanbeth Guard shelled Pirrolan", "The Zanbeth Guard seized Quelmora",
          "Students of Pirrolan University marched in Quelmora", "Quelmora County Guards clashed"]


def _fixture_model() -> cm.CountryModel:
    texts = [f"{t} on day {i}." for i in range(7) for t in _NORTH + _SOUTH]
    isos = [iso for _ in range(7) for iso in ["KE"] * 4 + ["BF"] * 4]
    return cm.fit(texts, isos, c=5.0)


def test_names_of_keeps_names_and_drops_style_words() -> None:
    text = "On Saturday, students of Kakopather College marched. ODM youths blocked a road. Residents fled."
    names = cm.names_of(text)
    assert "Kakopather College" in names and "ODM" in names  # an acronym starting a sentence is a name
    assert "Saturday" not in names and "Residents" not in names and "On" not in names
    # country names, demonyms and capitals are masked before training and use
    assert "Kenya" not in cm.names_of(cm._masked("Kenya Police Reservists shot a Kenyan herder near Nairobi."))


def test_fitted_model_guesses_from_names_and_round_trips(tmp_path: Path) -> None:
    model = _fixture_model()
    assert set(model.labels) == {"KE", "BF"}
    north = cm.guess("A Tarvolo Front unit ambushed traders near Kessendu.", threshold=0.6, model=model)
    south = cm.guess("The Zanbeth Guard detained a trader in Quelmora.", threshold=0.6, model=model)
    assert north is not None and north.iso == "KE"
    assert south is not None and south.iso == "BF"
    # no name to go by: no guess, however sure the priors
    assert cm.guess("gunmen killed a herder and fled.", threshold=0.0, model=model) is None
    path = tmp_path / "m.npz"
    model.save(path)
    loaded = cm.CountryModel.load(path)
    text = ["Tarvolo Front fighters entered Ombrika."]
    assert loaded.probabilities(text) == pytest.approx(model.probabilities(text), abs=1e-2)


def test_a_country_from_the_model_only_when_the_text_names_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cm, "guess", lambda text, *a, **k: cm.CountryGuess("KE", 0.8))
    # nothing places the text: the guess is its country
    assert api.with_fallback_country("Raiders shot a herder near Lonyenkia.", [], []) == (["KE"], ["KE"])
    # place names point to several countries: the guess picks among them
    assert api.with_fallback_country("Youths rioted at Dallas estate in Embu.", ["US", "KE"], ["US"]) == (
        ["KE", "US"], ["KE"])
    # ... but does not overrule them unless it is very sure
    assert api.with_fallback_country("Police fired on traders in Inata.", ["JP"], ["JP"]) == (["JP"], ["JP"])
    monkeypatch.setattr(cm, "guess", lambda text, *a, **k: cm.CountryGuess("BF", cm.OVERRULE))
    assert api.with_fallback_country("Police fired on traders in Inata.", ["JP"], ["JP"]) == (["BF", "JP"], ["BF"])
    # a country named outright is never second-guessed
    assert api.with_fallback_country("Troops clashed with rebels in Ukraine.", ["UA"], ["UA"]) == (["UA"], ["UA"])


def test_run_path_places_an_unlocated_report_in_the_guessed_country(monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline.model import Article
    from dateline.pipeline import analyze_all

    monkeypatch.setattr(cm, "guess", lambda text, *a, **k: cm.CountryGuess("KE", 0.9))
    text = "Unknown gunmen shot dead a Tarvolo Front official on Monday."
    article = Article(id="cm1", text=text, published=date(2021, 3, 2), source="test", format="txt")
    [analysis] = list(analyze_all([article]))
    placed = [m.place for m in analysis.mentions if m.place is not None]
    assert placed and all(p.country == "Kenya" and p.precision == "country" for p in placed)
    assert all(p.latitude is None and p.admin1 is None for p in placed)  # country only, nothing invented


def test_shipped_model_reads_party_and_force_names() -> None:
    if cm.shipped_model() is None:
        pytest.skip("no shipped country model")
    guess = cm.guess("Jubo League and Chhatra Dal activists clashed over a tender at Sadar upazila.")
    assert guess is not None and guess.iso == "BD"


def test_town_named_before_a_facility_word() -> None:
    place = places.resolve_place("Isiolo Town", ["KE"], (), ["KE"])
    assert place is not None and (place.name, place.country, place.admin1) == ("Isiolo", "Kenya", "Isiolo")
    # roads and parks are named after other towns and people; and no sure country, no guess
    assert places.resolve_place("Mombasa Road", ["KE"], (), ["KE"]) is None
    assert places.resolve_place("Isiolo Town", [], (), []) is None


def test_admin1_units_whose_cities_moved_between_geonames_extracts() -> None:
    # joined by name within a quarter degree when coordinates differ (build_gazetteer.build_admin1)
    assert places.admin1_name("BF", "09") == "Hauts-Bassins"
    place = places.resolve_place("Bobo-Dioulasso", ["BF"], (), ["BF"])
    assert place is not None and place.admin1 == "Hauts-Bassins"
    assert places.admin1_name("KE", "15") == "Embu"


def test_regions_named_as_modifiers_point_to_their_one_country() -> None:
    assert places.countries_of_regions_named("The Haryana Roadways employees struck over pay.") == {"IN"}
    assert places.countries_of_regions_named("Hundreds of Kisumu youth blocked the highway.") == {"KE"}
    # a region name several countries have says nothing; nor does a word inside another name
    assert places.countries_of_regions_named("Members of the Punjab Traders Union marched.") == set()
    assert places.countries_of_regions_named("Supporters of the Party of National Unity rioted.") == set()
    # the whole path: a text that names no country and no place is placed by its region word
    assert api.with_fallback_country("The Haryana Roadways employees struck over pay.", [], []) == (["IN"], ["IN"])


def test_compass_part_of_a_unit_as_the_text_writes_it() -> None:
    # a text naming a part of a state ("Shan-North") reports that part; a unit named so is itself
    assert places.admin1_part("MM", "Shan-North state") == "Shan-North"
    assert places.admin1_part("BF", "Centre-Nord") is None
    place = places.resolve_place("Lashio", ["MM"], ("Lashio township", "Lashio District", "Shan-North"), ["MM"])
    assert place is not None and place.admin1 == "Shan-North"
    region = places.resolve_region("Bago-West region", ["MM"], ["MM"])
    assert region is not None and (region.country, region.admin1, region.latitude) == ("Myanmar", "Bago-West", None)


def test_a_sentence_may_open_on_its_place() -> None:
    from dateline.extract.api import named_place
    from dateline.model import Sentence

    text = "In Migori, demonstrators threw stones at police."
    place = named_place(text, [Sentence("a", 0, 0, len(text), text)])
    assert place is not None and (place.name, place.country, place.admin1) == ("Migori", "Kenya", "Migori")


def test_stop_words_read_without_importing_scikit_learn_match_its_list() -> None:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    from dateline.extract.country_model import _english_stop_words

    assert _english_stop_words() == frozenset(ENGLISH_STOP_WORDS)


def test_country_scores_from_rows_equal_the_matrix_scores() -> None:
    model = cm.shipped_model()
    names = [cm.names_of(cm._masked(t)) for t in (
        "JNIM militants attacked a gendarmerie post in Djibo.", "ODM supporters marched in Kisumu town.")]
    assert np.array_equal(model.scores_of(cm.featurize_names(names)),
                          model.scores_of(cm.featurize_names(names, for_scoring=True)))
