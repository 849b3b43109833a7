"""Silences: matchers, the HTTP endpoints, and silenced alerts that are stored but never notified."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from alerting_builders import DAY, T0, leader_call, offensive, signal
from pydantic import SecretStr, ValidationError

from vigie.contracts import Location
from vigie_alerting.broadcast import AlertHub
from vigie_alerting.core.engine import AlertEngine
from vigie_alerting.core.regions import load_regions
from vigie_alerting.core.rules import load_rules
from vigie_alerting.core.silences import SilenceMatchers
from vigie_alerting.http_app import create_app
from vigie_alerting.metrics import AlertingMetrics
from vigie_alerting.publisher import MemoryPublisher
from vigie_alerting.service import AlertingService
from vigie_alerting.sqlite_store import SqliteAlertStore

TOKEN = "let-me-in"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
HOOK = "http://hook.example.org/x"


class Clock:
    def __init__(self) -> None:
        self.now = T0 + timedelta(minutes=30)

    def __call__(self) -> datetime:
        return self.now


def make_service(store: SqliteAlertStore, clock: Clock) -> AlertingService:
    return AlertingService(
        AlertEngine(load_rules()),
        store,
        MemoryPublisher(),
        AlertingMetrics.create(),
        AlertHub(),
        receivers=[HOOK],
        clock=clock,
    )


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def service(tmp_path: Path, clock: Clock) -> AsyncIterator[AlertingService]:
    store = SqliteAlertStore.open(tmp_path)
    yield make_service(store, clock)
    store.close()


@pytest.fixture
async def client(service: AlertingService) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(service, SecretStr(TOKEN))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://alerting") as c:
        yield c


def town(k: int) -> Location:
    return Location(text=f"Town {k}", name=f"Town {k}", country="SYR")


def silence_body(clock: Clock, minutes: int = 60, **matchers: str) -> dict[str, Any]:
    return {
        "matchers": matchers,
        "author": "ana",
        "comment": "known offensive, we follow it elsewhere",
        "ends_at": (clock.now + timedelta(minutes=minutes)).isoformat(),
    }


def statuses(service: AlertingService, alert_id: str) -> list[str]:
    return [n.status for n in service.store.notifications(alert_id)]


# ---------------------------------------------------------------------------------- matchers
def test_every_matcher_must_match() -> None:
    engine = AlertEngine(load_rules())
    outcome = engine.plan(signal("syr", [offensive("syr")]), T0)
    alert = outcome.changes[0].alert  # offensive_launched, critical, SYR, SYRREB -> SYRMIL, Aleppo
    assert SilenceMatchers(kind="offensive_launched").matches(alert)
    assert SilenceMatchers(country="SYR", actor_code="SYRMIL", severity="critical", place="aleppo").matches(
        alert
    )
    assert not SilenceMatchers(kind="leader_call").matches(alert)
    assert not SilenceMatchers(country="TUR").matches(alert)
    assert not SilenceMatchers(actor_code="TURGOV").matches(alert)
    assert not SilenceMatchers(severity="high").matches(alert)
    assert not SilenceMatchers(place="Idlib").matches(alert)
    assert not SilenceMatchers(kind="offensive_launched", country="UKR").matches(alert)


def test_list_matchers_are_the_routing_filters() -> None:
    engine = AlertEngine(load_rules())
    outcome = engine.plan(signal("syr", [offensive("syr")]), T0)
    alert = outcome.changes[0].alert  # offensive_launched, critical, SYR, SYRREB -> SYRMIL, Aleppo
    regions = load_regions()
    holds = [
        SilenceMatchers(regions=["levant"]),
        SilenceMatchers(regions=["Sahel"], countries=["SYR"]),  # where: one of them
        SilenceMatchers(kinds=["leader_call", "offensive_launched"]),
        SilenceMatchers(actor_codes=["SYRREB"]),
        SilenceMatchers(actor_codes=["SYR"]),  # a code prefix
        SilenceMatchers(actor_names=["syrian army"]),
        SilenceMatchers(actor_codes=["TUR"], actor_names=["Syrian rebels"]),  # who: one of them
        SilenceMatchers(severities=["high", "critical"]),
        SilenceMatchers(min_severity="high"),
        SilenceMatchers(regions=["Middle East"], kinds=["offensive_launched"], min_severity="critical"),
    ]
    fails = [
        SilenceMatchers(regions=["Sahel"]),
        SilenceMatchers(countries=["UKR", "TUR"]),
        SilenceMatchers(kinds=["leader_call"]),
        SilenceMatchers(actor_codes=["TURGOV", "RUS"]),
        SilenceMatchers(actor_names=["Vladimir Putin"]),
        SilenceMatchers(severities=["low", "medium"]),
        SilenceMatchers(regions=["Levant"], kinds=["leader_call"]),  # every matcher must hold
        SilenceMatchers(regions=["Levant"], kind="offensive_launched", country="UKR"),
    ]
    assert [m.matches(alert, regions) for m in holds] == [True] * len(holds)
    assert [m.matches(alert, regions) for m in fails] == [False] * len(fails)
    # Without the region table, or naming a region the table no longer has, a region matches nothing.
    assert not SilenceMatchers(regions=["Levant"]).matches(alert)
    assert not SilenceMatchers(regions=["Atlantis"]).matches(alert, regions)
    low = alert.model_copy(update={"severity": "medium"})
    assert not SilenceMatchers(min_severity="high").matches(low, regions)
    assert SilenceMatchers(min_severity="medium").matches(low, regions)


@pytest.mark.parametrize(
    "matchers",
    [
        {},
        {"country": "Syria"},
        {"severity": "urgent"},
        {"colour": "red"},
        {"countries": ["Syria"]},
        {"min_severity": "urgent"},
        {"kinds": [], "regions": []},  # empty lists are no matcher
    ],
)
def test_bad_matchers_are_rejected(matchers: dict[str, str]) -> None:
    with pytest.raises(ValidationError):
        SilenceMatchers.model_validate(matchers)


# ---------------------------------------------------------------------------------- HTTP
async def test_creating_and_deleting_silences_needs_the_token(
    client: httpx.AsyncClient, clock: Clock
) -> None:
    body = silence_body(clock, country="SYR")
    assert (await client.post("/silences", json=body)).status_code == 401
    created = await client.post("/silences", json=body, headers=AUTH)
    assert created.status_code == 201
    silence = created.json()
    assert silence["silence_id"].startswith("si-")
    assert {k: v for k, v in silence["matchers"].items() if v} == {"country": "SYR"}
    assert (silence["author"], silence["starts_at"]) == ("ana", "2026-11-17T09:30:00Z")

    listed = (await client.get("/silences")).json()
    assert listed["count"] == 1
    assert listed["silences"][0]["silence_id"] == silence["silence_id"]
    assert listed["silences"][0]["state"] == "active"

    path = f"/silences/{silence['silence_id']}"
    assert (await client.delete(path)).status_code == 401
    assert (await client.delete(path, headers=AUTH)).status_code == 204
    assert (await client.delete(path, headers=AUTH)).status_code == 404
    assert (await client.get("/silences")).json() == {"count": 0, "silences": []}


@pytest.mark.parametrize(
    "change",
    [
        {"matchers": {}},
        {"author": ""},
        {"ends_at": "2026-11-17T09:00:00+00:00"},  # before now: an empty span
        {"ends_at": "2026-11-17T12:00:00"},  # no time zone
        {"starts_at": "2026-11-17T13:00:00+00:00", "ends_at": "2026-11-17T12:00:00+00:00"},
    ],
)
async def test_invalid_silences_are_422(
    client: httpx.AsyncClient, clock: Clock, change: dict[str, Any]
) -> None:
    body = silence_body(clock, kind="leader_call") | change
    assert (await client.post("/silences", json=body, headers=AUTH)).status_code == 422
    assert (await client.get("/silences")).json()["count"] == 0


async def test_a_silence_on_an_undefined_region_is_422(client: httpx.AsyncClient, clock: Clock) -> None:
    body = silence_body(clock) | {"matchers": {"regions": ["Atlantis"]}}
    answer = await client.post("/silences", json=body, headers=AUTH)
    assert answer.status_code == 422 and "Atlantis" in answer.text
    assert (await client.get("/silences")).json()["count"] == 0


async def test_a_region_silence_holds_back_the_region_only(
    service: AlertingService, client: httpx.AsyncClient, clock: Clock
) -> None:
    body = silence_body(clock) | {"matchers": {"regions": ["Levant"], "min_severity": "high"}}
    created = await client.post("/silences", json=body, headers=AUTH)
    assert created.status_code == 201
    assert created.json()["matchers"]["regions"] == ["Levant"]
    await service.handle_signal(signal("syr", [offensive("syr", place=town(0))]))
    await service.handle_signal(signal("call", [leader_call("call")], source="b.example"))
    syr, call = service.publisher.alerts  # type: ignore[attr-defined]
    assert statuses(service, syr.alert_id) == ["silenced"]
    assert statuses(service, call.alert_id) == ["pending"]  # Türkiye and Russia are not the Levant


async def test_a_future_silence_is_pending_then_expired(client: httpx.AsyncClient, clock: Clock) -> None:
    body = silence_body(clock, 120, kind="leader_call")
    body["starts_at"] = (clock.now + timedelta(minutes=60)).isoformat()
    assert (await client.post("/silences", json=body, headers=AUTH)).status_code == 201
    states = []
    for _ in range(3):
        states.append((await client.get("/silences")).json()["silences"][0]["state"])
        clock.now += timedelta(minutes=61)
    assert states == ["pending", "active", "expired"]


# ---------------------------------------------------------------------------------- effect
async def test_a_silenced_alert_is_stored_and_published_but_not_notified(
    service: AlertingService, client: httpx.AsyncClient, clock: Clock
) -> None:
    resp = await client.post("/silences", json=silence_body(clock, country="SYR"), headers=AUTH)
    silence_id = resp.json()["silence_id"]

    await service.handle_signal(signal("syr", [offensive("syr", place=town(0))]))
    await service.handle_signal(signal("call", [leader_call("call")], source="b.example"))
    published = service.publisher.alerts  # type: ignore[attr-defined]
    syr, call = published  # both were published, silenced or not
    assert (await client.get(f"/alerts/{syr.alert_id}")).status_code == 200
    assert statuses(service, syr.alert_id) == ["silenced"]
    assert statuses(service, call.alert_id) == ["pending"]
    assert [n.alert_id for n in service.store.pending_notifications()] == [call.alert_id]

    # A later version of the silenced story is stored too, still silenced.
    second = signal("syr2", [offensive("syr2", place=town(0))], source="other.example")
    await service.handle_signal(second)
    assert (await client.get(f"/alerts/{syr.alert_id}")).json()["article_ids"] == ["syr", "syr2"]

    # Once deleted, new alerts of Syria are notified again.
    assert (await client.delete(f"/silences/{silence_id}", headers=AUTH)).status_code == 204
    await service.handle_signal(signal("syr3", [offensive("syr3", place=town(3))]))
    newest = published[-1]
    assert newest.location is not None and newest.location.name == "Town 3"
    assert statuses(service, newest.alert_id) == ["pending"]


async def test_a_silence_stops_applying_when_it_ends_and_survives_a_restart(
    tmp_path: Path, clock: Clock
) -> None:
    store = SqliteAlertStore.open(tmp_path)
    service = make_service(store, clock)
    request = {"matchers": {"actor_code": "TURGOV"}, "author": "ana", "comment": "routine calls"}
    request["ends_at"] = (clock.now + timedelta(hours=1)).isoformat()
    app = create_app(service, SecretStr(TOKEN))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://a") as c:
        assert (await c.post("/silences", json=request, headers=AUTH)).status_code == 201
    store.close()

    store = SqliteAlertStore.open(tmp_path)
    restarted = make_service(store, clock)
    assert len(restarted.silences) == 1
    await restarted.handle_signal(signal("c1", [leader_call("c1")]))
    first = restarted.publisher.alerts[-1]  # type: ignore[attr-defined]
    assert statuses(restarted, first.alert_id) == ["silenced"]

    clock.now += timedelta(hours=2)
    # The same leaders a week later: a new story, matched by the silence, which has ended.
    later = leader_call("c2", event_date=DAY + timedelta(days=7))
    await restarted.handle_signal(signal("c2", [later], source="b.example", published=T0 + timedelta(days=7)))
    second = restarted.publisher.alerts[-1]  # type: ignore[attr-defined]
    assert second.alert_id != first.alert_id
    assert statuses(restarted, second.alert_id) == ["pending"]
    store.close()
