"""Typing of news sentences (session 21): violence against a hospital's staff told by a ministry, ground lost by the
side that names itself, a war's running toll told as risen, and people uprooted with no violence of the sentence's own
(sentences written for these tests)."""

from __future__ import annotations

from datetime import date

from dateline import pipeline
from dateline.extract import typing as tp
from dateline.model import Article, EventMention

GOVERNMENT = "Government regains territory"
NON_STATE = "Non-state actor overtakes territory"


def _typed(texts: list[str]) -> list[tp.Typing]:
    return tp.classify_many(texts)


def _mentions(text: str) -> list[EventMention]:
    [analysis] = pipeline.analyze_all([Article(id="t", text=text, published=date(2024, 5, 3))], n_process=1)
    return analysis.mentions


def test_people_beaten_in_a_raid_on_a_hospital_are_no_aid() -> None:
    texts = ["Fighters stormed the clinic, looted its drug stores and beat doctors and patients, the health ministry "
             "said on Thursday.",
             "Gunmen raided the district hospital, carried off its medicines and whipped two nurses, the health ministry "
             "said."]
    for text, typed in zip(texts, _typed(texts), strict=True):
        assert typed.event_type == "Violence against civilians", (text, typed)
    # aid told as given stays aid
    assert tp._violence_outweighs("AID", "Attack", tp._Text.of("Troops beat back the gunmen and delivered aid to the "
                                                                "hospital.")) is False


def test_ground_lost_by_the_state_is_taken_by_the_other_side() -> None:
    texts = ["The army lost control of three villages in the east to the insurgents on Saturday.",
             "Government troops lost control of the provincial capital after heavy fighting.",
             "Soldiers lost two towns near the border on Tuesday, the military said.",
             "Security forces were driven out of the district by militants on Monday.",
             "The market town fell to the rebels after four days of fighting.",
             "The regional capital fell to the insurgents on Tuesday, residents said.",
             "Government forces have lost control of the strategic crossing to the militia, residents said."]
    for text, typed in zip(texts, _typed(texts), strict=True):
        assert typed.sub_event_type == NON_STATE, (text, typed)


def test_ground_lost_by_a_non_state_group_is_regained_by_the_state() -> None:
    texts = ["The rebels lost control of the town to government troops on Sunday.",
             "Militants were pushed out of the district by the army, officials said.",
             "The provincial capital fell to government forces on Wednesday."]
    for text, typed in zip(texts, _typed(texts), strict=True):
        assert typed.sub_event_type == GOVERNMENT, (text, typed)


def test_ground_lost_only_by_a_denial_is_not_lost() -> None:
    text = tp._Text.of("Troops said they captured two hilltops near the border. The rebels deny they lost territory.")
    assert tp._territory(text) != NON_STATE


def test_refuge_sought_is_left_to_the_model() -> None:
    assert tp._search(tp._DISPLACED_TOLD, tp._Text.of("Some 3,000 people sought refuge in the neighbouring country.")) is None


def test_control_lost_of_a_vehicle_is_no_ground() -> None:
    assert tp._search(tp._GROUND_YIELDED, tp._Text.of("The driver lost control of the truck and hit a checkpoint.")) is None
    assert tp._search(tp._GROUND_YIELDED, tp._Text.of("Two soldiers lost their lives in the camp attack.")) is None


def test_a_wars_toll_risen_is_background_not_the_days_attack() -> None:
    text = ("Fighting broke out between the army and the rebels in the northern city on Thursday. "
            "The death toll of the three-year war has risen to more than 40,000, the health ministry said.")
    mentions = _mentions(text)
    toll = [m for m in mentions if m.sentence_index == 1]
    assert toll, mentions
    assert all(m.background for m in toll), toll
    assert any(c.kind == "killed" and c.count == 40000 for m in toll for c in m.claims), toll
    # an attack's own toll, risen, stays that attack's news
    attack = _mentions("The death toll from Thursday's attack on the market has risen to 14, the ministry said.")
    assert attack and not any(m.background for m in attack), attack


def test_a_wars_toll_in_other_words_is_background() -> None:
    for sentence in ("The conflict's death toll now stands at 9,000, officials said.",
                     "The toll from the four-month siege has climbed to 2,300, the city council said."):
        mentions = _mentions("Rebels shelled the town on Thursday. " + sentence)
        toll = [m for m in mentions if m.sentence_index == 1]
        assert toll and all(m.background for m in toll), (sentence, toll)


def test_a_wars_toll_told_by_its_speaker_or_since_its_start_is_background() -> None:
    for sentence in ("The interior ministry said the death toll of the war has risen to 38,000.",
                     "Its toll has climbed to 11,000 since the conflict began.",
                     "More than 25,000 people have been killed since the start of the war, the UN says."):
        mentions = _mentions("Rebels shelled the town on Thursday. " + sentence)
        toll = [m for m in mentions if m.sentence_index == 1]
        assert toll and all(m.background for m in toll), (sentence, toll)
    # a toll since a day told is that span's news
    spell = _mentions("Troops have killed 30 militants in the area since Monday.")
    assert spell and not any(m.background for m in spell), spell


def test_people_uprooted_alone_are_no_attack() -> None:
    texts = ["Some 6,000 people have been displaced by the fighting, the UN said.",
             "Thousands of people fled their homes in the province.",
             "More than 9,000 residents have fled the city since Monday amid heavy clashes, aid agencies said.",
             "Hundreds of villagers were uprooted by renewed fighting in the hills, a local official said.",
             "About 800 households fled their homes after the clashes, the county commissioner said.",
             "An estimated 12,000 people have been displaced in the district since fighting flared last week, the UN said.",
             "Tens of thousands have fled their homes as the fighting spread south, the UN refugee agency said."]
    for text, typed in zip(texts, _typed(texts), strict=True):
        assert (typed.event_type, typed.sub_event_type) == ("Strategic developments", "Other"), (text, typed)


def test_violence_told_beside_people_uprooted_stays_the_event() -> None:
    texts = ["Gunmen attacked the village, killing five people and forcing hundreds to flee.",
             "Displaced families were attacked by gunmen at a camp near the town.",
             "Clashes between the army and rebels on Thursday forced 3,000 people to flee their homes.",
             "Thousands of villagers have been displaced following repeated attacks by armed herders."]
    for text, typed in zip(texts, _typed(texts), strict=True):
        assert typed.sub_event_type != "Other", (text, typed)


def test_people_uprooted_keep_their_claim() -> None:
    mentions = _mentions("Fighting broke out between the army and the rebels in the northern city on Thursday. "
                         "Some 6,000 people have been displaced by the fighting, the UN said.")
    displaced = [m for m in mentions if m.sentence_index == 1]
    assert displaced and displaced[0].sub_event_type == "Other", displaced
    assert any(c.kind == "displaced" and c.count == 6000 for c in displaced[0].claims), displaced
