"""Timeline summarisation (TLS) scores on directories in the Timeline17 layout.

For every ``<Topic_source>/timelines/*.txt`` reference, the topic's articles
(``<Topic_source>/InputDocs/<date>/<n>.htm.txt``) are run through the same pipeline as
``dateline run`` into a store, and a timeline is built with the standard setup of the literature
(news-tls, Gholipour Ghalandari & Ifrim 2020): as many dates as the reference, sentences per date =
the reference's average rounded, dates restricted to the reference's first..last date, articles to
those published in that range. It is scored against that one reference with tilse (Martschat &
Markert 2017/2018): alignment-based ROUGE-1/2 F1 ("align+ m:1"), concat and agreement ROUGE-1/2 F1,
and date-selection F1. ROUGE is the original ROUGE-1.5.5 Perl script shipped inside tilse, with
tilse's settings (``-n 2 -m -s``, raw counts); ``rouge="reimpl"`` uses tilse's faster approximate
re-implementation (for development only).

Needs the ``eval`` extra (tilse) and, for the Perl script, the Debian packages
``libxml-parser-perl`` and ``libwww-perl``.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from statistics import mean
from typing import Any

from dateline import pipeline
from dateline.model import TimelineEntry
from dateline.read.t17 import tokenize
from dateline.store import Store
from dateline.timeline import TimelineOptions, build, to_tls_text

METRICS: tuple[str, ...] = ("align_m1", "concat", "agreement")
_TILSE_METRIC = {
    "align_m1": "evaluate_align_date_content_costs_many_to_one",
    "concat": "evaluate_concat",
    "agreement": "evaluate_agreement",
}
SEPARATOR = "-" * 32


@dataclass(slots=True)
class ReferenceTimeline:
    """A gold timeline: days and their sentences (tokenised, as in the file)."""

    path: Path
    days: dict[date, list[str]]

    @property
    def sentences_per_date(self) -> int:
        n = sum(len(v) for v in self.days.values())
        return max(1, round(n / len(self.days))) if self.days else 1


def read_timeline(path: str | Path) -> ReferenceTimeline:
    """A timeline in the Timeline17 text format (date line, sentences, 32 dashes).

    A date given twice keeps its last block, as tilse and the news-tls release read these files
    (so T, k and the scores match the published setup).
    """
    days: dict[date, list[str]] = {}
    current: date | None = None
    lines: list[str] = []
    for raw in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.strip()
        if line == SEPARATOR:
            if current is not None:
                days[current] = [s for s in lines if s]
            current, lines = None, []
        elif current is None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", line):
            current = date.fromisoformat(line)
        elif line:
            lines.append(line)
    if current is not None:
        days[current] = [s for s in lines if s]
    return ReferenceTimeline(Path(path), days)


@dataclass(slots=True)
class TimelineScore:
    topic: str
    timeline: str
    dates: int
    sentences_per_date: int
    scores: dict[str, dict[str, float]]  # metric -> {"rouge_1": F1, "rouge_2": F1}; "date" -> {"f1", ...}
    build_seconds: float

    def to_dict(self) -> dict[str, Any]:
        return {"topic": self.topic, "timeline": self.timeline, "dates": self.dates,
                "sentences_per_date": self.sentences_per_date, "scores": self.scores,
                "build_seconds": round(self.build_seconds, 3)}


@dataclass(slots=True)
class TopicRun:
    topic: str
    articles: int
    pipeline_seconds: float


@dataclass(slots=True)
class TLSResult:
    timelines: list[TimelineScore] = field(default_factory=list)
    topics: list[TopicRun] = field(default_factory=list)
    rouge: str = "original"

    def mean(self) -> dict[str, dict[str, float]]:
        """Macro average over timelines (as published results are)."""
        if not self.timelines:
            return {}
        keys = {m: list(self.timelines[0].scores[m]) for m in self.timelines[0].scores}
        return {m: {k: round(mean(t.scores[m][k] for t in self.timelines), 4) for k in ks}
                for m, ks in keys.items()}

    def to_dict(self) -> dict[str, Any]:
        return {
            "rouge": self.rouge,
            "mean": self.mean(),
            "timelines": [t.to_dict() for t in self.timelines],
            "topics": [{"topic": t.topic, "articles": t.articles,
                        "pipeline_seconds": round(t.pipeline_seconds, 1)} for t in self.topics],
        }

    def format(self) -> str:
        head = (f"{'timeline':44} {'T':>4} {'k':>2}  {'AR1':>6} {'AR2':>6}  {'CR1':>6} {'CR2':>6}"
                f"  {'GR1':>6} {'GR2':>6}  {'dateF1':>6}  {'build s':>7}")
        rows = [head, "-" * len(head)]

        def line(name: str, T: str, k: str, s: dict[str, dict[str, float]], secs: str) -> str:
            return (f"{name[:44]:44} {T:>4} {k:>2}  {s['align_m1']['rouge_1']:6.4f} {s['align_m1']['rouge_2']:6.4f}"
                    f"  {s['concat']['rouge_1']:6.4f} {s['concat']['rouge_2']:6.4f}"
                    f"  {s['agreement']['rouge_1']:6.4f} {s['agreement']['rouge_2']:6.4f}"
                    f"  {s['date']['f1']:6.4f}  {secs:>7}")

        for t in self.timelines:
            rows.append(line(f"{t.topic}/{t.timeline}", str(t.dates), str(t.sentences_per_date), t.scores,
                             f"{t.build_seconds:.2f}"))
        if self.timelines:
            rows.append("-" * len(head))
            rows.append(line(f"mean of {len(self.timelines)} timelines", "", "", self.mean(), ""))
        rows.append("AR = alignment ROUGE F1 (align+ m:1), CR = concat, GR = agreement; "
                    f"ROUGE: {'ROUGE-1.5.5 (tilse, original)' if self.rouge == 'original' else 'tilse reimpl'}")
        for r in self.topics:
            rows.append(f"pipeline {r.topic}: {r.articles} new articles analysed in {r.pipeline_seconds:.1f} s")
        return "\n".join(rows)


def topic_dirs(directory: str | Path) -> list[Path]:
    """Topic folders under ``directory`` (or ``directory`` itself), each with InputDocs and timelines."""
    root = Path(directory)
    if (root / "InputDocs").is_dir():
        return [root]
    return sorted(p for p in root.iterdir() if (p / "InputDocs").is_dir() and (p / "timelines").is_dir())


def topic_keywords(topic: Path) -> list[str]:
    """``keywords.json`` words, CamelCase split (``SyrianCrisis`` -> Syrian, Crisis)."""
    path = topic / "keywords.json"
    if not path.exists():
        return []
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError):
        return []
    words: list[str] = []
    for item in raw if isinstance(raw, list) else []:
        for w in re.findall(r"[A-Z]?[a-z]+|[A-Z0-9]+(?![a-z])", str(item)):
            if len(w) >= 2 and w.lower() not in (x.lower() for x in words):
                words.append(w)
    return words


def evaluate(
    directory: str | Path,
    out: str | Path | None = None,
    *,
    stores: str | Path | None = None,
    rouge: str = "original",
    topics: Sequence[str] | None = None,
    on_progress: Callable[[str], None] | None = None,
) -> TLSResult:
    """Build and score a timeline for every reference timeline under ``directory``.

    ``stores``: keep one store per topic there (``<Topic_source>.db``) and reuse it next time;
    by default the stores live in a temporary directory. ``topics``: only these folders.
    """
    evaluator = make_evaluator(rouge)
    result = TLSResult(rouge=rouge)
    tmp = None
    if stores is None:
        tmp = tempfile.mkdtemp(prefix="dateline-tls-")
        store_dir = Path(tmp)
    else:
        store_dir = Path(stores)
        store_dir.mkdir(parents=True, exist_ok=True)
    try:
        for topic in topic_dirs(directory):
            if topics and topic.name not in topics:
                continue
            refs = sorted((topic / "timelines").glob("*.txt"))
            if not refs:
                continue
            if on_progress:
                on_progress(f"{topic.name}: analysing articles")
            started = time.perf_counter()
            report = pipeline.run([topic / "InputDocs"], store_dir / f"{topic.name}.db", format="t17")
            result.topics.append(TopicRun(topic.name, report.stored, time.perf_counter() - started))
            keywords = topic_keywords(topic)
            with Store(store_dir / f"{topic.name}.db") as store:
                for ref_path in refs:
                    ref = read_timeline(ref_path)
                    if not ref.days:
                        continue
                    if on_progress:
                        on_progress(f"{topic.name}/{ref_path.name}: building and scoring")
                    score, text = _score_one(store, topic.name, ref, keywords, evaluator)
                    result.timelines.append(score)
                    if out is not None:
                        target = Path(out) / topic.name / ref_path.name
                        target.parent.mkdir(parents=True, exist_ok=True)
                        target.write_text(text, encoding="utf-8")
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    return result


def timeline_options(ref: ReferenceTimeline, keywords: Sequence[str] = ()) -> TimelineOptions:
    """The standard TLS setup for one reference timeline."""
    days = sorted(ref.days)
    return TimelineOptions(
        max_dates=len(days), sentences_per_date=ref.sentences_per_date,
        start=days[0].isoformat(), end=days[-1].isoformat(), keywords=list(keywords),
        keywords_required=False, include_background=False, days_only=True, published_in_range=True,
    )


def _score_one(store: Store, topic: str, ref: ReferenceTimeline, keywords: Sequence[str],
               evaluator: Any) -> tuple[TimelineScore, str]:
    started = time.perf_counter()
    entries = build(store, timeline_options(ref, keywords))
    seconds = time.perf_counter() - started
    text = to_tls_text(entries, tokenize=tokenize)
    scores = score_entries(entries, ref, evaluator)
    return TimelineScore(topic, ref.path.name, len(ref.days), ref.sentences_per_date, scores, seconds), text


def score_entries(entries: Sequence[TimelineEntry], ref: ReferenceTimeline, evaluator: Any,
                  metrics: Sequence[str] = METRICS) -> dict[str, dict[str, float]]:
    """tilse's scores of a built timeline against one reference (``metrics`` of ``METRICS``, and the dates).

    Separate from building so that a harness can score timelines it built another way (``benchmarks/tls_loto.py``
    builds them from cached corpora with a scorer fitted on other topics)."""
    from tilse.data.timelines import GroundTruth
    from tilse.data.timelines import Timeline as TilseTimeline

    predicted = TilseTimeline({date.fromisoformat(t.date): [tokenize(s.text) for s in t.summary] or [""]
                               for t in entries})
    truth = GroundTruth([TilseTimeline(ref.days)])
    scores: dict[str, dict[str, float]] = {}
    for name in metrics:
        if not entries:
            scores[name] = {"rouge_1": 0.0, "rouge_2": 0.0}
            continue
        raw = getattr(evaluator, _TILSE_METRIC[name])(predicted, truth)
        scores[name] = {m: round(float(raw[m]["f_score"]), 4) for m in ("rouge_1", "rouge_2")}
    scores["date"] = _date_scores(set(predicted.get_dates()), set(ref.days))
    return scores


def _date_scores(predicted: set[date], reference: set[date]) -> dict[str, float]:
    both = len(predicted & reference)
    p = both / len(predicted) if predicted else 0.0
    r = both / len(reference) if reference else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def make_evaluator(rouge: str) -> Any:
    """tilse's evaluator (``rouge``: "original", the Perl script, or "reimpl"), with a clear message when tilse or
    the Perl modules are missing."""
    if rouge not in ("original", "reimpl"):
        raise ValueError("rouge is 'original' or 'reimpl'")
    try:
        from tilse.evaluation.rouge import TimelineRougeEvaluator
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise RuntimeError("TLS evaluation needs tilse: pip install -e '.[eval]'") from exc
    if rouge == "original":
        missing = [m for m in ("XML::Parser", "LWP") if not _perl_has(m)]
        if missing:
            raise RuntimeError(
                f"ROUGE-1.5.5 needs the Perl modules {', '.join(missing)}: "
                "apt-get install libxml-parser-perl libwww-perl (or use rouge='reimpl')"
            )
    return TimelineRougeEvaluator(measures=["rouge_1", "rouge_2"], rouge_computation=rouge)


def _perl_has(module: str) -> bool:
    if shutil.which("perl") is None:
        return False
    done = subprocess.run(["perl", f"-M{module}", "-e", "1"], capture_output=True, check=False)
    return done.returncode == 0
