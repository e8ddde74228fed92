"""Event typing: ACLED event type and sub-event type, or a PLOVER tag for verbal/diplomatic events.

Two hashed word 1-2-gram linear models (trained by ``python -m dateline.extract.train_typing``; the
weights ship as ``dateline/data/typing_model.npz``) give the label: one over ACLED sub-types, one over
PLOVER roots that decides verbal versus material; a second stage (``Stack``) reads both models' scores and
the codebook regexes' yes/no and gives the ACLED sub-type probabilities. Codebook rules sit on top for what the training
data cannot teach: sub-types ACLED rarely or never codes (chemical weapons, suicide bombs, territory,
bases, agreements, disrupted weapons), happenings outside ACLED's scope (disasters, organised crime)
and the claiming or denying of responsibility. ``classify`` / ``classify_sentence`` /
``classify_many`` are what ``dateline run`` and both evaluations call; batch with ``classify_many``.

Labels: ACLED sub-event types (their event type follows from ``taxonomy.EVENT_TYPE_OF``), PLOVER
roots for verbal events (event type ``taxonomy.VERBAL_EVENT_TYPE``, sub-type = the PLOVER root), and
three out-of-scope kinds (event type ``NON_CONFLICT_TYPE``) that are typed but not reportable.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

import numpy as np

from dateline.extract.hashing import NgramHasher, hstack_rows
from dateline.extract.prefilter import GuardIndex, lowered_starts, lowered_twin, sub_lowered, trigrams
from dateline.speech import TOLL_PASSING_VERBS, TOLL_REVISING_VERBS_PAST, TOLL_RISING_VERBS
from dateline.taxonomy import EVENT_TYPE_OF, VERBAL_EVENT_TYPE, VIOLENT_EVENT_TYPES

MODEL_FILE = "typing_model.npz"
MODEL_ENV = "DATELINE_TYPING_MODEL"  # another model file (e.g. one fitted on a training split only)
N_FEATURES = 2**20
# Feature sets a model may be trained on (the name is stored with the weights). "words": word 1-2-grams
# of the normalised text; "words+chars+names": names masked, then word 1-2-grams in buckets
# [0, N_FEATURES) and character 2-5-grams in [N_FEATURES, 2 * N_FEATURES).
WORDS = "words"
WORDS_CHARS_NAMES = "words+chars+names"
FEATURE_SETS = (WORDS, WORDS_CHARS_NAMES)
NON_CONFLICT_TYPE = "Non-conflict"
NATURAL_DISASTER = "Natural disaster"
MAN_MADE_DISASTER = "Man-made disaster"
ORGANISED_CRIME = "Organized crime"
ATTRIBUTION = "Attribution"
# PLOVER roots used as labels for verbal and diplomatic events.
VERBAL_ROOTS: tuple[str, ...] = (
    "ACCUSE", "AGREE", "AID", "CONCEDE", "CONSULT", "COOPERATE", "REJECT", "REQUEST", "RETREAT",
    "SANCTION", "SUPPORT", "THREATEN",
)
# The PLOVER root that best describes an ACLED sub-type, when one does (a ceasefire is AGREE).
PLOVER_OF_SUBTYPE: dict[str, str] = {"Agreement": "AGREE", "Non-violent transfer of territory": "RETREAT"}


@dataclass(frozen=True, slots=True)
class Typing:
    """What kind of happening a text reports, and how sure we are."""

    event_type: str
    sub_event_type: str
    plover: str | None
    confidence: float
    reportable: bool  # False: names no event we keep (no trigger, or a disaster / ordinary crime)

    def as_tuple(self) -> tuple[str, str, str | None]:
        return self.event_type, self.sub_event_type, self.plover


# --- text normalisation (shared with training: the model sees exactly this) -------------------

_CODER_NOTES = [
    re.compile(r"\[\s*size\s*=[^\]]*\]", re.I),  # ACLED crowd-size tag
    re.compile(r"[^.]*\bfatalit(?:y|ies)\b[^.]*\b(?:coded|split|spread)\b[^.]*\.?", re.I),
    re.compile(r"[^.]*\b(?:coded|split|spread)\b[^.]*\bfatalit(?:y|ies)\b[^.]*\.?", re.I),
    re.compile(r"\((?:as reported|reported)\)", re.I),
]
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DATE = re.compile(
    rf"\b(?:(?:on|around|between|from|during|since|by)\s+)?(?:the\s+)?(?:night\s+of\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:(?:-|and|to)\s*\d{{1,2}}\s+)?(?:{_MONTHS})\.?|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)"
    r"(?:,?\s+\d{4})?,?",
    re.I,
)
_NUMBER = re.compile(r"\d[\d,.]*")


@lru_cache(maxsize=1)
def _date_twin() -> re.Pattern[str] | None:
    """``_DATE``'s lowered twin (``prefilter.lowered_twin``): searched for in the lower-cased text, twice as fast."""
    return lowered_twin(_DATE)


@lru_cache(maxsize=1)
def _date_starts() -> re.Pattern[str] | None:
    """``_DATE``'s lowered twin grouped (``prefilter.lowered_starts``): where the next date starts, found faster."""
    return lowered_starts(_DATE)


# Every match of ``_DATE`` holds a month's name, and so one of these (``_DATE`` is costly on long texts).
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def normalize(text: str) -> str:
    """The event description only: coder conventions, dates and exact numbers removed."""
    return _normalized(str(text))


@lru_cache(maxsize=1024)
def _normalized(text: str) -> str:
    """``normalize`` of a plain string, memoised: extraction normalises a one-sentence note twice, as the text
    the country model reads and as the sentence typing reads."""
    has_fatality_note = "fatalit" in text.lower()  # the costly two patterns need that word
    for i, pattern in enumerate(_CODER_NOTES):
        if i in (1, 2):
            if has_fatality_note:
                text = _blank_clauses(pattern, text)
            continue
        text = pattern.sub(" ", text)
    # ASCII only: under IGNORECASE a few other letters match ASCII ones ("ſ" matches "s"), not under lower()
    lowered = text.lower()
    if not text.isascii():
        text = _DATE.sub(" ", text)
    elif any(m in lowered for m in _MONTH_STEMS):
        text = sub_lowered(_DATE, _date_twin(), " ", text, lowered, _date_starts())
    text = _NUMBER.sub(" NUM ", text)
    # runs of white space as one space, none at the ends (``str.split`` splits where ``\s+`` would match)
    return " ".join(text.split())


def _blank_clauses(pattern: re.Pattern[str], text: str) -> str:
    """``pattern.sub(" ", text)`` for a fatality-note pattern (``[^.]*...[^.]*\\.?``), tried only where a
    clause starts. Such a match lies inside one run of text without a full stop (its trailing one
    included) and, since ``[^.]*`` can take any part of the run before it, exists from the run's start
    whenever it exists from anywhere in the run: ``sub`` finds it there, after failing at every start of
    the runs before. ``sub`` itself tries every position and scans to the run's end from each (a
    millisecond on a note); one anchored try per run gives the same text."""
    out: list[str] = []
    done = start = 0
    while True:
        m = pattern.match(text, start)
        if m is not None:
            out += (text[done:start], " ")
            done = start = m.end()
            if start >= len(text):
                break
            continue
        stop = text.find(".", start)
        if stop < 0:
            break
        start = stop + 1
    out.append(text[done:])
    return "".join(out)


# A capitalised run inside a sentence is a name (person, group, place): one token for all of them, so
# that a type is learned from what happened, not from where or by whom (the model must travel across
# countries). Sentence-initial words are left alone (they are mostly ordinary words).
_NAME_RUN = re.compile(r"(?:(?<=[a-z0-9,;:()\]] )|(?<=\())(?!NUM\b)[A-Z][\w'’-]*(?:\s+(?:of\s+|de\s+|al-)?[A-Z][\w'’-]*)*")
NAME_TOKEN = "Xname"


def mask_names(text: str) -> str:
    """``text`` with every capitalised run after the first word replaced by one name token."""
    return _NAME_RUN.sub(NAME_TOKEN, text)


# --- the learned model ---------------------------------------------------------------------


def _sum_steps(steps: np.ndarray, axis: int) -> np.ndarray:
    """The sums of ``steps`` along ``axis`` taken in order, as ``np.add.accumulate`` gives them last: by
    ``np.add.reduce`` while labels (the last, innermost axis) are two or more; with one label that axis would
    be the innermost, which numpy sums pairwise."""
    if steps.shape[-1] > 1:
        return np.add.reduce(steps, axis=axis)
    return np.take(np.add.accumulate(steps, axis=axis), -1, axis=axis)


@dataclass(frozen=True)
class LinearModel:
    """Weights over hashed word 1-2-grams: ``columns`` are the hash buckets kept, one row each."""

    labels: tuple[str, ...]
    columns: np.ndarray  # int32, sorted
    weights: np.ndarray  # (len(columns), len(labels))
    bias: np.ndarray  # (len(labels),)

    def scores(self, texts: Sequence[str], features: str = WORDS) -> np.ndarray:
        return self.scores_of(featurize(texts, features))

    def scores_of(self, features: Any) -> np.ndarray:
        """Scores of hashed CSR features (mapping buckets by lookup: column slicing is slow per call).

        Each row's weighted features are added up one after the other from zero, in float32 and in the
        order of the row's entries: the sums ``np.add.at`` made before, bit for bit. A bucket without weights
        adds a row of zeros (``_padded``), which leaves a sum from zero as it was (such a sum is never -0.0),
        and so do the zeros padding the shorter rows of a batch to one (rows, steps, labels) block. The block
        is summed over its steps by ``np.add.reduce``: along an axis that is not the innermost in memory, numpy
        adds each step's whole row of labels to the running sums in turn (no pairwise summation, which it
        keeps for the innermost axis), at half the cost of ``np.add.accumulate``; ``tests/test_typing.py``
        checks the sums against a plain sequential loop."""
        data, indptr = features.data, features.indptr
        n_rows, n_entries = features.shape[0], len(data)
        if n_rows == 1:
            return self.row_scores(features.indices, data)
        lookup, weights = self._padded()
        lengths = np.diff(indptr)
        width = int(lengths.max()) if n_rows else 0
        steps = np.zeros((n_rows, width + 1, weights.shape[1]), dtype=np.float32)
        # entry k of row r goes to step k - indptr[r] + 1 of that row (step 0: the zero the sum starts from)
        rows = np.repeat(np.arange(n_rows), lengths)
        at = np.arange(n_entries) - np.repeat(indptr[:-1], lengths) + 1
        steps[rows, at] = weights[lookup[features.indices]] * data[:, None]
        return _sum_steps(steps, 1) + self.bias

    def row_scores(self, buckets: np.ndarray, values: np.ndarray) -> np.ndarray:
        """``scores_of`` of one row given as its entries' buckets and values, in the row's order (its one-row path;
        a caller holding a row in parts need not join them first)."""
        lookup, weights = self._padded()
        steps = np.empty((len(buckets) + 1, weights.shape[1]), dtype=np.float32)
        steps[0] = 0
        np.multiply(weights[lookup[buckets]], values[:, None], out=steps[1:])
        return _sum_steps(steps, 0)[None, :] + self.bias

    def joined(self, other: LinearModel) -> LinearModel:
        """One model holding this one's labels and then ``other``'s, over the union of their buckets (zero weights
        where a model has none), so that two models' scores of the same features take one pass. Its scores are
        both models' side by side, bit for bit: each label's sum gets the same steps in the same order, a bucket
        one model lacks adding a zero as that model's own zero row does."""
        columns = np.union1d(self.columns, other.columns).astype(np.int32)
        n = len(self.labels)
        weights = np.zeros((len(columns), n + len(other.labels)), dtype=np.float32)
        weights[np.searchsorted(columns, self.columns), :n] = self.weights
        weights[np.searchsorted(columns, other.columns), n:] = other.weights
        return LinearModel(self.labels + other.labels, columns, weights,
                           np.concatenate([self.bias, other.bias]).astype(np.float32))

    def _padded(self) -> tuple[np.ndarray, np.ndarray]:
        """(bucket -> weight row, weights with a last row of zeros): a bucket the model has no weights for
        maps to that zero row."""
        cached = self.__dict__.get("_padded_cache")
        if cached is None:
            lookup = np.full(2 * N_FEATURES, len(self.columns), dtype=np.int32)
            lookup[self.columns] = np.arange(len(self.columns), dtype=np.int32)
            weights = np.vstack([self.weights, np.zeros((1, self.weights.shape[1]), dtype=self.weights.dtype)])
            cached = (lookup, weights)
            object.__setattr__(self, "_padded_cache", cached)
        return cached

    def arrays(self, prefix: str = "") -> dict[str, np.ndarray]:
        return {
            f"{prefix}labels": np.array(self.labels), f"{prefix}columns": self.columns.astype(np.int32),
            f"{prefix}weights": self.weights.astype(np.float16), f"{prefix}bias": self.bias.astype(np.float32),
        }

    @classmethod
    def from_arrays(cls, z: Any, prefix: str = "") -> LinearModel:
        return cls(tuple(str(x) for x in z[f"{prefix}labels"]), z[f"{prefix}columns"],
                   z[f"{prefix}weights"].astype(np.float32), z[f"{prefix}bias"].astype(np.float32))


# The codebook regexes (below) whose yes/no the second stage reads beside the two linear models' scores: who is
# hurt (civilians, combatants), who acts (state, non-state, armed), how a protest goes, what weapon and what else.
STACK_FLAGS: tuple[str, ...] = (
    "_CIVILIANS", "_COMBATANTS_KILLED", "_ARMED", "_NON_STATE", "_STATE_FORCES", "_PROTESTERS_VIOLENT",
    "_DEMONSTRATORS_VIOLENT", "_INTERVENTION", "_FORCE_HARM", "_ASSAULT", "_PROTEST_CUE", "_VIOLENT_ACT", "_AIR_CUE",
    "_GROUND_FIGHT", "_PROTEST", "_SEXUAL", "_HQ", "_AGREEMENT", "_DISRUPTED", "_TAKEOVER", "_REGAIN", "_SUICIDE",
    "_CHEMICAL", "_LETHAL", "_FORCE_USED", "_HOSTILE",
)


class _Text(str):
    """A text being typed, with its lower-cased form and the regex searches made on it so far: the second
    stage's flags and the codebook rules ask several of the same regexes of one sentence (``_search``)."""

    lowered: str
    is_ascii: bool
    found: dict[int, re.Match[str] | None]
    met: set[int]  # ``_GUARDS.met`` of the text, found on its first guarded search
    met_generation: int  # ``_GUARDS.generation`` when ``met`` was found (-1: not yet)

    @classmethod
    def of(cls, text: str) -> _Text:
        if type(text) is cls:
            return text  # type: ignore[return-value]
        out = cls(text)
        out.lowered, out.is_ascii, out.found = text.lower(), text.isascii(), {}
        out.met_generation = -1
        return out

    @cached_property
    def grams(self) -> frozenset[str]:
        """``prefilter.trigrams(lowered)``: the guards' quick test, made on the first guarded search (a sentence
        ``worth_typing`` turns down needs none)."""
        return trigrams(self.lowered)


# Every regex's literal prefilter (``prefilter.LiteralGuard``), built on its first search (or by ``build_guards``),
# and all of them tested at once per text (``prefilter.GuardIndex``): a compiled-rule table.
_GUARDS = GuardIndex()


def module_patterns() -> list[re.Pattern[str]]:
    """Every regex of this module: named, or in a module-level table (``_AS_TRAINED``, ``_LABEL_CUES``, lists).
    Read from the module, so a rule added later is among them."""
    found: list[re.Pattern[str]] = []
    for value in list(globals().values()):
        for item in value.values() if isinstance(value, dict) else value if isinstance(value, (tuple, list)) else (value,):
            if isinstance(item, re.Pattern) and isinstance(item.pattern, str):
                found.append(item)
    return found


def build_guards() -> None:
    """Build the literal prefilter of every regex of this module (``module_patterns``) before any text is typed
    (``pipeline.warm_up`` calls it): a one-off load like the model's, not work the first texts to reach each rule
    pay (about 0.1 s over the first thousand notes). The index still files a pattern's strings only when a text
    asks it (``GuardIndex.build``)."""
    _GUARDS.build(module_patterns())


def _search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)`` behind the pattern's literal prefilter (the same answer, a fraction of the time
    when a literal every match needs is missing); on a ``_Text``, by the index of all prefilters at once, and
    remembered for the next ask."""
    if type(text) is not _Text:  # (a text made from a typed one: an aside blanked)
        return pattern.search(text) if _GUARDS.entry(pattern).guard.may_match(text) else None
    found = text.found  # type: ignore[attr-defined]
    key = id(pattern)
    if key in found:
        return found[key]
    entry = _GUARDS.entries.get(key)
    if entry is None or entry.guard.pattern is not pattern:
        entry = _GUARDS.entry(pattern)
    if not text.is_ascii:  # type: ignore[attr-defined]
        # (``LiteralGuard.may_match``: case folding outside ASCII is not ``str.lower``)
        m = pattern.search(text)
    elif entry.indexed:
        if text.met_generation != _GUARDS.generation:  # type: ignore[attr-defined]
            text.met, text.met_generation = _GUARDS.met(text.lowered, text.grams), _GUARDS.generation  # type: ignore[attr-defined]
        met = text.met  # type: ignore[attr-defined]
        if not entry.needs <= met or (entry.branch_needs and not any(map(met.issuperset, entry.branch_needs))):
            m = None  # (``prefilter.admits``, inline, without a generator: most searches of a sentence end here)
        elif entry.twin is not None:
            # the lowered twin finds where the first match starts; the pattern's own match there is the match
            at = entry.twin.search(text.lowered)  # type: ignore[attr-defined]
            m = pattern.match(text, at.start()) if at is not None else None
        else:
            m = pattern.search(text)
    else:
        m = pattern.search(text) if entry.guard.may_match(text, text.lowered, True, text.grams) else None  # type: ignore[attr-defined]
    found[key] = m
    return m


def stack_inputs(flags: tuple[str, ...], acled_scores: np.ndarray, plover_scores: np.ndarray,
                 texts: Sequence[str]) -> np.ndarray:
    """The second stage's input rows: both models' scores, the named regexes' yes/no, the log word count."""
    patterns = [_AS_TRAINED.get(name) or globals()[name] for name in flags]
    n_acled, n_plover, n_flags = acled_scores.shape[1], plover_scores.shape[1], len(patterns)
    # one block filled in place (what ``np.hstack`` of the four parts gives, in a third of the numpy calls)
    out = np.empty((len(texts), n_acled + n_plover + n_flags + 1),
                   dtype=np.result_type(acled_scores, plover_scores, np.float32))
    out[:, :n_acled] = acled_scores
    out[:, n_acled:n_acled + n_plover] = plover_scores
    out[:, n_acled + n_plover:-1] = np.array([[_search(p, t) is not None for p in patterns] for t in map(_Text.of, texts)],
                                             dtype=np.float32).reshape(len(texts), n_flags)
    out[:, -1] = np.log1p(np.array([len(t.split()) for t in texts], dtype=np.float32)) / 5
    return out


@dataclass(frozen=True)
class Stack:
    """The second stage: a one-hidden-layer network over the ACLED and PLOVER models' scores, the codebook
    regexes' yes/no (``flags``) and the text's length, giving ACLED sub-type probabilities. A linear model
    adds evidence up; this one learns how it combines ("killed" with soldiers named but no civilian)."""

    flags: tuple[str, ...]
    w1: np.ndarray
    b1: np.ndarray
    w2: np.ndarray
    b2: np.ndarray

    def inputs(self, acled_scores: np.ndarray, plover_scores: np.ndarray, texts: Sequence[str]) -> np.ndarray:
        return stack_inputs(self.flags, acled_scores, plover_scores, texts)

    def probabilities(self, inputs: np.ndarray) -> np.ndarray:
        w1, w2 = self._weights()
        hidden = inputs @ w1
        hidden += self.b1  # (in place: the same float32 sums and maxima, without two temporary arrays)
        np.maximum(hidden, 0, out=hidden)
        return softmax(hidden @ w2 + self.b2)

    def _weights(self) -> tuple[np.ndarray, np.ndarray]:
        """``w1`` and ``w2`` with their subnormal entries (below 1.2e-38 in float32) set to zero, for the products.

        Training leaves a few thousand such weights; the CPU handles each product with one in microcode, which
        made the first product 80 times slower (1.6 ms instead of 20 us for 20 rows). A product that small is
        below half a unit in the last place of any sum it joins (the inputs are scores, 0/1 flags and a length,
        and the bias is added), so the results are the same bit for bit (``tests/test_typing.py`` checks it on
        the seed lines); the stored weights are left as they are."""
        cached = self.__dict__.get("_flushed")
        if cached is None:
            cached = (_without_subnormals(self.w1), _without_subnormals(self.w2))
            object.__setattr__(self, "_flushed", cached)
        return cached

    def arrays(self) -> dict[str, np.ndarray]:
        return {"stack_flags": np.array(self.flags), "stack_w1": self.w1.astype(np.float32),
                "stack_b1": self.b1.astype(np.float32), "stack_w2": self.w2.astype(np.float32),
                "stack_b2": self.b2.astype(np.float32)}

    @classmethod
    def from_arrays(cls, z: Any) -> Stack | None:
        if "stack_w1" not in z.files:
            return None
        return cls(tuple(str(x) for x in z["stack_flags"]), z["stack_w1"], z["stack_b1"], z["stack_w2"], z["stack_b2"])


@dataclass(frozen=True)
class TypingModel:
    """Two linear models over the same features: ACLED sub-types (from ACLED notes) and PLOVER roots
    (from PLOVER-coded news sentences, material roots included so that news style alone never says
    "verbal"). A text is verbal when the PLOVER model puts it in a verbal root."""

    acled: LinearModel
    plover: LinearModel
    features: str = WORDS  # the feature set the ACLED model was trained on (see ``featurize``)
    # The PLOVER model's: plain words read verbal-versus-material news better than masked names and
    # character n-grams (held-out PLOVER rows, verbal-vs-material accuracy 0.82 against 0.76).
    plover_features: str = WORDS
    stack: Stack | None = None  # the second stage over both models' scores (None: the ACLED model's softmax)

    def acled_probabilities(self, texts: Sequence[str], features: Any, plover_scores: np.ndarray,
                            scores: np.ndarray | None = None) -> np.ndarray:
        """ACLED sub-type probabilities of ``texts`` (the second stage's when the model has one); ``scores``: the
        ACLED model's scores of ``features`` when the caller has them."""
        if scores is None:
            scores = self.acled.scores_of(features)
        if self.stack is None:
            return softmax(scores)
        return self.stack.probabilities(self.stack.inputs(scores, plover_scores, texts))

    def featurize(self, texts: Sequence[str]) -> Any:
        return featurize(texts, self.features)

    @cached_property
    def _joint(self) -> LinearModel:
        """The two linear models joined (``LinearModel.joined``), made on first use."""
        return self.acled.joined(self.plover)

    def both_scores(self, features: Any) -> tuple[np.ndarray, np.ndarray]:
        """(ACLED scores, PLOVER scores) of features both models read (``plover_features == features``), in one
        pass of the two models joined (``LinearModel.joined``): the same arrays, bit for bit, as each model's
        ``scores_of``, at the cost of one."""
        scores = self._joint.scores_of(features)
        n = len(self.acled.labels)
        return np.ascontiguousarray(scores[:, :n]), np.ascontiguousarray(scores[:, n:])

    def featurize_plover(self, texts: Sequence[str], acled_features: Any = None) -> Any:
        if acled_features is not None and self.plover_features == self.features:
            return acled_features
        return featurize(texts, self.plover_features)

    def save(self, path: Any) -> None:
        np.savez_compressed(path, **self.acled.arrays("acled_"), **self.plover.arrays("plover_"),
                            **(self.stack.arrays() if self.stack else {}),
                            features=np.array(self.features), plover_features=np.array(self.plover_features))

    @classmethod
    def load(cls, path: Any) -> TypingModel:
        with np.load(path, allow_pickle=False) as z:
            features = str(z["features"]) if "features" in z.files else WORDS
            plover_features = str(z["plover_features"]) if "plover_features" in z.files else features
            return cls(LinearModel.from_arrays(z, "acled_"), LinearModel.from_arrays(z, "plover_"), features,
                       plover_features, Stack.from_arrays(z))


@lru_cache(maxsize=1)
def vectorizer() -> NgramHasher:
    """The word 1-2-gram hasher (murmurhash3: stable across machines and scikit-learn versions; the same
    buckets as scikit-learn's ``HashingVectorizer``, see ``dateline.extract.hashing``)."""
    return NgramHasher(N_FEATURES, "word", (1, 2))


@lru_cache(maxsize=1)
def char_vectorizer() -> NgramHasher:
    """Character 2-5-grams inside word boundaries: spelling variants, inflections and compounds share
    evidence ("shelled"/"shelling", "air-strike"/"airstrikes") where word n-grams see unrelated tokens."""
    return NgramHasher(N_FEATURES, "char_wb", (2, 5))


def featurize(texts: Sequence[str], features: str = WORDS, *, for_scoring: bool = False) -> Any:
    """Hashed CSR features of raw texts for the named feature set (training and prediction share this);
    ``for_scoring``: the same arrays as ``hashing.Rows``, without a scipy matrix (``LinearModel.scores_of``)."""
    normalised = [normalize(t) for t in texts]
    if features == WORDS:
        return vectorizer().rows(normalised) if for_scoring else vectorizer().transform(normalised)
    if features != WORDS_CHARS_NAMES:
        raise ValueError(f"unknown feature set {features!r}")
    masked = [mask_names(t) for t in normalised]
    if for_scoring:
        return hstack_rows(vectorizer().rows(masked), char_vectorizer().rows(masked))
    return hstack_rows(vectorizer().transform(masked), char_vectorizer().transform(masked))


@lru_cache(maxsize=1)
def shipped_model() -> TypingModel:
    """The shipped model, or the file named by $DATELINE_TYPING_MODEL (loaded once per process)."""
    override = os.environ.get(MODEL_ENV)
    if override:
        return TypingModel.load(override)
    return TypingModel.load(resources.files("dateline").joinpath("data", MODEL_FILE).open("rb"))


def _without_subnormals(a: np.ndarray) -> np.ndarray:
    """A copy of a float array with its subnormal entries set to zero (see ``Stack._weights``)."""
    a = np.array(a, copy=True)
    a[np.abs(a) < np.finfo(a.dtype).tiny] = 0
    return a


def softmax(s: np.ndarray) -> np.ndarray:
    """Row-wise probabilities of scores (shared by the typing and country models). The reductions are the ufuncs'
    own (``ndarray.max`` and ``ndarray.sum`` call these same ones through two Python layers each)."""
    e = np.exp(s - np.maximum.reduce(s, axis=1, keepdims=True))
    return e / np.add.reduce(e, axis=1, keepdims=True)


# --- rules for what the data cannot teach ----------------------------------------------------

_CHEMICAL = re.compile(
    r"\b(?:chemical (?:weapon|attack|agent|munition|bomb)s?|chlorine|sarin|mustard gas|nerve (?:agent|gas)|"
    r"toxic gas|poison(?:ous)? gas|phosphorus (?:bomb|munition|shell)s?)\b", re.I)
_SUICIDE = re.compile(r"\bsuicide[- ](?:bomb\w*|attack\w*|blast\w*|vest\w*|car|truck|explosion\w*)|"
                      r"\bblew (?:himself|herself|themselves) up\b|\bself-immolat\w* bomb", re.I)
_ATTRIBUTION = re.compile(
    r"\b(?:claim(?:ed|s|ing)?|den(?:y|ied|ies|ying)|accept(?:ed|s)?|took|take[sn]?|assum(?:e|ed|es))\s+"
    r"(?:\w+\s+){0,2}?responsib(?:ility|le)\b|\b(?:was|were|is|are|not) (?:\w+ )?responsible for\b|"
    r"\bblam(?:ed|es|ing)\b|\bheld \w+ responsible\b|\battribut(?:ed|es)\b|"
    # involvement denied or an accusation rejected; a culprit named as suspected ("believed to be behind")
    r"\b(?:den(?:y|ied|ies|ying)|reject(?:ed|s|ing)?|dismiss(?:ed|es|ing)?) (?:\w+ ){0,2}?(?:involvement|role|"
    r"accusations?|allegations?|charges?|reports?|claims?)\b|"
    r"\b(?:suspected|believed|thought|said) (?:to be|of being) behind\b|"
    # a charge called groundless ("called the accusation absurd", "branded the reports as lies")
    r"\b(?:call(?:ed|s)|term(?:ed|s)|describ(?:ed|es)|brand(?:ed|s)|label(?:l?ed|s))\s+(?:the|these|those|such|this|that|"
    r"all|its|their|his|her|an?)\s+(?:[\w'’-]+\s+){0,2}?(?:accusations?|allegations?|claims?|charges?|reports?|"
    r"assertions?)(?:\s+[^.;:]{0,100}?)??\s+(?:as\s+)?(?:(?:utterly|completely|totally|absolutely|entirely|simply)\s+)?"
    r"(?:[\w-]+\s+(?:and|or)\s+)?(?:ridiculous|baseless|absurd|unfounded|groundless|false|untrue|fabricated|"
    r"fabrications?|lies|an? (?:(?:outright|blatant|complete|total|big)\s+)?(?:lie|fabrication)|nonsense|propaganda|slanderous|slander|fake|fictitious|fiction|preposterous|laughable|"
    r"unsubstantiated|without (?:any )?(?:basis|foundation|merit|evidence))\b", re.I)
# The attributions that deny or rebut (PLOVER REJECT: a charge turned down), not those that claim or lay blame
_ATTRIBUTION_DENIED = re.compile(r"(?:den(?:y|ied|ies|ying)|reject\w*|dismiss\w*|call\w*|term\w*|describ\w*|brand\w*|"
                                 r"label\w*)\b", re.I)
_NATURAL = re.compile(
    r"\b(?:earthquake|quake|tremor|flood(?:s|ing|waters)?|flash flood|cyclone|hurricane|typhoon|tornado|"
    r"tsunami|landslide|mudslide|avalanche|wildfire|bushfire|forest fire|volcan\w+|eruption|drought|"
    r"heatwave|heat wave|storms|(?:snow|rain|thunder|sand|dust|tropical |winter )storms?|storm (?:surge|hit|struck)|"
    r"torrential rain\w*|monsoon rains?|lightning)\b", re.I)
_MAN_MADE = re.compile(
    r"\b(?:(?:plane|air|helicopter|train|bus|car|road|boat|ferry)\s*crash\w*|crash(?:ed|es)? (?:into|on|near)|"
    r"derail\w*|capsiz\w*|sank|collaps\w*|(?:gas|oil|chemical|fuel|tanker|boiler|cylinder|tank) "
    r"(?:leak|spill|explosion|blast|fire)\w*|leak(?:ed|s|ing)?|spill(?:ed|s)?|caught fire|catching fire|"
    r"(?:fire|blaze) (?:broke out|gutted|swept|engulfed)|(?:factory|warehouse|plant|building|market|mine) "
    r"(?:fire|blaze|explosion)|industrial accident|food poisoning|toxins?|stampede|shipwreck|"
    # an installation or container that explodes, burns or fails by itself
    r"(?:plant|factory|warehouse|tank|tanker|container|cylinder|boiler|refinery|pipeline|reactor|depot|bunker|"
    r"storage|mine|furnace|kiln|generator|transformer)s? (?:\w+ ){0,3}?(?:explod\w*|caught fire|catch(?:es)? fire|"
    r"burn(?:ed|t|s)|collapsed|leak\w*|ruptur\w*)|(?:explosion|blast|fire|blaze) (?:ripped|tore|swept) through (?:a |an |the )?(?:\w+ )?"
    r"(?:plant|factory|warehouse|refinery|mine|depot|workshop|facility|building)|"
    r"accident(?:al|ally|s)?|poison(?:ed|ing|s)?|adulterat\w*|contaminat\w*|fireworks|short[- ]circuit)\b", re.I)
# Talks, truces and governments collapse too, and no one is hurt: "talks in Jeddah collapsed without a deal"
_AFFAIRS_COLLAPSED = re.compile(
    r"\b(?:talks|negotiations|truce|ceasefire|cease-fire|deal|agreement|accord|government|coalition|regime|"
    r"peace process|process|economy|currency)\s+(?:\w+\s+){0,4}?collaps\w*|\bcollapse\s+of\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:talks|negotiations|truce|ceasefire|cease-fire|deal|agreement|accord|government|coalition|regime|peace)\b", re.I)
_RELIEF = re.compile(r"\b(?:relief|rescu\w*|evacuat\w*|aid|help(?:ed|ing|s)?|dig out|search and rescue|"
                     r"humanitarian|emergency)\b", re.I)
_CRIME = re.compile(
    r"\b(?:smuggl\w+|traffick\w+|drug (?:cartel|gang|lord|dealer|haul|seizure)s?|narcotics?|cocaine|heroin|"
    r"methamphetamine|contraband|money laundering|counterfeit\w*|poach\w+|illegal (?:migration|migrants|"
    r"immigrants|crossing|fishing|mining|logging)|ransomware|fraud\w*|embezzl\w+|racket\w*|extortion|"
    r"robber(?:y|ies)|burglar\w*|thefts?|stolen|scams?|bribe\w*|corruption|break[- ]and[- ]enter)\b", re.I)
# Harm or theft done by hand (``_CONFLICT`` with its armed doers)
_HAND_HARM = (r"(?:beat|beaten|beating|stole|stolen|steal|stealing|robbed|robbing|tortured|torturing|whipped|whipping|"
              r"flogged|flogging|lynched|hacked|stabbed|rustled|drove\s+off|made\s+off)")
# Anything of armed conflict or political contention; a text with none of these reports no event.
_CONFLICT = re.compile(
    r"\b(?:kill\w*|dead|death\w*|died|die|wound\w*|injur\w*|attack\w*|assault\w*|fight\w*|fought|clash\w*|"
    r"battle\w*|shell\w*|fire[ds]?|firing|shot|shoot\w*|gun\w*|bomb\w*|blast\w*|explo\w+|missile\w*|rocket\w*|"
    r"artillery|mortar\w*|drone\w*|air ?strike\w*|strike\w*|raid\w*|ambush\w*|offensive|troops|militant\w*|warplane\w*|"
    r"rebel\w*|insurgent\w*|soldier\w*|forces|army|militia\w*|police|arrest\w*|detain\w*|abduct\w*|"
    r"kidnap\w*|hostage\w*|rap(?:e|ed|ing)|loot\w*|torch\w*|burn\w*|destroy\w*|protest\w*|demonstrat\w*|"
    r"rall(?:y|ies|ied)|march\w*|riot\w*|mob|strike|sit-in|ceasefire|cease-fire|truce|peace|agree\w*|"
    r"accord|treaty|talks|negotiat\w*|sanction\w*|accus\w*|condemn\w*|denounc\w*|threat\w*|warn\w*|"
    r"demand\w*|call(?:ed|s)? (?:on|for)|urg\w+|appeal\w*|mediat\w*|meet\w*|met|visit\w*|summit|"
    r"expel\w*|recall\w*|withdr\w+|retreat\w*|captur\w*|seiz\w*|took control|recaptur\w*|overr\w+|taking control|(?<!nearly )(?<!almost )lynch\w*|"
    r"displac\w*|surrender\w*|defect\w*|aid|support\w*|reject\w*|den(?:y|ied|ies)|responsib\w*|"
    r"violence|violent|war|conflict|hostilities|chemical|sarin|chlorine|suicide|grenade\w*|ied|"
    r"landmine\w*|mine|struck\s+(?:[\w'’-]+\s+){0,4}?(?:targets|positions|sites|facilit(?:y|ies)|infrastructure|depots?)|"
    # harm or theft by hand told with its armed doers ("armed men beat three herders and stole their cattle", "two
    # farmers were beaten by bandits"); the doers alone ("the assailants fled") or the act alone tell no event
    r"(?:armed\s+(?:\w+\s+)?(?:m[ae]n|gangs?|groups?|youths?)|bandits?|assailants?|raiders?|rustlers?|thugs?|robbers?)\s+"
    r"(?:\w+\s+){0,3}?" + _HAND_HARM + r"|" + _HAND_HARM + r"\s+(?:\w+\s+){0,3}?by\s+(?:an?\s+|the\s+)?(?:group\s+of\s+)?"
    r"(?:\w+\s+){0,2}?(?:armed|bandits?|assailants?|raiders?|rustlers?|thugs?|robbers?|attackers?|gunm[ae]n)|"
    r"cattle\s+rustl\w*)\b", re.I)
# Public name of the conflict-word test (``cues.may_report_event``: which sentences need named entities).
CONFLICT_WORDS = _CONFLICT
_ARMED = re.compile(
    r"\b(?:militant\w*|rebel\w*|insurgent\w*|soldier\w*|troops|army|militia\w*|gunm[ae]n|jihadist\w*|"
    r"terroris\w*|armed|attack\w*|shell\w*|air ?strike\w*|killed|shot|bomb\w*|explo\w+|IEDs?|(?:land)?mines?|"
    r"blast\w*|grenades?)\b", re.I)


_SEXUAL = re.compile(
    r"\b(?:rap(?:e|ed|es|ing|ist)|gang-?rap\w*|sexual(?:ly)? (?:assault|abus|violen|harass|exploit)\w*|"
    r"molest\w*)\b", re.I)
_PLACE_HELD_SINCE_TRAINED = "|headquarters|garrisons?|barracks|(?:police|army|military|border) (?:stations?|posts?)"  # (not in the typing network's flags)
_PLACE_HELD = (r"(?:town|city|cities|village|district|base|camp|area|territory|territories|positions?|"
               r"neighbou?rhoods?|region|province|hills?|stronghold|bastion|border (?:point|post|crossing)|"
               r"checkpoints?|airport|island|outposts?|suburbs?|localit(?:y|ies)|countryside|settlements?|capital"
               + _PLACE_HELD_SINCE_TRAINED + ")")
_REGAIN = re.compile(r"\b(?:regain\w*|recaptur\w*|retook|retak(?:e|en|es|ing)|took back|liberat(?:ed|es|ing)|"
                     r"recover(?:ed|s|ing)? (?:\w+ ){0,3}?" + _PLACE_HELD + r"|drove (?:\w+ ){1,4}?out of|"
                     r"reclaim\w*|wrest\w* (?:back )?control)\b", re.I)
# A word between a verb of taking and the place taken that is no preposition of where ("captured three suspects in
# the village": the village is where, not what, was taken), nor a phrase of another sense ("took part in", "took over")
_NOT_WHERE = r"(?!(?:in|at|near|from|inside|outside|during|on|into|to|for|part|place|over)\b)"
_TAKEOVER = re.compile(
    r"\b(?:seiz\w+|captur\w+|took|tak(?:e|en|es|ing)|gain(?:ed|ing)?|assum\w+|overr[au]n\w*|establish\w*)\s+"
    r"(?:full\s+|total\s+|effective\s+)?control\b|\boverr[au]n\b|\b(?:(?:captur|seiz|overr[au]n)\w*|(?:took|tak(?:e|en|es|ing)) over|took) "
    # "captured Shusha, the second-largest town": the place's name and a comma may come before its noun;
    # "captured three suspects in the village": a place after a preposition is where, not what, was taken
    r"(?:" + _NOT_WHERE + r"[\w'’-]+,? ){0,4}?" + _PLACE_HELD + r"\b", re.I)
# A place as what was captured: "captured the town", "seized Shusha, the second-largest town" (Arrests capture people)
_GROUND_CAPTURED = re.compile(r"\b(?:captur|seiz)\w* (?:the (?:[\w'’-]+ ){0,2}?" + _PLACE_HELD
                              + r"|[A-Z][\w'’-]+,? (?:the |a )?(?:[\w'’-]+ ){0,2}?" + _PLACE_HELD + r")\b")
_STATE_FORCE_WORDS = (r"(?:army|troops|soldiers|military|government forces|security forces|armed forces|"
                      r"national guard|defen[cs]e forces|regime forces|police)")
_STATE_FORCES = re.compile(r"\b" + _STATE_FORCE_WORDS + r"\b", re.I)
_HQ = re.compile(
    r"\b(?:establish\w*|set(?:s|ting)? up|open(?:ed|s|ing)?|buil[dt]\w*|install\w*)\s+(?:a |an |its |their |new |"
    r"temporary |permanent |\w+ )*?(?:military |operating |operational |forward |command |observation |army )?"
    r"(?:base|camp|headquarters|outpost|command post|office|observation (?:post|point)|military post|barracks)s?\b",
    re.I)
_AGREEMENT = re.compile(
    r"\b(?:cease-?fires?|truce|armistice|peace (?:deal|agreement|accord|treaty|pact)|"
    r"prisoners? (?:swap|exchange|release)s?|(?:exchange|swap)(?:d|s)? (?:of )?(?:\w+ )?(?:prisoners|detainees)|"
    r"(?:signed|sign|signing|reached|concluded|brokered) (?:an? |the )?(?:\w+ ){0,2}(?:agreement|accord|deal|pact)|"
    # a ceasefire told without the word: "fighting ceased", "agreed to halt the shelling"
    r"(?:fighting|hostilities|clashes|shelling|firing|guns) (?:had |has |have )?(?:ceased|stopped|halted|fell silent)|"
    r"agreed to (?:halt|stop|end|cease) (?:the |all )?(?:fighting|hostilities|shelling|fire|firing)|"
    # a surrender (the codebook lists surrenders among agreements)
    r"surrender(?:ed|s|ing)? (?:\w+ ){0,2}?(?:to|before))\b",
    re.I)
# What a weapons find or seizure names (news: "a stash of firearms", notes: "IEDs were defused").
_ARMS = (r"(?:weapons|arms|firearms|ammunitions?|explosives|(?:explosive )?devices|IEDs?|(?:land)?mines|bombs|"
         r"grenades|rifles|guns|pistols|revolvers|rounds|cartridges|bullets|caches?|stash(?:es)?)")
_DISRUPTED = re.compile(
    r"\b(?:defus(?:ed|ing|es)|(?:dismantl|intercept|shot down|shoot down|downed)\w* (?:\w+ ){0,3}?(?:bombs?|IEDs?|"
    r"explosives?|(?:explosive )?devices?|mines?|missiles?|rockets?|drones?|UAVs?|projectiles?|shells?|aircraft|"
    r"planes?|jets?|helicopters?)|bomb disposal|"
    r"(?:weapons?|arms|ammunition|explosives?) (?:cache|depot|stockpile)s?|"
    r"(?:seiz|recover|confiscat|found|discover|unearth|destroy|clear)\w* (?:\w+ ){0,4}?" + _ARMS + r"|"
    # the passive news form: "a cache of firearms and ammunition was seized"
    + _ARMS + r" (?:\w+ ){0,6}?(?:were|was|have been|has been|had been|being) (?:\w+ )?(?:seized|recovered|"
    r"confiscated|found|discovered|unearthed|destroyed|defused|cleared|intercepted)|"
    r"(?:neutrali[sz]|detonat)ed (?:an? |the )?(?:\w+ )?(?:IED|bomb|explosive device|mine)s? "
    r"(?:safely|before|in a controlled))\b", re.I)
_PROTEST = re.compile(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies)|marchers|sit-in)\b", re.I)
_LETHAL = re.compile(
    r"\b(?:(?:protesters?|demonstrators?|marchers|students|crowd)\s+(?:\w+\s+){0,3}?(?:were |was )?"
    r"(?:shot dead|killed|shot)|(?:fired|used|with) live (?:ammunition|rounds|bullets)|"
    r"(?:opened fire|fired|shot) (?:\w+ )?(?:on|at|into) (?:the |a )?(?:protesters|demonstrators|marchers|crowd))\b",
    re.I)


_PROTEST_CUE = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march\w*|strikes?|striking|sit-?ins?|riot\w*|mob(?:s|b(?:ed|ing))?|"
    r"crowds?|gather\w*|chant\w*|picket\w*|dharna|agitat\w*|block(?:ed|ing|ades?|aded|ading)|to block|boycott\w*|petition\w*|vigils?|"
    r"hunger|slogans?|placards?|banners?|walk-?outs?|stag(?:e|ed|ing)|demand\w*|human chains?|processions?|"
    r"(?:took|take|taking|went|go|going|poured) (?:to|into|on)(?: the)? streets?|denounc\w*|occup(?:y|ied)\w*)\b",
    re.I)
# The flags' patterns as the shipped second stage was fitted with them, where a rule's pattern has since been
# corrected: a network reads the flag it learned from. "mob\w*" also took "mobilised", "mobile", "mobility" (as a
# protest word it no longer does); refitted with the corrected flag, held-out notes read 0.9304 / 0.9056 / 0.7663
# against 0.9302 / 0.9065 / 0.7694 (event type / sub-type / macro-F1): a refit's noise, not kept (session 10). Over
# several seed draws of the second stage (session 11) the corrected flag reads as well as this one (0.9306-0.9310 /
# 0.9067-0.9071 / 0.7674-0.7699 against 0.9295-0.9308 / 0.9056-0.9075 / 0.7666-0.7704): the next retrain drops this.
_AS_TRAINED: dict[str, re.Pattern[str]] = {
    "_PROTEST_CUE": re.compile(_PROTEST_CUE.pattern.replace("mob(?:s|b(?:ed|ing))?", r"mob\w*"), re.I),
    # (session 23's rule words: a place "taken over", a headquarters, garrison, station or post held, a town "took";
    # and below, demonstrators setting fires: the network reads its flags as it was fitted with them)
    "_TAKEOVER": re.compile(_TAKEOVER.pattern.replace(_PLACE_HELD_SINCE_TRAINED, "").replace(
        r"(?:(?:captur|seiz|overr[au]n)\w*|(?:took|tak(?:e|en|es|ing)) over|took) ", r"(?:captur|seiz|overr[au]n)\w* ").replace(
        "|to|for|part|place|over)", ")"), re.I),
    "_REGAIN": re.compile(_REGAIN.pattern.replace(_PLACE_HELD_SINCE_TRAINED, ""), re.I),
}
_VIOLENT_ACT = re.compile(
    r"\b(?:attack\w*|ambush\w*|shell(?:ed|ing|s)|air ?strike\w*|kill(?:ed|ing|s)|shot|shoot\w*|bomb\w*|"
    r"explo\w+|IEDs?|(?:land)?mines?|blast\w*|grenades?|raid\w*|assault\w*|massacre\w*|abduct\w*|kidnap\w*)\b",
    re.I)


# People beaten, lynched or stabbed by others: a deliberate act, whatever poisoning or accident it follows.
_ASSAULT = re.compile(r"\b(?:assault\w*|lynch\w*|beat(?:en|ing|s)?|stabb\w*|hack(?:ed|ing) to death|slash\w*|"
                      r"mob)\b", re.I)


# Fighting told alongside weapons seized or intercepted: the fight is the event, not the disruption.
_COMBAT = re.compile(r"\b(?:kill|kills|killed|killing|injured|wounded|dead|clash\w*|fighting|fought|gun ?battles?|"
                     r"exchanged? (?:of )?fire|shell(?:ed|ing)|struck|hit|ambush\w*|attack\w*)\b", re.I)
# Ordinary crime is ACLED's business once it turns violent or meets the security forces head-on.
_CRIME_VIOLENCE = re.compile(r"\b(?:clash\w*|assault\w*|attack\w*|injur\w*|wound\w*|kill\w*|beat\w*|pelt\w*|"
                             r"destroy\w*|dismantl\w*|burn\w*|loot\w*|lynch\w*|mobs?|mobb(?:ed|ing)|shot|shoot\w*|tortur\w*|"
                             r"set (?:\w+ ){0,3}?(?:on fire|ablaze|alight)|buried alive|stoned|hack\w* to death)\b", re.I)
_ATTEMPT = re.compile(r"\b(?:attempt\w*|tr(?:y|ied|ying)|fail\w*|sought|seeking|bid|prevent\w*) to "
                      r"(?:\w+ )?(?:capture|seize|take|overrun|advance)\b", re.I)


def agreement_told(text: str) -> tuple[int, int] | None:
    """Where ``text`` tells an agreement (a ceasefire, a truce, a deal signed), as offsets in it, or None: the clause
    that dates the agreement when the sentence tells another happening of another day first ("Azerbaijan launched
    its offensive on Tuesday, and the authorities agreed to a ceasefire a day later")."""
    found = _search(_AGREEMENT, text)
    return found.span() if found else None


def _first(pattern: re.Pattern[str], text: str) -> int:
    m = _search(pattern, text)
    return m.start() if m else -1


_HOSTILE = re.compile(
    r"\b(?:militant\w*|rebel\w*|insurgent\w*|soldier\w*|troops|army|militia\w*|gunm[ae]n|jihadist\w*|"
    r"terroris\w*|armed|attack\w*|assailants?|shell(?:ed|ing|s)|air ?strike\w*|shot|shooting|bomb(?:s|ed|er|ers|ing)?|"
    r"IEDs?|(?:land)?mines?|grenades?|suicide|missiles?|rockets?|drones?|sabotage\w*|arson\w*|bandits?|raiders?|"
    r"attackers?|explosive devices?|ordnance|UXOs?|munitions?|shells)\b", re.I)


_ASIDE = re.compile(r"\([^()]*\)|\bno (?:\w+ )?(?:group|one|organi[sz]ation|party)\b[^.;]{0,30}", re.I)


def _rule(text: str) -> tuple[str, str, str | None] | None:
    """A codebook rule's label, or None to keep the model's."""
    if _search(_CHEMICAL, text) and not re.search(r"\btear ?gas\b", text, re.I) and not _sanctions_first(text):
        return "Explosions/Remote violence", "Chemical weapon", None
    # A claim told aside, "(claimed responsibility)", or denied to anyone, "no group has claimed", is no statement
    # of its own: the attack is the news. Blanked, not cut, so positions still compare.
    # Responsibility claimed or denied as the main statement (said before the attack is told), never in a protest:
    # that test first, so that a protest (half the sentences) needs neither the blanked copy nor its searches.
    if not _search(_PROTEST, text):
        blanked = _ASIDE.sub(lambda m: " " * len(m.group()), text) if _search(_ASIDE, text) else text
        attribution = _search(_ATTRIBUTION, blanked)
        violence = _first(_VIOLENT_ACT, text) if attribution is not None else -1
        if attribution is not None and (violence < 0 or attribution.start() < violence):
            return VERBAL_EVENT_TYPE, ATTRIBUTION, "REJECT" if _ATTRIBUTION_DENIED.match(attribution.group(0)) else "ACCUSE"
    if _search(_SUICIDE, text):
        return "Explosions/Remote violence", "Suicide bomb", None
    if _search(_PROTEST, text) or _search(_PROTEST_CUE, text):
        return None
    # Soldiers sent to rescue and bring relief after a flood or earthquake: the disaster is the news.
    if _search(_NATURAL, text) and _search(_RELIEF, text) and not _search(_VIOLENT_ACT, text):
        return NON_CONFLICT_TYPE, NATURAL_DISASTER, None
    # Accidents explode and kill too: only a hostile actor or weapon makes a blast an attack.
    if not _search(_HOSTILE, text) and not _search(_UNDER_HEAVY_FIRE, text):
        if _search(_NATURAL, text):
            return NON_CONFLICT_TYPE, NATURAL_DISASTER, None
        if _search(_MAN_MADE, text) and not _search(_ASSAULT, text) and not _search(_AFFAIRS_COLLAPSED, text):
            return NON_CONFLICT_TYPE, MAN_MADE_DISASTER, None
    if _search(_ARMED, text):
        return None
    if _search(_CRIME, text) and not _search(_CRIME_VIOLENCE, text) and not _sanctions_first(text):
        return NON_CONFLICT_TYPE, ORGANISED_CRIME, None
    return None


# Armed or security personnel as the victims: ACLED codes violence between armed actors as a clash, even
# when one side only is hurt ("gunmen shot dead a policeman", "militants killed a Dozo").
_ARMED_VICTIMS = (r"(?:soldiers?|servicem[ae]n|troops|militants?|fighters?|rebels?|insurgents?|combatants?|militiam[ae]n|"
                  r"policem[ae]n|policewom[ae]n|police (?:officers?|agents?|constables?|reservists?)|gendarmes?|"
                  r"rangers?|militia members?|gang members?|(?:armed )?guards?|dozos?|vdps?|volunteer fighters?)")


def _done_to(people: str, passive: str, active: str, *, gap: int, auxiliaries: str, after: str = "") -> re.Pattern[str]:
    """People told as what was done to them: "<people> [up to ``gap`` words] were <passive>", "<active> [a count]
    [two words] <people>" (``after``: what may not follow the people in the active form)."""
    return re.compile(
        r"\b" + people + r"\s+(?:\w+\s+){0," + str(gap) + r"}?(?:" + auxiliaries + r")\s+(?:\w+\s+)?" + passive + "|"
        r"\b" + active + r"\s+(?:at least |about |some |an? |one |two |three |\d+ )?(?:\w+\s+){0,2}?" + people + r"\b"
        + after, re.I)


_COMBATANTS_KILLED = _done_to(_ARMED_VICTIMS, r"(?:killed|wounded|injured|shot dead|executed)",
                              r"(?:killing|killed|kills|wounding|wounded|shot dead|shot and killed|executed)",
                              gap=3, auxiliaries="were|was|had been|have been|has been|are|got")
_CIVILIANS = re.compile(r"\b(?:civilians?|villagers?|residents?|farmers?|women|children|wom[ae]n|child|girls?|"
                        r"boys?|worshippers?|passengers?|students?|teachers?|journalists?|family|families|"
                        r"unarmed|herders?|traders?|shopkeepers?|people)\b", re.I)


# Ground changing hands told as peaceful ("took the town without a fight", "no clashes were reported"), or
# left by one side with no fighting told ("after the army withdrew"): the codebook's non-violent transfer.
_UNCONTESTED = re.compile(
    r"\b(?:without (?:any |a |much |meeting (?:any )?)?(?:fight\w*|resistance|confrontation|clash\w*|bloodshed|"
    r"violence|firing a (?:single )?shot|a (?:single )?shot (?:being )?fired|opposition|a battle)|unopposed|peacefully|"
    r"no (?:\w+ )?(?:clash\w*|fighting|violence|resistance|confrontation) (?:was |were |had been |has been )?"
    r"(?:reported|recorded|offered)|(?:not|no|never) (?:\w+ )?(?:encounter\w*|me(?:e|)t\w*|fac\w*) (?:any |much )?"
    r"(?:resistance|opposition|fighting))\b", re.I)
_LEFT_TO = re.compile(r"\b(?:withdr[ae]w\w*|pull(?:ed|s|ing)? out|retreat(?:ed|s|ing)?|vacat(?:ed|es|ing)|"
                      r"abandon(?:ed|s|ing)|hand(?:ed|s|ing)? over|handover)\b", re.I)


_ENTERED = re.compile(r"\b(?:entered|enter(?:s|ing)|moved into|marched into|rolled into|took over|tak(?:es|ing) over|"
                      r"hand(?:ed|s|ing) (?:\w+ ){0,2}?control|controlled|deployed (?:in|to|into))\b", re.I)


# Ground lost, told by the side that lost it ("the army lost control of two towns", "rebels were driven out of the
# district") or by the place ("the town fell to the rebels"): the winner is the other side, or the one named after "to".
_GROUND_YIELDED = re.compile(
    r"\b(?:los(?:t|es|ing)|los(?:s|ses) of)\s+(?:(?:full|total|effective|all)\s+)?control\s+(?:of|over)\s+(?!(?:the\s+|a\s+|an\s+|"
    r"his\s+|her\s+|their\s+|its\s+)?(?:[\w-]+\s+)?(?:vehicles?|cars?|trucks?|bus|buses|motorbikes?|motorcycles?|boats?|"
    r"situation|crowds?|(?:him|her|them)sel(?:f|ves))\b)|"
    r"\b(?:lost|los(?:es|ing))\s+(?:(?!(?:in|at|near|on|during|their|its|his|her)\b)[\w'’-]+,?\s+){0,4}?" + _PLACE_HELD
    + r"s?\b|"
    r"\b(?:army|troops|soldiers|forces|militants?|rebels?|insurgents?|jihadists?|fighters|militias?|militiam[ae]n|"
    r"separatists?|guerrillas?)\s+(?:\w+\s+){0,2}?(?:were|was|have been|has been|had been|being)\s+(?:\w+\s+)?(?:driven|"
    r"forced|pushed|chased|expelled|ousted|routed|dislodged|kicked)\s+(?:out\s+of|from)\b|"
    r"\b(?:fell|fallen|falls|fall)\s+(?:\w+\s+)?to\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?(?:" + _STATE_FORCE_WORDS
    + r"|forces|militants?|rebels?|insurgents?|jihadists?|fighters|militias?|militiam[ae]n|separatists?|guerrillas?)\b", re.I)


def _ground_lost(text: str, lost: re.Match[str]) -> str | None:
    """The territorial sub-type of ground told lost (``lost``, a ``_GROUND_YIELDED`` match): ACLED names the winner's
    sub-type, so a winner told after the loss decides, else the loser named in or before it loses to the other side
    (state forces to a non-state actor, and the reverse). None when neither side is told."""
    at, loser_end = lost.start(), lost.end()
    won = _WON_BY.search(text, at, at + 160)
    if won is not None:
        return "Government regains territory" if won.group("state") else "Non-state actor overtakes territory"
    after = text[at:at + 160]
    national = _national_forces(after)
    if national >= 0 and re.search(r"\bto\s+(?:the\s+)?$", after[:national]):
        return "Government regains territory"  # "fell to Russian forces": a state's forces by their people's adjective
    # the loser is named in the loss's own sentence
    clause = text[max(text.rfind(". ", 0, at), text.rfind("; ", 0, at)) + 1:loser_end]
    state = _state_forces_named(clause)
    national = _national_forces(clause)
    if national >= 0 and (state < 0 or national < state):
        state = national
    non_state = _first(_NON_STATE, clause)
    if 0 <= state and (non_state < 0 or state < non_state):
        return "Non-state actor overtakes territory"
    if 0 <= non_state:
        return "Government regains territory"
    return None


# A place taken by its name, with no noun of a place ("the rebels said they had taken Damascus")
_PLACE_NAME_TAKEN = re.compile(r"\b(?:captured|seized|took|taken|overran|overrun)\s+(?:the\s+(?:city|town|capital|"
                               r"village)\s+of\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def _named_place_taken(text: str) -> int:
    """Where a place the gazetteer knows is told taken by its name alone, or -1 (a person or a group taken is
    no ground: "captured Ahmed", "seized Hamas fighters")."""
    from dateline.extract import places

    for taken in _PLACE_NAME_TAKEN.finditer(text):
        name = taken.group("name")
        place = places.resolve_place(name)
        if place is not None and place.precision in ("point", "admin1") \
                and not any(m.kind != "capital" for m in places.find_countries(name)):
            return taken.start()
    return -1


def _territory(text: str, named: bool = False) -> str | None:
    """The territorial sub-type when the text tells of ground taken or taken back, else None. Who moves
    decides (ACLED: government forces regain, non-state actors overtake); the verb only when no actor is
    named before it. Ground taken without a fight is the codebook's non-violent transfer, whoever took it. ``named``: a
    place taken by its name alone counts too ("had taken Damascus"), where the model is unsure of the kind (a sure
    reading of "Russian forces captured X" is the codebook's: foreign forces overtake, no government regains)."""
    if _search(_ATTEMPT, text):
        return None
    takeover = _first(_TAKEOVER, text)
    if takeover < 0 and named:
        takeover = _named_place_taken(text)
    regain = _first(_REGAIN, text)
    verb = min(i for i in (takeover, regain, len(text)) if i >= 0)
    uncontested = _search(_UNCONTESTED, text) or (_search(_LEFT_TO, text) and not _search(_COMBAT, text)
                                                   and not _search(_VIOLENT_ACT, text))
    lost = _search(_GROUND_YIELDED, text)
    if lost is not None and _LOSS_DENIED.search(text, max(0, lost.start() - 40), lost.start()):
        lost = None  # "the rebels deny they lost territory": no loss by the loser's word
    if lost is not None and lost.start() < verb:
        return "Non-violent transfer of territory" if uncontested else _ground_lost(text, lost)
    if verb == len(text):
        # Ground entered or handed over rather than taken ("entered the town without a fight", "handed control
        # of the base to the army"): a transfer only when told as uncontested.
        return "Non-violent transfer of territory" if uncontested and _search(_ENTERED, text) else None
    if uncontested:
        return "Non-violent transfer of territory"
    doers = _after_the_teller(text[:verb])
    state = _state_forces_named(doers)
    national = _national_forces(doers)
    if national >= 0 and (state < 0 or national < state):
        state = national
    non_state = _first(_NON_STATE, doers)
    if 0 <= non_state and (state < 0 or non_state < state):
        return "Non-state actor overtakes territory"
    if 0 <= state or verb == regain:
        return "Government regains territory"
    return "Non-state actor overtakes territory"


# A teller's verb before what it tells ("The army said the militia had overrun ..."), and what tells the teller's own
# deed after it ("said it had", "said on Sunday that its forces")
_TELLER_VERB = re.compile(r"\b(?:said|says|reported|reports|claimed|claims|announced|confirmed|added|stated)\b"
                          r"(?:\s+(?:on|late on|early on)\s+\w+)?(?:\s+that)?\s+", re.I)
_OWN_DEED_AFTER = re.compile(r"(?:it|they|we|its|their|our)\b", re.I)


def _after_the_teller(text: str) -> str:
    """``text`` (the words before a verb of taking ground) from where a teller's verb ends, when it tells another's
    deed: who took the ground is named after "the army said", not the army; "the army said it had" keeps the army."""
    said = next(reversed(list(_TELLER_VERB.finditer(text))), None)
    if said is None or _OWN_DEED_AFTER.match(text, said.end()):
        return text
    return text[said.end():]


# The capitalised words right before a forces noun ("Kachin Independence Army", "Israel Defense Forces"), and those
# that name no group of their own ("Government troops", "the Federal Army")
_NAME_WORDS_BEFORE = re.compile(r"(?:\b[A-Z][\w'’-]*\s+){1,4}$")
_NO_GROUP_WORDS = frozenset({"The", "A", "An", "Its", "Their", "His", "Her", "Government", "Federal", "Regime", "Junta",
                             "State", "Security", "Special", "Allied", "Coalition", "National", "Presidential", "Royal",
                             "Regular", "Pro-government", "Republican", "Interim", "Transitional", "Army", "Military"})


def _state_forces_named(text: str) -> int:
    """Where a state's forces are first named; -1 if nowhere. A forces noun closing a group's own name ("the
    Arakan Army", "Kachin Independence Army") is none of a state's; one after a country or its people ("Myanmar Army",
    "Nigerian Army", "Israel Defense Forces") or after words naming no group ("Government troops") is."""
    from dateline.extract import places

    for forces in _STATE_FORCES.finditer(text):
        if not forces.group()[0].isupper():
            return forces.start()  # "FARDC military forces", "the army": no name's own word
        name = _NAME_WORDS_BEFORE.search(text, 0, forces.start())
        if name is None or all(word in _NO_GROUP_WORDS for word in name.group().split()) \
                or places.find_countries(name.group()):
            return forces.start()
    return -1


def _national_forces(text: str) -> int:
    """Where a country's forces are first named by its people's adjective ("Azerbaijani forces", "Russian
    forces": a state's, unlike "Kurdish forces" or "Houthi forces", whose adjectives name no country); -1 if nowhere."""
    if " forces" not in text:
        return -1
    from dateline.extract import places

    for m in places.find_countries(text):
        if m.kind == "demonym" and text.startswith(" forces", m.end):
            return m.start
    return -1


_MEANS = re.compile(r"\b(?:grenade|(?:land)?mine|IED|roadside bomb|car bomb|truck bomb|bicycle bomb|motorcycle bomb|"
                    r"remote[- ]controlled bomb|improvised explosive device|explosive device) "
                    r"(?:attacks?|blasts?|explosions?|went off|exploded|detonated)\b", re.I)
_GROUND_VIOLENCE = frozenset({"Armed clash", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                              "Attack", "Grenade"})
_AIR_STRIKE = re.compile(
    r"\b(?:air ?strikes?|air raids?|aerial (?:bombardment|attack|strike|bombing|raid)s?|glide bombs?|"
    r"(?:jets?|warplanes?|aircraft|helicopters?|choppers?|gunships?|drones?|UAVs?|planes?)\s+(?:\w+\s+){0,3}?(?:fired|opened fire|"
    r"bombed|struck|targeted|dropped|attacked|shelled|hit|strafed|bombarded)|dropped (?:\w+\s+){0,2}?bombs|"
    r"air force (?:\w+\s+){0,2}?(?:conducted|carried out|launched|bombed|struck|targeted)|"
    r"(?:attacks?|raids?|strikes?|bombing|bombardment|fire) (?:carried out )?by (?:[\w'’-]+\s+){0,4}?(?:jets|warplanes|aircraft|"
    r"helicopters|choppers|gunships|drones|UAVs|planes))\b", re.I)
_GROUND_FIGHT = re.compile(
    r"\b(?:fighting|fought|clash(?:es|ed)?|battl(?:e|es|ed|ing)|fire ?fights?|gun ?fights?|gun ?battles?|"
    r"exchanges? of fire|exchanged fire|ambush\w*|(?:ground|military|joint|security) operations?|backed by|"
    r"supported by|(?:with|via|using) (?:fire ?arms|small arms|guns)|overr[au]n|stormed)\b", re.I)
_NON_STATE_WORDS = (r"(?:militants?|rebels?|insurgents?|jihadists?|terrorists?|fighters|militias?|"
                    r"militiam[ae]n|separatists?|gunmen|guerrillas?|insurgency)")
_NON_STATE = re.compile(r"\b" + _NON_STATE_WORDS + r"\b", re.I)
# A loss denied right before it ("denied that they lost", "denies losing")
_LOSS_DENIED = re.compile(r"\b(?:den(?:y|ies|ied|ying)|dismiss\w*|reject\w*|refut\w*)\s+(?:that\s+)?(?:\w+\s+){0,3}?$", re.I)
# Who won the ground lost, named after the loss ("... to the rebels", "... by government troops")
_WON_BY = re.compile(r"\b(?:to|by)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?P<state>" + _STATE_FORCE_WORDS
                     + r")|(?P<non_state>" + _NON_STATE_WORDS + r"))\b", re.I)
_AIR_CUE = re.compile(r"\b(?:air|aerial|air-?strikes?|planes?|jets?|warplanes?|aircrafts?|drones?|UAVs?|"
                      r"helicopters?|gunships?|bombers?|aviation|sorties?|air ?force|airborne|fighter|kamikaze|"
                      r"quadcopters?|loitering|sky)\b", re.I)


# A strike told by what it did, as news tells strikes from the air without naming the aircraft ("a strike hit a
# home", "killed in an Israeli strike", "warplanes pounded the town"); a labour strike is told with other words.
_NOT_LABOUR = r"(?!(?:hunger|general|labou?r|workers?|teachers?|doctors?|nurses?|staff|students?|national|nationwide|warning)\b)"
_STRIKE_HIT = re.compile(
    r"\bstrikes?\s+(?:(?:also|reportedly|then|later|had|have|has)\s+)?(?:hit|hits|struck|killed|kills|destroyed|"
    r"targeted|flattened|levell?ed|wounded|slammed|pounded|ripped|tore|razed)\b|"
    r"\bstrikes? on (?:[\w'’-]+,? ){1,6}?(?:killed|kill|kills|left|wounded|destroyed|flattened)\b|"
    r"\b(?:killed|died|dead|wounded|injured|destroyed|damaged|flattened)\s+(?:\w+\s+){0,4}?(?:in|by)\s+(?:(?:an?|the)\s+)?"
    r"(?:" + _NOT_LABOUR + r"[\w'’-]+\s+){0,2}?strikes?\b", re.I)
_PLANES_HIT = re.compile(r"\b(?:warplanes?|jets?|aircraft|planes?|drones?|helicopters?|gunships?|bombers?)\s+(?:\w+\s+){0,3}?"
                         r"(?:pounded|pounding|hammered|hammering|raided|blasted|rocketed|strafed)\b|"
                         r"\b(?:drones?|UAVs?) (?:strikes?|attacks?|raids?|bombing)\b|"
                         # the aircraft as the doer ("a drone destroyed a truck", "the air force pounded the hills")
                         r"\b(?:warplanes?|jets?|aircraft|drones?|UAVs?|helicopters?|gunships?|bombers?|air force)\s+"
                         r"(?:(?:has|have|had|reportedly)\s+)?destroyed\b|"
                         r"\bair force\s+(?:\w+\s+){0,3}?(?:pounded|pounding|hammered|hammering|raided|blasted|strafed)\b", re.I)
# A shell, rocket or missile told landing on a place ("a mortar shell struck a home", "rockets landed in the market"):
# the projectile's hit, as news tells shelling without naming who fired (a rocket-propelled grenade is no shell, nor is
# the oil company, capitalised).
_PROJECTILE_HIT = re.compile(
    r"\b(?:(?:mortar|artillery|tank) (?:shells?|rounds?|bombs?|fire)|shells|shell(?!\s+(?:company|companies|firms?))|"
    r"mortars|rockets|rocket(?!-)|missiles?)\s+(?:(?:also|reportedly|then|later|had|have|has|allegedly)\s+)?"
    r"(?:hit|hits|struck|strikes|landed|lands|fell|falls|slammed into|crashed into|smashed into|tore into|ripped through|"
    r"exploded (?:in|on|at|near|inside)|killed|kills|wounded|destroyed|damaged|flattened)\b", re.I)
_STRIKE_WORD = re.compile(r"\bstrikes?\b", re.I)
# A place, vehicle or boat told under heavy weapons' fire, who fired untold ("the convoy came under rocket fire", "the
# village came under heavy shelling", "a ship came under missile attack"): the codebook's shelling, or an air strike
# when told from the air; no looting, abduction or attack by hand (a fight told besides stays a fight).
_UNDER_HEAVY_FIRE = re.compile(
    r"\b(?:came|comes|come|coming|was|were|been|being|is|are)\s+under\s+(?:(?:heavy|intense|intensive|sustained|renewed|"
    r"fresh|indiscriminate|repeated|constant|continuous|enemy|overnight|a|an)\s+){0,3}?(?:(?P<heavy>rocket|mortar|artillery|"
    r"missile|tank|shell|howitzer)\s+(?:fire|attacks?|barrages?|strikes?|shelling)|(?:artillery\s+)?shelling|"
    r"bombardment|(?P<air>drone|air|aerial)\s+(?:fire|attacks?|strikes?|bombardment|raids?))\b|"
    # hit by the weapons' fire ("the island bombarded by shelling", "three killed by rocket fire")
    r"\b(?:hit|struck|bombarded|pounded|targeted|damaged|destroyed|killed|wounded|injured)\s+by\s+(?:(?!by\b)[\w'’-]+\s+){0,3}?"
    r"(?:shelling|(?:rocket|mortar|artillery|tank|missile)\s+(?:fire|shells?|rounds?|strikes?)|shells|rockets?|missiles?)\b", re.I)
# A strike rehearsed, not made ("drills to counter an airstrike")
_DRILL = re.compile(r"\b(?:drills?|exercises?|mock|simulat\w*|rehears\w*|manoeuvres|maneuvers)\b", re.I)
_SHELLING_WORD = re.compile(r"\b(?:missiles?|rockets?|artillery|shell(?:s|ed|ing)|mortars?|howitzers?)\b", re.I)
# The labels a strike from the air told as the act overrides: violence on the ground, and the catch-alls (and riots)
# that a news sentence telling one lands in (no ACLED note with such a strike is coded so).
_AIR_OVERRIDES = _GROUND_VIOLENCE | {"Other", "Change to group/activity", "Looting/property destruction", "Mob violence",
                                     "Violent demonstration"}


_GATHERING_WORDS = frozenset({"gathered", "gathering", "gatherings", "gather", "crowd", "crowds"})


def _strike_from_the_air(text: str, label: str) -> str | None:
    """The remote-violence sub-type of a strike told as the act ("jets bombed the town", "a strike hit a home"), when
    ``label`` is one it overrides (see ``_AIR_OVERRIDES``; a protest only when its sole protest word is that strike),
    else None. Air support in a ground battle told as a clash stays a clash (ACLED codes the ground fight)."""
    riot_or_protest = EVENT_TYPE_OF.get(label) in ("Protests", "Riots")
    if (not riot_or_protest and label not in _AIR_OVERRIDES) or (riot_or_protest and _search(_PROTEST, text)):
        return None
    air = _search(_AIR_STRIKE, text)
    hit = None if air else (_search(_STRIKE_HIT, text) if "strike" in _lowered(text) else None) or _search(_PLANES_HIT, text)
    projectile = None
    if air is None and hit is None and label != "Armed clash":  # a clash with rockets told stays a clash
        hit = projectile = _search(_PROJECTILE_HIT, text)
        if hit is not None and hit.group(0).startswith("Shell") and not hit.group(0).startswith("Shells"):
            hit = projectile = None  # the oil company, capitalised
    told = air or hit
    if told is None or _search(_DISRUPTED, text) or (label == "Armed clash" and _search(_GROUND_FIGHT, text)):
        return None
    # a protest word besides the strike told (its other mentions, "the strike on the home", are the same strike)
    if riot_or_protest and _search(_PROTEST_CUE, text) and any(
            cue.group(0).lower() not in _GATHERING_WORDS
            for cue in _PROTEST_CUE.finditer(_STRIKE_WORD.sub(" ", text[:told.start()] + " " + text[told.end():]))):
        # (people gathered or a crowd, with no other protest word, are who the strike hit: "missiles struck the
        # square as people gathered for a service")
        return None
    if label not in _GROUND_VIOLENCE and _search(_DRILL, text):
        return None
    if hit is not None and (projectile or _search(_SHELLING_WORD, text)) and not _search(_AIR_CUE, text):
        return "Shelling/artillery/missile attack"
    return "Air/drone strike"


def _under_heavy_fire(text: str, label: str) -> str | None:
    """The remote-violence sub-type of a place, vehicle or boat told under heavy weapons' fire (``_UNDER_HEAVY_FIRE``)
    for a material ``label`` of another type, else None: a fight told besides (fire exchanged, a clash) stays a fight."""
    if label in VERBAL_ROOTS or label == "Agreement" or EVENT_TYPE_OF.get(label) == "Explosions/Remote violence":
        return None
    under = _search(_UNDER_HEAVY_FIRE, text)
    if under is None or _search(_FIRE_EXCHANGED, text) or (label == "Armed clash" and _search(_GROUND_FIGHT, text)):
        return None
    return "Air/drone strike" if under.group("air") or _AIR_CUE.search(under.group(0)) \
        else "Shelling/artillery/missile attack"


def _lowered(text: str) -> str:
    return text.lowered if type(text) is _Text else text.lower()  # type: ignore[attr-defined]


# A word of ground changing hands ("Liberation" capitalised names a movement or army, not ground freed): 74 of the 76 ACLED notes (legacy file included) of the three territorial
# sub-types have one, 12 % of all notes do.
_TERRITORY_CUE = re.compile(
    r"\b(?:control\w*|captur\w*|seiz\w*|regain\w*|recaptur\w*|retook|retak\w*|took|tak(?:e|es|en|ing)|overtook|"
    r"overtak\w*|overr[au]n\w*|occup\w*|dislodg\w*|liberat(?:e|ed|es|ing)|(?-i:liberation)|recover\w*|fell|fall(?:s|en)?|hand(?:s|ed|ing)? over|"
    r"clear(?:s|ed|ing)?|withdr\w*|retreat\w*|abandon\w*|gains?|advanc\w*|freed|dr[io]ve|driven|push\w*|expel\w*|territor\w*|"
    r"catch\w*|caught|moved? into|entered|lost|los(?:e|es|ing))\b", re.I)
# A word of agreeing, yielding or exchanging: all 17 ACLED notes coded Agreement have one, 6.5 % of all notes do.
_AGREEMENT_CUE = re.compile(
    r"\b(?:agree\w*|deals?|accords?|cease-?fires?|truces?|armistice|surrender\w*|releas\w*|exchang\w*|swap\w*|pacts?|"
    r"treat(?:y|ies)|negotiat\w*|peace|hand(?:s|ed|ing)? over|sign(?:s|ed|ing)?|reconcil\w*|talks|mediat\w*|"
    r"lay(?:s|ing)? down|laid down|disarm\w*|repatriat\w*|evacuat\w*|memorandum|understanding|settle\w*|"
    r"compromise)\b", re.I)
# Sexual violence told (41 of the 42 notes so coded, 4.9 % of all notes) and people taken into custody (151 of 156
# notes coded Arrests, 20 % of all notes).
_SEXUAL_CUE = re.compile(
    r"\b(?:rap(?:e|ed|es|ing|ist)\w*|sexual\w*|molest\w*|gang-?rap\w*|indecent\w*|harass\w*|assault\w*|abus\w*|strip\w*|"
    r"naked|genital\w*|grop\w*|modesty)\b", re.I)
_ARREST_CUE = re.compile(
    r"\b(?:arrest\w*|detain\w*|detention|custody|held|apprehend\w*|captur\w*|jail\w*|prison\w*|remand\w*|nab\w*|"
    r"picked up|round(?:ed)? up|taken|took|seiz\w*|raid\w*)\b", re.I)
# A weapon, or a word of weapons found, seized, defused or downed: 99 of the 101 ACLED notes coded Disrupted weapons
# use have one (the other two: bombs that blew up or failed to explode, now in), 18 % of all notes do.
_DISRUPTED_CUE = re.compile(
    r"\b(?:seiz\w*|confiscat\w*|recover\w*|defus\w*|intercept\w*|shot down|shoot down|downed|dismantl\w*|disarm\w*|"
    r"cache\w*|found|discover\w*|destroy\w*|detonat\w*|neutrali[sz]\w*|dispos\w*|explosives?|IEDs?|(?:land)?mines?|"
    r"ammunition|weapons?|arms|grenades?|bombs?|blew up|explode\w*|drones?|missiles?|rockets?|UXOs?|unexploded|ordnance|"
    r"disrupt\w*|foil\w*|thwart\w*|jamm\w*)\b", re.I)
# A word of goods or ground taken, destroyed or damaged (498 of the 506 ACLED notes coded looting or property
# destruction have one; as the label's cue it lost more rows never read than it fixed, 4 against 1): with power
# seized, what keeps a looting reading. Power seized is no property ("the military seized power in a coup").
_LOOTING_CUE = re.compile(
    r"\b(?:loot\w*|burn\w*|torch\w*|destr\w*|vandal\w*|steal\w*|stole\w*|theft|thie\w*|rob\w*|fire|arson\w*|ransack\w*|"
    r"plunder\w*|pillag\w*|damag\w*|demolish\w*|raz\w*|(?:seiz\w*|took|taken|grabb?\w*)(?!\s+power\b)|confiscat\w*|"
    r"extort\w*|propert(?:y|ies)|houses?|homes?|shops?|vehicles?|livestock|cattle|crops?|goods|uproot\w*|encroach\w*|"
    r"occup\w*|bulldoz\w*|wreck\w*|smash\w*|broke|break\w*|pelt\w*|attack\w*)\b", re.I)
_TERRITORIAL = frozenset({"Government regains territory", "Non-state actor overtakes territory",
                          "Non-violent transfer of territory"})


_LABEL_CUES: dict[str, re.Pattern[str]] = {
    "Air/drone strike": _AIR_CUE, "Agreement": _AGREEMENT_CUE, "Sexual violence": _SEXUAL_CUE, "Arrests": _ARREST_CUE,
    "Disrupted weapons use": _DISRUPTED_CUE,
    **{label: _TERRITORY_CUE for label in _TERRITORIAL},
}


# The protest words as a protest's cue: a strike "on a school" or "against the base" is an attack, not a walk-out
_PROTEST_WORD = re.compile(_PROTEST_CUE.pattern.replace(
    "strikes?|", r"strikes?(?!\s+(?:on|against|targeting)\s+(?:an?|the|its|their)\s+(?!\d))|", 1), re.I)


def _cue_of(label: str) -> re.Pattern[str] | None:
    """The word every ACLED note of ``label``'s kind carries (protests, air strikes, territory changing
    hands, agreements, sexual violence, arrests), or None for labels told in any words."""
    return _PROTEST_WORD if EVENT_TYPE_OF.get(label) == "Protests" else _LABEL_CUES.get(label)


def _has_cue(label: str, text: str) -> bool:
    """Whether ``text`` carries the cue word of ``label`` (``_cue_of``), if it has one."""
    cue = _cue_of(label)
    return cue is None or bool(_search(cue, text))


def _cued(labels: Sequence[str], text: str) -> list[int]:
    """Indices of the labels whose cue ``text`` carries, each cue searched once (protest sub-types share one)."""
    hits: dict[re.Pattern[str], bool] = {}
    out = []
    for i, label in enumerate(labels):
        cue = _cue_of(label)
        if cue is not None and cue not in hits:
            hits[cue] = bool(_search(cue, text))
        if cue is None or hits[cue]:
            out.append(i)
    return out


# People, not ground, taken: "13 troops were captured during the hostilities", "captured two soldiers".
_PEOPLE = (r"(?:soldiers?|servicem[ae]n|service members?|troops|fighters?|militants?|rebels?|civilians?|people|"
           r"policem[ae]n|officers?|prisoners?|hostages?|men|women|children|villagers?|members?)")
_PEOPLE_CAPTURED = _done_to(_PEOPLE, r"(?:captured|seized|taken prisoner|taken captive)",
                            r"(?:captur(?:ed|es|ing|e)|seiz(?:ed|es|ing|e)|took|taken)", gap=2,
                            auxiliaries="were|was|had been|have been|has been|being|got",
                            after=r"(?!\s+(?:base|camp|positions?|post|checkpoint))")
_HOSTILITIES = re.compile(r"\b(?:hostilities|fighting|clash(?:es|ed)?|battles?|skirmish\w*|fire ?fights?|gun ?battles?)\b",
                          re.I)


# People a side lost, not ground: "their side had lost 35 people", "lost at least a dozen soldiers"
_PEOPLE_LOST = re.compile(r"\b(?:lost|los(?:e|es|ing))\s+(?:(?:more|fewer)\s+than\s+|at\s+least\s+|about\s+|some\s+|"
                          r"nearly\s+|almost\s+|around\s+|up\s+to\s+)?(?:an?\s+)?[\w,-]+\s+(?:of\s+(?:its|their|his)\s+)?"
                          r"(?:[\w-]+\s+)?(?:people|men|soldiers|troops|fighters|servicemen|members|lives|personnel|"
                          r"citizens|civilians|officers|comrades)\b", re.I)


def _people_not_ground(text: str, label: str) -> str:
    """A territorial reading of people captured or lost in a fight, no ground told taken ("13 troops were captured
    during Tuesday's hostilities", "said their side had lost 35 people in the fighting"): ACLED codes the fight, an
    armed clash. Otherwise ``label``."""
    if label in _TERRITORIAL and _territory(text) is None \
            and (_search(_PEOPLE_CAPTURED, text) or _search(_PEOPLE_LOST, text)) and _search(_HOSTILITIES, text):
        return "Armed clash"
    return label


# Deaths of armed men told as a toll ("reported the deaths of 49 of its soldiers", "nearly 100 troop deaths").
_MILITARY_DEATHS = re.compile(
    r"\b(?:deaths?|casualties|losses|death toll)\s+(?:of|among)\s+(?:\w+\s+){0,5}?" + _ARMED_VICTIMS + r"\b|"
    r"\b(?:troop|military|army|combat)\s+(?:deaths|casualties|losses)\b|"
    r"\b" + _ARMED_VICTIMS + r"\s+(?:\w+\s+){0,2}?(?:died|perished|lost their lives|were killed|was killed|have been killed|"
    r"had been killed)\b", re.I)
# A toll of an attack told as it rises ("the death toll from the strike has risen to 22"): the attack's news
# The nouns of an attack a toll or a time and place is told of
_ATTACK_NOUN = (r"(?P<attack>strikes?|attacks?|bombings?|shelling|blasts?|explosions?|raids?|shootings?|massacres?|"
                r"fighting|clashes|ambush(?:es)?)")
_ATTACK_TOLL = re.compile(
    r"\b(?:death\s+)?toll\s+(?:from|of|in)\s+(?:[\w'\u2019-]+\s+){0,6}?" + _ATTACK_NOUN + r"\b[^.;]{0,120}?\b(?:ha[sd]\s+)?"
    r"(?:risen|rose|rises|climbed|climbs|reached|jumped|increased|stands?|stood)\b", re.I)
# The happening as the subject of its own when or where: "The attack took place on Tuesday near the town of X"
_ATTACK_PLACED = re.compile(
    r"^\W*(?:the|this|that|[A-Z]\w+day['\u2019]s)\s+(?:[\w-]+\s+){0,2}?" + _ATTACK_NOUN
    + r"\s+(?:took\s+place|happened|occurred|unfolded)\b", re.I)
# Targets struck ("US and Britain strike Houthi targets in Yemen"): strikes from the air or by missiles (all three ACLED
# notes with the words are air strikes), no riot, however few words a headline has
_TARGETS_STRUCK = re.compile(
    r"\b(?:strike|strikes|struck|striking|bombed|pounded|(?:had|have|has)\s+(?:hit|targeted))\s+"
    r"(?:(?!on\b|at\b|against\b|of\b|in\b)[\w'’-]+\s+){0,4}?(?:targets|positions|sites|facilit(?:y|ies)|infrastructure|"
    r"depots?|installations?|bunkers?|launchers?|refiner(?:y|ies)|(?:power|energy)\s+(?:plants?|stations?|grids?))\b", re.I)
# A toll told as updated, its happening named or not ("the ministry raised the death toll to 35", "the toll has risen to
# 22", "officials put the number of dead at 19"): the ``claims`` forms of a revised toll (``speech.TOLL_REVISING_VERBS_PAST``)
_TOLL_UPDATED = re.compile(
    r"\b(?:" + "|".join((*TOLL_REVISING_VERBS_PAST, "put", "puts")) + r")\s+(?:the|its|their)\s+(?:death\s+|casualty\s+)?"
    r"(?:toll|number of (?:the\s+)?(?:dead|deaths|people killed|those killed))\b|"
    r"\b(?:death\s+toll|toll|number of (?:the\s+)?(?:dead|deaths|people killed|those killed))\s+(?:[\w'\u2019-]+\s+){0,8}?"
    r"(?:ha[sd]\s+|have\s+)?(?:rises|climbs|" + "|".join((*TOLL_RISING_VERBS, *TOLL_PASSING_VERBS))
    + r"|(?:was|were|has been|had been)\s+(?:raised|revised|updated))\b", re.I)
# The readings of a toll whose happening is not told: deaths, so an attack or a fight (no abduction, no sexual violence)
_TOLL_READINGS = frozenset({"Attack", "Armed clash"})
# Deaths of other causes than violence, which a toll may count ("the toll from the cholera outbreak rose to 50")
_DEATHS_NOT_VIOLENT = re.compile(
    r"\b(?:cholera|virus|covid\w*|coronavirus|diseases?|outbreaks?|epidemics?|pandemics?|illness\w*|infections?|hunger|"
    r"famine|starvation|malnutrition|heat|cold|flu|influenza|measles|ebola|malaria|dengue|mpox|fever|poisoning|drown\w*|"
    r"blaze|crash\w*|accidents?|collaps\w*|stampedes?|overdoses?)\b", re.I)
_STRIKE_HARMS = re.compile(r"\b(?P<attack>strikes?)\s+(?:\w+\s+){0,2}?(?:kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|"
                           r"injur(?:es|ed|ing))\b", re.I)
_EXPLOSIVE_NOUN = re.compile(r"strikes?|bombings?|shelling|blasts?|explosions?", re.I)
# The types a toll's happening may take: an explosive's are remote violence, the others' an attack or a fight
_TOLL_KINDS = {"explosive": frozenset({"Explosions/Remote violence"}),
               "other": frozenset({"Violence against civilians", "Battles"})}
# The readings a toll of armed men does not overrule: violence, and the statements that may carry one.
_TOLL_KEEPS = frozenset({"Agreement", "ACCUSE", "SANCTION", "REQUEST", "THREATEN", "REJECT"})


def _military_deaths(text: str, label: str, confidence: float) -> str:
    """An unsure non-violent reading of a sentence that tells armed men killed: ACLED codes the fight they died
    in, an armed clash (news tells tolls in words the notes rarely use: "Armenia reported the deaths of 49 of its
    soldiers" was read as a riot, "nearly 100 troop deaths" as aid)."""
    if confidence >= 0.3 or label in _TOLL_KEEPS or EVENT_TYPE_OF.get(label) in VIOLENT_EVENT_TYPES:
        return label
    return "Armed clash" if _search(_MILITARY_DEATHS, text) else label


# Ground entered by force: a sweep, a storming, a push, an offensive or an assault
_PUSHED_IN = re.compile(r"\b(?:swept|sweep(?:s|ing)?\s+(?:into|through|across)|storm(?:ed|s|ing)|offensives?|"
                        r"push(?:ed|es|ing)?\s+(?:into|through)|overr[au]n\w*|assault(?:ed|s|ing)?|"
                        r"advanc(?:ed|es|ing)\s+(?:into|on))\b", re.I)


def _refine_sure(text: str, label: str) -> str:
    """The codebook cues that hold whatever the model's confidence: weapons found, seized or defused with no fight
    told, a protest told put down violently, who took the ground (held-out notes score the same with them; the
    territory cues on other labels and a protest told turned violent, applied so, lost there)."""
    label = _protest_told(text, label, sure=True)
    # Ground taken: the model may be sure it was, but who took it (or that it was left without a fight) is told
    # in the text; it learned from 27 notes. A sure non-violent transfer stands (its notes say no fight was told).
    if label in ("Government regains territory", "Non-state actor overtakes territory"):
        label = _territory(text) or _people_not_ground(text, label)
    elif label == "Non-violent transfer of territory" and _search(_PUSHED_IN, text):
        # ...but not ground taken in a push ("swept into the town, taking control of it"): no ACLED note of a
        # non-violent transfer tells a sweep, a storming, an offensive or an assault; the taker decides the sub-type
        label = _territory(text) or label
    if _disrupted(text):
        return "Disrupted weapons use"
    if label == "Violent demonstration" and _rivals_fight(text):
        return "Mob violence"
    told = _abduction_or_exchange(text, label)
    if told:
        return told
    # A strike from the air told as the act: the model's sure reading of news wording ("a strike hit a home") is
    # often the violence it saw (an attack on civilians); a sure clash stays (air support in a ground battle).
    return (label != "Armed clash" and _strike_from_the_air(text, label)) or label


_ABDUCTED = re.compile(r"\b(?:abduct\w*|kidnap\w*|held captive|taken hostage|took (?:\w+ ){0,3}?hostage|held hostage)\b", re.I)
_HARMED = re.compile(r"\b(?:kill\w*|dead|death|died|execut\w*|murder\w*|wound\w*|injur\w*|shot|shoot\w*|beat\w*|tortur\w*|"
                     r"rap(?:e|ed|es|ing)|bod(?:y|ies)|assault\w*|hack\w*|stabb\w*|burn\w*|loot\w*)\b", re.I)


_HARM_VERB = (r"(?:beat(?:en|ing|s)?|assault(?:ed|ing|s)?|attack(?:ed|ing|s)?|shot|shoot(?:s|ing)?|kill(?:ed|ing|s)?|injur(?:ed|ing|es)|"
              r"tortur(?:ed|ing|es)|harass(?:ed|ing|es)|baton[- ]charg(?:ed|ing|es)|lathi[- ]charg(?:ed|ing|es)|whipp(?:ed|ing)|"
              r"flogg(?:ed|ing)|set (?:\w+ ){0,3}?(?:on fire|ablaze|alight)|burn(?:ed|t|ing)|torch(?:ed|ing))")
_ORGANISED_PERPETRATOR_WORDS = (
    r"(?:army|troops|troopers|soldiers|military|government forces|security forces|armed forces|national guard|"
    r"defen[cs]e forces|regime forces|police(?:men|man)?|police officers?|officers?|gendarmes?|gendarmerie(?: forces)?|guards?|"
    r"armed (?:men|group|gang)s?|gunm[ae]n|militants?|rebels?|insurgents?|militia(?:s|men)?)")
_ORGANISED_DID = re.compile(r"\b" + _ORGANISED_PERPETRATOR_WORDS + r"\s+(?:\w+\s+){0,2}?" + _HARM_VERB + r"\b|\b" + _HARM_VERB
                            + r"\s+(?:\w+\s+){0,4}?by\s+(?:an?\s+|the\s+)?(?:group of\s+)?(?:at least\s+)?(?:\w+\s+){0,2}?"
                            + _ORGANISED_PERPETRATOR_WORDS + r"\b", re.I)
_CROWD = re.compile(r"\b(?:mobs?|rioters?|riot\w*|youths?|crowds?|residents|villagers|supporters|students|protesters|"
                    r"demonstrators|traders|locals|group of (?:people|persons|men|women)|angry|vigilant\w*|lynch\w*)\b", re.I)


_FIRE_EXCHANGED = re.compile(
    r"\b(?:fired back|returned fire|return(?:ed|ing)? (?:the )?fire|exchang(?:e|ed|es|ing) (?:of )?(?:fire|shelling|artillery|"
    r"mortar|gunfire|shots)|shelling exchange|(?:fire|artillery|shelling|mortar|gunfire) exchange|responded (?:\w+ ){0,4}?"
    r"with (?:mortars?|artillery|shelling|heavy weapons|fire|rockets?)|retaliat\w+ (?:\w+ ){0,3}?with)\b", re.I)


def _abduction_or_exchange(text: str, label: str) -> str | None:
    """The sub-type two codebook cues give at any confidence, or None. People told abducted or taken hostage, no one
    told killed, hurt or abused: an abduction, not an attack (training notes so told: 203 abductions, 16 attacks).
    Fire told exchanged ("the PDF fired back", "a shelling exchange"): two armed sides fighting, an armed clash,
    whatever the weapons (all 8 training notes so told with heavy weapons are clashes)."""
    if label == "Attack" and _abducted_only(text):
        return "Abduction/forced disappearance"
    if label == "Shelling/artillery/missile attack" and _search(_FIRE_EXCHANGED, text):
        return "Armed clash"
    return None


def _abducted_only(text: str) -> bool:
    """Whether people are told abducted, kidnapped or taken hostage, and no one told killed, hurt or abused."""
    return bool(_search(_ABDUCTED, text)) and not _search(_HARMED, text)


def _disrupted(text: str) -> bool:
    """Weapons found, seized or defused with no fight told."""
    return bool(_search(_DISRUPTED, text)) and not _search(_COMBAT, text)


def _protest_told(text: str, label: str, sure: bool = False) -> str:
    """A protest read as peaceful (or with intervention) that the text tells put down violently ("violently
    suppressed", protesters who died in a crackdown: excessive force), turned violent ("violent protests",
    "clashed with police": a violent demonstration, not at any confidence) or stopped by force ("police
    suppressed the demonstration", "officers detained the marchers": an intervention)."""
    if label not in ("Peaceful protest", "Protest with intervention"):
        return label
    if _search(_PROTEST_CUE, text) and (_search(_SUPPRESSED, text) or (
            (_search(_PROTESTERS_DIED, text) or _search(_PUT_DOWN, text)) and _force_harm(text))) \
            and not _search(_PROTESTERS_VIOLENT, text):
        return "Excessive force against protesters"
    if not sure and _protest_turned_violent(text):
        return "Violent demonstration"
    # People told rioting (not riot police) where the model is unsure of a peaceful protest: 533 of the 696 training
    # notes with the word are violent demonstrations, 39 peaceful protests.
    if not sure and label == "Peaceful protest" and _search(_RIOTING, text):
        return "Violent demonstration"
    # Protesters told acting violently ("students violently protested", "cadres demonstrating violently"), unlike a
    # protest told turned violent, at any confidence: 12 of the 13 training notes so worded are violent demonstrations.
    if _search(_PROTESTED_VIOLENTLY, text):
        return "Violent demonstration"
    put_down = _search(_PUT_DOWN, text)
    if label == "Peaceful protest" and put_down and not _CAUSE_BEFORE.search(
            text[max(0, put_down.start() - 40):put_down.start()]):
        return "Protest with intervention"
    return label


_ARRESTED = re.compile(r"\b(?:arrested|detained|taken into custody|jailed|apprehended|rounded up|(?:were|was) held)\b", re.I)


def _refine(text: str, label: str) -> str:
    """Codebook cues for rare sub-types the model has too few examples of, within the model's event type."""
    etype = EVENT_TYPE_OF.get(label)
    # ACLED's catch-alls ("Other", a change to a group's activity) for people told arrested, with no violence told:
    # the codebook's arrests.
    if label in ("Other", "Change to group/activity") and _search(_ARRESTED, text) and not _search(_VIOLENT_ACT, text):
        return "Arrests"
    # ACLED's violence against civilians needs civilian victims: combatants killed is a battle.
    if label == "Attack" and _search(_COMBATANTS_KILLED, text) and not _search(_CIVILIANS, text):
        label, etype = "Armed clash", "Battles"
    if etype in ("Violence against civilians", "Battles") and _search(_SEXUAL, text):
        return "Sexual violence"
    told = _abduction_or_exchange(text, label)
    if told:
        return told
    # Mob violence is the codebook's violence by rioters: people beaten, shot or burned out by security forces or an
    # armed group, with no crowd told and no fight, are an attack on civilians.
    if label == "Mob violence" and _search(_ORGANISED_DID, text) and not _search(_CROWD, text) \
            and not _search(_GROUND_FIGHT, text):
        return "Attack"
    # "captured Shusha, the second-largest town": a capture of ground, not of people (Arrests)
    if etype == "Battles" or label in ("Change to group/activity", "Non-violent transfer of territory", "Other") \
            or (label == "Arrests" and _search(_GROUND_CAPTURED, text)):
        territory = _territory(text, named=True)
        if territory:
            return territory
        label = _people_not_ground(text, label)
        etype = EVENT_TYPE_OF.get(label)
    if _disrupted(text):
        return "Disrupted weapons use"
    # The weapon told as the attack's means decides (the codebook types explosions by method, whoever the target):
    # "a grenade attack", "killed in a landmine blast".
    if label == "Attack":
        means = _search(_MEANS, text)
        if means:
            return "Grenade" if means.group(0).lower().startswith("grenade") else "Remote explosive/landmine/IED"
    # Strikes from the air told as the act: the codebook's air/drone strike, whoever the target.
    # Air support in a ground battle the model reads as a clash stays a clash (ACLED codes the ground fight).
    air = _strike_from_the_air(text, label)
    if air:
        return air
    # A base set up is told in news without violence; a protest camp is not a base.
    quiet = etype not in ("Protests", "Riots") and not _search(_VIOLENT_ACT, text)
    if (etype == "Strategic developments" or quiet) and _search(_HQ, text):
        return "Headquarters or base established"
    if etype == "Protests" and _search(_PROTEST, text) and _search(_LETHAL, text):
        return "Excessive force against protesters"
    # Force on a protest the model reads as peaceful that kills or wounds: the codebook's excessive force.
    if label in ("Peaceful protest", "Protest with intervention") and _search(_PROTEST_CUE, text) \
            and _search(_FORCE_USED, text) and _force_harm(text) and not _search(_PROTESTERS_VIOLENT, text):
        return "Excessive force against protesters"
    told = _protest_told(text, label)
    if told != label:
        return told
    # Demonstrators who burn, barricade or smash: the codebook's violent demonstration, whether or not force is
    # used on them (ACLED notes telling both: 248 violent demonstrations, 5 protests with intervention).
    if label in ("Peaceful protest", "Protest with intervention") and _demonstrators_violent(text):
        return "Violent demonstration"
    if label == "Violent demonstration" and _rivals_fight(text):
        return "Mob violence"
    # The codebook's line between peaceful protest and protest with intervention: force used to stop it.
    if label == "Peaceful protest" and _search(_INTERVENTION, text):
        return "Protest with intervention"
    return label


# Protesters killed, shot or seriously hurt by those who break up the protest ("police intervened, killing
# one", "seven were wounded by police"); an intervention without such harm stays "with intervention".
_FORCE_HARM = re.compile(
    r"\b(?:killing|killed|shot dead|shot and (?:killed|wounded|injured)|died|dead|gunshot|bullet wounds|"
    r"live (?:ammunition|rounds|bullets)|shot (?:\w+ ){0,2}?(?:protesters?|demonstrators?|marchers|students|people|"
    r"youths?|m[ae]n|wom[ae]n|boys?|girls?|persons?)|"
    r"(?:seriously|critically|severely) (?:injur\w+|wound\w+)|serious injur\w+)\b|"
    r"\b(?:injured|wounded|clobbered|beaten)\b[^.;]{0,30}?\bby\s+(?:the\s+)?(?:riot\s+)?(?:police|security forces|"
    r"soldiers|troops|gendarmes?)\b", re.I)
_FORCE_USED = re.compile(r"\b(?:police|security forces|soldiers|troops|gendarmes?|army|military|officers)\b[^.;]{0,80}?"
                         r"\b(?:dispers\w*|broke up|break up|intervene\w*|opened fire|fired|shot|shoot\w*|charged|"
                         r"clobbered|assaulted|attacked|responded)\b", re.I)
# A protest put down with violence told as such ("violently suppressed", "brutally dispersed"), or protesters who
# died or were killed in a crackdown or by gunfire.
_SUPPRESSED = re.compile(r"\b(?:violently|brutally|forcibly|bloodily|ruthlessly) (?:\w+ )?(?:suppress\w*|crush\w*|"
                         r"disperse\w*|broke up|break up|attack\w*|repress\w*|quell\w*)|\bbloody crackdown\b", re.I)
# Forces that stop a protest, told as the act ("police suppressed the demonstration", "troops detained marchers").
_PUT_DOWN = re.compile(r"\b(?:police|security forces|forces|troops|soldiers|officers|gendarmes?|authorities)\s+"
                       r"(?:\w+\s+){0,2}?(?:suppress(?:ed|es|ing)?|detain(?:ed|s|ing)?|arrest(?:ed|s|ing)?|dragg(?:ed|ing)|"
                       r"dispers(?:ed|es|ing)|broke up|break(?:s|ing)? up)\b", re.I)
_RIOTING = re.compile(r"(?<!anti-)(?<!anti )\briot(?:s|ing|ed|ers?)?\b(?! (?:police|gear|squad|control|unit|act|forces?|shields?|"
                      r"officers?|personnel|troops|contingent))", re.I)
_RIVALS = re.compile(r"\b(?:rival\w*|each other|one another|two groups|two factions|factional|inter-?communal|"
                     r"between (?:the )?supporters)\b", re.I)


def _rivals_fight(text: str) -> bool:
    """Rival groups told fighting each other with no protest, demonstration or rally told: the codebook's mob violence
    (rioters against rioters), not a violent demonstration (training riot and protest notes with such words and no
    protest word: 345 mob violence, 8 violent demonstrations)."""
    return bool(_search(_RIVALS, text)) and not _search(_PROTEST, text)


_PROTESTED_VIOLENTLY = re.compile(r"\b(?:protest\w*|demonstrat\w*) violently|(?<!non-)(?<!non )\bviolently (?:protest|demonstrat)\w*\b",
                                  re.I)
_PROTESTERS_DIED = re.compile(r"\b(?:protesters?|demonstrators?|marchers)\s+(?:\w+\s+){0,3}?(?:died|(?:were|was) killed)|"
                              r"\bcrackdown\b", re.I)
# Protesters who fight, loot or burn make it a riot, whoever is hurt.
_PROTESTERS_VIOLENT = re.compile(
    r"\b(?:riot\w*|mob\b|pelt\w*|stone\w*|hurl\w*|threw|throwing|torch\w*|set (?:fire|ablaze|alight)|burn\w*|"
    r"loot\w*|vandali\w*|clash\w*|attack\w*|rampage|violent|chaotic|catapults|barricad\w*)\b", re.I)
_DEMONSTRATORS_VIOLENT = re.compile(
    r"\b(?:burn(?:t|ed|ing)?\s+(?:\w+\s+)?(?:tires|tyres)|(?:tires|tyres)\s+(?:were\s+)?(?:burn\w*|set\s+(?:on\s+fire|ablaze|alight))|"
    r"set (?:fire to|ablaze|alight|on fire)|sett?(?:ing)? fires?|torch(?:ed|ing)|barricad\w*|rampag\w*|riots? (?:broke|break) out|"
    r"vandali[sz](?:ed|ing)|smashed|smashing|ransack(?:ed|ing)|pelt(?:ed|ing)|hurl(?:ed|ing)|threw (?:stones|rocks|bottles|"
    r"petrol)|fought with|clashed with|machetes|with clubs)\b", re.I)
_AS_TRAINED["_DEMONSTRATORS_VIOLENT"] = re.compile(_DEMONSTRATORS_VIOLENT.pattern.replace("|sett?(?:ing)? fires?", ""),
                                                  re.I)
# What a protest is about ("against the vandalism of shops") or what the police do ("police barricaded the area").
_CAUSE = (r"\b(?:against|over|following|after|condemning|condemned|protesting|protested|denouncing|denounced|demanding|"
          r"connection with|justice for|regarding|concerning|in (?:response|reaction) to)"
          r"\s+(?:\w+\s+){0,3}")
_CAUSE_BEFORE = re.compile(_CAUSE + "$", re.I)
_NOT_THE_PROTESTERS = re.compile(r"(?:" + _CAUSE + r"|\b(?:police|forces|officers|authorities)\s+(?:\w+\s+)?)$", re.I)


# Harm said not to have happened ("no reports of serious injuries", "no one was killed").
_NO_HARM = re.compile(r"\b(?:no|without|nor)\s+(?:\w+\s+){0,3}?(?:serious\s+|major\s+)?(?:injur\w*|casualt\w*|"
                      r"fatalit\w*|deaths?|dead|killed|hurt|wounded)\b|\bno(?: ?one|body) (?:was |were )?"
                      r"(?:killed|hurt|injured|wounded|dead)\b", re.I)


def _force_harm(text: str) -> bool:
    """Whether protesters are told killed, shot or seriously hurt (harm said not to have happened left out)."""
    return bool(_FORCE_HARM.search(_NO_HARM.sub(" ", text)))


# A protest told as violent, or protesters and police fighting each other ("clashed with police", "running
# battles", "threw stones"): the codebook's violent demonstration, whoever started it ("non-violent" excluded).
_PROTEST_VIOLENCE = re.compile(
    r"(?<!non-)(?<!non )\b(?:violent(?:ly)? (?:protests?|demonstrations?|rall(?:y|ies)|marches|unrest)|"
    r"(?:protest\w*|demonstrat\w*) violently|(?:turned|became|turning|turns) violent|running battles?|scuffl\w*|"
    r"clash(?:ed|es|ing)? (?:\w+ ){0,2}?(?:with|between)|stoned|stoning|(?:threw|throwing|hurling|hurled) "
    r"(?:\w+ )?(?:stones|rocks|bricks|bottles|petrol bombs|molotov\w*|fireworks)|petrol bombs|molotov cocktails|"
    r"(?:lit|lighting) fires)\b", re.I)


def _protest_turned_violent(text: str) -> bool:
    """Whether the protest is told as violent or as a fight with the police (not what it is about)."""
    return _search(_PROTEST_VIOLENCE, text) is not None and any(
        not _CAUSE_BEFORE.search(text[max(0, m.start() - 40):m.start()]) for m in _PROTEST_VIOLENCE.finditer(text))


def _demonstrators_violent(text: str) -> bool:
    """Whether the demonstrators themselves burn, barricade or smash (not the police, not the protest's cause)."""
    return _search(_DEMONSTRATORS_VIOLENT, text) is not None and any(
        not _NOT_THE_PROTESTERS.search(text[max(0, m.start() - 40):m.start()]) for m in _DEMONSTRATORS_VIOLENT.finditer(text))
_INTERVENTION = re.compile(
    r"\b(?:dispers\w*|tear ?gas|water ?cannons?|rubber bullets|baton\w*|lathi[- ]?charg\w*|truncheons?|"
    r"stun grenades|pepper spray|broke up|break up|(?:arrest|detain)\w* (?:\w+ ){0,3}?(?:protesters|"
    r"demonstrators|activists|marchers|participants)|(?:were|was) (?:\w+ )?(?:arrested|detained) by|"
    # a counter-group or the police attacking the protest (the codebook counts any group's intervention)
    r"(?:assault\w*|attack\w*|beat|beaten|charged at) (?:on )?(?:the )?(?:\w+ )?(?:protesters|demonstrators|"
    r"marchers|participants|rally|procession))\b", re.I)


# A ceasefire or exchange called for, not reached ("demonstrated to call for a ceasefire").
_CALL_FOR = re.compile(r"\b(?:call(?:s|ed|ing)? for|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|appeal(?:s|ed|ing)? for|"
                       r"press(?:es|ed|ing)? for|push(?:es|ed|ing)? for|plead(?:s|ed|ing)? for)\s+(?:\S+\s+){0,6}$", re.I)
# The sub-type rules of ``_refine`` are for text the model is unsure of (news, rare sub-types): above this
# probability the model has seen many notes like this one and its label stands. With the second stage's
# probabilities (sharper than the linear model's softmax, for which it was 0.3) held-out notes do best at 0.7-0.8
# (sub-type macro-F1 0.738 against 0.725 at 0.3, accuracy the same within 0.002).
_REFINE_BELOW = 0.7
_REFINE_BELOW_LINEAR = 0.3  # the same for a model without the second stage (``train_typing --no-stack``)
_SANCTIONS_TOLD = re.compile(
    r"\b(?:(?:impos|announc|unveil|slapp|extend|tighten|level)\w* (?:\w+ ){0,3}?(?:sanctions|embargo\w*|travel bans?|"
    r"asset freezes?|retaliatory measures)|(?:expel|expul|throw\w* out|threw out|recall\w*|kick\w* out|declared) "
    r"(?:\w+ ){0,4}?(?:diplomats?|ambassadors?|envoys?|consuls?|embassy staff|persona non grata)|"
    r"(?:diplomats?|ambassadors?|envoys?) (?:\w+ ){0,2}?(?:expelled|recalled|thrown out)|"
    r"(?:new|fresh|further|additional|sweeping|economic) sanctions)\b", re.I)


def _sanctions_first(text: str) -> bool:
    """Whether sanctions or expelled envoys are the news: told before any violence (which is then their cause,
    "expelled diplomats after the poison attack"), not demanded, not a protest's cause."""
    m = _search(_SANCTIONS_TOLD, text)
    return m is not None and not 0 <= _first(_VIOLENT_ACT, text) < m.start() and not _search(_PROTEST, text) \
        and not _CALL_FOR.search(text[max(0, m.start() - 80):m.start()])
_HOSTILE_ROOTS = ("ACCUSE", "REJECT", "SANCTION", "THREATEN", "REQUEST")
# An agreement told as broken, failed or missing: no agreement is the news ("violating the ceasefire",
# "the truce broke down", "ended without an agreement")
_UNDONE_BEFORE = re.compile(r"\b(?:break(?:s|ing)?|broke|broken|violat\w*|breach\w*|without|no|failed to reach|"
                            r"collapse of|end(?:ed|ing)? (?:of )?)\s+(?:the |an? |any |their |its )?(?:\w+ ){0,2}$", re.I)
_UNDONE_AFTER = re.compile(r"^\W*(?:\w+\W+){0,16}?(?:broke down|collapsed|(?:was|were|had been) (?:violated|broken)|"
                           r"failed)\b", re.I)

# Each side blaming the other (for the broken truce): the news is the accusation.
_MUTUAL_BLAME = re.compile(r"\b(?:accus\w+|blam\w+) (?:each other|one another)\b", re.I)
# Blame traded between sides, as a statement rather than the fighting it is about.
_BLAME_TRADED = re.compile(r"\b(?:(?:accus\w+|blam\w+) (?:each other|one another|the other(?: side)?)|"
                           r"traded (?:accusations|blame))\b", re.I)


# "Azerbaijan has not said how many of its soldiers were killed", "It was not clear how many people died": a
# sentence that only says a toll is not known tells no happening of its own (the fighting is told elsewhere);
# one that dates the fighting ("... wounded in the fighting on Thursday") still tells that.
_TOLL_UNTOLD = re.compile(
    r"^\W*(?:(?:(?!(?:and|but|while|after|as|when)\b)[\w'’.-]+,?\s+){1,8}?(?:has|have|had|did|does|do)(?:\s+not|n[’']t)\s+(?:yet\s+)?"
    r"(?:say|said|disclose|disclosed|give|given|reveal|revealed|confirm|confirmed|report|reported|release|released)"
    r"|it\s+(?:is|was|remains|remained)\s+(?:not\s+(?:clear|known)|unclear|unknown))"
    r"\s+how\s+many\b(?:(?!\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:yesterday|today|tonight|last|ago)\b|\d)"
    r"[^.;:!?,])*[.!]?\W*$",
    re.I,
)


_AGREEMENT_WORD = re.compile(r"\bagreement\b", re.I)
# A leading clause that only times the news by an agreement: "Hours after the ceasefire took effect, gunmen killed ..."
_TIMING_CLAUSE = re.compile(r"^\W*(?:\w+\s+){0,3}?(?:after|since|before|when|as|despite|days?\s+into|hours?\s+into)\s+[^,;]*$",
                            re.I)


# (mediators who intervene may well stop the shelling: mediation is no mere talk)
def _attack_reading(text: str, label: str, labels: Sequence[str], p: np.ndarray) -> str:
    """A non-violent ``label`` of a text that tells an attack by its toll or its harm: "the death toll from Saturday's
    strike on a school has risen to 22" is the strike's toll; "Russian strikes kill 12 in Kharkiv": strikes that kill
    are no walk-out (but a protest against the strikes that killed is a protest). The model's best cued reading of the
    attack's kind, or ``label``."""
    if label not in VERBAL_ROOTS and _search(_TARGETS_STRUCK, text):
        return "Shelling/artillery/missile attack" if _search(_SHELLING_WORD, text) and not _search(_AIR_CUE, text) \
            else "Air/drone strike"
    attack = _search(_ATTACK_TOLL, text) or _search(_ATTACK_PLACED, text) \
        or (None if _search(_PROTEST, text) else _search(_STRIKE_HARMS, text))
    if attack is None:
        # A toll updated with its happening told elsewhere ("the ministry raised the death toll to 35"): deaths are its
        # news, no aid or walk-out; the model's likelier of an attack and a fight (the kind the words cannot tell), unless
        # the deaths are told of a disease, hunger or an accident
        if label not in _TOLL_KEEPS and _search(_TOLL_UPDATED, text) and not _search(_PROTEST, text) \
                and not _search(_DEATHS_NOT_VIOLENT, text):
            told = [i for i, reading in enumerate(labels) if reading in _TOLL_READINGS]
            return _refine(text, labels[max(told, key=lambda i: p[i])]) if told else label
        return label
    kinds = _TOLL_KINDS["explosive" if _EXPLOSIVE_NOUN.fullmatch(attack.group("attack")) else "other"]
    return _best_reading(text, labels, p, kinds, label)


# People harmed, as the doers' act ("killing four patients", "beat doctors") or as what befell them ("two nurses were
# wounded"); animals killed ("shot dead an ox", "killed 25 heads of cattle", "camels have been killed") are property, and
# harm done before the event told ("he was previously tortured") is not its harm.
_ANIMALS = (r"(?:ox|oxen|cows?|cattle|bulls?|camels?|goats?|sheep|livestock|animals?|donkeys?|horses?|pigs?|dogs?|"
            r"poultry|chickens?|herds?|heads of)")
_HARMING = (r"(?:kill(?:ed|ing|s)|shot dead|shot and (?:killed|wounded|injured)|wound(?:ed|ing|s)|injur(?:ed|ing|es)|"
            r"beat(?:en|ing|s)?|stabb(?:ed|ing)|hack(?:ed|ing)|tortur(?:ed|ing|es)|whipp(?:ed|ing)|flogg(?:ed|ing))")
_PEOPLE_HURT = re.compile(r"\b" + _HARMING + r"\b(?!\s+(?:\w+\s+){0,3}?" + _ANIMALS + r"\b)", re.I)
# Harm that is not the people's of the event told: animals' ("camels have been killed"), or earlier ("previously
# arrested and tortured")
_NOT_PEOPLE_HURT = re.compile(r"\b" + _ANIMALS + r"\s+(?:\w+\s+){0,3}?(?:were|was|have been|had been|has been)\s+(?:\w+\s+)?"
                              + _HARMING + r"\b|\b(?:previously|earlier|formerly)\s+(?:\w+\s+){0,3}?" + _HARMING + r"\b", re.I)
# People told attacked ("attacking patients and staff"): harm, unless harm is said not to have happened
_PEOPLE_ATTACKED = re.compile(
    r"\b(?:attack|assault)(?:ed|ing|s)?\s+(?:(?:the|a|an|its|their|several|some|many|\d+|two|three|four|five)\s+)?(?:\w+\s+)?"
    r"(?:patients|staff|doctors|nurses|medics|civilians?|residents|villagers|people|workers|guards?|worshippers|traders|"
    r"passengers|students|teachers|children|women|men|families|journalists|officials|employees)\b", re.I)
# What looting or burning takes: goods and buildings, not people. Violence against people told beside it is the
# event (ACLED training notes that tell looting and people killed, shot, wounded or beaten: 72 coded as the violence,
# 1 as looting): an attack on them, a mob's violence only where a crowd is told, a fight only where armed men are hurt
# or a fight is told.
_PROPERTY_ONLY = frozenset({"Looting/property destruction"})
_PERSONS_VIOLENCE = frozenset({"Violence against civilians", "Explosions/Remote violence"})


# Goods or animals told stolen ("rustlers drove off 200 cows", "armed men stole food from a warehouse"): the codebook's
# looting when no one is told hurt or taken; the notes model, which meets theft told so plainly seldom, reads a
# catch-all or, for animals taken, an abduction.
_THEFT = re.compile(r"\b(?:stole|stolen|steal(?:s|ing)?|rustl(?:ed|ing|ers?)|(?:drove|driven|made)\s+off\s+with|drove\s+off)\b",
                    re.I)
# A crowd's theft is its riot's (the codebook's mob violence), not the looting of armed men
_RIOTERS = re.compile(r"\b(?:mobs?|rioters?|riot(?:s|ing)?|crowds?)\b", re.I)
_THEFT_MISREAD = frozenset({"Abduction/forced disappearance", "Change to group/activity", "Other"})


def _theft_only(text: str, label: str) -> bool:
    """Whether a catch-all or abduction ``label`` reads a text that tells goods or animals stolen (``_THEFT``), no
    one hurt, abducted or arrested, and no crowd."""
    return label in _THEFT_MISREAD and _search(_THEFT, text) is not None and not _people_harmed(text) \
        and _search(_ABDUCTED, text) is None and _search(_ARRESTED, text) is None and _search(_RIOTERS, text) is None


def _violence_beside_looting(text: str) -> frozenset[str]:
    """The event types the violence against people told beside looting may take (see ``_PROPERTY_ONLY``)."""
    kinds = _PERSONS_VIOLENCE
    if _search(_CROWD, text):
        kinds |= {"Riots"}
    if _search(_COMBATANTS_KILLED, text) or _search(_HOSTILITIES, text) or _search(_FIRE_EXCHANGED, text):
        kinds |= {"Battles"}
    return kinds


# Harm said not to have happened or not known, with the harms listed after it ("no one has been reported hurt or killed",
# "whether anyone was killed or injured is not clear", "neither fatalities nor injuries")
_HARM_WORDS = r"(?:injur\w*|casualt\w*|fatalit\w*|deaths?|dead|killed|hurt|wounded|harmed|beaten)"
_NO_HARM_LISTED = re.compile(r"\b(?:no|without|nor|neither|none|nobody|whether)\s+(?:[\w'’-]+\s+){0,5}?(?:serious\s+|major\s+)?"
                             + _HARM_WORDS + r"\b(?:,?\s+(?:or|nor|and)\s+(?:\w+\s+)?" + _HARM_WORDS + r"\b)*", re.I)


def _people_harmed(text: str) -> bool:
    """Whether people (not animals) are told killed, wounded or beaten, or attacked where no one is said unhurt (harm
    said not to have happened, or not known, left out)."""
    hurt, attacked = _search(_PEOPLE_HURT, text), _search(_PEOPLE_ATTACKED, text)
    if hurt is None and attacked is None:
        return False
    told = _NOT_PEOPLE_HURT.sub(" ", text)
    kept = _NO_HARM_LISTED.sub(" ", told)
    return _PEOPLE_HURT.search(kept) is not None or (attacked is not None and kept == told)


# Military equipment destroyed or knocked out ("destroyed four tanks", "two armoured vehicles were destroyed"): combat
# between armed sides, not the property destruction of the codebook's looting (all 12 ACLED training notes so worded are
# clashes or landmine attacks). Storage, water and fuel tanks are property.
_MATERIEL = (r"(?:(?<!water )(?<!fuel )(?<!oil )(?<!gas )(?<!storage )(?<!septic )(?<!think )tanks?|"
             r"armou?red (?:vehicles?|personnel carriers?|cars?|trucks?)|APCs?|infantry fighting vehicles?|IFVs?|"
             r"military (?:vehicles?|trucks?|equipment|hardware)|howitzers?|artillery (?:pieces?|guns?|systems?)|"
             r"rocket launchers?|(?:air[- ]defen[cs]e|missile) (?:systems?|batter(?:y|ies))|self-propelled guns?)")
_MATERIEL_DESTROYED = re.compile(
    r"\b(?:destroy(?:ed|ing|s)?|knock(?:ed|ing|s)? out|disabl(?:ed|ing|es)|destruction of)\s+(?:[\w'’-]+,?\s+){0,4}?"
    + _MATERIEL + r"\b|\b" + _MATERIEL + r"\s+(?:[\w'’-]+,?\s+){0,4}?(?:were|was|had been|have been|has been|being)\s+"
    r"(?:\w+\s+)?(?:destroyed|knocked out|disabled)\b", re.I)
# The readings a fight told by the equipment it destroyed overrules: the non-violent ones (but an agreement, a riot or a
# protest told), and an attack on civilians where none is told
_MATERIEL_KEEPS = frozenset({"Agreement", "ACCUSE", "REJECT", "THREATEN", "SANCTION", "REQUEST"})
_COMBAT_KINDS = frozenset({"Battles", "Explosions/Remote violence"})
# The remote weapons a fight's means may be told by: such a reading needs its weapon named ("tanks" read as shelling is
# the tank's gun guessed, not told)
_MEANS_TOLD: dict[str, re.Pattern[str]] = {
    "Shelling/artillery/missile attack": _SHELLING_WORD,
    "Remote explosive/landmine/IED": re.compile(r"\b(?:(?:land)?mines?|IEDs?|explosive devices?|(?:roadside|car) bombs?|"
                                                r"explosives)\b", re.I),
    "Air/drone strike": _AIR_CUE,
}


def _materiel_destroyed(text: str, label: str) -> bool:
    """Whether ``label`` yields to the fight told by military equipment destroyed (see ``_MATERIEL_DESTROYED``)."""
    kind = EVENT_TYPE_OF.get(label)
    if label in _MATERIEL_KEEPS or kind in _COMBAT_KINDS or kind == "Riots" or _search(_PROTEST, text) \
            or _search(_CROWD, text) or _search(_PROTEST_VIOLENCE, text):
        return False  # (demonstrators or a mob who wreck an army truck, stones thrown, riot)
    if kind == "Violence against civilians" and _search(_CIVILIANS, text):
        return False
    return _search(_MATERIEL_DESTROYED, text) is not None


def _combat_reading(text: str, labels: Sequence[str], p: np.ndarray, label: str) -> str:
    """The model's most probable battle reading (ground changing hands only where told taken, ``_territory``), or remote
    violence by a weapon the text names (``_MEANS_TOLD``), refined; ``label`` when none is cued."""
    taken = _territory(text) is not None
    fitting = [i for i in _cued(labels, text) if (EVENT_TYPE_OF.get(labels[i]) == "Battles" and (
        taken or labels[i] not in _TERRITORIAL)) or (labels[i] in _MEANS_TOLD and _search(_MEANS_TOLD[labels[i]], text))]
    return _refine(text, labels[max(fitting, key=lambda i: p[i])]) if fitting else label


# Captives freed by others ("troops rescued 12 hostages", "the abductees were rescued", "soldiers freed three aid workers
# who had been held captive"): people set free, not taken (no arrest, no ground taken). Freed or liberated only by forces
# named before: their captors' freeing is a release, a yielding ("the rebels freed the hostages").
_RESCUERS = (r"(?:army|troops|soldiers|military|forces|police|policem[ae]n|officers|commandos|marines|gendarmes?|"
             r"gendarmerie|rangers|operatives|agents|special forces|security forces|navy|rescuers)")
_RESCUER = re.compile(r"\b" + _RESCUERS + r"\b", re.I)
_CAPTIVES = (r"(?:hostages?|captives?|abductees|kidnap(?:ping)? victims|kidnapped|abducted|held (?:captive|hostage)|"
             r"(?:who|that) (?:had been|have been|were|was) (?:held|abducted|kidnapped|taken))")
_RESCUED = re.compile(
    r"(?<!\bto )\b(?P<verb>rescu(?:ed|es)|freed|liberated)\s+(?:[\w'’-]+,?\s+){0,5}?" + _CAPTIVES + r"\b|"
    r"\b(?:hostages?|captives?|abductees|kidnap(?:ping)? victims)\s+(?:[\w'’-]+,?\s+){0,4}?(?:were|was|have been|had been|"
    r"has been)\s+(?:\w+\s+)?(?:rescued|freed|liberated)\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?" + _RESCUERS + r"\b|"
    r"\b(?:hostages?|captives?|abductees|kidnap(?:ping)? victims)\s+(?:[\w'’-]+,?\s+){0,4}?(?:were|was|have been|had been|"
    r"has been)\s+(?:\w+\s+)?rescued\b", re.I)
# The readings a rescue told first overrules: what the notes model makes of troops, captives and a raid on a hideout (an
# abduction stays: the sentence tells one)
_RESCUE_MISREAD = frozenset({"Arrests", "Change to group/activity", "Other", "Disrupted weapons use",
                             "Looting/property destruction", *_TERRITORIAL, *VERBAL_ROOTS})
# A fight said not to have happened ("no reports of clashes", "without firing a shot")
_FIGHT_DENIED = re.compile(r"\b(?:no|without)\s+(?:[\w'’-]+\s+){0,3}?(?:clash\w*|fighting|fights?|resistance|gun ?battles?|"
                           r"exchange of fire|shots?)\b", re.I)
_RESCUE_FIGHT = re.compile(r"\b(?:gun ?battles?|gun ?fights?|fire ?fights?|shoot-?outs?|clash(?:es|ed)?|fighting|fought|"
                           r"battl(?:e|es|ed|ing)|exchange of fire|exchanged fire)\b", re.I)


def _rescue_reading(text: str, label: str) -> str:
    """A captives' rescue told as the news (before any abduction or harm is told, and no arrest told): a fight with the
    captors where one is told ("rescued after a gun battle"), else a security operation, the strategic development ACLED
    codes a rescue without a fight as (a change to a group's activity). Otherwise ``label``."""
    if label not in _RESCUE_MISREAD:
        return label
    rescue = _search(_RESCUED, text)
    if rescue is None or _search(_ARRESTED, text):
        return label
    before = text[:rescue.start()]
    if _ABDUCTED.search(before) or _VIOLENT_ACT.search(before):
        return label
    if rescue.group("verb") and not rescue.group("verb").lower().startswith("rescu") and not _RESCUER.search(before):
        return label  # freed by whom the text does not say: maybe their captors
    fought = _FIGHT_DENIED.sub(" ", text) if _search(_FIGHT_DENIED, text) else text
    fight = _RESCUE_FIGHT.search(fought) or _search(_FIRE_EXCHANGED, text) or _search(_COMBATANTS_KILLED, text)
    return "Armed clash" if fight else "Change to group/activity"


# A denial as the sentence's main clause ("The army denied losing ground", "Rebels denied that troops had retaken the
# hills"): what follows it is what did not happen, by the speaker's word.
_DENIAL_FIRST = re.compile(r"^\W*(?:[\w'’.-]+,?\s+){0,10}?(?:(?:has|have|had|also|strongly|flatly)\s+)?(?P<verb>den(?:y|ied|ies)|"
                           r"dismiss(?:ed|es)|reject(?:ed|s)|refut(?:ed|es)|rebuff(?:ed|s))\b", re.I)
# Where the denied clause ends and the speaker's own account starts ("..., saying its troops held", "but said ...")
_DENIAL_ENDS = re.compile(r"[;:]|\b(?:but|while|whereas|instead|saying|adding|insisting|claiming|and (?:said|says|added|claimed|"
                          r"insisted|announced))\b", re.I)
# The readings a denial of ground changing hands overrules (the notes model reads the ground, not the denial)
_DENIAL_MISREAD = frozenset({*_TERRITORIAL, "Other", "Change to group/activity"})
# Ground given up in words the territory cue lacks ("the loss of the town", "ceding the hills")
_GROUND_LOST = re.compile(r"\b(?:los(?:s|ses) of|ced(?:e|ed|es|ing))\b", re.I)


def _ground_change_denied(text: str) -> bool:
    """Whether the ground changing hands that ``text`` tells is only denied: a denial opens the sentence and every
    word of ground taken, lost or retaken lies in the denied clause."""
    denial = _search(_DENIAL_FIRST, text)
    if denial is None:
        return False
    head = text[:denial.start("verb")]
    if _TERRITORY_CUE.search(head) or _VIOLENT_ACT.search(head):
        return False
    denied = text[denial.end():]
    end = _DENIAL_ENDS.search(denied)
    clause, rest = (denied[:end.start()], denied[end.start():]) if end else (denied, "")
    told = _TERRITORY_CUE.search(clause) or _GROUND_LOST.search(clause)
    return told is not None and not (_TAKEOVER.search(rest) or _REGAIN.search(rest))


def _best_reading(text: str, labels: Sequence[str], p: np.ndarray, kinds: frozenset[str], label: str) -> str:
    """The model's most probable reading of one of the event types ``kinds`` whose cue ``text`` carries, refined
    (``_refine``), or ``label`` when none is cued."""
    fitting = [i for i in _cued(labels, text) if EVENT_TYPE_OF.get(labels[i]) in kinds]
    return _refine(text, labels[max(fitting, key=lambda i: p[i])]) if fitting else label


_TALKS_WORDS = frozenset({"talks", "peace", "negotiations", "negotiation", "negotiating", "negotiate", "negotiated",
                          "negotiators"})


# Talks halted by one side ("suspended peace talks with the rebels", "broke off negotiations", "put the dialogue on
# hold"): CAMEO 164 "halt negotiations", PLOVER SANCTION; the notes model reads the talks as talks held (CONSULT) or
# as ground yielded. Not a halt threatened, asked for or refused ("threatened to suspend the talks").
_TALKS_HALTED = re.compile(
    r"\b(?:suspend(?:ed|s|ing)?|halt(?:ed|s|ing)?|froze|freez(?:es|ing)|broke off|break(?:s|ing)? off|call(?:ed|s|ing)? off|"
    r"cancel(?:l?ed|s|l?ing)?|pull(?:ed|s|ing)? out of|walk(?:ed|s|ing)? out of|withdr(?:ew|aws|awn|awing) from|"
    r"quit|abandon(?:ed|s|ing)?|end(?:ed|s|ing)?)\s+(?:(?:its|their|his|her)\s+participation\s+in\s+)?"
    r"(?:(?:the|all|its|their|his|her|further|ongoing)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:talks|negotiations|dialogue|peace process)\b|"
    r"\bput\s+(?:(?:the|all|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?(?:talks|negotiations|dialogue|peace process)(?:\s+[\w'’-]+){0,4}?\s+on\s+hold\b",
    re.I)
_HALT_UNDONE = re.compile(r"\b(?:threat\w*|warn\w*|vow\w*|to|would|will|may|might|could|not|never|refus\w*|den(?:y|ied|ies))\s+"
                          r"(?:\w+\s+)?$", re.I)


def _talks_halted(text: str, label: str) -> bool:
    """Whether a non-violent ``label`` reads talks one side halted (``_TALKS_HALTED``), told as done."""
    if EVENT_TYPE_OF.get(label) in VIOLENT_EVENT_TYPES or EVENT_TYPE_OF.get(label) == "Protests" \
            or label in ("SANCTION", "THREATEN", "REQUEST"):
        return False
    halted = _search(_TALKS_HALTED, text)
    return halted is not None and _HALT_UNDONE.search(text, max(0, halted.start() - 40), halted.start()) is None


def _talks_only(text: str) -> bool:
    """Whether every agreement cue of ``text`` is talk ("talks", "negotiations", "mediation"): talks are no
    agreement until one is told."""
    cues = [m.group(0).lower() for m in _AGREEMENT_CUE.finditer(text)]
    return bool(cues) and all(c in _TALKS_WORDS for c in cues)


def _agreement_as_time(text: str, at: int) -> bool:
    """Whether the agreement told at ``at`` lies in a leading clause that times a violent main clause."""
    comma = text.find(",", at)
    return comma >= 0 and _TIMING_CLAUSE.match(text[:comma]) is not None and _search(_VIOLENT_ACT, text[comma:]) is not None


def _agreement_undone(text: str) -> bool:
    """Whether every agreement the text tells (``_AGREEMENT``, else the bare word) is told as broken, failed
    or missing."""
    pattern = _AGREEMENT if _search(_AGREEMENT, text) else _AGREEMENT_WORD if _search(_AGREEMENT_WORD, text) else None
    found = list(pattern.finditer(text)) if pattern is not None else []
    return bool(found) and all(_UNDONE_BEFORE.search(text[max(0, m.start() - 40):m.start()])
                               or _UNDONE_AFTER.match(text[m.end():m.end() + 90]) for m in found)


# PLOVER roots of material yielding (CAMEO 08 "yield" and its RETREAT modes: release, withdraw, disarm,
# surrender): a thing done, not said, so an ACLED strategic development rather than a verbal event.
_YIELD_ROOTS = ("CONCEDE", "RETREAT")
_AGREEING_ROOTS = ("AGREE", *_YIELD_ROOTS)
# ... when told as done ("surrendered", "withdrew"); agreed, planned or demanded it is still words.
_YIELD_DONE = re.compile(
    r"\b(?:surrendered|released|freed|set free|withdrew|withdrawn|handed over|pulled (?:out|back)|laid down|retreated|"
    r"evacuated|defected|disbanded|abandoned|vacated|demobili[sz]ed|disarmed|lifted|eased)\b", re.I)
_YIELD_TO_COME = re.compile(r"\b(?:agree[sd]? to|(?:is|are|was|were) to|will|would|shall|plans? to|planned to|"
                            r"promis\w* to|expected to|demand\w*|call\w* (?:on|for)|urg\w*)\b", re.I)


@lru_cache(maxsize=4)
def _strategic(labels: tuple[str, ...]) -> tuple[int, ...]:
    """Indices of the strategic-development sub-types among a model's labels."""
    return tuple(i for i, lab in enumerate(labels) if EVENT_TYPE_OF.get(lab) == "Strategic developments")


# Verbal readings that cannot tell of violence (yielding, aid, support, cooperation, talks). The PLOVER model's
# softmax over 16 roots is flat (a root on 0.1 often wins), so where the text tells of violence and has no word
# of such a reading, the violent reading stands: "forces shelled towns, the ministry said, in the worst fighting
# since the war" is no RETREAT. Accusing, rejecting, threatening and asking are left to the model: they often
# carry the violence they are about ("accused the army of shelling").
_PEACEABLE_ROOTS = ("CONCEDE", "RETREAT", "SUPPORT", "AID", "COOPERATE", "CONSULT")
# People killed: no aid, support or retreat is what a sentence telling it reports ("The war has killed tens of
# thousands and displaced 11 million, the UN says" is a toll, not aid)
_KILLING = re.compile(r"\b(?:killed|kills|killing)\b", re.I)
_PEACEABLE_CUE = re.compile(
    r"\b(?:surrender\w*|releas\w*|free[ds]?|withdr[ae]w\w*|retreat\w*|pull\w* (?:out|back)|hand\w* over|conce[ds]\w*|"
    r"ced(?:e|ed|es|ing)|resign\w*|step\w* down|stepped down|back\w* down|lift\w*|eas(?:e|ed|es|ing)|disarm\w*|"
    r"evacuat\w*|defect\w*|disband\w*|apolog\w*|aid|help\w*|assist\w*|suppl\w*|provid\w*|donat\w*|deliver\w*|"
    r"relief|rescu\w*|humanitarian|fund\w*|grant\w*|support\w*|back(?:s|ed|ing|ers)?|prais\w*|welcom\w*|endors\w*|"
    r"recogni[sz]\w*|thank\w*|commend\w*|condolence\w*|solidarity|meet\w*|met|talks?|visit\w*|host\w*|summit\w*|"
    r"spoke|phone\w*|envoys?|received|cooperat\w*|co-operat\w*|coordinat\w*|collaborat\w*|joint\w*|together|allies|"
    r"alliance\w*|partner\w*|discuss\w*|consult\w*|negotiat\w*|mediat\w*)\b", re.I)


# Ground told as taken, not as aimed at ("launched an offensive to take full control of the region" is no capture)
_GROUND_TAKEN = re.compile(
    r"\b(?:captured|seized|took|taken|overran|overrun|retook|retaken|recaptured|regained)\s+(?:full\s+|total\s+|"
    r"effective\s+)?control\b|\b(?:captured|seized|took|overran|overrun|retook|recaptured|regained)\s+"
    r"(?:" + _NOT_WHERE + r"[\w'’-]+,?\s+){0,4}?" + _PLACE_HELD + r"\b|"
    # the taking as a clause of the deed told ("swept into the city, taking control of most of it")
    r",\s+(?:taking|seizing|capturing|gaining|wresting|assuming)\s+(?:full\s+|total\s+|effective\s+)?control\b|"
    r",\s+(?:taking\s+over|seizing|capturing|overrunning)\s+(?:(?!(?:in|at|near|from|inside|outside|during|on|into)\b)"
    r"[\w'’-]+,?\s+){0,4}?" + _PLACE_HELD + r"\b", re.I)
# Something hit ("drones struck a fuel depot", "its forces struck military sites"), not a deal struck
_STRUCK = re.compile(r"\bstruck\b(?!\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+)?(?:deal|agreement|accord|bargain|balance|"
                     r"chord|note|tone|compromise)s?\b)", re.I)


# Words before targets struck that tell no strike done ("denied it had struck")
_STRIKE_UNDONE_BEFORE = re.compile(r"\b(?:den(?:y|ies|ied|ying)|rejected|dismissed|(?<!\bhad )not|never)\b[^.;]{0,30}$",
                                   re.I)


def _targets_struck(text: str, label: str) -> str | None:
    """The remote-violence sub-type of targets told struck (``_TARGETS_STRUCK``) where ``label`` is a verbal root: the
    statement that tells a strike ("the United States struck three nuclear sites, the president said") reports the
    strike, not a concession or an appeal. Shelling when only missiles, rockets or artillery are told."""
    if label not in VERBAL_ROOTS:
        return None
    struck = _search(_TARGETS_STRUCK, text)
    if struck is None or _STRIKE_UNDONE_BEFORE.search(text, max(0, struck.start() - 40), struck.start()):
        return None
    return "Shelling/artillery/missile attack" if _search(_SHELLING_WORD, text) and not _search(_AIR_CUE, text) \
        else "Air/drone strike"


def _violence_outweighs(root: str, label: str, text: str) -> bool:
    """Whether a violent reading stands against a peaceable verbal ``root`` (see ``_PEACEABLE_ROOTS``): the text
    tells of violence, of people harmed, of something struck or of ground taken ("its troops captured the village,
    the ministry said" is no RETREAT; "fighters looted the hospital's stores and beat its doctors, the health ministry
    said" is no AID), and has no word of a peaceable reading. Ground lost with no word of agreeing is no AGREE
    either ("the town fell to the insurgents")."""
    if root == "AGREE":
        return label in _TERRITORIAL and _search(_GROUND_YIELDED, text) is not None \
            and _search(_AGREEMENT_CUE, text) is None
    return (root in _PEACEABLE_ROOTS and EVENT_TYPE_OF.get(label) in VIOLENT_EVENT_TYPES
            and (_search(_VIOLENT_ACT, text) is not None or _search(_STRUCK, text) is not None
                 or _search(_GROUND_TAKEN, text) is not None or _search(_GROUND_YIELDED, text) is not None
                 or (label in _TERRITORIAL and _named_place_taken(text) >= 0)
                 or _people_harmed(text))
            and _search(_PEACEABLE_CUE, text) is None)


def _root_unsaid(root: str, text: str) -> bool:
    """Whether a verbal ``root`` has none of its own words (``_ROOT_WORDS``) in a text that tells of harm or a toll (or,
    for a peaceable root, of fighting): the model's flat verbal softmax over a statement's "said" ("the government said
    nine soldiers died in the battle" is no appeal; "the war's death toll has risen to 40,000, the ministry said in a
    statement" no sanction or accusation; "fighting raged in the north" no aid). A hostile root stands beside fighting
    told as its setting ("prepared to impose martial law as street battles raged"), and fighting told as what people
    fled is ``_displacement_only``'s to read."""
    words = _ROOT_WORDS.get(root)
    fighting = root in _PEACEABLE_ROOTS and _search(_HOSTILITIES, text) is not None \
        and _search(_DISPLACED_TOLD, text) is None
    return words is not None and (_search(_HARM_TOLD, text) is not None or _search(_TOLL_UPDATED, text) is not None
                                  or fighting) and _search(words, text) is None


# Words of asking (those of ``_REQUEST_TOLD`` among them)
_ASKING = re.compile(r"\b(?:ask\w*|request\w*|demand\w*|urg\w*|appeal\w*|call\w* (?:on|for|upon)|plead\w*|invit\w*|"
                     r"(?:push|press)(?:es|ed|ing)? for)\b", re.I)


# An appeal made ("urged both sides to pull back", "called on the UN to", "would ask Russia for help"): PLOVER
# REQUEST. The notes model, which has few such sentences, reads the talks or the help asked for as an agreement
# or a strategic development.
_REQUEST_TOLD = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)? (?:on|upon|for)|appeal(?:s|ed|ing)? (?:to|for)|plead(?:s|ed|ing)? (?:with|for)|"
    r"(?:push|press)(?:es|ed|ing)? for|"
    r"(?:ask|request)(?:s|ed|ing)? (?:[\w,'’-]+ ){0,12}?for (?:\w+ )?(?:help|assistance|support|aid|protection|"
    r"intervention|mediation))\b", re.I)
# A charge of a breach as the sentence's main clause ("On Monday, the premier accused the neighbour's troops of
# violating the border"): the news is the charge; the notes model reads the troops and the border as fighting.
_ACCUSED_OF_VIOLATING = re.compile(
    r"^\W*(?:[\w'’.-]+,?\s+){0,8}?(?:accus(?:ed|es|ing)|blam(?:ed|es|ing))\s+(?:[\w'’-]+\s+){1,5}?(?:of|for)\s+"
    r"(?:violat\w*|breach\w*|break(?:ing)?|cross(?:ing)?|encroach\w*|(?:an? )?incursions?|(?:a |an )?provocations?|"
    r"attacking|starting|launching|initiating|provoking|instigating|escalating|aggression)\b", re.I)
_HARM_TOLD = re.compile(r"\b(?:kill\w*|died|dead|deaths?|wound\w*|injur\w*|casualt\w*|shell\w*|fired (?:on|at|upon)|opened fire|firing)\b", re.I)
_ACCUSATION_TOLD = re.compile(r"\b(?:accus\w*|blam\w*|condemn\w*|denounc\w*|criticis\w*|criticiz\w*|"
                              r"provocation\w*|aggression|aggressive)\b", re.I)
# The words each verbal root is told with (``_root_unsaid``): asking, blaming, a measure or a threat, a refusal, or
# any peaceable act (``_PEACEABLE_CUE``)
_ROOT_WORDS: dict[str, re.Pattern[str]] = {
    "REQUEST": _ASKING,
    "ACCUSE": re.compile(r"\b(?:accus\w*|blam\w*|condemn\w*|denounc\w*|criticis\w*|criticiz\w*|provocation\w*|"
                         r"aggression|aggressive|alleg\w*|charg\w*|slamm?\w*|lambast\w*|decr[iy]\w*|responsib\w*|"
                         r"attribut\w*|violat\w*|breach\w*|war crimes?|genocide|crimes?|complain\w*|lawsuits?|"
                         r"su(?:e|ed|es|ing))\b", re.I),
    "SANCTION": re.compile(r"\b(?:sanction\w*|embargo\w*|expel\w*|expul\w*|recall\w*|ban(?:s|ned|ning)?|freez\w*|"
                           r"froze\w*|boycott\w*|suspend\w*|suspension|sever\w*|cut (?:off )?(?:ties|relations)|impos\w*|"
                           r"curfews?|restrict\w*|blacklist\w*|tariffs?|halt\w*|(?:ended|ends|ending|stopped|cut)\s+"
                           r"(?:\w+\s+){0,2}?(?:aid|mediation|talks|cooperation|relations|ties|efforts|assistance|trade))\b",
                           re.I),
    "THREATEN": re.compile(r"\b(?:threat\w*|warn\w*|vow\w*|ultimatum\w*|menac\w*|retaliat\w*|revenge|avenge\w*|"
                           r"(?:will|would) (?:\w+ )?(?:respond|strike|attack|destroy|punish))\b", re.I),
    "REJECT": re.compile(r"\b(?:reject\w*|den(?:y|ied|ies|ying|ial)|dismiss\w*|refus\w*|rebuff\w*|refut\w*|"
                         r"rul(?:ed|es|ing) out|veto\w*|turn(?:s|ed|ing)? down|false|baseless|unfounded)\b", re.I),
    **{root: _PEACEABLE_CUE for root in _PEACEABLE_ROOTS},
}
_REQUESTABLE = frozenset({"Agreement", "Other", "Change to group/activity", "AGREE", "SUPPORT", "AID", "COOPERATE",
                          "CONSULT", "CONCEDE", "RETREAT"})


# Who speaks for a state: a demand or a denunciation of theirs is a statement, not a protest. (Persons only: a
# ministry or a government office is often where a protest is held.)
_OFFICIAL = re.compile(r"\b(?:president|prime minister|premier|chancellor|minister|spokes(?:man|woman|person)|"
                       r"secretary of state|ambassador|envoy|leader)\b", re.I)
_DEMAND_ONLY = frozenset({"demand", "demands", "demanded", "demanding", "denounce", "denounced", "denounces",
                          "denouncing"})


def _official_demand(text: str) -> bool:
    """Whether a protest reading rests only on a state official's demand or denunciation ("the prime minister called
    Putin to demand a response"): no other protest word and no crowd told, an official named before it."""
    official = _search(_OFFICIAL, text)
    if official is None or _search(_CROWD, text) is not None:
        return False
    cues = list(_PROTEST_CUE.finditer(text))
    return bool(cues) and {m.group(0).lower() for m in cues} <= _DEMAND_ONLY and official.start() < cues[0].start()


# A sentence that opens with its subject's censure ("The UN office condemned Monday's strike on the village", "The
# general called the attack cowardly") or tells envoys summoned to hear a protest: a statement about a happening,
# no protest (nobody gathers: the only protest words are the statement's own or a "strike" that is an attack) and,
# where it names no harm itself, no violence either
_CENSURE_FIRST = re.compile(
    r"^\W*(?:[\w'’.-]+,?\s+){0,12}?(?:strongly\s+|also\s+|sharply\s+)?(?:condemn(?:s|ed)|denounc(?:es|ed)|deplor(?:es|ed)|"
    r"decri(?:es|ed)|criticis(?:es|ed)|criticiz(?:es|ed)|called\s+the\s+(?:[\w-]+\s+){0,2}?(?:attacks?|killings?|bombings?|"
    r"strikes?|ambush|shooting|massacre)\s+(?:cowardly|barbaric|heinous|despicable|criminal|unacceptable|an?\s+(?:act|crime)))\b",
    re.I)
# Who censures as a state or an agency does: an office, a ministry, a government, the UN, a leader or commander
_CENSOR = re.compile(r"\b(?:office|ministry|ministers?|government|U\.?N\.?|United Nations|agency|president|presidency|premier|"
                     r"spokes(?:man|woman|person)|council|embassy|general|commander|chief|secretary|department|junta|"
                     r"authorities|administration|envoy|ambassador|mission|commission(?:er)?)\b", re.I)
_ENVOY_SUMMONED = re.compile(r"\bsummon(?:s|ed|ing)?\s+(?:[\w'’.-]+\s+){0,4}?(?:ambassador|envoy|charg[eé]\s+d['’]affaires|"
                             r"diplomats?|representatives?)\b", re.I)
_STATEMENT_CUES = frozenset({"strike", "strikes", "protest", "protests", "protested", "protesting", "denounce", "denounced",
                             "denounces", "demand", "demands", "demanded", "demanding"})


# Power seized in a coup: the "seized" and "took" of the notes' looting, arrests and weapons seized
_POWER_SEIZED = re.compile(r"\b(?:seiz(?:ed|es|ing|e)|took|taken|tak(?:e|es|ing)|grabb(?:ed|ing))\s+power\b", re.I)
# Ground only tried for (no ACLED note so worded is coded as territory changing hands)
# Ground fought for, not told changing hands ("rebels and the army fought for control of the town", "a battle for control
# of the port"): an armed clash; the territorial sub-types need the ground taken (``_territory``).
_FOUGHT_FOR_CONTROL = re.compile(
    r"\b(?:fight(?:s|ing)?|fought|battl(?:e|es|ed|ing)|clash(?:es|ed|ing)?|vie[ds]?|vying|struggl(?:e|es|ed|ing)|"
    r"contest(?:s|ed|ing)?|skirmish(?:es|ed|ing)?)\s+(?:(?!(?:after|before|since|and|but)\b)[\w'’-]+\s+){0,3}?(?:for|over)\s+"
    r"(?:(?:the|full|total|overall)\s+)*control\b", re.I)
_CONTROL_FOUGHT_MISREAD = frozenset({*_TERRITORIAL, "Change to group/activity", "Other"})


# Armed groups told fighting ("two rival militias clashed over the mine", "clashes between rebel factions"): ACLED's
# armed clash between organised armed actors, not a mob's violence, which the notes model reads from "rival", nor
# an attack, which needs civilians hurt.
_ARMED_GROUPS = (r"(?:armed (?:groups?|factions?|men)|militias?|militiam[ae]n|rebels?|rebel (?:groups?|factions?)|insurgents?|"
                 r"militants?|jihadists?|fighters|guerrillas?|paramilitar(?:y|ies)|armed wings?)")
_ARMED_GROUPS_FOUGHT = re.compile(
    r"\b" + _ARMED_GROUPS + r"\s+(?:[\w'’-]+\s+){0,3}?(?:clash(?:ed|es|ing)?|fought|fight(?:s|ing)?|battl(?:ed|es|ing)|"
    r"exchanged fire|skirmish(?:ed|es)?)\b|"
    r"\b(?:clash(?:es)?|fighting|battles?|skirmish(?:es)?|gun ?battles?)\s+(?:broke out\s+|erupted\s+)?between\s+"
    r"(?:[\w'’-]+\s+){0,4}?" + _ARMED_GROUPS + r"\b", re.I)


def _armed_groups_fought(text: str, label: str) -> bool:
    """Whether a mob-violence ``label``, or an attack on no civilians told, reads armed groups told fighting
    (``_ARMED_GROUPS_FOUGHT``), with no crowd, mob or protest told."""
    return label in ("Mob violence", "Attack") and _search(_ARMED_GROUPS_FOUGHT, text) is not None \
        and _search(_RIOTERS, text) is None and _search(_PROTEST, text) is None \
        and (label == "Mob violence" or _search(_CIVILIANS, text) is None)


def _fight_for_ground(text: str, label: str) -> bool:
    """Whether a territorial or catch-all ``label`` reads ground fought for (``_FOUGHT_FOR_CONTROL``) that the text does
    not tell taken, lost or handed over."""
    return label in _CONTROL_FOUGHT_MISREAD and _search(_FOUGHT_FOR_CONTROL, text) is not None and _territory(text) is None


_TAKEOVER_TRIED = re.compile(r"\b(?:attempt\w*|tr(?:y|ied|ying|ies)|bid|sought|seeking|fail\w*)\s+to\s+(?:re)?(?:take|"
                             r"seize|capture|overrun|storm)\b", re.I)
_POWER_KEPT = frozenset({"Agreement", "Other"})


def _power_seized_only(text: str, label: str) -> bool:
    """Whether ``text`` tells power seized (``_POWER_SEIZED``) and no harm, arrest or goods taken besides, where the
    notes model, which has few coups, reads the seizing as looting, an arrest or an abduction."""
    if label in _POWER_KEPT or EVENT_TYPE_OF.get(label) == "Protests" or not _search(_POWER_SEIZED, text):
        return False
    rest = _POWER_SEIZED.sub(" ", text)
    return not (_HARM_TOLD.search(rest) or _ARRESTED.search(rest) or _LOOTING_CUE.search(rest)
                or _ABDUCTED.search(rest))


def _censure_only(text: str, label: str) -> bool:
    """Whether a protest or violent reading of ``text`` is a state's or an agency's censure of a happening
    (``_CENSURE_FIRST``, ``_ENVOY_SUMMONED``): PLOVER ACCUSE."""
    kind = EVENT_TYPE_OF.get(label)
    if kind != "Protests" and (kind not in VIOLENT_EVENT_TYPES or _search(_HARM_TOLD, text)):
        return False
    censure = _search(_CENSURE_FIRST, text)
    if censure is not None and not _CENSOR.search(text, 0, censure.end()):
        censure = None  # "lawyers denounced the ruling": a profession's censure is how its protests are told
    if censure is None and not (kind == "Protests" and _search(_ENVOY_SUMMONED, text)):
        return False
    return _search(_CROWD, text) is None and all(
        m.group(0).lower() in _STATEMENT_CUES for m in _PROTEST_CUE.finditer(text))


def _request_told(text: str, label: str, protest_told: object) -> bool:
    """Whether a non-violent reading is an appeal made (``_REQUEST_TOLD``), not a protest's demand. An accusation
    the words do not tell ("called his counterpart to urge restraint") is an appeal too."""
    requestable = label in _REQUESTABLE or (label == "ACCUSE" and _search(_ACCUSATION_TOLD, text) is None)
    return requestable and not protest_told and _search(_REQUEST_TOLD, text) is not None


# People told uprooted ("some 5,000 people have been displaced", "thousands fled their homes"): not the adjective of a
# victim ("displaced families were attacked"), whose attack is the news. Refuge sought is not among them: PLOVER reads it
# as asking for asylum (REQUEST).
_DISPLACED_TOLD = re.compile(
    r"\b(?:displaced(?!\s+(?:persons?|people|famil(?:y|ies)|civilians?|residents?|villagers?|wom[ae]n|m[ae]n|"
    r"child(?:ren)?|IDPs?)\b)|displacing|displacement|(?:fled|flee|flees|fleeing)\s+(?:from\s+)?(?:their|his|her)\s+"
    r"(?:homes?|houses?|villages?|towns?|farms?|neighbou?rhoods?)|forced\s+(?:\w+\s+){0,3}?(?:to\s+flee|from\s+their\s+"
    r"homes|to\s+leave\s+their\s+homes)|driven\s+from\s+their\s+homes|made\s+homeless|uprooted|(?:have|has|had)\s+fled)\b",
    re.I)
# What uprooted them, named after the displacement ("displaced by the fighting", "fled amid the clashes"): fighting
# between armed sides told elsewhere, not the sentence's own; told with its sides ("following clashes between the two
# communities") it is the sentence's own happening, which ACLED codes. Attacks are not among them: people uprooted by attacks
# are the attacks' victims, and ACLED notes so worded are coded as the attack ("thousands displaced following attacks").
_DISPLACEMENT_CAUSE = re.compile(
    r"\b(?:by|due\s+to|because\s+of|following|after|amid|from|fleeing|escaping|during|since|as)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?!(?:and|or|are|is|were|was|have|has|had|be|been|being|that|which|who)\b)[\w'’-]+\s+){0,3}?"
    r"(?:fighting|clash(?:es)?|violence|shelling|bombardments?|hostilities|insecurity|conflict|war|offensive|unrest|"
    r"combat|battles?)\b(?!\s+(?:between|among|amongst|pitting|involving|with)\b)", re.I)
# The sentence's own violence, left when the cause is set aside: harm, a fight, an attack, property burned or looted
_OWN_VIOLENCE = re.compile(
    r"\b(?:kill\w*|dead|death|died|execut\w*|murder\w*|wound\w*|injur\w*|shot|shoot\w*|beat\w*|tortur\w*|rap(?:e|ed|es|ing)|"
    r"bod(?:y|ies)|assault\w*|attack\w*|ambush\w*|shell(?:ed|ing|s)|bomb\w*|explo\w+|blast\w*|grenades?|raid\w*|massacre\w*|"
    r"abduct\w*|kidnap\w*|hostilities|fighting|fought|clash\w*|battles?|conflict|combat|skirmish\w*|fire ?fights?|"
    r"gun ?battles?|opened fire|"
    r"fired|burn\w*|torch\w*|loot\w*|ransack\w*|destroy\w*|razed|set (?:\w+ ){0,3}?(?:on fire|ablaze|alight)|set fire|"
    r"arson\w*|strikes?|"
    r"captur\w*|seiz\w*|overr[au]n\w*)\b", re.I)


# Help given, which a peaceable reading of people uprooted may report ("aid agencies said" is only who tells it)
_RELIEF_GIVEN = re.compile(r"\b(?:deliver\w*|provid\w*|distribut\w*|donat\w*|sent|send(?:s|ing)?|suppl(?:y|ied|ies|ying)|"
                           r"evacuat\w*|rescu\w*|assist\w*|help(?:s|ed|ing)?|shelter(?:s|ed|ing)|hosts?|hosted|hosting|"
                           r"received|welcom\w*|relocat\w*|airlift\w*|resettl\w*|return(?:s|ed|ing)?)\b", re.I)
# The readings of people uprooted that tell violence the sentence does not (an attack, a fight, a mob's violence)
_DISPLACEMENT_MISREAD = VIOLENT_EVENT_TYPES | {"Riots"}


def _displacement_only(text: str, label: str) -> bool:
    """Whether a violent or peaceable reading of ``text`` is only people uprooted (``_DISPLACED_TOLD``), with no violence
    of its own once its cause is set aside ("some 5,000 people have been displaced by the fighting, the UN said"): no
    ACLED event (the fighting that caused it is one, told elsewhere), coded as a strategic development ("Other") where
    ACLED records it, and no attack on civilians or aid."""
    verbal = label in _PEACEABLE_ROOTS or (label == "REQUEST" and _search(_ASKING, text) is None)
    if not (verbal or EVENT_TYPE_OF.get(label) in _DISPLACEMENT_MISREAD) or _search(_DISPLACED_TOLD, text) is None:
        return False
    if verbal and _search(_RELIEF_GIVEN, text) is not None:
        return False  # "the agency sheltered 5,000 people who fled their homes": the help is the news
    if label in _TERRITORIAL and _territory(text, named=True) is not None:
        return False  # "the rebels had taken the capital and the president had fled": the ground taken is the news
    own = _DISPLACEMENT_CAUSE.sub(" ", text) if _search(_DISPLACEMENT_CAUSE, text) else text
    return _OWN_VIOLENCE.search(own) is None and not _people_harmed(own)


def _typing_of(label: str, confidence: float) -> Typing:
    if label in VERBAL_ROOTS:
        return Typing(VERBAL_EVENT_TYPE, label, label, confidence, True)
    return Typing(EVENT_TYPE_OF[label], label, PLOVER_OF_SUBTYPE.get(label), confidence, True)


# --- public API --------------------------------------------------------------------------------


def classify_many(texts: Iterable[str], model: TypingModel | None = None) -> list[Typing]:
    """``Typing`` of each text (batched: one matrix product per model for all)."""
    texts = [_Text.of(t) for t in texts]
    if not texts:
        return []
    m = model or shipped_model()
    features = featurize(texts, m.features, for_scoring=True)
    if m.plover_features == m.features:
        acled_scores, plover_scores = m.both_scores(features)
    else:
        acled_scores, plover_scores = None, m.plover.scores_of(featurize(texts, m.plover_features, for_scoring=True))
    acled = m.acled_probabilities(texts, features, plover_scores, acled_scores)
    plover = softmax(plover_scores)
    threshold = _REFINE_BELOW if m.stack is not None else _REFINE_BELOW_LINEAR
    out: list[Typing] = []
    for text, p, q in zip(texts, acled, plover):
        best = int(p.argmax())
        if not _has_cue(m.acled.labels[best], text):
            # Some labels are always told with their cue word (protests 99.5 %, air strikes 97.8 %, territory 97 %,
            # agreements 100 % of ACLED notes); without one the model is defaulting on unfamiliar text: take its
            # best cued reading.
            best = max(_cued(m.acled.labels, text), key=lambda i: p[i])
        label = (_refine if p[best] < threshold else _refine_sure)(text, m.acled.labels[best])
        confidence = float(p[best])
        root = m.plover.labels[int(q.argmax())]
        undone = _agreement_undone(text)
        if undone:  # "the talks ended without an agreement", "accused each other of breaking the truce"
            if _search(_MUTUAL_BLAME, text):
                root = "ACCUSE"
            elif root == "AGREE":
                root = m.plover.labels[int(np.argsort(q)[-2])]
            if label == "Agreement":  # the model's next cued reading
                others = [i for i in _cued(m.acled.labels, text) if m.acled.labels[i] != "Agreement"]
                best = max(others, key=lambda i: p[i])
                label, confidence = _refine(text, m.acled.labels[best]), float(p[best])
        if EVENT_TYPE_OF.get(label) == "Protests" and _official_demand(text):
            label = root if root in VERBAL_ROOTS else "REQUEST"
        elif _censure_only(text, label):
            label = "ACCUSE"
        protest_told = (EVENT_TYPE_OF.get(label) == "Protests" and _search(_PROTEST_CUE, text)) \
            or (EVENT_TYPE_OF.get(label) == "Riots" and _search(_PROTEST, text))  # (protesters rioting, not a trial's word)
        # The notes model's "Agreement" yields to a hostile verbal reading unless an agreement is told.
        own_plover = label in PLOVER_OF_SUBTYPE and not (
            label == "Agreement" and root in _HOSTILE_ROOTS and not _search(_AGREEMENT, text))
        # A material reading the ACLED model is sure of (as sure as lets its label stand against the codebook
        # rules) is what the text reports; a verbal reading takes over only from an unsure one, except agreeing
        # or yielding, which the notes model reads as the fighting the text tells of ("agreed to lay down their
        # weapons, a day after the offensive").
        # (a reading the root would have replaced but for its own words missing stays as unsure as the root was)
        unsaid = root in VERBAL_ROOTS and p[best] < threshold and _root_unsaid(root, text)
        if root in VERBAL_ROOTS and not own_plover and not protest_told and not _violence_outweighs(
                root, label, text) and not (root in _PEACEABLE_ROOTS and _search(_KILLING, text)) \
                and not _root_unsaid(root, text) and (
                p[best] < threshold or (root in _AGREEING_ROOTS and _search(_AGREEMENT_CUE, text))):
            if root in _YIELD_ROOTS and _search(_YIELD_DONE, text) and not _search(_YIELD_TO_COME, text):
                # Yielding done (CAMEO 08: surrender, release, withdrawal, easing) is material: ACLED codes it
                # as a strategic development (the codebook's agreements list surrenders and prisoner releases).
                strategic = [i for i in _strategic(m.acled.labels) if _has_cue(m.acled.labels[i], text)]
                sd = max(strategic, key=lambda i: p[i]) if strategic else best
                label = _refine(text, m.acled.labels[sd])
            else:
                label, confidence = root, float(q.max())

        if _request_told(text, label, protest_told):
            label = "REQUEST"
        elif _search(_BLAME_TRADED, text) and (label in VERBAL_ROOTS or label == "Other"):
            label = "ACCUSE"  # "both sides blame the other for the hostilities": the news is the blame
        elif _search(_ACCUSED_OF_VIOLATING, text) and not _search(_HARM_TOLD, text):
            label = "ACCUSE"  # "Pashinyan accused Azerbaijan's troops of violating the border": a charge, no fighting told
        # Sanctions imposed, envoys expelled or recalled (PLOVER SANCTION, CAMEO 16 "reduce relations"): a measure
        # between states that ACLED does not code; read as a strategic development it was ACLED's catch-all.
        if _sanctions_first(text):
            label = "SANCTION"
        agreement = _first(_AGREEMENT, text)
        # (not when an appeal comes first: "called on both sides to return to talks on a peace treaty")
        if agreement >= 0 and not undone and not _CALL_FOR.search(text[max(0, agreement - 80):agreement]) \
                and not 0 <= _first(_REQUEST_TOLD, text) < agreement \
                and not _agreement_as_time(text, agreement) \
                and (label in VERBAL_ROOTS or EVENT_TYPE_OF.get(label) == "Strategic developments"
                     or not 0 <= _first(_VIOLENT_ACT, text) < agreement):
            label = "Agreement"  # a ceasefire, peace deal or prisoner exchange told as the main news
        if label == "Agreement" and _talks_only(text):
            label = "CONSULT"  # talks held, failed or brokered, with nothing agreed: PLOVER's consultation
        if _talks_halted(text, label):
            label = "SANCTION"  # "the president suspended peace talks with the rebels": CAMEO's halted negotiations
        label = _military_deaths(text, label, 0.0 if unsaid else confidence)
        if _theft_only(text, label):
            label = "Looting/property destruction"  # "rustlers stole 200 cows overnight": property taken, no one harmed
        if label in _PROPERTY_ONLY and _people_harmed(text):
            # "gunmen stormed the hospital, looting medicines and wounding staff": the violence against people is the event
            label = _best_reading(text, m.acled.labels, p, _violence_beside_looting(text), label)
        label = _rescue_reading(text, label)
        if _materiel_destroyed(text, label):
            # "the brigade destroyed 12 tanks": a fight, or a strike or mine told as its means
            label = _combat_reading(text, m.acled.labels, p, label)
        if label in _TERRITORIAL and _search(_TAKEOVER_TRIED, text):
            # "gangs attacked the airport in an attempt to take control of it": ground fought for, none taken
            label = "Armed clash" if _search(_FIRE_EXCHANGED, text) or _search(_HOSTILITIES, text) else "Attack"
        shelled = _under_heavy_fire(text, label)
        if shelled:
            label = shelled  # "the convoy came under rocket fire": shelling, whoever the model read as hit
        struck = _targets_struck(text, label)
        if struck:
            label = struck  # "the United States struck three nuclear sites": a strike, whoever tells it
        if _fight_for_ground(text, label):
            label = "Armed clash"  # "the army and the rebels fought for control of the town": no ground told taken
        elif _armed_groups_fought(text, label):
            label = "Armed clash"  # "two rival militias clashed over the mine": armed groups, no mob
        if label in _DENIAL_MISREAD and _ground_change_denied(text):
            label = "REJECT"  # "the army denied losing ground": a denial, no ground changed hands by its word
        if _power_seized_only(text, label):
            label = "Other"  # "the military seized power in a coup": no goods seized, nobody arrested or hurt
        if EVENT_TYPE_OF.get(label) not in VIOLENT_EVENT_TYPES or (
                EVENT_TYPE_OF.get(label) != "Explosions/Remote violence" and _search(_TARGETS_STRUCK, text)):
            label = _attack_reading(text, label, m.acled.labels, p)
        if _displacement_only(text, label):
            label, confidence = "Other", float(p[m.acled.labels.index("Other")])
        typing = _typing_of(label, confidence)
        ruled = _rule(text)
        if ruled is not None:
            etype, sub, plover_root = ruled
            typing = Typing(etype, sub, plover_root, confidence, etype != NON_CONFLICT_TYPE)
        if (not _search(_CONFLICT, text) and typing.event_type != NON_CONFLICT_TYPE) or _search(_TOLL_UNTOLD, text):
            typing = Typing(typing.event_type, typing.sub_event_type, typing.plover, typing.confidence, False)
        out.append(typing)
    return out


def worth_typing(text: str) -> str | None:
    """``text`` ready for ``classify_many`` when it names a conflict word (``CONFLICT_WORDS``), else None: without
    one (and without a casualty figure, which the caller knows) a sentence is never reportable. The text returned
    keeps the regex answers found on it, so the typing does not repeat the conflict-word test."""
    ready = _Text.of(text)
    return ready if _search_unguarded(_CONFLICT, ready) else None


def _search_unguarded(pattern: re.Pattern[str], text: _Text) -> re.Match[str] | None:
    """``_search(pattern, text)`` without the prefilters: for a pattern nearly every text may match (the conflict
    words: nine sentences in ten hold one of its literals), the index's pass over the text (``GuardIndex.met``, and
    the trigrams it reads) costs more than it spares, and a text that fails the test is typed no further. The same
    match: a prefilter only turns down texts the pattern cannot match; an ASCII text is searched by the lowered
    twin, as ``_search`` does past the index."""
    found = text.found  # type: ignore[attr-defined]
    key = id(pattern)
    if key not in found:
        twin = _GUARDS.entry(pattern).twin
        if twin is not None and text.is_ascii:  # type: ignore[attr-defined]
            at = twin.search(text.lowered)  # type: ignore[attr-defined]
            found[key] = pattern.match(text, at.start()) if at is not None else None
        else:
            found[key] = pattern.search(text)
    return found[key]


def classify_sentence(text: str) -> Typing:
    """``Typing`` of one sentence; ``reportable`` False when it reports no event we keep."""
    return classify_many([text])[0]


def classify(text: str) -> tuple[str, str, str | None]:
    """(event_type, sub_event_type, plover or None) of one snippet."""
    return classify_sentence(text).as_tuple()


def classify_batch(texts: Iterable[str]) -> list[tuple[str, str, str | None]]:
    """``classify`` over many texts."""
    return [t.as_tuple() for t in classify_many(texts)]
