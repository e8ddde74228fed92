"""Temporal expressions: find them, normalise them to TIMEX3 values, and date event mentions.

Public API (stable; the internals are free to change):
- ``tag(text, dct, mode="news") -> list[TemporalExpression]``
- ``date_for_span(start, end, sentences, timexes, dct) -> EventDate``
- ``value_interval(value) -> tuple[date, date, precision] | None``
- ``when_after(timex, sentence) -> bool``: a "when" clause tells what happened at that date
- ``running_toll(sentence, timexes) -> bool``: the sentence tells a period's running toll with no date of its own
- ``period_clause_toll(text, start) -> bool``: the count at ``start`` is a period's running toll in a relative clause
- ``expression_role(timex, sentence) -> str``: 'main', 'subordinate', 'report', 'since' or 'comparison'
"""

from dateline.time.api import (
    date_for_span,
    expression_role,
    period_clause_toll,
    running_toll,
    tag,
    value_interval,
    when_after,
)

__all__ = ["date_for_span", "expression_role", "period_clause_toll", "running_toll", "tag", "value_interval", "when_after"]
