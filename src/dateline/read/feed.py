"""RSS and Atom feed files (feedparser, on the local bytes only): each entry is an article.

The text is the entry's longest ``content``/``summary``/``description`` with HTML removed
(paragraphs kept as blank-line breaks). The date is the entry's ``published`` (else ``updated``,
``created``) as written, so its *local* calendar day is kept ("Mon, 28 Sep 2020 01:00:00 +0400"
is 28 September). An entry without text or date is one error, located at the line where the
entry starts; the other entries are still read. The outlet (``source``) is the feed's title.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import feedparser
import lxml.html

from dateline.model import Article, ReadError
from dateline.read.dates import parse_date
from dateline.read.decode import check_not_binary, unwrap

FEED_HINT = re.compile(r"<rss[\s>]|<feed[\s>]|<rdf:rdf[\s>]|<channel[\s>]", re.I)
_ENTRY_START = re.compile(rb"<(?:item|entry)[\s>]", re.I)
_BLOCKS = re.compile(r"</?(?:p|div|br|li|h[1-6]|blockquote|section|article|tr)\b[^>]*>", re.I)


def looks_like(head: str) -> bool:
    """Whether the first characters are an RSS, RDF or Atom document."""
    return bool(FEED_HINT.search(head[:4096]))


def parse(data: bytes, path: str) -> Iterator[Article | ReadError]:
    """Every article of a feed file, and an error for each entry that is not one."""
    data = unwrap(data)
    check_not_binary(data)
    parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=True)
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception")
        reason = f"not a readable RSS/Atom feed ({problem})" if problem else "feed has no entries"
        yield ReadError(path, reason)
        return
    outlet = (parsed.get("feed") or {}).get("title") or None
    starts = [data.count(b"\n", 0, m.start()) + 1 for m in _ENTRY_START.finditer(data)]
    for i, entry in enumerate(entries):
        line = starts[i] if i < len(starts) and len(starts) == len(entries) else None
        yield _article(entry, outlet, path, line, i + 1)


def _article(entry: Any, outlet: str | None, path: str, line: int | None, number: int) -> Article | ReadError:
    title = (entry.get("title") or "").strip() or None
    label = f"entry {number}" + (f" ({title[:60]!r})" if title else "")
    text = html_to_text(_longest_body(entry))
    if not text:
        return ReadError(path, f"{label}: no text (no content, summary or description)", line)
    published = entry_date(entry)
    if published is None:
        return ReadError(path, f"{label}: no readable publication date", line)
    return Article(
        id=Article.make_id(text, published),
        text=text,
        published=published,
        title=title,
        url=entry.get("link") or None,
        source=outlet,
        path=f"{path}:{line}" if line else path,
        format="feed",
    )


def entry_date(entry: Any) -> date | None:
    """The entry's publication date as written (its own time zone), else feedparser's UTC one."""
    for key in ("published", "updated", "created", "dc_date"):
        if (raw := entry.get(key)) and (found := parse_date(raw)):
            return found
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        if parsed := entry.get(key):
            return parse_date(date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday))
    return None


def _longest_body(entry: Any) -> str:
    bodies = [c.get("value") or "" for c in entry.get("content") or []]
    bodies.append(entry.get("summary") or "")
    bodies.append(entry.get("description") or "")
    return max(bodies, key=len)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment, one blank line between blocks."""
    if not fragment.strip():
        return ""
    if "<" not in fragment:
        return fragment.strip()
    marked = _BLOCKS.sub("\n\n", fragment)
    try:
        text = lxml.html.fragment_fromstring(marked, create_parent="div").text_content()
    except (ValueError, lxml.etree.ParserError):
        return ""
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paragraphs if p)
