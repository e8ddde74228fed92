"""Words of time: month and weekday names, number words, units, parts of day, seasons, holidays."""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
# Part of day -> TIMEX3 code (TimeML: MO, MI, AF, EV, NI, DT).
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "midday": "MI", "daytime": "DT", "dawn": "MO", "dusk": "EV", "mid-afternoon": "AF",
    "midafternoon": "AF", "mid-morning": "MO", "tonight": "NI",
}
SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}
SEASON_MONTHS: dict[str, tuple[int, int]] = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

UNITS: dict[str, str] = {
    "second": "S", "seconds": "S", "minute": "TM", "minutes": "TM", "hour": "H", "hours": "H",
    "day": "D", "days": "D", "week": "W", "weeks": "W", "fortnight": "2W", "fortnights": "2W",
    "month": "M", "months": "M", "quarter": "Q", "quarters": "Q", "year": "Y", "years": "Y",
    "decade": "DE", "decades": "DE", "century": "CE", "centuries": "CE",
    "millennium": "ML", "millennia": "ML",
}

_SMALL = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a hundred": 100, "one hundred": 100, "a thousand": 1000,
    "half a": 0.5, "a half": 0.5, "couple of": 2, "a couple of": 2, "a couple": 2, "dozen": 12,
    "a dozen": 12, "two dozen": 24,
}
VAGUE_COUNTS = {"several", "a few", "few", "some", "many", "a number of", "numerous", "multiple",
                "the next few", "a couple of", "a dozen", "dozens of", "hundreds of", "thousands of"}
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23,
    "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27,
    "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen")

# A regex alternative for a cardinal written in words or digits (1-99 in words).
NUMBER_WORD_RE = (
    r"(?:(?:" + "|".join(_TENS) + r")(?:[- ](?:" + "|".join(_UNITS_WORDS) + r"))?"
    r"|" + "|".join(_TEENS) + r"|" + "|".join(_UNITS_WORDS) + r"|a\s+hundred|one\s+hundred|hundred"
    r"|a\s+dozen|dozen|two\s+dozen)"
)


def number_value(words: str) -> float | None:
    """Integer value of a count written in digits or words ("twenty-four", "a couple of"), else None."""
    w = re.sub(r"\s+", " ", words.strip().lower()).replace(",", "")
    if not w:
        return None
    if w.endswith(" and a half"):
        whole = number_value(w[: -len(" and a half")])
        return whole + 0.5 if whole is not None else None
    if m := re.fullmatch(r"(\d+) ([13])/([24])", w):
        return int(m.group(1)) + int(m.group(2)) / int(m.group(3))
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w) if "." in w else int(w)
    if w in _SMALL:
        return _SMALL[w]
    m = re.fullmatch(r"(\w+)[- ](\w+)", w)
    if m and m.group(1) in _TENS and m.group(2) in _SMALL:
        return _SMALL[m.group(1)] + _SMALL[m.group(2)]
    return None


def year_words_value(words: str) -> int | None:
    """A year said in words: "nineteen ninety-six" -> 1996, "two thousand" -> 2000."""
    w = words.lower().replace("-", " ").split()
    if w[:2] == ["two", "thousand"]:
        rest = number_value(" ".join(w[2:]).replace("and ", "")) if len(w) > 2 else 0
        return 2000 + int(rest or 0)
    if len(w) >= 2 and w[0] in ("nineteen", "eighteen", "twenty"):
        century = {"nineteen": 1900, "eighteen": 1800, "twenty": 2000}[w[0]]
        rest = number_value(" ".join(w[1:]))
        if rest is not None and 10 <= rest < 100:
            return century + int(rest)
    return None


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month, day = divmod(h + ll - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    d = first + timedelta(days=(weekday - first.weekday()) % 7)
    if n > 0:
        return d + timedelta(weeks=n - 1)
    last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


# Holiday name -> function of the year giving its date.
HOLIDAYS = {
    "christmas day": lambda y: date(y, 12, 25),
    "christmas eve": lambda y: date(y, 12, 24),
    "christmas": lambda y: date(y, 12, 25),
    "new year's day": lambda y: date(y, 1, 1),
    "new year's eve": lambda y: date(y, 12, 31),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "independence day": lambda y: date(y, 7, 4),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + timedelta(days=1),
    "easter sunday": easter,
    "easter": easter,
    "good friday": lambda y: easter(y) - timedelta(days=2),
    "valentine's day": lambda y: date(y, 2, 14),
    "halloween": lambda y: date(y, 10, 31),
}
