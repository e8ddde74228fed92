"""Session 21: on a small store, a day's dated lead (the day's happening and its toll) heads that day's summary.

The learned scorer's corroboration features read nothing when each day has one or two articles; the story below
(invented: five short articles over four days) had each day's opening sentence, which names the day and tells
what happened, ranked below undated background of the same articles ("Residents say food ... has been scarce").
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app

STORY = {
    "2025-03-04_north-wire_market-strike.txt": (
        " date 2025-03-04 On Tuesday, an air strike on a crowded market in the northern town of Korvash killed 23"
        " people, local officials said.\n\nThe town has been held by rebel fighters since the summer. Residents say"
        " food and medicine have been scarce for months. The government has repeatedly denied that its aircraft"
        " target civilians. Aid agencies have long called for a ceasefire in the region.\n\nWitnesses said the"
        " market was full of shoppers when the jets passed overhead. Several buildings around the square collapsed.\n"
    ),
    "2025-03-05_valley-post_toll-rises.txt": (
        " date 2025-03-05 Rescue workers in Korvash pulled more bodies from the rubble on Wednesday, raising the toll"
        " from the air strike on the town's market to 31, the regional health office said.\n\nThe war between the"
        " government and the rebels has lasted three years. Hospitals in the north are short of staff and fuel. Many"
        " families have fled to camps near the border.\n\nThe health office said dozens of wounded people were still"
        " being treated in makeshift clinics.\n"
    ),
    "2025-03-06_north-wire_pelen-shelling.txt": (
        " date 2025-03-06 Rebel fighters shelled an army base outside the government-held town of Pelen on Thursday,"
        " killing four soldiers, the defence ministry said.\n\nThe rebels have vowed to avenge every attack on the"
        " towns they hold. The base guards the main road to the capital. Both sides have been accused of abuses"
        " during the conflict.\n\nA rebel spokesman said the shelling was a response to the market strike.\n"
    ),
    "2025-03-07_valley-post_capital-protest.txt": (
        " date 2025-03-07 Thousands of people marched through the capital on Friday to protest against the air"
        " strikes, and police arrested at least 40 of them, organisers said.\n\nProtests are rare in the capital,"
        " where gatherings need a permit. The opposition has grown bolder in recent months. Government supporters"
        " held a smaller rally of their own.\n\nMarchers carried pictures of the victims and chanted for peace.\n"
    ),
    "2025-03-07_north-wire_protest-arrests.txt": (
        " date 2025-03-07 Police detained dozens of demonstrators in the capital on Friday as thousands took to the"
        " streets against the bombing of Korvash, witnesses said.\n\nThe interior ministry said the march had not"
        " been authorised. Rights groups have criticised the use of force against peaceful crowds. The government"
        " says the rebels use civilians as shields.\n\nSome protesters were beaten with batons before being pushed"
        " into vans.\n"
    ),
}

# what each day's first sentence should tell
LEADS = {
    "2025-03-04": ("an air strike on a crowded market",),
    "2025-03-05": ("rescue workers in korvash pulled more bodies",),
    "2025-03-06": ("rebel fighters shelled an army base",),
    "2025-03-07": ("thousands of people marched", "police detained dozens of demonstrators"),
}


@pytest.fixture(scope="module")
def timeline(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    folder = tmp_path_factory.mktemp("story")
    for name, text in STORY.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = Path(folder) / "story.db"
    runner = CliRunner()
    assert runner.invoke(app, ["run", str(folder), "--db", str(db), "--quiet"]).exit_code == 0
    result = runner.invoke(app, ["timeline", "--db", str(db), "--format", "json", "--no-background"])
    assert result.exit_code == 0, result.output
    return {entry["date"]: entry["summary"] for entry in json.loads(result.output)}


@pytest.mark.parametrize("day", sorted(LEADS))
def test_a_small_story_opens_each_day_with_its_dated_lead(timeline: dict[str, list[str]], day: str) -> None:
    assert timeline[day], day
    assert any(lead in timeline[day][0].lower() for lead in LEADS[day]), timeline[day]


def test_the_scorer_rises_with_its_monotone_features_all_else_equal() -> None:
    """Trees fitted with ``monotone`` never score a row lower for a higher value of such a feature, even where the
    labels dip (here: the top values of the rule weight, as the few rows there did on Timeline17)."""
    import numpy as np

    from dateline.timeline.learned import FEATURES, MONOTONE, fit_trees

    assert set(MONOTONE) <= set(FEATURES)
    rng = np.random.default_rng(0)
    x = rng.random((3000, len(FEATURES)))
    weight = x[:, FEATURES.index("heuristic_weight")]
    y = weight - 2.0 * (weight > 0.9) + 0.05 * rng.standard_normal(len(x))  # a dip at the top values
    free = fit_trees(x, y, min_leaf=20, early_stopping=False, trees=50)
    bound = fit_trees(x, y, min_leaf=20, early_stopping=False, trees=50, monotone={"heuristic_weight": 1})
    grid = np.tile(x[:1], (11, 1))
    grid[:, FEATURES.index("heuristic_weight")] = np.linspace(0, 1, 11)
    assert np.diff(free.score(grid)).min() < 0  # the dip, learned
    assert np.diff(bound.score(grid)).min() >= -1e-12
