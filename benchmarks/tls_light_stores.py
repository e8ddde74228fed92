"""Development stores for TLS work: T17 topics with sentences and time expressions only.

The full pipeline (spaCy, extraction) over all of Timeline17 takes about an hour on this
machine; the timeline builder mostly needs sentences and resolved dates, so this builds stores
with dateline's own temporal tagger, one sentence per corpus line, no spaCy and no events. Use
them to iterate on date and sentence selection; record final figures from full stores
(``dateline eval tls``).

    .venv/bin/python benchmarks/tls_light_stores.py ../shared/data/tls/t17/Timeline17 /tmp/tls_light
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from dateline import time as timex
from dateline.model import Article, ArticleAnalysis, Sentence
from dateline.read.t17 import read_t17
from dateline.store import Store


def paragraph_sentences(article: Article) -> list[Sentence]:
    """One sentence per paragraph (a T17 article has one corpus sentence per line)."""
    out: list[Sentence] = []
    pos = 0
    for para in article.text.split("\n\n"):
        start = article.text.index(para, pos)
        pos = start + len(para)
        if para.strip():
            out.append(Sentence(article.id, len(out), start, start + len(para), para))
    return out


def build(topic: Path, db: Path) -> int:
    with Store(db) as store:
        known = store.article_ids()
        n = 0
        for a in read_t17([topic / "InputDocs"]):
            if not isinstance(a, Article) or a.id in known:
                continue
            tx = timex.tag(a.text, a.published, mode="news")
            store.add(ArticleAnalysis(a, paragraph_sentences(a), [], tx, []))
            known.add(a.id)
            n += 1
    return n


def main() -> None:
    root, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    for topic in sorted(p for p in root.iterdir() if (p / "InputDocs").is_dir()):
        started = time.perf_counter()
        n = build(topic, out / f"{topic.name}.db")
        print(f"{topic.name}: {n} articles, {time.perf_counter() - started:.1f} s", flush=True)


if __name__ == "__main__":
    main()
