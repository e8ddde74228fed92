"""Temporal tagger speed: sentences per second on one core, over TimeML documents.

    .venv/bin/python benchmarks/timex_speed.py ../shared/data/timex/tbaq [--repeat 3]

Sentences are counted with a simple splitter (end punctuation followed by a capital, or a blank line);
the tagger itself runs on whole documents, as in the pipeline.
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from dateline.eval.timeml import read_timeml
from dateline.eval.timex import gold_files, mode_for
from dateline.time import tag

_SENTENCE = re.compile(r"[.!?][\"')\]]*\s+(?=[A-Z\"(])|\n\s*\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--repeat", type=int, default=3, help="Timed passes; the best is reported.")
    args = parser.parse_args()
    docs = [(read_timeml(p), mode_for(p)) for p in gold_files(args.paths)]
    sentences = sum(len([s for s in _SENTENCE.split(d.text) if s.strip()]) for d, _ in docs)
    characters = sum(len(d.text) for d, _ in docs)
    best_wall = best_cpu = float("inf")
    expressions = 0
    for _ in range(args.repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        expressions = sum(len(tag(d.text, d.dct, mode=mode)) for d, mode in docs)
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    print(f"{len(docs)} documents, {sentences} sentences, {characters} characters, {expressions} expressions")
    # CPU time of this single-threaded process is the one-core figure; wall time also counts waiting
    # for the core when the machine is shared.
    print(f"best of {args.repeat}: {best_cpu:.3f} s CPU = {sentences / best_cpu:,.0f} sentences/s, "
          f"{characters / best_cpu / 1000:,.0f} k characters/s (one core); wall {best_wall:.3f} s "
          f"= {sentences / best_wall:,.0f} sentences/s")


if __name__ == "__main__":
    main()
