"""Actors and claims of news (session 22): a statement's speaker first and whom it accuses second; a group named by
the possessive before its branch that claims a deed; a victim, the kin listed after them and a count of more kin;
armed men told after a clause of their deed ("were killed when gunmen raided ...") are its authors."""

from __future__ import annotations

from datetime import date

from dateline import pipeline
from dateline.extract import actors
from dateline.model import Article, Claim, EventMention

_DAY = date(2024, 5, 3)


def _mentions(text: str, published: date = _DAY) -> list[EventMention]:
    article = Article(Article.make_id(text, published), text, published)
    [analysis] = pipeline.analyze_all([article], n_process=1)
    return analysis.mentions


def _claims(text: str) -> list[Claim]:
    return [c for m in _mentions(text) for c in m.claims]


def _killed(text: str) -> int:
    return sum(c.count for c in _claims(text) if c.kind == "killed")


# --- a statement's parties -----------------------------------------------------------------------------------------


def test_a_group_that_denies_and_accuses_is_the_statements_first_actor() -> None:
    text = ("Heavy fighting went on in Kadugli, Sudan, on Monday. The Rapid Support Forces denied responsibility for "
            "the fire at the market and accused the army of targeting traders.")
    statement = next(m for m in _mentions(text) if m.sentence_index == 1)
    assert statement.actor1 is not None and statement.actor1.name == "Rapid Support Forces"
    assert statement.actor2 is not None and statement.actor2.name == "Military Forces of Sudan"


def test_a_group_a_statement_names_by_the_way_is_no_party() -> None:
    text = ("Shells hit a camp in Malakal, South Sudan, on Monday. The government condemned the attack and accused the "
            "rebels of breaking the truce, adding that the Red Cross would visit the camp.")
    statement = next(m for m in _mentions(text) if m.sentence_index == 1)
    assert statement.actor1 is None or statement.actor1.name != "Red Cross"
    assert statement.actor2 is None or statement.actor2.name != "Red Cross"


# --- a claim by a group's branch -----------------------------------------------------------------------------------


def test_a_group_named_before_its_affiliate_claims_the_deed() -> None:
    text = ("A bomb hidden in a cart exploded at a cattle market in Dikwa, Nigeria, on Tuesday, killing six traders. "
            "The Islamic State group's regional affiliate claimed the blast in a statement.")
    blast = next(m for m in _mentions(text) if m.sentence_index == 0)
    assert blast.actor1 is not None and blast.actor1.name == "Islamic State"


def test_a_groups_branch_in_a_region_claims_the_deed_after_a_date() -> None:
    text = ("Gunmen ambushed a fuel convoy near Menaka, Mali, on Sunday, killing three drivers. On Monday, "
            "the Islamic State group's branch in the Sahel claimed responsibility for the ambush.")
    ambush = next(m for m in _mentions(text) if m.sentence_index == 0)
    assert ambush.actor1 is not None and ambush.actor1.name == "Islamic State"


def test_a_states_wing_is_no_claiming_group() -> None:
    text = ("A blast hit a bus depot in Karachi, Pakistan, on Sunday, killing four. Pakistan's armed wing claimed the "
            "blast was an accident.")
    blast = next(m for m in _mentions(text) if m.sentence_index == 0)
    assert blast.actor1 is None or blast.actor1.kind != "rebels"


# --- kin listed before a count of kin ------------------------------------------------------------------------------


def test_a_man_his_wife_and_their_children_are_all_counted() -> None:
    assert _killed("A herder, his wife and their five children were killed in an attack in Benue, Nigeria, on "
                   "Sunday.") == 7


def test_killing_a_woman_her_husband_and_their_children_counts_them_all() -> None:
    assert _killed("Gunmen raided a hamlet in Benue, Nigeria, on Sunday, killing a teacher, her husband and their "
                   "three sons.") == 5


def test_a_list_with_no_kin_adds_no_one() -> None:
    assert _killed("Gunmen raided a hamlet in Benue, Nigeria, on Sunday, killing a farmer, his goats and his two "
                   "sons.") == 1


def test_a_woman_and_her_children_still_count() -> None:
    assert _killed("A woman and her two daughters were killed in an attack in Benue, Nigeria, on Sunday.") == 3


# --- armed men after a clause of their deed ------------------------------------------------------------------------


def test_gunmen_after_when_are_the_authors_not_the_hit() -> None:
    found = actors.find_actors("Four farmers were killed when gunmen raided a hamlet on Sunday.", True, "NG")
    gunmen = next(a for a in found if a.actor.name.startswith("Unidentified Armed Group"))
    assert not gunmen.victim


# --- fighters of no group named ------------------------------------------------------------------------------------


def test_insurgents_of_no_named_group_are_an_unidentified_armed_group() -> None:
    found = actors.find_actors("Islamist insurgents ambushed an army convoy on Sunday, killing five soldiers.", True, "MZ")
    assert "Unidentified Armed Group (Mozambique)" in [a.actor.name for a in found]


def test_jihadists_who_ambush_troops_are_the_unidentified_first_side() -> None:
    [m] = _mentions("Suspected jihadists ambushed troops near Diapaga, Burkina Faso, on Sunday, killing six soldiers.")
    assert m.actor1 is not None and m.actor1.name == "Unidentified Armed Group (Burkina Faso)"


def test_militants_killed_or_seized_are_not_made_a_side() -> None:
    for text in ("Soldiers killed two men suspected of being militants on Sunday.",
                 "Police arrested six suspected militants on Sunday."):
        found = actors.find_actors(text, True, "BJ")
        assert all(not a.actor.name.startswith("Unidentified") for a in found), text


def test_the_militants_and_a_groups_militants_are_not_unidentified() -> None:
    for text in ("The militants burned two shops on Sunday.", "Zubara militants burned two shops on Sunday."):
        assert all(not a.actor.name.startswith("Unidentified") for a in actors.find_actors(text, True, "MZ")), text


# --- a people's or a community's militia ---------------------------------------------------------------------------


def test_an_ethnic_militia_is_named_as_acled_names_it() -> None:
    found = actors.find_actors("Tuvo ethnic militia attacked a village on Sunday, killing four herders.", True, "KE")
    assert found[0].actor.name == "Tuvo Ethnic Militia (Kenya)"


def test_tribesmen_are_their_peoples_ethnic_militia() -> None:
    found = actors.find_actors("Tuvo tribesmen raided a cattle camp on Sunday.", True, "KE")
    assert found[0].actor.name == "Tuvo Ethnic Militia (Kenya)"


def test_a_communal_militia_is_named_as_acled_names_it() -> None:
    found = actors.find_actors("Kanda communal militiamen clashed with herders on Sunday.", True, "NG")
    assert found[0].actor.name == "Kanda Communal Militia (Nigeria)"


def test_fighters_after_a_group_the_parser_names_are_that_groups() -> None:
    [m] = _mentions("On Sunday, Al shabaab militants shot dead two traders in Baidoa, Somalia.")
    assert m.actor1 is not None and m.actor1.name == "Al shabaab"
    assert m.actor2 is not None and m.actor2.name == "Civilians (Somalia)"


def test_armed_men_named_in_an_aside_are_the_militia_named() -> None:
    found = actors.find_actors("Armed men (believed to be Tuvo ethnic militia) raided a cattle camp on Sunday.", True, "KE")
    assert [a.actor.name for a in found][0] == "Tuvo Ethnic Militia (Kenya)"
    assert not any(a.actor.name.startswith("Unidentified") for a in found)


def test_a_state_named_as_an_origin_before_a_verb_of_attack_is_no_actor() -> None:
    found = actors.find_actors("Tuvo tribesmen from Uganda attack Kenyan herders near the border.", True, "KE")
    assert "Military Forces of Uganda" not in [a.actor.name for a in found]
    assert found[0].actor.name == "Tuvo Ethnic Militia (Uganda)"
