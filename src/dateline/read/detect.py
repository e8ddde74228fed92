"""Which reader a file needs, decided by its content first and its name second.

Content rules, on the first 8 KB (after a byte-order mark and leading blank lines):
``<rss``/``<feed``/``<rdf:RDF`` -> feed; ``<!doctype html``/``<html`` -> html; a ``{`` line -> jsonl;
`` date YYYY-MM-DD`` -> seed; a header row with a text column -> csv. A Timeline17 article is
recognised by its path, ``InputDocs/<YYYY-MM-DD>/<n>.htm.txt`` (its text has no date of its own).
When the content is inconclusive the extension decides (``.jsonl``/``.ndjson``, ``.csv``/``.tsv``,
``.html``/``.htm``, ``.rss``/``.atom``/``.xml``, ``.txt``), so the matching reader explains
what is missing. ``--format`` overrides all of this.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from dateline.read import csv as csv_format
from dateline.read import feed, html, jsonl, seed
from dateline.read.decode import SNIFF_BYTES, bom_encoding

T17_PATH = re.compile(r"(?:^|/)InputDocs/\d{4}-\d{2}-\d{2}/[^/]+\.htm\.txt$")
BY_EXTENSION: dict[str, str] = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonlines": "jsonl",
    ".csv": "csv", ".tsv": "csv",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".txt": "seed",
}


def detect(path: str | PurePath, head: bytes, *, t17: bool = True) -> str | None:
    """The format name for a file, or None when neither content nor name says."""
    if t17 and T17_PATH.search(PurePath(path).as_posix()):
        return "t17"
    if seed.looks_like(head):
        return "seed"
    text = _head_text(head)
    stripped = text.lstrip()
    if stripped.startswith("<"):
        if feed.looks_like(stripped):
            return "feed"
        if html.looks_like(stripped):
            return "html"
    elif jsonl.looks_like(stripped):
        return "jsonl"
    elif csv_format.looks_like(stripped):
        return "csv"
    return by_extension(path, t17=t17)


def by_extension(path: str | PurePath, *, t17: bool = True) -> str | None:
    """The format a file name suggests (``.gz`` looked through)."""
    p = PurePath(path)
    if p.suffix.lower() == ".gz":
        p = p.with_suffix("")
    if p.name.lower().endswith(".htm.txt"):
        return "t17" if t17 and T17_PATH.search(PurePath(path).as_posix()) else "seed"
    return BY_EXTENSION.get(p.suffix.lower())


def _head_text(head: bytes) -> str:
    """The first bytes as text, tolerating a character cut in half at the end."""
    encoding = bom_encoding(head) or "utf-8"
    return head[:SNIFF_BYTES].decode(encoding, errors="replace").lstrip("\ufeff")
