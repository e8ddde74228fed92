"""Our n-gram hasher must give scikit-learn's HashingVectorizer buckets and values exactly: the shipped
typing and country models were trained on the vectorizer's output."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import HashingVectorizer

from dateline.extract.hashing import NgramHasher, char_wb_ngrams, word_ngrams
from dateline.extract.typing import N_FEATURES, char_vectorizer, vectorizer

TEXTS = [
    "Militants attacked a police post near the border, killing NUM officers.",
    "",
    "a",
    "  Protesters   burned tyres\tin   front of the governor's office. ",
    "Déplacés: les réfugiés ont fui Kidal; Ōsaka — 東京 ",
    "Xname Xname clashed with Xname in Xname (Xname).",
    "shelling shelled shell shells air-strike airstrikes",
    "NUM NUM NUM NUM",
]


def _sklearn(analyzer: str, ngram_range: tuple[int, int]) -> HashingVectorizer:
    return HashingVectorizer(n_features=N_FEATURES, analyzer=analyzer, ngram_range=ngram_range,
                             alternate_sign=False, norm="l2", dtype=np.float32)


def _assert_same(ours, theirs) -> None:
    theirs = theirs.tocsr()
    theirs.sort_indices()
    assert ours.shape == theirs.shape
    assert np.array_equal(ours.indptr, theirs.indptr)
    assert np.array_equal(ours.indices, theirs.indices)
    np.testing.assert_allclose(ours.data, theirs.data, rtol=1e-6)


@pytest.mark.parametrize("ours, analyzer, ngram_range", [
    (vectorizer(), "word", (1, 2)), (char_vectorizer(), "char_wb", (2, 5)),
])
def test_hasher_matches_scikit_learn(ours: NgramHasher, analyzer: str, ngram_range: tuple[int, int]) -> None:
    _assert_same(ours.transform(TEXTS), _sklearn(analyzer, ngram_range).transform(TEXTS))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("ab Ab-'\u00e9\n\t.1 z"), max_size=40), min_size=1, max_size=4))
def test_hasher_matches_scikit_learn_on_any_text(texts: list[str]) -> None:
    for ours, analyzer, ngram_range in ((vectorizer(), "word", (1, 2)), (char_vectorizer(), "char_wb", (2, 5))):
        _assert_same(ours.transform(texts), _sklearn(analyzer, ngram_range).transform(texts))


def test_ngrams_are_the_analyzers() -> None:
    assert word_ngrams("Two Killed, two hurt", 1, 2) == [
        "two", "killed", "two", "hurt", "two killed", "killed two", "two hurt"]
    # a word shorter than n is counted once, whole
    assert char_wb_ngrams("ab", 2, 5) == [" a", "ab", "b ", " ab", "ab ", " ab "]
    assert NgramHasher(16, "word").transform(["x"]).nnz == 0  # one-letter words are no tokens


def test_unknown_analyzer_is_refused() -> None:
    with pytest.raises(ValueError, match="analyzer"):
        NgramHasher(16, "char").transform(["text"])


@pytest.mark.parametrize("texts", [["Militants shelled the village, killing two."], ["", "A", "Police fired tear gas."], [""]])
def test_hstack_rows_equals_scipy_hstack(texts: list[str]) -> None:
    from scipy.sparse import hstack

    from dateline.extract.hashing import hstack_rows

    left = NgramHasher(2**12, "word", (1, 2)).transform(texts)
    right = NgramHasher(2**12, "char_wb", (2, 5)).transform(texts)
    ours, theirs = hstack_rows(left, right), hstack([left, right], format="csr")
    assert ours.shape == theirs.shape
    assert (ours.indptr == theirs.indptr).all() and (ours.indices == theirs.indices).all()
    assert np.array_equal(ours.data, theirs.data) and ours.dtype == theirs.dtype


def test_rows_hold_the_matrix_arrays() -> None:
    """``rows`` (for scoring) gives the arrays ``transform``'s matrix holds; joined, those of ``hstack_rows``."""
    from dateline.extract.hashing import Rows, hstack_rows

    for hasher in (vectorizer(), char_vectorizer()):
        matrix, rows = hasher.transform(TEXTS), hasher.rows(TEXTS)
        assert isinstance(rows, Rows) and rows.shape == matrix.shape
        for name in ("data", "indices", "indptr"):
            assert np.array_equal(getattr(rows, name), getattr(matrix, name))
            assert getattr(rows, name).dtype == getattr(matrix, name).dtype
    joined = hstack_rows(vectorizer().rows(TEXTS), char_vectorizer().rows(TEXTS))
    matrix = hstack_rows(vectorizer().transform(TEXTS), char_vectorizer().transform(TEXTS))
    assert isinstance(joined, Rows) and joined.shape == matrix.shape
    assert np.array_equal(joined.indices, matrix.indices) and np.array_equal(joined.data, matrix.data)


def test_char_buckets_are_the_same_from_the_word_cache() -> None:
    """A word's char_wb buckets come from a cache after its first text: the same matrix either way."""
    from dateline.extract import hashing

    hashing._word_char_buckets.cache_clear()
    cold = char_vectorizer().transform(TEXTS)
    warm = char_vectorizer().transform(TEXTS)
    assert hashing._word_char_buckets.cache_info().hits > 0
    assert np.array_equal(cold.indices, warm.indices) and np.array_equal(cold.data, warm.data)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab Ab-'\u00e9\n\t.1 zkilled"), max_size=60))
def test_one_text_rows_are_the_batch_rows(text: str) -> None:
    """A batch of one text takes ``rows``' short path: the same arrays, bit for bit, as that text's row in a
    larger batch; joined by ``hstack_rows``' one-row path, the same as by its general one."""
    from dateline.extract.hashing import Rows, hstack_rows

    joined = []
    for hasher in (vectorizer(), char_vectorizer()):
        one, batch = hasher.rows([text]), hasher.rows([text, "other words here"])
        end = batch.indptr[1]
        assert np.array_equal(one.indptr, batch.indptr[:2]) and one.indptr.dtype == batch.indptr.dtype
        assert np.array_equal(one.indices, batch.indices[:end]) and one.indices.dtype == batch.indices.dtype
        assert np.array_equal(one.data, batch.data[:end]) and one.data.dtype == batch.data.dtype
        joined.append(one)
    short = hstack_rows(*joined)
    general = hstack_rows(*(hasher.transform([text]) for hasher in (vectorizer(), char_vectorizer())))
    assert isinstance(short, Rows) and short.shape == general.shape
    for name in ("data", "indices", "indptr"):
        assert np.array_equal(getattr(short, name), getattr(general, name))
        assert getattr(short, name).dtype == getattr(general, name).dtype
