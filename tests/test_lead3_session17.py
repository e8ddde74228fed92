"""Actors in news of conflicts the rules were never built from (session 17, after the merges)."""

from __future__ import annotations

from datetime import date

from dateline import pipeline
from dateline.model import Article, EventMention


def _mentions(text: str, published: date) -> list[EventMention]:
    [analysis] = pipeline.analyze_all([Article(Article.make_id(text, published), text, published)], n_process=1)
    return analysis.mentions


def test_a_group_named_with_a_forces_word_is_that_group() -> None:
    [attack] = _mentions("The Ruwi Liberation Forces shelled the town of Kosti on Thursday, killing 12 civilians.",
                         date(2025, 3, 14))
    assert attack.actor1 is not None and attack.actor1.name == "Ruwi Liberation Forces"
    [state] = _mentions("The Sudanese Armed Forces shelled the town of Kosti on Thursday, killing 12 civilians.",
                        date(2025, 3, 14))
    assert state.actor1 is not None and state.actor1.name == "Military Forces of Sudan"
