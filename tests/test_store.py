"""The SQLite store: schema versioning, one transaction per article, FTS, events round trip."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from dateline.model import (
    Actor,
    Article,
    ArticleAnalysis,
    Claim,
    Event,
    EventDate,
    EventMention,
    Fatalities,
    Place,
    Sentence,
    Source,
    TemporalExpression,
)
from dateline.store import MIGRATIONS, Store


def _analysis(text: str = "Shelling killed 3 people in Ganja on Sunday.") -> ArticleAnalysis:
    published = date(2020, 10, 12)
    art = Article(Article.make_id(text, published), text, published, title="T", source="Wire")
    mention = EventMention(
        id="m1", article_id=art.id, sentence_index=0, start=0, end=len(text), text=text,
        event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
        date=EventDate("2020-10-11", None, "day", "text", "Sunday"),
        actor1=Actor("Military Forces of Armenia", "Armenia", "state_forces"),
        place=Place("Ganja", "Azerbaijan", "Ganja", 40.68, 46.36),
        claims=[Claim("killed", 3, article_id=art.id, quote=text, end=len(text), mention_id="m1")],
    )
    return ArticleAnalysis(
        art, [Sentence(art.id, 0, 0, len(text), text)], [],
        [TemporalExpression(35, 41, "Sunday", "DATE", "2020-10-11")], [mention],
    )


def test_schema_is_versioned_and_wal(tmp_path):
    db = tmp_path / "s.db"
    with Store(db) as store:
        assert store.version == len(MIGRATIONS)
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Store(db) as store:  # reopening does not migrate twice
        assert store.version == len(MIGRATIONS)


def test_add_is_idempotent_and_round_trips(tmp_path):
    a = _analysis()
    with Store(tmp_path / "s.db") as store:
        assert store.add(a) is True
        assert store.add(a) is False
        assert store.counts() == {"articles": 1, "mentions": 1, "claims": 1, "events": 0}
        (m,) = store.mentions()
        assert m.place == a.mentions[0].place and m.actor1 == a.mentions[0].actor1
        assert m.claims[0].count == 3 and m.date.value == "2020-10-11"
        assert store.timexes(a.article.id)[0].value == "2020-10-11"
        assert store.article(a.article.id).published == date(2020, 10, 12)


def test_failed_article_leaves_nothing(tmp_path):
    a = _analysis()
    a.mentions.append(a.mentions[0])  # same mention id twice violates the primary key
    with Store(tmp_path / "s.db") as store:
        with pytest.raises(sqlite3.IntegrityError):
            store.add(a)
        assert store.counts()["articles"] == 0 and store.counts()["claims"] == 0


def test_full_text_search_over_articles(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.add(_analysis())
        rows = store.db.execute(
            "SELECT a.id FROM articles_fts f JOIN articles a ON a.rowid = f.rowid WHERE articles_fts MATCH ?",
            ("ganja",),
        ).fetchall()
        assert len(rows) == 1


def test_events_replace_and_round_trip(tmp_path):
    ev = Event(
        id="e1", date="2020-10-11", date_end=None, event_type="Battles", sub_event_type="Armed clash",
        actor1="Military Forces of Armenia", actor2=None, country="Azerbaijan", admin1=None,
        location=None, latitude=None, longitude=None, fatalities=Fatalities(1, 2, 3), background=False,
        claims=[Claim("killed", 2, side="Armenia", claimant="Armenia", claimant_side="Armenia")],
        sources=[Source("a1", "2020-10-12", "T")], summary="Fighting.", mention_ids=["m1"],
        fatalities_by_side={"Armenia": Fatalities(2, 2, 2)},
    )
    with Store(tmp_path / "s.db") as store:
        assert store.replace_events([ev]) == 1
        assert store.replace_events([ev]) == 1  # replaced, not appended
        assert store.counts()["events"] == 1
        back = store.event("e1")
        assert back == ev
        hit = store.db.execute("SELECT rowid FROM events_fts WHERE events_fts MATCH 'armenia'").fetchall()
        assert len(hit) == 1


def test_readonly_store_refuses_writes(tmp_path):
    db = tmp_path / "s.db"
    Store(db).close()
    with Store(db, readonly=True) as store, pytest.raises(sqlite3.OperationalError):
        store.add(_analysis())
