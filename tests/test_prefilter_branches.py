"""The per-branch literal test (``branch_literals``) only skips searches that cannot match: checked on
words drawn from the branches' own literals and, when ../shared is present, on ACLED notes."""

from __future__ import annotations

import csv
import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.extract import claims
from dateline.extract import typing as typing_rules
from dateline.extract.prefilter import LiteralGuard, branch_literals, trigrams

from .conftest import shared_path

PATTERNS = [v for v in vars(typing_rules).values() if isinstance(v, re.Pattern)] + [
    claims._ONE_PERSON, claims._KILLING_ONE, claims._BOTH_OR_OTHER]
GUARDS = [LiteralGuard.of(p) for p in PATTERNS]
BRANCHED = [g for g in GUARDS if g.branches]
# the branches' own strings, so that texts meet some branches halfway
PIECES = sorted({x for g in BRANCHED for sets in g.branches for probes in sets for _, x in probes})


def test_branch_literals_of_an_alternation() -> None:
    pattern = re.compile(r"\b(?:seized (?:\w+ )?control|overran|captured (?:the )?town)\b", re.I)
    assert set(branch_literals(pattern)) == {(frozenset({"overran"}),),
                                             (frozenset({"seized "}), frozenset({"control"})),
                                             (frozenset({"captured "}), frozenset({"town"}))}
    guard = LiteralGuard.of(pattern)
    assert not guard.may_match("the town was seized", "the town was seized")  # each set met, no branch whole
    assert guard.search("Rebels seized full control of it")


def test_no_branches_for_word_lists() -> None:
    assert branch_literals(re.compile(r"\b(?:killed|shot|hit|wounded (?:\w+ )?badly)\b")) == ()
    assert branch_literals(re.compile(r"\b(?:killed|\d+ dead)\b")) == ()  # a branch without a set


def _agrees(text: str) -> None:
    lowered = text.lower()
    grams = trigrams(lowered)
    for guard in BRANCHED:
        may = guard.may_match(text, lowered)
        assert guard.may_match(text, lowered, grams=grams) == may
        if not may:
            assert guard.pattern.search(text) is None, (guard.pattern.pattern[:60], text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES + ["the", "a", "of", "Town", "three", ",", "were", "by", "police"]),
                max_size=10).map(" ".join))
def test_branches_never_skip_a_match_on_generated_text(text: str) -> None:
    _agrees(text)


def test_branches_never_skip_a_match_on_acled_notes() -> None:
    path = shared_path("data", "events", "acled", "acled_events_with_notes.csv")
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as fh:
        for _, row in zip(range(3000), csv.DictReader(fh)):
            _agrees(row["notes"])


def _extraction_guards() -> list[LiteralGuard]:
    from dateline.extract import actors, api

    return [*actors._NOUN_ACTOR_GUARDS, api._PLACE_BEFORE_NOUN_GUARD, api._NAME_DASH_PART_GUARD, api._SPEECH_GUARD,
            claims._ONE_PERSON_GUARD, claims._KILLING_ONE_GUARD, claims._BOTH_OR_OTHER_GUARD]


SENTENCES = [
    "Unidentified gunmen shot dead a police officer in Dori (Dori, Seno) - Sahel, the ministry said.",
    "PROTESTERS and a mob of rioters gathered in Kisumu town; both were killed.",
    "Nothing here at all", "Caf\u00e9 owners protested; \u212aILLED", "",
]


def test_guarded_finditer_is_finditer() -> None:
    """Extraction's guarded scans give the plain scans' matches (``LiteralGuard.finditer``)."""
    for guard in _extraction_guards():
        for text in SENTENCES:
            assert [m.span() for m in guard.finditer(text, text.lower())] == [m.span() for m in guard.pattern.finditer(text)]


def test_guarded_finditer_is_finditer_on_acled_notes() -> None:
    path = shared_path("data", "events", "acled", "acled_events_with_notes.csv")
    csv.field_size_limit(sys.maxsize)
    guards = _extraction_guards()
    with path.open(encoding="utf-8", newline="") as fh:
        for _, row in zip(range(3000), csv.DictReader(fh)):
            text = row["notes"]
            for guard in guards:
                assert [m.span() for m in guard.finditer(text)] == [m.span() for m in guard.pattern.finditer(text)]
