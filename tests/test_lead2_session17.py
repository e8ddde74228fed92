"""Claims in news of conflicts the rules were never built from (session 17, after the merges)."""

from __future__ import annotations

from datetime import date

from dateline import pipeline
from dateline.model import Article, Claim


def _claims(text: str, published: date) -> list[Claim]:
    [analysis] = pipeline.analyze_all([Article(Article.make_id(text, published), text, published)], n_process=1)
    return [c for m in analysis.mentions for c in m.claims]


def test_a_mediators_state_is_no_side_of_the_dead_it_tells_of() -> None:
    [dead] = _claims("Clashes around the town left dozens dead, Angolan mediators said.", date(2024, 11, 22))
    assert dead.side is None and dead.claimant_side == "Angola"
    [own] = _claims("Seven soldiers were killed in the clashes, Angolan officials said.", date(2024, 11, 22))
    assert own.side == "Angola"


def test_prisoners_set_free_are_no_captives_taken() -> None:
    assert _claims("The two states exchanged 95 prisoners of war each on Friday.", date(2024, 10, 18)) == []
    assert _claims("Rebels released 12 hostages on Friday.", date(2024, 10, 18)) == []
    [taken] = _claims("Rebels captured 12 soldiers near the border on Friday.", date(2024, 10, 18))
    assert (taken.kind, taken.count) == ("captured", 12)


def test_a_count_in_scare_quotes_is_read() -> None:
    [dead] = _claims('The militia said it repelled an army attack, killing "dozens" of soldiers.', date(2025, 3, 14))
    assert (dead.kind, dead.count, dead.qualifier) == ("killed", 24, "at_least")


def test_a_past_wars_toll_told_without_its_date_is_background() -> None:
    text = "Jets struck the port on Monday. The war killed 1,200 Velmari and 158 Kordavians."
    [analysis] = pipeline.analyze_all([Article(Article.make_id(text, date(2024, 9, 24)), text, date(2024, 9, 24))],
                                      n_process=1)
    [toll] = [m for m in analysis.mentions if m.claims]
    assert toll.background
