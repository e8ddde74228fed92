"""A learned guess of the country a text is about when it names no country and no place we know.

Short conflict reports often place nothing in words a gazetteer knows ("Gunmen killed a police
reservist in Kamuchuma", "Kenya Police Reservists", "the upazila chairman"), yet their armed
groups, institutions, offices and the shape of their village names belong to one country. A
multinomial logistic regression over hashed word 1-2-grams and character 2-5-grams of the names
a text holds (``names_of``: capitalised words, not its style; country names, demonyms and capitals
masked, so that it learns the other cues) gives a probability per country; ``guess`` returns a
country only above ``THRESHOLD``, and callers use it as a coarse, country-only place (no region,
no coordinates). A text that holds no name at all ("Gunmen kill police reservist", "Boda boda riders
protest") is read by a second model of the same kind over all its words (``words_of``, lower-cased,
country words masked): the words for a country's forces, offices and vehicles ("police reservist",
"boda boda", "matatu") are its only cues. It also decides where the names model is less than ``SURE``
and it is at least that sure ("Matatu operators at Jogoo Stage").

Trained from the ACLED notes' training side only (the typing split's train rows; the test split
and the 2015-16 legacy file stay held out), by one command per model:

    .venv/bin/python -m dateline.extract.country_model --data ../shared/data
    .venv/bin/python -m dateline.extract.country_model --data ../shared/data --words

The artifacts (``dateline/data/country_model.npz``, ``country_words_model.npz``) hold only pruned hashed
weights.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from dateline.extract.typing import N_FEATURES as TYPING_FEATURES
from dateline.extract.typing import LinearModel, char_vectorizer, softmax, vectorizer

MODEL_FILE = "country_model.npz"
WORDS_MODEL_FILE = "country_words_model.npz"
# Probability above which the guess is used. An event report is always somewhere: an unsure guess places
# more notes than none (a names model refitted without the development notes guessed right 63 of the 143 of them
# it was 0.1-0.5 sure of, among those left without a country). Session 11 (docs/benchmarks.md): 0.5 -> 0.3 -> 0.2 -> 0.1 -> 0.0
# moved the country column of the notes' test split 0.894 -> 0.904 -> 0.909 -> 0.912 -> 0.912 and of the
# 2015-16 legacy file 0.711 -> 0.733 -> 0.741 -> 0.749 -> 0.749 (admin1 unchanged or up); a weak guess is not
# made against a city the text names elsewhere (``SURE``, ``_names_a_town_elsewhere``).
THRESHOLD = 0.1
# Below this probability a guess is not made against a town the text names in another country (a weak guess
# would make that country's towns namesakes abroad): ``_names_a_town_elsewhere``.
SURE = 0.5
TOWN_ELSEWHERE = 100_000  # places.ABROAD_POPULATION: a town of a size to be named for itself is where it says
# Probability above which the guess overrules the countries a text's place names point to (a village
# of that name abroad): below it, overruling lost more (regions, locations) than it won on held-out notes.
OVERRULE = 0.9
MIN_ROWS = 25  # a country with fewer training notes is not a class (too little to learn from)
MAX_COLUMNS = 8_000  # hash buckets kept (the artifact stays small)
N_FEATURES = TYPING_FEATURES  # the typing model's hash space: the two share the linear layer


@dataclass(frozen=True)
class CountryGuess:
    iso: str
    probability: float


def _masked(text: str) -> str:
    """The text with its dates and numbers normalised away and country names, demonyms and capitals
    removed (the model is for texts that name none: it must learn what else tells the country)."""
    from dateline.extract import places
    from dateline.extract import typing as tp

    text = tp.normalize(text)
    for m in reversed(places.find_countries(text)):
        text = text[:m.start] + " " + text[m.end:]
    return text


# A run of capitalised words ("Kenya Police Reservists", "Awami League", "Koglweogo").
_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+(?:of[ \t]+|de[ \t]+|al-)?[A-Z][\w'’-]*)*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“(\[\n]\s*)$")


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Capitalised words that are no names: English function words, days, months (how a note is
    written differs by coder and year, not by country)."""
    calendar = ("monday tuesday wednesday thursday friday saturday sunday january february march april may june "
                "july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec")
    # "num": what ``typing.normalize`` writes for a number
    return _english_stop_words() | frozenset(calendar.split()) | {"num"}


def _english_stop_words() -> frozenset[str]:
    """scikit-learn's English stop words (the list the shipped model was trained with), loaded from its
    one-statement module file alone: importing it through ``sklearn.feature_extraction`` takes about a
    second, which every process that guesses a country would pay."""
    import importlib.util

    package = importlib.util.find_spec("sklearn")
    if package is None or package.origin is None:
        raise ImportError("scikit-learn is required for the country model's stop words")
    path = Path(package.origin).parent / "feature_extraction" / "_stop_words.py"
    spec = importlib.util.spec_from_file_location("dateline._sklearn_stop_words", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.ENGLISH_STOP_WORDS)


def names_of(text: str) -> str:
    """The names a text holds (capitalised words, not a sentence's first word unless an acronym, not
    function words, days or months), " | "-separated: what ties a report to one country (its armed groups,
    institutions, parties, towns) rather than the style of its writer."""
    common = _common_words()
    out: list[str] = []
    for m in _NAME_RUN.finditer(text):
        words = m.group(0).split()
        first = words[0]
        if _SENTENCE_START.search(text[max(0, m.start() - 3):m.start()]) and not (first.isupper() and len(first) > 1):
            words = words[1:]  # a capitalised first word is mostly an ordinary word; an acronym ("ODM") is a name
        words = [w for w in words if w.lower().strip("'’-") not in common]
        if words:
            out.append(" ".join(words))
    return " | ".join(out)


def featurize(texts: Sequence[str]) -> Any:
    """Hashed word 1-2-grams in [0, N) and character 2-5-grams in [N, 2N) of the texts' names
    (``names_of``, country names masked); training and use share this."""
    return featurize_names([names_of(_masked(t)) for t in texts])


def featurize_names(names: Sequence[str], *, for_scoring: bool = False) -> Any:
    """``featurize`` of texts' names already found (``names_of(_masked(text))``); ``for_scoring``: the same
    arrays as ``hashing.Rows``, without a scipy matrix (``LinearModel.scores_of`` reads either)."""
    from dateline.extract.hashing import hstack_rows
    from dateline.extract.typing import char_vectorizer, vectorizer

    if for_scoring:
        return hstack_rows(vectorizer().rows(names), char_vectorizer().rows(names))
    return hstack_rows(vectorizer().transform(names), char_vectorizer().transform(names))


class CountryModel(LinearModel):
    """Softmax weights over the kept hash buckets of ``featurize`` (the typing model's linear layer:
    ``labels`` are ISO codes)."""

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        return softmax(self.scores_of(featurize(texts)))

    def scores_of_one(self, features: str) -> np.ndarray:
        """``scores_of(featurize_names([features], for_scoring=True))`` for one text (``guess``'s every call), bit
        for bit, without building the joined row first: its word entries, then its character entries moved past the
        word columns (where the joined row puts them), scored in that order (``LinearModel.row_scores``). Joining the
        two rows' arrays cost a tenth of ``guess``."""
        words, chars = vectorizer().rows([features]), char_vectorizer().rows([features])
        return self.row_scores(np.concatenate([words.indices, chars.indices + words.shape[1]]),
                               np.concatenate([words.data, chars.data]))

    def save(self, path: Any) -> None:
        np.savez_compressed(path, **self.arrays())

    @classmethod
    def load(cls, path: Any) -> CountryModel:
        with np.load(path, allow_pickle=False) as z:
            return cls.from_arrays(z)


@lru_cache(maxsize=1)
def shipped_model() -> CountryModel | None:
    """The packaged model, or None when the file is absent (then nothing is guessed)."""
    return _packaged(MODEL_FILE)


@lru_cache(maxsize=1)
def shipped_words_model() -> CountryModel | None:
    """The packaged model of a text's words (``words_of``), or None when the file is absent."""
    return _packaged(WORDS_MODEL_FILE)


def _packaged(name: str) -> CountryModel | None:
    try:
        return CountryModel.load(resources.files("dateline").joinpath("data", name).open("rb"))
    except (OSError, KeyError, ValueError):
        return None


def words_of(text: str) -> str:
    """All the words of a text, lower-cased, country names, demonyms and capitals masked: what the words model
    reads in a text that holds no name ("Gunmen kill a police reservist", "boda boda riders protest")."""
    return _masked(text).lower()


_WORD = re.compile(r"[a-z]{2,}")


def guess(text: str, threshold: float = THRESHOLD, model: CountryModel | None = None) -> CountryGuess | None:
    """The country ``text`` is most likely about, when the model is at least ``threshold`` sure. When no
    ``model`` is given, a text that holds no name is read by the words model (``shipped_words_model``), and so
    is one whose names the names model is less than ``SURE`` of if the words model is at least that sure."""
    shipped = model is None
    names_model = model or shipped_model()
    masked = _masked(text)
    names = names_of(masked) if names_model is not None else ""
    if names:
        model, features = names_model, names
    else:
        model = shipped_words_model() if shipped else None
        features = masked.lower() if model is not None else ""  # words_of(text)
        common = _common_words()
        if not any(w not in common for w in _WORD.findall(features)):
            features = ""  # only function words, dates and numbers ("2 May 2021."): nothing to go by
    if model is None or not features.strip():
        return None  # nothing to go by: the class priors alone would decide
    p = softmax(model.scores_of_one(features))[0]
    best = int(p.argmax())
    if names and p[best] < SURE and shipped and (words_model := shipped_words_model()) is not None:
        # names the names model is unsure of ("Kilgoris Boys School"): the words model, when it is sure
        q = softmax(words_model.scores_of_one(masked.lower()))[0]
        if q.max() >= SURE:
            model, p, best = words_model, q, int(q.argmax())
    if p[best] < threshold or (p[best] < SURE and names and _names_a_town_elsewhere(names, model.labels[best])):
        return None
    return CountryGuess(model.labels[best], float(p[best]))


def _names_a_town_elsewhere(names: str, iso: str) -> bool:
    """Whether one of ``names`` (``names_of``) is a town of ``TOWN_ELSEWHERE`` people or more in another country
    than ``iso`` and in none of ``iso`` ("Residents of Godhra blocked the highway": an Indian city, whatever a
    weak guess says)."""
    from dateline.extract import places

    index = places.cities()
    for name in names.split(" | "):
        for key in dict.fromkeys((places.normalise(name), places.normalise(name.split()[0]))):
            towns = index.get(key, ())
            if any(t.population >= TOWN_ELSEWHERE for t in towns) and not any(t.iso == iso for t in towns):
                return True
    return False


# --- training (one command; see the module docstring) ---------------------------------------


def _rows(path: Path) -> list[tuple[str, str, bool]]:
    """(notes, ISO code, in the typing test split) of an ACLED file; rows whose country we cannot name skipped."""
    from dateline.extract import places
    from dateline.extract import typing as tp
    from dateline.extract.train_typing import is_test

    csv.field_size_limit(sys.maxsize)
    out = []
    with path.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            notes = (r.get("notes") or "").strip()
            iso = places.countries().names.get(places.normalise(r.get("country") or ""))
            if notes and iso:
                out.append((notes, iso, is_test(tp.normalize(notes))))
    return out


def featurize_words(texts: Sequence[str]) -> Any:
    """``featurize`` of the texts' words (``words_of``): the words model's features."""
    return featurize_names([words_of(t) for t in texts])


def fit(texts: list[str], isos: list[str], c: float = 20.0, max_columns: int = MAX_COLUMNS,
        words: bool = False) -> CountryModel:
    """Multinomial logistic regression (classes balanced) over the countries with at least ``MIN_ROWS``
    notes, pruned to the ``max_columns`` hash buckets that weigh most for some country, then refitted
    on them (a stronger prune loses more on held-out notes than it saves in size). ``words``: over the
    texts' words (``featurize_words``) instead of their names."""
    from sklearn.linear_model import LogisticRegression

    counts = Counter(isos)
    labels = sorted(iso for iso, n in counts.items() if n >= MIN_ROWS)
    keep_rows = [i for i, iso in enumerate(isos) if iso in labels]
    y = np.array([labels.index(isos[i]) for i in keep_rows])
    x = (featurize_words if words else featurize)([texts[i] for i in keep_rows]).tocsc()
    columns = np.flatnonzero(np.diff(x.indptr) >= 2).astype(np.int32)

    def train(cols: np.ndarray) -> Any:
        # balanced: a country's share of the training notes is no evidence about a new text (old Kenya
        # notes are many and terse; a prior for Kenya would claim every terse text)
        clf = LogisticRegression(C=c, max_iter=300, tol=1e-3, class_weight="balanced")
        clf.fit(x[:, cols].tocsr(), y)
        return clf

    clf = train(columns)
    if len(columns) > max_columns:
        keep = np.sort(np.argsort(-np.abs(clf.coef_).max(axis=0), kind="stable")[:max_columns])
        columns = columns[keep]
        clf = train(columns)
    coef, bias = clf.coef_, clf.intercept_
    if len(labels) == 2:  # scikit-learn's one score of the second class: as softmax scores, (0, score)
        coef, bias = np.vstack([np.zeros_like(coef), coef]), np.concatenate([[0.0], bias])
    return CountryModel(tuple(labels), columns, coef.T.astype(np.float32), bias.astype(np.float32))


def report(model: CountryModel, texts: list[str], isos: list[str], threshold: float = THRESHOLD,
           words: bool = False) -> dict[str, Any]:
    """Accuracy of the best guess, and share guessed / right among guesses at ``threshold`` (and others);
    ``words``: of the words model, on the texts that hold no name (those it reads)."""
    if words:
        kept = [i for i, t in enumerate(texts) if not names_of(_masked(t))]
        texts, isos = [texts[i] for i in kept], [isos[i] for i in kept]
        p = softmax(model.scores_of(featurize_words(texts)))
    else:
        p = model.probabilities(texts)
        p[[not names_of(_masked(t)) for t in texts]] = 0.0  # ``guess`` makes none without a name
    best = p.argmax(axis=1)
    right = np.array([model.labels[b] == iso for b, iso in zip(best, isos)])
    out: dict[str, Any] = {"n": len(texts), "accuracy_of_best": round(float(right.mean()), 3)}
    for t in sorted({0.2, 0.4, 0.5, 0.6, 0.7, 0.8, threshold}):
        sure = p.max(axis=1) >= t
        out[f"at_{t}"] = {"guessed": round(float(sure.mean()), 3),
                          "right_when_guessed": round(float(right[sure].mean()), 3) if sure.any() else None}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Train the country fallback model from ACLED notes' training side.")
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--c", type=float, default=20.0, help="Inverse regularisation.")
    ap.add_argument("--max-columns", type=int, default=MAX_COLUMNS)
    ap.add_argument("--words", action="store_true", help="Train the words model (texts that hold no name).")
    ap.add_argument("--out", type=Path, default=None, help=f"Default: the package's {MODEL_FILE} ({WORDS_MODEL_FILE}).")
    ap.add_argument("--no-save", action="store_true", help="Only report held-out figures.")
    args = ap.parse_args(argv)
    acled = args.data / "events" / "acled"
    rows = _rows(acled / "acled_events_with_notes.csv")
    train = [(t, iso) for t, iso, test in rows if not test]
    model = fit([t for t, _ in train], [iso for _, iso in train], c=args.c, max_columns=args.max_columns,
                words=args.words)
    print(f"{len(train)} training notes, {len(model.labels)} countries, {len(model.columns)} buckets",
          file=sys.stderr)
    held = {"test_split": [(t, iso) for t, iso, test in rows if test]}
    legacy = acled / "acled_legacy_schema_2015_2016.csv"
    if legacy.exists():
        held["legacy_2015_2016"] = [(t, iso) for t, iso, _ in _rows(legacy)]
    print(json.dumps({name: report(model, [t for t, _ in r], [iso for _, iso in r], words=args.words)
                      for name, r in held.items()}, indent=1))
    if not args.no_save:
        out = args.out or Path(__file__).resolve().parents[1] / "data" / (WORDS_MODEL_FILE if args.words else MODEL_FILE)
        out.parent.mkdir(parents=True, exist_ok=True)
        model.save(out)
        print(f"wrote {out} ({out.stat().st_size // 1024} KiB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
