"""Read records back from a topic in the ingest integration tests (fresh group, deadline polling)."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable

from aiokafka.structs import ConsumerRecord
from pydantic import ValidationError

from vigie.kafka import make_consumer


async def read_back(
    bootstrap: str,
    topic: str,
    wanted: Callable[[ConsumerRecord[bytes, bytes]], bool],
    count: int,
    *,
    timeout: float = 45.0,
    settle_s: float = 0.0,
) -> list[ConsumerRecord[bytes, bytes]]:
    """The first ``count`` records of ``topic`` that ``wanted`` accepts; TimeoutError with what was found.

    With ``settle_s`` it keeps reading that long after reaching ``count`` (to catch extra copies).
    """
    consumer = make_consumer(bootstrap, topic, group_id=f"test-ingest-{uuid.uuid4().hex[:12]}")
    await consumer.start()
    found: list[ConsumerRecord[bytes, bytes]] = []
    deadline = time.monotonic() + timeout
    settle_until: float | None = None
    try:
        while True:
            now = time.monotonic()
            if settle_until is not None and now >= settle_until:
                return found
            if now > deadline:
                raise TimeoutError(f"found {len(found)} of {count} records on {topic} in {timeout}s")
            batches = await consumer.getmany(timeout_ms=300)
            for records in batches.values():
                found.extend(r for r in records if r.value is not None and _wanted(wanted, r))
            if len(found) >= count and settle_until is None:
                if settle_s <= 0:
                    return found
                settle_until = time.monotonic() + settle_s
    finally:
        await consumer.stop()


def _wanted(
    wanted: Callable[[ConsumerRecord[bytes, bytes]], bool], record: ConsumerRecord[bytes, bytes]
) -> bool:
    """``wanted(record)``, False for records that are not ours to parse: the topics are shared by the
    whole test session, and other tests put deliberately broken records on them."""
    try:
        return wanted(record)
    except ValidationError:
        return False
