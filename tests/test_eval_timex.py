"""The TimeML readers and the TempEval-3 TIMEX scorer, on small documents written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.eval.timeml import read_timeml
from dateline.eval.timex import TimexScores, evaluate, score_document
from dateline.model import TemporalExpression

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "timex"

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-11-17" functionInDocument="CREATION_TIME">2021-11-17</TIMEX3></DCT>
<TEXT>
Guards &amp; police <EVENT eid="e1">clashed</EVENT> <TIMEX3 tid="t1" type="DATE" value="2021-11-16">Tuesday</TIMEX3> \
after a truce that lasted <TIMEX3 tid="t2" type="DURATION" value="P6W">six weeks</TIMEX3>.
</TEXT>
</TimeML>
"""

CAT = """<?xml version="1.0" ?><Document doc_id="1" doc_name="x" lang="en">
<token number="0" sentence="0" t_id="1">Talks</token>
<token number="1" sentence="0" t_id="2">ended</token>
<token number="2" sentence="0" t_id="3">on</token>
<token number="3" sentence="0" t_id="4">Monday</token>
<token number="4" sentence="0" t_id="5">.</token>
<token number="5" sentence="1" t_id="6">Nothing</token>
<token number="6" sentence="1" t_id="7">else</token>
<token number="7" sentence="1" t_id="8">today</token>
<Markables>
<TIMEX3 m_id="9" type="DATE" value="2021-11-17" functionInDocument="CREATION_TIME"/>
<TIMEX3 m_id="10" type="DATE" value="2021-11-15" functionInDocument="NONE"><token_anchor t_id="4"/></TIMEX3>
</Markables>
</Document>
"""


def test_read_inline_timeml(tmp_path: Path):
    path = tmp_path / "doc.tml"
    path.write_text(TML, encoding="utf-8")
    doc = read_timeml(path)
    assert doc.dct == date(2021, 11, 17)
    assert "Guards & police clashed Tuesday" in doc.text
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("Tuesday", "DATE", "2021-11-16"), ("six weeks", "DURATION", "P6W")]
    for t in doc.timexes:
        assert doc.text[t.start:t.end] == t.text


def test_read_meantime_cat(tmp_path: Path):
    path = tmp_path / "doc.xml"
    path.write_text(CAT, encoding="utf-8")
    doc = read_timeml(path)
    assert doc.dct == date(2021, 11, 17)
    assert doc.text.startswith("Talks ended on Monday.\nNothing")
    assert [(t.text, t.value) for t in doc.timexes] == [("Monday", "2021-11-15")]
    # annotation covers the sentences that hold markables only
    assert doc.annotated_end == len("Talks ended on Monday.")


def _t(start: int, end: int, text: str, ttype: str, value: str) -> TemporalExpression:
    return TemporalExpression(start, end, text, ttype, value)  # type: ignore[arg-type]


def test_scores_follow_tempeval3_definitions(tmp_path: Path):
    path = tmp_path / "doc.tml"
    path.write_text(TML, encoding="utf-8")
    doc = read_timeml(path)
    tue = doc.text.index("Tuesday")
    six = doc.text.index("six weeks")
    system = [
        _t(tue - 4, tue + 7, doc.text[tue - 4:tue + 7], "DATE", "2021-11-16"),  # relaxed only, right value
        _t(six, six + 9, "six weeks", "DURATION", "P5W"),  # strict, wrong value
        _t(0, 6, "Guards", "DATE", "XXXX"),  # spurious
    ]
    scores = TimexScores()
    score_document(doc, system, scores)
    d = scores.to_dict(errors=True)
    assert d["strict"] == {"precision": 33.33, "recall": 50.0, "f1": 40.0}
    assert d["relaxed"] == {"precision": 66.67, "recall": 100.0, "f1": 80.0}
    assert d["type_accuracy"] == 100.0 and d["type_f1"] == 80.0
    assert d["value_accuracy"] == 50.0 and d["value_f1"] == 40.0
    kinds = sorted(e["kind"] for e in d["errors"])
    assert kinds == ["extent", "spurious", "value"]
    assert "value" in scores.format(errors=True)


@pytest.mark.shared
def test_tbaq_scores_hold():
    if not (SHARED / "tbaq").is_dir():
        pytest.skip("../shared/data/timex/tbaq not present (evaluation data is not in the repository)")
    d = evaluate([SHARED / "tbaq"]).to_dict()
    assert d["documents"] == 256 and d["gold"] == 1822
    assert d["strict"]["f1"] >= 86.0
    assert d["relaxed"]["f1"] >= 93.0
    assert d["value_f1"] >= 79.5


def test_cli_timex_prints_json_lines(tmp_path: Path):
    import json

    from typer.testing import CliRunner

    from dateline.cli import app

    result = CliRunner().invoke(app, ["timex", "--dct", "2021-11-17", "-"], input="Fighting ceased on Tuesday evening.")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows == [{"start": 19, "end": 34, "text": "Tuesday evening", "type": "TIME", "value": "2021-11-16TEV"}]

    path = tmp_path / "doc.tml"
    path.write_text(TML, encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "timex", str(path), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["gold"] == 2
