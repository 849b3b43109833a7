"""The alerting process on PostgreSQL and the real broker: state survives a restart, routed webhooks."""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import psycopg
import pytest
from test_alerting_service_kafka import ALEPPO, KHARKIV, Hooks, Service, alerts_for, make_signal, produce

from vigie.broker import free_port
from vigie.contracts import Location, Signal
from vigie.kafka import encode

pytestmark = pytest.mark.integration

DEFAULT_TEST_DATABASE = "postgresql://postgres@127.0.0.1:5432/test"


def at(signal: Signal, place: str) -> Signal:
    """``signal`` at a place of this run only, so stories of other tests on the topic stay apart."""
    events = [
        e.model_copy(update={"location": Location(text=place, name=place, country=e.location.country)})
        for e in signal.events
        if e.location is not None
    ]
    return signal.model_copy(update={"events": events})


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A URL on a fresh schema of the test database (``VIGIE_TEST_DATABASE_URL``), dropped after."""
    base = os.environ.get("VIGIE_TEST_DATABASE_URL", DEFAULT_TEST_DATABASE)
    try:
        admin = psycopg.connect(base, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        pytest.fail(f"PostgreSQL is not reachable at {base}: {exc}", pytrace=False)
    schema = f"vigie_test_{secrets.token_hex(6)}"
    admin.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{base}?options={quote(f'-csearch_path={schema}')}"
    finally:
        admin.execute(f"DROP SCHEMA {schema} CASCADE")
        admin.close()


@pytest.fixture
def am_hooks() -> Iterator[Hooks]:
    h = Hooks()
    h.thread.start()
    yield h
    h.server.shutdown()
    h.server.server_close()


@pytest.fixture
async def pg_service(
    kafka_bootstrap: str, tmp_path: Path, pg_url: str, am_hooks: Hooks
) -> AsyncIterator[Service]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VIGIE_")}
    receivers = [{"name": "am", "url": am_hooks.url, "format": "alertmanager", "countries": ["UKR"]}]
    env |= {
        "VIGIE_KAFKA_BOOTSTRAP": kafka_bootstrap,
        "VIGIE_ALERTING_HTTP_PORT": str(free_port()),
        "VIGIE_ALERTING_STATE_DIR": str(tmp_path / "state"),
        "VIGIE_ALERTING_DATABASE_URL": pg_url,
        "VIGIE_ALERTING_GROUP_ID": f"alerting-pg-{uuid.uuid4().hex[:10]}",
        "VIGIE_ALERTING_RECEIVERS": json.dumps(receivers),
        "VIGIE_ALERTING_API_TOKEN": "token",
        # The shared signals topic holds other tests' signals of other dates: in event time they would
        # end these stories (expiry has its own test on a service that reads only its own signals).
        "VIGIE_ALERTING_EXPIRY_CLOCK": "off",
    }
    svc = Service(env, tmp_path / "alerting.log")
    yield svc
    if svc.process is not None:
        svc.stop()


async def test_state_lives_in_postgresql_across_a_restart(
    kafka_bootstrap: str, pg_service: Service, am_hooks: Hooks, tmp_path: Path
) -> None:
    run = f"pg-{uuid.uuid4().hex[:8]}"
    a1, a2, b1 = f"{run}-a1", f"{run}-a2", f"{run}-b1"
    first = [
        at(make_signal(a1, ALEPPO, "wire.example", "en", 0), f"{run} Aleppo"),
        at(make_signal(b1, KHARKIV, "novosti.example", "ru", 3), f"{run} Kharkiv"),
    ]
    await produce(kafka_bootstrap, [(s.article_id, encode(s)) for s in first])
    await pg_service.start()
    before = await alerts_for(pg_service.base_url, run, {a1: 1, b1: 1})
    async with httpx.AsyncClient(base_url=pg_service.base_url, timeout=5.0) as client:
        story_a = next(a for a in before if a["article_ids"] == [a1])
        acked = await client.post(
            f"/alerts/{story_a['alert_id']}/ack", headers={"Authorization": "Bearer token"}
        )
        assert acked.status_code == 200
    assert pg_service.stop() == 0
    assert not (tmp_path / "state").exists(), "SQLite state written although a database URL is set"

    late = at(make_signal(a2, ALEPPO, "journal.example", "fr", 5), f"{run} Aleppo")
    await produce(kafka_bootstrap, [(a2, encode(late))])
    await pg_service.start()
    after = await alerts_for(pg_service.base_url, run, {a1: 2, b1: 1})
    story_a = next(a for a in after if a["article_ids"][0] == a1)
    assert story_a["article_ids"] == [a1, a2]
    assert story_a["status"] == "acknowledged"  # the ack of the first run is remembered
    async with httpx.AsyncClient(base_url=pg_service.base_url, timeout=5.0) as client:
        status = (await client.get("/status")).json()
    assert status["signals_processed"] >= 3

    # The receiver only wants Ukraine: of this run's stories, one Alertmanager body, for story B.
    story_b = next(a for a in after if a["article_ids"] == [b1])
    ours = {story_a["alert_id"], story_b["alert_id"]}

    def bodies() -> list[dict[str, Any]]:
        decoded = [json.loads(body) for _, body in am_hooks.received]
        return [b for b in decoded if b["alerts"][0]["labels"]["alert_id"] in ours]

    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if bodies():
            break
        await asyncio.sleep(0.2)
    (body,) = bodies()
    assert body["alerts"][0]["labels"]["alert_id"] == story_b["alert_id"]
    assert body["version"] == "4" and body["receiver"] == "am"
    assert body["alerts"][0]["labels"]["countries"] == "RUS,UKR"
