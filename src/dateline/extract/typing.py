"""Event typing: ACLED event type and sub-event type, or a PLOVER tag for verbal/diplomatic events.

Two hashed word 1-2-gram linear models (trained by ``python -m dateline.extract.train_typing``; the
weights ship as ``dateline/data/typing_model.npz``) give the label: one over ACLED sub-types, one over
PLOVER roots that decides verbal versus material. Codebook rules sit on top for what the training
data cannot teach: sub-types ACLED rarely or never codes (chemical weapons, suicide bombs, territory,
bases, agreements, disrupted weapons), happenings outside ACLED's scope (disasters, organised crime)
and the claiming or denying of responsibility. ``classify`` / ``classify_sentence`` /
``classify_many`` are what ``dateline run`` and both evaluations call; batch with ``classify_many``.

Labels: ACLED sub-event types (their event type follows from ``taxonomy.EVENT_TYPE_OF``), PLOVER
roots for verbal events (event type ``taxonomy.VERBAL_EVENT_TYPE``, sub-type = the PLOVER root), and
three out-of-scope kinds (event type ``NON_CONFLICT_TYPE``) that are typed but not reportable.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from dateline.taxonomy import EVENT_TYPE_OF, VERBAL_EVENT_TYPE

MODEL_FILE = "typing_model.npz"
MODEL_ENV = "DATELINE_TYPING_MODEL"  # another model file (e.g. one fitted on a training split only)
N_FEATURES = 2**20
NON_CONFLICT_TYPE = "Non-conflict"
NATURAL_DISASTER = "Natural disaster"
MAN_MADE_DISASTER = "Man-made disaster"
ORGANISED_CRIME = "Organized crime"
ATTRIBUTION = "Attribution"
# PLOVER roots used as labels for verbal and diplomatic events.
VERBAL_ROOTS: tuple[str, ...] = (
    "ACCUSE", "AGREE", "AID", "CONCEDE", "CONSULT", "COOPERATE", "REJECT", "REQUEST", "RETREAT",
    "SANCTION", "SUPPORT", "THREATEN",
)
# The PLOVER root that best describes an ACLED sub-type, when one does (a ceasefire is AGREE).
PLOVER_OF_SUBTYPE: dict[str, str] = {"Agreement": "AGREE", "Non-violent transfer of territory": "RETREAT"}


@dataclass(frozen=True, slots=True)
class Typing:
    """What kind of happening a text reports, and how sure we are."""

    event_type: str
    sub_event_type: str
    plover: str | None
    confidence: float
    reportable: bool  # False: names no event we keep (no trigger, or a disaster / ordinary crime)

    def as_tuple(self) -> tuple[str, str, str | None]:
        return self.event_type, self.sub_event_type, self.plover


# --- text normalisation (shared with training: the model sees exactly this) -------------------

_CODER_NOTES = [
    re.compile(r"\[\s*size\s*=[^\]]*\]", re.I),  # ACLED crowd-size tag
    re.compile(r"[^.]*\bfatalit(?:y|ies)\b[^.]*\b(?:coded|split|spread)\b[^.]*\.?", re.I),
    re.compile(r"[^.]*\b(?:coded|split|spread)\b[^.]*\bfatalit(?:y|ies)\b[^.]*\.?", re.I),
    re.compile(r"\((?:as reported|reported)\)", re.I),
]
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DATE = re.compile(
    rf"\b(?:(?:on|around|between|from|during|since|by)\s+)?(?:the\s+)?(?:night\s+of\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:(?:-|and|to)\s*\d{{1,2}}\s+)?(?:{_MONTHS})\.?|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)"
    r"(?:,?\s+\d{4})?,?",
    re.I,
)
_NUMBER = re.compile(r"\d[\d,.]*")
_SPACE = re.compile(r"\s+")


def normalize(text: str) -> str:
    """The event description only: coder conventions, dates and exact numbers removed."""
    has_fatality_note = "fatalit" in text.lower()  # the costly two patterns need that word
    for i, pattern in enumerate(_CODER_NOTES):
        if i in (1, 2) and not has_fatality_note:
            continue
        text = pattern.sub(" ", text)
    text = _DATE.sub(" ", text)
    text = _NUMBER.sub(" NUM ", text)
    return _SPACE.sub(" ", text).strip()


# --- the learned model ---------------------------------------------------------------------


@dataclass(frozen=True)
class LinearModel:
    """Weights over hashed word 1-2-grams: ``columns`` are the hash buckets kept, one row each."""

    labels: tuple[str, ...]
    columns: np.ndarray  # int32, sorted
    weights: np.ndarray  # (len(columns), len(labels))
    bias: np.ndarray  # (len(labels),)

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        return self.scores_of(vectorizer().transform([normalize(t) for t in texts]))

    def scores_of(self, features: Any) -> np.ndarray:
        """Scores of hashed CSR features (mapping buckets by lookup: column slicing is slow per call)."""
        mapped = self._lookup()[features.indices]
        keep = mapped >= 0
        rows = np.repeat(np.arange(features.shape[0]), np.diff(features.indptr))[keep]
        out = np.zeros((features.shape[0], len(self.labels)), dtype=np.float32)
        np.add.at(out, rows, self.weights[mapped[keep]] * features.data[keep, None])
        return out + self.bias

    def _lookup(self) -> np.ndarray:
        lookup = self.__dict__.get("_lookup_cache")
        if lookup is None:
            lookup = np.full(N_FEATURES, -1, dtype=np.int32)
            lookup[self.columns] = np.arange(len(self.columns), dtype=np.int32)
            object.__setattr__(self, "_lookup_cache", lookup)
        return lookup

    def arrays(self, prefix: str = "") -> dict[str, np.ndarray]:
        return {
            f"{prefix}labels": np.array(self.labels), f"{prefix}columns": self.columns.astype(np.int32),
            f"{prefix}weights": self.weights.astype(np.float16), f"{prefix}bias": self.bias.astype(np.float32),
        }

    @classmethod
    def from_arrays(cls, z: Any, prefix: str = "") -> LinearModel:
        return cls(tuple(str(x) for x in z[f"{prefix}labels"]), z[f"{prefix}columns"],
                   z[f"{prefix}weights"].astype(np.float32), z[f"{prefix}bias"].astype(np.float32))


@dataclass(frozen=True)
class TypingModel:
    """Two linear models over the same features: ACLED sub-types (from ACLED notes) and PLOVER roots
    (from PLOVER-coded news sentences, material roots included so that news style alone never says
    "verbal"). A text is verbal when the PLOVER model puts it in a verbal root."""

    acled: LinearModel
    plover: LinearModel

    def save(self, path: Any) -> None:
        np.savez_compressed(path, **self.acled.arrays("acled_"), **self.plover.arrays("plover_"))

    @classmethod
    def load(cls, path: Any) -> TypingModel:
        with np.load(path, allow_pickle=False) as z:
            return cls(LinearModel.from_arrays(z, "acled_"), LinearModel.from_arrays(z, "plover_"))


@lru_cache(maxsize=1)
def vectorizer() -> Any:
    """The feature hasher (murmurhash3: stable across machines and scikit-learn versions)."""
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(
        n_features=N_FEATURES, ngram_range=(1, 2), alternate_sign=False, norm="l2", dtype=np.float32,
    )


@lru_cache(maxsize=1)
def shipped_model() -> TypingModel:
    """The shipped model, or the file named by $DATELINE_TYPING_MODEL (loaded once per process)."""
    override = os.environ.get(MODEL_ENV)
    if override:
        return TypingModel.load(override)
    return TypingModel.load(resources.files("dateline").joinpath("data", MODEL_FILE).open("rb"))


def _softmax(s: np.ndarray) -> np.ndarray:
    e = np.exp(s - s.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


# --- rules for what the data cannot teach ----------------------------------------------------

_CHEMICAL = re.compile(
    r"\b(?:chemical (?:weapon|attack|agent|munition|bomb)s?|chlorine|sarin|mustard gas|nerve (?:agent|gas)|"
    r"toxic gas|poison(?:ous)? gas|phosphorus (?:bomb|munition|shell)s?)\b", re.I)
_SUICIDE = re.compile(r"\bsuicide[- ](?:bomb\w*|attack\w*|blast\w*|vest\w*|car|truck|explosion\w*)|"
                      r"\bblew (?:himself|herself|themselves) up\b|\bself-immolat\w* bomb", re.I)
_ATTRIBUTION = re.compile(
    r"\b(?:claim(?:ed|s|ing)?|den(?:y|ied|ies|ying)|accept(?:ed|s)?|took|take[sn]?|assum(?:e|ed|es))\s+"
    r"(?:\w+\s+){0,2}?responsib(?:ility|le)\b|\b(?:was|were|is|are|not) (?:\w+ )?responsible for\b|"
    r"\bblam(?:ed|es|ing)\b|\bheld \w+ responsible\b|\battribut(?:ed|es)\b", re.I)
_NATURAL = re.compile(
    r"\b(?:earthquake|quake|tremor|flood(?:s|ing|waters)?|flash flood|cyclone|hurricane|typhoon|tornado|"
    r"tsunami|landslide|mudslide|avalanche|wildfire|bushfire|forest fire|volcan\w+|eruption|drought|"
    r"heatwave|heat wave|storm|torrential rain\w*|monsoon rains?|lightning)\b", re.I)
_MAN_MADE = re.compile(
    r"\b(?:(?:plane|air|helicopter|train|bus|car|road|boat|ferry)\s*crash\w*|crash(?:ed|es)? (?:into|on|near)|"
    r"derail\w*|capsiz\w*|sank|collaps\w*|(?:gas|oil|chemical|fuel|tanker|boiler|cylinder|tank) "
    r"(?:leak|spill|explosion|blast|fire)\w*|leak(?:ed|s|ing)?|spill(?:ed|s)?|caught fire|catching fire|"
    r"(?:fire|blaze) (?:broke out|gutted|swept|engulfed)|(?:factory|warehouse|plant|building|market|mine) "
    r"(?:fire|blaze|explosion)|industrial accident|food poisoning|toxins?|stampede|shipwreck)\b", re.I)
_CRIME = re.compile(
    r"\b(?:smuggl\w+|traffick\w+|drug (?:cartel|gang|lord|dealer|haul|seizure)s?|narcotics?|cocaine|heroin|"
    r"methamphetamine|contraband|money laundering|counterfeit\w*|poach\w+|illegal (?:migration|migrants|"
    r"immigrants|crossing|fishing|mining|logging)|ransomware|fraud\w*|embezzl\w+|racket\w*|extortion)\b", re.I)
# Anything of armed conflict or political contention; a text with none of these reports no event.
_CONFLICT = re.compile(
    r"\b(?:kill\w*|dead|death\w*|died|die|wound\w*|injur\w*|attack\w*|assault\w*|fight\w*|clash\w*|"
    r"battle\w*|shell\w*|fire[ds]?|firing|shot|shoot\w*|gun\w*|bomb\w*|blast\w*|explo\w+|missile\w*|rocket\w*|"
    r"artillery|mortar\w*|drone\w*|air ?strike\w*|strike\w*|raid\w*|ambush\w*|offensive|troops|militant\w*|"
    r"rebel\w*|insurgent\w*|soldier\w*|forces|army|militia\w*|police|arrest\w*|detain\w*|abduct\w*|"
    r"kidnap\w*|hostage\w*|rap(?:e|ed|ing)|loot\w*|torch\w*|burn\w*|destroy\w*|protest\w*|demonstrat\w*|"
    r"rall(?:y|ies|ied)|march\w*|riot\w*|mob|strike|sit-in|ceasefire|cease-fire|truce|peace|agree\w*|"
    r"accord|treaty|talks|negotiat\w*|sanction\w*|accus\w*|condemn\w*|denounc\w*|threat\w*|warn\w*|"
    r"demand\w*|call(?:ed|s)? (?:on|for)|urg\w+|appeal\w*|mediat\w*|meet\w*|met|visit\w*|summit|"
    r"expel\w*|recall\w*|withdr\w+|retreat\w*|captur\w*|seiz\w*|took control|recaptur\w*|overr\w+|"
    r"displac\w*|surrender\w*|defect\w*|aid|support\w*|reject\w*|den(?:y|ied|ies)|responsib\w*|"
    r"violence|violent|war|conflict|hostilities|chemical|sarin|chlorine|suicide|grenade\w*|ied|"
    r"landmine\w*|mine)\b", re.I)
_ARMED = re.compile(
    r"\b(?:militant\w*|rebel\w*|insurgent\w*|soldier\w*|troops|army|militia\w*|gunm[ae]n|jihadist\w*|"
    r"terroris\w*|armed|attack\w*|shell\w*|air ?strike\w*|killed|shot|bomb\w*|explo\w+|IEDs?|(?:land)?mines?|"
    r"blast\w*|grenades?)\b", re.I)


_SEXUAL = re.compile(
    r"\b(?:rap(?:e|ed|es|ing|ist)|gang-?rap\w*|sexual(?:ly)? (?:assault|abus|violen|harass|exploit)\w*|"
    r"molest\w*)\b", re.I)
_REGAIN = re.compile(r"\b(?:regain\w*|recaptur\w*|retook|retak(?:e|en|es|ing)|took back|liberat(?:ed|es|ing)|"
                     r"reclaim\w*|wrest\w* (?:back )?control)\b", re.I)
_TAKEOVER = re.compile(
    r"\b(?:seiz\w+|captur\w+|took|tak(?:e|en|es|ing)|gain(?:ed|ing)?|assum\w+|overr[au]n\w*)\s+"
    r"(?:full\s+|total\s+|effective\s+)?control\b|\boverr[au]n\b|\bcaptur(?:ed|es|ing) (?:the )?"
    r"(?:\w+ )?(?:town|city|village|district|base|camp|area|territory|positions?)\b", re.I)
_STATE_FORCES = re.compile(r"\b(?:army|troops|soldiers|military|government forces|security forces|armed forces|"
                           r"national guard|defen[cs]e forces|regime forces|police)\b", re.I)
_HQ = re.compile(
    r"\b(?:establish\w*|set(?:s|ting)? up|open(?:ed|s|ing)?|buil[dt]\w*|install\w*)\s+(?:a |an |its |their |new |"
    r"temporary |permanent )*(?:military |operating |operational |forward |command )?"
    r"(?:base|camp|headquarters|outpost|command post|office)\b", re.I)
_AGREEMENT = re.compile(
    r"\b(?:cease-?fires?|truce|armistice|peace (?:deal|agreement|accord|treaty|pact)|"
    r"prisoners? (?:swap|exchange|release)s?|(?:exchange|swap)(?:d|s)? (?:of )?(?:\w+ )?(?:prisoners|detainees)|"
    r"(?:signed|sign|signing|reached|concluded|brokered) (?:an? |the )?(?:\w+ ){0,2}(?:agreement|accord|deal|pact)|"
    # a ceasefire told without the word: "fighting ceased", "agreed to halt the shelling"
    r"(?:fighting|hostilities|clashes|shelling|firing|guns) (?:had |has |have )?(?:ceased|stopped|halted|fell silent)|"
    r"agreed to (?:halt|stop|end|cease) (?:the |all )?(?:fighting|hostilities|shelling|fire|firing))\b",
    re.I)
_DISRUPTED = re.compile(
    r"\b(?:defus(?:ed|ing|es)|dismantl(?:ed|ing)|intercept(?:ed|ing|s)|shot down|bomb disposal|"
    r"(?:weapons?|arms|ammunition|explosives?) (?:cache|depot|stockpile)s?|"
    r"(?:seiz|recover|confiscat|found|discover|unearth)\w* (?:\w+ ){0,4}?(?:weapons|arms|ammunition|explosives|"
    r"IEDs?|landmines|grenades|rifles|guns)|(?:neutrali[sz]|detonat)ed (?:an? |the )?(?:\w+ )?(?:IED|bomb|"
    r"explosive device|mine)s? (?:safely|before|in a controlled))\b", re.I)
_PROTEST = re.compile(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies)|marchers|sit-in)\b", re.I)
_LETHAL = re.compile(
    r"\b(?:(?:protesters?|demonstrators?|marchers|students|crowd)\s+(?:\w+\s+){0,3}?(?:were |was )?"
    r"(?:shot dead|killed|shot)|(?:fired|used|with) live (?:ammunition|rounds|bullets)|"
    r"(?:opened fire|fired|shot) (?:\w+ )?(?:on|at|into) (?:the |a )?(?:protesters|demonstrators|marchers|crowd))\b",
    re.I)


_VIOLENT_ACT = re.compile(
    r"\b(?:attack\w*|ambush\w*|shell(?:ed|ing|s)|air ?strike\w*|kill(?:ed|ing|s)|shot|shoot\w*|bomb\w*|"
    r"explo\w+|IEDs?|(?:land)?mines?|blast\w*|grenades?|raid\w*|assault\w*|massacre\w*|abduct\w*|kidnap\w*)\b",
    re.I)


def _first(pattern: re.Pattern[str], text: str) -> int:
    m = pattern.search(text)
    return m.start() if m else -1


def _rule(text: str) -> tuple[str, str, str | None] | None:
    """A codebook rule's label, or None to keep the model's."""
    if _CHEMICAL.search(text) and not re.search(r"\btear ?gas\b", text, re.I):
        return "Explosions/Remote violence", "Chemical weapon", None
    attribution = _first(_ATTRIBUTION, text)
    violence = _first(_VIOLENT_ACT, text)
    # Responsibility claimed or denied as the main statement (said before the attack is told).
    if attribution >= 0 and (violence < 0 or attribution < violence):
        return VERBAL_EVENT_TYPE, ATTRIBUTION, "ACCUSE"
    if _SUICIDE.search(text):
        return "Explosions/Remote violence", "Suicide bomb", None
    if _ARMED.search(text) or _PROTEST.search(text):
        return None
    if _NATURAL.search(text):
        return NON_CONFLICT_TYPE, NATURAL_DISASTER, None
    if _MAN_MADE.search(text):
        return NON_CONFLICT_TYPE, MAN_MADE_DISASTER, None
    if _CRIME.search(text):
        return NON_CONFLICT_TYPE, ORGANISED_CRIME, None
    return None


_COMBATANTS_KILLED = re.compile(
    r"\b(?:soldiers?|servicem[ae]n|troops|militants?|fighters?|rebels?|insurgents?|combatants?|militiam[ae]n)"
    r"\s+(?:\w+\s+){0,3}?(?:were|was|had been|have been|has been|are|got)\s+(?:\w+\s+)?(?:killed|wounded|injured)|"
    r"\b(?:killing|killed|wounding|wounded)\s+(?:at least |about |some )?(?:\w+\s+){0,2}?(?:soldiers|servicem[ae]n|"
    r"troops|militants|fighters|rebels|insurgents)\b", re.I)
_CIVILIANS = re.compile(r"\b(?:civilians?|villagers?|residents?|farmers?|women|children|wom[ae]n|child|girls?|"
                        r"boys?|worshippers?|passengers?|students?|teachers?|journalists?|family|families|"
                        r"unarmed|herders?|traders?|shopkeepers?|people)\b", re.I)


def _refine(text: str, label: str) -> str:
    """Codebook cues for rare sub-types the model has too few examples of, within the model's event type."""
    etype = EVENT_TYPE_OF.get(label)
    # ACLED's violence against civilians needs civilian victims: combatants killed is a battle.
    if label == "Attack" and _COMBATANTS_KILLED.search(text) and not _CIVILIANS.search(text):
        label, etype = "Armed clash", "Battles"
    if etype in ("Violence against civilians", "Battles") and _SEXUAL.search(text):
        return "Sexual violence"
    if etype == "Battles" or label in ("Change to group/activity", "Non-violent transfer of territory"):
        takeover = _first(_TAKEOVER, text)
        regain = _first(_REGAIN, text)
        if regain >= 0 and (takeover < 0 or regain <= takeover):
            return "Government regains territory"
        if takeover >= 0:
            state = _first(_STATE_FORCES, text)
            return "Government regains territory" if 0 <= state < takeover else "Non-state actor overtakes territory"
    if _DISRUPTED.search(text) and not re.search(r"\b(?:killed|killing|injured|wounded|dead)\b", text, re.I):
        return "Disrupted weapons use"
    if etype == "Strategic developments" and _HQ.search(text):
        return "Headquarters or base established"
    if etype == "Protests" and _PROTEST.search(text) and _LETHAL.search(text):
        return "Excessive force against protesters"
    return label


def _typing_of(label: str, confidence: float) -> Typing:
    if label in VERBAL_ROOTS:
        return Typing(VERBAL_EVENT_TYPE, label, label, confidence, True)
    return Typing(EVENT_TYPE_OF[label], label, PLOVER_OF_SUBTYPE.get(label), confidence, True)


# --- public API --------------------------------------------------------------------------------


def classify_many(texts: Iterable[str], model: TypingModel | None = None) -> list[Typing]:
    """``Typing`` of each text (batched: one matrix product per model for all)."""
    texts = list(texts)
    if not texts:
        return []
    m = model or shipped_model()
    features = vectorizer().transform([normalize(t) for t in texts])
    acled = _softmax(m.acled.scores_of(features))
    plover = _softmax(m.plover.scores_of(features))
    out: list[Typing] = []
    for text, p, q in zip(texts, acled, plover):
        best = int(p.argmax())
        label = _refine(text, m.acled.labels[best])
        confidence = float(p[best])
        root = m.plover.labels[int(q.argmax())]
        if root in VERBAL_ROOTS and label not in PLOVER_OF_SUBTYPE:
            label, confidence = root, float(q.max())

        agreement = _first(_AGREEMENT, text)
        if agreement >= 0 and (label in VERBAL_ROOTS or EVENT_TYPE_OF.get(label) == "Strategic developments"
                               or not 0 <= _first(_VIOLENT_ACT, text) < agreement):
            label = "Agreement"  # a ceasefire, peace deal or prisoner exchange told as the main news
        typing = _typing_of(label, confidence)
        ruled = _rule(text)
        if ruled is not None:
            etype, sub, plover_root = ruled
            typing = Typing(etype, sub, plover_root, confidence, etype != NON_CONFLICT_TYPE)
        if not _CONFLICT.search(text) and typing.event_type != NON_CONFLICT_TYPE:
            typing = Typing(typing.event_type, typing.sub_event_type, typing.plover, typing.confidence, False)
        out.append(typing)
    return out


def classify_sentence(text: str) -> Typing:
    """``Typing`` of one sentence; ``reportable`` False when it reports no event we keep."""
    return classify_many([text])[0]


def classify(text: str) -> tuple[str, str, str | None]:
    """(event_type, sub_event_type, plover or None) of one snippet."""
    return classify_sentence(text).as_tuple()


def classify_batch(texts: Iterable[str]) -> list[tuple[str, str, str | None]]:
    """``classify`` over many texts."""
    return [t.as_tuple() for t in classify_many(texts)]
