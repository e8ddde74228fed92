"""Leave-one-topic-out (LOTO) scores of the timeline builder on Timeline17-layout folders.

    PYTHONPATH=src .venv/bin/python benchmarks/tls_loto.py ../shared/data/tls/t17/Timeline17 --stores /tmp/tls_stores
    # the final check with the original ROUGE-1.5.5 Perl script (slower), and other settings:
    PYTHONPATH=src .venv/bin/python benchmarks/tls_loto.py T17DIR --stores DIR --rouge original --seeds 0 1 2 --json out.json

Why: the shipped sentence scorer (``timeline/sentence_model.json``) is fitted on all 17 reference timelines, so
``dateline eval tls`` scores it on the timelines it learned from (the all-in figure), and one refit alone moves that
figure by as much as most changes (docs/benchmarks.md, session 10). A held-out story reads the LOTO figure; changes
to the scorer, its features or its labels are judged on it, over several seeds.

How: a story is a folder's name before its first ``_`` (``H1N1_bbc``, ``H1N1_guardian`` and ``H1N1_reuters`` are one):
8 stories. Every store (built beforehand by ``dateline eval tls --stores DIR``, which also re-derives its events) is
read once, and the training rows of every reference timeline are computed once (``tls_train.reference_rows``, the
rows ``tls_train.py`` fits on). For each seed s and story, the scorer is fitted on the other stories' rows as the
shipped one is (``tls_train.fit_bag``: ``--bag`` fits with early-stopping seeds 100 s + b, b = 0 .. bag-1, averaged;
each reference timeline's rows weigh the same), and each timeline of the story is built from its corpus with that
scorer (``build_from_corpus``, the options ``dateline eval tls`` uses) and scored by ``eval.tls.score_entries``
(tilse; ``--rouge reimpl``, the default, is tilse's faster re-implementation, which reads a little below Perl).
Prints each timeline's alignment ROUGE-1 / ROUGE-2 F1 and date F1 per seed, the mean of the 17 per seed and over
the seeds.
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import replace
from pathlib import Path
from statistics import mean

import numpy as np
from tls_train import fit_bag, monotone_option, reference_rows, stack

from dateline.eval import tls
from dateline.store import Store
from dateline.timeline import load
from dateline.timeline.build import DATE_WEIGHTS, SENTENCE_RULES, SentenceRules, build_from_corpus
from dateline.timeline.corpus import Corpus
from dateline.timeline.learned import TreeEnsemble


def story(topic: Path) -> str:
    """The story a source folder tells: ``bpoil_bbc`` -> ``bpoil``."""
    return topic.name.split("_")[0]


def held_out_scores(topic: Path, corpus: Corpus, model: TreeEnsemble, evaluator, content: float,
                    base_rules: SentenceRules = SENTENCE_RULES) -> list[tuple[str, dict[str, dict[str, float]]]]:
    """Each reference timeline of ``topic`` built with ``model`` and scored: (topic/file, scores)."""
    weights = replace(DATE_WEIGHTS, content=content)
    rules = replace(base_rules, model=model)
    keywords = tls.topic_keywords(topic)
    out = []
    for ref_path in sorted((topic / "timelines").glob("*.txt")):
        ref = tls.read_timeline(ref_path)
        if not ref.days:
            continue
        entries = build_from_corpus(corpus, tls.timeline_options(ref, keywords), weights=weights, rules=rules)
        scores = tls.score_entries(entries, ref, evaluator, metrics=("align_m1",))
        out.append((f"{topic.name}/{ref_path.name}", scores))
    return out


def rule_option(value: str) -> tuple[str, object]:
    """``--rule body=0.3``: a ``SentenceRules`` field and its value (numbers as such, ``none`` as None)."""
    name, _, raw = value.partition("=")
    if name not in SentenceRules.__dataclass_fields__ or name == "model":
        raise argparse.ArgumentTypeError(f"no SentenceRules field {name!r}")
    if raw.lower() == "none":
        return name, None
    try:
        return name, int(raw)
    except ValueError:
        return name, float(raw)


def summary(scores: list[tuple[str, dict[str, dict[str, float]]]]) -> tuple[float, float, float]:
    """Mean AR-1 F1, AR-2 F1 and date F1 over timelines (the macro mean of ``dateline eval tls``)."""
    return (mean(s["align_m1"]["rouge_1"] for _, s in scores), mean(s["align_m1"]["rouge_2"] for _, s in scores),
            mean(s["date"]["f1"] for _, s in scores))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--stores", type=Path, required=True, help="the stores of `dateline eval tls --stores`")
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    parser.add_argument("--bag", type=int, default=5, help="fits averaged into one scorer (the shipped form: 5)")
    parser.add_argument("--min-leaf", type=int, default=200)
    parser.add_argument("--content", type=float, default=DATE_WEIGHTS.content, help="DateWeights.content")
    parser.add_argument("--rouge", choices=("reimpl", "original"), default="reimpl")
    parser.add_argument("--json", type=Path, help="write every timeline's scores per seed here")
    parser.add_argument("--monotone", type=monotone_option, default=None,
                        help="features the score only rises with (comma-separated; default learned.MONOTONE, '' none)")
    parser.add_argument("--rule", type=rule_option, action="append", default=[],
                        help="a SentenceRules field set for training rows and timelines alike, e.g. body=0.3")
    args = parser.parse_args()
    rules = replace(SENTENCE_RULES, **dict(args.rule))

    started = time.perf_counter()
    topics = [t for t in tls.topic_dirs(args.directory) if (args.stores / f"{t.name}.db").exists()]
    corpora: dict[str, Corpus] = {}
    rows: dict[str, list[tuple[Path, np.ndarray, np.ndarray]]] = {}
    for topic in topics:
        with Store(args.stores / f"{topic.name}.db") as store:
            corpora[topic.name] = load(store)
        rows[topic.name] = reference_rows(topic, corpora[topic.name], rules)
    print(f"{len(topics)} topics, {len({story(t) for t in topics})} stories read in "
          f"{time.perf_counter() - started:.0f} s", flush=True)

    evaluator = tls.make_evaluator(args.rouge)
    results: dict[int, list[tuple[str, dict[str, dict[str, float]]]]] = {}
    for seed in args.seeds:
        results[seed] = []
        for held in sorted({story(t) for t in topics}):
            x, y, w = stack([r for t in topics if story(t) != held for r in rows[t.name]])
            model = fit_bag(x, y, w, [100 * seed + b for b in range(args.bag)], min_leaf=args.min_leaf,
                            monotone=args.monotone)
            for topic in (t for t in topics if story(t) == held):
                for name, scores in held_out_scores(topic, corpora[topic.name], model, evaluator, args.content,
                                                      rules):
                    results[seed].append((name, scores))
                    print(f"  seed {seed} {name:70} {scores['align_m1']['rouge_1']:.4f} "
                          f"{scores['align_m1']['rouge_2']:.4f} {scores['date']['f1']:.4f}", flush=True)
        ar1, ar2, df1 = summary(results[seed])
        print(f"seed {seed}: AR-1 {ar1:.4f}  AR-2 {ar2:.4f}  date F1 {df1:.4f}  "
              f"({time.perf_counter() - started:.0f} s)", flush=True)
    means = [summary(results[s]) for s in args.seeds]
    print(f"mean of seeds {' '.join(map(str, args.seeds))} ({args.rouge}): "
          + "  ".join(f"{n} {mean(m[i] for m in means):.4f}" for i, n in enumerate(("AR-1", "AR-2", "date F1"))))
    if args.json:
        args.json.write_text(json.dumps({"settings": {k: str(v) for k, v in vars(args).items()},
                                         "seeds": {s: dict(results[s]) for s in args.seeds}}, indent=1) + "\n",
                             encoding="utf-8")


if __name__ == "__main__":
    main()
