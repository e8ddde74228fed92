"""Event typing: ACLED labels for violent/contentious events, PLOVER tags for verbal ones."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from dateline.extract import classify
from dateline.extract import typing as tp
from dateline.taxonomy import EVENT_TYPE_OF, VERBAL_EVENT_TYPE

# Sentences written for these tests (none comes from the evaluation data).
CASES = [
    ("Government troops and rebel fighters exchanged gunfire for several hours near the border town.",
     "Battles", None),
    ("A roadside bomb exploded under a police pickup on the highway, killing two officers.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Hundreds of teachers marched peacefully through the capital to demand unpaid salaries.",
     "Protests", "Peaceful protest"),
    ("Gunmen stormed a village at night and shot dead five unarmed farmers in their homes.",
     "Violence against civilians", "Attack"),
    ("Artillery shells fired by the army landed on the outskirts of the city overnight.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
]


@pytest.mark.parametrize(("text", "etype", "sub"), CASES)
def test_violent_and_contentious_events_get_their_acled_type(text: str, etype: str, sub: str | None) -> None:
    got_type, got_sub, _ = classify(text)
    assert got_type == etype
    if sub is not None:
        assert got_sub == sub
    assert EVENT_TYPE_OF[got_sub] == got_type


def test_ceasefire_is_an_agreement_tagged_agree() -> None:
    etype, sub, plover = classify("The two armies signed a ceasefire agreement mediated by the neighbours.")
    assert (etype, sub, plover) == ("Strategic developments", "Agreement", "AGREE")


def test_verbal_event_is_kept_with_a_plover_category() -> None:
    t = tp.classify_sentence("The foreign minister accused the neighbouring government of lying about the talks.")
    assert t.event_type == VERBAL_EVENT_TYPE
    assert t.plover in tp.VERBAL_ROOTS
    assert t.reportable


def test_codebook_rules_cover_what_training_lacks() -> None:
    chem = classify("Residents said a helicopter dropped barrels of chlorine gas on the rebel-held district.")
    assert chem[:2] == ("Explosions/Remote violence", "Chemical weapon")
    suicide = classify("A suicide bomber detonated his vest at the entrance of the mosque, killing nine worshippers.")
    assert suicide[1] == "Suicide bomb"
    claim = tp.classify_sentence("The insurgent group claimed responsibility for the ambush on the convoy.")
    assert claim.sub_event_type == tp.ATTRIBUTION and claim.event_type == VERBAL_EVENT_TYPE
    flood = tp.classify_sentence("Floods after three days of torrential rain swept away houses in the valley.")
    assert flood.sub_event_type == tp.NATURAL_DISASTER and not flood.reportable
    # Tear gas at a protest is not a chemical weapon.
    assert classify("Police fired tear gas to disperse the demonstrators outside parliament.")[1] != "Chemical weapon"


def test_sentence_without_any_event_is_not_reportable() -> None:
    assert not tp.classify_sentence("The capital is known for its old bridges and a lively coffee culture.").reportable


def test_normalize_drops_coder_conventions_dates_and_numbers() -> None:
    text = "On 3 March 2021, 40 workers protested in the port. [size=around 40] Fatalities coded as 2."
    out = tp.normalize(text)
    assert "size" not in out and "coded" not in out and "March" not in out and "40" not in out
    assert "workers protested in the port" in out


def test_batch_agrees_with_single_calls_and_is_deterministic() -> None:
    texts = [t for t, *_ in CASES]
    assert tp.classify_batch(texts) == [classify(t) for t in texts]
    assert tp.classify_many(texts) == tp.classify_many(texts)
    assert tp.classify_many([]) == []


def test_confidence_is_a_probability() -> None:
    for t in tp.classify_many([t for t, *_ in CASES]):
        assert 0.0 < t.confidence <= 1.0


def test_model_artifact_is_small_and_holds_no_text() -> None:
    path = Path(tp.__file__).resolve().parents[1] / "data" / tp.MODEL_FILE
    assert path.stat().st_size < 5_000_000
    m = tp.shipped_model()
    for part in (m.acled, m.plover):
        assert part.weights.shape == (len(part.columns), len(part.labels))
        assert part.columns.dtype.kind == "i"
    assert set(m.acled.labels) <= set(EVENT_TYPE_OF)
    assert set(tp.VERBAL_ROOTS) <= set(m.plover.labels)


def test_model_round_trips(tmp_path: Path) -> None:
    m = tp.shipped_model()
    path = tmp_path / "m.npz"
    m.save(path)
    again = tp.TypingModel.load(path)
    assert again.acled.labels == m.acled.labels and again.plover.labels == m.plover.labels
    texts = [t for t, *_ in CASES]
    assert tp.classify_many(texts, model=again) == tp.classify_many(texts)


def test_bucket_lookup_scores_equal_a_plain_sparse_product() -> None:
    model = tp.shipped_model()
    m = model.acled
    x = model.featurize([t for t, *_ in CASES])
    plain = (x[:, m.columns] @ m.weights) + m.bias
    assert abs(m.scores_of(x) - plain).max() < 1e-4


def _sequential_scores(m: tp.LinearModel, x: Any) -> np.ndarray:
    """Each row's weighted features added one after the other from zero in float32, then the bias."""
    out = np.zeros((x.shape[0], len(m.labels)), dtype=np.float32)
    where = {int(c): i for i, c in enumerate(m.columns)}
    for r in range(x.shape[0]):
        total = np.zeros(len(m.labels), dtype=np.float32)
        for k in range(x.indptr[r], x.indptr[r + 1]):
            i = where.get(int(x.indices[k]))
            if i is not None:
                total = total + m.weights[i] * x.data[k]
        out[r] = total
    return out + m.bias


def random_model(rng: np.random.Generator, n_labels: int, pool: np.ndarray | None = None,
                 n_columns: int = 300) -> tp.LinearModel:
    """A model over ``n_columns`` buckets (of ``pool``, or of all) with random weights, a fifth of them -0.0."""
    columns = np.sort(rng.choice(2 * tp.N_FEATURES if pool is None else pool, n_columns, replace=False)).astype(np.int32)
    weights = rng.normal(0, 1, (n_columns, n_labels)).astype(np.float32)
    weights[rng.random(weights.shape) < 0.2] = -0.0
    return tp.LinearModel(tuple(f"l{i}" for i in range(n_labels)), columns, weights,
                          rng.normal(0, 1, n_labels).astype(np.float32))


def random_rows(rng: np.random.Generator, n_rows: int, buckets: np.ndarray) -> Any:
    """``n_rows`` rows of up to 120 features, most of them among ``buckets``, some not (they add nothing)."""
    from dateline.extract.hashing import Rows

    lengths = rng.integers(0, 120, n_rows)
    indptr = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int32)
    indices = np.where(rng.random(indptr[-1]) < 0.8, rng.choice(buckets, indptr[-1]),
                       rng.integers(0, 2 * tp.N_FEATURES, indptr[-1])).astype(np.int32)
    return Rows(rng.random(indptr[-1]).astype(np.float32), indices, indptr, (n_rows, 2 * tp.N_FEATURES))


@pytest.mark.parametrize("n_labels", [1, 2, 24])
def test_scores_are_sequential_sums_bit_for_bit(n_labels: int) -> None:
    """``scores_of`` adds a row's features in order from zero, as a plain loop does (``np.add.reduce`` along
    the steps, ``np.add.accumulate`` for one label): the same bits, negative zeros in the weights included."""
    rng = np.random.default_rng(7)
    m = random_model(rng, n_labels)
    for n_rows in (1, 3, 1, 7, 0):
        x = random_rows(rng, n_rows, m.columns)
        assert m.scores_of(x).tobytes() == _sequential_scores(m, x).tobytes()


def test_combatants_killed_is_not_violence_against_civilians() -> None:
    etype, _, _ = classify("The defence ministry said that 12 of its soldiers had been killed overnight.")
    assert etype != "Violence against civilians"


def test_a_ceasefire_told_without_the_word_is_an_agreement():
    for text in ("Shelling stopped on Friday night after mediators intervened.",
                 "The two militias agreed to end the fighting around the airport."):
        assert classify(text)[:2] == ("Strategic developments", "Agreement")
    assert classify("Militants shelled the airport, killing two guards.")[1] != "Agreement"


def test_names_are_masked_but_numbers_and_first_words_are_kept() -> None:
    out = tp.mask_names(tp.normalize("Militants of Al Noor attacked a camp near Port Lumen, killing 3 soldiers."))
    assert out.startswith("Militants of Xname attacked a camp near Xname,")
    assert "NUM soldiers" in out and "Lumen" not in out


def test_feature_set_is_stored_with_the_weights(tmp_path: Path) -> None:
    m = tp.shipped_model()
    both = tp.TypingModel(m.acled, m.plover, tp.WORDS, tp.WORDS)
    both.save(tmp_path / "m.npz")
    again = tp.TypingModel.load(tmp_path / "m.npz")
    assert (again.features, again.plover_features) == (tp.WORDS, tp.WORDS)
    wide = tp.featurize(["Rebels shelled the town."], tp.WORDS_CHARS_NAMES)
    assert wide.shape[1] == 2 * tp.N_FEATURES and wide[:, tp.N_FEATURES:].nnz > 0
    with pytest.raises(ValueError):
        tp.featurize(["x"], "no such features")


def test_accidents_are_not_attacks_but_bombings_are() -> None:
    blast = tp.classify_sentence("A gas tank at the chemical plant exploded overnight, injuring four workers.")
    assert blast.sub_event_type == tp.MAN_MADE_DISASTER and not blast.reportable
    bomb = tp.classify_sentence("A bomb planted by militants exploded at the bus station, injuring four people.")
    assert bomb.event_type == "Explosions/Remote violence"


def test_weapons_found_or_seized_is_disrupted_weapons_use() -> None:
    for text in ("A cache of rifles and ammunition was seized by police at a farm outside the town.",
                 "Soldiers found and destroyed two roadside bombs on the highway."):
        assert classify(text)[1] == "Disrupted weapons use"
    assert classify("Troops clashed with rebels and seized their rifles after the fighting.")[1] != "Disrupted weapons use"


def test_a_protest_needs_a_protest_word_and_force_makes_an_intervention() -> None:
    assert classify("Reports of heavy fighting with artillery came from both sides on Tuesday.")[0] != "Protests"
    dispersed = classify("Teachers marched on the ministry and police dispersed them with tear gas.")
    assert dispersed[1] in ("Protest with intervention", "Excessive force against protesters", "Violent demonstration")


def test_territory_goes_to_whoever_moved() -> None:
    assert tp._territory("Rebel fighters seized control of the district capital on Sunday.") == \
        "Non-state actor overtakes territory"
    assert tp._territory("The army recaptured the town from the insurgents.") == "Government regains territory"
    assert tp._territory("Militants tried to capture the town but were pushed back.") is None
    # a named town before its noun; a country's forces named by their people's adjective are the state's
    assert tp._territory("Georgian forces captured Tskhinvali, the main town of the region.") == \
        "Government regains territory"
    assert tp._territory("Kurdish forces captured the town of Tal Abyad.") == "Non-state actor overtakes territory"
    # people taken where a place is named are no ground taken
    assert tp._territory("Police captured three robbery suspects in the village of Muranga.") is None


def test_ground_taken_without_a_fight_is_a_non_violent_transfer() -> None:
    nvt = "Non-violent transfer of territory"
    assert tp._territory("Rebels took control of the border town without a fight on Friday.") == nvt
    assert tp._territory("Militia fighters seized the district; no clashes were reported.") == nvt
    # one side left and the other moved in, with no fighting told
    assert tp._territory("After the army withdrew, local fighters took control of the base.") == nvt
    # left after a fight: the taking is no peaceful transfer
    assert tp._territory("Rebels took control of the base after heavy clashes as the army withdrew.") == \
        "Non-state actor overtakes territory"
    # a fight told is no transfer, whoever took the ground
    assert tp._territory("Troops recaptured the town after killing ten insurgents.") == "Government regains territory"


def test_a_town_captured_is_no_arrest() -> None:
    assert tp._refine("Georgian forces captured Tskhinvali, the main town of the region.", "Arrests") == \
        "Government regains territory"
    assert tp._refine("Police captured three robbery suspects in the village of Muranga.", "Arrests") == "Arrests"


@pytest.mark.parametrize(("text", "sub"), [
    # force on a peaceful protest that kills or seriously hurts: excessive force
    ("Traders gathered to protest against new market fees; police dispersed them, killing one trader.",
     "Excessive force against protesters"),
    # without such harm it stays an intervention
    ("Students protested against fee increases and police dispersed them with tear gas.", "Protest with intervention"),
    # a counter-group assaulting the marchers intervenes too
    ("Nurses staged a march for unpaid wages until ruling party youths assaulted the marchers.",
     "Protest with intervention"),
    # demonstrators who burn tyres or barricade roads: a violent demonstration
    ("Residents protested the power cuts by burning tyres and barricading the main road.", "Violent demonstration"),
    # demonstrators who fight the police are violent whether or not the police break them up
    ("Protesters hurled stones and set fire to a police vehicle before police dispersed them with tear gas.",
     "Violent demonstration"),
    # what the protest is about is no act of the protesters
    ("Shopkeepers staged a peaceful protest against the vandalism of their stalls last week.", "Peaceful protest"),
])
def test_protest_sub_types_follow_the_codebook(text: str, sub: str) -> None:
    assert classify(text)[1] == sub


def test_strikes_from_the_air_and_armed_victims() -> None:
    assert classify("Military helicopters opened fire on the rebel positions near the river.")[1] == "Air/drone strike"
    assert classify("Twelve insurgents were killed by army airstrikes on their camp.")[1] == "Air/drone strike"
    # violence against police or militia is a clash between armed actors, even one-sided
    assert classify("Unknown gunmen shot dead a policeman at a checkpoint outside the town.")[:2] == (
        "Battles", "Armed clash")


def test_second_stage_reads_codebook_flags_and_gives_probabilities(tmp_path: Path) -> None:
    m = tp.shipped_model()
    assert m.stack is not None
    for name in m.stack.flags:
        assert hasattr(getattr(tp, name), "search")
    texts = [t for t, *_ in CASES]
    x = m.featurize(texts)
    p = m.acled_probabilities(texts, x, m.plover.scores_of(m.featurize_plover(texts, x)))
    assert p.shape == (len(texts), len(m.acled.labels)) and abs(p.sum(axis=1) - 1).max() < 1e-4
    m.save(tmp_path / "m.npz")
    again = tp.TypingModel.load(tmp_path / "m.npz")
    assert again.stack is not None and again.stack.flags == m.stack.flags
    plain = tp.TypingModel(m.acled, m.plover, m.features, m.plover_features)  # without it: the linear softmax
    assert all(0.0 < t.confidence <= 1.0 for t in tp.classify_many(texts, model=plain))


@pytest.mark.parametrize("text", [
    "Forty fighters of the rebel brigade laid down their arms and surrendered to the army on Sunday.",
    "The insurgents freed the twelve hostages they had held since March.",
])
def test_yielding_done_is_no_verbal_event(text: str) -> None:
    assert tp.classify_sentence(text).event_type != VERBAL_EVENT_TYPE


def test_subnormal_weights_change_no_probability() -> None:
    """The second stage computes with its subnormal weights set to zero (``Stack._weights``): the same
    probabilities, bit for bit, as with the stored weights."""
    import numpy as np

    m = tp.shipped_model()
    if m.stack is None:
        pytest.skip("the shipped model has no second stage")
    texts = [t for t, *_ in CASES] + ["Protesters burned tyres.", "Nothing happened.", "Two IEDs were defused."]
    for batch in ([t] for t in texts):
        x = m.featurize(batch)
        inputs = m.stack.inputs(m.acled.scores_of(x), m.plover.scores_of(m.featurize_plover(batch, x)), batch)
        stored = tp.softmax(np.maximum(inputs @ m.stack.w1 + m.stack.b1, 0) @ m.stack.w2 + m.stack.b2)
        assert np.array_equal(m.stack.probabilities(inputs), stored)


def test_fatality_notes_are_blanked_as_sub_blanks_them() -> None:
    for text in ["Two died. Fatalities coded as 3 (reported 2). Police arrived.", "fatality split. coded fatalities.",
                 "No note here. Fatalities spread", "..Fatality coded.x", "fatalities", ""]:
        for pattern in tp._CODER_NOTES[1:3]:
            assert tp._blank_clauses(pattern, text) == pattern.sub(" ", text), text


def test_scores_for_scoring_equal_the_matrix_scores() -> None:
    """``featurize(..., for_scoring=True)`` scores as the scipy matrix does; ``classify_many`` uses it."""
    import numpy as np

    m = tp.shipped_model()
    texts = [t for t, *_ in CASES]
    for features in tp.FEATURE_SETS:
        assert np.array_equal(m.acled.scores_of(tp.featurize(texts, features)),
                              m.acled.scores_of(tp.featurize(texts, features, for_scoring=True)))


def test_remembered_searches_give_the_regex_answers() -> None:
    text = tp._Text.of("Police fired tear gas at demonstrators; two were killed.")
    for pattern in (tp._PROTEST_CUE, tp._VIOLENT_ACT, tp._CHEMICAL, tp._AGREEMENT):
        first, again = tp._search(pattern, text), tp._search(pattern, text)
        plain = pattern.search(str(text))
        assert (first is None) == (plain is None) and first is again
        assert first is None or first.span() == plain.span()


@pytest.mark.parametrize(("text", "agreement"), [
    ("The two sides accused each other of breaking the truce overnight.", False),
    ("The ceasefire agreed last week broke down as shelling resumed on the front.", False),
    ("The two sides signed a ceasefire agreement in the capital on Monday.", True),
    ("Both armies agreed to a humanitarian truce to collect the dead.", True),
])
def test_an_agreement_told_as_broken_is_no_agreement(text: str, agreement: bool) -> None:
    assert tp._agreement_undone(text) is not agreement
    assert (classify(text)[1] == "Agreement") is agreement


def test_sides_blaming_each_other_for_a_broken_truce_is_an_accusation() -> None:
    assert tp.classify_sentence("The two sides accused each other of breaking the truce overnight.").plover == "ACCUSE"


@pytest.mark.parametrize("text", [
    "On 8 March 2022, the parliament elected a new president in the capital.",
    "Mass grave: On 4 April 2022, local officials announced the discovery of dozens of graves at a former school site.",
])
def test_a_material_reading_the_model_is_sure_of_is_no_verbal_event(text: str) -> None:
    typing = tp.classify_sentence(text)
    assert typing.event_type == "Strategic developments" and typing.confidence >= tp._REFINE_BELOW


def test_agreeing_told_beside_fighting_stays_verbal() -> None:
    text = ("Ethnic Armenian forces in Nagorno-Karabakh agreed on Wednesday to lay down their weapons, a day after "
            "Azerbaijan launched a military offensive to take full control of the region.")
    assert tp.classify_sentence(text).event_type == VERBAL_EVENT_TYPE


@pytest.mark.parametrize("text", [
    "Police violently dispersed the protesters who had gathered outside the parliament.",
    "Two marchers were killed when the army opened a crackdown on the peaceful rally in the capital.",
])
def test_a_protest_put_down_violently_is_excessive_force(text: str) -> None:
    assert tp._protest_told(tp._Text.of(text), "Peaceful protest", sure=True) == "Excessive force against protesters"
    assert tp.classify(text)[1] == "Excessive force against protesters"


@pytest.mark.parametrize("text", [
    "Opposition supporters staged violent protests in the port city on Friday.",
    "Students marching on the campus clashed with police and threw stones at the gate.",
])
def test_a_protest_told_as_violent_is_a_violent_demonstration(text: str) -> None:
    assert tp._protest_told(tp._Text.of(text), "Peaceful protest") == "Violent demonstration"


@pytest.mark.parametrize("text", [
    "Hundreds of teachers held a non-violent march in the capital to demand higher pay.",
    "Traders marched through the market to protest against the clashes between rival gangs.",
])
def test_a_protest_against_violence_is_not_violent(text: str) -> None:
    assert tp._protest_told(tp._Text.of(text), "Peaceful protest") == "Peaceful protest"


@pytest.mark.parametrize(("text", "sub"), [
    ("Rebel fighters recaptured the hill town from the army after a night of heavy fighting.",
     "Non-state actor overtakes territory"),
    ("Government troops retook the district from the insurgents on Sunday after two days of clashes.",
     "Government regains territory"),
    ("The militants regained the village after the soldiers withdrew from it without resistance.",
     "Non-violent transfer of territory"),
])
def test_who_took_the_ground_decides_even_when_the_model_is_sure(text: str, sub: str) -> None:
    assert tp._refine_sure(tp._Text.of(text), "Government regains territory") == sub
    assert tp._refine_sure(tp._Text.of(text), "Non-state actor overtakes territory") == sub


@pytest.mark.parametrize("text", [
    "The government imposed new sanctions on the neighbouring state over its support for the coup.",
    "The foreign ministry expelled four diplomats of the embassy in response to the spying affair.",
])
def test_sanctions_and_expelled_envoys_are_a_verbal_sanction(text: str) -> None:
    typing = tp.classify_sentence(text)
    assert (typing.event_type, typing.sub_event_type) == (VERBAL_EVENT_TYPE, "SANCTION")


def test_people_arrested_are_no_other_development() -> None:
    text = tp._Text.of("Nine members of the opposition party were arrested near the university on Thursday.")
    assert tp._refine(text, "Other") == tp._refine(text, "Change to group/activity") == "Arrests"
    assert tp._refine(tp._Text.of("Nine members of the opposition party were arrested after a bomb attack."),
                      "Other") == "Other"


def test_soldiers_bringing_relief_after_a_flood_is_a_natural_disaster() -> None:
    text = "The army sent soldiers to rescue villagers and deliver relief after floods swept the valley."
    assert tp.classify_sentence(text).sub_event_type == tp.NATURAL_DISASTER
    assert tp.classify_sentence("Soldiers shot two looters in the valley after the floods.").sub_event_type \
        != tp.NATURAL_DISASTER


@pytest.mark.parametrize(("text", "sub"), [
    ("A shopkeeper was killed and two customers wounded in a grenade attack on a market stall.", "Grenade"),
    ("Three farmers died in a landmine blast on the road to their fields.", "Remote explosive/landmine/IED"),
    ("Two villagers were killed in raids by the air force's helicopters on the hamlet.", "Air/drone strike"),
])
def test_the_weapon_told_as_the_means_decides_the_explosion_sub_type(text: str, sub: str) -> None:
    assert tp._refine(tp._Text.of(text), "Attack") == sub


@pytest.mark.parametrize("text", [
    "The rebels entered the market town at dawn and did not meet any resistance.",
    "The army controlled the river port after the militia withdrew from it.",
])
def test_ground_entered_unopposed_is_a_non_violent_transfer(text: str) -> None:
    assert tp._territory(tp._Text.of(text)) == "Non-violent transfer of territory"
    assert tp._territory(tp._Text.of("The rebels entered the market town at dawn and shelled the barracks.")) is None


def test_envoys_expelled_over_a_poison_attack_is_a_sanction_not_the_attack() -> None:
    typing = tp.classify_sentence("Four envoys were expelled by the government after a nerve gas attack on an exile.")
    assert (typing.event_type, typing.sub_event_type) == (VERBAL_EVENT_TYPE, "SANCTION")
    assert tp.classify_sentence("Hundreds of students rallied outside the embassy to demand new sanctions.").event_type \
        == "Protests"


def test_a_liberation_movement_in_a_name_is_no_ground_taken() -> None:
    assert not tp._has_cue("Government regains territory", tp._Text.of(
        "Troops killed twelve fighters of the People's Liberation Front in the hills."))
    assert tp._has_cue("Government regains territory", tp._Text.of("Troops liberated the hill town on Monday."))


def test_forces_that_stop_a_protest_make_an_intervention() -> None:
    text = "Police suppressed a peaceful sit-in of nurses outside the ministry on Monday."
    assert tp._protest_told(tp._Text.of(text), "Peaceful protest", sure=True) == "Protest with intervention"
    cause = "Nurses marched to the ministry to protest against the way police detained a colleague."
    assert tp._protest_told(tp._Text.of(cause), "Peaceful protest", sure=True) == "Peaceful protest"
    harm = "Two marchers were seriously injured when police dispersed the peaceful rally."
    assert tp._protest_told(tp._Text.of(harm), "Peaceful protest", sure=True) == "Excessive force against protesters"


@pytest.mark.parametrize("text", [
    "The ministry denied any involvement in the bombing of the power station.",
    "Army officials rejected accusations of shelling the refugee camp last week.",
])
def test_involvement_denied_is_attribution(text: str) -> None:
    assert tp.classify(text)[1] == tp.ATTRIBUTION


def test_robbery_and_corruption_are_crime_unless_violent() -> None:
    assert tp.classify("Detectives charged two men over a string of bank robberies in the city.")[1] == tp.ORGANISED_CRIME
    assert tp.classify("Villagers set two robbery suspects on fire near the market.")[1] != tp.ORGANISED_CRIME


@pytest.mark.parametrize("text", [
    "The ministry mobilised reservists after the border incident.",
    "Troops set up a mobile checkpoint on the ring road.",
    "The party announced a general mobilization of its members.",
])
def test_mobilising_and_mobile_are_no_protest_words(text: str) -> None:
    assert tp._search(tp._PROTEST_CUE, tp._Text.of(text)) is None


@pytest.mark.parametrize("text", [
    "An angry mob set fire to the market stalls.",
    "Mobs roamed the streets of the old town.",
    "The minister was mobbed by traders outside the court.",
])
def test_a_mob_is_a_protest_word(text: str) -> None:
    assert tp._search(tp._PROTEST_CUE, tp._Text.of(text)) is not None


def test_the_second_stage_reads_the_protest_flag_it_was_fitted_with() -> None:
    # the shipped network learned the flag with "mob\w*"; it reads that one until a refit
    rows = tp.stack_inputs(("_PROTEST_CUE",), np.zeros((1, 1)), np.zeros((1, 1)), ["Reservists were mobilised."])
    assert rows[0, 2] == 1.0


def test_phones_stolen_is_crime_not_violence() -> None:
    t = tp.classify_sentence("Police recovered stolen mobile phones in a search of a warehouse.")
    assert t.sub_event_type == tp.ORGANISED_CRIME and not t.reportable


def test_worth_typing_is_the_conflict_word_test() -> None:
    for text in ("Rebels attacked the convoy at dawn.", "The harvest festival opened on Monday.",
                 "Police arrested two men near the bridge."):
        ready = tp.worth_typing(text)
        assert (ready is not None) == bool(tp.CONFLICT_WORDS.search(text))
        if ready is not None:
            assert ready == text
            assert tp.classify_many([ready]) == tp.classify_many([text])


@pytest.mark.parametrize(("text", "sub"), [
    ("A strike hit a house on the edge of the town, killing a mother and her two sons.", "Air/drone strike"),
    ("Israeli strikes on the coastal enclave killed 20 people overnight, health officials said.", "Air/drone strike"),
    ("Helicopter gunships strafed the village after the ambush.", "Air/drone strike"),
    ("A missile strike hit an apartment block, killing nine residents.", "Shelling/artillery/missile attack"),
])
def test_a_strike_told_in_news_words_is_remote_violence(text: str, sub: str) -> None:
    assert classify(text)[1] == sub


@pytest.mark.parametrize("text", [
    "Workers went on strike at the port to demand higher wages.",
    "Two prisoners died in a hunger strike at the jail.",
    "Residents staged a protest against the air strikes that killed their relatives.",
])
def test_a_labour_strike_or_a_protest_against_strikes_is_no_strike_from_the_air(text: str) -> None:
    assert classify(text)[1] == "Peaceful protest"


def test_a_strike_rehearsed_overrides_no_catch_all() -> None:
    text = "The air force held drills to counter an air strike on the capital."
    assert tp._strike_from_the_air(tp._Text.of(text), "Other") is None
    assert tp._strike_from_the_air(tp._Text.of("Jets struck the depot at dawn."), "Other") == "Air/drone strike"


@pytest.mark.parametrize("text", [
    "Hundreds of students violently protested against the fee increase outside the university.",
    "Supporters of the mayor were demonstrating violently in the market square when police arrived.",
])
def test_protesters_told_acting_violently_make_a_violent_demonstration(text: str) -> None:
    assert classify(text)[1] == "Violent demonstration"


def test_a_protest_against_violence_told_non_violently_stays_peaceful() -> None:
    assert classify("Residents non-violently protested against the killing of a trader.")[1] != "Violent demonstration"


def test_people_taken_with_no_one_hurt_is_an_abduction_not_an_attack() -> None:
    assert classify("Armed men attacked a bus and took three passengers hostage.")[1] == "Abduction/forced disappearance"
    # someone killed as well: the attack is the event
    assert classify("Militants stormed the village, abducted two teachers and shot dead a farmer.")[1] == "Attack"
    assert tp._abducted_only("Bandits kidnapped a trader on the highway.")
    assert not tp._abducted_only("Bandits kidnapped a trader and beat his driver.")


def test_people_told_rioting_make_an_unsure_peaceful_protest_violent() -> None:
    text = "Farmers rioted outside the cooperative office, demanding payment for their crops."
    assert tp._protest_told(tp._Text.of(text), "Peaceful protest") == "Violent demonstration"
    assert tp._protest_told(tp._Text.of(text), "Peaceful protest", sure=True) == "Peaceful protest"
    for calm in ("Riot police watched as teachers marched to the ministry.",
                 "Residents protested outside the town hall while anti-riot units stood by."):
        assert tp._protest_told(tp._Text.of(calm), "Peaceful protest") == "Peaceful protest"


def test_violence_by_security_forces_with_no_crowd_is_no_mob_violence() -> None:
    forces = tp._Text.of("Gendarmes beat a motorcyclist at a checkpoint and damaged his motorbike.")
    assert tp._refine(forces, "Mob violence") == "Attack"
    for crowd in ("Residents beat a suspected thief and set his house on fire.",
                  "An angry crowd assaulted two police officers at the market."):
        assert tp._refine(tp._Text.of(crowd), "Mob violence") == "Mob violence"


def test_a_strike_told_twice_or_by_drones_is_still_the_strike() -> None:
    twice = "Three people died when a strike hit a house; the strike on the house also wounded two of their neighbours."
    assert tp._strike_from_the_air(tp._Text.of(twice), "Peaceful protest") == "Air/drone strike"
    drones = "A shepherd was killed by drone strikes while grazing his flock near the border."
    assert tp._strike_from_the_air(tp._Text.of(drones), "Attack") == "Air/drone strike"


@pytest.mark.parametrize(("text", "sub"), [
    ("Rebels fired mortar shells at an army post overnight and the soldiers fired back with artillery.", "Armed clash"),
    ("Government artillery and rebel mortars traded fire across the river in an hours-long shelling exchange.",
     "Armed clash"),
    ("The army shelled rebel positions in the hills for a second day.", "Shelling/artillery/missile attack"),
])
def test_heavy_weapons_fire_told_exchanged_is_a_clash(text: str, sub: str) -> None:
    assert classify(text)[1] == sub


@pytest.mark.parametrize("text", [
    "Residents gathered outside the police station in response to clashes between police and traders the day before.",
    "Activists held a vigil regarding the clashes between police and students last week.",
])
def test_violence_a_protest_answers_is_not_the_protest_turning_violent(text: str) -> None:
    assert not tp._protest_turned_violent(tp._Text.of(text))


def test_rivals_fighting_each_other_with_no_protest_told_are_mob_violence() -> None:
    rivals = tp._Text.of("Supporters of two rival councillors fought each other with sticks outside the market.")
    assert tp._refine(rivals, "Violent demonstration") == "Mob violence"
    assert tp._refine_sure(rivals, "Violent demonstration") == "Mob violence"
    demo = tp._Text.of("Supporters of rival candidates clashed with police during a demonstration outside the tally centre.")
    assert tp._refine(demo, "Violent demonstration") == "Violent demonstration"
