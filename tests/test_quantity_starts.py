"""``numbers._quantity_matches`` finds where to try the quantity pattern by one scan: the same matches as
testing every word start in Python, and as ``QUANTITY_RE.finditer``."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.extract import numbers

SENTENCES = [
    "At least 12 people were killed and about two dozen wounded in Kidal on 3 March.",
    "Some 300-400 protesters, among them a handful of students, gathered; an estimated 1,500 fled.",
    "Between five and seven soldiers, nearly a hundred civilians and tens of thousands of others.",
    "No fewer than three, up to twenty-one, c. 40, circa 50, approx. 60 and zero casualties.",
    "abc1 2abc a-b c.d 7th 2021-22 scores of hundreds of thousands of displaced",
    "A hundred and a\thundred, an\nhundred, an estimated 5, a single man, A few, c.100 and C. 20 died.",
    "",
]


def _word_by_word(text: str) -> list[tuple[int, int]]:
    """The matches as found before: every word start tested in Python."""
    lowered, end, out = text.lower(), 0, []
    for w in re.finditer(r"\b\w", lowered):
        start = w.start()
        if start < end or not (lowered[start].isdigit() or lowered.startswith(numbers._OPENINGS, start)):
            continue
        m = numbers.QUANTITY_RE.match(text, start)
        if m is not None:
            end = m.end()
            out.append(m.span())
    return out


def _spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in numbers._quantity_matches(text)]


def test_quantity_matches_on_sentences() -> None:
    for text in SENTENCES:
        assert _spans(text) == _word_by_word(text) == [m.span() for m in numbers.QUANTITY_RE.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["a", "an", "A", "about", "at least", "1", "12", "3,000", "two", "Twenty-one", "dozen",
                                 "dozens of", "c.", "circa", "killed", "people", "-", ",", ".", " ", "cat", "and", "or",
                                 "no", "not", "x9", "9x", "under", "between", "an", "An", "c", "C.", "c.", "ca", "hundred", "\t",
                                 "\x1c", "\n", "approx.", "approx", "as many as", "at", "most", "aa", "anx"]),
                max_size=14))
def test_quantity_matches_on_word_salad(words: list[str]) -> None:
    text = " ".join(words)
    assert _spans(text) == _word_by_word(text)
