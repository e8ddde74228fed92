"""Actors, claims and dates of news (session 21): a group named before "forces" and gangs as ACLED names them; "the army
said" in an article of one state; a victim named before the count of their kin; a date set in front of the next
sentence; a year in a relative clause of a present-day statement's object; attackers kept as the first side when the
police's firefight with them joins their attack."""

from __future__ import annotations

from datetime import date

from dateline import pipeline
from dateline.extract import actors
from dateline.model import Article, Claim, Event, EventMention
from dateline.resolve import fatalities, merge

_DAY = date(2024, 5, 3)


def _article(text: str, published: date = _DAY) -> Article:
    return Article(Article.make_id(text, published), text, published)


def _mentions(text: str, published: date = _DAY) -> list[EventMention]:
    [analysis] = pipeline.analyze_all([_article(text, published)], n_process=1)
    return analysis.mentions


def _claims(text: str) -> list[Claim]:
    return [c for m in _mentions(text) for c in m.claims]


def _events(text: str) -> list[Event]:
    article = _article(text)
    mentions = [m for a in pipeline.analyze_all([article], n_process=1) for m in a.mentions]
    return merge(mentions, {article.id: article})


# --- 1. a group's name before "forces"; gangs --------------------------------------------------------------------


def test_a_group_named_before_forces_is_that_group() -> None:
    found = actors.find_actors("Zelani forces shelled two villages near the river on Sunday.", True)
    assert [a.actor.name for a in found] == ["Zelani"]


def test_a_states_or_an_alliances_forces_are_no_group_name() -> None:
    for text in ("Regime forces shelled two villages on Sunday.", "Coalition forces shelled two villages on Sunday.",
                 "Government forces shelled two villages on Sunday."):
        assert all(a.actor.kind != "rebels" for a in actors.find_actors(text, True)), text


def test_gang_members_are_an_unidentified_gang_of_the_country() -> None:
    [m] = _mentions("Gang members robbed and shot dead two taxi drivers in Port-au-Prince on Friday.")
    assert m.actor1 is not None and m.actor1.name == "Unidentified Gang (Haiti)"


def test_a_gang_named_by_its_name_is_that_gang() -> None:
    found = actors.find_actors("Members of the Blue Harbour gang kidnapped a teacher on Friday.", True, "HT")
    assert "Blue Harbour Gang" in [a.actor.name for a in found]


def test_gang_rape_names_no_gang() -> None:
    found = actors.find_actors("A girl was gang-raped by three men on Friday.", True)
    assert all("Gang" not in a.actor.name for a in found)


# --- 2. "the army said" in an article of one state ----------------------------------------------------------------


def test_the_army_of_an_article_of_one_state_is_that_states() -> None:
    claims = _claims("Insurgents overran a border post in eastern Chad on Tuesday. Eight soldiers were killed, the army "
                     "said.")
    [killed] = [c for c in claims if c.kind == "killed"]
    assert killed.side == "Chad" and killed.claimant_side == "Chad"


def test_the_army_is_no_ones_when_two_states_fight() -> None:
    claims = _claims("Chadian and Sudanese troops clashed along the border on Tuesday. Eight soldiers were killed, the "
                     "army said.")
    [killed] = [c for c in claims if c.kind == "killed"]
    assert killed.side is None


# --- 3. one named before a count of their kin ---------------------------------------------------------------------


def test_a_victim_named_before_the_count_of_her_kin_is_counted() -> None:
    claims = [c for c in _claims("A shell hit a house in Kherson on Sunday. A mother and her five children were killed.")
              if c.kind == "killed"]
    assert fatalities(claims)[0].best == 6


def test_a_victim_and_his_kin_abducted() -> None:
    claims = [c for c in _claims("A trader and his two sons were abducted by gunmen in Zamfara on Sunday.")
              if c.kind == "abducted"]
    assert sum(c.count for c in claims) == 3


def test_two_counted_victims_are_not_a_victim_and_kin() -> None:
    claims = [c for c in _claims("Gunmen killed a soldier and three civilians in Zamfara on Sunday.")
              if c.kind == "killed"]
    assert fatalities(claims)[0].best == 4


# --- 4. a date set in front of the next sentence -------------------------------------------------------------------


def test_a_date_opening_the_next_sentence_does_not_date_the_one_before() -> None:
    mentions = _mentions("Dozens of people were hurt in clashes in Lagos. On Monday, thousands marched in the capital.")
    [hurt] = [m for m in mentions if any(c.kind == "wounded" for c in m.claims)]
    assert hurt.date.value == "2024-05-03" and hurt.date.source == "publication"


def test_a_lead_dated_by_the_next_sentence_inside_its_clause_keeps_that_date() -> None:
    mentions = _mentions("Nine soldiers were killed in an ambush in northern Niger. The convoy was attacked near Tahoua "
                         "on Tuesday.")
    [killed] = [m for m in mentions if any(c.kind == "killed" for c in m.claims)]
    assert killed.date.value == "2024-04-30"


# --- 5. a year in a relative clause of a present-day verb's object -------------------------------------------------


def test_a_year_describing_the_object_of_a_call_does_not_date_the_call() -> None:
    [m] = _mentions("The foreign minister called for a return to the truce that held through most of 2021.")
    assert m.date.value == "2024-05-03" and not m.background


def test_a_year_in_the_subjects_relative_clause_still_dates_a_background_fact() -> None:
    [m] = _mentions("Azerbaijan and Armenia fought a war that ended in 2020.")
    assert m.date.value == "2020"


# --- 6. the attackers stay the first side of their attack ---------------------------------------------------------


def test_the_police_fighting_the_attackers_are_not_the_attacks_first_side() -> None:
    text = ("Gunmen stormed a mosque in Kano state on Friday, killing three worshippers, residents said.\n"
            "Police later exchanged fire with the gunmen near the mosque, a police spokesman said.")
    [event] = [e for e in _events(text) if e.fatalities.best]
    assert event.actor1 is not None and event.actor1.startswith("Unidentified Armed Group")


def test_a_gang_where_acled_names_no_gangs_is_an_unidentified_armed_group() -> None:
    [m] = _mentions("Gang members robbed and shot dead two taxi drivers in Mombasa on Friday.")
    assert m.actor1 is not None and m.actor1.name == "Unidentified Armed Group (Kenya)"


def test_a_state_organ_named_before_forces_is_no_group() -> None:
    for text in ("Federal Police forces raided the camp on Sunday.", "Presumed Zelani forces raided the camp on Sunday.",
                 "Global Coalition forces raided the camp on Sunday.", "Armored Division forces raided the camp on Sunday."):
        # (a group presumed to have done it is still that group: "Zelani", not "Presumed Zelani")
        assert all(a.actor.kind != "rebels" or a.actor.name == "Zelani" for a in actors.find_actors(text, True)), text


def test_a_capitalised_gang_is_part_of_a_name() -> None:
    found = actors.find_actors("Police arrested a suspect during the Clean Streets Gangs campaign on Friday.", True, "HT")
    assert all("Gang" not in a.actor.name for a in found)
