"""The public functions of ``dateline.time``: tag a text, date an event span, read a value's interval."""

from __future__ import annotations

from datetime import date

from dateline.model import TemporalExpression
from dateline.time.anchor import date_for_span, expression_role, period_clause_toll, running_toll, when_after
from dateline.time.tagger import tag_text
from dateline.time.values import value_interval


def tag(text: str, dct: date, mode: str = "news") -> list[TemporalExpression]:
    """TIMEX3 expressions of ``text`` (offsets into it), resolved against ``dct``.

    ``mode="news"`` anchors deictic expressions on the publication date ``dct``;
    ``mode="narrative"`` anchors them on the last absolute date mentioned (history texts).
    """
    if mode not in ("news", "narrative"):
        raise ValueError(f"mode must be 'news' or 'narrative', not {mode!r}")
    return tag_text(text, dct, mode=mode)


__all__ = ["date_for_span", "expression_role", "period_clause_toll", "running_toll", "tag", "value_interval", "when_after"]
