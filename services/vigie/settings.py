"""Settings shared by every service; each service subclasses with its own env prefix.

Settings are frozen and built once in ``main()``; nothing else reads ``os.environ``.

>>> s = KafkaSettings(kafka_bootstrap="127.0.0.1:9092")
>>> s.kafka_bootstrap
'127.0.0.1:9092'
"""

from __future__ import annotations

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class KafkaSettings(BaseSettings):
    """Broker connection, read from ``VIGIE_KAFKA_*`` whatever the service's own prefix."""

    model_config = SettingsConfigDict(frozen=True, extra="ignore", env_prefix="VIGIE_")

    kafka_bootstrap: str = Field(
        default="127.0.0.1:9092",
        validation_alias=AliasChoices("VIGIE_KAFKA_BOOTSTRAP", "kafka_bootstrap"),
        description="Comma-separated bootstrap servers",
    )
    kafka_client_id: str = Field(
        default="vigie", validation_alias=AliasChoices("VIGIE_KAFKA_CLIENT_ID", "kafka_client_id")
    )
    log_level: str = Field(default="INFO", validation_alias=AliasChoices("VIGIE_LOG_LEVEL", "log_level"))
