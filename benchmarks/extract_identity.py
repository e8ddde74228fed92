"""Dump every event mention (with its claims) that ``extract.extract`` gives, one ``repr`` per line, so that two
source trees can be shown to predict the same: a speed change must leave this file byte-identical.

Usage (from the repository root, ``../shared`` beside it)::

    PYTHONPATH=<tree>/src .venv/bin/python benchmarks/extract_identity.py OUT [N_NOTES] [N_NEWS]
    md5sum OUT_a OUT_b

Texts: the first ``N_NOTES`` ACLED notes (default 3,000), the seed articles and the first ``N_NEWS`` articles
(default 80) of three Timeline17 topics.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import extract_speed  # noqa: E402

from dateline import extract, nlp, pipeline  # noqa: E402
from dateline import time as timex  # noqa: E402
from dateline.model import Article  # noqa: E402
from dateline.read import read_paths  # noqa: E402

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TOPICS = ("SyrianCrisis_bbc", "IraqWar_guardian", "EgyptianProtest_cnn")


def main(out: str, n_notes: int = 3000, n_news: int = 80) -> None:
    articles = extract_speed.acled_notes(n_notes)
    articles += [a for a in read_paths([str(SHARED / "corpus" / "seeds")]) if isinstance(a, Article)]
    for topic in TOPICS:
        inputs = SHARED / "data" / "tls" / "t17" / "Timeline17" / topic / "InputDocs"
        articles += [a for a in read_paths([str(inputs)], format="t17") if isinstance(a, Article)][:n_news]
    pipeline.warm_up()
    docs = nlp.parse([a.text for a in articles], n_process=1)
    n = 0
    with open(out, "w", encoding="utf-8") as fh:
        for a, d in zip(articles, docs):
            for m in extract.extract(a, d, nlp.sentences(d, a.id), timex.tag(a.text, a.published)):
                fh.write(repr(m) + "\n")
                n += 1
    print(len(articles), "articles,", n, "mentions")


if __name__ == "__main__":
    main(sys.argv[1], *(int(x) for x in sys.argv[2:4]))
