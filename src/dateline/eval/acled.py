"""Score the extractor against ACLED's coded columns, running the ``dateline run`` path on each note.

Each row's ``notes`` becomes an ``Article`` published on its ``event_date`` and goes through
``dateline.pipeline.analyze_all`` (NLP, time, extract). The row's prediction is read off the mentions:
type from the most confident reportable, non-background, non-verbal mention (the whole note is
classified by the same ``classify`` only when the extractor found no mention); actors and place from
the first mention that has them; fatalities = ``dateline.resolve.fatalities`` over the row's claims
(those of its non-background mentions, or of all when every mention is background; except those of mentions
typed with a sub-event type ACLED defines as without deaths), then the coder's
own statement in the note where it makes one (``coded_fatalities``: "coded as N", "split between 3 events").
``typing_only`` scores the typing model on the whole note, without the extractor, for comparison.
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from dateline.extract import typing as tp
from dateline.model import Article, ArticleAnalysis, Claim, EventMention, Place
from dateline.taxonomy import VERBAL_EVENT_TYPE

PREDICTION_COLUMNS = (
    "event_id_cnty", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "location",
    "fatalities", "country_guessed",
)
SPLITS = ("all", "test", "train")
# ACLED's coded columns this evaluation scores; a file without one (the 2015-16 legacy schema has no
# sub_event_type) is scored on the others (``unscored_columns``).
GOLD_COLUMNS = ("event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "location", "fatalities")


@dataclass(slots=True)
class Row:
    event_id: str
    published: date
    notes: str
    gold: dict[str, str]


@dataclass(slots=True)
class Prediction:
    event_type: str = ""
    sub_event_type: str = ""
    actor1: str = ""
    actor2: str = ""
    country: str = ""
    admin1: str = ""
    location: str = ""
    fatalities: int = 0
    from_mentions: bool = False
    country_guessed: bool = False  # the country is the country models' guess (``Place.country_guessed``)


def read_rows(path: str | Path, limit: int | None = None, split: str = "all", offset: int = 0) -> list[Row]:
    """Rows with notes and a date; ``split`` test/train picks the typing model's held-out/train side;
    ``offset`` skips that many such rows first (fresh rows for a check: ``--offset 5000 --limit 3000``)."""
    from dateline.extract.train_typing import is_test

    csv.field_size_limit(sys.maxsize)
    out: list[Row] = []
    skipped = 0
    with Path(path).open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            notes = (r.get("notes") or "").strip()
            try:
                published = date.fromisoformat((r.get("event_date") or "")[:10])
            except ValueError:
                continue
            if not notes:
                continue
            if split != "all" and is_test(tp.normalize(notes)) != (split == "test"):
                continue
            if skipped < offset:
                skipped += 1
                continue
            out.append(Row(r.get("event_id_cnty", str(len(out))), published, notes, r))
            if limit is not None and len(out) >= limit:
                break
    return out


def _primary(mentions: list[EventMention]) -> EventMention | None:
    candidates = [m for m in mentions if not m.background and m.event_type != VERBAL_EVENT_TYPE]
    candidates = candidates or [m for m in mentions if not m.background] or mentions
    return max(candidates, key=lambda m: m.confidence, default=None)


def predict(analysis: ArticleAnalysis, fallback: tp.Typing | None = None) -> Prediction:
    """One ACLED-style row from what the pipeline found in one note."""
    from dateline.resolve import acled_fatalities

    mentions = analysis.mentions
    current = [m for m in mentions if not m.background]
    p = Prediction()
    primary = _primary(mentions)
    if primary is not None:
        p.event_type, p.sub_event_type, p.from_mentions = primary.event_type, primary.sub_event_type, True
    elif fallback is not None:
        p.event_type, p.sub_event_type = fallback.event_type, fallback.sub_event_type
    ordered = ([primary] if primary else []) + current
    a1 = next((m.actor1 for m in ordered if m.actor1), None)
    a2 = next((m.actor2 for m in ordered if m.actor2), None)
    place = _row_place(analysis, ordered)
    p.actor1 = a1.name if a1 else ""
    p.actor2 = a2.name if a2 else ""
    p.country = (place.country if place and place.country else "") or next(
        (a.country for m in ordered for a in (m.actor1, m.actor2) if a and a.country), "")
    p.country_guessed = bool(place and place.country and place.country_guessed)
    if not p.country:  # a note is one event: with no mention to place it, the country the note is about
        from dateline.extract.api import text_country_guessed

        country, p.country_guessed = text_country_guessed(analysis.article.text, analysis.sentences, analysis.entities)
        p.country = country or ""
    p.admin1 = (place.admin1 or "") if place else ""
    p.location = (place.name or "") if place and place.precision != "vague" else ""
    # a note is one event: one told only as background (dated long before the row's date) is that event, as the
    # row's type is then that background mention's (``_primary``)
    lethal = [m for m in current or mentions if m.sub_event_type not in NON_LETHAL_SUB_TYPES
              and not _told_again(m, current, analysis.article.published)]
    p.fatalities = coded_fatalities(analysis.article.text, acled_fatalities(
        counted_claims(lethal), [m.text for m in lethal], analysis.article.published))
    return p


def _told_again(m: EventMention, current: list[EventMention], row_date: date) -> bool:
    """Whether ``m`` is the figures of an earlier happening that a sentence about the row's happening tells again
    ("protested on 12 May over a killing on 7 May"): its sentence gave another mention, and its date is not the
    row's. ACLED codes that happening on a row of its own ("coded separately")."""
    from dateline.extract.api import days_covered

    if not any(o is not m and o.sentence_index == m.sentence_index for o in current):
        return False
    days = days_covered(m.date)
    return days is not None and not days[0] <= row_date <= days[1]


# A figure the note itself calls unconfirmed ("..., which has not been confirmed by any Turkish source",
# "information that could not be independently verified"): ACLED codes only what it can confirm.
_UNVERIFIED = re.compile(r"\b(?:(?:could|can|has|have|had|was|were)\s+not\s+(?:yet\s+)?(?:been\s+|be\s+)?"
                         r"(?:independently\s+)?(?:verified|confirmed|corroborated)|unverified|unconfirmed)\b", re.I)


def counted_claims(mentions: list[EventMention]) -> list[Claim]:
    """The claims of a note's current mentions that ACLED's coding counts (an ACLED convention, not a
    reading of the claims): none of a mention typed with a sub-event type ACLED defines as without deaths
    (deaths told in a sentence typed as a protest, arrest, abduction... are another event's: "a protest over
    the killing of a student"), and none told in a sentence that calls its figure unconfirmed."""
    return [c for m in mentions if m.sub_event_type not in NON_LETHAL_SUB_TYPES for c in m.claims
            if not (c.kind == "killed" and c.quote and _UNVERIFIED.search(c.quote))]


# Sub-event types ACLED defines as without deaths: a killing in such a happening makes it another
# sub-type (a protest where people are killed is "Excessive force against protesters" or a riot).
NON_LETHAL_SUB_TYPES = frozenset({
    "Peaceful protest", "Protest with intervention", "Arrests", "Looting/property destruction",
    "Abduction/forced disappearance", "Agreement", "Change to group/activity", "Non-violent transfer of territory",
    "Headquarters or base established",
})


# ACLED's coders sometimes state their own convention in the note: "Fatalities coded as 4", "No
# fatality coded to this event", "Fatalities split between 3 events". Such an explicit statement
# decides the row's figure; news text never goes through this (it is not a claim about anyone).
_COUNT = r"(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|no|zero|both)"
# the coders' word, also as they misspell it ("Fatalaties are unclear (coded at low estimate of 3)")
_FATALITY = r"fatal(?:it|at)(?:y|ies)"
_CODED_AS = re.compile(
    rf"\b(?:{_FATALITY}|casualt(?:y|ies)|deaths?)\b[^.;()\[\]]{{0,40}}?\(?\bcoded\s+(?:as|at|to)\s+(?:a\s+)?(?:low\s+estimate\s+of\s+)?"
    rf"{_COUNT}\b(?!\s*(?:-|events?|locations?|days?)\b)", re.I)
_CODED_HERE = re.compile(
    rf"\b{_COUNT}\s+(?:confirmed\s+|reported\s+)?fatalit(?:y|ies)\b[^.;]{{0,50}}?\bcoded\s+"
    r"(?:to\s+this\s+event|for\s+this\s+event|in\s+this\s+event|here)\b", re.I)
# "... rounded down to 3", a closing "2 fatalities." or "1 confirmed fatality."
_CODED_ROUNDED = re.compile(rf"\bfatalit(?:y|ies)\b[^.;]{{0,60}}?\brounded\s+(?:down\s+|up\s+)?to\s+{_COUNT}\b", re.I)
# "(coded as 8 here and 2 for a clash in Jaldesa)", "Two events coded ..., with 1 fatality each"
_CODED_EACH = re.compile(rf"\bcoded\s+as\s+{_COUNT}\s+(?:here|for\s+this\s+event|in\s+this\s+event)\b|"
                         rf"\(total\s+of\s+{_COUNT}\s+fatalit(?:y|ies)\)|"
                         rf"\bwith\s+{_COUNT}\s+fatalit(?:y|ies)\s+each\b|"
                         rf"\bwith\s+{_COUNT}\s+(?:fatalit(?:y|ies)\s+)?coded\s+(?:to|for|in)\s+each\b", re.I)
_CODED_SUMMARY = re.compile(rf"(?:^|[.;]\s+|\]\s+)(?:(?:total\s+)?{_COUNT}\s+(?:confirmed\s+)?fatalit(?:y|ies)|"
                            rf"total\s+fatalit(?:y|ies)\s*:?\s*{_COUNT})\s*(?:[.;]|\[|$)", re.I)
_SPLIT = re.compile(
    rf"(?:\b{_COUNT}\s+(?:remaining\s+|total\s+)?fatalit(?:y|ies)\s+(?:(?:are|were|have\s+been|is)\s+)?)?"
    rf"\b(?:split|distributed|divided|spread|coded)(?:\s+equally)?\s+(?:between|across|among|over|into)\s+(?:the\s+)?\(?{_COUNT}\)?"
    r"\s+(?:separate\s+|different\s+)?(?:events|locations|days|villages)\b(?:\s*\((?P<own>\d+)\))?", re.I)
# "(fatalities coded to the Donetsk event)": this row's victims are counted on another row
_CODED_ELSEWHERE = re.compile(
    r"\bfatalit(?:y|ies)\s+(?:(?:are|were|have\s+been)\s+)?coded\s+(?:(?:to|in|under)\s+(?!this\b)(?:the\s+)?"
    r"(?P<place>[^.;()]{1,40}?)\s+event\b|"
    r"on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})\b|(?:in|to|under)\s+(?:a|the)\s+(?:separate|another|other|"
    r"previous|following)\s+events?\b)",
    re.I)


# "No fatalities reported, as police intervened.": the coder's own statement that this event had none
_NONE_REPORTED = re.compile(r"\b(?:no|zero)\s+(?:fatalit(?:y|ies)|deaths?)\s+(?:were\s+|was\s+|have\s+been\s+|has\s+been\s+)?"
                            r"(?:reported|recorded|coded|confirmed)\b", re.I)
# "Unknown fatalities coded at 3, in addition to 2 known fatalities": the coded figure and the known ones
_IN_ADDITION = re.compile(rf"[^.;]{{0,20}}?\bin\s+addition\s+to\s+(?:the\s+)?{_COUNT}\s+(?:known\s+|confirmed\s+|reported\s+)?"
                          r"fatalit(?:y|ies)\b", re.I)
# "(one fatality coded elsewhere)": that many of the note's victims are counted on another row
_SOME_ELSEWHERE = re.compile(rf"\b{_COUNT}\s+(?:of\s+the\s+)?fatalit(?:y|ies)\s+(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?"
                             r"coded\s+(?:elsewhere|separately|in\s+(?:a|an)\s+(?:separate|other|another)\s+event)\b", re.I)


_COUNT_WORDS = {"no": 0, "zero": 0, "a": 1, "an": 1, "both": 2}  # the words of ``_COUNT`` that are no numerals


def _count(word: str) -> int | None:
    from dateline.extract.numbers import word_to_int

    w = word.lower()
    return _COUNT_WORDS[w] if w in _COUNT_WORDS else word_to_int(w)


def _figure_start(m: re.Match[str]) -> int:
    """Where a coding statement's figure is (the pattern's group that matched)."""
    return next(m.start(i) for i, g in enumerate(m.groups(), 1) if g)


def coded_fatalities(note: str, extracted: int) -> int:
    """The row's figure: an explicit coding statement of the note ("coded as N", "N fatalities coded
    to this event", a closing "1 fatality."), else the extracted figure; 0 when the note says its
    fatalities are coded to another event; divided (to the nearest) when it says they are split
    between N events."""
    elsewhere = _SOME_ELSEWHERE.search(note)
    if elsewhere:
        figure = max(0, extracted - (_count(elsewhere.group(1)) or 0))
    else:
        elsewhere_event = _CODED_ELSEWHERE.search(note)
        if elsewhere_event and elsewhere_event.group("place") and re.search(
                rf"\b(?:near|in|at)\s+{re.escape(elsewhere_event.group('place'))}\b", re.split(r"\.\s", note, maxsplit=1)[0]):
            elsewhere_event = None  # "... near Zalizna Balka. (fatalities coded to Zalizna Balka event)": this row
        figure = 0 if elsewhere_event or _NONE_REPORTED.search(note) else extracted
    coded = [m for pattern in (_CODED_AS, _CODED_HERE, _CODED_ROUNDED, _CODED_SUMMARY, _CODED_EACH)
             for m in pattern.finditer(note)]
    if coded:
        last = max(coded, key=lambda m: m.start())
        value = _count(next(g for g in last.groups() if g))
        known = _IN_ADDITION.match(note, last.end())
        if value is not None and known:
            value += _count(known.group(1)) or 0
        figure = value if value is not None else figure
    split = _SPLIT.search(note)
    if split:
        stated, parts = (_count(g) if g else None for g in split.groups()[:2])
        base = stated if stated is not None else figure
        if split.group("own"):
            figure = int(split.group("own"))
        elif parts and parts > 1 and not (coded and max(map(_figure_start, coded)) > split.start()):
            figure = (2 * base + parts) // (2 * parts)  # to the nearest, halves up
    return figure


def same_country(gold: str, predicted: str) -> bool:
    """Country names match when they name one ISO country ("Czechia" / "Czech Republic")."""
    from dateline.extract import places

    if _norm(gold) == _norm(predicted):
        return True
    iso = places.countries().names.get(places.normalise(gold))
    return iso is not None and iso == places.countries().names.get(places.normalise(predicted))


def same_admin1(country: str, gold: str, predicted: str) -> bool:
    """Admin1 names match when they denote the same unit of the gold country: through the
    gazetteer's names of that unit (GeoNames' English "Bavaria", ISO 3166-2's "Bayern") or a
    transliteration variant that fits that unit only ("Idleb" / "Idlib"); see
    ``places.admin1_unit``. Two empty names match."""
    from dateline.extract import places

    if _norm(gold) == _norm(predicted):
        return True
    return bool(gold and predicted) and places.same_admin1(country, gold, predicted)


def same_location(gold: str, predicted: str) -> bool:
    """Location names match up to accents, punctuation and transliteration ("Bobo-Dioulasso" /
    "Bobo Dioulasso", "Kafranbel" / "Kafr Nabl" do not; "Al-Bab" / "Al Bab" do)."""
    from dateline.extract import places

    if _norm(gold) == _norm(predicted):
        return True
    return bool(gold and predicted) and places.spelling_variants(gold, predicted)


def _row_place(analysis: ArticleAnalysis, ordered: list[EventMention]) -> Place | None:
    """The note's place: the most precise one its event mentions give (a town or region, else a
    country, else a vague one); when they give no town or region, the one the note names
    elsewhere (``named_place``: "... in Dori (Dori, Seno). Three people were killed.")."""
    from dateline.extract.api import named_place

    rank = {"point": 0, "admin1": 0, "country": 1, "vague": 2}
    place = min((m.place for m in ordered if m.place), key=lambda p: rank.get(p.precision, 3), default=None)
    if place is None or place.precision not in ("point", "admin1"):
        named = named_place(analysis.article.text, analysis.sentences, analysis.entities)
        if named is not None and (place is None or not place.country or place.country == named.country):
            return named
    return place


def _norm(s: str) -> str:
    """Case, spacing and ACLED's period suffixes ("(2014-)") do not count as differences."""
    s = re.sub(r"\(\d{4}-\d{0,4}\)", "", s or "")
    return " ".join(s.lower().split())


def unscored_columns(rows: list[Row]) -> dict[str, str]:
    """Coded columns that cannot be scored, with why: absent from the file, or coded in another
    taxonomy than ours (the legacy schema's "Riots/Protests", "Battle-No change of territory")."""
    from dateline.taxonomy import EVENT_TYPES, SUB_EVENT_TYPES

    ours = {"event_type": set(EVENT_TYPES), "sub_event_type": set(SUB_EVENT_TYPES)}
    out: dict[str, str] = {}
    for col in GOLD_COLUMNS:
        values = [r.gold[col] for r in rows if r.gold.get(col) is not None]
        if not values:
            out[col] = "no such column"
        elif col in ours and sum(v in ours[col] for v in values) < len(values) / 2:
            out[col] = "codes of another taxonomy"
    return out


@dataclass
class AcledResult:
    n: int
    scores: dict[str, float] = field(default_factory=dict)
    typing_only: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    split: str = "all"
    unscored: dict[str, str] = field(default_factory=dict)  # column -> why it is not scored

    def to_dict(self) -> dict[str, Any]:
        return {"n": self.n, "split": self.split, "scores": self.scores, "typing_only": self.typing_only,
                "counts": self.counts, "unscored": self.unscored}

    def format(self) -> str:
        lines = [f"ACLED notes: {self.n} rows (split: {self.split})"]
        if self.unscored:
            lines.append("  not scored: " + ", ".join(f"{k} ({v})" for k, v in self.unscored.items()))
        lines += [f"  {k:<28} {v:.3f}" for k, v in self.scores.items()]
        if self.typing_only:
            lines.append("  typing model on whole notes (no extractor):")
            lines += [f"    {k:<26} {v:.3f}" for k, v in self.typing_only.items()]
        lines += [f"  {k}: {v}" for k, v in self.counts.items()]
        return "\n".join(lines)


def _typing_scores(gold_t: list[str] | None, pred_t: list[str], gold_s: list[str] | None,
                   pred_s: list[str]) -> dict[str, float]:
    """Accuracy and macro F1 of the type and sub-type; a gold list that is None is not scored."""
    from sklearn.metrics import accuracy_score, f1_score

    def macro(g: list[str], p: list[str]) -> float:
        return float(f1_score(g, p, labels=sorted(set(g)), average="macro", zero_division=0))

    out: dict[str, float] = {}
    for name, gold, pred in (("event_type", gold_t, pred_t), ("sub_event_type", gold_s, pred_s)):
        if gold is not None:
            out[f"{name}_accuracy"] = float(accuracy_score(gold, pred))
            out[f"{name}_macro_f1"] = macro(gold, pred)
    return out


def score(rows: list[Row], preds: list[Prediction], whole_note: list[tp.Typing]) -> AcledResult:
    gold = [r.gold for r in rows]
    unscored = unscored_columns(rows)

    def coded(col: str) -> list[str] | None:
        return None if col in unscored else [g.get(col) or "" for g in gold]

    scores = _typing_scores(coded("event_type"), [p.event_type for p in preds],
                            coded("sub_event_type"), [p.sub_event_type for p in preds])

    def share(pairs: Iterable[tuple[Any, Any]]) -> float:
        pairs = list(pairs)
        return sum(a == b for a, b in pairs) / len(pairs) if pairs else 0.0

    def gold_deaths(g: dict[str, str]) -> int:
        try:
            return int(float(g.get("fatalities") or 0))
        except ValueError:
            return 0

    if "fatalities" not in unscored:
        scores["fatalities_exact"] = share((gold_deaths(g), p.fatalities) for g, p in zip(gold, preds))
        scores["fatalities_exact_fatal_rows"] = share(
            (gold_deaths(g), p.fatalities) for g, p in zip(gold, preds) if gold_deaths(g) > 0)
    for col in ("actor1", "actor2"):
        if col not in unscored:
            scores[f"{col}_match"] = share((_norm(g.get(col) or ""), _norm(getattr(p, col))) for g, p in zip(gold, preds))
    if "country" not in unscored:
        scores["country_match"] = share((True, same_country(g.get("country") or "", p.country))
                                        for g, p in zip(gold, preds))
    if "admin1" not in unscored and "country" not in unscored:
        scores["admin1_match"] = share((True, same_admin1(g.get("country") or "", g.get("admin1") or "", p.admin1))
                                       for g, p in zip(gold, preds))
    if "location" not in unscored:
        scores["location_match"] = share((True, same_location(g.get("location") or "", p.location))
                                         for g, p in zip(gold, preds))
    typing_only = _typing_scores(coded("event_type"), [t.event_type for t in whole_note],
                                 coded("sub_event_type"), [t.sub_event_type for t in whole_note])
    counts = {
        "rows_typed_from_mentions": sum(p.from_mentions for p in preds),
        "fatal_rows": sum(gold_deaths(g) > 0 for g in gold),
        # how often the country models' guess stood in for a country the note does not state, and was right
        "rows_country_guessed": sum(p.country_guessed for p in preds),
    }
    if "country" not in unscored:
        counts["rows_country_guessed_right"] = sum(
            p.country_guessed and same_country(g.get("country") or "", p.country) for g, p in zip(gold, preds))
    return AcledResult(len(rows), scores, typing_only, counts, unscored=unscored)


def _analyses(rows: list[Row]) -> Iterator[ArticleAnalysis]:
    from dateline.pipeline import analyze_all

    articles = [Article(id=Article.make_id(r.notes, r.published) + ":" + r.event_id, text=r.notes,
                        published=r.published, source="ACLED notes", format="csv") for r in rows]
    yield from analyze_all(articles)


def evaluate(file: str | Path, predictions: str | Path | None = None, limit: int | None = None,
             split: str = "all", typing_only: bool = False, offset: int = 0) -> AcledResult:
    """Scores for every row of ``file`` (or its typing held-out ``split``); optionally write predictions.

    ``typing_only`` skips the extractor (fast): types from the whole note, other columns empty.
    """
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}")
    rows = read_rows(file, limit=limit, split=split, offset=offset)
    whole_note = tp.classify_many(r.notes for r in rows)
    if typing_only:
        preds = [Prediction(t.event_type, t.sub_event_type) for t in whole_note]
    else:
        preds = [predict(a, fallback) for a, fallback in zip(_analyses(rows), whole_note)]
    if predictions is not None:
        with Path(predictions).open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(PREDICTION_COLUMNS)
            for r, p in zip(rows, preds):
                w.writerow([r.event_id, p.event_type, p.sub_event_type, p.actor1, p.actor2, p.country,
                            p.admin1, p.location, p.fatalities, int(p.country_guessed)])
    result = score(rows, preds, whole_note)
    result.split = split
    return result
