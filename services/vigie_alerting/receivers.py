"""Webhook receivers: where to post, in which format, which alerts (routing) and how many per minute."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr

from vigie.contracts import Alert, AlertStatus, Severity
from vigie_alerting.core.filters import actor_matches
from vigie_alerting.core.regions import RegionBook, alert_countries

WebhookFormat = Literal["generic", "alertmanager", "slack"]
SEVERITY_RANK: dict[str, int] = {"low": 0, "medium": 1, "high": 2, "critical": 3}


class Receiver(BaseModel):
    """One receiver of ``VIGIE_ALERTING_RECEIVERS``; empty filters accept everything.

    Routing (every filter given must hold): ``min_severity``; ``kinds``; where — ``countries`` and
    ``regions`` (names of ``data/regions.yaml``) together, the alert's actor or place countries must
    meet one of them; who — ``actor_codes`` (CAMEO actor code prefixes: "SDNREB", "RUS", "IGO") and
    ``actor_names`` (canonical actor names or persons) together, one actor must match one of them;
    ``statuses`` — the lifecycle states it hears about (e.g. not ``expired``).

    >>> r = Receiver(name="ops", url="http://x/h", min_severity="high", countries=["SYR"])
    >>> r.format, r.rate_per_minute
    ('generic', None)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=1, max_length=200)
    url: str = Field(pattern=r"^https?://")
    format: WebhookFormat = "generic"
    secret: SecretStr | None = Field(default=None, description="HMAC key; the global webhook secret if unset")
    min_severity: Severity | None = None
    kinds: list[str] = Field(default_factory=list, description="Alert kinds (rule names); all if empty")
    countries: list[str] = Field(default_factory=list, description="ISO alpha-3; any alert country matches")
    regions: list[str] = Field(default_factory=list, description="Named regions (data/regions.yaml)")
    actor_codes: list[str] = Field(default_factory=list, description="CAMEO actor code prefixes, e.g. SDNREB")
    actor_names: list[str] = Field(default_factory=list, description="Canonical actor names or persons")
    statuses: list[AlertStatus] = Field(
        default_factory=list, description="Statuses heard about; all if empty"
    )
    rate_per_minute: int | None = Field(default=None, ge=1, description="Above this, hold and send a digest")

    @classmethod
    def generic(cls, url: str) -> Receiver:
        """A receiver of the plain ``VIGIE_ALERTING_WEBHOOKS`` list: named by its URL, no filter."""
        return cls(name=url, url=url)

    def check_regions(self, regions: RegionBook) -> None:
        """RegionError (at start-up) when a region this receiver routes on is not defined."""
        regions.countries(self.regions)

    def accepts(self, alert: Alert, regions: RegionBook | None = None) -> bool:
        """Routing: does this receiver want ``alert``? ``regions`` resolves ``self.regions``."""
        too_low = self.min_severity is not None and (
            SEVERITY_RANK[alert.severity] < SEVERITY_RANK[self.min_severity]
        )
        if (
            too_low
            or (self.kinds and alert.kind not in self.kinds)
            or (self.statuses and alert.status not in self.statuses)
        ):
            return False
        where = set(self.countries)
        if self.regions:
            if regions is None:
                return False  # a region filter cannot be met without the region table
            where |= regions.countries(self.regions)
        if where and not where & alert_countries(alert):
            return False
        if self.actor_codes or self.actor_names:
            return actor_matches(alert, self.actor_codes, self.actor_names)
        return True
