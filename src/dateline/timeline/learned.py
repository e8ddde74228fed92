"""A learned sentence scorer for date summaries over cheap sentence features.

Why: hand-set weights for "is this sentence a good summary of its day" stopped improving ROUGE;
a model fitted to how much of the reference day summary each candidate covers (unigram + bigram
F1 against Timeline17's gold timelines) learns the trade-offs (position, length, recaps written
weeks later, numbers, quotations) from data. Two forms: a ridge regression (``SentenceModel``) and
small gradient-boosted trees (``TreeEnsemble``, the shipped one: the features interact, e.g. length
matters differently for a recap than for a lead). Trained by one command (``benchmarks/tls_train.py``);
the model ships as ``sentence_model.json`` next to this file and is scored with numpy only.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

FEATURES: tuple[str, ...] = (
    "day_similarity",  # cosine to the day's candidate centroid
    "topic_similarity",  # cosine to the whole collection's centroid
    "heuristic_weight",  # the rule-based candidate weight (naming the day, lead, position)
    "names_day",  # the sentence names the day
    "same_day_lead",  # undated lead of an article published that day
    "next_day_lead",  # undated lead of an article published the day after
    "log_gap",  # log(1 + days between the day and the publication), when it names the day
    "log_index",  # log(1 + sentence index in its article)
    "log_words",
    "quoted",  # quotation marks or first person
    "has_number",
    "names_keyword",
    "log_days_named",  # log(1 + number of distinct days the sentence names)
    "capitalised_share",  # share of words (after the first) that are capitalised: names, places
    "event_evidence",  # the sentence is the evidence of an extracted event of that day
    "length_deviation",  # (log words - log 20)^2: very short and very long sentences both miss
    "namer_similarity",  # cosine to the centroid of the sentences that name the day
    "rule_score",  # the rule-based score (SentenceRules weights), as a prior
    "other_article_similarity",  # cosine to the closest candidate of another article (the fact corroborated)
    "log_supporting_articles",  # log(1 + other articles holding a candidate close to it)
    "log_candidates",  # log(1 + the day's number of candidates)
)
# Features the score may only rise (+1) or fall (-1) with, all else equal, as the labels do on Timeline17: the
# rule-based weight and score (naming the day, a lead, the evidence of an event), closeness to the day's candidates
# and to the sentences naming it, being an event's evidence, and (falling) the place in the article. Left free,
# the trees learned dips where rows are few (the top rule weights, the first sentence), which on a small store
# ranked a day's dated lead ("On Tuesday, an air strike ... killed 23") below undated background of its article.
MONOTONE: dict[str, int] = {"heuristic_weight": 1, "rule_score": 1, "day_similarity": 1, "namer_similarity": 1,
                            "log_index": -1, "event_evidence": 1}
_MODEL_PATH = Path(__file__).with_name("sentence_model.json")
_TOKEN = re.compile(r"[a-z0-9][a-z0-9\-]*")
_PTB = {"-lrb-", "-rrb-", "-lsb-", "-rsb-", "``", "''", "--"}


@dataclass(frozen=True, slots=True)
class SentenceModel:
    """Standardised linear model: score = ((x - mean) / scale) . coef + intercept."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    features: tuple[str, ...] = FEATURES

    def score(self, x: np.ndarray) -> np.ndarray:
        z = (x - np.asarray(self.mean)) / np.asarray(self.scale)
        return z @ np.asarray(self.coef) + self.intercept

    def to_json(self) -> dict:
        return {"features": list(self.features), "mean": list(self.mean), "scale": list(self.scale),
                "coef": list(self.coef), "intercept": self.intercept}

    @classmethod
    def from_json(cls, data: dict) -> SentenceModel:
        return cls(tuple(data["mean"]), tuple(data["scale"]), tuple(data["coef"]), float(data["intercept"]),
                   tuple(data["features"]))


def fit(x: np.ndarray, y: np.ndarray, alpha: float = 1.0, sample_weight: np.ndarray | None = None,
        ) -> SentenceModel:
    """Ridge regression of the labels on standardised features (rows optionally weighted)."""
    from sklearn.linear_model import Ridge

    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    reg = Ridge(alpha=alpha).fit((x - mean) / scale, y, sample_weight=sample_weight)
    return SentenceModel(tuple(float(v) for v in mean), tuple(float(v) for v in scale),
                         tuple(float(v) for v in reg.coef_), float(reg.intercept_))


@dataclass(frozen=True, eq=False)
class TreeEnsemble:
    """Regression trees summed: score = baseline + sum over trees of the leaf a row falls in.

    Trees are stored as padded node arrays (trees x nodes); a row goes left when its feature value is
    <= the node's threshold; a leaf points to itself, so ``depth`` steps reach every leaf.
    """

    feature: np.ndarray  # int, (trees, nodes)
    threshold: np.ndarray  # float
    left: np.ndarray  # int
    right: np.ndarray  # int
    value: np.ndarray  # float, leaf values (shrinkage included)
    depth: int
    baseline: float
    features: tuple[str, ...] = FEATURES

    def score(self, x: np.ndarray) -> np.ndarray:
        n, trees = len(x), np.arange(self.feature.shape[0])
        node = np.zeros((n, len(trees)), dtype=np.int64)
        rows = np.arange(n)[:, None]
        for _ in range(self.depth):
            go_left = x[rows, self.feature[trees, node]] <= self.threshold[trees, node]
            node = np.where(go_left, self.left[trees, node], self.right[trees, node])
        return self.baseline + self.value[trees, node].sum(axis=1)

    def to_json(self) -> dict:
        return {"kind": "trees", "features": list(self.features), "depth": self.depth, "baseline": self.baseline,
                "feature": self.feature.tolist(), "threshold": self.threshold.tolist(),
                "left": self.left.tolist(), "right": self.right.tolist(), "value": self.value.tolist()}

    @classmethod
    def from_json(cls, data: dict) -> TreeEnsemble:
        return cls(np.asarray(data["feature"], dtype=np.int64), np.asarray(data["threshold"], dtype=float),
                   np.asarray(data["left"], dtype=np.int64), np.asarray(data["right"], dtype=np.int64),
                   np.asarray(data["value"], dtype=float), int(data["depth"]), float(data["baseline"]),
                   tuple(data["features"]))


def fit_trees(x: np.ndarray, y: np.ndarray, sample_weight: np.ndarray | None = None, *, trees: int = 200,
              depth: int = 4, learning_rate: float = 0.05, min_leaf: int = 200,
              early_stopping: bool = True, seed: int = 0,
              monotone: dict[str, int] | None = None) -> TreeEnsemble:
    """Gradient-boosted trees (scikit-learn's histogram GBM, fixed seed) exported to node arrays.

    With ``early_stopping`` at most ``trees`` are grown, stopping when the loss on a held-back 10 % of
    the rows has not improved for 10 rounds: more trees fit the training topics' quirks. ``seed`` picks
    that held-back share (the shipped model uses 0; other seeds show how much a change owes to it).
    ``monotone`` (feature name -> +1 or -1) keeps the score rising (falling) with those features, all else equal.
    """
    from sklearn.ensemble import HistGradientBoostingRegressor

    cst = [int((monotone or {}).get(name, 0)) for name in FEATURES] if monotone else None
    gbm = HistGradientBoostingRegressor(max_iter=trees, max_depth=depth, learning_rate=learning_rate,
                                        min_samples_leaf=min_leaf, early_stopping=early_stopping,
                                        validation_fraction=0.1, n_iter_no_change=10, random_state=seed,
                                        monotonic_cst=cst)
    gbm.fit(x, y, sample_weight=sample_weight)
    grown = [p[0].nodes for p in gbm._predictors]
    width = max(len(t) for t in grown)
    shape = (len(grown), width)
    feature, left, right = np.zeros(shape, np.int64), np.zeros(shape, np.int64), np.zeros(shape, np.int64)
    threshold, value = np.zeros(shape), np.zeros(shape)
    for t, nodes in enumerate(grown):
        own = np.arange(width)
        leaf = np.ones(width, dtype=bool)
        leaf[: len(nodes)] = nodes["is_leaf"].astype(bool)
        feature[t, : len(nodes)] = np.where(leaf[: len(nodes)], 0, nodes["feature_idx"])
        threshold[t, : len(nodes)] = np.where(leaf[: len(nodes)], 0.0, nodes["num_threshold"])
        left[t] = own
        right[t] = own
        left[t, : len(nodes)] = np.where(leaf[: len(nodes)], own[: len(nodes)], nodes["left"])
        right[t, : len(nodes)] = np.where(leaf[: len(nodes)], own[: len(nodes)], nodes["right"])
        value[t, : len(nodes)] = np.where(leaf[: len(nodes)], nodes["value"], 0.0)
    baseline = float(np.ravel(gbm._baseline_prediction)[0])
    return TreeEnsemble(feature, threshold, left, right, value, depth, baseline)


def average(models: list[TreeEnsemble]) -> TreeEnsemble:
    """One ensemble scoring the mean of several: every tree kept, its leaves divided by their number.

    Why: fits that differ only in the early-stopping split (``seed``) move the timeline scores by as
    much as most changes worth testing; their mean is steadier than any one of them.
    """
    width = max(m.feature.shape[1] for m in models)

    def stacked(field: str) -> np.ndarray:
        parts = []
        for m in models:
            part = getattr(m, field)
            pad = width - part.shape[1]
            if field in ("left", "right"):  # padded nodes are leaves pointing to themselves, as in fit_trees
                extra = np.tile(np.arange(part.shape[1], width), (part.shape[0], 1))
            else:
                extra = np.zeros((part.shape[0], pad), dtype=part.dtype)
            parts.append(np.hstack([part, extra]))
        return np.vstack(parts)

    n = len(models)
    return TreeEnsemble(stacked("feature"), stacked("threshold"), stacked("left"), stacked("right"),
                        stacked("value") / n, max(m.depth for m in models),
                        float(np.mean([m.baseline for m in models])), models[0].features)


@lru_cache(maxsize=1)
def default_model() -> SentenceModel | TreeEnsemble | None:
    """The shipped model (read once), or None when it is missing or was fitted on other features."""
    if not _MODEL_PATH.exists():
        return None
    data = json.loads(_MODEL_PATH.read_text(encoding="utf-8"))
    model = TreeEnsemble.from_json(data) if data.get("kind") == "trees" else SentenceModel.from_json(data)
    return model if model.features == FEATURES else None


def save(model: SentenceModel | TreeEnsemble, path: Path = _MODEL_PATH) -> None:
    # trees on one line each field (thousands of numbers), the linear model readable
    indent = 1 if isinstance(model, SentenceModel) else None
    path.write_text(json.dumps(model.to_json(), indent=indent) + "\n", encoding="utf-8")


def unigrams(text: str, stop: frozenset[str]) -> Counter[str]:
    return Counter(w for w in _TOKEN.findall(text.lower()) if w not in stop and w not in _PTB)


def bigrams(text: str) -> Counter[tuple[str, str]]:
    words = [w for w in _TOKEN.findall(text.lower()) if w not in _PTB]
    return Counter(zip(words, words[1:], strict=False))


def overlap_f1(candidate: Counter, reference: Counter) -> float:
    """Unigram F1 of a candidate sentence against a reference day summary (clipped counts)."""
    hit = sum((candidate & reference).values())
    if not hit:
        return 0.0
    p, r = hit / sum(candidate.values()), hit / sum(reference.values())
    return 2 * p * r / (p + r)
