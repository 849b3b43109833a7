"""The SQLite store: a restart keeps alerts, processed ids, counters and the notification log."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from alerting_builders import T0, offensive, signal

from vigie_alerting.core.engine import AlertEngine
from vigie_alerting.core.rules import load_rules
from vigie_alerting.store import Notification, SqliteAlertStore


def test_restart_keeps_state_and_the_engine_continues_the_story(tmp_path: Path) -> None:
    engine = AlertEngine(load_rules())
    store = SqliteAlertStore.open(tmp_path)
    outcome = engine.plan(signal("a", [offensive("a")]), T0)
    alert = outcome.changes[0].alert
    note = Notification.new(alert.alert_id, alert.version, "http://hook/1", alert.model_dump_json().encode())
    store.save(
        [c.record for c in outcome.changes], article_id="a", counters={"signals": 1}, notifications=[note]
    )
    engine.apply(outcome)
    store.save([], article_id="empty", counters={"signals": 1})
    store.close()

    store = SqliteAlertStore.open(tmp_path)
    restarted = AlertEngine(load_rules(), records=store.load_records(), processed=store.processed_ids())
    assert restarted.alerts() == engine.alerts()
    assert store.processed_ids() == {"a", "empty"}
    assert store.counter("signals") == 2
    assert restarted.plan(signal("a", [offensive("a")]), T0).duplicate
    joined = restarted.plan(signal("b", [offensive("b")], source="b.example"), T0 + timedelta(hours=1))
    assert joined.changes[0].alert.alert_id == alert.alert_id
    assert joined.changes[0].alert.version == 2
    [pending] = store.pending_notifications()
    assert pending == note
    store.close()


def test_sent_notifications_are_not_pending_after_reopen_and_replays_log_once(tmp_path: Path) -> None:
    store = SqliteAlertStore.open(tmp_path)
    first = Notification.new("al-1", 1, "http://hook/1", b"{}")
    second = Notification.new("al-1", 2, "http://hook/1", b"{}")
    store.save([], notifications=[first, second])
    store.save([], notifications=[first])  # a replayed version is logged once
    store.finish_notification(first.notification_id, "sent", 1, None)
    store.close()

    store = SqliteAlertStore.open(tmp_path)
    assert [n.notification_id for n in store.pending_notifications()] == [second.notification_id]
    assert [(n.status, n.attempts) for n in store.notifications("al-1")] == [("sent", 1), ("pending", 0)]
    store.close()
