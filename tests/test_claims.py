"""Casualty claims: numbers as written, casualty words, sides and claimants (own sentences)."""

from __future__ import annotations

import pytest

from dateline.extract.claims import find_claims
from dateline.extract.numbers import find_quantities, word_to_int


@pytest.mark.parametrize(
    ("text", "count", "qualifier", "high"),
    [
        ("eleven", 11, "exact", None),
        ("twenty-three", 23, "exact", None),
        ("at least 12", 12, "at_least", None),
        ("more than 4,200", 4200, "more_than", None),
        ("nearly 300", 300, "about", None),
        ("up to 40", 40, "at_most", None),
        ("fewer than 20", 20, "fewer_than", None),
        ("8 to 11", 8, "exact", 11),
        ("between 30 and 35", 30, "exact", 35),
        ("dozens", 24, "at_least", 99),
        ("scores", 40, "at_least", 199),
        ("hundreds", 200, "at_least", 999),
        ("several", 3, "at_least", 9),
        ("2.5 million", 2_500_000, "exact", None),
    ],
)
def test_quantities(text: str, count: int, qualifier: str, high: int | None) -> None:
    (q,) = find_quantities(text)
    assert (q.count, q.qualifier, q.count_high) == (count, qualifier, high)


def test_word_numbers_and_clock_times() -> None:
    assert word_to_int("one hundred and six") == 106
    assert word_to_int("a thousand") == 1000
    assert find_quantities("the truce began at 06:00") == []


def _claims(text: str) -> list[tuple[str, int, str, str | None]]:
    return [(c.kind, c.quantity.count, c.quantity.qualifier, c.side) for c in find_claims(text)]


def test_number_before_casualty_word() -> None:
    text = "Four Georgian border guards were killed and six more were injured near the checkpoint."
    assert _claims(text) == [("killed", 4, "exact", "Georgia"), ("wounded", 6, "exact", "Georgia")]


def test_casualty_word_before_number() -> None:
    assert _claims("The explosion killed at least 14 people on the market.") == [("killed", 14, "at_least", None)]
    assert _claims("It confirmed the deaths of 21 of the crew.") == [("killed", 21, "exact", None)]


def test_other_kinds() -> None:
    text = "Police said 30 protesters were arrested, 5 were abducted overnight and dozens remain missing."
    assert [(k, n) for k, n, _, _ in _claims(text)] == [("arrested", 30), ("abducted", 5), ("missing", 24)]
    assert _claims("The floods of violence displaced 12,000 residents.")[0][:2] == ("displaced", 12000)


def test_single_victim_without_digits() -> None:
    assert _claims("A farmer was shot and killed by armed men on Sunday.") == [("killed", 1, "exact", None)]


def test_no_claim_invented() -> None:
    assert find_claims("It was the deadliest fighting in years.") == []
    assert find_claims("About 3,000 peacekeepers were sent to the region in 2020.") == []
    assert find_claims("The war lasted six weeks and ended in 1994.") == []
    assert find_claims("Gunmen stole 40 cows from the village.") == []


def test_coordinated_counts_share_the_casualty_word() -> None:
    kinds = _claims("Three soldiers and two civilians were killed in the raid.")
    assert sorted(k[:2] for k in kinds) == [("killed", 2), ("killed", 3)]


def test_aside_inside_a_count_and_tolls() -> None:
    text = "At least 60 people, including 9 children, were killed and over 90 were hurt."
    assert _claims(text) == [
        ("killed", 60, "at_least", None), ("killed", 9, "exact", None), ("wounded", 90, "more_than", None),
    ]
    assert _claims("The toll from the flood of attacks on the camp has risen to 17.") == [("killed", 17, "exact", None)]
    assert _claims("Five members of one household were killed.") == [("killed", 5, "exact", None)]


def test_verb_before_count_wins_over_a_later_noun() -> None:
    assert _claims("Raiders shot and killed two refugees near the camp.") == [("killed", 2, "exact", None)]
    assert _claims("The militia killed 4 and injured 6 in the raid.") == [
        ("killed", 4, "exact", None), ("wounded", 6, "exact", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two herdsmen were lynched by a crowd at the market.", [("killed", 2)]),
        ("Three guards from the district council were stabbed to death overnight.", [("killed", 3)]),
        ("11 were reported to have been killed in the raid.", [("killed", 11)]),
        ("Nine villagers (among them two teachers) were killed in the attack.", [("killed", 9)]),
        ("Gunmen killed between 16 to 20 worshippers.", [("killed", 16)]),
    ],
)
def test_more_ways_to_say_killed(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(k, n) for k, n, _, _ in _claims(text)][:len(expected)] == expected


def test_a_count_before_an_active_verb_is_the_perpetrators() -> None:
    assert [(k, n) for k, n, _, _ in _claims("Two gunmen shot dead a shopkeeper near the bridge.")] == [("killed", 1)]
    assert [(k, n) for k, n, _, _ in _claims("Four attackers assaulted and killed a guard.")] == [("killed", 1)]


def test_killed_and_wounded_together_is_a_casualty_figure() -> None:
    assert [(k, n) for k, n, _, _ in _claims("Six rebels were killed and wounded in the raid.")] == [("casualties", 6)]


def test_one_more_victim_coordinated_with_a_count() -> None:
    assert sorted(k[:2] for k in _claims("Four police officers and a driver were killed in the ambush.")) == [
        ("killed", 1), ("killed", 4)]
    assert sorted(k[:2] for k in _claims("Bandits shot dead three herders and a boy near the well.")) == [
        ("killed", 1), ("killed", 3)]
    # "and a third was injured" has a verb of its own
    assert _claims("Two soldiers were killed and a third was injured.") == [
        ("killed", 2, "exact", None), ("wounded", 1, "exact", None)]
    # a count after a casualty word coordinated with a clause of its own does not share its kind
    assert [(k, n) for k, n, _, _ in _claims("Two guards died and 3 injuried.")] == [("killed", 2)]
    # an apposition naming the counted people adds no one; a list that does not match the count does
    assert [k[:2] for k in _claims("Two civilians, a woman and a child, were killed in the town.")] == [("killed", 2)]
    assert sorted(k[:2] for k in _claims("Seven police officers, a soldier and a civilian were killed.")) == [
        ("killed", 1), ("killed", 7)]


def _parsed_claims(text: str) -> list[tuple[str, int]]:
    from dateline import nlp

    doc = next(nlp.parse([text], full=True))
    return [(c.kind, c.quantity.count) for c in find_claims(text, doc[:], 0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Unknown men beat a trader to death in the village.", [("killed", 1)]),
        ("The teacher died in hospital two days later.", [("killed", 1)]),
        ("The body of a fisherman was found on the shore.", [("killed", 1)]),
        ("A fisherman was killed and his body was found on the shore.", [("killed", 1)]),
        ("Farmer shot dead near the river", [("killed", 1)]),
        ("The village chief and his driver were killed.", [("killed", 2)]),
        ("Hundreds of residents were found safe.", []),
    ],
)
def test_victims_read_from_the_parse(text: str, expected: list[tuple[str, int]]) -> None:
    assert _parsed_claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counted victim the parse ties to its verb across a relative clause or a prepositional phrase
        ("Four fishermen who were returning from the lake were killed by the blast.", [("killed", 4)]),
        ("Two guards stationed at the gate of the depot were killed.", [("killed", 2)]),
        ("Three farmers stepped on a mine and died on the way home.", [("killed", 3)]),
        ("Soldiers shot two herders to death near the well.", [("killed", 2)]),
        # the parse joins two subjects ("three ... and one died"): only the one who died
        ("Three porters stepped on a mine near the camp and one died from the blast.", [("killed", 1)]),
        # "were hospitalised or died": alternatives, not a death of all
        ("Two nurses were hospitalised or died of hunger, the union said.", [("wounded", 2)]),
    ],
)
def test_counted_victims_read_from_the_parse(text: str, expected: list[tuple[str, int]]) -> None:
    assert _parsed_claims(text) == expected


def test_victims_told_with_a_shared_determiner_are_one_person() -> None:
    assert _parsed_claims("A local teacher and activist was shot dead outside his home.") == [("killed", 1)]
    assert sorted(_parsed_claims("The judge and his bodyguard were shot dead.")) == [("killed", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three truck drivers died when the convoy was hit.", [("killed", 3)]),  # people of a vehicle count
        ("One displaced person was killed in the camp.", [("killed", 1)]),  # an adjective, not a displacement
        ("Two of the victims died on the way to hospital.", [("killed", 2)]),
        ("Two of those detained were later found dead.", [("killed", 2)]),
        ("Two men were in the early morning hours shot dead by gunmen.", [("killed", 2)]),
        ("Five guards were stabbed, beaten and decapitated.", [("killed", 5)]),
        ("Militiamen kiled 8 villagers overnight.", [("killed", 8)]),  # a misspelt verb still counts
        ("Four civilians were fatally wounded by stray bullets.", [("killed", 4)]),
        ("The raid on 03/11 left seven soldiers dead.", [("killed", 7)]),  # a date in digits is no count
        ("Six fighters were killed, injured or captured in the operation.", [("casualties", 6)]),
        ("The nurse and three patients were killed.", [("killed", 1), ("killed", 3)]),
        ("Police shot into the crowd, killing one and injuring three.", [("killed", 1), ("wounded", 3)]),
    ],
)
def test_more_ways_counts_meet_their_casualty_words(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(k, n) for k, n, _, _ in _claims(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three youths were arrested and killed by soldiers.", [("arrested", 3), ("killed", 3)]),
        ("Gunmen abducted nine drivers and executed them nearby.", [("abducted", 9), ("killed", 9)]),
        ("Two porters were wounded and later died in hospital.", [("wounded", 2), ("killed", 2)]),
        # "and killed another": a victim of its own, not the abducted
        ("Gunmen abducted five traders and killed another.", [("abducted", 5)]),
    ],
)
def test_people_seized_or_wounded_then_killed(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(k, n) for k, n, _, _ in _claims(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Traders closed their shops in retaliation for the killing of three porters last week.",
        "Students marched to the police station in protest of the recent alleged killing of a classmate.",
        "Residents blocked the main road after a young man was found murdered near his home.",
        "Youths torched two lorries after four pedestrians died in a crash at the junction.",
        "The ambush came just days after five herders were killed near the river.",
        "The district officer dismissed reports that 14 people were shot dead.",
    ],
)
def test_deaths_of_another_happening_are_not_claims_of_this_one(text: str) -> None:
    assert [k for k, *_ in _claims(text) if k == "killed"] == []
    assert [k for k, n in _parsed_claims(text) if k == "killed" and n > 1] == []


def test_lynching_victim_is_counted_and_the_crime_they_were_accused_of_is_not() -> None:
    assert _parsed_claims("A mob lynched a man after he stabbed his neighbour to death.") == [("killed", 1)]
    assert _parsed_claims("A woman who strangled her husband was lynched by a mob.") == [("killed", 1)]
    assert _parsed_claims("Villagers lynched a man they believe killed two children.") == [("killed", 1)]
    # the lynched man himself, though accused, stays a victim
    assert _parsed_claims("A man suspected of theft was lynched by a mob.") == [("killed", 1)]


def test_a_news_outlet_named_after_a_place_is_no_side() -> None:
    from dateline.extract.claims import claimant_side

    assert claimant_side("the Kenya Standard") is None and claimant_side("the Nairobi Star") is None
    assert claimant_side("Azerbaijan's defence ministry") == "Azerbaijan"


def test_news_phrasings_written_after_the_rules() -> None:
    # a count after one victim of the same verb
    assert sorted(k[:2] for k in _claims("Troops killed a commander and two fighters near the river.")) == [
        ("killed", 1), ("killed", 2)]
    # an evacuation of residents displaces them; a medical evacuation does not
    assert [k[:3] for k in _claims("More than 100,000 people had been evacuated from the villages.")] == [
        ("displaced", 100000, "more_than")]
    assert [k[0] for k in _claims("Two wounded soldiers were evacuated to a hospital.")] == ["wounded"]
    # a claim told in a relative clause, its claimant the sentence's subject
    found = find_claims("Kyrgyzstan mourned the 59 people it says were killed in the clashes.")
    assert [(c.kind, c.quantity.count, c.claimant, c.side) for c in found] == [
        ("killed", 59, "Kyrgyzstan", "Kyrgyzstan")]


def test_a_titled_victim_is_no_side() -> None:
    from dateline.extract.claims import _side_of_np, _titled

    assert _titled("Hassan Turkomani", "General Hassan Turkomani was killed.")
    assert not _titled("Hamas", "a major Hamas commander was killed")
    assert _side_of_np(" Gen Shawkat", None) == (None, False)
    assert _side_of_np(" Mai-Mai fighters", None) == ("Mai-Mai", True)


NUMBER_PIECES = ["one", "One", "two", "-", "to", "or", " ", "5", "12", ",", ".", ":", "a", "A", "an", "few", "dozens",
                 "of", "hundred", "at", "least", "more than", "between", "and", "twenty", "-five", "x", "c.", "approx.",
                 "tens", "no", "single", "\u00e9", "\u212a", "1,000", "3.5", "million", "\n", "\u2013"]


def test_quantities_are_found_where_the_full_scan_finds_them() -> None:
    """The word-start shortcut of ``find_quantities`` finds what scanning every position finds, glued words
    ("sevenor two", "oneto5") and non-ASCII text included."""
    import random

    from dateline.extract import numbers

    def spans(found):
        return [(m.start(), m.end(), m.groupdict()) for m in found]

    rnd = random.Random(11)
    texts = ["sevenor two died", "oneto5 were hurt", "On 5 June, at least 12 people, a dozen of them soldiers, died.",
             "Approx. 30 or c. 40", "\u212aILLED 3", "\u00e9t\u00e9: 4 morts"]
    texts += ["".join(rnd.choice(NUMBER_PIECES) for _ in range(rnd.randint(0, 10))) for _ in range(5000)]
    for text in texts:
        assert spans(numbers._quantity_matches(text)) == spans(numbers.QUANTITY_RE.finditer(text)), text


def test_victim_rules_read_only_their_words() -> None:
    """``_rule_tokens`` keeps, in one pass, the tokens whose lower-cased form is a reporting word and those whose
    lower-cased form or lemma is a victim rule's word, each in order: what filtering the tokens twice gives."""
    from dateline import nlp
    from dateline.extract import claims

    texts = ["Two men were killed and a boy died; police found the body of a woman, officials said.",
             "According to the police, gunmen shot dead a farmer and wounded two others, residents told reporters.",
             "Nothing happened here."]
    for doc in nlp.parse(texts, full=True):
        for tokens in (doc[:], doc[2:], doc):
            speakers, victims = claims._rule_tokens(tokens)
            assert [t.i for t in speakers] == [t.i for t in tokens if t.lower in claims._speaker_word_ids()]
            assert [t.i for t in victims] == [t.i for t in tokens if t.lower in claims._victim_word_ids()
                                              or t.lemma in claims._victim_word_ids()]
    doc = next(nlp.parse(texts[:1], full=True))
    speakers, victims = claims._rule_tokens(doc[:])
    assert [t.text for t in victims] == ["killed", "died", "found"] and [t.text for t in speakers] == ["said"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # things counted through a modifier or two are no victims
        ("Insurgents blew up two armoured lorries and about 15 soldiers died.", [("killed", 15)]),
        ("The rebels struck the column with six mines and at least 12 troops died.", [("killed", 12)]),
        ("One army truck was burnt and four soldiers were killed.", [("killed", 4)]),
        ("Nine fighters riding seven motorbikes were killed in the strike.", [("killed", 9)]),
        ("Raiders abducted two herders and killed a dozen of their goats.", [("abducted", 2)]),
        # the people of the things are counted
        ("Villagers killed three suspected cattle raiders.", [("killed", 3)]),
        # a number that names a unit or a group, not a count
        ("The chairman of 40 households was stabbed to death at the market.", [("killed", 1)]),
        ("A sergeant of battalion 212 was killed by a roadside bomb.", [("killed", 1)]),
    ],
)
def test_things_and_names_are_no_counts(text: str, expected: list[tuple[str, int]]) -> None:
    assert _parsed_claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside naming some of the counted, up to the verb (not past it)
        ("Twelve guards of the northern prison gate including a warden were killed.", [("killed", 12)]),
        ("Two farmers including a boy of 9 died in the shelling and five others were hurt.",
         [("killed", 2), ("wounded", 5)]),
        # "injured" before the noun says which people; the verb after, what happened to them
        ("The three injured porters later died in hospital.", [("killed", 3)]),
        # one family of three
        ("A rocket killed a family of four in the camp.", [("killed", 4)]),
        # "both of the ...", "and another ...", "along with his ..."
        ("A shell struck the taxi and both of the passengers were killed.", [("killed", 2)]),
        ("Gunmen shot dead a fisherman and another man near the jetty.", [("killed", 1), ("killed", 1)]),
        ("The mayor was shot and killed, along with his bodyguard.", [("killed", 1), ("killed", 1)]),
        # a manner verb with "fatally" kills
        ("Police fatally shot the head of the local youth group.", [("killed", 1)]),
        ("Two thieves were fatally assaulted by a crowd.", [("killed", 2)]),
        # seized, then found dead
        ("A trader was kidnapped and later found dead near the border.", [("abducted", 1), ("killed", 1)]),
        # a second verb with its own object is no casualty word of the count
        ("One guard was killed and injured another one.", [("killed", 1), ("wounded", 1)]),
    ],
)
def test_more_victim_phrasings(text: str, expected: list[tuple[str, int]]) -> None:
    assert sorted(_parsed_claims(text)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "The two herders were suspected to have killed a motorcyclist the week before.",
        "A youth suspected of taking part in a raid that killed four at a market was arrested.",
    ],
)
def test_a_suspected_deed_is_no_claim(text: str) -> None:
    assert [n for k, n in _parsed_claims(text) if k == "killed" and n > 1] == []
    assert not any(k == "killed" and n == 1 and "motorcyclist" in text for k, n in _parsed_claims(text))


def test_a_state_voice_does_not_count_enemy_fighters_as_its_own() -> None:
    from dateline import nlp

    def sides(text: str) -> list[str | None]:
        doc = next(nlp.parse([text], full=True))
        return [c.side for c in find_claims(text, doc[:], 0) if c.kind == "killed"]

    assert sides("The Kenyan army said that 20 militants were killed.") == [None]
    assert sides("The Kenyan army said that 20 soldiers were killed.") == ["Kenya"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The gang broke into the shop and demanded cash before stabbing him to death.", [("killed", 1)]),
        ("Her body was found in a ditch two days later.", [("killed", 1)]),
        # the victim of the sentence, found: not a second one
        ("A herder was shot dead and his body was dumped in the river.", [("killed", 1)]),
        # numbers that name, not count
        ("A grade eight pupil was killed by a stray bullet.", [("killed", 1)]),
        ("A mother of six was hacked to death in her home.", [("killed", 1)]),
    ],
)
def test_pronoun_victims_and_numbers_in_names(text: str, expected: list[tuple[str, int]]) -> None:
    assert _parsed_claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parse hangs the number on the adjective of the victims' noun
        ("Four Somali herders grazing near the river were killed by raiders.", [("killed", 4)]),
        # a toll raised from one figure to another is the second
        ("Over the next days the death total was raised from 2 to 6.", [("killed", 6)]),
        # "and one shot in the leg": wounded, not a second dead
        ("A trader is killed and one shot in the arm by robbers.", [("killed", 1)]),
        # the killing a mob punished is another happening
        ("A man was stoned to death by a mob in the market for killing his wife.", [("killed", 1)]),
    ],
)
def test_session12_phrasings(text: str, expected: list[tuple[str, int]]) -> None:
    assert _parsed_claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two herders were shot dead, as was one of the raiders.", [("killed", 2), ("killed", 1)]),
        ("A guard was killed, as was the cook.", [("killed", 1), ("killed", 1)]),
        ("Five people were killed, as was feared.", [("killed", 5)]),
    ],
)
def test_as_was_adds_victims_of_the_same_verb(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(k, n) for k, n, _, _ in _claims(text)] == expected


def test_a_range_of_reported_fatalities() -> None:
    [(kind, count, qualifier, side)] = _claims("Reports on fatalities range from 3 to 6.")
    assert (kind, count) == ("killed", 3)
    [claim] = find_claims("Reports on fatalities range from 3 to 6.")
    assert claim.quantity.count_high == 6


def test_the_same_victim_told_again_and_a_death_avenged() -> None:
    text = "A Dutch aid worker was shot dead on Monday, and the group claimed responsibility for shooting to death the Dutch worker."
    assert _parsed_claims(text) == [("killed", 1)]
    assert sorted(_parsed_claims("Gunmen killed a teacher and shot dead the headmaster.")) == [("killed", 1), ("killed", 1)]
    text = "Rebels burned a school, allegedly in retaliation to the killing of four of their fighters."
    assert [n for k, n in _parsed_claims(text) if k == "killed"] == []


def test_one_person_told_dead_in_the_present_is_a_death() -> None:
    # headline style: "A man is dead after ..."
    [claim] = find_claims("A fisherman is dead after a mine exploded near the jetty.")
    assert (claim.kind, claim.quantity.count) == ("killed", 1)
    assert all(c.kind != "killed" for c in find_claims("A fisherman is missing after the boat capsized."))
