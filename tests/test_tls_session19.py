"""Session 19: a built timeline scored on its own (the leave-one-topic-out harness builds from cached corpora)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.eval.tls import ReferenceTimeline, make_evaluator, score_entries
from dateline.model import TimelineEntry, TimelineSentence


def test_a_built_timeline_is_scored_without_a_store() -> None:
    pytest.importorskip("tilse")
    day = date(2031, 5, 6)
    ref = ReferenceTimeline(Path("gold.txt"), {day: ["Floods cut the coastal railway ."]})
    entries = [TimelineEntry(day.isoformat(), [TimelineSentence("Floods cut the coastal railway.", "a", None, None,
                                                                 None)], [], False, 1.0)]
    scores = score_entries(entries, ref, make_evaluator("reimpl"), metrics=("align_m1",))
    assert scores["align_m1"]["rouge_1"] == pytest.approx(1.0)
    assert scores["date"]["f1"] == 1.0
