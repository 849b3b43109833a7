"""The extractor's settings: ``VIGIE_EXTRACTOR_*``, plus the shared ``VIGIE_KAFKA_*``/``VIGIE_LOG_LEVEL``."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from vigie.settings import KafkaSettings


class ExtractorSettings(KafkaSettings):
    """Built once in ``main()`` and passed to ``create_app``.

    >>> s = ExtractorSettings(kafka_bootstrap="127.0.0.1:9092", web_port=9000)
    >>> (s.group_id, s.web_host, s.web_port)
    ('vigie-extractor', '127.0.0.1', 9000)
    """

    model_config = SettingsConfigDict(frozen=True, extra="ignore", env_prefix="VIGIE_EXTRACTOR_")

    web_host: str = Field(
        default="127.0.0.1", description="Interface the /metrics, /livez, /readyz server binds"
    )
    web_port: int = Field(default=8082, ge=1, le=65535)
    data_dir: Path = Field(default=Path("./var/extractor"), description="Faust data directory")
    group_id: str = Field(default="vigie-extractor", description="Faust app id, used as consumer group id")
    auto_offset_reset: Literal["earliest", "latest"] = Field(
        default="earliest",
        description="Where a NEW consumer group starts: earliest (nothing missed) or latest (only new)",
    )
    broker_session_timeout: float = Field(
        default=10.0, gt=0, description="Seconds; Tansu holds a group join for half of it (BROKER.md)"
    )
    broker_heartbeat_interval: float = Field(default=1.0, gt=0)
    processing_guarantee: Literal["at_least_once", "exactly_once"] = Field(
        default="at_least_once", description="exactly_once needs Apache Kafka (Tansu lacks transactions)"
    )
    # An int constrained to -1..1 rather than Literal[-1, 0, 1]: env values arrive as strings, which a
    # Literal of ints refuses ("-1" is not -1) while an int field converts them.
    producer_acks: int = Field(default=-1, ge=-1, le=1, description="-1: every in-sync replica")
    produce_timeout: float = Field(
        default=30.0, gt=0, description="Seconds before a produce counts as failed (Faust's default: 1200)"
    )
    commit_interval: float = Field(default=2.0, gt=0, description="Seconds between offset commits")
