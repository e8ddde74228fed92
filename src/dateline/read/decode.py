"""From bytes to text, refusing what is not text with a reason a person can act on.

Policy (quoted by the README):
- UTF-8 is the input encoding; a UTF-8 byte-order mark is dropped. UTF-16/UTF-32 files with a
  byte-order mark are decoded too (some Windows tools write them).
- Anything else is reported as "not UTF-8 text" with the line of the first bad byte; we do not
  guess a legacy code page for plain text, because a wrong guess silently corrupts names and
  numbers. HTML pages and feeds may declare their own encoding (``<meta charset>``, ``<?xml
  encoding=...?>``), which is then honoured.
- A NUL byte means binary (a PDF, image, database, archive...): reported, never decoded.
- gzip-compressed inputs (``.jsonl.gz``) are decompressed first.
"""

from __future__ import annotations

import codecs
import gzip
import re
import zlib

SNIFF_BYTES = 8192
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
)
_DECLARED = re.compile(
    rb"""<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)|<meta[^>]*\bcharset\s*=\s*["']?([A-Za-z0-9._-]+)""",
    re.I,
)


class NotText(ValueError):
    """Bytes that are not readable text; ``line`` is where the problem is, when known."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


def unwrap(data: bytes) -> bytes:
    """Decompressed gzip data, or the data itself."""
    if data[:2] == b"\x1f\x8b":
        try:
            return gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            raise NotText(f"damaged gzip file ({exc})") from None
    return data


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark announces, if any."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def check_not_binary(data: bytes) -> None:
    """Raise NotText for empty and binary data (NUL bytes or a known binary signature)."""
    if not data.strip():
        raise NotText("empty file")
    if bom_encoding(data) in ("utf-16", "utf-32"):
        return
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise NotText(f"binary file ({what}), not text")
    nul = data.find(b"\x00", 0, SNIFF_BYTES)
    if nul >= 0:
        raise NotText("binary file (NUL bytes), not text", data.count(b"\n", 0, nul) + 1)


def decode(data: bytes, *, allow_declared: bool = False) -> str:
    """Text of ``data`` under the policy above; raise NotText otherwise."""
    check_not_binary(data)
    encoding = bom_encoding(data)
    if encoding:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise NotText(f"not {encoding} text despite its byte-order mark ({exc.reason})") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        declared = declared_encoding(data) if allow_declared else None
        if declared:
            try:
                return data.decode(declared)
            except (LookupError, UnicodeDecodeError):
                pass
        line = data.count(b"\n", 0, exc.start) + 1
        raise NotText(
            f"not UTF-8 text (byte 0x{data[exc.start]:02X} at offset {exc.start}); re-save the file as UTF-8",
            line,
        ) from None


def declared_encoding(data: bytes) -> str | None:
    """The encoding an XML declaration or HTML ``<meta charset>`` names in the first bytes."""
    m = _DECLARED.search(data[:SNIFF_BYTES])
    if not m:
        return None
    name = (m.group(1) or m.group(2)).decode("ascii").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None
