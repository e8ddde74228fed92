"""Typing of news sentences (session 22): heavy weapons' fire that something came under, ground fought for but not
taken, a toll or a fight that a verbal reading without its own words took over, theft and beatings by armed men, and a
toll told past a mark (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

from dateline import pipeline
from dateline.extract import claims
from dateline.extract import typing as tp
from dateline.model import Article, EventMention

SHELLING = "Shelling/artillery/missile attack"


def _typed(texts: list[str]) -> list[tp.Typing]:
    return tp.classify_many(texts)


def _mentions(text: str) -> list[EventMention]:
    [analysis] = pipeline.analyze_all([Article(id="t", text=text, published=date(2024, 5, 3))], n_process=1)
    return analysis.mentions


def test_something_under_heavy_weapons_fire_is_shelled() -> None:
    texts = ["A supply convoy came under rocket fire near the border town on Monday, officials said.",
             "The fishing boat came under mortar fire off the coast on Tuesday.",
             "A ferry carrying grain came under missile fire in the southern port, the navy said.",
             "The hospital came under tank fire late on Sunday, doctors said.",
             "A cargo ship came under missile attack in the strait on Thursday, the coast guard said."]
    for text, typed in zip(texts, _typed(texts), strict=True):
        assert typed.sub_event_type == SHELLING and typed.reportable, (text, typed)
    hit = ["Two fishermen were killed by rocket fire on the beach, the mayor said.",
           "The old bridge was destroyed by heavy shelling overnight.",
           "Several shops were damaged by mortar shells in the market on Saturday."]
    for text, typed in zip(hit, _typed(hit), strict=True):
        assert typed.sub_event_type == SHELLING, (text, typed)
    assert tp._under_heavy_fire("Three herders were killed by a drone missile near the well.", "Attack") == "Air/drone strike"
    # from the air, an air strike; fire exchanged, a fight
    assert _typed(["A market came under drone attack on Friday, residents said."])[0].sub_event_type == "Air/drone strike"
    assert tp._under_heavy_fire("The patrol came under mortar fire and returned fire, the army said.", "Attack") is None
    # who fired told by hand: no shelling
    assert tp._search(tp._UNDER_HEAVY_FIRE, tp._Text.of("A bus came under fire from gunmen on the highway.")) is None


def test_ground_fought_for_and_not_taken_is_a_clash() -> None:
    texts = ["Rebels and the army fought for control of the town on Sunday.",
             "Government troops and insurgents fought for control of the airport for a third day.",
             "Militants battled soldiers for control of the district headquarters on Tuesday.",
             "Fighting for control of the border crossing continued on Friday between the militia and the army.",
             "The army and separatist fighters are locked in a battle for control of the port city.",
             "The two armed groups have been fighting for control of the region since Monday."]
    for text, typed in zip(texts, _typed(texts), strict=True):
        assert typed.sub_event_type == "Armed clash", (text, typed)
    # ground told taken after the fight keeps its taker
    taken = _typed(["The rebels captured the town after fighting for control of it for two days."])[0]
    assert taken.sub_event_type == "Non-state actor overtakes territory", taken


def test_a_toll_or_a_fight_told_through_a_statement_is_no_verbal_act() -> None:
    texts = ["The death toll of the four-year war has risen to 52,000, the health ministry said in a statement.",
             "More than 2,000 civilians have died in the conflict so far, the ministry said on Tuesday.",
             "The health ministry said on Sunday that 45,000 people had died in the war.",
             "Fighting raged in the north on Thursday."]
    for text, typed in zip(texts, _typed(texts), strict=True):
        assert typed.event_type != tp.VERBAL_EVENT_TYPE, (text, typed)
    # armed men's deaths the root would have read are a clash, however sure the catch-all
    deaths = _typed(["The two neighbours reported close to 80 troop deaths on Monday in their heaviest fighting in "
                     "years over the contested valley."])[0]
    assert deaths.sub_event_type == "Armed clash", deaths
    # the root's own words keep it
    assert not tp._root_unsaid("ACCUSE", tp._Text.of("The ministry accused the rebels of killing ten villagers."))
    assert not tp._root_unsaid("SANCTION", tp._Text.of("The government imposed a curfew after clashes killed four."))
    assert tp._root_unsaid("SANCTION", tp._Text.of("The toll has risen to 900, the ministry said in a statement."))


def test_beatings_and_theft_by_armed_men_are_reported() -> None:
    texts = ["Armed men beat three farmers and stole their cattle near the village, residents said.",
             "Bandits stole 40 goats from herders and beat two boys near the river on Monday.",
             "Two herders were beaten by armed men who stole their camels, elders said.",
             "A local official was tortured by armed youths at a checkpoint, his family said."]
    for text, typed in zip(texts, _typed(texts), strict=True):
        assert typed.reportable and typed.sub_event_type == "Attack", (text, typed)
    property_only = ["Cattle rustlers stole more than 200 cows from a village overnight, officials said.",
                     "Armed men stole food from a warehouse in the town, aid workers said."]
    for text, typed in zip(property_only, _typed(property_only), strict=True):
        assert typed.reportable and typed.sub_event_type == "Looting/property destruction", (text, typed)
    # a crowd's theft is its riot's
    assert not tp._theft_only(tp._Text.of("Mobs of rioters stole goods from the shops downtown."), "Other")
    mentions = _mentions("Armed men beat three farmers and stole their cattle near the village on Tuesday, "
                         "residents said.")
    assert [m.sub_event_type for m in mentions] == ["Attack"], mentions


def test_a_toll_told_past_a_mark_is_a_floor() -> None:
    for text, count in (("The toll has passed 50,000, the ministry said.", 50000),
                        ("The death toll surpassed 1,000 on Friday, officials said.", 1000),
                        ("The number of people killed in the war has exceeded 12,000, the UN said.", 12000)):
        found = [(c.kind, c.quantity.count, c.quantity.qualifier) for c in claims.find_claims(text)]
        assert found == [("killed", count, "more_than")], (text, found)
    assert tp._search(tp._TOLL_UPDATED, tp._Text.of("The death toll has topped 300, officials said.")) is not None
