"""Where alert versions and dead letters go: Kafka in production, a list in tests."""

from __future__ import annotations

import asyncio
from typing import Protocol

from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError

from vigie.contracts import Alert, DeadLetter
from vigie.errors import DeliveryError
from vigie.kafka import encode, encode_key
from vigie.topics import ALERTS, DEADLETTER
from vigie_alerting.cloudevents import alert_headers


class Publisher(Protocol):
    async def publish_alerts(self, alerts: list[Alert]) -> None: ...
    async def publish_dead_letter(self, record: DeadLetter) -> None: ...


class KafkaPublisher:
    """Produces to ``vigie.alerts.v1`` keyed by alert_id, with CloudEvents binary-mode headers, and
    waits for the broker's acknowledgement."""

    def __init__(self, producer: AIOKafkaProducer) -> None:
        self.producer = producer

    async def publish_alerts(self, alerts: list[Alert]) -> None:
        try:
            pending = [
                await self.producer.send(
                    ALERTS, encode(a), key=encode_key(a.alert_id), headers=alert_headers(a)
                )
                for a in alerts
            ]
            await asyncio.gather(*pending)
        except KafkaError as exc:
            raise DeliveryError(f"alerts not acknowledged by the broker: {exc!r}") from exc

    async def publish_dead_letter(self, record: DeadLetter) -> None:
        try:
            await self.producer.send_and_wait(DEADLETTER, encode(record), key=encode_key(record.service))
        except KafkaError as exc:
            raise DeliveryError(f"dead letter not acknowledged by the broker: {exc!r}") from exc


class MemoryPublisher:
    """Keeps what was published, in order (tests and dry runs)."""

    def __init__(self) -> None:
        self.alerts: list[Alert] = []
        self.dead_letters: list[DeadLetter] = []

    async def publish_alerts(self, alerts: list[Alert]) -> None:
        self.alerts.extend(alerts)

    async def publish_dead_letter(self, record: DeadLetter) -> None:
        self.dead_letters.append(record)
