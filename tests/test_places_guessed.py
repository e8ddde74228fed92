"""A country the country models guessed is marked as such, from the place to the store, the exports and the
dashboard (issue 4, session 12; every text written for these tests)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import warnings
from datetime import date
from pathlib import Path

import pytest

from dateline import export
from dateline.model import (
    Article,
    ArticleAnalysis,
    Event,
    EventDate,
    EventMention,
    Fatalities,
    Place,
    Sentence,
)
from dateline.resolve import event_country_guessed
from dateline.store import MIGRATIONS, Store

NO_NAME = "Gunmen killed a police reservist near a cattle dip on Sunday."
CITY = "Gunmen killed a police reservist in Nairobi on Sunday."
DAY = date(2021, 3, 2)


def _analysis(text: str) -> ArticleAnalysis:
    from dateline.pipeline import analyze_all

    [analysis] = list(analyze_all([Article(Article.make_id(text, DAY), text, DAY, title=text[:20])]))
    return analysis


def test_a_report_naming_no_place_gets_a_guessed_country() -> None:
    places = [m.place for m in _analysis(NO_NAME).mentions]
    assert places and all(p is not None and p.country == "Kenya" for p in places)
    assert all(p.country_guessed for p in places)


def test_a_report_naming_its_city_states_the_country() -> None:
    places = [m.place for m in _analysis(CITY).mentions]
    assert places and all(p is not None and p.country == "Kenya" and p.name == "Nairobi" for p in places)
    assert not any(p.country_guessed for p in places)


def test_a_country_named_is_stated_even_where_no_town_is() -> None:
    places = [m.place for m in _analysis("Gunmen killed a police reservist in Kenya on Sunday.").mentions]
    assert places and all(p is not None and p.country == "Kenya" and not p.country_guessed for p in places)


def test_the_eval_marks_a_guessed_country() -> None:
    from dateline.eval.acled import predict

    guessed, stated = predict(_analysis(NO_NAME)), predict(_analysis(CITY))
    assert (guessed.country, guessed.country_guessed) == ("Kenya", True)
    assert (stated.country, stated.country_guessed) == ("Kenya", False)


def test_an_event_is_guessed_only_when_no_report_states_its_country() -> None:
    guess = Place(None, "Kenya", None, None, None, "country", None, country_guessed=True)
    town = Place("Nairobi", "Kenya", "Nairobi", -1.28, 36.82)
    assert event_country_guessed("Kenya", [(guess, [])]) is True
    assert event_country_guessed("Kenya", [(guess, []), (town, [])]) is False
    # an actor of the country, where the report has no place, states it ("Kenyan police fired ...")
    assert event_country_guessed("Kenya", [(guess, []), (None, ["Kenya"])]) is False
    # reports of another country say nothing of this one's
    assert event_country_guessed("Kenya", [(guess, []), (Place("Kampala", "Uganda"), [])]) is True
    assert event_country_guessed("Kenya", []) is False


def _run(tmp_path: Path) -> Path:
    from dateline.pipeline import rebuild_events

    db = tmp_path / "s.db"
    with Store(db) as store:
        for text in (NO_NAME, CITY.replace("Sunday", "Monday")):
            store.add(_analysis(text))
        rebuild_events(store)
    return db


def test_the_store_exports_and_dashboard_show_a_guessed_country(tmp_path: Path) -> None:
    db = _run(tmp_path)
    with Store(db) as store:
        events = store.events()
        by_guess = {e.country_guessed: e for e in events}
        assert set(by_guess) == {True, False}
        assert by_guess[True].location is None and by_guess[False].location == "Nairobi"
        column = dict(store.db.execute("SELECT id, country_guessed FROM events").fetchall())
        assert column == {e.id: int(e.country_guessed) for e in events}
        (m,) = [m for m in store.mentions() if m.place and m.place.country_guessed]
        assert m.place.country == "Kenya"
    rows = {r["event_id_cnty"]: r for r in csv.DictReader(io.StringIO(export.to_csv(events)))}
    assert rows[by_guess[True].id]["country_guessed"] == "1" and rows[by_guess[True].id]["geo_precision"] == "3"
    assert rows[by_guess[False].id]["country_guessed"] == "0"
    assert {e["id"]: e["country_guessed"] for e in json.loads(export.to_json(events))} == {
        by_guess[True].id: True, by_guess[False].id: False}

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from dateline.web import create_app

    with TestClient(create_app(db)) as client:
        assert 'id="country-guessed"' in client.get(f"/events/{by_guess[True].id}").text
        assert 'id="country-guessed"' not in client.get(f"/events/{by_guess[False].id}").text
        listed = {e["id"]: e["country_guessed"] for e in client.get("/api/events").json()["events"]}
        assert listed == {by_guess[True].id: True, by_guess[False].id: False}
        assert "guessed" in client.get("/events").text


def test_a_store_of_the_old_schema_opens_and_reads(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    for i, script in enumerate(MIGRATIONS[:3], 1):  # the schema as it was before the flag
        conn.executescript(script + f"; PRAGMA user_version = {i};")
    place = {"name": "Nairobi", "country": "Kenya", "admin1": "Nairobi", "latitude": None, "longitude": None,
             "precision": "point", "text": "Nairobi"}  # a place stored before the flag existed
    conn.execute("INSERT INTO articles (id, published, text) VALUES ('a1', '2021-03-02', 'text')")
    conn.execute(
        "INSERT INTO mentions (id, article_id, sentence_index, start, \"end\", text, event_type, sub_event_type,"
        " date, date_precision, date_source, place) VALUES ('m1', 'a1', 0, 0, 4, 'text', 'Riots', 'Mob violence',"
        " '2021-03-01', 'day', 'text', ?)", (json.dumps(place),))
    event = Event("e1", "2021-03-01", None, "Riots", "Mob violence", "Rioters (Kenya)", None, "Kenya", "Nairobi",
                  "Nairobi", None, None, Fatalities(), False, [], [], "Rioters in Nairobi", mention_ids=["m1"])
    old_json = {k: v for k, v in json.loads(json.dumps(event.to_json())).items() if k != "country_guessed"}
    conn.execute(
        "INSERT INTO events (id, date, date_precision, event_type, sub_event_type, actor1, country, admin1, location,"
        " background, contradiction, n_sources, n_claims, summary, json) VALUES"
        " ('e1', '2021-03-01', 'day', 'Riots', 'Mob violence', 'Rioters (Kenya)', 'Kenya', 'Nairobi', 'Nairobi',"
        " 0, 0, 0, 0, 'Rioters in Nairobi', ?)", (json.dumps(old_json),))
    conn.commit()
    conn.close()

    with Store(db, readonly=True) as store:  # read as it is, before any migration
        assert store.version == 3
        assert [e.country_guessed for e in store.events()] == [False]
    with Store(db) as store:
        assert store.version == len(MIGRATIONS)
        (e,) = store.events()
        assert (e.id, e.country, e.country_guessed) == ("e1", "Kenya", False)
        (m,) = store.mentions()
        assert m.place == Place("Nairobi", "Kenya", "Nairobi", None, None, "point", "Nairobi")
        assert store.db.execute("SELECT country_guessed FROM events").fetchone()[0] == 0
        # the next run writes the flag into the new column
        mention = EventMention("m2", "a1", 0, 0, 4, "text", "Riots", "Mob violence", EventDate("2021-03-01"),
                               place=Place(None, "Kenya", None, None, None, "country", None, country_guessed=True))
        store.db.execute("DELETE FROM mentions")
        store._insert_mention(mention)
        event.mention_ids = ["m2"]
        event.country_guessed = event_country_guessed("Kenya", [(mention.place, [])])  # as resolve sets it
        store.replace_events([event])
        assert store.db.execute("SELECT country_guessed FROM events").fetchone()[0] == 1
        assert store.events()[0].country_guessed is True


def test_a_guessed_country_is_never_exact_geo_precision() -> None:
    e = Event("e1", "2021-03-01", None, "Riots", "Mob violence", "Rioters", None, "Kenya", None, "Saku", 2.37, 37.99,
              Fatalities(), False, [], [], "s", country_guessed=True)
    assert export.csv_row(e)["geo_precision"] == 3
    e.country_guessed = False
    assert export.csv_row(e)["geo_precision"] == 1


@pytest.mark.parametrize("text", [NO_NAME])
def test_the_guess_is_no_stated_country_in_a_sentence(text: str) -> None:
    from dateline.extract.api import text_country_guessed

    assert text_country_guessed(text, [Sentence("a", 0, 0, len(text), text)]) == ("Kenya", True)
    named = "Gunmen killed a police reservist in Kenya."
    assert text_country_guessed(named, [Sentence("a", 0, 0, len(named), named)]) == ("Kenya", False)
