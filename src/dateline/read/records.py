"""One record (a JSON object or a CSV row) to one Article: the field names both formats share.

Field names are matched case-insensitively; the first present, non-empty one wins:
- text: ``text``, ``body``, ``content``, ``article``, ``maintext``
- publication date: ``published``, ``date``, ``published_at``, ``publication_date``,
  ``pubdate``, ``datetime``, ``time``
- optional metadata: ``title``/``headline``, ``url``/``link``, ``source``/``outlet``/``publisher``,
  ``id``. The content id (text + date) stays the key; a given ``id`` is reported in errors so a
  bad row can be found, and the article's ``path`` is ``file:line``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from dateline.model import Article, ReadError
from dateline.read.dates import parse_date

TEXT_FIELDS: tuple[str, ...] = ("text", "body", "content", "article", "maintext")
DATE_FIELDS: tuple[str, ...] = (
    "published", "date", "published_at", "publication_date", "pubdate", "datetime", "time",
)
TITLE_FIELDS: tuple[str, ...] = ("title", "headline")
URL_FIELDS: tuple[str, ...] = ("url", "link")
SOURCE_FIELDS: tuple[str, ...] = ("source", "outlet", "publisher")
ID_FIELDS: tuple[str, ...] = ("id",)


def find_field(names: Iterable[str], wanted: tuple[str, ...]) -> str | None:
    """The first of ``wanted`` among ``names`` (case-insensitive), as spelled in ``names``."""
    by_lower = {}
    for name in names:
        if isinstance(name, str):
            by_lower.setdefault(name.strip().lower(), name)
    for w in wanted:
        if w in by_lower:
            return by_lower[w]
    return None


def _value(record: Mapping[str, Any], wanted: tuple[str, ...]) -> Any:
    """The first non-empty value among the ``wanted`` fields."""
    lowered = {k.strip().lower(): v for k, v in record.items() if isinstance(k, str)}
    for w in wanted:
        v = lowered.get(w)
        if isinstance(v, str):
            v = v.strip()
        if v not in (None, "", [], {}):
            return v
    return None


def _text_value(v: Any) -> str | None:
    """Metadata as a string; a nested object like ``{"name": "Reuters"}`` gives its name."""
    if isinstance(v, Mapping):
        v = v.get("name") or v.get("title") or v.get("href")
    if v is None or isinstance(v, (list, dict)):
        return None
    return str(v).strip() or None


def article_from_record(record: Mapping[str, Any], path: str, line: int, fmt: str) -> Article | ReadError:
    """The article a record describes, or why it cannot be one."""
    given_id = _text_value(_value(record, ID_FIELDS))
    label = f" (id {given_id})" if given_id else ""
    text = _value(record, TEXT_FIELDS)
    if not isinstance(text, str) or not text.strip():
        return ReadError(path, f"no article text{label}: expected a non-empty field {_names(TEXT_FIELDS)}", line)
    raw_date = _value(record, DATE_FIELDS)
    if raw_date is None:
        return ReadError(path, f"no publication date{label}: expected a field {_names(DATE_FIELDS)}", line)
    published = parse_date(raw_date)
    if published is None:
        return ReadError(path, f"unreadable publication date {str(raw_date)[:60]!r}{label}", line)
    text = text.strip()
    return Article(
        id=Article.make_id(text, published),
        text=text,
        published=published,
        title=_text_value(_value(record, TITLE_FIELDS)),
        url=_text_value(_value(record, URL_FIELDS)),
        source=_text_value(_value(record, SOURCE_FIELDS)),
        path=f"{path}:{line}",
        format=fmt,
    )


def _names(fields: tuple[str, ...]) -> str:
    return " or ".join(repr(f) for f in fields[:3]) + (" (or similar)" if len(fields) > 3 else "")
