"""``value_interval`` is memoised: every value's interval asked again (from the memo, in any order) is the one the
function computes afresh, and the memo is one the speed benchmark empties before each round (a per-text cache)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from dateline.time.values import value_interval

FORMS = ["2021-11-16TEV", "2021-11-16T14:00", "2021-02-29", "2020-02-29", "2021-13-01", "2021-W46", "2021-W46-WE",
         "2020-W53", "2021-W53", "2021-Q3", "2021-H1", "2021-H2", "2021-SU", "2021-WI", "2021-FA", "2021-SP", "2021",
         "202", "202X", "20", "20XX", "9999-WI", "9999-12", "0000", "PRESENT_REF", "PAST_REF", "P3D", "PT2H", "XXXX-05",
         "", "2021-05", "1998-Q4", "1999-11-30"]


def _values() -> list[str]:
    day = date(2018, 12, 20)
    days = [(day + timedelta(days=i)).isoformat() for i in range(0, 900, 7)]
    return FORMS + days + [d[:7] for d in days] + [d[:4] for d in days] + [d[:3] for d in days]


def test_memoised_intervals_are_computed_ones() -> None:
    values = _values()
    asks = values * 3
    random.Random(3).shuffle(asks)
    value_interval.cache_clear()
    for value in asks:
        got, fresh = value_interval(value), value_interval.__wrapped__(value)
        assert got == fresh and type(got) is type(fresh), value
        if got is not None:  # shared between callers: immutable parts only
            assert isinstance(got, tuple) and all(type(d) is date for d in got[:2]) and isinstance(got[2], str)
    assert value_interval.cache_info().hits >= 2 * len(set(values))


def test_the_speed_benchmark_empties_the_memo() -> None:
    """``benchmarks/extract_speed.py`` empties every ``functools`` cache of more than ``_RESOURCE_CACHE`` (4) entries
    before each extraction round: no round reuses the intervals of the one before."""
    assert value_interval.cache_info().maxsize is None or value_interval.cache_info().maxsize > 4
