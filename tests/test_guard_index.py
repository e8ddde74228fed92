"""The guard index (``prefilter.GuardIndex``) tests all of typing's literal prefilters at once: it must let through
every text ``LiteralGuard.may_match`` lets through (so no regex answer changes), before and after it refiles its
strings under their rarest trigrams, and still skip most searches that cannot match."""

from __future__ import annotations

import csv
import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.extract import typing as typing_rules
from dateline.extract.prefilter import GuardIndex, LiteralGuard, admits, trigrams

from .conftest import shared_path

PATTERNS = [v for v in vars(typing_rules).values() if isinstance(v, re.Pattern)]
PIECES = sorted({x for p in PATTERNS for s in LiteralGuard.of(p).literals for x in s})
SENTENCES = [
    "Unidentified gunmen shot dead a police officer in Dori (Dori, Seno), the ministry said.",
    "Protesters blocked the road to demand the release of their leader; police fired tear gas.",
    "The two sides signed a ceasefire agreement in Doha on Monday.",
    "An air strike hit a market, killing 12 civilians.", "Nothing here at all", "", "ab",
]


def _agrees(index: GuardIndex, text: str) -> None:
    lowered = text.lower()
    met = index.met(lowered, trigrams(lowered))
    for pattern in PATTERNS:
        entry = index.entry(pattern)
        if not entry.indexed or not text.isascii():
            continue
        if entry.guard.may_match(text, lowered):
            assert admits(entry, met), (pattern.pattern[:60], text)
        if not admits(entry, met):
            assert pattern.search(text) is None, (pattern.pattern[:60], text)


def _index(learn: int) -> GuardIndex:
    index = GuardIndex()
    index.LEARN = learn
    for pattern in PATTERNS:
        index.entry(pattern)
    return index


def test_index_lets_through_what_each_guard_does() -> None:
    for learn in (1, 3, 10_000):  # refiled after the first text, after a few, never
        index = _index(learn)
        for text in SENTENCES * 2:
            _agrees(index, text)


GENERATED_INDEX = _index(2)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES + ["the", "a", "of", "were", "by", "police", "Town", "3"]), max_size=10)
       .map(" ".join))
def test_index_agrees_on_generated_text(text: str) -> None:
    _agrees(GENERATED_INDEX, text)


def test_index_agrees_on_acled_notes() -> None:
    path = shared_path("data", "events", "acled", "acled_events_with_notes.csv")
    csv.field_size_limit(sys.maxsize)
    index = _index(GuardIndex.LEARN)
    with path.open(encoding="utf-8", newline="") as fh:
        for _, row in zip(range(1000), csv.DictReader(fh)):
            _agrees(index, row["notes"])


def test_index_skips_what_cannot_match() -> None:
    index = _index(1)
    index.met("warm up", trigrams("warm up"))  # refiled from here on
    text = "the committee met in the capital on tuesday."
    met = index.met(text, trigrams(text))
    skipped = [p for p in PATTERNS if index.entry(p).indexed and not admits(index.entry(p), met)]
    assert typing_rules._CHEMICAL in skipped and typing_rules._SUICIDE in skipped
    assert len(skipped) > len(PATTERNS) // 2
    strike = "an air strike hit a market."
    assert admits(index.entry(typing_rules._AIR_CUE), index.met(strike, trigrams(strike)))


def test_search_gives_the_regex_answers_on_typed_text() -> None:
    """``typing._search`` behind the index answers as the regex does, on text seen before the index grew too."""
    texts = [typing_rules._Text.of(t) for t in SENTENCES + ["Rebels seized full control of the town."]]
    for pattern in PATTERNS:
        for text in texts:
            assert (typing_rules._search(pattern, text) is None) == (pattern.search(text) is None)
