"""The extractor's Faust app: one agent from ``vigie.articles.v1`` to signals, plus health and metrics pages.

``create_app(settings)`` builds everything (no app exists at import time). The agent reads raw bytes
and acknowledges each record by hand, only after ``ArticleProcessor.handle`` returned, i.e. after the
signal or dead letter was acknowledged by the broker. When not even a dead letter can be produced (or
anything else escapes the handler) the record is left unacknowledged and the app is crashed: the worker
exits with code 1 and the record is read again by the next worker (Faust commits only offsets below the
first unacknowledged one of each partition). Replays after a crash or rebalance yield the same ids.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from typing import Any, cast

import faust
from aiokafka.errors import KafkaError
from faust.exceptions import FaustError
from faust.web import Request, Response, View
from mode.types.signals import BaseSignalT
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from vigie.errors import DeliveryError
from vigie.topics import ARTICLES, DEADLETTER, SIGNALS, spec
from vigie_extractor.metrics import ExtractorMetrics
from vigie_extractor.pipeline import ArticleExtractor, ArticleProcessor, Origin, Outcome, Sink
from vigie_extractor.settings import ExtractorSettings

logger = logging.getLogger(__name__)

MAX_MESSAGE_BYTES = 8 * 1024 * 1024


class FaustSink:
    """Produces through the app's producer and waits for the broker's acknowledgement."""

    def __init__(self, topics: Mapping[str, faust.TopicT]) -> None:
        self.topics = topics

    async def send(self, topic: str, key: bytes | None, value: bytes) -> None:
        try:
            # force=True: produce now, not when the source record is committed (Faust "attachments"),
            # so that the delivery can be awaited before the source record is acknowledged.
            pending = await self.topics[topic].send(key=key, value=value, force=True)
            await pending
        except (KafkaError, FaustError, OSError, TimeoutError) as exc:
            raise DeliveryError(f"producing to {topic} failed: {exc!r}") from exc


@dataclass
class WorkerState:
    """What ``/readyz`` reports: the group gave this worker its partitions and no rebalance is running."""

    assigned: bool = False


def _raw_topic(app: faust.App, name: str) -> faust.TopicT:
    return app.topic(
        name,
        key_type=bytes,
        value_type=bytes,
        key_serializer="raw",
        value_serializer="raw",
        partitions=spec(name).partitions,
    )


def faust_settings(settings: ExtractorSettings) -> dict[str, Any]:
    """Faust configuration derived from our settings (see BROKER.md for the broker-specific values)."""
    return {
        # Faust would otherwise let variables such as WEB_PORT or BROKER_URL override what we pass:
        # our settings are the only configuration, so it gets an empty environment.
        "env": {},
        "broker": [f"kafka://{host.strip()}" for host in settings.kafka_bootstrap.split(",") if host.strip()],
        "broker_client_id": settings.kafka_client_id,
        "autodiscover": False,
        "datadir": str(settings.data_dir),
        "store": "memory://",
        "web_enabled": True,
        "web_bind": settings.web_host,
        "web_host": settings.web_host,
        "web_port": settings.web_port,
        "broker_session_timeout": settings.broker_session_timeout,
        "broker_heartbeat_interval": settings.broker_heartbeat_interval,
        "broker_commit_interval": settings.commit_interval,
        "processing_guarantee": settings.processing_guarantee,
        "producer_acks": settings.producer_acks,
        "producer_request_timeout": settings.produce_timeout,
        "producer_max_request_size": MAX_MESSAGE_BYTES,
        "consumer_max_fetch_size": MAX_MESSAGE_BYTES,
        "consumer_auto_offset_reset": settings.auto_offset_reset,
        "stream_publish_on_commit": False,
        # Topics are created with explicit partition counts by `vigie broker` / the deployment,
        # never by Faust with its own defaults; no leader topic either (no tables, no timers).
        "topic_allow_declare": False,
        "topic_disable_leader": True,
        "topic_partitions": spec(ARTICLES).partitions,
    }


def create_app(
    settings: ExtractorSettings,
    *,
    extractor: ArticleExtractor | None = None,
    sink: Sink | None = None,
    metrics: ExtractorMetrics | None = None,
) -> faust.App:
    """The extractor app. ``extractor`` defaults to ``Extractor.load()`` (loaded once, here) and ``sink``
    to the app's own producer; tests pass fakes for both."""
    if extractor is None:
        from vigie_extractor.core import Extractor

        extractor = Extractor.load()
    app = faust.App(settings.group_id, **faust_settings(settings))
    metrics = metrics or ExtractorMetrics.create()
    articles = _raw_topic(app, ARTICLES)
    sink = sink or FaustSink({name: _raw_topic(app, name) for name in (SIGNALS, DEADLETTER)})
    processor = ArticleProcessor(extractor, sink, metrics)
    state = WorkerState()
    logger.info(
        "extractor app %s: extractor %s, broker %s, web %s:%s",
        settings.group_id,
        extractor.version,
        settings.kafka_bootstrap,
        settings.web_host,
        settings.web_port,
    )

    @app.agent(articles, name="vigie_extractor.extract")
    async def extract(stream: faust.StreamT[bytes]) -> AsyncIterator[Outcome]:
        manual = cast(faust.Stream[bytes], stream).noack()
        async for event in manual.events():
            message = event.message
            origin = Origin(message.topic, message.partition, message.offset)
            raw = event.value if isinstance(event.value, bytes) else b""
            try:
                outcome = await processor.handle(raw, origin)
            except Exception as exc:  # DeliveryError, or a bug: crash policy, the record stays unacked
                logger.critical(
                    "stopping the worker: record %s[%s]@%s left uncommitted",
                    origin.topic,
                    origin.partition,
                    origin.offset,
                    exc_info=exc,
                )
                await app.crash(exc)
                raise
            await manual.ack(event)
            yield outcome

    @app.on_partitions_assigned.connect
    def on_assigned(sender: Any, /, *args: Any, signal: BaseSignalT[Any], **kwargs: Any) -> None:
        state.assigned = True

    @app.page("/livez")
    async def livez(web: View, request: Request) -> Response:
        return web.json({"status": "alive"})

    @app.page("/readyz")
    async def readyz(web: View, request: Request) -> Response:
        ready = state.assigned and not app.rebalancing and not app.should_stop
        body = {"ready": ready, "assigned": state.assigned, "rebalancing": bool(app.rebalancing)}
        return web.json(body, status=200 if ready else 503)

    @app.page("/metrics")
    async def metrics_page(web: View, request: Request) -> Response:
        return web.bytes(generate_latest(metrics.registry), content_type=CONTENT_TYPE_LATEST.split(";")[0])

    return app
