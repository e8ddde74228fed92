"""Quantities as news writes them: digits, number words, ranges, qualifiers and vague plurals.

``find_quantities(text)`` returns every quantity with its character span, so claim rules can
look at the words around it. Mapping of vague words (count = the smallest value the word allows,
count_high = the largest before a bigger word would be used, qualifier ``at_least``):

===================  =======  ==========  =========
words                count    count_high  qualifier
===================  =======  ==========  =========
a few, a handful     2        9 / 5       at_least
several              3        9           at_least
a dozen              12       -           about
dozens               24       99          at_least
scores               40       199         at_least
hundreds             200      999         at_least
thousands            2000     9999        at_least
tens of thousands    20000    99999       at_least
hundreds of thousands 200000 999999      at_least
===================  =======  ==========  =========

"many", "some", "numerous" carry no number and give no quantity (no claim is invented from them).
A range ("10 to 15", "10-15", "between 10 and 15") gives count=10, count_high=15; a qualifier
before it applies to the pair.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_UNITS = {
    "zero": 0, "no": 0, "one": 1, "a single": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_VAGUE: dict[str, tuple[int, int | None, str]] = {
    "a few": (2, 9, "at_least"),
    "a handful": (2, 5, "at_least"),
    "a handful of": (2, 5, "at_least"),
    "several": (3, 9, "at_least"),
    "a dozen": (12, None, "about"),
    "dozens": (24, 99, "at_least"),
    "dozens of": (24, 99, "at_least"),
    "scores": (40, 199, "at_least"),
    "scores of": (40, 199, "at_least"),
    "hundreds": (200, 999, "at_least"),
    "hundreds of": (200, 999, "at_least"),
    "thousands": (2000, 9999, "at_least"),
    "thousands of": (2000, 9999, "at_least"),
    "hundreds of thousands": (200_000, 999_999, "at_least"),
    "hundreds of thousands of": (200_000, 999_999, "at_least"),
    "tens of thousands": (20000, 99999, "at_least"),
    "tens of thousands of": (20000, 99999, "at_least"),
}
_QUALIFIERS: list[tuple[str, str]] = [
    (r"at least|no fewer than|no less than|a minimum of|not less than", "at_least"),
    (r"more than|over|upwards of|in excess of|above", "more_than"),
    (r"at most|up to|no more than|a maximum of|as many as", "at_most"),
    (r"fewer than|less than|under|below", "fewer_than"),
    (r"about|around|approximately|roughly|nearly|almost|some|an estimated|estimated|close to|"
     r"about|around|approx\.|circa|c\.", "about"),
]

_WORD_NUM = (
    r"(?:(?:" + "|".join(sorted(_TENS, key=len, reverse=True)) + r")(?:[-\s](?:"
    + "|".join(k for k in _UNITS if " " not in k and _UNITS[k] < 10 and _UNITS[k] > 0) + r"))?"
    r"|" + "|".join(sorted((k for k in _UNITS if k != "no"), key=len, reverse=True)) + r")"
)
_SCALED_WORD = rf"(?:(?:{_WORD_NUM}|a|an)\s+(?:hundred|thousand|million)(?:\s+and\s+{_WORD_NUM}|\s+{_WORD_NUM})?)"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+(?:million|thousand|hundred))?"
_NUM = rf"(?:{_DIGITS}|{_SCALED_WORD}|{_WORD_NUM})"
_VAGUE_RE = "|".join(sorted((re.escape(k) for k in _VAGUE), key=len, reverse=True))
_QUAL_RE = "|".join(f"(?:{p})" for p, _ in _QUALIFIERS)

QUANTITY_RE = re.compile(
    rf"(?<![\w.,:-])(?:(?P<qual>{_QUAL_RE})\s+)?"
    rf"(?:between\s+(?P<lo>{_NUM})\s+(?:and|to)\s+(?P<hi>{_NUM})"
    rf"|(?P<a>{_NUM})(?:\s*(?:-|–|to|or)\s*(?P<b>{_NUM}))?"
    rf"|(?P<vague>{_VAGUE_RE}))(?![\w:])",
    re.I,
)


@dataclass(slots=True, frozen=True)
class Quantity:
    """A number as written: ``count`` (low), optional ``count_high``, qualifier, span in the text."""

    count: int
    qualifier: str
    count_high: int | None
    start: int
    end: int
    text: str
    vague: bool = False


_SPACES = re.compile(r"\s+")
_DIGITS_VALUE = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?: (million|thousand|hundred))?")
_NUMBER_WORD_BREAK = re.compile(r"[\s-]+")


def word_to_int(text: str) -> int | None:
    """Integer value of digits or English number words ("6,500", "twenty-five", "a hundred")."""
    t = text.lower().strip().replace("\u2013", "-")
    if t.isascii() and t.isdigit():  # plain digits, most counts: what ``_DIGITS_VALUE`` makes of them, without it
        return int(round(float(t)))
    t = _SPACES.sub(" ", t)
    m = _DIGITS_VALUE.fullmatch(t)
    if m:
        value = float(m.group(1).replace(",", "") + (m.group(2) or ""))
        return int(round(value * _SCALES.get(m.group(3) or "", 1)))
    if t in _UNITS:
        return _UNITS[t]
    total, current = 0, 0
    for part in _NUMBER_WORD_BREAK.split(t):
        if part in ("and", ""):
            continue
        if part in ("a", "an"):
            current = 1
        elif part in _UNITS:
            current += _UNITS[part]
        elif part in _TENS:
            current += _TENS[part]
        elif part in _SCALES:
            current = max(current, 1) * _SCALES[part]
            if _SCALES[part] >= 1000:
                total, current = total + current, 0
        else:
            return None
    return total + current


def _qualifier(text: str | None) -> str:
    if not text:
        return "exact"
    t = text.lower()
    for pattern, name in _QUALIFIERS:
        if re.fullmatch(pattern, t):
            return name
    return "exact"


def _leading_literal(alternative: str) -> str:
    """The literal text an alternative of a pattern opens with ("approx" for ``approx\\.``)."""
    return re.split(r"[\\()\[\]?*+{|]", alternative, maxsplit=1)[0]


# What a quantity's text opens with, lower-cased (or a digit): each alternative of ``QUANTITY_RE`` opens with one.
_OPENINGS = tuple(sorted({_leading_literal(a) for p, _ in _QUALIFIERS for a in p.split("|")} | {"between", "a", "an"}
                         | set(_UNITS) | set(_TENS) | set(_VAGUE)))


# The openings too short to tell much, with what ``QUANTITY_RE`` has follow them: "a" and "an" before a
# scale ("a hundred": ``_SCALED_WORD``'s ``\s+``; every other opening "a ..." or "an ..." has a space there
# too), "c" as "c." (circa). Tested as such, they leave a word that merely starts with "a" or "c" untried.
_SHORT_OPENINGS = {"a": r"a\s", "an": r"an\s", "c": r"c\."}


def _opening_starts(openings: tuple[str, ...]) -> re.Pattern[str]:
    """A zero-width pattern matching where a word opens (in lower-cased text) with a digit or one of
    ``openings`` (each an opening word's first letters): the positions ``_quantity_matches`` tries, found
    by one scan instead of a Python test at every word (most of a sentence's words are no such start)."""
    from dateline.extract.places import literal_alternation

    words = [o for o in openings if o not in _SHORT_OPENINGS]
    # an opening that another one begins ("dozen" begins "dozens of") adds no position
    shortest = [o for o in words if not any(p != o and o.startswith(p) for p in words)]
    return re.compile(rf"\b(?=[0-9]|{'|'.join(_SHORT_OPENINGS.values())}|{literal_alternation(shortest)})")


_OPENING_STARTS = _opening_starts(_OPENINGS)


def _quantity_matches(text: str) -> Iterator[re.Match[str]]:
    """``QUANTITY_RE.finditer(text)``, with the pattern tried only where a word opens with what a quantity
    can open with: a match starts a word (its lookbehind forbids a word character before it) and opens
    with a digit or one of ``_OPENINGS``. The full pattern tried at every position costs about 40 us a
    sentence. Non-ASCII text goes to ``finditer`` (under IGNORECASE a few other letters match ASCII ones)."""
    if not text.isascii():
        yield from QUANTITY_RE.finditer(text)
        return
    end = 0
    for w in _OPENING_STARTS.finditer(text.lower()):
        start = w.start()
        if start < end:
            continue
        m = QUANTITY_RE.match(text, start)
        if m is not None:
            end = m.end()
            yield m


# A military unit's name after its number ("444 Brigade", "55th Mechanised Battalion")
_UNIT_NUMBER_AFTER = re.compile(r"(?:st|nd|rd|th)?\s+(?:[A-Z][a-z]+\s+)?(?:Brigade|Battalion|Regiment|Division|Corps|"
                                r"Squadron|Infantry|Fleet|Detachment)s?\b")


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, left to right, with offsets into ``text``."""
    out: list[Quantity] = []
    for m in _quantity_matches(text):
        qual = _qualifier(m.group("qual"))
        if m.group("vague"):
            count, high, vague_qual = _VAGUE[re.sub(r"\s+", " ", m.group("vague").lower())]
            out.append(Quantity(count, qual if m.group("qual") else vague_qual, high, m.start(), m.end(),
                                m.group(0), vague=True))
            continue
        lo_text = m.group("lo") or m.group("a")
        hi_text = m.group("hi") or m.group("b")
        lo = word_to_int(lo_text)
        if lo is None:
            continue
        if lo_text[:1].isdigit() and _UNIT_NUMBER_AFTER.match(text, m.end()):
            continue  # "the 444 Brigade's commander", "the 3 Battalion": a unit's number, not a count of people
        hi = word_to_int(hi_text) if hi_text else None
        if hi is not None and hi <= lo:
            # "one or two" is a range, "2021-22" or "5-3" are not quantities of people
            hi = None
            if m.group("b"):
                out.append(Quantity(lo, qual, None, m.start(), m.start("a") + len(lo_text), lo_text))
                continue
        out.append(Quantity(lo, qual, hi, m.start(), m.end(), m.group(0)))
    return out
