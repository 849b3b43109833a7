"""Wiring: build the ingest service's parts from settings, run it until stopped, close everything."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import dataclass

import httpx
import uvicorn

from vigie.kafka import make_producer
from vigie_ingest.dedup_store import DedupStore
from vigie_ingest.feed_poller import FeedPoller, PollPolicy
from vigie_ingest.feeds_config import FeedConfig
from vigie_ingest.file_ingest import FileIngestor, FileSummary
from vigie_ingest.http_app import create_app
from vigie_ingest.language_codes import load_language_codes
from vigie_ingest.metrics import IngestMetrics
from vigie_ingest.normalise import NormaliseConfig
from vigie_ingest.pipeline import Ingestor
from vigie_ingest.settings import IngestSettings
from vigie_ingest.sink import KafkaSink, Sink
from vigie_ingest.tracking import load_tracking_params

logger = logging.getLogger(__name__)

_POLL_GRACE_S = 5.0


def build_ingestor(settings: IngestSettings, sink: Sink, store: DedupStore) -> Ingestor:
    """An Ingestor with a fresh metrics registry and the bundled tracking-parameter list."""
    config = NormaliseConfig(load_tracking_params(), load_language_codes(), settings.max_article_chars)
    return Ingestor(sink, store, config, IngestMetrics.create())


def poll_policy(settings: IngestSettings) -> PollPolicy:
    return PollPolicy(
        default_interval_s=settings.default_poll_interval_s,
        backoff_base_s=settings.backoff_base_s,
        max_backoff_s=settings.max_backoff_s,
        fetch_timeout_s=settings.fetch_timeout_s,
        max_body_bytes=settings.max_body_bytes,
    )


@dataclass
class Parts:
    """What a running ingest process holds."""

    settings: IngestSettings
    sink: KafkaSink
    store: DedupStore
    ingestor: Ingestor


@contextlib.asynccontextmanager
async def open_parts(settings: IngestSettings) -> AsyncIterator[Parts]:
    """Open the store and a (not yet started) Kafka sink; flush and close both on exit."""
    store = DedupStore.open(settings.state_dir)
    client_id = f"{settings.kafka_client_id}-ingest"
    sink = KafkaSink(lambda: make_producer(settings.kafka_bootstrap, client_id=client_id))
    try:
        yield Parts(settings, sink, store, build_ingestor(settings, sink, store))
    finally:
        try:
            await sink.stop()
        finally:
            store.close()


async def ingest_file(settings: IngestSettings, lines: Iterable[bytes], source_file: str) -> FileSummary:
    """Ingest JSON Lines through the broker; raise DeliveryError if the broker is unreachable."""
    async with open_parts(settings) as parts:
        await parts.sink.start(settings.broker_wait_s)
        runner = FileIngestor(
            parts.ingestor,
            source_file=source_file,
            max_line_bytes=settings.max_body_bytes,
            batch_size=settings.batch_size,
        )
        summary = await runner.run(lines)
        logger.info(
            "%s: %d accepted, %d duplicates, %d rejected",
            source_file,
            summary.accepted,
            summary.duplicates,
            summary.rejected,
        )
        return summary


class _Server(uvicorn.Server):
    """uvicorn without its own signal handling: the service decides when to stop."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


async def _run_server(server: uvicorn.Server) -> None:
    """Serve HTTP until ``server.should_exit``; uvicorn's exit on a startup failure is only logged."""
    try:
        await server.serve()
    except SystemExit as exc:
        # uvicorn calls sys.exit() when it cannot bind; inside a task that would end the loop.
        logger.error("HTTP server failed to start (exit %s)", exc.code)


async def _start_sink_until(sink: KafkaSink, stop: asyncio.Event) -> bool:
    """Start the producer, retrying until it works (True) or ``stop`` is set (False)."""
    starting = asyncio.create_task(sink.start(timeout=float("inf")))
    stopping = asyncio.create_task(stop.wait())
    await asyncio.wait({starting, stopping}, return_when=asyncio.FIRST_COMPLETED)
    stopping.cancel()
    if starting.done():
        starting.result()
        return True
    starting.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await starting
    return False


async def serve(settings: IngestSettings, feeds: list[FeedConfig], stop: asyncio.Event | None = None) -> int:
    """Run the push endpoint and feed polling until SIGTERM/SIGINT (or ``stop``); return an exit code."""
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    try:
        return await _serve_until(settings, feeds, stop)
    finally:
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(sig)
        logger.info("ingest stopped")


async def _serve_until(settings: IngestSettings, feeds: list[FeedConfig], stop: asyncio.Event) -> int:
    async with (
        open_parts(settings) as parts,
        httpx.AsyncClient(
            headers={"User-Agent": settings.user_agent},
            follow_redirects=True,
            timeout=settings.fetch_timeout_s,
        ) as client,
    ):
        app = create_app(settings, parts.ingestor)
        server = _Server(
            uvicorn.Config(
                app, host=settings.http_host, port=settings.http_port, log_config=None, access_log=False
            )
        )
        server_task = asyncio.create_task(_run_server(server), name="http")
        server_task.add_done_callback(lambda _: stop.set())
        poller = FeedPoller(feeds, client, parts.ingestor, parts.store, poll_policy(settings))
        logger.info(
            "ingest starting on %s:%d with %d feed(s), broker %s",
            settings.http_host,
            settings.http_port,
            len(feeds),
            settings.kafka_bootstrap,
        )
        polling: asyncio.Task[None] | None = None
        if await _start_sink_until(parts.sink, stop):
            logger.info("producer started")
            polling = asyncio.create_task(poller.run(stop), name="feeds")
        await stop.wait()
        logger.info("stopping: HTTP server and feed polling, then flushing the producer")
        server.should_exit = True
        if polling is not None:
            # A poll in progress may finish (its articles are then remembered); a slow one is
            # cancelled, and what it sent without being remembered is re-sent next time.
            _, pending = await asyncio.wait({polling}, timeout=_POLL_GRACE_S)
            for task in pending:
                task.cancel()
            await asyncio.gather(polling, return_exceptions=True)
        await server_task
        return 0 if server.started else 1
