"""The whole path: read -> nlp -> time -> extract (per article, pure) -> store -> resolve.

``analyze`` is a pure function of an article and its spaCy Doc, so the per-article work can be
mapped by any engine; ``run`` drives it over files with a store and a progress bar.
"""

from __future__ import annotations

import time as _clock
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from dateline import extract, nlp, resolve
from dateline import time as timex
from dateline.extract import typing as event_typing
from dateline.model import Article, ArticleAnalysis, ReadError
from dateline.read import read_paths
from dateline.store import Store


def analyze(article: Article, doc: Any) -> ArticleAnalysis:
    """Everything found in one article, given its spaCy Doc."""
    sentences = nlp.sentences(doc, article.id)
    entities = nlp.entities(doc)
    timexes = timex.tag(article.text, article.published, mode="news")
    mentions = extract.extract(article, doc, sentences, timexes)
    return ArticleAnalysis(article, sentences, entities, timexes, mentions)


def analyze_all(
    articles: Iterable[Article], *, batch_size: int = 16, n_process: int | None = None
) -> Iterator[ArticleAnalysis]:
    """``analyze`` over many articles, in order; with many, batches go to one worker process per
    core (``DATELINE_PROCESSES`` overrides) that parses and analyses them there, so parsing and
    extraction both use every core and only the small results come back."""
    articles = list(articles)
    batches = [articles[i:i + batch_size] for i in range(0, len(articles), batch_size)]
    n_process = nlp.processes_for(len(articles), batch_size, n_process)
    if n_process == 1:
        for batch in batches:
            yield from _analyze_batch(batch)
        return
    warm_up()  # load every model here once, so the forked workers share it
    with nlp.worker_pool(n_process) as pool:
        for analyses in pool.imap(_analyze_batch, batches):
            yield from analyses


def _analyze_batch(articles: list[Article]) -> list[ArticleAnalysis]:
    docs = nlp.parse([a.text for a in articles], n_process=1)
    return [analyze(article, doc) for article, doc in zip(articles, docs, strict=True)]


# Tiny articles that between them reach every model and table the stages load lazily: one names no
# country (the country fallback), one a town (the gazetteer's city index), one only names no gazetteer
# knows (the country model's guess, which needs a name to read).
_WARM_UP_TEXTS = (
    "Two soldiers were killed in shelling near the border on Monday, the ministry said.",
    "Rockets hit the town of Goris in Armenia on Monday, killing three people, officials said.",
    "On Monday, gunmen of the Ukuta Brigade attacked a police post in Zwemba, killing two officers.",
)


def warm_up() -> None:
    """Load every model and table the stages load lazily (spaCy's model, the typing and country models,
    the gazetteer's indexes, compiled rule tables) by analysing tiny built-in articles. ``analyze_all``
    calls it before worker processes fork (they share what it loaded); a benchmark calls it before timing,
    as spaCy's model is loaded before its pass is timed. It reads none of the caller's texts, so the
    per-text caches (place look-ups) start as they would in a run."""
    event_typing.build_guards()
    published = date(2020, 1, 1)
    _analyze_batch([Article(Article.make_id(text, published), text, published) for text in _WARM_UP_TEXTS])


@dataclass(slots=True)
class RunReport:
    """What a run did: counts for the summary line, and every input that failed."""

    articles: int = 0  # articles read from the inputs
    stored: int = 0  # newly stored
    already_stored: int = 0
    errors: list[ReadError] = field(default_factory=list)
    events: int = 0
    claims: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.errors


def run(
    paths: Sequence[str | Path],
    db: str | Path | Store = "dateline.db",
    *,
    format: str | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> RunReport:
    """Read, analyse and store every new article under ``paths``; then rebuild the events."""
    started = _clock.perf_counter()
    report = RunReport()
    store = db if isinstance(db, Store) else Store(db)
    try:
        known = store.article_ids()
        fresh: dict[str, Article] = {}
        for item in read_paths(paths, format=format):
            if isinstance(item, ReadError):
                report.errors.append(item)
                continue
            report.articles += 1
            if item.id in known or item.id in fresh:
                report.already_stored += 1
            else:
                fresh[item.id] = item
        total = len(fresh)
        if on_progress:
            on_progress(0, total)
        for done, analysis in enumerate(analyze_all(fresh.values()), 1):
            if store.add(analysis):
                report.stored += 1
            if on_progress:
                on_progress(done, total)
        report.events = rebuild_events(store)
        report.claims = store.counts()["claims"]
    finally:
        if not isinstance(db, Store):
            store.close()
    report.seconds = _clock.perf_counter() - started
    return report


def rebuild_events(store: Store) -> int:
    """Merge all stored mentions into events and store them (one transaction)."""
    articles = {a.id: a for a in store.articles()}
    return store.replace_events(resolve.merge(store.mentions(), articles))
