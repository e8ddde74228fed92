"""The fast paths behind ``/api/events`` (actor names, one search per request, rows written as JSON
by SQLite) answer exactly what the plain queries answer; the load test's raw HTTP client reads
responses correctly and the bounded script runs end to end."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from dateline.web import queries
from dateline.web.queries import ActorNames, EventFilter
from dateline.web.sample import build_sample_store, write_generated_store

ROOT = Path(__file__).resolve().parents[1]


def _import_load_test():
    spec = importlib.util.spec_from_file_location("load_test", ROOT / "benchmarks" / "load_test.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


load_test = _import_load_test()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    path = write_generated_store(tmp_path_factory.mktemp("load") / "generated.db", 1_500)
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    yield con
    con.close()


@pytest.fixture(scope="module")
def actors(db: sqlite3.Connection) -> ActorNames:
    return queries.actor_names(db)


def _all(db: sqlite3.Connection, flt: EventFilter, **kw) -> tuple[int, list[str]]:
    page = queries.list_events(db, flt, page_size=queries.MAX_PAGE_SIZE, **kw)
    return page.total, [r["id"] for r in page.rows]


@pytest.mark.parametrize("actor", [
    "Military Forces of Mali",  # a full stored name
    "Mali",  # words of several names
    "police forces",
    "REBELS",  # the tokenizer folds case, as the full-text index does
    "no such actor",
    '") OR ("',  # punctuation only: no word at all
])
@pytest.mark.parametrize("event_type", [None, "Battles"])
def test_actor_words_resolve_to_names_with_the_full_text_answer(
        db: sqlite3.Connection, actors: ActorNames, actor: str, event_type: str | None) -> None:
    through_names = EventFilter(actor=actor, event_type=event_type)
    expected = _all(db, EventFilter(actor=actor, event_type=event_type))  # no vocabulary: FTS5 over events
    assert _all(db, through_names, actors=actors) == expected
    if event_type or actor in ("Mali", "Military Forces of Mali"):  # not a quarter of all events
        assert through_names.fts_match() is None  # answered from the actor indexes, no full-text scan
    if actor in ("Mali", "REBELS"):
        assert expected[0] > 0


def test_actor_names_match_words_of_one_name(actors: ActorNames) -> None:
    assert actors.exact("Rebels (Mali)") and not actors.exact("rebels (mali)")
    assert set(actors.matching("Mali")) == {"Military Forces of Mali", "Police Forces of Mali", "Rebels (Mali)"}
    assert actors.matching("forces mali") == ("Military Forces of Mali", "Police Forces of Mali")
    # Every word must be in the same name: "police" and "rebels" never are.
    assert actors.matching("police rebels") == ()


def test_too_many_names_fall_back_to_the_full_text_index(
        db: sqlite3.Connection, actors: ActorNames, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _all(db, EventFilter(actor="forces"), actors=actors)
    monkeypatch.setattr(ActorNames, "MAX_NAMES", 2)
    flt = EventFilter(actor="forces")
    assert _all(db, flt, actors=actors) == expected
    assert flt.actor_names is None and flt.fts_match() is not None


@pytest.mark.parametrize("filters", [
    {"q": "convoy", "country": "Mali"},
    {"q": "market"},
    {"q": "shelled", "event_type": "Battles", "date_from": "2018"},
    {"q": "hospital", "min_fatalities": 1},
])
def test_searching_once_per_request_gives_the_same_pages(
        db: sqlite3.Connection, filters: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    once = [queries.list_events(db, EventFilter(**filters), page=p, page_size=7) for p in (1, 2)]
    monkeypatch.setattr(queries, "SEARCH_ROWIDS_MAX", 0)  # never materialised: FTS5 in each statement
    each = [queries.list_events(db, EventFilter(**filters), page=p, page_size=7) for p in (1, 2)]
    assert [(p.total, p.rows) for p in once] == [(p.total, p.rows) for p in each]
    assert once[0].total > 0


@pytest.mark.parametrize("sort,order", [("date", "desc"), ("fatalities", "desc"), ("country", "asc")])
def test_rows_written_by_sqlite_equal_the_python_rows(db: sqlite3.Connection, sort: str, order: str) -> None:
    for flt in (EventFilter(), EventFilter(background="only"), EventFilter(contradiction=True),
                EventFilter(country="Syria")):
        as_python = queries.list_events(db, flt, sort=sort, order=order, page=2, page_size=40)
        as_json = queries.list_events(db, flt, sort=sort, order=order, page=2, page_size=40, as_json=True)
        assert as_json.total == as_python.total
        assert json.loads(as_json.rows_json) == as_python.rows  # booleans, nulls, floats and order alike
    empty = queries.list_events(db, EventFilter(country="Nowhere"), as_json=True)
    assert json.loads(empty.rows_json) == []


# -- the load test's client ---------------------------------------------------------------------

def _read(raw: bytes) -> tuple[int, bytes, bool]:
    async def go() -> tuple[int, bytes, bool]:
        reader = asyncio.StreamReader()
        reader.feed_data(raw)
        reader.feed_eof()
        return await load_test.read_response(reader)

    return asyncio.run(go())


def test_raw_client_reads_sized_chunked_and_closing_responses() -> None:
    assert _read(b"HTTP/1.1 200 OK\r\ncontent-length: 4\r\ncontent-type: x\r\n\r\n{}{}") == (200, b"{}{}", True)
    chunked = b"HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n"
    assert _read(chunked) == (404, b"abcde", True)
    assert _read(b"HTTP/1.1 400 Bad\r\nConnection: close\r\nContent-Length: 1\r\n\r\nx") == (400, b"x", False)
    with pytest.raises(load_test.HTTPError):
        _read(b"SSH-2.0-nope\r\n\r\n")


def test_raw_client_checks_the_answers() -> None:
    check = load_test.check_events_body
    good = json.dumps({"total": 3, "page": 1, "page_size": 2, "events": [{}, {}]}).encode()
    assert check(good, "/u") is None
    assert check(b"<html>", "/u") == "not JSON /u"
    assert check(b'{"events": []}', "/u") == "unexpected JSON /u"
    too_long = json.dumps({"total": 3, "page": 1, "page_size": 1, "events": [{}, {}]}).encode()
    assert check(too_long, "/u") == "page longer than asked /u"


def test_load_script_runs_bounded_end_to_end(tmp_path: Path) -> None:
    store = build_sample_store(tmp_path / "sample.db")
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "load_test.py"), "--db", str(store), "--requests", "120",
         "--warmup", "10", "--concurrency", "6", "--max-p95-ms", "20000", "--json", "--show-slowest", "0"],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    figures = json.loads(result.stdout)
    assert (figures["requests"], figures["errors"], figures["events_in_store"]) == (120, 0, 6)
    assert figures["client_cpu_ms_per_request"] > 0 and figures["p95_ms"] > 0
    refused = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "load_test.py"), "--db", str(store),
                              "--concurrency", "5000"], capture_output=True, text=True, timeout=60)
    assert refused.returncode != 0 and "bounded" in refused.stderr


def test_cached_value_counts_equal_counting(db: sqlite3.Connection) -> None:
    counts = queries.value_counts(db)
    filters = [{}, {"event_type": "Battles"}, {"country": "Mali"}, {"sub_event_type": "Armed clash"},
               {"country": "Nowhere"}]
    checked = 0
    for extra in filters:
        for background in ("include", "exclude", "only"):
            flt = EventFilter(**extra, background=background)
            counted = queries.list_events(db, flt, page_size=1).total
            assert counts.total(flt) == counted
            assert queries.list_events(db, flt, page_size=1, counts=counts).total == counted
            checked += counted
    assert checked > 0
    # Anything more is counted, not looked up.
    for flt in (EventFilter(event_type="Battles", country="Mali"), EventFilter(date_from="2020"),
                EventFilter(q="convoy"), EventFilter(actor="Mali"), EventFilter(min_fatalities=1),
                EventFilter(contradiction=False)):
        assert counts.total(flt) is None


def test_words_naming_most_events_use_the_full_text_index_unless_narrowed(
        db: sqlite3.Connection, actors: ActorNames) -> None:
    alone, typed = EventFilter(actor="forces"), EventFilter(actor="forces", event_type="Riots")
    assert _all(db, alone, actors=actors) == _all(db, EventFilter(actor="forces"))
    assert alone.actor_names is None and alone.fts_match() is not None
    assert _all(db, typed, actors=actors) == _all(db, EventFilter(actor="forces", event_type="Riots"))
    assert typed.actor_names and typed.fts_match() is None


def test_query_profile_times_every_kind_with_and_without_fast_paths(tmp_path: Path) -> None:
    rowids_max = queries.SEARCH_ROWIDS_MAX
    table = load_test.profile_queries(build_sample_store(tmp_path / "sample.db"), 60)
    assert queries.SEARCH_ROWIDS_MAX == rowids_max  # restored
    assert {label for _, label in load_test.KINDS} | {"all"} == set(table)
    assert sum(row["requests"] for kind, row in table.items() if kind != "all") == 60
    assert all(row["plain"] >= 0 and row["fast"] >= 0 for row in table.values())
