"""The alerting service's use cases: take one signal record, change an alert's status, report status.

Per poll of signals (a batch): plan each signal with the engine on the state the previous ones left,
publish all the new alert versions (one producer flush, awaited), write the store in one transaction
(latest alert records, processed article ids, counters, pending notifications), then tell live
subscribers and the dispatcher. The consumer commits the poll's offsets afterwards (at-least-once;
a replayed signal is a duplicate by article id). If publishing or storing fails, the engine is put
back to the stored state and the error propagates, so nothing is committed.

Expiry: after every batch (and periodically, ``expire``), every open story with no new article for its
rule's ``expire_after_hours`` becomes ``expired`` — a new version, published, stored and notified like
any status change. Time is event time by default (the latest article time seen, so a replay of old
news expires exactly as the live stream did), the wall clock (``expiry_clock="wall"``) or never
(``"off"``: the engine is then built with ``expiry=False``).

Notifications are routed: each receiver whose filters accept the alert version gets one. A version
that matches an active silence is still published, stored and shown; its notifications are logged
as ``silenced`` and never sent.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Literal, NamedTuple

from pydantic import ValidationError

from vigie.contracts import Alert, AlertStatus, DeadLetter, Signal, utcnow
from vigie.deadletter import dead_letter
from vigie.errors import MalformedInput
from vigie.topics import SIGNALS
from vigie_alerting.broadcast import AlertHub
from vigie_alerting.core.engine import AlertEngine, Change
from vigie_alerting.core.regions import RegionBook, RegionError, load_regions
from vigie_alerting.core.silences import Silence, SilenceRequest
from vigie_alerting.core.stories import StoryRecord
from vigie_alerting.metrics import AlertingMetrics
from vigie_alerting.notifier import Delivery
from vigie_alerting.publisher import Publisher
from vigie_alerting.receivers import Receiver
from vigie_alerting.store import AlertStore, Notification, NotificationStatus

logger = logging.getLogger(__name__)
ExpiryClock = Literal["event", "wall", "off"]


class Incoming(NamedTuple):
    """One record read from the signals topic, with where it was read (kept in dead letters)."""

    value: bytes | None
    topic: str = SIGNALS
    partition: int | None = None
    offset: int | None = None


class AlertingService:
    """Holds the engine, the store and the outputs; every state change goes through one lock."""

    def __init__(
        self,
        engine: AlertEngine,
        store: AlertStore,
        publisher: Publisher,
        metrics: AlertingMetrics,
        hub: AlertHub,
        *,
        receivers: Sequence[str | Receiver] | None = None,
        clock: Callable[[], datetime] = utcnow,
        kick: Callable[[], None] = lambda: None,
        expiry_clock: ExpiryClock = "event",
        regions: RegionBook | None = None,
    ) -> None:
        self.engine = engine
        self.store = store
        self.publisher = publisher
        self.metrics = metrics
        self.hub = hub
        self.receivers = [Receiver.generic(r) if isinstance(r, str) else r for r in receivers or []]
        self.clock = clock
        self.kick = kick
        self.expiry_clock: ExpiryClock = expiry_clock
        self.regions = regions or load_regions()
        for receiver in self.receivers:
            receiver.check_regions(self.regions)
        self.ready = False
        self._lock = asyncio.Lock()
        self.silences: list[Silence] = store.silences()

    def status(self) -> dict[str, int]:
        return {
            "signals_processed": self.store.counter("signals"),
            "articles_processed": self.engine.articles_processed,
            "alerts": len(self.engine.alerts()),
            "dead_letters": self.store.counter("dead_letters"),
        }

    async def handle_record(
        self,
        value: bytes | None,
        *,
        topic: str = SIGNALS,
        partition: int | None = None,
        offset: int | None = None,
    ) -> str:
        """Process one record of ``vigie.signals.v1``; return the outcome label (see ``handle_records``)."""
        return (await self.handle_records([Incoming(value, topic, partition, offset)]))[0]

    async def handle_signal(self, signal: Signal) -> str:
        """Process one decoded signal; return the outcome label."""
        return (await self._process([signal]))[0]

    async def handle_records(self, records: Sequence[Incoming]) -> list[str]:
        """Process a poll's records of ``vigie.signals.v1`` as one batch; one outcome label per record.

        Undecodable or invalid records are dead-lettered. When this returns, every output of the batch
        is acknowledged by the broker and its state is committed: the caller may commit the offsets.
        DeliveryError (broker down) or a store error propagates with the engine left as stored, so
        the offsets are not committed and a replay plans the same versions.
        """
        return await self._process([self._decode(r) for r in records])

    def _decode(self, rec: Incoming) -> Signal | DeadLetter:
        try:
            if rec.value is None:
                raise MalformedInput("empty record (tombstone) on the signals topic")
            return Signal.model_validate_json(rec.value)
        except (MalformedInput, ValidationError) as exc:
            logger.warning(
                "bad signal at %s[%s]@%s dead-lettered: %s", rec.topic, rec.partition, rec.offset, exc
            )
            not_json = isinstance(exc, ValidationError) and exc.errors()[0]["type"] == "json_invalid"
            stage = "decode" if isinstance(exc, MalformedInput) or not_json else "validate"
            return dead_letter(
                "alerting",
                rec.value or b"",
                exc,
                stage=stage,
                source_topic=rec.topic,
                partition=rec.partition,
                offset=rec.offset,
            )

    async def _process(self, items: Sequence[Signal | DeadLetter]) -> list[str]:
        """Plan every signal on the state its predecessors left, then publish all versions (one flush),
        then store everything in one transaction; the engine is reverted if either step fails."""
        labels: list[str] = []
        done: list[tuple[Signal, list[Change]]] = []
        async with self._lock:
            now = self.clock()
            previous: dict[str, StoryRecord | None] = {}
            watermark = self.engine.watermark
            applied: list[str] = []
            latest: dict[str, StoryRecord] = {}
            alerts: list[Alert] = []
            notifications: list[Notification] = []
            dead: list[DeadLetter] = []
            try:
                for item in items:
                    if isinstance(item, DeadLetter):
                        dead.append(item)
                        labels.append("dead_letter")
                        continue
                    outcome = self.engine.plan(item, now)
                    for c in outcome.changes:
                        previous.setdefault(c.alert.alert_id, self.engine.record(c.alert.alert_id))
                        latest[c.alert.alert_id] = c.record
                        alerts.append(c.alert)
                    notifications.extend(self._notifications(outcome.changes))
                    if not outcome.duplicate:
                        applied.append(item.article_id)
                    self.engine.apply(outcome)
                    done.append((item, outcome.changes))
                    labels.append(
                        "duplicate" if outcome.duplicate else ("alerted" if outcome.changes else "no_alert")
                    )
                for record in dead:
                    await self.publisher.publish_dead_letter(record)
                if alerts:
                    await self.publisher.publish_alerts(alerts)
                counters = {"signals": len(done), "dead_letters": len(dead)}
                self.store.save(
                    list(latest.values()),
                    article_ids=applied,
                    counters={k: v for k, v in counters.items() if v},
                    notifications=notifications,
                )
            except BaseException:
                self.engine.revert(previous, applied, watermark)
                raise
        for label in labels:
            self.metrics.signals.labels(outcome=label).inc()
        for signal, changes in done:
            self._observe(changes, signal)
            self._announce(changes)
            if changes:
                logger.info(
                    "article %s: %s",
                    signal.article_id,
                    ", ".join(f"{c.alert.alert_id} v{c.alert.version} {c.kind}" for c in changes),
                )
        if done:
            await self.expire()
        return labels

    async def expire(self) -> list[Alert]:
        """Expire every open story gone quiet for its rule's time; return the new versions.

        Event time (default) is the latest article time the engine has seen; the wall clock is the
        service clock. Published, stored and notified like any status change; idempotent.
        """
        async with self._lock:
            now = self.clock()
            reference = self.engine.watermark if self.expiry_clock == "event" else now
            if reference is None or self.expiry_clock == "off":
                return []
            changes = self.engine.plan_expiry(reference, now)
            if not changes:
                return []
            await self.publisher.publish_alerts([c.alert for c in changes])
            self.store.save([c.record for c in changes], notifications=self._notifications(changes))
            self.engine.apply_changes(changes)
        for c in changes:
            self.metrics.alert_updates.inc()
            logger.info(
                "alert %s expired (v%d): %s", c.alert.alert_id, c.alert.version, c.alert.status_reason
            )
        self._announce(changes)
        return [c.alert for c in changes]

    async def set_status(self, alert_id: str, status: AlertStatus) -> Alert | None:
        """Move an alert to ``status`` (a new version); None if unknown. TransitionError if forbidden."""
        async with self._lock:
            if self.engine.record(alert_id) is None:
                return None
            change = self.engine.plan_status(alert_id, status, self.clock())
            if change is None:
                record = self.engine.record(alert_id)
                return record.alert if record is not None else None
            await self.publisher.publish_alerts([change.alert])
            self.store.save([change.record], notifications=self._notifications([change]))
            self.engine.apply_changes([change])
        self._announce([change])
        logger.info("alert %s is now %s (v%d)", alert_id, status, change.alert.version)
        return change.alert

    async def on_dead_notification(self, n: Notification, result: Delivery) -> None:
        """The dispatcher gave up: keep the payload in the dead-letter topic."""
        error = f"webhook {n.receiver} refused {n.alert_id} v{n.version}: {result.error}"
        record = dead_letter("alerting", n.payload, error, stage="notify", source_topic=None)
        await self.publisher.publish_dead_letter(record)

    async def add_silence(self, request: SilenceRequest) -> Silence:
        """Store a new silence (ValueError if its span is empty or it names an undefined region); it
        applies to the next versions."""
        try:
            request.matchers.check_regions(self.regions)
        except RegionError as exc:
            raise ValueError(str(exc)) from None
        silence = request.build(self.clock())
        async with self._lock:
            self.store.save_silence(silence)
            self.silences.append(silence)
        logger.info("silence %s by %s: %s", silence.silence_id, silence.author, silence.matchers)
        return silence

    async def delete_silence(self, silence_id: str) -> bool:
        async with self._lock:
            deleted = self.store.delete_silence(silence_id)
            self.silences = [s for s in self.silences if s.silence_id != silence_id]
        if deleted:
            logger.info("silence %s deleted", silence_id)
        return deleted

    def silenced_by(self, alert: Alert) -> Silence | None:
        """The first silence active now that matches ``alert``."""
        now = self.clock()
        return next((s for s in self.silences if s.silences(alert, now, self.regions)), None)

    def _notifications(self, changes: list[Change]) -> list[Notification]:
        out: list[Notification] = []
        for c in changes:
            if not c.notify:
                continue
            alert = c.alert
            silence = self.silenced_by(alert)
            if silence is not None:
                logger.info("%s v%d silenced by %s", alert.alert_id, alert.version, silence.silence_id)
            payload = alert.model_dump_json().encode()
            status: NotificationStatus = "pending" if silence is None else "silenced"
            out.extend(
                Notification.new(alert.alert_id, alert.version, r.name, payload, status=status)
                for r in self.receivers
                if r.accepts(alert, self.regions)
            )
        return out

    def _observe(self, changes: list[Change], signal: Signal) -> None:
        for c in changes:
            alert = c.alert
            if c.kind == "created":
                self.metrics.alerts.labels(kind=alert.kind, severity=alert.severity).inc()
                if signal.published is not None:
                    lag = (alert.first_seen - signal.published).total_seconds()
                    self.metrics.detection_latency.observe(max(0.0, lag))
            else:
                self.metrics.alert_updates.inc()
                if c.escalated or c.severity_raised:
                    self.metrics.escalations.labels(kind=alert.kind, severity=alert.severity).inc()
            self.metrics.ingest_to_alert.observe(
                max(0.0, (alert.updated_at - signal.ingested_at).total_seconds())
            )

    def _announce(self, changes: list[Change]) -> None:
        for c in changes:
            self.hub.publish(c.alert)
        if any(c.notify for c in changes) and self.receivers:
            self.kick()
