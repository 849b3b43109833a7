"""Alert versions on the real broker carry CloudEvents 1.0 binary-mode headers."""

from __future__ import annotations

import time
import uuid
from datetime import UTC, datetime

import pytest

from vigie.contracts import Alert
from vigie.kafka import make_consumer, make_producer
from vigie.topics import ALERTS
from vigie_alerting.publisher import KafkaPublisher

pytestmark = pytest.mark.integration

T0 = datetime(2026, 11, 17, 9, 0, tzinfo=UTC)


def alert(alert_id: str, version: int) -> Alert:
    return Alert(
        alert_id=alert_id,
        version=version,
        dedup_key="offensive_launched|SYR|aleppo|2026-11-17",
        kind="offensive_launched",
        severity="high",
        title="Rebels launch an offensive near Aleppo",
        plover="FIGHT",
        cameo="190",
        countries=["SYR"],
        first_seen=T0,
        last_seen=T0,
        article_ids=["a1"],
        languages=["en"],
        sources=["wire.example"],
        independent_sources=1,
        updated_at=datetime(2026, 11, 17, 9, 30, 15, 250000, tzinfo=UTC),
    )


async def test_each_alert_version_has_cloudevents_headers(kafka_bootstrap: str) -> None:
    alert_id = f"al-ce-{uuid.uuid4().hex[:10]}"
    producer = make_producer(kafka_bootstrap)
    await producer.start()
    try:
        await KafkaPublisher(producer).publish_alerts([alert(alert_id, 1), alert(alert_id, 2)])
    finally:
        await producer.stop()

    consumer = make_consumer(kafka_bootstrap, ALERTS, group_id=f"it-ce-{uuid.uuid4().hex[:10]}")
    await consumer.start()
    found: dict[int, dict[str, bytes]] = {}
    deadline = time.monotonic() + 30
    try:
        while time.monotonic() < deadline and len(found) < 2:
            for records in (await consumer.getmany(timeout_ms=300)).values():
                for r in records:
                    if r.key == alert_id.encode() and r.value is not None:
                        found[Alert.model_validate_json(r.value).version] = dict(r.headers)
    finally:
        await consumer.stop()

    assert set(found) == {1, 2}
    for version, headers in found.items():
        assert headers == {
            "ce_specversion": b"1.0",
            "ce_id": f"{alert_id}:{version}".encode(),
            "ce_source": b"/vigie/alerting",
            "ce_type": b"dev.vigie.alert.v1",
            "ce_time": b"2026-11-17T09:30:15.250000Z",
            "ce_subject": alert_id.encode(),
            "content-type": b"application/json",
        }
