"""Timelines as Markdown, HTML and the Timeline17 text format."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable, Iterable, Mapping

from dateline.model import Claim, Event, TimelineEntry
from dateline.resolve import parts_of_totals
from dateline.taxonomy import VIOLENT_EVENT_TYPES

TLS_SEPARATOR = "-" * 32


def written_date(value: str, precision: str | None) -> str:
    """A date as a reader writes it: one dated by its decade is "1990s", not its first year."""
    return f"{value[:3]}0s" if precision == "decade" and len(value) == 4 else value


def heading(t: TimelineEntry, precisions: Iterable[str]) -> str:
    """A timeline entry's date as a reader writes it: a background period whose events are all dated by their
    decade (``precisions``: its events' date precisions) is "1990s", not its first year."""
    found = list(precisions)
    if t.background and found and all(p == "decade" for p in found):
        return written_date(t.date, "decade")
    return t.date


def to_markdown(entries: list[TimelineEntry], events: Mapping[str, Event] | None = None) -> str:
    """One section per date: sentences with their article, then (given ``events``) its events and claims."""
    lines: list[str] = []
    for t in entries:
        evs = _events_of(t, events)
        lines.append(f"## {heading(t, (e.date_precision for e in evs))}" + (" (background)" if t.background else ""))
        for s in t.summary:
            cite = f" [{s.title or s.article_id}, {s.published}]" if s.article_id else ""
            lines.append(f"- {s.text}{cite}")
        listed, counted = key_events(evs)
        for e in listed:
            lines.append(f"- Event `{e.id}`: {_event_line(e)}")
            lines.extend(f"  - {c}" for c in claim_lines(e.claims))
        if counted:
            lines.append(f"- {_more_line(counted, bool(listed))}")
        lines.append("")
    return "\n".join(lines)


def to_html(entries: list[TimelineEntry], events: Mapping[str, Event] | None = None) -> str:
    """A standalone page: the same content as the Markdown."""
    esc = html.escape
    parts = ["<!doctype html><html lang='en'><meta charset='utf-8'><title>dateline timeline</title>",
             "<style>body{font-family:sans-serif;max-width:60em;margin:auto}.bg{color:#666}"
             "cite{color:#555;font-size:.9em}</style><body><h1>Timeline</h1>"]
    for t in entries:
        cls = " class='bg'" if t.background else ""
        label = " (background)" if t.background else ""
        evs = _events_of(t, events)
        parts.append(f"<section{cls}><h2 id='d{esc(t.date)}'>{esc(heading(t, (e.date_precision for e in evs)))}{label}</h2><ul>")
        for s in t.summary:
            link = esc(s.title or s.article_id or "")
            if s.url:
                link = f"<a href='{esc(s.url)}'>{link}</a>"
            cite = f" <cite>{link}, {esc(s.published or '')}</cite>" if s.article_id else ""
            parts.append(f"<li>{esc(s.text)}{cite}</li>")
        parts.append("</ul>")
        if evs:
            listed, counted = key_events(evs)
            parts.append("<ul class='events'>")
            for e in listed:
                claims = "".join(f"<li>{esc(c)}</li>" for c in claim_lines(e.claims))
                parts.append(f"<li><code>{esc(e.id)}</code> {esc(_event_line(e))}"
                             + (f"<ul>{claims}</ul>" if claims else "") + "</li>")
            if counted:
                parts.append(f"<li class='more'>{esc(_more_line(counted, bool(listed)))}</li>")
            parts.append("</ul>")
        parts.append("</section>")
    parts.append("</body></html>")
    return "".join(parts)


def to_tls_text(entries: Iterable[TimelineEntry], tokenize: Callable[[str], str] | None = None) -> str:
    """The Timeline17 text format: a date line, one sentence a line, a line of 32 dashes."""
    out: list[str] = []
    for t in entries:
        out.append(t.date)
        out.extend((tokenize(s.text) if tokenize else " ".join(s.text.split())) for s in t.summary)
        out.append(TLS_SEPARATOR)
    return "\n".join(out) + ("\n" if out else "")


QUALIFIER_WORDS = {"exact": "", "about": "about ", "at_least": "at least ", "more_than": "more than ",
                    "at_most": "at most ", "fewer_than": "fewer than "}


def claim_line(c: Claim) -> str:
    """``killed: at least 16 (Armenia), says Nagorno-Karabakh's defence ministry``."""
    # thousands separated as news writes them; a range ("10 to 15", "hundreds of thousands") is its own bound
    count = f"{c.count:,}-{c.count_high:,}" if c.count_high else f"{c.count:,}"
    qualifier = "" if c.count_high else QUALIFIER_WORDS.get(c.qualifier, "")
    side = f" ({c.side})" if c.side else ""
    who = f", says {c.claimant}" if c.claimant else ", claimant not named"
    return f"{c.kind}: {qualifier}{count}{side}{who}"


def claim_lines(claims: Iterable[Claim], line: Callable[[Claim], str] | None = None) -> list[str]:
    """One line per distinct claim (as ``line`` writes it; ``claim_line`` by default), with how many reports repeat
    it; contradictions stay side by side."""
    claims = list(claims)
    totals = parts_of_totals(claims)
    counts: dict[str, int] = {}
    for c in claims:
        text = (line or claim_line)(c)
        total = totals.get(id(c))
        if total is not None:  # "including seven civilians": part of the sentence's total, no toll of its own
            text += f" (among the {QUALIFIER_WORDS.get(total.qualifier, '')}{total.count:,})"
        counts[text] = counts.get(text, 0) + 1
    return [text + (f" ({n} reports)" if n > 1 else "") for text, n in counts.items()]


def where(e: Event) -> str:
    """The event's place as written: location, admin1, country, each once ("Armenia", not "Armenia, Armenia",
    for an event placed in the country as a whole)."""
    return ", ".join(dict.fromkeys(x for x in (e.location, e.admin1, e.country) if x))


def _event_line(e: Event) -> str:
    actors = " vs ".join(a for a in (e.actor1, e.actor2) if a)
    place = where(e)
    bits = [e.sub_event_type or e.event_type]
    if actors:
        bits.append(actors)
    if place:
        bits.append(place)
    if e.fatalities.best:
        bits.append(f"fatalities {e.fatalities.best:,}")
    if e.contradiction:
        bits.append("contradictory claims")
    bits.append(f"{len(e.sources)} source(s)")
    return "; ".join(bits)


# What a date's entry lists in full: political violence, demonstrations and agreements (the ceasefires), and any
# event with a casualty claim or told by several reports.
_KEY_TYPES = frozenset({*VIOLENT_EVENT_TYPES, "Protests", "Riots"})


def key_events(evs: list[Event]) -> tuple[list[Event], list[Event]]:
    """(the events a date's entry lists in full, those it only counts): a statement, a move or an "Other" told by
    one report and counting no one is counted in one line, so that a date of a busy news story shows its fighting,
    tolls and truces, not thirty one-line statements. Every event stays in the store and the JSON."""
    listed, counted = [], []
    for e in evs:
        key = e.event_type in _KEY_TYPES or e.sub_event_type == "Agreement" or bool(e.claims) or len(e.sources) > 1
        (listed if key else counted).append(e)
    return listed, counted


def _more_line(counted: list[Event], more: bool) -> str:
    """"2 more events told by one report each: REQUEST (2)" (``more``: after the listed ones)."""
    kinds = Counter(e.plover or e.sub_event_type or e.event_type for e in counted)
    named = ", ".join(k + (f" ({n})" if n > 1 else "") for k, n in kinds.most_common())
    n = len(counted)
    return (f"{n}{' more' if more else ''} event{'s' if n > 1 else ''} told by one report"
            f"{' each' if n > 1 else ''}: {named}")


def _events_of(t: TimelineEntry, events: Mapping[str, Event] | None) -> list[Event]:
    if not events:
        return []
    return [events[i] for i in t.event_ids if i in events]
