"""End to end on the example corpus: every expected claim, on the right event, dated right.

The expectations are the table in examples/README.md (written with the corpus, in our own words).
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

import dateline
from dateline.model import Event
from tests.test_read_examples import EXAMPLES, _readme_tables

SIDE_ALIASES = {"Armenia": {"Armenia", "Nagorno-Karabakh"}}


@pytest.fixture(scope="module")
def corpus_events(tmp_path_factory) -> list[Event]:
    db = tmp_path_factory.mktemp("examples") / "demo.db"
    report = dateline.run([EXAMPLES / "corpus"], db)
    assert report.ok, [str(e) for e in report.errors]
    assert (report.articles, report.stored) == (14, 13)
    return dateline.events(db)


def _expected() -> list[tuple[str, str, int, str, str | None, str, bool]]:
    _, rows = _readme_tables()
    out = []
    for label, kind, count, qualifier, side, _claimant, when in rows:
        country = side.split(" (")[0].strip()
        out.append((label, kind, int(count.replace(",", "")), qualifier,
                    None if country in ("–", "-") else country, when, "bg" in when))
    return out


def _date_matches(event: Event, when: str) -> bool:
    m = re.match(r"(\d{4}(?:-\d{2}(?:-\d{2})?)?)", when)
    if not m:  # "early 1990s"
        return event.date.startswith("199")
    return event.date == m.group(1) or (event.date_end is not None and event.date <= m.group(1) <= event.date_end)


@pytest.mark.parametrize("row", _expected(), ids=lambda r: f"{r[0]}-{r[1]}-{r[2]}")
def test_expected_claim_is_found(corpus_events, row):
    label, kind, count, qualifier, side, when, background = row
    found = [
        (e, c) for e in corpus_events for c in e.claims
        if c.kind == kind and c.count == count and c.qualifier == qualifier
    ]
    assert found, f"{label}: no {qualifier} {count} {kind} claim"
    dated = [(e, c) for e, c in found if _date_matches(e, when) and e.background == background]
    assert dated, f"{label}: {count} {kind} not on an event dated {when} (background={background}): " + \
        ", ".join(f"{e.date} bg={e.background}" for e, _ in found)
    if side is not None:
        sides = SIDE_ALIASES.get(side, {side})
        assert any(c.side in sides for _, c in dated), f"{label}: side {side}, got {[c.side for _, c in dated]}"


def test_one_clash_reported_twice_is_one_event(corpus_events):
    def event_with(count: int, kind: str, day: str) -> set[str]:
        return {e.id for e in corpus_events for c in e.claims
                if c.kind == kind and c.count == count and _date_matches(e, day)}

    # 2021-11-16: the Azerbaijani ministry's 7 killed and the Armenian ministry's 15 killed.
    assert event_with(7, "killed", "2021-11-16") & event_with(15, "killed", "2021-11-16")
    # 2022-09-13: 49, 50 and 105 killed from three outlets.
    assert event_with(49, "killed", "2022-09-13") & event_with(50, "killed", "2022-09-13") & \
        event_with(105, "killed", "2022-09-13")
    # 2023-09-19: the ombudsman's tolls of the offensive, at least 32 (A11) and at least 200 a few days later (A12)
    assert event_with(32, "killed", "2023-09-19") & event_with(200, "killed", "2023-09-19")


def test_no_claim_is_invented(corpus_events):
    expected = Counter((kind, count) for _, kind, count, *_ in _expected())
    # Vague quantities may appear as lower bounds; exact figures must all be expected ones, and no
    # figure may be found more often than the texts state it (one claim per stated figure).
    found = Counter((c.kind, c.count) for c in {(c.article_id, c.start, c.kind, c.count, c.side): c
                                                for e in corpus_events for c in e.claims
                                                if c.qualifier == "exact"}.values())
    extra = found - expected
    assert not extra, f"claims not in the text's figures, or found too often: {sorted(extra.items())}"


def test_background_events_keep_their_own_dates(corpus_events):
    bg = [e for e in corpus_events if e.background]
    # each before the month its first report was published ("since May, when Armenia accused ...": May's own)
    assert bg and all(e.date < min(s.published for s in e.sources)[:7] for e in bg)
    # the two wars' tolls on their own years, never on 2021-2023
    wars = [e for e in bg if any(c.count in (30000, 6500) for c in e.claims)]
    assert wars and all(e.date < "2021" for e in wars)


def test_a_campaign_toll_is_not_added_to_its_first_day(corpus_events):
    # A1's outbreak (16 killed on 2020-09-27) is one day's fighting; the tolls A3 and A4 give "since the fighting
    # began on September 27" count the weeks since, and belong to a period of their own.
    outbreak = [e for e in corpus_events if any(c.kind == "killed" and c.count == 16 for c in e.claims)]
    assert [(e.date, e.date_end) for e in outbreak] == [("2020-09-27", None)]
    assert sorted(c.count for c in outbreak[0].claims) == [16, 100]
    running = [e for e in corpus_events if e.date == "2020-09-27" and e.date_end and e.date_end > "2020-10-04"]
    assert running and all(not e.background for e in running)
