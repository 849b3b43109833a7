"""The running ingest service against a real broker: push and feed articles read back, SIGTERM exit."""

from __future__ import annotations

import asyncio
import functools
import http.server
import json
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from ingest_readback import read_back

from vigie.broker import free_port
from vigie.contracts import Article
from vigie.topics import ARTICLES
from vigie_ingest.feeds_config import FeedConfig
from vigie_ingest.service import serve
from vigie_ingest.settings import IngestSettings

pytestmark = pytest.mark.integration

RSS_TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test wire</title><language>en</language>
<item><title>Harbour reopens in {tag}</title><link>https://wire.example.org/{tag}/harbour?utm_source=rss</link>
<description>&lt;p&gt;The harbour of {tag} reopened to shipping
 on Monday after the storm.&lt;/p&gt;</description>
<pubDate>Mon, 02 Mar 2026 07:00:00 GMT</pubDate></item>
</channel></rss>
"""


@pytest.fixture
def feed_server(tmp_path: Path) -> Iterator[tuple[str, str]]:
    """A local HTTP server with one RSS file; yields (url, tag)."""
    tag = uuid.uuid4().hex[:8]
    (tmp_path / "feed.xml").write_text(RSS_TEMPLATE.format(tag=tag), encoding="utf-8")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            return

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(tmp_path))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/feed.xml", tag
    finally:
        server.shutdown()
        server.server_close()


async def wait_ready(base_url: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    async with httpx.AsyncClient(timeout=2.0) as client:
        while time.monotonic() < deadline:
            try:
                if (await client.get(f"{base_url}/readyz")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.1)
    raise TimeoutError(f"{base_url} not ready in {timeout}s")


def article_of(record: Any) -> Article:
    return Article.model_validate_json(record.value)


async def test_push_and_feed_articles_reach_the_topic(
    kafka_bootstrap: str, tmp_path: Path, feed_server: tuple[str, str]
) -> None:
    feed_url, feed_tag = feed_server
    port = free_port()
    settings = IngestSettings(kafka_bootstrap=kafka_bootstrap, http_port=port, state_dir=tmp_path / "state")
    feeds = [FeedConfig(name=f"wire-{feed_tag}", url=feed_url, interval_s=3600)]
    stop = asyncio.Event()
    service = asyncio.create_task(serve(settings, feeds, stop))
    base = f"http://127.0.0.1:{port}"
    try:
        await wait_ready(base)
        tag = uuid.uuid4().hex[:8]
        batch = [
            {
                "id": f"{tag}-a",
                "url": f"https://ex.org/{tag}/a",
                "title": "Ceasefire holds",
                "text": "The ceasefire held overnight.",
                "lang": "en",
            },
            {
                "id": f"{tag}-b",
                "url": f"https://ex.org/{tag}/b",
                "title": "Alto el fuego",
                "text": "El alto el fuego se mantuvo durante la noche en toda la región.",
            },
            {"id": f"{tag}-c", "url": f"https://ex.org/{tag}/a?utm_source=x", "text": "copy"},
        ]
        async with httpx.AsyncClient(timeout=10.0) as client:
            resp = await client.post(f"{base}/articles", json=batch)
            assert resp.status_code == 202
            assert [r["status"] for r in resp.json()["results"]] == ["accepted", "accepted", "duplicate"]
            assert (await client.post(f"{base}/articles", content=b"{nope")).status_code == 400
            metrics = (await client.get(f"{base}/metrics")).text
        assert 'vigie_ingest_articles_total{origin="push",outcome="accepted"} 2.0' in metrics

        wanted = {f"{tag}-a", f"{tag}-b"}
        pushed = await read_back(
            kafka_bootstrap, ARTICLES, lambda r: article_of(r).article_id in wanted, 2, settle_s=1.0
        )
        assert sorted(article_of(r).article_id for r in pushed) == sorted(wanted)
        for record in pushed:
            article = article_of(record)
            assert record.key == article.content_hash.encode() and article.origin == "push"
        assert {article_of(r).article_id: article_of(r).lang for r in pushed}[f"{tag}-b"] == "es"

        fed = await read_back(
            kafka_bootstrap, ARTICLES, lambda r: article_of(r).feed == f"wire-{feed_tag}", 1
        )
        article = article_of(fed[0])
        assert article.url == f"https://wire.example.org/{feed_tag}/harbour"
        assert article.text == f"The harbour of {feed_tag} reopened to shipping on Monday after the storm."
        assert (article.origin, article.lang, article.lang_detected) == ("feed", "en", False)
    finally:
        stop.set()
        assert await asyncio.wait_for(service, timeout=30) == 0


def test_sigterm_flushes_and_exits_cleanly(kafka_bootstrap: str, tmp_path: Path) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("VIGIE_")}
    env |= {
        "VIGIE_KAFKA_BOOTSTRAP": kafka_bootstrap,
        "VIGIE_INGEST_HTTP_PORT": str(port),
        "VIGIE_INGEST_STATE_DIR": str(tmp_path / "state"),
    }
    log = (tmp_path / "ingest.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "vigie_ingest"], env=env, stdout=log, stderr=subprocess.STDOUT
    )
    log.close()
    try:
        base = f"http://127.0.0.1:{port}"
        asyncio.run(wait_ready(base))
        with httpx.Client(timeout=10.0) as client:
            assert client.get(f"{base}/livez").status_code == 200
            item = {
                "url": f"https://ex.org/{uuid.uuid4().hex}",
                "title": "Last one",
                "text": "Sent before SIGTERM.",
            }
            resp = client.post(f"{base}/articles", json=item)
        assert resp.status_code == 202
        article_id = resp.json()["results"][0]["article_id"]
        process.send_signal(signal.SIGTERM)
        assert process.wait(30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    lines = (tmp_path / "ingest.log").read_text().splitlines()
    messages = [json.loads(ln)["message"] for ln in lines if ln.startswith("{")]
    assert "ingest stopped" in messages
    records = asyncio.run(
        read_back(kafka_bootstrap, ARTICLES, lambda r: article_of(r).article_id == article_id, 1)
    )
    assert article_of(records[0]).title == "Last one"
