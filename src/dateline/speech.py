"""Verbs of saying: one lexicon for the stages that must recognise a report of something.

Two readers share it: the time anchor (``dateline.time.anchor``: "the ministry said on Wednesday
that ..." dates the report, not the happening) and the claimant rules of ``dateline.extract.claims``
(the subject of "said", "reported", "confirmed" is who states a figure). Each adds only the verbs
whose role is its own (a denial has a date but states no figure; "put the toll at" and "estimated"
give a figure but are not verbs of saying).
"""

from __future__ import annotations

# lemma: (past, third person singular, -ing); the past form doubles as the participle here.
_FORMS: dict[str, tuple[str, str, str]] = {
    "say": ("said", "says", "saying"),
    "tell": ("told", "tells", "telling"),
    "report": ("reported", "reports", "reporting"),
    "announce": ("announced", "announces", "announcing"),
    "state": ("stated", "states", "stating"),
    "claim": ("claimed", "claims", "claiming"),
    "confirm": ("confirmed", "confirms", "confirming"),
    "add": ("added", "adds", "adding"),
    "acknowledge": ("acknowledged", "acknowledges", "acknowledging"),
    "insist": ("insisted", "insists", "insisting"),
    "admit": ("admitted", "admits", "admitting"),
    "declare": ("declared", "declares", "declaring"),
    "write": ("wrote", "writes", "writing"),
    "tweet": ("tweeted", "tweets", "tweeting"),
    "post": ("posted", "posts", "posting"),
}

# Every form of every verb of saying ("say", "says", "said", "saying", ...).
SAYING_VERBS: frozenset[str] = frozenset(w for lemma, forms in _FORMS.items() for w in (lemma, *forms))
# The past forms, which rarely read as nouns ("reported", not "report"; "said", not "state").
SAYING_VERBS_PAST: frozenset[str] = frozenset(forms[0] for forms in _FORMS.values())
# Verbs of revising a toll ("the ministry raised the death toll to 50"): its subject tells the figure, and its date dates
# that report, not the deaths. lemma: (past, third person singular)
_TOLL_FORMS: dict[str, tuple[str, str]] = {
    "raise": ("raised", "raises"),
    "lower": ("lowered", "lowers"),
    "revise": ("revised", "revises"),
    "update": ("updated", "updates"),
    "reduce": ("reduced", "reduces"),
    "correct": ("corrected", "corrects"),
}
TOLL_REVISING_VERBS: frozenset[str] = frozenset(w for lemma, forms in _TOLL_FORMS.items() for w in (lemma, *forms))
TOLL_REVISING_VERBS_PAST: tuple[str, ...] = tuple(forms[0] for forms in _TOLL_FORMS.values())
# Verbs of a toll told past a mark ("the toll has passed 50,000", "the death toll surpassed 1,000"): the figure is a
# floor, more than it died.
TOLL_PASSING_VERBS: tuple[str, ...] = ("passed", "surpassed", "exceeded", "topped", "crossed")
# Verbs of a toll told risen to a figure ("the death toll rose to 12", "the toll has climbed to 40"), past and
# participle: with the passing verbs, the one list of a toll's rise the claims, the typing, the time anchor and the
# merge all read.
TOLL_RISING_VERBS: tuple[str, ...] = ("rose", "risen", "climbed", "increased", "jumped", "grew", "grown", "mounted",
                                      "soared", "reached")
