"""A terminal summary of the stored events: what happened, who claims what, from which sources."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from dateline.model import Claim, Event
from dateline.timeline.render import claim_lines, where, written_date


def _figure(lo: int | None, best: int | None, hi: int | None) -> str:
    if best is None:
        return "-"
    return f"{best:,}" if lo == hi == best else f"{best:,} ({lo:,}–{hi:,})"


def events_table(events: Sequence[Event]) -> Table:
    """One row per event; claims listed under it with their claimant."""
    table = Table(title=_count(len(events), "event"), show_lines=True, expand=True)
    table.add_column("date", no_wrap=True)
    table.add_column("event")
    table.add_column("place / actors")
    table.add_column("killed\nbest (low–high)", justify="right")
    table.add_column("claims (claimant: figure)")
    table.add_column("src", justify="right")
    for e in events:
        date, kind, where, actors = _described(e)
        what = Text(kind, style="bold")
        if e.background:
            what.append("\nbackground", style="italic yellow")
        if e.contradiction:
            what.append("\nclaims disagree", style="red")
        claims = "\n".join(claim_lines(e.claims, claim_line))
        table.add_row(date, what, f"{where or '?'}\n{actors}",
                      _figure(e.fatalities.low, e.fatalities.best, e.fatalities.high),
                      claims or "-", str(len(e.sources)))
    return table


def _described(e: Event) -> tuple[str, str, str, str]:
    """(dates, kind, place, actors) of an event as the report writes them."""
    return (written_date(e.date, e.date_precision) + (f"–{e.date_end}" if e.date_end else ""),
            e.sub_event_type + (f" [{e.plover}]" if e.plover else ""),
            where(e),
            " vs ".join(x for x in (e.actor1, e.actor2) if x))


_QUAL = {"exact": "", "about": "~", "at_least": "≥", "more_than": ">", "at_most": "≤", "fewer_than": "<"}


def _qual(q: str) -> str:
    return _QUAL.get(q, "")


def claim_line(c: Claim) -> str:
    """One claim as an analyst writes it: "Azerbaijani officials: 21 killed (Azerbaijan)", figures with their
    thousands separated (">6,500"), one casualty."""
    high = f"–{c.count_high:,}" if c.count_high else ""
    side = f" ({c.side})" if c.side else ""
    kind = "casualty" if c.kind == "casualties" and c.count == 1 and not high else c.kind
    qualifier = "" if high else _qual(c.qualifier)  # a range ("dozens": 24-99) is its own bound
    return f"{c.claimant or 'unattributed'}: {qualifier}{c.count:,}{high} {kind}{side}"


def events_blocks(events: Sequence[Event]) -> Group:
    """One short block per event, for terminals too narrow for the table (80 columns, a pipe)."""
    parts: list[Text] = []
    for e in events:
        date, kind, where, actors = _described(e)
        head = Text(f"{date}  {kind}", style="bold")
        if e.fatalities.best is not None:
            head.append(f"  killed {_figure(e.fatalities.low, e.fatalities.best, e.fatalities.high)}")
        head.append(f"  {_count(len(e.sources), 'source')}", style="dim")
        if e.background:
            head.append("  background", style="italic yellow")
        if e.contradiction:
            head.append("  claims disagree", style="red")
        lines = [head, Text(f"  {where or 'place unknown'}" + (f" · {actors}" if actors else ""))]
        lines += [Text(f"    {line}") for line in claim_lines(e.claims, claim_line)]
        parts.append(Text("\n").join(lines))
    return Group(*parts)


def print_report(events: Sequence[Event], console: Console | None = None) -> None:
    """The table on a wide terminal; one block per event on a narrow one (the table's columns would
    wrap every word there); then the counts."""
    console = console or Console()
    n_claims = sum(len(e.claims) for e in events)
    multi = sum(1 for e in events if len(e.sources) > 1)
    body = events_table(events) if console.width >= WIDE else events_blocks(events)
    console.print(Group(
        body,
        Text(f"{_count(len(events), 'event')}, {_count(n_claims, 'claim')}; {_count(multi, 'event')} reported by "
             f"more than one article; {sum(e.contradiction for e in events)} with contradicting claims."),
    ))


# Below this many columns the table's six columns wrap word by word.
WIDE = 120


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
