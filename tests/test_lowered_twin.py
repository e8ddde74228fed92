"""A case-insensitive pattern's lowered twin (``prefilter.lowered_twin``) matches an ASCII text's lower-cased form
exactly where the pattern matches the text: same spans, same groups; ``sub_lowered`` substitutes as ``sub``."""

from __future__ import annotations

import csv
import importlib
import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.extract.prefilter import lowered_twin, sub_lowered

from .conftest import shared_path

MODULES = ("typing", "api", "claims", "actors", "places", "numbers", "country_model")
PATTERNS = [v for name in MODULES for v in vars(importlib.import_module(f"dateline.extract.{name}")).values()
            if isinstance(v, re.Pattern) and v.flags & re.IGNORECASE]
TWINS = [(p, lowered_twin(p)) for p in PATTERNS]


def _same(pattern: re.Pattern[str], twin: re.Pattern[str], text: str) -> None:
    lowered = text.lower()
    ours = [(m.span(), tuple(m.span(i) for i in range(1, pattern.groups + 1))) for m in twin.finditer(lowered)]
    theirs = [(m.span(), tuple(m.span(i) for i in range(1, pattern.groups + 1))) for m in pattern.finditer(text)]
    assert ours == theirs, (pattern.pattern[:60], text)


def test_constructs() -> None:
    cases = [
        (r"\b(?:Kill(?:ed|s)?|SHOT)\b", "Gunmen KILLED two and shot one; kills."),
        (r"[A-Z]+ [^a-c\d]x", "abc QRS Dx, QRS 1x, qrs ex"),
        (r"(?<=\s)(\w+) \1", "said Said SAID said"),
        (r"(?=[A-Z])\w{2}(?![a-z])|(?>AB|A)C", "Ab AB abc AC"),
        (r"x(?s:.)y|(?m:^Q$)", "X\nY\nq\nQ"),
    ]
    for source, text in cases:
        pattern = re.compile(source, re.I)
        twin = lowered_twin(pattern)
        assert twin is not None and not twin.flags & re.IGNORECASE
        _same(pattern, twin, text)
        assert twin.search(text.lower())


def test_no_twin_where_it_cannot_be_sure() -> None:
    assert lowered_twin(re.compile(r"\bkilled\b")) is None  # already case-sensitive
    assert lowered_twin(re.compile(r"(?-i:Kabul) killed", re.I)) is None  # a group switching case off
    assert lowered_twin(re.compile("\u212a", re.I)) is None  # the Kelvin sign matches "k" under IGNORECASE
    assert lowered_twin(re.compile("[\u0100-\u0200]x", re.I)) is None  # "ſ" (U+017F) matches "s"
    # "é" and "É" match no ASCII letter: kept as they are, matching nothing in ASCII text, as the pattern does
    cafe = lowered_twin(re.compile("caf\u00e9|tea", re.I))
    assert cafe is not None and cafe.search("cafe tea").span() == (5, 8)


def test_twins_of_extraction_patterns_on_acled_notes() -> None:
    assert sum(twin is None for _, twin in TWINS) <= 2
    path = shared_path("data", "events", "acled", "acled_events_with_notes.csv")
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as fh:
        texts = [r["notes"] for _, r in zip(range(600), csv.DictReader(fh)) if r["notes"].isascii()]
    for pattern, twin in TWINS:
        if twin is not None:
            for text in texts:
                _same(pattern, twin, text)


PIECES = ["Killed", "KILLED", "police", "Police", "(", ")", "-", "'s", " ", ",", ".", "3", "15 May 2021", "on",
          "Protesters", "AIR STRIKE", "claimed", "Responsibility", "the", "The", "ABC", "z"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map(" ".join))
def test_twins_on_generated_text(text: str) -> None:
    for pattern, twin in TWINS:
        if twin is not None:
            _same(pattern, twin, text)


def test_sub_lowered_is_sub() -> None:
    from dateline.extract import typing as tp

    for text in ["On 15 May 2021, and on May 3rd, 2020 rebels attacked.", "Between 3 and 5 June. 7 JULY", "none",
                 "", "Since the night of 2 - 4 Sept, 2019,"]:
        assert sub_lowered(tp._DATE, tp._date_twin(), " ", text, text.lower()) == tp._DATE.sub(" ", text)
    pattern = re.compile(r"x*", re.I)  # empty matches: ``sub`` itself
    assert sub_lowered(pattern, lowered_twin(pattern), "-", "aXxb", "axxb") == pattern.sub("-", "aXxb")


def test_guarded_finditer_by_twin_is_finditer() -> None:
    """``LiteralGuard.finditer`` given the lowered text (its twin then finds the matches) gives ``finditer``'s."""
    from dateline.extract import actors, api, claims
    from dateline.extract.prefilter import LiteralGuard

    guards = [*actors._NOUN_ACTOR_GUARDS, claims._ONE_PERSON_GUARD, claims._KILLING_ONE_GUARD,
              claims._BOTH_OR_OTHER_GUARD, api._ACCORDING_TO]
    assert all(g.twin is not None for g in guards)
    assert LiteralGuard.of(re.compile(r"\b(?:police)?\b", re.I)).twin is None  # may match an empty string
    path = shared_path("data", "events", "acled", "acled_events_with_notes.csv")
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as fh:
        texts = [r["notes"] for _, r in zip(range(1000), csv.DictReader(fh))]
    texts += ["Protesters and PROTESTERS; a man killed, a Man shot dead.", "According to police, 3 died."]
    for guard in guards:
        for text in texts:
            ours = [(m.span(), m.groups()) for m in guard.finditer(text, text.lower())]
            assert ours == [(m.span(), m.groups()) for m in guard.pattern.finditer(text)], text
