"""The offices each language's own press names without a country (``data/home_offices.yaml``),
validated once: languages among the supported ones, offices among those of ``roles.yaml``, countries
among ``countries.tsv``.

>>> load_home_offices()["tr"]["President"]
'TUR'
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Mapping
from importlib import resources
from typing import Any

import yaml

from vigie.language import SUPPORTED_LANGUAGES
from vigie_extractor.core.knowledge.countries import load_countries
from vigie_extractor.core.knowledge.datafiles import read_yaml

_SOURCE = "data/home_offices.yaml"


class HomeOfficeDataError(ValueError):
    """``data/home_offices.yaml`` is malformed (the message names the entry)."""


def parse_home_offices(
    raw: Any, offices: Collection[str], countries: Collection[str]
) -> dict[str, Mapping[str, str]]:
    """Validate the file's content: every supported language, known offices and countries."""
    if not isinstance(raw, dict) or set(raw) != set(SUPPORTED_LANGUAGES):
        raise HomeOfficeDataError(f"{_SOURCE}: expected one entry per language {sorted(SUPPORTED_LANGUAGES)}")
    out: dict[str, Mapping[str, str]] = {}
    for lang, table in raw.items():
        if not isinstance(table, dict):
            raise HomeOfficeDataError(f"{_SOURCE}: {lang}: expected a mapping of offices to countries")
        for office, country in table.items():
            if office not in offices:
                raise HomeOfficeDataError(f"{_SOURCE}: {lang}: unknown office {office!r}")
            if country not in countries:
                raise HomeOfficeDataError(f"{_SOURCE}: {lang}: {office}: unknown country {country!r}")
        out[str(lang)] = {str(k): str(v) for k, v in table.items()}
    return out


def _role_offices() -> frozenset[str]:
    roles = read_yaml("roles.yaml")["roles"]
    return frozenset(str(item["office"]) for item in roles if item.get("office"))


@functools.cache
def load_home_offices() -> dict[str, Mapping[str, str]]:
    """Every language's home offices (read once)."""
    text = resources.files("vigie_extractor.core").joinpath(_SOURCE).read_text("utf-8")
    return parse_home_offices(yaml.safe_load(text), _role_offices(), frozenset(load_countries()))
