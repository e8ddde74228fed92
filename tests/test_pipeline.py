"""The whole path through the API and the CLI: idempotent runs, killed runs, errors, exports."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import dateline
from dateline.cli import app
from dateline.export import CSV_COLUMNS

runner = CliRunner()

EVENT_KEYS = {
    "id", "date", "date_end", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
    "location", "latitude", "longitude", "fatalities", "background", "claims", "sources", "summary",
}
CLAIM_KEYS = {"kind", "count", "count_high", "qualifier", "side", "claimant", "claimant_side", "quote",
              "article_id", "start", "end"}


def _table_counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "sentences", "timexes", "mentions", "claims", "events")}
    finally:
        con.close()


def test_rerun_leaves_store_unchanged(seed_dir, tmp_path):
    db = tmp_path / "d.db"
    first = dateline.run([seed_dir], db)
    assert first.ok and first.stored == 3 and first.events > 0
    before = _table_counts(db)
    events_before = [e.to_json() for e in dateline.events(db)]
    again = dateline.run([seed_dir], db)
    assert again.stored == 0 and again.already_stored == 3
    assert _table_counts(db) == before
    assert [e.to_json() for e in dateline.events(db)] == events_before


def test_claim_offsets_point_at_the_quote(seed_dir, tmp_path):
    db = tmp_path / "d.db"
    dateline.run([seed_dir], db)
    with dateline.Store(db) as store:
        texts = {a.id: a.text for a in store.articles()}
        claims = [c for e in store.events() for c in e.claims]
    assert claims, "the test articles state casualty figures"
    for c in claims:
        assert texts[c.article_id][c.start:c.end] == c.quote


def test_bad_inputs_are_reported_and_the_rest_is_stored(seed_dir, tmp_path):
    (seed_dir / "empty.txt").write_text("", encoding="utf-8")
    (seed_dir / "binary.txt").write_bytes(b"\x00\x01\x02 date")
    db = tmp_path / "d.db"
    result = runner.invoke(app, ["run", str(seed_dir), "--db", str(db), "--quiet"])
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr and "binary.txt" in result.stderr
    assert _table_counts(db)["articles"] == 3


def test_cli_run_then_export_formats(seed_dir, tmp_path):
    db = tmp_path / "d.db"
    result = runner.invoke(app, ["run", str(seed_dir), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "3 articles" in result.stderr

    out = runner.invoke(app, ["events", "--db", str(db), "--format", "json"])
    events = json.loads(out.stdout)
    assert isinstance(events, list) and events
    for e in events:
        assert EVENT_KEYS <= set(e)
        assert set(e["fatalities"]) == {"low", "best", "high"}
        for c in e["claims"]:
            assert set(c) == CLAIM_KEYS
        assert e["sources"] and {"article_id", "published", "title", "url"} <= set(e["sources"][0])

    lines = runner.invoke(app, ["events", "--db", str(db), "--format", "jsonl"]).stdout.splitlines()
    assert [json.loads(x)["id"] for x in lines] == [e["id"] for e in events]

    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["events", "--db", str(db), "-f", "csv"]).stdout)))
    assert tuple(rows[0]) == CSV_COLUMNS and len(rows) == len(events)

    md = runner.invoke(app, ["timeline", "--db", str(db)]).stdout
    assert md.startswith("## ")
    tl = json.loads(runner.invoke(app, ["timeline", "--db", str(db), "-f", "json"]).stdout)
    assert all({"date", "summary", "event_ids"} <= set(t) for t in tl)
    assert [t["date"] for t in tl] == sorted(t["date"] for t in tl)


def test_cli_rejects_bad_options(tmp_path):
    assert runner.invoke(app, ["run", str(tmp_path), "--format", "docx"]).exit_code == 2
    assert runner.invoke(app, ["timeline", "--db", str(tmp_path / "x.db"), "--start", "May"]).exit_code == 2


def _children(pid: int) -> set[int]:
    """Process ids whose parent is ``pid`` (from /proc)."""
    out = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text(encoding="ascii").rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.add(int(stat.parent.name))
    return out


def _running(pid: int) -> bool:
    """True while ``pid`` runs (a zombie waiting to be reaped counts as gone)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_killed_run_recovers_without_duplicates(tmp_path):
    """SIGKILL mid-run, then re-run: every article stored exactly once."""
    src = tmp_path / "many"
    src.mkdir()
    n = 300
    for i in range(n):
        (src / f"{i:04d}.txt").write_text(
            f" date 2022-09-{1 + i % 28:02d} Report {i}: shelling hit village number {i} on Monday, "
            f"and {i % 9 + 1} soldiers were wounded, the ministry said. Talks were held on Tuesday.\n",
            encoding="utf-8",
        )
    db = tmp_path / "k.db"
    cmd = [sys.executable, "-m", "dateline.cli", "run", str(src), "--db", str(db), "--quiet"]
    # Two worker processes: they must die with their SIGKILLed parent.
    env = {**os.environ, "DATELINE_PROCESSES": "2"}
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    stored_at_kill = 0
    workers: set[int] = set()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists():
            try:
                con = sqlite3.connect(db, timeout=0.1)
                stored_at_kill = con.execute("SELECT count(*) FROM articles").fetchone()[0]
                con.close()
            except sqlite3.OperationalError:
                stored_at_kill = 0
            if stored_at_kill > 0:
                workers = _children(proc.pid)
                os.kill(proc.pid, signal.SIGKILL)
                break
        time.sleep(0.01)
    proc.wait(timeout=30)
    assert 0 < stored_at_kill < n, "the run should have been killed part-way"
    assert len(workers) == 2, "the run should have used two worker processes"
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_running(p) for p in workers):
        time.sleep(0.05)
    assert not any(_running(p) for p in workers), "worker processes outlived the killed run"
    report = dateline.run([src], db)
    assert report.ok and report.stored + report.already_stored == n
    counts = _table_counts(db)
    assert counts["articles"] == n
    con = sqlite3.connect(db)
    dup = con.execute("SELECT count(*) - count(DISTINCT article_id || ':' || idx) FROM sentences").fetchone()[0]
    orphans = con.execute(
        "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = a.id)"
    ).fetchone()[0]
    con.close()
    assert dup == 0 and orphans == 0


def test_warm_up_loads_what_workers_would_otherwise_each_load():
    """Forked workers share what the parent loaded; what the warm-up misses, every worker loads again."""
    from dateline import pipeline
    from dateline.extract import country_model, places

    places.cities.cache_clear()
    country_model.shipped_model.cache_clear()
    pipeline.warm_up()
    assert places.cities.cache_info().currsize == 1
    assert country_model.shipped_model.cache_info().currsize == 1
