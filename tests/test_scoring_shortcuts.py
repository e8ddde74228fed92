"""Shortcuts of extraction's per-sentence work (session 13) give what the longer way gives, bit for bit: the typing's two
linear models scored in one pass, the second stage's inputs filled in one block, one text's word n-grams counted in
Python, the guards built ahead of their first ask, and the claim rules tried at each count by their lowered twins."""

from __future__ import annotations

import csv
import re
import sys

import numpy as np
import pytest

from dateline.extract import claims, hashing
from dateline.extract import typing as tp
from dateline.extract.hashing import Rows
from dateline.extract.numbers import find_quantities
from dateline.extract.prefilter import GuardIndex, admits, match_by_twin, search_by_twin, trigrams

from .conftest import shared_path
from .test_typing import random_model, random_rows

TEXTS = [
    "Unidentified gunmen shot dead a police officer in Dori (Dori, Seno), the ministry said.",
    "Protesters blocked the road to demand the release of their leader; police fired tear gas.",
    "The two sides signed a ceasefire agreement in Doha on Monday.",
    "An air strike hit a market, killing 12 civilians. Two others were wounded.",
    "Nothing here at all", "", "a", "x y", "Déplacés à Kidal: 3 morts",
]


def _acled_notes(n: int) -> list[str]:
    path = shared_path("data", "events", "acled", "acled_events_with_notes.csv")
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as fh:
        return [row["notes"] for _, row in zip(range(n), csv.DictReader(fh))]


def _same_rows(a: Rows, b: Rows) -> bool:
    return a.shape == b.shape and all(getattr(a, k).tobytes() == getattr(b, k).tobytes()
                                      and getattr(a, k).dtype == getattr(b, k).dtype
                                      for k in ("data", "indices", "indptr"))


@pytest.mark.parametrize("n_labels", [(2, 3), (24, 16), (5, 1)])
def test_joined_model_scores_are_each_models_scores_bit_for_bit(n_labels: tuple[int, int]) -> None:
    """Two models joined (``LinearModel.joined``: the union of their buckets, zeros where one has none) score
    each row as each model does alone, in every bit, negative zero weights included."""
    rng = np.random.default_rng(11)
    pool = rng.choice(2 * tp.N_FEATURES, 500, replace=False)  # the two models share part of their buckets
    first, second = random_model(rng, n_labels[0], pool, 300), random_model(rng, n_labels[1], pool, 250)
    joined = first.joined(second)
    assert joined.labels == first.labels + second.labels and len(joined.columns) < 550
    for n_rows in (1, 3, 1, 7, 0):
        x = random_rows(rng, n_rows, pool)
        both = joined.scores_of(x)
        assert both[:, :n_labels[0]].tobytes() == first.scores_of(x).tobytes()
        if n_labels[1] > 1:  # (a one-label model sums by ``accumulate``; joined, its label is one of many)
            assert both[:, n_labels[0]:].tobytes() == second.scores_of(x).tobytes()


def test_both_scores_equal_each_models_scores_on_acled_notes() -> None:
    """``TypingModel.both_scores`` (what ``classify_many`` reads) gives each shipped model's own scores, bit for bit,
    on ACLED notes in batches of one to four."""
    m = tp.shipped_model()
    notes = _acled_notes(400) + TEXTS
    for start in range(0, len(notes), 3):
        batch = notes[start:start + 1 + start % 4]
        x = tp.featurize(batch, m.features, for_scoring=True)
        acled, plover = m.both_scores(x)
        assert acled.tobytes() == m.acled.scores_of(x).tobytes() and acled.shape == (len(batch), len(m.acled.labels))
        assert plover.tobytes() == m.plover.scores_of(x).tobytes() and plover.flags.c_contiguous


def test_stack_inputs_are_the_parts_side_by_side() -> None:
    """The second stage's inputs, filled in one block, are the scores, the flags and the length joined by ``hstack``."""
    m = tp.shipped_model()
    assert m.stack is not None
    notes = _acled_notes(120) + TEXTS
    patterns = [tp._AS_TRAINED.get(name) or getattr(tp, name) for name in m.stack.flags]
    for start in range(0, len(notes), 5):
        batch = [tp._Text.of(t) for t in notes[start:start + 1 + start % 3]]
        x = tp.featurize(batch, m.features, for_scoring=True)
        acled, plover = m.acled.scores_of(x), m.plover.scores_of(x)
        hits = np.array([[p.search(t) is not None for p in patterns] for t in batch], dtype=np.float32)
        length = np.log1p(np.array([len(t.split()) for t in batch], dtype=np.float32))[:, None] / 5
        joined = np.hstack([acled, plover, hits.reshape(len(batch), len(patterns)), length])
        got = tp.stack_inputs(m.stack.flags, acled, plover, batch)
        assert got.dtype == joined.dtype and got.shape == joined.shape and got.tobytes() == joined.tobytes()


def test_one_text_word_row_counted_in_python_is_its_batch_row() -> None:
    """One text's word n-grams are counted in Python (``hashing._one_counted_row``): the arrays its row has in a
    numpy-counted batch, bit for bit (sorted buckets, counts, the norm), on ACLED notes and their normal forms."""
    hasher = tp.vectorizer()
    notes = _acled_notes(300)
    for text in notes + [tp.normalize(t) for t in notes] + TEXTS:
        one, batch = hasher.rows([text]), hasher.rows([text, "other words here"])
        end = batch.indptr[1]
        assert _same_rows(one, Rows(batch.data[:end], batch.indices[:end], batch.indptr[:2], one.shape)), text
    # the Python count itself, against numpy's unique on the same hashes
    grams = hashing.word_ngrams("two killed, two hurt, two killed", 1, 2)
    hashes = [hashing.mmh3.hash(g) for g in grams] + [-(2**31)]
    buckets = np.abs(np.array(hashes, dtype=np.int64)) % 7
    keys, counts = np.unique(buckets, return_counts=True)
    row = hashing._one_counted_row(hashes, 7)
    assert row.indices.tolist() == keys.tolist() and row.indices.dtype == np.int32
    assert row.data.tobytes() == (counts / np.sqrt(np.float64(np.dot(counts, counts)))).astype(np.float32).tobytes()


def test_guards_built_ahead_answer_as_guards_built_on_first_ask() -> None:
    """``GuardIndex.build`` files nothing (the index meets the same sets as one that never built), and an entry made
    from a built guard is the one made from scratch."""
    patterns = tp.module_patterns()
    ahead, fresh = GuardIndex(), GuardIndex()
    ahead.build(patterns)
    assert ahead.generation == 0 and not ahead.entries and not ahead._ids_of
    for pattern in patterns:
        a, b = ahead.entry(pattern), fresh.entry(pattern)
        assert (a.guard, a.indexed, a.needs, a.branch_needs, a.twin) == (b.guard, b.indexed, b.needs, b.branch_needs,
                                                                          b.twin)
    for text in TEXTS:
        lowered = text.lower()
        assert ahead.met(lowered, trigrams(lowered)) == fresh.met(lowered, trigrams(lowered))
        met = ahead.met(lowered, trigrams(lowered))
        for pattern in patterns:
            entry = ahead.entry(pattern)
            if entry.indexed and text.isascii() and not admits(entry, met):
                assert pattern.search(text) is None


def test_build_guards_covers_every_rule_the_typing_asks() -> None:
    """After ``build_guards`` (``pipeline.warm_up``), typing texts builds no guard: every pattern the rules ask is
    among the module's patterns (``module_patterns`` reads the tables too, such as ``_AS_TRAINED``)."""
    tp.build_guards()
    tp.classify_many(TEXTS + _acled_notes(200))
    built = {id(p) for p in tp.module_patterns()}
    asked = [entry.guard.pattern for entry in tp._GUARDS.entries.values()]
    assert asked and all(id(p) in built for p in asked), [p.pattern[:40] for p in asked if id(p) not in built]
    assert any(p is tp._AS_TRAINED["_PROTEST_CUE"] for p in asked)
    assert all(isinstance(p, re.Pattern) for p in asked)


def _same_match(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    return (a is None) == (b is None) and (a is None or (a.span() == b.span() and a.groupdict() == b.groupdict()
                                                         and a.groups() == b.groups()))


def test_claim_rules_by_their_twins_match_as_the_rules() -> None:
    """``search_by_twin`` / ``match_by_twin`` give the rule's own match (span and groups) where the rule matches and
    None where it does not, on the neighbourhoods of every count of ACLED notes, written as they are, in capitals and
    with a non-ASCII letter (the twins read lower-cased ASCII text only)."""
    searched = [(claims._BEFORE_RE, claims._BEFORE_TWIN, 60), (claims._BEFORE_ONE_AND, claims._BEFORE_ONE_AND_TWIN, 90),
                (claims._NAMING_NUMBER, claims._NAMING_NUMBER_TWIN, 25)]
    matched = [(claims._AFTER_RE, claims._AFTER_TWIN), (claims._APPOSITIVE, claims._APPOSITIVE_TWIN)]
    assert all(twin is not None for _, twin, _ in searched) and all(twin is not None for _, twin in matched)
    notes = _acled_notes(600) + TEXTS + ["Gunmen KILLED 3 people, among them 2 women, and wounded one."]
    hits = 0
    for note in notes:
        for text in (note, note.upper(), note.replace("e", "é", 1)):
            for q in find_quantities(text):
                for pattern, twin, width in searched:
                    window = text[max(0, q.start - width):q.start]
                    found = search_by_twin(pattern, twin, window)
                    assert _same_match(found, pattern.search(window)), (pattern.pattern[:40], window)
                    hits += found is not None
                for pattern, twin in matched:
                    rest = text[q.end:]
                    for piece in (rest, rest[:40]):
                        found = match_by_twin(pattern, twin, piece)
                        assert _same_match(found, pattern.match(piece)), (pattern.pattern[:40], piece)
                        hits += found is not None
    assert hits > 500  # the rules do match, and their twins find those matches


def test_dates_removed_by_the_twins_spans_as_by_sub() -> None:
    """``sub_lowered`` blanks the spans the lowered twin finds, without running the pattern again: what ``_DATE.sub``
    gives, on ACLED notes (a date in nearly every one), in capitals too, and on a pattern whose matches differ in case."""
    from dateline.extract.prefilter import lowered_twin, sub_lowered

    notes = _acled_notes(1000) + TEXTS + ["On 15 May 2021, and on May 3rd, 2020 rebels attacked.", "7 JULY, 8 July"]
    changed = 0
    for note in notes:
        for text in (note, note.upper()):
            if text.isascii():
                got = sub_lowered(tp._DATE, tp._date_twin(), " ", text, text.lower())
                assert got == tp._DATE.sub(" ", text), text
                changed += got != text
    assert changed > 1000
    pattern = re.compile(r"k[a-z]+ed|AB+", re.I)
    for text in ("Killed, KILLED and kIlLeD; abbb ABBB x", "nothing", ""):
        assert sub_lowered(pattern, lowered_twin(pattern), "#", text, text.lower()) == pattern.sub("#", text)


def test_counts_of_things_told_by_their_twins_as_by_the_rules() -> None:
    """``_is_count`` with the sentence lower-cased (its measure and things rules answered by their lowered twins) says
    what it says without: on every quantity of ACLED notes, as written and in capitals."""
    checked = rejected = 0
    for note in _acled_notes(800) + ["Police seized 3 VEHICLES and 2 rifles; 4 Years later 5 KM away."]:
        for text in (note, note.upper()):
            lowered = text.lower() if text.isascii() else None
            for q in find_quantities(text):
                plain = claims._is_count(q, text, [])
                assert claims._is_count(q, text, [], lowered) == plain, (text, q)
                checked += 1
                rejected += not plain
    assert checked > 1000 and rejected > 100
