"""Watchlists and routing: named regions as data, actor matchers and statuses route alerts to
receivers, and filter GET /alerts; a receiver naming an undefined region stops the start-up."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from alerting_builders import DAY, T0, event, offensive, signal
from pydantic import SecretStr

from vigie.contracts import Actor, Alert, Location
from vigie_alerting.__main__ import main
from vigie_alerting.broadcast import AlertHub
from vigie_alerting.core.engine import AlertEngine
from vigie_alerting.core.filters import AlertFilter
from vigie_alerting.core.regions import RegionError, load_regions
from vigie_alerting.core.rules import load_rules
from vigie_alerting.http_app import create_app
from vigie_alerting.metrics import AlertingMetrics
from vigie_alerting.publisher import MemoryPublisher
from vigie_alerting.receivers import Receiver
from vigie_alerting.service import AlertingService
from vigie_alerting.sqlite_store import SqliteAlertStore

REGIONS = load_regions()
JNIM = Actor(
    text="JNIM", name="Jama'at Nusrat al-Islam wal-Muslimin", country="MLI", role="INS", code="MLIINS"
)
MALI_ARMY = Actor(text="army", name="Malian armed forces", country="MLI", role="MIL", code="MLIMIL")
WAGNER = Actor(text="Wagner", name="Wagner Group", country="RUS", role="MIL", code="RUSMIL")
MENAKA = Location(text="Ménaka", name="Menaka", country="MLI", lat=15.9182, lon=2.4022)
BAMAKO = Location(text="Bamako", name="Bamako", country="MLI", lat=12.6392, lon=-8.0029)
KHARKIV = Location(text="Kharkiv", name="Kharkiv", country="UKR", lat=49.9935, lon=36.2304)
UKRAINE = Actor(text="Kyiv", name="Ukraine", country="UKR", role="GOV", code="UKRGOV")


def alerts() -> dict[str, Alert]:
    """An offensive and a capture in Mali (Sahel), an offensive in Ukraine (Eastern Europe)."""
    engine = AlertEngine(load_rules())
    capture = event(
        "cap",
        "capture",
        cameo="190",
        source=JNIM,
        target=MALI_ARMY,
        location=MENAKA,
        sentence="Militants seized Menaka on Tuesday.",
        trigger="seized",
        event_date=DAY,
    )
    sigs = {
        "off": signal("off", [offensive("off", place=BAMAKO, source=JNIM, target=MALI_ARMY)]),
        "cap": signal("cap", [capture], source="b.example"),
        "ukr": signal(
            "ukr", [offensive("ukr", place=KHARKIV, source=WAGNER, target=UKRAINE)], source="c.example"
        ),
    }
    out = {}
    for name, sig in sigs.items():
        outcome = engine.plan(sig, T0 + timedelta(hours=1))
        engine.apply(outcome)
        out[name] = outcome.changes[0].alert
    return out


ALERTS = alerts()


def test_bundled_regions_validate_and_resolve_in_any_case() -> None:
    assert REGIONS.resolve("sahel") == "Sahel"
    assert {"MLI", "NER", "BFA", "TCD"} <= REGIONS.countries(["Sahel"])
    assert {"UKR", "POL"} <= REGIONS.countries(["EASTERN EUROPE"])
    assert "SYR" in REGIONS.countries(["Middle East"])
    with pytest.raises(RegionError, match="unknown region 'Atlantis'"):
        REGIONS.countries(["Atlantis"])


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("version: 1\nregions: [{name: X, countries: [QQQ]}]\n", "unknown country codes"),
        ("version: 1\nregions: [{name: X, countries: [mli]}]\n", "pattern"),
        ("version: 1\nregions: [{name: X, countries: []}]\n", "at least 1"),
        ("version: 1\nregions: [{name: X, countries: [MLI]}, {name: x, countries: [NER]}]\n", "duplicate"),
        ("version: 1\nregions: [{name: X, countries: [MLI, MLI]}]\n", "twice"),
        ("regions: [{name: X, countries: [MLI], colour: red}]\n", "Extra inputs"),
    ],
)
def test_a_bad_region_file_is_refused_with_the_field(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "regions.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(RegionError, match=message):
        load_regions(path)


@pytest.mark.parametrize(
    ("receiver", "accepted"),
    [
        ({"regions": ["Sahel"], "kinds": ["offensive_launched", "city_captured"]}, {"off", "cap"}),
        ({"regions": ["Sahel"], "kinds": ["city_captured"]}, {"cap"}),
        ({"regions": ["Eastern Europe"]}, {"ukr"}),
        ({"regions": ["Sahel"], "countries": ["UKR"]}, {"off", "cap", "ukr"}),  # where: one or the other
        ({"actor_codes": ["MLIINS"]}, {"off", "cap"}),
        ({"actor_codes": ["RUS"]}, {"ukr"}),  # a code prefix: every Russian actor
        ({"actor_names": ["wagner group"]}, {"ukr"}),
        ({"actor_codes": ["MLIINS"], "actor_names": ["Wagner Group"]}, {"off", "cap", "ukr"}),
        ({"regions": ["Sahel"], "actor_codes": ["RUS"]}, set()),  # every filter must hold
        ({"statuses": ["expired"]}, set()),
        ({}, {"off", "cap", "ukr"}),
    ],
)
def test_receivers_route_on_regions_actors_kinds_and_statuses(
    receiver: dict[str, object], accepted: set[str]
) -> None:
    r = Receiver.model_validate({"name": "team", "url": "http://hooks.example.org/t", **receiver})
    assert {name for name, alert in ALERTS.items() if r.accepts(alert, REGIONS)} == accepted


def test_a_region_route_without_the_region_table_accepts_nothing() -> None:
    r = Receiver(name="t", url="http://hooks.example.org/t", regions=["Sahel"])
    assert not any(r.accepts(a) for a in ALERTS.values())


def test_the_place_country_puts_an_alert_in_a_region() -> None:
    foreign = ALERTS["ukr"].model_copy(update={"countries": ["RUS"]})  # Kharkiv is in Ukraine
    assert AlertFilter(region_countries=REGIONS.countries(["Eastern Europe"])).keep(foreign)


def test_an_undefined_region_in_the_receivers_stops_the_start_up(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    receivers = [
        {"name": "sahel-desk", "url": "http://hooks.example.org/s", "regions": ["Sahel", "Atlantis"]}
    ]
    monkeypatch.setenv("VIGIE_ALERTING_RECEIVERS", json.dumps(receivers))
    assert main([]) == 2
    assert "unknown region 'Atlantis'" in capsys.readouterr().err


def test_a_bad_region_file_stops_the_start_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "regions.yaml"
    path.write_text("version: 1\nregions: [{name: X, countries: [QQQ]}]\n", encoding="utf-8")
    monkeypatch.setenv("VIGIE_ALERTING_REGIONS_FILE", str(path))
    assert main([]) == 2
    assert "unknown country codes" in capsys.readouterr().err


async def test_the_service_routes_notifications_by_region_and_actor(tmp_path: Path) -> None:
    store = SqliteAlertStore.open(tmp_path)
    receivers = [
        Receiver(name="sahel", url="http://hooks.example.org/s", regions=["Sahel"], kinds=["city_captured"]),
        Receiver(name="russia-watch", url="http://hooks.example.org/r", actor_codes=["RUS"]),
    ]
    svc = AlertingService(
        AlertEngine(load_rules()),
        store,
        MemoryPublisher(),
        AlertingMetrics.create(),
        AlertHub(),
        receivers=receivers,
        clock=lambda: T0 + timedelta(hours=1),
    )
    capture = event(
        "cap",
        "capture",
        cameo="190",
        source=JNIM,
        target=MALI_ARMY,
        location=MENAKA,
        sentence="Militants seized Menaka on Tuesday.",
        trigger="seized",
    )
    await svc.handle_signal(signal("cap", [capture]))
    await svc.handle_signal(signal("off", [offensive("off", place=BAMAKO, source=JNIM, target=MALI_ARMY)]))
    await svc.handle_signal(
        signal("ukr", [offensive("ukr", place=KHARKIV, source=WAGNER, target=UKRAINE)], source="c.example")
    )
    routed = {(n.receiver, json.loads(n.payload)["article_ids"][0]) for n in store.notifications()}
    assert routed == {("sahel", "cap"), ("russia-watch", "ukr")}
    store.close()


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    store = SqliteAlertStore.open(tmp_path)
    svc = AlertingService(
        AlertEngine(load_rules()),
        store,
        MemoryPublisher(),
        AlertingMetrics.create(),
        AlertHub(),
        clock=lambda: T0 + timedelta(hours=1),
    )
    await svc.handle_signal(signal("off", [offensive("off", place=BAMAKO, source=JNIM, target=MALI_ARMY)]))
    await svc.handle_signal(
        signal("ukr", [offensive("ukr", place=KHARKIV, source=WAGNER, target=UKRAINE)], source="c.example")
    )
    app = create_app(svc, SecretStr("token"))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://alerting") as c:
        yield c
    store.close()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"region": "Sahel"}, {"off"}),
        ({"region": "sahel,Eastern Europe"}, {"off", "ukr"}),
        ({"region": "Sahel", "country": "UKR"}, {"off", "ukr"}),
        ({"actor": "RUSMIL"}, {"ukr"}),
        ({"actor": "mli"}, {"off"}),
        ({"actor": "Wagner Group"}, {"ukr"}),
        ({"region": "all"}, {"off", "ukr"}),
    ],
)
async def test_alerts_filter_by_region_and_actor(
    client: httpx.AsyncClient, query: dict[str, str], expected: set[str]
) -> None:
    resp = await client.get("/alerts", params=query)
    assert resp.status_code == 200
    assert {a["article_ids"][0] for a in resp.json()["alerts"]} == expected


async def test_unknown_region_is_a_422_and_regions_are_listed(client: httpx.AsyncClient) -> None:
    resp = await client.get("/alerts", params={"region": "Atlantis"})
    assert resp.status_code == 422 and "Atlantis" in resp.json()["detail"]
    regions = (await client.get("/regions")).json()
    assert regions["count"] == len(REGIONS.regions)
    sahel = next(r for r in regions["regions"] if r["name"] == "Sahel")
    assert "MLI" in sahel["countries"]
