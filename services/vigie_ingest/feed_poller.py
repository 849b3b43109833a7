"""Poll RSS/Atom feeds over HTTP: conditional GET, bounded bodies, per-feed interval, backoff on errors."""

from __future__ import annotations

import asyncio
import logging
import random
import time
from dataclasses import dataclass

import httpx

from vigie.errors import DeliveryError, InputError, PayloadTooLarge
from vigie_ingest.dedup_store import DedupStore, Validators
from vigie_ingest.feed_parse import HostileXml, NotAFeed, ParsedFeed, parse_feed
from vigie_ingest.feeds_config import FeedConfig
from vigie_ingest.pipeline import Ingestor

logger = logging.getLogger(__name__)


class FeedError(Exception):
    """A fetch that failed; ``kind`` labels the error metric (network, http, too_large, ...)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class FetchResult:
    """A fetched document (``body`` is None when the server answered 304 Not Modified)."""

    body: bytes | None
    validators: Validators


@dataclass(frozen=True)
class PollPolicy:
    """Timing and size limits of the poller (from the settings)."""

    default_interval_s: float = 300.0
    backoff_base_s: float = 5.0
    max_backoff_s: float = 3600.0
    fetch_timeout_s: float = 20.0
    max_body_bytes: int = 5 * 1024 * 1024


def backoff_delay(failures: int, base: float, cap: float, rng: random.Random) -> float:
    """Exponential backoff with jitter: ``base·2^(failures-1)``, capped, times a random 0.5–1.

    >>> 10.0 <= backoff_delay(3, 5.0, 60.0, random.Random()) <= 20.0
    True
    """
    exponent = min(max(failures - 1, 0), 30)
    return float(min(cap, base * 2**exponent) * rng.uniform(0.5, 1.0))


async def fetch_feed(
    client: httpx.AsyncClient, feed: FeedConfig, validators: Validators, policy: PollPolicy
) -> FetchResult:
    """GET the feed with its validators; stream the body and stop past ``max_body_bytes``."""
    headers: dict[str, str] = {}
    if validators.etag:
        headers["If-None-Match"] = validators.etag
    if validators.last_modified:
        headers["If-Modified-Since"] = validators.last_modified
    try:
        async with client.stream("GET", feed.url, headers=headers, timeout=policy.fetch_timeout_s) as resp:
            if resp.status_code == 304:
                return FetchResult(None, validators)
            if resp.status_code != 200:
                raise FeedError("http", f"HTTP {resp.status_code}")
            declared = resp.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > policy.max_body_bytes:
                raise FeedError("too_large", f"Content-Length {declared} exceeds {policy.max_body_bytes}")
            chunks: list[bytes] = []
            size = 0
            async for chunk in resp.aiter_bytes():
                size += len(chunk)
                if size > policy.max_body_bytes:
                    raise FeedError("too_large", f"body exceeds {policy.max_body_bytes} bytes")
                chunks.append(chunk)
            fresh = Validators(resp.headers.get("etag"), resp.headers.get("last-modified"))
            return FetchResult(b"".join(chunks), fresh)
    except httpx.TimeoutException as exc:
        raise FeedError("timeout", f"timed out: {exc!r}") from exc
    except httpx.HTTPError as exc:
        raise FeedError("network", f"{type(exc).__name__}: {exc}") from exc


def _parse_error_kind(exc: InputError) -> str:
    if isinstance(exc, HostileXml):
        return "hostile_xml"
    if isinstance(exc, NotAFeed):
        return "not_a_feed"
    if isinstance(exc, PayloadTooLarge):
        return "too_large"
    return "malformed"


class FeedPoller:
    """Polls each configured feed in its own task and hands new items to the Ingestor."""

    def __init__(
        self,
        feeds: list[FeedConfig],
        client: httpx.AsyncClient,
        ingestor: Ingestor,
        store: DedupStore,
        policy: PollPolicy,
        *,
        rng: random.Random | None = None,
    ) -> None:
        self.feeds = feeds
        self.client = client
        self.ingestor = ingestor
        self.store = store
        self.policy = policy
        self.rng = rng or random.Random()
        self.failures: dict[str, int] = {f.name: 0 for f in feeds}

    async def poll_once(self, feed: FeedConfig) -> float:
        """Fetch and ingest one feed; return how long to wait before the next poll."""
        metrics = self.ingestor.metrics
        started = time.monotonic()
        try:
            result = await fetch_feed(
                self.client, feed, self.store.validators(feed.name, feed.url), self.policy
            )
            if result.body is None:
                metrics.feed_fetches.labels(feed=feed.name, result="not_modified").inc()
            else:
                await self._ingest(feed, result.body)
                # Validators are saved only once every item was acknowledged: a failed delivery
                # makes the next poll fetch the full document again.
                self.store.save_validators(feed.name, feed.url, result.validators)
                metrics.feed_fetches.labels(feed=feed.name, result="ok").inc()
        except FeedError as exc:
            return self._failed(feed, exc.kind, str(exc))
        except InputError as exc:
            return self._failed(feed, _parse_error_kind(exc), str(exc))
        except DeliveryError as exc:
            return self._failed(feed, "delivery", str(exc))
        finally:
            metrics.feed_fetch_seconds.labels(feed=feed.name).observe(time.monotonic() - started)
        self.failures[feed.name] = 0
        return feed.interval_s or self.policy.default_interval_s

    async def _ingest(self, feed: FeedConfig, body: bytes) -> None:
        parsed: ParsedFeed = await asyncio.to_thread(parse_feed, body, lang=feed.lang, source=feed.source)
        for reason in parsed.rejected:
            logger.info("feed %s: skipped %s", feed.name, reason)
        self.ingestor.count("rejected", "feed", len(parsed.rejected))
        results = await self.ingestor.ingest(parsed.articles, origin="feed", feed=feed.name)
        accepted = sum(r.status == "accepted" for r in results)
        logger.info("feed %s: %d items, %d new", feed.name, len(results), accepted)

    def _failed(self, feed: FeedConfig, kind: str, message: str) -> float:
        self.failures[feed.name] += 1
        failures = self.failures[feed.name]
        self.ingestor.metrics.feed_errors.labels(feed=feed.name, kind=kind).inc()
        self.ingestor.metrics.feed_fetches.labels(feed=feed.name, result="error").inc()
        delay = backoff_delay(failures, self.policy.backoff_base_s, self.policy.max_backoff_s, self.rng)
        logger.warning(
            "feed %s failed (%s: %s), attempt %d; retrying in %.1fs",
            feed.name,
            kind,
            message,
            failures,
            delay,
        )
        return delay

    async def run_feed(self, feed: FeedConfig, stop: asyncio.Event) -> None:
        """Poll ``feed`` until ``stop`` is set."""
        while not stop.is_set():
            try:
                delay = await self.poll_once(feed)
            except Exception:
                # A bug must not end polling for good: log the traceback and back off.
                logger.exception("feed %s: unexpected error", feed.name)
                delay = self._failed(feed, "internal", "unexpected error")
            try:
                await asyncio.wait_for(stop.wait(), timeout=delay)
            except TimeoutError:
                continue

    async def run(self, stop: asyncio.Event) -> None:
        """Poll every feed concurrently until ``stop`` is set."""
        async with asyncio.TaskGroup() as group:
            for feed in self.feeds:
                group.create_task(self.run_feed(feed, stop), name=f"feed:{feed.name}")
