"""The learned sentence scorer, next-day leads and the TF-IDF the timeline builder ranks with."""

from __future__ import annotations

import dataclasses
from datetime import date

import numpy as np
import pytest

from dateline.timeline import SentenceRules, TimelineOptions, build_from_corpus
from dateline.timeline.build import tfidf, training_rows
from dateline.timeline.corpus import ArticleInfo, Corpus, CorpusSentence
from dateline.timeline.learned import FEATURES, SentenceModel, default_model, fit, overlap_f1, unigrams

DAY = date(2031, 5, 6).toordinal()


def _corpus() -> Corpus:
    """Two articles: one names the 6th of May, the other is published the day after, undated."""
    articles = {
        "a": ArticleInfo("a", date(2031, 5, 9), "Flood report", None, None),
        "b": ArticleInfo("b", date(2031, 5, 7), "Dam report", None, None),
    }
    sentences = [
        CorpusSentence("a", 0, "Officials said on Tuesday the river dam at Kerel burst after heavy rain.",
                       date(2031, 5, 9).toordinal(), (DAY,), True),
        CorpusSentence("a", 1, "Relief teams reached the flooded villages near Kerel with boats and tents.",
                       date(2031, 5, 9).toordinal(), (), False),
        CorpusSentence("b", 0, "The dam above Kerel collapsed, flooding six villages and cutting the road.",
                       date(2031, 5, 7).toordinal(), (), False),
        CorpusSentence("b", 1, "Engineers had warned for years that the old dam walls were cracking badly.",
                       date(2031, 5, 7).toordinal(), (), False),
    ]
    return Corpus(articles, sentences)


def _options() -> TimelineOptions:
    return TimelineOptions(max_dates=1, sentences_per_date=2, start="2031-05-06", end="2031-05-06",
                           include_background=False, days_only=True)


def test_leads_published_the_day_after_summarise_the_day() -> None:
    without = build_from_corpus(_corpus(), _options(), rules=SentenceRules(next_day_leads=0.0, model=None))
    with_next = build_from_corpus(_corpus(), _options(), rules=SentenceRules(next_day_leads=0.3, model=None))
    assert [s.article_id for s in without[0].summary] == ["a"]
    assert {s.article_id for s in with_next[0].summary} == {"a", "b"}


def test_model_scores_are_standardised_linear_and_round_trip() -> None:
    model = SentenceModel(tuple([1.0] * len(FEATURES)), tuple([2.0] * len(FEATURES)),
                          tuple([1.0] + [0.0] * (len(FEATURES) - 1)), 0.5)
    row = np.full((1, len(FEATURES)), 1.0)
    row[0, 0] = 5.0
    assert model.score(row)[0] == pytest.approx(2.5)  # (5 - 1) / 2 * 1 + 0.5
    assert SentenceModel.from_json(model.to_json()) == model


def test_the_learned_model_decides_which_sentence_is_chosen() -> None:
    # a model that only likes late sentences picks the second sentence of b (a lead of the next day)
    weights = [0.0] * len(FEATURES)
    weights[FEATURES.index("log_index")] = 1.0
    late = SentenceModel(tuple([0.0] * len(FEATURES)), tuple([1.0] * len(FEATURES)), tuple(weights), 0.0)
    opts = dataclasses.replace(_options(), sentences_per_date=1)
    entries = build_from_corpus(_corpus(), opts, rules=SentenceRules(model=late, lead_sentences=5))
    assert entries[0].summary[0].text.startswith("Engineers had warned")
    weights[FEATURES.index("log_index")] = -1.0
    early = dataclasses.replace(late, coef=tuple(weights))
    entries = build_from_corpus(_corpus(), opts, rules=SentenceRules(model=early, lead_sentences=5))
    assert entries[0].summary[0].text.split()[0] in ("Officials", "The")


def test_training_rows_label_candidates_by_overlap_with_the_gold_day() -> None:
    gold = {DAY: ["The Kerel dam collapses and floods six villages ."]}
    x, y = training_rows(_corpus(), _options(), gold, rules=SentenceRules(next_day_leads=0.3))
    assert x.shape == (len(y), len(FEATURES)) and len(y) >= 2
    texts = [s.text for s in _corpus().sentences]
    best = max(texts, key=lambda t: overlap_f1(unigrams(t, frozenset()), unigrams(gold[DAY][0], frozenset())))
    assert best.startswith("The dam above Kerel")
    assert y.max() > 0 and y.min() >= 0
    model = fit(x, y)
    assert len(model.coef) == len(FEATURES)


def test_shipped_model_matches_the_features() -> None:
    model = default_model()
    assert model is not None and model.features == FEATURES
    assert SentenceRules().model == model


def test_tfidf_rows_are_unit_length_and_ignore_stop_words() -> None:
    m = tfidf(["The dam burst at Kerel.", "the of and", "Dam dam dam engineers"])
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    assert norms[0] == pytest.approx(1.0) and norms[2] == pytest.approx(1.0)
    assert norms[1] == 0.0
    assert (m[0] @ m[2].T).toarray()[0, 0] > 0  # "dam" shared, case folded


def test_tfidf_matches_scikit_learn_weighting() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    from dateline.timeline.build import _STOP, _TOKEN

    texts = ["Rebels took the port of Talan on Monday.", "The port reopened; rebels left the port.",
             "Aid convoys reached Talan.", "of the and"]
    ours = tfidf(texts)
    ref = TfidfVectorizer(token_pattern=_TOKEN.pattern, stop_words=sorted(_STOP), sublinear_tf=True)
    theirs = ref.fit_transform(texts)
    assert ours.shape == theirs.shape
    assert np.allclose((ours @ ours.T).toarray(), (theirs @ theirs.T).toarray())
