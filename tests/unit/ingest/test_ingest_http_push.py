"""The push endpoint and probes, through httpx.ASGITransport (no network, no broker)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from ingest_doubles import RecordingSink

from vigie_ingest.http_app import create_app
from vigie_ingest.pipeline import Ingestor
from vigie_ingest.settings import IngestSettings

SETTINGS = IngestSettings(max_body_bytes=4_000)
ARTICLE = {
    "url": "https://www.example.org/world/talks",
    "title": "Talks resume",
    "text": "The two delegations resumed talks in Geneva on Monday after a pause of two weeks.",
    "lang": "en",
}


@pytest.fixture
async def client(ingestor: Ingestor) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=create_app(SETTINGS, ingestor))
    async with httpx.AsyncClient(transport=transport, base_url="http://ingest") as c:
        yield c


def sample(ingestor: Ingestor, outcome: str) -> float:
    value = ingestor.metrics.registry.get_sample_value(
        "vigie_ingest_articles_total", {"outcome": outcome, "origin": "push"}
    )
    return value or 0.0


async def test_single_article_is_accepted(
    client: httpx.AsyncClient, sink: RecordingSink, ingestor: Ingestor
) -> None:
    resp = await client.post("/articles", json={**ARTICLE, "id": "given-1"})
    assert resp.status_code == 202
    body = resp.json()
    assert body["accepted"] == 1 and body["results"] == [{"status": "accepted", "article_id": "given-1"}]
    (article,) = sink.articles
    assert (article.article_id, article.origin, article.source) == ("given-1", "push", "example.org")
    assert sample(ingestor, "accepted") == 1


@pytest.mark.parametrize("shape", ["array", "envelope"])
async def test_batches_get_per_item_results(
    client: httpx.AsyncClient, sink: RecordingSink, shape: str
) -> None:
    items: list[dict[str, Any]] = [
        {**ARTICLE, "id": "b-1"},
        {"title": "no url", "text": "orphan"},
        {**ARTICLE, "id": "b-3", "url": "https://www.example.org/world/talks?utm_source=x"},
        {
            "id": "b-4",
            "url": "https://other.example.net/copy",
            "title": ARTICLE["title"],
            "html": f"<p>{ARTICLE['text']}</p>",
        },
        {"id": "b-5", "url": "https://www.example.org/other", "html": "<p>Une autre histoire, à Lyon.</p>"},
    ]
    payload: Any = items if shape == "array" else {"articles": items}
    resp = await client.post("/articles", json=payload)
    assert resp.status_code == 202
    body = resp.json()
    assert (body["accepted"], body["duplicates"], body["rejected"]) == (2, 2, 1)
    results = body["results"]
    assert results[0] == {"status": "accepted", "article_id": "b-1"}
    assert results[1]["status"] == "rejected" and "url: Field required" in results[1]["reason"]
    assert results[2] == {
        "status": "duplicate",
        "article_id": "b-3",
        "reason": "same URL",
        "duplicate_of": "b-1",
    }
    assert results[3] == {
        "status": "duplicate",
        "article_id": "b-4",
        "reason": "same content",
        "duplicate_of": "b-1",
    }
    assert results[4] == {"status": "accepted", "article_id": "b-5"}
    assert [a.article_id for a in sink.articles] == ["b-1", "b-5"]


async def test_duplicates_across_requests(client: httpx.AsyncClient, sink: RecordingSink) -> None:
    assert (await client.post("/articles", json=ARTICLE)).status_code == 202
    tracked = {**ARTICLE, "url": "HTTPS://www.Example.org:443/world/talks/?utm_medium=x&fbclid=1#c"}
    resp = await client.post("/articles", json=tracked)
    assert resp.status_code == 202
    assert resp.json()["results"][0]["reason"] == "same URL"
    moved = {**ARTICLE, "url": "https://mirror.example.com/a/b", "text": ARTICLE["text"].upper()}
    resp = await client.post("/articles", json=moved)
    assert resp.json()["results"][0]["reason"] == "same content"
    assert len(sink.articles) == 1


@pytest.mark.parametrize(
    "body",
    [b"{not json", b'{"url": "https://x.org", "text": "a"', b"\xff\xfe\x00garbage", b"", b"[" * 100_000],
)
async def test_malformed_json_is_400(client: httpx.AsyncClient, ingestor: Ingestor, body: bytes) -> None:
    if len(body) > SETTINGS.max_body_bytes:
        body = b"[" * 3_000
    resp = await client.post("/articles", content=body, headers={"content-type": "application/json"})
    assert resp.status_code == 400
    assert resp.json()["detail"].startswith("malformed JSON")
    assert sample(ingestor, "rejected") == 1


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        ({"text": "body only"}, "url: Field required"),
        ({"url": "https://x.org/a"}, "one of 'text' or 'html' is required"),
        ({"url": "https://x.org/a", "text": 42}, "text: Input should be a valid string"),
        ({"url": "mailto:someone@x.org", "text": "hi"}, "url: scheme must be http or https"),
        ({"url": "https://x.org/a", "text": "  ", "title": ""}, "neither title nor text"),
        ({"url": "https://x.org/a", "text": "t", "id": "x" * 201}, "id: String should have at most 200"),
        ("just a string", "expected an article object"),
        (17, "expected an article object"),
        ({"articles": "nope"}, "'articles' must be a JSON array"),
        ([], "empty batch"),
    ],
)
async def test_invalid_articles_are_422_with_the_reason(
    client: httpx.AsyncClient, sink: RecordingSink, payload: Any, reason: str
) -> None:
    resp = await client.post("/articles", json=payload)
    assert resp.status_code == 422
    assert reason in resp.json()["detail"]
    assert sink.articles == []


async def test_body_over_the_limit_is_413_by_content_length(
    client: httpx.AsyncClient, ingestor: Ingestor
) -> None:
    big = json.dumps({**ARTICLE, "text": "x" * 5_000}).encode()
    resp = await client.post("/articles", content=big, headers={"content-type": "application/json"})
    assert resp.status_code == 413
    assert "Content-Length" in resp.json()["detail"]
    assert sample(ingestor, "rejected") == 1


async def test_streamed_body_over_the_limit_is_413_without_content_length(client: httpx.AsyncClient) -> None:
    sent = {"chunks": 0}

    async def chunks() -> AsyncIterator[bytes]:
        yield b'{"url": "https://x.org/a", "text": "'
        for _ in range(100):
            sent["chunks"] += 1
            yield b"y" * 1_000
        yield b'"}'

    resp = await client.post("/articles", content=chunks(), headers={"content-type": "application/json"})
    assert "content-length" not in resp.request.headers
    assert resp.status_code == 413
    assert resp.json()["detail"] == "body exceeds 4000 bytes"


async def test_lying_content_length_is_still_caught_by_counting(ingestor: Ingestor) -> None:
    app = create_app(SETTINGS, ingestor)
    body = json.dumps({**ARTICLE, "text": "z" * 6_000}).encode()
    messages = [
        {"type": "http.request", "body": body[i : i + 1000], "more_body": True}
        for i in range(0, len(body), 1000)
    ]
    messages[-1]["more_body"] = False
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/articles",
        "raw_path": b"/articles",
        "query_string": b"",
        "root_path": "",
        "headers": [(b"content-type", b"application/json"), (b"content-length", b"100")],
        "client": ("127.0.0.1", 1),
        "server": ("ingest", 80),
    }
    await app(scope, receive, send)
    assert sent[0]["status"] == 413


async def test_broker_failure_is_503_and_nothing_is_remembered(
    client: httpx.AsyncClient, sink: RecordingSink
) -> None:
    sink.fail = True
    resp = await client.post("/articles", json=ARTICLE)
    assert resp.status_code == 503
    sink.fail = False
    resp = await client.post("/articles", json=ARTICLE)
    assert resp.status_code == 202 and resp.json()["accepted"] == 1


async def test_probes_and_metrics(client: httpx.AsyncClient, sink: RecordingSink) -> None:
    assert (await client.get("/livez")).json() == {"status": "ok"}
    assert (await client.get("/readyz")).status_code == 200
    sink.is_ready = False
    assert (await client.get("/readyz")).status_code == 503
    assert (await client.get("/livez")).status_code == 200
    await client.post("/articles", json=ARTICLE)
    text = (await client.get("/metrics")).text
    assert 'vigie_ingest_articles_total{origin="push",outcome="accepted"} 1.0' in text
    assert "vigie_ingest_http_request_bytes_count 1.0" in text
