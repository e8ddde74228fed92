"""Timeline building over a store: date choice, sourced summaries, events, background, formats."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.model import (
    Article,
    ArticleAnalysis,
    Claim,
    Event,
    Fatalities,
    Sentence,
    Source,
    TemporalExpression,
)
from dateline.store import Store
from dateline.timeline import TimelineOptions, build, to_html, to_markdown, to_tls_text


def _analysis(published: str, sentences: list[tuple[str, list[tuple[str, str]]]]) -> ArticleAnalysis:
    """An article from sentences, each with (expression, TIMEX3 value) pairs found in it."""
    text = " ".join(s for s, _ in sentences)
    pub = date.fromisoformat(published)
    article = Article(Article.make_id(text, pub), text, pub, title=f"Report of {published}")
    sents, timexes, pos = [], [], 0
    for i, (s, tx) in enumerate(sentences):
        start = text.index(s, pos)
        sents.append(Sentence(article.id, i, start, start + len(s), s))
        for expr, value in tx:
            at = text.index(expr, start)
            timexes.append(TemporalExpression(at, at + len(expr), expr, "DATE", value))
        pos = start + len(s)
    return ArticleAnalysis(article, sents, [], timexes, [])


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    """Three days of a made-up crisis; the 3rd of March is the one everybody refers back to."""
    st = Store(tmp_path / "t.db")
    st.add(_analysis("2031-03-03", [
        ("Rebels seized the river port of Talan on Monday after a night of shelling.", [("Monday", "2031-03-03")]),
        ("The governor fled the port of Talan by boat, aides said.", []),
    ]))
    st.add(_analysis("2031-03-04", [
        ("The seizure of Talan on Monday left the northern province without a port.", [("Monday", "2031-03-03")]),
        ("Aid agencies suspended convoys to the province on Tuesday.", [("Tuesday", "2031-03-04")]),
    ]))
    st.add(_analysis("2031-03-09", [
        ("Since rebels captured Talan on March 3, food prices in the province have doubled.",
         [("March 3", "2031-03-03")]),
        ("Talks on reopening the port of Talan began in the capital on Sunday.", [("Sunday", "2031-03-08")]),
    ]))
    st.add(_analysis("2031-03-10", [
        ("Negotiators said on Monday that the talks on the port of Talan would resume next week.",
         [("Monday", "2031-03-09")]),
        ("The capture of Talan on March 3 was the rebels' biggest gain in the 2030 war.",
         [("March 3", "2031-03-03"), ("2030", "2030")]),
    ]))
    yield st
    st.close()


def test_the_day_referred_back_to_ranks_first(store: Store) -> None:
    entries = build(store, TimelineOptions(max_dates=1, sentences_per_date=2))
    assert [t.date for t in entries] == ["2031-03-03"]
    texts = [s.text for s in entries[0].summary]
    assert len(texts) == 2 and all("Talan" in t for t in texts)
    assert all(s.article_id and s.published for s in entries[0].summary)


def test_dates_come_out_in_order_within_the_range(store: Store) -> None:
    entries = build(store, TimelineOptions(max_dates=3, sentences_per_date=1, start="2031-03-04"))
    days = [t.date for t in entries]
    assert days == sorted(days) and len(days) == 3
    assert all(d >= "2031-03-04" for d in days)


def test_no_sentence_is_used_twice(store: Store) -> None:
    entries = build(store, TimelineOptions(max_dates=5, sentences_per_date=3))
    texts = [s.text for t in entries for s in t.summary]
    assert len(texts) == len(set(texts))


def test_keywords_keep_only_matching_articles(store: Store) -> None:
    entries = build(store, TimelineOptions(max_dates=5, keywords=["negotiators"]))
    # only the article of 10 March names negotiators: its own day and the two days it refers to
    assert [t.date for t in entries] == ["2031-03-03", "2031-03-09", "2031-03-10"]
    assert build(store, TimelineOptions(max_dates=5, keywords=["volcano"])) == []


def _event(eid: str, day: str, source: str, *, background: bool = False, precision: str = "day") -> Event:
    claim = Claim("killed", 12, "at_least", side="Government", claimant="the provincial governor",
                  quote="At least 12 soldiers were killed, the governor said.")
    return Event(eid, day, None, "Battles", "Armed clash", "Rebels", "Government", "Nowhereland", None, "Talan",
                 None, None, Fatalities(12, 12, 12), background, [claim], [Source(source, "2031-03-04")],
                 "At least 12 soldiers were killed, the governor said.", date_precision=precision)


def test_events_and_background_periods(store: Store) -> None:
    aid = next(a.id for a in store.articles() if a.published.isoformat() == "2031-03-04")
    store.replace_events([_event("e-day", "2031-03-03", aid),
                          _event("e-bg", "2030", aid, background=True, precision="year")])
    entries = build(store, TimelineOptions(sentences_per_date=2))
    by_date = {t.date: t for t in entries}
    assert by_date["2031-03-03"].event_ids == ["e-day"] and not by_date["2031-03-03"].background
    assert by_date["2030"].background and by_date["2030"].event_ids == ["e-bg"]
    assert [t.date for t in entries][0] == "2030"  # a background period sorts at its start
    assert "2030" not in {t.date for t in build(store, TimelineOptions(include_background=False))}
    capped = build(store, TimelineOptions(max_dates=2))
    assert sum(t.background for t in capped) == 1 and sum(not t.background for t in capped) == 2
    md = to_markdown(entries, {e.id: e for e in store.events()})
    assert "## 2030 (background)" in md
    assert "killed: at least 12 (Government), says the provincial governor" in md


def test_formats(store: Store) -> None:
    entries = build(store, TimelineOptions(max_dates=2, sentences_per_date=1))
    html = to_html(entries)
    assert html.startswith("<!doctype html>") and entries[0].date in html
    tls = to_tls_text(entries).splitlines()
    assert tls[0] == entries[0].date and tls[2] == "-" * 32
    assert json.loads(json.dumps([t.to_json() for t in entries]))[0]["sources"][0]["article_id"]


def test_cli_timeline(store: Store, tmp_path: Path) -> None:
    runner = CliRunner()
    db = store.path
    res = runner.invoke(app, ["timeline", "--db", db, "-n", "2", "-k", "1", "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert len(data) == 2 and all(len(t["summary"]) == 1 for t in data)
    res = runner.invoke(app, ["timeline", "--db", db, "-n", "1", "--format", "md"])
    assert res.exit_code == 0 and res.output.startswith("## 2031-03-03")
    out = tmp_path / "t.html"
    res = runner.invoke(app, ["timeline", "--db", db, "--format", "html", "-o", str(out)])
    assert res.exit_code == 0 and "<h2" in out.read_text(encoding="utf-8")
    res = runner.invoke(app, ["timeline", "--db", db, "--start", "March 3"])
    assert res.exit_code != 0


def test_day_phrases_are_cut_from_summary_sentences() -> None:
    from dateline.timeline.build import drop_day_phrases

    assert drop_day_phrases("The ferry sank off the cape on 12 May , killing nine crew .") == \
        "The ferry sank off the cape , killing nine crew ."
    assert drop_day_phrases("The council voted on Thursday to close the old bridge.") == \
        "The council voted to close the old bridge."
    assert drop_day_phrases("Yesterday the mayor resigned, aides said today.") == "Yesterday the mayor resigned, aides said."
    assert drop_day_phrases("It fell on May 3.") == "It fell on May 3."  # too little would be left
    # a relative clause left with nothing but its verb keeps its day
    assert drop_day_phrases("The shelling, which began on Sunday, is the worst in years.") == \
        "The shelling, which began on Sunday, is the worst in years."
    assert drop_day_phrases("Talks that had stalled on 3 March resumed in Geneva on Friday.") == \
        "Talks that had stalled on 3 March resumed in Geneva."
    # an opening conjunction does not keep the comma the day phrase stood before
    assert drop_day_phrases("But on Friday, the army said the bridge had been retaken.") == \
        "But the army said the bridge had been retaken."


def test_dates_reranked_by_content_come_from_the_best_dated_days(store: Store) -> None:
    from dataclasses import replace

    from dateline.timeline.build import DATE_WEIGHTS

    plain = build(store, TimelineOptions(max_dates=2 * DATE_WEIGHTS.content_pool, sentences_per_date=1),
                  weights=replace(DATE_WEIGHTS, content=0.0))
    reranked = build(store, TimelineOptions(max_dates=2, sentences_per_date=1))
    assert len(reranked) == 2
    assert {t.date for t in reranked} <= {t.date for t in plain}


def test_an_event_placed_in_a_country_as_a_whole_names_it_once() -> None:
    from dataclasses import replace

    from dateline.timeline.render import where

    e = _event("e1", "2031-03-03", "a1")
    assert where(e) == "Talan, Nowhereland"
    assert where(replace(e, location="Nowhereland")) == "Nowhereland"


def test_a_catch_all_event_naming_nobody_nowhere_and_no_toll_is_not_listed(store: Store) -> None:
    from dataclasses import replace

    aid = next(a.id for a in store.articles() if a.published.isoformat() == "2031-03-04")
    told = _event("e-day", "2031-03-03", aid)
    empty = replace(told, id="e-other", event_type="Strategic developments", sub_event_type="Other",
                    actor1="Unidentified", actor2=None, location=None, claims=[], fatalities=Fatalities(None, None, None))
    named = replace(empty, id="e-other-named", actor1="Government of Nowhereland")
    store.replace_events([told, empty, named])
    by_date = {t.date: t for t in build(store, TimelineOptions(sentences_per_date=2))}
    assert by_date["2031-03-03"].event_ids == ["e-day", "e-other-named"]


def test_a_decades_background_reads_as_the_decade_and_figures_as_news_writes_them(store: Store) -> None:
    from dataclasses import replace

    from dateline.timeline.render import claim_line

    aid = next(a.id for a in store.articles() if a.published.isoformat() == "2031-03-04")
    decade = replace(_event("e-bg", "1970", aid, background=True, precision="decade"),
                     claims=[Claim("killed", 30000, "about"), Claim("displaced", 200000, "at_least", count_high=999999)],
                     fatalities=Fatalities(30000, 30000, 30000))
    store.replace_events([decade, _event("e-year", "2030", aid, background=True, precision="year")])
    entries = build(store, TimelineOptions(sentences_per_date=1))
    md = to_markdown(entries, {e.id: e for e in store.events()})
    assert "## 1970s (background)" in md and "## 2030 (background)" in md
    assert "fatalities 30,000" in md and "killed: about 30,000" in md
    assert claim_line(decade.claims[1]) == "displaced: 200,000-999,999, claimant not named"
