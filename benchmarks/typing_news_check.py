"""Event typing on news-style sentences the ACLED model never learned from (a check beside CASE-2021).

    .venv/bin/python benchmarks/typing_news_check.py [DATA]   (DATA: ../shared/data by default)

The first sentence of each NGEC synthetic story whose PLOVER event and mode name one ACLED sub-type
(``train_typing.ACLED_OF_PLOVER_MODE``; the shipped ACLED model is fitted without them) is typed by
``typing.classify_many``, the path ``dateline run`` takes; prints sub-type accuracy (all, and on each half of
``train_typing.ngec_half``: rules are read off the development half, the other half is scored only) and the
commonest confusions. Typing rules read from CASE-2021's errors should not lose here.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from dateline.extract import typing as tp
from dateline.extract.train_typing import _ngec_as_acled, ngec_half


def main(data: Path) -> None:
    examples = list(_ngec_as_acled(data))
    typed = tp.classify_many([e.text for e in examples])
    right = sum(t.sub_event_type == e.label for t, e in zip(typed, examples, strict=True))
    print(f"{len(examples)} NGEC first sentences: sub-type accuracy {right / max(1, len(examples)):.4f}")
    for half in ("dev", "held"):
        rows = [t.sub_event_type == e.label for t, e in zip(typed, examples, strict=True) if ngec_half(e.text) == half]
        print(f"  {half} half: {sum(rows)} of {len(rows)}, {sum(rows) / max(1, len(rows)):.4f}")
    wrong = Counter((e.label, t.sub_event_type) for t, e in zip(typed, examples, strict=True)
                    if t.sub_event_type != e.label)
    for (gold, got), n in wrong.most_common(8):
        print(f"  {n:3}  {gold} -> {got}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
