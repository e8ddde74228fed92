"""News of more conflicts the rules were never built from (session 20): ground taken told by a ministry, French
compass words in province names, a patron's country, a toll charged over years, a claim of responsibility, enemies
"neutralised", speakers the parse leaves without their verb, places fought over, deaths told with no appeal."""

from __future__ import annotations

from datetime import date

from dateline.extract import places
from dateline.extract import typing as tp
from dateline.model import Claim
from tests.news_helpers import DAY as _DAY
from tests.news_helpers import article as _article
from tests.news_helpers import events as _events
from tests.news_helpers import mentions as _mentions


def _claims(text: str, published: date = _DAY) -> list[Claim]:
    return [c for m in _mentions(text, published) for c in m.claims]


def test_ground_taken_told_by_a_ministry_is_no_retreat() -> None:
    typed = tp.classify_sentence("The defence ministry said on Tuesday that its troops had captured the village of "
                                 "Ostrivka.")
    assert typed.event_type == "Battles"
    assert typed.plover is None


def test_a_provincial_capital_seized_is_territory_taken() -> None:
    typed = tp.classify_sentence("The insurgents seized Mbarara, the provincial capital, in March 2024.")
    assert typed.sub_event_type == "Non-state actor overtakes territory"


def test_deaths_told_by_a_government_are_no_request() -> None:
    typed = tp.classify_sentence("Zambara's government said on Tuesday that 14 soldiers and 31 rebels died in the battle "
                                 "for Lonku last week.")
    assert typed.event_type == "Battles"


def test_an_appeal_about_deaths_stays_a_request() -> None:
    typed = tp.classify_sentence("The UN envoy called on both sides to return to talks, saying 14 civilians had died "
                                 "this week.")
    assert typed.sub_event_type == "REQUEST"


def test_french_compass_words_of_a_province_are_read_in_english() -> None:
    [mention] = _mentions("Militiamen killed six farmers in Congo's South Kivu province on Monday, and fighters killed "
                          "four herders in the North Kivu highlands on Tuesday.")[:1]
    assert mention.place is not None and mention.place.country == "Democratic Republic of Congo"
    ms = _mentions("Gunmen killed nine traders in Burkina Faso's Centre-North region on Monday, residents said.")
    assert any(m.place and m.place.admin1 == "Centre-Nord" for m in ms)
    assert places.admin1_units("CD", "North Kivu") == places.admin1_units("CD", "Nord-Kivu")


def test_a_french_compass_name_is_not_made_an_english_name_another_unit_has() -> None:
    assert places.admin1_units("HT", "West") != places.admin1_units("HT", "Ouest")  # a bare compass word
    assert not places.admin1_units("HT", "North East")  # Botswana's district's name


def test_a_patron_named_before_a_government_is_not_its_side() -> None:
    [mention] = _mentions("Rebels shelled army positions in the north on Sunday, killing six soldiers and wounding "
                          "ten, a military official in the Turkish-backed government said.")
    assert mention.claims and all(c.claimant_side != "Turkey" and c.side != "Turkey" for c in mention.claims)
    assert all(a is None or a.country != "Turkey" for a in (mention.actor1, mention.actor2))


def test_a_toll_charged_over_years_belongs_to_those_years() -> None:
    text = ("A drone struck a market in the village of Tessalit on Sunday, killing 11 people, residents said. "
            "Rights groups have accused the army and the militias of killing hundreds of civilians since 2021.")
    events = _events(_article(text))
    market = [e for e in events if e.date == "2026-04-12"]
    assert market and all(c.count == 11 for e in market for c in e.claims if c.kind == "killed")
    [charge] = [m for m in _mentions(text) if "since 2021" in m.text]
    assert (charge.date.value, charge.date.end) == ("2021", "2026-04-15")


def test_a_claim_of_responsibility_dates_the_claim_not_the_attack() -> None:
    text = ("Gunmen ambushed a police patrol near Menaka on Monday, killing four officers, the police said. "
            "An armed group claimed the ambush in a statement on Tuesday and said its men had killed 12 officers.")
    events = [e for e in _events(_article(text)) if e.claims]
    assert len(events) == 1
    assert events[0].date == "2026-04-13"
    assert sorted(c.count for c in events[0].claims if c.kind == "killed") == [4, 12]


def test_enemies_neutralised_are_killed() -> None:
    [claim] = _claims("The army said its soldiers neutralised about 25 assailants during the counter-attack on Monday.")
    assert (claim.kind, claim.count, claim.qualifier) == ("killed", 25, "about")
    assert not _claims("Engineers neutralised three IEDs buried on the road on Monday, the army said.")


def test_speakers_after_the_victims_are_the_claimants() -> None:
    [claim] = _claims("A shell hit a school on Monday, killing at least nine pupils who were sitting an exam, "
                      "a teacher and a local nurse said.")
    assert claim.claimant is not None and "teacher" in claim.claimant and "nurse" in claim.claimant


def test_a_town_fought_over_is_no_armed_group() -> None:
    for m in _mentions("The government said on Monday that 9 soldiers and 27 rebels died in the battle for Walungu "
                       "last week, but the rebels said they had lost only two men."):
        assert all(a is None or a.name != "Walungu" for a in (m.actor1, m.actor2))


def test_resistance_fighters_are_no_group_called_resistance() -> None:
    for m in _mentions("Resistance fighters attacked an army post near the town on Monday, killing three soldiers."):
        assert m.actor1 is None or m.actor1.name != "Resistance"


def test_a_report_on_the_day_of_the_news_joins_the_lead_before_it() -> None:
    text = ("Rebel fighters say they have taken control of the town of Mabira after four days of fighting with the army. "
            "A rebel commander said on Saturday that 31 soldiers had been killed and 12 captured. "
            "The army has not commented on the fighting. "
            "Residents said aircraft bombed the edge of the town on Friday night.")
    events = _events(_article(text, date(2026, 3, 14)))
    [counted] = [e for e in events if any(c.kind == "captured" for c in e.claims)]
    assert counted.date == "2026-03-14"
    bombed = [e for e in events if e.date == "2026-03-13"]
    assert bombed and not any(e.claims for e in bombed)


def test_a_risen_toll_revises_the_figure_told_before_whoever_tells_it() -> None:
    first = _article("A missile strike on the city of Zaporizhzhia killed seven people on Saturday, the regional "
                     "governor said.", date(2026, 7, 11))
    later = _article("The mayor of Zaporizhzhia said on Sunday that the toll from Saturday's missile strike had risen "
                     "to 11.", date(2026, 7, 12))
    [event] = [e for e in _events(first, later) if e.claims]
    assert (event.fatalities.best, event.fatalities.high) == (11, 11)
    assert not event.contradiction


def test_a_report_with_no_place_joins_the_town_named_that_day_not_a_country_only_report() -> None:
    text = ("A missile strike on the city of Kharkiv killed six people on Saturday, officials said. "
            "In Russia, a drone killed one civilian on Saturday, the governor said. "
            "Officials said on Sunday that the toll from Saturday's missile strike had risen to eight.")
    events = [e for e in _events(_article(text, date(2026, 7, 12))) if e.claims]
    [city] = [e for e in events if e.location == "Kharkiv"]
    assert 8 in [c.count for c in city.claims]
    assert len(events) == 2


def test_wounded_told_after_a_toll_report_are_no_anchor_for_it() -> None:
    first = _article("Gang members attacked the town of Cabaret overnight, killing at least 11 people, the civil "
                     "protection agency said on Saturday.", date(2026, 10, 3))
    later = _article("The death toll from the gang attack on Cabaret rose to 19, the civil protection agency said on "
                     "Tuesday. Some 30 people were wounded. On Monday, hundreds of people marched in the capital to "
                     "demand protection.", date(2026, 10, 6))
    events = _events(first, later)
    [attack] = [e for e in events if any(c.count == 19 for c in e.claims)]
    assert attack.date == "2026-10-02" or attack.date == "2026-10-03"
    assert attack.fatalities.best == 19


def test_a_victim_and_the_kin_counted_after_them_are_all_killed() -> None:
    [event] = [e for e in _events(_article("Shelling hit the camp on Tuesday, killing a man and his three daughters, "
                                           "officials said.")) if e.claims]
    assert event.fatalities.best == 4
