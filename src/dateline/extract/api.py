"""First version: keyword typing and a "N killed" claim rule. Replaced stage by stage (issue 4)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from dateline import time as timex
from dateline.model import Article, Claim, EventMention, Sentence, TemporalExpression, stable_id

_RULES: list[tuple[re.Pattern[str], str, str, str | None]] = [
    (re.compile(r"\b(ceasefire|truce|peace deal|agreement)\b", re.I), "Strategic developments", "Agreement", "AGREE"),
    (re.compile(r"\b(shell\w*|artillery|missile|rocket)\b", re.I), "Explosions/Remote violence", "Shelling/artillery/missile attack", None),
    (re.compile(r"\b(air ?strike|drone)\b", re.I), "Explosions/Remote violence", "Air/drone strike", None),
    (re.compile(r"\b(clash\w*|fighting|battle|hostilities)\b", re.I), "Battles", "Armed clash", None),
    (re.compile(r"\b(protest\w*|demonstrat\w*)\b", re.I), "Protests", "Peaceful protest", None),
]
_KILLED = re.compile(r"\b(\d[\d,]*)\s+(?:\w+\s+){0,3}?(?:were\s+)?(killed|died|dead|wounded|injured|captured|missing)\b", re.I)
_KIND = {"killed": "killed", "died": "killed", "dead": "killed", "wounded": "wounded",
         "injured": "wounded", "captured": "captured", "missing": "missing"}


def classify(text: str) -> tuple[str, str, str | None]:
    for pattern, etype, sub, plover in _RULES:
        if pattern.search(text):
            return etype, sub, plover
    return "Strategic developments", "Other", None


def extract(
    article: Article, doc: Any, sentences: list[Sentence], timexes: list[TemporalExpression]
) -> list[EventMention]:
    out: list[EventMention] = []
    for s in sentences:
        hit = any(p.search(s.text) for p, *_ in _RULES) or _KILLED.search(s.text)
        if not hit:
            continue
        etype, sub, plover = classify(s.text)
        mid = stable_id(article.id, str(s.index))
        claims = [
            Claim(kind=_KIND[m.group(2).lower()], count=int(m.group(1).replace(",", "")),
                  quote=s.text, article_id=article.id, start=s.start, end=s.end, mention_id=mid)
            for m in _KILLED.finditer(s.text)
        ]
        out.append(EventMention(
            id=mid, article_id=article.id, sentence_index=s.index, start=s.start, end=s.end,
            text=s.text, event_type=etype, sub_event_type=sub, plover=plover,
            date=timex.date_for_span(s.start, s.end, sentences, timexes, _as_date(article.published)),
            claims=claims,
        ))
    return out


def _as_date(d: date) -> date:
    return d
