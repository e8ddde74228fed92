"""Choosing the dates that matter and the sentences that say what happened on them.

Dates are ranked by how the coverage treats them (the DATEWISE observation, Gholipour Ghalandari
& Ifrim 2020): a day that many articles name explicitly, above all articles written *later*
that refer back to it, is a key date; so is a day on which much was published, and a day with
significant extracted events (sources, fatalities). Each date's summary is extractive: the
sentences that name the day (or lead the articles published that day, or evidence its events, or tell
a time of that day, or lead its paper with a date naming no day) are scored by closeness to their own
TF-IDF centroid, and picked greedily without near-repeats (centroid-opt with a redundancy cut).
Background periods ("the 2020 war") come from events the extractor marked as background and stay on
their own, coarse dates.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from dateline.model import Event, TimelineEntry, TimelineSentence
from dateline.resolve import UNKNOWN_ACTOR, long_range
from dateline.store import Store
from dateline.timeline.corpus import Corpus, CorpusSentence, load
from dateline.timeline.learned import FEATURES, SentenceModel, TreeEnsemble, default_model


@dataclass(slots=True)
class TimelineOptions:
    max_dates: int | None = None  # None: every date with an event (or, with no events, every well-reported date)
    sentences_per_date: int = 3
    start: str | None = None  # ISO date, inclusive
    end: str | None = None
    keywords: list[str] = field(default_factory=list)  # topic keywords
    keywords_required: bool = True  # articles must name one; else keywords only favour sentences
    include_background: bool = True
    days_only: bool = False  # leave out entries whose date is coarser than a day
    published_in_range: bool = False  # read only articles published between start and end (TLS setup)


@dataclass(frozen=True, slots=True)
class DateWeights:
    """How the evidence for a date adds up (log counts; fitted on Timeline17, see docs/benchmarks.md)."""

    mentions: float = 1.0  # articles naming the day
    later: float = 1.0  # ... of which published after it (referring back)
    published: float = 0.25  # articles published that day
    events: float = 0.1  # extracted events of the day (sources, fatalities)
    later_days: int = 1  # an article refers back when published at least this many days after
    # Rerank the best ``content_pool`` x wanted dates by adding ``content`` x the learned sentence scorer's
    # best score among the day's candidates: a day with a sentence that plainly reports it is a better date.
    # (10 since the session-9 scorer; leave-one-topic-out, 10 and 20 read the same ROUGE and 40 less.)
    content: float = 10.0
    content_pool: int = 3


@dataclass(frozen=True, slots=True)
class SentenceRules:
    """Which sentences may summarise a date, and how they are picked."""

    min_words: int = 5
    max_words: int = 50
    lead_sentences: int = 5  # undated sentences this far into an article stand for its publication day
    lead_weight: float = 0.6  # relative to a sentence that names the day
    event_bonus: float = 0.25  # a sentence that is the evidence of an extracted event
    keyword_bonus: float = 0.2
    redundancy: float = 0.5  # cosine above which a candidate repeats a chosen sentence
    quote_factor: float = 0.8  # score factor for quotations and first-person sentences
    topic_weight: float = 0.8  # share of closeness to the whole collection (the main story) in a score
    max_position: int | None = None  # only this many first sentences of an article (news leads summarise)
    position_decay: float = 0.2  # weight 1 / (1 + decay * sentence index)
    next_day_leads: float = 0.5  # weight of undated leads of articles published the day after (0: none)
    timeline_redundancy: float | None = 0.5  # cosine above which a candidate repeats another date's sentence
    drop_day_phrases: bool = True  # cut "on 20 April", "on Tuesday", "yesterday" from the output sentences
    # -- further candidates of a day (0: none; leave-one-topic-out on Timeline17, session 22) --
    dated_leads: float = 0.5  # weight of leads that hold a date naming no day ("this year", "last week") on their paper's day
    time_of_day: float = 0.8  # weight of sentences whose time of day falls on the day ("Tuesday evening") naming no day
    body: float = 0.0  # weight of undated sentences past the lead of articles published that day
    body_limit: int | None = None  # of those, only this many per day: the closest to the day's other candidates
    body_sentences: int | None = None  # of those, only the first this many past the lead (bounds the sentences read)
    max_gap: int | None = None  # sentences naming the day count only when published at most this many days after
    # the learned scorer (learned.py, fitted by benchmarks/tls_train.py) replacing the rule-based score
    model: SentenceModel | TreeEnsemble | None = field(default_factory=default_model)


DATE_WEIGHTS = DateWeights()
SENTENCE_RULES = SentenceRules()
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\-]*")
_DIGIT = re.compile(r"\d")
# Web-page furniture that scraped news text carries: time stamps, captions, update notes, contact lines.
_BOILERPLATE = re.compile(
    r"\b\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:GMT|BST|UTC|ET|EST|EDT|CET|UK)\b"
    r"|^\W*(?:Photograph|Photo|Picture|Image|Video|Watch|Click|Send us|Share|Follow|Related|Updated?)\b"
    r"|\bPage last updated\b|\bAll rights reserved\b|https?://|www\.|\S@\S",
    re.I,
)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# Leading furniture of a news sentence that says nothing of the event: wire datelines
# ("HOUSTON, April 29 (Reuters) -"), fact-box day labels ("May 7 - "), agency tags ("(CNN) --").
_LEAD_FURNITURE = re.compile(
    r"^(?:[A-Z][A-Za-z ./'-]{1,40}?,?\s+)?(?:" + _MONTH + r"\s+\d{1,2}(?:,\s*\d{4})?\s*)?"
    r"\((?:Reuters|AP|AFP|CNN|BBC|UPI|Xinhua)\)\s*[-\u2013\u2014:]+\s*"
    r"|^" + _MONTH + r"\s+\d{1,2}(?:,\s*\d{4})?\s*[-\u2013\u2014:]+\s+"
)
# Reported speech and first-person asides summarise a day less well than plain statements of fact.
_QUOTED = re.compile(r"[\"\u201c\u201d]|(?:^|\s)(?:I|we|We|my|our|Our)\s")


def build(
    store: Store,
    options: TimelineOptions | None = None,
    *,
    weights: DateWeights = DATE_WEIGHTS,
    rules: SentenceRules = SENTENCE_RULES,
) -> list[TimelineEntry]:
    """A timeline of the store: key dates in order, each with sourced sentences and its events."""
    opts = options or TimelineOptions()
    corpus = load(store)
    return build_from_corpus(corpus, opts, weights=weights, rules=rules)


def build_from_corpus(
    corpus: Corpus,
    opts: TimelineOptions,
    *,
    weights: DateWeights = DATE_WEIGHTS,
    rules: SentenceRules = SENTENCE_RULES,
) -> list[TimelineEntry]:
    lo = date.fromisoformat(opts.start).toordinal() if opts.start else None
    hi = date.fromisoformat(opts.end).toordinal() if opts.end else None

    def in_range(day: int) -> bool:
        return (lo is None or day >= lo) and (hi is None or day <= hi)

    keywords = [k.lower() for k in opts.keywords if k.strip()]
    relevant = _relevant_articles(corpus, keywords if opts.keywords_required else [])
    if opts.published_in_range:
        relevant = {a for a in relevant if in_range(corpus.articles[a].published.toordinal())}
    sentences = [s for s in corpus.sentences if s.article_id in relevant]
    events = [e for e in corpus.events if _event_relevant(e, relevant)]

    day_events: dict[int, list[Event]] = defaultdict(list)
    background_events: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        day = _event_day(e)
        if e.background:
            if opts.include_background and _coarse_in_range(e.date, opts.start, opts.end):
                key = e.date if day is None else e.date[:10]
                background_events[key].append(e)
            continue
        if day is not None and in_range(day):
            day_events[day].append(e)

    scores = _date_scores(sentences, corpus, day_events, in_range, weights)
    picker = None
    if opts.max_dates is not None:
        ranked = sorted(scores, key=lambda d: (-scores[d], d))
        if weights.content and rules.model is not None:
            pool = ranked[: max(0, opts.max_dates) * weights.content_pool]
            picker = _SentencePicker(sentences, corpus, rules, keywords, set(pool))
            ranked = _rerank_by_content(picker, pool, scores, day_events, weights.content, opts.sentences_per_date)
        chosen = ranked[: max(0, opts.max_dates)]
    elif day_events:
        chosen = sorted(day_events)
    else:
        chosen = sorted(d for d, s in scores.items() if s >= math.log1p(2))

    if picker is None:
        picker = _SentencePicker(sentences, corpus, rules, keywords, set(chosen))
    entries: list[TimelineEntry] = []
    for day in sorted(chosen):
        evs = sorted(day_events.get(day, []), key=_event_rank)
        summary = picker.pick(day, opts.sentences_per_date, evs)
        entries.append(TimelineEntry(date.fromordinal(day).isoformat(), summary, [e.id for e in evs if _tells(e)],
                                     False, round(scores.get(day, 0.0), 4)))

    if not opts.days_only:
        periods = sorted(background_events.items(),
                         key=lambda kv: (-sum(_event_significance(e) for e in kv[1]), kv[0]))
        if opts.max_dates is not None:  # a few background periods beside the n key dates, the weightiest
            periods = periods[: max(1, opts.max_dates // 4)]
        for key, evs in periods:
            evs.sort(key=_event_rank)
            summary = picker.from_events(evs, opts.sentences_per_date)
            entries.append(TimelineEntry(key, summary, [e.id for e in evs], True,
                                         round(sum(_event_significance(e) for e in evs), 4)))
    entries.sort(key=lambda t: (_sort_key(t.date), not t.background))
    return entries


def training_rows(corpus: Corpus, opts: TimelineOptions, reference: dict[int, list[str]], *,
                  rules: SentenceRules = SENTENCE_RULES, bigram_weight: float = 1.0,
                  ) -> tuple[np.ndarray, np.ndarray]:
    """Feature rows and labels for fitting the learned sentence scorer (``learned.py``).

    The candidates of every reference day (ordinal -> its gold sentences), as ``build_from_corpus``
    would see them for that day, each labelled with its unigram F1 (+ ``bigram_weight`` x bigram F1) against the day's gold summary.
    """
    from dateline.timeline.learned import bigrams, overlap_f1, unigrams

    lo = date.fromisoformat(opts.start).toordinal() if opts.start else None
    hi = date.fromisoformat(opts.end).toordinal() if opts.end else None
    keywords = [k.lower() for k in opts.keywords if k.strip()]
    relevant = set(corpus.articles)
    if opts.published_in_range:
        relevant = {a for a in relevant if (lo is None or corpus.articles[a].published.toordinal() >= lo)
                    and (hi is None or corpus.articles[a].published.toordinal() <= hi)}
    sentences = [s for s in corpus.sentences if s.article_id in relevant]
    day_events: dict[int, list[Event]] = defaultdict(list)
    for e in corpus.events:
        day = _event_day(e)
        if day is not None and not e.background and _event_relevant(e, relevant):
            day_events[day].append(e)
    picker = _SentencePicker(sentences, corpus, rules, keywords, set(reference))
    xs, ys = [], []
    for day, gold in sorted(reference.items()):
        found = picker.features(day, day_events.get(day, []))
        if found is None:
            continue
        idx, _, rows = found
        target, target2 = unigrams(" ".join(gold), _STOP), bigrams(" ".join(gold))
        xs.append(rows)
        ys.append([overlap_f1(unigrams(text, _STOP), target) + bigram_weight * overlap_f1(bigrams(text), target2)
                   for text in (picker.sentences[int(i)].text for i in idx)])
    if not xs:
        return np.zeros((0, len(FEATURES))), np.zeros(0)
    return np.vstack(xs), np.concatenate([np.asarray(y, dtype=float) for y in ys])


def _sort_key(value: str) -> str:
    """A partial date sorts at its first day: ``2020`` as 2020-01-01, ``2020-09`` as 2020-09-01."""
    return value[:10] + "-01-01"[len(value[:10]) - 4:] if len(value) < 10 else value[:10]


# -- dates ---------------------------------------------------------------------------------------

def _date_scores(sentences: list[CorpusSentence], corpus: Corpus, day_events: dict[int, list[Event]],
                 in_range, weights: DateWeights) -> dict[int, float]:
    naming: dict[int, set[str]] = defaultdict(set)
    later: dict[int, set[str]] = defaultdict(set)
    published: dict[int, set[str]] = defaultdict(set)
    for s in sentences:
        published[s.published].add(s.article_id)
        for d in (*s.days, *s.start_days):  # a start point refers back to its day too
            naming[d].add(s.article_id)
            if s.published - d >= weights.later_days:
                later[d].add(s.article_id)
    days = {d for d in (*naming, *published, *day_events) if in_range(d)}
    scores: dict[int, float] = {}
    for d in days:
        ev = sum(_event_significance(e) for e in day_events.get(d, []))
        scores[d] = (weights.mentions * math.log1p(len(naming.get(d, ())))
                     + weights.later * math.log1p(len(later.get(d, ())))
                     + weights.published * math.log1p(len(published.get(d, ())))
                     + weights.events * math.log1p(ev))
    return scores


def _rerank_by_content(picker: _SentencePicker, days: list[int], scores: dict[int, float],
                       day_events: dict[int, list[Event]], weight: float, shown: int = 1) -> list[int]:
    """``days`` reordered by date score + ``weight`` x the mean learned score of the day's ``shown`` best
    sentences: a date shows that many, so it is as good as they are, not only its best."""
    new: dict[int, float] = {}
    for d in days:
        found = picker.features(d, day_events.get(d, []))
        content = 0.0
        if found is not None:
            ranked = np.sort(picker.rules.model.score(found[2]))[::-1]
            content = float(ranked[: max(1, shown)].mean())
        new[d] = scores[d] + weight * content
    return sorted(days, key=lambda d: (-new[d], d))


def _event_day(e: Event) -> int | None:
    """The day an event stands for; none for a coarse date or a campaign's weeks ("since September 27")."""
    if long_range(e.date, e.date_end):
        return None
    if len(e.date) >= 10 and e.date_precision in ("day", None):
        try:
            return date.fromisoformat(e.date[:10]).toordinal()
        except ValueError:
            return None
    return None


def _event_significance(e: Event) -> float:
    return 1.0 + math.log1p(len(e.sources)) + math.log1p(e.fatalities.best or 0)


def _tells(e: Event) -> bool:
    """Whether a date's entry lists ``e``: not the catch-all "Other" with no actor, place or claim ("The talks ended
    without an agreement", "The region had about 120,000 residents before the offensive"), which tells a reader
    nothing its summary does not. It still counts in choosing the date and its sentences, and stays in the store."""
    return not (e.sub_event_type == "Other" and not e.claims and e.actor1 in (None, "", UNKNOWN_ACTOR)
                and not e.actor2 and not e.location)


def _event_rank(e: Event) -> tuple:
    return (-(e.fatalities.best or 0), -len(e.sources), -len(e.claims), e.id)


def _coarse_in_range(value: str, start: str | None, end: str | None) -> bool:
    """Whether a partial date (``2020``, ``2020-09``) overlaps [start, end]."""
    if start and (value + "-99-99")[:10] < start:
        return False
    return not (end and value[:10] > end)


def _relevant_articles(corpus: Corpus, keywords: list[str]) -> set[str]:
    if not keywords:
        return set(corpus.articles)
    text_of: dict[str, list[str]] = defaultdict(list)
    for s in corpus.sentences:
        text_of[s.article_id].append(s.text)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in keywords) + ")", re.I)
    return {aid for aid, parts in text_of.items() if pattern.search(" ".join(parts))}


def _event_relevant(e: Event, relevant: set[str]) -> bool:
    return any(s.article_id in relevant for s in e.sources) or not e.sources


# -- sentences -----------------------------------------------------------------------------------

class _SentencePicker:
    """Centroid-based extractive summaries per date, without repeats across the timeline."""

    def __init__(self, sentences: list[CorpusSentence], corpus: Corpus, rules: SentenceRules,
                 keywords: list[str], days: set[int] | None = None) -> None:
        self.rules = rules
        self.corpus = corpus
        self.keyword_re = (re.compile(r"\b(?:" + "|".join(re.escape(k) for k in keywords) + ")", re.I)
                           if keywords else None)
        wanted = days if days is not None else None
        kept: list[tuple[CorpusSentence, tuple[int, ...], list[tuple[int, float]]]] = []  # with its days, worked out once
        for s in sentences:
            named, further = self._named_days(s), self._further_days(s)
            if (wanted is None or wanted.intersection(named) or self._lead_of(s, wanted)
                    or any(d in wanted for d, _ in further)) \
                    and (rules.max_position is None or s.index < rules.max_position) and self._usable(s.text):
                kept.append((s, named, further))
        self.sentences = [s for s, _, _ in kept]
        self.by_day: dict[int, list[int]] = defaultdict(list)
        self.lead_by_day: dict[int, list[int]] = defaultdict(list)
        self.next_lead_by_day: dict[int, list[int]] = defaultdict(list)
        self.further_by_day: dict[int, list[tuple[int, float]]] = defaultdict(list)
        self.body_by_day: dict[int, list[int]] = defaultdict(list)
        for i, (s, named, further) in enumerate(kept):
            for d in named:
                self.by_day[d].append(i)
            for d, w in further:
                self.further_by_day[d].append((i, w))
            if self._body_of(s):
                self.body_by_day[s.published].append(i)
            if not s.dated and s.index < rules.lead_sentences:
                if _may_stand_for(s, s.published):
                    self.lead_by_day[s.published].append(i)
                if _may_stand_for(s, s.published - 1):
                    self.next_lead_by_day[s.published - 1].append(i)
        self.position = {(s.article_id, s.index): i for i, s in enumerate(self.sentences)}
        self.event_sentences: dict[str, list[int]] = defaultdict(list)  # event id -> its evidence sentences
        for pos, ids in corpus.sentence_events.items():
            i = self.position.get(pos)
            if i is not None:
                for event_id in ids:
                    self.event_sentences[event_id].append(i)
        self.used: set[str] = set()
        self._features: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray] | None] = {}
        self.picked: list[int] = []  # positions of the sentences chosen for earlier dates
        self.matrix = tfidf([s.text for s in self.sentences]) if self.sentences else None
        self.quoted = np.array([bool(_QUOTED.search(s.text)) for s in self.sentences], dtype=bool)
        words = [_WORD.findall(s.text) for s in self.sentences]
        self.published = np.array([s.published for s in self.sentences], dtype=np.int64)
        self.article_of = np.unique([s.article_id for s in self.sentences], return_inverse=True)[1]  # numbered
        self.index = np.array([s.index for s in self.sentences], dtype=np.int64)
        self.dated = np.array([s.dated for s in self.sentences], dtype=bool)
        self.days_named = np.array([len(s.days) for s in self.sentences], dtype=float)
        self.length = np.array([max(1, len(w)) for w in words], dtype=float)
        self.has_number = np.array([bool(_DIGIT.search(s.text)) for s in self.sentences], dtype=bool)
        self.capitalised = np.array([sum(x[:1].isupper() for x in w[1:]) / (len(w) - 1) if len(w) > 1 else 0.0
                                     for w in words], dtype=float)
        self.named_keyword = np.array(
            [bool(self.keyword_re.search(s.text)) for s in self.sentences] if self.keyword_re else [], dtype=bool)
        self.centrality = np.zeros(len(self.sentences))
        if self.matrix is not None:
            topic = np.asarray(self.matrix.sum(axis=0)).ravel()
            norm = np.linalg.norm(topic)
            if norm:
                self.centrality = np.asarray(self.matrix @ (topic / norm)).ravel()

    def _lead_of(self, s: CorpusSentence, days: set[int]) -> bool:
        if s.dated or s.index >= self.rules.lead_sentences:
            return False
        return (s.published in days and _may_stand_for(s, s.published)) or bool(
            self.rules.next_day_leads and s.published - 1 in days and _may_stand_for(s, s.published - 1))

    def _named_days(self, s: CorpusSentence) -> tuple[int, ...]:
        """The days ``s`` names, less those it recalls more than ``max_gap`` days later."""
        if self.rules.max_gap is None:
            return s.days
        return tuple(d for d in s.days if s.published - d <= self.rules.max_gap)

    def _further_days(self, s: CorpusSentence) -> list[tuple[int, float]]:
        """Days ``s`` may summarise beside those it names and its paper's lead days, with their weights."""
        out: list[tuple[int, float]] = []
        rules = self.rules
        if s.days:
            return out
        if rules.dated_leads and s.dated and not s.start_days and s.index < rules.lead_sentences \
                and _may_stand_for(s, s.published):
            out.append((s.published, rules.dated_leads))
        if rules.time_of_day:
            out.extend((d, rules.time_of_day) for d in s.time_days)
        if self._body_of(s):
            out.append((s.published, rules.body))
        return out

    def _body_of(self, s: CorpusSentence) -> bool:
        """Whether ``s`` is an undated sentence past its article's lead that may stand for its paper's day."""
        rules = self.rules
        return bool(rules.body) and not s.dated and not s.days and s.index >= rules.lead_sentences \
            and (rules.body_sentences is None or s.index < rules.lead_sentences + rules.body_sentences) \
            and _may_stand_for(s, s.published)

    def _usable(self, text: str) -> bool:
        words = _WORD.findall(text)
        if not (self.rules.min_words <= len(words) <= self.rules.max_words):
            return False
        fragment = text.rstrip().endswith("?") or not text[:1].isupper()
        return not (fragment or _BOILERPLATE.search(text))

    def candidates(self, day: int, events: list[Event]) -> dict[int, float] | None:
        """Sentence positions that may summarise ``day``, with their rule-based weights."""
        weight: dict[int, float] = {}
        for i in self.by_day.get(day, []):
            weight[i] = 1.0
        for i in self.lead_by_day.get(day, []):
            weight.setdefault(i, self.rules.lead_weight)
        if self.rules.next_day_leads:
            for i in self.next_lead_by_day.get(day, []):
                weight.setdefault(i, self.rules.next_day_leads)
        body = self.body_by_day.get(day, [])
        limit = self.rules.body_limit
        skipped = set(body) if limit is not None else set()
        for i, w in self.further_by_day.get(day, []):
            if i not in skipped:
                weight.setdefault(i, w)
        for i in {i for e in events for i in self.event_sentences.get(e.id, ())}:
            weight[i] = weight.get(i, self.rules.lead_weight) + self.rules.event_bonus
        if limit is not None and body and weight and self.matrix is not None:
            for i in self._closest(body, list(weight), limit):
                weight.setdefault(i, self.rules.body)
        return weight or None

    def _closest(self, pool: list[int], core: list[int], limit: int) -> list[int]:
        """The ``limit`` sentences of ``pool`` closest (TF-IDF cosine) to the centroid of ``core``, none unrelated:
        a day's papers tell much besides the day's news, and what the day's other candidates say marks the news."""
        centroid = np.asarray(self.matrix[core].sum(axis=0)).ravel()
        norm = np.linalg.norm(centroid)
        if not norm or limit <= 0:
            return []
        sim = np.asarray(self.matrix[pool] @ (centroid / norm)).ravel()
        order = np.argsort(-sim, kind="stable")[:limit]
        return [pool[j] for j in order if sim[j] > 0]

    def features(self, day: int, events: list[Event]) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
        """(candidate positions, rule-based scores, learned-model feature rows) for ``day`` (kept: date
        reranking and the summary ask for the same day)."""
        if day not in self._features:
            self._features[day] = self._compute_features(day, events)
        return self._features[day]

    def _compute_features(self, day: int, events: list[Event]) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
        weight = self.candidates(day, events)
        if self.matrix is None or weight is None:
            return None
        idx = np.fromiter(weight, dtype=np.int64)
        w = np.array([weight[i] / (1.0 + self.rules.position_decay * self.sentences[i].index) for i in idx])
        vecs = self.matrix[idx]
        names_day = np.fromiter((day in self.sentences[i].days for i in idx), dtype=bool, count=len(idx))
        centroid = np.asarray(vecs.multiply(w[:, None]).sum(axis=0)).ravel()
        norm = np.linalg.norm(centroid)
        if norm == 0:
            return None
        sim = np.asarray(vecs @ (centroid / norm)).ravel()
        namer_sim = sim
        if names_day.any() and not names_day.all():
            namers = np.asarray(vecs[names_day].sum(axis=0)).ravel()
            if np.linalg.norm(namers):
                namer_sim = np.asarray(vecs @ (namers / np.linalg.norm(namers))).ravel()
        central = self.centrality[idx]
        score = ((1 - self.rules.topic_weight) * sim + self.rules.topic_weight * central) \
            * w * np.where(self.quoted[idx], self.rules.quote_factor, 1.0)
        named = self.named_keyword[idx] if self.keyword_re is not None else np.zeros(len(idx), dtype=bool)
        score = score + self.rules.keyword_bonus * named
        evidence = {i for e in events for i in self.event_sentences.get(e.id, ())}
        published, index = self.published[idx], self.index[idx]
        lead = ~names_day & ~self.dated[idx] & (index < self.rules.lead_sentences)
        log_words = np.log(self.length[idx])
        rows = np.column_stack((
            sim, central, w, names_day, lead & (published == day), lead & (published == day + 1),
            np.where(names_day, np.log1p(np.maximum(0, published - day)), 0.0),
            np.log1p(index), log_words, self.quoted[idx], self.has_number[idx], named,
            np.log1p(self.days_named[idx]), self.capitalised[idx],
            np.fromiter((int(i) in evidence for i in idx), dtype=bool, count=len(idx)),
            (log_words - math.log(20)) ** 2, namer_sim, score,
            *_support_columns(vecs, self.article_of[idx]),
        )).astype(float)
        return idx, score, rows

    def pick(self, day: int, k: int, events: list[Event]) -> list[TimelineSentence]:
        if self.matrix is None or k <= 0:
            return []
        found = self.features(day, events)
        if found is None:
            return []
        idx, score, rows = found
        if self.rules.model is not None:
            score = self.rules.model.score(rows)
        vecs = self.matrix[idx]
        order = np.argsort(-score, kind="stable")
        chosen: list[int] = []  # positions in idx
        shortlist = order[: max(20, 10 * k)]  # redundancy among the best few, computed at once
        pairwise = (vecs[shortlist] @ vecs[shortlist].T).toarray()
        rank_of = {int(j): r for r, j in enumerate(shortlist)}
        taken: list[int] = []  # ranks in the shortlist
        limit = self.rules.timeline_redundancy
        earlier = self.matrix[self.picked] if limit is not None and self.picked else None
        repeats = (vecs[shortlist] @ earlier.T).max(axis=1).toarray().ravel() if earlier is not None else None
        for j in order:
            if len(chosen) >= k or score[j] == -np.inf:
                break
            key = _normal(self.sentences[int(idx[j])].text)
            if key in self.used:
                continue
            r = rank_of.get(int(j))
            if taken:
                if r is not None and min(taken) >= 0:
                    overlap = pairwise[r, taken].max()
                else:
                    overlap = (vecs[chosen] @ vecs[j].T).toarray().max()
                if overlap > self.rules.redundancy:
                    continue
            if earlier is not None:
                repeat = repeats[r] if r is not None else (vecs[j] @ earlier.T).max()
                if repeat > limit:
                    continue
            chosen.append(int(j))
            taken.append(r if r is not None else -1)
            self.used.add(key)
        self.picked.extend(int(idx[j]) for j in chosen)
        return [self._cite(self.sentences[int(idx[j])], day) for j in chosen]

    def from_events(self, events: list[Event], k: int) -> list[TimelineSentence]:
        """Summary of background events: their evidence sentences, most significant first."""
        out: list[TimelineSentence] = []
        for e in events:
            for src in e.sources:
                if len(out) >= k:
                    return out
                text = e.summary
                key = _normal(text)
                if key in self.used:
                    continue
                self.used.add(key)
                info = self.corpus.articles.get(src.article_id)
                out.append(TimelineSentence(text, src.article_id, src.published,
                                            info.title if info else src.title, info.url if info else src.url))
                break
        return out

    def _cite(self, s: CorpusSentence, day: int) -> TimelineSentence:
        info = self.corpus.articles.get(s.article_id)
        text = trim(s.text)
        # the day phrase goes only where the date line says the same: a lead of the next day's paper that tells of
        # "Wednesday morning" keeps it under Tuesday
        named = (*s.days, *s.time_days)
        if self.rules.drop_day_phrases and (not named or day in named):
            text = drop_day_phrases(text)
        return TimelineSentence(text, s.article_id, info.published.isoformat() if info else None,
                                info.title if info else None, info.url if info else None)


SUPPORT_COSINE = 0.25  # TF-IDF cosine from which two sentences tell the same fact


def _may_stand_for(s: CorpusSentence, day: int) -> bool:
    """Whether an undated lead may stand for ``day`` (its paper's day, or the day before): not when a time of day
    in it falls on another ("Fresh clashes erupted on Wednesday morning" in Wednesday's paper is no summary of
    Tuesday), nor when it opens on an earlier period ("The last wave of fighting ... ended in a truce": the
    background the paper recalls, not its news)."""
    if _EARLIER_PERIOD.match(s.text):
        return False
    return not s.time_days or day in s.time_days


# A sentence whose subject is an earlier period of the story: "The last wave of fighting", "The previous war".
_EARLIER_PERIOD = re.compile(
    r"(?:``\s*)?(?:The|A|An)\s+(?:last|previous|earlier|prior)\s+(?:(?:wave|round|bout|spell|outbreak)\s+of\s+\w+|"
    r"wars?|conflicts?|flare-ups?|escalations?|uprisings?|crisis|fighting|clashes|ceasefires?|truces?)\b", re.I)


def _support_columns(vecs, articles: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """How far other articles of the day tell the same (``articles``: each row's article, numbered from 0): each candidate's closest candidate from another
    article, how many other articles hold one closer than ``SUPPORT_COSINE`` (log), and the day's
    number of candidates (log). A fact several outlets report is more likely a key fact of the day."""
    from scipy.sparse import csr_matrix

    n = vecs.shape[0]
    sims = (vecs @ vecs.T).tocoo()
    other = articles[sims.row] != articles[sims.col]
    row, col, val = sims.row[other], sims.col[other], sims.data[other]
    best = np.zeros(n)
    np.maximum.at(best, row, val)
    close = val > SUPPORT_COSINE
    hits = csr_matrix((np.ones(int(close.sum())), (row[close], articles[col[close]])),
                      shape=(n, int(articles.max()) + 1 if n else 0))
    supporting = np.diff(hits.tocsr().indptr).astype(float)  # distinct articles per row (duplicates summed)
    return best, np.log1p(supporting), np.full(n, math.log1p(n))


def trim(text: str) -> str:
    """The sentence without its leading wire dateline or fact-box day label."""
    cut = _LEAD_FURNITURE.sub("", text, count=1)
    return cut[:1].upper() + cut[1:] if cut and len(cut) > 20 else text


_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY_PHRASE = re.compile(
    r",?\s+(?:(?:early|late)\s+)?(?:on|since|from|until|by)\s+(?:the\s+(?:night|morning|evening|afternoon)\s+of\s+)?"
    r"(?:" + _WEEKDAY + r"\s*,?\s*)?(?:\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?)"
    r"(?:\s*,?\s*\d{4})?(?=[\s,.;])"
    r"|,?\s+(?:(?:early|late)\s+)?on\s+" + _WEEKDAY + r"(?:\s+(?:night|morning|evening|afternoon))?(?=[\s,.;])"
    r"|,?\s+(?:yesterday|today|tonight|last\s+night)(?:\s+(?:morning|evening|afternoon))?(?=[\s,.;])"
)


# A short relative clause whose only complement is the day ("the fighting, which began on Sunday, ...") says
# nothing once the day is cut ("which began,"): its day phrase stays.
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that|who)(?:\s+[\w'-]+){1,2}$", re.I)


_CONJUNCTION_COMMA = re.compile(r"^(But|And|Yet|So)\s*,\s+")


def drop_day_phrases(text: str) -> str:
    """The sentence without phrases naming its day ("on 20 April", "on Tuesday", "yesterday"): the
    timeline's date line already says when."""
    cut = _DAY_PHRASE.sub(lambda m: m.group(0) if _RELATIVE_BEFORE.search(text, 0, m.start()) else "", text)
    cut = re.sub(r"^[\s,]+", "", cut)
    cut = _CONJUNCTION_COMMA.sub(r"\1 ", cut)  # "But on Tuesday, the ministry said" -> "But the ministry said"
    return cut[:1].upper() + cut[1:] if len(cut.split()) >= 5 else text


def _normal(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


_STOP_WORDS = """a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just me more most my
myself no nor not now of off on once only or other our ours ourselves out over own same she should so some
such than that the their theirs them themselves then there these they this those through to too under until
up very was we were what when where which while who whom why will with would you your yours yourself
yourselves said says say told"""
_STOP = frozenset(_STOP_WORDS.split())
_TOKEN = re.compile(r"[a-z][a-z0-9\-]+")


def tfidf(texts: list[str]):
    """L2-normalised TF-IDF rows (sublinear tf, smooth idf) of ``texts``, as a CSR matrix.

    The same weighting as scikit-learn's ``TfidfVectorizer(sublinear_tf=True)`` with our tokens and stop
    words, written with numpy so that a timeline from the command line does not pay sklearn's import
    (seconds on a loaded machine) for one matrix.
    """
    from scipy.sparse import csr_matrix

    vocab: dict[str, int] = {}
    columns: list[int] = []
    counts: list[int] = []
    indptr = [0]
    for text in texts:
        tally = Counter(w for w in _TOKEN.findall(text.lower()) if w not in _STOP)
        columns.extend(vocab.setdefault(w, len(vocab)) for w in tally)
        counts.extend(tally.values())
        indptr.append(len(columns))
    n = len(texts)
    cols = np.asarray(columns, dtype=np.int64)
    ptr = np.asarray(indptr, dtype=np.int64)
    idf = np.log((1 + n) / (1 + np.bincount(cols, minlength=len(vocab)))) + 1.0
    data = (1.0 + np.log(np.asarray(counts, dtype=float))) * idf[cols]
    lengths = np.diff(ptr)
    row_of = np.repeat(np.arange(n), lengths)
    norms = np.sqrt(np.bincount(row_of, weights=data * data, minlength=n))
    norms[norms == 0] = 1.0
    data = data / norms[row_of]
    return csr_matrix((data, cols, ptr), shape=(n, max(1, len(vocab))))
