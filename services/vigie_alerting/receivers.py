"""Webhook receivers: where to post, in which format, which alerts (routing) and how many per minute."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr

from vigie.contracts import Alert, Severity

WebhookFormat = Literal["generic", "alertmanager", "slack"]
SEVERITY_RANK: dict[str, int] = {"low": 0, "medium": 1, "high": 2, "critical": 3}


class Receiver(BaseModel):
    """One receiver of ``VIGIE_ALERTING_RECEIVERS``; empty filters accept everything.

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
    rate_per_minute: int | None = Field(default=None, ge=1, description="Above this, hold and send a digest")

    @classmethod
    def generic(cls, url: str) -> Receiver:
        """A receiver of the plain ``VIGIE_ALERTING_WEBHOOKS`` list: named by its URL, no filter."""
        return cls(name=url, url=url)

    def accepts(self, alert: Alert) -> bool:
        """Routing: does this receiver want ``alert``?"""
        if self.min_severity is not None and SEVERITY_RANK[alert.severity] < SEVERITY_RANK[self.min_severity]:
            return False
        if self.kinds and alert.kind not in self.kinds:
            return False
        return not self.countries or any(c in self.countries for c in alert.countries)
