"""A learned sentence scorer for date summaries: a linear model over cheap sentence features.

Why: hand-set weights for "is this sentence a good summary of its day" stopped improving ROUGE;
a ridge regression fitted to how much of the reference day summary each candidate covers
(unigram F1 against Timeline17's gold timelines) learns the trade-offs (position, length,
recaps written weeks later, numbers, quotations) from data. Trained by one command
(``benchmarks/tls_train.py``); the coefficients ship as ``sentence_model.json`` next to this file.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
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
)
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


def default_model() -> SentenceModel | None:
    """The shipped model, or None when it is missing or was fitted on other features."""
    if not _MODEL_PATH.exists():
        return None
    model = SentenceModel.from_json(json.loads(_MODEL_PATH.read_text(encoding="utf-8")))
    return model if model.features == FEATURES else None


def save(model: SentenceModel, path: Path = _MODEL_PATH) -> None:
    path.write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")


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
