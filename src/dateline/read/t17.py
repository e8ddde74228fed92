"""Timeline17 articles: ``InputDocs/<YYYY-MM-DD>/<n>.htm.txt``, PTB-tokenised, one sentence a line.

The publication date is the name of the file's folder. The text is Penn-Treebank tokenised
(``-LRB-``, ``` `` ```, ``'s`` split off, spaces around punctuation): ``detokenize`` turns it back
into ordinary prose so the NLP, time and extraction stages see what they see in any article, and
``tokenize`` does the reverse for writing timelines in the references' own token form. Each input
line becomes a paragraph, so the corpus' sentence boundaries are kept.

Public API: ``parse(data, path)`` (the reader hook), ``read_t17(paths)``, ``read_file(path)``, ``is_t17_file(path)``, ``detokenize(text)``,
``tokenize(text)``, ``publication_date(path)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from dateline.model import Article, ReadError

FORMAT = "t17"
SUFFIX = ".htm.txt"

_BRACKETS = {
    "-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
}
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# Detokenisation, applied in order to a line whose tokens are separated by single spaces.
_DETOK: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"-(LRB|RRB|LSB|RSB|LCB|RCB)-"), "\x00\\1\x00"),  # protected, mapped below
    (re.compile(r"``\s*"), '"'),  # opening double quote sticks to what follows
    (re.compile(r"\s*''"), '"'),  # closing double quote sticks to what precedes
    (re.compile(r"(?<=\w)\s+(n't|'s|'re|'ve|'m|'ll|'d|'S|'RE|'VE|'M|'LL|'D|N'T)\b"), r"\1"),
    (re.compile(r"(?<=[\w.,!?])\s+'(?=\s|$)"), "'"),  # closing single quote, "soldiers '"
    (re.compile(r"\s+([,.;:?!%])"), r"\1"),
    (re.compile(r"([$#])\s+(?=\d)"), r"\1"),  # "$ 500m" -> "$500m"; T17 writes the pound sign as #
    (re.compile(r"(?<=\d)\s+(?=%)"), ""),
    (re.compile(r"`\s+"), "'"),  # single opening quote
    (re.compile(r"\\/"), "/"),  # PTB escapes slashes
)
_OPENERS = ("(", "[", "{")
_CLOSERS = (")", "]", "}")


def detokenize(text: str) -> str:
    """Ordinary prose from one PTB-tokenised line (or text of lines; newlines are kept)."""
    return "\n".join(_detokenize_line(line) for line in text.split("\n"))


def _detokenize_line(line: str) -> str:
    s = " ".join(line.split())
    for pattern, repl in _DETOK:
        s = pattern.sub(repl, s)
    for code, char in _BRACKETS.items():
        s = s.replace("\x00" + code[1:-1] + "\x00", char)
    for char in _OPENERS:
        s = s.replace(char + " ", char)
    for char in _CLOSERS:
        s = s.replace(" " + char, char)
    s = re.sub(r"#(?=\d)", "£", s)
    return s.strip()


# Tokenisation for output: the references' form, so token-based scorers see the same units.
_TOK: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r'^"'), "`` "),
    (re.compile(r'(?<=[\s(\[{])"'), "`` "),
    (re.compile(r'"'), " '' "),
    (re.compile(r"(?:^|(?<=\s))'(?=\w)"), "` "),  # opening single quote
    (re.compile(r"(?<=[\w.,!?])'(?=\s|$)"), " '"),  # closing single quote
    (re.compile(r"([,;:@#$%&?!])"), r" \1 "),
    (re.compile(r"\.\.\."), " ... "),
    (re.compile(r"(?i)(\w)(n't)\b"), r"\1 \2"),
    (re.compile(r"(?i)(\w)('s|'re|'ve|'m|'ll|'d)\b"), r"\1 \2"),
    # sentence-final full stop, also before closing quotes and brackets
    (re.compile(r"(?<!\.)\.((?:\s*(?:''|'|\)|\]|\}))*)\s*$"), r" .\1"),
)
_TOK_BRACKETS = {v: k for k, v in _BRACKETS.items()}


def tokenize(text: str) -> str:
    """PTB-style tokens separated by single spaces (the Timeline17 timeline format)."""
    s = " ".join(text.split()).replace("£", "#")
    for pattern, repl in _TOK:
        s = pattern.sub(repl, s)
    s = re.sub(r"(?<=\d) , (?=\d{3}\b)", ",", s)  # thousands separators stay inside numbers
    s = re.sub(r"(?<=\d) : (?=\d{2}\b)", ":", s)  # clock times
    for char, code in _TOK_BRACKETS.items():
        s = s.replace(char, f" {code} ")
    return " ".join(s.split())


def publication_date(path: str | Path) -> date | None:
    """The date named by the file's folder, or None when the folder is not a date."""
    name = Path(path).parent.name
    if not _ISO_DAY.match(name):
        return None
    try:
        return date.fromisoformat(name)
    except ValueError:
        return None


def is_t17_file(path: str | Path) -> bool:
    """A ``*.htm.txt`` file in a folder named by a date: the T17 layout."""
    return str(path).endswith(SUFFIX) and publication_date(path) is not None


def parse(data: bytes, path: str) -> Iterator[Article | ReadError]:
    """The reader hook of ``dateline.read.api``: the one article of a T17 file's bytes."""
    published = publication_date(path)
    if published is None:
        yield ReadError(path, "T17 article outside a YYYY-MM-DD folder (no publication date)")
        return
    raw = data.decode("utf-8", errors="replace")
    lines = [_detokenize_line(line) for line in raw.splitlines()]
    text = "\n\n".join(line for line in lines if line)
    if not text:
        yield ReadError(path, "empty article")
        return
    p = Path(path)
    topic = p.parent.parent.parent.name if p.parent.parent.name == "InputDocs" else None
    yield Article(Article.make_id(text, published), text, published, source=topic, path=path, format=FORMAT)


def read_file(path: str | Path) -> Article | ReadError:
    """One T17 article, detokenised, one paragraph per input line."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return ReadError(str(path), f"cannot read: {exc}")
    return next(parse(data, str(path)))


def read_t17(paths: Iterable[str | Path]) -> Iterator[Article | ReadError]:
    """Every T17 article under ``paths`` (files, ``InputDocs`` folders or topic folders), sorted."""
    for p in paths:
        p = Path(p)
        files = sorted(p.rglob("*" + SUFFIX)) if p.is_dir() else [p]
        for f in files:
            yield read_file(f)
