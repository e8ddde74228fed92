"""HTML pages: main text by trafilatura, publication date from the page's metadata.

The date is looked for, in order, in ``<meta property="article:published_time">`` and similar
``<meta>`` names (``date``, ``pubdate``, ``dc.date``, ``datePublished``...), JSON-LD
``datePublished``, ``<time datetime>`` (one marked ``pubdate`` or inside ``<article>`` first),
then htmldate's markup heuristics (no text guessing). A page without one is an error: the
download date of a page is not its publication date. Nothing is fetched from the network.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

import lxml.html

from dateline.model import Article, ReadError
from dateline.read.dates import parse_date
from dateline.read.decode import decode

HTML_HINT = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<article[\s>]|<p[\s>]", re.I)
_DATE_META = (
    "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
    "publish-date", "publish_date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created",
    "dcterms.issued", "sailthru.date", "parsely-pub-date", "citation_publication_date", "article.published",
)


def looks_like(head: str) -> bool:
    """Whether the first characters are an HTML page (not an XML feed)."""
    return bool(HTML_HINT.search(head[:4096]))


def parse(data: bytes, path: str) -> Iterator[Article | ReadError]:
    """The article of an HTML page, or why there is none."""
    markup = decode(data, allow_declared=True)
    try:
        tree = lxml.html.document_fromstring(markup.encode("utf-8"), parser=_PARSER)
    except (ValueError, lxml.etree.ParserError) as exc:
        yield ReadError(path, f"unreadable HTML ({exc})")
        return
    published = metadata_date(tree) or _htmldate(tree)
    if published is None:
        yield ReadError(path, "no publication date in the page metadata "
                              "(article:published_time, JSON-LD datePublished or <time datetime>)")
        return
    import trafilatura  # imported late: it is slow to import and only HTML needs it

    doc = trafilatura.bare_extraction(
        tree, with_metadata=True, include_comments=False, include_tables=False, favor_recall=True,
    )
    title = (getattr(doc, "title", None) or None) if doc is not None else None
    text = main_text(getattr(doc, "text", None) or "", title) if doc is not None else ""
    if not text:
        yield ReadError(path, "no main text found in the page")
        return
    yield Article(
        id=Article.make_id(text, published),
        text=text,
        published=published,
        title=title,
        url=getattr(doc, "url", None) or None,
        source=getattr(doc, "sitename", None) or None,
        path=path,
        format="html",
    )


_PARSER = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)


def main_text(extracted: str, title: str | None) -> str:
    """trafilatura's text with one blank line between paragraphs and without the headline.

    The headline is metadata (``Article.title``), as in the other formats; leaving it in would
    glue it to the first sentence and change the content id of a page also read as text.
    """
    paragraphs = [" ".join(line.split()) for line in extracted.splitlines()]
    paragraphs = [p for p in paragraphs if p]
    if paragraphs and title and _same_words(paragraphs[0], title):
        paragraphs = paragraphs[1:]
    return "\n\n".join(paragraphs)


def _same_words(a: str, b: str) -> bool:
    return a.casefold().split() == b.casefold().split()


def metadata_date(tree: Any) -> date | None:
    """The publication date the page's metadata states, if any."""
    for name in _DATE_META:
        for el in tree.iter("meta"):
            key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
            if key == name and (found := parse_date(el.get("content") or "")):
                return found
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() == "application/ld+json":
            try:
                data = json.loads(script.text_content())
            except (json.JSONDecodeError, TypeError):
                continue
            for value in _json_values(data, "datepublished"):
                if found := parse_date(value):
                    return found
    for el in tree.iter("time"):
        marked = el.get("pubdate") is not None or el.get("itemprop", "").lower() == "datepublished"
        if marked and (found := parse_date(el.get("datetime") or "")):
            return found
    for el in tree.xpath("//article//time[@datetime] | //time[@datetime]"):
        if found := parse_date(el.get("datetime") or ""):
            return found
    return None


def _json_values(data: Any, key: str) -> Iterable[Any]:
    """Every value of ``key`` (case-insensitive) in nested JSON, depth first."""
    if isinstance(data, dict):
        for k, v in data.items():
            if isinstance(k, str) and k.lower() == key:
                yield v
            else:
                yield from _json_values(v, key)
    elif isinstance(data, list):
        for item in data:
            yield from _json_values(item, key)


def _htmldate(tree: Any) -> date | None:
    """htmldate on markup only (``extensive_search=False``: no guessing from the body text)."""
    from htmldate import find_date

    try:
        found = find_date(tree, extensive_search=False, original_date=True)
    except Exception:  # htmldate raises a variety of errors on odd markup; a missing date is the answer
        return None
    return parse_date(found) if found else None
