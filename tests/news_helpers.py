"""What the lead's news tests share: an invented article of a fixed day, its mentions, the events of several."""

from __future__ import annotations

from datetime import date

from dateline import pipeline
from dateline.model import Article, Event, EventMention
from dateline.resolve import merge

DAY = date(2026, 4, 15)  # a Wednesday


def article(text: str, published: date = DAY) -> Article:
    return Article(Article.make_id(text, published), text, published)


def mentions(text: str, published: date = DAY) -> list[EventMention]:
    [analysis] = pipeline.analyze_all([article(text, published)], n_process=1)
    return analysis.mentions


def events(*articles: Article) -> list[Event]:
    found = [m for a in pipeline.analyze_all(list(articles), n_process=1) for m in a.mentions]
    return merge(found, {a.id: a for a in articles})
