"""Publication dates as inputs write them, read to the publisher's calendar day."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from dateline.read.dates import parse_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-11-17", date(2021, 11, 17)),
        ("2021-11-17T10:05:00", date(2021, 11, 17)),
        ("2021-11-17T23:30:00Z", date(2021, 11, 17)),
        ("2020-09-28T01:00:00+04:00", date(2020, 9, 28)),  # local day, not the UTC one (27th)
        ("2021-11-17 10:05:00", date(2021, 11, 17)),
        ("2021-11-17 10:05 EST", date(2021, 11, 17)),
        ("Wed, 17 Nov 2021 10:05:00 +0400", date(2021, 11, 17)),
        ("Wed, 17 Nov 2021 23:59:00 -0800", date(2021, 11, 17)),
        ("Wed, 17 Nov 2021 10:05:00 GMT", date(2021, 11, 17)),
        ("17 November 2021", date(2021, 11, 17)),
        ("17th November, 2021", date(2021, 11, 17)),
        ("Wednesday, 17 November 2021", date(2021, 11, 17)),
        ("November 17, 2021", date(2021, 11, 17)),
        ("Nov. 17, 2021 10:15 a.m. EST", date(2021, 11, 17)),
        ("Sept 13 2022", date(2022, 9, 13)),
        ("2021/11/17", date(2021, 11, 17)),
        ("17.11.2021", date(2021, 11, 17)),
        ("17/11/2021", date(2021, 11, 17)),
        ("11/17/2021", date(2021, 11, 17)),
        (" 2021-11-17 ", date(2021, 11, 17)),
        (1637107200, date(2021, 11, 17)),  # epoch seconds
        (1637107200000, date(2021, 11, 17)),  # epoch milliseconds
        (date(2021, 11, 17), date(2021, 11, 17)),
        (datetime(2021, 11, 17, 23, 0, tzinfo=timezone(timedelta(hours=-5))), date(2021, 11, 17)),
    ],
)
def test_readable_dates(value: object, expected: date) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "", "   ", "yesterday", "sometime soon", "2021-13-45", "31 February 2021", "05/06/2021",  # ambiguous
        "2021", "November 2021", "3021-01-01", "0021-01-01", None, True, [], {"date": "2021-11-17"},
        "17 Smarch 2021",
    ],
)
def test_unreadable_or_ambiguous_dates_are_refused(value: object) -> None:
    assert parse_date(value) is None
