"""Extraction cost against spaCy's NER pass over the same texts (issue 4: extraction may add at most 50 %).

Usage: .venv/bin/python benchmarks/extract_speed.py [N]   (N ACLED notes, default 1000)
       .venv/bin/python benchmarks/extract_speed.py PATH [FORMAT] [N]   (news articles, e.g. a T17 topic)

Times spaCy's NER pass alone over N notes (the issue's reference) and the pipeline's own parse (one
process, selective: see ``dateline.nlp``), then runs the rest of
``pipeline.analyze`` (sentences, time tagging, extraction) and ``extract.extract`` alone on the same
Docs. One-off loads (gazetteer, typing model) are done before timing and reported separately.
The NER pass is timed ``REPEAT`` times (environment variable, default 3) and its fastest run is
reported, as ``timeit`` does (the reference is then never inflated by a disturbed run). Extraction is
timed once: a second pass over the same texts would find the place lookups cached. On a shared virtual
machine single runs vary by 20-30 %: run the script several times and report every run.
"""

from __future__ import annotations

import csv
import os
import sys
import time
from datetime import date
from pathlib import Path

from dateline import extract, nlp
from dateline import time as timex
from dateline.extract import api
from dateline.model import Article

REPEAT = int(os.environ.get("REPEAT", "3"))
ACLED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "events" / "acled" / "acled_events_with_notes.csv"


def acled_notes(n: int) -> list[Article]:
    """The first ``n`` ACLED notes as articles (dated by their event date)."""
    csv.field_size_limit(sys.maxsize)
    with ACLED.open(encoding="utf-8", newline="") as fh:
        rows = [r for _, r in zip(range(n), csv.DictReader(fh))]
    return [Article(Article.make_id(r["notes"], date.fromisoformat(r["event_date"])), r["notes"],
                    date.fromisoformat(r["event_date"])) for r in rows]


def main(articles: list[Article]) -> None:
    n = len(articles)
    nlp.load()
    t0 = time.perf_counter()
    docs = list(nlp.parse([a.text for a in articles], n_process=1))
    t_parse = time.perf_counter() - t0
    # the reference: spaCy's NER pass over the same texts (the small model's NER has its own
    # embedding layer, so this is NER alone, on every sentence)
    model = nlp.load()
    t_ner = float("inf")
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        with model.select_pipes(enable=["ner"]):
            for _ in model.pipe([a.text for a in articles], batch_size=64):
                pass
        t_ner = min(t_ner, time.perf_counter() - t0)
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
    print(f"{n} texts, {chars:,} chars, {mentions} mentions; NER pass: fastest of {REPEAT} runs")
    print(f"spaCy parse as `dateline run` does it: {t_parse:.2f} s; spaCy NER pass alone: {t_ner:.2f} s; "
          f"one-off loads (gazetteer, typing model): {t_load:.2f} s")
    print(f"extract: {t_extract:.2f} s = {100 * t_extract / t_ner:.0f} % of the NER pass "
          f"(target: at most 50 %), {100 * t_extract / t_parse:.0f} % of the parse")
    print(f"extract with keyword typing instead of the learned model: {t_rules:.2f} s = "
          f"{100 * t_rules / t_parse:.0f} % of the parse")


if __name__ == "__main__":
    if len(sys.argv) > 1 and not sys.argv[1].isdigit():  # a folder of articles: PATH [FORMAT] [N]
        from dateline.read import read_paths

        fmt = sys.argv[2] if len(sys.argv) > 2 else None
        limit = int(sys.argv[3]) if len(sys.argv) > 3 else None
        main([a for a in read_paths([sys.argv[1]], format=fmt) if isinstance(a, Article)][:limit])
    else:
        main(acled_notes(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))
