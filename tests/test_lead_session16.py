"""What an analyst reading the timeline of several outlets noticed (session 16).

- One voice typed with a curly apostrophe by one outlet and a straight one by another is one claimant.
- Background reports of one period are one event whichever report names a place first.
- A state that brokered a truce, told with a relative clause between ("Russia, which ..., brokered"), is a mediator.
- A period dated by its decade is written "1990s" in the report and on the dashboard, as in the timeline.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from fastapi.testclient import TestClient
from rich.console import Console

from dateline import pipeline
from dateline.extract.actors import find_actors
from dateline.extract.places import resolve_place
from dateline.model import (
    Article,
    Claim,
    Event,
    EventDate,
    EventMention,
    Fatalities,
    Place,
    Source,
    TimelineEntry,
)
from dateline.report import print_report
from dateline.resolve import merge, one_voice
from dateline.store import Store
from dateline.timeline.render import claim_lines, heading, to_markdown
from dateline.web.app import create_app


def _claims(text: str, published: date) -> list[Claim]:
    [analysis] = pipeline.analyze_all([Article(Article.make_id(text, published), text, published)], n_process=1)
    return [c for m in analysis.mentions for c in m.claims]


def test_a_claimant_typed_with_either_apostrophe_is_one_voice() -> None:
    curly = _claims("Nine soldiers were killed in the clash, according to Velmar’s defence ministry.", date(2031, 4, 17))
    straight = _claims("Nine soldiers were killed in the clash, according to Velmar's defence ministry.", date(2031, 4, 17))
    assert [c.claimant for c in curly] == [c.claimant for c in straight] == ["Velmar's defence ministry"]
    assert "’" in curly[0].quote  # the evidence keeps the text as written
    assert claim_lines(curly + straight) == ["killed: 9, says Velmar's defence ministry (2 reports)"]


def _background(mid: str, article: str, place: Place | None) -> EventMention:
    return EventMention(
        id=mid, article_id=article, sentence_index=1, start=0, end=1, text=f"sentence {mid}",
        event_type="Battles", sub_event_type="Armed clash", date=EventDate("2019", None, "year", "text", None),
        background=True, place=place, claims=[Claim("killed", 900, qualifier="more_than")],
    )


def test_background_reports_of_one_period_are_one_event_whichever_names_a_place_first() -> None:
    articles = {a: Article(a, "x", day, title=a) for a, day in
                (("a1", date(2021, 3, 1)), ("a2", date(2021, 6, 1)), ("a3", date(2021, 9, 1)))}
    valley = Place("Tovalia", "Kordavia", precision="point")
    # the two earlier articles name no place, the latest does
    events = merge([_background("m1", "a1", None), _background("m2", "a2", None), _background("m3", "a3", valley)],
                   articles)
    assert len(events) == 1
    assert sorted(s.article_id for s in events[0].sources) == ["a1", "a2", "a3"]
    # two places named for one period stay two events, as before
    hills = Place("Darnek", "Kordavia", precision="point")
    assert len(merge([_background("m1", "a1", hills), _background("m3", "a3", valley)], articles)) == 2


def test_a_state_that_brokered_a_truce_after_a_relative_clause_is_a_mediator() -> None:
    text = "The war ended after Russia, which keeps a military base in the region, brokered a truce."
    russia = [a.actor for a in find_actors(text, violent=True) if a.actor.country == "Russia"]
    assert russia and all(a.kind == "mediator" for a in russia)
    # a relative clause with no brokering after it changes nothing
    text = "Russia, which keeps a military base in the region, sent more troops."
    assert all(a.actor.kind != "mediator" for a in find_actors(text, violent=False) if a.actor.country == "Russia")


def _decade_event() -> Event:
    return Event(
        id="e1990", date="1990", date_end=None, event_type="Violence against civilians", sub_event_type="Attack",
        actor1="Unidentified", actor2=None, country="Kordavia", admin1=None, location=None, latitude=None,
        longitude=None, fatalities=Fatalities(low=30000, best=30000, high=30000), background=True,
        claims=[Claim("killed", 30000, qualifier="about")], sources=[], summary="That war killed 30,000 people.",
        date_precision="decade",
    )


def test_a_decade_is_written_as_a_decade_in_the_report_and_the_timeline() -> None:
    e = _decade_event()
    entry = TimelineEntry(date="1990", background=True, summary=[], event_ids=[e.id])
    assert heading(entry, ["decade"]) == "1990s"
    assert heading(entry, ["decade", "year"]) == "1990"
    assert to_markdown([entry], {e.id: e}).startswith("## 1990s (background)")
    for width in (200, 80):  # the table and the narrow terminal's blocks
        console = Console(width=width, record=True)
        print_report([e], console)
        assert "1990s" in console.export_text()


def test_the_dashboard_writes_a_decade_as_a_decade(tmp_path) -> None:
    db = tmp_path / "d.db"
    e = _decade_event()
    with Store(db) as store:
        store.replace_events([e])
    with TestClient(create_app(db)) as client:
        assert "1990s" in client.get("/events").text
        assert "1990s" in client.get(f"/events/{e.id}").text


def test_the_report_lists_a_repeated_claim_once_with_its_number_of_reports() -> None:
    e = _decade_event()
    e.claims = [Claim("killed", 30000, qualifier="about"), Claim("killed", 30000, qualifier="about"),
                Claim("displaced", 200000, qualifier="at_least", count_high=999999),
                Claim("casualties", 1, side="Kordavia", claimant="officials")]
    console = Console(width=80, record=True)
    print_report([e], console)
    text = console.export_text()
    assert "unattributed: ~30,000 killed (2 reports)" in text
    assert "unattributed: 200,000–999,999 displaced" in text  # a range is its own bound
    assert "officials: 1 casualty (Kordavia)" in text
    assert "killed 30,000" in text


def _mentions(text: str, published: date = date(2031, 4, 17)):
    [analysis] = pipeline.analyze_all([Article(Article.make_id(text, published), text, published)], n_process=1)
    return analysis.mentions


def test_both_sides_accusing_each_other_of_breaking_a_brokered_truce_are_the_two_states_told_before() -> None:
    text = ("Artillery fired by Eritrean forces hit an Ethiopian border town on Tuesday, killing five civilians, "
            "Ethiopian officials said. A truce brokered by Kenya, which was to take effect on Wednesday morning, "
            "broke down within hours, and both sides accused each other of violating it.")
    [accusation] = [m for m in _mentions(text) if m.event_type == "Verbal/diplomatic"]
    assert {accusation.actor1.name, accusation.actor2.name} == {"Government of Eritrea", "Government of Ethiopia"}


def test_one_persons_voice_named_with_and_without_the_state_is_one_claimant() -> None:
    short = Claim("killed", 105, side="Kordavia", claimant="Prime Minister Ana Velic")
    full = Claim("killed", 49, side="Kordavia", claimant="Kordavian Prime Minister Ana Velic", claimant_side="Kordavia")
    got = one_voice([short, full])
    assert [c.claimant for c in got] == ["Kordavian Prime Minister Ana Velic"] * 2
    assert got[0].claimant_side == "Kordavia" and got[0].count == 105
    assert short.claimant == "Prime Minister Ana Velic"  # the mention's claim is left as written
    # a ministry named without its state may be either state's; two fuller forms leave the short one as it is
    ministry = [Claim("killed", 7, claimant="Defence Ministry"), Claim("killed", 9, claimant="Kordavia's Defence Ministry")]
    assert one_voice(ministry) == ministry
    two = [short, full, Claim("killed", 3, claimant="Velmari Prime Minister Ana Velic")]
    assert one_voice(two)[0].claimant == "Prime Minister Ana Velic"


def test_a_part_told_with_its_total_is_shown_as_part_of_it() -> None:
    quote = "At least 40 people, including nine children, were killed, the health ministry said."
    told = dict(article_id="a", start=0, end=len(quote), quote=quote, claimant="health ministry")
    total = Claim("killed", 40, qualifier="at_least", **told)
    part = Claim("killed", 9, **told)
    assert claim_lines([total, part]) == ["killed: at least 40, says health ministry",
                                          "killed: 9, says health ministry (among the at least 40)"]
    # two tolls of two sentences are two tolls
    other = Claim("killed", 9, article_id="a", start=200, end=260, quote="Nine more died overnight.",
                  claimant="health ministry")
    assert claim_lines([total, other]) == ["killed: at least 40, says health ministry", "killed: 9, says health ministry"]


def test_the_dashboard_writes_figures_as_the_timeline_does(tmp_path) -> None:
    db = tmp_path / "d.db"
    e = _decade_event()
    e.claims = [Claim("killed", 30000, qualifier="about"),
                Claim("displaced", 200000, qualifier="at_least", count_high=999999)]
    with Store(db) as store:
        store.replace_events([e])
    with TestClient(create_app(db)) as client:
        page = client.get(f"/events/{e.id}").text
    assert "about 30,000 killed" in page
    assert "200,000–999,999 displaced" in page and "at least 200,000–" not in page


def test_civilians_of_a_place_named_by_its_states_demonym_are_that_states() -> None:
    text = "Artillery fired by Eritrean forces hit an Ethiopian border town on Tuesday, killing five civilians."
    [attack] = _mentions(text)
    assert (attack.actor1.name, attack.actor2.name) == ("Military Forces of Eritrea", "Civilians (Ethiopia)")
    # the civilians' own demonym decides over the place's
    civilians = [a.actor.name for a in find_actors("Gunmen raided an Ethiopian village and killed two Somali herders.",
                                                   violent=True) if a.actor.kind == "civilians"]
    assert civilians == ["Civilians (Somalia)"]


def _typed(eid: str, etype: str, sub: str, sources: int = 1, plover: str | None = None) -> Event:
    e = _decade_event()
    return dataclasses.replace(e, id=eid, date="2031-04-15", date_precision="day", background=False, event_type=etype,
                               sub_event_type=sub, plover=plover, claims=[], fatalities=Fatalities(),
                               sources=[Source(f"a{i}", "2031-04-16") for i in range(sources)])


def test_a_dates_entry_lists_its_key_events_and_counts_one_report_statements() -> None:
    evs = [_typed("clash", "Battles", "Armed clash"), _typed("truce", "Strategic developments", "Agreement"),
           _typed("appeal", "Verbal/diplomatic", "REQUEST", sources=2, plover="REQUEST"),
           _typed("charge", "Verbal/diplomatic", "ACCUSE", plover="ACCUSE"),
           _typed("charge2", "Verbal/diplomatic", "ACCUSE", plover="ACCUSE"),
           _typed("move", "Strategic developments", "Change to group/activity")]
    entry = TimelineEntry(date="2031-04-15", summary=[], event_ids=[e.id for e in evs])
    md = to_markdown([entry], {e.id: e for e in evs})
    assert [e for e in ("clash", "truce", "appeal", "charge", "move") if f"`{e}`" in md] == ["clash", "truce", "appeal"]
    assert "- 3 more events told by one report each: ACCUSE (2), Change to group/activity" in md
    alone = TimelineEntry(date="2031-04-15", summary=[], event_ids=["charge"])
    assert to_markdown([alone], {e.id: e for e in evs}).splitlines()[1] == "- 1 event told by one report: ACCUSE"


def test_a_story_naming_a_state_by_the_way_names_the_worlds_cities_not_its_small_namesakes() -> None:
    syria_story = (("SY", "US", "RU", "CN"), (), ("SY", "US", "RU", "CN"))  # a story about Syria naming other states
    assert resolve_place("Geneva", *syria_story).country == "Switzerland"
    assert resolve_place("Moscow", *syria_story).country == "Russia"
    assert resolve_place("Middle East", *syria_story) is None  # a small town of the other state: no place here
    assert resolve_place("Homs", *syria_story).country == "Syria"
    # a story about the namesake's own country keeps it; a region named with it pins it
    american_story = (("US",), (), ("US",))
    assert resolve_place("Geneva", *american_story).admin1 == "Illinois"
    assert resolve_place("Geneva", ("SY", "US", "RU", "CN"), ("Illinois",), ("SY", "US", "RU", "CN")).country == "United States"
    # a note naming three states or fewer keeps its namesakes as before
    assert resolve_place("Geneva", ("SY", "US", "RU"), (), ("SY", "US", "RU")).admin1 == "Illinois"


def test_the_state_places_build_reads_no_lower_level_table() -> None:
    # ``build_gazetteer --state-places`` leaves out names other regions hold; read with the lower-level tables (its own
    # output among them) it dropped nearly all its rows when rebuilt over the shipped table
    import csv

    from dateline.extract import places
    with (places.DATA / "state_places.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    name, iso = rows[0]["name"], rows[0]["country_code"]
    assert iso in places.region_countries(name)  # a lower-level region when the pipeline reads places
    assert places.region_countries(name, lower=False) == set()  # but no region the build tests against
