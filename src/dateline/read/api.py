"""First version: the seed format only. Other formats arrive with issue 2's readers."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from dateline.model import Article, ReadError

FORMATS: tuple[str, ...] = ("seed",)
_SEED = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*")


def read_paths(paths: Iterable[str | Path], format: str | None = None) -> Iterator[Article | ReadError]:
    for p in paths:
        p = Path(p)
        files = sorted(x for x in p.rglob("*") if x.is_file()) if p.is_dir() else [p]
        for f in files:
            try:
                raw = f.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                yield ReadError(str(f), f"cannot read: {exc}")
                continue
            m = _SEED.match(raw)
            if not m:
                yield ReadError(str(f), "no publication date (expected first line ' date YYYY-MM-DD')")
                continue
            text = raw[m.end():].strip()
            published = date.fromisoformat(m.group(1))
            yield Article(Article.make_id(text, published), text, published, path=str(f), format="seed")
