"""Session 18's speed-ups change no answer: country names found without the pattern's leading lookbehind, the admin1
spelling pass skipped where it cannot find more, parsed entities read once, a sentence's trigrams shared by its guards,
the renamed admin1 units one table, and datelines and running tolls not matched where their literal is missing."""

from __future__ import annotations

import csv
import re
import sys
from datetime import date

import pytest

from dateline import nlp
from dateline.extract import actors, api, claims, places
from dateline.extract.prefilter import LiteralGuard, trigrams
from dateline.model import Sentence, TemporalExpression
from dateline.time import anchor

from .conftest import shared_path

# texts written for the tests: names glued to words and dots, possessives, demonyms, hyphenated capitals
MADE_UP = [
    "Kenyan police fired on protesters in Nairobi; Kenya's government denied it.",
    "xKenya and .Kenya and Kenya.Kenya, Guinea-Bissau, aGuinea-Bissau and Bissau",
    "The Sudanese army and Sudans forces met Chadians near the Chad border (N'Djamena).",
    "Lake Victoria, Ciudad Victoria, Port Louis and Victoria itself",
    "Azerbaijan’s troops shelled Armenian positions, Armenians said.",
    "", "Kenya", "Mali1 Mali_ Mali-Mali Malian's",
]


def _with_lookbehind(text: str) -> list[tuple[int, int]]:
    """The spans the country pattern with its lookbehind finds (the code before the change)."""
    pattern = re.compile(r"(?<![\w.])" + places._country_regex().pattern)
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", MADE_UP)
def test_country_matches_are_the_lookbehind_patterns(text: str) -> None:
    assert [m.span() for m in places._country_matches(text)] == _with_lookbehind(text)


def test_country_matches_on_notes() -> None:
    path = shared_path("data", "events", "acled", "acled_events_with_notes.csv")
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as fh:
        notes = [r["notes"] for _, r in zip(range(500), csv.DictReader(fh))]
    assert all([m.span() for m in places._country_matches(t)] == _with_lookbehind(t) for t in notes)


def test_article_keys_decide_the_second_spelling_pass() -> None:
    """A country with units named with an Arabic article is searched again without it ("Raqqa" is "Ar Raqqah"); one
    with none is not, and finds what it found before."""
    assert places._has_article_keys("SY") and not places._has_article_keys("KE")
    assert places.admin1_units("SY", "Raqqa") == places.admin1_units("SY", "Ar Raqqah") != frozenset()
    assert places.admin1_units("KE", "Nairobi") and places.admin1_units("KE", "Naiorbi Rally") == frozenset()


def test_renamed_units_table_is_each_countrys() -> None:
    assert places._renamed_units("BD") == places._renamed_units_of("BD") != {}
    assert all(places._renamed_units(iso) == places._renamed_units_of(iso)
               for iso in places._lower_regions_by_country())


def test_parsed_entity_reads_as_its_span() -> None:
    text = "Gunmen attacked the Kenya Defence Forces camp in Mandera, Kenya, on Monday."
    doc = nlp.load()(text)
    assert doc.ents
    for span in doc.ents:
        ent = api._ParsedEntity(span, text)
        assert (ent.label_, ent.start_char, ent.end_char, ent.start, ent.text) \
            == (span.label_, span.start_char, span.end_char, span.start, span.text)
        assert ent.end == span.end and ent.label == span.label  # anything else is the span's


@pytest.mark.parametrize("guard", [*actors._NOUN_ACTOR_GUARDS, claims._ONE_PERSON_GUARD, claims._KILLING_ONE_GUARD,
                                   claims._KILLED_AND_DONE_GUARD, claims._LEFT_DEAD_GUARD, claims._BOTH_OR_OTHER_GUARD])
def test_guards_read_with_shared_trigrams_find_the_patterns_matches(guard: LiteralGuard) -> None:
    texts = ["Gunmen killed a farmer and his son, leaving one dead; soldiers and villagers fled.",
             "Unknown assailants shot dead a trader, killing both the driver and the other passenger.",
             "Protesters marched; police arrested a man who was later beaten to death.",
             "Nothing happened here at all.", "Thé gunmen killed a villager."]
    for text in texts:
        lowered = text.lower()
        trigrams(lowered)  # (as another guard of the sentence would have made them)
        assert [m.span() for m in guard.finditer(text, lowered)] == [m.span() for m in guard.pattern.finditer(text)]


def _sentence(text: str) -> Sentence:
    return Sentence("a", 0, 0, len(text), text)


def test_dateline_with_any_dash_still_read() -> None:
    """A wire dateline ends in a hyphen, an en dash or an em dash: its filing date is still not the happening's."""
    for dash in ("-", "–", "—"):
        text = f"KHARTOUM, March 14 (Reuters) {dash} Fighters shelled the town on Thursday."
        s = _sentence(text)
        filed = TemporalExpression(text.index("March"), text.index("March") + 8, "March 14", "DATE", "2024-03-14")
        told = TemporalExpression(text.index("Thursday"), text.index("Thursday") + 8, "Thursday", "DATE", "2024-03-13")
        assert anchor._without_filing_date([filed, told], s) == [told]
    undashed = _sentence("Fighters shelled the town on March 14, officials said.")
    t = TemporalExpression(29, 37, "March 14", "DATE", "2024-03-14")
    assert anchor._without_filing_date([t], undashed) == [t]


def test_running_toll_still_dated_from_the_start_told() -> None:
    """"The war has killed ...": a sentence holding "has" is still read for a running toll."""
    first = "The war began on 3 March 2020 in the north."
    second = "The war has killed more than 500 people."
    text = f"{first} {second}"
    sentences = [Sentence("a", 0, 0, len(first), first), Sentence("a", 1, len(first) + 1, len(text), second)]
    began = TemporalExpression(first.index("3 March"), first.index("3 March") + 12, "3 March 2020", "DATE", "2020-03-03")
    got = anchor.date_for_span(sentences[1].start, sentences[1].end, sentences, [began], date(2021, 1, 1))
    assert got.value == "2020-03-03"
