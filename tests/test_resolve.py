"""Merging mentions into events, and the documented low/best/high fatality rule."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.model import Actor, Article, Claim, EventDate, EventMention, Place
from dateline.resolve import fatalities, merge


def _claim(count, side=None, claimant=None, claimant_side=None, kind="killed", high=None):
    return Claim(kind, count, count_high=high, side=side, claimant=claimant, claimant_side=claimant_side)


def test_each_side_own_figure_is_best_and_range_spans_claimants():
    claims = [
        _claim(50, "Azerbaijan", "Azerbaijani defence ministry", "Azerbaijan"),
        _claim(80, "Azerbaijan", "Armenian defence ministry", "Armenia"),
        _claim(49, "Armenia", "Armenian defence ministry", "Armenia"),
        _claim(3, "Armenia", "Armenian officials", "Armenia", kind="wounded"),
    ]
    total, by_side, contradiction = fatalities(claims)
    assert by_side["Azerbaijan"].low == 50 and by_side["Azerbaijan"].best == 50 and by_side["Azerbaijan"].high == 80
    assert by_side["Armenia"].low == by_side["Armenia"].best == by_side["Armenia"].high == 49
    assert (total.low, total.best, total.high) == (99, 99, 129)
    assert contradiction is True


def test_unsided_claims_only_raise_high_when_sides_are_known():
    total, _, contradiction = fatalities([_claim(7, "Azerbaijan", "Baku", "Azerbaijan"), _claim(100, high=None)])
    assert (total.low, total.best, total.high) == (7, 7, 100)
    assert contradiction is False
    total, _, _ = fatalities([_claim(10, high=15)])
    assert (total.low, total.best, total.high) == (10, 10, 15)
    total, _, _ = fatalities([_claim(2, kind="wounded")])
    assert (total.low, total.best, total.high) == (None, None, None)


def _mention(mid, art, day, place=None, claims=(), source="text", background=False, etype="Battles"):
    return EventMention(
        id=mid, article_id=art, sentence_index=int(mid[-1]), start=0, end=1, text=f"sentence {mid}",
        event_type=etype, sub_event_type="Armed clash", date=EventDate(day, None, "day", source, None),
        place=Place(place, "Armenia") if place else None, claims=list(claims), background=background,
    )


ARTS = {
    "a": Article("a", "x", date(2022, 9, 14), title="A"),
    "b": Article("b", "y", date(2022, 9, 15), title="B"),
}


def test_same_day_same_type_merges_across_articles_keeping_all_claims():
    ms = [
        _mention("m1", "a", "2022-09-13", claims=[_claim(49, "Armenia", "Armenia", "Armenia")]),
        _mention("m2", "b", "2022-09-13", claims=[_claim(50, "Azerbaijan", "Baku", "Azerbaijan")]),
        _mention("m3", "b", "2022-09-14"),
    ]
    events = merge(ms, ARTS)
    assert len(events) == 2
    clash = next(e for e in events if e.date == "2022-09-13")
    assert {s.article_id for s in clash.sources} == {"a", "b"}
    assert sorted(c.count for c in clash.claims) == [49, 50]
    assert clash.fatalities.best == 99


def test_different_places_stay_apart_and_background_is_separate():
    ms = [
        _mention("m1", "a", "2022-09-13", place="Jermuk"),
        _mention("m2", "a", "2022-09-13", place="Goris"),
        _mention("m3", "b", "2022-09-13"),
        _mention("m4", "b", "2020", background=True),
    ]
    events = merge(ms, ARTS)
    assert len(events) == 4
    assert sum(e.background for e in events) == 1


def test_publication_dated_mention_joins_the_dated_one_of_its_article():
    ms = [
        _mention("m1", "a", "2022-09-13"),
        _mention("m2", "a", "2022-09-14", source="publication"),
    ]
    (event,) = merge(ms, ARTS)
    assert event.date == "2022-09-13" and len(event.mention_ids) == 2


def test_event_ids_are_stable():
    ms = [_mention("m1", "a", "2022-09-13"), _mention("m2", "b", "2022-09-13")]
    assert merge(ms, ARTS)[0].id == merge(list(reversed(ms)), ARTS)[0].id


def test_report_dated_casualty_claim_joins_the_violent_event_of_its_article():
    clash = _mention("m1", "a", "2022-09-13")
    toll = _mention("m2", "a", "2022-09-14", source="report", etype="Violence against civilians",
                    claims=[_claim(49, "Armenia", "Armenia", "Armenia")])
    (event,) = merge([clash, toll], ARTS)
    assert event.date == "2022-09-13" and event.fatalities.best == 49


def test_report_dated_mention_without_an_earlier_event_stays_on_its_own_date():
    toll = _mention("m1", "a", "2022-09-14", source="report", claims=[_claim(3)])
    later = _mention("m2", "a", "2022-09-15")
    events = merge([toll, later], ARTS)
    assert sorted(e.date for e in events) == ["2022-09-14", "2022-09-15"]


def test_week_dated_report_joins_the_single_day_event_inside_the_week():
    day = _mention("m1", "a", "2023-09-19")
    week = _mention("m2", "b", "2023-09-18", claims=[_claim(200)])
    week.date = EventDate("2023-09-18", None, "week", "text", "this week")
    (event,) = merge([day, week], ARTS)
    assert event.date == "2023-09-19" and event.fatalities.best == 200
    # With two candidate days in that week it cannot tell which: it stays apart.
    other = _mention("m3", "a", "2023-09-21")
    assert len(merge([day, other, week], ARTS)) == 3


def test_casualty_reports_of_one_day_are_one_event_whatever_their_sentence_type():
    shelling = _mention("m1", "a", "2022-09-13", etype="Explosions/Remote violence")
    toll = _mention("m2", "b", "2022-09-13", etype="Verbal/diplomatic", claims=[_claim(49, "Armenia")])
    clash = _mention("m3", "b", "2022-09-13")
    truce = _mention("m4", "b", "2022-09-13", etype="Strategic developments", claims=[_claim(3)])
    events = merge([shelling, toll, clash, truce], ARTS)
    assert len(events) == 2
    violent = next(e for e in events if e.event_type != "Strategic developments")
    assert len(violent.mention_ids) == 3 and violent.fatalities.best == 49


def test_headline_repeating_a_dated_figure_joins_that_event():
    headline = _mention("m0", "a", "2022-09-14", source="context", claims=[_claim(50, "Azerbaijan", "Baku")])
    body = _mention("m5", "a", "2022-09-13", claims=[_claim(50, "Azerbaijan", "defence ministry")])
    other = _mention("m6", "a", "2022-09-14")
    events = merge([headline, body, other], ARTS)
    clash = next(e for e in events if e.date == "2022-09-13")
    assert len(clash.mention_ids) == 2 and len(events) == 2


def test_background_mentions_of_one_period_are_one_event():
    ms = [
        _mention("m1", "a", "2020", background=True, etype="Strategic developments", claims=[_claim(6500)]),
        _mention("m2", "b", "2020", background=True, etype="Protests", claims=[_claim(6500)]),
        _mention("m3", "b", "1994", background=True),
    ]
    events = merge(ms, ARTS)
    assert sorted((e.date, len(e.mention_ids)) for e in events) == [("1994", 1), ("2020", 2)]
    assert all(e.background for e in events)


def _said(count, quote, side=None, claimant=None, kind="killed", start=0):
    return Claim(kind, count, side=side, claimant=claimant, quote=quote, article_id="a", start=start,
                 end=start + len(quote))


def test_distinct_victims_of_one_sentence_add_up():
    quote = "Seven militants and one soldier were killed."
    total, by_side, contradiction = fatalities([_said(7, quote, "Taliban"), _said(1, quote, "Afghanistan")])
    assert (total.low, total.best) == (8, 8) and not contradiction
    # unnamed victims beside a named side are other people
    quote = "Three rebels and three civilians were killed."
    total, by_side, _ = fatalities([_said(3, quote, "Rebels"), _said(3, quote)])
    assert total.best == 6 and set(by_side) == {"Rebels"}
    quote = "Five guards and a driver were killed."
    assert fatalities([_said(5, quote), _said(1, quote)])[0].best == 6


def test_a_total_with_its_parts_or_a_toll_is_not_added():
    quote = "Eight people, including four children and four police officers, were killed."
    assert fatalities([_said(8, quote), _said(4, quote), _said(4, quote)])[0].best == 8
    quote = "Two more died, bringing the death toll to 12."
    assert fatalities([_said(2, quote), _said(12, quote)])[0].best == 12


def test_figures_of_other_sentences_or_claimants_are_not_added():
    first, second = "Four people were killed.", "Police said the blast killed four."
    total, _, _ = fatalities([_said(4, first), _said(4, second, claimant="Police", start=30)])
    assert (total.low, total.best, total.high) == (4, 4, 4)
    # contradictory claimants about the same side stay side by side
    quote = "Baku said 50 were killed; Yerevan said 20."
    total, by_side, contradiction = fatalities([
        _said(50, quote, "Armenia", "Baku"), _said(20, quote, "Armenia", "Yerevan")])
    assert (total.low, total.high) == (20, 50) and contradiction


def test_victims_told_as_others_add_up_across_sentences():
    first = "Two soldiers died in the first blast."
    later = [("Two more died in the second blast.", 2), ("One of the wounded later died in hospital.", 1),
             ("The injured driver succumbed to his wounds.", 1)]
    for quote, n in later:
        assert fatalities([_said(2, first), _said(n, quote, start=40)])[0].best == 2 + n
    # told by another voice of the same article: "also" still means other victims
    also = "The group also said that one of its fighters died."
    assert fatalities([_said(15, first), _said(1, also, claimant="the group", start=40)])[0].best == 16
    # a restatement by another voice is not added
    assert fatalities([_said(2, first), _said(2, "Officials said two soldiers died.", claimant="Officials",
                                              start=40)])[0].best == 2


def test_armed_and_civilian_victims_of_several_voices_add_up():
    # one voice's soldiers and another sentence's civilians are different people
    first = "The insurgents said they killed nine soldiers at the base."
    later = "A stray shell hit a market, killing three civilians."
    total, by_side, contradiction = fatalities([_said(9, first, claimant="The insurgents"), _said(3, later, start=60)])
    assert (total.low, total.best, total.high) == (12, 12, 12) and by_side == {} and not contradiction
    # two voices on the same kind of people contradict, and are not added
    other = "The army said two soldiers were killed."
    total, _, contradiction = fatalities([_said(9, first, claimant="The insurgents"),
                                          _said(2, other, claimant="The army", start=60)])
    assert (total.low, total.best, total.high) == (2, 2, 9) and contradiction
    # a figure for anyone told by the same voice may hold them all
    total, _, _ = fatalities([_said(5, "Five people died in the raid.", start=0),
                              _said(2, "Two soldiers were among the dead.", start=40)])
    assert total.best == 5
    # with a named side, unsided figures still only bound the total
    total, by_side, _ = fatalities([_said(4, "Four Kenyan soldiers died.", "Kenya"),
                                    _said(2, "Two soldiers were buried on Friday.", start=40)])
    assert total.best == 4 and set(by_side) == {"Kenya"}


def test_a_total_with_named_parts_keeps_the_others():
    quote = "Six people were killed, including two policemen from Kenya."
    total, by_side, _ = fatalities([_said(6, quote), _said(2, quote, "Kenya")])
    assert total.best == 6 and by_side["Kenya"].best == 2
    quote = "Ten people were killed, including four soldiers."
    assert fatalities([_said(10, quote), _said(4, quote)])[0].best == 10


def test_others_later_told_add_to_the_class_told_before():
    first = "Rebels shelled the camp, killing three soldiers."
    later = "Five were wounded and one of the injured later died."
    assert fatalities([_said(3, first), _said(1, later, start=60)])[0].best == 4
    # a sentence confirming one side's figure and adding another's: the confirmed figure is not added again
    one = "Three rebels were killed in the operation."
    both = "The rebels confirmed 3 fatalities, but also claimed 12 soldiers died."
    total, _, _ = fatalities([_said(3, one, "Rebels"), _said(3, both, "Rebels", "The rebels", start=60),
                              _said(12, both, "Kenya", "The rebels", start=60)])
    assert total.best == 15
    # others told beside a class already counted, in a sentence of several classes
    both = "Two civilians were also killed and one more soldier died."
    total, _, _ = fatalities([_said(3, first), _said(2, both, start=60), _said(1, both, start=60)])
    assert total.best == 6
    # some of the dead told again by another voice: no other, lower figure
    part = "The chief said two of the bodies were burnt beyond recognition."
    total, _, contradiction = fatalities([_said(3, "Three brothers were burnt to death."),
                                          _said(2, part, claimant="The chief", start=60)])
    assert (total.best, contradiction) == (3, False)
    # the wounded who die days later are others
    later = "Several days later the suspect died of injuries sustained in the fire."
    assert fatalities([_said(2, "The mob set the house alight, killing two children."),
                       _said(1, later, start=60)])[0].best == 3


@pytest.mark.parametrize(
    ("note", "extracted", "expected"),
    [
        ("Clashes left several dead. Unknown fatalities coded as 10.", 0, 10),
        ("A soldier was killed somewhere on the front [1 fatality split among 12 events].", 1, 0),
        ("Raiders killed 31 people. Fatalities distributed across six events.", 31, 5),
        ("Troops killed 7 rebels. Fatalities are split across 4 events (2).", 7, 2),
        ("Two civilians were killed (fatalities coded to the Lyman event).", 2, 0),
        ("Seven rebels were killed or wounded; fatalities reported as half, rounded down to 3.", 0, 3),
        ("A man was killed and his body was found in a ditch. 1 fatality.", 2, 1),
        ("Police killed 4 suspects near the market.", 4, 4),
        ("Ten were killed (coded as 6 here and 4 for the clash at the river).", 10, 6),
        ("Raiders killed 2 herders. Two events coded at the two wells, with 1 fatality each.", 2, 1),
        ("Gunmen killed 9 people. Fatalities split across two events, coded as 5.", 9, 5),
        ("Gunmen killed 6 people. 6 fatalities spread across 3 events.", 6, 2),
        ("Four people were killed in total. Fatalities coded on 19 March.", 4, 0),
        ("A man was beaten by a crowd. No fatalities reported, as police intervened.", 1, 0),
        ("Two guards were shot dead and one later died (total of 3 fatalities).", 2, 3),
        ("The troops suffered heavy losses. Unspecified casualties coded as 10.", 0, 10),
        ("Each side claimed 50 kills. Reports could not be verified, and zero fatalities were coded.", 50, 0),
        ("One rebel and one soldier were killed. Total fatalities 2.", 1, 2),
        ("A convoy hit a mine. Fatalaties unclear (coded at low estimate of 3).", 0, 3),
        ("Two guards were shot. Unknown fatalities coded at 4, in addition to 2 known fatalities.", 2, 6),
        ("Shelling of two towns. Unknown fatalities coded as 10 and split between the two events with 5 coded to each.",
         0, 5),
        ("Unknown fatalities coded as 12 and split across the four villages.", 0, 3),
        ("Three people were killed in two towns (one fatality coded elsewhere).", 3, 2),
        # "coded to the X event" where X is the note's own place: this row
        ("On 2 March, troops shelled positions near Dovhe, Donetsk. A rebel died (fatalities coded to Dovhe event).", 1, 1),
        ("On 2 March, troops shelled positions near Dovhe, Donetsk. A rebel died (fatalities coded to Pisky event).", 1, 0),
    ],
)
def test_acled_coding_statements_in_the_note(note, extracted, expected):
    from dateline.eval.acled import coded_fatalities

    assert coded_fatalities(note, extracted) == expected


def _with_actors(mention, actor1, actor2=None, etype=None):
    mention.actor1, mention.actor2 = actor1, actor2
    if etype:
        mention.event_type = etype
    return mention


def test_event_actors_are_two_sides_not_one_state_twice():
    from dateline.model import Actor

    gov = Actor("Government of Armenia", "Armenia", "government")
    army = Actor("Military Forces of Armenia", "Armenia", "state_forces")
    enemy = Actor("Military Forces of Azerbaijan", "Azerbaijan", "state_forces")
    civilians = Actor("Civilians (Armenia)", "Armenia", "civilians")
    # one report names the government (its statement) and its army, another the other army
    ms = [_with_actors(_mention("m1", "a", "2022-09-13"), gov, army),
          _with_actors(_mention("m2", "b", "2022-09-13"), enemy)]
    [event] = merge(ms, ARTS)
    assert ms[0].event_type == "Battles"
    # in a fight the side is the state's forces, not the government that told of it
    assert (event.actor1, event.actor2) == (army.name, enemy.name)
    # a statement keeps the government that made it
    ms = [_with_actors(_mention("m1", "a", "2022-09-13"), gov, army, etype="Strategic developments"),
          _with_actors(_mention("m2", "b", "2022-09-13"), enemy, etype="Strategic developments")]
    [event] = merge(ms, ARTS)
    assert (event.actor1, event.actor2) == (gov.name, enemy.name)
    # and the forces replace a government only when a report names them
    [event] = merge([_with_actors(_mention("m1", "a", "2022-09-13"), gov),
                     _with_actors(_mention("m2", "b", "2022-09-13"), enemy)], ARTS)
    assert (event.actor1, event.actor2) == (gov.name, enemy.name)
    # the same actor twice is one side
    [event] = merge([_with_actors(_mention("m1", "a", "2022-09-13"), civilians),
                     _with_actors(_mention("m2", "b", "2022-09-13"), civilians)], ARTS)
    assert (event.actor1, event.actor2) == (civilians.name, None)
    # civilians are never the first actor of political violence when an armed actor is named
    [event] = merge([_with_actors(_mention("m1", "a", "2022-09-13"), civilians, etype="Violence against civilians"),
                     _with_actors(_mention("m2", "b", "2022-09-13"), enemy, etype="Violence against civilians")],
                    ARTS)
    assert (event.actor1, event.actor2) == (enemy.name, civilians.name)


def test_a_week_dated_event_spans_its_days():
    [event] = merge([_mention("m1", "a", "2022-09-05")], ARTS)
    assert (event.date, event.date_end) == ("2022-09-05", None)
    mention = _mention("m1", "a", "2022-09-05")
    mention.date.precision = "week"
    [event] = merge([mention], ARTS)
    assert (event.date, event.date_end, event.date_precision) == ("2022-09-05", "2022-09-11", "week")


def test_statements_of_one_day_merge_by_kind():
    def statement(mid, art, root, claims=()):
        m = _mention(mid, art, "2022-09-13", etype="Verbal/diplomatic", claims=claims)
        m.sub_event_type = m.plover = root
        return m

    appeal, same_appeal = statement("m1", "a", "REQUEST"), statement("m2", "b", "REQUEST")
    accusation = statement("m3", "a", "ACCUSE")
    events = merge([appeal, same_appeal, accusation], ARTS)
    assert sorted((e.sub_event_type, len(e.mention_ids)) for e in events) == [("ACCUSE", 1), ("REQUEST", 2)]
    # a statement counting the dead is a report of the day's violence, whatever its kind
    toll = statement("m4", "b", "ACCUSE", claims=[_claim(12, "Armenia")])
    events = merge([_mention("m5", "a", "2022-09-13"), toll, accusation], ARTS)
    assert sorted(len(e.mention_ids) for e in events) == [1, 2]


def test_the_second_side_comes_from_the_firmest_reports_and_a_mediator_is_its_own_state():
    def truce(mid, art, source, confidence, *actors):
        m = _mention(mid, art, "2021-11-16", source=source, etype="Strategic developments")
        m.sub_event_type, m.confidence = "Agreement", confidence
        m.actor1, m.actor2 = (list(actors) + [None, None])[:2]
        return m

    broker = Actor("Military Forces of Russia", "Russia", "mediator")
    firm, same_state = truce("m1", "a", "text", 0.99, broker), truce("m3", "b", "text", 0.97,
                                                                     Actor("Government of Russia", "Russia", "mediator"))
    aside = truce("m2", "a", "context", 0.27, Actor("Government of Ghana", "Ghana", "government"))
    party = truce("m4", "b", "context", 0.65, Actor("Government of Peru", "Peru", "government"))
    (event,) = merge([firm, aside, same_state, party], ARTS)
    assert (event.actor1, event.actor2) == ("Military Forces of Russia", "Government of Peru")
    (event,) = merge([firm, same_state], ARTS)
    assert event.actor2 is None  # the broker's government is no second side


def test_statements_of_one_kind_by_two_states_are_two_events_each_with_its_addressee():
    def appeal(mid, art, speaker, addressee=None):
        m = _mention(mid, art, "2022-09-13", etype="Verbal/diplomatic")
        m.sub_event_type = m.plover = "REQUEST"
        m.actor1, m.actor2 = speaker, addressee
        return m

    paris = Actor("Government of France", "France", "government")
    washington = Actor("Government of United States", "United States", "government")
    baku = Actor("Government of Azerbaijan", "Azerbaijan", "government")
    events = merge([appeal("m1", "a", washington), appeal("m2", "a", paris, baku), appeal("m3", "b", paris)], ARTS)
    assert sorted((e.actor1, e.actor2, len(e.mention_ids)) for e in events) == [
        ("Government of France", "Government of Azerbaijan", 2), ("Government of United States", None, 1)]
    # a report that names no speaker joins the one speaker of that kind and day, and stays apart from two
    (event,) = merge([appeal("m1", "a", paris, baku), appeal("m2", "b", None)], ARTS)
    assert len(event.mention_ids) == 2
    events = merge([appeal("m1", "a", paris), appeal("m2", "a", washington), appeal("m3", "b", None)], ARTS)
    assert len(events) == 3


def test_acled_layer_leaves_out_figures_the_note_calls_unconfirmed():
    from dateline.eval.acled import counted_claims

    quote = "The army claimed 30 rebels were killed, which could not be independently verified."
    m = _mention("m1", "a", "2022-09-13", claims=[_said(30, quote), _said(4, "Four soldiers died.", start=100)])
    assert [c.count for c in counted_claims([m])] == [4]
    m.sub_event_type = "Peaceful protest"  # deaths of a sentence typed as a protest are another event's
    assert counted_claims([m]) == []



def test_event_country_follows_the_sides_not_a_mediator():
    from dateline.model import Actor

    broker = Actor("Government of Russia", "Russia", "mediator")
    russia = Actor("Military Forces of Russia", "Russia", "state_forces")
    baku = Actor("Government of Azerbaijan", "Azerbaijan", "government")
    yerevan = Actor("Government of Armenia", "Armenia", "government")
    truce = "Strategic developments"
    # no report places the truce: the states most reports name, not the one that brokered it by phone
    [event] = merge([_with_actors(_mention("m1", "a", "2022-09-13"), russia, etype=truce),
                     _with_actors(_mention("m2", "b", "2022-09-13"), baku, broker, etype=truce),
                     _with_actors(_mention("m3", "b", "2022-09-13"), baku, yerevan, etype=truce)], ARTS)
    assert event.country == "Azerbaijan"
    # a tie goes to the first side named; a mediator alone still gives its state
    [event] = merge([_with_actors(_mention("m1", "a", "2022-09-13"), broker, yerevan, etype=truce)], ARTS)
    assert event.country == "Armenia"
    [event] = merge([_with_actors(_mention("m1", "a", "2022-09-13"), broker, etype=truce)], ARTS)
    assert event.country == "Russia"
    # a place's country comes before the actors'
    [event] = merge([_with_actors(_mention("m1", "a", "2022-09-13", place="Tavush"), baku, etype=truce)], ARTS)
    assert (event.country, event.location) == ("Armenia", "Tavush")
