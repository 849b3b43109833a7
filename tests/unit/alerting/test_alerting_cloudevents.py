"""CloudEvents binary-mode headers of an alert version (the broker round trip is an integration test)."""

from __future__ import annotations

from datetime import timedelta, timezone

from alerting_builders import T0, offensive, signal

from vigie_alerting.cloudevents import alert_headers
from vigie_alerting.core.engine import AlertEngine
from vigie_alerting.core.rules import load_rules


def test_headers_name_the_version_and_its_time_in_utc() -> None:
    outcome = AlertEngine(load_rules()).plan(signal("a", [offensive("a")]), T0)
    alert = outcome.changes[0].alert
    paris = timezone(timedelta(hours=1))
    later = alert.model_copy(
        update={"version": 4, "updated_at": (T0 + timedelta(minutes=5)).astimezone(paris)}
    )
    headers = alert_headers(later)
    assert [name for name, _ in headers] == [
        "ce_specversion",
        "ce_id",
        "ce_source",
        "ce_type",
        "ce_time",
        "ce_subject",
        "content-type",
    ]
    values = dict(headers)
    assert values["ce_id"] == f"{alert.alert_id}:4".encode()
    assert values["ce_time"] == b"2026-11-17T09:05:00Z"
    assert values["ce_subject"] == alert.alert_id.encode()
    assert values["ce_specversion"] == b"1.0" and values["ce_type"] == b"dev.vigie.alert.v1"
