"""Typing of news sentences (session 23): a charge called groundless, ground taken told as a clause of the push,
talks halted, armed groups fighting each other, a lynching told alone and a toll told right after a protest
(sentences written for these tests)."""

from __future__ import annotations

from datetime import date

from dateline import pipeline
from dateline.extract import typing as tp
from dateline.model import Article, EventMention

OVERTAKES = "Non-state actor overtakes territory"


def _typed(texts: list[str]) -> list[tp.Typing]:
    return tp.classify_many(texts)


def _mentions(text: str) -> list[EventMention]:
    [analysis] = pipeline.analyze_all([Article(id="t", text=text, published=date(2024, 5, 3))], n_process=1)
    return analysis.mentions


def test_a_charge_called_groundless_is_rejected_not_an_attack() -> None:
    texts = ["Borduria called the accusation ridiculous.",
             "Ruritania called the accusation ridiculous and baseless.",
             "Kigali called the charges baseless on Tuesday.",
             "Officials in the capital branded the reports as lies.",
             "The ministry described the claims as absurd propaganda.",
             "The junta termed the allegations of a massacre in the village completely unfounded.",
             "The government called the accusations of torture false.",
             "The spokesman called the report fabricated.",
             "The capital called the accusations an outright lie."]
    for text, typed in zip(texts, _typed(texts), strict=True):
        assert typed.event_type == "Verbal/diplomatic" and typed.plover == "REJECT", (text, typed)
    # a denial the attribution rule already read is a rejection too; a claim of responsibility is not
    [denied, claimed] = _typed(["The foreign ministry dismissed the allegations that its troops shelled the village.",
                                "The group claimed responsibility for the bombing."])
    assert denied.plover == "REJECT" and claimed.plover == "ACCUSE", (denied, claimed)
    # an attack told first stays the news
    attacked = _typed(["Rebels attacked the town on Monday, and the governor called the claims false."])[0]
    assert attacked.event_type != "Verbal/diplomatic", attacked


def test_ground_taken_as_a_clause_of_the_push_is_taken_by_the_pushers() -> None:
    texts = ["Rebels swept into Kalor on Sunday, taking control of most of the city, a war monitor said.",
             "Insurgents swept into the district town overnight, taking control of most of it, residents said.",
             "Rebel fighters pushed into the city on Saturday, taking over the airport, residents said.",
             "The militia entered the provincial capital at dawn, seizing control of the main roads.",
             "Militants took over the town after a day of fighting.",
             "Rebels swept into the city on Sunday and took control of most of it, a war monitor said."]
    for text, typed in zip(texts, _typed(texts), strict=True):
        assert typed.sub_event_type == OVERTAKES, (text, typed)
    # taking control told is a conflict word: the sentence is reportable
    assert tp.worth_typing("Separatists pushed into the port town on Friday, taking control of its harbour.")
    # a place taken over is no post taken over
    assert tp._search(tp._TAKEOVER, tp._Text.of("The new minister took over the ministry on Monday.")) is None


def test_talks_halted_are_a_sanction() -> None:
    texts = ["President Ibsen suspended peace talks with the rebels on Tuesday.",
             "The government broke off negotiations with the armed group.",
             "The rebels pulled out of the talks in the capital on Monday.",
             "The junta put the dialogue with the opposition on hold.",
             "The government called off peace negotiations with the insurgents, the spokesman said.",
             "The prime minister halted the talks on the border dispute.",
             "The rebel group suspended its participation in the negotiations on Monday."]
    for text, typed in zip(texts, _typed(texts), strict=True):
        assert typed.sub_event_type == "SANCTION" and typed.plover == "SANCTION", (text, typed)
    # threatened or refused: not done
    assert _typed(["Ruritania threatened to suspend the talks."])[0].sub_event_type != "SANCTION"
    assert _typed(["The president said he would not suspend talks."])[0].sub_event_type != "SANCTION"
    # the speaker is the halting side
    [m] = _mentions("Colombian President Gustavo Petro suspended peace talks with the rebels on Tuesday.")
    assert m.plover == "SANCTION" and m.actor1 is not None and m.actor1.name == "Government of Colombia", m


def test_armed_groups_fighting_each_other_clash() -> None:
    texts = ["Two rival militias clashed for control of a gold mine, residents said.",
             "Rival armed groups fought over the oil field on Sunday, locals said.",
             "Fighters of two rival rebel factions clashed near the border crossing, witnesses said.",
             "Rival militiamen fought in the streets of the port city, residents said.",
             "Rival rebel factions fought for hours in the market district, witnesses said."]
    for text, typed in zip(texts, _typed(texts), strict=True):
        assert typed.sub_event_type == "Armed clash" and typed.reportable, (text, typed)
    # a mob told stays a mob; an attack on civilians stays an attack
    assert not tp._armed_groups_fought("Militiamen fought their way into the village and killed six villagers.", "Attack")
    assert not tp._armed_groups_fought("A mob and militia fighters clashed in the market.", "Mob violence")


def test_a_lynching_told_alone_is_reportable_mob_violence() -> None:
    texts = ["A crowd lynched a suspected thief.",
             "A crowd lynched a man suspected of stealing a motorbike.",
             "Shoppers lynched a suspected pickpocket at the bus station."]
    for text, typed in zip(texts, _typed(texts), strict=True):
        assert typed.sub_event_type == "Mob violence" and typed.reportable, (text, typed)


def test_a_toll_told_after_a_protest_is_the_protests() -> None:
    ms = _mentions("Thousands of protesters marched in Nairobi on Tuesday against a new tax. "
                   "Dozens of police officers were injured.")
    assert [(m.event_type, m.sub_event_type) for m in ms] == [
        ("Protests", "Peaceful protest"), ("Riots", "Violent demonstration")], ms
    ms = _mentions("Hundreds of farmers protested outside parliament in Kampala on Thursday. "
                   "Five officers and three farmers were hurt.")
    assert ms[-1].event_type == "Riots", ms
    # protesters hurt: by whom the toll does not tell (police, or another crowd), the sentence's own reading
    ms = _mentions("Party youths rallied in the district town on Monday. At least ten of their members were injured.")
    assert ms[-1].event_type != "Riots" or ms[-1].sub_event_type != "Violent demonstration", ms
    # a lynching nearly done is none
    assert tp.worth_typing("The driver was nearly lynched.") is None


def test_a_toll_risen_is_read_by_one_list_of_rising_verbs() -> None:
    from dateline import resolve, speech
    from dateline.time import anchor
    text = ("A car bomb exploded in the market of the capital on Saturday. "
            "The death toll from the blast has mounted to 40, police said.")
    claims = [c for m in _mentions(text) for c in m.claims]
    assert [(c.kind, c.count) for c in claims] == [("killed", 40)], claims
    assert [(c.kind, c.count) for m in _mentions("A bomb went off in the market on Saturday. The death toll soared to "
                                                   "31 on Sunday, officials said.") for c in m.claims] == [("killed", 31)]
    # every stage reads the same verbs
    for verb in (*speech.TOLL_RISING_VERBS, *speech.TOLL_PASSING_VERBS):
        assert resolve._TOLL_ROSE.search(f"The toll {verb} 12."), verb
        assert tp._search(tp._TOLL_UPDATED, tp._Text.of(f"The death toll {verb} 12.")), verb
    assert anchor._period_toll_risen("The death toll of the war has soared to 20,000.") is not None
