"""A state named as where, after parts of it joined by "and" (session 17)."""

from __future__ import annotations

from datetime import date

from dateline import pipeline
from dateline.model import Article, EventMention


def _mentions(text: str, published: date) -> list[EventMention]:
    [analysis] = pipeline.analyze_all([Article(Article.make_id(text, published), text, published)], n_process=1)
    return analysis.mentions


def test_a_state_after_parts_of_it_joined_is_where_and_no_party() -> None:
    real = ("Israeli air strikes across southern and eastern Lebanon killed 40 people on Monday, "
            "Lebanon's health ministry said.")
    [strike] = [m for m in _mentions(real, date(2024, 9, 24)) if m.claims]
    assert strike.place is not None and strike.place.country == "Lebanon"
    assert strike.actor2 is not None and strike.actor2.name == "Civilians (Lebanon)"
