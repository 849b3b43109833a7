"""The Ingestor: remembers an article only once acknowledged, and never sends two copies at once."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from ingest_doubles import RecordingSink

from vigie.contracts import Article
from vigie.errors import DeliveryError
from vigie_ingest.dedup_store import DedupStore
from vigie_ingest.pipeline import Ingestor

ITEM = {
    "url": "https://ex.org/a",
    "title": "Title",
    "text": "Body of the story, long enough to count.",
    "lang": "en",
}


class SlowSink(RecordingSink):
    """Acknowledges only when ``release`` is set, to hold articles in flight."""

    def __init__(self) -> None:
        super().__init__()
        self.release = asyncio.Event()
        self.sent = asyncio.Event()

    async def send_article(self, article: Article) -> asyncio.Future[Any]:
        self.articles.append(article)
        self.sent.set()
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()

        async def ack() -> None:
            await self.release.wait()
            future.set_result(None)

        asyncio.get_running_loop().create_task(ack())
        return future


async def test_not_remembered_when_the_broker_does_not_acknowledge(
    ingestor: Ingestor, sink: RecordingSink, store: DedupStore
) -> None:
    sink.fail = True
    with pytest.raises(DeliveryError, match="did not acknowledge 1"):
        await ingestor.ingest([ITEM], origin="push")
    assert store.count() == 0
    reg = ingestor.metrics.registry
    assert reg.get_sample_value("vigie_ingest_articles_total", {"outcome": "failed", "origin": "push"}) == 1
    sink.fail = False
    (result,) = await ingestor.ingest([ITEM], origin="push")
    assert result.status == "accepted"
    assert store.count() == 1


async def test_in_flight_copies_are_duplicates(store: DedupStore, ingestor: Ingestor) -> None:
    slow = SlowSink()
    ingestor.sink = slow
    first = asyncio.create_task(ingestor.ingest([ITEM], origin="push"))
    await asyncio.wait_for(slow.sent.wait(), timeout=5)
    (second,) = await ingestor.ingest([{**ITEM, "url": "https://ex.org/a?utm_source=z"}], origin="push")
    assert second.status == "duplicate" and second.reason == "same URL"
    assert store.count() == 0
    slow.release.set()
    (accepted,) = await first
    assert accepted.status == "accepted" and store.count() == 1
    assert len(slow.articles) == 1


async def test_the_store_survives_a_restart(tmp_path: Path, ingestor: Ingestor) -> None:
    results = await ingestor.ingest(
        [ITEM, {**ITEM, "url": "https://ex.org/b", "text": "Other"}], origin="file"
    )
    assert [r.status for r in results] == ["accepted", "accepted"]
    state = tmp_path / "state"
    with DedupStore.open(state) as reopened:
        ingestor.store = reopened
        again = await ingestor.ingest([ITEM], origin="file")
    assert again[0].status == "duplicate"
    assert again[0].duplicate_of == results[0].article_id


async def test_two_processes_share_one_store(tmp_path: Path, ingestor: Ingestor, sink: RecordingSink) -> None:
    # The service and `vigie ingest --file` run side by side on the same state_dir.
    with DedupStore.open(tmp_path / "state") as other:
        await ingestor.ingest([ITEM], origin="push")
        assert other.count() == 1
        (sent,) = sink.articles
        assert other.find(sent) == ("same URL", sent.article_id)
