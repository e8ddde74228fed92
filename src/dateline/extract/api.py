"""Event mentions of an article: which sentences report a happening, its type, date, actors, place, claims.

One mention per reporting sentence; a sentence whose casualty figures belong to another period
than the rest of it ("... since a six-week war last year, a conflict that killed more than 6,500")
gives a second, background mention on that period's date carrying those claims. Typing comes from
``dateline.extract.typing`` (a keyword fallback keeps this module usable without it); dates from
``dateline.time.date_for_span``; claims, actors and places from the sibling modules.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, NamedTuple

from dateline import time as timex
from dateline.extract import actors as actor_rules
from dateline.extract import places
from dateline.extract.claims import FoundClaim, army_state, find_claims, in_context, with_army_voice
from dateline.extract.prefilter import LiteralGuard
from dateline.model import (
    Actor,
    Article,
    Claim,
    Entity,
    EventDate,
    EventMention,
    Place,
    Sentence,
    TemporalExpression,
    stable_id,
)
from dateline.taxonomy import VERBAL_EVENT_TYPE, VIOLENT_EVENT_TYPES

try:  # the colleague's learned typing; the keyword rules below stand in when it is absent
    from dateline.extract import typing as _typing
except ImportError:  # pragma: no cover - depends on the checkout
    _typing = None  # type: ignore[assignment]

_RULES: list[tuple[re.Pattern[str], str, str, str | None]] = [
    (re.compile(r"\b(ceasefire|truce|peace deal|agreement|accord)\b", re.I), "Strategic developments", "Agreement", "AGREE"),
    (re.compile(r"\b(air ?strikes?|airstrikes?|drones?|bombed from the air|warplanes?)\b", re.I),
     "Explosions/Remote violence", "Air/drone strike", None),
    (re.compile(r"\b(shell\w*|artillery|missiles?|rockets?|mortars?)\b", re.I), "Explosions/Remote violence",
     "Shelling/artillery/missile attack", None),
    (re.compile(r"\b(grenades?)\b", re.I), "Explosions/Remote violence", "Grenade", None),
    (re.compile(r"\b(IEDs?|bombs?|explo\w+|landmines?|mines?)\b", re.I), "Explosions/Remote violence",
     "Remote explosive/landmine/IED", None),
    (re.compile(r"\b(clash\w*|fighting|battles?|hostilities|exchanged fire|exchange of fire|gunfight|ambush\w*|"
                r"fired|gunshots|opened fire|firing)\b", re.I),
     "Battles", "Armed clash", None),
    (re.compile(r"\b(riot\w*|mob|lynch\w*|vandali\w+|torched|set fire|stone-pelting)\b", re.I),
     "Riots", "Violent demonstration", None),
    (re.compile(r"\b(protest\w*|demonstrat\w*|rall(?:y|ied|ies)|march(?:ed|es)?|sit-in|strike|striking|"
                r"blocked|picket\w*|took to the streets|rampage|press conference|gathered)\b", re.I),
     "Protests", "Peaceful protest", None),
    (re.compile(r"\b(abduct\w*|kidnap\w*)\b", re.I), "Violence against civilians", "Abduction/forced disappearance", None),
    (re.compile(r"\b(kill\w*|shot|murder\w*|attack\w*|assault\w*|beat\w*|hacked|stabbed|executed)\b", re.I),
     "Violence against civilians", "Attack", None),
    (re.compile(r"\b(arrest\w*|detain\w*)\b", re.I), "Strategic developments", "Arrests", None),
    (re.compile(r"\b(took control|seized|captured|overran)\b", re.I), "Battles", "Non-state actor overtakes territory", None),
    (re.compile(r"\b(loot\w*|burn\w*|destroy\w*|pillag\w*)\b", re.I), "Strategic developments",
     "Looting/property destruction", None),
]
_VIOLENT_TYPES = VIOLENT_EVENT_TYPES | {"Riots"}
# A happening whose date ends this long before publication is context, not news of the day.
BACKGROUND_GAP = timedelta(days=31)


@lru_cache(maxsize=1)
def _learned_typing() -> Any:
    """The typing module if its model loads, else None (keyword fallback)."""
    if _typing is None:
        return None
    try:
        _typing.classify_sentence("Troops clashed near the border.")
    except Exception:  # noqa: BLE001 - a missing or half-written model file: fall back
        return None
    return _typing


def classify(text: str) -> tuple[str, str, str | None]:
    """(event_type, sub_event_type, plover) of a snippet: the learned typing when present."""
    if _learned_typing() is not None:
        return _typing.classify(text)
    return _keyword_type(text) or ("Strategic developments", "Other", None)


def _keyword_type(text: str) -> tuple[str, str, str | None] | None:
    for pattern, etype, sub, plover in _RULES:
        if pattern.search(text):
            return etype, sub, plover
    return None


def _typings(texts: list[str], has_claims: list[bool]) -> list[Any]:
    """The learned typing of each sentence, in one batch per article; None where a sentence names
    no conflict word and carries no figure (the typing would call it not reportable anyway)."""
    wanted: list[int] = []
    batch: list[str] = []
    for i, (text, claimed) in enumerate(zip(texts, has_claims)):
        ready = text if claimed else _typing.worth_typing(text)
        if ready is not None:
            wanted.append(i)
            batch.append(ready)
    out: list[Any] = [None] * len(texts)
    for i, typed in zip(wanted, _typing.classify_many(batch)):
        out[i] = typed
    return out


def _sentence_type(text: str, has_claims: bool, learned: Any = None) -> tuple[str, str, str | None, float, bool] | None:
    """Type of a sentence and whether it reports an event by itself; None when it reports none
    and carries no casualty figure. ``learned``: the sentence's ``Typing`` when the model is used."""
    if _learned_typing() is not None:
        t = learned
        if t is None or t.event_type == getattr(_typing, "NON_CONFLICT_TYPE", "Non-conflict"):
            return None
        if t.reportable or has_claims:
            return t.event_type, t.sub_event_type, t.plover, t.confidence, t.reportable
        return None
    kw = _keyword_type(text)
    if kw is None and not has_claims:
        return None
    etype, sub, plover = kw or ("Battles", "Armed clash", None)
    return etype, sub, plover, 0.5, kw is not None


def is_background(when: EventDate, published: date, gap: timedelta = BACKGROUND_GAP) -> bool:
    """True when ``when`` ends well before ``published`` ("last year's war", "a war that ended in 1994")."""
    if when.source == "publication":
        return False
    iv = timex.value_interval(when.end or when.value)
    return bool(iv) and iv[1] < published - gap


_HARM = re.compile(r"\b(?:kill\w*|shot|shoot\w*|shell\w*|bomb\w*|attack\w*|clash\w*|fir(?:ed|ing)\s+(?:on|at)|"
                   r"opened\s+fire|massacre\w*|raid\w*|ambush\w*|explo\w+|died|dead|wound\w*|injur\w*|beat\w*)\b", re.I)
_AFTER_CLAUSE = re.compile(r"\s*after\b", re.I)
_PLAIN_AFTER = re.compile(r"\bafter\s+(?!(?:a|an|the|its|their|his|her)\s+(?:meeting|talks|call|visit|vote|"
                          r"decision|statement|speech)\b)", re.I)

# Words that tell a happening of their own (beyond its toll): a sentence of a toll without any ("More than 60 people
# were wounded.", "Two soldiers also died, a police source said.") tells the dead or hurt of the happening just told
_HAPPENING = re.compile(
    r"\b(?:attack\w*|assault\w*|fight\w*|clash\w*|battle\w*|shell\w*|fir(?:e[ds]?|ing)|gunfire|gunshots?|shot|"
    r"shoot\w*|gunm[ae]n|bomb\w*|blast\w*|explo\w+|missile\w*|rocket\w*|artillery|mortar\w*|drone\w*|"
    r"air ?strike\w*|strike\w*|raid\w*|ambush\w*|offensive|arrest\w*|detain\w*|abduct\w*|kidnap\w*|hostage\w*|"
    r"rap(?:e|ed|ing)|loot\w*|torch\w*|burn\w*|destroy\w*|protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march\w*|"
    r"riot\w*|mob|sit-in|ceasefire|cease-fire|truce|agree\w*|accus\w*|condemn\w*|captur\w*|seiz\w*|stab\w*|"
    r"beat(?:en|ing|s)?|lynch\w*|execut\w*|behead\w*|massacre\w*|murder\w*|crash\w*|accident\w*|collaps\w*|"
    r"flood\w*|earthquake\w*|storm\w*|disease\w*|outbreak\w*|violence|grenade\w*|ieds?|(?:land)?mines?|suicide|"
    r"chemical|gas|poison\w*|hang\w*|torture\w*|starv\w*|famine|hunger|fled|displac\w*)\b", re.I)
# Witnesses hearing a fight: the fight told before, heard ("residents heard heavy gunfire and explosions")
_HEARD = re.compile(r"\b(?:heard|hear|hearing)\b(?:\s+(?:the\s+)?(?:sounds?\s+of|\w+)){0,3}\s+"
                    r"(?:gunfire|gunshots|shots|shooting|explosions?|blasts?|shelling|fighting|firing|bombing)\b", re.I)
_TOLL_KINDS = frozenset({"killed", "wounded", "missing", "casualties", "abducted"})


def _tells_the_toll(actor: Actor, found: list[FoundClaim]) -> bool:
    """Whether ``actor`` is named as the teller of a toll ``found`` ("The army put the toll at 79": the army)."""
    said = (actor.text or "").lower()
    return bool(said) and any(c.claimant and said in c.claimant.lower() for c in found)


def _sole_state(text: str, sure: list[str]) -> str | None:
    """The state an article names alone (by its name, people or capital), if it names one: "the army said", "the
    government blamed" are that state's (never a guess between two warring states)."""
    if not sure:
        return None
    return places.country_name(sure[0]) if {c.iso for c in places.find_countries(text)} == {sure[0]} else None


_GOVERNMENT_WORD = re.compile(r"government", re.I)


def _toll_alone(text: str, found: list[FoundClaim]) -> bool:
    """Whether the sentence ``text`` tells only the toll of its claims ``found``, no happening of its own: then it
    is the toll of the happening told just before, and of its kind (the learned typing, left to a bare toll, reads
    a mob or a shelling into "More than 60 people were wounded.")."""
    # (a happening named back, "were killed in the attack", may still tell the kind better than the sentence before:
    # any happening word keeps the sentence's own reading)
    return bool(found) and all(c.kind in _TOLL_KINDS for c in found) and _HAPPENING.search(text) is None


# The security forces as the hurt of a toll told after a protest ("Dozens of police officers were injured"): hurt by
# the crowd
_FORCES_HURT = re.compile(r"\b(?:police(?:\s+(?:officers?|officials|agents?|personnel))?|policem[ae]n|policewom[ae]n|"
                          r"officers|security (?:forces|personnel|officers|agents)|gendarmes?|soldiers|troops|guards)\b", re.I)


# The dead of an earlier happening honoured or mourned: "held a funeral on Thursday for the 17 soldiers killed in an
# ambush this week" tells the ambush's dead, dated by its own clause
_RECALLED_DEAD = re.compile(r"\b(?:funerals?|buri(?:ed|al|es)|bury|mourn\w*|tributes?|memorial|vigil|honou?r(?:ed|ing|s)?|"
                            r"commemorat\w*)\b[^.;]{0,80}?\b(?P<dead>(?:killed|died|slain)\s+(?:in|during)\b|(?:victims|dead)\s+of\b)", re.I)


# The words of a death clause that name the happening: "killed in a border ambush"
_DEATH_CLAUSE = re.compile(r"\w+\s+\w+(?:\s+(?:an?|the))?(?:\s+[\w-]+){0,2}")


def _recalled_dead_at(text: str) -> int | None:
    """Where the clause of the dead a funeral or a tribute is for begins (``_RECALLED_DEAD``), when the words before
    it tell no harm: what a sentence typed violent tells is that clause's happening (a vigil typed as a protest is
    the news itself, so the caller asks only of violent sentences)."""
    recalled = _RECALLED_DEAD.search(text)
    if recalled is None or _HARM.search(text, 0, recalled.start("dead")):
        return None
    return recalled.start("dead")


def _harm_only_after(s: Sentence, timexes: list[TemporalExpression], plain: bool = True) -> int | None:
    """Where the clause "N days after X" begins in ``s`` (its offset) when only X tells of harm: the main clause
    is a statement or a decision, the violence is X's."""
    for t in timexes:
        if not (s.start <= t.start < s.end) or t.type != "DURATION":
            continue
        after = _AFTER_CLAUSE.match(s.text, t.end - s.start)
        if after and not _HARM.search(s.text, 0, t.start - s.start) and _HARM.search(s.text, after.end()):
            return after.end()
    # "imposed a curfew on Saturday after clashes killed at least 105 people this week": an after-clause dated by
    # a day or period of its own tells the harm, the main clause only what was decided because of it
    for after in _PLAIN_AFTER.finditer(s.text) if plain else ():
        if _HARM.search(s.text, 0, after.start()) or _HAPPENING.search(s.text, 0, after.start()) \
                or not _HARM.search(s.text, after.end()):
            continue  # (a main clause telling a happening of its own, "burnt tyres and staged demonstrations", is it)
        if any(t.type == "DATE" and s.start + after.end() <= t.start < s.end for t in timexes):
            return after.end()
    return None


# Statements whose content is still to come when they are made: an appeal, a demand, a threat
_SPEECH_OF_THE_FUTURE = frozenset({"REQUEST", "THREATEN"})


def _planned(when: EventDate, published: date) -> bool:
    """Whether ``when`` starts after ``published``: a happening still to come when it was reported."""
    iv = timex.value_interval(when.value)
    return bool(iv) and iv[0] > published


def standing_state(when: EventDate, published: date) -> bool:
    """True when ``when`` runs from more than a year before ``published`` up to it ("have run the region since the
    1990s", "peacekeepers have been deployed since 2020"): what a sentence so dated tells is a standing state."""
    if when.end != published.isoformat():
        return False
    iv = timex.value_interval(when.value)
    return bool(iv) and iv[0] < published - timedelta(days=365)


# Kinds of unit one country alone has ("Raipur upazila", "the upazila chairman"): the text is about that country,
# whatever namesake towns abroad its names have
_NATIONAL_UNIT_COUNTRY = {"upazila": "BD", "upazilla": "BD"}
_NATIONAL_UNIT_WORD = re.compile(r"\b(?i:upazilla|upazila)\b")


def _national_unit_country(text: str) -> str | None:
    """The country whose kind of unit ``text`` names ("Raipur upazila"), when it names one country's."""
    if "azil" not in text and "AZIL" not in text:
        return None  # (the literal every unit word above holds: most texts are not scanned)
    found = {_NATIONAL_UNIT_COUNTRY[m.group(0).lower()] for m in _NATIONAL_UNIT_WORD.finditer(text)}
    return found.pop() if len(found) == 1 else None


def _place_votes(candidates: list[tuple[int, str, tuple[str, ...]]] | tuple = ()) -> Counter[str]:
    """Countries that best explain the article's place names ("Tilin (Gangaw, Magway)"): each name
    votes for the countries that have a place or region of that name (a name found in one country
    only counting most; a region named next to a place, for the countries with a region of that
    name), and a place whose region is named next to it votes twice for its country."""
    votes: Counter[str] = Counter()
    table = places.countries()
    for _, name, hints in candidates:
        if (key := places.normalise(name)) in table.demonyms and key not in table.names and key not in table.capitals:
            continue  # "a clash between Somali and non-Somali groups": a people, not Ethiopia's Somali region
        for n in dict.fromkeys((name, *hints)):
            # a hint names a region the place lies in ("Diguel (Diguel, Soum)"): a region of that
            # name is what it means, a town of that name only when no region has it
            isos = places.region_countries(n) if n != name else set()
            isos = isos or set(places.cities().isos(places.normalise(n))) | places.region_countries(n)
            if not isos and (town := places.before_facility_word(n)):
                # "Rustavi City", "Isiolo Town": the town named before the word votes
                isos = set(places.cities().isos(places.normalise(town)))
            if not isos and (whole := places.COMPASS_PART.match(places.region_as_written(n))):
                # "Kirinyaga East", "Yangon-East", "Bago-West Region": a part of the region named before the compass word
                isos = places.region_countries(whole.group(1))
            for iso in sorted(isos):  # sorted: ties go the same way in every process
                votes[iso] += 1.0 / len(isos)
        if hints:
            hint_isos = set().union(*(places.region_countries(h) for h in hints))
            for iso in places.cities().isos(places.normalise(name)):
                if iso in hint_isos:
                    votes[iso] += 2.0
                    break
            else:
                # "Qara (Wajir, North Eastern)": a place we do not know in regions of one country outweighs
                # a namesake town elsewhere
                if len(hint_isos) == 1:
                    votes[next(iter(hint_isos))] += 1.0
    return votes


def article_countries(text: str, candidates: list[tuple[int, str, tuple[str, ...]]] = ()) -> list[str]:
    """ISO codes of the countries an article talks about, most salient first.

    Countries named (or whose demonyms and capitals are) come first; then the countries that
    best explain the article's other place names (``_place_votes``).
    """
    counts = Counter(c.iso for c in _country_mentions(text))
    votes = _place_votes(candidates)
    # (a country named as often as another and whose places the article also names is the more salient: "army
    # soldiers and Russian instructors" in a story placed near Bocaranga, Central African Republic; ties keep the
    # order of first mention)
    named = sorted(counts, key=lambda iso: -(counts[iso] + min(votes.get(iso, 0.0), 1.0)))
    voted = [iso for iso, v in votes.most_common() if iso not in named and v >= 0.5]
    return named + voted


# "the US dollar", "Turkish lira": a country named for its money says nothing of where things happen
_CURRENCY_AFTER = re.compile(
    r"['’]?s?\s+(?:dollars?|euros?|pounds?|rubles?|roubles?|lira|liras|shillings?|francs?|rupees?|yuan|"
    r"dinars?|riyals?|exchange rate|currency)\b", re.I)


def _country_mentions(text: str) -> tuple[places.CountryMention, ...]:
    """The countries ``text`` names (not as a currency's, nor as a patron's: "the Turkish-backed government");
    ``places.find_countries`` memoises the search."""
    return tuple(c for c in places.find_countries(text) if not _CURRENCY_AFTER.match(text, c.end)
                 and not places.patron_at(text, c.end))


def sure_countries(text: str, ordered: list[str],
                   candidates: list[tuple[int, str, tuple[str, ...]]] | None = None) -> list[str]:
    """The countries an article is surely about: those it names, else its best-voted one.

    A text that names no country, only peoples or forces ("Russian forces shelled Rubizhne,
    Luhansk", "Somali refugees") or only as neighbours ("near the Mali border"), is about the country
    its place names point to when they point clearly to one (a vote of at least 1 in ``_place_votes``); else about those peoples' countries.
    """
    mentions = _country_mentions(text)
    named = {c.iso for c in mentions}
    # "attacked a police station in Madouba, Kossi Province near the Mali border": a country named only
    # as a neighbour or an origin is no more where things happen than one named as a people
    if candidates and named and all(c.kind == "demonym" or _is_neighbour(text, c) for c in mentions):
        votes = _place_votes(candidates).most_common(2)
        if votes and votes[0][1] >= 1.0 and (len(votes) == 1 or votes[0][1] > votes[1][1]):
            return [votes[0][0]]
    return [iso for iso in ordered if iso in named] or ordered[:1]


def with_fallback_country(text: str, countries: list[str], sure: list[str]) -> tuple[list[str], list[str]]:
    """(countries, sure countries) of a text completed by what else ties it to one (``fallback_country``)."""
    return fallback_country(text, countries, sure)[:2]


def fallback_country(text: str, countries: list[str], sure: list[str]) -> tuple[list[str], list[str], str | None]:
    """(countries, sure countries, guessed country) of a text that names no country, demonym or capital, completed by
    what else ties it to one. When its place names point nowhere: the one country whose regions it
    names as words ("Haryana Roadways employees", ``places.countries_of_regions_named``), else the
    country model's guess (``country_model.guess``: its armed groups, institutions, name shapes).
    When they point somewhere, the guess goes first if it is among those countries ("Dallas estate in
    Embu town": Kenya's Embu, not Texas) or if the model is surer than ``country_model.OVERRULE``
    ("an IED planted by JNIM in Inata": the Burkinabe village, not a Japanese one). Texts that name a
    country are left as they are, but for one that names countries only as peoples or neighbours
    ("Somali gunmen", "near the border with Somalia", "bandits from Ethiopia"): there, a guess surer
    than ``country_model.OVERRULE`` of another country goes first, unless its place names decided. A text that
    names a kind of unit one country alone has ("Raipur upazila") is about that country, whatever the guess.

    The guessed country is the sure one when the guess alone made it: one neither named (nor its
    people or capital) nor pointed to by the text's place names (``countries`` as given); else None.
    An analyst reads it as ``Place.country_guessed``."""
    from dateline.extract import country_model

    mentions = _country_mentions(text)
    if mentions:
        named = {m.iso for m in mentions}
        if any(m.kind != "demonym" and not _is_neighbour(text, m) for m in mentions) or (sure and sure[0] not in named):
            return _with_capital_namesake_country(text, mentions, countries, sure)
        guess = country_model.guess(text)
        # "killed near the Somali border", "crossed into Somalia": a text naming countries only as
        # neighbours says the happening was not in them; the guess needs no more than its usual bar
        bar = country_model.THRESHOLD if all(_is_neighbour(text, m) for m in mentions) else country_model.OVERRULE
        if guess is not None and guess.iso in named and len(sure) > 1 and guess.iso in sure \
                and guess.probability >= country_model.SURE:
            # "Israeli forces fired at two Palestinians near Qalqiliyah": of the peoples named, the one whose
            # country the note's other words point to
            return [guess.iso, *(c for c in countries if c != guess.iso)], [guess.iso], None
        if guess is None or guess.iso in named or guess.probability < bar:
            return countries, sure, None
        return _guessed_first(guess.iso, countries)
    if not countries and len(regions := places.countries_of_regions_named(text)) == 1:
        return list(regions), list(regions), None
    if (unit_iso := _national_unit_country(text)) is not None:
        # "Kalampur village in Raipur upazila": a kind of unit one country alone has says the country as its name would
        return [unit_iso, *(c for c in countries if c != unit_iso)], [unit_iso], None
    guess = country_model.guess(text)
    if guess is None or (countries and guess.iso not in countries and guess.probability < country_model.OVERRULE):
        return countries, sure, None
    return _guessed_first(guess.iso, countries)


def _guessed_first(iso: str, countries: list[str]) -> tuple[list[str], list[str], str | None]:
    """The country models' guess ``iso`` first and sure; guessed unless the text's place names point to it."""
    return [iso, *(c for c in countries if c != iso)], [iso], None if iso in countries else iso


def _with_capital_namesake_country(text: str, mentions: tuple[places.CountryMention, ...], countries: list[str],
                                   sure: list[str]) -> tuple[list[str], list[str], str | None]:
    """(countries, sure countries) of a text whose only country word is a capital that is also a
    city of another country ("protesters gathered in Tripoli" against the Lebanese pound: Tripoli,
    Lebanon, not Libya's capital): that other country when the country model guesses it (it reads the
    text's other names: squares, banks, parties, regions); else as they were."""
    from dateline.extract import country_model

    named = [m for m in mentions if m.kind != "demonym" and not _is_neighbour(text, m)]
    if named and all(m.kind == "capital" for m in named) and (home := _capital_beside_namesake(named)) is not None:
        # "blocked the Tripoli-Beirut highway": Lebanon's Tripoli beside Lebanon's capital, not Libya's capital
        return [home, *(c for c in countries if c != home)], [home], None
    if not named or any(m.kind != "capital" for m in named) or len({places.normalise(m.text) for m in named}) > 1:
        return countries, sure, None
    capital_of = named[0].iso
    namesakes = {c.iso for c in places.cities().get(places.normalise(named[0].text), ())
                 if c.iso != capital_of and c.population >= places.ABROAD_POPULATION}
    if not namesakes or namesakes & {m.iso for m in mentions}:
        return countries, sure, None
    guess = country_model.guess(text)
    if guess is None or guess.iso not in namesakes:
        return countries, sure, None
    # the capital's name is a city of the guessed country: the text names a place there
    return [guess.iso, *(c for c in countries if c != guess.iso)], [guess.iso], None


def _capital_beside_namesake(capitals: list[places.CountryMention]) -> str | None:
    """The country of one of two capitals a text names when the other's name is also one of that country's cities
    of ``places.ABROAD_POPULATION`` people or more ("Beirut" and "Tripoli": Lebanon), else None."""
    by_name = {places.normalise(m.text): m.iso for m in capitals}
    if len(by_name) != 2 or len(set(by_name.values())) != 2:
        return None
    homes = {iso for name, iso in by_name.items()
             for other, other_iso in by_name.items() if other != name
             if any(c.iso == iso and c.population >= places.ABROAD_POPULATION for c in places.cities().get(other, ()))}
    return next(iter(homes)) if len(homes) == 1 else None


# "near the border with Somalia", "crossed from Mali", "the Mali border": a country named as a neighbour
_NEIGHBOUR_BEFORE = re.compile(r"\b(?:border\s+(?:with|of)|borders?\s+with|from|across|into|to|towards?)\s+(?:the\s+)?$", re.I)
_NEIGHBOUR_AFTER = re.compile(r"^['’]?s?\s*(?:-\s*[A-Z][\w'’-]+\s+)?(?:borders?|frontiers?)\b", re.I)


# "demonstrated in Joensuu against the Russian invasion of Ukraine", "called for a ceasefire in Ukraine",
# "Russia's invasion": a country named as what a protest or a statement is about
_NEIGHBOUR_TOPIC_BEFORE = re.compile(
    r"\b(?:(?:war|invasion|crisis|cease-?fire|peace|conflict|aggression|occupation|armament|solidarity|support|"
    r"sanctions|embargo|boycott|trade)\s+(?:with|for|of|in|on|against|to|by)|against|denounce|condemn)\s+"
    r"(?:the\s+)?(?:people\s+of\s+)?$", re.I)
_NEIGHBOUR_TOPIC_AFTER = re.compile(r"^['’]s?\s+(?:\w+\s+)?(?:invasion|war|aggression|offensive|embassy|consulate)\b", re.I)


def _is_neighbour(text: str, m: places.CountryMention) -> bool:
    """Whether a country is named as a neighbour, an origin or the subject of a protest or statement,
    not as where things happen."""
    before = text[max(0, m.start - 40):m.start]
    return bool(_NEIGHBOUR_BEFORE.search(before[-30:]) or _NEIGHBOUR_AFTER.match(text[m.end:m.end + 40])
                or _NEIGHBOUR_TOPIC_BEFORE.search(before) or _NEIGHBOUR_TOPIC_AFTER.match(text[m.end:m.end + 40]))


_PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Labels of a name the parser writes with its article when it is an institution, a building or a people's body ("the
# White House", "the Red Cross", "the Arab League"); a town is not written so ("the Hague" is a GPE)
_INSTITUTION_LABELS = {"ORG", "FAC", "NORP"}
# The name of an institution is two capitalised words or more; "the Kalo airbase" is a place the parser may take for
# one, and "the Kalo" (before a lower-case noun) a town
_INSTITUTION_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+")
# A lower-case particle inside a name, before its next capitalised word: Spanish and Italian ("Ciudad de Mexico"),
# and the Arabic article in its transliterations ("Deir ez Zor", "Jisr ash Shughur", "Ras al-Ain"); not English
# words that may stand between two names ("in Aleppo as Syrian forces ...", "at", "an")
_PARTICLE = r"(?:de|del|la|el|al|ul|ez|az|ash|adh|ath|ad|ar)(?=[\s-]+[A-Z])(?:-[A-Z][\w'’-]+)?"
_PLACE_CUE = re.compile(
    # a sentence may open on its place ("In Migori, demonstrators ...")
    r"\b(?:[Ii]n|[Nn]ear|[Aa]t|[Oo]utside|[Aa]round|[Ff]rom|[Bb]etween|and|village of|town of|city of|"
    r"district of|township of|"
    r"area of|outskirts of|locality of|province of|region of|state of|county of|countryside of|suburbs? of|"
    r"vicinity of|edges? of|fringes? of|[Uu]niversity of|streets of|cent(?:re|er) of|heart of|"
    # "shelled Mariupol", "stormed Inata": a verb of attack names its target place
    r"shelled|bombed|bombarded|stormed|raided|captured|recaptured|overran|besieged|"
    # "drone strikes on El Fasher", "the siege of Mariupol": the place a named attack hits
    r"(?:air|drone|missile)?\s*strikes\s+on|(?:attacks?|assault|offensive|raids?|fire)\s+on|(?:shelling|bombing|siege)\s+of)\s+"
    # "in central Joensuu", "near rural Kisumu": a locative adjective may come between
    r"(?:(?:central|downtown|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|"
    r"south-?western|rural|urban|suburban|inner|greater)\s+)?"
    r"((?:[A-Z][\w'’-]+)(?:\s+(?:[A-Z][\w'’-]+|" + _PARTICLE + r"))*)"
)
# "Hnaw Kone village", "Tabayin township", "Pama (Kompienga)": a name its place noun or region follows
_PLACE_BEFORE_NOUN = re.compile(
    r"((?:[A-Z][\w'’-]+)(?:\s+(?:[A-Z][\w'’-]+|de|del|la|" + _PARTICLE + r"))*)\s+(?:\(|village|town|city|township|district|"
    r"area|county|province|region|state|municipality|commune|upazila|sub-district|locality|refugee\s+camp)\b"
)
_REGION_BEFORE_NOUN = re.compile(
    r"((?:[A-Z][\w'’-]+)(?:\s+(?:[A-Z][\w'’-]+|de|del|la|" + _PARTICLE + r"))*)\s+(?i:district|province|region|state|county|"
    r"division|governorate|department|prefecture|oblast|upazila|zone)\b")
_NAME_DASH_PART = re.compile(r"((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)*)\s+-\s+[A-Z][\w'’-]+")
_NAME_THEN_REGION = re.compile(r"((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)*),\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)")
# Behind their literal prefilters (a place noun or "(", a dash): the same matches, most sentences skipped.
_PLACE_BEFORE_NOUN_GUARD, _NAME_DASH_PART_GUARD = LiteralGuard.of(_PLACE_BEFORE_NOUN), LiteralGuard.of(_NAME_DASH_PART)
_NOT_PLACES = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|This|That|On|In|At|Police|Army|Military|"
    r"Government|Ministry|President|Prime|Minister|Reuters|AFP|AP|Around|Between|Near|Local|Several|Some|"
    r"Two|Three|Unknown|Unidentified|Suspected|Presumed)\b"
)


_NAME_END = re.compile(r"\s*[()\[\],;]\s*|\s+-\s+")
_LEADING_THE = re.compile(r"^the\s+", re.I)


def _clean_place_name(name: str) -> str:
    """The name before its first bracket, comma, semicolon or spaced dash, without a leading "the"."""
    end = _NAME_END.search(name)  # (``re.split(...)[0]``)
    return _LEADING_THE.sub("", (name[:end.start()] if end else name).strip())


_PLACE_CHAIN = re.compile(r"\s*(?:village|town|city|township|area|locality|district|municipality|commune|upazila)?\s*,\s*",
                          re.I)


def _brackets_of_another(text: str, name: str, pos: int, bracket: int, others: list[int]) -> bool:
    """Whether the brackets at ``bracket`` after the place ``name`` at ``pos`` are another place's:
    one named between them ("Florida State Sen. Garcia in Coral Gables (Florida)"), other than the
    next link of a chain ("Durgapur village, Ashuganj upazila (Brahmanbaria, Chittagong)") or the
    same name again ("Emporia State University in Emporia (Kansas)")."""
    end = pos + len(name)
    between = text[end:bracket]
    if name in between:
        return False
    return any(end < other < bracket and not _PLACE_CHAIN.fullmatch(text[end:other]) for other in others)


def _surnames(text: str, units: list[Sentence], ents: list[Any]) -> dict[str, int]:
    """surname -> the offset from which ``text`` names a person by it: the end of the sentence that names the person in
    full or after a title, when a later one names the surname again ("BP chief Tony Hayward met ... Later, Obama and
    Hayward ...", "President Obama arrived ... protesters and Obama ...").
    A story names a person in full first and by the surname after, and the parser often takes the bare surname for a
    place. Not within the sentence of the full name: "the village head Musa Kagoro ... in Kagoro (Kaura, Kaduna)" names
    the village. (The names the parser takes for a person or an organisation twice and never for a place were tried:
    towns of foreign names are taken for organisations so.)"""
    out: dict[str, int] = {}
    for e in ents:
        if e.label_ != "PERSON" or not (_FULL_NAME.fullmatch(e.text) or _SURNAME.fullmatch(e.text)
                                        and _TITLE_BEFORE.search(text, max(0, e.start_char - 20), e.start_char)):
            continue  # a full name, or a surname after a title ("President Obama")
        last = e.text.split()[-1]
        if last in out or text.find(last, e.end_char) < 0 or places.country_of(last):
            continue  # (most full names are not named again: no sentence looked up)
        end = next((u.end for u in units if u.start <= e.start_char < u.end), e.end_char)
        if re.search(rf"(?<![\w'’-]){re.escape(last)}(?![\w'’-])", text[end:]):
            out[last] = end
    return out


def _person_spans(text: str, surnames: dict[str, int], ents: list[Any]) -> list[tuple[int, int]]:
    """Spans of the persons ``_surnames`` tells of, named in full or by the surname after: no town's name as a word.
    (Every person named in full was tried: notes' names of places that the parser takes for persons were lost.)"""
    spans = [(e.start_char, e.end_char) for e in ents
             if e.label_ == "PERSON" and surnames.keys() & set(e.text.split()[-1:])]
    for last, after in surnames.items():
        spans += [m.span() for m in re.compile(rf"(?<![\w'’-]){re.escape(last)}(?![\w'’-])").finditer(text, after)]
    return spans


_SURNAME = re.compile(r"[A-Z][a-z]{2,}")
_TITLE_BEFORE = re.compile(r"\b(?:President|Mr|Mrs|Ms|Dr|Senator|Sen|Rep|Governor|Gov|Secretary|Chancellor|Premier|"
                           r"Minister)\.?\s+$")
_FULL_NAME = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z]\.?)?\s+[A-Z][a-z]{2,}")  # "Tony Hayward", "George W. Bush"


def _place_candidates(s: Sentence, doc: Any, ents: list[Any], surnames: dict[str, int] | None = None,
                      ) -> list[tuple[int, str, tuple[str, ...]]]:
    """(position, name, nearby region words) for each place-like name in the sentence; not a person's surname
    (``_surnames``) after the sentence that names the person in full."""
    out: dict[str, int] = {}
    text = s.text

    def add(pos: int, raw: str) -> None:
        name = _clean_place_name(raw)
        if len(name) < 3 or _NOT_PLACES.match(name) or (name.isupper() and len(name) <= 5):
            return  # acronyms are organisations far more often than places
        if places.normalise(places.region_as_written(name)) in places.PEOPLES:
            return  # "in Arab countries", "the Jewish state": a people or faith of no one country, not a town of its name
        at = pos + raw.find(name) if name in raw else pos
        if surnames and name in surnames and s.start >= surnames[name] \
                and not _LOCATIVE_BEFORE.search(text, max(0, at - 6), at):
            return  # "Tony Hayward ... Obama and Hayward": the person; "in Hayward" is still the town
        if _SETTLEMENT_KIND.fullmatch(name) and _NAME_NEXT.match(text, at + len(name)):
            return  # "in Colonia Lomas de San Agustin": a neighbourhood's kind, not the Uruguayan town Colonia
        out.setdefault(name, at)

    institutions = set()
    for ent in ents:
        if s.start <= ent.start_char < s.end:
            if ent.label_ in _PLACE_LABELS:
                add(ent.start_char - s.start, ent.text)
            if ent.label_ in _INSTITUTION_LABELS and _is_institution(ent.text):
                institutions.add(_LEADING_THE.sub("", ent.text))
    for m in _PLACE_CUE.finditer(text):
        add(m.start(1), m.group(1))
    for m in _PLACE_BEFORE_NOUN_GUARD.finditer(text):
        add(m.start(1), m.group(1))
    # "Feni district", "Rakhine State": the name of a region as such (not the town of that name)
    for m in _REGION_BEFORE_NOUN.finditer(text):
        add(m.start(1), m.group(0))
    # "shelled Rubizhne, Luhansk": a name its region follows, whatever the parser took it for
    for m in _NAME_THEN_REGION.finditer(text):
        if places.region_countries(m.group(2)):
            add(m.start(1), m.group(1))
    # "Dhaka - Mirpur": a city and its quarter
    for m in _NAME_DASH_PART_GUARD.finditer(text):
        add(m.start(1), m.group(1))
    # "Kinwo (Ketou, Plateau)", "Morelia, Michoacan": what follows names the regions the place lies in.
    result = []
    starts = list(out.values())
    for name, pos in out.items():
        if _start_of_known_name(name, pos, out):
            continue
        hints = _hints_after(text, name, pos, starts)
        if not hints and name in institutions:
            continue  # "at the White House", "the Red Cross": an institution or building, not a town of its name
        if not hints and text.count(name) > 1:
            # "in Dilovasi industrial zone in Dilovasi, Kocaeli": another mention of the name with a region we know
            for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
                if m.start() == pos or not _LOCATIVE_BEFORE.search(text, max(0, m.start() - 6), m.start()):
                    continue  # not where the text says it happened ("(Doufelgou, Kara)" after another place)
                other = _hints_after(text, name, m.start(), starts)
                if any(places.region_countries(h) and places.admin_key(h) not in places._GENERIC_NAME for h in other):
                    hints = other
                    break
        result.append((pos, name, hints))
    result.sort()
    return result


_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near)\s+$")
# The kind of a neighbourhood or hamlet written before its name in Spanish and Philippine usage ("Colonia Alamar",
# "Barrio Obrero", "Barangay Pange"): with a name after it, no place of its own
_SETTLEMENT_KIND = re.compile(r"(?i:colonia|barrio|fraccionamiento|ejido|vereda|corregimiento|aldea|caserio|barangay|"
                              r"sitio|purok)")
_NAME_NEXT = re.compile(r"\s+[A-Z]")


def _start_of_known_name(name: str, pos: int, found: dict[str, int]) -> bool:
    """Whether ``name`` is only the start of a longer name found at the same place that the gazetteer knows: "Rivas" of
    "Rivas-Vaciamadrid" (a Spanish town, not Nicaragua's Rivas), "San Jose" of "San Jose del Cabo"; not of "Bishkek
    city", "Baringo county", "Dhaka - Mirpur" or "Mumias East" (``_TOWN_REST``: the town itself, its unit, its quarter
    or a constituency coders locate to the town)."""
    return any(at == pos and len(other) > len(name) + 1 and other.startswith(name) and other[len(name)] in " -"
               and not _TOWN_REST.match(other, len(name)) and places.normalise(other) != places.normalise(name)
               and (places.normalise(other) in places.cities() or places.region_countries(other))
               for other, at in found.items())


# What may follow a town's name in a longer name that is still the town ("Bishkek city", "Kisii Town", "Dhaka - Mirpur"),
# its unit ("Baringo county": taking the county over the town lost an admin1 row of the train rows 5000-9999) or the town
# the coders name for it ("Mumias East" constituency: Mumias)
_TOWN_REST = re.compile(r"\s+(?i:city|town|county|region|district|province|state|division|governorate|department|"
                        r"prefecture|oblast|municipality|sub-?county|constituency|ward)$|\s+-\s|"
                        r"[\s-]+(?:North|South|East|West|Central)$")


def _hints_after(text: str, name: str, pos: int, starts: list[int]) -> tuple[str, ...]:
    """The regions named right after the place ``name`` at ``pos``: in brackets ("Kinwo (Ketou, Plateau)"), the
    brackets of the unit it is said to lie in ("Ma Au (South) village of Yesagyo township (Pakokku district,
    Magway region)"), or after commas ("Morelia, Michoacan")."""
    after = text[pos + len(name):pos + len(name) + 120]
    hints: list[str] = []
    paren = _PAREN_HINT.match(after)
    if paren and not _brackets_of_another(text, name, pos, pos + len(name) + paren.start(1), starts):
        hints += [h.strip() for h in paren.group(1).split(",")]
        if (of := _OF_UNIT_BRACKETS.match(after, paren.end())) is not None:
            hints += [h.strip() for h in of.group(1).split(",")]
    # "Yenisehir town, Diyarbakir": a place noun may come between; "Mine 6/7, Donetsk": a number
    after_noun = _NUMBER_BEFORE_COMMA.sub("", _PLACE_NOUN_BEFORE_COMMA.sub("", after))
    hints += [h.strip() for h in _COMMA_HINTS.findall(after_noun)]
    if not hints:
        hints += _part_of_hints(name, after)
    if not hints and (within := _WITHIN_UNIT.match(after)) is not None:
        hints.append(within.group("unit"))  # "Mafa, a farming village in Nigeria's Yobe state": Yobe's Mafa
    hints = [_CODED_AS.sub("", h) for h in hints]
    return tuple(h for h in hints if h)


# The unit a place is said to lie in, by the unit's kind: "X, a farming village in Nigeria's Yobe state", "X in the
# Amhara region"
_WITHIN_UNIT = re.compile(
    r"^(?:\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:village|town|city|settlement|community|hamlet|area|district)"
    r"\s+)?\s*in\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:'s|’s)\s+)?(?P<unit>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+"
    r"(?:state|province|region|governorate|department|oblast|county|prefecture)\b")
# "Holosiivskyi district of Kyiv", "the Zeitoun neighbourhood of Gaza City", "Tinga village of Mansila commune (Yagha)":
# a part of a place, then the place it is part of (with the regions named after that)
_PART_KIND = r"(?:neighbou?rhood|district|village|quarter|suburb|area|ward|sector|locality|commune|municipality|township)"
_PART_OF = re.compile(r"^\s*(?:" + _PART_KIND + r"\s+)?of\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
_NAME_ENDS_IN_PART_KIND = re.compile(r"\s" + _PART_KIND + r"$", re.I)
# "(coded as Pauk Taw (East))": a coder's note on the place, not its regions; "Los Angeles - Northeast": a city's quarter
_CODED_BRACKETS = re.compile(r"^\s*\(coded (?:as|to)\b[^()]*(?:\([^()]*\)[^()]*)*\)")
_QUARTER_AFTER = re.compile(r"^\s+-\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
# the lower-case words of a unit's kind after its name ("Alamudun district", "Qala police station area"), not "in"
_LOWER_WORDS = re.compile(r"^(?:\s+(?!in\b)[a-z][\w-]*){1,3}\b")
_IN_PLACE = re.compile(r"^\s+in\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


def _part_of_hints(name: str, after: str) -> list[str]:
    """The place that the place ``name`` is said to be part of ("... district of Kyiv"), with the places and regions
    named after it (in brackets, after commas, after "in": "of Qala mandal in Guntur district (Andhra Pradesh)"),
    when the text says so right after the name (the kind of part written before "of" or ending the name: "Salam of
    Khartoum" is no such part)."""
    m = _PART_OF.match(after)
    if m is None or (not re.match(r"\s*" + _PART_KIND, after) and not _NAME_ENDS_IN_PART_KIND.search(name)):
        return []
    hints = [m.group(1)]
    rest = after[m.end():]
    for _ in range(3):
        rest = _QUARTER_AFTER.sub("", rest, count=1)
        rest = _CODED_BRACKETS.sub("", rest[unit.end():] if (unit := _LOWER_WORDS.match(rest)) else rest, count=1)
        if (inside := _IN_PLACE.match(rest)) is not None:  # "... mandal in Guntur district (Andhra Pradesh)"
            hints.append(inside.group(1))
            rest = rest[inside.end():]
            continue
        if (paren := re.match(r"\s*\(([^()]+)\)", rest)) is not None:
            hints += [h.strip() for h in paren.group(1).split(",")]
        else:
            hints += [h.strip() for h in _COMMA_HINTS.findall(rest)]
        break
    return hints


# "... (South) village of Yesagyo township (Pakokku district, Magway region)": the brackets of the unit a
# place is said to lie in, after its own
_OF_UNIT_BRACKETS = re.compile(
    r"\s*(?:village|town|ward|quarter|area|neighbou?rhood)?\s*(?:of|in)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+"
    r"(?:township|district|town|city|municipality|county|village|sub-?district|upazila|commune)\s*\(([^()]+)\)")


def _with_shared_hints(candidates: dict[int, list[tuple[int, str, tuple[str, ...]]]]
                       ) -> dict[int, list[tuple[int, str, tuple[str, ...]]]]:
    """The regions a text names with a place ("near Kamyanka, Donetsk") hold where it names that place again
    without them ("... observed two explosions near Kamyanka"): a bare mention of a name gets the hints of
    its first hinted mention in the text."""
    hinted: dict[str, tuple[str, ...]] = {}
    for found in candidates.values():
        for _, name, hints in found:
            if hints:
                hinted.setdefault(name, hints)
    if not hinted:
        return candidates
    return {i: [(pos, name, hints or hinted.get(name, ())) for pos, name, hints in found]
            for i, found in candidates.items()}


_LOCATIVE_ADJECTIVE = r"(?:suburban|downtown|central|inner|greater|northern|southern|eastern|western|rural|urban)"
# ("across southern and eastern Lebanon": adjectives joined; "strikes on southern Lebanon": a strike's target)
_LOCATIVE = re.compile(r"\b(?:in|inside|into|across|near|within|throughout|through|at|to|(?:streets|outskirts|cent(?:re|er)|"
                       r"parts|edges?|fringes?|heart|north|south|east|west|north-?east|north-?west|south-?east|south-?west|"
                       r"suburbs?|city|town|capital) of|(?<!blamed )(?<!blamed the )(?:(?:air\s*)?strikes?|attacks?|raids?|"
                       r"bombardments?|shelling)\s+(?:on|against))\s+(?:the\s+)?(?:" + _LOCATIVE_ADJECTIVE + r"(?:\s*,\s*|\s+(?:and|or)\s+)"
                       r"){0,2}(?:" + _LOCATIVE_ADJECTIVE + r"\s+)?$", re.I)
# "Dhaka city", "Baghdad - Karkh", "Bangui (Bangui, Bangui)": a capital its place noun, quarter or
# region follows is the city, not its state
_CITY_AFTER = re.compile(r"\s*(?:city\b|town\b|municipality\b|district\b|-\s+[A-Z]|\((?!\d))")
# "the Tanghin area of Ouagadougou", "the University of Nairobi", "the capital Ouagadougou": a capital
# a noun of a place or an institution governs is the city, not its state (that state's organs excepted)
_PLACE_CITY_BEFORE = re.compile(r"(?:\b([a-z]+)|\b(?:University|Hospital|Governor|Mayor|Port))\s+of\s+(?:the\s+)?$|"
                                r"\bcapital,?\s+(?:city\s+(?:of\s+)?)?$")
_STATE_ORGAN = frozenset({"government", "governments", "president", "presidency", "leader", "leaders", "authorities",
                          "ministry", "minister", "regime", "army", "forces", "embassy", "ambassador", "envoy", "troops",
                          "relations", "delegation", "official", "officials", "people", "state", "side"})


def _named_as_place(text: str, name: str) -> bool:
    """Whether a country, demonym or capital ``name`` is named as where things happen somewhere in the
    sentence ``text``: after a locative ("in Armenia", "in central Kyiv"), or, for a capital, as a city
    (``_CITY_AFTER``, ``_PLACE_CITY_BEFORE``); "Nairobi: ten people were killed ... in Nairobi" counts."""
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        before = text[max(0, m.start() - 40):m.start()]
        if _LOCATIVE.search(before):
            return True
        if _is_capital(name):
            if _CITY_AFTER.match(text, m.end()):
                return True
            city = _PLACE_CITY_BEFORE.search(before)
            if city and (city.group(1) or "") not in _STATE_ORGAN:
                return True
    return False


def _capital_as_state(text: str, name: str) -> bool:
    """Whether ``text`` names the capital ``name`` only as its state, after a state's organ ("The government of
    Nairobi said"), never as a city."""
    if not _is_capital(name) or _named_as_place(text, name):
        return False
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        organ = _PLACE_CITY_BEFORE.search(text[max(0, m.start() - 40):m.start()])
        if organ is None or (organ.group(1) or "") not in _STATE_ORGAN:
            return False
    return True


# "Kisumu students rioted", "Mandera residents held a demonstration": the people of a place, named
# by it; where the sentence names no place otherwise, that is where they are
_PLACE_PEOPLE = re.compile(
    r"(?<![\w'’-])([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:residents|inhabitants|villagers|locals|students|traders|"
    r"youths?|townspeople|townsfolk|dwellers)\b|"
    r"\b(?i:residents|inhabitants|villagers|people|citizens|youths?|traders)\s+of\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")

_COUNT_WORD = re.compile(r"(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                         r"hundreds?|thousands?|dozens?|many|few|several|some|all|other|angry|local|most|more)\b")


_LOWER_UNIT_AFTER = re.compile(r"\s+(?i:district|township|county|sub-?district|municipality|commune|upazila)\b")
_CODED_AT = re.compile(r"^coded (?:as|to)\s+|\s+at\s+geo-?precision\b.*$", re.I)


def _place_for(s: Sentence, found: list[tuple[int, str, tuple[str, ...]]], countries: list[str],
               sure: list[str], excluded: list[tuple[int, int]], named_again: frozenset[str] = frozenset(),
               ) -> Place | None:
    """The most precise place the sentence locates its happening in (not a speaker's seat); its admin1
    unit the part of it that a district or township the sentence names lies in, where coders report
    such parts ("Kyaukme township (Kyaukme district, Shan State)" -> "Shan-North")."""
    place = _place_in_sentence(s, found, countries, sure, excluded, named_again)
    if place is not None and place.admin1 and place.country:
        iso = places.countries().names.get(places.normalise(place.country))
        names = [n for _, name, hints in found for n in (name, *hints)]
        part = places.admin1_part_named(iso, place.admin1, names) if iso else None
        if part:
            place.admin1 = part
    return place


# "the village of X, west of Y", "X, 30 km north of the city of Y": where X lies told by a bearing from Y
_BEARING_FROM = re.compile(
    r"\s*,\s*(?:(?:about|some|around|roughly|nearly|almost)\s+)?(?:\d[\d.,]*\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+(?:city|town|village|capital)\s+(?:of\s+)?)?"
    r"(?P<ref>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


# "the town, 50 km northeast of X": a place told before ("the town") located by a bearing from X
_BEARING_OF_TOLD_PLACE = re.compile(
    r"\bthe\s+(?:town|village|city|camp|base|area|district|settlement|locality)\s*,\s*(?:(?:about|some|around|roughly|"
    r"nearly|almost)\s+)?\d[\d.,]*\s*(?:km|kilometres|kilometers|miles)\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+"
    r"(?:of|from)|from)\s+(?:the\s+(?:city|town|village|capital)\s+(?:of\s+)?)?$")


def _located_by_bearing(text: str, end: int, name: str, place: Place | None, countries: list[str],
                        sure: list[str]) -> Place | None:
    """``place``, or where the text tells where ``name`` lies by a bearing from a place we know in another country
    ("Shagra, west of El Fasher", while a town abroad bears the name), ``name`` as a place of that other place's
    country and unit: a village the gazetteer lacks, not the namesake abroad."""
    bearing = _BEARING_FROM.match(text, end)
    if bearing is None:
        return place
    ref = places.resolve_place(bearing.group("ref"), countries, (), sure)
    if ref is None or not ref.country or ref.precision == "country" or (place is not None and place.country == ref.country):
        return place
    return Place(name, ref.country, ref.admin1, None, None, "admin1" if ref.admin1 else "country", name)


_NAME_AS_MODIFIER = re.compile(r"\s*(?:time|-backed|-brokered|-based|-led)\b")  # "Moscow time", "Russia-brokered"
_PAREN_HINT = re.compile(r"^[^()]{0,60}?\(([^()]+)\)")
# "in the area of Mine 6/7, Donetsk": a numbered pit, block or ward; the region after it is still the place's
_NUMBER_BEFORE_COMMA = re.compile(r"^\s+(?:No\.?\s*)?\d[\d/.-]*(?=\s*,)")
_PLACE_NOUN_BEFORE_COMMA = re.compile(r"^\s+(?:town|village|city|township|municipality|area)(?=\s*,)")
# A unit whose name joins two towns with a slash ("Maracas, Tunapuna/Piarco") is one hint, not cut at the slash
_COMMA_HINTS = re.compile(r"^(?:\s*,\s*((?:[A-Z][\w'’-]*(?:/[A-Z][\w'’-]*)?)(?:\s+(?:[A-Z][\w'’-]*|de|del|la|el))*))+")
_CODED_AS = re.compile(r"^coded as\s+", re.I)


_UNIT_WORD_END = re.compile(r"\s+(?i:district|township|county|sub-?district|municipality|commune|upazila)$")


def _without_unit_word(hint: str) -> str:
    """A hint without the lower-level unit word that ends it ("Bagmara upazila" -> "Bagmara")."""
    return _UNIT_WORD_END.sub("", hint)


def _in_sure(place: Place, sure: list[str]) -> bool:
    """Whether ``place`` lies in one of the countries the text is sure of."""
    return bool(sure) and places.countries().names.get(places.normalise(place.country or "")) in sure


# The words before an end of a journey: "travelling between Gao and", "driving from Kidal to" (a route told as where a
# happening was, "ambushed a convoy on the road between X and Y", is coded to its first end: only a journey's verb
# sets the route apart from the happening)
_ROUTE_END_BEFORE = re.compile(r"\b(?:travell?ing|travell?ed|driving|drove|sailing|sailed|heading|journeying)\s+"
                               r"(?:\w+\s+){0,2}?(?:between|from)\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
                               r"(?:\s*\([^()]{0,60}\))?\s+(?:and|to)\s+)?$")


# Where the hurt or dead were brought, not where they were hurt: "taken to hospital in X", "treated at a clinic in X"
_TREATED_IN = re.compile(
    r"\b(?:taken|rushed|flown|evacuated|transferred|airlifted|brought|admitted|treated|receiving\s+treatment|"
    r"being\s+treated|moved)\s+(?:to|at|in|into)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}"
    r"(?:hospitals?|clinics?|health\s+cent(?:re|er)s?|medical\s+(?:cent(?:re|er)|facilit(?:y|ies))|morgues?)"
    r"\s+(?:in|at)\s+(?:the\s+(?:city|town|capital)\s+of\s+)?$", re.I)


# A name given to something ("the armed group, which the government calls Shene", "a militia known as X"): a name,
# not where the happening is; after a place's noun ("a village called X", "the area known as X") still a place
_NAMED_AS_BEFORE = re.compile(
    r"\b(?P<noun>[a-z]+)\s+(?:(?:also|widely|locally|commonly|often|now)\s+)?(?:calls?|called|dubs?|dubbed|nicknamed|"
    r"brands?|branded|labels?|labell?ed|known\s+as|refers?\s+to\s+as|referred\s+to\s+as)\s+(?:it\s+|them\s+)?$")
_PLACE_NOUNS = frozenset({
    "village", "villages", "town", "towns", "city", "area", "areas", "place", "locality", "district", "camp",
    "neighbourhood", "neighborhood", "settlement", "hamlet", "region", "zone", "province", "county", "state", "road",
    "street", "square", "market", "field", "island", "river", "valley", "mountain", "mountains", "site", "base",
    "compound", "quarter", "suburb", "estate", "slum", "farm", "junction", "bridge", "border", "forest", "hill",
    "hills", "crossing", "community", "communities", "commune", "ward", "sector", "division", "kebele",
    "woreda", "also", "formerly", "is", "was", "be", "been"})


# A word each match of ``_NAMED_AS_BEFORE`` holds (its literal prefilter)
_NAMED_AS_WORDS = ("call", "dub", "nicknamed", "brand", "label", " as ")
_NAME_GIVEN = re.compile(_NAMED_AS_BEFORE.pattern[:-1] + r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


def _without_names_given(text: str) -> str:
    """``text`` with the names a speaker gives something blanked ("which the government calls Shene": no town of
    that name); a place's name after its noun ("a village called X") kept."""
    for m in _NAME_GIVEN.finditer(text):
        if m.group("noun") not in _PLACE_NOUNS:
            text = text[:m.start("name")] + " " * (m.end("name") - m.start("name")) + text[m.end("name"):]
    return text


def _named_as(text: str, pos: int) -> bool:
    """Whether the name at ``pos`` is one a speaker gives something ("which the government calls X"), not a
    place's name after its noun ("a village called X")."""
    before = text[max(0, pos - 60):pos]
    if not any(word in before for word in _NAMED_AS_WORDS):
        return False  # (the usual name: no verb of naming before it, the pattern not searched)
    m = _NAMED_AS_BEFORE.search(before, before.find(" ") + 1 if pos > 60 else 0)  # (no word cut by the window)
    return m is not None and m.group("noun") not in _PLACE_NOUNS


def _place_in_sentence(s: Sentence, found: list[tuple[int, str, tuple[str, ...]]], countries: list[str],
                       sure: list[str], excluded: list[tuple[int, int]], named_again: frozenset[str] = frozenset(),
                       ) -> Place | None:
    """The most precise place the sentence locates its happening in (not a speaker's seat); ``named_again``: the
    names the text names in more than one sentence (``_named_again``)."""
    best: Place | None = None
    rank = {"point": 0, "admin1": 1, "country": 2}
    candidates = []
    for pos, name, hints in found:
        if any(a <= pos < b for a, b in excluded):
            continue  # the seat of a speaker ("the ministry in Baku said")
        if _TREATED_IN.search(s.text, max(0, pos - 80), pos):
            continue  # "were wounded and taken to hospital in Mogadishu": where the hurt were brought, not the fight
        if _NAME_AS_MODIFIER.match(s.text, pos + len(name)):
            continue
        if _BEARING_OF_TOLD_PLACE.search(s.text, max(0, pos - 90), pos):
            continue  # "overran the town, 50 km northeast of X": X only tells where the town told before lies
        if _named_as(s.text, pos):
            continue  # "the group the government calls Shene": a name given, not a town named alike
        if places.COMPASS_PART.match(name) and _LOWER_UNIT_AFTER.match(s.text, pos + len(name)):
            continue  # "Yangon-East district": a district of Yangon (its candidate with the word says so), no part
        if places.country_of(name) and not _named_as_place(s.text, name):
            continue  # "Armenia reported", "Washington would push": a state speaking or acting
        if any(name in h.split("/") for at, _, hs in found if at < pos for h in hs if "/" in h):
            continue  # "Maracas, Tunapuna/Piarco": a town of the unit's name, cut from the unit the place lies in
        candidates.append((pos, name, hints))
    if len(candidates) > 1 and ("between" in s.text or "from" in s.text):
        # "travelling between Gao and Mopti when it came under fire near Bamba": a route's ends are where the
        # happening is only when nothing else locates it
        off_route = [c for c in candidates if not _ROUTE_END_BEFORE.search(s.text, max(0, c[0] - 60), c[0])]
        if off_route:
            candidates = off_route
    hints_all = tuple(h for _, _, hs in candidates for h in hs)
    bare_hints = {*hints_all, *map(_without_unit_word, hints_all)}
    for pos, name, hints in candidates:
        place = places.resolve_place(name, countries, hints or hints_all, sure, named_again)
        place = _located_by_bearing(s.text, pos + len(name), name, place, countries, sure)
        if place is None:
            continue
        if place.precision == "admin1" and place.name == name and name in bare_hints \
                and any(name in hs or name in map(_without_unit_word, hs) for at, other, hs in candidates
                        if at < pos and other != name) \
                and not places.is_admin1(places.countries().names.get(places.normalise(place.country or ""), ""), name):
            # "Kithirune (Central Imenti, Meru)", "Hasanpur (Bagmara upazila, Rajshahi)": a district named as where
            # another place lies, not the place
            continue
        if place.precision == "point" or (place.precision == "admin1" and place.name == name):
            # the location as the text writes it ("Chittagong", "Dhaka - Shahbagh", "Al Quds - Abu Dis" located to
            # its region), located by the gazetteer
            dash = re.match(r"\s+-\s+((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)*)", s.text[pos + len(name):])
            place.name = (place.text or name) + (f" - {dash.group(1)}" if dash else "")
        if best is None or rank[place.precision] < rank[best.precision] \
                or (place.precision == best.precision == "point" and _in_sure(place, sure) and not _in_sure(best, sure)):
            # "outside The White House near Oktyabr district in Bishkek city": a town of the note's country over
            # namesakes abroad named before it
            best = place
    if best is None or best.precision == "country":
        # a village we do not know, but whose region the text names: keep the region
        for pos, name, hints in candidates:
            for h in (*reversed(hints), name):
                region = places.resolve_region(h, countries, sure)
                if region is not None and h == name and best is not None and places.country_of(name) \
                        and places.country_name(places.country_of(name)) != region.country:
                    continue  # "an ambush in Niger": the state named, not Nigeria's Niger State
                if region is not None:
                    if h != name and not places.country_of(name) and not places.region_countries(name):
                        region.name = name  # "Diguel (Diguel, Soum)": the village, located to its region
                        whole = _part_of_hints(name, s.text[pos + len(name):pos + len(name) + 120])
                        if whole and hints and hints[0] == whole[0]:
                            # "Tinga neighbourhood of Kassa, Hatay": coders locate a part we do not know to the
                            # place it is part of
                            region.name = whole[0]
                    return region
        # "in front of the Provincial Government (Jeonju)", "the village of Kpindima (coded as Natiaboani)":
        # a name we do not know, the town it lies in given in brackets after it
        for pos, name, hints in found:
            if any(a <= pos < b for a, b in excluded):
                continue
            if (name, hints) not in [(n, hs) for _, n, hs in candidates]:
                # "an operation with Ghana along the borders (coded as Batie)": a state acting, but the
                # coder's note in the brackets still says where
                hints = tuple(h for h in hints if _CODED_AT.search(h))
            elif places.resolve_place(name, countries, (), sure) is not None:
                continue
            for i, h in enumerate(hints):
                h = _CODED_AT.sub("", h)  # "(coded to Merida)", "(coded as Pensa at geoprecision 2)"
                town = places.resolve_place(h, countries, hints[i + 1:], sure) if h != name else None
                if town is not None and town.precision == "point" \
                        and places.countries().names.get(places.normalise(town.country or "")) in sure:
                    town.name = town.text or h
                    return town
    if best is None or best.precision == "country":
        for m in _PLACE_PEOPLE.finditer(s.text):
            name = m.group(1) or m.group(2)
            if _NOT_PLACES.match(name) or _COUNT_WORD.match(name) or places.country_of(name) \
                    or any(a <= m.start() < b for a, b in excluded):
                continue  # "Nine students", "Angry residents": no place
            place = places.resolve_place(name, countries, (), sure)
            if place is not None and place.precision in ("point", "admin1") \
                    and (not sure or places.countries().names.get(places.normalise(place.country or "")) in sure):
                if place.precision == "point":
                    place.name = place.text or name
                return place
    if best is None:
        return _country_of_target(s.text) or places.vague_place(s.text)
    return best


# Ground or targets its people's adjective places in a country: "struck three Iranian nuclear sites", "shelled Lebanese
# villages", "entered Syrian territory"
_TARGET_NOUN_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:sites?|facilit(?:y|ies)|territory|soil|towns?|villages?|"
                                r"cities|positions|targets|border\s+posts?|airspace|infrastructure|ports?|airports?)\b")


def _country_of_target(text: str) -> Place | None:
    """The country whose people's adjective names the ground or targets a sentence placed nowhere else tells of."""
    for m in places.find_countries(text):
        if m.kind == "demonym" and _TARGET_NOUN_AFTER.match(text, m.end):
            country = places.country_name(m.iso)
            return Place(None, country, None, None, None, "country", m.text) if country else None
    return None


# The nouns of a violent deed another clause names ("an attack", "the bombing", "Tuesday's ambush"); each pattern
# below adds the few it reads besides
_DEED_NOUNS = (r"attacks?|bombings?|blasts?|explosions?|ambush(?:es)?|raids?|assaults?|strikes?|massacres?|"
               r"shootings?")
# Another happening, named to date or explain the sentence's, and where it was: "days after the massacre in Mafa"
_EARLIER_HAPPENING_AT = re.compile(
    r"\b(?:after|following|since|before|weeks?\s+after|days?\s+after|in\s+the\s+wake\s+of|in\s+response\s+to|"
    r"in\s+retaliation\s+for|in\s+revenge\s+for|to\s+avenge|behind|(?:responsible|blamed)\s+for)\s+(?:the|a|an|"
    r"last\s+\w+['’]s|this\s+\w+['’]s|\w+day['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:" + _DEED_NOUNS + r"|killings?|clashes|fighting|violence|air\s*strikes?)\s+(?:(?:on|against|of)\s+(?:(?:its|their|the|an?)\s+)?"
    r"(?:[\w-]+\s+){0,2}?)?(?:in|at|on|near)\s+(?:the\s+(?:town|village|city|district)\s+of\s+)?(?=[A-Z])", re.I)


# A clause telling another happening after the sentence's own: ", hours after an attack on ...", "days after a bombing"
_OTHER_HAPPENING_AFTER = re.compile(
    r",?\s+(?:(?:hours|days|weeks|minutes|a\s+day|a\s+week|shortly|just|soon|only)\s+)?after\s+(?=(?:an?|the|"
    r"\w+day['’]s|last\s+\w+['’]s)\s+(?:[\w-]+\s+){0,3}?(?:" + _DEED_NOUNS + r"|shelling)\b)", re.I)
_STRIKES = re.compile(r"\b(?:struck|strikes?|hit|pounded|targeted)\b", re.I)


def _other_happening_at(text: str, found: list[FoundClaim]) -> int | None:
    """Where a clause telling another happening after the sentence's own begins (``_OTHER_HAPPENING_AFTER``), when
    the main clause tells harm of its own and a figure of the sentence lies in the clause: its figures are that
    happening's ("Warplanes struck targets in Iraq, hours after an attack near Ankara killed five")."""
    if not found:
        return None
    m = _OTHER_HAPPENING_AFTER.search(text)
    if m is None or not any(c.start >= m.end() for c in found):
        return None
    if _HARM.search(text, 0, m.start()) is None and _STRIKES.search(text, 0, m.start()) is None:
        return None
    return m.end()


def _earlier_happening_places(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names the place of another happening it is told after ("ambushed the convoy on Wednesday,
    days after the massacre in Mafa"), as spans that no place of the sentence's own happening starts in."""
    return [(m.end(), m.end() + 1) for m in _EARLIER_HAPPENING_AT.finditer(text)]


def _is_capital(name: str) -> bool:
    """Whether ``name`` is a capital (a city as much as its state's metonym), not a country or people."""
    key = places.normalise(name)
    table = places.countries()
    return key in table.capitals and key not in table.names and key not in table.demonyms


_LIMIT = re.compile(r"\b(?:until|till|by|no later than)\s+(?:the\s+)?$", re.I)
# "since 2020", "until May", "by January 1" (a deadline): a reference point or a limit, not when it happened
_SINCE = re.compile(r"\b(?:since|ever since|from|until|till|than in|than|by|no later than)\s+(?:a\s+|an\s+|the\s+)?$",
                    re.I)


# "More than 39,000 people have been killed since October 7": a toll counted from that day, which dates it
_TOLL_SINCE = re.compile(r"(?:\b(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+)?(?:killed|wounded|injured|"
                         r"displaced|died|claimed|left)|"
                         # a campaign of deeds repeated since ("have attacked schools repeatedly since 2017")
                         r"\b(?:has|have)\s+(?:been\s+)?(?:\w+ly\s+)?(?:attacked|fought|targeted|shelled|bombed|raided|"
                         r"abducted|kidnapped|clashed|battled|waged)|"
                         # a charge of a toll ("accused the army of killing hundreds of civilians since 2022")
                         r"\b(?:of|for)\s+(?:killing|wounding|abducting|displacing))"
                         r"\b[^.;]{0,80}?\b(?:ever\s+)?since\s+(?:the\s+)?$", re.I)


def reference_point(t: TemporalExpression, s: Sentence) -> bool:
    """Whether ``t`` only bounds or compares what ``s`` tells ("since 2020", "until May", "by January 1"). "Since last
    December, when protesters set up camp on the road" tells the camp set up then: that date is a happening's; so does
    the start of a toll counted since it ("have been killed in Gaza since October 7"), and a day that names a happening
    ("the toll from Saturday's strike")."""
    before = s.text[max(0, t.start - s.start - 20):t.start - s.start]
    return _SINCE.search(before) is not None and not timex.when_after(t, s) \
        and not _TOLL_SINCE.search(s.text, 0, t.start - s.start) \
        and not s.text.startswith(("'s", "\u2019s"), t.end - s.start)  # "the toll from Saturday's strike"


def _agreement_date(s: Sentence, whole: EventDate, sentences: list[Sentence], timexes: list[TemporalExpression],
                    published: date, refs: frozenset[int]) -> EventDate:
    """An agreement's date: its own clause's, where the sentence dates another happening by its own words first
    ("Azerbaijan launched its offensive on Tuesday, and the authorities agreed to a ceasefire a day later": the
    Wednesday), else the sentence's (``whole``)."""
    told = _typing.agreement_told(s.text)
    if told is None:
        return whole
    own = _date_of_span(s.start + told[0], s.start + told[1], s, sentences, timexes, published, refs)
    return own if own.source == "text" and own.precision == "day" and whole.precision == "day" else whole


def limit_timexes(sentences: list[Sentence], timexes: list[TemporalExpression]) -> frozenset[int]:
    """``id``s of the time expressions told as a deadline or limit ("until May", "by January 1"): they date
    nothing, not even as the context of the sentences around them. Found once per article (``sentences``
    in text order), not per mention: a long article has many of both."""
    starts = [x.start for x in sentences]
    out = set()
    for t in timexes:
        i = bisect_right(starts, t.start) - 1
        if i < 0:
            continue
        other = sentences[i]
        if t.start < other.end and _LIMIT.search(other.text[max(0, t.start - other.start - 20):t.start - other.start]):
            out.add(id(t))
    return frozenset(out)


def _date_of_span(start: int, end: int, s: Sentence, sentences: list[Sentence],
                  timexes: list[TemporalExpression], published: date, limits: frozenset[int]) -> EventDate:
    """``date_for_span`` without the sentence's reference points: "worst fighting since 2020" is
    not a happening of 2020, so "since/until/by X" expressions cannot date it; nor can a deadline or limit
    anywhere in the article (``limits``: ``limit_timexes`` of the article)."""
    refs = {id(t) for t in timexes if s.start <= t.start < s.end and reference_point(t, s)}
    refs |= limits
    usable = [t for t in timexes if id(t) not in refs] if refs else timexes
    return timex.date_for_span(start, end, sentences, usable, published)


# A sentence telling when an agreement the article told takes effect or ends
_AGREEMENT_STARTS = re.compile(
    r"^\W*(?:the|this|that|a)\s+(?:[\w-]+\s+){0,3}?(?:truce|ceasefire|cease-fire|deal|agreement|accord|pause|"
    r"armistice)\s+(?:is|was|will|would)\s+(?:(?:due|set|expected|scheduled|supposed)\s+to\s+|to\s+)?"
    r"(?:begin|start|take\s+effect|come\s+into\s+(?:force|effect)|go\s+into\s+effect|run|last|end|expire|took\s+effect|"
    r"began|started|came\s+into\s+force|be\s+extended)\b", re.I)


def _violence_told_in(text: str, claims: list[FoundClaim]) -> tuple[str, str, str | None]:
    """The type of the happening whose figures a sentence about something else tells in a clause of their own
    (from the comma before the first figure): its violent reading, or an armed clash."""
    start = text.rfind(", ", 0, min(c.start for c in claims)) + 1
    typed = _typing.classify_many([text[start:].strip()])[0]
    if typed.event_type in _VIOLENT_TYPES:
        return typed.event_type, typed.sub_event_type, None
    return "Battles", "Armed clash", None


def _days_apart(claim_date: EventDate, mention_date: EventDate, s: Sentence, timexes: list[TemporalExpression]) -> bool:
    """Whether a figure the sentence dates, in a clause about another happening, falls on other days than the
    sentence's news ("struck 85 targets on Friday in retaliation for the attack that killed three soldiers last
    weekend", "agreed to a truce, two days after clashes left dozens dead"): that figure is the earlier happening's,
    told again, and goes to a mention of its own that can join that happening's event. A main-clause date does not
    set a figure apart ("Around 4 February (between 31 January and 8 February), the army killed three")."""
    if claim_date.source != "text" or (claim_date.value, claim_date.precision) == (mention_date.value, mention_date.precision):
        return False
    told_by = claim_date.timex or ""
    if not told_by.endswith((" after", " before", " later", " earlier")) and not any(
            s.start <= t.start < s.end and t.text == told_by and timex.expression_role(t, s) == "subordinate"
            for t in timexes):
        return False
    claim, main = days_covered(claim_date), days_covered(mention_date)
    return claim is not None and main is not None and (claim[1] < main[0] or claim[0] > main[1])


def days_covered(when: EventDate) -> tuple[date, date] | None:
    """The first and last day ``when`` covers (a week is written as its Monday, a weekend as its Saturday)."""
    first = timex.value_interval(when.value)
    last = timex.value_interval(when.end) if when.end else first
    if first is None or last is None:
        return None
    if when.precision == "week" and not when.end and first[2] == "day":
        return first[0], first[0] + timedelta(days=1 if first[0].weekday() == 5 else 6)
    return first[0], last[1]


def _date_of_claim(c: FoundClaim, s: Sentence, sentences: list[Sentence], timexes: list[TemporalExpression],
                   published: date, limits: frozenset[int], listed: frozenset[int] = frozenset()) -> EventDate:
    """The claim's date; a figure in a sentence about an earlier period ("That war killed an estimated
    30,000 ... before a ceasefire in 1994") belongs to that period even when the sentence's happening
    is dated from context. ``listed``: the sentence's dates that tell who the victims were (``_victim_list_dates``)."""
    when = _date_of_span(s.start + c.start, s.start + c.end, s, sentences, timexes, published, limits | listed)
    if when.source == "text":
        return when
    for t in timexes:
        if s.start <= t.start < s.end and t.type == "DATE" and not reference_point(t, s) and id(t) not in listed:
            iv = timex.value_interval(t.value)
            if iv and iv[1] < published - BACKGROUND_GAP:
                return EventDate(t.value, None, iv[2], "text", t.text)
    return when


# "Two were killed, including a candidate in the 2017 election": a date in the list of who the victims were
# tells who they were, not when they died
# (the list runs to the next comma or clause mark: "among them 10 civilians, were killed during the offensive last
# week" dates the killing)
_VICTIMS_LISTED = re.compile(r"\b(?:including|among them|among whom)\b[^,;:()]*$", re.I)


def _victim_list_dates(s: Sentence, found: list[FoundClaim], timexes: list[TemporalExpression]) -> frozenset[int]:
    """Ids of the sentence's time expressions inside the list of who a claim's victims were ("killed, including a
    candidate in the 2017 election"): they date no happening of the sentence."""
    return frozenset(id(t) for t in timexes if s.start <= t.start < s.end and any(
        c.start < t.start - s.start and _VICTIMS_LISTED.search(s.text, c.start, t.start - s.start) for c in found))


_REGION_CLAIMANT = re.compile(
    r"^(?:the\s+)?(region|territory|enclave|province|republic|state|city|town)['’]s\b", re.I)
_LOCATIVE_WORDS = {"in", "of", "over", "across", "from", "to", "near", "into", "around"}


def _region_named_before(doc: Any, ents: list[Any], pos: int, settlement: bool = False) -> str | None:
    """The last place (not a country) named after a locative word before ``pos``: what "the
    region" or "the city" refers back to ("... in Nagorno-Karabakh. The region's ombudsman said")."""
    if doc is None:
        return None
    found = None
    for ent in ents:
        if ent.end_char > pos:
            break
        # the small model often labels a region a person or an organisation: any proper name will do
        if ent.label_ not in ("GPE", "LOC", "ORG", "FAC", "PERSON") or ent.start == 0:
            continue
        if doc[ent.start - 1].lower_ not in _LOCATIVE_WORDS or places.country_of(ent.text) is not None:
            continue
        # "the city's mayor" refers to a town, "the region's ombudsman" to anything but one
        if (places.normalise(ent.text) in places.cities()) == settlement:
            found = ent.text
    return found


def _with_region_claimants(found: list[FoundClaim], doc: Any, ents: list[Any], offset: int) -> list[FoundClaim]:
    """A claimant that is "the region's ombudsman" speaks for the region named before; a count that
    names no side is then that region's people."""
    for c in found:
        if c.claimant and c.claimant_side is None and _REGION_CLAIMANT.match(c.claimant):
            noun = _REGION_CLAIMANT.match(c.claimant).group(1).lower()
            region = _region_named_before(doc, ents, c.claimant_span[0] if c.claimant_span else offset,
                                          settlement=noun in ("city", "town"))
            if region:
                c.claimant_side = region
                if c.side is None:
                    c.side = region
    return found


_PRONOUN_SPEAKER = re.compile(r"(?:He|She|They)\s+(?:also\s+|later\s+|then\s+)?[a-z]")
_BOTH_SIDES = re.compile(r"\W*(?:both|each|the\s+two)\s+(?:sides|side|countries|country|governments|government)\b",
                         re.I)
_BOTH_SIDES_CLAUSE = re.compile(r"[,;]\s+(?:and\s+|but\s+)?(?:both|the\s+two)\s+(?:sides|countries|governments)\s+"
                                r"(?:\w+\s+)?(?:accused|blamed)\s+(?:each\s+other|one\s+another)\b", re.I)


_ACCORDING_TO = LiteralGuard.of(re.compile(r"according to [^,.;]+", re.I))  # most sentences skip the scan


def _speaker_spans(s: Sentence, found: list[FoundClaim], seats: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the sentence naming who speaks (their seat is no place of the happening); ``seats``: the
    sentence's ``_speaker_seats``."""
    excluded = [(a - s.start, b - s.start) for a, b in (c.claimant_span for c in found if c.claimant_span)]
    excluded += [(m.start(), m.end()) for m in _ACCORDING_TO.finditer(s.text)]
    return excluded + seats


def _speaker_seats(text: str) -> list[tuple[int, int]]:
    """Spans of the places that speak in a sentence ("officials in Baku said", "'...', says Yerevan")."""
    if not _SPEECH_GUARD.may_match(text):
        return []  # every seat pattern needs a verb of speech
    return [m.span("seat") for pattern in _SPEAKER_SEATS for m in pattern.finditer(text)]


_SEAT = r"(?P<seat>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
_SPEECH = r"(?:said|says|say|told|announced|reported|claimed|accused|denied|blamed|insisted|warned|added)"
# A place that speaks is a government or a source, not where things happen: "officials in Bishkek
# said", "Baku said", "'...', says Yerevan".
_SPEAKER_SEATS = (
    re.compile(r"\b(?i:officials?|authorities|government|ministry|spokes(?:man|woman|person)|sources?|diplomats?|"
               r"leaders?|administration|presidency)\s+(?:in|from)\s+" + _SEAT
               + r"(?=(?:\s+[a-z]+){0,4}\s+" + _SPEECH + r"\b)"),
    re.compile(r"(?:^|[.;:!?\"“]\s*|\b(?:and|but|while|as)\s+)" + _SEAT + r"\s+(?:has\s+|had\s+|have\s+)?"
               + _SPEECH + r"\b"),
    re.compile(r"\b" + _SPEECH + r"\s+" + _SEAT + r"\s*(?:[.,;]|$)"),
)
# A literal test for ``_SPEECH`` (case-sensitive, as in the patterns): where it fails, no seat pattern matches.
_SPEECH_GUARD = LiteralGuard.of(re.compile(_SPEECH))


class _StoredEntity(NamedTuple):
    """A stored entity seen as the parser's span (what ``_place_candidates`` reads)."""

    label_: str
    start_char: int
    end_char: int
    text: str


class _ParsedEntity:
    """An entity of the parse (a spaCy ``Span`` of ``doc.ents``) with what extraction reads of it made once: its
    label, offsets, first token and text. ``Span.text`` joins the texts of its tokens at every ask (some 3 us), and
    the rules ask it some seven thousand times over a thousand notes; the slice of the article's text at the
    span's offsets is the same string (``doc`` is the parse of ``article.text``). Anything else is the span's."""

    __slots__ = ("span", "label_", "start_char", "end_char", "start", "text")

    def __init__(self, span: Any, text: str) -> None:
        self.span, self.label_, self.start = span, span.label_, span.start
        self.start_char, self.end_char = span.start_char, span.end_char
        self.text = text[self.start_char:self.end_char]

    def __getattr__(self, name: str) -> Any:
        return getattr(self.span, name)


def _text_countries(text: str, sentences: list[Sentence], entities: list[Entity] = (),
                    ) -> tuple[list[Sentence], dict[int, list[Any]], list[str], list[str], str | None]:
    """``_countries_of`` a text from its stored sentences and entities (no parse)."""
    return _countries_of(text, sentences, None, [_StoredEntity(e.label, e.start, e.end, e.text) for e in entities])


def _countries_of(text: str, sentences: list[Sentence], doc: Any, ents: list[Any],
                  ) -> tuple[list[Sentence], dict[int, list[Any]], list[str], list[str], str | None]:
    """(sentences rejoined, their place candidates, the text's countries with the sure ones first, its sure
    ones, the guessed one: ``fallback_country``), as ``extract`` reads them."""
    units = _rejoin(sentences, text)
    surnames = _surnames(text, units, ents)
    candidates = _with_shared_hints({s.index: _place_candidates(s, doc, ents, surnames) for s in units})
    candidates = _without_bodies_named_elsewhere(text, units, candidates, ents)
    all_candidates = [c for cs in candidates.values() for c in cs]
    countries = article_countries(text, all_candidates)
    sure = sure_countries(text, countries, all_candidates)
    countries, sure, guessed = fallback_country(text, countries, sure)
    return units, candidates, sure + [c for c in countries if c not in sure], sure, guessed


_BODY_OR_PERSON_LABELS = frozenset({"ORG", "PERSON"})
# "in El Arish", "the streets of Albu Kamal", "the province around Jisr al-Shughour": a place, whatever the parser took
# the name for elsewhere
_LOCATIVE_WORD_BEFORE = re.compile(r"\b(?i:in|at|near|around|outside|inside|between|(?:town|city|village|streets|"
                                   r"outskirts|edges?|fringes?|heart|cent(?:re|er)|province|region|area|suburbs?) of)\s+$")


def _bodies_and_persons(text: str, ents: list[Any], names: set[str]) -> dict[str, set[int]]:
    """name -> the offsets at which the parser labels that whole name (without its article) an organisation or a
    person, for those of ``names`` it never labels a place."""
    if not names:
        return {}
    out: dict[str, set[int]] = {}
    placed = set()
    for e in ents:
        label = e.label_
        if label not in _BODY_OR_PERSON_LABELS and label not in _PLACE_LABELS:
            continue
        start = e.start_char + 4 if text.startswith(("the ", "The "), e.start_char) else e.start_char
        name = text[start:e.end_char]  # (the text's slice: building the span's own text costs more)
        if name not in names:
            continue
        if label in _BODY_OR_PERSON_LABELS:
            out.setdefault(name, set()).add(start)
        else:
            placed.add(name)
    return {name: at for name, at in out.items() if name not in placed}


def _without_bodies_named_elsewhere(text: str, units: list[Sentence],
                                    candidates: dict[int, list[tuple[int, str, tuple[str, ...]]]],
                                    ents: list[Any]) -> dict[int, list[tuple[int, str, tuple[str, ...]]]]:
    """The candidates less the names the parser takes, at another mention in the text, for an organisation or a
    person and nowhere for a place ("Hamas", "Obama": "between Israel and Hamas" made a candidate of the group). A
    name with its region ("Obama, Fukui"), after a locative word ("in", "the streets of"), or of a city of
    ``places.ABROAD_POPULATION`` people ("El Arish") is still a place, and so is the one mention the parser took for a
    body itself (a note's village named once)."""
    named = _bodies_and_persons(text, ents, {name for found in candidates.values() for _, name, hints in found if not hints})
    if not named:
        return candidates
    starts = {u.index: u.start for u in units}
    out: dict[int, list[tuple[int, str, tuple[str, ...]]]] = {}
    for i, found in candidates.items():
        kept = []
        for pos, name, hints in found:
            at = starts[i] + pos
            if not hints and named.get(name, set()) - {at} \
                    and not _LOCATIVE_WORD_BEFORE.search(text, max(0, at - 14), at) and not places.city_of_its_size(name):
                continue
            kept.append((pos, name, hints))
        out[i] = kept
    return out


def _named_again(candidates: dict[int, list[tuple[int, str, tuple[str, ...]]]]) -> frozenset[str]:
    """The place names a text names, without their regions, in more than one sentence ("fled Stepanakert ... the
    airport of Stepanakert"): a story's own places, which a town abroad of that name may be."""
    seen: set[str] = set()
    again: set[str] = set()
    for found in candidates.values():
        names = {name for _, name, hints in found if not hints}
        again |= names & seen
        seen |= names
    return frozenset(again)


def text_country(text: str, sentences: list[Sentence], entities: list[Entity] = ()) -> str | None:
    """The one country a text is sure to be about (its names, its regions, else the country models' guess),
    as ``extract`` places a sentence that names no place; None when there is not exactly one."""
    return text_country_guessed(text, sentences, entities)[0]


def text_country_guessed(text: str, sentences: list[Sentence], entities: list[Entity] = ()) -> tuple[str | None, bool]:
    """``text_country`` and whether it is the country models' guess (``Place.country_guessed``)."""
    sure, guessed = _text_countries(text, sentences, entities)[3:]
    if len(sure) != 1:
        return None, False
    return places.country_name(sure[0]), guessed == sure[0]


def named_place(text: str, sentences: list[Sentence], entities: list[Entity] = ()) -> Place | None:
    """The one place (a town or a region) a text names, located by the rules of ``extract``;
    None when it names none or several. What a short report (an event note: "... in Dori (Dori,
    Seno). Three people were killed.") is about when its typed sentences name no place."""
    units, candidates, countries, sure, guessed = _text_countries(text, sentences, entities)
    again = _named_again(candidates)
    found = [_place_for(s, candidates[s.index], countries, sure, _speaker_spans(s, [], _speaker_seats(s.text)), again)
             for s in units]
    precise = [p for p in found if p is not None and p.precision in ("point", "admin1")]
    if not precise and len(sure) == 1:
        # "Striking Mombasa county workers took to the streets": the one region of its country it names as a word,
        # as ``extract`` places its mentions; not a capital standing for its state ("The government of Nairobi said")
        seats = [(s.start + a, s.start + b) for s in units for a, b in _speaker_seats(s.text)]
        stored = [_StoredEntity(e.label, e.start, e.end, e.text) for e in entities]
        region, guessed = _region_named_as_word(text, sure[0], seats + _named_otherwise(text, units, stored), guessed)
        if region is not None and not _capital_as_state(text, region[0]):
            precise = [Place(places.region_as_written(region[0]), places.country_name(sure[0]), region[1], None, None,
                             "admin1", region[0])]
    if not precise or len({(p.name, p.admin1, p.country) for p in precise}) > 1:
        return None
    return _marked_guessed(precise[0], guessed)


def _marked_guessed(place: Place | None, guessed: str | None) -> Place | None:
    """``place`` with ``country_guessed`` set when its country is the text's guessed one (``fallback_country``):
    a namesake village ("Saku") the guess chose among, or no place named at all."""
    if place is not None and guessed is not None and place.country == places.country_name(guessed):
        place.country_guessed = True
    return place


def extract(
    article: Article, doc: Any, sentences: list[Sentence], timexes: list[TemporalExpression]
) -> list[EventMention]:
    """Event mentions of ``article``, each with its date, type, actors, place and claims."""
    published = article.published
    # (doc.ents builds new spans at every access)
    ents = [_ParsedEntity(e, article.text) for e in doc.ents] if doc is not None else []
    units, candidates, countries, sure, guessed = _countries_of(article.text, sentences, doc, ents)
    default_country = countries[0] if countries else None
    again = _named_again(candidates)
    out: list[EventMention] = []
    all_found = []
    deaths_told = False  # whether a sentence before told deaths (``in_context``)
    seats: list[tuple[int, int]] = []  # the seats of speakers ("officials in Baku said"), in the text's offsets
    last_statement: tuple[int, Actor] | None = None  # the sentence index and speaker of the last statement
    last_sides: tuple[str, str] | None = None  # the two states of the last happening told between two states
    last_doer: tuple[int, Actor] | None = None  # the sentence index and named author of the last violent happening
    last_group: Actor | None = None  # the armed group named last ("the group said" is its voice)
    last_voice: tuple[str, str | None] | None = None  # the last claimant and its side ("..., it added" is theirs)
    titled = _titled_persons(units)  # "Pashinyan" -> Government of Armenia, from "Armenian Prime Minister Nikol Pashinyan"
    army = army_state(article.text)  # the one state whose army the article names: "the army said" is its voice
    # (asked only where it is read: for the army's voice when no army is named, for "the government" speaking)
    sole_state = _sole_state(article.text, sure) \
        if army is None or _GOVERNMENT_WORD.search(article.text) is not None else None
    if army is None:
        army = sole_state
    for s in units:
        span = doc.char_span(s.start, s.end, alignment_mode="expand") if doc is not None else None
        skip = [(t.start - s.start, t.end - s.start) for t in timexes if s.start <= t.start < s.end]
        found = with_army_voice(_with_region_claimants(find_claims(s.text, span, s.start, skip), doc, ents, s.start),
                                army, s.text)
        follows = bool(all_found) and s.index == units[len(all_found) - 1].index + 1
        found = in_context(found, all_found[-1] if follows else [], deaths_told, s.text)
        deaths_told = deaths_told or any(c.kind == "killed" for c in found)
        all_found.append(found)
    learned = _typings([s.text for s in units], [bool(f) for f in all_found]) \
        if _learned_typing() is not None else [None] * len(units)
    limits = limit_timexes(sentences, timexes)
    for s, found, typing_of_s in zip(units, all_found, learned):
        typed = _sentence_type(s.text, bool(found), typing_of_s)
        if typed is None:
            continue
        etype, sub, plover, confidence, reportable = typed
        before = out[-1] if out else None
        own_kind = (etype, sub)  # the sentence's own reading, before it takes the type of the happening before
        claimed = _CLAIMED_DEED.search(s.text) if before is not None else None
        claimed_deed = claimed is not None  # a claim of a deed, or its absence: of the deed told before
        # ("No group has claimed responsibility": no one claims it, no claimer to credit)
        claimer_told = claimed is not None and _NO_CLAIM_BEFORE.search(s.text, max(0, claimed.start() - 40),
                                                                       claimed.start()) is None
        toll_of_before: EventMention | None = None  # the happening whose toll the sentence tells alone
        typed_from: EventMention | None = None  # the happening whose type the sentence takes
        toll_alone = _toll_alone(s.text, found)
        if before is not None and not before.background and before.event_type in _VIOLENT_TYPES \
                and before.sentence_index >= s.index - 2 \
                and (toll_alone or _HEARD.search(s.text) or claimed_deed):
            # the toll of the happening just told, its sounds as witnesses heard them ("Residents said they heard
            # gunfire and explosions until dawn") or its claim by its author (typed as a fight or as a statement):
            # that happening's kind, not one the sentence would suggest alone
            etype, sub, plover = before.event_type, before.sub_event_type, before.plover
            toll_of_before = before if toll_alone else None
            typed_from = before
        elif before is not None and not before.background and before.event_type == "Protests" \
                and before.sentence_index >= s.index - 2 and toll_alone and _FORCES_HURT.search(s.text):
            # "Thousands marched against the tax. Dozens of police officers were injured.": the protest's toll, the
            # crowd's violence (ACLED: a violent demonstration), not a fight (who hurt protesters the toll cannot tell)
            etype, sub, plover = "Riots", "Violent demonstration", None
            toll_of_before = typed_from = before
        if sub == _ABDUCTION and any(c.kind == "killed" for c in found):
            sub = "Attack"  # the codebook's abduction is of people not told killed: "abducted and beheaded" is an attack
        listed = _victim_list_dates(s, found, timexes) if found else frozenset()
        undating = limits | listed if listed else limits
        mention_date = _date_of_span(s.start, s.end, s, sentences, timexes, published, undating)
        if typed_from is not None and mention_date.source in ("context", "publication") \
                and not timex.running_toll(s, timexes):
            # a toll, the sounds or the claim of the happening told before, with no date of its own: that happening's
            # ("The BLA claimed the attack", after "security forces said on Wednesday they had freed ...")
            # (the sentence's own happening, not the earlier one a clause of it told: "in retaliation for the attack
            # last weekend")
            told_date = next(m for m in out if m.sentence_index == typed_from.sentence_index).date
            # (a day the sentence itself does not tell: context, as its neighbours' days are)
            mention_date = replace(told_date, source="context") if told_date.source == "text" else told_date
        if sub == "Agreement" and mention_date.source == "text" and _typing is not None:
            mention_date = _agreement_date(s, mention_date, sentences, timexes, published, undating)
        if sub == "Agreement" and _AGREEMENT_STARTS.match(s.text):
            agreed = next((m for m in reversed(out) if m.sub_event_type == "Agreement" and not m.background), None)
            if agreed is not None:  # "The truce is due to begin at midnight on Friday": when the truce agreed
                mention_date = agreed.date  # before takes effect, no second agreement
        recalled = _recalled_dead_at(s.text) if etype in _VIOLENT_TYPES else None
        if recalled is not None and not found and not _HARM.search(s.text, _DEATH_CLAUSE.match(s.text, recalled).end()):
            continue  # "Niger buries soldiers killed in border ambush": a funeral, no new happening and no figure
        if recalled is not None:
            told_after: int | None = recalled
        elif etype in _VIOLENT_TYPES or etype == "Protests":
            # (a protest "after a girl died the week before" is the news itself: only a violent reading is the harm's)
            told_after = _harm_only_after(s, timexes, plain=etype in _VIOLENT_TYPES)
        else:
            told_after = None
        if told_after is not None:  # "Ruto said on Wednesday he would not sign, a day after police shot dead
            # protesters": the shooting is the sentence's happening, dated by its own clause (and placed by it)
            mention_date = _date_of_span(s.start + told_after, s.end, s, sentences, timexes, published, undating)
        if sub in _SPEECH_OF_THE_FUTURE and _planned(mention_date, published):
            # "called on both sides to resume talks next week": what is told is the call, made by the day of the
            # report ("talks are to begin on Thursday" tells the talks, which keep their day)
            mention_date = EventDate(published.isoformat(), None, "day", "publication", None)
        if not found and etype not in _VIOLENT_TYPES and standing_state(mention_date, published):
            continue  # "Ethnic Armenians have run the region since a war in the early 1990s": a state, not news
        seats_of_s = _speaker_seats(s.text)
        excluded = _speaker_spans(s, found, seats_of_s)
        seats += [(s.start + a, s.start + b) for a, b in seats_of_s]
        # "Warplanes struck targets in Iraq, hours after an attack near Ankara killed five": the clause's toll and
        # place are its own happening's, not the strikes'
        other_at = _other_happening_at(s.text, found) if told_after is None and etype in _VIOLENT_TYPES else None
        place = _place_for(s, candidates[s.index], countries, sure,
                           [*excluded, *_earlier_happening_places(s.text),
                            *([(other_at, len(s.text))] if other_at is not None else [])] if told_after is None
                           else [*excluded, (0, told_after)], again)
        other_place = _place_for(s, candidates[s.index], countries, sure, [*excluded, (0, other_at)], again) \
            if other_at is not None else None
        home_iso = places.countries().names.get(places.normalise(place.country)) if place and place.country else None
        # (a claim of responsibility read as a statement names its claimer as a statement's speaker: "The People's
        # Defence Force claimed responsibility" is no crowd of people)
        actor_type = own_kind[0] if claimer_told else etype
        found_actors = actor_rules.find_actors(s.text, actor_type in _VIOLENT_TYPES, home_iso or default_country)
        found_actors = _with_named_groups(found_actors, s, doc, actor_type, ents, home_iso or default_country,
                                          claimer_told)
        if titled and etype not in _VIOLENT_TYPES:
            found_actors = _with_titled(found_actors, s.text, titled)
        # who speaks is no party to the violence told, but a statement's speaker is its first actor
        # ("Azerbaijan accused Armenia of ...")
        violent = etype in VIOLENT_EVENT_TYPES
        # ACLED's unnamed author and target are a coded happening's: one the sentence tells by its own date (or the
        # report's), a figure or someone hit, not a sentence dated and typed from its neighbours ("Officers stood
        # by.")
        told = bool(found) or mention_date.source != "context" or any(a.victim for a in found_actors)
        state = places.country_name(home_iso or default_country)
        # "Troops opened fire on a village. Four villagers died.": the dead told right after a happening
        # are its victims, and its author is theirs
        previous = last_doer[1] if last_doer is not None and last_doer[0] == s.index - 1 else None
        actor1, actor2 = actor_rules.pick_actors(
            found_actors, [(a, b) for a, b in excluded if not actor_rules.tells_own_deed(s.text, b)]
            + actor_rules.speaker_spans(s.text, found_actors) if etype != VERBAL_EVENT_TYPE else [],
            violent, actor_rules.unknown_author(sub, s.text, state, previous, told) if violent else None)
        if claimer_told and (actor1 is None or actor1.kind != "rebels"):
            claimer = _claimer_named_first(s.text)
            if claimer is not None:
                actor1, actor2 = claimer, None if actor2 is not None and actor2.name == claimer.name else actor2
        if claimer_told and actor1 is not None and actor1.kind == "rebels":
            _credit_claimed_deed(out, s.index, actor1)
        if toll_of_before is not None and toll_of_before.actor1 is not None and actor1 is not None \
                and _tells_the_toll(actor1, found):
            # "The army put the toll lower, at 79.": the toll's happening is the one told before, and so is its author
            # (the army tells the toll; it did not attack); the hit the toll names are its own ("Three soldiers were
            # wounded"), else the happening's
            actor1 = toll_of_before.actor1
            if actor2 is None or actor2.name == actor1.name:
                actor2 = toll_of_before.actor2
        last_doer = (s.index, actor1) if violent and actor1 is not None and not actor_rules.unidentified(actor1) \
            and actor1.kind != "civilians" else None
        # "Macron called Aliyev to urge ... He also called for talks": a statement told by a pronoun right after
        # another statement is the same speaker's
        if (actor1 is None and etype == VERBAL_EVENT_TYPE and last_statement is not None
                and last_statement[0] == s.index - 1 and _PRONOUN_SPEAKER.match(s.text)):
            actor1 = last_statement[1]
        if actor1 is None and etype == VERBAL_EVENT_TYPE and sole_state and _GOVERNMENT_SPEAKS.match(s.text):
            # "The government blamed the rebels ...", in an article of one state: that state's government speaks
            actor1 = actor_rules.government_of(sole_state)
        last_statement = (s.index, actor1) if etype == VERBAL_EVENT_TYPE and actor1 is not None else None
        sides = {c.side for c in found if c.side}
        if len(sides) == 1 and etype in _VIOLENT_TYPES:
            side = sides.pop()
            actor1, actor2 = (actor_rules.victims_of_side(a, s.text, side) for a in (actor1, actor2))
        # "Both sides blame the other for the hostilities": the two states of what was told before
        # (also after a clause, where the only state named brokered the truce they accuse each other of breaking:
        # "A ceasefire brokered by the United States broke down, and both sides accused each other of violating it")
        if etype == VERBAL_EVENT_TYPE and last_sides is not None and (
                (actor1 is None and _BOTH_SIDES.match(s.text))
                or (actor1 is not None and actor1.kind == "mediator" and actor2 is None
                    and _BOTH_SIDES_CLAUSE.search(s.text))):
            actor1, actor2 = (actor_rules.government_of(c) for c in last_sides)
        if actor1 is not None and actor2 is not None and actor1.country and actor2.country \
                and actor1.country != actor2.country and "mediator" not in (actor1.kind, actor2.kind):
            last_sides = (actor1.country, actor2.country)
        actor1, actor2 = actor_rules.crowd_actors(etype, sub, actor1, actor2, home_iso or default_country,
                                                  placed=home_iso is not None)
        # (an arrest or a looting told only in the wake of another happening, a protest's cause told by a pronoun
        # after it, is that happening's background: its target is the note's own only when the sentence is dated
        # itself)
        if told if etype in _VIOLENT_TYPES else mention_date.source != "context":
            # (a toll of a blast read alone as violence against civilians: its victims are still civilians, ACLED's
            # target of a bomb that hurt them)
            target_kind = own_kind if own_kind[0] == "Violence against civilians" and etype != "Battles" else (etype, sub)
            actor2 = actor_rules.target_by_definition(*target_kind, actor1, actor2, state,
                                                      bool(found) or any(a.victim for a in found_actors))
        actor1, actor2 = actor_rules.arrest_actors(sub, actor1, actor2)
        # Claims dated to another period than the sentence's news go to a mention of their own.
        if last_group is not None:
            found = [replace(c, claimant=last_group.name) if c.claimant and _GROUP_BY_NOUN.fullmatch(c.claimant) else c
                     for c in found]  # "The group claimed its fighters had killed 27 soldiers": the group named before
        if last_voice is not None and found and _PRONOUN_SAID.search(s.text):
            # "About 50 assailants were killed, it added.": the voice of the sentence before
            found = [replace(c, claimant=last_voice[0], claimant_side=last_voice[1]) if c.claimant is None else c
                     for c in found]
        last_voice = next(((c.claimant, c.claimant_side) for c in reversed(found) if c.claimant), None) \
            if found else last_voice
        last_group = next((a for a in (actor1, actor2) if a is not None and a.kind == "rebels"
                           and not actor_rules.unidentified(a)), last_group)
        groups: dict[tuple[str, bool, bool], tuple[EventDate, list[FoundClaim]]] = {}
        # "blocked since last December": a state that lasts until the news is no background
        ongoing = any(s.start <= t.start < s.end and reference_point(t, s)
                      and re.search(r"\bsince\b", s.text[max(0, t.start - s.start - 20):t.start - s.start], re.I)
                      for t in timexes)
        # "The war has killed tens of thousands": a period's toll whose start the article does not tell is
        # background to the day it is reported, not its news
        untold_period = bool(found) and mention_date.source in ("publication", "context") and timex.running_toll(s, timexes)
        main_key = (mention_date.value, (is_background(mention_date, published) and not ongoing) or untold_period, False)
        groups[main_key] = (mention_date, [])
        for c in found:
            d = _date_of_claim(c, s, sentences, timexes, published, limits, listed)
            key = (d.value, is_background(d, published), False)
            if (key[1] == main_key[1] and not _days_apart(d, mention_date, s, timexes)) or d.source == "publication" \
                    or (untold_period and d.source == "context"):
                key = main_key
            if not main_key[1] and timex.period_clause_toll(s.text, c.quantity.start):
                key = (mention_date.value, True, False)  # a period's running toll, told beside the day's news
            elif other_at is not None and c.start >= other_at and key == main_key:
                key = (d.value, main_key[1], True)  # the toll of the happening told after the sentence's own
            groups.setdefault(key, (d, []))[1].append(c)
        for n, ((_, background, other), (when, claims)) in enumerate(groups.items()):
            if n > 0 and not claims:
                continue
            mid = stable_id(article.id, str(s.index)) if n == 0 else \
                stable_id(article.id, str(s.index), when.value, *(("after",) if other else ()))
            if n == 0 and not claims and not reportable:
                continue  # typed only for figures that all belong to another period
            kind = (etype, sub, plover)
            if n > 0 and not background and (etype not in _VIOLENT_TYPES or other) and _typing is not None:
                kind = _violence_told_in(s.text, claims)  # "agreed to a truce, two days after clashes left dozens dead"
            out.append(EventMention(
                id=mid, article_id=article.id, sentence_index=s.index, start=s.start, end=s.end, text=s.text,
                event_type=kind[0], sub_event_type=kind[1], plover=kind[2], date=when,
                trigger=None, actor1=None if other else actor1, actor2=None if other else actor2,
                place=other_place if other else place,
                claims=[_claim(c, s, article.id, mid) for c in claims],
                background=background, confidence=confidence,
            ))
    # In an article about one country, a sentence that names no place happened in that country; in the one
    # region of it the article names as a word ("Isiolo students protested"), when it locates nothing otherwise.
    home = places.country_name(sure[0]) if len(sure) == 1 else None
    region = None
    if home and not any(m.place and m.place.precision in ("point", "admin1") for m in out):
        region, guessed = _region_named_as_word(article.text, sure[0], seats + _named_otherwise(article.text, units, ents),
                                                guessed)
    for m in out:
        m.actor1 = actor_rules.with_country(m.actor1, home)
        m.actor2 = actor_rules.with_country(m.actor2, home)
        if region and (m.place is None or not m.place.country or m.place.country == home):
            m.place = Place(places.region_as_written(region[0]), home, region[1], None, None, "admin1", region[0])
        elif home and (m.place is None or (m.place.precision == "vague" and not m.place.country)):
            text = m.place.text if m.place else None
            m.place = Place(None, home, None, None, None, "vague" if text else "country", text)
        _marked_guessed(m.place, guessed)
    return out


def _named_otherwise(text: str, units: list[Sentence], ents: list[Any]) -> list[tuple[int, int]]:
    """Spans of the text's institutions and persons: no region's name as a word there."""
    return _institution_spans(ents) + _person_spans(text, _surnames(text, units, ents), ents)


def _institution_spans(ents: list[Any]) -> list[tuple[int, int]]:
    """Spans of the institutions and buildings the parser names with their article ("the White House", "the Red
    Cross") whose whole name is a town's: no town's name as a word ("the Kisumu County Assembly" still names Kisumu)."""
    return [(e.start_char, e.end_char) for e in ents if e.label_ in _INSTITUTION_LABELS and _is_institution(e.text)
            and places.normalise(_LEADING_THE.sub("", e.text)) in places.cities()]


def _is_institution(written: str) -> bool:
    """Whether an entity written ``written`` ("the White House") is an institution or building by its form: its
    article, then capitalised words only, and no facility word after a town ("the Kakuma Camp" is at Kakuma)."""
    name = _LEADING_THE.sub("", written)
    return name != written and bool(_INSTITUTION_NAME.fullmatch(name)) and not places.before_facility_word(name)


def _region_named_as_word(text: str, iso: str, seats: list[tuple[int, int]], guessed: str | None,
                          ) -> tuple[tuple[str, str] | None, str | None]:
    """(``places.admin1_named_as_word`` of ``text`` in country ``iso``, speakers' ``seats`` blanked, the guessed
    country left or None): "Isiolo students" names its region, and so its country, when that region's name or town
    is of that country alone."""
    for a, b in seats:  # "Officials in Baku did not say": a speaker's seat is no place of the happening
        text = text[:a] + " " * (b - a) + text[b:]
    if any(word in text for word in _NAMED_AS_WORDS):
        text = _without_names_given(text)
    region = places.admin1_named_as_word(text, iso)
    if region and guessed and places.region_countries(region[0]) | set(places.cities().isos(places.normalise(region[0]))) \
            == {guessed}:
        guessed = None  # "Isiolo students": a region or town of that country alone names it
    return region, guessed


_ABDUCTION = "Abduction/forced disappearance"
_GROUP_WORDS = re.compile(
    r"\b(?:ministry|government|council|university|school|court|parliament|office|agency|news|committee|"
    r"commission|union|association|company|bank|hospital|police|army|forces|military|mission|party|league)\b", re.I)


_PLACE_NOUN_AFTER = re.compile(r"\s+(?:region|province|area|district|border|city|town|village|enclave)\b")
_POSSESSIVE = re.compile(r"['’]s?$")


def _without_possessive(name: str) -> str:
    """``_POSSESSIVE.sub("", name)``, searched for from three characters before the end only: a match is at most
    two characters before the end or before a final newline, and there is at most one."""
    m = _POSSESSIVE.search(name, max(0, len(name) - 3))
    return name[:m.start()] + name[m.end():] if m else name


# A group's own name ending in a forces word ("Rapid Support Forces", "Arakan Army"), none of a state's ("Armed
# Forces", "Defence Forces", "National Army")
_FORCES_NAME = re.compile(r"(?:[A-Z][\w'’-]+\s+){1,4}(?:Forces|Army|Front|Brigades?|Militia)")
_STATE_FORCES_WORD = re.compile(r"\b(?:Armed|Defen[cs]e|Security|Special|National|Government|Police|Military|Border|"
                                r"Republican|Royal|Regular|Federal|Presidential|Air|Naval|Ground|People's|Popular)\s+"
                                r"(?:Forces|Army|Front|Brigades?|Militia)$")


# A group's claim of a deed told before: "The Balochistan Liberation Army claimed responsibility for the bombing."
_CLAIMED_DEED = re.compile(
    r"\bclaim(?:ed|s|ing)\s+responsibility\b|\bclaim(?:ed|s|ing)\s+(?:the|this|that|these|its|\w+day['’]s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:" + _DEED_NOUNS + r"|killings?|abductions?|kidnappings?)\b", re.I)


_NO_CLAIM_BEFORE = re.compile(r"\b(?:no|none|nobody|not|never|yet\s+to)\b(?:\s+(?:one|group|organi[sz]ation|faction))?"
                              r"(?:\s+(?:has|had|have|immediately|yet|publicly|so\s+far))*\s+$", re.I)


# A claimant named only by the noun of an armed group told before: "the group", "the militants"
_GROUP_BY_NOUN = re.compile(r"(?:the\s+)?(?:group|militants|insurgents|rebels|militia|jihadists|fighters|movement)", re.I)


# A pronoun's statement closing a sentence: ", it added.", ", he said."
_PRONOUN_SAID = re.compile(r",\s+(?:it|he|she|they)\s+(?:added|said|says|adds|stated|noted)\W*$", re.I)


# The name a claim of responsibility opens with: "JNIM claimed the attack", "The Islamic State group claimed ..."
_CLAIMER_FIRST = re.compile(r"^\W*(?:The\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|al|el))*?)"
                            r"(?:\s+(?:group|movement|militants|insurgents|rebels|gang|militia|faction))?(?:\s+(?:has|had|later|also))?"
                            r"\s+claim(?:ed|s)\b")


# A group named by the possessive before its branch, which claims a deed ("the Islamic State group's local affiliate
# claimed the bombing", "On Friday, Al-Qaeda's branch in the region claimed ..."): the group, where the parser names none
_BRANCH_CLAIMER = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|al|el))*?)"
                            r"(?:\s+(?:group|movement|network|organi[sz]ation))?['’]s?\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:branch|affiliate|wing|faction|cell|arm|offshoot|chapter|franchise|province)"
                            r"(?:\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?\s+(?:(?:has|had|later|also)\s+)?"
                            r"claim(?:ed|s)\b")


def _names_a_place(name: str) -> bool:
    """Whether ``name`` is a state's (or its people's), a region's or a town's name, not an organisation's."""
    return bool(places.find_countries(name)) or bool(places.region_countries(name)) \
        or places.normalise(name) in places.cities()


# A statement opened by "the government" with no state named: the government of the article's state
_GOVERNMENT_SPEAKS = re.compile(r"^\W*The\s+(?:federal\s+|central\s+|national\s+)?government\s+(?!forces|troops|"
                                r"soldiers|officials?\s+said)[a-z]+", re.I)


def _claimer_named_first(text: str) -> Actor | None:
    """The armed group a claim of responsibility opens with, when the parser named none ("JNIM claimed the attack on
    the army base"): not a state, a people or a place."""
    m = _CLAIMER_FIRST.match(text) or _BRANCH_CLAIMER.search(text)
    if m is None:
        return None
    name = _LEADING_THE.sub("", m.group("name"))
    if name.lower() in _NO_CLAIMER or (_GROUP_WORDS.search(name) and not _named_armed_group(name)) \
            or _names_a_place(name):
        return None  # "Officials claimed the attack was ...", "No group claimed it", "Police claimed ..."
    return Actor(name, None, "rebels", name)


_NO_CLAIMER = frozenset({"no", "nobody", "none", "officials", "witnesses", "residents", "authorities", "sources",
                         "analysts", "locals", "villagers", "survivors", "he", "she", "they", "it", "we", "i", "this",
                         "that", "security", "local", "state", "government", "media", "activists", "critics"})


def _credit_claimed_deed(out: list[EventMention], index: int, group: Actor) -> None:
    """The group claiming a deed told in the three sentences before is its author, where they named none: ACLED
    codes a claimed attack to its claimant ("A suicide bomber blew himself up ... The BLA claimed responsibility")."""
    for m in out:
        if m.sentence_index < index - 3 or m.event_type not in VIOLENT_EVENT_TYPES or m.background:
            continue
        if m.actor1 is None or actor_rules.unidentified(m.actor1):
            m.actor1 = group
        elif m.actor1.kind in ("state_forces", "police") and m.actor1.name != group.name \
                and (m.actor2 is None or actor_rules.unidentified(m.actor2)):
            # "Four soldiers were killed in a gunfight with militants ... A group claimed the ambush": the state's
            # forces were its target
            m.actor1, m.actor2 = group, m.actor1


def _named_armed_group(name: str) -> bool:
    """Whether ``name`` is an armed group's own name built on a forces word, naming no state."""
    return _FORCES_NAME.fullmatch(name) is not None and not _STATE_FORCES_WORD.search(name) \
        and not places.find_countries(name)


def _with_named_groups(found: list[actor_rules.ActorMention], s: Sentence, doc: Any,
                       etype: str, ents: list[Any], default_iso: str | None = None,
                       claimed: bool = False) -> list[actor_rules.ActorMention]:
    """Add armed groups the parser names (ORG: "Taliban", "Al Shabaab") as actors of violent events and of claims of
    one (``claimed``), and a state's organs as its forces or government (``actors.organisation_actor``;
    ``default_iso``: the state of an organ that names none); in a statement, the groups that make or are the object of
    an accusation, a denial or a word (``_PARTY_OF_STATEMENT``)."""
    statement = etype == VERBAL_EVENT_TYPE and not claimed
    if doc is None or (etype not in _VIOLENT_TYPES and not claimed and not statement):
        return found
    out = list(found)
    taken = [(a.start, a.end) for a in found]
    for ent in ents:
        if not (s.start <= ent.start_char < s.end):
            continue
        if ent.label_ != "ORG" and not (ent.label_ == "PERSON" and _GROUP_NOUN_AFTER.match(s.text, ent.end_char - s.start)):
            continue  # (a name the parser took for a person's, before "militants": "al-Shabaab militants attacked")
        bare = _without_possessive(ent.text)  # "Nagorno-Karabakh's": the name, not its possessive
        if _GROUP_WORDS.search(ent.text) and not _named_armed_group(_LEADING_THE.sub("", bare)):
            continue
        if _names_a_place(bare) or _PLACE_NOUN_AFTER.match(s.text[ent.end_char - s.start:ent.end_char - s.start + 12]):
            continue  # a state or a place the parser took for an organisation (``doc.text`` is rebuilt per call)
        a, b = ent.start_char - s.start, ent.end_char - s.start
        if statement and (not (_STATES_AFTER.match(s.text, b) or _ACCUSED_BEFORE.search(s.text, max(0, a - 30), a))
                          or _NAME_CUT_BEFORE.search(s.text, max(0, a - 30), a)):
            continue  # a group a statement names by the way, or a part of a longer name: no party to it
        if any(x < b and a < y for x, y in taken) or _PLACE_BEFORE_NAME.search(s.text, max(0, a - 40), a):
            continue  # ("the village of Djongue-Ouro", "Namava (Pemba-Metuge, Cabo Delgado)": a place)
        actor = actor_rules.organisation_actor(s.text, a, b, _LEADING_THE.sub("", bare), default_iso)
        if actor is None:
            continue
        out.append(actor_rules.ActorMention(replace(actor, text=ent.text), a, b, actor_rules.victim_at(s.text, a, b)))
        taken.append((a, b))
        if actor.kind == "rebels":  # "Al shabaab militants": the group's fighters, no unnamed group beside it
            out = [f for f in out if not (actor_rules.unidentified(f.actor) and 0 < f.start - b <= 1)]
    if "its " in s.text or "their " in s.text:
        # "The RSF said its fighters had entered the compound": the group's own fighters (a state's are
        # ``actors.find_actors``')
        for m in _GROUP_OWN_FIGHTERS.finditer(s.text):
            if any(x <= m.start() < y for x, y in taken):
                continue
            owner = next((g for g in reversed(out) if g.end <= m.start() and g.actor.kind == "rebels"), None)
            if owner is not None:
                out.append(actor_rules.ActorMention(replace(owner.actor, text=m.group(0)), m.start(), m.end(),
                                                    actor_rules.victim_at(s.text, m.start(), m.end())))
                taken.append((m.start(), m.end()))
    out.sort(key=lambda m: m.start)
    return out


# A statement's parties: who speaks, denies or accuses ("The RSF denied ...", "the group said"), and whom it accuses
# ("... accused the RSF of ...", "blamed the SDF for ...")
_STATEMENT_VERBS = (r"denied|denies|accused|accuses|blamed|blames|condemned|condemns|rejected|rejects|dismissed|"
                    r"dismisses|warned|warns|threatened|threatens|vowed|vows|demanded|demands|called|calls|urged|urges|"
                    r"said|says|stated|announced|announces|claimed|claims|insisted|insists")
_STATES_AFTER = re.compile(r"(?:['’]s?\s+(?:[\w-]+\s+)?(?:spokes\w+|leaders?|commanders?|officials?))?\s*,?\s+"
                           r"(?:(?:has|have|had)\s+)?(?:(?:also|later|again|swiftly|quickly|strongly)\s+)?"
                           r"(?:" + _STATEMENT_VERBS + r")\b", re.I)
# A capitalised word right before a name the parser found: the name is the tail of a longer one ("Islamic" + "State")
_NAME_CUT_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:The|A|An)\s)[A-Z][\w'’-]*\s+$")
_ACCUSED_BEFORE = re.compile(r"\b(?:accus\w+|blam\w+)\s+(?:the\s+)?$", re.I)


# Words before a name that make it a place: "the village of", "a bracket of regions"
_PLACE_BEFORE_NAME = re.compile(r"(?:\b(?:village|town|city|district|commune|municipality|area|locality|province|region|"
                                r"county|department|prefecture|suburb|neighbou?rhood)\s+of\s+|\(\s*|"
                                # ground fought over: "the battle for X", "took control of X", "the fall of X"
                                r"\b(?:battle|fight|fighting|struggle)\s+for\s+|"
                                r"\b(?:siege|capture|recapture|fall|outskirts|encirclement)\s+of\s+|"
                                r"\b(?:took|taken|take|takes|taking|seized|gained|regained|wrested)\s+(?:full\s+)?control\s+of\s+)$",
                                re.I)
_GROUP_NOUN_AFTER = re.compile(r"\s+(?:militants|fighters|insurgents|jihadists|rebels|militiamen)\b")
_GROUP_OWN_FIGHTERS = re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:fighters|forces|troops|militants|combatants|men|"
                                 r"members|units)\b")


_PERSON_TITLE_END = re.compile(r"(?:prime minister|president|foreign minister|leader|envoy)$", re.I)
_NAME_AFTER_TITLE = re.compile(r"\s+(?:[A-Z][\w'’-]+\s+){0,2}?([A-Z][\w'’-]{2,})\b(?!\s+[A-Z])")


def _titled_persons(sentences: list[Sentence]) -> dict[str, Actor]:
    """Whose state each named office-holder speaks for: "Armenian Prime Minister Nikol Pashinyan" makes a later
    "Pashinyan" the Government of Armenia (the surname, as news names a person the second time). Only sentences
    with a capitalised title are read."""
    titled: dict[str, Actor] = {}
    for s in sentences:
        if "President" not in s.text and "Minister" not in s.text and "Leader" not in s.text:
            continue
        for a in actor_rules.find_actors(s.text, False):
            if a.actor.kind in ("government", "mediator") and a.actor.country \
                    and _PERSON_TITLE_END.search(s.text[a.start:a.end]):
                named = _NAME_AFTER_TITLE.match(s.text, a.end)
                if named:  # (a mediator there, "spoke with": the office-holder's own state all the same)
                    titled.setdefault(named.group(1), actor_rules.government_of(a.actor.country))
    return titled


def _with_titled(found: list[actor_rules.ActorMention], text: str, titled: dict[str, Actor]
                 ) -> list[actor_rules.ActorMention]:
    """``found`` and the state of each office-holder of ``titled`` the sentence names by surname alone, unless
    that state's actor is found already ("On Monday, Pashinyan accused Azerbaijan's troops ...")."""
    out = list(found)
    for surname, actor in titled.items():
        if surname not in text or any(a.actor.name == actor.name for a in out):
            continue
        at = re.search(rf"\b{re.escape(surname)}\b", text)
        if at is None or any(a.start <= at.start() < a.end for a in out):
            continue
        out.append(actor_rules.ActorMention(replace(actor, text=surname), at.start(), at.end(), False))
    out.sort(key=lambda m: m.start)
    return out


_SENTENCE_ENDS = frozenset(".!?:;\"'”’)]")


def _ends_sentence(text: str) -> bool:
    """Whether the last character that is not white space closes a sentence (one of ``_SENTENCE_ENDS``): what the
    regex ``[...]\\s*$`` over those characters says, without trying every position (``str.rstrip`` strips what
    ``str.isspace`` calls white space, which is what ``\\s`` matches)."""
    stripped = text.rstrip()
    return bool(stripped) and stripped[-1] in _SENTENCE_ENDS


def _rejoin(sentences: list[Sentence], text: str) -> list[Sentence]:
    """Sentences with the parser's false breaks mended: a "sentence" that stops without final
    punctuation inside a paragraph ("... said that 105" | "Armenian soldiers had been killed") is
    joined to the next, so a count and its casualty word stay together."""
    out: list[Sentence] = []
    for s in sentences:
        prev = out[-1] if out else None
        if prev is not None and not _ends_sentence(prev.text) \
                and "\n\n" not in text[prev.end:s.start] and s.start - prev.end <= 2:
            out[-1] = Sentence(prev.article_id, prev.index, prev.start, s.end, text[prev.start:s.end])
        else:
            out.append(s)
    return out


# A claimant is a name: "Azerbaijan’s defence ministry" and "Azerbaijan's defence ministry" are one voice, however
# the writer typed the apostrophe (the quote keeps the text as written).
_PLAIN_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def _claim(c: FoundClaim, s: Sentence, article_id: str, mention_id: str) -> Claim:
    return Claim(
        kind=c.kind,  # type: ignore[arg-type]
        count=c.quantity.count,
        qualifier=c.quantity.qualifier,  # type: ignore[arg-type]
        count_high=c.quantity.count_high,
        side=c.side,
        claimant=c.claimant.translate(_PLAIN_QUOTES) if c.claimant else c.claimant,
        claimant_side=c.claimant_side,
        quote=s.text,
        article_id=article_id,
        start=s.start,
        end=s.end,
        mention_id=mention_id,
    )
