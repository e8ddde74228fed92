"""Casualty claims in one sentence: kind, count, qualifier, side and claimant, with offsets.

A claim is a quantity (``numbers.find_quantities``) tied to a casualty word either after it
("seven soldiers were killed", "nearly 100 troop deaths", "24 more have gone missing") or before it
("killing at least 12", "the deaths of 49 of its soldiers", "a conflict that killed more than
6,500"). Nothing else becomes a claim: "the deadliest fighting" has no number, "2,000 peacekeepers"
no casualty word. Side comes from the claim's own noun phrase (demonym, "Armenia's", "its/their" =
the claimant's side, "10 more" = the previous claim's side), else, for soldiers or an unnamed
count, from the claimant. The claimant is who the parse says states it ("X said", "X reported",
"according to X", "cited X as saying", a headline's "..., says Baku").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from dateline.extract import places
from dateline.extract.numbers import Quantity, find_quantities

_AFTER: list[tuple[str, str]] = [
    ("killed", r"killed|dead|died|die|deaths?|fatalities|fatality|slain|perished|lost their lives|"
               r"lost (?:his|her) life|executed|bodies|martyred|lives were lost|murdered|massacred|shot dead"),
    ("wounded", r"wounded|injured|injuries|injury|hurt|hospitali[sz]ed"),
    ("captured", r"captured|taken prisoner|prisoners of war|POWs|taken captive|seized"),
    ("missing", r"missing|unaccounted for"),
    ("abducted", r"abducted|kidnapped|taken hostage|hostages|abductions|kidnappings"),
    ("arrested", r"arrested|detained|arrests|in custody|apprehended|rounded up|taken into custody"),
    ("displaced", r"displaced|fled their homes|fled|forced to flee|forced from their homes|"
                  r"driven from their homes|made homeless|uprooted"),
    ("casualties", r"casualties|casualty|victims"),
]
_BEFORE: list[tuple[str, str]] = [
    ("killed", r"killing|killed|kills|kill|lynch(?:es|ed|ing)?|shot dead|shooting dead|shoots dead|gunned down|"
               r"gunning down|shot and killed|shoot and kill|shoots and kills|hacked to death|burned to death|"
               r"beheaded|beheading|deaths of|death of|killing of|killings of|murder of|murders of|"
               r"fatalities (?:were |was )?(?:coded|recorded|reported|estimated|put|given) (?:as|at)|"
               r"death toll (?:\w+ ){0,3}?(?:to|at|of|reached|hit)|"
               r"claimed the lives of|lives of|executing|executed|massacring|massacred|bodies of|dead bodies of"),
    ("wounded", r"wounding|wounded|injuring|injured|injuries to"),
    ("captured", r"capturing|captured|capture of|took prisoner"),
    ("abducted", r"abducting|abducted|kidnapping|kidnapped|abduction of|kidnapping of"),
    ("arrested", r"arresting|arrested|detaining|detained|arrest of|detention of|arrests of"),
    ("displaced", r"displacing|displaced|displacement of|drove|driving|forced|forcing|uprooted|uprooting"),
    ("casualties", r"casualties of|casualty toll (?:\w+ ){0,3}?(?:to|at|of|reached)"),
]
_AFTER_RE = re.compile(
    r"^(?P<gap>(?:[\s,]+(?!(?:in|on|at|after|before|since|during|from|with|by|than|to|for|as|when|while|but|"
    r"because|over|near|said|says|say|reported|that|which|against|into|per|total)\b)[\w’'/-]+){0,6}?)"
    r"[\s,\"”’']+(?:(?:were|was|have|has|had|been|being|are|is|reportedly|also|later|gone|got|left|confirmed|"
    r"reported|feared|believed|said to be|thought to be)\s+){0,3}"
    r"(?P<word>" + "|".join(f"(?:{p})" for _, p in _AFTER) + r")\b",
    re.I,
)
_BEFORE_RE = re.compile(r"\b(?P<word>" + "|".join(f"(?:{p})" for _, p in _BEFORE) + r")\s+$", re.I)
# "the death toll has risen to ten", "the number of people killed in the strike rose to 12"
_TOLL_RE = re.compile(
    r"\b(?P<word>death toll|toll|number of (?:people |those |civilians |soldiers )?(?:killed|dead)|number of deaths|"
    r"number of (?:the )?dead)\b[^.;:!?]{0,100}?\b(?:rose|risen|climbed|increased|reached|jumped|grew|"
    r"stands|stood|is|was|now)\s+(?:to|at)?\s*$",
    re.I,
)
_KIND_AFTER = [(k, re.compile(rf"^(?:{p})$", re.I)) for k, p in _AFTER]
_KIND_BEFORE = [(k, re.compile(rf"^(?:{p})$", re.I)) for k, p in _BEFORE]
_UNITS = re.compile(
    r"^\s*(?:-\s*)?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|km|kilomet(?:er|re)s?|miles?|"
    r"met(?:er|re)s?|percent|per cent|%|gmt|am|pm|a\.m\.|p\.m\.|times|o'clock|tons?|tonnes?|dollars?|"
    r"euros?|\$|kg|mm|cm|rounds?|shells?|rockets?|missiles?|drones?|villages?|houses?|homes?|buildings?|"
    r"vehicles?|cars?|trucks?|tanks?|aircraft|planes?|districts?|provinces?|countries|nations|sides|"
    r"parties|points?|goals?|votes?|seats?|cows?|cattle|goats?|sheep|camels?|livestock|animals?|heads? of|"
    r"dogs?|donkeys?|horses?|shops?|stalls?)\b",
    re.I,
)
# "a man was shot and killed", "an officer died": one casualty without a digit.
_ONE_PERSON = re.compile(
    r"\b(?:a|an)\s+(?P<np>(?:[\w-]+\s+){0,3}?(?:man|woman|boy|girl|child|baby|civilian|soldier|serviceman|"
    r"policeman|policewoman|police officer|officer|farmer|herder|student|teacher|journalist|resident|villager|"
    r"person|member|fighter|militant|worker|driver|trader|youth|teenager|minor|official|leader|guard|"
    r"reservist|pastor|priest|imam|chief|activist|doctor|nurse|refugee|protester|demonstrator|"
    r"businessman|trader|motorcyclist|passenger|miner|herdsman|hunter|vigilante|militiaman|cleric|"
    r"councillor|councilor|mayor|commander|judge|lawyer|politician|candidate|engineer|labourer|laborer))\s+"
    r"(?:(?:was|is|has been|had been|got|were|reportedly|also|later|allegedly)\s+){1,3}(?:[\w-]+\s+(?:and|or)\s+)?"
    r"(?P<word>killed|shot dead|gunned down|hacked to death|murdered|slain|executed|found dead|beheaded|lynched|"
    r"stabbed to death|"
    r"beaten to death|burned to death|wounded|injured|abducted|kidnapped|arrested|detained|captured)\b",
    re.I,
)
_KILLING_ONE = re.compile(
    r"\b(?P<word>killing|killed|kills|kill|shot dead|shot and killed|hacked to death|stabbed to death|"
    r"beat to death|beaten to death|lynched|lynches|beheaded|beheads|murdered|murders|executed|executes|"
    r"wounding|wounded|injuring|injured|abducting|abducted|abducts|kidnapping|kidnapped|kidnaps|"
    r"arresting|arrested|arrests)\s+(?:a|an|one)\s+"
    r"(?P<np>(?!total\b|number\b|few\b|dozen\b|group\b|couple\b|handful\b|lot\b|series\b|day\b|week\b|"
    r"cow\b|goat\b|dog\b|camel\b|bull\b|horse\b)[\w-]+)",
    re.I,
)
_ONE_KIND = {
    "gunned down": "killed",
    "kill": "killed", "shot and killed": "killed", "hacked to death": "killed", "beat to death": "killed",
    "lynches": "killed", "beheads": "killed", "murders": "killed", "executes": "killed", "abducts": "abducted",
    "kidnaps": "abducted", "arrests": "arrested",
    "shot dead": "killed", "murdered": "killed", "slain": "killed", "executed": "killed", "found dead": "killed",
    "beheaded": "killed", "lynched": "killed", "stabbed to death": "killed", "beaten to death": "killed",
    "burned to death": "killed", "killing": "killed", "kills": "killed", "wounding": "wounded",
    "injuring": "wounded", "injured": "wounded", "abducting": "abducted", "kidnapping": "abducted",
    "kidnapped": "abducted", "arresting": "arrested", "detained": "arrested",
}
_MILITARY_NP = re.compile(
    r"\b(?:troops?|soldiers?|servicem[ae]n|service ?members?|service personnel|personnel|military|army|"
    r"officers|fighters|border guards?|conscripts|paratroopers|sailors|pilots)\b",
    re.I,
)
_PERSON_NP = re.compile(r"\b(?:people|persons|civilians?|residents|villagers|children|women|men)\b", re.I)
_POSSESSIVE_SELF = re.compile(r"\b(?:its|their|our|his|her)\s+(?:own\s+)?\w+", re.I)
_MORE = re.compile(r"^\s*(?:more|others|other|additional|further)\b", re.I)
_REPORT_VERBS = {
    "say", "says", "said", "saying", "report", "reports", "reported", "reporting", "claim", "claims", "claimed",
    "announce", "announces", "announced", "told", "tell", "tells", "confirm", "confirms", "confirmed",
    "state", "states", "stated", "add", "adds", "added", "insist", "insists", "insisted", "accuse", "accuses",
    "accused", "cite", "cites", "cited", "quoted", "quote", "quotes", "estimate", "estimates", "estimated",
    "put", "puts", "record", "recorded", "records", "acknowledged", "acknowledges", "admitted", "admits",
}
_INVERTED_SPEECH = re.compile(
    r"[,'\"’”]\s*(?:says|said|claims|claimed|reports|reported|tells|told|confirms|confirmed)\s+"
    r"(?P<who>(?:the\s+)?[A-Z][^,.;:\"“”!?]*?)\s*[.!]?\s*$"
)
_APPOSITIVE = re.compile(
    r"^((?:\s+[\w’'-]+){0,3})\s*,\s*(?:among them|including|of whom|among whom|mostly|most of them|"
    r"many of them|all of them)\b[^,;]*,", re.I)
_DISPLACING_VERBS = {"drove", "driving", "forced", "forcing", "uprooted", "uprooting"}
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "this", "that", "who", "which"}


@dataclass(slots=True)
class FoundClaim:
    """A claim found in a sentence (offsets relative to the sentence text)."""

    kind: str
    quantity: Quantity
    start: int  # span of the quantity plus its casualty word
    end: int
    side: str | None
    claimant: str | None
    claimant_side: str | None
    claimant_span: tuple[int, int] | None = None


def _kind(word: str, table: list[tuple[str, re.Pattern[str]]]) -> str | None:
    w = re.sub(r"\s+", " ", word.strip())
    if re.match(r"(?:death toll|toll|number of)\b", w, re.I):
        return "killed"
    for kind, pattern in table:
        if pattern.match(w):
            return kind
    return None


_GROUP_NAME = re.compile(r"(?<![\w’'])((?:[A-Z][\w’'/-]*)(?:\s+[A-Z][\w’'/-]*)*)")
_NOT_GROUP = re.compile(r"^(?:The|A|An|More|Other|Others|At|In|On|Of|Some|Most|All|Both)$")


def _side_of_np(np_text: str, claimant_side: str | None) -> tuple[str | None, bool]:
    """(side, explicit) from the noun phrase of a count: a demonym, a country's, its/their, or a
    named group ("3 Mai-Mai fighters" -> "Mai-Mai")."""
    isos = {c.iso for c in places.find_countries(np_text)}
    if len(isos) == 1:
        return places.country_name(next(iter(isos))), True
    if len(isos) > 1:
        return None, True  # "Armenian and Azerbaijani soldiers": both sides
    if _POSSESSIVE_SELF.search(np_text) and claimant_side:
        return claimant_side, True
    group = next((g for g in _GROUP_NAME.findall(np_text) if not _NOT_GROUP.match(g)), None)
    if group:
        return group, True
    return None, False


def _overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < e and s < b for s, e in spans)


def find_claims(
    text: str,
    tokens: Any = None,
    offset: int = 0,
    skip_spans: list[tuple[int, int]] | None = None,
) -> list[FoundClaim]:
    """Claims of one sentence ``text``; ``tokens`` is its spaCy span (for the claimant), whose
    character offsets are ``offset`` + offsets into ``text``; ``skip_spans`` (dates, times) are
    never read as counts."""
    skip = list(skip_spans or [])
    speakers = _speakers(tokens, offset) if tokens is not None else []
    inverted = _INVERTED_SPEECH.search(text)
    if inverted and not any(sp[4][0] - offset <= inverted.start("who") < sp[4][1] - offset for sp in speakers):
        # "'...,' says Baku": the parse often misses a headline's trailing speaker
        who = inverted.start("who") + offset, inverted.end("who") + offset
        speakers.append((-1, offset, offset + inverted.start(), inverted.group("who"), who))
    found: list[FoundClaim] = []
    quantities = [q for q in find_quantities(text) if _is_count(q, text, skip)]
    # "five members of one family": a number inside another count's noun phrase is no count of its own
    inner = {id(q) for j, q in enumerate(quantities)
             if j > 0 and q.start - quantities[j - 1].end < 40
             and re.search(r"\b(?:of|from)\s+$", text[max(0, q.start - 6):q.start])
             and not _BEFORE_RE.search(text[max(0, q.start - 60):q.start])}
    quantities = [q for q in quantities if id(q) not in inner]
    for i, q in enumerate(quantities):
        kind, np_text, end = None, "", q.end
        before = _BEFORE_RE.search(text[max(0, q.start - 60):q.start]) or _TOLL_RE.search(text[:q.start])
        rest, shift = text[q.end:], 0
        appositive = _APPOSITIVE.match(rest)
        if appositive:
            # "At least 200 people, among them 10 civilians, were killed": read past the aside
            shift = appositive.end() - len(appositive.group(1))
            rest = appositive.group(1) + rest[appositive.end():]
        later = [x.start for x in quantities[i + 1:] if x.start >= q.end + shift]
        limit = (later[0] - q.end - shift + 1) if later else len(rest)
        after = _AFTER_RE.match(rest[:max(0, limit)]) if limit > 0 else None
        if after and re.search(r"\b(?:and|or)[\s,]*$", after.group("gap")):
            after = None  # "killed 2 and injured 3": the second verb starts a clause of its own
        if after and before:
            after = None  # "shoot and kill two refugees": the verb right before the count decides
        if after:
            kind = _kind(after.group("word"), _KIND_AFTER)
            np_text = after.group("gap")
            end = q.end + shift + after.end()
        if kind is None and before:
            kind = _kind(before.group("word"), _KIND_BEFORE)
            m = re.match(r"^((?:\s+(?:of\s+)?(?!and\b|in\b|on\b|at\b|during\b|after\b|,)[\w’'/-]+){0,4})", text[q.end:])
            np_text = m.group(1) if m else ""
            end = q.end + len(np_text)
            if kind == "displaced" and before.group("word").lower() in _DISPLACING_VERBS \
                    and not re.match(r"^(?:\s+[\w’'-]+){0,3}\s+(?:from|out of) (?:their )?homes|"
                                     r"^(?:\s+[\w’'-]+){0,3}\s+to flee", text[q.end:], re.I):
                kind = None  # "forced 3 soldiers to retreat" displaces nobody
        if kind is None:
            continue
        start = min(q.start, q.start - (len(before.group(0)) if before and not after else 0))
        found.append(_make(kind, q, max(0, start), end, np_text, found, speakers, text, offset))
    # "Seven soldiers and two civilians were killed": a count coordinated with a claim shares its kind.
    for q in quantities:
        if any(c.quantity is q for c in found):
            continue
        nxt = next((c for c in found if c.quantity.start > q.end), None)
        if nxt and re.fullmatch(r"(?:\s+[\w’'/-]+){0,4}\s*(?:,|and|as well as)\s*", text[q.end:nxt.quantity.start]):
            np_text = text[q.end:nxt.quantity.start]
            found.append(_make(nxt.kind, q, q.start, nxt.quantity.start, np_text, found, speakers, text, offset))
    # "the death of 3 rebels and 3 soldiers": a count coordinated after a claim shares its kind too.
    for q in quantities:
        if any(c.quantity is q for c in found):
            continue
        prev = [c for c in found if c.end <= q.start and c.quantity.end <= q.start]
        if prev and re.fullmatch(r"\s*(?:,|and|as well as)\s*", text[prev[-1].end:q.start]):
            m = re.match(r"^((?:\s+(?!and\b|in\b|on\b|at\b|during\b|after\b|were\b|was\b)[\w’'/-]+){0,4})",
                         text[q.end:])
            np_text = m.group(1) if m else ""
            found.append(_make(prev[-1].kind, q, q.start, q.end + len(np_text), np_text, found, speakers, text,
                               offset))
    for m in list(_ONE_PERSON.finditer(text)) + list(_KILLING_ONE.finditer(text)):
        if any(c.start <= m.start("np") < c.end for c in found):
            continue
        word = m.group("word").lower()
        kind = _ONE_KIND.get(word) or _kind(word, _KIND_AFTER) or "killed"
        q = Quantity(1, "exact", None, m.start(), m.end(), m.group(0))
        found.append(_make(kind, q, m.start(), m.end(), " " + m.group("np"), found, speakers, text, offset))
    if tokens is not None:
        found.extend(_singular_victims(tokens, offset, found, speakers, text))
    found.sort(key=lambda c: c.start)
    return found


_VERB_KIND = {
    **{w: "killed" for w in ("kill", "kills", "killed", "killing", "lynch", "lynches", "lynched", "behead",
                             "beheads", "beheaded", "murder", "murders", "murdered", "execute", "executes",
                             "executed", "assassinate", "assassinates", "assassinated", "slay", "slays", "slain")},
    **{w: "wounded" for w in ("wound", "wounds", "wounded", "wounding", "injure", "injures", "injured",
                              "injuring")},
    **{w: "abducted" for w in ("abduct", "abducts", "abducted", "abducting", "kidnap", "kidnaps", "kidnapped",
                               "kidnapping")},
    **{w: "arrested" for w in ("arrest", "arrests", "arrested", "arresting", "detain", "detains", "detained",
                               "detaining")},
}
_NOT_PEOPLE = re.compile(
    r"^(?:cow|goat|sheep|camel|dog|horse|donkey|cattle|livestock|animal|project|plan|deal|bill|time|idea|"
    r"engine|motion|process|talks?|himself|herself|itself|themselves|one|other|another|each|all|none)$", re.I)


def _singular_victims(tokens: Any, offset: int, found: list[FoundClaim],
                      speakers: list[tuple[int, int, int, str, tuple[int, int]]], text: str) -> list[FoundClaim]:
    """"Gunmen kill police reservist", "a commander was killed": one victim named by a singular noun."""
    out: list[FoundClaim] = []
    for tok in tokens:
        kind = _VERB_KIND.get(tok.lower_)
        if kind is None:
            continue
        for child in tok.children:
            if child.dep_ not in ("dobj", "nsubjpass") or child.tag_ not in ("NN", "NNP"):
                continue
            if child.ent_type_ in ("GPE", "ORG", "NORP", "LOC", "FAC") or _NOT_PEOPLE.match(child.lower_):
                continue
            if any(c.dep_ in ("nummod", "conj") or c.lower_ in ("no", "every", "each") for c in child.children):
                continue
            a = min(tok.idx, child.left_edge.idx) - offset
            b = max(tok.idx + len(tok), child.idx + len(child)) - offset
            if any(c.start < b and a < c.end for c in found + out):
                continue
            q = Quantity(1, "exact", None, child.idx - offset, child.idx - offset + len(child), child.text)
            np_text = " " + text[child.left_edge.idx - offset:child.idx - offset + len(child)]
            out.append(_make(kind, q, a, b, np_text, found + out, speakers, text, offset))
    return out


def _is_count(q: Quantity, text: str, skip: list[tuple[int, int]]) -> bool:
    """False for dates, times, years and measures ("six weeks", "35km", "in 2008")."""
    if _overlaps(q.start, q.end, skip) or _UNITS.match(text[q.end:]):
        return False
    if re.search(r"(?:Rs\.?|\$|USD|€|£)\s*$", text[max(0, q.start - 5):q.start]):
        return False
    return not (not q.vague and q.qualifier == "exact" and 1800 <= q.count <= 2100 and q.count_high is None
                and re.search(r"\b(?:in|since|of|from|until|by|before|after)\s+$", text[:q.start], re.I))


def _make(kind: str, q: Quantity, start: int, end: int, np_text: str, previous: list[FoundClaim],
          speakers: list[tuple[int, int, int, str, tuple[int, int]]], text: str, offset: int) -> FoundClaim:
    claimant, claimant_side, cspan = _claimant_for(q.start + offset, speakers)
    side, explicit = _side_of_np(np_text, claimant_side)
    if not explicit and previous and (_MORE.match(np_text) or not np_text.strip(" ,")):
        side = previous[-1].side  # "10 more were wounded", "21 civilians were killed and 70 wounded"
    elif not explicit and claimant_side:
        side = claimant_side  # a side reporting dead or captured people without saying whose means its own
    return FoundClaim(kind, q, start, end, side, claimant, claimant_side, cspan)


# --- claimants ------------------------------------------------------------------------------


def _clean_claimant(text: str) -> str:
    t = text.strip().strip(",;:\"'“”‘’ ")
    t = re.sub(r"^(?:the|a|an)\s+", "", t, flags=re.I)
    return t


def claimant_side(claimant: str | None) -> str | None:
    """The one country a claimant names ("Azerbaijan's defence ministry", "Baku"), else None."""
    if not claimant:
        return None
    isos = {c.iso for c in places.find_countries(claimant)}
    return places.country_name(next(iter(isos))) if len(isos) == 1 else None


def _subtree_span(tok: Any) -> tuple[int, int, str]:
    left = tok.left_edge
    right = tok.right_edge
    span = tok.doc[left.i:right.i + 1]
    return span.start_char, span.end_char, span.text


def _speakers(tokens: Any, offset: int) -> list[tuple[int, int, int, str, tuple[int, int]]]:
    """(verb token index, governs-from, governs-to, claimant text, claimant span) for each reporting verb."""
    out = []
    for tok in tokens:
        low = tok.lower_
        if low == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            to = tok.doc[tok.i + 1]
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if objs:
                s, e, t = _subtree_span(objs[0])
                sent = tok.sent
                out.append((tok.i, sent.start_char, sent.end_char, t, (s, e)))
            continue
        if low not in _REPORT_VERBS or tok.pos_ not in ("VERB", "AUX"):
            continue
        subj = _subject(tok)
        if subj is None:
            continue
        s, e, t = _subtree_span(subj)
        if t.lower() in _PRONOUNS:
            continue
        sub = tok.doc[tok.left_edge.i:tok.right_edge.i + 1]
        out.append((tok.i, sub.start_char, sub.end_char, t, (s, e)))
    return out


def _subject(verb: Any) -> Any:
    # the subject nearest the verb: in "An explosion killed 170, officials said" the parser may hang
    # the reported clause's subject on "said" too
    for c in sorted(verb.children, key=lambda c: abs(c.i - verb.i)):
        if c.dep_ in ("nsubj", "nsubjpass"):
            if verb.lower_ in ("cited", "cites", "cite", "quoted", "quotes", "quote"):
                obj = next((d for d in verb.children if d.dep_ in ("dobj", "obj")), None)
                return obj or c
            return c
    if verb.lower_ in ("saying",) and verb.head is not verb:
        head = verb.head
        if head.lower_ in ("cited", "cites", "quoted", "quotes", "quote", "cite"):
            obj = next((d for d in head.children if d.dep_ in ("dobj", "obj")), None)
            if obj is not None:
                return obj
    if verb.dep_ == "conj" and verb.head is not verb:
        return _subject(verb.head)
    return None


def _claimant_for(pos: int, speakers: list[tuple[int, int, int, str, tuple[int, int]]]
                  ) -> tuple[str | None, str | None, tuple[int, int] | None]:
    """The speaker whose clause holds ``pos`` (the innermost), else the sentence's only speaker."""
    governing = [s for s in speakers if s[1] <= pos < s[2] and not (s[4][0] <= pos < s[4][1])]
    if not governing:
        governing = [s for s in speakers if not (s[4][0] <= pos < s[4][1])]
    if not governing:
        return None, None, None
    best = min(governing, key=lambda s: (s[2] - s[1], abs(s[4][0] - pos)))
    name = _clean_claimant(best[3])
    if not name:
        return None, None, None
    return name, claimant_side(name), best[4]
