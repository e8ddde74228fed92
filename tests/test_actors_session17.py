"""Session 17: who did it and who was hit, in coders' notes and in news stories.

The hit are never the doers; an attack or a blast whose author no one names is ACLED's "Unidentified Armed Group"; a
toll of a period names no author; whoever carries or watches the news (an outlet, a clock's zone, a monitor, a
witness) is no party; a state's bureau is its state's; a sub-event type whose definition names its target has it; a
state's forces named without the state are the place's state's. All texts are written for these tests.
"""

from __future__ import annotations

from datetime import date

from dateline.extract import actors
from dateline.extract.actors import find_actors, pick_actors
from dateline.model import Actor, Article, EventMention
from dateline.pipeline import analyze_all


def _mentions(text: str, published: date = date(2022, 5, 3)) -> list[EventMention]:
    article = Article(Article.make_id(text, published), text, published)
    return next(iter(analyze_all([article], n_process=1))).mentions


def _pair(m: EventMention) -> tuple[str | None, str | None]:
    return (m.actor1.name if m.actor1 else None, m.actor2.name if m.actor2 else None)


def _names(ms: list[EventMention]) -> set[str]:
    return {a.name for m in ms for a in (m.actor1, m.actor2) if a is not None}


def test_the_hit_are_never_the_doers() -> None:
    found = find_actors("A trader was shot dead outside his store.", True, "KE")
    assert pick_actors(found, violent=True) == (None, found[0].actor)


def test_an_attack_whose_author_no_one_names_is_an_unidentified_armed_groups() -> None:
    text = "On 2 May 2022, a trader was shot dead outside his store in Kisumu, Kenya."
    [m] = [m for m in _mentions(text) if m.event_type == "Violence against civilians"]
    assert _pair(m) == ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)")


def test_a_blast_with_no_author_is_an_unidentified_armed_groups() -> None:
    text = ("On 2 May 2022, in Pyay town (Bago Region), Myanmar, a parcel bomb blew up beside a clinic. "
            "Two passers-by were wounded.")
    mentions = [m for m in _mentions(text) if m.event_type == "Explosions/Remote violence"]
    assert mentions
    assert mentions[0].actor1 is not None and mentions[0].actor1.name == "Unidentified Armed Group (Myanmar)"


def test_the_dead_named_after_including_are_victims() -> None:
    text = "A suicide car bombing in central Damascus, Syria, killed 12 people, including three police officers."
    [m] = [m for m in _mentions(text, date(2012, 5, 10)) if m.event_type == "Explosions/Remote violence"]
    assert m.actor1 is not None and m.actor1.name == "Unidentified Armed Group (Syria)"
    assert m.actor2 is not None and m.actor2.name in ("Civilians (Syria)", "Police Forces of Syria")


def test_a_forces_facility_is_what_was_hit() -> None:
    found = find_actors("Gunmen stormed a police station and killed two guards.", True, "NG")
    police = [a for a in found if a.actor.name.startswith("Police Forces")]
    assert police and police[0].victim


def test_a_toll_of_a_period_names_no_author() -> None:
    text = ("The United Nations says more than 9,000 people have been killed in Syria since the uprising against "
            "the government began a year ago.")
    violent = [m for m in _mentions(text, date(2012, 3, 20)) if m.event_type == "Violence against civilians"]
    assert violent and all(m.actor1 is None for m in violent)


def test_outlets_clock_zones_and_places_are_no_armed_groups() -> None:
    text = ("A car bomb went off in Idlib, Syria, on Sunday, killing five soldiers, a resident told Reuters. "
            "Troops shelled Umm Sawan at dawn, 0500 GMT, killing ten people. "
            "In Homs, a rocket killed two children, the BBC reported.")
    names = _names(_mentions(text, date(2012, 7, 20)))
    assert not names & {"Reuters", "GMT", "0500 GMT", "BBC", "Umm Sawan"}
    assert "Military Forces of Syria" in names


def test_organisations_that_watch_or_tell_are_no_parties() -> None:
    text = "Speaking to the BBC in Umm Sawan at 0900 GMT, a resident said Reuters had filmed the strike."
    for name in ("BBC", "Umm Sawan", "Reuters"):
        at = text.index(name)
        assert actors.organisation_actor(text, at, at + len(name), name, "SY") is None
    watch = "The Observatory for Rights counted the dead."
    assert actors.organisation_actor(watch, 4, 27, "Observatory for Rights", "SY") is None
    group = "Hezbollah fighters shelled the village."
    assert actors.organisation_actor(group, 0, 9, "Hezbollah", "LB") == Actor("Hezbollah", None, "rebels", "Hezbollah")


def test_a_states_bureau_is_its_states() -> None:
    text = "A bomb hit Syria's National Security Bureau, killing four officials."
    start = text.index("National")
    organ = actors.organisation_actor(text, start, start + len("National Security Bureau"), "National Security Bureau",
                                      None)
    assert organ is not None and organ.name == "Military Forces of Syria" and organ.kind == "state_forces"
    office = "Gunmen attacked the Interior Bureau in the capital."
    start = office.index("Interior")
    organ = actors.organisation_actor(office, start, start + len("Interior Bureau"), "Interior Bureau", "IQ")
    assert organ is not None and organ.name == "Government of Iraq"
    social = "Gunmen attacked the Social Security Institute."
    start = social.index("Social")
    organ = actors.organisation_actor(social, start, start + len("Social Security Institute"),
                                      "Social Security Institute", "MX")
    assert organ is not None and organ.kind == "rebels"  # a civil body, no state's forces (ACLED: its name as told)


def test_a_witness_who_speaks_is_no_doer() -> None:
    text = "On 2 May 2022, a bomb exploded in a market in Mogadishu, Somalia, a resident said."
    mentions = [m for m in _mentions(text) if m.event_type == "Explosions/Remote violence"]
    assert mentions and mentions[0].actor1 is not None
    assert mentions[0].actor1.name == "Unidentified Armed Group (Somalia)"


def test_violence_against_civilians_hits_civilians_when_no_one_is_named() -> None:
    text = "On 3 May 2022, a gunman opened fire outside a bakery in Kisumu, Kenya, killing two."
    [m] = [m for m in _mentions(text) if m.event_type == "Violence against civilians"]
    assert _pair(m) == ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)")
    text = "On 3 May 2022, a mob set fire to two shops in Kisumu, Kenya, injuring two."
    [m] = [m for m in _mentions(text) if m.event_type == "Riots"]
    assert _pair(m) == ("Rioters (Kenya)", "Civilians (Kenya)")
    # a rampage that tells of no one hit names no target (it may be one party's supporters against another's)
    text = "On 3 May 2022, a mob set fire to two shops in Kisumu, Kenya."
    [m] = [m for m in _mentions(text) if m.event_type == "Riots"]
    assert _pair(m) == ("Rioters (Kenya)", None)


def test_a_target_is_not_made_up_for_a_sentence_typed_from_its_neighbours() -> None:
    # a guard: the codebook's target is a coded happening's, not a sentence's typed only from its neighbours
    text = ("On 3 May 2022, residents protested peacefully in Kisumu, Kenya, against land grabbing. "
            "Officers stood by without stepping in.")
    assert "Civilians (Kenya)" not in _names(_mentions(text))
    # nor an arrest told only as the cause of a protest
    text = ("On 3 May 2022, journalists protested in Kisumu, Kenya, against the arrest of an editor. "
            "He was arrested over a story on land deals, his colleagues say.")
    assert "Civilians (Kenya)" not in _names(_mentions(text))


def test_a_states_forces_named_without_the_state_are_the_places_states() -> None:
    assert find_actors("Soldiers opened fire on the crowd.", True, "SD")[0].actor.name == "Military Forces of Sudan"
    assert [a.actor.name for a in find_actors("The military shelled two villages.", True, "MM")] == \
        ["Military Forces of Myanmar"]
    # a modifier or a group's name is no state's forces
    assert find_actors("A bomb went off near a military-owned bank.", True, "MM") == []
    assert not [a for a in find_actors("Fighters of the Kachin Independence Army attacked.", True, "MM")
                if a.actor.name.startswith("Military Forces")]


def test_the_dead_told_right_after_a_happening_are_its_authors_victims() -> None:
    text = "On 3 May 2022, soldiers raided a village near Garissa, Kenya. Four villagers were killed."
    [told] = [m for m in _mentions(text) if m.claims]
    assert _pair(told) == ("Military Forces of Kenya", "Civilians (Kenya)")


def test_a_victim_told_in_the_present_is_a_victim() -> None:
    found = find_actors("A farmer is shot and wounded near his field.", True, "KE")
    assert found and found[0].victim


def test_a_toll_of_a_period_takes_no_author_from_the_sentence_before() -> None:
    text = ("On 3 May 2012, soldiers fired on protesters in Homs, Syria. "
            "More than 9,000 people have been killed since the uprising began, the United Nations says.")
    [toll] = [m for m in _mentions(text, date(2012, 5, 3)) if any(c.count == 9000 for c in m.claims)]
    assert toll.actor1 is None


def test_an_events_sides_when_reports_name_only_the_hit_or_no_author() -> None:
    from dateline.model import EventDate
    from dateline.resolve import UNKNOWN_ACTOR, merge
    from tests.test_resolve import ARTS

    def report(mid: str, art: str, actor1: Actor | None, actor2: Actor | None) -> EventMention:
        return EventMention(id=mid, article_id=art, sentence_index=int(mid[-1]), start=0, end=1, text=f"sentence {mid}",
                            event_type="Violence against civilians", sub_event_type="Attack",
                            date=EventDate("2022-09-13", None, "day", "text", None), actor1=actor1, actor2=actor2)

    civilians = Actor("Civilians (Syria)", "Syria", "civilians")
    unknown = Actor("Unidentified Armed Group (Syria)", "Syria", "militia")
    named = Actor("Islamic State (Syria)", None, "rebels")
    # reports that name only who was hit: no first side (written as unknown), the hit second
    [event] = merge([report("m1", "a", None, civilians), report("m2", "b", None, civilians)], ARTS)
    assert (event.actor1, event.actor2) == (UNKNOWN_ACTOR, civilians.name)
    # an author one report does not know and another names
    [event] = merge([report("m1", "a", unknown, civilians), report("m2", "b", named, None)], ARTS)
    assert (event.actor1, event.actor2) == (named.name, civilians.name)


def test_civilians_are_never_the_authors_of_political_violence() -> None:
    text = "On 3 May 2022, two people on a scooter tossed a grenade into a tea house in Mandalay, Myanmar."
    [m] = [m for m in _mentions(text) if m.event_type == "Explosions/Remote violence"]
    assert m.actor1 is not None and m.actor1.name == "Unidentified Armed Group (Myanmar)"


def test_more_wordings_of_the_hit() -> None:
    for text in ("A farmer stepped on a landmine near the river.", "A trader was found dead in a ditch.",
                 "A herder was stabbed at the market."):
        found = find_actors(text, True, "MM")
        assert found and found[0].victim, text


def test_a_ministry_cut_from_its_ministers_title_is_its_states_government() -> None:
    text = "The blast killed the Defense Minister and two guards."
    organ = actors.organisation_actor(text, 21, 28, "Defense", "SY")
    assert organ is not None and organ.name == "Government of Syria"
    watch = "HRW said troops shot the men."
    assert actors.organisation_actor(watch, 0, 3, "HRW", "SY") is None
