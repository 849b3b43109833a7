"""``AlertStore`` in SQL, written once for SQLite and PostgreSQL; a ``SqlConnection`` adapts the driver.

Statements use ``?`` and the ``{fragments}`` of ``vigie_alerting.sql_backend``; the tables are those of
``vigie_alerting.sql_schema``, created or brought up to date when a store opens.

Transactions: ``save`` and ``replace_held`` are one transaction each, committed durably before they
return (the consumer commits its offsets only after ``save``); the other writes are single statements.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Generic, Self, TypeVar

from vigie.contracts import utcnow
from vigie_alerting.core.silences import Silence
from vigie_alerting.core.stories import StoryRecord
from vigie_alerting.sql_backend import Dialect, SqlConnection
from vigie_alerting.sql_schema import create_schema
from vigie_alerting.store import NOTIFICATION_COLUMNS, Notification, NotificationStatus

_SELECT_NOTIFICATIONS = f"SELECT {NOTIFICATION_COLUMNS} FROM notifications "


@dataclass(frozen=True)
class Statements:
    """Every statement the store runs; ``render`` gives them in one dialect."""

    select_records: str = "SELECT CAST(record AS TEXT) FROM alerts ORDER BY {alerts_order}"
    select_processed: str = "SELECT article_id FROM processed"
    select_counter: str = "SELECT value FROM counters WHERE name = ?"
    upsert_record: str = (
        "INSERT INTO alerts (alert_id, version, record) VALUES (?, ?, ?) "
        "ON CONFLICT (alert_id) DO UPDATE SET version = excluded.version, record = excluded.record"
    )
    insert_processed: str = (
        "INSERT INTO processed (article_id, processed_at) VALUES (?, ?) ON CONFLICT (article_id) DO NOTHING"
    )
    add_to_counter: str = (
        "INSERT INTO counters (name, value) VALUES (?, ?) "
        "ON CONFLICT (name) DO UPDATE SET value = counters.value + excluded.value"
    )
    insert_notification: str = (
        "INSERT INTO notifications (notification_id, alert_id, version, receiver, payload, status, "
        "kind, created_at, updated_at{seq_column}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?{seq_value}) "
        "ON CONFLICT (notification_id) DO NOTHING"
    )
    select_all_notifications: str = _SELECT_NOTIFICATIONS + "ORDER BY seq"
    select_alert_notifications: str = _SELECT_NOTIFICATIONS + "WHERE alert_id = ? ORDER BY seq"
    select_pending: str = _SELECT_NOTIFICATIONS + "WHERE status = 'pending' ORDER BY seq LIMIT ?"
    select_held: str = _SELECT_NOTIFICATIONS + "WHERE status = 'held' ORDER BY seq"
    finish_notification: str = (
        "UPDATE notifications SET status = ?, attempts = ?, last_error = ?, updated_at = ? "
        "WHERE notification_id = ?"
    )
    digest_held: str = (
        "UPDATE notifications SET status = 'digested', updated_at = ? "
        "WHERE notification_id = ? AND status = 'held'"
    )
    upsert_silence: str = (
        "INSERT INTO silences (silence_id, body) VALUES (?, ?) "
        "ON CONFLICT (silence_id) DO UPDATE SET body = excluded.body"
    )
    delete_silence: str = "DELETE FROM silences WHERE silence_id = ?"
    select_silences: str = "SELECT CAST(body AS TEXT) FROM silences ORDER BY silence_id"

    def render(self, dialect: Dialect) -> Statements:
        return Statements(**{f.name: dialect.render(getattr(self, f.name)) for f in fields(self)})


Connection = TypeVar("Connection", bound=SqlConnection)


class SqlAlertStore(Generic[Connection]):
    """``AlertStore`` over a ``SqlConnection``; ``SqliteAlertStore`` and ``PostgresAlertStore`` open one."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self._sql = Statements().render(connection.dialect)

    @classmethod
    def on(cls, connection: Connection) -> Self:
        """A store on ``connection``, its schema created or brought up to date first."""
        create_schema(connection)
        return cls(connection)

    def load_records(self) -> list[StoryRecord]:
        return [
            StoryRecord.model_validate_json(r[0]) for r in self.connection.query(self._sql.select_records)
        ]

    def processed_ids(self) -> set[str]:
        return {str(r[0]) for r in self.connection.query(self._sql.select_processed)}

    def counter(self, name: str) -> int:
        rows = self.connection.query(self._sql.select_counter, (name,))
        return int(rows[0][0]) if rows else 0

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
        db, sql = self.connection, self._sql
        with db.transaction():
            db.executemany(
                sql.upsert_record, [(r.alert.alert_id, r.alert.version, r.model_dump_json()) for r in records]
            )
            db.executemany(sql.insert_processed, [(a, now) for a in processed])
            db.executemany(sql.add_to_counter, list((counters or {}).items()))
            db.executemany(sql.insert_notification, [_values(n, now) for n in notifications or []])

    def pending_notifications(self, limit: int = 100) -> list[Notification]:
        """Notifications not yet delivered nor given up, oldest first."""
        return self._notifications(self._sql.select_pending, (limit,))

    def notifications(self, alert_id: str | None = None) -> list[Notification]:
        if alert_id is None:
            return self._notifications(self._sql.select_all_notifications, ())
        return self._notifications(self._sql.select_alert_notifications, (alert_id,))

    def _notifications(self, sql: str, params: Sequence[object]) -> list[Notification]:
        return [Notification.from_row(r) for r in self.connection.query(sql, params)]

    def finish_notification(
        self, notification_id: str, status: NotificationStatus, attempts: int, error: str | None
    ) -> None:
        now = utcnow().isoformat()
        self.connection.execute(
            self._sql.finish_notification, (status, attempts, error, now, notification_id)
        )

    def held_notifications(self) -> list[Notification]:
        """Notifications held back by a receiver's rate limit, oldest first."""
        return self._notifications(self._sql.select_held, ())

    def replace_held(self, held_ids: list[str], digest: Notification) -> None:
        """Log the storm ``digest`` and mark the held notifications it summarises ``digested``, atomically."""
        now = utcnow().isoformat()
        with self.connection.transaction():
            self.connection.execute(self._sql.insert_notification, _values(digest, now))
            self.connection.executemany(self._sql.digest_held, [(now, i) for i in held_ids])

    def save_silence(self, silence: Silence) -> None:
        self.connection.execute(self._sql.upsert_silence, (silence.silence_id, silence.model_dump_json()))

    def delete_silence(self, silence_id: str) -> bool:
        return self.connection.execute(self._sql.delete_silence, (silence_id,)) > 0

    def silences(self) -> list[Silence]:
        rows = self.connection.query(self._sql.select_silences)
        return sorted((Silence.model_validate_json(r[0]) for r in rows), key=lambda s: s.created_at)

    def close(self) -> None:
        self.connection.close()


def _values(n: Notification, now: str) -> tuple[object, ...]:
    """The parameters of ``insert_notification`` for ``n``."""
    return (n.notification_id, n.alert_id, n.version, n.receiver, n.payload, n.status, n.kind, now, now)
