"""The admin1 guess of a report whose country is known but whose place gave no unit (sentences invented)."""

from __future__ import annotations

import numpy as np

from dateline.eval.acled import PREDICTION_COLUMNS, guessed_admin1
from dateline.extract import region_model


def test_a_note_naming_a_market_of_a_coastal_city_is_guessed_in_its_county() -> None:
    unit, guessed = guessed_admin1("Traders at Kongowea market protested against the county askaris.", "Kenya")
    assert (unit, guessed) == ("Mombasa", True)


def test_a_note_with_no_name_gets_the_unit_where_the_country_s_events_mostly_are() -> None:
    assert guessed_admin1("riders went on strike over new fees.", "Kenya") == ("Nairobi", True)


def test_a_country_the_model_has_no_unit_of_gets_no_guess() -> None:
    assert guessed_admin1("Protesters gathered outside the assembly.", "Tuvalu") == ("", False)
    assert guessed_admin1("Protesters gathered outside the assembly.", "Atlantis") == ("", False)


def test_the_predictions_file_says_which_admin1_is_guessed() -> None:
    assert "admin1_guessed" in PREDICTION_COLUMNS


def test_fit_keeps_the_ranking_of_the_naive_bayes_scores() -> None:
    north = [f"Herders clashed near Lake Orvo over grazing land at Tesmi {i}." for i in range(25)]
    south = [f"Fishermen of Port Velant protested at the Karsu docks {i}." for i in range(25)]
    rare = ["A single note about Quirra."] * 3
    model = region_model.fit(north + south + rare, ["XX\tNorth"] * 25 + ["XX\tSouth"] * 25 + ["XX\tRare"] * 3)
    assert model.labels == ("XX\tNorth", "XX\tSouth")  # a unit with fewer than MIN_ROWS notes is no class
    from dateline.extract.country_model import names_of

    scores = model.scores_of_one(names_of("Fishermen blocked the Karsu docks at Port Velant."))[0]
    assert int(np.argmax(scores)) == 1
