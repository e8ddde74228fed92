"""Hashed n-gram features, bucket for bucket what scikit-learn's ``HashingVectorizer`` gives.

Why not the vectorizer itself: each ``transform`` call pays scikit-learn's input checks (array
validation, dataframe sniffing), about 1 ms whatever the batch, which on short texts (one ACLED note, one
article's event sentences) costs more than the hashing. Why the same buckets: the shipped typing and
country models were first trained on the vectorizer's output and are now trained on this one, so both
must agree exactly; ``tests/test_hashing.py`` checks that they do.

The contract reproduced (scikit-learn 1.x, ``HashingVectorizer(lowercase=True, alternate_sign=False,
norm="l2")``): words are ``\\b\\w\\w+\\b`` runs of the lower-cased text, joined by one space into n-grams;
``char_wb`` n-grams are taken inside each whitespace-separated word padded with one space; every n-gram
is hashed with signed 32-bit MurmurHash3 (seed 0) of its UTF-8 bytes into bucket ``|h| mod n``; counts
of a bucket add up; each row is scaled to unit length.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import mmh3
import numpy as np

# ``(?u)\b\w\w+\b`` as ``findall`` uses it: runs of two word characters or more (a scan resumes where a run ended
# or after a lone character, so it never starts inside a run); without the leading ``\b`` the regex engine skips
# ahead to the next word character by itself, a third faster
_WORD = re.compile(r"\w\w+")
# the same on ASCII text, where ``\w`` means [A-Za-z0-9_] either way: read from a table, not the Unicode database
_ASCII_WORD = re.compile(r"\w\w+", re.ASCII)
_WHITE_SPACES = re.compile(r"\s\s+")
_INT32_MIN = -(2**31)


def word_ngrams(text: str, low: int, high: int) -> list[str]:
    """Word n-grams of ``text`` (lower-cased), shortest first, as the vectorizer's ``word`` analyzer."""
    lowered = text.lower()
    tokens = (_ASCII_WORD if lowered.isascii() else _WORD).findall(lowered)
    grams = list(tokens) if low == 1 else []
    for n in range(max(low, 2), min(high, len(tokens)) + 1):
        if n == 2:  # pairs joined straight from the zipped tokens: the same strings, without a slice each
            grams += map(" ".join, zip(tokens, tokens[1:]))
        else:
            grams.extend(" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
    return grams


def char_wb_ngrams(text: str, low: int, high: int) -> list[str]:
    """Character n-grams inside space-padded words, as the vectorizer's ``char_wb`` analyzer."""
    grams: list[str] = []
    for word in _words(text):
        grams.extend(_word_char_grams(word, low, high))
    return grams


def _words(text: str) -> list[str]:
    """The whitespace-separated words of the lower-cased text (what ``char_wb`` n-grams are taken inside)."""
    return _WHITE_SPACES.sub(" ", text.lower()).split()


def _word_char_grams(word: str, low: int, high: int) -> list[str]:
    """The ``char_wb`` n-grams of one word: inside it padded with one space, shortest first."""
    grams: list[str] = []
    padded = f" {word} "
    size = len(padded)
    for n in range(low, high + 1):
        if size <= n:  # a short word is counted once, whole
            grams.append(padded)
            break
        grams.extend(padded[i:i + n] for i in range(size - n + 1))
    return grams


@lru_cache(maxsize=1 << 15)  # at most about 16 MB (some 500 bytes a word)
def _word_char_buckets(word: str, low: int, high: int, n_features: int) -> bytes:
    """The buckets of one word's ``char_wb`` n-grams, as int64 bytes. A text's ``char_wb`` n-grams are its
    words' own, each word's always the same, and words recur from text to text ("killed", "police"):
    memoised, a word seen before costs one look-up instead of hashing its 4 x length n-grams."""
    hash_ = mmh3.hash
    return np.array([abs(hash_(g, 0, True)) % n_features for g in _word_char_grams(word, low, high)],
                    dtype=np.int64).tobytes()


@dataclass(frozen=True)
class NgramHasher:
    """A stateless hasher of texts into ``n_features`` buckets (``transform`` as the vectorizer's)."""

    n_features: int
    analyzer: str = "word"  # or "char_wb"
    ngram_range: tuple[int, int] = (1, 2)

    def _grams(self) -> Callable[[str, int, int], list[str]]:
        if self.analyzer == "word":
            return word_ngrams
        if self.analyzer == "char_wb":
            return char_wb_ngrams
        raise ValueError(f"unknown analyzer {self.analyzer!r}")

    def transform(self, texts: Iterable[str]) -> Any:
        """L2-normalised float32 CSR counts, one row per text (one numpy pass over the whole batch)."""
        from scipy.sparse import csr_matrix

        found = self.rows(texts)
        return csr_matrix((found.data, found.indices, found.indptr), shape=found.shape)

    def rows(self, texts: Iterable[str]) -> Rows:
        """``transform``'s arrays as ``Rows``, without building a scipy matrix (for scoring)."""
        low, high = self.ngram_range
        n = self.n_features
        sizes: list[int] = []
        if self.analyzer == "char_wb":
            pieces: list[bytes] = []
            for text in texts:
                these = b"".join([_word_char_buckets(w, low, high, n) for w in _words(text)])
                pieces.append(these)
                sizes.append(len(these) // 8)
            buckets = np.frombuffer(b"".join(pieces), dtype=np.int64)
        else:
            grams_of = self._grams()
            if isinstance(texts, (list, tuple)) and len(texts) == 1:
                return _one_counted_row(map(mmh3.hash, grams_of(texts[0], low, high)), n)
            grams: list[str] = []
            for text in texts:
                these_grams = grams_of(text, low, high)
                grams.extend(these_grams)
                sizes.append(len(these_grams))
            # mmh3.hash's defaults (seed 0, signed) hash a str as its UTF-8 bytes; int64: |-2**31| % n is what
            # scikit-learn defines for that one value
            buckets = np.abs(np.fromiter(map(mmh3.hash, grams), dtype=np.int64, count=len(grams))) % n
        n_rows = len(sizes)
        if n_rows == 1:
            return _one_row(buckets, n)
        rows = np.repeat(np.arange(n_rows, dtype=np.int64), sizes)
        keys, counts = _counted(rows * n + buckets)  # sorted by row, then bucket
        key_rows = keys // n
        squares = np.bincount(key_rows, weights=counts.astype(np.float64) ** 2, minlength=n_rows)
        values = counts / np.sqrt(squares[key_rows])
        indptr = np.zeros(n_rows + 1, dtype=np.int32)
        np.cumsum(np.bincount(key_rows, minlength=n_rows), out=indptr[1:])
        return Rows(values.astype(np.float32), (keys % n).astype(np.int32), indptr, (n_rows, n))


def _one_counted_row(hashes: Iterable[int], n: int) -> Rows:
    """``_one_row`` of the buckets of n-gram ``hashes`` (``mmh3.hash``'s signed values), counted in Python: for one
    sentence's few dozen word n-grams, a dozen numpy calls cost more than the counting. The same arrays bit for
    bit: Python's ``abs`` and ``%`` give numpy's int64 results, ``Counter`` over the sorted buckets keeps them in
    order, the sum of squared counts is the same exact integer, ``math.sqrt`` and ``/`` are the same IEEE double
    operations as numpy's, and each quotient is rounded to float32 as ``astype`` rounds it."""
    counts = Counter(sorted([abs(h) % n for h in hashes]))
    norm = math.sqrt(sum([c * c for c in counts.values()]))
    return Rows(np.array([c / norm for c in counts.values()], dtype=np.float32), np.array(list(counts), dtype=np.int32),
                np.array([0, len(counts)], dtype=np.int32), (1, n))


def _one_row(buckets: np.ndarray, n: int) -> Rows:
    """``rows``' arrays for a batch of one text (one note, one article's only sentence: most calls), in a
    third of the numpy calls: the same sorted buckets and counts, the same norm (a sum of squared counts is
    an exact integer, whatever the order it is added up in), so the same values bit for bit."""
    keys, counts = _counted(buckets)
    values = counts / np.sqrt(np.float64(np.dot(counts, counts)))
    return Rows(values.astype(np.float32), keys.astype(np.int32), np.array([0, len(keys)], dtype=np.int32), (1, n))


def _counted(buckets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(buckets, return_counts=True)`` of a one-dimensional int64 array: the sorted distinct values and
    how often each occurs, by one sort and the positions where the sorted values change, without ``unique``'s
    generic layers (a third of its cost on a row of a few hundred buckets)."""
    ordered = np.sort(buckets)
    if not len(ordered):
        return ordered, np.zeros(0, dtype=np.intp)
    starts = np.empty(len(ordered) + 1, dtype=bool)
    starts[0] = starts[-1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=starts[1:-1])
    bounds = np.flatnonzero(starts)
    return ordered[bounds[:-1]], bounds[1:] - bounds[:-1]


@dataclass(frozen=True, slots=True)
class Rows:
    """A CSR matrix's arrays (``data``, ``indices``, ``indptr``, ``shape``) without the matrix: what a linear
    model's scoring reads. Building scipy's ``csr_matrix`` checks its input each time (about 15 us), which for
    one sentence or one note costs as much as hashing it; training and anything else needing a matrix use
    ``NgramHasher.transform``, whose matrix holds these same arrays."""

    data: np.ndarray
    indices: np.ndarray
    indptr: np.ndarray
    shape: tuple[int, int]


def hstack_rows(left: Any, right: Any) -> Any:
    """``scipy.sparse.hstack([left, right], format="csr")`` for two row-aligned CSR matrices, without its
    generic block handling (a tenth of the time on a one-row batch): each row holds the left entries,
    then the right ones moved past the left columns, as scipy's result does. Two ``Rows`` give ``Rows``."""
    from scipy.sparse import csr_matrix

    n_rows, n_left = left.shape
    if n_rows == 1 and isinstance(left, Rows) and isinstance(right, Rows):
        # one row: its left entries, then its right ones (what the general path's stable sort leaves)
        return Rows(np.concatenate([left.data, right.data]),
                    np.concatenate([left.indices, right.indices + n_left]).astype(np.int32),
                    (left.indptr + right.indptr).astype(np.int32), (1, n_left + right.shape[1]))
    counts_left, counts_right = np.diff(left.indptr), np.diff(right.indptr)
    rows = np.concatenate([np.repeat(np.arange(n_rows), counts_left), np.repeat(np.arange(n_rows), counts_right)])
    order = np.argsort(rows, kind="stable")
    indices = np.concatenate([left.indices, right.indices + n_left]).astype(np.int32)[order]
    data = np.concatenate([left.data, right.data])[order]
    indptr = (left.indptr + right.indptr).astype(np.int32)
    if isinstance(left, Rows) and isinstance(right, Rows):  # scoring: no matrix needed
        return Rows(data, indices, indptr, (n_rows, n_left + right.shape[1]))
    return csr_matrix((data, indices, indptr), shape=(n_rows, n_left + right.shape[1]))
