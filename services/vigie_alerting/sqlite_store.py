"""``AlertStore`` in one SQLite file (WAL, synchronous FULL): the default, for a single process."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from vigie_alerting.sql_backend import SQLITE, SqlConnection
from vigie_alerting.sql_store import SqlAlertStore


class SqliteConnection(SqlConnection):
    """``SqlConnection`` on ``sqlite3``: autocommit, and ``BEGIN IMMEDIATE`` for a transaction."""

    dialect = SQLITE

    @classmethod
    def connect(cls, path: Path) -> SqliteConnection:
        db = sqlite3.connect(path, timeout=10.0, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        # FULL: each commit is on disk before the consumer commits its offsets, so even a power loss
        # cannot lose a signal whose offset the broker already holds. One commit per poll keeps it cheap.
        db.execute("PRAGMA synchronous=FULL")
        return cls(db)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.execute("ROLLBACK")
            raise
        self.execute("COMMIT")


class SqliteAlertStore(SqlAlertStore[SqliteConnection]):
    """Open with ``SqliteAlertStore.open(state_dir)``: the file ``FILE`` in that folder."""

    FILE = "alerting.sqlite3"

    @classmethod
    def open(cls, state_dir: Path) -> SqliteAlertStore:
        state_dir.mkdir(parents=True, exist_ok=True)
        return cls.on(SqliteConnection.connect(state_dir / cls.FILE))
