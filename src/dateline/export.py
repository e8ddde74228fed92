"""Exports of events: JSON (one array), JSON Lines, and CSV with ACLED-compatible columns."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

from dateline.model import Event
from dateline.resolve import acled_figure

# ACLED's column names where dateline has the same field; dateline's own fields follow.
CSV_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
    "source", "notes", "fatalities",
    "date_end", "fatalities_low", "fatalities_high", "background", "contradiction", "n_claims",
    "claims", "article_ids", "country_guessed",
)
_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}


def to_json(events: Iterable[Event], *, indent: int | None = 2) -> str:
    return json.dumps([e.to_json() for e in events], ensure_ascii=False, indent=indent)


def to_jsonl(events: Iterable[Event]) -> str:
    return "".join(json.dumps(e.to_json(), ensure_ascii=False) + "\n" for e in events)


def csv_row(e: Event) -> dict[str, object]:
    return {
        "event_id_cnty": e.id,
        "event_date": e.date,
        "year": e.date[:4],
        "time_precision": _TIME_PRECISION.get(e.date_precision, 3),
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "actor1": e.actor1,
        "actor2": e.actor2 or "",
        "country": e.country,
        "admin1": e.admin1 or "",
        "location": e.location or "",
        "latitude": "" if e.latitude is None else e.latitude,
        "longitude": "" if e.longitude is None else e.longitude,
        # ACLED: 1 the town itself, 3 a larger region; a guessed country is never more than that
        "geo_precision": 1 if e.latitude is not None and not e.country_guessed else 3,
        "source": "; ".join(sorted({s.source or s.title or s.article_id for s in e.sources})),
        "notes": e.summary,
        # ACLED's one figure, as ``eval acled`` scores it (``resolve.acled_figure`` of the event's best)
        "fatalities": acled_figure(e.fatalities.best, [e.summary, *(c.quote for c in e.claims)], e.date),
        "date_end": e.date_end or "",
        "fatalities_low": "" if e.fatalities.low is None else e.fatalities.low,
        "fatalities_high": "" if e.fatalities.high is None else e.fatalities.high,
        "background": int(e.background),
        "contradiction": int(e.contradiction),
        "n_claims": len(e.claims),
        "claims": " | ".join(
            f"{c.claimant or '?'}: {c.count} {c.kind} ({c.side or '?'})" for c in e.claims
        ),
        "article_ids": " ".join(s.article_id for s in e.sources),
        # 1: no report states the country, the country models guessed it (``Event.country_guessed``)
        "country_guessed": int(e.country_guessed),
    }


def to_csv(events: Iterable[Event]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
    w.writeheader()
    for e in events:
        w.writerow(csv_row(e))
    return buf.getvalue()
