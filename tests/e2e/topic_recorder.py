"""Record every article, signal and dead letter on the broker from a background thread, as they arrive.

The resilience test decides when to kill a service from what this recorder has seen (signals of the
first articles are out: the extractor is mid-stream), and counts replays afterwards. Partitions are
assigned by hand (no consumer group), so recording starts at once, from the first offset.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from aiokafka import AIOKafkaConsumer, TopicPartition

from vigie.contracts import DeadLetter, Signal
from vigie.topics import ARTICLES, DEADLETTER, SIGNALS, spec
from vigie_cli.pipeline_watch import article_id_of_dead_letter


@dataclass
class Tripwire:
    """Call ``action`` (once, from the recorder's thread) when an article in ``ids`` reaches the topic."""

    ids: frozenset[str]
    action: Callable[[], None]
    fired_at: float | None = None


@dataclass
class Seen:
    """Article ids in arrival order on each topic (an id appears once per record, replays included)."""

    articles: list[str] = field(default_factory=list)
    signals: list[str] = field(default_factory=list)
    dead_letters: list[str] = field(default_factory=list)


class TopicRecorder:
    """``with TopicRecorder(bootstrap) as rec:`` records until the block ends; read it with ``snapshot()``."""

    def __init__(self, bootstrap: str) -> None:
        self.bootstrap = bootstrap
        self._seen = Seen()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._started = threading.Event()
        self._error: BaseException | None = None
        self._tripwire: Tripwire | None = None
        self._thread = threading.Thread(target=self._run, name="topic-recorder", daemon=True)

    def __enter__(self) -> TopicRecorder:
        self._thread.start()
        if not self._started.wait(30.0):
            raise TimeoutError("the topic recorder did not start in 30s")
        self._raise_if_failed()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(30.0)

    def arm(self, tripwire: Tripwire) -> None:
        with self._lock:
            self._tripwire = tripwire

    def snapshot(self) -> Seen:
        self._raise_if_failed()
        with self._lock:
            return Seen(list(self._seen.articles), list(self._seen.signals), list(self._seen.dead_letters))

    def signalled(self, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` have a signal or a dead letter so far."""
        wanted = set(ids)
        with self._lock:
            return wanted & (set(self._seen.signals) | set(self._seen.dead_letters))

    def wait_until(self, predicate: Callable[[TopicRecorder], bool], timeout: float, what: str) -> float:
        """Poll ``predicate`` every 10 ms until it holds; return the time it took; TimeoutError otherwise."""
        start = time.monotonic()
        while not predicate(self):
            self._raise_if_failed()
            if time.monotonic() - start > timeout:
                raise TimeoutError(f"{what}: not seen in {timeout}s")
            time.sleep(0.01)
        return time.monotonic() - start

    def signal_copies(self) -> Counter[str]:
        with self._lock:
            return Counter(self._seen.signals)

    def article_copies(self) -> Counter[str]:
        with self._lock:
            return Counter(self._seen.articles)

    def _raise_if_failed(self) -> None:
        if self._error is not None:
            raise RuntimeError(f"topic recorder failed: {self._error!r}") from self._error

    def _run(self) -> None:
        try:
            asyncio.run(self._consume())
        except BaseException as exc:  # handed to the test thread by _raise_if_failed
            self._error = exc
            self._started.set()

    async def _consume(self) -> None:
        consumer = AIOKafkaConsumer(
            bootstrap_servers=self.bootstrap,
            group_id=None,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            fetch_max_wait_ms=20,
            max_partition_fetch_bytes=8 * 1024 * 1024,
        )
        await consumer.start()
        try:
            consumer.assign(
                [
                    TopicPartition(t, p)
                    for t in (ARTICLES, SIGNALS, DEADLETTER)
                    for p in range(spec(t).partitions)
                ]
            )
            self._started.set()
            while not self._stop.is_set():
                batches = await consumer.getmany(timeout_ms=50)
                for records in batches.values():
                    for rec in records:
                        if rec.value is not None:
                            self._take(rec.topic, rec.value)
        finally:
            await consumer.stop()

    def _take(self, topic: str, value: bytes) -> None:
        if topic == ARTICLES:
            article_id = str(json.loads(value)["article_id"])
            with self._lock:
                self._seen.articles.append(article_id)
                wire = self._tripwire
                if wire is not None and wire.fired_at is None and article_id in wire.ids:
                    wire.fired_at = time.monotonic()
                    wire.action()
        elif topic == SIGNALS:
            signal = Signal.model_validate_json(value)
            with self._lock:
                self._seen.signals.append(signal.article_id)
        else:
            aid = article_id_of_dead_letter(DeadLetter.model_validate_json(value))
            if aid is not None:
                with self._lock:
                    self._seen.dead_letters.append(aid)
