"""Session 14's speed-ups change no answer: ``prefilter.lowered_starts`` matches where the lowered twin does, and a
date's role (``anchor.expression_role``) is the same without the searches its guards skip."""

from __future__ import annotations

import csv
import importlib
import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.extract.prefilter import lowered_starts, lowered_twin
from dateline.model import Sentence, TemporalExpression
from dateline.time import anchor

from .conftest import shared_path

MODULES = ("typing", "api", "claims", "actors", "places", "numbers", "country_model")
PATTERNS = [v for name in MODULES for v in vars(importlib.import_module(f"dateline.extract.{name}")).values()
            if isinstance(v, re.Pattern) and v.flags & re.IGNORECASE]
PATTERNS += [v for v in importlib.import_module("dateline.extract.typing")._AS_TRAINED.values()]
PAIRS = [(p, lowered_twin(p), lowered_starts(p)) for p in PATTERNS]


def _starts(pattern: re.Pattern[str], text: str) -> list[int]:
    return [i for i in range(len(text) + 1) if pattern.match(text, i) is not None]


def _same_starts(twin: re.Pattern[str], starts: re.Pattern[str], text: str) -> None:
    lowered = text.lower()
    assert _starts(starts, lowered) == _starts(twin, lowered), (text, starts)


def test_starts_where_the_twin_matches_on_constructs() -> None:
    cases = [
        (r"\b(?:kill\w*|dead|death\w*|die|died|air ?strike\w*|strike\w*|strike|a|ab|abc)\b", "A dead ABC died; airstrikes"),
        (r"\b(?:call(?:ed|s)? (?:on|for)|calm|c)\b|x(?:y|yz)", "CALLED ON, calls for c calm xyz"),
        (r"(?:(a)|ab)(?(1)c|b)", "abb ac ab"),  # a conditional: left as the twin
        (r"(?>a|ab)c|q", "abc ac q"),  # an atomic group: left as the twin
        (r"(?:ab|a)++c|(\w)\1", "abc aac ee"),  # possessive, back-reference: left as the twin
    ]
    for source, text in cases:
        pattern = re.compile(source, re.I)
        twin, starts = lowered_twin(pattern), lowered_starts(pattern)
        assert twin is not None and starts is not None and not starts.flags & re.IGNORECASE
        _same_starts(twin, starts, text)
        _same_starts(twin, starts, text.upper())
    assert lowered_starts(re.compile(r"kill")) is None  # case-sensitive: no twin
    assert lowered_starts(re.compile("\u212a|k", re.I)) is None  # the Kelvin sign: no twin


def test_word_lists_are_grouped() -> None:
    """The grouping is made (a word list's alternatives under their first letters), not only allowed."""
    from dateline.extract.prefilter import _grouped_items

    parsed = re.__dict__["_parser"].parse(r"kill|dead|death|die|air|x|(?:\bq|\bp|za|zb)y")
    grouped = _grouped_items(list(parsed.data), parsed.state)[0][1][1]
    assert [items[0][1] for items in grouped[:-1]] == [ord(c) for c in "kdax"]
    inner = grouped[-1][0][1][1]  # the inner alternation, grouped too: "\\b" then "z"
    assert [str(items[0]) for items in inner] == ["(AT, AT_BOUNDARY)", f"(LITERAL, {ord('z')})"]


def test_starts_read_ascii_text_as_unicode_patterns_do() -> None:
    """Grouped twins are compiled for ASCII text (``\\w`` by table), ``\\s`` still taking the four separators
    U+001C-U+001F that ``str.isspace`` counts; a class with ``\\S`` keeps Unicode matching."""
    for source, text in ((r"\bkilled\s+(?:\w+\s+)?in\b", "killed\x1cin x KILLED \x1f\x1e in"),
                         (r"[\s,]+(?:north|south)\b", "a\x1dnorth,\x1fSOUTH"),
                         (r"[^\s]x", "\x1cx ax"), (r"\Sy", "\x1cy ay")):
        pattern = re.compile(source, re.I)
        twin, starts = lowered_twin(pattern), lowered_starts(pattern)
        _same_starts(twin, starts, text)
        assert bool(starts.flags & re.ASCII) == ("S" not in source and "^" not in source), source
        assert _starts(starts, text.lower()), source


def test_starts_of_extraction_patterns_on_acled_notes() -> None:
    assert sum(starts is None for _, _, starts in PAIRS) == sum(twin is None for _, twin, _ in PAIRS) <= 2
    path = shared_path("data", "events", "acled", "acled_events_with_notes.csv")
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as fh:
        texts = [r["notes"] for _, r in zip(range(300), csv.DictReader(fh)) if r["notes"].isascii()]
    for _, twin, starts in PAIRS:
        if twin is not None:
            for text in texts:
                _same_starts(twin, starts, text)


PIECES = ["Killed", "KILLED", "police", "Police", "(", ")", "-", "'s", " ", ",", ".", "3", "15 May 2021", "on",
          "Protesters", "AIR STRIKE", "airstrikes", "claimed", "Responsibility", "the", "The", "ABC", "z", "civilians",
          "Women", "since", "called for", "urged", "shelled", "dead", "death", "\x1c", "\x1f", "\t", "\x0b", "_"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map(" ".join))
def test_starts_on_generated_text(text: str) -> None:
    for _, twin, starts in PAIRS:
        if twin is not None:
            _same_starts(twin, starts, text)


def _role_searching_all(t: TemporalExpression, s: Sentence) -> str:
    """``anchor.expression_role`` as it was before its guards (session 13): every search made."""
    before = s.text[: t.start - s.start]
    if anchor._COMPARISON.search(before):
        return "comparison"
    if anchor._REPORT_BEFORE.search(before) and anchor._REPORT_AFTER.match(s.text[t.end - s.start:]):
        return "report"
    if anchor._SINCE_BEFORE.search(before):
        return "since"
    if anchor._STARTED_BEFORE.search(before) and anchor._PRESENT_MAIN_AFTER.match(s.text[t.end - s.start:]):
        return "since"
    return anchor._clause_role(before, s.text[t.end - s.start:])  # (the rest, unchanged)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["the worst fighting", "SINCE", "Since", "since", "\u017fince", "S\u0131nce", "said",
                                 "the ministry SAID", "on", "that", ",", "when", "after", "clashes", "highest",
                                 "the", "began", "rebels attacked"]), max_size=10).map(" ".join),
       st.sampled_from(["", " that", ", ", " they", ". "]))
def test_role_is_the_same_without_the_skipped_searches(before: str, after: str) -> None:
    text = f"{before} on Tuesday{after} the army said."
    start = len(before) + 4
    s = Sentence("a", 0, 10, 10 + len(text), text)
    t = TemporalExpression(10 + start, 10 + start + 7, "Tuesday", "DATE", "2024-05-07")
    assert anchor.expression_role(t, s) == _role_searching_all(t, s)


def test_role_reads_since_in_any_case() -> None:
    """The guard lets "SINCE" and the long s through (``re.IGNORECASE`` matches both)."""
    for word in ("since", "SINCE", "Since", "\u017fince"):
        for text in (f"the worst clashes {word} Monday", f"the highest toll reported {word} Monday"):
            s = Sentence("a", 0, 0, len(text), text)
            t = TemporalExpression(len(text) - 6, len(text), "Monday", "DATE", "2024-05-06")
            assert anchor.expression_role(t, s) == "comparison", text
        # a comparison, not the date of a report ("reported since" also reads as a reporting verb and a word)
        text = f"the highest toll reported {word} Monday, officials said"
        s = Sentence("a", 0, 0, len(text), text)
        t = TemporalExpression(len(text) - 22, len(text) - 16, "Monday", "DATE", "2024-05-06")
        assert text[t.start:t.end] == "Monday" and anchor.expression_role(t, s) == "comparison", text


def test_only_order_free_patterns_are_grouped() -> None:
    """``_commits`` finds what could tie a match to the order alternatives are tried in, however deep."""
    from dateline.extract.prefilter import _commits

    parse = re.__dict__["_parser"].parse
    for source in (r"x(?>a|ab)c", r"(?:q|(a)++)", r"(a)|b\1", r"(a)?(?(1)b|c)", r"(?=(?:z|(?>y)))w"):
        assert _commits(parse(source).data), source
    for source in (r"\b(?:kill\w*|dead)\b", r"(a)|b(?:c|d)*?(?<=d)", r"(?!x)[a-z]{2,}"):
        assert not _commits(parse(source).data), source


DATE_PIECES = ["on", "On", "the", "night of", "15", "3rd", "May", "MARCH", "Mar.", "march", "Sept", "september", "2021",
               ",", "-", "and", "to", "between", "since", "by", "around", "killed", "Mayor", "marched", "decades",
               "15\x1cMay", "3\x1fjune", "4\tjuly"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(DATE_PIECES), max_size=14).map(" ".join))
def test_dates_blanked_as_by_sub(text: str) -> None:
    """``normalize``'s date removal by the grouped twin (``starts``) is ``_DATE.sub``."""
    from dateline.extract import typing as tp
    from dateline.extract.prefilter import sub_lowered

    assert tp._date_starts() is not None
    assert sub_lowered(tp._DATE, tp._date_twin(), " ", text, text.lower(), tp._date_starts()) == tp._DATE.sub(" ", text)


def test_dates_blanked_as_by_sub_on_acled_notes() -> None:
    from dateline.extract import typing as tp
    from dateline.extract.prefilter import sub_lowered

    path = shared_path("data", "events", "acled", "acled_events_with_notes.csv")
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as fh:
        texts = [r["notes"] for _, r in zip(range(1000), csv.DictReader(fh)) if r["notes"].isascii()]
    for text in texts:
        expected = tp._DATE.sub(" ", text)
        assert sub_lowered(tp._DATE, tp._date_twin(), " ", text, text.lower(), tp._date_starts()) == expected


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.integers(min_value=0, max_value=10**25).map(str),
                 st.text(alphabet="0123456789 ,.-\u2013\u00b2\u0663\n", max_size=12)))
def test_plain_digits_valued_as_by_the_pattern(text: str) -> None:
    """``word_to_int``'s shortcut for plain ASCII digits gives what the digits pattern gives (float rounding of
    long numbers included); anything else goes the old way."""
    from dateline.extract import numbers

    t = numbers._SPACES.sub(" ", text.lower().strip().replace("\u2013", "-"))
    m = numbers._DIGITS_VALUE.fullmatch(t)
    if m:
        value = float(m.group(1).replace(",", "") + (m.group(2) or ""))
        assert numbers.word_to_int(text) == int(round(value * numbers._SCALES.get(m.group(3) or "", 1)))
    elif t.isdigit():
        assert numbers.word_to_int(text) is None or not t.isascii()
