"""Session 15's speed-ups change no answer: required literal sets cut to their shortest strings give every guard the
same answers, the conflict-word test without the guard index finds the same match, and the counting, pairing,
clause and network shortcuts give the same values as what they replace."""

from __future__ import annotations

import csv
import importlib
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.extract import hashing, prefilter
from dateline.extract import typing as tp
from dateline.extract.prefilter import GuardIndex, LiteralGuard, admits, trigrams
from dateline.time import anchor

from .conftest import shared_path

MODULES = ("typing", "api", "claims", "actors", "places", "numbers", "country_model")
PATTERNS = list({id(v): v for name in MODULES for v in vars(importlib.import_module(f"dateline.extract.{name}")).values()
                 if isinstance(v, re.Pattern) and isinstance(v.pattern, str)}.values()) + tp.module_patterns()


def _notes(n: int) -> list[str]:
    path = shared_path("data", "events", "acled", "acled_events_with_notes.csv")
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as fh:
        return [r["notes"] for _, r in zip(range(n), csv.DictReader(fh))]


# texts written for the tests: strings that hold a set's short string only inside a longer one, and the reverse
MADE_UP = [
    "Gunmen killed two farmers near the river; the army blamed the rebels.",
    "Protesters demanded the release of detainees, and police denied any role.",
    "Kill, KILLING, kills: the police assumed responsibility after the shelling.",
    "No group has claimed responsibility (the attack was blamed on bandits).",
    "the talks were held in the capital; nobody was hurt",
    "a", "", "  ", "ed es n t", "IED blast wounds 3 - Soldiers - While patrolling",
]


@contextmanager
def _unminimised() -> Iterator[None]:
    """Guards built with every string of their required sets (the code before the change)."""
    saved = prefilter._minimal
    prefilter._minimal = frozenset  # type: ignore[assignment]
    try:
        yield
    finally:
        prefilter._minimal = saved  # type: ignore[assignment]


def test_minimal_keeps_the_strings_no_other_holds() -> None:
    assert prefilter._minimal(frozenset({"kill", "killed", "killing", "dead"})) == {"kill", "dead"}
    assert prefilter._minimal(frozenset({"a", "ab", "b", "cab"})) == {"a", "b"}
    assert prefilter._minimal(frozenset({"held ", "held", " "})) == {"held", " "}
    assert prefilter._minimal(frozenset()) == frozenset()


def test_guards_of_shortest_strings_answer_as_before() -> None:
    """``LiteralGuard.may_match`` (by scanning, and by trigrams) of every extraction regex: the same answer with the
    required sets cut to their shortest strings as with all of them, on ACLED notes and the texts above, as written
    and in capitals."""
    with _unminimised():
        full = [LiteralGuard.of(p) for p in PATTERNS]
    cut = [LiteralGuard.of(p) for p in PATTERNS]
    assert sum(len(s) for g in cut for s in g.literals) < sum(len(s) for g in full for s in g.literals)
    texts = _notes(400) + MADE_UP
    texts += [t.upper() for t in texts[:50]]
    for text in texts:
        lowered = text.lower()
        grams = trigrams(lowered)
        for a, b in zip(full, cut):
            assert a.may_match(text) == b.may_match(text), (text, a.pattern)
            if text.isascii():
                assert a.may_match(text, lowered, True, grams) == b.may_match(text, lowered, True, grams), (text, a.pattern)


def test_guard_index_of_shortest_strings_admits_as_before() -> None:
    """``GuardIndex.met`` files fewer strings; every typing pattern is admitted or turned down as before (both indexes
    learning from the same texts, then refiled)."""
    with _unminimised():
        full = GuardIndex()
        full_entries = [full.entry(p) for p in PATTERNS]
    cut = GuardIndex()
    cut_entries = [cut.entry(p) for p in PATTERNS]
    texts = [t.lower() for t in _notes(600) + MADE_UP if t.isascii()]
    for lowered in texts:
        grams = trigrams(lowered)
        met_full, met_cut = full.met(lowered, grams), cut.met(lowered, grams)
        for a, b in zip(full_entries, cut_entries):
            if a.indexed:
                assert admits(a, met_full) == admits(b, met_cut), (lowered, a.guard.pattern)


def test_conflict_test_without_the_index_finds_the_same_match() -> None:
    texts = _notes(300) + MADE_UP
    texts += [t.upper() for t in texts[:40]] + ["Gunmen ſhot a ſoldier", "KILLED in the ſtrike", "Die Grenze"]
    for text in texts:
        ready = tp.worth_typing(text)
        expected = tp._CONFLICT.search(text)
        assert (ready is None) == (expected is None), text
        if ready is not None:
            found = ready.found[id(tp._CONFLICT)]  # type: ignore[attr-defined]
            assert found is not None and found.span() == expected.span()
            assert tp._search(tp._CONFLICT, ready) is found  # the typing's later ask reads the same answer


def test_trigrams_of_a_typed_text_made_on_first_ask() -> None:
    """A sentence the conflict-word test turns down is not read for its trigrams; a typed one gets them on demand."""
    assert tp.worth_typing("The weather was fine on Sunday in the capital.") is None
    turned_down = tp._Text.of("The weather was fine on Sunday in the capital.")
    tp.worth_typing(turned_down)
    assert "grams" not in vars(turned_down)
    typed = tp._Text.of("Gunmen KILLED two farmers.")
    assert typed.grams == trigrams("gunmen killed two farmers.")


WORDS = st.sampled_from(["kill", "Kill", "a", "de", "la", "x1", "état", "the", "police", "2021", "ab_cd", "\u212aM", "ſo",
                         "x²", "٣٤", "o'clock"])


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=12), st.sampled_from([(1, 1), (1, 2), (2, 2), (1, 3), (2, 3), (3, 3), (2, 4)]))
def test_word_pairs_are_the_sliced_ones(words: list[str], span: tuple[int, int]) -> None:
    """Word n-grams as before: tokens by the Unicode pattern (an ASCII text's by the ASCII one), pairs sliced."""
    text = " ".join(words)
    tokens = hashing._WORD.findall(text.lower())
    low, high = span
    expected = list(tokens) if low == 1 else []
    for n in range(max(low, 2), min(high, len(tokens)) + 1):
        expected.extend(" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
    assert hashing.word_ngrams(text, low, high) == expected


def test_counted_is_numpys_unique() -> None:
    rng = np.random.default_rng(15)
    cases = [np.zeros(0, dtype=np.int64), np.array([7], dtype=np.int64), np.full(9, 3, dtype=np.int64)]
    cases += [rng.integers(0, top, size, dtype=np.int64) for top in (3, 50, 2**21) for size in (2, 5, 40, 400)]
    for a in cases:
        keys, counts = np.unique(a, return_counts=True)
        got_keys, got_counts = hashing._counted(a)
        assert got_keys.dtype == keys.dtype and got_counts.dtype == counts.dtype
        assert got_keys.tobytes() == keys.tobytes() and got_counts.tobytes() == counts.tobytes()


def test_rows_of_notes_are_as_before() -> None:
    """One text's character row and a batch's word rows (``_counted``) against rows made with ``np.unique``."""
    texts = [tp.normalize(t) for t in _notes(120)]
    for hasher in (tp.vectorizer(), tp.char_vectorizer()):
        for batch in ([texts[0]], texts[:3], texts):
            got = hasher.rows(batch)
            saved = hashing._counted
            hashing._counted = lambda a: np.unique(a, return_counts=True)  # type: ignore[assignment]
            try:
                expected = hasher.rows(batch)
            finally:
                hashing._counted = saved  # type: ignore[assignment]
            for name in ("data", "indices", "indptr"):
                assert getattr(got, name).tobytes() == getattr(expected, name).tobytes()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["killed", ",", ";", " - ", " – ", " and ", " while ", " AND ", "x", ": ", "\n", "  "]),
                max_size=15))
def test_clause_bounds_are_as_before(pieces: list[str]) -> None:
    text = "".join(pieces)
    cuts = [0] + [m.start() + 1 for m in anchor._CLAUSE_BREAK.finditer(text)] + [len(text)]
    for pos in range(len(text) + 1):
        expected = next(((5 + a, 5 + b) for a, b in zip(cuts, cuts[1:]) if a <= pos < b), (5, 5 + len(text)))
        assert anchor._clause_bounds(text, 5, 5 + pos) == expected


def test_second_stage_in_place_is_bit_for_bit() -> None:
    stack = tp.shipped_model().stack
    assert stack is not None
    rng = np.random.default_rng(3)
    w1, w2 = stack._weights()
    for dtype in (np.float32, np.float64):
        inputs = rng.normal(0, 3, (7, w1.shape[0])).astype(dtype)
        expected = tp.softmax(np.maximum(inputs @ w1 + stack.b1, 0) @ w2 + stack.b2)
        got = stack.probabilities(inputs)
        assert got.dtype == expected.dtype and got.tobytes() == expected.tobytes()


def _attribution_as_before(text: str) -> bool:
    """The attribution rule as it read before: the blanked copy searched, then the violence, then the protest test."""
    t = tp._Text.of(text)
    blanked = tp._ASIDE.sub(lambda m: " " * len(m.group()), t) if tp._search(tp._ASIDE, t) else t
    attribution, violence = tp._first(tp._ATTRIBUTION, blanked), tp._first(tp._VIOLENT_ACT, t)
    return attribution >= 0 and (violence < 0 or attribution < violence) and not tp._search(tp._PROTEST, t)


def test_attribution_rule_reads_as_before() -> None:
    """``_rule`` asks the protest test first and the rest only when it fails: the same labels."""
    made_up = [
        "The group claimed responsibility for the attack that killed five soldiers.",
        "Rebels denied any role in the bombing of the market.",
        "Gunmen attacked a convoy; the army blamed the rebels.",
        "Protesters blamed the police for the attack on the march.",
        "Soldiers were killed in an ambush (no group claimed responsibility).",
        "No group has claimed responsibility for the blast, which killed two.",
        "The ministry held the militia responsible for the shelling.",
        "Demonstrators rejected the allegations and blamed the governor.",
    ]
    # (the root is ACCUSE for a claim or blame, REJECT for a denial since session 23: the type and sub-type are the test)
    attribution = (tp.VERBAL_EVENT_TYPE, tp.ATTRIBUTION)
    told = 0
    for text in _notes(600) + made_up + [t.upper() for t in made_up]:
        if tp._search(tp._CHEMICAL, tp._Text.of(text)):
            continue  # (the chemical-weapon rule comes first)
        expected = _attribution_as_before(text)
        ruled = tp._rule(tp._Text.of(text))
        assert (ruled is not None and ruled[:2] == attribution) == expected, text
        told += expected
    assert told >= 4
