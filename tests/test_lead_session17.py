"""What an analyst reading news of a conflict the rules were not built from noticed (session 17).

- A wire dateline's date ("KHARTOUM, March 14 (Reuters) -") is when the report was filed: the happening's own
  day in the same sentence ("on Thursday") dates it; so does the date of a statement "in a statement on Friday".
- What the news "comes two weeks after" is dated two weeks before it.
- A war's running toll with no date of its own is background, or runs from the war's start the article tells.
- A bare "army" claimant is the "Sudan's army" another claim of the event names.
- A week's fighting joins the battle of that week, not a protester's death the same week.
"""

from __future__ import annotations

from datetime import date

from dateline import pipeline
from dateline.extract.typing import classify_sentence
from dateline.model import Article, Claim, EventMention
from dateline.resolve import merge, one_voice


def _mentions(text: str, published: date) -> list[EventMention]:
    [analysis] = pipeline.analyze_all([Article(Article.make_id(text, published), text, published)], n_process=1)
    return analysis.mentions


def test_wire_dateline_date_gives_way_to_the_happening_day() -> None:
    text = ("Militia shells market town\n\n"
            "KHARTOUM, March 14 (Reuters) - Militia fighters shelled the market town of Kosti on Thursday, "
            "killing 12 civilians, the army said.")
    dated = {m.date.value for m in _mentions(text, date(2025, 3, 14)) if m.claims and "shelled" in m.text}
    assert dated == {"2025-03-13"}


def test_wire_dateline_in_capitals_without_agency() -> None:
    text = ("NAIROBI, June 4 - Gunmen killed four people in an attack on a bus near Garissa on Monday, "
            "police said.")
    dated = {m.date.value for m in _mentions(text, date(2024, 6, 4)) if m.claims}
    assert dated == {"2024-06-03"}


def test_wire_dateline_alone_still_dates_its_sentence() -> None:
    text = "KHARTOUM, March 12 (Reuters) - Militia fighters shelled the market town of Kosti, killing 12 civilians."
    dated = {m.date.value for m in _mentions(text, date(2025, 3, 14)) if m.claims}
    assert dated == {"2025-03-12"}



def test_date_of_a_statement_in_writing_is_no_context_for_the_next_figure() -> None:
    text = ("Militia fighters shelled the market town of Kosti on Thursday, killing 12 civilians, the army said "
            "in a statement on Friday. The militia denied the charge. Local activists said 19 people were killed.")
    dated = {m.date.value for m in _mentions(text, date(2025, 3, 15)) if m.claims}
    assert dated == {"2025-03-13"}


def test_what_the_news_comes_after_is_dated_before_it() -> None:
    text = "The offensive comes three days after rebels seized the town of Kosti, killing 9 soldiers."
    dated = {m.date.value for m in _mentions(text, date(2025, 3, 14)) if m.claims}
    assert dated == {"2025-03-11"}


def test_running_toll_of_a_war_is_no_news_of_the_day_it_is_reported() -> None:
    text = ("Fighters shelled the market town of Kosti on Monday, killing 5 people. "
            "The conflict has killed at least 40,000 people, the United Nations says.")
    [toll] = [m for m in _mentions(text, date(2025, 3, 14)) if any(c.count == 40000 for c in m.claims)]
    assert toll.background


def test_running_toll_runs_from_the_start_the_article_tells() -> None:
    text = ("The war began in April 2023, when the army and the militia fell out. "
            "Fighters shelled the market town of Kosti on Monday, killing 5 people. "
            "The war has killed tens of thousands of people.")
    [toll] = [m for m in _mentions(text, date(2025, 3, 14)) if any(c.count == 20000 for c in m.claims)]
    assert (toll.date.value, toll.date.end) == ("2023-04", "2025-03-14")


def test_a_days_fighting_toll_stays_the_days_news() -> None:
    text = "Fighters shelled the market town of Kosti on Monday. The fighting has killed 23 people."
    [toll] = [m for m in _mentions(text, date(2025, 3, 14)) if m.claims]
    assert not toll.background and toll.date.value == "2025-03-10"


def test_a_weeks_fighting_joins_the_battle_of_that_week_not_a_protests_death() -> None:
    first = ("Rebels shell army positions\n\n"
             "Government troops drove the rebels out of the town of Rutshuru on Tuesday, killing 30 rebels, "
             "the army said.")
    second = ("Residents protest over insecurity\n\n"
              "The fighting this week killed at least 30 rebels, the army said. "
              "Hundreds of residents protested in the town on Wednesday. "
              "Police fired tear gas to disperse the crowd, and one protester was killed, a rights group said.")
    arts = [Article(Article.make_id(t, d), t, d) for t, d in ((first, date(2024, 11, 20)), (second, date(2024, 11, 22)))]
    mentions = [m for a in pipeline.analyze_all(arts, n_process=1) for m in a.mentions]
    events = merge(mentions, {a.id: a for a in arts})
    [protest_death] = [e for e in events if any(c.count == 1 for c in e.claims)]
    assert not any(c.count == 30 for c in protest_death.claims)
    # nor when the protest's death is the only happening of that week
    alone = merge([m for m in mentions if m.article_id == arts[1].id], {a.id: a for a in arts})
    [protest_death] = [e for e in alone if any(c.count == 1 for c in e.claims)]
    assert not any(c.count == 30 for c in protest_death.claims)


def test_toll_counted_since_a_day_runs_from_that_day() -> None:
    text = ("Mediators called for calm. More than 9,000 people have been killed in the province since March 3, "
            "according to the health ministry.")
    [toll] = [m for m in _mentions(text, date(2024, 8, 10)) if m.claims]
    assert (toll.date.value, toll.date.end) == ("2024-03-03", "2024-08-10")


def test_the_worst_attack_since_a_year_is_still_no_date_of_it() -> None:
    text = "It was the deadliest attack on the town since 2020, killing 12 people."
    [attack] = [m for m in _mentions(text, date(2024, 8, 10)) if m.claims]
    assert attack.date.value == "2024-08-10"


def test_a_day_naming_a_happening_dates_its_toll() -> None:
    text = "The death toll from Saturday's strike on a school in the city has risen to 22, officials said on Sunday."
    [toll] = [m for m in _mentions(text, date(2024, 8, 11)) if m.claims]
    assert toll.date.value == "2024-08-10"


def test_a_strike_on_a_school_is_no_walk_out() -> None:
    text = "The death toll from Saturday's strike on a school in the city has risen to 22, officials said on Sunday."
    [toll] = [m for m in _mentions(text, date(2024, 8, 11)) if m.claims]
    assert toll.event_type == "Explosions/Remote violence"


def test_a_call_for_talks_next_week_is_made_on_the_day_it_is_reported() -> None:
    text = "Mediators from Egypt and Qatar called on both sides to resume ceasefire talks next week."
    dated = {m.date.value for m in _mentions(text, date(2024, 8, 10))}
    assert dated == {"2024-08-10"}


def test_a_bare_army_is_the_army_another_claim_names_in_full() -> None:
    headline = Claim("killed", 23, claimant="army", article_id="a1")
    body = Claim("killed", 23, side="Sudan", claimant="Sudan's army", claimant_side="Sudan", article_id="a1")
    activists = Claim("killed", 31, claimant="Local activists", article_id="a1")
    other_report = Claim("killed", 4, claimant="army", article_id="a2")  # may be the other side's army
    got = one_voice([headline, body, activists, other_report])
    assert [c.claimant for c in got] == ["Sudan's army", "Sudan's army", "Local activists", "army"]


def test_a_bare_army_beside_two_armies_stays_apart() -> None:
    claims = [Claim("killed", 5, claimant="army", article_id="a1"),
              Claim("killed", 7, claimant="Sudan's army", article_id="a1"),
              Claim("killed", 9, claimant="Chad's army", article_id="a1")]
    assert one_voice(claims) == claims


def test_congo_in_news_is_the_democratic_republic() -> None:
    text = "Congo's government and M23 rebels agreed on Thursday to a humanitarian truce, mediators said."
    [truce] = _mentions(text, date(2024, 11, 22))
    assert truce.actor1 is not None and truce.actor1.country == "Democratic Republic of Congo"
    brazzaville = "The Republic of Congo's government and Ninja rebels agreed on Thursday to a truce, mediators said."
    [other] = _mentions(brazzaville, date(2016, 11, 22))
    assert other.actor1 is not None and other.actor1.country == "Republic of Congo"


def test_violence_told_only_in_what_a_statement_came_after_is_dated_by_it() -> None:
    text = "The president said on Wednesday he would not sign the bill, a day after police shot dead protesters."
    [shooting] = _mentions(text, date(2024, 6, 27))
    assert shooting.date.value == "2024-06-25"
    own = "Police shot dead two protesters on Wednesday, a day after parliament passed the bill."
    [shooting] = _mentions(own, date(2024, 6, 27))
    assert shooting.date.value == "2024-06-26"


def test_force_on_protesters_types_the_event_a_later_toll_also_tells() -> None:
    text = ("Police opened fire on protesters who stormed the assembly in the capital on Tuesday, killing at least "
            "five people. A rights commission said 22 people had been killed across the country.")
    arts = [Article(Article.make_id(text, date(2024, 6, 26)), text, date(2024, 6, 26))]
    mentions = [m for a in pipeline.analyze_all(arts, n_process=1) for m in a.mentions]
    [event] = [e for e in merge(mentions, {a.id: a for a in arts}) if e.claims]
    assert event.sub_event_type == "Excessive force against protesters"


def test_strikes_that_kill_are_no_walk_out() -> None:
    [headline] = _mentions("Foreign strikes kill 14 in the border town of Ruwi", date(2024, 9, 24))
    assert headline.event_type == "Explosions/Remote violence"


def test_a_truce_that_only_times_the_killing_is_not_the_news() -> None:
    [killing] = _mentions("Hours after the truce took effect, gunmen killed 7 villagers near Ruwi, police said.",
                          date(2024, 9, 24))
    assert killing.sub_event_type != "Agreement"
    [truce] = _mentions("After the truce was signed, both sides withdrew their troops from Ruwi.", date(2024, 9, 24))
    assert truce.sub_event_type == "Agreement"


def test_talks_with_nothing_agreed_are_no_agreement() -> None:
    [talks] = _mentions("The two sides held talks in Ruwi on Monday, brokered by a neighbouring state.", date(2024, 9, 24))
    assert talks.sub_event_type == "CONSULT"
    [truce] = _mentions("The two sides agreed to a truce after talks in Ruwi on Monday.", date(2024, 9, 24))
    assert truce.sub_event_type == "Agreement"


def test_collapsed_talks_are_no_disaster() -> None:
    typed = classify_sentence("Talks in Ruwi collapsed on Monday without a deal.")
    assert typed.sub_event_type != "Man-made disaster"
    assert classify_sentence("A school building collapsed in Ruwi on Monday.").sub_event_type == "Man-made disaster"
