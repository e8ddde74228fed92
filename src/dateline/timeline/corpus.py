"""What the timeline builder reads from a store: sentences with the days they mention, and events.

Read with plain SQL (one pass per table) so a timeline over a few hundred articles loads in well
under a second. A sentence "mentions" a day when a DATE time expression inside it resolves to that
day (TIMEX3 ``YYYY-MM-DD``); the article's publication date is kept as weak evidence.
"""

from __future__ import annotations

import bisect
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from dateline.model import Event, Sentence, TemporalExpression
from dateline.store import Store, event_from_json
from dateline.time.anchor import is_start_point
from dateline.time.values import day_of

_PART_OF_DAY = re.compile(r"T(?:MO|AF|EV|NI|MI|DT)$")  # TIMEX3 values of a part of a day


@dataclass(slots=True)
class ArticleInfo:
    id: str
    published: date
    title: str | None
    url: str | None
    source: str | None


@dataclass(slots=True)
class CorpusSentence:
    """One stored sentence with the days it names (ordinals) and its article's publication day."""

    article_id: str
    index: int
    text: str
    published: int  # ordinal
    days: tuple[int, ...]  # ordinals of the days its DATE expressions resolve to
    dated: bool  # it holds any DATE expression (a day, month, year, or "last week")
    # ordinals of the days its times of day fall on ("on Wednesday morning", "Tuesday evening"): an undated lead
    # stands for no other day; they do not make it a sentence naming the day (counted so, Timeline17 loses)
    time_days: tuple[int, ...] = ()
    # ordinals of the days it names only as the start of what it tells ("have been killed since the fighting
    # began on September 27"): they count as references to the day, but the sentence tells of the days since
    start_days: tuple[int, ...] = ()


@dataclass(slots=True)
class Corpus:
    articles: dict[str, ArticleInfo]
    sentences: list[CorpusSentence]
    events: list[Event] = field(default_factory=list)
    # (article id, sentence index) -> ids of the events whose mentions are that sentence
    sentence_events: dict[tuple[str, int], list[str]] = field(default_factory=dict)


def load(store: Store, *, with_events: bool = True) -> Corpus:
    """Articles, sentences with their days, and (optionally) events of a store."""
    db = store.db
    articles: dict[str, ArticleInfo] = {}
    for r in db.execute("SELECT id, published, title, url, source FROM articles"):
        articles[r[0]] = ArticleInfo(r[0], date.fromisoformat(r[1]), r[2], r[3], r[4])

    # DATE expressions per article, by start offset; and times of day that fall on a day ("Wednesday morning",
    # "last night"), not clock times, which are mostly a page's time stamp ("Tue Apr 27, 2010 4:08 am EDT")
    timexes: dict[str, list[tuple[int, int, int | None]]] = defaultdict(list)  # (start, end, day ordinal)
    times: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for aid, start, end, kind, value in db.execute(
        'SELECT article_id, start, "end", type, value FROM timexes WHERE type IN (\'DATE\', \'TIME\') '
        "ORDER BY article_id, start"
    ):
        d = day_of(value)
        if kind == "DATE":
            timexes[aid].append((start, end, d.toordinal() if d else None))
        elif d is not None and _PART_OF_DAY.search(value):
            times[aid].append((start, d.toordinal()))

    sentences: list[CorpusSentence] = []
    published = {aid: info.published.toordinal() for aid, info in articles.items()}
    rows = db.execute('SELECT article_id, idx, start, "end", text FROM sentences ORDER BY article_id, idx')
    current: str | None = None
    starts: list[int] = []
    for aid, idx, start, end, text in rows:
        if aid not in published:
            continue
        if aid != current:
            current = aid
            starts = [t[0] for t in timexes.get(aid, [])]
            time_starts = [t[0] for t in times.get(aid, [])]
        t_lo, t_hi = bisect.bisect_left(time_starts, start), bisect.bisect_left(time_starts, end)
        time_days = tuple(sorted({d for _, d in times[aid][t_lo:t_hi]})) if t_lo < t_hi else ()
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        if lo == hi:  # most sentences hold no date
            sentences.append(CorpusSentence(aid, idx, text, published[aid], (), False, time_days))
            continue
        named = [t for t in timexes[aid][lo:hi] if t[2] is not None]
        sentence = Sentence(aid, idx, start, end, text)
        as_start = [is_start_point(TemporalExpression(t_start, t_end, text[t_start - start:t_end - start], "DATE", ""),
                                   sentence) for t_start, t_end, _ in named]
        days = tuple(dict.fromkeys(d for (_, _, d), is_start in zip(named, as_start) if not is_start))
        # (a day also told otherwise in the sentence is a day of it)
        start_days = tuple(sorted({d for (_, _, d), is_start in zip(named, as_start) if is_start}.difference(days)))
        sentences.append(CorpusSentence(aid, idx, text, published[aid], days, True, time_days, start_days))

    corpus = Corpus(articles, sentences)
    if with_events:
        mention_pos = {
            r[0]: (r[1], r[2])
            for r in db.execute("SELECT id, article_id, sentence_index FROM mentions")
        }
        for (raw,) in db.execute("SELECT json FROM events ORDER BY date, id"):
            event = event_from_json(json.loads(raw))
            corpus.events.append(event)
            for mid in event.mention_ids:
                pos = mention_pos.get(mid)
                if pos is not None:
                    corpus.sentence_events.setdefault(pos, []).append(event.id)
    return corpus
