"""``AlertStore`` on PostgreSQL (psycopg 3): the same state as the SQLite store, for shared deployments.

Open with ``PostgresAlertStore.open("postgresql://user@host:5432/db")``. The tables are created at
start-up (idempotent, under an advisory lock so concurrent start-ups do not race); they go to the
connection's ``search_path``, so a schema can be chosen in the URL with
``?options=-csearch_path%3Dmyschema``. Calls are synchronous and short, like the SQLite store's.
A call on a connection the server dropped raises ``psycopg.OperationalError``: the consumer stops
without committing its offset (the service exits and its supervisor restarts it), and any later
call reconnects.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg

from vigie.contracts import utcnow
from vigie_alerting.core.silences import Silence
from vigie_alerting.core.stories import StoryRecord
from vigie_alerting.store import NOTIFICATION_COLUMNS, Notification, NotificationStatus

# Any constant key: it serialises schema creation between processes starting together.
_SCHEMA_LOCK = 0x76696769
_SCHEMA = [
    """CREATE TABLE IF NOT EXISTS alerts (
        seq BIGINT GENERATED ALWAYS AS IDENTITY,
        alert_id TEXT PRIMARY KEY,
        version INTEGER NOT NULL,
        record JSONB NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS processed (
        article_id TEXT PRIMARY KEY,
        processed_at TIMESTAMPTZ NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS counters (
        name TEXT PRIMARY KEY,
        value BIGINT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS notifications (
        notification_id TEXT PRIMARY KEY,
        seq BIGINT GENERATED ALWAYS AS IDENTITY,
        alert_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        receiver TEXT NOT NULL,
        payload BYTEA NOT NULL,
        status TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        created_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL,
        kind TEXT NOT NULL DEFAULT 'alert'
    )""",
    "CREATE INDEX IF NOT EXISTS notifications_status ON notifications (status, seq)",
    "CREATE INDEX IF NOT EXISTS notifications_alert ON notifications (alert_id, seq)",
    """CREATE TABLE IF NOT EXISTS silences (
        silence_id TEXT PRIMARY KEY,
        body JSONB NOT NULL
    )""",
]
_INSERT_NOTIFICATION = (
    "INSERT INTO notifications (notification_id, alert_id, version, receiver, payload, status, "
    "created_at, updated_at, kind) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s) "
    "ON CONFLICT (notification_id) DO NOTHING"
)


class PostgresAlertStore:
    """``AlertStore`` in PostgreSQL; one connection, autocommit outside explicit transactions."""

    def __init__(self, url: str, db: psycopg.Connection[Any]) -> None:
        self._url = url
        self._db = db

    @classmethod
    def open(cls, url: str) -> PostgresAlertStore:
        """Connect and create the tables if missing; ``psycopg.OperationalError`` if unreachable."""
        db = cls._connect(url)
        with db.transaction():
            db.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
            for statement in _SCHEMA:
                db.execute(statement)
        return cls(url, db)

    @staticmethod
    def _connect(url: str) -> psycopg.Connection[Any]:
        return psycopg.connect(url, autocommit=True, connect_timeout=10)

    def _conn(self) -> psycopg.Connection[Any]:
        if self._db.broken:
            self._db = self._connect(self._url)
        return self._db

    @contextmanager
    def _transaction(self) -> Iterator[psycopg.Connection[Any]]:
        db = self._conn()
        with db.transaction():
            yield db

    def load_records(self) -> list[StoryRecord]:
        rows = self._conn().execute("SELECT record::text FROM alerts ORDER BY seq").fetchall()
        return [StoryRecord.model_validate_json(r[0]) for r in rows]

    def processed_ids(self) -> set[str]:
        return {str(r[0]) for r in self._conn().execute("SELECT article_id FROM processed")}

    def counter(self, name: str) -> int:
        row = self._conn().execute("SELECT value FROM counters WHERE name=%s", (name,)).fetchone()
        return int(row[0]) if row else 0

    def save(
        self,
        records: list[StoryRecord],
        *,
        article_id: str | None = None,
        article_ids: Sequence[str] = (),
        counters: dict[str, int] | None = None,
        notifications: list[Notification] | None = None,
    ) -> None:
        """Write alert records, the processed article(s), counter increments and new notifications."""
        now = utcnow()
        processed = [*article_ids, *([article_id] if article_id is not None else [])]
        with self._transaction() as db, db.cursor() as cur:
            if records:
                cur.executemany(
                    "INSERT INTO alerts (alert_id, version, record) VALUES (%s, %s, %s::jsonb) "
                    "ON CONFLICT (alert_id) DO UPDATE SET version=excluded.version, record=excluded.record",
                    [(r.alert.alert_id, r.alert.version, r.model_dump_json()) for r in records],
                )
            if processed:
                cur.executemany(
                    "INSERT INTO processed VALUES (%s, %s) ON CONFLICT (article_id) DO NOTHING",
                    [(a, now) for a in processed],
                )
            for name, delta in (counters or {}).items():
                cur.execute(
                    "INSERT INTO counters VALUES (%s, %s) "
                    "ON CONFLICT (name) DO UPDATE SET value=counters.value+excluded.value",
                    (name, delta),
                )
            if notifications:
                cur.executemany(_INSERT_NOTIFICATION, [self._values(n, now) for n in notifications])

    @staticmethod
    def _values(n: Notification, now: object) -> tuple[object, ...]:
        return (n.notification_id, n.alert_id, n.version, n.receiver, n.payload, n.status, now, now, n.kind)

    def _rows(self, where: str, args: tuple[object, ...]) -> list[Notification]:
        rows = (
            self._conn().execute(f"SELECT {NOTIFICATION_COLUMNS} FROM notifications {where}", args).fetchall()
        )
        return [Notification.from_row(r) for r in rows]

    def pending_notifications(self, limit: int = 100) -> list[Notification]:
        """Notifications not yet delivered nor given up, oldest first."""
        return self._rows("WHERE status='pending' ORDER BY seq LIMIT %s", (limit,))

    def notifications(self, alert_id: str | None = None) -> list[Notification]:
        if alert_id is None:
            return self._rows("ORDER BY seq", ())
        return self._rows("WHERE alert_id=%s ORDER BY seq", (alert_id,))

    def finish_notification(
        self, notification_id: str, status: NotificationStatus, attempts: int, error: str | None
    ) -> None:
        self._conn().execute(
            "UPDATE notifications SET status=%s, attempts=%s, last_error=%s, updated_at=%s "
            "WHERE notification_id=%s",
            (status, attempts, error, utcnow(), notification_id),
        )

    def held_notifications(self) -> list[Notification]:
        """Notifications held back by a receiver's rate limit, oldest first."""
        return self._rows("WHERE status='held' ORDER BY seq", ())

    def replace_held(self, held_ids: list[str], digest: Notification) -> None:
        """Log the storm ``digest`` and mark the held notifications it summarises ``digested``, atomically."""
        now = utcnow()
        with self._transaction() as db:
            db.execute(_INSERT_NOTIFICATION, self._values(digest, now))
            db.execute(
                "UPDATE notifications SET status='digested', updated_at=%s "
                "WHERE notification_id = ANY(%s) AND status='held'",
                (now, held_ids),
            )

    def save_silence(self, silence: Silence) -> None:
        self._conn().execute(
            "INSERT INTO silences VALUES (%s, %s::jsonb) "
            "ON CONFLICT (silence_id) DO UPDATE SET body=excluded.body",
            (silence.silence_id, silence.model_dump_json()),
        )

    def delete_silence(self, silence_id: str) -> bool:
        cur = self._conn().execute("DELETE FROM silences WHERE silence_id=%s", (silence_id,))
        return cur.rowcount > 0

    def silences(self) -> list[Silence]:
        rows = self._conn().execute("SELECT body::text FROM silences").fetchall()
        return sorted((Silence.model_validate_json(r[0]) for r in rows), key=lambda s: s.created_at)

    def close(self) -> None:
        self._db.close()
