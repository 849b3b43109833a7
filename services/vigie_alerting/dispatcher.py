"""Sends the pending notifications of the durable log and records each outcome.

A notification is marked ``sent`` only after the receiver accepted it, and ``dead`` (with a dead-letter
record) after the last try, so a restart resends what was pending and never what was sent.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from vigie_alerting.metrics import AlertingMetrics
from vigie_alerting.notifier import Delivery, Notifier
from vigie_alerting.store import AlertStore, Notification

logger = logging.getLogger(__name__)

OnDead = Callable[[Notification, Delivery], Awaitable[None]]


class Dispatcher:
    """Delivers the log's pending notifications; ``kick()`` after saving new ones."""

    def __init__(
        self,
        store: AlertStore,
        notifier: Notifier,
        metrics: AlertingMetrics,
        on_dead: OnDead,
        *,
        idle_s: float = 5.0,
        batch: int = 50,
    ) -> None:
        self.store = store
        self.notifier = notifier
        self.metrics = metrics
        self.on_dead = on_dead
        self.idle_s = idle_s
        self.batch = batch
        self._wake = asyncio.Event()

    def kick(self) -> None:
        self._wake.set()

    async def _one(self, n: Notification) -> None:
        result = await self.notifier.deliver(n.receiver, n.payload, alert_id=n.alert_id, version=n.version)
        if result.delivered:
            self.store.finish_notification(n.notification_id, "sent", n.attempts + result.attempts, None)
            self.metrics.notifications.labels(receiver=n.receiver, outcome="delivered").inc()
            return
        logger.error(
            "webhook %s gave up on %s v%d after %d tries: %s",
            n.receiver,
            n.alert_id,
            n.version,
            result.attempts,
            result.error,
        )
        await self.on_dead(n, result)
        self.store.finish_notification(n.notification_id, "dead", n.attempts + result.attempts, result.error)
        self.metrics.notifications.labels(receiver=n.receiver, outcome="dead").inc()

    async def drain(self) -> int:
        """Deliver everything pending now (receivers in parallel, each in order); return how many."""
        done = 0
        while pending := self.store.pending_notifications(self.batch):
            by_receiver: dict[str, list[Notification]] = {}
            for n in pending:
                by_receiver.setdefault(n.receiver, []).append(n)

            async def run(items: list[Notification]) -> None:
                for item in items:
                    await self._one(item)

            await asyncio.gather(*(run(items) for items in by_receiver.values()))
            done += len(pending)
        return done

    async def run(self, stop: asyncio.Event) -> None:
        """Drain, then sleep until kicked, ``stop`` is set, or ``idle_s`` passed; until ``stop``."""
        while not stop.is_set():
            self._wake.clear()
            await self.drain()
            waits = [asyncio.ensure_future(self._wake.wait()), asyncio.ensure_future(stop.wait())]
            await asyncio.wait(waits, timeout=self.idle_s, return_when=asyncio.FIRST_COMPLETED)
            for w in waits:
                w.cancel()
            await asyncio.gather(*waits, return_exceptions=True)
