"""Wiring: build the alerting service from settings, run consumer, dispatcher and HTTP until stopped."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Iterator
from datetime import timedelta

import httpx
import uvicorn
from aiokafka import AIOKafkaConsumer

from vigie.kafka import make_consumer, make_producer, wait_for_broker
from vigie.topics import SIGNALS
from vigie_alerting.broadcast import AlertHub
from vigie_alerting.core.engine import AlertEngine
from vigie_alerting.core.regions import RegionBook
from vigie_alerting.core.rules import RuleBook
from vigie_alerting.core.stories import StoryPolicy
from vigie_alerting.core.textsim import TextSimilarity
from vigie_alerting.dispatcher import Dispatcher
from vigie_alerting.embedder import load_embedder
from vigie_alerting.http_app import create_app
from vigie_alerting.metrics import AlertingMetrics
from vigie_alerting.notifier import WebhookNotifier
from vigie_alerting.publisher import KafkaPublisher
from vigie_alerting.service import AlertingService, Incoming
from vigie_alerting.settings import AlertingSettings
from vigie_alerting.store import AlertStore, open_store

logger = logging.getLogger(__name__)


def story_policy(settings: AlertingSettings) -> StoryPolicy:
    return StoryPolicy(
        story_window=timedelta(hours=settings.story_window_hours),
        event_date_days=settings.event_date_days,
        nearby_km=settings.nearby_km,
        secondary_far_km=settings.secondary_far_km,
    )


class _Server(uvicorn.Server):
    """uvicorn without its own signal handling: the service decides when to stop."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


async def consume(service: AlertingService, consumer: AIOKafkaConsumer, stop: asyncio.Event) -> None:
    """Handle each poll as one batch, then commit its offsets (at-least-once; replays are no-ops).

    ``handle_records`` returns once the batch's alert versions are acknowledged by the broker and its
    state is committed, so an offset is never committed ahead of its effects.
    """
    while not stop.is_set():
        batches = await consumer.getmany(timeout_ms=500, max_records=200)
        records = [
            Incoming(rec.value, rec.topic, rec.partition, rec.offset)
            for part in batches.values()
            for rec in part
        ]
        if records:
            await service.handle_records(records)
            await consumer.commit()


async def expire_periodically(service: AlertingService, stop: asyncio.Event, interval_s: float) -> None:
    """Sweep for quiet stories every ``interval_s`` until ``stop`` (with the wall clock, stories
    expire even when no signal arrives; in event time this catches up after a restart)."""
    while not stop.is_set():
        await service.expire()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=interval_s)


def build_server(service: AlertingService, settings: AlertingSettings) -> _Server:
    app = create_app(service, settings.api_token)
    config = uvicorn.Config(
        app,
        host=settings.http_host,
        port=settings.http_port,
        log_config=None,
        access_log=False,
        timeout_graceful_shutdown=3,
    )
    return _Server(config)


def build_notifier(settings: AlertingSettings, client: httpx.AsyncClient) -> WebhookNotifier:
    """The webhook poster; the dispatcher counts its outcomes (retries included) per receiver name."""
    secret = settings.webhook_secret.get_secret_value().encode() if settings.webhook_secret else None
    return WebhookNotifier(
        client,
        secret,
        max_attempts=settings.webhook_max_attempts,
        backoff_s=settings.webhook_backoff_s,
        backoff_max_s=settings.webhook_backoff_max_s,
    )


def build_store(settings: AlertingSettings) -> AlertStore:
    """PostgreSQL when ``VIGIE_ALERTING_DATABASE_URL`` is set, else SQLite under ``state_dir``."""
    url = settings.database_url.get_secret_value() if settings.database_url is not None else None
    store = open_store(url, settings.state_dir)
    logger.info("state store: %s", "postgresql" if url else f"sqlite in {settings.state_dir}")
    return store


async def _await_all(tasks: list[asyncio.Task[None]]) -> bool:
    """Wait for the worker tasks; True if one of them failed (its traceback is logged)."""
    failed = False
    for task in tasks:
        try:
            await task
        except Exception:
            logger.exception("task %s failed; the service stops without committing further", task.get_name())
            failed = True
    return failed


async def serve(
    settings: AlertingSettings,
    book: RuleBook,
    stop: asyncio.Event | None = None,
    *,
    regions: RegionBook | None = None,
) -> int:
    """Run until SIGTERM/SIGINT (or ``stop``); return an exit code (1 if a part failed)."""
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    store = build_store(settings)
    engine = AlertEngine(
        book,
        story_policy(settings),
        records=store.load_records(),
        processed=store.processed_ids(),
        similarity=TextSimilarity(load_embedder() if settings.text_embeddings else None),
        expiry=settings.expiry_clock != "off",
    )
    logger.info("state loaded: %d alerts, %d articles", len(engine.alerts()), engine.articles_processed)
    metrics = AlertingMetrics.create()
    client_id = f"{settings.kafka_client_id}-alerting"
    # Alert versions repeat their story's article list and evidence in full (the contract), so
    # large stories make large, very repetitive records: lz4 batches cut the bytes the broker and
    # every subscriber move several times over, for little CPU. Consumers decompress transparently.
    producer = make_producer(settings.kafka_bootstrap, client_id=client_id, compression_type="lz4")
    consumer = make_consumer(
        settings.kafka_bootstrap,
        SIGNALS,
        group_id=settings.group_id,
        client_id=client_id,
        auto_offset_reset=settings.auto_offset_reset,
    )
    failed = False
    tasks: list[asyncio.Task[None]] = []
    receivers = settings.all_receivers()
    async with httpx.AsyncClient(timeout=settings.webhook_timeout_s) as client:
        service = AlertingService(
            engine,
            store,
            KafkaPublisher(producer),
            metrics,
            AlertHub(),
            receivers=receivers,
            expiry_clock=settings.expiry_clock,
            regions=regions,
        )
        dispatcher = Dispatcher(
            store,
            build_notifier(settings, client),
            metrics,
            service.on_dead_notification,
            receivers=receivers,
            external_url=settings.external_url,
        )
        service.kick = dispatcher.kick
        server = build_server(service, settings)
        server_task = asyncio.create_task(server.serve(), name="http")
        server_task.add_done_callback(lambda _: stop.set())
        try:
            await wait_for_broker(settings.kafka_bootstrap, settings.broker_wait_s)
            await producer.start()
            await consumer.start()
            service.ready = True
            logger.info(
                "alerting on %s:%d, broker %s, group %s, %d rule(s), %d webhook receiver(s)",
                settings.http_host,
                settings.http_port,
                settings.kafka_bootstrap,
                settings.group_id,
                len(book.rules),
                len(receivers),
            )
            for name, coro in (
                ("consume", consume(service, consumer, stop)),
                ("webhooks", dispatcher.run(stop)),
                ("expiry", expire_periodically(service, stop, settings.expiry_interval_s)),
            ):
                task = asyncio.create_task(coro, name=name)
                task.add_done_callback(lambda _: stop.set())
                tasks.append(task)
            await stop.wait()
        except (TimeoutError, OSError) as exc:
            logger.error("alerting could not start: %s", exc)
            failed = True
        finally:
            logger.info("stopping: consumer, webhooks, HTTP, producer")
            service.ready = False
            stop.set()
            failed = await _await_all(tasks) or failed
            service.hub.close()
            server.should_exit = True
            with contextlib.suppress(SystemExit):
                await server_task
            await consumer.stop()
            await producer.stop()
            store.close()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.remove_signal_handler(sig)
    logger.info("alerting stopped")
    return 1 if failed or not server.started else 0
