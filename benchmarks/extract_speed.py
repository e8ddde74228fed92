"""Extraction cost against spaCy's parse of the same texts (issue 4: extraction may add at most 50 %).

Usage: .venv/bin/python benchmarks/extract_speed.py [N]   (N ACLED notes, default 1000)

Parses N notes with the pipeline's spaCy model (one process), then runs the rest of
``pipeline.analyze`` (sentences, time tagging, extraction) and ``extract.extract`` alone on the same
Docs. One-off loads (gazetteer, typing model) are done before timing and reported separately.
"""

from __future__ import annotations

import csv
import sys
import time
from datetime import date
from pathlib import Path

from dateline import extract, nlp
from dateline import time as timex
from dateline.extract import api
from dateline.model import Article

ACLED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "events" / "acled" / "acled_events_with_notes.csv"


def main(n: int) -> None:
    csv.field_size_limit(sys.maxsize)
    with ACLED.open(encoding="utf-8", newline="") as fh:
        rows = [r for _, r in zip(range(n), csv.DictReader(fh))]
    articles = [Article(Article.make_id(r["notes"], date.fromisoformat(r["event_date"])), r["notes"],
                        date.fromisoformat(r["event_date"])) for r in rows]
    nlp.load()
    t0 = time.perf_counter()
    docs = list(nlp.parse([a.text for a in articles], n_process=1))
    t_parse = time.perf_counter() - t0
    warm = articles[0]
    t0 = time.perf_counter()
    extract.extract(warm, docs[0], nlp.sentences(docs[0], warm.id), timex.tag(warm.text, warm.published))
    t_load = time.perf_counter() - t0
    prepared = [(a, d, nlp.sentences(d, a.id), timex.tag(a.text, a.published)) for a, d in zip(articles, docs)]
    t0 = time.perf_counter()
    mentions = sum(len(extract.extract(a, d, s, t)) for a, d, s, t in prepared)
    t_extract = time.perf_counter() - t0
    # the same without the learned typing (keyword typing): the cost of claims, actors, places, dates
    learned = api._learned_typing
    api._learned_typing = lambda: None  # type: ignore[assignment]
    t0 = time.perf_counter()
    for a, d, s, t in prepared:
        extract.extract(a, d, s, t)
    t_rules = time.perf_counter() - t0
    api._learned_typing = learned  # type: ignore[assignment]
    chars = sum(len(a.text) for a in articles)
    print(f"{n} notes, {chars:,} chars, {mentions} mentions")
    print(f"spaCy parse: {t_parse:.2f} s; one-off loads (gazetteer, typing model): {t_load:.2f} s")
    print(f"extract: {t_extract:.2f} s = {100 * t_extract / t_parse:.0f} % of the parse")
    print(f"extract with keyword typing instead of the learned model: {t_rules:.2f} s = "
          f"{100 * t_rules / t_parse:.0f} % of the parse")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
