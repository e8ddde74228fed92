"""Readers: every format, detection, content ids, and a clear error for every bad input."""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pytest

from dateline.model import Article, ReadError
from dateline.read import FORMATS, read_paths
from dateline.read.api import read_file
from dateline.read.detect import detect

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "read"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "corpus"


def read(*paths: Path | str, format: str | None = None) -> tuple[list[Article], list[ReadError]]:
    items = list(read_paths(paths, format=format))
    return [a for a in items if isinstance(a, Article)], [e for e in items if isinstance(e, ReadError)]


def error_for(errors: list[ReadError], name: str) -> list[ReadError]:
    return [e for e in errors if Path(e.path).name == name]


def test_formats_cover_every_reader() -> None:
    assert {"seed", "jsonl", "csv", "html", "feed"} <= set(FORMATS)


def test_one_article_in_six_formats_has_one_id() -> None:
    articles, errors = read(FIXTURES / "same")
    assert errors == []
    assert sorted(a.format for a in articles) == ["csv", "feed", "feed", "html", "jsonl", "seed"]
    assert {a.id for a in articles} == {Article.make_id(articles[0].text, date(2021, 3, 2))}
    assert {a.published for a in articles} == {date(2021, 3, 2)}
    assert all(a.text.startswith("Two border guards were wounded on Tuesday") for a in articles)


def test_metadata_is_kept_but_is_not_identity() -> None:
    articles, _ = read(FIXTURES / "same")
    by_format = {a.format: a for a in articles}
    assert by_format["jsonl"].title == "Guards wounded" and by_format["jsonl"].source == "Fixture Post"
    assert by_format["html"].source == "Fixture Post" and by_format["html"].title == "Guards wounded"
    assert by_format["seed"].title is None
    assert by_format["jsonl"].path.endswith("report.jsonl:1")
    assert by_format["csv"].path.endswith("report.csv:2")


def test_html_headline_is_metadata_not_text() -> None:
    (article,), _ = read(FIXTURES / "same" / "report.html")
    assert "Guards wounded" not in article.text
    assert "Home" not in article.text and "made-up outlet" not in article.text


def test_feed_dates_keep_the_publishers_local_day() -> None:
    # RSS: 23:30 at UTC-5 is already 3 March in UTC; Atom: 01:00 at UTC+4 is still 1 March in UTC.
    articles, _ = read(FIXTURES / "same" / "report.rss", FIXTURES / "same" / "report.atom")
    assert [a.published for a in articles] == [date(2021, 3, 2), date(2021, 3, 2)]


@pytest.mark.parametrize(
    ("name", "published", "words"),
    [("jsonld_only.html", date(2018, 4, 9), "central market"), ("time_only.html", date(2017, 8, 14), "river bridge")],
)
def test_html_date_from_json_ld_or_time_element(name: str, published: date, words: str) -> None:
    (article,), errors = read(FIXTURES / "good" / name)
    assert errors == [] and article.published == published and words in article.text


def test_csv_dialects_and_multiline_cells() -> None:
    (semi,), _ = read(FIXTURES / "good" / "semicolon.csv")
    assert semi.published == date(2019, 6, 30) and semi.title == "Curfew extended"
    assert semi.text.endswith("schools stay shut.")
    first, second = read(FIXTURES / "good" / "multiline.csv")[0]
    assert first.text == "First line of a report.\n\nSecond paragraph, with a comma."
    assert first.path.endswith(":2") and second.path.endswith(":5")


def test_bad_jsonl_lines_are_errors_and_the_rest_is_read() -> None:
    articles, errors = read(FIXTURES / "bad" / "mixed.jsonl")
    assert [a.published for a in articles] == [date(2020, 2, 1), date(2020, 2, 2)]
    assert articles[1].text.startswith("Another good line")  # "body" is a text field too
    reasons = {e.line: e.reason for e in errors}
    assert sorted(reasons) == [2, 3, 4, 5]
    assert reasons[2].startswith("malformed JSON")
    assert "array" in reasons[3]
    assert "no publication date" in reasons[4] and "x9" in reasons[4]
    assert "sometime soon" in reasons[5]


@pytest.mark.parametrize(
    ("name", "reason", "line"),
    [
        ("empty.txt", "empty file", None),
        ("blank.txt", "empty file", None),
        ("binary.bin", "binary file", 1),
        ("no_date.txt", "no publication date", 1),
        ("bad_date.txt", "invalid publication date '2021-13-45'", 1),
        ("latin1.txt", "not UTF-8 text", 2),
        ("no_text_column.csv", "no text column", 1),
        ("no_date.html", "no publication date in the page metadata", None),
        ("unknown.dat", "unknown format", None),
    ],
)
def test_bad_files_are_reported_with_reason_and_line(name: str, reason: str, line: int | None) -> None:
    articles, errors = read(FIXTURES / "bad" / name)
    assert articles == []
    assert len(errors) == 1
    assert reason in errors[0].reason
    assert errors[0].line == line
    assert str(errors[0]).startswith(str(FIXTURES / "bad" / name))


def test_feed_entry_without_date_is_one_error_with_its_line() -> None:
    articles, errors = read(FIXTURES / "bad" / "entry_without_date.rss")
    assert [a.title for a in articles] == ["Dated"]
    assert len(errors) == 1 and errors[0].line == 4 and "'Undated'" in errors[0].reason


def test_reading_goes_on_after_errors() -> None:
    articles, errors = read(FIXTURES / "bad", FIXTURES / "same")
    assert len(articles) == 2 + 1 + 6  # good lines of mixed.jsonl, the dated feed entry, same/
    assert len(errors) >= 10


def test_missing_path_is_an_error() -> None:
    _, errors = read(FIXTURES / "does-not-exist")
    assert len(errors) == 1 and errors[0].reason == "no such file or directory"


def test_directory_walk_skips_hidden_and_non_article_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(" date 2020-01-01 An article.\n")
    (tmp_path / ".hidden.txt").write_text("not read\n")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("not read\n")
    (tmp_path / "store.db").write_bytes(b"SQLite format 3\x00")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "README.md").write_text("# notes\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(" date 2020-01-02 Another article.\n")
    articles, errors = read(tmp_path)
    assert errors == [] and [a.published.day for a in articles] == [1, 2]
    _, named = read(tmp_path / "photo.png")  # a file named explicitly is always read, or reported
    assert len(named) == 1 and "PNG" in named[0].reason


def test_format_flag_overrides_detection(tmp_path: Path) -> None:
    f = tmp_path / "articles.txt"
    f.write_text(json.dumps({"text": "Forced.", "date": "2020-05-05"}) + "\n")
    assert detect(f, f.read_bytes()) == "jsonl"  # content beats the .txt extension
    (article,), _ = read(f, format="jsonl")
    assert article.format == "jsonl"
    articles, errors = read(f, format="seed")
    assert articles == [] and "no publication date" in errors[0].reason
    with pytest.raises(ValueError, match="unknown format"):
        read(f, format="pdf")


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b" date 2020-01-01 Text", "seed"),
        (b"\xef\xbb\xbf date 2020-01-01 Text", "seed"),
        (b'{"text": "x"}\n', "jsonl"),
        (b"id,published,text\n1,2020-01-01,x\n", "csv"),
        (b"text\tdate\nx\t2020-01-01\n", "csv"),
        (b'<?xml version="1.0"?>\n<rss version="2.0">', "feed"),
        (b'<feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        (b"<!DOCTYPE html><html>", "html"),
        (b"\n\n  <html><body>", "html"),
        (b"Some words", None),
    ],
)
def test_detection_by_content(head: bytes, expected: str | None) -> None:
    assert detect("input.dat", head) == expected


def test_detection_falls_back_to_the_extension() -> None:
    assert detect("notes.csv", b"no header here") == "csv"
    assert detect("feed.xml", b"<?xml version='1.0'?><unknown/>") == "feed"
    assert detect("x/InputDocs/2011-02-01/3.htm.txt", b"Some words") == "t17"
    assert detect("x/InputDocs/2011-02-01/3.htm.txt", b"Some words", t17=False) == "seed"


def test_gzip_and_byte_order_marks(tmp_path: Path) -> None:
    record = json.dumps({"text": "Zipped.", "published": "2020-05-05"}) + "\n"
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(record.encode()))
    (tmp_path / "b.txt").write_bytes(" date 2020-05-06 Wide text.\n".encode("utf-16"))
    (tmp_path / "c.txt").write_bytes(" date 2020-05-07 BOM text.\n".encode("utf-8-sig"))
    articles, errors = read(tmp_path)
    assert errors == []
    assert [(a.text, a.published.day) for a in articles] == [("Zipped.", 5), ("Wide text.", 6), ("BOM text.", 7)]


def test_html_declared_legacy_encoding_is_honoured(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="windows-1252"><meta property="article:published_time" '
        'content="2019-02-03"></head><body><article><p>The caf\xe9 owners said the square was calm '
        "on Sunday and that trade had resumed after a week of protests in the old town.</p></article></body></html>"
    )
    f = tmp_path / "legacy.html"
    f.write_bytes(page.encode("cp1252"))
    (article,), _ = read(f)
    assert "café" in article.text and article.published == date(2019, 2, 3)


def test_rerunning_gives_the_same_articles() -> None:
    first, _ = read(FIXTURES)
    second, _ = read(FIXTURES)
    assert [(a.id, a.path) for a in first] == [(a.id, a.path) for a in second]


def test_read_file_never_raises_on_arbitrary_bytes(tmp_path: Path) -> None:
    hypothesis = pytest.importorskip("hypothesis")
    st = hypothesis.strategies
    f = tmp_path / "fuzz.dat"

    @hypothesis.settings(max_examples=150, deadline=None)
    @hypothesis.given(
        st.one_of(
            st.binary(max_size=300),
            st.text(max_size=300).map(str.encode),
            st.sampled_from([b" date 2020-01-01 ", b"{", b"text,date\n", b"<rss>", b"<html>"]).flatmap(
                lambda prefix: st.binary(max_size=200).map(lambda rest: prefix + rest)
            ),
        ),
        st.sampled_from([None, *FORMATS]),
    )
    def check(data: bytes, fmt: str | None) -> None:
        if fmt == "t17":
            return
        f.write_bytes(data)
        for item in read_file(f, fmt):
            assert isinstance(item, (Article, ReadError))
            if isinstance(item, Article):
                assert item.text.strip() and item.id == Article.make_id(item.text, item.published)

    check()


def test_example_corpus_reads_cleanly_with_one_republished_article() -> None:
    articles, errors = read(EXAMPLES)
    assert errors == []
    assert {a.format for a in articles} == {"seed", "jsonl", "csv", "html", "feed"}
    assert len(articles) == 14 and len({a.id for a in articles}) == 13
    twice = [a for a in articles if [b.id for b in articles].count(a.id) == 2]
    assert sorted(a.format for a in twice) == ["jsonl", "seed"]
    assert all(150 <= len(a.text.split()) <= 400 for a in articles), [len(a.text.split()) for a in articles]
    assert {a.published.year for a in articles} == {2020, 2021, 2022, 2023}


def test_t17_topic_folder_reads_input_docs_only(tmp_path: Path) -> None:
    pytest.importorskip("dateline.read.t17")
    topic = tmp_path / "Topic_src"
    day = topic / "InputDocs" / "2011-02-01"
    day.mkdir(parents=True)
    (day / "7.htm.txt").write_text("Protesters gathered in the square -LRB- again -RRB- .\n")
    (topic / "articles.jsonl").write_text(json.dumps({"id": "7", "time": "2011-02-01", "text": "copy"}) + "\n")
    (topic / "timelines").mkdir()
    (topic / "timelines" / "tl.txt").write_text("2011-02-01\nA gold sentence .\n")
    articles, errors = read(tmp_path)
    assert errors == []
    assert [(a.format, a.published) for a in articles] == [("t17", date(2011, 2, 1))]


def test_symlink_loops_are_walked_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(" date 2020-01-01 An article.\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "loop").symlink_to(tmp_path, target_is_directory=True)
    articles, errors = read(tmp_path)
    assert errors == [] and len(articles) == 1
