"""Smaller towns of conflict zones for ``build_gazetteer``, with strict filters against common words.

War reporting names villages ("Chasiv Yar", "Khiam", "Minova") that the >= 15,000-inhabitant
GeoNames table lacks. ``data/conflict_zones.yaml`` lists the countries (and regions) at war; their
GeoNames towns of at least ``min_population`` inhabitants are kept with stricter name rules than
cities: at least five letters, written as a proper noun, not a common word in any supported
language of its script (word frequencies from wordfreq), not a place-stop-word, not a name that a
bigger city or a town of another country already has.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from wordfreq import iter_wordlist, zipf_frequency

from vigie_extractor.core.knowledge.datafiles import read_yaml
from vigie_extractor.core.knowledge.errors import KnowledgeDataError
from vigie_extractor.core.knowledge.normalise import fold

# Zipf 3 = once per million words: a town name that frequent in a language is a word there.
COMMON_ZIPF = 3.0
MIN_LETTERS = 5
# The languages whose texts write a name in that script.
_LANGS_BY_SCRIPT = {"latin": ("en", "fr", "es", "de", "tr"), "cyrillic": ("ru",), "arabic": ("ar",)}


@dataclass(frozen=True)
class Zones:
    """Countries at war (ISO alpha-3) -> their regions at war (GeoNames admin1 codes, None: all)."""

    min_population: int
    regions: Mapping[str, frozenset[str] | None]

    def covers(self, iso3: str, admin1: str) -> bool:
        if iso3 not in self.regions:
            return False
        regions = self.regions[iso3]
        return regions is None or admin1 in regions


def load_zones(text: str | None = None) -> Zones:
    """Read and validate ``conflict_zones.yaml``."""
    raw = read_yaml("conflict_zones.yaml", text)
    if not isinstance(raw, dict) or not isinstance(raw.get("min_population"), int):
        raise KnowledgeDataError("conflict_zones.yaml: needs an integer `min_population` and `zones`")
    regions: dict[str, frozenset[str] | None] = {}
    for index, item in enumerate(raw.get("zones") or ()):
        where = f"conflict_zones.yaml:zones[{index}]"
        if not isinstance(item, dict):
            raise KnowledgeDataError(f"{where}: not a mapping")
        iso3 = item.get("country")
        if not (isinstance(iso3, str) and len(iso3) == 3 and iso3.isupper()):
            raise KnowledgeDataError(f"{where}: `country` must be an ISO alpha-3 code")
        if iso3 in regions:
            raise KnowledgeDataError(f"{where}: duplicate country {iso3}")
        admin1 = item.get("admin1")
        if admin1 is not None and not (
            isinstance(admin1, list) and admin1 and all(isinstance(a, str) and a for a in admin1)
        ):
            raise KnowledgeDataError(f"{where}: `admin1` must be a non-empty list of codes (quoted)")
        regions[iso3] = frozenset(admin1) if admin1 else None
    if not regions:
        raise KnowledgeDataError("conflict_zones.yaml: no zones")
    return Zones(raw["min_population"], regions)


def common_words() -> dict[str, frozenset[str]]:
    """Folded words of frequency >= ``COMMON_ZIPF`` per script, from every language of that
    script: folding makes "Tarim" collide with the Turkish word "tarım", so compare folded."""
    out: dict[str, frozenset[str]] = {}
    for script, langs in _LANGS_BY_SCRIPT.items():
        words: set[str] = set()
        for lang in langs:
            for word in iter_wordlist(lang):
                if zipf_frequency(word, lang) < COMMON_ZIPF:
                    break
                words.add(fold(word))
        out[script] = frozenset(words)
    return out


def is_common_word(name: str, script: str, common: Mapping[str, frozenset[str]]) -> bool:
    """True when ``name`` (a word or phrase) is frequent in a language written in ``script``."""
    if fold(name) in common[script]:
        return True
    lowered = name.lower()  # a phrase made only of common words ("La Victoria", "San José")
    return any(zipf_frequency(lowered, lang) >= COMMON_ZIPF for lang in _LANGS_BY_SCRIPT[script])


def town_name_ok(name: str, script: str, stop: frozenset[str], common: Mapping[str, frozenset[str]]) -> bool:
    """The stricter rules a small town's name must pass (``usable`` is checked before)."""
    if sum(ch.isalpha() for ch in name) < MIN_LETTERS or fold(name) in stop:
        return False
    if any(unicodedata.category(ch) == "Mn" for ch in name) or "." in name:
        return False  # stress marks ("Кра́сный") and abbreviations ("Нов.Быков") never match text
    return not is_common_word(name, script, common)


def drop_shared(towns: Iterable[tuple[str, list[str]]], taken: set[str]) -> dict[str, list[str]]:
    """Names per town (keyed by an id) without the names that a bigger city has already
    (``taken``, folded) or that towns of two countries share: such a name points nowhere sure.

    ``towns`` yields ``(key, names)`` where ``key`` starts with the ISO alpha-3 code and a colon.
    """
    items = list(towns)
    countries: dict[str, set[str]] = {}
    for key, names in items:
        for name in names:
            countries.setdefault(fold(name), set()).add(key[:3])
    out: dict[str, list[str]] = {}
    for key, names in items:
        kept = [n for n in names if fold(n) not in taken and len(countries[fold(n)]) == 1]
        if kept:
            out[key] = kept
    return out


def town_population(city: Mapping[str, Any]) -> int:
    """GeoNames population (0 for administrative seats whose population it does not know)."""
    return int(city.get("population") or 0)
