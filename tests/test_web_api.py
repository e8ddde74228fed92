"""The dashboard's JSON API and pages, through FastAPI's TestClient, on a small synthetic store."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import warnings
from pathlib import Path

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from dateline.web import create_app
from dateline.web.queries import EventFilter, QueryError, annotate, fts_phrase_query
from dateline.web.sample import SCRIPT_ARTICLE_MARKER, build_sample_store


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_sample_store(tmp_path_factory.mktemp("web") / "sample.db")


@pytest.fixture(scope="module")
def client(store_path: Path) -> TestClient:
    with TestClient(create_app(store_path)) as c:
        yield c


def _script_article_id(client: TestClient) -> str:
    hits = client.get("/api/articles", params={"q": "ceasefire brokered"}).json()["articles"]
    assert len(hits) == 1
    return hits[0]["id"]


# -- pages ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/", "/?background=true", "/timeline", "/events", "/map", "/articles",
                                  "/events/ev-clash-jermuk", "/api/docs"])
def test_every_page_renders(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assert "Content-Security-Policy" in r.headers


def test_pages_load_only_local_assets(client: TestClient) -> None:
    for path in ("/", "/map", "/events", "/timeline", "/api/docs"):
        html = client.get(path).text
        assert 'src="http' not in html and 'href="http' not in html.replace('href="https://example.org', "")
    for asset in ("vega.min.js", "vega-lite.min.js", "vega-embed.min.js", "countries-50m.json"):
        assert client.get(f"/static/vendor/{asset}").status_code == 200


def test_overview_shows_each_claimant_as_its_own_series(client: TestClient) -> None:
    series = client.get("/api/stats/fatalities").json()["series"]
    by_series = {(r["claimant"], r["side"]): r["killed"] for r in series}
    # Azerbaijan said 50, then 71 of its own: the claimant's highest figure counts once, not 121.
    assert by_series[("Azerbaijan says", "Azerbaijan")] == 71
    assert by_series[("Armenia says", "Armenia")] == 105
    assert by_series[("Armenia says", "Azerbaijan")] == 200
    # Background facts (the 2020 war) are left out unless asked for.
    assert all(r["period"].startswith("2022") for r in series)
    with_bg = client.get("/api/stats/fatalities", params={"background": "true"}).json()
    assert with_bg["bucket"] == "month"
    assert any(r["period"] == "2020" and r["killed"] == 6500 for r in with_bg["series"])
    page = client.get("/").text
    assert "Azerbaijan says" in page and "Armenia says" in page


def test_stats_counts_and_top_events(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    counts = stats["counts"]
    assert (counts["events"], counts["articles"], counts["contradictions"]) == (6, 3, 1)
    assert counts["background_events"] == 1
    assert counts["first_date"] == "2022-09-13" and counts["last_date"] == "2022-09-16"
    assert stats["top_events"][0]["id"] == "ev-clash-jermuk"
    assert "Battles" in stats["facets"]["event_types"]
    types = client.get("/api/stats/types").json()
    assert types["bucket"] == "day"
    assert sum(r["events"] for r in types["rows"]) == 5


# -- events: filters, sorting, pagination, exports ------------------------------------------------

def _ids(client: TestClient, **params: object) -> list[str]:
    r = client.get("/api/events", params={"page_size": 500, **params})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["total"] == len(body["events"])
    return [e["id"] for e in body["events"]]


def test_event_filters(client: TestClient) -> None:
    assert len(_ids(client)) == 6
    assert set(_ids(client, event_type="Battles")) == {"ev-clash-jermuk", "ev-war-2020"}
    assert _ids(client, sub_event_type="Peaceful protest") == ["ev-protest-yerevan"]
    assert set(_ids(client, date_from="2022-09-15", date_to="2022-09-16")) == {
        "ev-protest-yerevan", "ev-ceasefire", "ev-shelling-sotk"}
    assert set(_ids(client, date_to="2022-09-13")) == {"ev-clash-jermuk", "ev-shelling-jermuk", "ev-war-2020"}
    assert set(_ids(client, date_from="2022-09")) == set(_ids(client, background="exclude"))
    assert _ids(client, country="Azerbaijan") == ["ev-war-2020"]
    assert _ids(client, background="only") == ["ev-war-2020"]
    assert _ids(client, contradiction="true") == ["ev-clash-jermuk"]
    assert set(_ids(client, min_fatalities="100")) == {"ev-clash-jermuk", "ev-war-2020"}
    assert _ids(client, actor="russia") == ["ev-ceasefire"]
    # A full stored name (picked from the list) selects exactly that actor; words match any name.
    assert set(_ids(client, actor="Military Forces of Armenia")) == {"ev-clash-jermuk", "ev-war-2020"}
    assert set(_ids(client, actor="Armenia")) == {"ev-clash-jermuk", "ev-shelling-sotk", "ev-protest-yerevan",
                                                  "ev-war-2020"}
    # Full text covers summaries and claim quotes.
    assert _ids(client, q="ceasefire took") == ["ev-ceasefire"]
    assert _ids(client, q="servicemen") == ["ev-clash-jermuk"]
    assert _ids(client, q="Jermuk", event_type="Explosions/Remote violence") == ["ev-shelling-jermuk"]
    assert _ids(client, q="shell*", raw="true") != []
    # Empty form fields are no filter at all.
    assert len(_ids(client, q="", country="", min_fatalities="", contradiction="")) == 6


def test_sorting_and_pagination(client: TestClient) -> None:
    assert _ids(client, sort="fatalities", order="desc")[:2] == ["ev-war-2020", "ev-clash-jermuk"]
    dates = [e["date"] for e in client.get("/api/events", params={"sort": "date", "order": "asc"}).json()["events"]]
    assert dates == sorted(dates)
    seen = []
    for page in (1, 2, 3):
        body = client.get("/api/events", params={"page_size": 2, "page": page}).json()
        assert (body["total"], body["pages"], len(body["events"])) == (6, 3, 2)
        seen += [e["id"] for e in body["events"]]
    assert sorted(seen) == sorted(_ids(client))
    assert client.get("/api/events", params={"page_size": 2, "page": 9}).json()["events"] == []


def test_exports_hold_exactly_what_is_filtered(client: TestClient) -> None:
    params = {"date_from": "2022-09-13", "background": "exclude", "sort": "date", "order": "asc"}
    listed = _ids(client, **params)
    r = client.get("/api/events.csv", params=params)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert [row["event_id_cnty"] for row in rows] == listed
    clash = next(row for row in rows if row["event_id_cnty"] == "ev-clash-jermuk")
    assert clash["fatalities_low"] == "120" and clash["contradiction"] == "1"
    exported = client.get("/api/events.json", params=params).json()
    assert [e["id"] for e in exported] == listed
    assert all("mention_id" not in c for e in exported for c in e["claims"])
    assert client.get("/api/events.json", params={"q": "nothing-matches-this"}).json() == []
    page = client.get("/events", params={"event_type": "Battles"}).text
    assert "/api/events.csv?event_type=Battles" in page


def test_event_detail_keeps_every_claim_and_flags_contradictions(client: TestClient) -> None:
    body = client.get("/api/events/ev-clash-jermuk").json()
    event = body["event"]
    assert len(event["claims"]) == 5 and len(event["sources"]) == 2
    assert event["fatalities"] == {"low": 120, "best": 176, "high": 305}
    groups = {(g["kind"], g["side"]): g for g in body["claim_groups"]}
    azerbaijan = groups[("killed", "Azerbaijan")]
    assert azerbaijan["contradiction"] is True
    assert {c["claimant"] for c in azerbaijan["claimants"]} == {"Azerbaijan's defence ministry", "Armenian officials"}
    # One claimant revising its own figure (49, then 105) is not a contradiction.
    assert groups[("killed", "Armenia")]["contradiction"] is False
    html = client.get("/events/ev-clash-jermuk").text
    assert 'id="contradiction-flag"' in html
    assert '<mark class="quote">Armenian officials claimed that 200 Azerbaijani soldiers' in html
    assert "Sample Wire" in html and "How these were derived" in html
    assert "?hl=" in html


def test_unknown_ids_are_404(client: TestClient) -> None:
    for path in ("/api/events/nope", "/api/articles/nope"):
        r = client.get(path)
        assert r.status_code == 404 and "nope" in r.json()["detail"]
    for path in ("/events/nope", "/articles/nope", "/no-such-page"):
        r = client.get(path)
        assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")


@pytest.mark.parametrize("path,params", [
    ("/api/events", {"page_size": 0}),
    ("/api/events", {"page_size": 501}),
    ("/api/events", {"page": 0}),
    ("/api/events", {"page": "abc"}),
    ("/api/events", {"sort": "json; DROP TABLE events"}),
    ("/api/events", {"order": "sideways"}),
    ("/api/events", {"date_from": "2022-13-01"}),
    ("/api/events", {"date_to": "yesterday"}),
    ("/api/events", {"date_from": "2022-02-30"}),
    ("/api/events", {"background": "maybe"}),
    ("/api/events", {"contradiction": "perhaps"}),
    ("/api/events", {"min_fatalities": "-1"}),
    ("/api/events", {"q": '"unbalanced', "raw": "true"}),
    ("/api/events", {"q": "x" * 501}),
    ("/api/events.csv", {"q": "AND OR", "raw": "true"}),
    ("/api/events.json", {"date_from": "soon"}),
    ("/api/map", {"limit": 0}),
    ("/api/timeline", {"start": "2022-99"}),
    ("/api/timeline", {"dates": 0}),
    ("/api/articles", {"page_size": 10_000}),
    ("/api/articles", {"q": "(", "raw": "true"}),
    ("/api/stats/fatalities", {"background": "sometimes"}),
    ("/events", {"page_size": 0}),
    ("/events", {"q": "NEAR(", "raw": "true"}),
    ("/map", {"date_from": "x"}),
    ("/timeline", {"end": "2022-1-1"}),
    ("/articles/abc", {"hl": "ten-twenty"}),
])
def test_bad_parameters_are_clear_4xx(client: TestClient, path: str, params: dict) -> None:
    r = client.get(path, params=params)
    assert r.status_code in (400, 422), (r.status_code, r.text[:300])
    if path.startswith("/api/"):
        assert r.json()["detail"]
    else:
        assert "Error" in r.text


def test_queries_are_parameterised(client: TestClient) -> None:
    assert _ids(client, country="x' OR '1'='1") == []
    assert _ids(client, q="'; DROP TABLE events; --") == []
    assert _ids(client, actor='") OR ("') == []
    assert client.get("/api/stats").json()["counts"]["events"] == 6


def test_store_is_read_only(client: TestClient) -> None:
    db = client.app.state.connections.store().db
    with pytest.raises(sqlite3.OperationalError):
        db.execute("DELETE FROM events")


def test_other_host_names_are_refused(store_path: Path) -> None:
    app = create_app(store_path, allowed_hosts=["127.0.0.1", "localhost"])
    with TestClient(app, base_url="http://attacker.example") as c:
        assert c.get("/api/stats").status_code == 400
    with TestClient(app, base_url="http://127.0.0.1:8000") as c:
        assert c.get("/api/stats").status_code == 200


# -- timeline, articles, map ----------------------------------------------------------------------

def test_timeline(client: TestClient) -> None:
    entries = client.get("/api/timeline").json()["entries"]
    assert [t["date"] for t in entries] == sorted(t["date"] for t in entries)
    assert entries[0]["date"] == "2020" and entries[0]["background"] is True
    assert all(t["sources"] for t in entries)
    later = client.get("/api/timeline", params={"start": "2022-09-15", "background": "false"}).json()["entries"]
    assert later and all(t["date"] >= "2022-09-15" and not t["background"] for t in later)
    html = client.get("/timeline").text
    assert "<details>" in html and "/articles/" in html


def test_articles_and_annotations(client: TestClient) -> None:
    listing = client.get("/api/articles").json()
    assert listing["total"] == 3
    assert client.get("/api/articles", params={"q": "Yerevan"}).json()["total"] == 1
    article_id = _script_article_id(client)
    body = client.get(f"/api/articles/{article_id}").json()
    assert SCRIPT_ARTICLE_MARKER in body["text"]
    assert {t["value"] for t in body["timexes"]} == {"2022-09-16"}
    assert {"ev-ceasefire", "ev-shelling-sotk"} <= set(body["event_ids"])
    html = client.get(f"/articles/{article_id}").text
    assert '<mark class="hl place" title="GPE">Sotk</mark>' in html
    assert '<mark class="hl date" title="DATE 2022-09-16">Friday</mark>' in html


def test_article_markup_renders_as_text(client: TestClient) -> None:
    article_id = _script_article_id(client)
    r = client.get(f"/articles/{article_id}")
    assert SCRIPT_ARTICLE_MARKER not in r.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text
    assert "<img src=x" not in r.text and "&lt;img src=x onerror=alert(2)&gt;" in r.text
    assert "<b>in its title</b>" not in r.text
    assert "'unsafe-inline'" not in r.headers["Content-Security-Policy"].split("script-src")[1].split(";")[0]
    events_page = client.get("/events").text
    assert "<script>alert(3)" not in events_page and "&lt;script&gt;alert(3)" in events_page


def test_map_points_and_spec(client: TestClient) -> None:
    points = client.get("/api/map").json()["points"]
    assert {p["id"] for p in points} == {"ev-clash-jermuk", "ev-shelling-jermuk", "ev-shelling-sotk",
                                         "ev-protest-yerevan", "ev-war-2020"}
    assert points[0]["id"] == "ev-war-2020"  # deadliest first
    assert [p["id"] for p in client.get("/api/map", params={"background": "exclude", "limit": 1}).json()["points"]] \
        == ["ev-clash-jermuk"]
    html = client.get("/map").text
    spec = json.loads(html.split('class="vl-spec" data-target="map">')[1].split("</script>")[0])
    assert spec["layer"][0]["data"]["url"] == "/static/vendor/countries-50m.json"
    assert spec["layer"][1]["encoding"]["size"]["field"] == "fatalities"
    assert len(spec["layer"][1]["data"]["values"]) == 5


def test_openapi_schema_lists_the_api(client: TestClient) -> None:
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/events/{event_id}", "/api/events.csv", "/api/events.json", "/api/timeline",
                 "/api/articles", "/api/articles/{article_id}", "/api/stats", "/api/map"):
        assert path in paths
    assert not any(p.startswith("/events") for p in paths)  # pages are not API


# -- query helpers --------------------------------------------------------------------------------

def test_annotate_cuts_the_text_without_losing_any() -> None:
    text = "On Monday 12 soldiers died in Kharkiv."
    data = {
        "timexes": [{"start": 3, "end": 9, "type": "DATE", "value": "2022-05-02"}],
        "entities": [{"start": 3, "end": 9, "label": "DATE"}, {"start": 10, "end": 12, "label": "CARDINAL"},
                     {"start": 11, "end": 21, "label": "ORG"}, {"start": 30, "end": 37, "label": "GPE"}],
    }
    segments = annotate(text, data, highlight=(10, 26))
    assert "".join(s["text"] for s in segments) == text
    marked = {(s["text"], s["kind"]) for s in segments if s["kind"]}
    assert marked == {("Monday", "date"), ("12", "number"), ("Kharkiv", "place")}
    assert "".join(s["text"] for s in segments if s["quote"]) == text[10:26]


def test_filter_validation_and_fts_quoting() -> None:
    assert fts_phrase_query('a "b" c') == '"a" AND """b""" AND "c"'
    with pytest.raises(QueryError):
        EventFilter(date_from="2022-02-30")
    with pytest.raises(QueryError):
        EventFilter(background="sometimes")
    flt = EventFilter(date_to="2022-09", actor="  ")
    assert flt.actor is None
    where, params = flt.where()
    assert params == ["2022-09-99"] and "?" in where


def test_serve_command_refuses_a_missing_store(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from dateline.cli import app

    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code != 0
    with pytest.raises(FileNotFoundError):
        create_app(tmp_path / "missing.db")


def test_slow_statements_are_interrupted(store_path: Path) -> None:
    from dateline.web import queries

    db = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True)
    endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
    with pytest.raises(QueryError, match="narrow the filters"):
        queries._run(db, endless, time_limit=0.05)
    assert queries._run(db, "SELECT count(*) FROM events") == [(6,)]
    assert db.execute("SELECT count(*) FROM events").fetchone() == (6,)  # no limit left behind
    db.close()
