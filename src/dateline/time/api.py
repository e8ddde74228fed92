"""First version: explicit dates and weekdays only. Replaced stage by stage (issue 3)."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from dateline.model import DatePrecision, EventDate, Sentence, TemporalExpression

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_DATE_RE = re.compile(
    r"\b(?:(\d{1,2})\s+(" + "|".join(m.title() for m in _MONTHS) + r")\s+(\d{4})"
    r"|(" + "|".join(d.title() for d in _WEEKDAYS) + r"))\b"
)


def tag(text: str, dct: date, mode: str = "news") -> list[TemporalExpression]:
    out: list[TemporalExpression] = []
    for m in _DATE_RE.finditer(text):
        if m.group(4):
            wd = _WEEKDAYS[m.group(4).lower()]
            d = dct - timedelta(days=(dct.weekday() - wd) % 7)
            value = d.isoformat()
        else:
            d = date(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
            value = d.isoformat()
        out.append(TemporalExpression(m.start(), m.end(), m.group(0), "DATE", value))
    return out


def value_interval(value: str) -> tuple[date, date, DatePrecision] | None:
    """The calendar interval a TIMEX3 DATE value denotes, or None if it is not a calendar date."""
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not m:
        return None
    y = int(m.group(1))
    if m.group(3):
        d = date(y, int(m.group(2)), int(m.group(3)))
        return d, d, "day"
    if m.group(2):
        mo = int(m.group(2))
        return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1]), "month"
    return date(y, 1, 1), date(y, 12, 31), "year"


def date_for_span(
    start: int,
    end: int,
    sentences: list[Sentence],
    timexes: list[TemporalExpression],
    dct: date,
) -> EventDate:
    """Date of the expression governing [start, end): same sentence, else the publication day."""
    for s in sentences:
        if s.start <= start < s.end:
            for t in timexes:
                if s.start <= t.start < s.end and t.type == "DATE":
                    iv = value_interval(t.value)
                    if iv:
                        return EventDate(t.value[:10], None, iv[2], "text", t.text)
    return EventDate(dct.isoformat(), None, "day", "publication", None)
