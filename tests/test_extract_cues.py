"""extract.may_claim / extract.may_report_event: the public tests the NLP stage uses to choose how much
of spaCy a sentence needs. They may say yes wrongly (slower), never no where extraction finds something."""

import pytest

from dateline import extract, nlp
from dateline.extract import claims, typing

CLAIM_SENTENCES = [
    "Seven soldiers were killed in the attack, the ministry said.",
    "Gunmen kill police reservist",  # a single victim only the parse finds
    "The boy died in hospital on Sunday.",
    "The body of a man was found near the market.",
    "Militants abducted a teacher on his way home.",
    "At least 49 servicemen lost their lives, according to officials.",
]
NO_CLAIM_SENTENCES = [
    "The foreign minister met his counterpart in Geneva on Tuesday.",
    "Prices of bread rose by a fifth over the year.",
]


@pytest.mark.parametrize("text", CLAIM_SENTENCES)
def test_may_claim_finds_casualty_sentences(text: str) -> None:
    assert extract.may_claim(text)


@pytest.mark.parametrize("text", NO_CLAIM_SENTENCES)
def test_may_claim_rejects_sentences_without_casualty_words(text: str) -> None:
    assert not extract.may_claim(text)


@pytest.mark.parametrize("text", [
    "24 more have gone missing since the clashes began.",
    "The shelling left 12 people wounded.",
    "Nearly 100 troop deaths were reported.",
])
def test_may_claim_whenever_find_claims_finds_a_claim_without_the_parse(text: str) -> None:
    assert claims.find_claims(text)
    assert extract.may_claim(text)


@pytest.mark.parametrize("text", [
    "Troops clashed with rebels near the border.",
    "Protesters marched to parliament demanding the minister resign.",
    "The two sides signed a ceasefire agreement.",
])
def test_may_report_event_for_conflict_sentences(text: str) -> None:
    assert extract.may_report_event(text)
    assert typing.classify_sentence(text).reportable


@pytest.mark.parametrize("text", [
    "The weather was mild and the market opened late.",
    "Shares of the company closed higher on Friday.",
])
def test_no_event_where_typing_reports_none(text: str) -> None:
    assert not extract.may_report_event(text)
    assert not typing.classify_sentence(text).reportable


@pytest.mark.parametrize("text", CLAIM_SENTENCES + NO_CLAIM_SENTENCES + [
    "Troops clashed with rebels near the border.", "The weather was mild and the market opened late."])
def test_sentence_need_is_the_cue_functions(text: str) -> None:
    expected = nlp.PARSE if extract.may_claim(text) else nlp.ENTITIES if extract.may_report_event(text) else nlp.SKIP
    assert nlp.sentence_need(text) == expected
