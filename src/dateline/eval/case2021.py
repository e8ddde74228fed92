"""CASE-2021 task 2 scores: fine-grained event classification of news snippets (weighted F1).

Each snippet is one event, so it goes straight to ``dateline.extract.typing.classify_many`` (the same
classifier ``dateline run`` uses on every sentence); our labels map onto the task's codes below. The
five types ACLED lacks come from our out-of-scope and verbal labels.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.extract import typing as tp
from dateline.taxonomy import VERBAL_EVENT_TYPE

CASE_CODE: dict[str, str] = {
    "Armed clash": "ARMED_CLASH",
    "Government regains territory": "GOV_REGAINS_TERIT",
    "Non-state actor overtakes territory": "NON_STATE_ACTOR_OVERTAKES_TER",
    "Chemical weapon": "CHEM_WEAP",
    "Air/drone strike": "AIR_STRIKE",
    "Suicide bomb": "SUIC_BOMB",
    "Shelling/artillery/missile attack": "ART_MISS_ATTACK",
    "Remote explosive/landmine/IED": "REM_EXPLOS",
    "Grenade": "GRENADE",
    "Sexual violence": "SEX_VIOL",
    "Attack": "ATTACK",
    "Abduction/forced disappearance": "ABDUCT_DISSAP",
    "Peaceful protest": "PEACE_PROTEST",
    "Protest with intervention": "PROTEST_WITH_INTER",
    "Excessive force against protesters": "FORCE_AGAINST_PROTEST",
    "Violent demonstration": "VIOL_DEMONSTR",
    "Mob violence": "MOB_VIOL",
    "Agreement": "AGREEMENT",
    "Arrests": "ARREST",
    "Change to group/activity": "CHANGE_TO_GROUP_ACT",
    "Disrupted weapons use": "DISR_WEAP",
    "Headquarters or base established": "HQ_ESTABLISHED",
    "Looting/property destruction": "PROPERTY_DISTRUCT",
    "Non-violent transfer of territory": "NON_VIOL_TERRIT_TRANSFER",
    "Other": "OTHER",
    tp.NATURAL_DISASTER: "NATURAL_DISASTER",
    tp.MAN_MADE_DISASTER: "MAN_MADE_DISASTER",
    tp.ORGANISED_CRIME: "ORG_CRIME",
    tp.ATTRIBUTION: "ATTRIB",
}


def case_code(typing: tp.Typing) -> str:
    """The task's code for one of our typings (verbal events other than attribution are DIPLO)."""
    if typing.event_type == VERBAL_EVENT_TYPE and typing.sub_event_type != tp.ATTRIBUTION:
        return "DIPLO"
    return CASE_CODE.get(typing.sub_event_type, "OTHER")


def read_tsv(path: str | Path) -> list[tuple[str, str, str]]:
    """(id, snippet, gold code) rows; the file is tab-separated with raw quotes (QUOTE_NONE)."""
    csv.field_size_limit(sys.maxsize)
    with Path(path).open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    if rows and rows[0][:2] == ["id", "EventSnippet"]:
        rows = rows[1:]
    return [(r[0], r[1], r[2].strip()) for r in rows if len(r) >= 3]


@dataclass
class CaseResult:
    n: int
    weighted_f1: float
    macro_f1: float
    accuracy: float
    per_class: dict[str, dict[str, float]] = field(default_factory=dict)
    confusions: list[tuple[str, str, int]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "n": self.n, "weighted_f1": self.weighted_f1, "macro_f1": self.macro_f1, "accuracy": self.accuracy,
            "per_class": self.per_class,
            "top_confusions": [{"gold": g, "predicted": p, "count": c} for g, p, c in self.confusions],
        }

    def format(self) -> str:
        lines = [
            f"CASE-2021 task 2: {self.n} snippets",
            f"  weighted F1 {self.weighted_f1:.3f}   macro F1 {self.macro_f1:.3f}   accuracy {self.accuracy:.3f}",
            "  per class (P / R / F1 / support):",
        ]
        for code, s in sorted(self.per_class.items()):
            lines.append(f"    {code:<30} {s['precision']:.2f} {s['recall']:.2f} {s['f1']:.2f} {int(s['support'])}")
        if self.confusions:
            lines.append("  top confusions (gold -> predicted):")
            lines += [f"    {c:>3}  {g} -> {p}" for g, p, c in self.confusions]
        return "\n".join(lines)


def score(gold: list[str], predicted: list[str]) -> CaseResult:
    """Weighted F1 over the gold classes, as the shared task computed it (scikit-learn)."""
    from sklearn.metrics import accuracy_score, f1_score, precision_recall_fscore_support

    labels = sorted(set(gold))
    p, r, f, s = precision_recall_fscore_support(gold, predicted, labels=labels, zero_division=0)
    confusions = Counter((g, q) for g, q in zip(gold, predicted) if g != q).most_common(12)
    return CaseResult(
        n=len(gold),
        weighted_f1=float(f1_score(gold, predicted, labels=labels, average="weighted", zero_division=0)),
        macro_f1=float(f1_score(gold, predicted, labels=labels, average="macro", zero_division=0)),
        accuracy=float(accuracy_score(gold, predicted)),
        per_class={lab: {"precision": float(p[i]), "recall": float(r[i]), "f1": float(f[i]), "support": int(s[i])}
                   for i, lab in enumerate(labels)},
        confusions=[(g, q, c) for (g, q), c in confusions],
    )


def evaluate(file: str | Path) -> CaseResult:
    rows = read_tsv(file)
    typings = tp.classify_many(text for _, text, _ in rows)
    return score([gold for *_, gold in rows], [case_code(t) for t in typings])
