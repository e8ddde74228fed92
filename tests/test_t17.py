"""The Timeline17 reader: PTB detokenisation, publication dates from folders, the format hook."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.model import Article, ReadError
from dateline.read import read_paths
from dateline.read.t17 import detokenize, is_t17_file, publication_date, read_file, read_t17, tokenize
from tests.conftest import shared_path


@pytest.mark.parametrize(
    ("ptb", "prose"),
    [
        ("The ministry said 12 people were killed , officials reported .",
         "The ministry said 12 people were killed, officials reported."),
        ("He said : `` We do n't know . ''", 'He said: "We don\'t know."'),
        ("The army 's commander -LRB- a general -RRB- resigned .", "The army's commander (a general) resigned."),
        ("Aid worth $ 5m -LRB- # 3m -RRB- arrived .", "Aid worth $5m (£3m) arrived."),
        ("Turnout rose to 60 % in the north .", "Turnout rose to 60% in the north."),
        ("The soldiers ' families waited .", "The soldiers' families waited."),
        ("Roads in 1\\/3 of the region were shut .", "Roads in 1/3 of the region were shut."),
    ],
)
def test_detokenize(ptb: str, prose: str) -> None:
    assert detokenize(ptb) == prose


@pytest.mark.parametrize(
    "ptb",
    [
        "The ministry said 12 people were killed , officials reported .",
        "He said : `` We do n't know . ''",
        "The army 's commander -LRB- a general -RRB- resigned .",
        "Aid worth $ 5m -LRB- # 3m -RRB- arrived on 12,000 trucks .",
    ],
)
def test_tokenize_restores_the_ptb_form(ptb: str) -> None:
    assert tokenize(detokenize(ptb)) == ptb


def _write(root: Path, day: str, name: str, text: str) -> Path:
    path = root / "Topic_src" / "InputDocs" / day / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_read_file_dates_and_paragraphs(tmp_path: Path) -> None:
    path = _write(tmp_path, "2011-02-01", "7.htm.txt",
                  "Crowds gathered in the square , witnesses said . \nPolice fired tear gas .\n")
    assert is_t17_file(path)
    assert publication_date(path).isoformat() == "2011-02-01"
    article = read_file(path)
    assert isinstance(article, Article)
    assert article.published.isoformat() == "2011-02-01"
    assert article.text == "Crowds gathered in the square, witnesses said.\n\nPolice fired tear gas."
    assert article.format == "t17" and article.source == "Topic_src"


def test_empty_and_undated_files_are_errors(tmp_path: Path) -> None:
    empty = _write(tmp_path, "2011-02-01", "8.htm.txt", "")
    assert isinstance(read_file(empty), ReadError)
    loose = tmp_path / "9.htm.txt"
    loose.write_text("Some text .", encoding="utf-8")
    assert not is_t17_file(loose)
    assert isinstance(read_file(loose), ReadError)


def test_read_paths_detects_the_layout(tmp_path: Path) -> None:
    _write(tmp_path, "2011-02-01", "1.htm.txt", "Protesters marched on Tuesday .")
    _write(tmp_path, "2011-02-02", "2.htm.txt", "The march continued .")
    items = list(read_paths([tmp_path / "Topic_src" / "InputDocs"]))
    assert [type(x) for x in items] == [Article, Article]
    assert {a.format for a in items} == {"t17"}
    assert [a.published.isoformat() for a in read_t17([tmp_path])] == ["2011-02-01", "2011-02-02"]


@pytest.mark.shared
def test_real_t17_round_trip_is_mostly_exact() -> None:
    topic = shared_path("data", "tls", "t17", "Timeline17", "H1N1_guardian", "InputDocs")
    lines = same = 0
    for path in sorted(topic.rglob("*.htm.txt"))[:20]:
        for line in path.read_text(encoding="utf-8").splitlines():
            line = " ".join(line.split())
            if line:
                lines += 1
                same += tokenize(detokenize(line)) == line
    assert lines > 100
    assert same / lines > 0.9
