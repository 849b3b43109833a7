"""Follow the pipeline from outside: which articles have come out as signals or dead letters.

``vigie run``, ``vigie demo`` and the end-to-end tests use it to know when every article fed in has
been processed, without trusting end offsets (see BROKER.md) — they read the output topics instead.
"""

from __future__ import annotations

import base64
import json
import logging
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from pydantic import ValidationError

from vigie.contracts import DeadLetter, Signal
from vigie.kafka import make_consumer
from vigie.topics import DEADLETTER, SIGNALS

logger = logging.getLogger(__name__)


@dataclass
class Progress:
    """Article ids seen on the output topics since ``since_ms``."""

    signals: dict[str, Signal] = field(default_factory=dict)
    dead_letters: dict[str, DeadLetter] = field(default_factory=dict)
    events: int = 0

    def accounted(self, ids: Iterable[str]) -> bool:
        return all(i in self.signals or i in self.dead_letters for i in ids)


def article_id_of_dead_letter(record: DeadLetter) -> str | None:
    """The article id inside a dead-lettered article or signal, when its bytes are JSON with one."""
    try:
        original = json.loads(base64.b64decode(record.original_b64))
    except (ValueError, UnicodeDecodeError):
        return None
    if isinstance(original, dict):
        value = original.get("article_id") or original.get("id")
        return str(value) if value is not None else None
    return None


async def wait_for_articles(
    bootstrap: str, article_ids: Iterable[str], *, since_ms: int, timeout: float
) -> Progress:
    """Read signals and dead letters until every id in ``article_ids`` is accounted for.

    Only records with a timestamp at or after ``since_ms`` count, so an older run's outputs on a
    shared broker are ignored. Raises TimeoutError with what is missing.
    """
    wanted = set(article_ids)
    progress = Progress()
    consumer = make_consumer(bootstrap, SIGNALS, DEADLETTER, group_id=f"vigie-watch-{uuid.uuid4().hex[:12]}")
    await consumer.start()
    deadline = time.monotonic() + timeout
    try:
        while not progress.accounted(wanted):
            if time.monotonic() > deadline:
                missing = sorted(wanted - set(progress.signals) - set(progress.dead_letters))
                raise TimeoutError(f"{len(missing)} articles not processed in {timeout}s: {missing[:10]}")
            batches = await consumer.getmany(timeout_ms=500)
            for records in batches.values():
                for rec in records:
                    if rec.timestamp < since_ms or rec.value is None:
                        continue
                    _take(rec.topic, rec.value, wanted, progress)
    finally:
        await consumer.stop()
    return progress


def _take(topic: str, value: bytes, wanted: set[str], progress: Progress) -> None:
    try:
        if topic == SIGNALS:
            signal = Signal.model_validate_json(value)
            if signal.article_id in wanted:
                progress.signals[signal.article_id] = signal
                progress.events += len(signal.events)
        else:
            record = DeadLetter.model_validate_json(value)
            aid = article_id_of_dead_letter(record)
            if aid in wanted and aid is not None:
                progress.dead_letters[aid] = record
    except ValidationError:
        logger.warning("unreadable record on %s ignored by the watcher", topic)
