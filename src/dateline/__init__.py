"""dateline: dated, sourced conflict events and timelines from news articles.

The Python API offers what the CLI does::

    import dateline
    report = dateline.run(["articles/"], db="dateline.db")
    events = dateline.events("dateline.db")
    entries = dateline.timeline("dateline.db", dateline.TimelineOptions(max_dates=10))
"""

from __future__ import annotations

from pathlib import Path

from dateline import export
from dateline import timeline as timeline_module
from dateline.model import (
    Actor,
    Article,
    ArticleAnalysis,
    Claim,
    Event,
    EventDate,
    EventMention,
    Fatalities,
    Place,
    ReadError,
    Sentence,
    Source,
    TemporalExpression,
    TimelineEntry,
)
from dateline.pipeline import RunReport, analyze, analyze_all, rebuild_events, run
from dateline.read import FORMATS, read_paths
from dateline.store import Store
from dateline.timeline import TimelineOptions

__version__ = "0.1.0"


def events(db: str | Path | Store = "dateline.db") -> list[Event]:
    """Every stored event, by date."""
    if isinstance(db, Store):
        return db.events()
    with Store(db) as store:
        return store.events()


def timeline(db: str | Path | Store = "dateline.db", options: TimelineOptions | None = None) -> list[TimelineEntry]:
    """A dated timeline of the stored events."""
    if isinstance(db, Store):
        return timeline_module.build(db, options)
    with Store(db) as store:
        return timeline_module.build(store, options)


__all__ = [
    "FORMATS", "Actor", "Article", "ArticleAnalysis", "Claim", "Event", "EventDate", "EventMention",
    "Fatalities", "Place", "ReadError", "RunReport", "Sentence", "Source", "Store",
    "TemporalExpression", "TimelineEntry", "TimelineOptions", "analyze", "analyze_all", "events",
    "export", "read_paths", "rebuild_events", "run", "timeline", "timeline_module",
]
