"""Publication dates as inputs write them: ISO, RFC 2822, "17 November 2021", epoch seconds.

The publication *date* is the calendar day in the publisher's own time zone, so a datetime
with an offset keeps its local date ("2020-09-28T01:00:00+04:00" is 28 September, not the
27th in UTC). Numeric day/month orders are read only when unambiguous: "17/11/2021" and
"11/17/2021" are read, "05/06/2021" is refused rather than guessed. Day-first dotted dates
("17.11.2021") and year-first slashes ("2021/11/17") are read.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

MONTHS: dict[str, int] = {
    name: i
    for i, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_WORDY = [
    re.compile(rf"^{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I),  # 17 November 2021
    re.compile(rf"^{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),  # November 17, 2021
]
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?=$|[T\s])")
_YEAR_FIRST = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
EARLIEST_YEAR = 1800


def parse_date(value: object) -> date | None:
    """The calendar date a value denotes, or None if it is not a date we can read safely."""
    if isinstance(value, datetime):
        return _plausible(value.date())
    if isinstance(value, date):
        return _plausible(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _from_epoch(float(value))
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    if not text:
        return None
    for parse in (_iso, _rfc2822, _wordy, _numeric):
        found = parse(text)
        if found is not None:
            return _plausible(found)
    return None


def _plausible(day: date) -> date | None:
    """Refuse typos like year 2201 or 0021: a publication date is in the past (one year of slack)."""
    if EARLIEST_YEAR <= day.year <= date.today().year + 1:
        return day
    return None


def _from_epoch(seconds: float) -> date | None:
    if seconds > 1e11:  # milliseconds, as JavaScript writes them
        seconds /= 1000
    try:
        return _plausible(datetime.fromtimestamp(seconds, tz=UTC).date())
    except (OverflowError, OSError, ValueError):
        return None


def _iso(text: str) -> date | None:
    try:
        return datetime.fromisoformat(text.replace(" ", "T", 1) if " " in text else text).date()
    except ValueError:
        pass
    m = _ISO_DAY.match(text)  # ISO day followed by a time Python cannot read ("... 10:00 EST")
    return _make(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def _rfc2822(text: str) -> date | None:
    if not re.search(r"\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}", text):
        return None
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def _wordy(text: str) -> date | None:
    for pattern in _WORDY:
        m = pattern.match(text)
        if m and m.group("month").lower() in MONTHS:
            return _make(int(m.group("year")), MONTHS[m.group("month").lower()], int(m.group("day")))
    return None


def _numeric(text: str) -> date | None:
    if m := _YEAR_FIRST.match(text):
        return _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if m := _DOTTED.match(text):
        return _make(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    if m := _SLASHED.match(text):
        first, second, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if first > 12 >= second:
            return _make(year, second, first)
        if second > 12 >= first:
            return _make(year, first, second)
    return None


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
