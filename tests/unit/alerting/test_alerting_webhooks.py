"""Webhook delivery with httpx.MockTransport: retries, no retry on 4xx, signature, durable log."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from vigie_alerting.dispatcher import Dispatcher
from vigie_alerting.metrics import AlertingMetrics
from vigie_alerting.notifier import SIGNATURE_HEADER, Delivery, WebhookNotifier, verify
from vigie_alerting.sqlite_store import SqliteAlertStore
from vigie_alerting.store import Notification

SECRET = b"s3cret"
URL = "http://hooks.example.org/vigie"
BODY = json.dumps({"alert_id": "al-1", "version": 1}).encode()


class Recorder:
    """A MockTransport handler answering with a scripted list of statuses (or errors)."""

    def __init__(self, answers: list[int | Exception]) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if self.answers else 200
        if isinstance(answer, Exception):
            raise answer
        return httpx.Response(answer, headers={"Retry-After": "0"})


class Sleeps:
    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


def notifier(client: httpx.AsyncClient, sleeps: Sleeps, attempts: int = 4) -> WebhookNotifier:
    return WebhookNotifier(
        client, SECRET, max_attempts=attempts, backoff_s=0.5, backoff_max_s=3.0, sleep=sleeps
    )


async def deliver(answers: list[int | Exception], attempts: int = 4) -> tuple[Delivery, Recorder, Sleeps]:
    recorder, sleeps = Recorder(answers), Sleeps()
    async with httpx.AsyncClient(transport=httpx.MockTransport(recorder)) as client:
        result = await notifier(client, sleeps, attempts).deliver(URL, BODY, alert_id="al-1", version=1)
    return result, recorder, sleeps


async def test_a_503_is_retried_with_backoff_then_delivered_once() -> None:
    result, recorder, sleeps = await deliver([503, 503, 200])
    assert result == Delivery(True, 3, 200)
    assert len(recorder.requests) == 3
    assert sleeps.calls == [0.5, 1.0]


async def test_network_errors_and_429_are_retried_up_to_the_limit() -> None:
    result, recorder, sleeps = await deliver([httpx.ConnectError("refused"), 429, 500, 502])
    assert not result.delivered and result.attempts == 4 and result.status_code == 502
    assert len(recorder.requests) == 4
    assert sleeps.calls == [0.5, 1.0, 2.0]


@pytest.mark.parametrize("status", [400, 401, 404, 410, 422])
async def test_other_4xx_are_not_retried(status: int) -> None:
    result, recorder, sleeps = await deliver([status])
    assert result == Delivery(False, 1, status, f"HTTP {status}")
    assert len(recorder.requests) == 1 and sleeps.calls == []


async def test_the_signature_verifies_with_the_shared_secret() -> None:
    _, recorder, _ = await deliver([200])
    (request,) = recorder.requests
    assert request.content == BODY
    assert verify(SECRET, request.content, request.headers[SIGNATURE_HEADER])
    assert not verify(b"other", request.content, request.headers[SIGNATURE_HEADER])
    assert request.headers["Idempotency-Key"] == "al-1:1"
    assert request.headers["Content-Type"] == "application/json"


def _dispatcher(
    store: SqliteAlertStore, client: httpx.AsyncClient, dead: list[tuple[Notification, Delivery]]
) -> tuple[Dispatcher, AlertingMetrics]:
    async def on_dead(n: Notification, d: Delivery) -> None:
        dead.append((n, d))

    metrics = AlertingMetrics.create()
    return Dispatcher(store, notifier(client, Sleeps()), metrics, on_dead), metrics


def _client(handler: Callable[[httpx.Request], httpx.Response]) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.MockTransport(handler))


async def test_dispatcher_marks_sent_and_dead_letters_refused(tmp_path: Path) -> None:
    store = SqliteAlertStore.open(tmp_path)
    ok = Notification.new("al-1", 1, URL, BODY)
    refused = Notification.new("al-2", 1, "http://bad.example.org/hook", b'{"alert_id": "al-2"}')
    store.save([], notifications=[ok, refused])
    dead: list[tuple[Notification, Delivery]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200 if request.url.host == "hooks.example.org" else 400)

    async with _client(handler) as client:
        dispatcher, metrics = _dispatcher(store, client, dead)
        assert await dispatcher.drain() == 2
    assert [(n.alert_id, n.status) for n in store.notifications()] == [("al-1", "sent"), ("al-2", "dead")]
    assert [n.alert_id for n, _ in dead] == ["al-2"]
    assert (
        metrics.registry.get_sample_value(
            "vigie_alerting_notifications_total", {"receiver": URL, "outcome": "delivered"}
        )
        == 1.0
    )
    store.close()


async def test_notification_outcomes_are_counted_per_receiver_name(tmp_path: Path) -> None:
    store = SqliteAlertStore.open(tmp_path)
    flaky = "http://flaky.example.org/hook"
    down = "http://down.example.org/hook"
    store.save(
        [], notifications=[Notification.new("al-1", 1, flaky, BODY), Notification.new("al-2", 1, down, BODY)]
    )
    answers = {"flaky.example.org": [503, 429, 200]}

    def handler(request: httpx.Request) -> httpx.Response:
        queue = answers.get(request.url.host)
        return httpx.Response(queue.pop(0) if queue else 500)

    async with _client(handler) as client:
        dispatcher, metrics = _dispatcher(store, client, [])
        assert await dispatcher.drain() == 2

    def count(receiver: str, outcome: str) -> float | None:
        labels = {"receiver": receiver, "outcome": outcome}
        return metrics.registry.get_sample_value("vigie_alerting_notifications_total", labels)

    assert (count(flaky, "delivered"), count(flaky, "retried"), count(flaky, "dead")) == (1.0, 2.0, None)
    assert (count(down, "delivered"), count(down, "retried"), count(down, "dead")) == (None, 3.0, 1.0)
    store.close()


async def test_a_restart_resends_pending_but_never_what_was_sent(tmp_path: Path) -> None:
    store = SqliteAlertStore.open(tmp_path)
    sent = Notification.new("al-1", 1, URL, BODY)
    pending = Notification.new("al-1", 2, URL, BODY)
    store.save([], notifications=[sent, pending])
    store.finish_notification(sent.notification_id, "sent", 1, None)
    store.close()  # the process stops before delivering version 2

    store = SqliteAlertStore.open(tmp_path)
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Idempotency-Key"])
        return httpx.Response(204)

    async with _client(handler) as client:
        dispatcher, _ = _dispatcher(store, client, [])
        await dispatcher.drain()
        await dispatcher.drain()
    assert seen == ["al-1:2"]
    assert store.pending_notifications() == []
    store.close()


async def test_the_running_dispatcher_delivers_when_kicked_and_stops_promptly(tmp_path: Path) -> None:
    store = SqliteAlertStore.open(tmp_path)
    delivered = asyncio.Event()

    def handler(request: httpx.Request) -> httpx.Response:
        delivered.set()
        return httpx.Response(200)

    async with _client(handler) as client:
        dispatcher, _ = _dispatcher(store, client, [])
        dispatcher.idle_s = 60.0
        stop = asyncio.Event()
        task = asyncio.create_task(dispatcher.run(stop))
        await asyncio.sleep(0)
        store.save([], notifications=[Notification.new("al-9", 1, URL, BODY)])
        dispatcher.kick()
        await asyncio.wait_for(delivered.wait(), timeout=5)
        stop.set()
        await asyncio.wait_for(task, timeout=2)
    assert [n.status for n in store.notifications()] == ["sent"]
    store.close()
