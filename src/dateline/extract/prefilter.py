"""Literal prefilters for keyword regexes: a search that cannot succeed is skipped.

The typing model's second stage asks 26 codebook regexes of every sentence whether they match. Most
are alternations of words behind ``\\b`` and match few sentences, yet Python's ``re`` tries every
alternative at every position (a leading ``\\b`` and ``re.IGNORECASE`` both turn off its own prefix
scan). Every match of such a pattern contains one of a few literal strings (the fixed start of each
alternative: "kill" for ``\\b(?:kill(?:ed|ing)?|...)``), and ``str.__contains__`` finds those far
faster. ``LiteralGuard`` derives that set from the parsed pattern and runs the regex only when one of
them is present, so the answer is always the regex's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from re._constants import (  # type: ignore[attr-defined]
    BRANCH,
    LITERAL,
    MAX_REPEAT,
    MIN_REPEAT,
    SUBPATTERN,
)


class _Unreadable(Exception):
    """A construct whose literals cannot be trusted (a group with its own flags)."""


def _sequence_literals(items: list) -> frozenset[str] | None:
    """Strings one of which every match of the sequence ``items`` contains, or None if none is known.
    Every element of a sequence that is not optional must match, so the first element with known
    literals decides: a run of literal characters, a group, or an alternation whose every branch has some."""
    chars: list[str] = []
    for op, av in items:
        if op is LITERAL:
            chars.append(chr(av))
            continue
        if chars:
            break  # the literal run read so far is itself necessary
        found: frozenset[str] | None = None
        if op in (MAX_REPEAT, MIN_REPEAT) and av[0] >= 1:
            found = _sequence_literals(list(av[2]))  # matched at least once
        elif op is SUBPATTERN:
            if av[1] or av[2]:
                raise _Unreadable  # "(?i:...)": its literals follow other case rules
            found = _sequence_literals(list(av[3]))
        elif op is BRANCH:
            branches = [_sequence_literals(list(branch)) for branch in av[1]]
            if all(branches):
                found = frozenset().union(*branches)  # type: ignore[arg-type]
        # anything else (zero-width tests, optional parts, character classes) tells nothing: read on
        if found:
            return found
    return frozenset({"".join(chars)}) if chars else None


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings of which every match of ``pattern`` contains at least one (lower-cased when the pattern
    ignores case), or None when no such set can be read off the pattern."""
    try:
        found = _sequence_literals(list(_sre_parse.parse(pattern.pattern, pattern.flags)))
    except _Unreadable:
        return None
    if found is None or "" in found:
        return None
    if pattern.flags & re.IGNORECASE:
        if not all(s.isascii() for s in found):
            return None  # case folding may map such a letter onto an ASCII one
        found = frozenset(s.lower() for s in found)
    return found


@dataclass(frozen=True, slots=True)
class LiteralGuard:
    """``pattern.search`` behind a test that one of its required literals occurs in the text."""

    pattern: re.Pattern[str]
    literals: frozenset[str] | None
    ignore_case: bool

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> LiteralGuard:
        return cls(pattern, required_literals(pattern), bool(pattern.flags & re.IGNORECASE))

    def search(self, text: str, lowered: str | None = None) -> bool:
        """Whether ``pattern`` matches ``text``; ``lowered`` is ``text.lower()`` when the caller has it.
        Non-ASCII text goes straight to the regex: Unicode case folding maps a few other letters onto
        ASCII ones ("K", the Kelvin sign, matches "k" under IGNORECASE), which ``str.lower`` does not."""
        if self.literals is not None and text.isascii():
            haystack = (lowered if lowered is not None else text.lower()) if self.ignore_case else text
            if not any(lit in haystack for lit in self.literals):
                return False
        return self.pattern.search(text) is not None
