"""Sends the pending notifications of the durable log and records each outcome.

A notification is marked ``sent`` only after the receiver accepted it, and ``dead`` (with a dead-letter
record) after the last try, so a restart resends what was pending and never what was sent.

Each receiver's body is rendered in its format (``vigie_alerting.formats``). A receiver with a
``rate_per_minute`` gets at most that many alerts per 60-second window (opened by its first delivery);
the rest are marked ``held`` and, when the window closes, replaced in the log by one storm digest
("14 more similar alerts") that is delivered like any notification and opens the next window.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from vigie.contracts import Alert
from vigie_alerting.formats import digest_payload, render
from vigie_alerting.metrics import AlertingMetrics
from vigie_alerting.notifier import Delivery, Notifier
from vigie_alerting.receivers import Receiver
from vigie_alerting.store import AlertStore, Notification

logger = logging.getLogger(__name__)

OnDead = Callable[[Notification, Delivery], Awaitable[None]]
WINDOW_S = 60.0


@dataclass
class _Window:
    """One receiver's current rate-limit window."""

    start: float
    sent: int = 0


def digest_of(receiver: str, held: list[Notification]) -> Notification:
    """The storm digest replacing ``held`` (their alerts, oldest first); its id depends on what it holds."""
    alerts = [Alert.model_validate_json(n.payload) for n in held if n.kind == "alert"]
    ids = "|".join(n.notification_id for n in held)
    key = hashlib.sha256(ids.encode()).hexdigest()[:16]
    return Notification.new(f"digest-{key}", 1, receiver, digest_payload(alerts), kind="digest")


class Dispatcher:
    """Delivers the log's pending notifications; ``kick()`` after saving new ones."""

    def __init__(
        self,
        store: AlertStore,
        notifier: Notifier,
        metrics: AlertingMetrics,
        on_dead: OnDead,
        *,
        receivers: Sequence[Receiver] = (),
        external_url: str = "http://127.0.0.1:8083",
        clock: Callable[[], float] = time.monotonic,
        idle_s: float = 5.0,
        batch: int = 50,
    ) -> None:
        self.store = store
        self.notifier = notifier
        self.metrics = metrics
        self.on_dead = on_dead
        self.receivers = {r.name: r for r in receivers}
        self.external_url = external_url
        self.clock = clock
        self.idle_s = idle_s
        self.batch = batch
        self._wake = asyncio.Event()
        self._windows: dict[str, _Window] = {}
        self._holding: set[str] = set()

    def kick(self) -> None:
        self._wake.set()

    def _receiver(self, name: str) -> Receiver | None:
        """The configured receiver; a bare URL (a log row of the plain webhook list) is a generic one."""
        known = self.receivers.get(name)
        if known is None and name.startswith(("http://", "https://")):
            return Receiver.generic(name)
        return known

    async def _give_up(self, n: Notification, result: Delivery) -> None:
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

    async def _one(self, n: Notification) -> None:
        receiver = self._receiver(n.receiver)
        if receiver is None:
            await self._give_up(n, Delivery(False, 0, None, f"receiver {n.receiver!r} is not configured"))
            return
        body = render(receiver, n, self.external_url)
        secret = receiver.secret.get_secret_value().encode() if receiver.secret is not None else None
        result = await self.notifier.deliver(
            receiver.url, body, alert_id=n.alert_id, version=n.version, secret=secret
        )
        if result.attempts > 1:
            self.metrics.notifications.labels(receiver=n.receiver, outcome="retried").inc(result.attempts - 1)
        if result.delivered:
            self.store.finish_notification(n.notification_id, "sent", n.attempts + result.attempts, None)
            self.metrics.notifications.labels(receiver=n.receiver, outcome="delivered").inc()
            return
        await self._give_up(n, result)

    def _over_limit(self, n: Notification) -> bool:
        """Count ``n`` in its receiver's window; True if the window is full (digests always pass)."""
        receiver = self.receivers.get(n.receiver)
        if receiver is None or receiver.rate_per_minute is None or n.kind == "digest":
            return False
        now = self.clock()
        window = self._windows.get(n.receiver)
        if window is None or now >= window.start + WINDOW_S:
            window = self._windows[n.receiver] = _Window(now)
        if window.sent < receiver.rate_per_minute:
            window.sent += 1
            return False
        return True

    def _digest_due(self) -> None:
        """Replace the held notifications of every receiver whose window closed by one digest."""
        by_receiver: dict[str, list[Notification]] = {}
        for n in self.store.held_notifications():
            by_receiver.setdefault(n.receiver, []).append(n)
        now = self.clock()
        for name, held in by_receiver.items():
            window = self._windows.get(name)
            if window is not None and now < window.start + WINDOW_S:
                self._holding.add(name)
                continue
            self.store.replace_held([n.notification_id for n in held], digest_of(name, held))
            self._windows[name] = _Window(now)
            self._holding.discard(name)
            logger.info("webhook %s: %d held alert(s) replaced by one storm digest", name, len(held))

    def next_digest_in(self) -> float | None:
        """Seconds until the next window with held alerts closes (None if nothing is held)."""
        ends = [self._windows[n].start + WINDOW_S for n in self._holding if n in self._windows]
        return max(0.0, min(ends) - self.clock()) if ends else None

    async def drain(self) -> int:
        """Deliver everything pending now (receivers in parallel, each in order); return how many
        notifications were handled (delivered, given up or held)."""
        self._digest_due()
        done = 0
        while pending := self.store.pending_notifications(self.batch):
            by_receiver: dict[str, list[Notification]] = {}
            for n in pending:
                by_receiver.setdefault(n.receiver, []).append(n)

            async def run(items: list[Notification]) -> None:
                for item in items:
                    if self._over_limit(item):
                        self.store.finish_notification(item.notification_id, "held", item.attempts, None)
                        self.metrics.notifications.labels(receiver=item.receiver, outcome="held").inc()
                        self._holding.add(item.receiver)
                    else:
                        await self._one(item)

            await asyncio.gather(*(run(items) for items in by_receiver.values()))
            done += len(pending)
        return done

    async def run(self, stop: asyncio.Event) -> None:
        """Drain, then sleep until kicked, ``stop`` is set, a rate-limit window with held alerts
        closes, or ``idle_s`` passed; until ``stop``."""
        while not stop.is_set():
            self._wake.clear()
            await self.drain()
            due = self.next_digest_in()
            timeout = self.idle_s if due is None else min(self.idle_s, due + 0.01)
            waits = [asyncio.ensure_future(self._wake.wait()), asyncio.ensure_future(stop.wait())]
            await asyncio.wait(waits, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
            for w in waits:
                w.cancel()
            await asyncio.gather(*waits, return_exceptions=True)
