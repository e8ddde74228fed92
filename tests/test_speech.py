"""One lexicon of verbs of saying: the time anchor and the claimant rules read the same verbs."""

from __future__ import annotations

from datetime import date

import pytest

import dateline
from dateline.model import Article, Sentence
from dateline.speech import SAYING_VERBS, SAYING_VERBS_PAST
from dateline.time import date_for_span, tag


def test_lexicon_holds_every_form_of_its_verbs() -> None:
    assert {"say", "says", "said", "saying", "told", "wrote"} <= SAYING_VERBS
    assert SAYING_VERBS_PAST <= SAYING_VERBS
    assert "says" not in SAYING_VERBS_PAST and "report" not in SAYING_VERBS_PAST


@pytest.mark.parametrize("verb", ["said", "wrote", "admitted", "confirmed"])
def test_a_verb_of_saying_dates_the_report_not_the_happening(verb: str) -> None:
    dct = date(2019, 3, 8)
    text = f"At least 12 people were killed in the raid, the governor {verb} on Thursday."
    got = date_for_span(0, len(text), [Sentence("a", 0, 0, len(text), text)], tag(text, dct), dct)
    assert (got.value, got.source) == ("2019-03-07", "report")


@pytest.mark.parametrize("verb", ["said", "wrote", "tweeted"])
def test_the_subject_of_a_verb_of_saying_is_the_claimant(verb: str) -> None:
    text = f"The Azerbaijani defence ministry {verb} on Monday that 12 Armenian soldiers had been killed."
    published = date(2020, 10, 6)
    (analysis,) = dateline.analyze_all([Article(Article.make_id(text, published), text, published)])
    claims = [c for m in analysis.mentions for c in m.claims]
    assert [(c.kind, c.count, c.side) for c in claims] == [("killed", 12, "Armenia")]
    assert claims[0].claimant == "Azerbaijani defence ministry" and claims[0].claimant_side == "Azerbaijan"
