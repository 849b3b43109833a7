"""Feed polling over httpx.MockTransport: conditional GET, size limits, errors and backoff."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable

import httpx
import pytest
from ingest_doubles import RecordingSink
from ingest_feed_documents import BILLION_LAUGHS, HTML_PAGE, MALFORMED, RSS, XXE

from vigie_ingest.dedup_store import DedupStore, Validators
from vigie_ingest.feed_poller import FeedPoller, PollPolicy, backoff_delay
from vigie_ingest.feeds_config import FeedConfig
from vigie_ingest.pipeline import Ingestor

FEED = FeedConfig(name="wire", url="https://feeds.example.org/world.xml", interval_s=120, lang="en")
POLICY = PollPolicy(default_interval_s=300, backoff_base_s=10, max_backoff_s=200, max_body_bytes=20_000)

Handler = Callable[[httpx.Request], httpx.Response]


def poller_for(
    handler: Handler, ingestor: Ingestor, store: DedupStore, policy: PollPolicy = POLICY
) -> FeedPoller:
    client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return FeedPoller([FEED], client, ingestor, store, policy, rng=random.Random(7))


def errors(ingestor: Ingestor, kind: str) -> float:
    value = ingestor.metrics.registry.get_sample_value(
        "vigie_ingest_feed_errors_total", {"feed": "wire", "kind": kind}
    )
    return value or 0.0


async def test_new_items_are_ingested_and_the_interval_is_the_feeds(
    ingestor: Ingestor, store: DedupStore, sink: RecordingSink
) -> None:
    poller = poller_for(lambda _: httpx.Response(200, content=RSS), ingestor, store)
    delay = await poller.poll_once(FEED)
    assert delay == 120
    assert [a.url for a in sink.articles] == [
        "https://www.example.org/world/geneva-talks",
        "https://www.example.org/world/second",
    ]
    assert all(a.origin == "feed" and a.feed == "wire" and a.lang == "en" for a in sink.articles)
    assert "track()" not in sink.articles[0].text
    reg = ingestor.metrics.registry
    assert reg.get_sample_value("vigie_ingest_articles_total", {"outcome": "accepted", "origin": "feed"}) == 2
    assert reg.get_sample_value("vigie_ingest_articles_total", {"outcome": "rejected", "origin": "feed"}) == 1
    assert reg.get_sample_value("vigie_ingest_feed_fetch_seconds_count", {"feed": "wire"}) == 1
    # Polling again finds nothing new: the items were remembered once acknowledged.
    await poller.poll_once(FEED)
    assert len(sink.articles) == 2
    assert (
        reg.get_sample_value("vigie_ingest_articles_total", {"outcome": "duplicate", "origin": "feed"}) == 2
    )


async def test_conditional_get_sends_validators_back_and_handles_304(
    ingestor: Ingestor, store: DedupStore, sink: RecordingSink
) -> None:
    seen: list[httpx.Headers] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers)
        if request.headers.get("if-none-match") == '"v1"':
            return httpx.Response(304)
        headers = {"ETag": '"v1"', "Last-Modified": "Sun, 01 Mar 2026 10:00:00 GMT"}
        return httpx.Response(200, content=RSS, headers=headers)

    poller = poller_for(handler, ingestor, store)
    await poller.poll_once(FEED)
    assert "if-none-match" not in seen[0] and "if-modified-since" not in seen[0]
    assert store.validators("wire", FEED.url) == Validators('"v1"', "Sun, 01 Mar 2026 10:00:00 GMT")
    delay = await poller.poll_once(FEED)
    assert seen[1]["if-none-match"] == '"v1"'
    assert seen[1]["if-modified-since"] == "Sun, 01 Mar 2026 10:00:00 GMT"
    assert delay == 120
    assert len(sink.articles) == 2
    reg = ingestor.metrics.registry
    assert (
        reg.get_sample_value("vigie_ingest_feed_fetches_total", {"feed": "wire", "result": "not_modified"})
        == 1
    )


async def test_backoff_grows_on_500s_is_capped_and_resets_after_success(
    ingestor: Ingestor, store: DedupStore
) -> None:
    status = {"code": 500}
    poller = poller_for(lambda _: httpx.Response(status["code"], content=RSS), ingestor, store)
    delays = [await poller.poll_once(FEED) for _ in range(7)]
    ceilings = [10, 20, 40, 80, 160, 200, 200]
    for delay, ceiling in zip(delays, ceilings, strict=True):
        assert ceiling / 2 <= delay <= ceiling
    assert delays[3] > delays[0]
    assert errors(ingestor, "http") == 7
    assert poller.failures["wire"] == 7
    status["code"] = 200
    assert await poller.poll_once(FEED) == 120
    assert poller.failures["wire"] == 0
    status["code"] = 503
    assert await poller.poll_once(FEED) <= 10


def test_backoff_delay_has_jitter_within_bounds() -> None:
    rng = random.Random()
    values = {backoff_delay(4, 5.0, 1000.0, rng) for _ in range(50)}
    assert len(values) > 1
    assert all(20.0 <= v <= 40.0 for v in values)
    assert all(backoff_delay(60, 5.0, 100.0, rng) <= 100.0 for _ in range(20))


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (MALFORMED, "malformed"),
        (HTML_PAGE, "not_a_feed"),
        (BILLION_LAUGHS, "hostile_xml"),
        (XXE, "hostile_xml"),
    ],
)
async def test_bad_documents_count_as_errors_and_back_off(
    ingestor: Ingestor, store: DedupStore, sink: RecordingSink, body: bytes, kind: str
) -> None:
    poller = poller_for(lambda _: httpx.Response(200, content=body), ingestor, store)
    delay = await poller.poll_once(FEED)
    assert delay <= POLICY.backoff_base_s
    assert errors(ingestor, kind) == 1
    assert sink.articles == []


async def test_oversized_feed_is_refused_by_content_length(ingestor: Ingestor, store: DedupStore) -> None:
    big = b"<rss>" + b" " * 30_000 + b"</rss>"
    poller = poller_for(lambda _: httpx.Response(200, content=big), ingestor, store)
    await poller.poll_once(FEED)
    assert errors(ingestor, "too_large") == 1


async def test_oversized_feed_without_length_stops_reading_past_the_limit(
    ingestor: Ingestor, store: DedupStore
) -> None:
    produced = {"chunks": 0}

    async def endless() -> object:
        while True:
            produced["chunks"] += 1
            yield b"<item>" + b"x" * 4_000 + b"</item>"

    poller = poller_for(lambda _: httpx.Response(200, content=endless()), ingestor, store)
    await poller.poll_once(FEED)
    assert errors(ingestor, "too_large") == 1
    assert produced["chunks"] <= 6


async def test_network_errors_and_timeouts_back_off(ingestor: Ingestor, store: DedupStore) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    await poller_for(refuse, ingestor, store).poll_once(FEED)
    await poller_for(slow, ingestor, store).poll_once(FEED)
    assert errors(ingestor, "network") == 1
    assert errors(ingestor, "timeout") == 1


async def test_failed_delivery_keeps_old_validators_so_items_are_fetched_again(
    ingestor: Ingestor, store: DedupStore, sink: RecordingSink
) -> None:
    poller = poller_for(lambda _: httpx.Response(200, content=RSS, headers={"ETag": '"v9"'}), ingestor, store)
    sink.fail = True
    await poller.poll_once(FEED)
    assert errors(ingestor, "delivery") == 1
    assert store.validators("wire", FEED.url) == Validators()
    sink.fail = False
    assert await poller.poll_once(FEED) == 120
    assert len(sink.articles) == 2
    assert store.validators("wire", FEED.url).etag == '"v9"'


async def test_run_polls_until_stopped(ingestor: Ingestor, store: DedupStore, sink: RecordingSink) -> None:
    polled = asyncio.Event()

    def handler(request: httpx.Request) -> httpx.Response:
        polled.set()
        return httpx.Response(200, content=RSS)

    poller = poller_for(handler, ingestor, store)
    stop = asyncio.Event()
    task = asyncio.create_task(poller.run(stop))
    await asyncio.wait_for(polled.wait(), timeout=5)
    stop.set()
    await asyncio.wait_for(task, timeout=5)
    assert len(sink.articles) == 2
