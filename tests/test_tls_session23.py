"""Session 23: undated sentences past a paper's lead as candidates of its day, bounded to those near the day's news.

A day's papers tell the day's news in their opening sentences and in sentences that name the day; what follows the
lead is often background, but sometimes the fact a reference summary keeps. ``SentenceRules.body`` makes such
sentences candidates of their paper's day (below a lead's weight); ``SentenceRules.body_limit`` keeps only the few of
them closest (TF-IDF cosine) to what the day's other candidates say, so a day's pool does not grow fourfold.
"""

from __future__ import annotations

from datetime import date

from dateline.timeline import SentenceRules
from dateline.timeline.build import _SentencePicker
from dateline.timeline.corpus import ArticleInfo, Corpus, CorpusSentence

JUNE3 = date(2032, 6, 3).toordinal()


def _corpus() -> Corpus:
    articles = {"a": ArticleInfo("a", date(2032, 6, 3), None, None, None)}
    sentences = [
        # the paper's lead: the day's news
        CorpusSentence("a", 0, "A landslide buried part of the hill village of Orsen after days of heavy rain.", JUNE3,
                       (), False),
        # past the lead: more on the landslide, and background unrelated to it
        CorpusSentence("a", 8, "Soldiers dug through the mud of the landslide at Orsen to reach buried homes.", JUNE3,
                       (), False),
        CorpusSentence("a", 9, "The province exports tea and timber to its neighbours every season.", JUNE3, (), False),
    ]
    return Corpus(articles, sentences)


def _candidates(rules: SentenceRules) -> dict[str, float]:
    corpus = _corpus()
    picker = _SentencePicker(corpus.sentences, corpus, rules, [], {JUNE3})
    found = picker.candidates(JUNE3, []) or {}
    return {picker.sentences[i].text.split()[0]: w for i, w in found.items()}


def test_body_sentences_are_candidates_of_their_papers_day_below_a_lead() -> None:
    assert set(_candidates(SentenceRules(model=None))) == {"A"}
    found = _candidates(SentenceRules(model=None, body=0.3))
    assert set(found) == {"A", "Soldiers", "The"}
    assert found["Soldiers"] < found["A"]


def test_a_body_limit_keeps_the_body_sentences_closest_to_the_days_news() -> None:
    assert set(_candidates(SentenceRules(model=None, body=0.3, body_limit=1))) == {"A", "Soldiers"}
    assert set(_candidates(SentenceRules(model=None, body=0.3, body_limit=0))) == {"A"}


def test_body_sentences_bounds_how_far_past_the_lead_they_are_read() -> None:
    # the lead is 5 sentences: sentence 8 is the 4th past it, sentence 9 the 5th
    assert set(_candidates(SentenceRules(model=None, body=0.3, body_sentences=4))) == {"A", "Soldiers"}
    assert set(_candidates(SentenceRules(model=None, body=0.3, body_sentences=3))) == {"A"}
