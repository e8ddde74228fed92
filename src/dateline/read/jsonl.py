"""JSON Lines: one JSON object per line, with the fields of ``dateline.read.records``.

Blank lines are skipped. A line that is not valid JSON, not an object, not UTF-8, or lacks text
or date is one ``ReadError`` with its line number; the other lines are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from dateline.model import Article, ReadError
from dateline.read.decode import bom_encoding, check_not_binary, decode
from dateline.read.records import article_from_record


def looks_like(head: str) -> bool:
    """Whether the first non-blank line is a JSON object."""
    for line in head.splitlines():
        if line.strip():
            return line.lstrip().startswith("{")
    return False


def parse(data: bytes, path: str) -> Iterator[Article | ReadError]:
    """Every article of a JSON Lines file, and an error for each line that is not one."""
    check_not_binary(data)
    if bom_encoding(data) not in (None, "utf-8-sig"):
        lines = decode(data).encode("utf-8").split(b"\n")  # UTF-16/32: decode the whole file first
    else:
        lines = data.removeprefix(b"\xef\xbb\xbf").split(b"\n")
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield ReadError(path, f"not UTF-8 text (byte 0x{raw[exc.start]:02X} at column {exc.start + 1})", number)
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadError(path, f"malformed JSON: {exc.msg} at column {exc.colno}", number)
            continue
        if not isinstance(record, dict):
            yield ReadError(path, f"expected a JSON object per line, got a JSON {_kind(record)}", number)
            continue
        yield article_from_record(record, path, number, "jsonl")


def _kind(value: object) -> str:
    return {list: "array", str: "string", int: "number", float: "number", bool: "boolean"}.get(
        type(value), "null"
    )

