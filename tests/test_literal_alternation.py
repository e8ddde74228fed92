"""The prefix-tree alternation must match exactly what a longest-first alternation matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.extract.places import find_countries, literal_alternation

WORDS = ["Niger", "Nigeria", "Nigerian", "Congo", "Republic of Congo", "Republic of Korea", "Korea", "a.b", "(x)"]


def _both(words: list[str], tail: str = r"(?:s|ns)?(?![\w])") -> tuple[re.Pattern[str], re.Pattern[str]]:
    longest_first = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return (re.compile(rf"(?<![\w.])(?:{literal_alternation(words)}){tail}"),
            re.compile(rf"(?<![\w.])(?:{longest_first}){tail}"))


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_longest_word_wins_and_shorter_ones_still_match() -> None:
    tree, flat = _both(WORDS)
    text = "Nigerians fled to Niger; the Republic of Congo and Korea's Republic of Korea; Nigeriax; a.b (x)"
    assert _spans(tree, text) == _spans(flat, text)
    assert [text[a:b] for a, b in _spans(tree, text)][:3] == ["Nigerians", "Niger", "Republic of Congo"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.text(alphabet="ab. ", min_size=1, max_size=5), min_size=1, max_size=6, unique=True),
       st.text(alphabet="ab. sn", max_size=30))
def test_same_matches_as_a_longest_first_alternation(words: list[str], text: str) -> None:
    tree, flat = _both(words)
    assert _spans(tree, text) == _spans(flat, text)


def test_country_mentions_use_it() -> None:
    found = [(m.text, m.iso) for m in find_countries("Nigerian troops crossed into Niger from Nigeria.")]
    assert found == [("Nigerian", "NG"), ("Niger", "NE"), ("Nigeria", "NG")]
