"""Kafka plumbing shared by the services: clients built from settings, topic creation, encoding.

Nothing here connects at import time; every client is created by a function and closed by the
caller (``async with`` or ``await x.stop()``). The same code runs on Tansu and Apache Kafka: no
idempotent producer (Tansu lacks it) and ``acks=all`` everywhere.

>>> encode_key("a1")
b'a1'
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterable

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError, TopicAlreadyExistsError
from pydantic import BaseModel

from vigie.topics import TOPICS, TopicSpec

logger = logging.getLogger(__name__)

# Tansu holds a group join for half the session timeout; these values keep joins fast on both
# brokers while staying well inside Apache Kafka's allowed ranges.
CONSUMER_TIMEOUTS = {"session_timeout_ms": 10_000, "heartbeat_interval_ms": 1_000}


def encode(message: BaseModel) -> bytes:
    """Serialise a contract message as UTF-8 JSON (the wire format of every Vigie topic)."""
    return message.model_dump_json().encode("utf-8")


def encode_key(key: str | None) -> bytes | None:
    return None if key is None else key.encode("utf-8")


def make_producer(bootstrap: str, client_id: str = "vigie", **overrides: object) -> AIOKafkaProducer:
    """A producer that waits for every in-sync replica (``acks=all``); start it with ``await p.start()``."""
    options: dict[str, object] = {
        "bootstrap_servers": bootstrap,
        "client_id": client_id,
        "acks": "all",
        "enable_idempotence": False,
        "linger_ms": 5,
        "max_request_size": 8 * 1024 * 1024,
        "request_timeout_ms": 30_000,
    }
    options.update(overrides)
    return AIOKafkaProducer(**options)


def make_consumer(
    bootstrap: str, *topics: str, group_id: str, client_id: str = "vigie", **overrides: object
) -> AIOKafkaConsumer:
    """A consumer with manual commits: callers commit only after their output is durable."""
    options: dict[str, object] = {
        "bootstrap_servers": bootstrap,
        "client_id": client_id,
        "group_id": group_id,
        "enable_auto_commit": False,
        "auto_offset_reset": "earliest",
        "max_partition_fetch_bytes": 8 * 1024 * 1024,
        **CONSUMER_TIMEOUTS,
    }
    options.update(overrides)
    return AIOKafkaConsumer(*topics, **options)


async def wait_for_broker(bootstrap: str, timeout: float = 30.0) -> None:
    """Return once a Kafka Metadata request to ``bootstrap`` succeeds; raise TimeoutError otherwise."""
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=3_000)
        try:
            await admin.start()
            await admin.describe_cluster()
            return
        except (KafkaError, OSError) as exc:
            last = exc
            await asyncio.sleep(0.1)
        finally:
            await admin.close()
    raise TimeoutError(f"broker at {bootstrap} did not answer a metadata request in {timeout}s: {last}")


async def ensure_topics(
    bootstrap: str, topics: Iterable[TopicSpec] = TOPICS, replication_factor: int = 1
) -> list[str]:
    """Create the topics that do not exist yet, with explicit partition counts; return those created."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=10_000)
    await admin.start()
    created: list[str] = []
    try:
        existing = set(await admin.list_topics())
        wanted = [t for t in topics if t.name not in existing]
        for t in wanted:
            config = {"cleanup.policy": "compact"} if t.compacted else {}
            try:
                await admin.create_topics(
                    [NewTopic(t.name, t.partitions, replication_factor, topic_configs=config)]
                )
                created.append(t.name)
            except TopicAlreadyExistsError:
                logger.info("topic %s already exists", t.name)
    finally:
        await admin.close()
    return created
