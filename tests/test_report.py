"""The terminal report: a table on wide terminals, one block per event on narrow ones."""

from __future__ import annotations

import io

from rich.console import Console

from dateline.model import Claim, Event, Fatalities, Source
from dateline.report import print_report


def _event() -> Event:
    claims = [
        Claim("killed", 21, side="Azerbaijan", claimant="Azerbaijani officials"),
        Claim("wounded", 70, qualifier="about", side="Azerbaijan", claimant="Azerbaijani officials"),
        Claim("killed", 12, qualifier="at_least", side="Azerbaijan", claimant="a local hospital"),
    ]
    return Event(
        id="e1", date="2020-10-28", date_end=None, event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack", actor1="Military Forces of Armenia",
        actor2="Civilians (Azerbaijan)", country="Azerbaijan", admin1="Barda", location="Barda",
        latitude=40.4, longitude=47.1, fatalities=Fatalities(12, 21, 21), background=False, claims=claims,
        sources=[Source("a1", "2020-10-28"), Source("a2", "2020-10-29")], summary="Rockets hit Barda.",
        contradiction=True,
    )


def _render(width: int) -> str:
    out = io.StringIO()
    print_report([_event()], Console(file=out, width=width, color_system=None))
    return out.getvalue()


def test_narrow_terminal_gets_one_readable_line_per_claim():
    text = _render(100)
    lines = text.splitlines()
    assert lines[0].startswith("2020-10-28  Shelling/artillery/missile attack  killed 21 (12–21)  2 sources")
    assert "claims disagree" in lines[0]
    assert lines[1] == "  Barda, Azerbaijan · Military Forces of Armenia vs Civilians (Azerbaijan)"  # town and district named once
    assert lines[2:5] == ["    Azerbaijani officials: 21 killed (Azerbaijan)",
                          "    Azerbaijani officials: ~70 wounded (Azerbaijan)",
                          "    a local hospital: ≥12 killed (Azerbaijan)"]
    assert lines[-1] == "1 event, 3 claims; 1 event reported by more than one article; 1 with contradicting claims."
    assert "┃" not in text and "│" not in text


def test_wide_terminal_gets_the_table():
    text = _render(160)
    assert "┃ date" in text and "│ 2020-10-28 │" in text  # the table, one row per event
    assert "Azerbaijani officials: 21 killed" in text
