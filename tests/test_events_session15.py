"""Happenings of one day kept apart by whose dead they count, and a start named by its happening (session 15).

An article tells of a landmine blast that killed one state's police and, the same day, of the offensive the other
side's ombudsman counts its dead of "since the offensive began". Neither is placed; both are violence of one day.
They are two happenings: one-sided violence whose victims are all of other sides is another happening, while
either side's dead may be of one armed clash.
"""

from __future__ import annotations

import re
from datetime import date

from dateline.model import Actor, Article, Claim, EventDate, EventMention, Sentence
from dateline.resolve import merge
from dateline.time import date_for_span, tag

DCT = date(2031, 4, 17)  # a Thursday


def _dates(text: str, dct: date = DCT) -> list[EventDate]:
    sents = [Sentence("a", i, m.start(), m.end(), m.group()) for i, m in enumerate(re.finditer(r"[^\n]+", text))]
    timexes = tag(text, dct)
    return [date_for_span(s.start, s.end, sents, timexes, dct) for s in sents]


def test_since_the_offensive_began_starts_where_the_article_dates_the_offensive():
    got = _dates("Rebel units agreed on Thursday to surrender, a day after the army launched an offensive in the hills.\n"
                 "A local official said on Thursday that 40 people had been killed since the offensive began.")
    assert (got[1].value, got[1].end, got[1].source) == ("2031-04-16", "2031-04-17", "text")
    # told after the toll, the start dates it as well
    got = _dates("A local official said on Thursday that 40 people had been killed since the offensive began.\n"
                 "The army began the offensive on Tuesday after a night of shelling.")
    assert (got[0].value, got[0].end) == ("2031-04-15", "2031-04-17")


def test_since_a_happening_began_that_no_sentence_dates_keeps_the_report_day():
    got = _dates("Heavy rain fell over the valley.\n"
                 "A local official said on Wednesday that 40 people had been killed since the offensive began.")
    assert (got[1].value, got[1].end, got[1].source) == ("2031-04-16", None, "report")


def _mention(mid: str, sub: str, sides: list[str], actors: tuple[str, str | None], source: str = "text",
             etype: str = "Violence against civilians") -> EventMention:
    a1, a2 = (Actor(f"Forces of {c}", c, "state_forces", c) if c else None for c in actors)
    return EventMention(
        id=mid, article_id="a", sentence_index=int(mid[-1]), start=0, end=1, text=f"sentence {mid}",
        event_type=etype, sub_event_type=sub, date=EventDate("2031-04-15", None, "day", source, None),
        actor1=a1, actor2=a2, claims=[Claim("killed", 4, side=s) for s in sides],
    )


ARTICLES = {"a": Article("a", "x", DCT, title="A")}


def test_one_sided_violence_of_one_day_with_victims_of_other_sides_is_two_happenings():
    blast = _mention("m1", "Remote explosive/landmine/IED", ["Kordavia"], ("Kordavia", None), etype="Explosions/Remote violence")
    toll = _mention("m2", "Attack", ["Velmar"], ("Kordavia", "Velmar"))
    assert len(merge([blast, toll], ARTICLES)) == 2
    # a toll dated only by its report does not refer back to the blast either
    assert len(merge([blast, _mention("m3", "Attack", ["Velmar"], (None, None), source="report")], ARTICLES)) == 2


def test_either_sides_dead_are_of_one_armed_clash_and_one_sides_of_one_attack():
    first = _mention("m1", "Armed clash", ["Kordavia"], ("Kordavia", None), etype="Battles")
    second = _mention("m2", "Armed clash", ["Velmar"], ("Velmar", None), etype="Battles")
    assert len(merge([first, second], ARTICLES)) == 1
    shelled = _mention("m1", "Shelling/artillery/missile attack", ["Velmar"], ("Kordavia", "Velmar"),
                       etype="Explosions/Remote violence")
    again = _mention("m2", "Attack", ["Velmar"], (None, None))
    assert len(merge([shelled, again], ARTICLES)) == 1


def test_examples_landmine_blasts_and_shelling_stay_apart_from_the_offensive(tmp_path):
    import dateline
    from tests.test_read_examples import EXAMPLES

    db = tmp_path / "examples.db"
    assert dateline.run([EXAMPLES / "corpus"], db).ok
    events = dateline.events(db)

    def holding(count: int) -> list:
        return [e for e in events if any(c.kind == "killed" and c.count == count and c.qualifier in ("exact", "at_least")
                                         and (e.date or "").startswith("2023-09") for c in e.claims)]
    [offensive] = holding(32)
    assert (offensive.date, offensive.date_end) == ("2023-09-19", "2023-09-20")
    assert {c.count for c in offensive.claims if c.kind == "killed"} == {32, 7, 200, 10}
    [blasts] = holding(4)
    assert blasts.id != offensive.id and blasts.sub_event_type == "Remote explosive/landmine/IED"
    assert sorted(c.count for c in blasts.claims) == [2, 4]
    [shelling] = holding(1)
    assert shelling.id not in (offensive.id, blasts.id)


def test_a_charge_of_a_breach_is_an_accusation_not_fighting():
    from dateline.extract.typing import classify_many

    charge, shelled = classify_many([
        "On Friday, the premier accused the neighbour's troops of violating the border near the lake and fired his "
        "army chief over it.",
        "The premier accused the neighbour's troops of violating the truce by shelling two villages.",
    ])
    assert (charge.event_type, charge.plover) == ("Verbal/diplomatic", "ACCUSE")
    assert shelled.event_type != "Verbal/diplomatic"  # the shelling is told: the fighting is the news


def test_since_a_date_when_something_happened_dates_that_happening():
    got = _dates("The talks were adjourned on Monday.\n"
                 "The mountain road has been closed since last March, when settlers set up a camp across it.")
    assert (got[1].value, got[1].end, got[1].source) == ("2031-03", None, "text")
    got = _dates("The talks were adjourned on Monday.\nThe mountain road has been closed since last March.")
    assert (got[1].value, got[1].end) == ("2031-03", "2031-04-17")


def test_that_war_is_the_war_the_sentence_before_dated():
    got = _dates("The valley has been held by the rebels since a war in the late 1970s.\n"
                 "That war killed about 9,000 people before a truce in 1981.\n"
                 "That war was the last one.")
    assert [(d.value, d.precision) for d in got[1:]] == [("1970", "decade")] * 2
    got = _dates("The rebels fought in the 1978 war.\nThat war ended in a truce in 1981.")
    assert got[1].value == "1981"  # a date of its own main clause stands


def test_an_office_holder_named_by_surname_speaks_for_the_state_the_title_gave():
    from dateline import pipeline

    text = ("Chilean President Orin Tasker spoke with the Peruvian foreign minister about the border on Sunday.\n\n"
            "On Monday, Tasker accused Peru's troops of violating the border near the lake.")
    article = Article(Article.make_id(text, DCT), text, DCT)
    [analysis] = pipeline.analyze_all([article], n_process=1)
    [charge] = [m for m in analysis.mentions if m.text.startswith("On Monday")]
    assert charge.event_type == "Verbal/diplomatic"
    assert (charge.actor1.name, charge.actor2.name) == ("Government of Chile", "Military Forces of Peru")


def test_an_agreement_told_after_another_days_happening_takes_its_own_clauses_date():
    from dateline import pipeline

    text = ("The army launched an offensive in the hills on Tuesday, and the rebel command agreed to a ceasefire a "
            "day later.")
    article = Article(Article.make_id(text, DCT), text, DCT)
    [analysis] = pipeline.analyze_all([article], n_process=1)
    [truce] = [m for m in analysis.mentions if m.sub_event_type == "Agreement"]
    assert (truce.date.value, truce.date.source) == ("2031-04-16", "text")


def test_a_state_that_brokered_the_truce_is_no_side_of_the_war():
    war = _mention("m1", "Attack", [], ("Velmar", None), etype="Violence against civilians")
    deal = _mention("m2", "Agreement", [], (None, None), etype="Strategic developments")
    deal.actor1 = Actor("Government of Russia", "Russia", "mediator", "Russian-brokered")
    deal.actor2 = Actor("Government of Kordavia", "Kordavia", "government", "Kordavia")
    for m in (war, deal):
        m.background = True
    [event] = merge([war, deal], ARTICLES)
    assert (event.actor1, event.actor2) == ("Forces of Velmar", "Government of Kordavia")


def test_a_crowd_named_by_its_state_where_no_place_is_told_is_of_that_state():
    from dateline.extract.actors import crowd_actors

    chilean = Actor("Protesters (Chile)", "Chile", "protesters", "Chilean protesters")
    assert crowd_actors("Protests", "Peaceful protest", chilean, None, "PE", placed=False)[0].name == "Protesters (Chile)"
    # where the place is told, ACLED's crowd is of the country it happened in
    assert crowd_actors("Protests", "Peaceful protest", chilean, None, "PE")[0].name == "Protesters (Peru)"
