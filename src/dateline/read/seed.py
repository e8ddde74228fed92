"""The seed format: the first line starts with `` date YYYY-MM-DD`` and the text follows.

The article text starts right after the date on the same line and runs to the end of the file;
one file is one article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dateline.model import Article, ReadError
from dateline.read.dates import parse_date
from dateline.read.decode import decode

DATE_LINE = re.compile(r"^[ \t]*date[ \t]+(\S+)[ \t]*", re.I)
SEED_HINT = re.compile(rb"^(?:\xef\xbb\xbf)?[ \t]*date[ \t]+\d{4}-\d{2}-\d{2}\b", re.I)


def looks_like(head: bytes) -> bool:
    """Whether the first bytes start like a seed file."""
    return bool(SEED_HINT.match(head))


def parse(data: bytes, path: str) -> Iterator[Article | ReadError]:
    """The one article of a seed file, or why there is none."""
    raw = decode(data)
    m = DATE_LINE.match(raw)
    if not m:
        yield ReadError(path, "no publication date: the first line must start with ' date YYYY-MM-DD'", 1)
        return
    published = parse_date(m.group(1)) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", m.group(1)) else None
    if published is None:
        yield ReadError(path, f"invalid publication date {m.group(1)[:40]!r} (expected YYYY-MM-DD)", 1)
        return
    text = raw[m.end():].strip()
    if not text:
        yield ReadError(path, "no article text after the date line", 1)
        return
    yield Article(Article.make_id(text, published), text, published, path=path, format="seed")
