"""The country models' scores of one text (``CountryModel.scores_of_one``, what ``country_model.guess`` reads) are
the scores of its joined feature row (``scores_of(featurize_names([text], for_scoring=True))``), bit for bit."""

from __future__ import annotations

import numpy as np
import pytest

from dateline.extract import country_model as cm
from dateline.extract import typing as tp

from .test_scoring_shortcuts import TEXTS, _acled_notes


def _joined_row_scores(model: cm.CountryModel, features: str) -> np.ndarray:
    """The longer way: the word and character rows joined into one, then scored."""
    return model.scores_of(cm.featurize_names([features], for_scoring=True))


def _features_of(notes: list[str]) -> list[str]:
    """What ``guess`` scores: a note's names, and its masked lower-cased words (the words model's)."""
    out = [" | Kamuchuma Police | ÉCOLE Tarvolo", "KENYA", "Kilgoris Boys School", "   "]
    for note in notes:
        masked = cm._masked(note)
        out += [cm.names_of(masked), masked.lower()]
    return out


def test_shipped_models_score_one_text_as_its_joined_row() -> None:
    notes = _acled_notes(500) + TEXTS
    models = [m for m in (cm.shipped_model(), cm.shipped_words_model()) if m is not None]
    if not models:
        pytest.skip("no shipped country model")
    for model in models:
        for features in _features_of(notes):
            one = model.scores_of_one(features)
            assert one.dtype == np.float32 and one.tobytes() == _joined_row_scores(model, features).tobytes(), features


@pytest.mark.parametrize("n_labels", [1, 2, 60])
def test_random_models_score_one_text_as_its_joined_row(n_labels: int) -> None:
    """Random weights (a fifth of them -0.0) over buckets the texts' word and character n-grams fall in, so that
    both rows' entries weigh, in an order that changes the float32 sums when it changes."""
    features = _features_of(_acled_notes(150) + TEXTS)
    hit = np.unique(np.concatenate([cm.featurize_names([f], for_scoring=True).indices for f in features]))
    rng = np.random.default_rng(5)
    columns = np.sort(rng.choice(hit, min(len(hit), 6000), replace=False)).astype(np.int32)
    assert (columns < tp.N_FEATURES).any() and (columns >= tp.N_FEATURES).any()  # word and character buckets
    weights = rng.normal(0, 1, (len(columns), n_labels)).astype(np.float32)
    weights[rng.random(weights.shape) < 0.2] = -0.0
    model = cm.CountryModel(tuple(f"c{i}" for i in range(n_labels)), columns, weights,
                            rng.normal(0, 1, n_labels).astype(np.float32))
    for text in features:
        assert model.scores_of_one(text).tobytes() == _joined_row_scores(model, text).tobytes(), text
