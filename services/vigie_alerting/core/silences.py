"""Silences: matchers over alerts and a time span during which matching alerts are not notified."""

from __future__ import annotations

import secrets
from datetime import datetime

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, model_validator

from vigie.contracts import Alert, Severity


class SilenceMatchers(BaseModel):
    """Every matcher given must match (AND); an alert matches ``country`` if any of its countries does.

    >>> SilenceMatchers(kind="leader_call", country="TUR").model_dump(exclude_none=True)
    {'kind': 'leader_call', 'country': 'TUR'}
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: str | None = None
    country: str | None = Field(default=None, pattern=r"^[A-Z]{3}$", description="ISO alpha-3")
    actor_code: str | None = Field(default=None, description="CAMEO actor code, e.g. TURGOV")
    severity: Severity | None = None
    place: str | None = Field(default=None, description="Location name, case-insensitive")

    @model_validator(mode="after")
    def _not_empty(self) -> SilenceMatchers:
        if not self.model_dump(exclude_none=True):
            raise ValueError("a silence needs at least one matcher (it would silence everything)")
        return self

    def matches(self, alert: Alert) -> bool:
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

    def silences(self, alert: Alert, now: datetime) -> bool:
        return self.active(now) and self.matchers.matches(alert)
