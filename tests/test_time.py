"""Temporal tagging, normalisation and event dating (issue 3), on sentences written for these tests."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.model import Sentence
from dateline.time import date_for_span, tag, value_interval

DCT = date(2021, 11, 17)  # a Wednesday


def values(text: str, dct: date = DCT, mode: str = "news") -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in tag(text, dct, mode=mode)}


def sentences(text: str) -> list[Sentence]:
    return [Sentence("a", i, m.start(), m.end(), m.group()) for i, m in enumerate(re.finditer(r"[^\n]+", text))]


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("Rebels shelled the town during Tuesday's fighting.", "Tuesday", ("DATE", "2021-11-16")),
        ("The guns fell silent on Tuesday evening.", "Tuesday evening", ("TIME", "2021-11-16TEV")),
        ("On Monday, the minister resigned.", "Monday", ("DATE", "2021-11-15")),
        ("Talks will resume on Friday.", "Friday", ("DATE", "2021-11-19")),
        ("The ministry said on Wednesday that the road was open.", "Wednesday", ("DATE", "2021-11-17")),
        ("Shelling resumed on Wednesday morning.", "Wednesday morning", ("TIME", "2021-11-17TMO")),
        ("Protests have continued since May.", "May", ("DATE", "2021-05")),
        ("The two armies fought a short war last year.", "last year", ("DATE", "2020")),
        ("Last year's offensive displaced thousands.", "Last year", ("DATE", "2020")),
        ("The truce of 1994 held for decades.", "1994", ("DATE", "1994")),
        ("The siege lasted six weeks.", "six weeks", ("DURATION", "P6W")),
        ("A six-week war broke out.", "six-week", ("DURATION", "P6W")),
        ("Voters go to the polls on 5 December 2021.", "5 December 2021", ("DATE", "2021-12-05")),
        ("The convoy arrived on Nov. 2.", "Nov. 2", ("DATE", "2021-11-02")),
        ("Border guards clashed yesterday.", "yesterday", ("DATE", "2021-11-16")),
        ("Officials met earlier this month.", "earlier this month", ("DATE", "2021-11")),
        ("The army has grown over the past three years.", "the past three years", ("DURATION", "P3Y")),
        ("Fighting has intensified in recent weeks.", "recent weeks", ("DURATION", "PXW")),
        ("Aid deliveries fell in the third quarter.", "the third quarter", ("DATE", "2021-Q3")),
        ("Refugees returned in the 1990s.", "the 1990s", ("DATE", "199")),
        ("The mission ended two years ago.", "two years ago", ("DATE", "2019")),
        ("Patrols run daily along the line.", "daily", ("SET", "P1D")),
        ("The council meets every Monday.", "every Monday", ("SET", "XXXX-WXX-1")),
        ("The shelling stopped at 6 p.m. on Sunday.", "6 p.m. on Sunday", ("TIME", "2021-11-14T18:00")),
        ("Negotiators are now in Geneva.", "now", ("DATE", "PRESENT_REF")),
        ("The ceasefire began last week.", "last week", ("DATE", "2021-W45")),
        # a deadline months gone by in the plain year is one still to come; in the pluperfect it is gone
        ("A decree signed on Monday disbands the units by March 1.", "March 1", ("DATE", "2022-03-01")),
        ("By March 1, the army had retaken the town.", "March 1", ("DATE", "2021-03-01")),
    ],
)
def test_expressions_resolve_against_the_publication_date(text: str, expression: str, expected: tuple[str, str]):
    assert values(text).get(expression) == expected


def test_offsets_point_into_the_input():
    text = "Shelling resumed on Tuesday evening, officials said on Wednesday."
    for t in tag(text, DCT):
        assert text[t.start:t.end] == t.text


def test_ordinary_words_are_not_dates():
    found = values("You may march to the square; the 5-year-old boy and 2,000 troops fall back.")
    assert found == {}


def test_bare_month_takes_the_year_said_earlier_in_the_sentence():
    found = values("Last year's war ended after a deal was signed in November.")
    assert found["November"] == ("DATE", "2020-11")


def test_month_day_range_and_year_rollover():
    text = "Clashes on December 28-29 were reported."
    found = values(text, dct=date(2022, 1, 3))
    assert found["December 28"] == ("DATE", "2021-12-28")
    assert found["29"] == ("DATE", "2021-12-29")
    got = date_for_span(0, len(text), sentences(text), tag(text, date(2022, 1, 3)), date(2022, 1, 3))
    assert (got.value, got.end, got.precision) == ("2021-12-28", "2021-12-29", "day")


def test_narrative_mode_anchors_on_the_last_date_mentioned():
    text = "The offensive began on 12 March 1943. Two days later the town fell. In May the front moved."
    found = values(text, dct=date(2009, 12, 19), mode="narrative")
    assert found["12 March 1943"] == ("DATE", "1943-03-12")
    assert found["Two days later"] == ("DATE", "1943-03-14")
    assert found["May"] == ("DATE", "1943-05")


def test_quarter_in_focus_shifts_a_year_back():
    found = values("Profit rose in the third quarter from a year earlier.", dct=date(1989, 11, 2))
    assert found["the third quarter"] == ("DATE", "1989-Q3")
    assert found["a year earlier"] == ("DATE", "1988-Q3")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-11-16TEV", (date(2021, 11, 16), date(2021, 11, 16), "day")),
        ("2021-11", (date(2021, 11, 1), date(2021, 11, 30), "month")),
        ("2021-W46", (date(2021, 11, 15), date(2021, 11, 21), "week")),
        ("2021-Q3", (date(2021, 7, 1), date(2021, 9, 30), "month")),
        ("2021-WI", (date(2021, 12, 1), date(2022, 2, 28), "month")),
        ("2020", (date(2020, 1, 1), date(2020, 12, 31), "year")),
        ("199", (date(1990, 1, 1), date(1999, 12, 31), "decade")),
        ("P6W", None),
        ("PAST_REF", None),
    ],
)
def test_value_interval(value: str, expected):
    assert value_interval(value) == expected


SEED_LIKE = (
    "Troops exchanged fire on Tuesday, the ministry said.\n"
    "The clashes were the worst since a war there ended in 1994.\n"
    "This comes a day after two soldiers were killed.\n"
    "Tensions have been building since May.\n"
    "Both sides blame each other."
)


def test_event_dates_follow_the_governing_expression():
    sents = sentences(SEED_LIKE)
    timexes = tag(SEED_LIKE, DCT)
    dated = [date_for_span(s.start, s.end, sents, timexes, DCT) for s in sents]
    assert (dated[0].value, dated[0].precision, dated[0].source) == ("2021-11-16", "day", "text")
    # a comparison ("worst since 1994") does not date the clashes: the discourse does
    assert (dated[1].value, dated[1].source) == ("2021-11-16", "context")
    # "a day after X": X is a day before the day in focus
    assert dated[2].value == "2021-11-15"
    # "since May": a start point running to the publication day
    assert (dated[3].value, dated[3].end, dated[3].precision) == ("2021-05", "2021-11-17", "month")
    assert dated[4].source == "context"


def test_publication_fallback_is_explicit():
    text = "Both sides blame each other."
    sents = sentences(text)
    got = date_for_span(0, len(text), sents, tag(text, DCT), DCT)
    assert (got.value, got.source, got.timex) == ("2021-11-17", "publication", None)


def test_a_day_after_a_dated_event():
    text = "Fighting resumed a day after the ceasefire of September 13."
    sents = sentences(text)
    got = date_for_span(0, len(text), sents, tag(text, date(2022, 9, 20)), date(2022, 9, 20))
    assert got.value == "2022-09-14"


def test_durations_and_sets_never_date_an_event():
    text = "The siege lasted six weeks and patrols run daily."
    sents = sentences(text)
    got = date_for_span(0, len(text), sents, tag(text, DCT), DCT)
    assert got.source == "publication"


SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "seeds"


def _seed(published: str) -> tuple[str, date]:
    """Text and publication date of the seed article published on ``published``."""
    if not SEEDS.is_dir():
        pytest.skip("../shared/corpus/seeds not present")
    for path in sorted(SEEDS.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        m = re.match(r"\s*date (\d{4}-\d{2}-\d{2})\s*", raw)
        if m and m.group(1) == published:
            return raw[m.end():], date.fromisoformat(m.group(1))
    pytest.skip(f"no seed article published {published}")


@pytest.mark.shared
def test_seed_article_expressions_resolve():
    text, dct = _seed("2021-11-17")
    found = [(t.text, t.type, t.value) for t in tag(text, dct)]
    assert ("Tuesday", "DATE", "2021-11-16") in found  # "Tuesday's hostilities"
    assert ("Tuesday evening", "TIME", "2021-11-16TEV") in found
    assert ("Monday", "DATE", "2021-11-15") in found  # "On Monday"
    assert ("May", "DATE", "2021-05") in found  # "since May"
    assert ("last year", "DATE", "2020") in found
    assert ("1994", "DATE", "1994") in found
    assert ("November", "DATE", "2020-11") in found  # "Last year's war ... a peace deal in November"

    text, dct = _seed("2022-09-14")
    timexes = tag(text, dct)
    assert ("Wednesday morning", "TIME", "2022-09-14TMO") in [(t.text, t.type, t.value) for t in timexes]
    sents = sentences(text)
    after = next(s for s in sents if "a day after" in s.text)
    got = date_for_span(after.start, after.end, sents, timexes, dct)
    assert (got.value, got.precision) == ("2022-09-13", "day")  # the killings: a day before Wednesday


def test_clock_times_join_their_day_and_zone():
    found = values("The truce took effect at 09:00 (0600 GMT) on Wednesday; talks began at 3:30 p.m. ET on Tuesday.")
    assert found["09:00"] == ("TIME", "2021-11-17T09:00")
    assert found["0600 GMT"] == ("TIME", "2021-11-17T06:00Z")
    assert found["3:30 p.m. ET on Tuesday"] == ("TIME", "2021-11-16T15:30")


def test_part_of_day_of_a_date():
    text = "Troops crossed the river on the night of 12 March."
    assert values(text)["12 March"] == ("DATE", "2021-03-12")  # TimeML news: the date alone
    narrative = values("In 1943 the front held. Troops crossed the river on the night of 12 March.",
                       dct=date(2009, 12, 19), mode="narrative")
    assert narrative["the night of 12 March"] == ("TIME", "1943-03-12TNI")


def test_day_first_ranges_are_split_like_timeml():
    found = values("Talks were held on 19-20 October and again on 3 and 4 November.")
    assert found["19"] == ("DATE", "2021-10-19") and found["20 October"] == ("DATE", "2021-10-20")
    assert found["3"] == ("DATE", "2021-11-03") and found["4 November"] == ("DATE", "2021-11-04")


def test_sentence_initial_subordinate_clause_ends_at_its_comma():
    text = "When the shelling began, residents fled on Tuesday."
    got = date_for_span(0, len(text), sentences(text), tag(text, DCT), DCT)
    assert (got.value, got.source) == ("2021-11-16", "text")


_WORDS = ["Tuesday", "evening", "last", "year", "since", "May", "12", "-", "13", "a", "day", "after", "the", "1994",
          "night", "of", "week", "ago", "two", "years", "earlier", "quarter", "third", ",", ".", "on", "December",
          "31", "2021", "at", "9", "p.m.", "GMT", "next", "spring", "now", "daily", "every", "Monday", "late", "'s"]


@settings(max_examples=150, deadline=None)
@given(words=st.lists(st.sampled_from(_WORDS), max_size=25),
       dct=st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
       mode=st.sampled_from(["news", "narrative"]))
def test_any_text_and_date_is_tagged_without_error(words: list[str], dct: date, mode: str):
    text = " ".join(words)
    timexes = tag(text, dct, mode=mode)
    for t in timexes:
        assert text[t.start:t.end] == t.text
        value_interval(t.value)  # never raises
    got = date_for_span(0, len(text), sentences(text) or [Sentence("a", 0, 0, len(text), text)], timexes, dct)
    assert got.source in ("text", "context", "publication")


def test_news_lead_takes_the_date_stated_next():
    text = "Four soldiers were killed in clashes at the border.\nThe fighting broke out on Monday, officials said."
    sents = sentences(text)
    got = date_for_span(sents[0].start, sents[0].end, sents, tag(text, DCT), DCT)
    assert (got.value, got.source) == ("2021-11-15", "context")


def _date_of_sentence(text: str, dct: date):
    return date_for_span(0, len(text), [Sentence("a", 0, 0, len(text), text)], tag(text, dct), dct)


def test_date_of_a_reporting_verb_does_not_date_the_reported_happening():
    dct = date(2019, 3, 8)
    got = _date_of_sentence("The ministry said on Thursday that four guards died in Tuesday's raid.", dct)
    assert (got.value, got.source) == ("2019-03-05", "text")
    alone = _date_of_sentence("At least 12 people were killed in the raid, the governor said on Thursday.", dct)
    assert (alone.value, alone.source) == ("2019-03-07", "report")


def test_since_clause_gives_a_start_point_but_a_superlative_compares():
    dct = date(2019, 3, 8)
    got = _date_of_sentence("Thirty people have died since the floods began on Monday, officials said.", dct)
    assert (got.value, got.end) == ("2019-03-04", "2019-03-08")
    cmp_ = _date_of_sentence("It was the heaviest shelling since the truce was signed in 2015.", dct)
    assert cmp_.source == "publication"
