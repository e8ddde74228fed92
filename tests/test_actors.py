"""Actors normalised the ACLED way from demonyms, possessives and nouns."""

from __future__ import annotations

from dateline.extract.actors import find_actors, pick_actors


def names(text: str, violent: bool = True, country: str | None = None) -> list[str]:
    return [a.actor.name for a in find_actors(text, violent, country)]


def test_state_forces_and_governments() -> None:
    assert names("Georgian troops fired on Russia's army positions.") == [
        "Military Forces of Georgia", "Military Forces of Russia",
    ]
    assert names("The Moldovan government condemned the move.", violent=False) == ["Government of Moldova"]


def test_shared_noun_of_coordinated_demonyms() -> None:
    assert names("Fighting erupted between Serbian and Kosovan police overnight.") == [
        "Police Forces of Serbia", "Police Forces of Kosovo",
    ]


def test_groups_take_the_article_country() -> None:
    assert "Protesters (Chile)" in names("Hundreds of protesters blocked the highway.", False, "CL")
    found = find_actors("A trader was killed by unidentified gunmen at the market.", True, "NG")
    a1, a2 = pick_actors(found)
    assert a1 is not None and a1.name == "Unidentified Armed Group (Nigeria)"
    assert a2 is not None and a2.name == "Civilians (Nigeria)"


def test_location_is_not_an_actor() -> None:
    assert names("Students marched in Santiago on Monday.", False, "CL") == []


def test_a_clock_zone_is_not_an_actor() -> None:
    # a capital naming the time of day, as in a ministry's statement quoted in wire copy
    assert names("The truce began at noon (Kyiv time, 0900 GMT), the army said.", violent=False) == []
    assert names("Talks open at 10:00 Moscow Standard Time.", violent=False) == []
    # the capital as the government's voice, and "time and again", still are
    assert names("Moscow said the talks would resume.", violent=False) == ["Government of Russia"]
    assert names("Kyiv time and again asked for air defence.", violent=False) == ["Government of Ukraine"]


def test_a_states_strikes_name_its_forces() -> None:
    assert names("Russian airstrikes hit the market.") == ["Military Forces of Russia"]
    assert names("Azerbaijani shelling of border villages continued.") == ["Military Forces of Azerbaijan"]
    # a demonym alone stays no actor
    assert names("Armenian-populated villages were shelled.") == []


def test_the_voice_of_a_report_is_no_party_to_the_fighting() -> None:
    from dateline.extract.actors import speaker_spans

    def picked(text: str) -> tuple[str | None, str | None]:
        found = find_actors(text, True)
        a1, a2 = pick_actors(found, speaker_spans(text, found))
        return (a1.name if a1 else None, a2.name if a2 else None)

    assert picked("Armenian officials said Azerbaijani shelling of border areas continued.") == (
        "Military Forces of Azerbaijan", None)
    assert picked("Georgian police, the ministry said, fired on Russian troops.") == (
        "Police Forces of Georgia", "Military Forces of Russia")
    # who tells of its own deed is its doer
    assert picked("Ukrainian forces claimed to have shot down Russian drones.") == (
        "Military Forces of Ukraine", "Military Forces of Russia")
    assert picked("Ukrainian forces reported that they shot down Russian drones.") == (
        "Military Forces of Ukraine", "Military Forces of Russia")
    # a speaker alone is still the actor named
    assert picked("Kenyan police said two men were shot dead.")[0] == "Police Forces of Kenya"


def test_crowds_follow_the_acled_codebook() -> None:
    from dateline.extract.actors import crowd_actors
    from dateline.model import Actor

    police = Actor("Police Forces of Peru", "Peru", "state_forces")
    party = Actor("APRA", None, "rebels")
    a1, a2 = crowd_actors("Riots", "Violent demonstration", party, police, "PE")
    assert (a1.name if a1 else None, a2) == ("Rioters (Peru)", police)
    a1, a2 = crowd_actors("Protests", "Peaceful protest", None, None, "PE")
    assert (a1.name if a1 else None, a2) == ("Protesters (Peru)", None)
    assert crowd_actors("Battles", "Armed clash", party, police, "PE") == (party, police)


def test_victim_before_tries_only_the_last_words() -> None:
    """``_victim_before`` answers as the regex over the whole text before the position."""
    import random

    from dateline.extract import actors

    rnd = random.Random(5)
    pieces = ["killed", "at", "on", " ", "  ", "\n", "\t", "by", "in", "the", "men", "-", "x-at", "cat", ",", ".",
              "Killed", "\u00a0", "AGAINST", "\u00e9", "near", "shot"]
    texts = ["Gunmen killed two young men in the market.", "They were attacked near Goma by rebels."]
    texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 9))) for _ in range(3000)]
    for text in texts:
        for pos in range(len(text) + 1):
            assert actors._victim_before(text, pos) == (actors._VICTIM_BEFORE.search(text[:pos]) is not None)


def test_a_wars_dead_are_no_civilians_actor_but_people_attacked_are() -> None:
    for text in ("They last fought in 2008, a conflict that killed more than 800 people.",
                 "About 12,000 people died in the two-year war over the valley."):
        assert "Civilians (Georgia)" not in names(text, True, "GE"), text
    assert "Civilians (Georgia)" in names("Gunmen killed 8 people in a village near the border.", True, "GE")


def test_a_broker_named_before_its_envoy_is_a_mediator() -> None:
    # the envoy's name stands between the state and its mediating verb
    [broker] = find_actors("The shooting stopped after Turkish Foreign Minister Mevlut Cavusoglu spoke by phone with both sides.",
                           violent=False)
    assert (broker.actor.name, broker.actor.kind) == ("Government of Turkey", "mediator")
