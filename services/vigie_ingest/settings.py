"""Settings of the ingest service (``VIGIE_INGEST_*``, plus the shared ``VIGIE_KAFKA_*``)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from vigie.settings import KafkaSettings

MIB = 1024 * 1024


class IngestSettings(KafkaSettings):
    """Everything the ingest service is configured with; built once in ``main()`` and passed down.

    >>> IngestSettings(http_port=9000).http_port
    9000
    """

    model_config = SettingsConfigDict(frozen=True, extra="ignore", env_prefix="VIGIE_INGEST_")

    http_host: str = "127.0.0.1"
    http_port: int = Field(default=8081, ge=0, le=65535)
    feeds_file: Path | None = Field(default=None, description="Feeds config (YAML); no feeds when unset")
    state_dir: Path = Field(default=Path("./var/ingest"), description="Where the de-duplication store lives")
    max_body_bytes: int = Field(default=5 * MIB, gt=0, description="Largest push body or feed document")
    max_article_chars: int = Field(default=200_000, gt=0, description="Longer texts are truncated")
    fetch_timeout_s: float = Field(default=20.0, gt=0)
    default_poll_interval_s: float = Field(default=300.0, gt=0)
    backoff_base_s: float = Field(default=5.0, gt=0, description="First delay after a feed error")
    max_backoff_s: float = Field(default=3600.0, gt=0)
    user_agent: str = "Vigie-ingest/0.1 (+https://github.com/vigie)"
    broker_wait_s: float = Field(default=30.0, ge=0, description="How long to wait for the broker at start")
    batch_size: int = Field(default=500, gt=0, description="Articles sent before waiting for acks (files)")
