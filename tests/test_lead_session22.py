"""News of more conflicts the rules were never built from (session 22): a bare figure revising the count before it,
harm told in an after-clause dated by its own words, a report of another deed than the happening told before it."""

from __future__ import annotations

from tests.news_helpers import DAY as _DAY
from tests.news_helpers import article as _article
from tests.news_helpers import events as _events
from tests.news_helpers import mentions as _mentions


def test_a_bare_figure_revises_the_count_told_before() -> None:
    ms = _mentions("Gunmen opened fire at a bus depot in the town of Gombe on Monday, killing at least 14 people, the "
                   "police said. A doctor at the town's hospital put the number at 21.")
    revised = [c for m in ms for c in m.claims if c.count == 21]
    assert [c.kind for c in revised] == ["killed"] and "doctor" in (revised[0].claimant or "")
    assert ms[-1].event_type == ms[0].event_type


def test_a_bare_figure_keeps_the_kind_told_before() -> None:
    ms = _mentions("Armed men kidnapped 25 villagers from a farm near Birnin Gwari on Monday. Local leaders placed the "
                   "figure higher, at 38.")
    assert [c.kind for m in ms for c in m.claims if c.count == 38] == ["abducted"]


def test_a_bare_figure_with_no_count_before_is_no_claim() -> None:
    ms = _mentions("The electoral commission put the number at 38, the highest since independence, on Monday.")
    assert not [c for m in ms for c in m.claims if c.count == 38]


def test_harm_in_an_after_clause_dated_by_its_own_words_keeps_that_date() -> None:
    ms = _mentions("The authorities shut schools and imposed a night curfew on Wednesday after riots between traders "
                   "and the police killed at least 31 people last week, according to a count by a rights group.")
    killed = [m for m in ms if any(c.kind == "killed" and c.count == 31 for c in m.claims)]
    assert killed and killed[0].date.value < _DAY.isoformat()
    # the riots are last week's alone: no riot on the day of the curfew
    assert not [m for m in ms if m.event_type == "Riots" and m.date.value == _DAY.isoformat()]


def test_a_main_clause_of_harm_keeps_its_own_date() -> None:
    ms = _mentions("Soldiers shot dead two protesters in the capital on Wednesday after a week of rallies over fuel "
                   "prices that began last week.")
    assert ms and ms[0].date.value == _DAY.isoformat()


def test_a_report_of_a_raid_is_not_the_abduction_told_before() -> None:
    text = ("Gunmen abducted eleven nurses from a clinic in the town of Kumba on Monday, a health official said. "
            "The army said on Wednesday that troops had killed five fighters in a raid on a camp in the hills.")
    events = [e for e in _events(_article(text)) if e.claims]
    assert len(events) == 2
    kinds = sorted(sorted(c.kind for c in e.claims) for e in events)
    assert kinds == [["abducted"], ["killed"]]


def test_a_report_of_the_same_fight_still_joins_it() -> None:
    text = ("Rebels ambushed an army convoy near the town of Beni on Monday, residents said. The army said on "
            "Wednesday that nine soldiers had been killed in the ambush.")
    events = [e for e in _events(_article(text)) if e.claims]
    assert len(events) == 1 and events[0].date == "2026-04-13"


def test_a_report_does_not_join_a_campaign_of_years() -> None:
    text = ("The rebels have attacked army posts repeatedly since 2019. The army said on Wednesday that troops had "
            "killed six rebels in an operation near the town of Beni.")
    events = [e for e in _events(_article(text)) if any(c.kind == "killed" for c in e.claims)]
    assert len(events) == 1 and events[0].date == _DAY.isoformat()


def test_a_when_clause_dates_the_toll_not_the_report() -> None:
    ms = _mentions("At least 27 people were killed and 50 wounded when gunmen stormed a hotel in Mogadishu on Monday "
                   "evening, police said on Wednesday.")
    assert ms[0].date.value == "2026-04-13"


def test_a_period_toll_in_a_relative_clause_is_background() -> None:
    text = ("A roadside bomb wounded four police officers near a checkpoint in Yala province on Monday, police said. "
            "Police blamed separatist insurgents, who have fought the state for two decades in a conflict that has "
            "killed more than 7,000 people.")
    ms = _mentions(text)
    toll = [m for m in ms if any(c.count == 7000 for c in m.claims)]
    assert toll and all(m.background for m in toll)
    news = [e for e in _events(_article(text)) if any(c.kind == "wounded" for c in e.claims)]
    assert news and not any(c.count == 7000 for e in news for c in e.claims)


def test_no_one_claiming_is_no_claimant() -> None:
    ms = _mentions("A bomb exploded at a bus stop in Quetta on Monday. No group claimed the blast, which killed nine "
                   "people.")
    claims = [c for m in ms for c in m.claims if c.count == 9]
    assert claims and all((c.claimant or "").lower() != "no group" for c in claims)


def test_a_lead_with_a_clause_date_does_not_borrow_the_next_sentence_date() -> None:
    ms = _mentions("Both governments blamed each other for the border clashes, which erupted on Sunday near a disputed "
                   "dam. A truce agreed on Tuesday was holding, officials said.")
    first = [m for m in ms if m.sentence_index == 0]
    assert first and all(m.date.value != "2026-04-14" for m in first)


def test_people_lost_in_fighting_are_no_ground_lost() -> None:
    ms = _mentions("One government said 31 of its citizens had been killed in three days of fighting on the border, "
                   "and the other said its side had lost 19 soldiers.")
    assert ms and ms[0].sub_event_type == "Armed clash"


def test_a_country_name_is_no_misspelt_province() -> None:
    ms = _mentions("Gunmen attacked two villages in Nigeria on Monday, killing 12 farmers.")
    assert ms[0].place is not None and ms[0].place.admin1 is None and ms[0].place.country == "Nigeria"


def test_a_toll_put_lower_by_the_army_is_the_attack_s_toll_not_the_army_s_attack() -> None:
    ms = _mentions("Gunmen raided four villages in Benue state on Monday, killing 58 people, a local official said. "
                   "The army put the toll lower, at 41.")
    assert [c.kind for c in ms[1].claims] == ["killed"] and ms[1].claims[0].count == 41
    assert ms[1].actor1 == ms[0].actor1 and ms[1].event_type == ms[0].event_type


def test_a_claim_of_responsibility_credits_the_group_and_the_troops_were_its_target() -> None:
    text = ("Five soldiers were killed in a gunfight with militants near the town of Doda on Monday, the army said. "
            "A little-known group called the Mountain Lions claimed responsibility for the ambush.")
    ms = _mentions(text)
    assert ms[1].event_type == ms[0].event_type == "Battles"
    assert ms[0].actor1 is not None and ms[0].actor1.name == "Mountain Lions"
    assert ms[0].actor2 is not None and ms[0].actor2.kind == "state_forces"


def test_a_liberation_army_claiming_an_attack_is_its_author() -> None:
    ms = _mentions("Rebels shot dead two soldiers at a post in the highlands on Monday, the military said. The Highland "
                   "National Liberation Army claimed the killing.")
    assert ms[0].actor1 is not None and ms[0].actor1.name == "Highland National Liberation Army"


def test_the_government_speaking_in_an_article_of_one_state_is_that_state_s() -> None:
    ms = _mentions("Gunmen killed 14 villagers in western Ethiopia on Sunday, residents said. The government blamed "
                   "the rebels for the killings.")
    statement = [m for m in ms if m.sentence_index == 1]
    assert statement and statement[0].actor1 is not None and statement[0].actor1.name == "Government of Ethiopia"


def test_the_government_speaking_in_an_article_of_two_states_is_no_guess() -> None:
    ms = _mentions("Kyrgyz and Tajik troops clashed on the border on Sunday, killing 12. The government blamed the "
                   "other side for the fighting.")
    statement = [m for m in ms if m.sentence_index == 1 and m.event_type == "Verbal/diplomatic"]
    assert all(m.actor1 is None or not m.actor1.name.startswith("Government of") for m in statement)


def test_federal_forces_are_the_state_s_forces() -> None:
    ms = _mentions("Federal forces attacked a rebel camp in western Ethiopia on Monday, killing nine fighters.")
    assert ms[0].actor1 is not None and ms[0].actor1.name == "Military Forces of Ethiopia"


def test_attackers_named_in_a_when_clause_are_not_the_victims() -> None:
    ms = _mentions("At least 19 people were killed when al-Noor militants attacked a hotel in Mogadishu on Monday.")
    assert ms[0].actor1 is not None and ms[0].actor1.name == "al-Noor"
    assert ms[0].actor2 is not None and ms[0].actor2.kind == "civilians"


def test_a_claim_of_responsibility_is_dated_by_the_deed_it_claims() -> None:
    text = ("Gunmen seized a bus carrying 60 passengers in the hills on Monday, and the army said on Tuesday it had "
            "freed 41 of them. The Mountain Front claimed the attack and said it held more than 15 hostages.")
    events = [e for e in _events(_article(text)) if any(c.kind == "abducted" for c in e.claims)]
    assert len(events) == 1 and events[0].date == "2026-04-13"


def test_a_gang_claiming_an_attack_is_its_author() -> None:
    ms = _mentions("Gang members attacked the town of Saint-Marc in Haiti on Thursday, killing 20 people, the UN said. "
                   "The Black Hand gang claimed the attack.")
    assert ms[0].actor1 is not None and ms[0].actor1.name == "Black Hand"


def test_two_states_forces_each_named_with_their_noun_acting_together_are_one_side() -> None:
    ms = _mentions("Malian troops and Burkinabe forces killed a senior commander of the jihadists near the border on "
                   "Tuesday, the army said.")
    assert ms[0].actor2 is None or ms[0].actor2.name != "Military Forces of Burkina Faso"


def test_allies_striking_targets_are_one_side() -> None:
    ms = _mentions("American and British warplanes struck more than 60 targets in Yemen overnight, the US military "
                   "said.")
    assert ms[0].actor2 is None or ms[0].actor2.name != "Military Forces of United Kingdom"


def test_a_report_placed_only_by_its_country_joins_no_town_abroad() -> None:
    a = _article("Rebels shot at a police post in the highlands of Indonesia on Monday, police said.")
    b = _article("Russian missiles hit a power plant near Kyiv on Monday, killing two workers, officials said.")
    events = _events(a, b)
    assert not [e for e in events if {s.article_id for s in e.sources} == {a.id, b.id}]


def test_civilians_hit_named_in_a_when_clause_are_the_victims() -> None:
    ms = _mentions("Five civilians were killed when a minibus struck a roadside bomb near the town of Mandera on Monday.")
    assert ms[0].actor2 is not None and ms[0].actor2.kind == "civilians"


def test_a_protest_after_a_death_told_with_its_own_date_keeps_the_protest_s_day() -> None:
    ms = _mentions("Parents gathered outside the school board in Tacoma on Tuesday to demand safer schools, after a "
                   "pupil died last week.")
    assert ms[0].event_type == "Protests" and ms[0].date.value == "2026-04-14"
