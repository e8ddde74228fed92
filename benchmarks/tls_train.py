"""Fit the learned sentence scorer of the timeline builder on Timeline17-layout folders.

    .venv/bin/python benchmarks/tls_train.py ../shared/data/tls/t17/Timeline17 --stores /tmp/tls_light
    # leave topics out (for leave-one-topic-out validation) and write elsewhere:
    .venv/bin/python benchmarks/tls_train.py T17DIR --stores DIR --exclude H1N1_bbc --out /tmp/m.json

For every reference timeline, the candidate sentences of each gold day (as the builder collects
them, standard TLS setup) become feature rows labelled with their unigram F1 against that day's
gold summary; gradient-boosted trees (``--model trees``, the default: up to 200 trees of depth 4, learning
rate 0.05, at least 200 rows a leaf; five fits whose early-stopping splits differ, averaged; the score kept rising or
falling with the features of ``learned.MONOTONE``, ``--monotone``) or a ridge regression (``--model ridge``) are fitted
over all rows, each reference timeline weighing the same (so the largest topic does not set the model). Writes
``src/dateline/timeline/sentence_model.json`` by default. Stores are built by ``dateline eval tls``
(full) or ``benchmarks/tls_light_stores.py`` (time-tagged).
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

import numpy as np

from dateline.eval import tls
from dateline.store import Store
from dateline.timeline import load
from dateline.timeline.build import SENTENCE_RULES, SentenceRules, training_rows
from dateline.timeline.corpus import Corpus
from dateline.timeline.learned import _MODEL_PATH, MONOTONE, TreeEnsemble, average, fit, fit_trees, save


def reference_rows(topic: Path, corpus: Corpus, rules: SentenceRules = SENTENCE_RULES,
                   ) -> list[tuple[Path, np.ndarray, np.ndarray]]:
    """For each reference timeline of ``topic``: its path, the feature rows of its gold days' candidates and their labels."""
    out = []
    for ref_path in sorted((topic / "timelines").glob("*.txt")):
        ref = tls.read_timeline(ref_path)
        if not ref.days:
            continue
        gold = {date.toordinal(d): lines for d, lines in ref.days.items()}
        x, y = training_rows(corpus, tls.timeline_options(ref, tls.topic_keywords(topic)), gold, rules=rules)
        out.append((ref_path, x, y))
    return out


def topic_rows(topic: Path, store_path: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows, labels and row weights (each reference timeline weighs the same in total)."""
    with Store(store_path) as store:
        corpus = load(store)
    found = reference_rows(topic, corpus)
    return stack(found)


def stack(found: list[tuple[Path, np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows, labels and weights of several reference timelines, each timeline's rows weighing 1 in total."""
    xs = [x for _, x, _ in found]
    ys = [y for _, _, y in found]
    ws = [np.full(len(y), 1.0 / max(1, len(y))) for y in ys]
    return np.vstack(xs), np.concatenate(ys), np.concatenate(ws)


def fit_bag(x: np.ndarray, y: np.ndarray, w: np.ndarray, seeds: list[int], min_leaf: int = 200,
            monotone: dict[str, int] | None = None) -> TreeEnsemble:
    """The shipped form of the scorer: trees fitted once per early-stopping seed, averaged (weights scaled to mean 1),
    rising with the features of ``monotone`` (default ``learned.MONOTONE``; ``{}`` for none)."""
    w = w / w.mean()
    mono = MONOTONE if monotone is None else monotone
    return average([fit_trees(x, y, w, seed=seed, min_leaf=min_leaf, monotone=mono) for seed in seeds])


def monotone_option(value: str) -> dict[str, int]:
    """``--monotone heuristic_weight,rule_score`` (each rising; ``-name`` falling; empty: none)."""
    names = [v.strip() for v in value.split(",") if v.strip()]
    return {n.lstrip("-"): -1 if n.startswith("-") else 1 for n in names}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("directory", type=Path)
    parser.add_argument("--stores", type=Path, required=True)
    parser.add_argument("--exclude", nargs="*", default=[])
    parser.add_argument("--model", choices=("trees", "ridge"), default="trees")
    parser.add_argument("--alpha", type=float, default=1.0, help="ridge penalty (--model ridge)")
    parser.add_argument("--seeds", type=int, default=5,
                        help="trees: fits with early-stopping splits 0..N-1, averaged into one model")
    parser.add_argument("--monotone", type=monotone_option, default=None,
                        help="trees: features the score only rises with (comma-separated; default learned.MONOTONE)")
    parser.add_argument("--out", type=Path, default=_MODEL_PATH)
    args = parser.parse_args()
    xs, ys, ws = [], [], []
    for topic in tls.topic_dirs(args.directory):
        if topic.name in args.exclude or not (args.stores / f"{topic.name}.db").exists():
            continue
        x, y, w = topic_rows(topic, args.stores / f"{topic.name}.db")
        print(f"{topic.name}: {len(y)} candidate rows")
        xs.append(x)
        ys.append(y)
        ws.append(w)
    weight = np.concatenate(ws)
    x, y, w = np.vstack(xs), np.concatenate(ys), weight / weight.mean()
    if args.model == "trees":
        model = fit_bag(x, y, w, list(range(args.seeds)), monotone=args.monotone)
        print(f"  {model.feature.shape[0]} trees, {int((model.left != np.arange(model.left.shape[1])).sum())} splits")
    else:
        model = fit(x, y, alpha=args.alpha, sample_weight=w)
        for name, c in zip(model.features, model.coef, strict=True):
            print(f"  {name:20} {c:+.4f}")
    save(model, args.out)
    print(f"written {args.out}")


if __name__ == "__main__":
    main()
