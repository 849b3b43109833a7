"""Receivers: settings, routing filters, Alertmanager/Slack/generic bodies, per-receiver rate limits."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from alerting_builders import KHARKIV, RUSSIAN_FORCES, T0, UKRAINE_GOV, leader_call, offensive, signal
from pydantic import ValidationError

from vigie.contracts import Alert, Location
from vigie_alerting.broadcast import AlertHub
from vigie_alerting.core.engine import AlertEngine
from vigie_alerting.core.rules import load_rules
from vigie_alerting.dispatcher import WINDOW_S, Dispatcher
from vigie_alerting.metrics import AlertingMetrics
from vigie_alerting.notifier import SIGNATURE_HEADER, Delivery, WebhookNotifier, verify
from vigie_alerting.publisher import MemoryPublisher
from vigie_alerting.receivers import Receiver
from vigie_alerting.service import AlertingService
from vigie_alerting.settings import AlertingSettings
from vigie_alerting.sqlite_store import SqliteAlertStore
from vigie_alerting.store import Notification

EXTERNAL = "https://vigie.example.org"


def story_alerts() -> dict[str, Alert]:
    """Three real alerts: a critical offensive in Syria, a high leader call, a critical one in Ukraine."""
    engine = AlertEngine(load_rules())
    out: dict[str, Alert] = {}
    for name, sig in (
        ("syr", signal("syr", [offensive("syr", killed=20)])),
        ("call", signal("call", [leader_call("call")], source="b.example")),
        (
            "ukr",
            signal(
                "ukr",
                [offensive("ukr", place=KHARKIV, source=RUSSIAN_FORCES, target=UKRAINE_GOV)],
                source="c.ex",
            ),
        ),
    ):
        outcome = engine.plan(sig, T0)
        engine.apply(outcome)
        out[name] = outcome.changes[0].alert
    return out


def town_alerts(count: int) -> list[Alert]:
    """``count`` distinct stories (one offensive per town)."""
    engine = AlertEngine(load_rules())
    alerts = []
    for k in range(count):
        town = Location(text=f"Town {k}", name=f"Town {k}", country="SYR")
        outcome = engine.plan(signal(f"t{k}", [offensive(f"t{k}", place=town)]), T0)
        engine.apply(outcome)
        alerts.append(outcome.changes[0].alert)
    return alerts


# ---------------------------------------------------------------------------------- settings
def test_receivers_come_from_json_and_the_plain_webhook_list_still_works(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(
        "VIGIE_ALERTING_RECEIVERS",
        json.dumps(
            [
                {
                    "name": "ops",
                    "url": "https://hooks.slack.example/T1",
                    "format": "slack",
                    "secret": "k1",
                    "min_severity": "high",
                    "kinds": ["offensive_launched"],
                    "countries": ["SYR", "UKR"],
                    "rate_per_minute": 10,
                },
                {"name": "am", "url": "http://am.example/api", "format": "alertmanager"},
            ]
        ),
    )
    monkeypatch.setenv("VIGIE_ALERTING_WEBHOOKS", '["http://legacy.example/hook"]')
    settings = AlertingSettings()
    ops, am, legacy = settings.all_receivers()
    assert (ops.name, ops.format, ops.min_severity, ops.rate_per_minute) == ("ops", "slack", "high", 10)
    assert ops.kinds == ["offensive_launched"] and ops.countries == ["SYR", "UKR"]
    assert ops.secret is not None and ops.secret.get_secret_value() == "k1"
    assert (am.format, am.rate_per_minute, am.kinds) == ("alertmanager", None, [])
    assert legacy == Receiver(name="http://legacy.example/hook", url="http://legacy.example/hook")
    assert legacy.format == "generic"


@pytest.mark.parametrize(
    "receivers",
    [
        [{"name": "a", "url": "http://x/1"}, {"name": "a", "url": "http://x/2"}],
        [{"name": "a", "url": "http://x/1", "format": "teams"}],
        [{"name": "a", "url": "ftp://x/1"}],
        [{"name": "a", "url": "http://x/1", "rate_per_minute": 0}],
        [{"name": "a", "url": "http://x/1", "min_severity": "urgent"}],
    ],
)
def test_bad_receivers_are_rejected(receivers: list[dict[str, Any]]) -> None:
    with pytest.raises(ValidationError):
        AlertingSettings.model_validate({"receivers": receivers})


# ---------------------------------------------------------------------------------- routing
def test_routing_filters_by_severity_kind_and_country() -> None:
    alerts = story_alerts()
    receivers = {
        "all": Receiver(name="all", url="http://x/all"),
        "critical": Receiver(name="critical", url="http://x/c", min_severity="critical"),
        "calls": Receiver(name="calls", url="http://x/k", kinds=["leader_call"]),
        "syria": Receiver(name="syria", url="http://x/s", countries=["SYR"]),
        "ukr_offensives": Receiver(
            name="ukr_offensives", url="http://x/u", kinds=["offensive_launched"], countries=["UKR"]
        ),
    }
    accepted = {name: sorted(k for k, a in alerts.items() if r.accepts(a)) for name, r in receivers.items()}
    assert accepted == {
        "all": ["call", "syr", "ukr"],
        "critical": ["syr", "ukr"],
        "calls": ["call"],
        "syria": ["syr"],
        "ukr_offensives": ["ukr"],
    }


async def test_the_service_logs_one_notification_per_matching_receiver(tmp_path: Path) -> None:
    store = SqliteAlertStore.open(tmp_path)
    service = AlertingService(
        AlertEngine(load_rules()),
        store,
        MemoryPublisher(),
        AlertingMetrics.create(),
        AlertHub(),
        receivers=[Receiver(name="calls", url="http://x/k", kinds=["leader_call"]), "http://legacy/h"],
        clock=lambda: T0 + timedelta(minutes=30),
    )
    await service.handle_signal(signal("syr", [offensive("syr")]))
    await service.handle_signal(signal("call", [leader_call("call")], source="b.example"))
    rows = [(n.receiver, json.loads(n.payload)["kind"]) for n in store.notifications()]
    assert rows == [
        ("http://legacy/h", "offensive_launched"),
        ("calls", "leader_call"),
        ("http://legacy/h", "leader_call"),
    ]
    store.close()


# ---------------------------------------------------------------------------------- shapes
class Sink:
    """MockTransport handler: records requests, answers 200."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200)

    def bodies(self) -> list[Any]:
        return [json.loads(r.content) for r in self.requests]


class Ticks:
    """A monotonic clock the test moves."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def _no_dead(n: Notification, d: Delivery) -> None:
    raise AssertionError(f"{n.notification_id} should not die: {d}")


@pytest.fixture
async def http() -> AsyncIterator[tuple[httpx.AsyncClient, Sink]]:
    sink = Sink()
    async with httpx.AsyncClient(transport=httpx.MockTransport(sink)) as client:
        yield client, sink


def make_dispatcher(
    store: SqliteAlertStore,
    client: httpx.AsyncClient,
    receivers: list[Receiver],
    clock: Callable[[], float] | None = None,
) -> Dispatcher:
    notifier = WebhookNotifier(client, b"global-secret", max_attempts=1)
    return Dispatcher(
        store,
        notifier,
        AlertingMetrics.create(),
        _no_dead,
        receivers=receivers,
        external_url=EXTERNAL,
        clock=clock or Ticks(),
    )


def log(store: SqliteAlertStore, receiver: str, *alerts: Alert) -> None:
    store.save(
        [],
        notifications=[
            Notification.new(a.alert_id, a.version, receiver, a.model_dump_json().encode()) for a in alerts
        ],
    )


async def test_alertmanager_v4_payload_field_by_field(
    tmp_path: Path, http: tuple[httpx.AsyncClient, Sink]
) -> None:
    client, sink = http
    store = SqliteAlertStore.open(tmp_path)
    alert = story_alerts()["syr"]
    resolved = alert.model_copy(
        update={"version": 2, "status": "resolved", "updated_at": T0 + timedelta(hours=5)}
    )
    log(store, "am", alert, resolved)
    receiver = Receiver(name="am", url="http://am.example/hook", format="alertmanager")
    assert await make_dispatcher(store, client, [receiver]).drain() == 2
    first, second = sink.bodies()
    assert str(sink.requests[0].url) == "http://am.example/hook"

    labels = {
        "alertname": "offensive_launched",
        "severity": "critical",
        "countries": "SYR",
        "alert_id": alert.alert_id,
        "plover": "FIGHT",
        "cameo": "190",
        "actor_codes": "SYRMIL,SYRREB",
        "place": "Aleppo",
    }
    assert set(first) == {
        "version",
        "groupKey",
        "truncatedAlerts",
        "status",
        "receiver",
        "groupLabels",
        "commonLabels",
        "commonAnnotations",
        "externalURL",
        "alerts",
    }
    assert first["version"] == "4"
    assert first["groupKey"] == f'{{}}:{{alert_id="{alert.alert_id}", alertname="offensive_launched"}}'
    assert first["truncatedAlerts"] == 0
    assert first["status"] == "firing"
    assert first["receiver"] == "am"
    assert first["groupLabels"] == {"alertname": "offensive_launched", "alert_id": alert.alert_id}
    assert first["commonLabels"] == labels
    assert first["externalURL"] == EXTERNAL
    (item,) = first["alerts"]
    assert item["status"] == "firing"
    assert item["labels"] == labels
    assert item["annotations"]["summary"] == "Offensive launched by Syrian rebels near Aleppo"
    assert "critical offensive_launched, version 1" in item["annotations"]["description"]
    assert "20 killed reported" in item["annotations"]["description"]
    assert item["annotations"]["evidence"] == (
        "[wire.example.com, en] Rebels launched an offensive near Aleppo on Tuesday."
    )
    assert first["commonAnnotations"] == item["annotations"]
    assert item["startsAt"] == "2026-11-17T09:00:00Z"
    assert item["endsAt"] == "0001-01-01T00:00:00Z"
    assert item["generatorURL"] == f"{EXTERNAL}/alerts/{alert.alert_id}"
    assert len(item["fingerprint"]) == 16 and int(item["fingerprint"], 16) >= 0

    (ended,) = second["alerts"]
    assert second["status"] == ended["status"] == "resolved"
    assert ended["endsAt"] == "2026-11-17T14:00:00Z"
    assert ended["fingerprint"] == item["fingerprint"]
    store.close()


async def test_slack_message_has_severity_title_actors_place_sources_and_link(
    tmp_path: Path, http: tuple[httpx.AsyncClient, Sink]
) -> None:
    client, sink = http
    store = SqliteAlertStore.open(tmp_path)
    alert = story_alerts()["syr"]
    log(store, "chat", alert)
    receiver = Receiver(name="chat", url="https://hooks.slack.example/T/B", format="slack")
    await make_dispatcher(store, client, [receiver]).drain()
    (body,) = sink.bodies()
    url = f"{EXTERNAL}/alerts/{alert.alert_id}"
    assert set(body) == {"text", "blocks"}
    assert body["text"] == (
        f":red_circle: CRITICAL: Offensive launched by Syrian rebels near Aleppo <{url}|{alert.alert_id}>"
    )
    header, facts, evidence, context = body["blocks"]
    assert header == {
        "type": "header",
        "text": {"type": "plain_text", "text": "CRITICAL: Offensive launched by Syrian rebels near Aleppo"},
    }
    assert facts["type"] == "section"
    assert [f["type"] for f in facts["fields"]] == ["mrkdwn"] * 6
    assert [f["text"] for f in facts["fields"]] == [
        "*Severity*\ncritical",
        "*Status*\nfiring (v1)",
        "*Actors*\nSyrian rebels (SYRREB), Syrian army (SYRMIL)",
        "*Place*\nAleppo (SYR)",
        "*Sources*\n1 independent: wire.example.com",
        "*Kind*\noffensive_launched",
    ]
    assert evidence["text"] == {
        "type": "mrkdwn",
        "text": ">[wire.example.com, en] Rebels launched an offensive near Aleppo on Tuesday.",
    }
    assert context == {
        "type": "context",
        "elements": [{"type": "mrkdwn", "text": f"<{url}|Open alert {alert.alert_id}>"}],
    }
    store.close()


async def test_generic_body_is_the_stored_alert_json_signed_with_the_receiver_secret(
    tmp_path: Path, http: tuple[httpx.AsyncClient, Sink]
) -> None:
    client, sink = http
    store = SqliteAlertStore.open(tmp_path)
    alert = story_alerts()["call"]
    log(store, "own", alert)
    log(store, "http://legacy.example/h", alert)
    own = Receiver(name="own", url="http://own.example/h", secret="own-secret")  # type: ignore[arg-type]
    await make_dispatcher(store, client, [own]).drain()
    by_host = {r.url.host: r for r in sink.requests}
    for host, key in (("own.example", b"own-secret"), ("legacy.example", b"global-secret")):
        request = by_host[host]
        assert request.content == alert.model_dump_json().encode()
        assert Alert.model_validate_json(request.content) == alert
        assert verify(key, request.content, request.headers[SIGNATURE_HEADER])
        assert request.headers["Idempotency-Key"] == f"{alert.alert_id}:1"
    store.close()


# ---------------------------------------------------------------------------------- rate limits
@pytest.mark.parametrize("fmt", ["generic", "slack", "alertmanager"])
async def test_a_storm_above_the_rate_is_held_then_sent_as_one_digest(
    fmt: str, tmp_path: Path, http: tuple[httpx.AsyncClient, Sink]
) -> None:
    client, sink = http
    store = SqliteAlertStore.open(tmp_path)
    alerts = town_alerts(17)
    log(store, "ops", *alerts)
    receiver = Receiver.model_validate(
        {"name": "ops", "url": "http://ops.example/h", "format": fmt, "rate_per_minute": 3}
    )
    clock = Ticks()
    dispatcher = make_dispatcher(store, client, [receiver], clock)

    assert await dispatcher.drain() == 17
    assert len(sink.requests) == 3
    assert [n.alert_id for n in store.held_notifications()] == [a.alert_id for a in alerts[3:]]
    assert dispatcher.next_digest_in() == WINDOW_S

    clock.now += WINDOW_S - 1
    await dispatcher.drain()
    assert len(sink.requests) == 3 and dispatcher.next_digest_in() == 1.0

    clock.now += 1
    await dispatcher.drain()
    assert len(sink.requests) == 4
    assert store.held_notifications() == []
    statuses = [n.status for n in store.notifications()]
    assert statuses == ["sent"] * 3 + ["digested"] * 14 + ["sent"]
    digest = sink.bodies()[3]
    held = alerts[3:]
    if fmt == "generic":
        assert digest["type"] == "digest" and digest["receiver"] == "ops"
        assert digest["summary"] == "14 more similar alerts" and digest["count"] == 14
        assert [(a["alert_id"], a["title"]) for a in digest["alerts"]] == [
            (a.alert_id, a.title) for a in held
        ]
        assert digest["alerts"][0]["url"] == f"{EXTERNAL}/alerts/{held[0].alert_id}"
    elif fmt == "slack":
        assert digest["text"] == ":rotating_light: 14 more similar alerts held back by the rate limit of ops"
        header, listing = digest["blocks"]
        assert header["text"]["text"] == "Alert storm: 14 more similar alerts"
        lines = listing["text"]["text"].splitlines()
        assert lines == [
            f"• <{EXTERNAL}/alerts/{a.alert_id}|{a.alert_id}> {a.title} ({a.severity})" for a in held
        ]
    else:
        assert digest["version"] == "4" and digest["status"] == "firing"
        assert digest["groupLabels"] == {"vigie_digest": "ops"}
        assert digest["commonAnnotations"]["summary"] == "14 more similar alerts"
        assert digest["commonLabels"]["alertname"] == "offensive_launched"
        assert [(a["labels"]["alert_id"], a["annotations"]["summary"]) for a in digest["alerts"]] == [
            (a.alert_id, a.title) for a in held
        ]
    # The digest opened a new window: the next alerts go out again, up to the rate.
    more = town_alerts(20)[17:]
    log(store, "ops", *more)
    await dispatcher.drain()
    assert len(sink.requests) == 7
    store.close()


async def test_held_alerts_survive_a_restart_and_are_digested_once(
    tmp_path: Path, http: tuple[httpx.AsyncClient, Sink]
) -> None:
    client, sink = http
    receiver = Receiver(name="ops", url="http://ops.example/h", rate_per_minute=1)
    store = SqliteAlertStore.open(tmp_path)
    alerts = town_alerts(3)
    log(store, "ops", *alerts)
    await make_dispatcher(store, client, [receiver]).drain()
    assert len(sink.requests) == 1
    store.close()  # the process stops inside the window

    store = SqliteAlertStore.open(tmp_path)
    dispatcher = make_dispatcher(store, client, [receiver])
    await dispatcher.drain()
    await dispatcher.drain()
    assert len(sink.requests) == 2
    digest = sink.bodies()[1]
    assert digest["summary"] == "2 more similar alerts"
    assert [a["alert_id"] for a in digest["alerts"]] == [a.alert_id for a in alerts[1:]]
    assert sink.requests[1].headers["Idempotency-Key"].startswith("digest-")
    store.close()
