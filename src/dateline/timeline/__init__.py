"""Dated timelines: choose the dates that matter and summarise each with sourced sentences.

Public API (stable; internals free to change):
- ``TimelineOptions``: number of dates, sentences per date, date range, topic keywords.
- ``build(store, options) -> list[TimelineEntry]``, in date order.
- ``to_markdown(entries)``, ``to_html(entries)`` (optionally with the events, to list their claims);
  ``TimelineEntry.to_json()`` for JSON; ``to_tls_text(entries)`` for the Timeline17 format.
"""

from dateline.timeline.build import DateWeights, SentenceRules, TimelineOptions, build, build_from_corpus
from dateline.timeline.corpus import Corpus, load
from dateline.timeline.render import claim_line, to_html, to_markdown, to_tls_text

__all__ = [
    "Corpus", "DateWeights", "SentenceRules", "TimelineOptions", "build", "build_from_corpus",
    "claim_line", "load", "to_html", "to_markdown", "to_tls_text",
]
