"""Event mentions, actors, places and casualty claims from analysed sentences.

Public API (stable; internals free to change):
- ``extract(article, doc, sentences, timexes) -> list[EventMention]`` where ``doc`` is the
  spaCy ``Doc`` of ``article.text`` and ``sentences`` its ``Sentence`` records.
- ``classify(text) -> tuple[event_type, sub_event_type, plover | None]`` for one snippet.
- ``may_claim(text) -> bool`` / ``may_report_event(text) -> bool``: whether a sentence may carry a
  casualty claim / may be typed as a reportable event (never False where extraction would find one).
"""

from dateline.extract.api import extract
from dateline.extract.cues import may_claim, may_report_event
from dateline.extract.typing import classify

__all__ = ["classify", "extract", "may_claim", "may_report_event"]
