"""Find temporal expressions with compiled regular-expression rules and normalise them to TIMEX3.

How it works: every rule is a regex plus a function that turns its match into (type, value, mod).
One pass over the words finds where each rule could match (its trigger words), and each rule's regex
runs only in windows around those places; overlapping candidates are settled longest-first (ties:
earlier rule); then the kept matches are normalised left to right, so anaphoric expressions ("that day", "a year
earlier", "the quarter") see the dates mentioned before them. News mode anchors deictic expressions
("yesterday", "last year", a bare "Tuesday") on the document creation time (DCT) and the tense cues
of their clause; narrative mode anchors them on the last absolute date mentioned.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from dateline.model import TemporalExpression
from dateline.time import lexicon as lx
from dateline.time.values import (
    add_months,
    add_years_to_value,
    month_value,
    shift_day,
    value_interval,
    week_value,
)

Result = tuple[str, str, str | None]  # type, value, mod

# ---------------------------------------------------------------------------------------------
# Regex building blocks (rules are compiled case-insensitively; month names are checked for a
# capital letter in code, so "may" and "march" as ordinary words are not dates).

_MONTH_ALT = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?"
)
_WEEKDAY_ALT = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_POD_ALT = r"morning|afternoon|evening|night|overnight|midday|daytime|dawn|dusk"
_SEASON_ALT = r"spring|summer|autumn|fall|winter"
_UNIT_ALT = (r"seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?"
             r"|century|centuries|millenni(?:um|a)")
_NUM = r"(?:(?:\d+|" + lx.NUMBER_WORD_RE + r"|a|an|one)\s+and\s+a\s+half|\d+\s+[13]/[24]|\d+(?:\.\d+)?|" + lx.NUMBER_WORD_RE + r"|a|an|one)"
_VAGUE = r"(?:several|a\s+few|few|some|many|a\s+couple\s+of|couple\s+of|a\s+number\s+of|numerous|dozens\s+of)"
_APPROX = (r"(?:(?:about|around|approximately|roughly|some|nearly|almost|close\s+to|more\s+than|over|"
           r"less\s+than|under|fewer\s+than|at\s+least|at\s+most|no\s+more\s+than|up\s+to|just|"
           r"only|barely|well\s+over|well\s+under|upwards\s+of)(?!\s+the\b))")
_YEAR = r"(?:1[0-9]\d\d|20\d\d)"
_DAYNUM = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_EDGE = (r"(?:early|late|mid|mid-|middle\s+of|the\s+middle\s+of|the\s+end\s+of|the\s+start\s+of|"
         r"the\s+beginning\s+of|end\s+of|start\s+of|beginning\s+of|the\s+first\s+half\s+of|"
         r"the\s+second\s+half\s+of|the\s+first\s+part\s+of|the\s+latter\s+part\s+of|the\s+close\s+of)")
_B = r"(?<![\w$£€./])"  # left boundary: not inside a word, number or amount ("1915-17" is fine)
_E = r"(?![\w%]|-[A-Za-z]|\.\d|/\d|,\d{3})"  # right boundary


def _g(name: str, alt: str) -> str:
    return f"(?P<{name}>{alt})"


def _edge_mod(text: str | None) -> str | None:
    """TIMEX3 mod of an edge word ("early 1998" -> START)."""
    if not text:
        return None
    t = text.lower()
    if "early" in t or "start" in t or "beginning" in t or "first" in t:
        return "START"
    if "late" in t or "end" in t or "close" in t or "latter" in t or "second half" in t:
        return "END"
    if "mid" in t:
        return "MID"
    return None


def _month_number(word: str) -> int | None:
    """Month of a month name, only when capitalised (so "may"/"march" as words are not months)."""
    if not word or not word[0].isupper():
        return None
    return lx.MONTHS.get(word.rstrip(".").lower())


def _day_number(word: str) -> int:
    return int(re.sub(r"\D", "", word))


def _parse_year(word: str) -> int:
    w = word.strip().lstrip("'’")
    if len(w) == 2:
        n = int(w)
        return 1900 + n if n >= 30 else 2000 + n
    return int(w)


# ---------------------------------------------------------------------------------------------
# Document context: the anchors, tense cues and what was mentioned last.


@dataclass(slots=True)
class Context:
    text: str
    dct: date
    narrative: bool
    last_day: date | None = None  # last explicit or resolved day mentioned
    last_value: str | None = None  # last DATE value with a calendar interval
    last_year: int | None = None
    last_day_end: int = -1  # where the last day-precise expression ended
    year_mentioned: tuple[int, int] | None = None  # (end offset, year) of the last year-only expression
    keep_focus: bool = False
    cues: dict[tuple[int, int], list[tuple[int, int, str, int]]] = field(default_factory=dict)  # tense cache
    span: tuple[int, int] | None = None  # set by a handler whose expression is narrower than its match
    extra: list[tuple[int, int, str, str]] = field(default_factory=list)  # further expressions of one match  # set by handlers whose result must not become the new focus

    @property
    def ref(self) -> date:
        """The point deictic expressions count from: the DCT (news) or the narrative time."""
        if self.narrative and self.last_day is not None:
            return self.last_day
        return self.dct

    @property
    def ref_year(self) -> int:
        if self.narrative and self.last_year is not None:
            return self.last_year
        return self.dct.year


_FUTURE_CUE = re.compile(
    r"\b(?:will|won't|'ll|shall|going\s+to|plans?\s+to|planned\s+to|planning\s+to|intends?\s+to|expects?\s+to|expected\s+to|"
    r"scheduled|is\s+due|are\s+due|due\s+to|to\s+be\s+held|would|upcoming|set\s+to|hopes?\s+to|aims?\s+to|"
    r"next|by\s+then|tomorrow|likely\s+to|is\s+to|are\s+to|as\s+soon\s+as|as\s+early\s+as|supposed\s+to|"
    r"payable|expires?|effective|wants?\s+to|seeks?\s+to|promised\s+to|vowed\s+to|threatened\s+to)\b",
    re.I,
)
_PAST_CUE = re.compile(
    r"\b(?:was|were|had|did|ago|last|earlier|began|came|took|met|went|saw|fought|"
    r"broke|fell|rose|won|lost|gave|made|left|died|killed|since|ended|been|brought|bought|sold|held|paid|spent|"
    r"sent|struck|shot|led|fled|built|caught|chose|drove|found|flew|got|grew|heard|hid|kept|knew|laid|ran|"
    r"sought|shook|stood|stole|swept|taught|thought|threw|wrote|became|felt|spoke|tore|withdrew|overran|"
    r"(?!(?:succeed|proceed|exceed|need|indeed|hundred|united|limited|based|expected|scheduled|planned|"
    r"related|interested|concerned|red|bed|feed|speed|seed|shed)\b)\w{3,}ed)\b",
    re.I,
)
_AUXILIARY = re.compile(
    r"\b(will|would|shall|'ll|may|might|can|could|should|must|to|is|are|am|be|being|get|gets)"
    r"(?:\s+not)?(?:\s+(?:be|have\s+been|been))?\s+(?:\w+ly\s+)?$",
    re.I,
)
_ADJECTIVE_CONTEXT = re.compile(
    r"(?:\b(?:a|an|the|its|their|his|her|our|this|that|these|those|still|newly|recently|long)|[$\d][\d.,]*)\s+$",
    re.I,
)
_FUTURE_AUX = {"will", "shall", "'ll", "would", "should", "to"}
_AFTER_PENALTY = 30
_REPORT_CUE = re.compile(r"\b(?:said|says|told|reported|announced|added|stated|declared)\b", re.I)
_SENTENCE_END = re.compile(
    r"(?<!\b[A-Za-z])(?<!\b[ap]\.m)(?<!\bMrs)(?<!\b(?:Mr|Dr|St|Lt|No|vs|Co|Jr|Sr))(?<!\b(?:Gen|Sen|Rep|Gov|Col|Inc|Ltd|Maj|Sgt))"
    r"[.!?][\"'”’]*\s+(?=[A-Z\"“`(])|[;\n]"
)


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Approximate sentence (or clause) around [start, end)."""
    window_start = max(0, start - 300)
    left = window_start
    for m in _SENTENCE_END.finditer(text, window_start, start):
        left = m.end()
    right_match = _SENTENCE_END.search(text, end, min(len(text), end + 300))
    right = right_match.start() if right_match else min(len(text), end + 300)
    return left, right


def _tense(ctx: Context, start: int, end: int) -> str | None:
    """'future' or 'past' from the nearest tense cue in the expression's sentence, else None.

    Reporting verbs ("said") only count right next to the expression: "said Friday" dates the saying,
    while a distant "said" says nothing about the tense of the reported event.
    """
    bounds = _sentence_bounds(ctx.text, start, end)
    cues = ctx.cues.get(bounds)
    if cues is None:
        cues = ctx.cues[bounds] = _sentence_cues(ctx.text, *bounds)
    best: tuple[int, str] | None = None
    for cue_start, cue_end, label, reach in cues:
        if start <= cue_start < end:
            continue
        distance = start - cue_end if cue_end <= start else cue_start - end
        if distance > reach:
            continue
        # Cues after the expression count a little less than those before it.
        distance = distance if cue_end <= start else distance + _AFTER_PENALTY
        if best is None or distance < best[0]:
            best = (distance, label)
    return best[1] if best and best[1] != "present" else None


def _sentence_cues(text: str, left: int, right: int) -> list[tuple[int, int, str, int]]:
    """Tense cues of a sentence: (start, end, 'past'|'future', how far they reach)."""
    cues: list[tuple[int, int, str, int]] = []
    for m in _FUTURE_CUE.finditer(text, left, right):
        cues.append((m.start(), m.end(), "future", 400))
    for m in _REPORT_CUE.finditer(text, left, right):
        cues.append((m.start(), m.end(), "past", 15))
    for m in _PAST_CUE.finditer(text, left, right):
        if m.group().lower().startswith("un"):
            continue  # "unspecified", "unexpected": adjectives
        if _ADJECTIVE_CONTEXT.search(text, max(left, m.start() - 20), m.start()):
            continue  # "a still unspecified date", "the preferred stock": -ed adjectives
        verb_group = _AUXILIARY.search(text, max(left, m.start() - 24), m.start())
        if verb_group is None:
            cues.append((m.start(), m.end(), "past", 400))
        elif verb_group.group(1).lower() in _FUTURE_AUX:
            # "will be held", "to be signed": a participle after a future auxiliary
            cues.append((verb_group.start(1), m.end(), "future", 400))
        else:
            # "is heard", "could be located": a present or modal verb group, which says nothing about
            # past or future but is closer to the expression than the verbs of other clauses
            cues.append((verb_group.start(1), m.end(), "present", 400))
    return cues


# ---------------------------------------------------------------------------------------------
# Resolution helpers


def _weekday_date(ctx: Context, weekday: int, start: int, end: int, relation: str | None,
                  anaphoric: bool = False) -> date:
    ref = (ctx.last_day or ctx.ref) if anaphoric else ctx.ref
    if relation in ("last", "past", "previous"):
        delta = (ref.weekday() - weekday) % 7 or 7
        return ref - timedelta(days=delta)
    if relation in ("next", "coming", "following"):
        delta = (weekday - ref.weekday()) % 7 or 7
        return ref + timedelta(days=delta)
    if ctx.narrative and ctx.last_day is not None:
        return ref + timedelta(days=(weekday - ref.weekday()) % 7)
    tense = _tense(ctx, start, end)
    if tense == "future" or (relation == "this" and tense != "past"):
        return ref + timedelta(days=(weekday - ref.weekday()) % 7)
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


_DEADLINE_BEFORE = re.compile(r"\b(?:[Bb]y|[Uu]ntil|[Tt]ill|no later than)\s+(?:the\s+)?\Z")
_PLUPERFECT = re.compile(r"\b(?:had|'d)\b", re.I)


def _year_for_month_day(ctx: Context, month: int, day: int | None, start: int, end: int) -> int:
    """The year of "March 5" or "March": the DCT year, moved by tense when that lands on the wrong side."""
    if ctx.narrative and ctx.last_year is not None:
        return ctx.last_year
    if ctx.year_mentioned is not None:
        # "last year's war ... a deal in November": a bare month takes the year said earlier in its sentence.
        left, _ = _sentence_bounds(ctx.text, start, end)
        if ctx.year_mentioned[0] >= left:
            return ctx.year_mentioned[1]
    ref = ctx.ref
    tense = _tense(ctx, start, end)
    y = ref.year
    try:
        here = date(y, month, day or 1)
    except ValueError:
        return y
    if day is None:  # compare whole months; news mostly reports the past
        diff = month - ref.month
        if tense == "past":
            return y - 1 if diff > 1 else y
        if tense == "future":
            return y + 1 if diff < -1 else y
        return y - 1 if diff > 3 else (y + 1 if diff < -9 else y)
    gap = (here - ref).days
    if gap < -120 and _DEADLINE_BEFORE.search(ctx.text, max(0, start - 16), start) \
            and not _PLUPERFECT.search(ctx.text, *_sentence_bounds(ctx.text, start, end)):
        # "dissolving all institutions by January 1" in a September article: a deadline still to come,
        # not one eight months gone (which the text would tell in the pluperfect: "by March it had ...")
        return y + 1
    if tense == "past":
        return y - 1 if gap > 30 else y
    if tense == "future":
        return y + 1 if gap < -30 else y
    return y - 1 if gap > 120 else (y + 1 if gap < -240 else y)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _unit_value(n: float | None, unit: str) -> str:
    """Duration value for ``n`` units ("P3D", "PT2H", "PXY" when n is unknown)."""
    code = lx.UNITS.get(unit.lower(), "")
    if code == "2W":
        code, n = "W", (n * 2 if n is not None else None)
    if n is None:
        number = "X"
    elif isinstance(n, float) and not n.is_integer():
        return _fraction_duration(n, code)
    else:
        number = str(int(n))
    if code in ("S", "H"):
        return f"PT{number}{code}"
    if code == "TM":
        return f"PT{number}M"
    if code == "DE":
        return "PXDE" if number == "X" else f"P{int(number) * 10}Y"
    if code == "CE":
        return "PXC" if number == "X" else f"P{int(number) * 100}Y"
    if code == "ML":
        return "PXML" if number == "X" else f"P{int(number) * 1000}Y"
    return f"P{number}{code}"


def _fraction_duration(n: float, code: str) -> str:
    """ "two and a half years" -> P2Y6M, "a minute and a half" -> PT1M30S."""
    smaller = {"Y": ("M", 12), "M": ("D", 30), "D": ("H", 24), "H": ("M", 60), "W": ("D", 7)}
    whole = int(n)
    if code == "TM":
        seconds = round((n - whole) * 60)
        return f"PT{whole}M{seconds}S" if whole else f"PT{seconds}S"
    if code in smaller:
        sub, factor = smaller[code]
        rest = round((n - whole) * factor)
        time_part = code in ("H",) or (code == "D" and sub == "H")
        if code == "H":
            return f"PT{whole}H{rest}M" if whole else f"PT{rest}M"
        if time_part:
            return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
        return f"P{whole}{code}{rest}{sub}" if whole else f"P{rest}{sub}"
    return f"P{whole}{code}"


def _shift_unit(ref: date, unit: str, n: int) -> str:
    """The calendar unit ``n`` units from ``ref`` (negative: back), at the unit's granularity."""
    code = lx.UNITS.get(unit.lower(), "D")
    if code == "D":
        return shift_day(ref, n).isoformat()
    if code in ("W", "2W"):
        return week_value(shift_day(ref, 7 * n * (2 if code == "2W" else 1)))
    if code == "M":
        y, m = add_months(ref.year, ref.month, n)
        return month_value(y, m)
    if code == "Q":
        y, m = add_months(ref.year, ref.month, 3 * n)
        return f"{y:04d}-Q{(m - 1) // 3 + 1}"
    if code == "Y":
        return f"{ref.year + n:04d}"
    if code == "DE":
        return f"{(ref.year + 10 * n) // 10:03d}"
    if code == "CE":
        return f"{(ref.year + 100 * n) // 100:02d}"
    if code in ("H", "TM", "S"):
        return ref.isoformat()
    return f"{ref.year + n:04d}"


def _current_unit(ref: date, unit: str) -> str:
    return _shift_unit(ref, unit, 0)


# ---------------------------------------------------------------------------------------------
# Rules: (pattern, handler). Handlers get the match and the context and return Result or None.

Handler = Callable[[re.Match[str], Context], Result | None]
_RULES: list[tuple[re.Pattern[str], Handler]] = []


def rule(pattern: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        _RULES.append((re.compile(pattern, re.I), fn))
        return fn

    return register


_POD_TAIL = r"(?:\s+(?P<pod>" + _POD_ALT + r"))?"


_POD_OF = (r"(?:(?:early|late)\s+(?:in\s+|on\s+)?)?the\s+(?:early\s+|late\s+)?(?P<pod0>morning|afternoon|evening|night)"
           r"(?:\s+hours)?\s+of\s+")


@rule(_B + r"(?:" + _POD_OF + r")?(?:(?P<wd>" + _WEEKDAY_ALT + r")(?:,\s*|\s+))?(?:(?P<day0>[0-3]?\d)\s*(?:-|–|to|and)\s*)?"
      r"(?:the\s+)?" + _g("day", _DAYNUM) + r"(?:\s+of)?\s+"
      + _g("mon", _MONTH_ALT) + r"(?:,?\s+" + _g("year", _YEAR) + r")?" + _E)
@rule(_B + r"(?:" + _POD_OF + r")?(?:(?P<wd>" + _WEEKDAY_ALT + r")(?:,\s*|\s+))?" + _g("mon", _MONTH_ALT) + r"\s+"
      + _g("day", _DAYNUM) + r"(?:\s*(?:-|–|to|and)\s*" + _g("day2", r"[0-3]?\d") + r")?"
      + r"(?:(?:,\s*|\s+)" + _g("year", _YEAR) + r")?" + _POD_TAIL + _E)
def _month_day(m: re.Match[str], ctx: Context) -> Result | None:
    month = _month_number(m.group("mon"))
    if month is None:
        return None
    day = _day_number(m.group("day"))
    if not 1 <= day <= 31:
        return None
    if m.group("year"):
        year = int(m.group("year"))
    else:
        year = _year_for_month_day(ctx, month, day, m.start(), m.end())
    d = _safe_date(year, month, day)
    if d is None:
        return None
    pod = m.groupdict().get("pod")
    expr_start = m.start()
    if m.groupdict().get("pod0"):
        if not ctx.narrative:
            # TimeML news annotation keeps "Oct. 23" alone in "the night of Oct. 23"; TIMEX2 histories
            # take the whole phrase.
            expr_start = min(m.start(g) for g in ("wd", "day0", "day", "mon") if m.groupdict().get(g))
            ctx.span = (expr_start, m.end())
        else:
            pod = m.group("pod0")
    day0 = m.groupdict().get("day0")
    if day0:
        # "19-20 October": the first day takes the month (and year) of the second.
        first = _safe_date(year, month, int(day0))
        if first is not None and first < d:
            ctx.span = (m.start("day"), m.end())
            ctx.extra = [(m.start("day0"), m.end("day0"), "DATE", first.isoformat())]
    day2 = m.groupdict().get("day2")
    if day2:
        # "April 24 and 25", "September 12-13": two expressions, as TimeML annotates them.
        second = _safe_date(year, month, int(day2))
        if second is not None and second > d:
            ctx.span = (expr_start, m.end("day"))
            ctx.extra = [(m.start("day2"), m.end(), "DATE", second.isoformat())]
            return "DATE", d.isoformat(), None
    if pod:
        return "TIME", d.isoformat() + "T" + lx.PARTS_OF_DAY[pod.lower()], None
    return "DATE", d.isoformat(), None


@rule(_B + r"(?:(?P<edge>" + _EDGE + r")[\s-]*)?" + _g("mon", _MONTH_ALT) + r"(?:,?\s+(?:of\s+)?"
      + _g("year", _YEAR) + r"|\s+(?:of\s+)?(?P<rel>last|this|next)\s+year)?" + _E)
def _month(m: re.Match[str], ctx: Context) -> Result | None:
    word = m.group("mon")
    month = _month_number(word)
    if month is None:
        return None
    if word.rstrip(".").lower() in ("mar", "jun", "jul", "sep", "dec", "jan", "feb", "apr", "aug", "oct", "nov",
                                    "sept") and not word.endswith(".") and not m.group("year"):
        return None  # a bare abbreviation without a year is too ambiguous ("Mar", "Dec")
    if word == "May" and not m.group("year") and not m.group("edge") and not m.group("rel"):
        before = ctx.text[max(0, m.start() - 12):m.start()].lower()
        if not re.search(r"\b(?:in|since|until|till|of|by|during|early|late|from|to|through|last|next|this|"
                         r"before|after|between|and|or)\s*$", before):
            return None
    if word == "March" and not (m.group("year") or m.group("edge") or m.group("rel")) and re.match(
            r"\s+(?:for|of|on|to|against|through)\b", ctx.text[m.end():m.end() + 10]) and re.search(
            r"\b(?:the|a|an|annual|this|that|their|his|her|its)\W*$", ctx.text[max(0, m.start() - 12):m.start()], re.I):
        return None  # "the March for Life": the noun
    if m.group("year"):
        year = int(m.group("year"))
    elif m.group("rel"):
        year = ctx.ref_year + {"last": -1, "this": 0, "next": 1}[m.group("rel").lower()]
    else:
        year = _year_for_month_day(ctx, month, None, m.start(), m.end())
    return "DATE", month_value(year, month), _edge_mod(m.group("edge"))


@rule(_B + r"(?P<rel>last|this|next|this\s+past|this\s+coming|the\s+previous|the\s+following)\s+"
      + _g("mon", _MONTH_ALT) + r"(?!\s*\d)" + _E)
def _month_relative(m: re.Match[str], ctx: Context) -> Result | None:
    month = _month_number(m.group("mon"))
    if month is None:
        return None
    rel = m.group("rel").lower()
    ref = ctx.ref
    if "last" in rel or "past" in rel or "previous" in rel:
        year = ref.year if month < ref.month else ref.year - 1
    elif "next" in rel or "coming" in rel or "following" in rel:
        year = ref.year if month > ref.month else ref.year + 1
    else:
        year = ref.year
    return "DATE", month_value(year, month), None


@rule(_B + r"(?:(?P<edge>" + _EDGE + r")\s*)?(?:(?P<fiscal>fiscal|calendar|fiscal\s+year|the\s+year|model\s+year)\s+)?"
      + _g("year", _YEAR) + _E)
def _year(m: re.Match[str], ctx: Context) -> Result | None:
    year = int(m.group("year"))
    text = ctx.text
    after = text[m.end():m.end() + 12]
    before = text[max(0, m.start() - 12):m.start()]
    if re.match(r"\s*(?:%|percent|per\s+cent|people|troops|soldiers|men|women|children|years|ships|aircraft|"
                r"tanks|guns|prisoners|casualties|dead|killed|wounded|miles|[a-z]*(?:meters|metres|feet|miles|km)\b|"
                r"hours|GMT|UTC|local|tons|tonnes|barrels|dollars|shares|votes|points|votes)", after, re.I):
        return None
    if re.search(r"(?:[$£€#]|No\.|number|Flight|Route|Room|Resolution|at|page|p\.)\s*$", before, re.I):
        return None
    # Older years need a temporal preposition (or a history text): "in 1774", not "1500 men".
    if not m.group("edge") and not m.group("fiscal") and not 1800 <= year <= 2100 and not (
            1000 <= year < 1800 and (ctx.narrative or re.search(
                r"\b(?:in|of|since|by|until|till|from|during|before|after|between|and|to|around|circa|c\.)\s*$",
                before, re.I))):
        return None
    return "DATE", f"{year:04d}", _edge_mod(m.group("edge"))


@rule(_B + r"(?:the\s+)?(?:(?P<edge>early|late|mid-?|the\s+early|the\s+late|the\s+mid-?)\s*)?(?:the\s+)?"
      r"(?P<dec>1[0-9]\d0|20\d0|'\d0|’\d0)'?s" + _E)
def _decade(m: re.Match[str], ctx: Context) -> Result:
    dec = m.group("dec").lstrip("'’")
    year = _parse_year(dec) if len(dec) == 2 else int(dec)
    return "DATE", f"{year // 10:03d}", _edge_mod(m.group("edge"))


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


@rule(_B + r"the\s+(?:(?P<edge>early|late|mid-?)\s*)?(?P<dec>twenties|thirties|forties|fifties|sixties|seventies|"
      r"eighties|nineties)" + _E)
def _decade_words(m: re.Match[str], ctx: Context) -> Result:
    n = _DECADE_WORDS[m.group("dec").lower()]
    century = 19 if ctx.dct.year < 2030 + 10 * n - 100 or n > 2 else 20
    return "DATE", f"{century}{n}", _edge_mod(m.group("edge"))


@rule(_B + r"(?:the\s+)?(?:(?P<edge>early|late|mid-?)\s*)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|"
      r"fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|"
      r"seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[\s-]+century" + _E)
def _century(m: re.Match[str], ctx: Context) -> Result | None:
    word = m.group("ord").lower()
    n = lx.ORDINALS.get(word) or (int(re.sub(r"\D", "", word)) if word[0].isdigit() else None)
    if not n:
        return None
    return "DATE", f"{n - 1:02d}", _edge_mod(m.group("edge"))


@rule(_B + r"(?:the\s+year\s+)?(?P<words>(?:nineteen|eighteen)[\s-]+(?:" + lx.NUMBER_WORD_RE + r")|two\s+thousand"
      r"(?:\s+and)?(?:\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
      r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?)" + _E)
def _year_words(m: re.Match[str], ctx: Context) -> Result | None:
    year = lx.year_words_value(m.group("words"))
    return ("DATE", f"{year:04d}", None) if year else None


@rule(_B + r"(?P<n>\d{1,4})\s*(?P<era>BC|B\.C\.|BCE|AD|A\.D\.|CE)(?![\w])")
def _era_year(m: re.Match[str], ctx: Context) -> Result:
    n = int(m.group("n"))
    if m.group("era").upper().startswith("B"):
        return "DATE", f"BC{n:04d}", None
    return "DATE", f"{n:04d}", None


@rule(_B + r"(?P<y>" + _YEAR + r")-(?P<m>[01]\d)-(?P<d>[0-3]\d)" + _E)
def _iso_date(m: re.Match[str], ctx: Context) -> Result | None:
    d = _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return ("DATE", d.isoformat(), None) if d else None


@rule(_B + r"(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<y>" + _YEAR + r"|\d\d)" + _E)
def _slash_date(m: re.Match[str], ctx: Context) -> Result | None:
    a, b, y = int(m.group("a")), int(m.group("b")), _parse_year(m.group("y"))
    d = _safe_date(y, a, b) or _safe_date(y, b, a)
    return ("DATE", d.isoformat(), None) if d else None


# --- weekdays, days relative to the DCT, parts of the day --------------------------------------

@rule(_B + r"(?:(?P<edge>early|late|earlier|later)\s+(?:on\s+)?)?(?:(?P<rel>last|this|next|this\s+coming|this\s+past|"
      r"past|previous|coming|the\s+previous|the\s+following|following)\s+)?(?P<wd>" + _WEEKDAY_ALT + r")"
      r"(?P<plural>s)?" + _POD_TAIL + _E)
def _weekday(m: re.Match[str], ctx: Context) -> Result | None:
    word = m.group("wd")
    if not word[0].isupper():
        return None
    weekday = lx.WEEKDAYS[word.lower()]
    pod = m.group("pod")
    code = "T" + lx.PARTS_OF_DAY[pod.lower()] if pod else ""
    if m.group("plural"):
        return "SET", f"XXXX-WXX-{weekday + 1}{code}", None
    rel = m.group("rel")
    rel = rel.lower().split()[-1] if rel else None
    if rel in ("past",) and m.group("rel").lower() == "this past":
        rel = "last"
    anaphoric = bool(m.group("rel")) and m.group("rel").lower().startswith("the ")
    d = _weekday_date(ctx, weekday, m.start(), m.end(), rel, anaphoric=anaphoric)
    if pod:
        return "TIME", d.isoformat() + code, None
    return "DATE", d.isoformat(), _edge_mod(m.group("edge"))


_DEICTIC_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "tonite": 0}


@rule(_B + r"(?:(?P<edge>early|late|earlier|later)\s+)?(?P<word>today|yesterday|tomorrow|tonight|tonite)"
      r"(?:\s+(?P<pod>" + _POD_ALT + r"))?" + _E)
def _deictic_day(m: re.Match[str], ctx: Context) -> Result:
    word = m.group("word").lower()
    d = shift_day(ctx.ref, _DEICTIC_DAYS[word])
    pod = m.group("pod")
    if pod:
        return "TIME", d.isoformat() + "T" + lx.PARTS_OF_DAY[pod.lower()], None
    if word in ("tonight", "tonite"):
        return "TIME", d.isoformat() + "TNI", None
    return "DATE", d.isoformat(), _edge_mod(m.group("edge"))


@rule(_B + r"(?:(?P<edge>early|late|earlier|later)\s+)?(?P<rel>this|yesterday|tomorrow|last|the)\s+"
      r"(?P<pod>" + _POD_ALT + r")" + _E)
def _part_of_day(m: re.Match[str], ctx: Context) -> Result | None:
    rel, pod = m.group("rel").lower(), m.group("pod").lower()
    if rel == "the" and re.match(r"\s+(?:of|the|when|that)\b", ctx.text[m.end():m.end() + 8]):
        return None  # "the night of Oct. 23", "the night the plane went down": anchored elsewhere
    if rel == "the" and ctx.last_day is None and not ctx.narrative:
        d = ctx.dct
    elif rel == "the":
        d = ctx.last_day or ctx.dct
    else:
        offset = {"this": 0, "yesterday": -1, "tomorrow": 1, "last": -1}[rel]
        if rel == "last" and pod == "night":
            offset = -1
        elif rel == "last":
            return None
        d = shift_day(ctx.ref, offset)
    return "TIME", d.isoformat() + "T" + lx.PARTS_OF_DAY[pod], None


@rule(_B + r"(?P<pod>overnight|midday|mid-?afternoon|mid-?morning)" + _E)
def _bare_part_of_day(m: re.Match[str], ctx: Context) -> Result:
    pod = m.group("pod").lower().replace("mid-", "mid")
    code = {"overnight": "NI", "midday": "MI", "midafternoon": "AF", "midmorning": "MO"}[pod]
    return "TIME", ctx.ref.isoformat() + "T" + code, None


_ZONES = r"GMT|UTC|EST|EDT|CST|CDT|PST|PDT|MST|MDT|BST|CET|CEST|EET|EEST|MSK|IST|ET|PT|CT|MT|Z"
_TZ = r"(?:\s*(?P<tz>(?:" + _ZONES + r")\b|local\s+time|Moscow\s+time))?"
_CLOCK = (r"(?:(?P<h>[012]?\d)(?:[:.](?P<min>[0-5]\d))?\s*(?P<ampm>a\.?\s?m\.?|p\.?\s?m\.?)"
          r"|(?P<h2>[012]?\d):(?P<min2>[0-5]\d)(?=\s*(?:(?:" + _ZONES + r")\b|local|Moscow|hours?|h\b|\())"
          r"|(?<=\b(?:at|by)\s)(?P<h4>[012]?\d):(?P<min4>[0-5]\d)"
          r"|(?P<h3>[012]\d)(?P<min3>[0-5]\d)\s*(?=GMT|UTC|hours|hrs|Z\b)"
          r"|(?P<noon>noon|midnight))")


@rule(_B + r"(?:(?:about|around|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
      + _CLOCK + _TZ + r"(?:\s+(?:hours?|hrs)\b)?"
      + r"(?:(?:\s+|,\s*)(?:on\s+)?(?P<wd>" + _WEEKDAY_ALT + r"|today|yesterday|tomorrow)"
      + r"|\s+(?:on\s+)?(?P<mon>" + _MONTH_ALT + r")\s+(?P<day>[0-3]?\d)(?:,?\s+(?P<year>" + _YEAR + r"))?)?" + _E)
def _clock(m: re.Match[str], ctx: Context) -> Result | None:
    if m.group("noon"):
        hour, minute = (12, 0) if m.group("noon").lower() == "noon" else (24, 0)
    else:
        h = m.group("h") or m.group("h2") or m.group("h3") or m.group("h4")
        minute = int(m.group("min") or m.group("min2") or m.group("min3") or m.group("min4") or 0)
        hour = int(h)
        ampm = (m.group("ampm") or "").lower()
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
    if hour > 24:
        return None
    day = ctx.last_day if ctx.narrative and ctx.last_day else ctx.dct
    if ctx.last_day is not None and 0 <= m.start() - ctx.last_day_end <= 250:
        day = ctx.last_day  # "On Tuesday ... at 10 p.m.": the clock time belongs to the day just mentioned
    if m.group("wd"):
        word = m.group("wd").lower()
        if word in _DEICTIC_DAYS:
            day = shift_day(ctx.dct, _DEICTIC_DAYS[word])
        else:
            day = _weekday_date(ctx, lx.WEEKDAYS[word], m.start(), m.end(), None)
    elif m.group("mon"):
        month = _month_number(m.group("mon"))
        if month is None:
            return None
        year = int(m.group("year")) if m.group("year") else _year_for_month_day(
            ctx, month, int(m.group("day")), m.start(), m.end())
        day = _safe_date(year, month, int(m.group("day"))) or day
    tz = m.group("tz")
    zone = "Z" if tz and tz.upper() in ("GMT", "UTC", "Z") else ""
    return "TIME", f"{day.isoformat()}T{hour:02d}:{minute:02d}{zone}", None


@rule(_B + r"(?:(?P<edge>early|late|earlier|later)\s+)?(?:(?P<wd>" + _WEEKDAY_ALT + r")\s+)?(?P<pod>noon|midnight)"
      r"(?:\s+(?P<wd2>" + _WEEKDAY_ALT + r"|today|yesterday|tomorrow))?" + _E)
def _noon(m: re.Match[str], ctx: Context) -> Result:
    hour = 12 if m.group("pod").lower() == "noon" else 24
    word = (m.group("wd") or m.group("wd2") or "").lower()
    if word in _DEICTIC_DAYS:
        day = shift_day(ctx.dct, _DEICTIC_DAYS[word])
    elif word:
        day = _weekday_date(ctx, lx.WEEKDAYS[word], m.start(), m.end(), None)
    else:
        day = ctx.ref
    return "TIME", f"{day.isoformat()}T{hour:02d}:00", None


# --- weeks, months, quarters, years relative to the DCT ----------------------------------------

_REL = (r"(?P<rel>last|this|next|the\s+past|the\s+last|the\s+next|the\s+coming|the\s+previous|the\s+following|"
        r"the\s+current|the\s+present|this\s+past|this\s+coming|current|past|previous|coming|following|the\s+same|"
        r"that|the\s+latest|the\s+most\s+recent|the\s+preceding|the\s+prior|the\s+same|its|the)")


@rule(_B + r"(?:(?P<edge>" + _EDGE + r")\s+)?" + _REL + r"\s+(?P<fiscal>fiscal\s+)?"
      r"(?P<unit>week|weekend|month|year|quarter|decade|century|half)(?:'s\s+(?P<qord>first|second|third|fourth)"
      r"(?:\s+|-)quarter)?" + _E)
def _relative_unit(m: re.Match[str], ctx: Context) -> Result | None:
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    unit = m.group("unit").lower()
    edge = m.group("edge")
    direction = 0
    if rel in ("last", "past", "previous", "the previous", "this past", "the preceding", "the prior"):
        direction = -1
    elif rel in ("next", "coming", "following", "the next", "the coming", "the following", "this coming"):
        direction = 1
    elif rel in ("the past", "the last"):
        # "the past year" is a period ending now; "the last week" likewise.
        if edge or unit in ("half", "weekend"):
            return None
        return "DURATION", _unit_value(1, unit), None
    elif rel in ("the same", "that", "the", "its", "the latest", "the most recent"):
        return _anaphoric_unit(m, ctx, rel, unit)
    anaphoric = rel in ("the previous", "the following", "the preceding", "the prior") or ctx.narrative
    ref = (ctx.last_day or ctx.ref) if anaphoric else ctx.ref
    if rel in ("the following",) and not ctx.narrative and ctx.last_value is not None:
        iv = value_interval(ctx.last_value)
        ref = iv[0] if iv else ref
    if unit == "weekend":
        wk = week_value(shift_day(ref, 7 * direction))
        if direction == 0 and _tense(ctx, m.start(), m.end()) == "past":
            wk = week_value(shift_day(ref, -7)) if ref.weekday() < 5 else wk
        return "DATE", wk + "-WE", _edge_mod(edge)
    if unit == "half":
        half = 1 if ref.month <= 6 else 2
        y = ref.year
        half += direction
        if half == 0:
            y, half = y - 1, 2
        elif half == 3:
            y, half = y + 1, 1
        return "DATE", f"{y:04d}-H{half}", _edge_mod(edge)
    if m.group("qord"):
        q = lx.ORDINALS[m.group("qord").lower()]
        return "DATE", f"{ref.year + direction:04d}-Q{q}", None
    if unit == "quarter" and direction == 0:
        # "this quarter": the current one; but "the current quarter" in past-tense reports likewise.
        return "DATE", _current_unit(ref, "quarter"), _edge_mod(edge)
    return "DATE", _shift_unit(ref, unit, direction), _edge_mod(edge)


def _anaphoric_unit(m: re.Match[str], ctx: Context, rel: str, unit: str) -> Result | None:
    """ "that year", "the same month", "the quarter", "the latest quarter": the unit of the time in focus."""
    edge = m.group("edge")
    if rel in ("the", "its") and unit not in ("quarter", "year", "half", "weekend", "week"):
        return None
    if rel in ("the", "its", "the latest", "the most recent") and unit == "quarter":
        if ctx.last_value and re.match(r"^\d{4}-Q\d$", ctx.last_value):
            return "DATE", ctx.last_value, None
        ref = ctx.dct
        y, mo = add_months(ref.year, ref.month, -3)
        return "DATE", f"{y:04d}-Q{(mo - 1) // 3 + 1}", None
    if rel in ("the", "its") and unit in ("year", "week", "half"):
        if unit == "year" and not edge:
            return None  # "the year" alone is mostly a duration; let the duration rule have it
        if unit == "week" and not edge:
            return None
    if unit == "weekend" and rel == "the":
        if ctx.narrative:
            d = ctx.last_day or ctx.ref
        else:
            d = ctx.dct
            if _tense(ctx, m.start(), m.end()) != "future" and d.weekday() < 5:
                d = shift_day(d, -(d.weekday() + 2))  # the weekend just past
        return "DATE", week_value(d) + "-WE", None
    ref = ctx.last_day or ctx.ref
    if unit == "year" and ctx.last_year is not None:
        return "DATE", f"{ctx.last_year:04d}", _edge_mod(edge)
    return "DATE", _current_unit(ref, unit), _edge_mod(edge)


@rule(_B + r"(?P<edge>early|late|earlier|later)\s+(?:in\s+)?(?P<rel>this|that|the|last|next)\s+"
      r"(?P<unit>week|month|year|day|decade|century)" + _E)
def _edge_relative(m: re.Match[str], ctx: Context) -> Result | None:
    rel, unit = m.group("rel").lower(), m.group("unit").lower()
    direction = {"this": 0, "that": 0, "the": 0, "last": -1, "next": 1}[rel]
    ref = ctx.ref if rel in ("this", "last", "next") else (ctx.last_day or ctx.ref)
    if unit == "day":
        return "DATE", ref.isoformat(), None
    if rel in ("that", "the") and unit == "year" and ctx.last_year is not None:
        return "DATE", f"{ctx.last_year:04d}", None
    return "DATE", _shift_unit(ref, unit, direction), None


@rule(_B + r"(?:(?P<edge>early|late|mid-?|the\s+end\s+of|the\s+middle\s+of)\s*)?(?:(?P<rel>last|this|next|this\s+past|"
      r"this\s+coming|the|that|the\s+following|the\s+previous|the\s+past)\s+)?(?P<season>" + _SEASON_ALT
      + r")(?:\s+(?:of\s+)?(?P<year>" + _YEAR + r"|(?:nineteen|eighteen)[\s-]+(?:" + lx.NUMBER_WORD_RE + r")))?" + _E)
def _season(m: re.Match[str], ctx: Context) -> Result | None:
    season = lx.SEASONS[m.group("season").lower()]
    rel = (m.group("rel") or "").lower()
    if m.group("season").lower() == "fall" and not (rel or m.group("year") or m.group("edge")):
        return None  # "fall" is mostly the verb
    if m.group("year"):
        year_text = m.group("year")
        year = int(year_text) if year_text.isdigit() else (lx.year_words_value(year_text) or 0)
    else:
        ref = ctx.ref
        first_month = lx.SEASON_MONTHS[season][0]
        started = ref.month >= first_month or (season == "WI" and ref.month <= 2)
        year = ref.year if not (season == "WI" and ref.month <= 2) else ref.year - 1
        if rel == "this past":
            year = year if started and not _in_season(ref, season) else year - 1
        elif "last" in rel or "past" in rel or "previous" in rel:
            year -= 1  # "last spring" is the spring of last year, as TimeML (and HeidelTime) read it
        elif "next" in rel or "coming" in rel or "following" in rel:
            year = year if not started else year + 1
        elif not rel and not ctx.narrative and not m.group("edge"):
            return "DATE", f"{year:04d}-{season}", None
        elif ctx.narrative and ctx.last_year is not None:
            year = ctx.last_year
    return "DATE", f"{year:04d}-{season}", _edge_mod(m.group("edge"))


def _in_season(d: date, season: str) -> bool:
    a, b = lx.SEASON_MONTHS[season]
    return a <= d.month <= b if a <= b else (d.month >= a or d.month <= b)


_QORD = r"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final|last)"


@rule(_B + r"(?:(?P<det>the|its|this\s+year's|last\s+year's|next\s+year's|a|this)\s+)?(?:(?P<adj>latest|current|"
      r"year-ago|year-earlier|comparable|same|flat|corresponding)\s+)*(?:(?P<year1>" + _YEAR + r")\s+)?"
      r"(?:fiscal[\s-]+)?" + _QORD + r"[\s-]+(?:fiscal[\s-]+)?(?P<kind>quarter|half|period)s?"
      r"(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<year2>" + _YEAR + r")|\s+of\s+(?P<yrel>last|this|next)\s+year)?" + _E)
def _quarter(m: re.Match[str], ctx: Context) -> Result | None:
    q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
         "final": 4, "last": 4}[m.group("q").lower()]
    kind = m.group("kind").lower()
    if kind == "period":
        return None
    if m.group("det") and "-" in ctx.text[m.end("q"):m.start("kind")]:
        ctx.span = (m.start("q"), m.end())  # "a third-quarter loss": the adjective alone
    if kind == "half":
        q = 1 if q == 1 else 2
        if q > 2:
            return None
    det = (m.group("det") or "").lower()
    year_text = m.group("year1") or m.group("year2")
    ref = ctx.ref
    if year_text:
        year = int(year_text)
    elif m.group("yrel"):
        year = ref.year + {"last": -1, "this": 0, "next": 1}[m.group("yrel").lower()]
    elif "last year" in det:
        year = ref.year - 1
    elif "next year" in det:
        year = ref.year + 1
    else:
        year = ref.year
        first_month = 3 * (q - 1) + 1 if kind == "quarter" else (1 if q == 1 else 7)
        if first_month > ref.month and _tense(ctx, m.start(), m.end()) != "future":
            year -= 1
    adjectives = (m.group("adj") or "").lower()
    if "year-ago" in adjectives or "year-earlier" in adjectives:
        year -= 1
    letter = "Q" if kind == "quarter" else "H"
    return "DATE", f"{year:04d}-{letter}{q}", None


@rule(_B + r"(?:(?P<det>the|its|a|this)\s+)?(?:comparable\s+|same\s+)?(?:year-ago|year-earlier|year\s+ago|"
      r"year\s+earlier|corresponding|prior-year|previous\s+year's)\s+(?P<kind>quarter|period|"
      r"third\s+quarter|second\s+quarter|first\s+quarter|fourth\s+quarter)" + _E)
def _year_ago_period(m: re.Match[str], ctx: Context) -> Result:
    ctx.keep_focus = True
    if ctx.last_value and re.match(r"^\d{4}-Q\d$", ctx.last_value):
        return "DATE", add_years_to_value(ctx.last_value, -1) or ctx.last_value, None
    ref = ctx.dct
    y, mo = add_months(ref.year, ref.month, -3)
    return "DATE", f"{y - 1:04d}-Q{(mo - 1) // 3 + 1}", None


@rule(_B + r"(?P<word>year-ago|year-earlier)" + _E)
def _year_ago_adjective(m: re.Match[str], ctx: Context) -> Result:
    return _year_shift_value(ctx, -1)


def _year_shift_value(ctx: Context, n: int) -> Result:
    """ "a year earlier": the unit in focus, one year away (quarter stays a quarter, else the year)."""
    last = ctx.last_value
    ctx.keep_focus = True
    if last and re.match(r"^\d{4}-(?:Q\d|H\d)$", last):
        return "DATE", add_years_to_value(last, n) or last, None
    base = ctx.last_year if (ctx.narrative and ctx.last_year) else ctx.dct.year
    return "DATE", f"{base + n:04d}", None


# --- "ago", "later", "earlier": points counted from an anchor ----------------------------------

@rule(_B + r"(?:(?P<approx>" + _APPROX + r")\s+)?(?P<num>" + _NUM + r"|" + _VAGUE + r")\s+(?P<unit>" + _UNIT_ALT
      + r")\s+(?:or\s+so\s+)?(?P<dir>ago|earlier|later|hence|from\s+now)" + _E)
def _counted_point(m: re.Match[str], ctx: Context) -> Result | None:
    word = m.group("dir").lower()
    unit = m.group("unit").lower()
    number = lx.number_value(m.group("num"))
    if word in ("before", "after", "since"):
        return "DURATION", _unit_value(number, unit), _approx_mod(m.group("approx"))
    sign = -1 if word in ("ago", "earlier") else 1
    if number is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None
    if word in ("ago", "hence") or word == "from now":
        ref = ctx.ref
        if ctx.narrative:
            ctx.keep_focus = True  # "two years ago" in a quotation does not move the story's time
    else:
        ref = ctx.last_day or ctx.ref
    if unit.startswith("year") and number == 1 and (word in ("earlier", "later") or (
            word == "ago" and ctx.last_value and re.match(r"^\d{4}-Q\d$", ctx.last_value))):
        return _year_shift_value(ctx, sign)
    if not float(number).is_integer():
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None
    return "DATE", _shift_unit(ref, unit, sign * int(number)), _approx_mod(m.group("approx"))


def _approx_mod(text: str | None) -> str | None:
    if not text:
        return None
    t = text.lower()
    if t in ("more than", "over", "well over", "upwards of"):
        return "MORE_THAN"
    if t in ("less than", "under", "fewer than", "well under"):
        return "LESS_THAN"
    if t in ("at least",):
        return "EQUAL_OR_MORE"
    if t in ("at most", "no more than", "up to"):
        return "EQUAL_OR_LESS"
    return "APPROX"


# --- durations ---------------------------------------------------------------------------------

@rule(_B + r"(?:(?P<approx>" + _APPROX + r")\s+)?(?:(?:the|each\s+of\s+the)\s+)?(?:(?P<rel>past|last|next|first|"
      r"coming|final|previous|following|latest|remaining|initial|additional|further|same|other|entire|full)\s+)?"
      r"(?P<num>" + _NUM + r"|" + _VAGUE + r")(?:\s+(?:more|additional|full|long|straight|consecutive|"
      r"trading|business|working|calendar))?\s+(?P<unit>" + _UNIT_ALT + r")"
      r"(?:\s+(?:or\s+so|and\s+a\s+half))?" + _E)
def _duration(m: re.Match[str], ctx: Context) -> Result | None:
    unit = m.group("unit").lower()
    num_text = m.group("num").lower()
    number = lx.number_value(num_text)
    if number is None and not re.fullmatch(_VAGUE, num_text, re.I):
        return None
    if num_text in ("a", "an", "one") and not m.group("rel") and not m.group("approx"):
        # "a year" alone: only a duration when a preposition of extent precedes ("for a year").
        before = ctx.text[max(0, m.start() - 12):m.start()].lower()
        after = ctx.text[m.end():m.end() + 8].lower()
        if not re.search(r"\b(?:for|in|within|over|than|after|about|nearly|almost|taking|lasting|last|"
                         r"spent|of|take|takes|took|only|just)\s*$", before) and not re.match(
                             r"\s+(?:after|before|earlier|later|or|and)\b", after):
            return None
    if unit.startswith("quarter") and re.match(r"\s+of\b(?!\s+(?:fiscal\s+)?\d{4})", ctx.text[m.end():m.end() + 12]):
        return None  # "a quarter of the market" is a fraction
    if number is not None and number >= 1000 and re.fullmatch(_YEAR, num_text):
        return None  # "the 1988 quarter" names a year
    if re.match(r"\s+old\b", ctx.text[m.end():m.end() + 5]):
        return None  # "20 years old" is an age
    if m.group(0).rstrip().endswith("and a half") and number is not None:
        number = number + 0.5
    return "DURATION", _unit_value(number, unit), _approx_mod(m.group("approx"))


@rule(r"(?<![\w\-‑$£€./])(?:(?P<plural>days|weeks|months|years|decades|centuries)[-‑](?:long|old)"
      r"|(?P<unit>day|week|month|year|decade|century)[-‑]long)" + _E)
def _long_adjective(m: re.Match[str], ctx: Context) -> Result:
    """ "a decades-long dispute": a vague length; "a day-long meeting": one unit ("5-year-old" is an age)."""
    if m.group("plural"):
        return "DURATION", _unit_value(None, m.group("plural")), None
    return "DURATION", _unit_value(1, m.group("unit")), None


@rule(_B + r"(?P<num>\d+|" + lx.NUMBER_WORD_RE + r"|several|multi|half)[-‑](?P<unit>second|minute|hour|day|week|"
      r"month|year|decade|century)(?:[-‑](?P<tail>long|old))?" + _E)
def _duration_adjective(m: re.Match[str], ctx: Context) -> Result | None:
    num = m.group("num").lower()
    number = None if num in ("several", "multi") else (0.5 if num == "half" else lx.number_value(num))
    if number is None and num not in ("several", "multi"):
        return None
    if (m.group("tail") or "").lower() == "old":
        return None  # ages ("a 5-year-old boy") are not temporal expressions
    return "DURATION", _unit_value(number, m.group("unit")), None


@rule(r"(?:(?<=\bfor\s)|(?<=\bin\s)|(?<=\bwithin\s)|(?<=\bover\s)|" + _B + r"(?P<det>the|recent|coming|future|past)\s+)"
      r"(?P<unit>years|months|weeks|decades|centuries|days|hours|minutes|quarters)"
      r"(?:\s+(?P<tail>ahead|to\s+come))?" + _E)
def _vague_plural(m: re.Match[str], ctx: Context) -> Result | None:
    det = (m.group("det") or "").lower()
    unit = m.group("unit").lower()
    if det in ("the",) and not m.group("tail"):
        return None
    if not det:
        # "for years": only the noun is the expression.
        if unit in ("days", "hours", "minutes", "quarters"):
            return None
        return "DURATION", _unit_value(None, unit), None
    if det in ("future", "coming") and unit == "quarters":
        return "DATE", "FUTURE_REF", None
    if det == "past" or (det == "recent" and unit == "years"):
        return "DATE", "PAST_REF", None
    return "DURATION", _unit_value(None, unit), None


# --- reference words and sets -------------------------------------------------------------------

_REF_WORDS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PRESENT_REF", "currently": "PRESENT_REF",
    "at present": "PRESENT_REF", "these days": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "the present": "PRESENT_REF", "presently": "PRESENT_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF", "most recently": "PAST_REF", "until recently": "PAST_REF",
    "lately": "PAST_REF", "formerly": "PAST_REF", "the past": "PAST_REF",
    "in the past": "PAST_REF", "once": "PAST_REF", "earlier": "PAST_REF",
    "the future": "FUTURE_REF", "future": "FUTURE_REF", "soon": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "the long run": "FUTURE_REF", "the short run": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
    "a later date": "FUTURE_REF", "later": "FUTURE_REF", "shortly": "FUTURE_REF", "immediately": "PRESENT_REF",
    "recent": "PAST_REF", "current": "PRESENT_REF", "the moment": "PRESENT_REF",
}


@rule(_B + r"(?P<w>right\s+now|just\s+now|now|currently|at\s+present|these\s+days|nowadays|presently|recently|"
      r"more\s+recently|most\s+recently|lately|formerly|the\s+past|the\s+(?:near\s+)?future|soon|"
      r"as\s+soon\s+as\s+possible|a\s+later\s+date|the\s+(?:near|short|long)\s+term|the\s+(?:long|short)\s+run|"
      r"future|recent|current)" + _E)
def _reference(m: re.Match[str], ctx: Context) -> Result | None:
    word = re.sub(r"\s+", " ", m.group("w").lower())
    after = ctx.text[m.end():m.end() + 30]
    before = ctx.text[max(0, m.start() - 20):m.start()]
    if word in ("recent", "current", "future"):
        # As adjectives these are timexes only before a time noun or standing alone.
        nxt = re.match(r"\s+(\w+)", after)
        next_word = nxt.group(1).lower() if nxt else ""
        if word == "future" and (not re.search(r"\b(?:in|the|for|near)\s*$", before, re.I)
                                 or (next_word and next_word not in ("and", "or") and not re.match(r"\s*[,.;:]", after))):
            return None  # "future" as an adjective is rarely annotated
        if next_word in _TIME_NOUNS:
            return None  # "recent years", "current quarter": a longer rule owns these
        if word == "current" and next_word in ("account", "accounts", "affairs", "events", "liabilities",
                                                "assets", "ratio"):
            return None
    if word == "soon" and re.search(r"\bas\s*$", before) and re.match(r"\s+as", after):
        return None
    return "DATE", _REF_WORDS[word], None


_TIME_NOUNS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "quarter", "quarters",
               "period", "periods", "decade", "decades", "term", "times", "time", "fiscal", "hours"}

_SET_WORDS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
              "hourly": "PT1H", "nightly": "XXXX-XX-XXTNI", "quarterly": "P3M"}


@rule(_B + r"(?P<w>daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly)" + _E)
def _set_word(m: re.Match[str], ctx: Context) -> Result | None:
    word = m.group("w").lower()
    nxt = re.match(r"\s+(\w+)", ctx.text[m.end():m.end() + 30])
    if word == "quarterly" and nxt and nxt.group(1)[0].islower() and \
            nxt.group(1).lower() not in _NOT_NOUNS:
        # "a quarterly dividend": a reporting attribute, not a time
        return None
    return "SET", _SET_WORDS[word], None


_NOT_NOUNS = {"and", "or", "for", "since", "until", "in", "at", "by", "to", "from", "with", "basis", "but", "as",
              "on", "during", "over", "through", "because", "when", "after", "before", "if"}


@rule(_B + r"(?:every|each|per|a)\s+(?:(?P<num>other|" + _NUM + r")\s+)?(?P<unit>second|minute|hour|day|night|week|"
      r"month|year|quarter|morning|evening|afternoon|weekend|" + _WEEKDAY_ALT + r"|" + _MONTH_ALT + r")" + _E)
def _set_every(m: re.Match[str], ctx: Context) -> Result | None:
    unit = m.group("unit").lower()
    lead = m.group(0).split()[0].lower()
    if lead == "a" and unit not in ("day", "week", "month", "year", "night"):
        return None
    if lead == "a":
        before = ctx.text[max(0, m.start() - 25):m.start()].lower()
        if not re.search(r"(?:\d|times|once|twice|dollars|cents|percent|%)\s*$", before):
            return None
    if unit in lx.WEEKDAYS:
        return "SET", f"XXXX-WXX-{lx.WEEKDAYS[unit] + 1}", None
    month = lx.MONTHS.get(unit.rstrip("."))
    if month:
        return "SET", f"XXXX-{month:02d}", None
    if unit in ("morning", "evening", "afternoon", "night"):
        return "SET", "XXXX-XX-XXT" + lx.PARTS_OF_DAY[unit], None
    num = m.group("num")
    n = 2 if num and num.lower() == "other" else (lx.number_value(num) if num else 1)
    if unit == "weekend":
        return "SET", "XXXX-WXX-WE", None
    return "SET", _unit_value(n, unit), None



# --- reporting periods of company and government accounts --------------------------------------

@rule(_B + r"(?P<det>the|its|that)\s+(?:(?P<adj>latest|most\s+recent|current|same|comparable)\s+)?"
      r"(?:(?P<year>" + _YEAR + r")\s+)?(?P<noun>period|quarter)" + _E)
def _period(m: re.Match[str], ctx: Context) -> Result | None:
    """ "the latest period", "the 1988 period": the reporting quarter in focus (or that year)."""
    last_quarter = ctx.last_value if ctx.last_value and re.match(r"^\d{4}-Q\d$", ctx.last_value) else None
    if m.group("noun").lower() == "quarter" and not m.group("year"):
        return None  # "the latest quarter" is the quarter rule's
    if m.group("year"):
        year = int(m.group("year"))
        if last_quarter:
            return "DATE", f"{year:04d}{last_quarter[4:]}", None
        return "DATE", f"{year:04d}", None
    if not m.group("adj"):
        return None
    if last_quarter:
        return "DATE", last_quarter, None
    y, mo = add_months(ctx.dct.year, ctx.dct.month, -3)
    return "DATE", f"{y:04d}-Q{(mo - 1) // 3 + 1}", None


@rule(_B + r"(?:(?P<approx>around|about)\s+)?(?:the\s+)?(?:(?P<rel>this|last|next)\s+)?"
      r"(?P<word>year[-\s]end|year's\s+end|end\s+of\s+the\s+year|end\s+of\s+the\s+month|"
      r"month[-\s]end|end\s+of\s+the\s+week|turn\s+of\s+the\s+year)" + _E)
def _period_end(m: re.Match[str], ctx: Context) -> Result | None:
    word = m.group("word").lower()
    rel = (m.group("rel") or "").lower()
    shift = {"last": -1, "next": 1}.get(rel, 0)
    ref = ctx.last_day if ctx.narrative and ctx.last_day else ctx.dct
    if "month" in word:
        y, mo = add_months(ref.year, ref.month, shift)
        return "DATE", month_value(y, mo), "END"
    if "week" in word:
        return "DATE", week_value(shift_day(ref, 7 * shift)), "END"
    year = (ctx.last_year if ctx.narrative and ctx.last_year else ref.year) + shift
    return "DATE", f"{year:04d}", "END"


@rule(_B + r"(?P<det>the|this|that)\s+(?:(?P<adj>fiscal|full|current|calendar|entire|whole)\s+)?"
      r"(?P<unit>year|week)(?!'s\s+(?:first|second|third|fourth))" + _E)
def _the_year(m: re.Match[str], ctx: Context) -> Result | None:
    """ "for the year": the year in focus; "the year ended March 31": a one-year period."""
    after = ctx.text[m.end():m.end() + 12].lower()
    unit = m.group("unit").lower()
    det = m.group("det").lower()
    if det == "this" and not m.group("adj"):
        return None  # handled by the relative rule
    if re.match(r"\s+(?:ended|ending|to|through|before|after|since|that|when|in\s+which|of\b)", after):
        if re.match(r"\s+(?:ended|ending)", after):
            return "DURATION", "P1Y" if unit == "year" else "P1W", None
        return None
    if unit == "week":
        if m.group("adj"):
            return None
        return "DATE", week_value(ctx.last_day or ctx.ref), None
    year = ctx.last_year if (ctx.last_year and (ctx.narrative or det == "that")) else ctx.dct.year
    return "DATE", f"{year:04d}", None

# --- anaphoric days: "the next day", "that day", "the same day", "the day before" ----------------

@rule(_B + r"(?P<phrase>the\s+(?:next|following|previous|preceding)\s+(?P<unit>day|morning|evening|night|week|month|year)"
      r"|that\s+(?P<unit2>day|morning|evening|night|week|month|year)|the\s+same\s+(?P<unit3>day|week|month|year)"
      r"|the\s+day\s+(?P<dir>before|after)(?:\s+(?P<deictic>yesterday|tomorrow))?)" + _E)
def _anaphoric_day(m: re.Match[str], ctx: Context) -> Result | None:
    phrase = m.group("phrase").lower()
    unit = (m.group("unit") or m.group("unit2") or m.group("unit3") or "day").lower()
    ref = ctx.last_day or ctx.ref
    if m.group("deictic"):
        ref = shift_day(ctx.dct, _DEICTIC_DAYS[m.group("deictic").lower()])
    if phrase.startswith(("the next", "the following")) or m.group("dir") == "after":
        n = 1
    elif phrase.startswith(("the previous", "the preceding")) or m.group("dir") == "before":
        n = -1
    else:
        n = 0
    if m.group("dir") and not m.group("deictic"):
        # "the day before" alone only when nothing follows that is its anchor ("the day before the vote").
        after = ctx.text[m.end():m.end() + 5]
        if re.match(r"\s+\w", after):
            return None
    if unit in ("morning", "evening", "night"):
        d = shift_day(ref, n)
        return "TIME", d.isoformat() + "T" + lx.PARTS_OF_DAY[unit], None
    if unit == "year" and ctx.last_year is not None:
        return "DATE", f"{ctx.last_year + n:04d}", None
    return "DATE", _shift_unit(ref, unit, n), None


@rule(_B + r"(?P<name>christmas\s+(?:day|eve)|christmas|new\s+year's\s+(?:day|eve)|thanksgiving(?:\s+day)?|"
      r"independence\s+day|labor\s+day|memorial\s+day|election\s+day|easter(?:\s+sunday)?|good\s+friday|"
      r"valentine's\s+day|halloween)(?:\s+(?P<year>" + _YEAR + r"))?" + _E)
def _holiday(m: re.Match[str], ctx: Context) -> Result | None:
    name = re.sub(r"\s+", " ", m.group("name").lower())
    if not m.group("name")[0].isupper():
        return None
    if m.group("year"):
        year = int(m.group("year"))
    else:
        year = ctx.ref_year
        this = lx.HOLIDAYS[name](year)
        tense = _tense(ctx, m.start(), m.end())
        if tense == "past" and this > ctx.ref + timedelta(days=7) and not ctx.narrative:
            year -= 1
        elif tense == "future" and this < ctx.ref - timedelta(days=7) and not ctx.narrative:
            year += 1
    return "DATE", lx.HOLIDAYS[name](year).isoformat(), None


# ---------------------------------------------------------------------------------------------
# Driver

_RULE_ORDER = {id(fn): i for i, (_, fn) in enumerate(_RULES)}


# Each rule runs only in windows around its trigger words: scanning every regex over the whole
# text costs ten times more than finding, in one pass over the words, where a rule could match.
_KEYWORDS: dict[str, tuple[str, ...]] = {}


def _add_keywords(words: object, *rules: str) -> None:
    for w in words:  # type: ignore[attr-defined]
        _KEYWORDS[w] = tuple(dict.fromkeys(_KEYWORDS.get(w, ()) + rules))


_UNIT_RULES = ("_duration", "_vague_plural", "_counted_point", "_duration_adjective", "_anaphoric_day",
               "_relative_unit", "_edge_relative", "_the_year", "_quarter", "_year_ago_period",
               "_period_end", "_reference")
_add_keywords(lx.MONTHS, "_month_day", "_month", "_month_relative", "_clock")
_add_keywords(list(lx.WEEKDAYS) + [w + "s" for w in lx.WEEKDAYS], "_weekday", "_noon", "_clock", "_month_day")
_add_keywords(["second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
               "fortnight", "fortnights", "month", "months", "quarter", "quarters", "year", "years", "decade",
               "decades", "century", "centuries", "millennium", "millennia", "night", "half", "weekend",
               "period"], *_UNIT_RULES)
_add_keywords(["century"], "_century")
_add_keywords(["long", "old"], "_long_adjective")
_add_keywords(["period"], "_period")
_add_keywords(["end", "turn"], "_period_end")
_add_keywords(["today", "yesterday", "tomorrow", "tonight", "tonite"], "_deictic_day", "_clock", "_noon",
              "_anaphoric_day")
_add_keywords(["morning", "afternoon", "evening", "night", "overnight", "midday", "daytime", "dawn", "dusk",
               "midafternoon", "midmorning", "mid"], "_part_of_day", "_bare_part_of_day", "_weekday", "_month_day",
              "_anaphoric_day", "_deictic_day")
_add_keywords(["noon", "midnight"], "_noon", "_clock")
_add_keywords(lx.SEASONS, "_season")
_add_keywords(["ago", "earlier", "later", "hence"], "_counted_point", "_year_ago_adjective", "_year_ago_period")
_add_keywords(["corresponding", "prior", "previous"], "_year_ago_period")
_add_keywords(["now", "current", "currently", "present", "presently", "days", "recent", "recently", "lately",
               "formerly", "past", "future", "soon", "term", "run", "later", "possible", "nowadays", "moment"],
              "_reference")
_add_keywords(["daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly", "quarterly"], "_set_word")
_add_keywords(["every", "each", "per", "times", "once", "twice"], "_set_every")
_add_keywords(["nineteen", "eighteen", "thousand"], "_year_words")
_add_keywords(["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"],
              "_decade_words")
_add_keywords(["christmas", "thanksgiving", "independence", "labor", "memorial", "election", "easter", "good",
               "valentine", "halloween", "new"], "_holiday")
_YEAR_RULES = ("_year", "_decade", "_iso_date", "_slash_date", "_era_year", "_clock")
_CLOCK_NEXT = re.compile(r"[:.]\d|\s?(?:a\.?m|p\.?m|gmt|utc|h\b|hrs|hours|local|[ap]\b)")
_WORD = re.compile(r"[a-z]+|\d+")
_WINDOW_BEFORE, _WINDOW_AFTER = 50, 50


def _rule_windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each rule, merged [start, end) regions around the words that could start or anchor it."""
    hits: dict[str, list[tuple[int, int]]] = {}
    n = len(text)
    keywords = _KEYWORDS
    lowered = text.lower()
    for m in _WORD.finditer(lowered):
        word = m.group()
        if word[0] <= "9":
            # Numbers: a year-like one may start a date; any other only a clock time, "5/12/2021",
            # "400 BC" or "the '90s" (month days and durations are found from their month / unit words).
            after = lowered[m.end():m.end() + 6]
            rules = tuple(name for name, hit in (
                ("_clock", _CLOCK_NEXT.match(after)), ("_slash_date", after[:1] == "/"),
                ("_era_year", after.lstrip()[:1] in ("b", "a", "c")), ("_decade", after[:1] in ("s", "'", "’")),
                ("_set_every", after.startswith((" a ", " per "))),
            ) if hit)
            if len(word) == 4 or len(word) == 2:
                rules = _YEAR_RULES + rules
        else:
            rules = keywords.get(word)
        if not rules:
            continue
        a, b = max(0, m.start() - _WINDOW_BEFORE), min(n, m.end() + _WINDOW_AFTER)
        for r in rules:
            regions = hits.setdefault(r, [])
            if regions and a <= regions[-1][1]:
                regions[-1] = (regions[-1][0], b)
            else:
                regions.append((a, b))
    return hits


def _candidates(text: str) -> list[tuple[int, int, int, re.Match[str], Handler]]:
    found = []
    windows = _rule_windows(text)
    for index, (pattern, handler) in enumerate(_RULES):
        seen: set[tuple[int, int]] = set()
        for a, b in windows.get(handler.__name__, ()):
            for m in pattern.finditer(text, a, b):
                start, end = m.span()
                if end > start and (start, end) not in seen:
                    seen.add((start, end))
                    found.append((start, end, index, m, handler))
    return found


def _call(handler: Handler, m: re.Match[str], ctx: Context) -> Result | None:
    """A rule's result, or None when its date arithmetic leaves the calendar (year 1 or 9999)."""
    try:
        return handler(m, ctx)
    except (OverflowError, ValueError):
        return None


def tag_text(text: str, dct: date, mode: str = "news") -> list[TemporalExpression]:
    """All temporal expressions in ``text``, normalised against ``dct`` (news) or the narrative."""
    ctx = Context(text=text, dct=dct, narrative=(mode == "narrative"))
    candidates = _candidates(text)
    # Longest first; among equals, the earlier rule wins. Then keep the non-overlapping ones.
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int, re.Match[str], Handler]] = []
    occupied: list[tuple[int, int]] = []
    for start, end, _, m, handler in candidates:
        if any(start < e and s < end for s, e in occupied):
            continue
        # Normalisation needs the left context, so it happens below, in text order; this first call
        # only asks whether the rule accepts the match, so that a shorter candidate can replace it.
        ctx.span, ctx.extra = None, []
        if _call(handler, m, ctx) is None:
            continue
        occupied.append((start, end))
        if ctx.span is not None:
            start, end = ctx.span
        taken.append((start, end, m, handler))
    taken.sort(key=lambda t: t[0])
    out: list[TemporalExpression] = []
    for start, end, m, handler in taken:
        ctx.keep_focus, ctx.span, ctx.extra = False, None, []
        result = _call(handler, m, ctx)  # now with the discourse context of everything before it
        if result is None:
            continue
        ttype, value, mod = result
        t = TemporalExpression(start, end, text[start:end], ttype, value, mod=mod,  # type: ignore[arg-type]
                               anchor=ctx.ref.isoformat())
        out.append(t)
        extra = ctx.extra
        _remember(ctx, t)
        for x_start, x_end, x_type, x_value in extra:
            out.append(TemporalExpression(x_start, x_end, text[x_start:x_end], x_type, x_value,  # type: ignore[arg-type]
                                          anchor=ctx.ref.isoformat()))
    out.sort(key=lambda t: t.start)
    return out


def _remember(ctx: Context, t: TemporalExpression) -> None:
    """Update the discourse focus with a newly found date."""
    if ctx.keep_focus:
        ctx.keep_focus = False
        return
    if t.type not in ("DATE", "TIME"):
        return
    iv = value_interval(t.value)
    if iv is None:
        return
    if re.match(r"^\d{4}-Q\d$|^\d{4}-H\d$", t.value) or iv[2] != "decade":
        ctx.last_value = t.value
    if iv[2] == "day":
        ctx.last_day = iv[0]
        ctx.last_day_end = t.end
        ctx.last_year = iv[0].year
    elif iv[2] in ("month", "week"):
        if ctx.narrative:
            ctx.last_day = iv[0]
        ctx.last_year = iv[0].year if iv[2] == "month" else iv[1].year
    elif iv[2] == "year":
        if re.search(r"(?i)\b(?:last|previous|next|this|past|coming)\s+year", t.text):
            # "last year's war ... a deal in November": a deictic year sets the year of later bare months
            # in its sentence (explicit years in subordinate clauses are too often asides to do so).
            ctx.year_mentioned = (t.end, iv[0].year)
        if ctx.narrative and ctx.last_year is not None and abs(iv[0].year - ctx.last_year) > _ASIDE_YEARS:
            return  # "(declassified in 2005)": a year far from the story's time is an aside, not a new focus
        if ctx.narrative:
            ctx.last_day = iv[0]
        ctx.last_year = iv[0].year


_ASIDE_YEARS = 5

__all__ = ["tag_text"]
