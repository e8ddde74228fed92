"""`dateline run` over mixed good and bad inputs: errors with file:line, exit code, no duplicates."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.read import read_paths
from dateline.store import Store

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "read"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def shared_path(*parts: str) -> Path:
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} is absent (evaluation data lives beside the repository in ../shared)")
    return p


def test_run_reports_each_bad_input_and_exits_1(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    shutil.copytree(FIXTURES / "same", inputs / "same")
    shutil.copy(FIXTURES / "bad" / "mixed.jsonl", inputs)
    shutil.copy(FIXTURES / "bad" / "empty.txt", inputs)
    db = tmp_path / "x.db"
    result = CliRunner().invoke(app, ["run", str(inputs), "--db", str(db), "-q"])
    assert result.exit_code == 1, result.output
    out = " ".join(result.output.split())
    assert f"{inputs / 'mixed.jsonl'}:2: malformed JSON" in out
    assert f"{inputs / 'empty.txt'}: empty file" in out
    assert "8 articles (3 new, 5 already stored), 5 skipped" in out  # one article in six formats
    with Store(db) as store:
        assert len(store.article_ids()) == 3


def test_rerun_on_good_inputs_stores_nothing_twice_and_exits_0(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    first = CliRunner().invoke(app, ["run", str(FIXTURES / "same"), "--db", str(db), "-q"])
    second = CliRunner().invoke(app, ["run", str(FIXTURES / "same"), "--db", str(db), "-q"])
    assert first.exit_code == 0 and second.exit_code == 0
    assert "6 articles (1 new, 5 already stored)" in " ".join(first.output.split())
    assert "6 articles (0 new, 6 already stored)" in " ".join(second.output.split())


def test_format_option_is_validated(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["run", str(FIXTURES / "same"), "--db", str(tmp_path / "x.db"), "-f", "pdf"])
    assert result.exit_code != 0 and "unknown format" in result.output


@pytest.mark.shared
def test_shared_seed_articles_read_without_errors() -> None:
    seeds = shared_path("corpus", "seeds")
    items = list(read_paths([seeds]))
    assert items and all(hasattr(i, "text") for i in items), [str(i) for i in items]
    assert all(i.format == "seed" and 1990 < i.published.year for i in items)


@pytest.mark.shared
def test_shared_t17_jsonl_conversion_reads_with_its_time_field() -> None:
    path = shared_path("data", "tls", "t17", "Timeline17", "SyrianCrisis_bbc", "articles.jsonl")
    items = list(read_paths([path]))
    articles = [i for i in items if hasattr(i, "text")]
    assert len(articles) >= 0.95 * len(items)  # a few source files are empty
    assert all(a.format == "jsonl" and 2011 <= a.published.year <= 2013 for a in articles)
