"""The literal prefilter never changes a regex's answer; it only skips searches that cannot match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.extract import typing as typing_rules
from dateline.extract.prefilter import LiteralGuard, required_literals

SENTENCES = [
    "Militants shelled the village overnight, killing two farmers.",
    "POLICE FIRED TEAR GAS AT DEMONSTRATORS IN THE CAPITAL.",
    "A landmine exploded under a truck near the border.",
    "The two sides signed a ceasefire agreement on Monday.",
    "Rebels retook the town after heavy fighting.",
    "Nothing happened here at all.",
    "Gunmen abducted a trader; his body was found later.",
    "Air-strikes hit the depot, the ministry said.",
    "Caf\u00e9 owners protested against the curfew.",  # not ASCII: the regex decides alone
    "\u212aILLED",  # the Kelvin sign folds to "k" under IGNORECASE
]


def test_required_literals_of_an_alternation() -> None:
    pattern = re.compile(r"\b(?:kill(?:ed|ing)?|shell(?:ed|ing)|(?:land)?mines?|IEDs?)\b", re.I)
    # each branch's literal start, extended by the alternation right after it ("shell" + "ed" / "ing")
    assert required_literals(pattern) == (frozenset({"kill", "shelled", "shelling", "mine", "ied"}),)


def test_every_part_a_match_needs_gives_a_set() -> None:
    pattern = re.compile(r"\b(?:police|troops) (?:\w+ ){0,3}?fired (?:tear ?gas|live rounds)\b", re.I)
    assert set(required_literals(pattern)) == {frozenset({"police", "troops"}),
                                               frozenset({"fired tear", "fired live rounds"}),
                                               frozenset({"tear", "live rounds"})}


def test_no_literals_when_a_branch_has_none() -> None:
    assert required_literals(re.compile(r"\b(?:kill|\d+)\b")) == ()
    assert required_literals(re.compile(r"\b(?:kill|\d+ dead)\b")) == (frozenset({"kill", " dead"}),)
    # a group with its own case rule is not read
    assert required_literals(re.compile(r"(?i:kill)")) == ()


def test_guard_skips_text_without_the_literals_and_keeps_matches() -> None:
    guard = LiteralGuard.of(re.compile(r"\b(?:shell(?:ed|ing)|bomb(?:ed|ing)?)\b", re.I))
    assert guard.search("Troops SHELLED the hills")
    assert not guard.search("Troops shellfished the hills")  # literal present, regex says no
    assert not guard.search("Troops rested")


def test_kelvin_sign_is_left_to_the_regex() -> None:
    guard = LiteralGuard.of(re.compile(r"\bkilled\b", re.I))
    assert guard.search("\u212aILLED") == (guard.pattern.search("\u212aILLED") is not None)


STACK_PATTERNS = [getattr(typing_rules, name) for name in typing_rules.STACK_FLAGS]


@pytest.mark.parametrize("pattern", STACK_PATTERNS, ids=typing_rules.STACK_FLAGS)
def test_guard_agrees_with_the_regex_on_sentences(pattern: re.Pattern[str]) -> None:
    guard = LiteralGuard.of(pattern)
    for text in SENTENCES:
        assert guard.search(text) == (pattern.search(text) is not None), text


WORDS = st.sampled_from(["killed", "shelled", "police", "protest", "signed", "truce", "mine", "IED", "air", "strike",
                         "soldiers", "fired", "on", "the", "a", "Kill", "tear gas", "-", ",", "\u212a", "s"])


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=12).map(" ".join))
def test_guard_agrees_with_the_regex_on_generated_text(text: str) -> None:
    for pattern in STACK_PATTERNS:
        assert LiteralGuard.of(pattern).search(text) == (pattern.search(text) is not None)


ALL_TYPING_PATTERNS = [v for v in vars(typing_rules).values() if isinstance(v, re.Pattern)]


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=12).map(" ".join))
def test_trigram_test_agrees_with_the_scan(text: str) -> None:
    """``may_match`` with the text's trigrams gives the plain scan's answer, for every typing regex."""
    from dateline.extract.prefilter import trigrams

    lowered = text.lower()
    grams = trigrams(lowered)
    for pattern in ALL_TYPING_PATTERNS:
        guard = LiteralGuard.of(pattern)
        assert guard.may_match(text, lowered, grams=grams) == guard.may_match(text, lowered)
        if not guard.may_match(text, lowered, grams=grams):
            assert pattern.search(text) is None


def test_trigrams_of_short_text() -> None:
    from dateline.extract.prefilter import trigrams

    assert trigrams("") == frozenset() and trigrams("ab") == frozenset()
    assert trigrams("abcd") == {"abc", "bcd"}
