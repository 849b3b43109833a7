"""Durable state: alerts, processed article ids, counters, the webhook notification log and silences.

Everything one signal changes is written in one transaction, so after a crash the state is either
before or after that signal. ``AlertStore`` is the seam; ``SqliteAlertStore`` (here, the default) and
``PostgresAlertStore`` (``vigie_alerting.pg_store``) implement it, and ``open_store`` picks one.

Notification statuses: ``pending`` (to send), ``sent``, ``dead`` (gave up), ``held`` (over the
receiver's rate limit, waiting for the storm digest), ``digested`` (sent inside a digest) and
``silenced`` (matched an active silence: logged, never sent).
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol

from vigie.contracts import utcnow
from vigie_alerting.core.silences import Silence
from vigie_alerting.core.stories import StoryRecord

NotificationStatus = Literal["pending", "sent", "dead", "held", "digested", "silenced"]
# "alert": the payload is one Alert JSON; "digest": a JSON list of the Alerts held back by a rate limit.
NotificationKind = Literal["alert", "digest"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS alerts (
    alert_id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    record TEXT NOT NULL               -- StoryRecord JSON: the alert and what clustering needs
);
CREATE TABLE IF NOT EXISTS processed (
    article_id TEXT PRIMARY KEY,
    processed_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS counters (
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS notifications (
    notification_id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    alert_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    receiver TEXT NOT NULL,
    payload BLOB NOT NULL,
    status TEXT NOT NULL,              -- pending, sent, dead, held, digested, silenced
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'alert' -- alert, digest
);
CREATE TABLE IF NOT EXISTS silences (
    silence_id TEXT PRIMARY KEY,
    body TEXT NOT NULL                 -- Silence JSON
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS notifications_status ON notifications (status, seq);
"""


# The columns a notification is read from, in the order ``Notification.from_row`` takes them (both stores).
NOTIFICATION_COLUMNS = (
    "notification_id, alert_id, version, receiver, payload, status, attempts, last_error, kind"
)


@dataclass(frozen=True)
class Notification:
    """One alert version to deliver to one webhook receiver."""

    notification_id: str
    alert_id: str
    version: int
    receiver: str
    payload: bytes
    status: NotificationStatus = "pending"
    attempts: int = 0
    last_error: str | None = None
    kind: NotificationKind = "alert"

    @classmethod
    def from_row(cls, r: Sequence[Any]) -> Notification:
        """A notification from a row selected with ``NOTIFICATION_COLUMNS`` (SQLite or PostgreSQL)."""
        status: NotificationStatus = r[5]
        kind: NotificationKind = r[8]
        return cls(r[0], r[1], int(r[2]), r[3], bytes(r[4]), status, int(r[6]), r[7], kind)

    @classmethod
    def new(
        cls,
        alert_id: str,
        version: int,
        receiver: str,
        payload: bytes,
        *,
        status: NotificationStatus = "pending",
        kind: NotificationKind = "alert",
    ) -> Notification:
        """A notification whose id is stable, so a replayed version is logged once."""
        digest = hashlib.sha256(f"{receiver}|{alert_id}|{version}".encode()).hexdigest()[:24]
        return cls(f"nt-{digest}", alert_id, version, receiver, payload, status, kind=kind)


class AlertStore(Protocol):
    """What the service needs from durable storage."""

    def load_records(self) -> list[StoryRecord]: ...
    def processed_ids(self) -> set[str]: ...
    def counter(self, name: str) -> int: ...
    def save(
        self,
        records: list[StoryRecord],
        *,
        article_id: str | None = None,
        article_ids: Sequence[str] = (),
        counters: dict[str, int] | None = None,
        notifications: list[Notification] | None = None,
    ) -> None: ...
    def pending_notifications(self, limit: int = 100) -> list[Notification]: ...
    def notifications(self, alert_id: str | None = None) -> list[Notification]: ...
    def finish_notification(
        self, notification_id: str, status: NotificationStatus, attempts: int, error: str | None
    ) -> None: ...
    def held_notifications(self) -> list[Notification]: ...
    def replace_held(self, held_ids: list[str], digest: Notification) -> None: ...
    def save_silence(self, silence: Silence) -> None: ...
    def delete_silence(self, silence_id: str) -> bool: ...
    def silences(self) -> list[Silence]: ...
    def close(self) -> None: ...


def open_store(database_url: str | None, state_dir: Path) -> AlertStore:
    """PostgreSQL when ``database_url`` is set (``postgresql://...``), else SQLite in ``state_dir``."""
    if database_url:
        from vigie_alerting.pg_store import PostgresAlertStore

        return PostgresAlertStore.open(database_url)
    return SqliteAlertStore.open(state_dir)


class SqliteAlertStore:
    """``AlertStore`` in one SQLite file (WAL); open with ``SqliteAlertStore.open(state_dir)``."""

    FILE = "alerting.sqlite3"

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    @classmethod
    def open(cls, state_dir: Path) -> SqliteAlertStore:
        state_dir.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(state_dir / cls.FILE, timeout=10.0, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        # FULL: each commit is on disk before the consumer commits its offsets, so even a power loss
        # cannot lose a signal whose offset the broker already holds. One commit per poll keeps it cheap.
        db.execute("PRAGMA synchronous=FULL")
        columns = {r[1] for r in db.execute("PRAGMA table_info(notifications)")}
        if columns and "kind" not in columns:  # a state file written before digests existed
            db.execute("ALTER TABLE notifications ADD COLUMN kind TEXT NOT NULL DEFAULT 'alert'")
        db.executescript(_SCHEMA)
        return cls(db)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def load_records(self) -> list[StoryRecord]:
        rows = self._db.execute("SELECT record FROM alerts ORDER BY rowid").fetchall()
        return [StoryRecord.model_validate_json(r[0]) for r in rows]

    def processed_ids(self) -> set[str]:
        return {str(r[0]) for r in self._db.execute("SELECT article_id FROM processed")}

    def counter(self, name: str) -> int:
        row = self._db.execute("SELECT value FROM counters WHERE name=?", (name,)).fetchone()
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
        """Write alert records, the processed article(s), counter increments and new notifications.

        One call is one transaction: the service saves a whole poll's worth of signals at once.
        """
        now = utcnow().isoformat()
        processed = [*article_ids, *([article_id] if article_id is not None else [])]
        with self._transaction():
            self._db.executemany(
                "INSERT INTO alerts VALUES (?, ?, ?) ON CONFLICT(alert_id) DO UPDATE "
                "SET version=excluded.version, record=excluded.record",
                [(r.alert.alert_id, r.alert.version, r.model_dump_json()) for r in records],
            )
            self._db.executemany(
                "INSERT OR IGNORE INTO processed VALUES (?, ?)", [(a, now) for a in processed]
            )
            for name, delta in (counters or {}).items():
                self._db.execute(
                    "INSERT INTO counters VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value=value+?",
                    (name, delta, delta),
                )
            seq = int(self._db.execute("SELECT COALESCE(MAX(seq), 0) FROM notifications").fetchone()[0])
            for i, n in enumerate(notifications or [], start=1):
                self._insert(n, seq + i, now)

    def _insert(self, n: Notification, seq: int, now: str) -> None:
        row = (n.notification_id, seq, n.alert_id, n.version, n.receiver, n.payload, n.status, n.kind, now)
        self._db.execute(
            "INSERT INTO notifications (notification_id, seq, alert_id, version, receiver, "
            "payload, status, kind, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(notification_id) DO NOTHING",
            (*row, now),
        )

    def _rows(self, where: str, args: tuple[object, ...]) -> list[Notification]:
        rows = self._db.execute(f"SELECT {NOTIFICATION_COLUMNS} FROM notifications {where}", args).fetchall()
        return [Notification.from_row(r) for r in rows]

    def pending_notifications(self, limit: int = 100) -> list[Notification]:
        """Notifications not yet delivered nor given up, oldest first."""
        return self._rows("WHERE status='pending' ORDER BY seq LIMIT ?", (limit,))

    def notifications(self, alert_id: str | None = None) -> list[Notification]:
        if alert_id is None:
            return self._rows("ORDER BY seq", ())
        return self._rows("WHERE alert_id=? ORDER BY seq", (alert_id,))

    def finish_notification(
        self, notification_id: str, status: NotificationStatus, attempts: int, error: str | None
    ) -> None:
        self._db.execute(
            "UPDATE notifications SET status=?, attempts=?, last_error=?, updated_at=? "
            "WHERE notification_id=?",
            (status, attempts, error, utcnow().isoformat(), notification_id),
        )

    def held_notifications(self) -> list[Notification]:
        """Notifications held back by a receiver's rate limit, oldest first."""
        return self._rows("WHERE status='held' ORDER BY seq", ())

    def replace_held(self, held_ids: list[str], digest: Notification) -> None:
        """Log the storm ``digest`` and mark the held notifications it summarises ``digested``, atomically."""
        now = utcnow().isoformat()
        with self._transaction():
            seq = int(self._db.execute("SELECT COALESCE(MAX(seq), 0) FROM notifications").fetchone()[0])
            self._insert(digest, seq + 1, now)
            self._db.executemany(
                "UPDATE notifications SET status='digested', updated_at=? WHERE notification_id=? "
                "AND status='held'",
                [(now, i) for i in held_ids],
            )

    def save_silence(self, silence: Silence) -> None:
        self._db.execute(
            "INSERT INTO silences VALUES (?, ?) ON CONFLICT(silence_id) DO UPDATE SET body=excluded.body",
            (silence.silence_id, silence.model_dump_json()),
        )

    def delete_silence(self, silence_id: str) -> bool:
        return self._db.execute("DELETE FROM silences WHERE silence_id=?", (silence_id,)).rowcount > 0

    def silences(self) -> list[Silence]:
        rows = self._db.execute("SELECT body FROM silences ORDER BY silence_id").fetchall()
        return sorted((Silence.model_validate_json(r[0]) for r in rows), key=lambda s: s.created_at)

    def close(self) -> None:
        self._db.close()
