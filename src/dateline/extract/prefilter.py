"""Literal prefilters for keyword regexes: a search that cannot succeed is skipped.

The typing model's second stage asks 26 codebook regexes of every sentence whether they match. Most
are alternations of words behind ``\\b`` and match few sentences, yet Python's ``re`` tries every
alternative at every position (a leading ``\\b`` and ``re.IGNORECASE`` both turn off its own prefix
scan). Every match of such a pattern contains one of a few literal strings (the fixed start of each
alternative: "kill" for ``\\b(?:kill(?:ed|ing)?|...)``), and one of each further set for every part
the pattern cannot do without; ``str.__contains__`` finds those far faster. ``LiteralGuard`` derives
the sets from the parsed pattern and runs the regex only when the text holds one string of each, so
the answer is always the regex's own.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from re import _compiler as _sre_compile  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
from re._constants import (  # type: ignore[attr-defined]
    ANY,
    ASSERT,
    ASSERT_NOT,
    AT,
    ATOMIC_GROUP,
    BRANCH,
    CATEGORY,
    CATEGORY_NOT_SPACE,
    CATEGORY_SPACE,
    GROUPREF,
    GROUPREF_EXISTS,
    IN,
    LITERAL,
    MAX_REPEAT,
    MIN_REPEAT,
    NEGATE,
    NOT_LITERAL,
    POSSESSIVE_REPEAT,
    RANGE,
    SUBPATTERN,
)


class _Unreadable(Exception):
    """A construct the readers of parsed patterns here do not handle (a group with its own flags)."""


_MAX_ALTERNATIVES = 64  # a literal run times the branches after it: beyond this, the run alone
_MAX_SETS = 3  # sets tested per text (the most selective: longest shortest string)


def _branch_heads(op: object, av: object) -> list[str] | None:
    """The literal run each branch of an alternation opens with ("" for a branch opening otherwise
    is not allowed: None), for an alternation alone or alone in a plain group."""
    if op is SUBPATTERN and not (av[1] or av[2]) and len(av[3]) == 1:  # type: ignore[index]
        op, av = av[3][0]  # type: ignore[index]
    if op is not BRANCH:
        return None
    heads: list[str] = []
    for branch in av[1]:  # type: ignore[index]
        run = []
        for bop, bav in branch:
            if bop is not LITERAL:
                break
            run.append(chr(bav))
        if not run and branch:
            return None  # opens with a class, a repeat...: nothing sure to add
        heads.append("".join(run))
    return heads


def _requirements(items: list) -> list[frozenset[str]]:
    """Sets of strings such that every match of the sequence ``items`` contains one string of each.
    Each part a match cannot do without gives one: a literal run (extended by the alternation right
    after it), a group or a repeat of at least one (their own parts), an alternation whose every branch
    has a set (their union). Optional parts, classes and zero-width tests give none."""
    out: list[frozenset[str]] = []
    i, n = 0, len(items)
    while i < n:
        op, av = items[i]
        if op is LITERAL:
            j = i
            while j < n and items[j][0] is LITERAL:
                j += 1
            run = "".join(chr(x) for _, x in items[i:j])
            heads = _branch_heads(*items[j]) if j < n else None
            if heads and len(heads) <= _MAX_ALTERNATIVES:
                out.append(frozenset(run + h for h in heads))
            else:
                out.append(frozenset({run}))
            i = j
            continue
        if op in (MAX_REPEAT, MIN_REPEAT) and av[0] >= 1:
            out.extend(_requirements(list(av[2])))
        elif op is SUBPATTERN:
            if av[1] or av[2]:
                raise _Unreadable  # "(?i:...)": its literals follow other case rules
            out.extend(_requirements(list(av[3])))
        elif op is BRANCH:
            firsts = [_requirements(list(branch))[:1] for branch in av[1]]
            if all(firsts):
                out.append(frozenset().union(*(f[0] for f in firsts)))
        i += 1
    return out


def required_literals(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Sets of strings such that every match of ``pattern`` contains one string of each (lower-cased
    when the pattern ignores case); empty when nothing can be read off the pattern."""
    try:
        sets = _requirements(list(_sre_parse.parse(pattern.pattern, pattern.flags)))
    except _Unreadable:
        return ()
    return _usable(sets, pattern.flags)


def _usable(sets: list[frozenset[str]], flags: int) -> tuple[frozenset[str], ...]:
    """The sets a text is tested by: none holding "" (met by any text), lower-cased under IGNORECASE (none at
    all if a string is not ASCII), the most selective (longest shortest string) first, at most ``_MAX_SETS``."""
    sets = [s for s in sets if "" not in s]
    if flags & re.IGNORECASE:
        if not all(x.isascii() for s in sets for x in s):
            return ()  # case folding may map such a letter onto an ASCII one
        sets = [frozenset(x.lower() for x in s) for s in sets]
    sets.sort(key=lambda s: -min(len(x) for x in s))
    return tuple(dict.fromkeys(sets))[:_MAX_SETS]


def branch_literals(pattern: re.Pattern[str]) -> tuple[tuple[frozenset[str], ...], ...]:
    """For a pattern whose parts outside groups hold one alternation (``\\b(?:A|B)\\b``, ``A|B``), the
    ``required_literals`` of each branch with the parts around it: every match contains one string of each
    set of some branch (the branches of a single set joined into one). Empty when a branch yields no set, or
    when fewer than a third of the branches need two sets: then the pattern's own sets say nearly as much
    ("killed" or "shot" from ``\\b(?:killed|shot)\\b``), and testing each branch costs more than it saves."""
    try:
        items = list(_sre_parse.parse(pattern.pattern, pattern.flags))
        at = [i for i, (op, av) in enumerate(items) if _branches(op, av) is not None]
        if len(at) != 1:
            return ()
        i = at[0]
        outside = _requirements(items[:i]) + _requirements(items[i + 1:])
        # an empty result keeps the ``_usable`` filter from reading a failure as "nothing needed"
        alternatives = [_usable(outside + _requirements(list(branch)), pattern.flags)
                        for branch in _branches(*items[i]) or ()]
    except _Unreadable:
        return ()
    multi = [sets for sets in alternatives if len(sets) >= 2]
    if not all(alternatives) or 3 * len(multi) < len(alternatives):
        return ()  # mostly branches of one set: the pattern's own sets say nearly as much, for less
    # the branches of one set, as one: a text holding a string of any of them may match
    single = frozenset().union(*(sets[0] for sets in alternatives if len(sets) == 1))
    return ((single,),) * bool(single) + tuple(multi)


def _branches(op: object, av: object) -> list | None:
    """The branches of an alternation, alone or alone in a plain group; None for anything else."""
    if op is SUBPATTERN and not (av[1] or av[2]) and len(av[3]) == 1:  # type: ignore[index]
        op, av = av[3][0]  # type: ignore[index]
    return list(av[1]) if op is BRANCH else None  # type: ignore[index]


@dataclass(frozen=True, slots=True)
class LiteralGuard:
    """``pattern.search`` behind a test that the text holds one string of each required set."""

    pattern: re.Pattern[str]
    literals: tuple[frozenset[str], ...]
    ignore_case: bool
    # each set's strings with their first three characters (None for a shorter string), for ``may_match``'s
    # trigram test
    probes: tuple[tuple[tuple[str | None, str], ...], ...] = ()
    # ``branch_literals`` as probes: some branch's every set must hold one string (tested once ``probes`` hold)
    branches: tuple[tuple[tuple[tuple[str | None, str], ...], ...], ...] = ()
    # ``lowered_starts(pattern)`` when the pattern matches no empty string (``finditer`` then needs no rule for those;
    # it asks the twin where the next match starts, no more)
    twin: re.Pattern[str] | None = None

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> LiteralGuard:
        literals = tuple(map(_minimal, required_literals(pattern)))
        branches = tuple(_probes(tuple(map(_minimal, sets))) for sets in branch_literals(pattern))
        twin = lowered_starts(pattern) if _never_empty(pattern) else None
        return cls(pattern, literals, bool(pattern.flags & re.IGNORECASE), _probes(literals), branches, twin)

    def search(self, text: str, lowered: str | None = None) -> bool:
        """Whether ``pattern`` matches ``text``; ``lowered`` is ``text.lower()`` when the caller has it.
        Non-ASCII text goes straight to the regex: Unicode case folding maps a few other letters onto
        ASCII ones ("K", the Kelvin sign, matches "k" under IGNORECASE), which ``str.lower`` does not."""
        return self.may_match(text, lowered) and self.pattern.search(text) is not None

    def finditer(self, text: str, lowered: str | None = None) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``: no match at all when a required literal is missing (``may_match``); in an
        ASCII text whose lower-cased form the caller has, each match found where the lowered twin finds one."""
        is_ascii = text.isascii()
        # (the sentence's trigrams, made once for all the guards asked of it: ``trigrams`` is memoised)
        grams = trigrams(lowered) if lowered is not None and is_ascii and self.ignore_case and self.probes else None
        if not self.may_match(text, lowered, is_ascii, grams):
            return iter(())
        if self.twin is not None and lowered is not None and is_ascii:
            return _twin_finditer(self.pattern, self.twin, text, lowered)
        return self.pattern.finditer(text)

    def may_match(self, text: str, lowered: str | None = None, is_ascii: bool | None = None,
                  grams: frozenset[str] | None = None) -> bool:
        """False when ``pattern`` cannot match ``text`` (a required literal is missing); True when it may.
        ``lowered`` / ``is_ascii``: ``text.lower()`` / ``text.isascii()`` when the caller has them; ``grams``:
        ``trigrams(lowered)``, when the caller asks many guards of one text. A string whose first three
        characters are not among them is not in the text either: a set look-up instead of a scan of the text
        (a few times faster), the scan left for the strings that pass it."""
        if (self.literals or self.branches) and (text.isascii() if is_ascii is None else is_ascii):
            if not self.ignore_case:
                haystack, grams = text, None
            else:
                haystack = lowered if lowered is not None else text.lower()
            if grams is None:
                for strings in self.literals:
                    for x in strings:  # a plain loop: ``any`` over a generator costs a third more per string
                        if x in haystack:
                            break
                    else:
                        return False
            else:
                for probes in self.probes:
                    for key, x in probes:
                        if (key is None or key in grams) and x in haystack:
                            break
                    else:
                        return False
            if self.branches:
                # "seized ... control" or "overran" or "captured ... the town": the sets of one branch together
                return any(all(_holds(probes, haystack, grams) for probes in sets) for sets in self.branches)
        return True


def _never_empty(pattern: re.Pattern[str]) -> bool:
    """Whether every match of ``pattern`` is at least one character long."""
    try:
        return _sre_parse.parse(pattern.pattern, pattern.flags).getwidth()[0] > 0
    except (re.error, TypeError):
        return False


def _twin_finditer(pattern: re.Pattern[str], twin: re.Pattern[str], text: str,
                   lowered: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that matches no empty string, in an ASCII text: the lowered twin
    finds where the next match starts (from where the last ended, as ``finditer`` looks), the pattern its match."""
    done = 0
    while (at := twin.search(lowered, done)) is not None:
        m = pattern.match(text, at.start())
        if m is None:  # (cannot be: the twin matches where the pattern does)
            yield from pattern.finditer(text, at.start())
            return
        yield m
        done = m.end()


def _minimal(strings: frozenset[str]) -> frozenset[str]:
    """The strings of a required set that hold none of the others ("kill" of "kill", "killed", "killing"): a text
    holds one of them exactly when it holds one of the set (a string brings along every string it holds), and the
    trigram test of ``GuardIndex.met`` passes one of them whenever it passes one of the set (a string's trigrams
    hold those of every string it holds; a string under three characters inside it lies inside one of its
    trigrams). So the guards' answers stay the same, for fewer strings to scan for and to file."""
    return frozenset(x for x in strings if not any(y in x for y in strings if y != x))


def _probes(sets: tuple[frozenset[str], ...]) -> tuple[tuple[tuple[str | None, str], ...], ...]:
    """Each set's strings with their first three characters (None for a shorter string)."""
    return tuple(tuple((x[:3] if len(x) >= 3 else None, x) for x in sorted(strings)) for strings in sets)


def _holds(probes: tuple[tuple[str | None, str], ...], haystack: str, grams: frozenset[str] | None) -> bool:
    """Whether ``haystack`` holds one of the probes' strings (``grams``: its trigrams, a quick first test)."""
    for key, x in probes:  # noqa: SIM110 - a plain loop: ``any`` over a generator costs a third more per string
        if (grams is None or key is None or key in grams) and x in haystack:
            return True
    return False


@lru_cache(maxsize=256)
def trigrams(text: str) -> frozenset[str]:
    """Every three-character substring of ``text`` (``LiteralGuard.may_match``'s ``grams``), joined from three
    shifted copies of the text (a sixth faster than slicing at each position). Memoised: a sentence's guards in
    claims, actors and typing all read its trigrams, each from its own lower-cased copy."""
    return frozenset(map("".join, zip(text, text[1:], text[2:])))


@dataclass(frozen=True, slots=True)
class _Entry:
    """One pattern's place in a ``GuardIndex``: its guard, and the ids of the string sets it needs met."""

    guard: LiteralGuard
    indexed: bool  # False: a case-sensitive pattern, left to its own ``LiteralGuard.may_match``
    needs: frozenset[int]
    branch_needs: tuple[frozenset[int], ...]  # ``LiteralGuard.branches``: one of them met whole
    twin: re.Pattern[str] | None = None  # ``lowered_starts(pattern)``: where a match starts in ASCII texts lower-cased


class GuardIndex:
    """The literal prefilters of many case-insensitive patterns asked of one text, tested all at once.

    Asking each ``LiteralGuard`` in turn costs a few microseconds per pattern, and typing asks some fifty of
    every sentence. Here each string set of every guard gets an id, and each string the ids of the sets holding
    it, filed under one of its trigrams; one pass over a text's trigrams that are such keys then finds every
    set the text meets (``met``), and a guard's test becomes a subset test of its set ids against those
    (``admits``): on ASCII text, True wherever ``LiteralGuard.may_match`` is (``met``). A string is tested only
    when the trigram it is filed under is in the text, so each is filed under its rarest: until ``LEARN``
    texts are seen, under its first; then, once, under the one fewest of those texts held."""

    LEARN = 256

    def __init__(self) -> None:
        self.entries: dict[int, _Entry] = {}  # id(pattern) -> its entry (``entry`` makes them)
        self._set_ids: dict[frozenset[str], int] = {}
        self._ids_of: dict[str, list[int]] = {}  # each string: the sets holding it
        self._by_gram: dict[str, list[tuple[frozenset[str], list[int]]]] = {}  # key -> (a string's trigrams, ids)
        self._short: list[tuple[str, list[int]]] = []  # strings under three characters: scanned for always
        self._keys: frozenset[str] = frozenset()
        self._counts: Counter[str] = Counter()  # trigram -> texts holding it, among the first ``LEARN``
        self._learning = True
        self._texts = 0
        self.generation = 0  # grows with every set added: a ``met`` found before may miss its sets
        self._built: dict[int, tuple[LiteralGuard, re.Pattern[str] | None]] = {}  # ``build``: id -> (guard, twin)

    def build(self, patterns: Iterable[re.Pattern[str]]) -> None:
        """Build the guards and lowered twins of ``patterns`` ahead of their first ask, without filing their strings
        (the index answers as before; a pattern never asked adds nothing to ``met``). Reading a pattern for its
        literals and twin takes a few milliseconds, which the first texts to reach each rule would pay."""
        for pattern in patterns:
            if id(pattern) not in self.entries and id(pattern) not in self._built:
                self._built[id(pattern)] = self._guard_and_twin(pattern)

    def _guard_and_twin(self, pattern: re.Pattern[str]) -> tuple[LiteralGuard, re.Pattern[str] | None]:
        """The pattern's guard and, for a case-insensitive one, its lowered twin grouped for finding where a match
        starts (``lowered_starts``: ``typing._search`` asks no more of it; the guard's when it made one: it makes
        none for a pattern that may match empty); built before (``build``) or now."""
        built = self._built.get(id(pattern))
        if built is not None and built[0].pattern is pattern:
            return built
        guard = LiteralGuard.of(pattern)
        if not guard.ignore_case:
            return guard, None
        return guard, guard.twin if guard.twin is not None else lowered_starts(pattern)

    def entry(self, pattern: re.Pattern[str]) -> _Entry:
        """The pattern's entry, its guard built (and its strings filed) on the first ask."""
        found = self.entries.get(id(pattern))
        if found is not None and found.guard.pattern is pattern:
            return found
        guard, twin = self._guard_and_twin(pattern)
        if not guard.ignore_case:
            entry = _Entry(guard, False, frozenset(), ())
        else:
            entry = _Entry(guard, True, frozenset(self._id_of(s) for s in guard.literals),
                           tuple(frozenset(self._id_of(frozenset(x for _, x in probes)) for probes in sets)
                                 for sets in guard.branches), twin)
        self.entries[id(pattern)] = entry
        return entry

    def _id_of(self, strings: frozenset[str]) -> int:
        """The id of a string set, filing its strings when it is new."""
        known = self._set_ids.get(strings)
        if known is not None:
            return known
        set_id = self._set_ids[strings] = len(self._set_ids)
        for x in sorted(strings):
            ids = self._ids_of.get(x)
            if ids is None:
                ids = self._ids_of[x] = []
                self._file(x, ids)
            ids.append(set_id)
        self._keys = frozenset(self._by_gram)
        self.generation += 1
        return set_id

    def _file(self, x: str, ids: list[int]) -> None:
        """File string ``x`` under its trigram fewest of the texts learnt from held (its first while learning)."""
        grams = [x[i:i + 3] for i in range(len(x) - 2)]
        if not grams:
            self._short.append((x, ids))
        else:
            key = grams[0] if self._learning else min(grams, key=self._counts.__getitem__)
            self._by_gram.setdefault(key, []).append((frozenset(grams), ids))

    def _refile(self) -> None:
        """File every string again, now under its rarest trigram (the answers stay the same: only which
        strings a text is scanned for changes)."""
        self._learning = False
        self._by_gram, self._short = {}, []
        for x, ids in self._ids_of.items():
            self._file(x, ids)
        self._keys = frozenset(self._by_gram)

    def met(self, lowered: str, grams: frozenset[str]) -> set[int]:
        """The ids of every set one of whose strings ``lowered`` may hold: all the string's trigrams are among
        the text's (``grams``: ``trigrams(lowered)``), a set test instead of a scan of the text. That holds for
        every string the text holds and for a few it does not (each trigram elsewhere): more sets met than
        held, so more searches made, never fewer; the answers are the regexes' own either way."""
        if self._learning:
            self._counts.update(grams)
            self._texts += 1
            if self._texts >= self.LEARN:
                self._refile()
        out: set[int] = set()
        by_gram = self._by_gram
        for key in self._keys.intersection(grams):
            for needed, ids in by_gram[key]:
                if needed <= grams:
                    out.update(ids)
        for string, ids in self._short:
            if string in lowered:
                out.update(ids)
        return out


def admits(entry: _Entry, met: set[int]) -> bool:
    """Whether the pattern of an indexed entry may match an ASCII text whose met sets are ``met`` (``GuardIndex.met``,
    of the index's current generation): True wherever ``LiteralGuard.may_match`` is."""
    return entry.needs <= met and (not entry.branch_needs or any(b <= met for b in entry.branch_needs))


def lowered_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """For a case-insensitive pattern, a case-sensitive one that matches the lower-cased form of any ASCII text
    exactly where ``pattern`` matches the text (the same spans: lower-casing ASCII keeps every position), or
    None when that cannot be made sure of. Case-insensitive matching lower-cases each character of the text as
    it compares it, and keeps ``re`` from its fast scans; on a text lower-cased once, plain comparisons do.

    Built from the parsed pattern: literals lower-cased, character classes given the lower-case forms of their
    members (a lower-cased text holds no upper-case ASCII letter, and a class under IGNORECASE accepts a letter
    in either case), all else kept; given up on for a group switching IGNORECASE itself, for a non-ASCII
    letter that some ASCII letter matches under IGNORECASE ("K", the Kelvin sign, matches "k"), and for any
    construct not listed here."""
    return _lowered(pattern, grouped=False)


def lowered_starts(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``lowered_twin(pattern)`` with the alternatives of each of its alternations grouped by their first character
    or ``\\b``, recursively ("kill|dead|death" as "kill|de(?:ad|ath)"): a pattern that matches the lower-cased
    form of any ASCII text at exactly the positions where the pattern matches the text, though not always with
    the same end or groups. For finding where the first match starts (``typing._search``): at each position
    ``re`` tries every alternative in turn, and a word list of a hundred alternatives costs a hundred tries at
    each word; grouped, a few dozen. Whether a pattern matches at a position does not depend on the order its
    alternatives are tried in (a backtracking match tries them all), unless an atomic group, a possessive
    repeat or a back-reference commits to the first one found: then the twin as it is."""
    return _lowered(pattern, grouped=True)


def _lowered(pattern: re.Pattern[str], grouped: bool) -> re.Pattern[str] | None:
    """``lowered_twin``, its alternations grouped by first item when ``grouped`` (``lowered_starts``)."""
    if not pattern.flags & re.IGNORECASE or isinstance(pattern.pattern, bytes):
        return None
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
        parsed.data = _lowered_items(list(parsed.data))
        flags = pattern.flags & ~re.IGNORECASE
        if grouped and not _commits(parsed.data):
            parsed.data = _grouped_items(list(parsed.data), parsed.state)
            ascii_items = _ascii_items(list(parsed.data))
            if ascii_items is not None:  # (for ASCII text only: every caller of ``lowered_starts`` makes sure of it)
                parsed.data, flags = ascii_items, (flags & ~re.UNICODE) | re.ASCII
        parsed.state.flags = (parsed.state.flags & ~(re.IGNORECASE | re.UNICODE)) | flags
        return _sre_compile.compile(parsed, flags)
    except (_Unreadable, re.error, TypeError, ValueError, AttributeError):
        return None  # (the parser's internals are not a public interface: without a twin, the pattern itself)


# What ``\\s`` matches in ASCII text beyond ``re.ASCII``'s ``[ \\t\\n\\r\\f\\v]``: the separators U+001C-U+001F, white
# space to ``str.isspace`` and so to a Unicode pattern
_SEPARATORS = (RANGE, (0x1C, 0x1F))


def _ascii_items(items: list[tuple[object, object]]) -> list[tuple[object, object]] | None:
    """Parsed ``items`` that, compiled with ``re.ASCII``, match an ASCII text exactly as they match it compiled for
    Unicode, or None when that is not made sure of here. On ASCII characters ``\\w``, ``\\d`` and ``\\b`` mean the same
    either way, and a Unicode ``\\w`` costs a call into the Unicode tables per character (``_PyUnicode_IsAlpha``)
    where an ASCII one is a table look-up; ``\\s`` differs by the four separators, added to each class that holds it.
    A class holding ``\\S``, or ``\\s`` negated, would need them taken out: None."""
    out: list[tuple[object, object]] = []
    for op, av in items:
        if op is IN:
            members = list(av)  # type: ignore[call-overload]
            if (CATEGORY, CATEGORY_NOT_SPACE) in members:
                return None
            if (CATEGORY, CATEGORY_SPACE) in members:
                if members and members[0][0] is NEGATE:
                    return None
                members.append(_SEPARATORS)
            av = members
        elif op in (BRANCH, SUBPATTERN, MAX_REPEAT, MIN_REPEAT, ASSERT, ASSERT_NOT):
            at = {BRANCH: 1, SUBPATTERN: 3, MAX_REPEAT: 2, MIN_REPEAT: 2, ASSERT: 1, ASSERT_NOT: 1}[op]
            subs = av[at] if op is BRANCH else [av[at]]  # type: ignore[index]
            done = [_ascii_items(list(sub)) for sub in subs]
            if any(d is None for d in done):
                return None
            state = subs[0].state if subs and hasattr(subs[0], "state") else _sre_parse.State()
            new = [_sre_parse.SubPattern(state, d) for d in done]
            av = (*av[:at], new if op is BRANCH else new[0], *av[at + 1:])  # type: ignore[index]
        elif op not in (LITERAL, NOT_LITERAL, AT, ANY, CATEGORY, GROUPREF):
            return None
        out.append((op, av))
    return out


def _commits(items: Iterable[tuple[object, object]]) -> bool:
    """Whether parsed ``items`` hold an atomic group, a possessive repeat or a back-reference (a conditional
    included): constructs whose outcome may depend on which alternative was tried first."""
    for op, av in items:
        if op in (ATOMIC_GROUP, POSSESSIVE_REPEAT, GROUPREF, GROUPREF_EXISTS):
            return True
        if op is BRANCH:
            subs = av[1]  # type: ignore[index]
        elif op is SUBPATTERN:
            subs = [av[3]]  # type: ignore[index]
        elif op in (MAX_REPEAT, MIN_REPEAT):
            subs = [av[2]]  # type: ignore[index]
        elif op in (ASSERT, ASSERT_NOT):
            subs = [av[1]]  # type: ignore[index]
        else:
            continue
        if any(_commits(sub) for sub in subs):
            return True
    return False


def _grouped_items(items: list[tuple[object, object]], state: object) -> list[tuple[object, object]]:
    """Parsed ``items`` with every alternation's alternatives grouped by their first item (``_by_first_item``), in
    groups, repeats and look-arounds too: the same strings matched at the same positions."""
    out: list[tuple[object, object]] = []
    for op, av in items:
        if op is BRANCH:
            av = (av[0], [_sre_parse.SubPattern(state, branch) for branch in  # type: ignore[index]
                          _by_first_item([_grouped_items(list(branch), state) for branch in av[1]], state)])  # type: ignore[index]
        elif op is SUBPATTERN:
            av = (*av[:3], _sre_parse.SubPattern(state, _grouped_items(list(av[3]), state)))  # type: ignore[index]
        elif op in (MAX_REPEAT, MIN_REPEAT):
            av = (*av[:2], _sre_parse.SubPattern(state, _grouped_items(list(av[2]), state)))  # type: ignore[index]
        elif op in (ASSERT, ASSERT_NOT):
            av = (av[0], _sre_parse.SubPattern(state, _grouped_items(list(av[1]), state)))  # type: ignore[index]
        out.append((op, av))
    return out


def _by_first_item(branches: list[list[tuple[object, object]]], state: object) -> list[list[tuple[object, object]]]:
    """Alternatives (parsed items) grouped by their first item when it is a literal or an anchor (``\\b``), each
    group's rests grouped again: the same set of strings matched, each character compared once per group.
    Alternatives opening otherwise come last."""
    groups: dict[tuple[object, object], list[list[tuple[object, object]]]] = {}
    others: list[list[tuple[object, object]]] = []
    for items in branches:
        if items and items[0][0] in (LITERAL, AT):
            groups.setdefault(items[0], []).append(items[1:])
        else:
            others.append(items)
    out: list[list[tuple[object, object]]] = []
    for first, rests in groups.items():
        if len(rests) == 1:
            out.append([first, *rests[0]])
        else:
            out.append([first, (BRANCH, (None, [_sre_parse.SubPattern(state, rest)
                                                for rest in _by_first_item(rests, state)]))])
    return out + others


def _lowered_char(code: int) -> int:
    """The code a lowered twin compares a literal with: an ASCII letter's lower case; a non-ASCII character
    that no ASCII letter matches under IGNORECASE as it is (it matches nothing in ASCII text either way)."""
    if code < 128:
        return ord(chr(code).lower())
    char = chr(code)
    forms = {char, char.lower(), char.upper()}
    forms |= {chr(c) for f in forms if len(f) == 1 for c in _EXTRA_CASES.get(ord(f), ())}
    if any(len(f) != 1 or f.isascii() for f in forms):
        raise _Unreadable
    return code


def _lowered_class(items: list) -> list:
    """A character class's items with, for every member that lower-cases to ASCII, its lower case added."""
    out = list(items)
    for op, av in items:
        if op is LITERAL:
            code = _lowered_char(av)
            if code != av:
                out.append((LITERAL, code))
        elif op is RANGE:
            low, high = av
            for code in range(low, min(high, 127) + 1):
                if chr(code).lower() != chr(code):
                    out.append((LITERAL, ord(chr(code).lower())))
            for code in range(max(low, 128), high + 1):
                _lowered_char(code)  # raises for a letter some ASCII letter matches
        elif op not in (CATEGORY, NEGATE):
            raise _Unreadable
    return out


def _lowered_items(items: list) -> list:
    """``lowered_twin``'s parsed items (raises ``_Unreadable`` for what it does not handle)."""
    out = []
    for op, av in items:
        if op in (LITERAL, NOT_LITERAL):
            av = _lowered_char(av)
        elif op is IN:
            av = _lowered_class(av)
        elif op is BRANCH:
            av = (av[0], [_lowered_sub(branch) for branch in av[1]])
        elif op is SUBPATTERN:
            if (av[1] | av[2]) & re.IGNORECASE:
                raise _Unreadable
            av = (av[0], av[1], av[2], _lowered_sub(av[3]))
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            av = (av[0], av[1], _lowered_sub(av[2]))
        elif op in (ASSERT, ASSERT_NOT):
            av = (av[0], _lowered_sub(av[1]))
        elif op is ATOMIC_GROUP:
            av = _lowered_sub(av)
        elif op is GROUPREF_EXISTS:
            av = (av[0], _lowered_sub(av[1]), _lowered_sub(av[2]) if av[2] is not None else None)
        elif op not in (ANY, AT, GROUPREF):
            raise _Unreadable
        out.append((op, av))
    return out


def _lowered_sub(sub: _sre_parse.SubPattern) -> _sre_parse.SubPattern:
    sub.data = _lowered_items(list(sub.data))
    return sub


def match_by_twin(pattern: re.Pattern[str], twin: re.Pattern[str] | None, text: str) -> re.Match[str] | None:
    """``pattern.match(text)``, tried first by the pattern's lowered twin (``lowered_twin``) on an ASCII text lower-cased:
    where the twin fails the pattern fails too, and the twin fails without lower-casing each character it compares
    (a claim rule tries the words after most counts and finds nothing); where it matches, the pattern's own match."""
    if twin is not None and text.isascii() and twin.match(text.lower()) is None:
        return None
    return pattern.match(text)


def search_by_twin(pattern: re.Pattern[str], twin: re.Pattern[str] | None, text: str) -> re.Match[str] | None:
    """``pattern.search(text)``: in an ASCII text, the lowered twin finds where the first match starts (searched for in
    the text lower-cased), and the pattern's own match there is the match, as ``typing._search`` finds its."""
    if twin is None or not text.isascii():
        return pattern.search(text)
    at = twin.search(text.lower())
    return pattern.match(text, at.start()) if at is not None else None


def sub_lowered(pattern: re.Pattern[str], twin: re.Pattern[str] | None, repl: str, text: str, lowered: str,
                starts: re.Pattern[str] | None = None) -> str:
    """``pattern.sub(repl, text)`` for an ASCII ``text`` (``lowered``: ``text.lower()``), each match found by the
    pattern's ``lowered_twin`` in the lowered text: the twin's matches have the pattern's spans, and a plain
    ``repl`` needs no more than the spans, so the pattern itself is not run again where the twin matched. As ``sub``
    does, the next is looked for from where the last ended; by ``starts`` (``lowered_starts(pattern)``) when given,
    which finds where the twin's next match starts in fewer steps, the twin's match there being its search's. Without
    a twin, or at an empty match (``sub``'s handling of those is not repeated here), ``pattern.sub`` itself."""
    if twin is None:
        return pattern.sub(repl, text)
    out: list[str] = []
    done = 0
    while (at := (starts or twin).search(lowered, done)) is not None:
        if starts is not None and (at := twin.match(lowered, at.start())) is None:
            return pattern.sub(repl, text)  # (cannot be: ``starts`` matches where the twin does)
        start, end = at.span()
        if end == start:
            return pattern.sub(repl, text)
        out += (text[done:start], repl)
        done = end
    out.append(text[done:])
    return "".join(out)
