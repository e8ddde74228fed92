"""`dateline eval tls`: the T17 layout in, timelines in the reference format and tilse scores out."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.eval import tls
from tests.conftest import shared_path

ARTICLES = {
    "2031-05-02": ["Flood water broke through the dam at Oru on Monday , officials said .",
                   "Thousands of families left the valley below the dam ."],
    "2031-05-03": ["The dam at Oru burst on Monday after a week of heavy rain , engineers said .",
                   "Rescue teams reached the valley on Tuesday ."],
    "2031-05-06": ["Engineers began repairs on the Oru dam on Friday .",
                   "The collapse of the Oru dam on May 1 forced thousands of families from the valley ."],
}
REFERENCE = """2031-05-01
The dam at Oru bursts after heavy rain ; thousands of families flee the valley .
--------------------------------
2031-05-05
Engineers begin repairing the Oru dam .
--------------------------------
"""


def _topic(root: Path) -> Path:
    topic = root / "Flood_test"
    for day, lines in ARTICLES.items():
        d = topic / "InputDocs" / day
        d.mkdir(parents=True)
        (d / "1.htm.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (topic / "timelines").mkdir()
    (topic / "timelines" / "ref.txt").write_text(REFERENCE, encoding="utf-8")
    (topic / "keywords.json").write_text('["OruDam"]', encoding="utf-8")
    return topic


def test_read_timeline_and_setup(tmp_path: Path) -> None:
    topic = _topic(tmp_path)
    ref = tls.read_timeline(topic / "timelines" / "ref.txt")
    assert [d.isoformat() for d in sorted(ref.days)] == ["2031-05-01", "2031-05-05"]
    assert ref.sentences_per_date == 1
    opts = tls.timeline_options(ref, tls.topic_keywords(topic))
    assert (opts.max_dates, opts.start, opts.end) == (2, "2031-05-01", "2031-05-05")
    assert opts.keywords == ["Oru", "Dam"]


@pytest.fixture(scope="module")
def evaluated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, tls.TLSResult]:
    """One topic evaluated once (the pipeline run is the slow part); its store is kept for reuse."""
    root = tmp_path_factory.mktemp("tls")
    _topic(root / "data")
    result = tls.evaluate(root / "data", out=root / "out", stores=root / "stores", rouge="reimpl")
    return root, result


def test_evaluate_writes_timelines_and_scores(evaluated: tuple[Path, tls.TLSResult]) -> None:
    root, result = evaluated
    assert len(result.timelines) == 1
    score = result.timelines[0]
    assert score.dates == 2 and score.sentences_per_date == 1
    assert set(score.scores) == {"align_m1", "concat", "agreement", "date"}
    assert 0.0 < score.scores["align_m1"]["rouge_1"] <= 1.0
    written = (root / "out" / "Flood_test" / "ref.txt").read_text(encoding="utf-8").splitlines()
    assert "2031-05-01" <= written[0] <= "2031-05-05" and written[2] == "-" * 32
    assert written[1].endswith(" .")  # tokenised like the references
    data = result.to_dict()
    assert data["mean"]["date"]["f1"] == score.scores["date"]["f1"]
    assert "mean of 1 timelines" in result.format()


def test_stores_are_reused(evaluated: tuple[Path, tls.TLSResult]) -> None:
    root, first = evaluated
    again = tls.evaluate(root / "data", stores=root / "stores", rouge="reimpl")
    assert again.topics[0].articles == 0  # nothing analysed twice
    assert again.timelines[0].scores == first.timelines[0].scores


def _perl_rouge_available() -> bool:
    if shutil.which("perl") is None:
        return False
    return subprocess.run(["perl", "-MXML::Parser", "-MLWP", "-e", "1"], capture_output=True).returncode == 0


@pytest.mark.skipif(not _perl_rouge_available(), reason="ROUGE-1.5.5 needs libxml-parser-perl and libwww-perl")
def test_cli_with_original_rouge(evaluated: tuple[Path, tls.TLSResult]) -> None:
    root, _ = evaluated
    res = CliRunner().invoke(app, ["eval", "tls", str(root / "data"), "--stores", str(root / "stores"), "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["rouge"] == "original"
    assert len(data["timelines"]) == 1
    assert 0.0 < data["mean"]["align_m1"]["rouge_1"] <= 1.0


@pytest.mark.shared
def test_reference_timelines_parse_like_tilse() -> None:
    from tilse.data.timelines import Timeline

    root = shared_path("data", "tls", "t17", "Timeline17")
    refs = sorted(root.glob("*/timelines/*.txt"))
    assert len(refs) == 17
    for path in refs:
        with path.open(encoding="utf-8") as f:
            theirs = Timeline.from_file(f)
        ours = tls.read_timeline(path)
        assert set(ours.days) == theirs.get_dates() - {None}  # tilse files a dateless block under None
        assert all(ours.days[d] == theirs[d] for d in ours.days)
