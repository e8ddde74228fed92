"""The data model, defined once: every stage reads and writes these records.

Records are plain dataclasses so stages stay pure functions over records (picklable for
Dask, mappable to any SQL store). ``to_dict`` gives the JSON form documented in the README.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
DatePrecision = Literal["day", "week", "month", "year", "decade", "unknown"]
# text: the mention's own clause or sentence; context: the discourse; report: only the date of the
# report of it ("said on Wednesday"), the happening being on or before; publication: the fallback.
DateSource = Literal["text", "context", "report", "publication"]
ClaimKind = Literal[
    "killed", "wounded", "captured", "missing", "abducted", "arrested", "casualties", "displaced"
]
Qualifier = Literal["exact", "about", "at_least", "more_than", "at_most", "fewer_than"]

CLAIM_KINDS: tuple[str, ...] = (
    "killed", "wounded", "captured", "missing", "abducted", "arrested", "casualties", "displaced",
)
QUALIFIERS: tuple[str, ...] = ("exact", "about", "at_least", "more_than", "at_most", "fewer_than")


def stable_id(*parts: str, length: int = 16) -> str:
    """A short content hash: the same inputs always give the same id, on any machine."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


def to_dict(record: Any) -> Any:
    """JSON-ready form of any record (dates as ISO strings)."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, (list, tuple)):
        return [to_dict(x) for x in record]
    if isinstance(record, dict):
        return {k: to_dict(v) for k, v in record.items()}
    if isinstance(record, date):
        return record.isoformat()
    return record


@dataclass(slots=True)
class Article:
    """One dated news report, as read from any input format."""

    id: str
    text: str
    published: date
    title: str | None = None
    url: str | None = None
    source: str | None = None  # outlet, e.g. "Reuters"
    path: str | None = None  # file it was read from (and ":line" for JSONL/CSV rows)
    format: str | None = None  # seed | jsonl | csv | html | feed | t17 | text

    @staticmethod
    def make_id(text: str, published: date) -> str:
        """Content id: whitespace-insensitive text plus publication date."""
        return stable_id(" ".join(text.split()), published.isoformat())


@dataclass(slots=True)
class Sentence:
    """A sentence of an article, by character offsets into ``Article.text``."""

    article_id: str
    index: int
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Entity:
    """A named entity from the NLP stage (spaCy labels: GPE, NORP, ORG, PERSON, ...)."""

    start: int
    end: int
    label: str
    text: str


@dataclass(slots=True)
class TemporalExpression:
    """A TIMEX3 expression with character offsets into the text it was found in."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str  # TIMEX3 value, e.g. 2021-11-16, 2021-11-16TEV, P6W, PAST_REF, XXXX-XX-XX
    mod: str | None = None  # TIMEX3 mod: BEFORE, AFTER, START, END, APPROX, ...
    anchor: str | None = None  # what a relative expression was resolved against (ISO date)


@dataclass(slots=True)
class EventDate:
    """When a happening took place, with how precisely and how we know it."""

    value: str  # YYYY-MM-DD | YYYY-MM | YYYY (ISO partial date)
    end: str | None = None  # same forms, for ranges ("September 12-13")
    precision: DatePrecision = "day"
    source: DateSource = "text"  # see DateSource
    timex: str | None = None  # the expression it came from, as written


@dataclass(slots=True)
class Actor:
    """A normalised actor: "Military Forces of Azerbaijan", with its country and kind."""

    name: str
    country: str | None = None
    kind: str | None = None  # state_forces | government | rebels | militia | civilians | protesters | mediator | ...
    text: str | None = None  # the words it came from


@dataclass(slots=True)
class Place:
    """A located place, or a vague one kept at coarse precision (never invented)."""

    name: str | None
    country: str | None = None
    admin1: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    precision: Literal["point", "admin1", "country", "vague"] = "point"
    text: str | None = None  # the words it came from
    # The country is the country models' guess (``country_model.guess``): the text names no such country,
    # people or capital, and none of its place names points there ("Gunmen killed a police reservist").
    country_guessed: bool = False


@dataclass(slots=True)
class Claim:
    """A number someone states about casualties of one side, with the sentence as evidence."""

    kind: ClaimKind
    count: int
    qualifier: Qualifier = "exact"
    count_high: int | None = None  # upper bound of a range ("10 to 15")
    side: str | None = None  # country or actor whose people these are
    claimant: str | None = None  # who says so ("Azerbaijan's defence ministry")
    claimant_side: str | None = None  # country or actor of the claimant
    quote: str = ""  # the sentence
    article_id: str = ""
    start: int = 0  # character offsets of the quote in the article text
    end: int = 0
    mention_id: str | None = None


@dataclass(slots=True)
class EventMention:
    """One report of one happening, in one sentence of one article."""

    id: str
    article_id: str
    sentence_index: int
    start: int  # offsets of the evidence sentence in the article text
    end: int
    text: str  # the sentence
    event_type: str  # ACLED event type (or "Other" for diplomatic/verbal events)
    sub_event_type: str
    date: EventDate
    plover: str | None = None  # PLOVER category for diplomatic/verbal events (CONSULT, ACCUSE, ...)
    trigger: str | None = None
    actor1: Actor | None = None
    actor2: Actor | None = None
    place: Place | None = None
    claims: list[Claim] = field(default_factory=list)
    background: bool = False  # context about an earlier period, not news of the day
    confidence: float = 1.0


@dataclass(slots=True)
class Fatalities:
    """Low / best / high fatality figures of an event (rule in ``dateline.resolve``)."""

    low: int | None = None
    best: int | None = None
    high: int | None = None


@dataclass(slots=True)
class Source:
    """An article that reports an event."""

    article_id: str
    published: str
    title: str | None = None
    url: str | None = None
    source: str | None = None


@dataclass(slots=True)
class Event:
    """A happening merged from every mention of it, keeping every claim side by side."""

    id: str
    date: str
    date_end: str | None
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str | None
    country: str
    admin1: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    fatalities: Fatalities
    background: bool
    claims: list[Claim]
    sources: list[Source]
    summary: str
    date_precision: DatePrecision = "day"
    plover: str | None = None
    contradiction: bool = False  # claimants disagree about the same kind and side
    fatalities_by_side: dict[str, Fatalities] = field(default_factory=dict)
    fatalities_rule: str = ""
    mention_ids: list[str] = field(default_factory=list)
    country_guessed: bool = False  # no report states the country: the country models' guess (``Place.country_guessed``)

    def to_json(self) -> dict[str, Any]:
        """The documented JSON form (README, "Output schema")."""
        d = to_dict(self)
        for c in d["claims"]:
            c.pop("mention_id", None)
        return d


@dataclass(slots=True)
class TimelineSentence:
    """One summary sentence of a timeline date, with the article it comes from."""

    text: str
    article_id: str | None = None
    published: str | None = None
    title: str | None = None
    url: str | None = None


@dataclass(slots=True)
class TimelineEntry:
    """A key date of a timeline: a few sentences and the events of that date."""

    date: str
    summary: list[TimelineSentence]
    event_ids: list[str] = field(default_factory=list)
    background: bool = False
    score: float = 0.0

    def to_json(self) -> dict[str, Any]:
        d = to_dict(self)
        d["sources"] = [
            {k: s[k] for k in ("article_id", "published", "title", "url")} for s in d["summary"]
        ]
        d["summary"] = [s["text"] for s in d["summary"]]
        return d


@dataclass(slots=True)
class ArticleAnalysis:
    """Everything the per-article stages found in one article: the unit stored in one transaction."""

    article: Article
    sentences: list[Sentence]
    entities: list[Entity]
    timexes: list[TemporalExpression]
    mentions: list[EventMention]


@dataclass(slots=True)
class ReadError:
    """An input that could not be read, with where and why."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"
