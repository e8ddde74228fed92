"""Date an event mention from the temporal expressions that govern it.

Order of preference: an expression in the same clause as the span, else in its sentence, else
the discourse context (the last day-precise date of the preceding sentences; for a news lead, of
the next two), else the publication day, marked ``source="publication"`` so the fallback is never
silent.

Some constructions change the date instead of just supplying it:
- "since May": a start point; the event runs from May to the publication day (so does one told in a
  relative clause before a main clause in the present: "The fighting, which began on September 27, has
  killed hundreds"), and a sentence that takes its date from the context after it shares that range;
  "since then" / "ever since" start at the last date of the sentence before; "since the offensive began" starts
  where another sentence of the article dates the offensive's start ("a day after X launched an offensive"); "since
  last December, when protesters set up camp" dates the when-clause's happening at December;
- "That war ...": the war the sentences before named with its date ("a war in the early 1990s");
- "a day after X": the X event is a day before the time of the main clause (taken from X's own
  date when X has one, else from the discourse context), and the main clause a day after X.
A date that only dates the report ("the ministry said on Wednesday that ...") is used when the
sentence has no other, marked ``source="report"``: the happening is on or before it.
Comparisons ("the worst fighting since 2020") and subordinate "since/after/before" clauses carry
the date of the compared or earlier event, never of the span's own event.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from dateline.model import EventDate, Sentence, TemporalExpression
from dateline.speech import (
    SAYING_VERBS,
    SAYING_VERBS_PAST,
    TOLL_PASSING_VERBS,
    TOLL_REVISING_VERBS_PAST,
    TOLL_RISING_VERBS,
)
from dateline.time.values import value_interval

_CLAUSE_BREAK = re.compile(
    r"[;:,]\s|\s[–—-]\s|\s(?=(?:while|whereas|but|although|though|after|before|since|when|until|because|as|and)\s)",
    re.I,
)
# (also a clause telling what the main clause answers, "struck on Friday in retaliation for the attack that killed
# three soldiers last weekend", and a relative clause of a happening: its date is that happening's)
# (", which": a relative clause telling of something else, "the hospital, which was itself shelled on Friday night")
_SUBORDINATORS = re.compile(r"(?<=,)\s*which\b|\b(?:since|after|before|when|until|in\s+(?:retaliation|response|revenge|reprisal)\s+(?:for|to)|"
                            r"(?:attack|strike|bombing|ambush|raid|assault|shelling|blast|explosion|massacre)s?\s+"
                            r"(?:that|which))\b", re.I)
_COMPARISON = re.compile(
    r"\b(?:worst|deadliest|biggest|largest|heaviest|most\s+\w+|first|highest|lowest|fiercest|\w+est)\b"
    r"[^.;]{0,60}\bsince\s+(?:the\s+|a\s+|an\s+)?$",
    re.I,
)
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:worst|deadliest|biggest|largest|heaviest|most\s+\w+|first|highest|lowest|fiercest|\w+est)\b"
    r"[^.;]{0,60}$",
    re.I,
)
_SINCE_THEN = re.compile(r"\bsince\s+then\b|\bever\s+since\s*(?:[.,;!?]|$)", re.I)
_AFTER_X = re.compile(r"\s*(after|before|later|earlier)\b", re.I)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|and|through|until|till)\s*", re.I)
# "The fighting comes two weeks after a round of talks failed": the main clause only ties the news to X, which is
# what the sentence tells
_COMES_BEFORE = re.compile(r"^\W*(?:\S+\s+){1,6}?(?:comes?|came)\s+(?:just\s+|only\s+|barely\s+|nearly\s+|almost\s+"
                           r"|more\s+than\s+|less\s+than\s+)?$", re.I)
_DEMONSTRATIVE_START = re.compile(r"^\W*(?:this|that|it|which)\b", re.I)
_DURATION_VALUE = re.compile(r"^P(?:T)?(\d+)([YMWDH])$")
# A date attached to a reporting verb dates the report, not the happening it reports:
# "the ministry said on Wednesday that 15 soldiers were killed in Tuesday's fighting".
# Verbs of saying (``dateline.speech``) in the past, "says", and "denied" (a statement with a date, if no figure).
_REPORT_VERB = "(?:" + "|".join(sorted(SAYING_VERBS_PAST | {"says", "denied"}, key=len, reverse=True)) + ")"
# ("said in a statement on Friday": the medium of the saying too)
_REPORT_BEFORE = re.compile(_REPORT_VERB + r"\s+(?:in\s+an?\s+(?:\w+\s+)?(?:statement|report|post|interview|briefing|"
                            r"message|communiqu\w+|video)\s+)?(?:\w+\s+){0,2}?(?:on|late|early)?\s*$", re.I)
_REPORT_AFTER = re.compile(r"^\s*(?:that\b|[,;.:!?\"'”’)]|$)", re.I)
# A date of revising a toll dates that report, not the deaths it counts: "the office on Wednesday lowered the death
# toll from the fighting to 41", "the agency raised the death toll to 50 on Thursday".
_TOLL_REVISED = "(?:" + "|".join(TOLL_REVISING_VERBS_PAST) + r")\s+(?:the|its|their)\s+(?:death\s+)?toll\b"
_TOLL_REVISED_AFTER = re.compile(r"^\s*,?\s*" + _TOLL_REVISED, re.I)
_TOLL_REVISED_BEFORE = re.compile(_TOLL_REVISED + r"[^.;:!?]*?\s(?:on|late|early)?\s*$", re.I)
# ... and the day a toll told as its subject rose to a figure: "the toll from the attack rose to 137 on Sunday, the
# committee said" (the deaths are the attack's, whatever day they were counted)
_TOLL_ROSE_BEFORE = re.compile(r"\b(?:toll|tally)\b[^.;:!?]{0,80}?\b(?:(?:has|have)\s+)?(?:"
                               + "|".join((*TOLL_RISING_VERBS, *TOLL_PASSING_VERBS, "hit")) + r")\s+(?:to\s+)?"
                               r"(?:at\s+least\s+|more\s+than\s+)?"
                               r"\d[\d,.]*(?:\s+\w+){0,2}?\s+(?:on|late\s+on|early\s+on)?\s*$", re.I)


# A date of claiming an attack dates the claim, not the attack: "the group claimed the attack in a statement on
# Wednesday", "claimed responsibility on Thursday for the bombing".
_ATTACK_NOUN = r"(?:attacks?|ambush(?:es)?|bombings?|raids?|assaults?|killings?|strikes?|abductions?|kidnappings?|blasts?)"
_ATTACK_CLAIMED_BEFORE = re.compile(r"\bclaimed\s+(?:responsibility\s+for\s+)?(?:the|this|that|these|its|an?)\s+"
                                    r"(?:[\w'’-]+\s+){0,3}?" + _ATTACK_NOUN + r"\b[^.;:!?]*?\s(?:on|late|early)?\s*$", re.I)
_RESPONSIBILITY_CLAIMED_BEFORE = re.compile(r"\bclaimed\s+responsibility\s+(?:on|late|early)?\s*$", re.I)
_FOR_ATTACK_AFTER = re.compile(r"^\s*(?:,\s*)?for\s+(?:the|this|that|these|its|an?)\s+(?:[\w'’-]+\s+){0,3}?" + _ATTACK_NOUN
                               + r"\b", re.I)


def _interval_date(value: str) -> tuple[str, str] | None:
    """(ISO partial date, precision) of a TIMEX3 value, or None if it is not a calendar date."""
    iv = value_interval(value)
    if iv is None:
        return None
    start, _, precision = iv
    if precision == "day":
        return start.isoformat(), "day"
    if precision == "week":
        return start.isoformat(), "week"
    if precision == "month":
        return start.isoformat()[:7], "month"  # seasons, quarters, halves: their first month
    if precision == "year":
        return f"{start.year:04d}", "year"
    return f"{start.year:04d}", "decade"


def _event_date(t: TemporalExpression, source: str, dct: date, since: bool = False,
                sentence: Sentence | None = None, timexes: list[TemporalExpression] | None = None
                ) -> EventDate | None:
    got = _interval_date(t.value)
    if got is None:
        return None
    value, precision = got
    end = None
    iv = value_interval(t.value)
    if iv and precision == "month" and iv[1].strftime("%Y-%m") != value:
        end = iv[1].strftime("%Y-%m")  # a quarter, half or season spans several months
    # A range: "September 12-13" is tagged as "September 12" and "13"; the second part is the end.
    for u in timexes or ():
        if sentence is None or not (t.end <= u.start <= t.end + 9):
            continue
        if _RANGE_JOIN.fullmatch(sentence.text[t.end - sentence.start:u.start - sentence.start]):
            later = _interval_date(u.value)
            if later and later[1] == precision and later[0] > value:
                end = later[0]
            break
    if since:
        end = dct.isoformat()
    return EventDate(value, end, precision, source, t.text)  # type: ignore[arg-type]


# A wire dateline opening a sentence: a place in capitals ("KHARTOUM, March 14 -", "MEXICO CITY | Fri Apr 24, 2009
# 7:50 pm EDT MEXICO CITY (Reuters) -") or an agency in brackets before the dash ("March 14 (Reuters) -"). Its date is
# when the report was filed; a fact box's day label ("May 7 - ...") is no dateline and keeps dating its item.
_WIRE_DATELINE = re.compile(
    r"^\W{0,3}(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}\s*[,|][^()\n]{0,70}?(?:\([^()\n]{1,30}\)\s*)?"
    r"|[^()\n]{0,90}?\((?:[A-Z][\w.&'’-]*\s*){1,3}\)\s*)(?:-{1,2}|–|—)\s")


def _without_filing_date(candidates: list[TemporalExpression], s: Sentence) -> list[TemporalExpression]:
    """``candidates`` without the date of the sentence's wire dateline when the sentence tells another: "KHARTOUM,
    March 14 (Reuters) - Fighters shelled the town on Thursday" happened on the Thursday."""
    if not candidates or ("-" not in s.text and "–" not in s.text and "—" not in s.text):
        return candidates  # (a dateline ends in one of the dashes: a sentence with none is not matched)
    filed = _WIRE_DATELINE.match(s.text)
    if filed is None or candidates[0].start - s.start >= filed.end():
        return candidates
    own = [t for t in candidates if t.start - s.start >= filed.end()]
    return own or candidates


def _is_calendar(t: TemporalExpression) -> bool:
    return t.type in ("DATE", "TIME") and value_interval(t.value) is not None


def _clause_bounds(text: str, offset: int, pos: int) -> tuple[int, int]:
    """Absolute [start, end) of the clause of ``pos`` in a sentence starting at ``offset``."""
    cuts = _clause_cuts(text)
    rel = pos - offset
    for a, b in zip(cuts, cuts[1:]):
        if a <= rel < b:
            return offset + a, offset + b
    return offset, offset + len(text)


@lru_cache(maxsize=256)
def _clause_cuts(text: str) -> tuple[int, ...]:
    """Where the clauses of a sentence start, and its end: a sentence is dated once for its mention and once for
    each of its claims (memoised: 1,396 asks for 1,000 sentences over a thousand notes)."""
    return (0, *[m.start() + 1 for m in _CLAUSE_BREAK.finditer(text)], len(text))


_SINCE_BEFORE = re.compile(r"\bsince\s*$", re.I)
# "The fighting, which began on September 27, has killed hundreds": the date starts a happening that the
# main clause, in the present, tells as still going on; the main clause covers the days since.
_START_VERBS = r"began|started|erupted|broke\s+out|flared"
_STARTED_BEFORE = re.compile(rf"\b(?:which|that)\s+(?:{_START_VERBS})(?:\s+up)?\s+(?:on\s+|in\s+)?$", re.I)
# What every start point needs before it: a "since" or a verb of starting (``is_start_point``'s quick test)
_START_WORD = re.compile(rf"\bsince\b|\b(?:{_START_VERBS})\b", re.I)
_PRESENT_MAIN_AFTER = re.compile(r"^\s*,?\s*(?:is|are|has|have|remains?|continues?)\b", re.I)


def expression_role(t: TemporalExpression, s: Sentence) -> str:
    """How an expression relates to its sentence: 'comparison', 'since' (start point of the main
    clause), 'subordinate' (date of a since/after/before clause), 'report' (date of a reporting
    verb: "said on Wednesday that ..."), or 'main'."""
    before = s.text[: t.start - s.start]
    # both "since" patterns need the word: an ASCII text without it is not searched (``re.IGNORECASE`` matches
    # "since" only in what ``str.lower`` makes "since", outside ASCII also in other letters: "ſince")
    since = not before.isascii() or "since" in before.lower()
    if since and _COMPARISON.search(before):
        return "comparison"
    after = s.text[t.end - s.start:]
    if _REPORT_AFTER.match(after) and _REPORT_BEFORE.search(before):
        return "report"
    if "toll" in s.text and (_TOLL_REVISED_AFTER.match(after)
                             or (_REPORT_AFTER.match(after) and (_TOLL_REVISED_BEFORE.search(before)
                                                                 or _TOLL_ROSE_BEFORE.search(before)))):
        return "report"
    if "claimed" in before and (_ATTACK_CLAIMED_BEFORE.search(before) or (
            _RESPONSIBILITY_CLAIMED_BEFORE.search(before) and _FOR_ATTACK_AFTER.match(after))):
        return "report"
    if since and _SINCE_BEFORE.search(before):
        return "main" if when_after(t, s) else "since"
    if _PRESENT_MAIN_AFTER.match(s.text[t.end - s.start:]) and _STARTED_BEFORE.search(before):
        return "since"
    if _YEAR_OR_MONTH.fullmatch(t.value) and _in_object_relative(before, after):
        return "subordinate"
    return _clause_role(before, after)


_WHEN_AFTER = re.compile(r"\s*,?\s*when\b", re.I)


def when_after(t: TemporalExpression, s: Sentence) -> bool:
    """Whether a "when" clause follows ``t`` ("since last December, when protesters set up camp"): it tells what
    happened at ``t``, so ``t`` dates that happening, not only the start of what the main clause tells."""
    return _WHEN_AFTER.match(s.text, t.end - s.start) is not None


def is_start_point(t: TemporalExpression, s: Sentence) -> bool:
    """Whether ``t`` starts what its sentence tells ("killed since the fighting began on X"): its role is 'since'.
    Only a "since" or a verb of starting before it can make it one, so most dates are read no further."""
    return _START_WORD.search(s.text, 0, t.start - s.start) is not None and expression_role(t, s) == "since"


def _clause_role(before: str, after: str) -> str:
    """``expression_role`` of an expression between ``before`` and ``after`` that is no comparison, report date or
    start point: 'main', or, inside a subordinate clause, 'subordinate' (a "since" clause: 'since', or 'comparison'
    after a superlative)."""
    # Inside a subordinate clause: a subordinator opens the clause holding the expression. A clause that
    # opens the sentence ("When the shelling began, ...") ends at its comma.
    opener = _last_subordinator(before, len(before))
    if opener is None or re.search(r"[;:]", before[opener.end():]):
        return "main"
    if opener.group(0).strip().lower() == "which" and ("," in before[opener.end():] or "," in after):
        # a relative clause closed before the expression ("Ganja, which lies far from the front, had come under fire a
        # week earlier") or after it, before the main verb ("A truce brokered by X, which was to take effect on Monday,
        # broke down within hours"); one running to the end ("taken to the clinic, which had been shelled on Friday")
        # tells of something else
        return "main"
    if not before[:opener.start()].strip(" \"'“‘(") and "," in before[opener.end():]:
        return "main"
    if opener.group(0).lower() == "since":
        # "the worst clashes since the war ended in 1994" compares; "105 soldiers had been killed
        # since the fighting began on Tuesday" gives the start point.
        return "comparison" if _SUPERLATIVE_BEFORE.search(before[:opener.start()]) else "since"
    return "subordinate"


# A relative clause after a noun, up to an expression ("the truce that held through most of"); not a verb's "that"
# ("said that", "so that")
_RELATIVE_BEFORE = re.compile(r"\b(?P<noun>[a-z][\w'’-]*)\s+(?:that|which)\s+(?P<clause>(?:[\w'’-]+\s+){1,7}?)$")
_NOT_A_NOUN = re.compile(r"\w+ed|so|now|such|given|except|fact|and|but|or|than", re.I)
# What is done at the time of the news: an appeal, a charge, a state in the present ("called for a return
# to the truce that ...", "accuses its rival of breaking the deal that ...", "has restored the border that ...")
# (not a verb of saying: "said gunmen killed the men that ..." tells the killing; only a year or a month: a day dates
# a happening more often than a state of things)
_YEAR_OR_MONTH = re.compile(r"\d{4}(?:-\d{2})?")
_PRESENT_DAY_ACT = re.compile(
    r"\b(?:call(?:s|ed)?\s+(?:for|on)|urg(?:es|ed)|appeal(?:s|ed)|"
    r"demand(?:s|ed)|ask(?:s|ed)|press(?:es|ed)|seeks?|sought|welcom(?:es|ed)|condemn(?:s|ed)|warn(?:s|ed)|"
    r"wants?|propos(?:es|ed)|pledg(?:es|ed)|vow(?:s|ed)|hopes?|accus(?:es|ed)|blam(?:es|ed)|reject(?:s|ed)|"
    r"den(?:ies|ied)|is|are|has|have|remains?)\b", re.I)
# A verb after the expression: the relative clause belongs to the subject, whose predicate follows ("the war that
# ended in 2020 killed 6,500 people")
_VERB_AFTER = re.compile(r"\b(?:\w+ed|is|are|was|were|has|have|had|left|saw|cost|took|made|brought|led|drove|"
                         r"remains?|continues?)\b", re.I)


def _in_object_relative(before: str, after: str) -> bool:
    """Whether an expression lies in a relative clause of a noun after a verb of the present day, the clause running
    to the sentence's end ("called for a return to the truce that held through most of 2022"): the date describes the
    noun, not the news (unlike a clause in the subject, "the war that ended in 2020 killed 6,500")."""
    if "that" not in before and "which" not in before:
        return False
    m = _RELATIVE_BEFORE.search(before)
    if m is None or _NOT_A_NOUN.fullmatch(m.group("noun")) or m.group("noun") in SAYING_VERBS \
            or re.search(r"[,;:]", m.group("clause")):
        return False
    if re.search(r"[,;:]", after.rstrip(" .!?\"'”’)")) or _VERB_AFTER.search(after):
        return False
    return _PRESENT_DAY_ACT.search(before, 0, m.start()) is not None


def _last_subordinator(text: str, end: int) -> re.Match[str] | None:
    """The last subordinator (``_SUBORDINATORS``) of ``text`` before ``end``: where the clause holding ``end`` opens."""
    opener = None
    for m in _SUBORDINATORS.finditer(text, 0, end):
        opener = m
    return opener


def _inside_clause_of(t: TemporalExpression, s: Sentence, pos: int) -> bool:
    """Whether ``pos`` lies in the subordinate clause that ``t`` dates ("in retaliation for the attack that killed
    three soldiers last weekend": the figure is the attack's, dated after it)."""
    opener = _last_subordinator(s.text, t.start - s.start)
    return opener is not None and s.start + opener.end() <= pos and not re.search(
        r"[;:,]", s.text[opener.end():t.start - s.start])


def _sentence_of(pos: int, sentences: list[Sentence]) -> int | None:
    for i, s in enumerate(sentences):
        if s.start <= pos < s.end:
            return i
    previous = [i for i, s in enumerate(sentences) if s.start <= pos]
    return previous[-1] if previous else None


def _context_date(index: int, sentences: list[Sentence], timexes: list[TemporalExpression],
                  dct: date) -> EventDate | None:
    """The day in focus before sentence ``index``: the latest day-precise main-clause date of up to
    five preceding sentences (background years and comparisons do not move the focus). A news lead
    states its event before dating it ("Seven soldiers were killed ... / ... during Tuesday's
    fighting"), so the opening sentences also look ahead, two sentences at most. A start point
    ("since the fighting began on September 27") puts the focus on the days since, up to ``dct``."""
    for j in range(index - 1, max(-1, index - 6), -1):
        got = _day_in(sentences[j], timexes, last=True, dct=dct)
        if got is not None:
            return got
    own = sentences[index] if index < len(sentences) else None
    if index < _LEAD_SENTENCES and not (own is not None and any(
            own.start <= t.start < own.end and _is_calendar(t) for t in timexes)):
        # (a sentence with a date of its own, if only in a clause, "the clashes, which broke out on Wednesday", does
        # not borrow the next sentence's)
        for j in range(index + 1, min(len(sentences), index + 3)):
            if _opens_on_date(sentences[j], timexes):
                break  # "... were wounded. On Monday, hundreds protested": a new scene's day, not the one before's
            got = _day_in(sentences[j], timexes, last=False, dct=dct)
            if got is not None:
                return got
    return None


_LEAD_SENTENCES = 2
# Words a sentence may open with before a date set in front of its clause ("On Monday, ...", "Late on Friday ...")
_FRONTED_BEFORE = re.compile(r"[\s\"'“‘]*(?:(?:late|early|earlier|later|then|and|but|also)\s+)*(?:on|in|at|during|by|"
                             r"from|until|since)?\s*(?:the\s+)?", re.I)


def _opens_on_date(s: Sentence, timexes: list[TemporalExpression]) -> bool:
    """Whether sentence ``s`` opens on a date set in front of its clause ("On Monday, hundreds protested"): it dates
    the happening it opens, a scene of its own (not "Tuesday's ambush", the date of a thing named)."""
    first = next((t for t in timexes if s.start <= t.start < s.end and _is_calendar(t)), None)
    return first is not None and _FRONTED_BEFORE.fullmatch(s.text, 0, first.start - s.start) is not None \
        and not re.match(r"['’]s?\b", s.text[first.end - s.start:])


def _day_in(s: Sentence, timexes: list[TemporalExpression], last: bool, dct: date) -> EventDate | None:
    """The last (or first) day-precise main-clause date of a sentence, as discourse context; a start
    point gives the range from it to ``dct``."""
    inside = _without_filing_date([t for t in timexes if s.start <= t.start < s.end and _is_calendar(t)], s)
    for t in reversed(inside) if last else inside:
        got = _interval_date(t.value)
        if not got or got[1] not in ("day", "week"):
            continue
        role = expression_role(t, s)
        if role == "main":
            return EventDate(got[0], None, got[1], "context", t.text)  # type: ignore[arg-type]
        if role == "since":
            end = dct.isoformat() if dct.isoformat() > got[0] else None
            return EventDate(got[0], end, got[1], "context", t.text)  # type: ignore[arg-type]
    return None


def _shift(value: str, days: int) -> str:
    try:
        return (date.fromisoformat(value) + timedelta(days=days)).isoformat()
    except OverflowError:  # beyond the calendar: keep the anchor day
        return value


def _offset_days(t: TemporalExpression) -> int | None:
    m = _DURATION_VALUE.match(t.value)
    if not m:
        return None
    n, unit = int(m.group(1)), m.group(2)
    return {"D": n, "W": 7 * n}.get(unit) if not t.value.startswith("PT") else None


def date_for_span(
    start: int,
    end: int,
    sentences: list[Sentence],
    timexes: list[TemporalExpression],
    dct: date,
    follow_start: bool = True,
) -> EventDate:
    """Date of the happening reported in ``[start, end)`` (see the module docstring for the rules).
    ``follow_start=False`` does not look for the start of a happening named by "since the offensive began"."""
    index = _sentence_of(start, sentences)
    if index is None:
        return EventDate(dct.isoformat(), None, "day", "publication", None)
    s = sentences[index]
    in_sentence = [t for t in timexes if s.start <= t.start < s.end]
    whole_sentence = start <= s.start + 1 and end >= s.end - 1

    # "N days after X": relative offsets between the main clause and X.
    for t in in_sentence:
        if t.type != "DURATION":
            continue
        days = _offset_days(t)
        after = _AFTER_X.match(s.text, t.end - s.start)
        if days is None or not after:
            continue
        word = after.group(1).lower()
        sign = 1 if word in ("after", "later") else -1
        x_start = s.start + after.end()  # where X begins
        x_dates = [u for u in in_sentence if u.start >= x_start and _is_calendar(u) and expression_role(u, s) != "comparison"]
        span_in_x = start >= x_start and not whole_sentence
        anchor_x = _event_date(x_dates[0], "text", dct) if x_dates else None
        if anchor_x and anchor_x.precision == "day":
            if span_in_x:
                return anchor_x
            return EventDate(_shift(anchor_x.value, sign * days), None, "day", "text", f"{t.text} {word}")
        context = _context_date(index, sentences, timexes, dct)
        main = [u for u in in_sentence if u.end <= t.start and _is_calendar(u)]
        base = _event_date(main[-1], "text", dct) if main else context
        x_is_topic = span_in_x or (whole_sentence and (_DEMONSTRATIVE_START.match(s.text) is not None
                                                       or _COMES_BEFORE.search(s.text, 0, t.start - s.start) is not None))
        if base is None and x_is_topic:
            base = EventDate(dct.isoformat(), None, "day", "publication", None)
        if base is None or base.precision != "day":
            continue
        if x_is_topic:
            # shifted from the publication day by the sentence's own words: a date the text tells
            source = "text" if base.source == "publication" else base.source
            return EventDate(_shift(base.value, -sign * days), None, "day", source, f"{t.text} {word}")
        return base

    candidates = _without_filing_date([t for t in in_sentence if _is_calendar(t)], s)
    spell = _spell_of_violence(in_sentence, s, candidates, dct)
    if spell is not None:
        return spell
    referred = _THAT_PERIOD.match(s.text)
    if referred and not any(expression_role(t, s) == "main" for t in candidates):
        got = _period_named_before(referred.group("noun"), index, sentences, timexes, dct)
        if got is not None:
            return got
    # (a running toll needs its "has" or "have": a sentence with neither is not matched)
    toll = (_RUNNING_TOLL.match(s.text) or _period_toll_risen(s.text)) if follow_start and not candidates \
        and ("has" in s.text or "have" in s.text) else None
    if toll is not None:
        got = _start_told(toll.group("noun").lower(), index, sentences, timexes, dct)
        if got is not None:
            return got
    started = _SINCE_HAPPENING_BEGAN.search(s.text) if follow_start and "since" in s.text.lower() else None
    if started and not any(expression_role(t, s) == "since" for t in candidates):
        got = _start_told(started.group("noun"), index, sentences, timexes, dct)
        if got is not None:
            return got
    floor: EventDate | None = None  # the day of an "after" clause: what the main clause tells came no earlier
    if candidates:
        span_clause = _clause_bounds(s.text, s.start, start)
        scored: list[tuple[int, int, TemporalExpression, str]] = []
        for t in candidates:
            role = expression_role(t, s)
            if role == "comparison":
                continue
            if whole_sentence and role == "subordinate":
                if _when_clause(t, s):
                    # "32 people were killed when militants stormed a restaurant on Friday evening, police said on
                    # Saturday": the "when" clause's day is the main clause's too (after any day of its own)
                    scored.append((1, 0, t, "when"))
                    continue
                if floor is None and _after_clause(t, s):
                    got = _event_date(t, "context", dct)
                    floor = got if got is not None and got.precision == "day" else None
                continue
            if not whole_sentence and role == "subordinate" and not (t.start < end and start < t.end + 200) \
                    and not _inside_clause_of(t, s, start):
                continue
            same_clause = span_clause[0] <= t.start < span_clause[1] and not whole_sentence
            distance = 0 if start <= t.start < end else min(abs(t.start - end), abs(start - t.end))
            scored.append((0 if same_clause else 1, distance, t, role))
        if scored:
            scored.sort(key=lambda x: (x[3] == "report", x[0], x[1] if not whole_sentence else x[2].start))
            if whole_sentence:
                # A whole sentence: prefer a main-clause day over a background year or a start point.
                scored.sort(key=lambda x: (x[3] == "report", x[3] == "when", x[3] == "since", _precision_rank(x[2]),
                                           x[2].start))
            _, _, best, role = scored[0]
            source = "report" if role == "report" else "text"
            got = _event_date(best, source, dct, since=(role == "since"), sentence=s, timexes=in_sentence)
            if got is not None:
                return got
    # "Peace talks have made little progress since then": from the last date the sentence before told, whatever
    # its precision (a year too), up to the news
    if _SINCE_THEN.search(s.text) and index > 0:
        before = sentences[index - 1]
        told = [t for t in timexes if before.start <= t.start < before.end and _is_calendar(t)]
        got = _event_date(told[-1], "context", dct, since=True) if told else None
        if got is not None and got.value < dct.isoformat():
            return got
    context = _context_date(index, sentences, timexes, dct)
    if floor is not None and (context is None or context.precision != "day" or context.value < floor.value):
        # "The army has withdrawn from the town after militiamen took it on Wednesday": not on the Sunday a later
        # sentence tells of
        return floor
    if context is not None:
        return context
    return EventDate(dct.isoformat(), None, "day", "publication", None)


def _when_clause(t: TemporalExpression, s: Sentence) -> bool:
    """Whether ``t`` dates a "when" clause of its sentence ("... were killed when gunmen stormed a hotel on Friday"),
    which tells the main clause's time."""
    opener = _last_subordinator(s.text, t.start - s.start)
    return opener is not None and opener.group(0).lower() == "when" and not re.search(
        r"[;:]", s.text[opener.end():t.start - s.start])


def _after_clause(t: TemporalExpression, s: Sentence) -> bool:
    """Whether ``t`` dates an "after" clause of its sentence ("... after militiamen took the town on Wednesday")."""
    opener = _last_subordinator(s.text, t.start - s.start)
    return opener is not None and opener.group(0).lower() == "after"


# "Two days of drone strikes on the city have killed 58 people": a toll of the days up to the report
_SPELL_OF = re.compile(r"\s+of\s+(?:[\w'’-]+\s+){0,8}?(?:have|has)\s+(?:now\s+)?(?:killed|left|claimed|wounded|injured)\b",
                       re.I)


def _spell_of_violence(in_sentence: list[TemporalExpression], s: Sentence, candidates: list[TemporalExpression],
                       dct: date) -> EventDate | None:
    """The days a sentence opening on a span of days or weeks of violence counts ("Two days of strikes have killed
    58"): the span up to the day the toll is told (a report date the sentence gives, else the publication day)."""
    lead = in_sentence[0] if in_sentence else None
    if lead is None or lead.type != "DURATION" or s.text[:lead.start - s.start].strip(" \"'“‘") \
            or not _SPELL_OF.match(s.text, lead.end - s.start):
        return None
    days = _offset_days(lead)
    if not days or days < 2:
        return None
    reported = [t for t in candidates if expression_role(t, s) == "report"]
    told = _event_date(reported[0], "text", dct) if reported else None
    last = date.fromisoformat(told.value) if told is not None and told.precision == "day" else dct
    return EventDate((last - timedelta(days=days - 1)).isoformat(), last.isoformat(), "day", "text", lead.text)


# "killed since the offensive began": a start point named by its happening, not by a date
_SINCE_HAPPENING_BEGAN = re.compile(
    rf"\bsince\s+(?:the|this|last\s+\w+'s)\s+(?:[a-z]+\s+){{0,2}}?(?P<noun>[a-z]{{3,}})\s+(?:{_START_VERBS})\b", re.I)


# "The war has killed tens of thousands": a running toll of a period the article is about, told with no date of its
# own (a day's fighting or violence is no such period: "the fighting has killed 23" is the day's news)
_PERIOD_NOUN = (r"(?P<noun>war|conflict|uprising|revolution|insurgency|rebellion|crisis|occupation|campaign|siege|"
                r"invasion)")
_PERIOD_SUBJECT = (r"^\W*(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[A-Z][\w'’-]*(?:'s|’s))\s+(?:[\w-]+\s+){0,2}?"
                   + _PERIOD_NOUN + r"\b[^.;]{0,80}?\b")
_TOLL_VERB = r"(?:so\s+far\s+|now\s+|already\s+|since\s+)?(?:killed|left|claimed|displaced|cost|wounded|uprooted|forced)\b"
_RUNNING_TOLL = re.compile(_PERIOD_SUBJECT + r"(?:has|have)\s+" + _TOLL_VERB)
# ... or its toll once it was over: "The war killed 1,200 Lebanese and 158 Israelis"
_TOLL_OF_A_PERIOD = re.compile(_PERIOD_SUBJECT + r"(?:(?:has|have)\s+)?" + _TOLL_VERB)
# ... or its toll as the subject, risen to a figure: "The death toll of the two-year war has risen to 20,000", "The
# conflict's toll now stands at 9,000" (a period's toll still; an attack's risen toll is that attack's news)
_TOLL_RISEN = (r"[^.;]{0,80}?\b(?:(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:"
               + "|".join((*TOLL_RISING_VERBS, *TOLL_PASSING_VERBS, "hit")) + r")|(?:now\s+)?(?:stands|stood)\s+at|"
               r"(?:is|was)\s+now)\b")
_TOLL_NOUN = r"(?:death\s+|casualty\s+|overall\s+|total\s+|official\s+)*(?:toll|tally)"
_PERIOD_TOLL_RISEN = (
    re.compile(r"^\W*(?:[Tt]he|[Ii]ts|[Tt]heir)\s+" + _TOLL_NOUN + r"\s+(?:of|from|in)\s+(?:the|this|that|its|their|"
               r"[A-Z][\w'’-]*(?:'s|’s))\s+(?:[\w-]+\s+){0,3}?" + _PERIOD_NOUN + r"\b" + _TOLL_RISEN),
    re.compile(r"^\W*(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,3}?" + _PERIOD_NOUN + r"(?:'s|’s)\s+"
               + _TOLL_NOUN + r"\b" + _TOLL_RISEN),
)


def _period_toll_risen(text: str) -> re.Match[str] | None:
    """A period's running toll told as its toll risen to a figure (``_PERIOD_TOLL_RISEN``), or None."""
    if "toll" not in text and "tally" not in text:
        return None
    return next((m for m in (p.match(text) for p in _PERIOD_TOLL_RISEN) if m is not None), None)


# Who tells a period's toll, before it ("The health ministry said the war's toll has risen to 35,000")
_TOLD_BY_LEAD = re.compile(r"^\W*(?:[\w'’.-]+,?\s+){1,6}?(?:said|says|reported|reports|announced|estimated|estimates)\s+"
                           r"(?:that\s+)?(?=(?:the|its|their)\s)", re.I)
# A toll counted from the start of a period the article does not date ("Its toll has risen to 12,000 since the war
# began", "... since the start of the conflict")
_SINCE_PERIOD_BEGAN = re.compile(
    r"\bsince\s+(?:(?:the|this|its|their)\s+(?:[\w-]+\s+){0,2}?" + _PERIOD_NOUN + r"\s+(?:" + _START_VERBS + r")|"
    r"the\s+(?:start|beginning|outbreak|onset)\s+of\s+(?:the|this|its|their)\s+(?:[\w-]+\s+){0,2}?"
    + _PERIOD_NOUN.replace("?P<noun>", "?:") + r")\b", re.I)
_TOLL_TOLD = re.compile(r"\b(?:toll|tally|killed|dead|deaths|displaced|wounded|injured|lives)\b", re.I)


# "..., a conflict that has killed more than 7,000 people", "the insurgency, which has left 40,000 dead": a period's
# running toll told in a relative clause of its noun, anywhere in the sentence
# (the words that may qualify the count: "more than", "at least", "an estimated")
_COUNT_QUALIFIER = (r"(?:more|fewer)\s+than\s+|at\s+least\s+|over\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+|"
                    r"an\s+estimated\s+")
_PERIOD_CLAUSE_TOLL = re.compile(r"\b" + _PERIOD_NOUN + r"\s*,?\s+(?:that|which)\s+(?:has|have)\s+"
                                 r"(?:so\s+far\s+|now\s+|already\s+)?(?:killed|left|claimed|cost|displaced|uprooted)"
                                 r"(?:\s+the\s+lives\s+of)?\s+(?:" + _COUNT_QUALIFIER + r")?$", re.I)


# "after weeks of protests in which about 300 people were killed", "a war in which more than 40,000 died": a span of
# days or a period whose dead a relative clause counts
_SPAN_CLAUSE_TOLL = re.compile(
    r"\b(?:(?:days|weeks|months|years)\s+of\s+(?:[\w-]+\s+){0,2}?(?:protests?|demonstrations?|unrest|fighting|clashes|"
    r"violence|riots?|rioting|bombardments?|shelling|strikes|war|conflict)|" + _PERIOD_NOUN.replace("?P<noun>", "?:")
    + r")\s*,?\s+(?:in|during)\s+which\s+(?:" + _COUNT_QUALIFIER + r"|up\s+to\s+)?$", re.I)


def period_clause_toll(text: str, start: int) -> bool:
    """Whether the count at ``start`` of ``text`` is a period's running toll told in a relative clause of the period
    ("police blamed insurgents, in a conflict that has killed more than 7,000 people"): background to the news, never
    the toll of the sentence's own happening."""
    return _PERIOD_CLAUSE_TOLL.search(text, max(0, start - 90), start) is not None \
        or _SPAN_CLAUSE_TOLL.search(text, max(0, start - 90), start) is not None


def running_toll(s: Sentence, timexes: list[TemporalExpression]) -> bool:
    """Whether ``s`` tells the toll of a period with no date of its own ("The war has killed tens of thousands,
    the UN says", "The war killed 1,200", "the death toll of the two-year war has risen to 20,000", "Its toll has
    risen to 12,000 since the war began"): the figure is no happening of the day it is reported; ``date_for_span``
    dates a running toll from the period's start where the article tells it."""
    lead = _TOLD_BY_LEAD.match(s.text)
    told = s.text[lead.end():] if lead else s.text
    period = _TOLL_OF_A_PERIOD.match(told) is not None or _period_toll_risen(told) is not None or (
        "since" in told and _SINCE_PERIOD_BEGAN.search(told) is not None and _TOLL_TOLD.search(told) is not None)
    return period and not any(s.start <= t.start < s.end and _is_calendar(t) for t in timexes)


# "That war killed an estimated 30,000 people ... before a ceasefire in 1994": the war the sentence before dated
_THAT_PERIOD = re.compile(r"^\W*that\s+(?:same\s+)?(?P<noun>war|conflict|uprising|revolution|insurgency|crisis|"
                          r"offensive|campaign|siege|occupation|invasion|famine|genocide)\b", re.I)


def _period_named_before(noun: str, index: int, sentences: list[Sentence], timexes: list[TemporalExpression],
                         dct: date) -> EventDate | None:
    """The date of the last ``noun`` up to three sentences before ``index`` names with its date ("a war in the
    early 1990s", "the 2020 war"), or None."""
    before_date = re.compile(rf"\b{noun}s?\s+(?:in|of|during|from)\s+(?:the\s+)?$", re.I)
    after_date = re.compile(rf"\s*{noun}\b", re.I)
    for j in range(index - 1, max(-1, index - 4), -1):
        other = sentences[j]
        inside = [t for t in timexes if other.start <= t.start < other.end and _is_calendar(t)]
        for t in reversed(inside):
            if before_date.search(other.text, 0, t.start - other.start) or after_date.match(other.text, t.end - other.start):
                return _event_date(t, "text", dct)
    return None


def _start_told(noun: str, index: int, sentences: list[Sentence], timexes: list[TemporalExpression],
                dct: date) -> EventDate | None:
    """The range from the day another sentence of the article dates the start of ``noun``'s happening ("a day after
    Azerbaijan launched a military offensive", "the offensive began on Tuesday") to ``dct``; the nearest sentence
    before first, then the ones after. None when no sentence dates it by its own words."""
    told = re.compile(
        rf"\b(?:launch(?:ed|es)?|beg[au]n|start(?:ed|s)?|open(?:ed|s)?|mount(?:ed|s)?)\s+(?:[\w\"“”'-]+\s+){{0,4}}?{noun}s?\b"
        rf"|\b{noun}s?\s+(?:(?:which|that)\s+)?(?:{_START_VERBS})\b", re.I)
    for j in [*range(index - 1, -1, -1), *range(index + 1, len(sentences))]:
        found = told.search(sentences[j].text)
        if found is None:
            continue
        at = sentences[j].start + found.start()
        got = date_for_span(at, sentences[j].start + found.end(), sentences, timexes, dct, follow_start=False)
        if got.source == "text" and got.value <= dct.isoformat():
            end = dct.isoformat() if got.value < dct.isoformat()[:len(got.value)] else None
            return EventDate(got.value, end, got.precision, "text", found.group(0))
    return None


def _precision_rank(t: TemporalExpression) -> int:
    got = _interval_date(t.value)
    return {"day": 0, "week": 1, "month": 2, "year": 3, "decade": 4}.get(got[1] if got else "", 5)
