"""A learned guess of the first-level unit (admin1) of a report whose country is known but whose place is not.

Many conflict reports name no place a gazetteer holds ("Boda boda riders protested the arrest of a colleague",
"Police shot a suspect in the Majengo area"), yet the names they hold (an estate, a county's politicians, a
university, a market) and, failing those, how a country's events spread over its units make one unit likelier
than the others. A multinomial naive Bayes over the country model's features of a text's names
(``country_model.names_of``: hashed word 1-2-grams and character 2-5-grams, country names masked) scores every
(country, unit) seen often enough in training; ``guess`` returns the best unit of the given country. With no
name at all it returns that country's most frequent unit (the class prior). Callers mark the result as a guess.

Trained from the ACLED notes' training side only, without the 5,000 rows from offset 5,000 (kept unread to
score on) and without the typing split's test side and the 2015-16 legacy file:

    .venv/bin/python -m dateline.extract.region_model --data ../shared/data

The artifact (``dateline/data/region_model.npz``) holds only pruned hashed weights.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

MODEL_FILE = "region_model.npz"
MIN_ROWS = 20  # a unit with fewer training notes is not a class (too little to learn from)
MIN_DOCUMENTS = 5  # a hash bucket in fewer training notes carries no weight
MAX_COLUMNS = 8_000  # hash buckets kept (the artifact stays small)
ALPHA = 0.1  # additive smoothing of the naive Bayes counts (0.03-0.3 gave the same held-out figures within 5 rows)
SEPARATOR = "\t"  # between the ISO code and the unit's name in a label
UNREAD_ROWS = (5_000, 10_000)  # train-side rows left out of training: scored, never read


@lru_cache(maxsize=1)
def shipped_model() -> Any:
    """The packaged model (a ``country_model.CountryModel`` whose labels are "ISO<tab>unit"), or None."""
    from dateline.extract.country_model import CountryModel

    try:
        return CountryModel.load(resources.files("dateline").joinpath("data", MODEL_FILE).open("rb"))
    except (OSError, KeyError, ValueError):
        return None


@lru_cache(maxsize=1)
def _labels_of_country() -> dict[str, tuple[np.ndarray, tuple[str, ...]]]:
    """ISO code -> (indices of its labels in the model, its units' names)."""
    model = shipped_model()
    out: dict[str, tuple[list[int], list[str]]] = {}
    for i, label in enumerate(model.labels if model is not None else ()):
        iso, unit = label.split(SEPARATOR, 1)
        out.setdefault(iso, ([], []))
        out[iso][0].append(i)
        out[iso][1].append(unit)
    return {iso: (np.array(ix), tuple(units)) for iso, (ix, units) in out.items()}


def guess(text: str, iso: str) -> str | None:
    """The admin1 unit of country ``iso`` that ``text`` most likely reports from (ACLED's spelling), or None when
    the model knows no unit of that country."""
    from dateline.extract import country_model

    model = shipped_model()
    known = _labels_of_country().get(iso)
    if model is None or known is None:
        return None
    indices, units = known
    names = country_model.names_of(country_model._masked(text))
    scores = model.scores_of_one(names)[0] if names else model.bias
    return units[int(np.argmax(scores[indices]))]


# --- training (one command; see the module docstring) ---------------------------------------


def fit(texts: list[str], labels: list[str], alpha: float = ALPHA, max_columns: int = MAX_COLUMNS) -> Any:
    """Multinomial naive Bayes over the labels with at least ``MIN_ROWS`` notes, as a linear model: each
    bucket's log-probabilities centred over the labels (which leaves every text's ranking of the labels as
    it was), the ``max_columns`` buckets farthest from zero kept."""
    from sklearn.naive_bayes import MultinomialNB

    from dateline.extract.country_model import CountryModel, featurize

    counts = Counter(labels)
    kept_labels = sorted(label for label, n in counts.items() if n >= MIN_ROWS)
    rows = [i for i, label in enumerate(labels) if label in kept_labels]
    y = np.array([kept_labels.index(labels[i]) for i in rows])
    x = featurize([texts[i] for i in rows]).tocsc()
    columns = np.flatnonzero(np.diff(x.indptr) >= MIN_DOCUMENTS).astype(np.int32)
    nb = MultinomialNB(alpha=alpha).fit(x[:, columns].tocsr(), y)
    weights = nb.feature_log_prob_ - nb.feature_log_prob_.mean(axis=0)
    if len(columns) > max_columns:
        keep = np.sort(np.argsort(-np.abs(weights).max(axis=0), kind="stable")[:max_columns])
        columns, weights = columns[keep], weights[:, keep]
    return CountryModel(tuple(kept_labels), columns, weights.T.astype(np.float32),
                        nb.class_log_prior_.astype(np.float32))


def _training_rows(path: Path) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(training, held-out) (notes, label) pairs of the ACLED notes file: the train side without the unread
    rows; the test side."""
    from dateline.eval.acled import read_rows
    from dateline.extract import places

    def labelled(rows: list[Any]) -> list[tuple[str, str]]:
        out = []
        for r in rows:
            iso = places.countries().names.get(places.normalise(r.gold.get("country") or ""))
            if iso and (r.gold.get("admin1") or "").strip():
                out.append((r.notes, f"{iso}{SEPARATOR}{r.gold['admin1'].strip()}"))
        return out

    train = read_rows(path, split="train")
    train = train[:UNREAD_ROWS[0]] + train[UNREAD_ROWS[1]:]
    return labelled(train), labelled(read_rows(path, split="test"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Train the admin1 fallback model from ACLED notes' training side.")
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--alpha", type=float, default=ALPHA)
    ap.add_argument("--out", type=Path, default=None, help=f"Default: the package's {MODEL_FILE}.")
    args = ap.parse_args(argv)
    train, held = _training_rows(args.data / "events" / "acled" / "acled_events_with_notes.csv")
    model = fit([t for t, _ in train], [label for _, label in train], alpha=args.alpha)
    out = args.out or Path(__file__).resolve().parents[1] / "data" / MODEL_FILE
    model.save(out)
    shipped_model.cache_clear()
    _labels_of_country.cache_clear()
    right = sum(guess(t, label.split(SEPARATOR)[0]) == label.split(SEPARATOR)[1] for t, label in held)
    print(json.dumps({"training_notes": len(train), "labels": len(model.labels), "buckets": len(model.columns),
                      "test_split_right_given_country": round(right / max(len(held), 1), 3)}), file=sys.stderr)
    print(f"wrote {out} ({out.stat().st_size // 1024} KiB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
