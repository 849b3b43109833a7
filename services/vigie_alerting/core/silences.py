"""Silences: matchers over alerts and a time span during which matching alerts are not notified."""

from __future__ import annotations

import contextlib
import secrets
from datetime import datetime

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, model_validator

from vigie.contracts import Alert, Iso3, Severity
from vigie_alerting.core.filters import actor_matches
from vigie_alerting.core.regions import RegionBook, RegionError, alert_countries
from vigie_alerting.core.rules import SEVERITIES


class SilenceMatchers(BaseModel):
    """Every matcher given must match (AND). The single-valued matchers (``kind``, ``country``,
    ``actor_code``, ``severity``, ``place``) name one value; the list matchers are the routing
    filters of a receiver (``vigie_alerting.receivers.Receiver``): ``kinds``; where — ``countries``
    and ``regions`` (names of ``data/regions.yaml``) together, one of the alert's actor or place
    countries must be in one of them; who — ``actor_codes`` (CAMEO code prefixes) and ``actor_names``
    (canonical names or persons) together, one actor must match one of them; ``severities`` and
    ``min_severity``.

    >>> SilenceMatchers(kind="leader_call", country="TUR").model_dump(exclude_defaults=True)
    {'kind': 'leader_call', 'country': 'TUR'}
    >>> SilenceMatchers(regions=["Sahel"], min_severity="high").model_dump(exclude_defaults=True)
    {'regions': ['Sahel'], 'min_severity': 'high'}
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: str | None = None
    country: str | None = Field(default=None, pattern=r"^[A-Z]{3}$", description="ISO alpha-3")
    actor_code: str | None = Field(default=None, description="CAMEO actor code, e.g. TURGOV")
    severity: Severity | None = None
    place: str | None = Field(default=None, description="Location name, case-insensitive")
    kinds: list[str] = Field(default_factory=list, description="Alert kinds (rule names), any of them")
    countries: list[Iso3] = Field(default_factory=list, description="ISO alpha-3, any alert country")
    regions: list[str] = Field(default_factory=list, description="Named regions (data/regions.yaml)")
    actor_codes: list[str] = Field(default_factory=list, description="CAMEO actor code prefixes")
    actor_names: list[str] = Field(default_factory=list, description="Canonical actor names or persons")
    severities: list[Severity] = Field(default_factory=list, description="Any of these severities")
    min_severity: Severity | None = Field(default=None, description="This severity or higher")

    @model_validator(mode="after")
    def _not_empty(self) -> SilenceMatchers:
        if not self.model_dump(exclude_defaults=True):
            raise ValueError("a silence needs at least one matcher (it would silence everything)")
        return self

    def check_regions(self, regions: RegionBook) -> None:
        """RegionError when a region this silence matches on is not defined."""
        regions.countries(self.regions)

    def matches(self, alert: Alert, regions: RegionBook | None = None) -> bool:
        """Whether every matcher given holds for ``alert``; ``regions`` resolves ``self.regions`` (a
        region matcher without the table, or naming a region no longer defined, matches nothing)."""
        if not (self._single_values_match(alert) and self._levels_match(alert)):
            return False
        if self.kinds and alert.kind not in self.kinds:
            return False
        where = set(self.countries)
        if self.regions:
            if regions is not None:
                with contextlib.suppress(RegionError):  # a region no longer defined adds no country
                    where |= regions.countries(self.regions)
            if not where:
                return False
        if where and not where & alert_countries(alert):
            return False
        return not (self.actor_codes or self.actor_names) or actor_matches(
            alert, self.actor_codes, self.actor_names
        )

    def _levels_match(self, alert: Alert) -> bool:
        rank = SEVERITIES.index(alert.severity)
        return (not self.severities or alert.severity in self.severities) and (
            self.min_severity is None or rank >= SEVERITIES.index(self.min_severity)
        )

    def _single_values_match(self, alert: Alert) -> bool:
        if self.kind is not None and alert.kind != self.kind:
            return False
        if self.country is not None and self.country not in alert.countries:
            return False
        if self.actor_code is not None and all(a.code != self.actor_code for a in alert.actors):
            return False
        if self.severity is not None and alert.severity != self.severity:
            return False
        if self.place is not None:
            loc = alert.location
            names = {loc.name.casefold(), loc.text.casefold()} if loc is not None else set()
            if self.place.casefold() not in names:
                return False
        return True


class SilenceRequest(BaseModel):
    """What ``POST /silences`` accepts; ``starts_at`` defaults to now."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    matchers: SilenceMatchers
    author: str = Field(min_length=1, max_length=200)
    comment: str = Field(min_length=1, max_length=2000)
    starts_at: AwareDatetime | None = None
    ends_at: AwareDatetime

    def build(self, now: datetime) -> Silence:
        """The stored silence, with a fresh id; ValueError if it ends before it starts."""
        starts = self.starts_at or now
        if self.ends_at <= starts:
            raise ValueError("ends_at must be after starts_at")
        return Silence(
            silence_id=f"si-{secrets.token_hex(8)}",
            matchers=self.matchers,
            author=self.author,
            comment=self.comment,
            starts_at=starts,
            ends_at=self.ends_at,
            created_at=now,
        )


class Silence(BaseModel):
    """A stored silence; active on ``[starts_at, ends_at)``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    silence_id: str
    matchers: SilenceMatchers
    author: str
    comment: str
    starts_at: datetime
    ends_at: datetime
    created_at: datetime

    def active(self, now: datetime) -> bool:
        return self.starts_at <= now < self.ends_at

    def silences(self, alert: Alert, now: datetime, regions: RegionBook | None = None) -> bool:
        return self.active(now) and self.matchers.matches(alert, regions)
