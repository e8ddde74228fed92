"""Verbal against material readings on PLOVER-coded news sentences the typing never learned from.

    .venv/bin/python benchmarks/typing_plover_check.py [DATA]   (DATA: ../shared/data by default)

Each distinct sentence of ``events/plover_zsp/PLV_test.tsv`` (the ZSP paper's test side; training reads only
``PLV_train.tsv``) is typed by ``typing.classify_many``, the path ``dateline run`` takes. A reading is verbal
when its event type is Verbal/diplomatic or it carries a PLOVER root other than the material ones (ASSAULT,
COERCE, PROTEST, MOBILIZE); prints the share of sentences read on the gold side, the share whose PLOVER root
is the gold one (ZSP's YIELD is our CONCEDE or RETREAT), and the 2 x 2 table.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

from dateline.extract import typing as tp
from dateline.taxonomy import VERBAL_EVENT_TYPE

MATERIAL_ROOTS = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"})


def main(data: Path) -> None:
    gold: dict[str, str] = {}
    with (data / "events" / "plover_zsp" / "PLV_test.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            gold.setdefault(row["sentence"], row["gold_root"])  # a sentence is listed once per actor pair
    typed = tp.classify_many(list(gold))
    table: Counter[tuple[str, str]] = Counter()
    roots = 0
    for t, root in zip(typed, gold.values(), strict=True):
        verbal = t.event_type == VERBAL_EVENT_TYPE or (t.plover is not None and t.plover not in MATERIAL_ROOTS)
        table[("verbal" if root not in MATERIAL_ROOTS else "material", "verbal" if verbal else "material")] += 1
        roots += t.plover == root or (root == "YIELD" and t.plover in ("CONCEDE", "RETREAT"))
    n = max(1, len(gold))
    right = table[("verbal", "verbal")] + table[("material", "material")]
    print(f"{len(gold)} PLV_test sentences: verbal/material accuracy {right / n:.4f}, PLOVER root accuracy {roots / n:.4f}")
    for (g, p), count in sorted(table.items()):
        print(f"  gold {g:8} read {p:8} {count:4}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
