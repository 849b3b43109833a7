"""``AlertStore`` in one SQLite file (WAL, synchronous FULL): the default, for a single process."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from vigie_alerting.sql_backend import SQLITE, Dialect, Row
from vigie_alerting.sql_store import SqlAlertStore


class SqliteConnection:
    """``SqlConnection`` on ``sqlite3``: autocommit, and ``BEGIN IMMEDIATE`` for a transaction."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    @classmethod
    def connect(cls, path: Path) -> SqliteConnection:
        db = sqlite3.connect(path, timeout=10.0, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        # FULL: each commit is on disk before the consumer commits its offsets, so even a power loss
        # cannot lose a signal whose offset the broker already holds. One commit per poll keeps it cheap.
        db.execute("PRAGMA synchronous=FULL")
        return cls(db)

    @property
    def dialect(self) -> Dialect:
        return SQLITE

    def query(self, sql: str, params: Sequence[object] = ()) -> list[Row]:
        return self._db.execute(sql, params).fetchall()

    def execute(self, sql: str, params: Sequence[object] = ()) -> int:
        return self._db.execute(sql, params).rowcount

    def executemany(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        self._db.executemany(sql, rows)

    def columns(self, table: str) -> set[str]:
        return {str(c[0]) for c in self._db.execute(f"SELECT * FROM {table} LIMIT 0").description}

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def close(self) -> None:
        self._db.close()


class SqliteAlertStore(SqlAlertStore[SqliteConnection]):
    """Open with ``SqliteAlertStore.open(state_dir)``: the file ``FILE`` in that folder."""

    FILE = "alerting.sqlite3"

    @classmethod
    def open(cls, state_dir: Path) -> SqliteAlertStore:
        state_dir.mkdir(parents=True, exist_ok=True)
        return cls.on(SqliteConnection.connect(state_dir / cls.FILE))
