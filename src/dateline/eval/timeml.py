"""Read gold temporal annotations: TimeML (TempEval-3 TBAQ, WikiWars TIMEX3) and MEANTIME CAT XML.

Every reader gives the same record: the plain text the annotations point into, the document
creation time (DCT) and the gold TIMEX3 expressions as character offsets into that text, so a
tagger can run on ``.text`` and be scored span by span.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dateline.model import TemporalExpression
from dateline.time.values import day_of

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>", re.S)
_ATTR = re.compile(r'([A-Za-z_:]+)\s*=\s*"([^"]*)"')
_DCT_VALUE = re.compile(r"<DCT>\s*<TIMEX3[^>]*?value=\"(\d{4}-\d{2}-\d{2})", re.S)
_TEXT_BLOCK = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)


@dataclass(slots=True)
class TimemlDocument:
    """One gold document: text, creation date and gold expressions (offsets into ``text``)."""

    path: str
    text: str
    dct: date
    timexes: list[TemporalExpression] = field(default_factory=list)
    dct_known: bool = True  # False when the file has no DCT and one was guessed
    annotated_end: int | None = None  # annotation covers text[:annotated_end] only (MEANTIME: first sentences)


def read_timeml(path: str | Path) -> TimemlDocument:
    """Read a TimeML ``.tml`` file or a MEANTIME CAT ``.xml`` file (detected by content)."""
    raw = Path(path).read_text(encoding="utf-8")
    if "<token " in raw and "<Markables" in raw:
        return _read_cat(str(path), raw)
    return _read_inline(str(path), raw)


def _read_inline(path: str, raw: str) -> TimemlDocument:
    """Inline TimeML: strip tags from <TEXT>, unescape entities, keep TIMEX3 offsets."""
    m = _DCT_VALUE.search(raw)
    dct = day_of(m.group(1)) if m else None
    block = _TEXT_BLOCK.search(raw)
    body = block.group(1) if block else raw
    parts: list[str] = []
    length = 0
    open_timexes: list[tuple[int, dict[str, str]]] = []
    gold: list[TemporalExpression] = []
    pos = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[pos:tag.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = tag.end()
        closing, name, attrs, selfclosing = tag.group(1), tag.group(2), tag.group(3), tag.group(4)
        if name != "TIMEX3":
            continue
        if closing:
            if open_timexes:
                start, attributes = open_timexes.pop()
                gold.append(_gold(start, length, parts, attributes))
        elif not selfclosing:
            open_timexes.append((length, dict(_ATTR.findall(attrs))))
    parts.append(html.unescape(body[pos:]))
    text = "".join(parts)
    for t in gold:
        t.text = text[t.start:t.end]
    return TimemlDocument(path, text, dct or _guess_dct(text), sorted(gold, key=lambda t: t.start), dct is not None)


def _gold(start: int, end: int, parts: list[str], attributes: dict[str, str]) -> TemporalExpression:
    return TemporalExpression(
        start, end, "", attributes.get("type", "DATE"), attributes.get("value", ""),  # type: ignore[arg-type]
        mod=attributes.get("mod") or None,
    )


_NO_SPACE_BEFORE = re.compile(r"^(?:[,.;:!?%)\]}]|'s|'S|n't|'re|'ve|'ll|'d|'m|''|\.\.\.)$")
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "#"}


def _read_cat(path: str, raw: str) -> TimemlDocument:
    """MEANTIME CAT XML: rebuild the text by joining tokens (one sentence per line), map token ids to offsets."""
    root = ET.fromstring(raw)
    offsets: dict[str, tuple[int, int]] = {}
    sentence_of: dict[str, str] = {}
    sentence_end: dict[str, int] = {}
    parts: list[str] = []
    length = 0
    sentence = None
    previous = ""
    for tok in root.iter("token"):
        word = tok.text or ""
        if sentence is not None and tok.get("sentence") != sentence:
            sep = "\n"
        elif sentence is None or _NO_SPACE_BEFORE.match(word) or previous in _NO_SPACE_AFTER:
            sep = ""
        else:
            sep = " "
        sentence = tok.get("sentence")
        parts.append(sep)
        length += len(sep)
        offsets[tok.get("t_id", "")] = (length, length + len(word))
        sentence_of[tok.get("t_id", "")] = sentence or ""
        sentence_end[sentence or ""] = length + len(word)
        parts.append(word)
        length += len(word)
        previous = word
    text = "".join(parts)
    dct: date | None = None
    gold: list[TemporalExpression] = []
    markables = root.find("Markables")
    # MEANTIME annotates only the opening sentences of each article: score only up to the last
    # sentence that holds any markable (event, entity or timex).
    anchored = [sentence_end[sentence_of[a.get("t_id", "")]] for a in root.iter("token_anchor")
                if a.get("t_id") in sentence_of]
    annotated_end = max(anchored) if anchored else None
    for tx in markables.iter("TIMEX3") if markables is not None else []:
        if tx.get("functionInDocument") == "CREATION_TIME":
            dct = day_of(tx.get("value", "")) or dct
        spans = [offsets[a.get("t_id", "")] for a in tx.findall("token_anchor") if a.get("t_id") in offsets]
        if not spans:
            continue
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        gold.append(TemporalExpression(start, end, text[start:end], tx.get("type", "DATE"),  # type: ignore[arg-type]
                                       tx.get("value", ""), mod=tx.get("mod") or None))
    return TimemlDocument(path, text, dct or _guess_dct(text), sorted(gold, key=lambda t: t.start), dct is not None,
                          annotated_end)


def _guess_dct(text: str) -> date:
    """No DCT in the file: take the first full date the tagger finds in the opening lines."""
    from dateline.time import tag

    fallback = date(2000, 1, 1)
    for t in tag(text[:400], fallback):
        d = day_of(t.value)
        if d and len(t.value) == 10 and re.search(r"\d{4}", t.text):  # written out in full, not "Tuesday"
            return d
    return fallback
