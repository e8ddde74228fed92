"""CSV (or TSV / semicolon-separated) files with a header row naming a text and a date column.

The delimiter is sniffed among ``, ; TAB |``; the column names are those of
``dateline.read.records``. A file whose header has no text column is one error (line 1); a row
without text or a readable date is one error with the line the row starts on.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from dateline.model import Article, ReadError
from dateline.read.decode import decode
from dateline.read.records import DATE_FIELDS, TEXT_FIELDS, article_from_record, find_field

DELIMITERS = ",;\t|"
csv.field_size_limit(16 * 1024 * 1024)  # whole articles live in one cell


def header_of(head: str) -> list[str] | None:
    """The column names of the first line, if it reads as a delimited header row."""
    first = next((line for line in head.splitlines() if line.strip()), "")
    if not first or first.lstrip().startswith(("{", "[", "<")):
        return None
    try:
        names = next(csv.reader([first], dialect=_dialect(first)))
    except (csv.Error, StopIteration):
        return None
    return names if len(names) >= 2 else None


def looks_like(head: str) -> bool:
    """Whether the first line is a header row with a text column."""
    names = header_of(head)
    return bool(names) and find_field(names, TEXT_FIELDS) is not None


def _dialect(sample: str) -> type[csv.Dialect]:
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS)
    except csv.Error:
        return csv.excel


def parse(data: bytes, path: str) -> Iterator[Article | ReadError]:
    """Every article of a CSV file, and an error for each row that is not one."""
    text = decode(data)
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    reader = csv.reader(io.StringIO(text, newline=""), dialect=_dialect(first_line))
    try:
        header = next(reader)
    except (csv.Error, StopIteration) as exc:
        yield ReadError(path, f"no CSV header row ({exc})", 1)
        return
    while not any(h.strip() for h in header):  # leading blank lines
        header = next(reader, None)
        if header is None:
            yield ReadError(path, "no CSV header row", 1)
            return
    header_line = reader.line_num
    if find_field(header, TEXT_FIELDS) is None:
        yield ReadError(path, f"no text column: expected one of {', '.join(TEXT_FIELDS)}; "
                              f"the header has {', '.join(header)[:200]}", header_line)
        return
    if find_field(header, DATE_FIELDS) is None:
        yield ReadError(path, f"no date column: expected one of {', '.join(DATE_FIELDS)}; "
                              f"the header has {', '.join(header)[:200]}", header_line)
        return
    row_start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield ReadError(path, f"malformed CSV: {exc}", row_start)
            return
        if any(cell.strip() for cell in row):
            if len(row) > len(header):
                yield ReadError(path, f"row has {len(row)} fields, the header {len(header)}", row_start)
            else:
                yield article_from_record(dict(zip(header, row, strict=False)), path, row_start, "csv")
        row_start = reader.line_num + 1
