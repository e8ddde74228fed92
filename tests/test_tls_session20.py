"""Session 20: training labels and a listwise refinement that compare a day's candidates with one another
(``benchmarks/tls_train.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from tls_train import fit_bag, refine_within_days, stack, within_day_label  # noqa: E402

from dateline.timeline.learned import FEATURES  # noqa: E402


def test_within_day_label_adds_each_candidates_standing_in_its_day() -> None:
    y = np.array([0.1, 0.3, 0.2, 0.5, 0.5, 0.0])
    days = np.array([7, 7, 7, 9, 9, 9])
    assert np.array_equal(within_day_label(y, days), y)
    ranked = within_day_label(y, days, "rank", 1.0) - y
    assert ranked[:3] == pytest.approx([0.0, 1.0, 0.5])
    assert ranked[3:] == pytest.approx([0.75, 0.75, 0.0])  # the two best share
    top = within_day_label(y, days, "top", 1.0) - y
    assert top.tolist() == [0.0, 1.0, 0.0, 1.0, 1.0, 0.0]


def test_stack_numbers_each_timelines_days_apart() -> None:
    x = np.zeros((3, len(FEATURES)))
    found = [(Path("a.txt"), x, np.zeros(3), np.array([5, 5, 8])), (Path("b.txt"), x, np.zeros(3), np.array([5, 6, 6]))]
    _, _, w, groups = stack(found)
    assert groups.tolist() == [0, 0, 1, 2, 3, 3]
    assert w.sum() == pytest.approx(2.0)


def test_listwise_refinement_orders_a_days_candidates_better() -> None:
    """Days differ in how easy they are (feature 0 says so) and, within a day, feature 1 tells the best candidate
    by a small margin: trees fitted to the labels spend themselves on the days; the refinement learns the order."""
    rng = np.random.default_rng(3)
    n_days, per_day = 400, 12
    groups = np.repeat(np.arange(n_days), per_day)
    ease = rng.normal(size=n_days)[groups]
    x = rng.normal(size=(n_days * per_day, len(FEATURES)))
    x[:, 0] = ease + 0.1 * rng.normal(size=len(groups))
    y = 0.3 * ease + 0.03 * x[:, 1] + 0.01 * rng.normal(size=len(groups))
    w = np.ones(len(y))
    base = fit_bag(x, y, w, [0], min_leaf=40)
    refined = refine_within_days(base, x, y, w, groups, rounds=20, min_leaf=40)

    def regret(score: np.ndarray) -> float:  # the day's best label minus the label of the candidate ranked first
        return float(np.mean([y[groups == d].max() - y[groups == d][np.argmax(score[groups == d])]
                              for d in range(n_days)]))

    assert regret(refined.score(x)) < regret(base.score(x))
    # the level that ranks the dates stays the base model's
    assert np.corrcoef(refined.score(x), base.score(x))[0, 1] > 0.95
