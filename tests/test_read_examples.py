"""The example corpus and its README agree: every expected claim's number is in its article."""

from __future__ import annotations

import re
from pathlib import Path

from dateline.model import CLAIM_KINDS, QUALIFIERS, Article
from dateline.read import read_paths

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
WORDS = {1: "one", 2: "two", 4: "four", 5: "five", 7: "seven", 9: "nine", 10: "ten"}


def _readme_tables() -> tuple[dict[str, str], list[list[str]]]:
    """Article label -> where it is read from; and the rows of the expected-claims table."""
    files: dict[str, str] = {}
    claims: list[list[str]] = []
    for line in (EXAMPLES / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 6 and re.fullmatch(r"A\d+'?", cells[0]) and "`" in cells[1]:
            files[cells[0]] = cells[1]
        elif len(cells) == 7 and cells[1] in CLAIM_KINDS:
            claims.append(cells)
    return files, claims


def _article_for(label: str, where: str, articles: list[Article]) -> Article:
    name = re.search(r"`([^`]+)`", where).group(1)
    matches = [a for a in articles if Path(a.path).name.split(":")[0] == name]
    if len(matches) > 1:
        n = int(re.search(r"(?:line|item|row at line) (\d+)", where).group(1))
        if "item" in where:
            return matches[n - 1]
        return next(a for a in matches if a.path.endswith(f":{n}"))
    assert len(matches) == 1, (label, where)
    return matches[0]


def test_every_expected_claim_is_supported_by_its_article_text() -> None:
    articles = [a for a in read_paths([EXAMPLES / "corpus"]) if isinstance(a, Article)]
    files, claims = _readme_tables()
    assert len(files) == 14 and len(claims) == 40
    for label, _kind, count, qualifier, _side, _claimant, event_date in claims:
        article = _article_for(label, files[label], articles)
        n = int(count.replace(",", ""))
        text = article.text.lower()
        assert qualifier in QUALIFIERS
        assert f"{n:,}" in article.text or str(n) in article.text or WORDS.get(n, "@") in text, (label, count)
        assert re.match(r"\d{4}", event_date) or "1990s" in event_date
        if "bg" not in event_date:
            assert event_date[:10] <= article.published.isoformat(), (label, event_date)


def test_the_republished_copy_has_the_same_text() -> None:
    articles = [a for a in read_paths([EXAMPLES / "corpus"]) if isinstance(a, Article)]
    files, _ = _readme_tables()
    original = _article_for("A6", files["A6"], articles)
    copy = _article_for("A6'", files["A6'"], articles)
    assert original.id == copy.id and original.format == "seed" and copy.format == "jsonl"
