"""Fit the learned sentence scorer of the timeline builder on Timeline17-layout folders.

    .venv/bin/python benchmarks/tls_train.py ../shared/data/tls/t17/Timeline17 --stores /tmp/tls_light
    # leave topics out (for leave-one-topic-out validation) and write elsewhere:
    .venv/bin/python benchmarks/tls_train.py T17DIR --stores DIR --exclude H1N1_bbc --out /tmp/m.json

For every reference timeline, the candidate sentences of each gold day (as the builder collects
them, standard TLS setup) become feature rows labelled with their unigram F1 against that day's
gold summary; gradient-boosted trees (``--model trees``, the default: up to 200 trees of depth 4, learning
rate 0.05, at least 200 rows a leaf; five fits whose early-stopping splits differ, averaged) or a ridge regression (``--model ridge``) are fitted
over all rows, each reference timeline weighing the same (so the largest topic does not set the model). Writes
``src/dateline/timeline/sentence_model.json`` by default. Stores are built by ``dateline eval tls``
(full) or ``benchmarks/tls_light_stores.py`` (time-tagged).
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np

from dateline.eval import tls
from dateline.store import Store
from dateline.timeline import load
from dateline.timeline.build import training_day_rows
from dateline.timeline.corpus import Corpus
from dateline.timeline.learned import _MODEL_PATH, TreeEnsemble, average, fit, fit_trees, save

LABELS = ("f1", "rank", "top")


def reference_rows(topic: Path, corpus: Corpus, label: str = "f1", label_weight: float = 0.0,
                   ) -> list[tuple[Path, np.ndarray, np.ndarray, np.ndarray]]:
    """For each reference timeline of ``topic``: its path, the feature rows of its gold days' candidates, their labels
    (``within_day_label``) and their days."""
    out = []
    for ref_path in sorted((topic / "timelines").glob("*.txt")):
        ref = tls.read_timeline(ref_path)
        if not ref.days:
            continue
        gold = {date.toordinal(d): lines for d, lines in ref.days.items()}
        x, y, days = training_day_rows(corpus, tls.timeline_options(ref, tls.topic_keywords(topic)), gold)
        out.append((ref_path, x, within_day_label(y, days, label, label_weight), days))
    return out


def within_day_label(y: np.ndarray, days: np.ndarray, label: str = "f1", weight: float = 0.0) -> np.ndarray:
    """The overlap label ``y`` plus ``weight`` x how the candidate stands among its own day's candidates.

    Why: the overlap label mixes two things, how good a day's gold is to match (easy and hard days) and which of
    the day's candidates matches it best; the timeline needs the second for its picks. ``rank``: the candidate's
    rank among its day's, 0 (worst) to 1 (best), ties sharing; ``top``: 1 for the day's best (label above 0).
    ``f1``: ``y`` unchanged. The absolute label stays in, for it also ranks the dates (content reranking).
    """
    if label == "f1" or not weight or not len(y):
        return y
    standing = np.zeros(len(y))
    for day in np.unique(days):
        rows = np.flatnonzero(days == day)
        own = y[rows]
        if label == "rank":
            below = (own[None, :] < own[:, None]).sum(axis=1) + 0.5 * ((own[None, :] == own[:, None]).sum(axis=1) - 1)
            standing[rows] = below / max(1, len(rows) - 1) if len(rows) > 1 else 0.5
        elif label == "top":
            standing[rows] = (own == own.max()) & (own > 0)
        else:
            raise ValueError(f"unknown label {label!r}")
    return y + weight * standing


def topic_rows(topic: Path, store_path: Path, label: str = "f1", label_weight: float = 0.0,
               ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Rows, labels, row weights (each reference timeline weighs the same in total) and competing groups."""
    with Store(store_path) as store:
        corpus = load(store)
    found = reference_rows(topic, corpus, label, label_weight)
    return stack(found)


def stack(found: list[tuple[Path, np.ndarray, np.ndarray, np.ndarray]],
          ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Rows, labels and weights of several reference timelines, each timeline's rows weighing 1 in total, and each
    row's group (one number per timeline and day: the candidates that compete for that day's summary)."""
    xs = [f[1] for f in found]
    ys = [f[2] for f in found]
    ws = [np.full(len(y), 1.0 / max(1, len(y))) for y in ys]
    groups, offset = [], 0
    for f in found:
        days = np.unique(f[3], return_inverse=True)[1] if len(f[3]) else np.zeros(0, dtype=np.int64)
        groups.append(days + offset)
        offset += int(days.max()) + 1 if len(days) else 0
    return np.vstack(xs), np.concatenate(ys), np.concatenate(ws), np.concatenate(groups)


def fit_bag(x: np.ndarray, y: np.ndarray, w: np.ndarray, seeds: list[int], min_leaf: int = 200) -> TreeEnsemble:
    """The shipped form of the scorer: trees fitted once per early-stopping seed, averaged (weights scaled to mean 1)."""
    w = w / w.mean()
    return average([fit_trees(x, y, w, seed=seed, min_leaf=min_leaf) for seed in seeds])


def refine_within_days(base: TreeEnsemble, x: np.ndarray, y: np.ndarray, w: np.ndarray, groups: np.ndarray, *,
                       rounds: int = 50, temperature: float = 0.05, step: float = 0.5, depth: int = 4,
                       min_leaf: int = 200) -> TreeEnsemble:
    """``base`` plus trees fitted to a listwise objective: within each group (a gold day), the softmax of the scores
    should match the softmax of the labels (ListNet's top-one cross entropy, ``temperature`` in label units).

    Why: the overlap label also says how easy a day's gold is to match; a day's picks need only the order of its own
    candidates, and this loss sees nothing else. ``base`` keeps the absolute level, which ranks the dates.
    """
    from sklearn.tree import DecisionTreeRegressor

    order = np.argsort(groups, kind="stable")
    x, y, w, groups = x[order], y[order], w[order] / w.mean(), groups[order]
    starts = np.flatnonzero(np.r_[True, groups[1:] != groups[:-1]])

    def softmax(v: np.ndarray) -> np.ndarray:
        z = np.exp(v - np.repeat(np.maximum.reduceat(v, starts), np.diff(np.r_[starts, len(v)])))
        return z / np.repeat(np.add.reduceat(z, starts), np.diff(np.r_[starts, len(v)]))

    target = softmax(y / temperature)
    f = base.score(x)
    added: list[TreeEnsemble] = []
    for _ in range(rounds):
        p = softmax(f / temperature)
        residual = target - p
        tree = DecisionTreeRegressor(max_depth=depth, min_samples_leaf=min_leaf).fit(x, residual, sample_weight=w)
        leaf = tree.apply(x)
        # Newton step per leaf, in score units: sum w (t - p) / sum w p (1 - p), times the temperature
        num = np.bincount(leaf, weights=w * residual, minlength=tree.tree_.node_count)
        den = np.bincount(leaf, weights=w * p * (1 - p), minlength=tree.tree_.node_count)
        value = step * temperature * np.divide(num, den, out=np.zeros_like(num), where=den > 1e-12)
        added.append(_exported(tree, value))
        f = f + value[leaf]
    return _summed([base, *added])


def _exported(tree, value: np.ndarray) -> TreeEnsemble:
    """One scikit-learn regression tree with the given leaf values, as a one-tree ``TreeEnsemble``."""
    t = tree.tree_
    own = np.arange(t.node_count)
    leaf = t.children_left < 0
    return TreeEnsemble(np.where(leaf, 0, t.feature)[None, :].astype(np.int64),
                        np.where(leaf, 0.0, t.threshold)[None, :],
                        np.where(leaf, own, t.children_left)[None, :].astype(np.int64),
                        np.where(leaf, own, t.children_right)[None, :].astype(np.int64),
                        np.where(leaf, value, 0.0)[None, :], int(t.max_depth), 0.0)


def _summed(models: list[TreeEnsemble]) -> TreeEnsemble:
    """One ensemble scoring the sum of several (``average`` scaled back by their number)."""
    mean = average(models)
    n = len(models)
    return replace(mean, value=mean.value * n, baseline=mean.baseline * n)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("directory", type=Path)
    parser.add_argument("--stores", type=Path, required=True)
    parser.add_argument("--exclude", nargs="*", default=[])
    parser.add_argument("--model", choices=("trees", "ridge"), default="trees")
    parser.add_argument("--alpha", type=float, default=1.0, help="ridge penalty (--model ridge)")
    parser.add_argument("--seeds", type=int, default=5,
                        help="trees: fits with early-stopping splits 0..N-1, averaged into one model")
    parser.add_argument("--label", choices=LABELS, default="f1", help="within_day_label")
    parser.add_argument("--label-weight", type=float, default=0.0)
    parser.add_argument("--listwise", type=int, default=0, help="rounds of refine_within_days (0: none)")
    parser.add_argument("--out", type=Path, default=_MODEL_PATH)
    args = parser.parse_args()
    xs, ys, ws, gs = [], [], [], []
    for topic in tls.topic_dirs(args.directory):
        if topic.name in args.exclude or not (args.stores / f"{topic.name}.db").exists():
            continue
        x, y, w, g = topic_rows(topic, args.stores / f"{topic.name}.db", args.label, args.label_weight)
        print(f"{topic.name}: {len(y)} candidate rows")
        xs.append(x)
        ys.append(y)
        ws.append(w)
        gs.append(g + sum(int(p.max()) + 1 for p in gs if len(p)))
    weight = np.concatenate(ws)
    x, y, w, groups = np.vstack(xs), np.concatenate(ys), weight / weight.mean(), np.concatenate(gs)
    if args.model == "trees":
        model = fit_bag(x, y, w, list(range(args.seeds)))
        if args.listwise:
            model = refine_within_days(model, x, y, w, groups, rounds=args.listwise)
        print(f"  {model.feature.shape[0]} trees, {int((model.left != np.arange(model.left.shape[1])).sum())} splits")
    else:
        model = fit(x, y, alpha=args.alpha, sample_weight=w)
        for name, c in zip(model.features, model.coef, strict=True):
            print(f"  {name:20} {c:+.4f}")
    save(model, args.out)
    print(f"written {args.out}")


if __name__ == "__main__":
    main()
