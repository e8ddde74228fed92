"""ACLED notes evaluation: same path as ``dateline run``, one prediction row per input row."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from dateline.eval import acled as ev
from tests.conftest import shared_path

COLUMNS = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country",
           "admin1", "location", "notes", "fatalities"]
# Rows written for these tests, in the shape of ACLED's notes (not taken from ACLED).
ROWS = [
    ["XX1", "2023-05-02", "Battles", "Armed clash", "Military Forces of Exampleland", "Rebels", "Exampleland",
     "North", "Riverton", "On 2 May 2023, soldiers and rebels fought near Riverton. 3 rebels were killed.", "3"],
    ["XX2", "2023-05-03", "Protests", "Peaceful protest", "Protesters (Exampleland)", "", "Exampleland",
     "South", "Port Bay", "On 3 May 2023, dock workers marched peacefully in Port Bay over unpaid wages. [size=no report]",
     "0"],
    ["XX3", "2023-05-04", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group",
     "Civilians", "Exampleland", "North", "Hillside",
     "On 4 May 2023, a landmine exploded under a minibus near Hillside, killing 2 passengers.", "2"],
    ["XX4", "2023-05-05", "Battles", "Armed clash", "", "", "Exampleland", "", "", "", "0"],  # no notes: skipped
]


@pytest.fixture()
def acled_csv(tmp_path: Path) -> Path:
    f = tmp_path / "acled.csv"
    with f.open("w", encoding="utf-8", newline="") as out:
        w = csv.writer(out)
        w.writerow(COLUMNS)
        w.writerows(ROWS)
    return f


def test_evaluate_writes_one_prediction_per_row(acled_csv: Path, tmp_path: Path) -> None:
    out = tmp_path / "pred.csv"
    result = ev.evaluate(acled_csv, predictions=out)
    assert result.n == 3
    with out.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["event_id_cnty"] for r in rows] == ["XX1", "XX2", "XX3"]
    assert set(rows[0]) == set(ev.PREDICTION_COLUMNS)
    assert all(r["event_type"] for r in rows)
    s = result.scores
    for key in ("event_type_accuracy", "sub_event_type_macro_f1", "fatalities_exact", "fatalities_exact_fatal_rows",
                "actor1_match", "country_match", "admin1_match", "location_match"):
        assert 0.0 <= s[key] <= 1.0
    assert result.typing_only["event_type_accuracy"] == pytest.approx(1.0)
    assert "ACLED notes: 3 rows" in result.format()


def test_limit_and_split_select_rows(acled_csv: Path) -> None:
    assert len(ev.read_rows(acled_csv, limit=2)) == 2
    test = ev.read_rows(acled_csv, split="test")
    train = ev.read_rows(acled_csv, split="train")
    assert len(test) + len(train) == 3
    with pytest.raises(ValueError):
        ev.evaluate(acled_csv, split="dev")


def test_scores_compare_predictions_with_gold_columns() -> None:
    rows = [ev.Row(r[0], None, r[9], dict(zip(COLUMNS, r))) for r in ROWS[:3]]  # type: ignore[arg-type]
    preds = [
        ev.Prediction("Battles", "Armed clash", "Military Forces of Exampleland", "", "Exampleland", "North",
                      "Riverton", 3),
        ev.Prediction("Protests", "Protest with intervention", "", "", "exampleland", "", "", 0),
        ev.Prediction("Battles", "Armed clash", "", "", "", "", "", 1),
    ]
    r = ev.score(rows, preds, _typings(preds))
    assert r.scores["event_type_accuracy"] == pytest.approx(2 / 3)
    assert r.scores["sub_event_type_accuracy"] == pytest.approx(1 / 3)
    assert r.scores["fatalities_exact"] == pytest.approx(2 / 3)
    assert r.scores["fatalities_exact_fatal_rows"] == pytest.approx(1 / 2)
    assert r.scores["country_match"] == pytest.approx(2 / 3)  # case does not count
    assert r.scores["actor1_match"] == pytest.approx(1 / 3)


def _typings(preds: list[ev.Prediction]) -> list:
    from dateline.extract.typing import Typing

    return [Typing(p.event_type, p.sub_event_type, None, 1.0, True) for p in preds]


@pytest.mark.shared
def test_shared_acled_sample_runs_through_the_pipeline() -> None:
    path = shared_path("data", "events", "acled", "acled_events_with_notes.csv")
    result = ev.evaluate(path, limit=40)
    assert result.n == 40
    assert 0 <= result.counts["rows_typed_from_mentions"] <= 40
    assert result.typing_only["event_type_accuracy"] > 0.7


# The 2015-16 legacy schema: no sub_event_type column, event types of the old taxonomy. Rows written here.
LEGACY_COLUMNS = ["event_id_cnty", "event_date", "event_type", "actor1", "actor2", "country", "admin1",
                  "location", "notes", "fatalities"]
LEGACY_ROWS = [
    ["LG1", "2015-03-02", "Riots/Protests", "Protesters (Exampleland)", "", "Exampleland", "North", "Riverton",
     "Traders marched through Riverton on Monday against a new market levy.", "0"],
    ["LG2", "2015-03-03", "Battle-No change of territory", "Rebels", "Military Forces of Exampleland",
     "Exampleland", "South", "Port Bay", "Rebels and soldiers exchanged fire outside Port Bay; two rebels died.",
     "2"],
]


def test_file_without_a_coded_column_is_scored_on_the_columns_it_has(tmp_path: Path) -> None:
    f = tmp_path / "legacy.csv"
    with f.open("w", encoding="utf-8", newline="") as out:
        w = csv.writer(out)
        w.writerow(LEGACY_COLUMNS)
        w.writerows(LEGACY_ROWS)
    rows = ev.read_rows(f)
    assert ev.unscored_columns(rows) == {"sub_event_type": "no such column",
                                         "event_type": "codes of another taxonomy"}
    preds = [ev.Prediction("Protests", "Peaceful protest", "", "", "Exampleland", "North", "Riverton", 0),
             ev.Prediction("Battles", "Armed clash", "", "", "Elsewhere", "", "", 2)]
    r = ev.score(rows, preds, _typings(preds))
    assert not any(k.startswith(("event_type", "sub_event_type")) for k in (*r.scores, *r.typing_only))
    assert r.scores["country_match"] == pytest.approx(1 / 2)
    assert r.scores["admin1_match"] == pytest.approx(1 / 2)
    assert r.scores["fatalities_exact"] == pytest.approx(1.0)
    assert "sub_event_type (no such column)" in r.format()
    out = tmp_path / "pred.csv"
    result = ev.evaluate(f, predictions=out)  # the whole run, predictions written, no KeyError
    assert result.n == 2 and "country_match" in result.scores and "sub_event_type" in result.unscored
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3


def test_a_note_with_no_event_mention_still_gets_the_country_it_names() -> None:
    from datetime import date

    from dateline import pipeline
    from dateline.model import Article

    text = "Farmers in the Rift Valley, Kenya, harvested maize."  # no conflict word: no event mention
    published = date(2023, 5, 3)
    [analysis] = pipeline.analyze_all([Article(Article.make_id(text, published), text, published)], n_process=1)
    assert analysis.mentions == []
    assert ev.predict(analysis).country == "Kenya"
