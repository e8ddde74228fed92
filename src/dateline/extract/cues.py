"""Cheap tests of what extraction could find in a sentence, from the lexicons extraction itself uses.

The NLP stage asks them before parsing (``dateline.nlp.sentence_need``): a sentence that may carry a
casualty claim gets the whole spaCy model (the claimant and victim rules read the parse), one that may
report another event gets named entities, the rest nothing. Both tests may say yes wrongly (it costs
time), never no wrongly (it would lose a claim or an event), so they live here, next to the rules they
must stay a superset of.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dateline.extract import claims


@lru_cache(maxsize=1)
def _victim_verb() -> re.Pattern[str]:
    """Any word a victim rule reads from the parse: casualty verbs ("gunmen kill police reservist")
    and the words of the single-victim rules ("died", "body", "gunned")."""
    words = set(claims.VICTIM_VERBS) | set(claims.PARSE_WORDS)
    return re.compile(r"\b(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b", re.I)


def may_claim(text: str) -> bool:
    """Whether the sentence ``text`` may carry a casualty claim: it holds a word a victim rule reads
    from the parse, or ``find_claims`` finds a claim in it without the parse."""
    return bool(_victim_verb().search(text)) or bool(claims.find_claims(text))


@lru_cache(maxsize=1)
def _event_patterns() -> tuple[re.Pattern[str], ...]:
    """The words without which typing calls no sentence reportable: the learned typing's conflict
    test when its model loads, else the keyword fallback's rules (loads the model once)."""
    from dateline.extract import api

    learned = api._learned_typing()
    if learned is not None:
        return (learned.CONFLICT_WORDS,)
    return tuple(rule[0] for rule in api._RULES)


def may_report_event(text: str) -> bool:
    """Whether typing could call the sentence ``text`` a reportable event (it names a conflict word;
    with the keyword fallback, one of its rules matches)."""
    return any(p.search(text) for p in _event_patterns())
