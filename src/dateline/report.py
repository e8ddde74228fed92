"""A terminal summary of the stored events: what happened, who claims what, from which sources."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from dateline.model import Event


def _figure(lo: int | None, best: int | None, hi: int | None) -> str:
    if best is None:
        return "-"
    return str(best) if lo == hi == best else f"{best} ({lo}–{hi})"


def events_table(events: Sequence[Event]) -> Table:
    """One row per event; claims listed under it with their claimant."""
    table = Table(title=f"{len(events)} events", show_lines=True, expand=True)
    table.add_column("date", no_wrap=True)
    table.add_column("event")
    table.add_column("place / actors")
    table.add_column("killed\nbest (low–high)", justify="right")
    table.add_column("claims (claimant: figure)")
    table.add_column("src", justify="right")
    for e in events:
        date = e.date + (f"–{e.date_end}" if e.date_end else "")
        kind = e.sub_event_type + (f" [{e.plover}]" if e.plover else "")
        what = Text(kind, style="bold")
        if e.background:
            what.append("\nbackground", style="italic yellow")
        if e.contradiction:
            what.append("\nclaims disagree", style="red")
        where = ", ".join(x for x in (e.location, e.admin1, e.country) if x) or "?"
        actors = " vs ".join(x for x in (e.actor1, e.actor2) if x)
        claims = "\n".join(
            f"{c.claimant or 'unattributed'}: {_qual(c.qualifier)}{c.count}"
            f"{'–' + str(c.count_high) if c.count_high else ''} {c.kind}"
            f"{' (' + c.side + ')' if c.side else ''}"
            for c in e.claims
        )
        table.add_row(date, what, f"{where}\n{actors}",
                      _figure(e.fatalities.low, e.fatalities.best, e.fatalities.high),
                      claims or "-", str(len(e.sources)))
    return table


_QUAL = {"exact": "", "about": "~", "at_least": "≥", "more_than": ">", "at_most": "≤", "fewer_than": "<"}


def _qual(q: str) -> str:
    return _QUAL.get(q, "")


def print_report(events: Sequence[Event], console: Console | None = None) -> None:
    console = console or Console()
    n_claims = sum(len(e.claims) for e in events)
    multi = sum(1 for e in events if len(e.sources) > 1)
    console.print(Group(
        events_table(events),
        Text(f"{len(events)} events, {n_claims} claims; {multi} events reported by more than one article; "
             f"{sum(e.contradiction for e in events)} with contradicting claims."),
    ))
