"""Where accepted articles and dead letters go: the Kafka producer, behind a small seam for tests."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any, Protocol

from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError

from vigie.contracts import Article, DeadLetter
from vigie.errors import DeliveryError
from vigie.kafka import encode, encode_key
from vigie.topics import ARTICLES, DEADLETTER

logger = logging.getLogger(__name__)


class Sink(Protocol):
    """Queues records for delivery; each returned future resolves when the broker acknowledged it."""

    async def send_article(self, article: Article) -> asyncio.Future[Any]: ...

    async def send_dead_letter(self, record: DeadLetter) -> asyncio.Future[Any]: ...

    async def ready(self) -> bool: ...


class KafkaSink:
    """The producer side of the service: ``acks=all``, articles keyed by ``content_hash``.

    ``factory`` builds a producer (``vigie.kafka.make_producer``); ``await sink.start(timeout)`` starts
    one, building a fresh producer for each attempt, and ``await sink.stop()`` flushes and closes it.
    """

    def __init__(self, factory: Callable[[], AIOKafkaProducer]) -> None:
        self._factory = factory
        self._producer: AIOKafkaProducer | None = None

    async def start(self, timeout: float) -> None:
        """Start a producer, retrying until ``timeout``; raise DeliveryError if the broker never answers."""
        deadline = time.monotonic() + timeout
        while True:
            producer = self._factory()
            try:
                await producer.start()
            except (KafkaError, OSError) as exc:
                await producer.stop()
                if time.monotonic() >= deadline:
                    raise DeliveryError(f"broker unreachable: {exc}") from exc
                logger.warning("broker not reachable yet (%s); retrying", exc)
                await asyncio.sleep(1.0)
            except BaseException:
                await producer.stop()
                raise
            else:
                self._producer = producer
                return

    async def stop(self) -> None:
        """Flush what is queued and close the producer."""
        producer, self._producer = self._producer, None
        if producer is not None:
            try:
                await producer.flush()
            finally:
                await producer.stop()

    async def send_article(self, article: Article) -> asyncio.Future[Any]:
        # content_hash: copies of one story share a partition (see vigie/topics.py).
        return await self._send(ARTICLES, encode_key(article.content_hash), encode(article))

    async def send_dead_letter(self, record: DeadLetter) -> asyncio.Future[Any]:
        return await self._send(DEADLETTER, encode_key(record.service), encode(record))

    async def ready(self) -> bool:
        """True when the producer runs and the broker answers a metadata request."""
        if self._producer is None:
            return False
        try:
            await asyncio.wait_for(self._producer.client.fetch_all_metadata(), timeout=3.0)
        except (KafkaError, OSError, TimeoutError):
            return False
        return True

    async def _send(self, topic: str, key: bytes | None, value: bytes) -> asyncio.Future[Any]:
        if self._producer is None:
            raise DeliveryError("producer not started: broker not reachable yet")
        try:
            future: asyncio.Future[Any] = await self._producer.send(topic, value, key=key)
        except KafkaError as exc:
            raise DeliveryError(f"could not queue record for {topic}: {exc}") from exc
        return future
