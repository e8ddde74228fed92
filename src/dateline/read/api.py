"""Reading articles from files and directories, in any supported format.

Walking directories (quoted by the README):
- Paths named on the command line are always read; a file that cannot be read is reported.
- Directories are searched recursively, in sorted order. Hidden files and directories
  (``.name``) and files that are clearly not articles are skipped silently: images, audio/video,
  PDFs, office documents, archives other than gzip, databases and their ``-wal``/``-shm``/journal
  files, compiled code, notes (``*.md``, ``README``, ``LICENSE``...), configuration and plain
  ``*.json`` documents. Everything else found is read or reported.
- A Timeline17 topic folder (one with an ``InputDocs/`` directory) is read through its
  ``InputDocs/`` only: its ``articles.jsonl`` and ``timelines/`` are copies and gold data.
- Every problem is a ``ReadError(path, reason, line)``: missing path, empty file, binary file,
  not UTF-8, no date, no text, malformed JSON line, CSV without text column... Reading goes
  on; the caller decides the exit code (``dateline run`` exits 1 when anything failed).
- Formats are detected by content (``dateline.read.detect``) unless ``format=`` names one.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from dateline.model import Article, ReadError
from dateline.read import csv as csv_format
from dateline.read import feed, html, jsonl, seed
from dateline.read.decode import SNIFF_BYTES, NotText, check_not_binary, unwrap
from dateline.read.detect import detect

Reader = Callable[[bytes, str], Iterator[Article | ReadError]]

READERS: dict[str, Reader] = {
    "seed": seed.parse,
    "jsonl": jsonl.parse,
    "csv": csv_format.parse,
    "html": html.parse,
    "feed": feed.parse,
}
_HAS_T17 = importlib.util.find_spec("dateline.read.t17") is not None
FORMATS: tuple[str, ...] = (*READERS, "t17") if _HAS_T17 else tuple(READERS)

SKIPPED_SUFFIXES = frozenset({
    ".db", ".sqlite", ".sqlite3", ".wal", ".shm", ".lock", ".pyc", ".pyo", ".so", ".o", ".exe", ".dll",
    ".class", ".jar", ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".svg", ".ico",
    ".mp3", ".mp4", ".wav", ".ogg", ".avi", ".mov", ".mkv", ".webm", ".pdf", ".doc", ".docx", ".xls",
    ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".zip", ".tar", ".tgz", ".bz2", ".xz", ".7z", ".rar",
    ".zst", ".md", ".rst", ".py", ".sh", ".yaml", ".yml", ".toml", ".ini", ".cfg", ".log", ".json",
    ".pickle", ".pkl", ".npy", ".parquet",
})
SKIPPED_NAMES = frozenset({"readme", "license", "licence", "copying", "notice", "changelog", "authors", "makefile"})


def read_paths(paths: Iterable[str | Path], format: str | None = None) -> Iterator[Article | ReadError]:
    """Every article under ``paths`` and a ``ReadError`` for every input that is not one."""
    if format is not None and format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; choose from {', '.join(FORMATS)}")
    for root in paths:
        root = Path(root)
        if root.is_dir():
            for f in walk(root):
                if isinstance(f, ReadError):
                    yield f
                else:
                    yield from read_file(f, format)
        elif root.exists():
            yield from read_file(root, format)
        else:
            yield ReadError(str(root), "no such file or directory")


def walk(directory: Path, _seen: set[Path] | None = None) -> Iterator[Path | ReadError]:
    """Input files under ``directory``, recursively and sorted, without the skipped ones.

    A directory that cannot be listed is a ``ReadError``; a symbolic link back to a directory
    already walked is not followed twice.
    """
    seen = set() if _seen is None else _seen
    real = directory.resolve()
    if real in seen:
        return
    seen.add(real)
    if _HAS_T17 and (directory / "InputDocs").is_dir():
        # A Timeline17 topic folder: InputDocs holds the articles; the rest are derived copies
        # (articles.jsonl) and gold timelines, which must not be read as more articles.
        yield from walk(directory / "InputDocs", seen)
        return
    try:
        entries = sorted(directory.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        yield ReadError(str(directory), f"cannot list directory: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from walk(entry, seen)
        elif entry.is_file() and not is_skipped(entry):
            yield entry


def is_skipped(path: Path) -> bool:
    """Whether a file found in a directory is clearly not an article (see the module docstring)."""
    name = path.name.lower()
    suffix = path.suffix.lower()
    if name.endswith((".db-wal", ".db-shm", "-journal")) or suffix in SKIPPED_SUFFIXES:
        return True
    return path.stem.lower() in SKIPPED_NAMES or name in SKIPPED_NAMES


def read_file(path: Path, format: str | None = None) -> Iterator[Article | ReadError]:
    """The articles of one file (or why there are none), with its format detected unless given."""
    where = str(path)
    try:
        data = unwrap(path.read_bytes())
        check_not_binary(data)
        fmt = format or detect(path, data[:SNIFF_BYTES], t17=_HAS_T17)
        if fmt is None:
            yield ReadError(where, "unknown format: not a seed file (' date YYYY-MM-DD' first line), JSON Lines, "
                                   "CSV with a text column, HTML page or RSS/Atom feed; use --format to say which")
            return
        yield from _reader(fmt)(data, where)
    except NotText as exc:
        yield ReadError(where, exc.reason, exc.line)
    except OSError as exc:
        yield ReadError(where, f"cannot read: {exc.strerror or exc}")


def _reader(fmt: str) -> Reader:
    if fmt == "t17":
        return _t17_reader()
    return READERS[fmt]


def _t17_reader() -> Reader:
    """The Timeline17 reader, written in ``dateline.read.t17`` (hook: ``parse(data, path)``)."""
    module = importlib.import_module("dateline.read.t17")
    return module.parse
