"""Dated timelines: choose the dates that matter and summarise each with sourced sentences.

Public API (stable; internals free to change):
- ``TimelineOptions``: number of dates, sentences per date, date range, topic keywords.
- ``build(store, options) -> list[TimelineEntry]``, in date order.
- ``to_markdown(entries)``, ``to_html(entries)``; ``TimelineEntry.to_json()`` for JSON.
"""

from __future__ import annotations

import html
from collections import defaultdict
from dataclasses import dataclass, field

from dateline.model import TimelineEntry, TimelineSentence
from dateline.store import Store


@dataclass(slots=True)
class TimelineOptions:
    max_dates: int | None = None  # None: every date with an event
    sentences_per_date: int = 3
    start: str | None = None  # ISO date, inclusive
    end: str | None = None
    keywords: list[str] = field(default_factory=list)
    include_background: bool = True


def build(store: Store, options: TimelineOptions | None = None) -> list[TimelineEntry]:
    """First version: every event date, its events' summaries ranked by sources and fatalities."""
    opts = options or TimelineOptions()
    articles = {a.id: a for a in store.articles()}
    by_date = defaultdict(list)
    for e in store.events():
        if e.background and not opts.include_background:
            continue
        if (opts.start and e.date < opts.start) or (opts.end and e.date > opts.end):
            continue
        if opts.keywords and not any(k.lower() in e.summary.lower() for k in opts.keywords):
            continue
        by_date[e.date].append(e)
    entries = []
    for day, events in by_date.items():
        events.sort(key=lambda e: (-(e.fatalities.best or 0), -len(e.sources), e.id))
        summary = []
        seen = set()
        for e in events:
            if e.summary in seen or len(summary) >= opts.sentences_per_date:
                continue
            seen.add(e.summary)
            src = e.sources[0] if e.sources else None
            a = articles.get(src.article_id) if src else None
            summary.append(TimelineSentence(e.summary, a.id if a else None,
                                            a.published.isoformat() if a else None,
                                            a.title if a else None, a.url if a else None))
        score = sum(len(e.sources) + (e.fatalities.best or 0) ** 0.5 for e in events)
        entries.append(TimelineEntry(day, summary, [e.id for e in events],
                                     all(e.background for e in events), score))
    if opts.max_dates is not None:
        entries = sorted(entries, key=lambda t: -t.score)[: opts.max_dates]
    return sorted(entries, key=lambda t: t.date)


def to_markdown(entries: list[TimelineEntry]) -> str:
    lines = []
    for t in entries:
        lines.append(f"## {t.date}" + (" (background)" if t.background else ""))
        for s in t.summary:
            cite = f" [{s.title or s.article_id}, {s.published}]" if s.article_id else ""
            lines.append(f"- {s.text}{cite}")
        lines.append("")
    return "\n".join(lines)


def to_html(entries: list[TimelineEntry]) -> str:
    parts = ["<!doctype html><meta charset='utf-8'><title>dateline timeline</title><body>"]
    for t in entries:
        parts.append(f"<h2>{html.escape(t.date)}</h2><ul>")
        parts.extend(f"<li>{html.escape(s.text)}</li>" for s in t.summary)
        parts.append("</ul>")
    return "".join(parts)
