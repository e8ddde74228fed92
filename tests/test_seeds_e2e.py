"""Issue 2's acceptance on ../shared/corpus/seeds: every casualty figure a claim on the right day.

The seed articles are read from ../shared (never copied here); the test skips where it is absent.
"""

from __future__ import annotations

import pytest

import dateline
from tests.conftest import shared_path

# (kind, count, qualifier, side, claimant word, event date, background)
EXPECTED = [
    ("killed", 7, "exact", "Azerbaijan", "defence ministry", "2021-11-16", False),
    ("wounded", 10, "exact", "Azerbaijan", "defence ministry", "2021-11-16", False),
    ("casualties", 1, "exact", "Armenia", "Armenian officials", "2021-11-16", False),
    ("captured", 13, "exact", "Armenia", "Armenian officials", "2021-11-16", False),
    ("missing", 24, "exact", "Armenia", "Armenian officials", "2021-11-16", False),
    ("killed", 6500, "more_than", None, None, "2020", True),
    ("killed", 50, "exact", "Azerbaijan", "Baku", "2022-09-13", False),
    ("killed", 49, "at_least", "Armenia", "Armenia", "2022-09-13", False),
    ("killed", 100, "about", None, "Armenia and Azerbaijan", "2022-09-13", False),
]


@pytest.fixture(scope="module")
def seed_events(tmp_path_factory):
    seeds = shared_path("corpus", "seeds")
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    report = dateline.run([seeds], db)
    assert report.ok and report.stored == 2
    return dateline.events(db)


@pytest.mark.parametrize("row", EXPECTED, ids=lambda r: f"{r[0]}-{r[1]}")
def test_each_figure_is_a_claim_on_the_right_event(seed_events, row):
    kind, count, qualifier, side, claimant, day, background = row
    hits = [(e, c) for e in seed_events for c in e.claims
            if c.kind == kind and c.count == count and c.qualifier == qualifier]
    assert hits, f"no {qualifier} {count} {kind} claim"
    assert any(e.date == day and e.background == background for e, _ in hits), [(e.date, e.background) for e, _ in hits]
    assert any(c.side == side for _, c in hits)
    if claimant:
        assert any(claimant.lower() in (c.claimant or "").lower() for _, c in hits)


def test_no_other_figure_becomes_a_claim(seed_events):
    allowed = {(k, n) for k, n, *_ in EXPECTED} | {("killed", 40)}  # "scores were killed": a lower bound
    got = {(c.kind, c.count) for e in seed_events for c in e.claims}
    assert got <= allowed, got - allowed


def test_each_clash_is_one_event(seed_events):
    for day in ("2021-11-16", "2022-09-13"):
        with_claims = [e for e in seed_events if e.date == day and any(c.kind == "killed" for c in e.claims)]
        assert len(with_claims) == 1, [e.summary for e in with_claims]


def test_ceasefires_are_events_of_their_own(seed_events):
    agreements = [e for e in seed_events if e.sub_event_type == "Agreement" and not e.background]
    assert agreements and all(not any(c.kind == "killed" for c in e.claims) for e in agreements)
    assert any(e.date == "2021-11-16" for e in agreements)  # "fighting ceased on Tuesday evening"
    assert any(e.date.startswith("2022-09") for e in agreements)
