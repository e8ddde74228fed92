"""Session 22: more candidates for a day's summary, each from evidence that the sentence tells that day.

A paper's opening sentences that hold a date naming no day ("the worst flooding this year", "since last week") were
no candidates of the paper's day, though an undated lead was; nor was a sentence whose time of day falls on the day
("on Tuesday night", a TIME expression) unless it also named a day. Both are candidates now, weighed below a
sentence that names the day (``SentenceRules.dated_leads``, ``SentenceRules.time_of_day``).
"""

from __future__ import annotations

from datetime import date

from dateline.timeline import SentenceRules
from dateline.timeline.build import _SentencePicker
from dateline.timeline.corpus import ArticleInfo, Corpus, CorpusSentence

MAY6, MAY7 = date(2031, 5, 6).toordinal(), date(2031, 5, 7).toordinal()


def _corpus() -> Corpus:
    articles = {"a": ArticleInfo("a", date(2031, 5, 6), None, None, None),
                "b": ArticleInfo("b", date(2031, 5, 7), None, None, None)}
    sentences = [
        # the paper's lead, dated by "this year" only
        CorpusSentence("a", 0, "The worst flooding this year swept through the lowland town of Kerel.", MAY6, (), True),
        # past the lead, an undated line of the same paper: no candidate
        CorpusSentence("a", 7, "Kerel has a small market and two schools on the river bank.", MAY6, (), False),
        # the next day's paper, deep in the text: its time of day falls on the 6th
        CorpusSentence("b", 9, "Rescue boats pulled eleven people from the roofs of Kerel on Tuesday night.", MAY7,
                       (), False, (MAY6,)),
        # a dated lead that recalls its story's start names the start day only: no candidate of its paper's day
        CorpusSentence("b", 1, "Rains have fallen over the valley since last week, forecasters said today.", MAY7,
                       (), True, (), (MAY6 - 3,)),
    ]
    return Corpus(articles, sentences)


def _candidates(day: int, rules: SentenceRules) -> set[str]:
    corpus = _corpus()
    picker = _SentencePicker(corpus.sentences, corpus, rules, [], {MAY6, MAY7})
    found = picker.candidates(day, []) or {}
    return {picker.sentences[i].text.split()[0] for i in found}


def test_a_lead_dated_with_no_day_and_a_time_of_the_day_are_candidates_of_that_day() -> None:
    assert _candidates(MAY6, SentenceRules(model=None)) == {"The", "Rescue"}
    assert _candidates(MAY7, SentenceRules(model=None)) == set()


def test_the_further_candidates_weigh_less_than_a_sentence_naming_the_day() -> None:
    rules = SentenceRules(model=None)
    assert 0 < rules.dated_leads < 1 and 0 < rules.time_of_day < 1
    assert _candidates(MAY6, SentenceRules(model=None, dated_leads=0.0, time_of_day=0.0)) == set()
