"""The web dashboard's read-only query layer over the store's schema (``dateline.store``).

Every query is parameterised; the only SQL text built from input comes from whitelists (sort
columns, directions, date buckets). Full-text search goes through FTS5 (``events_fts``,
``articles_fts``); plain searches are quoted word by word so user text is never FTS5 syntax
unless ``raw=True`` is asked for, and a malformed raw query is a ``QueryError`` (HTTP 400).
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

MAX_PAGE_SIZE = 500
MAX_EXPORT_ROWS = 200_000
MAX_MAP_POINTS = 5_000
SEARCH_ROWIDS_MAX = 2_000  # a search matching at most this many events is run once per page request
QUERY_TIME_LIMIT = 5.0  # seconds: a page's statement running longer is interrupted

# Columns of both ``events`` and its narrow copy ``event_filters`` (store migration 3).
SORT_COLUMNS: dict[str, str] = {
    "date": "date",
    "type": "event_type",
    "sub_type": "sub_event_type",
    "country": "country",
    "actor": "actor1",
    "fatalities": "fatalities_best",  # NULL sorts lowest: unknown figures come last when descending
    "sources": "n_sources",
    "claims": "n_claims",
}
BACKGROUND_MODES = ("include", "exclude", "only")
LIST_COLUMNS = (
    "id", "date", "date_end", "date_precision", "event_type", "sub_event_type", "plover", "actor1",
    "actor2", "country", "admin1", "location", "latitude", "longitude", "fatalities_low",
    "fatalities_best", "fatalities_high", "background", "contradiction", "n_sources", "n_claims", "summary",
    "country_guessed",
)
LIST_SELECT = ", ".join("e." + c for c in LIST_COLUMNS)
_FLAGS = ("background", "contradiction", "country_guessed")  # stored as 0/1, listed as false/true
LIST_JSON = "json_object(" + ", ".join(
    f"'{c}', json(iif(e.{c}, 'true', 'false'))" if c in _FLAGS else f"'{c}', e.{c}" for c in LIST_COLUMNS
) + ")"
_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class QueryError(ValueError):
    """A request the store cannot answer as asked (bad filter, malformed search): HTTP 400."""


def check_partial_date(value: str | None, name: str) -> str | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (the forms event dates take), else QueryError."""
    if value is None or value == "":
        return None
    if not _PARTIAL_DATE.match(value):
        raise QueryError(f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    parts = [int(p) for p in value.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        raise QueryError(f"{name} is not a calendar date: {value!r}") from None
    return value


def fts_phrase_query(text: str) -> str:
    """User words as an FTS5 query that matches all of them, each quoted (never FTS5 syntax)."""
    words = [w for w in re.split(r"\s+", text.strip()) if w]
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in words)


@dataclass(slots=True)
class EventFilter:
    """What the Events page, its exports, the map and the API filter on (all optional)."""

    date_from: str | None = None
    date_to: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None  # words of an actor name (FTS5 over actor1/actor2)
    country: str | None = None
    q: str | None = None  # full-text search over summary, actors, location, quotes
    raw: bool = False  # q is FTS5 query syntax
    background: str = "include"  # include | exclude | only
    contradiction: bool | None = None
    min_fatalities: int | None = None
    actor_exact: bool = False  # set by ``resolve``: ``actor`` is a stored actor's full name
    actor_names: tuple[str, ...] | None = None  # set by ``resolve``: the stored names ``actor``'s words match
    search_rowids: str | None = None  # set by ``list_events``: the search's matches (a JSON array), when few

    def __post_init__(self) -> None:
        self.date_from = check_partial_date(self.date_from, "date_from")
        self.date_to = check_partial_date(self.date_to, "date_to")
        if self.background not in BACKGROUND_MODES:
            raise QueryError(f"background must be one of {', '.join(BACKGROUND_MODES)}")
        for name in ("event_type", "sub_event_type", "actor", "country", "q"):
            value = getattr(self, name)
            if value is not None and not value.strip():
                setattr(self, name, None)

    def resolve(self, db: sqlite3.Connection, actors: ActorNames | None = None) -> EventFilter:
        """Decide how ``actor`` matches: a full stored name (picked from the list) selects exactly
        that actor through its index; anything else matches the words of actor names. With the
        store's ``actors`` vocabulary those words become the list of names they match (then the
        actor indexes answer); without it, or when too many names match, FTS5 over the events."""
        self.actor_exact, self.actor_names, self.search_rowids = False, None, None
        if self.actor and actors is not None:
            self.actor_exact = actors.exact(self.actor)
            if not self.actor_exact:
                names = actors.matching(self.actor)
                # Names of most events and nothing else to narrow them: one full-text pass is cheaper
                # than looking up every name's events (both are slow; this is 2x less so).
                broad = names is not None and actors.share(names) > ActorNames.BROAD_SHARE and not self.indexed()
                self.actor_names = None if broad else names
        elif self.actor:
            hit = db.execute("SELECT 1 FROM event_filters WHERE actor1 = ? OR actor2 = ? LIMIT 1",
                             (self.actor, self.actor)).fetchone()
            self.actor_exact = hit is not None
        return self

    def where(self, walk_index: bool = False) -> tuple[str, list[Any]]:
        """SQL condition over ``event_filters f`` (the events' filter columns) and its parameters.

        ``walk_index``: for a page in index order, walk the other filter's index and test each row
        against the materialised search result, stopping at the page's end; a count is cheaper
        driven by the search's matches (their rows are small)."""
        conds: list[str] = []
        params: list[Any] = []
        if self.date_from:
            conds.append("f.date >= ?")
            params.append(self.date_from)
        if self.date_to:
            # "2022-09" as an upper bound takes every day of September.
            conds.append("f.date <= ?")
            params.append(self.date_to if len(self.date_to) == 10 else self.date_to + "-99")
        for column, value in (("event_type", self.event_type), ("sub_event_type", self.sub_event_type),
                              ("country", self.country)):
            if value:
                conds.append(f"f.{column} = ?")
                params.append(value)
        if self.background == "exclude":
            conds.append("f.background = 0")
        elif self.background == "only":
            conds.append("f.background = 1")
        if self.contradiction is not None:
            conds.append("f.contradiction = ?")
            params.append(int(self.contradiction))
        if self.min_fatalities is not None:
            conds.append("f.fatalities_best >= ?")
            params.append(self.min_fatalities)
        if self.actor and self.actor_exact:
            conds.append("(f.actor1 = ? OR f.actor2 = ?)")
            params += [self.actor, self.actor]
        elif self.actor and self.actor_names is not None:
            # One equality per name and column, not IN lists: SQLite then looks each one up in the
            # (actor, type, date) indexes (a multi-index OR) rather than walking another index and
            # testing the actors of every row it passes.
            terms = [f"f.{column} = ?" for column in ("actor1", "actor2") for _ in self.actor_names]
            conds.append("(" + (" OR ".join(terms) or "0") + ")")
            params += [*self.actor_names, *self.actor_names]
        match = self.fts_match()
        if self.search_rowids is not None:
            conds.append("f.event_rowid IN (SELECT value FROM json_each(?))")
            params.append(self.search_rowids)
        elif match:
            # With an indexed filter beside the search, walk that index and test each row against the
            # (materialised) search result: "+" keeps SQLite from fetching every match by rowid instead.
            unary = "+" if walk_index and conds and self.indexed() else ""
            conds.append(f"{unary}f.event_rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)")
            params.append(match)
        return (" AND ".join(conds) or "1"), params

    def indexed(self) -> bool:
        """Whether a filter other than the searches can use an index (``store.MIGRATIONS``)."""
        return bool(self.date_from or self.date_to or self.event_type or self.sub_event_type or self.country
                    or self.contradiction is not None
                    or bool(self.actor and (self.actor_exact or self.actor_names is not None)))

    def only_search(self) -> bool:
        """Whether the searches are the whole filter (then FTS5 alone can count the matches)."""
        return (self.fts_match() is not None and not self.indexed() and self.background == "include"
                and self.min_fatalities is None)

    def fts_match(self) -> str | None:
        parts = []
        if self.q:
            parts.append(f"({self.q})" if self.raw else fts_phrase_query(self.q))
        if self.actor and not self.actor_exact and self.actor_names is None:
            parts.append("actors : (" + fts_phrase_query(self.actor) + ")")
        if parts and self.country:
            # The store indexes each event's country in the ``location`` column: intersecting the
            # doclists inside FTS5 is much cheaper than testing every match (``e.country`` still decides).
            parts.append("location : (" + fts_phrase_query(self.country) + ")")
        return " AND ".join(parts) or None

    def params(self) -> dict[str, str]:
        """The filter as query-string parameters (for links that keep it: sort, pages, exports)."""
        out: dict[str, str] = {}
        for name in ("date_from", "date_to", "event_type", "sub_event_type", "actor", "country", "q"):
            value = getattr(self, name)
            if value:
                out[name] = value
        if self.raw:
            out["raw"] = "true"
        if self.background != "include":
            out["background"] = self.background
        if self.contradiction is not None:
            out["contradiction"] = "true" if self.contradiction else "false"
        if self.min_fatalities is not None:
            out["min_fatalities"] = str(self.min_fatalities)
        return out


class ActorNames:
    """The store's distinct actor names, searchable by their words with FTS5's own tokenizer.

    Words of a name typed into the actor filter match a handful of names, but thousands of events:
    turning the words into the names first lets the (actor, type, date) indexes answer instead of a
    full-text scan of every event's actors. Build once per version of the store (an aggregate)."""

    BROAD_SHARE = 0.25  # names of more events than this, and no other indexed filter: full-text search
    MAX_NAMES = 50  # more names than this: the events' full-text index (a query of one term per name is long)

    def __init__(self, db: sqlite3.Connection) -> None:
        rows = db.execute("SELECT a, count(*) FROM (SELECT actor1 AS a FROM event_filters UNION ALL"
                          " SELECT actor2 FROM event_filters WHERE actor2 IS NOT NULL) GROUP BY a").fetchall()
        self.events: dict[str, int] = {r[0]: r[1] for r in rows if r[0]}  # name: events naming it
        self.names = frozenset(self.events)
        self.total = db.execute("SELECT count(*) FROM event_filters").fetchone()[0]
        self.lock = threading.Lock()
        self.index = sqlite3.connect(":memory:", check_same_thread=False)
        self.index.execute("CREATE VIRTUAL TABLE names USING fts5(name)")  # events_fts's tokenizer
        self.index.executemany("INSERT INTO names (name) VALUES (?)", ((n,) for n in sorted(self.names)))

    def exact(self, name: str) -> bool:
        return name in self.names

    def share(self, names: tuple[str, ...]) -> float:
        """About what share of the events name one of ``names`` (an upper bound)."""
        return sum(self.events.get(n, 0) for n in names) / max(1, self.total)

    def matching(self, words: str) -> tuple[str, ...] | None:
        """The names containing every word (each as a phrase, like the events' search), or None
        when more than ``MAX_NAMES`` do."""
        query = fts_phrase_query(words)
        if not query:
            return None
        with self.lock:
            try:
                rows = self.index.execute("SELECT name FROM names WHERE names MATCH ? ORDER BY name LIMIT ?",
                                          (query, self.MAX_NAMES + 1)).fetchall()
            except sqlite3.OperationalError:  # words with no token in them (punctuation only)
                return ()
        return None if len(rows) > self.MAX_NAMES else tuple(r[0] for r in rows)


def actor_names(db: sqlite3.Connection) -> ActorNames:
    return ActorNames(db)


class ValueCounts:
    """How many events hold each type, sub-type and country, apart and in all, background or not:
    the total of a filter on at most one of them (the Events page's first view, "all the battles")
    without counting tens of thousands of index entries per request. Build once per version of
    the store (an aggregate, like the overview's)."""

    COLUMNS = ("event_type", "sub_event_type", "country")

    def __init__(self, db: sqlite3.Connection) -> None:
        self.counts: dict[tuple[str, str, int], int] = {}
        for column in self.COLUMNS:
            for value, background, n in db.execute(
                    f"SELECT {column}, background, count(*) FROM event_filters GROUP BY 1, 2"):
                self.counts[(column, value, background)] = n
        for background, n in db.execute("SELECT background, count(*) FROM event_filters GROUP BY 1"):
            self.counts[("", "", background)] = n

    def total(self, flt: EventFilter) -> int | None:
        """The number of events ``flt`` matches, when it filters on nothing but the background flag
        and at most one of ``COLUMNS``; otherwise None (count them)."""
        if (flt.date_from or flt.date_to or flt.actor or flt.q or flt.contradiction is not None
                or flt.min_fatalities is not None):
            return None
        chosen = [(c, getattr(flt, c)) for c in self.COLUMNS if getattr(flt, c)]
        if len(chosen) > 1:
            return None
        column, value = chosen[0] if chosen else ("", "")
        flags = {"include": (0, 1), "exclude": (0,), "only": (1,)}[flt.background]
        return sum(self.counts.get((column, value, b), 0) for b in flags)


def value_counts(db: sqlite3.Connection) -> ValueCounts:
    return ValueCounts(db)


@dataclass(slots=True)
class Page:
    """One page of rows with the total the filter matches."""

    total: int
    page: int
    page_size: int
    rows: list[dict[str, Any]] = field(default_factory=list)
    rows_json: str | None = None  # the rows as a JSON array text, when asked for instead of ``rows``

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size))


def _run(db: sqlite3.Connection, sql: str, params: list[Any] | tuple[Any, ...] = (),
         search: bool = False, time_limit: float = QUERY_TIME_LIMIT) -> list[Any]:
    """All rows of a statement run under a time limit (past it, SQLite interrupts the statement: a
    400 asking for narrower filters). With a user's search in it, an SQLite error is the search's
    fault (a 400, not a 500). The limit is lifted afterwards: the connection serves other code too."""
    deadline = time.monotonic() + time_limit
    db.set_progress_handler(lambda: int(time.monotonic() > deadline), 20_000)
    try:
        return db.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        if "interrupted" in str(exc):
            raise QueryError(f"the query took longer than {time_limit} s; narrow the filters") from None
        if search:
            raise QueryError(f"invalid search query: {exc}") from None
        raise
    finally:
        db.set_progress_handler(None, 0)


def _order_by(sort: str, order: str, alias: str = "f", rowid: str = "event_rowid") -> str:
    if sort not in SORT_COLUMNS:
        raise QueryError(f"sort must be one of {', '.join(SORT_COLUMNS)}")
    if order not in ("asc", "desc"):
        raise QueryError("order must be asc or desc")
    # The row id breaks ties: the (column, date) indexes then give the order without sorting.
    return f"{alias}.{SORT_COLUMNS[sort]} {order.upper()}, {alias}.{rowid} {order.upper()}"


def list_events(
    db: sqlite3.Connection, flt: EventFilter, *, sort: str = "date", order: str = "desc",
    page: int = 1, page_size: int = 50, actors: ActorNames | None = None, as_json: bool = False,
    counts: ValueCounts | None = None,
) -> Page:
    """A page of events (the indexed columns, not the whole JSON) and how many match; ``actors``
    (the store's ``actor_names``) lets words of an actor name use the actor indexes. ``as_json``:
    the rows come as one JSON array text in ``Page.rows_json``, each object written by SQLite
    (``LIST_JSON``): no Python object per value on the API's hot path. ``counts`` (the store's
    ``value_counts``) gives the total of the simplest filters without counting."""
    if not 1 <= page_size <= MAX_PAGE_SIZE:
        raise QueryError(f"page_size must be between 1 and {MAX_PAGE_SIZE}")
    if page < 1:
        raise QueryError("page must be at least 1")
    flt.resolve(db, actors)
    search = flt.fts_match() is not None
    if search:
        # Run the search once, not once for the count and again for the page: few matches are
        # then looked up by row id, and the other filters test only those rows.
        hits = _run(db, "SELECT rowid FROM events_fts WHERE events_fts MATCH ? LIMIT ?",
                    [flt.fts_match(), SEARCH_ROWIDS_MAX + 1], search)
        if len(hits) <= SEARCH_ROWIDS_MAX:
            flt.search_rowids = json.dumps([h[0] for h in hits])
    where, params = flt.where()
    known = counts.total(flt) if counts is not None else None
    if known is not None:
        total = known
    elif flt.search_rowids is not None and flt.only_search():
        total = len(hits)
    elif flt.only_search():
        count_sql = "SELECT count(*) FROM events_fts WHERE events_fts MATCH ?"  # no other filter
        total = _run(db, count_sql, [flt.fts_match()], search)[0][0]
    else:
        total = _run(db, f"SELECT count(*) FROM event_filters f WHERE {where}", params, search)[0][0]
    # Pick the page's row ids on the narrow table, then read only those wide rows. LIMIT and OFFSET
    # are written out (checked integers): the planner then weighs walking an index in page order
    # against the cost of reaching the page's end, where a bound parameter makes it guess.
    where, params = flt.where(walk_index=True)
    rows = _run(
        db,
        f"SELECT {LIST_JSON if as_json else LIST_SELECT} FROM events e WHERE e.rowid IN ("
        f"SELECT f.event_rowid FROM event_filters f WHERE {where} ORDER BY {_order_by(sort, order)}"
        f" LIMIT {int(page_size)} OFFSET {int((page - 1) * page_size)}) ORDER BY {_order_by(sort, order, 'e', 'rowid')}",
        params, search,
    )
    if as_json:
        return Page(total, page, page_size, rows_json="[" + ",".join(r[0] for r in rows) + "]")
    return Page(total, page, page_size, [_list_row(r) for r in rows])


def _list_row(r: sqlite3.Row) -> dict[str, Any]:
    d = dict(zip(LIST_COLUMNS, tuple(r)))
    for flag in _FLAGS:
        d[flag] = bool(d[flag])
    return d


def iter_event_json(
    db: sqlite3.Connection, flt: EventFilter, *, sort: str = "date", order: str = "desc",
    limit: int = MAX_EXPORT_ROWS, actors: ActorNames | None = None,
) -> Iterator[dict[str, Any]]:
    """Every event the filter matches, as stored JSON, in the page order (for exports)."""
    where, params = flt.resolve(db, actors).where()
    # Streamed without a time limit: a long export is wanted (the filter was checked beforehand).
    cursor = db.execute(
        f"SELECT e.json FROM event_filters f JOIN events e ON e.rowid = f.event_rowid WHERE {where}"
        f" ORDER BY {_order_by(sort, order)} LIMIT ?",
        [*params, limit],
    )
    for (raw,) in cursor:
        yield json.loads(raw)


def event_json(db: sqlite3.Connection, event_id: str) -> dict[str, Any] | None:
    row = db.execute("SELECT json FROM events WHERE id = ?", (event_id,)).fetchone()
    return json.loads(row[0]) if row else None


def events_json(db: sqlite3.Connection, ids: list[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        sql = f"SELECT id, json FROM events WHERE id IN ({','.join('?' * len(chunk))})"
        out.update({r[0]: json.loads(r[1]) for r in db.execute(sql, chunk)})
    return out


def map_points(db: sqlite3.Connection, flt: EventFilter, limit: int = MAX_MAP_POINTS,
               actors: ActorNames | None = None) -> list[dict[str, Any]]:
    """Located events for the map, the deadliest first (bounded)."""
    where, params = flt.resolve(db, actors).where()
    rows = _run(
        db,
        "SELECT e.id, e.date, e.event_type, e.sub_event_type, e.actor1, e.actor2, e.country,"
        " e.location, e.latitude, e.longitude, e.fatalities_best, e.n_sources, e.summary"
        " FROM event_filters f JOIN events e ON e.rowid = f.event_rowid"
        f" WHERE {where} AND e.latitude IS NOT NULL AND e.longitude IS NOT NULL"
        " ORDER BY coalesce(f.fatalities_best, 0) DESC, f.date DESC, e.id LIMIT ?",
        [*params, limit], flt.fts_match() is not None,
    )
    keys = ("id", "date", "event_type", "sub_event_type", "actor1", "actor2", "country", "location",
            "latitude", "longitude", "fatalities", "n_sources", "summary")
    return [dict(zip(keys, tuple(r))) for r in rows]


def count_unlocated(db: sqlite3.Connection, flt: EventFilter, actors: ActorNames | None = None) -> int:
    """How many events the filter matches that have no coordinates (the map cannot show them)."""
    where, params = flt.resolve(db, actors).where()
    return _run(
        db, "SELECT count(*) FROM event_filters f JOIN events e ON e.rowid = f.event_rowid"
        f" WHERE {where} AND (e.latitude IS NULL OR e.longitude IS NULL)", params, flt.fts_match() is not None,
    )[0][0]


# -- overview --------------------------------------------------------------------------------

def counts(db: sqlite3.Connection) -> dict[str, Any]:
    one = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
    first, last = db.execute("SELECT min(date), max(date) FROM events WHERE background = 0").fetchone()
    return {
        "articles": one("SELECT count(*) FROM articles"),
        "events": one("SELECT count(*) FROM events"),
        "background_events": one("SELECT count(*) FROM events WHERE background = 1"),
        "claims": one("SELECT coalesce(sum(n_claims), 0) FROM events"),
        "contradictions": one("SELECT count(*) FROM events WHERE contradiction = 1"),
        "fatalities_best": one("SELECT coalesce(sum(fatalities_best), 0) FROM events WHERE background = 0"),
        "countries": one("SELECT count(DISTINCT country) FROM events WHERE country != ''"),
        "first_date": first,
        "last_date": last,
    }


def choose_bucket(first: str | None, last: str | None) -> str:
    """Day, month or year buckets so a chart has tens of points, not thousands."""
    if not first or not last:
        return "day"
    def as_date(value: str) -> date:
        parts = [int(p) for p in value.split("-")] + [1, 1]
        return date(parts[0], parts[1], parts[2])

    days = (as_date(last) - as_date(first)).days
    if days <= 92:
        return "day"
    return "month" if days <= 8 * 366 else "year"


_BUCKET_LEN = {"day": 10, "month": 7, "year": 4}


def _bucket_sql(column: str, bucket: str) -> str:
    return f"substr({column}, 1, {_BUCKET_LEN[bucket]})"


def date_span(db: sqlite3.Connection, include_background: bool) -> tuple[str | None, str | None]:
    sql = "SELECT min(date), max(date) FROM events" + ("" if include_background else " WHERE background = 0")
    first, last = db.execute(sql).fetchone()
    return first, last


def types_over_time(db: sqlite3.Connection, bucket: str, include_background: bool = False) -> list[dict[str, Any]]:
    """Number of events per date bucket and event type."""
    where = "" if include_background else "WHERE background = 0"
    rows = db.execute(
        f"SELECT {_bucket_sql('date', bucket)} AS period, event_type, count(*) FROM events {where}"
        " GROUP BY period, event_type ORDER BY period, event_type"
    )
    return [{"period": r[0], "event_type": r[1], "events": r[2]} for r in rows]


def claimed_fatalities(db: sqlite3.Connection, bucket: str, include_background: bool = False) -> list[dict[str, Any]]:
    """Killed per date bucket, per side whose dead they are, as claimed by each claimant.

    Within one event a claimant counts once per side, with its highest figure (later reports
    revise upward), so repeating a figure across articles does not add it up twice.
    """
    where = "" if include_background else "AND e.background = 0"
    rows = db.execute(
        f"""
        SELECT period, claimant, side, sum(figure) FROM (
            SELECT e.id, {_bucket_sql('e.date', bucket)} AS period,
                   coalesce(nullif(json_extract(c.value, '$.claimant_side'), ''),
                            nullif(json_extract(c.value, '$.claimant'), ''), 'Unattributed') AS claimant,
                   coalesce(nullif(json_extract(c.value, '$.side'), ''), 'unspecified side') AS side,
                   max(json_extract(c.value, '$.count')) AS figure
            FROM events e, json_each(e.json, '$.claims') c
            WHERE json_extract(c.value, '$.kind') = 'killed' {where}
            GROUP BY e.id, claimant, side
        ) GROUP BY period, claimant, side ORDER BY period, claimant, side
        """
    )
    return [
        {"period": r[0], "claimant": f"{r[1]} says", "side": r[2], "killed": r[3],
         "series": f"{r[1]} says: {r[2]} killed"}
        for r in rows
    ]


def top_events(db: sqlite3.Connection, limit: int = 10) -> list[dict[str, Any]]:
    """The deadliest events (best figure), then the most reported."""
    rows = db.execute(
        f"SELECT {', '.join(LIST_COLUMNS)} FROM events e WHERE background = 0"
        " ORDER BY coalesce(fatalities_best, -1) DESC, n_sources DESC, date DESC, id LIMIT ?",
        (limit,),
    ).fetchall()
    return [_list_row(r) for r in rows]


def facets(db: sqlite3.Connection, limit: int = 300) -> dict[str, list[str]]:
    """Choices for the filter form: types, sub-types, countries, frequent actors."""
    def column(sql: str) -> list[str]:
        return [r[0] for r in db.execute(sql, (limit,)) if r[0]]

    return {
        "event_types": column("SELECT DISTINCT event_type FROM event_filters ORDER BY 1 LIMIT ?"),
        "sub_event_types": column("SELECT DISTINCT sub_event_type FROM event_filters ORDER BY 1 LIMIT ?"),
        "countries": column("SELECT DISTINCT country FROM event_filters ORDER BY 1 LIMIT ?"),
        "actors": column(
            "SELECT a FROM (SELECT actor1 AS a, count(*) AS n FROM event_filters GROUP BY actor1"
            " UNION ALL SELECT actor2, count(*) FROM event_filters WHERE actor2 IS NOT NULL GROUP BY actor2)"
            " GROUP BY a ORDER BY sum(n) DESC, a LIMIT ?"
        ),
    }


# -- event detail -----------------------------------------------------------------------------

def claim_table(event: dict[str, Any]) -> list[dict[str, Any]]:
    """Claims grouped by (kind, side), each group listing every claimant's statements.

    A group is contradictory when its claimants give different figures.
    """
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for i, c in enumerate(event.get("claims", [])):
        groups[(c["kind"], c.get("side") or "")].append({**c, "index": i})
    out = []
    for (kind, side), claims in sorted(groups.items(), key=lambda kv: (kv[0][0] != "killed", kv[0])):
        by_claimant: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for c in claims:
            by_claimant[c.get("claimant") or c.get("claimant_side") or "Unattributed"].append(c)
        figures = {(c["count"], c.get("count_high")) for c in claims}
        highest = {name: max(cs, key=lambda c: c.get("count_high") or c["count"]) for name, cs in by_claimant.items()}
        out.append({
            "kind": kind,
            "side": side or None,
            "claimants": [{"claimant": name, "claims": cs, "figure": highest[name]} for name, cs in by_claimant.items()],
            "contradiction": len(by_claimant) > 1 and len({(h["count"], h.get("count_high")) for h in highest.values()}) > 1,
            "differs": len(figures) > 1,
        })
    return out


# -- articles ---------------------------------------------------------------------------------

def list_articles(
    db: sqlite3.Connection, *, q: str | None = None, raw: bool = False, page: int = 1, page_size: int = 50,
) -> Page:
    if not 1 <= page_size <= MAX_PAGE_SIZE:
        raise QueryError(f"page_size must be between 1 and {MAX_PAGE_SIZE}")
    if page < 1:
        raise QueryError("page must be at least 1")
    where, params = "1", []
    if q and q.strip():
        where = "a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
        params = [f"({q})" if raw else fts_phrase_query(q)]
    total = _run(db, f"SELECT count(*) FROM articles a WHERE {where}", params, bool(params))[0][0]
    rows = _run(
        db,
        "SELECT a.id, a.published, a.title, a.url, a.source, a.format, length(a.text), substr(a.text, 1, 240)"
        f" FROM articles a WHERE {where} ORDER BY a.published DESC, a.id LIMIT ? OFFSET ?",
        [*params, page_size, (page - 1) * page_size], bool(params),
    )
    keys = ("id", "published", "title", "url", "source", "format", "length", "excerpt")
    return Page(total, page, page_size, [dict(zip(keys, tuple(r))) for r in rows])


def article_header(db: sqlite3.Connection, article_id: str) -> dict[str, Any] | None:
    """An article's publication data and text, without what was found in it."""
    r = db.execute(
        "SELECT id, published, title, url, source, text FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    return dict(zip(("id", "published", "title", "url", "source", "text"), tuple(r))) if r else None


def article(db: sqlite3.Connection, article_id: str) -> dict[str, Any] | None:
    r = db.execute(
        "SELECT id, published, title, url, source, path, format, text FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    if r is None:
        return None
    d = dict(zip(("id", "published", "title", "url", "source", "path", "format", "text"), tuple(r)))
    d["timexes"] = [
        dict(zip(("start", "end", "text", "type", "value", "mod", "anchor"), tuple(t)))
        for t in db.execute(
            'SELECT start, "end", text, type, value, mod, anchor FROM timexes WHERE article_id = ? ORDER BY start',
            (article_id,),
        )
    ]
    d["entities"] = [
        dict(zip(("start", "end", "label", "text"), tuple(t)))
        for t in db.execute(
            'SELECT start, "end", label, text FROM entities WHERE article_id = ? ORDER BY start', (article_id,)
        )
    ]
    d["claims"] = [
        dict(zip(("kind", "count", "count_high", "qualifier", "side", "claimant", "quote", "start", "end"), tuple(t)))
        for t in db.execute(
            'SELECT kind, count, count_high, qualifier, side, claimant, quote, start, "end" FROM claims'
            " WHERE article_id = ? ORDER BY start, id",
            (article_id,),
        )
    ]
    d["event_ids"] = [
        row[0] for row in db.execute(
            "SELECT DISTINCT em.event_id FROM event_mentions em JOIN mentions m ON m.id = em.mention_id"
            " WHERE m.article_id = ?",
            (article_id,),
        )
    ]
    return d


ENTITY_KINDS = {
    "PERSON": "actor", "ORG": "actor", "NORP": "actor",
    "GPE": "place", "LOC": "place", "FAC": "place",
    "CARDINAL": "number", "QUANTITY": "number", "PERCENT": "number", "MONEY": "number", "ORDINAL": "number",
}


def annotate(text: str, article_data: dict[str, Any], highlight: tuple[int, int] | None = None) -> list[dict[str, Any]]:
    """The article text cut into segments, each plain or marked as a date, actor, place or number.

    Dates come from the temporal tagger (with their resolved value), the rest from the NLP
    entities; overlapping spans keep the one that starts first (dates win ties). ``highlight``
    marks a quoted span (a claim's evidence) around the segments it covers. Segments are plain
    strings: the template escapes them.
    """
    spans: list[tuple[int, int, str, str]] = []
    for t in article_data.get("timexes", []):
        spans.append((t["start"], t["end"], "date", f"{t['type']} {t['value']}"))
    for e in article_data.get("entities", []):
        kind = ENTITY_KINDS.get(e["label"])
        if kind:
            spans.append((e["start"], e["end"], kind, e["label"]))
    spans.sort(key=lambda s: (s[0], s[2] != "date", -(s[1] - s[0])))
    chosen: list[tuple[int, int, str, str]] = []
    cursor = 0
    for start, end, kind, title in spans:
        if start < cursor or start >= end or end > len(text):
            continue
        chosen.append((start, end, kind, title))
        cursor = end
    cuts = {0, len(text)}
    for start, end, _, _ in chosen:
        cuts.update((start, end))
    if highlight:
        lo, hi = max(0, min(highlight[0], len(text))), max(0, min(highlight[1], len(text)))
        cuts.update((lo, hi))
    marks = {start: (end, kind, title) for start, end, kind, title in chosen}
    points = sorted(cuts)
    segments = []
    for a, b in zip(points, points[1:]):
        kind = title = None
        for start, (end, k, t) in marks.items():
            if start <= a and b <= end:
                kind, title = k, t
                break
        quoted = bool(highlight and highlight[0] <= a and b <= highlight[1])
        segments.append({"text": text[a:b], "kind": kind, "title": title, "quote": quoted})
    return segments


def excerpt(text: str, start: int, end: int, context: int = 90) -> tuple[str, str, str]:
    """The quoted span with some text either side (for showing a quote inside its article)."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    lo, hi = max(0, start - context), min(len(text), end + context)

    def flat(s: str) -> str:
        return re.sub(r"\s+", " ", s)

    before = ("…" if lo > 0 else "") + flat(text[lo:start])
    after = flat(text[end:hi]) + ("…" if hi < len(text) else "")
    return before, flat(text[start:end]), after
