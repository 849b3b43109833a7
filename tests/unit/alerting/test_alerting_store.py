"""The stores (SQLite and PostgreSQL, same suite): restarts keep state, writes are atomic."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import cast

import psycopg
import pytest
from alerting_builders import T0, offensive, signal

from vigie_alerting.core.engine import AlertEngine
from vigie_alerting.core.rules import load_rules
from vigie_alerting.core.silences import Silence, SilenceMatchers
from vigie_alerting.pg_store import PostgresAlertStore
from vigie_alerting.runtime import build_store
from vigie_alerting.settings import AlertingSettings
from vigie_alerting.sqlite_store import SqliteAlertStore
from vigie_alerting.store import AlertStore, Notification

StoreOpener = Callable[[], AlertStore]  # the ``open_store`` fixture (conftest.py)


def test_restart_keeps_state_and_the_engine_continues_the_story(open_store: StoreOpener) -> None:
    engine = AlertEngine(load_rules())
    store = open_store()
    outcome = engine.plan(signal("a", [offensive("a")]), T0)
    alert = outcome.changes[0].alert
    note = Notification.new(alert.alert_id, alert.version, "http://hook/1", alert.model_dump_json().encode())
    store.save(
        [c.record for c in outcome.changes], article_id="a", counters={"signals": 1}, notifications=[note]
    )
    engine.apply(outcome)
    store.save([], article_id="empty", counters={"signals": 1})
    store.close()

    store = open_store()
    restarted = AlertEngine(load_rules(), records=store.load_records(), processed=store.processed_ids())
    assert restarted.alerts() == engine.alerts()
    assert store.processed_ids() == {"a", "empty"}
    assert store.counter("signals") == 2
    assert store.counter("never") == 0
    assert restarted.plan(signal("a", [offensive("a")]), T0).duplicate
    joined = restarted.plan(signal("b", [offensive("b")], source="b.example"), T0 + timedelta(hours=1))
    assert joined.changes[0].alert.alert_id == alert.alert_id
    assert joined.changes[0].alert.version == 2
    [pending] = store.pending_notifications()
    assert pending == note

    store.save([c.record for c in joined.changes], article_id="b")
    restarted.apply(joined)
    store.close()
    store = open_store()
    [record] = store.load_records()
    assert record.alert.version == 2 and record.alert.article_ids == ["a", "b"]
    store.close()


def test_sent_notifications_are_not_pending_after_reopen_and_replays_log_once(
    open_store: StoreOpener,
) -> None:
    store = open_store()
    first = Notification.new("al-1", 1, "http://hook/1", b"{}")
    second = Notification.new("al-1", 2, "http://hook/1", b"{}")
    other = Notification.new("al-2", 1, "http://hook/1", b"{}")
    store.save([], notifications=[first, second])
    store.save([], notifications=[first, other])  # a replayed version is logged once
    store.finish_notification(first.notification_id, "sent", 1, None)
    store.close()

    store = open_store()
    assert [n.notification_id for n in store.pending_notifications()] == [
        second.notification_id,
        other.notification_id,
    ]
    assert [n.notification_id for n in store.pending_notifications(limit=1)] == [second.notification_id]
    assert [(n.status, n.attempts) for n in store.notifications("al-1")] == [("sent", 1), ("pending", 0)]
    assert len(store.notifications()) == 3
    store.close()


def test_a_failed_save_writes_nothing(open_store: StoreOpener) -> None:
    engine = AlertEngine(load_rules())
    store = open_store()
    outcome = engine.plan(signal("a", [offensive("a")]), T0)
    good = Notification.new("al-1", 1, "http://hook/1", b"{}")
    broken = Notification("nt-broken", "al-1", 2, "http://hook/1", cast(bytes, None))  # NOT NULL payload
    with pytest.raises(Exception, match=r"(?i)null"):
        store.save(
            [c.record for c in outcome.changes],
            article_id="a",
            counters={"signals": 1},
            notifications=[good, broken],
        )
    assert store.load_records() == []
    assert store.processed_ids() == set()
    assert store.counter("signals") == 0
    assert store.notifications() == []
    store.save([], article_id="a", counters={"signals": 1})  # the store is usable after the rollback
    assert store.processed_ids() == {"a"} and store.counter("signals") == 1
    store.close()


def test_held_notifications_are_replaced_by_one_digest_atomically(open_store: StoreOpener) -> None:
    store = open_store()
    notes = [Notification.new(f"al-{i}", 1, "ops", b"{}") for i in range(4)]
    silenced = Notification.new("al-9", 1, "ops", b"{}", status="silenced")
    store.save([], notifications=[*notes, silenced])
    for n in notes[1:]:
        store.finish_notification(n.notification_id, "held", 0, None)
    assert [n.alert_id for n in store.held_notifications()] == ["al-1", "al-2", "al-3"]
    assert [n.alert_id for n in store.pending_notifications()] == ["al-0"]

    digest = Notification.new("digest-x", 1, "ops", b"[]", kind="digest")
    store.replace_held([n.notification_id for n in notes[1:]], digest)
    store.close()

    store = open_store()
    assert store.held_notifications() == []
    assert [(n.alert_id, n.kind) for n in store.pending_notifications()] == [
        ("al-0", "alert"),
        ("digest-x", "digest"),
    ]
    statuses = {n.alert_id: n.status for n in store.notifications()}
    assert statuses == {
        "al-0": "pending",
        "al-1": "digested",
        "al-2": "digested",
        "al-3": "digested",
        "al-9": "silenced",
        "digest-x": "pending",
    }
    store.close()


def test_silences_survive_a_restart_and_can_be_deleted(open_store: StoreOpener) -> None:
    store = open_store()
    first = Silence(
        silence_id="si-1",
        matchers=SilenceMatchers(kind="offensive_launched", country="SYR"),
        author="ana",
        comment="known story",
        starts_at=T0,
        ends_at=T0 + timedelta(hours=2),
        created_at=T0,
    )
    second = first.model_copy(update={"silence_id": "si-0", "created_at": T0 + timedelta(minutes=1)})
    store.save_silence(first)
    store.save_silence(second)
    store.close()

    store = open_store()
    assert store.silences() == [first, second]
    assert store.delete_silence("si-1") is True
    assert store.delete_silence("si-1") is False
    assert store.silences() == [second]
    store.close()


def test_the_database_url_setting_chooses_postgresql(pg_url: str, tmp_path: Path) -> None:
    on_pg = build_store(AlertingSettings(database_url=pg_url, state_dir=tmp_path / "unused"))
    on_sqlite = build_store(AlertingSettings(state_dir=tmp_path / "state"))
    try:
        assert isinstance(on_pg, PostgresAlertStore)
        assert isinstance(on_sqlite, SqliteAlertStore)
        assert not (tmp_path / "unused").exists()
        assert (tmp_path / "state" / SqliteAlertStore.FILE).exists()
    finally:
        on_pg.close()
        on_sqlite.close()


def test_postgresql_reconnects_after_the_server_dropped_the_connection(pg_url: str) -> None:
    store = PostgresAlertStore.open(pg_url)
    store.save([], article_id="a", counters={"signals": 1})
    pid = store.connection.backend_pid
    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    with pytest.raises(psycopg.OperationalError):
        store.counter("signals")  # the in-flight call fails: the service's policy is to crash
    assert store.counter("signals") == 1  # the next call reconnects, to the same schema
    assert store.connection.backend_pid != pid
    store.save([], article_id="b")
    assert store.processed_ids() == {"a", "b"}
    store.close()


# The notification log as the first releases created it, before digests added ``kind``, with one row.
LOG_BEFORE_DIGESTS = {
    "sqlite": """CREATE TABLE notifications (notification_id TEXT PRIMARY KEY, seq INTEGER NOT NULL,
        alert_id TEXT NOT NULL, version INTEGER NOT NULL, receiver TEXT NOT NULL, payload BLOB NOT NULL,
        status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        INSERT INTO notifications VALUES ('nt-old', 1, 'al-1', 1, 'http://hook/1', x'7b7d', 'pending', 0,
        NULL, '2026-11-17T09:00:00+00:00', '2026-11-17T09:00:00+00:00');""",
    "postgresql": """CREATE TABLE notifications (notification_id TEXT PRIMARY KEY,
        seq BIGINT GENERATED ALWAYS AS IDENTITY, alert_id TEXT NOT NULL, version INTEGER NOT NULL,
        receiver TEXT NOT NULL, payload BYTEA NOT NULL, status TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, created_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL);
        INSERT INTO notifications (notification_id, alert_id, version, receiver, payload, status,
        created_at, updated_at) VALUES ('nt-old', 'al-1', 1, 'http://hook/1', '\\x7b7d', 'pending',
        '2026-11-17T09:00:00+00:00', '2026-11-17T09:00:00+00:00');""",
}


def test_a_database_from_before_digests_is_upgraded_in_place(
    backend: str, run_sql: Callable[[str], None], open_store: StoreOpener
) -> None:
    run_sql(LOG_BEFORE_DIGESTS[backend])
    store = open_store()
    [pending] = store.pending_notifications()
    assert (pending.notification_id, pending.kind, pending.payload) == ("nt-old", "alert", b"{}")
    digest = Notification.new("digest-x", 1, "ops", b"[]", kind="digest")
    store.save([], notifications=[Notification.new("al-2", 1, "http://hook/1", b"{}"), digest])
    store.close()

    store = open_store()  # reopening finds the column there and leaves it
    assert [(n.alert_id, n.kind) for n in store.pending_notifications()] == [
        ("al-1", "alert"),
        ("al-2", "alert"),
        ("digest-x", "digest"),
    ]
    store.close()


def test_a_failed_digest_logs_nothing_and_leaves_the_held_notifications_held(
    open_store: StoreOpener,
) -> None:
    store = open_store()
    held = [Notification.new(f"al-{i}", 1, "ops", b"{}", status="held") for i in range(2)]
    store.save([], notifications=held)
    digest = Notification.new("digest-x", 1, "ops", b"[]", kind="digest")
    unbindable = cast(str, object())  # fails the second statement, after the digest is inserted
    with pytest.raises(Exception, match=r"(?i)adapt|type"):
        store.replace_held([held[0].notification_id, unbindable], digest)
    assert store.held_notifications() == held
    assert [n.alert_id for n in store.notifications()] == ["al-0", "al-1"]
    store.close()
