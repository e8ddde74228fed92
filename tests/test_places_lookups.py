"""The gazetteer's faster look-ups give what the plain ones gave: letter counts, each country's admin1
names, the countries of a place name."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.extract import places


def _plain_letter_counts(key: str) -> np.ndarray:
    counts = np.zeros(len(places._LETTERS) + 1, dtype=np.int32)
    for ch in key:
        counts[places._LETTERS.get(ch, len(places._LETTERS))] += 1
    return counts


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from("abz09 -'?\u00e9\u00fc\u6771\t."), max_size=30))
def test_letter_counts_are_the_plain_counts(key: str) -> None:
    ours = places._letter_counts(key)
    assert ours.dtype == np.int32 and np.array_equal(ours, _plain_letter_counts(key))


def test_letter_counts_of_admin_keys() -> None:
    for key in ("sagaing", "ar raqqa", "", "north east 2"):
        assert np.array_equal(places._letter_counts(key), _plain_letter_counts(key))


def test_admin1_keys_of_each_country_in_their_order() -> None:
    by_key = places.admin1().by_key
    for iso in ("KE", "MM", "BF", "US", "BD", "XX"):
        plain = tuple((key, unit) for key, units in by_key.items() for unit in units if unit[0] == iso)
        assert places._admin1_keys(iso) == plain


def test_city_isos_are_those_of_the_records() -> None:
    index = places.cities()
    for name in ("tripoli", "san jose", "kisumu", "no such place here"):
        assert index.isos(name) == [c.iso for c in index.get(name, ())]
