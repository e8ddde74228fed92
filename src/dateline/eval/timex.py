"""TempEval-3 Task A scores for the temporal tagger, re-implemented (see ../shared/data/timex/SOURCE.md).

Gold and system expressions are paired by character overlap inside each document; counts are
summed over all documents (micro average), as the official toolkit does.
- strict: identical extent (whitespace trimmed); relaxed: any overlap;
- P = matched system / system, R = matched gold / gold, F1 = 2PR / (P + R);
- type / value accuracy over relaxed pairs; type F1 = accuracy x relaxed F1 (likewise value F1).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.eval.timeml import TimemlDocument, read_timeml
from dateline.model import TemporalExpression

_SUFFIXES = (".tml", ".xml")


@dataclass(slots=True)
class TimexError:
    """One scoring difference: a missed or spurious expression, or a wrong extent, type or value."""

    path: str
    kind: str  # missed | spurious | extent | type | value
    gold: dict[str, Any] | None
    system: dict[str, Any] | None
    context: str

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "kind": self.kind, "gold": self.gold, "system": self.system,
                "context": self.context}

    def format(self) -> str:
        g = f"{self.gold['text']!r} {self.gold['type']} {self.gold['value']}" if self.gold else "-"
        s = f"{self.system['text']!r} {self.system['type']} {self.system['value']}" if self.system else "-"
        return f"{self.kind:8} gold={g} sys={s} | {self.context} ({Path(self.path).name})"


@dataclass(slots=True)
class TimexScores:
    """Counts summed over documents, and the scores derived from them."""

    documents: int = 0
    gold: int = 0
    system: int = 0
    strict_system: int = 0  # system expressions with an identical-extent gold
    strict_gold: int = 0
    relaxed_system: int = 0  # system expressions overlapping a gold
    relaxed_gold: int = 0
    pairs: int = 0  # one-to-one relaxed pairs
    type_correct: int = 0
    value_correct: int = 0
    seconds: float = 0.0
    errors: list[TimexError] = field(default_factory=list)

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def _prf(self, matched_system: int, matched_gold: int) -> tuple[float, float, float]:
        p = matched_system / self.system if self.system else 0.0
        r = matched_gold / self.gold if self.gold else 0.0
        return p, r, self._f1(p, r)

    def to_dict(self, errors: bool = False) -> dict[str, Any]:
        sp, sr, sf = self._prf(self.strict_system, self.strict_gold)
        rp, rr, rf = self._prf(self.relaxed_system, self.relaxed_gold)
        type_acc = self.type_correct / self.pairs if self.pairs else 0.0
        value_acc = self.value_correct / self.pairs if self.pairs else 0.0
        out: dict[str, Any] = {
            "documents": self.documents, "gold": self.gold, "system": self.system,
            "strict": {"precision": round(100 * sp, 2), "recall": round(100 * sr, 2), "f1": round(100 * sf, 2)},
            "relaxed": {"precision": round(100 * rp, 2), "recall": round(100 * rr, 2), "f1": round(100 * rf, 2)},
            "type_accuracy": round(100 * type_acc, 2), "value_accuracy": round(100 * value_acc, 2),
            "type_f1": round(100 * type_acc * rf, 2), "value_f1": round(100 * value_acc * rf, 2),
            "tagger_seconds": round(self.seconds, 3),
        }
        if errors:
            out["errors"] = [e.to_dict() for e in self.errors]
        return out

    def format(self, errors: bool = False) -> str:
        d = self.to_dict()
        lines = []
        if errors:
            lines += [e.format() for e in self.errors] + [""]
        lines += [
            f"documents {d['documents']}  gold {d['gold']}  system {d['system']}",
            f"{'':8}{'P':>8}{'R':>8}{'F1':>8}",
            *(f"{k:8}{d[k]['precision']:8.2f}{d[k]['recall']:8.2f}{d[k]['f1']:8.2f}" for k in ("strict", "relaxed")),
            f"type    accuracy {d['type_accuracy']:6.2f}  F1 {d['type_f1']:6.2f}",
            f"value   accuracy {d['value_accuracy']:6.2f}  F1 {d['value_f1']:6.2f}",
        ]
        return "\n".join(lines)


def _as_dict(t: TemporalExpression) -> dict[str, Any]:
    return {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}


def _trimmed(text: str, t: TemporalExpression) -> tuple[int, int]:
    start, end = t.start, t.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"{left}[{text[start:end]}]{right}"


def score_document(doc: TimemlDocument, system: list[TemporalExpression], scores: TimexScores) -> None:
    """Add one document's counts (and error records) to ``scores``."""
    gold = doc.timexes
    if doc.annotated_end is not None:
        system = [s for s in system if s.start < doc.annotated_end]
    scores.documents += 1
    scores.gold += len(gold)
    scores.system += len(system)
    gold_spans = [_trimmed(doc.text, g) for g in gold]
    sys_spans = [_trimmed(doc.text, s) for s in system]
    strict_gold = set(gold_spans)
    strict_sys = set(sys_spans)
    scores.strict_system += sum(1 for s in sys_spans if s in strict_gold)
    scores.strict_gold += sum(1 for g in gold_spans if g in strict_sys)

    def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
        return a[0] < b[1] and b[0] < a[1]

    scores.relaxed_system += sum(1 for s in sys_spans if any(overlaps(s, g) for g in gold_spans))
    scores.relaxed_gold += sum(1 for g in gold_spans if any(overlaps(g, s) for s in sys_spans))
    # One-to-one pairs for attribute accuracy: greedy by overlap length, left to right.
    candidates = sorted(
        ((min(g[1], s[1]) - max(g[0], s[0]), gi, si) for gi, g in enumerate(gold_spans)
         for si, s in enumerate(sys_spans) if overlaps(g, s)),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    used_gold: set[int] = set()
    used_sys: set[int] = set()
    for _, gi, si in candidates:
        if gi in used_gold or si in used_sys:
            continue
        used_gold.add(gi)
        used_sys.add(si)
        g, s = gold[gi], system[si]
        scores.pairs += 1
        scores.type_correct += g.type == s.type
        scores.value_correct += g.value == s.value
        ctx = _context(doc.text, *gold_spans[gi])
        if gold_spans[gi] != sys_spans[si]:
            scores.errors.append(TimexError(doc.path, "extent", _as_dict(g), _as_dict(s), ctx))
        if g.value != s.value:
            scores.errors.append(TimexError(doc.path, "value", _as_dict(g), _as_dict(s), ctx))
        elif g.type != s.type:
            scores.errors.append(TimexError(doc.path, "type", _as_dict(g), _as_dict(s), ctx))
    for gi, g in enumerate(gold):
        if gi not in used_gold:
            scores.errors.append(TimexError(doc.path, "missed", _as_dict(g), None, _context(doc.text, *gold_spans[gi])))
    for si, s in enumerate(system):
        if si not in used_sys:
            scores.errors.append(TimexError(doc.path, "spurious", None, _as_dict(s), _context(doc.text, *sys_spans[si])))


def gold_files(paths: Iterable[str | Path]) -> list[Path]:
    """Every TimeML / CAT file under the given files or directories, sorted."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.suffix in _SUFFIXES and f.is_file()
                          and not f.name.startswith("._"))
        elif p.suffix in _SUFFIXES:
            out.append(p)
    return out


def mode_for(path: Path) -> str:
    """``auto`` mode: narrative for the WikiWars corpus (history texts with a fake DCT), else news."""
    return "narrative" if "wikiwars" in str(path).lower() else "news"


def evaluate(paths: list[Path], mode: str = "auto") -> TimexScores:
    """Tag every gold document's text against its DCT and score it against the gold TIMEX3s."""
    from dateline.time import tag

    scores = TimexScores()
    for path in gold_files(paths):
        doc = read_timeml(path)
        doc_mode = mode_for(path) if mode == "auto" else mode
        started = time.perf_counter()
        system = tag(doc.text, doc.dct, mode=doc_mode)
        scores.seconds += time.perf_counter() - started
        score_document(doc, system, scores)
    return scores
