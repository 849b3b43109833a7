"""Settings shared by every service; each service subclasses with its own env prefix.

Settings are frozen and built once in ``main()``; nothing else reads ``os.environ``.

>>> s = KafkaSettings(kafka_bootstrap="127.0.0.1:9092")
>>> s.kafka_bootstrap
'127.0.0.1:9092'
"""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class KafkaSettings(BaseSettings):
    """Broker connection, read from ``VIGIE_KAFKA_*`` whatever the service's own prefix."""

    # The environment names are fixed aliases (whatever a subclass's prefix); by field name only in code.
    model_config = SettingsConfigDict(
        frozen=True, extra="ignore", env_prefix="VIGIE_", validate_by_name=True, validate_by_alias=True
    )

    kafka_bootstrap: str = Field(
        default="127.0.0.1:9092",
        validation_alias="VIGIE_KAFKA_BOOTSTRAP",
        description="Comma-separated bootstrap servers",
    )
    kafka_client_id: str = Field(default="vigie", validation_alias="VIGIE_KAFKA_CLIENT_ID")
    log_level: str = Field(default="INFO", validation_alias="VIGIE_LOG_LEVEL")
