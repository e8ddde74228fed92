"""CASE-2021 task 2 evaluation: TSV reading, label mapping and the weighted-F1 metric."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.eval import case2021 as ev
from dateline.extract import typing as tp
from dateline.taxonomy import SUB_EVENT_TYPES, VERBAL_EVENT_TYPE
from tests.conftest import shared_path


def test_every_acled_sub_type_has_a_case_code() -> None:
    assert set(SUB_EVENT_TYPES) <= set(ev.CASE_CODE)
    assert len(set(ev.CASE_CODE.values())) == len(ev.CASE_CODE)


def test_verbal_events_map_to_diplo_and_attribution_to_attrib() -> None:
    assert ev.case_code(tp.Typing(VERBAL_EVENT_TYPE, "CONSULT", "CONSULT", 0.9, True)) == "DIPLO"
    assert ev.case_code(tp.Typing(VERBAL_EVENT_TYPE, tp.ATTRIBUTION, "ACCUSE", 0.9, True)) == "ATTRIB"
    assert ev.case_code(tp.Typing("Battles", "Armed clash", None, 0.9, True)) == "ARMED_CLASH"


def test_weighted_f1_matches_a_hand_computation() -> None:
    gold = ["A", "A", "A", "B"]
    pred = ["A", "A", "B", "B"]
    # A: P=1, R=2/3, F1=0.8 (weight 3); B: P=1/2, R=1, F1=2/3 (weight 1)
    r = ev.score(gold, pred)
    assert r.weighted_f1 == pytest.approx((3 * 0.8 + 2 / 3) / 4)
    assert r.accuracy == pytest.approx(0.75)
    assert r.confusions == [("A", "B", 1)]


def test_reads_tsv_with_raw_quotes_and_scores_it(tmp_path: Path) -> None:
    f = tmp_path / "case.tsv"
    f.write_text(
        "id\tEventSnippet\tSubType\n"
        '1\tRebels and soldiers fought a "fierce" gun battle outside the garrison town\tARMED_CLASH\n'
        "2\tThousands of nurses marched peacefully to the health ministry to demand higher pay\tPEACE_PROTEST\n"
        "3\tAn earthquake of magnitude six flattened houses in the mountain villages\tNATURAL_DISASTER\n",
        encoding="utf-8",
    )
    rows = ev.read_tsv(f)
    assert [r[0] for r in rows] == ["1", "2", "3"]
    assert '"fierce"' in rows[0][1]
    result = ev.evaluate(f)
    assert result.n == 3
    assert result.weighted_f1 == pytest.approx(1.0)
    d = result.to_dict()
    assert set(d) >= {"n", "weighted_f1", "macro_f1", "accuracy", "per_class"}
    assert "weighted F1" in result.format()


@pytest.mark.shared
def test_shared_case2021_test_set_reaches_a_floor() -> None:
    path = shared_path("data", "events", "case2021_task2", "case2021_task2_test_with_labels.tsv")
    result = ev.evaluate(path)
    assert result.n > 700
    # Regression floor (the figure we report is in docs/benchmarks.md); well above a majority guess.
    assert result.weighted_f1 > 0.5
