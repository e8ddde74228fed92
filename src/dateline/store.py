"""The embedded SQLite store: articles and what was found in them, and the merged events.

One transaction per article (all it yielded or nothing), WAL mode, a schema versioned by
``PRAGMA user_version`` and migrated on open, FTS5 over article text and event summaries.
Events are derived data: ``replace_events`` rewrites them in one transaction after each run.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

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
    to_dict,
)

DEFAULT_DB = "dateline.db"

# Each entry migrates the schema from version i to i+1. Never edit a released entry: append.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        published TEXT NOT NULL,
        title TEXT, url TEXT, source TEXT, path TEXT, format TEXT,
        text TEXT NOT NULL,
        added_at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TABLE sentences (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        PRIMARY KEY (article_id, idx)
    );
    CREATE TABLE entities (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, label TEXT NOT NULL, text TEXT NOT NULL
    );
    CREATE INDEX entities_article ON entities(article_id);
    CREATE TABLE timexes (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        type TEXT NOT NULL, value TEXT NOT NULL, mod TEXT, anchor TEXT
    );
    CREATE INDEX timexes_article ON timexes(article_id);
    CREATE TABLE mentions (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        sentence_index INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL, plover TEXT, trigger TEXT,
        date TEXT NOT NULL, date_end TEXT, date_precision TEXT NOT NULL, date_source TEXT NOT NULL,
        date_timex TEXT,
        actor1 TEXT, actor2 TEXT, place TEXT,
        background INTEGER NOT NULL DEFAULT 0, confidence REAL NOT NULL DEFAULT 1.0
    );
    CREATE INDEX mentions_article ON mentions(article_id);
    CREATE TABLE claims (
        id INTEGER PRIMARY KEY,
        mention_id TEXT NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
        article_id TEXT NOT NULL,
        kind TEXT NOT NULL, count INTEGER NOT NULL, count_high INTEGER, qualifier TEXT NOT NULL,
        side TEXT, claimant TEXT, claimant_side TEXT,
        quote TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL
    );
    CREATE INDEX claims_mention ON claims(mention_id);
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        date TEXT NOT NULL, date_end TEXT, date_precision TEXT NOT NULL,
        event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL, plover TEXT,
        actor1 TEXT NOT NULL, actor2 TEXT, country TEXT NOT NULL, admin1 TEXT, location TEXT,
        latitude REAL, longitude REAL,
        fatalities_low INTEGER, fatalities_best INTEGER, fatalities_high INTEGER,
        background INTEGER NOT NULL, contradiction INTEGER NOT NULL,
        n_sources INTEGER NOT NULL, n_claims INTEGER NOT NULL,
        summary TEXT NOT NULL,
        json TEXT NOT NULL
    );
    CREATE INDEX events_date ON events(date);
    CREATE INDEX events_type ON events(event_type, sub_event_type);
    CREATE INDEX events_country ON events(country);
    CREATE TABLE event_mentions (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        mention_id TEXT NOT NULL,
        PRIMARY KEY (event_id, mention_id)
    );
    CREATE VIRTUAL TABLE events_fts USING fts5(
        summary, actors, location, quotes
    );
    """,
    # 2: the web dashboard's filters (dateline.web.queries): each filter column paired with the date,
    # so a filtered page in date order is an index walk and its count reads only the index.
    """
    CREATE INDEX IF NOT EXISTS events_type_date ON events(event_type, date);
    CREATE INDEX IF NOT EXISTS events_subtype_date ON events(sub_event_type, date);
    CREATE INDEX IF NOT EXISTS events_country_date ON events(country, date);
    CREATE INDEX IF NOT EXISTS events_country_fatalities ON events(country, fatalities_best);
    CREATE INDEX IF NOT EXISTS events_fatalities ON events(fatalities_best);
    CREATE INDEX IF NOT EXISTS events_flags_date ON events(contradiction, background, date);
    CREATE INDEX IF NOT EXISTS events_actor1_date ON events(actor1, date);
    CREATE INDEX IF NOT EXISTS events_actor2_date ON events(actor2, date);
    """,
    # 3: the events' filter columns in a narrow table kept by triggers (rowid = events.rowid), so the
    # web dashboard filters and counts over small rows instead of the wide ones carrying the JSON;
    # its indexes replace those of migration 2.
    """
    DROP INDEX IF EXISTS events_type_date;
    DROP INDEX IF EXISTS events_subtype_date;
    DROP INDEX IF EXISTS events_country_date;
    DROP INDEX IF EXISTS events_country_fatalities;
    DROP INDEX IF EXISTS events_fatalities;
    DROP INDEX IF EXISTS events_flags_date;
    DROP INDEX IF EXISTS events_actor1_date;
    DROP INDEX IF EXISTS events_actor2_date;
    CREATE TABLE event_filters (
        event_rowid INTEGER PRIMARY KEY,
        date TEXT NOT NULL, event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL, country TEXT NOT NULL,
        actor1 TEXT NOT NULL, actor2 TEXT, fatalities_best INTEGER, background INTEGER NOT NULL,
        contradiction INTEGER NOT NULL, n_sources INTEGER NOT NULL, n_claims INTEGER NOT NULL
    );
    CREATE INDEX event_filters_date ON event_filters(date);
    CREATE INDEX event_filters_type ON event_filters(event_type, date);
    CREATE INDEX event_filters_subtype ON event_filters(sub_event_type, date);
    CREATE INDEX event_filters_country ON event_filters(country, date);
    CREATE INDEX event_filters_country_fatalities ON event_filters(country, fatalities_best);
    CREATE INDEX event_filters_fatalities ON event_filters(fatalities_best);
    CREATE INDEX event_filters_flags ON event_filters(contradiction, background, date);
    CREATE INDEX event_filters_actor1 ON event_filters(actor1, event_type, date);
    CREATE INDEX event_filters_actor2 ON event_filters(actor2, event_type, date);
    CREATE TRIGGER events_filters_ai AFTER INSERT ON events BEGIN
        INSERT INTO event_filters VALUES (
            new.rowid, new.date, new.event_type, new.sub_event_type, new.country, new.actor1, new.actor2,
            new.fatalities_best, new.background, new.contradiction, new.n_sources, new.n_claims);
    END;
    CREATE TRIGGER events_filters_ad AFTER DELETE ON events BEGIN
        DELETE FROM event_filters WHERE event_rowid = old.rowid;
    END;
    CREATE TRIGGER events_filters_au AFTER UPDATE ON events BEGIN
        DELETE FROM event_filters WHERE event_rowid = old.rowid;
        INSERT INTO event_filters VALUES (
            new.rowid, new.date, new.event_type, new.sub_event_type, new.country, new.actor1, new.actor2,
            new.fatalities_best, new.background, new.contradiction, new.n_sources, new.n_claims);
    END;
    INSERT INTO event_filters SELECT rowid, date, event_type, sub_event_type, country, actor1, actor2,
        fatalities_best, background, contradiction, n_sources, n_claims FROM events;
    """,
    # 4: whether an event's country is the country models' guess, no report stating it (``Event.country_guessed``);
    # events stored before read as stated until the next run rewrites them.
    """
    ALTER TABLE events ADD COLUMN country_guessed INTEGER NOT NULL DEFAULT 0;
    """,
)


class Store:
    """A dateline SQLite database. Use as a context manager, or call ``close()``."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, readonly: bool = False) -> None:
        self.path = str(path)
        if readonly:
            uri = f"file:{Path(self.path).resolve()}?mode=ro"
            self.db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        else:
            self.db = sqlite3.connect(self.path, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.migrate()

    # -- lifecycle -------------------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    @property
    def version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        """Bring the schema to the newest version, one migration per transaction."""
        for target in range(self.version + 1, len(MIGRATIONS) + 1):
            with self.db:
                self.db.executescript(
                    "BEGIN;" + MIGRATIONS[target - 1] + f"; PRAGMA user_version = {target}; COMMIT;"
                )

    # -- articles --------------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        row = self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None

    def article_ids(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT id FROM articles")}

    def add(self, analysis: ArticleAnalysis) -> bool:
        """Store one article and all it yielded in one transaction; False if it was already there."""
        a = analysis.article
        with self.db:
            cur = self.db.execute(
                "INSERT OR IGNORE INTO articles (id, published, title, url, source, path, format, text)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (a.id, a.published.isoformat(), a.title, a.url, a.source, a.path, a.format, a.text),
            )
            if cur.rowcount == 0:
                return False
            self.db.executemany(
                'INSERT INTO sentences (article_id, idx, start, "end", text) VALUES (?, ?, ?, ?, ?)',
                [(a.id, s.index, s.start, s.end, s.text) for s in analysis.sentences],
            )
            self.db.executemany(
                'INSERT INTO entities (article_id, start, "end", label, text) VALUES (?, ?, ?, ?, ?)',
                [(a.id, e.start, e.end, e.label, e.text) for e in analysis.entities],
            )
            self.db.executemany(
                'INSERT INTO timexes (article_id, start, "end", text, type, value, mod, anchor)'
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(a.id, t.start, t.end, t.text, t.type, t.value, t.mod, t.anchor) for t in analysis.timexes],
            )
            for m in analysis.mentions:
                self._insert_mention(m)
        return True

    def _insert_mention(self, m: EventMention) -> None:
        self.db.execute(
            'INSERT INTO mentions (id, article_id, sentence_index, start, "end", text, event_type,'
            " sub_event_type, plover, trigger, date, date_end, date_precision, date_source, date_timex,"
            " actor1, actor2, place, background, confidence)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                m.id, m.article_id, m.sentence_index, m.start, m.end, m.text, m.event_type,
                m.sub_event_type, m.plover, m.trigger, m.date.value, m.date.end, m.date.precision,
                m.date.source, m.date.timex, _json(m.actor1), _json(m.actor2), _json(m.place),
                int(m.background), m.confidence,
            ),
        )
        self.db.executemany(
            "INSERT INTO claims (mention_id, article_id, kind, count, count_high, qualifier, side,"
            ' claimant, claimant_side, quote, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
            [
                (m.id, c.article_id or m.article_id, c.kind, c.count, c.count_high, c.qualifier,
                 c.side, c.claimant, c.claimant_side, c.quote, c.start, c.end)
                for c in m.claims
            ],
        )

    def articles(self, ids: Iterable[str] | None = None) -> Iterator[Article]:
        """Stored articles in publication order (all, or those with the given ids)."""
        sql = "SELECT * FROM articles"
        params: list[Any] = []
        if ids is not None:
            params = list(ids)
            sql += f" WHERE id IN ({','.join('?' * len(params))})"
        for r in self.db.execute(sql + " ORDER BY published, id", params):
            yield _article(r)

    def article(self, article_id: str) -> Article | None:
        r = self.db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        return _article(r) if r else None

    def sentences(self, article_id: str | None = None) -> Iterator[Sentence]:
        sql = 'SELECT article_id, idx, start, "end", text FROM sentences'
        params: tuple[Any, ...] = ()
        if article_id is not None:
            sql += " WHERE article_id = ?"
            params = (article_id,)
        for r in self.db.execute(sql + " ORDER BY article_id, idx", params):
            yield Sentence(r[0], r[1], r[2], r[3], r[4])

    def timexes(self, article_id: str) -> list[TemporalExpression]:
        rows = self.db.execute(
            'SELECT start, "end", text, type, value, mod, anchor FROM timexes WHERE article_id = ?'
            " ORDER BY start",
            (article_id,),
        )
        return [TemporalExpression(*r) for r in rows]

    # -- mentions and claims ---------------------------------------------------------------
    def mentions(self) -> list[EventMention]:
        """Every stored event mention with its claims."""
        claims: dict[str, list[Claim]] = {}
        for r in self.db.execute("SELECT * FROM claims ORDER BY mention_id, start, id"):
            claims.setdefault(r["mention_id"], []).append(
                Claim(
                    kind=r["kind"], count=r["count"], qualifier=r["qualifier"],
                    count_high=r["count_high"], side=r["side"], claimant=r["claimant"],
                    claimant_side=r["claimant_side"], quote=r["quote"], article_id=r["article_id"],
                    start=r["start"], end=r["end"], mention_id=r["mention_id"],
                )
            )
        out = []
        for r in self.db.execute("SELECT * FROM mentions ORDER BY article_id, sentence_index, id"):
            out.append(
                EventMention(
                    id=r["id"], article_id=r["article_id"], sentence_index=r["sentence_index"],
                    start=r["start"], end=r["end"], text=r["text"], event_type=r["event_type"],
                    sub_event_type=r["sub_event_type"], plover=r["plover"], trigger=r["trigger"],
                    date=EventDate(r["date"], r["date_end"], r["date_precision"], r["date_source"],
                                   r["date_timex"]),
                    actor1=_load(Actor, r["actor1"]), actor2=_load(Actor, r["actor2"]),
                    place=_load(Place, r["place"]), claims=claims.get(r["id"], []),
                    background=bool(r["background"]), confidence=r["confidence"],
                )
            )
        return out

    # -- events ----------------------------------------------------------------------------
    def replace_events(self, events: Iterable[Event]) -> int:
        """Rewrite the derived events table (one transaction)."""
        n = 0
        with self.db:
            self.db.execute("DELETE FROM event_mentions")
            self.db.execute("DELETE FROM events")
            self.db.execute("DELETE FROM events_fts")
            for e in events:
                self._insert_event(e)
                n += 1
        return n

    def _insert_event(self, e: Event) -> None:
        cur = self.db.execute(
            "INSERT INTO events (id, date, date_end, date_precision, event_type, sub_event_type, plover,"
            " actor1, actor2, country, admin1, location, latitude, longitude, fatalities_low,"
            " fatalities_best, fatalities_high, background, contradiction, n_sources, n_claims,"
            " summary, json, country_guessed)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                e.id, e.date, e.date_end, e.date_precision, e.event_type, e.sub_event_type, e.plover,
                e.actor1, e.actor2, e.country, e.admin1, e.location, e.latitude, e.longitude,
                e.fatalities.low, e.fatalities.best, e.fatalities.high, int(e.background),
                int(e.contradiction), len(e.sources), len(e.claims), e.summary,
                json.dumps(to_dict(e), ensure_ascii=False), int(e.country_guessed),
            ),
        )
        rowid = cur.lastrowid
        self.db.execute(
            "INSERT INTO events_fts (rowid, summary, actors, location, quotes) VALUES (?, ?, ?, ?, ?)",
            (rowid, e.summary, " ".join(filter(None, [e.actor1, e.actor2])),
             " ".join(filter(None, [e.location, e.admin1, e.country])),
             " ".join(c.quote for c in e.claims)),
        )
        self.db.executemany(
            "INSERT OR IGNORE INTO event_mentions (event_id, mention_id) VALUES (?, ?)",
            [(e.id, m) for m in e.mention_ids],
        )

    def events(self, order: str = "date, id") -> list[Event]:
        """All stored events, by date."""
        rows = self.db.execute(f"SELECT json FROM events ORDER BY {order}")
        return [event_from_json(json.loads(r[0])) for r in rows]

    def event(self, event_id: str) -> Event | None:
        r = self.db.execute("SELECT json FROM events WHERE id = ?", (event_id,)).fetchone()
        return event_from_json(json.loads(r[0])) if r else None

    def counts(self) -> dict[str, int]:
        q = {
            "articles": "SELECT count(*) FROM articles",
            "mentions": "SELECT count(*) FROM mentions",
            "claims": "SELECT count(*) FROM claims",
            "events": "SELECT count(*) FROM events",
        }
        return {k: int(self.db.execute(v).fetchone()[0]) for k, v in q.items()}


def event_from_json(d: dict[str, Any]) -> Event:
    """Rebuild an Event from its stored JSON form."""
    d = dict(d)
    d["fatalities"] = Fatalities(**d["fatalities"])
    d["fatalities_by_side"] = {k: Fatalities(**v) for k, v in d.get("fatalities_by_side", {}).items()}
    d["claims"] = [Claim(**c) for c in d["claims"]]
    d["sources"] = [Source(**s) for s in d["sources"]]
    return Event(**d)


def _article(r: sqlite3.Row) -> Article:
    return Article(
        id=r["id"], text=r["text"], published=date.fromisoformat(r["published"]), title=r["title"],
        url=r["url"], source=r["source"], path=r["path"], format=r["format"],
    )


def _json(record: Any) -> str | None:
    return None if record is None else json.dumps(to_dict(record), ensure_ascii=False)


def _load(cls: type, raw: str | None) -> Any:
    return None if raw is None else cls(**json.loads(raw))
