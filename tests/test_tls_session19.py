"""Session 19: scoring a built timeline on its own, ROUGE's tokens and the metric's gain as a training label."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.eval.tls import ReferenceTimeline, make_evaluator, score_entries
from dateline.model import TimelineEntry, TimelineSentence
from dateline.timeline.learned import rouge_gain, rouge_tokens


def test_rouge_tokens_drop_stop_words_and_stem() -> None:
    assert rouge_tokens("The engineers were repairing the flooded bridges.") == ["engin", "repair", "flood", "bridg"]


def test_gain_rewards_matches_and_charges_only_a_little_for_length() -> None:
    gold = rouge_tokens("Floods cut the coastal railway and closed two ports.")
    short = rouge_tokens("Floods cut the coastal railway.")
    longer = rouge_tokens("Floods cut the coastal railway, stranding freight trains for days near the old harbour town.")
    unrelated = rouge_tokens("A new museum of modern sculpture opened in the capital.")
    assert rouge_gain(short, gold) > 0 > rouge_gain(unrelated, gold)
    # the same matches in a longer sentence cost a little, not in proportion to its length
    assert rouge_gain(short, gold) > rouge_gain(longer, gold) > rouge_gain(short, gold) / 2


def test_a_built_timeline_is_scored_without_a_store() -> None:
    pytest.importorskip("tilse")
    day = date(2031, 5, 6)
    ref = ReferenceTimeline(Path("gold.txt"), {day: ["Floods cut the coastal railway ."]})
    entries = [TimelineEntry(day.isoformat(), [TimelineSentence("Floods cut the coastal railway.", "a", None, None,
                                                                 None)], [], False, 1.0)]
    scores = score_entries(entries, ref, make_evaluator("reimpl"), metrics=("align_m1",))
    assert scores["align_m1"]["rouge_1"] == pytest.approx(1.0)
    assert scores["date"]["f1"] == 1.0
