"""Speed of a T17 topic's timeline: from raw articles (per stage) and from an already-built store.

    .venv/bin/python benchmarks/tls_speed.py ../shared/data/tls/t17/Timeline17/H1N1_guardian [--limit N]
    .venv/bin/python benchmarks/tls_speed.py TOPIC_DIR --store TOPIC.db   # timeline from a built store only

Prints seconds and words per second for reading, spaCy, temporal tagging, extraction and storing
(the same calls as ``dateline run``), then the timeline build from the finished store with the
standard TLS setup of each reference timeline. The machine's load average is printed too: the
laptop-class machine is shared, and the figures scale with the cores actually free.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from dateline import extract, nlp, pipeline
from dateline import time as timex
from dateline.eval import tls
from dateline.model import Article, ArticleAnalysis
from dateline.read import read_paths
from dateline.store import Store
from dateline.timeline import build


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("topic", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--store", type=Path, default=None, help="time only the build from this store")
    args = parser.parse_args()
    print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    if args.store is not None:
        with Store(args.store) as store:
            time_builds(store, args.topic)
        return

    t = time.perf_counter()
    articles = [a for a in read_paths([args.topic / "InputDocs"], format="t17") if isinstance(a, Article)]
    articles = articles[: args.limit] if args.limit else articles
    words = sum(len(a.text.split()) for a in articles)
    stages = {"read": time.perf_counter() - t}
    nlp.load()

    t = time.perf_counter()
    docs = list(nlp.parse([a.text for a in articles]))
    stages["spacy"] = time.perf_counter() - t
    analyses = []
    stages["time"] = stages["extract"] = 0.0
    for a, doc in zip(articles, docs, strict=True):
        sentences = nlp.sentences(doc, a.id)
        t = time.perf_counter()
        timexes = timex.tag(a.text, a.published, mode="news")
        stages["time"] += time.perf_counter() - t
        t = time.perf_counter()
        mentions = extract.extract(a, doc, sentences, timexes)
        stages["extract"] += time.perf_counter() - t
        analyses.append(ArticleAnalysis(a, sentences, nlp.entities(doc), timexes, mentions))

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "t.db") as store:
        t = time.perf_counter()
        for analysis in analyses:
            store.add(analysis)
        pipeline.rebuild_events(store)
        stages["store+events"] = time.perf_counter() - t
        total = sum(stages.values())
        print(f"{len(articles)} articles, {words} words")
        for name, secs in stages.items():
            print(f"  {name:13} {secs:7.1f} s  {words / secs if secs else 0:9.0f} words/s")
        print(f"  {'total':13} {total:7.1f} s")
        time_builds(store, args.topic)
    print(f"load average at end: {os.getloadavg()[0]:.1f}")


def time_builds(store: Store, topic: Path) -> None:
    """Build each reference's timeline from the store (the first build also pays one-off imports)."""
    for ref_path in sorted((topic / "timelines").glob("*.txt")):
        ref = tls.read_timeline(ref_path)
        t = time.perf_counter()
        entries = build(store, tls.timeline_options(ref, tls.topic_keywords(topic)))
        print(f"timeline {ref_path.name}: {len(entries)} dates built from the store in "
              f"{time.perf_counter() - t:.2f} s")


if __name__ == "__main__":
    main()
