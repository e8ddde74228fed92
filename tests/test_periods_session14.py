"""A campaign's running toll is a period, not its first day's happening (session 14).

"Dozens of civilians have been killed since the fighting began on September 27", told a month later, counts
the deaths of every day since; it must not be added to the clash of the 27th, and the sentences that follow it
without a date of their own share its period.
"""

from __future__ import annotations

import re
from datetime import date

from dateline.model import Article, Claim, Event, EventDate, EventMention, Fatalities, Sentence, Source
from dateline.resolve import long_range, merge
from dateline.time import date_for_span, tag
from dateline.timeline.build import _event_day

DCT = date(2030, 10, 28)


def _sentences(text: str) -> list[Sentence]:
    return [Sentence("a", i, m.start(), m.end(), m.group()) for i, m in enumerate(re.finditer(r"[^\n]+", text))]


def _dates(text: str, dct: date = DCT) -> list[EventDate]:
    sents = _sentences(text)
    timexes = tag(text, dct)
    return [date_for_span(s.start, s.end, sents, timexes, dct) for s in sents]


def test_a_start_told_in_a_relative_clause_before_a_present_main_clause_opens_a_period():
    got = _dates("The fighting, which began on September 27, has killed hundreds of soldiers.\n"
                 "The fighting, which began on September 27, is the heaviest in decades.")
    assert [(d.value, d.end) for d in got] == [("2030-09-27", "2030-10-28")] * 2


def test_a_start_told_in_the_past_main_clause_stays_its_day():
    got = _dates("Fighting began on September 27 near the border.\n"
                 "The offensive, which began on September 27, killed 30 soldiers.")
    assert [(d.value, d.end) for d in got] == [("2030-09-27", None)] * 2


def test_sentences_after_a_start_point_share_its_period():
    got = _dates("Officials say dozens of civilians have been killed since the fighting began on September 27.\n"
                 "The main town has been shelled almost daily.")
    assert (got[1].value, got[1].end, got[1].source) == ("2030-09-27", "2030-10-28", "context")


def test_a_day_told_as_a_day_is_still_the_context():
    got = _dates("Rockets hit the town on Wednesday.\nTwo people were killed.")
    assert (got[1].value, got[1].end) == ("2030-10-23", None)


def _mention(mid: str, art: str, day: str, end: str | None, count: int) -> EventMention:
    claim = Claim("killed", count, "exact", side="Azerbaijan")
    return EventMention(
        id=mid, article_id=art, sentence_index=int(mid[-1]), start=0, end=1, text=f"sentence {mid}",
        event_type="Battles", sub_event_type="Armed clash", date=EventDate(day, end, "day", "text", None),
        claims=[claim],
    )


ARTS = {"a": Article("a", "x", date(2030, 9, 28), title="A"), "b": Article("b", "y", DCT, title="B")}


def test_a_month_long_toll_is_not_added_to_the_first_day_clash():
    events = merge([_mention("m1", "a", "2030-09-27", None, 16),
                    _mention("m2", "b", "2030-09-27", "2030-10-28", 40)], ARTS)
    assert sorted((e.date, e.date_end or "", e.fatalities.best) for e in events) == [
        ("2030-09-27", "", 16), ("2030-09-27", "2030-10-28", 40)]


def test_a_clash_toll_since_yesterday_joins_the_clash():
    events = merge([_mention("m1", "a", "2030-09-27", None, 16),
                    _mention("m2", "b", "2030-09-27", "2030-09-28", 20)], ARTS)
    assert len(events) == 1


def test_long_range_is_more_than_a_week_of_days():
    assert long_range("2030-09-27", "2030-10-28")
    assert not long_range("2030-09-27", "2030-10-04")
    assert not long_range("2030-09", "2030-11")  # months are coarse dates already, never a day's event
    assert not long_range("2030-09-27", None)


def _event(day: str, end: str | None) -> Event:
    return Event("e", day, end, "Battles", "Armed clash", "A", None, "X", None, None, None, None,
                 Fatalities(5, 5, 5), False, [], [Source("a", "2030-10-28")], "s")


def test_a_campaign_event_stands_for_no_day_of_the_timeline():
    assert _event_day(_event("2030-09-27", "2030-10-28")) is None
    assert _event_day(_event("2030-09-27", "2030-09-28")) == date(2030, 9, 27).toordinal()


def test_a_day_named_only_as_a_start_point_is_a_reference_not_a_sentence_of_that_day(tmp_path):
    from dateline.model import ArticleAnalysis, TemporalExpression
    from dateline.store import Store
    from dateline.timeline import TimelineOptions, build
    from dateline.timeline.corpus import load

    told = [("Rebels seized the port of Talan on March 3.", "March 3"),
            ("Dozens of civilians have been killed since the fighting began on March 3.", "March 3")]
    with Store(tmp_path / "t.db") as store:
        for n, (sentence, expression) in enumerate(told):
            pub = date(2031, 3, 10 + n)
            article = Article(Article.make_id(sentence, pub), sentence, pub, title=f"Report {n}")
            at = sentence.index(expression)
            store.add(ArticleAnalysis(article, [Sentence(article.id, 0, 0, len(sentence), sentence)], [],
                                      [TemporalExpression(at, at + len(expression), expression, "DATE",
                                                          "2031-03-03")], []))
        by_text = {s.text: s for s in load(store, with_events=False).sentences}
        day = date(2031, 3, 3).toordinal()
        assert (by_text[told[0][0]].days, by_text[told[0][0]].start_days) == ((day,), ())
        assert (by_text[told[1][0]].days, by_text[told[1][0]].start_days) == ((), (day,))
        entries = build(store, TimelineOptions(sentences_per_date=2))
    march_3 = next(t for t in entries if t.date == "2031-03-03")
    assert [s.text for s in march_3.summary] == ["Rebels seized the port of Talan."]


def test_a_sentence_that_only_says_a_toll_is_unknown_reports_no_happening():
    from dateline.extract.typing import classify_sentence

    for untold in ("Azerbaijan has not said how many of its soldiers were killed.",
                   "It was not clear how many people died."):
        assert not classify_sentence(untold).reportable, untold
    # told beside a happening, the sentence still reports it
    for told in ("Troops clashed on Tuesday and the army has not said how many were killed.",
                 "Rebels shelled the town; it is unclear how many died."):
        assert classify_sentence(told).reportable, told


def test_both_sides_of_a_blame_are_the_two_states_told_before():
    from dateline import pipeline

    text = ("Armenian troops shelled Azerbaijani positions near the border on Tuesday, the ministry said. "
            "Both sides blamed the other for starting the fighting.")
    article = Article(Article.make_id(text, date(2030, 5, 8)), text, date(2030, 5, 8))
    [analysis] = pipeline.analyze_all([article], n_process=1)
    blame = [m for m in analysis.mentions if m.text.startswith("Both sides")]
    assert blame and {blame[0].actor1.name, blame[0].actor2.name} == {"Government of Armenia", "Government of Azerbaijan"}


def test_a_state_standing_for_years_is_no_happening_but_a_months_long_one_is():
    from dateline import pipeline

    def mentions(text: str) -> list[str]:
        article = Article(Article.make_id(text, DCT), text, DCT)
        [analysis] = pipeline.analyze_all([article], n_process=1)
        return [m.text for m in analysis.mentions]

    assert mentions("Ethnic Armenians have controlled the region since a war in the early 1990s.") == []
    assert mentions("Russian peacekeepers have been deployed along the corridor since 2020.") == []
    assert mentions("Protesters have blocked the main road to the capital since May.")


def test_a_day_told_both_as_a_start_and_otherwise_is_a_day_of_the_sentence(tmp_path):
    from dateline.model import ArticleAnalysis, TemporalExpression
    from dateline.store import Store
    from dateline.timeline.corpus import load

    text = "Rebels seized Talan on March 3 and have held the port since March 3."
    pub = date(2031, 3, 10)
    article = Article(Article.make_id(text, pub), text, pub, title="Report")
    first, second = text.index("March 3"), text.rindex("March 3")
    timexes = [TemporalExpression(at, at + 7, "March 3", "DATE", "2031-03-03") for at in (first, second)]
    with Store(tmp_path / "t.db") as store:
        store.add(ArticleAnalysis(article, [Sentence(article.id, 0, 0, len(text), text)], [], timexes, []))
        [sentence] = load(store, with_events=False).sentences
    assert (sentence.days, sentence.start_days) == ((date(2031, 3, 3).toordinal(),), ())


def test_since_then_starts_at_the_last_date_told_before():
    got = _dates("A war there ended in a truce in 1994.\nPeace talks have made little progress since then.")
    assert (got[1].value, got[1].end) == ("1994", "2030-10-28")
    got = _dates("Rebels took the town on October 3.\nFighting has gone on there ever since.")
    assert (got[1].value, got[1].end) == ("2030-10-03", "2030-10-28")


def test_victims_named_by_a_noun_alone_belong_to_the_side_their_toll_is_told_of():
    from dateline.extract.actors import victims_of_side
    from dateline.model import Actor

    text = "Azerbaijan said on Tuesday that four police officers were killed by landmines in the region."
    police = Actor("Police Forces of Armenia", "Armenia", "state_forces", "police officers")
    assert victims_of_side(police, text, "Azerbaijan").name == "Police Forces of Azerbaijan"
    # a demonym says whose they are; a side that is no country changes nothing
    told = "Azerbaijan said four Armenian police officers were killed by landmines."
    assert victims_of_side(police, told, "Azerbaijan") is police
    assert victims_of_side(police, text, "Nagorno-Karabakh") is police
