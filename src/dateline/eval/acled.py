"""Score the extractor against ACLED's coded columns, running the ``dateline run`` path on each note.

Each row's ``notes`` becomes an ``Article`` published on its ``event_date`` and goes through
``dateline.pipeline.analyze_all`` (NLP, time, extract). The row's prediction is read off the mentions:
type from the most confident reportable, non-background, non-verbal mention (the whole note is
classified by the same ``classify`` only when the extractor found no mention); actors and place from
the first mention that has them; fatalities = ``dateline.resolve.fatalities`` over all the row's claims.
``typing_only`` scores the typing model on the whole note, without the extractor, for comparison.
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from dateline.extract import typing as tp
from dateline.model import Article, ArticleAnalysis, EventMention
from dateline.taxonomy import VERBAL_EVENT_TYPE

PREDICTION_COLUMNS = (
    "event_id_cnty", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "location",
    "fatalities",
)
SPLITS = ("all", "test", "train")


@dataclass(slots=True)
class Row:
    event_id: str
    published: date
    notes: str
    gold: dict[str, str]


@dataclass(slots=True)
class Prediction:
    event_type: str = ""
    sub_event_type: str = ""
    actor1: str = ""
    actor2: str = ""
    country: str = ""
    admin1: str = ""
    location: str = ""
    fatalities: int = 0
    from_mentions: bool = False


def read_rows(path: str | Path, limit: int | None = None, split: str = "all") -> list[Row]:
    """Rows with notes and a date; ``split`` test/train picks the typing model's held-out/train side."""
    from dateline.extract.train_typing import is_test

    csv.field_size_limit(sys.maxsize)
    out: list[Row] = []
    with Path(path).open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            notes = (r.get("notes") or "").strip()
            try:
                published = date.fromisoformat((r.get("event_date") or "")[:10])
            except ValueError:
                continue
            if not notes:
                continue
            if split != "all" and is_test(tp.normalize(notes)) != (split == "test"):
                continue
            out.append(Row(r.get("event_id_cnty", str(len(out))), published, notes, r))
            if limit is not None and len(out) >= limit:
                break
    return out


def _primary(mentions: list[EventMention]) -> EventMention | None:
    candidates = [m for m in mentions if not m.background and m.event_type != VERBAL_EVENT_TYPE]
    candidates = candidates or [m for m in mentions if not m.background] or mentions
    return max(candidates, key=lambda m: m.confidence, default=None)


def predict(analysis: ArticleAnalysis, fallback: tp.Typing | None = None) -> Prediction:
    """One ACLED-style row from what the pipeline found in one note."""
    from dateline.resolve import fatalities

    mentions = analysis.mentions
    current = [m for m in mentions if not m.background]
    p = Prediction()
    primary = _primary(mentions)
    if primary is not None:
        p.event_type, p.sub_event_type, p.from_mentions = primary.event_type, primary.sub_event_type, True
    elif fallback is not None:
        p.event_type, p.sub_event_type = fallback.event_type, fallback.sub_event_type
    ordered = ([primary] if primary else []) + current
    a1 = next((m.actor1 for m in ordered if m.actor1), None)
    a2 = next((m.actor2 for m in ordered if m.actor2), None)
    place = next((m.place for m in ordered if m.place and m.place.precision != "vague"), None)
    place = place or next((m.place for m in ordered if m.place), None)
    p.actor1 = a1.name if a1 else ""
    p.actor2 = a2.name if a2 else ""
    p.country = (place.country if place and place.country else "") or next(
        (a.country for m in ordered for a in (m.actor1, m.actor2) if a and a.country), "")
    p.admin1 = (place.admin1 or "") if place else ""
    p.location = (place.name or "") if place and place.precision != "vague" else ""
    total, _, _ = fatalities([c for m in current for c in m.claims])
    p.fatalities = total.best or 0
    return p


def _norm(s: str) -> str:
    """Case, spacing and ACLED's period suffixes ("(2014-)") do not count as differences."""
    s = re.sub(r"\(\d{4}-\d{0,4}\)", "", s or "")
    return " ".join(s.lower().split())


@dataclass
class AcledResult:
    n: int
    scores: dict[str, float] = field(default_factory=dict)
    typing_only: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    split: str = "all"

    def to_dict(self) -> dict[str, Any]:
        return {"n": self.n, "split": self.split, "scores": self.scores, "typing_only": self.typing_only,
                "counts": self.counts}

    def format(self) -> str:
        lines = [f"ACLED notes: {self.n} rows (split: {self.split})"]
        lines += [f"  {k:<28} {v:.3f}" for k, v in self.scores.items()]
        lines.append("  typing model on whole notes (no extractor):")
        lines += [f"    {k:<26} {v:.3f}" for k, v in self.typing_only.items()]
        lines += [f"  {k}: {v}" for k, v in self.counts.items()]
        return "\n".join(lines)


def _typing_scores(gold_t: list[str], pred_t: list[str], gold_s: list[str], pred_s: list[str]) -> dict[str, float]:
    from sklearn.metrics import accuracy_score, f1_score

    def macro(g: list[str], p: list[str]) -> float:
        return float(f1_score(g, p, labels=sorted(set(g)), average="macro", zero_division=0))

    return {
        "event_type_accuracy": float(accuracy_score(gold_t, pred_t)),
        "event_type_macro_f1": macro(gold_t, pred_t),
        "sub_event_type_accuracy": float(accuracy_score(gold_s, pred_s)),
        "sub_event_type_macro_f1": macro(gold_s, pred_s),
    }


def score(rows: list[Row], preds: list[Prediction], whole_note: list[tp.Typing]) -> AcledResult:
    gold = [r.gold for r in rows]
    scores = _typing_scores([g["event_type"] for g in gold], [p.event_type for p in preds],
                            [g["sub_event_type"] for g in gold], [p.sub_event_type for p in preds])

    def share(pairs: Iterable[tuple[Any, Any]]) -> float:
        pairs = list(pairs)
        return sum(a == b for a, b in pairs) / len(pairs) if pairs else 0.0

    def gold_deaths(g: dict[str, str]) -> int:
        try:
            return int(float(g.get("fatalities") or 0))
        except ValueError:
            return 0

    scores["fatalities_exact"] = share((gold_deaths(g), p.fatalities) for g, p in zip(gold, preds))
    scores["fatalities_exact_fatal_rows"] = share(
        (gold_deaths(g), p.fatalities) for g, p in zip(gold, preds) if gold_deaths(g) > 0)
    for col in ("actor1", "actor2", "country", "admin1", "location"):
        scores[f"{col}_match"] = share((_norm(g.get(col, "")), _norm(getattr(p, col))) for g, p in zip(gold, preds))
    typing_only = _typing_scores([g["event_type"] for g in gold], [t.event_type for t in whole_note],
                                 [g["sub_event_type"] for g in gold], [t.sub_event_type for t in whole_note])
    counts = {
        "rows_typed_from_mentions": sum(p.from_mentions for p in preds),
        "fatal_rows": sum(gold_deaths(g) > 0 for g in gold),
    }
    return AcledResult(len(rows), scores, typing_only, counts)


def _analyses(rows: list[Row]) -> Iterator[ArticleAnalysis]:
    from dateline.pipeline import analyze_all

    articles = [Article(id=Article.make_id(r.notes, r.published) + ":" + r.event_id, text=r.notes,
                        published=r.published, source="ACLED notes", format="csv") for r in rows]
    yield from analyze_all(articles)


def evaluate(file: str | Path, predictions: str | Path | None = None, limit: int | None = None,
             split: str = "all", typing_only: bool = False) -> AcledResult:
    """Scores for every row of ``file`` (or its typing held-out ``split``); optionally write predictions.

    ``typing_only`` skips the extractor (fast): types from the whole note, other columns empty.
    """
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}")
    rows = read_rows(file, limit=limit, split=split)
    whole_note = tp.classify_many(r.notes for r in rows)
    if typing_only:
        preds = [Prediction(t.event_type, t.sub_event_type) for t in whole_note]
    else:
        preds = [predict(a, fallback) for a, fallback in zip(_analyses(rows), whole_note)]
    if predictions is not None:
        with Path(predictions).open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(PREDICTION_COLUMNS)
            for r, p in zip(rows, preds):
                w.writerow([r.event_id, p.event_type, p.sub_event_type, p.actor1, p.actor2, p.country,
                            p.admin1, p.location, p.fatalities])
    result = score(rows, preds, whole_note)
    result.split = split
    return result
