"""Session 17: who did it and who was hit, in coders' notes and in news stories.

The hit are never the doers; an attack or a blast whose author no one names is ACLED's "Unidentified Armed Group"; a
toll of a period names no author; whoever carries or watches the news (an outlet, a clock's zone, a monitor, a
witness) is no party; a state's bureau is its state's; a sub-event type whose definition names its target has it.
All texts are written for these tests.
"""

from __future__ import annotations

from datetime import date

from dateline.extract.actors import find_actors, organisation_actor, pick_actors, unknown_author
from dateline.model import Actor, Article, EventMention
from dateline.pipeline import analyze_all


def _mentions(text: str, published: date = date(2022, 5, 3)) -> list[EventMention]:
    article = Article(Article.make_id(text, published), text, published)
    return next(iter(analyze_all([article], n_process=1))).mentions


def _pair(m: EventMention) -> tuple[str | None, str | None]:
    return (m.actor1.name if m.actor1 else None, m.actor2.name if m.actor2 else None)


def test_the_hit_are_never_the_doers() -> None:
    text = "A trader was shot dead outside his store."
    found = find_actors(text, True, "KE")
    assert pick_actors(found, violent=True) == (None, found[0].actor)
    author = unknown_author("Attack", text, "Kenya")
    a1, a2 = pick_actors(found, violent=True, unknown_doer=author)
    assert a1 is not None and a1.name == "Unidentified Armed Group (Kenya)"
    assert a2 is not None and a2.name == "Civilians (Kenya)"


def test_a_blast_with_no_author_is_an_unidentified_armed_groups() -> None:
    text = ("On 2 May 2022, in Bago town (Bago Region), Myanmar, a homemade bomb went off near a ward office. "
            "Two passers-by were wounded.")
    mentions = [m for m in _mentions(text) if m.event_type == "Explosions/Remote violence"]
    assert mentions
    assert mentions[0].actor1 is not None and mentions[0].actor1.name == "Unidentified Armed Group (Myanmar)"


def test_the_dead_named_after_including_are_victims() -> None:
    text = "A suicide car bombing in central Damascus, Syria, killed 12 people, including three police officers."
    [m] = [m for m in _mentions(text, date(2012, 5, 10)) if m.event_type == "Explosions/Remote violence"]
    assert m.actor1 is not None and m.actor1.name.startswith("Unidentified Armed Group")
    assert m.actor2 is not None and m.actor2.kind in ("civilians", "state_forces")
    assert "Police" not in (m.actor1.name or "")


def test_a_forces_facility_is_what_was_hit() -> None:
    found = find_actors("Gunmen stormed a police station and killed two guards.", True, "NG")
    police = [a for a in found if a.actor.name.startswith("Police Forces")]
    assert police and police[0].victim


def test_a_toll_of_a_period_names_no_author() -> None:
    text = ("The United Nations says more than 9,000 people have been killed in Syria since the uprising against "
            "the government began a year ago.")
    assert unknown_author("Attack", text, "Syria") is None
    violent = [m for m in _mentions(text, date(2012, 3, 20)) if m.event_type == "Violence against civilians"]
    assert violent and all(m.actor1 is None for m in violent)


def test_outlets_clock_zones_and_places_are_no_armed_groups() -> None:
    text = "Speaking to the BBC in Taldou at 0900 GMT, a resident said Reuters had filmed the strike."
    assert organisation_actor(text, text.index("BBC"), text.index("BBC") + 3, "BBC", "SY") is None
    assert organisation_actor(text, text.index("Taldou"), text.index("Taldou") + 6, "Taldou", "SY") is None
    assert organisation_actor(text, text.index("GMT") - 5, text.index("GMT") + 3, "0900 GMT", "SY") is None
    assert organisation_actor(text, text.index("Reuters"), text.index("Reuters") + 7, "Reuters", "SY") is None
    watch = "The Observatory for Rights counted the dead."
    assert organisation_actor(watch, 4, 27, "Observatory for Rights", "SY") is None
    group = "Hezbollah fighters shelled the village."
    hezbollah = organisation_actor(group, 0, 9, "Hezbollah", "LB")
    assert hezbollah == Actor("Hezbollah", None, "rebels", "Hezbollah")


def test_a_states_bureau_is_its_states() -> None:
    text = "A bomb hit Syria's National Security Bureau, killing four officials."
    start = text.index("National")
    organ = organisation_actor(text, start, start + len("National Security Bureau"), "National Security Bureau", None)
    assert organ is not None and organ.name == "Military Forces of Syria" and organ.kind == "state_forces"
    office = "Gunmen attacked the Interior Bureau in the capital."
    start = office.index("Interior")
    organ = organisation_actor(office, start, start + len("Interior Bureau"), "Interior Bureau", "IQ")
    assert organ is not None and organ.name == "Government of Iraq"


def test_a_witness_who_speaks_is_no_doer() -> None:
    text = "A resident said the blast shook the whole street."
    found = find_actors(text, True, "SY")
    from dateline.extract.actors import speaker_spans

    author = unknown_author("Remote explosive/landmine/IED", text, "Syria")
    a1, _ = pick_actors(found, speaker_spans(text, found), True, author)
    assert a1 is not None and a1.name == "Unidentified Armed Group (Syria)"


def test_violence_against_civilians_hits_civilians_when_no_one_is_named() -> None:
    text = "On 3 May 2022, an armed man shot and killed two persons at a bus stop in Kisumu, Kenya."
    [m] = [m for m in _mentions(text) if m.event_type == "Violence against civilians"]
    assert _pair(m) == ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)")
