"""The learned sentence scorer, next-day leads and the TF-IDF the timeline builder ranks with."""

from __future__ import annotations

import dataclasses
from datetime import date

import numpy as np
import pytest

from dateline.timeline import SentenceRules, TimelineOptions, build_from_corpus
from dateline.timeline.build import _SentencePicker, tfidf, training_rows
from dateline.timeline.corpus import ArticleInfo, Corpus, CorpusSentence
from dateline.timeline.learned import (
    FEATURES,
    SentenceModel,
    TreeEnsemble,
    average,
    default_model,
    fit,
    fit_trees,
    overlap_f1,
    unigrams,
)

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


def test_tree_ensemble_routes_rows_to_their_leaves() -> None:
    # one tree: x0 <= 1 ? (x1 <= 0 ? 10 : 20) : 30, padded to depth 2 (the right leaf points to itself)
    tree = TreeEnsemble(
        feature=np.array([[0, 1, 0, 0, 0]]), threshold=np.array([[1.0, 0.0, 0.0, 0.0, 0.0]]),
        left=np.array([[1, 3, 2, 3, 4]]), right=np.array([[2, 4, 2, 3, 4]]),
        value=np.array([[0.0, 0.0, 30.0, 10.0, 20.0]]), depth=2, baseline=1.0, features=("a", "b"))
    x = np.array([[0.5, -1.0], [0.5, 2.0], [3.0, -1.0], [1.0, 0.0]])
    assert tree.score(x).tolist() == [11.0, 21.0, 31.0, 11.0]
    again = TreeEnsemble.from_json(tree.to_json())
    assert again.score(x).tolist() == [11.0, 21.0, 31.0, 11.0] and again.features == ("a", "b")


def test_fitted_trees_learn_an_interaction_a_linear_model_cannot() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(4000, 3))
    y = np.where((x[:, 0] > 0) == (x[:, 1] > 0), 1.0, 0.0)  # both signs agree: a good sentence
    trees = fit_trees(x, y, min_leaf=20)
    linear = fit(x, y)
    test = rng.normal(size=(1000, 3))
    truth = np.where((test[:, 0] > 0) == (test[:, 1] > 0), 1.0, 0.0)
    assert np.corrcoef(trees.score(test), truth)[0, 1] > 0.8
    assert abs(np.corrcoef(linear.score(test), truth)[0, 1]) < 0.2
    assert np.allclose(TreeEnsemble.from_json(trees.to_json()).score(test), trees.score(test), atol=1e-5)


def test_averaged_fits_score_the_mean_of_their_members() -> None:
    rng = np.random.default_rng(3)
    x = rng.normal(size=(1500, 3))
    y = 2 * x[:, 0] + np.sin(3 * x[:, 1])
    # different early-stopping splits, and a shallower member, so the trees differ in number and width
    members = [fit_trees(x, y, min_leaf=20, trees=40, seed=s) for s in (0, 1)] + [
        fit_trees(x, y, min_leaf=20, trees=30, depth=2)]
    mean = average(members)
    test = rng.normal(size=(200, 3))
    assert mean.feature.shape[0] == sum(m.feature.shape[0] for m in members)
    assert np.allclose(mean.score(test), np.mean([m.score(test) for m in members], axis=0))
    assert not np.allclose(members[0].score(test), members[2].score(test))


def test_a_date_does_not_repeat_what_an_earlier_date_said() -> None:
    may6, may7 = date(2031, 5, 6).toordinal(), date(2031, 5, 7).toordinal()
    published = date(2031, 5, 9).toordinal()
    articles = {a: ArticleInfo(a, date(2031, 5, 9), None, None, None) for a in ("a", "b")}
    corpus = Corpus(articles, [
        CorpusSentence("a", 0, "The river dam at Kerel burst after heavy rain, flooding six villages on Tuesday.",
                       published, (may6,), True),
        CorpusSentence("b", 0, "The river dam at Kerel burst after heavy rain on Tuesday, flooding six villages "
                       "in the valley.", published, (may7,), True),
        CorpusSentence("b", 1, "Relief teams reached the flooded villages on Wednesday.", published, (may7,), True),
    ])
    weights = [0.0] * len(FEATURES)
    weights[FEATURES.index("log_words")] = 1.0  # the longer sentence wins within a day
    longer = SentenceModel(tuple([0.0] * len(FEATURES)), tuple([1.0] * len(FEATURES)), tuple(weights), 0.0)
    opts = TimelineOptions(max_dates=2, sentences_per_date=1, start="2031-05-06", end="2031-05-07",
                           include_background=False, days_only=True)
    repeating = build_from_corpus(corpus, opts, rules=SentenceRules(model=longer, timeline_redundancy=None))
    assert repeating[1].summary[0].text.endswith("in the valley.")
    entries = build_from_corpus(corpus, opts, rules=SentenceRules(model=longer))
    assert [t.date for t in entries] == ["2031-05-06", "2031-05-07"]
    assert entries[1].summary[0].text.startswith("Relief teams")


def test_support_columns_count_other_articles_that_tell_the_same_fact() -> None:
    from dateline.timeline.build import SUPPORT_COSINE, _support_columns

    texts = [
        "Rebels shelled the port of Varna overnight, killing four dockworkers.",  # article 0
        "Four dockworkers died when rebels shelled the port of Varna overnight.",  # article 1: same fact
        "The port of Varna was shelled by rebels overnight and four dockworkers were killed.",  # article 2
        "Rebels shelled the port of Varna overnight, killing four dockworkers, witnesses added.",  # article 0 again
        "The central bank left its interest rate unchanged.",  # article 3: another matter
    ]
    articles = np.array([0, 1, 2, 0, 3])
    vecs = tfidf(texts)
    best, log_supporting, log_candidates = _support_columns(vecs, articles)
    assert np.allclose(log_candidates, np.log1p(5))
    supporting = np.expm1(log_supporting).round().astype(int)
    assert supporting[0] == 2 and supporting[1] >= 1 and supporting[4] == 0
    # a sentence's own article never supports it: row 3 nearly repeats row 0 (same article), which does not count
    def cosine(i: int, j: int) -> float:
        return (vecs[i] @ vecs[j].T).toarray().item()

    assert best[3] == pytest.approx(max(cosine(3, j) for j in (1, 2, 4))) and best[3] < cosine(3, 0)
    assert best[0] == pytest.approx(max(cosine(0, j) for j in (1, 2, 4)))
    assert best[4] <= SUPPORT_COSINE


def test_a_lead_telling_a_time_of_another_day_does_not_stand_for_the_day_before() -> None:
    may6, may7 = date(2031, 5, 6).toordinal(), date(2031, 5, 7).toordinal()
    articles = {"a": ArticleInfo("a", date(2031, 5, 7), None, None, None)}
    # undated leads of the paper of 7 May are candidates of 6 May too (next-day leads), unless a time of day in them
    # ("on Wednesday morning", a TIME expression) falls on 7 May
    timed = CorpusSentence("a", 0, "New shelling hit the river port on Wednesday morning, the harbour master said.",
                           may7, (), False, (may7,))
    plain = CorpusSentence("a", 1, "The harbour master said the port would stay closed to ferries.", may7, (), False)
    corpus = Corpus(articles, [timed, plain])
    rules = SentenceRules(model=None, next_day_leads=1.0)
    picker = _SentencePicker(corpus.sentences, corpus, rules, [])
    assert [t.text for t in picker.pick(may6, 2, [])] == [plain.text]
    picker = _SentencePicker(corpus.sentences, corpus, rules, [])
    assert "New shelling hit the river port, the harbour master said." in [t.text for t in picker.pick(may7, 2, [])]
    # a day phrase is cut only under the day it names
    assert picker._cite(timed, may6).text == timed.text
    assert picker._cite(timed, may7).text == "New shelling hit the river port, the harbour master said."


def test_a_lead_recalling_an_earlier_period_stands_for_no_day() -> None:
    may7 = date(2031, 5, 7).toordinal()
    articles = {"a": ArticleInfo("a", date(2031, 5, 7), None, None, None)}
    # the paper recalls how the previous round ended: background, not the news of its day
    recalled = CorpusSentence("a", 1, "The previous round of fighting over the valley ended in a truce brokered by Oslo.",
                              may7, (), False)
    news = CorpusSentence("a", 0, "Shelling resumed along the valley and three farmers were wounded.", may7, (), False)
    named = CorpusSentence("a", 2, "The last round of talks on 7 May broke down within an hour.", may7, (may7,), True)
    corpus = Corpus(articles, [news, recalled, named])
    picker = _SentencePicker(corpus.sentences, corpus, SentenceRules(model=None), [])
    picked = [t.text for t in picker.pick(may7, 3, [])]
    assert news.text in picked and recalled.text not in picked
    # a sentence that names the day itself is dated by its words, whatever its subject
    assert any(t.startswith("The last round of talks") for t in picked)
