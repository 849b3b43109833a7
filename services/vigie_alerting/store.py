"""Durable state: alerts, processed article ids, counters, the webhook notification log and silences.

Everything one signal changes is written in one transaction, so after a crash the state is either
before or after that signal. ``AlertStore`` is the seam; ``SqlAlertStore`` (``vigie_alerting.sql_store``)
implements it once, on SQLite (``vigie_alerting.sqlite_store``, the default) or PostgreSQL
(``vigie_alerting.pg_store``), and ``open_store`` picks one.

Notification statuses: ``pending`` (to send), ``sent``, ``dead`` (gave up), ``held`` (over the
receiver's rate limit, waiting for the storm digest), ``digested`` (sent inside a digest) and
``silenced`` (matched an active silence: logged, never sent).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol

from vigie_alerting.core.silences import Silence
from vigie_alerting.core.stories import StoryRecord

NotificationStatus = Literal["pending", "sent", "dead", "held", "digested", "silenced"]
# "alert": the payload is one Alert JSON; "digest": a JSON list of the Alerts held back by a rate limit.
NotificationKind = Literal["alert", "digest"]

# The columns a notification is read from, in the order ``Notification.from_row`` takes them (SQL stores).
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
    from vigie_alerting.sqlite_store import SqliteAlertStore  # it builds on this module

    return SqliteAlertStore.open(state_dir)
