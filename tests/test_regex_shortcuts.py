"""Shortcuts that replace a regex scan in extraction give the regex's own answer (generated text with the
characters that matter: brackets, quotes, white space of every kind, newlines at the end)."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from dateline.extract import api
from dateline.extract import typing as tp

# white space of several kinds (``\x1c`` and the no-break space are white space to both ``\s`` and ``str.isspace``)
PIECES = ["Dori", "the", "The", "THE", " ", "  ", "\n", "\t", "\x1c", "\u00a0", "\u2009", ".", ",", ";", "(", ")",
          "[", "]", " - ", "-", "'", "’", "s", "'s", "’s", "\"", "”", ":", "!", "?", "x", "15", "May", "2021", "ſ"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)


@settings(max_examples=500, deadline=None)
@given(TEXTS)
@example("killed.\n")
@example("killed.\x1c")
@example("said that 105\n")
@example("")
def test_ends_sentence_is_the_regex(text: str) -> None:
    assert api._ends_sentence(text) == bool(re.search(r"[.!?:;\"'”’)\]]\s*$", text))


@settings(max_examples=500, deadline=None)
@given(TEXTS)
@example("Karabakh's\n")
@example("Karabakh’")
@example("'")
@example("''s")
@example("Karabakh's\n\n")
def test_without_possessive_is_the_substitution(text: str) -> None:
    assert api._without_possessive(text) == re.sub(r"['’]s?$", "", text)


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_clean_place_name_is_split_then_substitution(text: str) -> None:
    name = re.split(r"\s*[()\[\],;]\s*|\s+-\s+", text)[0]
    assert api._clean_place_name(text) == re.sub(r"^(?:the)\s+", "", name.strip(), flags=re.I)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_normalize_joins_white_space_as_the_regex_did(text: str) -> None:
    tp._normalized.cache_clear()
    expected = text
    for i, pattern in enumerate(tp._CODER_NOTES):
        expected = tp._blank_clauses(pattern, expected) if i in (1, 2) else pattern.sub(" ", expected)
    expected = tp._NUMBER.sub(" NUM ", tp._DATE.sub(" ", expected))
    assert tp.normalize(text) == re.sub(r"\s+", " ", expected).strip()
    assert tp.normalize(tp._Text.of(text)) == tp.normalize(text)  # a typed text normalises as its string


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab1_ -'é\u00b2\u0663.\n", max_size=30))
def test_word_tokens_are_the_vectorizers(text: str) -> None:
    """``hashing._WORD`` finds what scikit-learn's token pattern ``(?u)\\b\\w\\w+\\b`` finds."""
    from dateline.extract import hashing

    assert hashing._WORD.findall(text) == re.findall(r"(?u)\b\w\w+\b", text)



# place names and their parts: capitals, digits, white space of several kinds, punctuation, accents, and letters
# whose case folding is not ASCII's (the long s folds to "s" under IGNORECASE; NFKD makes "K" of the Kelvin sign)
PLACE_PIECES = ["Dhaka", "buenos", "AIRES", "Cox's", "Bazar", "al-", "Sha`biyat", "12", " ", "  ", "\t", "\n",
                "\u00a0", "-", ".", ",", "'", "(", "é", "Ñ", "\u00b2", "\u0663", "ſ", "\u212a", "Region", "region",
                "STATE", "Territory", "union", "Northern", "oblast", "x"]
# and names written out: the shortcuts' edges (one space too many, a space at either end, the long s)
CHOSEN_PLACES = ["Dhaka", "Buenos Aires", "Buenos  Aires", " Dhaka", "Dhaka ", "Cox's Bazar", "Sha`biyat al Butnan",
                 "", " ", "Zürich", "\u212aabul", "Magway region", "Magway Region ", "Northern Territory",
                 "Nay Pyi Taw union territory", "Magway ſtate", "Kachin State\n"]


def _shortcuts_are_the_substitutions(name: str) -> None:
    """``places.normalise`` and ``places.region_as_written`` (each with a shortcut for names it would not
    change) give their substitution's answer."""
    from dateline.extract import places

    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    assert places.normalise(name) == re.sub(r"[^a-z0-9]+", " ", ascii_name.lower()).strip()
    assert places.region_as_written(name) == places._GENERIC_REGION_WORD.sub("", name.strip())


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(PLACE_PIECES), max_size=8).map("".join))
def test_place_keys_are_the_substitutions(name: str) -> None:
    _shortcuts_are_the_substitutions(name)


def test_place_keys_of_chosen_names_are_the_substitutions() -> None:
    for name in CHOSEN_PLACES:
        _shortcuts_are_the_substitutions(name)
