"""The HTTP API over a real service (memory publisher, SQLite store): filters, 404, tokens, SSE."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from alerting_builders import KHARKIV, PUTIN, RUSSIAN_FORCES, T0, UKRAINE_GOV, leader_call, offensive, signal
from pydantic import SecretStr

from vigie.contracts import Alert
from vigie_alerting.broadcast import AlertHub
from vigie_alerting.core.engine import AlertEngine
from vigie_alerting.core.rules import load_rules
from vigie_alerting.http_app import create_app
from vigie_alerting.metrics import AlertingMetrics
from vigie_alerting.publisher import MemoryPublisher
from vigie_alerting.service import AlertingService
from vigie_alerting.sqlite_store import SqliteAlertStore

TOKEN = "let-me-in"


class Clock:
    def __init__(self) -> None:
        self.now = T0 + timedelta(minutes=30)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
async def service(tmp_path: Path) -> AsyncIterator[AlertingService]:
    store = SqliteAlertStore.open(tmp_path)
    svc = AlertingService(
        AlertEngine(load_rules()),
        store,
        MemoryPublisher(),
        AlertingMetrics.create(),
        AlertHub(),
        receivers=["http://hook.example.org/x"],
        clock=Clock(),
    )
    svc.ready = True
    yield svc
    store.close()


@pytest.fixture
async def client(service: AlertingService) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(service, SecretStr(TOKEN), keepalive_s=0.05)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://alerting") as c:
        yield c


async def _three_stories(service: AlertingService) -> None:
    await service.handle_signal(signal("syr", [offensive("syr", killed=20)]))
    await service.handle_signal(signal("call", [leader_call("call")], source="b.example"))
    await service.handle_signal(
        signal(
            "ukr", [offensive("ukr", place=KHARKIV, source=RUSSIAN_FORCES, target=UKRAINE_GOV)], source="c.ex"
        )
    )
    await service.handle_signal(signal("none", []))


def _ids(body: dict[str, Any]) -> list[str]:
    return [a["article_ids"][0] for a in body["alerts"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, ["ukr", "call", "syr"]),
        ({"status": "all", "limit": 2}, ["ukr", "call"]),
        ({"kind": "leader_call"}, ["call"]),
        ({"country": "rus"}, ["ukr", "call"]),
        ({"country": "SYR,UKR"}, ["ukr", "syr"]),
        ({"severity": "critical"}, ["ukr", "syr"]),
        ({"severity": "high"}, ["call"]),
        ({"severity": "low,medium"}, []),
        ({"status": "acknowledged"}, []),
        ({"since": (T0 + timedelta(minutes=30, seconds=2)).isoformat()}, ["ukr", "call"]),
    ],
)
async def test_list_filters_newest_first(
    service: AlertingService, client: httpx.AsyncClient, query: dict[str, Any], expected: list[str]
) -> None:
    await _three_stories(service)
    resp = await client.get("/alerts", params=query)
    assert resp.status_code == 200
    body = resp.json()
    assert _ids(body) == expected and body["count"] == len(expected)


async def test_get_one_alert_and_404(service: AlertingService, client: httpx.AsyncClient) -> None:
    await _three_stories(service)
    alert = service.engine.alerts()[0]
    resp = await client.get(f"/alerts/{alert.alert_id}")
    assert resp.status_code == 200 and Alert.model_validate(resp.json()) == alert
    assert (await client.get("/alerts/al-0000000000000000")).status_code == 404


async def test_status_counts_signals_articles_and_alerts(
    service: AlertingService, client: httpx.AsyncClient
) -> None:
    await _three_stories(service)
    await service.handle_signal(signal("syr", [offensive("syr")]))  # replay
    assert (await client.get("/status")).json() == {
        "signals_processed": 5,
        "articles_processed": 4,
        "alerts": 3,
        "dead_letters": 0,
    }


async def test_write_endpoints_need_the_bearer_token(
    service: AlertingService, client: httpx.AsyncClient
) -> None:
    await _three_stories(service)
    alert_id = service.engine.alerts()[0].alert_id
    assert (await client.post(f"/alerts/{alert_id}/ack")).status_code == 401
    bad = {"Authorization": "Bearer nope"}
    assert (await client.post(f"/alerts/{alert_id}/ack", headers=bad)).status_code == 401
    good = {"Authorization": f"Bearer {TOKEN}"}
    resp = await client.post(f"/alerts/{alert_id}/ack", headers=good)
    assert resp.status_code == 200
    assert (resp.json()["status"], resp.json()["version"]) == ("acknowledged", 2)
    resp = await client.post(f"/alerts/{alert_id}/resolve", headers=good)
    assert resp.json()["status"] == "resolved"
    assert (await client.post(f"/alerts/{alert_id}/ack", headers=good)).status_code == 409
    assert (await client.post("/alerts/al-unknown/resolve", headers=good)).status_code == 404
    published = service.publisher.alerts  # type: ignore[attr-defined]
    assert [(a.status, a.version) for a in published if a.alert_id == alert_id][-2:] == [
        ("acknowledged", 2),
        ("resolved", 3),
    ]


async def test_without_a_configured_token_writes_are_forbidden(service: AlertingService) -> None:
    await _three_stories(service)
    app = create_app(service, None)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://a") as c:
        resp = await c.post(
            f"/alerts/{service.engine.alerts()[0].alert_id}/ack", headers={"Authorization": "Bearer x"}
        )
    assert resp.status_code == 403


async def test_metrics_health_page_and_openapi(service: AlertingService, client: httpx.AsyncClient) -> None:
    await _three_stories(service)
    text = (await client.get("/metrics")).text
    assert 'vigie_alerting_signals_total{outcome="alerted"} 3.0' in text
    assert 'vigie_alerting_signals_total{outcome="no_alert"} 1.0' in text
    assert 'vigie_alerting_alerts_total{kind="leader_call",severity="high"} 1.0' in text
    assert "vigie_alerting_detection_latency_seconds_count 3.0" in text
    assert "vigie_alerting_ingest_to_alert_seconds_count 3.0" in text  # one per alert version made
    assert 'vigie_alerting_ingest_to_alert_seconds_bucket{le="2.5"}' in text
    assert "vigie_alerting_escalations_total" in text
    assert (await client.get("/livez")).status_code == 200
    assert (await client.get("/readyz")).status_code == 200
    service.ready = False
    assert (await client.get("/readyz")).status_code == 503
    page = await client.get("/")
    assert page.status_code == 200 and "/static/app.js" in page.text
    script = await client.get("/static/app.js")
    assert "EventSource" in script.text
    assert (await client.get("/static/../settings.py")).status_code == 404
    assert "/alerts/{alert_id}/ack" in (await client.get("/openapi.json")).json()["paths"]


async def test_a_bad_record_is_dead_lettered_and_counted(
    service: AlertingService, client: httpx.AsyncClient
) -> None:
    assert await service.handle_record(b"{not json", partition=2, offset=7) == "dead_letter"
    assert await service.handle_record(b'{"article_id": "x"}', partition=2, offset=8) == "dead_letter"
    dead = service.publisher.dead_letters  # type: ignore[attr-defined]
    assert [(d.stage, d.offset, d.service) for d in dead] == [
        ("decode", 7, "alerting"),
        ("validate", 8, "alerting"),
    ]
    assert (await client.get("/status")).json()["dead_letters"] == 2


async def test_new_alerts_queue_one_notification_per_receiver(service: AlertingService) -> None:
    await service.handle_signal(signal("c1", [leader_call("c1", source=PUTIN, target=UKRAINE_GOV)]))
    await service.handle_signal(
        signal("c2", [leader_call("c2", source=PUTIN, target=UKRAINE_GOV)], source="b.ex")
    )
    (pending,) = service.store.pending_notifications()  # the update did not raise severity: no new one
    assert pending.version == 1 and pending.receiver == "http://hook.example.org/x"


async def test_events_stream_alerts_that_pass_the_filters(
    service: AlertingService, client: httpx.AsyncClient
) -> None:
    request = asyncio.create_task(client.get("/events", params={"kind": "leader_call"}))
    for _ in range(200):
        if service.hub.subscribers:
            break
        await asyncio.sleep(0.01)
    await _three_stories(service)
    service.hub.close()
    body = (await request).text
    assert body.count("event: alert") == 1
    assert '"kind":"leader_call"' in body
    assert body.startswith(": connected")


async def test_openapi_documents_every_endpoint_its_filters_and_the_token_of_writes(
    client: httpx.AsyncClient,
) -> None:
    schema = (await client.get("/openapi.json")).json()
    operations = {(m.upper(), p): op for p, ops in schema["paths"].items() for m, op in ops.items()}
    writes = {
        ("POST", "/alerts/{alert_id}/ack"),
        ("POST", "/alerts/{alert_id}/resolve"),
        ("POST", "/silences"),
        ("DELETE", "/silences/{silence_id}"),
    }
    reads = {
        ("GET", path)
        for path in (
            "/alerts",
            "/alerts/{alert_id}",
            "/silences",
            "/regions",
            "/status",
            "/metrics",
            "/livez",
            "/readyz",
            "/events",
        )
    }
    assert set(operations) == writes | reads
    assert all(op.get("description") for op in operations.values()), "every endpoint says what it does"
    for key in writes:
        assert operations[key]["security"] == [{"HTTPBearer": []}], key
        assert {"401", "403"} <= set(operations[key]["responses"]), key
    assert all("security" not in operations[key] for key in reads)
    assert {"404", "409"} <= set(operations[("POST", "/alerts/{alert_id}/ack")]["responses"])
    filters = ["severity", "kind", "country", "region", "actor", "status", "since"]
    for key in (("GET", "/alerts"), ("GET", "/events")):
        params = {p["name"]: p for p in operations[key]["parameters"]}
        assert set(filters) <= set(params), key
        assert all(params[f].get("description") for f in filters), key
    assert "text/event-stream" in operations[("GET", "/events")]["responses"]["200"]["content"]
    matchers = schema["components"]["schemas"]["SilenceMatchers"]["properties"]
    assert {"kind", "kinds", "countries", "regions", "actor_codes", "actor_names", "min_severity"} <= set(
        matchers
    )
