"""Settings of the alerting service (``VIGIE_ALERTING_*``, plus the shared ``VIGIE_KAFKA_*``)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import SettingsConfigDict

from vigie.settings import KafkaSettings
from vigie_alerting.receivers import Receiver


class AlertingSettings(KafkaSettings):
    """Everything the alerting service is configured with; built once in ``main()`` and passed down.

    ``webhooks`` is a JSON list in the environment:
    ``VIGIE_ALERTING_WEBHOOKS='["https://hooks.example.org/vigie"]'`` (generic receivers named by
    their URL); ``receivers`` is a JSON list of ``Receiver`` objects (format, filters, rate limit):
    ``VIGIE_ALERTING_RECEIVERS='[{"name": "ops", "url": "https://...", "format": "slack"}]'``.
    ``database_url`` (``postgresql://...``) moves the state to PostgreSQL; SQLite in ``state_dir``
    when unset.

    >>> AlertingSettings(http_port=9000, webhooks=["http://x/h"]).webhooks
    ['http://x/h']
    >>> [r.name for r in AlertingSettings(webhooks=["http://x/h"]).all_receivers()]
    ['http://x/h']
    """

    model_config = SettingsConfigDict(frozen=True, extra="ignore", env_prefix="VIGIE_ALERTING_")

    http_host: str = "127.0.0.1"
    http_port: int = Field(default=8083, ge=0, le=65535)
    state_dir: Path = Field(default=Path("./var/alerting"), description="Where the SQLite state lives")
    database_url: SecretStr | None = Field(
        default=None, description="postgresql://user@host:5432/db: keep the state in PostgreSQL"
    )
    rules_file: Path | None = Field(default=None, description="Alert rules (YAML); the bundled file if unset")
    regions_file: Path | None = Field(
        default=None, description="Named regions (YAML); the bundled file if unset"
    )
    group_id: str = Field(default="vigie-alerting", description="Kafka consumer group")
    auto_offset_reset: Literal["earliest", "latest"] = Field(
        default="earliest",
        description="Where a NEW consumer group starts: earliest (nothing missed) or latest (only new)",
    )
    webhooks: list[str] = Field(default_factory=list, description="URLs that receive alerts (JSON list)")
    receivers: list[Receiver] = Field(default_factory=list, description="Webhook receivers (JSON list)")
    external_url: str = Field(
        default="http://127.0.0.1:8083", description="Base URL of this service, for links in webhooks"
    )
    webhook_secret: SecretStr | None = Field(default=None, description="HMAC-SHA256 key for signatures")
    webhook_max_attempts: int = Field(default=5, ge=1, le=20)
    webhook_backoff_s: float = Field(default=0.5, gt=0, description="First retry delay; doubles each try")
    webhook_backoff_max_s: float = Field(default=30.0, gt=0)
    webhook_timeout_s: float = Field(default=10.0, gt=0)
    api_token: SecretStr | None = Field(default=None, description="Bearer token of the write endpoints")
    story_window_hours: float = Field(default=72.0, gt=0, description="Stream time an open story spans")
    event_date_days: int = Field(default=2, ge=0, description="Event dates within ±N days are one story")
    nearby_km: float = Field(default=50.0, ge=0, description="Places this close are the same place")
    secondary_far_km: float = Field(
        default=300.0, ge=0, description="A secondary event of an article this far away is its own story"
    )
    expiry_clock: Literal["event", "wall", "off"] = Field(
        default="event", description="Expire stories in event time (latest article seen), wall time, or never"
    )
    expiry_interval_s: float = Field(default=60.0, gt=0, description="Seconds between expiry sweeps")
    broker_wait_s: float = Field(default=60.0, ge=0, description="How long to wait for the broker at start")
    text_embeddings: bool = Field(
        default=True,
        description="Compare reports with multilingual sentence embeddings when their package is installed",
    )

    @model_validator(mode="after")
    def _unique_receivers(self) -> AlertingSettings:
        names = [r.name for r in self.all_receivers()]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(f"receiver names must be unique: {duplicates}")
        return self

    def all_receivers(self) -> list[Receiver]:
        """``receivers`` then the plain ``webhooks`` as generic receivers."""
        return [*self.receivers, *(Receiver.generic(url) for url in self.webhooks)]
