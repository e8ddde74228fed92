"""Event mentions end to end on short articles written for these tests (spaCy parse included)."""

from __future__ import annotations

from datetime import date

import pytest

from dateline import nlp, pipeline
from dateline.extract.api import is_background
from dateline.model import Article, EventDate, EventMention

TEXT = (
    "'20 Georgian soldiers died in the attack,' says Tbilisi\n\n"
    "Nine Georgian soldiers were killed and four more were wounded in clashes with Russian troops "
    "on 9 May 2023, according to Georgia's defence ministry.\n\n"
    "Russian officials said 3 servicemen were captured during the fighting.\n\n"
    "The clashes were the deadliest since a five-day war in 2008, a conflict that killed more than "
    "800 people.\n\n"
    "The city was quiet on Thursday, residents said.\n"
)


@pytest.fixture(scope="module")
def mentions() -> list[EventMention]:
    article = Article("t1", TEXT, date(2023, 5, 10), title=None)
    doc = next(nlp.parse([TEXT]))
    return pipeline.analyze(article, doc).mentions


def _claims(mentions: list[EventMention]) -> list[tuple]:
    return [(c.kind, c.count, c.qualifier, c.side, c.claimant, c.claimant_side, m.background, m.date.value[:4])
            for m in mentions for c in m.claims]


def test_every_figure_is_a_claim_with_side_and_claimant(mentions: list[EventMention]) -> None:
    claims = _claims(mentions)
    assert ("killed", 20, "exact", "Georgia", "Tbilisi", "Georgia", False, "2023") in claims
    assert ("killed", 9, "exact", "Georgia", "Georgia's defence ministry", "Georgia", False, "2023") in claims
    assert ("wounded", 4, "exact", "Georgia", "Georgia's defence ministry", "Georgia", False, "2023") in claims
    assert ("captured", 3, "exact", "Russia", "Russian officials", "Russia", False, "2023") in claims
    assert len(claims) == 5


def test_background_figure_keeps_its_own_date(mentions: list[EventMention]) -> None:
    (old,) = [m for m in mentions for c in m.claims if c.count == 800]
    assert old.background and old.date.value.startswith("2008")
    assert old.claims[0].qualifier == "more_than" and old.claims[0].side is None


def test_claim_offsets_point_at_the_sentence(mentions: list[EventMention]) -> None:
    for m in mentions:
        for c in m.claims:
            assert TEXT[c.start:c.end] == c.quote == m.text
            assert c.mention_id == m.id and c.article_id == "t1"


def test_dated_mention_and_actors(mentions: list[EventMention]) -> None:
    (m,) = [m for m in mentions for c in m.claims if c.count == 9]
    assert m.date.value == "2023-05-09"
    names = {m.actor1.name if m.actor1 else None, m.actor2.name if m.actor2 else None}
    assert names == {"Military Forces of Georgia", "Military Forces of Russia"}


def test_background_rule() -> None:
    published = date(2023, 5, 10)
    assert is_background(EventDate("2008", None, "year", "text", "2008"), published)
    assert not is_background(EventDate("2023-05-09", None, "day", "text", "Tuesday"), published)
    assert not is_background(EventDate("2023-05-10", None, "day", "publication", None), published)


def test_false_sentence_break_is_mended() -> None:
    from dateline.extract.api import _rejoin
    from dateline.model import Sentence

    text = "Officials said on Monday that 61 Serbian police had been hurt. Calm returned."
    cut = text.index("Serbian")
    parts = [Sentence("a", 0, 0, cut - 1, text[:cut - 1]), Sentence("a", 1, cut, 62, text[cut:62]),
             Sentence("a", 2, 63, len(text), text[63:])]
    mended = _rejoin(parts, text)
    assert [s.text for s in mended] == [text[:62], "Calm returned."]


def test_a_deadline_dates_no_happening_around_it() -> None:
    from datetime import date

    from dateline import pipeline
    from dateline.model import Article

    text = ("The region's leader signed a decree on Monday disbanding its militia by January 1. "
            "Dozens of militiamen rioted in the capital, burning cars and smashing shop windows.")
    published = date(2021, 11, 17)
    [analysis] = pipeline.analyze_all([Article(Article.make_id(text, published), text, published)], n_process=1)
    dates = {m.date.value for m in analysis.mentions}
    assert dates and "2022-01-01" not in dates and "2021-01-01" not in dates


def test_limit_timexes_are_those_after_until_or_by_in_their_own_sentence() -> None:
    from dateline import time as timex
    from dateline.extract.api import limit_timexes

    text = ("Troops must leave the town by January 1. Fighting resumed on Monday. "
            "The curfew lasts until March 3. Talks began on 4 May.")
    published = date(2021, 11, 17)
    [doc] = list(nlp.parse([text], n_process=1))
    sentences, found = nlp.sentences(doc, "a"), timex.tag(text, published)
    limits = limit_timexes(sentences, found)
    assert sorted(t.text for t in found if id(t) in limits) == ["January 1", "March 3"]
    assert limit_timexes([], found) == frozenset() and limit_timexes(sentences, []) == frozenset()


def _statements(text: str) -> list[tuple]:
    published = date(2023, 5, 10)
    [analysis] = pipeline.analyze_all([Article(Article.make_id(text, published), text, published)], n_process=1)
    return [(m.sentence_index, m.event_type, m.actor1.name if m.actor1 else None, m.actor2.name if m.actor2 else None)
            for m in analysis.mentions]


def test_who_makes_a_statement_is_its_first_actor() -> None:
    # the speaker's seat is no party to violence told, but it is the author of a statement
    statements = _statements("Georgia accused Russia of violating the truce after a night of shelling near the border.")
    assert statements == [(0, "Verbal/diplomatic", "Government of Georgia", "Government of Russia")]


def test_a_statement_told_by_a_pronoun_is_the_previous_speakers() -> None:
    statements = _statements("The Turkish president called his Georgian counterpart on Tuesday to urge restraint. "
                             "He also called for talks between the two governments, his office said.")
    assert [(i, actor1) for i, kind, actor1, _ in statements if kind == "Verbal/diplomatic"] == [
        (0, "Government of Turkey"), (1, "Government of Turkey")]


def _sub_types(text: str) -> list[str]:
    article = Article(Article.make_id(text, date(2022, 9, 16)), text, date(2022, 9, 16))
    [analysis] = pipeline.analyze_all([article], n_process=1)
    return [m.sub_event_type for m in analysis.mentions]


def test_an_abduction_told_with_a_killing_is_an_attack() -> None:
    # the codebook's abduction is of people not told killed
    assert "Attack" in _sub_types("A trader is abducted and beheaded near the river crossing by unknown gunmen.")
    assert "Abduction/forced disappearance" in _sub_types("Gunmen abducted two aid workers near the camp on Friday.")
